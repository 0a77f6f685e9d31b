// The notification outbox: every message is a row in ops.db before it is sent; a dispatcher
// delivers due rows, retrying network errors, 429 and 5xx with exponential backoff and jitter,
// and parks other 4xx answers as dead letters. A receiver that is down loses nothing.
#pragma once

#include "core/Types.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <QTimer>

#include <map>
#include <optional>
#include <vector>

namespace hms {

class SecretStore;

struct OutboxMessage {
    enum class State { Pending, Sending, Sent, Dead };
    qint64 id = 0;
    qint64 incidentId = 0;
    QString channel;       // "slack"
    QString secretKey;     // keychain entry holding the target URL ("slack_webhook")
    QJsonObject payload;
    State state = State::Pending;
    int attempts = 0;
    TimestampMs createdAt = 0;
    TimestampMs nextAttemptAt = 0;
    TimestampMs sentAt = 0;
    QString lastError;
    std::vector<qint64> groupIncidents; // the other incidents a grouped notification speaks for

    QJsonObject toJson() const;
};
QString outboxStateName(OutboxMessage::State s);

class Outbox : public QObject {
    Q_OBJECT
public:
    Outbox(QSqlDatabase db, SecretStore &secrets, QObject *parent = nullptr);

    // Only the evaluator lease holder delivers (a shared PostgreSQL outbox has one sender).
    // Becoming active runs start(); inactive, enqueue still stores but nothing is sent here.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Another workstation queued a message (PostgreSQL NOTIFY): look for due rows now.
    void wake() { dispatchDue(); }

    // Persists a message and schedules an immediate dispatch. Returns the row id. A grouped
    // notification names every incident it speaks for in `groupIncidents`.
    qint64 enqueue(qint64 incidentId, const QString &channel, const QString &secretKey, const QJsonObject &payload,
                   const std::vector<qint64> &groupIncidents = {});
    std::vector<OutboxMessage> messages(int limit = 200) const;
    // Sends a dead-lettered message again now (attempts start over). Returns an error message, or
    // "" on success; only dead letters can be retried (pending ones are on their way).
    QString retry(qint64 id);
    std::optional<OutboxMessage> message(qint64 id) const;

    // Sent as the Idempotency-Key header with every attempt of a message: "hms-CREATED_MS-ID".
    // Delivery is at least once (a kill between a receiver's answer and our record of it sends
    // again); a receiver that keeps the keys it saw gets each message exactly once.
    static QByteArray idempotencyKey(const OutboxMessage &m);
    // Backoff before attempt n+1 after n failed attempts, before jitter: 0.5 s·2^(n−1), ≤ 60 s.
    static qint64 backoffMs(int attempts);
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }
    // Storms: at most `perSecond` messages a second to a channel, after a burst of `burst`; the
    // rest wait their turn in the outbox (nothing is dropped). Defaults follow the receivers'
    // documented limits: Slack 1/s (burst 5), PagerDuty 2/s (120 a minute, burst 10), webhook and
    // Alertmanager 50/s (burst 100).
    void setRateLimit(const QString &channel, double perSecond, double burst);
    // Where PagerDuty events go (a local receiver in tests); empty: PagerDuty's own endpoint.
    void setPagerDutyUrl(const QString &url) { m_pagerDutyUrl = url; }

    // Starts dispatching (rows left "sending" by a crash are retried: a resend, never a loss).
    void start();

Q_SIGNALS:
    void delivered(qint64 messageId, qint64 incidentId, const QString &channel, int attempts);
    void attemptFailed(qint64 messageId, qint64 incidentId, const QString &channel, const QString &error,
                       int attempts, bool willRetry);

private:
    void dispatchDue();
    // Rows claimed ("sending") with a claim that ran out before `claimedBefore` go back to pending.
    void reclaimAbandoned(TimestampMs claimedBefore);
    static constexpr qint64 kClaimMs = 120'000;
    // Posts `m` to its channel; `secret` is the keychain value (a URL, or a key put into the body).
    void send(const OutboxMessage &m, const QString &secret);
    void finish(qint64 id, int httpStatus, const QString &error, qint64 retryAfterMs);
    // Wakes the dispatcher for the next due row, leaving out `blocked` channels (out of tokens),
    // whose turn comes after `nextTokenMs`.
    void scheduleWakeup(const QStringList &blocked = {}, qint64 nextTokenMs = 0);

    QSqlDatabase m_db;
    SecretStore &m_secrets;
    QNetworkAccessManager m_network;
    QTimer m_wakeup;
    bool m_active = true;
    QSet<qint64> m_inFlight;
    int m_timeoutMs = 10000;
    QString m_pagerDutyUrl;
    struct Bucket {
        double perSecond = 50;
        double burst = 100;
        double tokens = 100;
        TimestampMs refilledAt = 0;
        // Takes a token if there is one; else the ms until there is.
        qint64 take(TimestampMs now);
    };
    Bucket &bucket(const QString &channel);
    std::map<QString, Bucket> m_buckets;
};

} // namespace hms
