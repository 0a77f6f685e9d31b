// Rollups (1 m, 1 h) and the window-aggregate code path: the buckets hold exactly what the
// *_over_time functions give over the same samples; the codec round-trips bit-exactly; windows
// that reach past raw retention are answered from rollups and say so; quantiles over more samples
// than the cap come from a DDSketch within 1 %.
#include "store/Aggregates.h"
#include "store/Rollup.h"
#include "store/SeriesStore.h"

#include <QTest>

#include <cmath>
#include <limits>
#include <random>

using namespace hms;

namespace {
constexpr TimestampMs kMax = std::numeric_limits<TimestampMs>::max();

PushedSample gauge(TimestampMs t, double v)
{
    PushedSample p;
    p.name = QStringLiteral("lat");
    p.timestampMs = t;
    p.value = v;
    return p;
}

AggregateSpec spec(const char *text)
{
    return *parseAggregate(QString::fromLatin1(text));
}

// The aggregate over the raw samples of [start, start + width), by the exact code path.
double exact(const std::vector<Sample> &all, TimestampMs start, qint64 width, const char *agg)
{
    std::vector<Sample> in;
    for (const Sample &s : all)
        if (s.t >= start && s.t < start + width)
            in.push_back(s);
    return *aggregate(spec(agg), in, start - 1, start + width - 1);
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}
} // namespace

class TestRollup : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bucketsAreTheOverTimeFunctionsOfTheirSamples()
    {
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> value(-50, 500);
        std::vector<Sample> all;
        RollupTier tier(60000);
        TimestampMs t = 1'700'000'000'000;
        for (int i = 0; i < 9000; ++i) {
            t += 1 + TimestampMs(rng() % 4000);
            double v = value(rng);
            if (i % 97 == 0)
                v = std::nan(""); // NaN: counted, last, poisons sum, skipped by min/max
            all.push_back({t, v});
            tier.add(all.back());
        }
        const auto buckets = tier.range(std::numeric_limits<TimestampMs>::min() + 60000, kMax);
        QVERIFY(buckets.size() > 250);
        std::size_t checked = 0;
        for (const RollupBucket &b : buckets) {
            QCOMPARE(b.start % 60000, 0);
            QVERIFY2(same(b.min, exact(all, b.start, 60000, "min")), qPrintable(QString::number(b.start)));
            QVERIFY(same(b.max, exact(all, b.start, 60000, "max")));
            QVERIFY(same(b.sum, exact(all, b.start, 60000, "sum")));
            QCOMPARE(b.count, exact(all, b.start, 60000, "count"));
            QVERIFY(same(b.last, exact(all, b.start, 60000, "last")));
            ++checked;
        }
        QCOMPARE(checked, buckets.size());
        // 120 closed buckets are sealed into a compressed chunk; nothing is lost by it.
        QVERIFY(!tier.takeUnpersisted().empty());
    }

    void codecRoundTripsBitExactlyAndRejectsGarbage()
    {
        std::vector<RollupBucket> in;
        for (int i = 0; i < 120; ++i)
            in.push_back({i * 3600000LL, -0.0, std::numeric_limits<double>::infinity(), i * 1.5, double(i % 7),
                          i % 11 == 0 ? std::nan("") : 1e-300 * i});
        bool ok = false;
        const QByteArray data = encodeRollups(in);
        const auto out = decodeRollups(data, 120, &ok);
        QVERIFY(ok);
        QCOMPARE(out.size(), in.size());
        for (std::size_t i = 0; i < in.size(); ++i) {
            QCOMPARE(out[i].start, in[i].start);
            for (auto field : {&RollupBucket::min, &RollupBucket::max, &RollupBucket::sum, &RollupBucket::count,
                               &RollupBucket::last})
                QCOMPARE(std::bit_cast<quint64>(out[i].*field), std::bit_cast<quint64>(in[i].*field));
        }
        QVERIFY(decodeRollups(data.left(data.size() - 1), 120, &ok).empty());
        QVERIFY(!ok);
        QVERIFY(decodeRollups(data, 121, &ok).empty());
        QVERIFY(!ok);
        QVERIFY(decodeRollups(QByteArray(data + QByteArrayLiteral("x")), 120, &ok).empty());
        QVERIFY(!ok);
    }

    void trimDropsWholeChunksPastRetention()
    {
        RollupTier tier(60000);
        for (int i = 0; i < 300; ++i) // 300 one-minute buckets: two sealed chunks and 60 closed
            tier.add({i * 60000LL, double(i)});
        QCOMPARE(*tier.oldestStart(), 0);
        tier.trim(120 * 60000LL); // the first chunk ends at bucket 119
        QCOMPARE(*tier.oldestStart(), 120 * 60000LL);
        QCOMPARE(tier.range(0, kMax).size(), std::size_t(180));
    }

    void windowsPastRawRetentionUseRollupsAndSaySo()
    {
        SeriesStore::Options options;
        options.retentionMs = 3600000; // 1 h of raw samples
        SeriesStore store(options);
        const TimestampMs start = 1'700'000'000'000 - (1'700'000'000'000 % 3600000);
        std::vector<PushedSample> in;
        for (int i = 0; i < 6 * 3600; ++i) // 6 h at 1 Hz, value = minute of the day
            in.push_back(gauge(start + i * 1000LL, double(i / 60)));
        QCOMPARE(store.applyPushed(in, start), int(in.size()));
        const TimestampMs now = start + 6 * 3600000LL - 1000;
        store.trim(now);
        const SeriesKey key{QStringLiteral("lat"), {}};
        // Raw samples go by whole chunks: at most one chunk (120 s here) older than the cutoff stays.
        const TimestampMs oldestRaw = store.range(key, 0, kMax).front().t;
        QVERIFY(oldestRaw <= now - 3600000 && oldestRaw > now - 3600000 - 120000);

        // Inside raw retention: exact.
        const WindowResult recent = store.aggregateWindow(key, spec("max"), now, 600000);
        QCOMPARE(recent.method, QStringLiteral("raw"));
        QCOMPARE(recent.value.value(), double(6 * 60 - 1));

        // 4 h back: the raw samples are gone, 1 m buckets answer from whole buckets.
        const WindowResult old = store.aggregateWindow(key, spec("count"), now, 4 * 3600000LL);
        QCOMPARE(old.method, QStringLiteral("rollup_1m"));
        QVERIFY(old.approximate());
        QCOMPARE(old.samples, qint64(4 * 60)); // buckets starting inside the window
        QCOMPARE(old.value.value(), double(4 * 3600 - 60 + 60)); // 239 whole minutes + the open one
        const WindowResult mean = store.aggregateWindow(key, spec("min"), now, 4 * 3600000LL);
        QCOMPARE(mean.value.value(), double(2 * 60)); // the first bucket inside starts at minute 120

        // A quantile cannot come from rollups: it is computed over what raw samples remain.
        const WindowResult p95 = store.aggregateWindow(key, spec("p95"), now, 4 * 3600000LL);
        QCOMPARE(p95.method, QStringLiteral("raw_partial"));
        QCOMPARE(p95.samples, qint64(now - oldestRaw) / 1000 + 1);

        // The chart reads rollups for ranges wider than a minute per pixel or past raw retention.
        QCOMPARE(store.resolutionFor(now - 3600000, now, 600), Resolution::Raw);
        QCOMPARE(store.resolutionFor(now - 5 * 3600000LL, now, 600), Resolution::Minute);
        QCOMPARE(store.resolutionFor(now - 30 * 24 * 3600000LL, now, 600), Resolution::Hour);
        const auto drawn = store.decimated(key, now - 5 * 3600000LL, now, 100);
        QVERIFY(!drawn.empty() && drawn.size() <= 200);
        // The range starts 1 s before minute 60: the minute-59 bucket overlaps it and comes first.
        QCOMPARE(drawn.front().v, 59.0);
        QCOMPARE(drawn.back().v, double(6 * 60 - 1));
    }

    void quantilesOverTheCapComeFromASketchWithinOnePercent()
    {
        SeriesStore::Options options;
        options.exactQuantileCap = 10000;
        SeriesStore store(options);
        std::mt19937_64 rng(42);
        std::lognormal_distribution<double> latency(5.0, 0.8);
        std::vector<PushedSample> in;
        for (int i = 0; i < 50000; ++i)
            in.push_back(gauge(1000 + i, latency(rng)));
        store.applyPushed(in, 0);
        const SeriesKey key{QStringLiteral("lat"), {}};
        const TimestampMs t = 1000 + 49999;
        std::vector<double> values;
        for (const PushedSample &p : in)
            values.push_back(p.value);
        for (double q : {0.5, 0.95, 0.99}) {
            AggregateSpec s = spec("p50");
            s.quantile = q;
            const WindowResult big = store.aggregateWindow(key, s, t, 60000);
            QCOMPARE(big.method, QStringLiteral("ddsketch"));
            QCOMPARE(big.samples, qint64(50000));
            const double truth = *quantileOf(q, values);
            QVERIFY2(std::abs(*big.value - truth) <= 0.01 * truth,
                     qPrintable(QStringLiteral("q=%1 sketch=%2 exact=%3").arg(q).arg(*big.value).arg(truth)));
            // Under the cap the same query is exact.
            const WindowResult small = store.aggregateWindow(key, s, t, 5000);
            QCOMPARE(small.method, QStringLiteral("raw"));
            QCOMPARE(small.samples, qint64(5000));
        }
    }
};

QTEST_APPLESS_MAIN(TestRollup)
#include "tst_rollup.moc"
