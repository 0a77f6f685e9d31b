// The timeline of one incident: its events in id order, shown as "HH:mm:ss  message".
#pragma once

#include "incidents/Incident.h"

#include <QAbstractListModel>

#include <vector>

class EventModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        EventIdRole = Qt::UserRole, // qint64
        KindRole,                   // QString: fired, assigned, acknowledged, ...
        TimestampRole,              // qint64 ms since the epoch
        MessageRole,                // QString, without the time
    };

    explicit EventModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    qint64 incidentId() const { return m_incidentId; }
    const hms::IncidentEvent *eventAt(int row) const
    {
        return row >= 0 && row < rowCount() ? &m_events[std::size_t(row)] : nullptr;
    }
    const std::vector<hms::IncidentEvent> &events() const { return m_events; }

public Q_SLOTS:
    // Shows the events of `incidentId` (a reset: a different incident is different data).
    void setEvents(qint64 incidentId, const std::vector<hms::IncidentEvent> &events);
    // Adds one live event; ignores events of other incidents and ids already shown.
    void append(const hms::IncidentEvent &event);
    void clear();

private:
    qint64 m_incidentId = 0;
    std::vector<hms::IncidentEvent> m_events; // sorted by id
};
