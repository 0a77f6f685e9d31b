// The alert-rule evaluator: a worker QObject living on its own QThread, evaluating every rule on
// a fixed tick with Prometheus' alert state machine (inactive → pending → firing → resolved).
#pragma once

#include "core/Types.h"
#include "rules/Rule.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace hms {

class SeriesStore;

enum class AlertState { Inactive, Pending, Firing };
QString alertStateName(AlertState s);

// One change of one alert (one rule × one series label set).
struct AlertTransition {
    QString rule;
    QString fingerprint;   // of `labels`
    Labels labels;         // alertname + series labels (without the metric name) + rule labels + severity
    QString seriesName;    // the metric
    AlertState from = AlertState::Inactive;
    AlertState to = AlertState::Inactive;
    double value = 0.0;    // the aggregate at `at` (last known value when resolving)
    TimestampMs at = 0;    // evaluation time
    TimestampMs activeAt = 0;
    SeriesKey series;      // the series whose aggregate fired (its exemplars go on the incident)
};

// An alert as the evaluator holds it (for rule tests, the API and restart safety).
struct AlertSnapshot {
    QString rule;
    QString fingerprint;
    Labels labels;       // as in AlertTransition
    SeriesKey series;
    AlertState state = AlertState::Inactive;
    TimestampMs activeAt = 0;
    TimestampMs keepFiringSince = 0; // first evaluation that found a firing alert's condition false
    double value = 0.0;
};

// What one tick computed, for views that plot the rule's aggregate beside the raw samples.
struct RuleValue {
    QString rule;
    SeriesKey series;
    double value = 0.0;
    AlertState state = AlertState::Inactive;
};
struct EvalTick {
    TimestampMs at = 0;
    qint64 durationUs = 0;
    std::vector<RuleValue> values;
    std::vector<std::pair<QString, QString>> errors; // rule, why its evaluation failed this tick
};

// A query rule's instant vector at one evaluation, from its Prometheus-compatible source.
struct RemoteVector {
    QString error; // set: the evaluation failed, and the rule's alerts keep their state this tick
    std::vector<std::pair<Labels, double>> values;
};
// Runs the queries of these rules at time t (all at once), blocking until each has answered or
// timed out; one result per rule, in order.
using RemoteQueryFn = std::function<std::vector<RemoteVector>(const std::vector<Rule> &rules, TimestampMs t)>;

class Evaluator : public QObject {
    Q_OBJECT
public:
    explicit Evaluator(const SeriesStore &store, QObject *parent = nullptr);

    // Replaces the rule set. An alert whose rule is unchanged (same name, same definition) keeps
    // its state; alerts of removed or changed rules are resolved at the next tick.
    void setRules(std::shared_ptr<const std::vector<hms::Rule>> rules);
    // One evaluation at time `t` (also what the timer calls). Returns the transitions and emits
    // alertsChanged() when there are any, and evaluated() always.
    std::vector<AlertTransition> evaluateAt(TimestampMs t);
    // Every pending or firing alert, by rule then fingerprint.
    std::vector<AlertSnapshot> alerts() const;
    // After setRules, before the first evaluation: alerts as stored before a restart (see
    // rules/AlertState.h for what a restart does). Alerts of rules that no longer exist are dropped.
    void restoreAlerts(const std::vector<AlertSnapshot> &alerts);
    // Forgets every alert (nothing is reported): before restoreAlerts when this instance takes
    // the evaluator lease over, so that it continues from the shared store, not from its own past.
    void clearAlerts();
    // How `query:` rules are evaluated (remote/RemoteHub.h). Without it they fail, visibly.
    void setRemoteQuery(RemoteQueryFn fn) { m_remote = std::move(fn); }
    // Called after every scheduled tick with the grid time, how late the tick started (ms) and
    // how long it took (µs): the engine stores them as ops_evaluator_tick_lag_ms and
    // ops_evaluator_tick_duration_ms, so a starved evaluator shows on a chart and can alert.
    using TickReportFn = std::function<void(TimestampMs at, qint64 lagMs, qint64 durationUs)>;
    void setTickReport(TickReportFn fn) { m_tickReport = std::move(fn); }

    // Starts ticking every `intervalMs` on the grid t = k·interval (call in the evaluator's thread).
    void start(qint64 intervalMs);
    void stop();
    qint64 intervalMs() const { return m_intervalMs; }
    qint64 ticks() const { return m_ticks; }

Q_SIGNALS:
    void alertsChanged(const QList<hms::AlertTransition> &transitions);
    // What must be stored for restarts, once per tick with changes: alerts whose state, activeAt
    // or keepFiringSince changed, and the keys
    // (alertStateKey) of alerts that became inactive.
    void alertStatesChanged(const QList<hms::AlertSnapshot> &changed, const QStringList &removed);
    void evaluated(std::shared_ptr<const hms::EvalTick> tick);

private:
    struct Alert {
        Labels labels;
        SeriesKey series;
        AlertState state = AlertState::Inactive;
        TimestampMs activeAt = 0;
        TimestampMs keepFiringSince = 0; // for keep_firing_for; 0 while the condition holds
        double value = 0.0;
    };
    struct RuleState {
        Rule rule;
        std::map<QString, Alert> alerts; // by fingerprint
    };
    void scheduleNext();
    void onTick();

    const SeriesStore &m_store;
    std::vector<RuleState> m_rules;
    std::vector<RuleState> m_retired; // rules removed or changed: resolve their firing alerts
    std::map<QString, AlertSnapshot> m_saved; // what alertStatesChanged last reported, by key
    void reportStates();
    static bool keepsFiring(Alert &alert, const Rule &rule, TimestampMs t);
    QTimer m_timer;
    RemoteQueryFn m_remote;
    TickReportFn m_tickReport;
    TimestampMs m_due = 0; // the grid point the timer was set for
    qint64 m_intervalMs = 1000;
    qint64 m_ticks = 0;
};

bool sameDefinition(const Rule &a, const Rule &b);

} // namespace hms

Q_DECLARE_METATYPE(hms::AlertTransition)
Q_DECLARE_METATYPE(hms::AlertSnapshot)
Q_DECLARE_METATYPE(std::shared_ptr<const hms::EvalTick>)
