#include "store/SeriesStore.h"

#include <QTest>

using namespace hms;

namespace {
StatsdLine line(const char *name, StatsdType type, double value, double rate = 1.0, Labels tags = {})
{
    StatsdLine l;
    l.name = QString::fromLatin1(name);
    l.type = type;
    l.value = value;
    l.sampleRate = rate;
    l.tags = std::move(tags);
    return l;
}
PushedSample pushed(const char *name, double v, TimestampMs t, Labels labels = {})
{
    PushedSample p;
    p.name = QString::fromLatin1(name);
    p.value = v;
    p.timestampMs = t;
    p.labels = std::move(labels);
    return p;
}
double lastValue(const SeriesStore &store, const SeriesKey &key)
{
    const auto samples = store.range(key, 0, std::numeric_limits<TimestampMs>::max());
    return samples.empty() ? std::nan("") : samples.back().v;
}
} // namespace

class TestSeriesStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void statsdSemantics()
    {
        SeriesStore store;
        StatsdLine set1 = line("users", StatsdType::Set, 0);
        set1.setMember = "alice";
        StatsdLine set2 = set1;
        StatsdLine set3 = set1;
        set3.setMember = "bob";
        store.applyStatsd({line("hits", StatsdType::Counter, 1, 0.1), line("hits", StatsdType::Counter, 2),
                           line("queue", StatsdType::Gauge, 100), line("queue", StatsdType::GaugeDelta, -30),
                           line("queue", StatsdType::GaugeDelta, 5), line("lat", StatsdType::Timer, 320),
                           line("lat", StatsdType::Timer, 410), set1, set2, set3},
                          1000);
        QCOMPARE(lastValue(store, {QStringLiteral("hits"), {}}), 12.0); // 1/0.1 + 2
        QCOMPARE(lastValue(store, {QStringLiteral("queue"), {}}), 75.0);
        QCOMPARE(store.range({QStringLiteral("lat"), {}}, 0, 2000).size(), std::size_t(2));
        QCOMPARE(lastValue(store, {QStringLiteral("users"), {}}), 2.0); // alice, alice, bob
        QCOMPARE(store.sampleCount(), qint64(10));
    }

    void selectMatchesLabelsAndMissingIsEmpty()
    {
        SeriesStore store;
        store.applyPushed({pushed("lat", 1, 1000, {{QStringLiteral("service"), QStringLiteral("aid_form")}}),
                           pushed("lat", 2, 1000, {{QStringLiteral("service"), QStringLiteral("status")}}),
                           pushed("lat", 3, 1000)},
                          1000);
        QCOMPARE(store.select(QStringLiteral("lat"), {}).size(), std::size_t(3));
        const auto aid = store.select(QStringLiteral("lat"), {{QStringLiteral("service"), QStringLiteral("aid_form")}});
        QCOMPARE(aid.size(), std::size_t(1));
        QCOMPARE(aid.front().labels.at(QStringLiteral("service")), QStringLiteral("aid_form"));
        QCOMPARE(store.select(QStringLiteral("lat"), {{QStringLiteral("service"), QString()}}).size(), std::size_t(1));
        QVERIFY(store.select(QStringLiteral("nope"), {}).empty());
    }

    void rangeIsLeftOpenRightClosed()
    {
        SeriesStore store;
        store.applyPushed({pushed("m", 1, 1000), pushed("m", 2, 2000), pushed("m", 3, 3000)}, 3000);
        const auto r = store.range({QStringLiteral("m"), {}}, 1000, 3000);
        QCOMPARE(r.size(), std::size_t(2));
        QCOMPARE(r.front(), (Sample{2000, 2}));
        QCOMPARE(r.back(), (Sample{3000, 3}));
    }

    void outOfOrderAndCardinalityAreRejectedAndCounted()
    {
        SeriesStore::Options options;
        options.maxSeriesPerMetric = 2;
        SeriesStore store(options);
        QCOMPARE(store.applyPushed({pushed("m", 1, 5000), pushed("m", 2, 4000)}, 5000), 1);
        QCOMPARE(lastValue(store, {QStringLiteral("ops_ingest_rejected_total"), {{QStringLiteral("reason"), QStringLiteral("out_of_order")}}}), 1.0);
        store.applyPushed({pushed("m", 1, 5000, {{QStringLiteral("k"), QStringLiteral("a")}}),
                           pushed("m", 1, 5000, {{QStringLiteral("k"), QStringLiteral("b")}})},
                          5000);
        QCOMPARE(store.select(QStringLiteral("m"), {}).size(), std::size_t(2));
        QCOMPARE(lastValue(store, {QStringLiteral("ops_ingest_rejected_total"), {{QStringLiteral("reason"), QStringLiteral("cardinality")}}}), 1.0);
        // Data already stored is untouched.
        QCOMPARE(lastValue(store, {QStringLiteral("m"), {}}), 1.0);
    }

    void exemplarsKeepTraceIds()
    {
        SeriesStore store;
        PushedSample p = pushed("lat", 1400, 2000);
        p.traceId = QStringLiteral("trace-149");
        store.applyPushed({pushed("lat", 300, 1000), p}, 2000);
        const auto ex = store.exemplars({QStringLiteral("lat"), {}}, 0, 3000);
        QCOMPARE(ex.size(), std::size_t(1));
        QCOMPARE(ex.front(), (Exemplar{2000, 1400, QStringLiteral("trace-149")}));
        QCOMPARE(store.select(QStringLiteral("lat"), {}).size(), std::size_t(1)); // trace_id is no label
    }

    void decimationKeepsEveryBucketsExtremes()
    {
        SeriesStore store;
        std::vector<PushedSample> samples;
        for (int i = 0; i < 1000; ++i)
            samples.push_back(pushed("m", (i % 100 == 37) ? 1000.0 + i : double(i % 10), 1 + i));
        store.applyPushed(samples, 1000);
        const auto d = store.decimated({QStringLiteral("m"), {}}, 1, 1000, 10);
        QVERIFY(d.size() <= 20);
        int spikes = 0;
        for (const Sample &s : d)
            if (s.v >= 1000)
                ++spikes;
        QCOMPARE(spikes, 10); // one spike per 100-sample bucket, none lost
        for (std::size_t i = 1; i < d.size(); ++i)
            QVERIFY(d[i - 1].t <= d[i].t);
    }

    void trimDropsOldSamples()
    {
        SeriesStore::Options options;
        options.retentionMs = 10000;
        SeriesStore store(options);
        store.applyPushed({pushed("m", 1, 1000), pushed("m", 2, 20000)}, 20000);
        store.trim(20000);
        QCOMPARE(store.sampleCount(), qint64(1));
        QCOMPARE(lastValue(store, {QStringLiteral("m"), {}}), 2.0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesStore)
#include "tst_seriesstore.moc"
