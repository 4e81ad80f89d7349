// Argument conversion for binding functions. Each getter either fills `out`
// and returns true, or throws a TesseraError (ERR_INVALID_ARG_TYPE /
// ERR_OUT_OF_RANGE) naming the function and argument and returns false.
#pragma once

#include <napi.h>

#include <cstdint>
#include <string>

#include "common/bytes.h"
#include "napi/errors.h"

namespace tessera::napi_binding {

inline bool GetBytes(const Napi::CallbackInfo& info, size_t index, const char* fn, const char* name,
                     ByteView* out) {
  Napi::Env env = info.Env();
  if (index < info.Length() && info[index].IsTypedArray()) {
    Napi::TypedArray ta = info[index].As<Napi::TypedArray>();
    if (ta.TypedArrayType() == napi_uint8_array || ta.TypedArrayType() == napi_uint8_clamped_array) {
      Napi::Uint8Array u8 = info[index].As<Napi::Uint8Array>();
      *out = ByteView(u8.Data(), u8.ByteLength());
      return true;
    }
  }
  ThrowCoded(env, "ERR_INVALID_ARG_TYPE",
             std::string(fn) + ": argument '" + name + "' must be a Buffer or Uint8Array");
  return false;
}

inline bool GetUint32(const Napi::CallbackInfo& info, size_t index, const char* fn, const char* name,
                      uint32_t* out) {
  Napi::Env env = info.Env();
  if (index < info.Length() && info[index].IsNumber()) {
    const double d = info[index].As<Napi::Number>().DoubleValue();
    if (d >= 0 && d <= 4294967295.0 && d == static_cast<double>(static_cast<uint32_t>(d))) {
      *out = static_cast<uint32_t>(d);
      return true;
    }
    ThrowCoded(env, "ERR_OUT_OF_RANGE",
               std::string(fn) + ": argument '" + name + "' must be an integer in [0, 2^32)");
    return false;
  }
  ThrowCoded(env, "ERR_INVALID_ARG_TYPE", std::string(fn) + ": argument '" + name + "' must be a number");
  return false;
}

// Non-negative safe integer (< 2^53), e.g. a length or a unix time.
inline bool GetSafeUint(const Napi::CallbackInfo& info, size_t index, const char* fn, const char* name,
                        uint64_t* out) {
  Napi::Env env = info.Env();
  if (index < info.Length() && info[index].IsNumber()) {
    const double d = info[index].As<Napi::Number>().DoubleValue();
    if (d >= 0 && d <= 9007199254740991.0 && d == static_cast<double>(static_cast<uint64_t>(d))) {
      *out = static_cast<uint64_t>(d);
      return true;
    }
    ThrowCoded(env, "ERR_OUT_OF_RANGE",
               std::string(fn) + ": argument '" + name + "' must be a non-negative safe integer");
    return false;
  }
  ThrowCoded(env, "ERR_INVALID_ARG_TYPE", std::string(fn) + ": argument '" + name + "' must be a number");
  return false;
}

inline bool GetString(const Napi::CallbackInfo& info, size_t index, const char* fn, const char* name,
                      std::string* out) {
  Napi::Env env = info.Env();
  if (index < info.Length() && info[index].IsString()) {
    *out = info[index].As<Napi::String>().Utf8Value();
    return true;
  }
  ThrowCoded(env, "ERR_INVALID_ARG_TYPE", std::string(fn) + ": argument '" + name + "' must be a string");
  return false;
}

inline Napi::Buffer<uint8_t> CopyToBuffer(Napi::Env env, const uint8_t* data, size_t size) {
  return Napi::Buffer<uint8_t>::Copy(env, data, size);
}

}  // namespace tessera::napi_binding
