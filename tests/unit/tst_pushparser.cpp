// Bodies of POST /api/v1/metrics.
#include "ingest/PushParser.h"

#include <QTest>

using namespace hms;

Q_DECLARE_METATYPE(hms::PushedSample::Kind)

class TestPushParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shapes_data();
    void shapes();
    void sampleFields();
    void timestamps_data();
    void timestamps();
    void kinds_data();
    void kinds();
    void sampleErrors_data();
    void sampleErrors();
    void badSampleKeepsOthers();
    void documentErrors_data();
    void documentErrors();
    void errorToString_data();
    void errorToString();
};

void TestPushParser::shapes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("names");

    // The seed's metric.observe("aid_form.latency_ms", 412.5), pushed over HTTP.
    QTest::addRow("one object") << QByteArray(R"({"name":"aid_form.latency_ms","value":412.5})")
                                << QStringList{QStringLiteral("aid_form.latency_ms")};
    QTest::addRow("array") << QByteArray(R"([{"name":"a","value":1},{"name":"b","value":2}])")
                           << QStringList{QStringLiteral("a"), QStringLiteral("b")};
    QTest::addRow("samples wrapper") << QByteArray(R"({"samples":[{"name":"a","value":1}]})")
                                     << QStringList{QStringLiteral("a")};
    QTest::addRow("empty array") << QByteArray("[]") << QStringList();
    QTest::addRow("empty samples") << QByteArray(R"({"samples":[]})") << QStringList();
    QTest::addRow("whitespace") << QByteArray(" \n[ {\"name\" : \"a\" , \"value\" : 1 } ]\n")
                                << QStringList{QStringLiteral("a")};
}

void TestPushParser::shapes()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, names);
    const PushParseResult r = parsePushBody(body);
    QVERIFY(!r.documentError);
    QCOMPARE(r.errors.size(), size_t(0));
    QStringList got;
    for (const PushedSample &s : r.samples)
        got << s.name;
    QCOMPARE(got, names);
}

void TestPushParser::sampleFields()
{
    const PushParseResult r = parsePushBody(R"({"name":"aid_form.latency_ms","value":-0.5,
        "labels":{"env":"prod","region":"us-east-1"},"timestamp":1767618000.25,
        "trace_id":"4bf92f3577b34da6","kind":"gauge"})");
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(r.samples.size(), size_t(1));
    const PushedSample &s = r.samples.front();
    QCOMPARE(s.name, QStringLiteral("aid_form.latency_ms"));
    QCOMPARE(s.value, -0.5);
    const Labels labels{
        {QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("region"), QStringLiteral("us-east-1")}};
    QCOMPARE(s.labels, labels);
    QCOMPARE(s.timestampMs, TimestampMs(1'767'618'000'250LL));
    QCOMPARE(s.traceId, QStringLiteral("4bf92f3577b34da6"));
    QCOMPARE(s.kind, PushedSample::Kind::Gauge);

    const PushParseResult d = parsePushBody(R"({"name":"x","value":3})");
    QCOMPARE(d.samples.size(), size_t(1));
    QCOMPARE(d.samples.front().timestampMs, TimestampMs(0)); // "now"
    QCOMPARE(d.samples.front().kind, PushedSample::Kind::Observation);
    QVERIFY(d.samples.front().labels.empty());
    QCOMPARE(d.samples.front().traceId, QString());
}

void TestPushParser::timestamps_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<qint64>("ms");
    QTest::addRow("seconds") << QByteArray("1767618000") << qint64(1'767'618'000'000LL);
    QTest::addRow("fractional seconds") << QByteArray("1767618000.5") << qint64(1'767'618'000'500LL);
    QTest::addRow("rounded to ms") << QByteArray("1767618000.0006") << qint64(1'767'618'000'001LL);
    QTest::addRow("RFC 3339 Z") << QByteArray(R"("2026-01-05T13:00:00Z")") << qint64(1'767'618'000'000LL);
    QTest::addRow("RFC 3339 offset") << QByteArray(R"("2026-01-05T08:00:00-05:00")") << qint64(1'767'618'000'000LL);
    QTest::addRow("RFC 3339 ms") << QByteArray(R"("2026-01-05T13:00:00.123Z")") << qint64(1'767'618'000'123LL);
}

void TestPushParser::timestamps()
{
    QFETCH(QByteArray, timestamp);
    QFETCH(qint64, ms);
    const PushParseResult r = parsePushBody(QByteArray(R"({"name":"x","value":1,"timestamp":)" + timestamp + "}"));
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(r.samples.size(), size_t(1));
    QCOMPARE(r.samples.front().timestampMs, ms);
}

void TestPushParser::kinds_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<PushedSample::Kind>("expected");
    QTest::addRow("observation") << QByteArray("observation") << PushedSample::Kind::Observation;
    QTest::addRow("gauge") << QByteArray("gauge") << PushedSample::Kind::Gauge;
    QTest::addRow("counter") << QByteArray("counter") << PushedSample::Kind::Counter;
}

void TestPushParser::kinds()
{
    QFETCH(QByteArray, kind);
    QFETCH(PushedSample::Kind, expected);
    const PushParseResult r = parsePushBody(QByteArray(R"({"name":"x","value":1,"kind":")" + kind + "\"}"));
    QCOMPARE(r.samples.size(), size_t(1));
    QCOMPARE(r.samples.front().kind, expected);
}

void TestPushParser::sampleErrors_data()
{
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<QString>("error"); // PushParseError::toString()

    QTest::addRow("missing name") << QByteArray(R"({"value":1})")
                                  << QStringLiteral("samples[0].name: required field missing");
    QTest::addRow("missing value") << QByteArray(R"({"name":"x"})")
                                   << QStringLiteral("samples[0].value: required field missing");
    QTest::addRow("empty name") << QByteArray(R"({"name":"","value":1})")
                                << QStringLiteral("samples[0].name: expected 1 to 1024 bytes, got 0");
    QTest::addRow("long name") << QByteArray(R"({"name":")" + QByteArray(1025, 'n') + R"(","value":1})")
                               << QStringLiteral("samples[0].name: expected 1 to 1024 bytes, got 1025");
    QTest::addRow("long UTF-8 name") << QByteArray(R"({"name":")" + QByteArray(513, 'n').replace("n", "\xc3\xa9")
        + R"(","value":1})") << QStringLiteral("samples[0].name: expected 1 to 1024 bytes, got 1026");
    QTest::addRow("name a number") << QByteArray(R"({"name":5,"value":1})")
                                   << QStringLiteral("samples[0].name: expected a string, got a number");
    QTest::addRow("value a string") << QByteArray(R"({"name":"x","value":"1"})")
                                    << QStringLiteral("samples[0].value: expected a finite number, got a string");
    QTest::addRow("value null") << QByteArray(R"({"name":"x","value":null})")
                                << QStringLiteral("samples[0].value: expected a finite number, got null");
    QTest::addRow("labels an array") << QByteArray(R"({"name":"x","value":1,"labels":["a"]})")
                                     << QStringLiteral(
                                            "samples[0].labels: expected an object of strings, got an array");
    QTest::addRow("label a number") << QByteArray(R"({"name":"x","value":1,"labels":{"code":500}})")
                                    << QStringLiteral("samples[0].labels.code: expected a string, got a number");
    QTest::addRow("empty label name") << QByteArray(R"({"name":"x","value":1,"labels":{"":"v"}})")
                                      << QStringLiteral("samples[0].labels: empty label name");
    QTest::addRow("timestamp negative") << QByteArray(R"({"name":"x","value":1,"timestamp":-1})")
                                        << QStringLiteral("samples[0].timestamp: expected Unix seconds between 0 and "
                                                          "253402300799");
    QTest::addRow("timestamp in ms by mistake") << QByteArray(R"({"name":"x","value":1,"timestamp":1767618000000000})")
                                                << QStringLiteral("samples[0].timestamp: expected Unix seconds between "
                                                                  "0 and 253402300799");
    QTest::addRow("timestamp without offset")
        << QByteArray(R"({"name":"x","value":1,"timestamp":"2026-01-05T13:00:00"})")
        << QStringLiteral("samples[0].timestamp: expected an RFC 3339 time with "
                          "an offset, like \"2026-01-05T08:00:00Z\"");
    QTest::addRow("timestamp garbage") << QByteArray(R"({"name":"x","value":1,"timestamp":"yesterday"})")
                                       << QStringLiteral("samples[0].timestamp: expected an RFC 3339 time with an "
                                                         "offset, like \"2026-01-05T08:00:00Z\"");
    // Found by fuzz_push: a valid RFC 3339 time before 1970 was stored as a negative time.
    QTest::addRow("timestamp before 1970") << QByteArray(R"({"name":"x","value":1,"timestamp":"0541-01-05T08:00:00-05:00"})")
                                           << QStringLiteral("samples[0].timestamp: 0541-01-05T08:00:00-05:00 is before "
                                                             "1970-01-01");
    QTest::addRow("timestamp bool") << QByteArray(R"({"name":"x","value":1,"timestamp":true})")
                                    << QStringLiteral("samples[0].timestamp: expected Unix seconds or an RFC 3339 "
                                                      "string, got a boolean");
    QTest::addRow("trace_id number") << QByteArray(R"({"name":"x","value":1,"trace_id":7})")
                                     << QStringLiteral("samples[0].trace_id: expected a string, got a number");
    QTest::addRow("bad kind") << QByteArray(R"({"name":"x","value":1,"kind":"histogram"})")
                              << QStringLiteral("samples[0].kind: expected \"observation\", \"gauge\" or \"counter\"");
    QTest::addRow("unknown field") << QByteArray(R"({"name":"x","value":1,"vaule":2})")
                                   << QStringLiteral("samples[0].vaule: unknown field; valid fields are: name, value, "
                                                     "labels, timestamp, trace_id, kind");
    QTest::addRow("not an object") << QByteArray("[5]")
                                   << QStringLiteral("samples[0]: expected an object, got a number");
}

void TestPushParser::sampleErrors()
{
    QFETCH(QByteArray, sample);
    QFETCH(QString, error);
    const PushParseResult r = parsePushBody(sample);
    QVERIFY(!r.documentError);
    QCOMPARE(r.samples.size(), size_t(0));
    QCOMPARE(r.errors.size(), size_t(1));
    QCOMPARE(r.errors.front().toString(), error);
}

void TestPushParser::badSampleKeepsOthers()
{
    const PushParseResult r = parsePushBody(
        R"([{"name":"a","value":1},{"name":"b","value":"x"},{"name":"c","value":3},{"nome":"d","value":4}])");
    QVERIFY(!r.documentError);
    QCOMPARE(r.samples.size(), size_t(2));
    QCOMPARE(r.samples[0].name, QStringLiteral("a"));
    QCOMPARE(r.samples[1].name, QStringLiteral("c"));
    // The misspelt sample gets two errors: the unknown field and the missing name.
    QCOMPARE(r.errors.size(), size_t(3));
    QCOMPARE(r.errors[0].index, 1);
    QCOMPARE(r.errors[0].field, QStringLiteral("value"));
    QCOMPARE(r.errors[1].index, 3);
    QCOMPARE(r.errors[1].field, QStringLiteral("nome"));
    QCOMPARE(r.errors[2].index, 3);
    QCOMPARE(r.errors[2].field, QStringLiteral("name"));
}

void TestPushParser::documentErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");

    QTest::addRow("empty") << QByteArray() << QString();
    QTest::addRow("not JSON") << QByteArray("aid_form.latency_ms:412|ms") << QString();
    QTest::addRow("truncated") << QByteArray(R"([{"name":"a","value":1})") << QString();
    QTest::addRow("trailing garbage") << QByteArray(R"({"name":"a","value":1} x)") << QString();
    // Qt's JSON reader rejects a top-level scalar and a number out of double's range.
    QTest::addRow("number") << QByteArray("42") << QString();
    QTest::addRow("string") << QByteArray(R"("x")") << QString();
    QTest::addRow("value overflow") << QByteArray(R"({"name":"x","value":1e999})") << QString();
    QTest::addRow("samples not an array") << QByteArray(R"({"samples":{"name":"a","value":1}})")
                                          << QStringLiteral("samples: expected an array, got an object");
    QTest::addRow("samples beside fields") << QByteArray(R"({"samples":[],"name":"a"})")
                                           << QStringLiteral("an object with \"samples\" must have no other field");
    QTest::addRow("too deep") << QByteArray(QByteArray(5000, '[') + QByteArray(5000, ']')) << QString();
}

void TestPushParser::documentErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const PushParseResult r = parsePushBody(body);
    QVERIFY(r.documentError);
    QCOMPARE(r.samples.size(), size_t(0));
    QCOMPARE(r.errors.size(), size_t(1));
    QCOMPARE(r.errors.front().index, -1);
    if (error.isEmpty())
        QVERIFY(r.errors.front().toString().startsWith(QStringLiteral("invalid JSON at offset ")));
    else
        QCOMPARE(r.errors.front().toString(), error);
}

void TestPushParser::errorToString_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addRow("sample field") << 3 << QStringLiteral("value") << QStringLiteral("samples[3].value: msg");
    QTest::addRow("sample") << 0 << QString() << QStringLiteral("samples[0]: msg");
    QTest::addRow("document field") << -1 << QStringLiteral("samples") << QStringLiteral("samples: msg");
    QTest::addRow("document") << -1 << QString() << QStringLiteral("msg");
}

void TestPushParser::errorToString()
{
    QFETCH(int, index);
    QFETCH(QString, field);
    QFETCH(QString, text);
    const PushParseError e{index, field, QStringLiteral("msg")};
    QCOMPARE(e.toString(), text);
}

QTEST_GUILESS_MAIN(TestPushParser)
#include "tst_pushparser.moc"
