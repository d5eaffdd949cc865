// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 12 of 16: 52 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/_upsample_bicubic2d_aa.h>)
#include <ATen/ops/_upsample_bicubic2d_aa.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_bicubic2d_aa, which this ATen does not have (no <ATen/ops/_upsample_bicubic2d_aa.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_bilinear2d_aa.h>)
#include <ATen/ops/_upsample_bilinear2d_aa.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_bilinear2d_aa, which this ATen does not have (no <ATen/ops/_upsample_bilinear2d_aa.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_nearest_exact1d.h>)
#include <ATen/ops/_upsample_nearest_exact1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_nearest_exact1d, which this ATen does not have (no <ATen/ops/_upsample_nearest_exact1d.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_nearest_exact2d.h>)
#include <ATen/ops/_upsample_nearest_exact2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_nearest_exact2d, which this ATen does not have (no <ATen/ops/_upsample_nearest_exact2d.h>)"
#endif
#if __has_include(<ATen/ops/_upsample_nearest_exact3d.h>)
#include <ATen/ops/_upsample_nearest_exact3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::_upsample_nearest_exact3d, which this ATen does not have (no <ATen/ops/_upsample_nearest_exact3d.h>)"
#endif
#if __has_include(<ATen/ops/acosh.h>)
#include <ATen/ops/acosh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_acosh"
#error "binds calls at::acosh, which this ATen does not have (no <ATen/ops/acosh.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool1d.h>)
#include <ATen/ops/adaptive_avg_pool1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::adaptive_avg_pool1d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool2d.h>)
#include <ATen/ops/adaptive_avg_pool2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::adaptive_avg_pool2d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool3d.h>)
#include <ATen/ops/adaptive_avg_pool3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::adaptive_avg_pool3d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool3d.h>)
#include <ATen/ops/adaptive_max_pool3d.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool3d"
#error "binds calls at::adaptive_max_pool3d, which this ATen does not have (no <ATen/ops/adaptive_max_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/addbmm.h>)
#include <ATen/ops/addbmm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addbmm"
#error "binds calls at::addbmm, which this ATen does not have (no <ATen/ops/addbmm.h>)"
#endif
#if __has_include(<ATen/ops/addcmul.h>)
#include <ATen/ops/addcmul.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_addcmul"
#error "binds calls at::addcmul, which this ATen does not have (no <ATen/ops/addcmul.h>)"
#endif
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmax_v2"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/bincount.h>)
#include <ATen/ops/bincount.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_bincount"
#error "binds calls at::bincount, which this ATen does not have (no <ATen/ops/bincount.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_or.h>)
#include <ATen/ops/bitwise_or.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_or_scalar"
#error "binds calls at::bitwise_or, which this ATen does not have (no <ATen/ops/bitwise_or.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_right_shift.h>)
#include <ATen/ops/bitwise_right_shift.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_right_shift_tensor_scalar"
#error "binds calls at::bitwise_right_shift, which this ATen does not have (no <ATen/ops/bitwise_right_shift.h>)"
#endif
#if __has_include(<ATen/ops/ceil.h>)
#include <ATen/ops/ceil.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_ceil"
#error "binds calls at::ceil, which this ATen does not have (no <ATen/ops/ceil.h>)"
#endif
#if __has_include(<ATen/ops/dstack.h>)
#include <ATen/ops/dstack.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_dstack"
#error "binds calls at::dstack, which this ATen does not have (no <ATen/ops/dstack.h>)"
#endif
#if __has_include(<ATen/ops/einsum.h>)
#include <ATen/ops/einsum.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_einsum"
#error "binds calls at::einsum, which this ATen does not have (no <ATen/ops/einsum.h>)"
#endif
#if __has_include(<ATen/ops/eq.h>)
#include <ATen/ops/eq.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_eq_scalar"
#error "binds calls at::eq, which this ATen does not have (no <ATen/ops/eq.h>)"
#endif
#if __has_include(<ATen/ops/feature_dropout.h>)
#include <ATen/ops/feature_dropout.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_dropout3d"
#error "binds calls at::feature_dropout, which this ATen does not have (no <ATen/ops/feature_dropout.h>)"
#endif
#if __has_include(<ATen/ops/gcd.h>)
#include <ATen/ops/gcd.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gcd"
#error "binds calls at::gcd, which this ATen does not have (no <ATen/ops/gcd.h>)"
#endif
#if __has_include(<ATen/ops/gelu.h>)
#include <ATen/ops/gelu.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_gelu"
#error "binds calls at::gelu, which this ATen does not have (no <ATen/ops/gelu.h>)"
#endif
#if __has_include(<ATen/ops/grid_sampler.h>)
#include <ATen/ops/grid_sampler.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_grid_sample"
#error "binds calls at::grid_sampler, which this ATen does not have (no <ATen/ops/grid_sampler.h>)"
#endif
#if __has_include(<ATen/ops/heaviside.h>)
#include <ATen/ops/heaviside.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_heaviside"
#error "binds calls at::heaviside, which this ATen does not have (no <ATen/ops/heaviside.h>)"
#endif
#if __has_include(<ATen/ops/index_add.h>)
#include <ATen/ops/index_add.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_index_add"
#error "binds calls at::index_add, which this ATen does not have (no <ATen/ops/index_add.h>)"
#endif
#if __has_include(<ATen/ops/index_fill.h>)
#include <ATen/ops/index_fill.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_fill_int_tensor"
#error "binds calls at::index_fill, which this ATen does not have (no <ATen/ops/index_fill.h>)"
#endif
#if __has_include(<ATen/ops/ldexp.h>)
#include <ATen/ops/ldexp.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ldexp_tensor"
#error "binds calls at::ldexp, which this ATen does not have (no <ATen/ops/ldexp.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eig.h>)
#include <ATen/ops/linalg_eig.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eig"
#error "binds calls at::linalg_eig, which this ATen does not have (no <ATen/ops/linalg_eig.h>)"
#endif
#if __has_include(<ATen/ops/linalg_pinv.h>)
#include <ATen/ops/linalg_pinv.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv_rcond_tensor"
#error "binds calls at::linalg_pinv, which this ATen does not have (no <ATen/ops/linalg_pinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_tensorinv.h>)
#include <ATen/ops/linalg_tensorinv.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_tensorinv"
#error "binds calls at::linalg_tensorinv, which this ATen does not have (no <ATen/ops/linalg_tensorinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vector_norm"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/logcumsumexp.h>)
#include <ATen/ops/logcumsumexp.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logcumsumexp"
#error "binds calls at::logcumsumexp, which this ATen does not have (no <ATen/ops/logcumsumexp.h>)"
#endif
#if __has_include(<ATen/ops/logsumexp.h>)
#include <ATen/ops/logsumexp.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_logsumexp"
#error "binds calls at::logsumexp, which this ATen does not have (no <ATen/ops/logsumexp.h>)"
#endif
#if __has_include(<ATen/ops/lt.h>)
#include <ATen/ops/lt.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lt_scalar"
#error "binds calls at::lt, which this ATen does not have (no <ATen/ops/lt.h>)"
#endif
#if __has_include(<ATen/ops/max_pool1d_with_indices.h>)
#include <ATen/ops/max_pool1d_with_indices.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool1d_with_indices"
#error "binds calls at::max_pool1d_with_indices, which this ATen does not have (no <ATen/ops/max_pool1d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/max_unpool3d.h>)
#include <ATen/ops/max_unpool3d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool3d"
#error "binds calls at::max_unpool3d, which this ATen does not have (no <ATen/ops/max_unpool3d.h>)"
#endif
#if __has_include(<ATen/ops/randn_like.h>)
#include <ATen/ops/randn_like.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_randn_like"
#error "binds calls at::randn_like, which this ATen does not have (no <ATen/ops/randn_like.h>)"
#endif
#if __has_include(<ATen/ops/repeat_interleave.h>)
#include <ATen/ops/repeat_interleave.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_self_tensor"
#error "binds calls at::repeat_interleave, which this ATen does not have (no <ATen/ops/repeat_interleave.h>)"
#endif
#if __has_include(<ATen/ops/rms_norm.h>)
#include <ATen/ops/rms_norm.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_rms_norm"
#error "binds calls at::rms_norm, which this ATen does not have (no <ATen/ops/rms_norm.h>)"
#endif
#if __has_include(<ATen/ops/roll.h>)
#include <ATen/ops/roll.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_roll"
#error "binds calls at::roll, which this ATen does not have (no <ATen/ops/roll.h>)"
#endif
#if __has_include(<ATen/ops/rsqrt.h>)
#include <ATen/ops/rsqrt.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_rsqrt"
#error "binds calls at::rsqrt, which this ATen does not have (no <ATen/ops/rsqrt.h>)"
#endif
#if __has_include(<ATen/ops/sigmoid.h>)
#include <ATen/ops/sigmoid.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sigmoid"
#error "binds calls at::sigmoid, which this ATen does not have (no <ATen/ops/sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/upsample_bicubic2d.h>)
#include <ATen/ops/upsample_bicubic2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_bicubic2d, which this ATen does not have (no <ATen/ops/upsample_bicubic2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_bilinear2d.h>)
#include <ATen/ops/upsample_bilinear2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_bilinear2d, which this ATen does not have (no <ATen/ops/upsample_bilinear2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_linear1d.h>)
#include <ATen/ops/upsample_linear1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_linear1d, which this ATen does not have (no <ATen/ops/upsample_linear1d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest1d.h>)
#include <ATen/ops/upsample_nearest1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_nearest1d, which this ATen does not have (no <ATen/ops/upsample_nearest1d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest2d.h>)
#include <ATen/ops/upsample_nearest2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_nearest2d, which this ATen does not have (no <ATen/ops/upsample_nearest2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest3d.h>)
#include <ATen/ops/upsample_nearest3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_nearest3d, which this ATen does not have (no <ATen/ops/upsample_nearest3d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_trilinear3d.h>)
#include <ATen/ops/upsample_trilinear3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
#error "binds calls at::upsample_trilinear3d, which this ATen does not have (no <ATen/ops/upsample_trilinear3d.h>)"
#endif
#if __has_include(<ATen/ops/xlogy.h>)
#include <ATen/ops/xlogy.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_xlogy_scalar_self"
#error "binds calls at::xlogy, which this ATen does not have (no <ATen/ops/xlogy.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_cuda_available(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_cuda_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "spec/torch_api.yaml@rt_torch_cuda_available"
        return sffi::to_bool(sffi::cuda_available());
#line 325 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_available");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const c10::ArrayRef<double> data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_from_data"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 347 "ops_12.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sigmoid"
        return sffi::new_tensor(at::sigmoid(handle));
#line 368 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sigmoid");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sigmoid");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sigmoid");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_gelu"
        return sffi::new_tensor(at::gelu(handle));
#line 389 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gelu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gelu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gelu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ndim"
        return sffi::to_i64(handle.dim());
#line 410 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ndim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ndim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ndim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_numel"
        return sffi::to_i64(handle.numel());
#line 431 "ops_12.cpp"
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

RT_TORCH_API int64_t rt_torch_autograd_detach(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_autograd_detach(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_detach"
        return sffi::new_tensor(handle.detach());
#line 452 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_detach");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_detach");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_detach");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_is_cuda"
        return sffi::to_bool(handle.is_cuda());
#line 473 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_cuda");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_cuda");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_cuda");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_cuda_max_memory_allocated"
        return sffi::to_i64(sffi::cuda_max_memory_allocated(device_id));
#line 494 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_max_memory_allocated");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_max_memory_allocated");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_max_memory_allocated");
        return -1;
    }
}

RT_TORCH_API void rt_torch_manual_seed(int64_t seed) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_manual_seed(int64_t seed_) noexcept {
    sffi::begin_call();
    try {
        const int64_t seed = seed_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_manual_seed"
        sffi::manual_seed(seed);
#line 515 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (...) {
        sffi::record_exception("rt_torch_manual_seed");
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_complex(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_is_complex(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_is_complex"
        return sffi::to_bool(input.is_complex());
#line 533 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_complex");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_complex");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_complex");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_type_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_type_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_type_as"
        return sffi::new_tensor(input.type_as(other));
#line 554 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_type_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_type_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_type_as");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle, int64_t end, double weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle_, int64_t end_, double weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, end] = sffi::tensor_args<2>({handle_, end_}, {"handle", "end"});
        const double weight = weight_;
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lerp_"
        handle.lerp_(end, weight);
#line 576 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input_, double ord_, int64_t ord_int, int32_t ord_kind, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar ord = sffi::scalar_arg(ord_, ord_int, ord_kind, "ord");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vector_norm"
        return sffi::new_tensor(at::linalg_vector_norm(input, ord, dim, keepdim, dtype));
#line 598 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vector_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vector_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_vector_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eig(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eig(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eig"
        return sffi::write_tensors(out, out_capacity, at::linalg_eig(input));
#line 619 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eig");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eig");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_eig");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmax_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argmax_v2(int64_t input_, int64_t dim_, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmax_v2"
        return sffi::new_tensor(at::argmax(input, dim, keepdim));
#line 642 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argmax_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argmax_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argmax_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logcumsumexp(int64_t input, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logcumsumexp(int64_t input_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logcumsumexp"
        return sffi::new_tensor(at::logcumsumexp(input, dim));
#line 664 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logcumsumexp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logcumsumexp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logcumsumexp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logsumexp(int64_t input, const int64_t* dim, int64_t dim_len, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logsumexp(int64_t input_, const int64_t* dim_, int64_t dim_len, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList dim = sffi::sized_int_list_arg(dim_, dim_len, 1, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_logsumexp"
        return sffi::new_tensor(at::logsumexp(input, dim, keepdim));
#line 687 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logsumexp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logsumexp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logsumexp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bincount(int64_t input, int64_t weights, int64_t minlength) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bincount(int64_t input_, int64_t weights_, int64_t minlength_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> weights = sffi::optional_tensor_arg(weights_, "weights");
        const int64_t minlength = minlength_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_bincount"
        return sffi::new_tensor(at::bincount(input, weights, minlength));
#line 710 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bincount");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bincount");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bincount");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_roll(int64_t input, const int64_t* shifts, int64_t shifts_len, const int64_t* dims, int64_t dims_len, bool dims_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_roll(int64_t input_, const int64_t* shifts_, int64_t shifts_len, const int64_t* dims_, int64_t dims_len, bool dims_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList shifts = sffi::sized_int_list_arg(shifts_, shifts_len, 1, "shifts");
        const sffi::OptionalIntList dims = sffi::optional_sized_int_list_arg(dims_, dims_len, dims_present, 1, "dims");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_roll"
        return sffi::new_tensor(at::roll(input, shifts, dims.value_or_empty()));
#line 733 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_roll");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_roll");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_roll");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_tensor(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_tensor(int64_t input_, int64_t repeats_, int64_t dim_, bool dim_present, int64_t output_size_, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, repeats] = sffi::tensor_args<2>({input_, repeats_}, {"input", "repeats"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const std::optional<int64_t> output_size = sffi::optional_arg(output_size_, output_size_present);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_self_tensor"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 756 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_self_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_self_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_repeat_interleave_self_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_dstack(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_dstack(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_dstack"
        return sffi::new_tensor(at::dstack(tensors));
#line 777 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dstack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dstack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dstack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_add(int64_t input, int64_t dim, int64_t index, int64_t source, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_add(int64_t input_, int64_t dim_, int64_t index_, int64_t source_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_index_add"
        return sffi::new_tensor(at::index_add(input, dim, index, source, alpha));
#line 800 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_add");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input, int64_t dim, int64_t index, int64_t value) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input_, int64_t dim_, int64_t index_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, value] = sffi::tensor_args<3>({input_, index_, value_}, {"input", "index", "value"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_fill_int_tensor"
        return sffi::new_tensor(at::index_fill(input, dim, index, value));
#line 822 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randn_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_randn_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_randn_like"
        return sffi::new_tensor(at::randn_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 846 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_randn_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_randn_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_randn_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_short(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_short(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_short"
        return sffi::new_tensor(input.to(at::kShort, false, false, sffi::memory_format_arg(memory_format)));
#line 868 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_short");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addbmm(int64_t input_, int64_t batch1_, int64_t batch2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, batch1, batch2] = sffi::tensor_args<3>({input_, batch1_, batch2_}, {"input", "batch1", "batch2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addbmm"
        return sffi::new_tensor(at::addbmm(input, batch1, batch2, beta, alpha));
#line 891 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addbmm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addbmm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addbmm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_einsum(const char* equation, const int64_t* tensors, int64_t tensors_len, const int64_t* path, int64_t path_len, bool path_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_einsum(const char* equation_, const int64_t* tensors_, int64_t tensors_len, const int64_t* path_, int64_t path_len, bool path_present) noexcept {
    sffi::begin_call();
    try {
        const std::string_view equation = sffi::text_arg(equation_, "equation");
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const at::OptionalIntArrayRef path = sffi::optional_array_arg(path_, path_len, path_present, "path");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_einsum"
        return sffi::new_tensor(at::einsum(equation, tensors, path));
#line 914 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_einsum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_einsum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_einsum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor(int64_t input, int64_t rcond, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor(int64_t input_, int64_t rcond_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, rcond] = sffi::tensor_args<2>({input_, rcond_}, {"input", "rcond"});
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv_rcond_tensor"
        return sffi::new_tensor(at::linalg_pinv(input, rcond, hermitian));
#line 936 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_rcond_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_rcond_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_pinv_rcond_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorinv(int64_t input, int64_t ind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorinv(int64_t input_, int64_t ind_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t ind = ind_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_tensorinv"
        return sffi::new_tensor(at::linalg_tensorinv(input, ind));
#line 958 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_tensorinv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_tensorinv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_tensorinv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_acosh(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_acosh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_acosh"
        return sffi::new_tensor(at::acosh(input));
#line 979 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_acosh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_acosh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_acosh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ceil(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ceil(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_ceil"
        return sffi::new_tensor(at::ceil(input));
#line 1000 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ceil");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ceil");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ceil");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsqrt(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_rsqrt(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_rsqrt"
        return sffi::new_tensor(at::rsqrt(input));
#line 1021 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rsqrt");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rsqrt");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rsqrt");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_xlogy_scalar_self(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_xlogy_scalar_self(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_xlogy_scalar_self"
        return sffi::new_tensor(at::xlogy(input, other));
#line 1043 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_xlogy_scalar_self");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_xlogy_scalar_self");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_xlogy_scalar_self");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_heaviside(int64_t input, int64_t values) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_heaviside(int64_t input_, int64_t values_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, values] = sffi::tensor_args<2>({input_, values_}, {"input", "values"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_heaviside"
        return sffi::new_tensor(at::heaviside(input, values));
#line 1064 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_heaviside");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_heaviside");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_heaviside");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gcd(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gcd(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gcd"
        return sffi::new_tensor(at::gcd(input, other));
#line 1085 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gcd");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gcd");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gcd");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ldexp_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ldexp_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ldexp_tensor"
        return sffi::new_tensor(at::ldexp(input, other));
#line 1106 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ldexp_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ldexp_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ldexp_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addcmul(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addcmul(int64_t input_, int64_t tensor1_, int64_t tensor2_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tensor1, tensor2] = sffi::tensor_args<3>({input_, tensor1_, tensor2_}, {"input", "tensor1", "tensor2"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_addcmul"
        return sffi::new_tensor(at::addcmul(input, tensor1, tensor2, value));
#line 1128 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcmul");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcmul");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcmul");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_eq_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_eq_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_eq_scalar"
        return sffi::new_tensor(at::eq(input, other));
#line 1150 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_eq_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_eq_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_eq_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lt_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lt_scalar"
        return sffi::new_tensor(at::lt(input, other));
#line 1172 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lt_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lt_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lt_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_or_scalar"
        return sffi::new_tensor(at::bitwise_or(input, other));
#line 1194 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_or_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_right_shift_tensor_scalar"
        return sffi::new_tensor(at::bitwise_right_shift(input, other));
#line 1216 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_sqrt_(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_sqrt_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sqrt_"
        input.sqrt_();
#line 1237 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sqrt_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sqrt_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sqrt_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_abs_(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_abs_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_abs_"
        input.abs_();
#line 1255 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_abs_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_abs_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_abs_");
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool1d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool1d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool1d_with_indices"
        return sffi::write_tensors(out, out_capacity, at::max_pool1d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1278 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool1d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool1d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool1d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool3d"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool3d(sffi::adaptive_pool_input(input, output_size), output_size)));
#line 1300 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_rms_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, double eps, bool eps_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_rms_norm(int64_t input_, const int64_t* normalized_shape_, int64_t normalized_shape_len, int64_t weight_, double eps_, bool eps_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef normalized_shape = sffi::array_arg(normalized_shape_, normalized_shape_len, "normalized_shape");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<double> eps = sffi::optional_arg(eps_, eps_present);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_rms_norm"
        return sffi::new_tensor(at::rms_norm(input, normalized_shape, weight, eps));
#line 1324 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_rms_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_rms_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_rms_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout3d(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_dropout3d(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_dropout3d"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    if (input.dim() != 5) return at::feature_dropout(input.unsqueeze(0), p, training).squeeze(0);  // F: unbatched
    return at::feature_dropout(input, p, training);
}());
#line 1351 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_dropout3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_dropout3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_dropout3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_grid_sample(int64_t input, int64_t grid, const char* mode, const char* padding_mode, bool align_corners, bool align_corners_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_grid_sample(int64_t input_, int64_t grid_, const char* mode_, const char* padding_mode_, bool align_corners_, bool align_corners_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, grid] = sffi::tensor_args<2>({input_, grid_}, {"input", "grid"});
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"bilinear", "nearest", "bicubic"}, sffi::Code::value);
        const std::string_view padding_mode = sffi::enum_arg(padding_mode_, "padding_mode", {"zeros", "border", "reflection"}, sffi::Code::value);
        const std::optional<bool> align_corners = sffi::optional_arg(align_corners_, align_corners_present);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_grid_sample"
        return sffi::new_tensor(at::grid_sampler(input, grid, mode == "bilinear" ? 0 : mode == "nearest" ? 1 : 2,
                 padding_mode == "zeros" ? 0 : padding_mode == "border" ? 1 : 2, align_corners.value_or(false)));
#line 1376 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_grid_sample");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_grid_sample");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_grid_sample");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_interpolate(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present, const char* mode, bool align_corners, bool align_corners_present, bool recompute_scale_factor, bool recompute_scale_factor_present, bool antialias) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_interpolate(int64_t input_, const int64_t* size_, int64_t size_len, bool size_present, const double* scale_factor_, int64_t scale_factor_len, bool scale_factor_present, const char* mode_, bool align_corners_, bool align_corners_present, bool recompute_scale_factor_, bool recompute_scale_factor_present, bool antialias_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef size = sffi::optional_array_arg(size_, size_len, size_present, "size");
        const c10::OptionalArrayRef<double> scale_factor = sffi::optional_array_arg(scale_factor_, scale_factor_len, scale_factor_present, "scale_factor");
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"nearest", "linear", "bilinear", "bicubic", "trilinear", "area", "nearest-exact"}, sffi::Code::value);
        const std::optional<bool> align_corners = sffi::optional_arg(align_corners_, align_corners_present);
        const std::optional<bool> recompute_scale_factor = sffi::optional_arg(recompute_scale_factor_, recompute_scale_factor_present);
        const bool antialias = antialias_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_interpolate"
        return sffi::new_tensor([&] {
    const bool sampling = mode == "nearest" || mode == "area" || mode == "nearest-exact";
    TORCH_CHECK_VALUE(!(sampling && align_corners.has_value()),
                      "align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear");
    const bool corners = align_corners.value_or(false);
    const int64_t dim = input.dim() - 2;
    TORCH_CHECK_VALUE(!(size.has_value() && scale_factor.has_value()), "only one of size or scale_factor should be defined");
    TORCH_CHECK_VALUE(size.has_value() || scale_factor.has_value(), "either size or scale_factor should be defined");
    std::optional<std::vector<int64_t>> output_size;
    std::optional<std::vector<double>> scales;
    if (size.has_value()) {
        TORCH_CHECK_VALUE(size->size() == 1 || static_cast<int64_t>(size->size()) == dim,
                          "Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(2), " and output size of ", *size,
                          ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.");
        output_size = size->size() == 1 ? std::vector<int64_t>(std::max<int64_t>(dim, 0), (*size)[0]) : size->vec();
    } else {
        TORCH_CHECK_VALUE(scale_factor->size() == 1 || static_cast<int64_t>(scale_factor->size()) == dim,
                          "Input and scale_factor must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(2), " and scale_factor of shape ", *scale_factor,
                          ". Please provide input tensor in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) format.");
        scales = scale_factor->size() == 1 ? std::vector<double>(std::max<int64_t>(dim, 0), (*scale_factor)[0]) : scale_factor->vec();
    }
    TORCH_CHECK_VALUE(!(recompute_scale_factor.value_or(false) && size.has_value()),
                      "recompute_scale_factor is not meaningful with an explicit size.");
    if (recompute_scale_factor.value_or(false) || (mode == "area" && !output_size.has_value())) {
        std::vector<int64_t> computed;
        for (int64_t i = 0; i < dim; ++i) computed.push_back(static_cast<int64_t>(std::floor(static_cast<double>(input.size(i + 2)) * (*scales)[i])));
        output_size = computed;
        scales.reset();
    }
    TORCH_CHECK_VALUE(!antialias || ((mode == "bilinear" || mode == "bicubic") && input.dim() == 4),
                      "Anti-alias option is restricted to bilinear, bicubic, and lanczos modes and requires a 4-D tensor as input");
    const at::OptionalIntArrayRef out = output_size.has_value() ? at::OptionalIntArrayRef(*output_size) : at::OptionalIntArrayRef();
    const std::optional<c10::ArrayRef<double>> sc = scales.has_value() ? std::optional<c10::ArrayRef<double>>(*scales) : std::nullopt;
    const int64_t d = input.dim();
    if (mode == "nearest" && d == 3) return at::upsample_nearest1d(input, out, sc);
    if (mode == "nearest" && d == 4) return at::upsample_nearest2d(input, out, sc);
    if (mode == "nearest" && d == 5) return at::upsample_nearest3d(input, out, sc);
    if (mode == "nearest-exact" && d == 3) return at::_upsample_nearest_exact1d(input, out, sc);
    if (mode == "nearest-exact" && d == 4) return at::_upsample_nearest_exact2d(input, out, sc);
    if (mode == "nearest-exact" && d == 5) return at::_upsample_nearest_exact3d(input, out, sc);
    if (mode == "area" && d == 3) return at::adaptive_avg_pool1d(input, *output_size);
    if (mode == "area" && d == 4) return at::adaptive_avg_pool2d(input, *output_size);
    if (mode == "area" && d == 5) return at::adaptive_avg_pool3d(input, *output_size);
    if (mode == "linear" && d == 3) return at::upsample_linear1d(input, out, corners, sc);
    if (mode == "bilinear" && d == 4) {
        return antialias ? at::_upsample_bilinear2d_aa(input, out, corners, sc) : at::upsample_bilinear2d(input, out, corners, sc);
    }
    if (mode == "trilinear" && d == 5) return at::upsample_trilinear3d(input, out, corners, sc);
    if (mode == "bicubic" && d == 4) {
        return antialias ? at::_upsample_bicubic2d_aa(input, out, corners, sc) : at::upsample_bicubic2d(input, out, corners, sc);
    }
    const char* needs = mode == "linear" ? "3D" : mode == "bilinear" || mode == "bicubic" ? "4D" : mode == "trilinear" ? "5D" : "3D, 4D or 5D";
    TORCH_CHECK_NOT_IMPLEMENTED(false, "Got ", d, "D input, but ", mode, " mode needs ", needs, " input");
    return input;
}());
#line 1459 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_interpolate");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_interpolate");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_interpolate");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool3d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_unpool3d(int64_t input_, int64_t indices_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* output_size_, int64_t output_size_len, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const at::OptionalIntArrayRef output_size = sffi::optional_array_arg(output_size_, output_size_len, output_size_present, "output_size");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool3d"
        return sffi::new_tensor([&] {
    const c10::IntArrayRef given = stride.value_or_empty();
    const std::vector<int64_t> step = given.empty() ? std::vector<int64_t>(kernel_size.begin(), kernel_size.end()) : given.vec();
    TORCH_CHECK_INDEX(kernel_size.size() == 3 && step.size() == 3 && padding.size() == 3,
                      "max_unpool3d: kernel_size, stride and padding need 3 values (or one for all)");
    std::vector<int64_t> size;
    for (int64_t d = 0; d < 3; ++d) {
        size.push_back((input.size(input.dim() - 3 + d) - 1) * step[d] + kernel_size[d] - 2 * padding[d]);
    }
    if (output_size.has_value()) {
        auto wanted = output_size->vec();
        if (wanted.size() == 5) wanted.erase(wanted.begin(), wanted.begin() + 2);
        TORCH_CHECK_VALUE(wanted.size() == 3, "output_size should be a sequence containing 3 or 5 elements, but it has a length of '",
                          output_size->size(), "'");
        for (int64_t d = 0; d < 3; ++d) {
            TORCH_CHECK_VALUE(size[d] - step[d] < wanted[d] && wanted[d] < size[d] + step[d], "invalid output_size \"", *output_size,
                              "\" (dim ", d, " must be between ", size[d] - step[d], " and ", size[d] + step[d], ")");
        }
        size = wanted;
    }
    return at::max_unpool3d(input, indices, size, step, padding);
}());
#line 1505 "ops_12.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_unpool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_unpool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_unpool3d");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_dist_release(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_dist_release(int64_t group_) noexcept {
    try {
        const int64_t group = group_;
#line 7 "spec/torch_api.yaml@rt_torch_dist_release"
        return sffi::to_bool(sffi::release_group(group));
#line 1524 "ops_12.cpp"
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

}  // extern "C"
