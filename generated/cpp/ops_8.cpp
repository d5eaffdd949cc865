// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Unit 8 of 16: 51 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("spec/torch_api.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/acos.h>)
#include <ATen/ops/acos.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_acos"
#error "binds calls at::acos, which this ATen does not have (no <ATen/ops/acos.h>)"
#endif
#if __has_include(<ATen/ops/any.h>)
#include <ATen/ops/any.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_any_dim"
#error "binds calls at::any, which this ATen does not have (no <ATen/ops/any.h>)"
#endif
#if __has_include(<ATen/ops/arange.h>)
#include <ATen/ops/arange.h>
#else
#line 17 "spec/torch_api.yaml@rt_torch_nn_embedding_bag"
#error "binds calls at::arange, which this ATen does not have (no <ATen/ops/arange.h>)"
#endif
#if __has_include(<ATen/ops/channel_shuffle.h>)
#include <ATen/ops/channel_shuffle.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_channel_shuffle"
#error "binds calls at::channel_shuffle, which this ATen does not have (no <ATen/ops/channel_shuffle.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_nn_cross_entropy"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/cumsum.h>)
#include <ATen/ops/cumsum.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumsum"
#error "binds calls at::cumsum, which this ATen does not have (no <ATen/ops/cumsum.h>)"
#endif
#if __has_include(<ATen/ops/embedding_bag.h>)
#include <ATen/ops/embedding_bag.h>
#else
#line 17 "spec/torch_api.yaml@rt_torch_nn_embedding_bag"
#error "binds calls at::embedding_bag, which this ATen does not have (no <ATen/ops/embedding_bag.h>)"
#endif
#if __has_include(<ATen/ops/embedding_renorm.h>)
#include <ATen/ops/embedding_renorm.h>
#else
#line 17 "spec/torch_api.yaml@rt_torch_nn_embedding_bag"
#error "binds calls at::embedding_renorm, which this ATen does not have (no <ATen/ops/embedding_renorm.h>)"
#endif
#if __has_include(<ATen/ops/eq.h>)
#include <ATen/ops/eq.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_eq_tensor"
#error "binds calls at::eq, which this ATen does not have (no <ATen/ops/eq.h>)"
#endif
#if __has_include(<ATen/ops/eye.h>)
#include <ATen/ops/eye.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_tensor_eye_v2"
#error "binds calls at::eye, which this ATen does not have (no <ATen/ops/eye.h>)"
#endif
#if __has_include(<ATen/ops/float_power.h>)
#include <ATen/ops/float_power.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_tensor_float_power_scalar"
#error "binds calls at::float_power, which this ATen does not have (no <ATen/ops/float_power.h>)"
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
#if __has_include(<ATen/ops/ge.h>)
#include <ATen/ops/ge.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ge_scalar"
#error "binds calls at::ge, which this ATen does not have (no <ATen/ops/ge.h>)"
#endif
#if __has_include(<ATen/ops/geqrf.h>)
#include <ATen/ops/geqrf.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_geqrf"
#error "binds calls at::geqrf, which this ATen does not have (no <ATen/ops/geqrf.h>)"
#endif
#if __has_include(<ATen/ops/i0.h>)
#include <ATen/ops/i0.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_i0"
#error "binds calls at::i0, which this ATen does not have (no <ATen/ops/i0.h>)"
#endif
#if __has_include(<ATen/ops/index_select.h>)
#include <ATen/ops/index_select.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_index_select"
#error "binds calls at::index_select, which this ATen does not have (no <ATen/ops/index_select.h>)"
#endif
#if __has_include(<ATen/ops/isposinf.h>)
#include <ATen/ops/isposinf.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isposinf"
#error "binds calls at::isposinf, which this ATen does not have (no <ATen/ops/isposinf.h>)"
#endif
#if __has_include(<ATen/ops/kthvalue.h>)
#include <ATen/ops/kthvalue.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_kthvalue"
#error "binds calls at::kthvalue, which this ATen does not have (no <ATen/ops/kthvalue.h>)"
#endif
#if __has_include(<ATen/ops/lcm.h>)
#include <ATen/ops/lcm.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lcm"
#error "binds calls at::lcm, which this ATen does not have (no <ATen/ops/lcm.h>)"
#endif
#if __has_include(<ATen/ops/linalg_cond.h>)
#include <ATen/ops/linalg_cond.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cond_p_str"
#error "binds calls at::linalg_cond, which this ATen does not have (no <ATen/ops/linalg_cond.h>)"
#endif
#if __has_include(<ATen/ops/linalg_eigvalsh.h>)
#include <ATen/ops/linalg_eigvalsh.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigvalsh"
#error "binds calls at::linalg_eigvalsh, which this ATen does not have (no <ATen/ops/linalg_eigvalsh.h>)"
#endif
#if __has_include(<ATen/ops/linalg_matrix_power.h>)
#include <ATen/ops/linalg_matrix_power.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_power"
#error "binds calls at::linalg_matrix_power, which this ATen does not have (no <ATen/ops/linalg_matrix_power.h>)"
#endif
#if __has_include(<ATen/ops/linalg_svd.h>)
#include <ATen/ops/linalg_svd.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_svd"
#error "binds calls at::linalg_svd, which this ATen does not have (no <ATen/ops/linalg_svd.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 14 "spec/torch_api.yaml@rt_torch_nn_max_pool2d_with_indices"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/max_unpool2d.h>)
#include <ATen/ops/max_unpool2d.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool2d"
#error "binds calls at::max_unpool2d, which this ATen does not have (no <ATen/ops/max_unpool2d.h>)"
#endif
#if __has_include(<ATen/ops/msort.h>)
#include <ATen/ops/msort.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_msort"
#error "binds calls at::msort, which this ATen does not have (no <ATen/ops/msort.h>)"
#endif
#if __has_include(<ATen/ops/mvlgamma.h>)
#include <ATen/ops/mvlgamma.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mvlgamma"
#error "binds calls at::mvlgamma, which this ATen does not have (no <ATen/ops/mvlgamma.h>)"
#endif
#if __has_include(<ATen/ops/neg.h>)
#include <ATen/ops/neg.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_softmin"
#error "binds calls at::neg, which this ATen does not have (no <ATen/ops/neg.h>)"
#endif
#if __has_include(<ATen/ops/normal.h>)
#include <ATen/ops/normal.h>
#else
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_normal_tensor_float"
#error "binds calls at::normal, which this ATen does not have (no <ATen/ops/normal.h>)"
#endif
#if __has_include(<ATen/ops/ones_like.h>)
#include <ATen/ops/ones_like.h>
#else
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_ones_like"
#error "binds calls at::ones_like, which this ATen does not have (no <ATen/ops/ones_like.h>)"
#endif
#if __has_include(<ATen/ops/soft_margin_loss.h>)
#include <ATen/ops/soft_margin_loss.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_nn_soft_margin_loss"
#error "binds calls at::soft_margin_loss, which this ATen does not have (no <ATen/ops/soft_margin_loss.h>)"
#endif
#if __has_include(<ATen/ops/softmax.h>)
#include <ATen/ops/softmax.h>
#else
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_softmin"
#error "binds calls at::softmax, which this ATen does not have (no <ATen/ops/softmax.h>)"
#endif
#if __has_include(<ATen/ops/split.h>)
#include <ATen/ops/split.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_tensor"
#error "binds calls at::split, which this ATen does not have (no <ATen/ops/split.h>)"
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
#if __has_include(<ATen/ops/tan.h>)
#include <ATen/ops/tan.h>
#else
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tan"
#error "binds calls at::tan, which this ATen does not have (no <ATen/ops/tan.h>)"
#endif
#if __has_include(<ATen/ops/triu_indices.h>)
#include <ATen/ops/triu_indices.h>
#else
#line 12 "spec/torch_api.yaml@rt_torch_tensor_triu_indices"
#error "binds calls at::triu_indices, which this ATen does not have (no <ATen/ops/triu_indices.h>)"
#endif
#if __has_include(<ATen/ops/where.h>)
#include <ATen/ops/where.h>
#else
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_scalar"
#error "binds calls at::where, which this ATen does not have (no <ATen/ops/where.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims_, int64_t dims_len, double value_) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const double value = value_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_full"
        return sffi::new_tensor(at::full(dims, value));
#line 255 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_svd"
        return sffi::new_tensor(std::get<0>(at::linalg_svd(handle, false)));
#line 276 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze"
        return sffi::new_tensor(at::squeeze(handle));
#line 297 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle, int64_t dim, int64_t indices) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle_, int64_t dim_, int64_t indices_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, indices] = sffi::tensor_args<2>({handle_, indices_}, {"handle", "indices"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_index_select"
        return sffi::new_tensor(at::index_select(handle, dim, indices));
#line 319 "ops_8.cpp"
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
#line 341 "ops_8.cpp"
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

RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_mse_loss"
        return sffi::to_f64(sffi::mse_loss(input, target));
#line 362 "ops_8.cpp"
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
#line 383 "ops_8.cpp"
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

RT_TORCH_API void rt_torch_autograd_backward(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_backward(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_autograd_backward"
        handle.backward();
#line 404 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward");
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
#line 422 "ops_8.cpp"
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

RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchstream_sync"
        sffi::sync_stream_if_known(handle_);
#line 442 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync");
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
#line 460 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_num_threads");
    } catch (...) {
        sffi::record_exception("rt_torch_set_num_threads");
    }
}

RT_TORCH_API void rt_torch_autograd_backward_v2(int64_t handle, int64_t gradient, bool retain_graph, bool retain_graph_present, bool create_graph) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_backward_v2(int64_t handle_, int64_t gradient_, bool retain_graph_, bool retain_graph_present, bool create_graph_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const std::optional<at::Tensor> gradient = sffi::optional_tensor_arg(gradient_, "gradient");
        const std::optional<bool> retain_graph = sffi::optional_arg(retain_graph_, retain_graph_present);
        const bool create_graph = create_graph_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_autograd_backward_v2"
        handle.backward(gradient.value_or(at::Tensor()), retain_graph, create_graph);
#line 481 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward_v2");
    }
}

RT_TORCH_API void rt_torch_torchstream_sync_v2(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchstream_sync_v2(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchstream_sync_v2"
        handle.synchronize();
#line 499 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync_v2");
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
#line 519 "ops_8.cpp"
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
#line 543 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input, const int64_t* dim, int64_t dim_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input_, const int64_t* dim_, int64_t dim_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef dim = sffi::array_arg(dim_, dim_len, "dim");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_squeeze_dims"
        return sffi::new_tensor(at::squeeze(input, dim));
#line 565 "ops_8.cpp"
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
#line 591 "ops_8.cpp"
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
#line 613 "ops_8.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cumsum(int64_t input, int64_t dim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cumsum(int64_t input_, int64_t dim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_cumsum"
        return sffi::new_tensor(at::cumsum(input, dim, dtype));
#line 636 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cumsum");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cumsum");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cumsum");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_any_dim(int64_t input, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_any_dim(int64_t input_, int64_t dim_, bool keepdim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_any_dim"
        return sffi::new_tensor(at::any(input, dim, keepdim));
#line 659 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_any_dim");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_any_dim");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_any_dim");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_kthvalue(int64_t input, int64_t k, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_kthvalue(int64_t input_, int64_t k_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t k = k_;
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_torchtensor_kthvalue"
        return sffi::write_tensors(out, out_capacity, at::kthvalue(input, k, dim, keepdim));
#line 683 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_kthvalue");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_kthvalue");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_kthvalue");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_msort(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_msort(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_msort"
        return sffi::new_tensor(at::msort(input));
#line 704 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_msort");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_msort");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_msort");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_split_tensor(int64_t input, int64_t split_size, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_split_tensor(int64_t input_, int64_t split_size_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t split_size = split_size_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_split_tensor"
        return sffi::write_tensors(out, out_capacity, at::split(input, split_size, dim));
#line 727 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_split_tensor");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_split_tensor");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_split_tensor");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ones_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ones_like(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_ones_like"
        return sffi::new_tensor(at::ones_like(input, dtype, ::std::nullopt, device, ::std::nullopt, sffi::memory_format_arg(memory_format)));
#line 751 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ones_like");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ones_like");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ones_like");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean, double std_arg) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean_, double std_arg_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor mean = sffi::tensor_arg(mean_, "mean");
        const double std_arg = std_arg_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_normal_tensor_float"
        return sffi::new_tensor(at::normal(mean, std_arg));
#line 773 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_tensor_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_tensor_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_triu_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_triu_indices(int64_t row_, int64_t col_, int64_t offset_, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const int64_t row = row_;
        const int64_t col = col_;
        const int64_t offset = offset_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_tensor_triu_indices"
        return sffi::new_tensor(at::triu_indices(row, col, offset, dtype, ::std::nullopt, device, ::std::nullopt));
#line 798 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_triu_indices");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_triu_indices");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_triu_indices");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_empty(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_new_empty(int64_t input_, const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 11 "spec/torch_api.yaml@rt_torch_torchtensor_new_empty"
        return sffi::new_tensor(input.new_empty(size, dtype, ::std::nullopt, device, ::std::nullopt));
#line 822 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_empty");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_empty");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_empty");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_geqrf(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_geqrf(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_geqrf"
        return sffi::write_tensors(out, out_capacity, at::geqrf(input));
#line 843 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_geqrf");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_geqrf");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_geqrf");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond_p_str(int64_t input, const char* p) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond_p_str(int64_t input_, const char* p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view p = sffi::text_arg(p_, "p");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_cond_p_str"
        return sffi::new_tensor(at::linalg_cond(input, p));
#line 865 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cond_p_str");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_cond_p_str");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_cond_p_str");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvalsh(int64_t input, const char* uplo) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvalsh(int64_t input_, const char* uplo_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view uplo = sffi::text_arg(uplo_, "uplo");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_eigvalsh"
        return sffi::new_tensor(at::linalg_eigvalsh(input, uplo));
#line 887 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigvalsh");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_eigvalsh");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_eigvalsh");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_power(int64_t input, int64_t n) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_power(int64_t input_, int64_t n_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t n = n_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_linalg_matrix_power"
        return sffi::new_tensor(at::linalg_matrix_power(input, n));
#line 909 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_power");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_linalg_matrix_power");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_linalg_matrix_power");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mt(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mt(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_mt"
        return sffi::new_tensor(input.mT());
#line 930 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mt");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mt");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mt");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_tan(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_tan(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_tan"
        return sffi::new_tensor(at::tan(input));
#line 951 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_tan");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_tan");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_tan");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_acos(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_acos(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_acos"
        return sffi::new_tensor(at::acos(input));
#line 972 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_acos");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_acos");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_acos");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_i0(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_i0(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_i0"
        return sffi::new_tensor(at::i0(input));
#line 993 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_i0");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_i0");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_i0");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_mvlgamma(int64_t input, int64_t p) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_mvlgamma(int64_t input_, int64_t p_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t p = p_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_mvlgamma"
        return sffi::new_tensor(at::mvlgamma(input, p));
#line 1015 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mvlgamma");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mvlgamma");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mvlgamma");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_float_power_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_float_power_scalar(double input_, int64_t input_int, int32_t input_kind, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const at::Tensor exponent = sffi::tensor_arg(exponent_, "exponent");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_tensor_float_power_scalar"
        return sffi::new_tensor(at::float_power(input, exponent));
#line 1037 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_float_power_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_float_power_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_float_power_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_lcm(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_lcm(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_lcm"
        return sffi::new_tensor(at::lcm(input, other));
#line 1058 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lcm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lcm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lcm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_eq_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_eq_tensor(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_eq_tensor"
        return sffi::new_tensor(at::eq(input, other));
#line 1079 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_eq_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_eq_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_eq_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_ge_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_ge_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_ge_scalar"
        return sffi::new_tensor(at::ge(input, other));
#line 1101 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_ge_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_ge_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_ge_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_isposinf(int64_t input) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_isposinf(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_torchtensor_isposinf"
        return sffi::new_tensor(at::isposinf(input));
#line 1122 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_isposinf");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_isposinf");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_isposinf");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalar(int64_t condition, double input, int64_t input_int, int32_t input_kind, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_where_scalar(int64_t condition_, double input_, int64_t input_int, int32_t input_kind, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor condition = sffi::tensor_arg(condition_, "condition");
        const c10::Scalar input = sffi::scalar_arg(input_, input_int, input_kind, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::SharedCall call_lock;
#line 9 "spec/torch_api.yaml@rt_torch_torchtensor_where_scalar"
        return sffi::new_tensor(at::where(condition, input, other));
#line 1145 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_where_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_where_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_where_scalar");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_pow_scalar_(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_pow_scalar_(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::ExclusiveCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_torchtensor_pow_scalar_"
        input.pow_(exponent);
#line 1167 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_scalar_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmin(int64_t input, int64_t dim, bool dim_present, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_softmin(int64_t input_, int64_t dim_, bool dim_present, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_torchtensor_softmin"
        return sffi::new_tensor(at::softmax(at::neg(input), dim.has_value() ? *dim : ((input.dim() == 0 || input.dim() == 1 || input.dim() == 3) ? 0 : 1), dtype));
#line 1187 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_softmin");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_softmin");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_softmin");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_soft_margin_loss(int64_t input, int64_t target, const char* reduction) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_soft_margin_loss(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 10 "spec/torch_api.yaml@rt_torch_nn_soft_margin_loss"
        return sffi::new_tensor(at::soft_margin_loss(input, target, sffi::reduction_arg(reduction)));
#line 1209 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_soft_margin_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_soft_margin_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_soft_margin_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_channel_shuffle(int64_t input, int64_t groups) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_channel_shuffle(int64_t input_, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_nn_channel_shuffle"
        return sffi::new_tensor(at::channel_shuffle(input, groups));
#line 1231 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_channel_shuffle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_channel_shuffle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_channel_shuffle");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool2d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_max_unpool2d(int64_t input_, int64_t indices_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* output_size_, int64_t output_size_len, bool output_size_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const at::OptionalIntArrayRef output_size = sffi::optional_array_arg(output_size_, output_size_len, output_size_present, "output_size");
        const sffi::SharedCall call_lock;
#line 12 "spec/torch_api.yaml@rt_torch_nn_max_unpool2d"
        return sffi::new_tensor([&] {
    const c10::IntArrayRef given = stride.value_or_empty();
    const std::vector<int64_t> step = given.empty() ? std::vector<int64_t>(kernel_size.begin(), kernel_size.end()) : given.vec();
    TORCH_CHECK_INDEX(kernel_size.size() == 2 && step.size() == 2 && padding.size() == 2,
                      "max_unpool2d: kernel_size, stride and padding need 2 values (or one for all)");
    std::vector<int64_t> size;
    for (int64_t d = 0; d < 2; ++d) {
        size.push_back((input.size(input.dim() - 2 + d) - 1) * step[d] + kernel_size[d] - 2 * padding[d]);
    }
    if (output_size.has_value()) {
        auto wanted = output_size->vec();
        if (wanted.size() == 4) wanted.erase(wanted.begin(), wanted.begin() + 2);
        TORCH_CHECK_VALUE(wanted.size() == 2, "output_size should be a sequence containing 2 or 4 elements, but it has a length of '",
                          output_size->size(), "'");
        for (int64_t d = 0; d < 2; ++d) {
            TORCH_CHECK_VALUE(size[d] - step[d] < wanted[d] && wanted[d] < size[d] + step[d], "invalid output_size \"", *output_size,
                              "\" (dim ", d, " must be between ", size[d] - step[d], " and ", size[d] + step[d], ")");
        }
        size = wanted;
    }
    return at::max_unpool2d(input, indices, size);
}());
#line 1277 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_unpool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_unpool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_unpool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding_bag(int64_t input, int64_t weight, int64_t offsets, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, const char* mode, bool sparse, int64_t per_sample_weights, bool include_last_offset, int64_t padding_idx, bool padding_idx_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_embedding_bag(int64_t input_, int64_t weight_, int64_t offsets_, double max_norm_, bool max_norm_present, double norm_type_, bool scale_grad_by_freq_, const char* mode_, bool sparse_, int64_t per_sample_weights_, bool include_last_offset_, int64_t padding_idx_, bool padding_idx_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> offsets = sffi::optional_tensor_arg(offsets_, "offsets");
        const std::optional<double> max_norm = sffi::optional_arg(max_norm_, max_norm_present);
        const double norm_type = norm_type_;
        const bool scale_grad_by_freq = scale_grad_by_freq_;
        const std::string_view mode = sffi::enum_arg(mode_, "mode", {"sum", "mean", "max"}, sffi::Code::value);
        const bool sparse = sparse_;
        const std::optional<at::Tensor> per_sample_weights = sffi::optional_tensor_arg(per_sample_weights_, "per_sample_weights");
        const bool include_last_offset = include_last_offset_;
        const std::optional<int64_t> padding_idx = sffi::optional_arg(padding_idx_, padding_idx_present);
        const sffi::SharedCall call_lock;
#line 17 "spec/torch_api.yaml@rt_torch_nn_embedding_bag"
        return sffi::new_tensor([&] {
    at::Tensor indices = input, table = weight;
    if (table.scalar_type() == at::kLong && indices.is_floating_point()) std::swap(indices, table);  // F's legacy argument order
    std::optional<at::Tensor> bag_offsets = offsets, sample_weights = per_sample_weights;
    bool last_offset = include_last_offset;
    TORCH_CHECK_VALUE(!sample_weights.has_value() || sample_weights->sizes() == indices.sizes(), "embedding_bag: If per_sample_weights (",
                      sample_weights.has_value() ? sample_weights->sizes() : c10::IntArrayRef(), ") is not None, then it must have the same shape as the input (",
                      indices.sizes(), ")");
    TORCH_CHECK_VALUE(table.dim() == 2, "weight has to be a 2D Tensor, but got Tensor of dimension ", table.dim());
    if (indices.dim() == 2) {
        TORCH_CHECK_VALUE(!bag_offsets.has_value(), "if input is 2D, then offsets has to be None, as input is treated is a mini-batch of fixed length sequences.");
        bag_offsets = at::arange(0, indices.numel(), indices.size(1), indices.options());
        last_offset = false;
        indices = indices.reshape(-1);
        if (sample_weights.has_value()) sample_weights = sample_weights->reshape(-1);
    } else if (indices.dim() == 1) {
        TORCH_CHECK_VALUE(bag_offsets.has_value(), "offsets has to be a 1D Tensor but got None");
        TORCH_CHECK_VALUE(bag_offsets->dim() == 1, "offsets has to be a 1D Tensor");
    } else {
        TORCH_CHECK_VALUE(false, "input has to be 1D or 2D Tensor, but got Tensor of dimension ", indices.dim());
    }
    const int64_t mode_code = mode == "sum" ? 0 : mode == "mean" ? 1 : 2;
    TORCH_CHECK_VALUE(!(mode_code == 2 && scale_grad_by_freq), "max mode does not support scaling the gradient by the frequency");
    TORCH_CHECK_VALUE(!(mode_code == 2 && sparse), "max mode does not support sparse weights");
    if (max_norm.has_value()) {  // F renormalises the looked-up rows of weight, in place, outside autograd
        table.detach().copy_(at::embedding_renorm(table.detach(), indices.contiguous(), *max_norm, norm_type));
    }
    TORCH_CHECK_NOT_IMPLEMENTED(!sample_weights.has_value() || mode_code == 0,
                                "embedding_bag: per_sample_weights was not None. per_sample_weights is only supported for mode='sum' (got mode='",
                                mode, "'). Please open a feature request on GitHub.");
    return std::get<0>(at::embedding_bag(table, indices, *bag_offsets, scale_grad_by_freq, mode_code, sparse, sample_weights, last_offset, padding_idx));
}());
#line 1338 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding_bag");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding_bag");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding_bag");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_jit_parameters(int64_t module, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_jit_parameters(int64_t module_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const sffi::SharedCall call_lock;
#line 7 "spec/torch_api.yaml@rt_torch_jit_parameters"
        return sffi::write_tensors(out, out_capacity, sffi::jit_parameters(module));
#line 1359 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_parameters");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_parameters");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_parameters");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_is_autocast_enabled(const char* device_type) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_is_autocast_enabled(const char* device_type_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view device_type = sffi::enum_arg(device_type_, "device_type", {"cpu", "cuda"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_is_autocast_enabled"
        return sffi::to_bool(sffi::autocast_is_enabled(device_type));
#line 1380 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_is_autocast_enabled");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_is_autocast_enabled");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_is_autocast_enabled");
        return false;
    }
}

RT_TORCH_API int32_t rt_torch_get_autocast_dtype(const char* device_type) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_get_autocast_dtype(const char* device_type_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view device_type = sffi::enum_arg(device_type_, "device_type", {"cpu", "cuda"}, sffi::Code::other);
        const sffi::SharedCall call_lock;
#line 8 "spec/torch_api.yaml@rt_torch_get_autocast_dtype"
        return sffi::dtype_result(sffi::autocast_dtype(device_type));
#line 1401 "ops_8.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_get_autocast_dtype");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_get_autocast_dtype");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_get_autocast_dtype");
        return -1;
    }
}

}  // extern "C"
