#include "Icons.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

namespace hms {

namespace {
Q_LOGGING_CATEGORY(lcIcons, "hms.icons")
}

QIcon icon(const QString &name)
{
    static QHash<QString, QIcon> cache; // GUI thread only, like QIcon itself
    if (const auto it = cache.constFind(name); it != cache.constEnd())
        return *it;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    QIcon made;
    if (QFile::exists(path))
        made = QIcon(path);
    else
        qCWarning(lcIcons, "no icon %s (expected %s)", qPrintable(name), qPrintable(path));
    cache.insert(name, made);
    return made;
}

QIcon severityIcon(const QString &severity)
{
    if (severity == u"critical" || severity == u"warning")
        return icon(u"severity/" + severity);
    return icon(QStringLiteral("severity/info"));
}

QIcon incidentStateIcon(Incident::State state)
{
    switch (state) {
    case Incident::State::Triggered:
        return icon(QStringLiteral("state/firing"));
    case Incident::State::Acknowledged:
        return icon(QStringLiteral("state/acknowledged"));
    case Incident::State::Resolved:
        break;
    }
    return icon(QStringLiteral("state/resolved"));
}

} // namespace hms
