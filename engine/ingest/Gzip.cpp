#include "ingest/Gzip.h"

#include <limits>
#include <memory>
#include <zlib.h>

namespace hms {

namespace {

// Owns a z_stream set up for gzip-only inflation, and ends it on every path.
class Inflater {
public:
    Inflater()
    {
        m_ok = inflateInit2(&m_z, 16 + MAX_WBITS) == Z_OK; // 16+: gzip wrapper only, no zlib/raw
    }
    ~Inflater()
    {
        if (m_ok)
            inflateEnd(&m_z);
    }
    Inflater(const Inflater &) = delete;
    Inflater &operator=(const Inflater &) = delete;

    bool ok() const { return m_ok; }
    z_stream &z() { return m_z; }

private:
    z_stream m_z{};
    bool m_ok = false;
};

// Appends `n` bytes, growing the capacity at most to `maxOut` (geometrically below it), so that
// the buffer never holds more than maxOut bytes of capacity.
void appendBounded(QByteArray *out, const char *data, qsizetype n, qsizetype maxOut)
{
    const qsizetype need = out->size() + n;
    if (need > out->capacity()) {
        const qsizetype grown = out->capacity() > maxOut / 2 ? maxOut : qMax(need, 2 * out->capacity());
        out->reserve(qMin(maxOut, qMax(need, grown)));
    }
    out->append(data, n);
}

} // namespace

GunzipStatus gunzipBounded(QByteArrayView in, qsizetype maxOut, QByteArray *out)
{
    out->clear();
    if (in.size() < 2 || static_cast<unsigned char>(in[0]) != 0x1f || static_cast<unsigned char>(in[1]) != 0x8b)
        return GunzipStatus::NotGzip;
    maxOut = qMax<qsizetype>(0, maxOut);

    Inflater inflater;
    if (!inflater.ok())
        return GunzipStatus::Corrupt;
    z_stream &z = inflater.z();
    const auto chunk = std::make_unique<Bytef[]>(size_t(kGunzipChunkBytes));
    constexpr qsizetype kMaxFeed = std::numeric_limits<uInt>::max();

    const auto *next = reinterpret_cast<const Bytef *>(in.data());
    qsizetype remaining = in.size();
    const auto feed = [&] {
        if (z.avail_in == 0 && remaining > 0) {
            const qsizetype n = qMin(remaining, kMaxFeed);
            z.next_in = const_cast<Bytef *>(next); // zlib does not write through next_in
            z.avail_in = uInt(n);
            next += n;
            remaining -= n;
        }
    };

    for (;;) {
        feed();
        z.next_out = chunk.get();
        z.avail_out = uInt(kGunzipChunkBytes);
        const int ret = inflate(&z, Z_NO_FLUSH);
        const qsizetype produced = kGunzipChunkBytes - qsizetype(z.avail_out);
        if (ret != Z_OK && ret != Z_STREAM_END && !(ret == Z_BUF_ERROR && produced > 0)) {
            out->clear(); // Z_BUF_ERROR without output: the input ended inside the stream
            return GunzipStatus::Corrupt;
        }
        if (produced > maxOut - out->size())
            return GunzipStatus::TooLarge; // `out` keeps the first bytes, at most maxOut
        appendBounded(out, reinterpret_cast<const char *>(chunk.get()), produced, maxOut);
        if (ret == Z_STREAM_END) {
            feed();
            if (z.avail_in == 0)
                return GunzipStatus::Ok;
            // Another gzip member follows (`cat a.gz b.gz`); anything else fails in inflate().
            if (inflateReset(&z) != Z_OK) {
                out->clear();
                return GunzipStatus::Corrupt;
            }
        }
    }
}

} // namespace hms
