// Dashboards over the API (token required):
//   GET    /api/v1/dashboards                 the saved ones (latest version of each)
//   GET    /api/v1/dashboards/templates       the five built-in templates
//   GET    /api/v1/dashboards/NAME[?version=N]  one, as its JSON
//   GET    /api/v1/dashboards/NAME/versions   who saved which version when
//   POST   /api/v1/dashboards[?base_version=N]  save (409 when someone saved since version N)
//   DELETE /api/v1/dashboards/NAME
// and, like /status, a read-only live page without token: /dashboard/NAME (HTML, inline SVG
// charts, refreshed every 5 s), as the seed's lab shows at /dashboard/fema.
#include "api/ApiServer.h"

#include "api/ApiJson.h"
#include "api/HtmlPage.h"
#include "dash/DashboardStore.h"
#include "dash/TileData.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>

namespace hms {

namespace {

using Status = QHttpServerResponder::StatusCode;
using html::esc;

TimestampMs nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QJsonObject summaryJson(const StoredDashboard &d)
{
    return QJsonObject{{QStringLiteral("name"), d.dashboard.name},
                       {QStringLiteral("title"), d.dashboard.title},
                       {QStringLiteral("version"), d.version},
                       {QStringLiteral("saved_at"), QDateTime::fromMSecsSinceEpoch(d.savedAt, QTimeZone::utc()).toString(Qt::ISODateWithMs)},
                       {QStringLiteral("saved_by"), d.savedBy},
                       {QStringLiteral("tiles"), qint64(d.dashboard.tiles.size())}};
}

// --- the HTML live view -------------------------------------------------------------------

constexpr char kDashboardStyle[] =
    ".grid{display:grid;gap:10px}.tile{background:#161b22;border:2px solid #30363d;border-radius:6px;padding:8px 12px;"
    "overflow:hidden;position:relative}.tile h3{margin:0 0 4px;font-size:16px;color:#8b949e;font-weight:normal}"
    ".big{font-size:56px;font-weight:bold;line-height:1.1}.state-firing{border-color:#f85149;background:#3d1214}"
    ".state-firing .big{color:#ff7b72}.state-acknowledged{border-color:#d29922}.state-ok .big{color:#56d364}"
    ".state-nodata .big{color:#8b949e}.stale{position:absolute;top:6px;right:10px;background:#d29922;color:#000;"
    "padding:1px 6px;border-radius:3px;font-weight:bold;font-size:14px}svg{width:100%;height:auto;display:block}"
    ".tile table{margin:0;font-size:15px}.tile td,.tile th{padding:2px 8px}";

const char *const kPalette[] = {"#58a6ff", "#3fb950", "#d2a8ff", "#ffa657", "#79c0ff", "#f778ba", "#a5d6ff", "#7ee787"};

QString formatValue(double v, const DashboardTile &tile)
{
    return formatTileValue(v, tile, QLocale::c()); // the page is for anyone: no locale's separators
}

QString ago(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s < 120)
        return ApiServer::tr("%1 s").arg(s);
    if (s < 7200)
        return ApiServer::tr("%1 min").arg(s / 60);
    return ApiServer::tr("%1 h").arg(s / 3600);
}

// A line chart as inline SVG: lines, the rule's threshold dashed, firing intervals shaded.
QString svgChart(const TileData &data, TimestampMs from, TimestampMs to, int width, int height, bool spark)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    auto widen = [&](double v) {
        if (std::isfinite(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    };
    const std::vector<TileLine> sparkLine{{QString(), data.spark}};
    const std::vector<TileLine> &lines = spark ? sparkLine : data.lines;
    for (const TileLine &l : lines)
        for (const Sample &s : l.points)
            widen(s.v);
    const bool threshold = data.rule && !spark;
    if (threshold)
        widen(data.rule->threshold.value);
    if (!std::isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo < 1e-9) {
        hi += 1;
        lo -= std::abs(lo) < 1 ? 0 : 1;
    }
    const double pad = (hi - lo) * 0.08;
    lo -= pad;
    hi += pad;
    auto x = [&](TimestampMs t) { return double(t - from) / double(std::max<qint64>(1, to - from)) * width; };
    auto y = [&](double v) { return height - (v - lo) / (hi - lo) * height; };
    QString svg = QStringLiteral("<svg viewBox=\"0 0 %1 %2\" preserveAspectRatio=\"none\">").arg(width).arg(height);
    if (!spark) {
        for (const auto &[a, b] : data.firing)
            svg += QStringLiteral("<rect x=\"%1\" y=\"0\" width=\"%2\" height=\"%3\" fill=\"#f85149\" fill-opacity=\"0.22\"/>")
                       .arg(x(a), 0, 'f', 1)
                       .arg(std::max(1.0, x(b) - x(a)), 0, 'f', 1)
                       .arg(height);
    }
    int colour = 0;
    for (const TileLine &l : lines) {
        QString points;
        for (const Sample &s : l.points)
            points += QStringLiteral("%1,%2 ").arg(x(s.t), 0, 'f', 1).arg(y(s.v), 0, 'f', 1);
        const QLatin1String stroke(kPalette[colour++ % std::size(kPalette)]);
        if (l.points.size() == 1) // one sample is a dot, not an invisible line
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"4\" fill=\"%3\"/>")
                       .arg(x(l.points[0].t), 0, 'f', 1)
                       .arg(y(l.points[0].v), 0, 'f', 1)
                       .arg(stroke);
        else
            svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"%2\" points=\"%3\"/>")
                       .arg(stroke)
                       .arg(spark ? 2 : 2.5)
                       .arg(points);
    }
    if (threshold)
        svg += QStringLiteral("<line x1=\"0\" x2=\"%1\" y1=\"%2\" y2=\"%2\" stroke=\"#f85149\" stroke-width=\"2\" "
                              "stroke-dasharray=\"8 6\"/>")
                   .arg(width)
                   .arg(y(data.rule->threshold.value), 0, 'f', 1);
    return svg + QStringLiteral("</svg>");
}

} // namespace

void ApiServer::addDashboardRoutes(QHttpServer &s)
{
    using Method = QHttpServerRequest::Method;
    s.route(QStringLiteral("/api/v1/dashboards"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonArray list;
        for (const StoredDashboard &d : m_ctx.dashboards->dashboards())
            list.append(summaryJson(d));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("dashboards"), list}});
    });
    s.route(QStringLiteral("/api/v1/dashboards/templates"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        QJsonArray list;
        for (const Dashboard &d : dashboardTemplates())
            list.append(d.toJson());
        return QHttpServerResponse(QJsonObject{{QStringLiteral("templates"), list}});
    });
    s.route(QStringLiteral("/api/v1/dashboards/<arg>"), Method::Get, [this](const QString &name, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        bool ok = true;
        const QString v = req.query().queryItemValue(QStringLiteral("version"));
        const int version = v.isEmpty() ? 0 : v.toInt(&ok);
        if (!ok || version < 0)
            return apiError(Status::BadRequest, tr("version: expected a positive integer, got \"%1\"").arg(v.left(32)));
        const auto d = m_ctx.dashboards->dashboard(name, version);
        if (!d)
            return apiError(Status::NotFound, version > 0 ? tr("no version %1 of dashboard %2").arg(version).arg(name.left(64))
                                                          : tr("no dashboard %1").arg(name.left(64)));
        QJsonObject body = summaryJson(*d);
        body.insert(QStringLiteral("dashboard"), d->dashboard.toJson());
        return QHttpServerResponse(body);
    });
    s.route(QStringLiteral("/api/v1/dashboards/<arg>/versions"), Method::Get,
            [this](const QString &name, const QHttpServerRequest &req) {
                if (auto d = denied(req))
                    return std::move(*d);
                QJsonArray list;
                for (const StoredDashboard &d : m_ctx.dashboards->versions(name))
                    list.append(summaryJson(d));
                if (list.isEmpty())
                    return apiError(Status::NotFound, tr("no dashboard %1").arg(name.left(64)));
                return QHttpServerResponse(QJsonObject{{QStringLiteral("versions"), list}});
            });
    s.route(QStringLiteral("/api/v1/dashboards"), Method::Post, [this](const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        std::optional<int> base;
        const QString b = req.query().queryItemValue(QStringLiteral("base_version"));
        if (!b.isEmpty()) {
            bool ok = false;
            base = b.toInt(&ok);
            if (!ok || *base < 0)
                return apiError(Status::BadRequest, tr("base_version: expected 0 or a positive integer, got \"%1\"").arg(b.left(32)));
        }
        const QString file = req.query().queryItemValue(QStringLiteral("file"));
        const QString by = req.query().queryItemValue(QStringLiteral("by")); // the body is the dashboard itself
        const DashboardSave saved = m_ctx.dashboards->save(req.body(), file.isEmpty() ? QStringLiteral("dashboard") : file.left(200),
                                                            by.isEmpty() ? QStringLiteral("opsctl") : by.left(100), base, nowMs());
        if (saved.version == 0)
            return apiError(saved.conflict ? Status::Conflict : Status::BadRequest, saved.error);
        return QHttpServerResponse(QJsonObject{{QStringLiteral("name"), saved.name}, {QStringLiteral("version"), saved.version}},
                                   Status::Created);
    });
    s.route(QStringLiteral("/api/v1/dashboards/<arg>"), Method::Delete, [this](const QString &name, const QHttpServerRequest &req) {
        if (auto d = denied(req))
            return std::move(*d);
        if (!m_ctx.dashboards->remove(name))
            return apiError(Status::NotFound, tr("no dashboard %1").arg(name.left(64)));
        return QHttpServerResponse(QJsonObject{{QStringLiteral("deleted"), name}});
    });

    s.route(QStringLiteral("/dashboard/<arg>"), Method::Get, [this](const QString &name, const QHttpServerRequest &req) {
        if (auto foreign = foreignHost(req))
            return std::move(*foreign);
        const auto stored = m_ctx.dashboards->dashboard(name);
        if (!stored)
            return html::page(tr("Not found"),
                              QStringLiteral("<h1>%1</h1><p><a href=\"/status\">%2</a></p>")
                                  .arg(esc(tr("No dashboard %1").arg(name.left(64))), esc(tr("Status"))),
                              60, Status::NotFound);
        const Dashboard &d = stored->dashboard;
        const TimestampMs to = nowMs();
        const TimestampMs from = to - d.rangeMs;
        const std::vector<Rule> rules = m_ctx.catalog->rules();
        std::vector<Incident> incidents = m_ctx.incidents->incidents(false, 500);
        std::vector<Incident> open;
        for (const Incident &i : incidents)
            if (i.isOpen())
                open.push_back(i);
        QString body = QStringLiteral("<h1>%1</h1><div class=\"grid\" style=\"grid-template-columns:repeat(%2,1fr);"
                                      "grid-auto-rows:110px\">")
                           .arg(esc(d.title))
                           .arg(d.columns);
        for (const DashboardTile &t : d.tiles) {
            QString cls = QStringLiteral("tile");
            QString inner;
            QString staleMark;
            using Kind = DashboardTile::Kind;
            if (t.kind == Kind::Chart || t.kind == Kind::Stat) {
                const TileData data = computeTile(t, *m_ctx.store, rules, incidents, from, to, 300);
                cls += QStringLiteral(" state-") + tileStateName(data.state);
                if (data.stale)
                    staleMark = QStringLiteral("<span class=\"stale\">%1</span>")
                                    .arg(esc(data.newest > 0 ? tr("STALE · no data for %1").arg(ago(to - data.newest))
                                                             : tr("STALE · no data")));
                if (t.kind == Kind::Stat) {
                    inner = QStringLiteral("<div class=\"big\">%1</div>%2")
                                .arg(esc(data.value ? formatValue(*data.value, t) : tr("no data")),
                                     svgChart(data, from, to, 300, 40, true));
                } else if (std::all_of(data.lines.begin(), data.lines.end(), [](const TileLine &l) { return l.points.empty(); })) {
                    inner = QStringLiteral("<div class=\"big\" style=\"color:#8b949e\">%1</div>").arg(esc(tr("no data")));
                } else {
                    inner = svgChart(data, from, to, 600, std::max(60, t.h * 110 - 60) * 600 / std::max(1, t.w * 110), false);
                    if (data.lines.size() > 1) {
                        QStringList legend;
                        for (size_t i = 0; i < data.lines.size(); ++i)
                            legend << QStringLiteral("<span style=\"color:%1\">■ %2</span>")
                                          .arg(QLatin1String(kPalette[i % std::size(kPalette)]), esc(data.lines[i].label));
                        inner += QStringLiteral("<div>%1</div>").arg(legend.join(QStringLiteral(" ")));
                    }
                }
            } else if (t.kind == Kind::Status) {
                inner = QStringLiteral("<table>");
                for (const auto &[service, worst] : serviceStates(rules, open))
                    inner += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td></tr>")
                                 .arg(esc(service), worst.isEmpty() ? QStringLiteral("ok") : esc(worst),
                                      esc(worst.isEmpty() ? tr("operational") : worst));
                inner += QStringLiteral("</table>");
            } else if (t.kind == Kind::Incidents) {
                if (open.empty())
                    inner = QStringLiteral("<p class=\"ok\">%1</p>").arg(esc(tr("No open incidents")));
                inner += QStringLiteral("<table>");
                for (size_t i = 0; i < std::min<size_t>(open.size(), 8); ++i)
                    inner += QStringLiteral("<tr><td><a href=\"/incidents/%1\">#%1</a></td><td class=\"%2\">%3</td><td>%4</td><td>%5</td></tr>")
                                 .arg(QString::number(open[i].id), esc(open[i].severity), esc(open[i].rule), esc(open[i].service),
                                      esc(incidentStateName(open[i].state)));
                inner += QStringLiteral("</table>");
                if (!open.empty())
                    cls += QStringLiteral(" state-firing");
            } else if (t.kind == Kind::OnCall) {
                const auto rotation = m_ctx.catalog->rotation(t.rotation);
                const auto who = rotation ? rotation->onCallAt(to) : std::nullopt;
                inner = QStringLiteral("<div class=\"big\" style=\"font-size:36px\">%1</div><div class=\"muted\">%2</div>")
                            .arg(esc(!rotation ? tr("no rotation %1").arg(t.rotation)
                                     : who     ? rotation->members.at(size_t(who->member)).name
                                               : tr("nobody")),
                                 esc(who && who->until != std::numeric_limits<TimestampMs>::max()
                                         ? tr("until %1").arg(html::utc(who->until))
                                         : t.rotation));
            } else if (t.kind == Kind::Slo) {
                std::optional<double> left;
                for (const SeriesKey &key : m_ctx.store->select(QStringLiteral("slo_error_budget_remaining"),
                                                                {{QStringLiteral("slo"), t.slo}}))
                    if (const auto s = m_ctx.store->latest(key))
                        left = s->v;
                if (left && *left < 0.25)
                    cls += QStringLiteral(" state-firing");
                inner = QStringLiteral("<div class=\"big\">%1</div><div class=\"muted\">%2</div>")
                            .arg(esc(left ? QStringLiteral("%1%").arg(*left * 100, 0, 'f', 1) : tr("no data")),
                                 esc(tr("error budget left · %1").arg(t.slo)));
            } else if (t.kind == Kind::Clock) {
                const QDateTime now = QDateTime::fromMSecsSinceEpoch(to);
                inner = QStringLiteral("<div class=\"big\" style=\"font-size:40px\">%1 UTC</div><div>%2 %3</div>")
                            .arg(now.toUTC().toString(QStringLiteral("HH:mm:ss")), now.toLocalTime().toString(QStringLiteral("HH:mm")),
                                 esc(now.toLocalTime().timeZoneAbbreviation()));
            }
            body += QStringLiteral("<div class=\"%1\" style=\"grid-column:%2 / span %3;grid-row:%4 / span %5\">%6<h3>%7</h3>%8</div>")
                        .arg(cls)
                        .arg(t.x + 1)
                        .arg(t.w)
                        .arg(t.y + 1)
                        .arg(t.h)
                        .arg(staleMark, esc(t.title), inner);
        }
        body += QStringLiteral("</div>");
        return html::page(d.title, body, 5, Status::Ok, QString::fromLatin1(kDashboardStyle));
    });
}

} // namespace hms
