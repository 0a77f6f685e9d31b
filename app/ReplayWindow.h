// `hms-ops --replay FILE`: an incident bundle played back with no source connected. A scrubber
// with play/pause and speed (1×–60×) drives the charts, stat tiles and the event list together;
// [ and ] jump to the previous and next event; annotations are written back into the bundle.
#pragma once

#include "replay/ReplaySession.h"

#include <QMainWindow>

#include <memory>

class DashboardView;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QTimer;

class ReplayWindow final : public QMainWindow {
    Q_OBJECT
public:
    ReplayWindow(hms::IncidentBundle bundle, const QString &path, QWidget *parent = nullptr);
    ~ReplayWindow() override;

    hms::TimestampMs cursor() const { return m_cursor; }
    void setCursor(hms::TimestampMs t);
    bool playing() const;
    void setPlaying(bool play);
    int speed() const { return m_speed; }
    void setSpeed(int speed); // 1, 2, 5, 10, 30 or 60
    void nextEvent();
    void previousEvent();
    void addAnnotation(const QString &text); // at the cursor, then saved into the bundle
    void saveAnnotations();
    const hms::ReplaySession &session() const { return *m_session; }
    DashboardView *view() const { return m_view; }
    QListWidget *eventList() const { return m_events; }
    // Advances as the play timer would by `ms` of wall time (tests drive time themselves).
    void advance(qint64 wallMs);

Q_SIGNALS:
    void cursorChanged(hms::TimestampMs t);
    void annotationsSaved(bool ok, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void fillEvents();

    std::unique_ptr<hms::ReplaySession> m_session;
    QString m_path;
    hms::TimestampMs m_cursor = 0;
    int m_speed = 1;
    DashboardView *m_view;
    QListWidget *m_events;
    QSlider *m_slider;
    QPushButton *m_play;
    QComboBox *m_speedBox;
    QLabel *m_time;
    QLabel *m_state;
    QTimer *m_timer;
    int m_shownMoment = -2;
};
