// Bodies of the InfluxDB line protocol write endpoints.
#include "ingest/LineProtocol.h"

#include <QTest>

using namespace hms;

Q_DECLARE_METATYPE(hms::Precision)
Q_DECLARE_METATYPE(std::optional<hms::Precision>)

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// "name{k=v,...}=value@t" for every sample, to compare a whole body at once.
QStringList render(const LineProtocolResult &r)
{
    QStringList out;
    for (const PushedSample &p : r.samples) {
        QStringList labels;
        for (const auto &[k, v] : p.labels)
            labels << k + u'=' + v;
        out << p.name + u'{' + labels.join(u',') + u"}=" + QString::number(p.value, 'g', 17) + u'@'
                + QString::number(p.timestampMs);
    }
    return out;
}

} // namespace

class TestLineProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void points_data();
    void points();
    void sampleFields();
    void fieldTypes_data();
    void fieldTypes();
    void stringFieldsAreSkipped();
    void precisions_data();
    void precisions();
    void parsePrecisionNames_data();
    void parsePrecisionNames();
    void badLines_data();
    void badLines();
    void mixedBodyKeepsGoodLines();
    void manyDistinctNames();
    void errorToString();
};

void TestLineProtocol::points_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("samples");

    // InfluxDB 1.x and 2.x documentation examples.
    QTest::addRow("docs: weather") << QByteArray("weather,location=us-midwest temperature=82 1465839830100400200")
                                   << QStringList{s("weather_temperature{location=us-midwest}=82@1465839830100")};
    QTest::addRow("docs: two tags") << QByteArray(
        "weather,location=us-midwest,season=summer temperature=82 1465839830100400200")
                                    << QStringList{s(
                                           "weather_temperature{location=us-midwest,season=summer}=82@1465839830100")};
    QTest::addRow("docs: two fields") << QByteArray(
        "weather,location=us-midwest temperature=82,humidity=71 1465839830100400200")
                                      << QStringList{s("weather_temperature{location=us-midwest}=82@1465839830100"),
                                             s("weather_humidity{location=us-midwest}=71@1465839830100")};
    QTest::addRow("docs: no timestamp") << QByteArray("weather,location=us-midwest temperature=82")
                                        << QStringList{s("weather_temperature{location=us-midwest}=82@0")};
    QTest::addRow("docs: cpu value") << QByteArray("cpu,host=server01,region=uswest value=1 1434055562000000000")
                                     << QStringList{s("cpu{host=server01,region=uswest}=1@1434055562000")};
    QTest::addRow("docs: space in measurement")
        << QByteArray("my\\ Measurement fieldKey=1") << QStringList{s("my Measurement_fieldKey{}=1@0")};
    QTest::addRow("docs: spaces in tags")
        << QByteArray("myMeasurement,tag\\ Key1=tag\\ Value1,tag\\ Key2=tag\\ Value2 fieldKey=100")
        << QStringList{s("myMeasurement_fieldKey{tag Key1=tag Value1,tag Key2=tag Value2}=100@0")};
    QTest::addRow("docs: emoji") << QByteArray("myMeasurement,tagKey=\xf0\x9f\x8d\xad fieldKey=1i 1556813561098000000")
                                 << QStringList{s("myMeasurement_fieldKey{tagKey=\xf0\x9f\x8d\xad}=1@1556813561098")};
    // Escapes and the value field.
    QTest::addRow("escaped comma in measurement") << QByteArray("a\\,b value=1") << QStringList{s("a,b{}=1@0")};
    QTest::addRow("escaped equals and comma in tags")
        << QByteArray("m,k\\=x=v\\,w value=2") << QStringList{s("m{k=x=v,w}=2@0")};
    QTest::addRow("escaped space in field key") << QByteArray("m field\\ key=3") << QStringList{s("m_field key{}=3@0")};
    QTest::addRow("escaped equals in field key") << QByteArray("m a\\=b=3") << QStringList{s("m_a=b{}=3@0")};
    QTest::addRow("literal backslash") << QByteArray("m,path=C:\\dir value=1") << QStringList{s("m{path=C:\\dir}=1@0")};
    QTest::addRow("escaped backslash") << QByteArray("m,p=a\\\\b value=1") << QStringList{s("m{p=a\\b}=1@0")};
    QTest::addRow("unescaped equals in tag value") << QByteArray("m,q=a=b value=1") << QStringList{s("m{q=a=b}=1@0")};
    QTest::addRow("value field first") << QByteArray("cpu value=1,idle=2")
                                       << QStringList{s("cpu{}=1@0"), s("cpu_idle{}=2@0")};
    QTest::addRow("field named values") << QByteArray("cpu values=1") << QStringList{s("cpu_values{}=1@0")};
    QTest::addRow("tags sorted") << QByteArray("m,z=1,a=2 v=1") << QStringList{s("m_v{a=2,z=1}=1@0")};
    // Whitespace, comments, line ends.
    QTest::addRow("several spaces") << QByteArray("m  v=1   1000000000000000000  ")
                                    << QStringList{s("m_v{}=1@1000000000000")};
    QTest::addRow("leading blanks") << QByteArray(" \tm v=1") << QStringList{s("m_v{}=1@0")};
    QTest::addRow("CRLF") << QByteArray("a v=1\r\nb v=2\r\n") << QStringList{s("a_v{}=1@0"), s("b_v{}=2@0")};
    QTest::addRow("comments and blanks") << QByteArray("# a comment\n\n   \n  # indented comment\nm v=1\n\n")
                                         << QStringList{s("m_v{}=1@0")};
    QTest::addRow("empty body") << QByteArray() << QStringList();
    QTest::addRow("repeated field") << QByteArray("m v=1,v=2") << QStringList{s("m_v{}=1@0"), s("m_v{}=2@0")};
    QTest::addRow("same tags, next line")
        << QByteArray("m,h=a v=1\nn,h=a w=2") << QStringList{s("m_v{h=a}=1@0"), s("n_w{h=a}=2@0")};
}

void TestLineProtocol::points()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, samples);
    const LineProtocolResult r = parseLineProtocol(body, Precision::Nanoseconds);
    for (const LineProtocolError &e : r.errors)
        qWarning() << e.toString();
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(render(r), samples);
}

void TestLineProtocol::sampleFields()
{
    const LineProtocolResult r
        = parseLineProtocol("disk,host=a,dev=sda used=5i 1767618000000000000", Precision::Nanoseconds);
    QCOMPARE(r.samples.size(), size_t(1));
    const PushedSample &p = r.samples.front();
    QCOMPARE(p.name, QStringLiteral("disk_used"));
    const Labels labels{{QStringLiteral("dev"), QStringLiteral("sda")}, {QStringLiteral("host"), QStringLiteral("a")}};
    QCOMPARE(p.labels, labels);
    QCOMPARE(p.value, 5.0);
    QCOMPARE(p.timestampMs, TimestampMs(1'767'618'000'000LL));
    QCOMPARE(p.kind, PushedSample::Kind::Gauge);
    QVERIFY(p.traceId.isEmpty());
    QCOMPARE(r.lines, 1);
    QCOMPARE(r.stringFields, 0);
}

void TestLineProtocol::fieldTypes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<double>("expected");

    QTest::addRow("float") << QByteArray("82") << 82.0;
    QTest::addRow("float fraction") << QByteArray("-0.25") << -0.25;
    QTest::addRow("float exponent") << QByteArray("1.5e3") << 1500.0;
    QTest::addRow("float exponent upper") << QByteArray("2E-2") << 0.02;
    QTest::addRow("float leading dot") << QByteArray(".5") << 0.5;
    QTest::addRow("float negative zero") << QByteArray("-0") << 0.0;
    QTest::addRow("integer") << QByteArray("42i") << 42.0;
    QTest::addRow("integer negative") << QByteArray("-7i") << -7.0;
    QTest::addRow("integer min") << QByteArray("-9223372036854775808i") << -9223372036854775808.0;
    QTest::addRow("integer max") << QByteArray("9223372036854775807i") << 9223372036854775807.0;
    QTest::addRow("unsigned") << QByteArray("7u") << 7.0;
    QTest::addRow("unsigned max") << QByteArray("18446744073709551615u") << 18446744073709551615.0;
    for (const char *t : {"t", "T", "true", "True", "TRUE"})
        QTest::addRow("bool %s", t) << QByteArray(t) << 1.0;
    for (const char *f : {"f", "F", "false", "False", "FALSE"})
        QTest::addRow("bool %s", f) << QByteArray(f) << 0.0;
}

void TestLineProtocol::fieldTypes()
{
    QFETCH(QByteArray, value);
    QFETCH(double, expected);
    const LineProtocolResult r = parseLineProtocol(QByteArray("m f=" + value), Precision::Nanoseconds);
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(r.samples.size(), size_t(1));
    QCOMPARE(r.samples.front().name, QStringLiteral("m_f"));
    QCOMPARE(r.samples.front().value, expected);
}

void TestLineProtocol::stringFieldsAreSkipped()
{
    const LineProtocolResult r = parseLineProtocol(
        "myMeasurement,tag1=value1 fieldKey=\"fieldValue\" 1556813561098000000\n" // docs: only a string
        "m s=\"\\\"quoted\\\", x=1 y\",v=2\n" // escaped quotes, ',' ' ' '='
        "m s=\"ends in a backslash \\\\\",v=3\n"
        "m s=\"\",v=4 5000000\n"
        "m s=\"\xf0\x9f\x9a\x80 launch\"\n",
        Precision::Nanoseconds);
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(render(r), (QStringList{s("m_v{}=2@0"), s("m_v{}=3@0"), s("m_v{}=4@5")}));
    QCOMPARE(r.stringFields, 5);
    QCOMPARE(r.lines, 5);
}

void TestLineProtocol::precisions_data()
{
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<qint64>("ms");

    QTest::addRow("ns") << Precision::Nanoseconds << QByteArray("1465839830100400200") << qint64(1465839830100LL);
    QTest::addRow("ns truncated") << Precision::Nanoseconds << QByteArray("1465839830100999999")
                                  << qint64(1465839830100LL);
    QTest::addRow("us") << Precision::Microseconds << QByteArray("1465839830100400") << qint64(1465839830100LL);
    QTest::addRow("ms") << Precision::Milliseconds << QByteArray("1465839830100") << qint64(1465839830100LL);
    QTest::addRow("s") << Precision::Seconds << QByteArray("1465839830") << qint64(1465839830000LL);
    QTest::addRow("m") << Precision::Minutes << QByteArray("24430663") << qint64(1465839780000LL);
    QTest::addRow("h") << Precision::Hours << QByteArray("407177") << qint64(1465837200000LL);
    QTest::addRow("s, year 9999") << Precision::Seconds << QByteArray("253402300799") << qint64(253402300799000LL);
    QTest::addRow("ms, 1 ms after the epoch") << Precision::Milliseconds << QByteArray("1") << qint64(1);
}

void TestLineProtocol::precisions()
{
    QFETCH(Precision, precision);
    QFETCH(QByteArray, timestamp);
    QFETCH(qint64, ms);
    const LineProtocolResult r = parseLineProtocol(QByteArray("m v=1 " + timestamp), precision);
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(r.samples.size(), size_t(1));
    QCOMPARE(r.samples.front().timestampMs, ms);
}

void TestLineProtocol::parsePrecisionNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<std::optional<Precision>>("expected");
    QTest::addRow("empty") << QString() << std::optional(Precision::Nanoseconds);
    QTest::addRow("ns") << QStringLiteral("ns") << std::optional(Precision::Nanoseconds);
    QTest::addRow("n") << QStringLiteral("n") << std::optional(Precision::Nanoseconds);
    QTest::addRow("us") << QStringLiteral("us") << std::optional(Precision::Microseconds);
    QTest::addRow("u") << QStringLiteral("u") << std::optional(Precision::Microseconds);
    QTest::addRow("micro sign") << s("\xc2\xb5s") << std::optional(Precision::Microseconds);
    QTest::addRow("greek mu") << s("\xce\xbcs") << std::optional(Precision::Microseconds);
    QTest::addRow("ms") << QStringLiteral("ms") << std::optional(Precision::Milliseconds);
    QTest::addRow("s") << QStringLiteral("s") << std::optional(Precision::Seconds);
    QTest::addRow("m") << QStringLiteral("m") << std::optional(Precision::Minutes);
    QTest::addRow("h") << QStringLiteral("h") << std::optional(Precision::Hours);
    QTest::addRow("upper case") << QStringLiteral("MS") << std::optional<Precision>();
    QTest::addRow("word") << QStringLiteral("seconds") << std::optional<Precision>();
}

void TestLineProtocol::parsePrecisionNames()
{
    QFETCH(QString, text);
    QFETCH(std::optional<Precision>, expected);
    QCOMPARE(parsePrecision(text), expected);
}

void TestLineProtocol::badLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("error"); // LineProtocolError::toString(), always on line 1

    QTest::addRow("no fields") << QByteArray("cpu")
                               << s("line 1:4: fields: missing (expected a space, then field=value)");
    QTest::addRow("tags, no fields") << QByteArray("cpu,host=a")
                                     << s("line 1:11: fields: missing (expected a space, then field=value)");
    QTest::addRow("no measurement") << QByteArray(",host=a v=1") << s("line 1:1: measurement: missing");
    QTest::addRow("empty tag") << QByteArray("cpu, v=1") << s("line 1:5: tag key: missing");
    QTest::addRow("tag without =") << QByteArray("cpu,host v=1") << s("line 1:9: tag key: expected '=' after \"host\"");
    QTest::addRow("empty tag value") << QByteArray("cpu,host= v=1")
                                     << s("line 1:10: tag value: missing for the tag \"host\"");
    QTest::addRow("duplicate tag") << QByteArray("cpu,a=1,a=2 v=1") << s("line 1:9: tag key: \"a\" appears twice");
    QTest::addRow("field without =") << QByteArray("cpu v") << s("line 1:6: field key: expected '=' after \"v\"");
    QTest::addRow("empty field key") << QByteArray("cpu =1") << s("line 1:5: field key: missing");
    QTest::addRow("empty field value") << QByteArray("cpu v=") << s("line 1:7: field value: missing");
    QTest::addRow("trailing comma") << QByteArray("cpu v=1,") << s("line 1:9: field key: missing");
    QTest::addRow("not a number") << QByteArray("weather,location=us temperature=abc")
                                  << s("line 1:33: field value: expected a number, got \"abc\"");
    QTest::addRow("plus sign") << QByteArray("cpu v=+1") << s("line 1:7: field value: expected a number, got \"+1\"");
    QTest::addRow("bool-like") << QByteArray("cpu v=truex")
                               << s("line 1:7: field value: expected a number, got \"truex\"");
    QTest::addRow("hex") << QByteArray("cpu v=0x10") << s("line 1:7: field value: expected a number, got \"0x10\"");
    QTest::addRow("float with i") << QByteArray("cpu v=1.5i")
                                  << s("line 1:7: field value: expected an integer before 'i', got \"1.5i\"");
    QTest::addRow("negative unsigned") << QByteArray("cpu v=-1u")
                                       << s("line 1:7: field value: expected an unsigned integer before 'u', got "
                                            "\"-1u\"");
    QTest::addRow("integer overflow") << QByteArray("cpu v=9223372036854775808i")
                                      << s("line 1:7: field value: \"9223372036854775808i\" is out of range");
    QTest::addRow("unsigned overflow") << QByteArray("cpu v=18446744073709551616u")
                                       << s("line 1:7: field value: \"18446744073709551616u\" is out of range");
    QTest::addRow("float overflow") << QByteArray("cpu v=1e999")
                                    << s("line 1:7: field value: \"1e999\" is out of range");
    QTest::addRow("NaN") << QByteArray("cpu v=NaN")
                         << s("line 1:7: field value: NaN and infinity are not allowed, got \"NaN\"");
    QTest::addRow("-Inf") << QByteArray("cpu v=-Inf")
                          << s("line 1:7: field value: NaN and infinity are not allowed, got \"-Inf\"");
    QTest::addRow("inf") << QByteArray("cpu a=1,v=inf")
                         << s("line 1:11: field value: NaN and infinity are not allowed, got \"inf\"");
    QTest::addRow("unterminated string") << QByteArray("cpu v=\"abc")
                                         << s("line 1:7: field value: string without a closing quote");
    QTest::addRow("escaped last quote") << QByteArray("cpu v=\"abc\\\"")
                                        << s("line 1:7: field value: string without a closing quote");
    QTest::addRow("text after string") << QByteArray("cpu v=\"a\"b")
                                       << s("line 1:10: field value: expected ',' or a space after the closing quote");
    QTest::addRow("bad timestamp") << QByteArray("cpu v=1 abc")
                                   << s("line 1:9: timestamp: expected an integer, got \"abc\"");
    QTest::addRow("fractional timestamp")
        << QByteArray("cpu v=1 1.5") << s("line 1:9: timestamp: expected an integer, got \"1.5\"");
    QTest::addRow("negative timestamp") << QByteArray("cpu v=1 -5")
                                        << s("line 1:9: timestamp: \"-5\" is out of range (1970 to 9999 in the "
                                             "request's precision)");
    QTest::addRow("timestamp 0 ms") << QByteArray("cpu v=1 999999")
                                    << s("line 1:9: timestamp: \"999999\" is out of range (1970 to 9999 in the "
                                         "request's precision)");
    QTest::addRow("timestamp overflow") << QByteArray("cpu v=1 99999999999999999999")
                                        << s("line 1:9: timestamp: \"99999999999999999999\" is out of range (1970 to "
                                             "9999 in the request's precision)");
    QTest::addRow("text after timestamp")
        << QByteArray("cpu v=1 1465839830100400200  x") << s("line 1:30: unexpected text after the timestamp: \"x\"");
    QTest::addRow("invalid UTF-8") << QByteArray("cpu,h=\xff v=1") << s("line 1:7: invalid UTF-8");
    QTest::addRow("overlong UTF-8") << QByteArray("cpu v=1,w\xc0\xaf=2") << s("line 1:10: invalid UTF-8");
    QTest::addRow("surrogate") << QByteArray("cpu\xed\xa0\x80 v=1") << s("line 1:4: invalid UTF-8");
    QTest::addRow("line too long") << QByteArray("cpu,t=" + QByteArray(65536, 'a') + " v=1")
                                   << s("line 1:1: line too long: 65546 bytes, the limit is 65536");
    QTest::addRow("long measurement") << QByteArray(QByteArray(1025, 'm') + " v=1")
                                      << s("line 1:1: measurement: longer than 1024 bytes");
    QTest::addRow("long tag key") << QByteArray("m," + QByteArray(1025, 'k') + "=v v=1")
                                  << s("line 1:3: tag key: longer than 1024 bytes");
    QTest::addRow("long tag value") << QByteArray("m,k=" + QByteArray(1025, 'v') + " v=1")
                                    << s("line 1:5: tag value: longer than 1024 bytes");
    QTest::addRow("long metric name") << QByteArray(QByteArray(1000, 'm') + ' ' + QByteArray(24, 'f') + "=1")
                                      << s("line 1:1002: field key: the metric name measurement_field is longer "
                                           "than 1024 bytes");
}

void TestLineProtocol::badLines()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, error);
    const LineProtocolResult r = parseLineProtocol(line, Precision::Nanoseconds);
    QCOMPARE(r.samples.size(), size_t(0));
    QCOMPARE(r.errors.size(), size_t(1));
    QCOMPARE(r.errors.front().toString(), error);
    QCOMPARE(r.lines, 1);
}

void TestLineProtocol::mixedBodyKeepsGoodLines()
{
    const QByteArray body = "# comment\n"
                            "cpu,host=a usage=1 1465839830100400200\r\n"
                            "cpu,host=b usage=abc,idle=2 1465839830100400200\n"
                            "\n"
                            "   \t\n"
                            "mem,host=a used=5i,free=3u 1465839830100400200\n"
                            "garbage\n"
                            "disk value=true";
    const LineProtocolResult r = parseLineProtocol(body, Precision::Nanoseconds);
    QCOMPARE(render(r),
        (QStringList{s("cpu_usage{host=a}=1@1465839830100"), s("mem_used{host=a}=5@1465839830100"),
            s("mem_free{host=a}=3@1465839830100"), s("disk{}=1@0")}));
    QCOMPARE(r.errors.size(), size_t(2));
    QCOMPARE(r.errors[0].toString(), s("line 3:18: field value: expected a number, got \"abc\""));
    QCOMPARE(r.errors[1].line, 7);
    QCOMPARE(r.errors[1].column, 8);
    QCOMPARE(r.lines, 5);
}

void TestLineProtocol::manyDistinctNames()
{
    // More measurements and tag sets than the per-call caches hold: names stay right past them.
    QByteArray body;
    for (int i = 0; i < 5000; ++i)
        body += "m" + QByteArray::number(i) + ",host=h" + QByteArray::number(i % 7) + " value=" + QByteArray::number(i)
            + ",x=1\n";
    const LineProtocolResult r = parseLineProtocol(body, Precision::Nanoseconds);
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(r.samples.size(), size_t(10000));
    for (int i = 0; i < 5000; i += 499) {
        const PushedSample &v = r.samples[size_t(2 * i)];
        const PushedSample &x = r.samples[size_t(2 * i + 1)];
        QCOMPARE(v.name, QString(u'm' + QString::number(i)));
        QCOMPARE(v.value, double(i));
        QCOMPARE(x.name, QString(u'm' + QString::number(i) + u"_x"));
        QCOMPARE(x.labels.at(QStringLiteral("host")), QString(u'h' + QString::number(i % 7)));
    }
}

void TestLineProtocol::errorToString()
{
    const LineProtocolError e{3, 17, QStringLiteral("field value: expected a number, got \"abc\"")};
    QCOMPARE(e.toString(), s("line 3:17: field value: expected a number, got \"abc\""));
}

QTEST_GUILESS_MAIN(TestLineProtocol)
#include "tst_lineprotocol.moc"
