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

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("series.db"));
    QString error;
    {
        auto db = hms::SeriesDb::open(path, QStringLiteral("bytes"), &error);
        if (!db || !db->write(store.takePersistBatch(lastTime), &error)) {
            std::fprintf(stderr, "series.db: %s\n", qPrintable(error));
            return 1;
        }
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("size"));
        db.setDatabaseName(path);
        db.open();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("size"));
    const qint64 fileBytes = QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
    const qint64 sealed = store.sealedSamples();
    std::printf("{\"samples\": %lld, \"series\": %lld, \"sealed_samples\": %lld, \"chunk_bytes\": %lld, "
                "\"chunk_bytes_per_sample\": %.3f, \"file_bytes\": %lld, \"file_bytes_per_sample\": %.3f}\n",
                samples, store.seriesCount(), sealed, store.sealedBytes(),
                sealed ? double(store.sealedBytes()) / double(sealed) : 0.0, fileBytes,
                samples ? double(fileBytes) / double(samples) : 0.0);
    return 0;
}
