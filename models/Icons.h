// The icon set (icons/: nav/, severity/, state/ and the app icon), compiled into the models
// library so that every view and test has it at :/icons. Icons are SVG, drawn by Qt's SVG icon
// engine at any size (the wall's 5 m text and the 16 px menus use the same files).
#pragma once

#include "incidents/Incident.h"

#include <QIcon>
#include <QString>

namespace hms {

// "nav/settings", "severity/critical", "state/firing"… A name with no file is a programming
// error: it is reported once as a warning naming it ("no icon …"), and an empty icon is returned.
QIcon icon(const QString &name);
// critical, warning, info (anything else: info).
QIcon severityIcon(const QString &severity);
QIcon incidentStateIcon(Incident::State state);

} // namespace hms
