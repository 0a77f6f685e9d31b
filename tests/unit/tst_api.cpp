// The local API through a real Engine (threads, SQLite, HTTP on 127.0.0.1).
#include "TestGzip.h"
#include "Engine.h"
#include "api/ApiClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include "replay/Bundle.h"

#include <QTest>


using namespace hms;

namespace {
} // namespace

class TestApi : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ApiClient> m_api;

private Q_SLOTS:
    void initTestCase()
    {
        EngineOptions options;
        options.dataDir = m_dir.path();
        options.tickMs = 100;
        options.secretsFile = m_dir.filePath(QStringLiteral("secrets.json")); // the headless opt-in
        m_engine = std::make_unique<Engine>(options);
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        QCOMPARE(m_engine->endpoints().api.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_engine->endpoints().statsdHost, QStringLiteral("127.0.0.1"));
        const auto token = readApiToken(m_dir.filePath(QStringLiteral("api-token")), &error);
        QVERIFY(token);
        m_api = std::make_unique<ApiClient>(m_engine->endpoints().api, *token);
    }

    void tokenIsRequired()
    {
        ApiClient anonymous(m_engine->endpoints().api, QString());
        const ApiReply r = anonymous.get(QStringLiteral("/api/v1/incidents"));
        QCOMPARE(r.status, 401);
        ApiClient wrong(m_engine->endpoints().api, QStringLiteral("nope"));
        QCOMPARE(wrong.get(QStringLiteral("/api/v1/incidents")).status, 401);
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/health")).status, 200);
        // A token one byte short or long is wrong too (sameSecret compares lengths as well).
        QString error;
        const QString token = *readApiToken(m_dir.filePath(QStringLiteral("api-token")), &error);
        QCOMPARE(ApiClient(m_engine->endpoints().api, token.chopped(1)).get(QStringLiteral("/api/v1/incidents")).status, 401);
        QCOMPARE(ApiClient(m_engine->endpoints().api, token + u'0').get(QStringLiteral("/api/v1/incidents")).status, 401);
        // ?p= is for InfluxDB 1.x writers on /write only, not a way into the rest of the API.
        QUrlQuery p;
        p.addQueryItem(QStringLiteral("p"), token);
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/incidents"), p).status, 401);
        QCOMPARE(anonymous.postRaw(QStringLiteral("/write"), "p_token value=1\n", "text/plain", p).status, 204);
        QVERIFY(sameSecret("abc", "abc") && !sameSecret("abd", "abc") && !sameSecret("ab", "abc")
                && !sameSecret("abcd", "abc") && !sameSecret("", ""));
    }

    void examplesArePresentInAFreshDataDir()
    {
        const QJsonArray policies = m_api->get(QStringLiteral("/api/v1/escalations")).json.object()[QStringLiteral("escalations")].toArray();
        QCOMPARE(policies.size(), 1);
        QCOMPARE(policies.at(0).toObject()[QStringLiteral("steps")].toArray().at(1).toObject()[QStringLiteral("target")].toString(),
                 QStringLiteral("dana-lead"));
        const QJsonObject bad{{QStringLiteral("file"), QStringLiteral("esc.yml")},
                              {QStringLiteral("content"), QStringLiteral("id: x\nsteps:\n  - rotation: nope\n    after: 5m\n")}};
        const ApiReply refused = m_api->post(QStringLiteral("/api/v1/escalations"), QJsonDocument(bad));
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.error.contains(QStringLiteral("nope")), qPrintable(refused.error));
        const ApiReply r = m_api->get(QStringLiteral("/api/v1/oncall/fema_oncall"));
        QVERIFY(r.ok());
        QVERIFY(!r.json.object().value(QStringLiteral("on_call")).toObject().value(QStringLiteral("name")).toString().isEmpty());
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/playbooks/pb_aid_latency")).status, 200);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/rules")).json.object().value(QStringLiteral("rules")).toArray().size(), 0);
    }

    void layeredScheduleAnsweredAtAnyTime()
    {
        QFile f(qEnvironmentVariable("HMS_EXAMPLES_DIR") + QStringLiteral("/fema_oncall_layered.yml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject upload{{QStringLiteral("file"), QStringLiteral("fema_oncall_layered.yml")},
                                 {QStringLiteral("content"), QString::fromUtf8(f.readAll())}};
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/rotations"), QJsonDocument(upload)).status, 201);
        auto at = [this](const QString &when) {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("at"), when);
            return m_api->get(QStringLiteral("/api/v1/oncall/fema_oncall_layered"), q);
        };
        // Thanksgiving 10:00 EST: the override.
        QJsonObject who = at(QStringLiteral("2026-11-26T10:00:00-05:00")).json.object()[QStringLiteral("on_call")].toObject();
        QCOMPARE(who[QStringLiteral("name")].toString(), QStringLiteral("jordan-dev"));
        QCOMPARE(who[QStringLiteral("layer")].toString(), QStringLiteral("override"));
        QCOMPARE(who[QStringLiteral("until_ms")].toInteger(), 1'795'784'400'000LL); // 2026-11-27T08:00-05:00
        // Wednesday 2026-01-07 10:00 EST: business hours, day 2 of [sam-sre, jordan-dev].
        who = at(QStringLiteral("1767798000000")).json.object()[QStringLiteral("on_call")].toObject();
        QCOMPARE(who[QStringLiteral("name")].toString(), QStringLiteral("sam-sre"));
        QCOMPARE(who[QStringLiteral("layer")].toString(), QStringLiteral("business-hours"));
        // Before the schedule starts, nobody; a malformed time is a 400 naming the parameter.
        QVERIFY(!at(QStringLiteral("2025-12-01T00:00:00Z")).json.object().contains(QStringLiteral("on_call")));
        const ApiReply bad = at(QStringLiteral("next tuesday"));
        QCOMPARE(bad.status, 400);
        QVERIFY2(bad.error.startsWith(QStringLiteral("at: ")), qPrintable(bad.error));
        // An overlapping override is refused with its position, and the stored schedule is kept.
        const QJsonObject overlapping{{QStringLiteral("file"), QStringLiteral("fema_oncall_layered.yml")},
                                      {QStringLiteral("content"), QString(upload[QStringLiteral("content")].toString()
                                           + QStringLiteral("  - {member: alex-ops, start: 2026-11-26T20:00:00, end: 2026-11-28T08:00:00}\n"))}};
        const ApiReply refused = m_api->post(QStringLiteral("/api/v1/rotations"), QJsonDocument(overlapping));
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.error.contains(QStringLiteral("overrides[1]: overlaps overrides[0]")), qPrintable(refused.error));
        QCOMPARE(at(QStringLiteral("2026-11-27T12:00:00Z")).json.object()[QStringLiteral("on_call")].toObject()[QStringLiteral("name")].toString(),
                 QStringLiteral("jordan-dev"));
    }

    void slosCreateListDelete()
    {
        QFile f(qEnvironmentVariable("HMS_EXAMPLES_DIR") + QStringLiteral("/slo_aid_latency.yml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        // Bad input names the file, line and column; nothing is stored.
        const QJsonObject bad{{QStringLiteral("file"), QStringLiteral("slo_aid_latency.yml")},
                              {QStringLiteral("content"), QString(text).replace(QStringLiteral("99.9%"), QStringLiteral("100%"))}};
        const ApiReply refused = m_api->post(QStringLiteral("/api/v1/slos"), QJsonDocument(bad));
        QCOMPARE(refused.status, 400);
        QVERIFY2(refused.error.contains(QStringLiteral("slo_aid_latency.yml:10:12: objective")), qPrintable(refused.error));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/slos")).json.object()[QStringLiteral("slos")].toArray().size(), 0);

        const QJsonObject good{{QStringLiteral("file"), QStringLiteral("slo_aid_latency.yml")}, {QStringLiteral("content"), text}};
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/slos"), QJsonDocument(good)).status, 201);
        const QJsonArray slos = m_api->get(QStringLiteral("/api/v1/slos")).json.object()[QStringLiteral("slos")].toArray();
        QCOMPARE(slos.size(), 1);
        const QJsonObject slo = slos.at(0).toObject();
        QCOMPARE(slo[QStringLiteral("objective")].toDouble(), 0.999);
        QCOMPARE(slo[QStringLiteral("window")].toString(), QStringLiteral("30d"));
        QCOMPARE(slo[QStringLiteral("alerts")].toArray().at(0).toObject()[QStringLiteral("rule")].toString(),
                 QStringLiteral("SLO_aid_latency_fast_burn"));
        // Its alerts are rules like any other, and their names are taken.
        QStringList rules;
        for (const QJsonValue &r : m_api->get(QStringLiteral("/api/v1/rules")).json.object()[QStringLiteral("rules")].toArray())
            rules << r.toObject()[QStringLiteral("name")].toString();
        QVERIFY2(rules.contains(QStringLiteral("SLO_aid_latency_budget_burn")), qPrintable(rules.join(u' ')));
        const QJsonObject clash{{QStringLiteral("file"), QStringLiteral("clash.yml")},
                                {QStringLiteral("content"), QStringLiteral("name: SLO_aid_latency_fast_burn\nmetric: m\naggregate: last\nthreshold: \"> 1\"\n")}};
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/rules"), QJsonDocument(clash)).status, 400);
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/slos/aid_latency")).status, 200);
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/slos/aid_latency")).status, 404);
        rules.clear();
        for (const QJsonValue &r : m_api->get(QStringLiteral("/api/v1/rules")).json.object()[QStringLiteral("rules")].toArray())
            rules << r.toObject()[QStringLiteral("name")].toString();
        QVERIFY(!rules.contains(QStringLiteral("SLO_aid_latency_fast_burn")));
    }

    void pushThenQuery()
    {
        const QByteArray body = "[{\"name\":\"aid_form.latency_ms\",\"value\":1200,\"labels\":{\"service\":\"aid_form\"}}, {\"name\":\"aid_form.latency_ms\",\"value\":1400,\"labels\":{\"service\":\"aid_form\"},\"trace_id\":\"t-1\"}, {\"name\":\"aid_form.latency_ms\",\"value\":\"slow\"}]";
        const ApiReply push = m_api->postRaw(QStringLiteral("/api/v1/metrics"), body, "application/json");
        QCOMPARE(push.status, 200);
        QCOMPARE(push.json.object().value(QStringLiteral("accepted")).toInt(), 2);
        QVERIFY(push.json.object().value(QStringLiteral("errors")).toArray().at(0).toString().contains(QStringLiteral("value")));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("metric"), QStringLiteral("aid_form.latency_ms"));
        q.addQueryItem(QStringLiteral("aggregate"), QStringLiteral("p50"));
        q.addQueryItem(QStringLiteral("match"), QStringLiteral("service=aid_form"));
        const ApiReply r = m_api->get(QStringLiteral("/api/v1/query"), q);
        QVERIFY(r.ok());
        const QJsonArray series = r.json.object().value(QStringLiteral("series")).toArray();
        QCOMPARE(series.size(), 1);
        QCOMPARE(series.at(0).toObject().value(QStringLiteral("value")).toDouble(), 1300.0);
        // The rejected sample is counted in the self-metric.
        QUrlQuery rejected;
        rejected.addQueryItem(QStringLiteral("metric"), QStringLiteral("ops_ingest_rejected_total"));
        rejected.addQueryItem(QStringLiteral("match"), QStringLiteral("reason=push_invalid_sample"));
        const ApiReply rr = m_api->get(QStringLiteral("/api/v1/query"), rejected);
        QCOMPARE(rr.json.object().value(QStringLiteral("series")).toArray().at(0).toObject().value(QStringLiteral("value")).toDouble(), 1.0);
        QCOMPARE(series.at(0).toObject().value(QStringLiteral("method")).toString(), QStringLiteral("raw"));
        QCOMPARE(series.at(0).toObject().value(QStringLiteral("approximate")).toBool(), false);

        // The same samples as a range: raw samples with the trace_id exemplar, then as 1 m rollups.
        QUrlQuery range;
        range.addQueryItem(QStringLiteral("metric"), QStringLiteral("aid_form.latency_ms"));
        range.addQueryItem(QStringLiteral("match"), QStringLiteral("service=aid_form"));
        range.addQueryItem(QStringLiteral("since"), QStringLiteral("10m"));
        const QJsonObject raw = m_api->get(QStringLiteral("/api/v1/query_range"), range).json.object();
        QCOMPARE(raw.value(QStringLiteral("resolution")).toString(), QStringLiteral("raw"));
        const QJsonObject rawSeries = raw.value(QStringLiteral("series")).toArray().at(0).toObject();
        QCOMPARE(rawSeries.value(QStringLiteral("samples")).toArray().size(), 2);
        QCOMPARE(rawSeries.value(QStringLiteral("samples")).toArray().at(1).toArray().at(1).toDouble(), 1400.0);
        QCOMPARE(rawSeries.value(QStringLiteral("exemplars")).toArray().at(0).toObject().value(QStringLiteral("trace_id")).toString(),
                 QStringLiteral("t-1"));
        range.addQueryItem(QStringLiteral("resolution"), QStringLiteral("1m"));
        const QJsonObject minute = m_api->get(QStringLiteral("/api/v1/query_range"), range).json.object();
        const QJsonArray buckets = minute.value(QStringLiteral("series")).toArray().at(0).toObject().value(QStringLiteral("buckets")).toArray();
        double count = 0, sum = 0;
        for (const QJsonValue &b : buckets) {
            count += b.toObject().value(QStringLiteral("count")).toDouble();
            sum += b.toObject().value(QStringLiteral("sum")).toDouble();
        }
        QCOMPARE(count, 2.0);
        QCOMPARE(sum, 2600.0);
    }

    void badRequestsNameWhatWasWrong_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("push not JSON") << QStringLiteral("/api/v1/metrics") << QStringLiteral("") << QByteArray("{nope") << 400 << QStringLiteral("");
        QTest::addRow("aggregate") << QStringLiteral("/api/v1/query") << QStringLiteral("metric=m&aggregate=p200x") << QByteArray() << 400 << QStringLiteral("aggregate");
        QTest::addRow("window") << QStringLiteral("/api/v1/query") << QStringLiteral("metric=m&window=soon") << QByteArray() << 400 << QStringLiteral("window");
        QTest::addRow("range resolution") << QStringLiteral("/api/v1/query_range") << QStringLiteral("metric=m&resolution=5m") << QByteArray() << 400 << QStringLiteral("resolution");
        QTest::addRow("range order") << QStringLiteral("/api/v1/query_range") << QStringLiteral("metric=m&from=10&to=5") << QByteArray() << 400 << QStringLiteral("from");
        QTest::addRow("rule file") << QStringLiteral("/api/v1/rules") << QStringLiteral("")
                                   << QByteArray("{\"file\":\"r.yml\",\"content\":\"metric: m\\naggregate: p95\\nthreshold: \\\"> 1\\\"\\nfor: forever\\n\"}")
                                   << 400 << QStringLiteral("r.yml:4:6: for");
        QTest::addRow("unknown incident") << QStringLiteral("/api/v1/incidents/4242") << QStringLiteral("") << QByteArray() << 404 << QStringLiteral("4242");
        QTest::addRow("unknown endpoint") << QStringLiteral("/api/v1/nothing") << QStringLiteral("") << QByteArray() << 404 << QStringLiteral("/api/v1/nothing");
    }
    void badRequestsNameWhatWasWrong()
    {
        QFETCH(QString, path);
        QFETCH(QString, query);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const ApiReply r = body.isEmpty() ? m_api->get(path, QUrlQuery(query))
                                          : m_api->postRaw(path, body, "application/json");
        QCOMPARE(r.status, status);
        QVERIFY2(r.error.contains(mentions), qPrintable(r.error));
        QVERIFY(!r.error.isEmpty());
    }

    void ruleFiresIntoAnIncidentAndTheEventFeed()
    {
        const QJsonObject upload{{QStringLiteral("file"), QStringLiteral("fast.yml")},
                                 {QStringLiteral("content"),
                                  QStringLiteral("name: FAST\nmetric: queue.size\naggregate: last\nthreshold: \"> 100\"\n"
                                                 "notify: fema_oncall\nplaybook: pb_aid_latency\n")}};
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/rules"), QJsonDocument(upload)).status, 201);
        const QByteArray body = "{\"name\":\"queue.size\",\"value\":150,\"kind\":\"gauge\"}";
        QCOMPARE(m_api->postRaw(QStringLiteral("/api/v1/metrics"), body, "application/json").status, 200);
        // Poll the event feed the way `opsctl incident watch` does (bounded: 5 s at 100 ms ticks).
        QJsonArray events;
        QTRY_VERIFY_WITH_TIMEOUT((events = m_api->get(QStringLiteral("/api/v1/events"))
                                              .json.object().value(QStringLiteral("events")).toArray())
                                     .size() >= 3,
                                 5000);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("fired"));
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("rule")).toString(), QStringLiteral("FAST"));
        const qint64 id = events.at(0).toObject().value(QStringLiteral("incident_id")).toInteger();
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/incidents/%1/ack").arg(id), {}).status, 200);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/incidents/%1/ack").arg(id), {}).status, 409);
        // Reassign: to a rotation member (their pager comes along), refused without a name, to the
        // same person again, or for an unknown incident.
        const QJsonObject to{{QStringLiteral("to"), QStringLiteral("jordan-dev")}, {QStringLiteral("by"), QStringLiteral("ana")}};
        ApiReply reassigned = m_api->post(QStringLiteral("/api/v1/incidents/%1/reassign").arg(id), QJsonDocument(to));
        QCOMPARE(reassigned.status, 200);
        QCOMPARE(reassigned.json.object()[QStringLiteral("incident")].toObject()[QStringLiteral("assignee")].toString(), QStringLiteral("jordan-dev"));
        QCOMPARE(reassigned.json.object()[QStringLiteral("incident")].toObject()[QStringLiteral("assignee_pager")].toString(), QStringLiteral("151"));
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/incidents/%1/reassign").arg(id), QJsonDocument(to)).status, 409);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/incidents/%1/reassign").arg(id), QJsonDocument(QJsonObject{})).status, 400);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/incidents/999999/reassign"), QJsonDocument(to)).status, 404);
        // FAST has no escalation policy: escalating by hand says so.
        const ApiReply noPolicy = m_api->post(QStringLiteral("/api/v1/incidents/%1/escalate").arg(id), QJsonDocument(QJsonObject{}));
        QCOMPARE(noPolicy.status, 409);
        QVERIFY2(noPolicy.error.contains(QStringLiteral("no escalation policy")), qPrintable(noPolicy.error));
        QStringList kinds;
        for (const QJsonValue &e : m_api->get(QStringLiteral("/api/v1/incidents/%1").arg(id)).json.object()[QStringLiteral("events")].toArray())
            kinds << e.toObject()[QStringLiteral("kind")].toString() + u' ' + e.toObject()[QStringLiteral("message")].toString();
        QVERIFY2(kinds.filter(QStringLiteral("reassigned from")).constFirst().contains(QStringLiteral("to jordan-dev (pager #151) by ana")),
                 qPrintable(kinds.join(u'\n')));

        // Incident command: comment, root-cause link, checklist tick; bad input named with a 4xx.
        const QString base = QStringLiteral("/api/v1/incidents/%1/").arg(id);
        QCOMPARE(m_api->post(base + QStringLiteral("comment"), QJsonDocument(QJsonObject{{QStringLiteral("text"), QStringLiteral("CDN ok")}})).status, 200);
        const ApiReply emptyComment = m_api->post(base + QStringLiteral("comment"), QJsonDocument(QJsonObject{}));
        QCOMPARE(emptyComment.status, 400);
        QVERIFY2(emptyComment.error.startsWith(QStringLiteral("comment: empty")), qPrintable(emptyComment.error));
        QCOMPARE(m_api->postRaw(base + QStringLiteral("comment"), "{not json", "application/json").status, 400);
        const ApiReply badLink = m_api->post(base + QStringLiteral("root_cause"), QJsonDocument(QJsonObject{{QStringLiteral("url"), QStringLiteral("file:///etc/passwd")}}));
        QCOMPARE(badLink.status, 400);
        QVERIFY2(badLink.error.contains(QStringLiteral("root-cause link")), qPrintable(badLink.error));
        const ApiReply link = m_api->post(base + QStringLiteral("root_cause"), QJsonDocument(QJsonObject{{QStringLiteral("url"), QStringLiteral("https://jira.example.gov/browse/AID-1")}}));
        QCOMPARE(link.status, 200);
        QCOMPARE(link.json.object()[QStringLiteral("incident")].toObject()[QStringLiteral("root_cause_url")].toString(),
                 QStringLiteral("https://jira.example.gov/browse/AID-1"));
        QCOMPARE(m_api->post(base + QStringLiteral("steps"), QJsonDocument(QJsonObject{{QStringLiteral("step"), 0}})).status, 200);
        QCOMPARE(m_api->post(base + QStringLiteral("steps"), QJsonDocument(QJsonObject{{QStringLiteral("step"), 9}})).status, 409);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/incidents/999999/steps"), QJsonDocument(QJsonObject{{QStringLiteral("step"), 0}})).status, 404);
        // Bulk acknowledgement: this one is acknowledged already, so it is refused by id.
        const ApiReply bulk = m_api->post(QStringLiteral("/api/v1/incidents/ack"), QJsonDocument(QJsonObject{{QStringLiteral("ids"), QJsonArray{id}}}));
        QCOMPARE(bulk.status, 200);
        QVERIFY(bulk.json.object()[QStringLiteral("refused")].toObject().contains(QString::number(id)));
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/incidents/ack"), QJsonDocument(QJsonObject{})).status, 400);

        // The RCA: a pre-filled draft; a second save from version 0 is a 409.
        const ApiReply rca = m_api->get(base + QStringLiteral("rca"));
        QCOMPARE(rca.status, 200);
        QCOMPARE(rca.json.object()[QStringLiteral("rca")].toObject()[QStringLiteral("version")].toInt(), 0);
        const QJsonObject put{{QStringLiteral("rca"), rca.json.object()[QStringLiteral("rca")]}, {QStringLiteral("base_version"), 0}};
        QCOMPARE(m_api->put(base + QStringLiteral("rca"), QJsonDocument(put).toJson()).status, 200);
        QCOMPARE(m_api->put(base + QStringLiteral("rca"), QJsonDocument(put).toJson()).status, 409);

        // Playbooks: an edit from an old version is a 409 and changes nothing.
        const QString markdown = m_api->get(QStringLiteral("/api/v1/playbooks/pb_aid_latency")).json.object()[QStringLiteral("markdown")].toString();
        const int version = m_api->get(QStringLiteral("/api/v1/playbooks/pb_aid_latency/versions")).json.object()[QStringLiteral("versions")].toArray().first().toObject()[QStringLiteral("version")].toInt();
        const QJsonObject edit{{QStringLiteral("markdown"), QString(markdown + QStringLiteral("5. More.\n"))}, {QStringLiteral("base_version"), version}};
        QCOMPARE(m_api->put(QStringLiteral("/api/v1/playbooks/pb_aid_latency"), QJsonDocument(edit).toJson()).status, 200);
        const ApiReply stale = m_api->put(QStringLiteral("/api/v1/playbooks/pb_aid_latency"), QJsonDocument(edit).toJson());
        QCOMPARE(stale.status, 409);
        QVERIFY2(stale.error.contains(QStringLiteral("conflict")), qPrintable(stale.error));
        QUrlQuery diff;
        diff.addQueryItem(QStringLiteral("from"), QString::number(version));
        diff.addQueryItem(QStringLiteral("to"), QString::number(version + 1));
        QVERIFY(m_api->get(QStringLiteral("/api/v1/playbooks/pb_aid_latency/diff"), diff).json.object()[QStringLiteral("diff")].toString().contains(QStringLiteral("+ 5. More.")));

        // The bundle: bytes that decode to this incident with its events.
        QUrlQuery margin;
        margin.addQueryItem(QStringLiteral("margin"), QStringLiteral("1m"));
        const ApiReply bundleReply = m_api->get(base + QStringLiteral("bundle"), margin);
        QCOMPARE(bundleReply.status, 200);
        BundleIo io;
        const auto bundle = decodeBundle(bundleReply.body, &io);
        QVERIFY2(bundle, qPrintable(io.error));
        QCOMPARE(bundle->incident.id, id);
        QVERIFY(bundle->events.size() >= 6);
        QCOMPARE(bundle->series.size(), std::size_t(1));
        margin.clear();
        margin.addQueryItem(QStringLiteral("margin"), QStringLiteral("forever"));
        QCOMPARE(m_api->get(base + QStringLiteral("bundle"), margin).status, 400);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/incidents/999999/bundle")).status, 404);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/traces/no-such-trace")).json.object()[QStringLiteral("samples")].toArray().size(), 0);

        QCOMPARE(m_api->del(QStringLiteral("/api/v1/rules/FAST")).status, 200);
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/rules/FAST")).status, 404);
    }

    void silencesHoldBackTheOpenedNotificationOnly()
    {
        // Bad silences are refused whole, each problem named; nothing is stored.
        QJsonObject bad{{QStringLiteral("matchers"), QStringLiteral("{service=~\"aid(\"}")},
                        {QStringLiteral("duration"), QStringLiteral("1h")},
                        {QStringLiteral("created_by"), QString()},
                        {QStringLiteral("comment"), QStringLiteral("x")}};
        ApiReply r = m_api->post(QStringLiteral("/api/v1/silences"), QJsonDocument(bad));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error.contains(QStringLiteral("matchers:")) && r.error.contains(QStringLiteral("created_by")), qPrintable(r.error));
        bad[QStringLiteral("matchers")] = QStringLiteral("{service=~\".*\"}");
        bad[QStringLiteral("created_by")] = QStringLiteral("ana");
        r = m_api->post(QStringLiteral("/api/v1/silences"), QJsonDocument(bad));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error.contains(QStringLiteral("empty string")), qPrintable(r.error));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/silences"), {}).json.object()[QStringLiteral("silences")].toArray().size(), 0);

        const QJsonObject silence{{QStringLiteral("matchers"), QStringLiteral("{alertname=\"QUIET\", service=~\"aid.*\"}")},
                                  {QStringLiteral("duration"), QStringLiteral("1h")},
                                  {QStringLiteral("created_by"), QStringLiteral("ana")},
                                  {QStringLiteral("comment"), QStringLiteral("planned failover")}};
        r = m_api->post(QStringLiteral("/api/v1/silences"), QJsonDocument(silence));
        QCOMPARE(r.status, 201);
        const QString id = r.json.object()[QStringLiteral("id")].toString();
        QCOMPARE(r.json.object()[QStringLiteral("state")].toString(), QStringLiteral("active"));

        const QJsonObject upload{{QStringLiteral("file"), QStringLiteral("quiet.yml")},
                                 {QStringLiteral("content"),
                                  QStringLiteral("name: QUIET\nmetric: aid.q\naggregate: last\nthreshold: \"> 1\"\n"
                                                 "notify: fema_oncall\nmatch: {service: aid_form}\n")}};
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/rules"), QJsonDocument(upload)).status, 201);
        QCOMPARE(m_api->postRaw(QStringLiteral("/api/v1/metrics"),
                                "{\"name\":\"aid.q\",\"value\":5,\"kind\":\"gauge\",\"labels\":{\"service\":\"aid_form\"}}",
                                "application/json").status, 200);
        qint64 incident = 0;
        auto kinds = [&] {
            QStringList out;
            const QJsonArray incidents = m_api->get(QStringLiteral("/api/v1/incidents")).json.object()[QStringLiteral("incidents")].toArray();
            for (const QJsonValue &v : incidents)
                if (v.toObject()[QStringLiteral("rule")].toString() == u"QUIET")
                    incident = v.toObject()[QStringLiteral("id")].toInteger();
            if (incident == 0)
                return out;
            for (const QJsonValue &e : m_api->get(QStringLiteral("/api/v1/incidents/%1").arg(incident)).json.object()[QStringLiteral("events")].toArray())
                out << e.toObject()[QStringLiteral("kind")].toString();
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(kinds().contains(QStringLiteral("notification_silenced")), 5000);
        QVERIFY(!kinds().contains(QStringLiteral("notification_queued")));
        QVERIFY(!kinds().contains(QStringLiteral("notification_skipped")));

        // Expiring it: a notice on the incident's timeline; expiring again is a conflict.
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/silences/%1/expire").arg(id), QJsonDocument(QJsonObject{})).status, 200);
        QVERIFY(kinds().contains(QStringLiteral("silence_expired")));
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/silences/%1/expire").arg(id), QJsonDocument(QJsonObject{})).status, 409);
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/silences/nope/expire"), QJsonDocument(QJsonObject{})).status, 404);

        // "Until resolved": ends when the incident resolves; the resolution is still announced.
        const QJsonObject untilResolved{{QStringLiteral("matchers"), QStringLiteral("{alertname=\"QUIET\"}")},
                                        {QStringLiteral("until_resolved_incident"), incident},
                                        {QStringLiteral("created_by"), QStringLiteral("ana")},
                                        {QStringLiteral("comment"), QStringLiteral("known, being fixed")}};
        r = m_api->post(QStringLiteral("/api/v1/silences"), QJsonDocument(untilResolved));
        QCOMPARE(r.status, 201);
        const QString second = r.json.object()[QStringLiteral("id")].toString();
        QVERIFY(kinds().contains(QStringLiteral("silence_created")));
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/incidents/%1/resolve").arg(incident), {}).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(m_api->get(QStringLiteral("/api/v1/silences/%1").arg(second)).json.object()[QStringLiteral("state")].toString(),
                                  QStringLiteral("expired"), 5000);
        // The resolution is not held back: still exactly one "silenced" event (from the opening).
        QCOMPARE(kinds().count(QStringLiteral("notification_silenced")), 1);
        QVERIFY(kinds().contains(QStringLiteral("resolved")));
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/rules/QUIET")).status, 200);
    }

    void lineProtocolWrites()
    {
        const QByteArray ns = QByteArray::number((QDateTime::currentMSecsSinceEpoch() - 1000) * 1000000);
        const QByteArray body = "cpu,host=a usage_user=12.5,usage_system=3 " + ns + "\n"
                                "queue,service=hitl value=101i " + ns + "\n";
        QCOMPARE(m_api->postRaw(QStringLiteral("/api/v2/write"), body, "text/plain").status, 204);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("metric"), QStringLiteral("cpu_usage_user"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/query"), q).json.object()[QStringLiteral("series")].toArray()
                     .at(0).toObject()[QStringLiteral("value")].toDouble(),
                 12.5);
        q.clear();
        q.addQueryItem(QStringLiteral("metric"), QStringLiteral("queue"));
        q.addQueryItem(QStringLiteral("match"), QStringLiteral("service=hitl"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/query"), q).json.object()[QStringLiteral("series")].toArray()
                     .at(0).toObject()[QStringLiteral("value")].toDouble(),
                 101.0);

        // A partial write keeps the good lines and names the bad one.
        const QByteArray partial = "mem used=5\nmem used=oops\n";
        const ApiReply r = m_api->postRaw(QStringLiteral("/write"), partial, "text/plain");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error.contains(QStringLiteral("partial write: 1 of 2")) && r.error.contains(QStringLiteral("line 2:")),
                 qPrintable(r.error));
        q.clear();
        q.addQueryItem(QStringLiteral("metric"), QStringLiteral("mem_used"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/query"), q).json.object()[QStringLiteral("series")].toArray().size(), 1);
    }

    void gzipAndLimits()
    {
        QNetworkAccessManager nam;
        auto post = [&](const QByteArray &body, const QByteArray &encoding, const QByteArray &auth) {
            QUrl url = m_engine->endpoints().api;
            url.setPath(QStringLiteral("/write"));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", auth);
            if (!encoding.isEmpty())
                request.setRawHeader("Content-Encoding", encoding);
            QNetworkReply *reply = nam.post(request, body);
            QSignalSpy done(reply, &QNetworkReply::finished);
            done.wait(20000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QString error;
        const QByteArray token = readApiToken(m_dir.filePath(QStringLiteral("api-token")), &error)->toLatin1();
        QCOMPARE(post(gzip("gz value=1\n"), "gzip", "Token " + token), 204); // InfluxDB 2.x client auth
        QCOMPARE(post("not gzip at all", "gzip", "Bearer " + token), 400);
        QCOMPARE(post(QByteArray(17 * 1024 * 1024, 'x'), {}, "Bearer " + token), 413);
        QCOMPARE(post(gzip(QByteArray(80 * 1024 * 1024, '\n')), "gzip", "Bearer " + token), 413); // a gzip bomb
        QCOMPARE(post("gz value=1\n", {}, "Token wrong"), 401);
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("metric"), QStringLiteral("gz"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/query"), q).json.object()[QStringLiteral("series")].toArray().size(), 1);
    }

    void secretsRejectWhatIsNotAUrl()
    {
        const ApiReply r = m_api->put(QStringLiteral("/api/v1/secrets/slack_webhook"), "not a url");
        QCOMPARE(r.status, 400);
        QVERIFY(r.error.contains(QStringLiteral("slack_webhook")));
        QCOMPARE(m_api->put(QStringLiteral("/api/v1/secrets/other"), "https://x").status, 400);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("secrets.json")))); // nothing stored
    }

    void statusPagesNeedNoTokenAndEscapeEverything()
    {
        const QJsonObject upload{{QStringLiteral("file"), QStringLiteral("page.yml")},
                                 {QStringLiteral("content"),
                                  QStringLiteral("name: PAGE\nmetric: page.queue\naggregate: last\nthreshold: \"> 100\"\n"
                                                 "severity: critical\nnotify: fema_oncall\nplaybook: pb_aid_latency\n"
                                                 "labels:\n  service: \"<script>alert(1)</script>\"\n")}};
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/rules"), QJsonDocument(upload)).status, 201);
        QCOMPARE(m_api->postRaw(QStringLiteral("/api/v1/metrics"), "{\"name\":\"page.queue\",\"value\":150,\"kind\":\"gauge\"}",
                                "application/json")
                     .status,
                 200);
        qint64 id = 0;
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            for (const QJsonValue &v : m_api->get(QStringLiteral("/api/v1/incidents")).json.object()[QStringLiteral("incidents")].toArray())
                if (v.toObject()[QStringLiteral("rule")].toString() == u"PAGE")
                    id = v.toObject()[QStringLiteral("id")].toInteger();
            return id > 0;
        }(), 5000);

        ApiClient anonymous(m_engine->endpoints().api, QString());
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/incidents")).status, 401); // the API still needs its token
        const ApiReply status = anonymous.get(QStringLiteral("/status"));
        QCOMPARE(status.status, 200);
        const QString html = QString::fromUtf8(status.body);
        QVERIFY2(html.contains(QStringLiteral("<a href=\"/incidents/%1\">%1</a>").arg(id)), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));
        QVERIFY(html.contains(QStringLiteral("critical incident"))); // the service's state
        QVERIFY(html.contains(QStringLiteral("fema_oncall")));       // who is on call

        const ApiReply incident = anonymous.get(QStringLiteral("/incidents/%1").arg(id));
        QCOMPARE(incident.status, 200);
        const QString detail = QString::fromUtf8(incident.body);
        QVERIFY(detail.contains(QStringLiteral("#%1 PAGE").arg(id)));
        QVERIFY(detail.contains(QStringLiteral("<a href=\"/playbooks/pb_aid_latency\">")));
        QVERIFY(detail.contains(QStringLiteral("<td>fired</td>")));
        QCOMPARE(anonymous.get(QStringLiteral("/incidents/999999")).status, 404);

        const ApiReply playbook = anonymous.get(QStringLiteral("/playbooks/pb_aid_latency"));
        QCOMPARE(playbook.status, 200);
        QVERIFY(QString::fromUtf8(playbook.body).contains(QStringLiteral("<ol><li>")));
        QCOMPARE(anonymous.get(QStringLiteral("/playbooks/nope")).status, 404);

        QCOMPARE(m_api->post(QStringLiteral("/api/v1/incidents/%1/resolve").arg(id), {}).status, 200);
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/rules/PAGE")).status, 200);
    }

    void dashboardsAreVersionedAndServedLive()
    {
        // The seed's /dashboard/fema exists in a fresh data dir; the five templates are offered.
        const QJsonArray saved = m_api->get(QStringLiteral("/api/v1/dashboards")).json.object()[QStringLiteral("dashboards")].toArray();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0)[QStringLiteral("name")].toString(), QStringLiteral("fema"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/dashboards/templates")).json.object()[QStringLiteral("templates")].toArray().size(), 5);

        // Save a new one, edit it, and lose a race: 201, 201, 409 and nothing overwritten.
        const QByteArray wall = "{\"name\": \"wall\", \"title\": \"Wall\", \"tiles\": [{\"kind\": \"stat\", \"title\": "
                                "\"Queue\", \"x\": 0, \"y\": 0, \"w\": 4, \"h\": 2, \"metric\": \"wall.queue\", \"aggregate\": "
                                "\"last\"}, {\"kind\": \"chart\", \"title\": \"Queue over time\", \"x\": 4, \"y\": 0, \"w\": 8, "
                                "\"h\": 2, \"metric\": \"wall.queue\"}]}";
        ApiReply r = m_api->postRaw(QStringLiteral("/api/v1/dashboards"), wall, "application/json", QUrlQuery{{QStringLiteral("base_version"), QStringLiteral("0")}, {QStringLiteral("by"), QStringLiteral("ana")}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json.object()[QStringLiteral("version")].toInt(), 1);
        QCOMPARE(m_api->postRaw(QStringLiteral("/api/v1/dashboards"), wall, "application/json", QUrlQuery{{QStringLiteral("base_version"), QStringLiteral("1")}, {QStringLiteral("by"), QStringLiteral("ana")}}).status, 201);
        r = m_api->postRaw(QStringLiteral("/api/v1/dashboards"), wall, "application/json", QUrlQuery{{QStringLiteral("base_version"), QStringLiteral("1")}, {QStringLiteral("by"), QStringLiteral("ben")}});
        QCOMPARE(r.status, 409);
        QVERIFY2(r.error.contains(QStringLiteral("saved by ana as version 2")), qPrintable(r.error));
        r = m_api->postRaw(QStringLiteral("/api/v1/dashboards"), "{\"name\": \"wall\", \"tiles\": [{\"kind\": \"pie\"}]}", "application/json", QUrlQuery{{QStringLiteral("file"), QStringLiteral("wall.json")}});
        QCOMPARE(r.status, 400);
        QVERIFY2(r.error.startsWith(QStringLiteral("wall.json: tiles[0].kind: expected one of")), qPrintable(r.error));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/dashboards/wall/versions")).json.object()[QStringLiteral("versions")].toArray().size(), 2);
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/dashboards/wall"), QUrlQuery{{QStringLiteral("version"), QStringLiteral("1")}}).json.object()[QStringLiteral("saved_by")].toString(),
                 QStringLiteral("ana"));
        QCOMPARE(m_api->get(QStringLiteral("/api/v1/dashboards/wall"), QUrlQuery{{QStringLiteral("version"), QStringLiteral("9")}}).status, 404);

        // The live page: anonymous, the value on it, red when its rule fires, and escaped.
        const QJsonObject upload{{QStringLiteral("file"), QStringLiteral("wall.yml")},
                                 {QStringLiteral("content"), QStringLiteral("name: WALL_QUEUE\nmetric: wall.queue\naggregate: last\n"
                                                                            "threshold: \"> 100\"\nseverity: critical\n")}};
        QCOMPARE(m_api->post(QStringLiteral("/api/v1/rules"), QJsonDocument(upload)).status, 201);
        ApiClient anonymous(m_engine->endpoints().api, QString());
        QCOMPARE(m_api->postRaw(QStringLiteral("/api/v1/metrics"), "{\"name\":\"wall.queue\",\"value\":42,\"kind\":\"gauge\"}",
                                "application/json").status, 200);
        QString page = QString::fromUtf8(anonymous.get(QStringLiteral("/dashboard/wall")).body);
        QVERIFY2(page.contains(QStringLiteral("<div class=\"big\">42.0</div>")), qPrintable(page));
        QVERIFY(page.contains(QStringLiteral("tile state-ok")));
        QVERIFY(page.contains(QStringLiteral("<circle"))); // one sample so far: a dot
        QVERIFY(page.contains(QStringLiteral("stroke-dasharray"))); // the rule's threshold line
        QCOMPARE(m_api->postRaw(QStringLiteral("/api/v1/metrics"), "{\"name\":\"wall.queue\",\"value\":150,\"kind\":\"gauge\"}",
                                "application/json").status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(QString::fromUtf8(anonymous.get(QStringLiteral("/dashboard/wall")).body)
                                     .contains(QStringLiteral("tile state-firing")),
                                 5000);
        page = QString::fromUtf8(anonymous.get(QStringLiteral("/dashboard/wall")).body);
        QVERIFY(page.contains(QStringLiteral("<div class=\"big\">150</div>")));
        QVERIFY(page.contains(QStringLiteral("fill-opacity"))); // the firing interval, shaded
        QVERIFY(page.contains(QStringLiteral("<polyline")));    // two samples: a line
        QCOMPARE(anonymous.get(QStringLiteral("/dashboard/nope")).status, 404);
        QCOMPARE(anonymous.get(QStringLiteral("/api/v1/dashboards")).status, 401);
        QCOMPARE(anonymous.get(QStringLiteral("/dashboard/fema")).status, 200);

        for (const QJsonValue &v : m_api->get(QStringLiteral("/api/v1/incidents")).json.object()[QStringLiteral("incidents")].toArray())
            if (v.toObject()[QStringLiteral("rule")].toString() == u"WALL_QUEUE")
                m_api->post(QStringLiteral("/api/v1/incidents/%1/resolve").arg(v.toObject()[QStringLiteral("id")].toInteger()), {});
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/rules/WALL_QUEUE")).status, 200);
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/dashboards/wall")).status, 200);
        QCOMPARE(m_api->del(QStringLiteral("/api/v1/dashboards/wall")).status, 404);
    }

    void settingsAreValidatedByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::addRow("link base") << QStringLiteral("notify.link_base") << QByteArray("https://ops.example.gov") << 200 << QString();
        QTest::addRow("link base cleared") << QStringLiteral("notify.link_base") << QByteArray("") << 200 << QString();
        QTest::addRow("link base not a URL") << QStringLiteral("notify.link_base") << QByteArray("ops.example.gov") << 400
                                             << QStringLiteral("notify.link_base: expected an http(s) URL");
        QTest::addRow("severities") << QStringLiteral("notify.slack.severities") << QByteArray("critical, warning") << 200 << QString();
        QTest::addRow("unknown severity") << QStringLiteral("notify.slack.severities") << QByteArray("critical,page") << 400
                                          << QStringLiteral("notify.slack.severities: \"page\" is not a severity");
        QTest::addRow("enabled") << QStringLiteral("notify.webhook.enabled") << QByteArray("0") << 200 << QString();
        QTest::addRow("enabled yes") << QStringLiteral("notify.webhook.enabled") << QByteArray("yes") << 400
                                     << QStringLiteral("notify.webhook.enabled: expected 1 or 0");
        QTest::addRow("unknown") << QStringLiteral("notify.sms.enabled") << QByteArray("1") << 400
                                 << QStringLiteral("setting \"notify.sms.enabled\" is not known");
    }
    void settingsAreValidatedByName()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QString before = m_api->get(QStringLiteral("/api/v1/settings")).json.object()[QStringLiteral("settings")].toObject()[name].toString();
        const ApiReply r = m_api->put(QStringLiteral("/api/v1/settings/") + name, value);
        QCOMPARE(r.status, status);
        QVERIFY2(r.error.startsWith(error), qPrintable(r.error));
        const QString after = m_api->get(QStringLiteral("/api/v1/settings")).json.object()[QStringLiteral("settings")].toObject()[name].toString();
        QCOMPARE(after, status == 200 ? QString::fromUtf8(value) : before); // a refused value leaves the stored one
    }

    void secretsGoToTheOptInFileOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("secrets.json"));
        const ApiReply r = m_api->put(QStringLiteral("/api/v1/secrets/webhook_url"), "http://127.0.0.1:9/hook\n");
        QCOMPARE(r.status, 200);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("webhook_url")).toString(),
                 QStringLiteral("http://127.0.0.1:9/hook"));
        QCOMPARE(QFile::permissions(path) & QFileDevice::Permissions(0x7077), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const ApiReply status = m_api->get(QStringLiteral("/api/v1/status"));
        QCOMPARE(status.json.object().value(QStringLiteral("secrets")).toString(), QStringLiteral("file %1 (--secrets-file)").arg(path));
        // The older raw history (none here) has loaded: rules evaluate.
        QTRY_COMPARE(m_api->get(QStringLiteral("/api/v1/status")).json.object()[QStringLiteral("store")].toObject()
                         [QStringLiteral("history_percent")].toInt(-1),
                     100);
        // The secret is in no database and no config file of the data directory.
        for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files)) {
            if (name == u"secrets.json")
                continue;
            QFile other(m_dir.filePath(name));
            QVERIFY(other.open(QIODevice::ReadOnly));
            QVERIFY2(!other.readAll().contains("127.0.0.1:9/hook"), qPrintable(name));
        }
    }
};

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
