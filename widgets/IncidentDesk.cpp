#include "IncidentDesk.h"

#include "IncidentFilterProxy.h"
#include "IncidentModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using hms::Incident;

namespace {
// Keeps the state colour of a selected row (red must stay red when selected) and marks the
// selection with a thick outline instead of the palette's highlight.
class StateColourDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Measured with the item's own font (bold for firing rows), which the style-sheet style
    // ignores when it sizes items; plus room to breathe.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QFontMetrics metrics(opt.font);
        const QSize text(metrics.horizontalAdvance(opt.text) + metrics.averageCharWidth(), metrics.height() + 8);
        return QStyledItemDelegate::sizeHint(option, index).expandedTo(text);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        const bool selected = opt.state & QStyle::State_Selected;
        opt.state &= ~QStyle::State_Selected;
        opt.state &= ~QStyle::State_HasFocus;
        QStyledItemDelegate::paint(painter, opt, index);
        if (!selected)
            return;
        painter->save();
        QPen pen(index.data(Qt::ForegroundRole).value<QColor>());
        pen.setWidth(3);
        painter->setPen(pen);
        const QRect r = option.rect.adjusted(1, 1, -2, -2);
        painter->drawLine(r.topLeft(), r.topRight());
        painter->drawLine(r.bottomLeft(), r.bottomRight());
        if (index.column() == 0)
            painter->drawLine(r.topLeft(), r.bottomLeft());
        if (index.column() == index.model()->columnCount() - 1)
            painter->drawLine(r.topRight(), r.bottomRight());
        painter->restore();
    }
};
} // namespace

IncidentDesk::IncidentDesk(IncidentModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new IncidentFilterProxy(this))
    , m_view(new QTableView(this))
    , m_banner(new QLabel(this))
    , m_state(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_range(new QComboBox(this))
    , m_customFrom(new QDateTimeEdit(this))
    , m_customTo(new QDateTimeEdit(this))
    , m_search(new QLineEdit(this))
    , m_bulkAck(new QPushButton(this))
    , m_choicesTimer(new QTimer(this))
    , m_rangeTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("incidentDesk"));
    m_view->setObjectName(QStringLiteral("incidentTable"));
    m_banner->setObjectName(QStringLiteral("firingBanner"));
    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_severity->setObjectName(QStringLiteral("severityFilter"));
    m_service->setObjectName(QStringLiteral("serviceFilter"));
    m_assignee->setObjectName(QStringLiteral("assigneeFilter"));
    m_range->setObjectName(QStringLiteral("rangeFilter"));
    m_search->setObjectName(QStringLiteral("searchFilter"));
    m_bulkAck->setObjectName(QStringLiteral("bulkAcknowledge"));

    m_proxy->setIncidentModel(m_model);

    m_state->addItem(tr("Open"), int(IncidentFilterProxy::Open));
    m_state->addItem(tr("Firing"), int(IncidentFilterProxy::Triggered));
    m_state->addItem(tr("Acknowledged"), int(IncidentFilterProxy::Acknowledged));
    m_state->addItem(tr("Resolved"), int(IncidentFilterProxy::Resolved));
    m_state->addItem(tr("All states"), int(IncidentFilterProxy::AnyState));
    m_state->setToolTip(tr("Which incidents the desk lists by state"));
    m_severity->addItem(tr("All severities"), int(IncidentFilterProxy::AnySeverity));
    m_severity->addItem(tr("Critical"), int(IncidentFilterProxy::Critical));
    m_severity->addItem(tr("Critical and warning"), int(IncidentFilterProxy::Critical | IncidentFilterProxy::Warning));
    m_severity->addItem(tr("Warning"), int(IncidentFilterProxy::Warning));
    m_severity->addItem(tr("Info"), int(IncidentFilterProxy::Info));
    m_service->addItem(tr("All services"), QString());
    m_assignee->addItem(tr("Anyone"), QString());
    m_assignee->addItem(tr("Unassigned"), IncidentFilterProxy::kUnassigned);
    m_range->addItem(tr("Any time"), int(Range::Any));
    m_range->addItem(tr("Last hour"), int(Range::LastHour));
    m_range->addItem(tr("Last 24 hours"), int(Range::Last24Hours));
    m_range->addItem(tr("Last 7 days"), int(Range::Last7Days));
    m_range->addItem(tr("Last 30 days"), int(Range::Last30Days));
    m_range->addItem(tr("Between…"), int(Range::Custom));
    m_range->setToolTip(tr("When the incidents opened"));
    for (QDateTimeEdit *edit : {m_customFrom, m_customTo}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setVisible(false);
    }
    m_customFrom->setObjectName(QStringLiteral("rangeFrom"));
    m_customTo->setObjectName(QStringLiteral("rangeTo"));
    m_customFrom->setDateTime(QDateTime::currentDateTime().addDays(-1));
    m_customTo->setDateTime(QDateTime::currentDateTime());
    m_search->setPlaceholderText(tr("Search rule, service, labels, #id…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search incidents"));
    m_bulkAck->setToolTip(tr("Acknowledge every selected firing incident at once (Ctrl+Shift+A)"));

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StateColourDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows can be selected for bulk acknowledgement; the current row is the one shown.
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IncidentModel::OpenedColumn, Qt::DescendingOrder);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(false); // the row colour is the state
    m_view->verticalHeader()->setVisible(false);
    // Every column as wide as the text of the rows in view (not of all rows: in a storm of
    // 10,000 incidents that would measure every cell again on every change); the rule name takes
    // what is left. Rows are one line high, set from the font below, for the same reason.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setResizeContentsPrecision(0);
    m_view->horizontalHeader()->setSectionResizeMode(IncidentModel::RuleColumn, QHeaderView::Stretch);
    m_view->setTextElideMode(Qt::ElideMiddle); // AID_…_HIGH stays recognisable
    m_view->horizontalHeader()->setHighlightSections(false);
    QFont big = m_view->font();
    big.setPointSizeF(std::max<qreal>(big.pointSizeF(), 9.0) * 1.5); // the stylesheet may override
    m_view->setFont(big);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(QFontMetrics(big).height() * 3 / 2);
    m_view->installEventFilter(this); // the stylesheet sets the real font when it polishes the view

    m_banner->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_banner->setWordWrap(true); // "3 FIRING · 1 acknowledged" wraps rather than widening the window
    // The filters are as wide as their text where there is room, and shrink to a few letters on a
    // narrow screen (a 1280-px laptop) instead of pushing the window past it; the chosen value is
    // also the tooltip of a clipped one.
    for (QComboBox *combo : {m_state, m_severity, m_service, m_assignee, m_range}) {
        combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 7);
        connect(combo, &QComboBox::currentTextChanged, combo, &QWidget::setToolTip);
    }
    m_banner->setAccessibleName(tr("Firing incidents"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_bulkAck);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_state);
    filters->addWidget(m_severity);
    filters->addWidget(m_service);
    filters->addWidget(m_assignee);
    filters->addWidget(m_range);
    filters->addWidget(m_customFrom);
    filters->addWidget(m_customTo);
    filters->addWidget(m_search, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    auto intData = [](QComboBox *c) { return c->currentData().toInt(); };
    connect(m_state, &QComboBox::currentIndexChanged, this, [this, intData] { m_proxy->setStates(intData(m_state)); });
    connect(m_severity, &QComboBox::currentIndexChanged, this,
            [this, intData] { m_proxy->setSeverities(intData(m_severity)); });
    connect(m_service, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setService(m_service->currentData().toString()); });
    connect(m_assignee, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setAssignee(m_assignee->currentData().toString()); });
    connect(m_range, &QComboBox::currentIndexChanged, this, &IncidentDesk::applyRange);
    connect(m_customFrom, &QDateTimeEdit::dateTimeChanged, this, &IncidentDesk::applyRange);
    connect(m_customTo, &QDateTimeEdit::dateTimeChanged, this, &IncidentDesk::applyRange);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &IncidentFilterProxy::setText);
    connect(m_bulkAck, &QPushButton::clicked, this, [this] {
        std::vector<qint64> firing;
        for (qint64 id : selectedIncidentIds())
            if (const hms::Incident *i = m_model->incidentRef(m_model->rowOfId(id)); i && i->state == Incident::State::Triggered)
                firing.push_back(id);
        if (!firing.empty())
            Q_EMIT bulkAcknowledgeRequested(firing);
    });
    auto *bulkShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+A")), this);
    connect(bulkShortcut, &QShortcut::activated, m_bulkAck, &QPushButton::click);
    m_rangeTimer->setInterval(30'000); // "last hour" keeps meaning the last hour
    connect(m_rangeTimer, &QTimer::timeout, this, &IncidentDesk::applyRange);
    m_choicesTimer->setSingleShot(true);
    m_choicesTimer->setInterval(500);
    connect(m_choicesTimer, &QTimer::timeout, this, &IncidentDesk::updateChoices);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentDesk::updateBulkButton);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] {
            updateBanner();
            m_choicesTimer->start();
        });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateBanner();
        m_choicesTimer->start();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateBanner();
        updateBulkButton();
        m_choicesTimer->start();
    });
    updateBanner();
    updateChoices();
    updateBulkButton();
}

QSortFilterProxyModel *IncidentDesk::proxy() const
{
    return m_proxy;
}

bool IncidentDesk::showResolved() const
{
    return m_proxy->states() & IncidentFilterProxy::Resolved;
}

void IncidentDesk::setShowResolved(bool show)
{
    m_state->setCurrentIndex(m_state->findData(int(show ? IncidentFilterProxy::AnyState : IncidentFilterProxy::Open)));
}

void IncidentDesk::setRange(Range range, hms::TimestampMs customFrom, hms::TimestampMs customTo)
{
    if (range == Range::Custom) {
        const QSignalBlocker a(m_customFrom);
        const QSignalBlocker b(m_customTo);
        m_customFrom->setDateTime(QDateTime::fromMSecsSinceEpoch(customFrom));
        m_customTo->setDateTime(QDateTime::fromMSecsSinceEpoch(customTo));
    }
    m_range->setCurrentIndex(m_range->findData(int(range)));
    applyRange();
}

void IncidentDesk::setSearchText(const QString &text)
{
    m_search->setText(text);
}

void IncidentDesk::applyRange()
{
    const auto range = Range(m_range->currentData().toInt());
    m_customFrom->setVisible(range == Range::Custom);
    m_customTo->setVisible(range == Range::Custom);
    const hms::TimestampMs now = QDateTime::currentMSecsSinceEpoch();
    constexpr qint64 hour = 3'600'000;
    switch (range) {
    case Range::Any:
        m_proxy->setOpenedRange(0, 0);
        break;
    case Range::LastHour:
        m_proxy->setOpenedRange(now - hour, 0);
        break;
    case Range::Last24Hours:
        m_proxy->setOpenedRange(now - 24 * hour, 0);
        break;
    case Range::Last7Days:
        m_proxy->setOpenedRange(now - 7 * 24 * hour, 0);
        break;
    case Range::Last30Days:
        m_proxy->setOpenedRange(now - 30 * 24 * hour, 0);
        break;
    case Range::Custom:
        m_proxy->setOpenedRange(m_customFrom->dateTime().toMSecsSinceEpoch(), m_customTo->dateTime().toMSecsSinceEpoch());
        break;
    }
    if (range == Range::Any || range == Range::Custom)
        m_rangeTimer->stop();
    else if (!m_rangeTimer->isActive())
        m_rangeTimer->start();
}

void IncidentDesk::updateChoices()
{
    auto refill = [](QComboBox *combo, const QStringList &values, int fixed) {
        QStringList shown;
        for (int i = fixed; i < combo->count(); ++i)
            shown << combo->itemData(i).toString();
        if (shown == values)
            return;
        const QString current = combo->currentData().toString();
        const QSignalBlocker blocker(combo);
        while (combo->count() > fixed)
            combo->removeItem(fixed);
        for (const QString &v : values)
            combo->addItem(v, v);
        const int at = combo->findData(current);
        combo->setCurrentIndex(at >= 0 ? at : 0); // a chosen value stays chosen while it exists
        if (at < 0 && !current.isEmpty())
            Q_EMIT combo->currentIndexChanged(0);
    };
    refill(m_service, m_model->services(), 1);
    refill(m_assignee, m_model->assignees(), 2);
}

void IncidentDesk::updateBulkButton()
{
    int firing = 0;
    for (qint64 id : selectedIncidentIds())
        if (const hms::Incident *i = m_model->incidentRef(m_model->rowOfId(id)); i && i->state == Incident::State::Triggered)
            ++firing;
    m_bulkAck->setText(tr("Acknowledge selected (%1)").arg(firing));
    m_bulkAck->setEnabled(firing > 0);
}

qint64 IncidentDesk::selectedIncidentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(IncidentModel::IncidentIdRole).toLongLong();
}

std::vector<qint64> IncidentDesk::selectedIncidentIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::vector<qint64> ids;
    for (const QModelIndex &row : rows)
        ids.push_back(row.data(IncidentModel::IncidentIdRole).toLongLong());
    return ids;
}

bool IncidentDesk::selectIncident(qint64 id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                         | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void IncidentDesk::onCurrentChanged(const QModelIndex &current)
{
    const qint64 id = current.isValid() ? current.data(IncidentModel::IncidentIdRole).toLongLong() : 0;
    if (id == m_lastSelected)
        return; // the same incident moved (sorting, filtering): not a new selection
    m_lastSelected = id;
    if (id != 0)
        Q_EMIT incidentSelected(id);
    else
        Q_EMIT selectionCleared();
}

bool IncidentDesk::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::FontChange)
        m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() * 3 / 2);
    return QWidget::eventFilter(watched, event);
}

void IncidentDesk::updateBanner()
{
    const int firing = m_model->countInState(Incident::State::Triggered);
    const int acked = m_model->countInState(Incident::State::Acknowledged);
    const Incident::State tone = firing > 0 ? Incident::State::Triggered
        : acked > 0                         ? Incident::State::Acknowledged
                                            : Incident::State::Resolved;
    QString text;
    if (firing == 0 && acked == 0)
        text = tr("No open incidents");
    else
        text = tr("%n FIRING", nullptr, firing) % QStringLiteral("   ·   ") % tr("%n acknowledged", nullptr, acked);
    if (m_banner->text() != text)
        m_banner->setText(text);
    const QString style = QStringLiteral("QLabel#firingBanner { background: %1; color: %2; }")
                              .arg(IncidentModel::stateColor(tone).name(), IncidentModel::stateTextColor(tone).name());
    if (m_banner->styleSheet() != style)
        m_banner->setStyleSheet(style);
}
