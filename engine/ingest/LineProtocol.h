// InfluxDB line protocol parser for the /write endpoints (InfluxDB 1.x /write, 2.x /api/v2/write,
// VictoriaMetrics). A pure function over the request body; the hot ingest path.
#pragma once

#include "ingest/PushParser.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace hms {

// Unit of the timestamps in a body (the `precision` query parameter).
enum class Precision { Nanoseconds, Microseconds, Milliseconds, Seconds, Minutes, Hours };

// "ns", "us", "µs", "ms", "s" (InfluxDB 2.x) and "n", "u", "m", "h" (InfluxDB 1.x); an empty
// parameter means nanoseconds. Anything else is nullopt (the endpoint answers 400).
std::optional<Precision> parsePrecision(QStringView text);

struct LineProtocolError {
    int line = 0; // 1-based line number in the body
    int column = 0; // 1-based byte column in that line
    QString message; // human-readable, already translated
    QString toString() const; // "line 3:17: field value: expected a number, got \"abc\""
};

struct LineProtocolResult {
    std::vector<PushedSample> samples; // kind Gauge; timestampMs 0 when the line has none
    std::vector<LineProtocolError> errors; // a bad line is reported and skipped, the rest kept
    int lines = 0; // lines holding a point (good or bad); comments and blank lines excluded
    int stringFields = 0; // string fields seen and skipped (not an error)
};

constexpr qsizetype kLineProtocolMaxLineBytes = 64 * 1024;
constexpr qsizetype kLineProtocolMaxNameBytes = 1024;

// Receives each good sample of a body in order, instead of LineProtocolResult::samples:
// `seriesBytes` is the measurement and tag section exactly as sent and `field` the field key as
// sent (views into the body), so a caller can cache series by those bytes; `name` and `labels`
// are what they parse to. Everything is valid only during the call.
class LineProtocolSink {
public:
    virtual ~LineProtocolSink() = default;
    virtual void sample(QByteArrayView seriesBytes, QByteArrayView field, const QString &name, const Labels &labels,
                        double value, TimestampMs timestampMs) = 0;
    // The fast path, optional: a sink that recognises a line's series bytes (bytes it has seen
    // parse cleanly before) returns a non-null token; the parser then skips the tags and hands
    // each field to sampleOf(), and only a field that returns false goes through sample().
    virtual const void *known(QByteArrayView seriesBytes)
    {
        Q_UNUSED(seriesBytes);
        return nullptr;
    }
    virtual bool sampleOf(const void *token, QByteArrayView field, double value, TimestampMs timestampMs)
    {
        Q_UNUSED(token);
        Q_UNUSED(field);
        Q_UNUSED(value);
        Q_UNUSED(timestampMs);
        return false;
    }
    // Whether sampleOf() would take this field. The parser asks before it hands over any field
    // of a line, so that a line refused for a later field (a name too long) stores none of them.
    virtual bool knowsField(const void *token, QByteArrayView field)
    {
        Q_UNUSED(token);
        Q_UNUSED(field);
        return false;
    }
};

// Parses a body of lines `measurement[,tag=v...] field=v[,field=v...] [timestamp]`.
// Each field gives one sample named `{measurement}_{field}` (just `{measurement}` for a field
// named `value`, as VictoriaMetrics does); tags become labels; booleans become 1 and 0; string
// fields are skipped and counted. Timestamps are converted from `precision` to milliseconds
// (truncated toward negative infinity).
LineProtocolResult parseLineProtocol(QByteArrayView body, Precision precision = Precision::Nanoseconds);
// The same, handing samples to `sink` (the result's `samples` stay empty).
LineProtocolResult parseLineProtocol(QByteArrayView body, Precision precision, LineProtocolSink &sink);

} // namespace hms
