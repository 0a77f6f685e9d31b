#include "DashboardView.h"

#include <QGridLayout>
#include <QTimerEvent>

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    m_grid->setContentsMargins(8, 8, 8, 8);
    m_grid->setSpacing(8);
    setAutoFillBackground(true);
    m_clockTimer = startTimer(1000);
}

void DashboardView::setDashboard(const hms::Dashboard &dashboard, const WallTheme &theme)
{
    for (TileWidget *t : m_tiles)
        delete t;
    m_tiles.clear();
    m_dashboard = dashboard;
    m_theme = theme;
    QPalette pal = palette();
    pal.setColor(QPalette::Window, theme.background);
    setPalette(pal);
    for (int c = 0; c < m_grid->columnCount(); ++c)
        m_grid->setColumnStretch(c, 0);
    for (int r = 0; r < m_grid->rowCount(); ++r)
        m_grid->setRowStretch(r, 0);
    for (int c = 0; c < dashboard.columns; ++c)
        m_grid->setColumnStretch(c, 1);
    for (int r = 0; r < dashboard.rows; ++r)
        m_grid->setRowStretch(r, 1);
    for (const hms::DashboardTile &t : dashboard.tiles) {
        TileWidget *tile = createTile(t, theme, this);
        m_grid->addWidget(tile, t.y, t.x, t.h, t.w);
        if (auto *chart = qobject_cast<ChartTile *>(tile))
            connect(chart, &ChartTile::exemplarClicked, this, &DashboardView::exemplarClicked);
        m_tiles.push_back(tile);
    }
    m_widthPx.assign(m_tiles.size(), 300);
    const int px = std::clamp(height() / 45, 13, 48);
    for (TileWidget *t : m_tiles)
        t->setTitlePx(px);
}

int DashboardView::widthPx(size_t tile) const
{
    if (tile >= m_tiles.size())
        return 300;
    if (const auto *chart = qobject_cast<const ChartTile *>(m_tiles[tile]))
        return chart->plotWidthPx();
    return std::max(60, m_tiles[tile]->width());
}

void DashboardView::applyFrame(const hms::DashboardFrame &frame)
{
    if (frame.dashboard.name != m_dashboard.name || frame.tiles.size() != m_tiles.size())
        return; // a frame of the dashboard shown before: dropped
    for (size_t i = 0; i < m_tiles.size(); ++i)
        m_tiles[i]->setFrame(frame.tiles[i], frame.from, frame.to);
    m_lastFrameAt = frame.to;
}

void DashboardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Titles 1/45 of the screen's height: 24 px on 1080p, 48 px on a 4K wall.
    const int px = std::clamp(height() / 45, 13, 48);
    for (TileWidget *t : m_tiles)
        t->setTitlePx(px);
}

void DashboardView::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_clockTimer)
        return QWidget::timerEvent(event);
    for (TileWidget *t : m_tiles)
        if (t->tile().kind == hms::DashboardTile::Kind::Clock)
            t->update();
}
