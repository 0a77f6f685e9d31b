#include "IncidentDetail.h"

#include "Icons.h"

#include "EventModel.h"
#include "IncidentModel.h"
#include "MarkdownView.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QTabWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using hms::Incident;

namespace {
QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Values come from metric senders (service names, labels): shown as typed, never as markup.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}
} // namespace

IncidentDetail::IncidentDetail(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_stateBadge(new QLabel(this))
    , m_service(valueLabel(QStringLiteral("detailService"), this))
    , m_severity(valueLabel(QStringLiteral("detailSeverity"), this))
    , m_value(valueLabel(QStringLiteral("detailValue"), this))
    , m_assignee(valueLabel(QStringLiteral("detailAssignee"), this))
    , m_opened(valueLabel(QStringLiteral("detailOpened"), this))
    , m_acknowledged(valueLabel(QStringLiteral("detailAcknowledged"), this))
    , m_resolved(valueLabel(QStringLiteral("detailResolved"), this))
    , m_ackButton(new QPushButton(tr("&Acknowledge"), this))
    , m_resolveButton(new QPushButton(tr("&Resolve"), this))
    , m_silenceButton(new QPushButton(tr("&Silence…"), this))
    , m_reassignButton(new QPushButton(tr("Rea&ssign…"), this))
    , m_escalateButton(new QPushButton(tr("&Escalate"), this))
    , m_commentButton(new QPushButton(tr("&Comment…"), this))
    , m_rootCauseButton(new QPushButton(tr("Root &cause link…"), this))
    , m_rcaButton(new QPushButton(tr("R&CA…"), this))
    , m_rootCause(valueLabel(QStringLiteral("detailRootCause"), this))
    , m_traces(valueLabel(QStringLiteral("detailTraces"), this))
    , m_playbookTabs(new QTabWidget(this))
    , m_checklist(new QListWidget(this))
    , m_events(new EventModel(this))
    , m_timeline(new QListView(this))
    , m_playbook(new MarkdownView(this))
{
    setObjectName(QStringLiteral("incidentDetail"));
    m_title->setObjectName(QStringLiteral("detailTitle"));
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateBadge->setObjectName(QStringLiteral("detailState"));
    m_stateBadge->setAlignment(Qt::AlignCenter);
    m_ackButton->setObjectName(QStringLiteral("acknowledgeButton"));
    m_resolveButton->setObjectName(QStringLiteral("resolveButton"));
    m_silenceButton->setObjectName(QStringLiteral("silenceButton"));
    m_reassignButton->setObjectName(QStringLiteral("reassignButton"));
    m_escalateButton->setObjectName(QStringLiteral("escalateButton"));
    m_escalateButton->setToolTip(tr("Page the next step of the incident's escalation policy now"));
    m_silenceButton->setToolTip(tr("Hold back this alert's notifications, pre-filled with the labels that identify it"));
    m_commentButton->setObjectName(QStringLiteral("commentButton"));
    m_rootCauseButton->setObjectName(QStringLiteral("rootCauseButton"));
    m_rcaButton->setObjectName(QStringLiteral("rcaButton"));
    m_commentButton->setToolTip(tr("Add a note to the timeline"));
    m_rootCauseButton->setToolTip(tr("Link the issue that tracks the root cause (JIRA, GitHub)"));
    m_rcaButton->setToolTip(tr("Open the blameless review of this incident, pre-filled from its timeline"));
    m_checklist->setObjectName(QStringLiteral("checklist"));
    m_checklist->setWordWrap(true);
    m_checklist->setAccessibleName(tr("Playbook checklist"));
    m_playbookTabs->setObjectName(QStringLiteral("playbookTabs"));
    for (QLabel *label : {m_rootCause, m_traces}) {
        label->setTextInteractionFlags(Qt::TextBrowserInteraction);
        label->setTextFormat(Qt::RichText);
    }
    m_traces->setToolTip(tr("trace_ids of the failing requests when it fired: select one to see its samples and incidents"));
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_playbook->setObjectName(QStringLiteral("playbook"));

    m_timeline->setModel(m_events);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_timeline->setWordWrap(true);
    m_timeline->setUniformItemSizes(false);

    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_stateBadge);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Service:"), m_service);
    form->addRow(tr("Severity:"), m_severity);
    form->addRow(tr("Value:"), m_value);
    form->addRow(tr("Assignee:"), m_assignee);
    form->addRow(tr("Opened:"), m_opened);
    form->addRow(tr("Acknowledged:"), m_acknowledged);
    form->addRow(tr("Resolved:"), m_resolved);
    form->addRow(tr("Root cause:"), m_rootCause);
    form->addRow(tr("Traces:"), m_traces);

    // Rows of three: the panel stays narrow enough for a 1280-px screen in every language.
    auto *buttons = new QGridLayout;
    QPushButton *const order[] = {m_ackButton,     m_resolveButton,  m_escalateButton, m_reassignButton,
                                  m_silenceButton, m_commentButton, m_rcaButton,      m_rootCauseButton};
    for (int i = 0; i < 8; ++i)
        buttons->addWidget(order[i], i / 3, i % 3);
    buttons->setColumnStretch(3, 1);
    m_form = form;

    auto *timelineBox = new QWidget(this);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    auto *timelineLabel = new QLabel(tr("Timeline"), timelineBox);
    timelineLabel->setObjectName(QStringLiteral("sectionLabel"));
    timelineLayout->addWidget(timelineLabel);
    timelineLayout->addWidget(m_timeline, 1);

    auto *playbookBox = new QWidget(this);
    auto *playbookLayout = new QVBoxLayout(playbookBox);
    playbookLayout->setContentsMargins(0, 0, 0, 0);
    m_playbookTabs->addTab(m_checklist, tr("Checklist"));
    m_playbookTabs->addTab(m_playbook, tr("Playbook"));
    playbookLayout->addWidget(m_playbookTabs, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(timelineBox);
    splitter->addWidget(playbookBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3); // the timeline is what a commander reads first
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(titleRow);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);

    const std::pair<QPushButton *, const char *> icons[] = {
        {m_ackButton, "nav/acknowledge"}, {m_resolveButton, "nav/resolve"},  {m_silenceButton, "nav/silences"},
        {m_reassignButton, "nav/assign"}, {m_escalateButton, "nav/escalate"}, {m_commentButton, "nav/comment"},
        {m_rootCauseButton, "nav/export"}, {m_rcaButton, "nav/rca"}};
    for (const auto &[button, name] : icons) {
        button->setIcon(hms::icon(QString::fromLatin1(name)));
        button->setIconSize(QSize(22, 22));
    }
    connect(m_escalateButton, &QPushButton::clicked, this, [this] {
        if (m_incident)
            Q_EMIT escalateRequested(m_incident->id);
    });
    connect(m_reassignButton, &QPushButton::clicked, this, [this] {
        if (m_incident)
            Q_EMIT reassignRequested(m_incident->id);
    });
    connect(m_silenceButton, &QPushButton::clicked, this, [this] {
        if (m_incident)
            Q_EMIT silenceRequested(m_incident->id);
    });
    connect(m_ackButton, &QPushButton::clicked, this, [this] {
        if (!m_incident)
            return;
        m_actionPending = true;
        updateActions();
        Q_EMIT acknowledgeRequested(m_incident->id);
    });
    connect(m_resolveButton, &QPushButton::clicked, this, [this] {
        if (!m_incident)
            return;
        m_actionPending = true;
        updateActions();
        Q_EMIT resolveRequested(m_incident->id);
    });
    connect(m_playbook, &MarkdownView::linkActivated, this, &IncidentDetail::linkActivated);
    connect(m_commentButton, &QPushButton::clicked, this, [this] {
        if (m_incident)
            Q_EMIT commentRequested(m_incident->id);
    });
    connect(m_rootCauseButton, &QPushButton::clicked, this, [this] {
        if (m_incident)
            Q_EMIT rootCauseRequested(m_incident->id);
    });
    connect(m_rcaButton, &QPushButton::clicked, this, [this] {
        if (m_incident)
            Q_EMIT rcaRequested(m_incident->id);
    });
    connect(m_rootCause, &QLabel::linkActivated, this, [this](const QString &url) { Q_EMIT linkActivated(QUrl(url)); });
    connect(m_traces, &QLabel::linkActivated, this, [this](const QString &link) {
        Q_EMIT traceRequested(QUrl::fromPercentEncoding(link.mid(int(qstrlen("trace:"))).toUtf8()));
    });
    connect(m_checklist, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_fillingChecklist || !m_incident)
            return;
        const bool done = item->checkState() == Qt::Checked;
        // Shown as asked until the timeline confirms it (or an error puts it back).
        Q_EMIT stepToggled(m_incident->id, m_checklist->row(item), item->data(Qt::UserRole).toString(), done);
    });

    clear();
}

QString IncidentDetail::formatTime(hms::TimestampMs t)
{
    if (t <= 0)
        return QStringLiteral("—");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

void IncidentDetail::setIncident(const Incident &incident)
{
    if (!m_incident || m_incident->id != incident.id) {
        m_events->setEvents(incident.id, {}); // live events are accepted from now on
        m_playbook->clear();
        m_checklist->clear();
        updateTraces({});
    }
    m_incident = incident;
    m_actionPending = false;

    m_title->setText(incident.rule);
    m_stateBadge->setText(IncidentModel::stateLabel(incident.state));
    m_stateBadge->setStyleSheet(QStringLiteral("QLabel#detailState { background: %1; color: %2; padding: 4px 12px; }")
                                    .arg(IncidentModel::stateColor(incident.state).name(),
                                         IncidentModel::stateTextColor(incident.state).name()));
    m_service->setText(incident.service);
    m_severity->setText(incident.severity);
    const QString value = QLocale().toString(incident.value, 'g', 6);
    m_value->setText(incident.threshold.isEmpty()
                         ? tr("%1 %2 of %3").arg(incident.aggregate, value, incident.metric)
                         : tr("%1 %2 of %3 (threshold %4)")
                               .arg(incident.aggregate, value, incident.metric, incident.threshold));
    if (incident.assignee.isEmpty())
        m_assignee->setText(tr("unassigned (rotation %1)").arg(incident.rotation));
    else if (incident.assigneePager.isEmpty())
        m_assignee->setText(incident.assignee);
    else
        m_assignee->setText(tr("%1 (pager %2)").arg(incident.assignee, incident.assigneePager));
    m_opened->setText(formatTime(incident.openedAt));
    m_acknowledged->setText(incident.acknowledgedAt > 0
                                ? tr("%1 by %2").arg(formatTime(incident.acknowledgedAt), incident.acknowledgedBy)
                                : formatTime(0));
    m_form->setRowVisible(m_rootCause, !incident.rootCauseUrl.isEmpty()); // rows with nothing to say stay out of the way
    m_rootCause->setText(incident.rootCauseUrl.isEmpty()
                             ? QStringLiteral("—")
                             : QStringLiteral("<a href=\"%1\">%2</a>").arg(incident.rootCauseUrl.toHtmlEscaped(),
                                                                           incident.rootCauseUrl.toHtmlEscaped()));
    m_resolved->setText(incident.resolvedAt > 0
                            ? tr("%1 by %2").arg(formatTime(incident.resolvedAt), incident.resolvedBy)
                            : formatTime(0));
    updateActions();
}

void IncidentDetail::clear()
{
    m_incident.reset();
    m_actionPending = false;
    m_title->setText(tr("No incident selected"));
    m_stateBadge->clear();
    m_stateBadge->setStyleSheet({});
    for (QLabel *label : {m_service, m_severity, m_value, m_assignee, m_opened, m_acknowledged, m_resolved, m_rootCause})
        label->clear();
    m_events->clear();
    m_playbook->clear();
    m_checklist->clear();
    m_form->setRowVisible(m_rootCause, false);
    updateTraces({});
    updateActions();
}

void IncidentDetail::updateActions()
{
    const bool open = m_incident && !m_actionPending;
    m_ackButton->setEnabled(open && m_incident->state == Incident::State::Triggered);
    m_resolveButton->setEnabled(open && m_incident->state != Incident::State::Resolved);
    m_silenceButton->setEnabled(m_incident && m_incident->state != Incident::State::Resolved);
    m_reassignButton->setEnabled(open && m_incident->state != Incident::State::Resolved);
    m_escalateButton->setEnabled(open && m_incident->state != Incident::State::Resolved
                                 && !m_incident->escalationPolicy.isEmpty());
    m_commentButton->setEnabled(m_incident.has_value());
    m_rootCauseButton->setEnabled(m_incident.has_value());
    m_rcaButton->setEnabled(m_incident.has_value());
    m_checklist->setEnabled(m_incident && m_incident->state != Incident::State::Resolved);
}

void IncidentDetail::applyEventToChecklist(const hms::IncidentEvent &event)
{
    if (event.kind != u"step")
        return;
    const int index = event.data.value(QStringLiteral("step")).toInt(-1);
    QListWidgetItem *item = m_checklist->item(index);
    // A tick belongs to the step it was given for (the playbook may have changed since).
    if (!item || item->data(Qt::UserRole).toString() != event.data.value(QStringLiteral("text")).toString())
        return;
    const bool done = event.data.value(QStringLiteral("done")).toBool();
    m_fillingChecklist = true;
    item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(event.message);
    m_fillingChecklist = false;
}

void IncidentDetail::updateTraces(const std::vector<hms::IncidentEvent> &events)
{
    m_traceIds.clear();
    for (const hms::IncidentEvent &e : events)
        if (e.kind == u"fired")
            for (const QJsonValue &v : e.data.value(QStringLiteral("trace_ids")).toArray())
                m_traceIds << v.toString();
    QStringList links;
    for (const QString &id : m_traceIds)
        links << QStringLiteral("<a href=\"trace:%1\">%2</a>")
                     .arg(QString::fromUtf8(QUrl::toPercentEncoding(id)), id.toHtmlEscaped());
    m_traces->setText(links.isEmpty() ? QStringLiteral("—") : links.join(QStringLiteral(" · ")));
    m_form->setRowVisible(m_traces, !links.isEmpty());
}

void IncidentDetail::resetChecklistItem(int index, bool done)
{
    if (QListWidgetItem *item = m_checklist->item(index)) {
        m_fillingChecklist = true;
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
        m_fillingChecklist = false;
    }
}

void IncidentDetail::setEvents(qint64 id, const std::vector<hms::IncidentEvent> &events)
{
    if (id == 0 || id != incidentId())
        return; // a late answer for an incident no longer shown
    m_events->setEvents(id, events);
    m_timeline->scrollToBottom();
    for (const hms::IncidentEvent &e : events)
        applyEventToChecklist(e);
    updateTraces(events);
}

void IncidentDetail::appendEvent(const hms::IncidentEvent &event)
{
    const int before = m_events->rowCount();
    m_events->append(event);
    if (m_events->rowCount() != before) {
        m_timeline->scrollToBottom();
        applyEventToChecklist(event);
    }
}

void IncidentDetail::setPlaybook(const std::optional<hms::Playbook> &playbook)
{
    m_fillingChecklist = true;
    m_checklist->clear();
    if (playbook) {
        for (int i = 0; i < playbook->steps.size(); ++i) {
            auto *item = new QListWidgetItem(tr("%1. %2").arg(i + 1).arg(playbook->steps.at(i)), m_checklist);
            item->setData(Qt::UserRole, playbook->steps.at(i));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    m_fillingChecklist = false;
    // Ticks already on the timeline.
    for (int row = 0; row < m_events->rowCount(); ++row)
        if (const auto e = m_events->eventAt(row))
            applyEventToChecklist(*e);
    if (playbook) {
        m_playbook->setMarkdownText(playbook->markdown);
        return;
    }
    if (m_incident && !m_incident->playbookId.isEmpty())
        m_playbook->setPlainText(tr("Playbook \"%1\" is not in the catalog.").arg(m_incident->playbookId));
    else
        m_playbook->setPlainText(tr("No playbook is attached to this rule."));
}
