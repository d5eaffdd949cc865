// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 4 of 4: 56 function(s) of the C ABI (see torch_sffi.h), placed in
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
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmax_v2"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv2d"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_cross_entropy"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/embedding.h>)
#include <ATen/ops/embedding.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_embedding"
#error "binds calls at::embedding, which this ATen does not have (no <ATen/ops/embedding.h>)"
#endif
#if __has_include(<ATen/ops/empty.h>)
#include <ATen/ops/empty.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_tensor_empty_v2"
#error "binds calls at::empty, which this ATen does not have (no <ATen/ops/empty.h>)"
#endif
#if __has_include(<ATen/ops/exp.h>)
#include <ATen/ops/exp.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp"
#error "binds calls at::exp, which this ATen does not have (no <ATen/ops/exp.h>)"
#endif
#if __has_include(<ATen/ops/eye.h>)
#include <ATen/ops/eye.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_eye_v2"
#error "binds calls at::eye, which this ATen does not have (no <ATen/ops/eye.h>)"
#endif
#if __has_include(<ATen/ops/full.h>)
#include <ATen/ops/full.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_full"
#error "binds calls at::full, which this ATen does not have (no <ATen/ops/full.h>)"
#endif
#if __has_include(<ATen/ops/gather.h>)
#include <ATen/ops/gather.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_gather"
#error "binds calls at::gather, which this ATen does not have (no <ATen/ops/gather.h>)"
#endif
#if __has_include(<ATen/ops/gelu.h>)
#include <ATen/ops/gelu.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_gelu"
#error "binds calls at::gelu, which this ATen does not have (no <ATen/ops/gelu.h>)"
#endif
#if __has_include(<ATen/ops/index_select.h>)
#include <ATen/ops/index_select.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_index_select"
#error "binds calls at::index_select, which this ATen does not have (no <ATen/ops/index_select.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eig.h>)
#include <ATen/ops/linalg_eig.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eig"
#error "binds calls at::linalg_eig, which this ATen does not have (no <ATen/ops/linalg_eig.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_svd"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_vector_norm"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/log_softmax.h>)
#include <ATen/ops/log_softmax.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_log_softmax"
#error "binds calls at::log_softmax, which this ATen does not have (no <ATen/ops/log_softmax.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_max_dim"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_max_pool2d"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool2d_with_indices"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/maximum.h>)
#include <ATen/ops/maximum.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_maximum"
#error "binds calls at::maximum, which this ATen does not have (no <ATen/ops/maximum.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mean"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/sigmoid.h>)
#include <ATen/ops/sigmoid.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sigmoid"
#error "binds calls at::sigmoid, which this ATen does not have (no <ATen/ops/sigmoid.h>)"
#endif
#if __has_include(<ATen/ops/sin.h>)
#include <ATen/ops/sin.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sin"
#error "binds calls at::sin, which this ATen does not have (no <ATen/ops/sin.h>)"
#endif
#if __has_include(<ATen/ops/squeeze.h>)
#include <ATen/ops/squeeze.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze"
#error "binds calls at::squeeze, which this ATen does not have (no <ATen/ops/squeeze.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_std_correction"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/tanh.h>)
#include <ATen/ops/tanh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tanh"
#error "binds calls at::tanh, which this ATen does not have (no <ATen/ops/tanh.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_unsqueeze"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_var_v2"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_cuda_available(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_cuda_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "spec/torch_api.yaml@rt_torch_cuda_available"
        return sffi::to_bool(sffi::cuda_available());
#line 199 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims_, int64_t dims_len, double value_) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const double value = value_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_full"
        return sffi::new_tensor(at::full(dims, value));
#line 221 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_full");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_full");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_full");
        return 0;
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
#line 243 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div"
        return sffi::new_tensor(at::div(handle, other));
#line 264 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_abs"
        return sffi::new_tensor(at::abs(handle));
#line 285 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_exp"
        return sffi::new_tensor(at::exp(handle));
#line 306 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_add_scalar"
        return sffi::new_tensor(at::add(handle, scalar));
#line 328 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sigmoid"
        return sffi::new_tensor(at::sigmoid(handle));
#line 349 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tanh"
        return sffi::new_tensor(at::tanh(handle));
#line 370 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_gelu"
        return sffi::new_tensor(at::gelu(handle));
#line 391 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_log_softmax"
        return sffi::new_tensor(at::log_softmax(handle, dim));
#line 413 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_svd"
        return sffi::new_tensor(std::get<0>(at::linalg_svd(handle, false)));
#line 434 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_svd");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_svd");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_svd");
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
#line 455 "ops_4.cpp"
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
#line 478 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ndim"
        return sffi::to_i64(handle.dim());
#line 499 "ops_4.cpp"
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
#line 520 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze"
        return sffi::new_tensor(at::squeeze(handle));
#line 541 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_squeeze");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_squeeze");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_squeeze");
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
#line 563 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle, int64_t dim, int64_t indices) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_index_select"
        return sffi::new_tensor(at::index_select(handle, dim, indices));
#line 585 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_select");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_select");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_select");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle, int64_t dim, int64_t indices) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_gather"
        return sffi::new_tensor(at::gather(handle, dim, indices));
#line 607 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gather");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gather");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gather");
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
#line 633 "ops_4.cpp"
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
#line 657 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input, int64_t weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_embedding"
        return sffi::new_tensor(at::embedding(weight, input));
#line 678 "ops_4.cpp"
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

RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_mse_loss"
        return sffi::to_f64(sffi::mse_loss(input, target));
#line 699 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_nn_cross_entropy(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_nn_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_cross_entropy"
        return sffi::to_f64(at::cross_entropy_loss(input, target));
#line 720 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cross_entropy");
        return sffi::kNaN;
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
#line 741 "ops_4.cpp"
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

RT_TORCH_API void rt_torch_autograd_backward(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_backward(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_backward"
        handle.backward();
#line 762 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward");
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
#line 780 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_cpu"
        return sffi::new_tensor(handle.cpu());
#line 801 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cpu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cpu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cpu");
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
#line 822 "ops_4.cpp"
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

RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchstream_sync"
        handle.synchronize();
#line 843 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync");
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
#line 861 "ops_4.cpp"
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

RT_TORCH_API int32_t rt_torch_error_code(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    try {
#line 7 "spec/torch_api.yaml@rt_torch_error_code"
        return sffi::to_i32(sffi::error_code());
#line 879 "ops_4.cpp"
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

RT_TORCH_API const char* rt_torch_error_message(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    try {
#line 7 "spec/torch_api.yaml@rt_torch_error_message"
        return sffi::text_result(sffi::error_message());
#line 897 "ops_4.cpp"
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

RT_TORCH_API void rt_torch_manual_seed(int64_t seed) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_manual_seed(int64_t seed_) noexcept {
    sffi::begin_call();
    try {
        const int64_t seed = seed_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_manual_seed"
        sffi::manual_seed(seed);
#line 918 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_manual_seed");
    } catch (...) {
        sffi::record_exception("rt_torch_manual_seed");
    }
}

RT_TORCH_API void rt_torch_set_num_threads(int32_t num_threads) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_set_num_threads(int32_t num_threads_) noexcept {
    sffi::begin_call();
    try {
        const int32_t num_threads = num_threads_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_set_num_threads"
        sffi::set_num_threads(num_threads);
#line 936 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (...) {
        sffi::record_exception("rt_torch_set_num_threads");
    }
}

RT_TORCH_API int32_t rt_torch_get_num_threads(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_get_num_threads(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "spec/torch_api.yaml@rt_torch_get_num_threads"
        return sffi::to_i32(sffi::get_num_threads());
#line 953 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_maximum"
        return sffi::new_tensor(at::maximum(handle, other));
#line 974 "ops_4.cpp"
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
#line 996 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_grad");
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
#line 1015 "ops_4.cpp"
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
#line 1034 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_tensor_");
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
#line 1053 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_");
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
#line 1071 "ops_4.cpp"
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
#line 1092 "ops_4.cpp"
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
#line 1116 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_eye_v2(int64_t n, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_eye_v2(int64_t n_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_eye_v2"
        return sffi::new_tensor(at::eye(n, at::TensorOptions().dtype(dtype).device(device)));
#line 1139 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_eye_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_eye_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_eye_v2");
        return 0;
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
#line 1164 "ops_4.cpp"
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
#line 1185 "ops_4.cpp"
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
#line 1208 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_std_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_std_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_std_correction"
        return sffi::new_tensor(at::std(input, dim, correction, keepdim));
#line 1232 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_correction");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_correction");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_correction");
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
#line 1254 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input, bool unbiased) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input_, bool unbiased_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_var_v2"
        return sffi::new_tensor(at::var(input, unbiased));
#line 1276 "ops_4.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input, const int64_t* dim, int64_t dim_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input_, const int64_t* dim_, int64_t dim_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze_dims"
        return sffi::new_tensor(at::squeeze(input, dim));
#line 1298 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_squeeze_dims");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_squeeze_dims");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_squeeze_dims");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool2d_with_indices"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1324 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input, int64_t target, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_mse_loss_v2"
        return sffi::new_tensor(sffi::mse_loss(input, target, reduction));
#line 1346 "ops_4.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss_v2");
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
#line 1367 "ops_4.cpp"
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

}  // extern "C"
