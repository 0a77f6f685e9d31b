// Prometheus text exposition format 0.0.4, as served by node_exporter.
#include "ingest/Exposition.h"

#include <QTest>
#include <cmath>

using namespace hms;

Q_DECLARE_METATYPE(hms::MetricType)

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString typeName(MetricType t)
{
    switch (t) {
    case MetricType::Counter:
        return QStringLiteral("counter");
    case MetricType::Gauge:
        return QStringLiteral("gauge");
    case MetricType::Histogram:
        return QStringLiteral("histogram");
    case MetricType::Summary:
        return QStringLiteral("summary");
    case MetricType::Untyped:
        break;
    }
    return QStringLiteral("untyped");
}

// "type name{k=v,...} value @t" for every sample.
QStringList render(const ExpositionResult &r)
{
    QStringList out;
    for (const ExposedSample &e : r.samples) {
        QStringList labels;
        for (const auto &[k, v] : e.labels)
            labels << k + u'=' + v;
        out << typeName(e.type) + u' ' + e.name + u'{' + labels.join(u',') + u"} " + QString::number(e.value, 'g', 17)
                + u" @" + QString::number(e.timestampMs);
    }
    return out;
}

// An excerpt of node_exporter 1.7's /metrics, with a histogram from Prometheus itself.
const char kNodeExporter[]
    = "# HELP go_gc_duration_seconds A summary of the pause duration of garbage collection cycles.\n"
      "# TYPE go_gc_duration_seconds summary\n"
      "go_gc_duration_seconds{quantile=\"0\"} 2.4641e-05\n"
      "go_gc_duration_seconds{quantile=\"0.5\"} 4.0046e-05\n"
      "go_gc_duration_seconds{quantile=\"1\"} 0.000168438\n"
      "go_gc_duration_seconds_sum 0.012383339\n"
      "go_gc_duration_seconds_count 231\n"
      "# HELP node_cpu_seconds_total Seconds the CPUs spent in each mode.\n"
      "# TYPE node_cpu_seconds_total counter\n"
      "node_cpu_seconds_total{cpu=\"0\",mode=\"idle\"} 1.39856574e+06\n"
      "node_cpu_seconds_total{cpu=\"0\",mode=\"iowait\"} 1274.3\n"
      "# HELP node_filesystem_avail_bytes Filesystem space available to non-root users in bytes.\n"
      "# TYPE node_filesystem_avail_bytes gauge\n"
      "node_filesystem_avail_bytes{device=\"/dev/sda1\",fstype=\"ext4\",mountpoint=\"/\"} 4.2315751424e+10\n"
      "# HELP node_load1 1m load average.\n"
      "# TYPE node_load1 gauge\n"
      "node_load1 0.21\n"
      "# HELP node_textfile_scrape_error 1 if there was an error opening or reading a file, 0 otherwise\n"
      "node_textfile_scrape_error 0\n"
      "# HELP prometheus_http_request_duration_seconds Histogram of latencies for HTTP requests.\n"
      "# TYPE prometheus_http_request_duration_seconds histogram\n"
      "prometheus_http_request_duration_seconds_bucket{handler=\"/metrics\",le=\"0.1\"} 25547\n"
      "prometheus_http_request_duration_seconds_bucket{handler=\"/metrics\",le=\"0.2\"} 25548\n"
      "prometheus_http_request_duration_seconds_bucket{handler=\"/metrics\",le=\"+Inf\"} 25549\n"
      "prometheus_http_request_duration_seconds_sum{handler=\"/metrics\"} 1044.7\n"
      "prometheus_http_request_duration_seconds_count{handler=\"/metrics\"} 25549\n";

// The example of the exposition format documentation (prometheus.io, "Text format example").
const char kDocsExample[] = "# HELP http_requests_total The total number of HTTP requests.\n"
                            "# TYPE http_requests_total counter\n"
                            "http_requests_total{method=\"post\",code=\"200\"} 1027 1395066363000\n"
                            "http_requests_total{method=\"post\",code=\"400\"}    3 1395066363000\n"
                            "\n"
                            "# Escaping in label values:\n"
                            "msdos_file_access_time_seconds{path=\"C:\\\\DIR\\\\FILE.TXT\","
                            "error=\"Cannot find file:\\n\\\"FILE.TXT\\\"\"} 1.458255915e9\n"
                            "\n"
                            "# Minimalistic line:\n"
                            "metric_without_timestamp_and_labels 12.47\n"
                            "\n"
                            "# A weird metric from before the epoch:\n"
                            "something_weird{problem=\"division by zero\"} +Inf -3982045\n";

} // namespace

class TestExposition : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nodeExporter();
    void docsExample();
    void values_data();
    void values();
    void syntax_data();
    void syntax();
    void types_data();
    void types();
    void errors_data();
    void errors();
    void mixedKeepsGoodLines();
    void errorToString();
};

void TestExposition::nodeExporter()
{
    const ExpositionResult r = parseExposition(kNodeExporter);
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(render(r),
        (QStringList{
            s("summary go_gc_duration_seconds{quantile=0} 2.4641e-05 @0"),
            s("summary go_gc_duration_seconds{quantile=0.5} 4.0046000000000002e-05 @0"),
            s("summary go_gc_duration_seconds{quantile=1} 0.000168438 @0"),
            s("summary go_gc_duration_seconds_sum{} 0.012383339 @0"),
            s("summary go_gc_duration_seconds_count{} 231 @0"),
            s("counter node_cpu_seconds_total{cpu=0,mode=idle} 1398565.74 @0"),
            s("counter node_cpu_seconds_total{cpu=0,mode=iowait} 1274.3 @0"),
            s("gauge node_filesystem_avail_bytes{device=/dev/sda1,fstype=ext4,mountpoint=/} 42315751424 @0"),
            s("gauge node_load1{} 0.20999999999999999 @0"),
            s("untyped node_textfile_scrape_error{} 0 @0"),
            s("histogram prometheus_http_request_duration_seconds_bucket{handler=/metrics,le=0.1} 25547 @0"),
            s("histogram prometheus_http_request_duration_seconds_bucket{handler=/metrics,le=0.2} 25548 @0"),
            s("histogram prometheus_http_request_duration_seconds_bucket{handler=/metrics,le=+Inf} 25549 @0"),
            s("histogram prometheus_http_request_duration_seconds_sum{handler=/metrics} 1044.7 @0"),
            s("histogram prometheus_http_request_duration_seconds_count{handler=/metrics} 25549 @0"),
        }));
}

void TestExposition::docsExample()
{
    const ExpositionResult r = parseExposition(kDocsExample);
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(r.samples.size(), size_t(5));
    QCOMPARE(r.samples[0].name, QStringLiteral("http_requests_total"));
    QCOMPARE(r.samples[0].type, MetricType::Counter);
    QCOMPARE(r.samples[0].timestampMs, TimestampMs(1395066363000LL));
    QCOMPARE(r.samples[1].value, 3.0);
    const Labels escaped{{QStringLiteral("error"), s("Cannot find file:\n\"FILE.TXT\"")},
        {QStringLiteral("path"), s("C:\\DIR\\FILE.TXT")}};
    QCOMPARE(r.samples[2].labels, escaped);
    QCOMPARE(r.samples[2].value, 1.458255915e9);
    QCOMPARE(r.samples[2].type, MetricType::Untyped);
    QCOMPARE(r.samples[3].name, QStringLiteral("metric_without_timestamp_and_labels"));
    QCOMPARE(r.samples[3].timestampMs, TimestampMs(0));
    QCOMPARE(r.samples[4].value, std::numeric_limits<double>::infinity());
    QCOMPARE(r.samples[4].timestampMs, TimestampMs(-3982045));
}

void TestExposition::values_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<double>("value");
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addRow("integer") << QByteArray("42") << 42.0;
    QTest::addRow("negative") << QByteArray("-1.5") << -1.5;
    QTest::addRow("plus") << QByteArray("+3") << 3.0;
    QTest::addRow("exponent") << QByteArray("1e3") << 1000.0;
    QTest::addRow("exponent upper, negative") << QByteArray("1.5E-3") << 0.0015;
    QTest::addRow("leading dot") << QByteArray(".5") << 0.5;
    QTest::addRow("big") << QByteArray("1.7976931348623157e308") << 1.7976931348623157e308;
    QTest::addRow("hex float") << QByteArray("0x1p-2") << 0.25;
    QTest::addRow("+Inf") << QByteArray("+Inf") << inf;
    QTest::addRow("-Inf") << QByteArray("-Inf") << -inf;
    QTest::addRow("Inf") << QByteArray("Inf") << inf;
    QTest::addRow("inf lower") << QByteArray("inf") << inf;
    QTest::addRow("+Infinity") << QByteArray("+Infinity") << inf;
    QTest::addRow("NaN") << QByteArray("NaN") << std::numeric_limits<double>::quiet_NaN();
    QTest::addRow("nan lower") << QByteArray("nan") << std::numeric_limits<double>::quiet_NaN();
}

void TestExposition::values()
{
    QFETCH(QByteArray, text);
    QFETCH(double, value);
    const ExpositionResult r = parseExposition(QByteArray("m " + text + '\n'));
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(r.samples.size(), size_t(1));
    if (std::isnan(value))
        QVERIFY(std::isnan(r.samples.front().value));
    else
        QCOMPARE(r.samples.front().value, value);
}

void TestExposition::syntax_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("samples");
    QTest::addRow("blanks in braces") << QByteArray("m{ a = \"b\" ,\tc=\"d\" } 1")
                                      << QStringList{s("untyped m{a=b,c=d} 1 @0")};
    QTest::addRow("trailing comma") << QByteArray("m{a=\"b\",} 1") << QStringList{s("untyped m{a=b} 1 @0")};
    QTest::addRow("empty braces") << QByteArray("m{} 1") << QStringList{s("untyped m{} 1 @0")};
    QTest::addRow("no blank after brace") << QByteArray("m{a=\"b\"}1") << QStringList{s("untyped m{a=b} 1 @0")};
    QTest::addRow("colons in name") << QByteArray("job:rate5m:sum 2")
                                    << QStringList{s("untyped job:rate5m:sum{} 2 @0")};
    QTest::addRow("tabs and blanks") << QByteArray("\t m \t 1 \t 5 \t") << QStringList{s("untyped m{} 1 @5")};
    QTest::addRow("CRLF") << QByteArray("a 1\r\nb 2\r\n") << QStringList{s("untyped a{} 1 @0"), s("untyped b{} 2 @0")};
    QTest::addRow("other escape kept") << QByteArray("m{a=\"x\\ty\\\\\"} 1")
                                       << QStringList{s("untyped m{a=x\\ty\\} 1 @0")};
    QTest::addRow("escaped quote, comma, brace")
        << QByteArray("m{a=\"\\\",}\"} 1") << QStringList{s("untyped m{a=\",}} 1 @0")};
    QTest::addRow("UTF-8 label value") << QByteArray("m{city=\"S\xc3\xa3o Paulo\"} 1")
                                       << QStringList{s("untyped m{city=S\xc3\xa3o Paulo} 1 @0")};
    QTest::addRow("empty label value") << QByteArray("m{a=\"\"} 1") << QStringList{s("untyped m{a=} 1 @0")};
    QTest::addRow("comments and blank lines")
        << QByteArray("\n# just a comment\n#\n   \n# HELP m x\nm 1\n") << QStringList{s("untyped m{} 1 @0")};
    QTest::addRow("empty") << QByteArray() << QStringList();
}

void TestExposition::syntax()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, samples);
    const ExpositionResult r = parseExposition(text);
    for (const ExpositionError &e : r.errors)
        qWarning() << e.toString();
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(render(r), samples);
}

void TestExposition::types_data()
{
    QTest::addColumn<QByteArray>("type");
    QTest::addColumn<QByteArray>("sample");
    QTest::addColumn<MetricType>("expected");
    QTest::addRow("counter") << QByteArray("counter") << QByteArray("x") << MetricType::Counter;
    QTest::addRow("counter _total") << QByteArray("counter") << QByteArray("x_total") << MetricType::Counter;
    QTest::addRow("counter _created") << QByteArray("counter") << QByteArray("x_created") << MetricType::Counter;
    QTest::addRow("counter _sum") << QByteArray("counter") << QByteArray("x_sum") << MetricType::Untyped;
    QTest::addRow("gauge") << QByteArray("gauge") << QByteArray("x") << MetricType::Gauge;
    QTest::addRow("gauge _count") << QByteArray("gauge") << QByteArray("x_count") << MetricType::Untyped;
    QTest::addRow("histogram _bucket") << QByteArray("histogram") << QByteArray("x_bucket") << MetricType::Histogram;
    QTest::addRow("histogram _sum") << QByteArray("histogram") << QByteArray("x_sum") << MetricType::Histogram;
    QTest::addRow("histogram _count") << QByteArray("histogram") << QByteArray("x_count") << MetricType::Histogram;
    QTest::addRow("histogram _total") << QByteArray("histogram") << QByteArray("x_total") << MetricType::Untyped;
    QTest::addRow("summary") << QByteArray("summary") << QByteArray("x") << MetricType::Summary;
    QTest::addRow("summary _sum") << QByteArray("summary") << QByteArray("x_sum") << MetricType::Summary;
    QTest::addRow("summary _bucket") << QByteArray("summary") << QByteArray("x_bucket") << MetricType::Untyped;
    QTest::addRow("untyped") << QByteArray("untyped") << QByteArray("x") << MetricType::Untyped;
    QTest::addRow("other family") << QByteArray("gauge") << QByteArray("y") << MetricType::Untyped;
    QTest::addRow("prefix is not a family") << QByteArray("gauge") << QByteArray("xx") << MetricType::Untyped;
}

void TestExposition::types()
{
    QFETCH(QByteArray, type);
    QFETCH(QByteArray, sample);
    QFETCH(MetricType, expected);
    const ExpositionResult r = parseExposition(QByteArray("# TYPE x " + type + "\n" + sample + " 1\n"));
    QCOMPARE(r.errors.size(), size_t(0));
    QCOMPARE(r.samples.size(), size_t(1));
    QCOMPARE(r.samples.front().type, expected);
}

void TestExposition::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("error"); // ExpositionError::toString()
    QTest::addRow("no value") << QByteArray("m") << s("line 1:2: expected a value after the metric");
    QTest::addRow("digit first") << QByteArray("1m 2") << s("line 1:1: expected a metric name, got '1'");
    QTest::addRow("dash in name") << QByteArray("m-x 1") << s("line 1:2: unexpected '-' in the metric name");
    QTest::addRow("no closing brace") << QByteArray("m{a=\"b\" 1")
                                      << s("line 1:9: expected ',' or '}' after a label value");
    QTest::addRow("unquoted value") << QByteArray("m{a=b} 1")
                                    << s("line 1:5: expected '\"' to start the value of the label \"a\"");
    QTest::addRow("label without =") << QByteArray("m{a} 1") << s("line 1:4: expected '=' after the label name \"a\"");
    QTest::addRow("no label name") << QByteArray("m{=\"b\"} 1") << s("line 1:3: expected a label name or '}', got '='");
    QTest::addRow("digit label name") << QByteArray("m{1a=\"b\"} 1")
                                      << s("line 1:3: expected a label name or '}', got '1'");
    QTest::addRow("colon label name") << QByteArray("m{a:b=\"c\"} 1")
                                      << s("line 1:4: expected '=' after the label name \"a\"");
    QTest::addRow("unterminated value") << QByteArray("m{a=\"b} 1")
                                        << s("line 1:5: label value without a closing quote");
    QTest::addRow("line ends in braces") << QByteArray("m{a=\"b\",") << s("line 1:9: expected a label name or '}'");
    QTest::addRow("duplicate label") << QByteArray("m{a=\"b\",a=\"c\"} 1")
                                     << s("line 1:9: the label \"a\" appears twice");
    QTest::addRow("not a number") << QByteArray("m abc") << s("line 1:3: expected a number, got \"abc\"");
    QTest::addRow("comma decimal") << QByteArray("m{a=\"b\"} 1,5") << s("line 1:10: expected a number, got \"1,5\"");
    QTest::addRow("out of range") << QByteArray("m 1e999") << s("line 1:3: the value \"1e999\" is out of range");
    QTest::addRow("signed NaN") << QByteArray("m +NaN") << s("line 1:3: expected a number, got \"+NaN\"");
    QTest::addRow("nan(payload)") << QByteArray("m nan(1)") << s("line 1:3: expected a number, got \"nan(1)\"");
    QTest::addRow("double sign") << QByteArray("m --1") << s("line 1:3: expected a number, got \"--1\"");
    QTest::addRow("fractional timestamp")
        << QByteArray("m 1 1.5") << s("line 1:5: expected a timestamp in milliseconds, got \"1.5\"");
    QTest::addRow("timestamp overflow") << QByteArray("m 1 99999999999999999999")
                                        << s("line 1:5: the timestamp \"99999999999999999999\" is out of range");
    QTest::addRow("text after timestamp")
        << QByteArray("m 1 2  3") << s("line 1:8: unexpected text after the timestamp: \"3\"");
    QTest::addRow("invalid UTF-8") << QByteArray("m{a=\"\xff\"} 1") << s("line 1:6: invalid UTF-8");
    QTest::addRow("unknown type") << QByteArray("# TYPE m bogus")
                                  << s("line 1:10: TYPE: unknown type \"bogus\" (expected counter, gauge, histogram, "
                                       "summary or untyped)");
    QTest::addRow("type without type") << QByteArray("# TYPE m")
                                       << s("line 1:9: TYPE: unknown type \"\" (expected counter, gauge, histogram, "
                                            "summary or untyped)");
    QTest::addRow("type bad name") << QByteArray("# TYPE 1m gauge") << s("line 1:8: TYPE: expected a metric name");
    QTest::addRow("second type") << QByteArray("# TYPE m gauge\n# TYPE m counter\n")
                                 << s("line 2:8: TYPE: a second TYPE line for \"m\"");
}

void TestExposition::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, error);
    const ExpositionResult r = parseExposition(text);
    QCOMPARE(r.samples.size(), size_t(0));
    QCOMPARE(r.errors.size(), size_t(1));
    QCOMPARE(r.errors.front().toString(), error);
}

void TestExposition::mixedKeepsGoodLines()
{
    const ExpositionResult r = parseExposition("# TYPE up gauge\n"
                                               "up{job=\"a\"} 1\n"
                                               "up{job=\"b\" 1\n"
                                               "\n"
                                               "up{job=\"c\"} NaN 1700000000000\n"
                                               "up{job=\"d\"} one\n"
                                               "up{job=\"e\"} 0\n");
    QCOMPARE(r.samples.size(), size_t(3));
    QCOMPARE(r.samples[0].labels.at(QStringLiteral("job")), QStringLiteral("a"));
    QVERIFY(std::isnan(r.samples[1].value));
    QCOMPARE(r.samples[1].timestampMs, TimestampMs(1'700'000'000'000LL));
    QCOMPARE(r.samples[2].labels.at(QStringLiteral("job")), QStringLiteral("e"));
    for (const ExposedSample &e : r.samples)
        QCOMPARE(e.type, MetricType::Gauge);
    QCOMPARE(r.errors.size(), size_t(2));
    QCOMPARE(r.errors[0].toString(), s("line 3:12: expected ',' or '}' after a label value"));
    QCOMPARE(r.errors[1].toString(), s("line 6:13: expected a number, got \"one\""));
}

void TestExposition::errorToString()
{
    const ExpositionError e{3, 17, QStringLiteral("expected a number, got \"abc\"")};
    QCOMPARE(e.toString(), s("line 3:17: expected a number, got \"abc\""));
}

QTEST_GUILESS_MAIN(TestExposition)
#include "tst_exposition.moc"
