#include "remote/PromApi.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <cmath>
#include <limits>

namespace hms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hms::PromApi", text);
}

// Seconds with up to millisecond precision, as the API writes and reads them.
QString secondsText(TimestampMs ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

bool readTimeValue(const QJsonValue &pair, Sample *out)
{
    if (!pair.isArray())
        return false;
    const QJsonArray a = pair.toArray();
    if (a.size() != 2 || !a.at(0).isDouble() || !a.at(1).isString())
        return false;
    const double seconds = a.at(0).toDouble();
    if (!std::isfinite(seconds) || std::fabs(seconds) > 1e13)
        return false;
    out->t = TimestampMs(std::llround(seconds * 1000.0));
    return parsePromFloat(a.at(1).toString(), &out->v);
}

bool readLabels(const QJsonValue &metric, Labels *out)
{
    if (!metric.isObject())
        return false;
    const QJsonObject o = metric.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!it.value().isString())
            return false;
        (*out)[it.key()] = it.value().toString();
    }
    return true;
}

} // namespace

bool parsePromFloat(const QString &text, double *out)
{
    if (text == u"NaN") {
        *out = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == u"+Inf" || text == u"Inf") {
        *out = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == u"-Inf") {
        *out = -std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    *out = text.toDouble(&ok);
    return ok;
}

PromResult parsePromResponse(const QByteArray &body, int httpStatus)
{
    PromResult out;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = parseError.error != QJsonParseError::NoError
            ? tr("HTTP %1, not the query API's JSON (at byte %2: %3): %4")
                  .arg(httpStatus)
                  .arg(parseError.offset)
                  .arg(parseError.errorString(), QString::fromUtf8(body.left(120)).simplified())
            : tr("HTTP %1: expected a JSON object").arg(httpStatus);
        // Only 400 and 422 are the query's fault; 401/403 (credentials), 404 (wrong URL), 429 and
        // 5xx are the source's.
        out.sourceFailure = httpStatus != 400 && httpStatus != 422;
        return out;
    }
    const QJsonObject root = doc.object();
    for (const QJsonValue &w : root.value(QStringLiteral("warnings")).toArray())
        out.warnings << w.toString();
    const QString status = root.value(QStringLiteral("status")).toString();
    if (status == u"error") {
        out.error = QStringLiteral("%1: %2").arg(root.value(QStringLiteral("errorType")).toString(QStringLiteral("error")),
                                                  root.value(QStringLiteral("error")).toString());
        out.sourceFailure = httpStatus != 400 && httpStatus != 422 && httpStatus != 200;
        return out;
    }
    if (status != u"success") {
        out.error = tr("status: expected \"success\" or \"error\", got \"%1\"").arg(status);
        return out;
    }
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    out.resultType = data.value(QStringLiteral("resultType")).toString();
    const QJsonValue result = data.value(QStringLiteral("result"));
    if (out.resultType == u"scalar" || out.resultType == u"string") {
        Sample s;
        if (out.resultType == u"scalar" && !readTimeValue(result, &s)) {
            out.error = tr("data.result: expected [time, \"value\"]");
            return out;
        }
        if (out.resultType == u"scalar")
            out.series.push_back({Labels{}, {s}});
        return out;
    }
    if (out.resultType != u"vector" && out.resultType != u"matrix") {
        out.error = tr("data.resultType: expected vector, matrix, scalar or string, got \"%1\"").arg(out.resultType);
        return out;
    }
    if (!result.isArray()) {
        out.error = tr("data.result: expected a list");
        return out;
    }
    const QJsonArray list = result.toArray();
    out.series.reserve(std::size_t(list.size()));
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = QStringLiteral("data.result[%1]").arg(i);
        const QJsonObject item = list.at(i).toObject();
        PromSeries series;
        if (!readLabels(item.value(QStringLiteral("metric")), &series.labels)) {
            out.error = tr("%1.metric: expected an object of label strings").arg(where);
            return out;
        }
        if (out.resultType == u"vector") {
            Sample s;
            if (!readTimeValue(item.value(QStringLiteral("value")), &s)) {
                out.error = tr("%1.value: expected [time, \"value\"]").arg(where);
                return out;
            }
            series.samples.push_back(s);
        } else {
            const QJsonValue values = item.value(QStringLiteral("values"));
            if (!values.isArray()) {
                out.error = tr("%1.values: expected a list").arg(where);
                return out;
            }
            const QJsonArray points = values.toArray();
            series.samples.reserve(std::size_t(points.size()));
            for (qsizetype j = 0; j < points.size(); ++j) {
                Sample s;
                if (!readTimeValue(points.at(j), &s)) {
                    out.error = tr("%1.values[%2]: expected [time, \"value\"]").arg(where).arg(j);
                    return out;
                }
                if (!series.samples.empty() && s.t <= series.samples.back().t) {
                    out.error = tr("%1.values[%2]: time goes backwards").arg(where).arg(j);
                    return out;
                }
                series.samples.push_back(s);
            }
        }
        out.series.push_back(std::move(series));
    }
    return out;
}

PromRange alignRange(TimestampMs start, TimestampMs end, qint64 stepMs)
{
    stepMs = std::max<qint64>(1, stepMs);
    auto down = [stepMs](TimestampMs t) { return t >= 0 ? t / stepMs * stepMs : -((-t + stepMs - 1) / stepMs) * stepMs; };
    PromRange r{down(start), down(end), stepMs};
    if (r.end < r.start)
        r.end = r.start;
    return r;
}

qint64 chooseStep(qint64 rangeMs, int maxPoints, qint64 minStepMs)
{
    const qint64 raw = std::max<qint64>(minStepMs, (rangeMs + std::max(1, maxPoints) - 1) / std::max(1, maxPoints));
    return std::max<qint64>(1000, (raw + 999) / 1000 * 1000);
}

QUrl promInstantUrl(const QUrl &base, const QString &query, TimestampMs at)
{
    QUrl url = base;
    url.setPath(base.path().chopped(base.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/v1/query"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(query)));
    q.addQueryItem(QStringLiteral("time"), secondsText(at));
    url.setQuery(q);
    return url;
}

QUrl promRangeUrl(const QUrl &base, const QString &query, const PromRange &range)
{
    QUrl url = base;
    url.setPath(base.path().chopped(base.path().endsWith(u'/') ? 1 : 0) + QStringLiteral("/api/v1/query_range"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(query)));
    q.addQueryItem(QStringLiteral("start"), secondsText(range.start));
    q.addQueryItem(QStringLiteral("end"), secondsText(range.end));
    q.addQueryItem(QStringLiteral("step"), secondsText(range.stepMs));
    url.setQuery(q);
    return url;
}

} // namespace hms
