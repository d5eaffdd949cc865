// generated from fixture.yaml by sffi-gen; do not edit
// Library, Creation, Math: 40 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 126 "fixture.yaml"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/cat.h>)
#include <ATen/ops/cat.h>
#else
#line 275 "fixture.yaml"
#error "binds calls at::cat, which this ATen does not have (no <ATen/ops/cat.h>)"
#endif
#if __has_include(<ATen/ops/chunk.h>)
#include <ATen/ops/chunk.h>
#else
#line 264 "fixture.yaml"
#error "binds calls at::chunk, which this ATen does not have (no <ATen/ops/chunk.h>)"
#endif
#if __has_include(<ATen/ops/clamp.h>)
#include <ATen/ops/clamp.h>
#else
#line 183 "fixture.yaml"
#error "binds calls at::clamp, which this ATen does not have (no <ATen/ops/clamp.h>)"
#endif
#if __has_include(<ATen/ops/complex.h>)
#include <ATen/ops/complex.h>
#else
#line 702 "fixture.yaml"
#error "binds calls at::complex, which this ATen does not have (no <ATen/ops/complex.h>)"
#endif
#if __has_include(<ATen/ops/full.h>)
#include <ATen/ops/full.h>
#else
#line 102 "fixture.yaml"
#error "binds calls at::full, which this ATen does not have (no <ATen/ops/full.h>)"
#endif
#if __has_include(<ATen/ops/imag.h>)
#include <ATen/ops/imag.h>
#else
#line 596 "fixture.yaml"
#error "binds calls at::imag, which this ATen does not have (no <ATen/ops/imag.h>)"
#endif
#if __has_include(<ATen/ops/index.h>)
#include <ATen/ops/index.h>
#else
#line 226 "fixture.yaml"
#error "binds calls at::index, which this ATen does not have (no <ATen/ops/index.h>)"
#endif
#if __has_include(<ATen/ops/max.h>)
#include <ATen/ops/max.h>
#else
#line 199 "fixture.yaml"
#error "binds calls at::max, which this ATen does not have (no <ATen/ops/max.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 584 "fixture.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/select.h>)
#include <ATen/ops/select.h>
#else
#line 634 "fixture.yaml"
#error "binds calls at::select, which this ATen does not have (no <ATen/ops/select.h>)"
#endif
#if __has_include(<ATen/ops/slice.h>)
#include <ATen/ops/slice.h>
#else
#line 650 "fixture.yaml"
#error "binds calls at::slice, which this ATen does not have (no <ATen/ops/slice.h>)"
#endif
#if __has_include(<ATen/ops/sum.h>)
#include <ATen/ops/sum.h>
#else
#line 136 "fixture.yaml"
#error "binds calls at::sum, which this ATen does not have (no <ATen/ops/sum.h>)"
#endif
#if __has_include(<ATen/ops/unsqueeze.h>)
#include <ATen/ops/unsqueeze.h>
#else
#line 676 "fixture.yaml"
#error "binds calls at::unsqueeze, which this ATen does not have (no <ATen/ops/unsqueeze.h>)"
#endif
#if __has_include(<ATen/ops/zeros.h>)
#include <ATen/ops/zeros.h>
#else
#line 71 "fixture.yaml"
#error "binds calls at::zeros, which this ATen does not have (no <ATen/ops/zeros.h>)"
#endif

extern "C" {

RT_TORCH_API bool rt_torch_available(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 47 "fixture.yaml"
        return sffi::to_bool(sffi::torch_available());
#line 105 "ops_1.cpp"
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

RT_TORCH_API const char* rt_torch_version(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 58 "fixture.yaml"
        return sffi::text_result(sffi::torch_version());
#line 124 "ops_1.cpp"
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

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 448 "fixture.yaml"
        sffi::free_tensor(handle_);
#line 142 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_free");
    }
}

RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    try {
#line 459 "fixture.yaml"
        return sffi::to_i32(sffi::error_code());
#line 156 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_code");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_error_code");
        return -1;
    }
}

RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    try {
#line 472 "fixture.yaml"
        return sffi::text_result(sffi::error_message());
#line 173 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_error_message");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_error_message");
        return nullptr;
    }
}

RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 485 "fixture.yaml"
        return sffi::to_i64(sffi::live_handles());
#line 192 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_live_handles");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_live_handles");
        return -1;
    }
}

RT_TORCH_API void rt_torch_set_name(const char* label_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view label = sffi::text_arg(label_, "label");
        const sffi::SharedCall call_lock;
#line 497 "fixture.yaml"
        (void)label;
#line 212 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_name");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_name");
    } catch (...) {
        sffi::record_exception("rt_torch_set_name");
    }
}

RT_TORCH_API double rt_torch_set_mode(const char* mode_) noexcept {
    sffi::begin_call();
    try {
        const std::optional<std::string_view> mode = sffi::optional_text_arg(mode_);
        const sffi::SharedCall call_lock;
#line 508 "fixture.yaml"
        return sffi::to_f64(mode.has_value() ? 0.0 : 0.0);
#line 229 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_set_mode");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_set_mode");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_set_mode");
        return sffi::kNaN;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle_) noexcept {
    try {
#line 519 "fixture.yaml"
        return sffi::to_bool(sffi::release_tensor(handle_));
#line 246 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 71 "fixture.yaml"
        return sffi::new_tensor(at::zeros(dims));
#line 266 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size_, int64_t size_len, int32_t dtype_, int32_t device_type, int32_t device_index) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const sffi::SharedCall call_lock;
#line 85 "fixture.yaml"
        return sffi::new_tensor(at::zeros(size, at::TensorOptions().dtype(dtype).device(device)));
#line 288 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* size_, int64_t size_len, double fill_value_, int64_t fill_value_int, int32_t fill_value_kind, int32_t device_type, int32_t device_index, int32_t dtype_, const double* scales_, int64_t scales_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef size = sffi::array_arg(size_, size_len, "size");
        const c10::Scalar fill_value = sffi::scalar_arg(fill_value_, fill_value_int, fill_value_kind, "fill_value");
        const at::Device device = sffi::device_arg(device_type, device_index, "device");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const c10::ArrayRef<double> scales = sffi::array_arg(scales_, scales_len, "scales");
        const sffi::SharedCall call_lock;
#line 102 "fixture.yaml"
        return sffi::new_tensor(at::full(size, fill_value, at::TensorOptions().dtype(dtype).device(device)).mul(scales.size() + 1));
#line 312 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const c10::ArrayRef<double> data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 115 "fixture.yaml"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 333 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_tensor_from_data");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_tensor_from_data");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_tensor_from_data");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data_, int64_t data_len, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::IntArrayRef data = sffi::array_arg(data_, data_len, "data");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 548 "fixture.yaml"
        return sffi::new_tensor(sffi::from_data(data, dims));
#line 354 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 126 "fixture.yaml"
        return sffi::new_tensor(at::add(handle, other));
#line 374 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add");
        return 0;
    }
}

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 136 "fixture.yaml"
        return sffi::to_f64(at::sum(handle));
#line 394 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input_, const int64_t* dim_, int64_t dim_len, bool dim_present, bool keepdim_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::OptionalIntList dim = sffi::optional_sized_int_list_arg(dim_, dim_len, dim_present, 1, "dim");
        const bool keepdim = keepdim_;
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 151 "fixture.yaml"
        return sffi::new_tensor(at::sum(input, dim, keepdim, dtype));
#line 417 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::SharedCall call_lock;
#line 167 "fixture.yaml"
        return sffi::new_tensor(at::add(input, other, alpha));
#line 439 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> min = sffi::optional_scalar_arg(min_, min_int, min_kind, "min");
        const std::optional<c10::Scalar> max = sffi::optional_scalar_arg(max_, max_int, max_kind, "max");
        const sffi::SharedCall call_lock;
#line 183 "fixture.yaml"
        return sffi::new_tensor(at::clamp(input, min, max));
#line 461 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clamp");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clamp");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clamp");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t input_, int64_t dim_, bool keepdim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const int64_t dim = dim_;
        const bool keepdim = keepdim_;
        const sffi::SharedCall call_lock;
#line 199 "fixture.yaml"
        return sffi::write_tensors(out, out_capacity, at::max(input, dim, keepdim));
#line 483 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_max_dim");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_max_dim");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_max_dim");
        return -1;
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 212 "fixture.yaml"
        input.mul_(other);
#line 503 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input_, const int64_t* indices_, int64_t indices_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const sffi::SharedCall call_lock;
#line 226 "fixture.yaml"
        return sffi::new_tensor(at::index(input, indices));
#line 521 "ops_1.cpp"
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

RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 239 "fixture.yaml"
        return sffi::dtype_result(handle.scalar_type());
#line 541 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 251 "fixture.yaml"
        return sffi::write_array(out, out_capacity, handle.sizes());
#line 561 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle_, int64_t chunks_, int64_t dim_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t chunks = chunks_;
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 264 "fixture.yaml"
        return sffi::write_tensors(out, out_capacity, at::chunk(handle, chunks, dim));
#line 583 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors_, int64_t tensors_len, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const std::vector<at::Tensor> tensors = sffi::tensor_list_arg(tensors_, tensors_len, "tensors");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 275 "fixture.yaml"
        return sffi::new_tensor(at::cat(tensors, dim));
#line 604 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle_, double* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 401 "fixture.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 624 "ops_1.cpp"
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
#line 560 "fixture.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 644 "ops_1.cpp"
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

RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 572 "fixture.yaml"
        return sffi::to_i32(handle.is_cuda() ? handle.get_device() : -1);
#line 664 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 584 "fixture.yaml"
        return sffi::new_tensor(at::real(handle));
#line 684 "ops_1.cpp"
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
#line 596 "fixture.yaml"
        return sffi::new_tensor(at::imag(handle));
#line 704 "ops_1.cpp"
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

RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 608 "fixture.yaml"
        return sffi::to_f64(handle.item());
#line 724 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 620 "fixture.yaml"
        return sffi::to_i64(handle.numel());
#line 744 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t handle_, int64_t dim_, int64_t index_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const int64_t index = index_;
        const sffi::SharedCall call_lock;
#line 634 "fixture.yaml"
        return sffi::new_tensor(at::select(handle, dim, index));
#line 766 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle_, int64_t dim_, int64_t start_, int64_t end_, int64_t step_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const int64_t start = start_;
        const int64_t end = end_;
        const int64_t step = step_;
        const sffi::SharedCall call_lock;
#line 650 "fixture.yaml"
        return sffi::new_tensor(at::slice(handle, dim, start, end, step));
#line 790 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 663 "fixture.yaml"
        return sffi::new_tensor(handle.to(dtype));
#line 811 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle_, int64_t dim_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int64_t dim = dim_;
        const sffi::SharedCall call_lock;
#line 676 "fixture.yaml"
        return sffi::new_tensor(at::unsqueeze(handle, dim));
#line 832 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 689 "fixture.yaml"
        return sffi::new_tensor(handle.view(dims));
#line 853 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real_, int64_t imag_) noexcept {
    sffi::begin_call();
    try {
        const auto [real, imag] = sffi::tensor_args<2>({real_, imag_}, {"real", "imag"});
        const sffi::SharedCall call_lock;
#line 702 "fixture.yaml"
        return sffi::new_tensor(at::complex(real, imag));
#line 873 "ops_1.cpp"
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
#line 720 "fixture.yaml"
        return sffi::new_tensor(input.to(device, dtype.value_or(input.scalar_type()), non_blocking, copy, memory_format.has_value() ? std::optional<at::MemoryFormat>() : std::nullopt));
#line 898 "ops_1.cpp"
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

}  // extern "C"
