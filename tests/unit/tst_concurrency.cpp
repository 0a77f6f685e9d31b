// The engine's threads at once against one series store, as in the running program: StatsD
// ingest (the ingest thread), HTTP/line-protocol pushes creating new series, the evaluator's ticks,
// the flush thread taking persist batches, and the readers a chart and the API are. Plain
// std::threads and the store's own locks only, so that ThreadSanitizer understands every
// synchronisation: scripts/sanitize.sh runs this under TSan (label "threaded"). In the normal
// build it checks that nothing was lost or counted twice while they ran together.
#include "ingest/PushParser.h"
#include "ingest/StatsdParser.h"
#include "rules/Evaluator.h"
#include "rules/Rule.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace hms;

namespace {
const QByteArray kRule = QByteArrayLiteral("name: AID_LAT_P95_HIGH\n"
                                           "metric: aid_form.latency_ms\n"
                                           "aggregate: p95\n"
                                           "threshold: \"> 1000\"\n"
                                           "for: 0s\n"
                                           "window: 10s\n");
constexpr int kServices = 3;
constexpr int kPushedSeries = 400;
} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ingestEvaluateFlushReadAtOnce();
};

void TestConcurrency::ingestEvaluateFlushReadAtOnce()
{
    SeriesStore store;
    const TimestampMs t0 = QDateTime::currentMSecsSinceEpoch();
    const auto clockNow = [t0, start = std::chrono::steady_clock::now()] {
        return t0 + std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    };
    std::atomic<bool> stop{false};
    std::atomic<qint64> statsdLines{0}, pushed{0}, rejected{0}, evaluations{0}, reads{0}, batches{0}, chunks{0};
    std::atomic<int> fired{0};

    // The ingest thread: 20-line DogStatsD datagrams, parsed and applied as the listener does.
    std::thread statsd([&] {
        int n = 0;
        while (!stop.load()) {
            QByteArray datagram;
            for (int i = 0; i < 20; ++i, ++n)
                datagram += QByteArrayLiteral("aid_form.latency_ms:1500|ms|#service:svc") + QByteArray::number(n % kServices)
                            + '\n';
            StatsdParseResult parsed;
            parseStatsdPacket(datagram, parsed);
            rejected += qint64(parsed.rejects.size());
            store.applyStatsd(parsed.lines, clockNow());
            statsdLines += qint64(parsed.lines.size());
        }
    });
    // Pushes (the HTTP and line-protocol paths): new series appear while others are read.
    std::thread push([&] {
        int n = 0;
        while (!stop.load()) {
            std::vector<PushedSample> batch;
            for (int i = 0; i < 50; ++i, ++n) {
                PushedSample s;
                s.name = QStringLiteral("payment.queue_depth");
                s.labels = {{QStringLiteral("queue"), QStringLiteral("q%1").arg(n % kPushedSeries)}};
                s.value = n;
                s.kind = PushedSample::Kind::Gauge;
                s.traceId = n % 97 == 0 ? QStringLiteral("trace%1").arg(n % 5) : QString();
                batch.push_back(s);
            }
            pushed += store.applyPushed(batch, clockNow());
        }
    });
    // The evaluator thread.
    std::thread evaluator([&] {
        Evaluator ev(store);
        const RuleParseResult r = parseRules(kRule, QStringLiteral("t.yml"));
        ev.setRules(std::make_shared<const std::vector<Rule>>(r.rules));
        while (!stop.load()) {
            for (const AlertTransition &t : ev.evaluateAt(clockNow()))
                fired += t.to == AlertState::Firing;
            ++evaluations;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    });
    // The flush thread (SeriesDb) and the readers (charts, API, the desk's trace view).
    std::thread flush([&] {
        while (!stop.load()) {
            const PersistBatch b = store.takePersistBatch(clockNow());
            chunks += qint64(b.chunks.size());
            ++batches;
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    std::thread reader([&] {
        while (!stop.load()) {
            const TimestampMs now = clockNow();
            for (const SeriesKey &key : store.select(QStringLiteral("aid_form.latency_ms"), {})) {
                (void)store.decimated(key, now - 60'000, now, 200);
                (void)store.latest(key);
            }
            (void)store.exemplarsWithTrace(QStringLiteral("trace1"), 20);
            (void)store.metricNames();
            (void)store.seriesCount();
            ++reads;
        }
    });

    QTest::qWait(1500);
    stop = true;
    for (std::thread *t : {&statsd, &push, &evaluator, &flush, &reader})
        t->join();

    // Everything each writer was told was stored is in the store, once.
    QCOMPARE(rejected.load(), qint64(0));
    QVERIFY(statsdLines.load() > 1000);
    QVERIFY(pushed.load() > 1000);
    QCOMPARE(store.sampleCount(), statsdLines.load() + pushed.load());
    QCOMPARE(store.seriesCount(), qint64(kServices + kPushedSeries));
    // Every service's alert fired exactly once (it never resolved: every sample is 1,500 ms).
    QCOMPARE(fired.load(), kServices);
    QVERIFY(evaluations.load() > 10);
    QVERIFY(reads.load() > 10);
    QVERIFY(batches.load() > 10);
    QVERIFY(chunks.load() > 0); // sealed chunks reached the flush thread while ingest went on
    // The evaluator's view agrees with the store's after the fact.
    const auto keys = store.select(QStringLiteral("aid_form.latency_ms"), {});
    QCOMPARE(int(keys.size()), kServices);
    for (const SeriesKey &key : keys) {
        const WindowResult w = store.aggregateWindow(key, *parseAggregate(u"p95"), clockNow(), 10'000);
        QCOMPARE(w.value.value_or(0.0), 1500.0);
    }
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
