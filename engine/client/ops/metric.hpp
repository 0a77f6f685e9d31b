// The seed's one-line client: `ops::metric::observe("aid_form.latency_ms", ms);`
//
// Header-only, no dependencies beyond POSIX sockets. It speaks StatsD over UDP (DogStatsD tags for
// labels and the trace id), so any StatsD client works against HMS Ops Center too, and this one
// works against any StatsD server. Sending never blocks and never throws: monitoring must not
// take the service down. The target is OPS_STATSD ("host:port", default 127.0.0.1:8125).
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace ops::metric {

using Label = std::pair<std::string_view, std::string_view>;

class Client {
public:
    // `target` is "host:port" with a numeric IPv4 host; empty means $OPS_STATSD or 127.0.0.1:8125.
    explicit Client(std::string_view target = {})
    {
        std::string t(target);
        if (t.empty()) {
            const char *env = std::getenv("OPS_STATSD");
            t = env && *env ? env : "127.0.0.1:8125";
        }
        const auto colon = t.rfind(':');
        const std::string host = colon == std::string::npos ? t : t.substr(0, colon);
        const int port = colon == std::string::npos ? 8125 : std::atoi(t.c_str() + colon + 1);
        std::memset(&m_addr, 0, sizeof m_addr);
        m_addr.sin_family = AF_INET;
        m_addr.sin_port = htons(static_cast<uint16_t>(port));
        if (port <= 0 || port > 65535 || inet_pton(AF_INET, host.empty() ? "127.0.0.1" : host.c_str(), &m_addr.sin_addr) != 1)
            return; // stays disabled: a bad target must not crash the service
        m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    }
    ~Client()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Client(const Client &) = delete;
    Client &operator=(const Client &) = delete;

    bool valid() const { return m_fd >= 0; }

    // A timing or any other observation (StatsD type "ms"): one raw sample each.
    bool observe(std::string_view name, double value, std::initializer_list<Label> labels = {},
                 std::string_view traceId = {}) const
    {
        return send(name, value, "ms", labels, traceId);
    }
    bool count(std::string_view name, double delta = 1, std::initializer_list<Label> labels = {}) const
    {
        return send(name, delta, "c", labels, {});
    }
    bool gauge(std::string_view name, double value, std::initializer_list<Label> labels = {}) const
    {
        return send(name, value, "g", labels, {});
    }

    // Sends preformatted StatsD lines (several separated by '\n') as one datagram.
    bool sendRaw(std::string_view datagram) const
    {
        if (m_fd < 0)
            return false;
        return ::sendto(m_fd, datagram.data(), datagram.size(), 0, reinterpret_cast<const sockaddr *>(&m_addr),
                        sizeof m_addr) == static_cast<ssize_t>(datagram.size());
    }

    // "name:value|type|#k:v,trace_id:..." (no trailing newline).
    static std::string format(std::string_view name, double value, std::string_view type,
                              std::initializer_list<Label> labels, std::string_view traceId)
    {
        char number[32];
        std::snprintf(number, sizeof number, "%.17g", value);
        std::string line;
        line.reserve(name.size() + 48);
        line.append(name).append(":").append(number).append("|").append(type);
        bool first = true;
        auto tag = [&](std::string_view k, std::string_view v) {
            line.append(first ? "|#" : ",").append(k).append(":").append(v);
            first = false;
        };
        for (const auto &[k, v] : labels)
            tag(k, v);
        if (!traceId.empty())
            tag("trace_id", traceId);
        return line;
    }

private:
    bool send(std::string_view name, double value, std::string_view type, std::initializer_list<Label> labels,
              std::string_view traceId) const
    {
        return sendRaw(format(name, value, type, labels, traceId));
    }

    int m_fd = -1;
    sockaddr_in m_addr{};
};

// The process-wide default client (target from $OPS_STATSD).
inline const Client &defaultClient()
{
    static const Client client;
    return client;
}

inline bool observe(std::string_view name, double value, std::initializer_list<Label> labels = {},
                    std::string_view traceId = {})
{
    return defaultClient().observe(name, value, labels, traceId);
}

} // namespace ops::metric
