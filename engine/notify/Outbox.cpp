#include "notify/Outbox.h"
#include "incidents/OpsDatabase.h"

#include "notify/Channels.h"

#include "notify/SecretStore.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <QUrlQuery>

#include <algorithm>

namespace hms {

namespace {
// `text` with every spelling of the secret URL, and of the secret's parts, replaced: the whole
// URL (decoded, encoded, JSON-escaped as "https:\/\/…") by its scheme and host, then the path
// and query and each path segment or query value of 6 characters or more (a Slack webhook's
// token, a key in a query) by "…". What is left says where it failed, not how to post there.
QString redactSecret(QString text, const QUrl &url, const QString &secret)
{
    const QString shown = url.scheme() + QStringLiteral("://") + url.host() + QStringLiteral("/…");
    QStringList whole{url.toString(), url.toString(QUrl::FullyEncoded), url.toDisplayString(), secret};
    QStringList parts{url.path(QUrl::FullyDecoded), url.path(QUrl::FullyEncoded), url.query(QUrl::FullyDecoded),
                      url.query(QUrl::FullyEncoded)};
    for (const QString &segment : url.path(QUrl::FullyDecoded).split(u'/', Qt::SkipEmptyParts))
        parts << segment << QString::fromLatin1(QUrl::toPercentEncoding(segment));
    for (const auto &[key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        parts << value;
    auto replaceAll = [&text](const QStringList &forms, const QString &by, qsizetype atLeast) {
        QStringList sorted = forms;
        std::sort(sorted.begin(), sorted.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &form : sorted) {
            if (form.size() < atLeast)
                continue;
            text.replace(form, by);
            QString escaped = form;
            text.replace(escaped.replace(u'/', QStringLiteral("\\/")), by); // JSON's "\/"
        }
    };
    replaceAll(whole, shown, 8);
    replaceAll(parts, QStringLiteral("…"), 6);
    return text;
}

TimestampMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

constexpr int kBatch = 50;
constexpr qint64 kMaxBackoffMs = 60000;

OutboxMessage::State stateFromName(const QString &s)
{
    if (s == u"sending")
        return OutboxMessage::State::Sending;
    if (s == u"sent")
        return OutboxMessage::State::Sent;
    if (s == u"dead")
        return OutboxMessage::State::Dead;
    return OutboxMessage::State::Pending;
}

const QString kColumns = QStringLiteral(
    "id, incident_id, channel, secret_key, payload, state, attempts, created_at, next_attempt_at, sent_at, last_error, "
    "group_incidents");

OutboxMessage messageFrom(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.incidentId = q.value(1).toLongLong();
    m.channel = q.value(2).toString();
    m.secretKey = q.value(3).toString();
    m.payload = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    m.state = stateFromName(q.value(5).toString());
    m.attempts = q.value(6).toInt();
    m.createdAt = q.value(7).toLongLong();
    m.nextAttemptAt = q.value(8).toLongLong();
    m.sentAt = q.value(9).toLongLong();
    m.lastError = q.value(10).toString();
    for (const QString &id : q.value(11).toString().split(u' ', Qt::SkipEmptyParts))
        m.groupIncidents.push_back(id.toLongLong());
    return m;
}

// Retry-After: delay-seconds or an HTTP date.
qint64 retryAfterMs(const QByteArray &header)
{
    if (header.isEmpty())
        return 0;
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (ok)
        return std::clamp<qint64>(seconds, 0, 3600) * 1000;
    const QDateTime at = QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    return at.isValid() ? std::clamp<qint64>(at.toMSecsSinceEpoch() - nowMs(), 0, 3600 * 1000) : 0;
}
} // namespace

QString outboxStateName(OutboxMessage::State s)
{
    switch (s) {
    case OutboxMessage::State::Pending:
        return QStringLiteral("pending");
    case OutboxMessage::State::Sending:
        return QStringLiteral("sending");
    case OutboxMessage::State::Sent:
        return QStringLiteral("sent");
    case OutboxMessage::State::Dead:
        return QStringLiteral("dead");
    }
    return {};
}

QJsonObject OutboxMessage::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("incident_id"), incidentId},
                       {QStringLiteral("channel"), channel},
                       {QStringLiteral("state"), outboxStateName(state)},
                       {QStringLiteral("attempts"), attempts},
                       {QStringLiteral("created_at_ms"), createdAt},
                       {QStringLiteral("next_attempt_at_ms"), nextAttemptAt},
                       {QStringLiteral("sent_at_ms"), sentAt},
                       {QStringLiteral("last_error"), lastError},
                       {QStringLiteral("group_incidents"), [this] {
                            QJsonArray ids;
                            for (qint64 id : groupIncidents)
                                ids.append(id);
                            return ids;
                        }()}};
}

Outbox::Outbox(QSqlDatabase db, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_secrets(secrets)
    , m_network(this)
    , m_wakeup(this)
{
    m_wakeup.setSingleShot(true);
    connect(&m_wakeup, &QTimer::timeout, this, &Outbox::dispatchDue);
}

QByteArray Outbox::idempotencyKey(const OutboxMessage &m)
{
    // Row ids restart with a new ops.db; the creation time keeps two installations' keys apart.
    return QByteArrayLiteral("hms-") + QByteArray::number(m.createdAt) + '-' + QByteArray::number(m.id);
}

qint64 Outbox::backoffMs(int attempts)
{
    if (attempts <= 0)
        return 0;
    const int exponent = std::min(attempts - 1, 20);
    return std::min<qint64>(kMaxBackoffMs, 500LL << exponent);
}

void Outbox::start()
{
    // A row left "sending" was interrupted by a crash: it may or may not have arrived, so it is
    // sent again (receivers deduplicate by incident id; at-least-once, never lost).
    // (Shared PostgreSQL outbox: only claims whose time is up; the last lease holder may still be
    // finishing its own sends. SQLite: this is the only process, and every claim is a dead one.)
    reclaimAbandoned(OpsDatabase::isPostgres(m_db) ? nowMs() : std::numeric_limits<TimestampMs>::max());
    dispatchDue();
}

qint64 Outbox::enqueue(qint64 incidentId, const QString &channel, const QString &secretKey,
                       const QJsonObject &payload, const std::vector<qint64> &groupIncidents)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO outbox(incident_id, channel, secret_key, payload, state, attempts, "
                             "created_at, next_attempt_at, sent_at, last_error, group_incidents) "
                             "VALUES(?, ?, ?, ?, 'pending', 0, ?, ?, 0, '', ?) RETURNING id"));
    const TimestampMs now = nowMs();
    q.addBindValue(incidentId);
    q.addBindValue(channel);
    q.addBindValue(secretKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(now);
    q.addBindValue(now);
    QStringList group;
    for (qint64 id : groupIncidents)
        if (id != incidentId)
            group << QString::number(id);
    q.addBindValue(group.isEmpty() ? QStringLiteral("") : group.join(u' ')); // not NULL: the column is NOT NULL
    if (!q.exec()) {
        qWarning("outbox insert failed: %s", qPrintable(q.lastError().text()));
        return 0;
    }
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    OpsDatabase::notifyChange(m_db, QStringLiteral("outbox"), QString::number(id));
    QMetaObject::invokeMethod(this, &Outbox::dispatchDue, Qt::QueuedConnection);
    return id;
}

std::vector<OutboxMessage> Outbox::messages(int limit) const
{
    std::vector<OutboxMessage> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox ORDER BY id DESC LIMIT ?").arg(kColumns));
    q.addBindValue(limit);
    if (q.exec())
        while (q.next())
            out.push_back(messageFrom(q));
    return out;
}

QString Outbox::retry(qint64 id)
{
    const auto m = message(id);
    if (!m)
        return tr("no notification #%1").arg(id);
    if (m->state != OutboxMessage::State::Dead)
        return tr("notification #%1 is %2; only dead letters can be retried").arg(id).arg(outboxStateName(m->state));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = ? WHERE id = ?"));
    q.addBindValue(nowMs());
    q.addBindValue(id);
    if (!q.exec())
        return q.lastError().text();
    QMetaObject::invokeMethod(this, &Outbox::dispatchDue, Qt::QueuedConnection);
    return {};
}

std::optional<OutboxMessage> Outbox::message(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return messageFrom(q);
}

qint64 Outbox::Bucket::take(TimestampMs now)
{
    if (refilledAt == 0)
        refilledAt = now;
    tokens = std::min(burst, tokens + double(now - refilledAt) / 1000.0 * perSecond);
    refilledAt = now;
    if (tokens >= 1.0) {
        tokens -= 1.0;
        return 0;
    }
    return std::max<qint64>(1, qint64(std::ceil((1.0 - tokens) / perSecond * 1000.0)));
}

Outbox::Bucket &Outbox::bucket(const QString &channel)
{
    auto it = m_buckets.find(channel);
    if (it != m_buckets.end())
        return it->second;
    Bucket b;
    if (channel == u"slack") {
        b.perSecond = 1;
        b.burst = 5;
    } else if (channel == u"pagerduty") {
        b.perSecond = 2;
        b.burst = 10;
    }
    b.tokens = b.burst;
    return m_buckets.emplace(channel, b).first->second;
}

void Outbox::setRateLimit(const QString &channel, double perSecond, double burst)
{
    Bucket &b = bucket(channel);
    b.perSecond = std::max(0.001, perSecond);
    b.burst = std::max(1.0, burst);
    b.tokens = std::min(b.tokens, b.burst);
}

void Outbox::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        start();
    else
        m_wakeup.stop();
}

void Outbox::reclaimAbandoned(TimestampMs claimedBefore)
{
    QSqlQuery q(m_db);
    // Due at once: the claim's deadline stood in next_attempt_at.
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = ? "
                             "WHERE state = 'sending' AND next_attempt_at <= ?"));
    q.addBindValue(nowMs());
    q.addBindValue(claimedBefore);
    q.exec();
}

void Outbox::dispatchDue()
{
    if (!m_active)
        return;
    if (OpsDatabase::isPostgres(m_db))
        reclaimAbandoned(nowMs());
    // Channels out of tokens are left out of the query, so that a storm on one channel does not
    // fill the batch and hold the others back.
    const TimestampMs now = nowMs();
    QStringList blocked;
    qint64 nextToken = 0;
    for (auto &[channel, b] : m_buckets) {
        Bucket probe = b;
        if (const qint64 wait = probe.take(now); wait > 0) {
            blocked << channel;
            nextToken = nextToken == 0 ? wait : std::min(nextToken, wait);
        }
    }
    QString notIn;
    for (qsizetype i = 0; i < blocked.size(); ++i)
        notIn += i == 0 ? QStringLiteral(" AND channel NOT IN (?") : QStringLiteral(", ?");
    if (!blocked.isEmpty())
        notIn += u')';
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = 'pending' AND next_attempt_at <= ?%2 "
                             "ORDER BY next_attempt_at, id LIMIT ?")
                  .arg(kColumns, notIn));
    q.addBindValue(now);
    for (const QString &c : blocked)
        q.addBindValue(c);
    q.addBindValue(kBatch);
    std::vector<OutboxMessage> due;
    if (q.exec())
        while (q.next())
            due.push_back(messageFrom(q));
    for (const OutboxMessage &m : due) {
        if (m_inFlight.contains(m.id))
            continue;
        if (const qint64 wait = bucket(m.channel).take(now); wait > 0) {
            nextToken = nextToken == 0 ? wait : std::min(nextToken, wait);
            continue; // stays pending: its turn comes when the channel has a token again
        }
        // The claim is atomic: with a shared PostgreSQL outbox, an instance that has just lost the
        // lease may still be here, and a row is sent by whoever claims it, once. The claim holds
        // for kClaimMs; a row still "sending" after that was abandoned and is sent again.
        QSqlQuery mark(m_db);
        mark.prepare(QStringLiteral("UPDATE outbox SET state = 'sending', next_attempt_at = ? WHERE id = ? AND state = 'pending'"));
        mark.addBindValue(now + kClaimMs);
        mark.addBindValue(m.id);
        if (!mark.exec() || mark.numRowsAffected() != 1)
            continue;
        m_inFlight.insert(m.id);
        const qint64 id = m.id;
        m_secrets.read(m.secretKey, this, [this, m, id](bool ok, const QString &url, const QString &error) {
            if (!ok) {
                finish(id, 0, tr("keychain entry %1: %2").arg(m.secretKey, error), 0);
                return;
            }
            send(m, url);
        });
    }
    // Channels that ran out of tokens in this round wait for their next token, not for a row.
    for (auto &[channel, b] : m_buckets) {
        Bucket probe = b;
        if (probe.take(now) > 0 && !blocked.contains(channel))
            blocked << channel;
    }
    scheduleWakeup(blocked, nextToken);
}

void Outbox::send(const OutboxMessage &m, const QString &secret)
{
    const ChannelInfo *channel = channelNamed(m.channel);
    if (!channel) {
        finish(m.id, 400, tr("unknown channel %1").arg(m.channel), 0);
        return;
    }
    const QString urlText = channelUrl(*channel, secret, m_pagerDutyUrl);
    const QUrl url(urlText, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        // Not retryable: a wrong URL stays wrong until someone changes the secret.
        finish(m.id, 400, tr("keychain entry %1 is not an http(s) URL").arg(m.secretKey), 0);
        return;
    }
    // The secret goes into the body only on its way out: ops.db never holds it.
    QByteArray body;
    if (!channel->secretIsUrl) {
        QJsonObject withKey = m.payload;
        withKey.insert(QStringLiteral("routing_key"), secret);
        body = QJsonDocument(withKey).toJson(QJsonDocument::Compact);
    } else if (m.payload.contains(QStringLiteral("alerts")) && m.channel == u"alertmanager") {
        body = QJsonDocument(m.payload.value(QStringLiteral("alerts")).toArray()).toJson(QJsonDocument::Compact);
    } else {
        body = QJsonDocument(m.payload).toJson(QJsonDocument::Compact);
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // The same on every attempt of this message (IETF draft Idempotency-Key header): a receiver
    // that saw it before a crash cut our bookkeeping short can drop the resend.
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey(m));
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network.post(request, body);
    const qint64 id = m.id;
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, url, secret] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QString error;
        if (reply->error() != QNetworkReply::NoError) {
            error = reply->errorString();
            const QByteArray body = reply->isOpen() ? reply->readAll().left(64 * 1024) : QByteArray();
            if (!body.isEmpty())
                error += QStringLiteral(": ") + QString::fromUtf8(body);
            // Qt's message names the request URL, a receiver may echo it, and a webhook's URL is
            // its secret: the error is stored, shown on the timeline and served by the API, so it
            // is redacted before it is cut to length (a secret across the cut would escape).
            error = redactSecret(error, url, secret).left(640);
        }
        finish(id, status, error, retryAfterMs(reply->rawHeader("Retry-After")));
    });
}

void Outbox::finish(qint64 id, int httpStatus, const QString &error, qint64 retryAfter)
{
    m_inFlight.remove(id);
    const auto m = message(id);
    if (!m)
        return;
    const int attempts = m->attempts + 1;
    QSqlQuery q(m_db);
    if (httpStatus >= 200 && httpStatus < 300) {
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', attempts = ?, sent_at = ?, last_error = '' "
                                 "WHERE id = ?"));
        q.addBindValue(attempts);
        q.addBindValue(nowMs());
        q.addBindValue(id);
        q.exec();
        Q_EMIT delivered(id, m->incidentId, m->channel, attempts);
    } else if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 429 && httpStatus != 408) {
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'dead', attempts = ?, last_error = ? WHERE id = ?"));
        q.addBindValue(attempts);
        q.addBindValue(tr("HTTP %1: %2").arg(httpStatus).arg(error));
        q.addBindValue(id);
        q.exec();
        Q_EMIT attemptFailed(id, m->incidentId, m->channel, tr("HTTP %1: %2").arg(httpStatus).arg(error), attempts,
                           false);
    } else {
        // Network error, timeout, 408, 429, 5xx: retry with exponential backoff and full jitter
        // in [b/2, b], never sooner than the receiver's Retry-After.
        const qint64 base = backoffMs(attempts);
        const qint64 jittered = base / 2 + qint64(QRandomGenerator::global()->bounded(double(base / 2 + 1)));
        const qint64 delay = std::max(jittered, retryAfter);
        const QString why = httpStatus > 0 ? tr("HTTP %1: %2").arg(httpStatus).arg(error) : error;
        q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', attempts = ?, next_attempt_at = ?, "
                                 "last_error = ? WHERE id = ?"));
        q.addBindValue(attempts);
        q.addBindValue(nowMs() + delay);
        q.addBindValue(why);
        q.addBindValue(id);
        q.exec();
        Q_EMIT attemptFailed(id, m->incidentId, m->channel, why, attempts, true);
    }
    scheduleWakeup();
}

void Outbox::scheduleWakeup(const QStringList &blocked, qint64 nextTokenMs)
{
    // The next due row of a channel that has tokens, or the next token of one that has none.
    QString notIn;
    for (qsizetype i = 0; i < blocked.size(); ++i)
        notIn += i == 0 ? QStringLiteral(" AND channel NOT IN (?") : QStringLiteral(", ?");
    if (!blocked.isEmpty())
        notIn += u')';
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'%1").arg(notIn));
    for (const QString &c : blocked)
        q.addBindValue(c);
    std::optional<qint64> delay;
    if (q.exec() && q.next() && !q.value(0).isNull())
        delay = std::clamp<qint64>(q.value(0).toLongLong() - nowMs(), 0, kMaxBackoffMs);
    if (nextTokenMs > 0)
        delay = std::min(delay.value_or(nextTokenMs), nextTokenMs);
    if (!delay)
        return;
    if (!m_wakeup.isActive() || m_wakeup.remainingTime() > *delay)
        m_wakeup.start(int(*delay));
}

} // namespace hms
