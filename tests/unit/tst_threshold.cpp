// The comparison of a rule's `threshold:`.
#include "rules/Threshold.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace hms;

Q_DECLARE_METATYPE(hms::Threshold::Op)
Q_DECLARE_METATYPE(hms::TimeUnit)

class TestThreshold : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void test_data();
    void test();
    void opSymbol_data();
    void opSymbol();
    void metricUnit_data();
    void metricUnit();
};

void TestThreshold::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TimeUnit>("unit");
    QTest::addColumn<Threshold::Op>("op");
    QTest::addColumn<double>("value");

    using Op = Threshold::Op;
    QTest::addRow("seed > 1000") << QStringLiteral("> 1000") << TimeUnit::Milliseconds << Op::Greater << 1000.0;
    QTest::addRow("no spaces") << QStringLiteral(">1000") << TimeUnit::None << Op::Greater << 1000.0;
    QTest::addRow(">=") << QStringLiteral(">= 5") << TimeUnit::None << Op::GreaterEqual << 5.0;
    QTest::addRow("<") << QStringLiteral("< 0.5") << TimeUnit::None << Op::Less << 0.5;
    QTest::addRow("<=") << QStringLiteral("<= -3") << TimeUnit::None << Op::LessEqual << -3.0;
    QTest::addRow("==") << QStringLiteral("== 0") << TimeUnit::None << Op::Equal << 0.0;
    QTest::addRow("!=") << QStringLiteral("!= 1") << TimeUnit::None << Op::NotEqual << 1.0;
    QTest::addRow("surrounding space") << QStringLiteral("  >   12  ") << TimeUnit::None << Op::Greater << 12.0;
    QTest::addRow("tabs") << QStringLiteral("\t>\t12\t") << TimeUnit::None << Op::Greater << 12.0;
    QTest::addRow("plus sign") << QStringLiteral("> +7") << TimeUnit::None << Op::Greater << 7.0;
    QTest::addRow("fraction") << QStringLiteral("> 99.95") << TimeUnit::None << Op::Greater << 99.95;
    QTest::addRow("leading dot") << QStringLiteral("> .5") << TimeUnit::None << Op::Greater << 0.5;
    QTest::addRow("trailing dot") << QStringLiteral("> 5.") << TimeUnit::None << Op::Greater << 5.0;
    QTest::addRow("exponent") << QStringLiteral("> 1e3") << TimeUnit::None << Op::Greater << 1000.0;
    QTest::addRow("signed exponent") << QStringLiteral("> 25E-2") << TimeUnit::None << Op::Greater << 0.25;
    QTest::addRow("1s on a ms metric") << QStringLiteral("> 1s") << TimeUnit::Milliseconds << Op::Greater << 1000.0;
    QTest::addRow("1.5 s on a ms metric")
        << QStringLiteral("> 1.5 s") << TimeUnit::Milliseconds << Op::Greater << 1500.0;
    QTest::addRow("ms on a ms metric") << QStringLiteral("> 250ms") << TimeUnit::Milliseconds << Op::Greater << 250.0;
    QTest::addRow("ms on a s metric") << QStringLiteral("> 250ms") << TimeUnit::Seconds << Op::Greater << 0.25;
    QTest::addRow("s on a s metric") << QStringLiteral("< 2s") << TimeUnit::Seconds << Op::Less << 2.0;
    QTest::addRow("no unit on a s metric") << QStringLiteral("< 2") << TimeUnit::Seconds << Op::Less << 2.0;
}

void TestThreshold::parse()
{
    QFETCH(QString, text);
    QFETCH(TimeUnit, unit);
    QFETCH(Threshold::Op, op);
    QFETCH(double, value);

    const ThresholdParseResult r = parseThreshold(text, unit);
    QCOMPARE(r.error, QString());
    QVERIFY(r.threshold.has_value());
    QCOMPARE(r.threshold->op, op);
    QCOMPARE(r.threshold->value, value);
    QCOMPARE(r.threshold->text, text);
}

void TestThreshold::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TimeUnit>("unit");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::addRow("no operator") << QStringLiteral("1000") << TimeUnit::Milliseconds << 0
                                 << QStringLiteral("expected a comparison like \"> 1000\", got \"1000\"");
    QTest::addRow("empty") << QString() << TimeUnit::None << 0
                           << QStringLiteral("expected a comparison like \"> 1000\", got \"\"");
    QTest::addRow("spaces then number") << QStringLiteral("  5") << TimeUnit::None << 2
                                        << QStringLiteral("expected a comparison like \"> 1000\", got \"  5\"");
    QTest::addRow("single =") << QStringLiteral("= 5") << TimeUnit::None << 0
                              << QStringLiteral("expected a comparison like \"> 1000\", got \"= 5\"");
    QTest::addRow("=>") << QStringLiteral("=> 5") << TimeUnit::None << 0
                        << QStringLiteral("expected a comparison like \"> 1000\", got \"=> 5\"");
    QTest::addRow("words") << QStringLiteral("greater than 5") << TimeUnit::None << 0
                           << QStringLiteral("expected a comparison like \"> 1000\", got \"greater than 5\"");
    QTest::addRow("no number") << QStringLiteral(">") << TimeUnit::None << 1
                               << QStringLiteral("expected a number after \">\", got \"\"");
    QTest::addRow("text number") << QStringLiteral(">= abc") << TimeUnit::None << 3
                                 << QStringLiteral("expected a number after \">=\", got \"abc\"");
    QTest::addRow("sign only") << QStringLiteral("> -") << TimeUnit::None << 2
                               << QStringLiteral("expected a number after \">\", got \"-\"");
    QTest::addRow("dot only") << QStringLiteral("> .") << TimeUnit::None << 2
                              << QStringLiteral("expected a number after \">\", got \".\"");
    QTest::addRow("nan") << QStringLiteral("> nan") << TimeUnit::None << 2
                         << QStringLiteral("expected a number after \">\", got \"nan\"");
    QTest::addRow("inf") << QStringLiteral("> inf") << TimeUnit::None << 2
                         << QStringLiteral("expected a number after \">\", got \"inf\"");
    QTest::addRow("overflow") << QStringLiteral("> 1e999") << TimeUnit::None << 2
                              << QStringLiteral("\"1e999\" is out of the range of numbers");
    QTest::addRow("underflow") << QStringLiteral("> 1e-400") << TimeUnit::None << 2
                               << QStringLiteral("\"1e-400\" is out of the range of numbers");
    QTest::addRow("two operators") << QStringLiteral("> > 5") << TimeUnit::None << 2
                                   << QStringLiteral("expected a number after \">\", got \"> 5\"");
    QTest::addRow("second comparison") << QStringLiteral("> 5 < 10") << TimeUnit::None << 4
                                       << QStringLiteral("unexpected \"< 10\" after the comparison");
    QTest::addRow("comma") << QStringLiteral("> 1,000") << TimeUnit::None << 3
                           << QStringLiteral("unexpected \",000\" after the comparison");
    QTest::addRow("unit on a unitless metric") << QStringLiteral("> 5s") << TimeUnit::None << 3
                                               << QStringLiteral("unit \"s\" not allowed: the metric's name does not "
                                                                 "say it is a time (name it like \"*_ms\" or "
                                                                 "\"*_seconds\")");
    QTest::addRow("word after number, unitless") << QStringLiteral("> 5 requests") << TimeUnit::None << 4
                                                 << QStringLiteral("unexpected \"requests\" after the number");
    QTest::addRow("minutes not allowed") << QStringLiteral("> 2m") << TimeUnit::Milliseconds << 3
                                         << QStringLiteral("unknown unit \"m\": expected \"ms\" or \"s\"");
    QTest::addRow("dangling exponent") << QStringLiteral("> 1e") << TimeUnit::Seconds << 3
                                       << QStringLiteral("unknown unit \"e\": expected \"ms\" or \"s\"");
    QTest::addRow("junk after unit") << QStringLiteral("> 1s!") << TimeUnit::Milliseconds << 4
                                     << QStringLiteral("unexpected \"!\" after the comparison");
    QTest::addRow("unit overflow") << QStringLiteral("> 1e308 s") << TimeUnit::Milliseconds << 2
                                   << QStringLiteral("1e308 s is out of range in ms");
    QTest::addRow("long input is shortened") << QString(QStringLiteral("x") + QString(100, u'y')) << TimeUnit::None << 0
                                             << QString(QStringLiteral("expected a comparison like \"> 1000\", got \"x")
                                                    + QString(39, u'y') + QString::fromUtf8("\xe2\x80\xa6\""));
}

void TestThreshold::errors()
{
    QFETCH(QString, text);
    QFETCH(TimeUnit, unit);
    QFETCH(int, column);
    QFETCH(QString, message);

    const ThresholdParseResult r = parseThreshold(text, unit);
    QVERIFY(!r.threshold.has_value());
    QCOMPARE(r.error, message);
    QCOMPARE(r.errorColumn, column);
}

void TestThreshold::test_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("sample");
    QTest::addColumn<bool>("fires");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::addRow("> above") << QStringLiteral("> 1000") << 1000.5 << true;
    QTest::addRow("> equal") << QStringLiteral("> 1000") << 1000.0 << false;
    QTest::addRow("> below") << QStringLiteral("> 1000") << 999.0 << false;
    QTest::addRow(">= equal") << QStringLiteral(">= 1000") << 1000.0 << true;
    QTest::addRow(">= below") << QStringLiteral(">= 1000") << 999.9 << false;
    QTest::addRow("< below") << QStringLiteral("< 1") << 0.5 << true;
    QTest::addRow("< equal") << QStringLiteral("< 1") << 1.0 << false;
    QTest::addRow("<= equal") << QStringLiteral("<= 1") << 1.0 << true;
    QTest::addRow("<= above") << QStringLiteral("<= 1") << 1.1 << false;
    QTest::addRow("== equal") << QStringLiteral("== 0") << 0.0 << true;
    QTest::addRow("== -0") << QStringLiteral("== 0") << -0.0 << true;
    QTest::addRow("== other") << QStringLiteral("== 0") << 0.1 << false;
    QTest::addRow("!= other") << QStringLiteral("!= 0") << 0.1 << true;
    QTest::addRow("!= equal") << QStringLiteral("!= 0") << 0.0 << false;
    QTest::addRow("> +inf") << QStringLiteral("> 1000") << inf << true;
    QTest::addRow("< -inf") << QStringLiteral("< 0") << -inf << true;
    // NaN never satisfies, even for != (PromQL comparison filter semantics).
    QTest::addRow("> NaN") << QStringLiteral("> 0") << nan << false;
    QTest::addRow("< NaN") << QStringLiteral("< 0") << nan << false;
    QTest::addRow(">= NaN") << QStringLiteral(">= 0") << nan << false;
    QTest::addRow("<= NaN") << QStringLiteral("<= 0") << nan << false;
    QTest::addRow("== NaN") << QStringLiteral("== 0") << nan << false;
    QTest::addRow("!= NaN") << QStringLiteral("!= 0") << nan << false;
}

void TestThreshold::test()
{
    QFETCH(QString, text);
    QFETCH(double, sample);
    QFETCH(bool, fires);

    const ThresholdParseResult r = parseThreshold(text, TimeUnit::None);
    QVERIFY(r.threshold.has_value());
    QCOMPARE(r.threshold->test(sample), fires);
}

void TestThreshold::opSymbol_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("symbol");
    for (const char *op : {">", ">=", "<", "<=", "==", "!="})
        QTest::addRow("%s", op) << (QString::fromLatin1(op) + QStringLiteral(" 1")) << QString::fromLatin1(op);
}

void TestThreshold::opSymbol()
{
    QFETCH(QString, text);
    QFETCH(QString, symbol);
    const ThresholdParseResult r = parseThreshold(text, TimeUnit::None);
    QVERIFY(r.threshold.has_value());
    QCOMPARE(r.threshold->opSymbol(), symbol);
}

void TestThreshold::metricUnit_data()
{
    QTest::addColumn<QString>("metric");
    QTest::addColumn<TimeUnit>("unit");

    QTest::addRow("seed metric") << QStringLiteral("aid_form.latency_ms") << TimeUnit::Milliseconds;
    QTest::addRow(".ms") << QStringLiteral("http.request.ms") << TimeUnit::Milliseconds;
    QTest::addRow("_milliseconds") << QStringLiteral("db_query_milliseconds") << TimeUnit::Milliseconds;
    QTest::addRow("_seconds") << QStringLiteral("http_request_duration_seconds") << TimeUnit::Seconds;
    QTest::addRow("_s") << QStringLiteral("job_runtime_s") << TimeUnit::Seconds;
    QTest::addRow(".s") << QStringLiteral("job.runtime.s") << TimeUnit::Seconds;
    QTest::addRow("count") << QStringLiteral("aid_form.errors") << TimeUnit::None;
    QTest::addRow("ms inside") << QStringLiteral("ms_count") << TimeUnit::None;
    QTest::addRow("ends in ms without separator") << QStringLiteral("items") << TimeUnit::None;
    QTest::addRow("plural s") << QStringLiteral("requests") << TimeUnit::None;
    QTest::addRow("empty") << QString() << TimeUnit::None;
}

void TestThreshold::metricUnit()
{
    QFETCH(QString, metric);
    QFETCH(TimeUnit, unit);
    QCOMPARE(timeUnitOfMetric(metric), unit);
}

QTEST_GUILESS_MAIN(TestThreshold)
#include "tst_threshold.moc"
