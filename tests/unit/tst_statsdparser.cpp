// StatsD / DogStatsD line parser.
#include "ingest/StatsdParser.h"

#include <QTest>

using namespace hms;

Q_DECLARE_METATYPE(hms::StatsdType)
Q_DECLARE_METATYPE(hms::StatsdReject)

class TestStatsdParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validLine_data();
    void validLine();
    void tags_data();
    void tags();
    void rejectedLine_data();
    void rejectedLine();
    void packet_data();
    void packet();
    void appendsToOutput();
    void rejectReasons_data();
    void rejectReasons();
    void nameLengthLimit();
};

void TestStatsdParser::validLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("name");
    QTest::addColumn<StatsdType>("type");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("rate");

    // The seed's metric.observe("aid_form.latency_ms", ...) as the client sends it.
    QTest::addRow("seed timer") << QByteArray("aid_form.latency_ms:412.5|ms") << QStringLiteral("aid_form.latency_ms")
                                << StatsdType::Timer << 412.5 << 1.0;
    QTest::addRow("counter") << QByteArray("hits:1|c") << QStringLiteral("hits") << StatsdType::Counter << 1.0 << 1.0;
    QTest::addRow("negative counter") << QByteArray("hits:-3|c") << QStringLiteral("hits") << StatsdType::Counter
                                      << -3.0 << 1.0;
    QTest::addRow("counter with +") << QByteArray("hits:+2|c") << QStringLiteral("hits") << StatsdType::Counter << 2.0
                                    << 1.0;
    QTest::addRow("gauge") << QByteArray("queue:42|g") << QStringLiteral("queue") << StatsdType::Gauge << 42.0 << 1.0;
    QTest::addRow("gauge zero") << QByteArray("queue:0|g") << QStringLiteral("queue") << StatsdType::Gauge << 0.0
                                << 1.0;
    QTest::addRow("gauge +delta") << QByteArray("queue:+4|g") << QStringLiteral("queue") << StatsdType::GaugeDelta
                                  << 4.0 << 1.0;
    // StatsD rule: a gauge value with a sign is a change, so "-5" is a delta, not "set to -5".
    QTest::addRow("gauge -delta") << QByteArray("queue:-5|g") << QStringLiteral("queue") << StatsdType::GaugeDelta
                                  << -5.0 << 1.0;
    QTest::addRow("histogram") << QByteArray("size:1024|h") << QStringLiteral("size") << StatsdType::Histogram << 1024.0
                               << 1.0;
    QTest::addRow("distribution") << QByteArray("dist:0.25|d") << QStringLiteral("dist") << StatsdType::Distribution
                                  << 0.25 << 1.0;
    QTest::addRow("exponent") << QByteArray("t:1.5e3|ms") << QStringLiteral("t") << StatsdType::Timer << 1500.0 << 1.0;
    QTest::addRow("leading dot") << QByteArray("t:.5|ms") << QStringLiteral("t") << StatsdType::Timer << 0.5 << 1.0;
    QTest::addRow("rate") << QByteArray("hits:1|c|@0.1") << QStringLiteral("hits") << StatsdType::Counter << 1.0 << 0.1;
    QTest::addRow("rate 1") << QByteArray("hits:1|c|@1") << QStringLiteral("hits") << StatsdType::Counter << 1.0 << 1.0;
    QTest::addRow("tags then rate") << QByteArray("hits:1|c|#env:prod|@0.5") << QStringLiteral("hits")
                                    << StatsdType::Counter << 1.0 << 0.5;
    QTest::addRow("unknown sections ignored") << QByteArray("hits:2|c|c:abc123|T1656581400|@0.5")
                                              << QStringLiteral("hits") << StatsdType::Counter << 2.0 << 0.5;
    QTest::addRow("empty section ignored")
        << QByteArray("hits:2|c||@0.5") << QStringLiteral("hits") << StatsdType::Counter << 2.0 << 0.5;
    QTest::addRow("UTF-8 name") << QByteArray("caf\xc3\xa9.visits:1|c") << QString::fromUtf8("caf\xc3\xa9.visits")
                                << StatsdType::Counter << 1.0 << 1.0;
    QTest::addRow("name with dashes") << QByteArray("svc-aid_form/v2.ok:1|c") << QStringLiteral("svc-aid_form/v2.ok")
                                      << StatsdType::Counter << 1.0 << 1.0;
}

void TestStatsdParser::validLine()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, name);
    QFETCH(StatsdType, type);
    QFETCH(double, value);
    QFETCH(double, rate);

    StatsdParseResult r;
    parseStatsdPacket(line, r);
    QCOMPARE(r.rejects.size(), size_t(0));
    QCOMPARE(r.lines.size(), size_t(1));
    const StatsdLine &l = r.lines.front();
    QCOMPARE(l.name, name);
    QCOMPARE(l.type, type);
    QCOMPARE(l.value, value);
    QCOMPARE(l.sampleRate, rate);
}

void TestStatsdParser::tags_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<Labels>("tags");
    QTest::addColumn<QString>("traceId");
    QTest::addColumn<QByteArray>("setMember");

    QTest::addRow("key:value") << QByteArray("hits:1|c|#env:prod,region:us-east-1")
                               << Labels{{QStringLiteral("env"), QStringLiteral("prod")},
                                      {QStringLiteral("region"), QStringLiteral("us-east-1")}}
                               << QString() << QByteArray();
    QTest::addRow("bare tag") << QByteArray("hits:1|c|#canary") << Labels{{QStringLiteral("canary"), QString()}}
                              << QString() << QByteArray();
    QTest::addRow("value with colons") << QByteArray("hits:1|c|#url:http://x:80/")
                                       << Labels{{QStringLiteral("url"), QStringLiteral("http://x:80/")}} << QString()
                                       << QByteArray();
    QTest::addRow("empty value") << QByteArray("hits:1|c|#env:") << Labels{{QStringLiteral("env"), QString()}}
                                 << QString() << QByteArray();
    QTest::addRow("last duplicate wins") << QByteArray("hits:1|c|#env:a,env:b")
                                         << Labels{{QStringLiteral("env"), QStringLiteral("b")}} << QString()
                                         << QByteArray();
    QTest::addRow("trace_id is not a tag")
        << QByteArray("aid_form.latency_ms:900|ms|#env:prod,trace_id:abc-123")
        << Labels{{QStringLiteral("env"), QStringLiteral("prod")}} << QStringLiteral("abc-123") << QByteArray();
    QTest::addRow("trace_id alone") << QByteArray("t:1|ms|#trace_id:7f") << Labels{} << QStringLiteral("7f")
                                    << QByteArray();
    QTest::addRow("UTF-8 tag") << QByteArray("hits:1|c|#city:S\xc3\xa3o Paulo")
                               << Labels{{QStringLiteral("city"), QString::fromUtf8("S\xc3\xa3o Paulo")}} << QString()
                               << QByteArray();
    QTest::addRow("set member") << QByteArray("users:alice|s|#env:prod")
                                << Labels{{QStringLiteral("env"), QStringLiteral("prod")}} << QString()
                                << QByteArray("alice");
    QTest::addRow("set member with colon") << QByteArray("users:a:b|s") << Labels{} << QString() << QByteArray("a:b");
    QTest::addRow("set member not a number")
        << QByteArray("ips:10.0.0.1|s") << Labels{} << QString() << QByteArray("10.0.0.1");
}

void TestStatsdParser::tags()
{
    QFETCH(QByteArray, line);
    QFETCH(Labels, tags);
    QFETCH(QString, traceId);
    QFETCH(QByteArray, setMember);

    StatsdParseResult r;
    parseStatsdPacket(line, r);
    QCOMPARE(r.rejects.size(), size_t(0));
    QCOMPARE(r.lines.size(), size_t(1));
    QCOMPARE(r.lines.front().tags, tags);
    QCOMPARE(r.lines.front().traceId, traceId);
    QCOMPARE(r.lines.front().setMember, setMember);
    if (!setMember.isEmpty())
        QCOMPARE(r.lines.front().type, StatsdType::Set);
}

void TestStatsdParser::rejectedLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<StatsdReject>("reason");

    QTest::addRow("no name") << QByteArray(":1|c") << StatsdReject::Empty;
    QTest::addRow("only type") << QByteArray("|c") << StatsdReject::Empty;
    QTest::addRow("no colon") << QByteArray("hits") << StatsdReject::NoValue;
    QTest::addRow("no colon, type") << QByteArray("hits|c") << StatsdReject::NoValue;
    QTest::addRow("empty value") << QByteArray("hits:|c") << StatsdReject::NoValue;
    QTest::addRow("no type") << QByteArray("hits:1") << StatsdReject::NoType;
    QTest::addRow("empty type") << QByteArray("hits:1|") << StatsdReject::NoType;
    QTest::addRow("empty type, rate") << QByteArray("hits:1||@0.5") << StatsdReject::NoType;
    QTest::addRow("bad type") << QByteArray("hits:1|x") << StatsdReject::BadType;
    QTest::addRow("type case") << QByteArray("hits:1|C") << StatsdReject::BadType;
    QTest::addRow("type ms2") << QByteArray("hits:1|mss") << StatsdReject::BadType;
    QTest::addRow("text value") << QByteArray("hits:abc|c") << StatsdReject::BadValue;
    QTest::addRow("nan") << QByteArray("hits:nan|c") << StatsdReject::BadValue;
    QTest::addRow("NaN gauge") << QByteArray("q:NaN|g") << StatsdReject::BadValue;
    QTest::addRow("inf") << QByteArray("t:inf|ms") << StatsdReject::BadValue;
    QTest::addRow("-inf gauge") << QByteArray("q:-inf|g") << StatsdReject::BadValue;
    QTest::addRow("+infinity") << QByteArray("q:+infinity|g") << StatsdReject::BadValue;
    QTest::addRow("overflow") << QByteArray("t:1e999|ms") << StatsdReject::BadValue;
    QTest::addRow("hex") << QByteArray("t:0x10|ms") << StatsdReject::BadValue;
    QTest::addRow("double sign") << QByteArray("q:+-5|g") << StatsdReject::BadValue;
    QTest::addRow("sign only") << QByteArray("q:-|g") << StatsdReject::BadValue;
    QTest::addRow("trailing junk") << QByteArray("t:12ms|ms") << StatsdReject::BadValue;
    QTest::addRow("space in value") << QByteArray("t: 12|ms") << StatsdReject::BadValue;
    QTest::addRow("multi-value") << QByteArray("hits:1:2|c") << StatsdReject::BadValue;
    QTest::addRow("rate zero") << QByteArray("hits:1|c|@0") << StatsdReject::BadRate;
    QTest::addRow("rate negative") << QByteArray("hits:1|c|@-0.5") << StatsdReject::BadRate;
    QTest::addRow("rate above 1") << QByteArray("hits:1|c|@1.5") << StatsdReject::BadRate;
    QTest::addRow("rate text") << QByteArray("hits:1|c|@half") << StatsdReject::BadRate;
    QTest::addRow("rate empty") << QByteArray("hits:1|c|@") << StatsdReject::BadRate;
    QTest::addRow("rate nan") << QByteArray("hits:1|c|@nan") << StatsdReject::BadRate;
    QTest::addRow("rate twice") << QByteArray("hits:1|c|@0.5|@0.5") << StatsdReject::BadRate;
    QTest::addRow("tags empty") << QByteArray("hits:1|c|#") << StatsdReject::BadTags;
    QTest::addRow("tags empty item") << QByteArray("hits:1|c|#a,,b") << StatsdReject::BadTags;
    QTest::addRow("tags trailing comma") << QByteArray("hits:1|c|#a,") << StatsdReject::BadTags;
    QTest::addRow("tag empty key") << QByteArray("hits:1|c|#:v") << StatsdReject::BadTags;
    QTest::addRow("tags twice") << QByteArray("hits:1|c|#a|#b") << StatsdReject::BadTags;
    QTest::addRow("tags bad UTF-8") << QByteArray("hits:1|c|#env:\xff") << StatsdReject::BadUtf8;
    QTest::addRow("name bad UTF-8") << QByteArray("hi\xc3ts:1|c") << StatsdReject::BadUtf8;
    QTest::addRow("name overlong UTF-8") << QByteArray("\xc0\xafx:1|c") << StatsdReject::BadUtf8;
    QTest::addRow("name with space") << QByteArray("aid form:1|c") << StatsdReject::BadName;
    QTest::addRow("name leading space") << QByteArray(" hits:1|c") << StatsdReject::BadName;
    QTest::addRow("name with tab") << QByteArray("a\tb:1|c") << StatsdReject::BadName;
    QTest::addRow("name with @") << QByteArray("a@b:1|c") << StatsdReject::BadName;
    QTest::addRow("name with #") << QByteArray("a#b:1|c") << StatsdReject::BadName;
    QTest::addRow("name with NUL") << QByteArray("a\0b:1|c", 7) << StatsdReject::BadName;
    QTest::addRow("name too long") << (QByteArray(kStatsdMaxNameLength + 1, 'n') + ":1|c") << StatsdReject::NameTooLong;
}

void TestStatsdParser::rejectedLine()
{
    QFETCH(QByteArray, line);
    QFETCH(StatsdReject, reason);

    StatsdParseResult r;
    parseStatsdPacket(line, r);
    QCOMPARE(r.lines.size(), size_t(0));
    QCOMPARE(r.rejects.size(), size_t(1));
    QCOMPARE(r.rejects.front(), reason);
}

void TestStatsdParser::packet_data()
{
    QTest::addColumn<QByteArray>("packet");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<int>("rejects");

    QTest::addRow("empty packet") << QByteArray() << QStringList() << 0;
    QTest::addRow("only newlines") << QByteArray("\n\r\n\n") << QStringList() << 0;
    QTest::addRow("three lines") << QByteArray("a:1|c\nb:2|g\nc:3|ms") << QStringList{u"a"_qs, u"b"_qs, u"c"_qs} << 0;
    QTest::addRow("trailing newline") << QByteArray("a:1|c\n") << QStringList{u"a"_qs} << 0;
    QTest::addRow("CRLF") << QByteArray("a:1|c\r\nb:2|c\r\n") << QStringList{u"a"_qs, u"b"_qs} << 0;
    QTest::addRow("bad line in the middle kept others")
        << QByteArray("a:1|c\ngarbage\nb:2|c") << QStringList{u"a"_qs, u"b"_qs} << 1;
    QTest::addRow("empty lines not counted") << QByteArray("\n\na:1|c\n\n\nb:x|c\n") << QStringList{u"a"_qs} << 1;
    QTest::addRow("lone CR is empty") << QByteArray("\r\na:1|c") << QStringList{u"a"_qs} << 0;
    QTest::addRow("CR inside a line") << QByteArray("a:1|c\rb:2|c") << QStringList() << 1;
}

void TestStatsdParser::packet()
{
    QFETCH(QByteArray, packet);
    QFETCH(QStringList, names);
    QFETCH(int, rejects);

    StatsdParseResult r;
    parseStatsdPacket(packet, r);
    QStringList got;
    for (const StatsdLine &l : r.lines)
        got << l.name;
    QCOMPARE(got, names);
    QCOMPARE(int(r.rejects.size()), rejects);
}

void TestStatsdParser::appendsToOutput()
{
    StatsdParseResult r;
    parseStatsdPacket("a:1|c", r);
    parseStatsdPacket("b:2|c\nbad", r);
    QCOMPARE(r.lines.size(), size_t(2));
    QCOMPARE(r.lines[0].name, u"a"_qs);
    QCOMPARE(r.lines[1].name, u"b"_qs);
    QCOMPARE(r.rejects.size(), size_t(1));
}

void TestStatsdParser::rejectReasons_data()
{
    QTest::addColumn<StatsdReject>("reject");
    QTest::addColumn<QString>("reason");
    QTest::addRow("empty") << StatsdReject::Empty << u"empty_name"_qs;
    QTest::addRow("novalue") << StatsdReject::NoValue << u"no_value"_qs;
    QTest::addRow("badvalue") << StatsdReject::BadValue << u"bad_value"_qs;
    QTest::addRow("notype") << StatsdReject::NoType << u"no_type"_qs;
    QTest::addRow("badtype") << StatsdReject::BadType << u"bad_type"_qs;
    QTest::addRow("badrate") << StatsdReject::BadRate << u"bad_sample_rate"_qs;
    QTest::addRow("badtags") << StatsdReject::BadTags << u"bad_tags"_qs;
    QTest::addRow("toolong") << StatsdReject::NameTooLong << u"name_too_long"_qs;
    QTest::addRow("utf8") << StatsdReject::BadUtf8 << u"bad_utf8"_qs;
    QTest::addRow("badname") << StatsdReject::BadName << u"bad_name"_qs;
}

void TestStatsdParser::rejectReasons()
{
    QFETCH(StatsdReject, reject);
    QFETCH(QString, reason);
    QCOMPARE(statsdRejectReason(reject), reason);
}

void TestStatsdParser::nameLengthLimit()
{
    StatsdParseResult r;
    const QByteArray name(kStatsdMaxNameLength, 'n');
    parseStatsdPacket(QByteArray(name + ":1|c"), r);
    QCOMPARE(r.rejects.size(), size_t(0));
    QCOMPARE(r.lines.size(), size_t(1));
    QCOMPARE(r.lines.front().name.size(), kStatsdMaxNameLength);
}

QTEST_GUILESS_MAIN(TestStatsdParser)
#include "tst_statsdparser.moc"
