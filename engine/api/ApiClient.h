// A small synchronous client of the local API, for opsctl and the tests. Each call runs a local
// event loop until the reply arrives or the timeout expires.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace hms {

struct ApiReply {
    int status = 0;          // HTTP status; 0 when no answer (connection refused, timeout)
    QJsonDocument json;
    QByteArray body;
    QString error;           // transport error, or the "error" field of a 4xx/5xx answer
    bool ok() const { return status >= 200 && status < 300; }
};

class ApiClient {
public:
    ApiClient(QUrl base, QString token, int timeoutMs = 10000);

    ApiReply get(const QString &path, const QUrlQuery &query = {});
    ApiReply post(const QString &path, const QJsonDocument &body);
    ApiReply postRaw(const QString &path, const QByteArray &body, const QByteArray &contentType,
                     const QUrlQuery &query = {});
    ApiReply put(const QString &path, const QByteArray &body);
    ApiReply del(const QString &path);

    QUrl base() const { return m_base; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    ApiReply run(const QByteArray &verb, const QString &path, const QUrlQuery &query, const QByteArray &body,
                 const QByteArray &contentType);

    QNetworkAccessManager m_nam;
    QUrl m_base;
    QString m_token;
    int m_timeoutMs;
};

} // namespace hms
