// libFuzzer target for the HTTP push body parser.
#include "ingest/PushParser.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::PushParseResult result = hms::parsePushBody(body);

    if (result.documentError && (!result.samples.empty() || result.errors.size() != 1))
        std::abort();
    for (const hms::PushedSample &s : result.samples) {
        const qsizetype bytes = s.name.toUtf8().size();
        if (bytes < 1 || bytes > 1024 || !std::isfinite(s.value) || s.timestampMs < 0)
            std::abort();
    }
    for (const hms::PushParseError &e : result.errors) {
        if (e.message.isEmpty() || e.toString().isEmpty())
            std::abort();
    }
    return 0;
}
