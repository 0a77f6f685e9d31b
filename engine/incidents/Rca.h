// Blameless root-cause analyses (post-incident reviews): one per incident, pre-filled from its
// timeline, edited by people, stored in ops.db (`rcas`) with a version so that two editors never
// overwrite each other, and exported as Markdown, HTML (here) and PDF (widgets/RcaExport).
//
// The impact is computed, never typed: how long the incident lasted and how much of each related
// SLO's error budget it burned, from the slo_bad_events / slo_total_events slices the SLO
// recorder stored (slo/Slo.h).
#pragma once

#include "incidents/Incident.h"
#include "slo/Slo.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>
#include <vector>

namespace hms {

class IncidentService;
class SeriesStore;

struct RcaTimelineEntry {
    TimestampMs at = 0;
    QString text;
    bool starred = false; // a key moment
    qint64 eventId = 0;   // the incident event it came from; 0 when added by hand
    QString kind;         // that event's kind ("fired", ...), "note" when added by hand
    friend bool operator==(const RcaTimelineEntry &, const RcaTimelineEntry &) = default;
};

struct RcaActionItem {
    QString what;
    QString owner;
    QDate due;     // invalid: no due date
    QString link;  // a ticket, http(s)
    bool done = false;
    friend bool operator==(const RcaActionItem &, const RcaActionItem &) = default;
};

struct Rca {
    enum class Status { Draft, InReview, Published };
    qint64 incidentId = 0;
    int version = 0;            // 0: never saved (pre-filled from the incident)
    Status status = Status::Draft;
    QString summary;
    std::vector<RcaTimelineEntry> timeline;
    QString factors;            // contributing factors (no names: systems and conditions)
    QString wentWell;
    QString learnings;
    std::vector<RcaActionItem> actions;
    TimestampMs updatedAt = 0;
    QString updatedBy;

    QJsonObject toJson() const;
    // What toJson wrote; a wrong type or value is an error naming its field.
    static std::optional<Rca> fromJson(const QJsonObject &o, QString *error);
};

QString rcaStatusName(Rca::Status s);           // "draft", "in_review", "published"
QString rcaStatusLabel(Rca::Status s);          // translated: "Draft", "In review", "Published"
std::optional<Rca::Status> rcaStatusFromName(QStringView s);

// A new RCA for an incident: its timeline from the events (fired, acknowledged, escalated and
// resolved starred), a one-line summary to rewrite, everything else empty.
Rca prefillRca(const Incident &incident, const std::vector<IncidentEvent> &events);

struct RcaImpact {
    TimestampMs start = 0;
    TimestampMs end = 0;       // resolved, else `now`
    qint64 durationMs = 0;
    bool ongoing = false;
    struct SloBurn {
        QString slo;
        QString description;
        double objective = 0;
        qint64 windowMs = 0;
        double badInIncident = 0;   // bad minutes (latency) or bad events (error ratio) in the incident
        double totalInWindow = 0;   // the SLO window's total ending at the incident's end
        std::optional<double> budgetBurned; // fraction of the window's error budget; none without data
    };
    std::vector<SloBurn> slos;
};

// SLOs related to an incident: those whose metric it fired on, whose generated rules it came
// from, or whose service it is on.
std::vector<Slo> slosForIncident(const Incident &incident, const std::vector<Slo> &slos);
RcaImpact computeRcaImpact(const Incident &incident, const std::vector<Slo> &slos, const SeriesStore &store,
                           TimestampMs now);

// "2 h 05 min", "45 s".
QString formatDurationLong(qint64 ms);

struct RcaSave {
    int version = 0;
    QString error;       // names the field: "action_items[2].link: ..."
    bool conflict = false;
};

// Stored RCAs; on the ops thread (ops.db).
class RcaService : public QObject {
    Q_OBJECT
public:
    RcaService(QSqlDatabase db, IncidentService &incidents, QObject *parent = nullptr);

    std::optional<Rca> stored(qint64 incidentId) const;
    // The stored RCA, else a pre-filled draft (version 0); none for an unknown incident.
    std::optional<Rca> rcaFor(qint64 incidentId) const;
    // Validates and stores `rca` as version baseVersion+1. A save based on an older version is a
    // conflict and stores nothing. The first save and every status change go on the timeline.
    RcaSave save(Rca rca, int baseVersion, const QString &by, TimestampMs at);
    // Validation alone (empty: fine).
    static QString validate(const Rca &rca);

Q_SIGNALS:
    void saved(qint64 incidentId, int version);

private:
    QSqlDatabase m_db;
    IncidentService &m_incidents;
};

} // namespace hms

Q_DECLARE_METATYPE(hms::Rca)
