// opsctl's incident-command verbs (#7): bundles for offline replay, comments, root-cause links,
// checklist ticks, bulk acknowledgement, trace_id lookups, playbook history and diffs.
#include "Commands.h"

#include "replay/Bundle.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>
#include <unistd.h>

namespace opsctl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("opsctl", text);
}

std::atomic<bool> g_interrupted{false};

QString user()
{
    return qEnvironmentVariable("USER", QStringLiteral("opsctl"));
}

bool incidentNumber(Context &ctx, const QString &verb, const QString &id)
{
    bool ok = false;
    id.toLongLong(&ok);
    if (!ok)
        ctx.err << tr("opsctl: %1: expected an incident number, got \"%2\"\n").arg(verb, id);
    return ok;
}

int postIncident(Context &ctx, const QString &path, const QJsonObject &body)
{
    const auto reply = ctx.api->post(path, QJsonDocument(body));
    if (!reply.ok())
        return reportFailure(ctx, reply);
    if (ctx.json)
        return printJson(ctx, reply);
    const QJsonObject i = reply.json.object().value(QStringLiteral("incident")).toObject();
    ctx.out << tr("incident #%1 %2: %3\n")
                   .arg(i.value(QStringLiteral("id")).toInteger())
                   .arg(i.value(QStringLiteral("rule")).toString(), i.value(QStringLiteral("state")).toString());
    return 0;
}

// opsctl incident export ID FILE [--margin 30m]
int exportBundle(Context &ctx, QStringList args)
{
    const QString margin = takeOption(args, QStringLiteral("--margin"), QStringLiteral("30m"));
    if (args.size() != 2 || !incidentNumber(ctx, QStringLiteral("export"), args[0])) {
        ctx.err << tr("usage: opsctl incident export ID FILE [--margin 30m]\n");
        return 2;
    }
    const QString path = args[1];
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("margin"), margin);
    ctx.api->setTimeoutMs(600'000); // a large incident window takes a while to gather
    const auto reply = ctx.api->get(QStringLiteral("/api/v1/incidents/%1/bundle").arg(args[0]), q);
    if (!reply.ok())
        return reportFailure(ctx, reply);
    // Check what arrived before writing it: a bundle cut short in transit is not saved.
    hms::BundleIo check;
    const auto bundle = hms::decodeBundle(reply.body, &check);
    if (!bundle) {
        ctx.err << tr("opsctl: the server sent a bundle that does not read back: %1\n").arg(check.error);
        return 1;
    }
    // Ctrl-C while writing stops the export cleanly: the partial file is removed, nothing is
    // left at FILE. (During the download it ends the process as usual: nothing is open yet.)
    std::signal(SIGINT, [](int) { g_interrupted.store(true); });
    const bool tty = isatty(STDERR_FILENO);
    int shown = -1;
    const hms::BundleIo io = hms::saveBundleBytes(reply.body, path, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (tty && percent != shown) {
            shown = percent;
            ctx.err << QStringLiteral("\r%1 %").arg(percent, 3) << Qt::flush;
        }
        return !g_interrupted.load();
    });
    if (tty)
        ctx.err << QStringLiteral("\r");
    if (!io.ok) {
        ctx.err << tr("opsctl: %1\n").arg(io.error);
        return io.cancelled ? 130 : 1;
    }
    qint64 samples = 0;
    for (const hms::BundleSeries &s : bundle->series)
        samples += qint64(s.samples.size());
    ctx.out << tr("incident #%1 written to %2: %3 events, %4 series, %5 samples, %6 bytes; replay it with "
                  "hms-ops --replay %2\n")
                   .arg(args[0], path)
                   .arg(bundle->events.size())
                   .arg(bundle->series.size())
                   .arg(samples)
                   .arg(QFileInfo(path).size());
    return 0;
}
} // namespace

// Returns -1 when `args` is not one of these commands.
int incidentCommandExtra(Context &ctx, QStringList &args)
{
    const QString cmd = args.value(0);
    const QString sub = args.value(1);
    if (cmd == u"incident" && sub == u"export")
        return exportBundle(ctx, args.mid(2));
    if (cmd == u"incident" && sub == u"comment" && args.size() >= 4) {
        if (!incidentNumber(ctx, sub, args[2]))
            return 2;
        return postIncident(ctx, QStringLiteral("/api/v1/incidents/%1/comment").arg(args[2]),
                            {{QStringLiteral("text"), args.mid(3).join(u' ')}, {QStringLiteral("by"), user()}});
    }
    if (cmd == u"incident" && sub == u"link" && args.size() == 4) {
        if (!incidentNumber(ctx, sub, args[2]))
            return 2;
        return postIncident(ctx, QStringLiteral("/api/v1/incidents/%1/root_cause").arg(args[2]),
                            {{QStringLiteral("url"), args[3]}, {QStringLiteral("by"), user()}});
    }
    if (cmd == u"incident" && sub == u"step" && (args.size() == 4 || args.size() == 5)) {
        const bool undo = takeFlag(args, QStringLiteral("--undo"));
        bool ok = false;
        const int step = args.value(3).toInt(&ok);
        if (!incidentNumber(ctx, sub, args[2]) || !ok || step < 1) {
            ctx.err << tr("usage: opsctl incident step ID N [--undo]   (N counts from 1)\n");
            return 2;
        }
        return postIncident(ctx, QStringLiteral("/api/v1/incidents/%1/steps").arg(args[2]),
                            {{QStringLiteral("step"), step - 1}, {QStringLiteral("done"), !undo}, {QStringLiteral("by"), user()}});
    }
    if (cmd == u"ack" && args.size() > 2) { // several at once: one transaction
        QJsonArray ids;
        for (const QString &id : args.mid(1)) {
            if (!incidentNumber(ctx, QStringLiteral("ack"), id))
                return 2;
            ids.append(id.toLongLong());
        }
        const auto reply = ctx.api->post(QStringLiteral("/api/v1/incidents/ack"),
                                         QJsonDocument(QJsonObject{{QStringLiteral("ids"), ids}, {QStringLiteral("by"), user()}}));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        const QJsonObject o = reply.json.object();
        ctx.out << tr("acknowledged: %1\n").arg(o.value(QStringLiteral("acknowledged")).toArray().size());
        const QJsonObject refused = o.value(QStringLiteral("refused")).toObject();
        for (auto it = refused.begin(); it != refused.end(); ++it)
            ctx.out << tr("  #%1 not acknowledged: %2\n").arg(it.key(), it.value().toString());
        return refused.isEmpty() ? 0 : 1;
    }
    if (cmd == u"trace" && args.size() == 2) {
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/traces/") + args[1]);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        const QJsonObject o = reply.json.object();
        const QJsonArray samples = o.value(QStringLiteral("samples")).toArray();
        const QJsonArray incidents = o.value(QStringLiteral("incidents")).toArray();
        ctx.out << tr("trace_id %1: %2 samples, %3 incidents\n").arg(args[1]).arg(samples.size()).arg(incidents.size());
        for (const QJsonValue &v : samples) {
            const QJsonObject s = v.toObject();
            ctx.out << QStringLiteral("  %1  %2  %3\n").arg(s.value(QStringLiteral("t")).toString(),
                                                            QString::number(s.value(QStringLiteral("value")).toDouble(), 'g', 6),
                                                            s.value(QStringLiteral("series")).toString());
        }
        for (const QJsonValue &v : incidents) {
            const QJsonObject i = v.toObject();
            ctx.out << tr("  incident #%1 %2 %3 (%4)\n")
                           .arg(i.value(QStringLiteral("id")).toInteger())
                           .arg(i.value(QStringLiteral("rule")).toString(), i.value(QStringLiteral("service")).toString(),
                                i.value(QStringLiteral("state")).toString());
        }
        return 0;
    }
    if (cmd == u"playbook" && sub == u"history" && args.size() == 3) {
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/playbooks/%1/versions").arg(args[2]));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        const QJsonObject o = reply.json.object();
        for (const QJsonValue &v : o.value(QStringLiteral("versions")).toArray()) {
            const QJsonObject pv = v.toObject();
            ctx.out << tr("version %1  %2  by %3\n")
                           .arg(pv.value(QStringLiteral("version")).toInt())
                           .arg(pv.value(QStringLiteral("saved_at")).toString(), pv.value(QStringLiteral("saved_by")).toString());
        }
        QStringList rules;
        for (const QJsonValue &v : o.value(QStringLiteral("rules")).toArray())
            rules << v.toString();
        ctx.out << (rules.isEmpty() ? tr("used by no alert\n") : tr("used by: %1\n").arg(rules.join(QStringLiteral(", "))));
        return 0;
    }
    if (cmd == u"playbook" && sub == u"diff" && args.size() == 5) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("from"), args[3]);
        q.addQueryItem(QStringLiteral("to"), args[4]);
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/playbooks/%1/diff").arg(args[2]), q);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        ctx.out << reply.json.object().value(QStringLiteral("diff")).toString();
        return 0;
    }
    return -1;
}

} // namespace opsctl
