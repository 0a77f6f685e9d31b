// How firing alerts become notifications, as Alertmanager's route and inhibit_rules have it:
// alerts with the same values of the `group_by` labels form one group; a new group waits
// `group_wait` so that alerts arriving together go out as one notification; later changes to the
// group (new alerts, resolutions) go out at most every `group_interval`; a group still firing is
// re-sent every `repeat_interval`. An inhibition rule mutes a target alert while a source alert
// with the same values of the `equal` labels is firing.
//
// YAML (Alertmanager's own spelling, a subset):
//   route:
//     group_by: [alertname, service]   (label names, or ['...'] for every alert alone)
//     group_wait: 30s                  (default 30s; 0s sends a new group's first alert at once)
//     group_interval: 5m               (default 5m; > 0)
//     repeat_interval: 4h              (default 4h; > 0)
//   inhibit_rules:
//     - source_matchers: ['severity="page"']     (one matcher per string, at least one)
//       target_matchers: ['severity="ticket"']
//       equal: [service]                          (label names; a missing label equals "")
//
// Without a routing file every alert is its own group and is sent at once, opening and
// resolution alike (the seed's "within seconds"), and nothing is inhibited.
#pragma once

#include "alerting/Matcher.h"
#include "rules/Rule.h" // RuleParseError

#include <QStringList>
#include <optional>
#include <vector>

namespace hms {

struct InhibitRule {
    std::vector<Matcher> source;
    std::vector<Matcher> target;
    QStringList equal;
};

struct RoutingConfig {
    bool groupByAll = true; // group_by: ['...']
    QStringList groupBy;    // when !groupByAll
    qint64 groupWaitMs = 0;
    qint64 groupIntervalMs = 0;
    qint64 repeatIntervalMs = 0; // 0: never re-sent
    std::vector<InhibitRule> inhibitRules;

    // The group an alert belongs to: "{}" + the group_by labels, or the fingerprint for '...'.
    QString groupKey(const Labels &labels, const QString &fingerprint) const;
    Labels groupLabels(const Labels &labels) const;
};

struct InhibitSource {
    QString fingerprint;
    Labels labels;
};
// The first firing alert among `sources` that mutes `target` under `rules`, as Alertmanager
// decides it: a rule applies when the target matches its target matchers and a source (not the
// target itself) matches its source matchers with equal values of every `equal` label. An alert
// that matches both sides of a rule cannot be muted by another such alert.
std::optional<size_t> inhibitedBy(const std::vector<InhibitRule> &rules, const QString &targetFingerprint,
                                  const Labels &target, const std::vector<InhibitSource> &sources);

struct RoutingParseResult {
    std::optional<RoutingConfig> config;
    std::vector<RuleParseError> errors;
};
RoutingParseResult parseRouting(const QByteArray &yaml, const QString &fileName);

} // namespace hms
