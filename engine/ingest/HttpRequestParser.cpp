#include "ingest/HttpRequestParser.h"

#include <algorithm>
#include <cstring>

namespace hms {

namespace {

// RFC 9110 tchar: letters, digits and !#$%&'*+-.^_`|~
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isToken(QByteArrayView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isTokenChar);
}

// Control characters other than a tab (CR and LF included), and DEL.
bool isControl(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (u < 0x20 && c != '\t') || u == 0x7f;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

QByteArrayView trimmedSpaces(QByteArrayView s)
{
    while (!s.isEmpty() && isSpace(s.front()))
        s = s.sliced(1);
    while (!s.isEmpty() && isSpace(s.back()))
        s.chop(1);
    return s;
}

// ASCII case-insensitive comparison with a name given in lower case.
bool equalsLower(QByteArrayView s, QByteArrayView lower)
{
    if (s.size() != lower.size())
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
        if (c != lower[i])
            return false;
    }
    return true;
}

// Calls `visit` with each trimmed, non-empty element of a comma-separated list.
template <typename Visit> void forEachElement(QByteArrayView list, Visit visit)
{
    while (!list.isEmpty()) {
        const qsizetype comma = list.indexOf(',');
        const QByteArrayView element = trimmedSpaces(comma < 0 ? list : list.first(comma));
        if (!element.isEmpty())
            visit(element);
        list = comma < 0 ? QByteArrayView() : list.sliced(comma + 1);
    }
}

// The bytes quoted for a message: printable ASCII as is, the rest as \xHH, at most 60 bytes.
QString shown(QByteArrayView s)
{
    constexpr qsizetype kShown = 60;
    QString out(u'"');
    for (qsizetype i = 0; i < s.size() && i < kShown; ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c == '"' || c == '\\') {
            out += u'\\';
            out += QLatin1Char(char(c));
        } else if (c >= 0x20 && c < 0x7f) {
            out += QLatin1Char(char(c));
        } else {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        }
    }
    out += u'"';
    if (s.size() > kShown)
        out += u'…';
    return out;
}

// Digits only; values over `cap` come back as cap + 1 (no overflow). -1: not a number.
qint64 parseLength(QByteArrayView s, qint64 cap)
{
    if (s.isEmpty())
        return -1;
    qint64 v = 0;
    for (const char c : s) {
        if (c < '0' || c > '9')
            return -1;
        if (v <= cap)
            v = v * 10 + (c - '0');
    }
    return std::min(v, cap + 1);
}

} // namespace

QByteArrayView HttpRequest::header(QByteArrayView lowerName) const
{
    for (const HttpHeader &h : headers) {
        if (equalsLower(h.name, lowerName))
            return h.value;
    }
    return {};
}

HttpRequestParser::HttpRequestParser(HttpLimits limits)
    : m_limits(limits)
{
}

HttpRequestParser::~HttpRequestParser() = default;

qsizetype HttpRequestParser::remainingOfRequest() const
{
    switch (m_stage) {
    case Stage::Body:
        return std::max<qsizetype>(0, m_headEnd + qsizetype(m_bodyLength) - buffered());
    case Stage::ChunkData:
        return std::max<qsizetype>(0, qsizetype(m_chunkLeft) - (buffered() - m_scan));
    default:
        return 0;
    }
}

std::span<char> HttpRequestParser::prepare(qsizetype atLeast)
{
    // Chunked: the framing already parsed lies between the joined data and the unparsed rest;
    // drop it now (the rest is at most a partial line), so that framing never takes room.
    const bool inChunks = m_stage == Stage::ChunkSize || m_stage == Stage::ChunkData || m_stage == Stage::ChunkDataEnd
        || m_stage == Stage::Trailers;
    if (inChunks && m_scan > m_bodyEnd) {
        const qsizetype gap = m_scan - m_bodyEnd;
        std::memmove(at(m_bodyEnd), at(m_scan), size_t(buffered() - m_scan));
        m_end -= gap;
        m_scan = m_bodyEnd;
    }
    const qsizetype need = std::max(atLeast, remainingOfRequest());
    if (m_capacity - m_end < need) {
        const qsizetype live = buffered();
        if (m_begin > 0 && live + need <= m_capacity) {
            std::memmove(m_buffer.get(), m_buffer.get() + m_begin, size_t(live));
        } else {
            const qsizetype capacity = std::max(live + need, 2 * m_capacity);
            auto grown = std::make_unique_for_overwrite<char[]>(size_t(capacity));
            if (live > 0)
                std::memcpy(grown.get(), m_buffer.get() + m_begin, size_t(live));
            m_buffer = std::move(grown);
            m_capacity = capacity;
        }
        m_begin = 0;
        m_end = live;
    }
    return {m_buffer.get() + m_end, size_t(m_capacity - m_end)};
}

void HttpRequestParser::commit(qsizetype n)
{
    Q_ASSERT(n >= 0 && n <= m_capacity - m_end);
    m_end += n;
}

void HttpRequestParser::append(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return;
    const std::span<char> room = prepare(bytes.size());
    std::memcpy(room.data(), bytes.data(), size_t(bytes.size()));
    commit(bytes.size());
}

void HttpRequestParser::releaseMemory()
{
    if (m_stage != Stage::Head || buffered() != 0)
        return;
    m_buffer.reset();
    m_capacity = 0;
    m_begin = m_end = 0;
    m_scan = m_lineScanned = m_first = 0;
}

HttpRequestParser::Result HttpRequestParser::next()
{
    if (m_stage == Stage::Failed)
        return Result::Error;
    if (m_stage == Stage::Done) {
        m_begin += m_requestEnd;
        if (m_begin == m_end)
            m_begin = m_end = 0; // everything consumed: start over at the front, nothing to move
        m_stage = Stage::Head;
        m_scan = m_lineScanned = m_first = m_headEnd = m_bodyEnd = m_requestEnd = 0;
        m_bodyLength = m_chunkLeft = 0;
        m_chunks = m_trailers = 0;
        m_trailerBytes = 0;
    }
    if (m_stage == Stage::Head) {
        if (const std::optional<Result> r = parseHead())
            return *r;
        const bool bodyExpected = m_request.chunked || m_bodyLength > 0;
        if (m_request.expectContinue && bodyExpected && buffered() == m_headEnd)
            return Result::Continue;
    }
    if (m_stage == Stage::Body) {
        if (buffered() - m_headEnd < m_bodyLength)
            return Result::NeedMore;
        return finish(m_headEnd + qsizetype(m_bodyLength));
    }
    return parseChunks();
}

qsizetype HttpRequestParser::findLineEnd()
{
    const qsizetype from = m_scan + m_lineScanned;
    const qsizetype have = buffered();
    if (from >= have)
        return -1;
    const void *found = std::memchr(at(from), '\n', size_t(have - from));
    if (!found) {
        m_lineScanned = have - m_scan;
        return -1;
    }
    return static_cast<const char *>(found) - at(0);
}

std::optional<HttpRequestParser::Result> HttpRequestParser::parseHead()
{
    for (;;) {
        const qsizetype newline = findLineEnd();
        if (newline < 0 ? buffered() > m_limits.maxHeadBytes : newline + 1 > m_limits.maxHeadBytes)
            return fail(431, tr("request line and headers: longer than %1 bytes").arg(m_limits.maxHeadBytes));
        if (newline < 0)
            return Result::NeedMore;
        const qsizetype lineStart = m_scan;
        const bool empty = newline == lineStart || (newline == lineStart + 1 && *at(lineStart) == '\r');
        m_scan = newline + 1;
        m_lineScanned = 0;
        if (!empty)
            continue;
        if (lineStart == m_first) {
            m_first = m_scan; // empty lines before the request line are ignored (RFC 9112 2.2)
            continue;
        }
        m_headEnd = m_scan;
        if (!analyzeHead())
            return Result::Error;
        return std::nullopt;
    }
}

bool HttpRequestParser::analyzeHead()
{
    const char *base = at(0);
    // The line starting at `from` without its CR LF (or LF); *next is the line after it.
    auto lineAt = [&](qsizetype from, qsizetype *next) {
        const auto *newline = static_cast<const char *>(std::memchr(base + from, '\n', size_t(m_headEnd - from)));
        qsizetype end = newline - base;
        *next = end + 1;
        if (end > from && base[end - 1] == '\r')
            --end;
        return QByteArrayView(base + from, end - from);
    };
    auto offset = [base](QByteArrayView v) { return qsizetype(v.data() - base); };
    auto failed = [this](int status, QString message) {
        fail(status, std::move(message));
        return false;
    };

    // --- request line: METHOD SP TARGET SP HTTP/1.x
    qsizetype next = 0;
    const QByteArrayView line = lineAt(m_first, &next);
    const qsizetype sp1 = line.indexOf(' ');
    const qsizetype sp2 = sp1 < 0 ? -1 : line.indexOf(' ', sp1 + 1);
    if (sp1 <= 0 || sp2 < 0 || line.indexOf(' ', sp2 + 1) >= 0)
        return failed(400, tr("request line: expected METHOD TARGET HTTP/1.1, got %1").arg(shown(line)));
    const QByteArrayView method = line.first(sp1);
    QByteArrayView target = line.sliced(sp1 + 1, sp2 - sp1 - 1);
    const QByteArrayView version = line.sliced(sp2 + 1);
    const auto isDigit = [](char c) { return c >= '0' && c <= '9'; };
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigit(version[5]) || version[6] != '.'
        || !isDigit(version[7]))
        return failed(400, tr("request line: %1 is not an HTTP version (expected HTTP/1.1)").arg(shown(version)));
    if (version[5] != '1')
        return failed(505, tr("%1 is not supported: send HTTP/1.1 or HTTP/1.0").arg(QString::fromLatin1(version)));
    m_request.minorVersion = version[7] - '0';
    if (!isToken(method))
        return failed(400, tr("request line: the method %1 is not a token").arg(shown(method)));
    for (const char c : target) {
        if (static_cast<unsigned char>(c) <= 0x20 || static_cast<unsigned char>(c) >= 0x7f)
            return failed(400,
                tr("request line: the target %1 holds a control character or a non-ASCII byte").arg(shown(target)));
    }
    // absolute-form (http://host:port/path?query), as a proxy sends it: keep the path and query.
    bool absolute = false;
    for (const QByteArrayView scheme : {QByteArrayView("http://"), QByteArrayView("https://")}) {
        if (target.size() >= scheme.size() && equalsLower(target.first(scheme.size()), scheme)) {
            const QByteArrayView rest = target.sliced(scheme.size());
            qsizetype i = 0;
            while (i < rest.size() && rest[i] != '/' && rest[i] != '?')
                ++i;
            target = rest.sliced(i); // an empty path is "/"
            absolute = true;
            break;
        }
    }
    if (!absolute && (target.isEmpty() || target.front() != '/'))
        return failed(400,
            tr("request line: the target %1 is not a path starting with '/'")
                .arg(shown(line.sliced(sp1 + 1, sp2 - sp1 - 1))));
    const qsizetype question = target.indexOf('?');
    const QByteArrayView path = question < 0 ? target : target.first(question);
    const QByteArrayView query = question < 0 ? QByteArrayView() : target.sliced(question + 1);
    m_method = Field{offset(method), method.size(), 0, 0};
    m_target = Field{offset(path), path.size(), query.isEmpty() ? 0 : offset(query), query.size()};

    // --- header lines
    m_fields.clear();
    m_contentEncodingField = m_authorizationField = -1;
    bool close = false;
    bool keepAlive = false;
    bool expectContinue = false;
    QByteArrayView contentLength;
    bool transferEncoding = false;
    int chunkedCount = 0;
    bool lastIsChunked = false;
    QByteArrayView unknownCoding;
    int number = 0;
    for (qsizetype pos = next; pos < m_headEnd; pos = next) {
        const QByteArrayView header = lineAt(pos, &next);
        if (header.isEmpty())
            break; // the empty line ending the head
        ++number;
        if (isSpace(header.front()))
            return failed(
                400, tr("header line %1: starts with a space (obsolete line folding is not supported)").arg(number));
        const qsizetype colon = header.indexOf(':');
        if (colon < 0)
            return failed(400, tr("header line %1: missing ':'").arg(number));
        const QByteArrayView name = header.first(colon);
        if (!isToken(name))
            return failed(400,
                tr("header line %1: the field name %2 is not a token (no spaces before ':')")
                    .arg(number)
                    .arg(shown(name)));
        const QByteArrayView value = trimmedSpaces(header.sliced(colon + 1));
        if (std::any_of(value.begin(), value.end(), isControl))
            return failed(400,
                tr("header line %1: the value of %2 holds a control character")
                    .arg(number)
                    .arg(QString::fromLatin1(name)));
        const int index = int(m_fields.size());
        m_fields.push_back(Field{offset(name), name.size(), offset(value), value.size()});

        if (equalsLower(name, "content-length")) {
            if (parseLength(value, m_limits.maxBodyBytes) < 0)
                return failed(
                    400, tr("header line %1: Content-Length %2 is not a number").arg(number).arg(shown(value)));
            if (!contentLength.isNull() && contentLength != value)
                return failed(400,
                    tr("header line %1: Content-Length %2 contradicts %3")
                        .arg(number)
                        .arg(shown(value), shown(contentLength)));
            contentLength = value;
        } else if (equalsLower(name, "transfer-encoding")) {
            transferEncoding = true;
            forEachElement(value, [&](QByteArrayView coding) {
                lastIsChunked = equalsLower(coding, "chunked");
                if (lastIsChunked)
                    ++chunkedCount;
                else if (unknownCoding.isNull())
                    unknownCoding = coding;
            });
        } else if (equalsLower(name, "connection")) {
            forEachElement(value, [&](QByteArrayView option) {
                close = close || equalsLower(option, "close");
                keepAlive = keepAlive || equalsLower(option, "keep-alive");
            });
        } else if (equalsLower(name, "expect")) {
            expectContinue = expectContinue || equalsLower(value, "100-continue");
        } else if (equalsLower(name, "content-encoding")) {
            if (m_contentEncodingField < 0)
                m_contentEncodingField = index;
        } else if (equalsLower(name, "authorization")) {
            if (m_authorizationField < 0)
                m_authorizationField = index;
        }
    }

    // --- framing
    const bool http10 = m_request.minorVersion == 0;
    m_request.keepAlive = http10 ? keepAlive && !close : !close;
    m_request.expectContinue = expectContinue && !http10; // HTTP/1.0 clients cannot wait for 100
    m_request.chunked = false;
    m_request.contentLength = -1;
    m_bodyLength = 0;
    if (transferEncoding) {
        if (!unknownCoding.isNull())
            return failed(501, tr("Transfer-Encoding: %1 is not supported (only chunked)").arg(shown(unknownCoding)));
        if (chunkedCount != 1 || !lastIsChunked)
            return failed(400, tr("Transfer-Encoding: expected chunked, once"));
        if (http10)
            return failed(400, tr("Transfer-Encoding: not allowed in an HTTP/1.0 request"));
        if (!contentLength.isNull())
            return failed(400, tr("both Content-Length and Transfer-Encoding are set; send only one of them"));
        m_request.chunked = true;
    } else if (!contentLength.isNull()) {
        const qint64 length = parseLength(contentLength, m_limits.maxBodyBytes);
        if (length > m_limits.maxBodyBytes)
            return failed(413,
                tr("body: Content-Length %1 is over the limit of %2 bytes; send smaller batches")
                    .arg(QString::fromLatin1(contentLength.first(std::min<qsizetype>(contentLength.size(), 24))))
                    .arg(m_limits.maxBodyBytes));
        m_request.contentLength = length;
        m_bodyLength = length;
    } else if (method == "POST" || method == "PUT" || method == "PATCH") {
        return failed(
            411, tr("%1 without Content-Length or Transfer-Encoding: chunked").arg(QString::fromLatin1(method)));
    }
    m_stage = m_request.chunked ? Stage::ChunkSize : Stage::Body;
    m_bodyEnd = m_headEnd;
    fillHeadViews();
    m_request.body = {};
    return true;
}

void HttpRequestParser::fillHeadViews()
{
    const char *base = at(0);
    m_request.method = QByteArrayView(base + m_method.name, m_method.nameLength);
    m_request.path
        = m_target.nameLength > 0 ? QByteArrayView(base + m_target.name, m_target.nameLength) : QByteArrayView("/");
    m_request.query
        = m_target.valueLength > 0 ? QByteArrayView(base + m_target.value, m_target.valueLength) : QByteArrayView();
    m_request.headers.clear();
    for (const Field &f : m_fields)
        m_request.headers.push_back(
            HttpHeader{QByteArrayView(base + f.name, f.nameLength), QByteArrayView(base + f.value, f.valueLength)});
    m_request.contentEncoding
        = m_contentEncodingField < 0 ? QByteArrayView() : m_request.headers[size_t(m_contentEncodingField)].value;
    m_request.authorization
        = m_authorizationField < 0 ? QByteArrayView() : m_request.headers[size_t(m_authorizationField)].value;
}

HttpRequestParser::Result HttpRequestParser::parseChunks()
{
    for (;;) {
        switch (m_stage) {
        case Stage::ChunkSize: {
            const qsizetype newline = findLineEnd();
            if (newline < 0 ? buffered() - m_scan > kHttpMaxChunkLineBytes : newline - m_scan > kHttpMaxChunkLineBytes)
                return fail(400,
                    tr("chunk %1: the size line is longer than %2 bytes")
                        .arg(m_chunks + 1)
                        .arg(kHttpMaxChunkLineBytes));
            if (newline < 0)
                return Result::NeedMore;
            ++m_chunks;
            qsizetype end = newline;
            if (end > m_scan && *at(end - 1) == '\r')
                --end;
            const QByteArrayView line(at(m_scan), end - m_scan);
            const qint64 room = m_limits.maxBodyBytes - (m_bodyEnd - m_headEnd);
            qint64 size = 0;
            qsizetype i = 0;
            for (; i < line.size() && hexValue(line[i]) >= 0; ++i) {
                size = size * 16 + hexValue(line[i]);
                if (size > room)
                    return fail(413,
                        tr("body: the chunked body is over the limit of %1 bytes; send smaller batches")
                            .arg(m_limits.maxBodyBytes));
            }
            if (i == 0)
                return fail(400, tr("chunk %1: expected a hexadecimal size, got %2").arg(m_chunks).arg(shown(line)));
            while (i < line.size() && isSpace(line[i]))
                ++i;
            if (i < line.size() && line[i] != ';')
                return fail(400, tr("chunk %1: unexpected %2 after the size").arg(m_chunks).arg(shown(line.sliced(i))));
            if (std::any_of(line.begin() + i, line.end(), isControl))
                return fail(400, tr("chunk %1: the extension holds a control character").arg(m_chunks));
            m_scan = newline + 1;
            m_lineScanned = 0;
            m_chunkLeft = size;
            m_stage = size == 0 ? Stage::Trailers : Stage::ChunkData;
            break;
        }
        case Stage::ChunkData: {
            const qsizetype n = qsizetype(std::min<qint64>(m_chunkLeft, buffered() - m_scan));
            if (n > 0) {
                if (m_bodyEnd != m_scan)
                    std::memmove(at(m_bodyEnd), at(m_scan), size_t(n));
                m_bodyEnd += n;
                m_scan += n;
                m_chunkLeft -= n;
            }
            if (m_chunkLeft > 0)
                return Result::NeedMore;
            m_stage = Stage::ChunkDataEnd;
            break;
        }
        case Stage::ChunkDataEnd: {
            const qsizetype have = buffered() - m_scan;
            if (have < 1 || (have < 2 && *at(m_scan) == '\r'))
                return Result::NeedMore;
            if (*at(m_scan) == '\n') {
                m_scan += 1;
            } else if (*at(m_scan) == '\r' && *at(m_scan + 1) == '\n') {
                m_scan += 2;
            } else {
                return fail(
                    400, tr("chunk %1: the data is not followed by a line end (is the size right?)").arg(m_chunks));
            }
            m_lineScanned = 0;
            m_stage = Stage::ChunkSize;
            break;
        }
        case Stage::Trailers: {
            const qsizetype newline = findLineEnd();
            if (m_trailerBytes + (newline < 0 ? buffered() - m_scan : newline + 1 - m_scan) > m_limits.maxHeadBytes)
                return fail(431, tr("trailers: longer than %1 bytes").arg(m_limits.maxHeadBytes));
            if (newline < 0)
                return Result::NeedMore;
            m_trailerBytes += newline + 1 - m_scan;
            qsizetype end = newline;
            if (end > m_scan && *at(end - 1) == '\r')
                --end;
            const QByteArrayView line(at(m_scan), end - m_scan);
            m_scan = newline + 1;
            m_lineScanned = 0;
            if (line.isEmpty())
                return finish(m_scan);
            ++m_trailers;
            const qsizetype colon = line.indexOf(':');
            if (isSpace(line.front()) || colon < 0 || !isToken(line.first(colon))
                || std::any_of(line.begin() + colon + 1, line.end(), isControl))
                return fail(400, tr("trailer line %1: expected name: value, got %2").arg(m_trailers).arg(shown(line)));
            break; // trailers are not kept
        }
        case Stage::Head:
        case Stage::Body:
        case Stage::Done:
            return Result::NeedMore; // not reached: next() handles these
        case Stage::Failed:
            return Result::Error;
        }
    }
}

HttpRequestParser::Result HttpRequestParser::finish(qsizetype requestEnd)
{
    m_requestEnd = requestEnd;
    m_stage = Stage::Done;
    fillHeadViews(); // the buffer may have moved since the head was parsed
    if (m_request.chunked)
        m_request.body = QByteArrayView(at(m_headEnd), m_bodyEnd - m_headEnd);
    else if (m_bodyLength > 0)
        m_request.body = QByteArrayView(at(m_headEnd), qsizetype(m_bodyLength));
    else
        m_request.body = {};
    return Result::Request;
}

HttpRequestParser::Result HttpRequestParser::fail(int status, QString message)
{
    m_stage = Stage::Failed;
    m_error = HttpParseError{status, std::move(message)};
    return Result::Error;
}

} // namespace hms
