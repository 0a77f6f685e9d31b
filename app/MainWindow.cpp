#include "RemoteViews.h"
#include "remote/RemoteHub.h"
#include "MainWindow.h"

#include "ingest/StatsdListener.h"

#include "AppSupport.h"
#include "Engine.h"
#include "EventLoopProbe.h"
#include "EventModel.h"
#include "IncidentDesk.h"
#include "IncidentDetail.h"
#include "IncidentModel.h"
#include "MetricChart.h"
#include "SettingsDialog.h"
#include "notify/Notifier.h"
#include "alerting/Silence.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "incidents/Playbook.h"
#include "rules/Evaluator.h"
#include "store/SeriesStore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace {
constexpr int maxAggregatePoints = 4096; // per rule; 5 min at a 100 ms tick is 3,000
constexpr int maxChartSeries = 8;        // raw series drawn for one metric

struct IncidentDetails {
    std::vector<hms::IncidentEvent> events;
    std::optional<hms::Playbook> playbook;
};

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

MainWindow::MainWindow(hms::Engine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_model(new IncidentModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("HMS Ops Center"));
    setupUi();
    setupMenus();
    connectEngine();
    refreshMetricNames();
    refreshStatus();
    // The window measures its own responsiveness (ops_gui_event_loop_lag_ms).
    new EventLoopProbe(m_engine, this);

    m_incidentFlush = new QTimer(this);
    m_incidentFlush->setSingleShot(true);
    m_incidentFlush->setInterval(50); // bounded delay, batches worth having in a storm
    connect(m_incidentFlush, &QTimer::timeout, this, &MainWindow::flushIncidents);
    m_announceFlush = new QTimer(this);
    m_announceFlush->setSingleShot(true);
    connect(m_announceFlush, &QTimer::timeout, this, &MainWindow::flushAnnouncements);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupUi()
{
    m_desk = new IncidentDesk(m_model, this);
    m_detail = new IncidentDetail(this);
    m_chart = new MetricChart(this);
    m_metricCombo = new QComboBox(this);
    m_metricCombo->setObjectName(QStringLiteral("metricCombo"));
    m_metricCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_metricCombo->setMinimumContentsLength(24);

    auto *top = new QSplitter(Qt::Horizontal, this);
    // Alertmanagers' alerts sit under our own incidents, when there are Alertmanagers.
    bool alertmanagers = false;
    if (hms::RemoteHub *hub = m_engine.remote())
        for (const hms::RemoteSource &s : hub->sources())
            alertmanagers = alertmanagers || s.kind == hms::RemoteSource::Kind::Alertmanager;
    if (alertmanagers) {
        auto *left = new QSplitter(Qt::Vertical, this);
        left->addWidget(m_desk);
        m_external = new ExternalAlertsPanel(m_engine, left);
        left->addWidget(m_external);
        left->setStretchFactor(0, 3);
        left->setStretchFactor(1, 2);
        left->setChildrenCollapsible(false);
        connect(m_external, &ExternalAlertsPanel::message, this, [this](const QString &text) {
            statusBar()->showMessage(text, 30000);
        });
        top->addWidget(left);
    } else {
        top->addWidget(m_desk);
    }
    top->addWidget(m_detail);
    // The desk needs width for a handful of rows; the detail pane needs it for the timeline and
    // the playbook, which are what a commander reads.
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({900, 700});
    top->setChildrenCollapsible(false);

    auto *chartPanel = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartPanel);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *chooser = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("&Metric:"), chartPanel);
    metricLabel->setBuddy(m_metricCombo);
    chooser->addWidget(metricLabel);
    chooser->addWidget(m_metricCombo);
    chooser->addStretch(1);
    chartLayout->addLayout(chooser);
    chartLayout->addWidget(m_chart, 1);

    auto *central = new QSplitter(Qt::Vertical, this);
    central->setObjectName(QStringLiteral("centralSplitter"));
    central->addWidget(top);
    central->addWidget(chartPanel);
    central->setStretchFactor(0, 3);
    central->setStretchFactor(1, 2);
    central->setSizes({600, 400});
    central->setChildrenCollapsible(false);
    setCentralWidget(central);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    // Long (addresses, counts): clipped on a narrow screen rather than widening the window past it.
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_statusLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_dropLabel = new QLabel(this);
    m_dropLabel->setObjectName(QStringLiteral("dropLabel"));
    m_dropLabel->setStyleSheet(QStringLiteral("QLabel#dropLabel { color: #ffb74d; font-weight: bold; }"));
    m_dropLabel->hide();
    statusBar()->addPermanentWidget(m_dropLabel);
    statusBar()->addPermanentWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(new SourcesIndicator(m_engine, this));

    connect(m_desk, &IncidentDesk::incidentSelected, this, &MainWindow::showIncident);
    connect(m_detail, &IncidentDetail::acknowledgeRequested, this, &MainWindow::requestAcknowledge);
    connect(m_detail, &IncidentDetail::resolveRequested, this, &MainWindow::requestResolve);
    connect(m_detail, &IncidentDetail::silenceRequested, this, &MainWindow::requestSilence);
    connect(m_detail, &IncidentDetail::reassignRequested, this, &MainWindow::requestReassign);
    connect(m_detail, &IncidentDetail::escalateRequested, this, [this](qint64 id) {
        const QString by = app::currentUser();
        m_engine.runOnOps(
            this, [id, by](hms::OpsCore &ops) { return ops.incidents().escalate(id, by, nowMs()); },
            [this](const QString &problem) {
                if (!problem.isEmpty())
                    statusBar()->showMessage(problem, 30000); // not modal: the desk stays live
            });
    });
    connect(m_detail, &IncidentDetail::linkActivated, this, [this](const QUrl &url) {
        // Playbook links are shown, not opened: the ops room machine does not browse.
        statusBar()->showMessage(tr("Link: %1").arg(url.toDisplayString()), 15000);
    });
    connect(m_desk, &IncidentDesk::bulkAcknowledgeRequested, this, &MainWindow::requestBulkAcknowledge);
    connect(m_detail, &IncidentDetail::commentRequested, this, &MainWindow::requestComment);
    connect(m_detail, &IncidentDetail::rootCauseRequested, this, [this](qint64 id) { requestRootCause(id); });
    connect(m_detail, &IncidentDetail::rcaRequested, this, &MainWindow::openRca);
    connect(m_detail, &IncidentDetail::traceRequested, this, &MainWindow::openTrace);
    connect(m_detail, &IncidentDetail::stepToggled, this,
            [this](qint64 id, int index, const QString &text, bool done) {
                const QString by = app::currentUser();
                m_engine.runOnOps(
                    this, [=](hms::OpsCore &ops) { return ops.incidents().tickStep(id, index, text, done, by, nowMs()); },
                    [this, id, index, done](const QString &problem) {
                        if (problem.isEmpty())
                            return;
                        statusBar()->showMessage(problem, 30000);
                        if (m_detail->incidentId() == id)
                            m_detail->resetChecklistItem(index, !done);
                    });
            });
    connect(m_metricCombo, &QComboBox::activated, this, [this] { m_metricChosen = true; });
    connect(m_metricCombo, &QComboBox::currentTextChanged, this, &MainWindow::applyMetric);

    m_chartTimer = new QTimer(this);
    m_chartTimer->setInterval(500); // 2 Hz
    connect(m_chartTimer, &QTimer::timeout, this, &MainWindow::refreshChart);
    m_chartTimer->start();
    m_statusTimer = new QTimer(this);
    m_statusTimer->setInterval(1000);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::refreshStatus);
    m_statusTimer->start();
    m_metricNamesTimer = new QTimer(this);
    m_metricNamesTimer->setInterval(3000);
    connect(m_metricNamesTimer, &QTimer::timeout, this, &MainWindow::refreshMetricNames);
    m_metricNamesTimer->start();

    resize(1600, 1000);
}

void MainWindow::connectEngine()
{
    // Connect the live signals before asking for snapshots: both travel through the ops thread
    // and then this thread's event queue in order, so nothing falls between them.
    if (hms::IncidentService *incidents = m_engine.incidents()) {
        connect(incidents, &hms::IncidentService::incidentOpened, this, &MainWindow::onIncidentOpened);
        connect(incidents, &hms::IncidentService::incidentChanged, this, &MainWindow::onIncidentChanged);
        connect(incidents, &hms::IncidentService::eventAdded, m_detail, &IncidentDetail::appendEvent);
    }
    if (hms::Catalog *catalog = m_engine.catalog()) {
        connect(catalog, &hms::Catalog::rulesChanged, this,
                [this](const std::shared_ptr<const std::vector<hms::Rule>> &rules) {
                    if (rules)
                        setRules(*rules);
                });
    }
    if (hms::SilenceService *silences = m_engine.silences())
        connect(silences, &hms::SilenceService::notice, this,
                [this](const QString &message) { statusBar()->showMessage(message, 60000); });
    if (hms::Notifier *notifier = m_engine.notifier())
        connect(notifier, &hms::Notifier::announced, this, &MainWindow::onAnnounced);
    if (hms::Evaluator *evaluator = m_engine.evaluator())
        connect(evaluator, &hms::Evaluator::evaluated, this, &MainWindow::onEvaluated);

    m_engine.runOnOps(
        this, [](hms::OpsCore &ops) { return ops.incidents().incidents(false); },
        [this](const std::vector<hms::Incident> &incidents) {
            m_model->setIncidents(incidents);
            // Nobody has to reach for a mouse to see what is burning: show the newest open one.
            for (const hms::Incident &incident : incidents)
                if (incident.isOpen() && m_detail->incidentId() == 0 && m_desk->selectIncident(incident.id))
                    break;
        });
    m_engine.runOnOps(
        this, [](hms::OpsCore &ops) { return ops.catalog().rules(); },
        [this](const std::vector<hms::Rule> &rules) { setRules(rules); });
}

// --- incidents ---

void MainWindow::onAnnounced(const hms::Incident &incident)
{
    m_pendingAnnounced.push_back(incident);
    // The first announcement goes out on the next turn of the event loop; in a storm the rest
    // are summed up, one tray message at most every kAnnounceEveryMs.
    constexpr qint64 kAnnounceEveryMs = 3000;
    if (!m_announceFlush->isActive())
        m_announceFlush->start(int(std::clamp<qint64>(m_lastAnnounceAt + kAnnounceEveryMs - QDateTime::currentMSecsSinceEpoch(), 0,
                                                      kAnnounceEveryMs)));
}

void MainWindow::flushAnnouncements()
{
    if (m_pendingAnnounced.empty())
        return;
    m_lastAnnounceAt = QDateTime::currentMSecsSinceEpoch();
    const hms::Incident &first = m_pendingAnnounced.front();
    const auto criticals = std::count_if(m_pendingAnnounced.begin(), m_pendingAnnounced.end(),
                                         [](const hms::Incident &i) { return i.severity == u"critical"; });
    const QString one = tr("%1 on %2: %3 %4 (threshold %5), assigned to %6")
                            .arg(first.rule, first.service, first.aggregate.isEmpty() ? tr("value") : first.aggregate,
                                 QString::number(first.value, 'g', 6), first.threshold,
                                 first.assignee.isEmpty() ? tr("nobody") : first.assignee);
    const int count = int(m_pendingAnnounced.size());
    m_lastDesktop = count == 1 ? one : tr("%n new incidents, %1 critical. First: %2", nullptr, count).arg(criticals).arg(one);
    m_pendingAnnounced.clear();
    const bool critical = criticals > 0;
    if (m_tray)
        m_tray->showMessage(critical ? tr("Critical incident") : tr("Incident"), m_lastDesktop,
                            critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning, 15000);
    if (critical && m_sound && m_sound->isChecked())
        QApplication::beep();
}

void MainWindow::onIncidentOpened(const hms::Incident &incident)
{
    m_pendingIncidents.push_back(incident);
    m_pendingOpened.push_back(incident.id);
    if (!m_incidentFlush->isActive())
        m_incidentFlush->start();
}

void MainWindow::onIncidentChanged(const hms::Incident &incident)
{
    m_pendingIncidents.push_back(incident);
    if (!m_incidentFlush->isActive())
        m_incidentFlush->start();
}

void MainWindow::flushIncidents()
{
    if (m_pendingIncidents.empty())
        return;
    std::vector<hms::Incident> batch;
    batch.swap(m_pendingIncidents);
    std::vector<qint64> opened;
    opened.swap(m_pendingOpened);
    m_model->upsertMany(batch);
    for (auto it = batch.rbegin(); it != batch.rend(); ++it) {
        if (it->id == m_detail->incidentId()) {
            m_detail->setIncident(*it); // its latest version
            break;
        }
    }
    if (opened.empty())
        return;
    // With nothing selected, the incident that just opened is the one to look at.
    if (m_detail->incidentId() == 0)
        m_desk->selectIncident(opened.front());
    const auto last = std::find_if(batch.rbegin(), batch.rend(), [&](const hms::Incident &i) { return i.id == opened.back(); });
    statusBar()->showMessage(opened.size() == 1 && last != batch.rend()
                                 ? tr("Incident opened: %1 on %2").arg(last->rule, last->service)
                                 : tr("%n incidents opened", nullptr, int(opened.size())),
                             30000);
    QApplication::alert(this);
}

void MainWindow::showIncident(qint64 id)
{
    const std::optional<hms::Incident> incident = m_model->incidentAt(m_model->rowOfId(id));
    if (!incident)
        return;
    m_detail->setIncident(*incident);
    loadIncidentDetails(id);
    if (!incident->metric.isEmpty()) {
        setCurrentMetric(incident->metric);
    }
}

void MainWindow::loadIncidentDetails(qint64 id)
{
    m_engine.runOnOps(
        this,
        [id](hms::OpsCore &ops) {
            IncidentDetails details;
            details.events = ops.incidents().events(id);
            const std::optional<hms::Incident> incident = ops.incidents().incident(id);
            if (incident && !incident->playbookId.isEmpty())
                details.playbook = ops.catalog().playbook(incident->playbookId);
            return details;
        },
        [this, id](const IncidentDetails &details) {
            if (m_detail->incidentId() != id)
                return; // the operator moved on
            m_detail->setEvents(id, details.events);
            m_detail->setPlaybook(details.playbook);
        });
}

// --- rules, metrics, chart ---

void MainWindow::setRules(const std::vector<hms::Rule> &rules)
{
    m_rules = rules;
    for (auto it = m_aggregates.begin(); it != m_aggregates.end();) {
        const bool known = std::any_of(m_rules.begin(), m_rules.end(),
                                       [&](const hms::Rule &r) { return r.name == it->first; });
        it = known ? std::next(it) : m_aggregates.erase(it);
    }
    refreshMetricNames();
    if (!m_metricChosen && !m_rules.empty() && currentMetric() != m_rules.front().metric) {
        const QSignalBlocker blocker(m_metricCombo); // applyMetric() below, once
        m_metricCombo->setCurrentIndex(m_metricCombo->findText(m_rules.front().metric));
    }
    applyMetric(currentMetric()); // the rule (threshold, aggregate) may have changed
}

const hms::Rule *MainWindow::ruleForMetric(const QString &metric) const
{
    const auto it = std::find_if(m_rules.begin(), m_rules.end(), [&](const hms::Rule &r) { return r.metric == metric; });
    return it == m_rules.end() ? nullptr : &*it;
}

void MainWindow::onEvaluated(const std::shared_ptr<const hms::EvalTick> &tick)
{
    if (!tick)
        return;
    // One value per rule and tick: with several series, the one closest to (or furthest past)
    // the threshold, which is what decides whether the rule fires.
    std::map<QString, double> values;
    for (const hms::RuleValue &rv : tick->values) {
        const auto it = values.find(rv.rule);
        if (it == values.end()) {
            values.emplace(rv.rule, rv.value);
            continue;
        }
        const auto rule = std::find_if(m_rules.begin(), m_rules.end(), [&](const hms::Rule &r) { return r.name == rv.rule; });
        const bool below = rule != m_rules.end()
            && (rule->threshold.op == hms::Threshold::Op::Less || rule->threshold.op == hms::Threshold::Op::LessEqual);
        it->second = below ? std::min(it->second, rv.value) : std::max(it->second, rv.value);
    }
    const qint64 oldest = tick->at - chartWindowMs;
    for (const auto &[rule, value] : values) {
        std::deque<hms::Sample> &ring = m_aggregates[rule];
        ring.push_back({tick->at, value});
        while (!ring.empty() && (ring.front().t < oldest || ring.size() > maxAggregatePoints))
            ring.pop_front();
    }
}

QString MainWindow::currentMetric() const
{
    return m_metricCombo->currentText();
}

void MainWindow::setCurrentMetric(const QString &metric)
{
    m_metricChosen = true;
    if (m_metricCombo->findText(metric) < 0)
        m_metricCombo->addItem(metric);
    m_metricCombo->setCurrentIndex(m_metricCombo->findText(metric)); // applyMetric() on change
}

void MainWindow::refreshMetricNames()
{
    QStringList names = m_engine.store().metricNames();
    for (const hms::Rule &rule : m_rules)
        names.append(rule.metric);
    const QString current = currentMetric();
    if (!current.isEmpty())
        names.append(current);
    names.removeDuplicates();
    names.sort();

    QStringList shown;
    for (int i = 0; i < m_metricCombo->count(); ++i)
        shown.append(m_metricCombo->itemText(i));
    if (shown == names)
        return;
    {
        const QSignalBlocker blocker(m_metricCombo);
        m_metricCombo->clear();
        m_metricCombo->addItems(names);
        QString wanted = current;
        if (wanted.isEmpty())
            wanted = m_rules.empty() ? names.value(0) : m_rules.front().metric;
        m_metricCombo->setCurrentIndex(m_metricCombo->findText(wanted));
    }
    if (currentMetric() != current)
        applyMetric(currentMetric());
}

void MainWindow::applyMetric(const QString &metric)
{
    const hms::Rule *rule = ruleForMetric(metric);
    if (rule) {
        m_chart->setMetric(tr("%1 — %2 %3").arg(metric, rule->aggregate.text, rule->threshold.text));
        m_chart->setAggregateName(rule->aggregate.text);
        m_chart->setThreshold(rule->threshold.value, tr("threshold %1").arg(rule->threshold.text));
    } else {
        m_chart->setMetric(metric.isEmpty() ? tr("No metric yet") : metric);
        m_chart->setAggregateName({});
        m_chart->setThreshold(std::nullopt, {});
    }
    refreshChart();
}

void MainWindow::refreshChart()
{
    const QString metric = currentMetric();
    const qint64 to = nowMs();
    const qint64 from = to - chartWindowMs;
    if (metric.isEmpty()) {
        m_chart->setData({}, {}, from, to);
        return;
    }
    const hms::Rule *rule = ruleForMetric(metric);
    const hms::SeriesStore &store = m_engine.store();
    std::vector<hms::SeriesKey> keys = store.select(metric, rule ? rule->match : hms::Labels{});
    if (keys.size() > static_cast<size_t>(maxChartSeries))
        keys.resize(maxChartSeries);
    const int buckets = m_chart->plotWidthPx();
    std::vector<hms::Sample> raw;
    for (const hms::SeriesKey &key : keys) {
        const std::vector<hms::Sample> part = store.decimated(key, from, to, buckets);
        raw.insert(raw.end(), part.begin(), part.end());
    }
    if (keys.size() > 1)
        std::stable_sort(raw.begin(), raw.end(), [](const hms::Sample &a, const hms::Sample &b) { return a.t < b.t; });

    std::vector<hms::Sample> aggregate;
    if (rule) {
        const auto it = m_aggregates.find(rule->name);
        if (it != m_aggregates.end()) {
            for (const hms::Sample &s : it->second) {
                if (s.t > from)
                    aggregate.push_back(s);
            }
        }
    }
    m_chart->setData(raw, aggregate, from, to);
}

// --- status, dialogs ---

void MainWindow::refreshStatus()
{
    const hms::Endpoints &endpoints = m_engine.endpoints();
    const hms::SeriesStore &store = m_engine.store();
    const QLocale locale;
    const QString statsd = endpoints.statsdHost % u':' % QString::number(endpoints.statsdPort);
    const QString text = tr("API %1 · StatsD %2 · %3 series · %4 samples")
                             .arg(endpoints.api.toDisplayString(), statsd, locale.toString(store.seriesCount()),
                                  locale.toString(store.sampleCount()));
    if (m_statusLabel->text() != text) {
        m_statusLabel->setText(text);
        m_statusLabel->setToolTip(text);
    }
    // Losing metrics is never silent: what the kernel or the parser threw away since start.
    const hms::StatsdCounters c = m_engine.statsdCounters();
    const qint64 lost = std::max<qint64>(c.kernelDrops, 0) + c.truncated;
    const QString drops = lost > 0 || c.linesRejected > 0
                              ? tr("StatsD: %1 datagrams lost, %2 lines rejected")
                                    .arg(locale.toString(lost), locale.toString(c.linesRejected))
                              : QString();
    if (m_dropLabel->text() != drops) {
        m_dropLabel->setText(drops);
        m_dropLabel->setToolTip(tr("Datagrams the kernel dropped because the receive buffer was full, or larger than "
                                   "it; lines that were not valid StatsD. Counted since start; also the "
                                   "ops_statsd_kernel_drops_total and ops_statsd_lines_rejected_total metrics."));
        m_dropLabel->setVisible(!drops.isEmpty());
    }
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::saved, this,
            [this] { statusBar()->showMessage(tr("Slack webhook saved; Slack notifications enabled."), 15000); });
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About HMS Ops Center"),
                       tr("<h3>HMS Ops Center %1</h3>"
                          "<p>Metrics, alert rules, incidents, on-call rotations and playbooks "
                          "for the HMS services, in one window.</p>"
                          "<p>Qt %2</p>")
                           .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}
