// Prometheus text exposition format 0.0.4 (what node_exporter and /metrics endpoints serve).
#pragma once

#include "core/Types.h"

#include <QByteArrayView>
#include <QString>
#include <vector>

namespace hms {

// The type a `# TYPE` line gives a metric family; Untyped when there is none.
enum class MetricType { Untyped, Counter, Gauge, Histogram, Summary };

struct ExposedSample {
    QString name; // the series name as written: `x_bucket`, `x_sum`, `x_count` for a histogram
    Labels labels;
    double value = 0.0; // NaN, +Inf and -Inf are kept
    TimestampMs timestampMs = 0; // 0 if the line has no timestamp
    MetricType type = MetricType::Untyped; // from the # TYPE of the family
};

struct ExpositionError {
    int line = 0; // 1-based
    int column = 0; // 1-based byte column
    QString message; // human-readable, already translated
    QString toString() const; // "line 3:17: expected a number, got \"abc\""
};

struct ExpositionResult {
    std::vector<ExposedSample> samples;
    std::vector<ExpositionError> errors; // a bad line is reported and skipped, the rest kept
};

// Parses a whole scrape. `# HELP` and other comments are skipped; `# TYPE name type` sets the
// type of the samples of that family (`name`, and `name_bucket`/`_sum`/`_count` for histograms and
// summaries, `name_total`/`_created` for counters).
ExpositionResult parseExposition(QByteArrayView text);

} // namespace hms
