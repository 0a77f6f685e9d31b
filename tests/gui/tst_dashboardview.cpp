// Dashboards on screen: each of the five templates renders offscreen with data behind every
// metric; a stat tile turns red when its rule's incident opens and back when it resolves; tiles
// show a stale mark, with how long, when their source stops; the window opens the seed's
// /dashboard/fema from a real engine; a wall ignores Esc and leaves on its chord.
#include "DashboardView.h"
#include "DashboardWindow.h"
#include "Engine.h"
#include "dash/DashboardFrame.h"
#include "ingest/PushParser.h"
#include "store/SeriesStore.h"

#include <QChartView>
#include <QDateTime>
#include <QToolButton>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hms;

namespace {
const TimestampMs kNow = 1'790'000'000'000LL;

// Ten minutes of samples, one every 5 s, for every metric a template reads,
// with each label value its match or series_by names.
void feed(SeriesStore &store, const Dashboard &d, TimestampMs until, double value)
{
    std::vector<PushedSample> in;
    for (const DashboardTile &t : d.tiles) {
        if (t.metric.isEmpty())
            continue;
        std::vector<Labels> series{t.match};
        if (!t.seriesBy.isEmpty()) {
            series.clear();
            for (const char *v : {"a", "b"}) {
                Labels l = t.match;
                l[t.seriesBy] = QLatin1String(v);
                series.push_back(l);
            }
        }
        for (const Labels &l : series)
            for (int i = 0; i < 120; ++i)
                in.push_back({t.metric, l, value + i % 7, until - (120 - i) * 5000, {}, PushedSample::Kind::Gauge});
    }
    store.applyPushed(in, until);
}

Rule ruleOn(const DashboardTile &tile, const QString &name)
{
    const QByteArray yaml = QStringLiteral("name: %1\nmetric: %2\naggregate: last\nthreshold: \"> 1000\"\n").arg(name, tile.metric).toUtf8();
    return parseRules(yaml, QStringLiteral("r.yml")).rules.at(0);
}
} // namespace

class TestDashboardView : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void everyTemplateRenders()
    {
        for (const Dashboard &d : dashboardTemplates()) {
            SeriesStore store;
            feed(store, d, kNow, 42);
            OpsSnapshot ops;
            DashboardView view;
            view.resize(1920, 1080);
            view.setDashboard(d, WallTheme::dark());
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            const auto frame = computeFrame(d, store, ops, kNow, [&view](size_t i) { return view.widthPx(i); });
            view.applyFrame(*frame);
            QCOMPARE(view.tiles().size(), d.tiles.size());
            for (TileWidget *tile : view.tiles()) {
                QVERIFY2(tile->width() > 100 && tile->height() > 60, qPrintable(d.name + u' ' + tile->tile().title));
                if (auto *stat = qobject_cast<StatTile *>(tile))
                    QVERIFY2(stat->valueText() != u"no data", qPrintable(d.name + u' ' + tile->tile().title));
                if (auto *chart = qobject_cast<ChartTile *>(tile)) {
                    const std::vector<int> counts = chart->linePointCounts();
                    QVERIFY(!counts.empty());
                    QVERIFY2(counts.front() > 0, qPrintable(d.name + u' ' + tile->tile().title));
                    // At most two points per pixel column of the plot.
                    QVERIFY(counts.front() <= 2 * std::max(chart->plotWidthPx(), 16) + 2);
                }
                QVERIFY(!tile->isStale());
            }
            const QImage shot = view.grab().toImage();
            QCOMPARE(shot.size(), QSize(1920, 1080));
            if (const QString dir = qEnvironmentVariable("HMS_SCREENSHOT_DIR"); !dir.isEmpty())
                QVERIFY(shot.save(QStringLiteral("%1/dashboard-%2.png").arg(dir, d.name)));
        }
    }

    void statTurnsRedWhileItsRuleFiresAndStaleWhenTheSourceStops()
    {
        const Dashboard d = dashboardTemplates().at(4); // HITL Backlog
        QCOMPARE(d.name, QStringLiteral("hitl_backlog"));
        const DashboardTile &queue = d.tiles.at(0);
        QCOMPARE(queue.metric, QStringLiteral("hitl.queue_size"));
        SeriesStore store;
        feed(store, d, kNow, 150);
        OpsSnapshot ops;
        ops.rules.push_back(ruleOn(queue, QStringLiteral("HITL_QUEUE_HIGH")));
        DashboardView view;
        view.resize(1280, 720);
        view.setDashboard(d, WallTheme::dark());
        auto *tile = qobject_cast<StatTile *>(view.tiles().at(0));
        QVERIFY(tile);
        view.applyFrame(*computeFrame(d, store, ops, kNow, {}));
        QCOMPARE(tile->state(), TileData::State::Ok);
        QCOMPARE(tile->valueText(), QStringLiteral("150")); // the last sample: 150 + 119 % 7
        const QColor calm = tile->grab().toImage().pixelColor(20, tile->height() - 20);

        Incident firing;
        firing.id = 3;
        firing.rule = QStringLiteral("HITL_QUEUE_HIGH");
        firing.openedAt = kNow - 30'000;
        ops.incidents.push_back(firing);
        view.applyFrame(*computeFrame(d, store, ops, kNow, {}));
        QCOMPARE(tile->state(), TileData::State::Firing);
        const QColor red = tile->grab().toImage().pixelColor(20, tile->height() - 20);
        QCOMPARE(red, WallTheme::dark().firing);
        QVERIFY(red != calm);
        // The incident ticker lists it, and is red too.
        auto *ticker = qobject_cast<InfoTile *>(view.tiles().at(6));
        QVERIFY(ticker);
        QVERIFY2(ticker->lines().value(0).startsWith(QStringLiteral("#3 ")), qPrintable(ticker->lines().join(u'|')));
        QCOMPARE(ticker->state(), TileData::State::Firing);

        // Acknowledged: amber, not red; resolved: calm again.
        ops.incidents.back().state = Incident::State::Acknowledged;
        view.applyFrame(*computeFrame(d, store, ops, kNow, {}));
        QCOMPARE(tile->state(), TileData::State::Acknowledged);
        ops.incidents.back().state = Incident::State::Resolved;
        ops.incidents.back().resolvedAt = kNow;
        view.applyFrame(*computeFrame(d, store, ops, kNow, {}));
        QCOMPARE(tile->state(), TileData::State::Ok);

        // Ingest stops: five minutes on, every tile with a source says STALE and since when.
        view.applyFrame(*computeFrame(d, store, ops, kNow + 5 * 60'000, {}));
        QVERIFY(tile->isStale());
        QCOMPARE(tile->staleText(), QStringLiteral("STALE · 5 min ago"));
        auto *chart = qobject_cast<ChartTile *>(view.tiles().at(4));
        QVERIFY(chart && chart->isStale());
        // The badge is drawn: amber pixels in the top right corner of the tile.
        const QImage shot = tile->grab().toImage();
        bool amber = false;
        for (int x = shot.width() - 60; x < shot.width() - 10 && !amber; ++x)
            amber = shot.pixelColor(x, 20) == WallTheme::dark().stale;
        QVERIFY(amber);
        // Data again: the mark goes.
        feed(store, d, kNow + 5 * 60'000, 150);
        view.applyFrame(*computeFrame(d, store, ops, kNow + 5 * 60'000, {}));
        QVERIFY(!tile->isStale());
    }

    void windowOpensTheSeedsDashboardAndAWallKeepsItsKeyboard()
    {
        EngineOptions options;
        options.dataDir = m_dir.path();
        options.persistSeries = false;
        options.keychainService = QStringLiteral("hms-ops-test");
        Engine engine(options);
        QString error;
        QVERIFY2(engine.start(&error), qPrintable(error));
        {
            DashboardWindow window(engine);
            QSignalSpy frames(&window, &DashboardWindow::frameApplied);
            window.show();
            QVERIFY(frames.wait(5000)); // the first saved dashboard (fema) comes up by itself
            QCOMPARE(window.currentName(), QStringLiteral("fema"));
            QCOMPARE(window.view()->tiles().size(), size_t(9));
            QVERIFY2(window.statusText().startsWith(QStringLiteral("Live · ")), qPrintable(window.statusText()));
            // Pause holds the picture; the status line says so.
            auto *pause = window.findChild<QToolButton *>(QStringLiteral("dashboardPause"));
            QVERIFY(pause);
            pause->click();
            QVERIFY2(window.statusText().startsWith(QStringLiteral("PAUSED at ")), qPrintable(window.statusText()));
            pause->click();
            QVERIFY(frames.wait(5000));

            // An absolute range (or an incident's window): held, and the frames end where asked.
            const TimestampMs to = QDateTime::currentMSecsSinceEpoch() - 600'000;
            window.zoomTo(to - 1'800'000, to);
            QTRY_COMPARE_WITH_TIMEOUT(window.view()->lastFrameAt(), to, 5000);
            QVERIFY2(window.statusText().startsWith(QStringLiteral("PAUSED on ")), qPrintable(window.statusText()));
            QVERIFY(pause->isChecked());
            pause->click(); // Resume: live again
            QTRY_VERIFY_WITH_TIMEOUT(window.view()->lastFrameAt() > to + 500'000, 5000);

            // An exemplar clicked on a red graph names its trace and the incidents on the tile.
            Q_EMIT window.view()->exemplarClicked(QStringLiteral("4bf92f3577b34da6"), 1512.0, to, {7});
            QVERIFY2(window.lastExemplarText().startsWith(QStringLiteral("trace_id 4bf92f3577b34da6 · ")), qPrintable(window.lastExemplarText()));
            QVERIFY(window.lastExemplarText().endsWith(QStringLiteral("incidents #7")));
            QVERIFY(window.statusText().contains(QStringLiteral("trace_id 4bf92f3577b34da6")));
        }
        {
            DashboardWindow wall(engine);
            DashboardWindow::WallOptions o;
            o.playlist = {QStringLiteral("fema")};
            wall.startWall(o);
            QSignalSpy frames(&wall, &DashboardWindow::frameApplied);
            QVERIFY(frames.wait(5000));
            QVERIFY(wall.isFullScreen());
            QTest::keyClick(&wall, Qt::Key_Escape);
            QVERIFY(!wall.close()); // Esc, Alt+F4: the wall stays
            QVERIFY(wall.isVisible());
            QTest::keyClick(&wall, Qt::Key_Q, Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier);
            QVERIFY(!wall.isVisible()); // the documented chord leaves
        }
        engine.stop();
    }
};

QTEST_MAIN(TestDashboardView)
#include "tst_dashboardview.moc"
