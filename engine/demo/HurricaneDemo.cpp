#include "demo/HurricaneDemo.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>

#include <cmath>

namespace hms {

namespace {
constexpr int kTickMs = 250;

// 0 before `from`, 1 after `to`, a smooth ramp between.
double ramp(double t, double from, double to)
{
    if (t <= from)
        return 0;
    if (t >= to)
        return 1;
    const double x = (t - from) / (to - from);
    return x * x * (3 - 2 * x);
}

double lerp(double a, double b, double f)
{
    return a + (b - a) * f;
}
} // namespace

DemoValues HurricaneDemo::valuesAt(qint64 msIntoCycle)
{
    const double s = double(((msIntoCycle % kCycleMs) + kCycleMs) % kCycleMs) / 1000.0;
    // How hard the storm is hitting: up from 20 s to 45 s, down from 90 s to 110 s.
    const double surge = ramp(s, 20, 45) * (1 - ramp(s, 90, 110));
    DemoValues v;
    v.applyAidMs = lerp(430, 1500, surge);
    v.statusCheckMs = lerp(180, 320, surge);
    v.applyAidErrorPct = lerp(0.5, 3.2, surge);
    v.statusCheckErrorPct = lerp(0.1, 0.4, surge);
    v.paymentsPending = lerp(20, 320, surge);
    v.clearedPerSecond = lerp(6, 3, surge);
    v.rejectedPerSecond = lerp(0.2, 1.5, surge);
    v.hitlQueue = lerp(40, 140, surge);
    v.hitlApprovedPerSecond = lerp(1.5, 0.8, surge);
    v.hitlLatencyMs = lerp(90'000, 420'000, surge);
    v.ferpaPerSecond = lerp(0.05, 0.2, surge);
    v.hipaaPerSecond = lerp(0.03, 0.12, surge);
    return v;
}

HurricaneDemo::HurricaneDemo(QUrl api, QString token, QHostAddress statsdHost, quint16 statsdPort, QObject *parent)
    : QObject(parent)
    , m_api(std::move(api))
    , m_token(std::move(token))
    , m_statsdHost(std::move(statsdHost))
    , m_statsdPort(statsdPort)
{
}

void HurricaneDemo::start()
{
    m_network = new QNetworkAccessManager(this);
    m_socket = new QUdpSocket(this);
    m_timer = new QTimer(this);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &HurricaneDemo::tick);
    m_startedAt = QDateTime::currentMSecsSinceEpoch();
    backfill();
    m_timer->start(kTickMs);
}

void HurricaneDemo::backfill()
{
    // The hour before the demo started, calm, one point per 15 s per series: charts have a past.
    const TimestampMs now = m_startedAt;
    const DemoValues calm = valuesAt(0);
    QRandomGenerator rng(7);
    QJsonArray samples;
    auto add = [&samples](const char *name, double value, TimestampMs t, const QJsonObject &labels, const char *kind) {
        QJsonObject o{{QStringLiteral("name"), QLatin1String(name)},
                      {QStringLiteral("value"), value},
                      {QStringLiteral("timestamp"), double(t) / 1000.0},
                      {QStringLiteral("kind"), QLatin1String(kind)}};
        if (!labels.isEmpty())
            o.insert(QStringLiteral("labels"), labels);
        samples.append(o);
    };
    const QJsonObject applyAid{{QStringLiteral("endpoint"), QStringLiteral("/apply-aid")}};
    const QJsonObject statusCheck{{QStringLiteral("endpoint"), QStringLiteral("/status-check")}};
    for (TimestampMs t = now - 3'600'000; t < now; t += 15'000) {
        const double wobble = std::sin(double(t) / 600'000.0);
        for (int i = 0; i < 4; ++i) { // four observations per point: p95 has something to rank
            add("aid_form.latency_ms", calm.applyAidMs * (0.85 + 0.3 * rng.generateDouble()), t - i * 3000, applyAid, "observation");
            add("aid_form.latency_ms", calm.statusCheckMs * (0.85 + 0.3 * rng.generateDouble()), t - i * 3000, statusCheck,
                "observation");
            add("hitl.approval_latency_ms", calm.hitlLatencyMs * (0.8 + 0.4 * rng.generateDouble()), t - i * 3000, {}, "observation");
        }
        add("aid_form.error_pct", calm.applyAidErrorPct + 0.2 * rng.generateDouble(), t, applyAid, "gauge");
        add("aid_form.error_pct", calm.statusCheckErrorPct + 0.05 * rng.generateDouble(), t, statusCheck, "gauge");
        add("payments.pending", calm.paymentsPending + 4 * wobble, t, {}, "gauge");
        add("hitl.queue_size", calm.hitlQueue + 5 * wobble, t, {}, "gauge");
        // Counters as increments, so the live StatsD counters continue from these totals.
        add("payments.cleared", calm.clearedPerSecond * 15, t, {}, "counter");
        add("payments.rejected", calm.rejectedPerSecond * 15, t, {}, "counter");
        add("hitl.approved", calm.hitlApprovedPerSecond * 15, t, {}, "counter");
        add("legal.blocks", calm.ferpaPerSecond * 15, t, {{QStringLiteral("law"), QStringLiteral("FERPA")}}, "counter");
        add("legal.blocks", calm.hipaaPerSecond * 15, t, {{QStringLiteral("law"), QStringLiteral("HIPAA")}}, "counter");
    }
    // Observations must reach the store in time order per series: sort by timestamp.
    QList<QJsonValue> sorted(samples.begin(), samples.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a[QStringLiteral("timestamp")].toDouble() < b[QStringLiteral("timestamp")].toDouble();
    });
    QJsonArray body;
    for (const QJsonValue &v : sorted)
        body.append(v);
    QNetworkRequest request(m_api.resolved(QUrl(QStringLiteral("/api/v1/metrics"))));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    const int count = int(body.size());
    connect(reply, &QNetworkReply::finished, this, [this, reply, count] {
        reply->deleteLater();
        if (reply->error() != QNetworkReply::NoError)
            qWarning("demo: backfill refused: %s %s", qPrintable(reply->errorString()), reply->readAll().left(300).constData());
        Q_EMIT backfilled(reply->error() == QNetworkReply::NoError ? count : 0);
    });
}

void HurricaneDemo::tick()
{
    const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    const DemoValues v = valuesAt(now - m_startedAt);
    QRandomGenerator *rng = QRandomGenerator::global();
    const double dt = kTickMs / 1000.0;
    QByteArray datagram;
    auto line = [&datagram](const QByteArray &text) {
        if (!datagram.isEmpty())
            datagram += '\n';
        datagram += text;
    };
    auto send = [&] {
        if (!datagram.isEmpty())
            m_socket->writeDatagram(datagram, m_statsdHost, m_statsdPort);
        datagram.clear();
    };
    // Citizen traffic: more requests in the surge, each a latency observation.
    const int requests = 6 + int(10 * (v.applyAidMs - 430) / (1500 - 430));
    for (int i = 0; i < requests; ++i) {
        const double ms = v.applyAidMs * (0.8 + 0.4 * rng->generateDouble());
        QByteArray text = "aid_form.latency_ms:" + QByteArray::number(ms, 'f', 1) + "|ms|#endpoint:/apply-aid";
        if (ms > 1000 && rng->bounded(8) == 0) // a slow request's trace: the exemplar on the chart
            text += ",trace_id:" + QByteArray::number(rng->generate64(), 16);
        line(text);
        line("aid_form.latency_ms:" + QByteArray::number(v.statusCheckMs * (0.8 + 0.4 * rng->generateDouble()), 'f', 1)
             + "|ms|#endpoint:/status-check");
        if (i % 8 == 7)
            send();
    }
    send();
    line("aid_form.error_pct:" + QByteArray::number(v.applyAidErrorPct + 0.2 * rng->generateDouble(), 'f', 3) + "|g|#endpoint:/apply-aid");
    line("aid_form.error_pct:" + QByteArray::number(v.statusCheckErrorPct + 0.05 * rng->generateDouble(), 'f', 3)
         + "|g|#endpoint:/status-check");
    line("payments.pending:" + QByteArray::number(std::round(v.paymentsPending + 3 * rng->generateDouble())) + "|g");
    line("payments.cleared:" + QByteArray::number(v.clearedPerSecond * dt, 'f', 3) + "|c");
    line("payments.rejected:" + QByteArray::number(v.rejectedPerSecond * dt, 'f', 3) + "|c");
    line("hitl.queue_size:" + QByteArray::number(std::round(v.hitlQueue + 2 * rng->generateDouble())) + "|g");
    line("hitl.approved:" + QByteArray::number(v.hitlApprovedPerSecond * dt, 'f', 3) + "|c");
    line("hitl.approval_latency_ms:" + QByteArray::number(v.hitlLatencyMs * (0.8 + 0.4 * rng->generateDouble()), 'f', 0) + "|ms");
    line("legal.blocks:" + QByteArray::number(v.ferpaPerSecond * dt, 'f', 4) + "|c|#law:FERPA");
    line("legal.blocks:" + QByteArray::number(v.hipaaPerSecond * dt, 'f', 4) + "|c|#law:HIPAA");
    send();
    ++m_ticks;
}

} // namespace hms
