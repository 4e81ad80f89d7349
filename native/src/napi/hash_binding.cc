// Hashing bindings: argument conversion only; the work is in src/hash/.
// One-shot functions, the batch, the async (thread pool) variant and the
// path setters. The incremental hashers are in blake3_hasher_binding.cc and
// sha_hasher_binding.cc.
#include <napi.h>

#include <string>
#include <vector>

#include "hash/batch.h"
#include "hash/blake3.h"
#include "hash/crc32c.h"
#include "hash/sha2.h"
#include "napi/args.h"
#include "napi/errors.h"
#include "napi/hash_args.h"
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

// blake3Hash(data: Uint8Array, out: Uint8Array): undefined; fills out
// (its length is the output length: 1..kBlake3OutBytesMax).
Napi::Value Blake3Hash(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteView data;
  Napi::Uint8Array out;
  if (!GetBytes(info, 0, "blake3", "data", &data) ||
      !GetOutBytes(info, 1, "blake3", 1, hash::kBlake3OutBytesMax, &out)) {
    return env.Undefined();
  }
  hash::Blake3Hash(data.data, data.size, out.Data(), out.ByteLength());
  return env.Undefined();
}

// blake3KeyedHash(key: Uint8Array(32), data: Uint8Array, out: Uint8Array): undefined
Napi::Value Blake3KeyedHash(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteView key;
  ByteView data;
  Napi::Uint8Array out;
  if (!GetBlake3Key(info, 0, "blake3Keyed", &key) || !GetBytes(info, 1, "blake3Keyed", "data", &data) ||
      !GetOutBytes(info, 2, "blake3Keyed", 1, hash::kBlake3OutBytesMax, &out)) {
    return env.Undefined();
  }
  hash::Blake3KeyedHash(key.data, data.data, data.size, out.Data(), out.ByteLength());
  return env.Undefined();
}

// blake3DeriveKey(context: string, material: Uint8Array, out: Uint8Array): undefined
Napi::Value Blake3DeriveKey(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string context;
  ByteView material;
  Napi::Uint8Array out;
  if (!GetString(info, 0, "blake3DeriveKey", "context", &context) ||
      !GetBytes(info, 1, "blake3DeriveKey", "material", &material) ||
      !GetOutBytes(info, 2, "blake3DeriveKey", 1, hash::kBlake3OutBytesMax, &out)) {
    return env.Undefined();
  }
  hash::Blake3DeriveKey(reinterpret_cast<const uint8_t*>(context.data()), context.size(), material.data,
                        material.size, out.Data(), out.ByteLength());
  return env.Undefined();
}

Napi::Value Sha(const Napi::CallbackInfo& info, hash::ShaAlg alg, const char* fn) {
  Napi::Env env = info.Env();
  ByteView data;
  Napi::Uint8Array out;
  const size_t n = hash::ShaDigestBytes(alg);
  if (!GetBytes(info, 0, fn, "data", &data) || !GetOutBytes(info, 1, fn, n, n, &out)) return env.Undefined();
  if (!hash::Sha(alg, data.data, data.size, out.Data())) {
    ThrowCoded(env, "HASH_OPENSSL_FAILED", std::string(fn) + ": OpenSSL failed");
  }
  return env.Undefined();
}

// sha256(data: Uint8Array, out: Uint8Array(32)): undefined
// sha384(data: Uint8Array, out: Uint8Array(48)): undefined
Napi::Value Sha256(const Napi::CallbackInfo& info) { return Sha(info, hash::ShaAlg::kSha256, "sha256"); }
Napi::Value Sha384(const Napi::CallbackInfo& info) { return Sha(info, hash::ShaAlg::kSha384, "sha384"); }

// hashBatch(alg: string, data: Uint8Array, offsets: Uint32Array): Buffer
Napi::Value HashBatch(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  hash::HashAlg alg;
  ByteView data;
  if (!GetHashAlg(info, 0, "hashBatch", &alg) || !GetBytes(info, 1, "hashBatch", "data", &data)) {
    return env.Undefined();
  }
  if (info.Length() < 3 || !info[2].IsTypedArray() ||
      info[2].As<Napi::TypedArray>().TypedArrayType() != napi_uint32_array) {
    ThrowCoded(env, "ERR_INVALID_ARG_TYPE", "hashBatch: argument 'offsets' must be a Uint32Array");
    return env.Undefined();
  }
  Napi::Uint32Array offsets = info[2].As<Napi::Uint32Array>();
  const size_t count = offsets.ElementLength();
  // Checked before the output is sized from the count.
  Status checked = hash::CheckBatchOffsets(data.size, offsets.Data(), count);
  if (!checked.ok()) {
    ThrowCoded(env, checked.error().code, "hashBatch: " + checked.error().message);
    return env.Undefined();
  }
  const size_t out_size = (count - 1) * hash::HashAlgDigestBytes(alg);
  Napi::Buffer<uint8_t> out;
  if (!NewBuffer(env, out_size, &out)) return env.Undefined();
  Status s = hash::HashBatch(alg, data, offsets.Data(), count, out.Data(), out_size);
  if (!s.ok()) {
    ThrowCoded(env, s.error().code, "hashBatch: " + s.error().message);
    return env.Undefined();
  }
  return out;
}

// Hashes one input on the libuv thread pool. The input is not copied: a
// reference keeps it alive until the promise settles, and the caller must
// not change it meanwhile (documented on the TypeScript side).
class HashWorker : public Napi::AsyncWorker {
 public:
  HashWorker(Napi::Env env, hash::HashAlg alg, Napi::Object input, ByteView data, size_t out_len)
      : Napi::AsyncWorker(env, "tessera:hash"),
        deferred_(Napi::Promise::Deferred::New(env)),
        input_(Napi::Persistent(input)),
        alg_(alg),
        data_(data),
        out_(out_len) {}

  Napi::Promise Promise() const { return deferred_.Promise(); }

 protected:
  void Execute() override {
    switch (alg_) {
      case hash::HashAlg::kBlake3:
        hash::Blake3Hash(data_.data, data_.size, out_.data(), out_.size());
        break;
      case hash::HashAlg::kSha256:
      case hash::HashAlg::kSha384:
        failed_ = !hash::Sha(alg_ == hash::HashAlg::kSha256 ? hash::ShaAlg::kSha256 : hash::ShaAlg::kSha384,
                             data_.data, data_.size, out_.data());
        break;
    }
  }

  void OnOK() override {
    Napi::Env env = Env();
    Napi::HandleScope scope(env);
    input_.Reset();
    if (failed_) {
      deferred_.Reject(MakeCodedError(env, "HASH_OPENSSL_FAILED",
                                      std::string("hashAsync: OpenSSL failed to compute ") + hash::HashAlgName(alg_)));
      return;
    }
    deferred_.Resolve(Napi::Buffer<uint8_t>::Copy(env, out_.data(), out_.size()));
  }

  void OnError(const Napi::Error& e) override {
    Napi::Env env = Env();
    Napi::HandleScope scope(env);
    input_.Reset();
    deferred_.Reject(MakeCodedError(env, "HASH_ASYNC_FAILED", "hashAsync: " + e.Message()));
  }

 private:
  Napi::Promise::Deferred deferred_;
  Napi::ObjectReference input_;
  hash::HashAlg alg_;
  ByteView data_;
  std::vector<uint8_t> out_;
  bool failed_ = false;
};

// hashAsync(alg: string, data: Uint8Array, outLength?: number): Promise<Buffer>
// outLength is for blake3; SHA-2 digests have their fixed length.
Napi::Value HashAsync(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  hash::HashAlg alg;
  ByteView data;
  if (!GetHashAlg(info, 0, "hashAsync", &alg) || !GetBytes(info, 1, "hashAsync", "data", &data)) {
    return env.Undefined();
  }
  size_t out_len = hash::HashAlgDigestBytes(alg);
  if (alg == hash::HashAlg::kBlake3) {
    if (!GetBlake3OutLength(info, 2, "hashAsync", &out_len)) return env.Undefined();
  } else if (info.Length() > 2 && !info[2].IsUndefined()) {
    ThrowCoded(env, "ERR_INVALID_ARG_VALUE",
               std::string("hashAsync: ") + hash::HashAlgName(alg) + " has a fixed digest length; pass no outLength");
    return env.Undefined();
  }
  auto* worker = new HashWorker(env, alg, info[1].As<Napi::Object>(), data, out_len);
  Napi::Promise promise = worker->Promise();
  worker->Queue();  // the worker deletes itself once it has settled
  return promise;
}

// blake3SetPath(name: 'auto'|'portable'|'sse4.1'|'avx2'): void
Napi::Value Blake3SetPath(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string name;
  if (!GetString(info, 0, "blake3SetPath", "path", &name)) return env.Undefined();
  hash::Blake3Path path = hash::Blake3Path::kAuto;
  bool known = false;
  for (auto p : {hash::Blake3Path::kAuto, hash::Blake3Path::kPortable, hash::Blake3Path::kSse41,
                 hash::Blake3Path::kAvx2}) {
    if (name == hash::Blake3PathName(p)) {
      path = p;
      known = true;
    }
  }
  if (!known) {
    ThrowCoded(env, "ERR_INVALID_ARG_VALUE",
               "blake3SetPath: unknown path '" + name + "' (expected auto, portable, sse4.1 or avx2)");
    return env.Undefined();
  }
  if (!hash::SetBlake3Path(path)) {
    ThrowCoded(env, "HASH_PATH_UNAVAILABLE", "blake3SetPath: this CPU has no " + name + " support");
  }
  return env.Undefined();
}

Napi::Value Blake3Paths(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  Napi::Object out = Napi::Object::New(env);
  out.Set("active", hash::Blake3PathName(hash::ActiveBlake3Path()));
  Napi::Array available = Napi::Array::New(env);
  uint32_t i = 0;
  for (auto p : {hash::Blake3Path::kPortable, hash::Blake3Path::kSse41, hash::Blake3Path::kAvx2}) {
    if (hash::Blake3PathAvailable(p)) available.Set(i++, hash::Blake3PathName(p));
  }
  out.Set("available", available);
  return out;
}

}  // namespace

void InitHash(Napi::Env env, Napi::Object exports) {
  exports.Set("crc32c", Napi::Function::New(env, Crc32c, "crc32c"));
  exports.Set("crc32cSetPath", Napi::Function::New(env, Crc32cSetPath, "crc32cSetPath"));
  exports.Set("crc32cPaths", Napi::Function::New(env, Crc32cPaths, "crc32cPaths"));
  exports.Set("blake3Hash", Napi::Function::New(env, Blake3Hash, "blake3Hash"));
  exports.Set("blake3KeyedHash", Napi::Function::New(env, Blake3KeyedHash, "blake3KeyedHash"));
  exports.Set("blake3DeriveKey", Napi::Function::New(env, Blake3DeriveKey, "blake3DeriveKey"));
  exports.Set("blake3SetPath", Napi::Function::New(env, Blake3SetPath, "blake3SetPath"));
  exports.Set("blake3Paths", Napi::Function::New(env, Blake3Paths, "blake3Paths"));
  exports.Set("sha256", Napi::Function::New(env, Sha256, "sha256"));
  exports.Set("sha384", Napi::Function::New(env, Sha384, "sha384"));
  exports.Set("hashBatch", Napi::Function::New(env, HashBatch, "hashBatch"));
  exports.Set("hashAsync", Napi::Function::New(env, HashAsync, "hashAsync"));
}

}  // namespace tessera::napi_binding
