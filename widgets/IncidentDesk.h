// The incident desk: a large, high-contrast table of incidents, newest first, with a banner that
// counts what is firing. Resolved incidents are hidden unless "Show resolved" is checked.
#pragma once

#include <QWidget>

class IncidentModel;
class QCheckBox;
class QLabel;
class QModelIndex;
class QSortFilterProxyModel;
class QTableView;

class IncidentDesk final : public QWidget {
    Q_OBJECT
public:
    explicit IncidentDesk(IncidentModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const;
    qint64 selectedIncidentId() const; // 0 when none
    bool showResolved() const;
    void setShowResolved(bool show);
    bool selectIncident(qint64 id);    // false when the incident is not shown

Q_SIGNALS:
    void incidentSelected(qint64 id);
    void selectionCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override; // row height follows the table's font

private:
    void onCurrentChanged(const QModelIndex &current);
    void updateBanner();

    IncidentModel *m_model;                 // not owned
    class ResolvedFilter *m_proxy;          // owned by this (Qt parent)
    QTableView *m_view;                     // owned by this
    QCheckBox *m_showResolved;              // owned by this
    QLabel *m_banner;                       // owned by this
    qint64 m_lastSelected = 0;
};
