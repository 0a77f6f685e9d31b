// Downsampled rollups: per series and per resolution (1 m and 1 h), one bucket per interval
// [start, start + resolution) aligned to the Unix epoch, holding min, max, sum, count and last of
// the raw samples in it. They answer ranges longer than raw retention (charts over days, SLO
// windows over weeks) at bucket granularity.
//
// A tier keeps its closed buckets raw until kBucketsPerChunk of them are closed, then seals
// them into a compressed chunk: five Gorilla streams (see Gorilla.h) sharing the bucket start
// times, one per field, each prefixed by its byte length (u32, big-endian):
//   [len][min stream][len][max stream][len][sum stream][len][count stream][len][last stream]
// A regular tier costs ~1 bit per timestamp per stream; values cost what Gorilla's XOR costs.
#pragma once

#include "core/Types.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>
#include <vector>

namespace hms {

struct RollupBucket {
    TimestampMs start = 0;
    double min = 0;
    double max = 0;
    double sum = 0;
    double count = 0;
    double last = 0;
    friend bool operator==(const RollupBucket &, const RollupBucket &) = default;
};

enum class Resolution { Raw = 0, Minute = 60000, Hour = 3600000 };

// "raw", "1m", "1h".
QString resolutionName(Resolution r);
std::optional<Resolution> parseResolution(QStringView text);

struct RollupChunk {
    TimestampMs minT = 0; // start of the first bucket
    TimestampMs maxT = 0; // start of the last bucket
    int count = 0;        // buckets
    QByteArray data;
    bool persisted = false;
};

QByteArray encodeRollups(const std::vector<RollupBucket> &buckets);
// All `count` buckets; on malformed input an empty vector and *ok = false.
std::vector<RollupBucket> decodeRollups(QByteArrayView data, int count, bool *ok = nullptr);

// One resolution of one series.
class RollupTier {
public:
    static constexpr int kBucketsPerChunk = 120; // 2 h of 1 m buckets, 5 days of 1 h buckets

    explicit RollupTier(qint64 resolutionMs = 60000)
        : m_resolution(resolutionMs)
    {
    }

    qint64 resolutionMs() const { return m_resolution; }

    // Adds a raw sample; samples arrive in time order (equal times allowed). A sample in a
    // later interval closes the open bucket. As the *_over_time functions: min and max skip NaN
    // unless every sample is NaN, sum becomes NaN with a NaN sample, NaN counts and can be last.
    void add(Sample s);
    // Buckets overlapping (fromExclusive, toInclusive] by start time (start > fromExclusive −
    // resolution and start <= toInclusive), in time order, including the open one.
    std::vector<RollupBucket> range(TimestampMs fromExclusive, TimestampMs toInclusive) const;
    // The start of the oldest bucket held, if any.
    std::optional<TimestampMs> oldestStart() const;
    // Drops whole chunks (and closed buckets) that end before `cutoff`.
    void trim(TimestampMs cutoff);

    // --- persistence ---
    // Sealed chunks not yet persisted; marks them persisted.
    std::vector<RollupChunk> takeUnpersisted();
    // True when closed (unsealed) buckets changed since the last takeClosed().
    bool closedDirty() const { return m_closedDirty; }
    // The closed, unsealed buckets (persisted as one row, replaced); clears closedDirty.
    const std::vector<RollupBucket> &takeClosed()
    {
        m_closedDirty = false;
        return m_closed;
    }
    // At load: stored chunks (time order) and closed buckets. The open bucket is either restored
    // as stored (restoreOpen) or, from files written before it was stored, rebuilt by add()ing
    // the raw samples newer than lastClosedEnd().
    void restore(std::vector<RollupChunk> chunks, std::vector<RollupBucket> closed);
    // The bucket still open (persisted with the series' tail so that a restart needs no raw
    // samples to rebuild it), if any.
    std::optional<RollupBucket> openBucket() const;
    // Stored chunks older than everything held, oldest first, put in front (loaded after start).
    void prependChunks(std::vector<RollupChunk> older);
    void restoreOpen(const RollupBucket &open);
    // The end of the newest closed bucket (exclusive), or min() when there is none.
    TimestampMs lastClosedEnd() const;
    qint64 bytes() const;

private:
    void close();
    qint64 m_resolution;
    std::vector<RollupChunk> m_chunks;
    std::vector<RollupBucket> m_closed;
    RollupBucket m_open;
    bool m_hasOpen = false;
    bool m_openAllNaN = true;
    bool m_closedDirty = false;
};

} // namespace hms
