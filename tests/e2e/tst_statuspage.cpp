// The read-only pages in a real browser: Debian's Chromium, headless, loads /status and
// /dashboard/fema from a running engine while an incident fires, and the test reads the DOM
// Chromium built. Screenshots of both are kept (HMS_SCREENSHOT_DIR, else the build directory).
#include "Engine.h"
#include "api/ApiClient.h"
#include "core/Endpoints.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTcpSocket>
#include <QTest>

using namespace hms;

class TestStatusPage : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QTemporaryDir m_profile;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ApiClient> m_api;
    QString m_chromium;

    // Chromium as the machine notes say it runs here: no sandbox as root, no background traffic.
    QStringList chromiumArgs() const
    {
        return {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
                QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
                QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                QStringLiteral("--disable-sync"), QStringLiteral("--user-data-dir=") + m_profile.path(),
                QStringLiteral("--window-size=1920,1080")};
    }

    QString run(const QStringList &args)
    {
        QProcess chromium;
        chromium.setProgram(m_chromium);
        chromium.setArguments(chromiumArgs() + args);
        chromium.start();
        if (!chromium.waitForStarted(10000))
            return {};
        if (chromium.state() != QProcess::NotRunning && !chromium.waitForFinished(60000)) {
            chromium.kill();
            chromium.waitForFinished();
            return {};
        }
        return QString::fromUtf8(chromium.readAllStandardOutput());
    }

    QString screenshotPath(const QString &name) const
    {
        const QString dir = qEnvironmentVariable("HMS_SCREENSHOT_DIR", QDir::currentPath());
        return QDir(dir).filePath(name);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
        QVERIFY2(!m_chromium.isEmpty(), "chromium is not installed: scripts/setup.sh installs Debian's chromium");
        EngineOptions options;
        options.dataDir = m_dir.path();
        options.tickMs = 100;
        options.persistSeries = false;
        m_engine = std::make_unique<Engine>(options);
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        const auto token = readApiToken(m_dir.filePath(QStringLiteral("api-token")), &error);
        QVERIFY(token);
        m_api = std::make_unique<ApiClient>(m_engine->endpoints().api, *token);
        const QJsonObject rule{{QStringLiteral("file"), QStringLiteral("aid.yml")},
                               {QStringLiteral("content"),
                                QStringLiteral("name: AID_LAT_P95_HIGH\nmetric: aid_form.latency_ms\naggregate: p95\n"
                                               "threshold: \"> 1000\"\nseverity: critical\nnotify: fema_oncall\n"
                                               "playbook: pb_aid_latency\nmatch:\n  endpoint: /apply-aid\n")}};
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/rules"), QJsonDocument(rule)).status, 201);
        QJsonArray samples;
        for (int i = 0; i < 20; ++i)
            samples.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("aid_form.latency_ms")},
                                       {QStringLiteral("value"), 1500 + i},
                                       {QStringLiteral("labels"), QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("/apply-aid")}}}});
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/metrics"), QJsonDocument(samples)).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!m_api->get(QStringLiteral("/api/v1/incidents")).json.object()[QStringLiteral("incidents")].toArray().isEmpty(),
                                 5000);
    }

    void statusPageShowsTheFiringIncident()
    {
        const QString url = m_engine->endpoints().api.toString() + QStringLiteral("/status");
        const QString dom = run({QStringLiteral("--dump-dom"), url});
        QVERIFY2(dom.contains(QStringLiteral("AID_LAT_P95_HIGH")), qPrintable(dom.left(2000)));
        QVERIFY(dom.contains(QStringLiteral("<a href=\"/incidents/1\">1</a>")));
        QVERIFY(dom.contains(QStringLiteral("critical incident"))); // aid_form's state
        QVERIFY(dom.contains(QStringLiteral("fema_oncall")));
        const QString shot = screenshotPath(QStringLiteral("status-page.png"));
        QFile::remove(shot);
        run({QStringLiteral("--screenshot=") + shot, url});
        QVERIFY2(QFileInfo(shot).size() > 10'000, qPrintable(shot));
    }

    void dashboardPageIsRedWhereTheRuleFires()
    {
        const QString url = m_engine->endpoints().api.toString() + QStringLiteral("/dashboard/fema");
        const QString dom = run({QStringLiteral("--dump-dom"), url});
        // The first tile (p95 /apply-aid) is the firing one, with its value; its neighbour is not.
        const qsizetype firing = dom.indexOf(QStringLiteral("tile state-firing"));
        QVERIFY2(firing >= 0, qPrintable(dom.left(3000)));
        QVERIFY(dom.indexOf(QStringLiteral("p95 /apply-aid")) > firing);
        // Its value: the p95 of 1500..1519, in ms, in the firing tile.
        const QRegularExpression value(QStringLiteral("tile state-firing.*?<div class=\"big\">(15[01][0-9]) ms</div>"));
        QVERIFY2(value.match(dom).hasMatch(), qPrintable(dom.mid(firing, 600)));
        QVERIFY(dom.contains(QStringLiteral("<polyline")));
        QVERIFY(dom.contains(QStringLiteral("#1</a>"))); // the ticker links the incident
        const QString shot = screenshotPath(QStringLiteral("dashboard-page-fema.png"));
        QFile::remove(shot);
        run({QStringLiteral("--screenshot=") + shot, url});
        QVERIFY2(QFileInfo(shot).size() > 10'000, qPrintable(shot));
    }

    // DNS rebinding: a page in the operator's browser that gets its own name resolved to
    // 127.0.0.1 must not read the token-free pages. They answer only to loopback names and to
    // the host of notify.link_base (a reverse proxy); anything else gets 421.
    void tokenFreePagesAnswerOnlyToTheirOwnNames()
    {
        const quint16 port = quint16(m_engine->endpoints().api.port());
        auto statusFor = [port](const QByteArray &host, const QByteArray &path) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            if (!socket.waitForConnected(5000))
                return QByteArray("no connection");
            socket.write("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            QByteArray answer;
            while (socket.waitForReadyRead(5000) || socket.bytesAvailable() > 0) {
                answer += socket.readAll();
                if (answer.contains("\r\n"))
                    break;
            }
            return answer.left(answer.indexOf("\r\n"));
        };
        const QByteArray own = "127.0.0.1:" + QByteArray::number(port);
        QCOMPARE(statusFor(own, "/status"), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(statusFor("localhost:" + QByteArray::number(port), "/status"), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(statusFor("[::1]:" + QByteArray::number(port), "/status"), QByteArray("HTTP/1.1 200 OK"));
        for (const QByteArray &path : {QByteArray("/status"), QByteArray("/incidents/1"), QByteArray("/playbooks/x"),
                                      QByteArray("/dashboard/fema")})
            QCOMPARE(statusFor("rebind.attacker.example:" + QByteArray::number(port), path),
                     QByteArray("HTTP/1.1 421 Misdirected Request"));
        QCOMPARE(m_api->put(QStringLiteral("/api/v1/settings/notify.link_base"), "https://ops.example.gov").status, 200);
        QCOMPARE(statusFor("ops.example.gov", "/status"), QByteArray("HTTP/1.1 200 OK"));
        QCOMPARE(statusFor("rebind.attacker.example", "/status"), QByteArray("HTTP/1.1 421 Misdirected Request"));
        QCOMPARE(m_api->put(QStringLiteral("/api/v1/settings/notify.link_base"), "").status, 200);
    }

    void cleanupTestCase()
    {
        m_api.reset();
        if (m_engine)
            m_engine->stop();
    }
};

QTEST_GUILESS_MAIN(TestStatusPage)
#include "tst_statuspage.moc"
