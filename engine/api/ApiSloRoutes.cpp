// SLOs over the local API: create (validated, nothing stored on an error), list with their
// current burn rates and error budget (read from the recorded series), delete.
#include "api/ApiJson.h"
#include "api/ApiServer.h"
#include "core/Duration.h"
#include "incidents/Catalog.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>

namespace hms {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {
// The newest recorded value of each series of `metric` for this SLO within the last 5 minutes,
// by the value of `label` ("" for none).
std::map<QString, double> latest(const SeriesStore &store, const QString &metric, const QString &slo,
                                 const QString &label, TimestampMs now)
{
    std::map<QString, double> out;
    for (const SeriesKey &key : store.select(metric, {{QStringLiteral("slo"), slo}})) {
        const std::vector<Sample> samples = store.range(key, now - 5 * 60'000, now);
        if (samples.empty())
            continue;
        const auto it = key.labels.find(label);
        out[it == key.labels.end() ? QString() : it->second] = samples.back().v;
    }
    return out;
}

QJsonObject sloJson(const Slo &slo, const SeriesStore &store, TimestampMs now)
{
    QJsonObject burn;
    for (const auto &[window, v] : latest(store, QStringLiteral("slo_burn_rate"), slo.id, QStringLiteral("window"), now))
        burn.insert(window, v);
    QJsonArray alerts;
    const auto alertBurn = latest(store, QStringLiteral("slo_alert_burn"), slo.id, QStringLiteral("alert"), now);
    const std::vector<Rule> rules = slo.alertRules();
    for (size_t i = 0; i < kSloAlerts.size(); ++i) {
        const SloAlertSpec &a = kSloAlerts[i];
        QJsonObject o{{QStringLiteral("rule"), rules[i].name},
                      {QStringLiteral("action"), QLatin1String(a.action)},
                      {QStringLiteral("long"), sloWindowText(a.longMs)},
                      {QStringLiteral("short"), sloWindowText(a.shortMs)},
                      {QStringLiteral("factor"), a.factor}};
        if (const auto it = alertBurn.find(QLatin1String(a.name)); it != alertBurn.end())
            o.insert(QStringLiteral("burn"), it->second);
        alerts.append(o);
    }
    QJsonObject o{{QStringLiteral("id"), slo.id},
                  {QStringLiteral("description"), slo.description},
                  {QStringLiteral("service"), slo.service},
                  {QStringLiteral("kind"), slo.kind == Slo::Kind::Latency ? QStringLiteral("latency")
                                                                          : QStringLiteral("error_ratio")},
                  {QStringLiteral("objective"), slo.objective},
                  {QStringLiteral("window"), sloWindowText(slo.windowMs)},
                  {QStringLiteral("burn_rate"), burn},
                  {QStringLiteral("alerts"), alerts}};
    const auto budget = latest(store, QStringLiteral("slo_error_budget_remaining"), slo.id, QString(), now);
    if (!budget.empty())
        o.insert(QStringLiteral("error_budget_remaining"), budget.begin()->second);
    return o;
}
} // namespace

void ApiServer::addSloRoutes(QHttpServer &s)
{
    s.route(QStringLiteral("/api/v1/slos"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        QJsonArray list;
        for (const Slo &slo : m_ctx.catalog->slos())
            list.append(sloJson(slo, *m_ctx.store, now));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("slos"), list}});
    });
    s.route(QStringLiteral("/api/v1/slos"), Method::Post, [this](const QHttpServerRequest &req) {
        return createFromUpload(
            req,
            [this](const QByteArray &yaml, const QString &file, QString *id) {
                return m_ctx.catalog->createSlo(yaml, file, id);
            },
            {{QStringLiteral("kind"), QStringLiteral("slo")}});
    });
    s.route(QStringLiteral("/api/v1/slos/<arg>"), Method::Delete, [this](const QString &id, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        if (!m_ctx.catalog->deleteSlo(id))
            return apiError(Status::NotFound, tr("no SLO \"%1\"").arg(id));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("deleted"), id}});
    });
}

} // namespace hms
