// The runtime of the stub bridge (libtorch_sffi_stub.so): the same C ABI as libtorch_sffi.so,
// built without libtorch.
//
// A program links it on a machine without libtorch and asks rt_torch_available() at run time.
// Every operation fails with RT_TORCH_ERR_UNAVAILABLE and a message naming the function; the
// error getters and the live-handle count behave as in the real bridge, and since no handle
// can ever be issued here, freeing one reports it as invalid. The generated stub.cpp calls
// these helpers where the catalogue's `stub:` expressions name them.
//
// Hand-written, compiled as it is: sffi-gen copies it beside the generated stub.cpp.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

#include "torch_sffi.h"

namespace sffi {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

inline thread_local int32_t t_error_code = 0;
inline thread_local std::string t_error_message;
inline thread_local const char* t_function = "";

// Every function but the error getters starts here: the error state is reset, and messages
// name the function.
inline void begin_call(const char* function) noexcept {
    t_error_code = 0;
    t_function = function;
}

inline void set_error(int32_t code, const std::string& message) noexcept {
    t_error_code = code;
    try {
        t_error_message = std::string(t_function) + ": " + message;
    } catch (...) {  // no memory even for the message: the code alone must do
    }
}

inline void unavailable() noexcept {
    set_error(RT_TORCH_ERR_UNAVAILABLE, "not available: this bridge was built without libtorch (libtorch_sffi_stub.so)");
}

inline void no_such_handle(int64_t handle, const char* kind) noexcept {
    try {
        const std::string what = handle == 0 ? "0 is not a valid " + std::string(kind) + " handle"
                                             : std::to_string(handle) + " is not a " + kind + " handle issued by this bridge";
        set_error(RT_TORCH_ERR_INVALID_HANDLE, "argument 'handle': " + what);
    } catch (...) {
        t_error_code = RT_TORCH_ERR_INVALID_HANDLE;
    }
}

// ------------------------------------------------------------- what `stub:` expressions call
inline const char* stub_version() noexcept { return "unavailable: built without libtorch"; }
inline int32_t error_code() noexcept { return t_error_code; }
inline const char* error_message() noexcept { return t_error_code == 0 ? "" : t_error_message.c_str(); }
inline void error_clear() noexcept {
    t_error_code = 0;
    t_error_message.clear();
}
inline int64_t live_handles() noexcept { return 0; }
inline int32_t warning_count() noexcept { return 0; }  // without libtorch nothing warns
inline const char* warning_message(int64_t /*index*/) noexcept { return ""; }
inline int32_t warning_kind(int64_t /*index*/) noexcept { return -1; }
inline void free_tensor(int64_t handle) noexcept { no_such_handle(handle, "tensor"); }
inline void free_stream(int64_t handle) noexcept { no_such_handle(handle, "stream"); }
inline bool release_tensor(int64_t /*handle*/) noexcept { return false; }

}  // namespace sffi
