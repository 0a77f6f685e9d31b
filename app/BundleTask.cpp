#include "BundleTask.h"

#include <QCoreApplication>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("BundleTask", text);
}

struct Shared {
    std::atomic<bool> cancel{false};
    std::atomic<int> permille{0};
    hms::BundleIo io;
    std::optional<hms::IncidentBundle> bundle;
};

hms::BundleProgress progressOf(const std::shared_ptr<Shared> &shared)
{
    return [shared](qint64 done, qint64 total) {
        shared->permille.store(int(total > 0 ? done * 1000 / total : 0), std::memory_order_relaxed);
        return !shared->cancel.load(std::memory_order_relaxed);
    };
}

// Runs `work` on a thread while a progress dialog polls it; then `finish` in the GUI thread.
void run(QWidget *parent, const QString &label, const std::shared_ptr<Shared> &shared, std::function<void()> work,
         std::function<void()> finish)
{
    auto *dialog = new QProgressDialog(label, tr("Cancel"), 0, 1000, parent);
    dialog->setObjectName(QStringLiteral("bundleProgress"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    QObject::connect(dialog, &QProgressDialog::canceled, dialog, [shared] { shared->cancel.store(true); });
    auto *timer = new QTimer(dialog);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, dialog, [dialog, shared] { dialog->setValue(shared->permille.load()); });
    timer->start();
    QThread *thread = QThread::create(std::move(work));
    QObject::connect(thread, &QThread::finished, dialog, [dialog, thread, finish = std::move(finish)] {
        thread->deleteLater();
        dialog->deleteLater();
        finish();
    });
    thread->start();
}
} // namespace

namespace BundleTask {

void save(QWidget *parent, hms::IncidentBundle bundle, const QString &path, std::function<void(const hms::BundleIo &)> done)
{
    auto shared = std::make_shared<Shared>();
    auto owned = std::make_shared<hms::IncidentBundle>(std::move(bundle));
    run(
        parent, tr("Writing %1…").arg(path), shared,
        [shared, owned, path] { shared->io = hms::saveBundle(*owned, path, progressOf(shared)); },
        [shared, done = std::move(done)] { done(shared->io); });
}

void load(QWidget *parent, const QString &path,
          std::function<void(std::optional<hms::IncidentBundle>, const hms::BundleIo &)> done)
{
    auto shared = std::make_shared<Shared>();
    run(
        parent, tr("Reading %1…").arg(path), shared,
        [shared, path] { shared->bundle = hms::loadBundle(path, &shared->io, progressOf(shared)); },
        [shared, done = std::move(done)] { done(std::move(shared->bundle), shared->io); });
}

} // namespace BundleTask
