// libFuzzer target for the bounded gunzip. Three modes, picked by the first byte:
// 0x1f:  the whole input is fed to gunzipBounded (so real .gz files make a corpus);
// other even: the rest is fed to gunzipBounded as is (headers, deflate data, trailers fuzzed);
// odd:   the rest is gzip-compressed with zlib first, and must come back unchanged.
#include "ingest/Gzip.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <zlib.h>

namespace {

constexpr qsizetype kMaxOut = 1024 * 1024;

QByteArray gzip(QByteArrayView data, int level)
{
    z_stream z{};
    if (deflateInit2(&z, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        std::abort();
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        std::abort();
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const bool whole = data[0] == 0x1f;
    const QByteArrayView rest(
        reinterpret_cast<const char *>(whole ? data : data + 1), qsizetype(whole ? size : size - 1));
    QByteArray out;
    if (whole || data[0] % 2 == 0) {
        const hms::GunzipStatus status = hms::gunzipBounded(rest, kMaxOut, &out);
        if (out.size() > kMaxOut || out.capacity() > kMaxOut + hms::kGunzipChunkBytes)
            std::abort();
        if ((status == hms::GunzipStatus::NotGzip || status == hms::GunzipStatus::Corrupt) && !out.isEmpty())
            std::abort();
        if (status == hms::GunzipStatus::NotGzip && rest.size() >= 2 && uint8_t(rest[0]) == 0x1f
            && uint8_t(rest[1]) == 0x8b)
            std::abort();
        return 0;
    }
    const QByteArray compressed = gzip(rest, data[0] / 2 % 10);
    const qsizetype maxOut = data[0] & 0x80 ? rest.size() : rest.size() / 2;
    const hms::GunzipStatus status = hms::gunzipBounded(compressed, maxOut, &out);
    if (maxOut == rest.size() && (status != hms::GunzipStatus::Ok || out != rest))
        std::abort();
    if (maxOut < rest.size() && (status != hms::GunzipStatus::TooLarge || out.size() > maxOut))
        std::abort();
    return 0;
}
