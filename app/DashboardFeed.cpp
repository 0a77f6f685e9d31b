#include "DashboardFeed.h"

#include "Engine.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"

#include <QDateTime>

DashboardFeed::DashboardFeed(hms::Engine &engine)
    : m_engine(engine)
{
    connect(&m_frames, &QTimer::timeout, this, &DashboardFeed::tick);
    connect(&m_ops, &QTimer::timeout, this, &DashboardFeed::refreshOps);
}

void DashboardFeed::setDashboard(const hms::Dashboard &dashboard)
{
    {
        std::lock_guard lock(m_mutex);
        m_dashboard = dashboard;
        m_dirty = true;
    }
    // A new dashboard shows at once, not at the next tick (up to 500 ms later at 2 Hz).
    QMetaObject::invokeMethod(this, &DashboardFeed::tick, Qt::QueuedConnection);
}

void DashboardFeed::setWidths(std::vector<int> widths)
{
    std::lock_guard lock(m_mutex);
    if (widths != m_widths)
        m_dirty = true;
    m_widths = std::move(widths);
}

void DashboardFeed::setPaused(bool paused, hms::TimestampMs at)
{
    std::lock_guard lock(m_mutex);
    m_paused = paused;
    m_pausedAt = at;
    m_dirty = true;
}

void DashboardFeed::start(int framesPerSecond)
{
    m_frames.setTimerType(Qt::PreciseTimer);
    m_frames.start(1000 / std::clamp(framesPerSecond, 1, 30));
    m_ops.start(1000);
    refreshOps();
}

void DashboardFeed::refreshOps()
{
    m_engine.runOnOps(
        this,
        [](hms::OpsCore &ops) {
            hms::OpsSnapshot s;
            s.rules = ops.catalog().rules();
            s.incidents = ops.incidents().incidents(false, 500);
            s.rotations = ops.catalog().rotations();
            s.takenAt = QDateTime::currentMSecsSinceEpoch();
            return s;
        },
        [this](const hms::OpsSnapshot &s) {
            m_snapshot = s;
            std::lock_guard lock(m_mutex);
            m_dirty = true;
        });
}

void DashboardFeed::tick()
{
    if (m_inFlight)
        return; // the window has not painted the last frame yet
    hms::Dashboard dashboard;
    std::vector<int> widths;
    hms::TimestampMs to = QDateTime::currentMSecsSinceEpoch();
    {
        std::lock_guard lock(m_mutex);
        if (!m_dashboard || (m_paused && !m_dirty))
            return;
        dashboard = *m_dashboard;
        widths = m_widths;
        if (m_paused)
            to = m_pausedAt;
        m_dirty = false;
    }
    m_inFlight = true;
    m_cache.prune(to - 60'000); // lines no longer drawn (another dashboard, another range)
    Q_EMIT frameReady(hms::computeFrame(dashboard, m_engine.store(), m_snapshot, to,
                                        [&widths](size_t i) { return i < widths.size() ? widths[i] : 300; }, &m_cache));
}

DashboardFeedThread::DashboardFeedThread(hms::Engine &engine, int framesPerSecond)
    : m_feed(new DashboardFeed(engine))
{
    m_thread.setObjectName(QStringLiteral("dashboard"));
    m_feed->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_feed, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_feed, [feed = m_feed, framesPerSecond] { feed->start(framesPerSecond); });
}

DashboardFeedThread::~DashboardFeedThread()
{
    m_thread.quit();
    m_thread.wait();
}
