// The whole window against a real engine: a rule with `for: 0s` fires on pushed samples and the
// desk shows the incident in firing red; selecting it shows its playbook; Acknowledge and
// Resolve work through the ops thread; the chart plots samples, aggregate and threshold.
#include "Engine.h"
#include "EventModel.h"
#include "IncidentDesk.h"
#include "IncidentDetail.h"
#include "IncidentModel.h"
#include "MainWindow.h"
#include "MarkdownView.h"
#include "MetricChart.h"
#include "SettingsDialog.h"
#include "NotificationsDialog.h"
#include "OnCallDialogs.h"
#include "SilenceDialogs.h"
#include "alerting/Silence.h"
#include "incidents/Catalog.h"
#include "notify/Outbox.h"
#include "ingest/PushParser.h"
#include "store/SeriesStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QLineSeries>
#include <QInputDialog>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QDateTimeEdit>
#include <QTableWidget>
#include <QTest>
#include <QTextDocument>

using hms::Incident;

namespace {
// The seed's rule, made to fire on the first tick that sees the samples.
const QByteArray seedRule = QByteArrayLiteral("metric: aid_form.latency_ms\n"
                                              "aggregate: p95\n"
                                              "threshold: \"> 1000\"\n"
                                              "for: 0s\n"
                                              "notify: fema_oncall\n"
                                              "playbook: pb_aid_latency\n");

int rowWithBackground(const QAbstractItemModel *model, const QColor &colour)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, IncidentModel::StateColumn).data(Qt::BackgroundRole).value<QColor>() == colour)
            return row;
    }
    return -1;
}

QColor rowBackground(const QAbstractItemModel *model, int row)
{
    return model->index(row, IncidentModel::StateColumn).data(Qt::BackgroundRole).value<QColor>();
}
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void webhookValidation_data();
    void webhookValidation();
    void markdownViewLoadsNothingRemote();
    void firingIncidentTurnsRed();
};

void TestMainWindow::markdownViewLoadsNothingRemote()
{
    MarkdownView view;
    QSignalSpy links(&view, &MarkdownView::linkActivated);
    const QString path = QFINDTESTDATA("gui/tst_mainwindow.cpp"); // a file that certainly exists
    QVERIFY(!path.isEmpty());
    QVERIFY(!view.loadResource(QTextDocument::HtmlResource, QUrl::fromLocalFile(path)).isValid());
    QVERIFY(!view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("http://127.0.0.1:9/x.png"))).isValid());
    QVERIFY(!view.loadResource(QTextDocument::ImageResource, QUrl(QStringLiteral("tst_mainwindow.cpp"))).isValid());
    // The engine's own resources are allowed.
    const QVariant playbook
        = view.loadResource(QTextDocument::MarkdownResource, QUrl(QStringLiteral("qrc:/hms/examples/pb_aid_latency.md")));
    QVERIFY(playbook.toString().contains(QStringLiteral("pb_aid_latency")));
    // Links are reported, not followed.
    view.setMarkdownText(QStringLiteral("[remote](https://example.org/)"));
    view.setSource(QUrl(QStringLiteral("https://example.org/")));
    QCOMPARE(links.count(), 1);
    QVERIFY(view.toPlainText().contains(QStringLiteral("remote")));
}

void TestMainWindow::webhookValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("ok");
    QTest::addRow("slack") << QStringLiteral("https://hooks.slack.com/services/T000/B000/XXXX") << true;
    QTest::addRow("http loopback") << QStringLiteral("http://127.0.0.1:8080/hook") << true;
    QTest::addRow("padded") << QStringLiteral("  https://example.org/hook  ") << true;
    QTest::addRow("empty") << QString() << false;
    QTest::addRow("no scheme") << QStringLiteral("hooks.slack.com/services/x") << false;
    QTest::addRow("ftp") << QStringLiteral("ftp://example.org/hook") << false;
    QTest::addRow("file") << QStringLiteral("file:///etc/passwd") << false;
    QTest::addRow("no host") << QStringLiteral("https:///path") << false;
    QTest::addRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
}

void TestMainWindow::webhookValidation()
{
    QFETCH(QString, url);
    QFETCH(bool, ok);
    const QString error = SettingsDialog::validateWebhookUrl(url);
    QCOMPARE(error.isEmpty(), ok);
}

void TestMainWindow::firingIncidentTurnsRed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    hms::EngineOptions options;
    options.dataDir = dir.path();
    options.apiPort = 0;
    options.statsdPort = 0;
    options.tickMs = 100;
    options.loadExamples = true;
    options.keychainService = QStringLiteral("hms-ops-test");
    hms::Engine engine(options);
    QString error;
    QVERIFY2(engine.start(&error), qPrintable(error));

    MainWindow window(engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("HMS Ops Center"));

    auto *table = window.findChild<QTableView *>(QStringLiteral("incidentTable"));
    auto *desk = window.findChild<IncidentDesk *>(QStringLiteral("incidentDesk"));
    auto *detail = window.findChild<IncidentDetail *>(QStringLiteral("incidentDetail"));
    auto *playbook = window.findChild<MarkdownView *>(QStringLiteral("playbook"));
    auto *timeline = window.findChild<QListView *>(QStringLiteral("timeline"));
    auto *ackButton = window.findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    auto *resolveButton = window.findChild<QPushButton *>(QStringLiteral("resolveButton"));
    auto *stateFilter = window.findChild<QComboBox *>(QStringLiteral("stateFilter"));
    auto *chart = window.findChild<MetricChart *>(QStringLiteral("metricChart"));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("metricCombo"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(table && desk && detail && playbook && timeline && ackButton && resolveButton && stateFilter && chart
            && combo && status);
    QAbstractItemModel *deskModel = table->model();
    QVERIFY(!ackButton->isEnabled()); // nothing selected yet
    QVERIFY(!resolveButton->isEnabled());

    // Install the rule on the ops thread, as opsctl would.
    bool installed = false;
    QStringList installErrors;
    engine.runOnOps(
        &window,
        [](hms::OpsCore &ops) {
            QStringList messages;
            for (const hms::RuleParseError &e : ops.catalog().installRules(seedRule, QStringLiteral("t.yml")))
                messages.append(e.toString());
            return messages;
        },
        [&](const QStringList &messages) {
            installErrors = messages;
            installed = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(installed, 5000);
    QVERIFY2(installErrors.isEmpty(), qPrintable(installErrors.join(u'\n')));

    // The chart follows the first rule: its title, threshold line and aggregate name.
    QTRY_COMPARE_WITH_TIMEOUT(combo->currentText(), QStringLiteral("aid_form.latency_ms"), 5000);
    QCOMPARE(chart->title(), QStringLiteral("aid_form.latency_ms — p95 > 1000"));
    QCOMPARE(chart->threshold(), std::optional<double>(1000.0));

    // A burst of slow requests.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<hms::PushedSample> samples;
    for (int i = 0; i < 5; ++i) {
        hms::PushedSample s;
        s.name = QStringLiteral("aid_form.latency_ms");
        s.value = 1500.0 + i;
        s.timestampMs = now - 50 + i * 10;
        samples.push_back(s);
    }
    QCOMPARE(engine.store().applyPushed(samples, now), 5);

    // The incident turns up red.
    const QColor red = IncidentModel::stateColor(Incident::State::Triggered);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithBackground(deskModel, red) >= 0, 10000);
    const int row = rowWithBackground(deskModel, red);
    const qint64 id = deskModel->index(row, 0).data(IncidentModel::IncidentIdRole).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(deskModel->index(row, IncidentModel::StateColumn).data().toString(),
             IncidentModel::stateLabel(Incident::State::Triggered));
    QCOMPARE(deskModel->index(row, IncidentModel::ServiceColumn).data().toString(), QStringLiteral("aid_form"));
    // The desktop channel announced it (a tray message where the desktop has a tray).
    QTRY_VERIFY_WITH_TIMEOUT(window.lastDesktopNotification().startsWith(QStringLiteral("t on aid_form: p95")),
                             5000);
    QCOMPARE(deskModel->index(row, IncidentModel::RuleColumn).data(Qt::ForegroundRole).value<QColor>(),
             QColor(Qt::white));

    // Selecting it shows the incident, its timeline and the seed's playbook.
    table->selectRow(row);
    QCOMPARE(desk->selectedIncidentId(), id);
    QCOMPARE(detail->incidentId(), id);
    QTRY_VERIFY_WITH_TIMEOUT(playbook->toPlainText().contains(QStringLiteral("kubectl top pod svc-aid-form")), 5000);
    QVERIFY(playbook->toPlainText().contains(QStringLiteral("Post update in #incident-fema")));
    QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() > 0, 5000);
    QVERIFY(ackButton->isEnabled());
    QVERIFY(resolveButton->isEnabled());

    // The chart plots the raw samples, the per-tick p95 and the threshold at 1000.
    QTRY_VERIFY_WITH_TIMEOUT(chart->rawSeries()->count() > 0, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(chart->aggregateSeries()->count() > 0, 5000);
    QCOMPARE(chart->thresholdSeries()->count(), 2);
    QCOMPARE(chart->thresholdSeries()->at(0).y(), 1000.0);
    QVERIFY(chart->rawSeries()->at(0).y() >= 1500.0);

    // The window measures its own event-loop lag into the store (a flush a second, via the ops thread).
    QTRY_VERIFY_WITH_TIMEOUT(engine.store().metricNames().contains(QStringLiteral("ops_gui_event_loop_lag_ms")), 5000);
    QVERIFY(!engine.store().range({QStringLiteral("ops_gui_event_loop_lag_ms"), {}}, 0, now + 60000).empty());

    // The status bar names the endpoints and counts what the store holds.
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(engine.endpoints().api.toDisplayString()), 3000);
    QVERIFY(status->text().contains(QStringLiteral("StatsD")));

    // Acknowledge: amber, with the event on the timeline; the button is spent.
    const int eventsBeforeAck = timeline->model()->rowCount();
    QTest::mouseClick(ackButton, Qt::LeftButton);
    const QColor amber = IncidentModel::stateColor(Incident::State::Acknowledged);
    QTRY_COMPARE_WITH_TIMEOUT(rowBackground(deskModel, table->currentIndex().row()), amber, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(timeline->model()->rowCount() > eventsBeforeAck, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!ackButton->isEnabled() && resolveButton->isEnabled(), 5000);
    QCOMPARE(detail->incident()->state, Incident::State::Acknowledged);

    // Silence…: the editor opens with the alert's identifying labels and "until resolved"; an
    // empty comment is refused in the editor; a good one creates the silence.
    auto *silenceButton = window.findChild<QPushButton *>(QStringLiteral("silenceButton"));
    QVERIFY(silenceButton && silenceButton->isEnabled());
    QTest::mouseClick(silenceButton, Qt::LeftButton);
    QPointer<SilenceEditor> editor;
    QTRY_VERIFY_WITH_TIMEOUT((editor = window.findChild<SilenceEditor *>(QStringLiteral("silenceEditor"))), 5000);
    auto *matchers = editor->findChild<QLineEdit *>(QStringLiteral("silenceMatchers"));
    QVERIFY2(matchers->text().contains(QStringLiteral("alertname=\"t\"")) && !matchers->text().contains(QStringLiteral("severity")),
             qPrintable(matchers->text()));
    QVERIFY(editor->findChild<QCheckBox *>(QStringLiteral("silenceUntilResolved"))->isChecked());
    auto *create = editor->findChild<QPushButton *>(QStringLiteral("silenceCreate"));
    auto *errors = editor->findChild<QLabel *>(QStringLiteral("silenceErrors"));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(errors->isVisible() && errors->text().contains(QStringLiteral("comment")), 5000);
    editor->findChild<QPlainTextEdit *>(QStringLiteral("silenceComment"))->setPlainText(QStringLiteral("failover drill"));
    editor->findChild<QLineEdit *>(QStringLiteral("silenceAuthor"))->setText(QStringLiteral("ana"));
    if (const QString dir = qEnvironmentVariable("HMS_SCREENSHOT_DIR"); !dir.isEmpty()) // scripts/screenshots.sh
        QVERIFY(window.grab().save(dir + QStringLiteral("/silence-editor-window.png"))
                && editor->grab().save(dir + QStringLiteral("/silence-editor.png")));
    QTest::mouseClick(create, Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(editor.isNull(), qPrintable(editor ? errors->text() : QString()), 5000); // accepted and closed
    auto silencesNow = [&] {
        std::optional<std::vector<hms::Silence>> out;
        engine.runOnOps(
            &window, [](hms::OpsCore &ops) { return ops.silences().silences(false, QDateTime::currentMSecsSinceEpoch()); },
            [&](const std::vector<hms::Silence> &list) { out = list; });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 5000))
            qWarning("no answer from the ops thread within 5 s");
        return out.value_or(std::vector<hms::Silence>{{}}); // no answer: a list that fails every check
    };
    const auto created = silencesNow();
    QCOMPARE(created.size(), std::size_t(1));
    QCOMPARE(created.front().untilResolvedIncident, id);

    // Escalate is offered only for incidents whose rule has an escalation policy (this one has none).
    auto *escalateButton = window.findChild<QPushButton *>(QStringLiteral("escalateButton"));
    QVERIFY(escalateButton && !escalateButton->isEnabled());

    // Reassign…: the rotation is offered; the assignee follows.
    auto *reassignButton = window.findChild<QPushButton *>(QStringLiteral("reassignButton"));
    QVERIFY(reassignButton && reassignButton->isEnabled());
    QTest::mouseClick(reassignButton, Qt::LeftButton);
    QPointer<QInputDialog> reassign;
    QTRY_VERIFY_WITH_TIMEOUT((reassign = window.findChild<QInputDialog *>(QStringLiteral("reassignDialog"))), 5000);
    QVERIFY(reassign->comboBoxItems().contains(QStringLiteral("jordan-dev")));
    reassign->setTextValue(QStringLiteral("jordan-dev"));
    reassign->accept();
    QTRY_COMPARE_WITH_TIMEOUT(detail->incident()->assignee, QStringLiteral("jordan-dev"), 5000);

    // Resolve: the incident leaves the desk unless resolved incidents are shown.
    QTest::mouseClick(resolveButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.incidentModel()->incidentAt(window.incidentModel()->rowOfId(id))->state,
                              Incident::State::Resolved, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(deskModel->rowCount(), window.incidentModel()->rowCount() - 1, 5000);
    QVERIFY(!ackButton->isEnabled());
    QVERIFY(!resolveButton->isEnabled());
    stateFilter->setCurrentIndex(stateFilter->findText(QStringLiteral("All states")));
    QCOMPARE(deskModel->rowCount(), window.incidentModel()->rowCount());
    QTRY_VERIFY_WITH_TIMEOUT(silencesNow().empty(), 5000); // "until resolved" ended with the incident
    QVERIFY(rowWithBackground(deskModel, IncidentModel::stateColor(Incident::State::Resolved)) >= 0);

    // Alerts → Service level objectives…: an SLO just created, with no data yet.
    std::optional<bool> sloCreated;
    engine.runOnOps(
        &window,
        [](hms::OpsCore &ops) {
            return ops.catalog()
                .createSlo("id: aid_latency\nobjective: 99.9%\nlatency:\n  metric: aid_form.latency_ms\n"
                           "  threshold: \"< 800\"\n",
                           QStringLiteral("slo.yml"))
                .empty();
        },
        [&sloCreated](bool ok) { sloCreated = ok; });
    QTRY_VERIFY(sloCreated.has_value());
    QVERIFY(*sloCreated);
    // What the recorder would have written after 33 minutes of a 20x burn (the board reads the
    // recorded series, like the API).
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto gauge = [now](const char *name, const char *window, double v) {
            hms::PushedSample p;
            p.name = QString::fromLatin1(name);
            p.labels = {{QStringLiteral("slo"), QStringLiteral("aid_latency")}};
            if (*window)
                p.labels.insert_or_assign(QStringLiteral("window"), QString::fromLatin1(window));
            p.value = v;
            p.timestampMs = now;
            p.kind = hms::PushedSample::Kind::Gauge;
            return p;
        };
        QCOMPARE(engine.store().applyPushed({gauge("slo_error_budget_remaining", "", 0.42),
                                             gauge("slo_burn_rate", "5m", 20), gauge("slo_burn_rate", "1h", 11),
                                             gauge("slo_burn_rate", "6h", 1.83), gauge("slo_burn_rate", "3d", 0.15)},
                                            now),
                 5);
    }
    window.findChild<QAction *>(QStringLiteral("actionSlos"))->trigger();
    auto *slos = window.findChild<SlosDialog *>(QStringLiteral("slosDialog"));
    QVERIFY(slos);
    auto *slosTable = slos->findChild<QTableWidget *>(QStringLiteral("slosTable"));
    QTRY_COMPARE_WITH_TIMEOUT(slosTable->rowCount(), 1, 5000);
    QCOMPARE(slosTable->item(0, 0)->text(), QStringLiteral("aid_latency"));
    QCOMPARE(slosTable->item(0, 2)->text(), QStringLiteral("99.9%"));
    QCOMPARE(slosTable->item(0, 3)->text(), QStringLiteral("30d"));
    QCOMPARE(slosTable->item(0, 4)->text(), QStringLiteral("42.0%"));
    QCOMPARE(slosTable->item(0, 5)->text(), QStringLiteral("20.00×"));
    QCOMPARE(slosTable->item(0, 6)->text(), QStringLiteral("11.00×"));
    // The SLO's own alerts: "none", unless a minute boundary passed since the SLO was created.
    // Then the recorder has written a real minute of the burn this test caused earlier (it reads
    // aid_form.latency_ms, not the gauges pushed above), and its alerts may be firing already.
    // Either way, the cell names actions and alerts as the board shows them.
    const QString firing = slosTable->item(0, 9)->text();
    static const QRegularExpression entry(QStringLiteral("^(page|ticket) (fast_burn|slow_burn|budget_burn)$"));
    if (firing != u"none")
        for (const QString &e : firing.split(QStringLiteral(", ")))
            QVERIFY2(entry.match(e).hasMatch(), qPrintable(firing));
    if (const QString dir = qEnvironmentVariable("HMS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(slos->grab().save(dir + QStringLiteral("/slo-board.png")));
    slos->accept();

    // Alerts → Notifications…: the outbox as the ops thread has it.
    std::optional<size_t> outboxRows;
    engine.runOnOps(
        &window, [](hms::OpsCore &ops) { return ops.outbox().messages(500).size(); },
        [&outboxRows](size_t n) { outboxRows = n; });
    QTRY_VERIFY(outboxRows.has_value());
    window.findChild<QAction *>(QStringLiteral("actionNotifications"))->trigger();
    auto *notifications = window.findChild<NotificationsDialog *>(QStringLiteral("notificationsDialog"));
    QVERIFY(notifications);
    auto *outboxTable = notifications->findChild<QTableWidget *>(QStringLiteral("notificationsTable"));
    QTRY_COMPARE_WITH_TIMEOUT(size_t(outboxTable->rowCount()), *outboxRows, 5000);
    QVERIFY(!notifications->findChild<QPushButton *>(QStringLiteral("retryNotification"))->isEnabled());
    notifications->accept();

    // Alerts → On call…: who holds the seed's rotation at a chosen moment, and until when.
    window.findChild<QAction *>(QStringLiteral("actionOnCall"))->trigger();
    auto *onCall = window.findChild<OnCallDialog *>(QStringLiteral("onCallDialog"));
    QVERIFY(onCall);
    auto *onCallTable = onCall->findChild<QTableWidget *>(QStringLiteral("onCallTable"));
    onCall->findChild<QDateTimeEdit *>(QStringLiteral("onCallAt"))
        ->setDateTime(QDateTime(QDate(2026, 1, 6), QTime(12, 0), Qt::UTC).toLocalTime());
    QTRY_VERIFY_WITH_TIMEOUT(onCallTable->rowCount() == 1 && onCallTable->item(0, 1)
                                 && onCallTable->item(0, 1)->text() == u"alex-ops",
                             5000);
    QCOMPARE(onCallTable->item(0, 0)->text(), QStringLiteral("fema_oncall"));
    QCOMPARE(onCallTable->item(0, 4)->text(), QStringLiteral("Mon 2026-01-12 08:00 EST"));
    QVERIFY2(onCallTable->item(0, 5)->text().startsWith(QStringLiteral("sam-sre from Mon 2026-01-12 08:00 EST")),
             qPrintable(onCallTable->item(0, 5)->text()));
    if (const QString dir = qEnvironmentVariable("HMS_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(onCall->grab().save(dir + QStringLiteral("/on-call.png")));
    onCall->accept();

    // File → Settings…: a bad URL is refused with a message and the dialog stays open (nothing
    // reaches the keychain); Cancel closes it.
    auto *settingsAction = window.findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(settingsAction);
    settingsAction->trigger();
    auto *dialog = window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *urlEdit = dialog->findChild<QLineEdit *>(QStringLiteral("slackWebhookEdit"));
    auto *settingsError = dialog->findChild<QLabel *>(QStringLiteral("settingsError"));
    auto *slackStatus = dialog->findChild<QLabel *>(QStringLiteral("slackStatus"));
    QVERIFY(urlEdit && settingsError && slackStatus);
    QCOMPARE(urlEdit->echoMode(), QLineEdit::Password);
    QTRY_VERIFY_WITH_TIMEOUT(slackStatus->text().contains(QStringLiteral("disabled")), 5000);
    urlEdit->setText(QStringLiteral("ftp://hooks.example.org/x"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(settingsError->isVisible());
    QVERIFY(!settingsError->text().isEmpty());
    QPointer<SettingsDialog> dialogGuard(dialog);
    dialog->reject();
    QTRY_VERIFY(dialogGuard.isNull()); // WA_DeleteOnClose
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
