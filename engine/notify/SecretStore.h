// Secrets (webhook URLs, routing keys, tokens) live only in the OS keychain, through QtKeychain.
// Asynchronous: callbacks run in the thread of `context`.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace hms {

class SecretStore : public QObject {
    Q_OBJECT
public:
    // `service` is the keychain service name ("hms-ops"); keys are the secret names.
    explicit SecretStore(QString service = QStringLiteral("hms-ops"), QObject *parent = nullptr);

    using ReadCallback = std::function<void(bool ok, const QString &value, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    // A missing entry is ok=false with error "not set".
    void read(const QString &key, QObject *context, ReadCallback done);
    void write(const QString &key, const QString &value, QObject *context, WriteCallback done);
    void remove(const QString &key, QObject *context, WriteCallback done);

    QString service() const { return m_service; }

private:
    QString m_service;
};

} // namespace hms
