// A blameless RCA as a document: Markdown (for a repository or a wiki) and HTML (for a browser,
// and the source of the PDF that widgets/RcaExport prints). Pure functions.
#pragma once

#include "incidents/Rca.h"

#include <QString>
#include <QStringList>

namespace hms {

struct RcaChartImage {
    QString path;    // as the document refers to it: "rca-12-chart-1.png", or a resource name
    QString caption; // "aid_form.latency_ms p95, 14:02–14:40; firing shaded"
};

QString rcaMarkdown(const Rca &rca, const Incident &incident, const RcaImpact &impact,
                    const std::vector<RcaChartImage> &charts);
QString rcaHtml(const Rca &rca, const Incident &incident, const RcaImpact &impact,
                const std::vector<RcaChartImage> &charts);

} // namespace hms
