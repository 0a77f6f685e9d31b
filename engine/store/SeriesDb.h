// series.db: the store's persistence in its own SQLite file (WAL). Stored chunks each merge
// SeriesStore::kChunksPerFileChunk sealed chunks, and each write's chunks are one segment row
// (see encodeSegment); everything of a series after its
// last stored chunk is one "heads" row that is replaced; exemplars are rows; rollup chunks are
// BLOBs and each tier's closed, unsealed buckets one replaced row. A writer
// commits one PersistBatch per second, so at most ~1 commit/s; what a kill -9 would lose of that
// second is in the ingest journal for acknowledged pushes (IngestJournal.h), and lost for StatsD.
#pragma once

#include "store/SeriesStore.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace hms {

// A segment: the chunks of one write, as one BLOB (one series.db row). Per chunk:
//   varint series id, varint sample count, varint (max_t − min_t), varint byte length, Gorilla
//   stream (its first 64 bits are min_t)
// Varints are unsigned LEB128. decodeSegment appends what it decoded before any damage and says
// where the damage is ("byte N: ...").
QByteArray encodeSegment(const std::vector<PersistBatch::Chunk> &chunks);
bool decodeSegment(QByteArrayView data, std::vector<PersistBatch::Chunk> *out, QString *error);

// A label set as stored (series.labels): per pair, varint length + UTF-8 name, varint length +
// UTF-8 value, in name order. decodeLabels fails on truncation and on a repeated name.
QByteArray encodeLabels(const Labels &labels);
// Unsigned LEB128, as in segments and labels (also store/IngestJournal).
void putVarint(QByteArray &out, quint64 v);
bool getVarint(QByteArrayView in, qsizetype *pos, quint64 *v);
bool decodeLabels(QByteArrayView data, Labels *out);

class SeriesDb {
public:
    // Opens (creating if needed) in the calling thread; the connection belongs to that thread.
    static std::unique_ptr<SeriesDb> open(const QString &path, const QString &connectionName, QString *error);
    ~SeriesDb();
    SeriesDb(const SeriesDb &) = delete;
    SeriesDb &operator=(const SeriesDb &) = delete;

    struct LoadStats {
        qint64 series = 0;
        qint64 chunks = 0;
        qint64 samples = 0;
        qint64 elapsedMs = 0;
    };
    struct RetainFrom {
        TimestampMs raw = 0;    // raw chunks ending before this are not loaded
        TimestampMs minute = 0; // 1 m rollup chunks whose last bucket starts before this
        TimestampMs hour = 0;   // 1 h rollup chunks whose last bucket starts before this
    };
    // Restores every series with its chunks, tail, exemplars and rollups (loadRecent from the
    // start of retention).
    bool load(SeriesStore &store, const RetainFrom &retain, LoadStats *stats, QString *error);

    // A start in two steps, so that a large file does not hold up the first painted wall:
    // loadRecent restores every series with its tail, open and closed rollup buckets, rollup
    // chunks, exemplars and the raw chunks ending at or after `recentFrom`; queries then see
    // what has loaded (recent windows are exact, long ones fill in). Ingest may then start. loadOlder, on any thread with its own SeriesDb, reads the older raw chunks
    // newest segment first and puts them in front of each series in groups (8 MB, doubling); it calls
    // progress(segments done, total) after each segment and stops when that returns false.
    // Sealed rollup chunks come with the older part too, first, unless the file predates stored
    // open buckets.
    struct Boundary {
        TimestampMs recentFrom = 0;
        // Series from files written before the open buckets were stored: loaded from further back.
        std::unordered_map<quint64, TimestampMs> earlier;
        bool rollupsDeferred = false; // sealed rollup chunks wait for loadOlder too
        TimestampMs of(quint64 seriesId) const;
    };
    bool loadRecent(SeriesStore &store, const RetainFrom &retain, TimestampMs recentFrom, Boundary *boundary,
                    LoadStats *stats, QString *error);
    bool loadOlder(SeriesStore &store, const RetainFrom &retain, const Boundary &boundary, LoadStats *stats,
                   QString *error, const std::function<bool(qint64 done, qint64 total)> &progress = {});
    // One transaction: new series, sealed chunks, replaced heads, exemplars, retention deletes.
    bool write(const PersistBatch &batch, QString *error);

    // The last ingest journal segment whose samples this file holds (0: none).
    quint64 journalThrough(QString *error);

    static constexpr int kLatestVersion = 4;

private:
    explicit SeriesDb(QSqlDatabase db, QString connectionName);
    bool readRollupChunks(const RetainFrom &retain, std::unordered_map<quint64, SeriesStore::OlderRollups> *out,
                          QString *error);
    QSqlDatabase m_db;
    QString m_connectionName;
    TimestampMs m_lastRetention = 0;
    quint64 m_journalThrough = 0;
};

// Lives on the persist thread: takes a batch from the store every interval and writes it.
class SeriesWriter : public QObject {
    Q_OBJECT
public:
    // With a journal, the segments each committed batch covers are deleted after the commit.
    SeriesWriter(SeriesStore &store, QString path, qint64 intervalMs, IngestJournal *journal = nullptr,
                 QObject *parent = nullptr);
    ~SeriesWriter() override;
    // In the persist thread: opens series.db and starts the timer.
    bool start(QString *error);
    // Writes what is pending now (also called on stop).
    void flush();
    qint64 batchesWritten() const { return m_batches; }

Q_SIGNALS:
    void writeFailed(const QString &error);

private:
    SeriesStore &m_store;
    IngestJournal *m_journal = nullptr;
    QString m_path;
    qint64 m_intervalMs;
    std::unique_ptr<SeriesDb> m_db;
    std::deque<PersistBatch> m_pending;
    QTimer m_timer;
    qint64 m_batches = 0;
};

} // namespace hms
