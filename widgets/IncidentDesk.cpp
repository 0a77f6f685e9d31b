#include "IncidentDesk.h"

#include "IncidentModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
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

// Hides resolved incidents unless asked; sorts by IncidentModel::SortRole with the id as the
// tie-breaker so that equal timestamps keep a stable, newest-first order.
class ResolvedFilter final : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    bool showResolved() const { return m_showResolved; }
    void setShowResolved(bool show)
    {
        if (show == m_showResolved)
            return;
        m_showResolved = show;
        invalidateRowsFilter();
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        if (m_showResolved)
            return true;
        const QModelIndex idx = sourceModel()->index(sourceRow, 0, sourceParent);
        return idx.data(IncidentModel::StateRole).toInt() != static_cast<int>(Incident::State::Resolved);
    }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const QVariant l = left.data(IncidentModel::SortRole);
        const QVariant r = right.data(IncidentModel::SortRole);
        const auto order = QVariant::compare(l, r);
        if (order != QPartialOrdering::Equivalent)
            return order == QPartialOrdering::Less;
        return left.data(IncidentModel::IncidentIdRole).toLongLong()
            < right.data(IncidentModel::IncidentIdRole).toLongLong();
    }

private:
    bool m_showResolved = false;
};

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
    , m_proxy(new ResolvedFilter(this))
    , m_view(new QTableView(this))
    , m_showResolved(new QCheckBox(tr("Show resolved"), this))
    , m_banner(new QLabel(this))
{
    setObjectName(QStringLiteral("incidentDesk"));
    m_view->setObjectName(QStringLiteral("incidentTable"));
    m_showResolved->setObjectName(QStringLiteral("showResolved"));
    m_banner->setObjectName(QStringLiteral("firingBanner"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(IncidentModel::SortRole);
    m_proxy->setDynamicSortFilter(true);

    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new StateColourDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
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
    m_banner->setAccessibleName(tr("Firing incidents"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_banner, 1);
    top->addWidget(m_showResolved);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_showResolved, &QCheckBox::toggled, this, &IncidentDesk::setShowResolved);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &IncidentDesk::updateBanner);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &IncidentDesk::updateBanner);
    connect(m_model, &QAbstractItemModel::modelReset, this, &IncidentDesk::updateBanner);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &IncidentDesk::updateBanner);
    updateBanner();
}

QSortFilterProxyModel *IncidentDesk::proxy() const
{
    return m_proxy;
}

bool IncidentDesk::showResolved() const
{
    return m_proxy->showResolved();
}

void IncidentDesk::setShowResolved(bool show)
{
    if (m_showResolved->isChecked() != show)
        m_showResolved->setChecked(show); // re-enters through toggled()
    m_proxy->setShowResolved(show);
}

qint64 IncidentDesk::selectedIncidentId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return 0;
    return current.data(IncidentModel::IncidentIdRole).toLongLong();
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
