// libFuzzer target for SLO files, and for the rules they generate.
#include "slo/Slo.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::SloParseResult result = hms::parseSlo(yaml, QStringLiteral("fuzz_slo.yml"));
    if (result.slo.has_value() == !result.errors.empty())
        std::abort();
    if (!result.slo)
        return 0;
    const hms::Slo &slo = *result.slo;
    if (!(slo.objective > 0 && slo.objective < 1) || slo.budget() <= 0 || slo.id.isEmpty())
        std::abort();
    if (slo.windowMs < 86'400'000LL || slo.windowMs > 35 * 86'400'000LL)
        std::abort();
    const std::vector<hms::Rule> rules = slo.alertRules();
    if (rules.size() != hms::kSloAlerts.size())
        std::abort();
    for (const hms::Rule &r : rules)
        if (r.match.at(QStringLiteral("slo")) != slo.id || r.metric != u"slo_alert_burn")
            std::abort();
    return 0;
}
