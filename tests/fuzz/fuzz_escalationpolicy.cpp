// libFuzzer target for escalation policy files, and for which-step-is-due arithmetic.
#include "oncall/EscalationPolicy.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::EscalationPolicyParseResult result
        = hms::parseEscalationPolicy(yaml, QStringLiteral("fuzz_escalationpolicy.yml"));

    if (result.policy.has_value() == !result.errors.empty())
        std::abort();
    for (const hms::RuleParseError &e : result.errors) {
        if (e.line < 1 || e.column < 1 || e.message.isEmpty())
            std::abort();
    }
    if (!result.policy)
        return 0;
    const hms::EscalationPolicy &p = *result.policy;
    using Policy = hms::EscalationPolicy;
    if (p.id.isEmpty() || p.steps.empty() || p.steps.size() > size_t(Policy::kMaxSteps) || p.repeat < 0
        || p.repeat > Policy::kMaxRepeat)
        std::abort();
    for (const hms::EscalationStep &s : p.steps) {
        // Exactly one target kind: a rotation id, or a named person.
        if (s.target.isRotation() == !s.target.person.name.isEmpty())
            std::abort();
        if (s.afterMs < Policy::kMinAfterMs || s.afterMs > Policy::kMaxAfterMs)
            std::abort();
    }

    // Every level is due at its dueAfterMs and stays due until the next one; the last one runs out.
    const int count = p.levelCount();
    if (count != int(p.steps.size()) * (p.repeat + 1))
        std::abort();
    for (int i = 0; i < count; ++i) {
        const auto level = p.level(i);
        const auto due = p.dueAfterMs(i);
        if (!level || !due || level->index != i || level->step != i % int(p.steps.size()))
            std::abort();
        const auto at = p.levelAt(*due);
        if (!at || at->index != i)
            std::abort();
        const qint64 end = *due + p.steps[size_t(level->step)].afterMs;
        const auto before = p.levelAt(end - 1);
        if (!before || before->index != i)
            std::abort();
        if (i + 1 < count ? p.dueAfterMs(i + 1) != end : p.levelAt(end).has_value())
            std::abort();
    }
    if (p.level(count) || p.dueAfterMs(count) || p.levelAt(std::numeric_limits<qint64>::max()))
        std::abort();
    qint64 probe = 0;
    if (size >= 8)
        std::memcpy(&probe, data, 8);
    if (const auto l = p.levelAt(probe); l && (l->index < 0 || l->index >= count))
        std::abort();
    return 0;
}
