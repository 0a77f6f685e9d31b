// libFuzzer target for on-call rotation files, and for who-is-on-call arithmetic.
#include "oncall/Rotation.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <limits>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::RotationParseResult result = hms::parseRotation(yaml, QStringLiteral("fuzz_rotation.yml"));

    if (result.rotation.has_value() == !result.errors.empty())
        std::abort();
    if (!result.rotation)
        return 0;
    const hms::Rotation &r = *result.rotation;
    if (r.members.empty() || r.layers.empty() || r.id.isEmpty())
        std::abort();
    for (const hms::RotationLayer &l : r.layers) {
        if (l.turnMs <= 0 || l.members.empty())
            std::abort();
    }
    for (size_t i = 1; i < r.overrides.size(); ++i) {
        if (r.overrides[i].startMs < r.overrides[i - 1].endMs) // sorted, never overlapping
            std::abort();
    }
    // Probe times derived from the input bytes, plus the edges of the time axis.
    const qint64 start = r.instantOf(r.layers.front().startLocalMs);
    qint64 probes[5] = {start, start - 1, std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::min(), 0};
    if (size >= 8)
        std::memcpy(&probes[4], data, 8);
    for (const qint64 t : probes) {
        const auto who = r.memberIndexAt(t);
        if (who && (*who < 0 || *who >= int(r.members.size())))
            std::abort();
        const qint64 next = r.nextHandoffAfter(t);
        if (next <= t && t < hms::Rotation::kMaxMs)
            std::abort();
        // Nobody changes before the handoff it announces.
        if (next < hms::Rotation::kMaxMs && r.memberIndexAt(next - 1) != r.memberIndexAt(std::max(t, hms::Rotation::kMinMs)))
            std::abort();
        // Local time and back is the identity, outside skipped hours.
        const qint64 clamped = std::clamp(t, hms::Rotation::kMinMs + 3 * 86'400'000LL, hms::Rotation::kMaxMs - 3 * 86'400'000LL);
        if (r.instantOf(r.localOf(clamped)) > clamped)
            std::abort();
    }
    return 0;
}
