// The incident desk's sort and filter proxy over IncidentModel: state, severity, service,
// assignee, when it opened, and free text (rule, service, metric, assignee, label values, "#id").
// Sorting follows IncidentModel::SortRole with the id as tie-breaker, so equal keys keep a stable
// newest-first order.
#pragma once

#include "core/Types.h"

#include <QSortFilterProxyModel>

class IncidentModel;

class IncidentFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum StateFlag { Triggered = 1, Acknowledged = 2, Resolved = 4, Open = Triggered | Acknowledged, AnyState = 7 };
    enum SeverityFlag { Critical = 1, Warning = 2, Info = 4, OtherSeverity = 8, AnySeverity = 15 };
    static inline const QString kUnassigned = QStringLiteral("\x01unassigned");

    explicit IncidentFilterProxy(QObject *parent = nullptr);
    void setIncidentModel(IncidentModel *model);

    int states() const { return m_states; }
    void setStates(int flags);
    int severities() const { return m_severities; }
    void setSeverities(int flags);
    QString service() const { return m_service; }
    void setService(const QString &service);   // "" = any
    QString assignee() const { return m_assignee; }
    void setAssignee(const QString &assignee); // "" = any, kUnassigned = nobody
    // Opened in [from, to]; 0 = unbounded on that side.
    void setOpenedRange(hms::TimestampMs from, hms::TimestampMs to);
    hms::TimestampMs openedFrom() const { return m_from; }
    hms::TimestampMs openedTo() const { return m_to; }
    QString text() const { return m_text; }
    void setText(const QString &text);         // case-insensitive, every word must match

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    IncidentModel *m_model = nullptr;
    int m_states = Open;
    int m_severities = AnySeverity;
    QString m_service;
    QString m_assignee;
    hms::TimestampMs m_from = 0;
    hms::TimestampMs m_to = 0;
    QString m_text;
    QStringList m_words;
};
