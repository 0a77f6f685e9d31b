#include "MetricChart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace {
// Cosmetic pens: the width is in device pixels whatever the scale, the cheap raster path.
QPen cosmeticPen(const QColor &color, int width = 1)
{
    QPen pen(color);
    pen.setWidth(width);
    pen.setCosmetic(true);
    return pen;
}

QList<QPointF> toPoints(const std::vector<hms::Sample> &samples)
{
    QList<QPointF> points;
    points.reserve(static_cast<qsizetype>(samples.size()));
    for (const hms::Sample &s : samples) {
        if (std::isfinite(s.v))
            points.append(QPointF(static_cast<qreal>(s.t), s.v));
    }
    return points;
}
} // namespace

MetricChart::MetricChart(QWidget *parent)
    : QChartView(parent)
{
    setObjectName(QStringLiteral("metricChart"));
    auto *chart = new QChart; // owned by the view (setChart)
    chart->setTheme(QChart::ChartThemeDark);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));

    m_raw = new QLineSeries(chart);
    m_raw->setName(tr("samples"));
    m_raw->setPen(cosmeticPen(QColor(0x90, 0xca, 0xf9))); // light blue, 1 px: many points
    m_aggregate = new QLineSeries(chart);
    m_aggregate->setName(tr("aggregate"));
    m_aggregate->setPen(cosmeticPen(QColor(0xff, 0xd5, 0x4f), 2)); // yellow, one point per tick
    m_thresholdLine = new QLineSeries(chart);
    m_thresholdLine->setName(tr("threshold"));
    QPen dashed = cosmeticPen(QColor(0xff, 0x52, 0x52), 2); // red, dashed: two points
    dashed.setDashPattern({6.0, 4.0});
    m_thresholdLine->setPen(dashed);

    chart->addSeries(m_raw);
    chart->addSeries(m_aggregate);
    chart->addSeries(m_thresholdLine);

    m_xAxis = new QDateTimeAxis(chart);
    m_xAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_xAxis->setTickCount(6);
    m_yAxis = new QValueAxis(chart);
    m_yAxis->setLabelFormat(QStringLiteral("%g"));
    m_yAxis->setRange(0, 1);
    chart->addAxis(m_xAxis, Qt::AlignBottom);
    chart->addAxis(m_yAxis, Qt::AlignLeft);
    for (QLineSeries *series : {m_raw, m_aggregate, m_thresholdLine}) {
        series->attachAxis(m_xAxis);
        series->attachAxis(m_yAxis);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_fromMs = now - 5 * 60 * 1000;
    m_toMs = now;
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));

    // Readable from across the room.
    QFont titleFont = chart->titleFont();
    titleFont.setPointSizeF(16);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    QFont labelFont = m_xAxis->labelsFont();
    labelFont.setPointSizeF(11);
    m_xAxis->setLabelsFont(labelFont);
    m_yAxis->setLabelsFont(labelFont);

    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(labelFont);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing, false);
    setMinimumHeight(220);
    updateThresholdLine();
}

void MetricChart::setMetric(const QString &title)
{
    if (chart()->title() != title)
        chart()->setTitle(title);
}

QString MetricChart::title() const
{
    return chart()->title();
}

void MetricChart::setThreshold(std::optional<double> value, const QString &label)
{
    m_threshold = value;
    m_thresholdLine->setName(label.isEmpty() ? tr("threshold") : label);
    updateThresholdLine();
}

void MetricChart::setAggregateName(const QString &name)
{
    m_aggregate->setName(name.isEmpty() ? tr("aggregate") : name);
}

void MetricChart::updateThresholdLine()
{
    // Hidden without a threshold, also from the legend.
    const bool show = m_threshold.has_value();
    m_thresholdLine->setVisible(show);
    const auto markers = chart()->legend()->markers(m_thresholdLine);
    for (QLegendMarker *marker : markers)
        marker->setVisible(show);
    if (!show) {
        m_thresholdLine->clear();
        return;
    }
    m_thresholdLine->replace(QList<QPointF>{QPointF(static_cast<qreal>(m_fromMs), *m_threshold),
                                            QPointF(static_cast<qreal>(m_toMs), *m_threshold)});
}

void MetricChart::setData(const std::vector<hms::Sample> &raw, const std::vector<hms::Sample> &aggregate,
                          qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        toMs = fromMs + 1;
    m_fromMs = fromMs;
    m_toMs = toMs;
    m_raw->replace(toPoints(raw));
    m_aggregate->replace(toPoints(aggregate));
    updateThresholdLine();
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    updateValueRange(raw, aggregate);
}

void MetricChart::clearData()
{
    setData({}, {}, m_fromMs, m_toMs);
}

void MetricChart::updateValueRange(const std::vector<hms::Sample> &raw, const std::vector<hms::Sample> &aggregate)
{
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    auto include = [&](double v) {
        if (!std::isfinite(v))
            return;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    };
    for (const hms::Sample &s : raw)
        include(s.v);
    for (const hms::Sample &s : aggregate)
        include(s.v);
    if (m_threshold)
        include(*m_threshold);
    if (!std::isfinite(lo)) {
        lo = 0.0;
        hi = 1.0;
    }
    // Start at zero for non-negative data (latencies, counts): the eye compares heights.
    if (lo >= 0.0)
        lo = 0.0;
    double span = hi - lo;
    if (span <= 0.0)
        span = std::max(std::abs(hi), 1.0);
    hi += span * 0.1;
    if (lo < 0.0)
        lo -= span * 0.1;
    // Round outwards to a "nice" step so that the labels stay readable and stable.
    const double rawStep = (hi - lo) / 5.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rawStep)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= rawStep) {
            step = m * magnitude;
            break;
        }
    }
    const double niceLo = std::floor(lo / step) * step;
    const double niceHi = std::ceil(hi / step) * step;
    if (m_yAxis->min() != niceLo || m_yAxis->max() != niceHi) {
        m_yAxis->setRange(niceLo, niceHi);
        m_yAxis->setTickCount(static_cast<int>(std::lround((niceHi - niceLo) / step)) + 1);
    }
}

int MetricChart::plotWidthPx() const
{
    const int w = static_cast<int>(chart()->plotArea().width());
    return std::clamp(w > 0 ? w : width(), 50, 4000);
}
