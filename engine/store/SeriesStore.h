// The series store: per series, a head of up to kChunkSamples raw samples and a list of sealed
// Gorilla-compressed chunks, guarded by a reader/writer lock so that ingest threads write in
// batches while the evaluator and the views read. Persistence is pulled, not pushed: a writer
// thread takes a PersistBatch (new series, newly sealed chunks, changed heads, new exemplars)
// once a second and commits it to series.db (SeriesDb). Acknowledged pushes are also written to
// the ingest journal (IngestJournal) before they are answered, so a kill -9 loses none of them.
#pragma once

#include "core/Types.h"
#include "ingest/PushParser.h"
#include "ingest/StatsdParser.h"
#include "rules/Rule.h"
#include "store/Rollup.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <limits>
#include <deque>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace hms {

class IngestJournal;
struct JournalSegment;

// What changed since the last batch, for SeriesDb.
struct PersistBatch {
    struct NewSeries {
        quint64 id = 0;
        SeriesKey key;
    };
    struct Chunk {
        quint64 seriesId = 0;
        TimestampMs minT = 0;
        TimestampMs maxT = 0;
        int count = 0;
        QByteArray data; // Gorilla stream
    };
    // Consecutive sealed chunks of one series that the writer merges into one stored chunk
    // (fewer rows and fewer 128-bit chunk headers on disk than one row per 120 samples).
    struct FileChunk {
        quint64 seriesId = 0;
        std::vector<Chunk> parts;
    };
    // Everything of a series not yet in a stored chunk: sealed chunks still waiting to be
    // merged plus the raw head. Stored as one row that replaces the previous one.
    struct Tail {
        quint64 seriesId = 0;
        std::vector<Chunk> sealed;
        std::vector<Sample> head;
        // The rollup buckets still open, stored with the tail: a restart restores them as they
        // were instead of re-reading up to an hour of raw samples.
        std::optional<RollupBucket> minuteOpen, hourOpen;
    };
    struct NewExemplar {
        quint64 seriesId = 0;
        Exemplar exemplar;
    };
    struct Rollups {
        quint64 seriesId = 0;
        qint64 resolutionMs = 0;
        std::vector<RollupChunk> chunks;                   // newly sealed
        std::optional<std::vector<RollupBucket>> closed;   // replaced when set
    };
    std::vector<NewSeries> series;
    std::vector<FileChunk> chunks;
    std::vector<Tail> tails;
    std::vector<NewExemplar> exemplars;
    std::vector<Rollups> rollups;
    TimestampMs retainFrom = 0;       // raw chunks ending before this may be deleted
    TimestampMs retainMinuteFrom = 0; // 1 m rollup chunks ending before this may be deleted
    TimestampMs retainHourFrom = 0;   // 1 h rollup chunks ending before this may be deleted
    // Ingest journal segments up to this one hold only samples of this batch and earlier ones
    // (0: none); series.db records it with the batch (IngestJournal.h).
    quint64 journalThrough = 0;
    bool empty() const
    {
        return series.empty() && chunks.empty() && tails.empty() && exemplars.empty() && rollups.empty();
    }
};

// A series as stored in series.db, handed to SeriesStore::restoreSeries at start.
struct StoredSeries {
    quint64 id = 0;
    SeriesKey key;
    std::vector<PersistBatch::Chunk> chunks; // time order
    std::vector<PersistBatch::Chunk> tailSealed; // sealed chunks after it, not yet merged into a stored one
    std::vector<Sample> tail;                // samples after those
    bool openStored = false;                 // false: a file from before open buckets were stored
    std::optional<RollupBucket> minuteOpen, hourOpen;
    std::vector<Exemplar> exemplars;
    std::vector<RollupChunk> minuteChunks, hourChunks;
    std::vector<RollupBucket> minuteClosed, hourClosed;
};

// The answer to a window aggregate, with how it was computed.
struct WindowResult {
    std::optional<double> value;
    qint64 samples = 0;   // raw samples (or rollup buckets) that went into it
    // "raw": exact, as Prometheus computes it; "ddsketch": a quantile over more samples than
    // the cap, within 1 % relative error; "rollup_1m"/"rollup_1h": the window reaches past raw
    // retention and was answered from whole rollup buckets; "raw_partial": a quantile whose
    // window reaches past raw retention, over the raw samples that remain.
    QString method = QStringLiteral("raw");
    bool approximate() const { return method != u"raw"; }
};

class SeriesStore {
    struct Series;

public:
    // A series found once and appended to many times without hashing its name and labels again
    // (the line-protocol path caches handles by the bytes a series arrives as). Valid for the
    // store's lifetime: series are never removed, only their old samples.
    class Handle {
    public:
        Handle() = default;
        explicit operator bool() const { return m_series != nullptr; }

    private:
        friend class SeriesStore;
        explicit Handle(Series *s)
            : m_series(s)
        {
        }
        Series *m_series = nullptr;
    };
    struct HandleSample {
        Handle series;
        TimestampMs t = 0; // 0: now
        double value = 0;
    };

    static constexpr int kChunkSamples = 120; // as Prometheus: ~1 KB of raw samples per chunk
    static constexpr int kChunksPerFileChunk = 4; // sealed chunks merged into one series.db row

    struct Options {
        qint64 retentionMs = 6LL * 3600 * 1000; // raw samples older than this are trimmed
        qint64 minuteRetentionMs = 2LL * 24 * 3600 * 1000; // 1 m rollups
        qint64 hourRetentionMs = 35LL * 24 * 3600 * 1000;  // 1 h rollups (30-day SLO windows)
        // Quantiles over windows holding more raw samples than this are answered by a DDSketch
        // (relative error <= 1 %) streamed over the samples instead of sorting them all.
        qint64 exactQuantileCap = 200000;
        int maxSeriesPerMetric = 10000;          // new series past this are rejected ("cardinality")
        qint64 setWindowMs = 10000;              // StatsD sets count distinct members per window
    };

    SeriesStore();
    explicit SeriesStore(Options options);
    ~SeriesStore();
    SeriesStore(const SeriesStore &) = delete;
    SeriesStore &operator=(const SeriesStore &) = delete;

    // --- ingest (thread-safe; one lock per batch, never per sample) ---
    // StatsD semantics: counters accumulate value/sampleRate into a running total (so rate()
    // works as on a Prometheus counter); gauges replace; gauge deltas add to the last value;
    // timers, histograms and distributions store each observation as a raw sample; sets store
    // the number of distinct members seen in the current set window.
    void applyStatsd(const std::vector<StatsdLine> &lines, TimestampMs now);
    // Pushed samples: observations and gauges are stored as given, counters add to the total.
    // Samples older than the series' newest sample are rejected as "out_of_order". Returns the
    // number accepted.
    // With `journalError`, the caller will acknowledge the push: the accepted samples are written
    // to the journal (when one is set) before they are applied; when that write fails nothing
    // is applied, *journalError says why and 0 is returned.
    int applyPushed(const std::vector<PushedSample> &samples, TimestampMs now, QString *journalError = nullptr);
    // The series of each key, created as needed (one write lock for all); a null handle where
    // the cardinality limit refused a new series (counted as for applyPushed).
    std::vector<Handle> resolve(const std::vector<SeriesKey> &keys, TimestampMs now);
    // Gauge samples by handle under one write lock, with applyPushed's rules (a sample older than
    // its series' newest is rejected as "out_of_order"). Returns the number accepted.
    int appendHandles(const std::vector<HandleSample> &samples, TimestampMs now, QString *journalError = nullptr);
    // Adds `count` to the self-metric ops_ingest_rejected_total{reason=...}.
    void countRejected(const QString &reason, qint64 count, TimestampMs now);

    // --- queries (thread-safe) ---
    // Series of metric `name` whose labels include every pair of `match`.
    std::vector<SeriesKey> select(const QString &name, const Labels &match) const;
    // Samples with fromExclusive < t <= toInclusive, in time order.
    std::vector<Sample> range(const SeriesKey &key, TimestampMs fromExclusive, TimestampMs toInclusive) const;
    std::vector<Exemplar> exemplars(const SeriesKey &key, TimestampMs fromExclusive, TimestampMs toInclusive) const;
    // Every retained sample that carries `traceId` (at most `limit`), with its series, oldest
    // first: the trace_id drill-down. A scan of all exemplars (they are few: one per traced sample).
    std::vector<std::pair<SeriesKey, Exemplar>> exemplarsWithTrace(const QString &traceId, int limit) const;
    // The newest sample of a series (dashboards: the value now, and whether the source stopped).
    std::optional<Sample> latest(const SeriesKey &key) const;
    // Rollup buckets of `resolution` (Minute or Hour) overlapping (fromExclusive, toInclusive].
    std::vector<RollupBucket> rollups(const SeriesKey &key, Resolution resolution, TimestampMs fromExclusive,
                                      TimestampMs toInclusive) const;
    // The aggregate over (t − window, t]: the one code path of the evaluator, the API and the views.
    // Exact over raw samples while they are retained (see WindowResult for the other methods).
    WindowResult aggregateWindow(const SeriesKey &key, const AggregateSpec &spec, TimestampMs t, qint64 windowMs) const;
    // The resolution decimated() uses for a range of `buckets` pixels.
    Resolution resolutionFor(TimestampMs from, TimestampMs to, int buckets) const;
    // At most 2·buckets samples: the min and the max of each time bucket, in time order
    // (M4-style; every bucket's extremes survive). For drawing, not for computing. Ranges whose
    // buckets are a minute or wider, or that reach past raw retention, read the rollups.
    std::vector<Sample> decimated(const SeriesKey &key, TimestampMs from, TimestampMs to, int buckets) const;
    // The same over raw samples in [from, to] on an absolute grid: bucket k covers
    // [k·widthMs, (k+1)·widthMs), so a bucket's points do not depend on `from` and a viewer can
    // keep those that can no longer change (dash/DecimationCache). *newest: the series' newest
    // sample time (min() when there is none); buckets before the one holding it are final until
    // generation() changes.
    std::vector<Sample> decimatedOnGrid(const SeriesKey &key, TimestampMs from, TimestampMs to, qint64 widthMs,
                                        TimestampMs *newest) const;
    // Changes whenever samples are removed (trim) or put before others (a history load), i.e.
    // whenever a final bucket of decimatedOnGrid could change.
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }
    QStringList metricNames() const;
    qint64 sampleCount() const { return m_samples.load(std::memory_order_relaxed); }
    const Options &options() const { return m_options; }
    qint64 seriesCount() const;

    // Drops samples older than now − retention (and rollups past theirs). Called periodically.
    void trim(TimestampMs now);

    // --- persistence (SeriesDb, IngestJournal) ---
    // Rotates the journal's segment with the batch (PersistBatch::journalThrough).
    PersistBatch takePersistBatch(TimestampMs now);
    // At start, after series.db is loaded and before ingest: the journal's samples that series.db
    // does not have, in the order they were accepted. Returns the samples appended.
    qint64 replayJournal(const JournalSegment &segment, TimestampMs now);
    // Before ingest starts; the journal outlives the store's ingest.
    void setJournal(IngestJournal *journal) { m_journal = journal; }
    // At start, before any ingest: a series as stored (chunks sealed, the head decoded).
    void restoreSeries(StoredSeries stored);
    // At start: raw samples before this are not (yet) in memory; queries reaching before it read
    // the rollups, as they do for trimmed data.
    void setRawCompleteFrom(TimestampMs t);
    // While ingest runs: stored chunks older than everything a series holds, oldest first, put
    // in front of each series' chunks (history loaded after the first ones; see SeriesDb).
    // Chunks already past retention are dropped. Returns the samples added.
    qint64 prependChunks(std::unordered_map<quint64, std::vector<PersistBatch::Chunk>> chunks);
    // The same for stored rollup chunks (minute, hour), oldest first; those past their
    // retention are dropped by the next trim().
    struct OlderRollups {
        std::vector<RollupChunk> minute, hour;
    };
    void prependRollups(std::unordered_map<quint64, OlderRollups> rollups);
    // The end of a history load: raw samples are complete from `t` (or from where trim() has
    // cut since, if later).
    void finishRestore(TimestampMs t);
    // How much of the stored raw history is in memory, for status displays: 100 when all is.
    void setHistoryProgress(int percent) { m_historyPercent.store(percent, std::memory_order_relaxed); }
    int historyProgress() const { return m_historyPercent.load(std::memory_order_relaxed); }
    TimestampMs rawCompleteFrom() const { return m_rawCompleteFrom.load(std::memory_order_relaxed); }
    // Bytes of compressed chunks and samples in them (for bytes/sample figures).
    qint64 sealedBytes() const;
    qint64 sealedSamples() const;
    // How many persist batches were taken (a batch taken after an append holds that append).
    qint64 persistBatchesTaken() const { return m_batchesTaken.load(std::memory_order_relaxed); }

private:
    Series *seriesFor(const QString &name, const Labels &labels, TimestampMs now); // under write lock
    void appendSample(Series &s, Sample sample);
    void addExemplar(Series &s, Exemplar e);
    template<typename Visit>
    void forEachSample(const Series &s, TimestampMs fromExclusive, TimestampMs toInclusive, Visit visit) const;
    void bumpRejectedLocked(const QString &reason, qint64 count, TimestampMs now);

    Options m_options;
    mutable std::shared_mutex m_mutex;
    // Found by a hash of name and labels computed without building a string (the per-sample
    // cost on the ingest path); collisions are resolved by comparing the keys.
    Series *findLocked(const QString &name, const Labels &labels) const;
    std::vector<std::shared_ptr<Series>> m_series;
    std::unordered_multimap<std::size_t, Series *> m_index;
    QHash<QString, std::vector<std::shared_ptr<Series>>> m_byName;  // by metric name
    std::atomic<qint64> m_samples{0};
    quint64 m_nextId = 1;
    std::atomic<qint64> m_batchesTaken{0};
    std::vector<Series *> m_newSeries; // created since the last persist batch
    IngestJournal *m_journal = nullptr;
    void journalSample(Series &s, TimestampMs t, double value, bool counter); // under write lock
    static void planFor(Series &s, quint64 epoch); // under write lock
    std::atomic<TimestampMs> m_rawCompleteFrom{std::numeric_limits<TimestampMs>::min()};
    std::atomic<int> m_historyPercent{100};
    std::atomic<quint64> m_generation{0};
    TimestampMs m_trimmedBefore = std::numeric_limits<TimestampMs>::min(); // under m_mutex
};

} // namespace hms
