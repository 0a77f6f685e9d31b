// libFuzzer target for the Prometheus query API reader (remote/PromApi.h): any body either reads
// or is refused with a message; what reads has only well-formed series (matrix points strictly
// in time order), and the step grid helpers keep their promises for any input.
#include "remote/PromApi.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::PromResult r = hms::parsePromResponse(body, size > 0 ? 200 + data[0] % 400 : 200);
    if (!r.ok()) {
        if (!r.series.empty() && r.resultType != QStringLiteral("matrix") && r.resultType != QStringLiteral("vector"))
            std::abort();
    } else {
        for (const hms::PromSeries &s : r.series) {
            if (r.resultType == QStringLiteral("vector") && s.samples.size() != 1)
                std::abort();
            for (std::size_t i = 1; i < s.samples.size(); ++i)
                if (s.samples[i].t <= s.samples[i - 1].t)
                    std::abort();
        }
    }
    if (size >= 24) {
        qint64 a, b, step;
        std::memcpy(&a, data, 8);
        std::memcpy(&b, data + 8, 8);
        std::memcpy(&step, data + 16, 8);
        a %= 4'000'000'000'000LL;
        b %= 4'000'000'000'000LL;
        step = 1 + std::abs(step % 86'400'000LL);
        const hms::PromRange range = hms::alignRange(a, b, step);
        if (range.start % step != 0 || range.end % step != 0 || range.end < range.start || range.start > a)
            std::abort();
        if (hms::chooseStep(std::abs(b), 720, step) < step)
            std::abort();
    }
    return 0;
}
