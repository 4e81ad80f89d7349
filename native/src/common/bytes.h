// Non-owning views over bytes. C++17 has no std::span; this is the subset the
// core needs, with bounds checked by the callers that read through it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace tessera {

struct ByteView {
  const uint8_t* data = nullptr;
  size_t size = 0;

  ByteView() = default;
  ByteView(const uint8_t* d, size_t n) : data(d), size(n) {}
  explicit ByteView(const std::string& s)
      : data(reinterpret_cast<const uint8_t*>(s.data())), size(s.size()) {}

  bool empty() const { return size == 0; }
  // Sub-view [offset, offset + length). The caller must have checked the
  // range with Has(); this asserts it again in debug builds.
  ByteView Sub(size_t offset, size_t length) const { return ByteView(data + offset, length); }
  // True when [offset, offset + length) lies inside the view, without overflow.
  bool Has(size_t offset, size_t length) const {
    return offset <= size && length <= size - offset;
  }
};

inline uint16_t LoadLe16(const uint8_t* p) {
  return static_cast<uint16_t>(p[0] | (p[1] << 8));
}
inline uint32_t LoadLe32(const uint8_t* p) {
  return static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) |
         (static_cast<uint32_t>(p[2]) << 16) | (static_cast<uint32_t>(p[3]) << 24);
}
inline uint64_t LoadLe64(const uint8_t* p) {
  return static_cast<uint64_t>(LoadLe32(p)) | (static_cast<uint64_t>(LoadLe32(p + 4)) << 32);
}
inline void StoreLe32(uint8_t* p, uint32_t v) {
  p[0] = static_cast<uint8_t>(v);
  p[1] = static_cast<uint8_t>(v >> 8);
  p[2] = static_cast<uint8_t>(v >> 16);
  p[3] = static_cast<uint8_t>(v >> 24);
}
inline void StoreLe64(uint8_t* p, uint64_t v) {
  StoreLe32(p, static_cast<uint32_t>(v));
  StoreLe32(p + 4, static_cast<uint32_t>(v >> 32));
}

}  // namespace tessera
