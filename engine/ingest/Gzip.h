// Bounded gzip decompression for request bodies (Content-Encoding: gzip).
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace hms {

enum class GunzipStatus {
    Ok, // `out` holds the whole decompressed data
    NotGzip, // the input does not start with the gzip magic bytes 1f 8b
    Corrupt, // bad header, bad deflate data, bad CRC/length trailer, truncated, or trailing garbage
    TooLarge, // the data would decompress to more than maxOut bytes; decompression stopped there
};

// Streams `in` through zlib in fixed-size chunks, so that a gzip bomb costs at most
// maxOut + one chunk of memory: `out` never grows past maxOut bytes of capacity, and the one
// chunk buffer is freed on return. Concatenated gzip members (as `cat a.gz b.gz` makes) are
// accepted; trailing bytes that are not another member make the input Corrupt.
// On TooLarge `out` holds the first decompressed bytes (at most maxOut, useful for logging);
// on NotGzip and Corrupt it is empty.
GunzipStatus gunzipBounded(QByteArrayView in, qsizetype maxOut, QByteArray *out);

// The chunk size used by gunzipBounded: the most it writes beyond maxOut before stopping.
constexpr qsizetype kGunzipChunkBytes = 64 * 1024;

} // namespace hms
