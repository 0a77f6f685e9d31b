// Alertmanager's API v2 as a source: the alerts it holds (GET /api/v2/alerts) shown beside our
// own incidents, and silences made and expired on it (POST /api/v2/silences, DELETE
// /api/v2/silence/ID). Pure functions; the reader is fuzzed by tests/fuzz/fuzz_amalerts.cpp.
#pragma once

#include "core/Types.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <vector>

namespace hms {

struct ExternalAlert {
    QString source;       // the configured source's name
    QString fingerprint;  // Alertmanager's
    Labels labels;
    Labels annotations;
    TimestampMs startsAt = 0;
    TimestampMs endsAt = 0;
    TimestampMs updatedAt = 0;
    QString state;        // active | suppressed | unprocessed
    QStringList silencedBy;
    QStringList inhibitedBy;
    QString generatorUrl;
    QString alertname() const;
    QString severity() const;
};

struct AmAlertsResult {
    std::vector<ExternalAlert> alerts;
    QString error; // "[3].labels: expected an object of strings", or the JSON error's offset
};
AmAlertsResult parseAmAlerts(const QByteArray &body, const QString &source);

// The body of POST /api/v2/silences: equality matchers on `labels` (name=value each).
QByteArray amSilenceBody(const Labels &matchers, TimestampMs startsAt, TimestampMs endsAt, const QString &createdBy,
                         const QString &comment);
// The id in POST /api/v2/silences' answer ({"silenceID": "..."}); empty when absent.
QString amSilenceId(const QByteArray &body);

} // namespace hms

Q_DECLARE_METATYPE(hms::ExternalAlert)
