// libFuzzer target for the StatsD line parser: never crashes, and what it accepts is well-formed.
#include "ingest/StatsdParser.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView packet(reinterpret_cast<const char *>(data), qsizetype(size));
    hms::StatsdParseResult result;
    hms::parseStatsdPacket(packet, result);

    // Each line is accepted or rejected once: a packet of N bytes has at most N/2+1 non-empty lines.
    if (result.lines.size() + result.rejects.size() > size / 2 + 1)
        std::abort();
    for (const hms::StatsdLine &line : result.lines) {
        if (line.name.isEmpty() || line.name.toUtf8().size() > hms::kStatsdMaxNameLength)
            std::abort();
        if (!std::isfinite(line.value) || !(line.sampleRate > 0.0 && line.sampleRate <= 1.0))
            std::abort();
        if ((line.type == hms::StatsdType::Set) == line.setMember.isEmpty())
            std::abort();
        if (line.tags.count(QStringLiteral("trace_id")) != 0)
            std::abort();
        for (const QChar c : line.name) {
            if (c == u':' || c == u'|' || c == u'@' || c == u'#' || c.isSpace())
                std::abort();
        }
    }
    for (const hms::StatsdReject reject : result.rejects) {
        if (hms::statsdRejectReason(reject).isEmpty())
            std::abort();
    }
    return 0;
}
