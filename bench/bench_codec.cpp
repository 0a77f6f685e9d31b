// Gorilla codec throughput and the cost of a p95 over a 5-minute window of a 1 kHz series
// (issue #3's goal: <= 1 ms), from raw samples and from 120-sample Gorilla chunks.
// Build: cmake --build BUILD --target bench_codec; run BUILD/bench/bench_codec.
#include "rules/Rule.h"
#include "store/Aggregates.h"
#include "store/Gorilla.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <random>
#include <vector>

namespace {

constexpr hms::TimestampMs kStart = 1'700'000'000'000LL;
constexpr int kChunkSamples = 120;

// A latency-like random walk sampled every millisecond, values with full mantissas.
std::vector<hms::Sample> randomWalk1kHz(int n)
{
    std::mt19937_64 rng(1);
    std::normal_distribution<double> noise(0.0, 1.0);
    std::vector<hms::Sample> out;
    out.reserve(std::size_t(n));
    double v = 250.0;
    for (int i = 0; i < n; ++i) {
        v = std::abs(v + noise(rng));
        out.push_back({kStart + i, v});
    }
    return out;
}

// A gauge scraped every 15 s that changes by a small whole step about a third of the time.
std::vector<hms::Sample> gauge15s(int n)
{
    std::mt19937_64 rng(2);
    std::uniform_int_distribution<int> step(-3, 3);
    std::bernoulli_distribution changes(0.3);
    std::vector<hms::Sample> out;
    out.reserve(std::size_t(n));
    double v = 120;
    for (int i = 0; i < n; ++i) {
        if (changes(rng))
            v = std::max(0.0, v + step(rng));
        out.push_back({kStart + i * 15000LL, v});
    }
    return out;
}

const std::vector<hms::Sample> &series(int which)
{
    static const std::vector<hms::Sample> walk = randomWalk1kHz(300'000);
    static const std::vector<hms::Sample> gauge = gauge15s(5760 * 7); // a week
    return which == 0 ? walk : gauge;
}

struct Chunk {
    QByteArray bytes;
    int count = 0;
};

std::vector<Chunk> encodeChunks(const std::vector<hms::Sample> &samples, int perChunk)
{
    std::vector<Chunk> chunks;
    for (std::size_t at = 0; at < samples.size(); at += std::size_t(perChunk)) {
        hms::GorillaEncoder encoder;
        const std::size_t end = std::min(samples.size(), at + std::size_t(perChunk));
        for (std::size_t i = at; i < end; ++i)
            encoder.append(samples[i].t, samples[i].v);
        chunks.push_back({encoder.bytes(), encoder.count()});
    }
    return chunks;
}

std::size_t totalBytes(const std::vector<Chunk> &chunks)
{
    std::size_t bytes = 0;
    for (const Chunk &c : chunks)
        bytes += std::size_t(c.bytes.size());
    return bytes;
}

// Args: series (0 = 1 kHz random walk, 1 = 15 s gauge).
void BM_Encode(benchmark::State &state)
{
    const auto &samples = series(int(state.range(0)));
    std::size_t bytes = 0;
    for (auto _ : state) {
        const auto chunks = encodeChunks(samples, kChunkSamples);
        bytes = totalBytes(chunks);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * qint64(samples.size()));
    state.counters["bytes_per_sample"] = double(bytes) / double(samples.size());
}
BENCHMARK(BM_Encode)->Arg(0)->Arg(1)->ArgNames({"series"})->Unit(benchmark::kMillisecond);

void BM_Decode(benchmark::State &state)
{
    const auto &samples = series(int(state.range(0)));
    const auto chunks = encodeChunks(samples, kChunkSamples);
    std::vector<hms::Sample> out;
    out.reserve(samples.size());
    for (auto _ : state) {
        out.clear();
        for (const Chunk &c : chunks) {
            hms::GorillaDecoder decoder(c.bytes, c.count);
            hms::Sample s;
            while (decoder.next(s))
                out.push_back(s);
        }
        benchmark::DoNotOptimize(out.data());
    }
    if (out != samples)
        state.SkipWithError("decoded samples differ");
    state.SetItemsProcessed(state.iterations() * qint64(samples.size()));
    state.counters["bytes_per_sample"] = double(totalBytes(chunks)) / double(samples.size());
}
BENCHMARK(BM_Decode)->Arg(0)->Arg(1)->ArgNames({"series"})->Unit(benchmark::kMillisecond);

hms::AggregateSpec p95()
{
    return *hms::parseAggregate(u"p95");
}

// p95 over the last 5 minutes of a 1 kHz series: 300,000 raw samples.
void BM_P95_5min_1kHz(benchmark::State &state)
{
    const auto &samples = series(0);
    const hms::AggregateSpec spec = p95();
    const hms::TimestampMs end = samples.back().t;
    for (auto _ : state) {
        const auto result = hms::aggregate(spec, samples, end - 300'000, end);
        benchmark::DoNotOptimize(result);
    }
    state.SetItemsProcessed(state.iterations() * qint64(samples.size()));
}
BENCHMARK(BM_P95_5min_1kHz)->Unit(benchmark::kMicrosecond);

// The same window stored as 120-sample Gorilla chunks: decode all 2,500, then the p95.
void BM_DecodeP95_5min_1kHz(benchmark::State &state)
{
    const auto &samples = series(0);
    const auto chunks = encodeChunks(samples, kChunkSamples);
    const hms::AggregateSpec spec = p95();
    const hms::TimestampMs end = samples.back().t;
    const auto expected = hms::aggregate(spec, samples, end - 300'000, end);
    std::vector<hms::Sample> window;
    window.reserve(samples.size());
    std::optional<double> result;
    for (auto _ : state) {
        window.clear();
        for (const Chunk &c : chunks) {
            hms::GorillaDecoder decoder(c.bytes, c.count);
            hms::Sample s;
            while (decoder.next(s))
                window.push_back(s);
        }
        result = hms::aggregate(spec, window, end - 300'000, end);
        benchmark::DoNotOptimize(result);
    }
    if (result != expected)
        state.SkipWithError("p95 from chunks differs from p95 of raw samples");
    state.SetItemsProcessed(state.iterations() * qint64(samples.size()));
}
BENCHMARK(BM_DecodeP95_5min_1kHz)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
