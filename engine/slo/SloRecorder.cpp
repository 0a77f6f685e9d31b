#include "slo/SloRecorder.h"

#include "core/Duration.h"
#include "ingest/PushParser.h"
#include "store/Aggregates.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <algorithm>
#include <cmath>

namespace hms {

namespace {
const QString kBad = QStringLiteral("slo_bad_events");
const QString kTotal = QStringLiteral("slo_total_events");
const QString kBurn = QStringLiteral("slo_burn_rate");
const QString kBudget = QStringLiteral("slo_error_budget_remaining");
const QString kAlertBurn = QStringLiteral("slo_alert_burn");
constexpr qint64 kCounterLookbackMs = 5 * 60'000; // a counter's value at the slice start: its last sample this recent

// The counters' increase over (from, to] summed over the series, resets compensated; or the
// number of samples.
double events(const SeriesStore &store, const SloSelector &sel, TimestampMs from, TimestampMs to, bool countSamples)
{
    double sum = 0;
    for (const SeriesKey &key : store.select(sel.metric, sel.match)) {
        if (countSamples) {
            sum += double(store.range(key, from, to).size());
            continue;
        }
        const std::vector<Sample> samples = store.range(key, from - kCounterLookbackMs, to);
        std::optional<double> prev;
        for (const Sample &s : samples) {
            if (s.t <= from) {
                prev = s.v; // the value at the slice start
                continue;
            }
            if (prev)
                sum += s.v >= *prev ? s.v - *prev : s.v; // a reset starts again from 0
            prev = s.v;
        }
    }
    return sum;
}
} // namespace

SloRecorder::SloRecorder(SeriesStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_slos(std::make_shared<const std::vector<Slo>>())
    , m_timer(this) // a child, so that it moves to the recorder's thread with it
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        recordUntil(QDateTime::currentMSecsSinceEpoch());
        start();
    });
}

void SloRecorder::setSlos(std::shared_ptr<const std::vector<Slo>> slos)
{
    m_slos = slos ? std::move(slos) : std::make_shared<const std::vector<Slo>>();
    // A changed or new definition reads its history back from the store; a removed one is dropped.
    m_history.clear();
}

void SloRecorder::start()
{
    m_started = true;
    const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    const TimestampMs next = (now / kSliceMs + 1) * kSliceMs + 1000;
    m_timer.start(int(next - now));
}

qint64 SloRecorder::longestWindow(const Slo &slo)
{
    qint64 w = slo.windowMs;
    for (const qint64 x : kSloBurnWindows)
        w = std::max(w, x);
    return w;
}

SloRecorder::History &SloRecorder::history(const Slo &slo, TimestampMs now)
{
    if (const auto it = m_history.find(slo.id); it != m_history.end())
        return it->second;
    History &h = m_history[slo.id];
    const Labels match{{QStringLiteral("slo"), slo.id}};
    const TimestampMs from = now - longestWindow(slo);
    // Per slice end: (bad, total), from raw samples where kept, else from the 1 h rollups.
    std::map<TimestampMs, std::pair<double, double>> slices;
    for (const bool bad : {true, false}) {
        for (const SeriesKey &key : m_store.select(bad ? kBad : kTotal, match)) {
            const std::vector<Sample> raw = m_store.range(key, from, now);
            const TimestampMs rawStart = raw.empty() ? now : raw.front().t;
            for (const RollupBucket &b : m_store.rollups(key, Resolution::Hour, from, rawStart)) {
                const TimestampMs end = b.start + qint64(Resolution::Hour);
                if (end < rawStart && b.start >= from)
                    (bad ? slices[end].first : slices[end].second) += b.sum;
            }
            for (const Sample &x : raw)
                (bad ? slices[x.t].first : slices[x.t].second) += x.v;
        }
    }
    double cumBad = 0, cumTotal = 0;
    for (const auto &[end, v] : slices) {
        cumBad += v.first;
        cumTotal += v.second;
        h.entries.push_back({end, cumBad, cumTotal});
    }
    // Recorded before a restart: continue after the newest slice; else from raw retention.
    const TimestampMs rawFrom = (now - m_store.options().retentionMs) / kSliceMs * kSliceMs;
    h.last = h.entries.empty() ? rawFrom : std::max(rawFrom, h.entries.back().end);
    return h;
}

int SloRecorder::recordUntil(TimestampMs now)
{
    const TimestampMs end = now / kSliceMs * kSliceMs;
    int recorded = 0;
    for (const Slo &slo : *m_slos) {
        History &h = history(slo, now);
        for (TimestampMs e = h.last + kSliceMs; e <= end; e += kSliceMs) {
            record(slo, h, e);
            ++recorded;
        }
    }
    return recorded;
}

SloRecorder::Slice SloRecorder::sliceAt(const Slo &slo, TimestampMs end) const
{
    const TimestampMs from = end - kSliceMs;
    Slice s;
    if (slo.kind == Slo::Kind::ErrorRatio) {
        s.bad = events(m_store, slo.errors, from, end, slo.countSamples);
        s.total = events(m_store, slo.total, from, end, slo.countSamples);
        s.bad = std::min(s.bad, s.total);
        return s;
    }
    // A time slice: bad when any series breaks the objective; no samples, no verdict.
    for (const SeriesKey &key : m_store.select(slo.latency.metric, slo.latency.match)) {
        const std::vector<Sample> samples = m_store.range(key, from, end);
        if (samples.empty())
            continue;
        s.total = 1;
        const auto v = aggregate(slo.aggregate, samples, from, end);
        if (v && !slo.threshold.test(*v))
            s.bad = 1;
    }
    return s;
}

std::optional<double> SloRecorder::burnRate(const Slo &slo, qint64 windowMs) const
{
    const auto it = m_history.find(slo.id);
    if (it == m_history.end() || it->second.entries.empty())
        return std::nullopt;
    const History &h = it->second;
    const Entry &last = h.entries.back();
    // The running totals at the newest slice that ended at or before the window's start.
    const TimestampMs start = last.end - windowMs;
    const auto after = std::upper_bound(h.entries.begin(), h.entries.end(), start,
                                        [](TimestampMs t, const Entry &e) { return t < e.end; });
    const double baseBad = after == h.entries.begin() ? h.baseBad : std::prev(after)->cumBad;
    const double baseTotal = after == h.entries.begin() ? h.baseTotal : std::prev(after)->cumTotal;
    const double total = last.cumTotal - baseTotal;
    if (total <= 0)
        return std::nullopt;
    // Nine decimals: 2160/360000 over a 0.1 % budget is 6, not 6.000000000000001 (1 − 0.999 is not
    // 0.001 in binary), so that "burn > 6" means what the arithmetic says at the boundary.
    return std::round((last.cumBad - baseBad) / total / slo.budget() * 1e9) / 1e9;
}

void SloRecorder::record(const Slo &slo, History &h, TimestampMs end)
{
    auto gauge = [&](const QString &name, Labels labels, double v) {
        labels.insert_or_assign(QStringLiteral("slo"), slo.id);
        PushedSample p;
        p.name = name;
        p.labels = std::move(labels);
        p.value = v;
        p.timestampMs = end;
        p.kind = PushedSample::Kind::Gauge;
        return p;
    };
    const Slice slice = sliceAt(slo, end);
    const Entry prev = h.entries.empty() ? Entry{0, h.baseBad, h.baseTotal} : h.entries.back();
    h.entries.push_back({end, prev.cumBad + slice.bad, prev.cumTotal + slice.total});
    h.last = end;
    while (!h.entries.empty() && h.entries.front().end <= end - longestWindow(slo) - kSliceMs) {
        h.baseBad = h.entries.front().cumBad;
        h.baseTotal = h.entries.front().cumTotal;
        h.entries.pop_front();
    }

    std::vector<PushedSample> out{gauge(kBad, {}, slice.bad), gauge(kTotal, {}, slice.total)};
    for (const qint64 w : kSloBurnWindows)
        if (const auto b = burnRate(slo, w))
            out.push_back(gauge(kBurn, {{QStringLiteral("window"), sloWindowText(w)}}, *b));
    if (const auto b = burnRate(slo, slo.windowMs)) {
        out.push_back(gauge(kBurn, {{QStringLiteral("window"), sloWindowText(slo.windowMs)}}, *b));
        out.push_back(gauge(kBudget, {}, 1.0 - *b));
    }
    for (const SloAlertSpec &a : kSloAlerts) {
        const auto l = burnRate(slo, a.longMs);
        const auto s = burnRate(slo, a.shortMs);
        if (l && s)
            out.push_back(gauge(kAlertBurn, {{QStringLiteral("alert"), QLatin1String(a.name)}}, std::min(*l, *s)));
    }
    m_store.applyPushed(out, end);
}

} // namespace hms
