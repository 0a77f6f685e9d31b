// What the load generators share: strict command-line numbers, the usage exit, and the
// loopback-only target (127.0.0.0/8) that the workplace's network rule demands, in one place.
#pragma once

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace loader {

struct Tool {
    const char *name;  // "udp_loader"
    const char *usage; // the usage lines
};

[[noreturn]] inline void usage(const Tool &tool, const char *msg)
{
    if (msg)
        std::fprintf(stderr, "%s: %s\n", tool.name, msg);
    std::fputs(tool.usage, stderr);
    std::exit(2);
}

inline double parseNumber(const Tool &tool, const char *flag, const char *text)
{
    char *end = nullptr;
    errno = 0;
    const double v = std::strtod(text, &end);
    if (errno != 0 || end == text || *end != '\0' || !std::isfinite(v))
        usage(tool, (std::string("bad number for ") + flag).c_str());
    return v;
}

// The target address; anything but a numeric 127.0.0.0/8 address ends the program.
inline sockaddr_in loopbackTarget(const Tool &tool, const std::string &host, int port)
{
    sockaddr_in target{};
    target.sin_family = AF_INET;
    target.sin_port = htons(uint16_t(port));
    if (inet_pton(AF_INET, host.c_str(), &target.sin_addr) != 1)
        usage(tool, "--host must be a numeric IPv4 address");
    if ((ntohl(target.sin_addr.s_addr) >> 24) != 127) {
        std::fprintf(stderr, "%s: refusing non-loopback target %s (only 127.0.0.0/8)\n", tool.name, host.c_str());
        std::exit(2);
    }
    return target;
}

} // namespace loader
