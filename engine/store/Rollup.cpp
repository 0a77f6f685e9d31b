#include "store/Rollup.h"

#include "store/Gorilla.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace hms {

QString resolutionName(Resolution r)
{
    switch (r) {
    case Resolution::Raw:
        return QStringLiteral("raw");
    case Resolution::Minute:
        return QStringLiteral("1m");
    case Resolution::Hour:
        return QStringLiteral("1h");
    }
    return {};
}

std::optional<Resolution> parseResolution(QStringView text)
{
    if (text == u"raw")
        return Resolution::Raw;
    if (text == u"1m")
        return Resolution::Minute;
    if (text == u"1h")
        return Resolution::Hour;
    return std::nullopt;
}

namespace {
constexpr int kFields = 5;
using Field = double RollupBucket::*;
constexpr std::array<Field, kFields> kFieldOrder = {&RollupBucket::min, &RollupBucket::max, &RollupBucket::sum,
                                                    &RollupBucket::count, &RollupBucket::last};
} // namespace

QByteArray encodeRollups(const std::vector<RollupBucket> &buckets)
{
    QByteArray out;
    for (Field field : kFieldOrder) {
        GorillaEncoder encoder;
        for (const RollupBucket &b : buckets)
            encoder.append(b.start, b.*field);
        const QByteArray stream = encoder.bytes();
        char length[4];
        qToBigEndian(quint32(stream.size()), length);
        out.append(length, 4);
        out.append(stream);
    }
    return out;
}

std::vector<RollupBucket> decodeRollups(QByteArrayView data, int count, bool *ok)
{
    std::vector<RollupBucket> out;
    auto failed = [&] {
        if (ok)
            *ok = false;
        return std::vector<RollupBucket>{};
    };
    if (count < 0)
        return failed();
    out.resize(std::size_t(count));
    qsizetype pos = 0;
    for (int f = 0; f < kFields; ++f) {
        if (data.size() - pos < 4)
            return failed();
        const quint32 length = qFromBigEndian<quint32>(data.data() + pos);
        pos += 4;
        if (qsizetype(length) > data.size() - pos)
            return failed();
        bool good = false;
        const std::vector<Sample> samples = decodeAll(data.sliced(pos, qsizetype(length)), count, &good);
        if (!good)
            return failed();
        pos += qsizetype(length);
        for (int i = 0; i < count; ++i) {
            RollupBucket &b = out[std::size_t(i)];
            if (f == 0)
                b.start = samples[std::size_t(i)].t;
            else if (b.start != samples[std::size_t(i)].t)
                return failed(); // the five streams must share their times
            b.*kFieldOrder[std::size_t(f)] = samples[std::size_t(i)].v;
        }
    }
    if (pos != data.size())
        return failed();
    if (ok)
        *ok = true;
    return out;
}

namespace {
TimestampMs bucketStart(TimestampMs t, qint64 resolution)
{
    // Floor division, so that times before the epoch land in the right bucket too.
    TimestampMs q = t / resolution;
    if (t % resolution != 0 && t < 0)
        --q;
    return q * resolution;
}
} // namespace

void RollupTier::add(Sample s)
{
    const TimestampMs start = bucketStart(s.t, m_resolution);
    if (m_hasOpen && start != m_open.start)
        close();
    if (!m_hasOpen) {
        m_open = RollupBucket{start, s.v, s.v, s.v, 1, s.v};
        m_hasOpen = true;
        m_openAllNaN = std::isnan(s.v);
        return;
    }
    m_open.count += 1;
    m_open.sum += s.v;
    m_open.last = s.v;
    if (!std::isnan(s.v)) {
        if (m_openAllNaN) {
            m_open.min = m_open.max = s.v;
            m_openAllNaN = false;
        } else {
            m_open.min = std::min(m_open.min, s.v);
            m_open.max = std::max(m_open.max, s.v);
        }
    }
}

void RollupTier::close()
{
    m_closed.push_back(m_open);
    m_hasOpen = false;
    m_closedDirty = true;
    if (int(m_closed.size()) >= kBucketsPerChunk) {
        m_chunks.push_back({m_closed.front().start, m_closed.back().start, int(m_closed.size()),
                            encodeRollups(m_closed), false});
        m_closed.clear();
    }
}

std::vector<RollupBucket> RollupTier::range(TimestampMs fromExclusive, TimestampMs toInclusive) const
{
    std::vector<RollupBucket> out;
    const TimestampMs firstStart = fromExclusive - m_resolution; // buckets ending after fromExclusive
    auto wanted = [&](const RollupBucket &b) { return b.start > firstStart && b.start <= toInclusive; };
    auto chunk = std::upper_bound(m_chunks.begin(), m_chunks.end(), firstStart,
                                  [](TimestampMs t, const RollupChunk &c) { return t < c.maxT; });
    for (; chunk != m_chunks.end() && chunk->minT <= toInclusive; ++chunk)
        for (const RollupBucket &b : decodeRollups(chunk->data, chunk->count))
            if (wanted(b))
                out.push_back(b);
    for (const RollupBucket &b : m_closed)
        if (wanted(b))
            out.push_back(b);
    if (m_hasOpen && wanted(m_open))
        out.push_back(m_open);
    return out;
}

std::optional<TimestampMs> RollupTier::oldestStart() const
{
    if (!m_chunks.empty())
        return m_chunks.front().minT;
    if (!m_closed.empty())
        return m_closed.front().start;
    if (m_hasOpen)
        return m_open.start;
    return std::nullopt;
}

void RollupTier::trim(TimestampMs cutoff)
{
    auto keep = std::find_if(m_chunks.begin(), m_chunks.end(),
                             [&](const RollupChunk &c) { return c.maxT + m_resolution > cutoff; });
    m_chunks.erase(m_chunks.begin(), keep);
    if (m_chunks.empty()) {
        auto k = std::find_if(m_closed.begin(), m_closed.end(),
                              [&](const RollupBucket &b) { return b.start + m_resolution > cutoff; });
        if (k != m_closed.begin()) {
            m_closed.erase(m_closed.begin(), k);
            m_closedDirty = true;
        }
    }
}

std::vector<RollupChunk> RollupTier::takeUnpersisted()
{
    std::vector<RollupChunk> out;
    auto c = m_chunks.end();
    while (c != m_chunks.begin() && !(c - 1)->persisted)
        --c;
    for (; c != m_chunks.end(); ++c) {
        out.push_back(*c);
        c->persisted = true;
    }
    return out;
}

void RollupTier::restore(std::vector<RollupChunk> chunks, std::vector<RollupBucket> closed)
{
    m_chunks = std::move(chunks);
    for (RollupChunk &c : m_chunks)
        c.persisted = true;
    m_closed = std::move(closed);
    m_hasOpen = false;
    m_closedDirty = false;
}

std::optional<RollupBucket> RollupTier::openBucket() const
{
    return m_hasOpen ? std::optional<RollupBucket>(m_open) : std::nullopt;
}

void RollupTier::prependChunks(std::vector<RollupChunk> older)
{
    const TimestampMs held = !m_chunks.empty() ? m_chunks.front().minT
        : !m_closed.empty()                    ? m_closed.front().start
        : m_hasOpen                            ? m_open.start
                                               : std::numeric_limits<TimestampMs>::max();
    std::vector<RollupChunk> keep;
    for (RollupChunk &c : older) {
        if (c.maxT >= held || (!keep.empty() && c.minT <= keep.back().maxT))
            continue; // not older than what is held: never break time order
        c.persisted = true;
        keep.push_back(std::move(c));
    }
    m_chunks.insert(m_chunks.begin(), std::make_move_iterator(keep.begin()), std::make_move_iterator(keep.end()));
}

void RollupTier::restoreOpen(const RollupBucket &open)
{
    m_open = open;
    m_hasOpen = true;
    // add() keeps min and max NaN exactly while every sample was NaN.
    m_openAllNaN = std::isnan(open.min);
}

TimestampMs RollupTier::lastClosedEnd() const
{
    if (!m_closed.empty())
        return m_closed.back().start + m_resolution;
    if (!m_chunks.empty())
        return m_chunks.back().maxT + m_resolution;
    return std::numeric_limits<TimestampMs>::min();
}

qint64 RollupTier::bytes() const
{
    qint64 total = qint64(m_closed.size() * sizeof(RollupBucket));
    for (const RollupChunk &c : m_chunks)
        total += c.data.size();
    return total;
}

} // namespace hms
