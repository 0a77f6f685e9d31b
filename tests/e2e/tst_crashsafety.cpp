// Crash safety (issue #9, point 7): the headless engine is killed with SIGKILL at random moments,
// again and again, while samples are pushed (JSON and line protocol), alerts open and resolve
// incidents, incidents are acknowledged and commented on, and webhooks go out; after each kill
// both SQLite files pass PRAGMA integrity_check, and at the end:
//   - every sample whose push was answered is stored;
//   - every acknowledgement and comment that was answered is on its incident;
//   - every incident's opening and resolution reached the receiver, and every outbox message
//     arrived under its Idempotency-Key: exactly once per key after the receiver's deduplication,
//     with the same body whenever a key came twice.
// The kill times come from a fixed seed (HMS_CRASH_SEED to vary it), printed on failure.
#include "api/ApiClient.h"
#include "core/Endpoints.h"

#include <QDir>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <map>
#include <set>

using namespace hms;

namespace {
QString integrity(const QString &path)
{
    const QString name = QStringLiteral("integrity-%1").arg(QRandomGenerator::global()->generate());
    QString answer;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return QStringLiteral("cannot open %1").arg(path);
        QSqlQuery q(db);
        answer = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                             : QStringLiteral("query failed");
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answer;
}
} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_data;
    QHttpServer m_receiver;
    quint16 m_receiverPort = 0;
    std::map<QByteArray, int> m_timesByKey;      // Idempotency-Key -> deliveries
    std::map<QByteArray, QByteArray> m_bodyByKey; // its first body
    int m_bodyMismatches = 0;
    std::set<QString> m_firing, m_resolved;       // fingerprints announced in each state
    std::map<QString, std::set<QByteArray>> m_firingKeys; // fingerprint -> keys announcing it firing

    bool start(QProcess &p)
    {
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(qEnvironmentVariable("HMS_OPS_BIN"),
                {QStringLiteral("--headless"), QStringLiteral("--no-examples"), QStringLiteral("--data-dir"), m_data.path(),
                 QStringLiteral("--statsd-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--influx-listen"),
                 QStringLiteral("127.0.0.1:0"), QStringLiteral("--tick"), QStringLiteral("200"),
                 // Its own secrets, not the session keychain that tests running beside it share.
                 QStringLiteral("--secrets-file"), QDir(m_data.path()).filePath(QStringLiteral("secrets.json"))});
        QSignalSpy ready(&p, &QProcess::readyReadStandardOutput);
        return ready.wait(15000) && p.readLine().startsWith("ready ");
    }
    std::unique_ptr<ApiClient> client(bool influx = false)
    {
        QString error;
        const auto e = Endpoints::read(m_data.path(), &error);
        const auto token = readApiToken(QDir(m_data.path()).filePath(QStringLiteral("api-token")), &error);
        return std::make_unique<ApiClient>(influx ? e->influx : e->api, *token, 5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsSet("HMS_CRASH_KEEP")) { // for a post-mortem of a failure
            m_data.setAutoRemove(false);
            qInfo("data directory: %s", qPrintable(m_data.path()));
        }
        // The receiver keeps every key it saw, as a deduplicating receiver would.
        m_receiver.route(QStringLiteral("/hook"), QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &req) {
            const QByteArray key = req.value("Idempotency-Key");
            if (++m_timesByKey[key] == 1)
                m_bodyByKey[key] = req.body();
            else if (m_bodyByKey[key] != req.body())
                ++m_bodyMismatches;
            const QJsonObject body = QJsonDocument::fromJson(req.body()).object();
            for (const QJsonValue &a : body[QStringLiteral("alerts")].toArray()) {
                const QJsonObject alert = a.toObject();
                const QString fp = alert[QStringLiteral("fingerprint")].toString();
                if (alert[QStringLiteral("status")].toString() == u"resolved") {
                    m_resolved.insert(fp);
                } else {
                    m_firing.insert(fp);
                    m_firingKeys[fp].insert(key);
                }
            }
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        m_receiverPort = m_receiver.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_receiverPort != 0);
    }

    void killNineLosesNothingAcknowledged()
    {
        const quint32 seed = qEnvironmentVariableIsSet("HMS_CRASH_SEED") ? quint32(qEnvironmentVariableIntValue("HMS_CRASH_SEED"))
                                                                           : 20261129u;
        QRandomGenerator random(seed);
        const QString dbPaths[] = {QDir(m_data.path()).filePath(QStringLiteral("series.db")),
                                   QDir(m_data.path()).filePath(QStringLiteral("ops.db"))};

        // Set-up, in the first life: the receiver, a one-second group_wait (so that kills land
        // between an incident's opening and its notification), and a rule per region.
        {
            QProcess p;
            QVERIFY(start(p));
            auto api = client();
            QCOMPARE(api->put(QStringLiteral("/api/v1/secrets/webhook_url"),
                              QStringLiteral("http://127.0.0.1:%1/hook").arg(m_receiverPort).toUtf8())
                         .status,
                     200);
            const QJsonObject routing{
                {QStringLiteral("file"), QStringLiteral("routing.yml")},
                {QStringLiteral("content"),
                 QStringLiteral("route:\n  group_by: ['...']\n  group_wait: 1s\n  group_interval: 1s\n")}};
            QCOMPARE(api->post(QStringLiteral("/api/v1/routing"), QJsonDocument(routing)).status, 201);
            const QJsonObject rule{{QStringLiteral("file"), QStringLiteral("crash.yml")},
                                   {QStringLiteral("content"),
                                    QStringLiteral("name: CRASH\nmetric: crash.alert\naggregate: last\nthreshold: \"> 10\"\n"
                                                   "window: 1m\nseverity: critical\n")}};
            QCOMPARE(api->post(QStringLiteral("/api/v1/rules"), QJsonDocument(rule)).status, 201);
            p.terminate();
            QVERIFY(p.waitForFinished(10000));
        }

        // Sample n is at base + n ms with value n; some 150,000 of them stay in the past.
        const qint64 base = QDateTime::currentMSecsSinceEpoch() - 600000;
        qint64 next = 0;
        std::set<qint64> ackedJson, ackedLine; // values whose push was answered 2xx
        std::set<qint64> acked;               // incidents whose acknowledgement was answered
        std::map<qint64, QString> comments;   // incident -> the last comment answered
        int region = 0, kills = 0, refused = 0;
        constexpr int kLives = 8;
        for (int life = 0; life < kLives; ++life) {
            QProcess p;
            QVERIFY2(start(p), qPrintable(QStringLiteral("life %1, seed %2").arg(life).arg(seed)));
            auto api = client();
            auto influx = client(true);
            const pid_t pid = pid_t(p.processId());
            // The kill comes from a thread of its own, so it can land anywhere: inside a
            // request, between two, while a frame is being written.
            std::atomic<bool> killed{false};
            QThread killer;
            QObject timerHome;
            timerHome.moveToThread(&killer);
            killer.start();
            const int after = int(random.bounded(300, 1800));
            QMetaObject::invokeMethod(&timerHome, [&timerHome, after, pid, &killed] {
                QTimer::singleShot(after, &timerHome, [pid, &killed] {
                    ::kill(pid, SIGKILL);
                    killed = true;
                });
            });
            for (int step = 0; !killed; ++step) {
                switch (step % 4) {
                case 0: { // JSON push
                    QJsonArray body;
                    std::vector<qint64> values;
                    for (int i = 0; i < 200; ++i, ++next) {
                        body.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("crash.json")},
                                                {QStringLiteral("value"), double(next)},
                                                {QStringLiteral("timestamp"), double(base + next) / 1000.0}});
                        values.push_back(next);
                    }
                    const ApiReply r = api->post(QStringLiteral("/api/v1/metrics"), QJsonDocument(body));
                    if (r.status == 200)
                        ackedJson.insert(values.begin(), values.end());
                    else
                        ++refused;
                    break;
                }
                case 1: { // line protocol on the InfluxDB port
                    QByteArray body;
                    std::vector<qint64> values;
                    for (int i = 0; i < 200; ++i, ++next) {
                        body += "crash_line,src=lp value=" + QByteArray::number(next) + ' '
                                + QByteArray::number(base + next) + '\n';
                        values.push_back(next);
                    }
                    QUrlQuery q;
                    q.addQueryItem(QStringLiteral("precision"), QStringLiteral("ms"));
                    const ApiReply r = influx->postRaw(QStringLiteral("/api/v2/write"), body, "text/plain", q);
                    if (r.status == 204)
                        ackedLine.insert(values.begin(), values.end());
                    else
                        ++refused;
                    break;
                }
                case 2: { // an alert opens for a new region; an older one clears (every third round)
                    if (step % 12 != 2)
                        break;
                    QJsonArray body{QJsonObject{{QStringLiteral("name"), QStringLiteral("crash.alert")},
                                                {QStringLiteral("labels"),
                                                 QJsonObject{{QStringLiteral("region"), QStringLiteral("r%1").arg(region)}}},
                                                {QStringLiteral("value"), 20}}};
                    if (region >= 2 && region % 2 == 0)
                        body.append(QJsonObject{
                            {QStringLiteral("name"), QStringLiteral("crash.alert")},
                            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("region"), QStringLiteral("r%1").arg(region - 2)}}},
                            {QStringLiteral("value"), 0}});
                    if (api->post(QStringLiteral("/api/v1/metrics"), QJsonDocument(body)).status == 200)
                        ++region;
                    break;
                }
                case 3: { // incident commander: acknowledge one, comment on another
                    const ApiReply list = api->get(QStringLiteral("/api/v1/incidents"));
                    if (list.status != 200)
                        break;
                    for (const QJsonValue &v : list.json.object()[QStringLiteral("incidents")].toArray()) {
                        const qint64 id = v.toObject()[QStringLiteral("id")].toInteger();
                        if (v.toObject()[QStringLiteral("state")].toString() == u"triggered" && !acked.count(id)) {
                            const QJsonObject by{{QStringLiteral("by"), QStringLiteral("ic")}};
                            if (api->post(QStringLiteral("/api/v1/incidents/%1/ack").arg(id), QJsonDocument(by)).status == 200)
                                acked.insert(id);
                            break;
                        }
                    }
                    if (!list.json.object()[QStringLiteral("incidents")].toArray().isEmpty()) {
                        const qint64 id = list.json.object()[QStringLiteral("incidents")].toArray().first()
                                              .toObject()[QStringLiteral("id")].toInteger();
                        const QString text = QStringLiteral("note %1 of life %2").arg(step).arg(life);
                        const QJsonObject note{{QStringLiteral("text"), text}, {QStringLiteral("by"), QStringLiteral("ic")}};
                        if (api->post(QStringLiteral("/api/v1/incidents/%1/comment").arg(id), QJsonDocument(note)).status == 200)
                            comments[id] = text;
                    }
                    break;
                }
                }
            }
            killer.quit();
            killer.wait();
            // (QProcess may have seen the death already, inside a request's event loop.)
            QVERIFY(p.state() == QProcess::NotRunning || p.waitForFinished(5000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            ++kills;
            for (const QString &path : dbPaths)
                QCOMPARE(integrity(path), QStringLiteral("ok"));
        }

        // The last life: no kill. Everything queued goes out.
        QProcess p;
        QVERIFY(start(p));
        auto api = client();
        auto pendingNotifications = [&api] {
            int pending = 0;
            for (const QJsonValue &n : api->get(QStringLiteral("/api/v1/notifications")).json.object()
                                           [QStringLiteral("notifications")].toArray())
                pending += n.toObject()[QStringLiteral("state")].toString() != u"sent";
            return pending;
        };

        // Samples: every answered push is there, once the older history has loaded (a start
        // serves the last minutes first; SeriesDb::loadRecent).
        QTRY_COMPARE_WITH_TIMEOUT(api->get(QStringLiteral("/api/v1/status")).json.object()[QStringLiteral("store")]
                                      .toObject()[QStringLiteral("history_percent")].toInt(),
                                  100, 20000);
        int duplicates = 0; // a sample replayed on top of itself would show twice
        auto stored = [&api, base, &duplicates](const char *metric) {
            std::set<qint64> values;
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("metric"), QString::fromLatin1(metric));
            q.addQueryItem(QStringLiteral("from"), QString::number(base - 1));
            q.addQueryItem(QStringLiteral("to"), QString::number(base + 10'000'000));
            q.addQueryItem(QStringLiteral("resolution"), QStringLiteral("raw"));
            for (const QJsonValue &s : api->get(QStringLiteral("/api/v1/query_range"), q).json.object()
                                           [QStringLiteral("series")].toArray())
                for (const QJsonValue &x : s.toObject()[QStringLiteral("samples")].toArray())
                    duplicates += !values.insert(qint64(x.toArray().at(1).toDouble())).second;
            return values;
        };
        const std::set<qint64> json = stored("crash.json"), line = stored("crash_line");
        std::vector<qint64> lostJson, lostLine;
        std::set_difference(ackedJson.begin(), ackedJson.end(), json.begin(), json.end(), std::back_inserter(lostJson));
        std::set_difference(ackedLine.begin(), ackedLine.end(), line.begin(), line.end(), std::back_inserter(lostLine));
        qInfo("%d kills; acknowledged %zu JSON and %zu line-protocol samples (%zu and %zu stored); %d pushes cut by "
              "a kill; %d regions",
              kills, ackedJson.size(), ackedLine.size(), json.size(), line.size(), refused, region);
        QVERIFY2(lostJson.empty(), qPrintable(QStringLiteral("%1 acknowledged JSON samples lost, first %2 (seed %3)")
                                                  .arg(lostJson.size())
                                                  .arg(lostJson.empty() ? 0 : lostJson.front())
                                                  .arg(seed)));
        QVERIFY2(lostLine.empty(), qPrintable(QStringLiteral("%1 acknowledged line-protocol samples lost, first %2 (seed %3)")
                                                  .arg(lostLine.size())
                                                  .arg(lostLine.empty() ? 0 : lostLine.front())
                                                  .arg(seed)));
        QVERIFY(ackedJson.size() > 1000 && ackedLine.size() > 1000);
        QCOMPARE(duplicates, 0);

        // Incidents: every answered acknowledgement and comment is on its incident.
        for (const qint64 id : acked) {
            const QJsonObject i = api->get(QStringLiteral("/api/v1/incidents/%1").arg(id)).json.object()[QStringLiteral("incident")].toObject();
            QVERIFY2(i[QStringLiteral("acknowledged_by")].toString() == u"ic", qPrintable(QStringLiteral("incident %1").arg(id)));
        }
        for (const auto &[id, text] : comments) {
            bool found = false;
            for (const QJsonValue &e : api->get(QStringLiteral("/api/v1/incidents/%1").arg(id)).json.object()[QStringLiteral("events")].toArray())
                found = found || e.toObject()[QStringLiteral("message")].toString().contains(text);
            QVERIFY2(found, qPrintable(QStringLiteral("comment \"%1\" on incident %2 lost").arg(text).arg(id)));
        }
        QVERIFY(!acked.empty() && !comments.empty());

        // Notifications: every incident was announced, every resolved one announced resolved
        // (after the restart, what was not yet queued waits its group_wait again).
        auto unannounced = [&] {
            QStringList out;
            const QJsonArray incidents = api->get(QStringLiteral("/api/v1/incidents"), QUrlQuery(QStringLiteral("state=all")))
                                             .json.object()[QStringLiteral("incidents")].toArray();
            for (const QJsonValue &v : incidents) {
                const QJsonObject i = v.toObject();
                const QString fp = i[QStringLiteral("fingerprint")].toString();
                const bool resolved = i[QStringLiteral("state")].toString() == u"resolved";
                // As Alertmanager: an alert that resolves inside its group_wait was never
                // announced, and its resolution is news about nothing. Allowed only for
                // incidents that lived less than group_wait plus a restart.
                const qint64 lived = QDateTime::fromString(i[QStringLiteral("resolved_at")].toString(), Qt::ISODateWithMs)
                                         .msecsTo(QDateTime::fromString(i[QStringLiteral("opened_at")].toString(), Qt::ISODateWithMs));
                if (resolved && !m_firing.count(fp) && !m_resolved.count(fp) && -lived < 3000)
                    continue;
                if (resolved ? !m_resolved.count(fp) : !m_firing.count(fp))
                    out << QStringLiteral("#%1 (%2)").arg(i[QStringLiteral("id")].toInteger()).arg(resolved ? QStringLiteral("resolution") : QStringLiteral("opening"));
            }
            return out.join(QStringLiteral(", "));
        };
        QTRY_COMPARE_WITH_TIMEOUT(unannounced(), QString(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(pendingNotifications(), 0, 20000);
        QVERIFY(api->get(QStringLiteral("/api/v1/incidents"), QUrlQuery(QStringLiteral("state=all")))
                    .json.object()[QStringLiteral("incidents")].toArray().size() >= 10);
        // Each message under its own key, each key once after deduplication, resends identical.
        const QJsonArray messages = api->get(QStringLiteral("/api/v1/notifications")).json.object()[QStringLiteral("notifications")].toArray();
        std::set<QByteArray> expected;
        for (const QJsonValue &m : messages)
            expected.insert("hms-" + QByteArray::number(m.toObject()[QStringLiteral("created_at_ms")].toInteger()) + '-'
                            + QByteArray::number(m.toObject()[QStringLiteral("id")].toInteger()));
        std::set<QByteArray> received;
        int resent = 0;
        for (const auto &[key, times] : m_timesByKey) {
            received.insert(key);
            resent += times - 1;
        }
        qInfo("%zu notifications, %zu keys received, %d resent after a kill", expected.size(), received.size(), resent);
        QCOMPARE(received, expected);
        // And no incident was queued twice (a recovery that re-queued what had gone out would
        // send it under a new key): one message announces each opening.
        for (const auto &[fp, keys] : m_firingKeys)
            QVERIFY2(keys.size() == 1, qPrintable(QStringLiteral("%1 announced firing by %2 messages").arg(fp).arg(keys.size())));
        QCOMPARE(m_bodyMismatches, 0);

        p.terminate();
        QVERIFY(p.waitForFinished(10000));
        for (const QString &path : dbPaths)
            QCOMPARE(integrity(path), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
