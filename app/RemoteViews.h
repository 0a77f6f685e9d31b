// The desktop's view of what lies beyond it (issue #8):
// - ExternalAlertsPanel: the alerts every configured Alertmanager holds, beside our own incidents,
//   with "Silence on Alertmanager…" (matching the alert's identifying labels) and "Expire silence".
// - SourcesIndicator: one line in the status bar, "Sources: 3 ok · 1 failing · evaluating here";
//   clicking it opens SourcesDialog, every source's state, latency, last success and last error.
#pragma once

#include "remote/AlertmanagerApi.h"

#include <QDialog>
#include <QLabel>
#include <QWidget>

#include <vector>

class QPushButton;
class QTableWidget;

namespace hms {
class Engine;
}

class ExternalAlertsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ExternalAlertsPanel(hms::Engine &engine, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // The alert on the current row, if any.
    const hms::ExternalAlert *currentAlert() const;
    void refresh();

Q_SIGNALS:
    void message(const QString &text); // for the status bar

private:
    void silenceCurrent();
    void expireCurrent();

    hms::Engine &m_engine;
    QLabel *m_title;
    QTableWidget *m_table;
    QPushButton *m_silence;
    QPushButton *m_expire;
    std::vector<hms::ExternalAlert> m_alerts; // in row order
};

// Chooses matchers (identifying labels ticked), a duration and a comment for a silence on the
// alert's Alertmanager.
class AlertmanagerSilenceDialog final : public QDialog {
    Q_OBJECT
public:
    AlertmanagerSilenceDialog(const hms::ExternalAlert &alert, const QStringList &identity, QWidget *parent = nullptr);
    hms::Labels matchers() const;
    qint64 durationMs() const;
    QString comment() const;

private:
    QTableWidget *m_labels;
    class QComboBox *m_duration;
    class QLineEdit *m_comment;
    QPushButton *m_ok;
};

class SourcesDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SourcesDialog(hms::Engine &engine, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    void refresh();

private:
    hms::Engine &m_engine;
    QLabel *m_evaluator;
    QTableWidget *m_table;
};

class SourcesIndicator final : public QLabel {
    Q_OBJECT
public:
    explicit SourcesIndicator(hms::Engine &engine, QWidget *parent = nullptr);
    void refresh();

protected:
    void mousePressEvent(class QMouseEvent *event) override;

private:
    hms::Engine &m_engine;
};
