// Writes a series.db of about a given size through the real store and writer code, for the
// start-up benchmark (bench/startup_bench.sh): `series` series sampled every second, ending now,
// as counters, noisy gauges (one decimal) and slow gauges, one persist batch per 8 minutes of
// data (one stored chunk per series: kChunksPerFileChunk × kChunkSamples samples).
//   seriesdb_gen DIR MEGABYTES [SERIES]
#include "store/SeriesDb.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cmath>
#include <cstdio>
#include <random>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: seriesdb_gen DIR MEGABYTES [SERIES]\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    const qint64 targetBytes = qint64(std::atof(argv[2]) * 1024 * 1024);
    const int seriesCount = argc > 3 ? std::atoi(argv[3]) : 8000;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("series.db"));
    QFile::remove(path);

    hms::SeriesStore::Options options;
    options.retentionMs = 24LL * 3600 * 1000;
    std::vector<hms::SeriesKey> keys;
    for (int i = 0; i < seriesCount; ++i) {
        const char *metric = i % 3 == 0 ? "http_requests_total" : i % 3 == 1 ? "http_request_duration_ms" : "queue_depth";
        keys.push_back({QString::fromLatin1(metric),
                        {{QStringLiteral("service"), QStringLiteral("svc-%1").arg(i / 30)},
                         {QStringLiteral("instance"), QStringLiteral("node-%1").arg(i % 30)}}});
    }
    // The file grows linearly with time: a dry run of one hour says how much time fills the
    // target, and the real run ends now (a wall's last hour is the newest data).
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    const qint64 hour = 3600LL * 1000;
    QString error;
    qint64 samples = 0;
    auto generate = [&](const QString &file, qint64 from, qint64 to) -> bool {
        QFile::remove(file);
        hms::SeriesStore store(options);
        auto db = hms::SeriesDb::open(file, QStringLiteral("gen-%1").arg(from), &error);
        if (!db)
            return false;
        const auto handles = store.resolve(keys, from);
        std::mt19937_64 rng(42);
        std::normal_distribution<double> noise(0.0, 8.0);
        std::vector<double> value(size_t(seriesCount), 0.0);
        std::vector<hms::SeriesStore::HandleSample> batch{size_t(seriesCount)};
        const qint64 batchMs = qint64(hms::SeriesStore::kChunkSamples) * hms::SeriesStore::kChunksPerFileChunk * 1000;
        samples = 0;
        for (qint64 t = from; t <= to; t += 1000) {
            for (int i = 0; i < seriesCount; ++i) {
                double &v = value[size_t(i)];
                if (i % 3 == 0)
                    v += double(rng() % 50);
                else if (i % 3 == 1)
                    v = std::round((120.0 + 40.0 * std::sin(double(t) / 3.6e6 + i) + noise(rng)) * 10.0) / 10.0;
                else
                    v = double((t / 60000 + i) % 17);
                batch[size_t(i)] = {handles[size_t(i)], t, v};
            }
            samples += store.appendHandles(batch, t);
            if ((t - from) % batchMs == 0 && t > from && !db->write(store.takePersistBatch(t), &error))
                return false;
        }
        return db->write(store.takePersistBatch(to), &error);
    };
    QElapsedTimer clock;
    clock.start();
    const QString probe = path + QStringLiteral(".probe");
    if (!generate(probe, now - hour, now)) {
        std::fprintf(stderr, "series.db: %s\n", qPrintable(error));
        return 1;
    }
    const qint64 perHour = std::max<qint64>(1, QFileInfo(probe).size());
    QFile::remove(probe);
    const qint64 span = std::min<qint64>(23 * hour, targetBytes * hour / perHour);
    if (span == 23 * hour && perHour * 23 < targetBytes)
        std::fprintf(stderr, "note: 23 h of %d series make only %lld MB; pass more series\n", seriesCount,
                     perHour * 23 / 1024 / 1024);
    if (!generate(path, now - span, now)) {
        std::fprintf(stderr, "series.db: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("%s: %lld MB, %d series, %lld samples over the last %.1f h, %.1f s\n", qPrintable(path),
                QFileInfo(path).size() / 1024 / 1024, seriesCount, samples, double(span) / double(hour),
                double(clock.elapsed()) / 1000.0);
    return 0;
}
