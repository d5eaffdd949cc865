// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Indexing and Slicing, Neural Network Operations, Loss Functions, Autograd, Device Management, CUDA Streams, Memory Management, Tensor Data, Parameter Updates: 149 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/argwhere.h>)
#include <ATen/ops/argwhere.h>
#else
#line 4886 "spec/torch_api.yaml"
#error "binds calls at::argwhere, which this ATen does not have (no <ATen/ops/argwhere.h>)"
#endif
#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 995 "spec/torch_api.yaml"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 928 "spec/torch_api.yaml"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 951 "spec/torch_api.yaml"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/clone.h>)
#include <ATen/ops/clone.h>
#else
#line 1281 "spec/torch_api.yaml"
#error "binds calls at::clone, which this ATen does not have (no <ATen/ops/clone.h>)"
#endif
#if __has_include(<ATen/ops/complex.h>)
#include <ATen/ops/complex.h>
#else
#line 2958 "spec/torch_api.yaml"
#error "binds calls at::complex, which this ATen does not have (no <ATen/ops/complex.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 968 "spec/torch_api.yaml"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 1088 "spec/torch_api.yaml"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/diagonal_scatter.h>)
#include <ATen/ops/diagonal_scatter.h>
#else
#line 4934 "spec/torch_api.yaml"
#error "binds calls at::diagonal_scatter, which this ATen does not have (no <ATen/ops/diagonal_scatter.h>)"
#endif
#if __has_include(<ATen/ops/embedding.h>)
#include <ATen/ops/embedding.h>
#else
#line 1063 "spec/torch_api.yaml"
#error "binds calls at::embedding, which this ATen does not have (no <ATen/ops/embedding.h>)"
#endif
#if __has_include(<ATen/ops/gather.h>)
#include <ATen/ops/gather.h>
#else
#line 917 "spec/torch_api.yaml"
#error "binds calls at::gather, which this ATen does not have (no <ATen/ops/gather.h>)"
#endif
#if __has_include(<ATen/ops/imag.h>)
#include <ATen/ops/imag.h>
#else
#line 1692 "spec/torch_api.yaml"
#error "binds calls at::imag, which this ATen does not have (no <ATen/ops/imag.h>)"
#endif
#if __has_include(<ATen/ops/index.h>)
#include <ATen/ops/index.h>
#else
#line 2757 "spec/torch_api.yaml"
#error "binds calls at::index, which this ATen does not have (no <ATen/ops/index.h>)"
#endif
#if __has_include(<ATen/ops/index_add.h>)
#include <ATen/ops/index_add.h>
#else
#line 4625 "spec/torch_api.yaml"
#error "binds calls at::index_add, which this ATen does not have (no <ATen/ops/index_add.h>)"
#endif
#if __has_include(<ATen/ops/index_copy.h>)
#include <ATen/ops/index_copy.h>
#else
#line 4640 "spec/torch_api.yaml"
#error "binds calls at::index_copy, which this ATen does not have (no <ATen/ops/index_copy.h>)"
#endif
#if __has_include(<ATen/ops/index_fill.h>)
#include <ATen/ops/index_fill.h>
#else
#line 4655 "spec/torch_api.yaml"
#error "binds calls at::index_fill, which this ATen does not have (no <ATen/ops/index_fill.h>)"
#endif
#if __has_include(<ATen/ops/index_put.h>)
#include <ATen/ops/index_put.h>
#else
#line 4687 "spec/torch_api.yaml"
#error "binds calls at::index_put, which this ATen does not have (no <ATen/ops/index_put.h>)"
#endif
#if __has_include(<ATen/ops/index_reduce.h>)
#include <ATen/ops/index_reduce.h>
#else
#line 4705 "spec/torch_api.yaml"
#error "binds calls at::index_reduce, which this ATen does not have (no <ATen/ops/index_reduce.h>)"
#endif
#if __has_include(<ATen/ops/index_select.h>)
#include <ATen/ops/index_select.h>
#else
#line 905 "spec/torch_api.yaml"
#error "binds calls at::index_select, which this ATen does not have (no <ATen/ops/index_select.h>)"
#endif
#if __has_include(<ATen/ops/layer_norm.h>)
#include <ATen/ops/layer_norm.h>
#else
#line 1027 "spec/torch_api.yaml"
#error "binds calls at::layer_norm, which this ATen does not have (no <ATen/ops/layer_norm.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 1051 "spec/torch_api.yaml"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/masked_scatter.h>)
#include <ATen/ops/masked_scatter.h>
#else
#line 8563 "spec/torch_api.yaml"
#error "binds calls at::masked_scatter, which this ATen does not have (no <ATen/ops/masked_scatter.h>)"
#endif
#if __has_include(<ATen/ops/masked_select.h>)
#include <ATen/ops/masked_select.h>
#else
#line 8549 "spec/torch_api.yaml"
#error "binds calls at::masked_select, which this ATen does not have (no <ATen/ops/masked_select.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 981 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 2826 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/nll_loss_nd.h>)
#include <ATen/ops/nll_loss_nd.h>
#else
#line 1112 "spec/torch_api.yaml"
#error "binds calls at::nll_loss_nd, which this ATen does not have (no <ATen/ops/nll_loss_nd.h>)"
#endif
#if __has_include(<ATen/ops/nonzero.h>)
#include <ATen/ops/nonzero.h>
#else
#line 4861 "spec/torch_api.yaml"
#error "binds calls at::nonzero, which this ATen does not have (no <ATen/ops/nonzero.h>)"
#endif
#if __has_include(<ATen/ops/nonzero_numpy.h>)
#include <ATen/ops/nonzero_numpy.h>
#else
#line 4873 "spec/torch_api.yaml"
#error "binds calls at::nonzero_numpy, which this ATen does not have (no <ATen/ops/nonzero_numpy.h>)"
#endif
#if __has_include(<ATen/ops/polar.h>)
#include <ATen/ops/polar.h>
#else
#line 5362 "spec/torch_api.yaml"
#error "binds calls at::polar, which this ATen does not have (no <ATen/ops/polar.h>)"
#endif
#if __has_include(<ATen/ops/put.h>)
#include <ATen/ops/put.h>
#else
#line 4849 "spec/torch_api.yaml"
#error "binds calls at::put, which this ATen does not have (no <ATen/ops/put.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 1681 "spec/torch_api.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/scatter.h>)
#include <ATen/ops/scatter.h>
#else
#line 4720 "spec/torch_api.yaml"
#error "binds calls at::scatter, which this ATen does not have (no <ATen/ops/scatter.h>)"
#endif
#if __has_include(<ATen/ops/scatter_add.h>)
#include <ATen/ops/scatter_add.h>
#else
#line 4788 "spec/torch_api.yaml"
#error "binds calls at::scatter_add, which this ATen does not have (no <ATen/ops/scatter_add.h>)"
#endif
#if __has_include(<ATen/ops/scatter_reduce.h>)
#include <ATen/ops/scatter_reduce.h>
#else
#line 4806 "spec/torch_api.yaml"
#error "binds calls at::scatter_reduce, which this ATen does not have (no <ATen/ops/scatter_reduce.h>)"
#endif
#if __has_include(<ATen/ops/select.h>)
#include <ATen/ops/select.h>
#else
#line 2744 "spec/torch_api.yaml"
#error "binds calls at::select, which this ATen does not have (no <ATen/ops/select.h>)"
#endif
#if __has_include(<ATen/ops/select_scatter.h>)
#include <ATen/ops/select_scatter.h>
#else
#line 4901 "spec/torch_api.yaml"
#error "binds calls at::select_scatter, which this ATen does not have (no <ATen/ops/select_scatter.h>)"
#endif
#if __has_include(<ATen/ops/slice.h>)
#include <ATen/ops/slice.h>
#else
#line 892 "spec/torch_api.yaml"
#error "binds calls at::slice, which this ATen does not have (no <ATen/ops/slice.h>)"
#endif
#if __has_include(<ATen/ops/slice_scatter.h>)
#include <ATen/ops/slice_scatter.h>
#else
#line 4918 "spec/torch_api.yaml"
#error "binds calls at::slice_scatter, which this ATen does not have (no <ATen/ops/slice_scatter.h>)"
#endif
#if __has_include(<ATen/ops/stack.h>)
#include <ATen/ops/stack.h>
#else
#line 939 "spec/torch_api.yaml"
#error "binds calls at::stack, which this ATen does not have (no <ATen/ops/stack.h>)"
#endif
#if __has_include(<ATen/ops/take.h>)
#include <ATen/ops/take.h>
#else
#line 4820 "spec/torch_api.yaml"
#error "binds calls at::take, which this ATen does not have (no <ATen/ops/take.h>)"
#endif
#if __has_include(<ATen/ops/take_along_dim.h>)
#include <ATen/ops/take_along_dim.h>
#else
#line 4834 "spec/torch_api.yaml"
#error "binds calls at::take_along_dim, which this ATen does not have (no <ATen/ops/take_along_dim.h>)"
#endif
#if __has_include(<ATen/ops/view_as_complex.h>)
#include <ATen/ops/view_as_complex.h>
#else
#line 5386 "spec/torch_api.yaml"
#error "binds calls at::view_as_complex, which this ATen does not have (no <ATen/ops/view_as_complex.h>)"
#endif
#if __has_include(<ATen/ops/view_as_real.h>)
#include <ATen/ops/view_as_real.h>
#else
#line 5374 "spec/torch_api.yaml"
#error "binds calls at::view_as_real, which this ATen does not have (no <ATen/ops/view_as_real.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle_, int64_t dim_, int64_t start_, int64_t end_, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t end = end_;
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 892 "spec/torch_api.yaml"
        return sffi::new_tensor(at::slice(handle, dim, start, end, step));
#line 278 "ops_3.cpp"
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
#line 905 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_select(handle, dim, indices));
#line 299 "ops_3.cpp"
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
#line 917 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gather(handle, dim, indices));
#line 320 "ops_3.cpp"
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
#line 928 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 341 "ops_3.cpp"
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
#line 939 "spec/torch_api.yaml"
        return sffi::new_tensor(at::stack(tensors, dim));
#line 362 "ops_3.cpp"
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
#line 951 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 384 "ops_3.cpp"
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
#line 2744 "spec/torch_api.yaml"
        return sffi::new_tensor(at::select(input, dim, index));
#line 406 "ops_3.cpp"
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
#line 2757 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index(input, indices));
#line 427 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_add(int64_t input_, int64_t dim_, int64_t index_, int64_t source_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 4625 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_add(input, dim, index, source, alpha));
#line 449 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_add");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_copy(int64_t input_, int64_t dim_, int64_t index_, int64_t source_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4640 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_copy(input, dim, index, source));
#line 470 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_scalar(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 4655 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_fill(input, dim, index, value));
#line 492 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input_, int64_t dim_, int64_t index_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, value] = sffi::tensor_args<3>({input_, index_, value_}, {"input", "index", "value"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4671 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_fill(input, dim, index, value));
#line 513 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_fill_int_tensor");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_put(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t values_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, values] = sffi::tensor_args<2>({input_, values_}, {"input", "values"});
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const bool accumulate = accumulate_;
        const sffi::SharedCall call_lock;
#line 4687 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_put(input, indices, values, accumulate));
#line 535 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_reduce(int64_t input_, int64_t dim_, int64_t index_, int64_t source_, const char* reduce_, bool include_self_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const bool include_self = include_self_;
        const sffi::SharedCall call_lock;
#line 4705 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_reduce(input, dim, index, source, reduce, include_self));
#line 558 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_src(int64_t input_, int64_t dim_, int64_t index_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4720 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, src));
#line 579 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::SharedCall call_lock;
#line 4736 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, value));
#line 601 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_value");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_value");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce(int64_t input_, int64_t dim_, int64_t index_, int64_t src_, const char* reduce_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const sffi::SharedCall call_lock;
#line 4754 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, src, reduce));
#line 623 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_scatter_reduce");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_scatter_reduce");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value_reduce(int64_t input_, int64_t dim_, int64_t index_, double value_, int64_t value_int, int32_t value_kind, const char* reduce_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const int64_t dim = dim_;
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const sffi::SharedCall call_lock;
#line 4772 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter(input, dim, index, value, reduce));
#line 646 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_add(int64_t input_, int64_t dim_, int64_t index_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 4788 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter_add(input, dim, index, src));
#line 667 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce_two(int64_t input_, int64_t dim_, int64_t index_, int64_t src_, const char* reduce_, bool include_self_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, src] = sffi::tensor_args<3>({input_, index_, src_}, {"input", "index", "src"});
        const int64_t dim = dim_;
        const std::string_view reduce = sffi::text_arg(reduce_, "reduce");
        const bool include_self = include_self_;
        const sffi::SharedCall call_lock;
#line 4806 "spec/torch_api.yaml"
        return sffi::new_tensor(at::scatter_reduce(input, dim, index, src, reduce, include_self));
#line 690 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_take(int64_t input_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index] = sffi::tensor_args<2>({input_, index_}, {"input", "index"});
        const sffi::SharedCall call_lock;
#line 4820 "spec/torch_api.yaml"
        return sffi::new_tensor(at::take(input, index));
#line 710 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_take");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_take");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_take");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_take_along_dim(int64_t input_, int64_t indices_, int64_t dim_, bool dim_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, indices] = sffi::tensor_args<2>({input_, indices_}, {"input", "indices"});
        const std::optional<int64_t> dim = sffi::optional_arg(dim_, dim_present);
        const sffi::SharedCall call_lock;
#line 4834 "spec/torch_api.yaml"
        return sffi::new_tensor(at::take_along_dim(input, indices, dim));
#line 731 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_put(int64_t input_, int64_t index_, int64_t source_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, index, source] = sffi::tensor_args<3>({input_, index_, source_}, {"input", "index", "source"});
        const bool accumulate = accumulate_;
        const sffi::SharedCall call_lock;
#line 4849 "spec/torch_api.yaml"
        return sffi::new_tensor(at::put(input, index, source, accumulate));
#line 752 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4861 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nonzero(input));
#line 772 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_nonzero");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_nonzero");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_nonzero");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero_numpy(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4873 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::nonzero_numpy(input));
#line 792 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_argwhere(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 4886 "spec/torch_api.yaml"
        return sffi::new_tensor(at::argwhere(input));
#line 812 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_argwhere");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_argwhere");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_argwhere");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_select_scatter(int64_t input_, int64_t src_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 4901 "spec/torch_api.yaml"
        return sffi::new_tensor(at::select_scatter(input, src, dim, index));
#line 834 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_select_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_select_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_select_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_slice_scatter(int64_t input_, int64_t src_, int64_t dim_, int64_t start_, bool start_present, int64_t end_, bool end_present, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t dim = dim_;
        const std::optional<int64_t> start = sffi::optional_arg(start_, start_present);
        const std::optional<int64_t> end = sffi::optional_arg(end_, end_present);
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 4918 "spec/torch_api.yaml"
        return sffi::new_tensor(at::slice_scatter(input, src, dim, start, end, step));
#line 858 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_slice_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_slice_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_slice_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input_, int64_t src_, int64_t offset_, int64_t dim1_, int64_t dim2_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, src] = sffi::tensor_args<2>({input_, src_}, {"input", "src"});
        const int64_t offset = offset_;
        const int64_t dim1 = dim1_;
        const int64_t dim2 = dim2_;
        const sffi::SharedCall call_lock;
#line 4934 "spec/torch_api.yaml"
        return sffi::new_tensor(at::diagonal_scatter(input, src, offset, dim1, dim2));
#line 881 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_diagonal_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_diagonal_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_diagonal_scatter");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_select(int64_t input_, int64_t mask_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask] = sffi::tensor_args<2>({input_, mask_}, {"input", "mask"});
        const sffi::SharedCall call_lock;
#line 8549 "spec/torch_api.yaml"
        return sffi::new_tensor(at::masked_select(input, mask));
#line 901 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_masked_scatter(int64_t input_, int64_t mask_, int64_t source_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask, source] = sffi::tensor_args<3>({input_, mask_, source_}, {"input", "mask", "source"});
        const sffi::SharedCall call_lock;
#line 8563 "spec/torch_api.yaml"
        return sffi::new_tensor(at::masked_scatter(input, mask, source));
#line 921 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_scatter");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_scatter");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_scatter");
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
#line 968 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 946 "ops_3.cpp"
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
#line 981 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride, padding));
#line 969 "ops_3.cpp"
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
#line 995 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride, padding));
#line 992 "ops_3.cpp"
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
#line 1013 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps));
#line 1019 "ops_3.cpp"
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
#line 1027 "spec/torch_api.yaml"
        return sffi::new_tensor(at::layer_norm(input, normalized_shape, weight, bias, eps));
#line 1043 "ops_3.cpp"
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
#line 1039 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::dropout(input, p, training));
#line 1065 "ops_3.cpp"
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
        const auto [input, weight, bias] = sffi::tensor_args<3>({input_, weight_, bias_}, {"input", "weight", "bias"});
        const sffi::SharedCall call_lock;
#line 1051 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 1085 "ops_3.cpp"
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
#line 1063 "spec/torch_api.yaml"
        return sffi::new_tensor(at::embedding(weight, input));
#line 1105 "ops_3.cpp"
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
#line 2790 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 1130 "ops_3.cpp"
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
#line 2807 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1155 "ops_3.cpp"
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
#line 2826 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 1180 "ops_3.cpp"
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
#line 2845 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 1206 "ops_3.cpp"
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
#line 2863 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse));
#line 1231 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_linear_v2(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::SharedCall call_lock;
#line 2877 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 1252 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_linear_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_linear_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_linear_v2");
        return 0;
    }
}

RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1076 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::mse_loss(input, target));
#line 1272 "ops_3.cpp"
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
#line 1088 "spec/torch_api.yaml"
        return sffi::to_f64(at::cross_entropy_loss(input, target));
#line 1292 "ops_3.cpp"
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
#line 1100 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::binary_cross_entropy(input, target));
#line 1312 "ops_3.cpp"
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
#line 1112 "spec/torch_api.yaml"
        return sffi::to_f64(at::nll_loss_nd(input, target));
#line 1332 "ops_3.cpp"
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
#line 2893 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::mse_loss(input, target, reduction));
#line 1353 "ops_3.cpp"
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
#line 2911 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cross_entropy_loss(input, target, weight, sffi::reduction_arg(reduction), ignore_index, label_smoothing));
#line 1377 "ops_3.cpp"
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
#line 2927 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::binary_cross_entropy(input, target, weight, reduction));
#line 1399 "ops_3.cpp"
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
#line 2944 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nll_loss_nd(input, target, weight, sffi::reduction_arg(reduction), ignore_index));
#line 1422 "ops_3.cpp"
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
#line 1125 "spec/torch_api.yaml"
        handle.requires_grad_(requires_grad);
#line 1443 "ops_3.cpp"
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
#line 1136 "spec/torch_api.yaml"
        return sffi::to_bool(handle.requires_grad());
#line 1460 "ops_3.cpp"
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
#line 1147 "spec/torch_api.yaml"
        return sffi::new_optional_tensor(handle.grad());
#line 1480 "ops_3.cpp"
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
#line 1159 "spec/torch_api.yaml"
        handle.backward();
#line 1500 "ops_3.cpp"
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
#line 1170 "spec/torch_api.yaml"
        sffi::zero_grad(handle);
#line 1517 "ops_3.cpp"
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
#line 1181 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.detach());
#line 1534 "ops_3.cpp"
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
#line 1194 "spec/torch_api.yaml"
        sffi::no_grad_guard_begin();
#line 1553 "ops_3.cpp"
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
#line 1207 "spec/torch_api.yaml"
        sffi::no_grad_guard_end();
#line 1569 "ops_3.cpp"
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
#line 1777 "spec/torch_api.yaml"
        sffi::set_grad(handle, grad);
#line 1587 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_grad");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1953 "spec/torch_api.yaml"
        sffi::no_grad_begin();
#line 1603 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_begin_v2");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1967 "spec/torch_api.yaml"
        sffi::no_grad_end();
#line 1619 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_end_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_end_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_end_v2");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t handle_, int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1220 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_cuda(handle, device_id));
#line 1637 "ops_3.cpp"
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
#line 1231 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.cpu());
#line 1657 "ops_3.cpp"
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
#line 1242 "spec/torch_api.yaml"
        return sffi::to_bool(handle.is_cuda());
#line 1677 "ops_3.cpp"
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
#line 1254 "spec/torch_api.yaml"
        return sffi::to_i32(handle.get_device());
#line 1697 "ops_3.cpp"
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
        const sffi::SharedCall call_lock;
#line 1269 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_cuda_ignoring_stream(handle, device_id, stream_));
#line 1718 "ops_3.cpp"
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
#line 1281 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(handle));
#line 1738 "ops_3.cpp"
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
#line 1595 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::cuda_device_count());
#line 1757 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle_, int32_t device_id_, int64_t stream_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const c10::Stream stream = sffi::stream_arg(stream_, "stream");
        const sffi::SharedCall call_lock;
#line 1983 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_stream(handle, device_id, stream));
#line 1779 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_stream_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_stream_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_stream_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3042 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(input, sffi::memory_format_arg(memory_format)));
#line 1800 "ops_3.cpp"
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
#line 1294 "spec/torch_api.yaml"
        return sffi::new_stream(sffi::stream_from_pool(device_id));
#line 1820 "ops_3.cpp"
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
        const sffi::SharedCall call_lock;
#line 1307 "spec/torch_api.yaml"
        sffi::sync_stream_if_known(handle_);
#line 1839 "ops_3.cpp"
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
        const sffi::SharedCall call_lock;
#line 1320 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::query_stream_if_known(handle_));
#line 1855 "ops_3.cpp"
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
#line 1331 "spec/torch_api.yaml"
        sffi::free_stream(handle_);
#line 1873 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_free");
    }
}

RT_TORCH_API void rt_torch_torchstream_sync_v2(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1996 "spec/torch_api.yaml"
        handle.synchronize();
#line 1890 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync_v2");
    }
}

RT_TORCH_API bool rt_torch_torchstream_query_v2(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 2009 "spec/torch_api.yaml"
        return sffi::to_bool(handle.query());
#line 1907 "ops_3.cpp"
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

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 1345 "spec/torch_api.yaml"
        sffi::free_tensor(handle_);
#line 1925 "ops_3.cpp"
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
#line 1357 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_memory_allocated(device_id));
#line 1942 "ops_3.cpp"
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
#line 1367 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_max_memory_allocated(device_id));
#line 1962 "ops_3.cpp"
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
#line 1376 "spec/torch_api.yaml"
        sffi::cuda_empty_cache();
#line 1981 "ops_3.cpp"
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
#line 1439 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::release_tensor(handle_));
#line 1995 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_stride(int64_t input_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1490 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, input.strides());
#line 2015 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stride");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stride");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stride");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_stride_int(int64_t input_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 1504 "spec/torch_api.yaml"
        return sffi::to_i64(input.stride(dim));
#line 2036 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_stride_int");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_stride_int");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_stride_int");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_storage_offset(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1518 "spec/torch_api.yaml"
        return sffi::to_i64(input.storage_offset());
#line 2056 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_storage_offset");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_storage_offset");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_storage_offset");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_contiguous(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::string_view memory_format = sffi::enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 1533 "spec/torch_api.yaml"
        return sffi::to_bool(input.is_contiguous(sffi::memory_format_arg(memory_format)));
#line 2077 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_contiguous");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_contiguous");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_contiguous");
        return false;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_complex(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1546 "spec/torch_api.yaml"
        return sffi::to_bool(input.is_complex());
#line 2097 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_complex");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_complex");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_complex");
        return false;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_floating_point(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1559 "spec/torch_api.yaml"
        return sffi::to_bool(input.is_floating_point());
#line 2117 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_floating_point");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_floating_point");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_floating_point");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_element_size(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 1572 "spec/torch_api.yaml"
        return sffi::to_i64(static_cast<int64_t>(input.element_size()));
#line 2137 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_element_size");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_element_size");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_element_size");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_type_as(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::SharedCall call_lock;
#line 1584 "spec/torch_api.yaml"
        return sffi::new_tensor(input.type_as(other));
#line 2157 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_type_as");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_type_as");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_type_as");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1619 "spec/torch_api.yaml"
        return sffi::to_f64(handle.item());
#line 2177 "ops_3.cpp"
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
#line 1631 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 2197 "ops_3.cpp"
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
#line 1643 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 2217 "ops_3.cpp"
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
#line 1656 "spec/torch_api.yaml"
        return sffi::dtype_result(handle.scalar_type());
#line 2237 "ops_3.cpp"
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
#line 1669 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.to(dtype));
#line 2258 "ops_3.cpp"
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
#line 1681 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(handle));
#line 2278 "ops_3.cpp"
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
#line 1692 "spec/torch_api.yaml"
        return sffi::new_tensor(at::imag(handle));
#line 2298 "ops_3.cpp"
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
#line 2958 "spec/torch_api.yaml"
        return sffi::new_tensor(at::complex(real, imag));
#line 2318 "ops_3.cpp"
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
#line 2975 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(dtype, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 2342 "ops_3.cpp"
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
#line 2993 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(device, dtype.value_or(input.scalar_type()), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 2367 "ops_3.cpp"
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
#line 3010 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(other, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 2390 "ops_3.cpp"
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
#line 3028 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::TensorOptions().dtype(dtype).device(device), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 2415 "ops_3.cpp"
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
#line 5362 "spec/torch_api.yaml"
        return sffi::new_tensor(at::polar(abs, angle));
#line 2435 "ops_3.cpp"
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
#line 5374 "spec/torch_api.yaml"
        return sffi::new_tensor(at::view_as_real(input));
#line 2455 "ops_3.cpp"
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
#line 5386 "spec/torch_api.yaml"
        return sffi::new_tensor(at::view_as_complex(input));
#line 2475 "ops_3.cpp"
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
#line 5401 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kBool, false, false, sffi::memory_format_arg(memory_format)));
#line 2496 "ops_3.cpp"
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
#line 5414 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kByte, false, false, sffi::memory_format_arg(memory_format)));
#line 2517 "ops_3.cpp"
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
#line 5427 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kChar, false, false, sffi::memory_format_arg(memory_format)));
#line 2538 "ops_3.cpp"
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
#line 5440 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kShort, false, false, sffi::memory_format_arg(memory_format)));
#line 2559 "ops_3.cpp"
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
#line 5453 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kInt, false, false, sffi::memory_format_arg(memory_format)));
#line 2580 "ops_3.cpp"
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
#line 5466 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kLong, false, false, sffi::memory_format_arg(memory_format)));
#line 2601 "ops_3.cpp"
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
#line 5479 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kHalf, false, false, sffi::memory_format_arg(memory_format)));
#line 2622 "ops_3.cpp"
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
#line 5492 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kBFloat16, false, false, sffi::memory_format_arg(memory_format)));
#line 2643 "ops_3.cpp"
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
#line 5505 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kFloat, false, false, sffi::memory_format_arg(memory_format)));
#line 2664 "ops_3.cpp"
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
#line 5518 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kDouble, false, false, sffi::memory_format_arg(memory_format)));
#line 2685 "ops_3.cpp"
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

RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle_, int64_t other_, double alpha_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const double alpha = alpha_;
        const sffi::ExclusiveCall call_lock;
#line 1793 "spec/torch_api.yaml"
        handle.add_(other, sffi::multiplier(alpha));
#line 2706 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::ExclusiveCall call_lock;
#line 1806 "spec/torch_api.yaml"
        handle.add_(scalar);
#line 2724 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_tensor_(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 1821 "spec/torch_api.yaml"
        input.add_(other, alpha);
#line 2742 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_v2_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 1836 "spec/torch_api.yaml"
        input.add_(other, alpha);
#line 2761 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_v2_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::ExclusiveCall call_lock;
#line 1849 "spec/torch_api.yaml"
        handle.mul_(other);
#line 2778 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::ExclusiveCall call_lock;
#line 1861 "spec/torch_api.yaml"
        handle.mul_(scalar);
#line 2796 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_v2_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 1874 "spec/torch_api.yaml"
        input.mul_(other);
#line 2814 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_v2_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_addcmul_(int64_t handle_, int64_t tensor1_, int64_t tensor2_, double value_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, tensor1, tensor2] = sffi::tensor_args<3>({handle_, tensor1_, tensor2_}, {"handle", "tensor1", "tensor2"});
        const double value = value_;
        const sffi::ExclusiveCall call_lock;
#line 1889 "spec/torch_api.yaml"
        handle.addcmul_(tensor1, tensor2, sffi::multiplier(value));
#line 2832 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcmul_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle_, int64_t tensor1_, int64_t tensor2_, double value_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, tensor1, tensor2] = sffi::tensor_args<3>({handle_, tensor1_, tensor2_}, {"handle", "tensor1", "tensor2"});
        const double value = value_;
        const sffi::ExclusiveCall call_lock;
#line 1903 "spec/torch_api.yaml"
        handle.addcdiv_(tensor1, tensor2, sffi::multiplier(value));
#line 2850 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcdiv_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle_, int64_t end_, double weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, end] = sffi::tensor_args<2>({handle_, end_}, {"handle", "end"});
        const double weight = weight_;
        const sffi::ExclusiveCall call_lock;
#line 1916 "spec/torch_api.yaml"
        handle.lerp_(end, weight);
#line 2868 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 1927 "spec/torch_api.yaml"
        handle.zero_();
#line 2885 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_zero_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, src] = sffi::tensor_args<2>({handle_, src_}, {"handle", "src"});
        const sffi::ExclusiveCall call_lock;
#line 1939 "spec/torch_api.yaml"
        handle.copy_(src);
#line 2902 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_copy_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_normal_(int64_t input_, double mean_, double std_arg_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double mean = mean_;
        const double std_arg = std_arg_;
        const sffi::ExclusiveCall call_lock;
#line 5531 "spec/torch_api.yaml"
        input.normal_(mean, std_arg);
#line 2921 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_sub_tensor_(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 8578 "spec/torch_api.yaml"
        input.sub_(other, alpha);
#line 2939 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_sub_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 8593 "spec/torch_api.yaml"
        input.sub_(other, alpha);
#line 2958 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sub_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sub_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_tensor_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8607 "spec/torch_api.yaml"
        input.div_(other);
#line 2975 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_tensor_mode_(int64_t input_, int64_t other_, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::ExclusiveCall call_lock;
#line 8623 "spec/torch_api.yaml"
        input.div_(other, rounding_mode);
#line 2993 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_tensor_mode_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_tensor_mode_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_scalar_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 8637 "spec/torch_api.yaml"
        input.div_(other);
#line 3011 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_div_scalar_mode_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, const char* rounding_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const std::optional<std::string_view> rounding_mode = sffi::optional_enum_arg(rounding_mode_, "rounding_mode", {"trunc", "floor"}, sffi::Code::other);
        const sffi::ExclusiveCall call_lock;
#line 8653 "spec/torch_api.yaml"
        input.div_(other, rounding_mode);
#line 3030 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_div_scalar_mode_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_div_scalar_mode_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_fill_scalar_(int64_t input_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::ExclusiveCall call_lock;
#line 8667 "spec/torch_api.yaml"
        input.fill_(value);
#line 3048 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fill_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fill_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fill_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_fill_tensor_(int64_t input_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, value] = sffi::tensor_args<2>({input_, value_}, {"input", "value"});
        const sffi::ExclusiveCall call_lock;
#line 8681 "spec/torch_api.yaml"
        input.fill_(value);
#line 3065 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_fill_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_fill_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_fill_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_clamp_(int64_t input_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> min = sffi::optional_scalar_arg(min_, min_int, min_kind, "min");
        const std::optional<c10::Scalar> max = sffi::optional_scalar_arg(max_, max_int, max_kind, "max");
        const sffi::ExclusiveCall call_lock;
#line 8696 "spec/torch_api.yaml"
        input.clamp_(min, max);
#line 3084 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_clamp_tensor_(int64_t input_, int64_t min_, int64_t max_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> min = sffi::optional_tensor_arg(min_, "min");
        const std::optional<at::Tensor> max = sffi::optional_tensor_arg(max_, "max");
        const sffi::ExclusiveCall call_lock;
#line 8710 "spec/torch_api.yaml"
        input.clamp_(min, max);
#line 3103 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_sqrt_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8723 "spec/torch_api.yaml"
        input.sqrt_();
#line 3120 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_sqrt_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_sqrt_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_sqrt_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_exp_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8735 "spec/torch_api.yaml"
        input.exp_();
#line 3137 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_exp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_exp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_exp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_log_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8747 "spec/torch_api.yaml"
        input.log_();
#line 3154 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_log_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_log_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_log_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_neg_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8759 "spec/torch_api.yaml"
        input.neg_();
#line 3171 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_neg_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_neg_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_neg_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_abs_(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::ExclusiveCall call_lock;
#line 8771 "spec/torch_api.yaml"
        input.abs_();
#line 3188 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_abs_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_abs_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_abs_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_pow_scalar_(int64_t input_, double exponent_, int64_t exponent_int, int32_t exponent_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar exponent = sffi::scalar_arg(exponent_, exponent_int, exponent_kind, "exponent");
        const sffi::ExclusiveCall call_lock;
#line 8784 "spec/torch_api.yaml"
        input.pow_(exponent);
#line 3206 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_pow_tensor_(int64_t input_, int64_t exponent_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, exponent] = sffi::tensor_args<2>({input_, exponent_}, {"input", "exponent"});
        const sffi::ExclusiveCall call_lock;
#line 8798 "spec/torch_api.yaml"
        input.pow_(exponent);
#line 3223 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_pow_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_pow_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_masked_fill_scalar_(int64_t input_, int64_t mask_, double value_, int64_t value_int, int32_t value_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask] = sffi::tensor_args<2>({input_, mask_}, {"input", "mask"});
        const c10::Scalar value = sffi::scalar_arg(value_, value_int, value_kind, "value");
        const sffi::ExclusiveCall call_lock;
#line 8813 "spec/torch_api.yaml"
        input.masked_fill_(mask, value);
#line 3241 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_masked_fill_tensor_(int64_t input_, int64_t mask_, int64_t value_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, mask, value] = sffi::tensor_args<3>({input_, mask_, value_}, {"input", "mask", "value"});
        const sffi::ExclusiveCall call_lock;
#line 8828 "spec/torch_api.yaml"
        input.masked_fill_(mask, value);
#line 3258 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_masked_fill_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_masked_fill_tensor_");
    }
}

}  // extern "C"
