// libFuzzer target for the threshold comparison parser. The first byte picks the metric's unit.
#include "rules/Threshold.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto unit = static_cast<hms::TimeUnit>(data[0] % 3);
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const hms::ThresholdParseResult result = hms::parseThreshold(text, unit);

    // Exactly one of a threshold and an error, the error inside the text.
    if (result.threshold.has_value() == !result.error.isEmpty())
        std::abort();
    if (result.threshold) {
        const hms::Threshold &t = *result.threshold;
        if (!std::isfinite(t.value) || t.text != text || t.opSymbol().isEmpty())
            std::abort();
        if (t.test(std::nan("")))
            std::abort(); // NaN never satisfies
        // A parsed threshold prints back to something that parses to the same comparison.
        const QString again = t.opSymbol() + u' ' + QString::number(t.value, 'g', 17);
        const hms::ThresholdParseResult round = hms::parseThreshold(again, unit);
        if (!round.threshold || round.threshold->op != t.op || round.threshold->value != t.value)
            std::abort();
    } else if (result.errorColumn < 0 || result.errorColumn > text.size()) {
        std::abort();
    }
    return 0;
}
