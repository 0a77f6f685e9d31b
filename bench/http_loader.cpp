// http_loader: one sequential HTTP/1.1 client POSTing Influx line protocol over a keep-alive
// connection, for loopback ingest benchmarks (POSIX only, no Qt).
//
//   http_loader --port P [--host 127.0.0.1] [--path /write] --duration S [--max-requests N]
//               [--lines 10000] [--fields 5] [--token TOKEN] [--step-seconds 10] [--measurement node]
//
// Each body holds `--lines` lines of one measurement (`node`) with three tags (host, region, cpu)
// and `--fields` float fields, all with one nanosecond timestamp: one "scrape" of that many series.
// Request k carries timestamp base + k·step (rewritten in place, so no two requests repeat a
// point). Only loopback targets (127.0.0.0/8) are accepted; the loop is bounded by --duration
// (≤ 600 s) and --max-requests. Prints one JSON object on stdout:
//   {"rows":..,"field_rows":..,"requests":..,"non_2xx":..,"seconds":..,"rows_per_s":..,...}

#include "loader_common.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
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
    std::string path = "/write";
    double duration = 5.0;
    long long maxRequests = 1000000;
    int lines = 10000;
    int fields = 5;
    std::string token;
    long long stepSeconds = 10;
    // A warm-up run uses its own measurement, so that the measured run's series are new and its
    // first points are not older than the warm-up's last (a store that refuses out-of-order
    // points, as Prometheus and we do, would count them as rejected).
    std::string measurement = "node";
};

const loader::Tool kTool{"http_loader",
                         "usage: http_loader --port P [--host 127.0.0.1] [--path /write] --duration S\n"
                         "                   [--max-requests N] [--lines 10000] [--fields 5]\n"
                         "                   [--token TOKEN] [--step-seconds 10] [--measurement node]\n"};

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
        else if (a == "--path")
            o.path = next();
        else if (a == "--duration")
            o.duration = parseNumber("--duration", next());
        else if (a == "--max-requests")
            o.maxRequests = (long long)parseNumber("--max-requests", next());
        else if (a == "--lines")
            o.lines = int(parseNumber("--lines", next()));
        else if (a == "--fields")
            o.fields = int(parseNumber("--fields", next()));
        else if (a == "--token")
            o.token = next();
        else if (a == "--measurement")
            o.measurement = next();
        else if (a == "--step-seconds")
            o.stepSeconds = (long long)parseNumber("--step-seconds", next());
        else if (a == "-h" || a == "--help")
            usage(nullptr);
        else
            usage((std::string("unknown argument ") + argv[i]).c_str());
    }
    if (o.port <= 0 || o.port > 65535)
        usage("--port is required (1..65535)");
    if (!(o.duration > 0 && o.duration <= 600))
        usage("--duration must be in (0, 600]");
    if (o.maxRequests < 1 || o.maxRequests > 100000000)
        usage("--max-requests must be 1..1e8");
    if (o.lines < 1 || o.lines > 1000000)
        usage("--lines must be 1..1000000");
    if (o.fields < 1 || o.fields > 50)
        usage("--fields must be 1..50");
    if (o.path.empty() || o.path[0] != '/')
        usage("--path must start with /");
    if (o.stepSeconds < 1 || o.stepSeconds > 86400)
        usage("--step-seconds must be 1..86400");
    if (o.measurement.empty() || o.measurement.size() > 64 || o.measurement.find_first_of(" ,=\\\"\n") != std::string::npos)
        usage("--measurement must be 1..64 characters without spaces, commas, = or quotes");
    if (o.token.find_first_of("\r\n") != std::string::npos)
        usage("bad --token");
    return o;
}

double nowSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

constexpr int kTimestampDigits = 19; // nanoseconds since the epoch, 2001..2286

struct Body {
    std::string text;
    std::vector<std::size_t> timestampAt; // where each line's 19-digit timestamp starts
};

// Node-exporter-like rows: node,host=hNNNNN,region=rR,cpu=cpuC usage_user=..,usage_system=..,...
Body buildBody(const Options &o)
{
    static const char *const kFieldNames[] = {"usage_user", "usage_system", "usage_idle", "usage_iowait",
                                              "usage_steal", "load1", "load5", "load15", "mem_used", "mem_free"};
    Body b;
    b.text.reserve(std::size_t(o.lines) * std::size_t(60 + 20 * o.fields));
    b.timestampAt.reserve(std::size_t(o.lines));
    uint64_t rng = 0x9E3779B97F4A7C15ULL;
    auto next = [&rng]() {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        return rng;
    };
    char num[64];
    for (int i = 0; i < o.lines; ++i) {
        const int cpus = 8;
        std::snprintf(num, sizeof num, "%s,host=h%05d,region=r%d,cpu=cpu%d ", o.measurement.c_str(), i / cpus,
                      (i / cpus) % 7, i % cpus);
        b.text += num;
        for (int f = 0; f < o.fields; ++f) {
            if (f)
                b.text += ',';
            if (f < 10)
                b.text += kFieldNames[f];
            else
                b.text += "field" + std::to_string(f);
            const double v = double(next() % 1000000) / 1000.0; // 0.000 .. 999.999
            std::snprintf(num, sizeof num, "=%.3f", v);
            b.text += num;
        }
        b.text += ' ';
        b.timestampAt.push_back(b.text.size());
        b.text.append(std::size_t(kTimestampDigits), '0');
        b.text += '\n';
    }
    return b;
}

void stampBody(Body &b, long long ns)
{
    char digits[kTimestampDigits + 1];
    std::snprintf(digits, sizeof digits, "%019lld", ns);
    for (std::size_t at : b.timestampAt)
        std::memcpy(b.text.data() + at, digits, kTimestampDigits);
}

class Connection {
public:
    explicit Connection(const sockaddr_in &addr)
        : m_addr(addr)
    {
    }
    ~Connection() { close(); }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool open()
    {
        close();
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0)
            return false;
        int one = 1;
        ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        timeval tv{10, 0}; // no request may hang the run
        ::setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        ::setsockopt(m_fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
        if (::connect(m_fd, reinterpret_cast<const sockaddr *>(&m_addr), sizeof m_addr) != 0) {
            close();
            return false;
        }
        m_buffer.clear();
        ++m_connects;
        return true;
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    bool isOpen() const { return m_fd >= 0; }
    long long connects() const { return m_connects; }

    bool sendAll(const std::string &head, const std::string &body)
    {
        std::size_t done = 0;
        const std::size_t total = head.size() + body.size();
        for (int guard = 0; done < total && guard < 1000000; ++guard) {
            iovec v[2];
            int n = 0;
            if (done < head.size()) {
                v[n++] = {const_cast<char *>(head.data()) + done, head.size() - done};
                v[n++] = {const_cast<char *>(body.data()), body.size()};
            } else {
                v[n++] = {const_cast<char *>(body.data()) + (done - head.size()), total - done};
            }
            const ssize_t w = ::writev(m_fd, v, n);
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                return false;
            done += std::size_t(w);
        }
        return done == total;
    }

    // Reads one response; returns the status code (0 on a broken connection). Sets *keepAlive.
    int readResponse(bool *keepAlive)
    {
        *keepAlive = false;
        std::size_t headerEnd = std::string::npos;
        while ((headerEnd = m_buffer.find("\r\n\r\n")) == std::string::npos) {
            if (m_buffer.size() > 1 << 20 || !fill())
                return 0;
        }
        const std::string head = m_buffer.substr(0, headerEnd);
        m_buffer.erase(0, headerEnd + 4);
        int status = 0;
        if (head.size() < 12 || std::sscanf(head.c_str(), "HTTP/1.%*d %d", &status) != 1)
            return 0;
        std::string lower = head;
        std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return char(std::tolower(c)); });
        const bool http10 = head.compare(0, 8, "HTTP/1.0") == 0;
        const bool closeHdr = lower.find("\r\nconnection: close") != std::string::npos;
        *keepAlive = !closeHdr && !(http10 && lower.find("\r\nconnection: keep-alive") == std::string::npos);
        long long length = -1;
        if (const auto p = lower.find("\r\ncontent-length:"); p != std::string::npos)
            length = std::atoll(lower.c_str() + p + 17);
        const bool chunked = lower.find("\r\ntransfer-encoding: chunked") != std::string::npos;
        if (status == 204 || status == 304 || (status >= 100 && status < 200))
            length = 0;
        if (chunked) {
            for (int guard = 0; guard < 100000; ++guard) {
                std::size_t eol;
                while ((eol = m_buffer.find("\r\n")) == std::string::npos)
                    if (!fill())
                        return 0;
                const long long size = std::strtoll(m_buffer.c_str(), nullptr, 16);
                m_buffer.erase(0, eol + 2);
                if (!consume(std::size_t(size) + 2))
                    return 0;
                if (size == 0)
                    break; // (trailers are not expected)
            }
        } else if (length >= 0) {
            if (!consume(std::size_t(length)))
                return 0;
        } else {
            while (fill()) { // body until the server closes
            }
            m_buffer.clear();
            *keepAlive = false;
        }
        m_lastBody = m_lastBodyTmp;
        return status;
    }
    const std::string &lastBody() const { return m_lastBody; }

private:
    bool fill()
    {
        char chunk[65536];
        for (;;) {
            const ssize_t r = ::read(m_fd, chunk, sizeof chunk);
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                return false;
            m_buffer.append(chunk, std::size_t(r));
            return true;
        }
    }
    bool consume(std::size_t n)
    {
        while (m_buffer.size() < n)
            if (!fill())
                return false;
        m_lastBodyTmp = m_buffer.substr(0, std::min<std::size_t>(n, 512));
        m_buffer.erase(0, n);
        return true;
    }

    sockaddr_in m_addr;
    int m_fd = -1;
    long long m_connects = 0;
    std::string m_buffer;
    std::string m_lastBody, m_lastBodyTmp;
};

std::string jsonEscape(const std::string &s)
{
    std::string out;
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            out += ' ';
        } else {
            out += char(c);
        }
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    const Options o = parseArgs(argc, argv);
    const sockaddr_in addr = loader::loopbackTarget(kTool, o.host, o.port);

    Body body = buildBody(o);
    std::string headPrefix = "POST " + o.path + " HTTP/1.1\r\nHost: " + o.host + ":" + std::to_string(o.port) +
                             "\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: keep-alive\r\n";
    if (!o.token.empty())
        headPrefix += "Authorization: Bearer " + o.token + "\r\n";
    const std::string head = headPrefix + "Content-Length: " + std::to_string(body.text.size()) + "\r\n\r\n";

    // Timestamps start in the past by as many steps as the run can plausibly make (50 requests/s),
    // so that the run ends near "now": no server rejects them as far-future points.
    const long long stepNs = o.stepSeconds * 1000000000LL;
    const long long nowNs = (long long)std::time(nullptr) * 1000000000LL;
    const long long expected = std::min<long long>(o.maxRequests, (long long)(o.duration * 50) + 1);
    const long long baseNs = nowNs - expected * stepNs;

    Connection conn(addr);
    long long requests = 0, ok = 0, non2xx = 0, failures = 0, bytes = 0;
    int lastStatus = 0;
    std::string lastError;
    const double start = nowSeconds();
    const double deadline = start + o.duration;
    while (requests < o.maxRequests && nowSeconds() < deadline) {
        if (!conn.isOpen() && !conn.open()) {
            ++failures;
            lastError = std::string("connect: ") + std::strerror(errno);
            if (failures > 100)
                break;
            usleep(10000);
            continue;
        }
        stampBody(body, baseNs + requests * stepNs);
        ++requests;
        bool keepAlive = false;
        int status = 0;
        if (conn.sendAll(head, body.text))
            status = conn.readResponse(&keepAlive);
        if (status == 0) {
            ++failures;
            lastError = "broken connection";
            conn.close();
            if (failures > 100)
                break;
            continue;
        }
        lastStatus = status;
        bytes += (long long)body.text.size();
        if (status >= 200 && status < 300) {
            ++ok;
        } else {
            ++non2xx;
            lastError = "HTTP " + std::to_string(status) + ": " + conn.lastBody();
        }
        if (!keepAlive)
            conn.close();
    }
    const double seconds = nowSeconds() - start;
    const long long rows = ok * o.lines;
    const long long fieldRows = rows * o.fields;
    std::printf("{\"target\":\"%s:%d%s\",\"lines_per_request\":%d,\"fields\":%d,\"body_bytes\":%zu,"
                "\"requests\":%lld,\"ok\":%lld,\"non_2xx\":%lld,\"failures\":%lld,\"connects\":%lld,"
                "\"rows\":%lld,\"field_rows\":%lld,\"bytes\":%lld,\"seconds\":%.6f,"
                "\"rows_per_s\":%.1f,\"field_rows_per_s\":%.1f,\"last_status\":%d,\"last_error\":\"%s\"}\n",
                o.host.c_str(), o.port, o.path.c_str(), o.lines, o.fields, body.text.size(), requests, ok, non2xx,
                failures, conn.connects(), rows, fieldRows, bytes, seconds, seconds > 0 ? double(rows) / seconds : 0.0,
                seconds > 0 ? double(fieldRows) / seconds : 0.0, lastStatus, jsonEscape(lastError).c_str());
    return 0;
}
