// libFuzzer target for the Gorilla codec.
// (1) The input as a blob: byte 0 gives the sample count, the rest is decoded. Must not crash;
//     a successful decode yields exactly `count` samples, which re-encode and decode to themselves.
// (2) The input as samples: 16-byte records (int64 dt, double v), little-endian. dt is made
//     non-negative and spread over every delta-of-delta bucket (dt >> (dt & 63)); the first record's
//     dt is the start time itself. Encoded, then decoded (also at the halfway point): any
//     difference in a timestamp or in a value's bits aborts.
#include "store/Gorilla.h"

#include <QtEndian>

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <vector>

namespace {

bool sameBits(const std::vector<hms::Sample> &a, const std::vector<hms::Sample> &b, std::size_t n)
{
    if (a.size() < n || b.size() < n)
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        if (a[i].t != b[i].t || std::bit_cast<std::uint64_t>(a[i].v) != std::bit_cast<std::uint64_t>(b[i].v))
            return false;
    }
    return true;
}

void roundTrip(const std::vector<hms::Sample> &samples)
{
    hms::GorillaEncoder encoder;
    QByteArray half;
    const std::size_t halfCount = samples.size() / 2;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        if (i == halfCount)
            half = encoder.bytes();
        encoder.append(samples[i].t, samples[i].v);
    }
    if (encoder.count() != int(samples.size()) || encoder.sizeBytes() != std::size_t(encoder.bytes().size()))
        std::abort();
    bool ok = false;
    const auto decoded = hms::decodeAll(encoder.bytes(), encoder.count(), &ok);
    if (!ok || decoded.size() != samples.size() || !sameBits(decoded, samples, samples.size()))
        std::abort();
    const auto firstHalf = hms::decodeAll(half, int(halfCount), &ok);
    if (!ok || firstHalf.size() != halfCount || !sameBits(firstHalf, samples, halfCount))
        std::abort();
}

void decodeBlob(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return;
    const int count = int(data[0]);
    const QByteArrayView blob(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    bool ok = false;
    const auto decoded = hms::decodeAll(blob, count, &ok);
    if (ok != (decoded.size() == std::size_t(count)) || (!ok && !decoded.empty()))
        std::abort();
    // The streaming decoder agrees: the same samples, or a failure before `count` of them.
    hms::GorillaDecoder decoder(blob, count);
    std::vector<hms::Sample> streamed;
    hms::Sample s;
    while (decoder.next(s))
        streamed.push_back(s);
    if (decoder.failed() == ok || streamed.size() > std::size_t(count)
        || (ok && !sameBits(streamed, decoded, decoded.size())))
        std::abort();
    // Whatever decoded re-encodes exactly (when time does not go backwards: that asserts).
    for (std::size_t i = 1; i < decoded.size(); ++i) {
        if (decoded[i].t < decoded[i - 1].t)
            return;
    }
    if (ok)
        roundTrip(decoded);
}

void encodeRecords(const std::uint8_t *data, std::size_t size)
{
    std::vector<hms::Sample> samples;
    hms::TimestampMs t = 0;
    for (std::size_t at = 0; at + 16 <= size; at += 16) {
        const auto raw = qFromLittleEndian<std::uint64_t>(data + at);
        const double v = std::bit_cast<double>(qFromLittleEndian<std::uint64_t>(data + at + 8));
        if (samples.empty()) {
            t = std::bit_cast<hms::TimestampMs>(raw);
        } else {
            constexpr hms::TimestampMs maxTime = std::numeric_limits<hms::TimestampMs>::max();
            const auto dt = hms::TimestampMs((raw & std::uint64_t(maxTime)) >> (raw & 63));
            t = t > maxTime - dt ? maxTime : t + dt; // saturate: time must not go backwards
        }
        samples.push_back({t, v});
    }
    roundTrip(samples);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    decodeBlob(data, size);
    encodeRecords(data, size);
    return 0;
}
