// Notification channels: the bodies PagerDuty, Alertmanager-webhook receivers and Alertmanager
// get, and a live run through the real pieces (ops.db, incidents, notifier, outbox, keychain)
// to a real Alertmanager 0.25 (Debian's prometheus-alertmanager, started here on loopback) and
// to local receivers standing in for PagerDuty and a webhook.
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "incidents/OpsDatabase.h"
#include "alerting/Silence.h"
#include "notify/Channels.h"
#include "notify/Notifier.h"
#include "notify/Outbox.h"
#include "notify/SecretStore.h"
#include "notify/SlackMessage.h"

#include <QDateTime>
#include <QHttpServer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace hms;

namespace {
Incident incident()
{
    Incident i;
    i.id = 12;
    i.rule = QStringLiteral("AID_LAT_P95_HIGH");
    i.service = QStringLiteral("aid_form");
    i.severity = QStringLiteral("critical");
    i.metric = QStringLiteral("aid_form.latency_ms");
    i.aggregate = QStringLiteral("p95");
    i.threshold = QStringLiteral("> 1000");
    i.value = 1400;
    i.labels = {{QStringLiteral("alertname"), i.rule}, {QStringLiteral("service"), i.service},
                {QStringLiteral("severity"), i.severity}};
    i.fingerprint = fingerprint(i.labels);
    i.openedAt = 1'767'618'000'000LL; // 2026-01-05T13:00:00Z
    i.assignee = QStringLiteral("alex-ops");
    i.playbookId = QStringLiteral("pb_aid_latency");
    return i;
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QJsonDocument getJson(QNetworkAccessManager &net, const QString &url, int *status = nullptr)
{
    QNetworkReply *reply = net.get(QNetworkRequest(QUrl(url)));
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(5000);
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    reply->deleteLater();
    return doc;
}
} // namespace

class TestChannels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    bool storeSecret(SecretStore &secrets, const QString &key, const QString &value)
    {
        std::optional<bool> ok;
        secrets.write(key, value, this, [&ok](bool success, const QString &) { ok = success; });
        return QTest::qWaitFor([&ok] { return ok.has_value(); }, 10000) && *ok;
    }

private Q_SLOTS:
    void pagerDutyEvents()
    {
        Incident i = incident();
        const QJsonObject trigger = pagerDutyEvent(i, QStringLiteral("trigger"));
        QCOMPARE(trigger[QStringLiteral("event_action")].toString(), QStringLiteral("trigger"));
        QCOMPARE(trigger[QStringLiteral("dedup_key")].toString(), i.fingerprint);
        QVERIFY(!trigger.contains(QStringLiteral("routing_key"))); // added on the way out only
        const QJsonObject payload = trigger[QStringLiteral("payload")].toObject();
        QCOMPARE(payload[QStringLiteral("summary")].toString(),
                 QStringLiteral("AID_LAT_P95_HIGH SVC=aid_form: aid_form.latency_ms p95 = 1400 (threshold > 1000)"));
        QCOMPARE(payload[QStringLiteral("severity")].toString(), QStringLiteral("critical"));
        QCOMPARE(payload[QStringLiteral("timestamp")].toString(), QStringLiteral("2026-01-05T13:00:00.000Z"));
        QCOMPARE(payload[QStringLiteral("custom_details")].toObject()[QStringLiteral("playbook")].toString(),
                 QStringLiteral("pb_aid_latency"));
        const QJsonObject resolve = pagerDutyEvent(i, QStringLiteral("resolve"));
        QCOMPARE(resolve.size(), 2);
        QCOMPARE(resolve[QStringLiteral("dedup_key")].toString(), i.fingerprint);
        // Limits: the summary is cut at 1024 characters; unknown severities map to "error".
        i.rule = QString(3000, u'X');
        i.severity = QStringLiteral("page");
        const QJsonObject big = pagerDutyEvent(i, QStringLiteral("trigger"))[QStringLiteral("payload")].toObject();
        QCOMPARE(big[QStringLiteral("summary")].toString().size(), 1024);
        QCOMPARE(big[QStringLiteral("severity")].toString(), QStringLiteral("error"));
    }

    void slackMessagesLinkAndMention()
    {
        Incident i = incident();
        i.assigneePager = QStringLiteral("149");
        auto fields = [](const QJsonObject &message) {
            QMap<QString, QString> out;
            const QJsonObject a = message[QStringLiteral("attachments")].toArray().at(0).toObject();
            for (const QJsonValue &f : a[QStringLiteral("fields")].toArray())
                out.insert(f[QStringLiteral("title")].toString(), f[QStringLiteral("value")].toString());
            out.insert(QStringLiteral("title_link"), a[QStringLiteral("title_link")].toString());
            return out;
        };
        // No link base: no links (a 127.0.0.1 link helps nobody reading Slack elsewhere).
        auto plain = fields(slackMessageFor(i));
        QCOMPARE(plain[QStringLiteral("Incident")], QStringLiteral("#12"));
        QCOMPARE(plain[QStringLiteral("Playbook")], QStringLiteral("pb_aid_latency"));
        QCOMPARE(plain[QStringLiteral("Assignee")], QStringLiteral("alex-ops (pager #149)"));
        QCOMPARE(plain[QStringLiteral("title_link")], QString());

        // A base URL and a Slack member ID: links to the pages, and a mention that notifies.
        auto linked = fields(slackMessageFor(i, {QStringLiteral("https://ops.example.gov/"), QStringLiteral("U024BE7LH")}));
        QCOMPARE(linked[QStringLiteral("Incident")], QStringLiteral("<https://ops.example.gov/incidents/12|#12>"));
        QCOMPARE(linked[QStringLiteral("Playbook")],
                 QStringLiteral("<https://ops.example.gov/playbooks/pb_aid_latency|pb_aid_latency>"));
        QCOMPARE(linked[QStringLiteral("Assignee")], QStringLiteral("alex-ops (pager #149) <@U024BE7LH>"));
        QCOMPARE(linked[QStringLiteral("title_link")], QStringLiteral("https://ops.example.gov/incidents/12"));

        // A display name is shown as written; Slack's control characters are escaped.
        i.service = QStringLiteral("a<b>&c");
        const QJsonObject named = slackMessageFor(i, {QString(), QStringLiteral("@alex-ops")});
        QCOMPARE(fields(named)[QStringLiteral("Assignee")], QStringLiteral("alex-ops (pager #149) @alex-ops"));
        QVERIFY2(named[QStringLiteral("text")].toString().contains(QStringLiteral("SVC=a&lt;b&gt;&amp;c")),
                 qPrintable(named[QStringLiteral("text")].toString()));

        // In a group message each alert carries its own links.
        const QJsonObject group = slackGroupMessageFor({{QStringLiteral("service"), QStringLiteral("aid_form")}}, {i, i}, {},
                                                       [](const Incident &) {
                                                           return SlackExtras{QStringLiteral("https://ops.example.gov"), {}};
                                                       });
        QCOMPARE(group[QStringLiteral("attachments")].toArray().size(), 2);
        QCOMPARE(group[QStringLiteral("attachments")].toArray().at(1)[QStringLiteral("title_link")].toString(),
                 QStringLiteral("https://ops.example.gov/incidents/12"));
    }

    void alertmanagerBodies()
    {
        Incident a = incident();
        Incident b = incident();
        b.id = 13;
        b.labels[QStringLiteral("alertname")] = QStringLiteral("AID_ERRORS");
        b.fingerprint = fingerprint(b.labels);
        b.state = Incident::State::Resolved;
        b.resolvedAt = a.openedAt + 60'000;
        const QJsonObject hook = alertmanagerWebhook(QStringLiteral("{}:{service=\"aid_form\"}"),
                                                     {{QStringLiteral("service"), QStringLiteral("aid_form")}}, {a}, {b},
                                                     a.openedAt + 90'000);
        QCOMPARE(hook[QStringLiteral("version")].toString(), QStringLiteral("4"));
        QCOMPARE(hook[QStringLiteral("status")].toString(), QStringLiteral("firing"));
        QCOMPARE(hook[QStringLiteral("groupLabels")].toObject()[QStringLiteral("service")].toString(), QStringLiteral("aid_form"));
        // Common labels: what both alerts share (not alertname).
        QCOMPARE(hook[QStringLiteral("commonLabels")].toObject().keys(),
                 (QStringList{QStringLiteral("service"), QStringLiteral("severity")}));
        const QJsonArray alerts = hook[QStringLiteral("alerts")].toArray();
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts[0].toObject()[QStringLiteral("status")].toString(), QStringLiteral("firing"));
        QCOMPARE(alerts[0].toObject()[QStringLiteral("endsAt")].toString(), QStringLiteral("0001-01-01T00:00:00Z"));
        QCOMPARE(alerts[1].toObject()[QStringLiteral("status")].toString(), QStringLiteral("resolved"));
        QCOMPARE(alerts[1].toObject()[QStringLiteral("endsAt")].toString(), QStringLiteral("2026-01-05T13:01:00.000Z"));
        QCOMPARE(alerts[1].toObject()[QStringLiteral("fingerprint")].toString(), b.fingerprint);
        // The push body: a firing alert is valid for the given time.
        const QJsonObject pushed = alertmanagerAlert(a, a.openedAt + 5000, 240'000);
        QCOMPARE(pushed[QStringLiteral("endsAt")].toString(), QStringLiteral("2026-01-05T13:04:05.000Z"));
        QCOMPARE(pushed[QStringLiteral("labels")].toObject()[QStringLiteral("alertname")].toString(), a.rule);
    }

    void secretsAreChecked()
    {
        QVERIFY(secretProblem(*channelNamed(u"pagerduty"), QString(32, u'a')) == std::nullopt);
        QCOMPARE(secretProblem(*channelNamed(u"pagerduty"), QStringLiteral("short")).value_or(QString()),
                 QStringLiteral("pagerduty_routing_key: expected a 32-character PagerDuty integration key (letters and "
                                "digits)"));
        QCOMPARE(secretProblem(*channelNamed(u"webhook"), QStringLiteral("ftp://x/y")).value_or(QString()),
                 QStringLiteral("webhook_url: expected an http(s) URL"));
        QCOMPARE(channelUrl(*channelNamed(u"alertmanager"), QStringLiteral("http://127.0.0.1:9093/"), {}),
                 QStringLiteral("http://127.0.0.1:9093/api/v2/alerts"));
        QCOMPARE(channelForSecret(u"webhook_url"), channelNamed(u"webhook"));
        QCOMPARE(channelForSecret(u"nope"), nullptr);
    }

    void liveToAlertmanagerPagerDutyAndWebhook()
    {
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("prometheus-alertmanager"));
        QVERIFY2(!binary.isEmpty(), "prometheus-alertmanager is missing: scripts/setup.sh installs it");
        // A real Alertmanager on loopback, no clustering.
        const quint16 amPort = freePort();
        QFile config(m_dir.filePath(QStringLiteral("am.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("route:\n  receiver: none\nreceivers:\n  - name: none\n");
        config.close();
        QProcess am;
        am.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        am.start(binary, {QStringLiteral("--config.file=") + config.fileName(),
                          QStringLiteral("--storage.path=") + m_dir.filePath(QStringLiteral("am-data")),
                          QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(amPort),
                          QStringLiteral("--cluster.listen-address=")});
        QVERIFY(am.waitForStarted(10000));
        const QString amUrl = QStringLiteral("http://127.0.0.1:%1").arg(amPort);
        QNetworkAccessManager net;
        int status = 0;
        QTRY_VERIFY_WITH_TIMEOUT((getJson(net, amUrl + QStringLiteral("/-/ready"), &status), status == 200), 15000);

        // Local receivers for PagerDuty's Events API and a webhook.
        QList<QJsonObject> pd, hooks;
        QHttpServer receivers;
        receivers.route(QStringLiteral("/pd"), [&pd](const QHttpServerRequest &req) {
            pd << QJsonDocument::fromJson(req.body()).object();
            return QHttpServerResponse(QJsonObject{{QStringLiteral("status"), QStringLiteral("success")}},
                                       QHttpServerResponder::StatusCode::Accepted);
        });
        receivers.route(QStringLiteral("/hook"), [&hooks](const QHttpServerRequest &req) {
            hooks << QJsonDocument::fromJson(req.body()).object();
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 port = receivers.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port != 0);

        QString error;
        QSqlDatabase db = OpsDatabase::open(m_dir.filePath(QStringLiteral("ops.db")), QStringLiteral("channels"), &error);
        QVERIFY2(db.isValid(), qPrintable(error));
        Catalog catalog(db);
        IncidentService incidents(db, catalog);
        SecretStore secrets(QStringLiteral("hms-ops-test-") + QUuid::createUuid().toString(QUuid::Id128));
        const QString routingKey(32, u'k');
        QVERIFY(storeSecret(secrets, QStringLiteral("pagerduty_routing_key"), routingKey));
        QVERIFY(storeSecret(secrets, QStringLiteral("webhook_url"), QStringLiteral("http://127.0.0.1:%1/hook").arg(port)));
        QVERIFY(storeSecret(secrets, QStringLiteral("alertmanager_url"), amUrl));
        for (const char *c : {"pagerduty", "webhook", "alertmanager"})
            catalog.setSetting(QStringLiteral("notify.%1.enabled").arg(QLatin1String(c)), QStringLiteral("1"));
        Outbox outbox(db, secrets);
        outbox.setPagerDutyUrl(QStringLiteral("http://127.0.0.1:%1/pd").arg(port));
        outbox.start();
        SilenceService silences(db, incidents);
        Notifier notifier(catalog, incidents, outbox, silences);

        AlertTransition t;
        t.rule = QStringLiteral("AID_LAT_P95_HIGH");
        t.labels = {{QStringLiteral("alertname"), t.rule}, {QStringLiteral("service"), QStringLiteral("aid_form")},
                    {QStringLiteral("severity"), QStringLiteral("critical")}};
        t.fingerprint = fingerprint(t.labels);
        t.seriesName = QStringLiteral("aid_form.latency_ms");
        t.from = AlertState::Pending;
        t.to = AlertState::Firing;
        t.at = QDateTime::currentMSecsSinceEpoch();
        t.value = 1400;
        incidents.handleTransitions({t});

        QTRY_COMPARE_WITH_TIMEOUT(pd.size(), 1, 10000);
        QCOMPARE(pd[0][QStringLiteral("routing_key")].toString(), routingKey);
        QCOMPARE(pd[0][QStringLiteral("event_action")].toString(), QStringLiteral("trigger"));
        QCOMPARE(pd[0][QStringLiteral("dedup_key")].toString(), t.fingerprint);
        QTRY_COMPARE_WITH_TIMEOUT(hooks.size(), 1, 10000);
        QCOMPARE(hooks[0][QStringLiteral("status")].toString(), QStringLiteral("firing"));
        // Alertmanager has the alert, with our labels, active.
        QJsonArray inAm;
        QTRY_VERIFY_WITH_TIMEOUT(
            (inAm = getJson(net, amUrl + QStringLiteral("/api/v2/alerts")).array()).size() == 1, 10000);
        const QJsonObject alert = inAm[0].toObject();
        QCOMPARE(alert[QStringLiteral("labels")].toObject()[QStringLiteral("alertname")].toString(), t.rule);
        QCOMPARE(alert[QStringLiteral("labels")].toObject()[QStringLiteral("service")].toString(), QStringLiteral("aid_form"));
        QCOMPARE(alert[QStringLiteral("status")].toObject()[QStringLiteral("state")].toString(), QStringLiteral("active"));
        QCOMPARE(alert[QStringLiteral("fingerprint")].toString().size(), 16);

        // Acknowledged: PagerDuty hears it under the same dedup key.
        const qint64 id = incidents.incidents(true).front().id;
        QCOMPARE(incidents.acknowledge(id, QStringLiteral("ana"), QDateTime::currentMSecsSinceEpoch()), QString());
        QTRY_COMPARE_WITH_TIMEOUT(pd.size(), 2, 10000);
        QCOMPARE(pd[1][QStringLiteral("event_action")].toString(), QStringLiteral("acknowledge"));
        QCOMPARE(pd[1][QStringLiteral("dedup_key")].toString(), t.fingerprint);

        // Resolved: PagerDuty resolve, the webhook's "resolved", and Alertmanager's endsAt.
        t.from = AlertState::Firing;
        t.to = AlertState::Inactive;
        t.at = QDateTime::currentMSecsSinceEpoch();
        incidents.handleTransitions({t});
        QTRY_COMPARE_WITH_TIMEOUT(pd.size(), 3, 10000);
        QCOMPARE(pd[2][QStringLiteral("event_action")].toString(), QStringLiteral("resolve"));
        QTRY_COMPARE_WITH_TIMEOUT(hooks.size(), 2, 10000);
        QCOMPARE(hooks[1][QStringLiteral("status")].toString(), QStringLiteral("resolved"));
        // Alertmanager lists only alerts whose endsAt is still ahead: ours leaves the list once the
        // resolution (endsAt = the resolution time) has arrived.
        QTRY_VERIFY_WITH_TIMEOUT(getJson(net, amUrl + QStringLiteral("/api/v2/alerts")).array().isEmpty(), 10000);
        // Every send is on the timeline.
        QStringList kinds;
        for (const IncidentEvent &e : incidents.events(id))
            kinds << e.kind + u' ' + e.message;
        QVERIFY2(kinds.filter(QStringLiteral("notification_queued queued for pagerduty, webhook, alertmanager")).size() == 1,
                 qPrintable(kinds.join(u'\n')));
        QVERIFY2(kinds.filter(QStringLiteral("acknowledgement queued for pagerduty")).size() == 1, qPrintable(kinds.join(u'\n')));
        QVERIFY2(kinds.filter(QStringLiteral("resolution queued for pagerduty, webhook, alertmanager")).size() == 1,
                 qPrintable(kinds.join(u'\n')));
        am.terminate();
        QVERIFY(am.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestChannels)
#include "tst_channels.moc"
