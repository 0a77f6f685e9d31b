// libFuzzer target for on-call rotation files, and for who-is-on-call arithmetic.
#include "oncall/Rotation.h"

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
    if (r.members.empty() || r.handoffMs <= 0 || r.id.isEmpty())
        std::abort();
    // Probe times derived from the input bytes, plus the edges of the time axis.
    qint64 probes[4] = {r.startMs, r.startMs - 1, std::numeric_limits<qint64>::max(), 0};
    if (size >= 8)
        std::memcpy(&probes[3], data, 8);
    for (const qint64 t : probes) {
        const auto who = r.memberIndexAt(t);
        if (t < r.startMs ? who.has_value() : (!who || *who < 0 || *who >= int(r.members.size())))
            std::abort();
        const qint64 next = r.nextHandoffAfter(t);
        if (next <= t && t != std::numeric_limits<qint64>::max())
            std::abort();
    }
    return 0;
}
