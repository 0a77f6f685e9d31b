#include "dash/DecimationCache.h"

#include "core/Types.h"

#include <algorithm>
#include <limits>

namespace hms {

std::vector<Sample> DecimationCache::decimated(const SeriesStore &store, const SeriesKey &key, TimestampMs from,
                                               TimestampMs to, int buckets)
{
    if (buckets <= 0 || to <= from)
        return {};
    if (store.resolutionFor(from, to, buckets) != Resolution::Raw)
        return store.decimated(key, from, to, buckets);
    const qint64 width = std::max<qint64>(1, (to - from + buckets - 1) / buckets);
    const TimestampMs gridFrom = (from >= 0 ? from / width : (from - width + 1) / width) * width;
    Entry &e = m_entries[key.name + QLatin1Char('\x1f') + formatLabels(key.labels)];
    const quint64 generation = store.generation();
    if (e.widthMs != width || e.generation != generation || e.finalUntil < gridFrom || e.finalUntil > to) {
        e = Entry{width, generation, gridFrom, {}, 0};
    }
    e.usedAt = to;
    // What scrolled out of the range goes.
    e.points.erase(e.points.begin(), std::lower_bound(e.points.begin(), e.points.end(), gridFrom,
                                                       [](const Sample &s, TimestampMs t) { return s.t < t; }));
    TimestampMs newest = std::numeric_limits<TimestampMs>::min();
    std::vector<Sample> out;
    // The first bucket is cut by `from`: its extremes are taken again over what is left of it.
    const TimestampMs secondBucket = gridFrom + width;
    auto cachedFrom = e.points.begin();
    if (e.finalUntil > secondBucket) {
        out = store.decimatedOnGrid(key, from, secondBucket - 1, width, &newest);
        m_computed += qint64(out.size());
        cachedFrom = std::lower_bound(e.points.begin(), e.points.end(), secondBucket,
                                      [](const Sample &s, TimestampMs t) { return s.t < t; });
    }
    const std::vector<Sample> rest = store.decimatedOnGrid(key, std::max(from, e.finalUntil), to, width, &newest);
    out.reserve(out.size() + size_t(e.points.end() - cachedFrom) + rest.size());
    m_reused += qint64(e.points.end() - cachedFrom);
    out.insert(out.end(), cachedFrom, e.points.end());
    m_computed += qint64(rest.size());
    out.insert(out.end(), rest.begin(), rest.end());
    // Buckets before the one holding the newest sample (or `to`) are final: samples older than
    // the newest are refused by the store, and removals change its generation.
    if (newest < from)
        return out; // no samples, or none since `from`: nothing to keep
    const TimestampMs open = std::min(newest, to);
    const TimestampMs limit = open / width * width; // open >= from >= gridFrom: the floor of a multiple
    if (limit > e.finalUntil) {
        for (const Sample &s : rest)
            if (s.t >= e.finalUntil && s.t < limit)
                e.points.push_back(s);
        e.finalUntil = limit;
    }
    return out;
}

void DecimationCache::prune(TimestampMs before)
{
    std::erase_if(m_entries, [before](const auto &entry) { return entry.second.usedAt < before; });
}

} // namespace hms
