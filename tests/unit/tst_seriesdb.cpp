// series.db: every accepted sample comes back after a restart, and after a kill -9 all but at
// most the last second does.
#include "api/ApiClient.h"
#include "core/Endpoints.h"
#include "store/SeriesDb.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace hms;

namespace {
PushedSample sample(const char *name, TimestampMs t, double v, Labels labels = {}, QString trace = {})
{
    PushedSample p;
    p.name = QString::fromLatin1(name);
    p.timestampMs = t;
    p.value = v;
    p.labels = std::move(labels);
    p.traceId = std::move(trace);
    return p;
}
} // namespace

class TestSeriesDb : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void roundTripChunksHeadsAndExemplars()
    {
        const QString path = m_dir.filePath(QStringLiteral("rt.db"));
        SeriesStore store;
        std::vector<PushedSample> in;
        for (int i = 0; i < 300; ++i) // two sealed chunks of 120 and a head of 60
            in.push_back(sample("lat", 1000 + i * 15000LL + (i % 3), 100 + (i % 17) * 0.5,
                                {{QStringLiteral("service"), QStringLiteral("aid_form")}},
                                i == 250 ? QStringLiteral("trace-250") : QString()));
        in.push_back(sample("nan", 5000, std::nan("")));
        QCOMPARE(store.applyPushed(in, 0), 301);
        QString error;
        {
            auto db = SeriesDb::open(path, QStringLiteral("rt-w"), &error);
            QVERIFY2(db, qPrintable(error));
            const PersistBatch batch = store.takePersistBatch(10000000);
            QCOMPARE(batch.series.size(), std::size_t(2));
            QCOMPARE(batch.chunks.size(), std::size_t(2));
            QCOMPARE(batch.heads.size(), std::size_t(2));
            QCOMPARE(batch.exemplars.size(), std::size_t(1));
            QVERIFY2(db->write(batch, &error), qPrintable(error));
            QVERIFY(store.takePersistBatch(10000000).empty()); // nothing changed since
        }
        SeriesStore restored;
        auto db = SeriesDb::open(path, QStringLiteral("rt-r"), &error);
        SeriesDb::LoadStats stats;
        QVERIFY2(db->load(restored, 0, &stats, &error), qPrintable(error));
        QCOMPARE(stats.series, qint64(2));
        QCOMPARE(stats.samples, qint64(301));
        const SeriesKey key{QStringLiteral("lat"), {{QStringLiteral("service"), QStringLiteral("aid_form")}}};
        const auto before = store.range(key, 0, std::numeric_limits<TimestampMs>::max());
        const auto after = restored.range(key, 0, std::numeric_limits<TimestampMs>::max());
        QCOMPARE(after.size(), std::size_t(300));
        QVERIFY(before == after);
        QCOMPARE(restored.exemplars(key, 0, std::numeric_limits<TimestampMs>::max()).at(0).traceId,
                 QStringLiteral("trace-250"));
        QVERIFY(std::isnan(restored.range({QStringLiteral("nan"), {}}, 0, 10000).at(0).v));
        // Appending after a restart continues the same series, in order.
        QCOMPARE(restored.applyPushed({sample("lat", 1000 + 300 * 15000LL, 1, key.labels)}, 0), 1);
        QCOMPARE(restored.seriesCount(), qint64(2));
    }

    void retentionDropsOldChunksFromTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("ret.db"));
        SeriesStore store;
        std::vector<PushedSample> in;
        for (int i = 0; i < 240; ++i)
            in.push_back(sample("m", 1 + i * 1000LL, i));
        store.applyPushed(in, 0);
        QString error;
        auto db = SeriesDb::open(path, QStringLiteral("ret"), &error);
        QVERIFY(db->write(store.takePersistBatch(0), &error));
        // The first chunk ends at 119001; keep from 200000: the file loses it on the next write.
        PersistBatch trimOnly;
        trimOnly.retainFrom = 200000;
        QVERIFY(db->write(trimOnly, &error));
        SeriesStore restored;
        SeriesDb::LoadStats stats;
        QVERIFY(db->load(restored, 0, &stats, &error));
        QCOMPARE(stats.chunks, qint64(1));
        QCOMPARE(restored.range({QStringLiteral("m"), {}}, 0, 1000000).front().t, 120001);
    }

    void killDashNineLosesAtMostTheLastSecond()
    {
        QTemporaryDir data;
        auto start = [&](QProcess &p) {
            p.start(qEnvironmentVariable("HMS_OPS_BIN"),
                    {QStringLiteral("--headless"), QStringLiteral("--no-examples"), QStringLiteral("--data-dir"),
                     data.path(), QStringLiteral("--statsd-listen"), QStringLiteral("127.0.0.1:0")});
            QSignalSpy ready(&p, &QProcess::readyReadStandardOutput);
            return ready.wait(10000) && p.readLine().startsWith("ready ");
        };
        QProcess first;
        QVERIFY(start(first));
        QString error;
        auto client = [&] {
            const auto e = Endpoints::read(data.path(), &error);
            const auto token = readApiToken(data.filePath(QStringLiteral("api-token")), &error);
            return std::make_unique<ApiClient>(e->api, *token);
        };
        auto api = client();
        QJsonArray body;
        const double base = double(QDateTime::currentSecsSinceEpoch() - 60);
        for (int i = 0; i < 500; ++i)
            body.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("aid_form.latency_ms")},
                                    {QStringLiteral("value"), 1000 + i},
                                    {QStringLiteral("timestamp"), base + i * 0.01}});
        const qint64 batchesBefore =
            api->get(QStringLiteral("/api/v1/status")).json.object()[QStringLiteral("store")].toObject()
                [QStringLiteral("persisted_batches")].toInteger();
        QCOMPARE(api->post(QStringLiteral("/api/v1/metrics"), QJsonDocument(body)).status, 200);
        // Two persist batches after the push: the second certainly holds it.
        QTRY_VERIFY_WITH_TIMEOUT(
            api->get(QStringLiteral("/api/v1/status")).json.object()[QStringLiteral("store")].toObject()
                    [QStringLiteral("persisted_batches")].toInteger()
                >= batchesBefore + 2,
            5000);
        ::kill(pid_t(first.processId()), SIGKILL);
        QVERIFY(first.waitForFinished(5000));

        QProcess second;
        QVERIFY(start(second));
        api = client();
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("metric"), QStringLiteral("aid_form.latency_ms"));
        q.addQueryItem(QStringLiteral("aggregate"), QStringLiteral("count"));
        q.addQueryItem(QStringLiteral("window"), QStringLiteral("10m"));
        const ApiReply r = api->get(QStringLiteral("/api/v1/query"), q);
        QVERIFY(r.ok());
        QCOMPARE(r.json.object()[QStringLiteral("series")].toArray().at(0).toObject()[QStringLiteral("value")].toDouble(),
                 500.0);
        second.terminate();
        QVERIFY(second.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSeriesDb)
#include "tst_seriesdb.moc"
