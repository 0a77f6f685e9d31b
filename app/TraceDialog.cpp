#include "TraceDialog.h"

#include "Engine.h"
#include "IncidentModel.h"
#include "incidents/IncidentService.h"
#include "store/SeriesStore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QTableWidget *table(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setObjectName(name);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QString when(qint64 t)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(t), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}
} // namespace

TraceDialog::TraceDialog(hms::Engine &engine, const QString &traceId, QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_samples(table({tr("Time"), tr("Value"), tr("Series")}, QStringLiteral("traceSamples"), this))
    , m_incidents(table({tr("Incident"), tr("State"), tr("Opened"), tr("Rule"), tr("Service")},
                        QStringLiteral("traceIncidents"), this))
{
    setObjectName(QStringLiteral("traceDialog"));
    setWindowTitle(tr("Trace %1").arg(traceId));
    m_heading->setText(tr("Looking up trace_id <b>%1</b>…").arg(traceId.toHtmlEscaped()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(new QLabel(tr("Samples that carry it"), this));
    layout->addWidget(m_samples, 1);
    layout->addWidget(new QLabel(tr("Incidents that carry it (double-click to show one)"), this));
    layout->addWidget(m_incidents, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_incidents, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        if (const QTableWidgetItem *item = m_incidents->item(row, 0))
            Q_EMIT incidentChosen(item->data(Qt::UserRole).toLongLong());
    });

    // The store is thread-safe; the incidents live on the ops thread.
    const auto samples = engine.store().exemplarsWithTrace(traceId, 500);
    m_samples->setRowCount(int(samples.size()));
    for (int row = 0; row < int(samples.size()); ++row) {
        const auto &[key, e] = samples[std::size_t(row)];
        m_samples->setItem(row, 0, new QTableWidgetItem(when(e.t)));
        m_samples->setItem(row, 1, new QTableWidgetItem(QLocale().toString(e.v, 'g', 6)));
        m_samples->setItem(row, 2, new QTableWidgetItem(key.toString()));
    }
    m_samples->resizeColumnsToContents();
    engine.runOnOps(
        this, [traceId](hms::OpsCore &ops) { return ops.incidents().incidentsWithTrace(traceId); },
        [this, traceId, count = samples.size()](const std::vector<hms::Incident> &incidents) {
            m_incidents->setRowCount(int(incidents.size()));
            for (int row = 0; row < int(incidents.size()); ++row) {
                const hms::Incident &i = incidents[std::size_t(row)];
                auto *id = new QTableWidgetItem(QStringLiteral("#%1").arg(i.id));
                id->setData(Qt::UserRole, i.id);
                m_incidents->setItem(row, 0, id);
                m_incidents->setItem(row, 1, new QTableWidgetItem(IncidentModel::stateLabel(i.state)));
                m_incidents->setItem(row, 2, new QTableWidgetItem(when(i.openedAt)));
                m_incidents->setItem(row, 3, new QTableWidgetItem(i.rule));
                m_incidents->setItem(row, 4, new QTableWidgetItem(i.service));
            }
            m_incidents->resizeColumnsToContents();
            m_heading->setText(tr("trace_id <b>%1</b>: %n sample(s)", nullptr, int(count)).arg(traceId.toHtmlEscaped())
                               + tr(", %n incident(s)", nullptr, int(incidents.size())));
            Q_EMIT loaded();
        });
}
