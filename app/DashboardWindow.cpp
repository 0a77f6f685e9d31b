#include "DashboardWindow.h"

#include "TraceDialog.h"

#include "DashboardFeed.h"
#include "Engine.h"
#include "core/Duration.h"
#include "dash/DashboardStore.h"
#include "incidents/IncidentService.h"
#include "store/SeriesStore.h"

#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLoggingCategory>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRegularExpressionValidator>
#include <QScreen>
#include <QSignalBlocker>
#include <QStatusBar>
#include <QTimerEvent>
#include <QToolBar>
#include <QToolButton>

// QT_LOGGING_RULES="hms.startup.info=true": when the first frame of data is on screen (the
// start-up benchmark, bench/startup_bench.sh, reads it).
Q_LOGGING_CATEGORY(lcStartup, "hms.startup", QtWarningMsg)

namespace {
constexpr int kFramesPerSecond = 2;
struct RangeChoice {
    const char *label;
    qint64 ms;
};
const RangeChoice kRanges[] = {
    {QT_TRANSLATE_NOOP("DashboardWindow", "Dashboard's range"), 0},
    {QT_TRANSLATE_NOOP("DashboardWindow", "Last 5 minutes"), 5 * 60'000LL},
    {QT_TRANSLATE_NOOP("DashboardWindow", "Last 15 minutes"), 15 * 60'000LL},
    {QT_TRANSLATE_NOOP("DashboardWindow", "Last hour"), 3'600'000LL},
    {QT_TRANSLATE_NOOP("DashboardWindow", "Last 6 hours"), 6 * 3'600'000LL},
    {QT_TRANSLATE_NOOP("DashboardWindow", "Last 24 hours"), 86'400'000LL},
    {QT_TRANSLATE_NOOP("DashboardWindow", "Last 7 days"), 7 * 86'400'000LL},
    {QT_TRANSLATE_NOOP("DashboardWindow", "Last 30 days"), 30 * 86'400'000LL},
};
} // namespace

DashboardWindow::DashboardWindow(hms::Engine &engine, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_feed(std::make_unique<DashboardFeedThread>(engine, kFramesPerSecond))
    , m_view(new DashboardView(this))
    , m_list(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_status(new QLabel(this))
{
    qRegisterMetaType<std::shared_ptr<const hms::DashboardFrame>>();
    setObjectName(QStringLiteral("dashboardWindow"));
    setWindowTitle(tr("Dashboards"));
    setCentralWidget(m_view);
    m_list->setObjectName(QStringLiteral("dashboardList"));
    m_list->setMinimumContentsLength(24);
    m_range->setObjectName(QStringLiteral("dashboardRange"));
    for (const RangeChoice &r : kRanges)
        m_range->addItem(tr(r.label), r.ms);
    m_pause->setObjectName(QStringLiteral("dashboardPause"));
    m_pause->setText(tr("Pause"));
    m_pause->setCheckable(true);
    m_pause->setShortcut(QKeySequence(Qt::Key_Space));
    m_pause->setToolTip(tr("Pause or resume live updates (Space)"));

    auto *bar = addToolBar(tr("Dashboard"));
    bar->setObjectName(QStringLiteral("dashboardToolbar"));
    bar->setMovable(false);
    bar->addWidget(new QLabel(tr("&Dashboard: "), this));
    bar->addWidget(m_list);
    bar->addSeparator();
    bar->addWidget(m_range);
    bar->addWidget(m_pause);
    bar->addSeparator();
    bar->addAction(tr("&Incident window…"), QKeySequence(tr("Ctrl+I")), this, &DashboardWindow::chooseIncidentWindow);
    bar->addAction(tr("&Custom range…"), QKeySequence(tr("Ctrl+R")), this, &DashboardWindow::chooseAbsoluteRange);
    bar->addSeparator();
    bar->addAction(tr("&New from template…"), QKeySequence::New, this, &DashboardWindow::newFromTemplate);
    if (auto *label = qobject_cast<QLabel *>(bar->widgetForAction(bar->actions().constFirst())))
        label->setBuddy(m_list);
    statusBar()->addWidget(m_status, 1);
    m_status->setObjectName(QStringLiteral("dashboardStatus"));

    connect(m_list, &QComboBox::activated, this, [this](int index) { openDashboard(m_list->itemData(index).toString()); });
    connect(m_range, &QComboBox::activated, this, [this](int index) { setRange(m_range->itemData(index).toLongLong()); });
    connect(m_pause, &QToolButton::toggled, this, [this] { togglePause(); });
    connect(m_feed->feed(), &DashboardFeed::frameReady, this, &DashboardWindow::onFrame, Qt::QueuedConnection);
    connect(m_view, &DashboardView::exemplarClicked, this, &DashboardWindow::onExemplar);
    m_heartbeat = startTimer(1000);
    resize(1600, 900);
    refreshList();
}

DashboardWindow::~DashboardWindow()
{
    m_feed.reset(); // stop computing before the view goes
}

QString DashboardWindow::statusText() const
{
    return m_status->text();
}

void DashboardWindow::refreshList()
{
    m_engine.runOnOps(
        this, [](hms::OpsCore &ops) { return ops.dashboards().dashboards(); },
        [this](const std::vector<hms::StoredDashboard> &all) {
            const QString current = currentName();
            m_list->clear();
            for (const hms::StoredDashboard &d : all)
                m_list->addItem(tr("%1 (v%2)").arg(d.dashboard.title).arg(d.version), d.dashboard.name);
            const int index = m_list->findData(current);
            if (index >= 0)
                m_list->setCurrentIndex(index);
            if (current.isEmpty() && !all.empty() && !m_wall)
                showDashboard(all.front().dashboard, all.front().version);
        });
}

void DashboardWindow::openDashboard(const QString &name)
{
    m_engine.runOnOps(
        this, [name](hms::OpsCore &ops) { return ops.dashboards().dashboard(name); },
        [this, name](const std::optional<hms::StoredDashboard> &d) {
            if (!d) {
                m_status->setText(tr("No dashboard %1").arg(name));
                return;
            }
            showDashboard(d->dashboard, d->version);
        });
}

void DashboardWindow::showDashboard(const hms::Dashboard &dashboard, int version)
{
    m_base = dashboard;
    m_version = version;
    hms::Dashboard shown = dashboard;
    if (m_rangeMs > 0)
        shown.rangeMs = m_rangeMs;
    m_view->setDashboard(shown, m_wall ? m_wallOptions.theme : WallTheme::dark());
    setWindowTitle(tr("%1 · HMS Ops Center").arg(dashboard.title));
    const int index = m_list->findData(dashboard.name);
    if (index >= 0)
        m_list->setCurrentIndex(index);
    std::vector<int> widths(shown.tiles.size(), 300);
    m_feed->feed()->setWidths(widths);
    m_feed->feed()->setDashboard(shown);
}

void DashboardWindow::setRange(qint64 ms)
{
    m_rangeMs = ms;
    if (m_pinnedTo > 0) { // a preset range is live again
        m_pinnedTo = 0;
        m_pause->setChecked(false);
    }
    if (!m_base.name.isEmpty())
        showDashboard(m_base, m_version);
}

void DashboardWindow::togglePause()
{
    m_paused = m_pause->isChecked();
    m_pause->setText(m_paused ? tr("Resume") : tr("Pause"));
    const hms::TimestampMs at = m_pinnedTo > 0 ? m_pinnedTo
        : m_view->lastFrameAt() > 0              ? m_view->lastFrameAt()
                                                 : QDateTime::currentMSecsSinceEpoch();
    if (!m_paused && m_pinnedTo > 0) {
        // Back to live: the range picker's choice again.
        m_pinnedTo = 0;
        m_rangeMs = m_range->currentData().toLongLong();
        if (!m_base.name.isEmpty())
            showDashboard(m_base, m_version);
    }
    m_feed->feed()->setPaused(m_paused, at);
    updateStatus();
}

void DashboardWindow::zoomTo(hms::TimestampMs from, hms::TimestampMs to)
{
    if (to <= from)
        return;
    m_rangeMs = to - from;
    m_pinnedTo = to;
    if (!m_base.name.isEmpty())
        showDashboard(m_base, m_version);
    const QSignalBlocker block(m_pause);
    m_pause->setChecked(true);
    m_paused = true;
    m_pause->setText(tr("Resume"));
    m_feed->feed()->setPaused(true, to);
    updateStatus();
}

void DashboardWindow::chooseIncidentWindow()
{
    // An incident's window, 15 minutes either side, from the incidents the ops thread knows.
    m_engine.runOnOps(
        this, [](hms::OpsCore &ops) { return ops.incidents().incidents(false, 200); },
        [this](const std::vector<hms::Incident> &incidents) {
            if (incidents.empty()) {
                m_status->setText(tr("No incidents to zoom to"));
                return;
            }
            QStringList items;
            for (const hms::Incident &i : incidents)
                items << tr("#%1 %2 %3, %4").arg(i.id).arg(i.rule, i.service,
                                                         QDateTime::fromMSecsSinceEpoch(i.openedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            bool ok = false;
            const QString chosen = QInputDialog::getItem(this, tr("Zoom to an incident"), tr("&Incident:"), items, 0, false, &ok);
            const qsizetype index = items.indexOf(chosen);
            if (!ok || index < 0)
                return;
            const hms::Incident &i = incidents.at(size_t(index));
            constexpr qint64 kMargin = 15 * 60'000;
            const hms::TimestampMs end = i.resolvedAt > 0 ? i.resolvedAt : QDateTime::currentMSecsSinceEpoch();
            zoomTo(i.openedAt - kMargin, end + kMargin);
        });
}

void DashboardWindow::chooseAbsoluteRange()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Custom time range"));
    const QDateTime now = QDateTime::currentDateTime();
    auto *from = new QDateTimeEdit(now.addSecs(-3600), &dialog);
    auto *to = new QDateTimeEdit(now, &dialog);
    for (QDateTimeEdit *edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #ff8a80; font-weight: bold"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (to->dateTime() <= from->dateTime()) {
            error->setText(tr("The end must be after the start."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        zoomTo(from->dateTime().toMSecsSinceEpoch(), to->dateTime().toMSecsSinceEpoch());
}

void DashboardWindow::onExemplar(const QString &traceId, double value, qint64 atMs, const std::vector<qint64> &incidentIds)
{
    // The failing request behind a red graph: its trace_id, and the incidents open on the tile.
    QStringList ids;
    for (const qint64 id : incidentIds)
        ids << QStringLiteral("#%1").arg(id);
    m_exemplarText = tr("trace_id %1 · %2 at %3 · %4")
                         .arg(traceId, QLocale().toString(value, 'f', 1),
                              QDateTime::fromMSecsSinceEpoch(atMs).toString(QStringLiteral("HH:mm:ss")),
                              ids.isEmpty() ? tr("no open incident on this tile") : tr("incidents %1").arg(ids.join(QStringLiteral(", "))));
    m_exemplarShownAt = QDateTime::currentMSecsSinceEpoch();
    updateStatus();
    // At a desk (not on the wall, which nobody clicks): the samples and incidents carrying it.
    if (!m_wall) {
        auto *dialog = new TraceDialog(m_engine, traceId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    }
}

void DashboardWindow::onFrame(const std::shared_ptr<const hms::DashboardFrame> &frame)
{
    m_feed->feed()->frameTaken();
    if (!frame)
        return;
    m_view->applyFrame(*frame);
    if (m_lastFrameWallClock == 0 && lcStartup().isInfoEnabled()) {
        // The view repaints in this turn of the event loop; the zero timer runs after it.
        m_view->update();
        QTimer::singleShot(0, this, [this] {
            qCInfo(lcStartup, "first wall frame painted at %lld (%zu tiles, history %d %%)",
                   QDateTime::currentMSecsSinceEpoch(), m_view->tiles().size(), m_engine.store().historyProgress());
        });
    }
    m_lastComputeUs = frame->computeUs;
    m_lastFrameWallClock = QDateTime::currentMSecsSinceEpoch();
    // Widths as laid out now, for the next frame's decimation.
    std::vector<int> widths;
    for (size_t i = 0; i < m_view->tiles().size(); ++i)
        widths.push_back(m_view->widthPx(i));
    m_feed->feed()->setWidths(std::move(widths));
    updateStatus();
    Q_EMIT frameApplied();
}

void DashboardWindow::updateStatus()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString text;
    if (m_paused && m_pinnedTo > 0)
        text = tr("PAUSED on %1 – %2")
                   .arg(QDateTime::fromMSecsSinceEpoch(m_pinnedTo - m_rangeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                        QDateTime::fromMSecsSinceEpoch(m_pinnedTo).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    else if (m_paused)
        text = tr("PAUSED at %1").arg(QDateTime::fromMSecsSinceEpoch(m_view->lastFrameAt()).toString(QStringLiteral("HH:mm:ss")));
    else if (m_lastFrameWallClock == 0)
        text = tr("Loading…");
    else if (now - m_lastFrameWallClock > 5000)
        // The wall itself must never pass for live when it is not.
        text = tr("NOT UPDATING since %1").arg(QDateTime::fromMSecsSinceEpoch(m_lastFrameWallClock).toString(QStringLiteral("HH:mm:ss")));
    else
        text = tr("Live · %1 · frame computed in %2 ms")
                   .arg(QDateTime::fromMSecsSinceEpoch(m_lastFrameWallClock).toString(QStringLiteral("HH:mm:ss")))
                   .arg(double(m_lastComputeUs) / 1000.0, 0, 'f', 1);
    if (const int history = m_engine.store().historyProgress(); history < 100)
        // Older samples still loading: long ranges fill in meanwhile.
        text += tr(" · loading history %1 %").arg(history);
    if (m_wall && m_wallOptions.playlist.size() > 1)
        text += tr(" · %1 of %2").arg(m_showing + 1).arg(m_wallOptions.playlist.size());
    if (!m_exemplarText.isEmpty() && now - m_exemplarShownAt < 30'000)
        text += QStringLiteral("   |   ") + m_exemplarText;
    m_status->setText(text);
}

void DashboardWindow::timerEvent(QTimerEvent *event)
{
    if (event->timerId() == m_heartbeat)
        updateStatus();
    else if (event->timerId() == m_rotateTimer)
        nextInPlaylist();
    else
        QMainWindow::timerEvent(event);
}

void DashboardWindow::startWall(const WallOptions &options)
{
    m_wall = true;
    m_wallOptions = options;
    m_playlistIndex = options.offset;
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->hide();
    setWindowFlag(Qt::FramelessWindowHint, true);
    setCursor(Qt::BlankCursor); // no mouse needed; none shown
    QPalette pal = palette();
    pal.setColor(QPalette::Window, options.theme.background);
    pal.setColor(QPalette::WindowText, options.theme.muted);
    setPalette(pal);
    statusBar()->setStyleSheet(QStringLiteral("QStatusBar { background: %1; } QLabel { color: %2; font-size: %3px; }")
                                   .arg(options.theme.background.name(), options.theme.muted.name())
                                   .arg(options.screen ? std::max(14, options.screen->geometry().height() / 60) : 18));
    if (options.screen) {
        setScreen(options.screen);
        setGeometry(options.screen->geometry());
    }
    showFullScreen();
    if (options.playlist.size() > 1)
        m_rotateTimer = startTimer(int(std::clamp<qint64>(options.rotateMs, 5'000, 3'600'000)));
    nextInPlaylist();
}

void DashboardWindow::nextInPlaylist()
{
    if (m_wallOptions.playlist.isEmpty())
        return;
    m_showing = int(m_playlistIndex % m_wallOptions.playlist.size());
    ++m_playlistIndex;
    openDashboard(m_wallOptions.playlist.at(m_showing));
}

void DashboardWindow::keyPressEvent(QKeyEvent *event)
{
    if (m_wall) {
        // Kiosk: nothing a passer-by presses changes the wall. The documented way out:
        const Qt::KeyboardModifiers chord = Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier;
        if (event->key() == Qt::Key_Q && (event->modifiers() & chord) == chord) {
            m_leaving = true;
            close();
        }
        event->accept();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void DashboardWindow::closeEvent(QCloseEvent *event)
{
    if (m_wall && !m_leaving) {
        event->ignore(); // Alt+F4 and friends do not end a kiosk either
        return;
    }
    QMainWindow::closeEvent(event);
}

void DashboardWindow::newFromTemplate()
{
    // Pick a template, choose a time range, press Save (the seed's §8).
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New dashboard from a template"));
    auto *templates = new QComboBox(&dialog);
    const std::vector<hms::Dashboard> all = hms::dashboardTemplates();
    for (const hms::Dashboard &d : all)
        templates->addItem(d.title, d.name);
    auto *name = new QLineEdit(&dialog);
    name->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[a-z0-9_-]{1,64}")), name));
    name->setPlaceholderText(tr("lower-case letters, digits, _ or -"));
    auto *title = new QLineEdit(&dialog);
    auto *range = new QComboBox(&dialog);
    for (const RangeChoice &r : kRanges)
        if (r.ms > 0)
            range->addItem(tr(r.label), r.ms);
    auto sync = [&] {
        const hms::Dashboard &d = all.at(size_t(std::max(0, templates->currentIndex())));
        name->setText(d.name);
        title->setText(d.title);
        const int i = range->findData(d.rangeMs);
        if (i >= 0)
            range->setCurrentIndex(i);
    };
    connect(templates, &QComboBox::currentIndexChanged, &dialog, sync);
    sync();
    auto *error = new QLabel(&dialog);
    error->setStyleSheet(QStringLiteral("color: #ff8a80; font-weight: bold"));
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Template:"), templates);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("T&itle:"), title);
    form->addRow(tr("Time &range:"), range);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        hms::Dashboard d = all.at(size_t(templates->currentIndex()));
        d.name = name->text();
        d.title = title->text().trimmed().isEmpty() ? d.name : title->text().trimmed();
        d.rangeMs = range->currentData().toLongLong();
        if (d.name.isEmpty()) {
            error->setText(tr("Enter a name: it is the dashboard's id and its address, /dashboard/NAME."));
            return;
        }
        buttons->setEnabled(false);
        m_engine.runOnOps(
            &dialog,
            [d](hms::OpsCore &ops) {
                return ops.dashboards().save(d, qEnvironmentVariable("USER", QStringLiteral("hms-ops")), 0,
                                             QDateTime::currentMSecsSinceEpoch());
            },
            [&, d](const hms::DashboardSave &saved) {
                buttons->setEnabled(true);
                if (saved.version == 0) {
                    error->setText(saved.error);
                    return;
                }
                dialog.accept();
            });
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString created = name->text();
    refreshList();
    openDashboard(created);
}
