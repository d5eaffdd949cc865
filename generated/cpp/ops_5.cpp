// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 5 of 16: 45 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/adaptive_max_pool1d.h>)
#include <ATen/ops/adaptive_max_pool1d.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool1d"
#error "binds calls at::adaptive_max_pool1d, which this ATen does not have (no <ATen/ops/adaptive_max_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/addmm.h>)
#include <ATen/ops/addmm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addmm"
#error "binds calls at::addmm, which this ATen does not have (no <ATen/ops/addmm.h>)"
#endif
#if __has_include(<ATen/ops/atleast_3d.h>)
#include <ATen/ops/atleast_3d.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_3d_sequence"
#error "binds calls at::atleast_3d, which this ATen does not have (no <ATen/ops/atleast_3d.h>)"
#endif
#if __has_include(<ATen/ops/binary_cross_entropy_with_logits.h>)
#include <ATen/ops/binary_cross_entropy_with_logits.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_binary_cross_entropy_with_logits"
#error "binds calls at::binary_cross_entropy_with_logits, which this ATen does not have (no <ATen/ops/binary_cross_entropy_with_logits.h>)"
#endif
#if __has_include(<ATen/ops/cosine_similarity.h>)
#include <ATen/ops/cosine_similarity.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_cosine_similarity"
#error "binds calls at::cosine_similarity, which this ATen does not have (no <ATen/ops/cosine_similarity.h>)"
#endif
#if __has_include(<ATen/ops/diagflat.h>)
#include <ATen/ops/diagflat.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_diagflat"
#error "binds calls at::diagflat, which this ATen does not have (no <ATen/ops/diagflat.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div_scalar"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/index_fill.h>)
#include <ATen/ops/index_fill.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_fill_int_scalar"
#error "binds calls at::index_fill, which this ATen does not have (no <ATen/ops/index_fill.h>)"
#endif
#if __has_include(<ATen/ops/isreal.h>)
#include <ATen/ops/isreal.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isreal"
#error "binds calls at::isreal, which this ATen does not have (no <ATen/ops/isreal.h>)"
#endif
#if __has_include(<ATen/ops/linalg_inv.h>)
#include <ATen/ops/linalg_inv.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_inverse"
#error "binds calls at::linalg_inv, which this ATen does not have (no <ATen/ops/linalg_inv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lu_factor_ex.h>)
#include <ATen/ops/linalg_lu_factor_ex.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu_factor_ex"
#error "binds calls at::linalg_lu_factor_ex, which this ATen does not have (no <ATen/ops/linalg_lu_factor_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_slogdet.h>)
#include <ATen/ops/linalg_slogdet.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_slogdet"
#error "binds calls at::linalg_slogdet, which this ATen does not have (no <ATen/ops/linalg_slogdet.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svdvals.h>)
#include <ATen/ops/linalg_svdvals.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_svdvals"
#error "binds calls at::linalg_svdvals, which this ATen does not have (no <ATen/ops/linalg_svdvals.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linspace_tensor_scalar"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/log.h>)
#include <ATen/ops/log.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log"
#error "binds calls at::log, which this ATen does not have (no <ATen/ops/log.h>)"
#endif
#if __has_include(<ATen/ops/logit.h>)
#include <ATen/ops/logit.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logit"
#error "binds calls at::logit, which this ATen does not have (no <ATen/ops/logit.h>)"
#endif
#if __has_include(<ATen/ops/masked_fill.h>)
#include <ATen/ops/masked_fill.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_fill_scalar"
#error "binds calls at::masked_fill, which this ATen does not have (no <ATen/ops/masked_fill.h>)"
#endif
#if __has_include(<ATen/ops/min.h>)
#include <ATen/ops/min.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_min_dim_v2"
#error "binds calls at::min, which this ATen does not have (no <ATen/ops/min.h>)"
#endif
#if __has_include(<ATen/ops/nan_to_num.h>)
#include <ATen/ops/nan_to_num.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_nan_to_num"
#error "binds calls at::nan_to_num, which this ATen does not have (no <ATen/ops/nan_to_num.h>)"
#endif
#if __has_include(<ATen/ops/ne.h>)
#include <ATen/ops/ne.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ne_scalar"
#error "binds calls at::ne, which this ATen does not have (no <ATen/ops/ne.h>)"
#endif
#if __has_include(<ATen/ops/nonzero_numpy.h>)
#include <ATen/ops/nonzero_numpy.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nonzero_numpy"
#error "binds calls at::nonzero_numpy, which this ATen does not have (no <ATen/ops/nonzero_numpy.h>)"
#endif
#if __has_include(<ATen/ops/put.h>)
#include <ATen/ops/put.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_put"
#error "binds calls at::put, which this ATen does not have (no <ATen/ops/put.h>)"
#endif
#if __has_include(<ATen/ops/relu.h>)
#include <ATen/ops/relu.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_relu"
#error "binds calls at::relu, which this ATen does not have (no <ATen/ops/relu.h>)"
#endif
#if __has_include(<ATen/ops/scatter_add.h>)
#include <ATen/ops/scatter_add.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_add"
#error "binds calls at::scatter_add, which this ATen does not have (no <ATen/ops/scatter_add.h>)"
#endif
#if __has_include(<ATen/ops/scatter_reduce.h>)
#include <ATen/ops/scatter_reduce.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_reduce_two"
#error "binds calls at::scatter_reduce, which this ATen does not have (no <ATen/ops/scatter_reduce.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_sub_tensor"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sum_all"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/svd.h>)
#include <ATen/ops/svd.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_svd_v2"
#error "binds calls at::svd, which this ATen does not have (no <ATen/ops/svd.h>)"
#endif
#if __has_include(<ATen/ops/take_along_dim.h>)
#include <ATen/ops/take_along_dim.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_take_along_dim"
#error "binds calls at::take_along_dim, which this ATen does not have (no <ATen/ops/take_along_dim.h>)"
#endif
#if __has_include(<ATen/ops/trapezoid.h>)
#include <ATen/ops/trapezoid.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_trapezoid_x"
#error "binds calls at::trapezoid, which this ATen does not have (no <ATen/ops/trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/triangular_solve.h>)
#include <ATen/ops/triangular_solve.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_triangular_solve"
#error "binds calls at::triangular_solve, which this ATen does not have (no <ATen/ops/triangular_solve.h>)"
#endif
#if __has_include(<ATen/ops/where.h>)
#include <ATen/ops/where.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_scalarother"
#error "binds calls at::where, which this ATen does not have (no <ATen/ops/where.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_log(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_log(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_log"
        return sffi::new_tensor(at::log(handle));
#line 212 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_relu(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_relu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_relu"
        return sffi::new_tensor(at::relu(handle));
#line 233 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_relu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_relu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_relu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_inverse(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_inverse(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_inverse"
        return sffi::new_tensor(at::linalg_inv(handle));
#line 254 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_inverse");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_inverse");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_inverse");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_view(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_view"
        return sffi::new_tensor(handle.contiguous().view(dims));
#line 276 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_stream_create"
        return sffi::new_stream(sffi::stream_from_pool(device_id));
#line 297 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_stream_create");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_stream_create");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_stream_create");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_live_handles(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_live_handles"
        return sffi::to_i64(sffi::live_handles());
#line 317 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_live_handles");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle_) noexcept {
    try {
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_release"
        return sffi::to_bool(sffi::release_tensor(handle_));
#line 335 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_release");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_release");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_release");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_all(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sum_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sum_all"
        return sffi::new_tensor(at::sum(handle));
#line 356 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sum_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sum_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sum_all");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div_scalar"
        return sffi::new_tensor(at::div(handle, scalar));
#line 378 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sub_tensor(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_sub_tensor"
        return sffi::new_tensor(at::sub(input, other, alpha));
#line 400 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_tensor_mode(int64_t input, int64_t other, const char* rounding_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_div_tensor_mode(int64_t input_, int64_t other_, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_div_tensor_mode"
        return sffi::new_tensor(at::div(input, other, rounding_mode));
#line 422 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_tensor_mode");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim_v2(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_min_dim_v2(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_min_dim_v2"
        return sffi::write_tensors(out, out_capacity, at::min(input, dim, keepdim));
#line 445 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_min_dim_v2");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_min_dim_v2");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_min_dim_v2");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d_sequence(const int64_t* tensors_, int64_t tensors_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_3d_sequence"
        return sffi::write_tensors(out, out_capacity, at::atleast_3d(tensors));
#line 466 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_3d_sequence");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_3d_sequence");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_3d_sequence");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagflat(int64_t input, int64_t offset) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_diagflat(int64_t input_, int64_t offset_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t offset = offset_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_diagflat"
        return sffi::new_tensor(at::diagflat(input, offset));
#line 488 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diagflat");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diagflat");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diagflat");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_scalar(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_scalar(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_fill_int_scalar"
        return sffi::new_tensor(at::index_fill(input, dim, index, value));
#line 511 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_fill_int_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_add(int64_t input, int64_t dim, int64_t index, int64_t src) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_add(int64_t input_, int64_t dim_, int64_t index_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_add"
        return sffi::new_tensor(at::scatter_add(input, dim, index, src));
#line 533 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_add");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce_two(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce, bool include_self) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce_two(int64_t input_, int64_t dim_, int64_t index_, int64_t src_, const char* reduce_, bool include_self_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const bool include_self = include_self_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_reduce_two"
        return sffi::new_tensor(at::scatter_reduce(input, dim, index, src, reduce, include_self));
#line 557 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce_two");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce_two");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_reduce_two");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_take_along_dim(int64_t input, int64_t indices, int64_t dim, bool dim_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_take_along_dim(int64_t input_, int64_t indices_, int64_t dim_, bool dim_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_take_along_dim"
        return sffi::new_tensor(at::take_along_dim(input, indices, dim));
#line 579 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_take_along_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_take_along_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_take_along_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_put(int64_t input, int64_t index, int64_t source, bool accumulate) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_put(int64_t input_, int64_t index_, int64_t source_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const bool accumulate = accumulate_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_put"
        return sffi::new_tensor(at::put(input, index, source, accumulate));
#line 601 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_put");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_put");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_put");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero_numpy(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nonzero_numpy(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_nonzero_numpy"
        return sffi::write_tensors(out, out_capacity, at::nonzero_numpy(input));
#line 622 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nonzero_numpy");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nonzero_numpy");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nonzero_numpy");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_ones(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_new_ones(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_new_ones"
        return sffi::new_tensor(input.new_ones(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 646 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_ones");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_ones");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_ones");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_int(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_int(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_int"
        return sffi::new_tensor(input.to(at::kInt, false, false, sffi::memory_format_arg(memory_format)));
#line 668 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_addmm(int64_t input, int64_t mat1, int64_t mat2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_addmm(int64_t input_, int64_t mat1_, int64_t mat2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mat1, mat2] = sffi::tensor_args<3>({input_, mat1_, mat2_}, {"input", "mat1", "mat2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_addmm"
        return sffi::new_tensor(at::addmm(input, mat1, mat2, beta, alpha));
#line 691 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addmm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addmm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addmm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_svd_v2(int64_t input, bool some, bool compute_uv, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_svd_v2(int64_t input_, bool some_, bool compute_uv_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool some = some_;
        const bool compute_uv = compute_uv_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_svd_v2"
        return sffi::write_tensors(out, out_capacity, at::svd(input, some, compute_uv));
#line 714 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_svd_v2");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_svd_v2");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_svd_v2");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_triangular_solve(int64_t input, int64_t a, bool upper, bool transpose, bool unitriangular, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_triangular_solve(int64_t input_, int64_t a_, bool upper_, bool transpose_, bool unitriangular_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [input, a] = sffi::tensor_args<2>({input_, a_}, {"input", "a"});
        const bool upper = upper_;
        const bool transpose = transpose_;
        const bool unitriangular = unitriangular_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_triangular_solve"
        return sffi::write_tensors(out, out_capacity, at::triangular_solve(input, a, upper, transpose, unitriangular));
#line 738 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_triangular_solve");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_triangular_solve");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_triangular_solve");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_x(int64_t y, int64_t x, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_trapezoid_x"
        return sffi::new_tensor(at::trapezoid(y, x, dim));
#line 760 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trapezoid_x");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trapezoid_x");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trapezoid_x");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_slogdet(int64_t a, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_slogdet(int64_t a_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_slogdet"
        return sffi::write_tensors(out, out_capacity, at::linalg_slogdet(a));
#line 781 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_slogdet");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_slogdet");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_slogdet");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor_ex(int64_t a, bool pivot, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor_ex(int64_t a_, bool pivot_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const bool pivot = pivot_;
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lu_factor_ex"
        return sffi::write_tensors(out, out_capacity, at::linalg_lu_factor_ex(a, pivot, check_errors));
#line 804 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_factor_ex");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lu_factor_ex");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lu_factor_ex");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svdvals(int64_t a, const char* driver) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svdvals(int64_t a_, const char* driver_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const std::optional<std::string_view> driver = sffi::optional_enum_arg(driver_, "driver", {"gesvd", "gesvdj", "gesvda"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_svdvals"
        return sffi::new_tensor(at::linalg_svdvals(a, driver));
#line 826 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_svdvals");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_svdvals");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_svdvals");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_logit(int64_t input, double eps, bool eps_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_logit(int64_t input_, double eps_, bool eps_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<double> eps = sffi::optional_arg(eps_, eps_present);
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_logit"
        return sffi::new_tensor(at::logit(input, eps));
#line 848 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_logit");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_logit");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_logit");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nan_to_num(int64_t input, double nan, bool nan_present, double posinf, bool posinf_present, double neginf, bool neginf_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_nan_to_num(int64_t input_, double nan_, bool nan_present, double posinf_, bool posinf_present, double neginf_, bool neginf_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<double> nan = sffi::optional_arg(nan_, nan_present);
        const std::optional<double> posinf = sffi::optional_arg(posinf_, posinf_present);
        const std::optional<double> neginf = sffi::optional_arg(neginf_, neginf_present);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_nan_to_num"
        return sffi::new_tensor(at::nan_to_num(input, nan, posinf, neginf));
#line 872 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nan_to_num");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nan_to_num");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nan_to_num");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ne_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ne_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ne_scalar"
        return sffi::new_tensor(at::ne(input, other));
#line 894 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ne_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ne_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ne_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isreal(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isreal(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isreal"
        return sffi::new_tensor(at::isreal(input));
#line 915 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isreal");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isreal");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isreal");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarother(int64_t condition, int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarother(int64_t condition_, int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [condition, input] = sffi::tensor_args<2>({condition_, input_}, {"condition", "input"});
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_scalarother"
        return sffi::new_tensor(at::where(condition, input, other));
#line 937 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_where_scalarother");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_where_scalarother");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_where_scalarother");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_scalar(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_scalar(int64_t input_, int64_t mask_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask] = sffi::tensor_args<2>({input_, mask_}, {"input", "mask"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_masked_fill_scalar"
        return sffi::new_tensor(at::masked_fill(input, mask, value));
#line 959 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_scalar");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_div_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div_scalar_"
        input.div_(other);
#line 981 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_and_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_and_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_and_scalar_"
        input.bitwise_and_(other);
#line 1000 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_and_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_and_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_"
        input.bitwise_left_shift_(other);
#line 1019 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_");
    }
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_with_logits(int64_t input, int64_t target, int64_t weight, const char* reduction, int64_t pos_weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_with_logits(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_, int64_t pos_weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const std::optional<at::Tensor> pos_weight = sffi::optional_tensor_arg(pos_weight_, "pos_weight");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_binary_cross_entropy_with_logits"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(target.sizes() == input.sizes(), "Target size (torch.Size(", target.sizes(),
                      ")) must be the same as input size (torch.Size(", input.sizes(), "))");
    return at::binary_cross_entropy_with_logits(input, target, weight, pos_weight, sffi::reduction_arg(reduction));
}());
#line 1044 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_with_logits");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_with_logits");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy_with_logits");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 1, "output_size");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_adaptive_max_pool1d"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool1d(input, output_size)));
#line 1066 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_cosine_similarity(int64_t x1, int64_t x2, int64_t dim, double eps) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_cosine_similarity(int64_t x1_, int64_t x2_, int64_t dim_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const auto [x1, x2] = sffi::tensor_args<2>({x1_, x2_}, {"x1", "x2"});
        const int64_t dim = dim_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_cosine_similarity"
        return sffi::new_tensor(at::cosine_similarity(x1, x2, dim, eps));
#line 1089 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cosine_similarity");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cosine_similarity");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cosine_similarity");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_scalar(int64_t start, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_scalar(int64_t start_, double end_, int64_t end_int, int32_t end_kind, int64_t steps_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor start = sffi::tensor_arg(start_, "start");
        const c10::Scalar end = sffi::scalar_arg(end_, end_int, end_kind, "end");
        const int64_t steps = steps_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_linspace_tensor_scalar"
        return sffi::new_tensor(at::linspace(start, end, steps, dtype, ::std::nullopt, device, ::std::nullopt));
#line 1114 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linspace_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linspace_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linspace_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_jit_module_release(int64_t module) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_jit_module_release(int64_t module_) noexcept {
    try {
        const int64_t module = module_;
#line 7 "spec/torch_api.yaml@rt_torch_jit_module_release"
        return sffi::to_bool(sffi::release_module(module));
#line 1133 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_module_release");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_module_release");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_module_release");
        return false;
    }
}

RT_TORCH_API void rt_torch_autocast_begin(const char* device_type, int32_t dtype, bool enabled, bool cache_enabled, bool cache_enabled_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autocast_begin(const char* device_type_, int32_t dtype_, bool enabled_, bool cache_enabled_, bool cache_enabled_present) noexcept {
    sffi::begin_call();
    try {
        const std::string_view device_type = sffi::enum_arg(device_type_, "device_type", {"cpu", "cuda"}, sffi::Code::other);
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const bool enabled = enabled_;
        const std::optional<bool> cache_enabled = sffi::optional_arg(cache_enabled_, cache_enabled_present);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_autocast_begin"
        sffi::autocast_begin(device_type, dtype, enabled, cache_enabled);
#line 1157 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autocast_begin");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autocast_begin");
    } catch (...) {
        sffi::record_exception("rt_torch_autocast_begin");
    }
}

RT_TORCH_API void rt_torch_autograd_grad_mode_end(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_grad_mode_end(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_autograd_grad_mode_end"
        sffi::grad_mode_end();
#line 1174 "ops_5.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_grad_mode_end");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_grad_mode_end");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_grad_mode_end");
    }
}

}  // extern "C"
