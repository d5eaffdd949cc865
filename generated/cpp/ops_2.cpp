// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 2 of 16: 61 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/addr.h>)
#include <ATen/ops/addr.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addr"
#error "binds calls at::addr, which this ATen does not have (no <ATen/ops/addr.h>)"
#endif
#if __has_include(<ATen/ops/alpha_dropout.h>)
#include <ATen/ops/alpha_dropout.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_alpha_dropout"
#error "binds calls at::alpha_dropout, which this ATen does not have (no <ATen/ops/alpha_dropout.h>)"
#endif
#if __has_include(<ATen/ops/atan.h>)
#include <ATen/ops/atan.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atan"
#error "binds calls at::atan, which this ATen does not have (no <ATen/ops/atan.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_local_response_norm"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool3d.h>)
#include <ATen/ops/avg_pool3d.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_local_response_norm"
#error "binds calls at::avg_pool3d, which this ATen does not have (no <ATen/ops/avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_left_shift.h>)
#include <ATen/ops/bitwise_left_shift.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_left_shift_tensor"
#error "binds calls at::bitwise_left_shift, which this ATen does not have (no <ATen/ops/bitwise_left_shift.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_right_shift.h>)
#include <ATen/ops/bitwise_right_shift.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_right_shift_scalar_tensor"
#error "binds calls at::bitwise_right_shift, which this ATen does not have (no <ATen/ops/bitwise_right_shift.h>)"
#endif
#if __has_include(<ATen/ops/clamp_min.h>)
#include <ATen/ops/clamp_min.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_min_tensor"
#error "binds calls at::clamp_min, which this ATen does not have (no <ATen/ops/clamp_min.h>)"
#endif
#if __has_include(<ATen/ops/clone.h>)
#include <ATen/ops/clone.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clone_v2"
#error "binds calls at::clone, which this ATen does not have (no <ATen/ops/clone.h>)"
#endif
#if __has_include(<ATen/ops/complex.h>)
#include <ATen/ops/complex.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_complex"
#error "binds calls at::complex, which this ATen does not have (no <ATen/ops/complex.h>)"
#endif
#if __has_include(<ATen/ops/constant_pad_nd.h>)
#include <ATen/ops/constant_pad_nd.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_local_response_norm"
#error "binds calls at::constant_pad_nd, which this ATen does not have (no <ATen/ops/constant_pad_nd.h>)"
#endif
#if __has_include(<ATen/ops/cumulative_trapezoid.h>)
#include <ATen/ops/cumulative_trapezoid.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumulative_trapezoid_x"
#error "binds calls at::cumulative_trapezoid, which this ATen does not have (no <ATen/ops/cumulative_trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/diag.h>)
#include <ATen/ops/diag.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_diag"
#error "binds calls at::diag, which this ATen does not have (no <ATen/ops/diag.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/floor_divide.h>)
#include <ATen/ops/floor_divide.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_floor_divide"
#error "binds calls at::floor_divide, which this ATen does not have (no <ATen/ops/floor_divide.h>)"
#endif
#if __has_include(<ATen/ops/hardswish.h>)
#include <ATen/ops/hardswish.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_nn_hardswish"
#error "binds calls at::hardswish, which this ATen does not have (no <ATen/ops/hardswish.h>)"
#endif
#if __has_include(<ATen/ops/hardtanh.h>)
#include <ATen/ops/hardtanh.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_hardtanh"
#error "binds calls at::hardtanh, which this ATen does not have (no <ATen/ops/hardtanh.h>)"
#endif
#if __has_include(<ATen/ops/isclose.h>)
#include <ATen/ops/isclose.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isclose"
#error "binds calls at::isclose, which this ATen does not have (no <ATen/ops/isclose.h>)"
#endif
#if __has_include(<ATen/ops/isfinite.h>)
#include <ATen/ops/isfinite.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isfinite"
#error "binds calls at::isfinite, which this ATen does not have (no <ATen/ops/isfinite.h>)"
#endif
#if __has_include(<ATen/ops/kron.h>)
#include <ATen/ops/kron.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_kron"
#error "binds calls at::kron, which this ATen does not have (no <ATen/ops/kron.h>)"
#endif
#if __has_include(<ATen/ops/le.h>)
#include <ATen/ops/le.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_le_scalar"
#error "binds calls at::le, which this ATen does not have (no <ATen/ops/le.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cholesky.h>)
#include <ATen/ops/linalg_cholesky.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cholesky"
#error "binds calls at::linalg_cholesky, which this ATen does not have (no <ATen/ops/linalg_cholesky.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_norm.h>)
#include <ATen/ops/linalg_matrix_norm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_norm_str_ord"
#error "binds calls at::linalg_matrix_norm, which this ATen does not have (no <ATen/ops/linalg_matrix_norm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_norm"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_linear_v2"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/log2.h>)
#include <ATen/ops/log2.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log2"
#error "binds calls at::log2, which this ATen does not have (no <ATen/ops/log2.h>)"
#endif
#if __has_include(<ATen/ops/log_sigmoid.h>)
#include <ATen/ops/log_sigmoid.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::log_sigmoid, which this ATen does not have (no <ATen/ops/log_sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/logdet.h>)
#include <ATen/ops/logdet.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_logdet"
#error "binds calls at::logdet, which this ATen does not have (no <ATen/ops/logdet.h>)"
#endif
#if __has_include(<ATen/ops/masked_scatter.h>)
#include <ATen/ops/masked_scatter.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_scatter"
#error "binds calls at::masked_scatter, which this ATen does not have (no <ATen/ops/masked_scatter.h>)"
#endif
#if __has_include(<ATen/ops/max_pool3d.h>)
#include <ATen/ops/max_pool3d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_pool3d"
#error "binds calls at::max_pool3d, which this ATen does not have (no <ATen/ops/max_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/mv.h>)
#include <ATen/ops/mv.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mv"
#error "binds calls at::mv, which this ATen does not have (no <ATen/ops/mv.h>)"
#endif
#if __has_include(<ATen/ops/nanmedian.h>)
#include <ATen/ops/nanmedian.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nanmedian_dim"
#error "binds calls at::nanmedian, which this ATen does not have (no <ATen/ops/nanmedian.h>)"
#endif
#if __has_include(<ATen/ops/nansum.h>)
#include <ATen/ops/nansum.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nansum"
#error "binds calls at::nansum, which this ATen does not have (no <ATen/ops/nansum.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
#endif
#if __has_include(<ATen/ops/nll_loss_nd.h>)
#include <ATen/ops/nll_loss_nd.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_nll_loss_v2"
#error "binds calls at::nll_loss_nd, which this ATen does not have (no <ATen/ops/nll_loss_nd.h>)"
#endif
#if __has_include(<ATen/ops/norm.h>)
#include <ATen/ops/norm.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_normalize"
#error "binds calls at::norm, which this ATen does not have (no <ATen/ops/norm.h>)"
#endif
#if __has_include(<ATen/ops/pairwise_distance.h>)
#include <ATen/ops/pairwise_distance.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_pairwise_distance"
#error "binds calls at::pairwise_distance, which this ATen does not have (no <ATen/ops/pairwise_distance.h>)"
#endif
#if __has_include(<ATen/ops/pixel_unshuffle.h>)
#include <ATen/ops/pixel_unshuffle.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_pixel_unshuffle"
#error "binds calls at::pixel_unshuffle, which this ATen does not have (no <ATen/ops/pixel_unshuffle.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_local_response_norm"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/prod.h>)
#include <ATen/ops/prod.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_prod"
#error "binds calls at::prod, which this ATen does not have (no <ATen/ops/prod.h>)"
#endif
#if __has_include(<ATen/ops/randint.h>)
#include <ATen/ops/randint.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_tensor_randint"
#error "binds calls at::randint, which this ATen does not have (no <ATen/ops/randint.h>)"
#endif
#if __has_include(<ATen/ops/ravel.h>)
#include <ATen/ops/ravel.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_ravel"
#error "binds calls at::ravel, which this ATen does not have (no <ATen/ops/ravel.h>)"
#endif
#if __has_include(<ATen/ops/reciprocal.h>)
#include <ATen/ops/reciprocal.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_reciprocal"
#error "binds calls at::reciprocal, which this ATen does not have (no <ATen/ops/reciprocal.h>)"
#endif
#if __has_include(<ATen/ops/relu6.h>)
#include <ATen/ops/relu6.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_relu6"
#error "binds calls at::relu6, which this ATen does not have (no <ATen/ops/relu6.h>)"
#endif
#if __has_include(<ATen/ops/remainder.h>)
#include <ATen/ops/remainder.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_remainder_tensor"
#error "binds calls at::remainder, which this ATen does not have (no <ATen/ops/remainder.h>)"
#endif
#if __has_include(<ATen/ops/reshape.h>)
#include <ATen/ops/reshape.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_reshape"
#error "binds calls at::reshape, which this ATen does not have (no <ATen/ops/reshape.h>)"
#endif
#if __has_include(<ATen/ops/result_type.h>)
#include <ATen/ops/result_type.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_result_type_tensor"
#error "binds calls at::result_type, which this ATen does not have (no <ATen/ops/result_type.h>)"
#endif
#if __has_include(<ATen/ops/round.h>)
#include <ATen/ops/round.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_round_decimals"
#error "binds calls at::round, which this ATen does not have (no <ATen/ops/round.h>)"
#endif
#if __has_include(<ATen/ops/rsub.h>)
#include <ATen/ops/rsub.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::rsub, which this ATen does not have (no <ATen/ops/rsub.h>)"
#endif
#if __has_include(<ATen/ops/scalar_tensor.h>)
#include <ATen/ops/scalar_tensor.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_scalar_tensor"
#error "binds calls at::scalar_tensor, which this ATen does not have (no <ATen/ops/scalar_tensor.h>)"
#endif
#if __has_include(<ATen/ops/scatter.h>)
#include <ATen/ops/scatter.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_value"
#error "binds calls at::scatter, which this ATen does not have (no <ATen/ops/scatter.h>)"
#endif
#if __has_include(<ATen/ops/selu.h>)
#include <ATen/ops/selu.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_selu"
#error "binds calls at::selu, which this ATen does not have (no <ATen/ops/selu.h>)"
#endif
#if __has_include(<ATen/ops/sinc.h>)
#include <ATen/ops/sinc.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sinc"
#error "binds calls at::sinc, which this ATen does not have (no <ATen/ops/sinc.h>)"
#endif
#if __has_include(<ATen/ops/split.h>)
#include <ATen/ops/split.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_sizes"
#error "binds calls at::split, which this ATen does not have (no <ATen/ops/split.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/true_divide.h>)
#include <ATen/ops/true_divide.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_true_divide_scalar"
#error "binds calls at::true_divide, which this ATen does not have (no <ATen/ops/true_divide.h>)"
#endif

extern "C" {

RT_TORCH_API double rt_torch_torchtensor_norm(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_norm(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_norm"
        return sffi::to_f64(at::linalg_vector_norm(handle));
#line 374 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_norm");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_norm");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_norm");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_reshape"
        return sffi::new_tensor(at::reshape(handle, dims));
#line 396 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_reshape");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_reshape");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_reshape");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_contiguous"
        return sffi::new_tensor(handle.contiguous());
#line 417 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_contiguous");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_contiguous");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_contiguous");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_zero_grad"
        sffi::zero_grad(handle);
#line 438 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_zero_grad");
    }
}

RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_cuda_memory_allocated"
        return sffi::to_i64(sffi::cuda_memory_allocated(device_id));
#line 456 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_memory_allocated");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stride_int(int64_t input, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_stride_int(int64_t input_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_stride_int"
        return sffi::to_i64(input.stride(dim));
#line 478 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stride_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stride_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stride_int");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_contiguous(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_is_contiguous(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view memory_format = sffi::enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_is_contiguous"
        return sffi::to_bool(input.is_contiguous(sffi::memory_format_arg(memory_format)));
#line 500 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_contiguous");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_contiguous");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_contiguous");
        return false;
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_add_scalar_v2_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar_v2_"
        input.add_(other, alpha);
#line 523 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_v2_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_reciprocal(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_reciprocal(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_reciprocal"
        return sffi::new_tensor(at::reciprocal(input));
#line 541 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_reciprocal");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_reciprocal");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_reciprocal");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_linear_v2(int64_t input, int64_t weight, int64_t bias) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_linear_v2(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_linear_v2"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 563 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_linear_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_linear_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_linear_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_nll_loss_v2"
        return sffi::new_tensor(at::nll_loss_nd(input, target, weight, sffi::reduction_arg(reduction), ignore_index));
#line 587 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real_, int64_t imag_) noexcept {
    sffi::begin_call();
    try {
        const auto [real, imag] = sffi::tensor_args<2>({real_, imag_}, {"real", "imag"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_complex"
        return sffi::new_tensor(at::complex(real, imag));
#line 608 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_complex");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_other(int64_t input, int64_t other, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_other(int64_t input_, int64_t other_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_to_other"
        return sffi::new_tensor(input.to(other, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 632 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_other");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clone_v2"
        return sffi::new_tensor(at::clone(input, sffi::memory_format_arg(memory_format)));
#line 654 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clone_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_prod(int64_t input, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_prod(int64_t input_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_prod"
        return sffi::new_tensor(at::prod(input, dtype));
#line 676 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_prod");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_prod");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_prod");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nansum(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nansum(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nansum"
        return sffi::new_tensor(at::nansum(input, dim, keepdim, dtype));
#line 700 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nansum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nansum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nansum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian_dim(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nanmedian_dim"
        return sffi::write_tensors(out, out_capacity, at::nanmedian(input, dim, keepdim));
#line 723 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nanmedian_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nanmedian_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nanmedian_dim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_split_sizes(int64_t input, const int64_t* split_size, int64_t split_size_len, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_split_sizes(int64_t input_, const int64_t* split_size_, int64_t split_size_len, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef split_size = sffi::array_arg(split_size_, split_size_len, "split_size");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_sizes"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 746 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_split_sizes");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_split_sizes");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_split_sizes");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ravel(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ravel(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_ravel"
        return sffi::new_tensor(at::ravel(input));
#line 767 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ravel");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ravel");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ravel");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diag(int64_t input, int64_t diagonal) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diag(int64_t input_, int64_t diagonal_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t diagonal = diagonal_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_diag"
        return sffi::new_tensor(at::diag(input, diagonal));
#line 789 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diag");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diag");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diag");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_kron(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_kron(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_kron"
        return sffi::new_tensor(at::kron(input, other));
#line 810 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_kron");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_kron");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_kron");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_reshape_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_reshape_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_reshape_as"
        return sffi::new_tensor(input.reshape_as(other));
#line 831 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_reshape_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_reshape_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_reshape_as");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_value"
        return sffi::new_tensor(at::scatter(input, dim, index, value));
#line 854 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_value");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randint(int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_randint(int64_t high_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t high = high_;
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_randint"
        return sffi::new_tensor(at::randint(high, size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 878 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randint");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randint");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randint");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s_, int64_t s_int, int32_t s_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar s = sffi::scalar_arg(s_, s_int, s_kind, "s");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_scalar_tensor"
        return sffi::new_tensor(at::scalar_tensor(s, dtype, ::std::nullopt, device, ::std::nullopt));
#line 901 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_zeros(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_new_zeros(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_new_zeros"
        return sffi::new_tensor(input.new_zeros(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 925 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_zeros");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_zeros");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_zeros");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mv(int64_t input, int64_t vec) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mv(int64_t input_, int64_t vec_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, vec] = sffi::tensor_args<2>({input_, vec_}, {"input", "vec"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mv"
        return sffi::new_tensor(at::mv(input, vec));
#line 946 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addr(int64_t input, int64_t vec1, int64_t vec2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addr(int64_t input_, int64_t vec1_, int64_t vec2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, vec1, vec2] = sffi::tensor_args<3>({input_, vec1_, vec2_}, {"input", "vec1", "vec2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addr"
        return sffi::new_tensor(at::addr(input, vec1, vec2, beta, alpha));
#line 969 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addr");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addr");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addr");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logdet(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logdet(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_logdet"
        return sffi::new_tensor(at::logdet(input));
#line 990 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logdet");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logdet");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logdet");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y, int64_t x, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumulative_trapezoid_x"
        return sffi::new_tensor(at::cumulative_trapezoid(y, x, dim));
#line 1012 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_x");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_x");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cumulative_trapezoid_x");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky(int64_t input, bool upper) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky(int64_t input_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cholesky"
        return sffi::new_tensor(at::linalg_cholesky(input, upper));
#line 1034 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cholesky");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cholesky");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_cholesky");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord(int64_t input, const char* ord, const int64_t* dim, int64_t dim_len, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord(int64_t input_, const char* ord_, const int64_t* dim_, int64_t dim_len, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view ord = sffi::text_arg(ord_, "ord");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_norm_str_ord"
        return sffi::new_tensor(at::linalg_matrix_norm(input, ord, dim, keepdim, dtype));
#line 1059 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_norm_str_ord");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_norm_str_ord");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_norm_str_ord");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atan(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atan(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atan"
        return sffi::new_tensor(at::atan(input));
#line 1080 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atan");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atan");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atan");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_round_decimals(int64_t input, int64_t decimals) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_round_decimals(int64_t input_, int64_t decimals_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t decimals = decimals_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_round_decimals"
        return sffi::new_tensor(at::round(input, decimals));
#line 1102 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_round_decimals");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_round_decimals");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_round_decimals");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sinc(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sinc(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sinc"
        return sffi::new_tensor(at::sinc(input));
#line 1123 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sinc");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sinc");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sinc");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log2(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_log2(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log2"
        return sffi::new_tensor(at::log2(input));
#line 1144 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_remainder_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_remainder_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_remainder_tensor"
        return sffi::new_tensor(at::remainder(input, other));
#line 1165 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_remainder_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_remainder_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_remainder_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_floor_divide"
        return sffi::new_tensor(at::floor_divide(input, other));
#line 1186 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor_divide");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_true_divide_scalar"
        return sffi::new_tensor(at::true_divide(input, other));
#line 1208 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_true_divide_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min_tensor(int64_t input, int64_t min) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min_tensor(int64_t input_, int64_t min_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, min] = sffi::tensor_args<2>({input_, min_}, {"input", "min"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_min_tensor"
        return sffi::new_tensor(at::clamp_min(input, min));
#line 1229 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_min_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_le_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_le_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_le_scalar"
        return sffi::new_tensor(at::le(input, other));
#line 1251 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_le_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_le_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_le_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isclose(int64_t input_, int64_t other_, double rtol_, double atol_, bool equal_nan_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const double rtol = rtol_;
        const double atol = atol_;
        const bool equal_nan = equal_nan_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isclose"
        return sffi::new_tensor(at::isclose(input, other, rtol, atol, equal_nan));
#line 1275 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isclose");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isclose");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isclose");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isfinite(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isfinite(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isfinite"
        return sffi::new_tensor(at::isfinite(input));
#line 1296 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isfinite");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isfinite");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isfinite");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_left_shift_tensor"
        return sffi::new_tensor(at::bitwise_left_shift(input, other));
#line 1317 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_left_shift_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_right_shift_scalar_tensor"
        return sffi::new_tensor(at::bitwise_right_shift(input, other));
#line 1339 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_right_shift_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_right_shift_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_right_shift_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_scatter(int64_t input, int64_t mask, int64_t source) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_masked_scatter(int64_t input_, int64_t mask_, int64_t source_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask, source] = sffi::tensor_args<3>({input_, mask_, source_}, {"input", "mask", "source"});
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_scatter"
        return sffi::new_tensor(at::masked_scatter(input, mask, source));
#line 1360 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_scatter");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_fill_tensor_(int64_t input, int64_t value) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_fill_tensor_(int64_t input_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, value] = sffi::tensor_args<2>({input_, value_}, {"input", "value"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fill_tensor_"
        input.fill_(value);
#line 1381 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fill_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fill_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fill_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_xor_tensor_"
        input.bitwise_xor_(other);
#line 1399 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_xor_tensor_");
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_result_type_tensor(int64_t tensor, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_torchtensor_result_type_tensor(int64_t tensor_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [tensor, other] = sffi::tensor_args<2>({tensor_, other_}, {"tensor", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_result_type_tensor"
        return sffi::dtype_result(at::result_type(tensor, other));
#line 1417 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_result_type_tensor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_result_type_tensor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_result_type_tensor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_hardswish(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_hardswish(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_nn_hardswish"
        return sffi::new_tensor(at::hardswish(input));
#line 1438 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_hardswish");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_hardswish");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_hardswish");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_selu(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_selu(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_selu"
        return sffi::new_tensor(at::selu(input));
#line 1459 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_selu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_selu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_selu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardtanh(int64_t input, double min_val, int64_t min_val_int, int32_t min_val_kind, double max_val, int64_t max_val_int, int32_t max_val_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hardtanh(int64_t input_, double min_val_, int64_t min_val_int, int32_t min_val_kind, double max_val_, int64_t max_val_int, int32_t max_val_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar min_val = sffi::scalar_arg(min_val_, min_val_int, min_val_kind, "min_val");
        const c10::Scalar max_val = sffi::scalar_arg(max_val_, max_val_int, max_val_kind, "max_val");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_hardtanh"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(!(min_val.toDouble() > max_val.toDouble()), "min_val cannot be greater than max_val");
    return at::hardtanh(input, min_val, max_val);
}());
#line 1485 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hardtanh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hardtanh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hardtanh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_relu6(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_relu6(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_relu6"
        return sffi::new_tensor(at::relu6(input));
#line 1506 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_relu6");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_relu6");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_relu6");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_multilabel_soft_margin_loss(int64_t input, int64_t target, int64_t weight, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_multilabel_soft_margin_loss(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_multilabel_soft_margin_loss"
        return sffi::new_tensor([&] {
    auto losses = at::neg(at::add(at::mul(target, at::log_sigmoid(input)), at::mul(at::rsub(target, 1), at::log_sigmoid(at::neg(input)))));
    if (weight.has_value()) losses = at::mul(losses, *weight);
    const int64_t class_dim = input.dim() - 1;
    losses = at::div(at::sum(losses, c10::IntArrayRef{class_dim}), input.size(class_dim));
    if (reduction == "none") return losses;
    if (reduction == "mean") return at::mean(losses);
    return at::sum(losses);
}());
#line 1537 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_multilabel_soft_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_multilabel_soft_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_multilabel_soft_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool3d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool3d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_pool3d"
        return sffi::new_tensor(at::max_pool3d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1563 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_local_response_norm(int64_t input, int64_t size, double alpha, double beta, double k) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_local_response_norm(int64_t input_, int64_t size_, double alpha_, double beta_, double k_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t size = size_;
        const double alpha = alpha_;
        const double beta = beta_;
        const double k = k_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_local_response_norm"
        return sffi::new_tensor([&] {
    const int64_t dim = input.dim();
    TORCH_CHECK_VALUE(dim >= 3, "Expected 3D or higher dimensionality input (got ", dim, " dimensions)");
    if (input.numel() == 0) return input;
    auto div = at::mul(input, input);
    if (dim == 3) {
        div = at::constant_pad_nd(div.unsqueeze(1), {0, 0, size / 2, (size - 1) / 2});
        div = at::avg_pool2d(div, {size, 1}, {1, 1}).squeeze(1);
    } else {
        auto sizes = input.sizes().vec();
        div = div.view({sizes[0], 1, sizes[1], sizes[2], -1});
        div = at::constant_pad_nd(div, {0, 0, 0, 0, size / 2, (size - 1) / 2});
        div = at::avg_pool3d(div, {size, 1, 1}, {1, 1, 1}).squeeze(1).view(sizes);
    }
    div = at::pow(at::add(at::mul(div, alpha), k), beta);
    return at::div(input, div);
}());
#line 1604 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_local_response_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_local_response_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_local_response_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_normalize(int64_t input, double p, int64_t dim, double eps) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_normalize(int64_t input_, double p_, int64_t dim_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const int64_t dim = dim_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_normalize"
        return sffi::new_tensor(at::div(input, at::clamp_min(at::norm(input, std::optional<c10::Scalar>(p), c10::IntArrayRef{dim}, true), eps).expand_as(input)));
#line 1628 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_normalize");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_normalize");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_normalize");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pairwise_distance(int64_t x1, int64_t x2, double p, double eps, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pairwise_distance(int64_t x1_, int64_t x2_, double p_, double eps_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const auto [x1, x2] = sffi::tensor_args<2>({x1_, x2_}, {"x1", "x2"});
        const double p = p_;
        const double eps = eps_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_pairwise_distance"
        return sffi::new_tensor(at::pairwise_distance(x1, x2, p, eps, keepdim));
#line 1652 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pairwise_distance");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pairwise_distance");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pairwise_distance");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pixel_unshuffle(int64_t input, int64_t downscale_factor) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pixel_unshuffle(int64_t input_, int64_t downscale_factor_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t downscale_factor = downscale_factor_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_pixel_unshuffle"
        return sffi::new_tensor(at::pixel_unshuffle(input, downscale_factor));
#line 1674 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pixel_unshuffle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pixel_unshuffle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pixel_unshuffle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_alpha_dropout(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_alpha_dropout(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_alpha_dropout"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p >= 0.0 && p <= 1.0, "dropout probability has to be between 0 and 1, but got ", p);
    return at::alpha_dropout(input, p, training);
}());
#line 1700 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_alpha_dropout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_alpha_dropout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_alpha_dropout");
        return 0;
    }
}

RT_TORCH_API const char* rt_torch_jit_method_names(int64_t module) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_jit_method_names(int64_t module_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_jit_method_names"
        return sffi::text_result(sffi::text_result(sffi::jit_method_names(module)));
#line 1721 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_method_names");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_method_names");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_method_names");
        return nullptr;
    }
}

}  // extern "C"
