// OpsCore: everything that lives on the ops thread (see Engine.h).
#include "Engine.h"

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
#include "store/SeriesDb.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QTimer>

namespace hms {

namespace {
TimestampMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray readResource(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

// ---------------------------------------------------------------- OpsCore (ops thread)

OpsCore::OpsCore(const EngineOptions &options, SeriesStore &store, const StatsdListener *statsd, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_store(store)
    , m_statsd(statsd)
    , m_connectionName(QStringLiteral("ops-%1").arg(quintptr(this), 0, 16))
{
}

OpsCore::~OpsCore()
{
    m_lease.reset(); // first: a standby takes over while the rest shuts down
    m_api.reset();
    m_notifier.reset();
    m_silences.reset();
    m_outbox.reset();
    m_rcas.reset();
    m_incidents.reset();
    m_catalog.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase::database(m_connectionName, false).close();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

bool OpsCore::init(QString *error, quint16 *apiPort)
{
    OpsLocation where;
    where.path = QDir(m_options.dataDir).filePath(QStringLiteral("ops.db"));
    if (!m_options.opsDatabase.isEmpty()) {
        const auto parsed = OpsLocation::parse(m_options.opsDatabase, error);
        if (!parsed) {
            *error = tr("ops database: %1").arg(*error);
            return false;
        }
        where = *parsed;
    }
    if (m_options.secretsFile.isEmpty()) {
        m_secrets = std::make_unique<SecretStore>(m_options.keychainService);
    } else {
        m_secrets = SecretStore::inFile(m_options.secretsFile);
        qWarning().noquote() << tr("secrets are kept in the file %1 (--secrets-file), not in an OS keychain: "
                                   "anyone who can read it as this user, or a backup of it, has every routing key and "
                                   "webhook URL")
                                    .arg(m_options.secretsFile);
    }
    if (where.isPostgres()) {
        // The password is a secret like any other: read from the keychain, never from the URL
        // or a file of ours. None stored: the server may trust this user (peer, cert, trust).
        QEventLoop wait;
        m_secrets->read(QStringLiteral("ops-db"), &wait, [&](bool ok, const QString &value, const QString &) {
            if (ok)
                where.password = value;
            wait.quit();
        });
        QTimer::singleShot(10000, &wait, &QEventLoop::quit);
        wait.exec();
    }
    QSqlDatabase db = OpsDatabase::open(where, m_connectionName, error);
    if (!db.isValid())
        return false;
    m_catalog = std::make_unique<Catalog>(db);
    m_incidents = std::make_unique<IncidentService>(db, *m_catalog);
    m_incidents->setStore(&m_store);
    m_rcas = std::make_unique<RcaService>(db, *m_incidents);
    m_outbox = std::make_unique<Outbox>(db, *m_secrets);
    m_outbox->setPagerDutyUrl(m_options.pagerDutyUrl);
    m_silences = std::make_unique<SilenceService>(db, *m_incidents);
    m_dashboards = std::make_unique<DashboardStore>(db);

    loadExamplesIfFresh(m_options.loadExamples);
    loadExampleDashboardIfFresh(m_options.loadExamples);

    // Incident → notification (grouping, silences, inhibition): notify/Notifier.h.
    m_notifier = std::make_unique<Notifier>(*m_catalog, *m_incidents, *m_outbox, *m_silences);
    m_escalations = new QTimer(this);
    m_escalations->setInterval(5000);
    connect(m_escalations, &QTimer::timeout, this, [this] { m_incidents->checkEscalations(nowMs()); });
    connect(m_outbox.get(), &Outbox::delivered, this,
            [this](qint64 messageId, qint64 incidentId, const QString &channel, int attempts) {
                std::vector<qint64> ids{incidentId};
                if (const auto m = m_outbox->message(messageId))
                    ids.insert(ids.end(), m->groupIncidents.begin(), m->groupIncidents.end());
                const bool slack = channel == u"slack";
                // One commit for a group's timeline entries; each rotation read once.
                WriteBatch batch(m_incidents->database());
                std::map<QString, std::optional<Rotation>> rotations;
                for (const qint64 id : ids) {
                    QString target;
                    if (slack) {
                        const auto incident = m_incidents->incident(id);
                        if (incident && !incident->rotation.isEmpty()) {
                            auto it = rotations.find(incident->rotation);
                            if (it == rotations.end())
                                it = rotations.emplace(incident->rotation, m_catalog->rotation(incident->rotation)).first;
                            if (it->second)
                                for (const RotationMember &m : it->second->members)
                                    if (m.name == incident->assignee)
                                        target = m.slack;
                        }
                    }
                    const QString message = !slack       ? tr("delivered to %1 (attempt %2)").arg(channel).arg(attempts)
                        : target.isEmpty() ? tr("Slack message delivered (attempt %1)").arg(attempts)
                                           : tr("Slack message delivered for %1 (attempt %2)").arg(target).arg(attempts);
                    m_incidents->recordEvent(id, QStringLiteral("notified"), message,
                                             {{QStringLiteral("channel"), channel}, {QStringLiteral("attempts"), attempts},
                                              {QStringLiteral("to"), target}, {QStringLiteral("message"), messageId}},
                                             nowMs());
                }
            });
    connect(m_outbox.get(), &Outbox::attemptFailed, this,
            [this](qint64, qint64 incidentId, const QString &channel, const QString &problem, int attempts,
                   bool willRetry) {
                // The first failure and the final one go on the timeline; retries in between do not.
                if (attempts > 1 && willRetry)
                    return;
                m_incidents->recordEvent(incidentId, QStringLiteral("notification_failed"),
                                         willRetry ? tr("%1 delivery failed, retrying: %2").arg(channel, problem)
                                                   : tr("%1 delivery failed for good: %2").arg(channel, problem),
                                         {{QStringLiteral("channel"), channel},
                                          {QStringLiteral("attempts"), attempts},
                                          {QStringLiteral("retrying"), willRetry}},
                                         nowMs());
            });

    QString token = createApiToken(m_options.dataDir, error);
    if (token.isEmpty())
        return false;
    m_api = std::make_unique<ApiServer>(
        ApiContext{&m_store, m_catalog.get(), m_incidents.get(), m_outbox.get(), m_secrets.get(), m_statsd,
                   m_options.tickMs, m_connectionName, m_silences.get(), m_dashboards.get(), m_rcas.get(),
                   [this, where = where.display(), shared = where.isPostgres()] {
                       return QJsonObject{{QStringLiteral("ops_database"), where},
                                          {QStringLiteral("shared"), shared},
                                          {QStringLiteral("leader"), m_leader},
                                          {QStringLiteral("lease_holder"),
                                           shared ? m_catalog->setting(QStringLiteral("evaluator.leader")) : QString()}};
                   },
                   [this] {
                       QJsonArray out;
                       if (m_remote)
                           for (const SourceStatus &s : m_remote->statuses())
                               out.append(sourceStatusJson(s));
                       return out;
                   }},
        token);
    *apiPort = m_api->listen(m_options.apiAddress, m_options.apiPort, error);
    if (*apiPort == 0)
        return false;

    if (!where.isPostgres()) {
        m_leader = true; // the only instance on this file
        m_outbox->start();
        m_notifier->recover(); // what a crash left unqueued
        m_escalations->start();
    } else {
        // Until the lease is ours, nothing here evaluates, escalates or sends.
        m_outbox->setActive(false);
        m_notifier->setActive(false);
        m_silences->setActive(false);
        // Every workstation hears every other's changes within the second (LISTEN/NOTIFY).
        QSqlDriver *driver = db.driver();
        if (!driver->subscribeToNotification(QString::fromLatin1(OpsDatabase::kNotifyChannel)))
            qWarning("ops database: LISTEN failed: %s", qPrintable(driver->lastError().text()));
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                    if (source == QSqlDriver::OtherSource)
                        applyPeerChange(payload.toString());
                });
        // What this workstation changes, the others hear of.
        connect(m_catalog.get(), &Catalog::rulesChanged, this, [this] { announce(QStringLiteral("rules")); });
        connect(m_catalog.get(), &Catalog::slosChanged, this, [this] { announce(QStringLiteral("slos")); });
        connect(m_catalog.get(), &Catalog::routingChanged, this, [this] { announce(QStringLiteral("routing")); });
        connect(m_catalog.get(), &Catalog::playbookSaved, this, [this](const QString &id, int version) {
            announce(QStringLiteral("playbook"), QStringLiteral("%1 %2").arg(id).arg(version));
        });
        connect(m_silences.get(), &SilenceService::silencesChanged, this, [this] { announce(QStringLiteral("silences")); });
        connect(m_dashboards.get(), &DashboardStore::saved, this, [this](const QString &name, int version) {
            announce(QStringLiteral("dashboard"), QStringLiteral("%1 %2").arg(name).arg(version));
        });
        connect(m_dashboards.get(), &DashboardStore::removed, this,
                [this](const QString &name) { announce(QStringLiteral("dashboard-removed"), name); });
        connect(m_rcas.get(), &RcaService::saved, this, [this](qint64 id, int version) {
            announce(QStringLiteral("rca"), QStringLiteral("%1 %2").arg(id).arg(version));
        });
        const QString holder = m_options.instanceName.isEmpty()
            ? QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(QCoreApplication::applicationPid())
            : m_options.instanceName;
        m_lease = std::make_unique<EvaluatorLease>(where, holder);
        connect(m_lease.get(), &EvaluatorLease::acquired, this, [this] { setLeader(true); });
        connect(m_lease.get(), &EvaluatorLease::lost, this, [this](const QString &why) {
            qWarning().noquote() << tr("evaluator lease lost, standing by: %1").arg(why);
            setLeader(false);
        });
        // The lease is only taken while this instance can write: its own connection is checked
        // every 2 s, reopened when lost (LISTEN again), and the lease let go meanwhile.
        m_lease->setHealthCheck([this] { return m_healthy; });
        m_health = new QTimer(this);
        connect(m_health, &QTimer::timeout, this, &OpsCore::checkConnection);
        m_health->start(2000);
    }
    return true;
}

void OpsCore::startLease()
{
    if (m_lease)
        m_lease->start();
}

void OpsCore::checkConnection()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT 1")) && q.next()) {
        m_healthy = true;
        return;
    }
    const QString why = q.lastError().text().trimmed();
    if (m_healthy)
        qWarning().noquote() << tr("ops database connection lost: %1; reconnecting").arg(why);
    m_healthy = false;
    if (m_lease && m_lease->held())
        m_lease->release(tr("this instance lost its own connection to the ops database: %1").arg(why));
    db.close();
    if (!db.open())
        return;
    m_healthy = true;
    if (!db.driver()->subscribeToNotification(QString::fromLatin1(OpsDatabase::kNotifyChannel)))
        qWarning("ops database: LISTEN failed: %s", qPrintable(db.driver()->lastError().text()));
    connect(db.driver(), &QSqlDriver::notification, this,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (source == QSqlDriver::OtherSource)
                    applyPeerChange(payload.toString());
            },
            Qt::UniqueConnection);
    qWarning().noquote() << tr("ops database connection restored");
    // What changed while this instance was deaf: the catalog's parts are re-read in full.
    for (const QString &topic : {QStringLiteral("rules"), QStringLiteral("slos"), QStringLiteral("routing"),
                                 QStringLiteral("silences")})
        applyPeerChange(topic);
}

void OpsCore::setLeader(bool leader)
{
    m_leader = leader;
    m_outbox->setActive(leader); // becoming active re-queues rows a dead leader left "sending"
    m_notifier->setActive(leader);
    m_silences->setActive(leader);
    if (leader)
        m_escalations->start();
    else
        m_escalations->stop();
    Q_EMIT leadershipChanged(leader);
}

void OpsCore::announce(const QString &topic, const QString &detail)
{
    // Only the change being re-emitted stays quiet: what this instance does in reaction to it (the
    // lease holder ending an "until resolved" silence) is news for the others.
    if (topic != m_applyingTopic)
        OpsDatabase::notifyChange(QSqlDatabase::database(m_connectionName, false), topic, detail);
}

void OpsCore::applyPeerChange(const QString &payload)
{
    const QStringList parts = payload.split(u' ');
    const QString &topic = parts.value(0);
    m_applyingTopic = topic == u"dashboard-removed" ? QStringLiteral("dashboard-removed") : topic;
    if (topic == u"incident") {
        m_incidents->applyPeerChange(topic, parts.value(1).toLongLong(), 0, parts.value(2));
    } else if (topic == u"event") {
        m_incidents->applyPeerChange(topic, parts.value(1).toLongLong(), parts.value(2).toLongLong(), QString());
    } else if (topic == u"outbox") {
        if (m_leader)
            m_outbox->wake();
    } else if (topic == u"rules") {
        Q_EMIT m_catalog->rulesChanged(std::make_shared<const std::vector<Rule>>(m_catalog->rules()));
    } else if (topic == u"slos") {
        Q_EMIT m_catalog->slosChanged(std::make_shared<const std::vector<Slo>>(m_catalog->slos()));
    } else if (topic == u"routing") {
        Q_EMIT m_catalog->routingChanged();
    } else if (topic == u"playbook") {
        Q_EMIT m_catalog->playbookSaved(parts.value(1), parts.value(2).toInt());
    } else if (topic == u"silences") {
        Q_EMIT m_silences->silencesChanged();
    } else if (topic == u"dashboard") {
        Q_EMIT m_dashboards->saved(parts.value(1), parts.value(2).toInt());
    } else if (topic == u"dashboard-removed") {
        Q_EMIT m_dashboards->removed(parts.value(1));
    } else if (topic == u"rca") {
        Q_EMIT m_rcas->saved(parts.value(1).toLongLong(), parts.value(2).toInt());
    }
    m_applyingTopic.clear();
}

std::vector<AlertSnapshot> OpsCore::loadAlerts()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    auto alerts = loadAlertStates(db, &error);
    if (!error.isEmpty())
        qWarning("ops.db: cannot read alert state, alerts start inactive: %s", qPrintable(error));
    return alerts;
}

void OpsCore::applyTransitions(const QList<AlertTransition> &transitions)
{
    if (m_leader)
        m_incidents->handleTransitions(transitions);
}

void OpsCore::saveAlertStates(const QList<AlertSnapshot> &changed, const QStringList &removed)
{
    if (!m_leader)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QString error;
    if (!hms::saveAlertStates(db, changed, removed, &error))
        qWarning("ops.db: cannot store alert state: %s", qPrintable(error));
}

void OpsCore::loadExamplesIfFresh(bool load)
{
    if (!load || m_catalog->setting(QStringLiteral("examples.loaded")) == u"1")
        return;
    // The seed's walk-through: the rotation and the playbook, not the rule (that is step one).
    m_catalog->createRotation(readResource(QStringLiteral(":/hms/examples/fema_oncall.yml")),
                              QStringLiteral("fema_oncall.yml"));
    m_catalog->importPlaybook(QString::fromUtf8(readResource(QStringLiteral(":/hms/examples/pb_aid_latency.md"))),
                              QStringLiteral("pb_aid_latency.md"));
    m_catalog->createEscalationPolicy(readResource(QStringLiteral(":/hms/examples/fema_escalation.yml")),
                                      QStringLiteral("fema_escalation.yml"));
    m_catalog->setSetting(QStringLiteral("examples.loaded"), QStringLiteral("1"));
}

void OpsCore::installDemo()
{
    const QByteArray rules = QByteArrayLiteral(
        "rules:\n"
        "  - name: AID_LAT_P95_HIGH\n    metric: aid_form.latency_ms\n    aggregate: p95\n    window: 30s\n"
        "    threshold: \"> 1000\"\n    for: 10s\n    severity: critical\n    notify: fema_oncall\n"
        "    playbook: pb_aid_latency\n    escalation: fema_escalation\n    match:\n      endpoint: /apply-aid\n"
        "  - name: HITL_QUEUE_HIGH\n    metric: hitl.queue_size\n    aggregate: last\n    window: 30s\n"
        "    threshold: \"> 100\"\n    for: 10s\n    severity: warning\n    notify: fema_oncall\n"
        "  - name: PAYMENTS_PENDING_HIGH\n    metric: payments.pending\n    aggregate: last\n    window: 30s\n"
        "    threshold: \"> 250\"\n    for: 10s\n    severity: warning\n    notify: fema_oncall\n");
    for (const RuleParseError &e : m_catalog->installRules(rules, QStringLiteral("demo.yml")))
        qWarning("demo: %s", qPrintable(e.toString()));
    // The Citizen Experience wall's budget gauge: examples/slo_aid_latency.yml on the demo's series.
    if (!m_catalog->slo(QStringLiteral("aid_latency"))) {
        const QByteArray slo = QByteArrayLiteral("id: aid_latency\ndescription: Apply for Disaster Assistance answers fast\n"
                                                 "service: aid_form\nobjective: 99.9%\nwindow: 30d\nlatency:\n"
                                                 "  metric: aid_form.latency_ms\n  match: {endpoint: /apply-aid}\n"
                                                 "  aggregate: p95\n  threshold: \"< 800\"\nnotify: fema_oncall\n"
                                                 "playbook: pb_aid_latency\n");
        for (const RuleParseError &e : m_catalog->createSlo(slo, QStringLiteral("demo_slo.yml")))
            qWarning("demo: %s", qPrintable(e.toString()));
    }
    for (const Dashboard &d : dashboardTemplates())
        if (!m_dashboards->dashboard(d.name))
            m_dashboards->save(d, QStringLiteral("hms-ops --demo"), 0, QDateTime::currentMSecsSinceEpoch());
}

void OpsCore::loadExampleDashboardIfFresh(bool load)
{
    if (!load || m_catalog->setting(QStringLiteral("examples.dashboard")) == u"1")
        return;
    // The seed's lab: "a red widget on /dashboard/fema". Citizen Experience, named fema.
    for (Dashboard d : dashboardTemplates()) {
        if (d.name != u"citizen_experience")
            continue;
        d.name = QStringLiteral("fema");
        d.title = tr("FEMA: Apply for Disaster Assistance");
        m_dashboards->save(d, QStringLiteral("hms-ops"), std::nullopt, QDateTime::currentMSecsSinceEpoch());
    }
    m_catalog->setSetting(QStringLiteral("examples.dashboard"), QStringLiteral("1"));
}

} // namespace hms
