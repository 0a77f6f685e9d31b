// libFuzzer target for the incremental HTTP/1.1 request parser of the ingest listener.
#include "ingest/HttpRequestParser.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <vector>

namespace {

using hms::HttpRequestParser;

// Everything the parser said about a stream of bytes, as text, to compare two ways of feeding it.
struct Outcome {
    QByteArray text;
    int requests = 0;
};

void check(bool ok)
{
    if (!ok)
        std::abort();
}

// Parses `input` fed in pieces of the given sizes (cycled; empty: all at once), draining next()
// after each piece as the listener does.
Outcome parse(QByteArrayView input, const std::vector<qsizetype> &pieces, hms::HttpLimits limits)
{
    HttpRequestParser parser(limits);
    Outcome out;
    bool failed = false;
    qsizetype offset = 0;
    std::size_t piece = 0;
    while (offset < input.size() && !failed) {
        const qsizetype n
            = pieces.empty() ? input.size() : std::min(pieces[piece++ % pieces.size()], input.size() - offset);
        parser.append(input.sliced(offset, n));
        offset += n;
        check(parser.buffered() <= input.size());
        // The buffer holds at most the unconsumed input and room for the largest body.
        check(parser.capacity() <= 4 * (input.size() + limits.maxHeadBytes + limits.maxBodyBytes));
        for (;;) {
            const HttpRequestParser::Result r = parser.next();
            if (r == HttpRequestParser::Result::NeedMore)
                break;
            if (r == HttpRequestParser::Result::Continue) {
                const hms::HttpRequest &head = parser.request();
                check(head.expectContinue && head.minorVersion >= 1 && head.body.isEmpty());
                check(head.chunked || head.contentLength > 0);
                continue; // depends on how the bytes were split: not part of the outcome
            }
            if (r == HttpRequestParser::Result::Error) {
                const hms::HttpParseError &e = parser.error();
                check(e.status == 400 || e.status == 411 || e.status == 413 || e.status == 431 || e.status == 501
                    || e.status == 505);
                check(!e.message.isEmpty());
                check(parser.next() == HttpRequestParser::Result::Error); // an error is final
                out.text += "error " + QByteArray::number(e.status) + ' ' + e.message.toUtf8() + '\n';
                failed = true;
                break;
            }
            const hms::HttpRequest &req = parser.request();
            ++out.requests;
            // Each request takes at least "X / HTTP/1.1\n\n" (14 bytes) of the input.
            check(qsizetype(out.requests) * 14 <= input.size());
            check(req.body.size() <= limits.maxBodyBytes);
            check(req.contentLength <= limits.maxBodyBytes);
            check(req.chunked || req.body.size() == std::max<qint64>(0, req.contentLength));
            check(!req.method.isEmpty() && req.path.startsWith('/'));
            check(req.minorVersion >= 0 && req.minorVersion <= 9);
            check(req.header("content-encoding") == req.contentEncoding);
            check(req.header("authorization") == req.authorization);
            out.text += req.method.toByteArray() + ' ' + req.path.toByteArray() + " ? " + req.query.toByteArray()
                + " 1." + QByteArray::number(req.minorVersion) + (req.keepAlive ? " keep" : " close")
                + (req.chunked ? " chunked " : " length ") + QByteArray::number(req.contentLength) + " headers "
                + QByteArray::number(qsizetype(req.headers.size())) + " body " + req.body.toByteArray().toHex() + '\n';
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A first byte 0..7 is a header: 0 feeds the rest byte by byte, 1..7 give that many piece
    // sizes (each byte + 1, cycled). Otherwise the whole input is the stream (so that corpus files
    // are plain requests), fed in pieces sized by its first three bytes.
    std::vector<qsizetype> pieces;
    if (size > 0 && data[0] < 8) {
        const std::size_t count = data[0];
        if (count == 0)
            pieces.push_back(1);
        for (std::size_t i = 1; i <= count && i < size; ++i)
            pieces.push_back(qsizetype(data[i]) + 1);
        const std::size_t skip = std::min(size, count + 1);
        data += skip;
        size -= skip;
    } else {
        for (std::size_t i = 0; i < 3 && i < size; ++i)
            pieces.push_back(qsizetype(data[i] % 17) + 1);
    }
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));

    // The real limits, and small ones that the fuzzer reaches easily.
    for (const hms::HttpLimits limits : {hms::HttpLimits{}, hms::HttpLimits{256, 1024}}) {
        const Outcome whole = parse(input, {}, limits);
        const Outcome split = parse(input, pieces, limits);
        // How the bytes arrive never changes what is parsed.
        check(whole.text == split.text);
        check(whole.requests == split.requests);
    }
    return 0;
}
