#include "incidents/IncidentService.h"
#include "incidents/OpsDatabase.h"

#include "core/Duration.h"

#include "incidents/Catalog.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QJsonArray>
#include <QSqlRecord>
#include <QUrl>
#include <QVariant>

namespace hms {

namespace {
QString serviceOf(const Labels &labels, const QString &metric)
{
    const auto it = labels.find(QStringLiteral("service"));
    if (it != labels.end() && !it->second.isEmpty())
        return it->second;
    return metric.section(u'.', 0, 0);
}

const QString kColumns = QStringLiteral(
    "id, fingerprint, rule, service, severity, state, metric, aggregate, threshold, value, labels, rotation, "
    "assignee, assignee_pager, playbook, opened_at, acknowledged_at, acknowledged_by, resolved_at, resolved_by, "
    "escalation_policy, escalation_level, escalation_since, root_cause_url");

Incident incidentFrom(const QSqlQuery &q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.fingerprint = q.value(1).toString();
    i.rule = q.value(2).toString();
    i.service = q.value(3).toString();
    i.severity = q.value(4).toString();
    i.state = incidentStateFromName(q.value(5).toString()).value_or(Incident::State::Triggered);
    i.metric = q.value(6).toString();
    i.aggregate = q.value(7).toString();
    i.threshold = q.value(8).toString();
    i.value = q.value(9).toDouble();
    i.labels = labelsFromJson(q.value(10).toString());
    i.rotation = q.value(11).toString();
    i.assignee = q.value(12).toString();
    i.assigneePager = q.value(13).toString();
    i.playbookId = q.value(14).toString();
    i.openedAt = q.value(15).toLongLong();
    i.acknowledgedAt = q.value(16).toLongLong();
    i.acknowledgedBy = q.value(17).toString();
    i.resolvedAt = q.value(18).toLongLong();
    i.resolvedBy = q.value(19).toString();
    i.escalationPolicy = q.value(20).toString();
    i.escalationLevel = q.value(21).toInt();
    i.escalationSince = q.value(22).toLongLong();
    i.rootCauseUrl = q.value(23).toString();
    return i;
}

IncidentEvent eventFrom(const QSqlQuery &q)
{
    IncidentEvent e;
    e.id = q.value(0).toLongLong();
    e.incidentId = q.value(1).toLongLong();
    e.at = q.value(2).toLongLong();
    e.kind = q.value(3).toString();
    e.message = q.value(4).toString();
    e.data = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    return e;
}

// QtSql binds a null QString as SQL NULL; the schema wants empty strings instead.
QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QString formatValue(double v)
{
    return QString::number(v, 'g', 6);
}
} // namespace

IncidentService::IncidentService(QSqlDatabase db, Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_catalog(catalog)
{
}

void IncidentService::handleTransitions(const QList<AlertTransition> &transitions)
{
    for (const AlertTransition &t : transitions) {
        if (t.to == AlertState::Firing)
            openIncident(t);
        else if (t.from == AlertState::Firing && t.to == AlertState::Inactive)
            resolveByAlert(t);
    }
}

std::optional<Incident> IncidentService::openIncidentFor(const QString &fingerprint) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE fingerprint = ? AND state != 'resolved'").arg(kColumns));
    q.addBindValue(fingerprint);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return incidentFrom(q);
}

void IncidentService::openIncident(const AlertTransition &t)
{
    if (auto existing = openIncidentFor(t.fingerprint)) {
        // Still the same incident (for example after a keep_firing_for gap): refresh the value only.
        existing->value = t.value;
        if (storeIncident(*existing))
            Q_EMIT incidentChanged(*existing);
        return;
    }
    const std::vector<Rule> rules = m_catalog.rules();
    const auto rule = std::find_if(rules.begin(), rules.end(), [&](const Rule &r) { return r.name == t.rule; });

    Incident inc;
    inc.fingerprint = t.fingerprint;
    inc.rule = t.rule;
    inc.labels = t.labels;
    inc.metric = t.seriesName;
    inc.service = serviceOf(t.labels, t.seriesName);
    inc.value = t.value;
    inc.openedAt = t.at;
    inc.severity = t.labels.count(QStringLiteral("severity")) ? t.labels.at(QStringLiteral("severity"))
                                                               : QStringLiteral("warning");
    if (rule != rules.end()) {
        // A query rule's "metric" is its PromQL: without a service label, the rule names it.
        if (rule->isRemote() && !t.labels.count(QStringLiteral("service")))
            inc.service = rule->name;
        inc.aggregate = rule->aggregate.text;
        inc.threshold = rule->threshold.text;
        inc.rotation = rule->notify;
        inc.playbookId = rule->playbook;
        inc.escalationPolicy = rule->escalation;
    }
    std::optional<RotationMember> member;
    std::optional<EscalationPolicy> policy;
    if (!inc.escalationPolicy.isEmpty())
        policy = m_catalog.escalationPolicy(inc.escalationPolicy);
    if (policy) {
        // The policy's first step is paged first; its later steps follow while nobody acknowledges.
        inc.escalationLevel = 0;
        inc.escalationSince = t.at;
        member = pageTarget(policy->steps.front().target, t.at);
        if (policy->steps.front().target.isRotation() && inc.rotation.isEmpty())
            inc.rotation = policy->steps.front().target.rotation;
        if (member) {
            inc.assignee = member->name;
            inc.assigneePager = member->pager;
        }
    } else if (!inc.rotation.isEmpty()) {
        if (const auto rotation = m_catalog.rotation(inc.rotation)) {
            if (const auto index = rotation->memberIndexAt(t.at)) {
                member = rotation->members.at(std::size_t(*index));
                inc.assignee = member->name;
                inc.assigneePager = member->pager;
            }
        }
    }
    if (!m_db.transaction())
        return;
    if (!storeIncident(inc)) {
        m_db.rollback();
        return;
    }
    QJsonObject firedData{{QStringLiteral("value"), t.value},
                          {QStringLiteral("aggregate"), inc.aggregate},
                          {QStringLiteral("threshold"), inc.threshold},
                          {QStringLiteral("service"), inc.service},
                          {QStringLiteral("active_at"), t.activeAt}};
    // The failing requests behind the red graph: trace_id exemplars of the firing series in the
    // rule's window (at most 20, newest last), so a trace can be found from its incident and back.
    if (m_store && !t.series.name.isEmpty()) {
        const qint64 window = rule != rules.end() ? std::max<qint64>(rule->windowMs, rule->forMs) : 60'000;
        const std::vector<Exemplar> exemplars = m_store->exemplars(t.series, t.at - window, t.at);
        QJsonArray traces;
        for (auto it = exemplars.size() > 20 ? exemplars.end() - 20 : exemplars.begin(); it != exemplars.end(); ++it)
            if (!traces.contains(it->traceId))
                traces.append(it->traceId);
        if (!traces.isEmpty())
            firedData.insert(QStringLiteral("trace_ids"), traces);
    }
    std::vector<IncidentEvent> added;
    auto add = [&](const QString &kind, const QString &message, const QJsonObject &data) {
        if (auto e = addEvent(inc.id, kind, message, data, t.at))
            added.push_back(*e);
    };
    add(QStringLiteral("fired"),
        tr("%1 fired: %2 %3 = %4 (threshold %5)")
            .arg(inc.rule, inc.metric, inc.aggregate.isEmpty() ? tr("value") : inc.aggregate, formatValue(t.value),
                 inc.threshold),
        firedData);
    if (policy) {
        add(QStringLiteral("paged"),
            member ? tr("paged %1 (pager #%2): escalation %3, step 1 of %4").arg(member->name, member->pager, policy->id)
                         .arg(policy->steps.size())
                   : tr("escalation %1, step 1: nobody to page").arg(policy->id),
            {{QStringLiteral("policy"), policy->id}, {QStringLiteral("level"), 0},
             {QStringLiteral("assignee"), member ? member->name : QString()}});
    } else if (member) {
        add(QStringLiteral("assigned"),
            tr("assigned to %1 (rotation %2, pager #%3)").arg(member->name, inc.rotation, member->pager),
            {{QStringLiteral("assignee"), member->name},
             {QStringLiteral("rotation"), inc.rotation},
             {QStringLiteral("pager"), member->pager},
             {QStringLiteral("slack"), member->slack}});
    } else if (!inc.rotation.isEmpty()) {
        add(QStringLiteral("assigned"), tr("nobody is on call in rotation %1: unassigned").arg(inc.rotation),
            {{QStringLiteral("rotation"), inc.rotation}});
    }
    if (!inc.playbookId.isEmpty()) {
        const bool known = m_catalog.playbook(inc.playbookId).has_value();
        add(QStringLiteral("playbook"),
            known ? tr("playbook %1 attached").arg(inc.playbookId)
                  : tr("playbook %1 is missing from the catalog").arg(inc.playbookId),
            {{QStringLiteral("playbook"), inc.playbookId}, {QStringLiteral("found"), known}});
    }
    if (!m_db.commit()) {
        m_db.rollback();
        return;
    }
    Q_EMIT incidentOpened(inc);
    for (const IncidentEvent &e : added)
        Q_EMIT eventAdded(e);
}

std::optional<RotationMember> IncidentService::pageTarget(const EscalationTarget &target, TimestampMs at) const
{
    if (!target.isRotation())
        return target.person;
    const auto rotation = m_catalog.rotation(target.rotation);
    if (!rotation)
        return std::nullopt;
    const auto index = rotation->memberIndexAt(at);
    if (!index)
        return std::nullopt;
    return rotation->members.at(std::size_t(*index));
}

QString IncidentService::moveToLevel(Incident &inc, const EscalationPolicy &policy, int index, TimestampMs since,
                                     TimestampMs at, const QString &why)
{
    const auto level = policy.level(index);
    if (!level)
        return tr("escalation %1 has no step left to page").arg(policy.id);
    const auto member = pageTarget(policy.steps.at(std::size_t(level->step)).target, at);
    inc.escalationLevel = index;
    inc.escalationSince = since;
    if (member) {
        inc.assignee = member->name;
        inc.assigneePager = member->pager;
    }
    if (!m_db.transaction())
        return m_db.lastError().text();
    std::optional<IncidentEvent> e;
    const QString who = member ? tr("%1 (pager #%2)").arg(member->name, member->pager) : tr("nobody (no one on call)");
    if (storeIncident(inc))
        e = addEvent(inc.id, QStringLiteral("escalated"),
                     tr("escalated to %1: escalation %2, step %3 of %4, round %5; %6")
                         .arg(who, policy.id)
                         .arg(level->step + 1)
                         .arg(policy.steps.size())
                         .arg(level->round + 1)
                         .arg(why),
                     {{QStringLiteral("policy"), policy.id}, {QStringLiteral("level"), index},
                      {QStringLiteral("assignee"), member ? member->name : QString()}},
                     at);
    if (!e || !m_db.commit()) {
        m_db.rollback();
        return tr("could not store the escalation: %1").arg(m_db.lastError().text());
    }
    Q_EMIT incidentChanged(inc);
    Q_EMIT eventAdded(*e);
    Q_EMIT incidentEscalated(inc);
    // The lease holder pages whoever is next, also when the escalation was made elsewhere.
    OpsDatabase::notifyChange(m_db, QStringLiteral("incident"), QStringLiteral("%1 escalated").arg(inc.id));
    return {};
}

void IncidentService::checkEscalations(TimestampMs now)
{
    for (Incident inc : incidents(true)) {
        if (inc.state != Incident::State::Triggered || inc.escalationPolicy.isEmpty())
            continue; // acknowledged: somebody has it; no policy: nothing to escalate
        const auto policy = m_catalog.escalationPolicy(inc.escalationPolicy);
        if (!policy)
            continue;
        // Catch up one level at a time (after downtime every missed level is paged, in order),
        // each counted from when the previous one was due, so the cadence does not drift.
        while (true) {
            const auto level = policy->level(inc.escalationLevel);
            if (!level || !policy->level(inc.escalationLevel + 1))
                break;
            const qint64 after = policy->steps.at(std::size_t(level->step)).afterMs;
            if (now - inc.escalationSince < after)
                break;
            const QString why = tr("not acknowledged for %1").arg(formatDurationMs(after));
            if (!moveToLevel(inc, *policy, inc.escalationLevel + 1, inc.escalationSince + after, now, why).isEmpty())
                break;
        }
    }
}

QString IncidentService::escalate(qint64 id, const QString &by, TimestampMs at)
{
    auto inc = incident(id);
    if (!inc)
        return tr("no incident %1").arg(id);
    if (inc->state == Incident::State::Resolved)
        return tr("incident %1 is resolved").arg(id);
    if (inc->escalationPolicy.isEmpty())
        return tr("incident %1 has no escalation policy (its rule has no `escalation:`); reassign it instead").arg(id);
    const auto policy = m_catalog.escalationPolicy(inc->escalationPolicy);
    if (!policy)
        return tr("escalation policy %1 is missing from the catalog").arg(inc->escalationPolicy);
    return moveToLevel(*inc, *policy, inc->escalationLevel + 1, at, at, tr("escalated by hand by %1").arg(by));
}

void IncidentService::resolveByAlert(const AlertTransition &t)
{
    auto inc = openIncidentFor(t.fingerprint);
    if (!inc)
        return; // resolved by hand already
    inc->state = Incident::State::Resolved;
    inc->resolvedAt = t.at;
    inc->resolvedBy = QStringLiteral("alert");
    inc->value = t.value;
    if (!m_db.transaction())
        return;
    std::optional<IncidentEvent> e;
    if (storeIncident(*inc))
        e = addEvent(inc->id, QStringLiteral("resolved"),
                     tr("resolved: %1 back to %2 (threshold %3)")
                         .arg(inc->aggregate.isEmpty() ? tr("value") : inc->aggregate, formatValue(t.value),
                              inc->threshold),
                     {{QStringLiteral("value"), t.value}, {QStringLiteral("by"), QStringLiteral("alert")}}, t.at);
    if (!e || !m_db.commit()) {
        m_db.rollback();
        return;
    }
    Q_EMIT incidentChanged(*inc);
    Q_EMIT eventAdded(*e);
}

QString IncidentService::acknowledge(qint64 id, const QString &by, TimestampMs at)
{
    auto inc = incident(id);
    if (!inc)
        return tr("no incident %1").arg(id);
    if (inc->state != Incident::State::Triggered)
        return tr("incident %1 is %2; only a triggered incident can be acknowledged")
            .arg(id)
            .arg(incidentStateName(inc->state));
    inc->state = Incident::State::Acknowledged;
    inc->acknowledgedAt = at;
    inc->acknowledgedBy = by;
    if (!m_db.transaction())
        return m_db.lastError().text();
    std::optional<IncidentEvent> e;
    if (storeIncident(*inc))
        e = addEvent(id, QStringLiteral("acknowledged"), tr("acknowledged by %1").arg(by),
                     {{QStringLiteral("by"), by}}, at);
    if (!e || !m_db.commit()) {
        m_db.rollback();
        return tr("could not store the acknowledgement: %1").arg(m_db.lastError().text());
    }
    Q_EMIT incidentChanged(*inc);
    Q_EMIT eventAdded(*e);
    return {};
}

QString IncidentService::reassign(qint64 id, const QString &to, const QString &by, TimestampMs at)
{
    auto inc = incident(id);
    if (!inc)
        return tr("no incident %1").arg(id);
    const QString name = to.trimmed();
    if (name.isEmpty())
        return tr("to: required: who takes the incident");
    if (inc->state == Incident::State::Resolved)
        return tr("incident %1 is resolved; only an open incident can be reassigned").arg(id);
    if (name == inc->assignee)
        return tr("incident %1 is already assigned to %2").arg(id).arg(name);
    const QString from = inc->assignee;
    inc->assignee = name;
    inc->assigneePager.clear();
    if (const auto rotation = inc->rotation.isEmpty() ? std::nullopt : m_catalog.rotation(inc->rotation))
        for (const RotationMember &m : rotation->members)
            if (m.name == name)
                inc->assigneePager = m.pager;
    if (!m_db.transaction())
        return m_db.lastError().text();
    std::optional<IncidentEvent> e;
    const QString message = inc->assigneePager.isEmpty()
                                 ? tr("reassigned from %1 to %2 by %3").arg(from.isEmpty() ? tr("nobody") : from, name, by)
                                 : tr("reassigned from %1 to %2 (pager #%3) by %4")
                                       .arg(from.isEmpty() ? tr("nobody") : from, name, inc->assigneePager, by);
    if (storeIncident(*inc))
        e = addEvent(id, QStringLiteral("reassigned"), message,
                     {{QStringLiteral("from"), from}, {QStringLiteral("to"), name}, {QStringLiteral("by"), by}}, at);
    if (!e || !m_db.commit()) {
        m_db.rollback();
        return tr("could not store the reassignment: %1").arg(m_db.lastError().text());
    }
    Q_EMIT incidentChanged(*inc);
    Q_EMIT eventAdded(*e);
    return {};
}

QString IncidentService::resolve(qint64 id, const QString &by, TimestampMs at)
{
    auto inc = incident(id);
    if (!inc)
        return tr("no incident %1").arg(id);
    if (inc->state == Incident::State::Resolved)
        return tr("incident %1 is already resolved").arg(id);
    inc->state = Incident::State::Resolved;
    inc->resolvedAt = at;
    inc->resolvedBy = by;
    if (!m_db.transaction())
        return m_db.lastError().text();
    std::optional<IncidentEvent> e;
    if (storeIncident(*inc))
        e = addEvent(id, QStringLiteral("resolved"), tr("resolved by %1").arg(by), {{QStringLiteral("by"), by}}, at);
    if (!e || !m_db.commit()) {
        m_db.rollback();
        return tr("could not store the resolution: %1").arg(m_db.lastError().text());
    }
    Q_EMIT incidentChanged(*inc);
    Q_EMIT eventAdded(*e);
    return {};
}

bool IncidentService::storeIncident(Incident &i)
{
    QSqlQuery q(m_db);
    if (i.id == 0) {
        q.prepare(QStringLiteral("INSERT INTO incidents(fingerprint, rule, service, severity, state, metric, aggregate, "
                                 "threshold, value, labels, rotation, assignee, assignee_pager, playbook, opened_at, "
                                 "acknowledged_at, acknowledged_by, resolved_at, resolved_by, escalation_policy, "
                                 "escalation_level, escalation_since) "
                                 "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        for (const QVariant &v : {text(i.fingerprint), text(i.rule), text(i.service), text(i.severity),
                                  QVariant(incidentStateName(i.state)), text(i.metric), text(i.aggregate),
                                  text(i.threshold), QVariant(i.value), QVariant(labelsToJson(i.labels)),
                                  text(i.rotation), text(i.assignee), text(i.assigneePager),
                                  text(i.playbookId), QVariant(i.openedAt), QVariant(i.acknowledgedAt),
                                  text(i.acknowledgedBy), QVariant(i.resolvedAt), text(i.resolvedBy),
                                  text(i.escalationPolicy), QVariant(i.escalationLevel), QVariant(i.escalationSince)})
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("incident insert failed: %s", qPrintable(q.lastError().text()));
            return false;
        }
        // RETURNING: SQLite 3.35+ and PostgreSQL alike (QPSQL's lastInsertId is an OID).
        i.id = q.next() ? q.value(0).toLongLong() : 0;
        OpsDatabase::notifyChange(m_db, QStringLiteral("incident"), QStringLiteral("%1 opened").arg(i.id));
        return i.id != 0;
    }
    q.prepare(QStringLiteral("UPDATE incidents SET state = ?, value = ?, acknowledged_at = ?, acknowledged_by = ?, "
                             "resolved_at = ?, resolved_by = ?, assignee = ?, assignee_pager = ?, escalation_level = ?, "
                             "escalation_since = ?, root_cause_url = ? WHERE id = ?"));
    for (const QVariant &v : {QVariant(incidentStateName(i.state)), QVariant(i.value), QVariant(i.acknowledgedAt),
                              text(i.acknowledgedBy), QVariant(i.resolvedAt), text(i.resolvedBy),
                              text(i.assignee), text(i.assigneePager), QVariant(i.escalationLevel),
                              QVariant(i.escalationSince), text(i.rootCauseUrl), QVariant(i.id)})
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning("incident update failed: %s", qPrintable(q.lastError().text()));
        return false;
    }
    OpsDatabase::notifyChange(m_db, QStringLiteral("incident"), QString::number(i.id));
    return true;
}

std::optional<IncidentEvent> IncidentService::recordEvent(qint64 incidentId, const QString &kind,
                                                          const QString &message, const QJsonObject &data,
                                                          TimestampMs at)
{
    auto e = addEvent(incidentId, kind, message, data, at);
    if (e)
        Q_EMIT eventAdded(*e);
    return e;
}

std::optional<IncidentEvent> IncidentService::addEvent(qint64 incidentId, const QString &kind, const QString &message,
                                                       const QJsonObject &data, TimestampMs at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO incident_events(incident_id, at, kind, message, data) VALUES(?, ?, ?, ?, ?) "
                             "RETURNING id"));
    q.addBindValue(incidentId);
    q.addBindValue(at);
    q.addBindValue(kind);
    q.addBindValue(text(message));
    q.addBindValue(QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact)));
    if (!q.exec()) {
        qWarning("event insert failed: %s", qPrintable(q.lastError().text()));
        return std::nullopt;
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    OpsDatabase::notifyChange(m_db, QStringLiteral("event"), QStringLiteral("%1 %2").arg(incidentId).arg(id));
    return IncidentEvent{id, incidentId, at, kind, message, data};
}

std::vector<Incident> IncidentService::incidents(bool openOnly, int limit) const
{
    std::vector<Incident> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM incidents %2 ORDER BY id DESC LIMIT ?")
                  .arg(kColumns, openOnly ? QStringLiteral("WHERE state != 'resolved'") : QString()));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.push_back(incidentFrom(q));
    return out;
}

std::optional<Incident> IncidentService::incident(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return incidentFrom(q);
}

std::optional<IncidentEvent> IncidentService::event(qint64 eventId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, incident_id, at, kind, message, data FROM incident_events WHERE id = ?"));
    q.addBindValue(eventId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return eventFrom(q);
}

std::vector<IncidentEvent> IncidentService::events(qint64 incidentId) const
{
    std::vector<IncidentEvent> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, incident_id, at, kind, message, data FROM incident_events "
                             "WHERE incident_id = ? ORDER BY id"));
    q.addBindValue(incidentId);
    if (q.exec())
        while (q.next())
            out.push_back(eventFrom(q));
    return out;
}

std::vector<IncidentEvent> IncidentService::eventsAfter(qint64 afterId, int limit) const
{
    std::vector<IncidentEvent> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, incident_id, at, kind, message, data FROM incident_events "
                             "WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.push_back(eventFrom(q));
    return out;
}

qint64 IncidentService::lastEventId() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM incident_events")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace hms
