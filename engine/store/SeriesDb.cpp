#include "store/SeriesDb.h"

#include "store/IngestJournal.h"

#include "store/Gorilla.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
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
// Migrations by PRAGMA user_version; each runs in one transaction with its version bump.
// v2: chunk rows become segments (one row per write, see encodeSegment), whose large BLOBs SQLite
// keeps densely in overflow pages instead of one half-filled page slot per chunk; no indexes on
// them (load reads them all, retention scans once a minute); the "heads" row of a series holds
// everything after its last stored chunk; exemplars lose their indexes (load reads them all);
// rollups added. v3: heads hold the open rollup buckets, so that a start needs only recent raw
// samples (see SeriesDb::loadRecent).
const std::vector<std::vector<const char *>> kMigrations = {
    {
        "CREATE TABLE series (id INTEGER PRIMARY KEY, name TEXT NOT NULL, labels TEXT NOT NULL)", // v2: encodeLabels
        "CREATE TABLE chunks (series_id INTEGER NOT NULL, min_t INTEGER NOT NULL, max_t INTEGER NOT NULL, "
        "count INTEGER NOT NULL, data BLOB NOT NULL)",
        "CREATE INDEX chunks_series ON chunks(series_id, min_t)",
        "CREATE INDEX chunks_max_t ON chunks(max_t)",
        "CREATE TABLE heads (series_id INTEGER PRIMARY KEY, count INTEGER NOT NULL, data BLOB NOT NULL)",
        "CREATE TABLE exemplars (series_id INTEGER NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL, "
        "trace_id TEXT NOT NULL)",
        "CREATE INDEX exemplars_series ON exemplars(series_id, t)",
        "CREATE INDEX exemplars_trace ON exemplars(trace_id)",
    },
    {
        // Old chunk rows are copied into segments by migrateChunksToSegments() first.
        "DROP TABLE chunks",
        "DROP INDEX exemplars_series",
        "DROP INDEX exemplars_trace",
        "CREATE TABLE rollups (series_id INTEGER NOT NULL, resolution_ms INTEGER NOT NULL, max_t INTEGER NOT NULL, "
        "count INTEGER NOT NULL, data BLOB NOT NULL)",
        "CREATE TABLE rollups_closed (series_id INTEGER NOT NULL, resolution_ms INTEGER NOT NULL, "
        "count INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (series_id, resolution_ms)) WITHOUT ROWID",
    },
    {
        // The open 1 m and 1 h buckets with the tail (bit 0: minute, bit 1: hour; encodeRollups
        // of those present, the hour first). NULL in rows written before: rebuilt from raw
        // samples at load.
        "ALTER TABLE heads ADD COLUMN open_mask INTEGER",
        "ALTER TABLE heads ADD COLUMN open BLOB",
        // The tail's sealed chunks as a segment (encodeSegment), `data` then only the raw head;
        // NULL in older rows, whose `data` holds the whole tail as one stream.
        "ALTER TABLE heads ADD COLUMN sealed BLOB",
        // From v3 on a series without a heads row has no samples (its open buckets would be in
        // one); older files dropped the row when everything was in stored chunks, so such
        // series get an empty legacy row: their open buckets are rebuilt from raw at load.
        "INSERT INTO heads(series_id, count, data) SELECT id, 0, x'' FROM series "
        "WHERE id NOT IN (SELECT series_id FROM heads)",
    },
    {
        // v4: the last ingest journal segment whose samples are in this file (IngestJournal.h),
        // written in each batch's transaction.
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
    },
};

bool migrateChunksToSegments(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE segments (id INTEGER PRIMARY KEY, max_t INTEGER NOT NULL, "
                               "data BLOB NOT NULL)"))) {
        *error = q.lastError().text();
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'chunks'")) || !q.next())
        return true; // created at v2 directly
    QSqlQuery read(db), write(db);
    read.setForwardOnly(true);
    std::vector<std::pair<qint64, QByteArray>> labels;
    if (!read.exec(QStringLiteral("SELECT id, labels FROM series"))) {
        *error = read.lastError().text();
        return false;
    }
    while (read.next())
        labels.emplace_back(read.value(0).toLongLong(), encodeLabels(labelsFromJson(read.value(1).toString())));
    write.prepare(QStringLiteral("UPDATE series SET labels = ? WHERE id = ?"));
    for (const auto &[id, blob] : labels) {
        write.addBindValue(blob);
        write.addBindValue(id);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    read.setForwardOnly(true);
    write.prepare(QStringLiteral("INSERT INTO segments(max_t, data) VALUES(?, ?)"));
    if (!read.exec(QStringLiteral("SELECT series_id, min_t, max_t, count, data FROM chunks ORDER BY max_t"))) {
        *error = read.lastError().text();
        return false;
    }
    std::vector<PersistBatch::Chunk> pending;
    auto flush = [&] {
        if (pending.empty())
            return true;
        write.addBindValue(pending.back().maxT);
        write.addBindValue(encodeSegment(pending));
        pending.clear();
        if (write.exec())
            return true;
        *error = write.lastError().text();
        return false;
    };
    while (read.next()) {
        pending.push_back({read.value(0).toULongLong(), read.value(1).toLongLong(), read.value(2).toLongLong(),
                           read.value(3).toInt(), read.value(4).toByteArray()});
        if (pending.size() >= 1024 && !flush())
            return false;
    }
    return flush();
}

// A stored chunk's first timestamp: the stream's first 64 bits (see Gorilla.h).
std::optional<TimestampMs> firstTime(const QByteArray &data)
{
    if (data.size() < 8)
        return std::nullopt;
    return qFromBigEndian<qint64>(data.constData());
}

// Samples of several streams, concatenated in order.
std::vector<Sample> decodeParts(const std::vector<PersistBatch::Chunk> &parts, bool *ok)
{
    std::vector<Sample> all;
    *ok = true;
    for (const auto &part : parts) {
        const std::vector<Sample> samples = decodeAll(part.data, part.count, ok);
        if (!*ok)
            return {};
        all.insert(all.end(), samples.begin(), samples.end());
    }
    return all;
}
} // namespace

void putVarint(QByteArray &out, quint64 v)
{
    while (v >= 0x80) {
        out.append(char((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(char(v));
}

bool getVarint(QByteArrayView in, qsizetype *pos, quint64 *v)
{
    *v = 0;
    for (int shift = 0; shift < 64 && *pos < in.size(); shift += 7) {
        const auto byte = quint8(in[(*pos)++]);
        *v |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return true;
    }
    return false;
}

QByteArray encodeLabels(const Labels &labels)
{
    QByteArray out;
    out.reserve(64); // never null: an empty label set is an empty BLOB, not NULL
    for (const auto &[k, v] : labels)
        for (const QString &text : {k, v}) {
            const QByteArray utf8 = text.toUtf8();
            putVarint(out, quint64(utf8.size()));
            out.append(utf8);
        }
    return out;
}

bool decodeLabels(QByteArrayView data, Labels *out)
{
    out->clear();
    qsizetype pos = 0;
    QString pair[2];
    while (pos < data.size()) {
        for (QString &text : pair) {
            quint64 length = 0;
            if (!getVarint(data, &pos, &length) || length > quint64(data.size() - pos))
                return false;
            text = QString::fromUtf8(data.sliced(pos, qsizetype(length)));
            pos += qsizetype(length);
        }
        if (!out->emplace(pair[0], pair[1]).second)
            return false; // a name twice
    }
    return true;
}

QByteArray encodeSegment(const std::vector<PersistBatch::Chunk> &chunks)
{
    QByteArray out;
    for (const auto &c : chunks) {
        putVarint(out, c.seriesId);
        putVarint(out, quint64(c.count));
        putVarint(out, quint64(c.maxT) - quint64(c.minT)); // decodeSegment refuses a span that wraps
        putVarint(out, quint64(c.data.size()));
        out.append(c.data);
    }
    return out;
}

bool decodeSegment(QByteArrayView data, std::vector<PersistBatch::Chunk> *out, QString *error)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype at = pos;
        quint64 id = 0, count = 0, span = 0, length = 0;
        auto bad = [&](const char *what) {
            *error = QStringLiteral("byte %1: %2").arg(at).arg(QString::fromLatin1(what));
            return false;
        };
        if (!getVarint(data, &pos, &id) || !getVarint(data, &pos, &count) || !getVarint(data, &pos, &span)
            || !getVarint(data, &pos, &length))
            return bad("truncated chunk header");
        if (count == 0 || count > quint64(std::numeric_limits<int>::max()) || length > quint64(data.size() - pos))
            return bad("chunk count or length out of range");
        const QByteArray blob = data.sliced(pos, qsizetype(length)).toByteArray();
        pos += qsizetype(length);
        const auto minT = firstTime(blob);
        if (!minT || qint64(count) > maxGorillaSamples(blob.size()))
            return bad("chunk too short for its samples");
        // The chunk's last time; a span past the largest time is corrupt (found by fuzz_segment:
        // re-encoding such a chunk overflowed).
        if (span > quint64(std::numeric_limits<TimestampMs>::max() - std::max<TimestampMs>(*minT, 0)))
            return bad("chunk time span out of range");
        out->push_back({id, *minT, TimestampMs(quint64(*minT) + span), int(count), blob});
    }
    return true;
}

SeriesDb::SeriesDb(QSqlDatabase db, QString connectionName)
    : m_db(std::move(db))
    , m_connectionName(std::move(connectionName))
{
}

SeriesDb::~SeriesDb()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<SeriesDb> SeriesDb::open(const QString &path, const QString &connectionName, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    auto fail = [&](const QString &why) {
        *error = QCoreApplication::translate("hms::SeriesDb", "series database %1: %2").arg(path, why);
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return nullptr;
    };
    if (!db.open())
        return fail(db.lastError().text());
    QSqlQuery q(db);
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA busy_timeout=5000"})
        if (!q.exec(QString::fromLatin1(pragma)))
            return fail(q.lastError().text());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > kLatestVersion)
        return fail(QCoreApplication::translate("hms::SeriesDb", "schema version %1 is newer than this program (%2)")
                        .arg(version)
                        .arg(kLatestVersion));
    for (int v = version; v < kLatestVersion; ++v) {
        if (!db.transaction())
            return fail(db.lastError().text());
        QString why;
        if (v == 1 && !migrateChunksToSegments(db, &why)) {
            db.rollback();
            return fail(why);
        }
        for (const char *sql : kMigrations[std::size_t(v)])
            if (!q.exec(QString::fromLatin1(sql))) {
                const QString why = q.lastError().text();
                db.rollback();
                return fail(why);
            }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1)) || !db.commit()) {
            db.rollback();
            return fail(db.lastError().text());
        }
    }
    return std::unique_ptr<SeriesDb>(new SeriesDb(db, connectionName));
}

bool SeriesDb::write(const PersistBatch &batch, QString *error)
{
    const bool retention = batch.retainFrom - m_lastRetention > 60000; // trim the file once a minute
    const bool journal = batch.journalThrough > m_journalThrough;
    if (batch.empty() && !retention && !journal)
        return true;
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    auto fail = [&](QSqlQuery &q) {
        *error = q.lastError().text();
        m_db.rollback();
        return false;
    };
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO series(id, name, labels) VALUES(?, ?, ?)"));
    for (const auto &s : batch.series) {
        q.addBindValue(s.id);
        q.addBindValue(s.key.name);
        q.addBindValue(encodeLabels(s.key.labels));
        if (!q.exec())
            return fail(q);
    }
    // All chunks of the batch go into one segment row: several sealed chunks of a series are
    // merged into one stored chunk (one 128-bit chunk header for all of them).
    std::vector<PersistBatch::Chunk> merged;
    for (const auto &file : batch.chunks) {
        bool ok = false;
        const std::vector<Sample> samples = decodeParts(file.parts, &ok);
        if (!ok || samples.empty())
            continue; // cannot happen with chunks this process encoded; never store garbage
        merged.push_back({file.seriesId, samples.front().t, samples.back().t, int(samples.size()),
                          encodeAll(samples)});
    }
    if (!merged.empty()) {
        TimestampMs maxT = std::numeric_limits<TimestampMs>::min();
        for (const auto &c : merged)
            maxT = std::max(maxT, c.maxT);
        q.prepare(QStringLiteral("INSERT INTO segments(max_t, data) VALUES(?, ?)"));
        q.addBindValue(maxT);
        q.addBindValue(encodeSegment(merged));
        if (!q.exec())
            return fail(q);
    }
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM heads WHERE series_id = ?"));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO heads(series_id, count, data, open_mask, open, sealed) "
                             "VALUES(?, ?, ?, ?, ?, ?)"));
    for (const auto &tail : batch.tails) {
        if (tail.head.empty() && tail.sealed.empty() && !tail.minuteOpen && !tail.hourOpen) {
            del.addBindValue(tail.seriesId);
            if (!del.exec())
                return fail(del);
            continue;
        }
        std::vector<RollupBucket> open;
        for (const auto &bucket : {tail.hourOpen, tail.minuteOpen}) // time order: the hour starts first
            if (bucket)
                open.push_back(*bucket);
        // The sealed chunks go as they are (a segment), the head as one stream: nothing is
        // decoded or re-encoded, here or at load. Empty blobs, not NULL (NULL: older rows).
        q.addBindValue(tail.seriesId);
        q.addBindValue(int(tail.head.size()));
        q.addBindValue(tail.head.empty() ? QByteArray("", 0) : encodeAll(tail.head));
        q.addBindValue((tail.minuteOpen ? 1 : 0) | (tail.hourOpen ? 2 : 0));
        q.addBindValue(encodeRollups(open));
        q.addBindValue(tail.sealed.empty() ? QByteArray("", 0) : encodeSegment(tail.sealed));
        if (!q.exec())
            return fail(q);
    }
    QSqlQuery closed(m_db);
    closed.prepare(QStringLiteral("INSERT OR REPLACE INTO rollups_closed(series_id, resolution_ms, count, data) "
                                  "VALUES(?, ?, ?, ?)"));
    q.prepare(QStringLiteral("INSERT INTO rollups(series_id, resolution_ms, max_t, count, data) VALUES(?, ?, ?, ?, ?)"));
    for (const auto &rows : batch.rollups) {
        for (const RollupChunk &c : rows.chunks) {
            q.addBindValue(rows.seriesId);
            q.addBindValue(rows.resolutionMs);
            q.addBindValue(c.maxT);
            q.addBindValue(c.count);
            q.addBindValue(c.data);
            if (!q.exec())
                return fail(q);
        }
        if (rows.closed) {
            closed.addBindValue(rows.seriesId);
            closed.addBindValue(rows.resolutionMs);
            closed.addBindValue(int(rows.closed->size()));
            closed.addBindValue(encodeRollups(*rows.closed));
            if (!closed.exec())
                return fail(closed);
        }
    }
    q.prepare(QStringLiteral("INSERT INTO exemplars(series_id, t, v, trace_id) VALUES(?, ?, ?, ?)"));
    for (const auto &e : batch.exemplars) {
        q.addBindValue(e.seriesId);
        q.addBindValue(e.exemplar.t);
        q.addBindValue(e.exemplar.v);
        q.addBindValue(e.exemplar.traceId);
        if (!q.exec())
            return fail(q);
    }
    if (retention) {
        const std::pair<const char *, std::vector<QVariant>> deletes[] = {
            {"DELETE FROM segments WHERE max_t < ?", {batch.retainFrom}},
            {"DELETE FROM exemplars WHERE t < ?", {batch.retainFrom}},
            {"DELETE FROM rollups WHERE resolution_ms = ? AND max_t < ?",
             {qint64(Resolution::Minute), batch.retainMinuteFrom - qint64(Resolution::Minute)}},
            {"DELETE FROM rollups WHERE resolution_ms = ? AND max_t < ?",
             {qint64(Resolution::Hour), batch.retainHourFrom - qint64(Resolution::Hour)}},
        };
        for (const auto &[sql, binds] : deletes) {
            q.prepare(QString::fromLatin1(sql));
            for (const QVariant &b : binds)
                q.addBindValue(b);
            if (!q.exec())
                return fail(q);
        }
    }
    if (journal) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('journal_through', ?)"));
        q.addBindValue(qint64(batch.journalThrough));
        if (!q.exec())
            return fail(q);
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    if (retention)
        m_lastRetention = batch.retainFrom;
    if (journal)
        m_journalThrough = batch.journalThrough;
    return true;
}

quint64 SeriesDb::journalThrough(QString *error)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'journal_through'"))) {
        *error = q.lastError().text();
        return 0;
    }
    m_journalThrough = q.next() ? quint64(q.value(0).toLongLong()) : 0;
    return m_journalThrough;
}

SeriesWriter::SeriesWriter(SeriesStore &store, QString path, qint64 intervalMs, IngestJournal *journal,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_journal(journal)
    , m_path(std::move(path))
    , m_intervalMs(intervalMs)
    , m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &SeriesWriter::flush);
}

SeriesWriter::~SeriesWriter() = default;

bool SeriesWriter::start(QString *error)
{
    m_db = SeriesDb::open(m_path, QStringLiteral("series-writer-%1").arg(quintptr(this), 0, 16), error);
    if (!m_db)
        return false;
    m_timer.start(int(m_intervalMs));
    return true;
}

void SeriesWriter::flush()
{
    if (!m_db)
        return;
    // A batch that failed (disk full, I/O error) is kept and written before the next one, in
    // order, so the file never misses a sealed chunk while memory still has it.
    m_pending.push_back(m_store.takePersistBatch(QDateTime::currentMSecsSinceEpoch()));
    while (!m_pending.empty()) {
        QString error;
        if (!m_db->write(m_pending.front(), &error)) {
            qWarning("series.db write failed, will retry: %s", qPrintable(error));
            Q_EMIT writeFailed(error);
            return;
        }
        // Those segments' samples are in the file now.
        if (m_journal && m_pending.front().journalThrough > 0)
            m_journal->dropThrough(m_pending.front().journalThrough);
        m_pending.pop_front();
        ++m_batches;
    }
}

} // namespace hms
