// series.db: every accepted sample comes back after a restart, and after a kill -9 all but at
// most the last second does.
#include "api/ApiClient.h"
#include "core/Endpoints.h"
#include "store/Gorilla.h"
#include "store/SeriesDb.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

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
        // Five sealed chunks of 120 and a head of 100: four chunks merge into one stored chunk,
        // the fifth and the head are the stored tail.
        for (int i = 0; i < 700; ++i)
            in.push_back(sample("lat", 1000 + i * 15000LL + (i % 3), 100 + (i % 17) * 0.5,
                                {{QStringLiteral("service"), QStringLiteral("aid_form")}},
                                i == 250 ? QStringLiteral("trace-250") : QString()));
        in.push_back(sample("nan", 5000, std::nan("")));
        QCOMPARE(store.applyPushed(in, 0), 701);
        QString error;
        {
            auto db = SeriesDb::open(path, QStringLiteral("rt-w"), &error);
            QVERIFY2(db, qPrintable(error));
            const PersistBatch batch = store.takePersistBatch(10000000);
            QCOMPARE(batch.series.size(), std::size_t(2));
            QCOMPARE(batch.chunks.size(), std::size_t(1));
            QCOMPARE(batch.chunks.at(0).parts.size(), std::size_t(SeriesStore::kChunksPerFileChunk));
            QCOMPARE(batch.tails.size(), std::size_t(2));
            QCOMPARE(batch.tails.at(0).sealed.size() + batch.tails.at(1).sealed.size(), std::size_t(1));
            // 175 minutes: one sealed chunk of 120 one-minute buckets, the rest closed or open.
            QVERIFY(std::any_of(batch.rollups.begin(), batch.rollups.end(), [](const PersistBatch::Rollups &r) {
                return r.resolutionMs == 60000 && r.chunks.size() == 1 && r.closed && !r.closed->empty();
            }));
            QCOMPARE(batch.exemplars.size(), std::size_t(1));
            QVERIFY2(db->write(batch, &error), qPrintable(error));
            QVERIFY(store.takePersistBatch(10000000).empty()); // nothing changed since
        }
        SeriesStore restored;
        auto db = SeriesDb::open(path, QStringLiteral("rt-r"), &error);
        SeriesDb::LoadStats stats;
        QVERIFY2(db->load(restored, {}, &stats, &error), qPrintable(error));
        QCOMPARE(stats.series, qint64(2));
        QCOMPARE(stats.chunks, qint64(1));
        QCOMPARE(stats.samples, qint64(701));
        const SeriesKey key{QStringLiteral("lat"), {{QStringLiteral("service"), QStringLiteral("aid_form")}}};
        const auto before = store.range(key, 0, std::numeric_limits<TimestampMs>::max());
        const auto after = restored.range(key, 0, std::numeric_limits<TimestampMs>::max());
        QCOMPARE(after.size(), std::size_t(700));
        QVERIFY(before == after);
        // Rollups come back too: sealed and closed buckets from the file, the open one rebuilt.
        for (Resolution r : {Resolution::Minute, Resolution::Hour}) {
            const auto expected = store.rollups(key, r, 0, std::numeric_limits<TimestampMs>::max());
            QVERIFY(!expected.empty());
            QVERIFY2(restored.rollups(key, r, 0, std::numeric_limits<TimestampMs>::max()) == expected,
                     qPrintable(resolutionName(r)));
        }
        QCOMPARE(restored.exemplars(key, 0, std::numeric_limits<TimestampMs>::max()).at(0).traceId,
                 QStringLiteral("trace-250"));
        QVERIFY(std::isnan(restored.range({QStringLiteral("nan"), {}}, 0, 10000).at(0).v));
        // Appending after a restart continues the same series, in order.
        QCOMPARE(restored.applyPushed({sample("lat", 1000 + 700 * 15000LL, 1, key.labels)}, 0), 1);
        QCOMPARE(restored.seriesCount(), qint64(2));
    }

    void retentionDropsOldChunksFromTheFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("ret.db"));
        SeriesStore store;
        std::vector<PushedSample> in;
        QString error;
        auto db = SeriesDb::open(path, QStringLiteral("ret"), &error);
        for (int part = 0; part < 2; ++part) { // two writes, each one segment with a stored chunk of 480
            in.clear();
            for (int i = part * 480; i < (part + 1) * 480; ++i)
                in.push_back(sample("m", 1 + i * 1000LL, i));
            store.applyPushed(in, 0);
            QVERIFY(db->write(store.takePersistBatch(0), &error));
        }
        // The first segment ends at 479001; keep from 500000: the file loses it on the next write.
        PersistBatch trimOnly;
        trimOnly.retainFrom = 500000;
        QVERIFY(db->write(trimOnly, &error));
        SeriesStore restored;
        SeriesDb::LoadStats stats;
        QVERIFY(db->load(restored, {}, &stats, &error));
        QCOMPARE(stats.chunks, qint64(1));
        QCOMPARE(restored.range({QStringLiteral("m"), {}}, 0, 1000000).front().t, 480001);
    }

    void versionOneFilesAreMigratedWithoutLoss()
    {
        // A series.db as the first release wrote it: one row per sealed chunk, with indexes.
        const QString path = m_dir.filePath(QStringLiteral("v1.db"));
        std::vector<Sample> samples;
        for (int i = 0; i < 120; ++i)
            samples.push_back({5000 + i * 1000LL, i * 0.25});
        GorillaEncoder encoder;
        for (const Sample &x : samples)
            encoder.append(x.t, x.v);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const char *sql : {"CREATE TABLE series (id INTEGER PRIMARY KEY, name TEXT NOT NULL, labels TEXT NOT NULL)",
                                    "CREATE TABLE chunks (series_id INTEGER NOT NULL, min_t INTEGER NOT NULL, max_t INTEGER NOT NULL, count INTEGER NOT NULL, data BLOB NOT NULL)",
                                    "CREATE INDEX chunks_series ON chunks(series_id, min_t)",
                                    "CREATE INDEX chunks_max_t ON chunks(max_t)",
                                    "CREATE TABLE heads (series_id INTEGER PRIMARY KEY, count INTEGER NOT NULL, data BLOB NOT NULL)",
                                    "CREATE TABLE exemplars (series_id INTEGER NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL, trace_id TEXT NOT NULL)",
                                    "CREATE INDEX exemplars_series ON exemplars(series_id, t)",
                                    "CREATE INDEX exemplars_trace ON exemplars(trace_id)",
                                    "INSERT INTO series VALUES (7, 'old', '{\"job\":\"x\"}')",
                                    "PRAGMA user_version=1"})
                QVERIFY2(q.exec(QString::fromLatin1(sql)), qPrintable(q.lastError().text()));
            q.prepare(QStringLiteral("INSERT INTO chunks VALUES (7, 5000, 124000, 120, ?)"));
            q.addBindValue(encoder.bytes());
            QVERIFY(q.exec());
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        QString error;
        auto db = SeriesDb::open(path, QStringLiteral("v1-open"), &error);
        QVERIFY2(db, qPrintable(error));
        SeriesStore restored;
        SeriesDb::LoadStats stats;
        QVERIFY2(db->load(restored, {}, &stats, &error), qPrintable(error));
        QCOMPARE(stats.chunks, qint64(1));
        QVERIFY(restored.range({QStringLiteral("old"), {{QStringLiteral("job"), QStringLiteral("x")}}}, 0, 1000000) == samples);
    }

    void damagedSegmentsKeepWhatPrecedesTheDamage()
    {
        std::vector<PersistBatch::Chunk> in;
        for (quint64 id = 1; id <= 3; ++id) {
            GorillaEncoder encoder;
            for (int i = 0; i < 10; ++i)
                encoder.append(1000 * i, double(id));
            in.push_back({id, 0, 9000, 10, encoder.bytes()});
        }
        const QByteArray segment = encodeSegment(in);
        std::vector<PersistBatch::Chunk> out;
        QString error;
        QVERIFY(decodeSegment(segment, &out, &error));
        QCOMPARE(out.size(), std::size_t(3));
        QCOMPARE(out[2].maxT, 9000);
        out.clear();
        QVERIFY(!decodeSegment(segment.left(segment.size() - 3), &out, &error));
        QCOMPARE(out.size(), std::size_t(2));
        QVERIFY2(error.startsWith(QStringLiteral("byte ")), qPrintable(error));
    }

    void killDashNineLosesAtMostTheLastSecond()
    {
        QTemporaryDir data;
        auto start = [&](QProcess &p) {
            p.start(qEnvironmentVariable("HMS_OPS_BIN"),
                    {QStringLiteral("--headless"), QStringLiteral("--no-examples"), QStringLiteral("--data-dir"),
                     data.path(), QStringLiteral("--statsd-listen"), QStringLiteral("127.0.0.1:0"),
                     QStringLiteral("--influx-listen"), QStringLiteral("127.0.0.1:0")});
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
