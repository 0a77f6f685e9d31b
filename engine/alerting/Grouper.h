// Aggregation groups, as Alertmanager's dispatcher keeps them: alerts are collected per group key
// (RoutingConfig::groupKey); a new group is flushed `group_wait` after its first alert; after
// that it is looked at every `group_interval` while it changes, and re-sent every
// `repeat_interval` while it fires. A flush sends one notification holding every firing alert of
// the group that is not muted, plus the alerts resolved since the last one, and only when
// something is new (a firing alert not yet sent, a resolution, or a repeat due): the same alert
// is never announced twice (dedup). Muted alerts (silenced, inhibited) are left out and looked
// at again every `kMutedRecheckMs`, so that an alert whose silence ends or whose inhibiting alert
// resolves is announced then, as in Alertmanager.
//
// Resolutions are reported for alerts that were announced firing, and for silenced ones (a
// silenced incident still sends "resolved", see alerting/Silence.h); an alert that was only ever
// inhibited resolves quietly: the alert that muted it was the one announced.
//
// Pure logic with the time passed in; OpsCore owns the timer and the muting decisions.
#pragma once

#include "alerting/Routing.h"
#include "core/Types.h"

#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace hms {

struct GroupedAlert {
    qint64 incidentId = 0;
    QString fingerprint;
    Labels labels;
    bool resolved = false;
};

struct GroupNotification {
    QString key;
    Labels groupLabels;
    std::vector<GroupedAlert> firing;   // every firing, unmuted alert of the group
    std::vector<GroupedAlert> resolved; // resolved since the last notification
    std::vector<qint64> newIncidents;   // firing alerts announced for the first time, and the resolved ones
    bool repeat = false;                // nothing new: the repeat_interval re-send
};

struct MuteDecision {
    enum class Kind { Silenced, Inhibited };
    Kind kind = Kind::Silenced;
    QString why; // for the timeline: "silenced by ana (…)", "inhibited by incident #12 (…)"
    QString ref; // the silence id, or the inhibiting incident id
};

class AlertGrouper {
public:
    static constexpr qint64 kMutedRecheckMs = 5000;

    explicit AlertGrouper(RoutingConfig config = {});
    // New alerts are grouped by the new configuration; existing groups keep their key and timing.
    void setConfig(const RoutingConfig &config);
    const RoutingConfig &config() const { return m_config; }

    // An alert began firing, or resolved.
    // `mutedWhy`: why it was last reported muted, when that is known from before a restart (the
    // next flush then reports it only if the reason changed).
    void add(const GroupedAlert &alert, TimestampMs now, const QString &mutedWhy = {});

    using MuteFn = std::function<std::optional<MuteDecision>(const GroupedAlert &)>;
    struct Muted {
        GroupedAlert alert;
        MuteDecision decision;
    };
    struct Flush {
        std::vector<GroupNotification> notifications;
        std::vector<Muted> newlyMuted; // alerts muted for a reason not reported before
    };
    // Flushes every group that is due at `now`.
    Flush flushDue(TimestampMs now, const MuteFn &muted);
    // When the next group is due; nullopt when none is waiting.
    std::optional<TimestampMs> nextDue() const;
    size_t groupCount() const { return m_groups.size(); }

private:
    struct Entry {
        GroupedAlert alert;
        bool announced = false;    // sent firing at least once
        bool silencedEver = false; // its resolution is reported even if never announced
        QString mutedWhy;          // the last reason reported, to report a change only once
    };
    struct Group {
        Labels labels;
        std::map<QString, Entry> alerts; // by fingerprint
        std::optional<TimestampMs> due;
        TimestampMs lastFlush = 0;
        TimestampMs lastSent = 0;
        bool flushed = false;
    };
    void schedule(Group &g, TimestampMs now);

    RoutingConfig m_config;
    std::map<QString, Group> m_groups;
    std::map<QString, QString> m_groupOf; // fingerprint -> group key, for resolutions
};

} // namespace hms
