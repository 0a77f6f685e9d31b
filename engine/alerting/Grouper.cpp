#include "alerting/Grouper.h"

#include <algorithm>
#include <limits>

namespace hms {

AlertGrouper::AlertGrouper(RoutingConfig config)
    : m_config(std::move(config))
{
}

void AlertGrouper::setConfig(const RoutingConfig &config)
{
    m_config = config;
}

// A changed group that has been flushed before waits for its next group_interval tick.
void AlertGrouper::schedule(Group &g, TimestampMs now)
{
    if (!g.flushed) {
        if (!g.due)
            g.due = now + m_config.groupWaitMs;
        return;
    }
    const qint64 interval = m_config.groupIntervalMs;
    TimestampMs next = now;
    if (interval > 0 && now > g.lastFlush) {
        const qint64 ticks = (now - g.lastFlush + interval - 1) / interval;
        next = g.lastFlush + ticks * interval;
    } else if (interval > 0) {
        next = g.lastFlush + interval;
    }
    if (!g.due || next < *g.due)
        g.due = next;
}

void AlertGrouper::add(const GroupedAlert &alert, TimestampMs now, const QString &mutedWhy)
{
    QString key;
    if (const auto known = m_groupOf.find(alert.fingerprint); known != m_groupOf.end())
        key = known->second;
    else
        key = m_config.groupKey(alert.labels, alert.fingerprint);
    auto [it, created] = m_groups.try_emplace(key);
    Group &g = it->second;
    if (created)
        g.labels = m_config.groupLabels(alert.labels);
    auto [entry, isNew] = g.alerts.try_emplace(alert.fingerprint);
    Entry &e = entry->second;
    if (!isNew && !alert.resolved && !e.alert.resolved && e.alert.incidentId == alert.incidentId)
        return; // the same firing alert again: nothing changed
    if (alert.resolved) {
        if (isNew)
            e.announced = true; // resolved, never seen firing here: it fired (and was sent) before a restart
    } else if (e.alert.incidentId != alert.incidentId) {
        e = Entry{}; // a new incident for this alert (a first firing, or a re-firing before the flush)
        m_groupOf.insert_or_assign(alert.fingerprint, key);
    }
    if (isNew)
        e.mutedWhy = mutedWhy;
    e.alert = alert;
    schedule(g, now);
}

AlertGrouper::Flush AlertGrouper::flushDue(TimestampMs now, const MuteFn &muted)
{
    Flush out;
    for (auto it = m_groups.begin(); it != m_groups.end();) {
        Group &g = it->second;
        if (!g.due || *g.due > now) {
            ++it;
            continue;
        }
        GroupNotification n;
        n.key = it->first;
        n.groupLabels = g.labels;
        bool anyMuted = false;
        bool anyNew = false;
        for (auto &[fp, e] : g.alerts) {
            if (e.alert.resolved) {
                if (e.announced || e.silencedEver) {
                    n.resolved.push_back(e.alert);
                    n.newIncidents.push_back(e.alert.incidentId);
                }
                continue;
            }
            if (const auto m = muted ? muted(e.alert) : std::nullopt) {
                anyMuted = true;
                if (m->kind == MuteDecision::Kind::Silenced)
                    e.silencedEver = true;
                if (e.mutedWhy != m->why) {
                    e.mutedWhy = m->why;
                    out.newlyMuted.push_back({e.alert, *m});
                }
                continue;
            }
            e.mutedWhy.clear();
            n.firing.push_back(e.alert);
            if (!e.announced) {
                anyNew = true;
                n.newIncidents.push_back(e.alert.incidentId);
            }
        }
        const bool repeatDue = m_config.repeatIntervalMs > 0 && g.lastSent > 0
                               && now - g.lastSent >= m_config.repeatIntervalMs && !n.firing.empty();
        if (anyNew || !n.resolved.empty() || repeatDue) {
            n.repeat = !anyNew && n.resolved.empty();
            for (const GroupedAlert &a : n.firing)
                g.alerts[a.fingerprint].announced = true;
            g.lastSent = now;
            out.notifications.push_back(std::move(n));
        }
        g.flushed = true;
        g.lastFlush = now;
        g.due.reset();
        // Resolved alerts have been reported (or were never to be): they leave the group.
        for (auto a = g.alerts.begin(); a != g.alerts.end();) {
            if (a->second.alert.resolved) {
                if (const auto k = m_groupOf.find(a->first); k != m_groupOf.end() && k->second == it->first)
                    m_groupOf.erase(k);
                a = g.alerts.erase(a);
            } else {
                ++a;
            }
        }
        if (g.alerts.empty()) {
            it = m_groups.erase(it);
            continue;
        }
        if (anyMuted)
            g.due = now + std::max(kMutedRecheckMs, m_config.groupIntervalMs);
        if (m_config.repeatIntervalMs > 0) {
            const TimestampMs repeat = g.lastSent > 0 ? g.lastSent + m_config.repeatIntervalMs
                                                      : now + m_config.repeatIntervalMs;
            if (!g.due || repeat < *g.due)
                g.due = repeat;
        }
        ++it;
    }
    return out;
}

std::optional<TimestampMs> AlertGrouper::nextDue() const
{
    std::optional<TimestampMs> next;
    for (const auto &[key, g] : m_groups) {
        if (g.due && (!next || *g.due < *next))
            next = g.due;
    }
    return next;
}

} // namespace hms
