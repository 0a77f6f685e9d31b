// Incident command over the API: comments, root-cause links, checklist ticks, bulk
// acknowledgement, playbook edits with conflict detection and their history, RCAs, incident
// bundles (`opsctl incident export`) and trace_id lookups.
#include "api/ApiJson.h"
#include "api/ApiServer.h"
#include "core/Duration.h"
#include "core/TextDiff.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "incidents/Rca.h"
#include "replay/Bundle.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <functional>

namespace hms {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {
TimestampMs nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &req, std::optional<QHttpServerResponse> *fail)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &pe);
    if (!doc.isObject()) {
        *fail = apiError(Status::BadRequest, pe.error != QJsonParseError::NoError
                                                 ? QCoreApplication::translate("hms::ApiServer", "body: %1 at offset %2")
                                                       .arg(pe.errorString())
                                                       .arg(pe.offset)
                                                 : QCoreApplication::translate("hms::ApiServer", "body: expected a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject versionJson(const PlaybookVersion &v, bool withText)
{
    QJsonObject o{{QStringLiteral("id"), v.id},
                  {QStringLiteral("version"), v.version},
                  {QStringLiteral("saved_at"), QDateTime::fromMSecsSinceEpoch(v.savedAt, Qt::UTC).toString(Qt::ISODateWithMs)},
                  {QStringLiteral("saved_by"), v.savedBy}};
    if (withText)
        o.insert(QStringLiteral("markdown"), v.markdown);
    return o;
}
} // namespace

void ApiServer::addCommandRoutes(QHttpServer &s)
{
    // A command on incident `id` with a JSON body: 401 without the token, 400 for a body that is
    // not an object, 404 for an unknown incident; then `act`'s problem with `failure`, or the
    // incident as it is now.
    auto command = [this](qint64 id, const QHttpServerRequest &req, Status failure,
                          const std::function<QString(const QJsonObject &)> &act) {
        if (auto d = denied(req))
            return std::move(*d);
        std::optional<QHttpServerResponse> fail;
        const auto body = jsonBody(req, &fail);
        if (!body)
            return std::move(*fail);
        if (!m_ctx.incidents->incident(id))
            return apiError(Status::NotFound, tr("no incident %1").arg(id));
        const QString problem = act(*body);
        if (!problem.isEmpty())
            return apiError(failure, problem);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("incident"), m_ctx.incidents->incident(id)->toJson()}});
    };
    // {"text": "...", "by": "..."}
    s.route(QStringLiteral("/api/v1/incidents/<arg>/comment"), Method::Post, [this, command](qint64 id, const QHttpServerRequest &req) {
        return command(id, req, Status::BadRequest, [&](const QJsonObject &body) {
            return m_ctx.incidents->comment(id, body.value(QStringLiteral("text")).toString(), actorOf(body), nowMs());
        });
    });
    // {"url": "https://...", "by": "..."}; an empty url removes the link
    s.route(QStringLiteral("/api/v1/incidents/<arg>/root_cause"), Method::Post, [this, command](qint64 id, const QHttpServerRequest &req) {
        return command(id, req, Status::BadRequest, [&](const QJsonObject &body) {
            return m_ctx.incidents->linkRootCause(id, body.value(QStringLiteral("url")).toString(), actorOf(body), nowMs());
        });
    });
    // {"step": 0, "done": true, "by": "..."}: a checklist tick of the incident's playbook
    s.route(QStringLiteral("/api/v1/incidents/<arg>/steps"), Method::Post, [this, command](qint64 id, const QHttpServerRequest &req) {
        return command(id, req, Status::Conflict, [&](const QJsonObject &body) {
            if (!body.value(QStringLiteral("step")).isDouble())
                return tr("step: required, the step's index from 0");
            // A fraction or a huge number is no step: toInt(-1) gives -1, which tickStep refuses.
            return m_ctx.incidents->tickStep(id, body.value(QStringLiteral("step")).toInt(-1), {},
                                             body.value(QStringLiteral("done")).toBool(true), actorOf(body), nowMs());
        });
    });
    // {"ids": [1, 2, 3], "by": "..."}: 200 with the ids acknowledged and, per id, why not
    s.route(QStringLiteral("/api/v1/incidents/ack"), Method::Post, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        std::optional<QHttpServerResponse> fail;
        const auto body = jsonBody(req, &fail);
        if (!body)
            return std::move(*fail);
        const QJsonArray idsJson = body->value(QStringLiteral("ids")).toArray();
        if (idsJson.isEmpty())
            return apiError(Status::BadRequest, tr("ids: required, a non-empty array of incident ids"));
        std::vector<qint64> ids;
        for (qsizetype i = 0; i < idsJson.size(); ++i) {
            if (!idsJson[i].isDouble())
                return apiError(Status::BadRequest, tr("ids[%1]: expected an incident id").arg(i));
            ids.push_back(idsJson[i].toInteger());
        }
        const auto failed = m_ctx.incidents->acknowledgeMany(ids, actorOf(*body), nowMs());
        QJsonArray done;
        QJsonObject refused;
        for (qint64 id : ids) {
            if (const auto it = failed.find(id); it != failed.end())
                refused.insert(QString::number(id), it->second);
            else
                done.append(id);
        }
        return QHttpServerResponse(QJsonObject{{QStringLiteral("acknowledged"), done}, {QStringLiteral("refused"), refused}});
    });

    // Playbook history and edits.
    s.route(QStringLiteral("/api/v1/playbooks/<arg>/versions"), Method::Get,
            [this](const QString &id, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                const auto versions = m_ctx.catalog->playbookVersions(id);
                if (versions.empty())
                    return apiError(Status::NotFound, tr("no playbook %1").arg(id));
                QJsonArray list;
                for (const PlaybookVersion &v : versions)
                    list.append(versionJson(v, false));
                return QHttpServerResponse(QJsonObject{{QStringLiteral("versions"), list},
                                                       {QStringLiteral("rules"), QJsonArray::fromStringList(m_ctx.catalog->rulesUsingPlaybook(id))}});
            });
    // ?from=N&to=M: the line diff between two versions
    s.route(QStringLiteral("/api/v1/playbooks/<arg>/diff"), Method::Get,
            [this](const QString &id, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                const auto versions = m_ctx.catalog->playbookVersions(id);
                if (versions.empty())
                    return apiError(Status::NotFound, tr("no playbook %1").arg(id));
                auto find = [&](const char *field) -> std::optional<PlaybookVersion> {
                    bool ok = false;
                    const int v = req.query().queryItemValue(QLatin1String(field)).toInt(&ok);
                    for (const PlaybookVersion &pv : versions)
                        if (ok && pv.version == v)
                            return pv;
                    return std::nullopt;
                };
                const auto from = find("from");
                const auto to = find("to");
                if (!from || !to)
                    return apiError(Status::BadRequest, tr("%1: expected a version of %2 (1 to %3)")
                                                            .arg(from ? QStringLiteral("to") : QStringLiteral("from"), id)
                                                            .arg(versions.front().version));
                return QHttpServerResponse(QJsonObject{{QStringLiteral("diff"), formatDiff(diffLines(from->markdown, to->markdown))}});
            });
    // {"markdown": "...", "base_version": N, "by": "..."}: 409 when someone saved after N
    s.route(QStringLiteral("/api/v1/playbooks/<arg>"), Method::Put, [this](const QString &id, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        std::optional<QHttpServerResponse> fail;
        const auto body = jsonBody(req, &fail);
        if (!body)
            return std::move(*fail);
        const int base = body->value(QStringLiteral("base_version")).toInt(-1);
        if (base < 0)
            return apiError(Status::BadRequest, tr("base_version: required, the version the edit started from (0 for a new playbook)"));
        const PlaybookSave saved = m_ctx.catalog->savePlaybook(id, body->value(QStringLiteral("markdown")).toString(), base, actorOf(*body));
        if (saved.conflict)
            return apiError(Status::Conflict, saved.error);
        if (!saved.error.isEmpty())
            return apiError(Status::BadRequest, saved.error);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("version"), saved.version}});
    });

    // The incident bundle: ?margin=30m (default 30m, at most 1d)
    s.route(QStringLiteral("/api/v1/incidents/<arg>/bundle"), Method::Get, [this](qint64 id, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        qint64 margin = 30 * 60'000;
        const QString marginText = req.query().queryItemValue(QStringLiteral("margin"));
        if (!marginText.isEmpty()) {
            const auto parsed = parseDurationMs(marginText);
            if (!parsed || *parsed < 0 || *parsed > 86'400'000)
                return apiError(Status::BadRequest, tr("margin: \"%1\" is not a duration from 0s to 1d").arg(marginText));
            margin = *parsed;
        }
        QString error;
        const auto bundle = collectBundle(id, margin, *m_ctx.incidents, *m_ctx.catalog, *m_ctx.silences, m_ctx.rcas,
                                          *m_ctx.store, nowMs(), &error);
        if (!bundle)
            return apiError(Status::NotFound, error);
        BundleIo io;
        const QByteArray bytes = encodeBundle(*bundle, {}, &io);
        if (!io.ok)
            return apiError(Status::BadRequest, io.error);
        return QHttpServerResponse(QByteArrayLiteral("application/vnd.hms-ops.bundle"), bytes);
    });

    // trace_id drill-down: the samples (exemplars) and incidents that carry it
    s.route(QStringLiteral("/api/v1/traces/<arg>"), Method::Get, [this](const QString &traceId, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonArray samples;
        for (const auto &[key, e] : m_ctx.store->exemplarsWithTrace(traceId, 500))
            samples.append(QJsonObject{{QStringLiteral("series"), key.toString()},
                                       {QStringLiteral("t"), QDateTime::fromMSecsSinceEpoch(e.t, Qt::UTC).toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("value"), e.v}});
        QJsonArray incidents;
        for (const Incident &i : m_ctx.incidents->incidentsWithTrace(traceId))
            incidents.append(i.toJson());
        return QHttpServerResponse(QJsonObject{{QStringLiteral("trace_id"), traceId},
                                               {QStringLiteral("samples"), samples},
                                               {QStringLiteral("incidents"), incidents}});
    });

    // RCAs: GET the stored one or a pre-filled draft with the computed impact; PUT a new version.
    s.route(QStringLiteral("/api/v1/incidents/<arg>/rca"), Method::Get, [this](qint64 id, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const auto rca = m_ctx.rcas->rcaFor(id);
        if (!rca)
            return apiError(Status::NotFound, tr("no incident %1").arg(id));
        const RcaImpact impact = computeRcaImpact(*m_ctx.incidents->incident(id), m_ctx.catalog->slos(), *m_ctx.store, nowMs());
        QJsonArray slos;
        for (const auto &b : impact.slos)
            slos.append(QJsonObject{{QStringLiteral("slo"), b.slo},
                                    {QStringLiteral("bad_in_incident"), b.badInIncident},
                                    {QStringLiteral("total_in_window"), b.totalInWindow},
                                    {QStringLiteral("budget_burned"), b.budgetBurned ? QJsonValue(*b.budgetBurned) : QJsonValue()}});
        return QHttpServerResponse(QJsonObject{{QStringLiteral("rca"), rca->toJson()},
                                               {QStringLiteral("impact"), QJsonObject{{QStringLiteral("duration_ms"), impact.durationMs},
                                                                                      {QStringLiteral("ongoing"), impact.ongoing},
                                                                                      {QStringLiteral("slos"), slos}}}});
    });
    // {"rca": {...}, "base_version": N, "by": "..."}
    s.route(QStringLiteral("/api/v1/incidents/<arg>/rca"), Method::Put, [this](qint64 id, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        std::optional<QHttpServerResponse> fail;
        const auto body = jsonBody(req, &fail);
        if (!body)
            return std::move(*fail);
        QString error;
        auto rca = Rca::fromJson(body->value(QStringLiteral("rca")).toObject(), &error);
        if (!rca)
            return apiError(Status::BadRequest, tr("rca.%1").arg(error));
        rca->incidentId = id;
        const int base = body->value(QStringLiteral("base_version")).toInt(-1);
        if (base < 0)
            return apiError(Status::BadRequest, tr("base_version: required, the version the edit started from (0 for a new review)"));
        const RcaSave saved = m_ctx.rcas->save(*rca, base, actorOf(*body), nowMs());
        if (saved.conflict)
            return apiError(Status::Conflict, saved.error);
        if (!saved.error.isEmpty())
            return apiError(m_ctx.incidents->incident(id) ? Status::BadRequest : Status::NotFound, saved.error);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("version"), saved.version}});
    });
}

} // namespace hms
