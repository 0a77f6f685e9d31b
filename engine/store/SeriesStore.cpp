#include "store/SeriesStore.h"

#include "store/Aggregates.h"
#include "store/DDSketch.h"
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
    RollupTier minute{qint64(Resolution::Minute)};
    RollupTier hour{qint64(Resolution::Hour)};

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

namespace {
void pushRaw(std::vector<SealedChunk> &chunks, std::vector<Sample> &head, Sample sample)
{
    head.push_back(sample);
    if (int(head.size()) >= SeriesStore::kChunkSamples) {
        chunks.push_back({head.front().t, head.back().t, int(head.size()), encodeAll(head), false});
        head.clear();
    }
}
} // namespace

void SeriesStore::appendSample(Series &s, Sample sample)
{
    pushRaw(s.chunks, s.head, sample);
    s.headDirty = true;
    s.minute.add(sample);
    s.hour.add(sample);
    m_samples.fetch_add(1, std::memory_order_relaxed);
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

std::vector<SeriesStore::Handle> SeriesStore::resolve(const std::vector<SeriesKey> &keys, TimestampMs now)
{
    std::vector<Handle> out;
    out.reserve(keys.size());
    std::unique_lock lock(m_mutex);
    for (const SeriesKey &key : keys)
        out.push_back(Handle(seriesFor(key.name, key.labels, now)));
    return out;
}

int SeriesStore::appendHandles(const std::vector<HandleSample> &samples, TimestampMs now)
{
    int accepted = 0;
    qint64 outOfOrder = 0;
    std::unique_lock lock(m_mutex);
    for (const HandleSample &h : samples) {
        Series *s = h.series.m_series;
        if (!s)
            continue;
        const TimestampMs t = h.t > 0 ? h.t : now;
        if (t < s->lastTime()) {
            ++outOfOrder;
            continue;
        }
        appendSample(*s, {t, h.value});
        ++accepted;
    }
    if (outOfOrder > 0)
        bumpRejectedLocked(QStringLiteral("out_of_order"), outOfOrder, now);
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

Resolution SeriesStore::resolutionFor(TimestampMs from, TimestampMs to, int buckets) const
{
    if (buckets <= 0 || to <= from)
        return Resolution::Raw;
    const qint64 width = (to - from) / buckets;
    if (width >= qint64(Resolution::Hour))
        return Resolution::Hour;
    if (width >= qint64(Resolution::Minute) || from < m_rawCompleteFrom.load(std::memory_order_relaxed))
        return Resolution::Minute;
    return Resolution::Raw;
}

std::vector<Sample> SeriesStore::decimated(const SeriesKey &key, TimestampMs from, TimestampMs to, int buckets) const
{
    std::vector<Sample> out;
    if (buckets <= 0 || to <= from)
        return out;
    const Resolution resolution = resolutionFor(from, to, buckets);
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
    auto visit = [&](const Sample &low, const Sample &high) {
        const int bucket = std::min(buckets - 1, int(double(low.t - from) / width));
        if (bucket != current) {
            flush();
            current = bucket;
            lo = low;
            hi = high;
            return;
        }
        if (low.v < lo.v)
            lo = low;
        if (high.v > hi.v)
            hi = high;
    };
    if (resolution == Resolution::Raw) {
        forEachSample(*series, from - 1, to, [&](const Sample &s) { visit(s, s); });
    } else {
        // A rollup bucket's extremes are drawn at its middle: the time inside it is not kept.
        const RollupTier &tier = resolution == Resolution::Hour ? series->hour : series->minute;
        const qint64 half = tier.resolutionMs() / 2;
        for (const RollupBucket &b : tier.range(from - 1, to)) {
            const TimestampMs mid = std::clamp(b.start + half, from, to);
            visit({mid, b.min}, {mid, b.max});
        }
    }
    flush();
    return out;
}

std::vector<RollupBucket> SeriesStore::rollups(const SeriesKey &key, Resolution resolution, TimestampMs fromExclusive,
                                               TimestampMs toInclusive) const
{
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series || resolution == Resolution::Raw)
        return {};
    return (resolution == Resolution::Hour ? series->hour : series->minute).range(fromExclusive, toInclusive);
}

namespace {
// The *_over_time aggregates over whole rollup buckets (rate and increase from each bucket's
// last value, with counter resets compensated as Prometheus does between samples).
std::optional<double> aggregateBuckets(const AggregateSpec &spec, const std::vector<RollupBucket> &buckets,
                                       qint64 windowMs)
{
    if (buckets.empty())
        return std::nullopt;
    double sum = 0, count = 0;
    double lo = std::numeric_limits<double>::quiet_NaN(), hi = lo;
    for (const RollupBucket &b : buckets) {
        sum += b.sum;
        count += b.count;
        if (!std::isnan(b.min) && (std::isnan(lo) || b.min < lo))
            lo = b.min;
        if (!std::isnan(b.max) && (std::isnan(hi) || b.max > hi))
            hi = b.max;
    }
    switch (spec.kind) {
    case AggregateSpec::Kind::Mean:
        return sum / count;
    case AggregateSpec::Kind::Sum:
        return sum;
    case AggregateSpec::Kind::Count:
        return count;
    case AggregateSpec::Kind::Min:
        return lo;
    case AggregateSpec::Kind::Max:
        return hi;
    case AggregateSpec::Kind::Last:
        return buckets.back().last;
    case AggregateSpec::Kind::Rate:
    case AggregateSpec::Kind::Increase: {
        if (buckets.size() < 2)
            return std::nullopt;
        double increase = 0;
        for (std::size_t i = 1; i < buckets.size(); ++i) {
            const double before = buckets[i - 1].last, after = buckets[i].last;
            increase += after >= before ? after - before : after; // a reset starts from zero
        }
        return spec.kind == AggregateSpec::Kind::Rate ? increase / (double(windowMs) / 1000.0) : increase;
    }
    case AggregateSpec::Kind::Quantile:
        break;
    }
    return std::nullopt;
}
} // namespace

WindowResult SeriesStore::aggregateWindow(const SeriesKey &key, const AggregateSpec &spec, TimestampMs t,
                                          qint64 windowMs) const
{
    WindowResult result;
    const TimestampMs from = t - windowMs;
    std::shared_lock lock(m_mutex);
    const Series *series = findLocked(key.name, key.labels);
    if (!series)
        return result;
    const bool rawComplete = from >= m_rawCompleteFrom.load(std::memory_order_relaxed);
    if (!rawComplete && spec.kind != AggregateSpec::Kind::Quantile) {
        // Whole buckets starting inside the window, from the finest tier that reaches back.
        const bool minuteReaches = series->minute.oldestStart().value_or(std::numeric_limits<TimestampMs>::max())
                                   <= from + qint64(Resolution::Minute);
        const RollupTier &tier = minuteReaches ? series->minute : series->hour;
        std::vector<RollupBucket> buckets = tier.range(from, t);
        std::erase_if(buckets, [&](const RollupBucket &b) { return b.start <= from; });
        result.method = minuteReaches ? QStringLiteral("rollup_1m") : QStringLiteral("rollup_1h");
        result.samples = qint64(buckets.size());
        result.value = aggregateBuckets(spec, buckets, windowMs);
        return result;
    }
    if (!rawComplete)
        result.method = QStringLiteral("raw_partial");
    // Count first (chunk headers, no decoding): past the cap a quantile streams into a sketch.
    if (spec.kind == AggregateSpec::Kind::Quantile) {
        qint64 upperBound = 0;
        for (const SealedChunk &c : series->chunks)
            if (c.maxT > from && c.minT <= t)
                upperBound += c.count;
        upperBound += qint64(series->head.size());
        if (upperBound > m_options.exactQuantileCap) {
            DDSketch sketch(0.01);
            forEachSample(*series, from, t, [&](const Sample &s) { sketch.add(s.v); });
            result.samples = sketch.count();
            if (result.samples > m_options.exactQuantileCap) {
                result.method = QStringLiteral("ddsketch");
                result.value = sketch.quantile(spec.quantile);
                return result;
            }
        }
    }
    std::vector<Sample> samples;
    forEachSample(*series, from, t, [&samples](const Sample &s) { samples.push_back(s); });
    lock.unlock();
    result.samples = qint64(samples.size());
    result.value = aggregate(spec, samples, from, t);
    return result;
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
    m_rawCompleteFrom.store(std::max(m_rawCompleteFrom.load(std::memory_order_relaxed), cutoff),
                            std::memory_order_relaxed);
    for (auto &s : m_series) {
        qint64 dropped = 0;
        // Whole chunks go once their newest sample is older than the cutoff.
        auto keep = std::find_if(s->chunks.begin(), s->chunks.end(), [&](const SealedChunk &c) { return c.maxT >= cutoff; });
        for (auto c = s->chunks.begin(); c != keep; ++c) {
            dropped += c->count;
            if (!c->persisted)
                s->headDirty = true; // it was in the stored tail, which must be rewritten
        }
        s->chunks.erase(s->chunks.begin(), keep);
        s->minute.trim(now - m_options.minuteRetentionMs);
        s->hour.trim(now - m_options.hourRetentionMs);
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
    batch.retainMinuteFrom = now - m_options.minuteRetentionMs;
    batch.retainHourFrom = now - m_options.hourRetentionMs;
    std::unique_lock lock(m_mutex);
    for (Series *s : m_newSeries)
        batch.series.push_back({s->id, s->key});
    m_newSeries.clear();
    auto asChunk = [](quint64 id, const SealedChunk &c) {
        return PersistBatch::Chunk{id, c.minT, c.maxT, c.count, c.data}; // the blob is shared, not copied
    };
    for (auto &s : m_series) {
        // Sealed chunks are appended only at the end: walk back to the first unpersisted one.
        auto c = s->chunks.end();
        while (c != s->chunks.begin() && !(c - 1)->persisted)
            --c;
        while (s->chunks.end() - c >= kChunksPerFileChunk) {
            PersistBatch::FileChunk file{s->id, {}};
            for (int i = 0; i < kChunksPerFileChunk; ++i, ++c) {
                file.parts.push_back(asChunk(s->id, *c));
                c->persisted = true;
            }
            batch.chunks.push_back(std::move(file));
            s->headDirty = true; // the tail lost those chunks
        }
        if (s->headDirty) {
            PersistBatch::Tail tail{s->id, {}, s->head};
            for (; c != s->chunks.end(); ++c)
                tail.sealed.push_back(asChunk(s->id, *c));
            batch.tails.push_back(std::move(tail));
            s->headDirty = false;
        }
        for (RollupTier *tier : {&s->minute, &s->hour}) {
            PersistBatch::Rollups rows{s->id, tier->resolutionMs(), tier->takeUnpersisted(), std::nullopt};
            if (tier->closedDirty())
                rows.closed = tier->takeClosed();
            if (!rows.chunks.empty() || rows.closed)
                batch.rollups.push_back(std::move(rows));
        }
        for (std::size_t i = s->exemplars.size() - s->unpersistedExemplars; i < s->exemplars.size(); ++i)
            batch.exemplars.push_back({s->id, s->exemplars[i]});
        s->unpersistedExemplars = 0;
    }
    m_batchesTaken.fetch_add(1, std::memory_order_relaxed);
    return batch;
}

void SeriesStore::restoreSeries(StoredSeries stored)
{
    std::unique_lock lock(m_mutex);
    auto series = std::make_shared<Series>();
    series->id = stored.id;
    series->key = std::move(stored.key);
    qint64 samples = qint64(stored.tail.size());
    for (auto &c : stored.chunks) {
        samples += c.count;
        series->chunks.push_back({c.minT, c.maxT, c.count, std::move(c.data), true});
    }
    // The tail is re-sealed into chunks of kChunkSamples; they stay unpersisted (the stored
    // tail row holds them) until kChunksPerFileChunk of them can be merged into a stored chunk.
    for (const Sample &sample : stored.tail)
        pushRaw(series->chunks, series->head, sample);
    series->minute.restore(std::move(stored.minuteChunks), std::move(stored.minuteClosed));
    series->hour.restore(std::move(stored.hourChunks), std::move(stored.hourClosed));
    // The open rollup buckets are rebuilt from the raw samples after the last closed bucket.
    const TimestampMs minuteEnd = series->minute.lastClosedEnd(), hourEnd = series->hour.lastClosedEnd();
    const TimestampMs rebuildFrom = std::min(minuteEnd, hourEnd);
    forEachSample(*series, rebuildFrom == std::numeric_limits<TimestampMs>::min() ? rebuildFrom : rebuildFrom - 1,
                  std::numeric_limits<TimestampMs>::max(), [&](const Sample &x) {
                      if (x.t >= minuteEnd)
                          series->minute.add(x);
                      if (x.t >= hourEnd)
                          series->hour.add(x);
                  });
    series->exemplars.assign(stored.exemplars.begin(), stored.exemplars.end());
    // Counters continue from where they were.
    series->counterTotal = series->lastValue();
    m_index.emplace(keyHash(series->key.name, series->key.labels), series.get());
    m_series.push_back(series);
    m_byName[series->key.name].push_back(series);
    m_nextId = std::max(m_nextId, stored.id + 1);
    m_samples.fetch_add(samples, std::memory_order_relaxed);
}

void SeriesStore::setRawCompleteFrom(TimestampMs t)
{
    m_rawCompleteFrom.store(t, std::memory_order_relaxed);
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
