// The wall's frames at 10 Hz decoded every sample of every chart's range each time, although
// only the newest pixel column changes between frames. A DecimationCache, owned by one frame
// worker, keeps per series the min/max points of the buckets that can no longer change
// (SeriesStore::decimatedOnGrid: an absolute grid, and buckets before the one holding the
// series' newest sample are final) and asks the store only for the rest. Ranges drawn from
// rollups are not cached (they are a few hundred buckets). Not thread-safe: one per worker.
#pragma once

#include "store/SeriesStore.h"

#include <QString>

#include <unordered_map>

namespace hms {

class DecimationCache {
public:
    // As SeriesStore::decimated (at most two points per bucket of (to − from)/buckets), with
    // buckets on the absolute grid; the first may begin a little before `from`.
    std::vector<Sample> decimated(const SeriesStore &store, const SeriesKey &key, TimestampMs from, TimestampMs to,
                                  int buckets);
    // Forgets the series not drawn since `before` (a dashboard or range was changed).
    void prune(TimestampMs before);
    size_t size() const { return m_entries.size(); }
    // What the last decimated() calls took from the cache and from the store (tests, bench).
    qint64 pointsReused() const { return m_reused; }
    qint64 pointsComputed() const { return m_computed; }

private:
    struct Entry {
        qint64 widthMs = 0;
        quint64 generation = 0;
        TimestampMs finalUntil = 0; // points before this are final
        std::vector<Sample> points; // the final ones, in time order
        TimestampMs usedAt = 0;
    };
    std::unordered_map<QString, Entry> m_entries;
    qint64 m_reused = 0;
    qint64 m_computed = 0;
};

} // namespace hms
