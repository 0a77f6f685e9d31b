// Secrets (webhook URLs, routing keys, tokens) live in the OS keychain, through QtKeychain.
// Asynchronous: callbacks run in the thread of `context`.
//
// Headless servers without a Secret Service may opt in to a file instead (`--secrets-file`): a
// JSON object of name -> value, mode 0600, replaced atomically on every write. A file that group
// or others can read is refused, as ssh refuses such a key.
#pragma once

#include <QObject>
#include <QString>

#include <QJsonObject>

#include <functional>
#include <memory>

namespace hms {

class SecretStore : public QObject {
    Q_OBJECT
public:
    // `service` is the keychain service name ("hms-ops"); keys are the secret names.
    explicit SecretStore(QString service = QStringLiteral("hms-ops"), QObject *parent = nullptr);
    // The opt-in file store (never chosen without the user asking for it).
    static std::unique_ptr<SecretStore> inFile(QString path, QObject *parent = nullptr);

    using ReadCallback = std::function<void(bool ok, const QString &value, const QString &error)>;
    using WriteCallback = std::function<void(bool ok, const QString &error)>;

    // A missing entry is ok=false with error "not set".
    void read(const QString &key, QObject *context, ReadCallback done);
    void write(const QString &key, const QString &value, QObject *context, WriteCallback done);
    void remove(const QString &key, QObject *context, WriteCallback done);

    QString service() const { return m_service; }
    QString filePath() const { return m_file; } // empty: the OS keychain
    // "OS keychain (service hms-ops)" or "file /path (--secrets-file)", for status and logs.
    QString backendDescription() const;

private:
    // File mode: the whole map, or an error naming the file and what is wrong with it.
    bool readFile(QJsonObject *out, QString *error) const;
    bool writeFile(const QJsonObject &all, QString *error) const;

    QString m_service;
    QString m_file;
};

} // namespace hms
