#include "ingest/PushParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <array>
#include <cmath>
#include <limits>

namespace hms {

namespace {

constexpr qsizetype kMaxNameBytes = 1024;
// Unix seconds accepted as a timestamp: 1970-01-01 .. 9999-12-31.
constexpr double kMaxTimestampSeconds = 253402300799.0;

constexpr std::array<QStringView, 6> kFields{u"name", u"value", u"labels", u"timestamp", u"trace_id", u"kind"};

QString validFields()
{
    QString out;
    for (const QStringView f : kFields) {
        if (!out.isEmpty())
            out += u", ";
        out += f;
    }
    return out;
}

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("hms::PushParser", "a boolean");
    case QJsonValue::Double:
        return QCoreApplication::translate("hms::PushParser", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("hms::PushParser", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("hms::PushParser", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("hms::PushParser", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("hms::PushParser", "nothing");
}

// RFC 3339: an ISO 8601 date-time that names its offset (or Z). Returns nullopt otherwise.
std::optional<TimestampMs> parseRfc3339(const QString &text)
{
    if (text.size() > 64)
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

class SampleReader {
public:
    SampleReader(int index, PushParseResult &out)
        : m_index(index)
        , m_out(out)
    {
    }

    void error(const QString &field, const QString &message)
    {
        m_out.errors.push_back(PushParseError{m_index, field, message});
        m_ok = false;
    }

    void read(const QJsonValue &value)
    {
        if (!value.isObject()) {
            error(QString(),
                QCoreApplication::translate("hms::PushParser", "expected an object, got %1").arg(typeName(value)));
            return;
        }
        const QJsonObject obj = value.toObject();
        PushedSample s;
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            const QString key = it.key();
            const QJsonValue v = it.value();
            if (key == u"name")
                readName(v, s);
            else if (key == u"value")
                readValue(v, s);
            else if (key == u"labels")
                readLabels(v, s);
            else if (key == u"timestamp")
                readTimestamp(v, s);
            else if (key == u"trace_id")
                readTraceId(v, s);
            else if (key == u"kind")
                readKind(v, s);
            else
                error(key,
                    QCoreApplication::translate("hms::PushParser", "unknown field; valid fields are: %1")
                        .arg(validFields()));
        }
        if (!obj.contains(u"name"))
            error(QStringLiteral("name"), QCoreApplication::translate("hms::PushParser", "required field missing"));
        if (!obj.contains(u"value"))
            error(QStringLiteral("value"), QCoreApplication::translate("hms::PushParser", "required field missing"));
        if (m_ok)
            m_out.samples.push_back(std::move(s));
    }

private:
    void readName(const QJsonValue &v, PushedSample &s)
    {
        if (!v.isString()) {
            error(QStringLiteral("name"),
                QCoreApplication::translate("hms::PushParser", "expected a string, got %1").arg(typeName(v)));
            return;
        }
        s.name = v.toString();
        const qsizetype bytes = s.name.toUtf8().size();
        if (bytes < 1 || bytes > kMaxNameBytes) {
            error(QStringLiteral("name"),
                QCoreApplication::translate("hms::PushParser", "expected 1 to %1 bytes, got %2")
                    .arg(kMaxNameBytes)
                    .arg(bytes));
        }
    }

    void readValue(const QJsonValue &v, PushedSample &s)
    {
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            error(QStringLiteral("value"),
                QCoreApplication::translate("hms::PushParser", "expected a finite number, got %1").arg(typeName(v)));
            return;
        }
        s.value = v.toDouble();
    }

    void readLabels(const QJsonValue &v, PushedSample &s)
    {
        if (!v.isObject()) {
            error(QStringLiteral("labels"),
                QCoreApplication::translate("hms::PushParser", "expected an object of strings, got %1")
                    .arg(typeName(v)));
            return;
        }
        const QJsonObject labels = v.toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it) {
            if (it.key().isEmpty()) {
                error(QStringLiteral("labels"), QCoreApplication::translate("hms::PushParser", "empty label name"));
                continue;
            }
            if (!it.value().isString()) {
                error(u"labels." + it.key(),
                    QCoreApplication::translate("hms::PushParser", "expected a string, got %1")
                        .arg(typeName(it.value())));
                continue;
            }
            s.labels.insert_or_assign(it.key(), it.value().toString());
        }
    }

    void readTimestamp(const QJsonValue &v, PushedSample &s)
    {
        const QString field = QStringLiteral("timestamp");
        if (v.isDouble()) {
            const double seconds = v.toDouble();
            if (!std::isfinite(seconds) || seconds < 0.0 || seconds > kMaxTimestampSeconds) {
                error(field,
                    QCoreApplication::translate("hms::PushParser", "expected Unix seconds between 0 and 253402300799"));
                return;
            }
            s.timestampMs = TimestampMs(std::llround(seconds * 1000.0));
            return;
        }
        if (v.isString()) {
            const auto ms = parseRfc3339(v.toString());
            if (!ms) {
                error(field,
                    QCoreApplication::translate("hms::PushParser",
                        "expected an RFC 3339 time with an offset, like "
                        "\"2026-01-05T08:00:00Z\""));
                return;
            }
            // The same range as numbers: a series' time starts at 1970 (found by fuzz_push: a year
            // 541 timestamp made a negative time).
            if (*ms < 0) {
                error(field, QCoreApplication::translate("hms::PushParser", "%1 is before 1970-01-01").arg(v.toString()));
                return;
            }
            s.timestampMs = *ms;
            return;
        }
        error(field,
            QCoreApplication::translate("hms::PushParser", "expected Unix seconds or an RFC 3339 string, got %1")
                .arg(typeName(v)));
    }

    void readTraceId(const QJsonValue &v, PushedSample &s)
    {
        if (!v.isString()) {
            error(QStringLiteral("trace_id"),
                QCoreApplication::translate("hms::PushParser", "expected a string, got %1").arg(typeName(v)));
            return;
        }
        s.traceId = v.toString();
    }

    void readKind(const QJsonValue &v, PushedSample &s)
    {
        const QString kind = v.toString();
        if (v.isString() && kind == u"observation") {
            s.kind = PushedSample::Kind::Observation;
        } else if (v.isString() && kind == u"gauge") {
            s.kind = PushedSample::Kind::Gauge;
        } else if (v.isString() && kind == u"counter") {
            s.kind = PushedSample::Kind::Counter;
        } else {
            error(QStringLiteral("kind"),
                QCoreApplication::translate("hms::PushParser", "expected \"observation\", \"gauge\" or \"counter\""));
        }
    }

    int m_index;
    PushParseResult &m_out;
    bool m_ok = true;
};

void documentError(PushParseResult &out, const QString &field, const QString &message)
{
    out.documentError = true;
    out.samples.clear();
    out.errors.push_back(PushParseError{-1, field, message});
}

} // namespace

QString PushParseError::toString() const
{
    QString where;
    if (index >= 0)
        where = u"samples[" + QString::number(index) + u']';
    if (!field.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(".")) + field;
    return where.isEmpty() ? message : where + u": " + message;
}

PushParseResult parsePushBody(QByteArrayView body)
{
    PushParseResult out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        documentError(out, QString(),
            QCoreApplication::translate("hms::PushParser", "invalid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString()));
        return out;
    }
    QJsonArray samples;
    if (doc.isArray()) {
        samples = doc.array();
    } else if (doc.isObject() && doc.object().contains(u"samples")) {
        const QJsonObject obj = doc.object();
        if (obj.size() != 1) {
            documentError(out, QString(),
                QCoreApplication::translate("hms::PushParser", "an object with \"samples\" must have no other field"));
            return out;
        }
        if (!obj.value(u"samples").isArray()) {
            documentError(out, QStringLiteral("samples"),
                QCoreApplication::translate("hms::PushParser", "expected an array, got %1")
                    .arg(typeName(obj.value(u"samples"))));
            return out;
        }
        samples = obj.value(u"samples").toArray();
    } else if (doc.isObject()) {
        SampleReader(0, out).read(doc.object());
        return out;
    } else {
        documentError(out, QString(),
            QCoreApplication::translate("hms::PushParser", "expected an object or an array of objects"));
        return out;
    }
    for (qsizetype i = 0; i < samples.size(); ++i)
        SampleReader(int(qMin<qsizetype>(i, std::numeric_limits<int>::max())), out).read(samples.at(i));
    return out;
}

} // namespace hms
