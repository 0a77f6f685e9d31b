// trace_id drill-down: every retained sample that carries a trace_id (with its series) and every
// incident whose firing carried it. Opened from an incident's traces or a chart's exemplar dot.
#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace hms {
class Engine;
}

class TraceDialog final : public QDialog {
    Q_OBJECT
public:
    TraceDialog(hms::Engine &engine, const QString &traceId, QWidget *parent = nullptr);
    QTableWidget *samples() const { return m_samples; }
    QTableWidget *incidents() const { return m_incidents; }

Q_SIGNALS:
    void loaded();
    void incidentChosen(qint64 id);

private:
    QLabel *m_heading;
    QTableWidget *m_samples;
    QTableWidget *m_incidents;
};
