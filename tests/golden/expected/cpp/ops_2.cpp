// generated from fixture.yaml by sffi-gen; do not edit
// Unit 2 of 4: 28 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("fixture.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/complex.h>)
#include <ATen/ops/complex.h>
#else
#line 8 "fixture.yaml@rt_torch_torchtensor_complex"
#error "binds calls at::complex, which this ATen does not have (no <ATen/ops/complex.h>)"
#endif
#if __has_include(<ATen/ops/index.h>)
#include <ATen/ops/index.h>
#else
#line 8 "fixture.yaml@rt_torch_torchtensor_index_tensor"
#error "binds calls at::index, which this ATen does not have (no <ATen/ops/index.h>)"
#endif
#if __has_include(<ATen/ops/scalar_tensor.h>)
#include <ATen/ops/scalar_tensor.h>
#else
#line 9 "fixture.yaml@rt_torch_tensor_scalar_tensor"
#error "binds calls at::scalar_tensor, which this ATen does not have (no <ATen/ops/scalar_tensor.h>)"
#endif
#if __has_include(<ATen/ops/select.h>)
#include <ATen/ops/select.h>
#else
#line 9 "fixture.yaml@rt_torch_torchtensor_select_int"
#error "binds calls at::select, which this ATen does not have (no <ATen/ops/select.h>)"
#endif
#if __has_include(<ATen/ops/slice.h>)
#include <ATen/ops/slice.h>
#else
#line 11 "fixture.yaml@rt_torch_torchtensor_slice"
#error "binds calls at::slice, which this ATen does not have (no <ATen/ops/slice.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 7 "fixture.yaml@rt_torch_torchtensor_sum"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/zeros.h>)
#include <ATen/ops/zeros.h>
#else
#line 7 "fixture.yaml@rt_torch_tensor_zeros"
#error "binds calls at::zeros, which this ATen does not have (no <ATen/ops/zeros.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_available(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "fixture.yaml@rt_torch_available"
        return sffi::to_bool(sffi::torch_available());
#line 61 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_available");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_tensor_zeros"
        return sffi::new_tensor(at::zeros(dims));
#line 82 "ops_2.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_sum"
        return sffi::to_f64(at::sum(handle));
#line 103 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 11 "fixture.yaml@rt_torch_torchtensor_sum_dim_intlist"
        return sffi::new_tensor(at::sum(input, dim, keepdim, dtype));
#line 127 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input, const int64_t* indices, int64_t indices_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input_, const int64_t* indices_, int64_t indices_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_torchtensor_index_tensor"
        return sffi::new_tensor(at::index(input, indices));
#line 149 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle, double* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle_, double* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_data_f64"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 170 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 7 "fixture.yaml@rt_torch_torchtensor_free"
        sffi::free_tensor(handle_);
#line 189 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_free");
    }
}

RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle_, bool requires_grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const bool requires_grad = requires_grad_;
        const sffi::ExclusiveCall call_lock;
#line 8 "fixture.yaml@rt_torch_autograd_set_requires_grad"
        handle.set_requires_grad(requires_grad);
#line 208 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_requires_grad");
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_tensor_from_i64"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 227 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_from_i64");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_from_i64");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_from_i64");
        return 0;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_device"
        return sffi::to_i32(handle.is_cuda() ? handle.get_device() : -1);
#line 248 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_autograd_set_grad_enabled(bool enabled) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_set_grad_enabled(bool enabled_) noexcept {
    sffi::begin_call();
    try {
        const bool enabled = enabled_;
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_autograd_set_grad_enabled"
        sffi::set_grad_enabled(enabled);
#line 269 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_grad_enabled");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_grad_enabled");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_grad_enabled");
    }
}

RT_TORCH_API const char* rt_torch_autograd_grad_fn_name(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_autograd_grad_fn_name(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_autograd_grad_fn_name"
        return sffi::text_result(sffi::grad_fn_name(handle));
#line 287 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_grad_fn_name");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_grad_fn_name");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_grad_fn_name");
        return nullptr;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t handle, int64_t dim, int64_t index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t handle_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 9 "fixture.yaml@rt_torch_torchtensor_select_int"
        return sffi::new_tensor(at::select(handle, dim, index));
#line 310 "ops_2.cpp"
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
#line 11 "fixture.yaml@rt_torch_torchtensor_slice"
        return sffi::new_tensor(at::slice(handle, dim, start, end, step));
#line 335 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_torchtensor_to_dtype"
        return sffi::new_tensor(handle.to(dtype));
#line 357 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real_, int64_t imag_) noexcept {
    sffi::begin_call();
    try {
        const auto [real, imag] = sffi::tensor_args<2>({real_, imag_}, {"real", "imag"});
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_torchtensor_complex"
        return sffi::new_tensor(at::complex(real, imag));
#line 378 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input_, int32_t device_type, int32_t device_index, int32_t dtype_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::Device device = sffi::device_arg(device_type, device_index, "device");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_text_arg(memory_format_);
        const sffi::SharedCall call_lock;
#line 13 "fixture.yaml@rt_torch_torchtensor_to_device"
        return sffi::new_tensor(input.to(device, dtype.value_or(input.scalar_type()), non_blocking, copy, memory_format.has_value() ? std::optional<at::MemoryFormat>() : std::nullopt));
#line 404 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s_, int64_t s_int, int32_t s_kind, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const c10::Scalar s = sffi::scalar_arg(s_, s_int, s_kind, "s");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 9 "fixture.yaml@rt_torch_tensor_scalar_tensor"
        return sffi::new_tensor(at::scalar_tensor(s, at::TensorOptions().dtype(dtype).device(device)));
#line 427 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_scalar_tensor");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_scalar_tensor");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_scalar_tensor");
        return 0;
    }
}

RT_TORCH_API int32_t rt_torch_get_default_dtype(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_get_default_dtype(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_get_default_dtype"
        return sffi::dtype_result(sffi::get_default_dtype());
#line 447 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_jit_module_free(int64_t module) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_jit_module_free(int64_t module_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_jit_module_free"
        sffi::free_module(module);
#line 468 "ops_2.cpp"
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
#line 9 "fixture.yaml@rt_torch_jit_run_method"
        return sffi::write_tensors(out, out_capacity, sffi::jit_run_method(module, method, inputs));
#line 488 "ops_2.cpp"
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

RT_TORCH_API const char* rt_torch_jit_method_names(int64_t module) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_jit_method_names(int64_t module_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_jit_method_names"
        return sffi::text_result(sffi::text_result(sffi::jit_method_names(module)));
#line 509 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_method_names");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_method_names");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_method_names");
        return nullptr;
    }
}

RT_TORCH_API void rt_torch_jit_train(int64_t module, bool mode) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_jit_train(int64_t module_, bool mode_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const bool mode = mode_;
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_jit_train"
        sffi::jit_train(module, mode);
#line 531 "ops_2.cpp"
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
#line 7 "fixture.yaml@rt_torch_jit_is_training"
        return sffi::to_bool(sffi::jit_is_training(module));
#line 549 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_autocast_end(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autocast_end(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "fixture.yaml@rt_torch_autocast_end"
        sffi::autocast_end();
#line 569 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autocast_end");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autocast_end");
    } catch (...) {
        sffi::record_exception("rt_torch_autocast_end");
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
#line 16 "fixture.yaml@rt_torch_autograd_function_apply"
        return sffi::write_tensors(out, out_capacity, sffi::custom_function_apply(inputs, outputs, to_save, non_differentiable, dirty, materialize_grads, name, backward, user_data, free_user_data, out_capacity));
#line 596 "ops_2.cpp"
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

RT_TORCH_API bool rt_torch_dist_is_backend_available(const char* backend) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_dist_is_backend_available(const char* backend_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view backend = sffi::text_arg(backend_, "backend");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_dist_is_backend_available"
        return sffi::to_bool(sffi::dist_backend_available(backend));
#line 617 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_is_backend_available");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_is_backend_available");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_is_backend_available");
        return false;
    }
}

RT_TORCH_API void rt_torch_dist_all_reduce_(int64_t tensor, int64_t group, const char* op) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_dist_all_reduce_(int64_t tensor_, int64_t group_, const char* op_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor tensor = sffi::tensor_arg(tensor_, "tensor");
        const int64_t group = group_;
        const std::string_view op = sffi::enum_arg(op_, "op", {"sum", "avg", "min", "max", "product"}, sffi::Code::value);
#line 11 "fixture.yaml@rt_torch_dist_all_reduce_"
        sffi::dist_all_reduce(tensor, group, op);
#line 639 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_all_reduce_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_all_reduce_");
    } catch (...) {
        sffi::record_exception("rt_torch_dist_all_reduce_");
    }
}

}  // extern "C"
