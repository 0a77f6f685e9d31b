// Read-only HTML pages for people away from the wall (and the links in Slack messages):
//   /status            open incidents, services by state, who is on call now
//   /incidents/ID      one incident and its timeline
//   /playbooks/ID      a playbook, its steps numbered
// They change nothing and need no token (a browser cannot send one), so they show only what a
// Slack channel would see. Everything printed is HTML-escaped; the pages load nothing from
// anywhere (Content-Security-Policy default-src 'none'), run no script and refresh themselves.
#include "api/ApiServer.h"
#include "api/HtmlPage.h"

#include "core/Types.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "dash/TileData.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QTimeZone>

#include <map>

namespace hms {

namespace {

using Status = QHttpServerResponder::StatusCode;
using html::esc;
using html::page;
using html::utc;
TimestampMs nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

} // namespace

void ApiServer::addStatusPages(QHttpServer &s)
{
    using Method = QHttpServerRequest::Method;
    s.route(QStringLiteral("/status"), Method::Get, [this](const QHttpServerRequest &req) {
        if (auto foreign = foreignHost(req))
            return std::move(*foreign);
        const TimestampMs now = nowMs();
        const std::vector<Incident> open = m_ctx.incidents->incidents(true);
        QString body = QStringLiteral("<h1>%1</h1>").arg(esc(tr("HMS Ops Center status")));

        const std::map<QString, QString> services = serviceStates(m_ctx.catalog->rules(), open);
        body += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th></tr>")
                    .arg(esc(tr("Services")), esc(tr("Service")), esc(tr("State")));
        for (const auto &[service, worst] : services)
            body += QStringLiteral("<tr><td>%1</td><td class=\"%2\">%3</td></tr>")
                        .arg(esc(service), worst.isEmpty() ? QStringLiteral("ok") : esc(worst),
                             worst.isEmpty() ? esc(tr("operational")) : esc(tr("%1 incident").arg(worst)));
        body += QStringLiteral("</table>");

        body += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Open incidents (%1)").arg(open.size())));
        if (open.empty()) {
            body += QStringLiteral("<p class=\"ok\">%1</p>").arg(esc(tr("No open incidents.")));
        } else {
            body += QStringLiteral("<table><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
                        .arg(esc(tr("Severity")), esc(tr("Alert")), esc(tr("Service")), esc(tr("State")),
                             esc(tr("Assignee")), esc(tr("Opened")));
            for (const Incident &i : open)
                body += QStringLiteral("<tr><td><a href=\"/incidents/%1\">%1</a></td><td class=\"%2\">%2</td><td>%3</td>"
                                       "<td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                            .arg(QString::number(i.id), esc(i.severity), esc(i.rule), esc(i.service),
                                 esc(incidentStateName(i.state)), esc(i.assignee.isEmpty() ? tr("unassigned") : i.assignee),
                                 esc(utc(i.openedAt)));
            body += QStringLiteral("</table>");
        }

        body += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                    .arg(esc(tr("On call now")), esc(tr("Rotation")), esc(tr("Person")), esc(tr("Until")));
        for (const Rotation &r : m_ctx.catalog->rotations()) {
            const auto who = r.onCallAt(now);
            const QString person = who ? r.members.at(size_t(who->member)).name : tr("nobody");
            const QString until = who && who->until != std::numeric_limits<TimestampMs>::max() ? utc(who->until) : QString();
            body += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>").arg(esc(r.id), esc(person), esc(until));
        }
        body += QStringLiteral("</table>");
        return page(tr("Status"), body, 10);
    });

    s.route(QStringLiteral("/incidents/<arg>"), Method::Get, [this](qint64 id, const QHttpServerRequest &req) {
        if (auto foreign = foreignHost(req))
            return std::move(*foreign);
        const auto incident = m_ctx.incidents->incident(id);
        if (!incident)
            return page(tr("Not found"), QStringLiteral("<h1>%1</h1><p><a href=\"/status\">%2</a></p>")
                                             .arg(esc(tr("No incident #%1").arg(id)), esc(tr("Status"))),
                        60, Status::NotFound);
        const Incident &i = *incident;
        QString body = QStringLiteral("<p><a href=\"/status\">%1</a></p><h1 class=\"%2\">#%3 %4</h1><table>")
                           .arg(esc(tr("← Status")), esc(i.severity), QString::number(i.id), esc(i.rule));
        auto row = [&body](const QString &name, const QString &value) {
            body += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(name), value);
        };
        row(tr("State"), esc(incidentStateName(i.state)));
        row(tr("Severity"), QStringLiteral("<span class=\"%1\">%1</span>").arg(esc(i.severity)));
        row(tr("Service"), esc(i.service));
        row(tr("Condition"), esc(QStringLiteral("%1(%2) %3, value %4").arg(i.aggregate, i.metric, i.threshold)
                                      .arg(i.value, 0, 'g', 6)));
        row(tr("Labels"), esc(formatLabels(i.labels)));
        row(tr("Assignee"), esc(i.assignee.isEmpty() ? tr("unassigned") : i.assignee));
        row(tr("Opened"), esc(utc(i.openedAt)));
        if (i.acknowledgedAt > 0)
            row(tr("Acknowledged"), esc(tr("%1 by %2").arg(utc(i.acknowledgedAt), i.acknowledgedBy)));
        if (i.resolvedAt > 0)
            row(tr("Resolved"), esc(tr("%1 by %2").arg(utc(i.resolvedAt), i.resolvedBy)));
        if (!i.playbookId.isEmpty())
            row(tr("Playbook"), QStringLiteral("<a href=\"/playbooks/%1\">%2</a>")
                                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(i.playbookId)), esc(i.playbookId)));
        body += QStringLiteral("</table><h2>%1</h2><table>").arg(esc(tr("Timeline")));
        for (const IncidentEvent &e : m_ctx.incidents->events(id))
            body += QStringLiteral("<tr><td class=\"muted\">%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(utc(e.at)), esc(e.kind), esc(e.message));
        body += QStringLiteral("</table>");
        return page(tr("Incident #%1").arg(id), body, i.isOpen() ? 10 : 300);
    });

    s.route(QStringLiteral("/playbooks/<arg>"), Method::Get, [this](const QString &id, const QHttpServerRequest &req) {
        if (auto foreign = foreignHost(req))
            return std::move(*foreign);
        const auto pb = m_ctx.catalog->playbook(id);
        if (!pb)
            return page(tr("Not found"), QStringLiteral("<h1>%1</h1>").arg(esc(tr("No playbook %1").arg(id.left(64)))), 300,
                        Status::NotFound);
        // The Markdown is shown as written (escaped), not rendered: nothing in it can fetch or
        // run anything. The steps are listed first, numbered, for whoever is following them.
        QString body = QStringLiteral("<h1>%1</h1><ol>").arg(esc(pb->title.isEmpty() ? pb->id : pb->title));
        for (const QString &step : pb->steps)
            body += QStringLiteral("<li>%1</li>").arg(esc(step));
        body += QStringLiteral("</ol><h2>%1</h2><pre>%2</pre>").arg(esc(tr("Document")), esc(pb->markdown));
        return page(pb->id, body, 300);
    });
}

} // namespace hms
