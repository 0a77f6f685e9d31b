// The notification outbox: every message pending, sent or dead-lettered, its channel, attempts
// and last error; a dead letter can be sent again.
#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;
class QTimer;

namespace hms {
class Engine;
}

class NotificationsDialog : public QDialog {
    Q_OBJECT
public:
    explicit NotificationsDialog(hms::Engine &engine, QWidget *parent = nullptr);
    void refresh();

private:
    hms::Engine &m_engine;
    QTableWidget *m_table;
    QPushButton *m_retry;
    QTimer *m_timer;
};
