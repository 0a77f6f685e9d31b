// Turns alert transitions into incidents: one open incident per alert fingerprint, assigned to
// whoever is on call in the rule's rotation, with the rule's playbook attached, every change an
// event. Lives on the ops thread.
#pragma once

#include "incidents/Incident.h"
#include "oncall/EscalationPolicy.h"
#include "rules/Evaluator.h"

#include <QObject>
#include <QSqlDatabase>

#include <map>
#include <optional>
#include <vector>

namespace hms {

class Catalog;
class SeriesStore;

class IncidentService : public QObject {
    Q_OBJECT
public:
    IncidentService(QSqlDatabase db, Catalog &catalog, QObject *parent = nullptr);

    void handleTransitions(const QList<hms::AlertTransition> &transitions);
    // Where the trace_id exemplars of a firing series are read (none: incidents carry none).
    void setStore(const SeriesStore *store) { m_store = store; }

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
    // Acknowledges every triggered incident of `ids` in one transaction. Returns, per id that
    // could not be acknowledged, why (an empty map: all were).
    std::map<qint64, QString> acknowledgeMany(const std::vector<qint64> &ids, const QString &by, TimestampMs at);
    // A note on the timeline (1 to 10,000 characters after trimming).
    QString comment(qint64 id, const QString &text, const QString &by, TimestampMs at);
    // Links the root-cause issue: an absolute http(s) URL with a host (a JIRA or GitHub issue);
    // an empty url removes the link. Every change is on the timeline.
    QString linkRootCause(qint64 id, const QString &url, const QString &by, TimestampMs at);
    // Ticks (or unticks) step `index` (0-based) of the incident's playbook checklist; `text` is
    // the step as the operator saw it. Refused for a resolved incident or an index past the steps.
    QString tickStep(qint64 id, int index, const QString &text, bool done, const QString &by, TimestampMs at);
    // Per step index of `steps` (the playbook as it reads now), whether it is ticked: the last
    // step event of that index whose text is still that step's wins.
    static std::map<int, bool> checklistState(const std::vector<IncidentEvent> &events, const QStringList &steps);
    // Incidents whose timeline carries `traceId` (the exemplars attached when they fired), newest first.
    std::vector<Incident> incidentsWithTrace(const QString &traceId) const;
    // Adds an event to an incident's timeline and announces it (used by the notifier).
    std::optional<IncidentEvent> recordEvent(qint64 incidentId, const QString &kind, const QString &message,
                                             const QJsonObject &data, TimestampMs at);

    std::vector<Incident> incidents(bool openOnly, int limit = 500) const;
    std::optional<Incident> incident(qint64 id) const;
    std::vector<IncidentEvent> events(qint64 incidentId) const;
    std::optional<IncidentEvent> event(qint64 eventId) const;
    // For a WriteBatch (incidents/OpsDatabase.h) around many recordEvent calls.
    QSqlDatabase database() const { return m_db; }
    std::vector<IncidentEvent> eventsAfter(qint64 afterId, int limit) const;
    qint64 lastEventId() const;

    // A change another workstation made to the shared store (PostgreSQL NOTIFY), re-emitted here
    // as incidentOpened/incidentChanged/eventAdded so that views update. Reactions that must
    // happen once in the whole installation (notifications, silences ending with an incident)
    // check applyingPeerChange() and leave it to the instance that made the change.
    // `how`: "opened", "escalated" or "" (changed).
    void applyPeerChange(const QString &kind, qint64 incidentId, qint64 eventId, const QString &how);
    bool applyingPeerChange() const { return m_applyingPeer; }

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
    const SeriesStore *m_store = nullptr;
    bool m_applyingPeer = false;
};

} // namespace hms
