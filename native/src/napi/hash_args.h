// Argument conversion shared by the hashing binding files. Each getter
// either fills `out` and returns true, or throws a TesseraError naming the
// function and argument and returns false.
#pragma once

#include <napi.h>

#include <string>

#include "hash/batch.h"
#include "hash/blake3.h"
#include "napi/args.h"
#include "napi/errors.h"

namespace tessera::napi_binding {

// An optional BLAKE3 output length: undefined means 32 bytes; otherwise an
// integer in [1, kBlake3OutBytesMax].
inline bool GetBlake3OutLength(const Napi::CallbackInfo& info, size_t index, const char* fn, size_t* out) {
  if (index >= info.Length() || info[index].IsUndefined()) {
    *out = hash::kBlake3OutBytes;
    return true;
  }
  uint64_t n = 0;
  if (!GetSafeUint(info, index, fn, "outLength", &n)) return false;
  if (n == 0 || n > hash::kBlake3OutBytesMax) {
    ThrowCoded(info.Env(), "ERR_OUT_OF_RANGE",
               std::string(fn) + ": argument 'outLength' must be between 1 and " +
                   std::to_string(hash::kBlake3OutBytesMax) + " bytes, got " + std::to_string(n));
    return false;
  }
  *out = static_cast<size_t>(n);
  return true;
}

// An output the caller allocated (the JS side uses Buffer.allocUnsafe, whose
// pool makes small outputs far cheaper than a new Buffer from here): a
// Uint8Array of min..max bytes, which the binding fills completely.
inline bool GetOutBytes(const Napi::CallbackInfo& info, size_t index, const char* fn, size_t min, size_t max,
                        Napi::Uint8Array* out) {
  Napi::Env env = info.Env();
  if (index >= info.Length() || !info[index].IsTypedArray() ||
      info[index].As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array) {
    ThrowCoded(env, "ERR_INVALID_ARG_TYPE", std::string(fn) + ": argument 'out' must be a Buffer or Uint8Array");
    return false;
  }
  *out = info[index].As<Napi::Uint8Array>();
  const size_t n = out->ByteLength();
  if (n < min || n > max) {
    const std::string want = min == max ? "exactly " + std::to_string(min)
                                        : "between " + std::to_string(min) + " and " + std::to_string(max);
    ThrowCoded(env, "ERR_OUT_OF_RANGE",
               std::string(fn) + ": argument 'out' must be " + want + " bytes, got " + std::to_string(n));
    return false;
  }
  return true;
}

// A BLAKE3 key: exactly 32 bytes.
inline bool GetBlake3Key(const Napi::CallbackInfo& info, size_t index, const char* fn, ByteView* out) {
  if (!GetBytes(info, index, fn, "key", out)) return false;
  if (out->size != hash::kBlake3KeyBytes) {
    ThrowCoded(info.Env(), "ERR_INVALID_ARG_VALUE",
               std::string(fn) + ": argument 'key' must be exactly " + std::to_string(hash::kBlake3KeyBytes) +
                   " bytes, got " + std::to_string(out->size));
    return false;
  }
  return true;
}

// An algorithm name for the batch and async calls: blake3, sha256, sha384.
inline bool GetHashAlg(const Napi::CallbackInfo& info, size_t index, const char* fn, hash::HashAlg* out) {
  std::string name;
  if (!GetString(info, index, fn, "alg", &name)) return false;
  if (!hash::ParseHashAlg(name, out)) {
    ThrowCoded(info.Env(), "ERR_INVALID_ARG_VALUE",
               std::string(fn) + ": unknown algorithm '" + name + "' (expected blake3, sha256 or sha384)");
    return false;
  }
  return true;
}

// A new Buffer of `size` bytes; false (with the exception pending) when
// node could not allocate it.
inline bool NewBuffer(Napi::Env env, size_t size, Napi::Buffer<uint8_t>* out) {
  *out = Napi::Buffer<uint8_t>::New(env, size);
  return !env.IsExceptionPending();
}

}  // namespace tessera::napi_binding
