// The rotation editor's form read back into a Rotation, every problem named by row and field
// before anything reaches the catalog (whose parser checks the YAML written from it again).
#include "RotationEditor.h"

#include "core/Duration.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTimeZone>

namespace {
QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

const QString kLocalFormat = QStringLiteral("yyyy-MM-dd HH:mm");
} // namespace

std::optional<hms::Rotation> RotationEditor::collect(QString *error)
{
    storeLayerPanel();
    hms::Rotation r;
    r.id = m_id;
    r.description = m_description->text().trimmed();
    r.zone = QTimeZone(m_zone->currentText().trimmed().toUtf8());
    if (!r.zone.isValid()) {
        *error = tr("time zone: \"%1\" is not an IANA zone (like America/New_York)").arg(m_zone->currentText());
        return std::nullopt;
    }
    QStringList names;
    for (int row = 0; row < m_members->rowCount(); ++row) {
        const QString name = cell(m_members, row, 0);
        if (name.isEmpty()) {
            *error = tr("members row %1: the name is empty").arg(row + 1);
            return std::nullopt;
        }
        if (names.contains(name)) {
            *error = tr("members row %1: %2 is listed twice").arg(row + 1).arg(name);
            return std::nullopt;
        }
        names << name;
        r.members.push_back({name, cell(m_members, row, 1), cell(m_members, row, 2), cell(m_members, row, 3)});
    }
    if (r.members.empty()) {
        *error = tr("members: a rotation needs at least one member");
        return std::nullopt;
    }
    if (m_layers.empty()) {
        *error = tr("layers: a rotation needs at least one layer");
        return std::nullopt;
    }
    static const QStringList kDays{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"), QStringLiteral("thu"),
                                   QStringLiteral("fri"), QStringLiteral("sat"), QStringLiteral("sun")};
    for (std::size_t i = 0; i < m_layers.size(); ++i) {
        const EditLayer &e = m_layers[i];
        const QString where = tr("layer %1 (%2)").arg(i + 1).arg(e.name);
        hms::RotationLayer l;
        l.name = e.name;
        if (l.name.isEmpty()) {
            *error = tr("%1: the name is empty").arg(where);
            return std::nullopt;
        }
        l.startLocalMs = QDateTime(e.start.date(), e.start.time(), Qt::UTC).toMSecsSinceEpoch();
        const auto turn = hms::parseDurationMs(e.handoff);
        if (!turn || *turn <= 0) {
            *error = tr("%1: handoff: \"%2\" is not a duration like 1w, 1d or 12h").arg(where, e.handoff);
            return std::nullopt;
        }
        l.turnMs = *turn;
        for (const QString &m : e.members) {
            const qsizetype index = names.indexOf(m);
            if (index < 0) {
                *error = tr("%1: %2 is not a member of the rotation").arg(where, m);
                return std::nullopt;
            }
            l.members.push_back(int(index));
        }
        if (l.members.empty()) {
            *error = tr("%1: nobody takes turns; add members to the layer").arg(where);
            return std::nullopt;
        }
        for (int x = 0; x < int(e.restrictions.size()); ++x) {
            const QStringList &row = e.restrictions.at(x);
            hms::RotationRestriction rr;
            rr.days = 0;
            for (const QString &day : row.value(0).split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
                const QString d = day.toLower();
                if (d == u"weekdays")
                    rr.days |= 0x1f;
                else if (d == u"weekend")
                    rr.days |= 0x60;
                else if (kDays.contains(d))
                    rr.days |= quint8(1 << kDays.indexOf(d));
                else {
                    *error = tr("%1: restriction %2: days: \"%3\" is not mon … sun, weekdays or weekend").arg(where).arg(x + 1).arg(day);
                    return std::nullopt;
                }
            }
            if (rr.days == 0)
                rr.days = 0x7f;
            auto clock = [](const QString &text) -> std::optional<qint64> {
                if (text == u"24:00")
                    return 24 * 3'600'000LL;
                const QTime t = QTime::fromString(text, QStringLiteral("HH:mm"));
                return t.isValid() ? std::optional<qint64>(t.msecsSinceStartOfDay()) : std::nullopt;
            };
            const auto from = clock(row.value(1));
            const auto to = clock(row.value(2));
            if (!from || !to || *from == *to || *from >= 24 * 3'600'000LL) {
                *error = tr("%1: restriction %2: from/to: expected two different times HH:MM, got %3 and %4")
                             .arg(where)
                             .arg(x + 1)
                             .arg(row.value(1), row.value(2));
                return std::nullopt;
            }
            rr.startMs = *from;
            rr.endMs = *to;
            l.restrictions.push_back(rr);
        }
        r.layers.push_back(l);
    }
    for (int row = 0; row < m_overrides->rowCount(); ++row) {
        const qsizetype member = names.indexOf(cell(m_overrides, row, 0));
        if (member < 0) {
            *error = tr("overrides row %1: %2 is not a member of the rotation").arg(row + 1).arg(cell(m_overrides, row, 0));
            return std::nullopt;
        }
        const QDateTime from = QDateTime::fromString(cell(m_overrides, row, 1), kLocalFormat);
        const QDateTime to = QDateTime::fromString(cell(m_overrides, row, 2), kLocalFormat);
        if (!from.isValid() || !to.isValid()) {
            *error = tr("overrides row %1: times must be YYYY-MM-DD HH:MM").arg(row + 1);
            return std::nullopt;
        }
        hms::RotationOverride o;
        o.member = int(member);
        o.startMs = QDateTime(from.date(), from.time(), r.zone).toMSecsSinceEpoch();
        o.endMs = QDateTime(to.date(), to.time(), r.zone).toMSecsSinceEpoch();
        if (o.endMs <= o.startMs) {
            *error = tr("overrides row %1: it ends before it starts").arg(row + 1);
            return std::nullopt;
        }
        r.overrides.push_back(o);
    }
    std::sort(r.overrides.begin(), r.overrides.end(),
              [](const hms::RotationOverride &a, const hms::RotationOverride &b) { return a.startMs < b.startMs; });
    for (std::size_t i = 1; i < r.overrides.size(); ++i) {
        if (r.overrides[i].startMs < r.overrides[i - 1].endMs) {
            *error = tr("overrides: two overrides overlap (%1 and %2); one person at a time")
                         .arg(r.members.at(std::size_t(r.overrides[i - 1].member)).name, r.members.at(std::size_t(r.overrides[i].member)).name);
            return std::nullopt;
        }
    }
    return r;
}
