// libFuzzer target for rule files (YAML through yaml-cpp).
#include "rules/Rule.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::RuleParseResult result = hms::parseRules(yaml, QStringLiteral("fuzz_rule.yml"));

    // Either rules or errors, never both, never neither.
    if (result.rules.empty() == result.errors.empty())
        std::abort();
    for (const hms::Rule &rule : result.rules) {
        if (rule.name.isEmpty() || rule.metric.isEmpty() || rule.windowMs <= 0 || rule.forMs < 0
            || rule.keepFiringForMs < 0 || !std::isfinite(rule.threshold.value) || rule.sourceLine < 1)
            std::abort();
        if (rule.aggregate.kind == hms::AggregateSpec::Kind::Quantile
            && !(rule.aggregate.quantile >= 0.0 && rule.aggregate.quantile <= 1.0))
            std::abort();
    }
    for (const hms::RuleParseError &e : result.errors) {
        if (e.message.isEmpty() || e.line < 0 || e.column < 0 || !e.toString().startsWith(u"fuzz_rule.yml"))
            std::abort();
    }
    return 0;
}
