// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 6 of 16: 50 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/asinh.h>)
#include <ATen/ops/asinh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_asinh"
#error "binds calls at::asinh, which this ATen does not have (no <ATen/ops/asinh.h>)"
#endif
#if __has_include(<ATen/ops/baddbmm.h>)
#include <ATen/ops/baddbmm.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_baddbmm"
#error "binds calls at::baddbmm, which this ATen does not have (no <ATen/ops/baddbmm.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_left_shift.h>)
#include <ATen/ops/bitwise_left_shift.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_left_shift_tensor_scalar"
#error "binds calls at::bitwise_left_shift, which this ATen does not have (no <ATen/ops/bitwise_left_shift.h>)"
#endif
#if __has_include(<ATen/ops/celu.h>)
#include <ATen/ops/celu.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_celu"
#error "binds calls at::celu, which this ATen does not have (no <ATen/ops/celu.h>)"
#endif
#if __has_include(<ATen/ops/clamp_max.h>)
#include <ATen/ops/clamp_max.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_max"
#error "binds calls at::clamp_max, which this ATen does not have (no <ATen/ops/clamp_max.h>)"
#endif
#if __has_include(<ATen/ops/clamp_min.h>)
#include <ATen/ops/clamp_min.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_min"
#error "binds calls at::clamp_min, which this ATen does not have (no <ATen/ops/clamp_min.h>)"
#endif
#if __has_include(<ATen/ops/conv1d.h>)
#include <ATen/ops/conv1d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv1d_padding"
#error "binds calls at::conv1d, which this ATen does not have (no <ATen/ops/conv1d.h>)"
#endif
#if __has_include(<ATen/ops/conv_transpose3d.h>)
#include <ATen/ops/conv_transpose3d.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_conv_transpose3d"
#error "binds calls at::conv_transpose3d, which this ATen does not have (no <ATen/ops/conv_transpose3d.h>)"
#endif
#if __has_include(<ATen/ops/count_nonzero.h>)
#include <ATen/ops/count_nonzero.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_count_nonzero_dim_intlist"
#error "binds calls at::count_nonzero, which this ATen does not have (no <ATen/ops/count_nonzero.h>)"
#endif
#if __has_include(<ATen/ops/flatten.h>)
#include <ATen/ops/flatten.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_flatten"
#error "binds calls at::flatten, which this ATen does not have (no <ATen/ops/flatten.h>)"
#endif
#if __has_include(<ATen/ops/ge.h>)
#include <ATen/ops/ge.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ge_tensor"
#error "binds calls at::ge, which this ATen does not have (no <ATen/ops/ge.h>)"
#endif
#if __has_include(<ATen/ops/hardsigmoid.h>)
#include <ATen/ops/hardsigmoid.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_hardsigmoid"
#error "binds calls at::hardsigmoid, which this ATen does not have (no <ATen/ops/hardsigmoid.h>)"
#endif
#if __has_include(<ATen/ops/hstack.h>)
#include <ATen/ops/hstack.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_hstack"
#error "binds calls at::hstack, which this ATen does not have (no <ATen/ops/hstack.h>)"
#endif
#if __has_include(<ATen/ops/isin.h>)
#include <ATen/ops/isin.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isin_tensor_scalar"
#error "binds calls at::isin, which this ATen does not have (no <ATen/ops/isin.h>)"
#endif
#if __has_include(<ATen/ops/isinf.h>)
#include <ATen/ops/isinf.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isinf"
#error "binds calls at::isinf, which this ATen does not have (no <ATen/ops/isinf.h>)"
#endif
#if __has_include(<ATen/ops/linalg_diagonal.h>)
#include <ATen/ops/linalg_diagonal.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_diagonal"
#error "binds calls at::linalg_diagonal, which this ATen does not have (no <ATen/ops/linalg_diagonal.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigh.h>)
#include <ATen/ops/linalg_eigh.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigh"
#error "binds calls at::linalg_eigh, which this ATen does not have (no <ATen/ops/linalg_eigh.h>)"
#endif
#if __has_include(<ATen/ops/linalg_ldl_solve.h>)
#include <ATen/ops/linalg_ldl_solve.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_ldl_solve"
#error "binds calls at::linalg_ldl_solve, which this ATen does not have (no <ATen/ops/linalg_ldl_solve.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_rank.h>)
#include <ATen/ops/linalg_matrix_rank.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_rank_tol_tensor"
#error "binds calls at::linalg_matrix_rank, which this ATen does not have (no <ATen/ops/linalg_matrix_rank.h>)"
#endif
#if __has_include(<ATen/ops/linalg_pinv.h>)
#include <ATen/ops/linalg_pinv.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv_atol_rtol_float"
#error "binds calls at::linalg_pinv, which this ATen does not have (no <ATen/ops/linalg_pinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_qr.h>)
#include <ATen/ops/linalg_qr.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_qr"
#error "binds calls at::linalg_qr, which this ATen does not have (no <ATen/ops/linalg_qr.h>)"
#endif
#if __has_include(<ATen/ops/masked_select.h>)
#include <ATen/ops/masked_select.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_masked_select"
#error "binds calls at::masked_select, which this ATen does not have (no <ATen/ops/masked_select.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_max_all"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_mean_dim_v2"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/ones.h>)
#include <ATen/ops/ones.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_ones_v2"
#error "binds calls at::ones, which this ATen does not have (no <ATen/ops/ones.h>)"
#endif
#if __has_include(<ATen/ops/prod.h>)
#include <ATen/ops/prod.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_prod_dim_int"
#error "binds calls at::prod, which this ATen does not have (no <ATen/ops/prod.h>)"
#endif
#if __has_include(<ATen/ops/rad2deg.h>)
#include <ATen/ops/rad2deg.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_rad2deg"
#error "binds calls at::rad2deg, which this ATen does not have (no <ATen/ops/rad2deg.h>)"
#endif
#if __has_include(<ATen/ops/rand_like.h>)
#include <ATen/ops/rand_like.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_rand_like"
#error "binds calls at::rand_like, which this ATen does not have (no <ATen/ops/rand_like.h>)"
#endif
#if __has_include(<ATen/ops/round.h>)
#include <ATen/ops/round.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_round"
#error "binds calls at::round, which this ATen does not have (no <ATen/ops/round.h>)"
#endif
#if __has_include(<ATen/ops/softmax.h>)
#include <ATen/ops/softmax.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_softmax"
#error "binds calls at::softmax, which this ATen does not have (no <ATen/ops/softmax.h>)"
#endif
#if __has_include(<ATen/ops/squeeze.h>)
#include <ATen/ops/squeeze.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze_dim"
#error "binds calls at::squeeze, which this ATen does not have (no <ATen/ops/squeeze.h>)"
#endif
#if __has_include(<ATen/ops/sub.h>)
#include <ATen/ops/sub.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tanhshrink"
#error "binds calls at::sub, which this ATen does not have (no <ATen/ops/sub.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_sum_dim_intlist"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/t.h>)
#include <ATen/ops/t.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_t"
#error "binds calls at::t, which this ATen does not have (no <ATen/ops/t.h>)"
#endif
#if __has_include(<ATen/ops/tanh.h>)
#include <ATen/ops/tanh.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tanhshrink"
#error "binds calls at::tanh, which this ATen does not have (no <ATen/ops/tanh.h>)"
#endif
#if __has_include(<ATen/ops/tensor_split.h>)
#include <ATen/ops/tensor_split.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_tensor_split_tensor_indices_or_sections"
#error "binds calls at::tensor_split, which this ATen does not have (no <ATen/ops/tensor_split.h>)"
#endif
#if __has_include(<ATen/ops/threshold.h>)
#include <ATen/ops/threshold.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_threshold"
#error "binds calls at::threshold, which this ATen does not have (no <ATen/ops/threshold.h>)"
#endif
#if __has_include(<ATen/ops/vstack.h>)
#include <ATen/ops/vstack.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_vstack"
#error "binds calls at::vstack, which this ATen does not have (no <ATen/ops/vstack.h>)"
#endif
#if __has_include(<ATen/ops/xlogy.h>)
#include <ATen/ops/xlogy.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_xlogy_scalar_other"
#error "binds calls at::xlogy, which this ATen does not have (no <ATen/ops/xlogy.h>)"
#endif
#if __has_include(<ATen/ops/zeros.h>)
#include <ATen/ops/zeros.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_tensor_zeros"
#error "binds calls at::zeros, which this ATen does not have (no <ATen/ops/zeros.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_tensor_zeros"
        return sffi::new_tensor(at::zeros(dims));
#line 260 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_zeros");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_zeros");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_zeros");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmax(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_softmax(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_softmax"
        return sffi::new_tensor(at::softmax(handle, dim));
#line 282 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softmax");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softmax");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softmax");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_t(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_t(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_t"
        return sffi::new_tensor(at::t(handle));
#line 303 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_t");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_t");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_t");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dim(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dim(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze_dim"
        return sffi::new_tensor(at::squeeze(handle, dim));
#line 325 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_squeeze_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_squeeze_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_squeeze_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_flatten(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_flatten(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_flatten"
        return sffi::new_tensor(at::flatten(handle));
#line 346 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_flatten");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_flatten");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_flatten");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t handle, int32_t device_id) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t handle_, int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_cuda"
        return sffi::new_tensor(sffi::to_cuda(handle, device_id));
#line 368 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cuda");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cuda");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cuda");
        return 0;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_device"
        return sffi::to_i32(handle.get_device());
#line 389 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_device");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_device");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_device");
        return -1;
    }
}

RT_TORCH_API void rt_torch_dlpack_free(int64_t address, bool versioned) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dlpack_free(int64_t address_, bool versioned_) noexcept {
    sffi::begin_call();
    try {
        const int64_t address = address_;
        const bool versioned = versioned_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_dlpack_free"
        sffi::dlpack_free(address, versioned);
#line 411 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dlpack_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dlpack_free");
    } catch (...) {
        sffi::record_exception("rt_torch_dlpack_free");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_all(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_max_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_max_all"
        return sffi::new_tensor(at::max(handle));
#line 429 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_all");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_all");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_all");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_mul_scalar_(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mul_scalar_"
        handle.mul_(scalar);
#line 451 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_");
    }
}

RT_TORCH_API int64_t rt_torch_tensor_ones_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_ones_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_tensor_ones_v2"
        return sffi::new_tensor(at::ones(size, at::TensorOptions().dtype(dtype).device(device)));
#line 471 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_ones_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_ones_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_ones_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_sum_dim_intlist"
        return sffi::new_tensor(at::sum(input, dim, keepdim, dtype));
#line 495 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sum_dim_intlist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sum_dim_intlist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sum_dim_intlist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim_v2(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim_v2(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_mean_dim_v2"
        return sffi::new_tensor(at::mean(input, dim, keepdim, dtype));
#line 519 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mean_dim_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mean_dim_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mean_dim_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_prod_dim_int(int64_t input, int64_t dim, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_prod_dim_int(int64_t input_, int64_t dim_, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_prod_dim_int"
        return sffi::new_tensor(at::prod(input, dim, keepdim, dtype));
#line 543 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_prod_dim_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_prod_dim_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_prod_dim_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero_dim_intlist(int64_t input_, const int64_t* dim_, int64_t dim_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_count_nonzero_dim_intlist"
        return sffi::new_tensor(at::count_nonzero(input, dim));
#line 565 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_count_nonzero_dim_intlist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_count_nonzero_dim_intlist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_count_nonzero_dim_intlist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_expand_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_expand_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_expand_as"
        return sffi::new_tensor(input.expand_as(other));
#line 586 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_expand_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_expand_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_expand_as");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(int64_t input, int64_t tensor_indices_or_sections, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(int64_t input_, int64_t tensor_indices_or_sections_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tensor_indices_or_sections] = sffi::tensor_args<2>({input_, tensor_indices_or_sections_}, {"input", "tensor_indices_or_sections"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_tensor_split_tensor_indices_or_sections"
        return sffi::write_tensors(out, out_capacity, at::tensor_split(input, tensor_indices_or_sections, dim));
#line 608 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_tensor_indices_or_sections");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tensor_split_tensor_indices_or_sections");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tensor_split_tensor_indices_or_sections");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hstack(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hstack(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_hstack"
        return sffi::new_tensor(at::hstack(tensors));
#line 629 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hstack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hstack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hstack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_vstack(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_vstack(const int64_t* tensors_, int64_t tensors_len) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_vstack"
        return sffi::new_tensor(at::vstack(tensors));
#line 650 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_vstack");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_vstack");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_vstack");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rand_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_rand_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_rand_like"
        return sffi::new_tensor(at::rand_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 674 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rand_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rand_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rand_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_baddbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_baddbmm(int64_t input_, int64_t batch1_, int64_t batch2_, double beta_, int64_t beta_int, int32_t beta_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, batch1, batch2] = sffi::tensor_args<3>({input_, batch1_, batch2_}, {"input", "batch1", "batch2"});
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_baddbmm"
        return sffi::new_tensor(at::baddbmm(input, batch1, batch2, beta, alpha));
#line 697 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_baddbmm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_baddbmm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_baddbmm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_diagonal(int64_t a, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_diagonal(int64_t a_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_diagonal"
        return sffi::new_tensor(at::linalg_diagonal(a, offset, dim1, dim2));
#line 721 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_diagonal");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_diagonal");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_diagonal");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigh(int64_t input, const char* uplo, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigh(int64_t input_, const char* uplo_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view uplo = sffi::text_arg(uplo_, "uplo");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigh"
        return sffi::write_tensors(out, out_capacity, at::linalg_eigh(input, uplo));
#line 743 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigh");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigh");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_eigh");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_solve(int64_t ld, int64_t pivots, int64_t b, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_solve(int64_t ld_, int64_t pivots_, int64_t b_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const auto [ld, pivots, b] = sffi::tensor_args<3>({ld_, pivots_, b_}, {"ld", "pivots", "b"});
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_ldl_solve"
        return sffi::new_tensor(at::linalg_ldl_solve(ld, pivots, b, hermitian));
#line 765 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_solve");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_ldl_solve");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_ldl_solve");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_qr(int64_t a, const char* mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_qr(int64_t a_, const char* mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor a = sffi::tensor_arg(a_, "a");
        const std::string_view mode = sffi::text_arg(mode_, "mode");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_qr"
        return sffi::write_tensors(out, out_capacity, at::linalg_qr(a, mode));
#line 787 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_qr");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_qr");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_qr");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(int64_t input, int64_t tol, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(int64_t input_, int64_t tol_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, tol] = sffi::tensor_args<2>({input_, tol_}, {"input", "tol"});
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_rank_tol_tensor"
        return sffi::new_tensor(at::linalg_matrix_rank(input, tol, hermitian));
#line 809 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_tol_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_rank_tol_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_rank_tol_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_float(int64_t input_, double atol_, bool atol_present, double rtol_, bool rtol_present, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<double> atol = sffi::optional_arg(atol_, atol_present);
        const std::optional<double> rtol = sffi::optional_arg(rtol_, rtol_present);
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv_atol_rtol_float"
        return sffi::new_tensor(at::linalg_pinv(input, atol, rtol, hermitian));
#line 833 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_atol_rtol_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv_atol_rtol_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_pinv_atol_rtol_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_asinh(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_asinh(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_asinh"
        return sffi::new_tensor(at::asinh(input));
#line 854 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_asinh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_asinh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_asinh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_round(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_round(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_round"
        return sffi::new_tensor(at::round(input));
#line 875 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_round");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_round");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_round");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_rad2deg(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_rad2deg(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_rad2deg"
        return sffi::new_tensor(at::rad2deg(input));
#line 896 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_rad2deg");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_rad2deg");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_rad2deg");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_scalar_other(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_scalar_other(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_xlogy_scalar_other"
        return sffi::new_tensor(at::xlogy(input, other));
#line 918 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_scalar_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_xlogy_scalar_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_xlogy_scalar_other");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min(int64_t input, double min, int64_t min_int, int32_t min_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min(int64_t input_, double min_, int64_t min_int, int32_t min_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar min = sffi::scalar_arg(min_, min_int, min_kind, "min");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_min"
        return sffi::new_tensor(at::clamp_min(input, min));
#line 940 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_min");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_min");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max(int64_t input, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max(int64_t input_, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar max = sffi::scalar_arg(max_, max_int, max_kind, "max");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_clamp_max"
        return sffi::new_tensor(at::clamp_max(input, max));
#line 962 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_max");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_max");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_max");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ge_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ge_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ge_tensor"
        return sffi::new_tensor(at::ge(input, other));
#line 983 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ge_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ge_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ge_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isinf(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isinf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isinf"
        return sffi::new_tensor(at::isinf(input));
#line 1004 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isinf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isinf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isinf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_left_shift_tensor_scalar"
        return sffi::new_tensor(at::bitwise_left_shift(input, other));
#line 1026 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_left_shift_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_left_shift_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_scalar(int64_t elements, double test_element, int64_t test_element_int, int32_t test_element_kind, bool assume_unique, bool invert) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_scalar(int64_t elements_, double test_element_, int64_t test_element_int, int32_t test_element_kind, bool assume_unique_, bool invert_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor elements = sffi::tensor_arg(elements_, "elements");
        const c10::Scalar test_element = sffi::scalar_arg(test_element_, test_element_int, test_element_kind, "test_element");
        const bool assume_unique = assume_unique_;
        const bool invert = invert_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_isin_tensor_scalar"
        return sffi::new_tensor(at::isin(elements, test_element, assume_unique, invert));
#line 1050 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isin_tensor_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isin_tensor_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_select(int64_t input, int64_t mask) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_masked_select(int64_t input_, int64_t mask_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask] = sffi::tensor_args<2>({input_, mask_}, {"input", "mask"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_masked_select"
        return sffi::new_tensor(at::masked_select(input, mask));
#line 1071 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_select");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_select");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_select");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_div_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_div_tensor_"
        input.div_(other);
#line 1092 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_right_shift_tensor_"
        input.bitwise_right_shift_(other);
#line 1110 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_right_shift_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_right_shift_tensor_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_celu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_celu(int64_t input_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_celu"
        return sffi::new_tensor(at::celu(input, alpha));
#line 1129 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_celu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_celu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_celu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardsigmoid(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hardsigmoid(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_hardsigmoid"
        return sffi::new_tensor(at::hardsigmoid(input));
#line 1150 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hardsigmoid");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hardsigmoid");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hardsigmoid");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tanhshrink(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tanhshrink(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tanhshrink"
        return sffi::new_tensor(at::sub(input, at::tanh(input)));
#line 1171 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tanhshrink");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tanhshrink");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tanhshrink");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_threshold(int64_t input, double threshold, int64_t threshold_int, int32_t threshold_kind, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_threshold(int64_t input_, double threshold_, int64_t threshold_int, int32_t threshold_kind, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar threshold = sffi::scalar_arg(threshold_, threshold_int, threshold_kind, "threshold");
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_threshold"
        return sffi::new_tensor(at::threshold(input, threshold, value));
#line 1194 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_threshold");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_threshold");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_threshold");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv1d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv1d_padding(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const char* padding_, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 1, "stride");
        const std::string_view padding = sffi::enum_arg(padding_, "padding", {"valid", "same"}, sffi::Code::other);
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_conv1d_padding"
        return sffi::new_tensor(at::conv1d(input, weight, bias, stride, padding, dilation, groups));
#line 1220 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv1d_padding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv1d_padding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv1d_padding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv_transpose3d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_conv_transpose3d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* output_padding_, int64_t output_padding_len, int64_t groups_, const int64_t* dilation_, int64_t dilation_len) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList output_padding = sffi::sized_int_list_arg(output_padding_, output_padding_len, 3, "output_padding");
        const int64_t groups = groups_;
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_conv_transpose3d"
        return sffi::new_tensor(at::conv_transpose3d(input, weight, bias, stride, padding, output_padding, groups, dilation));
#line 1247 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv_transpose3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv_transpose3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv_transpose3d");
        return 0;
    }
}

RT_TORCH_API int32_t rt_torch_get_default_dtype(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_get_default_dtype(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_get_default_dtype"
        return sffi::dtype_result(sffi::get_default_dtype());
#line 1267 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_get_default_dtype");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_get_default_dtype");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_get_default_dtype");
        return -1;
    }
}

RT_TORCH_API void rt_torch_jit_train(int64_t module, bool mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_jit_train(int64_t module_, bool mode_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const bool mode = mode_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_jit_train"
        sffi::jit_train(module, mode);
#line 1289 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_train");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_train");
    } catch (...) {
        sffi::record_exception("rt_torch_jit_train");
    }
}

RT_TORCH_API bool rt_torch_jit_is_training(int64_t module) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_jit_is_training(int64_t module_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_jit_is_training"
        return sffi::to_bool(sffi::jit_is_training(module));
#line 1307 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_is_training");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_is_training");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_is_training");
        return false;
    }
}

RT_TORCH_API void rt_torch_autograd_set_grad_enabled(bool enabled) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_set_grad_enabled(bool enabled_) noexcept {
    sffi::begin_call();
    try {
        const bool enabled = enabled_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_autograd_set_grad_enabled"
        sffi::set_grad_enabled(enabled);
#line 1328 "ops_6.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_grad_enabled");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_grad_enabled");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_grad_enabled");
    }
}

}  // extern "C"
