// The bridge runtime: handle table, per-thread error state, and the conversions between
// the C ABI ({{ header }}) and ATen. Internal to libtorch_sffi.so; every ops_*.cpp uses it.
#pragma once

#ifndef TORCH_ASSERT_ONLY_METHOD_OPERATORS
#define TORCH_ASSERT_ONLY_METHOD_OPERATORS  // per-op headers only: faster builds
#endif
#include <ATen/core/Tensor.h>
#include <c10/core/Scalar.h>
#include <c10/core/Stream.h>
#include <c10/util/Exception.h>

#include <array>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

#include "{{ header }}"

namespace sffi {

inline constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The catalogue's error codes.
enum class Code : int32_t {
    ok = 0,
{% for e in catalogue.error_codes %}
    {{ e.name }} = {{ e.code }},
{% endfor %}
};

// An error detected by the bridge itself (a bad handle, a bad array, ...).
class Error : public std::exception {
  public:
    Error(Code code, std::string message) : code_(code), message_(std::move(message)) {}
    Code code() const noexcept { return code_; }
    const char* what() const noexcept override { return message_.c_str(); }

  private:
    Code code_;
    std::string message_;
};

[[noreturn]] void fail(Code code, std::string message);

// The error code of the last call on this thread. A trivially-initialised thread_local, so
// resetting it on every call costs one store.
inline thread_local int32_t t_error_code = 0;

inline void begin_call() noexcept { t_error_code = 0; }

// Store code and message for this thread. The generated functions catch c10::Error and
// sffi::Error by type (classifying them needs no rethrow, which costs a second unwinding);
// record_exception classifies anything else, from inside a catch block.
void record_error(const c10::Error& error, const char* function) noexcept;
void record_error(const Error& error, const char* function) noexcept;
void record_exception(const char* function) noexcept;

int32_t error_code() noexcept;
const char* error_message() noexcept;
void error_clear() noexcept;

// ---------------------------------------------------------------- arguments
at::Tensor tensor_arg(int64_t handle, const char* name);
// Several tensor arguments under one lock of the handle table (checked in order).
void tensor_args(const int64_t* handles, const char* const* names, at::Tensor* out, size_t n);

template <size_t N>
std::array<at::Tensor, N> tensor_args(const int64_t (&handles)[N], const char* const (&names)[N]) {
    std::array<at::Tensor, N> out;
    tensor_args(handles, names, out.data(), N);
    return out;
}
std::optional<at::Tensor> optional_tensor_arg(int64_t handle, const char* name);
c10::Stream stream_arg(int64_t handle, const char* name);
std::vector<at::Tensor> tensor_list_arg(const int64_t* handles, int64_t len, const char* name);
std::string_view text_arg(const char* text, const char* name);
void check_array(const void* data, int64_t len, const char* name);

template <class T>
c10::ArrayRef<T> array_arg(const T* data, int64_t len, const char* name) {
    check_array(data, len, name);
    return len == 0 ? c10::ArrayRef<T>() : c10::ArrayRef<T>(data, static_cast<size_t>(len));
}

// ---------------------------------------------------------------- results
int64_t new_tensor(at::Tensor tensor);
int64_t new_optional_tensor(at::Tensor tensor);  // 0 for an undefined tensor
int64_t new_stream(c10::Stream stream);
int64_t write_tensors(int64_t* out, int64_t capacity, std::vector<at::Tensor> tensors);

template <class... Ts>
int64_t write_tensors(int64_t* out, int64_t capacity, std::tuple<Ts...> tensors) {
    return std::apply(
        [&](auto&&... t) { return write_tensors(out, capacity, std::vector<at::Tensor>{std::move(t)...}); },
        std::move(tensors));
}

int64_t write_array(int64_t* out, int64_t capacity, c10::IntArrayRef values);
int64_t write_array(int64_t* out, int64_t capacity, const at::Tensor& values);  // converted to int64
int64_t write_array(double* out, int64_t capacity, const at::Tensor& values);   // converted to float64

double to_f64(const at::Tensor& tensor);
double to_f64(const c10::Scalar& scalar);
inline double to_f64(double value) { return value; }
inline bool to_bool(bool value) { return value; }
inline int64_t to_i64(int64_t value) { return value; }

template <class I, class = std::enable_if_t<std::is_integral_v<I>>>
int32_t to_i32(I value) {
    if (value < std::numeric_limits<int32_t>::min() || value > std::numeric_limits<int32_t>::max()) {
        fail(Code::value, "result " + std::to_string(value) + " does not fit in int32");
    }
    return static_cast<int32_t>(value);
}

// A multiplier argument (alpha, value) as PyTorch receives it from Python: a whole number as an
// integer Scalar, so that the default 1 suits integer tensors too (a double Scalar is refused
// there); any other value as a double. Floating-point kernels read both the same way.
c10::Scalar multiplier(double value);

const char* text_result(std::string text);
inline const char* text_result(const char* static_text) { return static_text; }

// ---------------------------------------------------------------- handles
void free_tensor(int64_t handle);
// For destructors (garbage collection, Drop): never reports, never touches the error state, so
// a destructor that runs between a failed call and the read of its error cannot hide it.
bool release_tensor(int64_t handle) noexcept;
void free_stream(int64_t handle);
int64_t live_handles() noexcept;

// ---------------------------------------------------------------- operations the catalogue binds
bool torch_available() noexcept;
const char* torch_version() noexcept;
bool cuda_available();
int32_t cuda_device_count();
at::Tensor to_cuda(const at::Tensor& tensor, int32_t device_id);
at::Tensor to_stream(const at::Tensor& tensor, int32_t device_id, c10::Stream stream);
c10::Stream stream_from_pool(int32_t device_id);
int64_t cuda_memory_allocated(int32_t device_id);
int64_t cuda_max_memory_allocated(int32_t device_id);
void cuda_empty_cache();
void manual_seed(int64_t seed);

at::Tensor from_data(c10::ArrayRef<double> data, c10::IntArrayRef dims);
at::Tensor from_data(c10::IntArrayRef data, c10::IntArrayRef dims);
const at::Tensor& readable(const at::Tensor& tensor);  // rejects complex tensors
int32_t dtype_code(const at::Tensor& tensor);
at::ScalarType dtype_arg(int32_t code);

at::Tensor batch_norm(const at::Tensor& input, const std::optional<at::Tensor>& running_mean,
                      const std::optional<at::Tensor>& running_var, const std::optional<at::Tensor>& weight,
                      const std::optional<at::Tensor>& bias, bool training, double momentum, double eps);
at::Tensor dropout(const at::Tensor& input, double p, bool training);
at::Tensor mse_loss(const at::Tensor& input, const at::Tensor& target);
at::Tensor binary_cross_entropy(const at::Tensor& input, const at::Tensor& target);

void zero_grad(const at::Tensor& tensor);
void set_grad(const at::Tensor& tensor, const std::optional<at::Tensor>& grad);  // none removes it
void no_grad_begin();
void no_grad_end();

}  // namespace sffi
