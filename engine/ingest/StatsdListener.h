// StatsD over UDP on the ingest thread: a native socket drained with recvmmsg in batches, each
// batch parsed and applied to the store under one lock (no signal or lock per sample).
#pragma once

#include "ingest/StatsdParser.h"

#include <QHostAddress>
#include <QObject>
#include <QSocketNotifier>

#include <atomic>
#include <memory>
#include <vector>

namespace hms {

class SeriesStore;

struct StatsdCounters {
    qint64 datagrams = 0;
    qint64 linesAccepted = 0;
    qint64 linesRejected = 0;
    qint64 truncated = 0;    // datagrams larger than the receive buffer (dropped by us)
    qint64 kernelDrops = 0;  // the kernel's per-socket drop count (/proc/net/udp), -1 if unknown
};

class StatsdListener : public QObject {
    Q_OBJECT
public:
    explicit StatsdListener(SeriesStore &store, QObject *parent = nullptr);
    ~StatsdListener() override;

    // Binds in the calling thread (call it in the ingest thread). Port 0 picks a free port.
    bool listen(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const { return m_port; }
    int receiveBufferBytes() const { return m_rcvbuf; }

    // Thread-safe. Reads the kernel's drop count from /proc (a file of every UDP socket).
    StatsdCounters counters() const;
    // Thread-safe and cheap (no /proc read): the kernel's drop count as of the last
    // recordSelfMetrics (once a second), for the window's status bar.
    StatsdCounters recentCounters() const;

    // Writes the listener's own counters into the store as ops_statsd_* series (ingest thread).
    void recordSelfMetrics();

private:
    void drain();

    SeriesStore &m_store;
    int m_fd = -1;
    quint16 m_port = 0;
    int m_rcvbuf = 0;
    std::unique_ptr<QSocketNotifier> m_notifier;
    StatsdParseResult m_parsed;
    std::vector<char> m_buffers;
    std::atomic<qint64> m_datagrams{0};
    std::atomic<qint64> m_accepted{0};
    std::atomic<qint64> m_rejected{0};
    std::atomic<qint64> m_truncated{0};
    std::atomic<qint64> m_recentKernelDrops{-1}; // as of the last recordSelfMetrics
};

// The kernel's drop counter for the UDP socket bound to `port` (from /proc/net/udp and udp6),
// or -1 when it cannot be read.
qint64 kernelUdpDrops(quint16 port);

} // namespace hms
