#include "core/YamlReader.h"

#include "core/Duration.h"
#include "core/YamlSupport.h"

#include <QRegularExpression>
#include <algorithm>
#include <yaml-cpp/depthguard.h>

namespace hms::yaml {

bool isLabelName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("\\A[A-Za-z_][A-Za-z0-9_]*\\z"));
    return re.match(name).hasMatch();
}

void Reader::error(const YAML::Mark &mark, const QString &message, int extraColumns)
{
    RuleParseError e;
    e.file = m_file;
    if (mark.line >= 0 && mark.column >= 0) {
        e.line = mark.line + 1;
        e.column = mark.column + 1 + extraColumns;
    }
    e.message = message;
    m_errors.push_back(std::move(e));
}

void Reader::error(const YAML::Node &node, const QString &field, const QString &message)
{
    const auto key = m_keyMarks.find(field);
    error(node.IsNull() && key != m_keyMarks.end() ? key->second : node.Mark(), field + u": " + message);
}

void Reader::missing(const YAML::Node &map, const QString &field)
{
    error(map.Mark(), field + u": " + tr("required field missing"));
}

std::map<std::string, YAML::Node> Reader::fields(const YAML::Node &map, const QString &prefix,
                                                 std::initializer_list<const char *> names)
{
    std::map<std::string, YAML::Node> out;
    QStringList valid;
    for (const char *n : names)
        valid << QString::fromLatin1(n);
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            error(key.Mark(), tr("expected a field name, got %1").arg(nodeKind(key)));
            continue;
        }
        const QString name = QString::fromStdString(key.Scalar());
        if (!valid.contains(name)) {
            error(key.Mark(), prefix + name + u": "
                                  + tr("unknown field; valid fields are: %1").arg(valid.join(QStringLiteral(", "))));
        } else if (out.count(key.Scalar())) {
            error(key.Mark(), prefix + name + u": " + tr("field given twice"));
        } else {
            out.emplace(key.Scalar(), it->second);
            m_keyMarks.insert_or_assign(prefix + name, key.Mark());
        }
    }
    return out;
}

std::optional<QString> Reader::scalar(const YAML::Node &node, const QString &field)
{
    if (!node.IsScalar()) {
        error(node, field, tr("expected a string, got %1").arg(nodeKind(node)));
        return std::nullopt;
    }
    return QString::fromStdString(node.Scalar());
}

std::optional<qint64> Reader::duration(const YAML::Node &node, const QString &field, bool zeroAllowed)
{
    const auto ms = node.IsScalar() ? parseDurationMs(QString::fromStdString(node.Scalar())) : std::nullopt;
    if (ms && (*ms > 0 || (zeroAllowed && *ms == 0)))
        return ms;
    error(node, field,
          (zeroAllowed ? tr("expected a duration, like \"30s\" or \"0s\", got %1")
                       : tr("expected a duration longer than 0, like \"5m\", got %1"))
              .arg(nodeKind(node)));
    return std::nullopt;
}

std::optional<QStringList> Reader::labelNames(const YAML::Node &node, const QString &field, bool allowEllipsis)
{
    if (!node.IsSequence()) {
        error(node, field, tr("expected a list of label names, got %1").arg(nodeKind(node)));
        return std::nullopt;
    }
    QStringList names;
    bool ok = true;
    int i = 0;
    for (auto it = node.begin(); it != node.end(); ++it, ++i) {
        const QString item = field + u'[' + QString::number(i) + u']';
        const QString name = it->IsScalar() ? QString::fromStdString(it->Scalar()) : QString();
        if (allowEllipsis && name == u"...") {
            if (node.size() != 1) {
                error(it->Mark(), item + u": " + tr("'...' groups every alert alone and must be the only entry"));
                ok = false;
            }
        } else if (!it->IsScalar() || !isLabelName(name)) {
            error(it->Mark(), item + u": " + tr("expected a label name ([A-Za-z_][A-Za-z0-9_]*), got %1").arg(nodeKind(*it)));
            ok = false;
        } else if (names.contains(name)) {
            error(it->Mark(), item + u": " + tr("%1 is listed twice").arg(quoted(name)));
            ok = false;
        }
        names << name;
    }
    return ok ? std::optional(names) : std::nullopt;
}

std::optional<Labels> Reader::labels(const YAML::Node &node, const QString &field)
{
    if (!node.IsMap()) {
        error(node, field, tr("expected a mapping of label: value, got %1").arg(nodeKind(node)));
        return std::nullopt;
    }
    Labels out;
    bool ok = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        const QString name = it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()) : QString();
        if (!it->first.IsScalar() || !isLabelName(name)) {
            error(it->first.Mark(), field + u": " + tr("expected a label name ([A-Za-z_][A-Za-z0-9_]*), got %1")
                                                        .arg(nodeKind(it->first)));
            ok = false;
        } else if (!it->second.IsScalar()) {
            error(it->second.Mark(), field + u'.' + name + u": " + tr("expected a string, got %1").arg(nodeKind(it->second)));
            ok = false;
        } else {
            out.insert_or_assign(name, QString::fromStdString(it->second.Scalar()));
        }
    }
    return ok ? std::optional(out) : std::nullopt;
}

std::optional<std::vector<Matcher>> Reader::matchers(const YAML::Node &node, const QString &field)
{
    if (!node.IsSequence() || node.size() == 0) {
        error(node, field, tr("expected a non-empty list of matchers like ['severity=\"page\"'], got %1").arg(nodeKind(node)));
        return std::nullopt;
    }
    std::vector<Matcher> out;
    bool ok = true;
    int i = 0;
    for (auto it = node.begin(); it != node.end(); ++it, ++i) {
        const QString item = field + u'[' + QString::number(i) + u']';
        if (!it->IsScalar()) {
            error(it->Mark(), item + u": " + tr("expected a matcher like 'severity=\"page\"', got %1").arg(nodeKind(*it)));
            ok = false;
            continue;
        }
        MatcherParseError e;
        const auto m = parseMatcher(QString::fromStdString(it->Scalar()), &e);
        if (!m) {
            // A quoted scalar's text starts one column after its mark.
            error(it->Mark(), item + u": " + e.message, e.column + (it->Tag() == "!" ? 1 : 0));
            ok = false;
            continue;
        }
        out.push_back(*m);
    }
    return ok ? std::optional(out) : std::nullopt;
}

void Reader::load(const QByteArray &yaml, const QString &emptyMessage,
                  const std::function<void(const YAML::Node &)> &document)
{
    try {
        const std::string text = yaml.toStdString();
        if (const auto second = secondDocument(text)) {
            error(second->mark, second->stuck ? tr("invalid YAML: unexpected character")
                                              : tr("expected one YAML document, found a second one"));
        } else if (const YAML::Node root = YAML::Load(text); root.IsNull()) {
            error(YAML::Mark::null_mark(), emptyMessage);
        } else {
            document(root);
        }
    } catch (const YAML::DeepRecursion &e) {
        m_errors.clear();
        error(e.mark, tr("invalid YAML: nested more than %1 levels deep").arg(e.depth()));
    } catch (const YAML::Exception &e) {
        m_errors.clear();
        error(e.mark, tr("invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        m_errors.clear();
        error(YAML::Mark::null_mark(), tr("cannot read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    std::stable_sort(m_errors.begin(), m_errors.end(), [](const RuleParseError &a, const RuleParseError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
}

} // namespace hms::yaml
