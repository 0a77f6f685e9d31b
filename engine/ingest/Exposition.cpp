#include "ingest/Exposition.h"
#include "ingest/TextScan.h"

#include <QCoreApplication>
#include <QHash>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

// Choices this parser makes (tested in tst_exposition), following Prometheus' own text parser:
// - Lines are split on '\n'; a trailing '\r' is tolerated; blank lines are skipped; leading and
//   trailing blanks (spaces, tabs) are ignored, and tokens may be separated by several blanks,
//   also around the '=' and ',' inside braces. A trailing comma before '}' is accepted.
// - Metric names match [a-zA-Z_:][a-zA-Z0-9_:]*, label names [a-zA-Z_][a-zA-Z0-9_]*. Label values
//   are UTF-8 with the escapes \\ \" \n; any other backslash pair is kept as written.
// - Values are what Go's strconv.ParseFloat reads: decimals, exponents, a leading sign, NaN,
//   Inf and Infinity in any case with an optional sign, hexadecimal floats. Values out of double
//   range are errors; NaN and infinities are kept.
// - The timestamp is any int64 of milliseconds (0, the "absent" value, included).
// - `# TYPE name type` gives the type of `name` and, for a histogram, of name_bucket, name_sum,
//   name_count and name_created (a summary: name_sum, name_count, name_created; a counter:
//   name_total and name_created). An unknown type or a second TYPE line for a name is an error;
//   `# HELP` and other comments are skipped without checks.
// - A bad line is reported with its line and byte column and skipped; the other lines are kept.

namespace hms {

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}


bool equalsNoCase(QByteArrayView a, QByteArrayView lowerB)
{
    if (a.size() != lowerB.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lowerB[i])
            return false;
    }
    return true;
}

enum class ValueStatus { Ok, Invalid, OutOfRange };

// Go's strconv.ParseFloat(text, 64), which Prometheus uses.
ValueStatus parseGoFloat(QByteArrayView v, double *out)
{
    const QByteArrayView original = v;
    bool negative = false;
    if (!v.isEmpty() && (v.front() == '+' || v.front() == '-')) {
        negative = v.front() == '-';
        v = v.sliced(1);
    }
    if (v.isEmpty())
        return ValueStatus::Invalid;
    double d = 0.0;
    if (equalsNoCase(v, "inf") || equalsNoCase(v, "infinity")) {
        d = std::numeric_limits<double>::infinity();
    } else if (equalsNoCase(v, "nan")) {
        if (v.data() != original.data())
            return ValueStatus::Invalid; // Go reads "NaN" but not "+NaN" or "-NaN"
        d = std::numeric_limits<double>::quiet_NaN();
    } else {
        const char *begin = v.data();
        const char *end = begin + v.size();
        auto format = std::chars_format::general;
        if (v.size() > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X')) {
            begin += 2;
            format = std::chars_format::hex;
        }
        // from_chars would also read "nan(...)" and "infinity"-like words: only digits may start.
        const auto isDigit = [format](char c) {
            return (c >= '0' && c <= '9') || c == '.'
                || (format == std::chars_format::hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
        };
        if (begin == end || !isDigit(*begin))
            return ValueStatus::Invalid;
        const auto [ptr, ec] = std::from_chars(begin, end, d, format);
        if (ec == std::errc::result_out_of_range)
            return ValueStatus::OutOfRange;
        if (ec != std::errc() || ptr != end)
            return ValueStatus::Invalid;
    }
    *out = negative ? -d : d;
    return ValueStatus::Ok;
}

std::optional<MetricType> parseType(QByteArrayView t)
{
    if (t == "counter")
        return MetricType::Counter;
    if (t == "gauge")
        return MetricType::Gauge;
    if (t == "histogram")
        return MetricType::Histogram;
    if (t == "summary")
        return MetricType::Summary;
    if (t == "untyped")
        return MetricType::Untyped;
    return std::nullopt;
}

class Parser {
public:
    explicit Parser(ExpositionResult &out)
        : m_out(out)
    {
    }

    void parseLine(QByteArrayView line, int lineNo);

private:
    bool fail(qsizetype at, const QString &message)
    {
        m_out.errors.push_back(ExpositionError{m_lineNo, int(at + 1), message});
        return false;
    }
    qsizetype skipBlanks(qsizetype i) const
    {
        while (i < m_s.size() && isBlank(m_s[i]))
            ++i;
        return i;
    }
    qsizetype scanMetricName(qsizetype i) const
    {
        if (i < m_s.size() && (isNameStart(m_s[i]) || m_s[i] == ':'))
            ++i;
        else
            return i;
        while (i < m_s.size() && (isNameChar(m_s[i]) || m_s[i] == ':'))
            ++i;
        return i;
    }
    bool parseComment(qsizetype i);
    bool parseSample(qsizetype i);
    bool parseLabels(qsizetype *pos, Labels *labels);
    MetricType typeOf(const QString &name) const;

    ExpositionResult &m_out;
    QByteArrayView m_s; // the current line
    int m_lineNo = 0;
    QHash<QString, MetricType> m_types;
    QByteArrayView m_lastName; // the previous sample's name, and its decoded form and type
    QString m_lastNameString;
    MetricType m_lastType = MetricType::Untyped;
};

void Parser::parseLine(QByteArrayView line, int lineNo)
{
    m_lineNo = lineNo;
    line = trimLineEnd(line);
    m_s = line;
    const qsizetype i = skipBlanks(0);
    if (i == line.size())
        return;
    if (!line.isValidUtf8()) {
        fail(qMax<qsizetype>(0, firstInvalidUtf8(line)), QCoreApplication::translate("hms::Exposition", "invalid UTF-8"));
        return;
    }
    if (line[i] == '#')
        parseComment(i + 1);
    else
        parseSample(i);
}

bool Parser::parseComment(qsizetype i)
{
    i = skipBlanks(i);
    const qsizetype keywordStart = i;
    while (i < m_s.size() && !isBlank(m_s[i]))
        ++i;
    if (m_s.sliced(keywordStart, i - keywordStart) != "TYPE")
        return true; // HELP or a plain comment
    i = skipBlanks(i);
    const qsizetype nameStart = i;
    i = scanMetricName(i);
    if (i == nameStart || (i < m_s.size() && !isBlank(m_s[i]))) {
        return fail(i == nameStart ? nameStart : i,
            QCoreApplication::translate("hms::Exposition", "TYPE: expected a metric name"));
    }
    const QString name = QString::fromLatin1(m_s.sliced(nameStart, i - nameStart));
    i = skipBlanks(i);
    const QByteArrayView typeText = m_s.sliced(i);
    const std::optional<MetricType> type = parseType(typeText);
    if (!type) {
        return fail(i,
            QCoreApplication::translate(
                "hms::Exposition", "TYPE: unknown type \"%1\" (expected counter, gauge, histogram, summary or untyped)")
                .arg(quoted(typeText)));
    }
    if (m_types.contains(name)) {
        return fail(
            nameStart, QCoreApplication::translate("hms::Exposition", "TYPE: a second TYPE line for \"%1\"").arg(name));
    }
    m_types.insert(name, *type);
    m_lastName = QByteArrayView(); // the cached type may be stale now
    return true;
}

MetricType Parser::typeOf(const QString &name) const
{
    if (m_types.isEmpty())
        return MetricType::Untyped;
    if (const auto it = m_types.constFind(name); it != m_types.cend())
        return *it;
    struct Suffix {
        QStringView text;
        bool histogram, summary, counter;
    };
    static constexpr Suffix kSuffixes[] = {
        {u"_bucket", true, false, false},
        {u"_count", true, true, false},
        {u"_sum", true, true, false},
        {u"_created", true, true, true},
        {u"_total", false, false, true},
    };
    for (const Suffix &s : kSuffixes) {
        if (!name.endsWith(s.text))
            continue;
        const auto it = m_types.constFind(name.chopped(s.text.size()));
        if (it == m_types.cend())
            continue;
        if ((*it == MetricType::Histogram && s.histogram) || (*it == MetricType::Summary && s.summary)
            || (*it == MetricType::Counter && s.counter))
            return *it;
    }
    return MetricType::Untyped;
}

bool Parser::parseLabels(qsizetype *pos, Labels *labels)
{
    const qsizetype n = m_s.size();
    qsizetype i = *pos + 1; // past '{'
    for (;;) {
        i = skipBlanks(i);
        if (i < n && m_s[i] == '}')
            break;
        const qsizetype nameStart = i;
        if (i < n && isNameStart(m_s[i])) {
            while (i < n && isNameChar(m_s[i]))
                ++i;
        }
        if (i == nameStart) {
            return fail(i,
                i == n ? QCoreApplication::translate("hms::Exposition", "expected a label name or '}'")
                       : QCoreApplication::translate("hms::Exposition", "expected a label name or '}', got '%1'")
                             .arg(quoted(m_s.sliced(i, 1))));
        }
        const QByteArrayView labelName = m_s.sliced(nameStart, i - nameStart);
        i = skipBlanks(i);
        if (i == n || m_s[i] != '=') {
            return fail(i,
                QCoreApplication::translate("hms::Exposition", "expected '=' after the label name \"%1\"")
                    .arg(quoted(labelName)));
        }
        i = skipBlanks(i + 1);
        if (i == n || m_s[i] != '"') {
            return fail(i,
                QCoreApplication::translate("hms::Exposition", "expected '\"' to start the value of the label \"%1\"")
                    .arg(quoted(labelName)));
        }
        const qsizetype valueStart = ++i;
        bool escaped = false;
        while (i < n && m_s[i] != '"') {
            if (m_s[i] == '\\') {
                escaped = true;
                ++i;
            }
            ++i;
        }
        if (i >= n) {
            return fail(
                valueStart - 1, QCoreApplication::translate("hms::Exposition", "label value without a closing quote"));
        }
        const QByteArrayView raw = m_s.sliced(valueStart, i - valueStart);
        QString value;
        if (!escaped) {
            value = QString::fromUtf8(raw);
        } else {
            QByteArray decoded;
            decoded.reserve(raw.size());
            for (qsizetype k = 0; k < raw.size(); ++k) {
                const char c = raw[k];
                const char next = k + 1 < raw.size() ? raw[k + 1] : '\0';
                if (c == '\\' && (next == '\\' || next == '"' || next == 'n')) {
                    decoded += next == 'n' ? '\n' : next;
                    ++k;
                } else {
                    decoded += c;
                }
            }
            value = QString::fromUtf8(decoded);
        }
        if (!labels->try_emplace(QString::fromLatin1(labelName), std::move(value)).second) {
            return fail(nameStart,
                QCoreApplication::translate("hms::Exposition", "the label \"%1\" appears twice")
                    .arg(quoted(labelName)));
        }
        i = skipBlanks(i + 1);
        if (i < n && m_s[i] == ',') {
            ++i;
            continue;
        }
        if (i < n && m_s[i] == '}')
            break;
        return fail(i, QCoreApplication::translate("hms::Exposition", "expected ',' or '}' after a label value"));
    }
    *pos = i + 1;
    return true;
}

bool Parser::parseSample(qsizetype i)
{
    const qsizetype n = m_s.size();
    const qsizetype nameStart = i;
    i = scanMetricName(i);
    if (i == nameStart) {
        return fail(i,
            QCoreApplication::translate("hms::Exposition", "expected a metric name, got '%1'")
                .arg(quoted(m_s.sliced(i, 1))));
    }
    const QByteArrayView name = m_s.sliced(nameStart, i - nameStart);
    ExposedSample sample;
    if (i < n && m_s[i] == '{') {
        if (!parseLabels(&i, &sample.labels))
            return false;
    } else if (i < n && !isBlank(m_s[i])) {
        return fail(i,
            QCoreApplication::translate("hms::Exposition", "unexpected '%1' in the metric name")
                .arg(quoted(m_s.sliced(i, 1))));
    }
    i = skipBlanks(i);
    if (i == n)
        return fail(i, QCoreApplication::translate("hms::Exposition", "expected a value after the metric"));
    const qsizetype valueStart = i;
    while (i < n && !isBlank(m_s[i]))
        ++i;
    const QByteArrayView valueText = m_s.sliced(valueStart, i - valueStart);
    switch (parseGoFloat(valueText, &sample.value)) {
    case ValueStatus::Ok:
        break;
    case ValueStatus::OutOfRange:
        return fail(valueStart,
            QCoreApplication::translate("hms::Exposition", "the value \"%1\" is out of range").arg(quoted(valueText)));
    case ValueStatus::Invalid:
        return fail(valueStart,
            QCoreApplication::translate("hms::Exposition", "expected a number, got \"%1\"").arg(quoted(valueText)));
    }
    i = skipBlanks(i);
    if (i < n) {
        const qsizetype tStart = i;
        while (i < n && !isBlank(m_s[i]))
            ++i;
        const QByteArrayView text = m_s.sliced(tStart, i - tStart);
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), sample.timestampMs);
        if (ec == std::errc::result_out_of_range) {
            return fail(tStart,
                QCoreApplication::translate("hms::Exposition", "the timestamp \"%1\" is out of range")
                    .arg(quoted(text)));
        }
        if (ec != std::errc() || ptr != text.data() + text.size()) {
            return fail(tStart,
                QCoreApplication::translate("hms::Exposition", "expected a timestamp in milliseconds, got \"%1\"")
                    .arg(quoted(text)));
        }
        i = skipBlanks(i);
        if (i < n) {
            return fail(i,
                QCoreApplication::translate("hms::Exposition", "unexpected text after the timestamp: \"%1\"")
                    .arg(quoted(m_s.sliced(i))));
        }
    }
    if (name != m_lastName) {
        m_lastName = name;
        m_lastNameString = QString::fromLatin1(name);
        m_lastType = typeOf(m_lastNameString);
    }
    sample.name = m_lastNameString;
    sample.type = m_lastType;
    m_out.samples.push_back(std::move(sample));
    return true;
}

} // namespace

QString ExpositionError::toString() const
{
    return QCoreApplication::translate("hms::Exposition", "line %1:%2: %3").arg(line).arg(column).arg(message);
}

ExpositionResult parseExposition(QByteArrayView text)
{
    ExpositionResult out;
    Parser parser(out);
    forEachLine(text, [&parser](QByteArrayView line, int lineNo) { parser.parseLine(line, lineNo); });
    return out;
}

} // namespace hms
