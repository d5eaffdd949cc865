// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 3 of 4: 50 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_tensor"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_arange_v2"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmax"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/argmin.h>)
#include <ATen/ops/argmin.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmin_v2"
#error "binds calls at::argmin, which this ATen does not have (no <ATen/ops/argmin.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_avg_pool2d_v2"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cat"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_chunk"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv2d_padding"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_cross_entropy_v2"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/dot.h>)
#include <ATen/ops/dot.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_dot"
#error "binds calls at::dot, which this ATen does not have (no <ATen/ops/dot.h>)"
#endif
#if __has_include(<ATen/ops/gelu.h>)
#include <ATen/ops/gelu.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_gelu_v2"
#error "binds calls at::gelu, which this ATen does not have (no <ATen/ops/gelu.h>)"
#endif
#if __has_include(<ATen/ops/imag.h>)
#include <ATen/ops/imag.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_imag"
#error "binds calls at::imag, which this ATen does not have (no <ATen/ops/imag.h>)"
#endif
#if __has_include(<ATen/ops/leaky_relu.h>)
#include <ATen/ops/leaky_relu.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_leaky_relu"
#error "binds calls at::leaky_relu, which this ATen does not have (no <ATen/ops/leaky_relu.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_svd"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_linspace_v2"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/log_softmax.h>)
#include <ATen/ops/log_softmax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_log_softmax_int"
#error "binds calls at::log_softmax, which this ATen does not have (no <ATen/ops/log_softmax.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_max"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_pool2d_v2"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/mul.h>)
#include <ATen/ops/mul.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul"
#error "binds calls at::mul, which this ATen does not have (no <ATen/ops/mul.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_neg"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
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
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_real"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/rsub.h>)
#include <ATen/ops/rsub.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_rsub_tensor"
#error "binds calls at::rsub, which this ATen does not have (no <ATen/ops/rsub.h>)"
#endif
#if __has_include(<ATen/ops/softmax.h>)
#include <ATen/ops/softmax.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_softmax_int"
#error "binds calls at::softmax, which this ATen does not have (no <ATen/ops/softmax.h>)"
#endif
#if __has_include(<ATen/ops/sqrt.h>)
#include <ATen/ops/sqrt.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sqrt"
#error "binds calls at::sqrt, which this ATen does not have (no <ATen/ops/sqrt.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_std_dim"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_sub"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/transpose.h>)
#include <ATen/ops/transpose.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_transpose"
#error "binds calls at::transpose, which this ATen does not have (no <ATen/ops/transpose.h>)"
#endif
#if __has_include(<ATen/ops/zeros.h>)
#include <ATen/ops/zeros.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_zeros_v2"
#error "binds calls at::zeros, which this ATen does not have (no <ATen/ops/zeros.h>)"
#endif

extern "C" {

RT_TORCH_API const char* rt_torch_version(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_version(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_version"
        return sffi::text_result(sffi::torch_version());
#line 211 "ops_3.cpp"
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
#line 232 "ops_3.cpp"
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
#line 253 "ops_3.cpp"
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
#line 274 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_sub"
        return sffi::new_tensor(at::sub(handle, other));
#line 295 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul"
        return sffi::new_tensor(at::mul(handle, other));
#line 316 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_neg"
        return sffi::new_tensor(at::neg(handle));
#line 337 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_neg");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_neg");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_neg");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sqrt(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sqrt(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sqrt"
        return sffi::new_tensor(at::sqrt(handle));
#line 358 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sqrt");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sqrt");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sqrt");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t handle, double negative_slope) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t handle_, double negative_slope_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double negative_slope = negative_slope_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_leaky_relu"
        return sffi::new_tensor(at::leaky_relu(handle, negative_slope));
#line 380 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_dot"
        return sffi::new_tensor(at::dot(handle, other));
#line 401 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dot");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t handle, int64_t dim0, int64_t dim1) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t handle_, int64_t dim0_, int64_t dim1_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim0 = dim0_;
        const int64_t dim1 = dim1_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_transpose"
        return sffi::new_tensor(at::transpose(handle, dim0, dim1));
#line 424 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_transpose");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_transpose");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_transpose");
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
#line 445 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_argmax"
        return sffi::new_tensor(at::argmax(handle, dim, keepdim));
#line 468 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argmax");
        return 0;
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
#line 489 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cat"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 511 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle_, int64_t chunks_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t chunks = chunks_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_chunk"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 534 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_chunk");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_chunk");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_chunk");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t handle, int32_t device_id, int64_t stream) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t handle_, int32_t device_id_, int64_t stream_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const c10::Stream stream = sffi::stream_arg(stream_, "stream");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_to_stream"
        return sffi::new_tensor(sffi::to_stream(handle, device_id, stream));
#line 557 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_stream");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_stream");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_stream");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchstream_query(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchstream_query(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchstream_query"
        return sffi::to_bool(handle.query());
#line 578 "ops_3.cpp"
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

RT_TORCH_API void rt_torch_torchstream_free(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchstream_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 7 "spec/torch_api.yaml@rt_torch_torchstream_free"
        sffi::free_stream(handle_);
#line 597 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_free");
    }
}

RT_TORCH_API void rt_torch_error_clear(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_error_clear(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_error_clear"
        sffi::error_clear();
#line 614 "ops_3.cpp"
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
#line 631 "ops_3.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_item"
        return sffi::to_f64(handle.item());
#line 652 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_item");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_item");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_item");
        return sffi::kNaN;
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
#line 673 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_imag"
        return sffi::new_tensor(at::imag(handle));
#line 694 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_imag");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_imag");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_imag");
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
#line 716 "ops_3.cpp"
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
#line 735 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcmul_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, double value) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle_, int64_t tensor1_, int64_t tensor2_, double value_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, tensor1, tensor2] = sffi::tensor_args<3>({handle_, tensor1_, tensor2_}, {"handle", "tensor1", "tensor2"});
        const double value = value_;
        const sffi::ExclusiveCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_addcdiv_"
        handle.addcdiv_(tensor1, tensor2, sffi::multiplier(value));
#line 754 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcdiv_");
    }
}

RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_zeros_v2"
        return sffi::new_tensor(at::zeros(size, at::TensorOptions().dtype(dtype).device(device)));
#line 774 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_zeros_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_zeros_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_zeros_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_rand_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_rand_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_rand_v2"
        return sffi::new_tensor(at::rand(size, at::TensorOptions().dtype(dtype).device(device)));
#line 797 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_rand_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_rand_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_rand_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_arange_v2(double end, int64_t end_int, int32_t end_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_arange_v2(double end_, int64_t end_int, int32_t end_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_arange_v2"
        return sffi::new_tensor(at::arange(end, at::TensorOptions().dtype(dtype).device(device)));
#line 820 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_arange_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_arange_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_arange_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_arange_start_step(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, double step, int64_t step_int, int32_t step_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_arange_start_step(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, double step_, int64_t step_int, int32_t step_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const c10::Scalar step = sffi::scalar_arg(step_, step_int, step_kind, "step");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_arange_start_step"
        return sffi::new_tensor(at::arange(start, end, step, at::TensorOptions().dtype(dtype).device(device)));
#line 845 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_arange_start_step");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_arange_start_step");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_arange_start_step");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_linspace_v2(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_linspace_v2(double start_, int64_t start_int, int32_t start_kind, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar start = sffi::scalar_arg(start_, start_int, start_kind, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_linspace_v2"
        return sffi::new_tensor(at::linspace(start, end, steps, at::TensorOptions().dtype(dtype).device(device)));
#line 870 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_linspace_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_linspace_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_linspace_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_add_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_add_tensor"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 892 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_tensor");
        return 0;
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
#line 915 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_rsub_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_rsub_tensor"
        return sffi::new_tensor(at::rsub(input, other, alpha));
#line 937 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rsub_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rsub_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rsub_tensor");
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
#line 959 "ops_3.cpp"
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
#line 981 "ops_3.cpp"
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
#line 1003 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_gelu_v2(int64_t input, const char* approximate) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_gelu_v2(int64_t input_, const char* approximate_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view approximate = sffi::enum_arg(approximate_, "approximate", {"none", "tanh"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_gelu_v2"
        return sffi::new_tensor(at::gelu(input, approximate));
#line 1025 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_gelu_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_gelu_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_gelu_v2");
        return 0;
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
#line 1048 "ops_3.cpp"
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
#line 1071 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svd(int64_t input, bool full_matrices, const char* driver, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svd(int64_t input_, bool full_matrices_, const char* driver_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool full_matrices = full_matrices_;
        const std::optional<std::string_view> driver = sffi::optional_enum_arg(driver_, "driver", {"gesvd", "gesvdj", "gesvda"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_svd"
        return sffi::write_tensors(out, out_capacity, at::linalg_svd(input, full_matrices, driver));
#line 1094 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_svd");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_svd");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_svd");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_other(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_max_other(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_max_other"
        return sffi::new_tensor(at::max(input, other));
#line 1115 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_other");
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
#line 1138 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_std_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_std_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_std_dim"
        return sffi::new_tensor(at::std(input, dim, unbiased, keepdim));
#line 1162 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv2d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv2d_padding(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const char* padding_, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const std::string_view padding = sffi::enum_arg(padding_, "padding", {"valid", "same"}, sffi::Code::other);
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv2d_padding"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 1188 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv2d_padding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv2d_padding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv2d_padding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool2d_v2(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_pool2d_v2"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1214 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_avg_pool2d_v2(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, bool count_include_pad_, int64_t divisor_override_, bool divisor_override_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const bool ceil_mode = ceil_mode_;
        const bool count_include_pad = count_include_pad_;
        const std::optional<int64_t> divisor_override = sffi::optional_arg(divisor_override_, divisor_override_present);
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_avg_pool2d_v2"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 1241 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool2d_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool2d_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool2d_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction, double label_smoothing) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_, double label_smoothing_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const double label_smoothing = label_smoothing_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_cross_entropy_v2"
        return sffi::new_tensor(at::cross_entropy_loss(input, target, weight, sffi::reduction_arg(reduction), ignore_index, label_smoothing));
#line 1266 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cross_entropy_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cross_entropy_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cross_entropy_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_layout(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_layout(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_to_dtype_layout"
        return sffi::new_tensor(input.to(at::TensorOptions().dtype(dtype).device(device), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1292 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_layout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_layout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype_layout");
        return 0;
    }
}

}  // extern "C"
