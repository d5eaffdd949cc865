// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 7 of 16: 45 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_arange_start_step"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/atleast_1d.h>)
#include <ATen/ops/atleast_1d.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_1d_sequence"
#error "binds calls at::atleast_1d, which this ATen does not have (no <ATen/ops/atleast_1d.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_avg_pool2d_v2"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_and.h>)
#include <ATen/ops/bitwise_and.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_and_scalar_tensor"
#error "binds calls at::bitwise_and, which this ATen does not have (no <ATen/ops/bitwise_and.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_left_shift.h>)
#include <ATen/ops/bitwise_left_shift.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_left_shift_scalar_tensor"
#error "binds calls at::bitwise_left_shift, which this ATen does not have (no <ATen/ops/bitwise_left_shift.h>)"
#endif
#if __has_include(<ATen/ops/bitwise_or.h>)
#include <ATen/ops/bitwise_or.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_or_tensor"
#error "binds calls at::bitwise_or, which this ATen does not have (no <ATen/ops/bitwise_or.h>)"
#endif
#if __has_include(<ATen/ops/broadcast_tensors.h>)
#include <ATen/ops/broadcast_tensors.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_smooth_l1_loss"
#error "binds calls at::broadcast_tensors, which this ATen does not have (no <ATen/ops/broadcast_tensors.h>)"
#endif
#if __has_include(<ATen/ops/broadcast_to.h>)
#include <ATen/ops/broadcast_to.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_broadcast_to"
#error "binds calls at::broadcast_to, which this ATen does not have (no <ATen/ops/broadcast_to.h>)"
#endif
#if __has_include(<ATen/ops/corrcoef.h>)
#include <ATen/ops/corrcoef.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_corrcoef"
#error "binds calls at::corrcoef, which this ATen does not have (no <ATen/ops/corrcoef.h>)"
#endif
#if __has_include(<ATen/ops/cos.h>)
#include <ATen/ops/cos.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_cos"
#error "binds calls at::cos, which this ATen does not have (no <ATen/ops/cos.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_cross_entropy_v2"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/cumprod.h>)
#include <ATen/ops/cumprod.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumprod"
#error "binds calls at::cumprod, which this ATen does not have (no <ATen/ops/cumprod.h>)"
#endif
#if __has_include(<ATen/ops/dist.h>)
#include <ATen/ops/dist.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_dist"
#error "binds calls at::dist, which this ATen does not have (no <ATen/ops/dist.h>)"
#endif
#if __has_include(<ATen/ops/dot.h>)
#include <ATen/ops/dot.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_dot"
#error "binds calls at::dot, which this ATen does not have (no <ATen/ops/dot.h>)"
#endif
#if __has_include(<ATen/ops/fmod.h>)
#include <ATen/ops/fmod.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fmod_tensor"
#error "binds calls at::fmod, which this ATen does not have (no <ATen/ops/fmod.h>)"
#endif
#if __has_include(<ATen/ops/glu.h>)
#include <ATen/ops/glu.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_glu"
#error "binds calls at::glu, which this ATen does not have (no <ATen/ops/glu.h>)"
#endif
#if __has_include(<ATen/ops/group_norm.h>)
#include <ATen/ops/group_norm.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_group_norm"
#error "binds calls at::group_norm, which this ATen does not have (no <ATen/ops/group_norm.h>)"
#endif
#if __has_include(<ATen/ops/hsplit.h>)
#include <ATen/ops/hsplit.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hsplit_array"
#error "binds calls at::hsplit, which this ATen does not have (no <ATen/ops/hsplit.h>)"
#endif
#if __has_include(<ATen/ops/index_copy.h>)
#include <ATen/ops/index_copy.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_copy"
#error "binds calls at::index_copy, which this ATen does not have (no <ATen/ops/index_copy.h>)"
#endif
#if __has_include(<ATen/ops/index_reduce.h>)
#include <ATen/ops/index_reduce.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_index_reduce"
#error "binds calls at::index_reduce, which this ATen does not have (no <ATen/ops/index_reduce.h>)"
#endif
#if __has_include(<ATen/ops/l1_loss.h>)
#include <ATen/ops/l1_loss.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_smooth_l1_loss"
#error "binds calls at::l1_loss, which this ATen does not have (no <ATen/ops/l1_loss.h>)"
#endif
#if __has_include(<ATen/ops/linalg_lstsq.h>)
#include <ATen/ops/linalg_lstsq.h>
#else
#line 15 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lstsq"
#error "binds calls at::linalg_lstsq, which this ATen does not have (no <ATen/ops/linalg_lstsq.h>)"
#endif
#if __has_include(<ATen/ops/linalg_pinv.h>)
#include <ATen/ops/linalg_pinv.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv"
#error "binds calls at::linalg_pinv, which this ATen does not have (no <ATen/ops/linalg_pinv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_solve_ex.h>)
#include <ATen/ops/linalg_solve_ex.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve_ex"
#error "binds calls at::linalg_solve_ex, which this ATen does not have (no <ATen/ops/linalg_solve_ex.h>)"
#endif
#if __has_include(<ATen/ops/lu_unpack.h>)
#include <ATen/ops/lu_unpack.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_lu_unpack"
#error "binds calls at::lu_unpack, which this ATen does not have (no <ATen/ops/lu_unpack.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_max_other"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_pool2d_v2"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool3d_with_indices.h>)
#include <ATen/ops/max_pool3d_with_indices.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool3d_with_indices"
#error "binds calls at::max_pool3d_with_indices, which this ATen does not have (no <ATen/ops/max_pool3d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/median.h>)
#include <ATen/ops/median.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_median"
#error "binds calls at::median, which this ATen does not have (no <ATen/ops/median.h>)"
#endif
#if __has_include(<ATen/ops/multi_margin_loss.h>)
#include <ATen/ops/multi_margin_loss.h>
#else
#line 13 "spec/torch_api.yaml@rt_torch_nn_multi_margin_loss"
#error "binds calls at::multi_margin_loss, which this ATen does not have (no <ATen/ops/multi_margin_loss.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_neg"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
#endif
#if __has_include(<ATen/ops/one_hot.h>)
#include <ATen/ops/one_hot.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_one_hot"
#error "binds calls at::one_hot, which this ATen does not have (no <ATen/ops/one_hot.h>)"
#endif
#if __has_include(<ATen/ops/prelu.h>)
#include <ATen/ops/prelu.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_prelu"
#error "binds calls at::prelu, which this ATen does not have (no <ATen/ops/prelu.h>)"
#endif
#if __has_include(<ATen/ops/randint_like.h>)
#include <ATen/ops/randint_like.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_randint_like"
#error "binds calls at::randint_like, which this ATen does not have (no <ATen/ops/randint_like.h>)"
#endif
#if __has_include(<ATen/ops/smooth_l1_loss.h>)
#include <ATen/ops/smooth_l1_loss.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_nn_smooth_l1_loss"
#error "binds calls at::smooth_l1_loss, which this ATen does not have (no <ATen/ops/smooth_l1_loss.h>)"
#endif
#if __has_include(<ATen/ops/softplus.h>)
#include <ATen/ops/softplus.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_softplus"
#error "binds calls at::softplus, which this ATen does not have (no <ATen/ops/softplus.h>)"
#endif
#if __has_include(<ATen/ops/sqrt.h>)
#include <ATen/ops/sqrt.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_sqrt"
#error "binds calls at::sqrt, which this ATen does not have (no <ATen/ops/sqrt.h>)"
#endif
#if __has_include(<ATen/ops/square.h>)
#include <ATen/ops/square.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_square"
#error "binds calls at::square, which this ATen does not have (no <ATen/ops/square.h>)"
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
#if __has_include(<ATen/ops/trapezoid.h>)
#include <ATen/ops/trapezoid.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_trapezoid_dx"
#error "binds calls at::trapezoid, which this ATen does not have (no <ATen/ops/trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/triplet_margin_loss.h>)
#include <ATen/ops/triplet_margin_loss.h>
#else
#line 15 "spec/torch_api.yaml@rt_torch_nn_triplet_margin_loss"
#error "binds calls at::triplet_margin_loss, which this ATen does not have (no <ATen/ops/triplet_margin_loss.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_sub"
        return sffi::new_tensor(at::sub(handle, other));
#line 272 "ops_7.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_neg"
        return sffi::new_tensor(at::neg(handle));
#line 293 "ops_7.cpp"
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
#line 314 "ops_7.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_dot"
        return sffi::new_tensor(at::dot(handle, other));
#line 335 "ops_7.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t handle, int32_t device_id, int64_t stream) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t handle_, int32_t device_id_, int64_t stream_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_to_stream"
        return sffi::new_tensor(sffi::to_cuda_ignoring_stream(handle, device_id, stream_));
#line 357 "ops_7.cpp"
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
#line 382 "ops_7.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_max_other(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_max_other(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_max_other"
        return sffi::new_tensor(at::max(input, other));
#line 403 "ops_7.cpp"
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
#line 427 "ops_7.cpp"
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
#line 453 "ops_7.cpp"
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
#line 480 "ops_7.cpp"
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
#line 505 "ops_7.cpp"
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
#line 531 "ops_7.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cumprod(int64_t input, int64_t dim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cumprod(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumprod"
        return sffi::new_tensor(at::cumprod(input, dim, dtype));
#line 554 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cumprod");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cumprod");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cumprod");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_median(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_median(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_median"
        return sffi::new_tensor(at::median(input));
#line 575 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_median");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_median");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_median");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_broadcast_to(int64_t input, const int64_t* size, int64_t size_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_broadcast_to(int64_t input_, const int64_t* size_, int64_t size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_broadcast_to"
        return sffi::new_tensor(at::broadcast_to(input, size));
#line 597 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_broadcast_to");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_broadcast_to");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_broadcast_to");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_array(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef indices = sffi::array_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_hsplit_array"
        return sffi::write_tensors(out, out_capacity, at::hsplit(input, indices));
#line 619 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_hsplit_array");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_hsplit_array");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_hsplit_array");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d_sequence(const int64_t* tensors_, int64_t tensors_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_atleast_1d_sequence"
        return sffi::write_tensors(out, out_capacity, at::atleast_1d(tensors));
#line 640 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_atleast_1d_sequence");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_atleast_1d_sequence");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_atleast_1d_sequence");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_unfold(int64_t input, int64_t dimension, int64_t size, int64_t step) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_unfold(int64_t input_, int64_t dimension_, int64_t size_, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dimension = dimension_;
        const int64_t size = size_;
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_unfold"
        return sffi::new_tensor(input.unfold(dimension, size, step));
#line 664 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_unfold");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_unfold");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_unfold");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_copy(int64_t input, int64_t dim, int64_t index, int64_t source) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_copy(int64_t input_, int64_t dim_, int64_t index_, int64_t source_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_index_copy"
        return sffi::new_tensor(at::index_copy(input, dim, index, source));
#line 686 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_copy");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_copy");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_copy");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_reduce(int64_t input, int64_t dim, int64_t index, int64_t source, const char* reduce, bool include_self) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_reduce(int64_t input_, int64_t dim_, int64_t index_, int64_t source_, const char* reduce_, bool include_self_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const bool include_self = include_self_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_index_reduce"
        return sffi::new_tensor(at::index_reduce(input, dim, index, source, reduce, include_self));
#line 710 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_randint_like(int64_t input, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_randint_like(int64_t input_, int64_t high_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t high = high_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_randint_like"
        return sffi::new_tensor(at::randint_like(input, high, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 735 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_randint_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_randint_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_randint_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_dist(int64_t input, int64_t other, double p, int64_t p_int, int32_t p_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_dist(int64_t input_, int64_t other_, double p_, int64_t p_int, int32_t p_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar p = sffi::scalar_arg(p_, p_int, p_kind, "p");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_dist"
        return sffi::new_tensor(at::dist(input, other, p));
#line 757 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dist");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dist");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dist");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lu_unpack(int64_t lu_data, int64_t lu_pivots, bool unpack_data, bool unpack_pivots, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lu_unpack(int64_t lu_data_, int64_t lu_pivots_, bool unpack_data_, bool unpack_pivots_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [lu_data, lu_pivots] = sffi::tensor_args<2>({lu_data_, lu_pivots_}, {"lu_data", "lu_pivots"});
        const bool unpack_data = unpack_data_;
        const bool unpack_pivots = unpack_pivots_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_lu_unpack"
        return sffi::write_tensors(out, out_capacity, at::lu_unpack(lu_data, lu_pivots, unpack_data, unpack_pivots));
#line 780 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lu_unpack");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lu_unpack");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lu_unpack");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_corrcoef(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_corrcoef(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_corrcoef"
        return sffi::new_tensor(at::corrcoef(input));
#line 801 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_corrcoef");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_corrcoef");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_corrcoef");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_dx(int64_t y_, double dx_, int64_t dx_int, int32_t dx_kind, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor y = sffi::tensor_arg(y_, "y");
        const c10::Scalar dx = sffi::scalar_arg(dx_, dx_int, dx_kind, "dx");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_trapezoid_dx"
        return sffi::new_tensor(at::trapezoid(y, dx, dim));
#line 824 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trapezoid_dx");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trapezoid_dx");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trapezoid_dx");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lstsq(int64_t input, int64_t b, double rcond, bool rcond_present, const char* driver, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lstsq(int64_t input_, int64_t b_, double rcond_, bool rcond_present, const char* driver_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [input, b] = sffi::tensor_args<2>({input_, b_}, {"input", "b"});
        const std::optional<double> rcond = sffi::optional_arg(rcond_, rcond_present);
        const std::optional<std::string_view> driver = sffi::optional_text_arg(driver_);
        const sffi::SharedCall call_lock;
#line 15 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_lstsq"
        return sffi::write_tensors(out, out_capacity, at::linalg_lstsq(input, b, rcond, driver));
#line 847 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lstsq");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_lstsq");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_lstsq");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_ex(int64_t a, int64_t b, bool left, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_ex(int64_t a_, int64_t b_, bool left_, bool check_errors_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const auto [a, b] = sffi::tensor_args<2>({a_, b_}, {"a", "b"});
        const bool left = left_;
        const bool check_errors = check_errors_;
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_solve_ex"
        return sffi::write_tensors(out, out_capacity, at::linalg_solve_ex(a, b, left, check_errors));
#line 870 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve_ex");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_solve_ex");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_solve_ex");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv(int64_t input, double rcond, bool hermitian) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv(int64_t input_, double rcond_, bool hermitian_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double rcond = rcond_;
        const bool hermitian = hermitian_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_pinv"
        return sffi::new_tensor(at::linalg_pinv(input, rcond, hermitian));
#line 893 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_pinv");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_pinv");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cos(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cos(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_cos"
        return sffi::new_tensor(at::cos(input));
#line 914 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cos");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cos");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cos");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_square(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_square(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_square"
        return sffi::new_tensor(at::square(input));
#line 935 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_square");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_square");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_square");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmod_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_fmod_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_fmod_tensor"
        return sffi::new_tensor(at::fmod(input, other));
#line 956 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fmod_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fmod_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fmod_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_and_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_bitwise_and_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_and_scalar_tensor"
        return sffi::new_tensor(at::bitwise_and(input, other));
#line 978 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_and_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_and_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_and_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_bitwise_or_tensor"
        return sffi::new_tensor(at::bitwise_or(input, other));
#line 999 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bitwise_or_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bitwise_or_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_left_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_bitwise_left_shift_scalar_tensor(double input_, int64_t input_int, int32_t input_kind, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor other = sffi::tensor_arg(other_, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_bitwise_left_shift_scalar_tensor"
        return sffi::new_tensor(at::bitwise_left_shift(input, other));
#line 1021 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_bitwise_left_shift_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_bitwise_left_shift_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_bitwise_left_shift_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softplus(int64_t input, double beta, int64_t beta_int, int32_t beta_kind, double threshold, int64_t threshold_int, int32_t threshold_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_softplus(int64_t input_, double beta_, int64_t beta_int, int32_t beta_kind, double threshold_, int64_t threshold_int, int32_t threshold_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar beta = sffi::scalar_arg(beta_, beta_int, beta_kind, "beta");
        const c10::Scalar threshold = sffi::scalar_arg(threshold_, threshold_int, threshold_kind, "threshold");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_softplus"
        return sffi::new_tensor(at::softplus(input, beta, threshold));
#line 1044 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softplus");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softplus");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softplus");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_glu(int64_t input, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_glu(int64_t input_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_glu"
        return sffi::new_tensor(at::glu(input, dim));
#line 1066 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_glu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_glu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_glu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_prelu(int64_t input, int64_t weight) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_prelu(int64_t input_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_prelu"
        return sffi::new_tensor(at::prelu(input, weight));
#line 1087 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_prelu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_prelu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_prelu");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_smooth_l1_loss(int64_t input, int64_t target, const char* reduction, double beta) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_smooth_l1_loss(int64_t input_, int64_t target_, const char* reduction_, double beta_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const double beta = beta_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_smooth_l1_loss"
        return sffi::new_tensor([&] {
    auto both = at::broadcast_tensors({input, target});
    if (beta == 0.0) return at::l1_loss(both[0], both[1], sffi::reduction_arg(reduction));
    return at::smooth_l1_loss(both[0], both[1], sffi::reduction_arg(reduction), beta);
}());
#line 1114 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_smooth_l1_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_smooth_l1_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_smooth_l1_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_multi_margin_loss(int64_t input, int64_t target, int64_t p, double margin, int64_t weight, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_multi_margin_loss(int64_t input_, int64_t target_, int64_t p_, double margin_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const int64_t p = p_;
        const double margin = margin_;
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 13 "spec/torch_api.yaml@rt_torch_nn_multi_margin_loss"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(p == 1 || p == 2, "only p == 1 and p == 2 supported");
    TORCH_CHECK_VALUE(!weight.has_value() || weight->dim() == 1, "weight must be one-dimensional");
    return at::multi_margin_loss(input, target, p, margin, weight, sffi::reduction_arg(reduction));
}());
#line 1143 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_multi_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_multi_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_multi_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_triplet_margin_loss(int64_t anchor, int64_t positive, int64_t negative, double margin, double p, double eps, bool swap, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_triplet_margin_loss(int64_t anchor_, int64_t positive_, int64_t negative_, double margin_, double p_, double eps_, bool swap_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [anchor, positive, negative] = sffi::tensor_args<3>({anchor_, positive_, negative_}, {"anchor", "positive", "negative"});
        const double margin = margin_;
        const double p = p_;
        const double eps = eps_;
        const bool swap = swap_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 15 "spec/torch_api.yaml@rt_torch_nn_triplet_margin_loss"
        return sffi::new_tensor([&] {
    TORCH_CHECK_VALUE(margin > 0, "margin must be greater than 0, got ", margin);
    return at::triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, sffi::reduction_arg(reduction));
}());
#line 1172 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_triplet_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_triplet_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_triplet_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool3d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_pool3d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool3d_with_indices"
        return sffi::write_tensors(out, out_capacity, at::max_pool3d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1198 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool3d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool3d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool3d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_group_norm(int64_t input, int64_t num_groups, int64_t weight, int64_t bias, double eps) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_group_norm(int64_t input_, int64_t num_groups_, int64_t weight_, int64_t bias_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t num_groups = num_groups_;
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_nn_group_norm"
        return sffi::new_tensor([&] {
    TORCH_CHECK(input.dim() >= 2, "Expected at least 2 dimensions for input tensor but received ", input.dim());
    return at::group_norm(input, num_groups, weight, bias, eps);
}());
#line 1226 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_group_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_group_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_group_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_one_hot(int64_t tensor, int64_t num_classes) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_one_hot(int64_t tensor_, int64_t num_classes_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor tensor = sffi::tensor_arg(tensor_, "tensor");
        const int64_t num_classes = num_classes_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_one_hot"
        return sffi::new_tensor(at::one_hot(tensor, num_classes));
#line 1248 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_one_hot");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_one_hot");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_one_hot");
        return 0;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_device_type(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_torchtensor_device_type(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_device_type"
        return sffi::to_i32(static_cast<int32_t>(handle.device().type()));
#line 1269 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_device_type");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_device_type");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_device_type");
        return -1;
    }
}

RT_TORCH_API void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf, const int64_t* grads, int64_t grads_len, int64_t inv_scale) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf_, const int64_t* grads_, int64_t grads_len, int64_t inv_scale_) noexcept {
    sffi::begin_call();
    try {
        const auto [found_inf, inv_scale] = sffi::tensor_args<2>({found_inf_, inv_scale_}, {"found_inf", "inv_scale"});
        const std::vector<at::Tensor> grads = sffi::tensor_list_arg(grads_, grads_len, "grads");
        const sffi::ExclusiveCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_"
        sffi::amp_unscale(found_inf, grads, inv_scale);
#line 1291 "ops_7.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_");
    }
}

}  // extern "C"
