# The one list of the C++ core's sources (no N-API in any of them).
# binding.gyp includes this file for the addon; native/CMakeLists.txt reads it
# for the C++ unit tests and fuzz targets. Paths are relative to native/.
{
  "sources": [
    "src/common/cpu.cc",
    "src/hash/batch.cc",
    "src/hash/blake3.cc",
    "src/hash/blake3_avx2.cc",
    "src/hash/blake3_portable.cc",
    "src/hash/blake3_sse41.cc",
    "src/quote/quote.cc",
    "src/sdnotify/sdnotify.cc",
    "src/hash/crc32c.cc",
    "src/hash/sha2.cc",
    "src/mrtd/tdvf.cc",
    "src/tsm/tsm.cc",
    "src/dcap/der.cc",
    "src/dcap/ecdsa.cc",
    "src/dcap/json.cc",
    "src/dcap/verify.cc",
    "src/dcap/x509.cc",
  ]
}
