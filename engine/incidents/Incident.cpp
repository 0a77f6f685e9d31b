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
    QJsonObject labelObject;
    for (const auto &[k, v] : labels)
        labelObject.insert(k, v);
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
    };
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

} // namespace hms
