// The evaluator lease: with a shared PostgreSQL store, exactly one running instance evaluates
// rules, escalates and sends notifications. The lease is a session-level advisory lock
// (pg_try_advisory_lock) held on a connection of its own: when the holder dies, the server ends
// its session and the lock is free at once; a standby that polls takes it within one period.
//
// The holder checks its connection every period too: if the server can no longer be reached,
// it gives the lease up (lost) before anyone else can have taken it, so two instances never
// evaluate at the same time as far as the server can tell. Alert state lives in the shared
// alert_state table, so the next holder continues where the last one stopped.
#pragma once

#include "incidents/OpsDatabase.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace hms {

class EvaluatorLease : public QObject {
    Q_OBJECT
public:
    EvaluatorLease(OpsLocation where, QString holderName, QObject *parent = nullptr);
    ~EvaluatorLease() override;

    void start(int periodMs = 500);
    // Consulted before taking the lease: false while this instance cannot write to the store.
    void setHealthCheck(std::function<bool()> healthy) { m_healthy = std::move(healthy); }
    // Gives the lease up now (lost is emitted), e.g. when the store connection failed.
    void release(const QString &why) { drop(why); }
    bool held() const { return m_held; }
    // The last connection problem ("" while connected).
    QString problem() const { return m_problem; }

Q_SIGNALS:
    void acquired();
    void lost(const QString &why);

private:
    void poll();
    void drop(const QString &why);

    OpsLocation m_where;
    QString m_holder;
    QString m_connectionName;
    QTimer m_timer;
    bool m_held = false;
    std::function<bool()> m_healthy;
    QString m_problem;
};

} // namespace hms
