// libFuzzer target for Alertmanager label matchers (alerting/Matcher.h: parseMatcher, parseMatchers).
// Must not crash; an error's column lies within the text; a single matcher that parses also parses
// as a list; what parses renders with toString() to a list that parses again to the same names,
// operators and values, and both match the same fixed label sets.
#include "alerting/Matcher.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    hms::MatcherParseError error;
    const auto single = hms::parseMatcher(text, &error);
    if (!single && (error.column < 0 || error.column > text.size() || error.message.isEmpty()))
        std::abort();
    error = {};
    const auto matchers = hms::parseMatchers(text, &error);
    if (!matchers) {
        if (single || error.column < 0 || error.column > text.size() || error.message.isEmpty())
            std::abort();
        return 0;
    }
    if (matchers->empty() || (single && matchers->size() != 1))
        std::abort();

    QStringList parts;
    for (const hms::Matcher &m : *matchers)
        parts << m.toString();
    const auto again = hms::parseMatchers(QString(u'{' + parts.join(u',') + u'}'), &error);
    if (!again || again->size() != matchers->size())
        std::abort();

    const hms::Labels sets[] = {
        {},
        {{QStringLiteral("alertname"), QStringLiteral("Disk")}, {QStringLiteral("job"), QStringLiteral("api")}},
        {{QStringLiteral("a"), QString()}, {QStringLiteral("b"), QStringLiteral("x\ny")}},
        {{QStringLiteral("foo"), QStringLiteral("bar")}, {QStringLiteral("severity"), QStringLiteral("page")}},
    };
    for (std::size_t i = 0; i < matchers->size(); ++i) {
        const hms::Matcher &m = (*matchers)[i];
        const hms::Matcher &n = (*again)[i];
        if (m.name != n.name || m.op != n.op || m.value != n.value)
            std::abort();
        for (const hms::Labels &labels : sets) {
            if (m.matches(labels) != n.matches(labels))
                std::abort();
            // a matcher on a label the set lacks sees ""
            hms::Labels withEmpty = labels;
            withEmpty.try_emplace(m.name, QString());
            if (m.matches(withEmpty) != m.matches(labels) && !labels.count(m.name))
                std::abort();
        }
    }
    if (hms::matchesEmpty(*matchers) != hms::allMatch(*matchers, {}))
        std::abort();
    return 0;
}
