// generated from fixture.yaml by sffi-gen; do not edit
// Unit 4 of 4: 23 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("fixture.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 10 "fixture.yaml@rt_torch_torchtensor_add_scalar"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_not.h>)
#include <ATen/ops/bitwise_not.h>
#else
#line 7 "fixture.yaml@rt_torch_torchtensor_bitwise_not"
#error "binds calls at::bitwise_not, which this ATen does not have (no <ATen/ops/bitwise_not.h>)"
#endif
#if __has_include(<ATen/ops/full.h>)
#include <ATen/ops/full.h>
#else
#line 11 "fixture.yaml@rt_torch_tensor_full"
#error "binds calls at::full, which this ATen does not have (no <ATen/ops/full.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 11 "fixture.yaml@rt_torch_torchtensor_max_dim"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 11 "fixture.yaml@rt_torch_nn_max_pool2d"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 13 "fixture.yaml@rt_torch_nn_max_pool2d_with_indices"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 8 "fixture.yaml@rt_torch_torchtensor_unsqueeze"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t device_type, int32_t device_index, int32_t dtype, const double* scales, int64_t scales_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t device_type, int32_t device_index, int32_t dtype_, const double* scales_, int64_t scales_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const at::Device device = sffi::device_arg(device_type, device_index, "device");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const c10::ArrayRef<double> scales = sffi::array_arg(scales_, scales_len, "scales");
        const sffi::SharedCall call_lock;
#line 11 "fixture.yaml@rt_torch_tensor_full"
        return sffi::new_tensor(at::full(size, fill_value, at::TensorOptions().dtype(dtype).device(device)).mul(scales.size() + 1));
#line 66 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_full");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_full");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_full");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const c10::ArrayRef<double> data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_tensor_from_data"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 88 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_from_data");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_from_data");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_from_data");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "fixture.yaml@rt_torch_torchtensor_add_scalar"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 111 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "fixture.yaml@rt_torch_torchtensor_max_dim"
        return sffi::write_tensors(out, out_capacity, at::max(input, dim, keepdim));
#line 134 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_dim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 11 "fixture.yaml@rt_torch_nn_max_pool2d"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, sffi::value_or_empty(stride), padding, 1, ceil_mode));
#line 159 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 13 "fixture.yaml@rt_torch_nn_max_pool2d_with_indices"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, sffi::value_or_empty(stride), padding, 1, ceil_mode));
#line 184 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss(int64_t input, int64_t target, const char* reduction, const double* weight, int64_t weight_len, bool weight_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_mse_loss(int64_t input_, int64_t target_, const char* reduction_, const double* weight_, int64_t weight_len, bool weight_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const c10::OptionalArrayRef<double> weight = sffi::optional_array_arg(weight_, weight_len, weight_present, "weight");
        const sffi::SharedCall call_lock;
#line 10 "fixture.yaml@rt_torch_nn_mse_loss"
        return sffi::new_tensor(sffi::weighted_mse_loss(input, target, reduction, weight));
#line 207 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_backward(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_backward(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_autograd_backward"
        handle.backward();
#line 228 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward");
    }
}

RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchstream_sync"
        handle.synchronize();
#line 246 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync");
    }
}

RT_TORCH_API int32_t rt_torch_error_code(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    try {
#line 6 "fixture.yaml@rt_torch_error_code"
        return sffi::to_i32(sffi::error_code());
#line 261 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_error_code");
        return -1;
    }
}

RT_TORCH_API const char* rt_torch_error_message(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    try {
#line 6 "fixture.yaml@rt_torch_error_message"
        return sffi::text_result(sffi::error_message());
#line 279 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_error_message");
        return nullptr;
    }
}

RT_TORCH_API double rt_torch_set_mode(const char* mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_set_mode(const char* mode_) noexcept {
    sffi::begin_call();
    try {
        const std::optional<std::string_view> mode = sffi::optional_text_arg(mode_);
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_set_mode"
        return sffi::to_f64(mode.has_value() ? 0.0 : 0.0);
#line 300 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_mode");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_mode");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_set_mode");
        return sffi::kNaN;
    }
}

RT_TORCH_API int32_t rt_torch_warning_count(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_warning_count(void) noexcept {
    try {
#line 6 "fixture.yaml@rt_torch_warning_count"
        return sffi::to_i32(sffi::warning_count());
#line 318 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_warning_count");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_warning_count");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_warning_count");
        return -1;
    }
}

RT_TORCH_API void rt_torch_autograd_grad_mode_begin(bool enabled) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_grad_mode_begin(bool enabled_) noexcept {
    sffi::begin_call();
    try {
        const bool enabled = enabled_;
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_autograd_grad_mode_begin"
        sffi::grad_mode_begin(enabled);
#line 339 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_grad_mode_begin");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_grad_mode_begin");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_grad_mode_begin");
    }
}

RT_TORCH_API bool rt_torch_autograd_is_grad_enabled(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_autograd_is_grad_enabled(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "fixture.yaml@rt_torch_autograd_is_grad_enabled"
        return sffi::to_bool(sffi::is_grad_enabled());
#line 356 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_is_grad_enabled");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_is_grad_enabled");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_is_grad_enabled");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_numel"
        return sffi::to_i64(handle.numel());
#line 377 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_numel");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_numel");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_numel");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_torchtensor_unsqueeze"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 399 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_unsqueeze");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_unsqueeze");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_unsqueeze");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_bitwise_not"
        return sffi::new_tensor(at::bitwise_not(input));
#line 420 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_not");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_not");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_not");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_jit_parameters(int64_t module, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_jit_parameters(int64_t module_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_jit_parameters"
        return sffi::write_tensors(out, out_capacity, sffi::jit_parameters(module));
#line 441 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_parameters");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_parameters");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_parameters");
        return -1;
    }
}

RT_TORCH_API int32_t rt_torch_get_autocast_dtype(const char* device_type) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_get_autocast_dtype(const char* device_type_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view device_type = sffi::enum_arg(device_type_, "device_type", {"cpu", "cuda"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_get_autocast_dtype"
        return sffi::dtype_result(sffi::autocast_dtype(device_type));
#line 462 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_get_autocast_dtype");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_get_autocast_dtype");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_get_autocast_dtype");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_dist_release(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_dist_release(int64_t group_) noexcept {
    try {
        const int64_t group = group_;
#line 7 "fixture.yaml@rt_torch_dist_release"
        return sffi::to_bool(sffi::release_group(group));
#line 481 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_release");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_release");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_release");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_dist_world_size(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_world_size(int64_t group_) noexcept {
    sffi::begin_call();
    try {
        const int64_t group = group_;
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_dist_world_size"
        return sffi::to_i64(sffi::dist_world_size(group));
#line 502 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_world_size");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_world_size");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_world_size");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_dist_all_gather(int64_t tensor, int64_t group, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_all_gather(int64_t tensor_, int64_t group_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor tensor = sffi::tensor_arg(tensor_, "tensor");
        const int64_t group = group_;
#line 8 "fixture.yaml@rt_torch_dist_all_gather"
        return sffi::write_tensors(out, out_capacity, sffi::dist_all_gather(tensor, group));
#line 523 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_all_gather");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_all_gather");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_all_gather");
        return -1;
    }
}

}  // extern "C"
