#include "WindowHost.h"

#include "DashboardWindow.h"
#include "MainWindow.h"
#include "i18n/Language.h"

#include <QAction>

WindowHost::WindowHost(hms::Engine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_window(std::make_unique<MainWindow>(engine))
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
    const bool visible = m_window->isVisible();
    const Qt::WindowStates states = m_window->windowState();
    const QByteArray geometry = m_window->saveGeometry();
    const bool dashboardsOpen = m_window->dashboardWindow() && m_window->dashboardWindow()->isVisible();
    const QString metric = m_window->currentMetric();

    m_window.reset(); // the old window (and its dialogs) go before the new one subscribes
    m_window = std::make_unique<MainWindow>(m_engine);
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
