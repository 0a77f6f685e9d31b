#include "alerting/Silence.h"

#include "core/Duration.h"
#include "incidents/IncidentService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace hms {

namespace {
QString timeText(TimestampMs t)
{
    return QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

constexpr const char *kColumns = "id, matchers, starts_at, ends_at, until_resolved_incident, created_by, comment, "
                                 "created_at, updated_at";

std::optional<Silence> fromRow(const QSqlQuery &q)
{
    Silence s;
    s.id = q.value(0).toString();
    MatcherParseError error;
    const auto matchers = parseMatchers(q.value(1).toString(), &error);
    if (!matchers)
        return std::nullopt; // stored by us, so valid; a damaged row is skipped, not fatal
    s.matchers = *matchers;
    s.startsAt = q.value(2).toLongLong();
    s.endsAt = q.value(3).toLongLong();
    s.untilResolvedIncident = q.value(4).toLongLong();
    s.createdBy = q.value(5).toString();
    s.comment = q.value(6).toString();
    s.createdAt = q.value(7).toLongLong();
    s.updatedAt = q.value(8).toLongLong();
    return s;
}
} // namespace

Silence::State Silence::stateAt(TimestampMs now) const
{
    if (now < startsAt)
        return State::Pending;
    if (endsAt == 0 || now < endsAt)
        return State::Active;
    return State::Expired;
}

QString Silence::matchersText() const
{
    QStringList parts;
    for (const Matcher &m : matchers)
        parts << m.toString();
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QString silenceStateName(Silence::State s)
{
    switch (s) {
    case Silence::State::Pending:
        return QStringLiteral("pending");
    case Silence::State::Active:
        return QStringLiteral("active");
    case Silence::State::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString SilenceError::toString() const
{
    return column >= 0 ? QStringLiteral("%1:%2: %3").arg(field).arg(column + 1).arg(message)
                       : QStringLiteral("%1: %2").arg(field, message);
}

SilenceService::SilenceService(QSqlDatabase db, IncidentService &incidents, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_incidents(incidents)
    , m_timer(this)
{
    connect(&m_incidents, &IncidentService::incidentChanged, this, &SilenceService::incidentChanged);
    connect(&m_timer, &QTimer::timeout, this, [this] { checkNotices(QDateTime::currentMSecsSinceEpoch()); });
    m_timer.start(15000);
}

std::optional<Silence> SilenceService::create(const SilenceDraft &draft, TimestampMs now,
                                              std::vector<SilenceError> *errors)
{
    Silence s;
    MatcherParseError matcherError;
    if (const auto matchers = parseMatchers(draft.matchers, &matcherError)) {
        s.matchers = *matchers;
        if (matchesEmpty(s.matchers))
            errors->push_back({QStringLiteral("matchers"), -1,
                               tr("every matcher matches the empty string, so this would silence every alert; "
                                  "add one that needs a label, like alertname=\"...\"")});
    } else {
        errors->push_back({QStringLiteral("matchers"), matcherError.column, matcherError.message});
    }
    s.startsAt = draft.startsAt > 0 ? draft.startsAt : now;
    s.untilResolvedIncident = draft.untilResolvedIncident;
    if (draft.untilResolvedIncident > 0) {
        const auto incident = m_incidents.incident(draft.untilResolvedIncident);
        if (!incident)
            errors->push_back({QStringLiteral("until_resolved_incident"), -1,
                               tr("there is no incident #%1").arg(draft.untilResolvedIncident)});
        else if (incident->state == Incident::State::Resolved)
            errors->push_back({QStringLiteral("until_resolved_incident"), -1,
                               tr("incident #%1 is already resolved").arg(draft.untilResolvedIncident)});
        if (draft.endsAt != 0)
            errors->push_back({QStringLiteral("ends_at"), -1, tr("give either an end or \"until resolved\", not both")});
        s.endsAt = 0;
    } else {
        s.endsAt = draft.endsAt;
        if (s.endsAt <= 0)
            errors->push_back({QStringLiteral("ends_at"), -1, tr("required: when the silence ends")});
        else if (s.endsAt <= s.startsAt)
            errors->push_back({QStringLiteral("ends_at"), -1,
                               tr("%1 is not after the start (%2)").arg(timeText(s.endsAt), timeText(s.startsAt))});
        else if (s.endsAt <= now)
            errors->push_back({QStringLiteral("ends_at"), -1, tr("%1 is in the past").arg(timeText(s.endsAt))});
    }
    s.createdBy = draft.createdBy.trimmed();
    s.comment = draft.comment.trimmed();
    if (s.createdBy.isEmpty())
        errors->push_back({QStringLiteral("created_by"), -1, tr("required: who is silencing")});
    if (s.comment.isEmpty())
        errors->push_back({QStringLiteral("comment"), -1, tr("required: why (it is shown on every incident it holds back)")});
    if (!errors->empty())
        return std::nullopt;
    s.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    s.createdAt = s.updatedAt = now;
    QString why;
    if (!store(s, &why)) {
        errors->push_back({QString(), -1, why});
        return std::nullopt;
    }
    noticeOnIncidents(s, QStringLiteral("silence_created"),
                      tr("silenced by %1 (%2): %3, %4").arg(s.createdBy, s.matchersText(), s.comment,
                                                             s.endsAt == 0 ? tr("until this incident resolves")
                                                                           : tr("until %1").arg(timeText(s.endsAt))),
                      now);
    Q_EMIT notice(tr("Silence %1 created by %2: %3").arg(s.id.left(8), s.createdBy, s.matchersText()));
    Q_EMIT silencesChanged();
    return s;
}

bool SilenceService::store(const Silence &s, QString *error)
{
    QSqlQuery q(m_db);
    // An upsert both SQLite and PostgreSQL speak (INSERT OR REPLACE is SQLite's own).
    q.prepare(QStringLiteral("INSERT INTO silences(%1) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                             "matchers = excluded.matchers, starts_at = excluded.starts_at, ends_at = excluded.ends_at, "
                             "until_resolved_incident = excluded.until_resolved_incident, "
                             "created_by = excluded.created_by, comment = excluded.comment, "
                             "created_at = excluded.created_at, updated_at = excluded.updated_at")
                  .arg(QString::fromLatin1(kColumns)));
    for (const QVariant &v : {QVariant(s.id), QVariant(s.matchersText()), QVariant(s.startsAt), QVariant(s.endsAt),
                              QVariant(s.untilResolvedIncident), QVariant(s.createdBy), QVariant(s.comment),
                              QVariant(s.createdAt), QVariant(s.updatedAt)})
        q.addBindValue(v);
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

bool SilenceService::expire(const QString &id, TimestampMs now, QString *error)
{
    auto s = silence(id);
    if (!s) {
        *error = tr("there is no silence %1").arg(id);
        return false;
    }
    if (s->stateAt(now) == Silence::State::Expired) {
        *error = tr("silence %1 has already ended").arg(id);
        return false;
    }
    s->startsAt = std::min(s->startsAt, now);
    s->endsAt = now;
    s->updatedAt = now;
    if (!store(*s, error))
        return false;
    checkNotices(now); // the "expired" notice, at once
    Q_EMIT silencesChanged();
    return true;
}

std::vector<Silence> SilenceService::silences(bool includeExpired, TimestampMs now) const
{
    std::vector<Silence> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT %1 FROM silences ORDER BY created_at DESC").arg(QString::fromLatin1(kColumns)));
    while (q.next())
        if (auto s = fromRow(q); s && (includeExpired || s->stateAt(now) != Silence::State::Expired))
            out.push_back(std::move(*s));
    return out;
}

std::optional<Silence> SilenceService::silence(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM silences WHERE id = ?").arg(QString::fromLatin1(kColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

std::optional<Silence> SilenceService::activeFor(const Labels &labels, TimestampMs now) const
{
    std::optional<Silence> best;
    for (Silence &s : silences(false, now)) {
        if (s.stateAt(now) != Silence::State::Active || !allMatch(s.matchers, labels))
            continue;
        const auto end = [](const Silence &x) { return x.endsAt == 0 ? std::numeric_limits<TimestampMs>::max() : x.endsAt; };
        if (!best || end(s) > end(*best))
            best = std::move(s);
    }
    return best;
}

Labels SilenceService::identifyingLabels(const Incident &incident, const Labels &ruleLabels)
{
    Labels out;
    for (const auto &[k, v] : incident.labels) {
        if (k == u"severity" || ruleLabels.count(k))
            continue;
        out.emplace(k, v);
    }
    return out;
}

void SilenceService::noticeOnIncidents(const Silence &s, const QString &kind, const QString &message, TimestampMs now)
{
    for (const Incident &i : m_incidents.incidents(true))
        if (allMatch(s.matchers, i.labels))
            m_incidents.recordEvent(i.id, kind, message, {{QStringLiteral("silence"), s.id}}, now);
}

void SilenceService::checkNotices(TimestampMs now)
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1, expiring_noticed, expired_noticed FROM silences WHERE ends_at > 0 AND "
                             "(expired_noticed = 0)")
                  .arg(QString::fromLatin1(kColumns)));
    if (!q.exec())
        return;
    struct Due {
        Silence silence;
        bool expired;
    };
    std::vector<Due> due;
    while (q.next()) {
        const auto s = fromRow(q);
        if (!s)
            continue;
        if (now >= s->endsAt)
            due.push_back({*s, true});
        else if (s->endsAt - now <= kExpiryNoticeMs && q.value(9).toInt() == 0 && s->stateAt(now) == Silence::State::Active)
            due.push_back({*s, false});
    }
    for (const Due &d : due) {
        const Silence &s = d.silence;
        QSqlQuery mark(m_db);
        mark.prepare(d.expired ? QStringLiteral("UPDATE silences SET expired_noticed = 1, expiring_noticed = 1 WHERE id = ?")
                               : QStringLiteral("UPDATE silences SET expiring_noticed = 1 WHERE id = ?"));
        mark.addBindValue(s.id);
        if (!mark.exec())
            continue;
        const QString message = d.expired
                                    ? tr("silence %1 by %2 (%3) has expired: notifications resume").arg(s.id.left(8), s.createdBy, s.matchersText())
                                    : tr("silence %1 by %2 (%3) expires at %4").arg(s.id.left(8), s.createdBy, s.matchersText(), timeText(s.endsAt));
        noticeOnIncidents(s, d.expired ? QStringLiteral("silence_expired") : QStringLiteral("silence_expiring"), message, now);
        Q_EMIT notice(message);
    }
}

void SilenceService::incidentChanged(const Incident &incident)
{
    if (!m_active)
        return;
    // "Until resolved": the silence made for this incident ends when it resolves.
    if (incident.state != Incident::State::Resolved)
        return;
    const TimestampMs now = incident.resolvedAt > 0 ? incident.resolvedAt : QDateTime::currentMSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE silences SET ends_at = ?, updated_at = ? WHERE until_resolved_incident = ? AND ends_at = 0"));
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(incident.id);
    if (q.exec() && q.numRowsAffected() > 0) {
        checkNotices(now);
        Q_EMIT silencesChanged();
    }
}

} // namespace hms
