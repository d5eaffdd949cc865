// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 15 of 16: 54 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar_v2"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/all.h>)
#include <ATen/ops/all.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_all_dim"
#error "binds calls at::all, which this ATen does not have (no <ATen/ops/all.h>)"
#endif
#if __has_include(<ATen/ops/argmin.h>)
#include <ATen/ops/argmin.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmin_v2"
#error "binds calls at::argmin, which this ATen does not have (no <ATen/ops/argmin.h>)"
#endif
#if __has_include(<ATen/ops/atanh.h>)
#include <ATen/ops/atanh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atanh"
#error "binds calls at::atanh, which this ATen does not have (no <ATen/ops/atanh.h>)"
#endif
#if __has_include(<ATen/ops/bilinear.h>)
#include <ATen/ops/bilinear.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_bilinear"
#error "binds calls at::bilinear, which this ATen does not have (no <ATen/ops/bilinear.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_right_shift.h>)
#include <ATen/ops/bitwise_right_shift.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_right_shift_tensor"
#error "binds calls at::bitwise_right_shift, which this ATen does not have (no <ATen/ops/bitwise_right_shift.h>)"
#endif
#if __has_include(<ATen/ops/broadcast_tensors.h>)
#include <ATen/ops/broadcast_tensors.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_huber_loss"
#error "binds calls at::broadcast_tensors, which this ATen does not have (no <ATen/ops/broadcast_tensors.h>)"
#endif
#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cat"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/column_stack.h>)
#include <ATen/ops/column_stack.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_column_stack"
#error "binds calls at::column_stack, which this ATen does not have (no <ATen/ops/column_stack.h>)"
#endif
#if __has_include(<ATen/ops/conv3d.h>)
#include <ATen/ops/conv3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv3d"
#error "binds calls at::conv3d, which this ATen does not have (no <ATen/ops/conv3d.h>)"
#endif
#if __has_include(<ATen/ops/copysign.h>)
#include <ATen/ops/copysign.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_copysign_tensor"
#error "binds calls at::copysign, which this ATen does not have (no <ATen/ops/copysign.h>)"
#endif
#if __has_include(<ATen/ops/count_nonzero.h>)
#include <ATen/ops/count_nonzero.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_count_nonzero"
#error "binds calls at::count_nonzero, which this ATen does not have (no <ATen/ops/count_nonzero.h>)"
#endif
#if __has_include(<ATen/ops/digamma.h>)
#include <ATen/ops/digamma.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_digamma"
#error "binds calls at::digamma, which this ATen does not have (no <ATen/ops/digamma.h>)"
#endif
#if __has_include(<ATen/ops/erf.h>)
#include <ATen/ops/erf.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_erf"
#error "binds calls at::erf, which this ATen does not have (no <ATen/ops/erf.h>)"
#endif
#if __has_include(<ATen/ops/frac.h>)
#include <ATen/ops/frac.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_frac"
#error "binds calls at::frac, which this ATen does not have (no <ATen/ops/frac.h>)"
#endif
#if __has_include(<ATen/ops/huber_loss.h>)
#include <ATen/ops/huber_loss.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_huber_loss"
#error "binds calls at::huber_loss, which this ATen does not have (no <ATen/ops/huber_loss.h>)"
#endif
#if __has_include(<ATen/ops/im2col.h>)
#include <ATen/ops/im2col.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_unfold"
#error "binds calls at::im2col, which this ATen does not have (no <ATen/ops/im2col.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cross.h>)
#include <ATen/ops/linalg_cross.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cross"
#error "binds calls at::linalg_cross, which this ATen does not have (no <ATen/ops/linalg_cross.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_factor.h>)
#include <ATen/ops/linalg_ldl_factor.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_ldl_factor"
#error "binds calls at::linalg_ldl_factor, which this ATen does not have (no <ATen/ops/linalg_ldl_factor.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu_factor.h>)
#include <ATen/ops/linalg_lu_factor.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu_factor"
#error "binds calls at::linalg_lu_factor, which this ATen does not have (no <ATen/ops/linalg_lu_factor.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_rank.h>)
#include <ATen/ops/linalg_matrix_rank.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float"
#error "binds calls at::linalg_matrix_rank, which this ATen does not have (no <ATen/ops/linalg_matrix_rank.h>)"
#endif
#if __has_include(<ATen/ops/linalg_multi_dot.h>)
#include <ATen/ops/linalg_multi_dot.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_multi_dot"
#error "binds calls at::linalg_multi_dot, which this ATen does not have (no <ATen/ops/linalg_multi_dot.h>)"
#endif
#if __has_include(<ATen/ops/linalg_pinv.h>)
#include <ATen/ops/linalg_pinv.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor"
#error "binds calls at::linalg_pinv, which this ATen does not have (no <ATen/ops/linalg_pinv.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linspace_tensor_tensor"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/log1p.h>)
#include <ATen/ops/log1p.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log1p"
#error "binds calls at::log1p, which this ATen does not have (no <ATen/ops/log1p.h>)"
#endif
#if __has_include(<ATen/ops/log_softmax.h>)
#include <ATen/ops/log_softmax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_log_softmax_int"
#error "binds calls at::log_softmax, which this ATen does not have (no <ATen/ops/log_softmax.h>)"
#endif
#if __has_include(<ATen/ops/logaddexp.h>)
#include <ATen/ops/logaddexp.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logaddexp"
#error "binds calls at::logaddexp, which this ATen does not have (no <ATen/ops/logaddexp.h>)"
#endif
#if __has_include(<ATen/ops/logical_and.h>)
#include <ATen/ops/logical_and.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logical_and"
#error "binds calls at::logical_and, which this ATen does not have (no <ATen/ops/logical_and.h>)"
#endif
#if __has_include(<ATen/ops/logspace.h>)
#include <ATen/ops/logspace.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_logspace_tensor_tensor"
#error "binds calls at::logspace, which this ATen does not have (no <ATen/ops/logspace.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_huber_loss"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_scalar_v2"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/narrow.h>)
#include <ATen/ops/narrow.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_narrow_tensor"
#error "binds calls at::narrow, which this ATen does not have (no <ATen/ops/narrow.h>)"
#endif
#if __has_include(<ATen/ops/ones.h>)
#include <ATen/ops/ones.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_tensor_ones"
#error "binds calls at::ones, which this ATen does not have (no <ATen/ops/ones.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow_tensor_scalar"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/quantile.h>)
#include <ATen/ops/quantile.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_quantile_scalar"
#error "binds calls at::quantile, which this ATen does not have (no <ATen/ops/quantile.h>)"
#endif
#if __has_include(<ATen/ops/rand.h>)
#include <ATen/ops/rand.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_tensor_rand"
#error "binds calls at::rand, which this ATen does not have (no <ATen/ops/rand.h>)"
#endif
#if __has_include(<ATen/ops/randn.h>)
#include <ATen/ops/randn.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_tensor_randn"
#error "binds calls at::randn, which this ATen does not have (no <ATen/ops/randn.h>)"
#endif
#if __has_include(<ATen/ops/remainder.h>)
#include <ATen/ops/remainder.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_remainder_scalar_tensor"
#error "binds calls at::remainder, which this ATen does not have (no <ATen/ops/remainder.h>)"
#endif
#if __has_include(<ATen/ops/repeat_interleave.h>)
#include <ATen/ops/repeat_interleave.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_tensor"
#error "binds calls at::repeat_interleave, which this ATen does not have (no <ATen/ops/repeat_interleave.h>)"
#endif
#if __has_include(<ATen/ops/scaled_dot_product_attention.h>)
#include <ATen/ops/scaled_dot_product_attention.h>
#else
#line 15 "spec/torch_api.yaml@rt_torch_nn_scaled_dot_product_attention"
#error "binds calls at::scaled_dot_product_attention, which this ATen does not have (no <ATen/ops/scaled_dot_product_attention.h>)"
#endif
#if __has_include(<ATen/ops/sinh.h>)
#include <ATen/ops/sinh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sinh"
#error "binds calls at::sinh, which this ATen does not have (no <ATen/ops/sinh.h>)"
#endif
#if __has_include(<ATen/ops/slice_scatter.h>)
#include <ATen/ops/slice_scatter.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_slice_scatter"
#error "binds calls at::slice_scatter, which this ATen does not have (no <ATen/ops/slice_scatter.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_huber_loss"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/tile.h>)
#include <ATen/ops/tile.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_tile"
#error "binds calls at::tile, which this ATen does not have (no <ATen/ops/tile.h>)"
#endif
#if __has_include(<ATen/ops/where.h>)
#include <ATen/ops/where.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_self"
#error "binds calls at::where, which this ATen does not have (no <ATen/ops/where.h>)"
#endif

extern "C" {

RT_TORCH_API const char* rt_torch_version(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_version(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_version"
        return sffi::text_result(sffi::torch_version());
#line 289 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_version");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_version");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_version");
        return nullptr;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_ones(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_ones(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_tensor_ones"
        return sffi::new_tensor(at::ones(dims));
#line 310 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_ones");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_ones");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_ones");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randn(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_randn(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_tensor_randn"
        return sffi::new_tensor(at::randn(dims));
#line 331 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randn");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randn");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randn");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_rand(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_rand(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_tensor_rand"
        return sffi::new_tensor(at::rand(dims));
#line 352 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_rand");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_rand");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_rand");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cat"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 374 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cat");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cat");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cat");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchstream_query(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchstream_query(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchstream_query"
        return sffi::to_bool(sffi::query_stream_if_known(handle_));
#line 394 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_query");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_query");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_query");
        return false;
    }
}

RT_TORCH_API void rt_torch_error_clear(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_error_clear(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_error_clear"
        sffi::error_clear();
#line 414 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_clear");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_clear");
    } catch (...) {
        sffi::record_exception("rt_torch_error_clear");
    }
}

RT_TORCH_API int32_t rt_torch_cuda_device_count(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_cuda_device_count(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "spec/torch_api.yaml@rt_torch_cuda_device_count"
        return sffi::to_i32(sffi::cuda_device_count());
#line 431 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_device_count");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_device_count");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_device_count");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar_v2(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar_v2"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 454 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar_v2(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_scalar_v2"
        return sffi::new_tensor(at::mul(input, other));
#line 476 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_scalar(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow_tensor_scalar"
        return sffi::new_tensor(at::pow(input, exponent));
#line 498 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_pow_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_pow_scalar(double input_, int64_t input_int, int32_t input_kind, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor exponent = sffi::tensor_arg(exponent_, "exponent");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_pow_scalar"
        return sffi::new_tensor(at::pow(input, exponent));
#line 520 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_pow_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_pow_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_pow_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax_int(int64_t input, int64_t dim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax_int(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_log_softmax_int"
        return sffi::new_tensor(at::log_softmax(input, dim, dtype));
#line 543 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log_softmax_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log_softmax_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmin_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argmin_v2(int64_t input_, int64_t dim_, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmin_v2"
        return sffi::new_tensor(at::argmin(input, dim, keepdim));
#line 566 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argmin_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argmin_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argmin_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_all_dim(int64_t input, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_all_dim(int64_t input_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_all_dim"
        return sffi::new_tensor(at::all(input, dim, keepdim));
#line 589 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_all_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_all_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_all_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero(int64_t input, int64_t dim, bool dim_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero(int64_t input_, int64_t dim_, bool dim_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_count_nonzero"
        return sffi::new_tensor(at::count_nonzero(input, dim));
#line 611 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_count_nonzero");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_count_nonzero");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_count_nonzero");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_quantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_quantile_scalar(int64_t input_, double q_, int64_t dim_, bool dim_present, bool keepdim_, const char* interpolation_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double q = q_;
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const std::string_view interpolation = sffi::text_arg(interpolation_, "interpolation");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_quantile_scalar"
        return sffi::new_tensor(at::quantile(input, q, dim, keepdim, interpolation));
#line 636 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_quantile_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_quantile_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_quantile_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_tensor(int64_t repeats, int64_t output_size, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_tensor(int64_t repeats_, int64_t output_size_, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor repeats = sffi::tensor_arg(repeats_, "repeats");
        const std::optional<int64_t> output_size = sffi::optional_arg(output_size_, output_size_present);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_tensor"
        return sffi::new_tensor(at::repeat_interleave(repeats, output_size));
#line 658 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_repeat_interleave_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tile(int64_t input, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tile(int64_t input_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_tile"
        return sffi::new_tensor(at::tile(input, dims));
#line 680 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tile");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tile");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tile");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_narrow_tensor(int64_t input, int64_t dim, int64_t start, int64_t length) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_narrow_tensor(int64_t input_, int64_t dim_, int64_t start_, int64_t length_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, start] = sffi::tensor_args<2>({input_, start_}, {"input", "start"});
        const int64_t dim = dim_;
        const int64_t length = length_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_narrow_tensor"
        return sffi::new_tensor(at::narrow(input, dim, start, length));
#line 703 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_narrow_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_narrow_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_narrow_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_column_stack(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_column_stack(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_column_stack"
        return sffi::new_tensor(at::column_stack(tensors));
#line 724 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_column_stack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_column_stack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_column_stack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_slice_scatter(int64_t input, int64_t src, int64_t dim, int64_t start, bool start_present, int64_t end, bool end_present, int64_t step) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_slice_scatter(int64_t input_, int64_t src_, int64_t dim_, int64_t start_, bool start_present, int64_t end_, bool end_present, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t dim = dim_;
        const std::optional<int64_t> start = sffi::optional_arg(start_, start_present);
        const std::optional<int64_t> end = sffi::optional_arg(end_, end_present);
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_slice_scatter"
        return sffi::new_tensor(at::slice_scatter(input, src, dim, start, end, step));
#line 749 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_slice_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_slice_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_slice_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_float(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_float(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_float"
        return sffi::new_tensor(input.to(at::kFloat, false, false, sffi::memory_format_arg(memory_format)));
#line 771 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cross(int64_t input, int64_t other, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cross(int64_t input_, int64_t other_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cross"
        return sffi::new_tensor(at::linalg_cross(input, other, dim));
#line 793 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cross");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cross");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_cross");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor(int64_t input, bool hermitian, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor(int64_t input_, bool hermitian_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_ldl_factor"
        return sffi::write_tensors(out, out_capacity, at::linalg_ldl_factor(input, hermitian));
#line 815 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_factor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_factor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_ldl_factor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_multi_dot(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_multi_dot(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_multi_dot"
        return sffi::new_tensor(at::linalg_multi_dot(tensors));
#line 836 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_multi_dot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_multi_dot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_multi_dot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor(int64_t a, bool pivot, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor(int64_t a_, bool pivot_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const bool pivot = pivot_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu_factor"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu_factor(a, pivot));
#line 858 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_factor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_factor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lu_factor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(int64_t input_, double atol_, bool atol_present, double rtol_, bool rtol_present, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<double> atol = sffi::optional_arg(atol_, atol_present);
        const std::optional<double> rtol = sffi::optional_arg(rtol_, rtol_present);
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float"
        return sffi::new_tensor(at::linalg_matrix_rank(input, atol, rtol, hermitian));
#line 882 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(int64_t input_, int64_t atol_, int64_t rtol_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> atol = sffi::optional_tensor_arg(atol_, "atol");
        const std::optional<at::Tensor> rtol = sffi::optional_tensor_arg(rtol_, "rtol");
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor"
        return sffi::new_tensor(at::linalg_pinv(input, atol, rtol, hermitian));
#line 906 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mh(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mh"
        return sffi::new_tensor(input.mH());
#line 927 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atanh(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atanh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atanh"
        return sffi::new_tensor(at::atanh(input));
#line 948 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atanh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atanh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atanh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sinh(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sinh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sinh"
        return sffi::new_tensor(at::sinh(input));
#line 969 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sinh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sinh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sinh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_frac(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_frac(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_frac"
        return sffi::new_tensor(at::frac(input));
#line 990 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_frac");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_frac");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_frac");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log1p(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_log1p(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log1p"
        return sffi::new_tensor(at::log1p(input));
#line 1011 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log1p");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log1p");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log1p");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_erf(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_erf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_erf"
        return sffi::new_tensor(at::erf(input));
#line 1032 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_erf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_erf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_erf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_digamma(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_digamma(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_digamma"
        return sffi::new_tensor(at::digamma(input));
#line 1053 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_digamma");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_digamma");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_digamma");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logaddexp"
        return sffi::new_tensor(at::logaddexp(input, other));
#line 1074 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logaddexp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logaddexp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logaddexp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_copysign_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_copysign_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_copysign_tensor"
        return sffi::new_tensor(at::copysign(input, other));
#line 1095 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_copysign_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_copysign_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_copysign_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_remainder_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_remainder_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_remainder_scalar_tensor"
        return sffi::new_tensor(at::remainder(input, other));
#line 1117 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_remainder_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_remainder_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_remainder_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_and(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logical_and(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logical_and"
        return sffi::new_tensor(at::logical_and(input, other));
#line 1138 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_and");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_and");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_and");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_right_shift_tensor"
        return sffi::new_tensor(at::bitwise_right_shift(input, other));
#line 1159 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_right_shift_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_self(int64_t condition, int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_where_self(int64_t condition_, int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [condition, input, other] = sffi::tensor_args<3>({condition_, input_, other_}, {"condition", "input", "other"});
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_self"
        return sffi::new_tensor(at::where(condition, input, other));
#line 1180 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_where_self");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_where_self");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_where_self");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_sub_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_sub_tensor_(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_sub_tensor_"
        input.sub_(other, alpha);
#line 1202 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_clamp_tensor_(int64_t input, int64_t min, int64_t max) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_clamp_tensor_(int64_t input_, int64_t min_, int64_t max_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> min = sffi::optional_tensor_arg(min_, "min");
        const std::optional<at::Tensor> max = sffi::optional_tensor_arg(max_, "max");
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_tensor_"
        input.clamp_(min, max);
#line 1222 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_log_(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_log_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log_"
        input.log_();
#line 1240 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_"
        input.bitwise_right_shift_(other);
#line 1259 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_");
    }
}

RT_TORCH_API int64_t rt_torch_nn_huber_loss(int64_t input, int64_t target, const char* reduction, double delta, int64_t weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_huber_loss(int64_t input_, int64_t target_, const char* reduction_, double delta_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const double delta = delta_;
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_huber_loss"
        return sffi::new_tensor([&] {
    auto both = at::broadcast_tensors({input, target});
    if (!weight.has_value()) return at::huber_loss(both[0], both[1], sffi::reduction_arg(reduction), delta);
    TORCH_CHECK_VALUE(weight->sizes() == input.sizes(), "Weights and input must have the same size.");
    auto losses = at::mul(at::huber_loss(both[0], both[1], at::Reduction::None, delta), *weight);
    if (reduction == "none") return losses;
    if (reduction == "sum") return at::sum(losses);
    return at::mean(losses);
}());
#line 1288 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_huber_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_huber_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_huber_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv3d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv3d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv3d"
        return sffi::new_tensor(at::conv3d(input, weight, bias, stride, padding, dilation, groups));
#line 1314 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_unfold(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* dilation, int64_t dilation_len, const int64_t* padding, int64_t padding_len, const int64_t* stride, int64_t stride_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_unfold(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* dilation_, int64_t dilation_len, const int64_t* padding_, int64_t padding_len, const int64_t* stride_, int64_t stride_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_unfold"
        return sffi::new_tensor(at::im2col(input, kernel_size, dilation, padding, stride));
#line 1339 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_unfold");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_unfold");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_unfold");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_bilinear(int64_t input1, int64_t input2, int64_t weight, int64_t bias) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_bilinear(int64_t input1_, int64_t input2_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input1, input2, weight] = sffi::tensor_args<3>({input1_, input2_, weight_}, {"input1", "input2", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_bilinear"
        return sffi::new_tensor(at::bilinear(input1, input2, weight, bias));
#line 1361 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_bilinear");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_bilinear");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_bilinear");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_scaled_dot_product_attention(int64_t query, int64_t key, int64_t value, int64_t attn_mask, double dropout_p, bool is_causal, double scale, bool scale_present, bool enable_gqa) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_scaled_dot_product_attention(int64_t query_, int64_t key_, int64_t value_, int64_t attn_mask_, double dropout_p_, bool is_causal_, double scale_, bool scale_present, bool enable_gqa_) noexcept {
    sffi::begin_call();
    try {
        const auto [query, key, value] = sffi::tensor_args<3>({query_, key_, value_}, {"query", "key", "value"});
        const std::optional<at::Tensor> attn_mask = sffi::optional_tensor_arg(attn_mask_, "attn_mask");
        const double dropout_p = dropout_p_;
        const bool is_causal = is_causal_;
        const std::optional<double> scale = sffi::optional_arg(scale_, scale_present);
        const bool enable_gqa = enable_gqa_;
        const sffi::SharedCall call_lock;
#line 15 "spec/torch_api.yaml@rt_torch_nn_scaled_dot_product_attention"
        return sffi::new_tensor(at::scaled_dot_product_attention(query, key, value, attn_mask, dropout_p, is_causal, scale, enable_gqa));
#line 1387 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_scaled_dot_product_attention");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_scaled_dot_product_attention");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_scaled_dot_product_attention");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_tensor(int64_t start, int64_t end, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_tensor(int64_t start_, int64_t end_, int64_t steps_, double base_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const auto [start, end] = sffi::tensor_args<2>({start_, end_}, {"start", "end"});
        const int64_t steps = steps_;
        const double base = base_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_logspace_tensor_tensor"
        return sffi::new_tensor(at::logspace(start, end, steps, base, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1412 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logspace_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logspace_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logspace_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_tensor(int64_t start, int64_t end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_tensor(int64_t start_, int64_t end_, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const auto [start, end] = sffi::tensor_args<2>({start_, end_}, {"start", "end"});
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linspace_tensor_tensor"
        return sffi::new_tensor(at::linspace(start, end, steps, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1436 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linspace_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linspace_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linspace_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API void rt_torch_dist_reduce_scatter_(int64_t output, int64_t group, const int64_t* inputs, int64_t inputs_len, const char* op) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_reduce_scatter_(int64_t output_, int64_t group_, const int64_t* inputs_, int64_t inputs_len, const char* op_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor output = sffi::tensor_arg(output_, "output");
        const int64_t group = group_;
        const std::vector<at::Tensor> inputs = sffi::tensor_list_arg(inputs_, inputs_len, "inputs");
        const std::string_view op = sffi::enum_arg(op_, "op", {"sum", "avg", "min", "max", "product"}, sffi::Code::value);
#line 12 "spec/torch_api.yaml@rt_torch_dist_reduce_scatter_"
        sffi::dist_reduce_scatter(output, group, inputs, op);
#line 1459 "ops_15.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_reduce_scatter_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_reduce_scatter_");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_reduce_scatter_");
    }
}

}  // extern "C"
