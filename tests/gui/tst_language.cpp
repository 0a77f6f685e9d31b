// The language is switched at run time from File → Settings…: the window is rebuilt around the same
// running engine and speaks Spanish at once (our strings and Qt's own buttons), the choice is kept
// for the next start, and switching back leaves nothing Spanish behind.
#include "AppSupport.h"
#include "DashboardWindow.h"
#include "Engine.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "WindowHost.h"
#include "i18n/Language.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString menuTitle(MainWindow *window, int index)
{
    const QList<QAction *> menus = window->menuBar()->actions();
    return index < menus.size() ? menus.at(index)->text() : QString();
}

// A window of the main window's (like the playbook editor) that may refuse to close.
class ChildWindow : public QWidget {
public:
    ChildWindow(QWidget *parent, bool refuse, int *closes)
        : QWidget(parent, Qt::Window)
        , m_refuse(refuse)
        , m_closes(closes)
    {
    }

protected:
    void closeEvent(QCloseEvent *event) override
    {
        ++*m_closes;
        if (m_refuse)
            event->ignore();
        else
            event->accept();
    }

private:
    bool m_refuse;
    int *m_closes;
};

SettingsDialog *openSettings(MainWindow *window)
{
    auto *action = window->findChild<QAction *>(QStringLiteral("actionSettings"));
    if (!action)
        return nullptr;
    action->trigger();
    return window->findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
}
} // namespace

class TestLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void switchAtRunTime();
};

void TestLanguage::switchAtRunTime()
{
    // Building the window (menus, navigation bar, incident buttons) asks for no icon that is missing.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("no icon|icon.*not|Cannot open")));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings().remove(QStringLiteral("ui/language"));
    QVERIFY(hms::Language::instance().apply(QString())); // LANGUAGE=en
    hms::EngineOptions options;
    options.dataDir = dir.path();
    options.apiPort = 0;
    options.statsdPort = 0;
    options.tickMs = 100;
    options.keychainService = QStringLiteral("hms-ops-test");
    hms::Engine engine(options);
    QString error;
    QVERIFY2(engine.start(&error), qPrintable(error));

    app::applyOpsTheme(); // the real type sizes: the width check below is about them
    WindowHost host(engine);
    host.window()->resize(1280, 800);
    host.window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(host.window()));
    QCOMPARE(menuTitle(host.window(), 0), QStringLiteral("&File"));
    // The window fits a 1280 × 800 laptop screen (the wall's large type included).
    QVERIFY2(host.window()->minimumSizeHint().width() <= 1280,
             qPrintable(QString::number(host.window()->minimumSizeHint().width())));
    qInfo("minimum width: %d (English)", host.window()->minimumSizeHint().width());
    const QPointer<MainWindow> english = host.window();
    const QRect englishGeometry = english->geometry();

    // A window with unsaved changes that its user keeps open: the switch is undone.
    int refusals = 0;
    auto *keeper = new ChildWindow(host.window(), true, &refusals);
    keeper->show();
    {
        SettingsDialog *first = openSettings(host.window());
        QVERIFY(first);
        auto *combo = first->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
        first->accept();
        QTRY_COMPARE(refusals, 1);
        QTRY_COMPARE(hms::Language::instance().effective(), QStringLiteral("en"));
        QCOMPARE(host.window()->menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    }
    delete keeper;
    // Other windows are closed as their user would close them (closeEvent), not just deleted.
    int closes = 0;
    (new ChildWindow(host.window(), false, &closes))->show();

    // The dashboards window is open: it is closed with the old window and opened again.
    host.window()->findChild<QAction *>(QStringLiteral("actionDashboards"))->trigger();
    QTRY_VERIFY(host.window()->dashboardWindow() && host.window()->dashboardWindow()->isVisible());
    const QPointer<QWidget> englishDashboards = host.window()->dashboardWindow();

    SettingsDialog *dialog = openSettings(host.window());
    QVERIFY(dialog);
    auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3); // system default, English, Español
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(combo->itemText(2), QStringLiteral("Español"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("es")));
    QSignalSpy rebuilt(&host, &WindowHost::rebuilt);
    dialog->accept(); // no webhook URL typed: only the language changes
    QVERIFY(rebuilt.wait(5000));

    MainWindow *spanish = host.window();
    QTRY_VERIFY(english.isNull()); // the English window is gone (deleted once back in the event loop), not hidden
    QVERIFY(englishDashboards.isNull());
    QCOMPARE(closes, 1);
    QVERIFY(spanish->dashboardWindow() && spanish->dashboardWindow()->isVisible());
    QVERIFY(spanish->isVisible());
    QCOMPARE(spanish->size(), englishGeometry.size()); // the old window's size
    QCOMPARE(menuTitle(spanish, 0), QStringLiteral("&Archivo"));
    QVERIFY2(spanish->minimumSizeHint().width() <= 1280, qPrintable(QString::number(spanish->minimumSizeHint().width())));
    qInfo("minimum width: %d (Spanish)", spanish->minimumSizeHint().width());
    QCOMPARE(menuTitle(spanish, 2), QStringLiteral("A&lertas"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));

    // The new window's dialogs, Qt's standard buttons included, are in Spanish.
    dialog = openSettings(spanish);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Configuración"));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(u'&'), QStringLiteral("Cancelar"));
    combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("es"));

    // Back to the system's language.
    combo->setCurrentIndex(0);
    dialog->accept();
    QVERIFY(rebuilt.wait(5000));
    QCOMPARE(menuTitle(host.window(), 0), QStringLiteral("&File"));
    QCOMPARE(hms::Language::instance().chosen(), QString());
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QString());
    engine.stop();
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
