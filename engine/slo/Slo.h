// Service level objectives: an SLI, an objective over a window (the error budget period), the
// error budget left, burn rates, and the multiwindow, multi-burn-rate alerts of the Google SRE
// workbook (chapter 5, "Alerting on SLOs"), generated as ordinary rules.
//
// Two kinds of SLI, both counted per one-minute slice:
//   latency      a time slice: the minute is bad when the aggregate (p95, ...) of its samples
//                breaks `threshold` in any matching series; a minute without samples counts
//                neither way. "p95 < 800 ms, 99.9 % of 30 days".
//   error_ratio  events: bad = the errors counted in the minute, total = the requests; counted as
//                the increase of counters (resets compensated) or as the number of samples.
//
// The recorder (slo/SloRecorder.h) writes, per SLO and minute, the series
//   slo_bad_events{slo}, slo_total_events{slo}           the slice
//   slo_burn_rate{slo, window}                            for 5m 30m 1h 6h 3d and the SLO window
//   slo_error_budget_remaining{slo}                       1 - burn rate over the SLO window
//   slo_alert_burn{slo, alert}                            min(long, short) burn of an alert's pair
// and the generated rules fire on slo_alert_burn. Burn rate over W = (bad/total over W) / (1 -
// objective); a window longer than raw retention is summed from the 1 h rollups (exact for sums).
#pragma once

#include "rules/Rule.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <optional>
#include <vector>

namespace hms {

struct SloSelector {
    QString metric;
    Labels match; // equality, as a rule's `match`
};

struct SloAlertSpec {
    const char *name;   // "fast_burn": the alert label and the rule name's suffix
    qint64 longMs;
    qint64 shortMs;
    double factor;      // burn rate threshold
    const char *action; // "page" or "ticket"
};
// The SRE workbook's table: 2 % of a 30-day budget in 1 h, 5 % in 6 h (page), 10 % in 3 days
// (ticket); each short window is 1/12 of its long one.
inline constexpr std::array<SloAlertSpec, 3> kSloAlerts{{
    {"fast_burn", 3600'000LL, 300'000LL, 14.4, "page"},
    {"slow_burn", 6 * 3600'000LL, 1800'000LL, 6.0, "page"},
    {"budget_burn", 3 * 86'400'000LL, 6 * 3600'000LL, 1.0, "ticket"},
}};
// The windows slo_burn_rate is recorded for (plus the SLO's own window).
inline constexpr std::array<qint64, 5> kSloBurnWindows{300'000LL, 1800'000LL, 3600'000LL, 6 * 3600'000LL,
                                                       3 * 86'400'000LL};

// A window as SLOs are spoken of: "30d", "3d", "6h", "5m" (not Prometheus' "4w2d").
QString sloWindowText(qint64 ms);

struct Slo {
    enum class Kind { Latency, ErrorRatio };
    QString id;          // "aid_latency"
    QString description;
    QString service;     // goes on the alerts as `service`, when given
    Kind kind = Kind::Latency;
    double objective = 0.999; // the good fraction, in (0, 1)
    qint64 windowMs = 30 * 86'400'000LL;
    // Latency
    SloSelector latency;
    AggregateSpec aggregate;
    Threshold threshold; // the good condition: "< 800"
    // Error ratio
    SloSelector errors;
    SloSelector total;
    bool countSamples = false; // false: the increase of counters; true: the number of samples
    // For the generated alerts
    QString notify;
    QString playbook;
    QString escalation;
    Labels labels;
    QString sourceFile;

    double budget() const { return 1.0 - objective; }
    // The three rules of kSloAlerts for this SLO: SLO_<id>_fast_burn, ... on slo_alert_burn.
    std::vector<Rule> alertRules() const;
};

// YAML:
//   id: aid_latency                      (required; [A-Za-z0-9_.-]+)
//   description: ...
//   service: aid_form
//   objective: 99.9%                     (required; a percentage in (0, 100), "%" optional)
//   window: 30d                          (default 30d; 1d .. 35d, the 1 h rollups' retention)
//   latency:                             (one of latency / error_ratio)
//     metric: aid_form.latency_ms
//     match: {service: aid_form}
//     aggregate: p95                     (a rule aggregate; default p95)
//     threshold: "< 800"                 (the good condition, in the metric's unit)
//   error_ratio:
//     errors: {metric: http_requests_total, match: {code: "500"}}
//     total: {metric: http_requests_total}
//     count: increase                    (increase | samples; default increase)
//   notify: fema_oncall                  (for the generated alerts, as a rule's)
//   playbook: pb_aid_latency
//   escalation: fema_escalation
//   labels: {team: fema}
struct SloParseResult {
    std::optional<Slo> slo;
    std::vector<RuleParseError> errors;
};
SloParseResult parseSlo(const QByteArray &yaml, const QString &fileName);

} // namespace hms
