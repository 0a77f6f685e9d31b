// The comparison in a rule's `threshold: "> 1000"`. Parsed by a small real parser; never
// evaluated as code (the seed's evaluator.py used eval(), which we do not copy).
#pragma once

#include <QString>

#include <optional>

namespace hms {

struct Threshold {
    enum class Op { Greater, GreaterEqual, Less, LessEqual, Equal, NotEqual };
    Op op = Op::Greater;
    double value = 0.0;   // in the metric's unit (after unit conversion)
    QString text;         // as written, e.g. "> 1s"

    bool test(double sample) const; // NaN never satisfies (as a PromQL comparison filter)
    QString opSymbol() const;       // ">", ">=", ...
};

// Time units a threshold may carry. The metric's unit is inferred from its name:
// a name ending in "_ms", ".ms", "latency_ms" or "_milliseconds" is in ms; "_seconds", "_s",
// ".s" in seconds; any other name has no time unit.
enum class TimeUnit { None, Milliseconds, Seconds };
TimeUnit timeUnitOfMetric(const QString &metricName);

struct ThresholdParseResult {
    std::optional<Threshold> threshold;
    int errorColumn = 0;   // 0-based offset into the text where the error is
    QString error;         // empty on success
};

// Grammar: ws* op ws* number [ws* unit] ws*
//   op     := ">" | ">=" | "<" | "<=" | "==" | "!="
//   number := an optionally signed decimal, with optional fraction and exponent, finite
//   unit   := "ms" | "s"  (only when the metric has a time unit; converted to it)
ThresholdParseResult parseThreshold(QStringView text, TimeUnit metricUnit);

} // namespace hms
