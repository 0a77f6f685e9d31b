#include "ingest/HttpIngestListener.h"

#include "core/Endpoints.h"

#include "ingest/Gzip.h"
#include "ingest/HttpRequestParser.h"
#include "ingest/LineProtocol.h"
#include "ingest/SocketAddress.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>
#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hms {

namespace {
constexpr qsizetype kReadBytes = 64 * 1024; // the least room offered to one recv()
constexpr int kMaxReadsPerWakeup = 16; // then yield to the event loop (the other connections)
constexpr qsizetype kMaxPendingOutput = 1024 * 1024; // stop reading while the client does not read
constexpr qint64 kLingerMs = 2000; // after the last answer, how long the client's bytes are drained
constexpr qint64 kReleaseIdleBufferMs = 10000; // an idle connection's buffer is freed after this
constexpr qsizetype kMaxDecompressedBytes = 64 * 1024 * 1024; // after gunzip, as the local API

QByteArrayView reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Error";
    }
}

// The first value of `name` in a query string, percent-decoded (as QUrlQuery: '+' stays '+').
std::optional<QByteArray> queryValue(QByteArrayView query, QByteArrayView name)
{
    while (!query.isEmpty()) {
        const qsizetype amp = query.indexOf('&');
        const QByteArrayView item = amp < 0 ? query : query.first(amp);
        query = amp < 0 ? QByteArrayView() : query.sliced(amp + 1);
        const qsizetype eq = item.indexOf('=');
        const QByteArrayView key = eq < 0 ? item : item.first(eq);
        const bool match = key.contains('%') ? QByteArray::fromPercentEncoding(key.toByteArray()) == name : key == name;
        if (match)
            return QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : item.sliced(eq + 1).toByteArray());
    }
    return std::nullopt;
}

bool isGzip(QByteArrayView contentEncoding)
{
    return contentEncoding.compare("gzip", Qt::CaseInsensitive) == 0;
}

} // namespace

struct HttpIngestListener::Connection {
    int fd = -1;
    HttpRequestParser parser;
    QSocketNotifier *reader = nullptr; // child of the listener
    QSocketNotifier *writer = nullptr; // child of the listener, made when output first waits
    QByteArray out; // answers not sent yet, from `sent` on
    qsizetype sent = 0;
    qint64 lastActivityMs = 0;
    bool closeAfterFlush = false; // the last answer is queued
    bool peerClosed = false; // the client shut its side down
    bool readPaused = false; // too much output waits for the client
    bool lingering = false; // answered and shut down: draining the client's bytes until it closes
    qint64 lingerUntilMs = 0;
};

HttpIngestListener::HttpIngestListener(SeriesStore &store, QString token, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_writer(store)
    , m_token(token.toUtf8())
{
    m_clock.start();
    updateDate();
}

HttpIngestListener::~HttpIngestListener()
{
    for (const auto &c : m_connections) {
        delete c->reader;
        delete c->writer;
        ::close(c->fd);
    }
    m_connections.clear();
    m_acceptor.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool HttpIngestListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    SocketAddress bound(address, port);
    const bool v6 = bound.v6;
    m_acceptor.reset();
    if (m_fd >= 0)
        ::close(m_fd);
    auto fail = [&](const char *what) {
        *error = tr("HTTP ingest: cannot %1 TCP %2:%3: %4")
                     .arg(QString::fromLatin1(what), address.toString())
                     .arg(port)
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return false;
    };
    m_fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail("open");
    const int one = 1;
    ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one); // rebind at once after a restart
    if (v6)
        ::setsockopt(m_fd, IPPROTO_IPV6, IPV6_V6ONLY, &one, sizeof one); // "::" means IPv6 only
    if (::bind(m_fd, bound.data(), bound.length) != 0)
        return fail("bind");
    if (::listen(m_fd, SOMAXCONN) != 0)
        return fail("listen on");
    if (::getsockname(m_fd, bound.data(), &bound.length) != 0)
        return fail("inspect");
    m_port = bound.port();
    m_acceptor = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_acceptor.get(), &QSocketNotifier::activated, this, &HttpIngestListener::acceptPending);
    if (!m_sweep) {
        m_sweep = new QTimer(this);
        connect(m_sweep, &QTimer::timeout, this, &HttpIngestListener::sweep);
    }
    setIdleTimeoutMs(m_idleTimeoutMs); // starts the sweep
    return true;
}

void HttpIngestListener::setIdleTimeoutMs(qint64 ms)
{
    m_idleTimeoutMs = qMax<qint64>(1, ms);
    if (m_sweep)
        m_sweep->start(int(std::clamp<qint64>(m_idleTimeoutMs / 4, 10, 1000)));
}

void HttpIngestListener::acceptPending()
{
    while (m_connections.size() < std::size_t(kMaxConnections)) {
        const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                m_acceptor->setEnabled(false); // out of descriptors or memory: the sweep retries
            return;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one); // answers go out at once
        auto c = std::make_unique<Connection>();
        c->fd = fd;
        c->lastActivityMs = elapsedMs();
        c->reader = new QSocketNotifier(fd, QSocketNotifier::Read, this);
        Connection *raw = c.get();
        connect(c->reader, &QSocketNotifier::activated, this, [this, raw] { onReadable(raw); });
        m_connections.push_back(std::move(c));
        m_connectionsAccepted.fetch_add(1, std::memory_order_relaxed);
        m_connectionsOpen.fetch_add(1, std::memory_order_relaxed);
    }
    m_acceptor->setEnabled(false); // full: the next ones wait in the backlog until one closes
}

void HttpIngestListener::onReadable(Connection *c)
{
    if (c->lingering) {
        discard(c);
        return;
    }
    for (int i = 0; i < kMaxReadsPerWakeup; ++i) {
        const std::span<char> room = c->parser.prepare(kReadBytes);
        const ssize_t n = ::recv(c->fd, room.data(), room.size(), 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            closeConnection(c);
            return;
        }
        if (n == 0) {
            // The client is done sending: answer what it sent (already parsed), then close.
            c->peerClosed = true;
            c->closeAfterFlush = true;
            c->reader->setEnabled(false);
            break;
        }
        c->parser.commit(qsizetype(n));
        m_bytes.fetch_add(n, std::memory_order_relaxed);
        c->lastActivityMs = elapsedMs();
        if (!process(*c))
            break;
        if (std::size_t(n) < room.size())
            break; // drained; the notifier fires again when more comes
    }
    flush(c);
}

void HttpIngestListener::discard(Connection *c)
{
    if (!m_discard)
        m_discard = std::make_unique_for_overwrite<char[]>(std::size_t(kReadBytes));
    for (int i = 0; i < kMaxReadsPerWakeup; ++i) {
        const ssize_t n = ::recv(c->fd, m_discard.get(), std::size_t(kReadBytes), 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return;
        if (n <= 0) {
            closeConnection(c); // the client has closed too (or failed)
            return;
        }
    }
}

bool HttpIngestListener::process(Connection &c)
{
    for (;;) {
        switch (c.parser.next()) {
        case HttpRequestParser::Result::NeedMore:
            return true;
        case HttpRequestParser::Result::Continue:
            c.out += "HTTP/1.1 100 Continue\r\n\r\n";
            break;
        case HttpRequestParser::Result::Request: {
            const HttpRequest &r = c.parser.request();
            handle(c, r);
            if (!r.keepAlive) {
                c.closeAfterFlush = true; // what follows on the connection is ignored
                c.reader->setEnabled(false);
                return false;
            }
            if (c.out.size() - c.sent > kMaxPendingOutput) {
                c.readPaused = true;
                c.reader->setEnabled(false);
                return false;
            }
            break;
        }
        case HttpRequestParser::Result::Error: {
            const HttpParseError &e = c.parser.error();
            if (e.status == 413)
                m_store.countRejected(QStringLiteral("http_body_too_large"), 1, QDateTime::currentMSecsSinceEpoch());
            reply(c, nullptr, e.status, e.message);
            c.closeAfterFlush = true;
            c.reader->setEnabled(false);
            return false;
        }
        }
    }
}

void HttpIngestListener::handle(Connection &c, const HttpRequest &r)
{
    const bool isWrite = r.path == "/write" || r.path == "/api/v2/write";
    const bool isPing = r.path == "/ping" || r.path == "/health";
    if (isPing) {
        if (r.method == "GET" || r.method == "HEAD")
            reply(c, &r, 204);
        else
            reply(c, &r, 405,
                tr("%1 %2: method not allowed; use GET")
                    .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)),
                "Allow: GET, HEAD\r\n");
        return;
    }
    if (!isWrite) {
        reply(c, &r, 404,
            tr("no route for %1 %2; this port takes POST /write, POST /api/v2/write, GET /ping and GET /health")
                .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)));
        return;
    }
    if (r.method != "POST") {
        reply(c, &r, 405,
            tr("%1 %2: method not allowed; use POST").arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path)),
            "Allow: POST\r\n");
        return;
    }
    if (const std::optional<QString> refused = denied(r)) {
        reply(c, &r, 401, *refused, "WWW-Authenticate: Bearer realm=\"hms-ops\"\r\n");
        return;
    }
    write(c, r);
}

std::optional<QString> HttpIngestListener::denied(const HttpRequest &r) const
{
    // As the local API: Bearer (ours), Token (InfluxDB 2.x clients) or ?p= (InfluxDB 1.x clients);
    // also InfluxDB 1.x basic authentication, any user name with the token as the password.
    const QByteArrayView header = r.authorization;
    if (!m_token.isEmpty()) {
        if (header.startsWith("Bearer ") && sameSecret(header.sliced(7), m_token))
            return std::nullopt;
        if (header.startsWith("Token ") && sameSecret(header.sliced(6), m_token))
            return std::nullopt;
        if (header.startsWith("Basic ")) {
            const auto decoded = QByteArray::fromBase64Encoding(
                header.sliced(6).toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
            const qsizetype colon = decoded.decoded.indexOf(':');
            if (decoded && colon >= 0 && sameSecret(QByteArrayView(decoded.decoded).sliced(colon + 1), m_token))
                return std::nullopt;
        }
        if (sameSecret(queryValue(r.query, "p").value_or(QByteArray()), m_token))
            return std::nullopt;
    }
    return header.isEmpty() ? tr("missing Authorization: Bearer <token> (the token is in DATA_DIR/api-token)")
                            : tr("wrong API token");
}

void HttpIngestListener::write(Connection &c, const HttpRequest &r)
{
    const QString precisionText = QString::fromUtf8(queryValue(r.query, "precision").value_or(QByteArray()));
    const auto precision
        = precisionText.isEmpty() ? std::optional(Precision::Nanoseconds) : parsePrecision(precisionText);
    if (!precision) {
        reply(c, &r, 400, tr("precision: \"%1\" is not one of ns, us, ms, s (or n, u, m, h)").arg(precisionText));
        return;
    }
    // The parser has refused bodies over kHttpMaxBodyBytes, the local API's limit, with a 413.
    QByteArrayView body = r.body;
    QByteArray gunzipped;
    if (isGzip(r.contentEncoding)) {
        switch (gunzipBounded(body, kMaxDecompressedBytes, &gunzipped)) {
        case GunzipStatus::Ok:
            body = gunzipped;
            break;
        case GunzipStatus::TooLarge:
            m_store.countRejected(QStringLiteral("http_body_too_large"), 1, QDateTime::currentMSecsSinceEpoch());
            reply(c, &r, 413,
                tr("body: decompresses to more than %1 bytes; send smaller batches").arg(kMaxDecompressedBytes));
            return;
        case GunzipStatus::NotGzip:
        case GunzipStatus::Corrupt:
            m_store.countRejected(QStringLiteral("http_bad_gzip"), 1, QDateTime::currentMSecsSinceEpoch());
            reply(c, &r, 400, tr("body: Content-Encoding is gzip but the body is not valid gzip"));
            return;
        }
    }
    const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    const LineProtocolWriter::Result written = m_writer.write(body, *precision, now);
    const LineProtocolResult &parsed = written.parse;
    const int accepted = written.accepted;
    if (!written.journalError.isEmpty()) {
        reply(c, &r, 503,
              tr("the samples could not be made durable (%1); nothing is acknowledged, send again")
                  .arg(written.journalError),
              "Retry-After: 1\r\n");
        return;
    }
    m_samplesAccepted.fetch_add(accepted, std::memory_order_relaxed);
    m_rowsAccepted.fetch_add(qint64(parsed.lines) - qint64(parsed.errors.size()), std::memory_order_relaxed);
    if (parsed.errors.empty()) {
        reply(c, &r, 204);
        return;
    }
    // As InfluxDB: the good points are written, the answer says which lines were not.
    m_rowsRejected.fetch_add(qint64(parsed.errors.size()), std::memory_order_relaxed);
    m_store.countRejected(QStringLiteral("line_protocol_invalid"), qint64(parsed.errors.size()), now);
    QStringList shown;
    for (std::size_t i = 0; i < parsed.errors.size() && i < 10; ++i)
        shown << parsed.errors[i].toString();
    if (parsed.errors.size() > 10)
        shown << tr("… and %1 more").arg(parsed.errors.size() - 10);
    reply(c, &r, 400,
        tr("partial write: %1 of %2 lines rejected: %3")
            .arg(parsed.errors.size())
            .arg(parsed.lines)
            .arg(shown.join(QStringLiteral("; "))));
}

void HttpIngestListener::reply(
    Connection &c, const HttpRequest *r, int status, const QString &error, QByteArrayView extraHeaders)
{
    const bool close = !r || !r->keepAlive;
    QByteArray body;
    if (!error.isEmpty())
        body = QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
    QByteArray &out = c.out;
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ';
    out.append(reasonPhrase(status));
    out += "\r\nDate: " + m_date + "\r\n";
    if (status != 204) { // a 204 carries neither a body nor a Content-Length (RFC 9110 8.6)
        if (!body.isEmpty())
            out += "Content-Type: application/json; charset=utf-8\r\n";
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    else if (r->minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out.append(extraHeaders);
    out += "\r\n";
    if (!(r && r->method == "HEAD"))
        out += body;
    m_requests.fetch_add(1, std::memory_order_relaxed);
    if (status >= 500)
        m_errors5xx.fetch_add(1, std::memory_order_relaxed);
    else if (status >= 400)
        m_errors4xx.fetch_add(1, std::memory_order_relaxed);
}

void HttpIngestListener::flush(Connection *c)
{
    for (;;) {
        while (c->sent < c->out.size()) {
            const ssize_t n
                = ::send(c->fd, c->out.constData() + c->sent, std::size_t(c->out.size() - c->sent), MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                if (!c->writer) {
                    c->writer = new QSocketNotifier(c->fd, QSocketNotifier::Write, this);
                    connect(c->writer, &QSocketNotifier::activated, this, [this, c] { flush(c); });
                }
                c->writer->setEnabled(true);
                return;
            }
            if (n < 0) {
                closeConnection(c); // reset by the client
                return;
            }
            c->sent += n;
            c->lastActivityMs = elapsedMs();
        }
        c->out.truncate(0); // keeps the capacity for the next answers
        c->sent = 0;
        if (c->writer)
            c->writer->setEnabled(false);
        if (c->closeAfterFlush) {
            if (c->peerClosed) {
                closeConnection(c);
                return;
            }
            // Lingering close: shut our side, then drop what the client still sends until it
            // closes, so that the kernel does not answer its bytes with a reset that could destroy
            // the answer in flight.
            ::shutdown(c->fd, SHUT_WR);
            c->lingering = true;
            c->lingerUntilMs = elapsedMs() + kLingerMs;
            c->reader->setEnabled(true);
            return;
        }
        if (!c->readPaused)
            return;
        // The client has read the backlog: answer the requests still buffered, then read again.
        c->readPaused = false;
        c->reader->setEnabled(true);
        process(*c);
    }
}

void HttpIngestListener::closeConnection(Connection *c)
{
    for (QSocketNotifier *n : {c->reader, c->writer}) {
        if (!n)
            continue;
        disconnect(n, nullptr, this, nullptr);
        n->setEnabled(false);
        n->deleteLater(); // it may be the sender of the signal being handled
    }
    ::close(c->fd);
    const auto it = std::find_if(
        m_connections.begin(), m_connections.end(), [c](const std::unique_ptr<Connection> &p) { return p.get() == c; });
    if (it != m_connections.end())
        m_connections.erase(it);
    m_connectionsOpen.fetch_sub(1, std::memory_order_relaxed);
    if (m_acceptor && !m_acceptor->isEnabled())
        m_acceptor->setEnabled(true);
}

void HttpIngestListener::sweep()
{
    updateDate();
    const qint64 now = elapsedMs();
    std::vector<Connection *> expired;
    for (const auto &c : m_connections) {
        if (c->lingering ? now >= c->lingerUntilMs : now - c->lastActivityMs >= m_idleTimeoutMs)
            expired.push_back(c.get());
        else if (now - c->lastActivityMs >= kReleaseIdleBufferMs)
            c->parser.releaseMemory();
    }
    for (Connection *c : expired)
        closeConnection(c);
    if (m_acceptor && !m_acceptor->isEnabled() && m_connections.size() < std::size_t(kMaxConnections))
        m_acceptor->setEnabled(true); // after running out of descriptors
}

void HttpIngestListener::updateDate()
{
    m_date = QLocale::c()
                 .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                 .toLatin1();
}

HttpIngestCounters HttpIngestListener::counters() const
{
    return HttpIngestCounters{m_connectionsAccepted.load(std::memory_order_relaxed),
        m_connectionsOpen.load(std::memory_order_relaxed), m_requests.load(std::memory_order_relaxed),
        m_bytes.load(std::memory_order_relaxed), m_rowsAccepted.load(std::memory_order_relaxed),
        m_rowsRejected.load(std::memory_order_relaxed), m_samplesAccepted.load(std::memory_order_relaxed),
        m_errors4xx.load(std::memory_order_relaxed), m_errors5xx.load(std::memory_order_relaxed)};
}

void HttpIngestListener::recordSelfMetrics()
{
    const HttpIngestCounters c = counters();
    std::vector<PushedSample> samples;
    auto gauge = [&samples](const char *name, double v, Labels labels = {}) {
        PushedSample p;
        p.name = QString::fromLatin1(name);
        p.labels = std::move(labels);
        p.value = v;
        p.kind = PushedSample::Kind::Gauge; // running totals, stored as they are
        samples.push_back(std::move(p));
    };
    gauge("ops_http_ingest_requests_total", double(c.requests));
    gauge("ops_http_ingest_bytes_total", double(c.bytesReceived));
    gauge("ops_http_ingest_rows_total", double(c.rowsAccepted));
    gauge("ops_http_ingest_rows_rejected_total", double(c.rowsRejected));
    gauge("ops_http_ingest_samples_total", double(c.samplesAccepted));
    gauge("ops_http_ingest_errors_total", double(c.errors4xx), {{QStringLiteral("class"), QStringLiteral("4xx")}});
    gauge("ops_http_ingest_errors_total", double(c.errors5xx), {{QStringLiteral("class"), QStringLiteral("5xx")}});
    gauge("ops_http_ingest_connections_total", double(c.connectionsAccepted));
    gauge("ops_http_ingest_connections_open", double(c.connectionsOpen));
    m_store.applyPushed(samples, QDateTime::currentMSecsSinceEpoch());
}

} // namespace hms
