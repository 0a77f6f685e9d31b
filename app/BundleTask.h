// Writing and reading incident bundles off the GUI thread, with a progress dialog whose Cancel
// stops the work: a cancelled or failed export leaves no file (replay/Bundle.h writes through
// QSaveFile), a cancelled import opens nothing.
#pragma once

#include "replay/Bundle.h"

#include <functional>
#include <optional>

class QWidget;

namespace BundleTask {
// `done` runs in the GUI thread when the work ends (also when cancelled: io.cancelled).
void save(QWidget *parent, hms::IncidentBundle bundle, const QString &path, std::function<void(const hms::BundleIo &)> done);
void load(QWidget *parent, const QString &path,
          std::function<void(std::optional<hms::IncidentBundle>, const hms::BundleIo &)> done);
} // namespace BundleTask
