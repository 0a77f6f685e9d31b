#include "incidents/Rca.h"

#include "incidents/IncidentService.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

namespace hms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hms::Rca", text);
}

QJsonObject entryJson(const RcaTimelineEntry &e)
{
    return {{QStringLiteral("at_ms"), e.at},
            {QStringLiteral("text"), e.text},
            {QStringLiteral("starred"), e.starred},
            {QStringLiteral("event_id"), e.eventId},
            {QStringLiteral("kind"), e.kind}};
}

QJsonObject actionJson(const RcaActionItem &a)
{
    return {{QStringLiteral("what"), a.what},
            {QStringLiteral("owner"), a.owner},
            {QStringLiteral("due"), a.due.isValid() ? a.due.toString(Qt::ISODate) : QString()},
            {QStringLiteral("link"), a.link},
            {QStringLiteral("done"), a.done}};
}

bool stringField(const QJsonObject &o, const char *name, const QString &where, QString *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = tr("%1%2: expected a string").arg(where, QLatin1String(name));
        return false;
    }
    *out = v.toString();
    return true;
}

QString checkUrl(const QString &url, const QString &field)
{
    if (url.isEmpty())
        return {};
    const QUrl u(url, QUrl::StrictMode);
    if (!u.isValid() || (u.scheme() != u"https" && u.scheme() != u"http") || u.host().isEmpty())
        return tr("%1: \"%2\" is not an http(s) link").arg(field, url);
    return {};
}
} // namespace

QString rcaStatusName(Rca::Status s)
{
    switch (s) {
    case Rca::Status::Draft:
        return QStringLiteral("draft");
    case Rca::Status::InReview:
        return QStringLiteral("in_review");
    case Rca::Status::Published:
        return QStringLiteral("published");
    }
    return {};
}

QString rcaStatusLabel(Rca::Status s)
{
    switch (s) {
    case Rca::Status::Draft:
        return tr("Draft");
    case Rca::Status::InReview:
        return tr("In review");
    case Rca::Status::Published:
        return tr("Published");
    }
    return {};
}

std::optional<Rca::Status> rcaStatusFromName(QStringView s)
{
    for (Rca::Status st : {Rca::Status::Draft, Rca::Status::InReview, Rca::Status::Published})
        if (s == rcaStatusName(st))
            return st;
    return std::nullopt;
}

QJsonObject Rca::toJson() const
{
    QJsonArray entries;
    for (const RcaTimelineEntry &e : timeline)
        entries.append(entryJson(e));
    QJsonArray items;
    for (const RcaActionItem &a : actions)
        items.append(actionJson(a));
    return {{QStringLiteral("incident_id"), incidentId},
            {QStringLiteral("version"), version},
            {QStringLiteral("status"), rcaStatusName(status)},
            {QStringLiteral("summary"), summary},
            {QStringLiteral("timeline"), entries},
            {QStringLiteral("contributing_factors"), factors},
            {QStringLiteral("went_well"), wentWell},
            {QStringLiteral("learnings"), learnings},
            {QStringLiteral("action_items"), items},
            {QStringLiteral("updated_at_ms"), updatedAt},
            {QStringLiteral("updated_by"), updatedBy}};
}

std::optional<Rca> Rca::fromJson(const QJsonObject &o, QString *error)
{
    Rca r;
    r.incidentId = o.value(QStringLiteral("incident_id")).toInteger();
    r.version = o.value(QStringLiteral("version")).toInt();
    const auto status = rcaStatusFromName(o.value(QStringLiteral("status")).toString());
    if (!status) {
        *error = tr("status: \"%1\" is not draft, in_review or published").arg(o.value(QStringLiteral("status")).toString());
        return std::nullopt;
    }
    r.status = *status;
    if (!stringField(o, "summary", {}, &r.summary, error) || !stringField(o, "contributing_factors", {}, &r.factors, error)
        || !stringField(o, "went_well", {}, &r.wentWell, error) || !stringField(o, "learnings", {}, &r.learnings, error)
        || !stringField(o, "updated_by", {}, &r.updatedBy, error))
        return std::nullopt;
    r.updatedAt = o.value(QStringLiteral("updated_at_ms")).toInteger();
    const QJsonArray entries = o.value(QStringLiteral("timeline")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!entries[i].isObject()) {
            *error = tr("timeline[%1]: expected an object").arg(i);
            return std::nullopt;
        }
        const QJsonObject e = entries[i].toObject();
        RcaTimelineEntry entry;
        entry.at = e.value(QStringLiteral("at_ms")).toInteger();
        entry.starred = e.value(QStringLiteral("starred")).toBool();
        entry.eventId = e.value(QStringLiteral("event_id")).toInteger();
        const QString where = QStringLiteral("timeline[%1].").arg(i);
        if (!stringField(e, "text", where, &entry.text, error) || !stringField(e, "kind", where, &entry.kind, error))
            return std::nullopt;
        r.timeline.push_back(entry);
    }
    const QJsonArray items = o.value(QStringLiteral("action_items")).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isObject()) {
            *error = tr("action_items[%1]: expected an object").arg(i);
            return std::nullopt;
        }
        const QJsonObject a = items[i].toObject();
        RcaActionItem item;
        const QString where = QStringLiteral("action_items[%1].").arg(i);
        QString due;
        if (!stringField(a, "what", where, &item.what, error) || !stringField(a, "owner", where, &item.owner, error)
            || !stringField(a, "link", where, &item.link, error) || !stringField(a, "due", where, &due, error))
            return std::nullopt;
        if (!due.isEmpty()) {
            item.due = QDate::fromString(due, Qt::ISODate);
            if (!item.due.isValid()) {
                *error = tr("%1due: \"%2\" is not a date (YYYY-MM-DD)").arg(where, due);
                return std::nullopt;
            }
        }
        item.done = a.value(QStringLiteral("done")).toBool();
        r.actions.push_back(item);
    }
    return r;
}

Rca prefillRca(const Incident &incident, const std::vector<IncidentEvent> &events)
{
    Rca r;
    r.incidentId = incident.id;
    const TimestampMs end = incident.resolvedAt > 0 ? incident.resolvedAt : 0;
    r.summary = end > 0 ? tr("%1 on %2: %3 %4 crossed %5; resolved after %6.")
                              .arg(incident.rule, incident.service, incident.aggregate, incident.metric,
                                   incident.threshold, formatDurationLong(end - incident.openedAt))
                        : tr("%1 on %2: %3 %4 crossed %5.")
                              .arg(incident.rule, incident.service, incident.aggregate, incident.metric,
                                   incident.threshold);
    static const QStringList key{QStringLiteral("fired"), QStringLiteral("acknowledged"), QStringLiteral("escalated"),
                                 QStringLiteral("resolved"), QStringLiteral("root_cause")};
    for (const IncidentEvent &e : events) {
        if (e.kind == u"notification_queued")
            continue; // the delivery ("notified") says it
        r.timeline.push_back({e.at, e.message, key.contains(e.kind), e.id, e.kind});
    }
    return r;
}

QString formatDurationLong(qint64 ms)
{
    if (ms < 0)
        ms = 0;
    const qint64 s = ms / 1000;
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
    if (s < 86400)
        return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600);
}

std::vector<Slo> slosForIncident(const Incident &incident, const std::vector<Slo> &slos)
{
    std::vector<Slo> out;
    for (const Slo &slo : slos) {
        const bool fromItsRules = incident.rule.startsWith(QStringLiteral("SLO_%1_").arg(slo.id));
        const bool onItsMetric = !incident.metric.isEmpty()
            && (slo.latency.metric == incident.metric || slo.errors.metric == incident.metric
                || slo.total.metric == incident.metric);
        const bool onItsService = !slo.service.isEmpty() && slo.service == incident.service;
        if (fromItsRules || onItsMetric || onItsService)
            out.push_back(slo);
    }
    return out;
}

RcaImpact computeRcaImpact(const Incident &incident, const std::vector<Slo> &slos, const SeriesStore &store,
                           TimestampMs now)
{
    RcaImpact impact;
    impact.start = incident.openedAt;
    impact.ongoing = incident.resolvedAt <= 0;
    impact.end = impact.ongoing ? std::max(now, incident.openedAt) : incident.resolvedAt;
    impact.durationMs = impact.end - impact.start;
    AggregateSpec sum;
    sum.kind = AggregateSpec::Kind::Sum;
    sum.text = QStringLiteral("sum");
    for (const Slo &slo : slosForIncident(incident, slos)) {
        RcaImpact::SloBurn burn;
        burn.slo = slo.id;
        burn.description = slo.description;
        burn.objective = slo.objective;
        burn.windowMs = slo.windowMs;
        const Labels match{{QStringLiteral("slo"), slo.id}};
        // The slices are stamped a second after the minute they count, so the incident's minutes
        // are those stamped in (start, end + 1 min].
        for (const SeriesKey &key : store.select(QStringLiteral("slo_bad_events"), match))
            for (const Sample &s : store.range(key, impact.start, impact.end + 60'000))
                burn.badInIncident += s.v;
        for (const SeriesKey &key : store.select(QStringLiteral("slo_total_events"), match))
            if (const auto v = store.aggregateWindow(key, sum, impact.end + 60'000, slo.windowMs).value)
                burn.totalInWindow += *v;
        if (burn.totalInWindow > 0)
            burn.budgetBurned = burn.badInIncident / (slo.budget() * burn.totalInWindow);
        impact.slos.push_back(burn);
    }
    return impact;
}

RcaService::RcaService(QSqlDatabase db, IncidentService &incidents, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_incidents(incidents)
{
}

std::optional<Rca> RcaService::stored(qint64 incidentId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT json, version FROM rcas WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    QString error;
    auto rca = Rca::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(), &error);
    if (!rca) {
        qWarning("rcas: incident %lld: %s", incidentId, qPrintable(error));
        return std::nullopt;
    }
    rca->version = q.value(1).toInt();
    rca->incidentId = incidentId;
    return rca;
}

std::optional<Rca> RcaService::rcaFor(qint64 incidentId) const
{
    if (auto rca = stored(incidentId))
        return rca;
    const auto incident = m_incidents.incident(incidentId);
    if (!incident)
        return std::nullopt;
    return prefillRca(*incident, m_incidents.events(incidentId));
}

QString RcaService::validate(const Rca &rca)
{
    if (rca.summary.trimmed().isEmpty())
        return tr("summary: empty; say in a few sentences what happened and to whom");
    for (std::size_t i = 0; i < rca.timeline.size(); ++i) {
        if (rca.timeline[i].text.trimmed().isEmpty())
            return tr("timeline[%1].text: empty").arg(i);
        if (rca.timeline[i].at <= 0)
            return tr("timeline[%1].at: no time").arg(i);
    }
    for (std::size_t i = 0; i < rca.actions.size(); ++i) {
        const RcaActionItem &a = rca.actions[i];
        const QString where = QStringLiteral("action_items[%1]").arg(i);
        if (a.what.trimmed().isEmpty())
            return tr("%1.what: empty; say what will be done").arg(where);
        if (a.owner.trimmed().isEmpty())
            return tr("%1.owner: empty; every action item has an owner").arg(where);
        if (const QString bad = checkUrl(a.link.trimmed(), where + QStringLiteral(".link")); !bad.isEmpty())
            return bad;
    }
    if (rca.status == Rca::Status::Published && rca.learnings.trimmed().isEmpty())
        return tr("learnings: empty; a published review says what was learned");
    return {};
}

RcaSave RcaService::save(Rca rca, int baseVersion, const QString &by, TimestampMs at)
{
    RcaSave result;
    const auto incident = m_incidents.incident(rca.incidentId);
    if (!incident) {
        result.error = tr("no incident %1").arg(rca.incidentId);
        return result;
    }
    result.error = validate(rca);
    if (!result.error.isEmpty())
        return result;
    const std::optional<Rca> before = stored(rca.incidentId);
    const int latest = before ? before->version : 0;
    if (latest != baseVersion) {
        result.conflict = true;
        result.error = tr("conflict: %1 saved version %2 of this review at %3 after you opened version %4; "
                          "nothing was overwritten. Reopen it and apply your change again.")
                           .arg(before ? before->updatedBy : QString())
                           .arg(latest)
                           .arg(before ? QDateTime::fromMSecsSinceEpoch(before->updatedAt).toString(Qt::ISODate) : QString())
                           .arg(baseVersion);
        return result;
    }
    rca.version = latest + 1;
    rca.updatedAt = at;
    rca.updatedBy = by;
    if (!m_db.transaction()) {
        result.error = m_db.lastError().text();
        return result;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO rcas(incident_id, version, json, updated_at, updated_by) VALUES(?, ?, ?, ?, ?) "
                             "ON CONFLICT(incident_id) DO UPDATE SET version = excluded.version, json = excluded.json, "
                             "updated_at = excluded.updated_at, updated_by = excluded.updated_by "
                             "WHERE rcas.version = ?"));
    q.addBindValue(rca.incidentId);
    q.addBindValue(rca.version);
    q.addBindValue(QString::fromUtf8(QJsonDocument(rca.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(at);
    q.addBindValue(by);
    q.addBindValue(latest);
    if (!q.exec() || q.numRowsAffected() != 1) {
        m_db.rollback();
        result.error = q.lastError().isValid() ? q.lastError().text() : tr("conflict: the review changed while saving");
        result.conflict = !q.lastError().isValid();
        return result;
    }
    if (!m_db.commit()) {
        m_db.rollback();
        result.error = m_db.lastError().text();
        return result;
    }
    result.version = rca.version;
    if (!before)
        m_incidents.recordEvent(rca.incidentId, QStringLiteral("rca"), tr("RCA started by %1").arg(by),
                                {{QStringLiteral("by"), by}, {QStringLiteral("status"), rcaStatusName(rca.status)}}, at);
    else if (before->status != rca.status)
        m_incidents.recordEvent(rca.incidentId, QStringLiteral("rca"),
                                tr("RCA %1 by %2").arg(rcaStatusLabel(rca.status).toLower(), by),
                                {{QStringLiteral("by"), by}, {QStringLiteral("status"), rcaStatusName(rca.status)}}, at);
    Q_EMIT saved(rca.incidentId, rca.version);
    return result;
}

} // namespace hms
