// The seed's walk-through end to end, with real processes: hms-ops --headless, opsctl, StatsD
// over UDP, the OS keychain (a real Secret Service, see scripts/test.sh) and a local Slack-style
// receiver on 127.0.0.1.
#include "api/ApiClient.h"
#include "core/Endpoints.h"
#include "oncall/Rotation.h"
#include "replay/Bundle.h"

#include <QFile>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include "replay/Bundle.h"

#include <QTest>

using namespace hms;

// A Slack-compatible incoming-webhook receiver on 127.0.0.1.
class Receiver : public QObject {
    Q_OBJECT
public:
    Receiver()
    {
        m_server.route(QStringLiteral("/hook"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &req) {
            bodies << QJsonDocument::fromJson(req.body()).object();
            Q_EMIT received();
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), QByteArrayLiteral("ok"));
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(port); }
    QList<QJsonObject> bodies;
    quint16 port = 0;
Q_SIGNALS:
    void received();

private:
    QHttpServer m_server;
};

class TestWalkthrough : public QObject {
    Q_OBJECT
private:
    QString opsBin() const { return qEnvironmentVariable("HMS_OPS_BIN"); }
    QString opsctlBin() const { return qEnvironmentVariable("HMS_OPSCTL_BIN"); }
    QStringList opsctlArgs(const QStringList &rest) const { return QStringList{QStringLiteral("--data-dir"), m_dir.path()} + rest; }

    int opsctl(const QStringList &args, QByteArray *out = nullptr, const QByteArray &input = {})
    {
        QProcess p;
        p.start(opsctlBin(), opsctlArgs(args));
        if (!input.isEmpty()) {
            p.write(input);
            p.closeWriteChannel();
        }
        if (!p.waitForFinished(30000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }

    QTemporaryDir m_dir;
    QProcess m_ops;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(opsBin()), "HMS_OPS_BIN must name the hms-ops binary");
        m_ops.setProcessChannelMode(QProcess::SeparateChannels);
        m_ops.start(opsBin(), {QStringLiteral("--headless"), QStringLiteral("--data-dir"), m_dir.path(),
                               QStringLiteral("--api-listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--statsd-listen"), QStringLiteral("127.0.0.1:0"),
                               QStringLiteral("--influx-listen"), QStringLiteral("127.0.0.1:0")});
        QSignalSpy ready(&m_ops, &QProcess::readyReadStandardOutput);
        QVERIFY(ready.wait(10000));
        const QByteArray line = m_ops.readLine();
        QVERIFY2(line.startsWith("ready api=http://127.0.0.1:"), line.constData());
        QVERIFY(line.contains(" statsd=127.0.0.1:"));
    }

    void cleanupTestCase()
    {
        m_ops.terminate();
        QVERIFY(m_ops.waitForFinished(10000));
        QCOMPARE(m_ops.exitCode(), 0);
        QVERIFY2(!QFile::exists(m_dir.filePath(QStringLiteral("endpoints.json"))), "a clean stop removes endpoints.json");
    }

    void tokenIsPrivate()
    {
        const QFile token(m_dir.filePath(QStringLiteral("api-token")));
        QVERIFY(token.exists());
        QCOMPARE(token.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                        | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
    }

    void noInstanceIsAPlainError()
    {
        QTemporaryDir empty;
        QProcess p;
        p.start(opsctlBin(), {QStringLiteral("--data-dir"), empty.path(), QStringLiteral("incident"), QStringLiteral("list")});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("no running instance found"));
    }

    void badRuleNamesFileLineColumnAndInstallsNothing()
    {
        const QString bad = m_dir.filePath(QStringLiteral("bad_alert.yml"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("metric: aid_form.latency_ms\naggregate: p95\nthreshold: \"1000\"\n");
        f.close();
        QByteArray out;
        QCOMPARE(opsctl({QStringLiteral("alert"), QStringLiteral("create"), bad}, &out), 1);
        QVERIFY2(out.contains("bad_alert.yml:3:12: threshold"), out.constData());
        QCOMPARE(opsctl({QStringLiteral("alert"), QStringLiteral("list")}, &out), 0);
        QVERIFY2(!out.contains("bad_alert"), out.constData());
    }

    void seedWalkthrough()
    {
        Receiver receiver;
        QVERIFY(receiver.port != 0);
        QSignalSpy received(&receiver, &Receiver::received);

        // The webhook URL goes to the OS keychain through the instance, read from stdin.
        QByteArray out;
        QCOMPARE(opsctl({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("slack_webhook")}, &out,
                        receiver.url().toUtf8() + '\n'),
                 0);

        // The seed's rule, with `for: 2s` instead of 2m so the test takes seconds.
        QFile seed(qEnvironmentVariable("HMS_EXAMPLES_DIR") + QStringLiteral("/latency_alert.yml"));
        QVERIFY(seed.open(QIODevice::ReadOnly));
        QByteArray rule = seed.readAll();
        QVERIFY(rule.contains("for: 2m"));
        rule.replace("for: 2m", "for: 2s");
        const QString ruleFile = m_dir.filePath(QStringLiteral("latency_alert.yml"));
        QFile rf(ruleFile);
        QVERIFY(rf.open(QIODevice::WriteOnly));
        rf.write(rule);
        rf.close();
        QCOMPARE(opsctl({QStringLiteral("alert"), QStringLiteral("create"), ruleFile}, &out), 0);
        QVERIFY2(out.contains("AID_LAT_P95_HIGH installed"), out.constData());

        QProcess watch;
        watch.start(opsctlBin(), opsctlArgs({QStringLiteral("incident"), QStringLiteral("watch"),
                                             QStringLiteral("--all"), QStringLiteral("--exit-after"), QStringLiteral("5")}));
        QVERIFY(watch.waitForStarted());

        const qint64 floodStart = QDateTime::currentMSecsSinceEpoch();
        QProcess flood;
        flood.start(opsctlBin(), opsctlArgs({QStringLiteral("demo"), QStringLiteral("flood"), QStringLiteral("--metric"),
                                             QStringLiteral("aid_form.latency_ms"), QStringLiteral("--value"),
                                             QStringLiteral("1500"), QStringLiteral("--rate"), QStringLiteral("100"),
                                             QStringLiteral("--seconds"), QStringLiteral("6")}));
        QVERIFY(received.wait(15000));
        const qint64 webhookAt = QDateTime::currentMSecsSinceEpoch();

        // The incident: opened within for + 2 ticks of the first slow sample, assigned to whoever is
        // on call in fema_oncall now, with the playbook attached.
        const auto endpoints = Endpoints::read(m_dir.path(), nullptr);
        QString error;
        const auto token = readApiToken(m_dir.filePath(QStringLiteral("api-token")), &error);
        QVERIFY(endpoints && token);
        ApiClient api(endpoints->api, *token);
        const ApiReply list = api.get(QStringLiteral("/api/v1/incidents"));
        QVERIFY(list.ok());
        const QJsonArray incidents = list.json.object().value(QStringLiteral("incidents")).toArray();
        QCOMPARE(incidents.size(), 1);
        const QJsonObject inc = incidents.first().toObject();
        QCOMPARE(inc.value(QStringLiteral("rule")).toString(), QStringLiteral("AID_LAT_P95_HIGH"));
        QCOMPARE(inc.value(QStringLiteral("service")).toString(), QStringLiteral("aid_form"));
        QCOMPARE(inc.value(QStringLiteral("state")).toString(), QStringLiteral("triggered"));
        QCOMPARE(inc.value(QStringLiteral("value")).toDouble(), 1500.0);
        QCOMPARE(inc.value(QStringLiteral("playbook")).toString(), QStringLiteral("pb_aid_latency"));
        const qint64 openedAt =
            QDateTime::fromString(inc.value(QStringLiteral("opened_at")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        qInfo("first slow sample -> incident opened: %lld ms (for 2000 ms, tick 1000 ms); "
              "-> webhook received: %lld ms",
              openedAt - floodStart, webhookAt - floodStart);
        QVERIFY2(openedAt - floodStart >= 2000, "never before `for` has passed");
        QVERIFY2(openedAt - floodStart <= 2000 + 2 * 1000, qPrintable(QString::number(openedAt - floodStart)));

        QFile rotationFile(qEnvironmentVariable("HMS_EXAMPLES_DIR") + QStringLiteral("/fema_oncall.yml"));
        QVERIFY(rotationFile.open(QIODevice::ReadOnly));
        const auto rotation = parseRotation(rotationFile.readAll(), QStringLiteral("fema_oncall.yml")).rotation;
        QVERIFY(rotation);
        const auto onCall = rotation->memberIndexAt(openedAt);
        QVERIFY(onCall);
        const QString member = rotation->members.at(std::size_t(*onCall)).name;
        QCOMPARE(inc.value(QStringLiteral("assignee")).toString(), member);

        // The Slack-style webhook names the alert, the service and the assignee.
        const QJsonObject hook = receiver.bodies.first();
        QVERIFY2(hook.value(QStringLiteral("text")).toString().contains(QStringLiteral("AID_LAT_P95_HIGH SVC=aid_form")),
                 qPrintable(hook.value(QStringLiteral("text")).toString()));
        QVERIFY(QJsonDocument(hook).toJson().contains(member.toUtf8()));

        // The playbook is attached in full.
        const ApiReply show = api.get(QStringLiteral("/api/v1/incidents/%1").arg(inc.value(QStringLiteral("id")).toInteger()));
        QVERIFY(show.ok());
        QVERIFY(show.json.object().value(QStringLiteral("playbook")).toObject().value(QStringLiteral("markdown"))
                    .toString().contains(QStringLiteral("kubectl top pod svc-aid-form")));

        // `opsctl incident watch` printed the seed's lines: alert, assignment, notification.
        // It exits after five events, which may have happened already: waitForFinished() returns
        // false for a process that has finished before the call.
        QVERIFY(watch.state() == QProcess::NotRunning || watch.waitForFinished(15000));
        QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
        const QString printed = QString::fromUtf8(watch.readAllStandardOutput());
        QVERIFY2(printed.contains(QStringLiteral("\U0001F6A8  AID_LAT_P95_HIGH  SVC=aid_form  p95=1500 ms")), qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("assigned to %1 (rotation fema_oncall").arg(member)), qPrintable(printed));
        QVERIFY2(printed.contains(QStringLiteral("Slack message delivered")), qPrintable(printed));
        QVERIFY(flood.state() == QProcess::NotRunning || flood.waitForFinished(15000));
        QCOMPARE(flood.exitCode(), 0);

        // Incident command from the CLI: a comment, a bad then a good root-cause link, a
        // checklist tick, then the bundle for offline replay, read back as a replay would.
        const QString id = QString::number(inc.value(QStringLiteral("id")).toInteger());
        QCOMPARE(opsctl({QStringLiteral("incident"), QStringLiteral("comment"), id, QStringLiteral("CDN"), QStringLiteral("fine")}, &out), 0);
        QCOMPARE(opsctl({QStringLiteral("incident"), QStringLiteral("link"), id, QStringLiteral("ftp://x")}, &out), 1);
        QCOMPARE(opsctl({QStringLiteral("incident"), QStringLiteral("link"), id, QStringLiteral("https://github.com/fema/aid/issues/7")}, &out), 0);
        QCOMPARE(opsctl({QStringLiteral("incident"), QStringLiteral("step"), id, QStringLiteral("1")}, &out), 0);
        const QString bundlePath = m_dir.filePath(QStringLiteral("incident.hmsbundle"));
        QCOMPARE(opsctl({QStringLiteral("incident"), QStringLiteral("export"), id, bundlePath, QStringLiteral("--margin"), QStringLiteral("5m")}, &out), 0);
        QVERIFY2(QString::fromUtf8(out).contains(QStringLiteral("hms-ops --replay")), out.constData());
        hms::BundleIo io;
        const auto bundle = hms::loadBundle(bundlePath, &io);
        QVERIFY2(bundle, qPrintable(io.error));
        QCOMPARE(bundle->incident.rootCauseUrl, QStringLiteral("https://github.com/fema/aid/issues/7"));
        QVERIFY(std::any_of(bundle->events.begin(), bundle->events.end(), [](const hms::IncidentEvent &e) { return e.kind == u"step"; }));
        QVERIFY(std::any_of(bundle->events.begin(), bundle->events.end(), [](const hms::IncidentEvent &e) { return e.kind == u"comment"; }));
        QVERIFY(!bundle->series.empty());
        QCOMPARE(bundle->playbook->id, QStringLiteral("pb_aid_latency"));
        QCOMPARE(opsctl({QStringLiteral("incident"), QStringLiteral("export"), QStringLiteral("999"), m_dir.filePath(QStringLiteral("none.hmsbundle"))}, &out), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.hmsbundle"))));
    }
};

QTEST_GUILESS_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
