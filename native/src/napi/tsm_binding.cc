// configfs-tsm bindings: argument conversion only; the work is in src/tsm/.
// Both calls block on the host (mkdir/read in configfs, a quote round trip),
// so they run on the libuv thread pool and return promises.
#include <napi.h>

#include <string>
#include <vector>

#include "napi/args.h"
#include "napi/errors.h"
#include "napi/modules.h"
#include "tsm/tsm.h"

namespace tessera::napi_binding {
namespace {

class TsmQuoteWorker : public Napi::AsyncWorker {
 public:
  TsmQuoteWorker(Napi::Env env, tsm::TsmOptions options, std::vector<uint8_t> report_data)
      : Napi::AsyncWorker(env, "tessera.tsmGetQuote"),
        deferred_(Napi::Promise::Deferred::New(env)),
        options_(std::move(options)),
        report_data_(std::move(report_data)),
        result_(Error{"TSM_IO", "not run"}) {}

  Napi::Promise Promise() { return deferred_.Promise(); }

  void Execute() override { result_ = tsm::GetQuote(options_, ByteView(report_data_.data(), report_data_.size())); }

  void OnOK() override {
    Napi::Env env = Env();
    if (result_.ok()) {
      deferred_.Resolve(CopyToBuffer(env, result_.value().data(), result_.value().size()));
    } else {
      deferred_.Reject(MakeCodedError(env, result_.error().code, result_.error().message));
    }
  }

 private:
  Napi::Promise::Deferred deferred_;
  tsm::TsmOptions options_;
  std::vector<uint8_t> report_data_;
  Result<std::vector<uint8_t>> result_;
};

class TsmDetectWorker : public Napi::AsyncWorker {
 public:
  TsmDetectWorker(Napi::Env env, tsm::TsmOptions options)
      : Napi::AsyncWorker(env, "tessera.tsmDetect"), deferred_(Napi::Promise::Deferred::New(env)), options_(std::move(options)) {}

  Napi::Promise Promise() { return deferred_.Promise(); }
  void Execute() override { result_ = tsm::Detect(options_); }
  void OnOK() override {
    Napi::Env env = Env();
    Napi::Object o = Napi::Object::New(env);
    o.Set("available", Napi::Boolean::New(env, result_.available));
    o.Set("provider", Napi::String::New(env, result_.provider));
    o.Set("reason", Napi::String::New(env, result_.reason));
    deferred_.Resolve(o);
  }

 private:
  Napi::Promise::Deferred deferred_;
  tsm::TsmOptions options_;
  tsm::Availability result_;
};

bool GetOptions(const Napi::CallbackInfo& info, const char* fn, tsm::TsmOptions* o) {
  if (!GetString(info, 0, fn, "root", &o->root)) return false;
  if (o->root.empty()) {
    ThrowCoded(info.Env(), "ERR_INVALID_ARG_VALUE", std::string(fn) + ": argument 'root' must not be empty");
    return false;
  }
  return GetUint32(info, 1, fn, "raceAttemptsMax", &o->race_attempts_max) &&
         GetUint32(info, 2, fn, "attributeWaitMs", &o->attribute_wait_ms);
}

// tsmGetQuote(root: string, raceAttemptsMax: number, attributeWaitMs: number, reportData: Uint8Array): Promise<Buffer>
Napi::Value TsmGetQuote(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsm::TsmOptions options;
  if (!GetOptions(info, "tsmGetQuote", &options)) return env.Undefined();
  ByteView rd;
  if (!GetBytes(info, 3, "tsmGetQuote", "reportData", &rd)) return env.Undefined();
  auto* w = new TsmQuoteWorker(env, options, std::vector<uint8_t>(rd.data, rd.data + rd.size));
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

// tsmDetect(root: string, raceAttemptsMax: number, attributeWaitMs: number): Promise<{available, provider, reason}>
Napi::Value TsmDetect(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  tsm::TsmOptions options;
  if (!GetOptions(info, "tsmDetect", &options)) return env.Undefined();
  auto* w = new TsmDetectWorker(env, options);
  Napi::Promise p = w->Promise();
  w->Queue();
  return p;
}

}  // namespace

void InitTsm(Napi::Env env, Napi::Object exports) {
  exports.Set("tsmGetQuote", Napi::Function::New(env, TsmGetQuote, "tsmGetQuote"));
  exports.Set("tsmDetect", Napi::Function::New(env, TsmDetect, "tsmDetect"));
  exports.Set("tsmDefaultRoot", Napi::String::New(env, tsm::kDefaultRoot));
}

}  // namespace tessera::napi_binding
