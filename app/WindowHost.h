// Owns the main window. When the language changes (File → Settings…), every string built with the
// old catalogue is stale, so the window is built again around the same engine: the engine, its
// incidents, alerts and series carry on, and the new window takes the old one's place, size,
// state and chosen metric (and reopens the dashboards window if it was open). The old window's
// other windows are closed first, as their user would close them: one with unsaved changes asks,
// and if it is kept the language stays as it was. What lived only in the old window goes with it:
// the selection, the desk's filters, the chart's aggregate line so far.
#pragma once

#include <QObject>

#include <QString>

#include <memory>

namespace hms {
class Engine;
}
class MainWindow;

class WindowHost final : public QObject {
    Q_OBJECT
public:
    explicit WindowHost(hms::Engine &engine, QObject *parent = nullptr);
    ~WindowHost() override;

    MainWindow *window() const { return m_window.get(); }
    void showMaximized();

Q_SIGNALS:
    void rebuilt(MainWindow *window);

private:
    void rebuild();

    hms::Engine &m_engine;
    std::unique_ptr<MainWindow> m_window;
    QString m_builtIn;                     // the language m_window was built in
    QString m_previousChoice;              // what to go back to when a switch is refused
};
