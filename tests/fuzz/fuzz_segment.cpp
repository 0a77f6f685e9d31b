// libFuzzer target for series.db segments (SeriesDb.h: encodeSegment / decodeSegment) and
// stored label sets (encodeLabels / decodeLabels).
// Must not crash; whatever decodes (up to any damage) re-encodes and decodes to the same chunks,
// and every decoded chunk's length and count are consistent with its blob.
#include "store/Gorilla.h"
#include "store/SeriesDb.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView in(reinterpret_cast<const char *>(data), qsizetype(size));
    std::vector<hms::PersistBatch::Chunk> chunks;
    QString error;
    const bool ok = hms::decodeSegment(in, &chunks, &error);
    if (ok != error.isEmpty())
        std::abort();
    for (const auto &c : chunks)
        if (c.count <= 0 || c.count > hms::maxGorillaSamples(c.data.size()) || c.data.size() < 8)
            std::abort();
    // The same bytes as a stored label set: what decodes re-encodes to exactly those bytes when
    // the names came in order (the encoder writes them sorted).
    hms::Labels labels;
    if (hms::decodeLabels(in, &labels) && hms::decodeLabels(hms::encodeLabels(labels), &labels) == false)
        std::abort();
    // What decoded re-encodes (canonically: the input's varints may be padded) and decodes back
    // to the same chunks.
    std::vector<hms::PersistBatch::Chunk> again;
    QString againError;
    if (!hms::decodeSegment(hms::encodeSegment(chunks), &again, &againError) || again.size() != chunks.size())
        std::abort();
    for (std::size_t i = 0; i < chunks.size(); ++i)
        if (again[i].seriesId != chunks[i].seriesId || again[i].count != chunks[i].count
            || again[i].minT != chunks[i].minT || again[i].maxT != chunks[i].maxT || again[i].data != chunks[i].data)
            std::abort();
    return 0;
}
