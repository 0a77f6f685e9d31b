// A Rotation written back as the YAML parseRotation reads (the layered form, every string quoted),
// for the rotation editor: what it saves is what `opsctl` would upload.
#include "oncall/Rotation.h"

#include "core/Duration.h"

#include <QDateTime>

namespace hms {

namespace {
QString quoted(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == u'\\' || c == u'"')
            out += u'\\';
        if (c == u'\n') {
            out += QStringLiteral("\\n");
            continue;
        }
        out += c;
    }
    return out + u'"';
}

QString clock(qint64 ms)
{
    return QStringLiteral("%1:%2").arg(ms / 3'600'000, 2, 10, QLatin1Char('0')).arg(ms / 60'000 % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

QByteArray rotationToYaml(const Rotation &r)
{
    static const char *const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    QString y;
    y += QStringLiteral("id: %1\n").arg(quoted(r.id));
    if (!r.description.isEmpty())
        y += QStringLiteral("description: %1\n").arg(quoted(r.description));
    y += QStringLiteral("time_zone: %1\n").arg(quoted(QString::fromUtf8(r.zone.id())));
    y += QStringLiteral("members:\n");
    for (const RotationMember &m : r.members) {
        y += QStringLiteral("  - name: %1\n").arg(quoted(m.name));
        if (!m.pager.isEmpty())
            y += QStringLiteral("    pager: %1\n").arg(quoted(m.pager));
        if (!m.slack.isEmpty())
            y += QStringLiteral("    slack: %1\n").arg(quoted(m.slack));
        if (!m.email.isEmpty())
            y += QStringLiteral("    email: %1\n").arg(quoted(m.email));
    }
    y += QStringLiteral("layers:\n");
    for (const RotationLayer &l : r.layers) {
        y += QStringLiteral("  - name: %1\n").arg(quoted(l.name));
        y += QStringLiteral("    start: %1\n")
                 .arg(quoted(QDateTime::fromMSecsSinceEpoch(l.startLocalMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))));
        y += QStringLiteral("    handoff: %1\n").arg(quoted(formatDurationMs(l.turnMs)));
        QStringList names;
        for (int m : l.members)
            names << quoted(r.members.at(std::size_t(m)).name);
        y += QStringLiteral("    members: [%1]\n").arg(names.join(QStringLiteral(", ")));
        if (!l.restrictions.empty()) {
            y += QStringLiteral("    restrictions:\n");
            for (const RotationRestriction &x : l.restrictions) {
                QStringList days;
                for (int d = 0; d < 7; ++d)
                    if ((x.days >> d) & 1)
                        days << QString::fromLatin1(kDays[d]);
                y += QStringLiteral("      - days: [%1]\n").arg(days.join(QStringLiteral(", ")));
                y += QStringLiteral("        start: %1\n").arg(quoted(clock(x.startMs)));
                y += QStringLiteral("        end: %1\n").arg(quoted(clock(x.endMs)));
            }
        }
    }
    if (!r.overrides.empty()) {
        y += QStringLiteral("overrides:\n");
        for (const RotationOverride &o : r.overrides) {
            y += QStringLiteral("  - member: %1\n").arg(quoted(r.members.at(std::size_t(o.member)).name));
            y += QStringLiteral("    start: %1\n").arg(quoted(QDateTime::fromMSecsSinceEpoch(o.startMs, Qt::UTC).toString(Qt::ISODate)));
            y += QStringLiteral("    end: %1\n").arg(quoted(QDateTime::fromMSecsSinceEpoch(o.endMs, Qt::UTC).toString(Qt::ISODate)));
        }
    }
    return y.toUtf8();
}

} // namespace hms
