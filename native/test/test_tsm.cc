// The configfs-tsm core: the paths that need no cooperating "kernel", then
// the whole protocol against a fake kernel thread (the addon-level tests in
// test/unit/attest-tsm.test.ts run the same against a fake process).
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "check.h"
#include "tsm/tsm.h"

using namespace tessera;
using namespace tessera::tsm;

namespace {

std::string TempDir() {
  char tmpl[] = "/tmp/tessera-tsm-test-XXXXXX";
  const char* d = mkdtemp(tmpl);
  return d == nullptr ? std::string() : std::string(d);
}

size_t Entries(const std::string& dir) {
  size_t n = 0;
  DIR* d = opendir(dir.c_str());
  if (d == nullptr) return 0;
  while (dirent* e = readdir(d)) {
    if (std::string(e->d_name) != "." && std::string(e->d_name) != "..") ++n;
  }
  closedir(d);
  return n;
}

}  // namespace

TEST(TsmRefusesMissingRootAndBadArguments) {
  TsmOptions o;
  o.root = "/nonexistent/tessera/tsm";
  std::vector<uint8_t> rd(64, 1);
  auto r = GetQuote(o, ByteView(rd.data(), rd.size()));
  REQUIRE(!r.ok());
  CHECK_EQ(r.error().code, std::string("TSM_UNAVAILABLE"));
  CHECK(r.error().message.find("/nonexistent/tessera/tsm") != std::string::npos);
  Availability a = Detect(o);
  CHECK(!a.available);
  CHECK(a.reason.find("not found") != std::string::npos);

  std::vector<uint8_t> short_rd(32, 1);
  auto s = GetQuote(o, ByteView(short_rd.data(), short_rd.size()));
  REQUIRE(!s.ok());
  CHECK_EQ(s.error().code, std::string("TSM_REPORT_DATA_INVALID"));
  o.race_attempts_max = 0;
  auto z = GetQuote(o, ByteView(rd.data(), rd.size()));
  REQUIRE(!z.ok());
  CHECK_EQ(z.error().code, std::string("TSM_OPTIONS_INVALID"));
}

TEST(TsmRemovesItsEntryWhenTheProviderNeverAppears) {
  const std::string root = TempDir();
  REQUIRE(!root.empty());
  TsmOptions o;
  o.root = root;
  o.attribute_wait_ms = 20;
  std::vector<uint8_t> rd(64, 2);
  auto r = GetQuote(o, ByteView(rd.data(), rd.size()));
  REQUIRE(!r.ok());
  CHECK_EQ(r.error().code, std::string("TSM_IO"));
  CHECK(r.error().message.find("/provider: open failed") != std::string::npos);
  CHECK_EQ(Entries(root), size_t{0});
  CHECK(!Detect(o).available);
  CHECK_EQ(Entries(root), size_t{0});
  rmdir(root.c_str());
}

TEST(TsmRefusesARootThatIsAFile) {
  const std::string dir = TempDir();
  REQUIRE(!dir.empty());
  const std::string file = dir + "/file";
  FILE* f = std::fopen(file.c_str(), "w");
  REQUIRE(f != nullptr);
  std::fclose(f);
  TsmOptions o;
  o.root = file;
  std::vector<uint8_t> rd(64, 3);
  auto r = GetQuote(o, ByteView(rd.data(), rd.size()));
  REQUIRE(!r.ok());
  CHECK_EQ(r.error().code, std::string("TSM_UNAVAILABLE"));
  unlink(file.c_str());
  rmdir(dir.c_str());
}

// ---------------------------------------------------------------------------
// The whole protocol against a fake "kernel" thread. Like
// test/helpers/fake-tsm.mjs: it gives each new entry provider and generation
// files and FIFOs for inblob / outblob, so the core's write and read meet it
// as they would meet configfs; per request it bumps generation (by 2 when
// playing a racing writer) and answers "Q" + REPORTDATA (or nothing).

namespace {

enum class Fake { kOk, kRaceOnce, kRaceAlways, kEmpty, kWrongProvider };

void WriteText(const std::string& path, const std::string& text) {
  const std::string tmp = path + ".tmp";
  FILE* f = std::fopen(tmp.c_str(), "w");
  if (f == nullptr) return;
  std::fputs(text.c_str(), f);
  std::fclose(f);
  std::rename(tmp.c_str(), path.c_str());
}

uint64_t ReadNumber(const std::string& path) {
  FILE* f = std::fopen(path.c_str(), "r");
  if (f == nullptr) return 0;
  unsigned long long v = 0;
  if (std::fscanf(f, "%llu", &v) != 1) v = 0;
  std::fclose(f);
  return v;
}

class FakeKernel {
 public:
  FakeKernel(std::string root, Fake mode) : root_(std::move(root)), mode_(mode), thread_([this] { Run(); }) {}
  ~FakeKernel() {
    stop_ = true;
    thread_.join();
  }
  int requests() const { return requests_; }

 private:
  void Run() {
    std::string entry;
    int in_fd = -1;
    std::vector<uint8_t> got;
    while (!stop_) {
      std::this_thread::sleep_for(std::chrono::microseconds(200));
      if (entry.empty() || access(entry.c_str(), F_OK) != 0) {
        if (in_fd >= 0) close(in_fd);
        in_fd = -1;
        entry = NewEntry();
        if (entry.empty()) continue;
        WriteText(entry + "/generation", "41\n");
        mkfifo((entry + "/inblob").c_str(), 0600);
        mkfifo((entry + "/outblob").c_str(), 0600);
        WriteText(entry + "/provider", mode_ == Fake::kWrongProvider ? "sev_guest\n" : "tdx_guest\n");
        got.clear();
      }
      if (in_fd < 0) in_fd = open((entry + "/inblob").c_str(), O_RDONLY | O_NONBLOCK);
      if (in_fd < 0) continue;
      uint8_t buf[128];
      const ssize_t n = read(in_fd, buf, sizeof buf);
      if (n > 0) {
        got.insert(got.end(), buf, buf + n);
        continue;
      }
      if (n < 0 || got.size() < 64) continue;  // EAGAIN, or no writer yet
      close(in_fd);
      in_fd = -1;
      ++requests_;
      const bool raced = mode_ == Fake::kRaceAlways || (mode_ == Fake::kRaceOnce && requests_ == 1);
      const uint64_t g = ReadNumber(entry + "/generation");
      WriteText(entry + "/generation", std::to_string(g + (raced ? 2 : 1)) + "\n");
      int out_fd = -1;
      while (!stop_ && (out_fd = open((entry + "/outblob").c_str(), O_WRONLY | O_NONBLOCK)) < 0 && errno == ENXIO) {
        std::this_thread::sleep_for(std::chrono::microseconds(200));
      }
      if (out_fd >= 0) {
        if (mode_ != Fake::kEmpty) {
          std::vector<uint8_t> reply = {'Q'};
          reply.insert(reply.end(), got.begin(), got.begin() + 64);
          (void)!write(out_fd, reply.data(), reply.size());
        }
        close(out_fd);
      }
      got.clear();
    }
    if (in_fd >= 0) close(in_fd);
  }

  std::string NewEntry() {
    DIR* d = opendir(root_.c_str());
    if (d == nullptr) return "";
    std::string found;
    while (dirent* e = readdir(d)) {
      if (e->d_name[0] != '.') found = root_ + "/" + e->d_name;
    }
    closedir(d);
    return found;
  }

  std::string root_;
  Fake mode_;
  std::atomic<bool> stop_{false};
  std::atomic<int> requests_{0};
  std::thread thread_;
};

Result<std::vector<uint8_t>> QuoteWith(Fake mode, uint32_t attempts, int* requests, size_t* left) {
  const std::string root = TempDir();
  TsmOptions o;
  o.root = root;
  o.race_attempts_max = attempts;
  std::vector<uint8_t> rd(64);
  for (size_t i = 0; i < rd.size(); ++i) rd[i] = static_cast<uint8_t>(i * 3);
  Result<std::vector<uint8_t>> r = Error{"", ""};
  {
    FakeKernel fake(root, mode);
    r = GetQuote(o, ByteView(rd.data(), rd.size()));
    *requests = fake.requests();
  }
  *left = Entries(root);
  rmdir(root.c_str());
  return r;
}

}  // namespace

TEST(TsmProtocolAgainstAFakeKernel) {
  int requests = 0;
  size_t left = 0;
  auto ok = QuoteWith(Fake::kOk, 4, &requests, &left);
  REQUIRE(ok.ok());
  CHECK_EQ(ok.value().size(), size_t{65});
  CHECK_EQ(ok.value()[0], uint8_t{'Q'});
  CHECK_EQ(ok.value()[1 + 10], uint8_t{30});
  CHECK_EQ(requests, 1);
  CHECK_EQ(left, size_t{0});

  auto once = QuoteWith(Fake::kRaceOnce, 4, &requests, &left);
  CHECK(once.ok());
  CHECK_EQ(requests, 2);
  CHECK_EQ(left, size_t{0});

  auto always = QuoteWith(Fake::kRaceAlways, 3, &requests, &left);
  REQUIRE(!always.ok());
  CHECK_EQ(always.error().code, std::string("TSM_RACE"));
  CHECK_EQ(requests, 3);
  CHECK_EQ(left, size_t{0});

  auto empty = QuoteWith(Fake::kEmpty, 4, &requests, &left);
  REQUIRE(!empty.ok());
  CHECK_EQ(empty.error().code, std::string("TSM_EMPTY_OUTBLOB"));
  CHECK_EQ(requests, 1);  // not retried
  CHECK_EQ(left, size_t{0});

  auto wrong = QuoteWith(Fake::kWrongProvider, 4, &requests, &left);
  REQUIRE(!wrong.ok());
  CHECK_EQ(wrong.error().code, std::string("TSM_WRONG_PROVIDER"));
  CHECK_EQ(requests, 0);
  CHECK_EQ(left, size_t{0});
}
