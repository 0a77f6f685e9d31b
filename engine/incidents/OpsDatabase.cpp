#include "incidents/OpsDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace hms {

namespace {
// Migration N brings the schema from version N-1 to N. Append only; never edit a released one.
const QList<QStringList> &migrations()
{
    static const QList<QStringList> all{
        // 1: the walking skeleton
        {
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE rules (name TEXT PRIMARY KEY, file TEXT NOT NULL, source TEXT NOT NULL, "
                           "installed_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE playbooks (id TEXT PRIMARY KEY, title TEXT NOT NULL, markdown TEXT NOT NULL, "
                           "file TEXT NOT NULL, updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE rotations (id TEXT PRIMARY KEY, file TEXT NOT NULL, source TEXT NOT NULL, "
                           "updated_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE incidents ("
                           "id INTEGER PRIMARY KEY AUTOINCREMENT, fingerprint TEXT NOT NULL, rule TEXT NOT NULL, "
                           "service TEXT NOT NULL, severity TEXT NOT NULL, state TEXT NOT NULL, metric TEXT NOT NULL, "
                           "aggregate TEXT NOT NULL, threshold TEXT NOT NULL, value REAL NOT NULL, labels TEXT NOT NULL, "
                           "rotation TEXT NOT NULL, assignee TEXT NOT NULL, assignee_pager TEXT NOT NULL, "
                           "playbook TEXT NOT NULL, opened_at INTEGER NOT NULL, acknowledged_at INTEGER NOT NULL, "
                           "acknowledged_by TEXT NOT NULL, resolved_at INTEGER NOT NULL, resolved_by TEXT NOT NULL)"),
            // One open incident per alert fingerprint, enforced by the database itself.
            QStringLiteral("CREATE UNIQUE INDEX incidents_open_fingerprint ON incidents(fingerprint) "
                           "WHERE state != 'resolved'"),
            QStringLiteral("CREATE TABLE incident_events (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "incident_id INTEGER NOT NULL REFERENCES incidents(id), at INTEGER NOT NULL, "
                           "kind TEXT NOT NULL, message TEXT NOT NULL, data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX incident_events_incident ON incident_events(incident_id, id)"),
            QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "incident_id INTEGER NOT NULL, channel TEXT NOT NULL, secret_key TEXT NOT NULL, "
                           "payload TEXT NOT NULL, state TEXT NOT NULL, attempts INTEGER NOT NULL, "
                           "created_at INTEGER NOT NULL, next_attempt_at INTEGER NOT NULL, sent_at INTEGER NOT NULL, "
                           "last_error TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_due ON outbox(state, next_attempt_at)"),
        },
        // 2: alert state across restarts (rules/AlertState.h)
        {
            QStringLiteral("CREATE TABLE alert_state (rule TEXT NOT NULL, fingerprint TEXT NOT NULL, "
                           "labels TEXT NOT NULL, series_name TEXT NOT NULL, series_labels TEXT NOT NULL, "
                           "state TEXT NOT NULL, active_at INTEGER NOT NULL, last_true_at INTEGER NOT NULL, "
                           "value REAL NOT NULL, PRIMARY KEY (rule, fingerprint))"),
        },
        // 3: silences (alerting/Silence.h)
        {
            QStringLiteral("CREATE TABLE silences (id TEXT PRIMARY KEY, matchers TEXT NOT NULL, "
                           "starts_at INTEGER NOT NULL, ends_at INTEGER NOT NULL, "
                           "until_resolved_incident INTEGER NOT NULL, created_by TEXT NOT NULL, comment TEXT NOT NULL, "
                           "created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, "
                           "expiring_noticed INTEGER NOT NULL DEFAULT 0, expired_noticed INTEGER NOT NULL DEFAULT 0)"),
        },
        // 4: escalation policies (oncall/EscalationPolicy.h) and each incident's place in its policy
        {
            QStringLiteral("CREATE TABLE escalation_policies (id TEXT PRIMARY KEY, file TEXT NOT NULL, "
                           "source TEXT NOT NULL, updated_at INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE incidents ADD COLUMN escalation_policy TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE incidents ADD COLUMN escalation_level INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE incidents ADD COLUMN escalation_since INTEGER NOT NULL DEFAULT 0"),
        },
        // 5: the routing configuration (alerting/Routing.h), every incident a grouped
        // notification speaks for (space-separated ids beside incident_id), and SLOs
        {
            QStringLiteral("CREATE TABLE routing (id TEXT PRIMARY KEY, file TEXT NOT NULL, source TEXT NOT NULL, "
                           "updated_at INTEGER NOT NULL)"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN group_incidents TEXT NOT NULL DEFAULT ''"),
            // SLOs (slo/Slo.h), stored as their YAML like rotations
            QStringLiteral("CREATE TABLE slos (id TEXT PRIMARY KEY, file TEXT NOT NULL, source TEXT NOT NULL, "
                           "updated_at INTEGER NOT NULL)"),
        },
        // 6: dashboards (dash/DashboardStore.h), every saved version kept
        {
            QStringLiteral("CREATE TABLE dashboard_versions (name TEXT NOT NULL, version INTEGER NOT NULL, "
                           "json TEXT NOT NULL, saved_at INTEGER NOT NULL, saved_by TEXT NOT NULL, "
                           "PRIMARY KEY(name, version))"),
        },
        // 7: incident command (#7): every saved playbook version (who, when), blameless RCAs,
        // and each incident's linked root-cause issue
        {
            QStringLiteral("CREATE TABLE playbook_versions (id TEXT NOT NULL, version INTEGER NOT NULL, "
                           "markdown TEXT NOT NULL, saved_at INTEGER NOT NULL, saved_by TEXT NOT NULL, "
                           "PRIMARY KEY(id, version))"),
            QStringLiteral("INSERT INTO playbook_versions(id, version, markdown, saved_at, saved_by) "
                           "SELECT id, 1, markdown, updated_at, 'import: ' || file FROM playbooks"),
            QStringLiteral("CREATE TABLE rcas (incident_id INTEGER PRIMARY KEY REFERENCES incidents(id), "
                           "version INTEGER NOT NULL, json TEXT NOT NULL, updated_at INTEGER NOT NULL, "
                           "updated_by TEXT NOT NULL)"),
            QStringLiteral("ALTER TABLE incidents ADD COLUMN root_cause_url TEXT NOT NULL DEFAULT ''"),
        },
    };
    return all;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    *error = QCoreApplication::translate("hms::OpsDatabase", "%1: %2").arg(sql.left(60), q.lastError().text());
    return false;
}

// PostgreSQL keeps its schema version in a table of its own (SQLite: PRAGMA user_version).
int pgSchemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT version FROM hms_schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QSqlDatabase openPostgres(const OpsLocation &where, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(where.host);
    db.setPort(where.port);
    db.setDatabaseName(where.database);
    db.setUserName(where.user);
    db.setPassword(where.password);
    // libpq options: TLS as asked, a bounded connect, and a dead peer noticed within seconds.
    // tcp_user_timeout bounds a query on a connection whose peer vanished (keepalives only probe
    // an idle one): the lease heartbeat fails within 10 s instead of TCP's ~15 minutes.
    QStringList options{QStringLiteral("connect_timeout=5"), QStringLiteral("keepalives_idle=5"),
                        QStringLiteral("keepalives_interval=2"), QStringLiteral("keepalives_count=2"),
                        QStringLiteral("tcp_user_timeout=10000")};
    if (!where.sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(where.sslMode);
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        *error = QCoreApplication::translate("hms::OpsDatabase", "cannot connect to %1: %2")
                     .arg(where.display(), db.lastError().text().trimmed());
        QSqlDatabase::removeDatabase(connectionName);
        return {};
    }
    return db;
}
} // namespace

QString OpsLocation::display() const
{
    if (!isPostgres())
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

std::optional<OpsLocation> OpsLocation::parse(const QString &text, QString *error)
{
    OpsLocation out;
    if (!text.startsWith(u"postgresql://") && !text.startsWith(u"postgres://")) {
        if (text.isEmpty()) {
            *error = QCoreApplication::translate("hms::OpsDatabase", "expected a file name or a postgresql:// URL");
            return std::nullopt;
        }
        out.path = text;
        return out;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()) {
        *error = QCoreApplication::translate("hms::OpsDatabase",
                                             "expected postgresql://USER@HOST[:PORT]/DATABASE, got \"%1\"")
                     .arg(url.toString(QUrl::RemovePassword));
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *error = QCoreApplication::translate("hms::OpsDatabase",
                                             "the URL holds a password; keep it in the keychain instead "
                                             "(hms-ops --store-secret %1)")
                     .arg(QStringLiteral("ops-db"));
        return std::nullopt;
    }
    out.host = url.host();
    out.port = url.port(5432);
    out.user = url.userName();
    out.database = url.path().mid(1);
    if (out.user.isEmpty() || out.database.isEmpty() || out.database.contains(u'/')) {
        *error = QCoreApplication::translate("hms::OpsDatabase",
                                             "expected postgresql://USER@HOST[:PORT]/DATABASE, got \"%1\"")
                     .arg(url.toString());
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        static const QStringList modes{QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
                                       QStringLiteral("require"), QStringLiteral("verify-ca"),
                                       QStringLiteral("verify-full")};
        if (key == u"sslmode" && modes.contains(value)) {
            out.sslMode = value;
        } else {
            *error = QCoreApplication::translate("hms::OpsDatabase", "%1=%2: unknown URL parameter (valid: sslmode=%3)")
                         .arg(key, value, modes.join(u'|'));
            return std::nullopt;
        }
    }
    return out;
}

QSqlDatabase OpsDatabase::connect(const OpsLocation &where, const QString &connectionName, QString *error)
{
    return openPostgres(where, connectionName, error);
}

bool OpsDatabase::isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL";
}

QString OpsDatabase::postgresDdl(const QString &sqlite)
{
    // One set of migrations, written for SQLite: the few words that differ are translated.
    // SQLite's INTEGER is 64-bit and its REAL a double; PostgreSQL's INTEGER is 32-bit.
    QString out = sqlite;
    out.replace(QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT"), QStringLiteral("BIGSERIAL PRIMARY KEY"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    out.replace(integer, QStringLiteral("BIGINT"));
    out.replace(real, QStringLiteral("DOUBLE PRECISION"));
    return out;
}

void OpsDatabase::notifyChange(const QSqlDatabase &db, const QString &topic, const QString &detail)
{
    if (!isPostgres(db))
        return;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_notify('%1', ?)").arg(QLatin1String(kNotifyChannel)));
    q.addBindValue(detail.isEmpty() ? topic : topic + u' ' + detail);
    if (!q.exec())
        qWarning("ops database: NOTIFY failed: %s", qPrintable(q.lastError().text()));
}

int OpsDatabase::schemaVersion(const QSqlDatabase &db)
{
    if (isPostgres(db))
        return pgSchemaVersion(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

QSqlDatabase OpsDatabase::open(const QString &path, const QString &connectionName, QString *error)
{
    OpsLocation where;
    where.path = path;
    return open(where, connectionName, error);
}

QSqlDatabase OpsDatabase::open(const OpsLocation &where, const QString &connectionName, QString *error)
{
    if (where.isPostgres())
        return openAndMigratePostgres(where, connectionName, error);
    const QString &path = where.path;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QCoreApplication::translate("hms::OpsDatabase", "cannot open %1: %2").arg(path, db.lastError().text());
        return {};
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
                               "PRAGMA busy_timeout=5000"}) {
        if (!exec(db, QString::fromLatin1(pragma), error))
            return {};
    }
    const int version = schemaVersion(db);
    if (version > kLatestVersion) {
        *error = QCoreApplication::translate("hms::OpsDatabase",
                                             "%1 has schema version %2, newer than this program knows (%3); "
                                             "refusing to touch it")
                     .arg(path)
                     .arg(version)
                     .arg(kLatestVersion);
        return {};
    }
    for (int v = version; v < kLatestVersion; ++v) {
        // Each migration is one transaction together with its user_version bump.
        if (!db.transaction()) {
            *error = db.lastError().text();
            return {};
        }
        for (const QString &sql : migrations().at(v)) {
            if (!exec(db, sql, error)) {
                db.rollback();
                return {};
            }
        }
        if (!exec(db, QStringLiteral("PRAGMA user_version=%1").arg(v + 1), error) || !db.commit()) {
            db.rollback();
            return {};
        }
    }
    return db;
}

QSqlDatabase OpsDatabase::openAndMigratePostgres(const OpsLocation &where, const QString &connectionName,
                                                 QString *error)
{
    QSqlDatabase db = openPostgres(where, connectionName, error);
    if (!db.isValid())
        return {};
    auto fail = [&](const QString &why) {
        *error = why;
        db.rollback();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return QSqlDatabase();
    };
    // Several workstations may start at once: the migration runs under a transaction-scoped
    // advisory lock, so exactly one of them migrates and the others then find the new version.
    if (!db.transaction())
        return fail(db.lastError().text());
    if (!exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLockKey), error)
        || !exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS hms_schema_version (version INTEGER NOT NULL)"), error))
        return fail(*error);
    int version = pgSchemaVersion(db);
    if (version < 0) {
        if (!exec(db, QStringLiteral("INSERT INTO hms_schema_version(version) VALUES (0)"), error))
            return fail(*error);
        version = 0;
    }
    if (version > kLatestVersion)
        return fail(QCoreApplication::translate("hms::OpsDatabase",
                                                "%1 has schema version %2, newer than this program knows (%3); "
                                                "refusing to touch it")
                        .arg(where.display())
                        .arg(version)
                        .arg(kLatestVersion));
    // PostgreSQL's DDL is transactional: all pending migrations commit together or not at all.
    for (int v = version; v < kLatestVersion; ++v)
        for (const QString &sql : migrations().at(v))
            if (!exec(db, postgresDdl(sql), error))
                return fail(*error);
    if (version < kLatestVersion
        && !exec(db, QStringLiteral("UPDATE hms_schema_version SET version = %1").arg(kLatestVersion), error))
        return fail(*error);
    if (!db.commit())
        return fail(db.lastError().text());
    return db;
}

namespace {
// Connections (by name) inside a WriteBatch on this thread. SQLite refuses a nested BEGIN, but
// PostgreSQL only warns and goes on, so nesting is tracked here for both.
thread_local QSet<QString> t_batched;
} // namespace

WriteBatch::WriteBatch(QSqlDatabase db)
    : m_db(std::move(db))
{
    if (t_batched.contains(m_db.connectionName()))
        return;
    m_owner = m_db.transaction();
    if (m_owner)
        t_batched.insert(m_db.connectionName());
}

WriteBatch::~WriteBatch()
{
    if (!m_owner)
        return;
    t_batched.remove(m_db.connectionName());
    if (!m_db.commit()) {
        qWarning("ops database: batch commit failed: %s", qPrintable(m_db.lastError().text()));
        m_db.rollback();
    }
}

} // namespace hms
