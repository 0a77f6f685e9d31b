// Many workstations on one PostgreSQL store (issue #8): a real PostgreSQL 15 (fixture
// "postgres"), a real hms-ops process and an engine in this process. Exactly one of them holds
// the evaluator lease; when the holder is killed with SIGKILL the other takes over within
// seconds and continues the alert where it stood: no second incident, no lost resolution. A
// change made on one workstation reaches the other through LISTEN/NOTIFY within a second.
#include "TestOpsDb.h"

#include "Engine.h"
#include "api/ApiClient.h"
#include "core/Endpoints.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <csignal>

using namespace hms;

class TestSharedStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    OpsLocation m_where;
    QString m_url;
    QString m_secrets;

    bool startProcess(QProcess &p, const QString &name)
    {
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(qEnvironmentVariable("HMS_OPS_BIN"),
                {QStringLiteral("--headless"), QStringLiteral("--no-examples"), QStringLiteral("--data-dir"),
                 m_dir.filePath(name), QStringLiteral("--ops-db"), m_url, QStringLiteral("--secrets-file"), m_secrets,
                 QStringLiteral("--statsd-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--influx-listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--tick"), QStringLiteral("200")});
        QSignalSpy ready(&p, &QProcess::readyReadStandardOutput);
        return ready.wait(20000) && p.readLine().startsWith("ready ");
    }
    std::unique_ptr<ApiClient> client(const QString &name)
    {
        const QString dir = m_dir.filePath(name);
        QString error;
        const auto e = Endpoints::read(dir, &error);
        const auto token = readApiToken(QDir(dir).filePath(QStringLiteral("api-token")), &error);
        if (!e || !token)
            return nullptr;
        return std::make_unique<ApiClient>(e->api, *token);
    }
    static bool isLeader(ApiClient &api)
    {
        return api.get(QStringLiteral("/api/v1/status")).json.object()[QStringLiteral("cluster")].toObject()
            [QStringLiteral("leader")].toBool();
    }
    static QJsonArray incidents(ApiClient &api)
    {
        QUrlQuery all;
        all.addQueryItem(QStringLiteral("state"), QStringLiteral("all"));
        return api.get(QStringLiteral("/api/v1/incidents"), all).json.object()[QStringLiteral("incidents")].toArray();
    }
    static void push(ApiClient &api, double value)
    {
        const QJsonArray sample{QJsonObject{{QStringLiteral("name"), QStringLiteral("m")}, {QStringLiteral("value"), value}}};
        QCOMPARE(api.post(QStringLiteral("/api/v1/metrics"), QJsonDocument(sample)).status, 200);
    }
    // Timeline entries of `kind` for incident `id`, read straight from PostgreSQL.
    int eventCount(qint64 id, const QString &kind)
    {
        QSqlDatabase db = QSqlDatabase::database(QStringLiteral("check"), false);
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM incident_events WHERE incident_id = ? AND kind = ?"));
        q.addBindValue(id);
        q.addBindValue(kind);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(hms::test::onPostgres());
        QString error;
        const auto where = hms::test::freshPgDatabase(QStringLiteral("t_sharedstore"), &error);
        QVERIFY2(where, qPrintable(error));
        m_where = *where;
        m_url = m_where.display();
        // The password reaches the engines as the secret "ops-db", never on the command line.
        m_secrets = m_dir.filePath(QStringLiteral("secrets.json"));
        QSaveFile f(m_secrets);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("ops-db"), m_where.password}}).toJson());
        QVERIFY(f.commit());
        QFile::setPermissions(m_secrets, QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY2(OpsDatabase::connect(m_where, QStringLiteral("check"), &error).isValid(), qPrintable(error));
    }

    void oneEvaluatorTakeoverAndNotify()
    {
        // A: a real process, first to start, takes the lease.
        QProcess a;
        QVERIFY(startProcess(a, QStringLiteral("a")));
        auto apiA = client(QStringLiteral("a"));
        QVERIFY(apiA);
        QTRY_VERIFY_WITH_TIMEOUT(isLeader(*apiA), 5000);

        // B: an engine in this process, standing by.
        EngineOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("b"));
        options.opsDatabase = m_url;
        options.secretsFile = m_secrets;
        options.loadExamples = false;
        options.persistSeries = false;
        options.tickMs = 200;
        options.statsdPort = 0;
        options.influxPort = 0;
        options.instanceName = QStringLiteral("engine-b");
        Engine b(options);
        QString error;
        QVERIFY2(b.start(&error), qPrintable(error));
        auto apiB = client(QStringLiteral("b"));
        QVERIFY(apiB);
        QVERIFY(!b.isLeader());
        QVERIFY(!isLeader(*apiB));

        // What B hears of the others (queued into this thread).
        QElapsedTimer clock;
        clock.start();
        qint64 rulesHeardAt = -1;
        std::vector<Incident> opened, changed;
        std::vector<qint64> changedAt;
        int evaluations = 0;
        connect(b.catalog(), &Catalog::rulesChanged, this, [&] { rulesHeardAt = clock.elapsed(); });
        connect(b.incidents(), &IncidentService::incidentOpened, this, [&](const Incident &i) { opened.push_back(i); });
        connect(b.incidents(), &IncidentService::incidentChanged, this, [&](const Incident &i) {
            changed.push_back(i);
            changedAt.push_back(clock.elapsed());
        });
        connect(b.evaluator(), &Evaluator::evaluated, this, [&] { ++evaluations; });

        // A rule installed on A reaches B's catalog.
        const QJsonObject rule{{QStringLiteral("file"), QStringLiteral("r.yml")},
                               {QStringLiteral("content"),
                                QStringLiteral("name: SLOW\nmetric: m\naggregate: last\nthreshold: \"> 10\"\nwindow: 1h\n"
                                               "for: 2s\nseverity: critical\n")}};
        const qint64 installedAt = clock.elapsed();
        QCOMPARE(apiA->post(QStringLiteral("/api/v1/rules"), QJsonDocument(rule)).status, 201);
        QTRY_VERIFY_WITH_TIMEOUT(rulesHeardAt >= 0, 2000);
        QVERIFY2(rulesHeardAt - installedAt < 1000, qPrintable(QString::number(rulesHeardAt - installedAt)));

        // Both workstations see the same samples (each has its own collector); A fires.
        push(*apiA, 20);
        push(*apiB, 20);
        QTRY_COMPARE_WITH_TIMEOUT(incidents(*apiB).size(), 1, 5000);
        const qint64 first = incidents(*apiB).at(0).toObject()[QStringLiteral("id")].toInteger();
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), std::size_t(1), 2000); // heard through NOTIFY
        QCOMPARE(opened.front().id, first);
        QCOMPARE(evaluations, 0); // B stood by: it evaluated nothing
        auto firstAlert = [&] {
            return apiB->get(QStringLiteral("/api/v1/alerts")).json.object()[QStringLiteral("alerts")].toArray().at(0).toObject();
        };
        QTRY_COMPARE_WITH_TIMEOUT(firstAlert()[QStringLiteral("state")].toString(), QStringLiteral("firing"), 2000);
        const qint64 activeAt = firstAlert()[QStringLiteral("active_at_ms")].toInteger();
        QVERIFY(activeAt > 0);

        // A dies hard. B takes the lease over and continues the firing alert: no second incident.
        const qint64 killedAt = clock.elapsed();
        ::kill(pid_t(a.processId()), SIGKILL);
        QVERIFY(a.waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(b.isLeader(), 10000);
        const qint64 takeoverMs = clock.elapsed() - killedAt;
        qInfo("takeover: %lld ms after SIGKILL", takeoverMs);
        QVERIFY2(takeoverMs < 5000, qPrintable(QString::number(takeoverMs)));
        QTRY_VERIFY_WITH_TIMEOUT(evaluations >= 10, 5000);
        QCOMPARE(incidents(*apiB).size(), 1);
        QCOMPARE(eventCount(first, QStringLiteral("fired")), 1);
        // B continued A's alert: still firing, since the same moment (a fresh start would have
        // gone pending again, with `for: 2s` to wait and a new activeAt).
        const QJsonArray alerts = apiB->get(QStringLiteral("/api/v1/alerts")).json.object()[QStringLiteral("alerts")].toArray();
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).toObject()[QStringLiteral("state")].toString(), QStringLiteral("firing"));
        QCOMPARE(alerts.at(0).toObject()[QStringLiteral("active_at_ms")].toInteger(), activeAt);

        // The condition ends on B: the incident A opened is resolved, once.
        push(*apiB, 0);
        QTRY_COMPARE_WITH_TIMEOUT(incidents(*apiB).at(0).toObject()[QStringLiteral("state")].toString(),
                                  QStringLiteral("resolved"), 5000);
        QCOMPARE(eventCount(first, QStringLiteral("resolved")), 1);

        // C: a second process comes up and stands by while B leads.
        QProcess c;
        QVERIFY(startProcess(c, QStringLiteral("c")));
        auto apiC = client(QStringLiteral("c"));
        QVERIFY(apiC);
        QVERIFY(!isLeader(*apiC));
        QVERIFY(b.isLeader());

        // B fires again: one new incident. C acknowledges it; B hears that within a second.
        push(*apiB, 30);
        push(*apiC, 30);
        QTRY_COMPARE_WITH_TIMEOUT(incidents(*apiC).size(), 2, 5000);
        const qint64 second = incidents(*apiC).at(0).toObject()[QStringLiteral("id")].toInteger();
        QVERIFY(second != first);
        changed.clear();
        changedAt.clear();
        const qint64 ackAt = clock.elapsed();
        QCOMPARE(apiC->post(QStringLiteral("/api/v1/incidents/%1/ack").arg(second), QJsonDocument(QJsonObject{})).status,
                 200);
        QTRY_VERIFY_WITH_TIMEOUT(!changed.empty() && changed.back().state == Incident::State::Acknowledged, 2000);
        const qint64 heardMs = changedAt.back() - ackAt;
        qInfo("acknowledgement on C heard by B after %lld ms", heardMs);
        QVERIFY2(heardMs < 1000, qPrintable(QString::number(heardMs)));

        // Nothing doubled, nothing lost: two incidents, each fired once.
        QCOMPARE(incidents(*apiB).size(), 2);
        QCOMPARE(eventCount(second, QStringLiteral("fired")), 1);
        QCOMPARE(eventCount(second, QStringLiteral("acknowledged")), 1);
        QVERIFY(!isLeader(*apiC));

        c.terminate();
        QVERIFY(c.waitForFinished(10000));
        b.stop();
    }
};

QTEST_GUILESS_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
