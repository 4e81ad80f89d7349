// The configfs-tsm core's paths that need no cooperating "kernel"; the full
// protocol (race, empty outblob, cleanup) runs against a fake tree in
// test/unit/attest-tsm.test.ts through the addon.
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>
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
