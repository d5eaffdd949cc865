// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 14 of 16: 38 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/amin.h>)
#include <ATen/ops/amin.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_amin"
#error "binds calls at::amin, which this ATen does not have (no <ATen/ops/amin.h>)"
#endif
#if __has_include(<ATen/ops/atan2.h>)
#include <ATen/ops/atan2.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_atan2"
#error "binds calls at::atan2, which this ATen does not have (no <ATen/ops/atan2.h>)"
#endif
#if __has_include(<ATen/ops/atleast_1d.h>)
#include <ATen/ops/atleast_1d.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_1d"
#error "binds calls at::atleast_1d, which this ATen does not have (no <ATen/ops/atleast_1d.h>)"
#endif
#if __has_include(<ATen/ops/cdist.h>)
#include <ATen/ops/cdist.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cdist"
#error "binds calls at::cdist, which this ATen does not have (no <ATen/ops/cdist.h>)"
#endif
#if __has_include(<ATen/ops/cosine_embedding_loss.h>)
#include <ATen/ops/cosine_embedding_loss.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_cosine_embedding_loss"
#error "binds calls at::cosine_embedding_loss, which this ATen does not have (no <ATen/ops/cosine_embedding_loss.h>)"
#endif
#if __has_include(<ATen/ops/div.h>)
#include <ATen/ops/div.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_div_scalar_mode"
#error "binds calls at::div, which this ATen does not have (no <ATen/ops/div.h>)"
#endif
#if __has_include(<ATen/ops/elu.h>)
#include <ATen/ops/elu.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_elu"
#error "binds calls at::elu, which this ATen does not have (no <ATen/ops/elu.h>)"
#endif
#if __has_include(<ATen/ops/hinge_embedding_loss.h>)
#include <ATen/ops/hinge_embedding_loss.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_hinge_embedding_loss"
#error "binds calls at::hinge_embedding_loss, which this ATen does not have (no <ATen/ops/hinge_embedding_loss.h>)"
#endif
#if __has_include(<ATen/ops/index.h>)
#include <ATen/ops/index.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_index_tensor"
#error "binds calls at::index, which this ATen does not have (no <ATen/ops/index.h>)"
#endif
#if __has_include(<ATen/ops/index_put.h>)
#include <ATen/ops/index_put.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_put"
#error "binds calls at::index_put, which this ATen does not have (no <ATen/ops/index_put.h>)"
#endif
#if __has_include(<ATen/ops/linalg_inv_ex.h>)
#include <ATen/ops/linalg_inv_ex.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_inv_ex"
#error "binds calls at::linalg_inv_ex, which this ATen does not have (no <ATen/ops/linalg_inv_ex.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_rank.h>)
#include <ATen/ops/linalg_matrix_rank.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor"
#error "binds calls at::linalg_matrix_rank, which this ATen does not have (no <ATen/ops/linalg_matrix_rank.h>)"
#endif
#if __has_include(<ATen/ops/linspace.h>)
#include <ATen/ops/linspace.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_tensor_linspace"
#error "binds calls at::linspace, which this ATen does not have (no <ATen/ops/linspace.h>)"
#endif
#if __has_include(<ATen/ops/matmul.h>)
#include <ATen/ops/matmul.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_matmul"
#error "binds calls at::matmul, which this ATen does not have (no <ATen/ops/matmul.h>)"
#endif
#if __has_include(<ATen/ops/median.h>)
#include <ATen/ops/median.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_median_dim"
#error "binds calls at::median, which this ATen does not have (no <ATen/ops/median.h>)"
#endif
#if __has_include(<ATen/ops/normal.h>)
#include <ATen/ops/normal.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_normal_float_tensor"
#error "binds calls at::normal, which this ATen does not have (no <ATen/ops/normal.h>)"
#endif
#if __has_include(<ATen/ops/randn.h>)
#include <ATen/ops/randn.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_randn_v2"
#error "binds calls at::randn, which this ATen does not have (no <ATen/ops/randn.h>)"
#endif
#if __has_include(<ATen/ops/scatter.h>)
#include <ATen/ops/scatter.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_value_reduce"
#error "binds calls at::scatter, which this ATen does not have (no <ATen/ops/scatter.h>)"
#endif
#if __has_include(<ATen/ops/select.h>)
#include <ATen/ops/select.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_select_int"
#error "binds calls at::select, which this ATen does not have (no <ATen/ops/select.h>)"
#endif
#if __has_include(<ATen/ops/slice.h>)
#include <ATen/ops/slice.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_slice"
#error "binds calls at::slice, which this ATen does not have (no <ATen/ops/slice.h>)"
#endif
#if __has_include(<ATen/ops/split_with_sizes.h>)
#include <ATen/ops/split_with_sizes.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_with_sizes"
#error "binds calls at::split_with_sizes, which this ATen does not have (no <ATen/ops/split_with_sizes.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_std"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/tril.h>)
#include <ATen/ops/tril.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_tril"
#error "binds calls at::tril, which this ATen does not have (no <ATen/ops/tril.h>)"
#endif
#if __has_include(<ATen/ops/upsample_bilinear2d.h>)
#include <ATen/ops/upsample_bilinear2d.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_nn_upsample_bilinear"
#error "binds calls at::upsample_bilinear2d, which this ATen does not have (no <ATen/ops/upsample_bilinear2d.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_tensor_linspace(double start, double end, int64_t steps) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_linspace(double start_, double end_, int64_t steps_) noexcept {
    sffi::begin_call();
    try {
        const double start = start_;
        const double end = end_;
        const int64_t steps = steps_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_tensor_linspace"
        return sffi::new_tensor(at::linspace(start, end, steps));
#line 166 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_linspace");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_linspace");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_linspace");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_matmul"
        return sffi::new_tensor(at::matmul(handle, other));
#line 187 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_matmul");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_matmul");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_matmul");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_std(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_std(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_std"
        return sffi::to_f64(at::std(handle));
#line 208 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_std");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_std");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_std");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle_, int64_t dim_, int64_t start_, int64_t end_, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t end = end_;
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_slice"
        return sffi::new_tensor(at::slice(handle, dim, start, end, step));
#line 233 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_slice");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_slice");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_slice");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle_, bool requires_grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const bool requires_grad = requires_grad_;
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_set_requires_grad"
        handle.requires_grad_(requires_grad);
#line 255 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_requires_grad");
    }
}

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_free"
        sffi::free_tensor(handle_);
#line 271 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_free");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle, double* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle_, double* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_data_f64"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 289 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_data_f64");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_data_f64");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_data_f64");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_torchstream_query_v2(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchstream_query_v2(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchstream_query_v2"
        return sffi::to_bool(handle.query());
#line 310 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_query_v2");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_query_v2");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_query_v2");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_randn_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_randn_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_randn_v2"
        return sffi::new_tensor(at::randn(size, at::TensorOptions().dtype(dtype).device(device)));
#line 333 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_randn_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_randn_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_randn_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar_mode(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar_mode(int64_t input_, double other_, int64_t other_int, int32_t other_kind, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_div_scalar_mode"
        return sffi::new_tensor(at::div(input, other, rounding_mode));
#line 356 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar_mode");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t input, int64_t dim, int64_t index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t input_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_select_int"
        return sffi::new_tensor(at::select(input, dim, index));
#line 379 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_select_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_select_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_select_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input, const int64_t* indices, int64_t indices_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input_, const int64_t* indices_, int64_t indices_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_index_tensor"
        return sffi::new_tensor(at::index(input, indices));
#line 401 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input_, int32_t device_type, int32_t device_index, int32_t dtype_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::Device device = sffi::device_arg(device_type, device_index, "device");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_to_device"
        return sffi::new_tensor(input.to(device, dtype.value_or(input.scalar_type()), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 427 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_device");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_device");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_device");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_amin(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_amin(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_amin"
        return sffi::new_tensor(at::amin(input, dim.value_or_empty(), keepdim));
#line 450 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_amin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_amin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_amin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_median_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_median_dim(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_median_dim"
        return sffi::write_tensors(out, out_capacity, at::median(input, dim, keepdim));
#line 473 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_median_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_median_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_median_dim");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_split_with_sizes(int64_t input, const int64_t* split_sizes, int64_t split_sizes_len, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_split_with_sizes(int64_t input_, const int64_t* split_sizes_, int64_t split_sizes_len, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef split_sizes = sffi::array_arg(split_sizes_, split_sizes_len, "split_sizes");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_with_sizes"
        return sffi::write_tensors(out, out_capacity, at::split_with_sizes(input, split_sizes, dim));
#line 496 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_split_with_sizes");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_split_with_sizes");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_split_with_sizes");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_1d"
        return sffi::new_tensor(at::atleast_1d(input));
#line 517 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tril(int64_t input, int64_t diagonal) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tril(int64_t input_, int64_t diagonal_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t diagonal = diagonal_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_tril"
        return sffi::new_tensor(at::tril(input, diagonal));
#line 539 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tril");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tril");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tril");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_view_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_view_as"
        return sffi::new_tensor(input.view_as(other));
#line 560 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_put(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_put(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t values_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, values] = sffi::tensor_args<2>({input_, values_}, {"input", "values"});
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const bool accumulate = accumulate_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_put"
        return sffi::new_tensor(at::index_put(input, indices, values, accumulate));
#line 583 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_put");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_put");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_put");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value_reduce(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind, const char* reduce) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value_reduce(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind, const char* reduce_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_scatter_value_reduce"
        return sffi::new_tensor(at::scatter(input, dim, index, value, reduce));
#line 607 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_value_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_normal_float_tensor(double mean, int64_t std_arg) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_normal_float_tensor(double mean_, int64_t std_arg_) noexcept {
    sffi::begin_call();
    try {
        const double mean = mean_;
        const at::Tensor std_arg = sffi::tensor_arg(std_arg_, "std_arg");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_normal_float_tensor"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 629 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_normal_float_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_normal_float_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_normal_float_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_double(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_double(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_double"
        return sffi::new_tensor(input.to(at::kDouble, false, false, sffi::memory_format_arg(memory_format)));
#line 651 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_double");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_double");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_double");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cdist(int64_t x1, int64_t x2, double p, const char* compute_mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cdist(int64_t x1_, int64_t x2_, double p_, const char* compute_mode_) noexcept {
    sffi::begin_call();
    try {
        const auto [x1, x2] = sffi::tensor_args<2>({x1_, x2_}, {"x1", "x2"});
        const double p = p_;
        const std::optional<std::string_view> compute_mode = sffi::optional_enum_arg(compute_mode_, "compute_mode", {"use_mm_for_euclid_dist_if_necessary", "use_mm_for_euclid_dist", "donot_use_mm_for_euclid_dist"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cdist"
        return sffi::new_tensor(at::cdist(x1, x2, p, compute_mode ? std::optional<int64_t>(*compute_mode == "use_mm_for_euclid_dist" ? 1 : *compute_mode == "donot_use_mm_for_euclid_dist" ? 2 : 0) : std::nullopt));
#line 674 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cdist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cdist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cdist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_inv_ex(int64_t a, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_inv_ex(int64_t a_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_inv_ex"
        return sffi::write_tensors(out, out_capacity, at::linalg_inv_ex(a, check_errors));
#line 696 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_inv_ex");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_inv_ex");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_inv_ex");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(int64_t input_, int64_t atol_, int64_t rtol_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> atol = sffi::optional_tensor_arg(atol_, "atol");
        const std::optional<at::Tensor> rtol = sffi::optional_tensor_arg(rtol_, "rtol");
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor"
        return sffi::new_tensor(at::linalg_matrix_rank(input, atol, rtol, hermitian));
#line 720 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atan2(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atan2(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_atan2"
        return sffi::new_tensor(at::atan2(input, other));
#line 741 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atan2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atan2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atan2");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_sub_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_sub_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_sub_scalar_"
        input.sub_(other, alpha);
#line 764 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_xor_scalar_"
        input.bitwise_xor_(other);
#line 783 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_xor_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_xor_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_left_shift_tensor_"
        input.bitwise_left_shift_(other);
#line 801 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_left_shift_tensor_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_elu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_elu(int64_t input_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_elu"
        return sffi::new_tensor(at::elu(input, alpha));
#line 820 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_elu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_elu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_elu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_hinge_embedding_loss(int64_t input, int64_t target, double margin, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_hinge_embedding_loss(int64_t input_, int64_t target_, double margin_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const double margin = margin_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_hinge_embedding_loss"
        return sffi::new_tensor(at::hinge_embedding_loss(input, target, margin, sffi::reduction_arg(reduction)));
#line 843 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_hinge_embedding_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_hinge_embedding_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_hinge_embedding_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_cosine_embedding_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_cosine_embedding_loss(int64_t input1_, int64_t input2_, int64_t target_, double margin_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input1, input2, target] = sffi::tensor_args<3>({input1_, input2_, target_}, {"input1", "input2", "target"});
        const double margin = margin_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_cosine_embedding_loss"
        return sffi::new_tensor(at::cosine_embedding_loss(input1, input2, target, margin, sffi::reduction_arg(reduction)));
#line 866 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cosine_embedding_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cosine_embedding_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cosine_embedding_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_upsample_bilinear(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_upsample_bilinear(int64_t input_, const int64_t* size_, int64_t size_len, bool size_present, const double* scale_factor_, int64_t scale_factor_len, bool scale_factor_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::OptionalIntArrayRef size = sffi::optional_array_arg(size_, size_len, size_present, "size");
        const c10::OptionalArrayRef<double> scale_factor = sffi::optional_array_arg(scale_factor_, scale_factor_len, scale_factor_present, "scale_factor");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_nn_upsample_bilinear"
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
    TORCH_CHECK_NOT_IMPLEMENTED(input.dim() == 4, "Got ", input.dim(), "D input, but bilinear mode needs 4D input");
    return at::upsample_bilinear2d(input, out, true, sc);
}());
#line 910 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_upsample_bilinear");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_upsample_bilinear");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_upsample_bilinear");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_autograd_is_leaf(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_autograd_is_leaf(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_is_leaf"
        return sffi::to_bool(handle.is_leaf());
#line 931 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_is_leaf");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_is_leaf");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_is_leaf");
        return false;
    }
}

RT_TORCH_API void rt_torch_jit_module_free(int64_t module) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_jit_module_free(int64_t module_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_jit_module_free"
        sffi::free_module(module);
#line 952 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_module_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_module_free");
    } catch (...) {
        sffi::record_exception("rt_torch_jit_module_free");
    }
}

RT_TORCH_API int64_t rt_torch_jit_run_method(int64_t module, const char* method, const int64_t* inputs, int64_t inputs_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_jit_run_method(int64_t module_, const char* method_, const int64_t* inputs_, int64_t inputs_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const std::string_view method = sffi::text_arg(method_, "method");
        const std::vector<at::Tensor> inputs = sffi::tensor_list_arg(inputs_, inputs_len, "inputs");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_jit_run_method"
        return sffi::write_tensors(out, out_capacity, sffi::jit_run_method(module, method, inputs));
#line 972 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_run_method");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_run_method");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_run_method");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_autograd_function_apply(const int64_t* inputs, int64_t inputs_len, const int64_t* outputs, int64_t outputs_len, const int64_t* to_save, int64_t to_save_len, const int64_t* non_differentiable, int64_t non_differentiable_len, const int64_t* dirty, int64_t dirty_len, bool materialize_grads, const char* name, int64_t backward, int64_t user_data, int64_t free_user_data, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_autograd_function_apply(const int64_t* inputs_, int64_t inputs_len, const int64_t* outputs_, int64_t outputs_len, const int64_t* to_save_, int64_t to_save_len, const int64_t* non_differentiable_, int64_t non_differentiable_len, const int64_t* dirty_, int64_t dirty_len, bool materialize_grads_, const char* name_, int64_t backward_, int64_t user_data_, int64_t free_user_data_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> inputs = sffi::tensor_list_arg(inputs_, inputs_len, "inputs");
        const std::vector<at::Tensor> outputs = sffi::tensor_list_arg(outputs_, outputs_len, "outputs");
        const c10::List<std::optional<at::Tensor>> to_save = sffi::optional_tensor_list_arg(to_save_, to_save_len, "to_save");
        const std::vector<at::Tensor> non_differentiable = sffi::tensor_list_arg(non_differentiable_, non_differentiable_len, "non_differentiable");
        const std::vector<at::Tensor> dirty = sffi::tensor_list_arg(dirty_, dirty_len, "dirty");
        const bool materialize_grads = materialize_grads_;
        const std::optional<std::string_view> name = sffi::optional_text_arg(name_);
        const int64_t backward = backward_;
        const int64_t user_data = user_data_;
        const int64_t free_user_data = free_user_data_;
        const sffi::SharedCall call_lock;
#line 19 "spec/torch_api.yaml@rt_torch_autograd_function_apply"
        return sffi::write_tensors(out, out_capacity, sffi::custom_function_apply(inputs, outputs, to_save, non_differentiable, dirty, materialize_grads, name, backward, user_data, free_user_data, out_capacity));
#line 1002 "ops_14.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_function_apply");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_function_apply");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_function_apply");
        return -1;
    }
}

}  // extern "C"
