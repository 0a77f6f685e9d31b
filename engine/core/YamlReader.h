// The common part of our YAML file readers (routing, SLOs): errors with file:line:column, mappings
// with known fields only (unknown and repeated keys are errors), durations, label names, and
// matcher lists; and the guarded load of one document.
#pragma once

#include "alerting/Matcher.h"
#include "rules/Rule.h" // RuleParseError

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace hms::yaml {

class Reader {
    Q_DECLARE_TR_FUNCTIONS(hms::YamlReader)

public:
    Reader(QString file, std::vector<RuleParseError> &errors)
        : m_file(std::move(file))
        , m_errors(errors)
    {
    }

    // `extraColumns` moves the column right (a position inside a scalar's text).
    void error(const YAML::Mark &mark, const QString &message, int extraColumns = 0);
    // "field: message" at the node, or at its key when the value is empty (yaml-cpp marks an empty
    // value at the next token).
    void error(const YAML::Node &node, const QString &field, const QString &message);
    void missing(const YAML::Node &map, const QString &field);

    // The value nodes of a mapping's known fields, by name; unknown and repeated keys are errors.
    std::map<std::string, YAML::Node> fields(const YAML::Node &map, const QString &prefix,
                                             std::initializer_list<const char *> names);
    std::optional<QString> scalar(const YAML::Node &node, const QString &field);
    std::optional<qint64> duration(const YAML::Node &node, const QString &field, bool zeroAllowed);
    // A list of label names; with allowEllipsis, ['...'] alone is accepted.
    std::optional<QStringList> labelNames(const YAML::Node &node, const QString &field, bool allowEllipsis);
    // A mapping of label name to value.
    std::optional<Labels> labels(const YAML::Node &node, const QString &field);
    // A non-empty list of matcher strings, one matcher each.
    std::optional<std::vector<Matcher>> matchers(const YAML::Node &node, const QString &field);

    bool failed() const { return !m_errors.empty(); }

    // Loads `yaml` as one document and calls `document` with its root; multi-document input,
    // empty files (`emptyMessage`), invalid YAML and deep nesting become errors. Errors are
    // sorted by position afterwards.
    void load(const QByteArray &yaml, const QString &emptyMessage, const std::function<void(const YAML::Node &)> &document);

private:
    QString m_file;
    std::vector<RuleParseError> &m_errors;
    std::map<QString, YAML::Mark> m_keyMarks;
};

bool isLabelName(const QString &name);

} // namespace hms::yaml
