// libFuzzer target for routing files (route, inhibit_rules), and for grouping and inhibition
// driven by the parsed configuration.
#include "alerting/Grouper.h"
#include "alerting/Routing.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::RoutingParseResult result = hms::parseRouting(yaml, QStringLiteral("fuzz_routing.yml"));
    if (result.config.has_value() == !result.errors.empty())
        std::abort();
    if (!result.config)
        return 0;
    const hms::RoutingConfig &c = *result.config;
    if (c.groupWaitMs < 0 || c.groupIntervalMs <= 0 || c.repeatIntervalMs <= 0)
        std::abort();
    // Group a few alerts built from the input's bytes; every firing alert is announced exactly once.
    hms::AlertGrouper g(c);
    std::vector<hms::InhibitSource> sources;
    for (size_t i = 0; i < std::min<size_t>(size, 8); ++i) {
        const hms::Labels labels{{QStringLiteral("alertname"), QString::number(data[i] % 3)},
                                 {QStringLiteral("service"), QString::number(data[i] % 2)},
                                 {QStringLiteral("severity"), data[i] % 2 ? QStringLiteral("page") : QStringLiteral("warning")}};
        const QString fp = QString::number(i);
        g.add({qint64(i + 1), fp, labels, false}, qint64(i) * 1000);
        (void)hms::inhibitedBy(c.inhibitRules, fp, labels, sources);
        sources.push_back({fp, labels});
    }
    size_t announced = 0;
    for (int step = 0; step < 8; ++step) {
        const auto due = g.nextDue();
        if (!due)
            break;
        for (const hms::GroupNotification &n : g.flushDue(*due, {}).notifications)
            announced += n.newIncidents.size();
    }
    if (announced > std::min<size_t>(size, 8))
        std::abort();
    return 0;
}
