// Silences as Alertmanager has them: label matchers (=, !=, =~, !~, anchored regexes, all must
// match, a missing label equals ""), startsAt/endsAt, createdBy, comment; pending before
// startsAt, active until endsAt, then expired. Beyond Alertmanager: "until resolved" (the silence
// ends when the incident it was made for resolves), and notices when a silence is created, is
// about to expire and has expired, on the timeline of every open incident it matches.
//
// What a silence does here: an incident it matches is still opened, recorded and resolved, but
// its "opened" notification is not sent (the timeline says which silence held it back); the
// "resolved" notification is still sent, so that whoever saw it open hears that it closed.
#pragma once

#include "alerting/Matcher.h"
#include "core/Types.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <optional>
#include <vector>

namespace hms {

class IncidentService;
struct Incident;

struct Silence {
    enum class State { Pending, Active, Expired };
    QString id;
    std::vector<Matcher> matchers;
    TimestampMs startsAt = 0;
    TimestampMs endsAt = 0;           // 0 while "until resolved" and the incident is open
    qint64 untilResolvedIncident = 0; // 0: an ordinary silence
    QString createdBy;
    QString comment;
    TimestampMs createdAt = 0;
    TimestampMs updatedAt = 0;

    State stateAt(TimestampMs now) const;
    QString matchersText() const; // {a="b", c=~"d"}
};
QString silenceStateName(Silence::State s);

// What a user asks for; validated by SilenceService::create.
struct SilenceDraft {
    QString matchers;                 // {alertname="X", service="aid_form"} (braces optional)
    TimestampMs startsAt = 0;         // 0: now
    TimestampMs endsAt = 0;           // required unless untilResolvedIncident
    qint64 untilResolvedIncident = 0;
    QString createdBy;
    QString comment;
};

struct SilenceError {
    QString field;   // "matchers", "ends_at", "created_by", "comment", "until_resolved_incident"
    int column = -1; // in `matchers`, 0-based, when known
    QString message;
    QString toString() const; // "matchers:12: ..." / "ends_at: ..."
};

class SilenceService : public QObject {
    Q_OBJECT
public:
    SilenceService(QSqlDatabase db, IncidentService &incidents, QObject *parent = nullptr);

    // Only the evaluator lease holder posts expiry notices and ends "until resolved" silences.
    void setActive(bool active) { m_active = active; }

    // Validates and stores; nothing is stored when anything is wrong.
    std::optional<Silence> create(const SilenceDraft &draft, TimestampMs now, std::vector<SilenceError> *errors);
    // Ends a pending or active silence now. False when there is no such silence or it has ended.
    bool expire(const QString &id, TimestampMs now, QString *error);
    std::vector<Silence> silences(bool includeExpired, TimestampMs now) const;
    std::optional<Silence> silence(const QString &id) const;
    // The active silence that matches `labels` (the one ending last), if any.
    std::optional<Silence> activeFor(const Labels &labels, TimestampMs now) const;

    // The labels that identify an incident's alert, for "Silence…" (alertname and the series
    // labels; not severity or the labels the rule adds to every alert).
    static Labels identifyingLabels(const Incident &incident, const Labels &ruleLabels);

    static constexpr qint64 kExpiryNoticeMs = 10 * 60 * 1000; // "about to expire": 10 minutes before

    // Checks for silences that are about to expire or have expired (called every 15 s, and by tests).
    void checkNotices(TimestampMs now);

Q_SIGNALS:
    void silencesChanged();
    // A notice for the people watching ("Silence S created…", "…expires in 10 minutes", "…expired").
    void notice(const QString &message);

private:
    void incidentChanged(const Incident &incident);
    void noticeOnIncidents(const Silence &s, const QString &kind, const QString &message, TimestampMs now);
    bool store(const Silence &s, QString *error);

    QSqlDatabase m_db;
    IncidentService &m_incidents;
    QTimer m_timer;
    bool m_active = true;
};

} // namespace hms
