// Saved dashboards in ops.db, every version kept (who saved it, when). Lives on the ops thread.
// A save names the version it was edited from; when someone saved a newer one meanwhile, the
// save is refused as a conflict and nothing is overwritten.
#pragma once

#include "dash/Dashboard.h"

#include <QObject>
#include <QSqlDatabase>

namespace hms {

struct StoredDashboard {
    Dashboard dashboard;
    int version = 0;
    TimestampMs savedAt = 0;
    QString savedBy;
};

struct DashboardSave {
    QString name;     // the dashboard's
    int version = 0;  // the new version; 0 when refused
    QString error;    // what was wrong (parse error naming file and field), or the conflict
    bool conflict = false;
};

class DashboardStore : public QObject {
    Q_OBJECT
public:
    explicit DashboardStore(QSqlDatabase db, QObject *parent = nullptr);

    // Parses and stores `json` as the next version of the dashboard it names. `baseVersion`: the
    // version the editor started from (0: a new dashboard, which must not exist yet); nullopt:
    // no check (an import that replaces whatever is there).
    DashboardSave save(const QByteArray &json, const QString &fileName, const QString &by,
                       std::optional<int> baseVersion, TimestampMs at);
    DashboardSave save(const Dashboard &dashboard, const QString &by, std::optional<int> baseVersion, TimestampMs at);
    // The latest version, or `version` when > 0.
    std::optional<StoredDashboard> dashboard(const QString &name, int version = 0) const;
    std::vector<StoredDashboard> dashboards() const;        // latest of each, by name
    std::vector<StoredDashboard> versions(const QString &name) const; // newest first
    bool remove(const QString &name);                       // every version

Q_SIGNALS:
    void saved(const QString &name, int version);
    void removed(const QString &name);

private:
    std::vector<StoredDashboard> query(const QString &where, const QVariantList &binds) const;
    int latestVersion(const QString &name) const;

    QSqlDatabase m_db;
};

} // namespace hms
