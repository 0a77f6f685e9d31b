// libFuzzer target for the InfluxDB line protocol parser.
#include "ingest/LineProtocol.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A first byte 0..5 picks the precision and the rest is the body; otherwise the whole input is
    // a body in nanoseconds (so that the corpus files are plain bodies).
    auto precision = hms::Precision::Nanoseconds;
    if (size > 0 && data[0] < 6) {
        precision = hms::Precision(data[0]);
        ++data;
        --size;
    }
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::LineProtocolResult result = hms::parseLineProtocol(body, precision);

    const qsizetype newlines = body.count('\n');
    if (result.lines < 0 || result.lines > newlines + 1 || result.stringFields < 0)
        std::abort();
    if (result.errors.size() > size_t(result.lines))
        std::abort(); // at most one error per line, and only on lines holding a point
    int previousLine = 0;
    for (const hms::LineProtocolError &e : result.errors) {
        if (e.line <= previousLine || e.line > newlines + 1 || e.column < 1
            || e.column > hms::kLineProtocolMaxLineBytes + 1)
            std::abort();
        if (e.message.isEmpty() || e.toString().isEmpty())
            std::abort();
        previousLine = e.line;
    }
    for (const hms::PushedSample &s : result.samples) {
        const qsizetype bytes = s.name.toUtf8().size();
        if (bytes < 1 || bytes > hms::kLineProtocolMaxNameBytes || !std::isfinite(s.value) || s.timestampMs < 0)
            std::abort();
        if (s.kind != hms::PushedSample::Kind::Gauge || !s.traceId.isEmpty())
            std::abort();
        for (const auto &[k, v] : s.labels) {
            if (k.isEmpty() || v.isEmpty() || k.toUtf8().size() > hms::kLineProtocolMaxNameBytes
                || v.toUtf8().size() > hms::kLineProtocolMaxNameBytes)
                std::abort();
        }
    }
    // Parsing is deterministic and does not depend on the caches' history.
    if (hms::parseLineProtocol(body, precision).samples.size() != result.samples.size())
        std::abort();
    return 0;
}
