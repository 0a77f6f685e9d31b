// SeriesStore's private parts, shared by its two implementation files: SeriesStore.cpp (ingest,
// retention, persistence) and SeriesQueries.cpp (reads). Not for use outside engine/store.
#pragma once

#include "store/Gorilla.h"
#include "store/SeriesStore.h"

#include <QSet>

#include <algorithm>
#include <limits>

namespace hms {

struct SealedChunk {
    TimestampMs minT = 0;
    TimestampMs maxT = 0;
    int count = 0;
    QByteArray data;
    bool persisted = false;
};

struct SeriesStore::Series {
    // The fields every acknowledged sample touches come first, on one cache line: with 50,000
    // series the line-protocol path is bound by cache misses on Series (PERFORMANCE.md).
    quint64 id = 0;
    quint64 journalSegment = 0;      // the ingest journal segment that defines this series
    // A push's samples are planned before they are applied (SeriesStore::applyPushed): the
    // series' last time and counter total as that push would leave them.
    quint64 planEpoch = 0;
    TimestampMs planLast = 0;
    double planTotal = 0;
    double counterTotal = 0;         // StatsD counters and pushed counters
    // The newest sample time ever appended (trim does not lower it): a push's order check reads
    // this line only, not the head's memory.
    TimestampMs newest = std::numeric_limits<TimestampMs>::min();
    std::vector<Sample> head;        // the open chunk, raw
    bool headDirty = false;          // changed since the last persist batch
    SeriesKey key;
    std::vector<SealedChunk> chunks; // time-ordered, compressed
    std::deque<Exemplar> exemplars;
    std::size_t unpersistedExemplars = 0; // at the back of `exemplars`
    QSet<QByteArray> setMembers;     // StatsD sets, current window
    TimestampMs setWindowStart = 0;
    RollupTier minute{qint64(Resolution::Minute)};
    RollupTier hour{qint64(Resolution::Hour)};

    TimestampMs lastTime() const
    {
        if (!head.empty())
            return head.back().t;
        return chunks.empty() ? std::numeric_limits<TimestampMs>::min() : chunks.back().maxT;
    }
    double lastValue() const
    {
        if (!head.empty())
            return head.back().v;
        if (chunks.empty())
            return 0;
        const auto samples = decodeAll(chunks.back().data, chunks.back().count);
        return samples.empty() ? 0 : samples.back().v;
    }
};

template<typename Visit>
void SeriesStore::forEachSample(const Series &s, TimestampMs fromExclusive, TimestampMs toInclusive,
                                Visit visit) const
{
    // Skip the chunks that end before the range, decode the ones that overlap it.
    auto chunk = std::upper_bound(s.chunks.begin(), s.chunks.end(), fromExclusive,
                                  [](TimestampMs t, const SealedChunk &c) { return t < c.maxT; });
    for (; chunk != s.chunks.end() && chunk->minT <= toInclusive; ++chunk) {
        GorillaDecoder decoder(chunk->data, chunk->count);
        Sample sample;
        while (decoder.next(sample)) {
            if (sample.t > toInclusive)
                return;
            if (sample.t > fromExclusive)
                visit(sample);
        }
    }
    auto h = std::upper_bound(s.head.begin(), s.head.end(), fromExclusive,
                              [](TimestampMs t, const Sample &x) { return t < x.t; });
    for (; h != s.head.end() && h->t <= toInclusive; ++h)
        visit(*h);
}

} // namespace hms
