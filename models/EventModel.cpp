#include "EventModel.h"

#include <QDateTime>

#include <algorithm>

using hms::IncidentEvent;

namespace {
bool byId(const IncidentEvent &a, const IncidentEvent &b)
{
    return a.id < b.id;
}
} // namespace

EventModel::EventModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentEvent &event = m_events[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole: {
        const QString time = QDateTime::fromMSecsSinceEpoch(event.at).toString(QStringLiteral("HH:mm:ss"));
        return QString(time % u"  " % event.message);
    }
    case Qt::ToolTipRole:
        return QString(QDateTime::fromMSecsSinceEpoch(event.at).toString(Qt::ISODateWithMs) % u"  " % event.kind);
    case EventIdRole:
        return event.id;
    case KindRole:
        return event.kind;
    case TimestampRole:
        return event.at;
    case MessageRole:
        return event.message;
    default:
        return {};
    }
}

void EventModel::setEvents(qint64 incidentId, const std::vector<IncidentEvent> &events)
{
    beginResetModel();
    m_incidentId = incidentId;
    m_events.clear();
    for (const IncidentEvent &event : events) {
        if (event.incidentId == incidentId)
            m_events.push_back(event);
    }
    std::stable_sort(m_events.begin(), m_events.end(), byId);
    m_events.erase(std::unique(m_events.begin(), m_events.end(),
                               [](const IncidentEvent &a, const IncidentEvent &b) { return a.id == b.id; }),
                   m_events.end());
    endResetModel();
}

void EventModel::append(const IncidentEvent &event)
{
    if (m_incidentId == 0 || event.incidentId != m_incidentId)
        return;
    const auto it = std::lower_bound(m_events.begin(), m_events.end(), event, byId);
    if (it != m_events.end() && it->id == event.id)
        return; // already loaded by the snapshot
    const int row = static_cast<int>(it - m_events.begin());
    beginInsertRows({}, row, row);
    m_events.insert(m_events.begin() + row, event);
    endInsertRows();
}

void EventModel::clear()
{
    if (m_events.empty() && m_incidentId == 0)
        return;
    beginResetModel();
    m_incidentId = 0;
    m_events.clear();
    endResetModel();
}
