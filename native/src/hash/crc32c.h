// CRC32C (Castagnoli, reflected polynomial 0x82F63B78), as used by the WAL
// record framing. Extend(crc, data) continues a running checksum:
// Extend(Extend(0, a), b) == Extend(0, a || b).
#pragma once

#include <cstddef>
#include <cstdint>

namespace tessera::hash {

enum class Crc32cPath { kAuto = 0, kPortable = 1, kSse42 = 2 };

uint32_t Crc32cExtend(uint32_t crc, const uint8_t* data, size_t size);
uint32_t Crc32cExtendPortable(uint32_t crc, const uint8_t* data, size_t size);
// Requires SSE4.2 (check Crc32cPathAvailable first).
uint32_t Crc32cExtendSse42(uint32_t crc, const uint8_t* data, size_t size);

bool Crc32cPathAvailable(Crc32cPath path);
// Forces a path for Crc32cExtend (tests cover each). Returns false, and
// changes nothing, when the CPU lacks it. kAuto restores detection.
bool SetCrc32cPath(Crc32cPath path);
Crc32cPath ActiveCrc32cPath();
const char* Crc32cPathName(Crc32cPath path);

}  // namespace tessera::hash
