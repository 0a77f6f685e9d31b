#include "oncall/Rotation.h"

#include <QDateTime>
#include <algorithm>
#include <limits>

namespace hms {

namespace {

constexpr qint64 kDayMs = 86'400'000LL;

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

TimestampMs clampTime(TimestampMs t)
{
    return std::clamp(t, Rotation::kMinMs, Rotation::kMaxMs);
}

} // namespace

bool RotationRestriction::contains(qint64 localMs) const
{
    const qint64 day = floorDiv(localMs, kDayMs);
    const qint64 tod = localMs - day * kDayMs;
    // 1970-01-01 was a Thursday (bit 3).
    auto listed = [this](qint64 d) { return (days >> int(((d % 7) + 7 + 3) % 7)) & 1; };
    if (endMs > startMs)
        return listed(day) && tod >= startMs && tod < endMs;
    // Overnight: from start on a listed day to end on the next.
    return (listed(day) && tod >= startMs) || (listed(day - 1) && tod < endMs);
}

qint64 Rotation::localOf(TimestampMs t) const
{
    t = clampTime(t);
    return t + qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC))) * 1000;
}

TimestampMs Rotation::instantOf(qint64 localMs) const
{
    localMs = std::clamp(localMs, kMinMs + 2 * kDayMs, kMaxMs - 2 * kDayMs);
    auto offsetAt = [this](TimestampMs u) {
        return qint64(zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(u, Qt::UTC))) * 1000;
    };
    // Real zones change offset at most once within two days.
    const qint64 before = offsetAt(localMs - kDayMs);
    const qint64 after = offsetAt(localMs + kDayMs);
    std::optional<TimestampMs> best;
    for (const qint64 o : {before, after}) {
        const TimestampMs u = localMs - o;
        if (offsetAt(u) == o && (!best || u < *best))
            best = u;
    }
    if (best)
        return *best;
    // Skipped wall-clock time: the instant the gap ends, i.e. the first with the later offset.
    TimestampMs lo = localMs - std::max(before, after); // still the earlier offset
    TimestampMs hi = localMs - std::min(before, after); // already the later one
    while (hi - lo > 1) {
        const TimestampMs mid = lo + (hi - lo) / 2;
        (offsetAt(mid) == after ? hi : lo) = mid;
    }
    return hi;
}

std::optional<int> Rotation::layerMemberAt(const RotationLayer &layer, TimestampMs t) const
{
    if (layer.members.empty() || layer.turnMs <= 0)
        return std::nullopt;
    const qint64 local = localOf(t);
    auto boundary = [&](qint64 k) {
        return instantOf(layer.startLocalMs + std::clamp(k, -kMaxMs / layer.turnMs, kMaxMs / layer.turnMs) * layer.turnMs);
    };
    if (t < boundary(0))
        return std::nullopt;
    qint64 k = std::max<qint64>(0, floorDiv(local - layer.startLocalMs, layer.turnMs));
    while (k > 0 && boundary(k) > t)
        --k;
    while (boundary(k + 1) <= t && boundary(k + 1) > boundary(k))
        ++k;
    if (!layer.restrictions.empty()
        && std::none_of(layer.restrictions.begin(), layer.restrictions.end(),
               [local](const RotationRestriction &r) { return r.contains(local); }))
        return std::nullopt;
    return layer.members[size_t(k % qint64(layer.members.size()))];
}

std::optional<int> Rotation::whoAt(TimestampMs t, int *layerIndex) const
{
    t = clampTime(t);
    const auto o = std::upper_bound(overrides.begin(), overrides.end(), t,
        [](TimestampMs v, const RotationOverride &x) { return v < x.startMs; });
    if (o != overrides.begin() && t < std::prev(o)->endMs) {
        *layerIndex = -1;
        return std::prev(o)->member;
    }
    for (int i = int(layers.size()) - 1; i >= 0; --i) {
        if (const auto m = layerMemberAt(layers[size_t(i)], t)) {
            *layerIndex = i;
            return m;
        }
    }
    return std::nullopt;
}

// The next instant after t at which a turn, a restriction window or an override begins or ends.
TimestampMs Rotation::nextEventAfter(TimestampMs t) const
{
    TimestampMs next = kMaxMs + 1;
    auto consider = [&](TimestampMs u) {
        if (u > t && u < next)
            next = u;
    };
    const qint64 local = localOf(t);
    for (const RotationLayer &layer : layers) {
        if (layer.turnMs <= 0)
            continue;
        const qint64 k = floorDiv(local - layer.startLocalMs, layer.turnMs);
        for (qint64 j = k; j <= k + 2; ++j)
            consider(instantOf(layer.startLocalMs + j * layer.turnMs));
        const qint64 today = floorDiv(local, kDayMs);
        for (const RotationRestriction &r : layer.restrictions) {
            for (qint64 d = today - 1; d <= today + 8; ++d) {
                consider(instantOf(d * kDayMs + r.startMs));
                consider(instantOf(d * kDayMs + r.endMs + (r.endMs <= r.startMs ? kDayMs : 0)));
            }
        }
    }
    for (const RotationOverride &o : overrides) {
        consider(o.startMs);
        consider(o.endMs);
    }
    return next;
}

std::optional<Rotation::OnCall> Rotation::onCallAt(TimestampMs t) const
{
    int layer = -1;
    const auto member = whoAt(t, &layer);
    if (!member)
        return std::nullopt;
    return OnCall{*member, layer, nextHandoffAfter(t)};
}

std::optional<int> Rotation::memberIndexAt(TimestampMs t) const
{
    int layer = -1;
    return whoAt(t, &layer);
}

TimestampMs Rotation::nextHandoffAfter(TimestampMs t) const
{
    if (t >= kMaxMs)
        return std::numeric_limits<TimestampMs>::max();
    t = clampTime(t);
    int layer = -1;
    const auto now = whoAt(t, &layer);
    // Turns with one member and restriction edges can leave the same person on call: keep looking.
    TimestampMs at = t;
    for (int i = 0; i < 400; ++i) {
        at = nextEventAfter(at);
        if (at > kMaxMs)
            break;
        if (whoAt(at, &layer) != now)
            return at;
    }
    return std::numeric_limits<TimestampMs>::max();
}

} // namespace hms
