// The local HTTP API (127.0.0.1 unless configured): opsctl, ingest by HTTP push, and the GUI's
// peers use it. Every route but /api/v1/health and the read-only HTML pages (/status,
// /incidents/ID, /playbooks/ID: ApiStatusPages.cpp) needs `Authorization: Bearer <token>`.
// Lives on the ops thread. Errors are JSON {"error": "..."} with a 4xx status that names the
// field or the position that was wrong.
#pragma once

#include "core/Types.h"
#include "rules/Rule.h" // RuleParseError

#include <QHostAddress>
#include <QUrlQuery>
#include <QObject>

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <memory>

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <optional>

class QHttpServer;

namespace hms {

class LineProtocolWriter;
class SilenceService;

class Catalog;
class DashboardStore;
class RcaService;
class IncidentService;
class Outbox;
class SecretStore;
class SeriesStore;
class StatsdListener;

struct ApiContext {
    SeriesStore *store = nullptr;
    Catalog *catalog = nullptr;
    IncidentService *incidents = nullptr;
    Outbox *outbox = nullptr;
    SecretStore *secrets = nullptr;
    const StatsdListener *statsd = nullptr; // counters() is thread-safe
    qint64 tickMs = 1000;
    QString opsConnection; // ops.db's connection name (this thread's), for the alert_state table
    SilenceService *silences = nullptr;
    DashboardStore *dashboards = nullptr;
    RcaService *rcas = nullptr;
    // Which database, and whether this instance holds the evaluator lease (GET /api/v1/status).
    std::function<QJsonObject()> cluster;
    // Every remote source's health (GET /api/v1/sources).
    std::function<QJsonArray()> sources;
};

class ApiServer : public QObject {
    Q_OBJECT
public:
    ApiServer(ApiContext context, QString token, QObject *parent = nullptr);
    ~ApiServer() override;

    // Port 0 picks a free port. Returns the port, or 0 with *error set.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

private:
    void addRoutes();
    void addIncidentRoutes(QHttpServer &s);  // ApiIncidentRoutes.cpp
    void addCatalogRoutes(QHttpServer &s);
    void addSilenceRoutes(QHttpServer &s);   // ApiSilenceRoutes.cpp
    void addSloRoutes(QHttpServer &s);       // ApiSloRoutes.cpp
    void addStatusPages(QHttpServer &s);     // ApiStatusPages.cpp: read-only HTML, no token
    void addDashboardRoutes(QHttpServer &s); // ApiDashboardRoutes.cpp: JSON, and /dashboard/NAME
    void addCommandRoutes(QHttpServer &s);   // ApiCommandRoutes.cpp: comments, links, playbook edits, bundles, traces
    // A POST of an uploaded YAML file ({"file", "content"}) handed to `create`: 201 with
    // {"created": id} plus `extra`, or 400 naming file:line:column of every error.
    using CreateFn = std::function<std::vector<RuleParseError>(const QByteArray &yaml, const QString &file, QString *id)>;
    QHttpServerResponse createFromUpload(const QHttpServerRequest &req, const CreateFn &create,
                                         const QJsonObject &extra = {});
    void addIngestRoutes(QHttpServer &s);    // ApiIngestRoutes.cpp: line protocol
    // The request body, gunzipped when Content-Encoding says gzip, within the size limits; or
    // nullopt with *fail set to the 4xx answer.
    std::optional<QByteArray> requestBody(const QHttpServerRequest &req, std::optional<QHttpServerResponse> *fail);
    // The token-free pages answer only to this instance's own names (DNS rebinding: a web page
    // must not read them through a name of its own that resolves to 127.0.0.1): a loopback name
    // or address, or the host of notify.link_base; 421 otherwise. Not checked when the API is
    // bound beyond loopback on purpose.
    std::optional<QHttpServerResponse> foreignHost(const QHttpServerRequest &req) const;
    // 503 for a push the ingest journal could not record: nothing is acknowledged.
    QHttpServerResponse notDurable(const QString &journalError) const;
    std::optional<QHttpServerResponse> denied(const QHttpServerRequest &req, bool queryTokenAllowed = false) const;
    // `metric` (required) and `match` (k=v,...) of a metric query; a 400 naming the field when bad.
    std::optional<QHttpServerResponse> metricSelector(const QUrlQuery &q, QString *metric, Labels *match) const;

    ApiContext m_ctx;
    QString m_token;
    bool m_loopbackOnly = true; // the API listens on a loopback address only
    std::unique_ptr<QHttpServer> m_server;
    std::unique_ptr<LineProtocolWriter> m_lineProtocol; // /write here as on the ingest listener
};

} // namespace hms
