// generated from fixture.yaml by sffi-gen; do not edit
// The stub bridge: the same C ABI as libtorch_sffi.so, built without libtorch.
//
// A program links it on a machine without libtorch and asks rt_torch_available() at run time.
// Every operation fails with RT_TORCH_ERR_UNAVAILABLE and a message naming the function;
// handles, the error getters and the live-handle count behave as in the real bridge (no
// handle can ever be issued here, so freeing one reports it as invalid).
#include "torch_sffi.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace {

thread_local int32_t t_error_code = 0;
thread_local std::string t_error_message;

void begin_call() noexcept { t_error_code = 0; }

void set_error(int32_t code, std::string message) noexcept {
    t_error_code = code;
    try {
        t_error_message = std::move(message);
    } catch (...) {
    }
}

void unavailable(const char* function) noexcept {
    set_error(RT_TORCH_ERR_UNAVAILABLE,
              std::string(function) + ": not available: this bridge was built without libtorch (libtorch_sffi_stub.so)");
}

void no_such_handle(const char* function, int64_t handle, const char* kind) noexcept {
    const std::string what = handle == 0 ? "0 is not a valid " + std::string(kind) + " handle"
                                         : std::to_string(handle) + " is not a " + kind + " handle issued by this bridge";
    set_error(RT_TORCH_ERR_INVALID_HANDLE, std::string(function) + ": argument 'handle': " + what);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

extern "C" {

RT_TORCH_API bool rt_torch_available(void) noexcept {
    begin_call();
    return false;
}

RT_TORCH_API const char* rt_torch_version(void) noexcept {
    begin_call();
    return "unavailable: built without libtorch";
}

RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_zeros");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_from_data(const double*, int64_t, const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_from_data");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_add");
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_sum");
    return kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t, int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_shape");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t, int64_t, int64_t, int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_chunk");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t*, int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_cat");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_linear(int64_t, int64_t, int64_t, double, int32_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_linear");
    return 0;
}

RT_TORCH_API void rt_torch_autograd_backward(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_backward");
}

RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_requires_grad");
    return false;
}

RT_TORCH_API int64_t rt_torch_stream_create(int32_t) noexcept {
    begin_call();
    unavailable("rt_torch_stream_create");
    return 0;
}

RT_TORCH_API void rt_torch_torchstream_sync(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchstream_sync");
}

RT_TORCH_API void rt_torch_torchstream_free(int64_t handle) noexcept {
    begin_call();
    no_such_handle("rt_torch_torchstream_free", handle, "stream");
}

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle) noexcept {
    begin_call();
    no_such_handle("rt_torch_torchtensor_free", handle, "tensor");
}

RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    return t_error_code;
}

RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    return t_error_code == 0 ? "" : t_error_message.c_str();
}

RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    begin_call();
    return 0;
}

RT_TORCH_API void rt_torch_set_name(const char*) noexcept {
    begin_call();
    unavailable("rt_torch_set_name");
}

}  // extern "C"
