#include "store/SeriesStore.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace hms {

namespace {
const QString kRejectedMetric = QStringLiteral("ops_ingest_rejected_total");
constexpr std::size_t kMaxExemplarsPerSeries = 10000;
} // namespace

struct SeriesStore::Series {
    SeriesKey key;
    std::deque<Sample> samples;
    std::deque<Exemplar> exemplars;
    double counterTotal = 0;                 // StatsD counters and pushed counters
    QSet<QByteArray> setMembers;             // StatsD sets, current window
    TimestampMs setWindowStart = 0;
};

SeriesStore::SeriesStore()
    : SeriesStore(Options{})
{
}

SeriesStore::SeriesStore(Options options)
    : m_options(options)
{
}

SeriesStore::~SeriesStore() = default;

SeriesStore::Series *SeriesStore::seriesFor(const QString &name, const Labels &labels, TimestampMs now)
{
    SeriesKey key{name, labels};
    const QString id = key.toString();
    auto it = m_series.find(id);
    if (it != m_series.end())
        return it->get();
    auto &byName = m_byName[name];
    if (name != kRejectedMetric && int(byName.size()) >= m_options.maxSeriesPerMetric) {
        bumpRejectedLocked(QStringLiteral("cardinality"), 1, now);
        return nullptr;
    }
    auto series = std::make_shared<Series>();
    series->key = std::move(key);
    m_series.insert(id, series);
    byName.push_back(series);
    return series.get();
}

void SeriesStore::appendSample(Series &s, Sample sample)
{
    s.samples.push_back(sample);
    m_samples.fetch_add(1, std::memory_order_relaxed);
}

void SeriesStore::bumpRejectedLocked(const QString &reason, qint64 count, TimestampMs now)
{
    Series *s = seriesFor(kRejectedMetric, Labels{{QStringLiteral("reason"), reason}}, now);
    if (!s)
        return;
    s->counterTotal += double(count);
    appendSample(*s, {now, s->counterTotal});
}

void SeriesStore::countRejected(const QString &reason, qint64 count, TimestampMs now)
{
    if (count <= 0)
        return;
    std::unique_lock lock(m_mutex);
    bumpRejectedLocked(reason, count, now);
}

void SeriesStore::applyStatsd(const std::vector<StatsdLine> &lines, TimestampMs now)
{
    if (lines.empty())
        return;
    std::unique_lock lock(m_mutex);
    for (const StatsdLine &line : lines) {
        Series *s = seriesFor(line.name, line.tags, now);
        if (!s)
            continue;
        switch (line.type) {
        case StatsdType::Counter:
            s->counterTotal += line.value / line.sampleRate;
            appendSample(*s, {now, s->counterTotal});
            break;
        case StatsdType::Gauge:
            appendSample(*s, {now, line.value});
            break;
        case StatsdType::GaugeDelta: {
            const double base = s->samples.empty() ? 0.0 : s->samples.back().v;
            appendSample(*s, {now, base + line.value});
            break;
        }
        case StatsdType::Timer:
        case StatsdType::Histogram:
        case StatsdType::Distribution:
            // One raw sample per observation; a sample rate does not multiply observations
            // (quantiles over the received values are unbiased; counts are per received value).
            appendSample(*s, {now, line.value});
            break;
        case StatsdType::Set:
            if (now - s->setWindowStart >= m_options.setWindowMs) {
                s->setMembers.clear();
                s->setWindowStart = now - (now % m_options.setWindowMs);
            }
            s->setMembers.insert(line.setMember);
            appendSample(*s, {now, double(s->setMembers.size())});
            break;
        }
        if (!line.traceId.isEmpty() && line.type != StatsdType::Set) {
            s->exemplars.push_back({now, line.value, line.traceId});
            if (s->exemplars.size() > kMaxExemplarsPerSeries)
                s->exemplars.pop_front();
        }
    }
}

int SeriesStore::applyPushed(const std::vector<PushedSample> &samples, TimestampMs now)
{
    int accepted = 0;
    std::unique_lock lock(m_mutex);
    for (const PushedSample &p : samples) {
        const TimestampMs t = p.timestampMs > 0 ? p.timestampMs : now;
        Series *s = seriesFor(p.name, p.labels, now);
        if (!s)
            continue;
        if (!s->samples.empty() && t < s->samples.back().t) {
            bumpRejectedLocked(QStringLiteral("out_of_order"), 1, now);
            continue;
        }
        double value = p.value;
        if (p.kind == PushedSample::Kind::Counter) {
            s->counterTotal += p.value;
            value = s->counterTotal;
        }
        appendSample(*s, {t, value});
        if (!p.traceId.isEmpty()) {
            s->exemplars.push_back({t, p.value, p.traceId});
            if (s->exemplars.size() > kMaxExemplarsPerSeries)
                s->exemplars.pop_front();
        }
        ++accepted;
    }
    return accepted;
}

std::vector<SeriesKey> SeriesStore::select(const QString &name, const Labels &match) const
{
    std::vector<SeriesKey> out;
    std::shared_lock lock(m_mutex);
    const auto it = m_byName.constFind(name);
    if (it == m_byName.constEnd())
        return out;
    for (const auto &s : *it) {
        const bool matches = std::all_of(match.begin(), match.end(), [&](const auto &kv) {
            const auto l = s->key.labels.find(kv.first);
            // A missing label equals "" (as in Prometheus and Alertmanager).
            return (l == s->key.labels.end() ? QString() : l->second) == kv.second;
        });
        if (matches)
            out.push_back(s->key);
    }
    std::sort(out.begin(), out.end());
    return out;
}

namespace {
template<typename Deque>
auto lowerByTime(const Deque &d, TimestampMs fromExclusive)
{
    return std::upper_bound(d.begin(), d.end(), fromExclusive,
                            [](TimestampMs t, const auto &s) { return t < s.t; });
}
} // namespace

std::vector<Sample> SeriesStore::range(const SeriesKey &key, TimestampMs fromExclusive, TimestampMs toInclusive) const
{
    std::vector<Sample> out;
    std::shared_lock lock(m_mutex);
    const auto it = m_series.constFind(key.toString());
    if (it == m_series.constEnd())
        return out;
    const auto &samples = (*it)->samples;
    for (auto s = lowerByTime(samples, fromExclusive); s != samples.end() && s->t <= toInclusive; ++s)
        out.push_back(*s);
    return out;
}

std::vector<Exemplar> SeriesStore::exemplars(const SeriesKey &key, TimestampMs fromExclusive,
                                             TimestampMs toInclusive) const
{
    std::vector<Exemplar> out;
    std::shared_lock lock(m_mutex);
    const auto it = m_series.constFind(key.toString());
    if (it == m_series.constEnd())
        return out;
    const auto &ex = (*it)->exemplars;
    for (auto e = lowerByTime(ex, fromExclusive); e != ex.end() && e->t <= toInclusive; ++e)
        out.push_back(*e);
    return out;
}

std::vector<Sample> SeriesStore::decimated(const SeriesKey &key, TimestampMs from, TimestampMs to, int buckets) const
{
    std::vector<Sample> out;
    if (buckets <= 0 || to <= from)
        return out;
    std::shared_lock lock(m_mutex);
    const auto it = m_series.constFind(key.toString());
    if (it == m_series.constEnd())
        return out;
    const auto &samples = (*it)->samples;
    const double width = double(to - from) / buckets;
    auto s = lowerByTime(samples, from - 1);
    while (s != samples.end() && s->t <= to) {
        const int bucket = std::min(buckets - 1, int(double(s->t - from) / width));
        const TimestampMs bucketEnd = from + TimestampMs(std::ceil(width * (bucket + 1)));
        Sample lo = *s;
        Sample hi = *s;
        for (; s != samples.end() && s->t <= to && (s->t < bucketEnd || bucket == buckets - 1); ++s) {
            if (s->v < lo.v)
                lo = *s;
            if (s->v > hi.v)
                hi = *s;
        }
        if (lo.t == hi.t && lo.v == hi.v) {
            out.push_back(lo);
        } else if (lo.t <= hi.t) {
            out.push_back(lo);
            out.push_back(hi);
        } else {
            out.push_back(hi);
            out.push_back(lo);
        }
    }
    return out;
}

QStringList SeriesStore::metricNames() const
{
    std::shared_lock lock(m_mutex);
    QStringList names = m_byName.keys();
    names.sort();
    return names;
}

qint64 SeriesStore::seriesCount() const
{
    std::shared_lock lock(m_mutex);
    return m_series.size();
}

void SeriesStore::trim(TimestampMs now)
{
    const TimestampMs cutoff = now - m_options.retentionMs;
    std::unique_lock lock(m_mutex);
    for (auto &s : m_series) {
        qint64 dropped = 0;
        while (!s->samples.empty() && s->samples.front().t < cutoff) {
            s->samples.pop_front();
            ++dropped;
        }
        while (!s->exemplars.empty() && s->exemplars.front().t < cutoff)
            s->exemplars.pop_front();
        m_samples.fetch_sub(dropped, std::memory_order_relaxed);
    }
}

} // namespace hms
