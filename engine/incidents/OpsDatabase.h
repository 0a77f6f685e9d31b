// ops.db: the operational SQLite database (WAL), its schema and migrations (PRAGMA user_version).
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace hms {

class OpsDatabase {
public:
    // Opens (creating if needed) `path` under a connection named `connectionName` in the calling
    // thread, sets WAL, foreign keys and a busy timeout, and migrates to the latest schema.
    // On failure returns an invalid database and sets *error.
    static QSqlDatabase open(const QString &path, const QString &connectionName, QString *error);
    static int schemaVersion(const QSqlDatabase &db);
    static constexpr int kLatestVersion = 7;
};

// Many small writes as one transaction: one WAL commit instead of one per row (a notification for
// a group of 5,000 alerts records 5,000 timeline entries). For plain inserts and updates only
// (IncidentService::recordEvent, Outbox::enqueue): inside a batch, a method that opens its own
// transaction would fail. Commits when it goes out of scope; inside another batch it does nothing.
class WriteBatch {
public:
    explicit WriteBatch(QSqlDatabase db);
    ~WriteBatch();
    WriteBatch(const WriteBatch &) = delete;
    WriteBatch &operator=(const WriteBatch &) = delete;

private:
    QSqlDatabase m_db;
    bool m_owner = false;
};

} // namespace hms
