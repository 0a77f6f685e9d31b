#include "api/ApiServer.h"

#include "core/Endpoints.h"

#include "api/ApiJson.h"
#include "core/Duration.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "ingest/LineProtocolWriter.h"
#include "ingest/PushParser.h"
#include "notify/Outbox.h"
#include "notify/SecretStore.h"
#include "rules/AlertState.h"
#include "store/Aggregates.h"
#include "ingest/StatsdListener.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QUrl>

#include <memory>
#include <optional>

namespace hms {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {
TimestampMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// "k=v,k2=v2" → labels; returns false on a malformed pair.
bool parseMatch(const QString &text, Labels *out)
{
    if (text.isEmpty())
        return true;
    for (const QString &pair : text.split(u',')) {
        const qsizetype eq = pair.indexOf(u'=');
        if (eq <= 0)
            return false;
        (*out)[pair.left(eq).trimmed()] = pair.mid(eq + 1).trimmed();
    }
    return true;
}
} // namespace

std::optional<QHttpServerResponse> ApiServer::metricSelector(const QUrlQuery &q, QString *metric, Labels *match) const
{
    *metric = q.queryItemValue(QStringLiteral("metric"), QUrl::FullyDecoded);
    if (metric->isEmpty())
        return apiError(Status::BadRequest, tr("metric: required"));
    if (!parseMatch(q.queryItemValue(QStringLiteral("match"), QUrl::FullyDecoded), match))
        return apiError(Status::BadRequest, tr("match: expected label=value[,label=value...]"));
    return std::nullopt;
}

ApiServer::ApiServer(ApiContext context, QString token, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_token(std::move(token))
    , m_server(std::make_unique<QHttpServer>())
{
    addRoutes();
}

ApiServer::~ApiServer() = default;

std::optional<QHttpServerResponse> ApiServer::denied(const QHttpServerRequest &req, bool queryTokenAllowed) const
{
    // A missing or wrong token is a 401 that says how to fix it.
    // Bearer (ours), Token (InfluxDB 2.x clients) or ?p= (InfluxDB 1.x clients) carry the token.
    // ?p= only where InfluxDB 1.x clients need it (/write): elsewhere it would put the token into
    // shell histories and proxy logs for no client's sake.
    const QByteArray header = req.value("Authorization");
    const QByteArray token = m_token.toLatin1();
    const QByteArrayView presented = header.startsWith("Bearer ") ? QByteArrayView(header).sliced(7)
                                     : header.startsWith("Token ") ? QByteArrayView(header).sliced(6)
                                                                   : QByteArrayView();
    if (sameSecret(presented, token))
        return std::nullopt;
    if (queryTokenAllowed && sameSecret(req.query().queryItemValue(QStringLiteral("p")).toLatin1(), token))
        return std::nullopt;
    return apiError(Status::Unauthorized,
                    header.isEmpty() ? tr("missing Authorization: Bearer <token> (the token is in DATA_DIR/api-token)")
                                     : tr("wrong API token"));
}

std::optional<QHttpServerResponse> ApiServer::foreignHost(const QHttpServerRequest &req) const
{
    if (!m_loopbackOnly)
        return std::nullopt;
    // Host: name[:port] or [v6]:port, case-insensitive.
    QString host = QString::fromLatin1(req.value("Host")).trimmed().toLower();
    if (host.startsWith(u'['))
        host = host.mid(1, host.indexOf(u']') - 1);
    else if (host.count(u':') == 1)
        host = host.left(host.indexOf(u':'));
    if (host == u"localhost" || QHostAddress(host).isLoopback())
        return std::nullopt;
    const QString linkBase = m_ctx.catalog ? m_ctx.catalog->setting(QStringLiteral("notify.link_base")) : QString();
    if (!linkBase.isEmpty() && QUrl(linkBase).host().toLower() == host && !host.isEmpty())
        return std::nullopt;
    return apiError(Status::MisdirectedRequest,
                    tr("Host: \"%1\" is not a name of this instance; open it as 127.0.0.1 or localhost, or set "
                       "notify.link_base to the address a reverse proxy serves it under")
                        .arg(host.left(255)));
}

quint16 ApiServer::listen(const QHostAddress &address, quint16 port, QString *errorText)
{
    m_loopbackOnly = address.isLoopback();
    const quint16 bound = m_server->listen(address, port);
    if (bound == 0)
        *errorText = tr("API: cannot listen on %1:%2").arg(address.toString()).arg(port);
    return bound;
}

void ApiServer::addRoutes()
{
    QHttpServer &s = *m_server;
    s.route(QStringLiteral("/api/v1/health"), Method::Get, [] {
        return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                               {QStringLiteral("version"), QStringLiteral(HMS_VERSION)}});
    });

    // Ingest and store counters, for operators and for the benchmark harness.
    s.route(QStringLiteral("/api/v1/status"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonObject statsd;
        if (m_ctx.statsd) {
            const StatsdCounters c = m_ctx.statsd->counters();
            statsd = QJsonObject{{QStringLiteral("port"), m_ctx.statsd->port()},
                                 {QStringLiteral("receive_buffer_bytes"), m_ctx.statsd->receiveBufferBytes()},
                                 {QStringLiteral("datagrams"), c.datagrams},
                                 {QStringLiteral("lines_accepted"), c.linesAccepted},
                                 {QStringLiteral("lines_rejected"), c.linesRejected},
                                 {QStringLiteral("truncated_datagrams"), c.truncated},
                                 {QStringLiteral("kernel_drops"), c.kernelDrops}};
        }
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("statsd"), statsd},
            {QStringLiteral("store"), QJsonObject{{QStringLiteral("series"), m_ctx.store->seriesCount()},
                                                  {QStringLiteral("samples"), m_ctx.store->sampleCount()},
                                                  {QStringLiteral("sealed_bytes"), m_ctx.store->sealedBytes()},
                                                  {QStringLiteral("sealed_samples"), m_ctx.store->sealedSamples()},
                                                  {QStringLiteral("persisted_batches"),
                                                   m_ctx.store->persistBatchesTaken()},
                                                  // The older raw history loads after start; rules
                                                  // evaluate once it is 100.
                                                  {QStringLiteral("history_percent"), m_ctx.store->historyProgress()}}},
            {QStringLiteral("secrets"), m_ctx.secrets ? m_ctx.secrets->backendDescription() : QString()},
            {QStringLiteral("tick_ms"), m_ctx.tickMs},
            {QStringLiteral("cluster"), m_ctx.cluster ? m_ctx.cluster() : QJsonObject()}});
    });

    // Remote sources: state, last answer, latency, last error, backoff (remote/RemoteHub.h).
    s.route(QStringLiteral("/api/v1/sources"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("sources"), m_ctx.sources ? m_ctx.sources() : QJsonArray()}});
    });

    // --- metrics ---
    s.route(QStringLiteral("/api/v1/metrics"), Method::Post, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        std::optional<QHttpServerResponse> fail;
        const auto body = requestBody(req, &fail);
        if (!body)
            return std::move(*fail);
        const PushParseResult parsed = parsePushBody(*body);
        const TimestampMs now = nowMs();
        if (parsed.documentError) {
            m_ctx.store->countRejected(QStringLiteral("push_invalid_body"), 1, now);
            return apiError(Status::BadRequest, parsed.errors.empty() ? tr("invalid body") : parsed.errors[0].toString());
        }
        QString journalError;
        const int accepted = m_ctx.store->applyPushed(parsed.samples, now, &journalError);
        if (!journalError.isEmpty())
            return notDurable(journalError);
        m_ctx.store->countRejected(QStringLiteral("push_invalid_sample"), qint64(parsed.errors.size()), now);
        QJsonArray errors;
        for (const PushParseError &e : parsed.errors)
            errors.append(e.toString());
        const QJsonObject answer{{QStringLiteral("accepted"), accepted},
                               {QStringLiteral("rejected"), int(parsed.samples.size()) - accepted + int(errors.size())},
                               {QStringLiteral("errors"), errors}};
        if (accepted == 0 && !errors.isEmpty())
            return apiError(Status::BadRequest, errors.first().toString(), answer);
        return QHttpServerResponse(answer);
    });
    s.route(QStringLiteral("/api/v1/metrics"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        return QHttpServerResponse(
            QJsonObject{{QStringLiteral("metrics"), QJsonArray::fromStringList(m_ctx.store->metricNames())},
                        {QStringLiteral("series"), m_ctx.store->seriesCount()},
                        {QStringLiteral("samples"), m_ctx.store->sampleCount()}});
    });
    s.route(QStringLiteral("/api/v1/query"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const QUrlQuery q = req.query();
        QString metric;
        Labels match;
        if (auto bad = metricSelector(q, &metric, &match))
            return std::move(*bad);
        const QString aggText = q.queryItemValue(QStringLiteral("aggregate"), QUrl::FullyDecoded);
        const auto agg = parseAggregate(aggText.isEmpty() ? QStringLiteral("last") : aggText);
        if (!agg)
            return apiError(Status::BadRequest,
                         tr("aggregate: \"%1\" is not one of pNN (p50, p95, p99.9...), mean, min, max, sum, count, "
                            "rate, increase, last")
                             .arg(aggText));
        const QString windowText = q.queryItemValue(QStringLiteral("window"), QUrl::FullyDecoded);
        const auto window = parseDurationMs(windowText.isEmpty() ? QStringLiteral("1m") : windowText);
        if (!window || *window <= 0)
            return apiError(Status::BadRequest, tr("window: \"%1\" is not a duration like 30s, 1m, 1h").arg(windowText));
        const TimestampMs t = nowMs();
        QJsonArray series;
        for (const SeriesKey &key : m_ctx.store->select(metric, match)) {
            const WindowResult r = m_ctx.store->aggregateWindow(key, *agg, t, *window);
            series.append(QJsonObject{{QStringLiteral("labels"), labelsJson(key.labels)},
                                      {QStringLiteral("value"), r.value ? QJsonValue(*r.value) : QJsonValue()},
                                      {QStringLiteral("samples"), r.samples},
                                      {QStringLiteral("method"), r.method},
                                      {QStringLiteral("approximate"), r.approximate()}});
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("metric"), metric},
                                               {QStringLiteral("aggregate"), agg->text},
                                               {QStringLiteral("window"), formatDurationMs(*window)},
                                               {QStringLiteral("time_ms"), t},
                                               {QStringLiteral("series"), series}});
    });

    // Samples (or rollup buckets) and exemplars of a time range, for charts, exports and the
    // trace_id drill-down. `from`/`to` are ms since the epoch (default: the last `since`, 1h).
    s.route(QStringLiteral("/api/v1/query_range"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const QUrlQuery q = req.query();
        QString metric;
        Labels match;
        if (auto bad = metricSelector(q, &metric, &match))
            return std::move(*bad);
        const TimestampMs now = nowMs();
        TimestampMs to = now, from = 0;
        bool ok = true;
        if (q.hasQueryItem(QStringLiteral("to")))
            to = q.queryItemValue(QStringLiteral("to")).toLongLong(&ok);
        if (!ok)
            return apiError(Status::BadRequest, tr("to: expected milliseconds since the epoch"));
        if (q.hasQueryItem(QStringLiteral("from"))) {
            from = q.queryItemValue(QStringLiteral("from")).toLongLong(&ok);
            if (!ok)
                return apiError(Status::BadRequest, tr("from: expected milliseconds since the epoch"));
        } else {
            const QString sinceText = q.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded);
            const auto since = parseDurationMs(sinceText.isEmpty() ? QStringLiteral("1h") : sinceText);
            if (!since || *since <= 0)
                return apiError(Status::BadRequest, tr("since: \"%1\" is not a duration like 30s, 1m, 1h").arg(sinceText));
            from = to - *since;
        }
        if (from >= to)
            return apiError(Status::BadRequest, tr("from: must be before to"));
        const QString resolutionText = q.queryItemValue(QStringLiteral("resolution"));
        Resolution resolution = m_ctx.store->resolutionFor(from, to, 360);
        if (!resolutionText.isEmpty() && resolutionText != u"auto") {
            const auto parsed = parseResolution(resolutionText);
            if (!parsed)
                return apiError(Status::BadRequest,
                                tr("resolution: \"%1\" is not one of auto, raw, 1m, 1h").arg(resolutionText));
            resolution = *parsed;
        }
        constexpr qsizetype kMaxPoints = 200000;
        QJsonArray series;
        qsizetype points = 0;
        for (const SeriesKey &key : m_ctx.store->select(metric, match)) {
            QJsonObject o{{QStringLiteral("labels"), labelsJson(key.labels)}};
            if (resolution == Resolution::Raw) {
                QJsonArray samples;
                for (const Sample &x : m_ctx.store->range(key, from, to))
                    samples.append(QJsonArray{x.t, x.v});
                points += samples.size();
                o.insert(QStringLiteral("samples"), samples);
            } else {
                QJsonArray buckets;
                for (const RollupBucket &b : m_ctx.store->rollups(key, resolution, from, to))
                    buckets.append(QJsonObject{{QStringLiteral("t"), b.start}, {QStringLiteral("min"), b.min},
                                               {QStringLiteral("max"), b.max}, {QStringLiteral("sum"), b.sum},
                                               {QStringLiteral("count"), b.count}, {QStringLiteral("last"), b.last}});
                points += buckets.size();
                o.insert(QStringLiteral("buckets"), buckets);
            }
            QJsonArray exemplars;
            for (const Exemplar &e : m_ctx.store->exemplars(key, from, to))
                exemplars.append(QJsonObject{{QStringLiteral("t"), e.t}, {QStringLiteral("v"), e.v},
                                             {QStringLiteral("trace_id"), e.traceId}});
            o.insert(QStringLiteral("exemplars"), exemplars);
            series.append(o);
            if (points > kMaxPoints)
                return apiError(Status::UnprocessableEntity,
                                tr("query_range: more than %1 points; narrow the range or ask for resolution=1m or 1h")
                                    .arg(kMaxPoints));
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("metric"), metric},
                                               {QStringLiteral("from"), from},
                                               {QStringLiteral("to"), to},
                                               {QStringLiteral("resolution"), resolutionName(resolution)},
                                               {QStringLiteral("series"), series}});
    });

    // --- rules ---
    // Pending and firing alerts as stored for restarts (what the evaluator last reported).
    s.route(QStringLiteral("/api/v1/alerts"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QSqlDatabase db = QSqlDatabase::database(m_ctx.opsConnection, false);
        QString error;
        const auto alerts = loadAlertStates(db, &error);
        if (!error.isEmpty())
            return apiError(Status::InternalServerError, tr("alert state: %1").arg(error));
        QJsonArray out;
        for (const AlertSnapshot &a : alerts)
            out.append(QJsonObject{{QStringLiteral("rule"), a.rule},
                                   {QStringLiteral("fingerprint"), a.fingerprint},
                                   {QStringLiteral("labels"), labelsJson(a.labels)},
                                   {QStringLiteral("state"), alertStateName(a.state)},
                                   {QStringLiteral("active_at_ms"), a.activeAt},
                                   {QStringLiteral("keep_firing_since_ms"), a.keepFiringSince},
                                   {QStringLiteral("value"), a.value}});
        return QHttpServerResponse(QJsonObject{{QStringLiteral("alerts"), out}});
    });
    s.route(QStringLiteral("/api/v1/rules"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonArray rules;
        for (const Rule &r : m_ctx.catalog->rules())
            rules.append(ruleJson(r));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("rules"), rules}});
    });
    s.route(QStringLiteral("/api/v1/rules"), Method::Post, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QString problem;
        const auto upload = fileUpload(req, &problem);
        if (!upload)
            return apiError(Status::BadRequest, problem);
        std::vector<Rule> installed;
        const auto errors = m_ctx.catalog->installRules(upload->second, upload->first, &installed);
        if (!errors.empty())
            return parseErrorResponse(errors);
        QJsonArray names;
        for (const Rule &r : installed)
            names.append(r.name);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("installed"), names}}, Status::Created);
    });
    s.route(QStringLiteral("/api/v1/rules/<arg>"), Method::Delete,
            [this](const QString &name, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                if (!m_ctx.catalog->deleteRule(name))
                    return apiError(Status::NotFound, tr("no rule named \"%1\"").arg(name));
                return QHttpServerResponse(QJsonObject{{QStringLiteral("deleted"), name}});
            });

    addIncidentRoutes(s);
    addCatalogRoutes(s);
    addSilenceRoutes(s);
    addSloRoutes(s);
    addStatusPages(s);
    addDashboardRoutes(s);
    addCommandRoutes(s);
    addIngestRoutes(s);

    s.setMissingHandler([](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        sendTo(responder, apiError(Status::NotFound, tr("no such endpoint: %1 %2")
                                                            .arg(QString::fromLatin1(methodName(req.method())),
                                                                 req.url().path())));
    });
}

} // namespace hms
