// generated from fixture.yaml by sffi-gen; do not edit
// Unit 3 of 4: 19 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("fixture.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 8 "fixture.yaml@rt_torch_torchtensor_cat"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 9 "fixture.yaml@rt_torch_torchtensor_chunk"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/imag.h>)
#include <ATen/ops/imag.h>
#else
#line 7 "fixture.yaml@rt_torch_torchtensor_imag"
#error "binds calls at::imag, which this ATen does not have (no <ATen/ops/imag.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 7 "fixture.yaml@rt_torch_torchtensor_real"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/zeros.h>)
#include <ATen/ops/zeros.h>
#else
#line 10 "fixture.yaml@rt_torch_tensor_zeros_v2"
#error "binds calls at::zeros, which this ATen does not have (no <ATen/ops/zeros.h>)"
#endif

extern "C" {

RT_TORCH_API const char* rt_torch_version(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_version(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "fixture.yaml@rt_torch_version"
        return sffi::text_result(sffi::torch_version());
#line 49 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 10 "fixture.yaml@rt_torch_tensor_zeros_v2"
        return sffi::new_tensor(at::zeros(size, at::TensorOptions().dtype(dtype).device(device)));
#line 72 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_shape"
        return sffi::write_array(out, out_capacity, handle.sizes());
#line 93 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle_, int64_t chunks_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t chunks = chunks_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 9 "fixture.yaml@rt_torch_torchtensor_chunk"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 116 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_torchtensor_cat"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 138 "ops_3.cpp"
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

RT_TORCH_API void rt_torch_torchstream_free(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchstream_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 7 "fixture.yaml@rt_torch_torchstream_free"
        sffi::free_stream(handle_);
#line 157 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_free");
    }
}

RT_TORCH_API void rt_torch_set_name(const char* label) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_set_name(const char* label_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view label = sffi::text_arg(label_, "label");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_set_name"
        (void)label;
#line 175 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_name");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_name");
    } catch (...) {
        sffi::record_exception("rt_torch_set_name");
    }
}

RT_TORCH_API const char* rt_torch_warning_message(int64_t index) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_warning_message(int64_t index_) noexcept {
    try {
        const int64_t index = index_;
#line 7 "fixture.yaml@rt_torch_warning_message"
        return sffi::text_result(sffi::warning_message(index));
#line 191 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_warning_message");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_warning_message");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_warning_message");
        return nullptr;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_device_type(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_torchtensor_device_type(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_device_type"
        return sffi::to_i32(static_cast<int32_t>(handle.device().type()));
#line 212 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_real"
        return sffi::new_tensor(at::real(handle));
#line 233 "ops_3.cpp"
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
#line 7 "fixture.yaml@rt_torch_torchtensor_imag"
        return sffi::new_tensor(at::imag(handle));
#line 254 "ops_3.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_item"
        return sffi::to_f64(handle.item());
#line 275 "ops_3.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_new_handle(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_new_handle(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_new_handle"
        return sffi::new_tensor(handle);
#line 296 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_new_handle");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_new_handle");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_new_handle");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf, const int64_t* grads, int64_t grads_len, int64_t inv_scale) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf_, const int64_t* grads_, int64_t grads_len, int64_t inv_scale_) noexcept {
    sffi::begin_call();
    try {
        const auto [found_inf, inv_scale] = sffi::tensor_args<2>({found_inf_, inv_scale_}, {"found_inf", "inv_scale"});
        const std::vector<at::Tensor> grads = sffi::tensor_list_arg(grads_, grads_len, "grads");
        const sffi::ExclusiveCall call_lock;
#line 9 "fixture.yaml@rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_"
        sffi::amp_unscale(found_inf, grads, inv_scale);
#line 318 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_autograd_no_grad_end_v2"
        sffi::no_grad_end();
#line 335 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_end_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_end_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_end_v2");
    }
}

RT_TORCH_API void rt_torch_dist_free(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_free(int64_t group_) noexcept {
    sffi::begin_call();
    try {
        const int64_t group = group_;
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_dist_free"
        sffi::free_group(group);
#line 353 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_free");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_free");
    }
}

RT_TORCH_API void rt_torch_dist_broadcast_(int64_t tensor, int64_t group, int64_t src) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_broadcast_(int64_t tensor_, int64_t group_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor tensor = sffi::tensor_arg(tensor_, "tensor");
        const int64_t group = group_;
        const int64_t src = src_;
#line 9 "fixture.yaml@rt_torch_dist_broadcast_"
        sffi::dist_broadcast(tensor, group, src);
#line 372 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_broadcast_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_broadcast_");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_broadcast_");
    }
}

RT_TORCH_API void rt_torch_dist_reduce_scatter_(int64_t output, int64_t group, const int64_t* inputs, int64_t inputs_len, const char* op) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_reduce_scatter_(int64_t output_, int64_t group_, const int64_t* inputs_, int64_t inputs_len, const char* op_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor output = sffi::tensor_arg(output_, "output");
        const int64_t group = group_;
        const std::vector<at::Tensor> inputs = sffi::tensor_list_arg(inputs_, inputs_len, "inputs");
        const std::string_view op = sffi::enum_arg(op_, "op", {"sum", "avg", "min", "max", "product"}, sffi::Code::value);
#line 12 "fixture.yaml@rt_torch_dist_reduce_scatter_"
        sffi::dist_reduce_scatter(output, group, inputs, op);
#line 392 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_reduce_scatter_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_reduce_scatter_");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_reduce_scatter_");
    }
}

RT_TORCH_API void rt_torch_dist_barrier(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_barrier(int64_t group_) noexcept {
    sffi::begin_call();
    try {
        const int64_t group = group_;
#line 7 "fixture.yaml@rt_torch_dist_barrier"
        sffi::dist_barrier(group);
#line 409 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_barrier");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_barrier");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_barrier");
    }
}

}  // extern "C"
