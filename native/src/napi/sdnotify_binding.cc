// sd_notify binding: argument conversion only; the work is in src/sdnotify/.
// Errors are thrown as TesseraError here; src/ops/sdnotify.ts catches them
// and returns them as results, so none reaches the event loop.
#include <napi.h>

#include "napi/args.h"
#include "napi/errors.h"
#include "napi/modules.h"
#include "sdnotify/sdnotify.h"

namespace tessera::napi_binding {
namespace {

// sdNotify(socket: string, state: string): void
Napi::Value SdNotify(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  std::string socket_name;
  std::string state;
  if (!GetString(info, 0, "sdNotify", "socket", &socket_name)) return env.Undefined();
  if (!GetString(info, 1, "sdNotify", "state", &state)) return env.Undefined();
  Status s = sdnotify::Send(socket_name, state);
  if (!s.ok()) ThrowError(env, s.error());
  return env.Undefined();
}

// sdMonotonicUsec(): number (CLOCK_MONOTONIC in µs; exact below 2^53 µs, 285 years)
Napi::Value SdMonotonicUsec(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), static_cast<double>(sdnotify::MonotonicUsec()));
}

}  // namespace

void InitSdNotify(Napi::Env env, Napi::Object exports) {
  exports.Set("sdNotify", Napi::Function::New(env, SdNotify, "sdNotify"));
  exports.Set("sdMonotonicUsec", Napi::Function::New(env, SdMonotonicUsec, "sdMonotonicUsec"));
  exports.Set("sdNotifyStateBytesMax", Napi::Number::New(env, static_cast<double>(sdnotify::kStateBytesMax)));
}

}  // namespace tessera::napi_binding
