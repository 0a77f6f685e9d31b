// InfluxDB line protocol over HTTP on the ingest thread, beside StatsD: a minimal HTTP/1.1 server
// on native non-blocking sockets (one QSocketNotifier per connection, no QTcpServer), parsing in
// place with HttpRequestParser, keep-alive and pipelining, one store lock per request.
// Routes: POST /write (InfluxDB 1.x clients), POST /api/v2/write (2.x clients, Telegraf),
// GET /ping and GET /health (no token needed). Answers as the local API's /write does.
#pragma once

#include "ingest/LineProtocolWriter.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QSocketNotifier>
#include <atomic>
#include <memory>
#include <optional>
#include <vector>

class QTimer;

namespace hms {

class SeriesStore;
struct HttpRequest;

struct HttpIngestCounters {
    qint64 connectionsAccepted = 0;
    qint64 connectionsOpen = 0;
    qint64 requests = 0; // answered, whatever the status (100 Continue is not an answer)
    qint64 bytesReceived = 0;
    qint64 rowsAccepted = 0; // line protocol lines parsed and handed to the store
    qint64 rowsRejected = 0; // line protocol lines refused (partial writes)
    qint64 samplesAccepted = 0; // samples the store took (a line holds one per field)
    qint64 errors4xx = 0;
    qint64 errors5xx = 0;
};

class HttpIngestListener : public QObject {
    Q_OBJECT
public:
    // `token` is the API token (DATA_DIR/api-token); the write routes refuse requests without it.
    HttpIngestListener(SeriesStore &store, QString token, QObject *parent = nullptr);
    ~HttpIngestListener() override;

    // Binds exactly `address` in the calling thread (call it in the ingest thread). Port 0 picks
    // a free port. At most kMaxConnections connections are open at once; more wait in the backlog.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }

    // Connections without a byte received or sent for this long are closed (default 60 s).
    void setIdleTimeoutMs(qint64 ms);
    qint64 idleTimeoutMs() const { return m_idleTimeoutMs; }

    // Thread-safe.
    HttpIngestCounters counters() const;

    // Writes the listener's own counters into the store as ops_http_ingest_* series (ingest thread).
    void recordSelfMetrics();

    static constexpr int kMaxConnections = 256;

private:
    struct Connection;

    void acceptPending();
    void onReadable(Connection *c);
    void discard(Connection *c);
    // Answers every complete request buffered; false when reading must stop (close or backlog).
    bool process(Connection &c);
    void handle(Connection &c, const HttpRequest &r);
    void write(Connection &c, const HttpRequest &r);
    std::optional<QString> denied(const HttpRequest &r) const;
    // Appends an answer; a non-empty `error` becomes the JSON body {"error": error}. `r` is null
    // for a request that could not be parsed (the connection closes after it).
    void reply(
        Connection &c, const HttpRequest *r, int status, const QString &error = {}, QByteArrayView extraHeaders = {});
    // Sends what is pending; may close and free `c` (call it last).
    void flush(Connection *c);
    void closeConnection(Connection *c);
    void sweep();
    void updateDate();
    qint64 elapsedMs() const { return m_clock.elapsed(); }

    SeriesStore &m_store;
    LineProtocolWriter m_writer; // caches series by their wire bytes; ingest thread only
    QByteArray m_token;
    int m_fd = -1;
    quint16 m_port = 0;
    qint64 m_idleTimeoutMs = 60000;
    std::unique_ptr<QSocketNotifier> m_acceptor;
    QTimer *m_sweep = nullptr; // child
    QElapsedTimer m_clock;
    QByteArray m_date; // the Date header's value, refreshed by the sweep
    std::vector<std::unique_ptr<Connection>> m_connections;
    std::unique_ptr<char[]> m_discard; // lingering connections read into it

    std::atomic<qint64> m_connectionsAccepted{0};
    std::atomic<qint64> m_connectionsOpen{0};
    std::atomic<qint64> m_requests{0};
    std::atomic<qint64> m_bytes{0};
    std::atomic<qint64> m_rowsAccepted{0};
    std::atomic<qint64> m_rowsRejected{0};
    std::atomic<qint64> m_samplesAccepted{0};
    std::atomic<qint64> m_errors4xx{0};
    std::atomic<qint64> m_errors5xx{0};
};

} // namespace hms
