#include "rules/Evaluator.h"

#include "store/Aggregates.h"
#include "rules/AlertState.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>
#include <QElapsedTimer>

namespace hms {

QString alertStateName(AlertState s)
{
    switch (s) {
    case AlertState::Inactive:
        return QStringLiteral("inactive");
    case AlertState::Pending:
        return QStringLiteral("pending");
    case AlertState::Firing:
        return QStringLiteral("firing");
    }
    return {};
}

bool sameDefinition(const Rule &a, const Rule &b)
{
    return a.name == b.name && a.metric == b.metric && a.annotations == b.annotations && a.aggregate.kind == b.aggregate.kind
        && a.aggregate.quantile == b.aggregate.quantile && a.threshold.op == b.threshold.op
        && a.threshold.value == b.threshold.value && a.forMs == b.forMs && a.windowMs == b.windowMs
        && a.keepFiringForMs == b.keepFiringForMs && a.severity == b.severity && a.match == b.match
        && a.labels == b.labels && a.notify == b.notify && a.playbook == b.playbook
        && a.escalation == b.escalation && a.query == b.query && a.source == b.source;
}

Evaluator::Evaluator(const SeriesStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Evaluator::onTick);
}

void Evaluator::setRules(std::shared_ptr<const std::vector<Rule>> rules)
{
    std::vector<RuleState> next;
    for (const Rule &rule : *rules) {
        RuleState state{rule, {}};
        for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
            if (it->rule.name == rule.name && sameDefinition(it->rule, rule)) {
                state.alerts = std::move(it->alerts); // unchanged rule: keep pending/firing progress
                m_rules.erase(it);
                break;
            }
        }
        next.push_back(std::move(state));
    }
    // What is left was removed or changed: its firing alerts resolve at the next tick.
    for (RuleState &old : m_rules)
        m_retired.push_back(std::move(old));
    m_rules = std::move(next);
}

// Prometheus' keep_firing_for: a firing alert whose condition no longer holds stays firing until
// keep_firing_for has passed since the first evaluation that found it false (keepFiringSince).
bool Evaluator::keepsFiring(Alert &alert, const Rule &rule, TimestampMs t)
{
    if (alert.state != AlertState::Firing || rule.keepFiringForMs <= 0)
        return false;
    if (alert.keepFiringSince == 0)
        alert.keepFiringSince = t;
    return t - alert.keepFiringSince < rule.keepFiringForMs;
}

std::vector<AlertSnapshot> Evaluator::alerts() const
{
    std::vector<AlertSnapshot> out;
    for (const RuleState &rs : m_rules)
        for (const auto &[fp, a] : rs.alerts)
            if (a.state != AlertState::Inactive)
                out.push_back({rs.rule.name, fp, a.labels, a.series, a.state, a.activeAt, a.keepFiringSince, a.value});
    return out;
}

void Evaluator::clearAlerts()
{
    for (RuleState &rs : m_rules)
        rs.alerts.clear();
    m_retired.clear();
    m_saved.clear();
}

void Evaluator::restoreAlerts(const std::vector<AlertSnapshot> &alerts)
{
    QStringList dropped;
    for (const AlertSnapshot &a : alerts) {
        const auto rs = std::find_if(m_rules.begin(), m_rules.end(), [&](const RuleState &r) { return r.rule.name == a.rule; });
        if (rs == m_rules.end() || a.state == AlertState::Inactive) {
            dropped << alertStateKey(a.rule, a.fingerprint); // its rule is gone: the stored row goes too
            continue;
        }
        // keepFiringSince (0 unless the alert was keeping itself firing) comes back as stored.
        rs->alerts[a.fingerprint] = Alert{a.labels, a.series, a.state, a.activeAt, a.keepFiringSince, a.value};
        m_saved[alertStateKey(a.rule, a.fingerprint)] = a;
    }
    if (!dropped.isEmpty())
        Q_EMIT alertStatesChanged({}, dropped);
}

void Evaluator::reportStates()
{
    std::map<QString, AlertSnapshot> current;
    for (const RuleState &rs : m_rules)
        for (const auto &[fp, a] : rs.alerts)
            if (a.state != AlertState::Inactive)
                current.emplace(alertStateKey(rs.rule.name, fp),
                                AlertSnapshot{rs.rule.name, fp, a.labels, a.series, a.state, a.activeAt,
                                              a.keepFiringSince, a.value});
    QList<AlertSnapshot> changed;
    QStringList removed;
    for (const auto &[key, a] : current) {
        const auto old = m_saved.find(key);
        if (old == m_saved.end() || old->second.state != a.state || old->second.activeAt != a.activeAt
            || old->second.keepFiringSince != a.keepFiringSince)
            changed.push_back(a);
    }
    for (const auto &[key, a] : m_saved)
        if (!current.count(key))
            removed << key;
    m_saved = std::move(current);
    if (!changed.isEmpty() || !removed.isEmpty())
        Q_EMIT alertStatesChanged(changed, removed);
}

std::vector<AlertTransition> Evaluator::evaluateAt(TimestampMs t)
{
    QElapsedTimer clock;
    clock.start();
    std::vector<AlertTransition> out;
    auto tick = std::make_shared<EvalTick>();
    tick->at = t;

    for (RuleState &retired : m_retired) {
        for (auto &[fp, alert] : retired.alerts) {
            if (alert.state == AlertState::Firing)
                out.push_back({retired.rule.name, fp, alert.labels, alert.series.name, AlertState::Firing,
                               AlertState::Inactive, alert.value, t, alert.activeAt, alert.series});
        }
    }
    m_retired.clear();

    // `query:` rules ask their sources first, all at once.
    std::vector<Rule> remoteRules;
    for (const RuleState &rs : m_rules)
        if (rs.rule.isRemote())
            remoteRules.push_back(rs.rule);
    std::vector<RemoteVector> remote;
    if (!remoteRules.empty()) {
        if (m_remote)
            remote = m_remote(remoteRules, t);
        remote.resize(remoteRules.size(), RemoteVector{tr("no Prometheus-compatible source is configured"), {}});
    }
    std::size_t remoteIndex = 0;

    for (RuleState &rs : m_rules) {
        const Rule &rule = rs.rule;
        std::map<QString, bool> seen;
        std::vector<std::pair<SeriesKey, double>> inputs;
        if (rule.isRemote()) {
            const RemoteVector &answer = remote[remoteIndex++];
            if (!answer.error.isEmpty()) {
                // As Prometheus does when a rule's query fails: nothing changes this tick.
                tick->errors.emplace_back(rule.name, answer.error);
                continue;
            }
            for (const auto &[labels, v] : answer.values)
                if (!std::isnan(v)) // 0/0 at zero traffic: no value, not a value that compares false
                    inputs.emplace_back(SeriesKey{rule.metric, labels}, v);
        } else {
            for (const SeriesKey &key : m_store.select(rule.metric, rule.match)) {
                const std::optional<double> v = m_store.aggregateWindow(key, rule.aggregate, t, rule.windowMs).value;
                if (v)
                    inputs.emplace_back(key, *v); // no samples in the window: no result, as in PromQL
            }
        }
        for (const auto &[key, v] : inputs) {
            const std::optional<double> value = v;
            Labels labels = key.labels;
            for (const auto &[k, v] : rule.labels)
                labels[k] = v;
            labels[QStringLiteral("severity")] = rule.severity;
            labels[QStringLiteral("alertname")] = rule.name;
            const QString fp = fingerprint(labels);
            const bool active = rule.threshold.test(*value);
            Alert &alert = rs.alerts[fp];
            alert.series = key;
            alert.labels = labels;
            seen[fp] = active;
            const AlertState before = alert.state;
            if (active) {
                alert.value = *value;
                alert.keepFiringSince = 0;
                if (alert.state == AlertState::Inactive) {
                    alert.state = AlertState::Pending;
                    alert.activeAt = t;
                }
                if (alert.state == AlertState::Pending && t - alert.activeAt >= rule.forMs)
                    alert.state = AlertState::Firing;
            } else if (!keepsFiring(alert, rule, t)) {
                alert.state = AlertState::Inactive; // the value stays the last one that held, as in Prometheus
            }
            tick->values.push_back({rule.name, key, *value, alert.state});
            // A transition reports the value that caused it (the alert keeps its last true value).
            if (before != alert.state)
                out.push_back({rule.name, fp, labels, key.name, before, alert.state, *value, t, alert.activeAt, key});
        }
        // Alerts whose series has no value any more behave as a false condition.
        for (auto it = rs.alerts.begin(); it != rs.alerts.end();) {
            Alert &alert = it->second;
            if (seen.count(it->first)) {
                if (alert.state == AlertState::Inactive)
                    it = rs.alerts.erase(it);
                else
                    ++it;
                continue;
            }
            const AlertState before = alert.state;
            if (keepsFiring(alert, rule, t)) {
                ++it;
                continue;
            }
            alert.state = AlertState::Inactive;
            if (before != AlertState::Inactive)
                out.push_back({rule.name, it->first, alert.labels, alert.series.name, before, AlertState::Inactive,
                               alert.value, t, alert.activeAt, alert.series});
            it = rs.alerts.erase(it);
        }
    }
    reportStates();
    ++m_ticks;
    tick->durationUs = clock.nsecsElapsed() / 1000;
    if (!out.empty())
        Q_EMIT alertsChanged(QList<AlertTransition>(out.begin(), out.end()));
    Q_EMIT evaluated(tick);
    return out;
}

void Evaluator::start(qint64 intervalMs)
{
    m_intervalMs = std::max<qint64>(10, intervalMs);
    scheduleNext();
}

void Evaluator::stop()
{
    m_timer.stop();
}

void Evaluator::scheduleNext()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 next = (now / m_intervalMs + 1) * m_intervalMs; // the fixed grid k·interval
    m_due = next;
    m_timer.start(int(next - now));
}

void Evaluator::onTick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Evaluate at the grid point we were scheduled for, even if the timer fired a little late.
    const TimestampMs at = now - now % m_intervalMs;
    QElapsedTimer took;
    took.start();
    evaluateAt(at);
    // Late by how long after the grid point this tick was due (not the remainder modulo the
    // interval: a tick 1.2 s late on a 1 s grid is 1,200 ms late, and the points it skipped
    // are not evaluated at all).
    if (m_tickReport)
        m_tickReport(at, m_due > 0 ? std::max<qint64>(0, now - m_due) : now - at, took.nsecsElapsed() / 1000);
    scheduleNext();
}

} // namespace hms
