// Prometheus durations: parseDurationMs / formatDurationMs.
#include "core/Duration.h"

#include <QTest>
#include <limits>

using namespace hms;

class TestDuration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
    void format_data();
    void format();
    void roundTrip_data();
    void roundTrip();
};

void TestDuration::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");

    QTest::addRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::addRow("0s") << QStringLiteral("0s") << qint64(0);
    QTest::addRow("500ms") << QStringLiteral("500ms") << qint64(500);
    QTest::addRow("30s") << QStringLiteral("30s") << qint64(30'000);
    QTest::addRow("seed 2m") << QStringLiteral("2m") << qint64(120'000);
    QTest::addRow("1h30m") << QStringLiteral("1h30m") << qint64(5'400'000);
    QTest::addRow("1d") << QStringLiteral("1d") << qint64(86'400'000);
    QTest::addRow("1w") << QStringLiteral("1w") << qint64(604'800'000);
    QTest::addRow("1y") << QStringLiteral("1y") << qint64(31'536'000'000);
    QTest::addRow("all units") << QStringLiteral("1y1w1d1h1m1s1ms")
                               << qint64(31'536'000'000 + 604'800'000 + 86'400'000 + 3'600'000 + 60'000 + 1000 + 1);
    QTest::addRow("m then ms") << QStringLiteral("1m5ms") << qint64(60'005);
    QTest::addRow("surrounding spaces") << QStringLiteral("  2m ") << qint64(120'000);
    QTest::addRow("leading zeros") << QStringLiteral("007s") << qint64(7000);
    QTest::addRow("90m is fine") << QStringLiteral("90m") << qint64(5'400'000);
}

void TestDuration::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = parseDurationMs(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, ms);
}

void TestDuration::rejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::addRow("empty") << QString();
    QTest::addRow("spaces") << QStringLiteral("   ");
    QTest::addRow("bare number") << QStringLiteral("5");
    QTest::addRow("bare 00") << QStringLiteral("00");
    QTest::addRow("unit only") << QStringLiteral("m");
    QTest::addRow("negative") << QStringLiteral("-5m");
    QTest::addRow("plus") << QStringLiteral("+5m");
    QTest::addRow("fraction") << QStringLiteral("1.5h");
    QTest::addRow("wrong order") << QStringLiteral("30m1h");
    QTest::addRow("repeated unit") << QStringLiteral("1m1m");
    QTest::addRow("ms before s") << QStringLiteral("5ms1s");
    QTest::addRow("unknown unit") << QStringLiteral("5x");
    QTest::addRow("uppercase") << QStringLiteral("5M");
    QTest::addRow("inner space") << QStringLiteral("1h 30m");
    QTest::addRow("trailing digits") << QStringLiteral("1h30");
    QTest::addRow("too many digits") << QStringLiteral("1234567890123456ms");
    QTest::addRow("overflow") << QStringLiteral("999999999999999y");
    QTest::addRow("overflow by sum") << QStringLiteral("292471208y999999999999999ms");
    // Arabic-Indic digits are QChar::isDigit() but not Prometheus digits.
    QTest::addRow("non-ASCII digit") << QString::fromUtf8("\xd9\xa3m");
    QTest::addRow("fullwidth digit") << QString::fromUtf8("\xef\xbc\x95s");
}

void TestDuration::rejects()
{
    QFETCH(QString, text);
    QCOMPARE(parseDurationMs(text), std::nullopt);
}

void TestDuration::format_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");

    QTest::addRow("zero") << qint64(0) << QStringLiteral("0s");
    QTest::addRow("1ms") << qint64(1) << QStringLiteral("1ms");
    QTest::addRow("1500ms") << qint64(1500) << QStringLiteral("1s500ms");
    QTest::addRow("2m") << qint64(120'000) << QStringLiteral("2m");
    QTest::addRow("1h30m") << qint64(5'400'000) << QStringLiteral("1h30m");
    QTest::addRow("8d is 1w1d") << qint64(8 * 86'400'000LL) << QStringLiteral("1w1d");
    QTest::addRow("1y") << qint64(31'536'000'000) << QStringLiteral("1y");
    QTest::addRow("negative") << qint64(-90'000) << QStringLiteral("-1m30s");
    QTest::addRow("min") << std::numeric_limits<qint64>::min() << QStringLiteral("-292471208y35w2d7h12m55s808ms");
    QTest::addRow("max") << std::numeric_limits<qint64>::max() << QStringLiteral("292471208y35w2d7h12m55s807ms");
}

void TestDuration::format()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(formatDurationMs(ms), text);
}

void TestDuration::roundTrip_data()
{
    QTest::addColumn<qint64>("ms");
    for (const qint64 ms : {qint64(1), qint64(999), qint64(61'001), qint64(86'399'999), qint64(31'536'000'001),
             std::numeric_limits<qint64>::max()})
        QTest::addRow("%lld", static_cast<long long>(ms)) << ms;
}

void TestDuration::roundTrip()
{
    QFETCH(qint64, ms);
    QCOMPARE(parseDurationMs(formatDurationMs(ms)), std::optional<qint64>(ms));
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
