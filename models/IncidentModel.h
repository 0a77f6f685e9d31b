// The incident desk's table: one row per hms::Incident, coloured by state so that a firing
// incident reads red from across the room. Live data arrives incrementally through upsert().
#pragma once

#include "incidents/Incident.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

#include <optional>
#include <vector>

class IncidentModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Columns { StateColumn, SeverityColumn, RuleColumn, ServiceColumn, ValueColumn, AssigneeColumn, OpenedColumn, ColumnCount };
    enum Roles {
        IncidentIdRole = Qt::UserRole, // qint64
        StateRole,                     // int(hms::Incident::State)
        SeverityRole,                  // QString: critical | warning | info
        SortRole,                      // per column: a value that sorts naturally (numbers, times, ranks)
    };

    explicit IncidentModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Background of a row in `state`; the text colour is stateTextColor().
    static QColor stateColor(hms::Incident::State state);
    static QColor stateTextColor(hms::Incident::State state);
    // Localised short state name shown in the State column ("FIRING", ...).
    static QString stateLabel(hms::Incident::State state);
    // A value as the desk shows it: "1,570", "0.25".
    static QString formatValue(double value);
    // 0 critical, 1 warning, 2 info, 3 anything else: lower is more urgent.
    static int severityRank(const QString &severity);

    std::optional<hms::Incident> incidentAt(int row) const;
    const hms::Incident *incidentRef(int row) const; // valid until the model changes; null when out of range
    QStringList services() const;  // distinct, sorted
    QStringList assignees() const; // distinct non-empty, sorted
    int rowOfId(qint64 id) const; // -1 when absent
    int countInState(hms::Incident::State state) const;

public Q_SLOTS:
    // Replaces everything (initial load only).
    void setIncidents(const std::vector<hms::Incident> &incidents);
    // Inserts a new incident or updates the row of an existing one, never resetting.
    void upsert(const hms::Incident &incident);
    // Many at once (a storm): one insertion for all new rows, one change for the rest, so views
    // and proxies do their work once per batch instead of once per incident.
    void upsertMany(const std::vector<hms::Incident> &incidents);

private:
    QVariant displayData(const hms::Incident &incident, int column) const;
    QVariant sortData(const hms::Incident &incident, int column) const;

    std::vector<hms::Incident> m_incidents;
    QHash<qint64, int> m_rowById;
};
