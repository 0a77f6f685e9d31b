#include "RcaExport.h"

#include "DashboardTiles.h"
#include "dash/DashboardFrame.h"
#include "dash/TileData.h"
#include "incidents/RcaExport.h"
#include "store/SeriesStore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QSaveFile>
#include <QTextDocument>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RcaExport", text);
}

constexpr qint64 kMarginMs = 15 * 60'000;

QImage renderTile(const hms::DashboardTile &tile, const hms::SeriesStore &store, const std::vector<hms::Rule> &rules,
                  const hms::Incident &incident, hms::TimestampMs from, hms::TimestampMs to, QSize size)
{
    ChartTile widget(tile, WallTheme::light());
    widget.setAttribute(Qt::WA_DontShowOnScreen);
    widget.resize(size);
    widget.show(); // off screen: lays the chart out at this size
    QCoreApplication::processEvents();
    hms::TileFrame frame;
    frame.data = hms::computeTile(tile, store, rules, {incident}, from, to, std::max(200, widget.plotWidthPx()));
    frame.data.stale = false; // a window of the past: its end is not "now"
    widget.setFrame(frame, from, to);
    QCoreApplication::processEvents();
    QImage image = widget.grab().toImage();
    widget.hide();
    return image;
}

QString atomicWrite(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot write: %2").arg(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1: write failed: %2").arg(path, file.errorString());
    return {};
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}
} // namespace

std::vector<RcaChart> rcaCharts(const hms::SeriesStore &store, const hms::Incident &incident,
                                const std::vector<hms::Rule> &rules, const hms::RcaImpact &impact, QSize size)
{
    std::vector<RcaChart> charts;
    const hms::TimestampMs from = impact.start - kMarginMs;
    const hms::TimestampMs to = impact.end + kMarginMs;
    if (!incident.metric.isEmpty()) {
        hms::DashboardTile tile;
        tile.kind = hms::DashboardTile::Kind::Chart;
        tile.metric = incident.metric;
        tile.rule = incident.rule;
        tile.title = tr("%1 — %2 %3").arg(incident.metric, incident.aggregate, incident.threshold);
        const auto rule = std::find_if(rules.begin(), rules.end(), [&](const hms::Rule &r) { return r.name == incident.rule; });
        if (rule != rules.end()) {
            tile.match = rule->match;
            tile.aggregate = rule->aggregate;
            tile.windowMs = rule->windowMs;
            tile.unit = rule->metric.endsWith(QStringLiteral("_ms")) ? QStringLiteral("ms") : QString();
            // The incident's own series: its labels but those its rule adds (alertname, severity, labels).
            for (const auto &[k, v] : incident.labels)
                if (k != u"alertname" && k != u"severity" && !rule->labels.count(k))
                    tile.match.insert_or_assign(k, v);
        }
        charts.push_back({renderTile(tile, store, rules, incident, from, to, size),
                          tr("%1 around incident #%2; the firing interval is shaded").arg(incident.metric).arg(incident.id)});
    }
    for (const hms::RcaImpact::SloBurn &burn : impact.slos) {
        hms::DashboardTile tile;
        tile.kind = hms::DashboardTile::Kind::Chart;
        tile.metric = QStringLiteral("slo_error_budget_remaining");
        tile.match = {{QStringLiteral("slo"), burn.slo}};
        tile.title = tr("SLO %1: error budget remaining").arg(burn.slo);
        tile.rule = incident.rule;
        charts.push_back({renderTile(tile, store, rules, incident, from, to, size),
                          tr("SLO %1 error budget remaining during incident #%2").arg(burn.slo).arg(incident.id)});
    }
    return charts;
}

QString exportRca(RcaFormat format, const QString &path, const hms::Rca &rca, const hms::Incident &incident,
                  const hms::RcaImpact &impact, const std::vector<RcaChart> &charts)
{
    const QFileInfo info(path);
    std::vector<hms::RcaChartImage> images;
    switch (format) {
    case RcaFormat::Markdown: {
        // The images beside the document, named after it.
        for (std::size_t i = 0; i < charts.size(); ++i) {
            const QString name = QStringLiteral("%1-chart-%2.png").arg(info.completeBaseName()).arg(i + 1);
            if (const QString error = atomicWrite(info.dir().filePath(name), png(charts[i].image)); !error.isEmpty())
                return error;
            images.push_back({name, charts[i].caption});
        }
        return atomicWrite(path, hms::rcaMarkdown(rca, incident, impact, images).toUtf8());
    }
    case RcaFormat::Html:
        for (const RcaChart &c : charts)
            images.push_back({QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png(c.image).toBase64()),
                              c.caption});
        return atomicWrite(path, hms::rcaHtml(rca, incident, impact, images).toUtf8());
    case RcaFormat::Pdf: {
        QTextDocument doc;
        for (std::size_t i = 0; i < charts.size(); ++i) {
            const QString name = QStringLiteral("chart-%1.png").arg(i + 1);
            doc.addResource(QTextDocument::ImageResource, QUrl(name), charts[i].image);
            images.push_back({name, charts[i].caption});
        }
        doc.setHtml(hms::rcaHtml(rca, incident, impact, images));
        const QString part = path + QStringLiteral(".part");
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(part);
        printer.setPageSize(QPageSize(QPageSize::A4));
        printer.setDocName(QStringLiteral("incident-%1-rca").arg(incident.id));
        printer.setCreator(QStringLiteral("HMS Ops Center"));
        doc.setPageSize(printer.pageRect(QPrinter::Point).size());
        doc.print(&printer);
        if (!QFileInfo::exists(part) || QFileInfo(part).size() == 0) {
            QFile::remove(part);
            return tr("%1: the PDF could not be written").arg(path);
        }
        QFile::remove(path);
        if (!QFile::rename(part, path)) {
            QFile::remove(part);
            return tr("%1: could not be replaced").arg(path);
        }
        return {};
    }
    }
    return {};
}
