// Writes a blameless RCA as Markdown (with its chart images as PNG files beside it), as one
// self-contained HTML file (images inline) or as a PDF (QPrinter), always through a temporary
// file renamed into place: a failed export leaves nothing half-written.
#pragma once

#include "incidents/Rca.h"
#include "rules/Rule.h"

#include <QImage>
#include <QString>

#include <vector>

namespace hms {
class SeriesStore;
}

struct RcaChart {
    QImage image;
    QString caption;
};

// Charts of the incident window (its opening − 15 min to its end + 15 min): the incident's metric
// with its rule's threshold and the firing interval shaded, and each related SLO's error budget.
std::vector<RcaChart> rcaCharts(const hms::SeriesStore &store, const hms::Incident &incident,
                                const std::vector<hms::Rule> &rules, const hms::RcaImpact &impact, QSize size = {1000, 380});

enum class RcaFormat { Markdown, Html, Pdf };
// Returns an error message naming the file, or "" on success.
QString exportRca(RcaFormat format, const QString &path, const hms::Rca &rca, const hms::Incident &incident,
                  const hms::RcaImpact &impact, const std::vector<RcaChart> &charts);
