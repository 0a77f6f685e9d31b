// udp_loader: a paced StatsD load generator for loopback benchmarks (POSIX only, no Qt).
//
//   udp_loader --port P [--host 127.0.0.1] --rate LINES_PER_S --duration S
//              [--lines-per-datagram L] [--names N] [--type c|ms|g] [--prefix bench.metric]
//              [--batch DATAGRAMS] [--sndbuf BYTES]
//
// Sends `PREFIX.K:VALUE|TYPE` lines, L per datagram (joined by '\n'), cycling through N distinct
// names, at the target rate for the duration, with sendmmsg() batches paced by CLOCK_MONOTONIC.
// Counters always carry the value 1, so a receiver's counter total equals the lines it took in.
// Only loopback targets (127.0.0.0/8) are accepted. Prints one JSON object on stdout:
//   {"sent_lines":..,"sent_datagrams":..,"seconds":..,"achieved_rate":..,"send_errors":..,...}
// The run is bounded: at most --duration seconds (≤ 600) and at most rate × duration lines.

#include "loader_common.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Options {
    std::string host = "127.0.0.1";
    int port = 0;
    double rate = 100000.0; // lines per second
    double duration = 5.0;  // seconds
    int linesPerDatagram = 20;
    int names = 100;
    std::string type = "c";
    std::string prefix = "bench.metric";
    int batch = 0;          // datagrams per sendmmsg; 0: chosen from the rate
    int sndbuf = 4 << 20;
};

constexpr double kMaxDuration = 600.0;
constexpr double kMaxRate = 50e6;
constexpr int kMaxBatch = 256;
constexpr std::size_t kMaxDatagram = 8192;

const loader::Tool kTool{"udp_loader",
                         "usage: udp_loader --port P [--host 127.0.0.1] --rate LINES/S --duration S\n"
                 "                  [--lines-per-datagram L] [--names N] [--type c|ms|g]\n"
                 "                  [--prefix NAME] [--batch DATAGRAMS] [--sndbuf BYTES]\n"};

[[noreturn]] void usage(const char *msg)
{
    loader::usage(kTool, msg);
}

double parseNumber(const char *flag, const char *text)
{
    return loader::parseNumber(kTool, flag, text);
}

Options parseArgs(int argc, char **argv)
{
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        auto next = [&]() -> const char * {
            if (i + 1 >= argc)
                usage((std::string("missing value for ") + argv[i]).c_str());
            return argv[++i];
        };
        if (a == "--host")
            o.host = next();
        else if (a == "--port")
            o.port = int(parseNumber("--port", next()));
        else if (a == "--rate")
            o.rate = parseNumber("--rate", next());
        else if (a == "--duration")
            o.duration = parseNumber("--duration", next());
        else if (a == "--lines-per-datagram")
            o.linesPerDatagram = int(parseNumber("--lines-per-datagram", next()));
        else if (a == "--names")
            o.names = int(parseNumber("--names", next()));
        else if (a == "--type")
            o.type = next();
        else if (a == "--prefix")
            o.prefix = next();
        else if (a == "--batch")
            o.batch = int(parseNumber("--batch", next()));
        else if (a == "--sndbuf")
            o.sndbuf = int(parseNumber("--sndbuf", next()));
        else if (a == "-h" || a == "--help")
            usage(nullptr);
        else
            usage((std::string("unknown argument ") + argv[i]).c_str());
    }
    if (o.port <= 0 || o.port > 65535)
        usage("--port is required (1..65535)");
    if (!(o.rate > 0 && o.rate <= kMaxRate))
        usage("--rate must be in (0, 50e6]");
    if (!(o.duration > 0 && o.duration <= kMaxDuration))
        usage("--duration must be in (0, 600]");
    if (o.linesPerDatagram < 1 || o.linesPerDatagram > 200)
        usage("--lines-per-datagram must be 1..200");
    if (o.names < 1 || o.names > 1000000)
        usage("--names must be 1..1000000");
    if (o.type != "c" && o.type != "ms" && o.type != "g")
        usage("--type must be c, ms or g");
    if (o.batch < 0 || o.batch > kMaxBatch)
        usage("--batch must be 0..256");
    return o;
}

double nowSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

void sleepUntil(double t)
{
    timespec ts{};
    ts.tv_sec = time_t(t);
    ts.tv_nsec = long((t - double(ts.tv_sec)) * 1e9);
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec += 1;
        ts.tv_nsec -= 1000000000L;
    }
    while (clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr) == EINTR) {
    }
}

// A pool of datagrams: datagram d holds lines for names (d·L + j) mod N, so cycling through the
// pool spreads the load evenly over the names. Pool size: enough to cover every name once, capped.
std::vector<std::string> buildPool(const Options &o)
{
    const long long needed = (o.names + o.linesPerDatagram - 1) / o.linesPerDatagram;
    const std::size_t poolSize = std::size_t(std::clamp<long long>(needed, 1, 65536));
    std::vector<std::string> pool;
    pool.reserve(poolSize);
    long long k = 0;
    for (std::size_t d = 0; d < poolSize; ++d) {
        std::string dg;
        for (int j = 0; j < o.linesPerDatagram; ++j, ++k) {
            const long long name = k % o.names;
            if (j)
                dg += '\n';
            dg += o.prefix;
            dg += '.';
            dg += std::to_string(name);
            dg += ':';
            if (o.type == "c")
                dg += '1';
            else // timers and gauges: a spread of small values, deterministic
                dg += std::to_string(1 + (k * 7919) % 1000);
            dg += '|';
            dg += o.type;
        }
        if (dg.size() > kMaxDatagram) {
            std::fprintf(stderr, "udp_loader: a datagram would be %zu bytes (max %zu)\n", dg.size(), kMaxDatagram);
            std::exit(2);
        }
        pool.push_back(std::move(dg));
    }
    return pool;
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parseArgs(argc, argv);

    const sockaddr_in target = loader::loopbackTarget(kTool, o.host, o.port);

    // Sleep precisely: the default 50 µs timer slack would blur the pacing.
    prctl(PR_SET_TIMERSLACK, 1UL, 0, 0, 0);

    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        std::perror("udp_loader: socket");
        return 1;
    }
    int sndbuf = o.sndbuf;
    ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sndbuf, sizeof sndbuf);
    if (::connect(fd, reinterpret_cast<const sockaddr *>(&target), sizeof target) != 0) {
        std::perror("udp_loader: connect");
        return 1;
    }

    const std::vector<std::string> pool = buildPool(o);
    const double datagramRate = o.rate / o.linesPerDatagram;
    // Batches small enough to go out about every 100 µs (gentler bursts), at least 1, at most 64,
    // unless --batch says otherwise.
    const int batch = o.batch > 0 ? o.batch : std::clamp(int(std::ceil(datagramRate * 100e-6)), 1, 64);
    const long long totalDatagrams = std::max(1LL, (long long)std::llround(datagramRate * o.duration));

    std::vector<mmsghdr> msgs(static_cast<std::size_t>(batch));
    std::vector<iovec> iov(static_cast<std::size_t>(batch));

    long long attempted = 0;     // datagrams handed to sendmmsg (or given up on)
    long long sentDatagrams = 0; // datagrams the kernel took
    long long sentBytes = 0;
    long long sendErrors = 0;    // datagrams that failed (ECONNREFUSED, ENOBUFS, ...)
    long long sleeps = 0;
    std::size_t poolIndex = 0;
    int lastErrno = 0;

    const double start = nowSeconds();
    const double deadline = start + o.duration + 1.0; // hard stop even if the kernel blocks us
    while (attempted < totalDatagrams) {
        const double now = nowSeconds();
        if (now >= deadline)
            break;
        // How many datagrams are due by now; if we are ahead, sleep until the next batch is due.
        const long long due = std::min(totalDatagrams, (long long)((now - start) * datagramRate) + 1);
        if (due <= attempted) {
            const long long wantBy = std::min(totalDatagrams, attempted + batch);
            sleepUntil(start + double(wantBy - 1) / datagramRate);
            ++sleeps;
            continue;
        }
        const int n = int(std::min<long long>(batch, due - attempted));
        for (int i = 0; i < n; ++i) {
            const std::string &dg = pool[poolIndex];
            poolIndex = (poolIndex + 1) % pool.size();
            iov[std::size_t(i)].iov_base = const_cast<char *>(dg.data());
            iov[std::size_t(i)].iov_len = dg.size();
            std::memset(&msgs[std::size_t(i)], 0, sizeof(mmsghdr));
            msgs[std::size_t(i)].msg_hdr.msg_iov = &iov[std::size_t(i)];
            msgs[std::size_t(i)].msg_hdr.msg_iovlen = 1;
        }
        int offset = 0;
        int failed = 0;
        for (int attempts = 0; offset < n && attempts < 2 * n + 4; ++attempts) { // bounded
            const int r = ::sendmmsg(fd, msgs.data() + offset, unsigned(n - offset), 0);
            if (r > 0) {
                for (int i = offset; i < offset + r; ++i)
                    sentBytes += (long long)iov[std::size_t(i)].iov_len;
                offset += r;
                continue;
            }
            if (r < 0 && errno == EINTR)
                continue;
            // The datagram at `offset` failed (e.g. ECONNREFUSED after an ICMP port unreachable
            // when nobody listens): count it and go on with the rest of the batch.
            lastErrno = errno;
            ++failed;
            ++offset;
        }
        failed += n - offset; // anything left after the bounded retries
        attempted += n;
        sentDatagrams += n - failed;
        sendErrors += failed;
    }
    const double seconds = nowSeconds() - start;
    ::close(fd);

    const long long sentLines = sentDatagrams * o.linesPerDatagram;
    std::printf("{\"target\":\"%s:%d\",\"type\":\"%s\",\"names\":%d,\"lines_per_datagram\":%d,"
                "\"batch\":%d,\"target_rate\":%.0f,\"sent_lines\":%lld,\"sent_datagrams\":%lld,"
                "\"sent_bytes\":%lld,\"seconds\":%.6f,\"achieved_rate\":%.1f,\"send_errors\":%lld,"
                "\"last_errno\":%d,\"sleeps\":%lld}\n",
                o.host.c_str(), o.port, o.type.c_str(), o.names, o.linesPerDatagram, batch, o.rate, sentLines,
                sentDatagrams, sentBytes, seconds, seconds > 0 ? double(sentLines) / seconds : 0.0, sendErrors,
                lastErrno, sleeps);
    return 0;
}
