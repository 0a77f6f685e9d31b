// An incremental HTTP/1.1 request parser for the ingest listener: no sockets, no event loop.
// Bytes are received straight into the parser's one buffer (prepare/commit) and parsed in place;
// next() yields complete requests one after the other (keep-alive and pipelining), with
// Content-Length or chunked bodies (the chunks are joined in place), within the size limits.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace hms {

// Request line and headers together, and a body (after de-chunking).
constexpr qsizetype kHttpMaxHeadBytes = 16 * 1024;
constexpr qsizetype kHttpMaxBodyBytes = 16 * 1024 * 1024;
// A chunk-size line with its extensions.
constexpr qsizetype kHttpMaxChunkLineBytes = 4096;

struct HttpLimits {
    qsizetype maxHeadBytes = kHttpMaxHeadBytes; // over it: 431
    qsizetype maxBodyBytes = kHttpMaxBodyBytes; // over it: 413
};

struct HttpHeader {
    QByteArrayView name; // as sent
    QByteArrayView value; // without the surrounding spaces and tabs
};

// One request. Every view points into the parser's buffer: valid until the parser's next call
// to next(), prepare() or append().
struct HttpRequest {
    QByteArrayView method; // "POST"
    QByteArrayView path; // "/api/v2/write" (absolute-form targets are reduced to their path)
    QByteArrayView query; // "org=x&precision=ms", still percent-encoded; empty without '?'
    int minorVersion = 1; // HTTP/1.minorVersion
    bool keepAlive = true; // HTTP/1.1 unless "Connection: close"; HTTP/1.0 only with keep-alive
    bool expectContinue = false; // "Expect: 100-continue" from an HTTP/1.1 client
    bool chunked = false; // "Transfer-Encoding: chunked"
    qint64 contentLength = -1; // -1 without a Content-Length header
    QByteArrayView contentEncoding; // value of the first Content-Encoding header, or empty
    QByteArrayView authorization; // value of the first Authorization header, or empty
    QByteArrayView body; // the whole body, de-chunked; empty when there is none
    std::vector<HttpHeader> headers; // all of them, in order (trailers are not kept)

    // Value of the first header named `lowerName` (compared case-insensitively), or empty.
    QByteArrayView header(QByteArrayView lowerName) const;
};

// Why a request was refused: the HTTP status to answer (400, 411, 413, 431, 501 or 505) and an
// English message, already translated, naming what was wrong ("header line 3: missing ':'").
struct HttpParseError {
    int status = 0;
    QString message;
};

class HttpRequestParser {
    Q_DECLARE_TR_FUNCTIONS(hms::HttpRequestParser)

public:
    enum class Result {
        NeedMore, // receive more bytes, then call next() again
        Continue, // a request's head asked for "100-continue" and none of its body has arrived:
                  // answer "HTTP/1.1 100 Continue", then call next() again; request() holds the head
        Request, // request() is complete
        Error, // error() says why; the connection must be closed after answering it
    };

    explicit HttpRequestParser(HttpLimits limits = {});
    ~HttpRequestParser();
    HttpRequestParser(const HttpRequestParser &) = delete;
    HttpRequestParser &operator=(const HttpRequestParser &) = delete;

    // Writable room of at least `atLeast` bytes (more when the current request's Content-Length
    // says more is coming) at the end of the buffer, for recv(). Makes room by dropping the bytes
    // of finished requests, or by growing, and only when the room at the end is too small.
    std::span<char> prepare(qsizetype atLeast);
    // `n` bytes were written at the start of the last prepare()'s room.
    void commit(qsizetype n);
    // prepare() + copy + commit(), for tests and the fuzzer.
    void append(QByteArrayView bytes);

    // Consumes the previous request (if next() returned Request), then parses what is buffered.
    Result next();
    const HttpRequest &request() const { return m_request; }
    const HttpParseError &error() const { return m_error; }

    // Bytes received and not yet consumed by a returned request.
    qsizetype buffered() const { return m_end - m_begin; }
    qsizetype capacity() const { return m_capacity; }
    // Frees the buffer when it holds nothing (an idle keep-alive connection).
    void releaseMemory();

private:
    enum class Stage { Head, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Done, Failed };
    struct Field {
        qsizetype name = 0;
        qsizetype nameLength = 0;
        qsizetype value = 0;
        qsizetype valueLength = 0;
    };

    std::optional<Result> parseHead(); // nullopt: the head is complete and analyzed
    Result parseChunks();
    Result fail(int status, QString message);
    Result finish(qsizetype requestEnd);
    bool analyzeHead();
    void fillHeadViews();
    qsizetype remainingOfRequest() const;
    // The offset of the next '\n' in [m_scan, buffered()), remembering how far it looked.
    qsizetype findLineEnd();
    const char *at(qsizetype offset) const { return m_buffer.get() + m_begin + offset; }
    char *at(qsizetype offset) { return m_buffer.get() + m_begin + offset; }

    HttpLimits m_limits;
    std::unique_ptr<char[]> m_buffer;
    qsizetype m_capacity = 0;
    qsizetype m_begin = 0; // start of the current request; everything before it is consumed
    qsizetype m_end = 0; // end of the received bytes

    // The current request; offsets are relative to m_begin, so that moving the buffer keeps them.
    Stage m_stage = Stage::Head;
    qsizetype m_scan = 0; // next byte to parse
    qsizetype m_lineScanned = 0; // bytes from m_scan on known to hold no '\n'
    qsizetype m_first = 0; // the request line (after the empty lines a client may send first)
    qsizetype m_headEnd = 0; // the body's first byte
    qsizetype m_bodyEnd = 0; // chunked: end of the joined chunk data
    qsizetype m_requestEnd = 0; // Done: the first byte after the request
    qint64 m_bodyLength = 0; // Content-Length bodies (0 without a body)
    qint64 m_chunkLeft = 0;
    int m_chunks = 0;
    int m_trailers = 0;
    qsizetype m_trailerBytes = 0;
    std::vector<Field> m_fields;
    int m_contentEncodingField = -1;
    int m_authorizationField = -1;
    Field m_method; // the method as `name`
    Field m_target; // the path as `name` (length 0: "/"), the query as `value`
    HttpRequest m_request;
    HttpParseError m_error;
};

} // namespace hms
