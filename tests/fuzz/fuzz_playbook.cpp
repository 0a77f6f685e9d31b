// libFuzzer target for Markdown playbooks.
#include "incidents/Playbook.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString markdown = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const hms::PlaybookParseResult result = hms::parsePlaybook(markdown, QStringLiteral("pb_fuzz.md"));

    if (result.error.isEmpty()) {
        if (result.playbook.id.isEmpty() || result.playbook.markdown != markdown)
            std::abort();
        // Every step is a trimmed, non-empty piece of one line of the document.
        for (const QString &step : result.playbook.steps) {
            if (step.isEmpty() || step.trimmed() != step || step.contains(u'\n') || !markdown.contains(step))
                std::abort();
        }
    }
    return 0;
}
