// The engine composed: ingest thread (StatsD), evaluator thread, ops thread (ops.db, catalog,
// incidents, outbox, local API). Used by `hms-ops` with and without a window, and by tests.
#pragma once

#include "core/Endpoints.h"
#include "core/Types.h"
#include "ingest/Scraper.h"
#include "rules/Evaluator.h"

#include <QHostAddress>
#include <QMetaObject>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <atomic>

#include <functional>
#include <memory>

namespace hms {

class Catalog;
class Evaluator;
class IncidentService;
class Outbox;
class SecretStore;
class SilenceService;
class ApiServer;
class SeriesStore;
class OpsCore;
class Notifier;
class DashboardStore;
class RcaService;
class HurricaneDemo;
class SloRecorder;
class StatsdListener;
struct StatsdCounters;
class HttpIngestListener;
class SeriesWriter;
class IngestJournal;
class EvaluatorLease;
class RemoteHub;

struct EngineOptions {
    QString dataDir;                                  // created if missing
    // Where incidents, events, silences, playbooks, rotations, RCAs and dashboards live: empty for
    // DATA_DIR/ops.db (SQLite), or postgresql://USER@HOST[:PORT]/DB shared by many workstations
    // (password: the secret "ops-db"). With PostgreSQL, one instance at a time holds the
    // evaluator lease (incidents/Lease.h) and evaluates; the others stand by.
    QString opsDatabase;
    QString instanceName; // who holds the lease, for status: default host:pid
    QHostAddress apiAddress = QHostAddress::LocalHost;
    quint16 apiPort = 0;                              // 0: pick a free port
    QHostAddress statsdAddress = QHostAddress::LocalHost;
    quint16 statsdPort = 0;
    QHostAddress influxAddress = QHostAddress::LocalHost; // InfluxDB line protocol over HTTP
    quint16 influxPort = 0;
    bool loadExamples = true;                         // fresh data dir: fema_oncall + pb_aid_latency
    qint64 tickMs = 1000;
    qint64 retentionMs = 24LL * 3600 * 1000;         // raw samples kept in memory and in series.db
    qint64 minuteRetentionMs = 2LL * 24 * 3600 * 1000; // 1 m rollups
    qint64 hourRetentionMs = 35LL * 24 * 3600 * 1000;  // 1 h rollups
    bool persistSeries = true;                        // DATA_DIR/series.db
    // Raw samples this recent are loaded before start() returns; older ones on a thread after
    // it, while ingest runs and the first wall paints (rule evaluation waits for them).
    qint64 recentHistoryMs = 5LL * 60 * 1000;
    std::vector<ScrapeTarget> scrapeTargets;          // Prometheus exposition targets
    std::vector<RemoteSource> sources;                // remote/Sources.h
    QString keychainService = QStringLiteral("hms-ops");
    QString secretsFile; // opt-in for headless servers without a keychain (notify/SecretStore.h)
    bool demo = false;   // drive the hurricane-morning scenario (demo/HurricaneDemo.h)
    QString pagerDutyUrl; // Events API v2 endpoint; empty: https://events.pagerduty.com/v2/enqueue
};

class Engine : public QObject {
    Q_OBJECT
public:
    explicit Engine(EngineOptions options, QObject *parent = nullptr);
    ~Engine() override; // stops the threads in order: ingest, evaluator, ops

    // Starts every thread and listener, writes endpoints.json and the token file.
    bool start(QString *error);
    void stop();

    const EngineOptions &options() const { return m_options; }
    const Endpoints &endpoints() const { return m_endpoints; }
    // The StatsD listener's counters (datagrams, lines, rejects; kernel drops as of the last
    // second), cheap, from any thread. All zero before start and without a listener.
    StatsdCounters statsdCounters() const;
    struct SeriesLoad {
        qint64 series = 0;
        qint64 chunks = 0;
        qint64 samples = 0;
        qint64 elapsedMs = 0;      // before start() returned
        qint64 olderChunks = 0;    // the raw history loaded after it
        qint64 olderSamples = 0;
        qint64 olderElapsedMs = 0;
        qint64 journalSamples = 0; // acknowledged pushes replayed from the ingest journal
    };
    SeriesLoad seriesLoaded() const { return m_loadStats; }
    // True once the older raw history is in memory (at once when there is none to load).
    bool historyLoaded() const { return m_historyDone; }

    // Thread-safe to read from any thread.
    SeriesStore &store() { return *m_store; }
    // Whether this instance evaluates rules, escalates and notifies: always with SQLite; with
    // PostgreSQL while it holds the evaluator lease.
    bool isLeader() const { return m_leader; }
    // True with a PostgreSQL store shared with other instances (--ops-db postgresql://…).
    bool isShared() const { return m_shared; }
    Scraper *scraper() const { return m_scraper; }
    // Objects living on other threads: connect to their signals (queued), never call their
    // methods directly from the GUI thread; use runOnOps().
    Evaluator *evaluator() const { return m_evaluator; }
    IncidentService *incidents() const;
    SilenceService *silences() const;
    Catalog *catalog() const;
    Outbox *outbox() const;
    Notifier *notifier() const;
    // Remote sources (lives on its own thread; its snapshot getters are thread-safe).
    RemoteHub *remote() const { return m_remote; }

    // Runs `work` on the ops thread (where ops.db lives) and then `done(result)` in `context`'s
    // thread. `context` must outlive the engine's ops thread or be destroyed on its own thread
    // (done is dropped if it is gone by then).
    template<typename Work, typename Done>
    void runOnOps(QObject *context, Work work, Done done)
    {
        QPointer<QObject> guard(context);
        // A context on the GUI thread (every window) may be destroyed at any time there, e.g. when
        // the language changes: the answer goes to the application object, which outlives the
        // engine, and the guard is tested on the GUI thread, never across threads.
        QObject *app = QCoreApplication::instance();
        QObject *relay = app && context->thread() == app->thread() ? app : nullptr;
        QMetaObject::invokeMethod(m_opsAnchor, [this, guard, relay, work = std::move(work), done = std::move(done)]() mutable {
            auto result = work(*m_opsCore);
            if (relay) {
                QMetaObject::invokeMethod(relay, [guard, result = std::move(result), done = std::move(done)]() mutable {
                    if (guard)
                        done(result);
                });
                return;
            }
            if (!guard)
                return;
            QMetaObject::invokeMethod(guard.data(), [result = std::move(result), done = std::move(done)]() mutable {
                done(result);
            });
        });
    }
    // The same without a result.
    void postToOps(std::function<void(OpsCore &)> work);

Q_SIGNALS:
    void started();
    // From the history thread (connect queued): percent of the older segments read.
    void historyProgress(int percent);
    // In the engine's thread: all raw history is in; rule evaluation has started.
    void historyComplete();
    // In the engine's thread: this instance took the evaluator lease, or lost it.
    void leadershipChanged(bool leader);

private:
    void onLeadership(bool leader);
    void beginEvaluating();
    void startEvaluation();
    void finishHistory(QThread *thread, const SeriesLoad &older);
    EngineOptions m_options;
    Endpoints m_endpoints;
    std::unique_ptr<IngestJournal> m_journal; // outlives every writer of m_store (stop())
    std::unique_ptr<SeriesStore> m_store;
    QThread m_ingestThread;
    QThread m_evalThread;
    QThread m_opsThread;
    QThread m_persistThread;
    QThread m_demoThread;
    QThread m_remoteThread;
    RemoteHub *m_remote = nullptr;      // lives on m_remoteThread
    HurricaneDemo *m_demo = nullptr;
    SeriesWriter *m_writer = nullptr;   // lives on m_persistThread
    StatsdListener *m_statsd = nullptr; // lives on m_ingestThread, deleted by it
    Scraper *m_scraper = nullptr;       // child of m_statsd (ingest thread)
    HttpIngestListener *m_influx = nullptr; // child of m_statsd (ingest thread)
    Evaluator *m_evaluator = nullptr;   // lives on m_evalThread
    SloRecorder *m_sloRecorder = nullptr; // lives on m_evalThread
    OpsCore *m_opsCore = nullptr;       // lives on m_opsThread
    QObject *m_opsAnchor = nullptr;     // a plain QObject on the ops thread for invokeMethod
    bool m_running = false;
    SeriesLoad m_loadStats;
    QThread *m_historyThread = nullptr;
    std::atomic<bool> m_stopHistory{false};
    bool m_historyDone = false;
    bool m_leader = true;
    bool m_shared = false;
    QMetaObject::Connection m_tileFeedSaved;   // DashboardStore → RemoteHub, cut before the hub goes
    QMetaObject::Connection m_tileFeedRemoved;
};

// Everything that lives on the ops thread, created there (ops.db's connection belongs to it).
class OpsCore : public QObject {
    Q_OBJECT
public:
    OpsCore(const EngineOptions &options, SeriesStore &store, const StatsdListener *statsd,
            QObject *parent = nullptr);
    ~OpsCore() override;
    bool init(QString *error, quint16 *apiPort);

    Catalog &catalog() { return *m_catalog; }
    IncidentService &incidents() { return *m_incidents; }
    Outbox &outbox() { return *m_outbox; }
    SecretStore &secrets() { return *m_secrets; }
    SilenceService &silences() { return *m_silences; }
    Notifier &notifier() { return *m_notifier; }
    DashboardStore &dashboards() { return *m_dashboards; }
    RcaService &rcas() { return *m_rcas; }
    SeriesStore &store() { return m_store; }
    // Alert state stored before a restart (ops.db alert_state).
    std::vector<AlertSnapshot> loadAlerts();
    // Stores what the evaluator reported (queued from the evaluator thread). Both are dropped when
    // this instance no longer holds the evaluator lease: a tick computed just before it was lost
    // must not overwrite what the new holder stores.
    void saveAlertStates(const QList<hms::AlertSnapshot> &changed, const QStringList &removed);
    void applyTransitions(const QList<hms::AlertTransition> &transitions);
    // PostgreSQL: starts competing for the evaluator lease (after leadershipChanged is connected).
    // SQLite: this instance is the leader, and says so at once.
    void startLease();
    bool isLeader() const { return m_leader; }
    bool isShared() const { return m_lease != nullptr; }
    // The remote sources, for GET /api/v1/sources (null before the hub exists and after it stops).
    void setRemote(RemoteHub *hub) { m_remote = hub; }

Q_SIGNALS:
    void leadershipChanged(bool leader);

private:
    void setLeader(bool leader);
    void checkConnection(); // PostgreSQL: reopens a lost connection, and lets the lease go meanwhile
    void applyPeerChange(const QString &payload);
    void announce(const QString &topic, const QString &detail = {});
    void loadExamplesIfFresh(bool fresh);
    void loadExampleDashboardIfFresh(bool fresh);
public:
    // --demo: its rules and the five dashboards it feeds (nothing existing is replaced but the
    // demo's own rules).
    void installDemo();

private:

    EngineOptions m_options;
    SeriesStore &m_store;
    const StatsdListener *m_statsd;
    QString m_connectionName;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<SilenceService> m_silences;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<DashboardStore> m_dashboards;
    std::unique_ptr<RcaService> m_rcas;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<EvaluatorLease> m_lease;
    QTimer *m_escalations = nullptr;
    QTimer *m_health = nullptr;
    bool m_healthy = true;
    RemoteHub *m_remote = nullptr; // lives on the remote thread; statuses() is thread-safe
    bool m_leader = false;
    QString m_applyingTopic; // re-emitting another workstation's change of this topic: not announced again
};

} // namespace hms
