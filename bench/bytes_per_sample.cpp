// Bytes per sample of our store for an OpenMetrics file (the one bench/run_peers.sh builds from
// real node_exporter scrapes for promtool): loaded through the exposition parser into the
// SeriesStore, persisted to a fresh series.db, and measured both as compressed chunk bytes and
// as the SQLite file's size after a checkpoint.
//   bytes_per_sample FILE.om
#include "ingest/Exposition.h"
#include "store/SeriesDb.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: bytes_per_sample FILE.om\n");
        return 2;
    }
    QFile in(QString::fromLocal8Bit(argv[1]));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[1]);
        return 2;
    }
    hms::SeriesStore::Options options;
    options.retentionMs = 100LL * 365 * 24 * 3600 * 1000;
    hms::SeriesStore store(options);
    std::vector<hms::PushedSample> batch;
    qint64 samples = 0;
    qint64 lastTime = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        // OpenMetrics: `name{labels} value timestamp_in_seconds`.
        const qsizetype space = line.lastIndexOf(' ');
        const hms::ExpositionResult r = hms::parseExposition(QByteArray(line.left(space) + '\n'));
        const qint64 t = qint64(line.mid(space + 1).toDouble() * 1000.0 + 0.5);
        for (const hms::ExposedSample &e : r.samples) {
            hms::PushedSample p;
            p.name = e.name;
            p.labels = e.labels;
            p.value = e.value;
            p.timestampMs = t;
            p.kind = hms::PushedSample::Kind::Gauge;
            batch.push_back(std::move(p));
        }
        lastTime = std::max(lastTime, t);
        if (batch.size() >= 10000) {
            samples += store.applyPushed(batch, t);
            batch.clear();
        }
    }
    samples += store.applyPushed(batch, lastTime);

    // Two files from the same batch: the raw samples alone (what Prometheus' block holds, the
    // figure to compare) and with the 1 m / 1 h rollups, which we add on top.
    QTemporaryDir dir;
    dir.setAutoRemove(qEnvironmentVariableIsEmpty("HMS_BPS_KEEP")); // keep the files to inspect them
    const hms::PersistBatch full = store.takePersistBatch(lastTime);
    hms::PersistBatch rawOnly = full;
    rawOnly.rollups.clear();
    auto fileSize = [&](const QString &name, const hms::PersistBatch &batch) -> qint64 {
        const QString path = dir.filePath(name);
        QString error;
        {
            auto db = hms::SeriesDb::open(path, name, &error);
            if (!db || !db->write(batch, &error)) {
                std::fprintf(stderr, "series.db: %s\n", qPrintable(error));
                return -1;
            }
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("size"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QSqlQuery(db).exec(QStringLiteral("VACUUM"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("size"));
        return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    };
    const qint64 fileBytes = fileSize(QStringLiteral("raw.db"), rawOnly);
    const qint64 withRollups = fileSize(QStringLiteral("full.db"), full);
    if (fileBytes < 0 || withRollups < 0)
        return 1;
    const qint64 sealed = store.sealedSamples();
    std::printf("{\"samples\": %lld, \"series\": %lld, \"sealed_samples\": %lld, \"chunk_bytes\": %lld, "
                "\"chunk_bytes_per_sample\": %.3f, \"file_bytes\": %lld, \"file_bytes_per_sample\": %.3f, "
                "\"file_bytes_with_rollups\": %lld, \"file_bytes_per_sample_with_rollups\": %.3f}\n",
                samples, store.seriesCount(), sealed, store.sealedBytes(),
                sealed ? double(store.sealedBytes()) / double(sealed) : 0.0, fileBytes,
                samples ? double(fileBytes) / double(samples) : 0.0, withRollups,
                samples ? double(withRollups) / double(samples) : 0.0);
    return 0;
}
