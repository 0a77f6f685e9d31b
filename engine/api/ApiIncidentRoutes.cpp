// The API's incident, event, playbook, rotation, notification and secret routes.
#include "api/ApiJson.h"
#include "core/Duration.h"
#include "api/ApiServer.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "notify/Channels.h"
#include "notify/Outbox.h"
#include "notify/SecretStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QJsonDocument>
#include <QUrl>

#include <memory>

namespace hms {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {
TimestampMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Who is acting: {"by": "..."} in the body, else "opsctl".
QString actor(const QHttpServerRequest &req)
{
    return actorOf(QJsonDocument::fromJson(req.body()).object());
}

QString localText(qint64 localMs)
{
    return QDateTime::fromMSecsSinceEpoch(localMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject rotationJson(const Rotation &r, TimestampMs at)
{
    QJsonArray members;
    for (const RotationMember &m : r.members)
        members.append(QJsonObject{{QStringLiteral("name"), m.name},
                                   {QStringLiteral("pager"), m.pager},
                                   {QStringLiteral("slack"), m.slack},
                                   {QStringLiteral("email"), m.email}});
    static const QStringList kDays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                                   QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                                   QStringLiteral("sun")};
    QJsonArray layers;
    for (const RotationLayer &l : r.layers) {
        QJsonArray names;
        for (int m : l.members)
            names.append(r.members.at(size_t(m)).name);
        QJsonArray restrictions;
        for (const RotationRestriction &x : l.restrictions) {
            QJsonArray days;
            for (int d = 0; d < 7; ++d)
                if ((x.days >> d) & 1)
                    days.append(kDays.at(d));
            auto clock = [](qint64 ms) {
                return QStringLiteral("%1:%2").arg(ms / 3'600'000, 2, 10, QLatin1Char('0'))
                    .arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'));
            };
            restrictions.append(QJsonObject{{QStringLiteral("days"), days},
                                            {QStringLiteral("start"), clock(x.startMs)},
                                            {QStringLiteral("end"), clock(x.endMs)}});
        }
        layers.append(QJsonObject{{QStringLiteral("name"), l.name},
                                  {QStringLiteral("start"), localText(l.startLocalMs)},
                                  {QStringLiteral("handoff"), formatDurationMs(l.turnMs)},
                                  {QStringLiteral("members"), names},
                                  {QStringLiteral("restrictions"), restrictions}});
    }
    QJsonArray overrides;
    for (const RotationOverride &o : r.overrides)
        overrides.append(QJsonObject{{QStringLiteral("member"), r.members.at(size_t(o.member)).name},
                                     {QStringLiteral("start_ms"), o.startMs},
                                     {QStringLiteral("end_ms"), o.endMs}});
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("description"), r.description},
                  {QStringLiteral("time_zone"), QString::fromUtf8(r.zone.id())},
                  {QStringLiteral("members"), members},
                  {QStringLiteral("layers"), layers},
                  {QStringLiteral("overrides"), overrides},
                  {QStringLiteral("at_ms"), at}};
    if (const auto who = r.onCallAt(at)) {
        const RotationMember &m = r.members.at(std::size_t(who->member));
        o.insert(QStringLiteral("on_call"),
                 QJsonObject{{QStringLiteral("name"), m.name},
                             {QStringLiteral("pager"), m.pager},
                             {QStringLiteral("slack"), m.slack},
                             {QStringLiteral("layer"), who->layer < 0 ? QStringLiteral("override")
                                                                      : r.layers.at(size_t(who->layer)).name},
                             {QStringLiteral("until_ms"), who->until}});
    }
    return o;
}

QJsonObject playbookJson(const Playbook &p, bool withText)
{
    QJsonObject o{{QStringLiteral("id"), p.id},
                  {QStringLiteral("title"), p.title},
                  {QStringLiteral("steps"), QJsonArray::fromStringList(p.steps)}};
    if (withText)
        o.insert(QStringLiteral("markdown"), p.markdown);
    return o;
}
} // namespace

void ApiServer::addIncidentRoutes(QHttpServer &s)
{
    s.route(QStringLiteral("/api/v1/incidents"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const QString state = req.query().queryItemValue(QStringLiteral("state"));
        if (!state.isEmpty() && state != u"open" && state != u"all")
            return apiError(Status::BadRequest, tr("state: expected \"open\" or \"all\", got \"%1\"").arg(state));
        QJsonArray list;
        for (const Incident &i : m_ctx.incidents->incidents(state != u"all"))
            list.append(i.toJson());
        return QHttpServerResponse(QJsonObject{{QStringLiteral("incidents"), list}});
    });
    s.route(QStringLiteral("/api/v1/incidents/<arg>"), Method::Get, [this](qint64 id, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const auto incident = m_ctx.incidents->incident(id);
        if (!incident)
            return apiError(Status::NotFound, tr("no incident %1").arg(id));
        QJsonArray events;
        for (const IncidentEvent &e : m_ctx.incidents->events(id))
            events.append(e.toJson());
        QJsonObject body{{QStringLiteral("incident"), incident->toJson()}, {QStringLiteral("events"), events}};
        if (const auto pb = m_ctx.catalog->playbook(incident->playbookId))
            body.insert(QStringLiteral("playbook"), playbookJson(*pb, true));
        return QHttpServerResponse(body);
    });
    auto action = [this](qint64 id, const QHttpServerRequest &req, bool ack) {
        if (auto d = denied(req))
            return std::move(*d);
        if (!m_ctx.incidents->incident(id))
            return apiError(Status::NotFound, tr("no incident %1").arg(id));
        const QString problem = ack ? m_ctx.incidents->acknowledge(id, actor(req), nowMs())
                                    : m_ctx.incidents->resolve(id, actor(req), nowMs());
        if (!problem.isEmpty())
            return apiError(Status::Conflict, problem);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("incident"), m_ctx.incidents->incident(id)->toJson()}});
    };
    s.route(QStringLiteral("/api/v1/incidents/<arg>/ack"), Method::Post,
            [action](qint64 id, const QHttpServerRequest &req) { return action(id, req, true); });
    s.route(QStringLiteral("/api/v1/incidents/<arg>/resolve"), Method::Post,
            [action](qint64 id, const QHttpServerRequest &req) { return action(id, req, false); });

    s.route(QStringLiteral("/api/v1/incidents/<arg>/escalate"), Method::Post,
            [this](qint64 id, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                if (!m_ctx.incidents->incident(id))
                    return apiError(Status::NotFound, tr("no incident %1").arg(id));
                const QString problem = m_ctx.incidents->escalate(id, actor(req), nowMs());
                if (!problem.isEmpty())
                    return apiError(Status::Conflict, problem);
                return QHttpServerResponse(
                    QJsonObject{{QStringLiteral("incident"), m_ctx.incidents->incident(id)->toJson()}});
            });
    // {"to": "name", "by": "..."}
    s.route(QStringLiteral("/api/v1/incidents/<arg>/reassign"), Method::Post,
            [this](qint64 id, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                if (!m_ctx.incidents->incident(id))
                    return apiError(Status::NotFound, tr("no incident %1").arg(id));
                const QString to = QJsonDocument::fromJson(req.body()).object().value(QStringLiteral("to")).toString();
                if (to.trimmed().isEmpty())
                    return apiError(Status::BadRequest, tr("to: required: who takes the incident"));
                const QString problem = m_ctx.incidents->reassign(id, to.left(100), actor(req), nowMs());
                if (!problem.isEmpty())
                    return apiError(Status::Conflict, problem);
                return QHttpServerResponse(
                    QJsonObject{{QStringLiteral("incident"), m_ctx.incidents->incident(id)->toJson()}});
            });

    // The feed behind `opsctl incident watch`: events after a cursor, with their incident's headline.
    s.route(QStringLiteral("/api/v1/events"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const QUrlQuery q = req.query();
        bool ok = true;
        const QString afterText = q.queryItemValue(QStringLiteral("after"));
        const qint64 after = afterText.isEmpty() ? 0 : afterText.toLongLong(&ok);
        if (!ok || after < 0)
            return apiError(Status::BadRequest, tr("after: expected an event id (a non-negative integer)"));
        const int limit = std::clamp(q.queryItemValue(QStringLiteral("limit")).toInt(), 0, 1000);
        QJsonArray events;
        std::map<qint64, Incident> incidents;
        for (const IncidentEvent &e : m_ctx.incidents->eventsAfter(after, limit > 0 ? limit : 200)) {
            QJsonObject o = e.toJson();
            if (!incidents.count(e.incidentId))
                if (auto i = m_ctx.incidents->incident(e.incidentId))
                    incidents[e.incidentId] = *i;
            if (incidents.count(e.incidentId)) {
                const Incident &i = incidents[e.incidentId];
                o.insert(QStringLiteral("rule"), i.rule);
                o.insert(QStringLiteral("service"), i.service);
                o.insert(QStringLiteral("metric"), i.metric);
                o.insert(QStringLiteral("aggregate"), i.aggregate);
            }
            events.append(o);
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("events"), events},
                                               {QStringLiteral("last_id"), m_ctx.incidents->lastEventId()}});
    });

    s.route(QStringLiteral("/api/v1/notifications"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonArray list;
        for (const OutboxMessage &m : m_ctx.outbox->messages())
            list.append(m.toJson());
        return QHttpServerResponse(QJsonObject{{QStringLiteral("notifications"), list}});
    });
    s.route(QStringLiteral("/api/v1/notifications/<arg>/retry"), Method::Post,
            [this](qint64 id, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                if (!m_ctx.outbox->message(id))
                    return apiError(Status::NotFound, tr("no notification #%1").arg(id));
                if (const QString problem = m_ctx.outbox->retry(id); !problem.isEmpty())
                    return apiError(Status::Conflict, problem);
                return QHttpServerResponse(QJsonObject{{QStringLiteral("retrying"), id}});
            });
}

QHttpServerResponse ApiServer::createFromUpload(const QHttpServerRequest &req, const CreateFn &create,
                                                const QJsonObject &extra)
{
    if (auto d = denied(req))
        return std::move(*d);
    QString problem;
    const auto upload = fileUpload(req, &problem);
    if (!upload)
        return apiError(Status::BadRequest, problem);
    QString id;
    const auto errors = create(upload->second, upload->first, &id);
    if (!errors.empty())
        return parseErrorResponse(errors);
    QJsonObject body = extra;
    body.insert(QStringLiteral("created"), id);
    return QHttpServerResponse(body, Status::Created);
}

void ApiServer::addCatalogRoutes(QHttpServer &s)
{
    s.route(QStringLiteral("/api/v1/playbooks"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonArray list;
        for (const Playbook &p : m_ctx.catalog->playbooks())
            list.append(playbookJson(p, false));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("playbooks"), list}});
    });
    s.route(QStringLiteral("/api/v1/playbooks"), Method::Post, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QString problem;
        const auto upload = fileUpload(req, &problem);
        if (!upload)
            return apiError(Status::BadRequest, problem);
        QString id;
        problem = m_ctx.catalog->importPlaybook(QString::fromUtf8(upload->second), upload->first, &id);
        if (!problem.isEmpty())
            return apiError(Status::BadRequest, QStringLiteral("%1: %2").arg(upload->first, problem));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("imported"), id}}, Status::Created);
    });
    s.route(QStringLiteral("/api/v1/playbooks/<arg>"), Method::Get,
            [this](const QString &id, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                const auto pb = m_ctx.catalog->playbook(id);
                if (!pb)
                    return apiError(Status::NotFound, tr("no playbook \"%1\"").arg(id));
                return QHttpServerResponse(playbookJson(*pb, true));
            });

    s.route(QStringLiteral("/api/v1/rotations"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonArray list;
        const TimestampMs now = nowMs();
        for (const Rotation &r : m_ctx.catalog->rotations())
            list.append(rotationJson(r, now));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("rotations"), list}});
    });
    // A YAML file uploaded into the catalog by `create` (rotations, escalation policies). (One
    // lambda per route: a closure returned from a generic lambda, holding a pointer to member,
    // reached this with an invalid `this` under gcc 12, as UBSan reported in tst_api.)
    s.route(QStringLiteral("/api/v1/rotations"), Method::Post, [this](const QHttpServerRequest &req) {
        return createFromUpload(req, [this](const QByteArray &yaml, const QString &file, QString *id) {
            return m_ctx.catalog->createRotation(yaml, file, id);
        });
    });
    s.route(QStringLiteral("/api/v1/escalations"), Method::Post, [this](const QHttpServerRequest &req) {
        return createFromUpload(req, [this](const QByteArray &yaml, const QString &file, QString *id) {
            return m_ctx.catalog->createEscalationPolicy(yaml, file, id);
        });
    });
    // The routing configuration (alerting/Routing.h): grouping and inhibition.
    s.route(QStringLiteral("/api/v1/routing"), Method::Post, [this](const QHttpServerRequest &req) {
        return createFromUpload(req, [this](const QByteArray &yaml, const QString &file, QString *id) {
            *id = QStringLiteral("routing");
            return m_ctx.catalog->setRouting(yaml, file);
        });
    });
    s.route(QStringLiteral("/api/v1/routing"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const RoutingConfig c = m_ctx.catalog->routing();
        const auto [source, file] = m_ctx.catalog->routingSource();
        QJsonArray inhibit;
        for (const InhibitRule &r : c.inhibitRules) {
            QJsonArray src, dst;
            for (const Matcher &m : r.source)
                src.append(m.toString());
            for (const Matcher &m : r.target)
                dst.append(m.toString());
            inhibit.append(QJsonObject{{QStringLiteral("source_matchers"), src},
                                       {QStringLiteral("target_matchers"), dst},
                                       {QStringLiteral("equal"), QJsonArray::fromStringList(r.equal)}});
        }
        return QHttpServerResponse(QJsonObject{
            {QStringLiteral("file"), file},
            {QStringLiteral("group_by"), c.groupByAll ? QJsonArray{QStringLiteral("...")} : QJsonArray::fromStringList(c.groupBy)},
            {QStringLiteral("group_wait"), formatDurationMs(c.groupWaitMs)},
            {QStringLiteral("group_interval"), formatDurationMs(c.groupIntervalMs)},
            {QStringLiteral("repeat_interval"), c.repeatIntervalMs > 0 ? formatDurationMs(c.repeatIntervalMs) : QStringLiteral("never")},
            {QStringLiteral("inhibit_rules"), inhibit},
            {QStringLiteral("source"), QString::fromUtf8(source)}});
    });
    s.route(QStringLiteral("/api/v1/escalations"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonArray list;
        for (const EscalationPolicy &p : m_ctx.catalog->escalationPolicies()) {
            QJsonArray steps;
            for (const EscalationStep &step : p.steps)
                steps.append(QJsonObject{{QStringLiteral("target"), step.target.isRotation()
                                                                        ? QStringLiteral("rotation:") + step.target.rotation
                                                                        : step.target.person.name},
                                         {QStringLiteral("after"), formatDurationMs(step.afterMs)}});
            list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("description"), p.description},
                                    {QStringLiteral("repeat"), p.repeat},
                                    {QStringLiteral("steps"), steps}});
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("escalations"), list}});
    });
    // Who is on call now, or `?at=` an RFC 3339 time or epoch milliseconds.
    s.route(QStringLiteral("/api/v1/oncall/<arg>"), Method::Get,
            [this](const QString &id, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                const auto rotation = m_ctx.catalog->rotation(id);
                if (!rotation)
                    return apiError(Status::NotFound, tr("no rotation \"%1\"").arg(id));
                TimestampMs at = nowMs();
                const QString atText = req.query().queryItemValue(QStringLiteral("at"), QUrl::FullyDecoded);
                if (!atText.isEmpty()) {
                    bool isNumber = false;
                    const qint64 ms = atText.toLongLong(&isNumber);
                    const QDateTime dt = QDateTime::fromString(atText, Qt::ISODateWithMs);
                    if (isNumber && ms >= Rotation::kMinMs && ms <= Rotation::kMaxMs)
                        at = ms;
                    else if (!isNumber && dt.isValid() && dt.timeSpec() != Qt::LocalTime)
                        at = dt.toMSecsSinceEpoch();
                    else
                        return apiError(Status::BadRequest,
                                        tr("at: expected an RFC 3339 time with an offset, like "
                                           "\"2026-03-08T09:00:00-04:00\", or epoch milliseconds, got \"%1\"")
                                            .arg(atText.left(64)));
                }
                return QHttpServerResponse(rotationJson(*rotation, at));
            });

    // Secrets go straight to the OS keychain (or the opt-in --secrets-file); the body is the secret
    // itself and is never logged.
    s.route(QStringLiteral("/api/v1/secrets/<arg>"), Method::Put,
            [this](const QString &name, const QHttpServerRequest &req, QHttpServerResponder &&responder) {
                if (auto d = denied(req)) {
                    sendTo(responder, *d);
                    return;
                }
                const ChannelInfo *channel = channelForSecret(name);
                if (!channel) {
                    sendTo(responder, apiError(Status::BadRequest, tr("secret name: \"%1\" is not known; known: %2")
                                                                       .arg(name.left(64), knownSecretNames())));
                    return;
                }
                const QString value = QString::fromUtf8(req.body()).trimmed();
                if (const auto problem = secretProblem(*channel, value)) {
                    sendTo(responder, apiError(Status::BadRequest, *problem));
                    return;
                }
                auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
                const QString enabled = QStringLiteral("notify.%1.enabled").arg(QLatin1String(channel->name));
                m_ctx.secrets->write(name, value, this, [this, held, name, enabled](bool ok, const QString &problem) {
                    if (!ok) {
                        sendTo(*held, apiError(Status::ServiceUnavailable,
                                                    tr("could not store %1 in the %2: %3")
                                                        .arg(name, m_ctx.secrets->backendDescription(), problem)));
                        return;
                    }
                    m_ctx.catalog->setSetting(enabled, QStringLiteral("1"));
                    sendTo(*held, QHttpServerResponse(QJsonObject{{QStringLiteral("stored"), name},
                                                                  {QStringLiteral("in"), m_ctx.secrets->backendDescription()}}));
                });
            });

    // Notification settings (notify/Channels.h, knownSettings): what is enabled, for which
    // severities, and the base URL of the links in messages. Validated; a bad value is a 400
    // naming the setting, and the stored one stays.
    s.route(QStringLiteral("/api/v1/settings"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonObject all;
        for (const QString &name : knownSettings())
            all.insert(name, m_ctx.catalog->setting(name));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("settings"), all}});
    });
    s.route(QStringLiteral("/api/v1/settings/<arg>"), Method::Put, [this](const QString &name, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const QString value = QString::fromUtf8(req.body()).trimmed();
        if (const auto problem = settingProblem(name, value))
            return apiError(Status::BadRequest, *problem);
        m_ctx.catalog->setSetting(name, value);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});
    });
}

} // namespace hms
