// libFuzzer target for the sd_notify core's input checks (no socket is
// touched): the first byte picks the state validator or the NOTIFY_SOCKET
// resolver; the rest is the string. Checks what an accepted value guarantees.
// Seeds: fuzz_sdnotify_state.seeds.mjs.
#include <sys/un.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "sdnotify/sdnotify.h"

using namespace tessera;
using namespace tessera::sdnotify;

namespace {
void Require(bool cond) {
  if (!cond) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string s(reinterpret_cast<const char*>(data + 1), size - 1);
  if ((data[0] & 1) == 0) {
    Status st = ValidateState(s);
    if (!st.ok()) {
      Require(st.error().code == "SDNOTIFY_BAD_STATE" && !st.error().message.empty());
      return 0;
    }
    Require(!s.empty() && s.size() <= kStateBytesMax && s.find('\0') == std::string::npos);
    // Every line is NAME=VALUE with a non-empty name.
    size_t start = 0;
    while (start < s.size()) {
      size_t end = s.find('\n', start);
      if (end == std::string::npos) end = s.size();
      const size_t eq = s.find('=', start);
      Require(eq != std::string::npos && eq > start && eq < end);
      start = end + 1;
    }
    return 0;
  }
  Result<SocketAddress> a = ResolveAddress(s);
  if (!a.ok()) {
    Require(a.error().code == "SDNOTIFY_BAD_SOCKET");
    return 0;
  }
  const SocketAddress& addr = a.value();
  Require(addr.addr.sun_family == AF_UNIX);
  Require(addr.length > offsetof(sockaddr_un, sun_path) && addr.length <= sizeof(sockaddr_un));
  const size_t path_bytes = addr.length - offsetof(sockaddr_un, sun_path);
  if (addr.abstract) {
    Require(s[0] == '@' && path_bytes == s.size() && addr.addr.sun_path[0] == '\0');
    Require(std::memcmp(addr.addr.sun_path + 1, s.data() + 1, s.size() - 1) == 0);
  } else {
    Require(s[0] == '/' && path_bytes == s.size() + 1 && addr.addr.sun_path[s.size()] == '\0');
    Require(std::memcmp(addr.addr.sun_path, s.data(), s.size()) == 0);
  }
  return 0;
}
