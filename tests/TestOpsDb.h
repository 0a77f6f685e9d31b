// The operational database for unit tests: SQLite at `path` by default; with
// HMS_TEST_PG_STATE set (ctest's *_pg tests, fixture "postgres": tests/pg/pgserver.sh), a fresh
// PostgreSQL database per path on the test server instead, so that the same test proves both
// backends. A path seen before in this process reopens its database (restart tests).
#pragma once

#include "incidents/OpsDatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hms::test {

inline bool onPostgres()
{
    return !qEnvironmentVariableIsEmpty("HMS_TEST_PG_STATE");
}

inline QString pgStateFile(const char *name)
{
    QFile f(qEnvironmentVariable("HMS_TEST_PG_STATE") + u'/' + QLatin1String(name));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

// The server's maintenance database, with the test password (for tests that start engines).
inline std::optional<OpsLocation> pgServer(QString *error)
{
    auto where = OpsLocation::parse(pgStateFile("url"), error);
    if (where)
        where->password = pgStateFile("password");
    return where;
}

// A fresh database `name` (dropped first) on the test server.
inline std::optional<OpsLocation> freshPgDatabase(const QString &name, QString *error)
{
    auto where = pgServer(error);
    if (!where)
        return std::nullopt;
    {
        QSqlDatabase admin = OpsDatabase::connect(*where, QStringLiteral("pg-admin"), error);
        if (!admin.isValid())
            return std::nullopt;
        QSqlQuery q(admin);
        if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
            || !q.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            *error = q.lastError().text();
            admin.close();
            admin = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
            return std::nullopt;
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("pg-admin"));
    where->database = name;
    return where;
}

inline QSqlDatabase openTestOps(const QString &path, const QString &connectionName, QString *error)
{
    if (!onPostgres())
        return OpsDatabase::open(path, connectionName, error);
    static QSet<QString> created;
    QString name = QStringLiteral("t_%1_%2_%3")
                       .arg(QCoreApplication::applicationName(), QFileInfo(QFileInfo(path).path()).fileName(),
                            QFileInfo(path).completeBaseName())
                       .toLower();
    name.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    name = name.left(60);
    std::optional<OpsLocation> where;
    if (created.contains(name)) {
        where = pgServer(error);
        if (where)
            where->database = name;
    } else {
        where = freshPgDatabase(name, error);
        created.insert(name);
    }
    if (!where)
        return {};
    return OpsDatabase::open(*where, connectionName, error);
}

} // namespace hms::test
