// The wall benchmark (issue 6): 32 charts × 4 series × 20,000 points, live at 10 Hz, on one
// 1920×1080 screen (run it under Xvfb: bench/wall_bench.sh).
//
// Ours, the real pipeline: a SeriesStore holding 128 series of 20,000 samples (one every 100 ms)
// gets one new sample per series every 100 ms from a writer thread; a worker thread computes each
// frame with computeFrame() (min/max decimation to two points per pixel column); the GUI thread
// applies it to a DashboardView of 32 ChartTiles (one replace() per series) and repaints the
// whole wall synchronously. Measured on the GUI thread: apply + repaint per frame, and the share
// of wall-clock time the GUI thread spends on it at 10 frames a second.
//
// The naive wall, in the same run: 32 QChartViews, 4 QLineSeries each holding all 20,000
// points, fed point by point (append one, remove the oldest: the way a chart is usually fed),
// no decimation; repainted synchronously after each update.
//
// Prints one JSON line per side and the ratio of the p50 and p95 repaint times.
//   wall_bench [--seconds 10] [--naive-frames 5] [--no-cache]
#include "DashboardView.h"
#include "dash/DashboardFrame.h"
#include "dash/DecimationCache.h"
#include "ingest/PushParser.h"
#include "store/SeriesStore.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QLineSeries>
#include <QThread>
#include <QValueAxis>

#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace hms;

namespace {
constexpr int kCharts = 32, kSeries = 4, kPoints = 20'000;
constexpr qint64 kStepMs = 100;

double valueAt(int series, qint64 i)
{
    return 100 + 40 * std::sin(double(i) / (200.0 + series)) + double((i * 7919 + series * 104729) % 97) / 4.0;
}

double quantile(std::vector<double> v, double q)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(std::llround(q * double(v.size() - 1))))];
}

Dashboard wallDashboard()
{
    Dashboard d;
    d.name = QStringLiteral("bench");
    d.title = QStringLiteral("bench");
    d.columns = 8;
    d.rows = 4;
    d.rangeMs = qint64(kPoints) * kStepMs;
    for (int c = 0; c < kCharts; ++c) {
        DashboardTile t;
        t.kind = DashboardTile::Kind::Chart;
        t.title = QStringLiteral("chart %1").arg(c);
        t.metric = QStringLiteral("bench.value");
        t.match = {{QStringLiteral("chart"), QString::number(c)}};
        t.seriesBy = QStringLiteral("line");
        t.x = c % 8;
        t.y = c / 8;
        d.tiles.push_back(t);
    }
    return d;
}
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int seconds = option(QStringLiteral("--seconds"), 10);
    const int naiveFrames = option(QStringLiteral("--naive-frames"), 5);
    const bool noCache = args.contains(QStringLiteral("--no-cache")); // the frame worker as before DecimationCache

    // --- ours ---------------------------------------------------------------------------
    SeriesStore::Options storeOptions;
    storeOptions.retentionMs = 24LL * 3600 * 1000;
    SeriesStore store(storeOptions);
    const TimestampMs start = QDateTime::currentMSecsSinceEpoch() - qint64(kPoints) * kStepMs;
    {
        std::vector<PushedSample> in;
        in.reserve(size_t(kCharts) * kSeries * kPoints);
        for (qint64 i = 0; i < kPoints; ++i)
            for (int c = 0; c < kCharts; ++c)
                for (int s = 0; s < kSeries; ++s)
                    in.push_back({QStringLiteral("bench.value"),
                                  {{QStringLiteral("chart"), QString::number(c)}, {QStringLiteral("line"), QString::number(s)}},
                                  valueAt(s, i), start + i * kStepMs, {}, PushedSample::Kind::Gauge});
        store.applyPushed(in, start + qint64(kPoints) * kStepMs);
    }
    std::atomic<bool> running{true};
    std::thread writer([&] {
        // One new sample per series every 100 ms, as a live feed would bring them.
        qint64 i = kPoints;
        while (running) {
            const TimestampMs now = QDateTime::currentMSecsSinceEpoch();
            std::vector<PushedSample> in;
            for (int c = 0; c < kCharts; ++c)
                for (int s = 0; s < kSeries; ++s)
                    in.push_back({QStringLiteral("bench.value"),
                                  {{QStringLiteral("chart"), QString::number(c)}, {QStringLiteral("line"), QString::number(s)}},
                                  valueAt(s, i), now, {}, PushedSample::Kind::Gauge});
            store.applyPushed(in, now);
            ++i;
            std::this_thread::sleep_for(std::chrono::milliseconds(kStepMs));
        }
    });

    const Dashboard dashboard = wallDashboard();
    DashboardView view;
    view.setDashboard(dashboard, WallTheme::dark());
    view.resize(1920, 1080);
    view.show();
    app.processEvents();
    std::vector<int> widths;
    for (size_t i = 0; i < dashboard.tiles.size(); ++i)
        widths.push_back(view.widthPx(i));

    // Frames computed on a worker thread, handed over by a one-slot mailbox (as DashboardFeed).
    std::mutex mailbox;
    std::shared_ptr<const DashboardFrame> ready;
    std::vector<double> computeMs;
    std::thread worker([&] {
        const OpsSnapshot ops;
        DecimationCache cache; // as DashboardFeed keeps one per frame worker
        while (running) {
            QElapsedTimer t;
            t.start();
            auto frame = computeFrame(dashboard, store, ops, QDateTime::currentMSecsSinceEpoch(),
                                      [&widths](size_t i) { return widths[i]; }, noCache ? nullptr : &cache);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            {
                std::lock_guard lock(mailbox);
                ready = frame;
                computeMs.push_back(ms);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(std::max<qint64>(0, 100 - qint64(ms))));
        }
    });

    std::vector<double> ours;
    size_t pointsDrawn = 0;
    QElapsedTimer wall;
    wall.start();
    double busyMs = 0;
    qint64 nextFrame = 0;
    while (wall.elapsed() < seconds * 1000LL) {
        if (wall.elapsed() < nextFrame) {
            app.processEvents(QEventLoop::AllEvents, int(nextFrame - wall.elapsed()));
            continue;
        }
        nextFrame += 100; // 10 Hz
        std::shared_ptr<const DashboardFrame> frame;
        {
            std::lock_guard lock(mailbox);
            frame = ready;
        }
        if (!frame)
            continue;
        QElapsedTimer t;
        t.start();
        view.applyFrame(*frame);
        view.repaint(); // the whole wall, now
        const double ms = double(t.nsecsElapsed()) / 1e6;
        ours.push_back(ms);
        busyMs += ms;
        pointsDrawn = 0;
        for (const TileFrame &f : frame->tiles)
            for (const TileLine &l : f.data.lines)
                pointsDrawn += l.points.size();
    }
    const double elapsedMs = double(wall.elapsed());
    running = false;
    worker.join();
    writer.join();
    view.hide();
    std::printf("{\"side\":\"hms_ops\",\"decimation_cache\":%s,\"charts\":%d,\"series_per_chart\":%d,\"points_per_series\":%d,\"frames\":%zu,"
                "\"repaint_ms_p50\":%.2f,\"repaint_ms_p95\":%.2f,\"repaint_ms_max\":%.2f,\"gui_busy_pct\":%.1f,"
                "\"points_drawn_per_frame\":%zu,\"frame_compute_ms_p50\":%.2f,\"frame_compute_ms_p95\":%.2f}\n",
                noCache ? "false" : "true", kCharts, kSeries, kPoints, ours.size(), quantile(ours, 0.5), quantile(ours, 0.95),
                ours.empty() ? 0.0 : *std::max_element(ours.begin(), ours.end()), 100.0 * busyMs / elapsedMs, pointsDrawn,
                quantile(computeMs, 0.5), quantile(computeMs, 0.95));
    std::fflush(stdout);

    // --- naive --------------------------------------------------------------------------
    QWidget naive;
    naive.resize(1920, 1080);
    auto *grid = new QGridLayout(&naive);
    grid->setContentsMargins(8, 8, 8, 8);
    grid->setSpacing(8);
    std::vector<QLineSeries *> lines;
    std::vector<QValueAxis *> xs;
    for (int c = 0; c < kCharts; ++c) {
        auto *chart = new QChart;
        chart->legend()->hide();
        chart->setAnimationOptions(QChart::NoAnimation);
        auto *x = new QValueAxis;
        auto *y = new QValueAxis;
        y->setRange(40, 170);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (int s = 0; s < kSeries; ++s) {
            auto *series = new QLineSeries;
            for (qint64 i = 0; i < kPoints; ++i) // append per point, as the naive wall is fed
                series->append(double(i), valueAt(s, i));
            chart->addSeries(series);
            series->attachAxis(x);
            series->attachAxis(y);
            lines.push_back(series);
        }
        x->setRange(0, kPoints);
        xs.push_back(x);
        auto *chartView = new QChartView(chart);
        grid->addWidget(chartView, c / 8, c % 8);
    }
    naive.show();
    app.processEvents();
    std::vector<double> naiveMs;
    qint64 i = kPoints;
    for (int f = 0; f < naiveFrames; ++f, ++i) {
        QElapsedTimer t;
        t.start();
        for (size_t n = 0; n < lines.size(); ++n) {
            lines[n]->append(double(i), valueAt(int(n % kSeries), i));
            lines[n]->remove(0);
        }
        for (QValueAxis *x : xs)
            x->setRange(double(i - kPoints + 1), double(i));
        naive.repaint();
        naiveMs.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    double naiveBusy = 0;
    for (double ms : naiveMs)
        naiveBusy += ms;
    std::printf("{\"side\":\"naive_qt_charts\",\"charts\":%d,\"series_per_chart\":%d,\"points_per_series\":%d,\"frames\":%zu,"
                "\"repaint_ms_p50\":%.2f,\"repaint_ms_p95\":%.2f,\"repaint_ms_max\":%.2f,\"gui_busy_pct_at_10hz\":%.1f,"
                "\"points_drawn_per_frame\":%d}\n",
                kCharts, kSeries, kPoints, naiveMs.size(), quantile(naiveMs, 0.5), quantile(naiveMs, 0.95),
                naiveMs.empty() ? 0.0 : *std::max_element(naiveMs.begin(), naiveMs.end()),
                std::min(100.0, 100.0 * (naiveBusy / double(std::max<size_t>(1, naiveMs.size()))) / 100.0),
                kCharts * kSeries * kPoints);
    std::printf("{\"ratio_p50\":%.1f,\"ratio_p95\":%.1f}\n", quantile(naiveMs, 0.5) / std::max(1e-9, quantile(ours, 0.5)),
                quantile(naiveMs, 0.95) / std::max(1e-9, quantile(ours, 0.95)));
    return 0;
}
