// A dashboard as a grid of tiles (widgets/DashboardTiles.h), laid out by the tiles' cells. It
// paints frames it is given (applyFrame) and asks for nothing itself, so it can sit in a window
// or fill a wall screen.
#pragma once

#include "DashboardTiles.h"

#include <QWidget>

class QGridLayout;
class QLabel;

class DashboardView final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    void setDashboard(const hms::Dashboard &dashboard, const WallTheme &theme);
    const hms::Dashboard &dashboard() const { return m_dashboard; }
    void applyFrame(const hms::DashboardFrame &frame);
    // The plot width of tile i in pixels (charts: their plot area), for the next frame.
    int widthPx(size_t tile) const;
    const std::vector<TileWidget *> &tiles() const { return m_tiles; }
    const WallTheme &theme() const { return m_theme; }
    hms::TimestampMs lastFrameAt() const { return m_lastFrameAt; }

Q_SIGNALS:
    void exemplarClicked(const QString &traceId, double value, qint64 atMs, const std::vector<qint64> &incidentIds);

protected:
    void timerEvent(QTimerEvent *event) override; // the clocks tick between frames
    void resizeEvent(QResizeEvent *event) override; // type follows the screen

private:
    hms::Dashboard m_dashboard;
    WallTheme m_theme = WallTheme::dark();
    QGridLayout *m_grid = nullptr;
    std::vector<TileWidget *> m_tiles;
    std::vector<int> m_widthPx; // read by the feed's thread: copied under no lock, ints only
    hms::TimestampMs m_lastFrameAt = 0;
    int m_clockTimer = 0;
};
