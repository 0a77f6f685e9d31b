// The series store: per series, a head of up to kChunkSamples raw samples and a list of sealed
// Gorilla-compressed chunks, guarded by a reader/writer lock so that ingest threads write in
// batches while the evaluator and the views read. Persistence is pulled, not pushed: a writer
// thread takes a PersistBatch (new series, newly sealed chunks, changed heads, new exemplars)
// once a second and commits it to series.db (SeriesDb), so a kill -9 loses at most that second.
#pragma once

#include "core/Types.h"
#include "ingest/PushParser.h"
#include "ingest/StatsdParser.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <deque>
#include <memory>
#include <shared_mutex>
#include <unordered_map>
#include <vector>

namespace hms {

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
    struct NewExemplar {
        quint64 seriesId = 0;
        Exemplar exemplar;
    };
    std::vector<NewSeries> series;
    std::vector<Chunk> chunks;   // sealed
    std::vector<Chunk> heads;    // the open chunk of each changed series (replaces the stored one)
    std::vector<NewExemplar> exemplars;
    TimestampMs retainFrom = 0;  // chunks ending before this may be deleted
    bool empty() const { return series.empty() && chunks.empty() && heads.empty() && exemplars.empty(); }
};

class SeriesStore {
public:
    static constexpr int kChunkSamples = 120; // as Prometheus: ~1 KB of raw samples per chunk

    struct Options {
        qint64 retentionMs = 6LL * 3600 * 1000; // samples older than this are trimmed
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
    int applyPushed(const std::vector<PushedSample> &samples, TimestampMs now);
    // Adds `count` to the self-metric ops_ingest_rejected_total{reason=...}.
    void countRejected(const QString &reason, qint64 count, TimestampMs now);

    // --- queries (thread-safe) ---
    // Series of metric `name` whose labels include every pair of `match`.
    std::vector<SeriesKey> select(const QString &name, const Labels &match) const;
    // Samples with fromExclusive < t <= toInclusive, in time order.
    std::vector<Sample> range(const SeriesKey &key, TimestampMs fromExclusive, TimestampMs toInclusive) const;
    std::vector<Exemplar> exemplars(const SeriesKey &key, TimestampMs fromExclusive, TimestampMs toInclusive) const;
    // At most 2·buckets samples: the min and the max of each time bucket, in time order
    // (M4-style; every bucket's extremes survive). For drawing, not for computing.
    std::vector<Sample> decimated(const SeriesKey &key, TimestampMs from, TimestampMs to, int buckets) const;
    QStringList metricNames() const;
    qint64 sampleCount() const { return m_samples.load(std::memory_order_relaxed); }
    qint64 seriesCount() const;

    // Drops samples older than now − retention. Called by the engine periodically.
    void trim(TimestampMs now);

    // --- persistence (SeriesDb) ---
    PersistBatch takePersistBatch(TimestampMs now);
    // At start, before any ingest: a series as stored (chunks sealed, the head decoded).
    void restoreSeries(quint64 id, const SeriesKey &key, std::vector<PersistBatch::Chunk> chunks,
                       const std::vector<Sample> &head, const std::vector<Exemplar> &exemplars);
    // Bytes of compressed chunks and samples in them (for bytes/sample figures).
    qint64 sealedBytes() const;
    qint64 sealedSamples() const;
    // How many persist batches were taken (a batch taken after an append holds that append).
    qint64 persistBatchesTaken() const { return m_batchesTaken.load(std::memory_order_relaxed); }

private:
    struct Series;
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
};

} // namespace hms
