// Scraping a real prometheus-node-exporter (Debian package) on 127.0.0.1, and the config file.
#include "Engine.h"
#include "store/SeriesStore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace hms;

class TestScrape : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void config_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        QTest::addRow("ok") << QByteArray("scrape:\n  - job: node\n    url: http://127.0.0.1:9100/metrics\n    interval: 15s\n")
                            << QString();
        QTest::addRow("unknown field") << QByteArray("scrape:\n  - job: node\n    url: http://a:1/m\n    every: 5s\n")
                                       << QStringLiteral("c.yml:4:5: every: unknown field");
        QTest::addRow("bad url") << QByteArray("scrape:\n  - job: node\n    url: ftp://a/m\n")
                                 << QStringLiteral("c.yml:3:10: url: expected an http(s) URL");
        QTest::addRow("bad interval") << QByteArray("scrape:\n  - job: n\n    url: http://a:1/m\n    interval: 10\n")
                                      << QStringLiteral("c.yml:4:15: interval: expected a duration");
        QTest::addRow("missing job") << QByteArray("scrape:\n  - url: http://a:1/m\n")
                                     << QStringLiteral("c.yml:2:5: scrape target: `job` and `url` are required");
        QTest::addRow("not yaml") << QByteArray("scrape: [\n") << QStringLiteral("c.yml:2:1: invalid YAML");
    }
    void dataDirectoryIsPrivate()
    {
        // A data directory the engine makes is its owner's alone (incidents, reviews, the token).
        QTemporaryDir parent;
        EngineOptions options;
        options.dataDir = parent.filePath(QStringLiteral("fresh/data"));
        options.loadExamples = false;
        options.apiPort = 0;
        options.statsdPort = 0;
        Engine engine(options);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QCOMPARE(QFileInfo(options.dataDir).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        engine.stop();
    }

    void config()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        const ConfigParseResult r = parseConfig(yaml, QStringLiteral("c.yml"));
        if (error.isEmpty()) {
            QVERIFY(r.errors.empty());
            QCOMPARE(r.scrape.size(), std::size_t(1));
            QCOMPARE(r.scrape[0].intervalMs, qint64(15000));
            QCOMPARE(r.scrape[0].instance(), QStringLiteral("127.0.0.1:9100"));
        } else {
            QVERIFY(r.scrape.empty());
            QVERIFY(!r.errors.empty());
            QVERIFY2(r.errors[0].toString().startsWith(error), qPrintable(r.errors[0].toString()));
        }
    }

    void scrapesARealNodeExporter()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess exporter;
        exporter.start(QStringLiteral("prometheus-node-exporter"),
                       {QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                        QStringLiteral("--no-collector.systemd")});
        QVERIFY2(exporter.waitForStarted(5000), "prometheus-node-exporter (Debian package) must be installed");

        QTemporaryDir dir;
        EngineOptions options;
        options.dataDir = dir.path();
        options.loadExamples = false;
        ScrapeTarget target;
        target.job = QStringLiteral("node");
        target.url = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
        target.intervalMs = 500;
        target.timeoutMs = 500;
        options.scrapeTargets = {target};
        Engine engine(options);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QVERIFY(engine.scraper());
        QSignalSpy scraped(engine.scraper(), &Scraper::scraped);
        // The exporter may need a moment to listen: wait for an `up` scrape, bounded.
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(scraped.cbegin(), scraped.cend(),
                                             [](const QList<QVariant> &a) { return a.at(2).toBool(); }),
                                 10000);
        QVERIFY(scraped.wait(5000)); // and one more, for two aligned samples
        const Labels target_labels{{QStringLiteral("instance"), QStringLiteral("127.0.0.1:%1").arg(port)},
                                   {QStringLiteral("job"), QStringLiteral("node")}};
        const auto up = engine.store().range({QStringLiteral("up"), target_labels}, 0, std::numeric_limits<qint64>::max());
        QVERIFY(up.size() >= 2);
        QCOMPARE(up.back().v, 1.0);
        // Scheduled timestamps: exactly one interval apart.
        QCOMPARE(up[up.size() - 1].t - up[up.size() - 2].t, qint64(500));
        QVERIFY(!engine.store().select(QStringLiteral("node_cpu_seconds_total"), {{QStringLiteral("job"), QStringLiteral("node")}}).empty());
        QVERIFY(!engine.store().select(QStringLiteral("scrape_duration_seconds"), target_labels).empty());
        engine.stop();
        exporter.terminate();
        exporter.waitForFinished(5000);
    }
};

QTEST_GUILESS_MAIN(TestScrape)
#include "tst_scrape.moc"
