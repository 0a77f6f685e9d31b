// Remote sources against the real servers (issue #8), all started here on loopback from Debian's
// packages: VictoriaMetrics 1.79 (basic auth), Prometheus 2.42 (TLS with our own CA, basic auth,
// data backfilled with promtool) and Alertmanager 0.25. The same known samples go into each and
// into our own store; `query:` rules and tiles must see exactly what our own rules see.

#include "core/Types.h"
#include "dash/Dashboard.h"
#include "ingest/PushParser.h"
#include "ingest/Scraper.h"
#include "notify/SecretStore.h"
#include "remote/RemoteHub.h"
#include "rules/Evaluator.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSaveFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <cmath>

using namespace hms;

namespace {
constexpr qint64 kStepMs = 10'000;
constexpr int kPoints = 60;
const QString kUser = QStringLiteral("ops");
const QString kPassword = QStringLiteral("hms-remote-test");
// bcrypt of kPassword (cost 10), for Prometheus' web config.
const char *kPasswordHash = "$2b$10$RlHGYT3rK6X1rdP6yCBEDuGslJNo528Ik0XCacmrV2jI4J9IYj/0G";

quint16 freePort()
{
    QTcpServer s;
    s.listen(QHostAddress::LocalHost, 0);
    return s.serverPort();
}

double valueOf(int series, int i)
{
    return series == 0 ? 100 + (i * 37) % 50 : 200 + (i * 53) % 70 - 100;
}
} // namespace

class TestRemoteSources : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    TimestampMs m_t0 = 0; // first sample; samples every 10 s
    QProcess m_vm, m_prom, m_am;
    quint16 m_vmPort = 0, m_promPort = 0, m_amPort = 0;
    SeriesStore m_local;  // our own store, fed the same samples
    SeriesStore m_remote; // what the hub stores from its answers
    std::unique_ptr<SecretStore> m_secrets;
    std::vector<RemoteSource> m_sources;
    QThread m_thread;
    RemoteHub *m_hub = nullptr;

    struct Http {
        int status = 0;
        QByteArray body;
    };
    Http http(const QByteArray &verb, const QUrl &url, const QByteArray &body = {}, bool auth = false)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(url);
        if (auth)
            req.setRawHeader("Authorization", "Basic " + (kUser + u':' + kPassword).toUtf8().toBase64());
        if (!body.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setTransferTimeout(5000);
        QNetworkReply *reply = nam.sendCustomRequest(req, verb, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(6000);
        Http out{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
        reply->deleteLater();
        return out;
    }
    template<typename Call>
    PromResult onHub(Call call)
    {
        std::optional<PromResult> out;
        QEventLoop loop;
        QMetaObject::invokeMethod(m_hub, [&] {
            call([&loop, &out](const PromResult &r) {
                QMetaObject::invokeMethod(&loop, [&loop, &out, r] {
                    out = r;
                    loop.quit();
                });
            });
        });
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        loop.exec();
        return out.value_or(PromResult{{}, {}, {}, QStringLiteral("test: no answer"), true});
    }
    PromResult instant(const QString &source, const QString &query, TimestampMs at)
    {
        return onHub([&](RemoteHub::PromDone done) { m_hub->instant(source, query, at, std::move(done)); });
    }
    std::pair<bool, QString> silence(bool create, const QString &arg, const Labels &matchers = {})
    {
        std::optional<std::pair<bool, QString>> out;
        QEventLoop loop;
        auto done = [&loop, &out](bool ok, const QString &text) {
            QMetaObject::invokeMethod(&loop, [&loop, &out, ok, text] {
                out = {ok, text};
                loop.quit();
            });
        };
        QMetaObject::invokeMethod(m_hub, [&] {
            const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
            if (create)
                m_hub->createSilence(QStringLiteral("am"), matchers, now, now + 3600'000, QStringLiteral("ic@test"),
                                     QStringLiteral("disk swap in progress"), done);
            else
                m_hub->expireSilence(QStringLiteral("am"), arg, done);
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        return out.value_or(std::pair{false, QStringLiteral("test: no answer")});
    }
    bool startServer(QProcess &p, const QString &program, const QStringList &args)
    {
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(program, args);
        return p.waitForStarted(5000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        m_t0 = (now - kPoints * kStepMs - 5000) / kStepMs * kStepMs;
        // The known samples: our store, VictoriaMetrics' import format, OpenMetrics for promtool.
        QByteArray vmImport, openMetrics = "# TYPE m gauge\n";
        std::vector<PushedSample> samples;
        for (int s = 0; s < 2; ++s) {
            const QString svc = s == 0 ? QStringLiteral("a") : QStringLiteral("b");
            for (int i = 0; i < kPoints; ++i) {
                const TimestampMs t = m_t0 + i * kStepMs;
                samples.push_back({QStringLiteral("m"), {{QStringLiteral("svc"), svc}}, valueOf(s, i), t, {},
                                   PushedSample::Kind::Gauge});
                vmImport += QStringLiteral("m{svc=\"%1\"} %2 %3\n").arg(svc).arg(valueOf(s, i)).arg(t).toUtf8();
                openMetrics += QStringLiteral("m{svc=\"%1\"} %2 %3\n").arg(svc).arg(valueOf(s, i)).arg(t / 1000).toUtf8();
            }
        }
        openMetrics += "# EOF\n";
        QCOMPARE(m_local.applyPushed(samples, now), 2 * kPoints);

        // VictoriaMetrics with basic auth; no query latency offset, so the newest samples count.
        m_vmPort = freePort();
        QVERIFY(startServer(m_vm, QStringLiteral("victoria-metrics"),
                            {QStringLiteral("-storageDataPath=%1").arg(m_dir.filePath(QStringLiteral("vm"))),
                             QStringLiteral("-httpListenAddr=127.0.0.1:%1").arg(m_vmPort),
                             QStringLiteral("-httpAuth.username=%1").arg(kUser),
                             QStringLiteral("-httpAuth.password=%1").arg(kPassword),
                             QStringLiteral("-search.latencyOffset=0s"), QStringLiteral("-search.disableCache"),
                             QStringLiteral("-retentionPeriod=1y"), QStringLiteral("-loggerLevel=ERROR")}));
        const QUrl vm(QStringLiteral("http://127.0.0.1:%1").arg(m_vmPort));
        QTRY_COMPARE_WITH_TIMEOUT(http("GET", vm.resolved(QUrl(QStringLiteral("/health"))), {}, true).status, 200, 15000);
        QCOMPARE(http("POST", vm.resolved(QUrl(QStringLiteral("/api/v1/import/prometheus"))), vmImport, true).status, 204);
        QCOMPARE(http("GET", vm.resolved(QUrl(QStringLiteral("/internal/force_flush"))), {}, true).status, 200);

        // Prometheus: TLS with a certificate of our own CA, basic auth, the samples backfilled.
        const QString dir = m_dir.path();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"), QStringLiteral("-out"),
                       dir + QStringLiteral("/cert.pem"), QStringLiteral("-days"), QStringLiteral("1"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                       QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);
        auto write = [&](const QString &name, const QByteArray &data) {
            QFile f(dir + u'/' + name);
            return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
        };
        QVERIFY(write(QStringLiteral("prom.yml"), "global:\n  evaluation_interval: 1m\n"));
        QVERIFY(write(QStringLiteral("web.yml"), QByteArray("tls_server_config:\n  cert_file: ") + (dir + u"/cert.pem").toUtf8()
                                                     + "\n  key_file: " + (dir + u"/key.pem").toUtf8()
                                                     + "\nbasic_auth_users:\n  ops: " + kPasswordHash + "\n"));
        QVERIFY(write(QStringLiteral("data.om"), openMetrics));
        QProcess promtool;
        promtool.start(QStringLiteral("promtool"), {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"),
                                                    QStringLiteral("openmetrics"), dir + QStringLiteral("/data.om"),
                                                    dir + QStringLiteral("/prom-data"), QStringLiteral("-q")});
        QVERIFY(promtool.waitForFinished(60000));
        QVERIFY2(promtool.exitCode() == 0, promtool.readAllStandardError().constData());
        m_promPort = freePort();
        QVERIFY(startServer(m_prom, QStringLiteral("prometheus"),
                            {QStringLiteral("--config.file=%1/prom.yml").arg(dir),
                             QStringLiteral("--storage.tsdb.path=%1/prom-data").arg(dir),
                             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_promPort),
                             QStringLiteral("--web.config.file=%1/web.yml").arg(dir), QStringLiteral("--log.level=error")}));

        // Alertmanager, clustering off.
        QVERIFY(write(QStringLiteral("am.yml"), "route:\n  receiver: none\nreceivers:\n  - name: none\n"));
        m_amPort = freePort();
        QVERIFY(startServer(m_am, QStringLiteral("prometheus-alertmanager"),
                            {QStringLiteral("--config.file=%1/am.yml").arg(dir),
                             QStringLiteral("--storage.path=%1/am").arg(dir),
                             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_amPort),
                             QStringLiteral("--cluster.listen-address="), QStringLiteral("--log.level=error")}));

        // The sources as a user writes them; passwords in the secret store, never in the file.
        const QByteArray config = QStringLiteral(
                                      "sources:\n"
                                      "  - name: vm\n    kind: prometheus\n    url: http://127.0.0.1:%1\n"
                                      "    auth: basic\n    username: ops\n    secret: vm-password\n    min_step: 10s\n"
                                      "  - name: prom\n    kind: prometheus\n    url: https://127.0.0.1:%2\n"
                                      "    auth: basic\n    username: ops\n    secret: prom-password\n"
                                      "    ca_file: %3/cert.pem\n    min_step: 10s\n"
                                      "  - name: am\n    kind: alertmanager\n    url: http://127.0.0.1:%4\n    poll: 200ms\n"
                                      "  - name: dead\n    kind: prometheus\n    url: http://127.0.0.1:%5\n    timeout: 1s\n")
                                      .arg(m_vmPort)
                                      .arg(m_promPort)
                                      .arg(dir)
                                      .arg(m_amPort)
                                      .arg(freePort())
                                      .toUtf8();
        const ConfigParseResult parsed = parseConfig(config, QStringLiteral("hms.yml"));
        QVERIFY2(parsed.errors.empty(), parsed.errors.empty() ? "" : qPrintable(parsed.errors.front().toString()));
        QCOMPARE(parsed.sources.size(), std::size_t(4));
        m_sources = parsed.sources;
        const QString secretsPath = dir + QStringLiteral("/secrets.json");
        QVERIFY(write(QStringLiteral("secrets.json"),
                      QJsonDocument(QJsonObject{{QStringLiteral("vm-password"), kPassword},
                                                {QStringLiteral("prom-password"), kPassword}})
                          .toJson()));
        QFile::setPermissions(secretsPath, QFile::ReadOwner | QFile::WriteOwner);
        m_secrets = SecretStore::inFile(secretsPath);
        m_hub = new RemoteHub(m_sources, *m_secrets, m_remote);
        m_hub->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_hub, &QObject::deleteLater);
        m_thread.start();
        QMetaObject::invokeMethod(m_hub, &RemoteHub::start);

        // Prometheus is ready when our own client gets an answer through TLS and auth.
        QTRY_VERIFY_WITH_TIMEOUT(instant(QStringLiteral("prom"), QStringLiteral("vector(1)"), now).ok(), 30000);
    }

    void cleanupTestCase()
    {
        m_thread.quit();
        m_thread.wait();
        for (QProcess *p : {&m_vm, &m_prom, &m_am}) {
            p->terminate();
            p->waitForFinished(10000);
        }
    }

    // Instant queries at a time between samples: VictoriaMetrics, Prometheus and our own
    // aggregates agree to the bit.
    void instantQueriesAgreeWithOurStore()
    {
        const TimestampMs at = m_t0 + (kPoints - 1) * kStepMs + 4500;
        for (const QString &source : {QStringLiteral("vm"), QStringLiteral("prom")}) {
            for (const auto &[query, aggregate] : {std::pair{QStringLiteral("max_over_time(m[1m])"), QStringLiteral("max")},
                                                   std::pair{QStringLiteral("min_over_time(m[2m])"), QStringLiteral("min")},
                                                   std::pair{QStringLiteral("m"), QStringLiteral("last")}}) {
                const PromResult r = instant(source, query, at);
                QVERIFY2(r.ok(), qPrintable(r.error));
                QCOMPARE(r.resultType, QStringLiteral("vector"));
                QCOMPARE(r.series.size(), std::size_t(2));
                for (const PromSeries &s : r.series) {
                    const QString svc = s.labels.at(QStringLiteral("svc"));
                    const qint64 window = query.contains(u"2m") ? 120'000 : query.contains(u"1m") ? 60'000 : 300'000;
                    const auto ours = m_local.aggregateWindow(SeriesKey{QStringLiteral("m"), {{QStringLiteral("svc"), svc}}},
                                                              *parseAggregate(aggregate), at, window);
                    QVERIFY(ours.value);
                    QVERIFY2(s.samples.size() == 1 && s.samples.front().v == *ours.value,
                             qPrintable(QStringLiteral("%1 %2 svc=%3: %4 vs ours %5")
                                            .arg(source, query, svc)
                                            .arg(s.samples.front().v)
                                            .arg(*ours.value)));
                    QCOMPARE(s.samples.front().t, at);
                }
            }
        }
    }

    // A `query:` rule fires on exactly the series, values and transitions a local rule does.
    void queryRulesSeeWhatLocalRulesSee()
    {
        auto local = parseRules("name: LocalMax\nmetric: m\naggregate: max\nwindow: 1m\nthreshold: \"> 140\"\n",
                                QStringLiteral("local.yml"));
        QVERIFY(local.ok());
        for (const QString &source : {QStringLiteral("vm"), QStringLiteral("prom")}) {
            auto remote = parseRules(QStringLiteral("name: RemoteMax\nquery: max_over_time(m[1m])\nsource: %1\n"
                                                    "threshold: \"> 140\"\n")
                                         .arg(source)
                                         .toUtf8(),
                                     QStringLiteral("remote.yml"));
            QVERIFY2(remote.ok(), remote.ok() ? "" : qPrintable(remote.errors.front().toString()));
            Evaluator ours(m_local);
            ours.setRules(std::make_shared<const std::vector<Rule>>(local.rules));
            Evaluator theirs(m_remote);
            theirs.setRules(std::make_shared<const std::vector<Rule>>(remote.rules));
            theirs.setRemoteQuery([hub = m_hub](const std::vector<Rule> &rules, TimestampMs t) { return hub->evaluate(rules, t); });
            std::shared_ptr<const EvalTick> oursTick, theirsTick;
            connect(&ours, &Evaluator::evaluated, this, [&](std::shared_ptr<const EvalTick> t) { oursTick = t; });
            connect(&theirs, &Evaluator::evaluated, this, [&](std::shared_ptr<const EvalTick> t) { theirsTick = t; });
            for (int i = 30; i < kPoints; i += 7) {
                const TimestampMs at = m_t0 + i * kStepMs + 2500;
                const auto a = ours.evaluateAt(at);
                const auto b = theirs.evaluateAt(at);
                QVERIFY(oursTick && theirsTick);
                QVERIFY2(theirsTick->errors.empty(), theirsTick->errors.empty() ? "" : qPrintable(theirsTick->errors.front().second));
                QCOMPARE(theirsTick->values.size(), oursTick->values.size());
                std::map<QString, std::pair<double, AlertState>> byService;
                for (const RuleValue &v : oursTick->values)
                    byService[v.series.labels.at(QStringLiteral("svc"))] = {v.value, v.state};
                for (const RuleValue &v : theirsTick->values) {
                    const auto &[value, state] = byService.at(v.series.labels.at(QStringLiteral("svc")));
                    QCOMPARE(v.value, value);
                    QCOMPARE(v.state, state);
                }
                QCOMPARE(b.size(), a.size());
            }
            // What the rule saw is kept as series named by its query, for charts and bundles.
            QCOMPARE(m_remote.select(QStringLiteral("max_over_time(m[1m])"), {}).size(), std::size_t(2));
        }
    }

    // A query tile is filled by range queries on a grid aligned to the step: each point is the
    // sample at that time.
    void queryTilesAreFilledOnAnAlignedGrid()
    {
        const auto parsed = parseDashboard(R"({"schema":1,"name":"remote","title":"Remote","time_range":"10m","tiles":[
            {"kind":"chart","title":"m","x":0,"y":0,"w":6,"h":3,"query":"m + 0","source":"vm","series_by":"svc"},
            {"kind":"stat","title":"a","x":6,"y":0,"w":3,"h":3,"query":"m + 0","source":"vm"}]})",
                                           QStringLiteral("remote.json"));
        QVERIFY2(parsed.dashboard, qPrintable(parsed.error));
        QCOMPARE(parsed.dashboard->tiles.at(1).aggregate->text, QStringLiteral("last"));
        m_hub->setTileQueries({{QStringLiteral("vm"), QStringLiteral("m + 0"), parsed.dashboard->rangeMs}});
        const SeriesKey a{QStringLiteral("m + 0"), {{QStringLiteral("svc"), QStringLiteral("a")}}};
        QTRY_VERIFY_WITH_TIMEOUT(m_remote.range(a, 0, QDateTime::currentMSecsSinceEpoch()).size() >= 50, 10000);
        for (int s = 0; s < 2; ++s) {
            const SeriesKey key{QStringLiteral("m + 0"), {{QStringLiteral("svc"), s == 0 ? QStringLiteral("a") : QStringLiteral("b")}}};
            const auto points = m_remote.range(key, 0, QDateTime::currentMSecsSinceEpoch());
            int checked = 0;
            for (const Sample &p : points) {
                QCOMPARE(p.t % kStepMs, 0);
                const qint64 i = (p.t - m_t0) / kStepMs;
                if (i < 0 || i >= kPoints)
                    continue; // before the first sample, or the last one looked back at after it
                QCOMPARE(p.v, valueOf(s, int(i)));
                ++checked;
            }
            QVERIFY2(checked >= 50, qPrintable(QString::number(checked)));
        }
    }

    void queryErrorsAndDeadSources()
    {
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        // A bad query is the query's fault: the source stays ok.
        const PromResult bad = instant(QStringLiteral("prom"), QStringLiteral("sum(m"), now);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error.contains(u"bad_data"), qPrintable(bad.error));
        QVERIFY(!bad.sourceFailure);
        // A dead source fails, then backs off and says so without trying.
        const PromResult dead = instant(QStringLiteral("dead"), QStringLiteral("up"), now);
        QVERIFY(!dead.ok());
        QVERIFY(dead.sourceFailure);
        QVERIFY2(dead.error.startsWith(u"dead: "), qPrintable(dead.error));
        const PromResult again = instant(QStringLiteral("dead"), QStringLiteral("up"), now);
        QVERIFY2(again.error.contains(u"retrying in"), qPrintable(again.error));
        std::map<QString, SourceStatus> status;
        for (const SourceStatus &s : m_hub->statuses())
            status[s.name] = s;
        QCOMPARE(status.at(QStringLiteral("dead")).state, SourceStatus::State::Failing);
        QCOMPARE(status.at(QStringLiteral("dead")).failures, 1);
        QVERIFY(status.at(QStringLiteral("dead")).retryAt > now);
        QCOMPARE(status.at(QStringLiteral("prom")).state, SourceStatus::State::Ok);
        QCOMPARE(status.at(QStringLiteral("vm")).state, SourceStatus::State::Ok);
        // A rule on the dead source keeps its state and reports why.
        auto rules = parseRules("name: Dead\nquery: up == 0\nsource: dead\nthreshold: \"> 0\"\n", QStringLiteral("d.yml"));
        QVERIFY(rules.ok());
        Evaluator ev(m_remote);
        ev.setRules(std::make_shared<const std::vector<Rule>>(rules.rules));
        ev.setRemoteQuery([hub = m_hub](const std::vector<Rule> &r, TimestampMs t) { return hub->evaluate(r, t); });
        std::shared_ptr<const EvalTick> tick;
        connect(&ev, &Evaluator::evaluated, this, [&](std::shared_ptr<const EvalTick> t) { tick = t; });
        ev.evaluateAt(now);
        QVERIFY(tick);
        QCOMPARE(tick->errors.size(), std::size_t(1));
        QVERIFY2(tick->errors.front().second.startsWith(u"dead: "), qPrintable(tick->errors.front().second));
    }

    // A source cannot make us hold an answer of any size: past the limit it is cut off and the
    // query fails with why; the source is not blamed (no backoff), and the next query works.
    void answersOverTheLimitAreRefusedUnread()
    {
        QMetaObject::invokeMethod(m_hub, [this] { m_hub->setMaxAnswerBytes(300); }, Qt::BlockingQueuedConnection);
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        const PromResult big = instant(
            QStringLiteral("vm"),
            QStringLiteral("label_replace(vector(1), \"pad\", \"%1\", \"\", \"\")").arg(QString(400, u'x')), now);
        QMetaObject::invokeMethod(m_hub, [this] { m_hub->setMaxAnswerBytes(RemoteHub::kMaxAnswerBytes); },
                                  Qt::BlockingQueuedConnection);
        QVERIFY(!big.ok());
        QVERIFY2(big.error.contains(u"the answer is over 300 bytes"), qPrintable(big.error));
        QVERIFY(!big.sourceFailure);
        QVERIFY(instant(QStringLiteral("vm"), QStringLiteral("vector(1)"), now).ok());
    }

    // Alertmanager's alerts are read, and silenced on it by their identifying labels only.
    void alertmanagerAlertsAndSilences()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QJsonArray alerts{QJsonObject{
            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                                                   {QStringLiteral("instance"), QStringLiteral("db1:9100")},
                                                   {QStringLiteral("job"), QStringLiteral("node")},
                                                   {QStringLiteral("severity"), QStringLiteral("critical")},
                                                   {QStringLiteral("device"), QStringLiteral("/dev/sda1")}}},
            {QStringLiteral("annotations"), QJsonObject{{QStringLiteral("summary"), QStringLiteral("/ is 97% full")}}},
            {QStringLiteral("startsAt"), now.addSecs(-60).toString(Qt::ISODateWithMs)},
            {QStringLiteral("endsAt"), now.addSecs(3600).toString(Qt::ISODateWithMs)}}};
        const QUrl am(QStringLiteral("http://127.0.0.1:%1").arg(m_amPort));
        QTRY_COMPARE_WITH_TIMEOUT(
            http("POST", am.resolved(QUrl(QStringLiteral("/api/v2/alerts"))), QJsonDocument(alerts).toJson()).status, 200, 15000);
        auto diskFull = [&]() -> std::optional<ExternalAlert> {
            for (const ExternalAlert &a : m_hub->externalAlerts())
                if (a.alertname() == u"DiskFull")
                    return a;
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(diskFull().has_value(), 5000);
        QCOMPARE(diskFull()->source, QStringLiteral("am"));
        QCOMPARE(diskFull()->state, QStringLiteral("active"));
        QCOMPARE(diskFull()->annotations.at(QStringLiteral("summary")), QStringLiteral("/ is 97% full"));

        const QStringList identity = identityLabelsOf(m_sources.at(2), diskFull()->labels);
        QCOMPARE(identity, (QStringList{QStringLiteral("alertname"), QStringLiteral("job"), QStringLiteral("instance")}));
        Labels matchers;
        for (const QString &name : identity)
            matchers[name] = diskFull()->labels.at(name);
        const auto [created, id] = silence(true, {}, matchers);
        QVERIFY2(created, qPrintable(id));
        QTRY_COMPARE_WITH_TIMEOUT(diskFull()->state, QStringLiteral("suppressed"), 5000);
        QCOMPARE(diskFull()->silencedBy, QStringList{id});
        // Alertmanager holds exactly the identifying matchers, not severity or device.
        const QJsonObject stored = QJsonDocument::fromJson(
                                       http("GET", am.resolved(QUrl(QStringLiteral("/api/v2/silence/") + id))).body)
                                       .object();
        QStringList names;
        for (const QJsonValue &m : stored[QStringLiteral("matchers")].toArray())
            names << m.toObject()[QStringLiteral("name")].toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("alertname"), QStringLiteral("instance"), QStringLiteral("job")}));
        QCOMPARE(stored[QStringLiteral("createdBy")].toString(), QStringLiteral("ic@test"));

        const auto [expired, why] = silence(false, id);
        QVERIFY2(expired, qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(diskFull()->state, QStringLiteral("active"), 5000);
        QVERIFY(diskFull()->silencedBy.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(http("GET", am.resolved(QUrl(QStringLiteral("/api/v2/silence/") + id))).body)
                     .object()[QStringLiteral("status")]
                     .toObject()[QStringLiteral("state")]
                     .toString(),
                 QStringLiteral("expired"));
        // An unknown silence is Alertmanager's 404, said as such.
        const auto [ok, problem] = silence(false, QStringLiteral("00000000-0000-0000-0000-000000000000"));
        QVERIFY(!ok);
        QVERIFY2(problem.contains(u"HTTP 404") || problem.contains(u"HTTP 500"), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestRemoteSources)
#include "tst_remotesources.moc"
