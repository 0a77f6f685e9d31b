// The GUI thread watching itself: a precise timer fires every interval and records how late it
// ran (the event loop's lag) as the self-metric ops_gui_event_loop_lag_ms in the series store, so
// a stalled wall display shows up on the wall, in `opsctl metric get`, and in alert rules like
// any other metric. The store write is one batch per second, not one per tick, and happens on
// the ops thread: the GUI thread never waits for the store's lock while ingest holds it.
#pragma once

#include "core/Types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace hms {
class Engine;
}

class EventLoopProbe : public QObject {
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 5;
    explicit EventLoopProbe(hms::Engine &engine, QObject *parent = nullptr);

    // Lags measured so far (ms), for tests.
    qint64 ticks() const { return m_ticks; }

private:
    void tick();
    void flush();

    hms::Engine &m_engine;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_expectedNs = 0;
    qint64 m_ticks = 0;
    qint64 m_lastFlushMs = 0;
    std::vector<hms::Sample> m_pending;
};
