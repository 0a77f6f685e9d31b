#include "RcaDialog.h"

#include "AppSupport.h"
#include "Engine.h"
#include "RcaExport.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "store/SeriesStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
struct RcaLoad {
    std::optional<hms::Rca> rca;
    std::optional<hms::Incident> incident;
    hms::RcaImpact impact;
    std::vector<hms::Rule> rules;
};

enum TimelineColumn { StarColumn, TimeColumn, TextColumn };
enum ActionColumn { WhatColumn, OwnerColumn, DueColumn, LinkColumn, DoneColumn };

QPlainTextEdit *textBox(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(70);
    return edit;
}

QTableWidget *table(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(false);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setMinimumHeight(160);
    return t;
}

QString timeText(hms::TimestampMs t)
{
    return QDateTime::fromMSecsSinceEpoch(t).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

RcaDialog::RcaDialog(hms::Engine &engine, qint64 incidentId, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_incidentId(incidentId)
    , m_heading(new QLabel(this))
    , m_status(new QComboBox(this))
    , m_summary(textBox(QStringLiteral("rcaSummary"), tr("What happened, to whom, and how it ended: a few sentences"), this))
    , m_impactLabel(new QLabel(this))
    , m_timeline(table(QStringLiteral("rcaTimeline"), {tr("★"), tr("Time"), tr("What happened")}, this))
    , m_factors(textBox(QStringLiteral("rcaFactors"), tr("Conditions and systems that made it possible: no names, no blame"), this))
    , m_wentWell(textBox(QStringLiteral("rcaWentWell"), tr("What helped: detection, tools, people's calls"), this))
    , m_learnings(textBox(QStringLiteral("rcaLearnings"), tr("What we know now that we did not before"), this))
    , m_actions(table(QStringLiteral("rcaActions"), {tr("Action"), tr("Owner"), tr("Due (YYYY-MM-DD)"), tr("Link"), tr("Done")}, this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
{
    setObjectName(QStringLiteral("rcaDialog"));
    setWindowTitle(tr("Blameless review of incident #%1").arg(incidentId));
    m_status->setObjectName(QStringLiteral("rcaStatus"));
    m_impactLabel->setObjectName(QStringLiteral("rcaImpact"));
    m_impactLabel->setWordWrap(true);
    m_impactLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("rcaMessage"));
    m_message->setWordWrap(true);
    m_save->setObjectName(QStringLiteral("rcaSave"));
    for (hms::Rca::Status s : {hms::Rca::Status::Draft, hms::Rca::Status::InReview, hms::Rca::Status::Published})
        m_status->addItem(hms::rcaStatusLabel(s), int(s));
    m_timeline->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    m_actions->horizontalHeader()->setSectionResizeMode(LinkColumn, QHeaderView::Stretch);

    auto *content = new QWidget(this);
    auto *form = new QFormLayout(content);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_heading);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Impact:"), m_impactLabel);

    auto rowButtons = [this, content](QTableWidget *t, const QString &add, auto adder) {
        auto *box = new QWidget(content);
        auto *v = new QVBoxLayout(box);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(t, 1);
        auto *h = new QHBoxLayout;
        auto *addButton = new QPushButton(add, box);
        auto *removeButton = new QPushButton(tr("Remove selected"), box);
        addButton->setObjectName(t->objectName() + QStringLiteral("Add"));
        h->addWidget(addButton);
        h->addWidget(removeButton);
        h->addStretch(1);
        v->addLayout(h);
        connect(addButton, &QPushButton::clicked, this, adder);
        connect(removeButton, &QPushButton::clicked, this, [t] { app::removeSelectedRows(t); });
        return box;
    };
    form->addRow(tr("Timeline:"), rowButtons(m_timeline, tr("Add a moment"), [this] {
                     addTimelineRow({QDateTime::currentMSecsSinceEpoch(), tr("(what happened)"), false, 0, QStringLiteral("note")});
                 }));
    form->addRow(tr("Contributing factors:"), m_factors);
    form->addRow(tr("What went well:"), m_wentWell);
    form->addRow(tr("Learnings:"), m_learnings);
    form->addRow(tr("Action items:"), rowButtons(m_actions, tr("Add an action item"), [this] {
                     addActionRow({tr("(what will be done)"), app::currentUser(), QDate::currentDate().addDays(14), {}, false});
                 }));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);

    auto *exportButton = new QPushButton(tr("&Export"), this);
    exportButton->setObjectName(QStringLiteral("rcaExport"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("Markdown…"), this, [this] { exportAs(int(RcaFormat::Markdown)); });
    exportMenu->addAction(tr("HTML…"), this, [this] { exportAs(int(RcaFormat::Html)); });
    exportMenu->addAction(tr("PDF…"), this, [this] { exportAs(int(RcaFormat::Pdf)); });
    exportButton->setMenu(exportMenu);
    auto *close = new QPushButton(tr("Close"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(exportButton);
    buttons->addWidget(m_save);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);
    resize(1200, 950);

    connect(m_save, &QPushButton::clicked, this, &RcaDialog::save);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    m_save->setEnabled(false);
    load();
}

void RcaDialog::load()
{
    const qint64 id = m_incidentId;
    hms::SeriesStore *store = &m_engine.store();
    m_engine.runOnOps(
        this,
        [id, store](hms::OpsCore &ops) {
            RcaLoad l;
            l.incident = ops.incidents().incident(id);
            l.rca = ops.rcas().rcaFor(id);
            if (l.incident)
                l.impact = hms::computeRcaImpact(*l.incident, ops.catalog().slos(), *store, QDateTime::currentMSecsSinceEpoch());
            l.rules = ops.catalog().rules();
            return l;
        },
        [this](const RcaLoad &l) {
            if (!l.incident || !l.rca) {
                setMessage(tr("There is no incident %1.").arg(m_incidentId), true);
                return;
            }
            m_incident = *l.incident;
            m_impact = l.impact;
            m_rules = l.rules;
            m_base = l.rca->version;
            m_heading->setText(tr("<h2>Incident #%1: %2 on %3</h2>").arg(m_incident.id).arg(m_incident.rule.toHtmlEscaped(),
                                                                                          m_incident.service.toHtmlEscaped()));
            setRca(*l.rca);
            showImpact();
            m_save->setEnabled(true);
            setMessage(m_base == 0 ? tr("A new review, pre-filled from the incident's timeline. Nothing is stored until you save.")
                                   : tr("Version %1, last saved by %2.").arg(m_base).arg(l.rca->updatedBy),
                       false);
            Q_EMIT loaded();
        });
}

void RcaDialog::showImpact()
{
    QStringList lines;
    lines << tr("Duration: %1 (%2 to %3)%4")
                 .arg(hms::formatDurationLong(m_impact.durationMs), timeText(m_impact.start), timeText(m_impact.end),
                      m_impact.ongoing ? tr(", still open") : QString());
    if (m_impact.slos.empty())
        lines << tr("No SLO covers this service or metric, so no error budget is counted.");
    for (const auto &b : m_impact.slos)
        lines << (b.budgetBurned ? tr("SLO %1: %2 % of its %3 error budget burned (%4 bad of %5)")
                                       .arg(b.slo, QLocale().toString(*b.budgetBurned * 100.0, 'f', 2),
                                            hms::sloWindowText(b.windowMs), QLocale().toString(b.badInIncident, 'g', 6),
                                            QLocale().toString(b.totalInWindow, 'g', 6))
                                 : tr("SLO %1: no recorded slices cover the incident").arg(b.slo));
    m_impactLabel->setText(lines.join(u'\n'));
}

void RcaDialog::addTimelineRow(const hms::RcaTimelineEntry &entry)
{
    const int row = m_timeline->rowCount();
    m_timeline->insertRow(row);
    auto *star = new QTableWidgetItem;
    star->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    star->setCheckState(entry.starred ? Qt::Checked : Qt::Unchecked);
    star->setData(Qt::UserRole, entry.eventId);
    star->setData(Qt::UserRole + 1, entry.kind);
    star->setToolTip(tr("A key moment"));
    m_timeline->setItem(row, StarColumn, star);
    m_timeline->setItem(row, TimeColumn, new QTableWidgetItem(timeText(entry.at)));
    m_timeline->setItem(row, TextColumn, new QTableWidgetItem(entry.text));
    m_timeline->resizeColumnToContents(TimeColumn);
}

void RcaDialog::addActionRow(const hms::RcaActionItem &item)
{
    const int row = m_actions->rowCount();
    m_actions->insertRow(row);
    m_actions->setItem(row, WhatColumn, new QTableWidgetItem(item.what));
    m_actions->setItem(row, OwnerColumn, new QTableWidgetItem(item.owner));
    m_actions->setItem(row, DueColumn, new QTableWidgetItem(item.due.isValid() ? item.due.toString(Qt::ISODate) : QString()));
    m_actions->setItem(row, LinkColumn, new QTableWidgetItem(item.link));
    auto *done = new QTableWidgetItem;
    done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    done->setCheckState(item.done ? Qt::Checked : Qt::Unchecked);
    m_actions->setItem(row, DoneColumn, done);
}

void RcaDialog::setRca(const hms::Rca &rca)
{
    m_status->setCurrentIndex(m_status->findData(int(rca.status)));
    m_summary->setPlainText(rca.summary);
    m_factors->setPlainText(rca.factors);
    m_wentWell->setPlainText(rca.wentWell);
    m_learnings->setPlainText(rca.learnings);
    m_timeline->setRowCount(0);
    for (const hms::RcaTimelineEntry &e : rca.timeline)
        addTimelineRow(e);
    m_actions->setRowCount(0);
    for (const hms::RcaActionItem &a : rca.actions)
        addActionRow(a);
}

hms::Rca RcaDialog::rca() const
{
    hms::Rca r;
    r.incidentId = m_incidentId;
    r.version = m_base;
    r.status = hms::Rca::Status(m_status->currentData().toInt());
    r.summary = m_summary->toPlainText();
    r.factors = m_factors->toPlainText();
    r.wentWell = m_wentWell->toPlainText();
    r.learnings = m_learnings->toPlainText();
    auto text = [](const QTableWidget *t, int row, int column) {
        const QTableWidgetItem *item = t->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_timeline->rowCount(); ++row) {
        const QTableWidgetItem *star = m_timeline->item(row, StarColumn);
        const QDateTime at = QDateTime::fromString(text(m_timeline, row, TimeColumn), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        r.timeline.push_back({at.isValid() ? at.toMSecsSinceEpoch() : 0, text(m_timeline, row, TextColumn),
                              star && star->checkState() == Qt::Checked, star ? star->data(Qt::UserRole).toLongLong() : 0,
                              star ? star->data(Qt::UserRole + 1).toString() : QStringLiteral("note")});
    }
    std::stable_sort(r.timeline.begin(), r.timeline.end(),
                     [](const hms::RcaTimelineEntry &a, const hms::RcaTimelineEntry &b) { return a.at < b.at; });
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const QTableWidgetItem *done = m_actions->item(row, DoneColumn);
        r.actions.push_back({text(m_actions, row, WhatColumn), text(m_actions, row, OwnerColumn),
                             QDate::fromString(text(m_actions, row, DueColumn), Qt::ISODate), text(m_actions, row, LinkColumn),
                             done && done->checkState() == Qt::Checked});
    }
    return r;
}

QString RcaDialog::lastMessage() const
{
    return m_message->text();
}

void RcaDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold") : QString());
}

void RcaDialog::save()
{
    hms::Rca r = rca();
    // A time that does not parse is named, not dropped.
    for (int row = 0; row < m_timeline->rowCount(); ++row) {
        const QTableWidgetItem *item = m_timeline->item(row, TimeColumn);
        if (!QDateTime::fromString(item ? item->text().trimmed() : QString(), QStringLiteral("yyyy-MM-dd HH:mm:ss")).isValid()) {
            const QString problem = tr("timeline row %1: time \"%2\" is not YYYY-MM-DD HH:MM:SS").arg(row + 1).arg(item ? item->text() : QString());
            setMessage(problem, true);
            m_timeline->setCurrentCell(row, TimeColumn);
            Q_EMIT failed(problem);
            return;
        }
    }
    for (int row = 0; row < m_actions->rowCount(); ++row) {
        const QTableWidgetItem *item = m_actions->item(row, DueColumn);
        const QString due = item ? item->text().trimmed() : QString();
        if (!due.isEmpty() && !QDate::fromString(due, Qt::ISODate).isValid()) {
            const QString problem = tr("action item %1: due date \"%2\" is not YYYY-MM-DD").arg(row + 1).arg(due);
            setMessage(problem, true);
            m_actions->setCurrentCell(row, DueColumn);
            Q_EMIT failed(problem);
            return;
        }
    }
    const int base = m_base;
    const QString by = app::currentUser();
    m_save->setEnabled(false);
    m_engine.runOnOps(
        this, [r, base, by](hms::OpsCore &ops) { return ops.rcas().save(r, base, by, QDateTime::currentMSecsSinceEpoch()); },
        [this](const hms::RcaSave &result) {
            m_save->setEnabled(true);
            if (!result.error.isEmpty()) {
                setMessage(result.error, true);
                Q_EMIT failed(result.error);
                return;
            }
            m_base = result.version;
            setMessage(tr("Saved as version %1.").arg(result.version), false);
            Q_EMIT saved(result.version);
        });
}

QString RcaDialog::exportTo(int format, const QString &path)
{
    const std::vector<RcaChart> charts = rcaCharts(m_engine.store(), m_incident, m_rules, m_impact);
    hms::Rca r = rca();
    return exportRca(RcaFormat(format), path, r, m_incident, m_impact, charts);
}

void RcaDialog::exportAs(int format)
{
    static const QStringList suffix{QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf")};
    static const QStringList filter{tr("Markdown (*.md)"), tr("HTML (*.html)"), tr("PDF (*.pdf)")};
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export review"), QStringLiteral("incident-%1-review.%2").arg(m_incidentId).arg(suffix.at(format)),
        filter.at(format));
    if (path.isEmpty())
        return;
    const QString error = exportTo(format, path);
    setMessage(error.isEmpty() ? tr("Exported to %1.").arg(path) : error, !error.isEmpty());
}
