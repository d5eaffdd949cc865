// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 13 of 16: 58 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/abs.h>)
#include <ATen/ops/abs.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_softsign"
#error "binds calls at::abs, which this ATen does not have (no <ATen/ops/abs.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool2d.h>)
#include <ATen/ops/adaptive_avg_pool2d.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_avg_pool2d"
#error "binds calls at::adaptive_avg_pool2d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool1d.h>)
#include <ATen/ops/adaptive_max_pool1d.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool1d_with_indices"
#error "binds calls at::adaptive_max_pool1d, which this ATen does not have (no <ATen/ops/adaptive_max_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_add"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_and.h>)
#include <ATen/ops/bitwise_and.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_and_scalar"
#error "binds calls at::bitwise_and, which this ATen does not have (no <ATen/ops/bitwise_and.h>)"
#endif
#if __has_include(<ATen/ops/bmm.h>)
#include <ATen/ops/bmm.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bmm"
#error "binds calls at::bmm, which this ATen does not have (no <ATen/ops/bmm.h>)"
#endif
#if __has_include(<ATen/ops/clamp.h>)
#include <ATen/ops/clamp.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clamp"
#error "binds calls at::clamp, which this ATen does not have (no <ATen/ops/clamp.h>)"
#endif
#if __has_include(<ATen/ops/clamp_min.h>)
#include <ATen/ops/clamp_min.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss_float"
#error "binds calls at::clamp_min, which this ATen does not have (no <ATen/ops/clamp_min.h>)"
#endif
#if __has_include(<ATen/ops/conj_physical.h>)
#include <ATen/ops/conj_physical.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_conj_physical"
#error "binds calls at::conj_physical, which this ATen does not have (no <ATen/ops/conj_physical.h>)"
#endif
#if __has_include(<ATen/ops/copysign.h>)
#include <ATen/ops/copysign.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_copysign_scalar"
#error "binds calls at::copysign, which this ATen does not have (no <ATen/ops/copysign.h>)"
#endif
#if __has_include(<ATen/ops/cummax.h>)
#include <ATen/ops/cummax.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cummax"
#error "binds calls at::cummax, which this ATen does not have (no <ATen/ops/cummax.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_softsign"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/erfinv.h>)
#include <ATen/ops/erfinv.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_erfinv"
#error "binds calls at::erfinv, which this ATen does not have (no <ATen/ops/erfinv.h>)"
#endif
#if __has_include(<ATen/ops/flatten.h>)
#include <ATen/ops/flatten.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_flatten_using_ints"
#error "binds calls at::flatten, which this ATen does not have (no <ATen/ops/flatten.h>)"
#endif
#if __has_include(<ATen/ops/floor_divide.h>)
#include <ATen/ops/floor_divide.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_floor_divide_scalar"
#error "binds calls at::floor_divide, which this ATen does not have (no <ATen/ops/floor_divide.h>)"
#endif
#if __has_include(<ATen/ops/isnan.h>)
#include <ATen/ops/isnan.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isnan"
#error "binds calls at::isnan, which this ATen does not have (no <ATen/ops/isnan.h>)"
#endif
#if __has_include(<ATen/ops/lerp.h>)
#include <ATen/ops/lerp.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lerp_scalar"
#error "binds calls at::lerp, which this ATen does not have (no <ATen/ops/lerp.h>)"
#endif
#if __has_include(<ATen/ops/linalg_det.h>)
#include <ATen/ops/linalg_det.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_det"
#error "binds calls at::linalg_det, which this ATen does not have (no <ATen/ops/linalg_det.h>)"
#endif
#if __has_include(<ATen/ops/linalg_householder_product.h>)
#include <ATen/ops/linalg_householder_product.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_householder_product"
#error "binds calls at::linalg_householder_product, which this ATen does not have (no <ATen/ops/linalg_householder_product.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu_solve.h>)
#include <ATen/ops/linalg_lu_solve.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu_solve"
#error "binds calls at::linalg_lu_solve, which this ATen does not have (no <ATen/ops/linalg_lu_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_rank.h>)
#include <ATen/ops/linalg_matrix_rank.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_rank"
#error "binds calls at::linalg_matrix_rank, which this ATen does not have (no <ATen/ops/linalg_matrix_rank.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_linear"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/log.h>)
#include <ATen/ops/log.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss_float"
#error "binds calls at::log, which this ATen does not have (no <ATen/ops/log.h>)"
#endif
#if __has_include(<ATen/ops/log_sigmoid.h>)
#include <ATen/ops/log_sigmoid.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_nn_log_sigmoid"
#error "binds calls at::log_sigmoid, which this ATen does not have (no <ATen/ops/log_sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/logspace.h>)
#include <ATen/ops/logspace.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_tensor_logspace"
#error "binds calls at::logspace, which this ATen does not have (no <ATen/ops/logspace.h>)"
#endif
#if __has_include(<ATen/ops/lu_solve.h>)
#include <ATen/ops/lu_solve.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lu_solve"
#error "binds calls at::lu_solve, which this ATen does not have (no <ATen/ops/lu_solve.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss_float"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/min.h>)
#include <ATen/ops/min.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_min_all"
#error "binds calls at::min, which this ATen does not have (no <ATen/ops/min.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss_float"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/nll_loss_nd.h>)
#include <ATen/ops/nll_loss_nd.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_nll_loss"
#error "binds calls at::nll_loss_nd, which this ATen does not have (no <ATen/ops/nll_loss_nd.h>)"
#endif
#if __has_include(<ATen/ops/ones_like.h>)
#include <ATen/ops/ones_like.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss_float"
#error "binds calls at::ones_like, which this ATen does not have (no <ATen/ops/ones_like.h>)"
#endif
#if __has_include(<ATen/ops/outer.h>)
#include <ATen/ops/outer.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_outer"
#error "binds calls at::outer, which this ATen does not have (no <ATen/ops/outer.h>)"
#endif
#if __has_include(<ATen/ops/poisson_nll_loss.h>)
#include <ATen/ops/poisson_nll_loss.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_poisson_nll_loss"
#error "binds calls at::poisson_nll_loss, which this ATen does not have (no <ATen/ops/poisson_nll_loss.h>)"
#endif
#if __has_include(<ATen/ops/polygamma.h>)
#include <ATen/ops/polygamma.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_polygamma"
#error "binds calls at::polygamma, which this ATen does not have (no <ATen/ops/polygamma.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow_tensor_tensor"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/remainder.h>)
#include <ATen/ops/remainder.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_remainder_scalar"
#error "binds calls at::remainder, which this ATen does not have (no <ATen/ops/remainder.h>)"
#endif
#if __has_include(<ATen/ops/select_scatter.h>)
#include <ATen/ops/select_scatter.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_select_scatter"
#error "binds calls at::select_scatter, which this ATen does not have (no <ATen/ops/select_scatter.h>)"
#endif
#if __has_include(<ATen/ops/sort.h>)
#include <ATen/ops/sort.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_sort_stable"
#error "binds calls at::sort, which this ATen does not have (no <ATen/ops/sort.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_sub_scalar"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss_float"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest1d.h>)
#include <ATen/ops/upsample_nearest1d.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_upsample_nearest"
#error "binds calls at::upsample_nearest1d, which this ATen does not have (no <ATen/ops/upsample_nearest1d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest2d.h>)
#include <ATen/ops/upsample_nearest2d.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_upsample_nearest"
#error "binds calls at::upsample_nearest2d, which this ATen does not have (no <ATen/ops/upsample_nearest2d.h>)"
#endif
#if __has_include(<ATen/ops/upsample_nearest3d.h>)
#include <ATen/ops/upsample_nearest3d.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_upsample_nearest"
#error "binds calls at::upsample_nearest3d, which this ATen does not have (no <ATen/ops/upsample_nearest3d.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_var_dim"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif
#if __has_include(<ATen/ops/zeros_like.h>)
#include <ATen/ops/zeros_like.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_zeros_like"
#error "binds calls at::zeros_like, which this ATen does not have (no <ATen/ops/zeros_like.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_add"
        return sffi::new_tensor(at::add(handle, other));
#line 290 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_det(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_det(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_det"
        return sffi::to_f64(at::linalg_det(handle));
#line 311 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_det");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_det");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_det");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_dropout"
        return sffi::new_tensor(sffi::dropout(input, p, training));
#line 334 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_dropout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_dropout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_dropout");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight, bias] = sffi::tensor_args<3>({input_, weight_, bias_}, {"input", "weight", "bias"});
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_linear"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 355 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_linear");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_linear");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_linear");
        return 0;
    }
}

RT_TORCH_API double rt_torch_nn_nll_loss(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_nn_nll_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_nll_loss"
        return sffi::to_f64(at::nll_loss_nd(input, target));
#line 376 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_grad"
        return sffi::new_optional_tensor(handle.grad());
#line 397 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_grad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_grad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_grad");
        return 0;
    }
}

RT_TORCH_API void rt_torch_cuda_empty_cache(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_cuda_empty_cache(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "spec/torch_api.yaml@rt_torch_cuda_empty_cache"
        sffi::cuda_empty_cache();
#line 417 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_empty_cache");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_empty_cache");
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_empty_cache");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_all(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_min_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_min_all"
        return sffi::new_tensor(at::min(handle));
#line 435 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min_all");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_"
        handle.mul_(other);
#line 456 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_mul_scalar_v2_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_scalar_v2_"
        input.mul_(other);
#line 475 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_v2_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle, int64_t src) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, src] = sffi::tensor_args<2>({handle_, src_}, {"handle", "src"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_copy_"
        handle.copy_(src);
#line 493 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_copy_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sub_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_sub_scalar"
        return sffi::new_tensor(at::sub(input, other, alpha));
#line 513 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_tensor(int64_t input, int64_t exponent) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_tensor(int64_t input_, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, exponent] = sffi::tensor_args<2>({input_, exponent_}, {"input", "exponent"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow_tensor_tensor"
        return sffi::new_tensor(at::pow(input, exponent));
#line 534 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_det(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_det(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_det"
        return sffi::new_tensor(at::linalg_det(input));
#line 555 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_det");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_det");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_det");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_var_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_var_dim"
        return sffi::new_tensor(at::var(input, dim, unbiased, keepdim));
#line 579 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_flatten_using_ints(int64_t input, int64_t start_dim, int64_t end_dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_flatten_using_ints(int64_t input_, int64_t start_dim_, int64_t end_dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t start_dim = start_dim_;
        const int64_t end_dim = end_dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_flatten_using_ints"
        return sffi::new_tensor(at::flatten(input, start_dim, end_dim));
#line 602 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_flatten_using_ints");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_flatten_using_ints");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_flatten_using_ints");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cummax(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cummax(int64_t input_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cummax"
        return sffi::write_tensors(out, out_capacity, at::cummax(input, dim));
#line 624 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cummax");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cummax");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cummax");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sort_stable(int64_t input, bool stable, bool stable_present, int64_t dim, bool descending, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sort_stable(int64_t input_, bool stable_, bool stable_present, int64_t dim_, bool descending_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<bool> stable = sffi::optional_arg(stable_, stable_present);
        const int64_t dim = dim_;
        const bool descending = descending_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_sort_stable"
        return sffi::write_tensors(out, out_capacity, at::sort(input, stable, dim, descending));
#line 648 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sort_stable");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sort_stable");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sort_stable");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_expand(int64_t input, const int64_t* size, int64_t size_len, bool implicit) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_expand(int64_t input_, const int64_t* size_, int64_t size_len, bool implicit_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const bool implicit = implicit_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_expand"
        return sffi::new_tensor(input.expand(size, implicit));
#line 671 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_expand");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_expand");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_expand");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_select_scatter(int64_t input, int64_t src, int64_t dim, int64_t index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_select_scatter(int64_t input_, int64_t src_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_select_scatter"
        return sffi::new_tensor(at::select_scatter(input, src, dim, index));
#line 694 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_select_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_select_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_select_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_zeros_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_zeros_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_zeros_like"
        return sffi::new_tensor(at::zeros_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 718 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_zeros_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_zeros_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_zeros_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_logspace(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_logspace(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, double base_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const double base = base_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_tensor_logspace"
        return sffi::new_tensor(at::logspace(start, end, steps, base, dtype, ::std::nullopt, device, ::std::nullopt));
#line 744 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_logspace");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_logspace");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_logspace");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_byte(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_byte(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_byte"
        return sffi::new_tensor(input.to(at::kByte, false, false, sffi::memory_format_arg(memory_format)));
#line 766 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_byte");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_byte");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_byte");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_char(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_char(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_char"
        return sffi::new_tensor(input.to(at::kChar, false, false, sffi::memory_format_arg(memory_format)));
#line 788 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_char");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_char");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_char");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_long(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_long(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_long"
        return sffi::new_tensor(input.to(at::kLong, false, false, sffi::memory_format_arg(memory_format)));
#line 810 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_long");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_long");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_long");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_normal_(int64_t input, double mean, double std_arg) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_normal_(int64_t input_, double mean_, double std_arg_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double mean = mean_;
        const double std_arg = std_arg_;
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_normal_"
        input.normal_(mean, std_arg);
#line 833 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bmm(int64_t input, int64_t mat2) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bmm(int64_t input_, int64_t mat2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mat2] = sffi::tensor_args<2>({input_, mat2_}, {"input", "mat2"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bmm"
        return sffi::new_tensor(at::bmm(input, mat2));
#line 851 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bmm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bmm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bmm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_outer(int64_t input, int64_t vec2) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_outer(int64_t input_, int64_t vec2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, vec2] = sffi::tensor_args<2>({input_, vec2_}, {"input", "vec2"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_outer"
        return sffi::new_tensor(at::outer(input, vec2));
#line 872 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_outer");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_outer");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_outer");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lu_solve(int64_t input, int64_t lu_data, int64_t lu_pivots) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lu_solve(int64_t input_, int64_t lu_data_, int64_t lu_pivots_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, lu_data, lu_pivots] = sffi::tensor_args<3>({input_, lu_data_, lu_pivots_}, {"input", "lu_data", "lu_pivots"});
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lu_solve"
        return sffi::new_tensor(at::lu_solve(input, lu_data, lu_pivots));
#line 893 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lu_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lu_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lu_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_householder_product(int64_t input, int64_t tau) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_householder_product(int64_t input_, int64_t tau_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tau] = sffi::tensor_args<2>({input_, tau_}, {"input", "tau"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_householder_product"
        return sffi::new_tensor(at::linalg_householder_product(input, tau));
#line 914 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_householder_product");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_householder_product");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_householder_product");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_solve(int64_t lu, int64_t pivots, int64_t b, bool left, bool adjoint) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_solve(int64_t lu_, int64_t pivots_, int64_t b_, bool left_, bool adjoint_) noexcept {
    sffi::begin_call();
    try {
        const auto [lu, pivots, b] = sffi::tensor_args<3>({lu_, pivots_, b_}, {"lu", "pivots", "b"});
        const bool left = left_;
        const bool adjoint = adjoint_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu_solve"
        return sffi::new_tensor(at::linalg_lu_solve(lu, pivots, b, left, adjoint));
#line 937 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lu_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank(int64_t input, double tol, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank(int64_t input_, double tol_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double tol = tol_;
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_rank"
        return sffi::new_tensor(at::linalg_matrix_rank(input, tol, hermitian));
#line 960 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_rank");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_erfinv(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_erfinv(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_erfinv"
        return sffi::new_tensor(at::erfinv(input));
#line 981 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_erfinv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_erfinv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_erfinv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_conj_physical(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_conj_physical(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_conj_physical"
        return sffi::new_tensor(at::conj_physical(input));
#line 1002 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_conj_physical");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_conj_physical");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_conj_physical");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_polygamma(int64_t n, int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_polygamma(int64_t n_, int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_polygamma"
        return sffi::new_tensor(at::polygamma(n, input));
#line 1024 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_polygamma");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_polygamma");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_polygamma");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lerp_scalar(int64_t input, int64_t end, double weight, int64_t weight_int, int32_t weight_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lerp_scalar(int64_t input_, int64_t end_, double weight_, int64_t weight_int, int32_t weight_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, end] = sffi::tensor_args<2>({input_, end_}, {"input", "end"});
        const c10::Scalar weight = sffi::scalar_arg(weight_, weight_int, weight_kind, "weight");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_lerp_scalar"
        return sffi::new_tensor(at::lerp(input, end, weight));
#line 1046 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_copysign_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_copysign_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_copysign_scalar"
        return sffi::new_tensor(at::copysign(input, other));
#line 1068 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_copysign_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_copysign_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_copysign_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_remainder_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_remainder_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_remainder_scalar"
        return sffi::new_tensor(at::remainder(input, other));
#line 1090 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_remainder_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_remainder_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_remainder_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_floor_divide_scalar"
        return sffi::new_tensor(at::floor_divide(input, other));
#line 1112 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor_divide_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor_divide_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> min = sffi::optional_scalar_arg(min_, min_int, min_kind, "min");
        const std::optional<c10::Scalar> max = sffi::optional_scalar_arg(max_, max_int, max_kind, "max");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clamp"
        return sffi::new_tensor(at::clamp(input, min, max));
#line 1135 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isnan(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isnan(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isnan"
        return sffi::new_tensor(at::isnan(input));
#line 1156 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isnan");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isnan");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isnan");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_and_scalar"
        return sffi::new_tensor(at::bitwise_and(input, other));
#line 1178 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_and_scalar");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_pow_tensor_(int64_t input, int64_t exponent) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_pow_tensor_(int64_t input_, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, exponent] = sffi::tensor_args<2>({input_, exponent_}, {"input", "exponent"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow_tensor_"
        input.pow_(exponent);
#line 1199 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_remainder_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_remainder_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_remainder_scalar_"
        input.remainder_(other);
#line 1218 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_remainder_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_remainder_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_remainder_scalar_");
    }
}

RT_TORCH_API int64_t rt_torch_nn_log_sigmoid(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_log_sigmoid(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_nn_log_sigmoid"
        return sffi::new_tensor(at::log_sigmoid(input));
#line 1236 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_log_sigmoid");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_log_sigmoid");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_log_sigmoid");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softsign(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_softsign(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_softsign"
        return sffi::new_tensor(at::div(input, at::add(at::abs(input), 1)));
#line 1257 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softsign");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softsign");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softsign");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_poisson_nll_loss(int64_t input, int64_t target, bool log_input, bool full, double eps, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_poisson_nll_loss(int64_t input_, int64_t target_, bool log_input_, bool full_, double eps_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const bool log_input = log_input_;
        const bool full = full_;
        const double eps = eps_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_poisson_nll_loss"
        return sffi::new_tensor(at::poisson_nll_loss(input, target, log_input, full, eps, sffi::reduction_arg(reduction)));
#line 1282 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_poisson_nll_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_poisson_nll_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_poisson_nll_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d_with_indices(int64_t input_, const int64_t* output_size_, int64_t output_size_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 1, "output_size");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool1d_with_indices"
        return sffi::write_tensors(out, out_capacity, at::adaptive_max_pool1d(input, output_size));
#line 1304 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool1d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool1d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool1d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool2d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool2d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 2, "output_size");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_avg_pool2d"
        return sffi::new_tensor(at::adaptive_avg_pool2d(sffi::adaptive_pool_input(input, output_size), output_size));
#line 1326 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_avg_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss_float(int64_t input, int64_t target, double variance, int64_t variance_int, int32_t variance_kind, bool full, double eps, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss_float(int64_t input_, int64_t target_, double variance_, int64_t variance_int, int32_t variance_kind, bool full_, double eps_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const c10::Scalar variance = sffi::scalar_arg(variance_, variance_int, variance_kind, "variance");
        const bool full = full_;
        const double eps = eps_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss_float"
        return sffi::new_tensor([&] {
    // F takes a Python float here; any other number reaches torch.any, a TypeError.
    TORCH_CHECK_TYPE(variance.isFloatingPoint(), "any() received an invalid combination of arguments - got (bool)");
    TORCH_CHECK_VALUE(variance.toDouble() >= 0, "var has negative entry/entries");
    auto var = at::clamp_min(at::mul(at::ones_like(input), variance), eps);
    auto losses = at::mul(at::add(at::log(var), at::div(at::pow(at::sub(input, target), 2), var)), 0.5);
    if (full) losses = at::add(losses, 0.5 * std::log(2 * M_PI));
    if (reduction == "mean") return at::mean(losses);
    if (reduction == "sum") return at::sum(losses);
    return losses;
}());
#line 1361 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_gaussian_nll_loss_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_gaussian_nll_loss_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_gaussian_nll_loss_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_upsample_nearest(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_upsample_nearest(int64_t input_, const int64_t* size_, int64_t size_len, bool size_present, const double* scale_factor_, int64_t scale_factor_len, bool scale_factor_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef size = sffi::optional_array_arg(size_, size_len, size_present, "size");
        const c10::OptionalArrayRef<double> scale_factor = sffi::optional_array_arg(scale_factor_, scale_factor_len, scale_factor_present, "scale_factor");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_upsample_nearest"
        return sffi::new_tensor([&] {
    const int64_t dim = std::max<int64_t>(input.dim() - 2, 0);
    TORCH_CHECK_VALUE(!(size.has_value() && scale_factor.has_value()), "only one of size or scale_factor should be defined");
    TORCH_CHECK_VALUE(size.has_value() || scale_factor.has_value(), "either size or scale_factor should be defined");
    std::optional<std::vector<int64_t>> output_size;
    std::optional<std::vector<double>> scales;
    if (size.has_value()) {
        TORCH_CHECK_VALUE(size->size() == 1 || static_cast<int64_t>(size->size()) == dim,
                          "Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(std::min<int64_t>(2, input.dim())), " and output size of ", *size, ".");
        output_size = size->size() == 1 ? std::vector<int64_t>(dim, (*size)[0]) : size->vec();
    } else {
        TORCH_CHECK_VALUE(scale_factor->size() == 1 || static_cast<int64_t>(scale_factor->size()) == dim,
                          "Input and scale_factor must have the same number of spatial dimensions, but got input with spatial dimensions of ",
                          input.sizes().slice(std::min<int64_t>(2, input.dim())), " and scale_factor of shape ", *scale_factor, ".");
        scales = scale_factor->size() == 1 ? std::vector<double>(dim, (*scale_factor)[0]) : scale_factor->vec();
    }
    const at::OptionalIntArrayRef out = output_size.has_value() ? at::OptionalIntArrayRef(*output_size) : at::OptionalIntArrayRef();
    const std::optional<c10::ArrayRef<double>> sc = scales.has_value() ? std::optional<c10::ArrayRef<double>>(*scales) : std::nullopt;
    if (input.dim() == 3) return at::upsample_nearest1d(input, out, sc);
    if (input.dim() == 4) return at::upsample_nearest2d(input, out, sc);
    TORCH_CHECK_NOT_IMPLEMENTED(input.dim() == 5, "Input Error: Only 3D, 4D and 5D input Tensors supported (got ", input.dim(), "D) for the modes: nearest");
    return at::upsample_nearest3d(input, out, sc);
}());
#line 1407 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_upsample_nearest");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_upsample_nearest");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_upsample_nearest");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_scalar(int64_t start, double end, int64_t end_int, int32_t end_kind, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_scalar(int64_t start_, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, double base_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor start = sffi::tensor_arg(start_, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const double base = base_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_logspace_tensor_scalar"
        return sffi::new_tensor(at::logspace(start, end, steps, base, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1433 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logspace_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logspace_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logspace_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_autograd_has_grad_fn(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_autograd_has_grad_fn(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_has_grad_fn"
        return sffi::to_bool(handle.grad_fn() != nullptr);
#line 1454 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_has_grad_fn");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_has_grad_fn");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_has_grad_fn");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_jit_load(const char* path) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_jit_load(const char* path_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view path = sffi::text_arg(path_, "path");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_jit_load"
        return sffi::to_i64(sffi::jit_load(path));
#line 1475 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_load");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_load");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_load");
        return -1;
    }
}

RT_TORCH_API int32_t rt_torch_jit_output_kind(int64_t module, const char* method) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_jit_output_kind(int64_t module_, const char* method_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const std::string_view method = sffi::text_arg(method_, "method");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_jit_output_kind"
        return sffi::to_i32(sffi::jit_output_kind(module, method));
#line 1497 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_output_kind");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_output_kind");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_output_kind");
        return -1;
    }
}

RT_TORCH_API void rt_torch_torchtensor_amp_update_scale_(int64_t scale, int64_t growth_tracker, int64_t found_inf, double scale_growth_factor, double scale_backoff_factor, int64_t growth_interval) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_amp_update_scale_(int64_t scale_, int64_t growth_tracker_, int64_t found_inf_, double scale_growth_factor_, double scale_backoff_factor_, int64_t growth_interval_) noexcept {
    sffi::begin_call();
    try {
        const auto [scale, growth_tracker, found_inf] = sffi::tensor_args<3>({scale_, growth_tracker_, found_inf_}, {"scale", "growth_tracker", "found_inf"});
        const double scale_growth_factor = scale_growth_factor_;
        const double scale_backoff_factor = scale_backoff_factor_;
        const int64_t growth_interval = growth_interval_;
        const sffi::ExclusiveCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_torchtensor_amp_update_scale_"
        sffi::amp_update_scale(scale, growth_tracker, found_inf, scale_growth_factor, scale_backoff_factor, growth_interval);
#line 1521 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_amp_update_scale_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_amp_update_scale_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_amp_update_scale_");
    }
}

RT_TORCH_API int64_t rt_torch_dist_init_env(const char* backend, int64_t timeout_ms) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_init_env(const char* backend_, int64_t timeout_ms_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view backend = sffi::text_arg(backend_, "backend");
        const int64_t timeout_ms = timeout_ms_;
#line 10 "spec/torch_api.yaml@rt_torch_dist_init_env"
        return sffi::to_i64(sffi::dist_init_env(backend, timeout_ms));
#line 1539 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_init_env");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_init_env");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_init_env");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_dist_shuffle_indices(int64_t n, int64_t seed) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_shuffle_indices(int64_t n_, int64_t seed_) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const int64_t seed = seed_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_dist_shuffle_indices"
        return sffi::new_tensor(sffi::dist_shuffle_indices(n, seed));
#line 1561 "ops_13.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_shuffle_indices");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_shuffle_indices");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_shuffle_indices");
        return 0;
    }
}

}  // extern "C"
