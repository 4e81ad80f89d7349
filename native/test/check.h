// A small test harness for the C++ core: TEST registers a function, CHECK*
// record failures with file and line and go on. The runner prints one line
// per failing check and a final "N passed, N failed" (counted per test).
#pragma once

#include <cstdint>
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace tessera::test {

struct TestCase {
  const char* name;
  void (*fn)();
};

std::vector<TestCase>& Registry();
void Fail(const char* file, int line, const std::string& what);
// Directory of ../shared/fixtures, or "" when absent (tests then skip with a
// message; under CI=true the runner fails instead).
std::string FixturesDir();
bool ReadFile(const std::string& path, std::string* out);
std::string Hex(const uint8_t* data, size_t size);
std::vector<uint8_t> FromHex(const std::string& hex);

struct Registrar {
  Registrar(const char* name, void (*fn)()) { Registry().push_back({name, fn}); }
};

}  // namespace tessera::test

#define TESSERA_CAT2(a, b) a##b
#define TESSERA_CAT(a, b) TESSERA_CAT2(a, b)
#define TEST(name)                                                                      \
  static void TESSERA_CAT(test_, name)();                                               \
  static ::tessera::test::Registrar TESSERA_CAT(registrar_, name)(#name, &TESSERA_CAT(test_, name)); \
  static void TESSERA_CAT(test_, name)()

#define CHECK(cond)                                                       \
  do {                                                                    \
    if (!(cond)) ::tessera::test::Fail(__FILE__, __LINE__, "CHECK(" #cond ")"); \
  } while (0)

#define CHECK_EQ(a, b)                                                                   \
  do {                                                                                   \
    const auto& va_ = (a);                                                               \
    const auto& vb_ = (b);                                                               \
    if (!(va_ == vb_)) {                                                                 \
      std::ostringstream os_;                                                            \
      os_ << "CHECK_EQ(" #a ", " #b "): " << va_ << " != " << vb_;                        \
      ::tessera::test::Fail(__FILE__, __LINE__, os_.str());                              \
    }                                                                                    \
  } while (0)

// Stops the current test (after recording) when a precondition fails.
#define REQUIRE(cond)                                                      \
  do {                                                                     \
    if (!(cond)) {                                                         \
      ::tessera::test::Fail(__FILE__, __LINE__, "REQUIRE(" #cond ")");     \
      return;                                                              \
    }                                                                      \
  } while (0)
