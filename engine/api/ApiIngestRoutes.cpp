// Ingest over HTTP beside StatsD: InfluxDB line protocol (/write for 1.x clients, /api/v2/write
// for 2.x clients and Telegraf), with gzip bodies, size limits and InfluxDB's answers.
#include "api/ApiJson.h"
#include "api/ApiServer.h"
#include "ingest/Gzip.h"
#include "ingest/LineProtocol.h"
#include "ingest/LineProtocolWriter.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>

namespace hms {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {
constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;         // as received (compressed or not)
constexpr qsizetype kMaxDecompressedBytes = 64 * 1024 * 1024; // after gunzip
} // namespace

std::optional<QByteArray> ApiServer::requestBody(const QHttpServerRequest &req, std::optional<QHttpServerResponse> *fail)
{
    const QByteArray body = req.body();
    if (body.size() > kMaxBodyBytes) {
        m_ctx.store->countRejected(QStringLiteral("http_body_too_large"), 1, QDateTime::currentMSecsSinceEpoch());
        *fail = apiError(Status::PayloadTooLarge,
                         tr("body: %1 bytes is over the limit of %2 bytes; send smaller batches")
                             .arg(body.size())
                             .arg(kMaxBodyBytes));
        return std::nullopt;
    }
    if (req.value("Content-Encoding").trimmed().toLower() != "gzip")
        return body;
    QByteArray out;
    switch (gunzipBounded(body, kMaxDecompressedBytes, &out)) {
    case GunzipStatus::Ok:
        return out;
    case GunzipStatus::TooLarge:
        m_ctx.store->countRejected(QStringLiteral("http_body_too_large"), 1, QDateTime::currentMSecsSinceEpoch());
        *fail = apiError(Status::PayloadTooLarge,
                         tr("body: decompresses to more than %1 bytes; send smaller batches").arg(kMaxDecompressedBytes));
        return std::nullopt;
    case GunzipStatus::NotGzip:
    case GunzipStatus::Corrupt:
        break;
    }
    m_ctx.store->countRejected(QStringLiteral("http_bad_gzip"), 1, QDateTime::currentMSecsSinceEpoch());
    *fail = apiError(Status::BadRequest, tr("body: Content-Encoding is gzip but the body is not valid gzip"));
    return std::nullopt;
}

QHttpServerResponse ApiServer::notDurable(const QString &journalError) const
{
    return apiError(Status::ServiceUnavailable,
                    tr("the samples could not be made durable (%1); nothing is acknowledged, send again").arg(journalError));
}

void ApiServer::addIngestRoutes(QHttpServer &s)
{
    auto write = [this](const QHttpServerRequest &req) {
        if (auto d = denied(req, true))
            return std::move(*d);
        const QString precisionText = req.query().queryItemValue(QStringLiteral("precision"));
        const auto precision = precisionText.isEmpty() ? std::optional(Precision::Nanoseconds)
                                                       : parsePrecision(precisionText);
        if (!precision)
            return apiError(Status::BadRequest,
                            tr("precision: \"%1\" is not one of ns, us, ms, s (or n, u, m, h)").arg(precisionText));
        std::optional<QHttpServerResponse> fail;
        const auto body = requestBody(req, &fail);
        if (!body)
            return std::move(*fail);
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        if (!m_lineProtocol)
            m_lineProtocol = std::make_unique<LineProtocolWriter>(*m_ctx.store);
        const LineProtocolWriter::Result written = m_lineProtocol->write(*body, *precision, now);
        if (!written.journalError.isEmpty())
            return notDurable(written.journalError);
        const LineProtocolResult &parsed = written.parse;
        if (parsed.errors.empty())
            return QHttpServerResponse(Status::NoContent);
        // As InfluxDB: the good points are written, the answer says which lines were not.
        m_ctx.store->countRejected(QStringLiteral("line_protocol_invalid"), qint64(parsed.errors.size()), now);
        QStringList shown;
        for (std::size_t i = 0; i < parsed.errors.size() && i < 10; ++i)
            shown << parsed.errors[i].toString();
        if (parsed.errors.size() > 10)
            shown << tr("… and %1 more").arg(parsed.errors.size() - 10);
        return apiError(Status::BadRequest,
                        tr("partial write: %1 of %2 lines rejected: %3")
                            .arg(parsed.errors.size())
                            .arg(parsed.lines)
                            .arg(shown.join(QStringLiteral("; "))));
    };
    s.route(QStringLiteral("/write"), Method::Post, write);
    s.route(QStringLiteral("/api/v2/write"), Method::Post, write);
}

} // namespace hms
