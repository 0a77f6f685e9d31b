// Rule unit tests in promtool's test file format (`promtool test rules`), run against our rule
// files with our evaluator: rule_files, evaluation_interval, tests[] with interval, input_series
// (series 'name{k="v"}', values in the expanding notation) and alert_rule_test (eval_time,
// alertname, exp_alerts[].exp_labels / exp_annotations). Beyond promtool: exp_pending lists the
// alerts expected to be pending at eval_time, and the runner can print every state change.
#pragma once

#include "core/Types.h"
#include "rules/Rule.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace hms {

// One value of a series description: a number, '_' (no sample) or 'stale' (a staleness
// marker: ends the series for instant queries; range functions skip it, so we store nothing).
struct SeriesValue {
    enum class Kind { Number, Missing, Stale };
    Kind kind = Kind::Number;
    double value = 0;
};

// promtool's expanding notation, values separated by spaces:
//   a            one value (also Inf, -Inf, NaN, +Inf)
//   a+bxn        a, a+b, ..., a+n·b          (n+1 values)
//   a-bxn        a, a-b, ..., a-n·b          (n+1 values)
//   axn          a repeated n+1 times        (as a+0xn)
//   _            no sample;  _xn: n of them
//   stale        a staleness marker
// On error: nullopt, *error says what, *column (0-based) where.
std::optional<std::vector<SeriesValue>> expandSeriesValues(QStringView text, QString *error, int *column);
// 'name{k="v", k2="v2"}' (or just 'name'); label values with \" \\ \n escapes.
std::optional<SeriesKey> parseSeriesText(QStringView text, QString *error, int *column);

struct RuleTestAlert {
    Labels labels;      // without alertname
    Labels annotations;
};
struct RuleTestCase {
    qint64 evalTimeMs = 0;
    QString alertname;
    std::vector<RuleTestAlert> expAlerts;
    std::optional<std::vector<RuleTestAlert>> expPending; // ours; not in promtool
    int line = 0;
};
struct RuleTestSeries {
    SeriesKey key;
    std::vector<SeriesValue> values;
};
struct RuleTestGroup {
    QString name;
    qint64 intervalMs = 0; // default: evaluation_interval
    std::vector<RuleTestSeries> series;
    std::vector<RuleTestCase> cases;
    int line = 0;
};
struct RuleTestFile {
    QStringList ruleFiles; // as written (relative to the test file)
    qint64 evaluationIntervalMs = 60000;
    std::vector<RuleTestGroup> groups;
};
struct RuleTestParseResult {
    RuleTestFile file;
    std::vector<RuleParseError> errors; // file:line:column: field: message
    bool ok() const { return errors.empty(); }
};
RuleTestParseResult parseRuleTestFile(const QByteArray &yaml, const QString &fileName);

struct RuleTestReport {
    int failures = 0;
    QStringList lines; // promtool-like: "  FAILED:" blocks, expected vs got
    QStringList timeline; // every state change, when asked for
};
// Runs every group against `rules` (all rule files' rules together). Series samples are at
// t = i·interval from 0; evaluation at every multiple of evaluation_interval up to the largest
// eval_time; a case's alerts are the state after the last evaluation at or before its eval_time.
RuleTestReport runRuleTests(const RuleTestFile &file, const std::vector<Rule> &rules, bool timeline);

} // namespace hms
