// Hashing bindings: argument conversion only; the work is in src/hash/.
#include <napi.h>

#include "hash/crc32c.h"
#include "napi/args.h"
#include "napi/errors.h"
#include "napi/modules.h"

namespace tessera::napi_binding {
namespace {

// crc32c(data: Uint8Array, seed?: number): number
Napi::Value Crc32c(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteView data;
  if (!GetBytes(info, 0, "crc32c", "data", &data)) return env.Undefined();
  uint32_t seed = 0;
  if (info.Length() > 1 && !info[1].IsUndefined() && !GetUint32(info, 1, "crc32c", "seed", &seed)) {
    return env.Undefined();
  }
  return Napi::Number::New(env, hash::Crc32cExtend(seed, data.data, data.size));
}

// crc32cSetPath(name: 'auto'|'portable'|'sse4.2'): void
Napi::Value Crc32cSetPath(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string name;
  if (!GetString(info, 0, "crc32cSetPath", "path", &name)) return env.Undefined();
  hash::Crc32cPath path;
  if (name == "auto") {
    path = hash::Crc32cPath::kAuto;
  } else if (name == "portable") {
    path = hash::Crc32cPath::kPortable;
  } else if (name == "sse4.2") {
    path = hash::Crc32cPath::kSse42;
  } else {
    ThrowCoded(env, "ERR_INVALID_ARG_VALUE",
               "crc32cSetPath: unknown path '" + name + "' (expected auto, portable or sse4.2)");
    return env.Undefined();
  }
  if (!hash::SetCrc32cPath(path)) {
    ThrowCoded(env, "HASH_PATH_UNAVAILABLE", "crc32cSetPath: this CPU has no " + name + " support");
  }
  return env.Undefined();
}

Napi::Value Crc32cPaths(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object out = Napi::Object::New(env);
  out.Set("active", hash::Crc32cPathName(hash::ActiveCrc32cPath()));
  Napi::Array available = Napi::Array::New(env);
  uint32_t i = 0;
  for (auto p : {hash::Crc32cPath::kPortable, hash::Crc32cPath::kSse42}) {
    if (hash::Crc32cPathAvailable(p)) available.Set(i++, hash::Crc32cPathName(p));
  }
  out.Set("available", available);
  return out;
}

}  // namespace

void InitHash(Napi::Env env, Napi::Object exports) {
  exports.Set("crc32c", Napi::Function::New(env, Crc32c, "crc32c"));
  exports.Set("crc32cSetPath", Napi::Function::New(env, Crc32cSetPath, "crc32cSetPath"));
  exports.Set("crc32cPaths", Napi::Function::New(env, Crc32cPaths, "crc32cPaths"));
}

}  // namespace tessera::napi_binding
