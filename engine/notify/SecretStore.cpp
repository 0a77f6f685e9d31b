#include "notify/SecretStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>

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

std::unique_ptr<SecretStore> SecretStore::inFile(QString path, QObject *parent)
{
    auto store = std::make_unique<SecretStore>(QString(), parent);
    store->m_file = std::move(path);
    return store;
}

QString SecretStore::backendDescription() const
{
    return m_file.isEmpty() ? QCoreApplication::translate("hms::SecretStore", "OS keychain (service %1)").arg(m_service)
                            : QCoreApplication::translate("hms::SecretStore", "file %1 (--secrets-file)").arg(m_file);
}

namespace {
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOthers = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

// File mode keeps the asynchronous contract: the callback runs later, in `context`'s thread.
void later(QObject *context, std::function<void()> call)
{
    QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}
} // namespace

bool SecretStore::readFile(QJsonObject *out, QString *error) const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("hms::SecretStore", text); };
    QFile file(m_file);
    if (!file.exists()) {
        *out = {};
        return true;
    }
    if (file.permissions() & kOthers) {
        *error = tr("%1: permissions are too open (group or others can access it); run chmod 600 %1").arg(m_file);
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(m_file, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? tr("%1: offset %2: %3").arg(m_file).arg(parseError.offset).arg(parseError.errorString())
            : tr("%1: expected a JSON object of secret names and values").arg(m_file);
        return false;
    }
    *out = doc.object();
    return true;
}

bool SecretStore::writeFile(const QJsonObject &all, QString *error) const
{
    QSaveFile file(m_file);
    // The temporary file is made owner-only before a byte is written, so no secret is ever
    // readable by others, not even for a moment.
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(kOwnerOnly)) {
        *error = QStringLiteral("%1: %2").arg(m_file, file.errorString());
        return false;
    }
    file.write(QJsonDocument(all).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = QStringLiteral("%1: %2").arg(m_file, file.errorString());
        return false;
    }
    return true;
}

void SecretStore::read(const QString &key, QObject *context, ReadCallback done)
{
    if (!m_file.isEmpty()) {
        QJsonObject all;
        QString error;
        const bool ok = readFile(&all, &error);
        const QJsonValue value = all.value(key);
        if (ok && !value.isString())
            error = QCoreApplication::translate("hms::SecretStore", "not set");
        later(context, [done = std::move(done), ok = ok && value.isString(), value = value.toString(), error] {
            done(ok, value, error);
        });
        return;
    }
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
    if (!m_file.isEmpty()) {
        QJsonObject all;
        QString error;
        bool ok = readFile(&all, &error); // a damaged file is not overwritten: its other secrets stay
        if (ok) {
            all.insert(key, value);
            ok = writeFile(all, &error);
        }
        later(context, [done = std::move(done), ok, error] { done(ok, error); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(value);
    runJob(job, context, [done = std::move(done)](const QKeychain::WritePasswordJob &j) {
        done(j.error() == QKeychain::NoError, j.error() == QKeychain::NoError ? QString() : describe(j));
    });
}

void SecretStore::remove(const QString &key, QObject *context, WriteCallback done)
{
    if (!m_file.isEmpty()) {
        QJsonObject all;
        QString error;
        bool ok = readFile(&all, &error);
        if (ok && !all.contains(key)) {
            ok = false;
            error = QCoreApplication::translate("hms::SecretStore", "not set");
        } else if (ok) {
            all.remove(key);
            ok = writeFile(all, &error);
        }
        later(context, [done = std::move(done), ok, error] { done(ok, error); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    runJob(job, context, [done = std::move(done)](const QKeychain::DeletePasswordJob &j) {
        done(j.error() == QKeychain::NoError, j.error() == QKeychain::NoError ? QString() : describe(j));
    });
}

} // namespace hms
