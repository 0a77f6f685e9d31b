// Alert state that survives restarts: every pending or firing alert is a row of ops.db's
// alert_state table, written by the ops thread whenever the evaluator reports a change (state,
// activeAt, or the start of keep_firing_for), and read back before the first evaluation.
//
// What a restart does (docs/RULES.md, "Restarts"): activeAt is kept, so time the process was
// down counts towards `for` as if the condition held, and an alert that was pending fires at
// the same time it would have without the restart if the condition still holds then (Prometheus
// instead restores activeAt and may add a grace period, --rules.alert.for-grace-period). A
// firing alert stays firing without a new notification; one that was in keep_firing_for
// continues it from its stored keepFiringSince, so the downtime counts towards keep_firing_for.
#pragma once

#include "rules/Evaluator.h"

#include <QSqlDatabase>
#include <QStringList>

#include <vector>

namespace hms {

// "rule\x1f" + fingerprint: the row key, as in Evaluator::alertStatesChanged.
QString alertStateKey(const QString &rule, const QString &fingerprint);

// One transaction: `changed` upserted, `removed` (keys) deleted. False with *error on failure
// (nothing written).
bool saveAlertStates(QSqlDatabase &db, const QList<AlertSnapshot> &changed, const QStringList &removed,
                     QString *error);
std::vector<AlertSnapshot> loadAlertStates(QSqlDatabase &db, QString *error);

} // namespace hms
