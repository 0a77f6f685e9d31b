#include "dash/DashboardFrame.h"

#include "store/SeriesStore.h"

#include <QElapsedTimer>

namespace hms {

std::shared_ptr<const DashboardFrame> computeFrame(const Dashboard &dashboard, const SeriesStore &store,
                                                   const OpsSnapshot &ops, TimestampMs to,
                                                   const std::function<int(size_t)> &widthPx, DecimationCache *cache)
{
    QElapsedTimer clock;
    clock.start();
    auto frame = std::make_shared<DashboardFrame>();
    frame->dashboard = dashboard;
    frame->to = to;
    frame->from = to - dashboard.rangeMs;
    std::vector<Incident> open;
    for (const Incident &i : ops.incidents)
        if (i.isOpen())
            open.push_back(i);
    std::sort(open.begin(), open.end(), [](const Incident &a, const Incident &b) { return a.openedAt > b.openedAt; });
    frame->tiles.resize(dashboard.tiles.size());
    for (size_t n = 0; n < dashboard.tiles.size(); ++n) {
        const DashboardTile &t = dashboard.tiles[n];
        TileFrame &f = frame->tiles[n];
        using Kind = DashboardTile::Kind;
        switch (t.kind) {
        case Kind::Chart:
        case Kind::Stat:
            f.data = computeTile(t, store, ops.rules, ops.incidents, frame->from, to, std::max(16, widthPx ? widthPx(n) : 300),
                                 cache);
            break;
        case Kind::Status:
            f.services = serviceStates(ops.rules, open);
            break;
        case Kind::Incidents:
            f.open = open;
            break;
        case Kind::OnCall: {
            const auto r = std::find_if(ops.rotations.begin(), ops.rotations.end(), [&](const Rotation &x) { return x.id == t.rotation; });
            f.knownRotation = r != ops.rotations.end();
            if (f.knownRotation) {
                if (const auto who = r->onCallAt(to)) {
                    f.person = r->members.at(size_t(who->member)).name;
                    f.until = who->until == std::numeric_limits<TimestampMs>::max() ? 0 : who->until;
                }
            }
            break;
        }
        case Kind::Slo:
            for (const SeriesKey &key : store.select(QStringLiteral("slo_error_budget_remaining"), {{QStringLiteral("slo"), t.slo}}))
                if (const auto s = store.latest(key))
                    f.budgetLeft = s->v;
            break;
        case Kind::Clock:
            break;
        }
    }
    frame->computeUs = clock.nsecsElapsed() / 1000;
    return frame;
}

} // namespace hms
