// On-call schedules (the seed's `notify: fema_oncall`): people taking turns in layers, with
// restrictions and overrides, in a real time zone.
//
// Who is on call at T: an override that covers T wins; otherwise the highest layer (the last one
// listed) that has someone on call at T; otherwise nobody. A layer has someone on call from its
// start on, whenever one of its restrictions holds (always, without restrictions); its turns keep
// turning while it is restricted out, as in PagerDuty.
//
// Wall-clock time: layer starts, turns and restrictions count in the schedule's time zone, so a
// weekly Monday 08:00 handoff stays at 08:00 across DST. A turn boundary that falls in the hour a
// spring-forward skips happens when the gap ends (02:30 -> 03:00 new time); one that falls in the
// hour a fall-back repeats happens at its first occurrence. So the turn that spans a DST change is
// an hour shorter or longer, and no turn ever starts twice.
#pragma once

#include "core/Types.h"
#include "rules/Rule.h" // RuleParseError is the shared "file:line:col: message" error type

#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace hms {

struct RotationMember {
    QString name;  // "alex-ops"
    QString pager; // "149" (the seed's "pager #149")
    QString slack; // "@alex-ops"
    QString email;
};

// A weekly window of wall-clock time: on each of `days`, from `startMs` to `endMs` after local
// midnight. An end at or before the start runs past midnight into the next day.
struct RotationRestriction {
    quint8 days = 0x7f;  // bit 0 = Monday ... bit 6 = Sunday
    qint64 startMs = 0;  // [0, 24 h)
    qint64 endMs = 0;    // (0, 24 h], != startMs

    bool contains(qint64 localMs) const; // localMs: wall-clock ms since 1970-01-01T00:00 (a Thursday)
};

struct RotationLayer {
    QString name;
    std::vector<int> members;  // indices into Rotation::members, in turn order
    qint64 startLocalMs = 0;   // wall-clock start of members[0]'s first turn (ms since 1970-01-01T00:00)
    qint64 turnMs = 0;         // wall-clock turn length, > 0
    std::vector<RotationRestriction> restrictions; // empty: always
};

struct RotationOverride {
    TimestampMs startMs = 0;
    TimestampMs endMs = 0; // > startMs; overrides never overlap
    int member = 0;        // index into Rotation::members
};

struct Rotation {
    QString id;                 // "fema_oncall"
    QString description;
    std::vector<RotationMember> members; // everyone the schedule can page
    QTimeZone zone = QTimeZone::utc();
    std::vector<RotationLayer> layers;   // lowest first: a later layer wins where it has someone
    std::vector<RotationOverride> overrides;

    struct OnCall {
        int member = 0;    // index into members
        int layer = -1;    // index into layers, or -1 for an override
        TimestampMs until = 0; // when someone else (or nobody) takes over; max if never
    };
    std::optional<OnCall> onCallAt(TimestampMs t) const;
    // Index into `members` of who is on call at `t`; nullopt when nobody is.
    std::optional<int> memberIndexAt(TimestampMs t) const;
    // The first instant after `t` at which who is on call changes; max when it never does.
    TimestampMs nextHandoffAfter(TimestampMs t) const;

    // Wall-clock arithmetic in `zone`: the local time of an instant, and the instant of a local
    // time (first occurrence when repeated, the end of the gap when skipped).
    qint64 localOf(TimestampMs t) const;
    TimestampMs instantOf(qint64 localMs) const;

    // Times outside years 1..9999 are clamped to that range.
    static constexpr TimestampMs kMinMs = -62'135'596'800'000LL;
    static constexpr TimestampMs kMaxMs = 253'402'300'799'999LL;

private:
    std::optional<int> layerMemberAt(const RotationLayer &layer, TimestampMs t) const;
    std::optional<int> whoAt(TimestampMs t, int *layer) const;
    TimestampMs nextEventAfter(TimestampMs t) const;
};

// YAML, the simple form (one layer):
//   id: fema_oncall            (required; [A-Za-z0-9_.-]+)
//   description: ...           (optional)
//   time_zone: America/New_York (optional IANA zone; default: the start's UTC offset, else UTC)
//   start: 2026-01-05T08:00:00-05:00   (required; an offset, Z, or wall-clock time in time_zone)
//   handoff: 1w                (required, Prometheus duration > 0)
//   members:                   (required, non-empty list; each a name string or a mapping)
//     - name: alex-ops         (required, unique)
//       pager: "149"
//       slack: "@alex-ops"
//       email: alex@example.gov
//   overrides:                 (optional; must not overlap)
//     - member: sam-ops        (a name from members)
//       start: 2026-11-26T08:00:00
//       end: 2026-11-27T08:00:00
// The layered form replaces start/handoff with
//   layers:                    (lowest first)
//     - name: business-hours   (required, unique)
//       start: 2026-01-05T09:00:00
//       handoff: 1d
//       members: [sam-ops, kim-ops]   (names from members, in turn order)
//       restrictions:          (optional)
//         - days: [mon, tue, wed, thu, fri]   (optional, default every day; also "weekdays", "weekend")
//           start: "09:00"
//           end: "17:00"       ("24:00" allowed; an end at or before the start runs overnight)
// Unknown fields are errors; errors carry file:line:column.
struct RotationParseResult {
    std::optional<Rotation> rotation;
    std::vector<RuleParseError> errors;
};
RotationParseResult parseRotation(const QByteArray &yaml, const QString &fileName);

// The rotation as YAML in the layered form with its time_zone (RotationYaml.cpp): parseRotation
// of it gives the same schedule. Members' names must be unique (as parsed ones are).
QByteArray rotationToYaml(const Rotation &rotation);

} // namespace hms
