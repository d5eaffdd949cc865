// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 16 of 16: 52 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/abs.h>)
#include <ATen/ops/abs.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_abs"
#error "binds calls at::abs, which this ATen does not have (no <ATen/ops/abs.h>)"
#endif
#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/any.h>)
#include <ATen/ops/any.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_any"
#error "binds calls at::any, which this ATen does not have (no <ATen/ops/any.h>)"
#endif
#if __has_include(<ATen/ops/argsort.h>)
#include <ATen/ops/argsort.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argsort"
#error "binds calls at::argsort, which this ATen does not have (no <ATen/ops/argsort.h>)"
#endif
#if __has_include(<ATen/ops/asin.h>)
#include <ATen/ops/asin.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_asin"
#error "binds calls at::asin, which this ATen does not have (no <ATen/ops/asin.h>)"
#endif
#if __has_include(<ATen/ops/atleast_3d.h>)
#include <ATen/ops/atleast_3d.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_3d"
#error "binds calls at::atleast_3d, which this ATen does not have (no <ATen/ops/atleast_3d.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_not.h>)
#include <ATen/ops/bitwise_not.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_not"
#error "binds calls at::bitwise_not, which this ATen does not have (no <ATen/ops/bitwise_not.h>)"
#endif
#if __has_include(<ATen/ops/broadcast_tensors.h>)
#include <ATen/ops/broadcast_tensors.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::broadcast_tensors, which this ATen does not have (no <ATen/ops/broadcast_tensors.h>)"
#endif
#if __has_include(<ATen/ops/cholesky.h>)
#include <ATen/ops/cholesky.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cholesky"
#error "binds calls at::cholesky, which this ATen does not have (no <ATen/ops/cholesky.h>)"
#endif
#if __has_include(<ATen/ops/clamp.h>)
#include <ATen/ops/clamp.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_tensor"
#error "binds calls at::clamp, which this ATen does not have (no <ATen/ops/clamp.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv2d"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/cov.h>)
#include <ATen/ops/cov.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_cov"
#error "binds calls at::cov, which this ATen does not have (no <ATen/ops/cov.h>)"
#endif
#if __has_include(<ATen/ops/deg2rad.h>)
#include <ATen/ops/deg2rad.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_deg2rad"
#error "binds calls at::deg2rad, which this ATen does not have (no <ATen/ops/deg2rad.h>)"
#endif
#if __has_include(<ATen/ops/diag_embed.h>)
#include <ATen/ops/diag_embed.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_diag_embed"
#error "binds calls at::diag_embed, which this ATen does not have (no <ATen/ops/diag_embed.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/embedding.h>)
#include <ATen/ops/embedding.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_embedding"
#error "binds calls at::embedding, which this ATen does not have (no <ATen/ops/embedding.h>)"
#endif
#if __has_include(<ATen/ops/empty_like.h>)
#include <ATen/ops/empty_like.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_empty_like"
#error "binds calls at::empty_like, which this ATen does not have (no <ATen/ops/empty_like.h>)"
#endif
#if __has_include(<ATen/ops/full.h>)
#include <ATen/ops/full.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_tensor_full_v2"
#error "binds calls at::full, which this ATen does not have (no <ATen/ops/full.h>)"
#endif
#if __has_include(<ATen/ops/hardshrink.h>)
#include <ATen/ops/hardshrink.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hardshrink"
#error "binds calls at::hardshrink, which this ATen does not have (no <ATen/ops/hardshrink.h>)"
#endif
#if __has_include(<ATen/ops/inner.h>)
#include <ATen/ops/inner.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_inner"
#error "binds calls at::inner, which this ATen does not have (no <ATen/ops/inner.h>)"
#endif
#if __has_include(<ATen/ops/l1_loss.h>)
#include <ATen/ops/l1_loss.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::l1_loss, which this ATen does not have (no <ATen/ops/l1_loss.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigvals.h>)
#include <ATen/ops/linalg_eigvals.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigvals"
#error "binds calls at::linalg_eigvals, which this ATen does not have (no <ATen/ops/linalg_eigvals.h>)"
#endif
#if __has_include(<ATen/ops/linalg_tensorsolve.h>)
#include <ATen/ops/linalg_tensorsolve.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_tensorsolve"
#error "binds calls at::linalg_tensorsolve, which this ATen does not have (no <ATen/ops/linalg_tensorsolve.h>)"
#endif
#if __has_include(<ATen/ops/logical_not.h>)
#include <ATen/ops/logical_not.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_logical_not"
#error "binds calls at::logical_not, which this ATen does not have (no <ATen/ops/logical_not.h>)"
#endif
#if __has_include(<ATen/ops/logical_xor.h>)
#include <ATen/ops/logical_xor.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logical_xor"
#error "binds calls at::logical_xor, which this ATen does not have (no <ATen/ops/logical_xor.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_max_dim"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/maximum.h>)
#include <ATen/ops/maximum.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_maximum"
#error "binds calls at::maximum, which this ATen does not have (no <ATen/ops/maximum.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/nanmedian.h>)
#include <ATen/ops/nanmedian.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nanmedian"
#error "binds calls at::nanmedian, which this ATen does not have (no <ATen/ops/nanmedian.h>)"
#endif
#if __has_include(<ATen/ops/narrow.h>)
#include <ATen/ops/narrow.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_narrow"
#error "binds calls at::narrow, which this ATen does not have (no <ATen/ops/narrow.h>)"
#endif
#if __has_include(<ATen/ops/ne.h>)
#include <ATen/ops/ne.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ne_tensor"
#error "binds calls at::ne, which this ATen does not have (no <ATen/ops/ne.h>)"
#endif
#if __has_include(<ATen/ops/nextafter.h>)
#include <ATen/ops/nextafter.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_nextafter"
#error "binds calls at::nextafter, which this ATen does not have (no <ATen/ops/nextafter.h>)"
#endif
#if __has_include(<ATen/ops/ormqr.h>)
#include <ATen/ops/ormqr.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_ormqr"
#error "binds calls at::ormqr, which this ATen does not have (no <ATen/ops/ormqr.h>)"
#endif
#if __has_include(<ATen/ops/sin.h>)
#include <ATen/ops/sin.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sin"
#error "binds calls at::sin, which this ATen does not have (no <ATen/ops/sin.h>)"
#endif
#if __has_include(<ATen/ops/softshrink.h>)
#include <ATen/ops/softshrink.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_softshrink"
#error "binds calls at::softshrink, which this ATen does not have (no <ATen/ops/softshrink.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_std_v2"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/tanh.h>)
#include <ATen/ops/tanh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tanh"
#error "binds calls at::tanh, which this ATen does not have (no <ATen/ops/tanh.h>)"
#endif
#if __has_include(<ATen/ops/tril_indices.h>)
#include <ATen/ops/tril_indices.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_tril_indices"
#error "binds calls at::tril_indices, which this ATen does not have (no <ATen/ops/tril_indices.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_unsqueeze"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/view_as_real.h>)
#include <ATen/ops/view_as_real.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_view_as_real"
#error "binds calls at::view_as_real, which this ATen does not have (no <ATen/ops/view_as_real.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_abs"
        return sffi::new_tensor(at::abs(handle));
#line 272 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_abs");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_abs");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_abs");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar"
        return sffi::new_tensor(at::add(handle, scalar));
#line 294 "ops_16.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tanh"
        return sffi::new_tensor(at::tanh(handle));
#line 315 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tanh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tanh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tanh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_max_dim"
        return sffi::new_tensor(std::get<0>(at::max(handle, dim, keepdim)));
#line 338 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_unsqueeze"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 360 "ops_16.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_conv2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv2d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv2d"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 386 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input, int64_t weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_embedding"
        return sffi::new_tensor(at::embedding(weight, input));
#line 407 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding");
        return 0;
    }
}

RT_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_binary_cross_entropy"
        return sffi::to_f64(sffi::binary_cross_entropy(input, target));
#line 428 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    }
}

RT_TORCH_API const char* rt_torch_error_message(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    try {
#line 7 "spec/torch_api.yaml@rt_torch_error_message"
        return sffi::text_result(sffi::error_message());
#line 446 "ops_16.cpp"
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

RT_TORCH_API int32_t rt_torch_get_num_threads(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_get_num_threads(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "spec/torch_api.yaml@rt_torch_get_num_threads"
        return sffi::to_i32(sffi::get_num_threads());
#line 466 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_get_num_threads");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_get_num_threads");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_get_num_threads");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stride(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_stride(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_stride"
        return sffi::write_array(out, out_capacity, input.strides());
#line 487 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stride");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stride");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stride");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_maximum"
        return sffi::new_tensor(at::maximum(handle, other));
#line 508 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_maximum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_maximum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_maximum");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_set_grad(int64_t handle, int64_t grad) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_set_grad(int64_t handle_, int64_t grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const std::optional<at::Tensor> grad = sffi::optional_tensor_arg(grad_, "grad");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_set_grad"
        sffi::set_grad(handle, grad);
#line 530 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_grad");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle, int32_t device_id, int64_t stream) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle_, int32_t device_id_, int64_t stream_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const c10::Stream stream = sffi::stream_arg(stream_, "stream");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_to_stream_v2"
        return sffi::new_tensor(sffi::to_stream(handle, device_id, stream));
#line 550 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_stream_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_stream_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_stream_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_full_v2(const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_full_v2(const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_full_v2"
        return sffi::new_tensor(at::full(size, fill_value, at::TensorOptions().dtype(dtype).device(device)));
#line 574 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_full_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_full_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_full_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_v2(int64_t input, bool unbiased) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_std_v2(int64_t input_, bool unbiased_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_std_v2"
        return sffi::new_tensor(at::std(input, unbiased));
#line 596 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sin(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sin(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sin"
        return sffi::new_tensor(at::sin(input));
#line 617 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_any(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_any(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_any"
        return sffi::new_tensor(at::any(input));
#line 638 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_any");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_any");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_any");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nanmedian"
        return sffi::new_tensor(at::nanmedian(input));
#line 659 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nanmedian");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nanmedian");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nanmedian");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argsort(int64_t input, int64_t dim, bool descending) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argsort(int64_t input_, int64_t dim_, bool descending_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool descending = descending_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argsort"
        return sffi::new_tensor(at::argsort(input, dim, descending));
#line 682 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argsort");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argsort");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argsort");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_narrow(int64_t input, int64_t dim, int64_t start, int64_t length) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_narrow(int64_t input_, int64_t dim_, int64_t start_, int64_t length_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t length = length_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_narrow"
        return sffi::new_tensor(at::narrow(input, dim, start, length));
#line 706 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_narrow");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_narrow");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_narrow");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_3d"
        return sffi::new_tensor(at::atleast_3d(input));
#line 727 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diag_embed(int64_t input, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diag_embed(int64_t input_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_diag_embed"
        return sffi::new_tensor(at::diag_embed(input, offset, dim1, dim2));
#line 751 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diag_embed");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diag_embed");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diag_embed");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_empty_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_empty_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_empty_like"
        return sffi::new_tensor(at::empty_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 775 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_empty_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_empty_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_empty_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_tril_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_tril_indices(int64_t row_, int64_t col_, int64_t offset_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t row = row_;
        const int64_t col = col_;
        const int64_t offset = offset_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_tril_indices"
        return sffi::new_tensor(at::tril_indices(row, col, offset, dtype, ::std::nullopt, device, ::std::nullopt));
#line 800 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_tril_indices");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_tril_indices");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_tril_indices");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_real(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_view_as_real(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_view_as_real"
        return sffi::new_tensor(at::view_as_real(input));
#line 821 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as_real");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bool(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bool(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_bool"
        return sffi::new_tensor(input.to(at::kBool, false, false, sffi::memory_format_arg(memory_format)));
#line 843 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bool");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_inner(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_inner(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_inner"
        return sffi::new_tensor(at::inner(input, other));
#line 864 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_inner");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_inner");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_inner");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky(int64_t input, bool upper) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cholesky(int64_t input_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cholesky"
        return sffi::new_tensor(at::cholesky(input, upper));
#line 886 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cholesky");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cholesky");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cholesky");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ormqr(int64_t input, int64_t input2, int64_t input3, bool left, bool transpose) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ormqr(int64_t input_, int64_t input2_, int64_t input3_, bool left_, bool transpose_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, input2, input3] = sffi::tensor_args<3>({input_, input2_, input3_}, {"input", "input2", "input3"});
        const bool left = left_;
        const bool transpose = transpose_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_ormqr"
        return sffi::new_tensor(at::ormqr(input, input2, input3, left, transpose));
#line 909 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ormqr");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ormqr");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ormqr");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cov(int64_t input, int64_t correction, int64_t fweights, int64_t aweights) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cov(int64_t input_, int64_t correction_, int64_t fweights_, int64_t aweights_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t correction = correction_;
        const std::optional<at::Tensor> fweights = sffi::optional_tensor_arg(fweights_, "fweights");
        const std::optional<at::Tensor> aweights = sffi::optional_tensor_arg(aweights_, "aweights");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_cov"
        return sffi::new_tensor(at::cov(input, correction, fweights, aweights));
#line 933 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cov");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cov");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cov");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvals(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvals(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigvals"
        return sffi::new_tensor(at::linalg_eigvals(input));
#line 954 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigvals");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigvals");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_eigvals");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorsolve(int64_t input, int64_t other, const int64_t* dims, int64_t dims_len, bool dims_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorsolve(int64_t input_, int64_t other_, const int64_t* dims_, int64_t dims_len, bool dims_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const at::OptionalIntArrayRef dims = sffi::optional_array_arg(dims_, dims_len, dims_present, "dims");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_tensorsolve"
        return sffi::new_tensor(at::linalg_tensorsolve(input, other, dims));
#line 976 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_tensorsolve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_tensorsolve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_tensorsolve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_numpy_t(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_numpy_t(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_numpy_t"
        return sffi::new_tensor(input.numpy_T());
#line 997 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_numpy_t");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_numpy_t");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_numpy_t");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_asin(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_asin(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_asin"
        return sffi::new_tensor(at::asin(input));
#line 1018 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_asin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_asin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_asin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_deg2rad(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_deg2rad(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_deg2rad"
        return sffi::new_tensor(at::deg2rad(input));
#line 1039 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_deg2rad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_deg2rad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_deg2rad");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nextafter(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nextafter(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_nextafter"
        return sffi::new_tensor(at::nextafter(input, other));
#line 1060 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nextafter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nextafter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nextafter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_tensor(int64_t input, int64_t min, int64_t max) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_tensor(int64_t input_, int64_t min_, int64_t max_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> min = sffi::optional_tensor_arg(min_, "min");
        const std::optional<at::Tensor> max = sffi::optional_tensor_arg(max_, "max");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_tensor"
        return sffi::new_tensor(at::clamp(input, min, max));
#line 1083 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ne_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ne_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ne_tensor"
        return sffi::new_tensor(at::ne(input, other));
#line 1104 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ne_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ne_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ne_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_xor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logical_xor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logical_xor"
        return sffi::new_tensor(at::logical_xor(input, other));
#line 1125 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_xor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_xor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_xor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_not(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logical_not(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_logical_not"
        return sffi::new_tensor(at::logical_not(input));
#line 1146 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_not");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_not");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_not");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_not"
        return sffi::new_tensor(at::bitwise_not(input));
#line 1167 "ops_16.cpp"
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

RT_TORCH_API void rt_torch_torchtensor_fill_scalar_(int64_t input, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_fill_scalar_(int64_t input_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fill_scalar_"
        input.fill_(value);
#line 1189 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fill_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fill_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fill_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_neg_(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_neg_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_neg_"
        input.neg_();
#line 1207 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_neg_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_neg_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_neg_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_masked_fill_scalar_(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_masked_fill_scalar_(int64_t input_, int64_t mask_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask] = sffi::tensor_args<2>({input_, mask_}, {"input", "mask"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_fill_scalar_"
        input.masked_fill_(mask, value);
#line 1226 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_floor_divide_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_floor_divide_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_floor_divide_scalar_"
        input.floor_divide_(other);
#line 1245 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor_divide_scalar_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_softshrink(int64_t input_, double lambd_, int64_t lambd_int, int32_t lambd_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar lambd = sffi::scalar_arg(lambd_, lambd_int, lambd_kind, "lambd");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_softshrink"
        return sffi::new_tensor(at::softshrink(input, lambd));
#line 1264 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softshrink");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softshrink");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softshrink");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hardshrink(int64_t input_, double lambd_, int64_t lambd_int, int32_t lambd_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar lambd = sffi::scalar_arg(lambd_, lambd_int, lambd_kind, "lambd");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hardshrink"
        return sffi::new_tensor(at::hardshrink(input, lambd));
#line 1286 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hardshrink");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hardshrink");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hardshrink");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_l1_loss(int64_t input, int64_t target, const char* reduction, int64_t weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_l1_loss(int64_t input_, int64_t target_, const char* reduction_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_l1_loss"
        return sffi::new_tensor([&] {
    auto both = at::broadcast_tensors({input, target});
    if (!weight.has_value()) return at::l1_loss(both[0], both[1], sffi::reduction_arg(reduction));
    TORCH_CHECK_VALUE(weight->sizes() == input.sizes(), "Weights and input must have the same size.");
    auto losses = at::mul(at::abs(at::sub(both[0], both[1])), *weight);
    if (reduction == "none") return losses;
    if (reduction == "sum") return at::sum(losses);
    return at::div(at::sum(losses), at::sum(*weight));
}());
#line 1317 "ops_16.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_l1_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_l1_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_l1_loss");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_grad_mode_begin(bool enabled) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_grad_mode_begin(bool enabled_) noexcept {
    sffi::begin_call();
    try {
        const bool enabled = enabled_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_grad_mode_begin"
        sffi::grad_mode_begin(enabled);
#line 1338 "ops_16.cpp"
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
#line 7 "spec/torch_api.yaml@rt_torch_autograd_is_grad_enabled"
        return sffi::to_bool(sffi::is_grad_enabled());
#line 1355 "ops_16.cpp"
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

RT_TORCH_API int64_t rt_torch_dist_world_size(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_world_size(int64_t group_) noexcept {
    sffi::begin_call();
    try {
        const int64_t group = group_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_dist_world_size"
        return sffi::to_i64(sffi::dist_world_size(group));
#line 1376 "ops_16.cpp"
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

}  // extern "C"
