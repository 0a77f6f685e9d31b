// Computes dashboard frames (dash/DashboardFrame.h) on its own thread, at a steady rate, so the
// GUI thread only paints. Rules, incidents and rotations come from the ops thread once a second;
// samples are read from the store directly (thread-safe). A new frame is computed only after the
// window took the last one: a slow screen never builds a queue of stale frames.
#pragma once

#include "dash/DashboardFrame.h"
#include "dash/DecimationCache.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <mutex>

namespace hms {
class Engine;
}

class DashboardFeed final : public QObject {
    Q_OBJECT
public:
    explicit DashboardFeed(hms::Engine &engine);

    // Thread-safe setters, read at the next frame.
    void setDashboard(const hms::Dashboard &dashboard);
    void setWidths(std::vector<int> widths);
    void setPaused(bool paused, hms::TimestampMs at); // paused: frames keep showing `at`
    void frameTaken() { m_inFlight = false; }         // the window took the last frame

    // Starts the timers; call in the feed's thread (queued).
    void start(int framesPerSecond);

Q_SIGNALS:
    void frameReady(const std::shared_ptr<const hms::DashboardFrame> &frame);

private:
    void tick();
    void refreshOps();

    hms::Engine &m_engine;
    QTimer m_frames{this};
    QTimer m_ops{this};
    std::mutex m_mutex; // guards the fields below, set from the GUI thread
    std::optional<hms::Dashboard> m_dashboard;
    std::vector<int> m_widths;
    bool m_paused = false;
    hms::TimestampMs m_pausedAt = 0;
    bool m_dirty = true; // something changed: compute even when paused
    hms::OpsSnapshot m_snapshot; // feed thread only
    hms::DecimationCache m_cache; // feed thread only: the final buckets of every line drawn
    std::atomic<bool> m_inFlight{false};
};

// Owns a feed and its thread; the thread is stopped and the feed deleted on its own thread.
class DashboardFeedThread final {
public:
    explicit DashboardFeedThread(hms::Engine &engine, int framesPerSecond);
    ~DashboardFeedThread();
    DashboardFeed *feed() const { return m_feed; }

private:
    QThread m_thread;
    DashboardFeed *m_feed;
};
