// Incident bundles at size: encode, decode and replay-load a bundle of S series x N samples
// (1 Hz latency-like values), against the same samples as a Grafana-snapshot-style JSON document
// (per series an array of [t, v], QJsonDocument compact; gzip level 6 for its size on disk), in
// the same run. Then the replay's scrub cost: ReplaySession::frameAt at random instants.
//   bundle_bench [--series 64] [--hours 6] [--rounds 3]
#include "replay/Bundle.h"
#include "replay/ReplaySession.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <zlib.h>

#include <algorithm>
#include <cstdio>

using namespace hms;

namespace {
double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

QByteArray gzip(const QByteArray &in)
{
    uLongf size = compressBound(uLong(in.size()));
    QByteArray out(qsizetype(size), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef *>(out.data()), &size, reinterpret_cast<const Bytef *>(in.constData()), uLong(in.size()), 6);
    out.resize(qsizetype(size));
    return out;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto opt = [&](const char *name, int fallback) {
        const qsizetype i = args.indexOf(QString::fromLatin1(name));
        return i >= 0 && i + 1 < args.size() ? args[i + 1].toInt() : fallback;
    };
    const int seriesCount = opt("--series", 64);
    const int hours = opt("--hours", 6);
    const int rounds = opt("--rounds", 3);
    // Values: a random walk with one decimal (the hard case for XOR compression), or --integers
    // (whole milliseconds, as StatsD timers usually arrive).
    const bool integers = args.contains(QStringLiteral("--integers"));
    const qint64 samplesPer = qint64(hours) * 3600;

    IncidentBundle b;
    b.producer = QStringLiteral("bundle_bench");
    const TimestampMs start = 1'790'000'000'000LL;
    b.from = start;
    b.to = start + samplesPer * 1000;
    b.incident.id = 1;
    b.incident.rule = QStringLiteral("AID_LAT_P95_HIGH");
    b.incident.metric = QStringLiteral("aid_form.latency_ms");
    b.incident.openedAt = start + samplesPer * 500;
    b.incident.resolvedAt = start + samplesPer * 600;
    b.incident.state = Incident::State::Resolved;
    for (int e = 0; e < 200; ++e)
        b.events.push_back({e + 1, 1, b.incident.openedAt + e * 1000, QStringLiteral("comment"), QStringLiteral("note %1").arg(e), {}});
    QRandomGenerator rng(42);
    for (int s = 0; s < seriesCount; ++s) {
        BundleSeries series;
        series.key = {QStringLiteral("aid_form.latency_ms"), {{QStringLiteral("pod"), QStringLiteral("aid-%1").arg(s)}}};
        double v = 300;
        for (qint64 i = 0; i < samplesPer; ++i) {
            v = std::clamp(v + (rng.generateDouble() - 0.5) * 20, 50.0, 5000.0);
            series.samples.push_back({start + i * 1000, integers ? std::round(v) : std::round(v * 10) / 10});
        }
        b.series.push_back(std::move(series));
    }
    const qint64 total = qint64(seriesCount) * samplesPer;

    std::vector<double> enc, dec, load, jsonEnc, jsonDec;
    QByteArray bytes, json;
    for (int r = 0; r < rounds; ++r) {
        QElapsedTimer t;
        t.start();
        bytes = encodeBundle(b);
        enc.push_back(ms(t));
        t.restart();
        BundleIo io;
        auto back = decodeBundle(bytes, &io);
        dec.push_back(ms(t));
        if (!back || back->series.back().samples != b.series.back().samples) {
            std::fprintf(stderr, "round trip failed: %s\n", qPrintable(io.error));
            return 1;
        }
        t.restart();
        ReplaySession session(std::move(*back));
        load.push_back(ms(t));

        // The peer: the same samples as JSON data frames.
        t.restart();
        QJsonArray frames;
        for (const BundleSeries &s : b.series) {
            QJsonArray points;
            for (const Sample &p : s.samples)
                points.append(QJsonArray{p.t, p.v});
            frames.append(QJsonObject{{QStringLiteral("labels"), labelsObject(s.key.labels)}, {QStringLiteral("values"), points}});
        }
        json = QJsonDocument(QJsonObject{{QStringLiteral("frames"), frames}}).toJson(QJsonDocument::Compact);
        jsonEnc.push_back(ms(t));
        t.restart();
        const QJsonDocument parsed = QJsonDocument::fromJson(json);
        qint64 seen = 0;
        for (const QJsonValue &f : parsed.object().value(QStringLiteral("frames")).toArray())
            for (const QJsonValue &p : f.toObject().value(QStringLiteral("values")).toArray())
                seen += p.toArray().at(1).toDouble() > 0;
        jsonDec.push_back(ms(t));
        if (seen != total)
            return 1;
    }
    const QByteArray jsonGz = gzip(json);

    // Scrubbing: frames at random instants of the window.
    BundleIo io;
    ReplaySession session(std::move(*decodeBundle(bytes, &io)));
    std::vector<double> frames;
    for (int i = 0; i < 200; ++i) {
        const TimestampMs at = b.from + TimestampMs(rng.bounded(quint32(samplesPer))) * 1000;
        QElapsedTimer t;
        t.start();
        const auto frame = session.frameAt(at, [](size_t) { return 1400; });
        frames.push_back(ms(t));
        if (!frame)
            return 1;
    }
    std::sort(frames.begin(), frames.end());

    std::printf("bundle of %d series x %lld samples = %lld samples (%s), %d rounds (medians)\n", seriesCount,
                static_cast<long long>(samplesPer), static_cast<long long>(total),
                integers ? "whole-ms values" : "one-decimal random walk", rounds);
    std::printf("%-28s %12s %12s %12s %14s\n", "", "bytes", "bytes/sample", "write ms", "read ms");
    std::printf("%-28s %12lld %12.3f %12.1f %14.1f\n", "bundle (ours)", static_cast<long long>(bytes.size()),
                double(bytes.size()) / double(total), median(enc), median(dec));
    std::printf("%-28s %12lld %12.3f %12.1f %14.1f\n", "JSON data frames (peer)", static_cast<long long>(json.size()),
                double(json.size()) / double(total), median(jsonEnc), median(jsonDec));
    std::printf("%-28s %12lld %12.3f\n", "bundle, gzip -6 (for scale)", static_cast<long long>(gzip(bytes).size()),
                double(gzip(bytes).size()) / double(total));
    std::printf("%-28s %12lld %12.3f\n", "JSON data frames, gzip -6", static_cast<long long>(jsonGz.size()),
                double(jsonGz.size()) / double(total));
    std::printf("ratios: size %.1fx smaller than JSON (%.1fx than gzipped JSON); write %.1fx, read %.1fx faster\n",
                double(json.size()) / double(bytes.size()), double(jsonGz.size()) / double(bytes.size()),
                median(jsonEnc) / median(enc), median(jsonDec) / median(dec));
    std::printf("replay load into its store: %.1f ms (%.1f M samples/s)\n", median(load), double(total) / median(load) / 1000.0);
    std::printf("scrub: frameAt p50 %.2f ms, p95 %.2f ms, max %.2f ms over 200 random instants\n", frames[frames.size() / 2],
                frames[frames.size() * 95 / 100], frames.back());
    return 0;
}
