// One incident in full: who, what, since when; Acknowledge / Resolve; its timeline and playbook.
// It shows data and asks for actions through signals; it never talks to the engine itself.
#pragma once

#include "incidents/Incident.h"
#include "incidents/Playbook.h"

#include <QWidget>

#include <optional>
#include <vector>

class EventModel;
class MarkdownView;
class QFormLayout;
class QLabel;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QTabWidget;

class IncidentDetail final : public QWidget {
    Q_OBJECT
public:
    explicit IncidentDetail(QWidget *parent = nullptr);

    void setIncident(const hms::Incident &incident);
    void clear();
    void setEvents(qint64 id, const std::vector<hms::IncidentEvent> &events);
    void appendEvent(const hms::IncidentEvent &event); // ignored unless it belongs to the incident shown
    void setPlaybook(const std::optional<hms::Playbook> &playbook);
    // Puts a checklist step back (a tick the engine refused).
    void resetChecklistItem(int index, bool done);

    qint64 incidentId() const { return m_incident ? m_incident->id : 0; }
    const std::optional<hms::Incident> &incident() const { return m_incident; }
    EventModel *eventModel() const { return m_events; }
    MarkdownView *playbookView() const { return m_playbook; }
    QListWidget *checklist() const { return m_checklist; }
    QStringList traceIds() const { return m_traceIds; } // from the incident's fired event

Q_SIGNALS:
    void acknowledgeRequested(qint64 id);
    void resolveRequested(qint64 id);
    void silenceRequested(qint64 id);
    void reassignRequested(qint64 id);
    void escalateRequested(qint64 id);
    void linkActivated(const QUrl &url);
    void commentRequested(qint64 id);
    void rootCauseRequested(qint64 id);
    void rcaRequested(qint64 id);
    void traceRequested(const QString &traceId);
    // A checklist step was ticked (done) or unticked by the operator.
    void stepToggled(qint64 id, int index, const QString &text, bool done);

private:
    void updateActions();
    void applyEventToChecklist(const hms::IncidentEvent &event);
    void updateTraces(const std::vector<hms::IncidentEvent> &events);
    static QString formatTime(hms::TimestampMs t);

    std::optional<hms::Incident> m_incident;
    bool m_actionPending = false; // a request is in flight: no double submissions
    QLabel *m_title;          // all owned through the layout's parent (this)
    QLabel *m_stateBadge;
    QLabel *m_service;
    QLabel *m_severity;
    QLabel *m_value;
    QLabel *m_assignee;
    QLabel *m_opened;
    QLabel *m_acknowledged;
    QLabel *m_resolved;
    QPushButton *m_ackButton;
    QPushButton *m_resolveButton;
    QPushButton *m_silenceButton;
    QPushButton *m_reassignButton;
    QPushButton *m_escalateButton;
    QPushButton *m_commentButton;
    QPushButton *m_rootCauseButton;
    QPushButton *m_rcaButton;
    QFormLayout *m_form = nullptr;
    QLabel *m_rootCause;
    QLabel *m_traces;
    QStringList m_traceIds;
    QTabWidget *m_playbookTabs;
    QListWidget *m_checklist;
    bool m_fillingChecklist = false;
    EventModel *m_events;
    QListView *m_timeline;
    MarkdownView *m_playbook;
};
