// libFuzzer target: the TDVF metadata parser and MR_TD over whatever it
// accepts. Any input must give a result or a coded error, never a crash.
#include <cstddef>
#include <cstdint>

#include "mrtd/tdvf.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tessera::ByteView image(data, size);
  auto md = tessera::mrtd::ParseTdvfMetadata(image);
  if (!md.ok()) return 0;
  // Bound the work per input: skip images asking for many pages.
  uint64_t pages = 0;
  for (const auto& s : md.value().sections) pages += s.memory_size / tessera::mrtd::kPageBytes;
  if (pages > 4096) return 0;
  (void)tessera::mrtd::ComputeMrtd(image, md.value(), tessera::mrtd::MrtdOrder::kTwoPass);
  (void)tessera::mrtd::ComputeMrtd(image, md.value(), tessera::mrtd::MrtdOrder::kPerPage);
  return 0;
}
