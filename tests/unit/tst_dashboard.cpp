// Dashboards: the JSON format and its errors, the five templates, versions and conflicts in
// ops.db, the min/max decimation, and what a tile shows (value, state, stale mark).
#include "TestOpsDb.h"
#include "dash/Dashboard.h"
#include "dash/DashboardStore.h"
#include "dash/DecimationCache.h"
#include "dash/TileData.h"
#include "demo/HurricaneDemo.h"
#include "Engine.h"
#include "dash/DashboardStore.h"
#include "incidents/Catalog.h"
#include "incidents/OpsDatabase.h"
#include "ingest/PushParser.h"
#include "rules/Rule.h"
#include "store/SeriesStore.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hms;

namespace {
QByteArray minimal(const QByteArray &tiles)
{
    return "{\"name\": \"d\", \"title\": \"D\", \"tiles\": [" + tiles + "]}";
}

Rule latencyRule()
{
    RuleParseResult parsed = parseRules("name: AID_LAT\nmetric: aid_form.latency_ms\naggregate: p95\nwindow: 1m\n"
                                        "threshold: \"> 1000\"\n",
                                        QStringLiteral("r.yml"));
    return parsed.rules.at(0);
}
} // namespace

class TestDashboard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void templatesAreTheSeedsFive()
    {
        const std::vector<Dashboard> all = dashboardTemplates();
        QStringList names, titles;
        for (const Dashboard &d : all) {
            names << d.name;
            titles << d.title;
            QVERIFY(!d.tiles.empty());
            QCOMPARE(d.columns, 12);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("system_health"), QStringLiteral("citizen_experience"),
                                     QStringLiteral("payment_pipeline"), QStringLiteral("legal_blocks"),
                                     QStringLiteral("hitl_backlog")}));
        QCOMPARE(titles.at(1), QStringLiteral("Citizen Experience"));
    }

    void roundTripsThroughItsJson()
    {
        for (const Dashboard &d : dashboardTemplates()) {
            const QByteArray json = QJsonDocument(d.toJson()).toJson();
            const DashboardParseResult again = parseDashboard(json, QStringLiteral("again.json"));
            QVERIFY2(again.dashboard, qPrintable(again.error));
            QCOMPARE(QJsonDocument(again.dashboard->toJson()), QJsonDocument(d.toJson()));
        }
    }

    void errorsNameWhatAndWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::addRow("syntax") << QByteArray("{\n  \"name\": \"d\",\n  \"tiles\": [}\n") << QStringLiteral("d.json:3:14: "); // where Qt stopped reading
        QTest::addRow("not an object") << QByteArray("[1]") << QStringLiteral("d.json: expected a JSON object");
        QTest::addRow("name") << QByteArray("{\"name\": \"Has Spaces\", \"tiles\": []}")
                              << QStringLiteral("d.json: name: expected lower-case letters");
        QTest::addRow("newer schema") << QByteArray("{\"schema\": 7, \"name\": \"d\", \"tiles\": []}")
                                      << QStringLiteral("d.json: schema: version 7 is newer than this program reads (1)");
        QTest::addRow("unknown field") << QByteArray("{\"name\": \"d\", \"tiels\": []}")
                                       << QStringLiteral("d.json: tiels: unknown field; known: schema, name");
        QTest::addRow("kind") << minimal("{\"kind\": \"pie\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1}")
                              << QStringLiteral("d.json: tiles[0].kind: expected one of chart, stat, status");
        QTest::addRow("width") << minimal("{\"kind\": \"clock\", \"x\": 10, \"y\": 0, \"w\": 4, \"h\": 1}")
                               << QStringLiteral("d.json: tiles[0].w: the tile reaches column 14, past the grid's 12 columns");
        QTest::addRow("not integer") << minimal("{\"kind\": \"clock\", \"x\": 1.5, \"y\": 0, \"w\": 1, \"h\": 1}")
                                     << QStringLiteral("d.json: tiles[0].x: expected an integer from 0 to 11, got 1.5");
        QTest::addRow("stat needs aggregate")
            << minimal("{\"kind\": \"stat\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1, \"metric\": \"m\"}")
            << QStringLiteral("d.json: tiles[0].aggregate: required");
        QTest::addRow("aggregate") << minimal("{\"kind\": \"chart\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1, \"metric\": \"m\", "
                                              "\"aggregate\": \"p101\"}")
                                   << QStringLiteral("d.json: tiles[0].aggregate: expected p50, p95");
        QTest::addRow("window") << minimal("{\"kind\": \"chart\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1, \"metric\": \"m\", "
                                           "\"window\": \"soon\"}")
                                << QStringLiteral("d.json: tiles[0].window: expected a duration");
        QTest::addRow("match") << minimal("{\"kind\": \"chart\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1, \"metric\": \"m\", "
                                          "\"match\": {\"endpoint\": 3}}")
                               << QStringLiteral("d.json: tiles[0].match.endpoint: expected a string, got 3");
        QTest::addRow("metric on a clock") << minimal("{\"kind\": \"clock\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1, \"metric\": \"m\"}")
                                           << QStringLiteral("d.json: tiles[0].metric: only chart and stat tiles read a metric");
        QTest::addRow("oncall needs rotation") << minimal("{\"kind\": \"oncall\", \"x\": 0, \"y\": 0, \"w\": 1, \"h\": 1}")
                                               << QStringLiteral("d.json: tiles[0].rotation: required");
        QTest::addRow("overlap") << minimal("{\"kind\": \"clock\", \"x\": 0, \"y\": 0, \"w\": 4, \"h\": 2},"
                                            "{\"kind\": \"clock\", \"x\": 3, \"y\": 1, \"w\": 2, \"h\": 1}")
                                 << QStringLiteral("d.json: tiles[1]: overlaps tiles[0] (columns 0–3, rows 0–1)");
    }
    void errorsNameWhatAndWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const DashboardParseResult r = parseDashboard(json, QStringLiteral("d.json"));
        QVERIFY(!r.dashboard);
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
    }

    void decimationKeepsEveryMinAndMax()
    {
        // 20,000 random points into 300 buckets: at most 600 out, and each bucket's extremes
        // (value and time) are among them.
        QRandomGenerator rng(42);
        std::vector<Sample> points;
        const TimestampMs from = 1'000'000, to = from + 20'000 * 50;
        for (int i = 0; i < 20'000; ++i)
            points.push_back({from + i * 50 + 1, rng.generateDouble() * 100 - 50});
        const int buckets = 300;
        const std::vector<Sample> out = decimateMinMax(points, from, to, buckets);
        QVERIFY(out.size() <= size_t(2 * buckets));
        QVERIFY(std::is_sorted(out.begin(), out.end(), [](const Sample &a, const Sample &b) { return a.t < b.t; }));
        const double width = double(to - from) / buckets;
        std::map<int, std::pair<Sample, Sample>> extremes;
        for (const Sample &s : points) {
            const int b = std::min(buckets - 1, int(double(s.t - from) / width));
            auto [it, fresh] = extremes.try_emplace(b, s, s);
            if (!fresh) {
                if (s.v < it->second.first.v)
                    it->second.first = s;
                if (s.v > it->second.second.v)
                    it->second.second = s;
            }
        }
        for (const auto &[b, mm] : extremes) {
            for (const Sample &want : {mm.first, mm.second})
                QVERIFY2(std::any_of(out.begin(), out.end(), [&](const Sample &s) { return s.t == want.t && s.v == want.v; }),
                         qPrintable(QStringLiteral("bucket %1 lost %2 at %3").arg(b).arg(want.v).arg(want.t)));
        }
        // A flat line stays one point per bucket.
        std::vector<Sample> flat;
        for (int i = 0; i < 1000; ++i)
            flat.push_back({from + i * 1000, 7.0});
        QVERIFY(decimateMinMax(flat, from, from + 1'000'000, 100).size() <= 100);
    }

    // The frame worker's cache: frame after frame, while samples arrive and the range scrolls,
    // its lines equal a fresh decimation on the same grid, and most points come from the cache.
    void decimationCacheEqualsAFreshDecimation()
    {
        SeriesStore::Options options;
        options.retentionMs = 100LL * 365 * 24 * 3600 * 1000;
        options.minuteRetentionMs = options.hourRetentionMs = options.retentionMs;
        SeriesStore store(options);
        const SeriesKey key{QStringLiteral("wall.line"), {}};
        const auto handle = store.resolve({key}, 0).at(0);
        QRandomGenerator rng(7);
        TimestampMs t = 1'000'000'000;
        auto append = [&](int n) {
            std::vector<SeriesStore::HandleSample> batch;
            for (int i = 0; i < n; ++i, t += 100)
                batch.push_back({handle, t, rng.generateDouble() * 100});
            QCOMPARE(store.appendHandles(batch, t), n);
        };
        append(20'000);
        DecimationCache cache;
        const qint64 range = 20'000 * 100;
        const int buckets = 400;
        const qint64 width = (range + buckets - 1) / buckets;
        for (int frame = 0; frame < 30; ++frame) {
            const TimestampMs to = t - 100, from = to - range;
            const std::vector<Sample> cached = cache.decimated(store, key, from, to, buckets);
            TimestampMs newest = 0;
            std::vector<Sample> fresh = store.decimatedOnGrid(key, from, to, width, &newest);
            QCOMPARE(newest, to);
            QVERIFY2(cached == fresh, qPrintable(QStringLiteral("frame %1: %2 vs %3 points").arg(frame).arg(cached.size()).arg(fresh.size())));
            QVERIFY(cached.size() <= size_t(2 * (buckets + 1)));
            append(1 + frame % 13); // 0.1-1.3 s of new samples per frame
        }
        QVERIFY(cache.pointsReused() > 20 * cache.pointsComputed());
        // Removing samples (trim) changes the store's generation: nothing stale is drawn. The cut
        // range then reads rollups (raw is incomplete), which the cache passes through.
        const quint64 generation = store.generation();
        store.trim(t - 1'000'000 + options.retentionMs);
        QVERIFY(store.generation() != generation);
        const TimestampMs to = t - 100, from = to - range;
        QCOMPARE(store.resolutionFor(from, to, buckets), Resolution::Minute);
        QVERIFY(cache.decimated(store, key, from, to, buckets) == store.decimated(key, from, to, buckets));
        const TimestampMs laterFrom = t - 900'000; // all of it after the cut: raw again, not from the cache
        TimestampMs newest = 0;
        QVERIFY(cache.decimated(store, key, laterFrom, laterFrom + range, buckets)
                == store.decimatedOnGrid(key, laterFrom, laterFrom + range, width, &newest));
        cache.prune(laterFrom + range + 1);
        QCOMPARE(cache.size(), size_t(0));
    }

    void versionsAndConflicts()
    {
        QString error;
        QSqlDatabase db = hms::test::openTestOps(m_dir.filePath(QStringLiteral("ops.db")), QStringLiteral("dash"), &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        DashboardStore store(db);
        const QByteArray v1 = minimal("{\"kind\": \"clock\", \"x\": 0, \"y\": 0, \"w\": 2, \"h\": 1}");
        QCOMPARE(store.save(v1, QStringLiteral("d.json"), QStringLiteral("ana"), 0, 1000).version, 1);
        // A second "new" dashboard of the same name is a conflict, not an overwrite.
        DashboardSave again = store.save(v1, QStringLiteral("d.json"), QStringLiteral("ben"), 0, 2000);
        QCOMPARE(again.version, 0);
        QVERIFY(again.conflict);
        // Two people edit version 1: the first save wins, the second is refused and names who.
        const QByteArray v2 = minimal("{\"kind\": \"clock\", \"x\": 0, \"y\": 0, \"w\": 3, \"h\": 1}");
        QCOMPARE(store.save(v2, QStringLiteral("d.json"), QStringLiteral("ana"), 1, 3000).version, 2);
        const DashboardSave late = store.save(v1, QStringLiteral("d.json"), QStringLiteral("ben"), 1, 4000);
        QVERIFY(late.conflict);
        QVERIFY2(late.error.contains(QStringLiteral("saved by ana as version 2 after you opened version 1")), qPrintable(late.error));
        QCOMPARE(store.dashboard(QStringLiteral("d"))->dashboard.tiles.at(0).w, 3);
        // History: both versions, newest first, with who and when; old versions stay readable.
        const auto history = store.versions(QStringLiteral("d"));
        QCOMPARE(history.size(), size_t(2));
        QCOMPARE(history.at(0).version, 2);
        QCOMPARE(history.at(1).savedBy, QStringLiteral("ana"));
        QCOMPARE(store.dashboard(QStringLiteral("d"), 1)->dashboard.tiles.at(0).w, 2);
        // A bad file changes nothing.
        const DashboardSave bad = store.save("{", QStringLiteral("bad.json"), QStringLiteral("ana"), std::nullopt, 5000);
        QCOMPARE(bad.version, 0);
        QVERIFY(bad.error.startsWith(QStringLiteral("bad.json:1:2: ")));
        QCOMPARE(store.versions(QStringLiteral("d")).size(), size_t(2));
        QVERIFY(store.remove(QStringLiteral("d")));
        QVERIFY(!store.dashboard(QStringLiteral("d")));
        QVERIFY(!store.remove(QStringLiteral("d")));
    }

    void demoScenarioSurgesAndRecovers()
    {
        const DemoValues calm = HurricaneDemo::valuesAt(0);
        const DemoValues storm = HurricaneDemo::valuesAt(60'000);
        const DemoValues after = HurricaneDemo::valuesAt(120'000);
        QVERIFY(calm.applyAidMs < 1000 && storm.applyAidMs > 1000 && after.applyAidMs < 1000); // the rule fires, then resolves
        QVERIFY(calm.hitlQueue < 100 && storm.hitlQueue > 100 && after.hitlQueue < 100);
        QVERIFY(calm.paymentsPending < 250 && storm.paymentsPending > 250 && after.paymentsPending < 250);
        // Past 1000 ms before the first minute is out, with `for: 10s` still inside it.
        QVERIFY(HurricaneDemo::valuesAt(40'000).applyAidMs > 1000);
        QCOMPARE(HurricaneDemo::valuesAt(HurricaneDemo::kCycleMs + 60'000).applyAidMs, storm.applyAidMs); // a cycle
    }

    void demoFeedsTheRealIngestPath()
    {
        QTemporaryDir dir;
        EngineOptions options;
        options.dataDir = dir.path();
        options.demo = true;
        options.persistSeries = false;
        Engine engine(options);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        // The backfill (an hour through POST /api/v1/metrics) and live StatsD datagrams (tagged by endpoint).
        auto samples = [&](const QString &endpoint) {
            qint64 n = 0;
            for (const SeriesKey &k : engine.store().select(QStringLiteral("aid_form.latency_ms"), {{QStringLiteral("endpoint"), endpoint}}))
                n += qint64(engine.store().range(k, 0, std::numeric_limits<TimestampMs>::max()).size());
            return n;
        };
        // (Generous: under ASan the hour of backfill takes several times longer.)
        QTRY_VERIFY_WITH_TIMEOUT(samples(QStringLiteral("/apply-aid")) >= 240 * 4, 40000);
        const qint64 before = samples(QStringLiteral("/status-check"));
        QTRY_VERIFY_WITH_TIMEOUT(samples(QStringLiteral("/status-check")) > before + 10, 5000); // live, over UDP
        QVERIFY(!engine.store().select(QStringLiteral("legal.blocks"), {{QStringLiteral("law"), QStringLiteral("HIPAA")}}).empty());
        // Its rules and the five dashboards are installed.
        std::optional<std::pair<size_t, size_t>> installed;
        QObject context;
        engine.runOnOps(&context, [](OpsCore &ops) { return std::pair(ops.catalog().rules().size(), ops.dashboards().dashboards().size()); },
                        [&](const std::pair<size_t, size_t> &n) { installed = n; });
        QTRY_VERIFY(installed.has_value());
        QCOMPARE(installed->first, size_t(6)); // its three, and the aid_latency SLO's three burn-rate alerts
        QCOMPARE(installed->second, size_t(6)); // the five templates and fema
        engine.stop();
    }

    void tilesShowValueStateAndStaleness()
    {
        SeriesStore store;
        const TimestampMs now = 10'000'000;
        std::vector<PushedSample> in;
        for (int i = 0; i < 120; ++i) // two minutes of 1500 ms latencies on /apply-aid, one a second
            in.push_back({QStringLiteral("aid_form.latency_ms"), {{QStringLiteral("endpoint"), QStringLiteral("/apply-aid")}},
                          1500, now - 120'000 + i * 1000, {}, PushedSample::Kind::Observation});
        QCOMPARE(store.applyPushed(in, now), 120);
        const Dashboard d = *parseDashboard(minimal("{\"kind\": \"stat\", \"x\": 0, \"y\": 0, \"w\": 3, \"h\": 2, "
                                                    "\"metric\": \"aid_form.latency_ms\", \"aggregate\": \"p95\", "
                                                    "\"match\": {\"endpoint\": \"/apply-aid\"}}"),
                                            QStringLiteral("d.json"))
                                 .dashboard;
        const DashboardTile &tile = d.tiles.at(0);
        const std::vector<Rule> rules{latencyRule()};

        TileData data = computeTile(tile, store, rules, {}, now - 3'600'000, now, 200);
        QCOMPARE(data.value.value_or(-1), 1500.0);
        QCOMPARE(data.rule->name, QStringLiteral("AID_LAT"));
        QCOMPARE(data.state, TileData::State::Ok); // over the threshold, but no incident (yet)
        QVERIFY(!data.stale);
        QVERIFY(!data.spark.empty());

        Incident firing;
        firing.id = 7;
        firing.rule = QStringLiteral("AID_LAT");
        firing.labels = {{QStringLiteral("alertname"), QStringLiteral("AID_LAT")},
                         {QStringLiteral("endpoint"), QStringLiteral("/apply-aid")}};
        firing.openedAt = now - 60'000;
        data = computeTile(tile, store, rules, {firing}, now - 3'600'000, now, 200);
        QCOMPARE(data.state, TileData::State::Firing);
        QCOMPARE(data.incidentIds, std::vector<qint64>{7});
        QCOMPARE(data.firing.size(), size_t(1));
        QCOMPARE(data.firing.at(0).first, now - 60'000);

        // Another endpoint's incident does not colour this tile.
        firing.labels[QStringLiteral("endpoint")] = QStringLiteral("/status-check");
        QCOMPARE(computeTile(tile, store, rules, {firing}, now - 3'600'000, now, 200).state, TileData::State::Ok);

        // Two minutes later with nothing new: stale, and it says since when.
        data = computeTile(tile, store, rules, {}, now - 3'600'000, now + 120'000, 200);
        QVERIFY(data.stale);
        QCOMPARE(data.newest, now - 1000);

        // A metric nobody sends: no data, not stale (there is no source to have stopped).
        DashboardTile nothing = tile;
        nothing.metric = QStringLiteral("nobody.sends.this");
        data = computeTile(nothing, store, rules, {}, now - 3'600'000, now, 200);
        QCOMPARE(data.state, TileData::State::NoData);
        QVERIFY(!data.stale);
        QVERIFY(!data.value);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
