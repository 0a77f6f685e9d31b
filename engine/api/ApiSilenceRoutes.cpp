// Silences over the local API: list, create (validated as a whole, nothing stored on an error),
// show, expire.
#include "alerting/Silence.h"
#include "api/ApiJson.h"
#include "api/ApiServer.h"
#include "core/Duration.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>

namespace hms {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

QJsonObject silenceJson(const Silence &s, TimestampMs now)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("matchers"), s.matchersText()},
                       {QStringLiteral("state"), silenceStateName(s.stateAt(now))},
                       {QStringLiteral("starts_at_ms"), s.startsAt},
                       {QStringLiteral("ends_at_ms"), s.endsAt},
                       {QStringLiteral("until_resolved_incident"), s.untilResolvedIncident},
                       {QStringLiteral("created_by"), s.createdBy},
                       {QStringLiteral("comment"), s.comment},
                       {QStringLiteral("created_at_ms"), s.createdAt}};
}

void ApiServer::addSilenceRoutes(QHttpServer &s)
{
    s.route(QStringLiteral("/api/v1/silences"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        const bool all = req.query().queryItemValue(QStringLiteral("all")) == u"1";
        QJsonArray list;
        for (const Silence &x : m_ctx.silences->silences(all, now))
            list.append(silenceJson(x, now));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("silences"), list}});
    });
    s.route(QStringLiteral("/api/v1/silences"), Method::Post, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject())
            return apiError(Status::BadRequest, tr("body: expected a JSON object (%1 at byte %2)")
                                                    .arg(parseError.errorString())
                                                    .arg(parseError.offset));
        const QJsonObject o = doc.object();
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        SilenceDraft draft;
        draft.matchers = o.value(QStringLiteral("matchers")).toString();
        draft.startsAt = o.value(QStringLiteral("starts_at_ms")).toInteger();
        draft.endsAt = o.value(QStringLiteral("ends_at_ms")).toInteger();
        draft.untilResolvedIncident = o.value(QStringLiteral("until_resolved_incident")).toInteger();
        draft.createdBy = o.value(QStringLiteral("created_by")).toString();
        draft.comment = o.value(QStringLiteral("comment")).toString();
        if (o.contains(QStringLiteral("duration"))) {
            const QString text = o.value(QStringLiteral("duration")).toString();
            const auto ms = parseDurationMs(text);
            if (!ms || *ms <= 0)
                return apiError(Status::BadRequest, tr("duration: \"%1\" is not a duration like 30m, 2h, 1d").arg(text));
            draft.endsAt = (draft.startsAt > 0 ? draft.startsAt : now) + *ms;
        }
        std::vector<SilenceError> errors;
        const auto created = m_ctx.silences->create(draft, now, &errors);
        if (!created) {
            QStringList texts;
            QJsonArray list;
            for (const SilenceError &e : errors) {
                texts << e.toString();
                list.append(QJsonObject{{QStringLiteral("field"), e.field},
                                        {QStringLiteral("column"), e.column >= 0 ? QJsonValue(e.column + 1) : QJsonValue()},
                                        {QStringLiteral("message"), e.message}});
            }
            return apiError(Status::BadRequest, texts.join(QStringLiteral("; ")), {{QStringLiteral("errors"), list}});
        }
        return QHttpServerResponse(silenceJson(*created, now), Status::Created);
    });
    s.route(QStringLiteral("/api/v1/silences/<arg>"), Method::Get, [this](const QString &id, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const auto x = m_ctx.silences->silence(id);
        if (!x)
            return apiError(Status::NotFound, tr("there is no silence %1").arg(id));
        return QHttpServerResponse(silenceJson(*x, QDateTime::currentMSecsSinceEpoch()));
    });
    s.route(QStringLiteral("/api/v1/silences/<arg>/expire"), Method::Post,
            [this](const QString &id, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                QString error;
                const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
                if (!m_ctx.silences->silence(id))
                    return apiError(Status::NotFound, tr("there is no silence %1").arg(id));
                if (!m_ctx.silences->expire(id, now, &error))
                    return apiError(Status::Conflict, error);
                return QHttpServerResponse(silenceJson(*m_ctx.silences->silence(id), now));
            });
}

} // namespace hms
