// series.db: every accepted sample comes back after a restart; after a kill -9 the ingest journal
// brings back what series.db had not yet written.
#include "api/ApiClient.h"
#include "Engine.h"
#include "core/Endpoints.h"
#include "rules/Rule.h"
#include "store/Gorilla.h"
#include "store/SeriesDb.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QFileInfo>
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

    static constexpr TimestampMs kT0 = 1000000;
    static constexpr qint64 kStep = 2000; // 5,000 samples span 166 min: one sealed chunk of 1 m buckets
    static SeriesStore::Options longRetention()
    {
        SeriesStore::Options o;
        o.retentionMs = 100LL * 365 * 24 * 3600 * 1000;
        return o;
    }
    static std::vector<SeriesKey> threeKeys()
    {
        return {{QStringLiteral("s0"), {}}, {QStringLiteral("s1"), {}}, {QStringLiteral("s2"), {}}};
    }
    // Three series of 5,000 samples kStep apart from kT0, written in writes of 600 (several
    // segments, the last chunks and the head in the tail rows).
    static void writeThreeSeries(const QString &path, TimestampMs t0 = kT0)
    {
        SeriesStore store(longRetention());
        QString error;
        auto db = SeriesDb::open(path, path, &error);
        QVERIFY2(db, qPrintable(error));
        // A series that never gets a sample (stored without a tail row): nothing to rebuild,
        // so it must not make a start read older history.
        QVERIFY(store.resolve({{QStringLiteral("never"), {}}}, 0).at(0));
        for (int from = 0; from < 5000; from += 600) {
            std::vector<PushedSample> in;
            for (int i = from; i < std::min(5000, from + 600); ++i)
                for (int k = 0; k < 3; ++k)
                    in.push_back(sample(k == 0 ? "s0" : k == 1 ? "s1" : "s2", t0 + i * kStep, (i * (k + 1)) % 97 + 0.5));
            store.applyPushed(in, 0);
            QVERIFY2(db->write(store.takePersistBatch(0), &error), qPrintable(error));
        }
    }

    // The engine: start() returns with the last recentHistoryMs of raw samples; the rest arrives
    // on the history thread, then historyComplete() and rule evaluation.
    void engineLoadsOlderHistoryAfterStart()
    {
        QTemporaryDir dir;
        const TimestampMs t0 = QDateTime::currentMSecsSinceEpoch() - 5000 * kStep;
        writeThreeSeries(dir.filePath(QStringLiteral("series.db")), t0);
        EngineOptions options;
        options.dataDir = dir.path();
        options.loadExamples = false;
        options.recentHistoryMs = 10 * 60 * 1000;
        options.keychainService = QStringLiteral("hms-ops-test-seriesdb");
        Engine engine(options);
        QSignalSpy complete(&engine, &Engine::historyComplete);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        QVERIFY(!engine.historyLoaded());
        const qint64 first = engine.seriesLoaded().samples;
        QVERIFY2(first > 0 && first < 3 * 5000, qPrintable(QString::number(first)));
        QVERIFY(complete.wait(20000));
        QVERIFY(engine.historyLoaded());
        QCOMPARE(engine.store().historyProgress(), 100);
        QCOMPARE(first + engine.seriesLoaded().olderSamples, qint64(3 * 5000));
        for (const SeriesKey &key : threeKeys())
            QCOMPARE(engine.store().range(key, 0, t0 + 5000 * kStep).size(), std::size_t(5000));
        engine.stop();
    }

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

    // A start loads the recent raw chunks first and the older ones after, in front of what is
    // held (while ingest appends behind it): in the end the store equals a full load.
    void twoStepLoadFillsInBackwardsAndEqualsAFullLoad()
    {
        const QString path = m_dir.filePath(QStringLiteral("two.db"));
        writeThreeSeries(path);
        const TimestampMs end = kT0 + 4999 * kStep;
        QString error;
        SeriesStore full(longRetention());
        {
            auto db = SeriesDb::open(path, QStringLiteral("two-full"), &error);
            QVERIFY2(db && db->load(full, {}, nullptr, &error), qPrintable(error));
        }
        QCOMPARE(full.sampleCount(), qint64(3 * 5000));

        SeriesStore store(longRetention());
        const TimestampMs recentFrom = kT0 + 4000 * kStep;
        SeriesDb::Boundary boundary;
        SeriesDb::LoadStats stats;
        {
            auto db = SeriesDb::open(path, QStringLiteral("two-recent"), &error);
            QVERIFY2(db && db->loadRecent(store, {}, recentFrom, &boundary, &stats, &error), qPrintable(error));
        }
        QCOMPARE(store.rawCompleteFrom(), TimestampMs(0)); // what is loaded counts; nothing is trimmed
        QVERIFY(boundary.earlier.empty()); // open buckets stored: nothing needed from further back
        QVERIFY(boundary.rollupsDeferred);
        for (const SeriesKey &key : threeKeys()) {
            const auto recent = store.range(key, recentFrom - 1, end);
            QVERIFY(!recent.empty());
            QVERIFY(recent == full.range(key, recentFrom - 1, end)); // complete from recentFrom
            QVERIFY(store.range(key, 0, end).size() < 5000);         // the older part is not in yet
            // A window inside what has loaded is exact (not answered from rollups not yet in).
            const AggregateSpec count = *parseAggregate(u"count");
            const WindowResult recentCount = store.aggregateWindow(key, count, end, 30 * 60'000);
            QCOMPARE(recentCount.value, full.aggregateWindow(key, count, end, 30 * 60'000).value);
            QCOMPARE(recentCount.value, std::optional<double>(900));
            // Closed and open buckets are in (the newest two hours of minutes, both hours);
            // the sealed chunk of the first 120 minutes is not yet.
            QVERIFY(store.rollups(key, Resolution::Hour, 0, end) == full.rollups(key, Resolution::Hour, 0, end));
            const auto minutes = full.rollups(key, Resolution::Minute, 0, end);
            QVERIFY(minutes.size() > std::size_t(RollupTier::kBucketsPerChunk));
            QVERIFY(store.rollups(key, Resolution::Minute, 0, end)
                    == std::vector<RollupBucket>(minutes.begin() + RollupTier::kBucketsPerChunk, minutes.end()));
        }
        // Ingest runs meanwhile.
        QCOMPARE(store.applyPushed({sample("s0", end + 1000, 42)}, 0), 1);

        qint64 lastDone = -1, lastTotal = -1;
        {
            auto db = SeriesDb::open(path, QStringLiteral("two-older"), &error);
            QVERIFY2(db && db->loadOlder(store, {}, boundary, &stats, &error, [&](qint64 done, qint64 total) {
                lastDone = done;
                lastTotal = total;
                return true;
            }), qPrintable(error));
        }
        QVERIFY(lastTotal > 1);
        QCOMPARE(lastDone, lastTotal);
        QCOMPARE(store.rawCompleteFrom(), TimestampMs(0));
        QCOMPARE(store.sampleCount(), full.sampleCount() + 1);
        for (const SeriesKey &key : threeKeys()) {
            auto expected = full.range(key, 0, end + 1000);
            if (key.name == u"s0")
                expected.push_back({end + 1000, 42});
            QVERIFY2(store.range(key, 0, end + 1000) == expected, qPrintable(key.name));
            if (key.name != u"s0") // s0's open minute took the live sample
                QVERIFY(store.rollups(key, Resolution::Minute, 0, end) == full.rollups(key, Resolution::Minute, 0, end));
        }
    }

    // Files written before the open rollup buckets were stored (open_mask NULL): their series
    // are loaded from their last closed bucket on, and the open buckets rebuilt from raw.
    void olderFilesRebuildOpenBucketsFromRaw()
    {
        const QString path = m_dir.filePath(QStringLiteral("legacy.db"));
        writeThreeSeries(path);
        QString error;
        SeriesStore full(longRetention());
        {
            auto db = SeriesDb::open(path, QStringLiteral("legacy-full"), &error);
            QVERIFY2(db && db->load(full, {}, nullptr, &error), qPrintable(error));
        }
        {
            QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("legacy-sql"));
            sql.setDatabaseName(path);
            QVERIFY(sql.open());
            QSqlQuery q(sql);
            QVERIFY2(q.exec(QStringLiteral("UPDATE heads SET open_mask = NULL, open = NULL")), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("legacy-sql"));
        const TimestampMs end = kT0 + 4999 * kStep;
        SeriesStore store(longRetention());
        SeriesDb::Boundary boundary;
        {
            auto db = SeriesDb::open(path, QStringLiteral("legacy-recent"), &error);
            QVERIFY2(db && db->loadRecent(store, {}, end, &boundary, nullptr, &error), qPrintable(error));
        }
        QCOMPARE(boundary.earlier.size(), std::size_t(3));
        for (const SeriesKey &key : threeKeys())
            for (Resolution r : {Resolution::Minute, Resolution::Hour})
                QVERIFY2(store.rollups(key, r, 0, end) == full.rollups(key, r, 0, end), qPrintable(resolutionName(r)));
        // The rows are rewritten with their open buckets at the next persist.
        QCOMPARE(store.takePersistBatch(end).tails.size(), std::size_t(3));
        {
            auto db = SeriesDb::open(path, QStringLiteral("legacy-older"), &error);
            QVERIFY2(db && db->loadOlder(store, {}, boundary, nullptr, &error), qPrintable(error));
        }
        for (const SeriesKey &key : threeKeys())
            QVERIFY(store.range(key, 0, end) == full.range(key, 0, end));
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

    void killDashNineLosesNoAcknowledgedSample()
    {
        // The sanitizer builds compile the engine's tests only, not the program (scripts/sanitize.sh).
        if (!QFileInfo::exists(qEnvironmentVariable("HMS_OPS_BIN")))
            QSKIP("hms-ops is not built in this tree");
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
        // Killed as soon as the push is answered: series.db has not been written since (once a
        // second), so the samples come back from the journal.
        QCOMPARE(api->post(QStringLiteral("/api/v1/metrics"), QJsonDocument(body)).status, 200);
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
