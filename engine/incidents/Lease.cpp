#include "incidents/Lease.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace hms {

EvaluatorLease::EvaluatorLease(OpsLocation where, QString holderName, QObject *parent)
    : QObject(parent)
    , m_where(std::move(where))
    , m_holder(std::move(holderName))
    , m_connectionName(QStringLiteral("lease-%1").arg(quintptr(this), 0, 16))
    , m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &EvaluatorLease::poll);
}

EvaluatorLease::~EvaluatorLease()
{
    m_timer.stop();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close(); // ends the session: the lock is released
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void EvaluatorLease::start(int periodMs)
{
    m_timer.start(periodMs);
    poll();
}

void EvaluatorLease::drop(const QString &why)
{
    m_problem = why;
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_held) {
        m_held = false;
        Q_EMIT lost(why);
    }
}

void EvaluatorLease::poll()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        QString error;
        QSqlDatabase db = OpsDatabase::connect(m_where, m_connectionName, &error);
        if (!db.isValid()) {
            m_problem = error;
            return;
        }
        m_problem.clear();
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery q(db);
    if (m_held) {
        // The heartbeat: the session (and with it the lock) is still there.
        if (!q.exec(QStringLiteral("SELECT 1")) || !q.next())
            drop(tr("lost the connection holding the evaluator lease: %1").arg(q.lastError().text().trimmed()));
        return;
    }
    if (m_healthy && !m_healthy())
        return; // not while this instance cannot write
    if (!q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1)").arg(OpsDatabase::kEvaluatorLeaseKey)) || !q.next()) {
        drop(q.lastError().text().trimmed());
        return;
    }
    if (!q.value(0).toBool())
        return; // another instance holds it
    m_held = true;
    QSqlQuery who(db);
    who.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES('evaluator.leader', ?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    who.addBindValue(QStringLiteral("%1 since %2")
                         .arg(m_holder, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
    who.exec(); // informational only
    Q_EMIT acquired();
}

} // namespace hms
