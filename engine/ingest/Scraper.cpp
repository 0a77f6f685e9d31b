#include "ingest/Scraper.h"
#include "incidents/OpsDatabase.h"
#include "remote/Sources.h"

#include "core/Duration.h"
#include "core/YamlSupport.h"
#include "ingest/Exposition.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QtEndian>

#include <yaml-cpp/yaml.h>

namespace hms {

namespace {
constexpr qint64 kMaxScrapeBytes = 32 * 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("hms", text);
}
} // namespace

QString ScrapeTarget::instance() const
{
    return url.host() + u':' + QString::number(url.port(url.scheme() == u"https" ? 443 : 80));
}

ConfigParseResult parseConfig(const QByteArray &yaml, const QString &fileName)
{
    ConfigParseResult out;
    auto error = [&](const YAML::Mark &m, const QString &message) {
        out.errors.push_back({fileName, m.line >= 0 ? m.line + 1 : 0, m.column >= 0 ? m.column + 1 : 0, message});
    };
    try {
        const std::string text = yaml.toStdString();
        if (const auto second = yaml::secondDocument(text)) {
            error(second->mark, tr("expected one YAML document"));
            return out;
        }
        const YAML::Node root = YAML::Load(text);
        if (root.IsNull())
            return out;
        if (!root.IsMap()) {
            error(root.Mark(), tr("expected a mapping with `scrape:`, got %1").arg(yaml::nodeKind(root)));
            return out;
        }
        for (const auto &entry : root) {
            const QString key = QString::fromStdString(entry.first.Scalar());
            if (key == u"sources") {
                out.sources = parseSources(entry.second, fileName, out.errors);
                continue;
            }
            if (key == u"ops_database") {
                QString why;
                const QString text = entry.second.IsScalar() ? QString::fromStdString(entry.second.Scalar()) : QString();
                if (!OpsLocation::parse(text, &why))
                    error(entry.second.Mark(), tr("ops_database: %1").arg(why));
                else
                    out.opsDatabase = text;
                continue;
            }
            if (key != u"scrape") {
                error(entry.first.Mark(), tr("%1: unknown field (valid: scrape, sources, ops_database)").arg(key));
                continue;
            }
            if (!entry.second.IsSequence()) {
                error(entry.second.Mark(), tr("scrape: expected a list of targets, got %1").arg(yaml::nodeKind(entry.second)));
                continue;
            }
            for (const YAML::Node &t : entry.second) {
                if (!t.IsMap()) {
                    error(t.Mark(), tr("scrape: expected a target mapping, got %1").arg(yaml::nodeKind(t)));
                    continue;
                }
                ScrapeTarget target;
                bool ok = true;
                for (const auto &field : t) {
                    const QString name = QString::fromStdString(field.first.Scalar());
                    const QString value = field.second.IsScalar() ? QString::fromStdString(field.second.Scalar()) : QString();
                    const YAML::Mark at = field.second.Mark();
                    if (!field.second.IsScalar()) {
                        error(at, tr("%1: expected a string, got %2").arg(name, yaml::nodeKind(field.second)));
                        ok = false;
                    } else if (name == u"job") {
                        target.job = value;
                    } else if (name == u"url") {
                        target.url = QUrl(value, QUrl::StrictMode);
                        if (!target.url.isValid() || (target.url.scheme() != u"http" && target.url.scheme() != u"https")
                            || target.url.host().isEmpty()) {
                            error(at, tr("url: expected an http(s) URL, got %1").arg(yaml::quoted(value)));
                            ok = false;
                        }
                    } else if (name == u"interval" || name == u"timeout") {
                        const auto ms = parseDurationMs(value);
                        if (!ms || *ms < 100) {
                            error(at, tr("%1: expected a duration of at least 100ms, got %2").arg(name, yaml::quoted(value)));
                            ok = false;
                        } else {
                            (name == u"interval" ? target.intervalMs : target.timeoutMs) = *ms;
                        }
                    } else {
                        error(field.first.Mark(), tr("%1: unknown field (valid: job, url, interval, timeout)").arg(name));
                        ok = false;
                    }
                }
                if (ok && (target.job.isEmpty() || target.url.isEmpty())) {
                    error(t.Mark(), tr("scrape target: `job` and `url` are required"));
                    ok = false;
                }
                if (ok && target.timeoutMs > target.intervalMs)
                    target.timeoutMs = target.intervalMs;
                if (ok)
                    out.scrape.push_back(target);
            }
        }
    } catch (const YAML::Exception &e) {
        error(e.mark, tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    }
    if (!out.errors.empty()) {
        out.scrape.clear();
        out.sources.clear();
        out.opsDatabase.clear();
    }
    return out;
}

struct Scraper::Running {
    ScrapeTarget target;
    QTimer timer;
    qint64 offsetMs = 0;        // spreads targets over the interval, stable per target
    TimestampMs scheduledAt = 0;
    bool inFlight = false;
};

Scraper::Scraper(SeriesStore &store, std::vector<ScrapeTarget> targets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_network(this)
{
    for (ScrapeTarget &t : targets) {
        auto r = std::make_unique<Running>();
        r->target = std::move(t);
        const QByteArray hash = QCryptographicHash::hash(r->target.url.toEncoded(), QCryptographicHash::Sha256);
        r->offsetMs = qint64(qFromBigEndian<quint32>(hash.constData()) % quint32(r->target.intervalMs));
        r->timer.setSingleShot(true);
        r->timer.setTimerType(Qt::PreciseTimer);
        Running *raw = r.get();
        connect(&r->timer, &QTimer::timeout, this, [this, raw] { scrape(*raw); });
        m_targets.push_back(std::move(r));
    }
}

Scraper::~Scraper() = default;

void Scraper::start()
{
    for (auto &r : m_targets)
        schedule(*r);
}

void Scraper::schedule(Running &r)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 interval = r.target.intervalMs;
    qint64 next = ((now - r.offsetMs) / interval + 1) * interval + r.offsetMs;
    r.scheduledAt = next;
    r.timer.start(int(next - now));
}

void Scraper::scrape(Running &r)
{
    const TimestampMs at = r.scheduledAt;
    schedule(r);
    if (r.inFlight)
        return; // the previous scrape still runs: skip this slot rather than pile up
    r.inFlight = true;
    QNetworkRequest request(r.target.url);
    request.setRawHeader("Accept", "text/plain;version=0.0.4;q=1,*/*;q=0.1");
    request.setTransferTimeout(int(r.target.timeoutMs));
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxScrapeBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, &r, at, clock] {
        reply->deleteLater();
        r.inFlight = false;
        ++m_scrapes;
        const double seconds = double(clock->nsecsElapsed()) / 1e9;
        const Labels targetLabels{{QStringLiteral("job"), r.target.job}, {QStringLiteral("instance"), r.target.instance()}};
        std::vector<PushedSample> samples;
        bool up = reply->error() == QNetworkReply::NoError;
        qint64 scrapedCount = 0;
        if (up) {
            const ExpositionResult parsed = parseExposition(reply->readAll());
            up = parsed.errors.empty() || !parsed.samples.empty();
            if (!parsed.errors.empty())
                m_store.countRejected(QStringLiteral("exposition_invalid"), qint64(parsed.errors.size()), at);
            samples.reserve(parsed.samples.size() + 3);
            for (const ExposedSample &e : parsed.samples) {
                PushedSample p;
                p.name = e.name;
                p.labels = e.labels;
                for (const auto &[k, v] : targetLabels)
                    p.labels[k] = v; // target labels win, as honor_labels: false
                p.value = e.value;
                p.timestampMs = e.timestampMs > 0 ? e.timestampMs : at;
                p.kind = PushedSample::Kind::Gauge; // exposed counters are already cumulative
                samples.push_back(std::move(p));
            }
            scrapedCount = qint64(parsed.samples.size());
        }
        auto self = [&](const char *name, double v) {
            PushedSample p;
            p.name = QString::fromLatin1(name);
            p.labels = targetLabels;
            p.value = v;
            p.timestampMs = at;
            p.kind = PushedSample::Kind::Gauge;
            samples.push_back(std::move(p));
        };
        self("up", up ? 1 : 0);
        self("scrape_duration_seconds", seconds);
        self("scrape_samples_scraped", double(scrapedCount));
        m_store.applyPushed(samples, QDateTime::currentMSecsSinceEpoch());
        Q_EMIT scraped(r.target.job, r.target.instance(), up, scrapedCount);
    });
}

} // namespace hms
