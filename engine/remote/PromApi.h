// The Prometheus HTTP query API (/api/v1/query, /api/v1/query_range), spoken the same by
// Prometheus, VictoriaMetrics, Thanos Query and Mimir: request URLs with aligned steps, and a
// strict reader of their JSON answers. Pure functions; fuzzed by tests/fuzz/fuzz_promapi.cpp.
#pragma once

#include "core/Types.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <vector>

namespace hms {

struct PromSeries {
    Labels labels;               // with __name__ when the result kept it
    std::vector<Sample> samples; // vector and scalar: one; matrix: in time order
};

struct PromResult {
    QString resultType;          // vector, matrix, scalar, string
    std::vector<PromSeries> series;
    QStringList warnings;
    QString error;               // set: the query failed (errorType: message, or why the answer is unreadable)
    bool sourceFailure = false;  // the source failed (transport, timeout, any status but 200/400/422), not the query
    bool ok() const { return error.isEmpty(); }
};

// Reads an answer. `httpStatus` is the response's status (400/422 carry a query error in the
// same JSON shape). Every problem names its place: "data.result[3].values[7]: expected ...".
PromResult parsePromResponse(const QByteArray &body, int httpStatus);

// Range queries on a fixed grid: start and end rounded down to multiples of the step, so that
// the same panel asks the same points every time (and caches and other viewers agree).
struct PromRange {
    TimestampMs start = 0;
    TimestampMs end = 0;
    qint64 stepMs = 0;
};
PromRange alignRange(TimestampMs start, TimestampMs end, qint64 stepMs);
// A step for a range: at most `maxPoints` points, never below `minStepMs`, rounded up to a
// whole second.
qint64 chooseStep(qint64 rangeMs, int maxPoints, qint64 minStepMs);

QUrl promInstantUrl(const QUrl &base, const QString &query, TimestampMs at);
QUrl promRangeUrl(const QUrl &base, const QString &query, const PromRange &range);

// Prometheus' float text: "NaN", "+Inf", "-Inf", or a number.
bool parsePromFloat(const QString &text, double *out);

} // namespace hms
