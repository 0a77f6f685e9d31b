#include "NotificationsDialog.h"

#include "Engine.h"
#include "notify/Outbox.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

NotificationsDialog::NotificationsDialog(hms::Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_table(new QTableWidget(0, 7, this))
    , m_retry(new QPushButton(tr("&Retry"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("notificationsDialog"));
    setWindowTitle(tr("Notifications"));
    m_table->setObjectName(QStringLiteral("notificationsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("#"), tr("Incident"), tr("Channel"), tr("State"), tr("Attempts"), tr("Queued"), tr("Last error")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_retry->setObjectName(QStringLiteral("retryNotification"));
    m_retry->setToolTip(tr("Send the selected dead letter again"));
    m_retry->setEnabled(false);
    auto *status = new QLabel(this);
    status->setObjectName(QStringLiteral("notificationsStatus"));
    auto *close = new QPushButton(tr("&Close"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_retry);
    row->addWidget(status, 1);
    row->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        m_retry->setEnabled(!rows.isEmpty()
                            && m_table->item(rows.first().row(), 3)->data(Qt::UserRole).toInt()
                                   == int(hms::OutboxMessage::State::Dead));
    });
    connect(m_retry, &QPushButton::clicked, this, [this, status] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const qint64 id = m_table->item(rows.first().row(), 0)->data(Qt::UserRole).toLongLong();
        m_engine.runOnOps(
            this, [id](hms::OpsCore &ops) { return ops.outbox().retry(id); },
            [this, status, id](const QString &problem) {
                status->setText(problem.isEmpty() ? tr("#%1 is being sent again").arg(id) : problem);
                refresh();
            });
    });
    connect(m_timer, &QTimer::timeout, this, &NotificationsDialog::refresh);
    m_timer->start(2000);
    resize(1100, 420);
    refresh();
}

void NotificationsDialog::refresh()
{
    m_engine.runOnOps(
        this, [](hms::OpsCore &ops) { return ops.outbox().messages(500); },
        [this](const std::vector<hms::OutboxMessage> &messages) {
            const auto selected = m_table->selectionModel()->selectedRows();
            const qint64 keep = selected.isEmpty() ? 0 : m_table->item(selected.first().row(), 0)->data(Qt::UserRole).toLongLong();
            m_table->setRowCount(int(messages.size()));
            for (int i = 0; i < int(messages.size()); ++i) {
                const hms::OutboxMessage &m = messages[size_t(i)];
                const QString state = m.state == hms::OutboxMessage::State::Dead      ? tr("dead letter")
                                      : m.state == hms::OutboxMessage::State::Sent    ? tr("sent")
                                      : m.state == hms::OutboxMessage::State::Sending ? tr("sending")
                                                                                      : tr("pending");
                const QStringList cells{QString::number(m.id),
                                        QStringLiteral("#%1").arg(m.incidentId),
                                        m.channel,
                                        state,
                                        QString::number(m.attempts),
                                        QDateTime::fromMSecsSinceEpoch(m.createdAt).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                        m.lastError};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells[c]);
                    if (c == 0)
                        item->setData(Qt::UserRole, m.id);
                    if (c == 3) {
                        item->setData(Qt::UserRole, int(m.state));
                        if (m.state == hms::OutboxMessage::State::Dead)
                            item->setForeground(QColor(0xb7, 0x1c, 0x1c));
                    }
                    m_table->setItem(i, c, item);
                }
                if (m.id == keep)
                    m_table->selectRow(i);
            }
            m_table->resizeColumnsToContents();
        });
}
