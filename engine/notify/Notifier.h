// Incident -> notification, on the ops thread. Openings and resolutions go through the alert
// grouper (alerting/Grouper.h) under the stored routing configuration; at each flush an alert is
// muted when an active silence matches it or an inhibition rule's source is firing; what is left
// becomes one message per group on the outbox. Escalation pages go to the paged person at once
// (still muted by silences and inhibition). Every step is an event on the incidents' timelines.
#pragma once

#include "alerting/Grouper.h"
#include "incidents/Incident.h"
#include "notify/SlackMessage.h"

#include <QObject>
#include <QTimer>
#include <set>

namespace hms {

class Catalog;
struct ChannelInfo;
class IncidentService;
class Outbox;
class SilenceService;

class Notifier : public QObject {
    Q_OBJECT
public:
    Notifier(Catalog &catalog, IncidentService &incidents, Outbox &outbox, SilenceService &silences,
             QObject *parent = nullptr);

    // Only the evaluator lease holder notifies: it sees every change, its own and (through
    // NOTIFY) the other workstations', and queues each notification once for the installation.
    // Becoming active recovers what the last active notifier had not yet queued (recover()).
    void setActive(bool active);
    // The grouper lives in memory: after a crash, or when this instance takes over from another,
    // incidents whose opening, acknowledgement or resolution no notification step has recorded
    // (queued, silenced, inhibited, skipped) are grouped again. Their timelines say what was
    // done: ops.db holds each step in the transaction that queued its outbox rows.
    // Returns how many were taken up again.
    int recover();

    // Why an alert would not be announced now, if it would not.
    std::optional<MuteDecision> muteFor(const QString &fingerprint, const Labels &labels, TimestampMs now);
    const AlertGrouper &grouper() const { return m_grouper; }

    // Alertmanager: firing alerts are resent this often, each valid for kAlertmanagerValidForMs
    // (Prometheus: every minute, valid for four).
    static constexpr qint64 kAlertmanagerResendMs = 60'000;
    static constexpr qint64 kAlertmanagerValidForMs = 4 * 60'000;

Q_SIGNALS:
    // An incident announced (not muted), for the desktop: a tray message, a sound when critical.
    void announced(const hms::Incident &incident);

private:
    void flush();
    void deliver(const GroupNotification &n, TimestampMs now);
    // Queues the acknowledgement where the opening went (PagerDuty, Slack); returns how many.
    int acknowledged(const Incident &incident);
    void resendToAlertmanager();
    std::vector<const ChannelInfo *> enabledChannels() const;
    bool routes(const ChannelInfo &channel, const QString &severity) const;
    void enqueue(const ChannelInfo &channel, qint64 incidentId, const QJsonObject &payload,
                 const std::vector<qint64> &all);
    void page(const Incident &incident);
    SlackExtras slackExtras(const Incident &incident) const;
    void recordMuted(qint64 incidentId, const MuteDecision &m, TimestampMs now);

    Catalog &m_catalog;
    IncidentService &m_incidents;
    Outbox &m_outbox;
    SilenceService &m_silences;
    AlertGrouper m_grouper;
    QTimer m_timer;
    QTimer m_resend;
    bool m_active = true;
    std::set<qint64> m_acknowledged; // open incidents whose acknowledgement went out (incidentChanged repeats)
    // Open incidents as inhibition sources, read once per flush.
    std::optional<std::vector<InhibitSource>> m_sources;
};

} // namespace hms
