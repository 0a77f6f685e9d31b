#include "api/HtmlPage.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace hms::html {

namespace {
constexpr char kStyle[] = "body{font-family:sans-serif;background:#0d1117;color:#e6edf3;margin:2em;font-size:18px}"
                          "a{color:#79c0ff}table{border-collapse:collapse;margin:1em 0}"
                          "td,th{padding:.35em .8em;border-bottom:1px solid #30363d;text-align:left}"
                          ".critical{color:#ff7b72;font-weight:bold}.warning{color:#e3b341;font-weight:bold}"
                          ".info{color:#79c0ff}.ok{color:#56d364;font-weight:bold}"
                          ".muted{color:#8b949e}pre{white-space:pre-wrap;background:#161b22;padding:1em}";
} // namespace

QString utc(TimestampMs t)
{
    return t <= 0 ? QString()
                  : QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QHttpServerResponse page(const QString &title, const QString &body, int refreshSeconds,
                         QHttpServerResponder::StatusCode status, const QString &extraStyle)
{
    const QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
                                        "<meta http-equiv=\"refresh\" content=\"%1\"><title>%2</title><style>%3%4</style>"
                                        "</head><body>%5<p class=\"muted\">%6</p></body></html>")
                             .arg(refreshSeconds)
                             .arg(esc(title), QString::fromLatin1(kStyle), extraStyle, body,
                                  esc(QCoreApplication::translate("hms::ApiServer", "HMS Ops Center · generated %1")
                                          .arg(utc(QDateTime::currentMSecsSinceEpoch()))));
    QHttpServerResponse response(QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), status);
    response.setHeader(QByteArrayLiteral("Content-Security-Policy"),
                       QByteArrayLiteral("default-src 'none'; style-src 'unsafe-inline'"));
    response.setHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

} // namespace hms::html
