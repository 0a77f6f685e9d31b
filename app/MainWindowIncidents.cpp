// The main window's incident actions: each request goes to the ops thread with runOnOps; the
// desk and the detail pane change only when the service's signals come back.
#include "MainWindow.h"

#include "AppSupport.h"
#include "Engine.h"
#include "IncidentDesk.h"
#include "IncidentDetail.h"
#include "IncidentModel.h"
#include "RcaDialog.h"
#include "SilenceDialogs.h"
#include "TraceDialog.h"
#include "alerting/Silence.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"

#include <QDateTime>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

void MainWindow::requestReassign(qint64 id)
{
    // Offer the incident's rotation (anyone else can be typed in), then hand it over on the ops
    // thread; the desk and the timeline update from the service's signals.
    m_engine.runOnOps(
        this,
        [id](hms::OpsCore &ops) {
            QStringList names;
            if (const auto incident = ops.incidents().incident(id); incident && !incident->rotation.isEmpty())
                if (const auto rotation = ops.catalog().rotation(incident->rotation))
                    for (const hms::RotationMember &m : rotation->members)
                        if (m.name != incident->assignee)
                            names << m.name;
            return names;
        },
        [this, id](const QStringList &names) {
            auto *dialog = new QInputDialog(this);
            dialog->setObjectName(QStringLiteral("reassignDialog"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowTitle(tr("Reassign incident #%1").arg(id));
            dialog->setLabelText(tr("Hand it to:"));
            dialog->setComboBoxItems(names);
            dialog->setComboBoxEditable(true);
            connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &to) {
                const QString by = app::currentUser();
                m_engine.runOnOps(
                    this, [id, to, by](hms::OpsCore &ops) { return ops.incidents().reassign(id, to, by, nowMs()); },
                    [this](const QString &problem) {
                        if (!problem.isEmpty())
                            QMessageBox::warning(this, tr("Reassign"), problem);
                    });
            });
            dialog->open();
        });
}

void MainWindow::requestBulkAcknowledge(const std::vector<qint64> &ids)
{
    const QString by = app::currentUser();
    m_engine.runOnOps(
        this, [ids, by](hms::OpsCore &ops) { return ops.incidents().acknowledgeMany(ids, by, nowMs()); },
        [this, count = int(ids.size())](const std::map<qint64, QString> &refused) {
            const int done = count - int(refused.size());
            QString text = tr("%n incident(s) acknowledged", nullptr, done);
            if (!refused.empty())
                text += tr("; %n refused: ", nullptr, int(refused.size())) + refused.begin()->second;
            statusBar()->showMessage(text, 30000);
        });
}

void MainWindow::requestComment(qint64 id)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("commentDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Comment on incident #%1").arg(id));
    dialog->setLabelText(tr("What did you see or do? It goes on the timeline."));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &text) {
        const QString by = app::currentUser();
        m_engine.runOnOps(
            this, [=](hms::OpsCore &ops) { return ops.incidents().comment(id, text, by, nowMs()); },
            [this](const QString &problem) {
                if (!problem.isEmpty())
                    QMessageBox::warning(this, tr("Comment"), problem);
            });
    });
    dialog->open();
}

void MainWindow::requestRootCause(qint64 id, const QString &retry)
{
    const std::optional<hms::Incident> incident = m_model->incidentAt(m_model->rowOfId(id));
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("rootCauseDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Root cause of incident #%1").arg(id));
    dialog->setLabelText(tr("Link of the issue that tracks the root cause (JIRA, GitHub); empty removes the link:"));
    dialog->setTextValue(!retry.isNull() ? retry : incident ? incident->rootCauseUrl : QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id](const QString &url) {
        const QString by = app::currentUser();
        m_engine.runOnOps(
            this, [=](hms::OpsCore &ops) { return ops.incidents().linkRootCause(id, url, by, nowMs()); },
            [this, id, url](const QString &problem) {
                if (!problem.isEmpty()) {
                    QMessageBox::warning(this, tr("Root cause"), problem);
                    requestRootCause(id, url); // ask again, the bad link still there to fix
                }
            });
    });
    dialog->open();
}

void MainWindow::openRca(qint64 id)
{
    auto *dialog = new RcaDialog(m_engine, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowFlag(Qt::Window, true);
    dialog->show();
}

void MainWindow::openTrace(const QString &traceId)
{
    auto *dialog = new TraceDialog(m_engine, traceId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TraceDialog::incidentChosen, this, [this](qint64 id) {
        if (!m_desk->selectIncident(id)) {
            m_desk->setShowResolved(true);
            m_desk->selectIncident(id);
        }
    });
    dialog->open();
}

void MainWindow::requestSilence(qint64 id)
{
    // Pre-filled with the labels that identify the alert (alertname and the series' labels), not
    // severity or the labels its rule adds to every alert: the silence holds back this alert,
    // not every alert of that severity.
    m_engine.runOnOps(
        this,
        [id](hms::OpsCore &ops) {
            QString matchers;
            if (const auto incident = ops.incidents().incident(id)) {
                hms::Labels ruleLabels;
                for (const hms::Rule &r : ops.catalog().rules())
                    if (r.name == incident->rule)
                        ruleLabels = r.labels;
                QStringList parts;
                for (const auto &[k, v] : hms::SilenceService::identifyingLabels(*incident, ruleLabels)) {
                    QString escaped = v;
                    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
                    parts << QStringLiteral("%1=\"%2\"").arg(k, escaped);
                }
                matchers = u'{' + parts.join(QStringLiteral(", ")) + u'}';
            }
            return matchers;
        },
        [this, id](const QString &matchers) {
            // Window-modal, not a nested event loop: the desk keeps updating behind it.
            auto *editor = new SilenceEditor(m_engine, matchers, id, this);
            editor->setAttribute(Qt::WA_DeleteOnClose);
            connect(editor, &QDialog::accepted, this, [this, editor] {
                statusBar()->showMessage(tr("Silence %1 created").arg(editor->createdId().left(8)), 30000);
            });
            editor->open();
        });
}

void MainWindow::requestAcknowledge(qint64 id)
{
    const QString by = app::currentUser();
    m_engine.runOnOps(
        this, [id, by](hms::OpsCore &ops) { return ops.incidents().acknowledge(id, by, nowMs()); },
        [this, id](const QString &error) {
            onActionDone(id, error.isEmpty() ? QString() : tr("Could not acknowledge incident %1: %2").arg(id).arg(error));
        });
}

void MainWindow::requestResolve(qint64 id)
{
    const QString by = app::currentUser();
    m_engine.runOnOps(
        this, [id, by](hms::OpsCore &ops) { return ops.incidents().resolve(id, by, nowMs()); },
        [this, id](const QString &error) {
            onActionDone(id, error.isEmpty() ? QString() : tr("Could not resolve incident %1: %2").arg(id).arg(error));
        });
}

void MainWindow::onActionDone(qint64 id, const QString &failure)
{
    if (!failure.isEmpty())
        statusBar()->showMessage(failure, 30000);
    // The change itself arrived through incidentChanged before this answer; re-show the
    // incident to re-enable the buttons whatever happened.
    if (m_detail->incidentId() == id) {
        if (const std::optional<hms::Incident> incident = m_model->incidentAt(m_model->rowOfId(id)))
            m_detail->setIncident(*incident);
    }
}
