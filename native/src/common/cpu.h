// CPU feature detection for the run-time choice of SIMD code paths.
#pragma once

namespace tessera::cpu {

struct Features {
  bool sse41 = false;
  bool sse42 = false;
  bool avx2 = false;
  bool avx512f = false;
  bool sha_ni = false;
};

// Detected once, on first use; safe to call from any thread.
const Features& Detect();

}  // namespace tessera::cpu
