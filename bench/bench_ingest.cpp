// Ingest hot path, in process: StatsD parse, parse + apply to the store, line protocol parse.
// The whole-system figures against peers come from bench/run_peers.sh.
#include "ingest/LineProtocol.h"
#include "ingest/LineProtocolWriter.h"
#include "ingest/StatsdParser.h"
#include "store/IngestJournal.h"
#include "store/SeriesStore.h"

#include <QTemporaryDir>
#include <benchmark/benchmark.h>

#include <string>

namespace {

QByteArray statsdDatagram(int lines, int names, int offset)
{
    QByteArray d;
    for (int i = 0; i < lines; ++i)
        d += "bench.metric." + QByteArray::number((offset + i) % names) + ":" + QByteArray::number(100 + i) + ".5|ms\n";
    return d;
}

void BM_StatsdParse(benchmark::State &state)
{
    const QByteArray datagram = statsdDatagram(int(state.range(0)), 100, 0);
    hms::StatsdParseResult out;
    for (auto _ : state) {
        out.lines.clear();
        out.rejects.clear();
        hms::parseStatsdPacket(datagram, out);
        benchmark::DoNotOptimize(out.lines.data());
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_StatsdParse)->Arg(1)->Arg(20);

// What the listener does per recvmmsg batch: 64 datagrams parsed, then one applyStatsd.
void BM_StatsdParseApply(benchmark::State &state)
{
    const int linesPerDatagram = int(state.range(0));
    std::vector<QByteArray> datagrams;
    for (int i = 0; i < 64; ++i)
        datagrams.push_back(statsdDatagram(linesPerDatagram, int(state.range(1)), i * linesPerDatagram));
    hms::SeriesStore store;
    hms::StatsdParseResult out;
    qint64 t = 1;
    for (auto _ : state) {
        out.lines.clear();
        out.rejects.clear();
        for (const QByteArray &d : datagrams)
            hms::parseStatsdPacket(d, out);
        store.applyStatsd(out.lines, ++t);
        if (store.sampleCount() > 5'000'000) {
            state.PauseTiming();
            store.trim(t + 24LL * 3600 * 1000);
            state.ResumeTiming();
        }
    }
    state.SetItemsProcessed(state.iterations() * 64 * linesPerDatagram);
}
BENCHMARK(BM_StatsdParseApply)->Args({20, 100})->Args({1, 100})->Args({20, 10000});

void BM_LineProtocolParse(benchmark::State &state)
{
    QByteArray body;
    for (int i = 0; i < 10000; ++i)
        body += "node,host=h" + QByteArray::number(i % 50) + ",region=us-east cpu=0." + QByteArray::number(i % 97)
            + ",mem=" + QByteArray::number(i * 3) + "i,load1=1.25,load5=0.75,disk=0.5 "
            + QByteArray::number(1700000000000000000LL + i * 1000000LL) + "\n";
    qint64 rows = 0;
    for (auto _ : state) {
        const auto r = hms::parseLineProtocol(body, hms::Precision::Nanoseconds);
        rows += qint64(r.samples.size());
        benchmark::DoNotOptimize(r.samples.data());
    }
    state.SetItemsProcessed(rows);
    state.counters["field_rows"] = benchmark::Counter(double(rows), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_LineProtocolParse);

// What /write does after parsing: one applyPushed per body. Arg: distinct tag sets per body
// (50: a few hosts; 10000: http_loader's 10000 host/cpu pairs, 50000 series).
void BM_LineProtocolApply(benchmark::State &state)
{
    hms::SeriesStore store;
    qint64 rows = 0;
    qint64 base = 1700000000000000000LL;
    const int hosts = int(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        QByteArray body;
        for (int i = 0; i < 10000; ++i)
            body += "node,host=h" + QByteArray::number(i % hosts) + ",region=us-east cpu=0.5,mem=3i,load1=1.25,load5=0.75,"
                    "disk=0.5 " + QByteArray::number(base + i * 1000000LL) + "\n";
        base += 10000LL * 1000000LL;
        const auto parsed = hms::parseLineProtocol(body, hms::Precision::Nanoseconds);
        state.ResumeTiming();
        rows += store.applyPushed(parsed.samples, 0);
    }
    state.SetItemsProcessed(rows);
}
BENCHMARK(BM_LineProtocolApply)->Arg(50)->Arg(10000)->Iterations(30);

// A body as http_loader sends it: 10,000 lines of 3 tags (1,250 hosts × 8 cpus) and 5 fields,
// so 50,000 series, all stamped from `base` (ns).
QByteArray loaderBody(qint64 base)
{
    QByteArray body;
    for (int i = 0; i < 10000; ++i)
        body += "node,host=h" + QByteArray::number(i / 8) + ",region=r" + QByteArray::number(i % 7) + ",cpu=cpu"
                + QByteArray::number(i % 8) + " usage_user=0.5,usage_system=3,usage_idle=1.25,usage_iowait=0.75,"
                "usage_steal=0.5 " + QByteArray::number(base + i * 1000000LL) + "\n";
    return body;
}

// Parse and apply together at http_loader's cardinality.
void BM_LineProtocolParseApply(benchmark::State &state)
{
    hms::SeriesStore store;
    qint64 rows = 0;
    qint64 base = 1700000000000000000LL;
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray body = loaderBody(base);
        base += 10000LL * 1000000LL;
        state.ResumeTiming();
        const auto parsed = hms::parseLineProtocol(body, hms::Precision::Nanoseconds);
        rows += store.applyPushed(parsed.samples, 0);
    }
    state.SetItemsProcessed(rows);
}
BENCHMARK(BM_LineProtocolParseApply)->Iterations(30);

// The listener's path: LineProtocolWriter (series cached by their wire bytes), same bodies.
// Arg 1: with the ingest journal (store/IngestJournal.h) in a temporary directory, as the engine
// runs it, its segment rotated and dropped every 60 bodies (about a second of them at the HTTP
// rate, as the once-a-second batch would; not timed); Arg 0: without, the peer in the same run.
void BM_LineProtocolWriter(benchmark::State &state)
{
    hms::SeriesStore store;
    QTemporaryDir dir;
    std::vector<hms::JournalSegment> pending;
    QStringList warnings;
    QString error;
    std::unique_ptr<hms::IngestJournal> journal;
    if (state.range(0) == 1) {
        journal = hms::IngestJournal::open(dir.path(), 0, &pending, &warnings, &error);
        if (!journal) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        store.setJournal(journal.get());
    }
    hms::LineProtocolWriter writer(store);
    qint64 rows = 0;
    qint64 base = 1700000000000000000LL;
    int bodies = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QByteArray body = loaderBody(base);
        base += 10000LL * 1000000LL;
        if (journal && ++bodies % 60 == 0)
            journal->dropThrough(store.takePersistBatch(base / 1000000).journalThrough);
        state.ResumeTiming();
        const auto written = writer.write(body, hms::Precision::Nanoseconds, 0);
        if (!written.journalError.isEmpty()) {
            state.SkipWithError(qPrintable(written.journalError));
            return;
        }
        rows += written.accepted;
    }
    state.SetItemsProcessed(rows);
    if (journal)
        state.counters["journal_bytes_per_row"] = double(journal->bytesWritten()) / double(rows);
}
BENCHMARK(BM_LineProtocolWriter)->Arg(0)->Arg(1)->Iterations(120);

} // namespace

BENCHMARK_MAIN();
