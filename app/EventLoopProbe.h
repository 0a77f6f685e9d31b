// The GUI thread watching itself: a precise timer fires every interval and records how late it
// ran (the event loop's lag) as the self-metric ops_gui_event_loop_lag_ms in the series store, so
// a stalled wall display shows up on the wall, in `opsctl metric get`, and in alert rules like
// any other metric. The store write is one batch per second, not one per tick.
#pragma once

#include "core/Types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace hms {
class SeriesStore;
}

class EventLoopProbe : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 5;
    explicit EventLoopProbe(hms::SeriesStore &store, QObject *parent = nullptr);

    // Lags measured so far (ms), for tests.
    qint64 ticks() const { return m_ticks; }

private:
    void tick();
    void flush();

    hms::SeriesStore &m_store;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_expectedNs = 0;
    qint64 m_ticks = 0;
    qint64 m_lastFlushMs = 0;
    std::vector<hms::Sample> m_pending;
};
