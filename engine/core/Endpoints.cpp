#include "core/Endpoints.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace hms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("hms", text);
}
} // namespace

bool Endpoints::write(const QString &dataDir, QString *error) const
{
    QSaveFile file(QDir(dataDir).filePath(fileName()));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    const QJsonObject o{{QStringLiteral("api"), api.toString()},
                        {QStringLiteral("statsd"), QStringLiteral("%1:%2").arg(statsdHost).arg(statsdPort)},
                        {QStringLiteral("influx"), influx.toString()},
                        {QStringLiteral("pid"), pid}};
    file.write(QJsonDocument(o).toJson());
    if (!file.commit()) {
        *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<Endpoints> Endpoints::read(const QString &dataDir, QString *error)
{
    QFile file(QDir(dataDir).filePath(fileName()));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("no running instance found: %1 does not exist (start one with `hms-ops` or "
                    "`hms-ops --headless`, or pass --server URL --token-file FILE)")
                     .arg(file.fileName());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll(), &parseError).object();
    Endpoints e;
    e.api = QUrl(o.value(QStringLiteral("api")).toString(), QUrl::StrictMode);
    if (parseError.error != QJsonParseError::NoError || !e.api.isValid() || e.api.port() <= 0) {
        *error = tr("%1 is damaged (%2)").arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    const QString statsd = o.value(QStringLiteral("statsd")).toString();
    e.statsdHost = statsd.section(u':', 0, -2);
    e.statsdPort = quint16(statsd.section(u':', -1).toUInt());
    e.influx = QUrl(o.value(QStringLiteral("influx")).toString(), QUrl::StrictMode);
    e.pid = o.value(QStringLiteral("pid")).toInteger();
    return e;
}

QString createApiToken(const QString &dataDir, QString *error)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token = QString::fromLatin1(raw.toHex());
    const QString path = QDir(dataDir).filePath(Endpoints::tokenFileName());
    QFile::remove(path);
    QFile file(path);
    // Create with owner-only permissions before writing the secret.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = tr("cannot create %1: %2").arg(path, file.errorString());
        return {};
    }
    file.write(token.toLatin1());
    file.close();
    return token;
}

std::optional<QString> readApiToken(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the API token %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return QString::fromLatin1(file.readAll().trimmed());
}

QString defaultDataDir()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("hms-ops"));
}

bool parseListenAddress(const QString &text, QString *host, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon < 0)
        return false;
    QString h = text.left(colon);
    if (h.startsWith(u'[') && h.endsWith(u']'))
        h = h.mid(1, h.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535)
        return false;
    *host = h.isEmpty() ? QStringLiteral("127.0.0.1") : h;
    *port = quint16(p);
    return true;
}

bool sameSecret(QByteArrayView presented, QByteArrayView expected)
{
    // Every byte of the expected secret is looked at whatever the presented one holds.
    unsigned char diff = presented.size() == expected.size() ? 0 : 1;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const char p = i < presented.size() ? presented[i] : char(0);
        diff |= static_cast<unsigned char>(p ^ expected[i]);
    }
    return diff == 0 && !expected.isEmpty();
}

} // namespace hms
