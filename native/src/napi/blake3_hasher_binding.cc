// The JS-visible Blake3Hasher: new Blake3Hasher(mode, keyOrContext?) with
// update(data) and digest(out). Argument conversion only; the work is
// hash::Blake3Hasher. digest() finalizes: later calls are refused, as
// node:crypto's Hash does, so a caller never hashes into a spent object by
// mistake.
#include <napi.h>

#include <string>

#include "hash/blake3.h"
#include "napi/args.h"
#include "napi/errors.h"
#include "napi/hash_args.h"
#include "napi/modules.h"

namespace tessera::napi_binding {
namespace {

class Blake3HasherObject : public Napi::ObjectWrap<Blake3HasherObject> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "Blake3Hasher",
                       {InstanceMethod<&Blake3HasherObject::Update>("update"),
                        InstanceMethod<&Blake3HasherObject::Digest>("digest")});
  }

  // (mode: 'hash') | ('keyed', key: Uint8Array(32)) | ('derive', context: string)
  explicit Blake3HasherObject(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Blake3HasherObject>(info) {
    std::string mode;
    if (!GetString(info, 0, "Blake3Hasher", "mode", &mode)) return;
    if (mode == "hash") {
      return;
    }
    if (mode == "keyed") {
      ByteView key;
      if (!GetBlake3Key(info, 1, "Blake3Hasher", &key)) return;
      hasher_ = hash::Blake3Hasher(key.data);
      return;
    }
    if (mode == "derive") {
      std::string context;
      if (!GetString(info, 1, "Blake3Hasher", "context", &context)) return;
      hasher_ = hash::Blake3Hasher::ForDeriveKey(reinterpret_cast<const uint8_t*>(context.data()), context.size());
      return;
    }
    ThrowCoded(info.Env(), "ERR_INVALID_ARG_VALUE",
               "Blake3Hasher: unknown mode '" + mode + "' (expected hash, keyed or derive)");
  }

 private:
  bool CheckLive(Napi::Env env, const char* method) {
    if (!finished_) return true;
    ThrowCoded(env, "HASH_FINALIZED",
               std::string("Blake3Hasher.") + method + ": the hasher was already finalized by digest()");
    return false;
  }

  // update(data: Uint8Array): undefined
  Napi::Value Update(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ByteView data;
    if (!CheckLive(env, "update") || !GetBytes(info, 0, "Blake3Hasher.update", "data", &data)) {
      return env.Undefined();
    }
    hasher_.Update(data.data, data.size);
    return env.Undefined();
  }

  // digest(out: Uint8Array): undefined; fills out (1..kBlake3OutBytesMax bytes)
  Napi::Value Digest(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    Napi::Uint8Array out;
    if (!CheckLive(env, "digest") || !GetOutBytes(info, 0, "Blake3Hasher.digest", 1, hash::kBlake3OutBytesMax, &out)) {
      return env.Undefined();
    }
    hasher_.Finalize(out.Data(), out.ByteLength());
    finished_ = true;
    return env.Undefined();
  }

  hash::Blake3Hasher hasher_;
  bool finished_ = false;
};

}  // namespace

void InitBlake3Hasher(Napi::Env env, Napi::Object exports) {
  exports.Set("Blake3Hasher", Blake3HasherObject::Define(env));
}

}  // namespace tessera::napi_binding
