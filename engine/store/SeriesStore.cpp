#include "store/SeriesStore.h"

#include "store/Gorilla.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace hms {

namespace {
const QString kRejectedMetric = QStringLiteral("ops_ingest_rejected_total");
constexpr std::size_t kMaxExemplarsPerSeries = 10000;

struct SealedChunk {
    TimestampMs minT = 0;
    TimestampMs maxT = 0;
    int count = 0;
    QByteArray data;
    bool persisted = false;
};
} // namespace

struct SeriesStore::Series {
    quint64 id = 0;
    SeriesKey key;
    std::vector<SealedChunk> chunks; // time-ordered, compressed
    std::vector<Sample> head;        // the open chunk, raw
    bool headDirty = false;          // changed since the last persist batch
    std::deque<Exemplar> exemplars;
    std::size_t unpersistedExemplars = 0; // at the back of `exemplars`
    double counterTotal = 0;         // StatsD counters and pushed counters
    QSet<QByteArray> setMembers;     // StatsD sets, current window
    TimestampMs setWindowStart = 0;

    TimestampMs lastTime() const
    {
        if (!head.empty())
            return head.back().t;
        return chunks.empty() ? std::numeric_limits<TimestampMs>::min() : chunks.back().maxT;
    }
    double lastValue() const
    {
        if (!head.empty())
            return head.back().v;
        if (chunks.empty())
            return 0;
        const auto samples = decodeAll(chunks.back().data, chunks.back().count);
        return samples.empty() ? 0 : samples.back().v;
    }
};

namespace {
QByteArray encode(const std::vector<Sample> &samples)
{
    GorillaEncoder encoder;
    for (const Sample &s : samples)
        encoder.append(s.t, s.v);
    return encoder.bytes();
}
} // namespace

SeriesStore::SeriesStore()
    : SeriesStore(Options{})
{
}

SeriesStore::SeriesStore(Options options)
    : m_options(options)
{
}

SeriesStore::~SeriesStore() = default;

namespace {
std::size_t keyHash(const QString &name, const Labels &labels)
{
    std::size_t h = qHash(name);
    for (const auto &[k, v] : labels)
        h = qHashMulti(h, k, v);
    return h;
}
} // namespace

SeriesStore::Series *SeriesStore::findLocked(const QString &name, const Labels &labels) const
{
    const auto [first, last] = m_index.equal_range(keyHash(name, labels));
    for (auto it = first; it != last; ++it)
        if (it->second->key.name == name && it->second->key.labels == labels)
            return it->second;
    return nullptr;
}

SeriesStore::Series *SeriesStore::seriesFor(const QString &name, const Labels &labels, TimestampMs now)
{
    if (Series *found = findLocked(name, labels))
        return found;
    SeriesKey key{name, labels};
    auto &byName = m_byName[name];
    if (name != kRejectedMetric && int(byName.size()) >= m_options.maxSeriesPerMetric) {
        bumpRejectedLocked(QStringLiteral("cardinality"), 1, now);
        return nullptr;
    }
    auto series = std::make_shared<Series>();
    series->id = m_nextId++;
    series->key = std::move(key);
    m_index.emplace(keyHash(series->key.name, series->key.labels), series.get());
    m_series.push_back(series);
    byName.push_back(series);
    m_newSeries.push_back(series.get());
    return series.get();
}

void SeriesStore::appendSample(Series &s, Sample sample)
{
    s.head.push_back(sample);
    s.headDirty = true;
    m_samples.fetch_add(1, std::memory_order_relaxed);
    if (int(s.head.size()) >= kChunkSamples) {
        s.chunks.push_back({s.head.front().t, s.head.back().t, int(s.head.size()), encode(s.head), false});
        s.head.clear();
    }
}

void SeriesStore::addExemplar(Series &s, Exemplar e)
{
    s.exemplars.push_back(std::move(e));
    s.unpersistedExemplars = std::min(s.unpersistedExemplars + 1, kMaxExemplarsPerSeries);
    if (s.exemplars.size() > kMaxExemplarsPerSeries)
        s.exemplars.pop_front();
}

void SeriesStore::bumpRejectedLocked(const QString &reason, qint64 count, TimestampMs now)
{
    Series *s = seriesFor(kRejectedMetric, Labels{{QStringLiteral("reason"), reason}}, now);
    if (!s)
        return;
    s->counterTotal += double(count);
    appendSample(*s, {std::max(now, s->lastTime()), s->counterTotal});
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
        // Receive time stamps StatsD samples; a clock step backwards must not break time order.
        const TimestampMs t = std::max(now, s->lastTime());
        switch (line.type) {
        case StatsdType::Counter:
            s->counterTotal += line.value / line.sampleRate;
            appendSample(*s, {t, s->counterTotal});
            break;
        case StatsdType::Gauge:
            appendSample(*s, {t, line.value});
            break;
        case StatsdType::GaugeDelta:
            appendSample(*s, {t, s->lastValue() + line.value});
            break;
        case StatsdType::Timer:
        case StatsdType::Histogram:
        case StatsdType::Distribution:
            // One raw sample per observation; a sample rate does not multiply observations
            // (quantiles over the received values are unbiased; counts are per received value).
            appendSample(*s, {t, line.value});
            break;
        case StatsdType::Set:
            if (t - s->setWindowStart >= m_options.setWindowMs) {
                s->setMembers.clear();
                s->setWindowStart = t - (t % m_options.setWindowMs);
            }
            s->setMembers.insert(line.setMember);
            appendSample(*s, {t, double(s->setMembers.size())});
            break;
        }
        if (!line.traceId.isEmpty() && line.type != StatsdType::Set)
            addExemplar(*s, {t, line.value, line.traceId});
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
        if (t < s->lastTime()) {
            bumpRejectedLocked(QStringLiteral("out_of_order"), 1, now);
            continue;
        }
        double value = p.value;
        if (p.kind == PushedSample::Kind::Counter) {
            s->counterTotal += p.value;
            value = s->counterTotal;
        }
        appendSample(*s, {t, value});
        if (!p.traceId.isEmpty())
            addExemplar(*s, {t, p.value, p.traceId});
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

template<typename Visit>
void SeriesStore::forEachSample(const Series &s, TimestampMs fromExclusive, TimestampMs toInclusive,
                                Visit visit) const
{
    // Skip the chunks that end before the range, decode the ones that overlap it.
    auto chunk = std::upper_bound(s.chunks.begin(), s.chunks.end(), fromExclusive,
                                  [](TimestampMs t, const SealedChunk &c) { return t < c.maxT; });
    for (; chunk != s.chunks.end() && chunk->minT <= toInclusive; ++chunk) {
        GorillaDecoder decoder(chunk->data, chunk->count);
        Sample sample;
        while (decoder.next(sample)) {
            if (sample.t > toInclusive)
                return;
            if (sample.t > fromExclusive)
                visit(sample);
        }
    }
    auto h = std::upper_bound(s.head.begin(), s.head.end(), fromExclusive,
                              [](TimestampMs t, const Sample &x) { return t < x.t; });
    for (; h != s.head.end() && h->t <= toInclusive; ++h)
        visit(*h);
}

std::vector<Sample> SeriesStore::range(const SeriesKey &key, TimestampMs fromExclusive, TimestampMs toInclusive) const
{
    std::vector<Sample> out;
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series)
        return out;
    forEachSample(*series, fromExclusive, toInclusive, [&out](const Sample &s) { out.push_back(s); });
    return out;
}

std::vector<Exemplar> SeriesStore::exemplars(const SeriesKey &key, TimestampMs fromExclusive,
                                             TimestampMs toInclusive) const
{
    std::vector<Exemplar> out;
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series)
        return out;
    const auto &ex = series->exemplars;
    auto e = std::upper_bound(ex.begin(), ex.end(), fromExclusive, [](TimestampMs t, const Exemplar &x) { return t < x.t; });
    for (; e != ex.end() && e->t <= toInclusive; ++e)
        out.push_back(*e);
    return out;
}

std::vector<Sample> SeriesStore::decimated(const SeriesKey &key, TimestampMs from, TimestampMs to, int buckets) const
{
    std::vector<Sample> out;
    if (buckets <= 0 || to <= from)
        return out;
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series)
        return out;
    const double width = double(to - from) / buckets;
    int current = -1;
    Sample lo, hi;
    auto flush = [&] {
        if (current < 0)
            return;
        if (lo.t == hi.t && lo.v == hi.v) {
            out.push_back(lo);
        } else if (lo.t <= hi.t) {
            out.push_back(lo);
            out.push_back(hi);
        } else {
            out.push_back(hi);
            out.push_back(lo);
        }
    };
    forEachSample(*series, from - 1, to, [&](const Sample &s) {
        const int bucket = std::min(buckets - 1, int(double(s.t - from) / width));
        if (bucket != current) {
            flush();
            current = bucket;
            lo = hi = s;
            return;
        }
        if (s.v < lo.v)
            lo = s;
        if (s.v > hi.v)
            hi = s;
    });
    flush();
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
    return qint64(m_series.size());
}

void SeriesStore::trim(TimestampMs now)
{
    const TimestampMs cutoff = now - m_options.retentionMs;
    std::unique_lock lock(m_mutex);
    for (auto &s : m_series) {
        qint64 dropped = 0;
        // Whole chunks go once their newest sample is older than the cutoff.
        auto keep = std::find_if(s->chunks.begin(), s->chunks.end(), [&](const SealedChunk &c) { return c.maxT >= cutoff; });
        for (auto c = s->chunks.begin(); c != keep; ++c)
            dropped += c->count;
        s->chunks.erase(s->chunks.begin(), keep);
        if (s->chunks.empty()) {
            auto h = std::find_if(s->head.begin(), s->head.end(), [&](const Sample &x) { return x.t >= cutoff; });
            if (h != s->head.begin()) {
                dropped += h - s->head.begin();
                s->head.erase(s->head.begin(), h);
                s->headDirty = true;
            }
        }
        while (!s->exemplars.empty() && s->exemplars.front().t < cutoff)
            s->exemplars.pop_front();
        s->unpersistedExemplars = std::min(s->unpersistedExemplars, s->exemplars.size());
        m_samples.fetch_sub(dropped, std::memory_order_relaxed);
    }
}

PersistBatch SeriesStore::takePersistBatch(TimestampMs now)
{
    PersistBatch batch;
    batch.retainFrom = now - m_options.retentionMs;
    std::unique_lock lock(m_mutex);
    for (Series *s : m_newSeries)
        batch.series.push_back({s->id, s->key});
    m_newSeries.clear();
    for (auto &s : m_series) {
        // Sealed chunks are appended only at the end: walk back to the first persisted one.
        auto c = s->chunks.end();
        while (c != s->chunks.begin() && !(c - 1)->persisted)
            --c;
        for (; c != s->chunks.end(); ++c) {
            batch.chunks.push_back({s->id, c->minT, c->maxT, c->count, c->data});
            c->persisted = true;
        }
        if (s->headDirty) {
            batch.heads.push_back({s->id, s->head.empty() ? 0 : s->head.front().t,
                                   s->head.empty() ? 0 : s->head.back().t, int(s->head.size()), encode(s->head)});
            s->headDirty = false;
        }
        for (std::size_t i = s->exemplars.size() - s->unpersistedExemplars; i < s->exemplars.size(); ++i)
            batch.exemplars.push_back({s->id, s->exemplars[i]});
        s->unpersistedExemplars = 0;
    }
    m_batchesTaken.fetch_add(1, std::memory_order_relaxed);
    return batch;
}

void SeriesStore::restoreSeries(quint64 id, const SeriesKey &key, std::vector<PersistBatch::Chunk> chunks,
                                const std::vector<Sample> &head, const std::vector<Exemplar> &exemplars)
{
    std::unique_lock lock(m_mutex);
    auto series = std::make_shared<Series>();
    series->id = id;
    series->key = key;
    qint64 samples = qint64(head.size());
    for (auto &c : chunks) {
        samples += c.count;
        series->chunks.push_back({c.minT, c.maxT, c.count, std::move(c.data), true});
    }
    series->head = head;
    series->exemplars.assign(exemplars.begin(), exemplars.end());
    // Counters continue from where they were.
    series->counterTotal = series->lastValue();
    m_index.emplace(keyHash(series->key.name, series->key.labels), series.get());
    m_series.push_back(series);
    m_byName[series->key.name].push_back(series);
    m_nextId = std::max(m_nextId, id + 1);
    m_samples.fetch_add(samples, std::memory_order_relaxed);
}

qint64 SeriesStore::sealedBytes() const
{
    std::shared_lock lock(m_mutex);
    qint64 bytes = 0;
    for (const auto &s : m_series)
        for (const SealedChunk &c : s->chunks)
            bytes += c.data.size();
    return bytes;
}

qint64 SeriesStore::sealedSamples() const
{
    std::shared_lock lock(m_mutex);
    qint64 samples = 0;
    for (const auto &s : m_series)
        for (const SealedChunk &c : s->chunks)
            samples += c.count;
    return samples;
}

} // namespace hms
