// HTTP push body parser for POST /api/v1/metrics.
#pragma once

#include "core/Types.h"

#include <QByteArrayView>
#include <QString>

#include <vector>

namespace hms {

// One pushed datapoint. Kind tells the store how to merge it (a gauge replaces, a counter adds,
// an observation is one raw sample such as a latency).
struct PushedSample {
    enum class Kind { Observation, Gauge, Counter };
    QString name;
    Labels labels;
    double value = 0.0;
    TimestampMs timestampMs = 0; // 0 = "now" (the receiver stamps it)
    QString traceId;
    Kind kind = Kind::Observation;
};

struct PushParseError {
    int index = -1;     // index of the sample in the array, -1 for the document itself
    QString field;      // "name", "value", ... or empty for the document
    QString message;    // human-readable, already translated
    QString toString() const; // "samples[3].value: expected a finite number"
};

struct PushParseResult {
    std::vector<PushedSample> samples;
    std::vector<PushParseError> errors; // a bad sample is reported and skipped, the rest kept
    bool documentError = false;         // body is not JSON / wrong top-level shape: nothing parsed
};

// Accepted bodies: one object, an array of objects, or {"samples": [...]}. Each object:
//   name (string, required, 1..1024 bytes), value (finite number, required),
//   labels (object of string values, optional), timestamp (optional: Unix seconds as a number,
//   fractional allowed, or an RFC 3339 string), trace_id (string, optional),
//   kind ("observation" (default) | "gauge" | "counter", optional).
// Unknown fields are errors (a typo must not silently drop data).
PushParseResult parsePushBody(QByteArrayView body);

} // namespace hms
