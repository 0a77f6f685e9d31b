// Every remote source, on a thread of its own (the "remote" thread): Prometheus-compatible query
// APIs for `query:` rules and tiles, and Alertmanagers whose alerts are shown beside our own.
//
// - Requests carry the source's auth (bearer token or basic auth, read from the keychain once at
//   start), its TLS settings and its timeout.
// - A source that fails (transport error, timeout, HTTP 5xx) backs off: 0.5 s after the first
//   failure, doubling to 30 s; while it backs off, requests fail at once with the last error, so
//   a dead source costs nothing and says why. A query error (HTTP 400/422) is the query's fault,
//   not the source's.
// - `query:` rules: evaluate() is called by the evaluator thread at each tick and blocks it until
//   every query has answered (or timed out); each answer is also stored as series named by the
//   query, so charts, bundles and replay see what the rule saw.
// - `query:` tiles: each distinct (source, query) is kept filled for its dashboard's range by range
//   queries on an aligned step grid, fetched incrementally after the first.
#pragma once

#include "remote/AlertmanagerApi.h"
#include "remote/PromApi.h"
#include "remote/Sources.h"
#include "rules/Evaluator.h"

#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace hms {

class SecretStore;
class SeriesStore;

struct SourceStatus {
    QString name;
    QString kind; // prometheus | alertmanager
    QString url;
    enum class State { Unknown, Ok, Failing };
    State state = State::Unknown;
    QString lastError;
    TimestampMs lastSuccessAt = 0;
    TimestampMs lastAttemptAt = 0;
    qint64 latencyMs = -1;      // of the last answered request
    int failures = 0;           // in a row
    TimestampMs retryAt = 0;    // backing off until then
    qint64 requests = 0;
    int alerts = -1;            // alertmanager: alerts held at the last poll
};
QString sourceStateName(SourceStatus::State state); // unknown, ok, failing
QJsonObject sourceStatusJson(const SourceStatus &status);

struct TileQuery {
    QString source; // empty: the first Prometheus source
    QString query;
    qint64 rangeMs = 3'600'000;
};

class RemoteHub : public QObject {
    Q_OBJECT
public:
    RemoteHub(std::vector<RemoteSource> sources, SecretStore &secrets, SeriesStore &store, QObject *parent = nullptr);
    ~RemoteHub() override;

    // In the hub's thread: reads the secrets, then starts polling Alertmanagers and feeding tiles.
    void start();

    // --- any thread ---
    // The evaluator's RemoteQueryFn: blocks the calling thread (never the hub's).
    // A query unanswered after 2 ticks (at least 2 s; tickMs 0: its source's timeout) fails.
    std::vector<RemoteVector> evaluate(const std::vector<Rule> &rules, TimestampMs t, qint64 tickMs = 0);
    std::vector<SourceStatus> statuses() const;
    std::vector<ExternalAlert> externalAlerts() const;
    const std::vector<RemoteSource> &sources() const { return m_sources; }
    bool hasPrometheus() const;
    // Tiles to keep filled (replaces the set); queued to the hub's thread.
    void setTileQueries(std::vector<TileQuery> queries);

    // --- the hub's thread (or through invokeMethod); `done` runs in the hub's thread ---
    using PromDone = std::function<void(const PromResult &)>;
    void instant(const QString &source, const QString &query, TimestampMs at, PromDone done);
    void range(const QString &source, const QString &query, const PromRange &range, PromDone done);
    using SilenceDone = std::function<void(bool ok, const QString &idOrError)>;
    void createSilence(const QString &source, const Labels &matchers, TimestampMs startsAt, TimestampMs endsAt,
                       const QString &createdBy, const QString &comment, SilenceDone done);
    void expireSilence(const QString &source, const QString &silenceId, SilenceDone done);
    void pollAlertmanagers();
    void refreshTiles();
    // An answer larger than this is cut off and reported (a source must not be able to make this
    // process hold an unbounded reply); the query's fault, not the source's (no backoff).
    static constexpr qint64 kMaxAnswerBytes = 64LL * 1024 * 1024;
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = bytes; }

Q_SIGNALS:
    void statusChanged();
    void externalAlertsChanged();

private:
    struct Source;
    struct Reply {
        int status = 0;        // HTTP status; 0: none (transport error)
        QByteArray body;
        QString transportError;
        bool tooLarge = false; // cut off at m_maxAnswerBytes
    };
    Source *find(const QString &name, RemoteSource::Kind kind, QString *error);
    void promRequest(const QString &source, const std::function<QUrl(const QUrl &)> &url, PromDone done);
    // Sends with auth/TLS/timeout; failures that are the source's count towards its backoff.
    void send(Source &s, const QByteArray &verb, const QUrl &url, const QByteArray &body,
              std::function<void(const Reply &)> done);
    void noteResult(Source &s, bool sourceOk, const QString &error, quint64 sentGeneration);
    void storeResult(const QString &seriesName, const PromResult &result, TimestampMs now);
    void publishStatus();

    std::vector<RemoteSource> m_sources;
    SecretStore &m_secrets;
    SeriesStore &m_store;
    std::vector<std::unique_ptr<Source>> m_live; // hub thread only
    QNetworkAccessManager *m_network = nullptr;  // created in start(), in the hub's thread
    qint64 m_maxAnswerBytes = kMaxAnswerBytes;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_tileTimer = nullptr;
    struct TileFeed {
        TileQuery query;
        TimestampMs filledUntil = 0; // the last grid point stored
        bool inFlight = false;
    };
    std::map<QString, TileFeed> m_tiles; // by source + "\x1f" + query

    mutable QMutex m_mutex; // guards the two snapshots below
    std::vector<SourceStatus> m_status;
    std::vector<ExternalAlert> m_alerts;
};

} // namespace hms
