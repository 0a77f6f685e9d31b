// SeriesDb's start-up reads: load, and the two steps loadRecent and loadOlder (see SeriesDb.h).
#include "store/SeriesDb.h"

#include "store/Gorilla.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <QtEndian>

#include <algorithm>
#include <bit>
#include <limits>
#include <optional>
#include <unordered_map>

namespace hms {

namespace {
bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

// A rollup chunk's first bucket start: after the first stream's 4-byte length, that stream's
// first 64 bits.
std::optional<TimestampMs> firstRollupStart(const QByteArray &data)
{
    if (data.size() < 12 || qFromBigEndian<quint32>(data.constData()) < 8)
        return std::nullopt;
    return qFromBigEndian<qint64>(data.constData() + 4);
}

} // namespace

TimestampMs SeriesDb::Boundary::of(quint64 seriesId) const
{
    const auto it = earlier.find(seriesId);
    return it == earlier.end() ? recentFrom : it->second;
}

bool SeriesDb::load(SeriesStore &store, const RetainFrom &retain, LoadStats *stats, QString *error)
{
    Boundary boundary;
    if (!loadRecent(store, retain, retain.raw, &boundary, stats, error))
        return false;
    store.finishRestore(retain.raw);
    return true;
}

bool SeriesDb::loadRecent(SeriesStore &store, const RetainFrom &retain, TimestampMs recentFrom, Boundary *boundary,
                          LoadStats *stats, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    recentFrom = std::max(recentFrom, retain.raw);
    std::unordered_map<quint64, StoredSeries> all;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto run = [&](const QString &sql, std::initializer_list<QVariant> binds) {
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        return exec(q, error);
    };
    if (!run(QStringLiteral("SELECT id, name, labels FROM series"), {}))
        return false;
    while (q.next()) {
        StoredSeries &s = all[q.value(0).toULongLong()];
        s.id = q.value(0).toULongLong();
        Labels labels;
        if (!decodeLabels(q.value(2).toByteArray(), &labels)) {
            qWarning("series.db: series %lld has damaged labels and is skipped", q.value(0).toLongLong());
            all.erase(q.value(0).toULongLong());
            continue;
        }
        s.key = SeriesKey{q.value(1).toString(), std::move(labels)};
    }
    // A series without a heads row has no samples: nothing to rebuild (see the v3 migration).
    for (auto &[id, series] : all)
        series.openStored = true;
    if (!run(QStringLiteral("SELECT series_id, count, data, open_mask, open, sealed FROM heads"), {}))
        return false;
    while (q.next()) {
        auto it = all.find(q.value(0).toULongLong());
        if (it == all.end())
            continue;
        it->second.openStored = false; // until the stored open buckets decode below
        bool ok = false;
        auto samples = decodeAll(q.value(2).toByteArray(), q.value(1).toInt(), &ok);
        std::vector<PersistBatch::Chunk> sealed;
        QString why;
        if (ok && !q.value(5).isNull())
            ok = decodeSegment(q.value(5).toByteArray(), &sealed, &why)
                && std::all_of(sealed.begin(), sealed.end(), [&](const auto &c) { return c.seriesId == it->first; });
        if (!ok)
            continue; // a damaged tail loses that series' newest samples, never the database
        if (stats) {
            stats->samples += qint64(samples.size());
            for (const auto &c : sealed)
                stats->samples += c.count;
        }
        it->second.tail = std::move(samples);
        it->second.tailSealed = std::move(sealed);
        if (!q.value(3).isNull()) {
            const int mask = q.value(3).toInt();
            const auto open = decodeRollups(q.value(4).toByteArray(), std::popcount(unsigned(mask & 3)), &ok);
            if (ok && mask >= 0 && mask <= 3) {
                it->second.openStored = true;
                std::size_t i = 0;
                if (mask & 2)
                    it->second.hourOpen = open[i++];
                if (mask & 1)
                    it->second.minuteOpen = open[i++];
            } // damaged: rebuilt from the raw samples as for an old file
        }
    }
    if (!run(QStringLiteral("SELECT series_id, t, v, trace_id FROM exemplars WHERE t >= ? ORDER BY t"), {retain.raw}))
        return false;
    while (q.next()) {
        auto it = all.find(q.value(0).toULongLong());
        if (it != all.end())
            it->second.exemplars.push_back({q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toString()});
    }
    // Sealed rollup chunks are the bulk of what a start reads besides raw chunks: when every
    // series has its open buckets stored they wait for loadOlder (long ranges show the closed
    // buckets until then); older files need them now to rebuild open buckets.
    const bool anyLegacy = std::any_of(all.begin(), all.end(), [](const auto &entry) { return !entry.second.openStored; });
    boundary->rollupsDeferred = !anyLegacy && recentFrom > retain.raw;
    if (!boundary->rollupsDeferred) {
        std::unordered_map<quint64, SeriesStore::OlderRollups> rollups;
        if (!readRollupChunks(retain, &rollups, error))
            return false;
        for (auto &[id, r] : rollups) {
            auto it = all.find(id);
            if (it == all.end())
                continue;
            it->second.minuteChunks = std::move(r.minute);
            it->second.hourChunks = std::move(r.hour);
        }
    }
    if (!run(QStringLiteral("SELECT series_id, resolution_ms, count, data FROM rollups_closed"), {}))
        return false;
    while (q.next()) {
        auto it = all.find(q.value(0).toULongLong());
        bool ok = false;
        auto buckets = decodeRollups(q.value(3).toByteArray(), q.value(2).toInt(), &ok);
        if (it == all.end() || !ok)
            continue;
        (q.value(1).toLongLong() == qint64(Resolution::Hour) ? it->second.hourClosed : it->second.minuteClosed) =
            std::move(buckets);
    }
    // Which raw chunks now: those ending at or after recentFrom, and for a series whose open
    // rollup buckets were not stored (older files) everything after its last closed bucket,
    // from which restoreSeries rebuilds them.
    boundary->recentFrom = recentFrom;
    boundary->earlier.clear();
    TimestampMs segmentsFrom = recentFrom;
    for (const auto &[id, s] : all) {
        if (s.openStored)
            continue;
        auto closedEnd = [](const std::vector<RollupChunk> &chunks, const std::vector<RollupBucket> &closed, Resolution r) {
            if (!closed.empty())
                return closed.back().start + qint64(r);
            if (!chunks.empty())
                return chunks.back().maxT + qint64(r);
            return std::numeric_limits<TimestampMs>::min();
        };
        const TimestampMs from = std::max(retain.raw, std::min({recentFrom, closedEnd(s.minuteChunks, s.minuteClosed, Resolution::Minute),
                                                                 closedEnd(s.hourChunks, s.hourClosed, Resolution::Hour)}));
        if (from < recentFrom) {
            boundary->earlier.emplace(id, from);
            segmentsFrom = std::min(segmentsFrom, from);
        }
    }
    if (!run(QStringLiteral("SELECT id, data FROM segments WHERE max_t >= ?"), {segmentsFrom}))
        return false;
    while (q.next()) {
        std::vector<PersistBatch::Chunk> chunks;
        QString why;
        if (!decodeSegment(q.value(1).toByteArray(), &chunks, &why))
            qWarning("series.db: segment %lld is damaged and skipped: %s", q.value(0).toLongLong(), qPrintable(why));
        for (auto &c : chunks) { // what decoded before any damage is kept
            auto it = all.find(c.seriesId);
            if (it == all.end() || c.maxT < boundary->of(c.seriesId))
                continue;
            if (stats) {
                ++stats->chunks;
                stats->samples += c.count;
            }
            it->second.chunks.push_back(std::move(c));
        }
    }
    for (auto &[id, s] : all)
        std::sort(s.chunks.begin(), s.chunks.end(), [](const auto &a, const auto &b) { return a.minT < b.minT; });
    for (auto &[id, s] : all)
        store.restoreSeries(std::move(s));
    // Raw samples count as complete from the start of retention, as after a full load: what a
    // query reaches before recentFrom is simply not in yet (a window of the last minutes is
    // exact; a longer one counts what has loaded). Answering from the rollups instead would
    // be worse: their sealed chunks load later still.
    store.setRawCompleteFrom(retain.raw);
    if (stats) {
        stats->series = qint64(all.size());
        stats->elapsedMs = clock.elapsed();
    }
    return true;
}

bool SeriesDb::readRollupChunks(const RetainFrom &retain, std::unordered_map<quint64, SeriesStore::OlderRollups> *out,
                                QString *error)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT series_id, resolution_ms, max_t, count, data FROM rollups WHERE "
                             "(resolution_ms = ? AND max_t >= ?) OR (resolution_ms = ? AND max_t >= ?)"));
    for (const QVariant &b : {QVariant(qint64(Resolution::Minute)), QVariant(retain.minute), QVariant(qint64(Resolution::Hour)),
                              QVariant(retain.hour)})
        q.addBindValue(b);
    if (!exec(q, error))
        return false;
    while (q.next()) {
        const QByteArray data = q.value(4).toByteArray();
        const int count = q.value(3).toInt();
        const TimestampMs last = q.value(2).toLongLong();
        // Not decoded here (that was most of a start's time): the first bucket's start is the
        // first stream's first 64 bits (encodeRollups), the last one's is max_t. A chunk damaged
        // further in decodes to nothing when read, as RollupTier::range() handles.
        const auto first = firstRollupStart(data);
        if (count <= 0 || !first || *first > last)
            continue;
        auto &r = (*out)[q.value(0).toULongLong()];
        (q.value(1).toLongLong() == qint64(Resolution::Hour) ? r.hour : r.minute).push_back({*first, last, count, data, true});
    }
    for (auto &[id, r] : *out)
        for (auto *chunks : {&r.minute, &r.hour})
            std::sort(chunks->begin(), chunks->end(), [](const auto &a, const auto &b) { return a.minT < b.minT; });
    return true;
}

bool SeriesDb::loadOlder(SeriesStore &store, const RetainFrom &retain, const Boundary &boundary, LoadStats *stats,
                         QString *error, const std::function<bool(qint64, qint64)> &progress)
{
    QElapsedTimer clock;
    clock.start();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM segments WHERE max_t >= ?"));
    q.addBindValue(retain.raw);
    if (!exec(q, error) || !q.next())
        return false;
    const qint64 total = q.value(0).toLongLong();
    if (boundary.rollupsDeferred) {
        std::unordered_map<quint64, SeriesStore::OlderRollups> rollups;
        if (!readRollupChunks(retain, &rollups, error))
            return false;
        store.prependRollups(std::move(rollups));
    }
    // Newest write first: within a series a later segment holds later chunks, so each group
    // read goes in front of what is already held and history fills in backwards.
    q.prepare(QStringLiteral("SELECT id, data FROM segments WHERE max_t >= ? ORDER BY id DESC"));
    q.addBindValue(retain.raw);
    if (!exec(q, error))
        return false;
    std::unordered_map<quint64, std::vector<PersistBatch::Chunk>> pending; // per series, newest first
    qint64 pendingBytes = 0, done = 0, flushAt = 8 * 1024 * 1024;
    auto flush = [&] {
        for (auto &[id, chunks] : pending)
            std::reverse(chunks.begin(), chunks.end());
        const qint64 added = store.prependChunks(std::move(pending));
        if (stats)
            stats->samples += added;
        pending.clear();
        pendingBytes = 0;
    };
    while (q.next()) {
        std::vector<PersistBatch::Chunk> chunks;
        QString why;
        if (!decodeSegment(q.value(1).toByteArray(), &chunks, &why))
            qWarning("series.db: segment %lld is damaged and skipped: %s", q.value(0).toLongLong(), qPrintable(why));
        for (auto c = chunks.rbegin(); c != chunks.rend(); ++c) {
            if (c->maxT >= boundary.of(c->seriesId) || c->maxT < retain.raw)
                continue; // loaded by loadRecent, or past retention
            if (stats)
                ++stats->chunks;
            pendingBytes += c->data.size();
            pending[c->seriesId].push_back(std::move(*c));
        }
        ++done;
        // Groups double from 8 MB: history appears early, and putting chunks in front of each
        // series' vector happens a few times, not once per segment.
        if (pendingBytes >= flushAt) {
            flush();
            flushAt = std::min<qint64>(flushAt * 2, 256 * 1024 * 1024);
        }
        if (progress && !progress(done, total)) {
            flush();
            return true; // stopped: what was read is in, in order
        }
    }
    flush();
    store.finishRestore(retain.raw);
    if (stats)
        stats->elapsedMs = clock.elapsed();
    return true;
}

} // namespace hms
