// libFuzzer target for Alertmanager's GET /api/v2/alerts answer (remote/AlertmanagerApi.h): any
// body either reads or is refused with a message, never half-read.
#include "remote/AlertmanagerApi.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::AmAlertsResult r = hms::parseAmAlerts(body, QStringLiteral("am"));
    if (!r.error.isEmpty() && !r.alerts.empty())
        std::abort();
    for (const hms::ExternalAlert &a : r.alerts)
        if (a.source != QStringLiteral("am"))
            std::abort();
    (void)hms::amSilenceId(body);
    return 0;
}
