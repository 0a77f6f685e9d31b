#include "rules/AlertState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace hms {

namespace {
std::optional<AlertState> stateFrom(const QString &text)
{
    if (text == u"pending")
        return AlertState::Pending;
    if (text == u"firing")
        return AlertState::Firing;
    return std::nullopt;
}
} // namespace

QString alertStateKey(const QString &rule, const QString &fingerprint)
{
    return rule + QChar(0x1f) + fingerprint;
}

bool saveAlertStates(QSqlDatabase &db, const QList<AlertSnapshot> &changed, const QStringList &removed, QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    auto fail = [&] {
        *error = q.lastError().text();
        db.rollback();
        return false;
    };
    q.prepare(QStringLiteral("INSERT INTO alert_state(rule, fingerprint, labels, series_name, series_labels, "
                             "state, active_at, last_true_at, value) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT(rule, fingerprint) DO UPDATE SET labels = excluded.labels, "
                             "series_name = excluded.series_name, series_labels = excluded.series_labels, "
                             "state = excluded.state, active_at = excluded.active_at, "
                             "last_true_at = excluded.last_true_at, value = excluded.value"));
    for (const AlertSnapshot &a : changed) {
        q.addBindValue(a.rule);
        q.addBindValue(a.fingerprint);
        q.addBindValue(labelsToJson(a.labels));
        q.addBindValue(a.series.name);
        q.addBindValue(labelsToJson(a.series.labels));
        q.addBindValue(alertStateName(a.state));
        q.addBindValue(a.activeAt);
        q.addBindValue(a.keepFiringSince);
        q.addBindValue(a.value);
        if (!q.exec())
            return fail();
    }
    q.prepare(QStringLiteral("DELETE FROM alert_state WHERE rule = ? AND fingerprint = ?"));
    for (const QString &key : removed) {
        q.addBindValue(key.section(QChar(0x1f), 0, 0));
        q.addBindValue(key.section(QChar(0x1f), 1));
        if (!q.exec())
            return fail();
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

std::vector<AlertSnapshot> loadAlertStates(QSqlDatabase &db, QString *error)
{
    std::vector<AlertSnapshot> out;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT rule, fingerprint, labels, series_name, series_labels, state, active_at, "
                               "last_true_at, value FROM alert_state ORDER BY rule, fingerprint"))) {
        *error = q.lastError().text();
        return out;
    }
    while (q.next()) {
        const auto state = stateFrom(q.value(5).toString());
        if (!state)
            continue; // only pending and firing are stored
        out.push_back({q.value(0).toString(), q.value(1).toString(), labelsFromJson(q.value(2).toString()),
                       SeriesKey{q.value(3).toString(), labelsFromJson(q.value(4).toString())}, *state,
                       q.value(6).toLongLong(), q.value(7).toLongLong(), q.value(8).toDouble()});
    }
    return out;
}

} // namespace hms
