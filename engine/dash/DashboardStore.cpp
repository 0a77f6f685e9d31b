#include "dash/DashboardStore.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace hms {

DashboardStore::DashboardStore(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
}

int DashboardStore::latestVersion(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MAX(version) FROM dashboard_versions WHERE name = ?"));
    q.addBindValue(name);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

DashboardSave DashboardStore::save(const QByteArray &json, const QString &fileName, const QString &by,
                                   std::optional<int> baseVersion, TimestampMs at)
{
    DashboardParseResult parsed = parseDashboard(json, fileName);
    if (!parsed.dashboard)
        return DashboardSave{QString(), 0, parsed.error, false};
    return save(*parsed.dashboard, by, baseVersion, at);
}

DashboardSave DashboardStore::save(const Dashboard &dashboard, const QString &by, std::optional<int> baseVersion,
                                   TimestampMs at)
{
    DashboardSave result;
    result.name = dashboard.name;
    if (!m_db.transaction()) {
        result.error = tr("ops.db: %1").arg(m_db.lastError().text());
        return result;
    }
    const int latest = latestVersion(dashboard.name);
    if (baseVersion && *baseVersion != latest) {
        m_db.rollback();
        result.conflict = true;
        const auto current = this->dashboard(dashboard.name);
        result.error = *baseVersion == 0
            ? tr("dashboard %1 already exists (version %2); open it and save again, or import it to replace it")
                  .arg(dashboard.name)
                  .arg(latest)
            : tr("dashboard %1 was saved by %2 as version %3 after you opened version %4; reload it and apply your "
                 "changes again (nothing was overwritten)")
                  .arg(dashboard.name, current ? current->savedBy : QString())
                  .arg(latest)
                  .arg(*baseVersion);
        return result;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO dashboard_versions(name, version, json, saved_at, saved_by) VALUES(?, ?, ?, ?, ?)"));
    q.addBindValue(dashboard.name);
    q.addBindValue(latest + 1);
    q.addBindValue(QString::fromUtf8(QJsonDocument(dashboard.toJson()).toJson(QJsonDocument::Indented)));
    q.addBindValue(at);
    q.addBindValue(by.isEmpty() ? QStringLiteral("") : by);
    if (!q.exec() || !m_db.commit()) {
        result.error = tr("ops.db: %1").arg(q.lastError().isValid() ? q.lastError().text() : m_db.lastError().text());
        m_db.rollback();
        return result;
    }
    result.version = latest + 1;
    Q_EMIT saved(dashboard.name, result.version);
    return result;
}

std::vector<StoredDashboard> DashboardStore::query(const QString &where, const QVariantList &binds) const
{
    std::vector<StoredDashboard> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, version, json, saved_at, saved_by FROM dashboard_versions %1").arg(where));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qWarning("dashboards: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        // Stored rows were parsed when saved; a row this version cannot read (written by a
        // newer one, say) is reported and skipped, never half-shown.
        DashboardParseResult parsed = parseDashboard(q.value(2).toString().toUtf8(),
                                                     QStringLiteral("ops.db dashboard %1 v%2").arg(q.value(0).toString()).arg(q.value(1).toInt()));
        if (!parsed.dashboard) {
            qWarning("%s", qPrintable(parsed.error));
            continue;
        }
        out.push_back(StoredDashboard{std::move(*parsed.dashboard), q.value(1).toInt(), q.value(3).toLongLong(),
                                      q.value(4).toString()});
    }
    return out;
}

std::optional<StoredDashboard> DashboardStore::dashboard(const QString &name, int version) const
{
    std::vector<StoredDashboard> found = version > 0
        ? query(QStringLiteral("WHERE name = ? AND version = ?"), {name, version})
        : query(QStringLiteral("WHERE name = ? ORDER BY version DESC LIMIT 1"), {name});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<StoredDashboard> DashboardStore::dashboards() const
{
    return query(QStringLiteral("d WHERE version = (SELECT MAX(version) FROM dashboard_versions WHERE name = d.name) "
                                "ORDER BY name"),
                 {});
}

std::vector<StoredDashboard> DashboardStore::versions(const QString &name) const
{
    return query(QStringLiteral("WHERE name = ? ORDER BY version DESC"), {name});
}

bool DashboardStore::remove(const QString &name)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM dashboard_versions WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || q.numRowsAffected() == 0)
        return false;
    Q_EMIT removed(name);
    return true;
}

} // namespace hms
