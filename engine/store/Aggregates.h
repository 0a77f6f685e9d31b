// Window aggregates computed exactly as Prometheus' *_over_time functions and rate()/increase().
#pragma once

#include "core/Types.h"
#include "rules/Rule.h"

#include <optional>
#include <span>
#include <vector>

namespace hms {

// quantile_over_time: sort, rank = q·(n−1), linear interpolation between the neighbours.
// q < 0 gives −Inf, q > 1 gives +Inf, NaN q gives NaN; an empty input gives nullopt.
std::optional<double> quantileOf(double q, std::vector<double> values);

// Prometheus' extrapolatedRate for a counter over the range (rangeStart, rangeEnd]:
// counter resets are compensated, the result is extrapolated towards the range edges
// (up to half an average sample interval, or to the counter's zero point) and, for rate,
// divided by the range in seconds. Needs at least two samples.
std::optional<double> extrapolatedDelta(std::span<const Sample> samples, TimestampMs rangeStart,
                                        TimestampMs rangeEnd, bool asRate);

// The aggregate of `samples`, which must be the samples in (rangeStart, rangeEnd] in time order.
std::optional<double> aggregate(const AggregateSpec &spec, std::span<const Sample> samples,
                                TimestampMs rangeStart, TimestampMs rangeEnd);

} // namespace hms
