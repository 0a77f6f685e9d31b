// Prometheus-style durations: "500ms", "30s", "2m", "1h30m", "1d", "1w", "1y".
#pragma once

#include <QString>

#include <optional>

namespace hms {

// Parses a Prometheus duration into milliseconds. Units ms, s, m, h, d, w, y in decreasing order,
// each at most once ("1h30m" yes, "30m1h" no). A bare "0" is zero. Returns nullopt on anything else.
std::optional<qint64> parseDurationMs(QStringView text);

// Formats milliseconds back to the shortest Prometheus duration ("2m", "1h30m", "0s").
QString formatDurationMs(qint64 ms);

} // namespace hms
