#include "replay/ReplaySession.h"

#include "ingest/PushParser.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace hms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hms::ReplaySession", text);
}
} // namespace

ReplaySession::ReplaySession(IncidentBundle bundle)
    : m_bundle(std::move(bundle))
{
    SeriesStore::Options options;
    // Nothing is trimmed or rolled past retention: every sample of the bundle stays raw.
    options.retentionMs = std::numeric_limits<qint64>::max() / 4;
    options.minuteRetentionMs = options.retentionMs;
    options.hourRetentionMs = options.retentionMs;
    options.maxSeriesPerMetric = 1'000'000;
    m_store = std::make_unique<SeriesStore>(options);
    for (const BundleSeries &s : m_bundle.series) {
        std::vector<PushedSample> pushed;
        pushed.reserve(s.samples.size());
        std::size_t e = 0;
        for (const Sample &sample : s.samples) {
            PushedSample p;
            p.name = s.key.name;
            p.labels = s.key.labels;
            p.value = sample.v;
            p.timestampMs = sample.t;
            p.kind = PushedSample::Kind::Gauge;
            while (e < s.exemplars.size() && s.exemplars[e].t < sample.t)
                ++e;
            if (e < s.exemplars.size() && s.exemplars[e].t == sample.t)
                p.traceId = s.exemplars[e++].traceId;
            pushed.push_back(std::move(p));
        }
        m_store->applyPushed(pushed, m_bundle.to);
    }

    for (const BundleSource &src : m_bundle.rules) {
        const RuleParseResult parsed = parseRules(src.yaml, src.file);
        for (const RuleParseError &e : parsed.errors)
            m_warnings << e.toString();
        for (const Rule &r : parsed.rules)
            m_rules.push_back(r);
    }
    for (const BundleSource &src : m_bundle.slos) {
        const SloParseResult parsed = parseSlo(src.yaml, src.file);
        for (const RuleParseError &e : parsed.errors)
            m_warnings << e.toString();
        if (parsed.slo)
            for (Rule &r : parsed.slo->alertRules())
                m_rules.push_back(std::move(r));
    }

    const Incident &inc = m_bundle.incident;
    const auto rule = std::find_if(m_rules.begin(), m_rules.end(), [&](const Rule &r) { return r.name == inc.rule; });
    m_dashboard.name = QStringLiteral("replay");
    m_dashboard.title = tr("Replay of incident #%1").arg(inc.id);
    m_dashboard.columns = 12;
    m_dashboard.rangeMs = std::clamp<qint64>(m_bundle.to - m_bundle.from, 15 * 60'000, 60 * 60'000);
    DashboardTile chart;
    chart.kind = DashboardTile::Kind::Chart;
    chart.title = tr("%1 (%2 %3)").arg(inc.metric, inc.aggregate, inc.threshold);
    chart.metric = inc.metric;
    chart.rule = inc.rule;
    chart.x = 0;
    chart.y = 1;
    chart.w = 12;
    chart.h = 3;
    if (rule != m_rules.end()) {
        chart.match = rule->match;
        chart.aggregate = rule->aggregate;
        chart.windowMs = rule->windowMs;
    }
    int x = 0;
    if (rule != m_rules.end()) {
        DashboardTile stat;
        stat.kind = DashboardTile::Kind::Stat;
        stat.title = tr("%1 of %2").arg(rule->aggregate.text, inc.metric);
        stat.metric = inc.metric;
        stat.match = rule->match;
        stat.aggregate = rule->aggregate;
        stat.windowMs = rule->windowMs;
        stat.rule = inc.rule;
        stat.unit = inc.metric.endsWith(QStringLiteral("_ms")) ? QStringLiteral("ms") : QString();
        stat.x = x;
        stat.w = 4;
        x += 4;
        m_dashboard.tiles.push_back(stat);
    }
    std::set<QString> slos;
    for (const BundleSeries &s : m_bundle.series)
        if (s.key.name == u"slo_error_budget_remaining" && s.key.labels.count(QStringLiteral("slo")))
            slos.insert(s.key.labels.at(QStringLiteral("slo")));
    for (const QString &slo : slos) {
        if (x >= 8)
            break;
        DashboardTile budget;
        budget.kind = DashboardTile::Kind::Stat;
        budget.title = tr("SLO %1: error budget left").arg(slo);
        budget.metric = QStringLiteral("slo_error_budget_remaining");
        budget.match = {{QStringLiteral("slo"), slo}};
        AggregateSpec last;
        last.kind = AggregateSpec::Kind::Last;
        last.text = QStringLiteral("last");
        budget.aggregate = last;
        budget.windowMs = 5 * 60'000;
        budget.x = x;
        budget.w = 4;
        x += 4;
        m_dashboard.tiles.push_back(budget);
    }
    DashboardTile incidents;
    incidents.kind = DashboardTile::Kind::Incidents;
    incidents.title = tr("Open at this moment");
    incidents.x = x;
    incidents.w = 12 - x;
    m_dashboard.tiles.push_back(incidents);
    m_dashboard.tiles.push_back(chart);
    m_dashboard.rows = 4;
}

std::optional<Incident> ReplaySession::incidentAt(TimestampMs t) const
{
    Incident inc = m_bundle.incident;
    if (t < inc.openedAt)
        return std::nullopt;
    inc.state = Incident::State::Triggered;
    inc.acknowledgedAt = 0;
    inc.acknowledgedBy.clear();
    inc.resolvedAt = 0;
    inc.resolvedBy.clear();
    inc.rootCauseUrl.clear();
    inc.assignee.clear(); // as assigned by the events up to t, not as it ended
    inc.assigneePager.clear();
    // Events are in id order; their times need not be (a transition carries its evaluation time).
    for (const IncidentEvent &e : m_bundle.events) {
        if (e.at > t)
            continue;
        if (e.kind == u"acknowledged") {
            inc.state = Incident::State::Acknowledged;
            inc.acknowledgedAt = e.at;
            inc.acknowledgedBy = e.data.value(QStringLiteral("by")).toString();
        } else if (e.kind == u"resolved") {
            inc.state = Incident::State::Resolved;
            inc.resolvedAt = e.at;
            inc.resolvedBy = e.data.value(QStringLiteral("by")).toString();
        } else if (e.kind == u"assigned" || e.kind == u"escalated" || e.kind == u"paged" || e.kind == u"reassigned") {
            const QString who = e.data.value(e.kind == u"reassigned" ? QStringLiteral("to") : QStringLiteral("assignee")).toString();
            if (!who.isEmpty()) {
                inc.assignee = who;
                inc.assigneePager = e.data.value(QStringLiteral("pager")).toString();
            }
        } else if (e.kind == u"root_cause") {
            inc.rootCauseUrl = e.data.value(QStringLiteral("url")).toString();
        }
    }
    return inc;
}

OpsSnapshot ReplaySession::snapshotAt(TimestampMs t) const
{
    OpsSnapshot s;
    s.rules = m_rules;
    if (auto inc = incidentAt(t))
        s.incidents.push_back(*inc);
    s.takenAt = t;
    return s;
}

std::shared_ptr<const DashboardFrame> ReplaySession::frameAt(TimestampMs t, const std::function<int(size_t)> &widthPx) const
{
    return computeFrame(m_dashboard, *m_store, snapshotAt(t), t, widthPx);
}

std::vector<ReplaySession::Moment> ReplaySession::moments() const
{
    std::vector<Moment> out;
    for (const IncidentEvent &e : m_bundle.events)
        out.push_back({e.at, e.kind, e.message, -1});
    for (int i = 0; i < int(m_bundle.annotations.size()); ++i) {
        const BundleAnnotation &a = m_bundle.annotations[std::size_t(i)];
        out.push_back({a.at, QStringLiteral("annotation"), tr("%1 (%2)").arg(a.text, a.by), i});
    }
    std::stable_sort(out.begin(), out.end(), [](const Moment &a, const Moment &b) { return a.at < b.at; });
    return out;
}

int ReplaySession::momentIndexAt(TimestampMs t) const
{
    const std::vector<Moment> all = moments();
    int index = -1;
    for (int i = 0; i < int(all.size()); ++i)
        if (all[std::size_t(i)].at <= t)
            index = i;
    return index;
}

std::optional<TimestampMs> ReplaySession::nextMomentAfter(TimestampMs t) const
{
    for (const Moment &m : moments())
        if (m.at > t)
            return m.at;
    return std::nullopt;
}

std::optional<TimestampMs> ReplaySession::previousMomentBefore(TimestampMs t) const
{
    std::optional<TimestampMs> found;
    for (const Moment &m : moments())
        if (m.at < t)
            found = m.at;
    return found;
}

void ReplaySession::addAnnotation(TimestampMs at, const QString &text, const QString &by, TimestampMs now)
{
    m_bundle.annotations.push_back({at, text, by, now});
}

} // namespace hms
