// Turns alert transitions into incidents: one open incident per alert fingerprint, assigned to
// whoever is on call in the rule's rotation, with the rule's playbook attached, every change an
// event. Lives on the ops thread.
#pragma once

#include "incidents/Incident.h"
#include "oncall/EscalationPolicy.h"
#include "rules/Evaluator.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>
#include <vector>

namespace hms {

class Catalog;

class IncidentService : public QObject {
    Q_OBJECT
public:
    IncidentService(QSqlDatabase db, Catalog &catalog, QObject *parent = nullptr);

    void handleTransitions(const QList<hms::AlertTransition> &transitions);

    // Operator actions. Return an error message, or an empty string on success.
    QString acknowledge(qint64 id, const QString &by, TimestampMs at);
    // Hands an open incident to `to` (a member of its rotation gets their pager number, anyone
    // else none); the timeline says who handed it to whom. Returns an error message or "".
    QString reassign(qint64 id, const QString &to, const QString &by, TimestampMs at);
    // Pages the next level of the incident's escalation policy now. Returns an error message or "".
    QString escalate(qint64 id, const QString &by, TimestampMs at);
    // Every triggered (unacknowledged) incident with a policy whose current level has waited its
    // `after`: the next level is paged, and the timeline says who and why. Called every 5 s.
    void checkEscalations(TimestampMs now);
    QString resolve(qint64 id, const QString &by, TimestampMs at);
    // Adds an event to an incident's timeline and announces it (used by the notifier).
    std::optional<IncidentEvent> recordEvent(qint64 incidentId, const QString &kind, const QString &message,
                                             const QJsonObject &data, TimestampMs at);

    std::vector<Incident> incidents(bool openOnly, int limit = 500) const;
    std::optional<Incident> incident(qint64 id) const;
    std::vector<IncidentEvent> events(qint64 incidentId) const;
    // For a WriteBatch (incidents/OpsDatabase.h) around many recordEvent calls.
    QSqlDatabase database() const { return m_db; }
    std::vector<IncidentEvent> eventsAfter(qint64 afterId, int limit) const;
    qint64 lastEventId() const;

Q_SIGNALS:
    void incidentOpened(const hms::Incident &incident);
    void incidentChanged(const hms::Incident &incident);
    // After incidentChanged, when the change paged someone new (for notifications).
    void incidentEscalated(const hms::Incident &incident);
    void eventAdded(const hms::IncidentEvent &event);

private:
    std::optional<IncidentEvent> addEvent(qint64 incidentId, const QString &kind, const QString &message,
                                          const QJsonObject &data, TimestampMs at);
    void openIncident(const AlertTransition &t);
    std::optional<RotationMember> pageTarget(const EscalationTarget &target, TimestampMs at) const;
    QString moveToLevel(Incident &inc, const EscalationPolicy &policy, int index, TimestampMs since, TimestampMs at,
                        const QString &why);
    void resolveByAlert(const AlertTransition &t);
    bool storeIncident(Incident &incident); // insert or update
    std::optional<Incident> openIncidentFor(const QString &fingerprint) const;

    QSqlDatabase m_db;
    Catalog &m_catalog;
};

} // namespace hms
