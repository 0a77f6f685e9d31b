// The Gorilla time-series codec (Pelkonen et al., "Gorilla: A Fast, Scalable, In-Memory Time
// Series Database", VLDB 2015), with the millisecond bucket sizes of Prometheus' XOR chunks.
//
// Stream format (bits are written most significant first; the last byte is zero-padded).
// The number of samples is NOT in the stream: the caller keeps it beside the blob.
//
//   sample 0     64 bits  first timestamp (int64 two's complement)
//                64 bits  first value (the raw IEEE-754 bits, so NaN payloads and -0.0 survive)
//   sample i>0   timestamp: the delta-of-delta dod = (t[i] − t[i−1]) − (t[i−1] − t[i−2]),
//                with the delta before sample 1 taken as 0 (so sample 1 stores its plain delta
//                with the same buckets). All timestamp arithmetic is modulo 2^64, so decreasing
//                timestamps and deltas that overflow int64 still round-trip exactly.
//                  '0'                    dod == 0
//                  '10'   + 14 bits       dod in [−8192, 8191]        (signed, two's complement)
//                  '110'  + 17 bits       dod in [−65536, 65535]
//                  '1110' + 20 bits       dod in [−524288, 524287]
//                  '1111' + 64 bits       anything else
//                value: x = bits(v[i]) XOR bits(v[i−1])
//                  '0'                    x == 0 (same value)
//                  '10'   + m bits        x fits the previous window (leading ≥ L, trailing ≥ T);
//                                         m = 64 − L − T bits of x >> T
//                  '11'   + 5 bits L + 6 bits m + m bits
//                                         a new window: L leading zeros (clamped to 31), m
//                                         meaningful bits (64 is written as 0), x >> (64 − L − m)
//                The encoder picks '11' over '10' when the new window is cheaper overall.
//
// A regular series costs 1 bit per timestamp; an unchanged value costs 1 bit.
#pragma once

#include "core/Types.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace hms {

// Appends bits, most significant first, to a growing byte string.
class BitWriter {
public:
    // Appends the low `n` bits of `value` (0 <= n <= 64).
    void writeBits(std::uint64_t value, int n);
    void writeBit(bool bit) { writeBits(bit ? 1 : 0, 1); }
    qint64 bitCount() const { return qint64(m_bytes.size()) * 8 + m_pendingBits; }
    // The bits so far, the last byte zero-padded.
    QByteArray bytes() const;
    std::size_t sizeBytes() const { return std::size_t(m_bytes.size()) + std::size_t((m_pendingBits + 7) / 8); }

private:
    QByteArray m_bytes; // whole 64-bit words, big-endian
    std::uint64_t m_pending = 0; // the last m_pendingBits (< 64) bits, right-aligned
    int m_pendingBits = 0;
};

// Reads bits, most significant first. Reading past the end sets failed() and returns 0; once
// failed, every read returns 0.
class BitReader {
public:
    explicit BitReader(QByteArrayView bytes)
        : m_data(bytes)
        , m_totalBits(qint64(bytes.size()) * 8)
    {
    }
    // The next `n` bits (0 <= n <= 64), right-aligned.
    std::uint64_t readBits(int n);
    bool readBit() { return readBits(1) != 0; }
    // The next `n` bits (1 <= n <= 64) without consuming them, zero-filled past the end.
    std::uint64_t peekBits(int n) const { return m_failed ? 0 : peek64() >> (64 - n); }
    // Consumes `n` bits (0 <= n <= 64); past the end, fails.
    void skip(int n);
    bool failed() const { return m_failed; }
    qint64 position() const { return m_position; }
    qint64 remainingBits() const { return m_totalBits - m_position; }

private:
    std::uint64_t peek64() const; // 64 bits from m_position, zero-filled past the end
    QByteArrayView m_data;
    qint64 m_totalBits = 0;
    qint64 m_position = 0;
    bool m_failed = false;
};

class GorillaEncoder {
public:
    // Timestamps must not decrease (Q_ASSERT); a decreasing one is still encoded exactly.
    void append(TimestampMs t, double v);
    int count() const { return m_count; }
    // 0 while empty.
    TimestampMs firstTime() const { return m_firstTime; }
    TimestampMs lastTime() const { return m_lastTime; }
    // The encoded stream so far; decodable at any point with count().
    QByteArray bytes() const { return m_writer.bytes(); }
    std::size_t sizeBytes() const { return m_writer.sizeBytes(); }

private:
    void writeTimestamp(TimestampMs t);
    void writeValue(std::uint64_t bits);

    BitWriter m_writer;
    int m_count = 0;
    TimestampMs m_firstTime = 0;
    TimestampMs m_lastTime = 0;
    std::uint64_t m_lastDelta = 0;
    std::uint64_t m_lastValue = 0;
    int m_leading = -1; // the current XOR window; -1 until the first '11'
    int m_trailing = 0;
};

class GorillaDecoder {
public:
    // `count` is the number of samples in `bytes` (kept by the caller). A negative count, or one
    // that `bytes` cannot possibly hold, fails at once. The view must outlive the decoder.
    GorillaDecoder(QByteArrayView bytes, int count);
    // The next sample; false at the end or on malformed input (then failed() is true).
    bool next(Sample &out);
    bool failed() const { return m_failed; }
    int remaining() const { return m_count - m_index; }

private:
    bool fail();
    BitReader m_reader;
    int m_count = 0;
    int m_index = 0;
    bool m_failed = false;
    std::uint64_t m_time = 0;
    std::uint64_t m_delta = 0;
    std::uint64_t m_value = 0;
    int m_leading = -1;
    int m_trailing = 0;
};

// One stream of all `samples` (time order).
QByteArray encodeAll(const std::vector<Sample> &samples);

// All `count` samples of `bytes`; on malformed input an empty vector and *ok = false.
std::vector<Sample> decodeAll(QByteArrayView bytes, int count, bool *ok = nullptr);

// The most samples a stream of `bytes` bytes can hold (128 bits for the first, ≥ 2 for each next).
qint64 maxGorillaSamples(qint64 bytes);

} // namespace hms
