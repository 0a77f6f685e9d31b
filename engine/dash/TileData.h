// What a chart or stat tile shows at one moment, computed from the store, the rules and the
// incidents: one function for the window (widgets/) and the /dashboard/NAME page, so both show
// the same numbers. Thread-safe over the store; the rules and incidents are snapshots.
#pragma once

#include "dash/Dashboard.h"
#include "incidents/Incident.h"

#include <QLocale>
#include <QString>
#include <map>
#include <vector>

namespace hms {

class DecimationCache;

class SeriesStore;

struct TileLine {
    QString label;              // the series_by value, or the series' labels
    std::vector<Sample> points; // in time order; decimated to at most 2 per bucket (M4 min/max)
};

struct TileData {
    enum class State { NoData, Ok, Firing, Acknowledged };
    State state = State::NoData;
    std::optional<double> value;           // stat: the aggregate now (the worst series when several)
    std::vector<Sample> spark;             // stat: the aggregate over the range, for the sparkline
    std::vector<TileLine> lines;           // chart
    std::vector<Exemplar> exemplars;       // chart: trace_id exemplars in the range
    std::optional<Rule> rule;              // whose threshold line and state apply
    std::vector<std::pair<TimestampMs, TimestampMs>> firing; // intervals of the rule's incidents in range
    std::vector<qint64> incidentIds;       // open incidents that make it firing
    TimestampMs newest = 0;                // newest sample of any matched series
    bool stale = false;                    // no sample for kStaleAfterMs (and the tile has series)
    qint64 seriesCount = 0;

    static constexpr qint64 kStaleAfterMs = 60'000;
};

QString tileStateName(TileData::State state); // "nodata", "ok", "firing", "acknowledged"
// A tile's value as shown: its unit ("ms", "%", "B" as KiB/MiB/GiB) and decimals (automatic:
// 0 from 100, 1 from 10, else 2).
QString formatTileValue(double v, const DashboardTile &tile, const QLocale &locale);

// The rule a tile follows: the one it names, else the first rule on its metric whose `match`
// the tile's match satisfies.
std::optional<Rule> ruleForTile(const DashboardTile &tile, const std::vector<Rule> &rules);

// `incidents`: open ones and those resolved within the range (for the shaded intervals).
// `buckets`: the plot's width in pixels (at most 2 points each per line). `cache`: a frame
// worker's DecimationCache (the lines then sit on its absolute bucket grid), or none.
TileData computeTile(const DashboardTile &tile, const SeriesStore &store, const std::vector<Rule> &rules,
                     const std::vector<Incident> &incidents, TimestampMs from, TimestampMs to, int buckets,
                     DecimationCache *cache = nullptr);

// Services by state, for status tiles and /status: every service a rule watches (its `service`
// label, else the metric's first dotted segment), mapped to the worst severity among its open
// incidents ("" when none: operational).
std::map<QString, QString> serviceStates(const std::vector<Rule> &rules, const std::vector<Incident> &open);

// Min/max-per-bucket (M4-style) decimation of points in time order: at most two per bucket, the
// bucket's minimum and maximum in time order, so every peak and trough survives. Pure, for tests
// and the naive-versus-decimated benchmark.
std::vector<Sample> decimateMinMax(const std::vector<Sample> &points, TimestampMs from, TimestampMs to, int buckets);

} // namespace hms
