// promtool's rule test format, read with yaml-cpp (errors at the node's line:column) and run with
// our store and evaluator on a simulated clock.
#include "rules/RuleTest.h"

#include "core/Duration.h"
#include "core/YamlSupport.h"
#include "rules/Evaluator.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <yaml-cpp/yaml.h>

namespace hms {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("hms::RuleTest", text);
}

std::optional<double> parseNumber(QStringView text)
{
    if (text == u"Inf" || text == u"+Inf" || text == u"inf" || text == u"+inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-Inf" || text == u"-inf")
        return -std::numeric_limits<double>::infinity();
    if (text == u"NaN" || text == u"nan")
        return std::numeric_limits<double>::quiet_NaN();
    bool ok = false;
    const double v = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return v;
}

// "a+bxn" → (a, +b, n); "axn" → (a, 0, n); the sign of b is at the first '+'/'-' after a's first
// character that is not part of an exponent.
bool splitExpanding(QStringView item, QStringView *a, QStringView *b, QStringView *n, bool *minus)
{
    const qsizetype x = item.lastIndexOf(u'x');
    if (x <= 0)
        return false;
    *n = item.mid(x + 1);
    const QStringView head = item.left(x);
    for (qsizetype i = 1; i < head.size(); ++i) {
        const QChar c = head[i];
        if ((c == u'+' || c == u'-') && !(head[i - 1] == u'e' || head[i - 1] == u'E')) {
            *a = head.left(i);
            *b = head.mid(i + 1);
            *minus = c == u'-';
            return true;
        }
    }
    *a = head;
    *b = QStringView(u"0");
    *minus = false;
    return true;
}
} // namespace

std::optional<std::vector<SeriesValue>> expandSeriesValues(QStringView text, QString *error, int *column)
{
    std::vector<SeriesValue> out;
    qsizetype pos = 0;
    while (pos < text.size()) {
        while (pos < text.size() && text[pos].isSpace())
            ++pos;
        if (pos == text.size())
            break;
        qsizetype end = pos;
        while (end < text.size() && !text[end].isSpace())
            ++end;
        const QStringView item = text.mid(pos, end - pos);
        auto fail = [&](const QString &why) {
            *error = why;
            *column = int(pos);
            return std::nullopt;
        };
        if (item == u"_") {
            out.push_back({SeriesValue::Kind::Missing, 0});
        } else if (item == u"stale") {
            out.push_back({SeriesValue::Kind::Stale, 0});
        } else if (item.startsWith(u"_x")) {
            bool ok = false;
            const int n = item.mid(2).toInt(&ok);
            if (!ok || n < 0 || n > 1000000)
                return fail(tr("\"%1\": expected _xN with N from 0 to 1000000").arg(item.toString()));
            out.insert(out.end(), std::size_t(n), SeriesValue{SeriesValue::Kind::Missing, 0});
        } else if (const auto single = parseNumber(item)) {
            out.push_back({SeriesValue::Kind::Number, *single});
        } else {
            QStringView a, b, n;
            bool minus = false;
            if (!splitExpanding(item, &a, &b, &n, &minus))
                return fail(tr("\"%1\": expected a number, _, stale, a+bxn, a-bxn, axn or _xn").arg(item.toString()));
            const auto start = parseNumber(a), step = parseNumber(b);
            bool ok = false;
            const int count = n.toInt(&ok);
            if (!start || !step || !ok || count < 0 || count > 1000000)
                return fail(tr("\"%1\": expected a+bxn, a-bxn or axn with numbers a, b and a count n from 0 to 1000000")
                                .arg(item.toString()));
            for (int k = 0; k <= count; ++k)
                out.push_back({SeriesValue::Kind::Number, *start + (minus ? -1.0 : 1.0) * *step * k});
        }
        if (out.size() > 10000000)
            return fail(tr("more than 10000000 values"));
        pos = end;
    }
    return out;
}

std::optional<SeriesKey> parseSeriesText(QStringView text, QString *error, int *column)
{
    auto fail = [&](qsizetype at, const QString &why) {
        *error = why;
        *column = int(at);
        return std::nullopt;
    };
    auto isNameChar = [](QChar c, bool first) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':'
            || (!first && ((c >= u'0' && c <= u'9') || c == u'.'));
    };
    qsizetype i = 0;
    while (i < text.size() && text[i].isSpace())
        ++i;
    const qsizetype nameStart = i;
    while (i < text.size() && isNameChar(text[i], i == nameStart))
        ++i;
    SeriesKey key;
    key.name = text.mid(nameStart, i - nameStart).toString();
    if (key.name.isEmpty())
        return fail(nameStart, tr("expected a metric name"));
    while (i < text.size() && text[i].isSpace())
        ++i;
    if (i < text.size() && text[i] == u'{') {
        ++i;
        while (true) {
            while (i < text.size() && (text[i].isSpace() || text[i] == u','))
                ++i;
            if (i < text.size() && text[i] == u'}') {
                ++i;
                break;
            }
            const qsizetype ls = i;
            while (i < text.size() && isNameChar(text[i], i == ls) && text[i] != u':' && text[i] != u'.')
                ++i;
            const QString label = text.mid(ls, i - ls).toString();
            if (label.isEmpty())
                return fail(ls, tr("expected a label name or '}'"));
            while (i < text.size() && text[i].isSpace())
                ++i;
            if (i >= text.size() || text[i] != u'=')
                return fail(i, tr("expected '=' after the label %1").arg(label));
            ++i;
            while (i < text.size() && text[i].isSpace())
                ++i;
            if (i >= text.size() || text[i] != u'"')
                return fail(i, tr("expected a double-quoted value for the label %1").arg(label));
            ++i;
            QString value;
            while (i < text.size() && text[i] != u'"') {
                if (text[i] == u'\\' && i + 1 < text.size()) {
                    ++i;
                    value += text[i] == u'n' ? QChar(u'\n') : text[i];
                } else {
                    value += text[i];
                }
                ++i;
            }
            if (i >= text.size())
                return fail(i, tr("the value of the label %1 has no closing quote").arg(label));
            ++i;
            if (key.labels.count(label))
                return fail(ls, tr("the label %1 appears twice").arg(label));
            key.labels.emplace(label, value);
        }
    }
    while (i < text.size() && text[i].isSpace())
        ++i;
    if (i != text.size())
        return fail(i, tr("unexpected text after the series"));
    return key;
}

namespace {

class Reader {
public:
    Reader(const QString &file, RuleTestParseResult &out)
        : m_file(file)
        , m_out(out)
    {
    }

    void error(const YAML::Mark &mark, const QString &field, const QString &message, int columnOffset = 0)
    {
        RuleParseError e;
        e.file = m_file;
        e.line = mark.line >= 0 ? mark.line + 1 : 0;
        e.column = mark.column >= 0 ? mark.column + 1 + columnOffset : 0;
        e.message = field.isEmpty() ? message : field + QStringLiteral(": ") + message;
        m_out.errors.push_back(e);
    }

    bool keys(const YAML::Node &map, const QString &where, std::initializer_list<const char *> allowed)
    {
        bool ok = true;
        for (auto it = map.begin(); it != map.end(); ++it) {
            const std::string key = it->first.IsScalar() ? it->first.Scalar() : std::string();
            if (std::none_of(allowed.begin(), allowed.end(), [&](const char *a) { return key == a; })) {
                QStringList names;
                for (const char *a : allowed)
                    names << QString::fromLatin1(a);
                error(it->first.Mark(), where,
                      tr("unknown field %1 (expected one of %2)")
                          .arg(yaml::quoted(QString::fromStdString(key)), names.join(QStringLiteral(", "))));
                ok = false;
            }
        }
        return ok;
    }

    std::optional<QString> scalar(const YAML::Node &node, const QString &field)
    {
        if (!node.IsScalar()) {
            error(node.Mark(), field, tr("expected a string, got %1").arg(yaml::nodeKind(node)));
            return std::nullopt;
        }
        return QString::fromStdString(node.Scalar());
    }

    std::optional<qint64> duration(const YAML::Node &node, const QString &field)
    {
        const auto text = scalar(node, field);
        if (!text)
            return std::nullopt;
        const auto ms = parseDurationMs(*text);
        if (!ms || *ms < 0) {
            error(node.Mark(), field, tr("%1 is not a duration like 30s, 5m, 1h").arg(yaml::quoted(*text)));
            return std::nullopt;
        }
        return ms;
    }

    bool labelMap(const YAML::Node &node, const QString &field, Labels *out)
    {
        if (!node || node.IsNull())
            return true;
        if (!node.IsMap()) {
            error(node.Mark(), field, tr("expected a mapping of name: value, got %1").arg(yaml::nodeKind(node)));
            return false;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            const auto k = scalar(it->first, field);
            const auto v = scalar(it->second, field);
            if (!k || !v)
                return false;
            out->emplace(*k, *v);
        }
        return true;
    }

    bool alerts(const YAML::Node &node, const QString &field, std::vector<RuleTestAlert> *out)
    {
        if (!node || node.IsNull())
            return true;
        if (!node.IsSequence()) {
            error(node.Mark(), field, tr("expected a list, got %1").arg(yaml::nodeKind(node)));
            return false;
        }
        for (std::size_t i = 0; i < node.size(); ++i) {
            const YAML::Node a = node[i];
            const QString where = QStringLiteral("%1[%2]").arg(field).arg(i);
            if (!a.IsMap()) {
                error(a.Mark(), where, tr("expected a mapping, got %1").arg(yaml::nodeKind(a)));
                return false;
            }
            if (!keys(a, where, {"exp_labels", "exp_annotations"}))
                return false;
            RuleTestAlert alert;
            if (!labelMap(a["exp_labels"], where + QStringLiteral(".exp_labels"), &alert.labels)
                || !labelMap(a["exp_annotations"], where + QStringLiteral(".exp_annotations"), &alert.annotations))
                return false;
            alert.labels.erase(QStringLiteral("alertname"));
            out->push_back(std::move(alert));
        }
        return true;
    }

    void read(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            error(root.Mark(), {}, tr("expected a mapping with rule_files and tests, got %1").arg(yaml::nodeKind(root)));
            return;
        }
        if (!keys(root, {}, {"rule_files", "evaluation_interval", "tests", "group_eval_order", "fuzzy_compare"}))
            return;
        RuleTestFile &f = m_out.file;
        const YAML::Node files = root["rule_files"];
        if (!files || !files.IsSequence() || files.size() == 0) {
            error(files ? files.Mark() : root.Mark(), QStringLiteral("rule_files"), tr("expected a list of rule files"));
            return;
        }
        for (const YAML::Node &n : files)
            if (const auto s = scalar(n, QStringLiteral("rule_files")))
                f.ruleFiles << *s;
        if (root["evaluation_interval"]) {
            const auto ms = duration(root["evaluation_interval"], QStringLiteral("evaluation_interval"));
            if (!ms)
                return;
            if (*ms <= 0) {
                error(root["evaluation_interval"].Mark(), QStringLiteral("evaluation_interval"), tr("must be positive"));
                return;
            }
            f.evaluationIntervalMs = *ms;
        }
        const YAML::Node tests = root["tests"];
        if (!tests || !tests.IsSequence()) {
            error(tests ? tests.Mark() : root.Mark(), QStringLiteral("tests"), tr("expected a list of test groups"));
            return;
        }
        for (std::size_t g = 0; g < tests.size(); ++g)
            group(tests[g], QStringLiteral("tests[%1]").arg(g));
    }

    void group(const YAML::Node &node, const QString &where)
    {
        if (!node.IsMap()) {
            error(node.Mark(), where, tr("expected a mapping, got %1").arg(yaml::nodeKind(node)));
            return;
        }
        if (!keys(node, where,
                  {"interval", "input_series", "name", "alert_rule_test", "promql_expr_test", "external_labels",
                   "external_url"}))
            return;
        if (node["promql_expr_test"]) {
            error(node["promql_expr_test"].Mark(), where + QStringLiteral(".promql_expr_test"),
                  tr("not supported: our rules are not PromQL; test them with alert_rule_test"));
            return;
        }
        RuleTestGroup g;
        g.line = node.Mark().line + 1;
        g.intervalMs = m_out.file.evaluationIntervalMs;
        if (node["name"])
            g.name = scalar(node["name"], where + QStringLiteral(".name")).value_or(QString());
        if (node["interval"]) {
            const auto ms = duration(node["interval"], where + QStringLiteral(".interval"));
            if (!ms)
                return;
            if (*ms <= 0) {
                error(node["interval"].Mark(), where + QStringLiteral(".interval"), tr("must be positive"));
                return;
            }
            g.intervalMs = *ms;
        }
        const YAML::Node series = node["input_series"];
        if (series && !series.IsSequence()) {
            error(series.Mark(), where + QStringLiteral(".input_series"), tr("expected a list"));
            return;
        }
        for (std::size_t i = 0; series && i < series.size(); ++i) {
            const YAML::Node s = series[i];
            const QString at = QStringLiteral("%1.input_series[%2]").arg(where).arg(i);
            if (!s.IsMap() || !keys(s, at, {"series", "values"}) || !s["series"]) {
                error(s.Mark(), at, tr("expected series: 'name{label=\"value\"}' and values: '...'"));
                return;
            }
            QString why;
            int column = 0;
            const auto text = scalar(s["series"], at + QStringLiteral(".series"));
            if (!text)
                return;
            const auto key = parseSeriesText(*text, &why, &column);
            if (!key) {
                error(s["series"].Mark(), at + QStringLiteral(".series"), why, quotedOffset(s["series"]) + column);
                return;
            }
            RuleTestSeries rs{*key, {}};
            if (s["values"]) {
                const auto values = scalar(s["values"], at + QStringLiteral(".values"));
                if (!values)
                    return;
                const auto expanded = expandSeriesValues(*values, &why, &column);
                if (!expanded) {
                    error(s["values"].Mark(), at + QStringLiteral(".values"), why, quotedOffset(s["values"]) + column);
                    return;
                }
                rs.values = *expanded;
            }
            g.series.push_back(std::move(rs));
        }
        const YAML::Node cases = node["alert_rule_test"];
        if (cases && !cases.IsSequence()) {
            error(cases.Mark(), where + QStringLiteral(".alert_rule_test"), tr("expected a list"));
            return;
        }
        for (std::size_t i = 0; cases && i < cases.size(); ++i) {
            const YAML::Node c = cases[i];
            const QString at = QStringLiteral("%1.alert_rule_test[%2]").arg(where).arg(i);
            if (!c.IsMap() || !keys(c, at, {"eval_time", "alertname", "exp_alerts", "exp_pending"})) {
                if (!c.IsMap())
                    error(c.Mark(), at, tr("expected a mapping, got %1").arg(yaml::nodeKind(c)));
                return;
            }
            RuleTestCase tc;
            tc.line = c.Mark().line + 1;
            if (!c["eval_time"] || !c["alertname"]) {
                error(c.Mark(), at, tr("eval_time and alertname are required"));
                return;
            }
            const auto t = duration(c["eval_time"], at + QStringLiteral(".eval_time"));
            const auto name = scalar(c["alertname"], at + QStringLiteral(".alertname"));
            if (!t || !name)
                return;
            tc.evalTimeMs = *t;
            tc.alertname = *name;
            if (!alerts(c["exp_alerts"], at + QStringLiteral(".exp_alerts"), &tc.expAlerts))
                return;
            if (c["exp_pending"]) {
                tc.expPending.emplace();
                if (!alerts(c["exp_pending"], at + QStringLiteral(".exp_pending"), &*tc.expPending))
                    return;
            }
            g.cases.push_back(std::move(tc));
        }
        m_out.file.groups.push_back(std::move(g));
    }

private:
    // A quoted scalar's text starts one column after its mark.
    static int quotedOffset(const YAML::Node &node) { return node.Tag() == "!" ? 1 : 0; }

    QString m_file;
    RuleTestParseResult &m_out;
};

QString labelsText(const Labels &labels)
{
    QStringList parts;
    for (const auto &[k, v] : labels)
        parts << QStringLiteral("%1=\"%2\"").arg(k, v);
    return u'{' + parts.join(QStringLiteral(", ")) + u'}';
}

QString alertsText(const std::vector<RuleTestAlert> &alerts)
{
    QStringList parts;
    for (std::size_t i = 0; i < alerts.size(); ++i)
        parts << QStringLiteral("\n            %1:\n              Labels:%2\n              Annotations:%3")
                     .arg(i)
                     .arg(labelsText(alerts[i].labels), labelsText(alerts[i].annotations));
    return u'[' + parts.join(QString()) + (alerts.empty() ? QString() : QStringLiteral("\n            ")) + u']';
}

bool alertLess(const RuleTestAlert &a, const RuleTestAlert &b)
{
    return a.labels != b.labels ? a.labels < b.labels : a.annotations < b.annotations;
}

QString durationText(qint64 ms)
{
    return formatDurationMs(ms);
}

} // namespace

RuleTestParseResult parseRuleTestFile(const QByteArray &yaml, const QString &fileName)
{
    RuleTestParseResult out;
    Reader reader(fileName, out);
    try {
        if (const auto second = yaml::secondDocument(yaml.toStdString())) {
            reader.error(second->mark, {}, tr("expected one YAML document"));
            return out;
        }
        reader.read(YAML::Load(yaml.toStdString()));
    } catch (const YAML::Exception &e) {
        reader.error(e.mark, {}, QString::fromStdString(e.msg));
    }
    return out;
}

RuleTestReport runRuleTests(const RuleTestFile &file, const std::vector<Rule> &rules, bool timeline)
{
    RuleTestReport report;
    std::map<QString, const Rule *> byName;
    for (const Rule &r : rules)
        byName.emplace(r.name, &r);
    // Prometheus' test clock starts at 0 (the epoch); ours starts at `base`, because a pushed
    // timestamp of 0 means "now". Only differences of times matter to rules.
    constexpr TimestampMs base = 1'000'000'000'000;
    for (const RuleTestGroup &g : file.groups) {
        SeriesStore::Options options;
        options.retentionMs = std::numeric_limits<qint64>::max() / 4;
        options.minuteRetentionMs = options.hourRetentionMs = options.retentionMs;
        SeriesStore store(options);
        std::vector<PushedSample> samples;
        for (const RuleTestSeries &s : g.series)
            for (std::size_t i = 0; i < s.values.size(); ++i)
                if (s.values[i].kind == SeriesValue::Kind::Number) {
                    PushedSample p;
                    p.name = s.key.name;
                    p.labels = s.key.labels;
                    p.value = s.values[i].value;
                    p.timestampMs = base + qint64(i) * g.intervalMs;
                    p.kind = PushedSample::Kind::Gauge;
                    samples.push_back(std::move(p));
                }
        store.applyPushed(samples, base);
        Evaluator evaluator(store);
        evaluator.setRules(std::make_shared<const std::vector<Rule>>(rules));

        std::vector<const RuleTestCase *> cases;
        for (const RuleTestCase &c : g.cases)
            cases.push_back(&c);
        std::stable_sort(cases.begin(), cases.end(),
                         [](const RuleTestCase *a, const RuleTestCase *b) { return a->evalTimeMs < b->evalTimeMs; });
        const qint64 last = cases.empty() ? 0 : cases.back()->evalTimeMs;
        std::size_t next = 0;
        const QString groupName = g.name.isEmpty() ? QStringLiteral("line %1").arg(g.line) : g.name;
        for (qint64 t = 0; t <= last; t += file.evaluationIntervalMs) {
            for (const AlertTransition &change : evaluator.evaluateAt(base + t))
                if (timeline) {
                    Labels shown = change.labels;
                    shown.erase(QStringLiteral("alertname"));
                    report.timeline << QStringLiteral("%1  %2  %3%4  %5 -> %6  value=%7")
                                           .arg(groupName, durationText(t), change.rule, labelsText(shown),
                                                alertStateName(change.from), alertStateName(change.to), goFloat(change.value));
                }
            // The cases whose eval_time falls in [t, t + interval) see this evaluation.
            while (next < cases.size() && cases[next]->evalTimeMs < t + file.evaluationIntervalMs) {
                const RuleTestCase &c = *cases[next++];
                std::vector<RuleTestAlert> firing, pending;
                for (const AlertSnapshot &a : evaluator.alerts()) {
                    if (a.rule != c.alertname)
                        continue;
                    RuleTestAlert got;
                    got.labels = a.labels;
                    got.labels.erase(QStringLiteral("alertname"));
                    if (const auto r = byName.find(a.rule); r != byName.end())
                        for (const auto &[k, text] : r->second->annotations)
                            got.annotations[k] = expandAnnotation(text, a.series.labels, a.value);
                    (a.state == AlertState::Firing ? firing : pending).push_back(std::move(got));
                }
                auto check = [&](std::vector<RuleTestAlert> expected, std::vector<RuleTestAlert> got, const QString &what) {
                    std::sort(expected.begin(), expected.end(), alertLess);
                    std::sort(got.begin(), got.end(), alertLess);
                    const bool same = expected.size() == got.size()
                        && std::equal(expected.begin(), expected.end(), got.begin(), [](const auto &a, const auto &b) {
                               return a.labels == b.labels && a.annotations == b.annotations;
                           });
                    if (same)
                        return;
                    ++report.failures;
                    report.lines << QStringLiteral("    %1: %2, time: %3, line %4,\n        exp:%5,\n        got:%6")
                                        .arg(what, c.alertname, durationText(c.evalTimeMs))
                                        .arg(c.line)
                                        .arg(alertsText(expected), alertsText(got));
                };
                check(c.expAlerts, firing, QStringLiteral("alertname"));
                if (c.expPending)
                    check(*c.expPending, pending, QStringLiteral("pending alertname"));
            }
        }
    }
    return report;
}

} // namespace hms
