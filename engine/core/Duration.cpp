#include "core/Duration.h"

#include <array>
#include <limits>

namespace hms {

namespace {
struct Unit {
    const char16_t *suffix;
    qint64 ms;
};
// Ordered from largest to smallest; "ms" must be tried before "m".
constexpr std::array<Unit, 7> kUnits{{
    {u"y", 365LL * 24 * 3600 * 1000},
    {u"w", 7LL * 24 * 3600 * 1000},
    {u"d", 24LL * 3600 * 1000},
    {u"h", 3600LL * 1000},
    {u"m", 60LL * 1000},
    {u"s", 1000LL},
    {u"ms", 1LL},
}};

int unitIndex(QStringView text, qsizetype pos, qsizetype *len)
{
    // "ms" first, so that "5ms" is not read as "5m" followed by garbage.
    if (text.mid(pos).startsWith(u"ms")) {
        *len = 2;
        return 6;
    }
    for (int i = 0; i < 6; ++i) {
        if (pos < text.size() && text[pos] == QChar(kUnits[i].suffix[0])) {
            *len = 1;
            return i;
        }
    }
    return -1;
}
} // namespace

std::optional<qint64> parseDurationMs(QStringView text)
{
    text = text.trimmed();
    if (text == u"0")
        return 0;
    if (text.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    int lastUnit = -1;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype start = pos;
        // ASCII digits only: QChar::isDigit() also accepts e.g. Arabic-Indic digits, which
        // toLongLong() then reads as 0.
        while (pos < text.size() && text[pos] >= u'0' && text[pos] <= u'9')
            ++pos;
        if (pos == start || pos - start > 15)
            return std::nullopt;
        const qint64 number = text.mid(start, pos - start).toLongLong();
        qsizetype len = 0;
        const int unit = unitIndex(text, pos, &len);
        if (unit < 0 || unit <= lastUnit)
            return std::nullopt;
        if (number > (std::numeric_limits<qint64>::max() - total) / kUnits[unit].ms)
            return std::nullopt;
        total += number * kUnits[unit].ms;
        lastUnit = unit;
        pos += len;
    }
    return total;
}

QString formatDurationMs(qint64 ms)
{
    if (ms == 0)
        return QStringLiteral("0s");
    QString out;
    // Work on the magnitude as unsigned: -ms overflows for the minimum qint64.
    quint64 rest = quint64(ms);
    if (ms < 0) {
        out += u'-';
        rest = 0 - rest;
    }
    for (const Unit &u : kUnits) {
        const auto unitMs = quint64(u.ms);
        if (rest >= unitMs) {
            out += QString::number(rest / unitMs) + QString::fromUtf16(u.suffix);
            rest %= unitMs;
        }
    }
    return out;
}

} // namespace hms
