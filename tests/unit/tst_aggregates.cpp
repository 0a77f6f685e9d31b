// Window aggregates against hand-computed Prometheus results (quantile_over_time, *_over_time,
// rate/increase with extrapolation and counter resets).
#include "store/Aggregates.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace hms;

Q_DECLARE_METATYPE(std::vector<hms::Sample>)

namespace {
std::vector<Sample> at10s(std::initializer_list<std::pair<int, double>> points)
{
    std::vector<Sample> out;
    for (const auto &[seconds, v] : points)
        out.push_back({seconds * 1000LL, v});
    return out;
}
AggregateSpec spec(const char *text)
{
    return *parseAggregate(QString::fromLatin1(text));
}
} // namespace

class TestAggregates : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quantile_data()
    {
        QTest::addColumn<double>("q");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<double>("expected");
        // rank = q·(n−1), linear interpolation.
        QTest::addRow("p95 of 1..4") << 0.95 << QList<double>{4, 1, 3, 2} << 3.85;
        QTest::addRow("median of 1..4") << 0.5 << QList<double>{1, 2, 3, 4} << 2.5;
        QTest::addRow("p0 is the min") << 0.0 << QList<double>{5, 1, 9} << 1.0;
        QTest::addRow("p100 is the max") << 1.0 << QList<double>{5, 1, 9} << 9.0;
        QTest::addRow("one value") << 0.99 << QList<double>{1400} << 1400.0;
        QTest::addRow("q < 0") << -0.1 << QList<double>{1, 2} << -std::numeric_limits<double>::infinity();
        QTest::addRow("q > 1") << 1.5 << QList<double>{1, 2} << std::numeric_limits<double>::infinity();
        QTest::addRow("p90 of 10 values") << 0.9 << QList<double>{10, 20, 30, 40, 50, 60, 70, 80, 90, 100} << 91.0;
    }
    void quantile()
    {
        QFETCH(double, q);
        QFETCH(QList<double>, values);
        QFETCH(double, expected);
        const auto got = quantileOf(q, std::vector<double>(values.begin(), values.end()));
        QVERIFY(got);
        QCOMPARE(*got, expected);
    }

    void quantileOfNothingIsNoResult() { QVERIFY(!quantileOf(0.95, {})); }

    void overTime_data()
    {
        QTest::addColumn<QString>("aggregate");
        QTest::addColumn<std::vector<Sample>>("samples");
        QTest::addColumn<double>("expected");
        const auto s = at10s({{10, 3}, {20, 1}, {30, 4}, {40, 1}, {50, 5}});
        QTest::addRow("mean") << QStringLiteral("mean") << s << 2.8;
        QTest::addRow("min") << QStringLiteral("min") << s << 1.0;
        QTest::addRow("max") << QStringLiteral("max") << s << 5.0;
        QTest::addRow("sum") << QStringLiteral("sum") << s << 14.0;
        QTest::addRow("count") << QStringLiteral("count") << s << 5.0;
        QTest::addRow("last") << QStringLiteral("last") << s << 5.0;
        // max_over_time skips a NaN unless it is the only kind of value seen so far.
        QTest::addRow("max skips NaN") << QStringLiteral("max")
                                       << at10s({{10, 1}, {20, std::nan("")}, {30, 3}}) << 3.0;
        QTest::addRow("max after leading NaN") << QStringLiteral("max") << at10s({{10, std::nan("")}, {20, 1}}) << 1.0;
        // Counter 10,20,..,60 every 10 s over (0, 60]: the start extrapolates to the counter's
        // zero point (10 s), the end is on the sample: increase 60, rate 1/s.
        const auto counter = at10s({{10, 10}, {20, 20}, {30, 30}, {40, 40}, {50, 50}, {60, 60}});
        QTest::addRow("increase") << QStringLiteral("increase") << counter << 60.0;
        QTest::addRow("rate") << QStringLiteral("rate") << counter << 1.0;
        // A reset (10 → 2) adds the value before it: raw increase 12 over 30 s, extrapolated by
        // 10 s at the start (gap 10 s < 1.1·avg 11 s; zero point 12.5 s away) and by avg/2 = 5 s at
        // the end (gap 20 s ≥ 11 s) over (0, 60]: 12·45/30 = 18.
        QTest::addRow("increase with reset") << QStringLiteral("increase")
                                             << at10s({{10, 5}, {20, 10}, {30, 2}, {40, 7}}) << 18.0;
    }
    void overTime()
    {
        QFETCH(QString, aggregate);
        QFETCH(std::vector<Sample>, samples);
        QFETCH(double, expected);
        const TimestampMs end = std::max<TimestampMs>(60000, samples.back().t);
        const auto got = hms::aggregate(*parseAggregate(aggregate), samples, end - 60000, end);
        QVERIFY(got);
        QVERIFY2(std::abs(*got - expected) < 1e-9, qPrintable(QString::number(*got, 'g', 17)));
    }

    void rateExtrapolatesHalfAnIntervalWhenFarFromTheEdge()
    {
        // Samples 30..50 s over (0, 60]: start gap 30 s > 1.1·avg (11 s) → +5 s; end gap 10 s → +10 s.
        const auto samples = at10s({{30, 30}, {40, 40}, {50, 50}});
        const auto got = extrapolatedDelta(samples, 0, 60000, false);
        QVERIFY(got);
        QCOMPARE(*got, 35.0);
    }

    void rateNeedsTwoSamples()
    {
        QVERIFY(!hms::aggregate(spec("rate"), at10s({{10, 1}}), 0, 60000));
        QVERIFY(!hms::aggregate(spec("p95"), {}, 0, 60000));
    }
};

QTEST_GUILESS_MAIN(TestAggregates)
#include "tst_aggregates.moc"
