#include "Commands.h"

#include "core/Duration.h"
#include "rules/Rule.h"

#include "rules/Threshold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <cstdio>
#include <limits>

namespace opsctl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("opsctl", text);
}

QString localTime(const QJsonValue &isoUtc)
{
    if (!isoUtc.isString())
        return QStringLiteral("-");
    return QDateTime::fromString(isoUtc.toString(), Qt::ISODateWithMs).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

int uploadFile(Context &ctx, const QString &path, const QString &endpoint)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ctx.err << tr("opsctl: cannot read %1: %2\n").arg(path, f.errorString());
        return 1;
    }
    const QJsonObject body{{QStringLiteral("file"), QFileInfo(path).fileName()},
                           {QStringLiteral("content"), QString::fromUtf8(f.readAll())}};
    const hms::ApiReply reply = ctx.api->post(endpoint, QJsonDocument(body));
    if (!reply.ok())
        return reportFailure(ctx, reply);
    if (ctx.json)
        return printJson(ctx, reply);
    const QJsonObject o = reply.json.object();
    if (o.contains(QStringLiteral("installed"))) {
        for (const QJsonValue &name : o.value(QStringLiteral("installed")).toArray())
            ctx.out << tr("rule %1 installed\n").arg(name.toString());
    } else if (o.contains(QStringLiteral("imported"))) {
        ctx.out << tr("playbook %1 imported\n").arg(o.value(QStringLiteral("imported")).toString());
    } else if (o.value(QStringLiteral("kind")).toString() == u"slo") {
        ctx.out << tr("SLO %1 created, with its alerts SLO_%1_fast_burn, SLO_%1_slow_burn and SLO_%1_budget_burn\n")
                       .arg(o.value(QStringLiteral("created")).toString());
    } else if (o.value(QStringLiteral("created")).toString() == u"routing") {
        ctx.out << tr("routing configuration stored\n");
    } else {
        ctx.out << tr("rotation %1 created\n").arg(o.value(QStringLiteral("created")).toString());
    }
    return 0;
}

int alertCommand(Context &ctx, QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == u"create" && args.size() == 3)
        return uploadFile(ctx, args[2], QStringLiteral("/api/v1/rules"));
    if (sub == u"delete" && args.size() == 3) {
        const auto reply = ctx.api->del(QStringLiteral("/api/v1/rules/") + args[2]);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        ctx.out << tr("rule %1 deleted\n").arg(args[2]);
        return 0;
    }
    if (sub == u"active" && args.size() == 2) {
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/alerts"));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        const QJsonArray alerts = reply.json.object().value(QStringLiteral("alerts")).toArray();
        if (alerts.isEmpty())
            ctx.out << tr("no pending or firing alerts\n");
        for (const QJsonValue &v : alerts) {
            const QJsonObject a = v.toObject();
            ctx.out << QStringLiteral("%1  %2%3  since %4  value %5\n")
                           .arg(a.value(QStringLiteral("state")).toString(), a.value(QStringLiteral("rule")).toString(),
                                labelsText(a.value(QStringLiteral("labels")).toObject(), u"alertname"),
                                QDateTime::fromMSecsSinceEpoch(a.value(QStringLiteral("active_at_ms")).toInteger())
                                    .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                hms::goFloat(a.value(QStringLiteral("value")).toDouble()));
        }
        return 0;
    }
    if (sub == u"list" && args.size() == 2) {
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/rules"));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        for (const QJsonValue &v : reply.json.object().value(QStringLiteral("rules")).toArray()) {
            const QJsonObject r = v.toObject();
            ctx.out << QStringLiteral("%1  %2 %3[%4] %5 for %6  notify=%7 playbook=%8\n")
                           .arg(r.value(QStringLiteral("name")).toString(), r.value(QStringLiteral("metric")).toString(),
                                r.value(QStringLiteral("aggregate")).toString(),
                                r.value(QStringLiteral("window")).toString(),
                                r.value(QStringLiteral("threshold")).toString(),
                                r.value(QStringLiteral("for")).toString(),
                                r.value(QStringLiteral("notify")).toString(),
                                r.value(QStringLiteral("playbook")).toString());
        }
        return 0;
    }
    ctx.err << tr("usage: opsctl alert create FILE | alert list | alert delete NAME\n");
    return 2;
}

void printIncidentLine(Context &ctx, const QJsonObject &i)
{
    ctx.out << QStringLiteral("#%1  %2  %3  %4  SVC=%5  %6=%7  assignee=%8  opened %9\n")
                   .arg(i.value(QStringLiteral("id")).toInteger())
                   .arg(i.value(QStringLiteral("state")).toString(), -12)
                   .arg(i.value(QStringLiteral("severity")).toString(), i.value(QStringLiteral("rule")).toString(),
                        i.value(QStringLiteral("service")).toString(), i.value(QStringLiteral("aggregate")).toString(),
                        QString::number(i.value(QStringLiteral("value")).toDouble(), 'g', 6),
                        i.value(QStringLiteral("assignee")).toString(),
                        localTime(i.value(QStringLiteral("opened_at"))));
}

int incidentAction(Context &ctx, const QString &verb, const QString &id);

int incidentCommand(Context &ctx, QStringList &args)
{
    const QString sub = args.value(1);
    if (sub == u"watch")
        return incidentWatch(ctx, args.mid(2));
    if (sub == u"escalate" && args.size() == 3)
        return incidentAction(ctx, QStringLiteral("escalate"), args[2]);
    if (sub == u"reassign" && args.size() == 4) {
        bool ok = false;
        args[2].toLongLong(&ok);
        if (!ok) {
            ctx.err << tr("opsctl: reassign: expected an incident number, got \"%1\"\n").arg(args[2]);
            return 2;
        }
        const QJsonObject body{{QStringLiteral("to"), args[3]},
                               {QStringLiteral("by"), qEnvironmentVariable("USER", QStringLiteral("opsctl"))}};
        const auto reply = ctx.api->post(QStringLiteral("/api/v1/incidents/%1/reassign").arg(args[2]), QJsonDocument(body));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        printIncidentLine(ctx, reply.json.object().value(QStringLiteral("incident")).toObject());
        return 0;
    }
    if (sub == u"list") {
        const bool all = takeFlag(args, QStringLiteral("--all"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("state"), all ? QStringLiteral("all") : QStringLiteral("open"));
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/incidents"), q);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        const QJsonArray list = reply.json.object().value(QStringLiteral("incidents")).toArray();
        if (list.isEmpty())
            ctx.out << (all ? tr("no incidents\n") : tr("no open incidents\n"));
        for (const QJsonValue &v : list)
            printIncidentLine(ctx, v.toObject());
        return 0;
    }
    if (sub == u"show" && args.size() == 3) {
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/incidents/") + args[2]);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        const QJsonObject o = reply.json.object();
        printIncidentLine(ctx, o.value(QStringLiteral("incident")).toObject());
        ctx.out << tr("\nTimeline:\n");
        for (const QJsonValue &v : o.value(QStringLiteral("events")).toArray()) {
            const QJsonObject e = v.toObject();
            ctx.out << QStringLiteral("  %1  %2\n").arg(localTime(e.value(QStringLiteral("at"))),
                                                       e.value(QStringLiteral("message")).toString());
        }
        if (o.contains(QStringLiteral("playbook")))
            ctx.out << u'\n' << o.value(QStringLiteral("playbook")).toObject().value(QStringLiteral("markdown")).toString()
                    << u'\n';
        return 0;
    }
    ctx.err << tr("usage: opsctl incident list [--all] | incident show ID | incident watch\n");
    return 2;
}

int incidentAction(Context &ctx, const QString &verb, const QString &id)
{
    bool ok = false;
    id.toLongLong(&ok);
    if (!ok) {
        ctx.err << tr("opsctl: %1: expected an incident number, got \"%2\"\n").arg(verb, id);
        return 2;
    }
    const QString user = qEnvironmentVariable("USER", QStringLiteral("opsctl"));
    const auto reply = ctx.api->post(QStringLiteral("/api/v1/incidents/%1/%2").arg(id, verb),
                                     QJsonDocument(QJsonObject{{QStringLiteral("by"), user}}));
    if (!reply.ok())
        return reportFailure(ctx, reply);
    if (ctx.json)
        return printJson(ctx, reply);
    printIncidentLine(ctx, reply.json.object().value(QStringLiteral("incident")).toObject());
    return 0;
}

int listCommand(Context &ctx, const QString &path, const QString &key,
                const std::function<QString(const QJsonObject &)> &line)
{
    const auto reply = ctx.api->get(path);
    if (!reply.ok())
        return reportFailure(ctx, reply);
    if (ctx.json)
        return printJson(ctx, reply);
    for (const QJsonValue &v : reply.json.object().value(key).toArray())
        ctx.out << line(v.toObject()) << u'\n';
    return 0;
}

QString onCallLine(const QJsonObject &r)
{
    const QJsonObject who = r.value(QStringLiteral("on_call")).toObject();
    const QTimeZone zone(r.value(QStringLiteral("time_zone")).toString().toUtf8());
    auto when = [&zone](qint64 ms) -> QString {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, zone.isValid() ? zone : QTimeZone::utc());
        return t.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + t.timeZoneAbbreviation();
    };
    const QString at = when(r.value(QStringLiteral("at_ms")).toInteger());
    if (who.isEmpty())
        return tr("%1: nobody on call at %2").arg(r.value(QStringLiteral("id")).toString(), at);
    const qint64 until = who.value(QStringLiteral("until_ms")).toInteger();
    return tr("%1: %2 (pager #%3, %4) at %5, layer %6, until %7")
        .arg(r.value(QStringLiteral("id")).toString(), who.value(QStringLiteral("name")).toString(),
             who.value(QStringLiteral("pager")).toString(), who.value(QStringLiteral("slack")).toString(), at,
             who.value(QStringLiteral("layer")).toString(),
             until >= std::numeric_limits<qint64>::max() ? tr("further notice") : when(until));
}
} // namespace

QString takeOption(QStringList &args, const QString &flag, const QString &fallback)
{
    const qsizetype i = args.indexOf(flag);
    if (i < 0 || i + 1 >= args.size())
        return fallback;
    const QString value = args.at(i + 1);
    args.remove(i, 2);
    return value;
}

QString labelsText(const QJsonObject &labels, QStringView skip)
{
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        if (it.key() != skip)
            parts << QStringLiteral("%1=\"%2\"").arg(it.key(), it.value().toString());
    return parts.isEmpty() ? QString() : u'{' + parts.join(u',') + u'}';
}

int printJson(Context &ctx, const hms::ApiReply &reply)
{
    ctx.out << QString::fromUtf8(reply.json.toJson(QJsonDocument::Indented));
    return 0;
}

bool takeFlag(QStringList &args, const QString &flag)
{
    return args.removeAll(flag) > 0;
}

int reportFailure(Context &ctx, const hms::ApiReply &reply)
{
    if (reply.status == 0) {
        ctx.err << tr("opsctl: no answer from %1 (%2); is hms-ops running?\n")
                       .arg(ctx.api->base().toString(), reply.error);
        return 2;
    }
    ctx.err << tr("opsctl: %1\n").arg(reply.error);
    return 1;
}

int runCommand(Context &ctx, QStringList args)
{
    if (const int code = incidentCommandExtra(ctx, args); code >= 0)
        return code;
    const QString cmd = args.value(0);
    if (cmd == u"alert")
        return alertCommand(ctx, args);
    if (cmd == u"silence")
        return silenceCommand(ctx, args);
    if (cmd == u"dashboard")
        return dashboardCommand(ctx, args);
    if (cmd == u"incident")
        return incidentCommand(ctx, args);
    if ((cmd == u"ack" || cmd == u"resolve") && args.size() == 2)
        return incidentAction(ctx, cmd, args[1]);
    if (cmd == u"playbook" && args.value(1) == u"import" && args.size() == 3)
        return uploadFile(ctx, args[2], QStringLiteral("/api/v1/playbooks"));
    if (cmd == u"playbook" && args.value(1) == u"list")
        return listCommand(ctx, QStringLiteral("/api/v1/playbooks"), QStringLiteral("playbooks"), [](const QJsonObject &p) {
            return QStringLiteral("%1  %2  (%3 steps)")
                .arg(p.value(QStringLiteral("id")).toString(), p.value(QStringLiteral("title")).toString())
                .arg(p.value(QStringLiteral("steps")).toArray().size());
        });
    if (cmd == u"rotation" && args.value(1) == u"create" && args.size() == 3)
        return uploadFile(ctx, args[2], QStringLiteral("/api/v1/rotations"));
    if (cmd == u"slo" && args.value(1) == u"create" && args.size() == 3)
        return uploadFile(ctx, args[2], QStringLiteral("/api/v1/slos"));
    if (cmd == u"slo" && args.value(1) == u"delete" && args.size() == 3) {
        const auto reply = ctx.api->del(QStringLiteral("/api/v1/slos/") + args[2]);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        ctx.out << tr("SLO %1 deleted\n").arg(args[2]);
        return 0;
    }
    if (cmd == u"slo" && args.value(1) == u"list")
        return listCommand(ctx, QStringLiteral("/api/v1/slos"), QStringLiteral("slos"), [](const QJsonObject &o) {
            const QJsonObject burn = o.value(QStringLiteral("burn_rate")).toObject();
            std::vector<std::pair<qint64, QString>> byWindow; // shortest window first
            for (auto it = burn.begin(); it != burn.end(); ++it)
                byWindow.emplace_back(hms::parseDurationMs(it.key()).value_or(0),
                                      QStringLiteral("%1 %2x").arg(it.key(), QString::number(it.value().toDouble(), 'f', 2)));
            std::sort(byWindow.begin(), byWindow.end());
            QStringList rates;
            for (const auto &[ms, text] : byWindow)
                rates << text;
            const QJsonValue budget = o.value(QStringLiteral("error_budget_remaining"));
            return tr("%1  %2 %3 over %4  budget left %5  burn %6")
                .arg(o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("kind")).toString(),
                     QString::number(o.value(QStringLiteral("objective")).toDouble() * 100, 'g', 6) + u'%',
                     o.value(QStringLiteral("window")).toString(),
                     budget.isUndefined() ? tr("(no data)") : QString::number(budget.toDouble() * 100, 'f', 1) + u'%',
                     rates.isEmpty() ? tr("(no data)") : rates.join(QStringLiteral(", ")));
        });
    if (cmd == u"routing" && args.value(1) == u"set" && args.size() == 3)
        return uploadFile(ctx, args[2], QStringLiteral("/api/v1/routing"));
    if (cmd == u"routing" && args.value(1) == u"show" && args.size() == 2) {
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/routing"));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        const QJsonObject o = reply.json.object();
        QStringList groupBy;
        for (const QJsonValue &v : o.value(QStringLiteral("group_by")).toArray())
            groupBy << v.toString();
        ctx.out << tr("group_by [%1], group_wait %2, group_interval %3, repeat_interval %4%5\n")
                       .arg(groupBy.join(QStringLiteral(", ")), o.value(QStringLiteral("group_wait")).toString(),
                            o.value(QStringLiteral("group_interval")).toString(),
                            o.value(QStringLiteral("repeat_interval")).toString(),
                            o.value(QStringLiteral("file")).toString().isEmpty()
                                ? tr(" (the default: no routing file)")
                                : tr(" (from %1)").arg(o.value(QStringLiteral("file")).toString()));
        for (const QJsonValue &v : o.value(QStringLiteral("inhibit_rules")).toArray()) {
            const QJsonObject r = v.toObject();
            auto list = [&r](const char *key) {
                QStringList out;
                for (const QJsonValue &x : r.value(QLatin1String(key)).toArray())
                    out << x.toString();
                return out.join(QStringLiteral(", "));
            };
            ctx.out << tr("inhibit {%1} while {%2} fires, equal on [%3]\n")
                           .arg(list("target_matchers"), list("source_matchers"), list("equal"));
        }
        return 0;
    }
    if (cmd == u"escalation" && args.value(1) == u"create" && args.size() == 3)
        return uploadFile(ctx, args[2], QStringLiteral("/api/v1/escalations"));
    if (cmd == u"escalation" && args.value(1) == u"list")
        return listCommand(ctx, QStringLiteral("/api/v1/escalations"), QStringLiteral("escalations"), [](const QJsonObject &p) {
            QStringList steps;
            for (const QJsonValue &s : p.value(QStringLiteral("steps")).toArray())
                steps << QStringLiteral("%1 (after %2)").arg(s.toObject().value(QStringLiteral("target")).toString(),
                                                           s.toObject().value(QStringLiteral("after")).toString());
            return QStringLiteral("%1  %2  repeat %3").arg(p.value(QStringLiteral("id")).toString(), steps.join(QStringLiteral(" → ")))
                .arg(p.value(QStringLiteral("repeat")).toInt());
        });
    if (cmd == u"rotation" && args.value(1) == u"list")
        return listCommand(ctx, QStringLiteral("/api/v1/rotations"), QStringLiteral("rotations"), onCallLine);
    if (cmd == u"oncall" && (args.size() == 2 || (args.size() == 4 && args[2] == u"--at"))) {
        QUrlQuery query;
        if (args.size() == 4)
            query.addQueryItem(QStringLiteral("at"), QString::fromLatin1(QUrl::toPercentEncoding(args[3])));
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/oncall/") + args[1], query);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        ctx.out << onCallLine(reply.json.object()) << u'\n';
        return 0;
    }
    if (cmd == u"metric" && args.value(1) == u"list") {
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/metrics"));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        for (const QJsonValue &v : reply.json.object().value(QStringLiteral("metrics")).toArray())
            ctx.out << v.toString() << u'\n';
        return 0;
    }
    if (cmd == u"metric" && (args.value(1) == u"get" || args.value(1) == u"watch"))
        return metricWatch(ctx, args.mid(1));
    if (cmd == u"metric" && args.value(1) == u"range")
        return metricRange(ctx, args.mid(1));
    if (cmd == u"notify" && args.value(1) == u"retry" && args.size() == 3) {
        const auto reply = ctx.api->post(QStringLiteral("/api/v1/notifications/%1/retry").arg(args[2]), QJsonDocument(QJsonObject{}));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        ctx.out << tr("notification #%1 will be sent again\n").arg(args[2]);
        return 0;
    }
    if (cmd == u"notify" && args.value(1) == u"list")
        return listCommand(ctx, QStringLiteral("/api/v1/notifications"), QStringLiteral("notifications"),
                           [](const QJsonObject &n) {
                               return QStringLiteral("#%1  incident #%2  %3  %4  attempts=%5  %6")
                                   .arg(n.value(QStringLiteral("id")).toInteger())
                                   .arg(n.value(QStringLiteral("incident_id")).toInteger())
                                   .arg(n.value(QStringLiteral("channel")).toString(),
                                        n.value(QStringLiteral("state")).toString())
                                   .arg(n.value(QStringLiteral("attempts")).toInt())
                                   .arg(n.value(QStringLiteral("last_error")).toString());
                           });
    if (cmd == u"source" && args.value(1) == u"list")
        return listCommand(ctx, QStringLiteral("/api/v1/sources"), QStringLiteral("sources"), [](const QJsonObject &s) {
            const QString error = s.value(QStringLiteral("last_error")).toString();
            return QStringLiteral("%1  %2  %3  %4  last answer %5%6")
                .arg(s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("kind")).toString(),
                     s.value(QStringLiteral("state")).toString(), s.value(QStringLiteral("url")).toString(),
                     s.value(QStringLiteral("last_success")).toString(QStringLiteral("never")),
                     error.isEmpty() ? QString() : QStringLiteral("  error: ") + error);
        });
    if (cmd == u"secret" && args.value(1) == u"set" && args.size() == 3) {
        // Read from stdin, never from the command line (which other users can see in ps).
        QTextStream in(stdin);
        const QString value = in.readLine().trimmed();
        const auto reply = ctx.api->put(QStringLiteral("/api/v1/secrets/") + args[2], value.toUtf8());
        if (!reply.ok())
            return reportFailure(ctx, reply);
        ctx.out << tr("%1 stored in the %2\n").arg(args[2], reply.json.object().value(QStringLiteral("in")).toString());
        return 0;
    }
    if (cmd == u"config" && args.value(1) == u"list" && args.size() == 2) {
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/settings"));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        const QJsonObject all = reply.json.object().value(QStringLiteral("settings")).toObject();
        for (auto it = all.begin(); it != all.end(); ++it)
            ctx.out << it.key() << u'=' << it.value().toString() << u'\n';
        return 0;
    }
    if (cmd == u"config" && args.value(1) == u"set" && (args.size() == 3 || args.size() == 4)) {
        const auto reply = ctx.api->put(QStringLiteral("/api/v1/settings/") + args[2], args.value(3).toUtf8());
        if (!reply.ok())
            return reportFailure(ctx, reply);
        ctx.out << tr("%1 set to \"%2\"\n").arg(args[2], args.value(3));
        return 0;
    }
    if (cmd == u"demo" && args.value(1) == u"flood")
        return demoFlood(ctx, args.mid(2));
    ctx.err << tr("opsctl: unknown command \"%1\" (see opsctl --help)\n").arg(args.join(u' '));
    return 2;
}

} // namespace opsctl
