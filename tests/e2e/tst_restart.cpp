// Alert state survives kill -9 (issue #4): an alert killed while pending comes back pending with
// the same activeAt and fires when it would have without the restart; one killed while firing
// comes back firing, without a second incident.
#include "api/ApiClient.h"
#include "core/Endpoints.h"

#include <QDateTime>
#include <QDir>
#include <QHttpServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace hms;

class TestRestart : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    QString m_dataOverride; // a test's own data directory, when set
    QString dataDir() const { return m_dataOverride.isEmpty() ? m_data.path() : m_dataOverride; }

    bool start(QProcess &p)
    {
        p.start(qEnvironmentVariable("HMS_OPS_BIN"),
                {QStringLiteral("--headless"), QStringLiteral("--no-examples"), QStringLiteral("--data-dir"), dataDir(),
                 QStringLiteral("--statsd-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--influx-listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--tick"), QStringLiteral("200")});
        QSignalSpy ready(&p, &QProcess::readyReadStandardOutput);
        return ready.wait(10000) && p.readLine().startsWith("ready ");
    }
    std::unique_ptr<ApiClient> client()
    {
        QString error;
        const auto e = Endpoints::read(dataDir(), &error);
        const auto token = readApiToken(QDir(dataDir()).filePath(QStringLiteral("api-token")), &error);
        return std::make_unique<ApiClient>(e->api, *token);
    }
    static QJsonObject alert(ApiClient &api)
    {
        return api.get(QStringLiteral("/api/v1/alerts")).json.object()[QStringLiteral("alerts")].toArray().at(0).toObject();
    }
    static void killHard(QProcess &p)
    {
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(5000));
    }

private Q_SLOTS:
    void pendingAndFiringComeBack()
    {
        QProcess first;
        QVERIFY(start(first));
        auto api = client();
        const QJsonObject rule{{QStringLiteral("file"), QStringLiteral("r.yml")},
                               {QStringLiteral("content"),
                                QStringLiteral("name: SLOW\nmetric: m\naggregate: max\nthreshold: \"> 10\"\nwindow: 5m\n"
                                               "for: 4s\nseverity: critical\n")}};
        QCOMPARE(api->post(QStringLiteral("/api/v1/rules"), QJsonDocument(rule)).status, 201);
        const QJsonArray sample{QJsonObject{{QStringLiteral("name"), QStringLiteral("m")}, {QStringLiteral("value"), 20}}};
        QCOMPARE(api->post(QStringLiteral("/api/v1/metrics"), QJsonDocument(sample)).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(alert(*api)[QStringLiteral("state")].toString(), QStringLiteral("pending"), 5000);
        const qint64 activeAt = alert(*api)[QStringLiteral("active_at_ms")].toInteger();

        // Killed mid-pending (the sample is persisted within a second; wait for that).
        QTest::qWait(1500);
        killHard(first);
        QVERIFY2(QDateTime::currentMSecsSinceEpoch() < activeAt + 4000, "the kill came too late to test pending");
        QProcess second;
        QVERIFY(start(second));
        api = client();
        QCOMPARE(alert(*api)[QStringLiteral("active_at_ms")].toInteger(), activeAt);
        QTRY_COMPARE_WITH_TIMEOUT(alert(*api)[QStringLiteral("state")].toString(), QStringLiteral("firing"), 10000);
        QCOMPARE(alert(*api)[QStringLiteral("active_at_ms")].toInteger(), activeAt);
        // Fired when it would have without the restart: the first tick at or after activeAt + for.
        const QJsonArray incidents = api->get(QStringLiteral("/api/v1/incidents")).json.object()[QStringLiteral("incidents")].toArray();
        QCOMPARE(incidents.size(), 1);
        const qint64 openedAt = QDateTime::fromString(incidents.at(0).toObject()[QStringLiteral("opened_at")].toString(),
                                                      Qt::ISODateWithMs)
                                    .toMSecsSinceEpoch();
        QVERIFY2(openedAt >= activeAt + 4000 && openedAt <= activeAt + 4000 + 200,
                 qPrintable(QStringLiteral("opened %1 ms after activeAt").arg(openedAt - activeAt)));

        // Killed mid-firing: still firing after the restart, and no second incident.
        killHard(second);
        QProcess third;
        QVERIFY(start(third));
        api = client();
        QTest::qWait(1000); // five evaluations
        QCOMPARE(alert(*api)[QStringLiteral("state")].toString(), QStringLiteral("firing"));
        QCOMPARE(alert(*api)[QStringLiteral("active_at_ms")].toInteger(), activeAt);
        QCOMPARE(api->get(QStringLiteral("/api/v1/incidents")).json.object()[QStringLiteral("incidents")].toArray().size(), 1);
        third.terminate();
        QVERIFY(third.waitForFinished(10000));
    }

    // A webhook in flight when the process is killed is sent again after the restart (the row was
    // "sending"), with the same alert fingerprint, so a receiver that deduplicates (PagerDuty's
    // dedup_key, Alertmanager's fingerprint) sees it once; and it is sent once, not twice.
    void notificationInFlightAtKillIsSentAgainOnce()
    {
        QTemporaryDir dir;
        m_dataOverride = dir.path();
        // Phase 1: a receiver that takes the request and never answers.
        QTcpServer hang;
        QVERIFY(hang.listen(QHostAddress::LocalHost, 0));
        const quint16 port = hang.serverPort();
        QByteArray hung;
        QList<QTcpSocket *> held;
        connect(&hang, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *c = hang.nextPendingConnection()) {
                held << c;
                connect(c, &QTcpSocket::readyRead, this, [&hung, c] { hung += c->readAll(); });
            }
        });
        QProcess first;
        QVERIFY(start(first));
        auto api = client();
        QCOMPARE(api->put(QStringLiteral("/api/v1/secrets/webhook_url"),
                             QStringLiteral("http://127.0.0.1:%1/hook").arg(port).toUtf8()).status,
                 200);
        const QJsonObject rule{{QStringLiteral("file"), QStringLiteral("r.yml")},
                               {QStringLiteral("content"),
                                QStringLiteral("name: HOOKED\nmetric: m\naggregate: max\nthreshold: \"> 10\"\n")}};
        QCOMPARE(api->post(QStringLiteral("/api/v1/rules"), QJsonDocument(rule)).status, 201);
        const QJsonArray sample{QJsonObject{{QStringLiteral("name"), QStringLiteral("m")}, {QStringLiteral("value"), 20}}};
        auto batches = [&api] {
            return api->get(QStringLiteral("/api/v1/status")).json.object()[QStringLiteral("store")].toObject()
                [QStringLiteral("persisted_batches")].toInteger();
        };
        const qint64 before = batches();
        QCOMPARE(api->post(QStringLiteral("/api/v1/metrics"), QJsonDocument(sample)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(hung.contains("\"status\":\"firing\"") && hung.endsWith("\"version\":\"4\"}"), 10000);
        // The sample must be in series.db before the kill, or the restarted instance would see no
        // data and resolve the alert: the writer commits a batch before it takes the next, so two
        // batches taken after the push mean the one holding it is committed.
        QTRY_VERIFY_WITH_TIMEOUT(batches() >= before + 2, 10000);
        const QByteArray firstBody = hung.mid(hung.indexOf("\r\n\r\n") + 4);
        const QString fp = QJsonDocument::fromJson(firstBody).object()[QStringLiteral("alerts")].toArray().at(0).toObject()
                               [QStringLiteral("fingerprint")].toString();
        QVERIFY2(!fp.isEmpty(), firstBody.constData());
        killHard(first);
        qDeleteAll(held);
        hang.close();

        // Phase 2: the receiver answers; the restarted instance sends the row again, once.
        QList<QJsonObject> got;
        QHttpServer receiver;
        receiver.route(QStringLiteral("/hook"), [&got](const QHttpServerRequest &req) {
            got << QJsonDocument::fromJson(req.body()).object();
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        QCOMPARE(receiver.listen(QHostAddress::LocalHost, port), port);
        QProcess second;
        QVERIFY(start(second));
        api = client();
        auto rows = [&api] {
            return api->get(QStringLiteral("/api/v1/notifications")).json.object()[QStringLiteral("notifications")].toArray();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(rows().size() == 1 && rows().at(0).toObject()[QStringLiteral("state")].toString() == u"sent",
                                  QJsonDocument(rows()).toJson(QJsonDocument::Compact).constData(), 15000);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0][QStringLiteral("alerts")].toArray().at(0).toObject()[QStringLiteral("fingerprint")].toString(), fp);
        // The alert still fires after the restart: it is not announced a second time.
        QCOMPARE(api->get(QStringLiteral("/api/v1/incidents")).json.object()[QStringLiteral("incidents")].toArray().size(), 1);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
        m_dataOverride.clear();
    }
};

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
