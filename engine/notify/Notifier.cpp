#include "notify/Notifier.h"

#include "incidents/OpsDatabase.h"

#include "alerting/Silence.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "notify/Channels.h"
#include "notify/Outbox.h"
#include "notify/SlackMessage.h"

#include <QDateTime>
#include <QJsonArray>
#include <algorithm>
#include <set>

namespace hms {

namespace {
TimestampMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

Notifier::Notifier(Catalog &catalog, IncidentService &incidents, Outbox &outbox, SilenceService &silences,
                   QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_incidents(incidents)
    , m_outbox(outbox)
    , m_silences(silences)
    , m_grouper(catalog.routing())
    , m_timer(this)
    , m_resend(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::flush);
    connect(&m_catalog, &Catalog::routingChanged, this, [this] { m_grouper.setConfig(m_catalog.routing()); });
    connect(&m_incidents, &IncidentService::incidentOpened, this, [this](const Incident &i) {
        if (!m_active)
            return;
        m_grouper.add({i.id, i.fingerprint, i.labels, false}, nowMs());
        flush();
    });
    connect(&m_incidents, &IncidentService::incidentChanged, this, [this](const Incident &i) {
        if (!m_active)
            return;
        if (i.state == Incident::State::Acknowledged && m_acknowledged.insert(i.id).second)
            acknowledged(i);
        if (i.state != Incident::State::Resolved)
            return;
        m_acknowledged.erase(i.id);
        m_grouper.add({i.id, i.fingerprint, i.labels, true}, nowMs());
        flush();
    });
    connect(&m_incidents, &IncidentService::incidentEscalated, this, [this](const Incident &i) {
        if (m_active)
            page(i);
    });
    m_resend.setInterval(int(kAlertmanagerResendMs));
    connect(&m_resend, &QTimer::timeout, this, &Notifier::resendToAlertmanager);
    m_resend.start();
}

void Notifier::setActive(bool active)
{
    const bool becoming = active && !m_active;
    m_active = active;
    if (!active) {
        // Another instance notifies now; what this one had grouped is its to recover.
        m_timer.stop();
        m_grouper = AlertGrouper(m_catalog.routing());
        m_acknowledged.clear();
    }
    if (becoming)
        recover();
}

int Notifier::recover()
{
    if (!m_active)
        return 0;
    const TimestampMs now = nowMs();
    int taken = 0;
    std::vector<Incident> candidates = m_incidents.incidents(true, 100000);
    for (const Incident &i : m_incidents.incidents(false, 500))
        if (i.state == Incident::State::Resolved)
            candidates.push_back(i);
    for (const Incident &i : candidates) {
        // What the timeline says was done, by event id (ids only grow).
        qint64 lastStep = 0, lastQueued = 0, lastResolved = 0, lastAcknowledged = 0, lastEscalated = 0;
        bool openingSettled = false;
        QString mutedWhy;
        for (const IncidentEvent &e : m_incidents.events(i.id)) {
            const bool queued = e.kind == u"notification_queued", skipped = e.kind == u"notification_skipped";
            const bool muted = e.kind == u"notification_silenced" || e.kind == u"notification_inhibited";
            if (queued || skipped || muted) // a step; a failed delivery (notification_failed) is not one
                lastStep = std::max(lastStep, e.id);
            if (queued)
                lastQueued = std::max(lastQueued, e.id);
            if (queued || skipped) {
                openingSettled = true;
                mutedWhy.clear();
            } else if (muted) {
                mutedWhy = e.message;
            } else if (e.kind == u"resolved") {
                lastResolved = std::max(lastResolved, e.id);
            } else if (e.kind == u"acknowledged") {
                lastAcknowledged = std::max(lastAcknowledged, e.id);
            } else if (e.kind == u"escalated") {
                lastEscalated = std::max(lastEscalated, e.id);
            }
        }
        if (i.state == Incident::State::Resolved) {
            // Its resolution goes out only if its opening did, and once.
            if (lastQueued > 0 && lastStep < lastResolved) {
                m_grouper.add({i.id, i.fingerprint, i.labels, true}, now);
                ++taken;
            }
            continue;
        }
        if (!openingSettled) {
            // Never queued: grouped again. A muted one comes back with the reason already on its
            // timeline, so that a restart does not write it again.
            m_grouper.add({i.id, i.fingerprint, i.labels, false}, now, mutedWhy);
            taken += mutedWhy.isEmpty();
            continue;
        }
        if (lastEscalated > lastStep) {
            page(i); // the escalation was stored, its page not
            ++taken;
        }
        if (i.state == Incident::State::Acknowledged) {
            m_acknowledged.insert(i.id);
            if (lastQueued < lastAcknowledged && acknowledged(i) > 0)
                ++taken;
        }
    }
    if (taken > 0)
        qInfo("notifier: %d incident(s) whose notification had not been queued are taken up again", taken);
    flush();
    return taken;
}

std::optional<MuteDecision> Notifier::muteFor(const QString &fingerprint, const Labels &labels, TimestampMs now)
{
    if (const auto s = m_silences.activeFor(labels, now)) {
        return MuteDecision{MuteDecision::Kind::Silenced,
                            tr("no notification: silenced by %1 (%2): %3").arg(s->createdBy, s->matchersText(), s->comment),
                            s->id};
    }
    const RoutingConfig &routing = m_grouper.config();
    if (routing.inhibitRules.empty())
        return std::nullopt;
    std::vector<Incident> open;
    if (!m_sources) {
        open = m_incidents.incidents(true, 100000);
        m_sources.emplace();
        for (const Incident &i : open)
            m_sources->push_back({i.fingerprint, i.labels});
    }
    const auto by = inhibitedBy(routing.inhibitRules, fingerprint, labels, *m_sources);
    if (!by)
        return std::nullopt;
    const QString sourceFingerprint = m_sources->at(*by).fingerprint;
    if (open.empty())
        open = m_incidents.incidents(true, 100000);
    const auto source = std::find_if(open.begin(), open.end(),
                                     [&](const Incident &i) { return i.fingerprint == sourceFingerprint; });
    if (source == open.end())
        return std::nullopt;
    return MuteDecision{MuteDecision::Kind::Inhibited,
                        tr("no notification: inhibited by incident #%1 (%2 %3)")
                            .arg(source->id)
                            .arg(source->rule, formatLabels(source->labels)),
                        QString::number(source->id)};
}

void Notifier::recordMuted(qint64 incidentId, const MuteDecision &m, TimestampMs now)
{
    const bool silenced = m.kind == MuteDecision::Kind::Silenced;
    m_incidents.recordEvent(incidentId,
                            silenced ? QStringLiteral("notification_silenced") : QStringLiteral("notification_inhibited"),
                            m.why,
                            {{silenced ? QStringLiteral("silence") : QStringLiteral("inhibited_by"), m.ref}}, now);
}

void Notifier::flush()
{
    if (!m_active)
        return;
    const TimestampMs now = nowMs();
    m_sources.reset();
    const AlertGrouper::Flush f = m_grouper.flushDue(
        now, [this, now](const GroupedAlert &a) { return muteFor(a.fingerprint, a.labels, now); });
    m_sources.reset();
    {
        WriteBatch batch(m_incidents.database()); // a storm's timeline entries and outbox rows, one commit
        for (const AlertGrouper::Muted &m : f.newlyMuted)
            recordMuted(m.alert.incidentId, m.decision, now);
        for (const GroupNotification &n : f.notifications)
            deliver(n, now);
    }
    if (const auto next = m_grouper.nextDue())
        m_timer.start(int(std::clamp<qint64>(*next - nowMs(), 0, 24 * 3600 * 1000)));
    else
        m_timer.stop();
}

std::vector<const ChannelInfo *> Notifier::enabledChannels() const
{
    std::vector<const ChannelInfo *> out;
    for (const ChannelInfo &c : kChannels)
        if (m_catalog.setting(QStringLiteral("notify.%1.enabled").arg(QLatin1String(c.name))) == u"1")
            out.push_back(&c);
    return out;
}

bool Notifier::routes(const ChannelInfo &channel, const QString &severity) const
{
    const QString only = m_catalog.setting(QStringLiteral("notify.%1.severities").arg(QLatin1String(channel.name)));
    if (only.trimmed().isEmpty())
        return true;
    const QStringList parts = only.split(u',', Qt::SkipEmptyParts);
    return std::any_of(parts.begin(), parts.end(), [&severity](const QString &p) { return p.trimmed() == severity; });
}

SlackExtras Notifier::slackExtras(const Incident &incident) const
{
    SlackExtras extras;
    extras.linkBase = m_catalog.setting(QStringLiteral("notify.link_base"));
    if (!incident.assignee.isEmpty() && !incident.rotation.isEmpty()) {
        if (const auto rotation = m_catalog.rotation(incident.rotation)) {
            for (const RotationMember &m : rotation->members)
                if (m.name == incident.assignee)
                    extras.assigneeSlack = m.slack;
        }
    }
    return extras;
}

void Notifier::enqueue(const ChannelInfo &channel, qint64 incidentId, const QJsonObject &payload,
                       const std::vector<qint64> &all)
{
    m_outbox.enqueue(incidentId, QLatin1String(channel.name), QLatin1String(channel.secret), payload, all);
}

void Notifier::deliver(const GroupNotification &n, TimestampMs now)
{
    std::vector<Incident> firingAll, resolvedAll;
    for (const GroupedAlert &a : n.firing)
        if (auto i = m_incidents.incident(a.incidentId))
            firingAll.push_back(*i);
    for (const GroupedAlert &a : n.resolved)
        if (auto i = m_incidents.incident(a.incidentId))
            resolvedAll.push_back(*i);
    if (firingAll.empty() && resolvedAll.empty())
        return;
    auto isNew = [&n](qint64 id) { return std::find(n.newIncidents.begin(), n.newIncidents.end(), id) != n.newIncidents.end(); };

    for (const Incident &i : firingAll)
        if (isNew(i.id))
            Q_EMIT announced(i);
    const std::vector<const ChannelInfo *> channels = enabledChannels();
    if (channels.empty()) {
        for (const std::vector<Incident> *list : {&firingAll, &resolvedAll})
            for (const Incident &i : *list)
                if (isNew(i.id))
                    m_incidents.recordEvent(i.id, QStringLiteral("notification_skipped"),
                                            tr("no notification channel configured (opsctl secret set %1)")
                                                .arg(knownSecretNames()),
                                            {}, now);
        return;
    }
    std::set<qint64> reached; // incidents some channel took
    const QString groupText = formatLabels(n.groupLabels);
    std::map<qint64, QStringList> otherChannels; // incident -> the non-Slack channels it went to
    for (const ChannelInfo *channel : channels) {
        std::vector<Incident> firing, resolved;
        std::map<QString, bool> routed; // per severity: one settings read, not one per alert
        auto routesSeverity = [&](const QString &severity) {
            const auto it = routed.find(severity);
            return it != routed.end() ? it->second : routed.emplace(severity, routes(*channel, severity)).first->second;
        };
        for (const Incident &i : firingAll)
            if (routesSeverity(i.severity))
                firing.push_back(i);
        for (const Incident &i : resolvedAll)
            if (routesSeverity(i.severity))
                resolved.push_back(i);
        if (firing.empty() && resolved.empty())
            continue;
        std::vector<qint64> all;
        for (const std::vector<Incident> *list : {&firing, &resolved})
            for (const Incident &i : *list)
                all.push_back(i.id);
        reached.insert(all.begin(), all.end());
        const Incident &primary = !firing.empty() ? firing.front() : resolved.front();
        const QString name = QLatin1String(channel->name);
        if (name == u"slack") {
            const bool single = all.size() == 1;
            enqueue(*channel, primary.id,
                    single ? slackMessageFor(primary, slackExtras(primary))
                           : slackGroupMessageFor(n.groupLabels, firing, resolved,
                                                  [this](const Incident &i) { return slackExtras(i); }),
                    all);
            auto record = [&](const Incident &i, bool wasResolved) {
                if (!isNew(i.id) && !n.repeat)
                    return;
                QString message;
                if (single)
                    message = wasResolved ? tr("Slack resolution message queued") : tr("Slack message queued");
                else if (n.repeat)
                    message = tr("Slack reminder queued for group %1: still firing").arg(groupText);
                else
                    message = tr("Slack message queued for group %1: %2 firing, %3 resolved")
                                  .arg(groupText)
                                  .arg(firing.size())
                                  .arg(resolved.size());
                m_incidents.recordEvent(i.id, QStringLiteral("notification_queued"), message,
                                        {{QStringLiteral("channel"), name},
                                         {QStringLiteral("group"), groupText},
                                         {QStringLiteral("alerts"), int(all.size())}},
                                        now);
            };
            for (const Incident &i : firing)
                record(i, false);
            for (const Incident &i : resolved)
                record(i, true);
            continue;
        }
        if (name == u"pagerduty") {
            // One event per alert: PagerDuty deduplicates by dedup_key, not by group.
            for (const Incident &i : firing)
                if (isNew(i.id))
                    enqueue(*channel, i.id, pagerDutyEvent(i, QStringLiteral("trigger")), {});
            for (const Incident &i : resolved)
                enqueue(*channel, i.id, pagerDutyEvent(i, QStringLiteral("resolve")), {});
        } else if (name == u"webhook") {
            enqueue(*channel, primary.id, alertmanagerWebhook(n.key, n.groupLabels, firing, resolved, now), all);
        } else if (name == u"alertmanager") {
            QJsonArray alerts;
            for (const std::vector<Incident> *list : {&firing, &resolved})
                for (const Incident &i : *list)
                    alerts.append(alertmanagerAlert(i, now, kAlertmanagerValidForMs));
            enqueue(*channel, primary.id, QJsonObject{{QStringLiteral("alerts"), alerts}}, all);
        }
        for (const qint64 id : all)
            if (isNew(id))
                otherChannels[id] << name;
    }
    // A new incident no channel routes is settled too: the timeline says why nothing went out
    // (and a restart does not try again).
    for (const std::vector<Incident> *list : {&firingAll, &resolvedAll})
        for (const Incident &i : *list)
            if (isNew(i.id) && !reached.count(i.id))
                m_incidents.recordEvent(i.id, QStringLiteral("notification_skipped"),
                                        tr("no channel takes severity %1 (notify.CHANNEL.severities)").arg(i.severity),
                                        {}, now);
    for (const auto &[id, names] : otherChannels) {
        const bool wasResolved = std::any_of(resolvedAll.begin(), resolvedAll.end(), [id = id](const Incident &i) { return i.id == id; });
        m_incidents.recordEvent(id, QStringLiteral("notification_queued"),
                                (wasResolved ? tr("resolution queued for %1") : tr("queued for %1")).arg(names.join(QStringLiteral(", "))),
                                {{QStringLiteral("channels"), QJsonArray::fromStringList(names)}}, now);
    }
}

int Notifier::acknowledged(const Incident &incident)
{
    // Only what was announced is updated: a silenced or inhibited incident was never sent, and
    // its acknowledgement would be news about something nobody heard of. The timeline says which
    // (it survives restarts, where the grouper's memory does not).
    const std::vector<IncidentEvent> events = m_incidents.events(incident.id);
    if (std::none_of(events.begin(), events.end(),
                     [](const IncidentEvent &e) { return e.kind == u"notification_queued"; }))
        return 0;
    const TimestampMs now = nowMs();
    int queued = 0;
    WriteBatch batch(m_incidents.database()); // the outbox rows and their timeline entries, one commit
    for (const ChannelInfo *channel : enabledChannels()) {
        if (!routes(*channel, incident.severity))
            continue;
        const QString name = QLatin1String(channel->name);
        if (name == u"pagerduty") {
            enqueue(*channel, incident.id, pagerDutyEvent(incident, QStringLiteral("acknowledge")), {});
        } else if (name == u"slack") {
            // An incoming webhook cannot edit the first message: the update is a reply below it.
            enqueue(*channel, incident.id, slackMessageFor(incident, slackExtras(incident)), {});
        } else {
            continue;
        }
        m_incidents.recordEvent(incident.id, QStringLiteral("notification_queued"),
                                tr("acknowledgement queued for %1").arg(name), {{QStringLiteral("channel"), name}}, now);
        ++queued;
    }
    return queued;
}

void Notifier::resendToAlertmanager()
{
    if (!m_active)
        return;
    const ChannelInfo *channel = channelNamed(u"alertmanager");
    if (!channel || m_catalog.setting(QStringLiteral("notify.alertmanager.enabled")) != u"1")
        return;
    // Like Prometheus: every firing alert again, well before its endsAt, so that Alertmanager
    // does not resolve it on its own. Muted alerts are left out, as they were when they fired.
    const TimestampMs now = nowMs();
    m_sources.reset();
    QJsonArray alerts;
    std::vector<qint64> ids;
    for (const Incident &i : m_incidents.incidents(true, 100000)) {
        if (!routes(*channel, i.severity) || muteFor(i.fingerprint, i.labels, now))
            continue;
        alerts.append(alertmanagerAlert(i, now, kAlertmanagerValidForMs));
        ids.push_back(i.id);
    }
    m_sources.reset();
    if (!alerts.isEmpty())
        enqueue(*channel, ids.front(), QJsonObject{{QStringLiteral("alerts"), alerts}, {QStringLiteral("resend"), true}}, ids);
}

void Notifier::page(const Incident &incident)
{
    const TimestampMs now = nowMs();
    m_sources.reset();
    const auto muted = muteFor(incident.fingerprint, incident.labels, now);
    m_sources.reset();
    if (muted) {
        recordMuted(incident.id, *muted, now);
        return;
    }
    WriteBatch batch(m_incidents.database()); // the outbox rows and their timeline entries, one commit
    GroupNotification n;
    n.key = incident.fingerprint;
    n.firing.push_back({incident.id, incident.fingerprint, incident.labels, false});
    n.newIncidents.push_back(incident.id);
    deliver(n, now);
}

} // namespace hms
