// Every screen of the window opens, in English and in Spanish, with no warning (a missing icon, a
// failed resource) and with its title in the language chosen; a firing incident, a silence and a
// traced sample make them show real content. With HMS_SCREENSHOT_DIR set (scripts/screenshots.sh)
// each screen is also saved for the user guide (docs/USER_GUIDE.md), NAME.png and NAME-es.png.
#include "AppSupport.h"
#include "Engine.h"
#include "IncidentModel.h"
#include "MainWindow.h"
#include "NotificationsDialog.h"
#include "SettingsDialog.h"
#include "SilenceDialogs.h"
#include "TraceDialog.h"
#include "DashboardWindow.h"
#include "i18n/Language.h"
#include "incidents/Catalog.h"
#include "ingest/PushParser.h"
#include "rules/Rule.h"
#include "store/SeriesStore.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QComboBox>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QByteArray seedRule = QByteArrayLiteral("name: AID_LAT_P95_HIGH\n"
                                              "metric: aid_form.latency_ms\n"
                                              "aggregate: p95\n"
                                              "threshold: \"> 1000\"\n"
                                              "for: 0s\n"
                                              "notify: fema_oncall\n"
                                              "playbook: pb_aid_latency\n");

// Saves the widget for the user guide when asked to; the name gets "-es" in Spanish.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("HMS_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    const QString suffix = hms::Language::instance().effective() == u"en" ? QString() : u'-' + hms::Language::instance().effective();
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + suffix + QStringLiteral(".png"))));
}

template<typename T>
T *openFromMenu(MainWindow &window, const char *action, const QString &name)
{
    auto *a = window.findChild<QAction *>(QString::fromLatin1(action));
    if (!a)
        return nullptr;
    a->trigger();
    T *dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] { return (dialog = window.findChild<T *>(name)) && dialog->isVisible(); }, 5000);
    return shown ? dialog : nullptr;
}
} // namespace

class TestScreens : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { app::applyOpsTheme(); }
    void everyScreen_data();
    void everyScreen();
    void cleanupTestCase() { hms::Language::instance().apply(QString()); }
};

void TestScreens::everyScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("titles"); // settings, silences, notifications, dashboards, trace
    QTest::addColumn<QString>("fileMenu");
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{QStringLiteral("Settings"), QStringLiteral("Silences"), QStringLiteral("Notifications"),
                                       QStringLiteral("Dashboards"), QStringLiteral("Trace 4bf92f3577b34da6")}
                        << QStringLiteral("&File");
    QTest::newRow("es") << QStringLiteral("es")
                        << QStringList{QStringLiteral("Configuración"), QStringLiteral("Silencios"),
                                       QStringLiteral("Notificaciones"), QStringLiteral("Tableros"),
                                       QStringLiteral("Traza 4bf92f3577b34da6")}
                        << QStringLiteral("&Archivo");
}

void TestScreens::everyScreen()
{
    QFETCH(QString, language);
    QFETCH(QStringList, titles);
    QFETCH(QString, fileMenu);
    QTest::failOnWarning(QRegularExpression(QStringLiteral("no icon|Cannot open|Could not|QPainter|stylesheet")));
    QVERIFY(hms::Language::instance().apply(language));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    hms::EngineOptions options;
    options.dataDir = dir.path();
    options.apiPort = 0;
    options.statsdPort = 0;
    options.tickMs = 100;
    options.loadExamples = true;
    options.keychainService = QStringLiteral("hms-ops-test");
    hms::Engine engine(options);
    QString error;
    QVERIFY2(engine.start(&error), qPrintable(error));

    MainWindow window(engine);
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.menuBar()->actions().value(0)->text(), fileMenu);

    // The seed's rule fires on a burst of slow, traced requests.
    bool installed = false;
    engine.runOnOps(
        &window, [](hms::OpsCore &ops) { return ops.catalog().installRules(seedRule, QStringLiteral("t.yml")).empty(); },
        [&](bool ok) { installed = ok; });
    QTRY_VERIFY_WITH_TIMEOUT(installed, 5000);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<hms::PushedSample> samples;
    for (int i = 0; i < 20; ++i) {
        hms::PushedSample s;
        s.name = QStringLiteral("aid_form.latency_ms");
        s.value = 1400.0 + 20 * i;
        s.timestampMs = now - 2000 + i * 100;
        if (i == 19)
            s.traceId = QStringLiteral("4bf92f3577b34da6");
        samples.push_back(s);
    }
    QCOMPARE(engine.store().applyPushed(samples, now), 20);
    auto *table = window.findChild<QTableView *>(QStringLiteral("incidentTable"));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1, 10000);
    table->selectRow(0);
    auto *timeline = window.findChild<QAbstractItemView *>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() > 0, 5000);
    // Severity is drawn as a shape too.
    QVERIFY(!table->model()->index(0, IncidentModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QTest::qWait(1200); // the chart (2 Hz) and the status line (1 Hz) show the burst
    shoot(&window, QStringLiteral("main-window"));

    auto *settings = openFromMenu<SettingsDialog>(window, "actionSettings", QStringLiteral("settingsDialog"));
    QVERIFY(settings);
    QCOMPARE(settings->windowTitle(), titles[0]);
    shoot(settings, QStringLiteral("settings"));
    settings->reject();

    auto *silences = openFromMenu<SilencesDialog>(window, "actionSilences", QStringLiteral("silencesDialog"));
    QVERIFY(silences);
    QCOMPARE(silences->windowTitle(), titles[1]);
    shoot(silences, QStringLiteral("silences"));
    silences->reject();

    auto *notifications = openFromMenu<NotificationsDialog>(window, "actionNotifications", QStringLiteral("notificationsDialog"));
    QVERIFY(notifications);
    QCOMPARE(notifications->windowTitle(), titles[2]);
    shoot(notifications, QStringLiteral("notifications"));
    notifications->reject();

    auto *dashboards = openFromMenu<DashboardWindow>(window, "actionDashboards", QStringLiteral("dashboardWindow"));
    QVERIFY(dashboards);
    auto *list = dashboards->findChild<QComboBox *>(QStringLiteral("dashboardList"));
    QVERIFY(list);
    QTRY_VERIFY_WITH_TIMEOUT(list->count() >= 1, 5000); // the seed's fema dashboard
    dashboards->resize(1600, 1000);
    QTest::qWait(500);
    // "NAME · HMS Ops Center" once a dashboard shows, in the chosen language's pattern.
    const QString pattern = QCoreApplication::translate("DashboardWindow", "%1 · HMS Ops Center");
    QVERIFY2(dashboards->windowTitle().endsWith(pattern.mid(pattern.indexOf(QStringLiteral("%1")) + 2))
                 && list->currentText().startsWith(dashboards->windowTitle().section(QStringLiteral(" · "), 0, 0)),
             qPrintable(dashboards->windowTitle()));
    QCOMPARE(QCoreApplication::translate("DashboardWindow", "Dashboards"), titles[3]);
    shoot(dashboards, QStringLiteral("dashboards"));
    dashboards->hide();

    TraceDialog trace(engine, QStringLiteral("4bf92f3577b34da6"), &window);
    QSignalSpy loaded(&trace, &TraceDialog::loaded);
    trace.show();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(trace.windowTitle(), titles[4]);
    QCOMPARE(trace.samples()->rowCount(), 1);
    QCOMPARE(trace.incidents()->rowCount(), 1);
    shoot(&trace, QStringLiteral("trace"));
    trace.hide();
    engine.stop();
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
