{
  "targets": [
    {
      "target_name": "tessera",
      "includes": ["native/sources.gypi"],
      "sources": [
        "native/src/napi/addon.cc",
        "native/src/napi/errors.cc",
        "native/src/napi/blake3_hasher_binding.cc",
        "native/src/napi/sha_hasher_binding.cc",
        "native/src/napi/hash_binding.cc",
        "native/src/napi/mrtd_binding.cc",
        "native/src/napi/tsm_binding.cc",
        "native/src/napi/quote_binding.cc",
        "native/src/napi/sdnotify_binding.cc",
        "native/src/napi/dcap_binding.cc",
      ],
      "include_dirs": [
        "<!(node -p \"require('node-addon-api').include_dir\")",
        "native/src"
      ],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "NODE_ADDON_API_DISABLE_DEPRECATED"],
      "cflags!": ["-fno-exceptions"],
      "cflags_cc!": ["-fno-exceptions", "-std=gnu++17", "-std=gnu++20"],
      "cflags": ["-Wall", "-Wextra", "-Werror", "-O3", "-fno-exceptions"],
      "cflags_cc": ["-std=c++17", "-fno-exceptions", "-fvisibility=hidden"]
    }
  ]
}
