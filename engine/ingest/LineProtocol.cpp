#include "ingest/LineProtocol.h"
#include "ingest/TextScan.h"

#include <QCoreApplication>
#include <charconv>
#include <cmath>
#include <cstring>
#include <string_view>
#include <unordered_map>

// Choices this parser makes where InfluxDB 1.x, 2.x and VictoriaMetrics differ (tested in
// tst_lineprotocol):
// - Lines are split on '\n' before parsing, as VictoriaMetrics does: a string field cannot hold a
//   raw newline (InfluxDB 1.x accepts one inside quotes). A trailing '\r' and trailing blanks are
//   dropped; leading blanks are skipped; a line whose first non-blank byte is '#' is a comment.
// - Sections are separated by one or more spaces (not tabs).
// - In measurements, tag keys, tag values and field keys, a backslash escapes the next byte for
//   splitting, and `\,` `\ ` `\=` `\\` decode to the escaped byte; any other `\x` stays as written
//   (InfluxDB 2.x's rule for literal backslashes). An unescaped '=' in a tag value is accepted.
// - Empty tag keys and values and a repeated tag key are errors (InfluxDB rejects them); a
//   repeated field key gives two samples (the store keeps the last).
// - Floats are `-`? digits with `.` and an exponent as strtod reads them, without a leading '+';
//   NaN and infinities are rejected. Integers (`i`) must fit int64, unsigned (`u`) uint64; both
//   become doubles (exact up to 2^53).
// - Timestamps are integers in the request's precision, converted to milliseconds by truncation;
//   they must land between 1970-01-01T00:00:00.001Z and 9999-12-31T23:59:59.999Z, because the
//   engine reads a timestamp of 0 as "now" and has no use for times before the epoch.

namespace hms {

namespace {

constexpr TimestampMs kMaxTimestampMs = 253'402'300'799'999LL; // 9999-12-31T23:59:59.999Z
constexpr size_t kMaxCacheEntries = 4096;

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// The index of the first byte at or after `i` for which stop() holds, skipping every byte that
// follows a backslash; `end` if there is none.
template <typename Stop> qsizetype scanEscaped(QByteArrayView s, qsizetype i, qsizetype end, Stop stop)
{
    while (i < end) {
        const char c = s[i];
        if (c == '\\') {
            i += 2;
            continue;
        }
        if (stop(c))
            break;
        ++i;
    }
    return qMin(i, end);
}

template <typename Stop> qsizetype scanPlain(QByteArrayView s, qsizetype i, qsizetype end, Stop stop)
{
    while (i < end && !stop(s[i]))
        ++i;
    return i;
}

// `\,` `\ ` `\=` `\\` decode to the escaped byte; any other backslash stays.
QByteArray unescape(QByteArrayView raw)
{
    if (!raw.contains('\\'))
        return raw.toByteArray();
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '\\' && i + 1 < raw.size()) {
            const char next = raw[i + 1];
            if (next == ',' || next == ' ' || next == '=' || next == '\\') {
                out += next;
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}


struct NameKey {
    std::string_view measurement;
    std::string_view field;
    friend bool operator==(const NameKey &, const NameKey &) = default;
};

struct NameKeyHash {
    size_t operator()(const NameKey &k) const noexcept
    {
        const size_t a = std::hash<std::string_view>()(k.measurement);
        return a ^ (std::hash<std::string_view>()(k.field) + 0x9e3779b97f4a7c15ULL + (a << 6) + (a >> 2));
    }
};

std::string_view sv(QByteArrayView v)
{
    return {v.data(), size_t(v.size())};
}

enum class ValueError { None, NotNumber, NotInteger, NotUnsigned, OutOfRange, NonFinite };

bool isNonFiniteWord(QByteArrayView v)
{
    if (!v.isEmpty() && (v.front() == '+' || v.front() == '-'))
        v = v.sliced(1);
    const QByteArray lower = v.toByteArray().toLower();
    return lower == "nan" || lower == "inf" || lower == "infinity";
}

ValueError parseFieldValue(QByteArrayView v, double *out)
{
    const char *begin = v.data();
    const char *end = begin + v.size();
    const char first = v.front();
    if (first == 't' || first == 'T' || first == 'f' || first == 'F') {
        if (v == "t" || v == "T" || v == "true" || v == "True" || v == "TRUE") {
            *out = 1.0;
            return ValueError::None;
        }
        if (v == "f" || v == "F" || v == "false" || v == "False" || v == "FALSE") {
            *out = 0.0;
            return ValueError::None;
        }
        return ValueError::NotNumber;
    }
    const char last = v.back();
    if (last == 'i' && v.size() > 1 && !isNonFiniteWord(v)) {
        qint64 n = 0;
        const auto [ptr, ec] = std::from_chars(begin, end - 1, n);
        if (ec == std::errc::result_out_of_range)
            return ValueError::OutOfRange;
        if (ec != std::errc() || ptr != end - 1)
            return ValueError::NotInteger;
        *out = double(n);
        return ValueError::None;
    }
    if (last == 'u' && v.size() > 1) {
        quint64 n = 0;
        const auto [ptr, ec] = std::from_chars(begin, end - 1, n);
        if (ec == std::errc::result_out_of_range)
            return ValueError::OutOfRange;
        if (ec != std::errc() || ptr != end - 1)
            return ValueError::NotUnsigned;
        *out = double(n);
        return ValueError::None;
    }
    const char *digits = first == '-' ? begin + 1 : begin;
    if (digits == end || !(isAsciiDigit(*digits) || *digits == '.'))
        return isNonFiniteWord(v) ? ValueError::NonFinite : ValueError::NotNumber;
    const auto [ptr, ec] = std::from_chars(begin, end, *out, std::chars_format::general);
    if (ec == std::errc::result_out_of_range)
        return ValueError::OutOfRange;
    if (ec != std::errc() || ptr != end)
        return ValueError::NotNumber;
    return std::isfinite(*out) ? ValueError::None : ValueError::NonFinite;
}

std::optional<TimestampMs> toMilliseconds(qint64 t, Precision precision)
{
    qint64 factor = 1;
    switch (precision) {
    case Precision::Nanoseconds:
        return t / 1'000'000;
    case Precision::Microseconds:
        return t / 1'000;
    case Precision::Milliseconds:
        return t;
    case Precision::Seconds:
        factor = 1'000;
        break;
    case Precision::Minutes:
        factor = 60'000;
        break;
    case Precision::Hours:
        factor = 3'600'000;
        break;
    }
    if (t > kMaxTimestampMs / factor)
        return std::nullopt;
    return t * factor;
}

class Parser {
public:
    Parser(Precision precision, LineProtocolResult &out, LineProtocolSink *sink = nullptr)
        : m_precision(precision)
        , m_out(out)
        , m_sink(sink)
    {
    }

    void parseLine(QByteArrayView line, int lineNo);

private:
    bool fail(qsizetype at, const QString &message)
    {
        m_out.errors.push_back(LineProtocolError{m_lineNo, int(at + 1), message});
        return false;
    }
    bool parseLineBody(QByteArrayView s);
    bool parseTags(QByteArrayView s, qsizetype begin, qsizetype end, Labels *labels);
    bool resolveName(qsizetype fieldStart, QByteArrayView measurement, QByteArrayView field, QString *name);
    bool valueError(ValueError e, qsizetype at, QByteArrayView value);

    Precision m_precision;
    LineProtocolResult &m_out;
    LineProtocolSink *m_sink;
    int m_lineNo = 0;
    std::unordered_map<NameKey, QString, NameKeyHash> m_names;
    std::unordered_map<std::string_view, Labels> m_labels;
    struct Pending {
        QString name;
        double value;
        QByteArrayView field; // the field key as sent
        qsizetype fieldAt = 0; // its column, for messages
    };
    std::vector<Pending> m_pending;
    QString m_measurement; // the current line's measurement, decoded on the first cache miss
    qsizetype m_measurementBytes = -1;
};

void Parser::parseLine(QByteArrayView line, int lineNo)
{
    m_lineNo = lineNo;
    line = trimLineEnd(line);
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i == line.size() || line[i] == '#')
        return;
    ++m_out.lines;
    if (line.size() > kLineProtocolMaxLineBytes) {
        fail(0,
            QCoreApplication::translate("hms::LineProtocol", "line too long: %1 bytes, the limit is %2")
                .arg(line.size())
                .arg(kLineProtocolMaxLineBytes));
        return;
    }
    if (!line.isValidUtf8()) {
        fail(qMax<qsizetype>(0, firstInvalidUtf8(line)),
            QCoreApplication::translate("hms::LineProtocol", "invalid UTF-8"));
        return;
    }
    m_pending.clear();
    m_measurement.clear();
    m_measurementBytes = -1;
    parseLineBody(line);
}

bool Parser::parseLineBody(QByteArrayView s)
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    while (isBlank(s[i]))
        ++i;

    // measurement
    const qsizetype mStart = i;
    i = scanEscaped(s, i, n, [](char c) { return c == ',' || c == ' '; });
    const QByteArrayView measurement = s.sliced(mStart, i - mStart);
    if (measurement.isEmpty())
        return fail(mStart, QCoreApplication::translate("hms::LineProtocol", "measurement: missing"));
    if (measurement.size() > kLineProtocolMaxNameBytes && unescape(measurement).size() > kLineProtocolMaxNameBytes) {
        return fail(mStart,
            QCoreApplication::translate("hms::LineProtocol", "measurement: longer than %1 bytes")
                .arg(kLineProtocolMaxNameBytes));
    }

    // tags: the whole section is the key of a cache of parsed label sets. A sink that knows the
    // series bytes needs no labels (parsed later only for a field it does not know).
    Labels parsedLabels;
    const Labels *labels = &parsedLabels;
    const qsizetype tagsStart = i;
    const qsizetype tagsEnd = i < n && s[i] == ',' ? scanEscaped(s, i, n, [](char c) { return c == ' '; }) : i;
    const QByteArrayView seriesBytes = s.sliced(mStart, tagsEnd - mStart);
    const void *known = m_sink ? m_sink->known(seriesBytes) : nullptr;
    auto parseLabels = [&]() -> bool {
        if (tagsEnd == tagsStart)
            return true;
        const std::string_view key = sv(s.sliced(tagsStart, tagsEnd - tagsStart));
        const auto it = m_labels.find(key);
        if (it != m_labels.end()) {
            labels = &it->second;
            return true;
        }
        if (!parseTags(s, tagsStart, tagsEnd, &parsedLabels))
            return false;
        if (m_labels.size() < kMaxCacheEntries)
            labels = &m_labels.emplace(key, std::move(parsedLabels)).first->second;
        return true;
    };
    if (!known && !parseLabels())
        return false;
    i = tagsEnd;
    if (i == n) {
        return fail(i,
            QCoreApplication::translate("hms::LineProtocol", "fields: missing (expected a space, then field=value)"));
    }
    while (i < n && s[i] == ' ')
        ++i;

    // fields
    int strings = 0;
    for (;;) {
        const qsizetype kStart = i;
        i = scanEscaped(s, i, n, [](char c) { return c == '=' || c == ',' || c == ' '; });
        const QByteArrayView key = s.sliced(kStart, i - kStart);
        if (key.isEmpty())
            return fail(kStart, QCoreApplication::translate("hms::LineProtocol", "field key: missing"));
        if (i == n || s[i] != '=') {
            return fail(i,
                QCoreApplication::translate("hms::LineProtocol", "field key: expected '=' after \"%1\"")
                    .arg(quoted(key)));
        }
        const qsizetype vStart = ++i;
        if (i < n && s[i] == '"') {
            ++i;
            while (i < n && s[i] != '"')
                i += s[i] == '\\' ? 2 : 1;
            if (i >= n) {
                return fail(vStart,
                    QCoreApplication::translate("hms::LineProtocol", "field value: string without a closing quote"));
            }
            ++i;
            if (i < n && s[i] != ',' && s[i] != ' ') {
                return fail(i,
                    QCoreApplication::translate(
                        "hms::LineProtocol", "field value: expected ',' or a space after the closing quote"));
            }
            ++strings;
        } else {
            i = scanPlain(s, i, n, [](char c) { return c == ',' || c == ' '; });
            const QByteArrayView value = s.sliced(vStart, i - vStart);
            if (value.isEmpty())
                return fail(vStart, QCoreApplication::translate("hms::LineProtocol", "field value: missing"));
            double v = 0.0;
            const ValueError e = parseFieldValue(value, &v);
            if (e != ValueError::None)
                return valueError(e, vStart, value);
            QString name;
            if (!known && !resolveName(kStart, measurement, key, &name))
                return false;
            m_pending.push_back(Pending{std::move(name), v, key, kStart});
        }
        if (i < n && s[i] == ',') {
            ++i;
            continue;
        }
        break;
    }

    // timestamp
    while (i < n && s[i] == ' ')
        ++i;
    TimestampMs timestampMs = 0;
    if (i < n) {
        const qsizetype tStart = i;
        i = scanPlain(s, i, n, [](char c) { return c == ' '; });
        const QByteArrayView text = s.sliced(tStart, i - tStart);
        qint64 t = 0;
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), t);
        if (ec == std::errc::invalid_argument || ptr != text.data() + text.size()) {
            return fail(tStart,
                QCoreApplication::translate("hms::LineProtocol", "timestamp: expected an integer, got \"%1\"")
                    .arg(quoted(text)));
        }
        const std::optional<TimestampMs> ms
            = ec == std::errc() && t > 0 ? toMilliseconds(t, m_precision) : std::nullopt;
        if (!ms || *ms < 1 || *ms > kMaxTimestampMs) {
            return fail(tStart,
                QCoreApplication::translate(
                    "hms::LineProtocol", "timestamp: \"%1\" is out of range (1970 to 9999 in the request's precision)")
                    .arg(quoted(text)));
        }
        timestampMs = *ms;
        while (i < n && s[i] == ' ')
            ++i;
        if (i < n) {
            return fail(i,
                QCoreApplication::translate("hms::LineProtocol", "unexpected text after the timestamp: \"%1\"")
                    .arg(quoted(s.sliced(i))));
        }
    }

    m_out.stringFields += strings;
    if (m_sink) {
        // Every field is checked before any is handed over: a line refused for one of its fields
        // stores none of them, on the cached path as on the other.
        bool labelsParsed = !known;
        for (Pending &p : m_pending) {
            if (known && m_sink->knowsField(known, p.field))
                continue;
            if (!labelsParsed && !parseLabels())
                return false;
            labelsParsed = true;
            if (p.name.isEmpty() && !resolveName(p.fieldAt, measurement, p.field, &p.name))
                return false;
        }
        for (const Pending &p : m_pending) {
            if (p.name.isEmpty() && m_sink->sampleOf(known, p.field, p.value, timestampMs))
                continue;
            m_sink->sample(seriesBytes, p.field, p.name, *labels, p.value, timestampMs);
        }
        return true;
    }
    for (size_t k = 0; k < m_pending.size(); ++k) {
        const bool last = k + 1 == m_pending.size();
        m_out.samples.push_back(PushedSample{std::move(m_pending[k].name),
            labels == &parsedLabels && last ? std::move(parsedLabels) : Labels(*labels), m_pending[k].value,
            timestampMs, QString(), PushedSample::Kind::Gauge});
    }
    return true;
}

bool Parser::parseTags(QByteArrayView s, qsizetype begin, qsizetype end, Labels *labels)
{
    qsizetype i = begin;
    while (i < end) { // s[i] == ','
        ++i;
        const qsizetype kStart = i;
        i = scanEscaped(s, i, end, [](char c) { return c == '=' || c == ','; });
        const QByteArrayView key = s.sliced(kStart, i - kStart);
        if (key.isEmpty())
            return fail(kStart, QCoreApplication::translate("hms::LineProtocol", "tag key: missing"));
        if (i == end || s[i] != '=') {
            return fail(i,
                QCoreApplication::translate("hms::LineProtocol", "tag key: expected '=' after \"%1\"")
                    .arg(quoted(key)));
        }
        const qsizetype vStart = ++i;
        i = scanEscaped(s, i, end, [](char c) { return c == ','; });
        const QByteArrayView value = s.sliced(vStart, i - vStart);
        if (value.isEmpty()) {
            return fail(vStart,
                QCoreApplication::translate("hms::LineProtocol", "tag value: missing for the tag \"%1\"")
                    .arg(quoted(key)));
        }
        const QByteArray k = unescape(key);
        const QByteArray v = unescape(value);
        if (k.size() > kLineProtocolMaxNameBytes) {
            return fail(kStart,
                QCoreApplication::translate("hms::LineProtocol", "tag key: longer than %1 bytes")
                    .arg(kLineProtocolMaxNameBytes));
        }
        if (v.size() > kLineProtocolMaxNameBytes) {
            return fail(vStart,
                QCoreApplication::translate("hms::LineProtocol", "tag value: longer than %1 bytes")
                    .arg(kLineProtocolMaxNameBytes));
        }
        if (!labels->try_emplace(QString::fromUtf8(k), QString::fromUtf8(v)).second) {
            return fail(kStart,
                QCoreApplication::translate("hms::LineProtocol", "tag key: \"%1\" appears twice").arg(quoted(key)));
        }
    }
    return true;
}

bool Parser::resolveName(qsizetype fieldStart, QByteArrayView measurement, QByteArrayView field, QString *name)
{
    const NameKey key{sv(measurement), sv(field)};
    if (const auto it = m_names.find(key); it != m_names.end()) {
        *name = it->second;
        return true;
    }
    if (m_measurementBytes < 0) {
        const QByteArray m = unescape(measurement);
        m_measurementBytes = m.size();
        m_measurement = QString::fromUtf8(m);
    }
    if (field == "value") {
        *name = m_measurement;
    } else {
        const QByteArray f = unescape(field);
        if (m_measurementBytes + 1 + f.size() > kLineProtocolMaxNameBytes) {
            return fail(fieldStart,
                QCoreApplication::translate(
                    "hms::LineProtocol", "field key: the metric name measurement_field is longer than %1 bytes")
                    .arg(kLineProtocolMaxNameBytes));
        }
        *name = m_measurement + u'_' + QString::fromUtf8(f);
    }
    if (m_names.size() < kMaxCacheEntries)
        m_names.emplace(key, *name);
    return true;
}

bool Parser::valueError(ValueError e, qsizetype at, QByteArrayView value)
{
    const QString v = quoted(value);
    switch (e) {
    case ValueError::NotInteger:
        return fail(at,
            QCoreApplication::translate("hms::LineProtocol", "field value: expected an integer before 'i', got \"%1\"")
                .arg(v));
    case ValueError::NotUnsigned:
        return fail(at,
            QCoreApplication::translate(
                "hms::LineProtocol", "field value: expected an unsigned integer before 'u', got \"%1\"")
                .arg(v));
    case ValueError::OutOfRange:
        return fail(at, QCoreApplication::translate("hms::LineProtocol", "field value: \"%1\" is out of range").arg(v));
    case ValueError::NonFinite:
        return fail(at,
            QCoreApplication::translate(
                "hms::LineProtocol", "field value: NaN and infinity are not allowed, got \"%1\"")
                .arg(v));
    case ValueError::NotNumber:
    case ValueError::None:
        break;
    }
    return fail(
        at, QCoreApplication::translate("hms::LineProtocol", "field value: expected a number, got \"%1\"").arg(v));
}

} // namespace

std::optional<Precision> parsePrecision(QStringView text)
{
    if (text.isEmpty() || text == u"ns" || text == u"n")
        return Precision::Nanoseconds;
    if (text == u"us" || text == u"u" || text == u"\u00b5s" || text == u"\u03bcs")
        return Precision::Microseconds;
    if (text == u"ms")
        return Precision::Milliseconds;
    if (text == u"s")
        return Precision::Seconds;
    if (text == u"m")
        return Precision::Minutes;
    if (text == u"h")
        return Precision::Hours;
    return std::nullopt;
}

QString LineProtocolError::toString() const
{
    return QCoreApplication::translate("hms::LineProtocol", "line %1:%2: %3").arg(line).arg(column).arg(message);
}

LineProtocolResult parseLineProtocol(QByteArrayView body, Precision precision)
{
    LineProtocolResult out;
    Parser parser(precision, out);
    forEachLine(body, [&parser](QByteArrayView line, int lineNo) { parser.parseLine(line, lineNo); });
    return out;
}

LineProtocolResult parseLineProtocol(QByteArrayView body, Precision precision, LineProtocolSink &sink)
{
    LineProtocolResult out;
    Parser parser(precision, out, &sink);
    forEachLine(body, [&parser](QByteArrayView line, int lineNo) { parser.parseLine(line, lineNo); });
    return out;
}

} // namespace hms
