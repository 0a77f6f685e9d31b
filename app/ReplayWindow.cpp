#include "ReplayWindow.h"

#include "AppSupport.h"
#include "BundleTask.h"
#include "DashboardView.h"
#include "IncidentModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kTickMs = 100;          // the play timer
constexpr qint64 kSliderStepMs = 1000; // one slider step per second of incident time

} // namespace

ReplayWindow::ReplayWindow(hms::IncidentBundle bundle, const QString &path, QWidget *parent)
    : QMainWindow(parent)
    , m_session(std::make_unique<hms::ReplaySession>(std::move(bundle)))
    , m_path(path)
    , m_view(new DashboardView(this))
    , m_events(new QListWidget(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_play(new QPushButton(this))
    , m_speedBox(new QComboBox(this))
    , m_time(new QLabel(this))
    , m_state(new QLabel(this))
    , m_timer(new QTimer(this))
{
    const hms::Incident &inc = m_session->bundle().incident;
    setObjectName(QStringLiteral("replayWindow"));
    setWindowTitle(tr("Replay: incident #%1 %2 — %3 (offline)").arg(inc.id).arg(inc.rule, path));
    m_events->setObjectName(QStringLiteral("replayEvents"));
    m_slider->setObjectName(QStringLiteral("replayScrubber"));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_speedBox->setObjectName(QStringLiteral("replaySpeed"));
    m_time->setObjectName(QStringLiteral("replayTime"));
    m_state->setObjectName(QStringLiteral("replayState"));
    m_events->setWordWrap(true);
    m_events->setAccessibleName(tr("Events of the incident"));

    m_view->setDashboard(m_session->dashboard(), WallTheme::dark());
    m_slider->setRange(0, int((m_session->to() - m_session->from()) / kSliderStepMs));
    m_slider->setPageStep(60);
    m_slider->setAccessibleName(tr("Replay time"));
    for (int s : {1, 2, 5, 10, 30, 60})
        m_speedBox->addItem(tr("%1×").arg(s), s);
    m_speedBox->setToolTip(tr("Replay speed"));
    QFont big = m_time->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_time->setFont(big);
    m_state->setFont(big);
    m_state->setContentsMargins(12, 2, 12, 2);

    auto *prev = new QPushButton(tr("◀ Previous event"), this);
    auto *next = new QPushButton(tr("Next event ▶"), this);
    auto *annotate = new QPushButton(tr("&Annotate…"), this);
    prev->setObjectName(QStringLiteral("replayPrevious"));
    next->setObjectName(QStringLiteral("replayNext"));
    annotate->setObjectName(QStringLiteral("replayAnnotate"));
    prev->setToolTip(tr("Jump to the previous event ([)"));
    next->setToolTip(tr("Jump to the next event (])"));
    annotate->setToolTip(tr("Note something at this moment; it is saved into the bundle"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_speedBox);
    controls->addWidget(prev);
    controls->addWidget(next);
    controls->addWidget(m_slider, 1);
    controls->addWidget(annotate);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_time);
    heading->addStretch(1);
    heading->addWidget(m_state);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_events);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setSizes({1300, 450});

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addLayout(heading);
    layout->addWidget(split, 1);
    layout->addLayout(controls);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *save = file->addAction(tr("&Save annotations"), this, &ReplayWindow::saveAnnotations);
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);

    statusBar()->showMessage(tr("No source connected: everything shown comes from %1 (%2, made by %3).")
                                 .arg(path,
                                      QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_session->bundle().createdAt),
                                                         QLocale::ShortFormat),
                                      m_session->bundle().producer));
    if (!m_session->warnings().isEmpty())
        statusBar()->showMessage(tr("Some of the bundle's rules did not parse: %1").arg(m_session->warnings().join(u"; ")));

    m_timer->setInterval(kTickMs);
    connect(m_timer, &QTimer::timeout, this, [this] { advance(kTickMs); });
    connect(m_play, &QPushButton::clicked, this, [this] { setPlaying(!playing()); });
    connect(m_speedBox, &QComboBox::currentIndexChanged, this, [this] { m_speed = m_speedBox->currentData().toInt(); });
    connect(prev, &QPushButton::clicked, this, &ReplayWindow::previousEvent);
    connect(next, &QPushButton::clicked, this, &ReplayWindow::nextEvent);
    connect(annotate, &QPushButton::clicked, this, [this] {
        setPlaying(false);
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Annotate"),
                                                            tr("At %1:").arg(m_time->text()), QString(), &ok);
        if (ok && !text.trimmed().isEmpty())
            addAnnotation(text.trimmed());
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        const hms::TimestampMs t = m_session->from() + qint64(v) * kSliderStepMs;
        if (t / kSliderStepMs != m_cursor / kSliderStepMs)
            setCursor(t);
    });
    connect(m_events, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        setCursor(item->data(Qt::UserRole).toLongLong());
    });
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), this);
    connect(space, &QShortcut::activated, this, [this] { setPlaying(!playing()); });
    auto *nextKey = new QShortcut(QKeySequence(Qt::Key_BracketRight), this);
    connect(nextKey, &QShortcut::activated, this, &ReplayWindow::nextEvent);
    auto *prevKey = new QShortcut(QKeySequence(Qt::Key_BracketLeft), this);
    connect(prevKey, &QShortcut::activated, this, &ReplayWindow::previousEvent);

    fillEvents();
    resize(1800, 1000);
    // Start a minute before the incident opened (the lead-up is part of the story), or at the
    // first sample when the data begins later than that.
    hms::TimestampMs first = inc.openedAt;
    for (const hms::BundleSeries &s : m_session->bundle().series)
        if (!s.samples.empty())
            first = std::min(first, s.samples.front().t);
    setCursor(std::clamp(std::max(inc.openedAt - 60'000, first), m_session->from(), std::max(m_session->from(), inc.openedAt)));
    setPlaying(false);
}

ReplayWindow::~ReplayWindow() = default;

void ReplayWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The charts know their plot width only once laid out on screen: draw the moment again then.
    QTimer::singleShot(0, this, &ReplayWindow::refresh);
}

void ReplayWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    QTimer::singleShot(0, this, &ReplayWindow::refresh);
}

bool ReplayWindow::playing() const
{
    return m_timer->isActive();
}

void ReplayWindow::setPlaying(bool play)
{
    if (play && m_cursor >= m_session->to())
        setCursor(m_session->from()); // from the start again
    if (play)
        m_timer->start();
    else
        m_timer->stop();
    m_play->setText(play ? tr("❚❚ Pause") : tr("▶ Play"));
}

void ReplayWindow::setSpeed(int speed)
{
    const int at = m_speedBox->findData(speed);
    if (at >= 0)
        m_speedBox->setCurrentIndex(at);
}

void ReplayWindow::advance(qint64 wallMs)
{
    const hms::TimestampMs t = m_cursor + wallMs * m_speed;
    if (t >= m_session->to()) {
        setCursor(m_session->to());
        setPlaying(false);
        return;
    }
    setCursor(t);
}

void ReplayWindow::nextEvent()
{
    if (const auto t = m_session->nextMomentAfter(m_cursor))
        setCursor(*t);
}

void ReplayWindow::previousEvent()
{
    if (const auto t = m_session->previousMomentBefore(m_cursor))
        setCursor(*t);
}

void ReplayWindow::setCursor(hms::TimestampMs t)
{
    m_cursor = std::clamp(t, m_session->from(), m_session->to());
    {
        const QSignalBlocker blocker(m_slider);
        m_slider->setValue(int((m_cursor - m_session->from()) / kSliderStepMs));
    }
    refresh();
    Q_EMIT cursorChanged(m_cursor);
}

void ReplayWindow::refresh()
{
    m_time->setText(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_cursor), QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const auto inc = m_session->incidentAt(m_cursor);
    // The state in its desk colour (a palette, not a style sheet: the label keeps its big font
    // and is measured with it).
    QPalette pal = palette();
    if (!inc) {
        m_state->setText(tr("before the incident"));
        m_state->setAutoFillBackground(false);
    } else {
        pal.setColor(QPalette::Window, IncidentModel::stateColor(inc->state));
        pal.setColor(QPalette::WindowText, IncidentModel::stateTextColor(inc->state));
        m_state->setAutoFillBackground(true);
        m_state->setText(tr("%1 · %2 since it fired")
                             .arg(IncidentModel::stateLabel(inc->state), hms::formatDurationLong(m_cursor - inc->openedAt)));
    }
    m_state->setPalette(pal);
    const auto frame = m_session->frameAt(m_cursor, [this](size_t i) { return m_view->widthPx(i); });
    m_view->applyFrame(*frame);
    // Events past the cursor are greyed; the latest one reached is selected.
    const int current = m_session->momentIndexAt(m_cursor);
    for (int row = 0; row < m_events->count(); ++row) {
        QListWidgetItem *item = m_events->item(row);
        const bool past = item->data(Qt::UserRole).toLongLong() <= m_cursor;
        item->setForeground(past ? palette().text() : palette().placeholderText());
    }
    if (current != m_shownMoment) {
        m_shownMoment = current;
        if (current >= 0 && current < m_events->count()) {
            m_events->setCurrentRow(current);
            m_events->scrollToItem(m_events->item(current));
        } else {
            m_events->clearSelection();
        }
    }
}

void ReplayWindow::fillEvents()
{
    m_events->clear();
    for (const hms::ReplaySession::Moment &m : m_session->moments()) {
        const QString when = QDateTime::fromMSecsSinceEpoch(m.at).toString(QStringLiteral("HH:mm:ss"));
        auto *item = new QListWidgetItem(m.annotation >= 0 ? tr("%1  ✎ %2").arg(when, m.text)
                                                           : tr("%1  %2").arg(when, m.text),
                                         m_events);
        item->setData(Qt::UserRole, m.at);
        item->setData(Qt::UserRole + 1, m.kind);
        if (m.annotation >= 0) {
            QFont f = item->font();
            f.setItalic(true);
            item->setFont(f);
        }
    }
    m_shownMoment = -2;
}

void ReplayWindow::addAnnotation(const QString &text)
{
    m_session->addAnnotation(m_cursor, text, app::currentUser(QStringLiteral("analyst")), QDateTime::currentMSecsSinceEpoch());
    fillEvents();
    refresh();
    saveAnnotations();
}

void ReplayWindow::saveAnnotations()
{
    BundleTask::save(this, m_session->bundle(), m_path, [this](const hms::BundleIo &io) {
        const QString message = io.ok ? tr("Annotations saved into %1.").arg(m_path)
                                      : tr("Annotations not saved: %1").arg(io.error);
        statusBar()->showMessage(message, 15000);
        Q_EMIT annotationsSaved(io.ok, message);
    });
}
