// SLOs: the YAML reader, the generated multiwindow multi-burn-rate rules, the per-minute slices,
// and the alerts firing on a synthetic budget burn at the times the SRE workbook's arithmetic gives.
#include "ingest/PushParser.h"
#include "rules/Evaluator.h"
#include "slo/Slo.h"
#include "slo/SloRecorder.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QTest>

using namespace hms;

namespace {
constexpr qint64 kMin = 60'000;
constexpr qint64 kHour = 60 * kMin;
constexpr qint64 kDay = 24 * kHour;

const QByteArray kRatioSlo = "id: aid_availability\n"
                             "service: aid_form\n"
                             "objective: 99.9%\n"
                             "error_ratio:\n"
                             "  errors: {metric: http_requests_total, match: {code: \"500\"}}\n"
                             "  total: {metric: http_requests_total}\n";

Slo parsed(const QByteArray &yaml)
{
    const SloParseResult r = parseSlo(yaml, QStringLiteral("slo.yml"));
    if (!r.errors.empty())
        qWarning("%s", qPrintable(r.errors.front().toString()));
    return r.slo.value_or(Slo{});
}

PushedSample counter(const char *code, double total, TimestampMs t)
{
    PushedSample p;
    p.name = QStringLiteral("http_requests_total");
    p.labels = {{QStringLiteral("code"), QString::fromLatin1(code)}};
    p.value = total;
    p.timestampMs = t;
    p.kind = PushedSample::Kind::Gauge; // the running total as a counter exposes it
    return p;
}

PushedSample latency(double ms, TimestampMs t)
{
    PushedSample p;
    p.name = QStringLiteral("aid_form.latency_ms");
    p.labels = {{QStringLiteral("service"), QStringLiteral("aid_form")}};
    p.value = ms;
    p.timestampMs = t;
    return p;
}
} // namespace

class TestSlo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesBothKinds()
    {
        const Slo ratio = parsed(kRatioSlo);
        QCOMPARE(ratio.id, QStringLiteral("aid_availability"));
        QCOMPARE(ratio.kind, Slo::Kind::ErrorRatio);
        QVERIFY(qFuzzyCompare(ratio.budget(), 0.001));
        QCOMPARE(ratio.windowMs, 30 * kDay);
        QCOMPARE(ratio.errors.match, (Labels{{QStringLiteral("code"), QStringLiteral("500")}}));
        QVERIFY(!ratio.countSamples);

        const Slo lat = parsed("id: aid_latency\nobjective: 99.5\nwindow: 7d\n"
                               "latency:\n  metric: aid_form.latency_ms\n  aggregate: p95\n  threshold: \"< 800\"\n");
        QCOMPARE(lat.kind, Slo::Kind::Latency);
        QVERIFY(qFuzzyCompare(lat.objective, 0.995));
        QCOMPARE(lat.windowMs, 7 * kDay);
        QVERIFY(lat.threshold.test(799));
        QVERIFY(!lat.threshold.test(800));

        // The SRE workbook's three alerts, as rules on the recorded series.
        const std::vector<Rule> rules = ratio.alertRules();
        QCOMPARE(rules.size(), size_t(3));
        QCOMPARE(rules[0].name, QStringLiteral("SLO_aid_availability_fast_burn"));
        QCOMPARE(rules[0].metric, QStringLiteral("slo_alert_burn"));
        QCOMPARE(rules[0].threshold.value, 14.4);
        QCOMPARE(rules[0].severity, QStringLiteral("critical"));
        QCOMPARE(rules[0].labels.at(QStringLiteral("slo_action")), QStringLiteral("page"));
        QCOMPARE(rules[0].labels.at(QStringLiteral("service")), QStringLiteral("aid_form"));
        QCOMPARE(rules[1].threshold.value, 6.0);
        QCOMPARE(rules[2].threshold.value, 1.0);
        QCOMPARE(rules[2].severity, QStringLiteral("warning"));
        QCOMPARE(rules[2].labels.at(QStringLiteral("slo_action")), QStringLiteral("ticket"));
        QCOMPARE(rules[2].match.at(QStringLiteral("alert")), QStringLiteral("budget_burn"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("error");
        const QByteArray lat = "latency: {metric: m, threshold: \"< 800\"}\n";
        QTest::addRow("objective 100") << QByteArray("id: s\nobjective: 100%\n" + lat)
                                       << QStringLiteral("slo.yml:2:12: objective: expected a percentage between 0 and "
                                                         "100, like \"99.9%\", got \"100%\"");
        QTest::addRow("no SLI") << QByteArray("id: s\nobjective: 99\n")
                                << QStringLiteral("slo.yml:1:1: latency or error_ratio: one of them is required");
        QTest::addRow("both SLIs") << QByteArray("id: s\nobjective: 99\n" + lat + "error_ratio: {}\n")
                                   << QStringLiteral("slo.yml:4:14: error_ratio: give either latency or error_ratio, "
                                                     "not both");
        QTest::addRow("window too long") << QByteArray("id: s\nobjective: 99\nwindow: 60d\n" + lat)
                                         << QStringLiteral("slo.yml:3:9: window: must be between 1d and 35d (the 1 h "
                                                           "rollups are kept 35 days), got \"60d\"");
        QTest::addRow("rate as latency") << QByteArray("id: s\nobjective: 99\nlatency: {metric: m, aggregate: rate, "
                                                       "threshold: \"< 1\"}\n")
                                         << QStringLiteral("slo.yml:3:33: latency.aggregate: expected p50..p99.9, mean, "
                                                           "min, max or last, got \"rate\"");
        QTest::addRow("bad threshold") << QByteArray("id: s\nobjective: 99\nlatency: {metric: m, threshold: \"<< 1\"}\n")
                                       << QStringLiteral("slo.yml:3:35: latency.threshold: expected a number after "
                                                         "\"<\", got \"< 1\"");
        QTest::addRow("missing total") << QByteArray("id: s\nobjective: 99\nerror_ratio:\n  errors: {metric: e}\n")
                                       << QStringLiteral("slo.yml:4:3: error_ratio.total: required field missing");
        QTest::addRow("count words") << QByteArray("id: s\nobjective: 99\nerror_ratio:\n  errors: {metric: e}\n"
                                                   "  total: {metric: t}\n  count: requests\n")
                                     << QStringLiteral("slo.yml:6:10: error_ratio.count: expected \"increase\" "
                                                       "(counters) or \"samples\" (one sample per event), got "
                                                       "\"requests\"");
        QTest::addRow("unknown field") << QByteArray("id: s\nobjective: 99\n" + lat + "target: 5\n")
                                       << QStringLiteral("slo.yml:4:1: target: unknown field; valid fields are: id, "
                                                         "description, service, objective, window, latency, "
                                                         "error_ratio, notify, playbook, escalation, labels");
    }

    void errors()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, error);
        const SloParseResult r = parseSlo(yaml, QStringLiteral("slo.yml"));
        QVERIFY(!r.slo);
        QVERIFY(!r.errors.empty());
        QCOMPARE(r.errors.front().toString(), error);
    }

    void latencySlices()
    {
        // p95 < 800 ms per minute: a good minute, a bad one, an empty one.
        SeriesStore store;
        const TimestampMs m0 = 1'800'000'000'000LL / kMin * kMin;
        std::vector<PushedSample> in;
        for (int i = 1; i <= 20; ++i)
            in.push_back(latency(i == 20 ? 2000 : 300, m0 + i * 3000)); // minute 1: p95 = 385 ms
        for (int i = 1; i <= 20; ++i)
            in.push_back(latency(i > 17 ? 1500 : 300, m0 + kMin + i * 3000)); // minute 2: p95 = 1500 ms
        QCOMPARE(store.applyPushed(in, m0 + 2 * kMin), 40);
        const Slo slo = parsed("id: lat\nobjective: 99.9\nlatency:\n  metric: aid_form.latency_ms\n"
                               "  match: {service: aid_form}\n  threshold: \"< 800\"\n");
        SloRecorder recorder(store);
        const SloRecorder::Slice good = recorder.sliceAt(slo, m0 + kMin);
        const SloRecorder::Slice bad = recorder.sliceAt(slo, m0 + 2 * kMin);
        const SloRecorder::Slice none = recorder.sliceAt(slo, m0 + 3 * kMin);
        QCOMPARE(good.total, 1.0);
        QCOMPARE(good.bad, 0.0);
        QCOMPARE(bad.total, 1.0);
        QCOMPARE(bad.bad, 1.0);
        QCOMPARE(none.total, 0.0);
    }

    // A 2 % error ratio against a 99.9 % objective burns the budget 20 times too fast. From clean
    // traffic, burn(W) after k minutes of it is 20·k/W; so the fast page (14.4x over 1h and 5m)
    // fires at k = 44, the slow page (6x over 6h and 30m) at k = 109, the ticket (1x over 3d and
    // 6h) at k = 217.
    void burnRateAlertsFireAtTheDocumentedTimes()
    {
        SeriesStore store;
        const TimestampMs t0 = 1'800'000'000'000LL / kHour * kHour;
        const TimestampMs begin = t0 - 3 * kDay - 10 * kMin;
        const TimestampMs end = t0 + 4 * kHour;
        std::vector<PushedSample> in;
        double ok = 0, errors = 0;
        for (TimestampMs t = begin; t <= end; t += kMin) {
            const bool burning = t > t0;
            ok += burning ? 980 : 1000;
            errors += burning ? 20 : 0;
            in.push_back(counter("200", ok, t));
            in.push_back(counter("500", errors, t));
        }
        QCOMPARE(store.applyPushed(in, end), int(in.size()));

        const Slo slo = parsed(kRatioSlo);
        SloRecorder recorder(store);
        recorder.setSlos(std::make_shared<const std::vector<Slo>>(std::vector<Slo>{slo}));
        const SloRecorder::Slice slice = recorder.sliceAt(slo, t0 + kMin);
        QCOMPARE(slice.total, 1000.0);
        QCOMPARE(slice.bad, 20.0);

        Evaluator evaluator(store);
        evaluator.setRules(std::make_shared<const std::vector<Rule>>(slo.alertRules()));
        std::map<QString, TimestampMs> firedAt;
        QVERIFY(recorder.recordUntil(t0 - 3 * kDay) > 0); // the first slices, back to raw retention
        for (TimestampMs t = t0 - 3 * kDay + kMin; t <= end; t += kMin) {
            QCOMPARE(recorder.recordUntil(t + 1500), 1); // a slice is recorded once its minute has ended
            for (const AlertTransition &tr : evaluator.evaluateAt(t + 1500))
                if (tr.to == AlertState::Firing && !firedAt.count(tr.rule))
                    firedAt[tr.rule] = t;
        }
        QCOMPARE(firedAt.size(), size_t(3));
        QCOMPARE((firedAt.at(QStringLiteral("SLO_aid_availability_fast_burn")) - t0) / kMin, 44);
        QCOMPARE((firedAt.at(QStringLiteral("SLO_aid_availability_slow_burn")) - t0) / kMin, 109);
        QCOMPARE((firedAt.at(QStringLiteral("SLO_aid_availability_budget_burn")) - t0) / kMin, 217);

        // The recorded burn rates at t0 + 4h: 20x over 1h, 20·240/360 over 6h.
        QCOMPARE(recorder.burnRate(slo, kHour).value_or(-1), 20.0);
        QVERIFY(std::abs(recorder.burnRate(slo, 6 * kHour).value_or(-1) - 20.0 * 240 / 360) < 1e-8); // recorded to 9 decimals
        // The budget left: 1 - burn over the SLO window (here everything recorded: 4800 bad events
        // out of the requests of every recorded slice).
        double requests = 0;
        for (const SeriesKey &k : store.select(QStringLiteral("slo_total_events"), {{QStringLiteral("slo"), slo.id}}))
            for (const Sample &x : store.range(k, begin - kDay, end))
                requests += x.v;
        QVERIFY(requests > 4.5e6);
        const double spent = 20.0 * 240 / requests / 0.001;
        const auto budgetKeys = store.select(QStringLiteral("slo_error_budget_remaining"), {{QStringLiteral("slo"), slo.id}});
        QCOMPARE(budgetKeys.size(), size_t(1));
        const std::vector<Sample> budget = store.range(budgetKeys.front(), end - kMin, end);
        QCOMPARE(budget.size(), size_t(1));
        QVERIFY2(std::abs(budget.back().v - (1.0 - spent)) < 1e-8, qPrintable(QString::number(budget.back().v)));

        // A recorder started later (a restart) continues after the last slice in the store.
        SloRecorder again(store);
        again.setSlos(std::make_shared<const std::vector<Slo>>(std::vector<Slo>{slo}));
        QCOMPARE(again.recordUntil(end + 1500), 0);
        QCOMPARE(again.recordUntil(end + kMin + 1500), 1);
    }
};

QTEST_GUILESS_MAIN(TestSlo)
#include "tst_slo.moc"
