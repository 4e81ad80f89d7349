#include "common/cpu.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#endif

namespace tessera::cpu {
namespace {

#if defined(__x86_64__) || defined(__i386__)
// XGETBV(0): which register states the OS saves. AVX needs XMM and YMM (bits
// 1 and 2); AVX-512 also needs opmask and ZMM state (bits 5..7).
unsigned long long ReadXcr0() {
  unsigned int eax = 0;
  unsigned int edx = 0;
  __asm__ volatile("xgetbv" : "=a"(eax), "=d"(edx) : "c"(0));
  return (static_cast<unsigned long long>(edx) << 32) | eax;
}

Features Probe() {
  Features f;
  unsigned int eax = 0, ebx = 0, ecx = 0, edx = 0;
  if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return f;
  f.sse41 = (ecx & (1u << 19)) != 0;
  f.sse42 = (ecx & (1u << 20)) != 0;
  const bool osxsave = (ecx & (1u << 27)) != 0;
  const bool avx = (ecx & (1u << 28)) != 0;
  unsigned long long xcr0 = osxsave ? ReadXcr0() : 0;
  const bool ymm_saved = (xcr0 & 0x6) == 0x6;
  const bool zmm_saved = (xcr0 & 0xe6) == 0xe6;
  if (__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) {
    f.avx2 = avx && ymm_saved && (ebx & (1u << 5)) != 0;
    f.avx512f = zmm_saved && (ebx & (1u << 16)) != 0;
    f.sha_ni = (ebx & (1u << 29)) != 0;
  }
  return f;
}
#else
Features Probe() { return Features{}; }
#endif

}  // namespace

const Features& Detect() {
  static const Features features = Probe();
  return features;
}

}  // namespace tessera::cpu
