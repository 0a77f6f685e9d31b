// Figures for docs/SCALING.md (bench/scale_bench.sh runs it against real servers):
//
//   scale_bench queries URL SECONDS INFLIGHT QUERY RANGE_S
//       range queries through RemoteHub (the path a query tile takes: request, JSON read, store)
//       against a Prometheus-compatible source, INFLIGHT at a time for SECONDS; prints queries/s
//       and latency percentiles.
//   scale_bench incidents LOCATION N
//       N alerts fire, each opening an incident (the incident row, its fired and assigned events),
//       then all are acknowledged, then resolved, through IncidentService, on LOCATION (a SQLite
//       file or a postgresql:// URL; password in $PGPASSWORD); prints incidents/s for each phase.
//   scale_bench takeover URL ROUNDS HMS_OPS
//       two hms-ops processes on the PostgreSQL database URL; the lease holder is SIGKILLed and the
//       time until the other says it leads (GET /api/v1/status, polled every 10 ms) is measured;
//       ROUNDS times. Password in $PGPASSWORD (passed on as --secrets-file).
#include "api/ApiClient.h"
#include "core/Endpoints.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "incidents/OpsDatabase.h"
#include "notify/SecretStore.h"
#include "remote/RemoteHub.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <cstdio>

using namespace hms;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, std::size_t(p * double(v.size())))];
}

int queries(const QStringList &args)
{
    const QUrl url(args.value(2));
    const int seconds = args.value(3).toInt();
    const int inflight = args.value(4).toInt();
    const QString query = args.value(5);
    const qint64 rangeMs = args.value(6).toLongLong() * 1000;
    RemoteSource source;
    source.name = QStringLiteral("vm");
    source.url = url;
    source.minStepMs = 15000;
    auto secrets = SecretStore::inFile(QDir::temp().filePath(QStringLiteral("scale-bench-secrets.json")));
    SeriesStore store;
    QThread thread;
    auto *hub = new RemoteHub({source}, *secrets, store);
    hub->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, hub, &QObject::deleteLater);
    thread.start();
    QMetaObject::invokeMethod(hub, &RemoteHub::start, Qt::BlockingQueuedConnection);

    int active = inflight;
    std::vector<double> latencies;
    qint64 done = 0, failed = 0, points = 0;
    QElapsedTimer clock;
    QEventLoop loop;
    const qint64 step = chooseStep(rangeMs, 720, source.minStepMs);
    // Each in-flight slot sends its next query when the last one has been read and stored.
    std::function<void()> next;
    next = [&] {
        if (clock.elapsed() >= seconds * 1000LL) {
            if (--active == 0)
                loop.quit();
            return;
        }
        const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        const PromRange r = alignRange(now - rangeMs, now, step);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        QMetaObject::invokeMethod(hub, [&, r, started] {
            hub->range(QStringLiteral("vm"), query, r, [&, started](const PromResult &result) {
                const double ms = double(started->nsecsElapsed()) / 1e6;
                qint64 n = 0;
                for (const PromSeries &s : result.series)
                    n += qint64(s.samples.size());
                QMetaObject::invokeMethod(&loop, [&, ms, ok = result.ok(), n] {
                    latencies.push_back(ms);
                    ++done;
                    failed += ok ? 0 : 1;
                    points += n;
                    next();
                });
            });
        });
    };
    clock.start();
    for (int i = 0; i < inflight; ++i)
        next();
    loop.exec();
    const double elapsed = double(clock.elapsed()) / 1000.0;
    std::printf("queries: %lld in %.1f s = %.1f/s, %lld failed, %.0f points/query, latency p50 %.1f ms p99 %.1f ms\n",
                done, elapsed, double(done) / elapsed, failed, done ? double(points) / double(done) : 0.0,
                percentile(latencies, 0.5), percentile(latencies, 0.99));
    thread.quit();
    thread.wait();
    return failed == 0 ? 0 : 1;
}

int incidents(const QStringList &args)
{
    QString error;
    auto where = OpsLocation::parse(args.value(2), &error);
    if (!where) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    where->password = qEnvironmentVariable("PGPASSWORD");
    const int n = args.value(3).toInt();
    QSqlDatabase db = OpsDatabase::open(*where, QStringLiteral("bench"), &error);
    if (!db.isValid()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 2;
    }
    Catalog catalog(db);
    IncidentService service(db, catalog);
    const TimestampMs t0 = QDateTime::currentMSecsSinceEpoch();
    QList<AlertTransition> fire;
    for (int i = 0; i < n; ++i) {
        AlertTransition t;
        t.rule = QStringLiteral("Bench");
        t.labels = {{QStringLiteral("alertname"), QStringLiteral("Bench")},
                    {QStringLiteral("instance"), QStringLiteral("host-%1").arg(i)},
                    {QStringLiteral("severity"), QStringLiteral("critical")}};
        t.fingerprint = QStringLiteral("bench-%1-%2").arg(t0).arg(i);
        t.seriesName = QStringLiteral("latency_ms");
        t.from = AlertState::Pending;
        t.to = AlertState::Firing;
        t.value = 1500;
        t.at = t0;
        fire.push_back(t);
    }
    QElapsedTimer clock;
    clock.start();
    // One transition per call, as ticks deliver them when alerts fire one by one.
    for (const AlertTransition &t : fire)
        service.handleTransitions({t});
    const double openS = double(clock.nsecsElapsed()) / 1e9;
    std::vector<qint64> ids;
    for (const Incident &i : service.incidents(true, n))
        ids.push_back(i.id);
    clock.restart();
    for (qint64 id : ids)
        service.acknowledge(id, QStringLiteral("bench"), t0 + 1000);
    const double ackS = double(clock.nsecsElapsed()) / 1e9;
    clock.restart();
    for (AlertTransition t : fire) {
        t.from = AlertState::Firing;
        t.to = AlertState::Inactive;
        t.at = t0 + 2000;
        service.handleTransitions({t});
    }
    const double resolveS = double(clock.nsecsElapsed()) / 1e9;
    std::printf("incidents on %s: %d opened in %.2f s = %.0f/s; acknowledged %zu = %.0f/s; resolved = %.0f/s\n",
                qPrintable(where->isPostgres() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")), n, openS,
                n / openS, ids.size(), double(ids.size()) / ackS, n / resolveS);
    return ids.size() == std::size_t(n) ? 0 : 1;
}

int takeover(const QStringList &args)
{
    const QString url = args.value(2);
    const int rounds = args.value(3).toInt();
    const QString binary = args.value(4);
    QTemporaryDir dir;
    const QString secrets = dir.filePath(QStringLiteral("secrets.json"));
    {
        QFile f(secrets);
        if (!f.open(QIODevice::WriteOnly))
            return 2;
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("ops-db"), qEnvironmentVariable("PGPASSWORD")}}).toJson());
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    auto start = [&](QProcess &p, const QString &name) {
        p.start(binary, {QStringLiteral("--headless"), QStringLiteral("--no-examples"), QStringLiteral("--data-dir"),
                         dir.filePath(name), QStringLiteral("--ops-db"), url, QStringLiteral("--secrets-file"), secrets,
                         QStringLiteral("--statsd-listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--influx-listen"),
                         QStringLiteral("127.0.0.1:0")});
        p.waitForReadyRead(20000);
        return p.readLine().startsWith("ready ");
    };
    auto api = [&](const QString &name) {
        QString error;
        const auto e = Endpoints::read(dir.filePath(name), &error);
        const auto token = readApiToken(QDir(dir.filePath(name)).filePath(QStringLiteral("api-token")), &error);
        return std::make_unique<ApiClient>(e->api, *token, 1000);
    };
    auto leads = [](ApiClient &c) {
        return c.get(QStringLiteral("/api/v1/status")).json.object()[QStringLiteral("cluster")].toObject()[QStringLiteral("leader")].toBool();
    };
    std::vector<double> times;
    QProcess procs[2];
    int names = 0;
    QString procName[2];
    for (int i = 0; i < 2; ++i) {
        procName[i] = QStringLiteral("n%1").arg(names++);
        if (!start(procs[i], procName[i]))
            return 3;
    }
    for (int round = 0; round < rounds; ++round) {
        auto a = api(procName[0]);
        auto b = api(procName[1]);
        QElapsedTimer wait;
        wait.start();
        int leader = -1;
        while (leader < 0 && wait.elapsed() < 20000) {
            if (leads(*a))
                leader = 0;
            else if (leads(*b))
                leader = 1;
        }
        if (leader < 0)
            return 4;
        const int other = 1 - leader;
        auto survivor = leader == 0 ? std::move(b) : std::move(a);
        QElapsedTimer clock;
        ::kill(pid_t(procs[leader].processId()), SIGKILL);
        clock.start();
        procs[leader].waitForFinished(5000);
        while (!leads(*survivor) && clock.elapsed() < 20000)
            QThread::msleep(10);
        times.push_back(double(clock.nsecsElapsed()) / 1e6);
        std::printf("round %d: %.0f ms\n", round + 1, times.back());
        procName[leader] = QStringLiteral("n%1").arg(names++);
        if (!start(procs[leader], procName[leader]))
            return 3;
        Q_UNUSED(other);
    }
    std::printf("takeover after SIGKILL, %d rounds: p50 %.0f ms, p95 %.0f ms, max %.0f ms\n", rounds,
                percentile(times, 0.5), percentile(times, 0.95), *std::max_element(times.begin(), times.end()));
    for (QProcess &p : procs) {
        p.terminate();
        p.waitForFinished(10000);
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString mode = args.value(1);
    if (mode == u"queries" && args.size() == 7)
        return queries(args);
    if (mode == u"incidents" && args.size() == 4)
        return incidents(args);
    if (mode == u"takeover" && args.size() == 5)
        return takeover(args);
    std::fprintf(stderr, "usage: scale_bench queries URL SECONDS INFLIGHT QUERY RANGE_S | incidents LOCATION N | "
                         "takeover URL ROUNDS HMS_OPS\n");
    return 2;
}
