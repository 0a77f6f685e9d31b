// The incremental HTTP/1.1 request parser of the ingest listener.
#include "ingest/HttpRequestParser.h"

#include <QTest>
#include <cstring>

using namespace hms;

namespace {

// What the parser made of a stream: one line per request, and the error if there was one.
struct Parsed {
    QStringList requests;
    int continues = 0;
    int errorStatus = 0;
    QString errorMessage;
};

QString render(const HttpRequest &r)
{
    return QStringLiteral("%1 %2?%3 HTTP/1.%4 %5 body=%6")
        .arg(QString::fromLatin1(r.method), QString::fromLatin1(r.path), QString::fromLatin1(r.query))
        .arg(r.minorVersion)
        .arg(r.keepAlive ? QStringLiteral("keep-alive") : QStringLiteral("close"),
            QString::fromLatin1(r.body.toByteArray()));
}

void drain(HttpRequestParser &parser, Parsed &out)
{
    for (;;) {
        switch (parser.next()) {
        case HttpRequestParser::Result::NeedMore:
            return;
        case HttpRequestParser::Result::Continue:
            ++out.continues;
            break;
        case HttpRequestParser::Result::Request:
            out.requests << render(parser.request());
            break;
        case HttpRequestParser::Result::Error:
            out.errorStatus = parser.error().status;
            out.errorMessage = parser.error().message;
            return;
        }
    }
}

// Feeds `stream` cut at the given offsets, draining after each piece as the listener does.
Parsed parseCut(const QByteArray &stream, const QList<qsizetype> &cuts, HttpLimits limits = {})
{
    HttpRequestParser parser(limits);
    Parsed out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        parser.append(QByteArrayView(stream).sliced(from, cut - from));
        drain(parser, out);
        from = cut;
    }
    parser.append(QByteArrayView(stream).sliced(from));
    drain(parser, out);
    return out;
}

Parsed parseWhole(const QByteArray &stream, HttpLimits limits = {})
{
    return parseCut(stream, {}, limits);
}

} // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void splitAnywhere_data();
    void splitAnywhere();
    void byteByByte();
    void requestFields();
    void pipelined();
    void chunkedExtensionsAndTrailers();
    void expectContinue();
    void expectContinueNotWhenBodyIsThere();
    void http10();
    void errors_data();
    void errors();
    void errorIsFinal();
    void contentLengthTooBigBeforeTheBody();
    void chunkedBodyLimitCountsEveryChunk();
    void headersTooLongBeforeTheirEnd();
    void roomForTheDeclaredBody();
    void bufferDoesNotGrowWithRequests();
    void chunkFramingTakesNoRoom();
};

void TestHttpRequestParser::splitAnywhere_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QStringList>("requests");

    QTest::addRow("content-length") << QByteArray(
        "POST /write?db=x&precision=s HTTP/1.1\r\nHost: a\r\nContent-Length: 11\r\n\r\ncpu value=1")
                                    << QStringList{QStringLiteral(
                                           "POST /write?db=x&precision=s HTTP/1.1 keep-alive body=cpu value=1")};
    QTest::addRow("chunked") << QByteArray("POST /api/v2/write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "4;name=value\r\ncpu \r\n7\r\nvalue=1\r\n0\r\nX-Checksum: 1\r\n\r\n")
                             << QStringList{QStringLiteral("POST /api/v2/write? HTTP/1.1 keep-alive body=cpu value=1")};
    QTest::addRow("pipelined") << QByteArray("GET /ping HTTP/1.1\r\n\r\n"
                                             "POST /write HTTP/1.1\r\nContent-Length: 3\r\n\r\na=1"
                                             "GET /health HTTP/1.1\r\nConnection: close\r\n\r\n")
                               << QStringList{QStringLiteral("GET /ping? HTTP/1.1 keep-alive body="),
                                      QStringLiteral("POST /write? HTTP/1.1 keep-alive body=a=1"),
                                      QStringLiteral("GET /health? HTTP/1.1 close body=")};
    QTest::addRow("bare LF line ends") << QByteArray("POST /write HTTP/1.1\nContent-Length: 2\n\nab")
                                       << QStringList{QStringLiteral("POST /write? HTTP/1.1 keep-alive body=ab")};
    QTest::addRow("empty lines before the request") << QByteArray(
        "\r\n\r\nGET /ping HTTP/1.1\r\n\r\n") << QStringList{QStringLiteral("GET /ping? HTTP/1.1 keep-alive body=")};
    QTest::addRow("absolute-form target") << QByteArray("GET http://127.0.0.1:8086/ping?x=1 HTTP/1.1\r\n\r\n")
                                          << QStringList{QStringLiteral("GET /ping?x=1 HTTP/1.1 keep-alive body=")};
    QTest::addRow("HTTP/1.0 keep-alive") << QByteArray(
        "POST /write HTTP/1.0\r\nConnection: Keep-Alive\r\nContent-Length: 1\r\n\r\nx")
                                         << QStringList{QStringLiteral("POST /write? HTTP/1.0 keep-alive body=x")};
    QTest::addRow("chunked then content-length")
        << QByteArray("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n0\r\n\r\n"
                      "POST /write HTTP/1.1\r\nContent-Length: 1\r\n\r\nb")
        << QStringList{QStringLiteral("POST /write? HTTP/1.1 keep-alive body=a"),
               QStringLiteral("POST /write? HTTP/1.1 keep-alive body=b")};
}

void TestHttpRequestParser::splitAnywhere()
{
    QFETCH(QByteArray, stream);
    QFETCH(QStringList, requests);
    const Parsed whole = parseWhole(stream);
    QCOMPARE(whole.errorMessage, QString());
    QCOMPARE(whole.requests, requests);
    for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
        const Parsed split = parseCut(stream, {cut});
        QVERIFY2(
            split.requests == requests && split.errorStatus == 0, qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
}

void TestHttpRequestParser::byteByByte()
{
    const QByteArray stream("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                            "3\r\nabc\r\n2;x=\"y\"\r\nde\r\n0\r\n\r\n"
                            "POST /write HTTP/1.1\r\nContent-Length: 2\r\n\r\nfg");
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < stream.size(); ++i)
        cuts << i;
    const Parsed p = parseCut(stream, cuts);
    QCOMPARE(p.requests,
        (QStringList{QStringLiteral("POST /write? HTTP/1.1 keep-alive body=abcde"),
            QStringLiteral("POST /write? HTTP/1.1 keep-alive body=fg")}));
    QCOMPARE(p.errorStatus, 0);
}

void TestHttpRequestParser::requestFields()
{
    HttpRequestParser parser;
    parser.append("POST /api/v2/write?org=o&bucket=b HTTP/1.1\r\n"
                  "Host: localhost\r\n"
                  "AUTHORIZATION:   Token abc  \r\n"
                  "Content-Encoding: gzip\r\n"
                  "X-Custom:\tv\r\n"
                  "Content-Length: 4\r\n\r\n"
                  "abcd");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    const HttpRequest &r = parser.request();
    QCOMPARE(r.method, QByteArrayView("POST"));
    QCOMPARE(r.path, QByteArrayView("/api/v2/write"));
    QCOMPARE(r.query, QByteArrayView("org=o&bucket=b"));
    QCOMPARE(r.minorVersion, 1);
    QVERIFY(r.keepAlive);
    QVERIFY(!r.chunked);
    QVERIFY(!r.expectContinue);
    QCOMPARE(r.contentLength, qint64(4));
    QCOMPARE(r.authorization, QByteArrayView("Token abc"));
    QCOMPARE(r.contentEncoding, QByteArrayView("gzip"));
    QCOMPARE(r.header("x-custom"), QByteArrayView("v"));
    QCOMPARE(r.header("host"), QByteArrayView("localhost"));
    QVERIFY(r.header("expect").isEmpty());
    QCOMPARE(r.headers.size(), std::size_t(5));
    QCOMPARE(r.body, QByteArrayView("abcd"));
    QCOMPARE(parser.next(), HttpRequestParser::Result::NeedMore);
    QCOMPARE(parser.buffered(), qsizetype(0));
}

void TestHttpRequestParser::pipelined()
{
    HttpRequestParser parser;
    parser.append("POST /write HTTP/1.1\r\nContent-Length: 5\r\n\r\nm v=1"
                  "POST /write?precision=ms HTTP/1.1\r\nContent-Length: 5\r\n\r\nm v=2"
                  "POST /write HTTP/1.1\r\nContent-Length: 5\r\nConnection: close\r\n\r\nm v=3"
                  "GET /pi");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.request().body, QByteArrayView("m v=1"));
    QVERIFY(parser.request().query.isEmpty());
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.request().body, QByteArrayView("m v=2"));
    QCOMPARE(parser.request().query, QByteArrayView("precision=ms"));
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.request().body, QByteArrayView("m v=3"));
    QVERIFY(!parser.request().keepAlive);
    QCOMPARE(parser.next(), HttpRequestParser::Result::NeedMore);
    QCOMPARE(parser.buffered(), qsizetype(7)); // "GET /pi" waits for the rest
    parser.append("ng HTTP/1.1\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.request().path, QByteArrayView("/ping"));
}

void TestHttpRequestParser::chunkedExtensionsAndTrailers()
{
    HttpRequestParser parser;
    parser.append("POST /api/v2/write HTTP/1.1\r\n"
                  "Transfer-Encoding: CHUNKED\r\n"
                  "Content-Type: text/plain\r\n\r\n"
                  "5;ext;name=\"quoted; value\"\r\nm v=1\r\n"
                  "1 ; x=y\r\n\n\r\n"
                  "A\r\nm v=2 1000\r\n"
                  "0;last\r\n"
                  "Expires: never\r\n"
                  "X-Trailer: 2\r\n"
                  "\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    const HttpRequest &r = parser.request();
    QVERIFY(r.chunked);
    QCOMPARE(r.contentLength, qint64(-1));
    QCOMPARE(r.body, QByteArrayView("m v=1\nm v=2 1000"));
    QCOMPARE(r.headers.size(), std::size_t(2)); // trailers are not headers
    QVERIFY(r.header("x-trailer").isEmpty());
    QCOMPARE(parser.next(), HttpRequestParser::Result::NeedMore);
    QCOMPARE(parser.buffered(), qsizetype(0));
}

void TestHttpRequestParser::expectContinue()
{
    HttpRequestParser parser;
    parser.append("POST /write HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 5\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Continue);
    QCOMPARE(parser.request().path, QByteArrayView("/write")); // the head, to decide on
    QVERIFY(parser.request().expectContinue);
    QCOMPARE(parser.next(), HttpRequestParser::Result::NeedMore); // asked once only
    parser.append("m v=1");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.request().body, QByteArrayView("m v=1"));

    // Chunked too.
    parser.append("POST /write HTTP/1.1\r\nExpect: 100-continue\r\nTransfer-Encoding: chunked\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Continue);
    parser.append("1\r\nx\r\n0\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.request().body, QByteArrayView("x"));
}

void TestHttpRequestParser::expectContinueNotWhenBodyIsThere()
{
    // The client did not wait: no 100 to send. Nor for an empty body, nor to an HTTP/1.0 client.
    const Parsed sent = parseWhole("POST /write HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx");
    QCOMPARE(sent.continues, 0);
    QCOMPARE(sent.requests.size(), 1);
    const Parsed empty = parseWhole("POST /write HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 0\r\n\r\n");
    QCOMPARE(empty.continues, 0);
    QCOMPARE(empty.requests.size(), 1);
    const QByteArray oldClient("POST /write HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 1\r\n\r\nx");
    const Parsed old = parseCut(oldClient, {oldClient.indexOf("\r\n\r\n") + 4});
    QCOMPARE(old.continues, 0);
    QCOMPARE(old.requests.size(), 1);
}

void TestHttpRequestParser::http10()
{
    HttpRequestParser parser;
    parser.append("GET /ping HTTP/1.0\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.request().minorVersion, 0);
    QVERIFY(!parser.request().keepAlive); // close by default
    parser.append("GET /ping HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QVERIFY(parser.request().keepAlive);
    parser.append("GET /ping HTTP/1.1\r\nConnection: keep-alive, Close\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QVERIFY(!parser.request().keepAlive);
}

void TestHttpRequestParser::errors_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::addRow("400 request line without version")
        << QByteArray("GET /write\r\n\r\n") << 400
        << QStringLiteral("request line: expected METHOD TARGET HTTP/1.1, got \"GET /write\"");
    QTest::addRow("400 request line with two spaces")
        << QByteArray("GET  /write HTTP/1.1\r\n\r\n") << 400
        << QStringLiteral("request line: expected METHOD TARGET HTTP/1.1, got \"GET  /write HTTP/1.1\"");
    QTest::addRow("400 lower-case version")
        << QByteArray("GET / http/1.1\r\n\r\n") << 400
        << QStringLiteral("request line: \"http/1.1\" is not an HTTP version (expected HTTP/1.1)");
    QTest::addRow("400 method not a token") << QByteArray("G(T / HTTP/1.1\r\n\r\n") << 400
                                            << QStringLiteral("request line: the method \"G(T\" is not a token");
    QTest::addRow("400 target not a path")
        << QByteArray("GET write HTTP/1.1\r\n\r\n") << 400
        << QStringLiteral("request line: the target \"write\" is not a path starting with '/'");
    QTest::addRow("400 target with a control character")
        << QByteArray("GET /a\x01 HTTP/1.1\r\n\r\n") << 400
        << QStringLiteral("request line: the target \"/a\\x01\" holds a control character or a non-ASCII byte");
    QTest::addRow("400 header without colon") << QByteArray("GET / HTTP/1.1\r\nHost: a\r\nX-A: b\r\nbroken\r\n\r\n")
                                              << 400 << QStringLiteral("header line 3: missing ':'");
    QTest::addRow("400 space before colon")
        << QByteArray("GET / HTTP/1.1\r\nHost : a\r\n\r\n") << 400
        << QStringLiteral("header line 1: the field name \"Host \" is not a token (no spaces before ':')");
    QTest::addRow("400 obsolete line folding")
        << QByteArray("GET / HTTP/1.1\r\nX-A: b\r\n  c\r\n\r\n") << 400
        << QStringLiteral("header line 2: starts with a space (obsolete line folding is not supported)");
    QTest::addRow("400 control character in a value")
        << QByteArray("GET / HTTP/1.1\r\nX-A: b\rc\r\n\r\n") << 400
        << QStringLiteral("header line 1: the value of X-A holds a control character");
    QTest::addRow("400 content-length not a number")
        << QByteArray("POST /write HTTP/1.1\r\nContent-Length: 12a\r\n\r\n") << 400
        << QStringLiteral("header line 1: Content-Length \"12a\" is not a number");
    QTest::addRow("400 negative content-length")
        << QByteArray("POST /write HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400
        << QStringLiteral("header line 1: Content-Length \"-1\" is not a number");
    QTest::addRow("400 contradicting content-lengths")
        << QByteArray("POST /write HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400
        << QStringLiteral("header line 2: Content-Length \"2\" contradicts \"1\"");
    QTest::addRow("400 content-length and chunked")
        << QByteArray("POST /write HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
        << QStringLiteral("both Content-Length and Transfer-Encoding are set; send only one of them");
    QTest::addRow("400 chunked twice") << QByteArray(
        "POST /write HTTP/1.1\r\nTransfer-Encoding: chunked, chunked\r\n\r\n")
                                       << 400 << QStringLiteral("Transfer-Encoding: expected chunked, once");
    QTest::addRow("400 chunked in HTTP/1.0")
        << QByteArray("POST /write HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n") << 400
        << QStringLiteral("Transfer-Encoding: not allowed in an HTTP/1.0 request");
    QTest::addRow("400 chunk size not hexadecimal")
        << QByteArray("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n") << 400
        << QStringLiteral("chunk 1: expected a hexadecimal size, got \"zz\"");
    QTest::addRow("400 garbage after the chunk size")
        << QByteArray("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na\r\n2 x\r\n") << 400
        << QStringLiteral("chunk 2: unexpected \"x\" after the size");
    QTest::addRow("400 chunk longer than its size")
        << QByteArray("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nab\r\n0\r\n\r\n") << 400
        << QStringLiteral("chunk 1: the data is not followed by a line end (is the size right?)");
    QTest::addRow("400 bad trailer") << QByteArray(
        "POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nno colon\r\n\r\n")
                                     << 400 << QStringLiteral("trailer line 1: expected name: value, got \"no colon\"");
    QTest::addRow("411 POST without length")
        << QByteArray("POST /write HTTP/1.1\r\nHost: a\r\n\r\n") << 411
        << QStringLiteral("POST without Content-Length or Transfer-Encoding: chunked");
    QTest::addRow("413 Content-Length too big")
        << QByteArray("POST /write HTTP/1.1\r\nContent-Length: 16777217\r\n\r\n") << 413
        << QStringLiteral("body: Content-Length 16777217 is over the limit of 16777216 bytes; send smaller batches");
    QTest::addRow("413 Content-Length huge")
        << QByteArray("POST /write HTTP/1.1\r\nContent-Length: 99999999999999999999999999\r\n\r\n") << 413
        << QStringLiteral("body: Content-Length 999999999999999999999999 is over the limit of 16777216 bytes; send "
                          "smaller batches");
    QTest::addRow("413 chunk too big")
        << QByteArray("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n1000001\r\n") << 413
        << QStringLiteral("body: the chunked body is over the limit of 16777216 bytes; send smaller batches");
    QTest::addRow("413 chunk size overflowing")
        << QByteArray("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nffffffffffffffffffffffff\r\n") << 413
        << QStringLiteral("body: the chunked body is over the limit of 16777216 bytes; send smaller batches");
    QTest::addRow("431 headers too long")
        << (QByteArray("GET / HTTP/1.1\r\nX-Big: ") + QByteArray(16 * 1024, 'a') + "\r\n\r\n") << 431
        << QStringLiteral("request line and headers: longer than 16384 bytes");
    QTest::addRow("431 request line too long")
        << (QByteArray("GET /") + QByteArray(17 * 1024, 'a') + " HTTP/1.1\r\n\r\n") << 431
        << QStringLiteral("request line and headers: longer than 16384 bytes");
    QTest::addRow("431 trailers too long")
        << (QByteArray("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-Big: ")
               + QByteArray(16 * 1024, 'a') + "\r\n\r\n")
        << 431 << QStringLiteral("trailers: longer than 16384 bytes");
    QTest::addRow("501 unknown transfer-encoding")
        << QByteArray("POST /write HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\n") << 501
        << QStringLiteral("Transfer-Encoding: \"gzip\" is not supported (only chunked)");
    QTest::addRow("505 HTTP/2.0") << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << 505
                                  << QStringLiteral("HTTP/2.0 is not supported: send HTTP/1.1 or HTTP/1.0");
    QTest::addRow("505 HTTP/3.0") << QByteArray("GET / HTTP/3.0\r\n\r\n") << 505
                                  << QStringLiteral("HTTP/3.0 is not supported: send HTTP/1.1 or HTTP/1.0");
}

void TestHttpRequestParser::errors()
{
    QFETCH(QByteArray, stream);
    QFETCH(int, status);
    QFETCH(QString, message);
    const Parsed whole = parseWhole(stream);
    QCOMPARE(whole.requests, QStringList());
    QCOMPARE(whole.errorMessage, message);
    QCOMPARE(whole.errorStatus, status);
    // The same error however the bytes arrive.
    for (qsizetype cut = 1; cut < stream.size(); cut += qMax<qsizetype>(1, stream.size() / 64)) {
        const Parsed split = parseCut(stream, {cut});
        QVERIFY2(split.errorStatus == status && split.errorMessage == message,
            qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(split.errorMessage)));
    }
}

void TestHttpRequestParser::errorIsFinal()
{
    HttpRequestParser parser;
    parser.append("GET /ping HTTP/1.1\r\n\r\nGARBAGE\r\n\r\nGET /ping HTTP/1.1\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.next(), HttpRequestParser::Result::Error);
    QCOMPARE(parser.error().status, 400);
    parser.append("GET /ping HTTP/1.1\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Error);
}

void TestHttpRequestParser::contentLengthTooBigBeforeTheBody()
{
    // Decided from the head alone: no byte of the body has to arrive.
    HttpRequestParser parser;
    parser.append("POST /write HTTP/1.1\r\nContent-Length: 20000000\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Error);
    QCOMPARE(parser.error().status, 413);
    QVERIFY(parser.capacity() < 1024 * 1024);
}

void TestHttpRequestParser::chunkedBodyLimitCountsEveryChunk()
{
    const QByteArray head("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    const QByteArray fits
        = head + "32\r\n" + QByteArray(50, 'a') + "\r\n32\r\n" + QByteArray(50, 'b') + "\r\n0\r\n\r\n";
    const Parsed ok = parseWhole(fits, HttpLimits{1024, 100});
    QCOMPARE(ok.requests.size(), 1);
    QCOMPARE(ok.errorStatus, 0);
    const QByteArray over = head + "32\r\n" + QByteArray(50, 'a') + "\r\n33\r\n";
    const Parsed tooBig = parseWhole(over, HttpLimits{1024, 100});
    QCOMPARE(tooBig.errorStatus, 413);
    QCOMPARE(tooBig.errorMessage,
        QStringLiteral("body: the chunked body is over the limit of 100 bytes; send smaller batches"));
}

void TestHttpRequestParser::headersTooLongBeforeTheirEnd()
{
    // A head that never ends is refused once it is too long, not buffered forever.
    HttpRequestParser parser;
    parser.append("GET / HTTP/1.1\r\n");
    const QByteArray line = "X-Filler: " + QByteArray(90, 'x') + "\r\n";
    HttpRequestParser::Result r = HttpRequestParser::Result::NeedMore;
    int lines = 0;
    while (r == HttpRequestParser::Result::NeedMore && lines < 1000) {
        parser.append(line);
        r = parser.next();
        ++lines;
    }
    QCOMPARE(r, HttpRequestParser::Result::Error);
    QCOMPARE(parser.error().status, 431);
    QCOMPARE(lines, 161); // 16 + 161 × 102 bytes > 16384 ≥ 16 + 160 × 102
}

void TestHttpRequestParser::roomForTheDeclaredBody()
{
    // Once the head says how long the body is, one receive can take all of it.
    HttpRequestParser parser;
    parser.append("POST /write HTTP/1.1\r\nContent-Length: 1000000\r\n\r\nab");
    QCOMPARE(parser.next(), HttpRequestParser::Result::NeedMore);
    const std::span<char> room = parser.prepare(4096);
    QVERIFY(room.size() >= std::size_t(1000000 - 2));
    std::memset(room.data(), 'c', 1000000 - 2);
    parser.commit(1000000 - 2);
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.request().body.size(), qsizetype(1000000));
    QCOMPARE(parser.request().body.first(3), QByteArrayView("abc"));
}

void TestHttpRequestParser::bufferDoesNotGrowWithRequests()
{
    // Keep-alive and pipelining: the buffer is reused, consumed bytes are dropped.
    HttpRequestParser parser;
    const QByteArray request("POST /write HTTP/1.1\r\nContent-Length: 10\r\n\r\nm v=1 100\n");
    qsizetype capacity = 0;
    int requests = 0;
    for (int round = 0; round < 2000; ++round) {
        // Three and a half requests per receive, so that a partial one is always left over.
        const QByteArray piece = request.repeated(3) + request.left(request.size() / 2);
        const QByteArray rest = request.mid(request.size() / 2);
        for (const QByteArray &bytes : {piece, rest}) {
            const std::span<char> room = parser.prepare(4096);
            std::memcpy(room.data(), bytes.constData(), size_t(bytes.size()));
            parser.commit(bytes.size());
            while (parser.next() == HttpRequestParser::Result::Request) {
                QCOMPARE(parser.request().body, QByteArrayView("m v=1 100\n"));
                ++requests;
            }
        }
        if (round == 10)
            capacity = parser.capacity();
    }
    QCOMPARE(requests, 2000 * 4);
    QCOMPARE(parser.capacity(), capacity);
    QVERIFY(capacity <= 16 * 1024);
    QCOMPARE(parser.buffered(), qsizetype(0));
    parser.releaseMemory();
    QCOMPARE(parser.capacity(), qsizetype(0));
}

void TestHttpRequestParser::chunkFramingTakesNoRoom()
{
    // 100 KB of body in 1-byte chunks is 600 KB on the wire; the buffer holds the body only.
    HttpRequestParser parser;
    parser.append("POST /write HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::NeedMore);
    const QByteArray chunks = QByteArray("1\r\nx\r\n").repeated(1000);
    for (int i = 0; i < 100; ++i) {
        parser.append(chunks);
        QCOMPARE(parser.next(), HttpRequestParser::Result::NeedMore);
    }
    parser.append("0\r\n\r\n");
    QCOMPARE(parser.next(), HttpRequestParser::Result::Request);
    QCOMPARE(parser.request().body, QByteArrayView(QByteArray(100000, 'x')));
    QVERIFY(parser.capacity() < 200000);
}

QTEST_APPLESS_MAIN(TestHttpRequestParser)
#include "tst_httprequestparser.moc"
