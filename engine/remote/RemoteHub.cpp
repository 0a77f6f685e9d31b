#include "remote/RemoteHub.h"

#include "ingest/PushParser.h"
#include "notify/SecretStore.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QMutexLocker>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslSocket>

#include <condition_variable>
#include <mutex>

namespace hms {

namespace {
TimestampMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QUrl endpoint(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString p = base.path();
    while (p.endsWith(u'/'))
        p.chop(1);
    url.setPath(p + path);
    return url;
}

constexpr qint64 kMaxBackoffMs = 30'000;
constexpr int kTilePoints = 720; // points per tile range: one per ~2 px of a wall chart
} // namespace

QString sourceStateName(SourceStatus::State state)
{
    switch (state) {
    case SourceStatus::State::Ok:
        return QStringLiteral("ok");
    case SourceStatus::State::Failing:
        return QStringLiteral("failing");
    case SourceStatus::State::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QJsonObject sourceStatusJson(const SourceStatus &s)
{
    auto time = [](TimestampMs t) {
        return t > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    QJsonObject o{{QStringLiteral("name"), s.name},
                  {QStringLiteral("kind"), s.kind},
                  {QStringLiteral("url"), s.url},
                  {QStringLiteral("state"), sourceStateName(s.state)},
                  {QStringLiteral("last_error"), s.lastError},
                  {QStringLiteral("last_success"), time(s.lastSuccessAt)},
                  {QStringLiteral("retry_at"), time(s.retryAt)},
                  {QStringLiteral("latency_ms"), s.latencyMs},
                  {QStringLiteral("failures"), s.failures},
                  {QStringLiteral("requests"), s.requests}};
    if (s.alerts >= 0)
        o.insert(QStringLiteral("alerts"), s.alerts);
    return o;
}

struct RemoteHub::Source {
    RemoteSource config;
    QByteArray authorization; // the Authorization header, once the secret is read
    QString secretProblem;
    QSslConfiguration ssl;
    SourceStatus status;
    std::vector<ExternalAlert> alerts;
    bool polling = false;
    bool secretPending = false; // nothing is sent before the credentials are known
    quint64 generation = 0;     // bumped by every result counted: older requests' failures don't compound
};

RemoteHub::RemoteHub(std::vector<RemoteSource> sources, SecretStore &secrets, SeriesStore &store, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
    , m_secrets(secrets)
    , m_store(store)
{
    for (const RemoteSource &s : m_sources)
        m_status.push_back(SourceStatus{s.name, sourceKindName(s.kind), s.url.toString()});
}

RemoteHub::~RemoteHub() = default;

bool RemoteHub::hasPrometheus() const
{
    return std::any_of(m_sources.begin(), m_sources.end(),
                       [](const RemoteSource &s) { return s.kind == RemoteSource::Kind::Prometheus; });
}

void RemoteHub::start()
{
    m_network = new QNetworkAccessManager(this);
    auto pending = std::make_shared<int>(0);
    auto begin = [this] {
        m_pollTimer = new QTimer(this);
        connect(m_pollTimer, &QTimer::timeout, this, &RemoteHub::pollAlertmanagers);
        m_pollTimer->start(1000);
        m_tileTimer = new QTimer(this);
        connect(m_tileTimer, &QTimer::timeout, this, &RemoteHub::refreshTiles);
        m_tileTimer->start(1000);
        pollAlertmanagers();
        refreshTiles();
    };
    for (const RemoteSource &config : m_sources) {
        auto s = std::make_unique<Source>();
        s->config = config;
        s->status = SourceStatus{config.name, sourceKindName(config.kind), config.url.toString()};
        s->ssl = QSslConfiguration::defaultConfiguration();
        if (!config.caFile.isEmpty()) {
            auto cas = s->ssl.caCertificates();
            cas += QSslCertificate::fromPath(config.caFile, QSsl::Pem);
            s->ssl.setCaCertificates(cas);
        }
        if (config.insecureSkipVerify) {
            s->ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
            qWarning("source %s: insecure_skip_verify: its TLS certificate is not checked", qPrintable(config.name));
        }
        Source *raw = s.get();
        m_live.push_back(std::move(s));
        if (config.auth == RemoteSource::Auth::None)
            continue;
        ++*pending;
        raw->secretPending = true;
        m_secrets.read(config.secret, this, [this, raw, pending, begin](bool ok, const QString &value, const QString &error) {
            raw->secretPending = false;
            if (!ok) {
                raw->secretProblem = tr("the secret %1 cannot be read: %2").arg(raw->config.secret, error);
            } else if (raw->config.auth == RemoteSource::Auth::Bearer) {
                raw->authorization = "Bearer " + value.toUtf8();
            } else {
                raw->authorization = "Basic " + (raw->config.username + u':' + value).toUtf8().toBase64();
            }
            if (--*pending == 0)
                begin();
        });
    }
    if (*pending == 0)
        begin();
}

RemoteHub::Source *RemoteHub::find(const QString &name, RemoteSource::Kind kind, QString *error)
{
    for (auto &s : m_live)
        if (s->config.kind == kind && (name.isEmpty() || s->config.name == name))
            return s.get();
    *error = name.isEmpty() ? tr("no %1 source is configured").arg(sourceKindName(kind))
                            : tr("no %1 source named %2").arg(sourceKindName(kind), name);
    return nullptr;
}

void RemoteHub::send(Source &s, const QByteArray &verb, const QUrl &url, const QByteArray &body,
                     std::function<void(const Reply &)> done)
{
    if (!s.secretProblem.isEmpty()) {
        done(Reply{0, {}, s.secretProblem});
        return;
    }
    if (s.secretPending) {
        done(Reply{0, {}, tr("waiting for the secret %1").arg(s.config.secret)});
        return;
    }
    if (s.status.retryAt > nowMs()) {
        done(Reply{0, {}, tr("%1 (retrying in %2 s)").arg(s.status.lastError).arg((s.status.retryAt - nowMs() + 999) / 1000)});
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(int(s.config.timeoutMs));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "hms-ops");
    if (!s.authorization.isEmpty())
        request.setRawHeader("Authorization", s.authorization);
    if (url.scheme() == u"https")
        request.setSslConfiguration(s.ssl);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->sendCustomRequest(request, verb, body);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    ++s.status.requests;
    Source *raw = &s;
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, this,
            [reply, tooLarge, limit = m_maxAnswerBytes](qint64 received, qint64 total) {
                if (!*tooLarge && (received > limit || total > limit)) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [this, reply, clock, raw, tooLarge, done = std::move(done)] {
        reply->deleteLater();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = *tooLarge ? QByteArray() : reply->readAll();
        if (*tooLarge) {
            r.status = 0;
            r.tooLarge = true;
            r.transportError = tr("the answer is over %1 bytes and was not read; ask for less (a shorter range, "
                                  "fewer series)")
                                   .arg(m_maxAnswerBytes);
        } else if (r.status == 0) {
            r.transportError = reply->error() == QNetworkReply::OperationCanceledError
                ? tr("no answer within %1 ms").arg(raw->config.timeoutMs)
                : reply->errorString();
        }
        raw->status.latencyMs = clock->elapsed();
        done(r);
    });
}

void RemoteHub::noteResult(Source &s, bool sourceOk, const QString &error, quint64 sentGeneration)
{
    const TimestampMs now = nowMs();
    s.status.lastAttemptAt = now;
    if (!sourceOk && sentGeneration != s.generation) {
        // Sent before the last counted result: the same outage, already counted.
        s.status.lastError = error;
        publishStatus();
        return;
    }
    ++s.generation;
    if (sourceOk) {
        s.status.state = SourceStatus::State::Ok;
        s.status.failures = 0;
        s.status.retryAt = 0;
        s.status.lastError.clear();
        s.status.lastSuccessAt = now;
    } else {
        s.status.state = SourceStatus::State::Failing;
        ++s.status.failures;
        s.status.lastError = error;
        s.status.retryAt = now + std::min(kMaxBackoffMs, 500LL << std::min(s.status.failures - 1, 6));
    }
    publishStatus();
}

void RemoteHub::publishStatus()
{
    {
        QMutexLocker lock(&m_mutex);
        m_status.clear();
        for (const auto &s : m_live)
            m_status.push_back(s->status);
    }
    Q_EMIT statusChanged();
}

std::vector<SourceStatus> RemoteHub::statuses() const
{
    QMutexLocker lock(&m_mutex);
    return m_status;
}

std::vector<ExternalAlert> RemoteHub::externalAlerts() const
{
    QMutexLocker lock(&m_mutex);
    return m_alerts;
}

void RemoteHub::instant(const QString &source, const QString &query, TimestampMs at, PromDone done)
{
    promRequest(source, [&](const QUrl &base) { return promInstantUrl(base, query, at); }, std::move(done));
}

void RemoteHub::range(const QString &source, const QString &query, const PromRange &r, PromDone done)
{
    promRequest(source, [&](const QUrl &base) { return promRangeUrl(base, query, r); }, std::move(done));
}

void RemoteHub::promRequest(const QString &source, const std::function<QUrl(const QUrl &)> &url, PromDone done)
{
    QString error;
    Source *s = find(source, RemoteSource::Kind::Prometheus, &error);
    if (!s) {
        done(PromResult{{}, {}, {}, error, false});
        return;
    }
    // A request refused while backing off does not count as another failure.
    const bool backingOff = s->status.retryAt > nowMs() || !s->secretProblem.isEmpty() || s->secretPending;
    const quint64 generation = s->generation;
    send(*s, "GET", url(s->config.url), {}, [this, s, backingOff, generation, done = std::move(done)](const Reply &r) {
        PromResult result;
        if (r.status == 0) {
            result.error = r.transportError;
            result.sourceFailure = !r.tooLarge; // the source answered; the question was too big
        } else {
            result = parsePromResponse(r.body, r.status);
        }
        if (!backingOff)
            noteResult(*s, !result.sourceFailure, result.error, generation);
        if (!result.ok())
            result.error = tr("%1: %2").arg(s->config.name, result.error);
        done(result);
    });
}

void RemoteHub::storeResult(const QString &seriesName, const PromResult &result, TimestampMs now)
{
    std::vector<PushedSample> samples;
    for (const PromSeries &series : result.series) {
        Labels labels = series.labels;
        labels.erase(QStringLiteral("__name__"));
        for (const Sample &s : series.samples)
            samples.push_back(PushedSample{seriesName, labels, s.v, s.t, {}, PushedSample::Kind::Gauge});
    }
    if (!samples.empty())
        m_store.applyPushed(samples, now);
}

std::vector<RemoteVector> RemoteHub::evaluate(const std::vector<Rule> &rules, TimestampMs t, qint64 tickMs)
{
    struct Shared {
        std::mutex mutex;
        std::condition_variable cv;
        std::vector<RemoteVector> out;
        std::vector<bool> answered;
        std::size_t pending = 0;
    };
    auto shared = std::make_shared<Shared>();
    shared->out.resize(rules.size());
    shared->answered.resize(rules.size(), false);
    shared->pending = rules.size();
    qint64 waitMs = 1000;
    for (const Rule &rule : rules)
        for (const RemoteSource &s : m_sources)
            if (s.kind == RemoteSource::Kind::Prometheus && (rule.source.isEmpty() || rule.source == s.name))
                waitMs = std::max(waitMs, s.timeoutMs + 500);
    // One slow source must not hold every local rule back for its whole timeout: a query that
    // has not answered within two ticks (at least 2 s) fails this evaluation, and the rule's
    // alerts keep their state until a later one answers.
    if (tickMs > 0)
        waitMs = std::min(waitMs, std::max<qint64>(2000, 2 * tickMs));
    QMetaObject::invokeMethod(this, [this, shared, rules, t] {
        for (std::size_t i = 0; i < rules.size(); ++i) {
            const QString name = rules[i].metric;
            instant(rules[i].source, rules[i].query, t, [this, shared, i, name, t](const PromResult &r) {
                RemoteVector v;
                if (!r.ok()) {
                    v.error = r.error;
                } else {
                    for (const PromSeries &series : r.series) {
                        if (series.samples.empty())
                            continue;
                        Labels labels = series.labels;
                        labels.erase(QStringLiteral("__name__"));
                        v.values.emplace_back(labels, series.samples.back().v);
                    }
                    storeResult(name, r, t);
                }
                std::lock_guard lock(shared->mutex);
                shared->out[i] = std::move(v);
                shared->answered[i] = true;
                --shared->pending;
                shared->cv.notify_all();
            });
        }
    });
    std::unique_lock lock(shared->mutex);
    shared->cv.wait_for(lock, std::chrono::milliseconds(waitMs), [&] { return shared->pending == 0; });
    std::vector<RemoteVector> out = shared->out;
    for (std::size_t i = 0; i < out.size(); ++i)
        if (!shared->answered[i])
            out[i].error = tr("no answer within %1 ms").arg(waitMs);
    return out;
}

void RemoteHub::setTileQueries(std::vector<TileQuery> queries)
{
    QMetaObject::invokeMethod(this, [this, queries = std::move(queries)] {
        std::map<QString, TileFeed> next;
        for (const TileQuery &q : queries) {
            const QString key = q.source + QChar(0x1f) + q.query;
            auto it = next.find(key);
            if (it != next.end()) {
                it->second.query.rangeMs = std::max(it->second.query.rangeMs, q.rangeMs);
                continue;
            }
            TileFeed feed;
            feed.query = q;
            if (const auto old = m_tiles.find(key); old != m_tiles.end()) {
                feed.filledUntil = old->second.filledUntil;
                feed.inFlight = old->second.inFlight;
            }
            next.emplace(key, feed);
        }
        m_tiles = std::move(next);
        refreshTiles();
    });
}

void RemoteHub::refreshTiles()
{
    if (!m_network)
        return;
    const TimestampMs now = nowMs();
    for (auto &[key, feed] : m_tiles) {
        if (feed.inFlight)
            continue;
        QString error;
        Source *s = find(feed.query.source, RemoteSource::Kind::Prometheus, &error);
        if (!s)
            continue;
        const qint64 step = chooseStep(feed.query.rangeMs, kTilePoints, s->config.minStepMs);
        const TimestampMs start = feed.filledUntil > 0 ? feed.filledUntil + step : now - feed.query.rangeMs;
        const PromRange r = alignRange(start, now, step);
        if (r.start > r.end || (feed.filledUntil > 0 && r.start <= feed.filledUntil))
            continue;
        feed.inFlight = true;
        const QString k = key;
        range(feed.query.source, feed.query.query, r, [this, k, r](const PromResult &result) {
            const auto it = m_tiles.find(k);
            if (it == m_tiles.end())
                return;
            it->second.inFlight = false;
            if (!result.ok())
                return;
            storeResult(it->second.query.query, result, nowMs());
            // Up to the newest point that came back, not to the end asked for: a point the source
            // did not have yet (ingestion lag, VictoriaMetrics' latency offset) is asked again.
            TimestampMs newest = 0;
            for (const PromSeries &series : result.series)
                if (!series.samples.empty())
                    newest = std::max(newest, series.samples.back().t);
            if (newest > 0)
                it->second.filledUntil = std::min(newest, r.end);
        });
    }
}

void RemoteHub::pollAlertmanagers()
{
    const TimestampMs now = nowMs();
    for (auto &owned : m_live) {
        Source *s = owned.get();
        if (s->config.kind != RemoteSource::Kind::Alertmanager || s->polling)
            continue;
        if (s->status.lastAttemptAt > 0 && now - s->status.lastAttemptAt < s->config.pollMs)
            continue;
        if (s->status.retryAt > now)
            continue;
        if (s->secretPending || !s->secretProblem.isEmpty()) {
            if (!s->secretProblem.isEmpty() && s->status.lastError != s->secretProblem)
                noteResult(*s, false, s->secretProblem, s->generation);
            continue;
        }
        s->polling = true;
        const quint64 generation = s->generation;
        send(*s, "GET", endpoint(s->config.url, QStringLiteral("/api/v2/alerts")), {}, [this, s, generation](const Reply &r) {
            s->polling = false;
            QString error;
            if (r.status == 0) {
                error = r.transportError;
            } else if (r.status != 200) {
                error = tr("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(200)).simplified());
            } else {
                AmAlertsResult parsed = parseAmAlerts(r.body, s->config.name);
                error = parsed.error;
                if (error.isEmpty()) {
                    s->alerts = std::move(parsed.alerts);
                    s->status.alerts = int(s->alerts.size());
                }
            }
            noteResult(*s, error.isEmpty(), error, generation);
            {
                QMutexLocker lock(&m_mutex);
                m_alerts.clear();
                for (const auto &live : m_live)
                    m_alerts.insert(m_alerts.end(), live->alerts.begin(), live->alerts.end());
            }
            Q_EMIT externalAlertsChanged();
        });
    }
}

void RemoteHub::createSilence(const QString &source, const Labels &matchers, TimestampMs startsAt, TimestampMs endsAt,
                              const QString &createdBy, const QString &comment, SilenceDone done)
{
    QString error;
    Source *s = find(source, RemoteSource::Kind::Alertmanager, &error);
    if (!s) {
        done(false, error);
        return;
    }
    if (matchers.empty()) {
        done(false, tr("a silence needs at least one matcher"));
        return;
    }
    send(*s, "POST", endpoint(s->config.url, QStringLiteral("/api/v2/silences")),
         amSilenceBody(matchers, startsAt, endsAt, createdBy, comment), [this, s, done = std::move(done)](const Reply &r) {
             const QString id = r.status == 200 ? amSilenceId(r.body) : QString();
             if (id.isEmpty()) {
                 done(false, r.status == 0 ? r.transportError
                                           : tr("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)).trimmed()));
                 return;
             }
             s->status.lastAttemptAt = 0; // poll again now: the alerts' silencedBy changed
             pollAlertmanagers();
             done(true, id);
         });
}

void RemoteHub::expireSilence(const QString &source, const QString &silenceId, SilenceDone done)
{
    QString error;
    Source *s = find(source, RemoteSource::Kind::Alertmanager, &error);
    if (!s) {
        done(false, error);
        return;
    }
    send(*s, "DELETE",
         endpoint(s->config.url, QStringLiteral("/api/v2/silence/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(silenceId)))),
         {}, [this, s, silenceId, done = std::move(done)](const Reply &r) {
             if (r.status != 200) {
                 done(false, r.status == 0 ? r.transportError
                                           : tr("HTTP %1: %2").arg(r.status).arg(QString::fromUtf8(r.body.left(300)).trimmed()));
                 return;
             }
             s->status.lastAttemptAt = 0;
             pollAlertmanagers();
             done(true, silenceId);
         });
}

} // namespace hms
