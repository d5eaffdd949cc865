// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 10 of 16: 48 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/addmv.h>)
#include <ATen/ops/addmv.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addmv"
#error "binds calls at::addmv, which this ATen does not have (no <ATen/ops/addmv.h>)"
#endif
#if __has_include(<ATen/ops/allclose.h>)
#include <ATen/ops/allclose.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_allclose"
#error "binds calls at::allclose, which this ATen does not have (no <ATen/ops/allclose.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_tensor_arange"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_avg_pool2d"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_or.h>)
#include <ATen/ops/bitwise_or.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_or_scalar_tensor"
#error "binds calls at::bitwise_or, which this ATen does not have (no <ATen/ops/bitwise_or.h>)"
#endif
#if __has_include(<ATen/ops/clone.h>)
#include <ATen/ops/clone.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_clone"
#error "binds calls at::clone, which this ATen does not have (no <ATen/ops/clone.h>)"
#endif
#if __has_include(<ATen/ops/diagonal_scatter.h>)
#include <ATen/ops/diagonal_scatter.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_diagonal_scatter"
#error "binds calls at::diagonal_scatter, which this ATen does not have (no <ATen/ops/diagonal_scatter.h>)"
#endif
#if __has_include(<ATen/ops/equal.h>)
#include <ATen/ops/equal.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_equal"
#error "binds calls at::equal, which this ATen does not have (no <ATen/ops/equal.h>)"
#endif
#if __has_include(<ATen/ops/floor.h>)
#include <ATen/ops/floor.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_floor"
#error "binds calls at::floor, which this ATen does not have (no <ATen/ops/floor.h>)"
#endif
#if __has_include(<ATen/ops/hsplit.h>)
#include <ATen/ops/hsplit.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hsplit_int"
#error "binds calls at::hsplit, which this ATen does not have (no <ATen/ops/hsplit.h>)"
#endif
#if __has_include(<ATen/ops/isin.h>)
#include <ATen/ops/isin.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isin_tensor_tensor"
#error "binds calls at::isin, which this ATen does not have (no <ATen/ops/isin.h>)"
#endif
#if __has_include(<ATen/ops/isneginf.h>)
#include <ATen/ops/isneginf.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isneginf"
#error "binds calls at::isneginf, which this ATen does not have (no <ATen/ops/isneginf.h>)"
#endif
#if __has_include(<ATen/ops/le.h>)
#include <ATen/ops/le.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_le_tensor"
#error "binds calls at::le, which this ATen does not have (no <ATen/ops/le.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_factor_ex.h>)
#include <ATen/ops/linalg_ldl_factor_ex.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_ldl_factor_ex"
#error "binds calls at::linalg_ldl_factor_ex, which this ATen does not have (no <ATen/ops/linalg_ldl_factor_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve.h>)
#include <ATen/ops/linalg_solve.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve"
#error "binds calls at::linalg_solve, which this ATen does not have (no <ATen/ops/linalg_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve_triangular.h>)
#include <ATen/ops/linalg_solve_triangular.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve_triangular"
#error "binds calls at::linalg_solve_triangular, which this ATen does not have (no <ATen/ops/linalg_solve_triangular.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vander.h>)
#include <ATen/ops/linalg_vander.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vander"
#error "binds calls at::linalg_vander, which this ATen does not have (no <ATen/ops/linalg_vander.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_mean_dim"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/min.h>)
#include <ATen/ops/min.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_min"
#error "binds calls at::min, which this ATen does not have (no <ATen/ops/min.h>)"
#endif
#if __has_include(<ATen/ops/movedim.h>)
#include <ATen/ops/movedim.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_movedim_int"
#error "binds calls at::movedim, which this ATen does not have (no <ATen/ops/movedim.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_tensor"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/multilabel_margin_loss.h>)
#include <ATen/ops/multilabel_margin_loss.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_multilabel_margin_loss"
#error "binds calls at::multilabel_margin_loss, which this ATen does not have (no <ATen/ops/multilabel_margin_loss.h>)"
#endif
#if __has_include(<ATen/ops/nanmean.h>)
#include <ATen/ops/nanmean.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nanmean"
#error "binds calls at::nanmean, which this ATen does not have (no <ATen/ops/nanmean.h>)"
#endif
#if __has_include(<ATen/ops/nonzero.h>)
#include <ATen/ops/nonzero.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nonzero"
#error "binds calls at::nonzero, which this ATen does not have (no <ATen/ops/nonzero.h>)"
#endif
#if __has_include(<ATen/ops/normal.h>)
#include <ATen/ops/normal.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_normal_tensor_tensor"
#error "binds calls at::normal, which this ATen does not have (no <ATen/ops/normal.h>)"
#endif
#if __has_include(<ATen/ops/pad.h>)
#include <ATen/ops/pad.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_pad"
#error "binds calls at::pad, which this ATen does not have (no <ATen/ops/pad.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/repeat_interleave.h>)
#include <ATen/ops/repeat_interleave.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_self_int"
#error "binds calls at::repeat_interleave, which this ATen does not have (no <ATen/ops/repeat_interleave.h>)"
#endif
#if __has_include(<ATen/ops/rsub.h>)
#include <ATen/ops/rsub.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_rsub_scalar"
#error "binds calls at::rsub, which this ATen does not have (no <ATen/ops/rsub.h>)"
#endif
#if __has_include(<ATen/ops/signbit.h>)
#include <ATen/ops/signbit.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_signbit"
#error "binds calls at::signbit, which this ATen does not have (no <ATen/ops/signbit.h>)"
#endif
#if __has_include(<ATen/ops/stack.h>)
#include <ATen/ops/stack.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_stack"
#error "binds calls at::stack, which this ATen does not have (no <ATen/ops/stack.h>)"
#endif
#if __has_include(<ATen/ops/std_mean.h>)
#include <ATen/ops/std_mean.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_std_mean_dim"
#error "binds calls at::std_mean, which this ATen does not have (no <ATen/ops/std_mean.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sum"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_var"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif
#if __has_include(<ATen/ops/xlogy.h>)
#include <ATen/ops/xlogy.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_xlogy_tensor"
#error "binds calls at::xlogy, which this ATen does not have (no <ATen/ops/xlogy.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_available(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_available"
        return sffi::to_bool(sffi::torch_available());
#line 229 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_available");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_arange(double start, double end, double step) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_arange(double start_, double end_, double step_) noexcept {
    sffi::begin_call();
    try {
        const double start = start_;
        const double end = end_;
        const double step = step_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_tensor_arange"
        return sffi::new_tensor(at::arange(start, end, step));
#line 252 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_arange");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_arange");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_arange");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t handle, double exponent) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t handle_, double exponent_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double exponent = exponent_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow"
        return sffi::new_tensor(at::pow(handle, exponent));
#line 274 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sum"
        return sffi::to_f64(at::sum(handle));
#line 295 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sum");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sum");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sum");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_mean_dim"
        return sffi::new_tensor(at::mean(handle, at::IntArrayRef(dim), keepdim));
#line 318 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mean_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mean_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mean_dim");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_min(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_min(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_min"
        return sffi::to_f64(at::min(handle));
#line 339 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_min_dim"
        return sffi::new_tensor(std::get<0>(at::min(handle, dim, keepdim)));
#line 362 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min_dim");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_var(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_var(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_var"
        return sffi::to_f64(at::var(handle));
#line 383 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_stack"
        return sffi::new_tensor(at::stack(tensors, dim));
#line 405 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_avg_pool2d"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride, padding));
#line 429 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_clone"
        return sffi::new_tensor(at::clone(handle));
#line 450 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clone");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clone");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clone");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_from_i64"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 472 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_from_i64");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_from_i64");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_from_i64");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_to_dtype"
        return sffi::new_tensor(handle.to(dtype));
#line 494 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_rsub_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_rsub_scalar"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 517 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rsub_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rsub_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rsub_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mul_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_tensor"
        return sffi::new_tensor(at::mul(input, other));
#line 538 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_other(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_min_other(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_min_other"
        return sffi::new_tensor(at::min(input, other));
#line 559 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min_other");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_binary_cross_entropy_v2"
        return sffi::new_tensor(sffi::binary_cross_entropy(input, target, weight, reduction));
#line 582 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view memory_format = sffi::enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_contiguous_v2"
        return sffi::new_tensor(input.contiguous(sffi::memory_format_arg(memory_format)));
#line 604 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_contiguous_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_contiguous_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_contiguous_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanmean(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nanmean(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_nanmean"
        return sffi::new_tensor(at::nanmean(input, dim, keepdim, dtype));
#line 628 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nanmean");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nanmean");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nanmean");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_std_mean_dim"
        return sffi::write_tensors(out, out_capacity, at::std_mean(input, dim, unbiased, keepdim));
#line 652 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_mean_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_mean_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_mean_dim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_int(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_int(int64_t input_, int64_t repeats_, int64_t dim_, bool dim_present, int64_t output_size_, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t repeats = repeats_;
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const std::optional<int64_t> output_size = sffi::optional_arg(output_size_, output_size_present);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_repeat_interleave_self_int"
        return sffi::new_tensor(at::repeat_interleave(input, repeats, dim, output_size));
#line 676 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_self_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_repeat_interleave_self_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_repeat_interleave_self_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_movedim_int(int64_t input, int64_t source, int64_t destination) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_movedim_int(int64_t input_, int64_t source_, int64_t destination_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t source = source_;
        const int64_t destination = destination_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_movedim_int"
        return sffi::new_tensor(at::movedim(input, source, destination));
#line 699 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_movedim_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_movedim_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_movedim_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_int(int64_t input_, int64_t sections_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t sections = sections_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hsplit_int"
        return sffi::write_tensors(out, out_capacity, at::hsplit(input, sections));
#line 721 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hsplit_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hsplit_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hsplit_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nonzero(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nonzero"
        return sffi::new_tensor(at::nonzero(input));
#line 742 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nonzero");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nonzero");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nonzero");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input, int64_t src, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input_, int64_t src_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_diagonal_scatter"
        return sffi::new_tensor(at::diagonal_scatter(input, src, offset, dim1, dim2));
#line 766 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diagonal_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diagonal_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diagonal_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean, int64_t std_arg) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean_, int64_t std_arg_) noexcept {
    sffi::begin_call();
    try {
        const auto [mean, std_arg] = sffi::tensor_args<2>({mean_, std_arg_}, {"mean", "std_arg"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_normal_tensor_tensor"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 787 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addmv(int64_t input, int64_t mat, int64_t vec, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addmv(int64_t input_, int64_t mat_, int64_t vec_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mat, vec] = sffi::tensor_args<3>({input_, mat_, vec_}, {"input", "mat", "vec"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addmv"
        return sffi::new_tensor(at::addmv(input, mat, vec, beta, alpha));
#line 810 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addmv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addmv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addmv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor_ex(int64_t input, bool hermitian, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor_ex(int64_t input_, bool hermitian_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool hermitian = hermitian_;
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_ldl_factor_ex"
        return sffi::write_tensors(out, out_capacity, at::linalg_ldl_factor_ex(input, hermitian, check_errors));
#line 833 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_factor_ex");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_factor_ex");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_ldl_factor_ex");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vander(int64_t x, int64_t n, bool n_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vander(int64_t x_, int64_t n_, bool n_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor x = sffi::tensor_arg(x_, "x");
        const std::optional<int64_t> n = sffi::optional_arg(n_, n_present);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vander"
        return sffi::new_tensor(at::linalg_vander(x, n));
#line 855 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vander");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_vander");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_vander");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve(int64_t a, int64_t b, bool left) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve(int64_t a_, int64_t b_, bool left_) noexcept {
    sffi::begin_call();
    try {
        const auto [a, b] = sffi::tensor_args<2>({a_, b_}, {"a", "b"});
        const bool left = left_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve"
        return sffi::new_tensor(at::linalg_solve(a, b, left));
#line 877 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_triangular(int64_t input, int64_t b, bool upper, bool left, bool unitriangular) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_triangular(int64_t input_, int64_t b_, bool upper_, bool left_, bool unitriangular_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, b] = sffi::tensor_args<2>({input_, b_}, {"input", "b"});
        const bool upper = upper_;
        const bool left = left_;
        const bool unitriangular = unitriangular_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve_triangular"
        return sffi::new_tensor(at::linalg_solve_triangular(input, b, upper, left, unitriangular));
#line 901 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve_triangular");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve_triangular");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_solve_triangular");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_floor(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_floor"
        return sffi::new_tensor(at::floor(input));
#line 922 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_floor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_floor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_floor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_signbit(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_signbit(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_signbit"
        return sffi::new_tensor(at::signbit(input));
#line 943 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_signbit");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_signbit");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_signbit");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_xlogy_tensor"
        return sffi::new_tensor(at::xlogy(input, other));
#line 964 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_xlogy_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_le_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_le_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_le_tensor"
        return sffi::new_tensor(at::le(input, other));
#line 985 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_le_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_le_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_le_tensor");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_equal(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_equal(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_equal"
        return sffi::to_bool(at::equal(input, other));
#line 1006 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_equal");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_equal");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_equal");
        return false;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_allclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_allclose(int64_t input_, int64_t other_, double rtol_, double atol_, bool equal_nan_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const double rtol = rtol_;
        const double atol = atol_;
        const bool equal_nan = equal_nan_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_allclose"
        return sffi::to_bool(at::allclose(input, other, rtol, atol, equal_nan));
#line 1030 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_allclose");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_allclose");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_allclose");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isneginf(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isneginf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isneginf"
        return sffi::new_tensor(at::isneginf(input));
#line 1051 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isneginf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isneginf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isneginf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_or_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_bitwise_or_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_or_scalar_tensor"
        return sffi::new_tensor(at::bitwise_or(input, other));
#line 1073 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_or_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_or_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_or_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_tensor(int64_t elements, int64_t test_elements, bool assume_unique, bool invert) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_tensor(int64_t elements_, int64_t test_elements_, bool assume_unique_, bool invert_) noexcept {
    sffi::begin_call();
    try {
        const auto [elements, test_elements] = sffi::tensor_args<2>({elements_, test_elements_}, {"elements", "test_elements"});
        const bool assume_unique = assume_unique_;
        const bool invert = invert_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isin_tensor_tensor"
        return sffi::new_tensor(at::isin(elements, test_elements, assume_unique, invert));
#line 1096 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isin_tensor_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_isin_scalar_tensor(double element, int64_t element_int, int32_t element_kind, int64_t test_elements, bool assume_unique, bool invert) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_isin_scalar_tensor(double element_, int64_t element_int, int32_t element_kind, int64_t test_elements_, bool assume_unique_, bool invert_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar element = sffi::scalar_arg(element_, element_int, element_kind, "element");
        const at::Tensor test_elements = sffi::tensor_arg(test_elements_, "test_elements");
        const bool assume_unique = assume_unique_;
        const bool invert = invert_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_isin_scalar_tensor"
        return sffi::new_tensor(at::isin(element, test_elements, assume_unique, invert));
#line 1120 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_isin_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_isin_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_isin_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_clamp_(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_clamp_(int64_t input_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> min = sffi::optional_scalar_arg(min_, min_int, min_kind, "min");
        const std::optional<c10::Scalar> max = sffi::optional_scalar_arg(max_, max_int, max_kind, "max");
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_"
        input.clamp_(min, max);
#line 1143 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_");
    }
}

RT_TORCH_API int64_t rt_torch_nn_multilabel_margin_loss(int64_t input, int64_t target, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_multilabel_margin_loss(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_multilabel_margin_loss"
        return sffi::new_tensor(at::multilabel_margin_loss(input, target, sffi::reduction_arg(reduction)));
#line 1162 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_multilabel_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_multilabel_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_multilabel_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_pad(int64_t input, const int64_t* pad, int64_t pad_len, const char* mode, double value, bool value_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_pad(int64_t input_, const int64_t* pad_, int64_t pad_len, const char* mode_, double value_, bool value_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef pad = sffi::array_arg(pad_, pad_len, "pad");
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"constant", "reflect", "replicate", "circular"}, sffi::Code::other);
        const std::optional<double> value = sffi::optional_arg(value_, value_present);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_pad"
        return sffi::new_tensor(at::pad(input, pad, mode, value));
#line 1186 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_pad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_pad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_pad");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autocast_end(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autocast_end(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_autocast_end"
        sffi::autocast_end();
#line 1206 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autocast_end");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autocast_end");
    } catch (...) {
        sffi::record_exception("rt_torch_autocast_end");
    }
}

RT_TORCH_API const char* rt_torch_autograd_grad_fn_name(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_autograd_grad_fn_name(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_grad_fn_name"
        return sffi::text_result(sffi::grad_fn_name(handle));
#line 1224 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_grad_fn_name");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_grad_fn_name");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_grad_fn_name");
        return nullptr;
    }
}

RT_TORCH_API bool rt_torch_dist_is_backend_available(const char* backend) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_dist_is_backend_available(const char* backend_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view backend = sffi::text_arg(backend_, "backend");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_dist_is_backend_available"
        return sffi::to_bool(sffi::dist_backend_available(backend));
#line 1245 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_is_backend_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_is_backend_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_is_backend_available");
        return false;
    }
}

RT_TORCH_API void rt_torch_dist_all_reduce_(int64_t tensor, int64_t group, const char* op) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_all_reduce_(int64_t tensor_, int64_t group_, const char* op_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor tensor = sffi::tensor_arg(tensor_, "tensor");
        const int64_t group = group_;
        const std::string_view op = sffi::enum_arg(op_, "op", {"sum", "avg", "min", "max", "product"}, sffi::Code::value);
#line 11 "spec/torch_api.yaml@rt_torch_dist_all_reduce_"
        sffi::dist_all_reduce(tensor, group, op);
#line 1267 "ops_10.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_all_reduce_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_all_reduce_");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_all_reduce_");
    }
}

}  // extern "C"
