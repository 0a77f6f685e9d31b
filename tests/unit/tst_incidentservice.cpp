#include "TestOpsDb.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "incidents/OpsDatabase.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hms;

namespace {
QByteArray example(const char *name)
{
    QFile f(qEnvironmentVariable("HMS_EXAMPLES_DIR") + u'/' + QString::fromLatin1(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

AlertTransition transition(AlertState from, AlertState to, TimestampMs at, double value)
{
    AlertTransition t;
    t.rule = QStringLiteral("AID_LAT_P95_HIGH");
    t.labels = {{QStringLiteral("alertname"), t.rule}, {QStringLiteral("severity"), QStringLiteral("warning")}};
    t.fingerprint = fingerprint(t.labels);
    t.seriesName = QStringLiteral("aid_form.latency_ms");
    t.from = from;
    t.to = to;
    t.at = at;
    t.activeAt = at - 2000;
    t.value = value;
    return t;
}
} // namespace

class TestIncidentService : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<IncidentService> m_service;

private Q_SLOTS:
    void init()
    {
        QString error;
        static int n = 0;
        ++n;
        m_db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops%1.db").arg(n)), QStringLiteral("t%1").arg(n), &error);
        QVERIFY2(m_db.isValid(), qPrintable(error));
        QCOMPARE(OpsDatabase::schemaVersion(m_db), OpsDatabase::kLatestVersion);
        m_catalog = std::make_unique<Catalog>(m_db);
        m_service = std::make_unique<IncidentService>(m_db, *m_catalog);
        QVERIFY(m_catalog->createRotation(example("fema_oncall.yml"), QStringLiteral("fema_oncall.yml")).empty());
        QVERIFY(m_catalog->importPlaybook(QString::fromUtf8(example("pb_aid_latency.md")), QStringLiteral("pb_aid_latency.md")).isEmpty());
        QByteArray rule = example("latency_alert.yml");
        QVERIFY(m_catalog->installRules(rule, QStringLiteral("latency_alert.yml")).empty());
    }

    void unacknowledgedIncidentsEscalateOnTimeAndByHand()
    {
        // fema_escalation: the on-call of fema_oncall, then dana-lead after 5 min, repeat once.
        QVERIFY(m_catalog->createEscalationPolicy(example("fema_escalation.yml"), QStringLiteral("fema_escalation.yml")).empty());
        QByteArray rule = example("latency_alert.yml");
        rule += "escalation: fema_escalation\n";
        QVERIFY(m_catalog->installRules(rule, QStringLiteral("latency_alert.yml")).empty());
        // An unknown policy is refused, and nothing of that file is installed.
        QVERIFY(!m_catalog->installRules(QByteArray(rule).replace("fema_escalation", "nope"), QStringLiteral("x.yml")).empty());
        const auto policy = m_catalog->escalationPolicy(QStringLiteral("fema_escalation"));
        QVERIFY(policy);
        const qint64 first = policy->steps.at(0).afterMs;

        const TimestampMs at = QDateTime(QDate(2026, 1, 13), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        QSignalSpy escalated(m_service.get(), &IncidentService::incidentEscalated);
        m_service->handleTransitions({transition(AlertState::Pending, AlertState::Firing, at, 1400)});
        Incident i = m_service->incidents(true).front();
        QCOMPARE(i.assignee, QStringLiteral("sam-sre")); // step 1: the rotation's on-call
        QCOMPARE(i.escalationLevel, 0);

        m_service->checkEscalations(at + first - 1); // not yet
        QCOMPARE(escalated.count(), 0);
        m_service->checkEscalations(at + first);
        QCOMPARE(escalated.count(), 1);
        i = *m_service->incident(i.id);
        QCOMPARE(i.assignee, QStringLiteral("dana-lead"));
        QCOMPARE(i.assigneePager, QStringLiteral("152"));
        QCOMPARE(i.escalationLevel, 1);
        const auto events = m_service->events(i.id);
        QVERIFY2(events.back().kind == u"escalated" && events.back().message.contains(QStringLiteral("dana-lead"))
                     && events.back().message.contains(QStringLiteral("step 2 of 2")),
                 qPrintable(events.back().message));

        // By hand: the next level (round 2, step 1) at once.
        QCOMPARE(m_service->escalate(i.id, QStringLiteral("ana"), at + first + 1000), QString());
        i = *m_service->incident(i.id);
        QCOMPARE(i.escalationLevel, 2);
        QCOMPARE(i.assignee, QStringLiteral("sam-sre"));
        QVERIFY(m_service->events(i.id).back().message.contains(QStringLiteral("by hand by ana")));

        // Acknowledged: no more escalation.
        QCOMPARE(m_service->acknowledge(i.id, QStringLiteral("sam-sre"), at + first + 2000), QString());
        m_service->checkEscalations(at + 100 * first);
        QCOMPARE(m_service->incident(i.id)->escalationLevel, 2);
    }

    void firingOpensOneAssignedIncidentWithItsPlaybook()
    {
        QSignalSpy opened(m_service.get(), &IncidentService::incidentOpened);
        QSignalSpy events(m_service.get(), &IncidentService::eventAdded);
        // The rotation starts 2026-01-05 13:00 UTC with weekly turns: on 01-13 it is the second turn.
        const TimestampMs at = QDateTime(QDate(2026, 1, 13), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        m_service->handleTransitions({transition(AlertState::Pending, AlertState::Firing, at, 1400)});
        QCOMPARE(opened.count(), 1);
        const auto list = m_service->incidents(true);
        QCOMPARE(list.size(), std::size_t(1));
        const Incident &i = list.front();
        QCOMPARE(i.rule, QStringLiteral("AID_LAT_P95_HIGH"));
        QCOMPARE(i.service, QStringLiteral("aid_form"));
        QCOMPARE(i.assignee, QStringLiteral("sam-sre")); // second week of the rotation
        QCOMPARE(i.assigneePager, QStringLiteral("150"));
        QCOMPARE(i.playbookId, QStringLiteral("pb_aid_latency"));
        QCOMPARE(i.aggregate, QStringLiteral("p95"));
        QCOMPARE(i.threshold, QStringLiteral("> 1000"));
        QCOMPARE(i.state, Incident::State::Triggered);
        QCOMPARE(i.openedAt, at);
        QStringList kinds;
        for (const IncidentEvent &e : m_service->events(i.id))
            kinds << e.kind;
        QCOMPARE(kinds, (QStringList{QStringLiteral("fired"), QStringLiteral("assigned"), QStringLiteral("playbook")}));
        QCOMPARE(events.count(), 3);

        // The same alert firing again does not open a second incident.
        m_service->handleTransitions({transition(AlertState::Pending, AlertState::Firing, at + 1000, 1600)});
        QCOMPARE(m_service->incidents(true).size(), std::size_t(1));
        QCOMPARE(m_service->incidents(true).front().value, 1600.0);
        QCOMPARE(opened.count(), 1);
    }

    void alertResolutionResolvesTheIncident()
    {
        m_service->handleTransitions({transition(AlertState::Pending, AlertState::Firing, 10000, 1400)});
        m_service->handleTransitions({transition(AlertState::Firing, AlertState::Inactive, 20000, 300)});
        QVERIFY(m_service->incidents(true).empty());
        const Incident i = m_service->incidents(false).front();
        QCOMPARE(i.state, Incident::State::Resolved);
        QCOMPARE(i.resolvedAt, 20000);
        QCOMPARE(i.resolvedBy, QStringLiteral("alert"));
        QCOMPARE(m_service->events(i.id).back().kind, QStringLiteral("resolved"));
        // A new firing after resolution is a new incident.
        m_service->handleTransitions({transition(AlertState::Pending, AlertState::Firing, 30000, 1400)});
        QCOMPARE(m_service->incidents(false).size(), std::size_t(2));
    }

    void acknowledgeAndResolveByHand()
    {
        m_service->handleTransitions({transition(AlertState::Pending, AlertState::Firing, 10000, 1400)});
        const qint64 id = m_service->incidents(true).front().id;
        QCOMPARE(m_service->acknowledge(id, QStringLiteral("alex-ops"), 11000), QString());
        QCOMPARE(m_service->incident(id)->state, Incident::State::Acknowledged);
        QCOMPARE(m_service->incident(id)->acknowledgedBy, QStringLiteral("alex-ops"));
        QVERIFY(m_service->acknowledge(id, QStringLiteral("x"), 12000).contains(QStringLiteral("acknowledged")));
        QCOMPARE(m_service->resolve(id, QStringLiteral("alex-ops"), 13000), QString());
        QVERIFY(!m_service->resolve(id, QStringLiteral("x"), 14000).isEmpty());
        QVERIFY(m_service->acknowledge(999, QStringLiteral("x"), 1).contains(QStringLiteral("999")));
        QCOMPARE(m_service->lastEventId(), m_service->eventsAfter(0, 100).back().id);
    }

    void rulesReferringToUnknownIdsAreRefused()
    {
        const auto errors = m_catalog->installRules("metric: m\naggregate: max\nthreshold: \"> 1\"\nnotify: nobody\n",
                                                    QStringLiteral("x.yml"));
        QCOMPARE(errors.size(), std::size_t(1));
        QVERIFY(errors.front().toString().contains(QStringLiteral("notify: unknown rotation \"nobody\"")));
        QCOMPARE(m_catalog->rules().size(), std::size_t(1)); // only the seed's rule
    }

    void newerSchemaIsRefused()
    {
        const QString path = m_dir.filePath(QStringLiteral("future.db"));
        {
            QString error;
            QSqlDatabase db = hms::test::openTestOps(path, QStringLiteral("future1"), &error);
            QVERIFY(QSqlQuery(db).exec(hms::test::onPostgres()
                                            ? QStringLiteral("UPDATE hms_schema_version SET version = 99")
                                            : QStringLiteral("PRAGMA user_version=99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future1"));
        QString error;
        QVERIFY(!hms::test::openTestOps(path, QStringLiteral("future2"), &error).isValid());
        QVERIFY(error.contains(QStringLiteral("newer")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentService)
#include "tst_incidentservice.moc"
