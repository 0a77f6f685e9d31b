#include "oncall/EscalationPolicy.h"

#include "core/Duration.h"
#include "core/YamlSupport.h"

#include <QCoreApplication>
#include <QStringList>
#include <QtNumeric>
#include <algorithm>
#include <array>
#include <limits>
#include <map>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

namespace hms {

namespace {

using yaml::isValidId;
using yaml::nodeKind;
using yaml::quoted;
using yaml::secondDocument;

constexpr qint64 kMaxMs = std::numeric_limits<qint64>::max();

qint64 saturatingAdd(qint64 a, qint64 b)
{
    qint64 sum = 0;
    return qAddOverflow(a, b, &sum) ? kMaxMs : sum;
}

// A hand-built policy may hold a negative `afterMs`; it counts as 0.
qint64 afterOf(const EscalationStep &step)
{
    return std::max<qint64>(step.afterMs, 0);
}

// The length of one round: the sum of every step's `after`, saturating.
qint64 roundMs(const std::vector<EscalationStep> &steps)
{
    qint64 total = 0;
    for (const EscalationStep &s : steps)
        total = saturatingAdd(total, afterOf(s));
    return total;
}

// The reader mirrors Rotation.cpp's: fields are walked once, unknown and repeated keys refused,
// and an empty value (`after:`) is reported at its key.
class Reader {
public:
    Reader(const QString &file, EscalationPolicyParseResult &out)
        : m_file(file)
        , m_out(out)
    {
    }

    // Where yaml-cpp knows no position (an empty file), the error points at the file's start.
    void error(const YAML::Mark &mark, const QString &message)
    {
        RuleParseError e;
        e.file = m_file;
        const bool known = mark.line >= 0 && mark.column >= 0;
        e.line = known ? mark.line + 1 : 1;
        e.column = known ? mark.column + 1 : 1;
        e.message = message;
        m_out.errors.push_back(std::move(e));
    }

    void error(const YAML::Node &node, const QString &field, const QString &message)
    {
        const auto key = m_keyMarks.find(field);
        error(node.IsNull() && key != m_keyMarks.end() ? key->second : node.Mark(), field + u": " + message);
    }

    bool scalar(const YAML::Node &node, const QString &field, QString *out)
    {
        if (!node.IsScalar()) {
            error(node, field,
                QCoreApplication::translate("hms::EscalationPolicy", "expected a string, got %1").arg(nodeKind(node)));
            return false;
        }
        *out = QString::fromStdString(node.Scalar());
        return true;
    }

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
                    QCoreApplication::translate("hms::EscalationPolicy", "expected a field name, got %1")
                        .arg(nodeKind(key)));
                continue;
            }
            const QString keyText = prefix + QString::fromStdString(key.Scalar());
            size_t index = N;
            for (size_t i = 0; i < N; ++i) {
                if (key.Scalar() == names[i])
                    index = i;
            }
            if (index == N) {
                error(key, keyText,
                    QCoreApplication::translate("hms::EscalationPolicy", "unknown field; valid fields are: %1")
                        .arg(valid.join(QStringLiteral(", "))));
            } else if (nodes[index]) {
                error(key, keyText, QCoreApplication::translate("hms::EscalationPolicy", "field given twice"));
            } else {
                nodes[index] = it->second;
                m_keyMarks.insert_or_assign(keyText, key.Mark());
            }
        }
        return nodes;
    }

    void missing(const YAML::Node &map, const QString &field)
    {
        error(map, field, QCoreApplication::translate("hms::EscalationPolicy", "required field missing"));
    }

    bool id(const YAML::Node &node, const QString &field, QString *out)
    {
        if (!scalar(node, field, out))
            return false;
        if (!isValidId(*out)) {
            error(node, field,
                QCoreApplication::translate(
                    "hms::EscalationPolicy", "expected an id of letters, digits, '_', '.' or '-', got %1")
                    .arg(quoted(*out)));
            return false;
        }
        return true;
    }

    bool person(const YAML::Node &node, const QString &prefix, RotationMember *out)
    {
        if (!node.IsMap()) {
            error(node, prefix,
                QCoreApplication::translate("hms::EscalationPolicy", "expected a mapping with a name, got %1")
                    .arg(nodeKind(node)));
            return false;
        }
        static constexpr std::array<const char *, 4> kPersonFields{"name", "pager", "slack", "email"};
        const auto nodes = fields(node, kPersonFields, prefix + u'.');
        bool ok = true;
        if (!nodes[0]) {
            missing(node, prefix + u".name");
            ok = false;
        } else if (scalar(*nodes[0], prefix + u".name", &out->name)) {
            out->name = out->name.trimmed();
            if (out->name.isEmpty()) {
                error(*nodes[0], prefix + u".name",
                    QCoreApplication::translate("hms::EscalationPolicy", "must not be empty"));
                ok = false;
            }
        } else {
            ok = false;
        }
        std::array<QString *, 3> optional{&out->pager, &out->slack, &out->email};
        for (size_t i = 0; i < optional.size(); ++i) {
            if (nodes[i + 1] && !nodes[i + 1]->IsNull()) {
                ok = scalar(*nodes[i + 1], prefix + u'.' + QString::fromLatin1(kPersonFields[i + 1]), optional[i])
                    && ok;
            }
        }
        return ok;
    }

    void step(const YAML::Node &node, int index, EscalationPolicy &policy)
    {
        const QString prefix = u"steps[" + QString::number(index) + u']';
        if (!node.IsMap()) {
            error(node, prefix,
                QCoreApplication::translate(
                    "hms::EscalationPolicy", "expected a mapping with rotation or person, and after, got %1")
                    .arg(nodeKind(node)));
            return;
        }
        static constexpr std::array<const char *, 3> kStepFields{"rotation", "person", "after"};
        const auto nodes = fields(node, kStepFields, prefix + u'.');
        EscalationStep s;
        bool ok = true;

        if (nodes[0] && nodes[1]) {
            // Reported at whichever of the two comes second.
            const YAML::Mark r = m_keyMarks.at(prefix + u".rotation");
            const YAML::Mark p = m_keyMarks.at(prefix + u".person");
            const bool personLater = std::pair(p.line, p.column) > std::pair(r.line, r.column);
            error(personLater ? p : r,
                prefix + (personLater ? u".person: " : u".rotation: ")
                    + QCoreApplication::translate("hms::EscalationPolicy", "give either rotation or person, not both"));
            ok = false;
        } else if (!nodes[0] && !nodes[1]) {
            error(node.Mark(),
                prefix + u": "
                    + QCoreApplication::translate("hms::EscalationPolicy", "expected rotation or person, got neither"));
            ok = false;
        } else if (nodes[0]) {
            ok = id(*nodes[0], prefix + u".rotation", &s.target.rotation);
        } else {
            ok = person(*nodes[1], prefix + u".person", &s.target.person);
        }

        const QString afterField = prefix + u".after";
        if (!nodes[2]) {
            missing(node, afterField);
            ok = false;
        } else {
            const YAML::Node &after = *nodes[2];
            const auto ms
                = after.IsScalar() ? parseDurationMs(QString::fromStdString(after.Scalar()).trimmed()) : std::nullopt;
            if (ms && *ms >= EscalationPolicy::kMinAfterMs && *ms <= EscalationPolicy::kMaxAfterMs) {
                s.afterMs = *ms;
            } else {
                error(after, afterField,
                    QCoreApplication::translate(
                        "hms::EscalationPolicy", "expected a duration from 1m to 24h, like \"5m\" or \"1h30m\", got %1")
                        .arg(nodeKind(after)));
                ok = false;
            }
        }
        if (ok)
            policy.steps.push_back(std::move(s));
    }

    void document(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            error(root.Mark(),
                QCoreApplication::translate(
                    "hms::EscalationPolicy", "expected an escalation policy (a mapping), got %1")
                    .arg(nodeKind(root)));
            return;
        }
        static constexpr std::array<const char *, 4> kFields{"id", "description", "repeat", "steps"};
        const auto nodes = fields(root, kFields, QString());
        EscalationPolicy p;

        if (!nodes[0])
            missing(root, QStringLiteral("id"));
        else
            id(*nodes[0], QStringLiteral("id"), &p.id);

        if (nodes[1] && !nodes[1]->IsNull())
            scalar(*nodes[1], QStringLiteral("description"), &p.description);

        if (nodes[2]) {
            const YAML::Node &node = *nodes[2];
            const QString text = node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed() : QString();
            // Digits only: no sign, no exponent, no "0x"; the length cap keeps toInt from overflowing.
            const bool digits = !text.isEmpty() && text.size() <= 4
                && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            const int value = digits ? text.toInt() : -1;
            if (value >= 0 && value <= EscalationPolicy::kMaxRepeat) {
                p.repeat = value;
            } else {
                error(node, QStringLiteral("repeat"),
                    QCoreApplication::translate("hms::EscalationPolicy", "expected a whole number from 0 to %1, got %2")
                        .arg(EscalationPolicy::kMaxRepeat)
                        .arg(nodeKind(node)));
            }
        }

        if (!nodes[3]) {
            missing(root, QStringLiteral("steps"));
        } else if (!nodes[3]->IsSequence() || nodes[3]->size() == 0) {
            error(*nodes[3], QStringLiteral("steps"),
                QCoreApplication::translate("hms::EscalationPolicy", "expected a list of 1 to %1 steps, got %2")
                    .arg(EscalationPolicy::kMaxSteps)
                    .arg(nodeKind(*nodes[3])));
        } else {
            const YAML::Node &list = *nodes[3];
            if (list.size() > size_t(EscalationPolicy::kMaxSteps)) {
                error(list, QStringLiteral("steps"),
                    QCoreApplication::translate("hms::EscalationPolicy", "expected at most %1 steps, got %2")
                        .arg(EscalationPolicy::kMaxSteps)
                        .arg(list.size()));
            }
            int index = 0;
            for (auto it = list.begin(); it != list.end(); ++it)
                step(*it, index++, p);
        }

        if (m_out.errors.empty())
            m_out.policy = std::move(p);
    }

private:
    QString m_file;
    EscalationPolicyParseResult &m_out;
    std::map<QString, YAML::Mark> m_keyMarks; // "steps[1].after" -> where that key is
};

} // namespace

int EscalationPolicy::levelCount() const
{
    const qint64 rounds = qint64(std::max(repeat, 0)) + 1;
    const qint64 count = qint64(steps.size()) * rounds; // steps.size() <= 20 when parsed; rounds <= 2^31
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

std::optional<EscalationPolicy::Level> EscalationPolicy::level(int index) const
{
    if (steps.empty() || index < 0 || index >= levelCount())
        return std::nullopt;
    const int n = int(steps.size());
    return Level{index / n, index % n, index};
}

std::optional<qint64> EscalationPolicy::dueAfterMs(int index) const
{
    const auto l = level(index);
    if (!l)
        return std::nullopt;
    qint64 due = 0;
    if (qMulOverflow(qint64(l->round), roundMs(steps), &due))
        return kMaxMs;
    for (int i = 0; i < l->step; ++i)
        due = saturatingAdd(due, afterOf(steps[size_t(i)]));
    return due;
}

std::optional<EscalationPolicy::Level> EscalationPolicy::levelAt(qint64 elapsedMs) const
{
    const qint64 round = roundMs(steps);
    if (steps.empty() || round <= 0)
        return std::nullopt; // nothing to page, or every level lasts no time at all
    const qint64 elapsed = std::max<qint64>(elapsedMs, 0);
    const qint64 rounds = qint64(std::max(repeat, 0)) + 1;
    const qint64 r = elapsed / round;
    if (r >= rounds)
        return std::nullopt;
    qint64 into = elapsed - r * round; // in [0, round)
    for (size_t s = 0; s < steps.size(); ++s) {
        const qint64 after = afterOf(steps[s]);
        if (into < after) {
            const qint64 index = r * qint64(steps.size()) + qint64(s);
            if (index > std::numeric_limits<int>::max())
                return std::nullopt;
            return Level{int(r), int(s), int(index)};
        }
        into -= after;
    }
    return std::nullopt; // unreachable: `into` < the round's length
}

EscalationPolicyParseResult parseEscalationPolicy(const QByteArray &yaml, const QString &fileName)
{
    EscalationPolicyParseResult out;
    Reader reader(fileName, out);
    try {
        const std::string text = yaml.toStdString();
        if (const auto second = secondDocument(text)) {
            reader.error(second->mark,
                second->stuck
                    ? QCoreApplication::translate("hms::EscalationPolicy", "invalid YAML: unexpected character")
                    : QCoreApplication::translate(
                        "hms::EscalationPolicy", "expected one YAML document, found a second one"));
        } else if (const YAML::Node root = YAML::Load(text); root.IsNull()) {
            reader.error(YAML::Mark::null_mark(),
                QCoreApplication::translate("hms::EscalationPolicy", "the file holds no escalation policy"));
        } else {
            reader.document(root);
        }
    } catch (const YAML::DeepRecursion &e) {
        out.errors.clear();
        reader.error(e.mark,
            QCoreApplication::translate("hms::EscalationPolicy", "invalid YAML: nested more than %1 levels deep")
                .arg(e.depth()));
    } catch (const YAML::Exception &e) {
        out.errors.clear();
        reader.error(e.mark,
            QCoreApplication::translate("hms::EscalationPolicy", "invalid YAML: %1")
                .arg(QString::fromStdString(e.msg)));
    } catch (const std::exception &e) {
        out.errors.clear();
        reader.error(YAML::Mark::null_mark(),
            QCoreApplication::translate("hms::EscalationPolicy", "cannot read: %1")
                .arg(QString::fromLocal8Bit(e.what())));
    }
    if (!out.errors.empty())
        out.policy.reset();
    // Report in file order, whatever order the fields were checked in.
    std::stable_sort(out.errors.begin(), out.errors.end(), [](const RuleParseError &a, const RuleParseError &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return out;
}

} // namespace hms
