// MR_TD / RTMR bindings: argument conversion only; the work is in src/mrtd/.
// Synchronous: bounded CPU work over an image already in memory.
#include <napi.h>

#include <string>
#include <vector>

#include "mrtd/tdvf.h"
#include "napi/args.h"
#include "napi/errors.h"
#include "napi/modules.h"

namespace tessera::napi_binding {
namespace {

Napi::Object SectionsToJs(Napi::Env env, const mrtd::TdvfMetadata& md) {
  Napi::Object out = Napi::Object::New(env);
  out.Set("version", Napi::Number::New(env, md.version));
  out.Set("descriptorOffset", Napi::Number::New(env, static_cast<double>(md.descriptor_offset)));
  Napi::Array sections = Napi::Array::New(env, md.sections.size());
  for (size_t i = 0; i < md.sections.size(); ++i) {
    const mrtd::TdvfSection& s = md.sections[i];
    Napi::Object o = Napi::Object::New(env);
    o.Set("dataOffset", Napi::Number::New(env, s.data_offset));
    o.Set("rawSize", Napi::Number::New(env, s.raw_size));
    // Below 2^52 (checked by the parser), so exact as a double.
    o.Set("memoryAddress", Napi::Number::New(env, static_cast<double>(s.memory_address)));
    o.Set("memorySize", Napi::Number::New(env, static_cast<double>(s.memory_size)));
    o.Set("type", Napi::Number::New(env, s.type));
    o.Set("typeName", Napi::String::New(env, mrtd::SectionTypeName(s.type)));
    o.Set("attributes", Napi::Number::New(env, s.attributes));
    o.Set("mrExtend", Napi::Boolean::New(env, (s.attributes & mrtd::kAttrMrExtend) != 0));
    o.Set("pageAug", Napi::Boolean::New(env, (s.attributes & mrtd::kAttrPageAug) != 0));
    sections.Set(static_cast<uint32_t>(i), o);
  }
  out.Set("sections", sections);
  return out;
}

// tdvfParse(image: Uint8Array): { version, descriptorOffset, sections: [...] }
Napi::Value TdvfParse(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteView image;
  if (!GetBytes(info, 0, "tdvfParse", "image", &image)) return env.Undefined();
  auto md = mrtd::ParseTdvfMetadata(image);
  if (!md.ok()) {
    ThrowError(env, md.error());
    return env.Undefined();
  }
  return SectionsToJs(env, md.value());
}

// mrtdCompute(image: Uint8Array, order: 'two-pass' | 'per-page'): Buffer (48 bytes)
Napi::Value MrtdCompute(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteView image;
  if (!GetBytes(info, 0, "mrtdCompute", "image", &image)) return env.Undefined();
  std::string order_name;
  if (!GetString(info, 1, "mrtdCompute", "order", &order_name)) return env.Undefined();
  mrtd::MrtdOrder order;
  if (order_name == "two-pass") {
    order = mrtd::MrtdOrder::kTwoPass;
  } else if (order_name == "per-page") {
    order = mrtd::MrtdOrder::kPerPage;
  } else {
    ThrowCoded(env, "ERR_INVALID_ARG_VALUE", "mrtdCompute: order must be 'two-pass' or 'per-page', got '" + order_name + "'");
    return env.Undefined();
  }
  auto md = mrtd::ParseTdvfMetadata(image);
  if (!md.ok()) {
    ThrowError(env, md.error());
    return env.Undefined();
  }
  auto digest = mrtd::ComputeMrtd(image, md.value(), order);
  if (!digest.ok()) {
    ThrowError(env, digest.error());
    return env.Undefined();
  }
  return CopyToBuffer(env, digest.value().data(), digest.value().size());
}

// rtmrReplay(initial: Uint8Array(48), events: Uint8Array[], prehashed: boolean[]): Buffer (48 bytes)
Napi::Value RtmrReplay(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  ByteView initial;
  if (!GetBytes(info, 0, "rtmrReplay", "initial", &initial)) return env.Undefined();
  if (initial.size != mrtd::kDigestBytes) {
    ThrowCoded(env, "ERR_OUT_OF_RANGE", "rtmrReplay: argument 'initial' must be 48 bytes, got " + std::to_string(initial.size));
    return env.Undefined();
  }
  if (info.Length() < 3 || !info[1].IsArray() || !info[2].IsArray()) {
    ThrowCoded(env, "ERR_INVALID_ARG_TYPE", "rtmrReplay: arguments 'events' and 'prehashed' must be arrays");
    return env.Undefined();
  }
  Napi::Array events = info[1].As<Napi::Array>();
  Napi::Array flags = info[2].As<Napi::Array>();
  if (events.Length() != flags.Length()) {
    ThrowCoded(env, "ERR_INVALID_ARG_VALUE", "rtmrReplay: 'events' and 'prehashed' differ in length");
    return env.Undefined();
  }
  std::vector<mrtd::RtmrEvent> list;
  list.reserve(events.Length());
  for (uint32_t i = 0; i < events.Length(); ++i) {
    Napi::Value e = events.Get(i);
    Napi::Value f = flags.Get(i);
    if (env.IsExceptionPending()) return env.Undefined();
    if (!e.IsTypedArray() || e.As<Napi::TypedArray>().TypedArrayType() != napi_uint8_array || !f.IsBoolean()) {
      ThrowCoded(env, "ERR_INVALID_ARG_TYPE", "rtmrReplay: event " + std::to_string(i) + " must be a Uint8Array with a boolean flag");
      return env.Undefined();
    }
    Napi::Uint8Array u8 = e.As<Napi::Uint8Array>();
    list.push_back({ByteView(u8.Data(), u8.ByteLength()), f.As<Napi::Boolean>().Value()});
  }
  mrtd::Digest start{};
  std::copy(initial.data, initial.data + mrtd::kDigestBytes, start.begin());
  auto r = mrtd::ReplayRtmr(start, list);
  if (!r.ok()) {
    ThrowError(env, r.error());
    return env.Undefined();
  }
  return CopyToBuffer(env, r.value().data(), r.value().size());
}

}  // namespace

void InitMrtd(Napi::Env env, Napi::Object exports) {
  exports.Set("tdvfParse", Napi::Function::New(env, TdvfParse, "tdvfParse"));
  exports.Set("mrtdCompute", Napi::Function::New(env, MrtdCompute, "mrtdCompute"));
  exports.Set("rtmrReplay", Napi::Function::New(env, RtmrReplay, "rtmrReplay"));
}

}  // namespace tessera::napi_binding
