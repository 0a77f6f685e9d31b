// A dashboard in its own window: pick a saved dashboard, a time range (last 5 m … 30 d), pause
// and resume; or a new one from the seed's templates ("pick a template, choose a time range,
// press Save"). In wall mode (hms-ops --wall) the same window goes fullscreen on a chosen screen,
// rotates a playlist of dashboards and locks the keyboard (kiosk): Esc does nothing, and
// Ctrl+Alt+Shift+Q leaves.
#pragma once

#include "DashboardView.h"

#include <QMainWindow>

#include <memory>

class DashboardFeedThread;
class QComboBox;
class QLabel;
class QToolButton;
class QScreen;

namespace hms {
class Engine;
}

class DashboardWindow final : public QMainWindow {
    Q_OBJECT
public:
    struct WallOptions {
        QStringList playlist;     // dashboard names, shown in turn
        qint64 rotateMs = 30'000; // per dashboard
        QScreen *screen = nullptr;
        int offset = 0;           // where in the playlist this screen starts
        WallTheme theme = WallTheme::dark();
    };

    explicit DashboardWindow(hms::Engine &engine, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // Shows `name` (a saved dashboard) once it is loaded; errors go to the status line.
    void openDashboard(const QString &name);
    void startWall(const WallOptions &options);
    bool isWall() const { return m_wall; }
    DashboardView *view() const { return m_view; }
    QString currentName() const { return m_view->dashboard().name; }
    // The last status text (tests).
    QString statusText() const;
    // Shows [from, to] and holds it (paused) until Resume: an absolute range, or an incident's
    // window with a margin.
    void zoomTo(hms::TimestampMs from, hms::TimestampMs to);
    // What the last exemplar click said (tests).
    QString lastExemplarText() const { return m_exemplarText; }

Q_SIGNALS:
    void frameApplied(); // after each painted frame (tests wait on it)

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void timerEvent(QTimerEvent *event) override;

private:
    void showDashboard(const hms::Dashboard &dashboard, int version);
    void onFrame(const std::shared_ptr<const hms::DashboardFrame> &frame);
    void refreshList();
    void newFromTemplate();
    void setRange(qint64 ms);
    void togglePause();
    void nextInPlaylist();
    void updateStatus();
    void chooseIncidentWindow();
    void chooseAbsoluteRange();
    void onExemplar(const QString &traceId, double value, qint64 atMs, const std::vector<qint64> &incidentIds);

    hms::Engine &m_engine;
    std::unique_ptr<DashboardFeedThread> m_feed;
    DashboardView *m_view = nullptr;
    QComboBox *m_list = nullptr;
    QComboBox *m_range = nullptr;
    QToolButton *m_pause = nullptr;
    QLabel *m_status = nullptr;
    bool m_paused = false;
    bool m_wall = false;
    bool m_leaving = false;
    WallOptions m_wallOptions;
    int m_playlistIndex = 0; // the next to show
    int m_showing = 0;       // the one shown
    int m_rotateTimer = 0;
    int m_heartbeat = 0;
    qint64 m_rangeMs = 0; // 0: the dashboard's own
    hms::Dashboard m_base; // as saved, before the range override
    int m_version = 0;
    qint64 m_lastComputeUs = 0;
    qint64 m_lastFrameWallClock = 0;
    hms::TimestampMs m_pinnedTo = 0; // zoomTo: the frame's end while paused
    QString m_exemplarText;
    qint64 m_exemplarShownAt = 0;
};
