#include "store/SeriesDb.h"

#include "store/Gorilla.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <unordered_map>

namespace hms {

namespace {
QString labelsJson(const Labels &labels)
{
    QJsonObject o;
    for (const auto &[k, v] : labels)
        o.insert(k, v);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Labels labelsFrom(const QString &json)
{
    Labels labels;
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        labels[it.key()] = it.value().toString();
    return labels;
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    *error = q.lastError().text();
    return false;
}

const char *const kSchema[] = {
    "CREATE TABLE series (id INTEGER PRIMARY KEY, name TEXT NOT NULL, labels TEXT NOT NULL)",
    "CREATE TABLE chunks (series_id INTEGER NOT NULL, min_t INTEGER NOT NULL, max_t INTEGER NOT NULL, "
    "count INTEGER NOT NULL, data BLOB NOT NULL)",
    "CREATE INDEX chunks_series ON chunks(series_id, min_t)",
    "CREATE INDEX chunks_max_t ON chunks(max_t)",
    "CREATE TABLE heads (series_id INTEGER PRIMARY KEY, count INTEGER NOT NULL, data BLOB NOT NULL)",
    "CREATE TABLE exemplars (series_id INTEGER NOT NULL, t INTEGER NOT NULL, v REAL NOT NULL, "
    "trace_id TEXT NOT NULL)",
    "CREATE INDEX exemplars_series ON exemplars(series_id, t)",
    "CREATE INDEX exemplars_trace ON exemplars(trace_id)",
};
} // namespace

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
    if (version == 0) {
        if (!db.transaction())
            return fail(db.lastError().text());
        for (const char *sql : kSchema)
            if (!q.exec(QString::fromLatin1(sql))) {
                const QString why = q.lastError().text();
                db.rollback();
                return fail(why);
            }
        if (!q.exec(QStringLiteral("PRAGMA user_version=%1").arg(kLatestVersion)) || !db.commit()) {
            db.rollback();
            return fail(db.lastError().text());
        }
    }
    return std::unique_ptr<SeriesDb>(new SeriesDb(db, connectionName));
}

bool SeriesDb::load(SeriesStore &store, TimestampMs retainFrom, LoadStats *stats, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    struct Loaded {
        SeriesKey key;
        std::vector<PersistBatch::Chunk> chunks;
        std::vector<Sample> head;
        std::vector<Exemplar> exemplars;
    };
    std::unordered_map<quint64, Loaded> all;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, labels FROM series"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        all[q.value(0).toULongLong()].key = SeriesKey{q.value(1).toString(), labelsFrom(q.value(2).toString())};
    q.prepare(QStringLiteral("SELECT series_id, min_t, max_t, count, data FROM chunks WHERE max_t >= ? "
                             "ORDER BY series_id, min_t"));
    q.addBindValue(retainFrom);
    if (!exec(q, error))
        return false;
    while (q.next()) {
        auto it = all.find(q.value(0).toULongLong());
        if (it == all.end())
            continue;
        it->second.chunks.push_back({it->first, q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toInt(),
                                     q.value(4).toByteArray()});
        if (stats) {
            ++stats->chunks;
            stats->samples += q.value(3).toInt();
        }
    }
    if (!q.exec(QStringLiteral("SELECT series_id, count, data FROM heads"))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        auto it = all.find(q.value(0).toULongLong());
        bool ok = false;
        auto samples = decodeAll(q.value(2).toByteArray(), q.value(1).toInt(), &ok);
        if (it == all.end() || !ok)
            continue; // a damaged head loses at most one chunk of one series, never the database
        if (stats)
            stats->samples += qint64(samples.size());
        it->second.head = std::move(samples);
    }
    q.prepare(QStringLiteral("SELECT series_id, t, v, trace_id FROM exemplars WHERE t >= ? ORDER BY series_id, t"));
    q.addBindValue(retainFrom);
    if (!exec(q, error))
        return false;
    while (q.next()) {
        auto it = all.find(q.value(0).toULongLong());
        if (it != all.end())
            it->second.exemplars.push_back({q.value(1).toLongLong(), q.value(2).toDouble(), q.value(3).toString()});
    }
    for (auto &[id, loaded] : all)
        store.restoreSeries(id, loaded.key, std::move(loaded.chunks), loaded.head, loaded.exemplars);
    if (stats) {
        stats->series = qint64(all.size());
        stats->elapsedMs = clock.elapsed();
    }
    return true;
}

bool SeriesDb::write(const PersistBatch &batch, QString *error)
{
    const bool retention = batch.retainFrom - m_lastRetention > 60000; // trim the file once a minute
    if (batch.empty() && !retention)
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
        q.addBindValue(labelsJson(s.key.labels));
        if (!q.exec())
            return fail(q);
    }
    q.prepare(QStringLiteral("INSERT INTO chunks(series_id, min_t, max_t, count, data) VALUES(?, ?, ?, ?, ?)"));
    for (const auto &c : batch.chunks) {
        q.addBindValue(c.seriesId);
        q.addBindValue(c.minT);
        q.addBindValue(c.maxT);
        q.addBindValue(c.count);
        q.addBindValue(c.data);
        if (!q.exec())
            return fail(q);
    }
    QSqlQuery del(m_db);
    del.prepare(QStringLiteral("DELETE FROM heads WHERE series_id = ?"));
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO heads(series_id, count, data) VALUES(?, ?, ?)"));
    for (const auto &h : batch.heads) {
        if (h.count == 0) {
            del.addBindValue(h.seriesId);
            if (!del.exec())
                return fail(del);
            continue;
        }
        q.addBindValue(h.seriesId);
        q.addBindValue(h.count);
        q.addBindValue(h.data);
        if (!q.exec())
            return fail(q);
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
        for (const char *sql : {"DELETE FROM chunks WHERE max_t < ?", "DELETE FROM exemplars WHERE t < ?"}) {
            q.prepare(QString::fromLatin1(sql));
            q.addBindValue(batch.retainFrom);
            if (!q.exec())
                return fail(q);
        }
    }
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    if (retention)
        m_lastRetention = batch.retainFrom;
    return true;
}

SeriesWriter::SeriesWriter(SeriesStore &store, QString path, qint64 intervalMs, QObject *parent)
    : QObject(parent)
    , m_store(store)
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
        m_pending.pop_front();
        ++m_batches;
    }
}

} // namespace hms
