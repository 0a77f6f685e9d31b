#include "ingest/StatsdListener.h"

#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkDatagram>

namespace hms {

StatsdListener::StatsdListener(SeriesStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_socket(this)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &StatsdListener::drain);
}

bool StatsdListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    if (!m_socket.bind(address, port)) {
        *error = QCoreApplication::translate("hms::StatsdListener", "StatsD: cannot bind UDP %1:%2: %3")
                     .arg(address.toString())
                     .arg(port)
                     .arg(m_socket.errorString());
        return false;
    }
    // A large kernel buffer absorbs bursts while a batch is being applied.
    m_socket.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, 8 * 1024 * 1024);
    return true;
}

void StatsdListener::drain()
{
    m_parsed.lines.clear();
    m_parsed.rejects.clear();
    qint64 datagrams = 0;
    // Drain what is queued now (bounded, so one flood cannot starve the thread's event loop).
    while (m_socket.hasPendingDatagrams() && datagrams < 4096) {
        const qint64 size = m_socket.pendingDatagramSize();
        m_buffer.resize(std::max<qint64>(size, 1));
        const qint64 read = m_socket.readDatagram(m_buffer.data(), m_buffer.size());
        if (read < 0)
            break;
        ++datagrams;
        parseStatsdPacket(QByteArrayView(m_buffer.constData(), read), m_parsed);
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_store.applyStatsd(m_parsed.lines, now);
    if (!m_parsed.rejects.empty()) {
        std::map<StatsdReject, qint64> byReason;
        for (StatsdReject r : m_parsed.rejects)
            ++byReason[r];
        for (const auto &[reason, count] : byReason)
            m_store.countRejected(statsdRejectReason(reason), count, now);
    }
    m_datagrams.fetch_add(datagrams, std::memory_order_relaxed);
    m_accepted.fetch_add(qint64(m_parsed.lines.size()), std::memory_order_relaxed);
    m_rejected.fetch_add(qint64(m_parsed.rejects.size()), std::memory_order_relaxed);
    if (datagrams > 0)
        Q_EMIT batchApplied(qint64(m_parsed.lines.size()));
    if (m_socket.hasPendingDatagrams())
        QMetaObject::invokeMethod(this, &StatsdListener::drain, Qt::QueuedConnection);
}

} // namespace hms
