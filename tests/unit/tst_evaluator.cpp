// The alert state machine on hand-built series, evaluated at explicit times.
#include "rules/AlertState.h"
#include "rules/Evaluator.h"
#include "store/SeriesStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace hms;

namespace {
std::shared_ptr<const std::vector<Rule>> rules(const char *yaml)
{
    const RuleParseResult r = parseRules(QByteArray(yaml), QStringLiteral("t.yml"));
    if (!r.ok())
        qFatal("bad test rule: %s", qPrintable(r.errors.front().toString()));
    return std::make_shared<const std::vector<Rule>>(r.rules);
}

void push(SeriesStore &store, TimestampMs t, double v, Labels labels = {})
{
    PushedSample p;
    p.name = QStringLiteral("aid_form.latency_ms");
    p.value = v;
    p.timestampMs = t;
    p.labels = std::move(labels);
    store.applyPushed({p}, t);
}

const char *kSeedRule = "name: AID_LAT_P95_HIGH\n"
                        "metric: aid_form.latency_ms\n"
                        "aggregate: p95\n"
                        "threshold: \"> 1000\"\n"
                        "for: 2s\n"
                        "window: 10s\n"
                        "severity: critical\n"
                        "labels: {team: fema}\n";
} // namespace

class TestEvaluator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pendingThenFiringAfterFor()
    {
        SeriesStore store;
        Evaluator ev(store);
        ev.setRules(rules(kSeedRule));
        QSignalSpy changed(&ev, &Evaluator::alertsChanged);
        for (int s = 1; s <= 6; ++s)
            push(store, s * 1000, 1500);
        QVERIFY(ev.evaluateAt(500).empty()); // nothing in the window yet

        auto t = ev.evaluateAt(1000); // first true tick: pending, activeAt = 1000
        QCOMPARE(t.size(), std::size_t(1));
        QCOMPARE(t[0].from, AlertState::Inactive);
        QCOMPARE(t[0].to, AlertState::Pending);
        QCOMPARE(t[0].activeAt, 1000);
        QVERIFY(ev.evaluateAt(2000).empty()); // 1 s < for
        t = ev.evaluateAt(3000);              // t − activeAt = 2 s ≥ for: firing
        QCOMPARE(t.size(), std::size_t(1));
        QCOMPARE(t[0].to, AlertState::Firing);
        QCOMPARE(t[0].value, 1500.0);
        QCOMPARE(changed.count(), 2);

        // Alert labels: series labels + rule labels + severity + alertname.
        const Labels expected{{QStringLiteral("alertname"), QStringLiteral("AID_LAT_P95_HIGH")},
                              {QStringLiteral("severity"), QStringLiteral("critical")},
                              {QStringLiteral("team"), QStringLiteral("fema")}};
        QCOMPARE(t[0].labels, expected);
        QCOMPARE(t[0].fingerprint, fingerprint(expected));
    }

    void pendingResetsWhenTheConditionIsFalse()
    {
        SeriesStore store;
        Evaluator ev(store);
        ev.setRules(rules(kSeedRule));
        push(store, 1000, 1500);
        QCOMPARE(ev.evaluateAt(1000).at(0).to, AlertState::Pending);
        push(store, 2000, 10);
        push(store, 2001, 10);
        push(store, 2002, 10);
        push(store, 2003, 10);
        push(store, 2004, 10); // p95 of {1500, 10×4} = 1202 still > 1000...
        auto t = ev.evaluateAt(2004);
        QVERIFY(t.empty());
        // ...until the slow sample leaves the 10 s window: inactive, and `for` starts over.
        t = ev.evaluateAt(11000);
        QCOMPARE(t.size(), std::size_t(1));
        QCOMPARE(t[0].from, AlertState::Pending);
        QCOMPARE(t[0].to, AlertState::Inactive);
        push(store, 12000, 1500);
        push(store, 12001, 1500);
        push(store, 12002, 1500);
        push(store, 12003, 1500);
        t = ev.evaluateAt(13000);
        QCOMPARE(t.at(0).to, AlertState::Pending);
        QCOMPARE(t.at(0).activeAt, 13000);
    }

    void resolvesWhenValuesDropAndWhenDataStops()
    {
        SeriesStore store;
        Evaluator ev(store);
        ev.setRules(rules("metric: aid_form.latency_ms\naggregate: last\nthreshold: \"> 1000\"\nwindow: 5s\n"));
        push(store, 1000, 1500);
        QCOMPARE(ev.evaluateAt(1000).at(0).to, AlertState::Firing); // for: 0 fires at once
        push(store, 2000, 200);
        auto t = ev.evaluateAt(2000);
        QCOMPARE(t.at(0).from, AlertState::Firing);
        QCOMPARE(t.at(0).to, AlertState::Inactive);
        QCOMPARE(t.at(0).value, 200.0);
        push(store, 3000, 1500);
        QCOMPARE(ev.evaluateAt(3000).at(0).to, AlertState::Firing);
        // No sample in the window any more: no result, the alert resolves (as in PromQL).
        t = ev.evaluateAt(9000);
        QCOMPARE(t.at(0).to, AlertState::Inactive);
    }

    void keepFiringFor()
    {
        SeriesStore store;
        Evaluator ev(store);
        ev.setRules(rules("metric: aid_form.latency_ms\naggregate: last\nthreshold: \"> 1000\"\n"
                          "keep_firing_for: 3s\n"));
        push(store, 1000, 1500);
        QCOMPARE(ev.evaluateAt(1000).at(0).to, AlertState::Firing);
        push(store, 2000, 10);
        // As Prometheus: kept firing until keep_firing_for has passed since the first evaluation
        // that found the condition false (2 s), so it resolves at 5 s, not 3 s after the last true.
        QVERIFY(ev.evaluateAt(2000).empty());
        QVERIFY(ev.evaluateAt(3000).empty());
        QVERIFY(ev.evaluateAt(4000).empty());
        const auto t = ev.evaluateAt(5000);
        QCOMPARE(t.at(0).to, AlertState::Inactive);
        QCOMPARE(t.at(0).value, 10.0); // the value that resolved it; the alert's own value stays 1500
        // True again during keep_firing_for restarts the clock.
        push(store, 6000, 1500);
        QCOMPARE(ev.evaluateAt(6000).at(0).to, AlertState::Firing);
        push(store, 7000, 10);
        QVERIFY(ev.evaluateAt(7000).empty());
        push(store, 8000, 1500);
        QVERIFY(ev.evaluateAt(8000).empty());
        push(store, 9000, 10);
        QVERIFY(ev.evaluateAt(9000).empty());
        QVERIFY(ev.evaluateAt(11000).empty()); // 2 s since 9 s
        QCOMPARE(ev.evaluateAt(12000).at(0).to, AlertState::Inactive);
    }

    void restoredAlertsKeepActiveAtAndDropRowsOfGoneRules()
    {
        SeriesStore store;
        Evaluator ev(store);
        ev.setRules(rules("name: SLOW\nmetric: aid_form.latency_ms\naggregate: last\nthreshold: \"> 1000\"\nfor: 10s\n"));
        AlertSnapshot kept;
        kept.rule = QStringLiteral("SLOW");
        kept.labels = {{QStringLiteral("alertname"), QStringLiteral("SLOW")}, {QStringLiteral("severity"), QStringLiteral("warning")}};
        kept.fingerprint = fingerprint(kept.labels); // as the evaluator computed it before the restart
        kept.series = SeriesKey{QStringLiteral("aid_form.latency_ms"), {}};
        kept.state = AlertState::Pending;
        kept.activeAt = 1000;
        AlertSnapshot gone = kept;
        gone.rule = QStringLiteral("DELETED");
        QSignalSpy stored(&ev, &Evaluator::alertStatesChanged);
        ev.restoreAlerts({kept, gone});
        QCOMPARE(stored.count(), 1);
        QCOMPARE(stored.at(0).at(1).toStringList(), QStringList{alertStateKey(QStringLiteral("DELETED"), kept.fingerprint)});
        QCOMPARE(ev.alerts().size(), std::size_t(1));
        QCOMPARE(ev.alerts().front().activeAt, 1000);
        // The condition still holds after the restart: firing at activeAt + for, not 10 s later.
        push(store, 11000, 1500);
        const auto t = ev.evaluateAt(11000);
        QCOMPARE(t.size(), std::size_t(1));
        QCOMPARE(t.at(0).from, AlertState::Pending);
        QCOMPARE(t.at(0).to, AlertState::Firing);
        QCOMPARE(t.at(0).activeAt, 1000);
    }

    void oneAlertPerSeriesLabelSet()
    {
        SeriesStore store;
        Evaluator ev(store);
        ev.setRules(rules("metric: aid_form.latency_ms\naggregate: max\nthreshold: \">= 1s\"\n"
                          "match: {env: prod}\n"));
        push(store, 1000, 1000, {{QStringLiteral("endpoint"), QStringLiteral("/apply-aid")}, {QStringLiteral("env"), QStringLiteral("prod")}});
        push(store, 1000, 1500, {{QStringLiteral("endpoint"), QStringLiteral("/status-check")}, {QStringLiteral("env"), QStringLiteral("prod")}});
        push(store, 1000, 999, {{QStringLiteral("endpoint"), QStringLiteral("/other")}, {QStringLiteral("env"), QStringLiteral("prod")}});
        push(store, 1000, 5000, {{QStringLiteral("endpoint"), QStringLiteral("/apply-aid")}, {QStringLiteral("env"), QStringLiteral("dev")}});
        const auto t = ev.evaluateAt(1000);
        QCOMPARE(t.size(), std::size_t(2)); // 1000 ≥ 1 s and 1500; not 999; dev is not matched
        QSet<QString> endpoints;
        for (const AlertTransition &a : t)
            endpoints << a.labels.at(QStringLiteral("endpoint"));
        QCOMPARE(endpoints, (QSet<QString>{QStringLiteral("/apply-aid"), QStringLiteral("/status-check")}));
        QVERIFY(t[0].fingerprint != t[1].fingerprint);
    }

    void unchangedRuleKeepsStateChangedRuleResolves()
    {
        SeriesStore store;
        Evaluator ev(store);
        ev.setRules(rules(kSeedRule));
        for (int s = 1; s <= 10; ++s)
            push(store, s * 1000, 1500);
        ev.evaluateAt(1000);
        QCOMPARE(ev.evaluateAt(3000).at(0).to, AlertState::Firing);
        ev.setRules(rules(kSeedRule)); // same definition: still firing, no transition
        QVERIFY(ev.evaluateAt(4000).empty());
        QByteArray changed(kSeedRule);
        changed.replace("> 1000", "> 1200");
        ev.setRules(rules(changed.constData()));
        const auto t = ev.evaluateAt(5000);
        // The old definition's alert resolves; the new one starts pending from scratch.
        QCOMPARE(t.size(), std::size_t(2));
        QCOMPARE(t[0].to, AlertState::Inactive);
        QCOMPARE(t[1].to, AlertState::Pending);
    }

    void tickerRunsOnItsGrid()
    {
        SeriesStore store;
        Evaluator ev(store);
        QSignalSpy ticks(&ev, &Evaluator::evaluated);
        ev.start(100);
        QVERIFY(ticks.wait(2000));
        QVERIFY(ticks.count() >= 1 || ticks.wait(2000));
        const auto tick = ticks.last().at(0).value<std::shared_ptr<const EvalTick>>();
        QCOMPARE(tick->at % 100, 0); // evaluated at a grid point k·interval
        ev.stop();
    }
};

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
