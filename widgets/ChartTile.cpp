// ChartTile (DashboardTiles.h): a Qt Charts chart (axes, legend, threshold, firing bands,
// exemplars) whose lines are painted directly (ChartLinesItem), cheap enough for a 32-chart wall
// at 10 Hz (docs/PERFORMANCE.md, "The wall").
#include "DashboardTiles.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsItem>
#include <QGraphicsLayout>
#include <QPainter>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <cmath>

using hms::TileData;

// The tile's lines, painted straight with QPainter inside the chart's scene, over its plot area.
// A QLineSeries rebuilds a QPainterPath on every replace() and strokes its shape for hit testing
// (QStroker: a join per segment, atan2, hypot); at 32 charts × 4 lines × 10 Hz that was most of
// a wall repaint. Axes, grid, legend, threshold, firing bands and exemplars stay Qt Charts; the
// QLineSeries stay, empty, for the legend's names and colours.
class ChartLinesItem final : public QGraphicsItem {
public:
    struct Line {
        QPen pen;
        QPolygonF points; // (ms since the epoch, value)
        bool dots = false;
        double dotSize = 8;
    };
    explicit ChartLinesItem(QChart *chart)
        : QGraphicsItem(chart)
        , m_chart(chart)
    {
        setAcceptedMouseButtons(Qt::NoButton); // clicks reach the exemplars below
        // Qt Charts draws every series at z 4 and the legend at 5: the lines go over the
        // firing bands (and over exemplar dots, which stay clickable through them), under
        // the legend.
        setZValue(4.5);
    }
    void setLines(std::vector<Line> lines, double x0, double x1, double y0, double y1)
    {
        m_lines = std::move(lines);
        m_x0 = x0;
        m_x1 = x1;
        m_y0 = y0;
        m_y1 = y1;
        update();
    }
    void areaChanged()
    {
        prepareGeometryChange();
        update();
    }
    const std::vector<Line> &lines() const { return m_lines; }
    QRectF boundingRect() const override { return m_chart->plotArea(); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override
    {
        const QRectF area = m_chart->plotArea();
        if (area.isEmpty() || m_x1 <= m_x0 || m_y1 <= m_y0)
            return;
        painter->save();
        painter->setClipRect(area);
        painter->setRenderHint(QPainter::Antialiasing, false);
        const double sx = area.width() / (m_x1 - m_x0), sy = area.height() / (m_y1 - m_y0);
        QPolygonF mapped;
        for (const Line &line : m_lines) {
            mapped.resize(line.points.size());
            for (qsizetype i = 0; i < line.points.size(); ++i)
                mapped[i] = QPointF(area.left() + (line.points[i].x() - m_x0) * sx,
                                    area.bottom() - (line.points[i].y() - m_y0) * sy);
            painter->setPen(line.pen);
            if (line.dots) {
                painter->setBrush(line.pen.color());
                for (const QPointF &p : mapped)
                    painter->drawEllipse(p, line.dotSize / 2, line.dotSize / 2);
                painter->setBrush(Qt::NoBrush);
            } else {
                painter->drawPolyline(mapped);
            }
        }
        painter->restore();
    }

private:
    QChart *m_chart;
    std::vector<Line> m_lines;
    double m_x0 = 0, m_x1 = 0, m_y0 = 0, m_y1 = 0;
};

// ---------------------------------------------------------------- ChartTile

ChartTile::ChartTile(const hms::DashboardTile &tile, const WallTheme &theme, QWidget *parent)
    : TileWidget(tile, theme, parent)
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_x(new QDateTimeAxis(m_chart))
    , m_y(new QValueAxis(m_chart))
{
    m_chart->setBackgroundVisible(false);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setLabelColor(theme.text);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_x->setFormat(QStringLiteral("HH:mm"));
    for (QAbstractAxis *axis : {static_cast<QAbstractAxis *>(m_x), static_cast<QAbstractAxis *>(m_y)}) {
        axis->setLabelsColor(theme.muted);
        axis->setGridLineColor(theme.border);
        axis->setLinePenColor(theme.border);
    }
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);
    m_threshold = new QLineSeries(m_chart);
    m_threshold->setName(tr("threshold"));
    QPen dashed(theme.threshold, 2, Qt::DashLine);
    dashed.setCosmetic(true);
    m_threshold->setPen(dashed);
    m_chart->addSeries(m_threshold);
    m_threshold->attachAxis(m_x);
    m_threshold->attachAxis(m_y);
    m_exemplars = new QScatterSeries(m_chart);
    m_exemplars->setName(tr("trace exemplars"));
    m_exemplars->setMarkerSize(10);
    m_exemplars->setColor(theme.stale);
    m_exemplars->setBorderColor(theme.background);
    m_chart->addSeries(m_exemplars);
    m_exemplars->attachAxis(m_x);
    m_exemplars->attachAxis(m_y);
    connect(m_exemplars, &QScatterSeries::clicked, this, [this](const QPointF &at) {
        // The exemplar nearest to the click (points can overlap at wall scale).
        const hms::Exemplar *best = nullptr;
        double bestDistance = std::numeric_limits<double>::max();
        for (const hms::Exemplar &e : m_exemplarData) {
            const double d = std::abs(double(e.t) - at.x()) / 1000.0 + std::abs(e.v - at.y());
            if (d < bestDistance) {
                bestDistance = d;
                best = &e;
            }
        }
        if (best)
            Q_EMIT exemplarClicked(best->traceId, best->v, best->t, m_incidentIds);
    });
    m_view->setChart(m_chart);
    m_linesItem = new ChartLinesItem(m_chart);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_linesItem->areaChanged(); });
    m_empty = new QLabel(tr("no data"), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: %1; background: transparent; }").arg(theme.muted.name()));
    m_empty->hide();
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    m_view->setStyleSheet(QStringLiteral("background: transparent"));
    m_view->setFrameShape(QFrame::NoFrame);
}

std::vector<int> ChartTile::linePointCounts() const
{
    std::vector<int> counts;
    for (const ChartLinesItem::Line &line : m_linesItem->lines())
        counts.push_back(int(line.points.size()));
    return counts;
}

int ChartTile::plotWidthPx() const
{
    const int w = int(m_chart->plotArea().width());
    return w > 0 ? w : std::max(100, width() - 80);
}

void ChartTile::setFrame(const hms::TileFrame &frame, hms::TimestampMs from, hms::TimestampMs to)
{
    const TileData &d = frame.data;
    // Layout and fonts follow the tile's size: set when it changes, not on every frame.
    const int pad = std::max(8, height() / 30);
    const QRect viewRect(pad, pad + titlePx() + 8, width() - 2 * pad, height() - 2 * pad - titlePx() - 8);
    if (m_view->geometry() != viewRect) {
        m_view->setGeometry(viewRect);
        QFont axisFont = font();
        axisFont.setPixelSize(std::clamp(height() / 22, 10, 28));
        m_x->setLabelsFont(axisFont);
        m_y->setLabelsFont(axisFont);
        m_chart->legend()->setFont(axisFont);
        // Fewer ticks on small tiles: every label is text to lay out and draw on every frame.
        m_y->setTickCount(height() >= 400 ? 6 : 4);
        m_x->setTickCount(width() >= 600 ? 6 : 3);
        m_legendLines = size_t(-1); // the legend's room depends on the size too
        // 1-px cosmetic lines take the raster engine's fast path; wider ones go through the
        // stroker (joins, atan2) and cost several times more. Wide lines only where the tile is
        // big enough for them to matter from across the room.
        for (QLineSeries *series : m_lines) {
            QPen pen = series->pen();
            pen.setWidth(height() >= 400 ? 2 : 1);
            series->setPen(pen);
        }
    }

    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    // One replace() per series per frame: the whole line at once, never point by point.
    while (m_lines.size() < d.lines.size()) {
        auto *series = new QLineSeries(m_chart);
        QPen pen(m_theme.lines.at(qsizetype(m_lines.size()) % m_theme.lines.size()), height() >= 400 ? 2 : 1);
        pen.setCosmetic(true);
        series->setPen(pen);
        m_chart->addSeries(series);
        series->attachAxis(m_x);
        series->attachAxis(m_y);
        m_lines.push_back(series);
    }
    // Bytes are plotted in the unit that reads (23.1 GiB, not 24800000000).
    double scale = 1;
    QString unitSuffix;
    if (m_tile.unit == u"B") {
        double top = 0;
        for (const hms::TileLine &l : d.lines)
            for (const hms::Sample &p : l.points)
                top = std::max(top, std::abs(p.v));
        const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (top / scale >= 1024 && u < 4) {
            scale *= 1024;
            ++u;
        }
        unitSuffix = u' ' + QLatin1String(units[u]);
    }
    std::vector<ChartLinesItem::Line> painted;
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (i < d.lines.size()) {
            ChartLinesItem::Line line;
            line.pen = m_lines[i]->pen();
            line.points.reserve(qsizetype(d.lines[i].points.size()));
            for (const hms::Sample &raw : d.lines[i].points) {
                const hms::Sample s{raw.t, raw.v / scale};
                line.points.append(QPointF(double(s.t), s.v));
                lo = std::min(lo, s.v);
                hi = std::max(hi, s.v);
            }
            // A line of one or two points (a week's chart with an hour of data) shows its points.
            line.dots = line.points.size() <= 2;
            line.dotSize = std::clamp(height() / 30, 8, 24);
            painted.push_back(std::move(line));
            const QString name = d.lines[i].label.isEmpty() ? m_tile.metric : d.lines[i].label;
            if (m_lines[i]->name() != name)
                m_lines[i]->setName(name);
        }
        if (m_lines[i]->isVisible() != (i < d.lines.size()))
            m_lines[i]->setVisible(i < d.lines.size()); // its legend entry
    }
    if (m_legendLines != d.lines.size()) { // only when the set of lines changes
        m_legendLines = d.lines.size();
        for (QLegendMarker *marker : m_chart->legend()->markers())
            marker->setVisible(marker->series() != m_exemplars && marker->series() != m_threshold && marker->series()->isVisible()
                               && !qobject_cast<QAreaSeries *>(marker->series()));
        // A legend only where there is room for it beside the lines (a small tile names its
        // lines in the title instead).
        m_chart->legend()->setVisible(d.lines.size() > 1 && height() >= 300);
    }

    if (d.rule) {
        const double t = d.rule->threshold.value / scale;
        lo = std::min(lo, t);
        hi = std::max(hi, t);
        m_threshold->replace({QPointF(double(from), t), QPointF(double(to), t)});
    } else {
        m_threshold->clear();
    }
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo < 1e-9) {
        hi += 1;
        lo -= 1;
    }
    const double padY = (hi - lo) * 0.08;
    // The value axis moves only when the data leaves it or shrinks to under a quarter of it: a range
    // (and its labels) changing on every frame makes the chart lay itself out again each time.
    const bool fits = (lo - padY >= m_y->min() || (lo >= 0 && m_y->min() == 0)) && hi + padY <= m_y->max() && (hi - lo) * 2 >= (m_y->max() - m_y->min()) * 0.5;
    if (!fits) {
        // Counts, queues and bytes never go below zero: neither does their axis.
        m_y->setRange(lo >= 0 ? std::max(0.0, lo - padY) : lo - padY, hi + padY);
        m_y->applyNiceNumbers(); // 0, 500, 1000 … rather than 72.2, 448.4 …
        // As many decimals as the tick step needs (0.005 → 3, 2.5 → 1, 250 → 0): no two labels alike.
        const double step = (m_y->max() - m_y->min()) / std::max(1, m_y->tickCount() - 1);
        int decimals = 0;
        while (decimals < 6 && std::abs(step * std::pow(10.0, decimals) - std::round(step * std::pow(10.0, decimals))) > 1e-6)
            ++decimals;
        m_y->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f") + unitSuffix);
    }
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    const QString format = to - from > 2 * 86'400'000LL ? QStringLiteral("MM-dd HH:mm") : QStringLiteral("HH:mm");
    if (m_x->format() != format)
        m_x->setFormat(format);
    m_linesItem->setLines(std::move(painted), double(from), double(to), m_y->min(), m_y->max());

    // Firing intervals, shaded behind the lines; rebuilt only when they change.
    if (d.firing != m_bandTimes) {
        for (QAreaSeries *band : m_bands) {
            m_chart->removeSeries(band);
            delete band;
        }
        m_bands.clear();
        for (const auto &[a, b] : d.firing) {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            upper->append({QPointF(double(a), 1e300), QPointF(double(b), 1e300)});
            lower->append({QPointF(double(a), -1e300), QPointF(double(b), -1e300)});
            auto *band = new QAreaSeries(upper, lower);
            upper->setParent(band);
            lower->setParent(band);
            QColor fill = m_theme.firing;
            fill.setAlpha(60);
            band->setBrush(fill);
            band->setPen(Qt::NoPen);
            band->setName(tr("firing"));
            m_chart->addSeries(band);
            band->attachAxis(m_x);
            band->attachAxis(m_y);
            m_bands.push_back(band);
        }
        m_bandTimes = d.firing;
        for (QLegendMarker *marker : m_chart->legend()->markers())
            if (qobject_cast<QAreaSeries *>(marker->series()))
                marker->setVisible(false);
    }
    // Keep the bands inside the value range so they stay a band, not an axis blow-up.
    for (QAreaSeries *band : m_bands) {
        const auto up = band->upperSeries()->points();
        band->upperSeries()->replace({QPointF(up.at(0).x(), m_y->max()), QPointF(up.at(1).x(), m_y->max())});
        band->lowerSeries()->replace({QPointF(up.at(0).x(), m_y->min()), QPointF(up.at(1).x(), m_y->min())});
    }

    const bool empty = std::none_of(d.lines.begin(), d.lines.end(), [](const hms::TileLine &l) { return !l.points.empty(); });
    m_empty->setVisible(empty);
    if (empty) {
        QFont big = font();
        big.setBold(true);
        big.setPixelSize(std::clamp(height() / 6, 14, 96));
        m_empty->setFont(big);
        m_empty->setGeometry(m_view->geometry());
        m_empty->raise();
    }

    m_exemplarData = d.exemplars;
    QList<QPointF> marks;
    for (const hms::Exemplar &e : d.exemplars)
        marks.append(QPointF(double(e.t), e.v / scale));
    m_exemplars->replace(marks);
    m_incidentIds = d.incidentIds;
    TileWidget::setFrame(frame, from, to);
}
