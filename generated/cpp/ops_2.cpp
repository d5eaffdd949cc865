// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Reductions, Shape Manipulation, Indexing and Slicing, Neural Network Operations, Loss Functions, Autograd, Device Management, CUDA Streams, Memory Management, Tensor Data: 132 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

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
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 967 "spec/torch_api.yaml"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
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
#if __has_include(<ATen/ops/clone.h>)
#include <ATen/ops/clone.h>
#else
#line 1256 "spec/torch_api.yaml"
#error "binds calls at::clone, which this ATen does not have (no <ATen/ops/clone.h>)"
#endif
#if __has_include(<ATen/ops/complex.h>)
#include <ATen/ops/complex.h>
#else
#line 2725 "spec/torch_api.yaml"
#error "binds calls at::complex, which this ATen does not have (no <ATen/ops/complex.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 940 "spec/torch_api.yaml"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/corrcoef.h>)
#include <ATen/ops/corrcoef.h>
#else
#line 3862 "spec/torch_api.yaml"
#error "binds calls at::corrcoef, which this ATen does not have (no <ATen/ops/corrcoef.h>)"
#endif
#if __has_include(<ATen/ops/cov.h>)
#include <ATen/ops/cov.h>
#else
#line 3878 "spec/torch_api.yaml"
#error "binds calls at::cov, which this ATen does not have (no <ATen/ops/cov.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 1062 "spec/torch_api.yaml"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/cumulative_trapezoid.h>)
#include <ATen/ops/cumulative_trapezoid.h>
#else
#line 3957 "spec/torch_api.yaml"
#error "binds calls at::cumulative_trapezoid, which this ATen does not have (no <ATen/ops/cumulative_trapezoid.h>)"
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
#if __has_include(<ATen/ops/imag.h>)
#include <ATen/ops/imag.h>
#else
#line 1558 "spec/torch_api.yaml"
#error "binds calls at::imag, which this ATen does not have (no <ATen/ops/imag.h>)"
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
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 1023 "spec/torch_api.yaml"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 620 "spec/torch_api.yaml"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
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
#if __has_include(<ATen/ops/nll_loss_nd.h>)
#include <ATen/ops/nll_loss_nd.h>
#else
#line 1086 "spec/torch_api.yaml"
#error "binds calls at::nll_loss_nd, which this ATen does not have (no <ATen/ops/nll_loss_nd.h>)"
#endif
#if __has_include(<ATen/ops/permute.h>)
#include <ATen/ops/permute.h>
#else
#line 791 "spec/torch_api.yaml"
#error "binds calls at::permute, which this ATen does not have (no <ATen/ops/permute.h>)"
#endif
#if __has_include(<ATen/ops/polar.h>)
#include <ATen/ops/polar.h>
#else
#line 3263 "spec/torch_api.yaml"
#error "binds calls at::polar, which this ATen does not have (no <ATen/ops/polar.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 1547 "spec/torch_api.yaml"
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
#if __has_include(<ATen/ops/trapezoid.h>)
#include <ATen/ops/trapezoid.h>
#else
#line 3893 "spec/torch_api.yaml"
#error "binds calls at::trapezoid, which this ATen does not have (no <ATen/ops/trapezoid.h>)"
#endif
#if __has_include(<ATen/ops/trapz.h>)
#include <ATen/ops/trapz.h>
#else
#line 3925 "spec/torch_api.yaml"
#error "binds calls at::trapz, which this ATen does not have (no <ATen/ops/trapz.h>)"
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
#if __has_include(<ATen/ops/view_as_complex.h>)
#include <ATen/ops/view_as_complex.h>
#else
#line 3287 "spec/torch_api.yaml"
#error "binds calls at::view_as_complex, which this ATen does not have (no <ATen/ops/view_as_complex.h>)"
#endif
#if __has_include(<ATen/ops/view_as_real.h>)
#include <ATen/ops/view_as_real.h>
#else
#line 3275 "spec/torch_api.yaml"
#error "binds calls at::view_as_real, which this ATen does not have (no <ATen/ops/view_as_real.h>)"
#endif

extern "C" {

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 572 "spec/torch_api.yaml"
        return sffi::to_f64(at::sum(handle));
#line 268 "ops_2.cpp"
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
#line 290 "ops_2.cpp"
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
#line 310 "ops_2.cpp"
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
#line 332 "ops_2.cpp"
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
#line 352 "ops_2.cpp"
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
#line 374 "ops_2.cpp"
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
#line 394 "ops_2.cpp"
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
#line 416 "ops_2.cpp"
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
#line 438 "ops_2.cpp"
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
#line 460 "ops_2.cpp"
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
#line 480 "ops_2.cpp"
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
#line 500 "ops_2.cpp"
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
#line 520 "ops_2.cpp"
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
#line 540 "ops_2.cpp"
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
#line 560 "ops_2.cpp"
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
#line 580 "ops_2.cpp"
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
#line 603 "ops_2.cpp"
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
#line 626 "ops_2.cpp"
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
#line 648 "ops_2.cpp"
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
#line 668 "ops_2.cpp"
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
#line 690 "ops_2.cpp"
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
#line 710 "ops_2.cpp"
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
#line 732 "ops_2.cpp"
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
#line 754 "ops_2.cpp"
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
#line 777 "ops_2.cpp"
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
#line 800 "ops_2.cpp"
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
#line 821 "ops_2.cpp"
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
#line 844 "ops_2.cpp"
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
#line 867 "ops_2.cpp"
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
#line 888 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_corrcoef(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3862 "spec/torch_api.yaml"
        return sffi::new_tensor(at::corrcoef(input));
#line 908 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cov(int64_t input_, int64_t correction_, int64_t fweights_, int64_t aweights_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t correction = correction_;
        const std::optional<at::Tensor> fweights = sffi::optional_tensor_arg(fweights_, "fweights");
        const std::optional<at::Tensor> aweights = sffi::optional_tensor_arg(aweights_, "aweights");
        const sffi::SharedCall call_lock;
#line 3878 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cov(input, correction, fweights, aweights));
#line 931 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cov");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cov");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cov");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 3893 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapezoid(y, x, dim));
#line 952 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_dx(int64_t y_, double dx_, int64_t dx_int, int32_t dx_kind, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor y = sffi::tensor_arg(y_, "y");
        const c10::Scalar dx = sffi::scalar_arg(dx_, dx_int, dx_kind, "dx");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 3909 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapezoid(y, dx, dim));
#line 974 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_trapz_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 3925 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapz(y, x, dim));
#line 995 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trapz_x");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trapz_x");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trapz_x");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapz_dx(int64_t y_, double dx_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor y = sffi::tensor_arg(y_, "y");
        const double dx = dx_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 3941 "spec/torch_api.yaml"
        return sffi::new_tensor(at::trapz(y, dx, dim));
#line 1017 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_trapz_dx");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_trapz_dx");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_trapz_dx");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y_, int64_t x_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const auto [y, x] = sffi::tensor_args<2>({y_, x_}, {"y", "x"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 3957 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumulative_trapezoid(y, x, dim));
#line 1038 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_x");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cumulative_trapezoid_x");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cumulative_trapezoid_x");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_dx(int64_t y_, double dx_, int64_t dx_int, int32_t dx_kind, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor y = sffi::tensor_arg(y_, "y");
        const c10::Scalar dx = sffi::scalar_arg(dx_, dx_int, dx_kind, "dx");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 3973 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cumulative_trapezoid(y, dx, dim));
#line 1060 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 726 "spec/torch_api.yaml"
        return sffi::to_i64(handle.dim());
#line 1080 "ops_2.cpp"
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
#line 1100 "ops_2.cpp"
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
#line 1120 "ops_2.cpp"
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
#line 1141 "ops_2.cpp"
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
#line 1162 "ops_2.cpp"
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
#line 1183 "ops_2.cpp"
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
#line 1203 "ops_2.cpp"
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
#line 1224 "ops_2.cpp"
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
#line 1245 "ops_2.cpp"
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
#line 1265 "ops_2.cpp"
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
#line 1285 "ops_2.cpp"
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
#line 1306 "ops_2.cpp"
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
#line 1328 "ops_2.cpp"
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
#line 1349 "ops_2.cpp"
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
#line 1373 "ops_2.cpp"
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
#line 1394 "ops_2.cpp"
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
#line 1415 "ops_2.cpp"
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
#line 1436 "ops_2.cpp"
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
#line 1457 "ops_2.cpp"
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
#line 1479 "ops_2.cpp"
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
#line 1501 "ops_2.cpp"
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
#line 1522 "ops_2.cpp"
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
#line 1547 "ops_2.cpp"
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
#line 1570 "ops_2.cpp"
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
#line 1593 "ops_2.cpp"
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
#line 1620 "ops_2.cpp"
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
#line 1644 "ops_2.cpp"
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
#line 1666 "ops_2.cpp"
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
#line 1687 "ops_2.cpp"
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
#line 1707 "ops_2.cpp"
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
#line 1732 "ops_2.cpp"
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
#line 1757 "ops_2.cpp"
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
#line 1782 "ops_2.cpp"
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
#line 1808 "ops_2.cpp"
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
#line 1833 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1050 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::mse_loss(input, target));
#line 1853 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_nn_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1062 "spec/torch_api.yaml"
        return sffi::to_f64(at::cross_entropy_loss(input, target));
#line 1873 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1074 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::binary_cross_entropy(input, target));
#line 1893 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_nn_nll_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1086 "spec/torch_api.yaml"
        return sffi::to_f64(at::nll_loss_nd(input, target));
#line 1913 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2660 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::mse_loss(input, target, reduction));
#line 1934 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_, double label_smoothing_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const double label_smoothing = label_smoothing_;
        const sffi::SharedCall call_lock;
#line 2678 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cross_entropy_loss(input, target, weight, sffi::reduction_arg(reduction), ignore_index, label_smoothing));
#line 1958 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2694 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::binary_cross_entropy(input, target, weight, reduction));
#line 1980 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2711 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nll_loss_nd(input, target, weight, sffi::reduction_arg(reduction), ignore_index));
#line 2003 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss_v2");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle_, bool requires_grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const bool requires_grad = requires_grad_;
        const sffi::ExclusiveCall call_lock;
#line 1099 "spec/torch_api.yaml"
        handle.requires_grad_(requires_grad);
#line 2024 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_requires_grad");
    }
}

RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1110 "spec/torch_api.yaml"
        return sffi::to_bool(handle.requires_grad());
#line 2041 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 1121 "spec/torch_api.yaml"
        return sffi::new_optional_tensor(handle.grad());
#line 2061 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_grad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_grad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_grad");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_backward(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1133 "spec/torch_api.yaml"
        handle.backward();
#line 2081 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward");
    }
}

RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 1144 "spec/torch_api.yaml"
        sffi::zero_grad(handle);
#line 2098 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_zero_grad");
    }
}

RT_TORCH_API int64_t rt_torch_autograd_detach(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1155 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.detach());
#line 2115 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_autograd_no_grad_begin(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1165 "spec/torch_api.yaml"
        sffi::no_grad_begin();
#line 2134 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_begin");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_end(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1180 "spec/torch_api.yaml"
        sffi::no_grad_end();
#line 2150 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_end");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_end");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_end");
    }
}

RT_TORCH_API void rt_torch_autograd_set_grad(int64_t handle_, int64_t grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const std::optional<at::Tensor> grad = sffi::optional_tensor_arg(grad_, "grad");
        const sffi::ExclusiveCall call_lock;
#line 1643 "spec/torch_api.yaml"
        sffi::set_grad(handle, grad);
#line 2168 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_grad");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t handle_, int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1194 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_cuda(handle, device_id));
#line 2186 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1205 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.cpu());
#line 2206 "ops_2.cpp"
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

RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1216 "spec/torch_api.yaml"
        return sffi::to_bool(handle.is_cuda());
#line 2226 "ops_2.cpp"
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

RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1228 "spec/torch_api.yaml"
        return sffi::to_i32(handle.get_device());
#line 2246 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t handle_, int32_t device_id_, int64_t stream_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const c10::Stream stream = sffi::stream_arg(stream_, "stream");
        const sffi::SharedCall call_lock;
#line 1241 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_stream(handle, device_id, stream));
#line 2268 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1256 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(handle));
#line 2288 "ops_2.cpp"
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

RT_TORCH_API int32_t rt_torch_cuda_device_count(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1461 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::cuda_device_count());
#line 2307 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2809 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(input, sffi::memory_format_arg(memory_format)));
#line 2328 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clone_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1269 "spec/torch_api.yaml"
        return sffi::new_stream(sffi::stream_from_pool(device_id));
#line 2348 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1280 "spec/torch_api.yaml"
        handle.synchronize();
#line 2368 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync");
    }
}

RT_TORCH_API bool rt_torch_torchstream_query(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1293 "spec/torch_api.yaml"
        return sffi::to_bool(handle.query());
#line 2385 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_torchstream_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 1305 "spec/torch_api.yaml"
        sffi::free_stream(handle_);
#line 2403 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_free");
    }
}

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 1319 "spec/torch_api.yaml"
        sffi::free_tensor(handle_);
#line 2418 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_free");
    }
}

RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1331 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_memory_allocated(device_id));
#line 2435 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_memory_allocated");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1341 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_max_memory_allocated(device_id));
#line 2455 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_cuda_empty_cache(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1350 "spec/torch_api.yaml"
        sffi::cuda_empty_cache();
#line 2474 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_empty_cache");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_empty_cache");
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_empty_cache");
    }
}

RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle_) noexcept {
    try {
#line 1413 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::release_tensor(handle_));
#line 2488 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1485 "spec/torch_api.yaml"
        return sffi::to_f64(handle.item());
#line 2508 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle_, double* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1497 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 2528 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1509 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 2548 "ops_2.cpp"
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

RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1522 "spec/torch_api.yaml"
        return sffi::dtype_result(handle.scalar_type());
#line 2568 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 1535 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.to(dtype));
#line 2589 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1547 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(handle));
#line 2609 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1558 "spec/torch_api.yaml"
        return sffi::new_tensor(at::imag(handle));
#line 2629 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real_, int64_t imag_) noexcept {
    sffi::begin_call();
    try {
        const auto [real, imag] = sffi::tensor_args<2>({real_, imag_}, {"real", "imag"});
        const sffi::SharedCall call_lock;
#line 2725 "spec/torch_api.yaml"
        return sffi::new_tensor(at::complex(real, imag));
#line 2649 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_complex");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_v2(int64_t input_, int32_t dtype_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2742 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(dtype, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 2673 "ops_2.cpp"
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
#line 2760 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(device, dtype.value_or(input.scalar_type()), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 2698 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_to_other(int64_t input_, int64_t other_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2777 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(other, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 2721 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_other");
        return 0;
    }
}

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
#line 2795 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::TensorOptions().dtype(dtype).device(device), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 2746 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_polar(int64_t abs_, int64_t angle_) noexcept {
    sffi::begin_call();
    try {
        const auto [abs, angle] = sffi::tensor_args<2>({abs_, angle_}, {"abs", "angle"});
        const sffi::SharedCall call_lock;
#line 3263 "spec/torch_api.yaml"
        return sffi::new_tensor(at::polar(abs, angle));
#line 2766 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_polar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_real(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3275 "spec/torch_api.yaml"
        return sffi::new_tensor(at::view_as_real(input));
#line 2786 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as_real");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_complex(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3287 "spec/torch_api.yaml"
        return sffi::new_tensor(at::view_as_complex(input));
#line 2806 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_bool(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3302 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kBool, false, false, sffi::memory_format_arg(memory_format)));
#line 2827 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bool");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_byte(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3315 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kByte, false, false, sffi::memory_format_arg(memory_format)));
#line 2848 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_byte");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_byte");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_byte");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_char(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3328 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kChar, false, false, sffi::memory_format_arg(memory_format)));
#line 2869 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_char");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_char");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_char");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_short(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3341 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kShort, false, false, sffi::memory_format_arg(memory_format)));
#line 2890 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_short");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_int(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3354 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kInt, false, false, sffi::memory_format_arg(memory_format)));
#line 2911 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_long(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3367 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kLong, false, false, sffi::memory_format_arg(memory_format)));
#line 2932 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_long");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_long");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_long");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_half(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3380 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kHalf, false, false, sffi::memory_format_arg(memory_format)));
#line 2953 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_bfloat16(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3393 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kBFloat16, false, false, sffi::memory_format_arg(memory_format)));
#line 2974 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bfloat16");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_float(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3406 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kFloat, false, false, sffi::memory_format_arg(memory_format)));
#line 2995 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_double(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3419 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kDouble, false, false, sffi::memory_format_arg(memory_format)));
#line 3016 "ops_2.cpp"
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

}  // extern "C"
