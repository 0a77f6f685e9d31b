#include "store/Aggregates.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace hms {

std::optional<double> quantileOf(double q, std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    if (std::isnan(q))
        return std::numeric_limits<double>::quiet_NaN();
    if (q < 0)
        return -std::numeric_limits<double>::infinity();
    if (q > 1)
        return std::numeric_limits<double>::infinity();
    const double n = double(values.size());
    const double rank = q * (n - 1);
    const auto lower = std::size_t(std::max(0.0, std::floor(rank)));
    const auto upper = std::min(values.size() - 1, lower + 1);
    const double weight = rank - std::floor(rank);
    // The two neighbours of the rank in sorted order, found by selection in O(n) instead of a full
    // sort (300,000 samples: ~1 ms instead of ~20 ms). NaNs sort before every number, as in
    // Prometheus (and so that the comparison below is a strict weak ordering).
    const auto begin = values.begin();
    const auto nans = std::size_t(std::partition(begin, values.end(), [](double v) { return std::isnan(v); }) - begin);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    double lowerValue = nan;
    if (lower >= nans) {
        std::nth_element(begin + std::ptrdiff_t(nans), begin + std::ptrdiff_t(lower), values.end());
        lowerValue = values[lower];
    }
    double upperValue = lowerValue;
    if (upper != lower) {
        // Everything after position lower (or after the NaNs) is >= the lower neighbour; the upper
        // neighbour is the least of it.
        const std::size_t from = std::max(lower + 1, nans);
        upperValue = upper < nans ? nan : *std::min_element(begin + std::ptrdiff_t(from), values.end());
    }
    return lowerValue * (1 - weight) + upperValue * weight;
}

std::optional<double> extrapolatedDelta(std::span<const Sample> samples, TimestampMs rangeStart, TimestampMs rangeEnd,
                                        bool asRate)
{
    if (samples.size() < 2)
        return std::nullopt;
    const Sample &first = samples.front();
    const Sample &last = samples.back();
    double result = last.v - first.v;
    double previous = first.v;
    for (const Sample &s : samples.subspan(1)) {
        if (s.v < previous)
            result += previous; // counter reset: the counter restarted from zero
        previous = s.v;
    }
    double durationToStart = double(first.t - rangeStart) / 1000.0;
    const double durationToEnd = double(rangeEnd - last.t) / 1000.0;
    const double sampledInterval = double(last.t - first.t) / 1000.0;
    if (sampledInterval <= 0)
        return std::nullopt;
    const double averageInterval = sampledInterval / double(samples.size() - 1);
    if (result > 0 && first.v >= 0) {
        // Do not extrapolate below zero: the counter cannot have started before its zero point.
        const double durationToZero = sampledInterval * (first.v / result);
        durationToStart = std::min(durationToStart, durationToZero);
    }
    const double threshold = averageInterval * 1.1;
    double extrapolateTo = sampledInterval;
    extrapolateTo += durationToStart < threshold ? durationToStart : averageInterval / 2;
    extrapolateTo += durationToEnd < threshold ? durationToEnd : averageInterval / 2;
    result *= extrapolateTo / sampledInterval;
    if (asRate)
        result /= double(rangeEnd - rangeStart) / 1000.0;
    return result;
}

std::optional<double> aggregate(const AggregateSpec &spec, std::span<const Sample> samples, TimestampMs rangeStart,
                                TimestampMs rangeEnd)
{
    if (samples.empty())
        return std::nullopt;
    switch (spec.kind) {
    case AggregateSpec::Kind::Quantile: {
        std::vector<double> values;
        values.reserve(samples.size());
        for (const Sample &s : samples)
            values.push_back(s.v);
        return quantileOf(spec.quantile, std::move(values));
    }
    case AggregateSpec::Kind::Mean: {
        // Prometheus' avg_over_time uses an incremental mean to avoid overflow; so do we.
        double mean = 0;
        double count = 0;
        for (const Sample &s : samples) {
            count += 1;
            if (std::isinf(mean) && std::isinf(s.v) && (mean > 0) == (s.v > 0))
                continue;
            mean += s.v / count - mean / count;
        }
        return mean;
    }
    case AggregateSpec::Kind::Min: {
        double m = samples.front().v;
        for (const Sample &s : samples)
            if (s.v < m || std::isnan(m))
                m = s.v;
        return m;
    }
    case AggregateSpec::Kind::Max: {
        double m = samples.front().v;
        for (const Sample &s : samples)
            if (s.v > m || std::isnan(m))
                m = s.v;
        return m;
    }
    case AggregateSpec::Kind::Sum: {
        double sum = 0;
        for (const Sample &s : samples)
            sum += s.v;
        return sum;
    }
    case AggregateSpec::Kind::Count:
        return double(samples.size());
    case AggregateSpec::Kind::Last:
        return samples.back().v;
    case AggregateSpec::Kind::Rate:
        return extrapolatedDelta(samples, rangeStart, rangeEnd, true);
    case AggregateSpec::Kind::Increase:
        return extrapolatedDelta(samples, rangeStart, rangeEnd, false);
    }
    return std::nullopt;
}

} // namespace hms
