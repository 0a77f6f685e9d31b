#include "WindowHost.h"

#include "DashboardWindow.h"
#include "MainWindow.h"
#include "i18n/Language.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QStatusBar>

WindowHost::WindowHost(hms::Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_window(std::make_unique<MainWindow>(engine))
    , m_builtIn(hms::Language::instance().effective())
    , m_previousChoice(hms::Language::instance().chosen())
{
    // Queued: the change is made from inside the settings dialog, a child of the window that is
    // about to be replaced; the dialog returns first.
    connect(&hms::Language::instance(), &hms::Language::changed, this, &WindowHost::rebuild, Qt::QueuedConnection);
}

WindowHost::~WindowHost() = default;

void WindowHost::showMaximized()
{
    m_window->showMaximized();
}

void WindowHost::rebuild()
{
    const QString language = hms::Language::instance().effective();
    if (language == m_builtIn)
        return; // switched back before we got here, or a refused switch being undone
    const bool dashboardsOpen = m_window->dashboardWindow() && m_window->dashboardWindow()->isVisible();
    // The old window's other windows (playbook editor, rotation editor, RCA form, replay,
    // dashboards…) are closed as their user would close them: an editor with unsaved changes
    // asks first, and if it is kept open the language stays as it was. (isAncestorOf stops at
    // window boundaries, so the parent chain is walked by hand.)
    auto ownedByWindow = [this](const QWidget *w) {
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
            if (p == m_window.get())
                return true;
        return false;
    };
    const QList<QWidget *> tops = QApplication::topLevelWidgets();
    for (QWidget *w : tops) {
        if (w == m_window.get() || !w->isVisible() || !ownedByWindow(w))
            continue;
        if (!w->close()) {
            hms::Language::instance().apply(m_previousChoice);
            QSettings().setValue(QStringLiteral("ui/language"), m_previousChoice);
            m_window->statusBar()->showMessage(
                tr("The language was not changed: close the windows with unsaved changes, then choose it again."), 20000);
            return;
        }
    }
    const bool visible = m_window->isVisible();
    const Qt::WindowStates states = m_window->windowState();
    const QByteArray geometry = m_window->saveGeometry();
    const QString metric = m_window->currentMetric();

    // Deleted later, not now: this may run inside a nested event loop of one of its dialogs.
    m_window->hide();
    m_window.release()->deleteLater();
    m_window = std::make_unique<MainWindow>(m_engine);
    m_builtIn = language;
    m_previousChoice = hms::Language::instance().chosen();
    m_window->restoreGeometry(geometry);
    m_window->setWindowState(states);
    if (!metric.isEmpty())
        m_window->setCurrentMetric(metric);
    if (visible)
        m_window->show();
    if (dashboardsOpen)
        if (auto *open = m_window->findChild<QAction *>(QStringLiteral("actionDashboards")))
            open->trigger();
    Q_EMIT rebuilt(m_window.get());
}
