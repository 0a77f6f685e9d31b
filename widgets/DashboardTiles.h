// The tiles of a dashboard wall. Each paints one TileFrame (dash/DashboardFrame.h) and nothing
// else: no store reads, no database, so a repaint costs only drawing. Type scales with the
// tile's height, so a stat's number on a 4K wall is as readable at 5 m as the layout allows.
#pragma once

#include "dash/DashboardFrame.h"

#include <QColor>
#include <QFrame>

class QChart;
class QChartView;
class QLineSeries;
class QAreaSeries;
class QScatterSeries;
class QDateTimeAxis;
class QValueAxis;

// Colours of a wall, dark (the default: NORAD-style, high contrast) or light.
struct WallTheme {
    QColor background, tile, border, text, muted, ok, firing, acknowledged, stale, threshold;
    QList<QColor> lines;
    static WallTheme dark();
    static WallTheme light();
};

class TileWidget : public QFrame {
    Q_OBJECT
public:
    TileWidget(const hms::DashboardTile &tile, const WallTheme &theme, QWidget *parent = nullptr);
    virtual void setFrame(const hms::TileFrame &frame, hms::TimestampMs from, hms::TimestampMs to);
    const hms::DashboardTile &tile() const { return m_tile; }
    // For tests and the wall's own checks: what the tile shows.
    hms::TileData::State state() const { return m_state; }
    bool isStale() const { return m_stale; }
    QString staleText() const;
    // One title size for every tile of a wall (set by the view from its height).
    void setTitlePx(int px);

protected:
    void paintEvent(QPaintEvent *event) override;
    // Paints the content below the title, in `area`.
    virtual void paintContent(QPainter &p, const QRect &area) { Q_UNUSED(p) Q_UNUSED(area) }
    QColor stateColour() const;
    int titlePx() const; // title font size for this tile's height
    QString formatValue(double v) const;

    hms::DashboardTile m_tile;
    WallTheme m_theme;
    hms::TileData::State m_state = hms::TileData::State::NoData;
    bool m_stale = false;
    qint64 m_staleForMs = 0;
    hms::TimestampMs m_to = 0;
    int m_titlePx = 18;
};

// Big number and sparkline, its background the rule's state.
class StatTile final : public TileWidget {
    Q_OBJECT
public:
    using TileWidget::TileWidget;
    void setFrame(const hms::TileFrame &frame, hms::TimestampMs from, hms::TimestampMs to) override;
    QString valueText() const { return m_valueText; }

protected:
    void paintContent(QPainter &p, const QRect &area) override;

private:
    QString m_valueText;
    std::vector<hms::Sample> m_spark;
    hms::TimestampMs m_from = 0;
};

// Lines (painted directly over a Qt Charts chart, once per frame), the rule's threshold, firing
// intervals shaded, exemplar points that can be clicked.
class ChartTile final : public TileWidget {
    Q_OBJECT
public:
    ChartTile(const hms::DashboardTile &tile, const WallTheme &theme, QWidget *parent = nullptr);
    void setFrame(const hms::TileFrame &frame, hms::TimestampMs from, hms::TimestampMs to) override;
    int plotWidthPx() const;
    QChartView *chartView() const { return m_view; }
    // Points of each line drawn now (the series themselves only name the lines in the legend).
    std::vector<int> linePointCounts() const;
    int firingBands() const { return int(m_bands.size()); }

Q_SIGNALS:
    // An exemplar point was clicked: its trace_id, and the open incidents colouring this tile.
    void exemplarClicked(const QString &traceId, double value, qint64 atMs, const std::vector<qint64> &incidentIds);

private:
    QChartView *m_view = nullptr;
    class QLabel *m_empty = nullptr; // "no data" over an empty plot
    QChart *m_chart = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    std::vector<QLineSeries *> m_lines; // empty: the legend's names and colours
    class ChartLinesItem *m_linesItem = nullptr; // the lines themselves
    QLineSeries *m_threshold = nullptr;
    QScatterSeries *m_exemplars = nullptr;
    std::vector<QAreaSeries *> m_bands;
    std::vector<std::pair<hms::TimestampMs, hms::TimestampMs>> m_bandTimes;
    std::vector<hms::Exemplar> m_exemplarData;
    std::vector<qint64> m_incidentIds;
    size_t m_legendLines = size_t(-1);
};

// Status grid, incident ticker, who is on call, SLO budget gauge, clock: text and shapes.
class InfoTile final : public TileWidget {
    Q_OBJECT
public:
    using TileWidget::TileWidget;
    void setFrame(const hms::TileFrame &frame, hms::TimestampMs from, hms::TimestampMs to) override;
    QStringList lines() const; // what it shows, line by line (tests, accessibility)

protected:
    void paintContent(QPainter &p, const QRect &area) override;

private:
    hms::TileFrame m_frame;
};

TileWidget *createTile(const hms::DashboardTile &tile, const WallTheme &theme, QWidget *parent);
