// The read-only HTML pages' frame (ApiStatusPages.cpp, ApiDashboardRoutes.cpp): escaped text,
// UTC times, and a page that loads nothing from anywhere and refreshes itself.
#pragma once

#include "core/Types.h"

#include <QHttpServerResponse>
#include <QString>

namespace hms::html {

inline QString esc(const QString &text) { return text.toHtmlEscaped(); }
QString utc(TimestampMs t); // "2026-11-29 02:47:01 UTC"; empty for t <= 0
// `extraStyle`: more CSS rules (no markup). Headers: CSP default-src 'none' (inline style only),
// nosniff, no-store.
QHttpServerResponse page(const QString &title, const QString &body, int refreshSeconds,
                         QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok,
                         const QString &extraStyle = {});

} // namespace hms::html
