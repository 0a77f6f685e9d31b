// IncidentService's operator commands beyond acknowledge/resolve/reassign/escalate (#7): bulk
// acknowledgement, comments, root-cause links, playbook checklist ticks, and trace_id lookups.
#include "incidents/IncidentService.h"
#include "incidents/OpsDatabase.h"

#include "incidents/Catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>

namespace hms {

std::map<qint64, QString> IncidentService::acknowledgeMany(const std::vector<qint64> &requested, const QString &by,
                                                          TimestampMs at)
{
    std::vector<qint64> ids; // each once, in the order asked
    for (qint64 id : requested)
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    std::map<qint64, QString> failed;
    std::vector<Incident> changed;
    std::vector<IncidentEvent> added;
    if (!m_db.transaction()) {
        for (qint64 id : ids)
            failed[id] = m_db.lastError().text();
        return failed;
    }
    for (qint64 id : ids) {
        auto inc = incident(id);
        if (!inc) {
            failed[id] = tr("no incident %1").arg(id);
            continue;
        }
        if (inc->state != Incident::State::Triggered) {
            failed[id] = tr("incident %1 is %2; only a triggered incident can be acknowledged")
                             .arg(id)
                             .arg(incidentStateName(inc->state));
            continue;
        }
        inc->state = Incident::State::Acknowledged;
        inc->acknowledgedAt = at;
        inc->acknowledgedBy = by;
        std::optional<IncidentEvent> e;
        if (storeIncident(*inc))
            e = addEvent(id, QStringLiteral("acknowledged"), tr("acknowledged by %1 (with %n others)", nullptr,
                                                                 int(ids.size()) - 1)
                                                              .arg(by),
                         {{QStringLiteral("by"), by}, {QStringLiteral("bulk"), true}}, at);
        if (!e) {
            m_db.rollback();
            for (qint64 other : ids)
                failed[other] = tr("could not store the acknowledgement: %1").arg(m_db.lastError().text());
            return failed;
        }
        changed.push_back(*inc);
        added.push_back(*e);
    }
    if (!m_db.commit()) {
        m_db.rollback();
        for (qint64 id : ids)
            failed[id] = tr("could not store the acknowledgement: %1").arg(m_db.lastError().text());
        return failed;
    }
    for (const Incident &inc : changed)
        Q_EMIT incidentChanged(inc);
    for (const IncidentEvent &e : added)
        Q_EMIT eventAdded(e);
    return failed;
}

QString IncidentService::comment(qint64 id, const QString &text, const QString &by, TimestampMs at)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return tr("comment: empty; write what you saw or did");
    if (body.size() > 10'000)
        return tr("comment: %1 characters, at most 10,000").arg(body.size());
    if (!incident(id))
        return tr("no incident %1").arg(id);
    if (!recordEvent(id, QStringLiteral("comment"), tr("%1: %2").arg(by, body),
                     {{QStringLiteral("by"), by}, {QStringLiteral("text"), body}}, at))
        return tr("could not store the comment: %1").arg(m_db.lastError().text());
    return {};
}

QString IncidentService::linkRootCause(qint64 id, const QString &url, const QString &by, TimestampMs at)
{
    auto inc = incident(id);
    if (!inc)
        return tr("no incident %1").arg(id);
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty()) {
        const QUrl parsed(trimmed, QUrl::StrictMode);
        if (!parsed.isValid())
            return tr("root-cause link: \"%1\" is not a valid URL: %2").arg(trimmed, parsed.errorString());
        if (parsed.scheme() != u"https" && parsed.scheme() != u"http")
            return tr("root-cause link: \"%1\" must start with https:// or http:// (a JIRA or GitHub issue)").arg(trimmed);
        if (parsed.host().isEmpty())
            return tr("root-cause link: \"%1\" has no host").arg(trimmed);
    }
    if (trimmed == inc->rootCauseUrl)
        return {};
    inc->rootCauseUrl = trimmed;
    if (!m_db.transaction())
        return m_db.lastError().text();
    std::optional<IncidentEvent> e;
    if (storeIncident(*inc))
        e = addEvent(id, QStringLiteral("root_cause"),
                     trimmed.isEmpty() ? tr("root-cause link removed by %1").arg(by)
                                       : tr("root cause linked by %1: %2").arg(by, trimmed),
                     {{QStringLiteral("by"), by}, {QStringLiteral("url"), trimmed}}, at);
    if (!e || !m_db.commit()) {
        m_db.rollback();
        return tr("could not store the link: %1").arg(m_db.lastError().text());
    }
    Q_EMIT incidentChanged(*inc);
    Q_EMIT eventAdded(*e);
    return {};
}

QString IncidentService::tickStep(qint64 id, int index, const QString &text, bool done, const QString &by,
                                  TimestampMs at)
{
    const auto inc = incident(id);
    if (!inc)
        return tr("no incident %1").arg(id);
    if (inc->state == Incident::State::Resolved)
        return tr("incident %1 is resolved; its checklist is closed").arg(id);
    const auto playbook = inc->playbookId.isEmpty() ? std::nullopt : m_catalog.playbook(inc->playbookId);
    if (!playbook)
        return tr("incident %1 has no playbook").arg(id);
    if (index < 0 || index >= playbook->steps.size())
        return tr("step %1: the playbook %2 has %3 steps").arg(index + 1).arg(inc->playbookId).arg(playbook->steps.size());
    const QString step = playbook->steps.at(index);
    if (!text.isEmpty() && text != step)
        return tr("step %1 now reads \"%2\"; the playbook changed since you saw it").arg(index + 1).arg(step);
    if (checklistState(events(id), playbook->steps)[index] == done)
        return {}; // already so: the timeline says it once
    if (!recordEvent(id, QStringLiteral("step"),
                     done ? tr("step %1 done by %2: %3").arg(index + 1).arg(by, step)
                          : tr("step %1 reopened by %2: %3").arg(index + 1).arg(by, step),
                     {{QStringLiteral("by"), by},
                      {QStringLiteral("step"), index},
                      {QStringLiteral("text"), step},
                      {QStringLiteral("done"), done},
                      {QStringLiteral("playbook"), inc->playbookId}},
                     at))
        return tr("could not store the step: %1").arg(m_db.lastError().text());
    return {};
}

std::map<int, bool> IncidentService::checklistState(const std::vector<IncidentEvent> &events, const QStringList &steps)
{
    std::map<int, bool> state;
    for (const IncidentEvent &e : events) {
        if (e.kind != u"step")
            continue;
        const int index = e.data.value(QStringLiteral("step")).toInt(-1);
        // A tick belongs to the step it was given for: after an edit of the playbook moved or
        // reworded steps, an old tick does not land on whatever step now has its number.
        if (index >= 0 && index < steps.size() && e.data.value(QStringLiteral("text")).toString() == steps.at(index))
            state[index] = e.data.value(QStringLiteral("done")).toBool();
    }
    return state;
}

std::vector<Incident> IncidentService::incidentsWithTrace(const QString &traceId) const
{
    std::vector<Incident> out;
    if (traceId.isEmpty())
        return out;
    // The id as a JSON string, so "abc" does not find "abcd".
    const QString needle = QString::fromUtf8(QJsonDocument(QJsonArray{traceId}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT DISTINCT incident_id FROM incident_events WHERE kind = 'fired' AND %1(data, ?) > 0 "
                             "ORDER BY incident_id DESC LIMIT 200")
                  .arg(OpsDatabase::isPostgres(m_db) ? QStringLiteral("strpos") : QStringLiteral("instr")));
    q.addBindValue(needle);
    std::vector<qint64> ids;
    if (q.exec())
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    for (qint64 id : ids)
        if (auto inc = incident(id))
            out.push_back(*inc);
    return out;
}

} // namespace hms

namespace hms {

void IncidentService::applyPeerChange(const QString &kind, qint64 incidentId, qint64 eventId, const QString &how)
{
    m_applyingPeer = true;
    if (kind == u"incident") {
        if (const auto inc = incident(incidentId)) {
            if (how == u"opened")
                Q_EMIT incidentOpened(*inc);
            else if (how == u"escalated")
                Q_EMIT incidentEscalated(*inc);
            else
                Q_EMIT incidentChanged(*inc);
        }
    } else if (kind == u"event") {
        if (const auto e = event(eventId))
            Q_EMIT eventAdded(*e);
    }
    m_applyingPeer = false;
}

} // namespace hms
