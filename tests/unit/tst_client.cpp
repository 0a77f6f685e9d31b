// The header-only one-line client speaks StatsD that our parser (and any StatsD server) reads.
#include <ops/metric.hpp>

#include "ingest/StatsdParser.h"

#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

class TestClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void format()
    {
        QCOMPARE(QString::fromStdString(ops::metric::Client::format("aid_form.latency_ms", 1400, "ms",
                                                                    {{"service", "aid_form"}}, "abc123")),
                 QStringLiteral("aid_form.latency_ms:1400|ms|#service:aid_form,trace_id:abc123"));
        QCOMPARE(QString::fromStdString(ops::metric::Client::format("x", 0.25, "g", {}, {})), QStringLiteral("x:0.25|g"));
    }

    void observeArrivesAndParses()
    {
        QUdpSocket server;
        QVERIFY(server.bind(QHostAddress::LocalHost, 0));
        const ops::metric::Client client("127.0.0.1:" + std::to_string(server.localPort()));
        QVERIFY(client.valid());
        QSignalSpy ready(&server, &QUdpSocket::readyRead);
        QVERIFY(client.observe("aid_form.latency_ms", 1400, {{"endpoint", "/apply-aid"}}, "trace-149"));
        QVERIFY(ready.wait(5000));
        QByteArray datagram(int(server.pendingDatagramSize()), '\0');
        server.readDatagram(datagram.data(), datagram.size());
        hms::StatsdParseResult parsed;
        hms::parseStatsdPacket(datagram, parsed);
        QCOMPARE(parsed.lines.size(), std::size_t(1));
        QCOMPARE(parsed.lines[0].name, QStringLiteral("aid_form.latency_ms"));
        QCOMPARE(parsed.lines[0].value, 1400.0);
        QCOMPARE(parsed.lines[0].type, hms::StatsdType::Timer);
        QCOMPARE(parsed.lines[0].traceId, QStringLiteral("trace-149"));
        QCOMPARE(parsed.lines[0].tags.at(QStringLiteral("endpoint")), QStringLiteral("/apply-aid"));
    }

    void badTargetIsDisabledNotFatal()
    {
        const ops::metric::Client client("not-an-ip:99999");
        QVERIFY(!client.valid());
        QVERIFY(!client.observe("x", 1));
    }
};

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
