// Core value types shared by every engine unit: labels, samples, series keys.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <map>

namespace hms {

// A label set, kept sorted by name so that equal sets compare and hash equally.
using Labels = std::map<QString, QString>;

// Milliseconds since the Unix epoch, UTC. Every timestamp in the engine uses it.
using TimestampMs = qint64;

struct Sample {
    TimestampMs t = 0;
    double v = 0.0;
    friend bool operator==(const Sample &, const Sample &) = default;
};

// A sample that carries a trace id (the seed's MCP trace_id): kept beside the samples,
// never as a label, so that it does not multiply series.
struct Exemplar {
    TimestampMs t = 0;
    double v = 0.0;
    QString traceId;
    friend bool operator==(const Exemplar &, const Exemplar &) = default;
};

// A series is a metric name plus its labels.
struct SeriesKey {
    QString name;
    Labels labels;

    // `name{k="v",k2="v2"}` in Prometheus notation; also the key used in hash maps.
    QString toString() const;
    friend bool operator==(const SeriesKey &, const SeriesKey &) = default;
    friend bool operator<(const SeriesKey &a, const SeriesKey &b)
    {
        return a.name != b.name ? a.name < b.name : a.labels < b.labels;
    }
};

// Renders labels as `{k="v",k2="v2"}` (empty string for no labels), escaping `\`, `"` and newlines.
QString formatLabels(const Labels &labels);

// A label set as a compact JSON object ({"k":"v"}) and back (a non-object gives no labels).
QString labelsToJson(const Labels &labels);
// The same as a JSON object, and back (values that are not strings read as "").
QJsonObject labelsObject(const Labels &labels);
Labels labelsFromObject(const QJsonObject &o);
Labels labelsFromJson(const QString &json);

// A stable 16-hex-digit fingerprint of a label set (SHA-256 prefix of the canonical form).
QString fingerprint(const Labels &labels);

} // namespace hms

Q_DECLARE_METATYPE(hms::Labels)
