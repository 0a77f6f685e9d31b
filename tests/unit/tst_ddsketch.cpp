// DDSketch against the exact quantile_over_time (hms::quantileOf): the relative-error guarantee on
// random data sets, the NaN/Inf/out-of-range answers, exact merging and the memory cap.
#include "store/Aggregates.h"
#include "store/DDSketch.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>

using namespace hms;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::array<double, 8> kQuantiles{0, 0.01, 0.5, 0.9, 0.95, 0.99, 0.999, 1};
// Rounding in log/exp adds a few ulps to the relative error α; this is far above that and far
// below anything a wrong bucket or representative would cost.
constexpr double kRoundingSlack = 1e-9;

DDSketch sketchOf(const std::vector<double> &values, double alpha = 0.01)
{
    DDSketch sketch(alpha);
    for (const double v : values)
        sketch.add(v);
    return sketch;
}

// Sorted as Go's sort.Float64s: NaN first.
std::vector<double> sorted(std::vector<double> values)
{
    std::sort(values.begin(), values.end(),
              [](double a, double b) { return std::isnan(a) ? !std::isnan(b) : !std::isnan(b) && a < b; });
    return values;
}

// How far the sketch's quantile may be from the exact one: α·(|a|·(1 − w) + |b|·w) for the exact
// neighbours a, b and weight w (α relative when a and b have the same sign).
double allowedError(const std::vector<double> &sortedValues, double q, double alpha)
{
    const double n = double(sortedValues.size());
    const double rank = q * (n - 1);
    const auto lower = std::size_t(std::floor(rank));
    const auto upper = std::min(sortedValues.size() - 1, lower + 1);
    const double weight = rank - std::floor(rank);
    const double spread = std::abs(sortedValues[lower]) * (1 - weight) + std::abs(sortedValues[upper]) * weight;
    return alpha * spread * (1 + kRoundingSlack);
}

bool sameValue(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

QString mismatch(double q, double got, double expected)
{
    return QStringLiteral("q=%1: sketch %2, exact %3")
        .arg(q, 0, 'g', 17)
        .arg(got, 0, 'g', 17)
        .arg(expected, 0, 'g', 17);
}

// Each data set draws from its own fixed seed, so the test is deterministic.
std::vector<double> draw(std::size_t n, std::uint64_t seed, auto distribution)
{
    std::mt19937_64 rng(seed);
    std::vector<double> out(n);
    for (double &v : out)
        v = distribution(rng);
    return out;
}

std::vector<double> lognormal(std::size_t n, std::uint64_t seed, double mu, double sigma)
{
    return draw(n, seed, std::lognormal_distribution<double>(mu, sigma));
}

// |v| = 10^e with e uniform in [minExponent, maxExponent], the sign negative with `negativeShare`.
std::vector<double> logUniform(std::size_t n, std::uint64_t seed, double minExponent, double maxExponent,
                               double negativeShare)
{
    std::uniform_real_distribution<double> exponent(minExponent, maxExponent);
    std::bernoulli_distribution negative(negativeShare);
    return draw(n, seed, [&](std::mt19937_64 &rng) {
        const double magnitude = std::pow(10.0, exponent(rng));
        return negative(rng) ? -magnitude : magnitude;
    });
}

void append(std::vector<double> &to, const std::vector<double> &from)
{
    to.insert(to.end(), from.begin(), from.end());
}

} // namespace

class TestDDSketch : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void quantilesWithinRelativeError_data()
    {
        QTest::addColumn<double>("alpha");
        QTest::addColumn<std::vector<double>>("values");
        QTest::addRow("uniform") << 0.01 << draw(10000, 1, std::uniform_real_distribution<double>(0, 1000));
        QTest::addRow("uniform, alpha 0.001")
            << 0.001 << draw(10000, 2, std::uniform_real_distribution<double>(100, 1000));
        QTest::addRow("lognormal") << 0.01 << lognormal(10000, 3, 0, 2);
        QTest::addRow("lognormal, alpha 0.05") << 0.05 << lognormal(10000, 4, 3, 0.5);
        QTest::addRow("negatives mixed") << 0.01 << draw(10000, 5, std::normal_distribution<double>(0, 100));
        auto negatives = lognormal(10000, 6, 1, 1.5);
        for (double &v : negatives)
            v = -v;
        QTest::addRow("all negative") << 0.01 << negatives;
        std::vector<double> withZeros(3000, 0.0);
        withZeros.insert(withZeros.end(), 10, -0.0);
        append(withZeros, lognormal(3000, 7, 0, 1));
        append(withZeros, negatives);
        QTest::addRow("with zeros") << 0.01 << withZeros;
        QTest::addRow("constant") << 0.01 << std::vector<double>(1000, 42.5);
        QTest::addRow("one value") << 0.01 << std::vector<double>{1400};
        QTest::addRow("two values") << 0.01 << std::vector<double>{7.25, -2.5};
        QTest::addRow("two positive values") << 0.01 << std::vector<double>{5, 3};
        QTest::addRow("17 orders of magnitude") << 0.01 << logUniform(20000, 8, -8, 9, 0.3);
        constexpr double kMax = std::numeric_limits<double>::max();
        QTest::addRow("largest doubles") << 0.01 << std::vector<double>{1e300, kMax, 1.7e308, -kMax, 1e295};
        QTest::addRow("smallest normal doubles") << 0.01 << std::vector<double>{3e-305, 2.3e-308, -1e-300, 1e-307};
        QTest::addRow("1e6 values") << 0.01 << lognormal(1000000, 9, 4, 1.5);
    }
    void quantilesWithinRelativeError()
    {
        QFETCH(double, alpha);
        QFETCH(std::vector<double>, values);
        const DDSketch sketch = sketchOf(values, alpha);
        QCOMPARE(sketch.relativeAccuracy(), alpha);
        QCOMPARE(sketch.count(), qint64(values.size()));
        const std::vector<double> exact = sorted(values);
        for (const double q : kQuantiles) {
            const auto expected = quantileOf(q, values);
            const auto got = sketch.quantile(q);
            QVERIFY(expected && got);
            QVERIFY2(std::isfinite(*got), qPrintable(mismatch(q, *got, *expected)));
            QVERIFY2(std::abs(*got - *expected) <= allowedError(exact, q, alpha),
                     qPrintable(mismatch(q, *got, *expected)));
        }
    }

    void everyRankWithinRelativeError()
    {
        auto values = logUniform(5000, 10, -5, 5, 0.4);
        values.insert(values.end(), 100, 0.0);
        const DDSketch sketch = sketchOf(values);
        const std::vector<double> exact = sorted(values);
        for (qint64 rank = 0; rank < qint64(exact.size()); ++rank) {
            const double expected = exact[std::size_t(rank)];
            const double got = sketch.valueAtRank(rank);
            QVERIFY2(std::abs(got - expected) <= 0.01 * std::abs(expected) * (1 + kRoundingSlack),
                     qPrintable(QStringLiteral("rank %1: sketch %2, exact %3").arg(rank).arg(got).arg(expected)));
        }
        QVERIFY(std::isnan(sketch.valueAtRank(-1)));
        QVERIFY(std::isnan(sketch.valueAtRank(sketch.count())));
    }

    void bucketRepresentativeIsTwoGammaToTheIOverGammaPlusOne()
    {
        // α = 0.01: γ = 1.01/0.99. 1 is the top of bucket 0, (γ^−1, 1], whose representative is
        // 2/(γ + 1) = 0.99; 1.001 is in bucket 1, represented by 2γ/(γ + 1) = 1.01.
        DDSketch one;
        one.add(1.0);
        QVERIFY(std::abs(*one.quantile(0.5) - 0.99) < 1e-12);
        DDSketch above;
        above.add(1.001);
        QVERIFY(std::abs(*above.quantile(0.5) - 1.01) < 1e-12);
        DDSketch negative;
        negative.add(-1.001);
        QVERIFY(std::abs(*negative.quantile(0.5) + 1.01) < 1e-12);
        // α = 0.1: γ = 11/9; 100 is in bucket ⌈ln 100/ln γ⌉ = 23, represented by 0.9·γ^23.
        DDSketch coarse(0.1);
        coarse.add(100);
        const double expected = 0.9 * std::pow(11.0 / 9.0, 23);
        QVERIFY2(std::abs(*coarse.quantile(0.5) - expected) < 1e-12 * expected,
                 qPrintable(QString::number(*coarse.quantile(0.5), 'g', 17)));
    }

    void nonFiniteValuesAreRankedAsGoSortsThem()
    {
        // Sorted: NaN, NaN, −Inf, −3, −0, 0, 1e−320 (subnormal, counted as zero), 1, +Inf.
        const std::vector<double> values{kNaN, 1, -kInf, kInf, -3, 0, kNaN, -0.0, 1e-320};
        const DDSketch sketch = sketchOf(values);
        QCOMPARE(sketch.count(), qint64(9));
        QVERIFY(std::isnan(sketch.valueAtRank(0)));
        QVERIFY(std::isnan(sketch.valueAtRank(1)));
        QCOMPARE(sketch.valueAtRank(2), -kInf);
        QVERIFY(std::abs(sketch.valueAtRank(3) + 3) <= 0.03 * (1 + kRoundingSlack));
        QCOMPARE(sketch.valueAtRank(4), 0.0);
        QCOMPARE(sketch.valueAtRank(5), 0.0);
        QCOMPARE(sketch.valueAtRank(6), 0.0);
        QVERIFY(std::abs(sketch.valueAtRank(7) - 1) <= 0.01 * (1 + kRoundingSlack));
        QCOMPARE(sketch.valueAtRank(8), kInf);
        QCOMPARE(sketch.bucketCount(), std::size_t(2));
    }

    void specialCasesMatchQuantileOf_data()
    {
        QTest::addColumn<std::vector<double>>("values");
        QTest::addRow("NaN") << std::vector<double>{kNaN};
        QTest::addRow("+Inf") << std::vector<double>{kInf};
        QTest::addRow("-Inf") << std::vector<double>{-kInf};
        QTest::addRow("1, +Inf") << std::vector<double>{kInf, 1};
        QTest::addRow("-Inf, 1") << std::vector<double>{1, -kInf};
        QTest::addRow("NaN, NaN, 2") << std::vector<double>{2, kNaN, kNaN};
        QTest::addRow("-Inf, 0, +Inf") << std::vector<double>{kInf, 0, -kInf};
        QTest::addRow("all kinds") << std::vector<double>{5, kInf, kNaN, -5, -kInf, 0, 2.5, kNaN, 7};
        QTest::addRow("3, 4") << std::vector<double>{4, 3};
        QTest::addRow("0") << std::vector<double>{0};
    }
    void specialCasesMatchQuantileOf()
    {
        QFETCH(std::vector<double>, values);
        const DDSketch sketch = sketchOf(values);
        const std::vector<double> exact = sorted(values);
        for (const double q : {kNaN, -kInf, -0.5, -1e-12, 0.0, 0.2, 0.25, 0.5, 0.75, 0.9, 1.0, 1 + 1e-12, 1.5, kInf}) {
            const auto expected = quantileOf(q, values);
            const auto got = sketch.quantile(q);
            QVERIFY(expected && got);
            if (std::isnan(*expected) || std::isinf(*expected))
                QVERIFY2(sameValue(*got, *expected), qPrintable(mismatch(q, *got, *expected)));
            else
                QVERIFY2(std::abs(*got - *expected) <= allowedError(exact, q, 0.01),
                         qPrintable(mismatch(q, *got, *expected)));
        }
    }

    void outOfRangeAnswersAreQuantileOfs()
    {
        // Pinned as well, so that the comparison above cannot pass by both being wrong.
        const DDSketch sketch = sketchOf({kInf, 1});
        QVERIFY(std::isnan(*sketch.quantile(kNaN)));
        QCOMPARE(*sketch.quantile(-0.1), -kInf);
        QCOMPARE(*sketch.quantile(1.1), kInf);
        // Prometheus computes 1·1 + Inf·0 here, which is NaN.
        QVERIFY(std::isnan(*sketch.quantile(0)));
        QVERIFY(std::isnan(*quantileOf(0, {kInf, 1})));
        QVERIFY(std::abs(*sketchOf({kInf, 1, 2}).quantile(0) - 1) <= 0.01 * (1 + kRoundingSlack));
    }

    void emptyIsNoResult()
    {
        const DDSketch sketch;
        QCOMPARE(sketch.count(), qint64(0));
        QCOMPARE(sketch.bucketCount(), std::size_t(0));
        QVERIFY(!sketch.quantile(0.5));
        QVERIFY(!sketch.quantile(kNaN)); // as quantileOf: emptiness first
        QVERIFY(!quantileOf(kNaN, {}));
        QVERIFY(std::isnan(sketch.valueAtRank(0)));
    }

    void mergeEqualsSketchOfUnion_data()
    {
        QTest::addColumn<std::vector<double>>("first");
        QTest::addColumn<std::vector<double>>("second");
        std::vector<double> mixed = logUniform(3000, 11, -4, 6, 0.3);
        append(mixed, {kNaN, kInf, -kInf, 0, -0.0, kNaN});
        QTest::addRow("mixed") << mixed << logUniform(2000, 12, -2, 8, 0.5);
        QTest::addRow("disjoint ranges") << logUniform(1000, 13, -3, 0, 0) << logUniform(1000, 14, 3, 6, 0);
        QTest::addRow("into empty") << std::vector<double>{} << mixed;
        QTest::addRow("empty into") << mixed << std::vector<double>{};
        // Both sides collapse, at different points: the result is still the union's sketch.
        QTest::addRow("collapsing") << logUniform(20000, 15, -300, 100, 0.5) << logUniform(20000, 16, -100, 300, 0.5);
        QTest::addRow("collapsing one side") << logUniform(5000, 17, 200, 300, 0) << logUniform(5000, 18, -300, 0, 0);
    }
    void mergeEqualsSketchOfUnion()
    {
        QFETCH(std::vector<double>, first);
        QFETCH(std::vector<double>, second);
        std::vector<double> all = first;
        append(all, second);
        const DDSketch whole = sketchOf(all);
        for (const bool reversed : {false, true}) {
            DDSketch merged = sketchOf(reversed ? second : first);
            merged.merge(sketchOf(reversed ? first : second));
            QCOMPARE(merged.count(), whole.count());
            QCOMPARE(merged.bucketCount(), whole.bucketCount());
            for (qint64 rank = 0; rank < whole.count(); ++rank)
                QVERIFY2(sameValue(merged.valueAtRank(rank), whole.valueAtRank(rank)),
                         qPrintable(QStringLiteral("rank %1: merged %2, whole %3")
                                        .arg(rank)
                                        .arg(merged.valueAtRank(rank))
                                        .arg(whole.valueAtRank(rank))));
            for (const double q : kQuantiles) {
                QCOMPARE(merged.quantile(q).has_value(), whole.quantile(q).has_value());
                if (whole.quantile(q))
                    QVERIFY2(sameValue(*merged.quantile(q), *whole.quantile(q)),
                             qPrintable(mismatch(q, *merged.quantile(q), *whole.quantile(q))));
            }
        }
    }

    void mergeWithItselfDoublesEveryCount()
    {
        const std::vector<double> values = logUniform(1000, 19, -3, 3, 0.5);
        std::vector<double> twice = values;
        append(twice, values);
        DDSketch sketch = sketchOf(values);
        sketch.merge(sketch);
        const DDSketch expected = sketchOf(twice);
        QCOMPARE(sketch.count(), qint64(2000));
        for (qint64 rank = 0; rank < expected.count(); ++rank)
            QVERIFY(sameValue(sketch.valueAtRank(rank), expected.valueAtRank(rank)));
    }

    void eighteenOrdersOfMagnitudeFitWithoutCollapsing()
    {
        // α = 0.01: 2048 buckets span γ^2048 ≈ 6·10^17, so 1..1e17 (1958 buckets) keeps every value.
        std::vector<double> values = logUniform(20000, 20, 0, 17, 0);
        append(values, {1.0, 1e17});
        const DDSketch sketch = sketchOf(values);
        QVERIFY(sketch.bucketCount() <= DDSketch::kMaxBucketsPerStore);
        const std::vector<double> exact = sorted(values);
        for (qint64 rank = 0; rank < qint64(exact.size()); ++rank) {
            const double expected = exact[std::size_t(rank)];
            QVERIFY2(std::abs(sketch.valueAtRank(rank) - expected) <= 0.01 * expected * (1 + kRoundingSlack),
                     qPrintable(QStringLiteral("rank %1").arg(rank)));
        }
    }

    void memoryIsBoundedAndTailsKeepTheGuarantee()
    {
        // 1e−300..1e300 of both signs: ~34,500 buckets a side uncapped.
        const std::vector<double> values = logUniform(200000, 21, -300, 300, 0.5);
        const DDSketch sketch = sketchOf(values);
        QCOMPARE(sketch.bucketCount(), 2 * DDSketch::kMaxBucketsPerStore);
        QVERIFY2(sketch.memoryBytes() <= sizeof(DDSketch) + 2 * DDSketch::kMaxBucketsPerStore * sizeof(quint64),
                 qPrintable(QString::number(sketch.memoryBytes())));
        const std::vector<double> exact = sorted(values);
        // The largest magnitudes keep their buckets: the top of the positives, the bottom of the
        // negatives (each store keeps ~17.8 of its 600 orders: the outer ~1.5% of all values).
        for (const double q : {0.0, 0.001, 0.01, 0.99, 0.999, 1.0}) {
            const auto expected = quantileOf(q, values);
            const auto got = sketch.quantile(q);
            QVERIFY2(std::abs(*got - *expected) <= allowedError(exact, q, 0.01),
                     qPrintable(mismatch(q, *got, *expected)));
        }
        // Collapsed values near zero are answered with a larger magnitude, never a smaller one.
        for (const double q : {0.25, 0.75}) {
            const auto expected = quantileOf(q, values);
            const auto got = sketch.quantile(q);
            QVERIFY2(std::abs(*got) >= 0.99 * std::abs(*expected) && (*got > 0) == (*expected > 0),
                     qPrintable(mismatch(q, *got, *expected)));
        }
        // Adding more never grows it further.
        DDSketch more = sketch;
        more.merge(sketchOf(logUniform(1000, 22, -307, 308, 0.5)));
        QCOMPARE(more.bucketCount(), 2 * DDSketch::kMaxBucketsPerStore);
    }
};

QTEST_APPLESS_MAIN(TestDDSketch)
#include "tst_ddsketch.moc"
