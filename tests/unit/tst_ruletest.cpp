// promtool's rule-test format: the expanding notation, the series text, errors at file:line:column,
// and the runner's verdicts, messages, pending assertions, annotations and timeline.
#include "rules/RuleTest.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace hms;

namespace {
QString values(const char *text)
{
    QString error;
    int column = -1;
    const auto v = expandSeriesValues(QString::fromLatin1(text), &error, &column);
    if (!v)
        return QStringLiteral("error@%1").arg(column);
    QStringList out;
    for (const SeriesValue &x : *v)
        out << (x.kind == SeriesValue::Kind::Missing ? QStringLiteral("_")
                : x.kind == SeriesValue::Kind::Stale ? QStringLiteral("stale")
                                                     : QString::number(x.value));
    return out.join(u' ');
}

std::vector<Rule> rulesFrom(const char *yaml)
{
    const RuleParseResult r = parseRules(QByteArray(yaml), QStringLiteral("r.yml"));
    return r.rules;
}

RuleTestReport run(const char *testYaml, const char *rulesYaml, bool timeline = false)
{
    const RuleTestParseResult parsed = parseRuleTestFile(QByteArray(testYaml), QStringLiteral("t.yml"));
    if (!parsed.ok())
        qFatal("%s", qPrintable(parsed.errors.front().toString()));
    return runRuleTests(parsed.file, rulesFrom(rulesYaml), timeline);
}

const char *kRule = "name: HIGH\nmetric: m\naggregate: max\nthreshold: \"> 10\"\nwindow: 90s\nfor: 2m\n"
                    "annotations:\n  summary: '{{ $labels.job }} at {{ $value }}'\n";
} // namespace

class TestRuleTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void expandingNotation_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expanded");
        QTest::addRow("docs +") << QStringLiteral("-2+4x3") << QStringLiteral("-2 2 6 10");
        QTest::addRow("docs -") << QStringLiteral(" 1-2x4") << QStringLiteral("1 -1 -3 -5 -7");
        QTest::addRow("repeat") << QStringLiteral("1x3") << QStringLiteral("1 1 1 1");
        QTest::addRow("blanks") << QStringLiteral("1 _x3 stale 2") << QStringLiteral("1 _ _ _ stale 2");
        QTest::addRow("exponent") << QStringLiteral("1e3+1e2x2") << QStringLiteral("1000 1100 1200");
        QTest::addRow("zero count") << QStringLiteral("5+1x0") << QStringLiteral("5");
        QTest::addRow("bad item") << QStringLiteral("1 2 three") << QStringLiteral("error@4");
        QTest::addRow("bad count") << QStringLiteral("1+1xmany") << QStringLiteral("error@0");
    }
    void expandingNotation()
    {
        QFETCH(QString, text);
        QFETCH(QString, expanded);
        QCOMPARE(values(qPrintable(text)), expanded);
    }

    void seriesText()
    {
        QString error;
        int column = -1;
        const auto key = parseSeriesText(u"up{job=\"node\", instance=\"a\\\"b\"}", &error, &column);
        QVERIFY(key);
        QCOMPARE(key->name, QStringLiteral("up"));
        QCOMPARE(key->labels.at(QStringLiteral("instance")), QStringLiteral("a\"b"));
        QVERIFY(!parseSeriesText(u"up{job=node}", &error, &column));
        QCOMPARE(column, 7);
        QVERIFY(error.contains(QStringLiteral("double-quoted")));
    }

    void errorsNameFileLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("expected");
        QTest::addRow("values") << QByteArray("rule_files: [r.yml]\ntests:\n  - input_series:\n      - series: 'm'\n        values: '1 2 x'\n")
                                << QStringLiteral("t.yml:5:22: tests[0].input_series[0].values: \"x\"");
        QTest::addRow("series") << QByteArray("rule_files: [r.yml]\ntests:\n  - input_series:\n      - series: 'm{a=1}'\n")
                                << QStringLiteral("t.yml:4:22: tests[0].input_series[0].series");
        QTest::addRow("unknown field") << QByteArray("rule_files: [r.yml]\ntests:\n  - alert_rule_tests: []\n")
                                       << QStringLiteral("t.yml:3:5: tests[0]: unknown field \"alert_rule_tests\"");
        QTest::addRow("eval_time") << QByteArray("rule_files: [r.yml]\ntests:\n  - alert_rule_test:\n      - eval_time: soon\n        alertname: A\n")
                                   << QStringLiteral("t.yml:4:20: tests[0].alert_rule_test[0].eval_time");
        QTest::addRow("no rule files") << QByteArray("tests: []\n") << QStringLiteral("rule_files");
        QTest::addRow("promql tests") << QByteArray("rule_files: [r.yml]\ntests:\n  - promql_expr_test: []\n")
                                      << QStringLiteral("not supported");
    }
    void errorsNameFileLineAndColumn()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, expected);
        const RuleTestParseResult r = parseRuleTestFile(yaml, QStringLiteral("t.yml"));
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.front().toString().contains(expected), qPrintable(r.errors.front().toString()));
    }

    void firingPendingAnnotationsAndTimeline()
    {
        // max over 90 s > 10 from 3m (the sample at 3m is 20); `for: 2m`: pending at 3m and 4m,
        // firing from 5m.
        const char *test = "rule_files: [r.yml]\nevaluation_interval: 1m\ntests:\n  - interval: 1m\n"
                           "    input_series:\n      - series: 'm{job=\"api\"}'\n        values: '1 2 3 20x6'\n"
                           "    alert_rule_test:\n"
                           "      - eval_time: 4m\n        alertname: HIGH\n"
                           "        exp_pending:\n          - exp_labels: {job: api, severity: warning}\n"
                           "            exp_annotations: {summary: 'api at 20'}\n"
                           "      - eval_time: 5m\n        alertname: HIGH\n        exp_alerts:\n"
                           "          - exp_labels: {job: api, severity: warning}\n"
                           "            exp_annotations: {summary: 'api at 20'}\n";
        const RuleTestReport good = run(test, kRule, true);
        QVERIFY2(good.failures == 0, qPrintable(good.lines.join(u'\n')));
        QCOMPARE(good.timeline.size(), 2);
        QVERIFY2(good.timeline.at(0).contains(QStringLiteral("3m  HIGH{job=\"api\", severity=\"warning\"}  inactive -> pending")),
                 qPrintable(good.timeline.at(0)));
        QVERIFY(good.timeline.at(1).contains(QStringLiteral("5m  HIGH")) && good.timeline.at(1).contains(QStringLiteral("pending -> firing")));

        // Expecting it firing one minute early fails, with what was expected and what was got.
        QByteArray early(test);
        early.replace("eval_time: 5m", "eval_time: 4m30s");
        const RuleTestReport bad = run(early.constData(), kRule);
        QCOMPARE(bad.failures, 1);
        QVERIFY2(bad.lines.at(0).contains(QStringLiteral("alertname: HIGH, time: 4m30s"))
                     && bad.lines.at(0).contains(QStringLiteral("exp:[\n            0:\n              Labels:{job=\"api\", severity=\"warning\"}"))
                     && bad.lines.at(0).contains(QStringLiteral("got:[]")),
                 qPrintable(bad.lines.at(0)));
    }

    void annotationsAreComparedExactly()
    {
        const char *test = "rule_files: [r.yml]\ntests:\n  - input_series:\n      - series: 'm{job=\"api\"}'\n"
                           "        values: '20x5'\n    alert_rule_test:\n      - eval_time: 3m\n        alertname: HIGH\n"
                           "        exp_alerts:\n          - exp_labels: {job: api, severity: warning}\n";
        QCOMPARE(run(test, kRule).failures, 1); // the rule has a summary the test does not expect
    }

    void goFloatPrintsAsPrometheusTemplates()
    {
        QCOMPARE(goFloat(1400), QStringLiteral("1400"));
        QCOMPARE(goFloat(0.5), QStringLiteral("0.5"));
        QCOMPARE(goFloat(1e6), QStringLiteral("1e+06"));
        QCOMPARE(goFloat(123456), QStringLiteral("123456"));
        QCOMPARE(goFloat(1234567), QStringLiteral("1.234567e+06"));
        QCOMPARE(goFloat(0.0001), QStringLiteral("0.0001"));
        QCOMPARE(goFloat(0.00001), QStringLiteral("1e-05"));
        QCOMPARE(goFloat(-2.5), QStringLiteral("-2.5"));
        QCOMPARE(goFloat(std::nan("")), QStringLiteral("NaN"));
        QCOMPARE(goFloat(-INFINITY), QStringLiteral("-Inf"));
        QCOMPARE(expandAnnotation(QStringLiteral("{{$labels.job}} {{ $value }} {{ humanize $value }}"),
                                  {{QStringLiteral("job"), QStringLiteral("api")}}, 0.25),
                 QStringLiteral("api 0.25 {{ humanize $value }}"));
    }

    void opsctlRunsItWithoutAnInstanceAndExitsAsPromtool()
    {
        const QString examples = qEnvironmentVariable("HMS_EXAMPLES_DIR");
        QProcess good;
        good.start(qEnvironmentVariable("HMS_OPSCTL_BIN"),
                   {QStringLiteral("--data-dir"), QStringLiteral("/nonexistent"), QStringLiteral("rule"), QStringLiteral("test"),
                    examples + QStringLiteral("/latency_alert.test.yml")});
        QVERIFY(good.waitForFinished(20000));
        QCOMPARE(good.exitCode(), 0);
        QVERIFY(good.readAllStandardOutput().contains("SUCCESS"));

        QTemporaryDir dir;
        QFile rules(dir.filePath(QStringLiteral("r.yml")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(kRule);
        rules.close();
        QFile test(dir.filePath(QStringLiteral("t.yml")));
        QVERIFY(test.open(QIODevice::WriteOnly));
        test.write("rule_files: [r.yml]\ntests:\n  - input_series:\n      - series: 'm{job=\"api\"}'\n        values: '20x5'\n"
                   "    alert_rule_test:\n      - eval_time: 3m\n        alertname: HIGH\n");
        test.close();
        QProcess bad;
        bad.start(qEnvironmentVariable("HMS_OPSCTL_BIN"), {QStringLiteral("rule"), QStringLiteral("test"), test.fileName()});
        QVERIFY(bad.waitForFinished(20000));
        QCOMPARE(bad.exitCode(), 1); // HIGH fires at 2m; the test expects nothing at 3m
        const QByteArray out = bad.readAllStandardOutput();
        QVERIFY2(out.contains("FAILED") && out.contains("got:["), out.constData());
    }

    void theShippedExamplePasses()
    {
        QFile f(qEnvironmentVariable("HMS_EXAMPLES_DIR") + QStringLiteral("/latency_alert.test.yml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const RuleTestParseResult parsed = parseRuleTestFile(f.readAll(), f.fileName());
        QVERIFY(parsed.ok());
        QFile r(qEnvironmentVariable("HMS_EXAMPLES_DIR") + QStringLiteral("/latency_alert.yml"));
        QVERIFY(r.open(QIODevice::ReadOnly));
        const RuleTestReport report = runRuleTests(parsed.file, parseRules(r.readAll(), QStringLiteral("latency_alert.yml")).rules, false);
        QVERIFY2(report.failures == 0, qPrintable(report.lines.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRuleTest)
#include "tst_ruletest.moc"
