// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 1 of 16: 45 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/adaptive_avg_pool1d.h>)
#include <ATen/ops/adaptive_avg_pool1d.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_avg_pool1d"
#error "binds calls at::adaptive_avg_pool1d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/argmin.h>)
#include <ATen/ops/argmin.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_argmin"
#error "binds calls at::argmin, which this ATen does not have (no <ATen/ops/argmin.h>)"
#endif
#if __has_include(<ATen/ops/argsort.h>)
#include <ATen/ops/argsort.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_argsort_stable"
#error "binds calls at::argsort, which this ATen does not have (no <ATen/ops/argsort.h>)"
#endif
#if __has_include(<ATen/ops/atleast_2d.h>)
#include <ATen/ops/atleast_2d.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_2d_sequence"
#error "binds calls at::atleast_2d, which this ATen does not have (no <ATen/ops/atleast_2d.h>)"
#endif
#if __has_include(<ATen/ops/cholesky_solve.h>)
#include <ATen/ops/cholesky_solve.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_cholesky_solve"
#error "binds calls at::cholesky_solve, which this ATen does not have (no <ATen/ops/cholesky_solve.h>)"
#endif
#if __has_include(<ATen/ops/conv_transpose1d.h>)
#include <ATen/ops/conv_transpose1d.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_conv_transpose1d"
#error "binds calls at::conv_transpose1d, which this ATen does not have (no <ATen/ops/conv_transpose1d.h>)"
#endif
#if __has_include(<ATen/ops/eye.h>)
#include <ATen/ops/eye.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_tensor_eye_m"
#error "binds calls at::eye, which this ATen does not have (no <ATen/ops/eye.h>)"
#endif
#if __has_include(<ATen/ops/flipud.h>)
#include <ATen/ops/flipud.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_flipud"
#error "binds calls at::flipud, which this ATen does not have (no <ATen/ops/flipud.h>)"
#endif
#if __has_include(<ATen/ops/fmin.h>)
#include <ATen/ops/fmin.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fmin"
#error "binds calls at::fmin, which this ATen does not have (no <ATen/ops/fmin.h>)"
#endif
#if __has_include(<ATen/ops/frexp.h>)
#include <ATen/ops/frexp.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_frexp_tensor"
#error "binds calls at::frexp, which this ATen does not have (no <ATen/ops/frexp.h>)"
#endif
#if __has_include(<ATen/ops/gt.h>)
#include <ATen/ops/gt.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gt_scalar"
#error "binds calls at::gt, which this ATen does not have (no <ATen/ops/gt.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eig.h>)
#include <ATen/ops/linalg_eig.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_eig"
#error "binds calls at::linalg_eig, which this ATen does not have (no <ATen/ops/linalg_eig.h>)"
#endif
#if __has_include(<ATen/ops/linalg_norm.h>)
#include <ATen/ops/linalg_norm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_norm"
#error "binds calls at::linalg_norm, which this ATen does not have (no <ATen/ops/linalg_norm.h>)"
#endif
#if __has_include(<ATen/ops/log10.h>)
#include <ATen/ops/log10.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log10"
#error "binds calls at::log10, which this ATen does not have (no <ATen/ops/log10.h>)"
#endif
#if __has_include(<ATen/ops/masked_fill.h>)
#include <ATen/ops/masked_fill.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_fill_tensor"
#error "binds calls at::masked_fill, which this ATen does not have (no <ATen/ops/masked_fill.h>)"
#endif
#if __has_include(<ATen/ops/matrix_exp.h>)
#include <ATen/ops/matrix_exp.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_matrix_exp"
#error "binds calls at::matrix_exp, which this ATen does not have (no <ATen/ops/matrix_exp.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_max_dim_v2"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/meshgrid.h>)
#include <ATen/ops/meshgrid.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_meshgrid_indexing"
#error "binds calls at::meshgrid, which this ATen does not have (no <ATen/ops/meshgrid.h>)"
#endif
#if __has_include(<ATen/ops/minimum.h>)
#include <ATen/ops/minimum.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_minimum"
#error "binds calls at::minimum, which this ATen does not have (no <ATen/ops/minimum.h>)"
#endif
#if __has_include(<ATen/ops/mode.h>)
#include <ATen/ops/mode.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_mode"
#error "binds calls at::mode, which this ATen does not have (no <ATen/ops/mode.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_scalar"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/permute.h>)
#include <ATen/ops/permute.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_permute"
#error "binds calls at::permute, which this ATen does not have (no <ATen/ops/permute.h>)"
#endif
#if __has_include(<ATen/ops/positive.h>)
#include <ATen/ops/positive.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_positive"
#error "binds calls at::positive, which this ATen does not have (no <ATen/ops/positive.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_eig"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/result_type.h>)
#include <ATen/ops/result_type.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_result_type_scalar"
#error "binds calls at::result_type, which this ATen does not have (no <ATen/ops/result_type.h>)"
#endif
#if __has_include(<ATen/ops/rot90.h>)
#include <ATen/ops/rot90.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_rot90"
#error "binds calls at::rot90, which this ATen does not have (no <ATen/ops/rot90.h>)"
#endif
#if __has_include(<ATen/ops/scatter.h>)
#include <ATen/ops/scatter.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_reduce"
#error "binds calls at::scatter, which this ATen does not have (no <ATen/ops/scatter.h>)"
#endif
#if __has_include(<ATen/ops/searchsorted.h>)
#include <ATen/ops/searchsorted.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_searchsorted_tensor"
#error "binds calls at::searchsorted, which this ATen does not have (no <ATen/ops/searchsorted.h>)"
#endif
#if __has_include(<ATen/ops/sign.h>)
#include <ATen/ops/sign.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sign"
#error "binds calls at::sign, which this ATen does not have (no <ATen/ops/sign.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_sum_dim"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/true_divide.h>)
#include <ATen/ops/true_divide.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_true_divide_tensor"
#error "binds calls at::true_divide, which this ATen does not have (no <ATen/ops/true_divide.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_var_correction"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif
#if __has_include(<ATen/ops/view_as_complex.h>)
#include <ATen/ops/view_as_complex.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_view_as_complex"
#error "binds calls at::view_as_complex, which this ATen does not have (no <ATen/ops/view_as_complex.h>)"
#endif
#if __has_include(<ATen/ops/vsplit.h>)
#include <ATen/ops/vsplit.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_vsplit_array"
#error "binds calls at::vsplit, which this ATen does not have (no <ATen/ops/vsplit.h>)"
#endif
#if __has_include(<ATen/ops/where.h>)
#include <ATen/ops/where.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_scalarself"
#error "binds calls at::where, which this ATen does not have (no <ATen/ops/where.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_scalar"
        return sffi::new_tensor(at::mul(handle, scalar));
#line 231 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_eig(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_eig(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_eig"
        return sffi::new_tensor(at::real(std::get<0>(at::linalg_eig(handle))));
#line 252 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_eig");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_eig");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_eig");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_sum_dim"
        return sffi::new_tensor(at::sum(handle, at::IntArrayRef(dim), keepdim));
#line 275 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sum_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sum_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sum_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmin(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argmin(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_argmin"
        return sffi::new_tensor(dim < 0 ? at::argmin(handle, std::nullopt, keepdim) : at::argmin(handle, dim, keepdim));
#line 298 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argmin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argmin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argmin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_permute(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_permute(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_permute"
        return sffi::new_tensor(at::permute(handle, dims));
#line 320 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_permute");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_permute");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_permute");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_batch_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool training, double momentum, double eps) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_batch_norm(int64_t input_, int64_t running_mean_, int64_t running_var_, int64_t weight_, int64_t bias_, bool training_, double momentum_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> running_mean = sffi::optional_tensor_arg(running_mean_, "running_mean");
        const std::optional<at::Tensor> running_var = sffi::optional_tensor_arg(running_var_, "running_var");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const bool training = training_;
        const double momentum = momentum_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_batch_norm"
        return sffi::new_tensor(sffi::batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps));
#line 348 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_batch_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_batch_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_batch_norm");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_requires_grad"
        return sffi::to_bool(handle.requires_grad());
#line 369 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_requires_grad");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_requires_grad");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_requires_grad");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_dlpack(int64_t address, bool versioned) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_from_dlpack(int64_t address_, bool versioned_) noexcept {
    sffi::begin_call();
    try {
        const int64_t address = address_;
        const bool versioned = versioned_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_from_dlpack"
        return sffi::new_tensor(sffi::from_dlpack(address, versioned));
#line 391 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_from_dlpack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_from_dlpack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_from_dlpack");
        return 0;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_dtype"
        return sffi::dtype_result(handle.scalar_type());
#line 412 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dtype");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dtype");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dtype");
        return -1;
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_no_grad_begin_v2"
        sffi::no_grad_begin();
#line 432 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_begin_v2");
    }
}

RT_TORCH_API int64_t rt_torch_tensor_eye_m(int64_t n, int64_t m, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_eye_m(int64_t n_, int64_t m_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const int64_t m = m_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_eye_m"
        return sffi::new_tensor(at::eye(n, m, at::TensorOptions().dtype(dtype).device(device)));
#line 453 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_eye_m");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_eye_m");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_eye_m");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim_v2(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_max_dim_v2(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_max_dim_v2"
        return sffi::write_tensors(out, out_capacity, at::max(input, dim, keepdim));
#line 476 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_dim_v2");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_dim_v2");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_dim_v2");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_var_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_var_correction"
        return sffi::new_tensor(at::var(input, dim, correction, keepdim));
#line 500 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_correction");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_correction");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_correction");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t input, const int64_t* size, int64_t size_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t input_, const int64_t* size_, int64_t size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_view_v2"
        return sffi::new_tensor(input.view(size));
#line 522 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding_v2(int64_t input, int64_t weight, int64_t padding_idx, bool padding_idx_present, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, bool sparse) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_embedding_v2(int64_t input_, int64_t weight_, int64_t padding_idx_, bool padding_idx_present, double max_norm_, bool max_norm_present, double norm_type_, bool scale_grad_by_freq_, bool sparse_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<int64_t> padding_idx = sffi::optional_arg(padding_idx_, padding_idx_present);
        const std::optional<double> max_norm = sffi::optional_arg(max_norm_, max_norm_present);
        const double norm_type = norm_type_;
        const bool scale_grad_by_freq = scale_grad_by_freq_;
        const bool sparse = sparse_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_embedding_v2"
        return sffi::new_tensor(sffi::embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse));
#line 548 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_v2(int64_t input, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_v2(int64_t input_, int32_t dtype_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_to_dtype_v2"
        return sffi::new_tensor(input.to(dtype, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 573 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mode(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mode(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_mode"
        return sffi::write_tensors(out, out_capacity, at::mode(input, dim, keepdim));
#line 596 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mode");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mode");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mode");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_argsort_stable(int64_t input, bool stable, int64_t dim, bool descending) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argsort_stable(int64_t input_, bool stable_, int64_t dim_, bool descending_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool stable = stable_;
        const int64_t dim = dim_;
        const bool descending = descending_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_argsort_stable"
        return sffi::new_tensor(at::argsort(input, stable, dim, descending));
#line 620 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argsort_stable");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argsort_stable");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argsort_stable");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_tensor(int64_t sorted_sequence, int64_t input, bool out_int32, bool right, const char* side, int64_t sorter) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_tensor(int64_t sorted_sequence_, int64_t input_, bool out_int32_, bool right_, const char* side_, int64_t sorter_) noexcept {
    sffi::begin_call();
    try {
        const auto [sorted_sequence, input] = sffi::tensor_args<2>({sorted_sequence_, input_}, {"sorted_sequence", "input"});
        const bool out_int32 = out_int32_;
        const bool right = right_;
        const std::optional<std::string_view> side = sffi::optional_text_arg(side_);
        const std::optional<at::Tensor> sorter = sffi::optional_tensor_arg(sorter_, "sorter");
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_searchsorted_tensor"
        return sffi::new_tensor(at::searchsorted(sorted_sequence, input, out_int32, right, side, sorter));
#line 645 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_searchsorted_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_searchsorted_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_searchsorted_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_scalar(int64_t sorted_sequence, double input, int64_t input_int, int32_t input_kind, bool out_int32, bool right, const char* side, int64_t sorter) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_scalar(int64_t sorted_sequence_, double input_, int64_t input_int, int32_t input_kind, bool out_int32_, bool right_, const char* side_, int64_t sorter_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor sorted_sequence = sffi::tensor_arg(sorted_sequence_, "sorted_sequence");
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const bool out_int32 = out_int32_;
        const bool right = right_;
        const std::optional<std::string_view> side = sffi::optional_text_arg(side_);
        const std::optional<at::Tensor> sorter = sffi::optional_tensor_arg(sorter_, "sorter");
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_searchsorted_scalar"
        return sffi::new_tensor(at::searchsorted(sorted_sequence, input, out_int32, right, side, sorter));
#line 671 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_searchsorted_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_searchsorted_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_searchsorted_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_flipud(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_flipud(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_flipud"
        return sffi::new_tensor(at::flipud(input));
#line 692 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_flipud");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_flipud");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_flipud");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rot90(int64_t input, int64_t k, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_rot90(int64_t input_, int64_t k_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t k = k_;
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_rot90"
        return sffi::new_tensor(at::rot90(input, k, dims));
#line 715 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rot90");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rot90");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rot90");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_array(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef indices = sffi::array_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_vsplit_array"
        return sffi::write_tensors(out, out_capacity, at::vsplit(input, indices));
#line 737 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_vsplit_array");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_vsplit_array");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_vsplit_array");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d_sequence(const int64_t* tensors_, int64_t tensors_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_2d_sequence"
        return sffi::write_tensors(out, out_capacity, at::atleast_2d(tensors));
#line 758 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_2d_sequence");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_2d_sequence");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_2d_sequence");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid_indexing(const int64_t* tensors, int64_t tensors_len, const char* indexing, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid_indexing(const int64_t* tensors_, int64_t tensors_len, const char* indexing_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const std::string_view indexing = sffi::text_arg(indexing_, "indexing");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_meshgrid_indexing"
        return sffi::write_tensors(out, out_capacity, at::meshgrid(tensors, indexing));
#line 780 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_meshgrid_indexing");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_meshgrid_indexing");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_meshgrid_indexing");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce(int64_t input_, int64_t dim_, int64_t index_, int64_t src_, const char* reduce_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_reduce"
        return sffi::new_tensor(at::scatter(input, dim, index, src, reduce));
#line 803 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_complex(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_view_as_complex(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_view_as_complex"
        return sffi::new_tensor(at::view_as_complex(input));
#line 824 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as_complex");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as_complex");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as_complex");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_matrix_exp(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_matrix_exp(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_matrix_exp"
        return sffi::new_tensor(at::matrix_exp(input));
#line 845 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_matrix_exp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_matrix_exp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_matrix_exp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_solve(int64_t input, int64_t input2, bool upper) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_solve(int64_t input_, int64_t input2_, bool upper_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, input2] = sffi::tensor_args<2>({input_, input2_}, {"input", "input2"});
        const bool upper = upper_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_cholesky_solve"
        return sffi::new_tensor(at::cholesky_solve(input, input2, upper));
#line 867 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cholesky_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cholesky_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cholesky_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm(int64_t input_, double ord_, int64_t ord_int, int32_t ord_kind, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> ord = sffi::optional_scalar_arg(ord_, ord_int, ord_kind, "ord");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_norm"
        return sffi::new_tensor(at::linalg_norm(input, ord, dim, keepdim, dtype));
#line 892 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sign(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sign(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sign"
        return sffi::new_tensor(at::sign(input));
#line 913 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sign");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sign");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sign");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_log10(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_log10(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log10"
        return sffi::new_tensor(at::log10(input));
#line 934 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log10");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log10");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log10");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_positive(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_positive(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_positive"
        return sffi::new_tensor(at::positive(input));
#line 955 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_positive");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_positive");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_positive");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_frexp_tensor(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_frexp_tensor(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_frexp_tensor"
        return sffi::write_tensors(out, out_capacity, at::frexp(input));
#line 976 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_frexp_tensor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_frexp_tensor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_frexp_tensor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmin(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_fmin(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fmin"
        return sffi::new_tensor(at::fmin(input, other));
#line 997 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fmin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fmin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fmin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_true_divide_tensor"
        return sffi::new_tensor(at::true_divide(input, other));
#line 1018 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_true_divide_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_true_divide_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_minimum(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_minimum(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_minimum"
        return sffi::new_tensor(at::minimum(input, other));
#line 1039 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_minimum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_minimum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_minimum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gt_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_gt_scalar"
        return sffi::new_tensor(at::gt(input, other));
#line 1061 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gt_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gt_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gt_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarself(int64_t condition, double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarself(int64_t condition_, double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [condition, other] = sffi::tensor_args<2>({condition_, other_}, {"condition", "other"});
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_scalarself"
        return sffi::new_tensor(at::where(condition, input, other));
#line 1083 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_where_scalarself");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_where_scalarself");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_where_scalarself");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_tensor(int64_t input, int64_t mask, int64_t value) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_tensor(int64_t input_, int64_t mask_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask, value] = sffi::tensor_args<3>({input_, mask_, value_}, {"input", "mask", "value"});
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_fill_tensor"
        return sffi::new_tensor(at::masked_fill(input, mask, value));
#line 1104 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_tensor");
        return 0;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_result_type_scalar(int64_t tensor, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_torchtensor_result_type_scalar(int64_t tensor_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor tensor = sffi::tensor_arg(tensor_, "tensor");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_result_type_scalar"
        return sffi::dtype_result(at::result_type(tensor, other));
#line 1126 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_result_type_scalar");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_result_type_scalar");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_result_type_scalar");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv_transpose1d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv_transpose1d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* output_padding_, int64_t output_padding_len, int64_t groups_, const int64_t* dilation_, int64_t dilation_len) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList output_padding = sffi::sized_int_list_arg(output_padding_, output_padding_len, 1, "output_padding");
        const int64_t groups = groups_;
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_conv_transpose1d"
        return sffi::new_tensor(at::conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation));
#line 1153 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv_transpose1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv_transpose1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv_transpose1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool1d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool1d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 1, "output_size");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_avg_pool1d"
        return sffi::new_tensor(at::adaptive_avg_pool1d(input, output_size));
#line 1175 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_avg_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_size_dim(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_size_dim(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_size_dim"
        return sffi::to_i64(handle.size(dim));
#line 1197 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_size_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_size_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_size_dim");
        return -1;
    }
}

RT_TORCH_API int32_t rt_torch_warning_kind(int64_t index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_warning_kind(int64_t index_) noexcept {
    try {
        const int64_t index = index_;
#line 8 "spec/torch_api.yaml@rt_torch_warning_kind"
        return sffi::to_i32(sffi::warning_kind(index));
#line 1216 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_warning_kind");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_warning_kind");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_warning_kind");
        return -1;
    }
}

}  // extern "C"
