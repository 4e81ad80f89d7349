// Errors crossing into JavaScript. The TesseraError class is defined in
// TypeScript (src/common/errors.ts) and handed to the addon at load with
// setErrorClass(); every error the addon raises is an instance of it with a
// stable `code`. We throw only when no exception is already pending.
#pragma once

#include <napi.h>

#include <string>

#include "common/status.h"

namespace tessera::napi_binding {

// Per-environment state (one per main thread or worker).
struct AddonData {
  Napi::FunctionReference error_class;
};

AddonData* GetAddonData(Napi::Env env);

void ThrowCoded(Napi::Env env, const std::string& code, const std::string& message);
inline void ThrowError(Napi::Env env, const Error& e) { ThrowCoded(env, e.code, e.message); }
// Makes (without throwing) an error object, for rejecting promises.
Napi::Value MakeCodedError(Napi::Env env, const std::string& code, const std::string& message);

void InitErrors(Napi::Env env, Napi::Object exports);

}  // namespace tessera::napi_binding
