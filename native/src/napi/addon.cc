// The addon's entry point: registers each binding file's functions. Binding
// files only check and convert arguments and call the plain C++ core.
#include <napi.h>

#include "napi/modules.h"

namespace {

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  using namespace tessera::napi_binding;
  InitErrors(env, exports);
  InitHash(env, exports);
  InitBlake3Hasher(env, exports);
  InitShaHasher(env, exports);
  InitMrtd(env, exports);
  InitTsm(env, exports);
  InitQuote(env, exports);
  InitSdNotify(env, exports);
  InitDcap(env, exports);
  return exports;
}

}  // namespace

NODE_API_MODULE(tessera, Init)
