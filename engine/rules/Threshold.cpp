#include "rules/Threshold.h"

#include <QCoreApplication>
#include <cmath>

namespace hms {

namespace {

// Echoes user text in messages, shortened so that a huge input does not make a huge message.
QString quoted(QStringView text)
{
    constexpr qsizetype kMax = 40;
    if (text.size() <= kMax)
        return u'"' + text.toString() + u'"';
    return u'"' + text.first(kMax).toString() + u"…\"";
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

qsizetype skipSpaces(QStringView text, qsizetype pos)
{
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    return pos;
}

// Scans `[+-] digits [. digits] [(e|E) [+-] digits]` at pos (at least one mantissa digit).
// Returns the end of the number, or pos when there is none.
qsizetype scanNumber(QStringView text, qsizetype pos)
{
    qsizetype i = pos;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    qsizetype digits = 0;
    while (i < text.size() && isAsciiDigit(text[i])) {
        ++i;
        ++digits;
    }
    if (i < text.size() && text[i] == u'.') {
        ++i;
        while (i < text.size() && isAsciiDigit(text[i])) {
            ++i;
            ++digits;
        }
    }
    if (digits == 0)
        return pos;
    if (i < text.size() && (text[i] == u'e' || text[i] == u'E')) {
        qsizetype j = i + 1;
        if (j < text.size() && (text[j] == u'+' || text[j] == u'-'))
            ++j;
        const qsizetype expStart = j;
        while (j < text.size() && isAsciiDigit(text[j]))
            ++j;
        if (j > expStart)
            i = j; // otherwise the 'e' is not part of the number (and will be reported as trailing text)
    }
    return i;
}

ThresholdParseResult failure(qsizetype column, const QString &message)
{
    ThresholdParseResult r;
    r.errorColumn = int(column);
    r.error = message;
    return r;
}

QString unitName(TimeUnit unit)
{
    return unit == TimeUnit::Milliseconds ? QStringLiteral("ms") : QStringLiteral("s");
}

} // namespace

bool Threshold::test(double sample) const
{
    if (std::isnan(sample) || std::isnan(value))
        return false;
    switch (op) {
    case Op::Greater:
        return sample > value;
    case Op::GreaterEqual:
        return sample >= value;
    case Op::Less:
        return sample < value;
    case Op::LessEqual:
        return sample <= value;
    case Op::Equal:
        return sample == value;
    case Op::NotEqual:
        return sample != value;
    }
    return false;
}

QString Threshold::opSymbol() const
{
    switch (op) {
    case Op::Greater:
        return QStringLiteral(">");
    case Op::GreaterEqual:
        return QStringLiteral(">=");
    case Op::Less:
        return QStringLiteral("<");
    case Op::LessEqual:
        return QStringLiteral("<=");
    case Op::Equal:
        return QStringLiteral("==");
    case Op::NotEqual:
        return QStringLiteral("!=");
    }
    return {};
}

TimeUnit timeUnitOfMetric(const QString &metricName)
{
    // "latency_ms" is covered by "_ms".
    for (const QStringView suffix : {u"_ms", u".ms", u"_milliseconds"}) {
        if (metricName.endsWith(suffix))
            return TimeUnit::Milliseconds;
    }
    for (const QStringView suffix : {u"_seconds", u"_s", u".s"}) {
        if (metricName.endsWith(suffix))
            return TimeUnit::Seconds;
    }
    return TimeUnit::None;
}

ThresholdParseResult parseThreshold(QStringView text, TimeUnit metricUnit)
{
    const QString example
        = QCoreApplication::translate("hms::Threshold", "expected a comparison like \"> 1000\", got %1");
    qsizetype pos = skipSpaces(text, 0);
    const qsizetype opStart = pos;
    Threshold::Op op = Threshold::Op::Greater;
    const QStringView rest = text.sliced(pos);
    if (rest.startsWith(u">=")) {
        op = Threshold::Op::GreaterEqual;
        pos += 2;
    } else if (rest.startsWith(u"<=")) {
        op = Threshold::Op::LessEqual;
        pos += 2;
    } else if (rest.startsWith(u"==")) {
        op = Threshold::Op::Equal;
        pos += 2;
    } else if (rest.startsWith(u"!=")) {
        op = Threshold::Op::NotEqual;
        pos += 2;
    } else if (rest.startsWith(u'>')) {
        op = Threshold::Op::Greater;
        pos += 1;
    } else if (rest.startsWith(u'<')) {
        op = Threshold::Op::Less;
        pos += 1;
    } else {
        return failure(opStart, example.arg(quoted(text)));
    }
    const QStringView opText = text.sliced(opStart, pos - opStart);

    pos = skipSpaces(text, pos);
    const qsizetype numberStart = pos;
    const qsizetype numberEnd = scanNumber(text, pos);
    if (numberEnd == numberStart) {
        return failure(numberStart,
            QCoreApplication::translate("hms::Threshold", "expected a number after %1, got %2")
                .arg(quoted(opText), quoted(text.sliced(numberStart))));
    }
    bool ok = false;
    double value = text.sliced(numberStart, numberEnd - numberStart).toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        return failure(numberStart,
            QCoreApplication::translate("hms::Threshold", "%1 is out of the range of numbers")
                .arg(quoted(text.sliced(numberStart, numberEnd - numberStart))));
    }

    pos = skipSpaces(text, numberEnd);
    const qsizetype unitStart = pos;
    qsizetype unitEnd = pos;
    while (unitEnd < text.size() && text[unitEnd].isLetter())
        ++unitEnd;
    const QStringView unitText = text.sliced(unitStart, unitEnd - unitStart);
    if (!unitText.isEmpty()) {
        TimeUnit unit = TimeUnit::None;
        if (unitText == u"ms")
            unit = TimeUnit::Milliseconds;
        else if (unitText == u"s")
            unit = TimeUnit::Seconds;
        if (unit == TimeUnit::None) {
            const QString expected = metricUnit == TimeUnit::None
                ? QCoreApplication::translate("hms::Threshold", "unexpected %1 after the number")
                : QCoreApplication::translate("hms::Threshold", "unknown unit %1: expected \"ms\" or \"s\"");
            return failure(unitStart, expected.arg(quoted(unitText)));
        }
        if (metricUnit == TimeUnit::None) {
            return failure(unitStart,
                QCoreApplication::translate("hms::Threshold",
                    "unit %1 not allowed: the metric's name does not say it is a time "
                    "(name it like \"*_ms\" or \"*_seconds\")")
                    .arg(quoted(unitText)));
        }
        if (unit == TimeUnit::Seconds && metricUnit == TimeUnit::Milliseconds)
            value *= 1000.0;
        else if (unit == TimeUnit::Milliseconds && metricUnit == TimeUnit::Seconds)
            value /= 1000.0;
        if (!std::isfinite(value)) {
            return failure(numberStart,
                QCoreApplication::translate("hms::Threshold", "%1 %2 is out of range in %3")
                    .arg(text.sliced(numberStart, numberEnd - numberStart).toString(), unitText.toString(),
                        unitName(metricUnit)));
        }
        pos = skipSpaces(text, unitEnd);
    }
    if (pos < text.size())
        return failure(pos,
            QCoreApplication::translate("hms::Threshold", "unexpected %1 after the comparison")
                .arg(quoted(text.sliced(pos))));

    Threshold t;
    t.op = op;
    t.value = value;
    t.text = text.toString();
    ThresholdParseResult r;
    r.threshold = t;
    return r;
}

} // namespace hms
