#include <sys/stat.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>

#include "check.h"

namespace tessera::test {
namespace {
int g_failures_in_test = 0;
}

std::vector<TestCase>& Registry() {
  static std::vector<TestCase> tests;
  return tests;
}

void Fail(const char* file, int line, const std::string& what) {
  ++g_failures_in_test;
  std::cerr << "  " << file << ":" << line << ": " << what << "\n";
}

std::string FixturesDir() {
  const std::string dir = std::string(TESSERA_SOURCE_DIR) + "/../shared/fixtures";
  struct stat st {};
  if (stat(dir.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) return dir;
  return "";
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

std::string Hex(const uint8_t* data, size_t size) {
  static const char* kDigits = "0123456789abcdef";
  std::string s;
  s.reserve(size * 2);
  for (size_t i = 0; i < size; ++i) {
    s.push_back(kDigits[data[i] >> 4]);
    s.push_back(kDigits[data[i] & 15]);
  }
  return s;
}

std::vector<uint8_t> FromHex(const std::string& hex) {
  std::vector<uint8_t> out;
  auto nib = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (size_t i = 0; i + 1 < hex.size(); i += 2) {
    out.push_back(static_cast<uint8_t>(nib(hex[i]) * 16 + nib(hex[i + 1])));
  }
  return out;
}

}  // namespace tessera::test

int main(int argc, char** argv) {
  using namespace tessera::test;
  const char* filter = argc > 1 ? argv[1] : nullptr;
  const char* ci = std::getenv("CI");
  if (FixturesDir().empty()) {
    if (ci != nullptr && std::strcmp(ci, "true") == 0) {
      std::cerr << "../shared/fixtures is missing; CI=true requires it\n";
      std::cout << "0 passed, 1 failed\n";
      return 1;
    }
    std::cerr << "note: ../shared/fixtures not found; tests that need it skip\n";
  }
  int passed = 0;
  int failed = 0;
  for (const TestCase& t : Registry()) {
    if (filter != nullptr && std::strstr(t.name, filter) == nullptr) continue;
    g_failures_in_test = 0;
    t.fn();
    if (g_failures_in_test == 0) {
      ++passed;
    } else {
      ++failed;
      std::cerr << "FAIL " << t.name << "\n";
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}
