// The blameless RCA form of one incident: summary, the computed impact (duration, SLO budget
// burned), the timeline pre-filled from the incident's events (editable, key moments starred),
// contributing factors, what went well, learnings, action items (owner, due date, link) and the
// status draft / in review / published. Saves are versioned (a concurrent save is a conflict);
// Export writes Markdown, HTML or PDF with the incident window's charts.
#pragma once

#include "incidents/Rca.h"
#include "rules/Rule.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace hms {
class Engine;
}

class RcaDialog final : public QDialog {
    Q_OBJECT
public:
    RcaDialog(hms::Engine &engine, qint64 incidentId, QWidget *parent = nullptr);

    qint64 incidentId() const { return m_incidentId; }
    hms::Rca rca() const; // what the form holds now
    void setRca(const hms::Rca &rca);
    const hms::RcaImpact &impact() const { return m_impact; }
    const hms::Incident &incident() const { return m_incident; }
    const std::vector<hms::Rule> &rules() const { return m_rules; }
    void save();
    // Writes the export without asking for a file name (tests, scripts). Returns the error or "".
    QString exportTo(int format, const QString &path); // format: RcaFormat
    QString lastMessage() const;
    QTableWidget *timelineTable() const { return m_timeline; }
    QTableWidget *actionTable() const { return m_actions; }

Q_SIGNALS:
    void loaded();
    void saved(int version);
    void failed(const QString &message);

private:
    void load();
    void showImpact();
    void addTimelineRow(const hms::RcaTimelineEntry &entry);
    void addActionRow(const hms::RcaActionItem &item);
    void exportAs(int format);
    void setMessage(const QString &text, bool error);

    hms::Engine &m_engine;
    qint64 m_incidentId;
    hms::Incident m_incident;
    hms::RcaImpact m_impact;
    std::vector<hms::Rule> m_rules;
    int m_base = 0;
    QLabel *m_heading;
    QComboBox *m_status;
    QPlainTextEdit *m_summary;
    QLabel *m_impactLabel;
    QTableWidget *m_timeline;
    QPlainTextEdit *m_factors;
    QPlainTextEdit *m_wentWell;
    QPlainTextEdit *m_learnings;
    QTableWidget *m_actions;
    QLabel *m_message;
    QPushButton *m_save;
};
