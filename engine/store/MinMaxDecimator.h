// Min/max-per-bucket decimation (M4-style) for drawing: points go in in time order, and out come
// at most two per bucket, the bucket's lowest and highest in time order, so every peak and trough
// a pixel column holds survives. Used by SeriesStore::decimated and dash/TileData.
#pragma once

#include "core/Types.h"

#include <vector>

namespace hms {

class MinMaxDecimator {
public:
    MinMaxDecimator(TimestampMs from, TimestampMs to, int buckets, std::vector<Sample> &out)
        : m_from(from)
        , m_buckets(buckets)
        , m_width(double(to - from) / std::max(1, buckets))
        , m_out(out)
    {
    }
    // A point (low == high) or a range already reduced (a rollup bucket's min and max).
    void add(const Sample &low, const Sample &high)
    {
        const int bucket = std::min(m_buckets - 1, int(double(low.t - m_from) / m_width));
        if (bucket != m_current) {
            flush();
            m_current = bucket;
            m_lo = low;
            m_hi = high;
            return;
        }
        if (low.v < m_lo.v)
            m_lo = low;
        if (high.v > m_hi.v)
            m_hi = high;
    }
    void flush()
    {
        if (m_current < 0)
            return;
        if (m_lo.t == m_hi.t && m_lo.v == m_hi.v) {
            m_out.push_back(m_lo);
        } else if (m_lo.t <= m_hi.t) {
            m_out.push_back(m_lo);
            m_out.push_back(m_hi);
        } else {
            m_out.push_back(m_hi);
            m_out.push_back(m_lo);
        }
        m_current = -1;
    }

private:
    TimestampMs m_from;
    int m_buckets;
    double m_width;
    std::vector<Sample> &m_out;
    int m_current = -1;
    Sample m_lo, m_hi;
};

} // namespace hms
