// TDX quote generation through configfs-tsm (Linux 6.7+), TDX.md section 1.
// Plain POSIX file I/O under a root directory given as a parameter
// (/sys/kernel/config/tsm/report in production; a fake tree in tests).
//
// One request: mkdir a unique entry; check its provider is tdx_guest; read
// generation g; write inblob (64 bytes of REPORTDATA); read outblob (the
// kernel generates the quote on that read); read generation again. Anything
// but g+1 means another writer used the entry meanwhile: retry, at most
// TsmOptions::race_attempts_max times. An empty outblob means the host's
// quoting service failed: reported at once, not retried. The entry is
// removed on every path.
//
// These calls block (a quote costs a round trip to the host's quoting
// service): the binding runs them off the JavaScript thread.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/bytes.h"
#include "common/status.h"

namespace tessera::tsm {

constexpr const char* kDefaultRoot = "/sys/kernel/config/tsm/report";
constexpr const char* kTdxProvider = "tdx_guest";
constexpr size_t kReportDataBytes = 64;
// TDX.md: a quote is up to 32 KiB; twice that leaves room for larger chains.
constexpr size_t kOutblobBytesMax = 64 * 1024;
// Small attribute files (provider, generation).
constexpr size_t kAttributeBytesMax = 256;
constexpr uint32_t kRaceAttemptsMaxDefault = 4;
constexpr uint32_t kRaceAttemptsMaxLimit = 64;
constexpr uint32_t kEntryNameAttemptsMax = 8;
// configfs creates an entry's attribute files with the directory. A tree
// that is not configfs (the test fake) populates them just after the mkdir;
// the first open waits for them at most this long.
constexpr uint32_t kAttributeWaitMsDefault = 2000;
constexpr uint32_t kAttributeWaitMsLimit = 60000;

struct TsmOptions {
  std::string root = kDefaultRoot;
  uint32_t race_attempts_max = kRaceAttemptsMaxDefault;
  uint32_t attribute_wait_ms = kAttributeWaitMsDefault;
};

struct Availability {
  bool available = false;
  std::string provider;  // what the entry's provider file said, when read
  std::string reason;    // why not available (empty when available)
};

// Checks the root exists and a fresh entry's provider reads tdx_guest,
// without writing inblob or reading outblob (no quote is generated).
Availability Detect(const TsmOptions& options);

// Error codes: TSM_UNAVAILABLE (no root directory), TSM_WRONG_PROVIDER,
// TSM_REPORT_DATA_INVALID, TSM_OPTIONS_INVALID, TSM_IO (names the file and
// the errno text), TSM_GENERATION_INVALID, TSM_RACE (bounded retries used
// up), TSM_EMPTY_OUTBLOB, TSM_OUTBLOB_TOO_LARGE, TSM_CLEANUP_FAILED (the
// entry could not be removed after an otherwise successful request).
Result<std::vector<uint8_t>> GetQuote(const TsmOptions& options, ByteView report_data);

}  // namespace tessera::tsm
