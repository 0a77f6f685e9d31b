// StatsD over UDP: a QUdpSocket owned by the ingest thread. Each readyRead drains every pending
// datagram, parses them and applies them to the store as one batch (one lock, no per-sample signal).
#pragma once

#include "ingest/StatsdParser.h"

#include <QHostAddress>
#include <QObject>
#include <QUdpSocket>

#include <atomic>

namespace hms {

class SeriesStore;

class StatsdListener : public QObject {
    Q_OBJECT
public:
    explicit StatsdListener(SeriesStore &store, QObject *parent = nullptr);

    // Binds in the calling thread (call it in the ingest thread). Port 0 picks a free port.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_socket.localPort(); }

    qint64 datagrams() const { return m_datagrams.load(std::memory_order_relaxed); }
    qint64 linesAccepted() const { return m_accepted.load(std::memory_order_relaxed); }
    qint64 linesRejected() const { return m_rejected.load(std::memory_order_relaxed); }

Q_SIGNALS:
    void batchApplied(qint64 lines); // once per drained batch, for self-monitoring views

private:
    void drain();

    SeriesStore &m_store;
    QUdpSocket m_socket;
    StatsdParseResult m_parsed;
    QByteArray m_buffer;
    std::atomic<qint64> m_datagrams{0};
    std::atomic<qint64> m_accepted{0};
    std::atomic<qint64> m_rejected{0};
};

} // namespace hms
