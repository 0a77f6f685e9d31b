#include "RemoteViews.h"

#include "Icons.h"

#include "AppSupport.h"
#include "Engine.h"
#include "remote/RemoteHub.h"
#include "remote/Sources.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPointer>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace {

QString ago(hms::TimestampMs at)
{
    if (at <= 0)
        return QObject::tr("never");
    const qint64 s = std::max<qint64>(0, (QDateTime::currentMSecsSinceEpoch() - at) / 1000);
    if (s < 120)
        return QObject::tr("%1 s ago").arg(s);
    if (s < 7200)
        return QObject::tr("%1 min ago").arg(s / 60);
    return QObject::tr("%1 h ago").arg(s / 3600);
}

QString stateText(hms::SourceStatus::State state)
{
    switch (state) {
    case hms::SourceStatus::State::Ok:
        return QObject::tr("OK");
    case hms::SourceStatus::State::Failing:
        return QObject::tr("FAILING");
    case hms::SourceStatus::State::Unknown:
        break;
    }
    return QObject::tr("not asked yet");
}

QString alertStateText(const QString &state)
{
    if (state == u"active")
        return QObject::tr("active");
    if (state == u"suppressed")
        return QObject::tr("silenced");
    if (state == u"unprocessed")
        return QObject::tr("unprocessed");
    return state;
}

const hms::RemoteSource *sourceNamed(const hms::RemoteHub &hub, const QString &name)
{
    for (const hms::RemoteSource &s : hub.sources())
        if (s.name == name)
            return &s;
    return nullptr;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

} // namespace

// ---------------------------------------------------------------- ExternalAlertsPanel

ExternalAlertsPanel::ExternalAlertsPanel(hms::Engine &engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_title(new QLabel(this))
    , m_table(new QTableWidget(0, 7, this))
    , m_silence(new QPushButton(tr("&Silence on Alertmanager…"), this))
    , m_expire(new QPushButton(tr("E&xpire silence"), this))
{
    setObjectName(QStringLiteral("externalAlerts"));
    m_table->setObjectName(QStringLiteral("externalAlertsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Source"), tr("Alert"), tr("Severity"), tr("State"), tr("Since"), tr("Labels"), tr("Summary")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(false);
    m_silence->setObjectName(QStringLiteral("amSilence"));
    m_expire->setObjectName(QStringLiteral("amExpire"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    buttons->addWidget(m_silence);
    buttons->addWidget(m_expire);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);
    connect(m_silence, &QPushButton::clicked, this, &ExternalAlertsPanel::silenceCurrent);
    connect(m_expire, &QPushButton::clicked, this, &ExternalAlertsPanel::expireCurrent);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        const hms::ExternalAlert *a = currentAlert();
        m_silence->setEnabled(a != nullptr);
        m_expire->setEnabled(a && !a->silencedBy.isEmpty());
    });
    if (hms::RemoteHub *hub = m_engine.remote())
        connect(hub, &hms::RemoteHub::externalAlertsChanged, this, &ExternalAlertsPanel::refresh);
    auto *clock = new QTimer(this); // "Since" and "polled … ago" move with the clock
    connect(clock, &QTimer::timeout, this, &ExternalAlertsPanel::refresh);
    clock->start(5000);
    refresh();
}

const hms::ExternalAlert *ExternalAlertsPanel::currentAlert() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < int(m_alerts.size()) ? &m_alerts[std::size_t(row)] : nullptr;
}

void ExternalAlertsPanel::refresh()
{
    hms::RemoteHub *hub = m_engine.remote();
    const QString keep = currentAlert() ? currentAlert()->source + u'/' + currentAlert()->fingerprint : QString();
    m_alerts = hub ? hub->externalAlerts() : std::vector<hms::ExternalAlert>{};
    // Firing first, then silenced; newest first within each.
    std::stable_sort(m_alerts.begin(), m_alerts.end(), [](const hms::ExternalAlert &a, const hms::ExternalAlert &b) {
        if ((a.state == u"suppressed") != (b.state == u"suppressed"))
            return b.state == u"suppressed";
        return a.startsAt > b.startsAt;
    });
    QStringList sourceLines;
    if (hub) {
        for (const hms::SourceStatus &s : hub->statuses()) {
            if (s.kind != u"alertmanager")
                continue;
            sourceLines << (s.state == hms::SourceStatus::State::Failing
                                ? tr("%1 FAILING: %2 (last read %3)").arg(s.name, s.lastError, ago(s.lastSuccessAt))
                                : tr("%1 read %2").arg(s.name, ago(s.lastSuccessAt)));
        }
    }
    m_title->setText(tr("Alertmanager alerts: %1 — %2").arg(m_alerts.size()).arg(sourceLines.join(QStringLiteral("; "))));
    m_table->setRowCount(int(m_alerts.size()));
    int current = -1;
    for (int row = 0; row < int(m_alerts.size()); ++row) {
        const hms::ExternalAlert &a = m_alerts[std::size_t(row)];
        QStringList labels;
        for (const auto &[k, v] : a.labels)
            if (k != u"alertname" && k != u"severity")
                labels << QStringLiteral("%1=%2").arg(k, v);
        const QString summary = a.annotations.count(QStringLiteral("summary")) ? a.annotations.at(QStringLiteral("summary"))
                                                                               : QString();
        const QStringList texts{a.source,
                                a.alertname(),
                                a.severity(),
                                a.silencedBy.isEmpty() ? alertStateText(a.state)
                                                       : tr("silenced (%1)").arg(a.silencedBy.join(u' ').left(8)),
                                ago(a.startsAt),
                                labels.join(QStringLiteral(", ")),
                                summary};
        for (int c = 0; c < texts.size(); ++c)
            m_table->setItem(row, c, cell(texts[c]));
        m_table->item(row, 2)->setIcon(hms::severityIcon(a.severity()));
        m_table->item(row, 3)->setIcon(
            hms::icon(a.silencedBy.isEmpty() ? QStringLiteral("state/firing") : QStringLiteral("state/silenced")));
        if (a.source + u'/' + a.fingerprint == keep)
            current = row;
    }
    m_table->resizeColumnsToContents();
    if (current >= 0)
        m_table->setCurrentCell(current, 0);
    const hms::ExternalAlert *a = currentAlert();
    m_silence->setEnabled(a != nullptr);
    m_expire->setEnabled(a && !a->silencedBy.isEmpty());
}

void ExternalAlertsPanel::silenceCurrent()
{
    const hms::ExternalAlert *current = currentAlert();
    hms::RemoteHub *hub = m_engine.remote();
    if (!current || !hub)
        return;
    const hms::ExternalAlert alert = *current;
    const hms::RemoteSource *source = sourceNamed(*hub, alert.source);
    if (!source)
        return;
    AlertmanagerSilenceDialog dialog(alert, hms::identityLabelsOf(*source, alert.labels), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const hms::Labels matchers = dialog.matchers();
    const qint64 duration = dialog.durationMs();
    const QString comment = dialog.comment();
    const QString by = app::currentUser();
    QPointer<ExternalAlertsPanel> self(this);
    QMetaObject::invokeMethod(hub, [hub, self, alert, matchers, duration, comment, by] {
        const hms::TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        hub->createSilence(alert.source, matchers, now, now + duration, by, comment, [self, alert](bool ok, const QString &text) {
            QMetaObject::invokeMethod(qApp, [self, alert, ok, text] {
                if (self)
                    Q_EMIT self->message(ok ? tr("Silence %1 created on %2 for %3").arg(text.left(8), alert.source, alert.alertname())
                                            : tr("Alertmanager %1 refused the silence: %2").arg(alert.source, text));
            });
        });
    });
}

void ExternalAlertsPanel::expireCurrent()
{
    const hms::ExternalAlert *current = currentAlert();
    hms::RemoteHub *hub = m_engine.remote();
    if (!current || !hub || current->silencedBy.isEmpty())
        return;
    const QString source = current->source;
    const QStringList ids = current->silencedBy;
    QPointer<ExternalAlertsPanel> self(this);
    QMetaObject::invokeMethod(hub, [hub, self, source, ids] {
        for (const QString &id : ids)
            hub->expireSilence(source, id, [self, source](bool ok, const QString &text) {
                QMetaObject::invokeMethod(qApp, [self, source, ok, text] {
                    if (self)
                        Q_EMIT self->message(ok ? tr("Silence %1 expired on %2").arg(text.left(8), source)
                                                : tr("Alertmanager %1 did not expire the silence: %2").arg(source, text));
                });
            });
    });
}

// ---------------------------------------------------------------- AlertmanagerSilenceDialog

AlertmanagerSilenceDialog::AlertmanagerSilenceDialog(const hms::ExternalAlert &alert, const QStringList &identity,
                                                     QWidget *parent)
    : QDialog(parent)
    , m_labels(new QTableWidget(0, 2, this))
    , m_duration(new QComboBox(this))
    , m_comment(new QLineEdit(this))
{
    setWindowTitle(tr("Silence on Alertmanager %1").arg(alert.source));
    m_labels->setObjectName(QStringLiteral("amSilenceMatchers"));
    m_labels->setHorizontalHeaderLabels({tr("Label (ticked: matched)"), tr("Value")});
    m_labels->verticalHeader()->hide();
    m_labels->horizontalHeader()->setStretchLastSection(true);
    for (const auto &[name, value] : alert.labels) {
        const int row = m_labels->rowCount();
        m_labels->insertRow(row);
        auto *label = cell(name);
        label->setFlags(label->flags() | Qt::ItemIsUserCheckable);
        // The identifying labels only: a silence on every label would miss the same alert the
        // moment a volatile label (a value, a pod) changed.
        label->setCheckState(identity.contains(name) ? Qt::Checked : Qt::Unchecked);
        m_labels->setItem(row, 0, label);
        m_labels->setItem(row, 1, cell(value));
    }
    m_labels->resizeColumnsToContents();
    for (const auto &[text, ms] : {std::pair{tr("1 hour"), 3'600'000LL}, std::pair{tr("30 minutes"), 1'800'000LL},
                                   std::pair{tr("2 hours"), 7'200'000LL}, std::pair{tr("4 hours"), 14'400'000LL},
                                   std::pair{tr("8 hours"), 28'800'000LL}, std::pair{tr("24 hours"), 86'400'000LL}})
        m_duration->addItem(text, ms);
    m_duration->setObjectName(QStringLiteral("amSilenceDuration"));
    m_comment->setObjectName(QStringLiteral("amSilenceComment"));
    m_comment->setPlaceholderText(tr("Why (required): e.g. disk swap in progress, INC-42"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Matchers:"), m_labels);
    form->addRow(tr("&For:"), m_duration);
    form->addRow(tr("&Comment:"), m_comment);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = box->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create silence"));
    auto update = [this] { m_ok->setEnabled(!m_comment->text().trimmed().isEmpty() && !matchers().empty()); };
    connect(m_comment, &QLineEdit::textChanged, this, update);
    connect(m_labels, &QTableWidget::itemChanged, this, update);
    update();
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(box);
    resize(560, 420);
}

hms::Labels AlertmanagerSilenceDialog::matchers() const
{
    hms::Labels out;
    for (int row = 0; row < m_labels->rowCount(); ++row)
        if (m_labels->item(row, 0)->checkState() == Qt::Checked)
            out[m_labels->item(row, 0)->text()] = m_labels->item(row, 1)->text();
    return out;
}

qint64 AlertmanagerSilenceDialog::durationMs() const
{
    return m_duration->currentData().toLongLong();
}

QString AlertmanagerSilenceDialog::comment() const
{
    return m_comment->text().trimmed();
}

// ---------------------------------------------------------------- SourcesDialog

SourcesDialog::SourcesDialog(hms::Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_evaluator(new QLabel(this))
    , m_table(new QTableWidget(0, 7, this))
{
    setWindowTitle(tr("Sources"));
    setObjectName(QStringLiteral("sourcesDialog"));
    m_table->setObjectName(QStringLiteral("sourcesTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Kind"), tr("URL"), tr("State"), tr("Last answer"), tr("Latency"), tr("Last error")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_evaluator->setWordWrap(true);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_evaluator);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);
    if (hms::RemoteHub *hub = m_engine.remote())
        connect(hub, &hms::RemoteHub::statusChanged, this, &SourcesDialog::refresh);
    connect(&m_engine, &hms::Engine::leadershipChanged, this, &SourcesDialog::refresh);
    auto *clock = new QTimer(this);
    connect(clock, &QTimer::timeout, this, &SourcesDialog::refresh);
    clock->start(1000);
    resize(980, 360);
    refresh();
}

void SourcesDialog::refresh()
{
    const QString where = m_engine.options().opsDatabase;
    m_evaluator->setText(!m_engine.isShared()
                             ? tr("Operational store: %1 (this workstation only). Rules are evaluated here.")
                                   .arg(where.isEmpty() ? QDir(m_engine.options().dataDir).filePath(QStringLiteral("ops.db")) : where)
                         : m_engine.isLeader()
                             ? tr("Operational store: %1 (shared). This workstation holds the evaluator lease: rules "
                                  "are evaluated, escalated and notified here.")
                                   .arg(where)
                             : tr("Operational store: %1 (shared). Standing by: another workstation holds the evaluator "
                                  "lease; this one takes over within a second if it goes away.")
                                   .arg(where));
    hms::RemoteHub *hub = m_engine.remote();
    const std::vector<hms::SourceStatus> all = hub ? hub->statuses() : std::vector<hms::SourceStatus>{};
    m_table->setRowCount(int(all.size()));
    const hms::TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    for (int row = 0; row < int(all.size()); ++row) {
        const hms::SourceStatus &s = all[std::size_t(row)];
        QString error = s.lastError;
        if (s.retryAt > now)
            error = tr("%1 — retrying in %2 s").arg(error).arg((s.retryAt - now + 999) / 1000);
        const QStringList texts{s.name,
                                s.kind,
                                s.url,
                                stateText(s.state),
                                ago(s.lastSuccessAt),
                                s.latencyMs >= 0 ? tr("%1 ms").arg(s.latencyMs) : QStringLiteral("—"),
                                error};
        for (int c = 0; c < texts.size(); ++c) {
            auto *item = cell(texts[c]);
            if (c == 3 && s.state == hms::SourceStatus::State::Failing)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            if (c == 3)
                item->setIcon(hms::icon(s.state == hms::SourceStatus::State::Failing ? QStringLiteral("state/failing")
                                        : s.state == hms::SourceStatus::State::Ok ? QStringLiteral("state/ok")
                                                                                   : QStringLiteral("state/pending")));
            m_table->setItem(row, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

// ---------------------------------------------------------------- SourcesIndicator

SourcesIndicator::SourcesIndicator(hms::Engine &engine, QWidget *parent)
    : QLabel(parent)
    , m_engine(engine)
{
    setObjectName(QStringLiteral("sourcesIndicator"));
    setCursor(Qt::PointingHandCursor);
    if (hms::RemoteHub *hub = m_engine.remote())
        connect(hub, &hms::RemoteHub::statusChanged, this, &SourcesIndicator::refresh);
    connect(&m_engine, &hms::Engine::leadershipChanged, this, &SourcesIndicator::refresh);
    refresh();
}

void SourcesIndicator::refresh()
{
    QStringList parts;
    int ok = 0, failing = 0;
    QStringList failingNames;
    if (hms::RemoteHub *hub = m_engine.remote()) {
        for (const hms::SourceStatus &s : hub->statuses()) {
            if (s.state == hms::SourceStatus::State::Failing) {
                ++failing;
                failingNames << s.name;
            } else if (s.state == hms::SourceStatus::State::Ok) {
                ++ok;
            }
        }
        if (!hub->sources().empty())
            parts << (failing ? tr("Sources: %1 ok · %2 failing (%3)").arg(ok).arg(failing).arg(failingNames.join(QStringLiteral(", ")))
                              : tr("Sources: %1 ok").arg(ok));
    }
    if (m_engine.isShared())
        parts << (m_engine.isLeader() ? tr("evaluating here") : tr("standing by"));
    setText(parts.join(QStringLiteral(" · ")));
    QPalette p = palette();
    p.setColor(QPalette::WindowText, failing ? QColor(0xc6, 0x28, 0x28) : palette().color(QPalette::WindowText));
    setPalette(p);
    setToolTip(tr("Click for every source's state, latency and last error"));
    setVisible(!parts.isEmpty());
}

void SourcesIndicator::mousePressEvent(QMouseEvent *event)
{
    QLabel::mousePressEvent(event);
    auto *dialog = new SourcesDialog(m_engine, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
