// The operations center window: the incident desk (left), the selected incident (right), and a
// live chart of one metric against its rule (bottom). Everything it shows comes from the engine
// through queued signals or Engine::runOnOps(); the GUI thread never touches ops.db.
#pragma once

#include "core/Types.h"
#include "incidents/Incident.h"
#include "rules/Rule.h"

#include <QMainWindow>

#include <deque>
#include <map>
#include <memory>
#include <vector>

namespace hms {
class Engine;
struct EvalTick;
} // namespace hms

class IncidentDesk;
class IncidentDetail;
class IncidentModel;
class MetricChart;
class QComboBox;
class QLabel;
class QTimer;
class QSystemTrayIcon;
class QAction;

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(hms::Engine &engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    IncidentModel *incidentModel() const { return m_model; }
    class DashboardWindow *dashboardWindow() const { return m_dashboards; }
    // The last desktop notification shown ("" before any), for tests and for screens without a tray.
    QString lastDesktopNotification() const { return m_lastDesktop; }
    QString currentMetric() const;
    void setCurrentMetric(const QString &metric); // as if the user chose it

    // How long the chart looks back.
    static constexpr qint64 chartWindowMs = 5 * 60 * 1000;

private:
    void setupUi();
    void setupMenus();
    void connectEngine();
    void requestSilence(qint64 id);
    void requestReassign(qint64 id);
    void requestBulkAcknowledge(const std::vector<qint64> &ids);
    void requestComment(qint64 id);
    // `retry`: a link that was refused, shown again to be fixed.
    void requestRootCause(qint64 id, const QString &retry = QString());
    void exportBundle(qint64 id);
    void openPlaybooks(const QString &id);

public:
    void openRca(qint64 id);
    void openTrace(const QString &traceId);
    IncidentDesk *desk() const { return m_desk; }
    class ExternalAlertsPanel *externalAlerts() const { return m_external; } // null without Alertmanagers
    IncidentDetail *detail() const { return m_detail; }

private:

    // Incidents
    void onIncidentOpened(const hms::Incident &incident);
    // The desktop channel: a tray message for an announced incident, a beep when critical and
    // the sound is on (Alerts → Sound for critical incidents).
    void onAnnounced(const hms::Incident &incident);
    void onIncidentChanged(const hms::Incident &incident);
    void showIncident(qint64 id);
    void loadIncidentDetails(qint64 id);
    void requestAcknowledge(qint64 id);
    void requestResolve(qint64 id);
    void onActionDone(qint64 id, const QString &failure); // failure: empty on success

    // Rules, metrics and the chart
    void setRules(const std::vector<hms::Rule> &rules);
    void onEvaluated(const std::shared_ptr<const hms::EvalTick> &tick);
    const hms::Rule *ruleForMetric(const QString &metric) const;
    void refreshMetricNames();
    void applyMetric(const QString &metric);
    void refreshChart();

    void refreshStatus();
    void openSettings();
    void showAbout();

    hms::Engine &m_engine;
    IncidentModel *m_model = nullptr; // children of this window
    IncidentDesk *m_desk = nullptr;
    class ExternalAlertsPanel *m_external = nullptr;
    IncidentDetail *m_detail = nullptr;
    MetricChart *m_chart = nullptr;
    QComboBox *m_metricCombo = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_dropLabel = nullptr; // StatsD losses, shown only when there are any
    QTimer *m_chartTimer = nullptr;
    QTimer *m_statusTimer = nullptr;
    QTimer *m_metricNamesTimer = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // only where the desktop has a tray
    class DashboardWindow *m_dashboards = nullptr; // a child window, made on first use
    QAction *m_sound = nullptr;
    QString m_lastDesktop;
    // Storms: incident updates and announcements are applied in batches (flushIncidents,
    // flushAnnouncements), so 10,000 incidents a minute cost the window a few hundred model
    // updates and one tray message every few seconds, not 10,000 of each.
    void flushIncidents();
    void flushAnnouncements();
    std::vector<hms::Incident> m_pendingIncidents;
    std::vector<qint64> m_pendingOpened;
    std::vector<hms::Incident> m_pendingAnnounced;
    QTimer *m_incidentFlush = nullptr;
    QTimer *m_announceFlush = nullptr;
    qint64 m_lastAnnounceAt = 0; // ms since epoch of the last tray message

    std::vector<hms::Rule> m_rules;
    // Per rule: the aggregate of each evaluator tick over the chart window (a bounded ring).
    std::map<QString, std::deque<hms::Sample>> m_aggregates;
    bool m_metricChosen = false; // the user (or a selected incident) picked the chart's metric
};
