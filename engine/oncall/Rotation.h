// On-call rotations (the seed's `notify: fema_oncall`): ordered members taking turns.
#pragma once

#include "core/Types.h"
#include "rules/Rule.h" // RuleParseError is the shared "file:line:col: message" error type

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

namespace hms {

struct RotationMember {
    QString name;  // "alex-ops"
    QString pager; // "149" (the seed's "pager #149")
    QString slack; // "@alex-ops"
    QString email;
};

struct Rotation {
    QString id;                 // "fema_oncall"
    QString description;
    std::vector<RotationMember> members;
    TimestampMs startMs = 0;    // the moment members[0]'s first turn starts
    qint64 handoffMs = 0;       // turn length, > 0

    // Index into `members` of who is on call at `t`; nullopt before `startMs` or with no members.
    std::optional<int> memberIndexAt(TimestampMs t) const;
    // When the turn that holds `t` ends.
    TimestampMs nextHandoffAfter(TimestampMs t) const;
};

// YAML:
//   id: fema_oncall            (required; [A-Za-z0-9_.-]+)
//   description: ...           (optional)
//   start: 2026-01-05T08:00:00-05:00   (required, RFC 3339 / ISO 8601 with offset or Z)
//   handoff: 1w                (required, Prometheus duration > 0)
//   members:                   (required, non-empty list; each a name string or a mapping)
//     - name: alex-ops         (required, unique)
//       pager: "149"
//       slack: "@alex-ops"
//       email: alex@example.gov
// Unknown fields are errors; errors carry file:line:column.
struct RotationParseResult {
    std::optional<Rotation> rotation;
    std::vector<RuleParseError> errors;
};
RotationParseResult parseRotation(const QByteArray &yaml, const QString &fileName);

} // namespace hms
