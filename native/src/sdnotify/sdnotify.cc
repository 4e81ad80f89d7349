#include "sdnotify/sdnotify.h"

#include <errno.h>
#include <time.h>
#include <unistd.h>

#include <cstring>

namespace tessera::sdnotify {
namespace {

Error BadSocket(const std::string& why) { return Error{"SDNOTIFY_BAD_SOCKET", "NOTIFY_SOCKET " + why}; }

std::string ErrnoText(int e) {
  const char* name = nullptr;
  switch (e) {
    case ENOENT: name = "ENOENT"; break;
    case ECONNREFUSED: name = "ECONNREFUSED"; break;
    case EAGAIN: name = "EAGAIN"; break;
    case EACCES: name = "EACCES"; break;
    case EPERM: name = "EPERM"; break;
    case EMSGSIZE: name = "EMSGSIZE"; break;
    case ENOBUFS: name = "ENOBUFS"; break;
    case ENOTDIR: name = "ENOTDIR"; break;
    case EPROTOTYPE: name = "EPROTOTYPE"; break;
    case EMFILE: name = "EMFILE"; break;
    default: break;
  }
  std::string s = std::strerror(e);
  if (name != nullptr) s += std::string(" (") + name + ")";
  return s;
}

bool IsNameChar(char c, bool first) {
  if (c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
  return !first && c >= '0' && c <= '9';
}

}  // namespace

Result<SocketAddress> ResolveAddress(const std::string& notify_socket) {
  if (notify_socket.empty()) return BadSocket("is empty");
  if (notify_socket.find('\0') != std::string::npos) return BadSocket("holds a NUL byte");
  SocketAddress a;
  a.addr.sun_family = AF_UNIX;
  const size_t room = sizeof(a.addr.sun_path);
  if (notify_socket[0] == '@') {
    // Abstract namespace: sun_path starts with NUL, and the address length
    // counts exactly the name's bytes (no terminator).
    if (notify_socket.size() > room) {
      return BadSocket("'" + notify_socket + "' is too long (" + std::to_string(notify_socket.size()) +
                       " bytes; an abstract name holds at most " + std::to_string(room) + ")");
    }
    a.abstract = true;
    a.addr.sun_path[0] = '\0';
    std::memcpy(a.addr.sun_path + 1, notify_socket.data() + 1, notify_socket.size() - 1);
    a.length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + notify_socket.size());
    return a;
  }
  if (notify_socket[0] != '/') {
    return BadSocket("'" + notify_socket +
                     "' is not supported: expected an absolute path or an abstract name starting with '@'");
  }
  if (notify_socket.size() >= room) {
    return BadSocket("'" + notify_socket + "' is too long (" + std::to_string(notify_socket.size()) +
                     " bytes; a socket path holds at most " + std::to_string(room - 1) + ")");
  }
  std::memcpy(a.addr.sun_path, notify_socket.data(), notify_socket.size());
  a.addr.sun_path[notify_socket.size()] = '\0';
  a.length = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + notify_socket.size() + 1);
  return a;
}

Status ValidateState(const std::string& state) {
  if (state.empty()) return Error{"SDNOTIFY_BAD_STATE", "sd_notify state is empty"};
  if (state.size() > kStateBytesMax) {
    return Error{"SDNOTIFY_BAD_STATE", "sd_notify state is " + std::to_string(state.size()) +
                                           " bytes, over the limit of " + std::to_string(kStateBytesMax)};
  }
  const size_t nul = state.find('\0');
  if (nul != std::string::npos) {
    return Error{"SDNOTIFY_BAD_STATE", "sd_notify state holds a NUL byte at offset " + std::to_string(nul)};
  }
  size_t line_start = 0;
  size_t line_no = 1;
  while (line_start < state.size()) {
    size_t line_end = state.find('\n', line_start);
    if (line_end == std::string::npos) line_end = state.size();
    const std::string where = "line " + std::to_string(line_no) + " (offset " + std::to_string(line_start) + ")";
    size_t i = line_start;
    while (i < line_end && IsNameChar(state[i], i == line_start)) ++i;
    if (i == line_start || i == line_end || state[i] != '=') {
      return Error{"SDNOTIFY_BAD_STATE",
                   "sd_notify state " + where + " is not a NAME=VALUE assignment"};
    }
    line_start = line_end + 1;
    ++line_no;
  }
  return Status::Ok();
}

Status Send(const std::string& notify_socket, const std::string& state) {
  Result<SocketAddress> addr = ResolveAddress(notify_socket);
  if (!addr.ok()) return addr.error();
  Status valid = ValidateState(state);
  if (!valid.ok()) return valid;
  const int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    const int e = errno;
    return Error{"SDNOTIFY_SEND_FAILED", "sd_notify: socket(AF_UNIX, SOCK_DGRAM) failed: " + ErrnoText(e)};
  }
  ssize_t sent;
  do {
    sent = sendto(fd, state.data(), state.size(), MSG_NOSIGNAL | MSG_DONTWAIT,
                  reinterpret_cast<const sockaddr*>(&addr.value().addr), addr.value().length);
  } while (sent < 0 && errno == EINTR);
  const int e = errno;
  close(fd);
  if (sent < 0) {
    return Error{"SDNOTIFY_SEND_FAILED", "sd_notify: sending to NOTIFY_SOCKET " + notify_socket + " failed: " + ErrnoText(e)};
  }
  if (static_cast<size_t>(sent) != state.size()) {
    return Error{"SDNOTIFY_SEND_FAILED", "sd_notify: sent " + std::to_string(sent) + " of " +
                                             std::to_string(state.size()) + " bytes to NOTIFY_SOCKET " + notify_socket};
  }
  return Status::Ok();
}

uint64_t MonotonicUsec() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000000u + static_cast<uint64_t>(ts.tv_nsec) / 1000u;
}

}  // namespace tessera::sdnotify
