#include "store/DDSketch.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hms {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr auto kMaxBuckets = qint64(DDSketch::kMaxBucketsPerStore);

double validAccuracy(double alpha)
{
    Q_ASSERT(alpha >= DDSketch::kMinRelativeAccuracy && alpha <= DDSketch::kMaxRelativeAccuracy);
    if (std::isnan(alpha))
        return 0.01;
    return std::clamp(alpha, DDSketch::kMinRelativeAccuracy, DDSketch::kMaxRelativeAccuracy);
}
} // namespace

// ---- DenseStore

void DDSketch::DenseStore::add(qint64 index, quint64 n)
{
    if (m_counts.empty()) {
        m_counts.assign(1, n);
        m_offset = index;
    } else {
        if (index < m_offset || index > highest())
            extend(std::min(index, m_offset), std::max(index, highest()));
        // Below the store once it is full: the index collapses into the lowest bucket.
        m_counts[std::size_t(std::max(index, m_offset) - m_offset)] += n;
    }
    m_total += n;
}

void DDSketch::DenseStore::merge(const DenseStore &other)
{
    if (other.m_counts.empty())
        return;
    if (m_counts.empty()) {
        *this = other;
        return;
    }
    if (other.m_offset < m_offset || other.highest() > highest())
        extend(std::min(other.m_offset, m_offset), std::max(other.highest(), highest()));
    for (std::size_t k = 0; k < other.m_counts.size(); ++k) {
        const qint64 index = std::max(other.m_offset + qint64(k), m_offset);
        m_counts[std::size_t(index - m_offset)] += other.m_counts[k];
    }
    m_total += other.m_total;
}

void DDSketch::DenseStore::extend(qint64 lowest, qint64 highestIndex)
{
    Q_ASSERT(!m_counts.empty() && lowest <= m_offset && highestIndex >= highest());
    // Too wide: keep the top kMaxBuckets indexes; everything below folds into the lowest kept.
    lowest = std::max(lowest, highestIndex - kMaxBuckets + 1);
    const auto size = std::size_t(highestIndex - lowest + 1);
    if (lowest == m_offset) {
        // Growing upwards only: amortised, but never allocating beyond the cap.
        if (size > m_counts.capacity())
            m_counts.reserve(std::min(kMaxBucketsPerStore, std::max(size, 2 * m_counts.size())));
        m_counts.resize(size);
        return;
    }
    std::vector<quint64> counts(size);
    for (std::size_t k = 0; k < m_counts.size(); ++k) {
        const qint64 index = std::max(m_offset + qint64(k), lowest);
        counts[std::size_t(index - lowest)] += m_counts[k];
    }
    m_counts = std::move(counts);
    m_offset = lowest;
}

qint64 DDSketch::DenseStore::indexAtRank(quint64 rank, bool fromHighest) const
{
    Q_ASSERT(rank < m_total);
    quint64 seen = 0;
    const std::size_t size = m_counts.size();
    for (std::size_t step = 0; step < size; ++step) {
        const std::size_t k = fromHighest ? size - 1 - step : step;
        seen += m_counts[k];
        if (rank < seen)
            return m_offset + qint64(k);
    }
    return fromHighest ? m_offset : highest();
}

// ---- DDSketch

DDSketch::DDSketch(double relativeAccuracy)
    : m_alpha(validAccuracy(relativeAccuracy))
    , m_logGamma(std::log1p(2 * m_alpha / (1 - m_alpha))) // γ = 1 + 2α/(1 − α)
    , m_multiplier(1 / m_logGamma)
    , m_logOneMinusAlpha(std::log1p(-m_alpha))
    , m_minIndexable(std::numeric_limits<double>::min() * ((1 + m_alpha) / (1 - m_alpha)))
{
}

qint64 DDSketch::indexOf(double magnitude) const
{
    return qint64(std::ceil(std::log(magnitude) * m_multiplier));
}

double DDSketch::representative(qint64 index) const
{
    // 2γ^i/(γ + 1) = (1 − α)·γ^i, in log space so that γ^i itself cannot overflow.
    const double value = std::exp(double(index) * m_logGamma + m_logOneMinusAlpha);
    return std::min(value, std::numeric_limits<double>::max());
}

void DDSketch::add(double v)
{
    addWithCount(v, 1);
}

void DDSketch::addWithCount(double v, quint64 n)
{
    if (std::isnan(v))
        m_nan += n;
    else if (v == kInf)
        m_positiveInf += n;
    else if (v == -kInf)
        m_negativeInf += n;
    else if (v >= m_minIndexable)
        m_positive.add(indexOf(v), n);
    else if (v <= -m_minIndexable)
        m_negative.add(indexOf(-v), n);
    else
        m_zero += n;
}

void DDSketch::merge(const DDSketch &other)
{
    // Merging a sketch into itself is safe: same α, same range, every counter doubles in place.
    Q_ASSERT(other.m_alpha == m_alpha);
    if (other.m_alpha == m_alpha) {
        m_positive.merge(other.m_positive);
        m_negative.merge(other.m_negative);
    } else {
        other.m_positive.forEachBucket(
            [this, &other](qint64 index, quint64 n) { addWithCount(other.representative(index), n); });
        other.m_negative.forEachBucket(
            [this, &other](qint64 index, quint64 n) { addWithCount(-other.representative(index), n); });
    }
    m_zero += other.m_zero;
    m_nan += other.m_nan;
    m_positiveInf += other.m_positiveInf;
    m_negativeInf += other.m_negativeInf;
}

qint64 DDSketch::count() const
{
    return qint64(m_nan + m_negativeInf + m_negative.total() + m_zero + m_positive.total() + m_positiveInf);
}

double DDSketch::valueAtRank(qint64 rank) const
{
    if (rank < 0 || rank >= count())
        return kNaN;
    auto r = quint64(rank);
    if (r < m_nan)
        return kNaN;
    r -= m_nan;
    if (r < m_negativeInf)
        return -kInf;
    r -= m_negativeInf;
    if (r < m_negative.total()) // the most negative, i.e. the highest index of −v, first
        return -representative(m_negative.indexAtRank(r, true));
    r -= m_negative.total();
    if (r < m_zero)
        return 0.0;
    r -= m_zero;
    if (r < m_positive.total())
        return representative(m_positive.indexAtRank(r, false));
    return kInf;
}

std::optional<double> DDSketch::quantile(double q) const
{
    // Step for step quantileOf(), with valueAtRank() for the sorted neighbours. Like it (and like
    // Prometheus), no guard against Inf·0: an infinite neighbour with weight 0 gives NaN.
    const qint64 n = count();
    if (n == 0)
        return std::nullopt;
    if (std::isnan(q))
        return kNaN;
    if (q < 0)
        return -kInf;
    if (q > 1)
        return kInf;
    const double rank = q * double(n - 1);
    const auto lower = qint64(std::max(0.0, std::floor(rank)));
    const qint64 upper = std::min(n - 1, lower + 1);
    const double weight = rank - std::floor(rank);
    const double lowerValue = valueAtRank(lower);
    const double upperValue = upper == lower ? lowerValue : valueAtRank(upper);
    return lowerValue * (1 - weight) + upperValue * weight;
}

std::size_t DDSketch::bucketCount() const
{
    return m_positive.bucketCount() + m_negative.bucketCount();
}

std::size_t DDSketch::memoryBytes() const
{
    return sizeof(DDSketch) + m_positive.allocatedBytes() + m_negative.allocatedBytes();
}

} // namespace hms
