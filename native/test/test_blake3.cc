// BLAKE3 against the official test vectors (../shared/fixtures/blake3) on
// every code path this CPU has, plus incremental splits, seeking in the
// extendable output, the batch, and agreement between paths.
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "check.h"
#include "hash/blake3.h"

using namespace tessera::hash;
using tessera::test::FixturesDir;
using tessera::test::FromHex;
using tessera::test::Hex;
using tessera::test::ReadFile;

namespace {

struct Vector {
  size_t input_len = 0;
  std::string hash, keyed_hash, derive_key;  // hex, extended output
};

struct Vectors {
  std::string key;
  std::string context;
  std::vector<Vector> cases;
};

// The string value after `"name": "` starting at `from`; npos-safe.
std::string StringField(const std::string& json, const std::string& name, size_t from, size_t* end) {
  const std::string tag = "\"" + name + "\": \"";
  const size_t at = json.find(tag, from);
  if (at == std::string::npos) return "";
  const size_t start = at + tag.size();
  const size_t stop = json.find('"', start);
  if (stop == std::string::npos) return "";
  if (end != nullptr) *end = stop;
  return json.substr(start, stop - start);
}

// A reader for the one layout of test_vectors.json (flat objects, one field
// per line); the count of cases is checked by the caller.
bool LoadVectors(Vectors* out) {
  const std::string dir = FixturesDir();
  if (dir.empty()) return false;
  std::string json;
  if (!ReadFile(dir + "/blake3/test_vectors.json", &json)) return false;
  out->key = StringField(json, "key", 0, nullptr);
  out->context = StringField(json, "context_string", 0, nullptr);
  size_t pos = json.find("\"cases\"");
  while (pos != std::string::npos) {
    const size_t at = json.find("\"input_len\": ", pos);
    if (at == std::string::npos) break;
    Vector v;
    v.input_len = std::strtoul(json.c_str() + at + 13, nullptr, 10);
    size_t end = at;
    v.hash = StringField(json, "hash", at, &end);
    v.keyed_hash = StringField(json, "keyed_hash", at, &end);
    v.derive_key = StringField(json, "derive_key", at, &end);
    out->cases.push_back(v);
    pos = end;
  }
  return true;
}

std::vector<uint8_t> VectorInput(size_t n) {
  std::vector<uint8_t> in(n);
  for (size_t i = 0; i < n; ++i) in[i] = static_cast<uint8_t>(i % 251);
  return in;
}

std::vector<Blake3Path> AvailablePaths() {
  std::vector<Blake3Path> paths;
  for (Blake3Path p : {Blake3Path::kPortable, Blake3Path::kSse41, Blake3Path::kAvx2}) {
    if (Blake3PathAvailable(p)) paths.push_back(p);
  }
  return paths;
}

// Restores automatic path choice when a test ends, however it ends.
struct PathGuard {
  ~PathGuard() { SetBlake3Path(Blake3Path::kAuto); }
};

const uint8_t* Bytes(const std::string& s) { return reinterpret_cast<const uint8_t*>(s.data()); }

// Hashes `in` in pieces of the given sizes, cycling through them.
std::string HashInPieces(Blake3Hasher h, const std::vector<uint8_t>& in, const std::vector<size_t>& pieces,
                         size_t out_len) {
  size_t off = 0;
  for (size_t i = 0; off < in.size(); ++i) {
    const size_t n = std::min(pieces[i % pieces.size()], in.size() - off);
    h.Update(in.data() + off, n);
    off += n;
  }
  std::vector<uint8_t> out(out_len);
  h.Finalize(out.data(), out.size());
  return Hex(out.data(), out.size());
}

}  // namespace

TEST(Blake3OfficialVectorsOnEveryPath) {
  Vectors vs;
  if (!LoadVectors(&vs)) {
    std::fprintf(stderr, "  skip: ../shared/fixtures/blake3/test_vectors.json not found\n");
    return;
  }
  REQUIRE(vs.cases.size() == 35);
  REQUIRE(vs.key.size() == kBlake3KeyBytes);
  PathGuard guard;
  for (Blake3Path path : AvailablePaths()) {
    REQUIRE(SetBlake3Path(path));
    CHECK(ActiveBlake3Path() == path);
    for (const Vector& v : vs.cases) {
      const std::vector<uint8_t> in = VectorInput(v.input_len);
      const size_t ext = v.hash.size() / 2;
      std::vector<uint8_t> out(ext);
      const std::string where = " @" + std::string(Blake3PathName(path)) + " len " + std::to_string(v.input_len);

      Blake3Hash(in.data(), in.size(), out.data(), ext);
      // `where` rides along so that a failure names the path and length.
      CHECK_EQ(Hex(out.data(), ext) + where, v.hash + where);
      Blake3Hash(in.data(), in.size(), out.data(), kBlake3OutBytes);
      CHECK_EQ(Hex(out.data(), kBlake3OutBytes), v.hash.substr(0, 64));

      Blake3KeyedHash(Bytes(vs.key), in.data(), in.size(), out.data(), ext);
      CHECK_EQ(Hex(out.data(), ext) + where, v.keyed_hash + where);
      Blake3KeyedHash(Bytes(vs.key), in.data(), in.size(), out.data(), kBlake3OutBytes);
      CHECK_EQ(Hex(out.data(), kBlake3OutBytes), v.keyed_hash.substr(0, 64));

      Blake3DeriveKey(Bytes(vs.context), vs.context.size(), in.data(), in.size(), out.data(), ext);
      CHECK_EQ(Hex(out.data(), ext) + where, v.derive_key + where);
      Blake3DeriveKey(Bytes(vs.context), vs.context.size(), in.data(), in.size(), out.data(), kBlake3OutBytes);
      CHECK_EQ(Hex(out.data(), kBlake3OutBytes), v.derive_key.substr(0, 64));
    }
  }
}

TEST(Blake3IncrementalSplitsMatchVectors) {
  Vectors vs;
  if (!LoadVectors(&vs)) return;
  PathGuard guard;
  const std::vector<std::vector<size_t>> splits = {
      {1}, {63}, {64}, {65}, {1023}, {1024}, {1025}, {2048, 1}, {1, 1024, 3000}, {4096}, {100000}, {7, 1500, 64, 9000}};
  for (Blake3Path path : AvailablePaths()) {
    REQUIRE(SetBlake3Path(path));
    for (const Vector& v : vs.cases) {
      // Pieces of one byte over 100 KiB are slow; lengths to 8193 suffice for them.
      const std::vector<uint8_t> in = VectorInput(v.input_len);
      const size_t ext = v.hash.size() / 2;
      for (const auto& pieces : splits) {
        if (pieces[0] == 1 && pieces.size() == 1 && v.input_len > 8193) continue;
        CHECK_EQ(HashInPieces(Blake3Hasher(), in, pieces, ext), v.hash);
        CHECK_EQ(HashInPieces(Blake3Hasher(Bytes(vs.key)), in, pieces, ext), v.keyed_hash);
        CHECK_EQ(HashInPieces(Blake3Hasher::ForDeriveKey(Bytes(vs.context), vs.context.size()), in, pieces, ext),
                 v.derive_key);
      }
    }
  }
}

TEST(Blake3SeekIntoExtendedOutput) {
  Vectors vs;
  if (!LoadVectors(&vs)) return;
  for (const Vector& v : vs.cases) {
    const std::vector<uint8_t> in = VectorInput(v.input_len);
    Blake3Hasher h;
    h.Update(in.data(), in.size());
    const std::vector<uint8_t> want = FromHex(v.hash);
    for (size_t seek : {0u, 1u, 31u, 32u, 63u, 64u, 65u, 100u}) {
      const size_t n = want.size() - seek;
      std::vector<uint8_t> out(n);
      h.Finalize(out.data(), n, seek);
      CHECK_EQ(Hex(out.data(), n), Hex(want.data() + seek, n));
    }
  }
}

TEST(Blake3FinalizeLeavesStateUsable) {
  // Finalize is const: finalize, go on updating, finalize again.
  const std::vector<uint8_t> in = VectorInput(5000);
  Blake3Hasher h;
  h.Update(in.data(), 2000);
  uint8_t mid[32], mid_ref[32], end[32], end_ref[32];
  h.Finalize(mid, 32);
  Blake3Hash(in.data(), 2000, mid_ref, 32);
  CHECK_EQ(Hex(mid, 32), Hex(mid_ref, 32));
  h.Update(in.data() + 2000, 3000);
  h.Finalize(end, 32);
  Blake3Hash(in.data(), 5000, end_ref, 32);
  CHECK_EQ(Hex(end, 32), Hex(end_ref, 32));
  CHECK_EQ(h.bytes_hashed(), 5000u);
}

TEST(Blake3PathsAgreeOnLongAndOddInputs) {
  // Lengths that exercise many subtree shapes, beyond the vectors' 100 KiB.
  std::mt19937 rng(11);
  std::vector<uint8_t> buf(3 * 1024 * 1024 + 777 + 3);
  for (auto& b : buf) b = static_cast<uint8_t>(rng());
  PathGuard guard;
  const size_t lengths[] = {1024 * 1024, 1024 * 1024 + 1, 1024 * 1024 - 1, 3 * 1024 * 1024 + 777, 64 * 1024,
                            8 * 1024 + 512, 15 * 1024, 513 * 1024, 1023 * 1024 + 5};
  for (size_t len : lengths) {
    REQUIRE(SetBlake3Path(Blake3Path::kPortable));
    uint8_t want[32];
    Blake3Hash(buf.data() + 3, len, want, 32);  // unaligned start
    for (Blake3Path path : AvailablePaths()) {
      REQUIRE(SetBlake3Path(path));
      uint8_t got[32];
      Blake3Hash(buf.data() + 3, len, got, 32);
      CHECK_EQ(Hex(got, 32), Hex(want, 32));
      // Pieces not aligned to chunks take the chunk-state path in between.
      CHECK_EQ(HashInPieces(Blake3Hasher(), std::vector<uint8_t>(buf.begin() + 3, buf.begin() + 3 + len),
                            {65536 + 100, 333, 1 << 20}, 32),
               Hex(want, 32));
    }
  }
}

TEST(Blake3BatchMatchesOneShot) {
  std::mt19937 rng(5);
  // Lengths around block and chunk boundaries, and a few longer than a chunk.
  std::vector<uint32_t> lengths = {0, 1, 63, 64, 65, 127, 128, 1023, 1024, 1025, 2048, 5000, 64, 64, 64, 0, 7};
  for (int i = 0; i < 200; ++i) lengths.push_back(static_cast<uint32_t>(rng() % 1100));
  std::vector<uint32_t> offsets = {3};
  for (uint32_t len : lengths) offsets.push_back(offsets.back() + len);
  std::vector<uint8_t> data(offsets.back());
  for (auto& b : data) b = static_cast<uint8_t>(rng());
  PathGuard guard;
  for (Blake3Path path : AvailablePaths()) {
    REQUIRE(SetBlake3Path(path));
    // Every count from 0 to 20 (partial lane groups), then all.
    for (size_t count : {size_t{0}, size_t{1}, size_t{3}, size_t{4}, size_t{5}, size_t{8}, size_t{9}, size_t{17},
                         lengths.size()}) {
      std::vector<uint8_t> out(count * 32);
      Blake3HashBatch(data.data(), offsets.data(), count, out.data());
      for (size_t i = 0; i < count; ++i) {
        uint8_t want[32];
        Blake3Hash(data.data() + offsets[i], offsets[i + 1] - offsets[i], want, 32);
        CHECK_EQ(Hex(out.data() + 32 * i, 32), Hex(want, 32));
      }
    }
  }
}

TEST(Blake3PathNamesAndRefusals) {
  PathGuard guard;
  CHECK_EQ(std::string(Blake3PathName(Blake3Path::kAvx2)), std::string("avx2"));
  CHECK_EQ(std::string(Blake3PathName(Blake3Path::kSse41)), std::string("sse4.1"));
  CHECK(Blake3PathAvailable(Blake3Path::kPortable));
  CHECK(SetBlake3Path(Blake3Path::kPortable));
  CHECK(ActiveBlake3Path() == Blake3Path::kPortable);
  if (!Blake3PathAvailable(Blake3Path::kAvx2)) {
    CHECK(!SetBlake3Path(Blake3Path::kAvx2));
    CHECK(ActiveBlake3Path() == Blake3Path::kPortable);  // unchanged by a refusal
  }
  CHECK(SetBlake3Path(Blake3Path::kAuto));
  CHECK(ActiveBlake3Path() != Blake3Path::kAuto);
}
