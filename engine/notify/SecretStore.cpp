#include "notify/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

namespace hms {

namespace {
QString describe(const QKeychain::Job &job)
{
    if (job.error() == QKeychain::EntryNotFound)
        return QCoreApplication::translate("hms::SecretStore", "not set");
    if (job.error() == QKeychain::NoBackendAvailable)
        return QCoreApplication::translate("hms::SecretStore",
                                           "no OS keychain is reachable (is a Secret Service running?): %1")
            .arg(job.errorString());
    return job.errorString();
}

// Runs the job; `done` is called in `context`'s thread only if the context still exists.
template<typename Job, typename Done>
void runJob(Job *job, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [guard, done](QKeychain::Job *finished) {
        if (guard)
            done(*static_cast<Job *>(finished));
    });
    job->start();
}
} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service); // deletes itself (setAutoDelete) when finished
    job->setKey(key);
    runJob(job, context, [done = std::move(done)](const QKeychain::ReadPasswordJob &j) {
        if (j.error() == QKeychain::NoError)
            done(true, j.textData(), {});
        else
            done(false, {}, describe(j));
    });
}

void SecretStore::write(const QString &key, const QString &value, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    runJob(job, context, [done = std::move(done)](const QKeychain::WritePasswordJob &j) {
        done(j.error() == QKeychain::NoError, j.error() == QKeychain::NoError ? QString() : describe(j));
    });
}

void SecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, [done = std::move(done)](const QKeychain::DeletePasswordJob &j) {
        done(j.error() == QKeychain::NoError, j.error() == QKeychain::NoError ? QString() : describe(j));
    });
}

} // namespace hms
