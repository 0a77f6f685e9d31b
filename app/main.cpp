// hms-ops: one binary, two faces. `--headless` runs the engine in a QCoreApplication; otherwise
// the main window runs on top of the same engine.
#include "Engine.h"
#include "incidents/OpsDatabase.h"
#include "notify/SecretStore.h"
#include "core/Duration.h"
#include "DashboardWindow.h"
#include "BundleTask.h"
#include "MainWindow.h"
#include "WindowHost.h"
#include "AppSupport.h"
#include "Icons.h"
#include "i18n/Language.h"
#include "ReplayWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTextStream>
#include <QFileInfo>
#include <QUrl>
#include <QHostAddress>
#include <QIcon>
#include <QScreen>
#include <QSettings>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <memory>
#include <string>
#include <cstring>
#include <cstdlib>
#include <sys/socket.h>
#include <unistd.h>

// QT_LOGGING_RULES="hms.startup.info=true": start-up milestones (bench/startup_bench.sh).
Q_LOGGING_CATEGORY(lcMainStartup, "hms.startup", QtWarningMsg)

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1); // async-signal-safe
}

// SIGINT/SIGTERM quit the event loop, so the engine stops cleanly and removes endpoints.json.
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char c = 0;
        [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
        // exit(), not quit(): Qt 6's quit() first asks every window to close, and a kiosk wall
        // refuses; a signal from the operating system must end the program regardless.
        QCoreApplication::exit(0);
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h"
            || arg == "--store-secret" || arg.startsWith("--store-secret="))
            return true;
    }
    return false;
}

bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host;
    if (!hms::parseListenAddress(text, &host, port))
        return false;
    return address->setAddress(host);
}

} // namespace

// The series store holds up to gigabytes in many small blocks; backing malloc's heap with
// transparent huge pages (glibc >= 2.35, THP "madvise") cuts the page faults of loading it by
// about a third (docs/PERFORMANCE.md, "Start-up"). glibc reads the tunable only at exec, so the
// program runs itself once more with it set; same PID, same arguments. A tunable the user set
// is kept as it is; HMS_NO_HUGEPAGE_HEAP=1 skips this.
static void execWithHugePageHeap(char **argv)
{
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    if ((tunables && std::strstr(tunables, "glibc.malloc.hugetlb")) || std::getenv("HMS_NO_HUGEPAGE_HEAP"))
        return;
    std::string value = tunables && *tunables ? std::string(tunables) + ":" : std::string();
    value += "glibc.malloc.hugetlb=1";
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) == 0)
        execv("/proc/self/exe", argv); // returns only on failure: then run as we are
}

int main(int argc, char **argv)
{
    execWithHugePageHeap(argv);
    std::unique_ptr<QCoreApplication> app;
    if (isHeadless(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hms-ops"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HMS_APP_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("hms-ops"));

    // The language chosen in File → Settings… (empty: the system's), before any string is made.
    if (!hms::Language::instance().apply(QSettings().value(QStringLiteral("ui/language")).toString()))
        hms::Language::instance().apply(QString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "HMS Ops Center: metrics, alerts, incidents, playbooks and on-call in one window."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption headless(QStringLiteral("headless"),
                                      QCoreApplication::translate("main", "Run the engine without a window."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QCoreApplication::translate("main", "Data directory (default: %1).")
                                         .arg(hms::defaultDataDir()),
                                     QStringLiteral("DIR"), hms::defaultDataDir());
    const QCommandLineOption apiListen(QStringLiteral("api-listen"),
                                       QCoreApplication::translate("main", "Local API address (port 0: any free port)."),
                                       QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption statsdListen(
        QStringLiteral("statsd-listen"), QCoreApplication::translate("main", "StatsD UDP address (port 0: any free port)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8125"));
    const QCommandLineOption influxListen(
        QStringLiteral("influx-listen"),
        QCoreApplication::translate("main", "InfluxDB line protocol HTTP address, /write and /api/v2/write (port 0: any free port)."),
        QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8186"));
    const QCommandLineOption noExamples(
        QStringLiteral("no-examples"),
        QCoreApplication::translate("main", "Start a fresh data directory empty (without the seed's rotation and playbook)."));
    const QCommandLineOption tick(QStringLiteral("tick"),
                                  QCoreApplication::translate("main", "Evaluation interval in milliseconds (100..60000)."),
                                  QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption config(QStringLiteral("config"),
                                    QCoreApplication::translate("main", "Configuration file (scrape targets)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption retention(QStringLiteral("retention"),
                                       QCoreApplication::translate("main", "How long series are kept (default 24h)."),
                                       QStringLiteral("DURATION"), QStringLiteral("24h"));
    const QCommandLineOption retention1m(
        QStringLiteral("retention-1m"),
        QCoreApplication::translate("main", "How long 1-minute rollups (min, max, sum, count, last) are kept (default 2d)."),
        QStringLiteral("DURATION"), QStringLiteral("2d"));
    const QCommandLineOption retention1h(
        QStringLiteral("retention-1h"),
        QCoreApplication::translate("main", "How long 1-hour rollups are kept (default 35d)."), QStringLiteral("DURATION"),
        QStringLiteral("35d"));
    const QCommandLineOption historyFirst(
        QStringLiteral("history-first"),
        QCoreApplication::translate("main", "How much raw history is loaded before the first window shows (default 5m); "
                                            "the rest loads behind it, and rules evaluate once it is in. \"all\" loads "
                                            "everything first."),
        QStringLiteral("DURATION"), QStringLiteral("5m"));
    const QCommandLineOption pagerDutyUrl(
        QStringLiteral("pagerduty-url"),
        QCoreApplication::translate("main", "PagerDuty Events API v2 endpoint (EU accounts: https://events.eu.pagerduty.com/v2/enqueue)."),
        QStringLiteral("URL"), QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
    const QCommandLineOption secretsFile(
        QStringLiteral("secrets-file"),
        QCoreApplication::translate("main", "Keep secrets in FILE (mode 0600) instead of the OS keychain: an opt-in for "
                                            "headless servers without a Secret Service."),
        QStringLiteral("FILE"));
    const QCommandLineOption wall(
        QStringLiteral("wall"),
        QCoreApplication::translate("main", "Wall mode: show these saved dashboards fullscreen in turn (comma-separated), "
                                            "keyboard locked; Ctrl+Alt+Shift+Q leaves."),
        QStringLiteral("NAMES"));
    const QCommandLineOption screenOption(
        QStringLiteral("screen"),
        QCoreApplication::translate("main", "Wall mode: the screen(s) to fill, by number from 0 (comma-separated; default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption rotate(QStringLiteral("rotate"),
                                    QCoreApplication::translate("main", "Wall mode: how long each dashboard shows (default 30s)."),
                                    QStringLiteral("DURATION"), QStringLiteral("30s"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QCoreApplication::translate("main", "Wall mode: dark (default) or light."), QStringLiteral("THEME"),
                                   QStringLiteral("dark"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Drive the seed's hurricane morning through the real ingest path (a 150-second cycle: "
                                            "traffic surges, latency climbs past its rule, queues pile up, then recovery)."));
    const QCommandLineOption replay(
        QStringLiteral("replay"),
        QCoreApplication::translate("main", "Open an incident bundle (opsctl incident export ID FILE) for offline replay: no "
                                            "engine, no data directory, no source connected."),
        QStringLiteral("FILE"));
    const QCommandLineOption opsDb(
        QStringLiteral("ops-db"),
        QCoreApplication::translate("main", "Keep incidents, silences, playbooks, rotations, RCAs and dashboards in a shared "
                                            "PostgreSQL database, postgresql://USER@HOST[:PORT]/DB[?sslmode=MODE], instead of "
                                            "DATA_DIR/ops.db; its password is the secret \"ops-db\" (--store-secret). One "
                                            "instance at a time evaluates rules; the others stand by."),
        QStringLiteral("URL"));
    const QCommandLineOption storeSecret(
        QStringLiteral("store-secret"),
        QCoreApplication::translate("main", "Read one line from standard input and keep it as the secret NAME in the keychain "
                                            "(or the --secrets-file), then exit; e.g. the PostgreSQL password as \"ops-db\"."),
        QStringLiteral("NAME"));
    parser.addOptions({opsDb, storeSecret});
    parser.addOptions({demo, headless, dataDir, apiListen, statsdListen, influxListen, noExamples, tick, config, retention, retention1m,
                       retention1h, historyFirst, pagerDutyUrl, secretsFile, wall, screenOption, rotate, theme, replay});
    parser.process(*app);

    if (parser.isSet(replay)) {
        if (isHeadless(argc, argv)) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--replay needs a screen; leave out --headless")));
            return 2;
        }
        std::unique_ptr<ReplayWindow> window;
        int failed = 0;
        BundleTask::load(nullptr, parser.value(replay), [&](std::optional<hms::IncidentBundle> bundle, const hms::BundleIo &io) {
            if (!bundle) {
                if (!io.cancelled) {
                    std::fprintf(stderr, "hms-ops: %s\n", qPrintable(io.error));
                    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot open the bundle"), io.error);
                }
                failed = io.cancelled ? 1 : 2;
                QCoreApplication::exit(failed);
                return;
            }
            window = std::make_unique<ReplayWindow>(std::move(*bundle), parser.value(replay));
            window->show();
        });
        const int code = app->exec();
        return failed ? failed : code;
    }

    hms::EngineOptions options;
    options.dataDir = parser.value(dataDir);
    if (parser.isSet(storeSecret)) {
        // The secret comes from stdin, never from the command line (where ps would show it).
        std::unique_ptr<hms::SecretStore> secrets;
        if (parser.isSet(secretsFile))
            secrets = hms::SecretStore::inFile(QFileInfo(parser.value(secretsFile)).absoluteFilePath());
        else
            secrets = std::make_unique<hms::SecretStore>();
        QTextStream in(stdin);
        const QString value = in.readLine();
        if (value.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--store-secret: nothing on standard input")));
            return 2;
        }
        int code = 1;
        secrets->write(parser.value(storeSecret), value, app.get(), [&code](bool ok, const QString &error) {
            if (!ok)
                std::fprintf(stderr, "hms-ops: %s\n", qPrintable(error));
            code = ok ? 0 : 1;
            QCoreApplication::exit(code);
        });
        app->exec();
        return code;
    }
    if (parser.isSet(opsDb)) {
        QString why;
        if (!hms::OpsLocation::parse(parser.value(opsDb), &why)) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--ops-db: %1").arg(why)));
            return 2;
        }
        options.opsDatabase = parser.value(opsDb);
    }
    options.loadExamples = !parser.isSet(noExamples);
    options.demo = parser.isSet(demo);
    if (options.demo && !options.loadExamples) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--demo needs the examples (its rules page fema_oncall); "
                                                                                   "leave out --no-examples")));
        return 2;
    }
    if (!parseListen(parser.value(apiListen), &options.apiAddress, &options.apiPort)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--api-listen: expected HOST:PORT, got \"%1\"")
                                    .arg(parser.value(apiListen))));
        return 2;
    }
    if (!parseListen(parser.value(statsdListen), &options.statsdAddress, &options.statsdPort)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--statsd-listen: expected HOST:PORT, got \"%1\"")
                                    .arg(parser.value(statsdListen))));
        return 2;
    }
    if (!parseListen(parser.value(influxListen), &options.influxAddress, &options.influxPort)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--influx-listen: expected HOST:PORT, got \"%1\"")
                                    .arg(parser.value(influxListen))));
        return 2;
    }
    const QUrl pdUrl(parser.value(pagerDutyUrl), QUrl::StrictMode);
    if (!pdUrl.isValid() || (pdUrl.scheme() != u"https" && pdUrl.scheme() != u"http") || pdUrl.host().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--pagerduty-url: expected an http(s) URL, got \"%1\"")
                                    .arg(parser.value(pagerDutyUrl))));
        return 2;
    }
    options.pagerDutyUrl = pdUrl.toString();
    if (parser.isSet(secretsFile)) {
        if (parser.value(secretsFile).isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--secrets-file: expected a file name")));
            return 2;
        }
        options.secretsFile = QFileInfo(parser.value(secretsFile)).absoluteFilePath();
    }
    bool tickOk = false;
    options.tickMs = parser.value(tick).toLongLong(&tickOk);
    if (!tickOk || options.tickMs < 100 || options.tickMs > 60000) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--tick: expected milliseconds from 100 to 60000, got \"%1\"")
                                    .arg(parser.value(tick))));
        return 2;
    }

    for (const auto &[option, target] : {std::pair{&retention, &options.retentionMs},
                                         std::pair{&retention1m, &options.minuteRetentionMs},
                                         std::pair{&retention1h, &options.hourRetentionMs}}) {
        const auto ms = hms::parseDurationMs(parser.value(*option));
        if (!ms || *ms < 60000) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "--%1: expected a duration of at least 1m, got \"%2\"")
                                        .arg(option->names().constFirst(), parser.value(*option))));
            return 2;
        }
        *target = *ms;
    }
    if (parser.value(historyFirst) == u"all") {
        options.recentHistoryMs = options.retentionMs;
    } else if (const auto ms = hms::parseDurationMs(parser.value(historyFirst)); ms && *ms >= 60000) {
        options.recentHistoryMs = *ms;
    } else {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("main", "--history-first: expected \"all\" or a duration of at least 1m, got \"%1\"")
                                    .arg(parser.value(historyFirst))));
        return 2;
    }
    if (parser.isSet(config)) {
        QFile file(parser.value(config));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "hms-ops: %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
            return 2;
        }
        const hms::ConfigParseResult parsed = hms::parseConfig(file.readAll(), file.fileName());
        for (const hms::RuleParseError &e : parsed.errors)
            std::fprintf(stderr, "hms-ops: %s\n", qPrintable(e.toString()));
        if (!parsed.errors.empty())
            return 2;
        options.scrapeTargets = parsed.scrape;
        options.sources = parsed.sources;
        if (!parsed.opsDatabase.isEmpty() && options.opsDatabase.isEmpty())
            options.opsDatabase = parsed.opsDatabase;
    }

    // --demo feeds the System Health wall from a real node_exporter where one is installed
    // (Debian's prometheus-node-exporter): started here on a free loopback port, scraped every 5 s,
    // stopped with us. Without it, that wall says "no data", as it should.
    QProcess nodeExporter;
    if (options.demo) {
        const QString binary = QStandardPaths::findExecutable(QStringLiteral("prometheus-node-exporter"));
        QTcpServer probe;
        if (!binary.isEmpty() && probe.listen(QHostAddress::LocalHost, 0)) {
            const quint16 port = probe.serverPort();
            probe.close();
            nodeExporter.setProgram(binary);
            nodeExporter.setArguments({QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
            nodeExporter.setStandardOutputFile(QProcess::nullDevice());
            nodeExporter.setStandardErrorFile(QProcess::nullDevice());
            nodeExporter.start();
            if (nodeExporter.waitForStarted(3000)) {
                hms::ScrapeTarget node;
                node.job = QStringLiteral("node");
                node.url = QUrl(QStringLiteral("http://127.0.0.1:%1/metrics").arg(port));
                node.intervalMs = 5000;
                node.timeoutMs = 4000;
                options.scrapeTargets.push_back(node);
            }
        }
    }
    hms::Engine engine(options);
    QString error;
    if (!engine.start(&error)) {
        std::fprintf(stderr, "hms-ops: %s\n", qPrintable(error));
        return 1;
    }
    qCInfo(lcMainStartup,
           "engine started at %lld: %lld recent samples of %lld series in %lld ms, %lld samples replayed from the "
           "ingest journal",
           QDateTime::currentMSecsSinceEpoch(), engine.seriesLoaded().samples, engine.seriesLoaded().series,
           engine.seriesLoaded().elapsedMs, engine.seriesLoaded().journalSamples);
    std::printf("ready api=%s statsd=%s:%u influx=%s\n", qPrintable(engine.endpoints().api.toString()),
                qPrintable(engine.endpoints().statsdHost), unsigned(engine.endpoints().statsdPort),
                qPrintable(engine.endpoints().influx.toString()));
    std::fflush(stdout);
    installSignalHandlers(*app);
    // Wall mode: checked before anything starts, so a typo is an error, not a blank wall.
    DashboardWindow::WallOptions wallOptions;
    std::vector<int> wallScreens;
    if (parser.isSet(wall)) {
        if (parser.isSet(headless)) {
            std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("main", "--wall needs a screen; it cannot be --headless")));
            return 2;
        }
        wallOptions.playlist = parser.value(wall).split(u',', Qt::SkipEmptyParts);
        const auto rotateMs = hms::parseDurationMs(parser.value(rotate));
        if (wallOptions.playlist.isEmpty() || !rotateMs || *rotateMs < 5000) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(wallOptions.playlist.isEmpty()
                                        ? QCoreApplication::translate("main", "--wall: expected dashboard names, such as fema")
                                        : QCoreApplication::translate("main", "--rotate: expected a duration of at least 5s, got \"%1\"")
                                              .arg(parser.value(rotate))));
            return 2;
        }
        wallOptions.rotateMs = *rotateMs;
        if (parser.value(theme) != u"dark" && parser.value(theme) != u"light") {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("main", "--theme: expected dark or light, got \"%1\"").arg(parser.value(theme))));
            return 2;
        }
        wallOptions.theme = parser.value(theme) == u"light" ? WallTheme::light() : WallTheme::dark();
        const QList<QScreen *> screens = QGuiApplication::screens();
        for (const QString &n : parser.value(screenOption).split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const int index = n.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= screens.size()) {
                std::fprintf(stderr, "%s\n",
                             qPrintable(QCoreApplication::translate("main", "--screen: no screen \"%1\"; this display has %2 (0 to %3)")
                                            .arg(n)
                                            .arg(screens.size())
                                            .arg(screens.size() - 1)));
                return 2;
            }
            wallScreens.push_back(index);
        }
    }

    std::unique_ptr<WindowHost> window;
    std::vector<std::unique_ptr<DashboardWindow>> walls;
    if (!wallScreens.empty()) {
        QApplication::setWindowIcon(hms::icon(QStringLiteral("hms-ops")));
        const QList<QScreen *> screens = QGuiApplication::screens();
        for (size_t i = 0; i < wallScreens.size(); ++i) {
            auto w = std::make_unique<DashboardWindow>(engine);
            DashboardWindow::WallOptions o = wallOptions;
            o.screen = screens.at(wallScreens[i]);
            o.offset = int(i); // each screen starts at its own place in the playlist
            w->startWall(o);
            walls.push_back(std::move(w));
        }
        // Closing the last wall with its chord ends the program (Qt's default for windows).
    } else if (!parser.isSet(headless)) {
        app::applyOpsTheme();
        QApplication::setWindowIcon(hms::icon(QStringLiteral("hms-ops")));
        QGuiApplication::setDesktopFileName(QStringLiteral("org.hmsops.OpsCenter")); // the installed .desktop
        window = std::make_unique<WindowHost>(engine);
        window->showMaximized();
    }
    const int rc = QCoreApplication::exec();
    walls.clear();
    window.reset(); // the window goes before the engine it watches
    engine.stop();
    if (nodeExporter.state() != QProcess::NotRunning) {
        nodeExporter.terminate();
        if (!nodeExporter.waitForFinished(3000))
            nodeExporter.kill();
    }
    return rc;
}
