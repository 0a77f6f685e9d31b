// Rule files (the seed's latency_alert.yml). Every problem becomes a RuleParseError at the
// offending node's position; yaml-cpp exceptions never leave this file.
#include "core/Duration.h"
#include "core/YamlSupport.h"
#include "rules/Rule.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <string>
#include <array>
#include <map>
#include <sstream>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace hms {

namespace {

using yaml::isValidId;
using yaml::nodeKind;
using yaml::quoted;
using yaml::secondDocument;

constexpr std::array<const char *, 16> kFields{"name", "metric", "aggregate", "threshold", "for", "window",
    "keep_firing_for", "notify", "playbook", "severity", "match", "labels", "annotations", "escalation", "query",
    "source"};
// clang-format off
enum Field { FName, FMetric, FAggregate, FThreshold, FFor, FWindow, FKeepFiringFor, FNotify, FPlaybook, FSeverity,
             FMatch, FLabels, FAnnotations, FEscalation, FQuery, FSource };
// clang-format on

QString validFieldList()
{
    QStringList names;
    for (const char *f : kFields)
        names << QString::fromLatin1(f);
    return names.join(QStringLiteral(", "));
}

QString nodeText(const YAML::Node &node)
{
    return QString::fromStdString(node.Scalar());
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// [A-Za-z_][A-Za-z0-9_:.-]*
bool isValidRuleName(const QString &name)
{
    if (name.isEmpty() || !(isAsciiLetter(name[0]) || name[0] == u'_'))
        return false;
    for (const QChar c : name) {
        if (!(isAsciiLetter(c) || isAsciiDigit(c) || c == u'_' || c == u':' || c == u'.' || c == u'-'))
            return false;
    }
    return true;
}

class Parser {
public:
    Parser(const QString &fileName, RuleParseResult &out)
        : m_file(fileName)
        , m_out(out)
    {
    }

    void error(const YAML::Mark &mark, const QString &message)
    {
        RuleParseError e;
        e.file = m_file;
        if (mark.line >= 0 && mark.column >= 0) {
            e.line = mark.line + 1;
            e.column = mark.column + 1;
        }
        e.message = message;
        m_out.errors.push_back(std::move(e));
    }

    // An empty value (`for:`) is a null node whose mark is the *next* token: report those at the key.
    void error(const YAML::Node &node, const QString &field, const QString &message)
    {
        error(node.IsNull() && m_keyMark.line >= 0 ? m_keyMark : node.Mark(), field + u": " + message);
    }

    // A scalar (string) field; reports and returns false otherwise.
    bool scalar(const YAML::Node &node, const QString &field, QString *out)
    {
        if (!node.IsScalar()) {
            error(node, field,
                QCoreApplication::translate("hms::RuleParser", "expected a string, got %1").arg(nodeKind(node)));
            return false;
        }
        *out = nodeText(node);
        return true;
    }

    void duration(const YAML::Node &node, const QString &field, qint64 *out, bool mustBePositive)
    {
        const QString text = nodeText(node);
        const auto ms = node.IsScalar() ? parseDurationMs(text) : std::nullopt;
        if (!ms) {
            error(node, field,
                QCoreApplication::translate(
                    "hms::RuleParser", "expected a duration like \"30s\", \"2m\" or \"1h30m\", got %1")
                    .arg(nodeKind(node)));
        } else if (mustBePositive && *ms <= 0) {
            error(node, field,
                QCoreApplication::translate("hms::RuleParser", "must be longer than 0, got %1").arg(quoted(text)));
        } else {
            *out = *ms;
        }
    }

    void id(const YAML::Node &node, const QString &field, QString *out)
    {
        QString text;
        if (!scalar(node, field, &text))
            return;
        if (!isValidId(text)) {
            error(node, field,
                QCoreApplication::translate(
                    "hms::RuleParser", "expected an id of letters, digits, '_', '.' or '-', got %1")
                    .arg(quoted(text)));
            return;
        }
        *out = text;
    }

    void labels(const YAML::Node &node, const QString &field, Labels *out)
    {
        if (!node.IsMap()) {
            error(node, field,
                QCoreApplication::translate("hms::RuleParser", "expected a mapping of label: value, got %1")
                    .arg(nodeKind(node)));
            return;
        }
        const YAML::Mark outerKeyMark = m_keyMark;
        for (auto it = node.begin(); it != node.end(); ++it) {
            const YAML::Node key = it->first;
            const YAML::Node value = it->second;
            m_keyMark = key.Mark();
            if (!key.IsScalar() || key.Scalar().empty()) {
                error(key, field,
                    QCoreApplication::translate("hms::RuleParser", "expected a label name, got %1").arg(nodeKind(key)));
                continue;
            }
            const QString name = nodeText(key);
            if (!value.IsScalar()) {
                error(value, field + u'.' + name,
                    QCoreApplication::translate("hms::RuleParser", "expected a string, got %1").arg(nodeKind(value)));
                continue;
            }
            if (out->count(name)) {
                error(
                    key, field, QCoreApplication::translate("hms::RuleParser", "duplicate label %1").arg(quoted(name)));
                continue;
            }
            out->emplace(name, nodeText(value));
        }
        m_keyMark = outerKeyMark;
    }

    void rule(const YAML::Node &map, const QString &defaultName)
    {
        if (!map.IsMap()) {
            error(map.Mark(),
                QCoreApplication::translate("hms::RuleParser", "expected a rule (a mapping of fields), got %1")
                    .arg(nodeKind(map)));
            return;
        }
        const size_t errorsBefore = m_out.errors.size();
        Rule rule;
        rule.sourceFile = m_file;
        rule.sourceLine = map.Mark().line >= 0 ? map.Mark().line + 1 : 0;
        std::array<YAML::Node, kFields.size()> nodes;
        std::array<YAML::Mark, kFields.size()> keyMarks;
        std::array<bool, kFields.size()> seen{};

        for (auto it = map.begin(); it != map.end(); ++it) {
            const YAML::Node key = it->first;
            if (!key.IsScalar()) {
                error(key.Mark(),
                    QCoreApplication::translate("hms::RuleParser", "expected a field name, got %1").arg(nodeKind(key)));
                continue;
            }
            const QString keyText = nodeText(key);
            size_t index = kFields.size();
            for (size_t i = 0; i < kFields.size(); ++i) {
                if (key.IsScalar() && key.Scalar() == kFields[i])
                    index = i;
            }
            if (index == kFields.size()) {
                error(key, keyText,
                    QCoreApplication::translate("hms::RuleParser", "unknown field; valid fields are: %1")
                        .arg(validFieldList()));
                continue;
            }
            if (seen[index]) {
                error(key, keyText, QCoreApplication::translate("hms::RuleParser", "field given twice"));
                continue;
            }
            seen[index] = true;
            nodes[index] = it->second;
            keyMarks[index] = key.Mark();
        }
        // Every check below reports an empty value at its key (see error()).
        const auto at = [&](Field f) -> const YAML::Node & {
            m_keyMark = keyMarks[f];
            return nodes[f];
        };

        const auto field = [](Field f) { return QString::fromLatin1(kFields[f]); };
        const auto missing = [&](Field f) {
            error(map.Mark(),
                field(f) + u": " + QCoreApplication::translate("hms::RuleParser", "required field missing"));
        };

        YAML::Mark nameMark = map.Mark();
        if (seen[FName]) {
            nameMark = at(FName).IsNull() ? keyMarks[FName] : at(FName).Mark();
            if (scalar(at(FName), field(FName), &rule.name) && !isValidRuleName(rule.name)) {
                error(at(FName), field(FName),
                    QCoreApplication::translate(
                        "hms::RuleParser", "expected a name matching [A-Za-z_][A-Za-z0-9_:.-]*, got %1")
                        .arg(quoted(rule.name)));
            }
        } else {
            rule.name = defaultName;
            if (!isValidRuleName(rule.name)) {
                error(map.Mark(),
                    field(FName) + u": "
                        + QCoreApplication::translate("hms::RuleParser",
                            "the file name gives the default name %1, which is not a valid rule name; add a name: "
                            "field")
                              .arg(quoted(rule.name)));
            }
        }

        // `query:` (PromQL, run on a Prometheus-compatible source at every evaluation) replaces
        // metric, aggregate, window and match: the query does all of that itself.
        if (seen[FQuery]) {
            for (const Field f : {FMetric, FAggregate, FWindow, FMatch})
                if (seen[f])
                    error(at(f), field(f),
                        QCoreApplication::translate("hms::RuleParser",
                            "a rule with query: takes its series and aggregation from the query; leave %1 out")
                            .arg(field(f)));
            if (scalar(at(FQuery), field(FQuery), &rule.query)) {
                rule.query = rule.query.trimmed();
                if (rule.query.isEmpty())
                    error(at(FQuery), field(FQuery),
                        QCoreApplication::translate("hms::RuleParser", "expected a PromQL expression"));
            }
            rule.metric = rule.query;
            rule.aggregate = AggregateSpec{AggregateSpec::Kind::Last, 0.0, QStringLiteral("query")};
            if (seen[FSource] && scalar(at(FSource), field(FSource), &rule.source) && !isValidId(rule.source))
                error(at(FSource), field(FSource),
                    QCoreApplication::translate("hms::RuleParser", "expected a source name, got %1")
                        .arg(quoted(rule.source)));
        } else if (seen[FSource]) {
            error(at(FSource), field(FSource),
                QCoreApplication::translate("hms::RuleParser", "source: names where query: runs; this rule has no query:"));
        }

        if (seen[FQuery]) {
            // metric and aggregate come from the query
        } else if (!seen[FMetric]) {
            missing(FMetric);
        } else if (scalar(at(FMetric), field(FMetric), &rule.metric)) {
            bool bad = rule.metric.isEmpty();
            for (const QChar c : rule.metric)
                bad = bad || c.isSpace() || c.unicode() < 0x20;
            if (bad) {
                error(at(FMetric), field(FMetric),
                    QCoreApplication::translate("hms::RuleParser", "expected a metric name without spaces, got %1")
                        .arg(quoted(rule.metric)));
            }
        }

        if (seen[FQuery]) {
            // see above
        } else if (!seen[FAggregate]) {
            missing(FAggregate);
        } else {
            QString text;
            if (scalar(at(FAggregate), field(FAggregate), &text)) {
                if (const auto spec = parseAggregate(text)) {
                    rule.aggregate = *spec;
                } else {
                    error(at(FAggregate), field(FAggregate),
                        QCoreApplication::translate("hms::RuleParser",
                            "expected p0..p100 (e.g. p95, p99.9), mean, min, max, sum, count, rate, increase or last, "
                            "got %1")
                            .arg(quoted(text)));
                }
            }
        }

        if (!seen[FThreshold]) {
            missing(FThreshold);
        } else {
            const YAML::Node &node = at(FThreshold);
            QString text;
            const std::string &tag = node.Tag();
            if (node.IsScalar() && tag.size() > 1 && tag[0] == '!') {
                // `threshold: != 5` unquoted: YAML reads "!=" as a tag.
                error(node, field(FThreshold),
                    QCoreApplication::translate(
                        "hms::RuleParser", "YAML read %1 as a tag; quote the comparison, e.g. threshold: \"!= 5\"")
                        .arg(quoted(QString::fromStdString(tag))));
            } else if (scalar(node, field(FThreshold), &text)) {
                const ThresholdParseResult t = parseThreshold(text, timeUnitOfMetric(rule.metric));
                if (t.threshold)
                    rule.threshold = *t.threshold;
                else
                    error(node, field(FThreshold), t.error);
            }
        }

        if (seen[FFor])
            duration(at(FFor), field(FFor), &rule.forMs, false);
        if (seen[FWindow])
            duration(at(FWindow), field(FWindow), &rule.windowMs, true);
        if (seen[FKeepFiringFor])
            duration(at(FKeepFiringFor), field(FKeepFiringFor), &rule.keepFiringForMs, false);
        if (seen[FNotify])
            id(at(FNotify), field(FNotify), &rule.notify);
        if (seen[FPlaybook])
            id(at(FPlaybook), field(FPlaybook), &rule.playbook);
        if (seen[FEscalation])
            id(at(FEscalation), field(FEscalation), &rule.escalation);
        if (seen[FSeverity]) {
            QString text;
            if (scalar(at(FSeverity), field(FSeverity), &text)) {
                if (text == u"critical" || text == u"warning" || text == u"info") {
                    rule.severity = text;
                } else {
                    error(at(FSeverity), field(FSeverity),
                        QCoreApplication::translate(
                            "hms::RuleParser", "expected one of critical, warning, info, got %1")
                            .arg(quoted(text)));
                }
            }
        }
        if (seen[FMatch])
            labels(at(FMatch), field(FMatch), &rule.match);
        if (seen[FLabels])
            labels(at(FLabels), field(FLabels), &rule.labels);
        if (seen[FAnnotations])
            labels(at(FAnnotations), field(FAnnotations), &rule.annotations);

        if (!rule.name.isEmpty()) {
            const auto [it, inserted] = m_names.emplace(rule.name, rule.sourceLine);
            if (!inserted) {
                error(nameMark,
                    field(FName) + u": "
                        + QCoreApplication::translate(
                            "hms::RuleParser", "duplicate rule name %1 (first used by the rule at line %2)")
                              .arg(quoted(rule.name))
                              .arg(it->second));
            }
        }
        if (m_out.errors.size() == errorsBefore)
            m_out.rules.push_back(std::move(rule));
    }

    void document(const YAML::Node &root, const QString &defaultName)
    {
        if (!root.IsMap()) {
            const YAML::Mark mark = root.Mark().line >= 0 ? root.Mark() : YAML::Mark();
            error(mark,
                QCoreApplication::translate(
                    "hms::RuleParser", "expected a rule (a mapping of fields) or a rules: list, got %1")
                    .arg(nodeKind(root)));
            return;
        }
        const YAML::Node list = root["rules"];
        if (!list.IsDefined()) {
            rule(root, defaultName);
            return;
        }
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it->first.IsScalar() && it->first.Scalar() == "rules") {
                m_keyMark = it->first.Mark();
            } else {
                error(it->first, it->first.IsScalar() ? nodeText(it->first) : nodeKind(it->first),
                    QCoreApplication::translate(
                        "hms::RuleParser", "unexpected beside rules:; a file holds either one rule or a rules: list"));
            }
        }
        if (!list.IsSequence() || list.size() == 0) {
            error(list, QStringLiteral("rules"),
                QCoreApplication::translate("hms::RuleParser", "expected a non-empty list of rules, got %1")
                    .arg(nodeKind(list)));
            return;
        }
        for (auto it = list.begin(); it != list.end(); ++it)
            rule(*it, defaultName);
    }

private:
    QString m_file;
    RuleParseResult &m_out;
    std::map<QString, int> m_names;
    YAML::Mark m_keyMark = YAML::Mark::null_mark();
};

// True when 0-based line `line` of the file reads `threshold: >...` or `threshold: !...` unquoted,
// which YAML takes for a block scalar or a tag: the most likely YAML error in a rule file.
bool unquotedComparisonOnLine(const QByteArray &yaml, int line)
{
    if (line < 0)
        return false;
    qsizetype start = 0;
    for (int i = 0; i < line; ++i) {
        start = yaml.indexOf('\n', start);
        if (start < 0)
            return false;
        ++start;
    }
    qsizetype end = yaml.indexOf('\n', start);
    QByteArrayView text = QByteArrayView(yaml).sliced(start, (end < 0 ? yaml.size() : end) - start).trimmed();
    if (text.startsWith("- "))
        text = text.sliced(2).trimmed();
    if (!text.startsWith("threshold:"))
        return false;
    text = text.sliced(10).trimmed();
    return text.startsWith('>') || text.startsWith('!');
}

} // namespace

QString RuleParseError::toString() const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line) + u':' + QString::number(column);
    if (!out.isEmpty())
        out += u": ";
    return out + message;
}

std::optional<AggregateSpec> parseAggregate(QStringView text)
{
    struct Named {
        QStringView name;
        AggregateSpec::Kind kind;
    };
    static constexpr std::array<Named, 8> kNamed{{
        {u"mean", AggregateSpec::Kind::Mean},
        {u"min", AggregateSpec::Kind::Min},
        {u"max", AggregateSpec::Kind::Max},
        {u"sum", AggregateSpec::Kind::Sum},
        {u"count", AggregateSpec::Kind::Count},
        {u"rate", AggregateSpec::Kind::Rate},
        {u"increase", AggregateSpec::Kind::Increase},
        {u"last", AggregateSpec::Kind::Last},
    }};
    AggregateSpec spec;
    spec.text = text.toString();
    for (const Named &n : kNamed) {
        if (text == n.name) {
            spec.kind = n.kind;
            return spec;
        }
    }
    // p<int>[.<frac>], 0 <= value <= 100. Computed as an exact integer ratio so that "p99.9" is
    // exactly the double nearest to 0.999.
    if (text.size() < 2 || text[0] != u'p')
        return std::nullopt;
    qsizetype pos = 1;
    qint64 whole = 0;
    const qsizetype intStart = pos;
    while (pos < text.size() && isAsciiDigit(text[pos]) && pos - intStart < 3)
        whole = whole * 10 + (text[pos++].unicode() - u'0');
    if (pos == intStart)
        return std::nullopt;
    qint64 fraction = 0;
    qint64 scale = 1;
    if (pos < text.size() && text[pos] == u'.') {
        ++pos;
        const qsizetype fracStart = pos;
        while (pos < text.size() && isAsciiDigit(text[pos]) && pos - fracStart < 9) {
            fraction = fraction * 10 + (text[pos++].unicode() - u'0');
            scale *= 10;
        }
        if (pos == fracStart)
            return std::nullopt;
    }
    if (pos != text.size())
        return std::nullopt;
    const qint64 numerator = whole * scale + fraction;
    if (numerator > 100 * scale)
        return std::nullopt;
    spec.kind = AggregateSpec::Kind::Quantile;
    spec.quantile = double(numerator) / double(100 * scale);
    return spec;
}

RuleParseResult parseRules(const QByteArray &yaml, const QString &fileName)
{
    RuleParseResult out;
    Parser parser(fileName, out);
    const QString defaultName = QFileInfo(fileName).completeBaseName();
    try {
        const std::string text = yaml.toStdString();
        if (const auto second = secondDocument(text)) {
            parser.error(second->mark,
                second->stuck
                    ? QCoreApplication::translate("hms::RuleParser", "invalid YAML: unexpected character")
                    : QCoreApplication::translate("hms::RuleParser", "expected one YAML document, found a second one"));
        } else if (const YAML::Node root = YAML::Load(text); root.IsNull()) {
            RuleParseError e;
            e.file = fileName;
            e.message = QCoreApplication::translate("hms::RuleParser", "the file holds no rule");
            out.errors.push_back(std::move(e));
        } else {
            parser.document(root, defaultName);
        }
    } catch (const YAML::DeepRecursion &e) {
        out.errors.clear();
        parser.error(e.mark,
            QCoreApplication::translate("hms::RuleParser", "invalid YAML: nested more than %1 levels deep")
                .arg(e.depth()));
    } catch (const YAML::Exception &e) {
        out.errors.clear();
        QString message
            = QCoreApplication::translate("hms::RuleParser", "invalid YAML: %1").arg(QString::fromStdString(e.msg));
        if (unquotedComparisonOnLine(yaml, e.mark.line)) {
            message += QCoreApplication::translate(
                "hms::RuleParser", " (a comparison must be quoted: threshold: \"> 1000\")");
        }
        parser.error(e.mark, message);
    } catch (const std::exception &e) {
        out.errors.clear();
        parser.error(YAML::Mark::null_mark(),
            QCoreApplication::translate("hms::RuleParser", "cannot read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!out.errors.empty())
        out.rules.clear(); // a file with errors installs nothing
    // Report in file order, whatever order the fields were checked in.
    std::stable_sort(out.errors.begin(), out.errors.end(), [](const RuleParseError &a, const RuleParseError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return out;
}

} // namespace hms
