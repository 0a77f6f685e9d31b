#include "incidents/Incident.h"

#include <QDateTime>

namespace hms {

QString incidentStateName(Incident::State s)
{
    switch (s) {
    case Incident::State::Triggered:
        return QStringLiteral("triggered");
    case Incident::State::Acknowledged:
        return QStringLiteral("acknowledged");
    case Incident::State::Resolved:
        return QStringLiteral("resolved");
    }
    return {};
}

std::optional<Incident::State> incidentStateFromName(QStringView s)
{
    if (s == u"triggered")
        return Incident::State::Triggered;
    if (s == u"acknowledged")
        return Incident::State::Acknowledged;
    if (s == u"resolved")
        return Incident::State::Resolved;
    return std::nullopt;
}

namespace {
QJsonValue timeOrNull(TimestampMs t)
{
    if (t <= 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

QJsonObject Incident::toJson() const
{
    const QJsonObject labelObject = labelsObject(labels);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("fingerprint"), fingerprint},
        {QStringLiteral("rule"), rule},
        {QStringLiteral("service"), service},
        {QStringLiteral("severity"), severity},
        {QStringLiteral("state"), incidentStateName(state)},
        {QStringLiteral("metric"), metric},
        {QStringLiteral("aggregate"), aggregate},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("value"), value},
        {QStringLiteral("labels"), labelObject},
        {QStringLiteral("rotation"), rotation},
        {QStringLiteral("assignee"), assignee},
        {QStringLiteral("assignee_pager"), assigneePager},
        {QStringLiteral("playbook"), playbookId},
        {QStringLiteral("opened_at"), timeOrNull(openedAt)},
        {QStringLiteral("acknowledged_at"), timeOrNull(acknowledgedAt)},
        {QStringLiteral("acknowledged_by"), acknowledgedBy},
        {QStringLiteral("resolved_at"), timeOrNull(resolvedAt)},
        {QStringLiteral("resolved_by"), resolvedBy},
        {QStringLiteral("escalation_policy"), escalationPolicy},
        {QStringLiteral("escalation_level"), escalationLevel},
        {QStringLiteral("escalation_since_ms"), escalationSince},
        {QStringLiteral("root_cause_url"), rootCauseUrl},
    };
}

namespace {
TimestampMs timeFrom(const QJsonValue &v)
{
    if (!v.isString())
        return 0;
    const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}
} // namespace

Incident Incident::fromJson(const QJsonObject &o)
{
    Incident i;
    i.id = o.value(QStringLiteral("id")).toInteger();
    i.fingerprint = o.value(QStringLiteral("fingerprint")).toString();
    i.rule = o.value(QStringLiteral("rule")).toString();
    i.service = o.value(QStringLiteral("service")).toString();
    i.severity = o.value(QStringLiteral("severity")).toString();
    i.state = incidentStateFromName(o.value(QStringLiteral("state")).toString()).value_or(State::Triggered);
    i.metric = o.value(QStringLiteral("metric")).toString();
    i.aggregate = o.value(QStringLiteral("aggregate")).toString();
    i.threshold = o.value(QStringLiteral("threshold")).toString();
    i.value = o.value(QStringLiteral("value")).toDouble();
    i.labels = labelsFromObject(o.value(QStringLiteral("labels")).toObject());
    i.rotation = o.value(QStringLiteral("rotation")).toString();
    i.assignee = o.value(QStringLiteral("assignee")).toString();
    i.assigneePager = o.value(QStringLiteral("assignee_pager")).toString();
    i.playbookId = o.value(QStringLiteral("playbook")).toString();
    i.openedAt = timeFrom(o.value(QStringLiteral("opened_at")));
    i.acknowledgedAt = timeFrom(o.value(QStringLiteral("acknowledged_at")));
    i.acknowledgedBy = o.value(QStringLiteral("acknowledged_by")).toString();
    i.resolvedAt = timeFrom(o.value(QStringLiteral("resolved_at")));
    i.resolvedBy = o.value(QStringLiteral("resolved_by")).toString();
    i.escalationPolicy = o.value(QStringLiteral("escalation_policy")).toString();
    i.escalationLevel = o.value(QStringLiteral("escalation_level")).toInt();
    i.escalationSince = o.value(QStringLiteral("escalation_since_ms")).toInteger();
    i.rootCauseUrl = o.value(QStringLiteral("root_cause_url")).toString();
    return i;
}

QJsonObject IncidentEvent::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("incident_id"), incidentId},
        {QStringLiteral("at"), timeOrNull(at)},
        {QStringLiteral("at_ms"), at},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("message"), message},
        {QStringLiteral("data"), data},
    };
}

IncidentEvent IncidentEvent::fromJson(const QJsonObject &o)
{
    IncidentEvent e;
    e.id = o.value(QStringLiteral("id")).toInteger();
    e.incidentId = o.value(QStringLiteral("incident_id")).toInteger();
    e.at = o.value(QStringLiteral("at_ms")).toInteger();
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.message = o.value(QStringLiteral("message")).toString();
    e.data = o.value(QStringLiteral("data")).toObject();
    return e;
}

} // namespace hms
