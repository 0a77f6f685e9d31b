#include "dash/TileData.h"

#include "dash/DecimationCache.h"

#include "store/MinMaxDecimator.h"
#include "store/SeriesStore.h"

#include <algorithm>
#include <cmath>

namespace hms {

QString formatTileValue(double v, const DashboardTile &tile, const QLocale &locale)
{
    if (!std::isfinite(v))
        return QStringLiteral("—");
    if (tile.unit == u"B") {
        const char *units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
        int u = 0;
        while (std::abs(v) >= 1024 && u < 4) {
            v /= 1024;
            ++u;
        }
        return QStringLiteral("%1 %2").arg(locale.toString(v, 'f', u == 0 ? 0 : 1), QLatin1String(units[u]));
    }
    if (tile.unit == u"ms" && std::abs(v) >= 10'000) // 460,820 ms reads as 7.7 min
        return std::abs(v) >= 120'000 ? QStringLiteral("%1 min").arg(locale.toString(v / 60'000, 'f', 1))
                                      : QStringLiteral("%1 s").arg(locale.toString(v / 1000, 'f', 1));
    const int decimals = tile.decimals >= 0 ? tile.decimals : std::abs(v) >= 100 ? 0 : std::abs(v) >= 10 ? 1 : 2;
    const QString number = locale.toString(v, 'f', decimals);
    if (tile.unit.isEmpty())
        return number;
    return tile.unit == u"%" ? QString(number + u'%') : QString(number + u' ' + tile.unit);
}

QString tileStateName(TileData::State state)
{
    switch (state) {
    case TileData::State::NoData:
        return QStringLiteral("nodata");
    case TileData::State::Ok:
        return QStringLiteral("ok");
    case TileData::State::Firing:
        return QStringLiteral("firing");
    case TileData::State::Acknowledged:
        return QStringLiteral("acknowledged");
    }
    return {};
}

namespace {
bool includes(const Labels &labels, const Labels &match)
{
    return std::all_of(match.begin(), match.end(), [&](const auto &kv) {
        const auto it = labels.find(kv.first);
        return it != labels.end() && it->second == kv.second;
    });
}
} // namespace

std::optional<Rule> ruleForTile(const DashboardTile &tile, const std::vector<Rule> &rules)
{
    for (const Rule &r : rules)
        if (!tile.rule.isEmpty() ? r.name == tile.rule : (r.metric == tile.metric && includes(tile.match, r.match)))
            return r;
    return std::nullopt;
}

std::map<QString, QString> serviceStates(const std::vector<Rule> &rules, const std::vector<Incident> &open)
{
    auto rank = [](const QString &severity) { return severity == u"critical" ? 3 : severity == u"warning" ? 2 : 1; };
    std::map<QString, QString> services;
    for (const Rule &r : rules) {
        QString service = r.metric.section(u'.', 0, 0);
        for (const Labels *labels : {&r.match, &r.labels}) // `labels` wins
            if (const auto it = labels->find(QStringLiteral("service")); it != labels->end() && !it->second.isEmpty())
                service = it->second;
        services.emplace(service, QString());
    }
    for (const Incident &i : open) {
        if (!i.isOpen())
            continue;
        QString &worst = services[i.service];
        if (worst.isEmpty() || rank(i.severity) > rank(worst))
            worst = i.severity;
    }
    return services;
}

std::vector<Sample> decimateMinMax(const std::vector<Sample> &points, TimestampMs from, TimestampMs to, int buckets)
{
    std::vector<Sample> out;
    if (buckets <= 0 || to <= from)
        return out;
    MinMaxDecimator decimator(from, to, buckets, out);
    for (const Sample &s : points)
        if (s.t >= from && s.t <= to)
            decimator.add(s, s);
    decimator.flush();
    return out;
}

TileData computeTile(const DashboardTile &tile, const SeriesStore &store, const std::vector<Rule> &rules,
                     const std::vector<Incident> &incidents, TimestampMs from, TimestampMs to, int buckets,
                     DecimationCache *cache)
{
    TileData data;
    if (tile.metric.isEmpty())
        return data;
    buckets = std::clamp(buckets, 1, 4000);
    data.rule = ruleForTile(tile, rules);
    const std::vector<SeriesKey> keys = store.select(tile.metric, tile.match);
    data.seriesCount = qint64(keys.size());
    const bool lowerIsWorse = data.rule
        && (data.rule->threshold.op == Threshold::Op::Less || data.rule->threshold.op == Threshold::Op::LessEqual);

    // Lines: one per series, or per value of series_by (series sharing a value are merged by
    // taking the worst point per bucket, as the decimation keeps both extremes anyway).
    std::map<QString, std::vector<Sample>> byLabel;
    constexpr size_t kMaxLines = 16;
    // The aggregate is evaluated at most every `step` (no finer than a pixel, no coarser than needed).
    const int steps = std::min(buckets, 240);
    const qint64 step = std::max<qint64>(1000, (to - from) / steps);
    for (const SeriesKey &key : keys) {
        std::optional<Sample> newest = store.latest(key);
        if (newest && newest->t > to) {
            // Replaying the past: "newest" is the last sample at or before `to` in the range.
            const std::vector<Sample> inRange = store.range(key, from, to);
            newest = inRange.empty() ? std::nullopt : std::optional<Sample>(inRange.back());
        }
        if (newest) {
            data.newest = std::max(data.newest, newest->t);
            if (!tile.aggregate && tile.kind == DashboardTile::Kind::Stat)
                data.value = !data.value ? newest->v : lowerIsWorse ? std::min(*data.value, newest->v) : std::max(*data.value, newest->v);
        }
        QString label = tile.seriesBy.isEmpty() ? formatLabels(key.labels) : QString();
        if (!tile.seriesBy.isEmpty()) {
            const auto it = key.labels.find(tile.seriesBy);
            label = it != key.labels.end() ? it->second : QString();
        }
        if (tile.kind == DashboardTile::Kind::Chart && byLabel.size() >= kMaxLines && !byLabel.contains(label))
            continue;
        std::vector<Sample> points;
        if (tile.aggregate) {
            // Aligned to the step so that successive frames compute the same instants.
            for (TimestampMs t = (from / step + 1) * step; t <= to; t += step) {
                const WindowResult r = store.aggregateWindow(key, *tile.aggregate, t, tile.windowMs);
                if (r.value)
                    points.push_back({t, *r.value});
            }
            // And now, whatever the grid: the line always reaches the present.
            if (points.empty() || points.back().t != to) {
                const WindowResult r = store.aggregateWindow(key, *tile.aggregate, to, tile.windowMs);
                if (r.value)
                    points.push_back({to, *r.value});
            }
            if (tile.kind == DashboardTile::Kind::Stat) {
                const WindowResult now = store.aggregateWindow(key, *tile.aggregate, to, tile.windowMs);
                if (now.value)
                    data.value = !data.value ? *now.value
                        : lowerIsWorse       ? std::min(*data.value, *now.value)
                                             : std::max(*data.value, *now.value);
            }
        } else {
            points = cache ? cache->decimated(store, key, from, to, buckets) : store.decimated(key, from, to, buckets);
        }
        std::vector<Sample> &line = byLabel[label];
        line.insert(line.end(), points.begin(), points.end());
        if (tile.kind == DashboardTile::Kind::Chart) {
            for (const Exemplar &e : store.exemplars(key, from, to))
                if (data.exemplars.size() < 500)
                    data.exemplars.push_back(e);
        }
    }
    for (auto &[label, points] : byLabel) {
        std::stable_sort(points.begin(), points.end(), [](const Sample &a, const Sample &b) { return a.t < b.t; });
        if (tile.kind == DashboardTile::Kind::Stat) {
            // The sparkline: all series of the stat folded into one line.
            data.spark.insert(data.spark.end(), points.begin(), points.end());
            continue;
        }
        data.lines.push_back({label, decimateMinMax(points, from, to, buckets)});
    }
    if (tile.kind == DashboardTile::Kind::Stat) {
        std::stable_sort(data.spark.begin(), data.spark.end(), [](const Sample &a, const Sample &b) { return a.t < b.t; });
        data.spark = decimateMinMax(data.spark, from, to, std::min(buckets, 120));
    }

    // State: firing while an open incident of the rule carries the tile's labels.
    data.state = keys.empty() || data.newest == 0 ? TileData::State::NoData : TileData::State::Ok;
    if (data.rule) {
        for (const Incident &i : incidents) {
            if (i.rule != data.rule->name || !includes(i.labels, tile.match))
                continue;
            const TimestampMs end = i.isOpen() ? to : i.resolvedAt;
            if (end > from && i.openedAt < to)
                data.firing.emplace_back(std::max(i.openedAt, from), std::min(end, to));
            if (!i.isOpen())
                continue;
            data.incidentIds.push_back(i.id);
            if (i.state == Incident::State::Triggered)
                data.state = TileData::State::Firing;
            else if (data.state != TileData::State::Firing)
                data.state = TileData::State::Acknowledged;
        }
    }
    data.stale = !keys.empty() && (data.newest == 0 || to - data.newest > TileData::kStaleAfterMs);
    return data;
}

} // namespace hms
