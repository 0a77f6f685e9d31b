// The rotation YAML reader (see oncall/Rotation.h for the format).
#include "oncall/Rotation.h"

#include "core/Duration.h"
#include "core/YamlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
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

// A `start`/`end` as written: an instant (with an offset or Z) or a wall-clock time in the
// schedule's zone, resolved once the zone is known.
struct WrittenTime {
    qint64 ms = 0;          // the instant, or the wall-clock ms since 1970-01-01T00:00
    bool instant = false;
    int offsetSeconds = 0;  // of an instant, as written
};

std::optional<WrittenTime> parseTime(const QString &text)
{
    if (text.size() > 64 || !text.contains(u'T'))
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    WrittenTime w;
    if (dt.timeSpec() == Qt::LocalTime) {
        w.ms = QDateTime(dt.date(), dt.time(), Qt::UTC).toMSecsSinceEpoch();
    } else {
        w.instant = true;
        w.ms = dt.toMSecsSinceEpoch();
        w.offsetSeconds = dt.offsetFromUtc();
    }
    if (w.ms < Rotation::kMinMs || w.ms > Rotation::kMaxMs)
        return std::nullopt;
    return w;
}

// "09:00", "17:30", "24:00" -> ms after midnight.
std::optional<qint64> parseClock(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("\\A([01][0-9]|2[0-4]):([0-5][0-9])\\z"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (h == 24 && min != 0)
        return std::nullopt;
    return (h * 60LL + min) * 60'000LL;
}

constexpr qint64 kDayMs = 86'400'000LL;

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

    // A `start`/`end` value: an instant or a wall-clock time.
    std::optional<WrittenTime> time(const YAML::Node &node, const QString &field)
    {
        const auto w = node.IsScalar() ? parseTime(QString::fromStdString(node.Scalar()).trimmed()) : std::nullopt;
        if (!w) {
            error(node, field,
                QCoreApplication::translate("hms::Rotation",
                    "expected a date and time, like \"2026-01-05T08:00:00-05:00\" or \"2026-01-05T08:00:00\" "
                    "(wall-clock time in time_zone), got %1")
                    .arg(nodeKind(node)));
        }
        return w;
    }

    std::optional<qint64> duration(const YAML::Node &node, const QString &field)
    {
        const auto ms = node.IsScalar() ? parseDurationMs(QString::fromStdString(node.Scalar())) : std::nullopt;
        if (ms && *ms > 0)
            return ms;
        error(node, field,
            QCoreApplication::translate("hms::Rotation", "expected a duration longer than 0, like \"1w\" or \"12h\", got %1")
                .arg(nodeKind(node)));
        return std::nullopt;
    }

    // A turn's length: positive, and at most ten years, so that every hand-off of a schedule that
    // runs until the year 9999 is still a representable instant.
    std::optional<qint64> handoff(const YAML::Node &node, const QString &field)
    {
        constexpr qint64 kMaxTurnMs = 3650LL * 86'400'000LL;
        const auto ms = duration(node, field);
        if (ms && *ms > kMaxTurnMs) {
            error(node, field,
                QCoreApplication::translate("hms::Rotation", "a hand-off every %1 is too long: at most 3650d (ten years)")
                    .arg(QString::fromStdString(node.Scalar())));
            return std::nullopt;
        }
        return ms;
    }

    // A name that must be one of the schedule's members.
    std::optional<int> memberRef(const YAML::Node &node, const QString &field, const Rotation &r)
    {
        QString name;
        if (!scalar(node, field, &name))
            return std::nullopt;
        name = name.trimmed();
        for (size_t i = 0; i < r.members.size(); ++i) {
            if (r.members[i].name == name)
                return int(i);
        }
        QStringList known;
        for (const RotationMember &m : r.members)
            known << m.name;
        error(node, field,
            QCoreApplication::translate("hms::Rotation", "unknown member %1; members are: %2")
                .arg(quoted(name), known.join(QStringLiteral(", "))));
        return std::nullopt;
    }

    std::optional<RotationRestriction> restriction(const YAML::Node &node, const QString &prefix)
    {
        if (!node.IsMap()) {
            error(node, prefix,
                QCoreApplication::translate("hms::Rotation", "expected a mapping with start and end, got %1")
                    .arg(nodeKind(node)));
            return std::nullopt;
        }
        static constexpr std::array<const char *, 3> kRestrictionFields{"days", "start", "end"};
        const auto nodes = fields(node, kRestrictionFields, prefix + u'.');
        RotationRestriction out;
        bool ok = true;
        if (nodes[0]) {
            const QString field = prefix + u".days";
            static const std::array<const char *, 7> kDays{"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
            std::vector<YAML::Node> items;
            if (nodes[0]->IsSequence() && nodes[0]->size() > 0) {
                for (auto it = nodes[0]->begin(); it != nodes[0]->end(); ++it)
                    items.push_back(*it);
            } else if (nodes[0]->IsScalar()) {
                items.push_back(*nodes[0]);
            } else {
                error(*nodes[0], field,
                    QCoreApplication::translate("hms::Rotation", "expected a list of days like [mon, tue], got %1")
                        .arg(nodeKind(*nodes[0])));
                ok = false;
            }
            if (!items.empty())
                out.days = 0;
            for (const YAML::Node &item : items) {
                const QString day = item.IsScalar() ? QString::fromStdString(item.Scalar()).trimmed().toLower()
                                                    : QString();
                static const QStringList kFullNames = QStringLiteral(
                    "monday tuesday wednesday thursday friday saturday sunday").split(u' ');
                int bits = 0;
                for (size_t d = 0; d < kDays.size(); ++d) {
                    if (day == QLatin1String(kDays[d]) || day == kFullNames.at(qsizetype(d)))
                        bits = 1 << d;
                }
                if (day == u"weekdays")
                    bits = 0x1f;
                else if (day == u"weekend" || day == u"weekends")
                    bits = 0x60;
                if (bits == 0) {
                    error(item, field,
                        QCoreApplication::translate(
                            "hms::Rotation", "expected a day (mon, tue, wed, thu, fri, sat, sun, weekdays, weekend), got %1")
                            .arg(nodeKind(item)));
                    ok = false;
                }
                out.days |= quint8(bits);
            }
        }
        std::array<qint64 *, 2> clocks{&out.startMs, &out.endMs};
        for (int i = 0; i < 2; ++i) {
            const QString field = prefix + u'.' + QString::fromLatin1(kRestrictionFields[size_t(i) + 1]);
            if (!nodes[size_t(i) + 1]) {
                missing(node, field);
                ok = false;
                continue;
            }
            const YAML::Node &n = *nodes[size_t(i) + 1];
            const auto ms = n.IsScalar() ? parseClock(QString::fromStdString(n.Scalar()).trimmed()) : std::nullopt;
            if (!ms || (i == 0 && *ms == kDayMs) || (i == 1 && *ms == 0)) {
                error(n, field,
                    QCoreApplication::translate("hms::Rotation", "expected a time of day like \"09:00\"%1, got %2")
                        .arg(i == 1 ? QCoreApplication::translate("hms::Rotation", " or \"24:00\"") : QString(),
                             nodeKind(n)));
                ok = false;
                continue;
            }
            *clocks[size_t(i)] = *ms;
        }
        if (ok && out.startMs == out.endMs) {
            error(*nodes[2], prefix + u".end",
                QCoreApplication::translate("hms::Rotation",
                    "must differ from start (for the whole day, leave out restrictions or use 00:00 to 24:00)"));
            ok = false;
        }
        return ok ? std::optional(out) : std::nullopt;
    }

    struct PendingLayer {
        RotationLayer layer;
        std::optional<WrittenTime> start;
    };

    void layer(const YAML::Node &node, int index, const Rotation &r, std::vector<PendingLayer> &out)
    {
        const QString prefix = u"layers[" + QString::number(index) + u']';
        if (!node.IsMap()) {
            error(node, prefix,
                QCoreApplication::translate("hms::Rotation", "expected a layer (a mapping), got %1").arg(nodeKind(node)));
            return;
        }
        static constexpr std::array<const char *, 5> kLayerFields{"name", "start", "handoff", "members", "restrictions"};
        const auto nodes = fields(node, kLayerFields, prefix + u'.');
        PendingLayer p;
        bool ok = true;
        if (!nodes[0]) {
            missing(node, prefix + u".name");
            ok = false;
        } else if (scalar(*nodes[0], prefix + u".name", &p.layer.name)) {
            p.layer.name = p.layer.name.trimmed();
            for (const PendingLayer &other : out) {
                if (other.layer.name == p.layer.name) {
                    error(*nodes[0], prefix + u".name",
                        QCoreApplication::translate("hms::Rotation", "%1 is listed twice").arg(quoted(p.layer.name)));
                    ok = false;
                }
            }
            if (p.layer.name.isEmpty()) {
                error(*nodes[0], prefix + u".name", QCoreApplication::translate("hms::Rotation", "must not be empty"));
                ok = false;
            }
        } else {
            ok = false;
        }
        if (!nodes[1]) {
            missing(node, prefix + u".start");
            ok = false;
        } else if (!(p.start = time(*nodes[1], prefix + u".start"))) {
            ok = false;
        }
        if (!nodes[2]) {
            missing(node, prefix + u".handoff");
            ok = false;
        } else if (const auto d = handoff(*nodes[2], prefix + u".handoff")) {
            p.layer.turnMs = *d;
        } else {
            ok = false;
        }
        if (!nodes[3]) {
            missing(node, prefix + u".members");
            ok = false;
        } else if (!nodes[3]->IsSequence() || nodes[3]->size() == 0) {
            error(*nodes[3], prefix + u".members",
                QCoreApplication::translate("hms::Rotation", "expected a non-empty list of member names, got %1")
                    .arg(nodeKind(*nodes[3])));
            ok = false;
        } else {
            int i = 0;
            for (auto it = nodes[3]->begin(); it != nodes[3]->end(); ++it, ++i) {
                const QString field = prefix + u".members[" + QString::number(i) + u']';
                if (const auto m = memberRef(*it, field, r)) {
                    if (std::find(p.layer.members.begin(), p.layer.members.end(), *m) != p.layer.members.end()) {
                        error(*it, field,
                            QCoreApplication::translate("hms::Rotation", "%1 is listed twice")
                                .arg(quoted(r.members[size_t(*m)].name)));
                        ok = false;
                    }
                    p.layer.members.push_back(*m);
                } else {
                    ok = false;
                }
            }
        }
        if (nodes[4] && !nodes[4]->IsNull()) {
            if (!nodes[4]->IsSequence()) {
                error(*nodes[4], prefix + u".restrictions",
                    QCoreApplication::translate("hms::Rotation", "expected a list, got %1").arg(nodeKind(*nodes[4])));
                ok = false;
            } else {
                int i = 0;
                for (auto it = nodes[4]->begin(); it != nodes[4]->end(); ++it, ++i) {
                    if (const auto rr = restriction(*it, prefix + u".restrictions[" + QString::number(i) + u']'))
                        p.layer.restrictions.push_back(*rr);
                    else
                        ok = false;
                }
            }
        }
        if (ok)
            out.push_back(std::move(p));
    }

    struct PendingOverride {
        int member = 0;
        WrittenTime start, end;
        YAML::Mark mark;
        int index = 0;
    };

    void override_(const YAML::Node &node, int index, const Rotation &r, std::vector<PendingOverride> &out)
    {
        const QString prefix = u"overrides[" + QString::number(index) + u']';
        if (!node.IsMap()) {
            error(node, prefix,
                QCoreApplication::translate("hms::Rotation", "expected an override (a mapping), got %1")
                    .arg(nodeKind(node)));
            return;
        }
        static constexpr std::array<const char *, 3> kOverrideFields{"member", "start", "end"};
        const auto nodes = fields(node, kOverrideFields, prefix + u'.');
        std::optional<int> member;
        std::optional<WrittenTime> start, end;
        if (!nodes[0])
            missing(node, prefix + u".member");
        else
            member = memberRef(*nodes[0], prefix + u".member", r);
        if (!nodes[1])
            missing(node, prefix + u".start");
        else
            start = time(*nodes[1], prefix + u".start");
        if (!nodes[2])
            missing(node, prefix + u".end");
        else
            end = time(*nodes[2], prefix + u".end");
        if (member && start && end)
            out.push_back({*member, *start, *end, nodes[2]->Mark(), index});
    }

    void document(const YAML::Node &root)
    {
        if (!root.IsMap()) {
            error(root.Mark(),
                QCoreApplication::translate("hms::Rotation", "expected a rotation (a mapping), got %1")
                    .arg(nodeKind(root)));
            return;
        }
        static constexpr std::array<const char *, 8> kFields{
            "id", "description", "time_zone", "start", "handoff", "members", "layers", "overrides"};
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

        bool zoneGiven = false;
        if (nodes[2]) {
            QString zoneId;
            if (scalar(*nodes[2], QStringLiteral("time_zone"), &zoneId)) {
                zoneId = zoneId.trimmed();
                if (zoneId.isEmpty() || zoneId.size() > 64 || !QTimeZone::isTimeZoneIdAvailable(zoneId.toUtf8())) {
                    error(*nodes[2], QStringLiteral("time_zone"),
                        QCoreApplication::translate(
                            "hms::Rotation", "expected an IANA time zone like \"America/New_York\", got %1")
                            .arg(quoted(zoneId)));
                } else {
                    r.zone = QTimeZone(zoneId.toUtf8());
                    zoneGiven = true;
                }
            }
        }

        if (!nodes[5]) {
            missing(root, QStringLiteral("members"));
        } else if (!nodes[5]->IsSequence() || nodes[5]->size() == 0) {
            error(*nodes[5], QStringLiteral("members"),
                QCoreApplication::translate("hms::Rotation", "expected a non-empty list of members, got %1")
                    .arg(nodeKind(*nodes[5])));
        } else {
            QSet<QString> names;
            int index = 0;
            for (auto it = nodes[5]->begin(); it != nodes[5]->end(); ++it)
                member(*it, index++, r, names);
        }

        std::vector<PendingLayer> layers;
        if (nodes[6]) {
            for (int i : {3, 4}) {
                if (nodes[size_t(i)]) {
                    error(*nodes[size_t(i)], QString::fromLatin1(kFields[size_t(i)]),
                        QCoreApplication::translate(
                            "hms::Rotation", "give start and handoff in each layer when the rotation has layers"));
                }
            }
            if (!nodes[6]->IsSequence() || nodes[6]->size() == 0) {
                error(*nodes[6], QStringLiteral("layers"),
                    QCoreApplication::translate("hms::Rotation", "expected a non-empty list of layers, got %1")
                        .arg(nodeKind(*nodes[6])));
            } else {
                int index = 0;
                for (auto it = nodes[6]->begin(); it != nodes[6]->end(); ++it)
                    layer(*it, index++, r, layers);
            }
        } else {
            // The simple form: one layer of every member.
            PendingLayer p;
            p.layer.name = QStringLiteral("rotation");
            for (size_t i = 0; i < r.members.size(); ++i)
                p.layer.members.push_back(int(i));
            bool ok = true;
            if (!nodes[3]) {
                missing(root, QStringLiteral("start"));
                ok = false;
            } else if (!(p.start = time(*nodes[3], QStringLiteral("start")))) {
                ok = false;
            } else if (!p.start->instant && !zoneGiven) {
                error(*nodes[3], QStringLiteral("start"),
                    QCoreApplication::translate("hms::Rotation",
                        "give an offset, like \"2026-01-05T08:00:00-05:00\", or a time_zone for wall-clock time"));
                ok = false;
            }
            if (!nodes[4]) {
                missing(root, QStringLiteral("handoff"));
                ok = false;
            } else if (const auto d = handoff(*nodes[4], QStringLiteral("handoff"))) {
                p.layer.turnMs = *d;
            } else {
                ok = false;
            }
            if (ok)
                layers.push_back(std::move(p));
        }

        std::vector<PendingOverride> overrides;
        if (nodes[7] && !nodes[7]->IsNull()) {
            if (!nodes[7]->IsSequence()) {
                error(*nodes[7], QStringLiteral("overrides"),
                    QCoreApplication::translate("hms::Rotation", "expected a list, got %1").arg(nodeKind(*nodes[7])));
            } else {
                int index = 0;
                for (auto it = nodes[7]->begin(); it != nodes[7]->end(); ++it)
                    override_(*it, index++, r, overrides);
            }
        }
        if (!m_out.errors.empty())
            return;

        // Without a time_zone, the first offset written is the zone (a fixed one: no DST).
        if (!zoneGiven) {
            for (const PendingLayer &p : layers) {
                if (p.start->instant) {
                    r.zone = QTimeZone(p.start->offsetSeconds);
                    break;
                }
            }
        }
        auto instant = [&r](const WrittenTime &w) { return w.instant ? w.ms : r.instantOf(w.ms); };
        for (PendingLayer &p : layers) {
            p.layer.startLocalMs = p.start->instant ? r.localOf(p.start->ms) : p.start->ms;
            r.layers.push_back(std::move(p.layer));
        }
        for (const PendingOverride &o : overrides) {
            RotationOverride ro{instant(o.start), instant(o.end), o.member};
            if (ro.endMs <= ro.startMs) {
                error(o.mark, u"overrides[" + QString::number(o.index) + u"].end: "
                    + QCoreApplication::translate("hms::Rotation", "must be after start"));
                continue;
            }
            r.overrides.push_back(ro);
        }
        std::vector<size_t> order(r.overrides.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
            [&r](size_t a, size_t b) { return r.overrides[a].startMs < r.overrides[b].startMs; });
        for (size_t i = 1; i < order.size(); ++i) {
            const RotationOverride &prev = r.overrides[order[i - 1]];
            const RotationOverride &cur = r.overrides[order[i]];
            if (cur.startMs < prev.endMs) {
                const size_t later = std::max(order[i - 1], order[i]);
                const size_t earlier = std::min(order[i - 1], order[i]);
                error(overrides[later].mark,
                    u"overrides[" + QString::number(overrides[later].index) + u"]: "
                        + QCoreApplication::translate("hms::Rotation", "overlaps overrides[%1] (%2 and %3 from %4 to %5)")
                              .arg(overrides[earlier].index)
                              .arg(r.members[size_t(r.overrides[later].member)].name,
                                   r.members[size_t(r.overrides[earlier].member)].name,
                                   QDateTime::fromMSecsSinceEpoch(std::max(prev.startMs, cur.startMs), r.zone)
                                       .toString(Qt::ISODate),
                                   QDateTime::fromMSecsSinceEpoch(std::min(prev.endMs, cur.endMs), r.zone)
                                       .toString(Qt::ISODate)));
            }
        }
        std::sort(r.overrides.begin(), r.overrides.end(),
            [](const RotationOverride &a, const RotationOverride &b) { return a.startMs < b.startMs; });

        if (m_out.errors.empty())
            m_out.rotation = std::move(r);
    }

private:
    QString m_file;
    RotationParseResult &m_out;
    std::map<QString, YAML::Mark> m_keyMarks; // "members[2].name" -> where that key is
};

} // namespace

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
