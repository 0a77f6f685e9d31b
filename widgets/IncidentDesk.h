// The incident desk: a large, high-contrast table of incidents, newest first, with a banner that
// counts what is firing, a filter bar (state, severity, service, assignee, when opened, free
// text) and bulk acknowledgement of the selected rows.
#pragma once

#include "core/Types.h"

#include <QWidget>

#include <vector>

class IncidentModel;
class IncidentFilterProxy;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

class IncidentDesk final : public QWidget {
    Q_OBJECT
public:
    // The "Opened" choices of the filter bar.
    enum class Range { Any, LastHour, Last24Hours, Last7Days, Last30Days, Custom };

    explicit IncidentDesk(IncidentModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const;
    IncidentFilterProxy *filter() const { return m_proxy; }
    qint64 selectedIncidentId() const; // the current row when selected; 0 when none
    std::vector<qint64> selectedIncidentIds() const; // every selected row, in view order
    bool showResolved() const;
    void setShowResolved(bool show);   // state filter "All" or "Open"
    bool selectIncident(qint64 id);    // false when the incident is not shown
    void setRange(Range range, hms::TimestampMs customFrom = 0, hms::TimestampMs customTo = 0);
    void setSearchText(const QString &text);

Q_SIGNALS:
    void incidentSelected(qint64 id);
    void selectionCleared();
    void bulkAcknowledgeRequested(const std::vector<qint64> &ids);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // row height follows the table's font

private:
    void onCurrentChanged(const QModelIndex &current);
    void updateBanner();
    void updateChoices();   // the service and assignee lists follow the incidents
    void applyRange();      // relative ranges move with the clock
    void updateBulkButton();

    IncidentModel *m_model;                 // not owned
    IncidentFilterProxy *m_proxy;           // owned by this (Qt parent)
    QTableView *m_view;                     // owned by this
    QLabel *m_banner;                       // owned by this
    QComboBox *m_state;
    QComboBox *m_severity;
    QComboBox *m_service;
    QComboBox *m_assignee;
    QComboBox *m_range;
    QDateTimeEdit *m_customFrom;
    QDateTimeEdit *m_customTo;
    QLineEdit *m_search;
    QPushButton *m_bulkAck;
    QTimer *m_choicesTimer;
    QTimer *m_rangeTimer;
    qint64 m_lastSelected = 0;
};
