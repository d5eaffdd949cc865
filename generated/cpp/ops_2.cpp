// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Linear Algebra, Reductions, Shape Manipulation, Indexing and Slicing, Neural Network Operations: 100 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/adaptive_avg_pool1d.h>)
#include <ATen/ops/adaptive_avg_pool1d.h>
#else
#line 3620 "spec/torch_api.yaml"
#error "binds calls at::adaptive_avg_pool1d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool2d.h>)
#include <ATen/ops/adaptive_avg_pool2d.h>
#else
#line 3662 "spec/torch_api.yaml"
#error "binds calls at::adaptive_avg_pool2d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_avg_pool3d.h>)
#include <ATen/ops/adaptive_avg_pool3d.h>
#else
#line 3704 "spec/torch_api.yaml"
#error "binds calls at::adaptive_avg_pool3d, which this ATen does not have (no <ATen/ops/adaptive_avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool1d.h>)
#include <ATen/ops/adaptive_max_pool1d.h>
#else
#line 3633 "spec/torch_api.yaml"
#error "binds calls at::adaptive_max_pool1d, which this ATen does not have (no <ATen/ops/adaptive_max_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool2d.h>)
#include <ATen/ops/adaptive_max_pool2d.h>
#else
#line 3675 "spec/torch_api.yaml"
#error "binds calls at::adaptive_max_pool2d, which this ATen does not have (no <ATen/ops/adaptive_max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/adaptive_max_pool3d.h>)
#include <ATen/ops/adaptive_max_pool3d.h>
#else
#line 3717 "spec/torch_api.yaml"
#error "binds calls at::adaptive_max_pool3d, which this ATen does not have (no <ATen/ops/adaptive_max_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/argmax.h>)
#include <ATen/ops/argmax.h>
#else
#line 670 "spec/torch_api.yaml"
#error "binds calls at::argmax, which this ATen does not have (no <ATen/ops/argmax.h>)"
#endif
#if __has_include(<ATen/ops/argmin.h>)
#include <ATen/ops/argmin.h>
#else
#line 687 "spec/torch_api.yaml"
#error "binds calls at::argmin, which this ATen does not have (no <ATen/ops/argmin.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool1d.h>)
#include <ATen/ops/avg_pool1d.h>
#else
#line 3515 "spec/torch_api.yaml"
#error "binds calls at::avg_pool1d, which this ATen does not have (no <ATen/ops/avg_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 967 "spec/torch_api.yaml"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool3d.h>)
#include <ATen/ops/avg_pool3d.h>
#else
#line 3570 "spec/torch_api.yaml"
#error "binds calls at::avg_pool3d, which this ATen does not have (no <ATen/ops/avg_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 896 "spec/torch_api.yaml"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 919 "spec/torch_api.yaml"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/conv1d.h>)
#include <ATen/ops/conv1d.h>
#else
#line 3386 "spec/torch_api.yaml"
#error "binds calls at::conv1d, which this ATen does not have (no <ATen/ops/conv1d.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 940 "spec/torch_api.yaml"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/conv3d.h>)
#include <ATen/ops/conv3d.h>
#else
#line 3422 "spec/torch_api.yaml"
#error "binds calls at::conv3d, which this ATen does not have (no <ATen/ops/conv3d.h>)"
#endif
#if __has_include(<ATen/ops/conv_transpose1d.h>)
#include <ATen/ops/conv_transpose1d.h>
#else
#line 3459 "spec/torch_api.yaml"
#error "binds calls at::conv_transpose1d, which this ATen does not have (no <ATen/ops/conv_transpose1d.h>)"
#endif
#if __has_include(<ATen/ops/conv_transpose2d.h>)
#include <ATen/ops/conv_transpose2d.h>
#else
#line 3478 "spec/torch_api.yaml"
#error "binds calls at::conv_transpose2d, which this ATen does not have (no <ATen/ops/conv_transpose2d.h>)"
#endif
#if __has_include(<ATen/ops/conv_transpose3d.h>)
#include <ATen/ops/conv_transpose3d.h>
#else
#line 3497 "spec/torch_api.yaml"
#error "binds calls at::conv_transpose3d, which this ATen does not have (no <ATen/ops/conv_transpose3d.h>)"
#endif
#if __has_include(<ATen/ops/dot.h>)
#include <ATen/ops/dot.h>
#else
#line 484 "spec/torch_api.yaml"
#error "binds calls at::dot, which this ATen does not have (no <ATen/ops/dot.h>)"
#endif
#if __has_include(<ATen/ops/embedding.h>)
#include <ATen/ops/embedding.h>
#else
#line 1037 "spec/torch_api.yaml"
#error "binds calls at::embedding, which this ATen does not have (no <ATen/ops/embedding.h>)"
#endif
#if __has_include(<ATen/ops/flatten.h>)
#include <ATen/ops/flatten.h>
#else
#line 833 "spec/torch_api.yaml"
#error "binds calls at::flatten, which this ATen does not have (no <ATen/ops/flatten.h>)"
#endif
#if __has_include(<ATen/ops/gather.h>)
#include <ATen/ops/gather.h>
#else
#line 885 "spec/torch_api.yaml"
#error "binds calls at::gather, which this ATen does not have (no <ATen/ops/gather.h>)"
#endif
#if __has_include(<ATen/ops/index.h>)
#include <ATen/ops/index.h>
#else
#line 2551 "spec/torch_api.yaml"
#error "binds calls at::index, which this ATen does not have (no <ATen/ops/index.h>)"
#endif
#if __has_include(<ATen/ops/index_select.h>)
#include <ATen/ops/index_select.h>
#else
#line 873 "spec/torch_api.yaml"
#error "binds calls at::index_select, which this ATen does not have (no <ATen/ops/index_select.h>)"
#endif
#if __has_include(<ATen/ops/layer_norm.h>)
#include <ATen/ops/layer_norm.h>
#else
#line 999 "spec/torch_api.yaml"
#error "binds calls at::layer_norm, which this ATen does not have (no <ATen/ops/layer_norm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_det.h>)
#include <ATen/ops/linalg_det.h>
#else
#line 527 "spec/torch_api.yaml"
#error "binds calls at::linalg_det, which this ATen does not have (no <ATen/ops/linalg_det.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eig.h>)
#include <ATen/ops/linalg_eig.h>
#else
#line 560 "spec/torch_api.yaml"
#error "binds calls at::linalg_eig, which this ATen does not have (no <ATen/ops/linalg_eig.h>)"
#endif
#if __has_include(<ATen/ops/linalg_inv.h>)
#include <ATen/ops/linalg_inv.h>
#else
#line 538 "spec/torch_api.yaml"
#error "binds calls at::linalg_inv, which this ATen does not have (no <ATen/ops/linalg_inv.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 549 "spec/torch_api.yaml"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/linalg_vector_norm.h>)
#include <ATen/ops/linalg_vector_norm.h>
#else
#line 516 "spec/torch_api.yaml"
#error "binds calls at::linalg_vector_norm, which this ATen does not have (no <ATen/ops/linalg_vector_norm.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 1023 "spec/torch_api.yaml"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/matmul.h>)
#include <ATen/ops/matmul.h>
#else
#line 472 "spec/torch_api.yaml"
#error "binds calls at::matmul, which this ATen does not have (no <ATen/ops/matmul.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 620 "spec/torch_api.yaml"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/max_pool1d.h>)
#include <ATen/ops/max_pool1d.h>
#else
#line 3532 "spec/torch_api.yaml"
#error "binds calls at::max_pool1d, which this ATen does not have (no <ATen/ops/max_pool1d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool1d_with_indices.h>)
#include <ATen/ops/max_pool1d_with_indices.h>
#else
#line 3551 "spec/torch_api.yaml"
#error "binds calls at::max_pool1d_with_indices, which this ATen does not have (no <ATen/ops/max_pool1d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 953 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 2607 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/max_pool3d.h>)
#include <ATen/ops/max_pool3d.h>
#else
#line 3587 "spec/torch_api.yaml"
#error "binds calls at::max_pool3d, which this ATen does not have (no <ATen/ops/max_pool3d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool3d_with_indices.h>)
#include <ATen/ops/max_pool3d_with_indices.h>
#else
#line 3606 "spec/torch_api.yaml"
#error "binds calls at::max_pool3d_with_indices, which this ATen does not have (no <ATen/ops/max_pool3d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/mean.h>)
#include <ATen/ops/mean.h>
#else
#line 596 "spec/torch_api.yaml"
#error "binds calls at::mean, which this ATen does not have (no <ATen/ops/mean.h>)"
#endif
#if __has_include(<ATen/ops/min.h>)
#include <ATen/ops/min.h>
#else
#line 644 "spec/torch_api.yaml"
#error "binds calls at::min, which this ATen does not have (no <ATen/ops/min.h>)"
#endif
#if __has_include(<ATen/ops/permute.h>)
#include <ATen/ops/permute.h>
#else
#line 791 "spec/torch_api.yaml"
#error "binds calls at::permute, which this ATen does not have (no <ATen/ops/permute.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 560 "spec/torch_api.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/reshape.h>)
#include <ATen/ops/reshape.h>
#else
#line 765 "spec/torch_api.yaml"
#error "binds calls at::reshape, which this ATen does not have (no <ATen/ops/reshape.h>)"
#endif
#if __has_include(<ATen/ops/select.h>)
#include <ATen/ops/select.h>
#else
#line 2538 "spec/torch_api.yaml"
#error "binds calls at::select, which this ATen does not have (no <ATen/ops/select.h>)"
#endif
#if __has_include(<ATen/ops/slice.h>)
#include <ATen/ops/slice.h>
#else
#line 860 "spec/torch_api.yaml"
#error "binds calls at::slice, which this ATen does not have (no <ATen/ops/slice.h>)"
#endif
#if __has_include(<ATen/ops/squeeze.h>)
#include <ATen/ops/squeeze.h>
#else
#line 801 "spec/torch_api.yaml"
#error "binds calls at::squeeze, which this ATen does not have (no <ATen/ops/squeeze.h>)"
#endif
#if __has_include(<ATen/ops/stack.h>)
#include <ATen/ops/stack.h>
#else
#line 907 "spec/torch_api.yaml"
#error "binds calls at::stack, which this ATen does not have (no <ATen/ops/stack.h>)"
#endif
#if __has_include(<ATen/ops/std.h>)
#include <ATen/ops/std.h>
#else
#line 701 "spec/torch_api.yaml"
#error "binds calls at::std, which this ATen does not have (no <ATen/ops/std.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 572 "spec/torch_api.yaml"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/t.h>)
#include <ATen/ops/t.h>
#else
#line 506 "spec/torch_api.yaml"
#error "binds calls at::t, which this ATen does not have (no <ATen/ops/t.h>)"
#endif
#if __has_include(<ATen/ops/transpose.h>)
#include <ATen/ops/transpose.h>
#else
#line 496 "spec/torch_api.yaml"
#error "binds calls at::transpose, which this ATen does not have (no <ATen/ops/transpose.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 823 "spec/torch_api.yaml"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/var.h>)
#include <ATen/ops/var.h>
#else
#line 712 "spec/torch_api.yaml"
#error "binds calls at::var, which this ATen does not have (no <ATen/ops/var.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 472 "spec/torch_api.yaml"
        return sffi::new_tensor(at::matmul(handle, other));
#line 346 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 484 "spec/torch_api.yaml"
        return sffi::new_tensor(at::dot(handle, other));
#line 366 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t handle_, int64_t dim0_, int64_t dim1_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim0 = dim0_;
        const int64_t dim1 = dim1_;
        const sffi::SharedCall call_lock;
#line 496 "spec/torch_api.yaml"
        return sffi::new_tensor(at::transpose(handle, dim0, dim1));
#line 388 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_t(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 506 "spec/torch_api.yaml"
        return sffi::new_tensor(at::t(handle));
#line 408 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_norm(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 516 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_vector_norm(handle));
#line 428 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_norm");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_norm");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_norm");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_torchtensor_det(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 527 "spec/torch_api.yaml"
        return sffi::to_f64(at::linalg_det(handle));
#line 448 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_inverse(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 538 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_inv(handle));
#line 468 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 549 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::linalg_svd(handle, false)));
#line 488 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_eig(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 560 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(std::get<0>(at::linalg_eig(handle))));
#line 508 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input_, double ord_, int64_t ord_int, int32_t ord_kind, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar ord = sffi::scalar_arg(ord_, ord_int, ord_kind, "ord");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2243 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_vector_norm(input, ord, dim, keepdim, dtype));
#line 532 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_det(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 2255 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linalg_det(input));
#line 552 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svd(int64_t input_, bool full_matrices_, const char* driver_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool full_matrices = full_matrices_;
        const std::optional<std::string_view> driver = sffi::optional_enum_arg(driver_, "driver", {"gesvd", "gesvdj", "gesvda"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 2274 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_svd(input, full_matrices, driver));
#line 574 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eig(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 2288 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::linalg_eig(input));
#line 594 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 572 "spec/torch_api.yaml"
        return sffi::to_f64(at::sum(handle));
#line 614 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 585 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle, at::IntArrayRef(dim), keepdim));
#line 636 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_mean(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 596 "spec/torch_api.yaml"
        return sffi::to_f64(at::mean(handle));
#line 656 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 609 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle, at::IntArrayRef(dim), keepdim));
#line 678 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_max(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 620 "spec/torch_api.yaml"
        return sffi::to_f64(at::max(handle));
#line 698 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 633 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::max(handle, dim, keepdim)));
#line 720 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_min(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 644 "spec/torch_api.yaml"
        return sffi::to_f64(at::min(handle));
#line 740 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 657 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::min(handle, dim, keepdim)));
#line 762 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 670 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmax(handle, dim, keepdim));
#line 784 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_argmin(int64_t handle_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 687 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmin(handle, dim, keepdim));
#line 806 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_std(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 701 "spec/torch_api.yaml"
        return sffi::to_f64(at::std(handle));
#line 826 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_var(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 712 "spec/torch_api.yaml"
        return sffi::to_f64(at::var(handle));
#line 846 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_sum_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1570 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(handle));
#line 866 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_mean_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1582 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(handle));
#line 886 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_max_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1594 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(handle));
#line 906 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_min_all(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1605 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(handle));
#line 926 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2305 "spec/torch_api.yaml"
        return sffi::new_tensor(at::sum(input, dim, keepdim, dtype));
#line 949 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim_v2(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 2321 "spec/torch_api.yaml"
        return sffi::new_tensor(at::mean(input, dim, keepdim, dtype));
#line 972 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim_v2(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2337 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max(input, dim, keepdim));
#line 994 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_max_other(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 2350 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max(input, other));
#line 1014 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim_v2(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2366 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::min(input, dim, keepdim));
#line 1036 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_min_other(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 2379 "spec/torch_api.yaml"
        return sffi::new_tensor(at::min(input, other));
#line 1056 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_argmax_v2(int64_t input_, int64_t dim_, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2393 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmax(input, dim, keepdim));
#line 1078 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_argmin_v2(int64_t input_, int64_t dim_, bool dim_present, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2407 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argmin(input, dim, keepdim));
#line 1100 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_std_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2422 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, unbiased, keepdim));
#line 1123 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_std_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2438 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, dim, correction, keepdim));
#line 1146 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_std_v2(int64_t input_, bool unbiased_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 2451 "spec/torch_api.yaml"
        return sffi::new_tensor(at::std(input, unbiased));
#line 1167 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_var_dim(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool unbiased_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool unbiased = unbiased_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2466 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, unbiased, keepdim));
#line 1190 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_var_correction(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, double correction_, int64_t correction_int, int32_t correction_kind, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const std::optional<c10::Scalar> correction = sffi::optional_scalar_arg(correction_, correction_int, correction_kind, "correction");
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 2482 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, dim, correction, keepdim));
#line 1213 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input_, bool unbiased_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const bool unbiased = unbiased_;
        const sffi::SharedCall call_lock;
#line 2495 "spec/torch_api.yaml"
        return sffi::new_tensor(at::var(input, unbiased));
#line 1234 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 726 "spec/torch_api.yaml"
        return sffi::to_i64(handle.dim());
#line 1254 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 738 "spec/torch_api.yaml"
        return sffi::to_i64(handle.numel());
#line 1274 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 749 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, handle.sizes());
#line 1294 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 765 "spec/torch_api.yaml"
        return sffi::new_tensor(at::reshape(handle, dims));
#line 1315 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_reshape");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_reshape");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_reshape");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 776 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.view(dims));
#line 1336 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_permute(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 791 "spec/torch_api.yaml"
        return sffi::new_tensor(at::permute(handle, dims));
#line 1357 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 801 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle));
#line 1377 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dim(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 812 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle, dim));
#line 1398 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 823 "spec/torch_api.yaml"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 1419 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_flatten(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 833 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(handle));
#line 1439 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 844 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.contiguous());
#line 1459 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_contiguous");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_contiguous");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_contiguous");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input_, const int64_t* dim_, int64_t dim_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const sffi::SharedCall call_lock;
#line 2510 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(input, dim));
#line 1480 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_flatten_using_ints(int64_t input_, int64_t start_dim_, int64_t end_dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t start_dim = start_dim_;
        const int64_t end_dim = end_dim_;
        const sffi::SharedCall call_lock;
#line 2524 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(input, start_dim, end_dim));
#line 1502 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view memory_format = sffi::enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2823 "spec/torch_api.yaml"
        return sffi::new_tensor(input.contiguous(sffi::memory_format_arg(memory_format)));
#line 1523 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle_, int64_t dim_, int64_t start_, int64_t end_, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t end = end_;
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 860 "spec/torch_api.yaml"
        return sffi::new_tensor(at::slice(handle, dim, start, end, step));
#line 1547 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 873 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_select(handle, dim, indices));
#line 1568 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 885 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gather(handle, dim, indices));
#line 1589 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 896 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 1610 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 907 "spec/torch_api.yaml"
        return sffi::new_tensor(at::stack(tensors, dim));
#line 1631 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle_, int64_t chunks_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t chunks = chunks_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 919 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 1653 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t input_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 2538 "spec/torch_api.yaml"
        return sffi::new_tensor(at::select(input, dim, index));
#line 1675 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input_, const int64_t* indices_, int64_t indices_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 2551 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index(input, indices));
#line 1696 "ops_2.cpp"
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
#line 940 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 1721 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 953 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride, padding));
#line 1744 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 967 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride, padding));
#line 1767 "ops_2.cpp"
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
#line 985 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps));
#line 1794 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t input_, const int64_t* normalized_shape_, int64_t normalized_shape_len, int64_t weight_, int64_t bias_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef normalized_shape = sffi::array_arg(normalized_shape_, normalized_shape_len, "normalized_shape");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 999 "spec/torch_api.yaml"
        return sffi::new_tensor(at::layer_norm(input, normalized_shape, weight, bias, eps));
#line 1818 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 1011 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::dropout(input, p, training));
#line 1840 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::SharedCall call_lock;
#line 1023 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 1861 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const sffi::SharedCall call_lock;
#line 1037 "spec/torch_api.yaml"
        return sffi::new_tensor(at::embedding(weight, input));
#line 1881 "ops_2.cpp"
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
#line 2571 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 1906 "ops_2.cpp"
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
#line 2588 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1931 "ops_2.cpp"
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
#line 2607 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1956 "ops_2.cpp"
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
#line 2626 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 1982 "ops_2.cpp"
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
#line 2644 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse));
#line 2007 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_conv1d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 3386 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv1d(input, weight, bias, stride, padding, dilation, groups));
#line 2032 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv1d");
        return 0;
    }
}

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
#line 3404 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv1d(input, weight, bias, stride, padding, dilation, groups));
#line 2057 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_conv3d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 3422 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv3d(input, weight, bias, stride, padding, dilation, groups));
#line 2082 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv3d");
        return 0;
    }
}

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
#line 3440 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv3d(input, weight, bias, stride, padding, dilation, groups));
#line 2107 "ops_2.cpp"
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
#line 3459 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation));
#line 2133 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_conv_transpose2d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* output_padding_, int64_t output_padding_len, int64_t groups_, const int64_t* dilation_, int64_t dilation_len) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList output_padding = sffi::sized_int_list_arg(output_padding_, output_padding_len, 2, "output_padding");
        const int64_t groups = groups_;
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const sffi::SharedCall call_lock;
#line 3478 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation));
#line 2159 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv_transpose2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv_transpose2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv_transpose2d");
        return 0;
    }
}

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
#line 3497 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv_transpose3d(input, weight, bias, stride, padding, output_padding, groups, dilation));
#line 2185 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_avg_pool1d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, bool count_include_pad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const bool ceil_mode = ceil_mode_;
        const bool count_include_pad = count_include_pad_;
        const sffi::SharedCall call_lock;
#line 3515 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool1d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad));
#line 2210 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool1d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 3532 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool1d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2235 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool1d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool1d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool1d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool1d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 1, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 1, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 1, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 1, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 3551 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool1d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2260 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool1d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool1d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool1d_with_indices");
        return -1;
    }
}

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
#line 3570 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool3d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 2286 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_max_pool3d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 3, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 3, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 3, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 3, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 3587 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool3d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2311 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool3d");
        return 0;
    }
}

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
#line 3606 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool3d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 2336 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool1d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 1, "output_size");
        const sffi::SharedCall call_lock;
#line 3620 "spec/torch_api.yaml"
        return sffi::new_tensor(at::adaptive_avg_pool1d(input, output_size));
#line 2357 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 1, "output_size");
        const sffi::SharedCall call_lock;
#line 3633 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool1d(input, output_size)));
#line 2378 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d_with_indices(int64_t input_, const int64_t* output_size_, int64_t output_size_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 1, "output_size");
        const sffi::SharedCall call_lock;
#line 3648 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::adaptive_max_pool1d(input, output_size));
#line 2399 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool2d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 2, "output_size");
        const sffi::SharedCall call_lock;
#line 3662 "spec/torch_api.yaml"
        return sffi::new_tensor(at::adaptive_avg_pool2d(input, output_size));
#line 2420 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 2, "output_size");
        const sffi::SharedCall call_lock;
#line 3675 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool2d(input, output_size)));
#line 2441 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d_with_indices(int64_t input_, const int64_t* output_size_, int64_t output_size_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 2, "output_size");
        const sffi::SharedCall call_lock;
#line 3690 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::adaptive_max_pool2d(input, output_size));
#line 2462 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool2d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool2d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool3d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 3704 "spec/torch_api.yaml"
        return sffi::new_tensor(at::adaptive_avg_pool3d(input, output_size));
#line 2483 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_avg_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_avg_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input_, const int64_t* output_size_, int64_t output_size_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 3717 "spec/torch_api.yaml"
        return sffi::new_tensor(std::get<0>(at::adaptive_max_pool3d(input, output_size)));
#line 2504 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool3d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d_with_indices(int64_t input_, const int64_t* output_size_, int64_t output_size_len, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList output_size = sffi::sized_int_list_arg(output_size_, output_size_len, 3, "output_size");
        const sffi::SharedCall call_lock;
#line 3732 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::adaptive_max_pool3d(input, output_size));
#line 2525 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_adaptive_max_pool3d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_adaptive_max_pool3d_with_indices");
        return -1;
    }
}

}  // extern "C"
