#include "EventLoopProbe.h"

#include "Engine.h"
#include "ingest/PushParser.h"
#include "store/SeriesStore.h"

#include <QDateTime>

EventLoopProbe::EventLoopProbe(hms::Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_timer(this)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
    m_clock.start();
    m_expectedNs = qint64(kIntervalMs) * 1000000;
    m_timer.start();
}

void EventLoopProbe::tick()
{
    // Lag: how long after its due time the timer event was handled. The next due time is
    // counted from now, so one long stall is one large sample, not a burst of catch-up ticks.
    const qint64 now = m_clock.nsecsElapsed();
    const double lagMs = double(std::max<qint64>(0, now - m_expectedNs)) / 1e6;
    m_expectedNs = now + qint64(kIntervalMs) * 1000000;
    ++m_ticks;
    const qint64 wallMs = QDateTime::currentMSecsSinceEpoch();
    m_pending.push_back({wallMs, lagMs});
    if (wallMs - m_lastFlushMs >= 1000)
        flush();
}

void EventLoopProbe::flush()
{
    std::vector<hms::PushedSample> batch;
    batch.reserve(m_pending.size());
    for (const hms::Sample &s : m_pending) {
        hms::PushedSample p;
        p.name = QStringLiteral("ops_gui_event_loop_lag_ms");
        p.timestampMs = s.t;
        p.value = s.v;
        batch.push_back(std::move(p));
    }
    m_lastFlushMs = QDateTime::currentMSecsSinceEpoch();
    m_pending.clear();
    hms::SeriesStore &store = m_engine.store();
    m_engine.postToOps([&store, batch = std::move(batch), now = m_lastFlushMs](hms::OpsCore &) {
        store.applyPushed(batch, now);
    });
}
