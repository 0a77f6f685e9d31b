// The operational database: ops.db, SQLite in WAL mode (the embedded default), or a shared
// PostgreSQL database (QPSQL) for many workstations. One set of migrations serves both: written
// for SQLite, with the few type names that differ translated for PostgreSQL (postgresDdl). The
// schema version is PRAGMA user_version in SQLite and the table hms_schema_version in PostgreSQL.
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace hms {

// Where the operational database lives: a file path, or a PostgreSQL server named by a URL
// postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=MODE]. The password never comes from the URL
// (one there is refused); it is read from the keychain (secret "ops-db").
struct OpsLocation {
    QString path; // SQLite
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QString sslMode;
    QString password; // filled in from the keychain, never parsed
    bool isPostgres() const { return path.isEmpty(); }
    QString display() const; // the path, or the URL without a password
    static std::optional<OpsLocation> parse(const QString &text, QString *error);
};

class OpsDatabase {
public:
    static QSqlDatabase open(const OpsLocation &where, const QString &connectionName, QString *error);
    // Opens (creating if needed) `path` under a connection named `connectionName` in the calling
    // thread, sets WAL, foreign keys and a busy timeout, and migrates to the latest schema.
    // On failure returns an invalid database and sets *error.
    static QSqlDatabase open(const QString &path, const QString &connectionName, QString *error);
    static int schemaVersion(const QSqlDatabase &db);
    static constexpr int kLatestVersion = 7;

    // A plain PostgreSQL connection (no migration), for the lease and the tests.
    static QSqlDatabase connect(const OpsLocation &where, const QString &connectionName, QString *error);
    static bool isPostgres(const QSqlDatabase &db);
    // A migration written for SQLite, as PostgreSQL DDL (BIGSERIAL, BIGINT, DOUBLE PRECISION).
    static QString postgresDdl(const QString &sqlite);
    // PostgreSQL: tells the other workstations what changed (NOTIFY hms_ops, "TOPIC DETAIL"),
    // delivered when the current transaction commits. SQLite: nothing (one process).
    static void notifyChange(const QSqlDatabase &db, const QString &topic, const QString &detail = {});
    static constexpr const char *kNotifyChannel = "hms_ops";
    // Advisory lock keys (pg_advisory_lock): migrations, and the evaluator lease.
    static constexpr qint64 kMigrationLockKey = 0x484d530001;
    static constexpr qint64 kEvaluatorLeaseKey = 0x484d530002;


private:
    static QSqlDatabase openAndMigratePostgres(const OpsLocation &where, const QString &connectionName,
                                               QString *error);
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
