#include "Engine.h"
#include "ingest/PushParser.h"

#include "alerting/Silence.h"
#include "dash/DashboardStore.h"
#include "demo/HurricaneDemo.h"
#include "api/ApiServer.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "incidents/Lease.h"
#include "incidents/OpsDatabase.h"
#include "incidents/Rca.h"
#include "ingest/HttpIngestListener.h"
#include "ingest/StatsdListener.h"
#include "remote/RemoteHub.h"
#include "notify/Notifier.h"
#include "notify/Outbox.h"
#include "notify/SecretStore.h"
#include "notify/SlackMessage.h"
#include "rules/AlertState.h"
#include "rules/Evaluator.h"
#include "slo/SloRecorder.h"
#include "store/IngestJournal.h"
#include "store/SeriesDb.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QEventLoop>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QTimer>

// QT_LOGGING_RULES="hms.startup.info=true": how the series load went (bench/startup_bench.sh).
Q_LOGGING_CATEGORY(lcEngineStartup, "hms.startup", QtWarningMsg)

namespace hms {

namespace {
TimestampMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

void registerTypes()
{
    qRegisterMetaType<hms::AlertTransition>();
    qRegisterMetaType<QList<hms::AlertTransition>>();
    qRegisterMetaType<hms::AlertSnapshot>();
    qRegisterMetaType<QList<hms::AlertSnapshot>>();
    qRegisterMetaType<std::shared_ptr<const hms::EvalTick>>();
    qRegisterMetaType<std::shared_ptr<const std::vector<hms::Rule>>>();
    qRegisterMetaType<std::shared_ptr<const std::vector<hms::Slo>>>();
    qRegisterMetaType<hms::Incident>();
    qRegisterMetaType<hms::IncidentEvent>();
}
} // namespace

// ---------------------------------------------------------------- Engine

namespace {
SeriesStore::Options storeOptions(const EngineOptions &engine)
{
    SeriesStore::Options options;
    options.retentionMs = engine.retentionMs;
    options.minuteRetentionMs = engine.minuteRetentionMs;
    options.hourRetentionMs = engine.hourRetentionMs;
    return options;
}
} // namespace

Engine::Engine(EngineOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_store(std::make_unique<SeriesStore>(storeOptions(m_options)))
{
    registerTypes();
    m_ingestThread.setObjectName(QStringLiteral("ingest"));
    m_evalThread.setObjectName(QStringLiteral("evaluator"));
    m_opsThread.setObjectName(QStringLiteral("ops"));
    m_persistThread.setObjectName(QStringLiteral("persist"));
}

Engine::~Engine()
{
    stop();
}

IncidentService *Engine::incidents() const
{
    return m_opsCore ? &m_opsCore->incidents() : nullptr;
}

Notifier *Engine::notifier() const
{
    return m_opsCore ? &m_opsCore->notifier() : nullptr;
}

SilenceService *Engine::silences() const
{
    return m_opsCore ? &m_opsCore->silences() : nullptr;
}

Catalog *Engine::catalog() const
{
    return m_opsCore ? &m_opsCore->catalog() : nullptr;
}

Outbox *Engine::outbox() const
{
    return m_opsCore ? &m_opsCore->outbox() : nullptr;
}

void Engine::postToOps(std::function<void(OpsCore &)> work)
{
    QMetaObject::invokeMethod(m_opsAnchor, [this, work = std::move(work)] { work(*m_opsCore); });
}

StatsdCounters Engine::statsdCounters() const
{
    return m_statsd ? m_statsd->recentCounters() : StatsdCounters{};
}

bool Engine::start(QString *error)
{
    if (m_running)
        return true;
    const bool fresh = !QFileInfo::exists(m_options.dataDir);
    if (!QDir().mkpath(m_options.dataDir)) {
        *error = tr("cannot create the data directory %1").arg(m_options.dataDir);
        return false;
    }
    // Incidents, timelines, reviews and the API token live here: only their owner may read them.
    // (A directory the user chose and made is left as it is.)
    if (fresh)
        QFile::setPermissions(m_options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_options.dataDir = QDir(m_options.dataDir).absolutePath();
    if (!m_options.opsDatabase.isEmpty()) {
        const auto where = OpsLocation::parse(m_options.opsDatabase, error);
        if (!where)
            return false;
        m_shared = where->isPostgres();
    }

    // Ops thread: ops.db, catalog, incidents, outbox, API. Created inside the thread so that the
    // database connection belongs to it.
    // Series first: every series of series.db, its tail and its open rollup buckets are in
    // memory before anything can query or append, with the last recentHistoryMs of raw samples;
    // the older chunks follow on m_historyThread once everything runs.
    const QString seriesPath = QDir(m_options.dataDir).filePath(QStringLiteral("series.db"));
    SeriesDb::RetainFrom retain;
    SeriesDb::Boundary boundary;
    m_historyDone = !m_options.persistSeries;
    m_store->setHistoryProgress(m_historyDone ? 100 : 0);
    if (m_options.persistSeries) {
        const QString &path = seriesPath;
        {
            auto db = SeriesDb::open(path, QStringLiteral("series-load"), error);
            SeriesDb::LoadStats stats;
            const TimestampMs now = nowMs();
            retain = {now - m_options.retentionMs, now - m_options.minuteRetentionMs, now - m_options.hourRetentionMs};
            if (!db || !db->loadRecent(*m_store, retain, now - m_options.recentHistoryMs, &boundary, &stats, error))
                return false;
            m_loadStats = {stats.series, stats.chunks, stats.samples, stats.elapsedMs, 0, 0, 0, 0};
            // Acknowledged pushes that series.db does not have yet (a kill -9 in the last second).
            QString why;
            const quint64 covered = db->journalThrough(&why);
            if (!why.isEmpty()) {
                *error = tr("series database %1: %2").arg(path, why);
                return false;
            }
            std::vector<JournalSegment> pending;
            QStringList warnings;
            m_journal = IngestJournal::open(QDir(m_options.dataDir).filePath(QStringLiteral("journal")), covered,
                                            &pending, &warnings, error);
            if (!m_journal)
                return false;
            for (const QString &w : warnings)
                qWarning("%s", qPrintable(w));
            for (const JournalSegment &segment : pending)
                m_loadStats.journalSamples += m_store->replayJournal(segment, now);
            m_store->setJournal(m_journal.get());
            if (boundary.recentFrom <= retain.raw) { // --history-first all: nothing is older
                m_store->finishRestore(retain.raw);
                m_historyDone = true;
                m_store->setHistoryProgress(100);
            }
        }
        m_writer = new SeriesWriter(*m_store, path, 1000, m_journal.get());
        m_writer->moveToThread(&m_persistThread);
        connect(&m_persistThread, &QThread::finished, m_writer, &QObject::deleteLater);
        m_persistThread.start();
        bool opened = false;
        QMetaObject::invokeMethod(m_writer, [&] { opened = m_writer->start(error); }, Qt::BlockingQueuedConnection);
        if (!opened) {
            stop();
            return false;
        }
    }

    // The StatsD listener exists before the API so that /api/v1/status can read its counters; it
    // binds later, in its own thread.
    m_statsd = new StatsdListener(*m_store);
    m_statsd->moveToThread(&m_ingestThread);
    connect(&m_ingestThread, &QThread::finished, m_statsd, &QObject::deleteLater);

    m_opsAnchor = new QObject; // a plain object living on the ops thread, target of invokeMethod
    m_opsAnchor->moveToThread(&m_opsThread);
    connect(&m_opsThread, &QThread::finished, m_opsAnchor, &QObject::deleteLater);
    m_opsThread.start();
    bool ok = false;
    quint16 apiPort = 0;
    QMetaObject::invokeMethod(
        m_opsAnchor,
        [&] {
            m_opsCore = new OpsCore(m_options, *m_store, m_statsd);
            ok = m_opsCore->init(error, &apiPort);
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        stop();
        return false;
    }

    // Remote thread: Prometheus-compatible query sources and Alertmanagers (remote/RemoteHub.h).
    m_remote = new RemoteHub(m_options.sources, m_opsCore->secrets(), *m_store);
    m_remote->moveToThread(&m_remoteThread);
    connect(&m_remoteThread, &QThread::finished, m_remote, &QObject::deleteLater);
    m_remoteThread.setObjectName(QStringLiteral("remote"));
    m_remoteThread.start();
    QMetaObject::invokeMethod(m_remote, &RemoteHub::start);
    QMetaObject::invokeMethod(
        m_opsCore, [core = m_opsCore, hub = m_remote] { core->setRemote(hub); }, Qt::BlockingQueuedConnection);
    // Dashboards' query tiles are kept filled for their ranges, as dashboards come and go.
    QMetaObject::invokeMethod(
        m_opsCore,
        [this, core = m_opsCore, hub = m_remote] {
            auto feed = [core, hub] {
                std::vector<TileQuery> queries;
                for (const StoredDashboard &d : core->dashboards().dashboards())
                    for (const DashboardTile &t : d.dashboard.tiles)
                        if (!t.query.isEmpty())
                            queries.push_back({t.source, t.query, d.dashboard.rangeMs});
                hub->setTileQueries(std::move(queries));
            };
            m_tileFeedSaved = connect(&core->dashboards(), &DashboardStore::saved, core, feed);
            m_tileFeedRemoved = connect(&core->dashboards(), &DashboardStore::removed, core, feed);
            feed();
        },
        Qt::BlockingQueuedConnection);

    // Evaluator thread.
    m_evaluator = new Evaluator(*m_store);
    m_evaluator->setRemoteQuery([hub = m_remote, tick = m_options.tickMs](const std::vector<Rule> &rules, TimestampMs t) {
        return hub->evaluate(rules, t, tick);
    });
    m_evaluator->setTickReport([store = m_store.get()](TimestampMs at, qint64 lagMs, qint64 durationUs) {
        std::vector<PushedSample> self(2);
        self[0].name = QStringLiteral("ops_evaluator_tick_lag_ms");
        self[0].value = double(lagMs);
        self[1].name = QStringLiteral("ops_evaluator_tick_duration_ms");
        self[1].value = double(durationUs) / 1000.0;
        for (PushedSample &s : self) {
            s.timestampMs = at;
            s.kind = PushedSample::Kind::Gauge;
        }
        store->applyPushed(self, at);
    });
    m_evaluator->moveToThread(&m_evalThread);
    connect(&m_evalThread, &QThread::finished, m_evaluator, &QObject::deleteLater);
    connect(&m_opsCore->catalog(), &Catalog::rulesChanged, m_evaluator, &Evaluator::setRules);
    connect(m_evaluator, &Evaluator::alertsChanged, m_opsCore, &OpsCore::applyTransitions);
    connect(m_evaluator, &Evaluator::alertStatesChanged, m_opsCore, &OpsCore::saveAlertStates);
    // The SLO recorder shares the evaluator's thread: it writes the series the SLO rules read.
    m_sloRecorder = new SloRecorder(*m_store);
    m_sloRecorder->moveToThread(&m_evalThread);
    connect(&m_evalThread, &QThread::finished, m_sloRecorder, &QObject::deleteLater);
    connect(&m_opsCore->catalog(), &Catalog::slosChanged, m_sloRecorder,
            [recorder = m_sloRecorder](std::shared_ptr<const std::vector<Slo>> slos) {
                recorder->setSlos(std::move(slos));
                if (recorder->isStarted()) // before, start() records what is missing
                    recorder->recordUntil(nowMs());
            });
    m_evalThread.start();
    std::shared_ptr<const std::vector<Rule>> rules;
    std::shared_ptr<const std::vector<Slo>> slos;
    std::vector<AlertSnapshot> alerts;
    QMetaObject::invokeMethod(
        m_opsCore,
        [&] {
            rules = std::make_shared<const std::vector<Rule>>(m_opsCore->catalog().rules());
            slos = std::make_shared<const std::vector<Slo>>(m_opsCore->catalog().slos());
            alerts = m_opsCore->loadAlerts();
        },
        Qt::BlockingQueuedConnection);
    // Rules and SLOs are in place now; they start evaluating once the raw history is loaded
    // (startEvaluation), so that no window is computed over half of it.
    QMetaObject::invokeMethod(m_sloRecorder, [recorder = m_sloRecorder, slos] { recorder->setSlos(slos); });
    QMetaObject::invokeMethod(m_evaluator, [ev = m_evaluator, rules, alerts = std::move(alerts)] {
        ev->setRules(rules);
        ev->restoreAlerts(alerts);
    });
    // SQLite: this instance is the only one, and evaluates. PostgreSQL: once it holds the lease.
    m_leader = !m_shared;
    connect(m_opsCore, &OpsCore::leadershipChanged, this, &Engine::onLeadership, Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_opsCore, &OpsCore::startLease);

    // Ingest thread: StatsD over UDP, line protocol over HTTP, self-metrics every second, the
    // store's retention trim.
    const auto token = readApiToken(QDir(m_options.dataDir).filePath(Endpoints::tokenFileName()), error);
    if (!token) {
        stop();
        return false;
    }
    m_ingestThread.start();
    bool bound = false;
    QMetaObject::invokeMethod(
        m_statsd,
        [&] {
            bound = m_statsd->listen(m_options.statsdAddress, m_options.statsdPort, error);
            m_influx = new HttpIngestListener(*m_store, *token, m_statsd);
            bound = bound && m_influx->listen(m_options.influxAddress, m_options.influxPort, error);
            auto *trim = new QTimer(m_statsd);
            connect(trim, &QTimer::timeout, m_statsd, [store = m_store.get()] { store->trim(nowMs()); });
            trim->start(60000);
            if (!m_options.scrapeTargets.empty()) {
                m_scraper = new Scraper(*m_store, m_options.scrapeTargets, m_statsd);
                m_scraper->start();
            }
            auto *self = new QTimer(m_statsd);
            connect(self, &QTimer::timeout, m_statsd, &StatsdListener::recordSelfMetrics);
            connect(self, &QTimer::timeout, m_influx, &HttpIngestListener::recordSelfMetrics);
            self->start(1000);
        },
        Qt::BlockingQueuedConnection);
    if (!bound) {
        stop();
        return false;
    }

    m_endpoints.api = QUrl(QStringLiteral("http://%1:%2").arg(m_options.apiAddress.toString()).arg(apiPort));
    m_endpoints.statsdHost = m_options.statsdAddress.toString();
    m_endpoints.statsdPort = m_statsd->port();
    m_endpoints.influx = QUrl(QStringLiteral("http://%1:%2").arg(m_options.influxAddress.toString()).arg(m_influx->port()));
    m_endpoints.pid = QCoreApplication::applicationPid();
    if (!m_endpoints.write(m_options.dataDir, error)) {
        stop();
        return false;
    }
    if (m_options.demo) {
        QMetaObject::invokeMethod(m_opsCore, [core = m_opsCore] { core->installDemo(); }, Qt::BlockingQueuedConnection);
        const QHostAddress statsdTarget = m_options.statsdAddress == QHostAddress::AnyIPv4 || m_options.statsdAddress == QHostAddress::Any
            ? QHostAddress(QHostAddress::LocalHost)
            : m_options.statsdAddress;
        m_demo = new HurricaneDemo(m_endpoints.api, *token, statsdTarget, m_endpoints.statsdPort);
        m_demo->moveToThread(&m_demoThread);
        connect(&m_demoThread, &QThread::finished, m_demo, &QObject::deleteLater);
        m_demoThread.setObjectName(QStringLiteral("demo"));
        m_demoThread.start();
        QMetaObject::invokeMethod(m_demo, [demo = m_demo] { demo->start(); });
    }
    m_running = true;
    if (m_historyDone) {
        startEvaluation();
    } else {
        m_stopHistory = false;
        m_historyThread = QThread::create([this, path = seriesPath, retain, boundary] {
            QString why;
            SeriesDb::LoadStats stats;
            int reported = -1;
            auto db = SeriesDb::open(path, QStringLiteral("series-history"), &why);
            const bool ok = db && db->loadOlder(*m_store, retain, boundary, &stats, &why, [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? int(done * 100 / total) : 100;
                if (percent != reported) {
                    reported = percent;
                    m_store->setHistoryProgress(std::min(percent, 99));
                    Q_EMIT historyProgress(percent);
                }
                return !m_stopHistory.load();
            });
            db.reset();
            if (!ok) // the file opened a moment ago: only an I/O error gets here
                qWarning("series.db: the older history could not be read: %s", qPrintable(why));
            SeriesLoad older;
            older.olderChunks = stats.chunks;
            older.olderSamples = stats.samples;
            older.olderElapsedMs = stats.elapsedMs;
            QThread *self = QThread::currentThread();
            QMetaObject::invokeMethod(this, [this, self, older] { finishHistory(self, older); });
        });
        m_historyThread->setObjectName(QStringLiteral("history"));
        m_historyThread->start();
    }
    Q_EMIT started();
    return true;
}

void Engine::finishHistory(QThread *thread, const SeriesLoad &older)
{
    if (thread != m_historyThread || !m_running)
        return; // stop() came first
    m_historyThread->wait();
    delete m_historyThread;
    m_historyThread = nullptr;
    m_loadStats.olderChunks = older.olderChunks;
    m_loadStats.olderSamples = older.olderSamples;
    m_loadStats.olderElapsedMs = older.olderElapsedMs;
    m_historyDone = true;
    m_store->setHistoryProgress(100);
    qCInfo(lcEngineStartup, "history loaded at %lld: %lld older samples in %lld ms (first %lld samples in %lld ms)",
           QDateTime::currentMSecsSinceEpoch(), older.olderSamples, older.olderElapsedMs, m_loadStats.samples,
           m_loadStats.elapsedMs);
    startEvaluation();
    Q_EMIT historyComplete();
}

void Engine::startEvaluation()
{
    const qint64 tick = m_options.tickMs;
    QMetaObject::invokeMethod(m_sloRecorder, [recorder = m_sloRecorder] {
        recorder->recordUntil(nowMs()); // the minutes missed while stopped, from the raw samples kept
        recorder->start();
    });
    if (!m_leader)
        return; // PostgreSQL: onLeadership starts it when the lease is ours
    if (!m_shared)
        QMetaObject::invokeMethod(m_evaluator, [ev = m_evaluator, tick] { ev->start(tick); });
    else
        beginEvaluating(); // the lease came before the history: read the shared alert state now
}

void Engine::onLeadership(bool leader)
{
    if (leader == m_leader || !m_running)
        return;
    m_leader = leader;
    if (m_historyDone) {
        if (leader) {
            beginEvaluating();
        } else {
            QMetaObject::invokeMethod(m_evaluator, [ev = m_evaluator] {
                ev->stop();
                ev->clearAlerts();
            });
        }
    }
    Q_EMIT leadershipChanged(leader);
}

void Engine::beginEvaluating()
{
    // Taking over: the rules and alert states are read afresh from the shared store, so this
    // instance continues exactly where the last lease holder stopped (its pending alerts keep
    // their activeAt, its firing ones stay firing without a second notification).
    std::shared_ptr<const std::vector<Rule>> rules;
    std::vector<AlertSnapshot> alerts;
    QMetaObject::invokeMethod(
        m_opsCore,
        [&] {
            rules = std::make_shared<const std::vector<Rule>>(m_opsCore->catalog().rules());
            alerts = m_opsCore->loadAlerts();
        },
        Qt::BlockingQueuedConnection);
    const qint64 tick = m_options.tickMs;
    QMetaObject::invokeMethod(m_evaluator, [ev = m_evaluator, rules, alerts = std::move(alerts), tick] {
        ev->stop();
        ev->clearAlerts();
        ev->setRules(rules);
        ev->restoreAlerts(alerts);
        ev->start(tick);
    });
}

void Engine::stop()
{
    // The history loader, the demo's sender, then ingest (no new samples), then the evaluator
    // (no new transitions), then ops (no new pushes), then the last series batch.
    if (m_historyThread) {
        m_stopHistory = true;
        m_historyThread->wait();
        delete m_historyThread;
        m_historyThread = nullptr;
    }
    if (m_demoThread.isRunning()) {
        m_demoThread.quit();
        m_demoThread.wait();
        m_demo = nullptr; // deleted by the thread's finished signal
    }
    if (m_ingestThread.isRunning()) {
        m_ingestThread.quit();
        m_ingestThread.wait();
    } else {
        delete m_statsd; // never started: no thread to delete it
    }
    m_statsd = nullptr;
    m_scraper = nullptr;
    if (m_evalThread.isRunning()) {
        QMetaObject::invokeMethod(m_evaluator, &Evaluator::stop, Qt::BlockingQueuedConnection);
        m_evalThread.quit();
        m_evalThread.wait();
        m_evaluator = nullptr;
        m_sloRecorder = nullptr; // deleted by the thread's finished signal
    }
    if (m_remoteThread.isRunning()) { // after the evaluator, its only blocking caller
        if (m_opsCore)
            QMetaObject::invokeMethod(
                m_opsCore,
                [this, core = m_opsCore] {
                    core->setRemote(nullptr);
                    QObject::disconnect(m_tileFeedSaved);
                    QObject::disconnect(m_tileFeedRemoved);
                },
                Qt::BlockingQueuedConnection);
        m_remoteThread.quit();
        m_remoteThread.wait();
        m_remote = nullptr;
    }
    if (m_opsThread.isRunning()) {
        if (m_opsCore)
            QMetaObject::invokeMethod(
                m_opsCore, [core = m_opsCore] { delete core; }, Qt::BlockingQueuedConnection);
        m_opsCore = nullptr;
        m_opsThread.quit();
        m_opsThread.wait();
        m_opsAnchor = nullptr; // deleted by the thread's finished signal
    }
    if (m_persistThread.isRunning()) {
        // Every writer of the store has stopped (ingest, and the API on the ops thread): this last
        // batch holds everything accepted.
        QMetaObject::invokeMethod(m_writer, &SeriesWriter::flush, Qt::BlockingQueuedConnection);
        m_persistThread.quit();
        m_persistThread.wait();
        m_writer = nullptr;
    }
    m_store->setJournal(nullptr);
    m_journal.reset();
    if (m_running)
        QFile::remove(QDir(m_options.dataDir).filePath(Endpoints::fileName()));
    m_running = false;
}

} // namespace hms
