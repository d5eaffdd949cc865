// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Shape Manipulation, Indexing and Slicing, Neural Network Operations, Loss Functions, Autograd, Device Management, CUDA Streams, Memory Management, Tensor Data: 81 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 966 "spec/torch_api.yaml"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 895 "spec/torch_api.yaml"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 918 "spec/torch_api.yaml"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/clone.h>)
#include <ATen/ops/clone.h>
#else
#line 1255 "spec/torch_api.yaml"
#error "binds calls at::clone, which this ATen does not have (no <ATen/ops/clone.h>)"
#endif
#if __has_include(<ATen/ops/complex.h>)
#include <ATen/ops/complex.h>
#else
#line 2724 "spec/torch_api.yaml"
#error "binds calls at::complex, which this ATen does not have (no <ATen/ops/complex.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 939 "spec/torch_api.yaml"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 1061 "spec/torch_api.yaml"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/embedding.h>)
#include <ATen/ops/embedding.h>
#else
#line 1036 "spec/torch_api.yaml"
#error "binds calls at::embedding, which this ATen does not have (no <ATen/ops/embedding.h>)"
#endif
#if __has_include(<ATen/ops/flatten.h>)
#include <ATen/ops/flatten.h>
#else
#line 832 "spec/torch_api.yaml"
#error "binds calls at::flatten, which this ATen does not have (no <ATen/ops/flatten.h>)"
#endif
#if __has_include(<ATen/ops/gather.h>)
#include <ATen/ops/gather.h>
#else
#line 884 "spec/torch_api.yaml"
#error "binds calls at::gather, which this ATen does not have (no <ATen/ops/gather.h>)"
#endif
#if __has_include(<ATen/ops/imag.h>)
#include <ATen/ops/imag.h>
#else
#line 1557 "spec/torch_api.yaml"
#error "binds calls at::imag, which this ATen does not have (no <ATen/ops/imag.h>)"
#endif
#if __has_include(<ATen/ops/index.h>)
#include <ATen/ops/index.h>
#else
#line 2550 "spec/torch_api.yaml"
#error "binds calls at::index, which this ATen does not have (no <ATen/ops/index.h>)"
#endif
#if __has_include(<ATen/ops/index_select.h>)
#include <ATen/ops/index_select.h>
#else
#line 872 "spec/torch_api.yaml"
#error "binds calls at::index_select, which this ATen does not have (no <ATen/ops/index_select.h>)"
#endif
#if __has_include(<ATen/ops/layer_norm.h>)
#include <ATen/ops/layer_norm.h>
#else
#line 998 "spec/torch_api.yaml"
#error "binds calls at::layer_norm, which this ATen does not have (no <ATen/ops/layer_norm.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 1022 "spec/torch_api.yaml"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 952 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 2606 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/nll_loss_nd.h>)
#include <ATen/ops/nll_loss_nd.h>
#else
#line 1085 "spec/torch_api.yaml"
#error "binds calls at::nll_loss_nd, which this ATen does not have (no <ATen/ops/nll_loss_nd.h>)"
#endif
#if __has_include(<ATen/ops/permute.h>)
#include <ATen/ops/permute.h>
#else
#line 790 "spec/torch_api.yaml"
#error "binds calls at::permute, which this ATen does not have (no <ATen/ops/permute.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 1546 "spec/torch_api.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/reshape.h>)
#include <ATen/ops/reshape.h>
#else
#line 764 "spec/torch_api.yaml"
#error "binds calls at::reshape, which this ATen does not have (no <ATen/ops/reshape.h>)"
#endif
#if __has_include(<ATen/ops/select.h>)
#include <ATen/ops/select.h>
#else
#line 2537 "spec/torch_api.yaml"
#error "binds calls at::select, which this ATen does not have (no <ATen/ops/select.h>)"
#endif
#if __has_include(<ATen/ops/slice.h>)
#include <ATen/ops/slice.h>
#else
#line 859 "spec/torch_api.yaml"
#error "binds calls at::slice, which this ATen does not have (no <ATen/ops/slice.h>)"
#endif
#if __has_include(<ATen/ops/squeeze.h>)
#include <ATen/ops/squeeze.h>
#else
#line 800 "spec/torch_api.yaml"
#error "binds calls at::squeeze, which this ATen does not have (no <ATen/ops/squeeze.h>)"
#endif
#if __has_include(<ATen/ops/stack.h>)
#include <ATen/ops/stack.h>
#else
#line 906 "spec/torch_api.yaml"
#error "binds calls at::stack, which this ATen does not have (no <ATen/ops/stack.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 822 "spec/torch_api.yaml"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 725 "spec/torch_api.yaml"
        return sffi::to_i64(handle.dim());
#line 172 "ops_2.cpp"
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
#line 737 "spec/torch_api.yaml"
        return sffi::to_i64(handle.numel());
#line 192 "ops_2.cpp"
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
#line 748 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, handle.sizes());
#line 212 "ops_2.cpp"
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
#line 764 "spec/torch_api.yaml"
        return sffi::new_tensor(at::reshape(handle, dims));
#line 233 "ops_2.cpp"
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
#line 775 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.view(dims));
#line 254 "ops_2.cpp"
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
#line 790 "spec/torch_api.yaml"
        return sffi::new_tensor(at::permute(handle, dims));
#line 275 "ops_2.cpp"
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
#line 800 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle));
#line 295 "ops_2.cpp"
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
#line 811 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(handle, dim));
#line 316 "ops_2.cpp"
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
#line 822 "spec/torch_api.yaml"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 337 "ops_2.cpp"
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
#line 832 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(handle));
#line 357 "ops_2.cpp"
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
#line 843 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.contiguous());
#line 377 "ops_2.cpp"
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
#line 2509 "spec/torch_api.yaml"
        return sffi::new_tensor(at::squeeze(input, dim));
#line 398 "ops_2.cpp"
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
#line 2523 "spec/torch_api.yaml"
        return sffi::new_tensor(at::flatten(input, start_dim, end_dim));
#line 420 "ops_2.cpp"
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
#line 2822 "spec/torch_api.yaml"
        return sffi::new_tensor(input.contiguous(sffi::memory_format_arg(memory_format)));
#line 441 "ops_2.cpp"
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
#line 859 "spec/torch_api.yaml"
        return sffi::new_tensor(at::slice(handle, dim, start, end, step));
#line 465 "ops_2.cpp"
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
#line 872 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index_select(handle, dim, indices));
#line 486 "ops_2.cpp"
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
#line 884 "spec/torch_api.yaml"
        return sffi::new_tensor(at::gather(handle, dim, indices));
#line 507 "ops_2.cpp"
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
#line 895 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 528 "ops_2.cpp"
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
#line 906 "spec/torch_api.yaml"
        return sffi::new_tensor(at::stack(tensors, dim));
#line 549 "ops_2.cpp"
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
#line 918 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 571 "ops_2.cpp"
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
#line 2537 "spec/torch_api.yaml"
        return sffi::new_tensor(at::select(input, dim, index));
#line 593 "ops_2.cpp"
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
#line 2550 "spec/torch_api.yaml"
        return sffi::new_tensor(at::index(input, indices));
#line 614 "ops_2.cpp"
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
#line 939 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 639 "ops_2.cpp"
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
#line 952 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride, padding));
#line 662 "ops_2.cpp"
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
#line 966 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride, padding));
#line 685 "ops_2.cpp"
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
#line 984 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps));
#line 712 "ops_2.cpp"
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
#line 998 "spec/torch_api.yaml"
        return sffi::new_tensor(at::layer_norm(input, normalized_shape, weight, bias, eps));
#line 736 "ops_2.cpp"
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
#line 1010 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::dropout(input, p, training));
#line 758 "ops_2.cpp"
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
#line 1022 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 779 "ops_2.cpp"
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
#line 1036 "spec/torch_api.yaml"
        return sffi::new_tensor(at::embedding(weight, input));
#line 799 "ops_2.cpp"
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
#line 2570 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 824 "ops_2.cpp"
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
#line 2587 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 849 "ops_2.cpp"
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
#line 2606 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 874 "ops_2.cpp"
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
#line 2625 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 900 "ops_2.cpp"
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
#line 2643 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse));
#line 925 "ops_2.cpp"
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
#line 1049 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::mse_loss(input, target));
#line 945 "ops_2.cpp"
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
#line 1061 "spec/torch_api.yaml"
        return sffi::to_f64(at::cross_entropy_loss(input, target));
#line 965 "ops_2.cpp"
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
#line 1073 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::binary_cross_entropy(input, target));
#line 985 "ops_2.cpp"
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
#line 1085 "spec/torch_api.yaml"
        return sffi::to_f64(at::nll_loss_nd(input, target));
#line 1005 "ops_2.cpp"
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
#line 2659 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::mse_loss(input, target, reduction));
#line 1026 "ops_2.cpp"
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
#line 2677 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cross_entropy_loss(input, target, weight, sffi::reduction_arg(reduction), ignore_index, label_smoothing));
#line 1050 "ops_2.cpp"
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
#line 2693 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::binary_cross_entropy(input, target, weight, reduction));
#line 1072 "ops_2.cpp"
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
#line 2710 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nll_loss_nd(input, target, weight, sffi::reduction_arg(reduction), ignore_index));
#line 1095 "ops_2.cpp"
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
#line 1098 "spec/torch_api.yaml"
        handle.requires_grad_(requires_grad);
#line 1116 "ops_2.cpp"
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
#line 1109 "spec/torch_api.yaml"
        return sffi::to_bool(handle.requires_grad());
#line 1133 "ops_2.cpp"
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
#line 1120 "spec/torch_api.yaml"
        return sffi::new_optional_tensor(handle.grad());
#line 1153 "ops_2.cpp"
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
#line 1132 "spec/torch_api.yaml"
        handle.backward();
#line 1173 "ops_2.cpp"
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
#line 1143 "spec/torch_api.yaml"
        sffi::zero_grad(handle);
#line 1190 "ops_2.cpp"
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
#line 1154 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.detach());
#line 1207 "ops_2.cpp"
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
#line 1164 "spec/torch_api.yaml"
        sffi::no_grad_begin();
#line 1226 "ops_2.cpp"
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
#line 1179 "spec/torch_api.yaml"
        sffi::no_grad_end();
#line 1242 "ops_2.cpp"
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
#line 1642 "spec/torch_api.yaml"
        sffi::set_grad(handle, grad);
#line 1260 "ops_2.cpp"
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
#line 1193 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_cuda(handle, device_id));
#line 1278 "ops_2.cpp"
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
#line 1204 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.cpu());
#line 1298 "ops_2.cpp"
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
#line 1215 "spec/torch_api.yaml"
        return sffi::to_bool(handle.is_cuda());
#line 1318 "ops_2.cpp"
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
#line 1227 "spec/torch_api.yaml"
        return sffi::to_i32(handle.get_device());
#line 1338 "ops_2.cpp"
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
#line 1240 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_stream(handle, device_id, stream));
#line 1360 "ops_2.cpp"
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
#line 1255 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(handle));
#line 1380 "ops_2.cpp"
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
#line 1460 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::cuda_device_count());
#line 1399 "ops_2.cpp"
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
#line 2808 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(input, sffi::memory_format_arg(memory_format)));
#line 1420 "ops_2.cpp"
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
#line 1268 "spec/torch_api.yaml"
        return sffi::new_stream(sffi::stream_from_pool(device_id));
#line 1440 "ops_2.cpp"
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
#line 1279 "spec/torch_api.yaml"
        handle.synchronize();
#line 1460 "ops_2.cpp"
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
#line 1292 "spec/torch_api.yaml"
        return sffi::to_bool(handle.query());
#line 1477 "ops_2.cpp"
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
#line 1304 "spec/torch_api.yaml"
        sffi::free_stream(handle_);
#line 1495 "ops_2.cpp"
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
#line 1318 "spec/torch_api.yaml"
        sffi::free_tensor(handle_);
#line 1510 "ops_2.cpp"
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
#line 1330 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_memory_allocated(device_id));
#line 1527 "ops_2.cpp"
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
#line 1340 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_max_memory_allocated(device_id));
#line 1547 "ops_2.cpp"
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
#line 1349 "spec/torch_api.yaml"
        sffi::cuda_empty_cache();
#line 1566 "ops_2.cpp"
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
#line 1412 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::release_tensor(handle_));
#line 1580 "ops_2.cpp"
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
#line 1484 "spec/torch_api.yaml"
        return sffi::to_f64(handle.item());
#line 1600 "ops_2.cpp"
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
#line 1496 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 1620 "ops_2.cpp"
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
#line 1508 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 1640 "ops_2.cpp"
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
#line 1521 "spec/torch_api.yaml"
        return sffi::dtype_result(handle.scalar_type());
#line 1660 "ops_2.cpp"
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
#line 1534 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.to(dtype));
#line 1681 "ops_2.cpp"
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
#line 1546 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(handle));
#line 1701 "ops_2.cpp"
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
#line 1557 "spec/torch_api.yaml"
        return sffi::new_tensor(at::imag(handle));
#line 1721 "ops_2.cpp"
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
#line 2724 "spec/torch_api.yaml"
        return sffi::new_tensor(at::complex(real, imag));
#line 1741 "ops_2.cpp"
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
#line 2741 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(dtype, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1765 "ops_2.cpp"
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
#line 2759 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(device, dtype.value_or(input.scalar_type()), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1790 "ops_2.cpp"
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
#line 2776 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(other, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1813 "ops_2.cpp"
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
#line 2794 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::TensorOptions().dtype(dtype).device(device), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1838 "ops_2.cpp"
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
