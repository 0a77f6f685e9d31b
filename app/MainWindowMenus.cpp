// The window's menus: File, Dashboards, Alerts (silences, SLOs, notifications, on call, sound) and Help,
// and the system tray (the desktop notification channel).
#include "MainWindow.h"

#include "DashboardWindow.h"
#include "NotificationsDialog.h"
#include "OnCallDialogs.h"
#include "SilenceDialogs.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenuBar>
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
    QAction *onCall = alerts->addAction(tr("&On call…"));
    onCall->setObjectName(QStringLiteral("actionOnCall"));
    onCall->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(onCall, &QAction::triggered, this, [this] {
        auto *dialog = new OnCallDialog(m_engine, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
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
}
