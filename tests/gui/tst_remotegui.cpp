// Remote sources in the window (#8), against a real Alertmanager 0.25 and VictoriaMetrics 1.79:
// Alertmanager's alerts under the incident desk, a silence made from one on its identifying
// labels only and expired again, a `query:` rule's incident in our own desk, and the sources'
// health in the status bar and in Alerts → Sources…, a dead source named with its error.
// HMS_SCREENSHOT_DIR=DIR saves what they look like.
#include "Engine.h"
#include "api/ApiClient.h"
#include "core/Endpoints.h"
#include "IncidentModel.h"
#include "MainWindow.h"
#include "RemoteViews.h"
#include "incidents/Catalog.h"
#include "ingest/Scraper.h"
#include "remote/RemoteHub.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {
quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

void shot(QWidget *w, const char *name)
{
    if (const QString dir = qEnvironmentVariable("HMS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(dir + u'/' + QString::fromLatin1(name)));
    }
}

int post(const QUrl &url, const QByteArray &body)
{
    QNetworkAccessManager nam;
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(3000);
    QNetworkReply *reply = nam.post(req, body);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(4000);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    delete reply;
    return status;
}

QJsonObject alert(const QString &name, const QString &instance, const QString &severity, const QString &summary)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QJsonObject{{QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), name},
                                                              {QStringLiteral("instance"), instance},
                                                              {QStringLiteral("job"), QStringLiteral("node")},
                                                              {QStringLiteral("severity"), severity},
                                                              {QStringLiteral("pod"), QStringLiteral("exporter-7f9c")}}},
                       {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), summary}}},
                       {QStringLiteral("startsAt"), now.addSecs(-300).toString(Qt::ISODateWithMs)},
                       {QStringLiteral("endsAt"), now.addSecs(3600).toString(Qt::ISODateWithMs)}};
}
} // namespace

class TestRemoteGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QProcess m_am, m_vm;
    quint16 m_amPort = 0, m_vmPort = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QFile cfg(m_dir.filePath(QStringLiteral("am.yml")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write("route:\n  receiver: none\nreceivers:\n  - name: none\n");
        cfg.close();
        m_amPort = freePort();
        m_am.start(QStringLiteral("prometheus-alertmanager"),
                   {QStringLiteral("--config.file=%1").arg(cfg.fileName()),
                    QStringLiteral("--storage.path=%1").arg(m_dir.filePath(QStringLiteral("am"))),
                    QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_amPort),
                    QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=error")});
        QVERIFY(m_am.waitForStarted());
        m_vmPort = freePort();
        m_vm.start(QStringLiteral("victoria-metrics"),
                   {QStringLiteral("-storageDataPath=%1").arg(m_dir.filePath(QStringLiteral("vm"))),
                    QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(m_vmPort), QStringLiteral("-loggerLevel=ERROR")});
        QVERIFY(m_vm.waitForStarted());
        const QJsonArray alerts{
            alert(QStringLiteral("DiskFull"), QStringLiteral("db1:9100"), QStringLiteral("critical"), QStringLiteral("/ is 97% full")),
            alert(QStringLiteral("HighLoad"), QStringLiteral("web3:9100"), QStringLiteral("warning"), QStringLiteral("load 14 on 8 cores")),
            alert(QStringLiteral("CertExpiring"), QStringLiteral("lb1:9100"), QStringLiteral("warning"),
                  QStringLiteral("apply.disasterassistance.gov expires in 9 days"))};
        QTRY_COMPARE_WITH_TIMEOUT(post(QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2/alerts").arg(m_amPort)),
                                       QJsonDocument(alerts).toJson()),
                                  200, 15000);
    }

    void cleanupTestCase()
    {
        for (QProcess *p : {&m_am, &m_vm}) {
            p->terminate();
            p->waitForFinished(10000);
        }
    }

    void alertmanagerPanelSilencesAndSourceHealth()
    {
        const auto parsed = hms::parseConfig(QStringLiteral("sources:\n"
                                                            "  - name: vm\n    kind: prometheus\n    url: http://127.0.0.1:%1\n"
                                                            "  - name: am-east\n    kind: alertmanager\n    url: http://127.0.0.1:%2\n"
                                                            "    poll: 500ms\n"
                                                            "  - name: thanos\n    kind: prometheus\n    url: http://127.0.0.1:%3\n"
                                                            "    timeout: 1s\n")
                                                 .arg(m_vmPort)
                                                 .arg(m_amPort)
                                                 .arg(freePort())
                                                 .toUtf8(),
                                             QStringLiteral("hms.yml"));
        QVERIFY(parsed.errors.empty());
        hms::EngineOptions options;
        options.dataDir = m_dir.filePath(QStringLiteral("data"));
        options.tickMs = 500;
        options.loadExamples = true;
        options.persistSeries = false;
        options.keychainService = QStringLiteral("hms-ops-test");
        options.sources = parsed.sources;
        hms::Engine engine(options);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        // One rule on VictoriaMetrics (it fires: an incident of ours), one on the dead source.
        engine.postToOps([](hms::OpsCore &ops) {
            ops.catalog().installRules("name: VictoriaMetricsUp\nquery: vector(1)\nsource: vm\nthreshold: \"> 0\"\n"
                                       "severity: info\nnotify: fema_oncall\nplaybook: pb_aid_latency\n",
                                       QStringLiteral("vm_up.yml"));
            ops.catalog().installRules("name: ThanosNodesDown\nquery: count(up == 0)\nsource: thanos\nthreshold: \"> 0\"\n",
                                       QStringLiteral("thanos.yml"));
        });

        MainWindow window(engine);
        window.resize(1600, 1000);
        window.show();
        ExternalAlertsPanel *panel = window.externalAlerts();
        QVERIFY(panel);
        QTRY_COMPARE_WITH_TIMEOUT(panel->table()->rowCount(), 3, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(window.incidentModel()->rowCount() >= 1, 10000); // VictoriaMetricsUp

        // Silence DiskFull on Alertmanager: identifying labels ticked, severity and pod not.
        int row = -1;
        for (int r = 0; r < panel->table()->rowCount(); ++r)
            if (panel->table()->item(r, 1)->text() == u"DiskFull")
                row = r;
        QVERIFY(row >= 0);
        panel->table()->setCurrentCell(row, 0);
        hms::Labels chosen;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<AlertmanagerSilenceDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            chosen = dialog->matchers();
            dialog->findChild<QLineEdit *>(QStringLiteral("amSilenceComment"))->setText(QStringLiteral("disk swap, INC-42"));
            shot(dialog, "alertmanager-silence.png");
            dialog->accept();
        });
        panel->findChild<QPushButton *>(QStringLiteral("amSilence"))->click();
        QCOMPARE(chosen, (hms::Labels{{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                                      {QStringLiteral("instance"), QStringLiteral("db1:9100")},
                                      {QStringLiteral("job"), QStringLiteral("node")}}));
        auto diskFullState = [&] {
            for (int r = 0; r < panel->table()->rowCount(); ++r)
                if (panel->table()->item(r, 1)->text() == u"DiskFull")
                    return panel->table()->item(r, 3)->text();
            return QString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(diskFullState().startsWith(u"silenced"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(u"created on am-east"), 5000);

        // The dead source is named in the status bar and in Alerts → Sources….
        auto *indicator = window.findChild<SourcesIndicator *>();
        QVERIFY(indicator);
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(u"1 failing (thanos)"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().contains(u"2 ok"), 10000);
        shot(&window, "desk-with-alertmanager.png");
        // The same health for scripts: GET /api/v1/sources (opsctl source list).
        QString why;
        const auto token = hms::readApiToken(QDir(options.dataDir).filePath(QStringLiteral("api-token")), &why);
        QVERIFY(token);
        hms::ApiClient api(engine.endpoints().api, *token);
        const QJsonArray listed = api.get(QStringLiteral("/api/v1/sources")).json.object()[QStringLiteral("sources")].toArray();
        QCOMPARE(listed.size(), 3);
        QCOMPARE(listed.at(2).toObject()[QStringLiteral("name")].toString(), QStringLiteral("thanos"));
        QCOMPARE(listed.at(2).toObject()[QStringLiteral("state")].toString(), QStringLiteral("failing"));
        QVERIFY(!listed.at(2).toObject()[QStringLiteral("last_error")].toString().isEmpty());
        QCOMPARE(listed.at(1).toObject()[QStringLiteral("alerts")].toInt(), 3);
        SourcesDialog sources(engine);
        sources.show();
        QCOMPARE(sources.table()->rowCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(sources.table()->item(2, 3)->text(), QStringLiteral("FAILING"), 5000);
        QVERIFY(!sources.table()->item(2, 6)->text().isEmpty());
        QCOMPARE(sources.table()->item(0, 3)->text(), QStringLiteral("OK"));
        QCOMPARE(sources.table()->item(1, 3)->text(), QStringLiteral("OK"));
        shot(&sources, "sources.png");

        // Expire it from the same panel.
        for (int r = 0; r < panel->table()->rowCount(); ++r)
            if (panel->table()->item(r, 1)->text() == u"DiskFull")
                panel->table()->setCurrentCell(r, 0);
        panel->findChild<QPushButton *>(QStringLiteral("amExpire"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(diskFullState(), QStringLiteral("active"), 5000);
        window.close();
        engine.stop();
    }
};

QTEST_MAIN(TestRemoteGui)
#include "tst_remotegui.moc"
