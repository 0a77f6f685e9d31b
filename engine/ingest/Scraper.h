// Prometheus text exposition scraping: each target fetched on its own fixed grid from the ingest
// thread, samples stamped with the scheduled time (as Prometheus aligns them, which also makes
// Gorilla's delta-of-delta zero), `up`, `scrape_duration_seconds` and
// `scrape_samples_scraped` recorded per target.
#pragma once

#include "core/Types.h"
#include "remote/Sources.h"
#include "rules/Rule.h" // RuleParseError: file:line:column errors

#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <vector>

namespace hms {

class SeriesStore;

struct ScrapeTarget {
    QString job;             // the `job` label
    QUrl url;                // http(s)://host:port/metrics
    qint64 intervalMs = 15000;
    qint64 timeoutMs = 10000;
    QString instance() const; // host:port, the `instance` label
};

// The configuration file (`hms-ops --config FILE`):
//   scrape:
//     - job: node
//       url: http://127.0.0.1:9100/metrics
//       interval: 15s        (default 15s, ≥ 100ms)
//       timeout: 10s         (default 10s, ≤ interval)
// Unknown fields, bad URLs and durations are errors at file:line:column.
//   sources: [...]                 remote/Sources.h: Prometheus-compatible APIs, Alertmanagers
//   ops_database: postgresql://USER@HOST[:PORT]/DB   (the same as --ops-db)
struct ConfigParseResult {
    std::vector<ScrapeTarget> scrape;
    std::vector<RemoteSource> sources;
    QString opsDatabase;
    std::vector<RuleParseError> errors;
};
ConfigParseResult parseConfig(const QByteArray &yaml, const QString &fileName);

class Scraper : public QObject {
    Q_OBJECT
public:
    Scraper(SeriesStore &store, std::vector<ScrapeTarget> targets, QObject *parent = nullptr);
    ~Scraper() override;
    // In the owning thread.
    void start();
    qint64 scrapes() const { return m_scrapes; }

Q_SIGNALS:
    void scraped(const QString &job, const QString &instance, bool up, qint64 samples);

private:
    struct Running;
    void scrape(Running &r);
    void schedule(Running &r);

    SeriesStore &m_store;
    QNetworkAccessManager m_network;
    std::vector<std::unique_ptr<Running>> m_targets;
    qint64 m_scrapes = 0;
};

} // namespace hms
