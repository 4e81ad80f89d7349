// The JS-visible ShaHasher: new ShaHasher('sha256' | 'sha384') with
// update(data) and digest(out). Argument conversion only; the work is
// hash::ShaHasher (OpenSSL). digest() may be called once.
#include <napi.h>

#include <memory>
#include <string>

#include "hash/sha2.h"
#include "napi/args.h"
#include "napi/errors.h"
#include "napi/hash_args.h"
#include "napi/modules.h"

namespace tessera::napi_binding {
namespace {

class ShaHasherObject : public Napi::ObjectWrap<ShaHasherObject> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "ShaHasher",
                       {InstanceMethod<&ShaHasherObject::Update>("update"),
                        InstanceMethod<&ShaHasherObject::Digest>("digest")});
  }

  explicit ShaHasherObject(const Napi::CallbackInfo& info) : Napi::ObjectWrap<ShaHasherObject>(info) {
    Napi::Env env = info.Env();
    std::string alg;
    if (!GetString(info, 0, "ShaHasher", "alg", &alg)) return;
    if (alg != "sha256" && alg != "sha384") {
      ThrowCoded(env, "ERR_INVALID_ARG_VALUE", "ShaHasher: unknown algorithm '" + alg + "' (expected sha256 or sha384)");
      return;
    }
    hasher_ = std::make_unique<hash::ShaHasher>(alg == "sha256" ? hash::ShaAlg::kSha256 : hash::ShaAlg::kSha384);
    if (!hasher_->ok()) ThrowCoded(env, "HASH_OPENSSL_FAILED", "ShaHasher: OpenSSL could not start " + alg);
  }

 private:
  bool CheckLive(Napi::Env env, const char* method) {
    if (!finished_) return true;
    ThrowCoded(env, "HASH_FINALIZED",
               std::string("ShaHasher.") + method + ": the hasher was already finalized by digest()");
    return false;
  }

  // update(data: Uint8Array): undefined
  Napi::Value Update(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    ByteView data;
    if (!CheckLive(env, "update") || !GetBytes(info, 0, "ShaHasher.update", "data", &data)) return env.Undefined();
    if (!hasher_->Update(data.data, data.size)) ThrowCoded(env, "HASH_OPENSSL_FAILED", "ShaHasher.update: OpenSSL failed");
    return env.Undefined();
  }

  // digest(out: Uint8Array(32 or 48)): undefined
  Napi::Value Digest(const Napi::CallbackInfo& info) {
    Napi::Env env = info.Env();
    Napi::Uint8Array out;
    const size_t n = hash::ShaDigestBytes(hasher_->alg());
    if (!CheckLive(env, "digest") || !GetOutBytes(info, 0, "ShaHasher.digest", n, n, &out)) return env.Undefined();
    finished_ = true;
    if (!hasher_->Final(out.Data())) ThrowCoded(env, "HASH_OPENSSL_FAILED", "ShaHasher.digest: OpenSSL failed");
    return env.Undefined();
  }

  // Set once the constructor has checked its argument (a failed constructor
  // never yields an object, so methods always see it).
  std::unique_ptr<hash::ShaHasher> hasher_;
  bool finished_ = false;
};

}  // namespace

void InitShaHasher(Napi::Env env, Napi::Object exports) { exports.Set("ShaHasher", ShaHasherObject::Define(env)); }

}  // namespace tessera::napi_binding
