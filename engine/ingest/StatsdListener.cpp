#include "ingest/StatsdListener.h"

#include "ingest/SocketAddress.h"
#include "store/SeriesStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <map>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace hms {

namespace {
constexpr int kBatch = 64;               // datagrams per recvmmsg call
constexpr int kDatagramBytes = 65536;    // the largest UDP payload fits
constexpr int kMaxBatchesPerWakeup = 64; // then yield to the event loop (the thread's timers)
constexpr int kReceiveBuffer = 16 * 1024 * 1024;
} // namespace

StatsdListener::StatsdListener(SeriesStore &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

StatsdListener::~StatsdListener()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

bool StatsdListener::listen(const QHostAddress &address, quint16 port, QString *error)
{
    SocketAddress bound(address, port);
    const bool v6 = bound.v6;
    auto fail = [&](const char *what) {
        *error = QCoreApplication::translate("hms::StatsdListener", "StatsD: cannot %1 UDP %2:%3: %4")
                     .arg(QString::fromLatin1(what), address.toString())
                     .arg(port)
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return false;
    };
    m_fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail("open");
    // A large kernel buffer absorbs bursts while a batch is applied. SO_RCVBUFFORCE passes the
    // rmem_max cap when we may (root); otherwise the kernel clamps SO_RCVBUF to rmem_max.
    int size = kReceiveBuffer;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUFFORCE, &size, sizeof size) != 0)
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size);
    socklen_t sizeLength = sizeof m_rcvbuf;
    ::getsockopt(m_fd, SOL_SOCKET, SO_RCVBUF, &m_rcvbuf, &sizeLength);
    if (::bind(m_fd, bound.data(), bound.length) != 0)
        return fail("bind");
    if (::getsockname(m_fd, bound.data(), &bound.length) != 0)
        return fail("inspect");
    m_port = bound.port();
    m_buffers.resize(std::size_t(kBatch) * kDatagramBytes);
    m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &StatsdListener::drain);
    return true;
}

void StatsdListener::drain()
{
    mmsghdr messages[kBatch];
    iovec vectors[kBatch];
    for (int batch = 0; batch < kMaxBatchesPerWakeup; ++batch) {
        for (int i = 0; i < kBatch; ++i) {
            vectors[i].iov_base = m_buffers.data() + std::size_t(i) * kDatagramBytes;
            vectors[i].iov_len = kDatagramBytes;
            std::memset(&messages[i].msg_hdr, 0, sizeof(msghdr));
            messages[i].msg_hdr.msg_iov = &vectors[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        const int received = ::recvmmsg(m_fd, messages, kBatch, MSG_DONTWAIT, nullptr);
        if (received <= 0)
            break; // EAGAIN: drained
        m_parsed.lines.clear();
        m_parsed.rejects.clear();
        qint64 truncated = 0;
        for (int i = 0; i < received; ++i) {
            if (messages[i].msg_hdr.msg_flags & MSG_TRUNC) {
                ++truncated;
                continue;
            }
            parseStatsdPacket(QByteArrayView(static_cast<const char *>(vectors[i].iov_base), messages[i].msg_len),
                              m_parsed);
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
        if (truncated > 0)
            m_store.countRejected(QStringLiteral("truncated_datagram"), truncated, now);
        m_datagrams.fetch_add(received, std::memory_order_relaxed);
        m_truncated.fetch_add(truncated, std::memory_order_relaxed);
        m_accepted.fetch_add(qint64(m_parsed.lines.size()), std::memory_order_relaxed);
        m_rejected.fetch_add(qint64(m_parsed.rejects.size()), std::memory_order_relaxed);
        if (received < kBatch)
            break;
    }
}

StatsdCounters StatsdListener::counters() const
{
    return StatsdCounters{m_datagrams.load(std::memory_order_relaxed), m_accepted.load(std::memory_order_relaxed),
                          m_rejected.load(std::memory_order_relaxed), m_truncated.load(std::memory_order_relaxed),
                          kernelUdpDrops(m_port)};
}

StatsdCounters StatsdListener::recentCounters() const
{
    return StatsdCounters{m_datagrams.load(std::memory_order_relaxed), m_accepted.load(std::memory_order_relaxed),
                          m_rejected.load(std::memory_order_relaxed), m_truncated.load(std::memory_order_relaxed),
                          m_recentKernelDrops.load(std::memory_order_relaxed)};
}

void StatsdListener::recordSelfMetrics()
{
    const StatsdCounters c = counters();
    m_recentKernelDrops.store(c.kernelDrops, std::memory_order_relaxed);
    std::vector<PushedSample> samples;
    auto gauge = [&samples](const char *name, double v) {
        PushedSample p;
        p.name = QString::fromLatin1(name);
        p.value = v;
        p.kind = PushedSample::Kind::Gauge; // running totals, stored as they are
        samples.push_back(std::move(p));
    };
    gauge("ops_statsd_datagrams_total", double(c.datagrams));
    gauge("ops_statsd_lines_total", double(c.linesAccepted));
    gauge("ops_statsd_lines_rejected_total", double(c.linesRejected));
    if (c.kernelDrops >= 0)
        gauge("ops_statsd_kernel_drops_total", double(c.kernelDrops));
    m_store.applyPushed(samples, QDateTime::currentMSecsSinceEpoch());
}

qint64 kernelUdpDrops(quint16 port)
{
    // Columns: sl local_address rem_address st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout
    //          inode ref pointer drops ; local_address is HEX_IP:HEX_PORT.
    const QByteArray portHex = QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    for (const char *path : {"/proc/net/udp", "/proc/net/udp6"}) {
        QFile f(QString::fromLatin1(path));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        f.readLine(); // header
        while (!f.atEnd()) {
            const QList<QByteArray> fields = f.readLine().simplified().split(' ');
            if (fields.size() < 13)
                continue;
            if (fields.at(1).endsWith(QByteArray(':' + portHex)))
                return fields.last().toLongLong();
        }
    }
    return -1;
}

} // namespace hms
