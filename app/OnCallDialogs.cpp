#include "OnCallDialogs.h"

#include "Engine.h"
#include "incidents/Catalog.h"
#include "rules/Evaluator.h"
#include "slo/Slo.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <limits>

namespace {
// The newest value of `metric`{slo=id, label=value} written in the last 5 minutes.
std::optional<double> latest(hms::SeriesStore &store, const QString &metric, const QString &slo, const QString &label = {},
                             const QString &value = {})
{
    hms::Labels match{{QStringLiteral("slo"), slo}};
    if (!label.isEmpty())
        match.insert_or_assign(label, value);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const hms::SeriesKey &key : store.select(metric, match)) {
        const auto samples = store.range(key, now - 5 * 60'000, now);
        if (!samples.empty())
            return samples.back().v;
    }
    return std::nullopt;
}

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, columns, parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    return table;
}
} // namespace

SlosDialog::SlosDialog(hms::Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_table(makeTable(10,
                        {tr("SLO"), tr("SLI"), tr("Objective"), tr("Window"), tr("Budget left"), tr("Burn 5m"),
                         tr("Burn 1h"), tr("Burn 6h"), tr("Burn 3d"), tr("Firing")},
                        this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("slosDialog"));
    setWindowTitle(tr("Service level objectives"));
    m_table->setObjectName(QStringLiteral("slosTable"));
    auto *hint = new QLabel(tr("Burn rate: how many times faster than the objective allows the error budget is spent. "
                               "Pages at 14.4× over 1h and 5m or 6× over 6h and 30m; a ticket at 1× over 3d and 6h. "
                               "Add SLOs with opsctl slo create FILE."),
                            this);
    hint->setWordWrap(true);
    auto *close = new QPushButton(tr("&Close"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_timer, &QTimer::timeout, this, &SlosDialog::refresh);
    m_timer->start(10'000); // the recorder writes once a minute
    resize(1250, 360);
    refresh();
}

void SlosDialog::refresh()
{
    struct Result {
        std::vector<hms::Slo> slos;
        std::vector<hms::AlertSnapshot> alerts;
    };
    m_engine.runOnOps(
        this,
        [](hms::OpsCore &ops) { return Result{ops.catalog().slos(), ops.loadAlerts()}; },
        [this](const Result &r) {
            hms::SeriesStore &store = m_engine.store();
            m_table->setRowCount(int(r.slos.size()));
            for (int i = 0; i < int(r.slos.size()); ++i) {
                const hms::Slo &slo = r.slos[size_t(i)];
                auto percent = [](std::optional<double> v) -> QString {
                    return v ? QString::number(*v * 100, 'f', 1) + u'%' : tr("no data");
                };
                auto times = [](std::optional<double> v) -> QString {
                    return v ? QString::number(*v, 'f', 2) + u'×' : tr("no data");
                };
                const auto budget = latest(store, QStringLiteral("slo_error_budget_remaining"), slo.id);
                QStringList firing;
                for (const hms::AlertSnapshot &a : r.alerts)
                    for (const hms::Rule &rule : slo.alertRules())
                        if (a.rule == rule.name && a.state == hms::AlertState::Firing)
                            firing << rule.labels.at(QStringLiteral("slo_action")) + u' '
                                          + rule.match.at(QStringLiteral("alert"));
                const QString sli = slo.kind == hms::Slo::Kind::Latency
                                        ? tr("%1 %2 %3").arg(slo.latency.metric, slo.aggregate.text, slo.threshold.text)
                                        : tr("errors %1 / %2").arg(slo.errors.metric, slo.total.metric);
                const QStringList cells{
                    slo.id,
                    sli,
                    QString::number(slo.objective * 100, 'g', 6) + u'%',
                    hms::sloWindowText(slo.windowMs),
                    percent(budget),
                    times(latest(store, QStringLiteral("slo_burn_rate"), slo.id, QStringLiteral("window"), QStringLiteral("5m"))),
                    times(latest(store, QStringLiteral("slo_burn_rate"), slo.id, QStringLiteral("window"), QStringLiteral("1h"))),
                    times(latest(store, QStringLiteral("slo_burn_rate"), slo.id, QStringLiteral("window"), QStringLiteral("6h"))),
                    times(latest(store, QStringLiteral("slo_burn_rate"), slo.id, QStringLiteral("window"), QStringLiteral("3d"))),
                    firing.isEmpty() ? tr("none") : firing.join(QStringLiteral(", "))};
                for (int c = 0; c < cells.size(); ++c) {
                    auto *item = new QTableWidgetItem(cells[c]);
                    if (c == 4 && budget)
                        item->setBackground(*budget <= 0 ? QColor(0xb7, 0x1c, 0x1c)
                                            : *budget < 0.5 ? QColor(0xf9, 0xa8, 0x25)
                                                            : QColor(0x2e, 0x7d, 0x32));
                    if (c == 4 && budget)
                        item->setForeground(Qt::white);
                    m_table->setItem(i, c, item);
                }
            }
            m_table->resizeColumnsToContents();
        });
}

OnCallDialog::OnCallDialog(hms::Engine &engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_at(new QDateTimeEdit(QDateTime::currentDateTime(), this))
    , m_table(makeTable(6, {tr("Rotation"), tr("On call"), tr("Pager"), tr("Layer"), tr("Until"), tr("Then")}, this))
{
    setObjectName(QStringLiteral("onCallDialog"));
    setWindowTitle(tr("On call"));
    m_table->setObjectName(QStringLiteral("onCallTable"));
    m_at->setObjectName(QStringLiteral("onCallAt"));
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    auto *now = new QPushButton(tr("&Now"), this);
    auto *close = new QPushButton(tr("&Close"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("On call at (your local time):"), this));
    row->addWidget(m_at);
    row->addWidget(now);
    row->addStretch(1);
    row->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_table, 1);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(now, &QPushButton::clicked, this, [this] { m_at->setDateTime(QDateTime::currentDateTime()); });
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, &OnCallDialog::refresh);
    resize(1100, 320);
    refresh();
}

void OnCallDialog::refresh()
{
    const qint64 at = m_at->dateTime().toMSecsSinceEpoch();
    m_engine.runOnOps(
        this, [](hms::OpsCore &ops) { return ops.catalog().rotations(); },
        [this, at](const std::vector<hms::Rotation> &rotations) {
            m_table->setRowCount(int(rotations.size()));
            for (int i = 0; i < int(rotations.size()); ++i) {
                const hms::Rotation &r = rotations[size_t(i)];
                auto when = [&r](qint64 ms) -> QString {
                    if (ms >= hms::Rotation::kMaxMs)
                        return tr("further notice");
                    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, r.zone);
                    return t.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm ")) + t.timeZoneAbbreviation();
                };
                auto name = [&r](std::optional<int> m) -> QString {
                    return m ? r.members.at(size_t(*m)).name : tr("nobody");
                };
                const auto who = r.onCallAt(at);
                // The next two people after this one, with when each takes over.
                QStringList then;
                qint64 t = who ? who->until : r.nextHandoffAfter(at);
                for (int k = 0; k < 2 && t < hms::Rotation::kMaxMs; ++k) {
                    then << tr("%1 from %2").arg(name(r.memberIndexAt(t)), when(t));
                    t = r.nextHandoffAfter(t);
                }
                const QStringList cells{
                    r.id,
                    name(who ? std::optional<int>(who->member) : std::nullopt),
                    who ? r.members.at(size_t(who->member)).pager : QString(),
                    who ? (who->layer < 0 ? tr("override") : r.layers.at(size_t(who->layer)).name) : QString(),
                    who ? when(who->until) : QString(),
                    then.join(QStringLiteral("; "))};
                for (int c = 0; c < cells.size(); ++c)
                    m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
            }
            m_table->resizeColumnsToContents();
        });
}
