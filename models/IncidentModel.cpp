#include "IncidentModel.h"

#include "Icons.h"

#include <QSet>
#include <map>

#include <QDateTime>
#include <QFont>
#include <QLocale>

#include <algorithm>
#include <cmath>

using hms::Incident;

IncidentModel::IncidentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int IncidentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_incidents.size());
}

int IncidentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor IncidentModel::stateColor(Incident::State state)
{
    switch (state) {
    case Incident::State::Triggered:
        return QColor(0xb7, 0x1c, 0x1c); // #b71c1c: firing red
    case Incident::State::Acknowledged:
        return QColor(0xf9, 0xa8, 0x25); // #f9a825: amber
    case Incident::State::Resolved:
        break;
    }
    return QColor(0x37, 0x47, 0x4f); // #37474f: muted
}

QColor IncidentModel::stateTextColor(Incident::State state)
{
    switch (state) {
    case Incident::State::Triggered:
        return QColor(Qt::white);
    case Incident::State::Acknowledged:
        return QColor(Qt::black);
    case Incident::State::Resolved:
        break;
    }
    return QColor(0xcf, 0xd8, 0xdc); // #cfd8dc
}

QString IncidentModel::stateLabel(Incident::State state)
{
    switch (state) {
    case Incident::State::Triggered:
        return tr("FIRING");
    case Incident::State::Acknowledged:
        return tr("ACKNOWLEDGED");
    case Incident::State::Resolved:
        break;
    }
    return tr("RESOLVED");
}

int IncidentModel::severityRank(const QString &severity)
{
    if (severity == u"critical")
        return 0;
    if (severity == u"warning")
        return 1;
    if (severity == u"info")
        return 2;
    return 3;
}

QString IncidentModel::formatValue(double value)
{
    // Big numbers without decimals ("1,570"), small ones with up to four significant digits.
    if (std::abs(value) >= 100.0)
        return QLocale().toString(value, 'f', 0);
    return QLocale().toString(value, 'g', 4);
}

QVariant IncidentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case ServiceColumn:
        return tr("Service");
    case ValueColumn:
        return tr("Value");
    case AssigneeColumn:
        return tr("Assignee");
    case OpenedColumn:
        return tr("Opened");
    default:
        return {};
    }
}

QVariant IncidentModel::displayData(const Incident &incident, int column) const
{
    switch (column) {
    case StateColumn:
        return stateLabel(incident.state);
    case SeverityColumn:
        return incident.severity;
    case RuleColumn:
        return incident.rule;
    case ServiceColumn:
        return incident.service;
    case ValueColumn: // the threshold is in the tooltip and the detail pane: the rule name needs the room
        return formatValue(incident.value);
    case AssigneeColumn:
        return incident.assignee.isEmpty() ? tr("unassigned") : incident.assignee;
    case OpenedColumn: {
        const QDateTime opened = QDateTime::fromMSecsSinceEpoch(incident.openedAt);
        const bool today = opened.date() == QDate::currentDate();
        return opened.toString(today ? QStringLiteral("HH:mm:ss") : QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    default:
        return {};
    }
}

QVariant IncidentModel::sortData(const Incident &incident, int column) const
{
    switch (column) {
    case StateColumn:
        return static_cast<int>(incident.state); // triggered < acknowledged < resolved
    case SeverityColumn:
        return severityRank(incident.severity);
    case RuleColumn:
        return incident.rule;
    case ServiceColumn:
        return incident.service;
    case ValueColumn:
        return incident.value;
    case AssigneeColumn:
        return incident.assignee;
    case OpenedColumn:
        return incident.openedAt; // ties are broken by the proxy on the id
    default:
        return {};
    }
}

QVariant IncidentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Incident &incident = m_incidents[static_cast<size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(incident, index.column());
    case Qt::ToolTipRole:
        return tr("%1 on %2: %3 %4 (threshold %5)")
            .arg(incident.rule, incident.service, incident.aggregate, formatValue(incident.value),
                 incident.threshold);
    case Qt::DecorationRole:
        // The severity's shape (octagon, triangle, circle) as well as its word: it reads without
        // colour and from across the room.
        if (index.column() == SeverityColumn)
            return hms::severityIcon(incident.severity);
        return {};
    case Qt::BackgroundRole:
        return stateColor(incident.state);
    case Qt::ForegroundRole:
        return stateTextColor(incident.state);
    case Qt::FontRole:
        if (incident.state == Incident::State::Triggered) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue<Qt::Alignment>(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IncidentIdRole:
        return incident.id;
    case StateRole:
        return static_cast<int>(incident.state);
    case SeverityRole:
        return incident.severity;
    case SortRole:
        return sortData(incident, index.column());
    default:
        return {};
    }
}

const Incident *IncidentModel::incidentRef(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return &m_incidents[static_cast<size_t>(row)];
}

QStringList IncidentModel::services() const
{
    QStringList out;
    for (const Incident &i : m_incidents)
        out << i.service;
    out.removeDuplicates();
    out.sort();
    return out;
}

QStringList IncidentModel::assignees() const
{
    QStringList out;
    for (const Incident &i : m_incidents)
        if (!i.assignee.isEmpty())
            out << i.assignee;
    out.removeDuplicates();
    out.sort();
    return out;
}

std::optional<Incident> IncidentModel::incidentAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return std::nullopt;
    return m_incidents[static_cast<size_t>(row)];
}

int IncidentModel::rowOfId(qint64 id) const
{
    return m_rowById.value(id, -1);
}

int IncidentModel::countInState(Incident::State state) const
{
    return static_cast<int>(
        std::count_if(m_incidents.begin(), m_incidents.end(), [state](const Incident &i) { return i.state == state; }));
}

void IncidentModel::setIncidents(const std::vector<Incident> &incidents)
{
    beginResetModel();
    m_incidents.clear();
    m_rowById.clear();
    m_incidents.reserve(incidents.size());
    for (const Incident &incident : incidents) {
        if (m_rowById.contains(incident.id))
            continue; // a snapshot never lists an id twice; be defensive anyway
        m_rowById.insert(incident.id, static_cast<int>(m_incidents.size()));
        m_incidents.push_back(incident);
    }
    endResetModel();
}

void IncidentModel::upsertMany(const std::vector<Incident> &incidents)
{
    std::vector<const Incident *> added;
    int firstChanged = -1, lastChanged = -1;
    QSet<qint64> addedIds;
    for (const Incident &incident : incidents) {
        const int row = rowOfId(incident.id);
        if (row < 0) {
            if (!addedIds.contains(incident.id)) {
                addedIds.insert(incident.id);
                added.push_back(&incident);
            }
            continue;
        }
        m_incidents[static_cast<size_t>(row)] = incident;
        firstChanged = firstChanged < 0 ? row : std::min(firstChanged, row);
        lastChanged = std::max(lastChanged, row);
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    if (added.empty())
        return;
    // The last version of each new incident in the batch wins.
    std::map<qint64, const Incident *> latest;
    for (const Incident &incident : incidents)
        if (addedIds.contains(incident.id))
            latest[incident.id] = &incident;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(latest.size()) - 1);
    for (const auto &[id, incident] : latest) {
        m_rowById.insert(id, static_cast<int>(m_incidents.size()));
        m_incidents.push_back(*incident);
    }
    endInsertRows();
}

void IncidentModel::upsert(const Incident &incident)
{
    const int row = rowOfId(incident.id);
    if (row < 0) {
        const int newRow = rowCount();
        beginInsertRows({}, newRow, newRow);
        m_incidents.push_back(incident);
        m_rowById.insert(incident.id, newRow);
        endInsertRows();
        return;
    }
    m_incidents[static_cast<size_t>(row)] = incident;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
