// The HTTP ingest listener on 127.0.0.1, spoken to in raw bytes (keep-alive, pipelining, chunked).
#include "TestGzip.h"
#include "ingest/HttpIngestListener.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace hms;

namespace {

const QByteArray kToken = QByteArrayLiteral("s3cret-token");

struct Response {
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[n, v] : headers) {
            if (n == name)
                return v;
        }
        return {};
    }
    QString error() const { return QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toString(); }
};

// A client that writes raw bytes and reads the answers as they come.
class Client {
public:
    explicit Client(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] { m_in += m_socket.readAll(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    void send(const QByteArray &bytes) { m_socket.write(bytes); }

    // Runs the event loop until `count` answers have arrived (or 5 s have passed).
    QList<Response> read(int count)
    {
        QList<Response> out;
        const bool complete = QTest::qWaitFor(
            [&] {
                while (out.size() < count) {
                    Response r;
                    if (!take(&r))
                        break;
                    out << r;
                }
                return out.size() == count;
            },
            5000);
        if (!complete)
            qWarning() << "timed out waiting for" << count << "answers; unread:" << m_in;
        return out;
    }
    Response one()
    {
        const QList<Response> r = read(1);
        return r.isEmpty() ? Response{} : r.first();
    }
    bool waitClosed()
    {
        return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, 5000);
    }
    QTcpSocket &socket() { return m_socket; }
    const QByteArray &unread() const { return m_in; }

private:
    // One whole answer from the bytes received, if there is one.
    bool take(Response *r)
    {
        const qsizetype headEnd = m_in.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return false;
        const QList<QByteArray> lines = m_in.left(headEnd).split('\n');
        const QList<QByteArray> statusLine = lines.first().trimmed().split(' ');
        if (statusLine.size() < 2 || statusLine.first() != "HTTP/1.1")
            return false;
        r->status = statusLine.at(1).toInt();
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            const QByteArray name = lines[i].left(colon).trimmed().toLower();
            const QByteArray value = lines[i].mid(colon + 1).trimmed();
            r->headers.append({name, value});
            if (name == "content-length")
                length = value.toLongLong();
        }
        if (m_in.size() < headEnd + 4 + length)
            return false;
        r->body = m_in.mid(headEnd + 4, length);
        m_in.remove(0, headEnd + 4 + length);
        return true;
    }

    QTcpSocket m_socket;
    QByteArray m_in;
};

QByteArray post(const QByteArray &target, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n" + extraHeaders + "\r\n" + body;
}

QByteArray authorized(const QByteArray &target, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return post(target, body, "Authorization: Token " + kToken + "\r\n" + extraHeaders);
}

} // namespace

class TestHttpIngest : public QObject {
    Q_OBJECT
    std::unique_ptr<SeriesStore> m_store;
    std::unique_ptr<HttpIngestListener> m_listener;
    qint64 m_nowMs = 0;

    // The values of a series over the last hour, in time order.
    QList<double> values(const QString &name, const Labels &match = {}) const
    {
        QList<double> out;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const SeriesKey &key : m_store->select(name, match)) {
            for (const Sample &s : m_store->range(key, now - 3600 * 1000, now + 3600 * 1000))
                out << s.v;
        }
        return out;
    }
    QByteArray line(const char *series, double value) const
    {
        return QByteArray(series) + " value=" + QByteArray::number(value) + ' ' + QByteArray::number(m_nowMs) + '\n';
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_store = std::make_unique<SeriesStore>();
        m_listener = std::make_unique<HttpIngestListener>(*m_store, QString::fromLatin1(kToken));
        QString error;
        QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(m_listener->port() != 0);
        m_nowMs = QDateTime::currentMSecsSinceEpoch();
    }

    void writeLandsInTheStore()
    {
        Client client(m_listener->port());
        const QByteArray body = "http_cpu,host=a,dc=x usage=12.5,idle=80 " + QByteArray::number(m_nowMs) + "\n"
            + "http_cpu,host=b,dc=x usage=30 " + QByteArray::number(m_nowMs) + "\n";
        client.send(authorized("/api/v2/write?org=o&bucket=b&precision=ms", body));
        const Response r = client.one();
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        QCOMPARE(r.header("content-length"), QByteArray()); // a 204 has none
        QVERIFY(!r.header("date").isEmpty());
        QCOMPARE(values(QStringLiteral("http_cpu_usage"), {{QStringLiteral("host"), QStringLiteral("a")}}),
            QList<double>{12.5});
        QCOMPARE(values(QStringLiteral("http_cpu_usage"), {{QStringLiteral("host"), QStringLiteral("b")}}),
            QList<double>{30});
        QCOMPARE(values(QStringLiteral("http_cpu_idle")), QList<double>{80});
        const auto key
            = m_store->select(QStringLiteral("http_cpu_usage"), {{QStringLiteral("host"), QStringLiteral("a")}});
        QCOMPARE(key.size(), std::size_t(1));
        QCOMPARE(key.front().labels.at(QStringLiteral("dc")), QStringLiteral("x"));
        QCOMPARE(m_store->range(key.front(), 0, m_nowMs + 1).front().t, m_nowMs);
    }

    void precisionDefaultsToNanoseconds()
    {
        Client client(m_listener->port());
        client.send(authorized("/write", "http_ns value=7 " + QByteArray::number(m_nowMs) + "000000\n"));
        QCOMPARE(client.one().status, 204);
        const auto keys = m_store->select(QStringLiteral("http_ns"), {});
        QCOMPARE(keys.size(), std::size_t(1));
        QCOMPARE(m_store->range(keys.front(), 0, m_nowMs + 1).front().t, m_nowMs);

        client.send(authorized("/write?precision=fortnights", "http_ns value=8\n"));
        const Response bad = client.one();
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.error(), QStringLiteral("precision: \"fortnights\" is not one of ns, us, ms, s (or n, u, m, h)"));
    }

    void authentication_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");

        const QString missing
            = QStringLiteral("missing Authorization: Bearer <token> (the token is in DATA_DIR/api-token)");
        const QString wrong = QStringLiteral("wrong API token");
        QTest::addRow("none") << QByteArray() << QByteArray() << 401 << missing;
        QTest::addRow("Bearer") << QByteArray() << ("Bearer " + kToken) << 204 << QString();
        QTest::addRow("Token (InfluxDB 2.x)") << QByteArray() << ("Token " + kToken) << 204 << QString();
        QTest::addRow("wrong Bearer") << QByteArray() << QByteArray("Bearer nope") << 401 << wrong;
        QTest::addRow("wrong Token") << QByteArray() << QByteArray("Token nope") << 401 << wrong;
        QTest::addRow("token without a scheme") << QByteArray() << kToken << 401 << wrong;
        QTest::addRow("?p= (InfluxDB 1.x)") << ("?u=me&p=" + kToken) << QByteArray() << 204 << QString();
        QTest::addRow("?p= percent-encoded") << QByteArray("?p=s3cret%2Dtoken") << QByteArray() << 204 << QString();
        QTest::addRow("wrong ?p=") << QByteArray("?p=nope") << QByteArray() << 401 << missing;
        QTest::addRow("Basic (InfluxDB 1.x)")
            << QByteArray() << ("Basic " + QByteArray("anyone:" + kToken).toBase64()) << 204 << QString();
        QTest::addRow("wrong Basic") << QByteArray() << ("Basic " + QByteArray("anyone:nope").toBase64()) << 401
                                     << wrong;
        QTest::addRow("Basic not base64") << QByteArray() << QByteArray("Basic %%%") << 401 << wrong;
    }

    void authentication()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, authorization);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QList<double> before = values(QStringLiteral("http_auth"));
        Client client(m_listener->port());
        client.send(post("/write" + query, "http_auth value=1\n",
            authorization.isEmpty() ? QByteArray() : "Authorization: " + authorization + "\r\n"));
        const Response r = client.one();
        QCOMPARE(r.status, status);
        QCOMPARE(r.error(), error);
        QCOMPARE(values(QStringLiteral("http_auth")).size(), before.size() + (status == 204 ? 1 : 0));
        if (status == 401) {
            QCOMPARE(r.header("content-type"), QByteArray("application/json; charset=utf-8"));
            QVERIFY(!r.header("www-authenticate").isEmpty());
        }
    }

    void partialWriteNamesTheLine()
    {
        Client client(m_listener->port());
        const HttpIngestCounters before = m_listener->counters();
        client.send(authorized("/write?precision=ms", line("http_partial", 1) + "http_partial value=abc\n"));
        const Response r = client.one();
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error().startsWith(QStringLiteral("partial write: 1 of 2 lines rejected: line 2:")),
            qPrintable(r.error()));
        QCOMPARE(values(QStringLiteral("http_partial")), QList<double>{1}); // the good line is kept
        const HttpIngestCounters after = m_listener->counters();
        QCOMPARE(after.rowsAccepted - before.rowsAccepted, qint64(1));
        QCOMPARE(after.rowsRejected - before.rowsRejected, qint64(1));
        QCOMPARE(after.errors4xx - before.errors4xx, qint64(1));
        // The connection stays usable.
        client.send(authorized("/write?precision=ms", line("http_partial", 2)));
        QCOMPARE(client.one().status, 204);
    }

    void contentLengthTooLarge()
    {
        Client client(m_listener->port());
        // Answered from the head alone, without waiting for 16 MiB of body, then closed.
        client.send("POST /write HTTP/1.1\r\nAuthorization: Token " + kToken + "\r\nContent-Length: 16777217\r\n\r\n");
        const Response r = client.one();
        QCOMPARE(r.status, 413);
        QCOMPARE(r.error(),
            QStringLiteral("body: Content-Length 16777217 is over the limit of 16777216 bytes; send smaller batches"));
        QCOMPARE(r.header("connection"), QByteArray("close"));
        QVERIFY(client.waitClosed());
    }

    void gzipBody()
    {
        Client client(m_listener->port());
        client.send(authorized("/api/v2/write?precision=ms", gzip(line("http_gzip", 3) + line("http_gzip,k=v", 4)),
            "Content-Encoding: gzip\r\n"));
        QCOMPARE(client.one().status, 204);
        QCOMPARE(values(QStringLiteral("http_gzip"), {{QStringLiteral("k"), QStringLiteral("v")}}), QList<double>{4});
        QCOMPARE(m_store->select(QStringLiteral("http_gzip"), {}).size(), std::size_t(2));

        client.send(authorized("/api/v2/write", "not gzip at all", "Content-Encoding: GZIP\r\n"));
        const Response bad = client.one();
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.error(), QStringLiteral("body: Content-Encoding is gzip but the body is not valid gzip"));

        // A gzip bomb stops at 64 MiB.
        client.send(authorized("/write", gzip(QByteArray(80 * 1024 * 1024, '\n')), "Content-Encoding: gzip\r\n"));
        const Response bomb = client.one();
        QCOMPARE(bomb.status, 413);
        QCOMPARE(bomb.error(), QStringLiteral("body: decompresses to more than 67108864 bytes; send smaller batches"));
    }

    void pingAndHealthNeedNoToken()
    {
        Client client(m_listener->port());
        client.send("GET /ping HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(client.one().status, 204);
        client.send("HEAD /ping HTTP/1.1\r\n\r\n");
        QCOMPARE(client.one().status, 204);
        client.send("GET /health HTTP/1.1\r\n\r\n");
        QCOMPARE(client.one().status, 204);
        client.send(post("/ping", "x"));
        const Response wrongMethod = client.one();
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("allow"), QByteArray("GET, HEAD"));
    }

    void unknownPathAndWrongMethod()
    {
        Client client(m_listener->port());
        client.send("GET /api/v2/query HTTP/1.1\r\n\r\n");
        const Response notFound = client.one();
        QCOMPARE(notFound.status, 404);
        QVERIFY2(notFound.error().startsWith(QStringLiteral("no route for GET /api/v2/query")),
            qPrintable(notFound.error()));
        client.send("GET /write HTTP/1.1\r\n\r\n");
        const Response wrongMethod = client.one();
        QCOMPARE(wrongMethod.status, 405);
        QCOMPARE(wrongMethod.header("allow"), QByteArray("POST"));
        QCOMPARE(wrongMethod.error(), QStringLiteral("GET /write: method not allowed; use POST"));
    }

    void pipelinedAnswersInOrder()
    {
        Client client(m_listener->port());
        const qint64 accepted = m_listener->counters().connectionsAccepted;
        client.send(authorized("/write?precision=ms", line("http_pipe", 1)) + "GET /nowhere HTTP/1.1\r\n\r\n"
            + authorized("/api/v2/write?precision=ms", line("http_pipe,n=2", 2)) + "GET /ping HTTP/1.1\r\n\r\n");
        const QList<Response> answers = client.read(4);
        QCOMPARE(answers.size(), 4);
        QCOMPARE(answers[0].status, 204);
        QCOMPARE(answers[1].status, 404);
        QCOMPARE(answers[2].status, 204);
        QCOMPARE(answers[3].status, 204);
        QCOMPARE(m_store->select(QStringLiteral("http_pipe"), {}).size(), std::size_t(2));
        QCOMPARE(m_listener->counters().connectionsAccepted, accepted + 1); // one connection for all
    }

    void keepAliveServesManyRequests()
    {
        Client client(m_listener->port());
        for (int i = 0; i < 50; ++i) {
            client.send(authorized("/write?precision=ms",
                "http_keepalive value=" + QByteArray::number(i) + ' ' + QByteArray::number(m_nowMs + i) + '\n'));
            QCOMPARE(client.one().status, 204);
        }
        QCOMPARE(values(QStringLiteral("http_keepalive")).size(), 50);
        QCOMPARE(values(QStringLiteral("http_keepalive")).last(), 49.0);
        QCOMPARE(client.socket().state(), QAbstractSocket::ConnectedState);
    }

    void chunkedBody()
    {
        Client client(m_listener->port());
        const QByteArray body = line("http_chunked", 5);
        const QByteArray half = body.left(10);
        const QByteArray rest = body.mid(10);
        const QByteArray first = "POST /api/v2/write?precision=ms HTTP/1.1\r\nAuthorization: Bearer " + kToken
            + "\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray::number(half.size(), 16) + ";ext=1\r\n" + half
            + "\r\n";
        const qint64 received = m_listener->counters().bytesReceived;
        client.send(first);
        QTRY_COMPARE(m_listener->counters().bytesReceived, received + first.size()); // the first chunk alone
        client.send(QByteArray::number(rest.size(), 16) + "\r\n" + rest + "\r\n0\r\nX-Trailer: t\r\n\r\n");
        QCOMPARE(client.one().status, 204);
        QCOMPARE(values(QStringLiteral("http_chunked")), QList<double>{5});
    }

    void expectContinue()
    {
        Client client(m_listener->port());
        const QByteArray body = line("http_continue", 6);
        client.send("POST /write?precision=ms HTTP/1.1\r\nAuthorization: Token " + kToken
            + "\r\nExpect: 100-continue\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n");
        QVERIFY(QTest::qWaitFor([&] { return client.unread().startsWith("HTTP/1.1 100 Continue\r\n\r\n"); }, 5000));
        QCOMPARE(client.one().status, 100);
        client.send(body);
        QCOMPARE(client.one().status, 204);
        QCOMPARE(values(QStringLiteral("http_continue")), QList<double>{6});
    }

    void http10ClosesUnlessKeepAlive()
    {
        Client keep(m_listener->port());
        keep.send("GET /ping HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        const Response kept = keep.one();
        QCOMPARE(kept.status, 204);
        QCOMPARE(kept.header("connection"), QByteArray("keep-alive"));
        keep.send("GET /ping HTTP/1.0\r\n\r\n");
        const Response closed = keep.one();
        QCOMPARE(closed.status, 204);
        QCOMPARE(closed.header("connection"), QByteArray("close"));
        QVERIFY(keep.waitClosed());
    }

    void malformedRequestClosesTheConnection()
    {
        Client client(m_listener->port());
        client.send("GET / HTTP/1.1\r\nHost: a\r\nbroken header\r\n\r\nGET /ping HTTP/1.1\r\n\r\n");
        const Response r = client.one();
        QCOMPARE(r.status, 400);
        QCOMPARE(r.error(), QStringLiteral("header line 2: missing ':'"));
        QVERIFY(client.waitClosed());
        QVERIFY(client.unread().isEmpty()); // the pipelined ping was not answered

        Client http2(m_listener->port());
        http2.send("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n");
        QCOMPARE(http2.one().status, 505);
        QVERIFY(http2.waitClosed());
    }

    void idleConnectionsAreClosed()
    {
        m_listener->setIdleTimeoutMs(200);
        Client client(m_listener->port());
        QVERIFY(client.socket().waitForConnected(5000));
        QSignalSpy closed(&client.socket(), &QTcpSocket::disconnected);
        QVERIFY(closed.wait(5000));
        m_listener->setIdleTimeoutMs(60000);
        QTRY_COMPARE(m_listener->counters().connectionsOpen, qint64(0));
    }

    void selfMetrics()
    {
        {
            Client client(m_listener->port());
            client.send("GET /ping HTTP/1.1\r\n\r\n");
            QCOMPARE(client.one().status, 204);
        }
        const HttpIngestCounters c = m_listener->counters();
        QVERIFY(c.requests > 0 && c.bytesReceived > 0 && c.rowsAccepted > 0 && c.samplesAccepted >= c.rowsAccepted);
        QCOMPARE(c.errors5xx, qint64(1)); // the HTTP/2.0 preface
        m_listener->recordSelfMetrics();
        QCOMPARE(values(QStringLiteral("ops_http_ingest_requests_total")).last(), double(c.requests));
        QCOMPARE(values(QStringLiteral("ops_http_ingest_rows_total")).last(), double(c.rowsAccepted));
        QCOMPARE(
            values(QStringLiteral("ops_http_ingest_errors_total"), {{QStringLiteral("class"), QStringLiteral("5xx")}})
                .last(),
            1.0);
        const auto rejected = m_store->select(QStringLiteral("ops_ingest_rejected_total"), {});
        QStringList reasons;
        for (const SeriesKey &key : rejected)
            reasons << key.labels.at(QStringLiteral("reason"));
        QVERIFY2(reasons.contains(QStringLiteral("http_body_too_large"))
                && reasons.contains(QStringLiteral("http_bad_gzip"))
                && reasons.contains(QStringLiteral("line_protocol_invalid")),
            qPrintable(reasons.join(u',')));
    }

    void listensOnTheGivenAddressOnly()
    {
        HttpIngestListener other(*m_store, QString::fromLatin1(kToken));
        QString error;
        QVERIFY(!other.listen(QHostAddress::LocalHost, m_listener->port(), &error)); // taken
        QVERIFY2(error.contains(QStringLiteral("cannot bind TCP 127.0.0.1:")), qPrintable(error));
        QVERIFY2(
            other.listen(QHostAddress(QStringLiteral("127.0.0.2")), m_listener->port(), &error), qPrintable(error));
        QCOMPARE(other.port(), m_listener->port());
    }
};

QTEST_GUILESS_MAIN(TestHttpIngest)
#include "tst_httpingest.moc"
