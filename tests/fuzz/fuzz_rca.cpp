// libFuzzer target for stored and uploaded RCAs (incidents/Rca.h, PUT /api/v1/incidents/ID/rca):
// any JSON either reads, or is refused with a message naming the field; what reads writes back
// to JSON that reads to the same review.
#include "incidents/Rca.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    QString error;
    const auto rca = hms::Rca::fromJson(doc.object(), &error);
    if (!rca) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    QString again;
    const auto round = hms::Rca::fromJson(rca->toJson(), &again);
    if (!round || round->timeline != rca->timeline || round->actions != rca->actions || round->summary != rca->summary
        || round->status != rca->status)
        std::abort();
    (void)hms::RcaService::validate(*rca); // never crashes
    return 0;
}
