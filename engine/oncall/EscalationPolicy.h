// Escalation policies (PagerDuty-style): who is paged first, and who next when nobody acknowledges.
#pragma once

#include "oncall/Rotation.h" // RotationMember; RuleParseError through rules/Rule.h

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace hms {

// Whom a step pages: every member on call in a rotation (by id), or one person.
struct EscalationTarget {
    QString rotation; // "fema_oncall"; empty when the target is `person`
    RotationMember person; // used when `rotation` is empty
    bool isRotation() const { return !rotation.isEmpty(); }
};

struct EscalationStep {
    EscalationTarget target;
    qint64 afterMs = 0; // escalate to the next step when unacknowledged this long
};

struct EscalationPolicy {
    static constexpr int kMaxSteps = 20;
    static constexpr int kMaxRepeat = 9;
    static constexpr qint64 kMinAfterMs = 60 * 1000; // 1m
    static constexpr qint64 kMaxAfterMs = 24 * 3600 * 1000LL; // 24h

    QString id; // "fema_escalation"
    QString description;
    std::vector<EscalationStep> steps;
    int repeat = 0; // 0..9: times the whole list runs again after the last step

    // A position in the paging order: step `step` of round `round` (0-based).
    struct Level {
        int round = 0;
        int step = 0;
        int index = 0; // round * steps.size() + step
        friend bool operator==(const Level &, const Level &) = default;
    };

    // The level due `elapsedMs` after the incident opened (or after the last manual escalation),
    // or nullopt when every step of every round has been paged and its `after` has run out (the
    // policy is exhausted). Level 0 is due at 0; a negative `elapsedMs` counts as 0.
    std::optional<Level> levelAt(qint64 elapsedMs) const;
    // The level with this index (0 .. levelCount()-1), or nullopt outside that range.
    std::optional<Level> level(int index) const;
    // When level `index` becomes due, counted from the start (the sum of `afterMs` of all earlier
    // levels; saturates at the qint64 maximum), or nullopt when there is no such level.
    std::optional<qint64> dueAfterMs(int index) const;
    // steps.size() * (repeat + 1); 0 without steps.
    int levelCount() const;
};

// YAML:
//   id: fema_escalation        (required; [A-Za-z0-9_.-]+)
//   description: ...           (optional)
//   repeat: 1                  (optional, a whole number 0..9; default 0)
//   steps:                     (required, 1..20 steps)
//     - rotation: fema_oncall  (exactly one of `rotation`, an id, or `person`)
//       after: 5m              (required, Prometheus duration, 1m .. 24h)
//     - person: {name: dana-lead, pager: "152", slack: "@dana-lead", email: dana@example.gov}
//       after: 10m             (person: `name` required; pager, slack, email optional)
// Unknown fields are errors; errors carry file:line:column. Whether a rotation id names a known
// rotation is not checked here (the catalog does that).
struct EscalationPolicyParseResult {
    std::optional<EscalationPolicy> policy;
    std::vector<RuleParseError> errors;
};
EscalationPolicyParseResult parseEscalationPolicy(const QByteArray &yaml, const QString &fileName);

} // namespace hms
