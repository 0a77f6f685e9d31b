// Dashboards: a grid of tiles, stored in ops.db as JSON (versioned), imported and exported as
// the same JSON. The format (docs/DASHBOARDS.md):
//
//   { "schema": 1, "name": "citizen_experience", "title": "Citizen Experience",
//     "time_range": "1h", "columns": 12,
//     "tiles": [ { "kind": "stat", "title": "p95 /apply-aid", "x": 0, "y": 0, "w": 3, "h": 2,
//                  "metric": "aid_form.latency_ms", "aggregate": "p95", "window": "1m",
//                  "match": { "endpoint": "/apply-aid" }, "unit": "ms" }, ... ] }
//
// Tile kinds: chart (lines, one per series or per `series_by` label value, with the rule's
// threshold and firing intervals), stat (big number and sparkline, coloured by the rule's state),
// status (services × state), incidents (ticker), oncall (who is on call in `rotation`), slo (error
// budget gauge of `slo`), clock (UTC and local time).
#pragma once

#include "core/Types.h"
#include "rules/Rule.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace hms {

struct DashboardTile {
    enum class Kind { Chart, Stat, Status, Incidents, OnCall, Slo, Clock };
    Kind kind = Kind::Chart;
    QString title;
    int x = 0, y = 0, w = 1, h = 1; // grid cells; x + w <= columns
    // chart, stat
    QString metric;                         // with `query`: the query's text (its series' name)
    QString query;                          // PromQL on a Prometheus-compatible source
    QString source;                         // which one (empty: the first)
    std::optional<AggregateSpec> aggregate; // stat: required; chart: the aggregate line (else raw samples)
    qint64 windowMs = 60'000;               // of the aggregate
    Labels match;                           // series selector (equality)
    QString seriesBy;                       // chart: one line per value of this label
    QString rule;                           // whose threshold and state apply; empty: the rule on `metric`
    QString unit;                           // "ms", "%", ... shown after values
    int decimals = -1;                      // -1: automatic
    // oncall, slo
    QString rotation;
    QString slo;
};

struct Dashboard {
    static constexpr int kSchema = 1;
    QString name;  // [a-z0-9_-]{1,64}: the id, and the URL at /dashboard/NAME
    QString title;
    qint64 rangeMs = 3'600'000; // "time_range": how far back charts look
    int columns = 12;
    int rows = 0;               // the grid's height: the bottom of the lowest tile
    std::vector<DashboardTile> tiles;

    QJsonObject toJson() const;
};

QString tileKindName(DashboardTile::Kind kind); // "chart", ...

struct DashboardParseResult {
    std::optional<Dashboard> dashboard;
    // "citizen.json:4:17: unexpected character" for JSON syntax, "citizen.json: tiles[2].w:
    // expected an integer from 1 to 12, got 14" for a field: what was wrong and where.
    QString error;
};

DashboardParseResult parseDashboard(const QByteArray &json, const QString &fileName);

// The five built-in templates (resources/dashboards/*.json, compiled in), by name, in the order
// of the seed's §8: system_health, citizen_experience, payment_pipeline, legal_blocks, hitl_backlog.
std::vector<Dashboard> dashboardTemplates();

} // namespace hms
