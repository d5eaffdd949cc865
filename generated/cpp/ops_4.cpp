// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 4 of 16: 43 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/amax.h>)
#include <ATen/ops/amax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_amax"
#error "binds calls at::amax, which this ATen does not have (no <ATen/ops/amax.h>)"
#endif
#if __has_include(<ATen/ops/argwhere.h>)
#include <ATen/ops/argwhere.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_argwhere"
#error "binds calls at::argwhere, which this ATen does not have (no <ATen/ops/argwhere.h>)"
#endif
#if __has_include(<ATen/ops/bernoulli.h>)
#include <ATen/ops/bernoulli.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_bernoulli"
#error "binds calls at::bernoulli, which this ATen does not have (no <ATen/ops/bernoulli.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_and.h>)
#include <ATen/ops/bitwise_and.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_and_tensor"
#error "binds calls at::bitwise_and, which this ATen does not have (no <ATen/ops/bitwise_and.h>)"
#endif
#if __has_include(<ATen/ops/conv1d.h>)
#include <ATen/ops/conv1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv1d"
#error "binds calls at::conv1d, which this ATen does not have (no <ATen/ops/conv1d.h>)"
#endif
#if __has_include(<ATen/ops/diff.h>)
#include <ATen/ops/diff.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_diff"
#error "binds calls at::diff, which this ATen does not have (no <ATen/ops/diff.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/empty.h>)
#include <ATen/ops/empty.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_tensor_empty_v2"
#error "binds calls at::empty, which this ATen does not have (no <ATen/ops/empty.h>)"
#endif
#if __has_include(<ATen/ops/erfc.h>)
#include <ATen/ops/erfc.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_erfc"
#error "binds calls at::erfc, which this ATen does not have (no <ATen/ops/erfc.h>)"
#endif
#if __has_include(<ATen/ops/exp.h>)
#include <ATen/ops/exp.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp"
#error "binds calls at::exp, which this ATen does not have (no <ATen/ops/exp.h>)"
#endif
#if __has_include(<ATen/ops/exp2.h>)
#include <ATen/ops/exp2.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp2"
#error "binds calls at::exp2, which this ATen does not have (no <ATen/ops/exp2.h>)"
#endif
#if __has_include(<ATen/ops/float_power.h>)
#include <ATen/ops/float_power.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_float_power_tensor_scalar"
#error "binds calls at::float_power, which this ATen does not have (no <ATen/ops/float_power.h>)"
#endif
#if __has_include(<ATen/ops/gt.h>)
#include <ATen/ops/gt.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gt_tensor"
#error "binds calls at::gt, which this ATen does not have (no <ATen/ops/gt.h>)"
#endif
#if __has_include(<ATen/ops/instance_norm.h>)
#include <ATen/ops/instance_norm.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_instance_norm"
#error "binds calls at::instance_norm, which this ATen does not have (no <ATen/ops/instance_norm.h>)"
#endif
#if __has_include(<ATen/ops/lerp.h>)
#include <ATen/ops/lerp.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lerp_tensor"
#error "binds calls at::lerp, which this ATen does not have (no <ATen/ops/lerp.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu.h>)
#include <ATen/ops/linalg_lu.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu"
#error "binds calls at::linalg_lu, which this ATen does not have (no <ATen/ops/linalg_lu.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vecdot.h>)
#include <ATen/ops/linalg_vecdot.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vecdot"
#error "binds calls at::linalg_vecdot, which this ATen does not have (no <ATen/ops/linalg_vecdot.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_linspace_scalar_tensor"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/log_softmax.h>)
#include <ATen/ops/log_softmax.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_log_softmax"
#error "binds calls at::log_softmax, which this ATen does not have (no <ATen/ops/log_softmax.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_max_pool2d"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mean"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/nanquantile.h>)
#include <ATen/ops/nanquantile.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_nanquantile"
#error "binds calls at::nanquantile, which this ATen does not have (no <ATen/ops/nanquantile.h>)"
#endif
#if __has_include(<ATen/ops/normal.h>)
#include <ATen/ops/normal.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_normal_float_float"
#error "binds calls at::normal, which this ATen does not have (no <ATen/ops/normal.h>)"
#endif
#if __has_include(<ATen/ops/pdist.h>)
#include <ATen/ops/pdist.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_pdist"
#error "binds calls at::pdist, which this ATen does not have (no <ATen/ops/pdist.h>)"
#endif
#if __has_include(<ATen/ops/pixel_shuffle.h>)
#include <ATen/ops/pixel_shuffle.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_pixel_shuffle"
#error "binds calls at::pixel_shuffle, which this ATen does not have (no <ATen/ops/pixel_shuffle.h>)"
#endif
#if __has_include(<ATen/ops/polar.h>)
#include <ATen/ops/polar.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_polar"
#error "binds calls at::polar, which this ATen does not have (no <ATen/ops/polar.h>)"
#endif
#if __has_include(<ATen/ops/quantile.h>)
#include <ATen/ops/quantile.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_quantile"
#error "binds calls at::quantile, which this ATen does not have (no <ATen/ops/quantile.h>)"
#endif
#if __has_include(<ATen/ops/randint.h>)
#include <ATen/ops/randint.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_randint_low"
#error "binds calls at::randint, which this ATen does not have (no <ATen/ops/randint.h>)"
#endif
#if __has_include(<ATen/ops/tensor_split.h>)
#include <ATen/ops/tensor_split.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_tensor_split_indices"
#error "binds calls at::tensor_split, which this ATen does not have (no <ATen/ops/tensor_split.h>)"
#endif
#if __has_include(<ATen/ops/unbind.h>)
#include <ATen/ops/unbind.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_unbind_int"
#error "binds calls at::unbind, which this ATen does not have (no <ATen/ops/unbind.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_var_v2"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div"
        return sffi::new_tensor(at::div(handle, other));
#line 206 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp"
        return sffi::new_tensor(at::exp(handle));
#line 227 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_log_softmax"
        return sffi::new_tensor(at::log_softmax(handle, dim));
#line 249 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log_softmax");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_mean(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_mean(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mean"
        return sffi::to_f64(at::mean(handle));
#line 270 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mean");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mean");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mean");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_max_pool2d"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride, padding));
#line 294 "ops_4.cpp"
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

RT_TORCH_API int32_t rt_torch_error_code(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    try {
#line 7 "spec/torch_api.yaml@rt_torch_error_code"
        return sffi::to_i32(sffi::error_code());
#line 312 "ops_4.cpp"
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

RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle, int64_t other, double alpha) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle_, int64_t other_, double alpha_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const double alpha = alpha_;
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_add_"
        handle.add_(other, sffi::multiplier(alpha));
#line 334 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_add_tensor_(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_tensor_"
        input.add_(other, alpha);
#line 353 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_zero_"
        handle.zero_();
#line 371 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_zero_");
    }
}

RT_TORCH_API int64_t rt_torch_tensor_empty_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_empty_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_empty_v2"
        return sffi::new_tensor(at::empty(size, at::TensorOptions().dtype(dtype).device(device), sffi::memory_format_arg(memory_format)));
#line 392 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_empty_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_empty_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_empty_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input, bool unbiased) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input_, bool unbiased_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_var_v2"
        return sffi::new_tensor(at::var(input, unbiased));
#line 414 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_amax(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_amax(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_amax"
        return sffi::new_tensor(at::amax(input, dim.value_or_empty(), keepdim));
#line 437 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_amax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_amax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_amax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_quantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_quantile(int64_t input_, int64_t q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, q] = sffi::tensor_args<2>({input_, q_}, {"input", "q"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_quantile"
        return sffi::new_tensor(at::quantile(input, q, dim, keepdim, interpolation));
#line 461 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_quantile");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_quantile");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_quantile");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile(int64_t input_, int64_t q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, q] = sffi::tensor_args<2>({input_, q_}, {"input", "q"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_nanquantile"
        return sffi::new_tensor(at::nanquantile(input, q, dim, keepdim, interpolation));
#line 485 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nanquantile");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nanquantile");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nanquantile");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diff(int64_t input, int64_t n, int64_t dim, int64_t prepend, int64_t append) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diff(int64_t input_, int64_t n_, int64_t dim_, int64_t prepend_, int64_t append_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t n = n_;
        const int64_t dim = dim_;
        const std::optional<at::Tensor> prepend = sffi::optional_tensor_arg(prepend_, "prepend");
        const std::optional<at::Tensor> append = sffi::optional_tensor_arg(append_, "append");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_diff"
        return sffi::new_tensor(at::diff(input, n, dim, prepend, append));
#line 510 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diff");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diff");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diff");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat(int64_t input, const int64_t* repeats, int64_t repeats_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_repeat(int64_t input_, const int64_t* repeats_, int64_t repeats_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef repeats = sffi::array_arg(repeats_, repeats_len, "repeats");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_repeat"
        return sffi::new_tensor(input.repeat(repeats));
#line 532 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_repeat");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_repeat");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_repeat");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_unbind_int(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_unbind_int(int64_t input_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_unbind_int"
        return sffi::write_tensors(out, out_capacity, at::unbind(input, dim));
#line 554 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_unbind_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_unbind_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_unbind_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_indices(int64_t input, const int64_t* indices, int64_t indices_len, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_indices(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef indices = sffi::array_arg(indices_, indices_len, "indices");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_tensor_split_indices"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, indices, dim));
#line 577 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tensor_split_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argwhere(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argwhere(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_argwhere"
        return sffi::new_tensor(at::argwhere(input));
#line 598 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argwhere");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argwhere");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argwhere");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randint_low(int64_t low, int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_randint_low(int64_t low_, int64_t high_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t low = low_;
        const int64_t high = high_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_randint_low"
        return sffi::new_tensor(at::randint(low, high, size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 623 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randint_low");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randint_low");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randint_low");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_normal_float_float(double mean, double std_arg, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_normal_float_float(double mean_, double std_arg_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const double mean = mean_;
        const double std_arg = std_arg_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_normal_float_float"
        return sffi::new_tensor(at::normal(mean, std_arg, size, ::std::nullopt, dtype, ::std::nullopt, device, ::std::nullopt));
#line 648 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_normal_float_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_normal_float_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_normal_float_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_bernoulli"
        return sffi::new_tensor(at::bernoulli(input));
#line 669 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bernoulli");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_full(int64_t input, const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_new_full(int64_t input_, const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_new_full"
        return sffi::new_tensor(input.new_full(size, fill_value, dtype, ::std::nullopt, device, ::std::nullopt));
#line 694 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_full");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_full");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_full");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_polar(int64_t abs, int64_t angle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_polar(int64_t abs_, int64_t angle_) noexcept {
    sffi::begin_call();
    try {
        const auto [abs, angle] = sffi::tensor_args<2>({abs_, angle_}, {"abs", "angle"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_polar"
        return sffi::new_tensor(at::polar(abs, angle));
#line 715 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_polar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bfloat16(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bfloat16(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_bfloat16"
        return sffi::new_tensor(input.to(at::kBFloat16, false, false, sffi::memory_format_arg(memory_format)));
#line 737 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bfloat16");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vecdot(int64_t x, int64_t y, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vecdot(int64_t x_, int64_t y_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [x, y] = sffi::tensor_args<2>({x_, y_}, {"x", "y"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vecdot"
        return sffi::new_tensor(at::linalg_vecdot(x, y, dim));
#line 759 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vecdot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vecdot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_vecdot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu(int64_t a, bool pivot, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu(int64_t a_, bool pivot_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const bool pivot = pivot_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu(a, pivot));
#line 781 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lu");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_matrix_h(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_matrix_h(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_matrix_h"
        return sffi::new_tensor(input.matrix_H());
#line 802 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_matrix_h");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_matrix_h");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_matrix_h");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_exp2(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_exp2(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp2"
        return sffi::new_tensor(at::exp2(input));
#line 823 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_erfc(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_erfc(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_erfc"
        return sffi::new_tensor(at::erfc(input));
#line 844 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_erfc");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_erfc");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_erfc");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lerp_tensor(int64_t input, int64_t end, int64_t weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lerp_tensor(int64_t input_, int64_t end_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, end, weight] = sffi::tensor_args<3>({input_, end_, weight_}, {"input", "end", "weight"});
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lerp_tensor"
        return sffi::new_tensor(at::lerp(input, end, weight));
#line 865 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_scalar(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_float_power_tensor_scalar"
        return sffi::new_tensor(at::float_power(input, exponent));
#line 887 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_float_power_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gt_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gt_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gt_tensor"
        return sffi::new_tensor(at::gt(input, other));
#line 908 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gt_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gt_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gt_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_and_tensor"
        return sffi::new_tensor(at::bitwise_and(input, other));
#line 929 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_and_tensor");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_exp_(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_exp_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp_"
        input.exp_();
#line 950 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp_");
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv1d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv1d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv1d"
        return sffi::new_tensor(at::conv1d(input, weight, bias, stride, padding, dilation, groups));
#line 973 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_instance_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool use_input_stats, double momentum, double eps) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_instance_norm(int64_t input_, int64_t running_mean_, int64_t running_var_, int64_t weight_, int64_t bias_, bool use_input_stats_, double momentum_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> running_mean = sffi::optional_tensor_arg(running_mean_, "running_mean");
        const std::optional<at::Tensor> running_var = sffi::optional_tensor_arg(running_var_, "running_var");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const bool use_input_stats = use_input_stats_;
        const double momentum = momentum_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_instance_norm"
        return sffi::new_tensor([&] {
    if (use_input_stats) {
        int64_t spatial = 1;
        for (int64_t d = 2; d < input.dim(); ++d) spatial *= input.size(d);
        TORCH_CHECK_VALUE(spatial != 1, "Expected more than 1 spatial element when training, got input size torch.Size(", input.sizes(), ")");
    }
    return at::instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps, true);
}());
#line 1008 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_instance_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_instance_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_instance_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pdist(int64_t input, double p) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pdist(int64_t input_, double p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_pdist"
        return sffi::new_tensor(at::pdist(input, p));
#line 1030 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pdist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pdist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pdist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pixel_shuffle(int64_t input, int64_t upscale_factor) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pixel_shuffle(int64_t input_, int64_t upscale_factor_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t upscale_factor = upscale_factor_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_pixel_shuffle"
        return sffi::new_tensor(at::pixel_shuffle(input, upscale_factor));
#line 1052 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pixel_shuffle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pixel_shuffle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pixel_shuffle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_linspace_scalar_tensor(double start, int64_t start_int, int32_t start_kind, int64_t end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_linspace_scalar_tensor(double start_, int64_t start_int, int32_t start_kind, int64_t end_, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const at::Tensor end = sffi::tensor_arg(end_, "end");
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_linspace_scalar_tensor"
        return sffi::new_tensor(at::linspace(start, end, steps, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1077 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_linspace_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_linspace_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_linspace_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_set_data(int64_t handle, int64_t new_data) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_set_data(int64_t handle_, int64_t new_data_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, new_data] = sffi::tensor_args<2>({handle_, new_data_}, {"handle", "new_data"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_set_data"
        handle.set_data(new_data);
#line 1098 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_data");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_data");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_data");
    }
}

RT_TORCH_API int32_t rt_torch_warning_count(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_warning_count(void) noexcept {
    try {
#line 7 "spec/torch_api.yaml@rt_torch_warning_count"
        return sffi::to_i32(sffi::warning_count());
#line 1113 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_dist_all_gather(int64_t tensor, int64_t group, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_all_gather(int64_t tensor_, int64_t group_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor tensor = sffi::tensor_arg(tensor_, "tensor");
        const int64_t group = group_;
#line 8 "spec/torch_api.yaml@rt_torch_dist_all_gather"
        return sffi::write_tensors(out, out_capacity, sffi::dist_all_gather(tensor, group));
#line 1134 "ops_4.cpp"
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
