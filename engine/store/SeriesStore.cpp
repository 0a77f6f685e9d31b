// SeriesStore: ingest, retention and persistence (reads are in SeriesQueries.cpp).
#include "store/SeriesStoreInternal.h"

#include "store/IngestJournal.h"

#include <algorithm>
#include <cmath>
#include <mutex>

namespace hms {

namespace {
const QString kRejectedMetric = QStringLiteral("ops_ingest_rejected_total");
constexpr std::size_t kMaxExemplarsPerSeries = 10000;
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
    s.newest = std::max(s.newest, sample.t);
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

void SeriesStore::journalSample(Series &s, TimestampMs t, double value, bool counter)
{
    JournalFrame &frame = m_journal->frame();
    if (s.journalSegment != m_journal->segment()) {
        frame.defineSeries(s.id, s.key);
        s.journalSegment = m_journal->segment();
    }
    frame.sample(counter ? JournalEntry::Kind::Counter : JournalEntry::Kind::Sample, s.id, t, value);
}

namespace {
// Marks a series' planned state as belonging to one call (see SeriesStore::applyPushed).
std::atomic<quint64> g_planEpoch{0};
} // namespace

void SeriesStore::planFor(Series &s, quint64 epoch)
{
    if (s.planEpoch == epoch)
        return;
    s.planEpoch = epoch;
    s.planLast = s.newest; // not lastTime(): that reads the head's memory, a cache miss per series
    s.planTotal = s.counterTotal;
}

int SeriesStore::applyPushed(const std::vector<PushedSample> &samples, TimestampMs now, QString *journalError)
{
    // Everything is decided first (order, counter totals) and written to the journal, and only
    // then applied: a push the journal refuses changes nothing, so its 503 ("send again") is true.
    std::unique_lock lock(m_mutex);
    const bool journal = journalError && m_journal;
    if (journal && !m_journal->begin(journalError))
        return 0;
    const quint64 epoch = ++g_planEpoch;
    struct Planned {
        Series *s;
        TimestampMs t;
        double value;
        const PushedSample *p;
    };
    std::vector<Planned> plan;
    plan.reserve(samples.size());
    qint64 outOfOrder = 0;
    for (const PushedSample &p : samples) {
        const TimestampMs t = p.timestampMs > 0 ? p.timestampMs : now;
        Series *s = seriesFor(p.name, p.labels, now);
        if (!s)
            continue;
        planFor(*s, epoch);
        if (t < s->planLast) {
            ++outOfOrder;
            continue;
        }
        double value = p.value;
        const bool counter = p.kind == PushedSample::Kind::Counter;
        if (counter) {
            s->planTotal += p.value;
            value = s->planTotal;
        }
        s->planLast = t;
        plan.push_back({s, t, value, &p});
        if (journal) {
            journalSample(*s, t, value, counter);
            if (!p.traceId.isEmpty())
                m_journal->frame().exemplar(s->id, t, p.value, p.traceId);
        }
    }
    if (outOfOrder > 0)
        bumpRejectedLocked(QStringLiteral("out_of_order"), outOfOrder, now);
    if (journal && !m_journal->commit(journalError))
        return 0;
    for (const Planned &x : plan) {
        appendSample(*x.s, {x.t, x.value});
        if (x.p->kind == PushedSample::Kind::Counter)
            x.s->counterTotal = x.value;
        if (!x.p->traceId.isEmpty())
            addExemplar(*x.s, {x.t, x.p->value, x.p->traceId});
    }
    return int(plan.size());
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

int SeriesStore::appendHandles(const std::vector<HandleSample> &samples, TimestampMs now, QString *journalError)
{
    // As applyPushed: decided, journaled, then applied.
    std::unique_lock lock(m_mutex);
    const bool journal = journalError && m_journal;
    if (journal && !m_journal->begin(journalError))
        return 0;
    const quint64 epoch = ++g_planEpoch;
    std::vector<std::pair<Series *, Sample>> plan;
    plan.reserve(samples.size());
    qint64 outOfOrder = 0;
    for (const HandleSample &h : samples) {
        Series *s = h.series.m_series;
        if (!s)
            continue;
        const TimestampMs t = h.t > 0 ? h.t : now;
        planFor(*s, epoch);
        if (t < s->planLast) {
            ++outOfOrder;
            continue;
        }
        s->planLast = t;
        plan.emplace_back(s, Sample{t, h.value});
        if (journal)
            journalSample(*s, t, h.value, false);
    }
    if (outOfOrder > 0)
        bumpRejectedLocked(QStringLiteral("out_of_order"), outOfOrder, now);
    if (journal && !m_journal->commit(journalError))
        return 0;
    for (const auto &[s, sample] : plan)
        appendSample(*s, sample);
    return int(plan.size());
}

qint64 SeriesStore::replayJournal(const JournalSegment &segment, TimestampMs now)
{
    qint64 appended = 0;
    std::unique_lock lock(m_mutex);
    std::vector<Series *> series(segment.series.size(), nullptr);
    for (const JournalEntry &e : segment.entries) {
        Series *&s = series[e.series];
        if (!s)
            s = seriesFor(segment.series[e.series].name, segment.series[e.series].labels, now);
        if (!s)
            continue; // refused by the cardinality limit, as it would be now
        if (e.kind == JournalEntry::Kind::Exemplar) {
            addExemplar(*s, {e.t, e.value, e.traceId});
            continue;
        }
        // Accepted in this order once, so in order again; the check only guards a damaged file.
        if (e.t < s->lastTime())
            continue;
        appendSample(*s, {e.t, e.value});
        if (e.kind == JournalEntry::Kind::Counter)
            s->counterTotal = e.value;
        ++appended;
    }
    return appended;
}

void SeriesStore::trim(TimestampMs now)
{
    const TimestampMs cutoff = now - m_options.retentionMs;
    std::unique_lock lock(m_mutex);
    m_trimmedBefore = std::max(m_trimmedBefore, cutoff);
    m_generation.fetch_add(1, std::memory_order_release);
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
    // Every journal frame written so far holds samples that this batch holds too.
    if (m_journal)
        batch.journalThrough = m_journal->rotate();
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
            PersistBatch::Tail tail{s->id, {}, s->head, s->minute.openBucket(), s->hour.openBucket()};
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
    m_generation.fetch_add(1, std::memory_order_release);
    auto series = std::make_shared<Series>();
    series->id = stored.id;
    series->key = std::move(stored.key);
    qint64 samples = qint64(stored.tail.size());
    for (auto &c : stored.chunks) {
        samples += c.count;
        series->chunks.push_back({c.minT, c.maxT, c.count, std::move(c.data), true});
    }
    // Sealed but only in the stored tail: kept as they are, merged and stored once
    // kChunksPerFileChunk of them are there.
    for (auto &c : stored.tailSealed) {
        samples += c.count;
        series->chunks.push_back({c.minT, c.maxT, c.count, std::move(c.data), false});
    }
    // The head (and, from rows of before the sealed column, the whole tail) is re-sealed into
    // chunks of kChunkSamples; they stay unpersisted (the stored tail row holds them) until
    // kChunksPerFileChunk of them can be merged into a stored chunk.
    for (const Sample &sample : stored.tail)
        pushRaw(series->chunks, series->head, sample);
    series->minute.restore(std::move(stored.minuteChunks), std::move(stored.minuteClosed));
    series->hour.restore(std::move(stored.hourChunks), std::move(stored.hourClosed));
    if (stored.openStored) {
        if (stored.minuteOpen)
            series->minute.restoreOpen(*stored.minuteOpen);
        if (stored.hourOpen)
            series->hour.restoreOpen(*stored.hourOpen);
    } else {
        // A file from before open buckets were stored: they are rebuilt from the raw samples
        // after the last closed bucket (which the caller loaded), and the tail row is rewritten
        // with them at the next persist.
        const TimestampMs minuteEnd = series->minute.lastClosedEnd(), hourEnd = series->hour.lastClosedEnd();
        const TimestampMs rebuildFrom = std::min(minuteEnd, hourEnd);
        forEachSample(*series, rebuildFrom == std::numeric_limits<TimestampMs>::min() ? rebuildFrom : rebuildFrom - 1,
                      std::numeric_limits<TimestampMs>::max(), [&](const Sample &x) {
                          if (x.t >= minuteEnd)
                              series->minute.add(x);
                          if (x.t >= hourEnd)
                              series->hour.add(x);
                      });
        series->headDirty = true;
    }
    series->exemplars.assign(stored.exemplars.begin(), stored.exemplars.end());
    // Counters continue from where they were.
    series->counterTotal = series->lastValue();
    series->newest = series->lastTime();
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

qint64 SeriesStore::prependChunks(std::unordered_map<quint64, std::vector<PersistBatch::Chunk>> chunks)
{
    std::unique_lock lock(m_mutex);
    m_generation.fetch_add(1, std::memory_order_release);
    qint64 added = 0;
    for (auto &s : m_series) {
        auto it = chunks.find(s->id);
        if (it == chunks.end())
            continue;
        std::vector<SealedChunk> older;
        older.reserve(it->second.size());
        for (auto &c : it->second) {
            // Past retention (trim() ran while this loaded), or not older than what is held: the
            // caller's order is broken and the chunk is not used rather than break time order.
            const TimestampMs held = !s->chunks.empty() ? s->chunks.front().minT
                : !s->head.empty()                      ? s->head.front().t
                                                        : std::numeric_limits<TimestampMs>::max();
            if (c.maxT < m_trimmedBefore || c.maxT > held || (!older.empty() && c.minT < older.back().maxT))
                continue;
            added += c.count;
            older.push_back({c.minT, c.maxT, c.count, std::move(c.data), true});
        }
        s->chunks.insert(s->chunks.begin(), std::make_move_iterator(older.begin()), std::make_move_iterator(older.end()));
        s->newest = std::max(s->newest, s->lastTime());
    }
    m_samples.fetch_add(added, std::memory_order_relaxed);
    return added;
}

void SeriesStore::prependRollups(std::unordered_map<quint64, OlderRollups> rollups)
{
    std::unique_lock lock(m_mutex);
    m_generation.fetch_add(1, std::memory_order_release);
    for (auto &s : m_series) {
        auto it = rollups.find(s->id);
        if (it == rollups.end())
            continue;
        s->minute.prependChunks(std::move(it->second.minute));
        s->hour.prependChunks(std::move(it->second.hour));
    }
}

void SeriesStore::finishRestore(TimestampMs t)
{
    std::unique_lock lock(m_mutex);
    m_rawCompleteFrom.store(std::max(t, m_trimmedBefore), std::memory_order_relaxed);
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
