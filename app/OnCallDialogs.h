// The SLO board (error budget left, burn rates, which burn-rate alerts fire) and the on-call
// board (who is on call now or at any moment, in which layer, until when, and the next handoffs).
#pragma once

#include <QDialog>

class QDateTimeEdit;
class QTableWidget;
class QTimer;

namespace hms {
class Engine;
}

class SlosDialog : public QDialog {
    Q_OBJECT
public:
    explicit SlosDialog(hms::Engine &engine, QWidget *parent = nullptr);
    void refresh();

private:
    hms::Engine &m_engine;
    QTableWidget *m_table;
    QTimer *m_timer;
};

class OnCallDialog : public QDialog {
    Q_OBJECT
public:
    explicit OnCallDialog(hms::Engine &engine, QWidget *parent = nullptr);
    void refresh();

private:
    hms::Engine &m_engine;
    QDateTimeEdit *m_at;
    QTableWidget *m_table;
};
