// libFuzzer target for the Prometheus text exposition parser.
#include "ingest/Exposition.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

bool isMetricName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char16_t c = name.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView text(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::ExpositionResult result = hms::parseExposition(text);

    const qsizetype lines = text.count('\n') + 1;
    if (result.samples.size() + result.errors.size() > size_t(lines))
        std::abort(); // every line is a sample, an error or neither
    int previousLine = 0;
    for (const hms::ExpositionError &e : result.errors) {
        if (e.line <= previousLine || e.line > lines || e.column < 1 || e.column > qsizetype(size) + 1)
            std::abort();
        if (e.message.isEmpty() || e.toString().isEmpty())
            std::abort();
        previousLine = e.line;
    }
    for (const hms::ExposedSample &s : result.samples) {
        if (!isMetricName(s.name))
            std::abort();
        for (const auto &[k, v] : s.labels) {
            if (!isMetricName(k) || k.contains(u':') || (k.front() >= u'0' && k.front() <= u'9'))
                std::abort();
        }
        if (s.type != hms::MetricType::Untyped && s.type != hms::MetricType::Counter && s.type != hms::MetricType::Gauge
            && s.type != hms::MetricType::Histogram && s.type != hms::MetricType::Summary)
            std::abort();
    }
    return 0;
}
