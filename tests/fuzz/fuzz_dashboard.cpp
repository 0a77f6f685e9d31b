// libFuzzer target for dashboard JSON: never crashes, and whatever it accepts is a grid it can
// lay out (tiles inside the columns, none overlapping) that survives its own JSON unchanged.
#include "dash/Dashboard.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::DashboardParseResult result = hms::parseDashboard(json, QStringLiteral("fuzz.json"));
    if (result.dashboard.has_value() == !result.error.isEmpty())
        std::abort();
    if (!result.dashboard)
        return 0;
    const hms::Dashboard &d = *result.dashboard;
    for (size_t i = 0; i < d.tiles.size(); ++i) {
        const hms::DashboardTile &t = d.tiles[i];
        if (t.x < 0 || t.w < 1 || t.x + t.w > d.columns || t.y < 0 || t.h < 1 || t.y + t.h > d.rows)
            std::abort();
        for (size_t j = 0; j < i; ++j) {
            const hms::DashboardTile &u = d.tiles[j];
            if (t.x < u.x + u.w && u.x < t.x + t.w && t.y < u.y + u.h && u.y < t.y + t.h)
                std::abort();
        }
    }
    const QJsonObject once = d.toJson();
    const hms::DashboardParseResult again = hms::parseDashboard(QJsonDocument(once).toJson(), QStringLiteral("again.json"));
    if (!again.dashboard || again.dashboard->toJson() != once)
        std::abort();
    return 0;
}
