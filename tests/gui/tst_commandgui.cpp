// Incident command in the window, against a real engine (#7): the desk's filters and bulk
// acknowledgement, the checklist, the playbook editor's conflict handling, the RCA form and its
// exports, offline replay of a bundle, and the rotation editor with its calendar.
// HMS_SCREENSHOT_DIR=DIR saves what each looks like.
#include "Engine.h"
#include "DashboardTiles.h"
#include "DashboardView.h"
#include "EventModel.h"
#include "IncidentDesk.h"
#include "IncidentDetail.h"
#include "IncidentFilterProxy.h"
#include "IncidentModel.h"
#include "MainWindow.h"
#include "MarkdownView.h"
#include "PlaybookEditor.h"
#include "RcaDialog.h"
#include "RcaExport.h"
#include "ReplayWindow.h"
#include "RotationEditor.h"
#include "incidents/Catalog.h"
#include "incidents/IncidentService.h"
#include "incidents/Rca.h"
#include "ingest/PushParser.h"
#include "replay/Bundle.h"
#include "store/SeriesStore.h"

#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using hms::Incident;

namespace {
const QByteArray kRule = QByteArrayLiteral("name: AID_LAT_P95_HIGH\n"
                                           "metric: aid_form.latency_ms\n"
                                           "aggregate: p95\n"
                                           "threshold: \"> 1000\"\n"
                                           "for: 0s\n"
                                           "notify: fema_oncall\n"
                                           "playbook: pb_aid_latency\n");

void shot(QWidget *w, const char *name)
{
    if (const QString dir = qEnvironmentVariable("HMS_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QCoreApplication::processEvents(); // pending layout requests: the picture as a user sees it
        QVERIFY(w->grab().save(dir + u'/' + QString::fromLatin1(name)));
    }
}

template<typename Work>
auto onOps(hms::Engine &engine, QObject *context, Work work)
{
    using Result = decltype(work(std::declval<hms::OpsCore &>()));
    std::optional<Result> result;
    engine.runOnOps(context, work, [&result](const Result &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
        qFatal("the ops thread did not answer");
    return *result;
}
} // namespace

class TestCommandGui : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<hms::Engine> m_engine;
    QObject m_context;

    // Pushes slow samples for each region; the rule fires one incident per region.
    std::vector<qint64> fire(const QStringList &regions)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::vector<hms::PushedSample> samples;
        for (const QString &region : regions) {
            for (int i = 0; i < 5; ++i) { // a quiet minute first
                hms::PushedSample s;
                s.name = QStringLiteral("aid_form.latency_ms");
                s.labels = {{QStringLiteral("region"), region}};
                s.value = 300.0 + i;
                s.timestampMs = now - 60'000 + i * 10'000;
                samples.push_back(s);
            }
            for (int i = 0; i < 5; ++i) {
                hms::PushedSample s;
                s.name = QStringLiteral("aid_form.latency_ms");
                s.labels = {{QStringLiteral("region"), region}};
                s.value = 1500.0 + i;
                s.timestampMs = now - 50 + i * 10;
                if (i == 4)
                    s.traceId = QStringLiteral("trace-%1").arg(region);
                samples.push_back(s);
            }
        }
        m_engine->store().applyPushed(samples, now);
        std::vector<qint64> ids;
        (void)QTest::qWaitFor(
            [&] {
                ids.clear();
                for (const Incident &i : onOps(*m_engine, &m_context, [](hms::OpsCore &ops) { return ops.incidents().incidents(true); }))
                    if (regions.contains(i.labels.count(QStringLiteral("region")) ? i.labels.at(QStringLiteral("region")) : QString()))
                        ids.push_back(i.id);
                return ids.size() == std::size_t(regions.size());
            },
            10000);
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        hms::EngineOptions options;
        options.dataDir = m_dir.path();
        options.tickMs = 100;
        options.loadExamples = true;
        options.keychainService = QStringLiteral("hms-ops-test");
        m_engine = std::make_unique<hms::Engine>(options);
        QString error;
        QVERIFY2(m_engine->start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->historyLoaded(), 10000);
        const auto errors = onOps(*m_engine, &m_context, [](hms::OpsCore &ops) {
            QStringList out;
            for (const auto &e : ops.catalog().installRules(kRule, QStringLiteral("latency_alert.yml")))
                out << e.toString();
            return out;
        });
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void cleanupTestCase() { m_engine.reset(); }

    void deskFiltersBulkAcknowledgesAndTicksTheChecklist()
    {
        MainWindow window(*m_engine);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const auto ids = fire({QStringLiteral("us-east"), QStringLiteral("us-west"), QStringLiteral("pr")});
        QCOMPARE(ids.size(), std::size_t(3));
        IncidentDesk *desk = window.desk();
        QTRY_COMPARE_WITH_TIMEOUT(desk->proxy()->rowCount(), 3, 5000);

        // Free text narrows the desk; the trace ids went onto the incidents.
        desk->setSearchText(QStringLiteral("us-"));
        QCOMPARE(desk->proxy()->rowCount(), 2);
        desk->view()->selectAll();
        QCOMPARE(desk->selectedIncidentIds().size(), std::size_t(2));
        auto *bulk = window.findChild<QPushButton *>(QStringLiteral("bulkAcknowledge"));
        QVERIFY(bulk && bulk->isEnabled());
        QCOMPARE(bulk->text(), QStringLiteral("Acknowledge selected (2)"));
        shot(&window, "incident-desk-filtered.png");
        QTest::mouseClick(bulk, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.incidentModel()->countInState(Incident::State::Acknowledged), 2, 5000);
        QCOMPARE(window.incidentModel()->countInState(Incident::State::Triggered), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!bulk->isEnabled(), 5000);

        // The state filter: only what is still firing.
        desk->setSearchText({});
        auto *state = window.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        state->setCurrentIndex(state->findText(QStringLiteral("Firing")));
        QCOMPARE(desk->proxy()->rowCount(), 1);
        const qint64 firing = desk->proxy()->index(0, 0).data(IncidentModel::IncidentIdRole).toLongLong();

        // The detail: the playbook's steps as a checklist; a tick lands on the timeline.
        QVERIFY(desk->selectIncident(firing));
        IncidentDetail *detail = window.detail();
        QCOMPARE(detail->incidentId(), firing);
        QTRY_COMPARE_WITH_TIMEOUT(detail->checklist()->count(), 4, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!detail->traceIds().isEmpty(), 5000);
        detail->checklist()->item(0)->setCheckState(Qt::Checked);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const auto &e : detail->eventModel()->events())
                    if (e.kind == u"step" && e.data.value(QStringLiteral("done")).toBool())
                        return true;
                return false;
            }(),
            5000);
        shot(&window, "incident-detail-checklist.png");

        // The trace drill-down from the incident.
        window.openTrace(detail->traceIds().front());
        auto *traces = window.findChild<QDialog *>(QStringLiteral("traceDialog"));
        QVERIFY(traces);
        auto *traceIncidents = traces->findChild<QTableWidget *>(QStringLiteral("traceIncidents"));
        QTRY_COMPARE_WITH_TIMEOUT(traceIncidents->rowCount(), 1, 5000);
        QCOMPARE(traces->findChild<QTableWidget *>(QStringLiteral("traceSamples"))->rowCount(), 1);
        traces->close();
    }

    void playbookEditorRefusesASecondSaveFromAnOldVersion()
    {
        PlaybookEditor alex(*m_engine, QStringLiteral("pb_aid_latency"));
        PlaybookEditor sam(*m_engine, QStringLiteral("pb_aid_latency"));
        QSignalSpy alexLoaded(&alex, &PlaybookEditor::loaded);
        QSignalSpy samLoaded(&sam, &PlaybookEditor::loaded);
        QVERIFY(alexLoaded.wait(5000) || alexLoaded.count() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(samLoaded.count() > 0, 5000);
        const int base = alex.baseVersion();
        QCOMPARE(sam.baseVersion(), base);
        QCOMPARE(alex.usedBy(), QStringList{QStringLiteral("AID_LAT_P95_HIGH")});

        const QString original = alex.text();
        alex.setText(original + QStringLiteral("5. Page the database on-call.\n"));
        // The preview follows the text.
        QTRY_VERIFY_WITH_TIMEOUT(alex.preview()->toPlainText().contains(QStringLiteral("Page the database on-call")), 3000);
        QSignalSpy alexSaved(&alex, &PlaybookEditor::saved);
        alex.save();
        QVERIFY(alexSaved.wait(5000));
        QCOMPARE(alexSaved.first().first().toInt(), base + 1);

        sam.setText(original + QStringLiteral("5. Check the CDN.\n"));
        QSignalSpy conflict(&sam, &PlaybookEditor::conflicted);
        sam.save();
        QVERIFY(conflict.wait(5000));
        QVERIFY2(conflict.first().first().toString().contains(QStringLiteral("conflict")), qPrintable(sam.lastMessage()));
        // Sam's text is kept in the editor; what is stored is Alex's; the diff shows both.
        QVERIFY(sam.text().contains(QStringLiteral("Check the CDN")));
        const auto stored = onOps(*m_engine, &m_context, [](hms::OpsCore &ops) { return ops.catalog().playbook(QStringLiteral("pb_aid_latency"))->markdown; });
        QVERIFY(stored.contains(QStringLiteral("Page the database on-call")));
        QVERIFY(!stored.contains(QStringLiteral("Check the CDN")));
        QVERIFY(sam.diffView()->toPlainText().contains(QStringLiteral("Check the CDN")));
        shot(&sam, "playbook-conflict.png");

        // Sam merges by hand and saves on top of Alex's version.
        sam.setText(stored + QStringLiteral("6. Check the CDN.\n"));
        sam.keepMineOverTheirs();
        QSignalSpy samSaved(&sam, &PlaybookEditor::saved);
        sam.save();
        QVERIFY(samSaved.wait(5000));
        QCOMPARE(samSaved.first().first().toInt(), base + 2);
        QTRY_COMPARE_WITH_TIMEOUT(int(sam.versions().size()), base + 2, 5000);
        // The conflict's diff gives way to what the new version changed.
        QVERIFY2(sam.diffView()->toPlainText().contains(QStringLiteral("Version %1 by").arg(base + 2)),
                 qPrintable(sam.diffView()->toPlainText().left(200)));
        sam.resize(1500, 950);
        shot(&sam, "playbook-editor.png");
    }

    void rcaFormPrefillsSavesAndExports()
    {
        const auto ids = fire({QStringLiteral("guam")});
        QCOMPARE(ids.size(), std::size_t(1));
        const qint64 id = ids.front();
        // Resolved four minutes after it opened (a time given, not waited for): a visible firing band.
        QCOMPARE(onOps(*m_engine, &m_context, [id](hms::OpsCore &ops) {
                     return ops.incidents().resolve(id, QStringLiteral("alex"), QDateTime::currentMSecsSinceEpoch() + 4 * 60'000);
                 }),
                 QString());
        RcaDialog dialog(*m_engine, id);
        QSignalSpy loaded(&dialog, &RcaDialog::loaded);
        QVERIFY(loaded.wait(5000));
        const hms::Rca prefilled = dialog.rca();
        QVERIFY(prefilled.timeline.size() >= 3);
        QVERIFY(std::any_of(prefilled.timeline.begin(), prefilled.timeline.end(), [](const auto &e) { return e.starred; }));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("rcaImpact"))->text().contains(QStringLiteral("Duration:")));

        hms::Rca edited = prefilled;
        edited.factors = QStringLiteral("Replicas were pinned at 3 after the last change.");
        edited.wentWell = QStringLiteral("The p95 alert fired within a minute.");
        edited.learnings = QStringLiteral("Autoscaling limits need review with every release.");
        edited.actions.push_back({QStringLiteral("Raise the replica ceiling"), QStringLiteral("sam-sre"), QDate(2026, 12, 15),
                                  QStringLiteral("https://jira.example.gov/browse/AID-7"), false});
        dialog.setRca(edited);
        QSignalSpy saved(&dialog, &RcaDialog::saved);
        dialog.save();
        QVERIFY2(saved.wait(5000), qPrintable(dialog.lastMessage()));
        QCOMPARE(saved.first().first().toInt(), 1);

        const QString md = m_dir.filePath(QStringLiteral("review.md"));
        QCOMPARE(dialog.exportTo(int(RcaFormat::Markdown), md), QString());
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(mdFile.readAll());
        for (const auto &e : prefilled.timeline)
            QVERIFY2(markdown.contains(e.text), qPrintable(e.text)); // the pre-filled timeline
        QVERIFY(markdown.contains(QStringLiteral("Raise the replica ceiling")));
        QVERIFY(markdown.contains(QStringLiteral("![")));
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("review-chart-1.png"))));

        const QString pdf = m_dir.filePath(QStringLiteral("review.pdf"));
        QCOMPARE(dialog.exportTo(int(RcaFormat::Pdf), pdf), QString());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page/") >= 1,
                 "the PDF has no page");
        QVERIFY(!QFile::exists(pdf + QStringLiteral(".part")));

        const QString html = m_dir.filePath(QStringLiteral("review.html"));
        QCOMPARE(dialog.exportTo(int(RcaFormat::Html), html), QString());
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QVERIFY(htmlFile.readAll().contains("data:image/png;base64,"));

        // The chart image: the incident window with the firing interval shaded.
        const auto charts = rcaCharts(m_engine->store(), dialog.incident(), dialog.rules(), dialog.impact(), {800, 300});
        QVERIFY(!charts.empty());
        QCOMPARE(charts.front().image.size(), QSize(800, 300));
        if (const QString dir = qEnvironmentVariable("HMS_SCREENSHOT_DIR"); !dir.isEmpty())
            charts.front().image.save(dir + QStringLiteral("/rca-chart.png"));
        dialog.resize(1200, 1000);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shot(&dialog, "rca-form.png");
    }

    void replayPlaysABundleWithNoSourceConnected()
    {
        const auto ids = fire({QStringLiteral("alaska")});
        QCOMPARE(ids.size(), std::size_t(1));
        const qint64 id = ids.front();
        const hms::TimestampMs now = QDateTime::currentMSecsSinceEpoch();
        QCOMPARE(onOps(*m_engine, &m_context, [id, now](hms::OpsCore &ops) {
                     const QString ack = ops.incidents().acknowledge(id, QStringLiteral("alex"), now + 1000);
                     return ack.isEmpty() ? ops.incidents().resolve(id, QStringLiteral("alex"), now + 5000) : ack;
                 }),
                 QString());
        hms::SeriesStore *store = &m_engine->store();
        auto bundle = onOps(*m_engine, &m_context, [id, store](hms::OpsCore &ops) {
            QString error;
            return hms::collectBundle(id, 60'000, ops.incidents(), ops.catalog(), ops.silences(), &ops.rcas(), *store,
                                      QDateTime::currentMSecsSinceEpoch() + 10'000, &error);
        });
        QVERIFY(bundle);
        const QString path = m_dir.filePath(QStringLiteral("replay.hmsbundle"));
        QVERIFY(hms::saveBundle(*bundle, path).ok);

        ReplayWindow replay(std::move(*bundle), path);
        replay.show();
        QVERIFY(QTest::qWaitForWindowExposed(&replay));
        const Incident &inc = replay.session().bundle().incident;
        replay.setCursor(inc.openedAt - 30'000);
        QCOMPARE(replay.findChild<QLabel *>(QStringLiteral("replayState"))->text(), QStringLiteral("before the incident"));
        ChartTile *chart = nullptr;
        for (TileWidget *t : replay.view()->tiles())
            if (auto *c = qobject_cast<ChartTile *>(t))
                chart = c;
        QVERIFY(chart);
        QCOMPARE(chart->state(), hms::TileData::State::Ok);

        // Next event: the moment it fired; the chart and the event list are there too.
        replay.nextEvent();
        QCOMPARE(replay.cursor(), inc.openedAt);
        QCOMPARE(chart->state(), hms::TileData::State::Firing);
        // The list selects the last event of that instant (fired, assigned and playbook share it).
        QCOMPARE(replay.eventList()->currentItem()->data(Qt::UserRole).toLongLong(), inc.openedAt);
        QCOMPARE(replay.eventList()->item(0)->data(Qt::UserRole + 1).toString(), QStringLiteral("fired"));
        QVERIFY(replay.findChild<QLabel *>(QStringLiteral("replayState"))->text().startsWith(IncidentModel::stateLabel(Incident::State::Triggered)));

        // Playing at 60x moves a minute of incident time per second of wall time.
        replay.setSpeed(60);
        const hms::TimestampMs before = replay.cursor();
        replay.advance(100);
        QCOMPARE(replay.cursor(), before + 6000);
        QCOMPARE(chart->state(), hms::TileData::State::Ok); // resolved 5 s after it fired
        QVERIFY(replay.session().incidentAt(replay.cursor())->state == Incident::State::Resolved);
        replay.previousEvent();
        QVERIFY(replay.cursor() < before + 6000);

        // An annotation is saved back into the bundle file.
        QSignalSpy saved(&replay, &ReplayWindow::annotationsSaved);
        replay.addAnnotation(QStringLiteral("latency recovered after the scale-up"));
        QVERIFY(saved.wait(10000));
        QVERIFY(saved.first().first().toBool());
        hms::BundleIo io;
        const auto again = hms::loadBundle(path, &io);
        QVERIFY2(again, qPrintable(io.error));
        QCOMPARE(again->annotations.size(), std::size_t(1));
        QCOMPARE(again->annotations.front().text, QStringLiteral("latency recovered after the scale-up"));
        replay.setCursor(inc.openedAt + 2000);
        shot(&replay, "replay.png");
    }

    void rotationEditorReordersAndShowsTheCalendar()
    {
        RotationEditor editor(*m_engine);
        QSignalSpy loaded(&editor, &RotationEditor::loaded);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(loaded.first().first().toString(), QStringLiteral("fema_oncall"));
        QListWidget *members = editor.layerMembers();
        QVERIFY(members->count() >= 2);
        const QString first = members->item(0)->text();
        const QString second = members->item(1)->text();
        // A drag to the top is a row move in the list's model.
        QVERIFY(members->model()->moveRow(QModelIndex(), 1, QModelIndex(), 0));
        QCOMPARE(members->item(0)->text(), second);

        QString error;
        const auto rotation = editor.collect(&error);
        QVERIFY2(rotation, qPrintable(error));
        QCOMPARE(rotation->members.at(std::size_t(rotation->layers.front().members.front())).name, second);

        QSignalSpy saved(&editor, &RotationEditor::saved);
        editor.save();
        QVERIFY2(saved.wait(5000), qPrintable(editor.lastMessage()));
        const auto stored = onOps(*m_engine, &m_context, [](hms::OpsCore &ops) { return *ops.catalog().rotation(QStringLiteral("fema_oncall")); });
        QCOMPARE(stored.members.at(std::size_t(stored.layers.front().members.front())).name, second);
        QCOMPARE(stored.members.at(std::size_t(stored.layers.front().members.at(1))).name, first);

        // A bad override is named, and nothing is saved.
        editor.overrides()->insertRow(0);
        editor.overrides()->setItem(0, 0, new QTableWidgetItem(QStringLiteral("nobody-here")));
        editor.overrides()->setItem(0, 1, new QTableWidgetItem(QStringLiteral("2026-12-01 08:00")));
        editor.overrides()->setItem(0, 2, new QTableWidgetItem(QStringLiteral("2026-12-02 08:00")));
        QSignalSpy failed(&editor, &RotationEditor::failed);
        editor.save();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("overrides row 1: nobody-here")),
                 qPrintable(failed.first().first().toString()));
        editor.overrides()->item(0, 0)->setText(first);

        // The calendar: who is on call, from the same schedule code that pages.
        editor.tabs()->setCurrentIndex(1);
        const auto spans = editor.calendar()->spans();
        QVERIFY(spans.size() >= 2);
        QString err2;
        const auto now = editor.collect(&err2);
        QVERIFY(now);
        for (const auto &s : spans) {
            const auto who = now->onCallAt(s.start);
            QCOMPARE(who ? who->member : -1, s.member);
        }
        QVERIFY(std::any_of(spans.begin(), spans.end(), [](const auto &s) { return s.override; }));
        editor.resize(1300, 800);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        shot(&editor, "rotation-calendar.png");
        editor.tabs()->setCurrentIndex(0);
        shot(&editor, "rotation-editor.png");
    }
};

QTEST_MAIN(TestCommandGui)
#include "tst_commandgui.moc"
