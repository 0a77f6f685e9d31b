// Small helpers the app's windows share.
#pragma once

#include <QString>

class QTableWidget;

namespace app {
// Who is acting, for timelines and version histories: $USER, else `fallback`.
QString currentUser(const QString &fallback = QStringLiteral("operator"));
// Removes the selected rows of a table (bottom up, so indexes stay valid).
void removeSelectedRows(QTableWidget *table);
// The operations-room theme (resources/theme/ops.qss: dark, large type) on the whole application.
void applyOpsTheme();
} // namespace app
