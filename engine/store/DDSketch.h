// DDSketch (Masson, Rim & Lee, "DDSketch: A Fast and Fully-Mergeable Quantile Sketch with
// Relative-Error Guarantees", VLDB 2019): a summary of a stream of doubles that answers quantiles
// within a relative error α of the exact ones, in memory that grows with the range of the values
// (logarithmically), not with their number.
//
// Mapping. With γ = (1 + α)/(1 − α), a value v > 0 goes to bucket i = ⌈log_γ v⌉, which holds
// (γ^(i−1), γ^i]. The bucket answers with its representative 2γ^i/(γ + 1) = (1 − α)·γ^i, which is
// within α·v of every v in the bucket (clamped to the largest double, so a finite value never
// comes back infinite). A negative v uses the same mapping on −v in a second store. |v| below the
// smallest indexable value DBL_MIN·γ (≈ 2.3e−308: ±0 and the subnormals) is counted in a zero
// bucket and answered as 0. +Inf, −Inf and NaN are counted apart and answered as themselves.
//
// Order. Ranks follow Go's sort.Float64s, which Prometheus uses: NaN first, then −Inf, negatives,
// zero, positives, +Inf.
//
// Guarantee. valueAtRank(k) is within relative error α of the k-th smallest value added (up to a
// few ulps of rounding), unless its bucket was collapsed (see Memory). quantile() interpolates
// between two such values exactly as quantileOf() (Prometheus' quantile_over_time) does, so it
// differs from quantileOf() by at most α·(|a|·(1 − w) + |b|·w) for the exact neighbours a, b and
// weight w, i.e. by a relative α when a and b have the same sign. The NaN and ±Inf answers (empty
// input, NaN or out-of-range q, NaN/Inf neighbours, including Inf·0 = NaN) are quantileOf()'s.
//
// Memory. Each store is dense: one counter per bucket between its lowest and highest index, at most
// kMaxBucketsPerStore = 2048 (16 KiB). A value that would widen a store further collapses the
// store's buckets of smallest magnitude into the lowest one kept (the paper's collapsing-lowest
// store). So the largest magnitudes always keep the guarantee (both tails: high quantiles of
// positives, low quantiles of negatives) and only the values nearest zero can lose it, being then
// answered with a larger magnitude; for positive data those are the lowest quantiles. With
// α = 0.01, 2048 buckets span γ^2048 ≈ 6·10^17, almost 18 orders of magnitude in each store, so
// realistic data never collapses and the cap only bounds memory on pathological input.
//
// Merging. merge() of two sketches with the same α gives exactly the sketch of the union of their
// inputs, collapsing included (a bucket ends up at max(i, highest index − 2047) whatever the
// order), so sketches can be built per chunk and combined.
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <optional>
#include <vector>

namespace hms {

class DDSketch {
public:
    static constexpr std::size_t kMaxBucketsPerStore = 2048;
    // The accepted range of the relative accuracy α; outside it (Q_ASSERT) α is clamped into it,
    // and a NaN α becomes the default 0.01.
    static constexpr double kMinRelativeAccuracy = 1e-9;
    static constexpr double kMaxRelativeAccuracy = 0.5;

    explicit DDSketch(double relativeAccuracy = 0.01);

    void add(double v);
    // Adds everything `other` holds. Both must have the same α (Q_ASSERT); with a different α the
    // other's bucket representatives are re-added, so its values carry both errors.
    void merge(const DDSketch &other);

    double relativeAccuracy() const { return m_alpha; }
    // Every value added, NaN and ±Inf included.
    qint64 count() const;

    // The approximate rank-th smallest value (0-based) in the order above; NaN for a rank outside
    // [0, count()).
    double valueAtRank(qint64 rank) const;
    // quantile_over_time's answer (see quantileOf): nullopt when empty; NaN for a NaN q; −Inf for
    // q < 0; +Inf for q > 1; otherwise the interpolation at rank q·(count() − 1).
    std::optional<double> quantile(double q) const;

    // Dense buckets in use in the positive and negative stores (the zero bucket and the NaN/±Inf
    // counters are fixed fields, not counted).
    std::size_t bucketCount() const;
    // The sketch's footprint: the object plus the stores' allocated capacity.
    std::size_t memoryBytes() const;

private:
    // Counters for the consecutive bucket indexes [m_offset, m_offset + m_counts.size()), capped
    // at kMaxBucketsPerStore by collapsing the lowest indexes. Both ends are non-empty.
    class DenseStore {
    public:
        void add(qint64 index, quint64 n);
        void merge(const DenseStore &other);
        quint64 total() const { return m_total; }
        std::size_t bucketCount() const { return m_counts.size(); }
        std::size_t allocatedBytes() const { return m_counts.capacity() * sizeof(quint64); }
        // The index of the bucket holding the rank-th value (rank < total()), counted from the
        // lowest index, or from the highest one when `fromHighest`.
        qint64 indexAtRank(quint64 rank, bool fromHighest) const;
        template<typename F>
        void forEachBucket(F f) const
        {
            for (std::size_t k = 0; k < m_counts.size(); ++k)
                if (m_counts[k] != 0)
                    f(m_offset + qint64(k), m_counts[k]);
        }

    private:
        qint64 highest() const { return m_offset + qint64(m_counts.size()) - 1; }
        // Widens the (non-empty) store to [lowest, highest] ⊇ its range, collapsing if too wide.
        void extend(qint64 lowest, qint64 highest);

        std::vector<quint64> m_counts;
        qint64 m_offset = 0;
        quint64 m_total = 0;
    };

    qint64 indexOf(double magnitude) const; // magnitude >= m_minIndexable, finite
    double representative(qint64 index) const;
    void addWithCount(double v, quint64 n);

    double m_alpha;
    double m_logGamma; // ln γ
    double m_multiplier; // 1 / ln γ
    double m_logOneMinusAlpha; // ln(1 − α): representative(i) = exp(i·ln γ + ln(1 − α))
    double m_minIndexable;
    DenseStore m_positive;
    DenseStore m_negative; // by −v
    quint64 m_zero = 0;
    quint64 m_nan = 0;
    quint64 m_positiveInf = 0;
    quint64 m_negativeInf = 0;
};

} // namespace hms
