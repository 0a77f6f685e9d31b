// Owns the main window. When the language changes (File → Settings…), every string built with the
// old catalogue is stale, so the window is built again around the same engine: incidents, charts,
// alerts and the evaluator carry on, and the new window takes the old one's place, size and state
// (and reopens the dashboards window if it was open).
#pragma once

#include <QObject>

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
};
