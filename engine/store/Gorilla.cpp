#include "store/Gorilla.h"

#include <QtEndian>

#include <algorithm>
#include <bit>
#include <cstring>

namespace hms {

namespace {

constexpr std::uint64_t lowMask(int n)
{
    return n >= 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
}

// The delta-of-delta buckets: control prefix, its length, and the payload width.
struct DodBucket {
    std::uint64_t prefix;
    int prefixBits;
    int payloadBits;
};
constexpr DodBucket dodBuckets[] = {{0b10, 2, 14}, {0b110, 3, 17}, {0b1110, 4, 20}};
constexpr DodBucket dodWide = {0b1111, 4, 64};

bool fitsSigned(std::int64_t v, int bits)
{
    const std::int64_t limit = std::int64_t(1) << (bits - 1);
    return v >= -limit && v < limit;
}

std::uint64_t signExtend(std::uint64_t v, int bits)
{
    if (bits >= 64)
        return v;
    const std::uint64_t sign = std::uint64_t(1) << (bits - 1);
    return (v & sign) ? (v | ~lowMask(bits)) : v;
}

constexpr int firstSampleBits = 128;
constexpr int minNextSampleBits = 2;

} // namespace

// ---------------------------------------------------------------------------------------------
// BitWriter

void BitWriter::writeBits(std::uint64_t value, int n)
{
    Q_ASSERT(n >= 0 && n <= 64);
    if (n <= 0)
        return;
    value &= lowMask(n);
    const int space = 64 - m_pendingBits; // >= 1
    if (n < space) {
        m_pending = (m_pending << n) | value;
        m_pendingBits += n;
        return;
    }
    // Fill a whole word with the pending bits and the top `space` bits of value.
    const int rest = n - space; // 0..63
    const std::uint64_t word = (space == 64 ? 0 : m_pending << space) | (value >> rest);
    char buf[8];
    qToBigEndian(word, buf);
    m_bytes.append(buf, 8);
    m_pending = value & lowMask(rest);
    m_pendingBits = rest;
}

QByteArray BitWriter::bytes() const
{
    QByteArray out = m_bytes;
    if (m_pendingBits > 0) {
        char buf[8];
        qToBigEndian(m_pending << (64 - m_pendingBits), buf);
        out.append(buf, (m_pendingBits + 7) / 8);
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// BitReader

std::uint64_t BitReader::peek64() const
{
    const qint64 byte = m_position >> 3;
    const int shift = int(m_position & 7);
    const qint64 available = m_data.size() - byte;
    const auto *at = reinterpret_cast<const unsigned char *>(m_data.data()) + byte;
    std::uint64_t word = 0;
    unsigned int next = 0;
    if (available >= 9) {
        word = qFromBigEndian<std::uint64_t>(at);
        next = at[8];
    } else if (available > 0) {
        unsigned char buf[9] = {};
        std::memcpy(buf, at, std::size_t(available));
        word = qFromBigEndian<std::uint64_t>(buf);
        next = buf[8];
    }
    if (shift > 0)
        word = (word << shift) | (next >> (8 - shift));
    return word;
}

void BitReader::skip(int n)
{
    if (n <= 0 || m_failed)
        return;
    if (n > 64 || qint64(n) > m_totalBits - m_position) {
        m_failed = true;
        m_position = m_totalBits;
        return;
    }
    m_position += n;
}

std::uint64_t BitReader::readBits(int n)
{
    if (n <= 0 || m_failed)
        return 0;
    const std::uint64_t value = peekBits(std::min(n, 64));
    skip(n);
    return m_failed ? 0 : value;
}

// ---------------------------------------------------------------------------------------------
// GorillaEncoder

void GorillaEncoder::append(TimestampMs t, double v)
{
    Q_ASSERT_X(m_count == 0 || t >= m_lastTime, "GorillaEncoder::append", "timestamps must not decrease");
    writeTimestamp(t);
    writeValue(std::bit_cast<std::uint64_t>(v));
    if (m_count == 0)
        m_firstTime = t;
    m_lastTime = t;
    ++m_count;
}

void GorillaEncoder::writeTimestamp(TimestampMs t)
{
    const auto time = std::uint64_t(t);
    if (m_count == 0) {
        m_writer.writeBits(time, 64);
        return;
    }
    // Modulo 2^64: exact for any pair of int64 timestamps, increasing or not.
    const std::uint64_t delta = time - std::uint64_t(m_lastTime);
    const std::uint64_t dod = delta - m_lastDelta;
    m_lastDelta = delta;
    if (dod == 0) {
        m_writer.writeBit(false);
        return;
    }
    const auto signedDod = std::bit_cast<std::int64_t>(dod);
    for (const DodBucket &b : dodBuckets) {
        if (fitsSigned(signedDod, b.payloadBits)) {
            m_writer.writeBits(b.prefix, b.prefixBits);
            m_writer.writeBits(dod, b.payloadBits);
            return;
        }
    }
    m_writer.writeBits(dodWide.prefix, dodWide.prefixBits);
    m_writer.writeBits(dod, dodWide.payloadBits);
}

void GorillaEncoder::writeValue(std::uint64_t bits)
{
    if (m_count == 0) {
        m_writer.writeBits(bits, 64);
        m_lastValue = bits;
        return;
    }
    const std::uint64_t x = bits ^ m_lastValue;
    m_lastValue = bits;
    if (x == 0) {
        m_writer.writeBit(false);
        return;
    }
    const int leading = std::min(std::countl_zero(x), 31); // 5 bits
    const int trailing = std::countr_zero(x);
    const int meaningful = 64 - leading - trailing; // 1..64
    if (m_leading >= 0 && leading >= m_leading && trailing >= m_trailing) {
        const int windowBits = 64 - m_leading - m_trailing;
        // Reuse the window unless a fresh, tighter one is cheaper including its 11-bit header.
        if (windowBits <= meaningful + 11) {
            m_writer.writeBits(0b10, 2);
            m_writer.writeBits(x >> m_trailing, windowBits);
            return;
        }
    }
    m_writer.writeBits(0b11, 2);
    m_writer.writeBits(std::uint64_t(leading), 5);
    m_writer.writeBits(std::uint64_t(meaningful & 63), 6); // 64 -> 0
    m_writer.writeBits(x >> trailing, meaningful);
    m_leading = leading;
    m_trailing = trailing;
}

// ---------------------------------------------------------------------------------------------
// GorillaDecoder

qint64 maxGorillaSamples(qint64 bytes)
{
    const qint64 bits = std::max<qint64>(0, bytes) * 8;
    return bits < firstSampleBits ? 0 : 1 + (bits - firstSampleBits) / minNextSampleBits;
}

GorillaDecoder::GorillaDecoder(QByteArrayView bytes, int count)
    : m_reader(bytes)
    , m_count(std::max(count, 0))
{
    if (count < 0 || count > maxGorillaSamples(bytes.size()))
        fail();
}

bool GorillaDecoder::fail()
{
    m_failed = true;
    m_index = m_count;
    return false;
}

bool GorillaDecoder::next(Sample &out)
{
    if (m_failed || m_index >= m_count)
        return false;
    if (m_index == 0) {
        m_time = m_reader.readBits(64);
        m_value = m_reader.readBits(64);
    } else {
        // Timestamp: the control prefix is up to four ones, ended by a zero unless there are four.
        const int ones = std::countl_one(m_reader.peekBits(4) << 60);
        m_reader.skip(ones == 4 ? 4 : ones + 1);
        if (ones > 0) {
            const int width = ones == 4 ? dodWide.payloadBits : dodBuckets[ones - 1].payloadBits;
            m_delta += signExtend(m_reader.readBits(width), width);
        }
        m_time += m_delta;
        // Value: '0', '10' or '11'.
        const auto control = int(m_reader.peekBits(2));
        m_reader.skip(control & 2 ? 2 : 1);
        if (control & 2) {
            if (control & 1) {
                const int leading = int(m_reader.readBits(5));
                int meaningful = int(m_reader.readBits(6));
                if (meaningful == 0)
                    meaningful = 64;
                if (leading + meaningful > 64)
                    return fail();
                m_leading = leading;
                m_trailing = 64 - leading - meaningful;
            } else if (m_leading < 0) {
                return fail(); // a window reuse before any window
            }
            const int meaningful = 64 - m_leading - m_trailing;
            m_value ^= m_reader.readBits(meaningful) << m_trailing;
        }
    }
    if (m_reader.failed())
        return fail();
    out.t = std::bit_cast<TimestampMs>(m_time);
    out.v = std::bit_cast<double>(m_value);
    ++m_index;
    return true;
}

QByteArray encodeAll(const std::vector<Sample> &samples)
{
    GorillaEncoder encoder;
    for (const Sample &s : samples)
        encoder.append(s.t, s.v);
    return encoder.bytes();
}

std::vector<Sample> decodeAll(QByteArrayView bytes, int count, bool *ok)
{
    GorillaDecoder decoder(bytes, count);
    std::vector<Sample> out;
    if (!decoder.failed())
        out.reserve(std::size_t(count));
    Sample s;
    while (decoder.next(s))
        out.push_back(s);
    const bool good = !decoder.failed() && int(out.size()) == std::max(count, 0);
    if (ok)
        *ok = good;
    if (!good)
        out.clear();
    return out;
}

} // namespace hms
