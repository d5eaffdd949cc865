// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 9 of 16: 41 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/all.h>)
#include <ATen/ops/all.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_all_dims"
#error "binds calls at::all, which this ATen does not have (no <ATen/ops/all.h>)"
#endif
#if __has_include(<ATen/ops/aminmax.h>)
#include <ATen/ops/aminmax.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_aminmax"
#error "binds calls at::aminmax, which this ATen does not have (no <ATen/ops/aminmax.h>)"
#endif
#if __has_include(<ATen/ops/angle.h>)
#include <ATen/ops/angle.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_angle"
#error "binds calls at::angle, which this ATen does not have (no <ATen/ops/angle.h>)"
#endif
#if __has_include(<ATen/ops/any.h>)
#include <ATen/ops/any.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::any, which this ATen does not have (no <ATen/ops/any.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool3d.h>)
#include <ATen/ops/avg_pool3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_avg_pool3d"
#error "binds calls at::avg_pool3d, which this ATen does not have (no <ATen/ops/avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/bucketize.h>)
#include <ATen/ops/bucketize.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_tensor_bucketize_scalar"
#error "binds calls at::bucketize, which this ATen does not have (no <ATen/ops/bucketize.h>)"
#endif
#if __has_include(<ATen/ops/conv3d.h>)
#include <ATen/ops/conv3d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv3d_padding"
#error "binds calls at::conv3d, which this ATen does not have (no <ATen/ops/conv3d.h>)"
#endif
#if __has_include(<ATen/ops/cross.h>)
#include <ATen/ops/cross.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_cross"
#error "binds calls at::cross, which this ATen does not have (no <ATen/ops/cross.h>)"
#endif
#if __has_include(<ATen/ops/cumulative_trapezoid.h>)
#include <ATen/ops/cumulative_trapezoid.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumulative_trapezoid_dx"
#error "binds calls at::cumulative_trapezoid, which this ATen does not have (no <ATen/ops/cumulative_trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/dsplit.h>)
#include <ATen/ops/dsplit.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_dsplit_int"
#error "binds calls at::dsplit, which this ATen does not have (no <ATen/ops/dsplit.h>)"
#endif
#if __has_include(<ATen/ops/empty.h>)
#include <ATen/ops/empty.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_tensor_empty"
#error "binds calls at::empty, which this ATen does not have (no <ATen/ops/empty.h>)"
#endif
#if __has_include(<ATen/ops/eye.h>)
#include <ATen/ops/eye.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_tensor_eye"
#error "binds calls at::eye, which this ATen does not have (no <ATen/ops/eye.h>)"
#endif
#if __has_include(<ATen/ops/fmax.h>)
#include <ATen/ops/fmax.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fmax"
#error "binds calls at::fmax, which this ATen does not have (no <ATen/ops/fmax.h>)"
#endif
#if __has_include(<ATen/ops/full_like.h>)
#include <ATen/ops/full_like.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_full_like"
#error "binds calls at::full_like, which this ATen does not have (no <ATen/ops/full_like.h>)"
#endif
#if __has_include(<ATen/ops/layer_norm.h>)
#include <ATen/ops/layer_norm.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_layer_norm"
#error "binds calls at::layer_norm, which this ATen does not have (no <ATen/ops/layer_norm.h>)"
#endif
#if __has_include(<ATen/ops/log.h>)
#include <ATen/ops/log.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::log, which this ATen does not have (no <ATen/ops/log.h>)"
#endif
#if __has_include(<ATen/ops/logaddexp2.h>)
#include <ATen/ops/logaddexp2.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logaddexp2"
#error "binds calls at::logaddexp2, which this ATen does not have (no <ATen/ops/logaddexp2.h>)"
#endif
#if __has_include(<ATen/ops/logical_or.h>)
#include <ATen/ops/logical_or.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logical_or"
#error "binds calls at::logical_or, which this ATen does not have (no <ATen/ops/logical_or.h>)"
#endif
#if __has_include(<ATen/ops/logspace.h>)
#include <ATen/ops/logspace.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_tensor_logspace_scalar_tensor"
#error "binds calls at::logspace, which this ATen does not have (no <ATen/ops/logspace.h>)"
#endif
#if __has_include(<ATen/ops/lt.h>)
#include <ATen/ops/lt.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::lt, which this ATen does not have (no <ATen/ops/lt.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mean_all"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/meshgrid.h>)
#include <ATen/ops/meshgrid.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_meshgrid"
#error "binds calls at::meshgrid, which this ATen does not have (no <ATen/ops/meshgrid.h>)"
#endif
#if __has_include(<ATen/ops/movedim.h>)
#include <ATen/ops/movedim.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_movedim_intlist"
#error "binds calls at::movedim, which this ATen does not have (no <ATen/ops/movedim.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/pow.h>)
#include <ATen/ops/pow.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::pow, which this ATen does not have (no <ATen/ops/pow.h>)"
#endif
#if __has_include(<ATen/ops/scatter.h>)
#include <ATen/ops/scatter.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_src"
#error "binds calls at::scatter, which this ATen does not have (no <ATen/ops/scatter.h>)"
#endif
#if __has_include(<ATen/ops/silu.h>)
#include <ATen/ops/silu.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_silu"
#error "binds calls at::silu, which this ATen does not have (no <ATen/ops/silu.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/tensor_split.h>)
#include <ATen/ops/tensor_split.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_tensor_split_sections"
#error "binds calls at::tensor_split, which this ATen does not have (no <ATen/ops/tensor_split.h>)"
#endif
#if __has_include(<ATen/ops/topk.h>)
#include <ATen/ops/topk.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_topk"
#error "binds calls at::topk, which this ATen does not have (no <ATen/ops/topk.h>)"
#endif
#if __has_include(<ATen/ops/triu.h>)
#include <ATen/ops/triu.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_triu"
#error "binds calls at::triu, which this ATen does not have (no <ATen/ops/triu.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/var_mean.h>)
#include <ATen/ops/var_mean.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_var_mean_correction"
#error "binds calls at::var_mean, which this ATen does not have (no <ATen/ops/var_mean.h>)"
#endif
#if __has_include(<ATen/ops/vsplit.h>)
#include <ATen/ops/vsplit.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_vsplit_int"
#error "binds calls at::vsplit, which this ATen does not have (no <ATen/ops/vsplit.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_tensor_eye(int64_t n) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_eye(int64_t n_) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_tensor_eye"
        return sffi::new_tensor(at::eye(n));
#line 242 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_eye");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_eye");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_eye");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_empty(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_empty(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_tensor_empty"
        return sffi::new_tensor(at::empty(dims));
#line 263 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_empty");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_empty");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_empty");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, int64_t bias, double eps) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t input_, const int64_t* normalized_shape_, int64_t normalized_shape_len, int64_t weight_, int64_t bias_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef normalized_shape = sffi::array_arg(normalized_shape_, normalized_shape_len, "normalized_shape");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_layer_norm"
        return sffi::new_tensor(at::layer_norm(input, normalized_shape, weight, bias, eps));
#line 288 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_layer_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_layer_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_layer_norm");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_no_grad_begin(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_autograd_no_grad_begin"
        sffi::no_grad_guard_begin();
#line 308 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_begin");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_end(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_no_grad_end(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_autograd_no_grad_end"
        sffi::no_grad_guard_end();
#line 325 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_end");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_end");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_end");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_data_i64"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 343 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_data_i64");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_data_i64");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_data_i64");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_all(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mean_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mean_all"
        return sffi::new_tensor(at::mean(handle));
#line 364 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mean_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mean_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mean_all");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_all_dims(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_all_dims(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef dim = sffi::optional_array_arg(dim_, dim_len, dim_present, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_all_dims"
        return sffi::new_tensor(at::all(input, dim, keepdim));
#line 387 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_all_dims");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_all_dims");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_all_dims");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_all(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_all(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_all"
        return sffi::new_tensor(at::all(input));
#line 408 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_all");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_aminmax(int64_t input, int64_t dim, bool dim_present, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_aminmax(int64_t input_, int64_t dim_, bool dim_present, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_aminmax"
        return sffi::write_tensors(out, out_capacity, at::aminmax(input, dim, keepdim));
#line 431 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_aminmax");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_aminmax");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_aminmax");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_topk(int64_t input, int64_t k, int64_t dim, bool largest, bool sorted, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_topk(int64_t input_, int64_t k_, int64_t dim_, bool largest_, bool sorted_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t k = k_;
        const int64_t dim = dim_;
        const bool largest = largest_;
        const bool sorted = sorted_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_topk"
        return sffi::write_tensors(out, out_capacity, at::topk(input, k, dim, largest, sorted));
#line 456 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_topk");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_topk");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_topk");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_var_mean_correction"
        return sffi::write_tensors(out, out_capacity, at::var_mean(input, dim, correction, keepdim));
#line 480 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_var_mean_correction");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_var_mean_correction");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_var_mean_correction");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bucketize_scalar(double input, int64_t input_int, int32_t input_kind, int64_t boundaries, bool out_int32, bool right) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_bucketize_scalar(double input_, int64_t input_int, int32_t input_kind, int64_t boundaries_, bool out_int32_, bool right_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor boundaries = sffi::tensor_arg(boundaries_, "boundaries");
        const bool out_int32 = out_int32_;
        const bool right = right_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_tensor_bucketize_scalar"
        return sffi::new_tensor(at::bucketize(input, boundaries, out_int32, right));
#line 504 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bucketize_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bucketize_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bucketize_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_movedim_intlist(int64_t input, const int64_t* source, int64_t source_len, const int64_t* destination, int64_t destination_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_movedim_intlist(int64_t input_, const int64_t* source_, int64_t source_len, const int64_t* destination_, int64_t destination_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef source = sffi::array_arg(source_, source_len, "source");
        const at::IntArrayRef destination = sffi::array_arg(destination_, destination_len, "destination");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_movedim_intlist"
        return sffi::new_tensor(at::movedim(input, source, destination));
#line 527 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_movedim_intlist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_movedim_intlist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_movedim_intlist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_sections(int64_t input, int64_t sections, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_sections(int64_t input_, int64_t sections_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t sections = sections_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_tensor_split_sections"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, sections, dim));
#line 550 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_sections");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_sections");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tensor_split_sections");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_int(int64_t input_, int64_t sections_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t sections = sections_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_vsplit_int"
        return sffi::write_tensors(out, out_capacity, at::vsplit(input, sections));
#line 572 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_vsplit_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_vsplit_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_vsplit_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_int(int64_t input_, int64_t sections_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t sections = sections_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_dsplit_int"
        return sffi::write_tensors(out, out_capacity, at::dsplit(input, sections));
#line 594 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dsplit_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dsplit_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dsplit_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_array(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef indices = sffi::array_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_dsplit_array"
        return sffi::write_tensors(out, out_capacity, at::dsplit(input, indices));
#line 616 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dsplit_array");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dsplit_array");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dsplit_array");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_triu(int64_t input, int64_t diagonal) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_triu(int64_t input_, int64_t diagonal_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t diagonal = diagonal_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_triu"
        return sffi::new_tensor(at::triu(input, diagonal));
#line 638 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_triu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_triu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_triu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid(const int64_t* tensors_, int64_t tensors_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_meshgrid"
        return sffi::write_tensors(out, out_capacity, at::meshgrid(tensors));
#line 659 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_meshgrid");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_meshgrid");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_meshgrid");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_src(int64_t input, int64_t dim, int64_t index, int64_t src) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_src(int64_t input_, int64_t dim_, int64_t index_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_src"
        return sffi::new_tensor(at::scatter(input, dim, index, src));
#line 681 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_src");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_src");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_src");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_full_like(int64_t input, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_full_like(int64_t input_, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_full_like"
        return sffi::new_tensor(at::full_like(input, fill_value, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 706 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_full_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_full_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_full_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_half(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_half(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_half"
        return sffi::new_tensor(input.to(at::kHalf, false, false, sffi::memory_format_arg(memory_format)));
#line 728 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_half");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_half");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_half");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cross(int64_t input, int64_t other, int64_t dim, bool dim_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cross(int64_t input_, int64_t other_, int64_t dim_, bool dim_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_cross"
        return sffi::new_tensor(at::cross(input, other, dim));
#line 750 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cross");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cross");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cross");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_dx(int64_t y_, double dx_, int64_t dx_int, int32_t dx_kind, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor y = sffi::tensor_arg(y_, "y");
        const c10::Scalar dx = sffi::scalar_arg(dx_, dx_int, dx_kind, "dx");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumulative_trapezoid_dx"
        return sffi::new_tensor(at::cumulative_trapezoid(y, dx, dim));
#line 773 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_dx");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_dx");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cumulative_trapezoid_dx");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_angle(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_angle(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_angle"
        return sffi::new_tensor(at::angle(input));
#line 794 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_angle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_angle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_angle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp2(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp2(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logaddexp2"
        return sffi::new_tensor(at::logaddexp2(input, other));
#line 815 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logaddexp2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logaddexp2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logaddexp2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmax(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_fmax(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fmax"
        return sffi::new_tensor(at::fmax(input, other));
#line 836 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fmax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_or(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logical_or(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logical_or"
        return sffi::new_tensor(at::logical_or(input, other));
#line 857 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logical_or");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logical_or");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logical_or");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_masked_fill_tensor_(int64_t input, int64_t mask, int64_t value) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_masked_fill_tensor_(int64_t input_, int64_t mask_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask, value] = sffi::tensor_args<3>({input_, mask_, value_}, {"input", "mask", "value"});
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_fill_tensor_"
        input.masked_fill_(mask, value);
#line 878 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_index_put_(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_index_put_(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t values_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, values] = sffi::tensor_args<2>({input_, values_}, {"input", "values"});
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const bool accumulate = accumulate_;
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_put_"
        input.index_put_(indices, values, accumulate);
#line 898 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_put_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_put_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_put_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_silu(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_silu(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_silu"
        return sffi::new_tensor(at::silu(input));
#line 916 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_silu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_silu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_silu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv3d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv3d_padding(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const char* padding_, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 3, "stride");
        const std::string_view padding = sffi::enum_arg(padding_, "padding", {"valid", "same"}, sffi::Code::other);
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv3d_padding"
        return sffi::new_tensor(at::conv3d(input, weight, bias, stride, padding, dilation, groups));
#line 942 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv3d_padding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv3d_padding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv3d_padding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool3d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_avg_pool3d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, bool count_include_pad_, int64_t divisor_override_, bool divisor_override_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const bool ceil_mode = ceil_mode_;
        const bool count_include_pad = count_include_pad_;
        const std::optional<int64_t> divisor_override = sffi::optional_arg(divisor_override_, divisor_override_present);
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_avg_pool3d"
        return sffi::new_tensor(at::avg_pool3d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 969 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss(int64_t input, int64_t target, int64_t variance, bool full, double eps, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss(int64_t input_, int64_t target_, int64_t variance_, bool full_, double eps_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target, variance] = sffi::tensor_args<3>({input_, target_, variance_}, {"input", "target", "variance"});
        const bool full = full_;
        const double eps = eps_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_gaussian_nll_loss"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(!at::any(at::lt(variance, 0)).item<bool>(), "var has negative entry/entries");
    at::Tensor var = variance;
    if (variance.sizes() != input.sizes()) {
        int64_t differing = 0;
        if (input.dim() == variance.dim()) {
            for (int64_t d = 0; d < input.dim(); ++d) if (input.size(d) != variance.size(d)) differing += variance.size(d);
        }
        if (input.dim() > 0 && input.sizes().slice(0, input.dim() - 1) == variance.sizes()) {
            var = at::unsqueeze(variance, -1);
        } else {
            TORCH_CHECK_VALUE(input.dim() == variance.dim() && differing == 1, "var is of incorrect size");
        }
    }
    var = var.clone();
    var.detach().clamp_min_(eps);  // F clamps under no_grad: not differentiated
    auto losses = at::mul(at::add(at::log(var), at::div(at::pow(at::sub(input, target), 2), var)), 0.5);
    if (full) losses = at::add(losses, 0.5 * std::log(2 * M_PI));
    if (reduction == "mean") return at::mean(losses);
    if (reduction == "sum") return at::sum(losses);
    return losses;
}());
#line 1014 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_gaussian_nll_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_gaussian_nll_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_gaussian_nll_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_logspace_scalar_tensor(double start, int64_t start_int, int32_t start_kind, int64_t end, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_logspace_scalar_tensor(double start_, int64_t start_int, int32_t start_kind, int64_t end_, int64_t steps_, double base_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const at::Tensor end = sffi::tensor_arg(end_, "end");
        const int64_t steps = steps_;
        const double base = base_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_tensor_logspace_scalar_tensor"
        return sffi::new_tensor(at::logspace(start, end, steps, base, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1040 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_logspace_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_logspace_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_logspace_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_autograd_data(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_autograd_data(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_data"
        return sffi::new_tensor(handle.variable_data());
#line 1061 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_data");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_data");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_data");
        return 0;
    }
}

RT_TORCH_API void rt_torch_set_default_dtype(int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_set_default_dtype(int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_set_default_dtype"
        sffi::set_default_dtype(dtype);
#line 1082 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_default_dtype");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_default_dtype");
    } catch (...) {
        sffi::record_exception("rt_torch_set_default_dtype");
    }
}

RT_TORCH_API const char* rt_torch_jit_parameter_names(int64_t module) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_jit_parameter_names(int64_t module_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_jit_parameter_names"
        return sffi::text_result(sffi::text_result(sffi::jit_parameter_names(module)));
#line 1100 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_parameter_names");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_parameter_names");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_parameter_names");
        return nullptr;
    }
}

RT_TORCH_API int64_t rt_torch_dist_init(const char* backend, const char* store, const char* address, int64_t port, int64_t rank, int64_t world_size, int64_t timeout_ms, bool agent_store) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_init(const char* backend_, const char* store_, const char* address_, int64_t port_, int64_t rank_, int64_t world_size_, int64_t timeout_ms_, bool agent_store_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view backend = sffi::text_arg(backend_, "backend");
        const std::string_view store = sffi::text_arg(store_, "store");
        const std::string_view address = sffi::text_arg(address_, "address");
        const int64_t port = port_;
        const int64_t rank = rank_;
        const int64_t world_size = world_size_;
        const int64_t timeout_ms = timeout_ms_;
        const bool agent_store = agent_store_;
#line 16 "spec/torch_api.yaml@rt_torch_dist_init"
        return sffi::to_i64(sffi::dist_init(backend, store, address, port, rank, world_size, timeout_ms, agent_store));
#line 1127 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_init");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_init");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_init");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_dist_rank(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_rank(int64_t group_) noexcept {
    sffi::begin_call();
    try {
        const int64_t group = group_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_dist_rank"
        return sffi::to_i64(sffi::dist_rank(group));
#line 1148 "ops_9.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_rank");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_rank");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_rank");
        return -1;
    }
}

}  // extern "C"
