// SeriesStore's reads: selecting series, ranges, exemplars, decimation for the chart, rollups,
// and the window aggregate shared by the evaluator, the API and the views.
#include "store/Aggregates.h"
#include "store/DDSketch.h"
#include "store/SeriesStoreInternal.h"
#include "store/MinMaxDecimator.h"

#include <limits>

#include <cmath>
#include <mutex>

namespace hms {

std::vector<SeriesKey> SeriesStore::select(const QString &name, const Labels &match) const
{
    std::vector<SeriesKey> out;
    std::shared_lock lock(m_mutex);
    const auto it = m_byName.constFind(name);
    if (it == m_byName.constEnd())
        return out;
    for (const auto &s : *it) {
        const bool matches = std::all_of(match.begin(), match.end(), [&](const auto &kv) {
            const auto l = s->key.labels.find(kv.first);
            // A missing label equals "" (as in Prometheus and Alertmanager).
            return (l == s->key.labels.end() ? QString() : l->second) == kv.second;
        });
        if (matches)
            out.push_back(s->key);
    }
    std::sort(out.begin(), out.end());
    return out;
}


std::vector<Sample> SeriesStore::range(const SeriesKey &key, TimestampMs fromExclusive, TimestampMs toInclusive) const
{
    std::vector<Sample> out;
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series)
        return out;
    forEachSample(*series, fromExclusive, toInclusive, [&out](const Sample &s) { out.push_back(s); });
    return out;
}

std::optional<Sample> SeriesStore::latest(const SeriesKey &key) const
{
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series || (series->head.empty() && series->chunks.empty()))
        return std::nullopt;
    return Sample{series->lastTime(), series->lastValue()};
}

std::vector<Exemplar> SeriesStore::exemplars(const SeriesKey &key, TimestampMs fromExclusive,
                                             TimestampMs toInclusive) const
{
    std::vector<Exemplar> out;
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series)
        return out;
    const auto &ex = series->exemplars;
    auto e = std::upper_bound(ex.begin(), ex.end(), fromExclusive, [](TimestampMs t, const Exemplar &x) { return t < x.t; });
    for (; e != ex.end() && e->t <= toInclusive; ++e)
        out.push_back(*e);
    return out;
}

std::vector<std::pair<SeriesKey, Exemplar>> SeriesStore::exemplarsWithTrace(const QString &traceId, int limit) const
{
    std::vector<std::pair<SeriesKey, Exemplar>> out;
    if (traceId.isEmpty())
        return out;
    {
        std::shared_lock lock(m_mutex);
        for (const auto &series : m_series)
            for (const Exemplar &e : series->exemplars)
                if (e.traceId == traceId)
                    out.emplace_back(series->key, e);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.second.t < b.second.t; });
    if (out.size() > std::size_t(std::max(limit, 0)))
        out.resize(std::size_t(std::max(limit, 0))); // the oldest `limit`
    return out;
}

Resolution SeriesStore::resolutionFor(TimestampMs from, TimestampMs to, int buckets) const
{
    if (buckets <= 0 || to <= from)
        return Resolution::Raw;
    const qint64 width = (to - from) / buckets;
    if (width >= qint64(Resolution::Hour))
        return Resolution::Hour;
    if (width >= qint64(Resolution::Minute) || from < m_rawCompleteFrom.load(std::memory_order_relaxed))
        return Resolution::Minute;
    return Resolution::Raw;
}

std::vector<Sample> SeriesStore::decimated(const SeriesKey &key, TimestampMs from, TimestampMs to, int buckets) const
{
    std::vector<Sample> out;
    if (buckets <= 0 || to <= from)
        return out;
    const Resolution resolution = resolutionFor(from, to, buckets);
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series)
        return out;
    MinMaxDecimator decimator(from, to, buckets, out);
    auto visit = [&decimator](const Sample &low, const Sample &high) { decimator.add(low, high); };
    if (resolution == Resolution::Raw) {
        forEachSample(*series, from - 1, to, [&](const Sample &s) { visit(s, s); });
    } else {
        // A rollup bucket's extremes are drawn at its middle: the time inside it is not kept.
        const RollupTier &tier = resolution == Resolution::Hour ? series->hour : series->minute;
        const qint64 half = tier.resolutionMs() / 2;
        for (const RollupBucket &b : tier.range(from - 1, to)) {
            const TimestampMs mid = std::clamp(b.start + half, from, to);
            visit({mid, b.min}, {mid, b.max});
        }
    }
    decimator.flush();
    return out;
}

std::vector<Sample> SeriesStore::decimatedOnGrid(const SeriesKey &key, TimestampMs from, TimestampMs to, qint64 widthMs,
                                                 TimestampMs *newest) const
{
    std::vector<Sample> out;
    *newest = std::numeric_limits<TimestampMs>::min();
    if (widthMs <= 0 || to < from)
        return out;
    auto floorTo = [widthMs](TimestampMs t) { return (t >= 0 ? t / widthMs : (t - widthMs + 1) / widthMs) * widthMs; };
    const TimestampMs gridFrom = floorTo(from);
    const qint64 buckets = (floorTo(to) - gridFrom) / widthMs + 1;
    if (buckets > 1'000'000)
        return out; // not a drawing
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series)
        return out;
    *newest = series->lastTime();
    MinMaxDecimator decimator(gridFrom, gridFrom + buckets * widthMs, int(buckets), out);
    forEachSample(*series, from - 1, to, [&](const Sample &s) { decimator.add(s, s); });
    decimator.flush();
    return out;
}

std::vector<RollupBucket> SeriesStore::rollups(const SeriesKey &key, Resolution resolution, TimestampMs fromExclusive,
                                               TimestampMs toInclusive) const
{
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series || resolution == Resolution::Raw)
        return {};
    return (resolution == Resolution::Hour ? series->hour : series->minute).range(fromExclusive, toInclusive);
}

namespace {
// The *_over_time aggregates over whole rollup buckets (rate and increase from each bucket's
// last value, with counter resets compensated as Prometheus does between samples).
std::optional<double> aggregateBuckets(const AggregateSpec &spec, const std::vector<RollupBucket> &buckets,
                                       qint64 windowMs)
{
    if (buckets.empty())
        return std::nullopt;
    double sum = 0, count = 0;
    double lo = std::numeric_limits<double>::quiet_NaN(), hi = lo;
    for (const RollupBucket &b : buckets) {
        sum += b.sum;
        count += b.count;
        if (!std::isnan(b.min) && (std::isnan(lo) || b.min < lo))
            lo = b.min;
        if (!std::isnan(b.max) && (std::isnan(hi) || b.max > hi))
            hi = b.max;
    }
    switch (spec.kind) {
    case AggregateSpec::Kind::Mean:
        return sum / count;
    case AggregateSpec::Kind::Sum:
        return sum;
    case AggregateSpec::Kind::Count:
        return count;
    case AggregateSpec::Kind::Min:
        return lo;
    case AggregateSpec::Kind::Max:
        return hi;
    case AggregateSpec::Kind::Last:
        return buckets.back().last;
    case AggregateSpec::Kind::Rate:
    case AggregateSpec::Kind::Increase: {
        if (buckets.size() < 2)
            return std::nullopt;
        double increase = 0;
        for (std::size_t i = 1; i < buckets.size(); ++i) {
            const double before = buckets[i - 1].last, after = buckets[i].last;
            increase += after >= before ? after - before : after; // a reset starts from zero
        }
        return spec.kind == AggregateSpec::Kind::Rate ? increase / (double(windowMs) / 1000.0) : increase;
    }
    case AggregateSpec::Kind::Quantile:
        break;
    }
    return std::nullopt;
}
} // namespace

WindowResult SeriesStore::aggregateWindow(const SeriesKey &key, const AggregateSpec &spec, TimestampMs t,
                                          qint64 windowMs) const
{
    WindowResult result;
    const TimestampMs from = t - windowMs;
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series)
        return result;
    const bool rawComplete = from >= m_rawCompleteFrom.load(std::memory_order_relaxed);
    if (!rawComplete && spec.kind != AggregateSpec::Kind::Quantile) {
        // Whole buckets starting inside the window, from the finest tier that reaches back.
        const bool minuteReaches = series->minute.oldestStart().value_or(std::numeric_limits<TimestampMs>::max())
                                   <= from + qint64(Resolution::Minute);
        const RollupTier &tier = minuteReaches ? series->minute : series->hour;
        std::vector<RollupBucket> buckets = tier.range(from, t);
        std::erase_if(buckets, [&](const RollupBucket &b) { return b.start <= from; });
        result.method = minuteReaches ? QStringLiteral("rollup_1m") : QStringLiteral("rollup_1h");
        result.samples = qint64(buckets.size());
        result.value = aggregateBuckets(spec, buckets, windowMs);
        return result;
    }
    if (!rawComplete)
        result.method = QStringLiteral("raw_partial");
    // Count first (chunk headers, no decoding): past the cap a quantile streams into a sketch.
    if (spec.kind == AggregateSpec::Kind::Quantile) {
        qint64 upperBound = 0;
        for (const SealedChunk &c : series->chunks)
            if (c.maxT > from && c.minT <= t)
                upperBound += c.count;
        upperBound += qint64(series->head.size());
        if (upperBound > m_options.exactQuantileCap) {
            DDSketch sketch(0.01);
            forEachSample(*series, from, t, [&](const Sample &s) { sketch.add(s.v); });
            result.samples = sketch.count();
            if (result.samples > m_options.exactQuantileCap) {
                result.method = QStringLiteral("ddsketch");
                result.value = sketch.quantile(spec.quantile);
                return result;
            }
        }
    }
    std::vector<Sample> samples;
    forEachSample(*series, from, t, [&samples](const Sample &s) { samples.push_back(s); });
    lock.unlock();
    result.samples = qint64(samples.size());
    result.value = aggregate(spec, samples, from, t);
    return result;
}

QStringList SeriesStore::metricNames() const
{
    std::shared_lock lock(m_mutex);
    QStringList names = m_byName.keys();
    names.sort();
    return names;
}

qint64 SeriesStore::seriesCount() const
{
    std::shared_lock lock(m_mutex);
    return qint64(m_series.size());
}

} // namespace hms
