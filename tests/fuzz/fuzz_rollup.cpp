// libFuzzer target for the rollup chunk codec (five length-prefixed Gorilla streams).
// Byte 0 gives the bucket count, the rest is decoded. Must not crash; a successful decode yields
// exactly `count` buckets, which re-encode to a blob that decodes to the same bits.
#include "store/Rollup.h"

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {
bool sameBits(double a, double b)
{
    return std::bit_cast<std::uint64_t>(a) == std::bit_cast<std::uint64_t>(b);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const int count = int(data[0]);
    const QByteArrayView blob(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    bool ok = false;
    const auto buckets = hms::decodeRollups(blob, count, &ok);
    if ((ok && buckets.size() != std::size_t(count)) || (!ok && !buckets.empty()))
        std::abort();
    if (!ok)
        return 0;
    for (std::size_t i = 1; i < buckets.size(); ++i)
        if (buckets[i].start < buckets[i - 1].start)
            return 0; // the encoder asserts on time going backwards
    const auto again = hms::decodeRollups(hms::encodeRollups(buckets), count, &ok);
    if (!ok || again.size() != buckets.size())
        std::abort();
    for (std::size_t i = 0; i < again.size(); ++i) {
        const auto &a = again[i], &b = buckets[i];
        if (a.start != b.start || !sameBits(a.min, b.min) || !sameBits(a.max, b.max) || !sameBits(a.sum, b.sum)
            || !sameBits(a.count, b.count) || !sameBits(a.last, b.last))
            std::abort();
    }
    return 0;
}
