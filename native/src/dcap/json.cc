#include "dcap/json.h"

#include <cstring>

namespace tessera::dcap {

const JsonValue* JsonValue::Get(const char* key) const {
  for (const auto& m : members) {
    if (m.first == key) return &m.second;
  }
  return nullptr;
}

namespace {

constexpr int kDepthMax = 32;

class Parser {
 public:
  explicit Parser(ByteView t) : t_(t) {}

  bool Value(JsonValue* out, int depth) {
    if (depth > kDepthMax) return Fail("nesting too deep");
    Ws();
    if (p_ >= t_.size) return Fail("value expected");
    const uint8_t c = t_.data[p_];
    if (c == '{') return Object(out, depth);
    if (c == '[') return Array(out, depth);
    if (c == '"') {
      out->kind = JsonValue::Kind::kString;
      return String(&out->string);
    }
    if (c == 't') return Literal("true", out, JsonValue::Kind::kBool, true);
    if (c == 'f') return Literal("false", out, JsonValue::Kind::kBool, false);
    if (c == 'n') return Literal("null", out, JsonValue::Kind::kNull, false);
    if (c == '-' || (c >= '0' && c <= '9')) return Number(out);
    return Fail("unexpected character");
  }

  bool End() {
    Ws();
    return p_ == t_.size || Fail("trailing data");
  }

  std::string error;
  size_t p_ = 0;

 private:
  bool Fail(const char* why) {
    if (error.empty()) error = std::string(why) + " at offset " + std::to_string(p_);
    return false;
  }
  void Ws() {
    while (p_ < t_.size && (t_.data[p_] == ' ' || t_.data[p_] == '\n' || t_.data[p_] == '\r' || t_.data[p_] == '\t')) ++p_;
  }
  bool Literal(const char* word, JsonValue* out, JsonValue::Kind kind, bool b) {
    const size_t n = std::strlen(word);
    if (t_.size - p_ < n || std::memcmp(t_.data + p_, word, n) != 0) return Fail("invalid literal");
    p_ += n;
    out->kind = kind;
    out->boolean = b;
    return true;
  }
  bool Number(JsonValue* out) {
    out->kind = JsonValue::Kind::kNumber;
    const size_t start = p_;
    bool neg = false;
    if (t_.data[p_] == '-') {
      neg = true;
      ++p_;
    }
    if (p_ >= t_.size || t_.data[p_] < '0' || t_.data[p_] > '9') return Fail("digit expected");
    if (t_.data[p_] == '0' && p_ + 1 < t_.size && t_.data[p_ + 1] >= '0' && t_.data[p_ + 1] <= '9') return Fail("leading zero");
    bool overflow = false;
    uint64_t v = 0;
    while (p_ < t_.size && t_.data[p_] >= '0' && t_.data[p_] <= '9') {
      const uint64_t d = t_.data[p_] - '0';
      if (v > (static_cast<uint64_t>(INT64_MAX) - d) / 10) overflow = true;
      else v = v * 10 + d;
      ++p_;
    }
    bool integral = true;
    if (p_ < t_.size && t_.data[p_] == '.') {
      integral = false;
      ++p_;
      if (p_ >= t_.size || t_.data[p_] < '0' || t_.data[p_] > '9') return Fail("digit expected after '.'");
      while (p_ < t_.size && t_.data[p_] >= '0' && t_.data[p_] <= '9') ++p_;
    }
    if (p_ < t_.size && (t_.data[p_] == 'e' || t_.data[p_] == 'E')) {
      integral = false;
      ++p_;
      if (p_ < t_.size && (t_.data[p_] == '+' || t_.data[p_] == '-')) ++p_;
      if (p_ >= t_.size || t_.data[p_] < '0' || t_.data[p_] > '9') return Fail("digit expected in exponent");
      while (p_ < t_.size && t_.data[p_] >= '0' && t_.data[p_] <= '9') ++p_;
    }
    (void)start;
    out->is_integer = integral && !overflow;
    out->integer = neg ? -static_cast<int64_t>(v) : static_cast<int64_t>(v);
    return true;
  }
  static void PutUtf8(uint32_t cp, std::string* s) {
    if (cp < 0x80) {
      s->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      s->push_back(static_cast<char>(0xc0 | (cp >> 6)));
      s->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
      s->push_back(static_cast<char>(0xe0 | (cp >> 12)));
      s->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
      s->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    } else {
      s->push_back(static_cast<char>(0xf0 | (cp >> 18)));
      s->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3f)));
      s->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3f)));
      s->push_back(static_cast<char>(0x80 | (cp & 0x3f)));
    }
  }
  bool Hex4(uint32_t* out) {
    if (t_.size - p_ < 4) return Fail("truncated \\u escape");
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const uint8_t c = t_.data[p_++];
      v <<= 4;
      if (c >= '0' && c <= '9') v |= c - '0';
      else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
      else return Fail("invalid \\u escape");
    }
    *out = v;
    return true;
  }
  bool String(std::string* out) {
    ++p_;  // opening quote
    out->clear();
    while (true) {
      if (p_ >= t_.size) return Fail("unterminated string");
      const uint8_t c = t_.data[p_];
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return Fail("control character in string");
      if (c != '\\') {
        out->push_back(static_cast<char>(c));
        ++p_;
        continue;
      }
      ++p_;
      if (p_ >= t_.size) return Fail("unterminated escape");
      const uint8_t e = t_.data[p_++];
      switch (e) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(&cp)) return false;
          if (cp >= 0xd800 && cp < 0xdc00) {
            uint32_t lo = 0;
            if (t_.size - p_ < 2 || t_.data[p_] != '\\' || t_.data[p_ + 1] != 'u') return Fail("lone surrogate");
            p_ += 2;
            if (!Hex4(&lo)) return false;
            if (lo < 0xdc00 || lo >= 0xe000) return Fail("invalid surrogate pair");
            cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          } else if (cp >= 0xdc00 && cp < 0xe000) {
            return Fail("lone surrogate");
          }
          PutUtf8(cp, out);
          break;
        }
        default:
          return Fail("invalid escape");
      }
    }
  }
  bool Array(JsonValue* out, int depth) {
    out->kind = JsonValue::Kind::kArray;
    ++p_;
    Ws();
    if (p_ < t_.size && t_.data[p_] == ']') {
      ++p_;
      return true;
    }
    while (true) {
      out->items.emplace_back();
      if (!Value(&out->items.back(), depth + 1)) return false;
      Ws();
      if (p_ >= t_.size) return Fail("unterminated array");
      if (t_.data[p_] == ',') {
        ++p_;
        continue;
      }
      if (t_.data[p_] == ']') {
        ++p_;
        return true;
      }
      return Fail("',' or ']' expected");
    }
  }
  bool Object(JsonValue* out, int depth) {
    out->kind = JsonValue::Kind::kObject;
    ++p_;
    Ws();
    if (p_ < t_.size && t_.data[p_] == '}') {
      ++p_;
      return true;
    }
    while (true) {
      Ws();
      if (p_ >= t_.size || t_.data[p_] != '"') return Fail("key expected");
      std::string key;
      if (!String(&key)) return false;
      if (out->Get(key.c_str()) != nullptr) return Fail("duplicate key");
      Ws();
      if (p_ >= t_.size || t_.data[p_] != ':') return Fail("':' expected");
      ++p_;
      out->members.emplace_back(std::move(key), JsonValue());
      if (!Value(&out->members.back().second, depth + 1)) return false;
      Ws();
      if (p_ >= t_.size) return Fail("unterminated object");
      if (t_.data[p_] == ',') {
        ++p_;
        continue;
      }
      if (t_.data[p_] == '}') {
        ++p_;
        return true;
      }
      return Fail("',' or '}' expected");
    }
  }

  ByteView t_;
};

}  // namespace

Result<JsonValue> ParseJson(ByteView text) {
  Parser p(text);
  JsonValue v;
  if (!p.Value(&v, 0) || !p.End()) return Error{"JSON_MALFORMED", p.error};
  return v;
}

}  // namespace tessera::dcap
