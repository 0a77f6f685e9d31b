#include "AppSupport.h"

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

} // namespace app
