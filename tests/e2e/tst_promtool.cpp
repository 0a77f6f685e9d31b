// `opsctl rule test` gives the same verdicts as Debian's real `promtool test rules` (2.42) on
// the equivalent Prometheus rules. Scenarios are generated (fixed seed): random series in the
// expanding notation (with gaps), every aggregate, thresholds, `for` and `keep_firing_for`.
// For each scenario and evaluation time, two candidate expectations are written, "no alert"
// and "this alert is firing"; both tools must pass and fail the same candidates. Windows are
// chosen so that no sample sits exactly on a window's start: Prometheus 2.x selects
// [t − w, t], 3.x and we select (t − w, t] (docs/RULES.md).
#include "rules/RuleTest.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace hms;

namespace {
struct Aggregate {
    const char *ours;
    QString prometheus; // %1: the range selector
};

void write(const QString &path, const QString &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text.toUtf8());
}
} // namespace

class TestPromtool : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameVerdictsAsPromtool()
    {
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool not found: scripts/setup.sh installs Debian's prometheus package");
        QTemporaryDir dir;
        const std::vector<Aggregate> aggregates = {
            {"p95", QStringLiteral("quantile_over_time(0.95, %1)")}, {"p50", QStringLiteral("quantile_over_time(0.5, %1)")},
            {"mean", QStringLiteral("avg_over_time(%1)")},           {"max", QStringLiteral("max_over_time(%1)")},
            {"min", QStringLiteral("min_over_time(%1)")},            {"sum", QStringLiteral("sum_over_time(%1)")},
            {"count", QStringLiteral("count_over_time(%1)")},        {"last", QStringLiteral("last_over_time(%1)")},
            {"rate", QStringLiteral("rate(%1)")},                    {"increase", QStringLiteral("increase(%1)")},
        };
        std::mt19937 rng(20261128);
        int compared = 0, agreed = 0, firingCases = 0;
        QStringList disagreements;
        for (int scenario = 0; scenario < 30; ++scenario) {
            const Aggregate &agg = aggregates[std::size_t(scenario) % aggregates.size()];
            const bool counter = QByteArray(agg.ours) == "rate" || QByteArray(agg.ours) == "increase";
            // Series: 1-minute samples; values drift around 1000 (counters only grow, with one reset).
            QStringList values;
            double v = counter ? 0 : 1000;
            for (int i = 0; i < 16; ++i) {
                if (rng() % 9 == 0) {
                    values << QStringLiteral("_");
                    continue;
                }
                if (counter)
                    v = (i == 9 && scenario % 3 == 0) ? 5 : v + double(rng() % 400);
                else
                    v = 700 + double(rng() % 700);
                values << QString::number(v);
            }
            const int threshold = counter ? (QByteArray(agg.ours) == "rate" ? 3 : 300) : 1000 + int(rng() % 200) - 100;
            const char *op = rng() % 2 ? ">" : "<";
            const int forMinutes = int(rng() % 4);
            const int keepMinutes = int(rng() % 3);
            const QString window = QStringLiteral("%1s").arg(150 + 60 * int(rng() % 3)); // 2.5, 3.5 or 4.5 min

            write(dir.filePath(QStringLiteral("ours.yml")),
                  QStringLiteral("name: T\nmetric: m\naggregate: %1\nthreshold: \"%2 %3\"\nwindow: %4\nfor: %5m\n"
                                 "keep_firing_for: %6m\nseverity: critical\nlabels:\n  team: ops\n")
                      .arg(QString::fromLatin1(agg.ours), QString::fromLatin1(op))
                      .arg(threshold)
                      .arg(window)
                      .arg(forMinutes)
                      .arg(keepMinutes));
            write(dir.filePath(QStringLiteral("prom.yml")),
                  QStringLiteral("groups:\n  - name: g\n    rules:\n      - alert: T\n        expr: '%1 %2 %3'\n"
                                 "        for: %4m\n        keep_firing_for: %5m\n        labels:\n"
                                 "          severity: critical\n          team: ops\n")
                      .arg(agg.prometheus.arg(QStringLiteral("m{job=\"api\"}[%1]").arg(window)), QString::fromLatin1(op))
                      .arg(threshold)
                      .arg(forMinutes)
                      .arg(keepMinutes));
            for (int evalMinute = 3; evalMinute <= 15; evalMinute += 3) {
                for (const bool expectFiring : {false, true}) {
                    const QString body = QStringLiteral(
                                             "evaluation_interval: 1m\ntests:\n  - interval: 1m\n    input_series:\n"
                                             "      - series: 'm{job=\"api\"}'\n        values: '%1'\n"
                                             "    alert_rule_test:\n      - eval_time: %2m\n        alertname: T\n%3")
                                             .arg(values.join(u' '))
                                             .arg(evalMinute)
                                             .arg(expectFiring ? QStringLiteral(
                                                      "        exp_alerts:\n          - exp_labels: {job: api, "
                                                      "severity: critical, team: ops}\n")
                                                               : QString());
                    write(dir.filePath(QStringLiteral("ours.test.yml")), QStringLiteral("rule_files: [ours.yml]\n") + body);
                    write(dir.filePath(QStringLiteral("prom.test.yml")), QStringLiteral("rule_files: [prom.yml]\n") + body);

                    QProcess p;
                    p.setWorkingDirectory(dir.path());
                    p.start(promtool, {QStringLiteral("test"), QStringLiteral("rules"), QStringLiteral("prom.test.yml")});
                    QVERIFY(p.waitForFinished(30000));
                    const QByteArray promOut = p.readAllStandardOutput() + p.readAllStandardError();
                    QVERIFY2(p.exitCode() == 0 || promOut.contains("FAILED"), promOut.constData()); // a verdict, not an error
                    const bool promPassed = p.exitCode() == 0;

                    QFile f(dir.filePath(QStringLiteral("ours.test.yml")));
                    QVERIFY(f.open(QIODevice::ReadOnly));
                    const RuleTestParseResult parsed = parseRuleTestFile(f.readAll(), f.fileName());
                    QVERIFY(parsed.ok());
                    QFile r(dir.filePath(QStringLiteral("ours.yml")));
                    QVERIFY(r.open(QIODevice::ReadOnly));
                    const RuleParseResult rules = parseRules(r.readAll(), QStringLiteral("ours.yml"));
                    QVERIFY2(rules.ok(), rules.ok() ? "" : qPrintable(rules.errors.front().toString()));
                    const bool oursPassed = runRuleTests(parsed.file, rules.rules, false).failures == 0;

                    ++compared;
                    firingCases += expectFiring && promPassed;
                    if (oursPassed == promPassed)
                        ++agreed;
                    else
                        disagreements << QStringLiteral("scenario %1 (%2 %3 %4, window %5, for %6m, keep %7m, values '%8') "
                                                        "at %9m expecting %10: promtool %11, ours %12")
                                             .arg(scenario)
                                             .arg(QString::fromLatin1(agg.ours), QString::fromLatin1(op))
                                             .arg(threshold)
                                             .arg(window)
                                             .arg(forMinutes)
                                             .arg(keepMinutes)
                                             .arg(values.join(u' '))
                                             .arg(evalMinute)
                                             .arg(expectFiring ? QStringLiteral("firing") : QStringLiteral("nothing"))
                                             .arg(promPassed ? QStringLiteral("pass") : QStringLiteral("fail"))
                                             .arg(oursPassed ? QStringLiteral("pass") : QStringLiteral("fail"));
                }
            }
        }
        qInfo("compared %d verdicts, %d agree; %d cases had the alert firing", compared, agreed, firingCases);
        QVERIFY2(disagreements.isEmpty(), qPrintable(disagreements.join(u'\n')));
        QVERIFY(firingCases >= 10); // the generated cases exercise firing alerts, not only silence
    }
};

QTEST_GUILESS_MAIN(TestPromtool)
#include "tst_promtool.moc"
