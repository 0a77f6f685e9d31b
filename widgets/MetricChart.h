// One metric over the last minutes: the raw samples (already decimated by the store), the rule's
// aggregate per evaluator tick, and the rule's threshold as a dashed line. Drawn cheaply: no
// antialiasing, cosmetic 1-px pens, whole-series replace() per refresh (see RECIPES.md).
#pragma once

#include "core/Types.h"

#include <QChartView>

#include <optional>
#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

class MetricChart final : public QChartView {
    Q_OBJECT
public:
    explicit MetricChart(QWidget *parent = nullptr);

    void setMetric(const QString &title);
    void setThreshold(std::optional<double> value, const QString &label);
    void setAggregateName(const QString &name); // legend text of the aggregate line, e.g. "p95"
    // `raw`: decimated samples; `aggregate`: the rule's value per tick; both in time order.
    // [fromMs, toMs] is the visible time range.
    void setData(const std::vector<hms::Sample> &raw, const std::vector<hms::Sample> &aggregate, qint64 fromMs,
                 qint64 toMs);
    void clearData();

    // Pixel width of the plot area: the bucket count to ask SeriesStore::decimated() for.
    int plotWidthPx() const;

    QString title() const;
    std::optional<double> threshold() const { return m_threshold; }
    const QLineSeries *rawSeries() const { return m_raw; }
    const QLineSeries *aggregateSeries() const { return m_aggregate; }
    const QLineSeries *thresholdSeries() const { return m_thresholdLine; }
    const QValueAxis *valueAxis() const { return m_yAxis; }

private:
    void updateThresholdLine();
    void updateValueRange(const std::vector<hms::Sample> &raw, const std::vector<hms::Sample> &aggregate);

    QLineSeries *m_raw = nullptr;           // owned by the chart
    QLineSeries *m_aggregate = nullptr;     // owned by the chart
    QLineSeries *m_thresholdLine = nullptr; // owned by the chart
    QDateTimeAxis *m_xAxis = nullptr;       // owned by the chart
    QValueAxis *m_yAxis = nullptr;          // owned by the chart
    std::optional<double> m_threshold;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};
