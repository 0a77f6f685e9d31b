#include "api/ApiClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace hms {

ApiClient::ApiClient(QUrl base, QString token, int timeoutMs)
    : m_base(std::move(base))
    , m_token(std::move(token))
    , m_timeoutMs(timeoutMs)
{
}

ApiReply ApiClient::get(const QString &path, const QUrlQuery &query)
{
    return run("GET", path, query, {}, {});
}

ApiReply ApiClient::post(const QString &path, const QJsonDocument &body)
{
    return run("POST", path, {}, body.toJson(QJsonDocument::Compact), "application/json");
}

ApiReply ApiClient::postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType,
                            const QUrlQuery &query)
{
    return run("POST", path, query, body, contentType);
}

ApiReply ApiClient::put(const QString &path, const QByteArray &body)
{
    return run("PUT", path, {}, body, "text/plain");
}

ApiReply ApiClient::del(const QString &path)
{
    return run("DELETE", path, {}, {}, {});
}

ApiReply ApiClient::run(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                        const QByteArray &contentType)
{
    QUrl url = m_base;
    url.setPath(path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ApiReply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body);
    if (out.status == 0)
        out.error = reply->errorString();
    else if (!out.ok())
        out.error = out.json.object().value(QStringLiteral("error")).toString(QString::fromUtf8(out.body));
    reply->deleteLater();
    return out;
}

} // namespace hms
