// JSON shapes and error answers shared by the API's route files.
#pragma once

#include "core/Types.h"
#include "rules/Rule.h"

#include <QByteArray>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>
#include <utility>
#include <vector>

namespace hms {

// {"error": message, ...extra} with the given 4xx/5xx status.
QHttpServerResponse apiError(QHttpServerResponder::StatusCode status, const QString &message,
                             const QJsonObject &extra = {});
// 400 with every parse error as text ("file:line:col: message") and as objects.
QHttpServerResponse parseErrorResponse(const std::vector<RuleParseError> &errors);
// Who is acting: {"by": "..."} in a request body (at most 100 characters), else "opsctl".
QString actorOf(const QJsonObject &body);
// Uploaded files arrive as {"file": "name.yml", "content": "..."}.
std::optional<std::pair<QString, QByteArray>> fileUpload(const QHttpServerRequest &req, QString *problem);

// Sends a response through a responder taken by an asynchronous route.
inline void sendTo(QHttpServerResponder &responder, const QHttpServerResponse &response)
{
    response.write(std::move(responder));
}

QJsonObject labelsJson(const Labels &labels);
QJsonObject ruleJson(const Rule &rule);
const char *methodName(QHttpServerRequest::Method method);

} // namespace hms
