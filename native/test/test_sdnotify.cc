// sd_notify core: address resolution, state validation, and real datagrams
// sent to unix sockets this test binds (a filesystem path and an abstract
// name) and reads back in order.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#include <cstddef>
#include <cstring>
#include <string>
#include <vector>

#include "check.h"
#include "sdnotify/sdnotify.h"

using namespace tessera;
using namespace tessera::sdnotify;

namespace {

// A bound SOCK_DGRAM receiver; closes (and unlinks its path) on scope exit.
class Receiver {
 public:
  // `name` is a path, or an abstract name given as "@name".
  explicit Receiver(const std::string& name) : name_(name) {
    fd_ = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    socklen_t len;
    if (name[0] == '@') {
      std::memcpy(a.sun_path + 1, name.data() + 1, name.size() - 1);
      len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + name.size());
    } else {
      std::memcpy(a.sun_path, name.data(), name.size());
      len = static_cast<socklen_t>(offsetof(sockaddr_un, sun_path) + name.size() + 1);
    }
    ok_ = fd_ >= 0 && bind(fd_, reinterpret_cast<sockaddr*>(&a), len) == 0;
  }
  ~Receiver() {
    if (fd_ >= 0) close(fd_);
    if (name_[0] != '@') unlink(name_.c_str());
  }
  bool ok() const { return ok_; }
  int fd() const { return fd_; }
  // Next datagram, or "<none>" when none is queued.
  std::string Next() {
    char buf[8192];
    const ssize_t n = recv(fd_, buf, sizeof(buf), MSG_DONTWAIT);
    return n < 0 ? std::string("<none>") : std::string(buf, static_cast<size_t>(n));
  }

 private:
  std::string name_;
  int fd_ = -1;
  bool ok_ = false;
};

std::string TempDir() {
  char tmpl[] = "/tmp/tessera-sdnotify-XXXXXX";
  const char* d = mkdtemp(tmpl);
  return d == nullptr ? std::string() : std::string(d);
}

std::string UniqueAbstract() {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  return "@tessera-test-" + std::to_string(getpid()) + "-" + std::to_string(ts.tv_nsec);
}

}  // namespace

TEST(SdNotifyResolvesPathAndAbstractAddresses) {
  Result<SocketAddress> p = ResolveAddress("/run/systemd/notify");
  REQUIRE(p.ok());
  CHECK(!p.value().abstract);
  CHECK_EQ(std::string(p.value().addr.sun_path), "/run/systemd/notify");
  CHECK_EQ(static_cast<size_t>(p.value().length), offsetof(sockaddr_un, sun_path) + 19 + 1);

  Result<SocketAddress> a = ResolveAddress("@notify/x");
  REQUIRE(a.ok());
  CHECK(a.value().abstract);
  CHECK_EQ(a.value().addr.sun_path[0], '\0');
  CHECK_EQ(std::string(a.value().addr.sun_path + 1, 8), "notify/x");
  // Exact length: no terminator is counted for abstract names.
  CHECK_EQ(static_cast<size_t>(a.value().length), offsetof(sockaddr_un, sun_path) + 9);

  const size_t room = sizeof(sockaddr_un{}.sun_path);
  CHECK(ResolveAddress("/" + std::string(room - 2, 'p')).ok());
  CHECK(!ResolveAddress("/" + std::string(room - 1, 'p')).ok());
  CHECK(ResolveAddress("@" + std::string(room - 1, 'a')).ok());
  CHECK(!ResolveAddress("@" + std::string(room, 'a')).ok());
  for (const std::string& bad : {std::string(""), std::string("relative/sock"), std::string("vsock:2:1234"),
                                std::string("/run/a\0b", 8)}) {
    Result<SocketAddress> r = ResolveAddress(bad);
    CHECK(!r.ok() && r.error().code == "SDNOTIFY_BAD_SOCKET");
  }
  CHECK(ResolveAddress("vsock:2:1").error().message.find("absolute path or an abstract name") != std::string::npos);
}

TEST(SdNotifyValidatesState) {
  for (const char* good : {"READY=1", "READY=1\nSTATUS=serving 3 members", "WATCHDOG=1\n",
                           "RELOADING=1\nMONOTONIC_USEC=123", "STATUS=", "X_1=a=b"}) {
    Status s = ValidateState(good);
    if (!s.ok()) test::Fail(__FILE__, __LINE__, std::string(good) + ": " + s.error().message);
  }
  struct Bad {
    std::string state;
    const char* text;
  };
  for (const Bad& b : {Bad{"", "is empty"}, Bad{"READY", "line 1 (offset 0) is not a NAME=VALUE"},
                       Bad{"=1", "line 1"}, Bad{"READY=1\n\nSTATUS=x", "line 2 (offset 8)"},
                       Bad{"READY=1\nnot an assignment", "line 2"}, Bad{"1X=1", "line 1"},
                       Bad{std::string("STATUS=a\0b", 10), "NUL byte at offset 8"},
                       Bad{"STATUS=" + std::string(kStateBytesMax, 'x'), "over the limit of 4096"}}) {
    Status s = ValidateState(b.state);
    CHECK(!s.ok());
    if (s.ok()) continue;
    CHECK_EQ(s.error().code, "SDNOTIFY_BAD_STATE");
    if (s.error().message.find(b.text) == std::string::npos) {
      test::Fail(__FILE__, __LINE__, "'" + s.error().message + "' lacks '" + b.text + "'");
    }
  }
  CHECK(ValidateState("S=" + std::string(kStateBytesMax - 2, 'x')).ok());
}

TEST(SdNotifySendsDatagramsToAPathSocket) {
  const std::string dir = TempDir();
  REQUIRE(!dir.empty());
  {
    const std::string path = dir + "/notify";
    Receiver rx(path);
    REQUIRE(rx.ok());
    const std::vector<std::string> sent = {"READY=1", "STATUS=catching up\nEXTEND_TIMEOUT_USEC=5000000",
                                           "WATCHDOG=1", "RELOADING=1\nMONOTONIC_USEC=42", "STOPPING=1"};
    for (const std::string& m : sent) {
      Status s = Send(path, m);
      if (!s.ok()) test::Fail(__FILE__, __LINE__, s.error().message);
    }
    for (const std::string& m : sent) CHECK_EQ(rx.Next(), m);
    CHECK_EQ(rx.Next(), "<none>");
  }
  rmdir(dir.c_str());
}

TEST(SdNotifySendsDatagramsToAnAbstractSocket) {
  const std::string name = UniqueAbstract();
  Receiver rx(name);
  REQUIRE(rx.ok());
  CHECK(Send(name, "READY=1").ok());
  CHECK(Send(name, "STATUS=ok").ok());
  CHECK_EQ(rx.Next(), "READY=1");
  CHECK_EQ(rx.Next(), "STATUS=ok");
  CHECK_EQ(rx.Next(), "<none>");
  // A different abstract name (a prefix of ours) is not our socket: the exact
  // address length matters.
  Status s = Send(name.substr(0, name.size() - 1), "READY=1");
  CHECK(!s.ok() && s.error().code == "SDNOTIFY_SEND_FAILED");
  CHECK_EQ(rx.Next(), "<none>");
}

TEST(SdNotifyReportsSendFailures) {
  Status s = Send("/nonexistent-tessera-dir/notify", "READY=1");
  REQUIRE(!s.ok());
  CHECK_EQ(s.error().code, "SDNOTIFY_SEND_FAILED");
  CHECK(s.error().message.find("ENOENT") != std::string::npos);
  CHECK(s.error().message.find("/nonexistent-tessera-dir/notify") != std::string::npos);
  s = Send(UniqueAbstract(), "READY=1");
  CHECK(!s.ok() && s.error().message.find("ECONNREFUSED") != std::string::npos);
  // Bad state or address: refused before anything is sent.
  const Status bad_state = Send("/tmp/x", "nonsense");
  CHECK_EQ(bad_state.error().code, "SDNOTIFY_BAD_STATE");
  const Status bad_socket = Send("tmp/x", "READY=1");
  CHECK_EQ(bad_socket.error().code, "SDNOTIFY_BAD_SOCKET");
}

// A receiver that never reads: sending must fail with EAGAIN rather than block.
TEST(SdNotifyNeverBlocksOnAFullQueue) {
  const std::string name = UniqueAbstract();
  Receiver rx(name);
  REQUIRE(rx.ok());
  int rcvbuf = 1;
  setsockopt(rx.fd(), SOL_SOCKET, SO_RCVBUF, &rcvbuf, sizeof(rcvbuf));
  Status last;
  int sent = 0;
  for (int i = 0; i < 100000 && last.ok(); ++i) {
    last = Send(name, "STATUS=" + std::string(1000, 'x'));
    if (last.ok()) ++sent;
  }
  REQUIRE(!last.ok());
  CHECK_EQ(last.error().code, "SDNOTIFY_SEND_FAILED");
  CHECK(last.error().message.find("EAGAIN") != std::string::npos);
  CHECK(sent > 0);
}

TEST(SdNotifyMonotonicClock) {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  const uint64_t before = static_cast<uint64_t>(ts.tv_sec) * 1000000u + static_cast<uint64_t>(ts.tv_nsec) / 1000u;
  const uint64_t a = MonotonicUsec();
  const uint64_t b = MonotonicUsec();
  CHECK(a >= before);
  CHECK(b >= a);
  CHECK(a - before < 1000000u);
}
