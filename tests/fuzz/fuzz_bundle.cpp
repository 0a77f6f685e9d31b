// libFuzzer target for incident bundles (replay/Bundle.h): any bytes either decode, or fail with
// a message; a decoded bundle encodes back to bytes that decode to the same bundle.
#include "replay/Bundle.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    hms::BundleIo io;
    const auto bundle = hms::decodeBundle(bytes, &io);
    if (!bundle) {
        if (io.ok || io.error.isEmpty())
            std::abort(); // a failure always says what was wrong
        return 0;
    }
    if (!io.ok)
        std::abort();
    hms::BundleIo again;
    const auto round = hms::decodeBundle(hms::encodeBundle(*bundle), &again);
    if (!round || round->series != bundle->series || round->events.size() != bundle->events.size()
        || round->annotations != bundle->annotations || round->rules != bundle->rules)
        std::abort();
    return 0;
}
