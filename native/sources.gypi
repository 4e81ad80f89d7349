# The one list of the C++ core's sources (no N-API in any of them).
# binding.gyp includes this file for the addon; native/CMakeLists.txt reads it
# for the C++ unit tests and fuzz targets. Paths are relative to native/.
{
  "sources": [
    "src/common/cpu.cc",
    "src/quote/quote.cc",
    "src/sdnotify/sdnotify.cc",
    "src/hash/crc32c.cc",
    "src/hash/sha2.cc"
  ]
}
