#include "notify/Notifier.h"

#include "alerting/Silence.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "notify/Outbox.h"
#include "notify/SlackMessage.h"

#include <QDateTime>
#include <algorithm>

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
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Notifier::flush);
    connect(&m_catalog, &Catalog::routingChanged, this, [this] { m_grouper.setConfig(m_catalog.routing()); });
    connect(&m_incidents, &IncidentService::incidentOpened, this, [this](const Incident &i) {
        m_grouper.add({i.id, i.fingerprint, i.labels, false}, nowMs());
        flush();
    });
    connect(&m_incidents, &IncidentService::incidentChanged, this, [this](const Incident &i) {
        if (i.state != Incident::State::Resolved)
            return;
        m_grouper.add({i.id, i.fingerprint, i.labels, true}, nowMs());
        flush();
    });
    connect(&m_incidents, &IncidentService::incidentEscalated, this, &Notifier::page);
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
    const TimestampMs now = nowMs();
    m_sources.reset();
    const AlertGrouper::Flush f = m_grouper.flushDue(
        now, [this, now](const GroupedAlert &a) { return muteFor(a.fingerprint, a.labels, now); });
    m_sources.reset();
    for (const AlertGrouper::Muted &m : f.newlyMuted)
        recordMuted(m.alert.incidentId, m.decision, now);
    for (const GroupNotification &n : f.notifications)
        deliver(n, now);
    if (const auto next = m_grouper.nextDue())
        m_timer.start(int(std::clamp<qint64>(*next - nowMs(), 0, 24 * 3600 * 1000)));
    else
        m_timer.stop();
}

void Notifier::deliver(const GroupNotification &n, TimestampMs now)
{
    std::vector<Incident> firing, resolved;
    for (const GroupedAlert &a : n.firing)
        if (auto i = m_incidents.incident(a.incidentId))
            firing.push_back(*i);
    for (const GroupedAlert &a : n.resolved)
        if (auto i = m_incidents.incident(a.incidentId))
            resolved.push_back(*i);
    if (firing.empty() && resolved.empty())
        return;
    auto isNew = [&n](qint64 id) { return std::find(n.newIncidents.begin(), n.newIncidents.end(), id) != n.newIncidents.end(); };

    if (m_catalog.setting(QStringLiteral("notify.slack.enabled")) != u"1") {
        for (const Incident &i : firing)
            if (isNew(i.id))
                m_incidents.recordEvent(i.id, QStringLiteral("notification_skipped"),
                                        tr("no notification channel configured (opsctl secret set slack_webhook)"),
                                        {}, now);
        return;
    }
    const bool single = firing.size() + resolved.size() == 1;
    const Incident &primary = !firing.empty() ? firing.front() : resolved.front();
    std::vector<qint64> all;
    for (const Incident &i : firing)
        all.push_back(i.id);
    for (const Incident &i : resolved)
        all.push_back(i.id);
    const QJsonObject payload = single ? slackMessageFor(primary) : slackGroupMessageFor(n.groupLabels, firing, resolved);
    m_outbox.enqueue(primary.id, QStringLiteral("slack"), QStringLiteral("slack_webhook"), payload, all);
    const QString groupText = formatLabels(n.groupLabels);
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
                                {{QStringLiteral("channel"), QStringLiteral("slack")},
                                 {QStringLiteral("group"), groupText},
                                 {QStringLiteral("alerts"), int(all.size())}},
                                now);
    };
    for (const Incident &i : firing)
        record(i, false);
    for (const Incident &i : resolved)
        record(i, true);
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
    GroupNotification n;
    n.key = incident.fingerprint;
    n.firing.push_back({incident.id, incident.fingerprint, incident.labels, false});
    n.newIncidents.push_back(incident.id);
    deliver(n, now);
}

} // namespace hms
