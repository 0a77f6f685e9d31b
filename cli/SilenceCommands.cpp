// `opsctl silence create|list|expire`.
#include "Commands.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsctl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("opsctl", text);
}

QString when(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString line(const QJsonObject &s)
{
    const qint64 ends = s.value(QStringLiteral("ends_at_ms")).toInteger();
    const QString until = ends == 0 ? tr("until incident #%1 resolves")
                                          .arg(s.value(QStringLiteral("until_resolved_incident")).toInteger())
                                    : tr("until %1").arg(when(ends));
    return QStringLiteral("%1  %2  %3  from %4 %5  by %6: %7\n")
        .arg(s.value(QStringLiteral("id")).toString(), s.value(QStringLiteral("state")).toString(),
             s.value(QStringLiteral("matchers")).toString(), when(s.value(QStringLiteral("starts_at_ms")).toInteger()),
             until, s.value(QStringLiteral("created_by")).toString(), s.value(QStringLiteral("comment")).toString());
}
} // namespace

int silenceCommand(Context &ctx, QStringList args)
{
    const QString sub = args.value(1);
    if (sub == u"create") {
        args = args.mid(2);
        const QString matchers = takeOption(args, QStringLiteral("--matchers"));
        const QString duration = takeOption(args, QStringLiteral("--duration"));
        const QString untilResolved = takeOption(args, QStringLiteral("--until-resolved"));
        const QString comment = takeOption(args, QStringLiteral("--comment"));
        QString author = takeOption(args, QStringLiteral("--author"), qEnvironmentVariable("USER"));
        if (!args.isEmpty() || matchers.isEmpty() || (duration.isEmpty() == untilResolved.isEmpty())) {
            ctx.err << tr("usage: opsctl silence create --matchers '{alertname=\"X\", service=~\"aid.*\"}' "
                          "(--duration 2h | --until-resolved INCIDENT) --comment TEXT [--author NAME]\n");
            return 2;
        }
        QJsonObject body{{QStringLiteral("matchers"), matchers},
                         {QStringLiteral("comment"), comment},
                         {QStringLiteral("created_by"), author}};
        if (!duration.isEmpty())
            body.insert(QStringLiteral("duration"), duration);
        else
            body.insert(QStringLiteral("until_resolved_incident"), untilResolved.toLongLong());
        const auto reply = ctx.api->post(QStringLiteral("/api/v1/silences"), QJsonDocument(body));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        ctx.out << tr("silence created: ") << line(reply.json.object());
        return 0;
    }
    if (sub == u"list") {
        const bool all = args.contains(QStringLiteral("--all"));
        QUrlQuery q;
        if (all)
            q.addQueryItem(QStringLiteral("all"), QStringLiteral("1"));
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/silences"), q);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        if (ctx.json)
            return printJson(ctx, reply);
        const QJsonArray list = reply.json.object().value(QStringLiteral("silences")).toArray();
        if (list.isEmpty())
            ctx.out << (all ? tr("no silences\n") : tr("no pending or active silences (--all shows expired ones)\n"));
        for (const QJsonValue &v : list)
            ctx.out << line(v.toObject());
        return 0;
    }
    if (sub == u"expire" && args.size() == 3) {
        const auto reply = ctx.api->post(QStringLiteral("/api/v1/silences/%1/expire").arg(args[2]), QJsonDocument(QJsonObject{}));
        if (!reply.ok())
            return reportFailure(ctx, reply);
        ctx.out << tr("silence expired: ") << line(reply.json.object());
        return 0;
    }
    ctx.err << tr("usage: opsctl silence create|list [--all]|expire ID\n");
    return 2;
}

} // namespace opsctl
