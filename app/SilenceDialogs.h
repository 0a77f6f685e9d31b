// Silences in the window: the list (File → Alerts → Silences…) with New and Expire, and the
// editor, also opened by "Silence…" on an incident with the alert's identifying labels and
// "until this incident resolves" offered. Both talk to SilenceService on the ops thread through
// Engine::runOnOps; the service validates, the editor shows what it refused, field by field.
#pragma once

#include "core/Types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace hms {
class Engine;
}

class SilenceEditor : public QDialog {
    Q_OBJECT
public:
    // `incidentId` > 0 offers "until this incident resolves" (and checks it).
    SilenceEditor(hms::Engine &engine, const QString &matchers, qint64 incidentId, QWidget *parent = nullptr);

    QString createdId() const { return m_createdId; }

private:
    void submit();

    hms::Engine &m_engine;
    qint64 m_incidentId;
    QLineEdit *m_matchers;
    QDateTimeEdit *m_start;
    QComboBox *m_duration;
    QCheckBox *m_untilResolved;
    QLineEdit *m_author;
    QPlainTextEdit *m_comment;
    QLabel *m_errors;
    QPushButton *m_create;
    QString m_createdId;
};

class SilencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit SilencesDialog(hms::Engine &engine, QWidget *parent = nullptr);
    void refresh();

private:
    hms::Engine &m_engine;
    QCheckBox *m_showExpired;
    QTableWidget *m_table;
    QPushButton *m_expire;
};
