#include "IncidentFilterProxy.h"

#include "IncidentModel.h"

using hms::Incident;

IncidentFilterProxy::IncidentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(IncidentModel::SortRole);
    setDynamicSortFilter(true);
}

void IncidentFilterProxy::setIncidentModel(IncidentModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void IncidentFilterProxy::setStates(int flags)
{
    if (flags == m_states)
        return;
    m_states = flags;
    invalidateRowsFilter();
}

void IncidentFilterProxy::setSeverities(int flags)
{
    if (flags == m_severities)
        return;
    m_severities = flags;
    invalidateRowsFilter();
}

void IncidentFilterProxy::setService(const QString &service)
{
    if (service == m_service)
        return;
    m_service = service;
    invalidateRowsFilter();
}

void IncidentFilterProxy::setAssignee(const QString &assignee)
{
    if (assignee == m_assignee)
        return;
    m_assignee = assignee;
    invalidateRowsFilter();
}

void IncidentFilterProxy::setOpenedRange(hms::TimestampMs from, hms::TimestampMs to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateRowsFilter();
}

void IncidentFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool IncidentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    const Incident *i = m_model->incidentRef(sourceRow);
    if (!i)
        return false;
    const int state = i->state == Incident::State::Triggered ? Triggered
        : i->state == Incident::State::Acknowledged          ? Acknowledged
                                                             : Resolved;
    if (!(m_states & state))
        return false;
    const int rank = IncidentModel::severityRank(i->severity); // 0 critical .. 3 other
    if (!(m_severities & (1 << rank)))
        return false;
    if (!m_service.isEmpty() && i->service != m_service)
        return false;
    if (!m_assignee.isEmpty() && (m_assignee == kUnassigned ? !i->assignee.isEmpty() : i->assignee != m_assignee))
        return false;
    if (m_from > 0 && i->openedAt < m_from)
        return false;
    if (m_to > 0 && i->openedAt > m_to)
        return false;
    for (const QString &word : m_words) {
        auto has = [&](const QString &field) { return field.contains(word, Qt::CaseInsensitive); };
        bool found = has(i->rule) || has(i->service) || has(i->metric) || has(i->assignee) || has(i->severity)
            || (word.startsWith(u'#') && word.mid(1) == QString::number(i->id));
        for (auto it = i->labels.begin(); !found && it != i->labels.end(); ++it)
            found = has(it->second);
        if (!found)
            return false;
    }
    return true;
}

bool IncidentFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(IncidentModel::SortRole);
    const QVariant r = right.data(IncidentModel::SortRole);
    const auto order = QVariant::compare(l, r);
    if (order != QPartialOrdering::Equivalent)
        return order == QPartialOrdering::Less;
    return left.data(IncidentModel::IncidentIdRole).toLongLong() < right.data(IncidentModel::IncidentIdRole).toLongLong();
}
