// How clients find a running instance: DIR/endpoints.json (api URL, statsd address, influx URL, pid) and
// DIR/api-token (random, mode 0600).
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace hms {

struct Endpoints {
    Q_DECLARE_TR_FUNCTIONS(hms::Endpoints)

public:
    QUrl api;            // http://127.0.0.1:PORT
    QString statsdHost;  // 127.0.0.1
    quint16 statsdPort = 0;
    QUrl influx;         // http://127.0.0.1:PORT, InfluxDB line protocol (/write, /api/v2/write)
    qint64 pid = 0;

    static QString fileName() { return QStringLiteral("endpoints.json"); }
    static QString tokenFileName() { return QStringLiteral("api-token"); }

    bool write(const QString &dataDir, QString *error) const;
    static std::optional<Endpoints> read(const QString &dataDir, QString *error);
};

// Creates DIR/api-token with a fresh random token, readable only by the user. Returns the token.
QString createApiToken(const QString &dataDir, QString *error);
std::optional<QString> readApiToken(const QString &path, QString *error);
// Whether a presented credential equals the expected one, in a time that depends only on their
// lengths (a timing side channel would let a local process find the token byte by byte).
bool sameSecret(QByteArrayView presented, QByteArrayView expected);

// The default data directory (QStandardPaths::AppDataLocation for "hms-ops").
QString defaultDataDir();

// Parses "127.0.0.1:8080" / "[::1]:0" / ":0" (host defaults to 127.0.0.1).
bool parseListenAddress(const QString &text, QString *host, quint16 *port);

} // namespace hms
