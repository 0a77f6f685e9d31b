// Everything a dashboard shows at one instant: per tile, its TileData (chart, stat) or the text
// it needs (status, incidents, on call, SLO budget, clock). Computed off the GUI thread from the
// store and snapshots of the rules, incidents, rotations; the window only paints it.
#pragma once

#include "dash/TileData.h"
#include "oncall/Rotation.h"

#include <memory>

namespace hms {

struct OpsSnapshot {
    std::vector<Rule> rules;
    std::vector<Incident> incidents; // open ones and the recently resolved
    std::vector<Rotation> rotations;
    TimestampMs takenAt = 0;
};

struct TileFrame {
    TileData data;                      // chart, stat
    std::map<QString, QString> services; // status: service -> worst open severity ("" = ok)
    std::vector<Incident> open;          // incidents: newest first
    QString person;                      // oncall: who, "" for nobody
    TimestampMs until = 0;               // oncall: until when (0: no change ahead)
    bool knownRotation = true;           // oncall
    std::optional<double> budgetLeft;    // slo: error budget remaining, 1 = untouched
};

struct DashboardFrame {
    Dashboard dashboard;
    TimestampMs from = 0;
    TimestampMs to = 0;
    std::vector<TileFrame> tiles; // parallel to dashboard.tiles
    qint64 computeUs = 0;         // how long it took, for the status line and the benchmark
};

// `widthPx(i)`: the plot width of tile i in pixels (the decimation's bucket count). `cache`:
// the calling worker's DecimationCache, kept from frame to frame (or none).
std::shared_ptr<const DashboardFrame> computeFrame(const Dashboard &dashboard, const SeriesStore &store,
                                                   const OpsSnapshot &ops, TimestampMs to,
                                                   const std::function<int(size_t)> &widthPx,
                                                   DecimationCache *cache = nullptr);

} // namespace hms

Q_DECLARE_METATYPE(std::shared_ptr<const hms::DashboardFrame>)
