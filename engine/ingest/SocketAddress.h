// A QHostAddress and port as a POSIX socket address, for the listeners on native sockets.
#pragma once

#include <QHostAddress>

#include <sys/socket.h>

namespace hms {

struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;
    bool v6 = false;

    SocketAddress(const QHostAddress &address, quint16 port);
    sockaddr *data() { return reinterpret_cast<sockaddr *>(&storage); }
    // The port in `storage` (after getsockname, the one the kernel picked for port 0).
    quint16 port() const;
};

} // namespace hms
