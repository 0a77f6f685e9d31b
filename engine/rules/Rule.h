// An alert rule as written in the seed's YAML, plus the fields we add (see docs/RULES.md).
#pragma once

#include "core/Types.h"
#include "rules/Threshold.h"

#include <QList>
#include <QString>

#include <vector>

namespace hms {

struct AggregateSpec {
    enum class Kind { Quantile, Mean, Min, Max, Sum, Count, Rate, Increase, Last };
    Kind kind = Kind::Last;
    double quantile = 0.0; // for Quantile only, in [0, 1]: p95 -> 0.95, p99.9 -> 0.999
    QString text;          // as written: "p95", "mean", ...
};

struct Rule {
    QString name;            // alertname; default: the file's base name
    QString metric;          // required
    AggregateSpec aggregate; // required
    Threshold threshold;     // required
    qint64 forMs = 0;        // `for`, default 0
    qint64 windowMs = 60000; // `window`, default 1m
    qint64 keepFiringForMs = 0;
    QString notify;          // rotation id
    QString playbook;        // playbook id
    QString escalation;      // escalation policy id: who is paged next while nobody acknowledges
    QString severity = QStringLiteral("warning"); // critical | warning | info
    Labels match;            // label selector on the series (equality)
    Labels labels;           // added to the alert's labels
    // summary, description, runbook_url...: text with {{ $labels.NAME }} and {{ $value }}
    // expanded per alert (see expandAnnotation)
    Labels annotations;
    // `query:` PromQL run at every evaluation on the Prometheus-compatible source `source` (empty:
    // the first one configured); each series of the result is one alert, its value tested against
    // the threshold. metric is then the query's text and aggregate "query" (last).
    QString query;
    QString source;
    bool isRemote() const { return !query.isEmpty(); }
    QString sourceFile;      // where it came from, for messages
    int sourceLine = 0;      // 1-based line of the rule in that file
};

struct RuleParseError {
    QString file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString message;
    QString toString() const; // "latency_alert.yml:3:12: threshold: expected ..."
};

struct RuleParseResult {
    std::vector<Rule> rules;
    std::vector<RuleParseError> errors; // non-empty => `rules` must not be installed
    bool ok() const { return errors.empty(); }
};

// Parses a rule file: either one rule (a mapping) or `rules:` followed by a list of mappings.
// `fileName` is used for messages and for the default rule name (base name without suffix).
// Fields: name, metric, aggregate, threshold, for, window, keep_firing_for, notify, playbook,
// severity, match (mapping label: value), labels (mapping label: value).
// Unknown fields, wrong types, bad durations, bad aggregates, bad thresholds, duplicate names
// within the file: errors at the offending node's line:column. Invalid YAML: yaml-cpp's position.
RuleParseResult parseRules(const QByteArray &yaml, const QString &fileName);

// An annotation template for one alert: `{{ $labels.NAME }}` (or `{{$labels.NAME}}`) becomes the
// label's value ("" when missing), `{{ $value }}` the value as Prometheus prints it (Go's %v:
// shortest digits, exponent below 1e-4 and from 1e21). Other text is kept as written.
QString expandAnnotation(const QString &text, const Labels &labels, double value);
// Go's %v for a float64 (1400, 0.5, 1e+21, NaN, +Inf).
QString goFloat(double v);

// Parses "p95", "p99.9", "mean", "min", "max", "sum", "count", "rate", "increase", "last".
std::optional<AggregateSpec> parseAggregate(QStringView text);

} // namespace hms
