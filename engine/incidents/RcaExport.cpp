#include "incidents/RcaExport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace hms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hms::RcaExport", text);
}

QString when(TimestampMs t)
{
    return QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString percent(double fraction)
{
    return QLocale::c().toString(fraction * 100.0, 'f', fraction * 100.0 < 10 ? 2 : 1) + u'%';
}

// Markdown text that must not start lists or headings, or break table cells.
QString mdCell(QString s)
{
    s.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
    return s;
}

QString burnText(const RcaImpact::SloBurn &b)
{
    if (!b.budgetBurned)
        return tr("SLO %1 (%2 over %3): no recorded slices for this window")
            .arg(b.slo, percent(b.objective), sloWindowText(b.windowMs));
    return tr("SLO %1 (%2 over %3): %4 of the error budget burned (%5 bad of %6 in the window)")
        .arg(b.slo, percent(b.objective), sloWindowText(b.windowMs), percent(*b.budgetBurned),
             QLocale::c().toString(b.badInIncident, 'g', 6), QLocale::c().toString(b.totalInWindow, 'g', 6));
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString paragraphs(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(tr("(none)")));
    QString out;
    for (const QString &p : text.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        out += QStringLiteral("<p>%1</p>").arg(esc(p.trimmed()).replace(u'\n', QStringLiteral("<br>")));
    return out;
}

QString mdBlock(const QString &text)
{
    return text.trimmed().isEmpty() ? tr("(none)") : text.trimmed();
}
} // namespace

QString rcaMarkdown(const Rca &rca, const Incident &incident, const RcaImpact &impact,
                    const std::vector<RcaChartImage> &charts)
{
    QString md;
    md += tr("# Post-incident review: incident #%1, %2").arg(incident.id).arg(incident.rule) + u"\n\n";
    md += tr("*Blameless review. Status: %1 · version %2 · last edited by %3 at %4*")
              .arg(rcaStatusLabel(rca.status))
              .arg(rca.version)
              .arg(rca.updatedBy.isEmpty() ? tr("nobody yet") : rca.updatedBy,
                   rca.updatedAt > 0 ? when(rca.updatedAt) : tr("never"))
        + u"\n\n";
    md += tr("## Summary") + u"\n\n" + mdBlock(rca.summary) + u"\n\n";
    md += tr("## Impact") + u"\n\n";
    md += u"- " + tr("Service: %1 (%2 %3, threshold %4)").arg(incident.service, incident.aggregate, incident.metric, incident.threshold) + u'\n';
    md += u"- " + tr("From %1 to %2%3").arg(when(impact.start), when(impact.end), impact.ongoing ? tr(" (still open)") : QString()) + u'\n';
    md += u"- " + tr("Duration: %1").arg(formatDurationLong(impact.durationMs)) + u'\n';
    if (impact.slos.empty())
        md += u"- " + tr("No SLO covers this service or metric.") + u'\n';
    for (const RcaImpact::SloBurn &b : impact.slos)
        md += u"- " + burnText(b) + u'\n';
    md += u'\n';
    for (std::size_t i = 0; i < charts.size(); ++i)
        md += QStringLiteral("![%1](%2)\n\n").arg(charts[i].caption, charts[i].path);
    md += tr("## Timeline") + u"\n\n";
    md += tr("| Time (UTC) | | What happened |") + u'\n' + QStringLiteral("|---|---|---|\n");
    for (const RcaTimelineEntry &e : rca.timeline)
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                       e.starred ? QStringLiteral("★") : QString(), mdCell(e.text));
    md += u'\n';
    md += tr("## Contributing factors") + u"\n\n" + mdBlock(rca.factors) + u"\n\n";
    md += tr("## What went well") + u"\n\n" + mdBlock(rca.wentWell) + u"\n\n";
    md += tr("## Learnings") + u"\n\n" + mdBlock(rca.learnings) + u"\n\n";
    md += tr("## Action items") + u"\n\n";
    if (rca.actions.empty()) {
        md += tr("(none)") + u"\n";
    } else {
        md += tr("| Done | Action | Owner | Due | Link |") + u'\n' + QStringLiteral("|---|---|---|---|---|\n");
        for (const RcaActionItem &a : rca.actions)
            md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                      .arg(a.done ? QStringLiteral("✓") : QString(), mdCell(a.what), mdCell(a.owner),
                           a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
                           a.link.isEmpty() ? QString() : QStringLiteral("<%1>").arg(a.link));
    }
    if (!incident.rootCauseUrl.isEmpty())
        md += u'\n' + tr("Root-cause issue: <%1>").arg(incident.rootCauseUrl) + u'\n';
    return md;
}

QString rcaHtml(const Rca &rca, const Incident &incident, const RcaImpact &impact,
                const std::vector<RcaChartImage> &charts)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title><style>"
                        "body{font-family:sans-serif;max-width:60em;margin:2em auto;color:#111}"
                        "h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #999;margin-top:1.4em}"
                        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #bbb;padding:3px 6px;"
                        "text-align:left;vertical-align:top}.star{color:#b8860b;font-weight:bold}"
                        ".meta{color:#555}.empty{color:#777}img{max-width:100%}</style></head><body>")
             .arg(esc(tr("Incident #%1 review").arg(incident.id)));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Post-incident review: incident #%1, %2").arg(incident.id).arg(incident.rule)));
    h += QStringLiteral("<p class=\"meta\">%1</p>")
             .arg(esc(tr("Blameless review. Status: %1 · version %2 · last edited by %3 at %4")
                          .arg(rcaStatusLabel(rca.status))
                          .arg(rca.version)
                          .arg(rca.updatedBy.isEmpty() ? tr("nobody yet") : rca.updatedBy,
                               rca.updatedAt > 0 ? when(rca.updatedAt) : tr("never"))));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Summary"))) + paragraphs(rca.summary);
    h += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Impact")));
    h += QStringLiteral("<li>%1</li>").arg(esc(tr("Service: %1 (%2 %3, threshold %4)").arg(incident.service, incident.aggregate, incident.metric, incident.threshold)));
    h += QStringLiteral("<li>%1</li>").arg(esc(tr("From %1 to %2%3").arg(when(impact.start), when(impact.end), impact.ongoing ? tr(" (still open)") : QString())));
    h += QStringLiteral("<li>%1</li>").arg(esc(tr("Duration: %1").arg(formatDurationLong(impact.durationMs))));
    if (impact.slos.empty())
        h += QStringLiteral("<li>%1</li>").arg(esc(tr("No SLO covers this service or metric.")));
    for (const RcaImpact::SloBurn &b : impact.slos)
        h += QStringLiteral("<li>%1</li>").arg(esc(burnText(b)));
    h += QStringLiteral("</ul>");
    for (const RcaChartImage &c : charts)
        h += QStringLiteral("<p><img src=\"%1\" width=\"900\" alt=\"%2\"><br><i>%2</i></p>").arg(esc(c.path), esc(c.caption));
    h += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th></th><th>%3</th></tr>")
             .arg(esc(tr("Timeline")), esc(tr("Time (UTC)")), esc(tr("What happened")));
    for (const RcaTimelineEntry &e : rca.timeline)
        h += QStringLiteral("<tr><td>%1</td><td class=\"star\">%2</td><td>%3</td></tr>")
                 .arg(QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                      e.starred ? QStringLiteral("★") : QString(), esc(e.text));
    h += QStringLiteral("</table>");
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Contributing factors"))) + paragraphs(rca.factors);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("What went well"))) + paragraphs(rca.wentWell);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Learnings"))) + paragraphs(rca.learnings);
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Action items")));
    if (rca.actions.empty()) {
        h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(tr("(none)")));
    } else {
        h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>")
                 .arg(esc(tr("Done")), esc(tr("Action")), esc(tr("Owner")), esc(tr("Due")), esc(tr("Link")));
        for (const RcaActionItem &a : rca.actions)
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                     .arg(a.done ? QStringLiteral("✓") : QString(), esc(a.what), esc(a.owner),
                          a.due.isValid() ? a.due.toString(Qt::ISODate) : QString(),
                          a.link.isEmpty() ? QString() : QStringLiteral("<a href=\"%1\">%1</a>").arg(esc(a.link)));
        h += QStringLiteral("</table>");
    }
    if (!incident.rootCauseUrl.isEmpty())
        h += QStringLiteral("<p>%1 <a href=\"%2\">%2</a></p>").arg(esc(tr("Root-cause issue:")), esc(incident.rootCauseUrl));
    h += QStringLiteral("</body></html>");
    return h;
}

} // namespace hms
