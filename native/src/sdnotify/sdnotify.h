// sd_notify(3) without libsystemd: one datagram per call to the unix socket
// named by $NOTIFY_SOCKET (a filesystem path, or an abstract name written
// with a leading '@'). The caller (src/ops/sdnotify.ts) decides what to send
// and treats an unset NOTIFY_SOCKET as "not under systemd".
//
// Errors (stable codes):
//   SDNOTIFY_BAD_SOCKET  the address is empty, too long, holds NUL, or is
//                        neither an absolute path nor an '@' name
//   SDNOTIFY_BAD_STATE   the state is empty, too long, holds NUL, or a line is
//                        not NAME=VALUE
//   SDNOTIFY_SEND_FAILED socket() or sendto() failed (the errno is named)
#pragma once

#include <sys/socket.h>
#include <sys/un.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "common/status.h"

namespace tessera::sdnotify {

// One datagram; systemd reads at most a few KiB of state per message.
constexpr size_t kStateBytesMax = 4096;

struct SocketAddress {
  sockaddr_un addr{};
  socklen_t length = 0;  // exact: abstract names are not NUL-terminated
  bool abstract = false;
};

// Turns a NOTIFY_SOCKET value into a socket address.
Result<SocketAddress> ResolveAddress(const std::string& notify_socket);

// Checks a state string: newline-separated NAME=VALUE assignments (a final
// newline is allowed), no NUL, at most kStateBytesMax bytes.
Status ValidateState(const std::string& state);

// Sends `state` as one datagram to `notify_socket`. Never blocks: a full
// receive queue is reported as an error (the next call may succeed).
Status Send(const std::string& notify_socket, const std::string& state);

// CLOCK_MONOTONIC in microseconds, the clock systemd expects in MONOTONIC_USEC.
uint64_t MonotonicUsec();

}  // namespace tessera::sdnotify
