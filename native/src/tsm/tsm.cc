#include "tsm/tsm.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <system_error>

namespace tessera::tsm {
namespace {

std::string ErrnoText(int e) { return std::system_category().message(e); }

Error IoError(const std::string& path, const char* op, int e) {
  return Error{"TSM_IO", "configfs-tsm " + path + ": " + op + " failed: " + ErrnoText(e)};
}

uint64_t NowMs() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<uint64_t>(ts.tv_sec) * 1000 + static_cast<uint64_t>(ts.tv_nsec) / 1000000;
}

void SleepMs(uint32_t ms) {
  timespec ts{static_cast<time_t>(ms / 1000), static_cast<long>(ms % 1000) * 1000000L};
  while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
  }
}

// Opens `path`, waiting up to `wait_ms` for it to appear (see kAttributeWaitMsDefault).
int OpenWaiting(const std::string& path, int flags, uint32_t wait_ms) {
  const uint64_t deadline = NowMs() + wait_ms;
  for (;;) {
    const int fd = open(path.c_str(), flags | O_CLOEXEC);
    if (fd >= 0 || errno != ENOENT || NowMs() >= deadline) return fd;
    SleepMs(1);
  }
}

// Reads the whole file (at most `max` bytes; one more means too large).
Result<std::vector<uint8_t>> ReadAll(const std::string& path, size_t max, uint32_t wait_ms, bool* too_large) {
  const int fd = OpenWaiting(path, O_RDONLY, wait_ms);
  if (fd < 0) return IoError(path, "open", errno);
  std::vector<uint8_t> out;
  out.resize(max + 1);
  size_t got = 0;
  while (got < out.size()) {
    const ssize_t n = read(fd, out.data() + got, out.size() - got);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int e = errno;
      close(fd);
      return IoError(path, "read", e);
    }
    if (n == 0) break;
    got += static_cast<size_t>(n);
  }
  close(fd);
  *too_large = got > max;
  out.resize(got > max ? max : got);
  return out;
}

Result<std::string> ReadSmall(const std::string& path, uint32_t wait_ms) {
  bool too_large = false;
  auto r = ReadAll(path, kAttributeBytesMax, wait_ms, &too_large);
  if (!r.ok()) return r.error();
  if (too_large) return Error{"TSM_IO", "configfs-tsm " + path + ": more than " + std::to_string(kAttributeBytesMax) + " bytes"};
  std::string s(r.value().begin(), r.value().end());
  while (!s.empty() && (s.back() == '\n' || s.back() == '\0' || s.back() == ' ')) s.pop_back();
  return s;
}

Result<uint64_t> ReadGeneration(const std::string& path) {
  auto r = ReadSmall(path, 0);
  if (!r.ok()) return r.error();
  const std::string& s = r.value();
  if (s.empty() || s.size() > 20) return Error{"TSM_GENERATION_INVALID", "configfs-tsm " + path + ": '" + s + "' is not a generation number"};
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return Error{"TSM_GENERATION_INVALID", "configfs-tsm " + path + ": '" + s + "' is not a generation number"};
    const uint64_t d = static_cast<uint64_t>(c - '0');
    if (v > (UINT64_MAX - d) / 10) return Error{"TSM_GENERATION_INVALID", "configfs-tsm " + path + ": '" + s + "' overflows"};
    v = v * 10 + d;
  }
  return v;
}

Status WriteAll(const std::string& path, ByteView data) {
  const int fd = open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return IoError(path, "open", errno);
  size_t put = 0;
  while (put < data.size) {
    const ssize_t n = write(fd, data.data + put, data.size - put);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int e = errno;
      close(fd);
      return IoError(path, "write", e);
    }
    put += static_cast<size_t>(n);
  }
  // configfs commits a binary attribute on close: its errors matter.
  if (close(fd) != 0) return IoError(path, "close", errno);
  return Status::Ok();
}

Status CheckRoot(const std::string& root) {
  struct stat st {};
  if (stat(root.c_str(), &st) != 0) {
    const int e = errno;
    return Error{"TSM_UNAVAILABLE", "configfs-tsm not found at " + root + " (" + ErrnoText(e) +
                                        "): not a TDX guest, a kernel before 6.7, or configfs not mounted"};
  }
  if (!S_ISDIR(st.st_mode)) return Error{"TSM_UNAVAILABLE", "configfs-tsm " + root + " is not a directory"};
  return Status::Ok();
}

// A report entry, removed when it goes out of scope unless Remove() ran.
class Entry {
 public:
  static Result<std::string> Make(const std::string& root) {
    static std::atomic<uint64_t> seq{0};
    int last = 0;
    for (uint32_t i = 0; i < kEntryNameAttemptsMax; ++i) {
      timespec ts{};
      clock_gettime(CLOCK_REALTIME, &ts);
      const std::string path = root + "/tessera-" + std::to_string(getpid()) + "-" + std::to_string(seq.fetch_add(1)) + "-" +
                               std::to_string(static_cast<uint64_t>(ts.tv_nsec));
      if (mkdir(path.c_str(), 0700) == 0) return path;
      last = errno;
      if (last != EEXIST) break;
    }
    return IoError(root, "mkdir of a report entry", last);
  }

  explicit Entry(std::string path) : path_(std::move(path)) {}
  ~Entry() { (void)Remove(); }
  Entry(const Entry&) = delete;
  Entry& operator=(const Entry&) = delete;

  const std::string& path() const { return path_; }
  std::string file(const char* name) const { return path_ + "/" + name; }

  // configfs removes an entry and its attributes with one rmdir. On a plain
  // directory tree (the test fake) the attribute files must go first; on
  // configfs that fallback never runs.
  Status Remove() {
    if (removed_) return Status::Ok();
    removed_ = true;
    if (rmdir(path_.c_str()) == 0 || errno == ENOENT) return Status::Ok();
    if (errno == ENOTEMPTY || errno == EEXIST) {
      for (const char* name : {"inblob", "outblob", "provider", "generation", "auxblob", "privlevel", "privlevel_floor"}) {
        (void)unlink(file(name).c_str());
      }
      if (rmdir(path_.c_str()) == 0) return Status::Ok();
    }
    const int e = errno;
    return Error{"TSM_CLEANUP_FAILED", "configfs-tsm: could not remove report entry " + path_ + ": " + ErrnoText(e)};
  }

 private:
  std::string path_;
  bool removed_ = false;
};

Status CheckProvider(const Entry& entry, uint32_t wait_ms, std::string* provider) {
  auto p = ReadSmall(entry.file("provider"), wait_ms);
  if (!p.ok()) return p.error();
  *provider = p.value();
  if (p.value() != kTdxProvider) {
    return Error{"TSM_WRONG_PROVIDER", "configfs-tsm provider is '" + p.value() + "', not " + kTdxProvider + " (" + entry.file("provider") + ")"};
  }
  return Status::Ok();
}

}  // namespace

Availability Detect(const TsmOptions& options) {
  Availability a;
  Status root = CheckRoot(options.root);
  if (!root.ok()) {
    a.reason = root.error().message;
    return a;
  }
  auto made = Entry::Make(options.root);
  if (!made.ok()) {
    a.reason = made.error().message;
    return a;
  }
  Entry entry(made.value());
  Status p = CheckProvider(entry, options.attribute_wait_ms, &a.provider);
  Status removed = entry.Remove();
  if (!p.ok()) {
    a.reason = p.error().message;
  } else if (!removed.ok()) {
    a.reason = removed.error().message;
  } else {
    a.available = true;
  }
  return a;
}

Result<std::vector<uint8_t>> GetQuote(const TsmOptions& options, ByteView report_data) {
  if (report_data.size != kReportDataBytes) {
    return Error{"TSM_REPORT_DATA_INVALID", "report data must be " + std::to_string(kReportDataBytes) + " bytes, got " + std::to_string(report_data.size)};
  }
  if (options.race_attempts_max == 0 || options.race_attempts_max > kRaceAttemptsMaxLimit || options.attribute_wait_ms > kAttributeWaitMsLimit) {
    return Error{"TSM_OPTIONS_INVALID", "configfs-tsm: race_attempts_max must be 1.." + std::to_string(kRaceAttemptsMaxLimit) +
                                            " and attribute_wait_ms at most " + std::to_string(kAttributeWaitMsLimit)};
  }
  Status root = CheckRoot(options.root);
  if (!root.ok()) return root.error();
  auto made = Entry::Make(options.root);
  if (!made.ok()) return made.error();
  Entry entry(made.value());
  std::string provider;
  Status p = CheckProvider(entry, options.attribute_wait_ms, &provider);
  if (!p.ok()) return p.error();

  const std::string generation = entry.file("generation");
  for (uint32_t attempt = 1; attempt <= options.race_attempts_max; ++attempt) {
    auto g = ReadGeneration(generation);
    if (!g.ok()) return g.error();
    Status w = WriteAll(entry.file("inblob"), report_data);
    if (!w.ok()) return w.error();
    bool too_large = false;
    auto out = ReadAll(entry.file("outblob"), kOutblobBytesMax, 0, &too_large);
    if (!out.ok()) return out.error();
    auto g2 = ReadGeneration(generation);
    if (!g2.ok()) return g2.error();
    if (g2.value() != g.value() + 1) continue;  // another writer raced us: the outblob may not be ours
    if (too_large) {
      return Error{"TSM_OUTBLOB_TOO_LARGE", "configfs-tsm " + entry.file("outblob") + ": quote larger than " + std::to_string(kOutblobBytesMax) + " bytes"};
    }
    if (out.value().empty()) {
      return Error{"TSM_EMPTY_OUTBLOB", "the host's quote service returned nothing (" + entry.file("outblob") +
                                            " was empty): check the host's QGS / quote generation service"};
    }
    Status removed = entry.Remove();
    if (!removed.ok()) return removed.error();
    return std::move(out.value());
  }
  return Error{"TSM_RACE", "configfs-tsm: another writer changed report entry " + entry.path() + " during each of " +
                               std::to_string(options.race_attempts_max) + " attempts (generation did not advance by exactly one)"};
}

}  // namespace tessera::tsm
