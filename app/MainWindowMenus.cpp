// The window's menus: File, Dashboards, Alerts (silences, SLOs, notifications, on call, sound) and Help,
// and the system tray (the desktop notification channel).
#include "RemoteViews.h"
#include "MainWindow.h"

#include "BundleTask.h"
#include "DashboardWindow.h"
#include "Engine.h"
#include "IncidentDesk.h"
#include "IncidentDetail.h"
#include "Icons.h"
#include "PlaybookEditor.h"
#include "ReplayWindow.h"
#include "RotationEditor.h"
#include "alerting/Silence.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "replay/Bundle.h"
#include "store/SeriesStore.h"
#include "NotificationsDialog.h"
#include "OnCallDialogs.h"
#include "SilenceDialogs.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QMessageBox>
#include <QStatusBar>
#include <QKeySequence>
#include <QMenuBar>
#include <QToolBar>
#include <QSettings>
#include <QSystemTrayIcon>

void MainWindow::setupMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::openSettings);
    file->addSeparator();
    QAction *exportBundleAction = file->addAction(tr("&Export incident bundle…"));
    exportBundleAction->setObjectName(QStringLiteral("actionExportBundle"));
    exportBundleAction->setShortcut(QKeySequence(tr("Ctrl+E")));
    exportBundleAction->setToolTip(tr("Write the selected incident, its events, rules, playbook, silences, review and "
                                      "charts' samples into one file for offline replay"));
    connect(exportBundleAction, &QAction::triggered, this, [this] {
        if (m_detail->incidentId() == 0) {
            statusBar()->showMessage(tr("Select an incident to export first."), 10000);
            return;
        }
        exportBundle(m_detail->incidentId());
    });
    QAction *openReplay = file->addAction(tr("&Replay a bundle…"));
    openReplay->setObjectName(QStringLiteral("actionReplay"));
    openReplay->setShortcut(QKeySequence(tr("Ctrl+Shift+R")));
    connect(openReplay, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Replay an incident bundle"), QString(),
                                                          tr("Incident bundles (*.hmsbundle);;All files (*)"));
        if (path.isEmpty())
            return;
        BundleTask::load(this, path, [this, path](std::optional<hms::IncidentBundle> bundle, const hms::BundleIo &io) {
            if (!bundle) {
                if (!io.cancelled)
                    QMessageBox::warning(this, tr("Cannot open the bundle"), io.error);
                return;
            }
            auto *window = new ReplayWindow(std::move(*bundle), path, this);
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->setWindowFlag(Qt::Window, true);
            window->show();
        });
    });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *dashboards = menuBar()->addMenu(tr("&Dashboards"));
    QAction *openDashboards = dashboards->addAction(tr("&Open dashboards…"));
    openDashboards->setObjectName(QStringLiteral("actionDashboards"));
    openDashboards->setShortcut(QKeySequence(tr("Ctrl+Shift+D")));
    connect(openDashboards, &QAction::triggered, this, [this] {
        if (!m_dashboards) {
            m_dashboards = new DashboardWindow(m_engine, this);
            m_dashboards->setWindowFlag(Qt::Window, true);
        }
        m_dashboards->show();
        m_dashboards->raise();
        m_dashboards->activateWindow();
    });

    QMenu *alerts = menuBar()->addMenu(tr("&Alerts"));
    QAction *silences = alerts->addAction(tr("&Silences…"));
    silences->setObjectName(QStringLiteral("actionSilences"));
    silences->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    connect(silences, &QAction::triggered, this, [this] {
        auto *dialog = new SilencesDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *slos = alerts->addAction(tr("Service &level objectives…"));
    slos->setObjectName(QStringLiteral("actionSlos"));
    slos->setShortcut(QKeySequence(tr("Ctrl+Shift+L")));
    connect(slos, &QAction::triggered, this, [this] {
        auto *dialog = new SlosDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *notifications = alerts->addAction(tr("&Notifications…"));
    notifications->setObjectName(QStringLiteral("actionNotifications"));
    notifications->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    connect(notifications, &QAction::triggered, this, [this] {
        auto *dialog = new NotificationsDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *sources = alerts->addAction(tr("So&urces…"));
    sources->setObjectName(QStringLiteral("actionSources"));
    sources->setShortcut(QKeySequence(tr("Ctrl+Shift+U")));
    connect(sources, &QAction::triggered, this, [this] {
        auto *dialog = new SourcesDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *onCall = alerts->addAction(tr("&On call…"));
    onCall->setObjectName(QStringLiteral("actionOnCall"));
    onCall->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(onCall, &QAction::triggered, this, [this] {
        auto *dialog = new OnCallDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    QAction *playbooks = alerts->addAction(tr("&Playbooks…"));
    playbooks->setObjectName(QStringLiteral("actionPlaybooks"));
    playbooks->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    connect(playbooks, &QAction::triggered, this, [this] {
        const std::optional<hms::Incident> shown = m_detail->incident();
        openPlaybooks(shown ? shown->playbookId : QString());
    });
    QAction *rotations = alerts->addAction(tr("&Rotations and calendar…"));
    rotations->setObjectName(QStringLiteral("actionRotations"));
    connect(rotations, &QAction::triggered, this, [this] {
        auto *editor = new RotationEditor(m_engine, this);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->setWindowFlag(Qt::Window, true);
        editor->show();
    });

    alerts->addSeparator();
    m_sound = alerts->addAction(tr("Sound for &critical incidents"));
    m_sound->setObjectName(QStringLiteral("actionSound"));
    m_sound->setCheckable(true);
    m_sound->setChecked(QSettings().value(QStringLiteral("desktop/sound"), false).toBool());
    connect(m_sound, &QAction::toggled, this, [](bool on) { QSettings().setValue(QStringLiteral("desktop/sound"), on); });
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("HMS Ops Center"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About HMS Ops Center"));
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    // Every action has its icon from the set (icons/nav); the screens of the loop Metric → Alert →
    // Dashboard → Playbook → On-Call are also one click away on the navigation bar.
    const std::pair<QAction *, const char *> icons[] = {
        {settings, "nav/settings"},   {exportBundleAction, "nav/export"}, {openReplay, "nav/replay"},
        {quit, "nav/quit"},           {openDashboards, "nav/dashboards"}, {silences, "nav/silences"},
        {slos, "nav/slos"},           {notifications, "nav/notifications"}, {sources, "nav/sources"},
        {onCall, "nav/oncall"},       {playbooks, "nav/playbooks"},       {rotations, "nav/rotations"},
        {m_sound, "nav/sound"},       {about, "nav/about"}};
    for (const auto &[action, name] : icons)
        action->setIcon(hms::icon(QString::fromLatin1(name)));
    QToolBar *navigation = addToolBar(tr("Navigation"));
    navigation->setObjectName(QStringLiteral("navigationBar"));
    navigation->setMovable(false);
    navigation->setIconSize(QSize(28, 28));
    navigation->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Short labels on the bar; the menus keep the full ones.
    const std::pair<QAction *, QString> short_[] = {
        {openDashboards, tr("Dashboards")}, {silences, tr("Silences")},   {slos, tr("SLOs")},
        {onCall, tr("On call")},            {rotations, tr("Rotations")}, {playbooks, tr("Playbooks")},
        {notifications, tr("Notifications")}, {sources, tr("Sources")}};
    for (const auto &[action, text] : short_) {
        action->setIconText(text);
        navigation->addAction(action);
    }
}

void MainWindow::openPlaybooks(const QString &id)
{
    auto *editor = new PlaybookEditor(m_engine, id, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window, true);
    editor->show();
}

void MainWindow::exportBundle(qint64 id)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export incident bundle"),
                                                      QStringLiteral("incident-%1.hmsbundle").arg(id),
                                                      tr("Incident bundles (*.hmsbundle)"));
    if (path.isEmpty())
        return;
    const hms::SeriesStore *store = &m_engine.store();
    m_engine.runOnOps(
        this,
        [id, store](hms::OpsCore &ops) {
            QString error;
            auto bundle = hms::collectBundle(id, 30 * 60'000, ops.incidents(), ops.catalog(), ops.silences(), &ops.rcas(),
                                             *store, QDateTime::currentMSecsSinceEpoch(), &error);
            return std::pair{std::move(bundle), error};
        },
        [this, path](const std::pair<std::optional<hms::IncidentBundle>, QString> &collected) {
            if (!collected.first) {
                QMessageBox::warning(this, tr("Export incident bundle"), collected.second);
                return;
            }
            BundleTask::save(this, *collected.first, path, [this, path](const hms::BundleIo &io) {
                if (io.ok)
                    statusBar()->showMessage(tr("Incident bundle written to %1").arg(path), 15000);
                else if (io.cancelled)
                    statusBar()->showMessage(tr("Export cancelled; nothing was written."), 15000);
                else
                    QMessageBox::warning(this, tr("Export incident bundle"), io.error);
            });
        });
}
