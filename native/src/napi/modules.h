// One Init function per binding file; addon.cc calls each in turn.
#pragma once

#include <napi.h>

namespace tessera::napi_binding {

void InitErrors(Napi::Env env, Napi::Object exports);
void InitHash(Napi::Env env, Napi::Object exports);
void InitBlake3Hasher(Napi::Env env, Napi::Object exports);
void InitShaHasher(Napi::Env env, Napi::Object exports);
void InitMrtd(Napi::Env env, Napi::Object exports);
void InitTsm(Napi::Env env, Napi::Object exports);
void InitQuote(Napi::Env env, Napi::Object exports);
void InitSdNotify(Napi::Env env, Napi::Object exports);
void InitDcap(Napi::Env env, Napi::Object exports);

}  // namespace tessera::napi_binding
