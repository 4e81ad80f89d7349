#include "napi/errors.h"

namespace tessera::napi_binding {

AddonData* GetAddonData(Napi::Env env) { return env.GetInstanceData<AddonData>(); }

Napi::Value MakeCodedError(Napi::Env env, const std::string& code, const std::string& message) {
  AddonData* data = GetAddonData(env);
  if (data != nullptr && !data->error_class.IsEmpty()) {
    Napi::Value err = data->error_class.New({Napi::String::New(env, message), Napi::String::New(env, code)});
    if (!env.IsExceptionPending()) return err;
  }
  Napi::Error fallback = Napi::Error::New(env, message);
  fallback.Set("code", Napi::String::New(env, code));
  return fallback.Value();
}

void ThrowCoded(Napi::Env env, const std::string& code, const std::string& message) {
  if (env.IsExceptionPending()) return;
  Napi::Value err = MakeCodedError(env, code, message);
  if (env.IsExceptionPending()) return;
  napi_throw(env, err);
}

namespace {

Napi::Value SetErrorClass(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() != 1 || !info[0].IsFunction()) {
    ThrowCoded(env, "ERR_INVALID_ARG_TYPE", "setErrorClass: expected the TesseraError constructor");
    return env.Undefined();
  }
  GetAddonData(env)->error_class = Napi::Persistent(info[0].As<Napi::Function>());
  return env.Undefined();
}

}  // namespace

void InitErrors(Napi::Env env, Napi::Object exports) {
  env.SetInstanceData<AddonData>(new AddonData());
  exports.Set("setErrorClass", Napi::Function::New(env, SetErrorClass, "setErrorClass"));
}

}  // namespace tessera::napi_binding
