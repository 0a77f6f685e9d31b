// Rule files: the seed's latency_alert.yml, the `rules:` form, and every error with its position.
#include "rules/Rule.h"

#include <QTest>

using namespace hms;

Q_DECLARE_METATYPE(hms::AggregateSpec::Kind)

namespace {
// The seed chapter's rule, byte for byte (section 3.2).
const QByteArray kSeedRule = QByteArrayLiteral("# file: latency_alert.yml\n"
                                               "metric: aid_form.latency_ms\n"
                                               "aggregate: p95\n"
                                               "threshold: \"> 1000\"          # ms\n"
                                               "for: 2m                      # sustain 2 minutes\n"
                                               "notify: fema_oncall          # rotation id\n"
                                               "playbook: pb_aid_latency\n");

// metric/aggregate/threshold lines that make a rule valid, for the error cases to build on.
const QByteArray kBase = QByteArrayLiteral("metric: aid_form.latency_ms\naggregate: p95\nthreshold: \"> 1000\"\n");
} // namespace

class TestRuleParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void seedRule();
    void allFields();
    void rulesList();
    void defaultName_data();
    void defaultName();
    void errors_data();
    void errors();
    void errorsAreInFileOrder();
    void errorToString_data();
    void errorToString();
    void aggregate_data();
    void aggregate();
    void badAggregate_data();
    void badAggregate();
};

void TestRuleParser::seedRule()
{
    const RuleParseResult r = parseRules(kSeedRule, QStringLiteral("latency_alert.yml"));
    QVERIFY2(r.ok(), r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
    QCOMPARE(r.rules.size(), size_t(1));
    const Rule &rule = r.rules.front();
    QCOMPARE(rule.name, QStringLiteral("latency_alert"));
    QCOMPARE(rule.metric, QStringLiteral("aid_form.latency_ms"));
    QCOMPARE(rule.aggregate.kind, AggregateSpec::Kind::Quantile);
    QCOMPARE(rule.aggregate.quantile, 0.95);
    QCOMPARE(rule.aggregate.text, QStringLiteral("p95"));
    QCOMPARE(rule.threshold.op, Threshold::Op::Greater);
    QCOMPARE(rule.threshold.value, 1000.0);
    QCOMPARE(rule.threshold.text, QStringLiteral("> 1000"));
    QCOMPARE(rule.forMs, qint64(120'000));
    QCOMPARE(rule.windowMs, qint64(60'000));
    QCOMPARE(rule.keepFiringForMs, qint64(0));
    QCOMPARE(rule.notify, QStringLiteral("fema_oncall"));
    QCOMPARE(rule.playbook, QStringLiteral("pb_aid_latency"));
    QCOMPARE(rule.severity, QStringLiteral("warning"));
    QVERIFY(rule.match.empty());
    QVERIFY(rule.labels.empty());
    QCOMPARE(rule.sourceFile, QStringLiteral("latency_alert.yml"));
    QCOMPARE(rule.sourceLine, 2); // the comment is line 1
}

void TestRuleParser::allFields()
{
    const QByteArray yaml = "name: aid_latency:p99.9\n"
                            "metric: api_request_seconds\n"
                            "aggregate: p99.9\n"
                            "threshold: \">= 250ms\"\n"
                            "for: 1h30m\n"
                            "window: 5m\n"
                            "keep_firing_for: 10m\n"
                            "notify: fema_oncall\n"
                            "playbook: pb_aid_latency\n"
                            "severity: critical\n"
                            "match:\n"
                            "  env: prod\n"
                            "  service: svc-aid-form\n"
                            "labels: {team: fema, tier: \"1\"}\n";
    const RuleParseResult r = parseRules(yaml, QStringLiteral("x.yml"));
    QVERIFY2(r.ok(), r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
    QCOMPARE(r.rules.size(), size_t(1));
    const Rule &rule = r.rules.front();
    QCOMPARE(rule.name, QStringLiteral("aid_latency:p99.9"));
    QCOMPARE(rule.aggregate.quantile, 0.999);
    QCOMPARE(rule.threshold.op, Threshold::Op::GreaterEqual);
    QCOMPARE(rule.threshold.value, 0.25); // 250 ms in the metric's unit, seconds
    QCOMPARE(rule.forMs, qint64(5'400'000));
    QCOMPARE(rule.windowMs, qint64(300'000));
    QCOMPARE(rule.keepFiringForMs, qint64(600'000));
    QCOMPARE(rule.severity, QStringLiteral("critical"));
    const Labels match{
        {QStringLiteral("env"), QStringLiteral("prod")}, {QStringLiteral("service"), QStringLiteral("svc-aid-form")}};
    QCOMPARE(rule.match, match);
    const Labels labels{
        {QStringLiteral("team"), QStringLiteral("fema")}, {QStringLiteral("tier"), QStringLiteral("1")}};
    QCOMPARE(rule.labels, labels);
}

void TestRuleParser::rulesList()
{
    const QByteArray yaml = "rules:\n"
                            "  - name: slow\n"
                            "    metric: aid_form.latency_ms\n"
                            "    aggregate: p95\n"
                            "    threshold: \"> 1s\"\n"
                            "  - name: errors\n"
                            "    metric: aid_form.errors\n"
                            "    aggregate: rate\n"
                            "    threshold: \"> 0.5\"\n"
                            "    severity: info\n";
    const RuleParseResult r = parseRules(yaml, QStringLiteral("aid.yml"));
    QVERIFY2(r.ok(), r.errors.empty() ? "" : qPrintable(r.errors.front().toString()));
    QCOMPARE(r.rules.size(), size_t(2));
    QCOMPARE(r.rules[0].name, QStringLiteral("slow"));
    QCOMPARE(r.rules[0].threshold.value, 1000.0); // 1 s on a _ms metric
    QCOMPARE(r.rules[0].sourceLine, 2);
    QCOMPARE(r.rules[1].name, QStringLiteral("errors"));
    QCOMPARE(r.rules[1].aggregate.kind, AggregateSpec::Kind::Rate);
    QCOMPARE(r.rules[1].severity, QStringLiteral("info"));
    QCOMPARE(r.rules[1].sourceLine, 6);
}

void TestRuleParser::defaultName_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addRow("yml") << QStringLiteral("latency_alert.yml") << QStringLiteral("latency_alert");
    QTest::addRow("yaml in a directory") << QStringLiteral("/etc/hms/rules/cpu.yaml") << QStringLiteral("cpu");
    QTest::addRow("only the last suffix") << QStringLiteral("rules/aid.v2.yml") << QStringLiteral("aid.v2");
    QTest::addRow("no suffix") << QStringLiteral("disk") << QStringLiteral("disk");
}

void TestRuleParser::defaultName()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    const RuleParseResult r = parseRules(kBase, file);
    QVERIFY(r.ok());
    QCOMPARE(r.rules.size(), size_t(1));
    QCOMPARE(r.rules.front().name, name);
}

void TestRuleParser::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message"); // the whole message, which starts with the field

    const QString file = QStringLiteral("latency_alert.yml");
    QTest::addRow("threshold without operator (the brief's example)")
        << QByteArray("metric: aid_form.latency_ms\naggregate: p95\nthreshold: \"1000\"\n") << file << 3 << 12
        << QStringLiteral("threshold: expected a comparison like \"> 1000\", got \"1000\"");
    QTest::addRow("threshold as a number")
        << QByteArray("metric: m\naggregate: max\nthreshold: 1000\n") << file << 3 << 12
        << QStringLiteral("threshold: expected a comparison like \"> 1000\", got "
                          "\"1000\"");
    QTest::addRow("threshold unquoted >")
        << QByteArray("metric: m\naggregate: max\nthreshold: > 1000\n") << file << 3 << 14
        << QStringLiteral("invalid YAML: unexpected character in block scalar (a comparison must be quoted: "
                          "threshold: \"> 1000\")");
    QTest::addRow("threshold unquoted !=")
        << QByteArray("metric: m\naggregate: max\nthreshold: != 5\n") << file << 3 << 12
        << QStringLiteral("threshold: YAML read \"!=\" as a tag; quote the "
                          "comparison, e.g. threshold: \"!= 5\"");
    QTest::addRow("threshold unit on unitless metric")
        << QByteArray("metric: aid_form.errors\naggregate: rate\nthreshold: \"> 5s\"\n") << file << 3 << 12
        << QStringLiteral("threshold: unit \"s\" not allowed: the metric's name does not say it is a time (name it "
                          "like \"*_ms\" or \"*_seconds\")");
    QTest::addRow("unknown field") << QByteArray(kBase + "  \nseverty: critical\n") << file << 5 << 1
                                   << QStringLiteral("severty: unknown field; valid fields are: name, metric, "
                                                     "aggregate, threshold, for, window, keep_firing_for, notify, "
                                                     "playbook, severity, match, labels, annotations, escalation, "
                                                     "query, source");
    QTest::addRow("query with metric") << QByteArray("query: sum(rate(x[5m]))\nmetric: m\nthreshold: \"> 1\"\n") << file
                                       << 2 << 9
                                       << QStringLiteral("metric: a rule with query: takes its series and aggregation "
                                                         "from the query; leave metric out");
    QTest::addRow("source without query") << QByteArray(kBase + "source: mimir\n") << file << 4 << 9
                                          << QStringLiteral("source: source: names where query: runs; this rule has no "
                                                            "query:");
    QTest::addRow("empty query") << QByteArray("query: \"  \"\nthreshold: \"> 1\"\n") << file << 1 << 8
                                 << QStringLiteral("query: expected a PromQL expression");
    QTest::addRow("field twice") << QByteArray(kBase + "metric: other\n") << file << 4 << 1
                                 << QStringLiteral("metric: field given twice");
    QTest::addRow("missing metric") << QByteArray("\naggregate: p95\nthreshold: \"> 1\"\n") << file << 2 << 1
                                    << QStringLiteral("metric: required field missing");
    QTest::addRow("missing threshold") << QByteArray("metric: m\naggregate: p95\n") << file << 1 << 1
                                       << QStringLiteral("threshold: required field missing");
    QTest::addRow("metric is a list") << QByteArray("metric: [a, b]\naggregate: p95\nthreshold: \"> 1\"\n") << file << 1
                                      << 9 << QStringLiteral("metric: expected a string, got a list");
    QTest::addRow("metric with a space") << QByteArray("metric: aid form\naggregate: p95\nthreshold: \"> 1\"\n") << file
                                         << 1 << 9
                                         << QStringLiteral("metric: expected a metric name without spaces, got "
                                                           "\"aid form\"");
    QTest::addRow("empty metric") << QByteArray("metric: \"\"\naggregate: p95\nthreshold: \"> 1\"\n") << file << 1 << 9
                                  << QStringLiteral("metric: expected a metric name without spaces, got \"\"");
    QTest::addRow("bad aggregate") << QByteArray("metric: m\naggregate: avg\nthreshold: \"> 1\"\n") << file << 2 << 12
                                   << QStringLiteral("aggregate: expected p0..p100 (e.g. p95, p99.9), mean, min, max, "
                                                     "sum, count, rate, increase or last, got \"avg\"");
    QTest::addRow("bad for") << QByteArray(kBase + "for: 2 minutes\n") << file << 4 << 6
                             << QStringLiteral("for: expected a duration like \"30s\", \"2m\" or \"1h30m\", got "
                                               "\"2 minutes\"");
    QTest::addRow("for without value") << QByteArray(kBase + "for:\n") << file << 4 << 1
                                       << QStringLiteral("for: expected a duration like \"30s\", \"2m\" or \"1h30m\", "
                                                         "got nothing");
    QTest::addRow("window zero") << QByteArray(kBase + "window: 0s\n") << file << 4 << 9
                                 << QStringLiteral("window: must be longer than 0, got \"0s\"");
    QTest::addRow("bad keep_firing_for") << QByteArray(kBase + "keep_firing_for: -1m\n") << file << 4 << 18
                                         << QStringLiteral("keep_firing_for: expected a duration like \"30s\", \"2m\" "
                                                           "or \"1h30m\", got \"-1m\"");
    QTest::addRow("bad severity") << QByteArray(kBase + "severity: page\n") << file << 4 << 11
                                  << QStringLiteral("severity: expected one of critical, warning, info, got \"page\"");
    QTest::addRow("bad notify id") << QByteArray(kBase + "notify: fema oncall\n") << file << 4 << 9
                                   << QStringLiteral("notify: expected an id of letters, digits, '_', '.' or '-', got "
                                                     "\"fema oncall\"");
    QTest::addRow("bad name") << QByteArray("name: 9lives\n" + kBase) << file << 1 << 7
                              << QStringLiteral("name: expected a name matching [A-Za-z_][A-Za-z0-9_:.-]*, got "
                                                "\"9lives\"");
    QTest::addRow("bad default name") << kBase << QStringLiteral("rules/1-latency.yml") << 1 << 1
                                      << QStringLiteral("name: the file name gives the default name \"1-latency\", "
                                                        "which is not a valid rule name; add a name: field");
    QTest::addRow("match not a mapping") << QByteArray(kBase + "match: env=prod\n") << file << 4 << 8
                                         << QStringLiteral("match: expected a mapping of label: value, got "
                                                           "\"env=prod\"");
    QTest::addRow("label value a list") << QByteArray(kBase + "labels:\n  team: [a, b]\n") << file << 5 << 9
                                        << QStringLiteral("labels.team: expected a string, got a list");
    QTest::addRow("duplicate rule name") << QByteArray(
        "rules:\n  - name: a\n    metric: m\n    aggregate: max\n    threshold: \"> 1\"\n"
        "  - name: a\n    metric: n\n    aggregate: min\n    threshold: \"< 1\"\n")
                                         << file << 6 << 11
                                         << QStringLiteral(
                                                "name: duplicate rule name \"a\" (first used by the rule at line 2)");
    QTest::addRow("two unnamed rules share the default name")
        << QByteArray("rules:\n  - metric: m\n    aggregate: max\n    threshold: \"> 1\"\n"
                      "  - metric: n\n    aggregate: min\n    threshold: \"< 1\"\n")
        << file << 5 << 5
        << QStringLiteral("name: duplicate rule name \"latency_alert\" (first used by the rule at line 2)");
    QTest::addRow("rules without value") << QByteArray("\nrules:\n") << file << 2 << 1
                                         << QStringLiteral("rules: expected a non-empty list of rules, got nothing");
    QTest::addRow("empty name") << QByteArray(kBase + "name:\n") << file << 4 << 1
                                << QStringLiteral("name: expected a string, got nothing");
    QTest::addRow("empty label value") << QByteArray(kBase + "labels:\n  team:\nfor: 1m\n") << file << 5 << 3
                                       << QStringLiteral("labels.team: expected a string, got nothing");
    QTest::addRow("empty rules list") << QByteArray("rules: []\n") << file << 1 << 8
                                      << QStringLiteral("rules: expected a non-empty list of rules, got an empty list");
    QTest::addRow("field beside rules") << QByteArray(
        "metric: m\nrules:\n  - {metric: m, aggregate: max, threshold: \"> 1\"}\n")
                                        << file << 1 << 1
                                        << QStringLiteral("metric: unexpected beside rules:; a file holds either one "
                                                          "rule or a rules: list");
    QTest::addRow("rule not a mapping") << QByteArray("rules:\n  - just text\n") << file << 2 << 5
                                        << QStringLiteral("expected a rule (a mapping of fields), got \"just text\"");
    QTest::addRow("top level list") << QByteArray("- metric: m\n") << file << 1 << 1
                                    << QStringLiteral("expected a rule (a mapping of fields) or a rules: list, got a "
                                                      "list");
    QTest::addRow("top level scalar") << QByteArray("hello\n") << file << 1 << 1
                                      << QStringLiteral("expected a rule (a mapping of fields) or a rules: list, got "
                                                        "\"hello\"");
    QTest::addRow("invalid YAML") << QByteArray("metric: [a, b\n") << file << 2 << 1
                                  << QStringLiteral("invalid YAML: end of sequence flow not found");
    QTest::addRow("bad indentation") << QByteArray("metric: m\n  aggregate: p95\n") << file << 2 << 12
                                     << QStringLiteral("invalid YAML: illegal map value");
    QTest::addRow("two documents") << QByteArray(kBase + "---\n" + kBase) << file << 4 << 1
                                   << QStringLiteral("expected one YAML document, found a second one");
    // yaml-cpp's LoadAll loops forever on this (found by fuzz_rules).
    QTest::addRow("lone comma") << QByteArray(",\n") << file << 1 << 1
                                << QStringLiteral("invalid YAML: unexpected character");
    QTest::addRow("empty file") << QByteArray() << file << 0 << 0 << QStringLiteral("the file holds no rule");
    QTest::addRow("only a comment") << QByteArray("# nothing yet\n") << file << 0 << 0
                                    << QStringLiteral("the file holds no rule");
}

void TestRuleParser::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const RuleParseResult r = parseRules(yaml, file);
    QVERIFY(!r.ok());
    QVERIFY(r.rules.empty()); // nothing from a file with errors is installable
    QCOMPARE(r.errors.size(), size_t(1));
    const RuleParseError &e = r.errors.front();
    QCOMPARE(e.message, message);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QCOMPARE(e.file, file);
}

void TestRuleParser::errorsAreInFileOrder()
{
    // Fields are checked in a fixed order; errors are reported in the file's order, all at once.
    const QByteArray yaml = "severity: loud\nmetric: m\naggregate: median\nthreshold: \"~ 5\"\nwindow: 0\n";
    const RuleParseResult r = parseRules(yaml, QStringLiteral("r.yml"));
    QStringList got;
    for (const RuleParseError &e : r.errors)
        got << e.toString().section(u':', 0, 3);
    const QStringList expected{QStringLiteral("r.yml:1:11: severity"), QStringLiteral("r.yml:3:12: aggregate"),
        QStringLiteral("r.yml:4:12: threshold"), QStringLiteral("r.yml:5:9: window")};
    QCOMPARE(got, expected);
}

void TestRuleParser::errorToString_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addRow("full") << QStringLiteral("latency_alert.yml") << 3 << 12
                          << QStringLiteral("latency_alert.yml:3:12: threshold: bad");
    QTest::addRow("no position") << QStringLiteral("a.yml") << 0 << 0 << QStringLiteral("a.yml: threshold: bad");
    QTest::addRow("no file") << QString() << 2 << 1 << QStringLiteral(":2:1: threshold: bad");
    QTest::addRow("nothing") << QString() << 0 << 0 << QStringLiteral("threshold: bad");
}

void TestRuleParser::errorToString()
{
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, text);
    RuleParseError e;
    e.file = file;
    e.line = line;
    e.column = column;
    e.message = QStringLiteral("threshold: bad");
    QCOMPARE(e.toString(), text);
}

void TestRuleParser::aggregate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<AggregateSpec::Kind>("kind");
    QTest::addColumn<double>("quantile");

    using K = AggregateSpec::Kind;
    QTest::addRow("p95") << QStringLiteral("p95") << K::Quantile << 0.95;
    QTest::addRow("p99.9") << QStringLiteral("p99.9") << K::Quantile << 0.999;
    QTest::addRow("p99.99") << QStringLiteral("p99.99") << K::Quantile << 0.9999;
    QTest::addRow("p50") << QStringLiteral("p50") << K::Quantile << 0.5;
    QTest::addRow("p0") << QStringLiteral("p0") << K::Quantile << 0.0;
    QTest::addRow("p100") << QStringLiteral("p100") << K::Quantile << 1.0;
    QTest::addRow("p100.0") << QStringLiteral("p100.0") << K::Quantile << 1.0;
    QTest::addRow("p05") << QStringLiteral("p05") << K::Quantile << 0.05;
    QTest::addRow("p1") << QStringLiteral("p1") << K::Quantile << 0.01;
    QTest::addRow("mean") << QStringLiteral("mean") << K::Mean << 0.0;
    QTest::addRow("min") << QStringLiteral("min") << K::Min << 0.0;
    QTest::addRow("max") << QStringLiteral("max") << K::Max << 0.0;
    QTest::addRow("sum") << QStringLiteral("sum") << K::Sum << 0.0;
    QTest::addRow("count") << QStringLiteral("count") << K::Count << 0.0;
    QTest::addRow("rate") << QStringLiteral("rate") << K::Rate << 0.0;
    QTest::addRow("increase") << QStringLiteral("increase") << K::Increase << 0.0;
    QTest::addRow("last") << QStringLiteral("last") << K::Last << 0.0;
}

void TestRuleParser::aggregate()
{
    QFETCH(QString, text);
    QFETCH(AggregateSpec::Kind, kind);
    QFETCH(double, quantile);
    const auto spec = parseAggregate(text);
    QVERIFY(spec.has_value());
    QCOMPARE(spec->kind, kind);
    QCOMPARE(spec->quantile, quantile);
    QCOMPARE(spec->text, text);
}

void TestRuleParser::badAggregate_data()
{
    QTest::addColumn<QString>("text");
    for (const char *t : {"", "p", "p101", "p100.1", "p-5", "p+5", "p9.", "p.9", "p95%", "P95", "p1000", "q95", "avg",
             "Mean", " mean", "p99.9999999999", "p95 ", "quantile"})
        QTest::addRow("'%s'", t) << QString::fromLatin1(t);
}

void TestRuleParser::badAggregate()
{
    QFETCH(QString, text);
    QCOMPARE(parseAggregate(text).has_value(), false);
}

QTEST_GUILESS_MAIN(TestRuleParser)
#include "tst_ruleparser.moc"
