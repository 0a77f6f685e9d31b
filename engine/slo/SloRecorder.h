// Records every SLO's one-minute slices and burn rates into the store (see slo/Slo.h for the
// series), once a minute on the evaluator thread, so that the generated alert rules, the API and
// the views read them like any metric, and so that they survive restarts in series.db.
//
// Slices are recorded in order, each stamped with the end of its minute: a slice for (e−1m, e]
// is written at e. At start, and for a new SLO, the slices missed are recorded from the raw
// samples still kept (raw retention, 6 h by default); older minutes stay unrecorded (no data).
#pragma once

#include "slo/Slo.h"

#include <QObject>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>

namespace hms {

class SeriesStore;

class SloRecorder : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kSliceMs = 60'000;

    explicit SloRecorder(SeriesStore &store, QObject *parent = nullptr);

    // Replaces the SLOs; the next recordUntil reads each one's history back from the store.
    void setSlos(std::shared_ptr<const std::vector<hms::Slo>> slos);
    // Records every slice that ended at or before `now` and is not recorded yet. Returns how many.
    int recordUntil(TimestampMs now);
    // Ticks a second after every minute (call in the recorder's thread).
    void start();
    bool isStarted() const { return m_started; }

    struct Slice {
        double bad = 0;
        double total = 0;
    };
    // The slice (end − 1m, end] of `slo`, from the raw samples.
    Slice sliceAt(const Slo &slo, TimestampMs end) const;
    // (bad/total over `windowMs` up to the last recorded slice) / budget; nullopt without events.
    std::optional<double> burnRate(const Slo &slo, qint64 windowMs) const;

private:
    // The recorded slices of one SLO as running totals, newest last, reaching back over its longest
    // window: a window's sums are two lookups. Read back from the store at start (the slice series,
    // then their 1 h rollups where raw samples are gone: hour-exact there).
    struct Entry {
        TimestampMs end = 0;
        double cumBad = 0;
        double cumTotal = 0;
    };
    struct History {
        std::deque<Entry> entries;
        double baseBad = 0; // the running totals before entries.front()
        double baseTotal = 0;
        TimestampMs last = 0; // the newest slice end recorded
    };
    void record(const Slo &slo, History &h, TimestampMs end);
    History &history(const Slo &slo, TimestampMs now);
    static qint64 longestWindow(const Slo &slo);

    SeriesStore &m_store;
    std::shared_ptr<const std::vector<Slo>> m_slos;
    std::map<QString, History> m_history; // by SLO id
    QTimer m_timer;
    bool m_started = false;
};

} // namespace hms
