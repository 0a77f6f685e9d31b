#include "api/ApiJson.h"

#include "core/Duration.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace hms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hms", text);
}
} // namespace

QHttpServerResponse apiError(QHttpServerResponder::StatusCode status, const QString &message, const QJsonObject &extra)
{
    QJsonObject body = extra;
    body.insert(QStringLiteral("error"), message);
    return QHttpServerResponse(body, status);
}

QHttpServerResponse parseErrorResponse(const std::vector<RuleParseError> &errors)
{
    QStringList lines;
    QJsonArray list;
    for (const RuleParseError &e : errors) {
        lines << e.toString();
        list.append(QJsonObject{{QStringLiteral("file"), e.file},
                                {QStringLiteral("line"), e.line},
                                {QStringLiteral("column"), e.column},
                                {QStringLiteral("message"), e.message}});
    }
    return apiError(QHttpServerResponder::StatusCode::BadRequest, lines.join(u'\n'),
                    {{QStringLiteral("errors"), list}});
}

std::optional<std::pair<QString, QByteArray>> fileUpload(const QHttpServerRequest &req, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = tr("body: expected a JSON object {\"file\": ..., \"content\": ...} (%1 at offset %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (!o.value(QStringLiteral("content")).isString()) {
        *problem = tr("content: expected the file's text as a string");
        return std::nullopt;
    }
    QString file = o.value(QStringLiteral("file")).toString();
    if (file.isEmpty())
        file = QStringLiteral("upload");
    return std::make_pair(file, o.value(QStringLiteral("content")).toString().toUtf8());
}

QString actorOf(const QJsonObject &body)
{
    const QString by = body.value(QStringLiteral("by")).toString();
    return by.isEmpty() ? QStringLiteral("opsctl") : by.left(100);
}

QJsonObject labelsJson(const Labels &labels)
{
    return labelsObject(labels);
}

QJsonObject ruleJson(const Rule &r)
{
    return QJsonObject{{QStringLiteral("name"), r.name},
                       {QStringLiteral("metric"), r.metric},
                       {QStringLiteral("aggregate"), r.aggregate.text},
                       {QStringLiteral("query"), r.query},
                       {QStringLiteral("source"), r.source},
                       {QStringLiteral("threshold"), r.threshold.text},
                       {QStringLiteral("threshold_value"), r.threshold.value},
                       {QStringLiteral("threshold_op"), r.threshold.opSymbol()},
                       {QStringLiteral("for"), formatDurationMs(r.forMs)},
                       {QStringLiteral("window"), formatDurationMs(r.windowMs)},
                       {QStringLiteral("keep_firing_for"), formatDurationMs(r.keepFiringForMs)},
                       {QStringLiteral("notify"), r.notify},
                       {QStringLiteral("playbook"), r.playbook},
                       {QStringLiteral("severity"), r.severity},
                       {QStringLiteral("match"), labelsJson(r.match)},
                       {QStringLiteral("labels"), labelsJson(r.labels)},
                       {QStringLiteral("file"), r.sourceFile}};
}

const char *methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    default:
        return "?";
    }
}

} // namespace hms
