#include "AppSupport.h"

#include <QApplication>
#include <QFile>

#include <QTableWidget>

#include <algorithm>

namespace app {

QString currentUser(const QString &fallback)
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? fallback : user;
}

void removeSelectedRows(QTableWidget *table)
{
    QList<int> rows;
    for (const QModelIndex &i : table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.rbegin(), rows.rend());
    for (int r : rows)
        table->removeRow(r);
}

void applyOpsTheme()
{
    QFile qss(QStringLiteral(":/theme/ops.qss"));
    if (qss.open(QIODevice::ReadOnly))
        qApp->setStyleSheet(QString::fromUtf8(qss.readAll()));
    else
        qWarning("the theme :/theme/ops.qss is missing");
}

} // namespace app
