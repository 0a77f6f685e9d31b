// The in-memory series store: one append-only sample list per series, guarded by a
// reader/writer lock so that ingest threads write in batches while the evaluator and the
// views read. (Issue #3 replaces the sample lists with Gorilla-compressed chunks persisted to
// series.db; the interface stays.)
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
#include <vector>

namespace hms {

class SeriesStore {
public:
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

private:
    struct Series;
    Series *seriesFor(const QString &name, const Labels &labels, TimestampMs now); // under write lock
    void appendSample(Series &s, Sample sample);
    void bumpRejectedLocked(const QString &reason, qint64 count, TimestampMs now);

    Options m_options;
    mutable std::shared_mutex m_mutex;
    QHash<QString, std::shared_ptr<Series>> m_series;               // by SeriesKey::toString()
    QHash<QString, std::vector<std::shared_ptr<Series>>> m_byName;  // by metric name
    std::atomic<qint64> m_samples{0};
};

} // namespace hms
