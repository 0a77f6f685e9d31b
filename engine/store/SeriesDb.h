// series.db: the store's persistence in its own SQLite file (WAL). Sealed chunks are BLOBs,
// each series' open chunk is kept as one row that is replaced, exemplars are rows. A writer
// commits one PersistBatch per second, so at most ~1 commit/s and at most the last second is
// lost on a kill -9.
#pragma once

#include "store/SeriesStore.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <deque>
#include <memory>

namespace hms {

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
    // Restores every series with its chunks ending at or after `retainFrom`.
    bool load(SeriesStore &store, TimestampMs retainFrom, LoadStats *stats, QString *error);
    // One transaction: new series, sealed chunks, replaced heads, exemplars, retention deletes.
    bool write(const PersistBatch &batch, QString *error);

    static constexpr int kLatestVersion = 1;

private:
    explicit SeriesDb(QSqlDatabase db, QString connectionName);
    QSqlDatabase m_db;
    QString m_connectionName;
    TimestampMs m_lastRetention = 0;
};

// Lives on the persist thread: takes a batch from the store every interval and writes it.
class SeriesWriter : public QObject {
    Q_OBJECT
public:
    SeriesWriter(SeriesStore &store, QString path, qint64 intervalMs, QObject *parent = nullptr);
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
    QString m_path;
    qint64 m_intervalMs;
    std::unique_ptr<SeriesDb> m_db;
    std::deque<PersistBatch> m_pending;
    QTimer m_timer;
    qint64 m_batches = 0;
};

} // namespace hms
