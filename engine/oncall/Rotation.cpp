#include "oncall/Rotation.h"

#include "core/Duration.h"
#include "core/YamlSupport.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <array>
#include <limits>
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

// RFC 3339 / ISO 8601 with an explicit offset or Z.
std::optional<TimestampMs> parseStart(const QString &text)
{
    if (text.size() > 64)
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

class Reader {
public:
    Reader(const QString &file, RotationParseResult &out)
        : m_file(file)
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

    // An empty value (`start:`) is a null node whose mark is the *next* token: report those at the key.
    void error(const YAML::Node &node, const QString &field, const QString &message)
    {
        const auto key = m_keyMarks.find(field);
        error(node.IsNull() && key != m_keyMarks.end() ? key->second : node.Mark(), field + u": " + message);
    }

    bool scalar(const YAML::Node &node, const QString &field, QString *out)
    {
        if (!node.IsScalar()) {
            error(node, field,
                QCoreApplication::translate("hms::Rotation", "expected a string, got %1").arg(nodeKind(node)));
            return false;
        }
        *out = QString::fromStdString(node.Scalar());
        return true;
    }

    // Walks a mapping, rejecting unknown and repeated keys; returns the value node of each known field.
    template <size_t N>
    std::array<std::optional<YAML::Node>, N> fields(
        const YAML::Node &map, const std::array<const char *, N> &names, const QString &prefix)
    {
        std::array<std::optional<YAML::Node>, N> nodes;
        QStringList valid;
        for (const char *n : names)
            valid << QString::fromLatin1(n);
        for (auto it = map.begin(); it != map.end(); ++it) {
            const YAML::Node key = it->first;
            if (!key.IsScalar()) {
                error(key.Mark(),
                    QCoreApplication::translate("hms::Rotation", "expected a field name, got %1").arg(nodeKind(key)));
                continue;
            }
            const QString keyText = prefix + QString::fromStdString(key.Scalar());
            size_t index = N;
            for (size_t i = 0; i < N; ++i) {
                if (key.IsScalar() && key.Scalar() == names[i])
                    index = i;
            }
            if (index == N) {
                error(key, keyText,
                    QCoreApplication::translate("hms::Rotation", "unknown field; valid fields are: %1")
                        .arg(valid.join(QStringLiteral(", "))));
            } else if (nodes[index]) {
                error(key, keyText, QCoreApplication::translate("hms::Rotation", "field given twice"));
            } else {
                nodes[index] = it->second;
                m_keyMarks.insert_or_assign(keyText, key.Mark());
            }
        }
        return nodes;
    }

    void missing(const YAML::Node &map, const QString &field)
    {
        error(map, field, QCoreApplication::translate("hms::Rotation", "required field missing"));
    }

    void member(const YAML::Node &node, int index, Rotation &rotation, QSet<QString> &names)
    {
        const QString prefix = u"members[" + QString::number(index) + u']';
        RotationMember m;
        // A Mark, not a Node: assigning to a yaml-cpp Node rewrites the node it refers to.
        YAML::Mark nameMark = node.Mark();
        if (node.IsScalar()) {
            m.name = QString::fromStdString(node.Scalar());
        } else if (node.IsMap()) {
            static constexpr std::array<const char *, 4> kMemberFields{"name", "pager", "slack", "email"};
            const auto nodes = fields(node, kMemberFields, prefix + u'.');
            if (!nodes[0]) {
                missing(node, prefix + u".name");
                return;
            }
            nameMark = nodes[0]->Mark();
            if (!scalar(*nodes[0], prefix + u".name", &m.name))
                return;
            std::array<QString *, 3> optional{&m.pager, &m.slack, &m.email};
            for (size_t i = 0; i < optional.size(); ++i) {
                if (nodes[i + 1] && !nodes[i + 1]->IsNull())
                    scalar(*nodes[i + 1], prefix + u'.' + QString::fromLatin1(kMemberFields[i + 1]), optional[i]);
            }
        } else {
            error(node, prefix,
                QCoreApplication::translate("hms::Rotation", "expected a name or a mapping, got %1")
                    .arg(nodeKind(node)));
            return;
        }
        m.name = m.name.trimmed();
        if (m.name.isEmpty()) {
            error(nameMark, prefix + u".name: " + QCoreApplication::translate("hms::Rotation", "must not be empty"));
            return;
        }
        if (names.contains(m.name)) {
            error(nameMark,
                prefix + u".name: "
                    + QCoreApplication::translate("hms::Rotation", "%1 is listed twice").arg(quoted(m.name)));
            return;
        }
        names.insert(m.name);
        rotation.members.push_back(std::move(m));
    }

    void document(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            error(root.Mark(),
                QCoreApplication::translate("hms::Rotation", "expected a rotation (a mapping), got %1")
                    .arg(nodeKind(root)));
            return;
        }
        static constexpr std::array<const char *, 5> kFields{"id", "description", "start", "handoff", "members"};
        const auto nodes = fields(root, kFields, QString());
        Rotation r;

        if (!nodes[0]) {
            missing(root, QStringLiteral("id"));
        } else if (scalar(*nodes[0], QStringLiteral("id"), &r.id) && !isValidId(r.id)) {
            error(*nodes[0], QStringLiteral("id"),
                QCoreApplication::translate(
                    "hms::Rotation", "expected an id of letters, digits, '_', '.' or '-', got %1")
                    .arg(quoted(r.id)));
        }
        if (nodes[1] && !nodes[1]->IsNull())
            scalar(*nodes[1], QStringLiteral("description"), &r.description);

        if (!nodes[2]) {
            missing(root, QStringLiteral("start"));
        } else {
            const YAML::Node &node = *nodes[2];
            const auto ms
                = node.IsScalar() ? parseStart(QString::fromStdString(node.Scalar()).trimmed()) : std::nullopt;
            if (ms) {
                r.startMs = *ms;
            } else {
                error(node, QStringLiteral("start"),
                    QCoreApplication::translate("hms::Rotation",
                        "expected a date and time with an offset, like \"2026-01-05T08:00:00-05:00\", got %1")
                        .arg(nodeKind(node)));
            }
        }

        if (!nodes[3]) {
            missing(root, QStringLiteral("handoff"));
        } else {
            const YAML::Node &node = *nodes[3];
            const auto ms = node.IsScalar() ? parseDurationMs(QString::fromStdString(node.Scalar())) : std::nullopt;
            if (ms && *ms > 0) {
                r.handoffMs = *ms;
            } else {
                error(node, QStringLiteral("handoff"),
                    QCoreApplication::translate(
                        "hms::Rotation", "expected a duration longer than 0, like \"1w\" or \"12h\", got %1")
                        .arg(nodeKind(node)));
            }
        }

        if (!nodes[4]) {
            missing(root, QStringLiteral("members"));
        } else if (!nodes[4]->IsSequence() || nodes[4]->size() == 0) {
            error(*nodes[4], QStringLiteral("members"),
                QCoreApplication::translate("hms::Rotation", "expected a non-empty list of members, got %1")
                    .arg(nodeKind(*nodes[4])));
        } else {
            QSet<QString> names;
            int index = 0;
            for (auto it = nodes[4]->begin(); it != nodes[4]->end(); ++it)
                member(*it, index++, r, names);
        }

        if (m_out.errors.empty())
            m_out.rotation = std::move(r);
    }

private:
    QString m_file;
    RotationParseResult &m_out;
    std::map<QString, YAML::Mark> m_keyMarks; // "members[2].name" -> where that key is
};

} // namespace

std::optional<int> Rotation::memberIndexAt(TimestampMs t) const
{
    if (members.empty() || handoffMs <= 0 || t < startMs)
        return std::nullopt;
    // t >= startMs, so the difference fits in an unsigned 64-bit integer.
    const quint64 elapsed = quint64(t) - quint64(startMs);
    const quint64 turn = elapsed / quint64(handoffMs);
    return int(turn % quint64(members.size()));
}

TimestampMs Rotation::nextHandoffAfter(TimestampMs t) const
{
    if (handoffMs <= 0)
        return std::numeric_limits<TimestampMs>::max();
    if (t < startMs)
        return startMs; // the first turn starts then
    const quint64 elapsed = quint64(t) - quint64(startMs);
    const quint64 remaining = quint64(handoffMs) - elapsed % quint64(handoffMs); // in (0, handoffMs]
    // max - t computed in unsigned arithmetic: exact for every t, where the signed form overflows for t < 0.
    const quint64 headroom = quint64(std::numeric_limits<TimestampMs>::max()) - quint64(t);
    if (headroom < remaining)
        return std::numeric_limits<TimestampMs>::max();
    return t + TimestampMs(remaining);
}

RotationParseResult parseRotation(const QByteArray &yaml, const QString &fileName)
{
    RotationParseResult out;
    Reader reader(fileName, out);
    try {
        const std::string text = yaml.toStdString();
        if (const auto second = secondDocument(text)) {
            reader.error(second->mark,
                second->stuck
                    ? QCoreApplication::translate("hms::Rotation", "invalid YAML: unexpected character")
                    : QCoreApplication::translate("hms::Rotation", "expected one YAML document, found a second one"));
        } else if (const YAML::Node root = YAML::Load(text); root.IsNull()) {
            reader.error(
                YAML::Mark::null_mark(), QCoreApplication::translate("hms::Rotation", "the file holds no rotation"));
        } else {
            reader.document(root);
        }
    } catch (const YAML::DeepRecursion &e) {
        out.errors.clear();
        reader.error(e.mark,
            QCoreApplication::translate("hms::Rotation", "invalid YAML: nested more than %1 levels deep")
                .arg(e.depth()));
    } catch (const YAML::Exception &e) {
        out.errors.clear();
        reader.error(e.mark,
            QCoreApplication::translate("hms::Rotation", "invalid YAML: %1").arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        out.errors.clear();
        reader.error(YAML::Mark::null_mark(),
            QCoreApplication::translate("hms::Rotation", "cannot read: %1").arg(QString::fromLocal8Bit(e.what())));
    }
    if (!out.errors.empty())
        out.rotation.reset();
    // Report in file order, whatever order the fields were checked in.
    std::stable_sort(out.errors.begin(), out.errors.end(), [](const RuleParseError &a, const RuleParseError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return out;
}

} // namespace hms
