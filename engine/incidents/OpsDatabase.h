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
    static constexpr int kLatestVersion = 5;
};

} // namespace hms
