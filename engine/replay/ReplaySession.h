// An incident bundle opened for replay, with no source connected: its samples in a private
// SeriesStore, its rules parsed, a dashboard of the incident (the metric's chart against its
// rule, the rule's aggregate, the SLO's budget, the open incidents), and the incident as it stood
// at any instant of the window. Views ask for frames at the scrubber's time (computeFrame), so
// charts, stat tiles and the event list always show the same moment.
#pragma once

#include "dash/DashboardFrame.h"
#include "replay/Bundle.h"
#include "store/SeriesStore.h"

#include <memory>

namespace hms {

class ReplaySession {
public:
    explicit ReplaySession(IncidentBundle bundle);

    const IncidentBundle &bundle() const { return m_bundle; }
    IncidentBundle &bundle() { return m_bundle; }
    const SeriesStore &store() const { return *m_store; }
    const Dashboard &dashboard() const { return m_dashboard; }
    const std::vector<Rule> &rules() const { return m_rules; }
    QStringList warnings() const { return m_warnings; } // rules that did not parse, ...

    TimestampMs from() const { return m_bundle.from; }
    TimestampMs to() const { return m_bundle.to; }

    // The incident as it stood at `t` (nullopt before it opened): state, acknowledgement and
    // resolution as of then.
    std::optional<Incident> incidentAt(TimestampMs t) const;
    OpsSnapshot snapshotAt(TimestampMs t) const;
    std::shared_ptr<const DashboardFrame> frameAt(TimestampMs t, const std::function<int(size_t)> &widthPx) const;

    // Events and annotations in time order, as the replay lists them.
    struct Moment {
        TimestampMs at = 0;
        QString kind;    // an event's kind, or "annotation"
        QString text;
        int annotation = -1; // index into bundle().annotations, or -1
    };
    std::vector<Moment> moments() const;
    // Index of the last moment at or before t (-1 when none).
    int momentIndexAt(TimestampMs t) const;
    std::optional<TimestampMs> nextMomentAfter(TimestampMs t) const;
    std::optional<TimestampMs> previousMomentBefore(TimestampMs t) const;

    void addAnnotation(TimestampMs at, const QString &text, const QString &by, TimestampMs now);

private:
    IncidentBundle m_bundle;
    std::unique_ptr<SeriesStore> m_store;
    std::vector<Rule> m_rules;
    Dashboard m_dashboard;
    QStringList m_warnings;
};

} // namespace hms
