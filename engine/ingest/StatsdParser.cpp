#include "ingest/StatsdParser.h"

#include <charconv>
#include <cmath>
#include <optional>

// Choices this parser makes where StatsD dialects differ (tested in tst_statsdparser):
// - One value per line. The statsd 0.8 multi-value form `name:1:2|c` is rejected as bad_value
//   (it is rare, and accepting it would need one line to produce several samples). For a Set the
//   member is everything after the first ':' up to the first '|', so `users:a:b|s` has member "a:b".
// - The sections after the type may come in any order; `@rate` and `#tags` may each appear once
//   (a second one is bad_sample_rate / bad_tags). Empty sections and sections this parser does not
//   know (DogStatsD's `c:<container id>`, `T<timestamp>`, ...) are ignored, like the Datadog agent does.
// - A leading '+' is accepted on every numeric value; on a gauge a leading '+' or '-' makes it a delta.
// - The name is taken as sent (no sanitizing): bytes under 0x20, 0x7f, space, '@' and '#' make it
//   bad_name; ':' and '|' cannot occur by construction.
// - Tags: `#k:v,k2,k3:v:with:colons`; the key is up to the first ':', the value may hold ':'.
//   An empty tag (`#a,,b`), an empty key (`#:v`) or an empty section (`|#`) is bad_tags. When a key
//   repeats, the last value wins. `trace_id:xyz` goes to traceId and not to tags.

namespace hms {

namespace {

std::optional<double> parseNumber(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (*begin == '+') {
        ++begin; // std::from_chars does not take '+'; a second sign is not allowed
        if (begin == end || *begin == '+' || *begin == '-')
            return std::nullopt;
    }
    double value = 0.0;
    const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool isBadNameByte(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u == 0x7f || c == ' ' || c == '@' || c == '#';
}

std::optional<StatsdReject> checkName(QByteArrayView name)
{
    if (name.isEmpty())
        return StatsdReject::Empty;
    if (name.size() > kStatsdMaxNameLength)
        return StatsdReject::NameTooLong;
    for (const char c : name) {
        if (isBadNameByte(c))
            return StatsdReject::BadName;
    }
    if (!name.isValidUtf8())
        return StatsdReject::BadUtf8;
    return std::nullopt;
}

std::optional<StatsdType> parseType(QByteArrayView t)
{
    if (t.size() == 1) {
        switch (t[0]) {
        case 'c':
            return StatsdType::Counter;
        case 'g':
            return StatsdType::Gauge;
        case 'h':
            return StatsdType::Histogram;
        case 'd':
            return StatsdType::Distribution;
        case 's':
            return StatsdType::Set;
        default:
            return std::nullopt;
        }
    }
    if (t == QByteArrayView("ms"))
        return StatsdType::Timer;
    return std::nullopt;
}

// Parses the body of a `#` section (without the '#') into line.tags / line.traceId.
std::optional<StatsdReject> parseTags(QByteArrayView body, StatsdLine &line)
{
    if (body.isEmpty())
        return StatsdReject::BadTags;
    if (!body.isValidUtf8())
        return StatsdReject::BadUtf8;
    qsizetype pos = 0;
    while (pos <= body.size()) {
        qsizetype comma = body.indexOf(',', pos);
        if (comma < 0)
            comma = body.size();
        const QByteArrayView tag = body.sliced(pos, comma - pos);
        if (tag.isEmpty())
            return StatsdReject::BadTags;
        const qsizetype colon = tag.indexOf(':');
        const QByteArrayView key = colon < 0 ? tag : tag.first(colon);
        const QByteArrayView value = colon < 0 ? QByteArrayView() : tag.sliced(colon + 1);
        if (key.isEmpty())
            return StatsdReject::BadTags;
        if (key == QByteArrayView("trace_id"))
            line.traceId = QString::fromUtf8(value);
        else
            line.tags.insert_or_assign(QString::fromUtf8(key), QString::fromUtf8(value));
        pos = comma + 1;
    }
    return std::nullopt;
}

// Parses one non-empty line; returns the reason on rejection.
std::optional<StatsdReject> parseLine(QByteArrayView text, StatsdLine &line)
{
    qsizetype bar = text.indexOf('|');
    const QByteArrayView head = bar < 0 ? text : text.first(bar);
    const qsizetype colon = head.indexOf(':');
    if (colon < 0)
        return head.isEmpty() ? StatsdReject::Empty : StatsdReject::NoValue;
    const QByteArrayView name = head.first(colon);
    const QByteArrayView value = head.sliced(colon + 1);
    if (const auto bad = checkName(name))
        return bad;
    if (value.isEmpty())
        return StatsdReject::NoValue;
    if (bar < 0)
        return StatsdReject::NoType;

    qsizetype next = text.indexOf('|', bar + 1);
    const QByteArrayView typeText = text.sliced(bar + 1, (next < 0 ? text.size() : next) - bar - 1);
    if (typeText.isEmpty())
        return StatsdReject::NoType;
    const auto type = parseType(typeText);
    if (!type)
        return StatsdReject::BadType;

    line.type = *type;
    if (line.type == StatsdType::Set) {
        line.setMember = value.toByteArray();
        line.value = 0.0;
    } else {
        const auto number = parseNumber(value);
        if (!number)
            return StatsdReject::BadValue;
        line.value = *number;
        if (line.type == StatsdType::Gauge && (value[0] == '+' || value[0] == '-'))
            line.type = StatsdType::GaugeDelta;
    }

    bool haveRate = false;
    bool haveTags = false;
    while (next >= 0) {
        bar = next;
        next = text.indexOf('|', bar + 1);
        const QByteArrayView section = text.sliced(bar + 1, (next < 0 ? text.size() : next) - bar - 1);
        if (section.isEmpty())
            continue;
        if (section[0] == '@') {
            if (haveRate)
                return StatsdReject::BadRate;
            haveRate = true;
            const auto rate = parseNumber(section.sliced(1));
            if (!rate || !(*rate > 0.0) || *rate > 1.0)
                return StatsdReject::BadRate;
            line.sampleRate = *rate;
        } else if (section[0] == '#') {
            if (haveTags)
                return StatsdReject::BadTags;
            haveTags = true;
            if (const auto bad = parseTags(section.sliced(1), line))
                return bad;
        }
        // Anything else: an extension section we do not use (see the comment at the top).
    }
    line.name = QString::fromUtf8(name);
    return std::nullopt;
}

} // namespace

QString statsdRejectReason(StatsdReject r)
{
    // Label values of ops_ingest_rejected_total: stable identifiers, not translated.
    switch (r) {
    case StatsdReject::Empty:
        return QStringLiteral("empty_name");
    case StatsdReject::NoValue:
        return QStringLiteral("no_value");
    case StatsdReject::BadValue:
        return QStringLiteral("bad_value");
    case StatsdReject::NoType:
        return QStringLiteral("no_type");
    case StatsdReject::BadType:
        return QStringLiteral("bad_type");
    case StatsdReject::BadRate:
        return QStringLiteral("bad_sample_rate");
    case StatsdReject::BadTags:
        return QStringLiteral("bad_tags");
    case StatsdReject::NameTooLong:
        return QStringLiteral("name_too_long");
    case StatsdReject::BadUtf8:
        return QStringLiteral("bad_utf8");
    case StatsdReject::BadName:
        return QStringLiteral("bad_name");
    }
    return QStringLiteral("unknown");
}

void parseStatsdPacket(QByteArrayView packet, StatsdParseResult &out)
{
    qsizetype pos = 0;
    while (pos < packet.size()) {
        qsizetype nl = packet.indexOf('\n', pos);
        if (nl < 0)
            nl = packet.size();
        QByteArrayView text = packet.sliced(pos, nl - pos);
        pos = nl + 1;
        if (text.endsWith('\r'))
            text.chop(1);
        if (text.isEmpty())
            continue;
        StatsdLine line;
        if (const auto reject = parseLine(text, line))
            out.rejects.push_back(*reject);
        else
            out.lines.push_back(std::move(line));
    }
}

} // namespace hms
