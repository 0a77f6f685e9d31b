// The configuration file parser (scrape targets) never crashes; it returns targets or errors.
#include "ingest/Scraper.h"

#include <QByteArray>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::ConfigParseResult r = hms::parseConfig(yaml, QStringLiteral("fuzz.yml"));
    if (!r.errors.empty() && !r.scrape.empty())
        std::abort(); // errors mean nothing is configured
    for (const hms::ScrapeTarget &t : r.scrape)
        if (t.intervalMs < 100 || t.timeoutMs > t.intervalMs || t.job.isEmpty() || !t.url.isValid())
            std::abort();
    return 0;
}
