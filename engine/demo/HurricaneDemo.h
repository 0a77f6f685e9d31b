// `hms-ops --demo`: the seed's hurricane morning, driven through the real ingest path so that a
// new user sees the wall come alive without wiring a service. It backfills an hour of calm
// traffic through the local API (JSON push), then sends live StatsD datagrams to the instance's
// own UDP listener, in a 150-second cycle:
//
//   0–20 s    calm: /apply-aid p95 ≈ 450 ms, errors 0.5 %, 20 payments pending, 40 HITL items
//   20–45 s   8 AM: citizen traffic ramps; /apply-aid latency climbs past 1000 ms (its rule fires
//             after `for: 10s`), errors reach 3 %, payments pile up to 320, the HITL queue
//             passes 100
//   45–90 s   the surge holds
//   90–110 s  recovery: latency, errors and queues come back; the incidents resolve
//   110–150 s calm again, then the next morning
//
// It installs its rules (AID_LAT_P95_HIGH on /apply-aid, HITL_QUEUE_HIGH, PAYMENTS_PENDING_HIGH)
// and saves the five built-in dashboards it feeds, replacing nothing that already exists.
#pragma once

#include "core/Types.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>
#include <QUrl>

namespace hms {

struct DemoValues {
    double applyAidMs = 0, statusCheckMs = 0; // latency centres
    double applyAidErrorPct = 0, statusCheckErrorPct = 0;
    double paymentsPending = 0, clearedPerSecond = 0, rejectedPerSecond = 0;
    double hitlQueue = 0, hitlApprovedPerSecond = 0, hitlLatencyMs = 0;
    double ferpaPerSecond = 0, hipaaPerSecond = 0;
};

class HurricaneDemo final : public QObject {
    Q_OBJECT
public:
    static constexpr qint64 kCycleMs = 150'000;

    // `api`, `token`: where to push the backfill; `statsdHost`/`statsdPort`: the live feed.
    HurricaneDemo(QUrl api, QString token, QHostAddress statsdHost, quint16 statsdPort, QObject *parent = nullptr);

    // The scenario's values `msIntoCycle` into a cycle (pure: for tests and the backfill).
    static DemoValues valuesAt(qint64 msIntoCycle);

    // Call in the demo's thread.
    void start();

Q_SIGNALS:
    void backfilled(int samples);

private:
    void backfill();
    void tick();

    QUrl m_api;
    QString m_token;
    QHostAddress m_statsdHost;
    quint16 m_statsdPort;
    QNetworkAccessManager *m_network = nullptr;
    QUdpSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    TimestampMs m_startedAt = 0;
    quint64 m_ticks = 0;
};

} // namespace hms
