#include "ingest/SocketAddress.h"

#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>

namespace hms {

SocketAddress::SocketAddress(const QHostAddress &address, quint16 port)
    : v6(address.protocol() == QAbstractSocket::IPv6Protocol)
{
    if (v6) {
        auto *a = reinterpret_cast<sockaddr_in6 *>(&storage);
        a->sin6_family = AF_INET6;
        a->sin6_port = htons(port);
        const Q_IPV6ADDR ip = address.toIPv6Address();
        std::memcpy(&a->sin6_addr, &ip, sizeof ip);
        length = sizeof(sockaddr_in6);
    } else {
        auto *a = reinterpret_cast<sockaddr_in *>(&storage);
        a->sin_family = AF_INET;
        a->sin_port = htons(port);
        a->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    }
}

quint16 SocketAddress::port() const
{
    return ntohs(v6 ? reinterpret_cast<const sockaddr_in6 *>(&storage)->sin6_port
                    : reinterpret_cast<const sockaddr_in *>(&storage)->sin_port);
}

} // namespace hms
