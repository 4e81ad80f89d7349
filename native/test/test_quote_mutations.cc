// Quote parser robustness on the real quotes: every truncation, every single
// bit flip (of length fields and of every byte), and seeded random mutations.
// Each input is copied into a heap block of exactly its size, so the ASan
// build catches any read past the end. A mutation may parse (when it lands in
// a field the parser does not interpret) or fail with a known code; it must
// never crash.
#include <cstring>
#include <memory>
#include <random>
#include <set>
#include <string>

#include "check.h"
#include "quote/quote.h"
#include "test_quote_samples.h"

using namespace tessera;
using namespace tessera::quote;
using tessera::test::Bytes;
using tessera::test::LoadQuoteFixture;

namespace {

const std::set<std::string>& KnownCodes() {
  static const std::set<std::string> codes = {
      "TDX_QUOTE_TOO_LARGE",   "TDX_QUOTE_TRUNCATED",     "TDX_QUOTE_UNSUPPORTED_VERSION",
      "TDX_QUOTE_BAD_KEY_TYPE", "TDX_QUOTE_BAD_TEE_TYPE",  "TDX_QUOTE_BAD_BODY_TYPE",
      "TDX_QUOTE_BAD_LENGTH",   "TDX_QUOTE_BAD_CERT_TYPE", "TDX_QUOTE_BAD_CERT_CHAIN"};
  return codes;
}

// What a parse gave, without views (they would point into a freed copy).
struct Outcome {
  bool ok = false;
  std::string code;
  std::string message;
};

// Parses a copy of data[0, n) held in an allocation of exactly n bytes, and
// checks that every view of a successful parse lies inside the input.
Outcome ParseExact(const uint8_t* data, size_t n) {
  std::unique_ptr<uint8_t[]> copy(new uint8_t[n == 0 ? 1 : n]);
  if (n > 0) std::memcpy(copy.get(), data, n);
  Result<ParsedQuote> r = ParseQuote(ByteView(n == 0 ? nullptr : copy.get(), n));
  if (!r.ok()) return Outcome{false, r.error().code, r.error().message};
  const ParsedQuote& q = r.value();
  const uint8_t* lo = copy.get();
  const uint8_t* hi = lo + n;
  auto inside = [&](ByteView v) { return v.size == 0 || (v.data >= lo && v.data + v.size <= hi); };
  bool all_inside = inside(q.quote) && inside(q.body) && inside(q.signed_region) && inside(q.signature) &&
                    inside(q.attestation_key) && inside(q.certification_data) && inside(q.qe_report.raw) &&
                    inside(q.qe_report_signature) && inside(q.qe_auth_data) && inside(q.pck_cert_data) &&
                    inside(q.pck_chain_pem);
  for (const ByteView& c : q.pck_chain) all_inside = all_inside && inside(c);
  if (!all_inside) return Outcome{false, "VIEW_OUTSIDE_INPUT", "a view points outside the input"};
  if (q.quote.size + q.trailing_bytes != n) return Outcome{false, "BAD_TRAILING", "quote + trailing != input"};
  return Outcome{true, "", ""};
}

bool CleanError(const Outcome& r) {
  return !r.ok && KnownCodes().count(r.code) == 1 && r.message.find("offset") != std::string::npos;
}

bool CleanErrorOrOk(const Outcome& r) { return r.ok || (KnownCodes().count(r.code) == 1 && !r.message.empty()); }

}  // namespace

TEST(QuoteEveryTruncationOfTheTdxQuote) {
  Bytes b;
  if (!LoadQuoteFixture("tdx_quote", &b)) return;
  for (size_t n = 0; n < b.size(); ++n) {
    Outcome r = ParseExact(b.data(), n);
    if (n >= test::kTdxQuoteEnd) {
      // The cut falls inside the trailing padding.
      if (!r.ok) test::Fail(__FILE__, __LINE__, "prefix " + std::to_string(n) + ": " + r.message);
    } else if (r.ok || r.code != "TDX_QUOTE_TRUNCATED" ||
               (n > 0 && r.message.find("offset") == std::string::npos)) {
      test::Fail(__FILE__, __LINE__, "prefix " + std::to_string(n) + " did not fail cleanly as truncated: " +
                                         (r.ok ? "parsed" : r.code + " " + r.message));
    }
  }
}

TEST(QuoteEveryTruncationOfTheSgxQuote) {
  Bytes b;
  if (!LoadQuoteFixture("sgx_quote", &b)) return;
  for (size_t n = 0; n < b.size(); ++n) {
    Outcome r = ParseExact(b.data(), n);
    if (r.ok || r.code != "TDX_QUOTE_TRUNCATED") {
      test::Fail(__FILE__, __LINE__, "prefix " + std::to_string(n) + " did not fail as truncated");
    }
  }
  CHECK(ParseExact(b.data(), b.size()).ok);
}

TEST(QuoteEveryTruncationOfV5Quotes) {
  Bytes v4, v3;
  if (!LoadQuoteFixture("tdx_quote", &v4) || !LoadQuoteFixture("sgx_quote", &v3)) return;
  for (const Bytes& b : {test::TdxV4ToV5(v4, false), test::TdxV4ToV5(v4, true), test::SgxV3ToV5(v3)}) {
    CHECK(ParseExact(b.data(), b.size()).ok);
    for (size_t n = 0; n < b.size(); ++n) {
      Outcome r = ParseExact(b.data(), n);
      if (r.ok || r.code != "TDX_QUOTE_TRUNCATED") {
        test::Fail(__FILE__, __LINE__, "v5 prefix " + std::to_string(n) + " did not fail as truncated");
      }
    }
  }
}

// Every bit of every length field, in v4, v5 and v3 quotes: always an error
// (sizes nest exactly, so no flipped length can still add up).
TEST(QuoteBitFlipsInLengthFields) {
  Bytes v4, v3;
  if (!LoadQuoteFixture("tdx_quote", &v4) || !LoadQuoteFixture("sgx_quote", &v3)) return;
  struct Field {
    size_t offset;
    size_t size;
  };
  struct Sample {
    Bytes bytes;
    std::vector<Field> fields;
  };
  const size_t s5 = 638;  // v5 TD 1.0 signature data offset
  const size_t v3_auth = test::kSgxSigDataLenAt + 4 + 128 + 384 + 64;
  std::vector<Sample> samples = {
      {v4, {{632, 4}, {766, 4}, {1218, 2}, {1254, 4}}},
      {test::TdxV4ToV5(v4, false), {{50, 4}, {s5, 4}, {s5 + 134, 4}, {s5 + 4 + 134 + 448, 2}, {s5 + 4 + 134 + 448 + 2 + 32 + 2, 4}}},
      {v3, {{test::kSgxSigDataLenAt, 4}, {v3_auth, 2}, {v3_auth + 2 + 32 + 2, 4}}},
  };
  // The field offsets above are the fixtures' (checked by the field tests);
  // assert the values here so a wrong offset fails loudly.
  REQUIRE(LoadLe32(v4.data() + 1254) == 3678);
  REQUIRE(LoadLe16(v3.data() + v3_auth) == 32);
  REQUIRE(LoadLe32(samples[1].bytes.data() + 50) == 584);
  REQUIRE(LoadLe32(samples[1].bytes.data() + s5 + 4 + 134 + 448 + 2 + 32 + 2) == 3678);
  size_t flips = 0;
  for (Sample& s : samples) {
    for (const Field& f : s.fields) {
      for (size_t byte = f.offset; byte < f.offset + f.size; ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
          s.bytes[byte] ^= static_cast<uint8_t>(1u << bit);
          Outcome r = ParseExact(s.bytes.data(), s.bytes.size());
          s.bytes[byte] ^= static_cast<uint8_t>(1u << bit);
          ++flips;
          if (!CleanError(r)) {
            test::Fail(__FILE__, __LINE__, "flip of bit " + std::to_string(bit) + " at offset " +
                                               std::to_string(byte) + ": " +
                                               (r.ok ? std::string("parsed") : r.code + " " + r.message));
          }
        }
      }
    }
  }
  CHECK_EQ(flips, (4u + 4 + 2 + 4 + 4 + 4 + 4 + 2 + 4 + 4 + 2 + 4) * 8u);
}

TEST(QuoteBitFlipsEverywhere) {
  Bytes b;
  if (!LoadQuoteFixture("tdx_quote", &b)) return;
  size_t parsed = 0;
  for (size_t byte = 0; byte < b.size(); ++byte) {
    for (int bit = 0; bit < 8; ++bit) {
      b[byte] ^= static_cast<uint8_t>(1u << bit);
      Outcome r = ParseExact(b.data(), b.size());
      b[byte] ^= static_cast<uint8_t>(1u << bit);
      if (r.ok) ++parsed;
      if (!CleanErrorOrOk(r)) {
        test::Fail(__FILE__, __LINE__, "flip at " + std::to_string(byte) + ": " + r.code);
        return;
      }
    }
  }
  // Most bytes (report fields, signatures, padding) are not interpreted.
  CHECK(parsed > b.size() * 8 / 2);
  CHECK(parsed < b.size() * 8);
}

TEST(QuoteRandomMutations) {
  Bytes v4, v3;
  if (!LoadQuoteFixture("tdx_quote", &v4) || !LoadQuoteFixture("sgx_quote", &v3)) return;
  const std::vector<Bytes> bases = {v4, v3, test::TdxV4ToV5(v4, true), test::SgxV3ToV5(v3)};
  std::mt19937_64 rng(20240611);
  for (int iter = 0; iter < 20000; ++iter) {
    Bytes b = bases[rng() % bases.size()];
    const int edits = 1 + static_cast<int>(rng() % 4);
    for (int e = 0; e < edits; ++e) {
      const size_t at = rng() % b.size();
      switch (rng() % 4) {
        case 0:
          b[at] = static_cast<uint8_t>(rng());
          break;
        case 1:  // a plausible length somewhere
          if (at + 4 <= b.size()) test::PutLe32(&b, at, static_cast<uint32_t>(rng() % 8192));
          break;
        case 2:
          b.erase(b.begin() + at, b.begin() + std::min(b.size(), at + 1 + rng() % 64));
          break;
        default:
          b.insert(b.begin() + at, 1 + rng() % 64, static_cast<uint8_t>(rng()));
          break;
      }
      if (b.empty()) b.push_back(0);
    }
    Outcome r = ParseExact(b.data(), b.size());
    if (!CleanErrorOrOk(r)) {
      test::Fail(__FILE__, __LINE__, "iteration " + std::to_string(iter) + ": " + r.code + " " + r.message);
      return;
    }
  }
}
