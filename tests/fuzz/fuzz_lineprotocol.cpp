// libFuzzer target for the InfluxDB line protocol parser, and a differential check of the
// listener's path: LineProtocolWriter (series cached by their wire bytes, tags skipped for known
// ones) must store exactly what parseLineProtocol + applyPushed stores, for the body written twice.
#include "ingest/LineProtocol.h"
#include "ingest/LineProtocolWriter.h"

#include <limits>

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

    hms::SeriesStore plain, cached;
    hms::LineProtocolWriter writer(cached);
    for (int round = 0; round < 2; ++round) { // the second round takes the cached path
        const int expected = plain.applyPushed(hms::parseLineProtocol(body, precision).samples, 1000);
        const hms::LineProtocolWriter::Result written = writer.write(body, precision, 1000);
        if (written.accepted != expected || written.parse.errors.size() != result.errors.size())
            std::abort();
    }
    if (plain.metricNames() != cached.metricNames() || plain.seriesCount() != cached.seriesCount())
        std::abort();
    constexpr auto lo = std::numeric_limits<hms::TimestampMs>::min(), hi = std::numeric_limits<hms::TimestampMs>::max();
    for (const QString &name : plain.metricNames())
        for (const hms::SeriesKey &key : plain.select(name, {})) {
            const auto a = plain.range(key, lo, hi), b = cached.range(key, lo, hi);
            if (name == u"ops_ingest_rejected_total") { // bumped per sample on one path, per batch on the other
                if (a.empty() || b.empty() || a.back().v != b.back().v)
                    std::abort();
                continue;
            }
            if (a.size() != b.size())
                std::abort();
            for (std::size_t i = 0; i < a.size(); ++i)
                if (a[i].t != b[i].t || (a[i].v != b[i].v && !(std::isnan(a[i].v) && std::isnan(b[i].v))))
                    std::abort();
        }
    return 0;
}
