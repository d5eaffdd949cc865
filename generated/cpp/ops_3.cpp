// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 3 of 16: 46 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/adaptive_max_pool3d.h>)
#include <ATen/ops/adaptive_max_pool3d.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool3d_with_indices"
#error "binds calls at::adaptive_max_pool3d, which this ATen does not have (no <ATen/ops/adaptive_max_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/addcdiv.h>)
#include <ATen/ops/addcdiv.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_addcdiv"
#error "binds calls at::addcdiv, which this ATen does not have (no <ATen/ops/addcdiv.h>)"
#endif
#if __has_include(<ATen/ops/any.h>)
#include <ATen/ops/any.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_any_dims"
#error "binds calls at::any, which this ATen does not have (no <ATen/ops/any.h>)"
#endif
#if __has_include(<ATen/ops/atleast_2d.h>)
#include <ATen/ops/atleast_2d.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_2d"
#error "binds calls at::atleast_2d, which this ATen does not have (no <ATen/ops/atleast_2d.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool1d.h>)
#include <ATen/ops/avg_pool1d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_avg_pool1d"
#error "binds calls at::avg_pool1d, which this ATen does not have (no <ATen/ops/avg_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/bernoulli.h>)
#include <ATen/ops/bernoulli.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bernoulli_p"
#error "binds calls at::bernoulli, which this ATen does not have (no <ATen/ops/bernoulli.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_xor.h>)
#include <ATen/ops/bitwise_xor.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_xor_tensor"
#error "binds calls at::bitwise_xor, which this ATen does not have (no <ATen/ops/bitwise_xor.h>)"
#endif
#if __has_include(<ATen/ops/bucketize.h>)
#include <ATen/ops/bucketize.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_bucketize_tensor"
#error "binds calls at::bucketize, which this ATen does not have (no <ATen/ops/bucketize.h>)"
#endif
#if __has_include(<ATen/ops/cholesky_inverse.h>)
#include <ATen/ops/cholesky_inverse.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cholesky_inverse"
#error "binds calls at::cholesky_inverse, which this ATen does not have (no <ATen/ops/cholesky_inverse.h>)"
#endif
#if __has_include(<ATen/ops/conv_transpose2d.h>)
#include <ATen/ops/conv_transpose2d.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_conv_transpose2d"
#error "binds calls at::conv_transpose2d, which this ATen does not have (no <ATen/ops/conv_transpose2d.h>)"
#endif
#if __has_include(<ATen/ops/cosh.h>)
#include <ATen/ops/cosh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_cosh"
#error "binds calls at::cosh, which this ATen does not have (no <ATen/ops/cosh.h>)"
#endif
#if __has_include(<ATen/ops/ctc_loss.h>)
#include <ATen/ops/ctc_loss.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_ctc_loss_tensor"
#error "binds calls at::ctc_loss, which this ATen does not have (no <ATen/ops/ctc_loss.h>)"
#endif
#if __has_include(<ATen/ops/cummin.h>)
#include <ATen/ops/cummin.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cummin"
#error "binds calls at::cummin, which this ATen does not have (no <ATen/ops/cummin.h>)"
#endif
#if __has_include(<ATen/ops/empty_strided.h>)
#include <ATen/ops/empty_strided.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_tensor_empty_strided"
#error "binds calls at::empty_strided, which this ATen does not have (no <ATen/ops/empty_strided.h>)"
#endif
#if __has_include(<ATen/ops/expm1.h>)
#include <ATen/ops/expm1.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_expm1"
#error "binds calls at::expm1, which this ATen does not have (no <ATen/ops/expm1.h>)"
#endif
#if __has_include(<ATen/ops/fliplr.h>)
#include <ATen/ops/fliplr.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_fliplr"
#error "binds calls at::fliplr, which this ATen does not have (no <ATen/ops/fliplr.h>)"
#endif
#if __has_include(<ATen/ops/float_power.h>)
#include <ATen/ops/float_power.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_float_power_tensor_tensor"
#error "binds calls at::float_power, which this ATen does not have (no <ATen/ops/float_power.h>)"
#endif
#if __has_include(<ATen/ops/fmod.h>)
#include <ATen/ops/fmod.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fmod_scalar"
#error "binds calls at::fmod, which this ATen does not have (no <ATen/ops/fmod.h>)"
#endif
#if __has_include(<ATen/ops/hypot.h>)
#include <ATen/ops/hypot.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hypot"
#error "binds calls at::hypot, which this ATen does not have (no <ATen/ops/hypot.h>)"
#endif
#if __has_include(<ATen/ops/leaky_relu.h>)
#include <ATen/ops/leaky_relu.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_leaky_relu"
#error "binds calls at::leaky_relu, which this ATen does not have (no <ATen/ops/leaky_relu.h>)"
#endif
#if __has_include(<ATen/ops/lgamma.h>)
#include <ATen/ops/lgamma.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_lgamma"
#error "binds calls at::lgamma, which this ATen does not have (no <ATen/ops/lgamma.h>)"
#endif
#if __has_include(<ATen/ops/lstm.h>)
#include <ATen/ops/lstm.h>
#else
#line 18 "spec/torch_api.yaml@rt_torch_torchtensor_lstm_input"
#error "binds calls at::lstm, which this ATen does not have (no <ATen/ops/lstm.h>)"
#endif
#if __has_include(<ATen/ops/lt.h>)
#include <ATen/ops/lt.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lt_tensor"
#error "binds calls at::lt, which this ATen does not have (no <ATen/ops/lt.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_max"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/max_unpool2d.h>)
#include <ATen/ops/max_unpool2d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool1d"
#error "binds calls at::max_unpool2d, which this ATen does not have (no <ATen/ops/max_unpool2d.h>)"
#endif
#if __has_include(<ATen/ops/mish.h>)
#include <ATen/ops/mish.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mish"
#error "binds calls at::mish, which this ATen does not have (no <ATen/ops/mish.h>)"
#endif
#if __has_include(<ATen/ops/pinverse.h>)
#include <ATen/ops/pinverse.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pinverse"
#error "binds calls at::pinverse, which this ATen does not have (no <ATen/ops/pinverse.h>)"
#endif
#if __has_include(<ATen/ops/qr.h>)
#include <ATen/ops/qr.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_qr"
#error "binds calls at::qr, which this ATen does not have (no <ATen/ops/qr.h>)"
#endif
#if __has_include(<ATen/ops/randint_like.h>)
#include <ATen/ops/randint_like.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_randint_like_low_dtype"
#error "binds calls at::randint_like, which this ATen does not have (no <ATen/ops/randint_like.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_real"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/softmax.h>)
#include <ATen/ops/softmax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_softmax_int"
#error "binds calls at::softmax, which this ATen does not have (no <ATen/ops/softmax.h>)"
#endif
#if __has_include(<ATen/ops/std_mean.h>)
#include <ATen/ops/std_mean.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_std_mean"
#error "binds calls at::std_mean, which this ATen does not have (no <ATen/ops/std_mean.h>)"
#endif
#if __has_include(<ATen/ops/var_mean.h>)
#include <ATen/ops/var_mean.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_var_mean_dim"
#error "binds calls at::var_mean, which this ATen does not have (no <ATen/ops/var_mean.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t handle, double negative_slope) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t handle_, double negative_slope_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double negative_slope = negative_slope_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_leaky_relu"
        return sffi::new_tensor(at::leaky_relu(handle, negative_slope));
#line 219 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_leaky_relu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_leaky_relu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_leaky_relu");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_max(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_max(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_max"
        return sffi::to_f64(at::max(handle));
#line 240 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_shape"
        return sffi::write_array(out, out_capacity, handle.sizes());
#line 261 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_shape");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_shape");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_shape");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dlpack(int64_t handle, bool versioned) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_dlpack(int64_t handle_, bool versioned_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const bool versioned = versioned_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_to_dlpack"
        return sffi::to_i64(sffi::to_dlpack(handle, versioned));
#line 283 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dlpack");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dlpack");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dlpack");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_real"
        return sffi::new_tensor(at::real(handle));
#line 304 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_real");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_real");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_real");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_add_scalar_(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar_"
        handle.add_(scalar);
#line 326 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_addcmul_(int64_t handle, int64_t tensor1, int64_t tensor2, double value) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_addcmul_(int64_t handle_, int64_t tensor1_, int64_t tensor2_, double value_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, tensor1, tensor2] = sffi::tensor_args<3>({handle_, tensor1_, tensor2_}, {"handle", "tensor1", "tensor2"});
        const double value = value_;
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_addcmul_"
        handle.addcmul_(tensor1, tensor2, sffi::multiplier(value));
#line 345 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcmul_");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_autograd_no_grad_end_v2"
        sffi::no_grad_end();
#line 362 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_end_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_end_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_end_v2");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmax_int(int64_t input, int64_t dim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_softmax_int(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_softmax_int"
        return sffi::new_tensor(at::softmax(input, dim, dtype));
#line 382 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softmax_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softmax_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softmax_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cummin(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cummin(int64_t input_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cummin"
        return sffi::write_tensors(out, out_capacity, at::cummin(input, dim));
#line 404 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cummin");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cummin");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cummin");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_any_dims(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_any_dims(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef dim = sffi::optional_array_arg(dim_, dim_len, dim_present, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_any_dims"
        return sffi::new_tensor(at::any(input, dim, keepdim));
#line 427 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_any_dims");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_any_dims");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_any_dims");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_var_mean_dim"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, dim, unbiased, keepdim));
#line 451 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_mean_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_mean_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_mean_dim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean(int64_t input, bool unbiased, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_std_mean(int64_t input_, bool unbiased_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_std_mean"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, unbiased));
#line 473 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_mean");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_mean");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_mean");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bucketize_tensor(int64_t input, int64_t boundaries, bool out_int32, bool right) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bucketize_tensor(int64_t input_, int64_t boundaries_, bool out_int32_, bool right_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, boundaries] = sffi::tensor_args<2>({input_, boundaries_}, {"input", "boundaries"});
        const bool out_int32 = out_int32_;
        const bool right = right_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_bucketize_tensor"
        return sffi::new_tensor(at::bucketize(input, boundaries, out_int32, right));
#line 496 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bucketize_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bucketize_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bucketize_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_fliplr(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_fliplr(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_fliplr"
        return sffi::new_tensor(at::fliplr(input));
#line 517 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fliplr");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fliplr");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fliplr");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_2d"
        return sffi::new_tensor(at::atleast_2d(input));
#line 538 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randint_like_low_dtype(int64_t input, int64_t low, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_randint_like_low_dtype(int64_t input_, int64_t low_, int64_t high_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t low = low_;
        const int64_t high = high_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_randint_like_low_dtype"
        return sffi::new_tensor(at::randint_like(input, low, high, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 564 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_randint_like_low_dtype");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_randint_like_low_dtype");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_randint_like_low_dtype");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli_p(int64_t input, double p) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli_p(int64_t input_, double p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bernoulli_p"
        return sffi::new_tensor(at::bernoulli(input, p));
#line 586 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli_p");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bernoulli_p");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bernoulli_p");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_empty_strided(const int64_t* size, int64_t size_len, const int64_t* stride, int64_t stride_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_empty_strided(const int64_t* size_, int64_t size_len, const int64_t* stride_, int64_t stride_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_empty_strided"
        return sffi::new_tensor(at::empty_strided(size, stride, dtype, ::std::nullopt, device, ::std::nullopt));
#line 610 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_empty_strided");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_empty_strided");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_empty_strided");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pinverse(int64_t input, double rcond) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_pinverse(int64_t input_, double rcond_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double rcond = rcond_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pinverse"
        return sffi::new_tensor(at::pinverse(input, rcond));
#line 632 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pinverse");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pinverse");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pinverse");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_inverse(int64_t input, bool upper) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_inverse(int64_t input_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cholesky_inverse"
        return sffi::new_tensor(at::cholesky_inverse(input, upper));
#line 654 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cholesky_inverse");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cholesky_inverse");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cholesky_inverse");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_qr(int64_t input, bool some, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_qr(int64_t input_, bool some_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool some = some_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_qr"
        return sffi::write_tensors(out, out_capacity, at::qr(input, some));
#line 676 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_qr");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_qr");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_qr");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cosh(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cosh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_cosh"
        return sffi::new_tensor(at::cosh(input));
#line 697 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cosh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cosh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cosh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_expm1(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_expm1(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_expm1"
        return sffi::new_tensor(at::expm1(input));
#line 718 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_expm1");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_expm1");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_expm1");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lgamma(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lgamma(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_lgamma"
        return sffi::new_tensor(at::lgamma(input));
#line 739 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lgamma");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lgamma");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lgamma");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hypot(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hypot(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hypot"
        return sffi::new_tensor(at::hypot(input, other));
#line 760 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hypot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hypot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hypot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmod_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_fmod_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fmod_scalar"
        return sffi::new_tensor(at::fmod(input, other));
#line 782 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fmod_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fmod_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fmod_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_tensor(int64_t input, int64_t exponent) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_tensor(int64_t input_, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, exponent] = sffi::tensor_args<2>({input_, exponent_}, {"input", "exponent"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_float_power_tensor_tensor"
        return sffi::new_tensor(at::float_power(input, exponent));
#line 803 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_float_power_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_float_power_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addcdiv(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addcdiv(int64_t input_, int64_t tensor1_, int64_t tensor2_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tensor1, tensor2] = sffi::tensor_args<3>({input_, tensor1_, tensor2_}, {"input", "tensor1", "tensor2"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_addcdiv"
        return sffi::new_tensor(at::addcdiv(input, tensor1, tensor2, value));
#line 825 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcdiv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lt_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lt_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lt_tensor"
        return sffi::new_tensor(at::lt(input, other));
#line 846 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lt_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lt_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lt_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_xor_tensor"
        return sffi::new_tensor(at::bitwise_xor(input, other));
#line 867 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_xor_tensor");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_floor_divide_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_floor_divide_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_floor_divide_tensor_"
        input.floor_divide_(other);
#line 888 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor_divide_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_remainder_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_remainder_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_remainder_tensor_"
        input.remainder_(other);
#line 906 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_remainder_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_remainder_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_remainder_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_and_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_and_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_and_tensor_"
        input.bitwise_and_(other);
#line 924 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_and_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_or_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_or_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_or_tensor_"
        input.bitwise_or_(other);
#line 942 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_or_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_or_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_or_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_or_scalar_"
        input.bitwise_or_(other);
#line 961 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_or_scalar_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mish(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mish(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mish"
        return sffi::new_tensor(at::mish(input));
#line 979 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mish");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mish");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mish");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv_transpose2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv_transpose2d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* output_padding_, int64_t output_padding_len, int64_t groups_, const int64_t* dilation_, int64_t dilation_len) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList output_padding = sffi::sized_int_list_arg(output_padding_, output_padding_len, 2, "output_padding");
        const int64_t groups = groups_;
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_conv_transpose2d"
        return sffi::new_tensor(at::conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation));
#line 1006 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv_transpose2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv_transpose2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv_transpose2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool1d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_avg_pool1d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, bool count_include_pad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const bool ceil_mode = ceil_mode_;
        const bool count_include_pad = count_include_pad_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_avg_pool1d"
        return sffi::new_tensor(at::avg_pool1d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad));
#line 1032 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d_with_indices(int64_t input_, const int64_t* output_size_, int64_t output_size_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool3d_with_indices"
        return sffi::write_tensors(out, out_capacity, at::adaptive_max_pool3d(sffi::adaptive_pool_input(input, output_size), output_size));
#line 1054 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool3d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool1d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_unpool1d(int64_t input_, int64_t indices_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* output_size_, int64_t output_size_len, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const at::OptionalIntArrayRef output_size = sffi::optional_array_arg(output_size_, output_size_len, output_size_present, "output_size");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool1d"
        return sffi::new_tensor([&] {
    const c10::IntArrayRef given = stride.value_or_empty();
    const std::vector<int64_t> step = given.empty() ? std::vector<int64_t>(kernel_size.begin(), kernel_size.end()) : given.vec();
    TORCH_CHECK_INDEX(kernel_size.size() == 1 && step.size() == 1 && padding.size() == 1,
                      "max_unpool1d: kernel_size, stride and padding need 1 value (or one for all)");
    std::vector<int64_t> size;
    for (int64_t d = 0; d < 1; ++d) {
        size.push_back((input.size(input.dim() - 1 + d) - 1) * step[d] + kernel_size[d] - 2 * padding[d]);
    }
    if (output_size.has_value()) {
        auto wanted = output_size->vec();
        if (wanted.size() == 3) wanted.erase(wanted.begin(), wanted.begin() + 2);
        TORCH_CHECK_VALUE(wanted.size() == 1, "output_size should be a sequence containing 1 or 3 elements, but it has a length of '",
                          output_size->size(), "'");
        for (int64_t d = 0; d < 1; ++d) {
            TORCH_CHECK_VALUE(size[d] - step[d] < wanted[d] && wanted[d] < size[d] + step[d], "invalid output_size \"", *output_size,
                              "\" (dim ", d, " must be between ", size[d] - step[d], " and ", size[d] + step[d], ")");
        }
        size = wanted;
    }
    return at::max_unpool2d(input.unsqueeze(-1), indices.unsqueeze(-1), {size[0], 1}).squeeze(-1);
}());
#line 1100 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_unpool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_unpool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_unpool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_ctc_loss_tensor(int64_t log_probs, int64_t targets, int64_t input_lengths, int64_t target_lengths, int64_t blank, const char* reduction, bool zero_infinity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_ctc_loss_tensor(int64_t log_probs_, int64_t targets_, int64_t input_lengths_, int64_t target_lengths_, int64_t blank_, const char* reduction_, bool zero_infinity_) noexcept {
    sffi::begin_call();
    try {
        const auto [log_probs, targets, input_lengths, target_lengths] = sffi::tensor_args<4>({log_probs_, targets_, input_lengths_, target_lengths_}, {"log_probs", "targets", "input_lengths", "target_lengths"});
        const int64_t blank = blank_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const bool zero_infinity = zero_infinity_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_ctc_loss_tensor"
        return sffi::new_tensor(at::ctc_loss(log_probs, targets, input_lengths, target_lengths, blank, sffi::reduction_arg(reduction), zero_infinity));
#line 1124 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_ctc_loss_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_ctc_loss_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_ctc_loss_tensor");
        return 0;
    }
}

RT_TORCH_API const char* rt_torch_warning_message(int64_t index) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_warning_message(int64_t index_) noexcept {
    try {
        const int64_t index = index_;
#line 8 "spec/torch_api.yaml@rt_torch_warning_message"
        return sffi::text_result(sffi::warning_message(index));
#line 1143 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_warning_message");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_warning_message");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_warning_message");
        return nullptr;
    }
}

RT_TORCH_API void rt_torch_torchtensor_uniform_(int64_t input, double low, double to) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_uniform_(int64_t input_, double low_, double to_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double low = low_;
        const double to = to_;
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_uniform_"
        input.uniform_(low, to);
#line 1166 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_uniform_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_uniform_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_uniform_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lstm_input(int64_t input, const int64_t* hx, int64_t hx_len, const int64_t* params, int64_t params_len, bool has_biases, int64_t num_layers, double dropout, bool train, bool bidirectional, bool batch_first, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lstm_input(int64_t input_, const int64_t* hx_, int64_t hx_len, const int64_t* params_, int64_t params_len, bool has_biases_, int64_t num_layers_, double dropout_, bool train_, bool bidirectional_, bool batch_first_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::vector<at::Tensor> hx = sffi::tensor_list_arg(hx_, hx_len, "hx");
        const std::vector<at::Tensor> params = sffi::tensor_list_arg(params_, params_len, "params");
        const bool has_biases = has_biases_;
        const int64_t num_layers = num_layers_;
        const double dropout = dropout_;
        const bool train = train_;
        const bool bidirectional = bidirectional_;
        const bool batch_first = batch_first_;
        const sffi::SharedCall call_lock;
#line 18 "spec/torch_api.yaml@rt_torch_torchtensor_lstm_input"
        return sffi::write_tensors(out, out_capacity, at::lstm(input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first));
#line 1192 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lstm_input");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lstm_input");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lstm_input");
        return -1;
    }
}

RT_TORCH_API void rt_torch_dist_free(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_free(int64_t group_) noexcept {
    sffi::begin_call();
    try {
        const int64_t group = group_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_dist_free"
        sffi::free_group(group);
#line 1213 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_free");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_free");
    }
}

}  // extern "C"
