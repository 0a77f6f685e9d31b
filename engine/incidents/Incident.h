// Incidents and their timeline events, as stored in ops.db and shown by every view.
#pragma once

#include "core/Types.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace hms {

struct Incident {
    enum class State { Triggered, Acknowledged, Resolved };
    qint64 id = 0;
    QString fingerprint;   // of the alert's labels: one open incident per fingerprint
    QString rule;          // alertname
    QString service;       // the `service` label, else the metric name's first dotted segment
    QString severity;      // critical | warning | info
    State state = State::Triggered;
    QString metric;
    QString aggregate;     // "p95"
    QString threshold;     // "> 1000"
    double value = 0.0;    // the aggregate when it fired (latest while firing)
    Labels labels;
    QString rotation;      // `notify`
    QString assignee;      // member on call when it opened
    QString assigneePager;
    QString playbookId;
    TimestampMs openedAt = 0;
    TimestampMs acknowledgedAt = 0;
    TimestampMs resolvedAt = 0;
    QString acknowledgedBy;
    QString resolvedBy;    // "alert" when the alert resolved it
    QString escalationPolicy;       // the rule's `escalation`, empty for none
    int escalationLevel = 0;        // the level paged last (EscalationPolicy::level index)
    TimestampMs escalationSince = 0; // when that level was paged
    QString rootCauseUrl;           // the linked root-cause issue (JIRA, GitHub): http(s) only


    bool isOpen() const { return state != State::Resolved; }
    QJsonObject toJson() const;
    static Incident fromJson(const QJsonObject &o); // what toJson wrote (bundles)
};

QString incidentStateName(Incident::State s);           // "triggered", "acknowledged", "resolved"
std::optional<Incident::State> incidentStateFromName(QStringView s);

struct IncidentEvent {
    qint64 id = 0;         // global, increasing: the cursor of `opsctl incident watch`
    qint64 incidentId = 0;
    TimestampMs at = 0;
    QString kind;          // fired, assigned, playbook, notification_queued, notified,
                           // notification_failed, acknowledged, resolved, comment, root_cause,
                           // step (a playbook checklist tick), escalated, silenced, reassigned
    QString message;       // one human line, already translated
    QJsonObject data;      // machine-readable details

    QJsonObject toJson() const;
    static IncidentEvent fromJson(const QJsonObject &o);
};

} // namespace hms

Q_DECLARE_METATYPE(hms::Incident)
Q_DECLARE_METATYPE(hms::IncidentEvent)
