// `opsctl incident watch` and `opsctl metric get|watch`.
#include "Commands.h"

#include "core/Duration.h"
#include "rules/Threshold.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

namespace opsctl {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("opsctl", text);
}

void waitMs(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

QString unitSuffix(const QString &metric)
{
    switch (hms::timeUnitOfMetric(metric)) {
    case hms::TimeUnit::Milliseconds:
        return QStringLiteral(" ms");
    case hms::TimeUnit::Seconds:
        return QStringLiteral(" s");
    case hms::TimeUnit::None:
        break;
    }
    return {};
}

// One line per event, as in the seed's console demo:
//   08:03:12  🚨  AID_LAT_P95_HIGH  SVC=aid_form  p95=1400 ms
//   08:03:12  ➜ assigned to alex-ops (rotation fema_oncall, pager #149)
QString watchLine(const QJsonObject &e)
{
    const QString time = QDateTime::fromMSecsSinceEpoch(e.value(QStringLiteral("at_ms")).toInteger())
                             .toString(QStringLiteral("HH:mm:ss"));
    const QString kind = e.value(QStringLiteral("kind")).toString();
    const QJsonObject data = e.value(QStringLiteral("data")).toObject();
    const QString metric = e.value(QStringLiteral("metric")).toString();
    if (kind == u"fired") {
        return QStringLiteral("%1  \U0001F6A8  %2  SVC=%3  %4=%5%6")
            .arg(time, e.value(QStringLiteral("rule")).toString(), e.value(QStringLiteral("service")).toString(),
                 e.value(QStringLiteral("aggregate")).toString(),
                 QString::number(data.value(QStringLiteral("value")).toDouble(), 'f', 0), unitSuffix(metric));
    }
    if (kind == u"assigned")
        return QStringLiteral("%1  \u279C %2").arg(time, e.value(QStringLiteral("message")).toString());
    if (kind == u"resolved")
        return QStringLiteral("%1  \u2705  %2  %3").arg(time, e.value(QStringLiteral("rule")).toString(),
                                                         e.value(QStringLiteral("message")).toString());
    return QStringLiteral("%1  %2").arg(time, e.value(QStringLiteral("message")).toString());
}
} // namespace

int incidentWatch(Context &ctx, QStringList args)
{
    const bool all = takeFlag(args, QStringLiteral("--all"));
    const int exitAfter = takeOption(args, QStringLiteral("--exit-after"), QStringLiteral("0")).toInt();
    if (!args.isEmpty()) {
        ctx.err << tr("usage: opsctl incident watch [--all] [--exit-after N]\n");
        return 2;
    }
    qint64 cursor = 0;
    if (!all) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("after"), QString::number(std::numeric_limits<qint64>::max() / 2));
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/events"), q);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        cursor = reply.json.object().value(QStringLiteral("last_id")).toInteger();
    }
    int printed = 0;
    int failures = 0;
    while (true) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("after"), QString::number(cursor));
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/events"), q);
        if (!reply.ok()) {
            // An instance that restarts is waited for; one that is gone for 30 s ends the watch.
            if (++failures > 120)
                return reportFailure(ctx, reply);
            waitMs(250);
            continue;
        }
        failures = 0;
        const QJsonArray events = reply.json.object().value(QStringLiteral("events")).toArray();
        for (const QJsonValue &v : events) {
            const QJsonObject e = v.toObject();
            cursor = std::max(cursor, e.value(QStringLiteral("id")).toInteger());
            if (ctx.json)
                ctx.out << QString::fromUtf8(QJsonDocument(e).toJson(QJsonDocument::Compact)) << u'\n';
            else
                ctx.out << watchLine(e) << u'\n';
            ctx.out.flush();
            if (exitAfter > 0 && ++printed >= exitAfter)
                return 0;
        }
        if (events.isEmpty())
            waitMs(250);
    }
}

int metricWatch(Context &ctx, QStringList args)
{
    const bool watch = args.value(0) == u"watch";
    const QString aggregate = takeOption(args, QStringLiteral("--aggregate"), QStringLiteral("last"));
    const QString window = takeOption(args, QStringLiteral("--window"), QStringLiteral("1m"));
    const QString match = takeOption(args, QStringLiteral("--match"));
    const auto interval = hms::parseDurationMs(takeOption(args, QStringLiteral("--interval"), QStringLiteral("1s")));
    if (args.size() != 2 || !interval || *interval <= 0) {
        ctx.err << tr("usage: opsctl metric get|watch NAME [--aggregate p95] [--window 1m] [--match k=v,...] "
                      "[--interval 1s]\n");
        return 2;
    }
    const QString metric = args[1];
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("metric"), metric);
    q.addQueryItem(QStringLiteral("aggregate"), aggregate);
    q.addQueryItem(QStringLiteral("window"), window);
    if (!match.isEmpty())
        q.addQueryItem(QStringLiteral("match"), match);
    while (true) {
        const auto reply = ctx.api->get(QStringLiteral("/api/v1/query"), q);
        if (!reply.ok())
            return reportFailure(ctx, reply);
        const QJsonObject o = reply.json.object();
        if (ctx.json) {
            ctx.out << QString::fromUtf8(reply.json.toJson(watch ? QJsonDocument::Compact : QJsonDocument::Indented))
                    << (watch ? QStringLiteral("\n") : QString());
        } else {
            const QJsonArray series = o.value(QStringLiteral("series")).toArray();
            if (series.isEmpty())
                ctx.out << tr("%1: no series\n").arg(metric);
            const QString time = watch ? QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss  ")) : QString();
            for (const QJsonValue &v : series) {
                const QJsonObject s = v.toObject();
                const QJsonValue value = s.value(QStringLiteral("value"));
                // An answer that is not Prometheus-exact says how it was computed.
                const QString method = s.value(QStringLiteral("approximate")).toBool()
                                           ? tr("  approximate: %1").arg(s.value(QStringLiteral("method")).toString())
                                           : QString();
                ctx.out << QStringLiteral("%1%2%3  %4[%5] = %6  (%7 samples)%8\n")
                               .arg(time, metric, labelsText(s.value(QStringLiteral("labels")).toObject()),
                                    o.value(QStringLiteral("aggregate")).toString(),
                                    o.value(QStringLiteral("window")).toString(),
                                    value.isDouble() ? QString::number(value.toDouble(), 'g', 6) + unitSuffix(metric)
                                                     : tr("no data"))
                               .arg(s.value(QStringLiteral("samples")).toInteger())
                               .arg(method);
            }
        }
        ctx.out.flush();
        if (!watch)
            return 0;
        waitMs(int(*interval));
    }
}

int metricRange(Context &ctx, QStringList args)
{
    const QString since = takeOption(args, QStringLiteral("--since"), QStringLiteral("1h"));
    const QString resolution = takeOption(args, QStringLiteral("--resolution"), QStringLiteral("auto"));
    const QString match = takeOption(args, QStringLiteral("--match"));
    if (args.size() != 2) {
        ctx.err << tr("usage: opsctl metric range NAME [--since 1h] [--resolution auto|raw|1m|1h] [--match k=v,...]\n");
        return 2;
    }
    const QString metric = args[1];
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("metric"), metric);
    q.addQueryItem(QStringLiteral("since"), since);
    q.addQueryItem(QStringLiteral("resolution"), resolution);
    if (!match.isEmpty())
        q.addQueryItem(QStringLiteral("match"), match);
    const auto reply = ctx.api->get(QStringLiteral("/api/v1/query_range"), q);
    if (!reply.ok())
        return reportFailure(ctx, reply);
    if (ctx.json) {
        ctx.out << QString::fromUtf8(reply.json.toJson(QJsonDocument::Indented));
        return 0;
    }
    const QJsonObject o = reply.json.object();
    auto time = [](const QJsonValue &t) {
        return QDateTime::fromMSecsSinceEpoch(t.toInteger()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    };
    auto number = [&](const QJsonValue &v) { return QString::number(v.toDouble(), 'g', 6); };
    const QJsonArray series = o.value(QStringLiteral("series")).toArray();
    if (series.isEmpty())
        ctx.out << tr("%1: no series\n").arg(metric);
    for (const QJsonValue &sv : series) {
        const QJsonObject s = sv.toObject();
        ctx.out << tr("# %1%2  resolution %3\n")
                       .arg(metric, labelsText(s.value(QStringLiteral("labels")).toObject()),
                            o.value(QStringLiteral("resolution")).toString());
        if (s.contains(QStringLiteral("samples"))) {
            for (const QJsonValue &x : s.value(QStringLiteral("samples")).toArray())
                ctx.out << QStringLiteral("%1  %2\n").arg(time(x.toArray().at(0)), number(x.toArray().at(1)));
        } else {
            ctx.out << tr("# bucket start             min  max  mean  count  last\n");
            for (const QJsonValue &x : s.value(QStringLiteral("buckets")).toArray()) {
                const QJsonObject b = x.toObject();
                const double count = b.value(QStringLiteral("count")).toDouble();
                ctx.out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                               .arg(time(b.value(QStringLiteral("t"))), number(b.value(QStringLiteral("min"))),
                                    number(b.value(QStringLiteral("max"))),
                                    QString::number(b.value(QStringLiteral("sum")).toDouble() / count, 'g', 6),
                                    QString::number(count, 'f', 0), number(b.value(QStringLiteral("last"))));
            }
        }
        for (const QJsonValue &x : s.value(QStringLiteral("exemplars")).toArray()) {
            const QJsonObject e = x.toObject();
            ctx.out << tr("%1  exemplar %2 = %3  trace_id=%4\n")
                           .arg(time(e.value(QStringLiteral("t"))), metric, number(e.value(QStringLiteral("v"))),
                                e.value(QStringLiteral("trace_id")).toString());
        }
    }
    return 0;
}

} // namespace opsctl
