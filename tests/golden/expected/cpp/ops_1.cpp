// generated from fixture.yaml by sffi-gen; do not edit
// Unit 1 of 4: 29 function(s) of the C ABI (see torch_sffi.h), placed in
// this unit by a hash of their names, so that adding a function changes this unit only.
// Catalogue lines are given relative to each entry ("fixture.yaml@NAME:N" is the entry's
// line N; sffi_lines.txt holds where each entry starts and `sffi-gen build` reports the line).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/add.h>)
#include <ATen/ops/add.h>
#else
#line 8 "fixture.yaml@rt_torch_torchtensor_add"
#error "binds calls at::add, which this ATen does not have (no <ATen/ops/add.h>)"
#endif
#if __has_include(<ATen/ops/clamp.h>)
#include <ATen/ops/clamp.h>
#else
#line 9 "fixture.yaml@rt_torch_torchtensor_clamp"
#error "binds calls at::clamp, which this ATen does not have (no <ATen/ops/clamp.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 11 "fixture.yaml@rt_torch_nn_linear"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_torchtensor_add"
        return sffi::new_tensor(at::add(handle, other));
#line 38 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input_, double min_, int64_t min_int, int32_t min_kind, double max_, int64_t max_int, int32_t max_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<c10::Scalar> min = sffi::optional_scalar_arg(min_, min_int, min_kind, "min");
        const std::optional<c10::Scalar> max = sffi::optional_scalar_arg(max_, max_int, max_kind, "max");
        const sffi::SharedCall call_lock;
#line 9 "fixture.yaml@rt_torch_torchtensor_clamp"
        return sffi::new_tensor(at::clamp(input, min, max));
#line 61 "ops_1.cpp"
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

RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t input_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const sffi::ExclusiveCall call_lock;
#line 8 "fixture.yaml@rt_torch_torchtensor_mul_"
        input.mul_(other);
#line 82 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_");
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_dtype"
        return sffi::dtype_result(handle.scalar_type());
#line 100 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias, double scale, int32_t flags) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input_, int64_t weight_, int64_t bias_, double scale_, int32_t flags_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const double scale = scale_;
        const int32_t flags = flags_;
        const sffi::SharedCall call_lock;
#line 11 "fixture.yaml@rt_torch_nn_linear"
        return sffi::new_tensor(at::linear(input, weight, bias).mul(scale + flags));
#line 124 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input, double p, bool training, int64_t seed, bool seed_present, double scale, bool scale_present, bool inplace, bool inplace_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input_, double p_, bool training_, int64_t seed_, bool seed_present, double scale_, bool scale_present, bool inplace_, bool inplace_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const std::optional<int64_t> seed = sffi::optional_arg(seed_, seed_present);
        const std::optional<double> scale = sffi::optional_arg(scale_, scale_present);
        const std::optional<bool> inplace = sffi::optional_arg(inplace_, inplace_present);
        const sffi::SharedCall call_lock;
#line 13 "fixture.yaml@rt_torch_nn_dropout"
        return sffi::new_tensor(sffi::seeded_dropout(input, p, training, seed, scale, inplace));
#line 150 "ops_1.cpp"
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

RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_autograd_requires_grad"
        return sffi::to_bool(handle.requires_grad());
#line 171 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 7 "fixture.yaml@rt_torch_autograd_grad"
        return sffi::new_optional_tensor(handle.grad());
#line 192 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_stream_create"
        return sffi::new_stream(sffi::stream_from_pool(device_id));
#line 213 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_live_handles(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "fixture.yaml@rt_torch_live_handles"
        return sffi::to_i64(sffi::live_handles());
#line 233 "ops_1.cpp"
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

RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle_) noexcept {
    try {
#line 7 "fixture.yaml@rt_torch_torchtensor_release"
        return sffi::to_bool(sffi::release_tensor(handle_));
#line 251 "ops_1.cpp"
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

RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_torchtensor_data_i64"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 272 "ops_1.cpp"
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

RT_TORCH_API int32_t rt_torch_warning_kind(int64_t index) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_warning_kind(int64_t index_) noexcept {
    try {
        const int64_t index = index_;
#line 7 "fixture.yaml@rt_torch_warning_kind"
        return sffi::to_i32(sffi::warning_kind(index));
#line 291 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_warning_kind");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_warning_kind");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_warning_kind");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_autograd_has_grad_fn(int64_t handle) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_autograd_has_grad_fn(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_autograd_has_grad_fn"
        return sffi::to_bool(handle.grad_fn() != nullptr);
#line 312 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_has_grad_fn");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_has_grad_fn");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_has_grad_fn");
        return false;
    }
}

RT_TORCH_API void rt_torch_autograd_grad_mode_end(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_grad_mode_end(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 6 "fixture.yaml@rt_torch_autograd_grad_mode_end"
        sffi::grad_mode_end();
#line 332 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_grad_mode_end");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_grad_mode_end");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_grad_mode_end");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t handle_, const int64_t* dims_, int64_t dims_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::IntArrayRef dims = sffi::array_arg(dims_, dims_len, "dims");
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_torchtensor_view_v2"
        return sffi::new_tensor(handle.view(dims));
#line 351 "ops_1.cpp"
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

RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle, int64_t src) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, src] = sffi::tensor_args<2>({handle_, src_}, {"handle", "src"});
        const sffi::ExclusiveCall call_lock;
#line 8 "fixture.yaml@rt_torch_torchtensor_copy_"
        handle.copy_(src);
#line 372 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_copy_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_index_put_(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_index_put_(int64_t input_, const int64_t* indices_, int64_t indices_len, int64_t values_, bool accumulate_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, values] = sffi::tensor_args<2>({input_, values_}, {"input", "values"});
        const c10::List<std::optional<at::Tensor>> indices = sffi::optional_tensor_list_arg(indices_, indices_len, "indices");
        const bool accumulate = accumulate_;
        const sffi::ExclusiveCall call_lock;
#line 10 "fixture.yaml@rt_torch_torchtensor_index_put_"
        input.index_put_(indices, values, accumulate);
#line 392 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_index_put_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_index_put_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_index_put_");
    }
}

RT_TORCH_API int64_t rt_torch_jit_load(const char* path) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_jit_load(const char* path_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view path = sffi::text_arg(path_, "path");
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_jit_load"
        return sffi::to_i64(sffi::jit_load(path));
#line 410 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_load");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_load");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_load");
        return -1;
    }
}

RT_TORCH_API bool rt_torch_jit_module_release(int64_t module) RT_TORCH_NOEXCEPT;
RT_TORCH_API bool rt_torch_jit_module_release(int64_t module_) noexcept {
    try {
        const int64_t module = module_;
#line 7 "fixture.yaml@rt_torch_jit_module_release"
        return sffi::to_bool(sffi::release_module(module));
#line 429 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_module_release");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_module_release");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_module_release");
        return false;
    }
}

RT_TORCH_API int32_t rt_torch_jit_output_kind(int64_t module, const char* method) RT_TORCH_NOEXCEPT;
RT_TORCH_API int32_t rt_torch_jit_output_kind(int64_t module_, const char* method_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const std::string_view method = sffi::text_arg(method_, "method");
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_jit_output_kind"
        return sffi::to_i32(sffi::jit_output_kind(module, method));
#line 451 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_output_kind");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_output_kind");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_output_kind");
        return -1;
    }
}

RT_TORCH_API const char* rt_torch_jit_parameter_names(int64_t module) RT_TORCH_NOEXCEPT;
RT_TORCH_API const char* rt_torch_jit_parameter_names(int64_t module_) noexcept {
    sffi::begin_call();
    try {
        const int64_t module = module_;
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_jit_parameter_names"
        return sffi::text_result(sffi::text_result(sffi::jit_parameter_names(module)));
#line 472 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_jit_parameter_names");
        return nullptr;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_jit_parameter_names");
        return nullptr;
    } catch (...) {
        sffi::record_exception("rt_torch_jit_parameter_names");
        return nullptr;
    }
}

RT_TORCH_API void rt_torch_autocast_begin(const char* device_type, int32_t dtype, bool enabled, bool cache_enabled, bool cache_enabled_present) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autocast_begin(const char* device_type_, int32_t dtype_, bool enabled_, bool cache_enabled_, bool cache_enabled_present) noexcept {
    sffi::begin_call();
    try {
        const std::string_view device_type = sffi::enum_arg(device_type_, "device_type", {"cpu", "cuda"}, sffi::Code::other);
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const bool enabled = enabled_;
        const std::optional<bool> cache_enabled = sffi::optional_arg(cache_enabled_, cache_enabled_present);
        const sffi::SharedCall call_lock;
#line 10 "fixture.yaml@rt_torch_autocast_begin"
        sffi::autocast_begin(device_type, dtype, enabled, cache_enabled);
#line 496 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autocast_begin");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autocast_begin");
    } catch (...) {
        sffi::record_exception("rt_torch_autocast_begin");
    }
}

RT_TORCH_API void rt_torch_torchtensor_amp_update_scale_(int64_t scale, int64_t growth_tracker, int64_t found_inf, double scale_growth_factor, double scale_backoff_factor, int64_t growth_interval) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_torchtensor_amp_update_scale_(int64_t scale_, int64_t growth_tracker_, int64_t found_inf_, double scale_growth_factor_, double scale_backoff_factor_, int64_t growth_interval_) noexcept {
    sffi::begin_call();
    try {
        const auto [scale, growth_tracker, found_inf] = sffi::tensor_args<3>({scale_, growth_tracker_, found_inf_}, {"scale", "growth_tracker", "found_inf"});
        const double scale_growth_factor = scale_growth_factor_;
        const double scale_backoff_factor = scale_backoff_factor_;
        const int64_t growth_interval = growth_interval_;
        const sffi::ExclusiveCall call_lock;
#line 12 "fixture.yaml@rt_torch_torchtensor_amp_update_scale_"
        sffi::amp_update_scale(scale, growth_tracker, found_inf, scale_growth_factor, scale_backoff_factor, growth_interval);
#line 517 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_amp_update_scale_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_amp_update_scale_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_amp_update_scale_");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) RT_TORCH_NOEXCEPT;
RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 7 "fixture.yaml@rt_torch_autograd_no_grad_begin_v2"
        sffi::no_grad_begin();
#line 534 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin_v2");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin_v2");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_begin_v2");
    }
}

RT_TORCH_API int64_t rt_torch_dist_init(const char* backend, const char* store, const char* address, int64_t port, int64_t rank, int64_t world_size, int64_t timeout_ms, bool agent_store) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_init(const char* backend_, const char* store_, const char* address_, int64_t port_, int64_t rank_, int64_t world_size_, int64_t timeout_ms_, bool agent_store_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view backend = sffi::text_arg(backend_, "backend");
        const std::string_view store = sffi::text_arg(store_, "store");
        const std::string_view address = sffi::text_arg(address_, "address");
        const int64_t port = port_;
        const int64_t rank = rank_;
        const int64_t world_size = world_size_;
        const int64_t timeout_ms = timeout_ms_;
        const bool agent_store = agent_store_;
#line 16 "fixture.yaml@rt_torch_dist_init"
        return sffi::to_i64(sffi::dist_init(backend, store, address, port, rank, world_size, timeout_ms, agent_store));
#line 558 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_init");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_init");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_init");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_dist_init_env(const char* backend, int64_t timeout_ms) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_init_env(const char* backend_, int64_t timeout_ms_) noexcept {
    sffi::begin_call();
    try {
        const std::string_view backend = sffi::text_arg(backend_, "backend");
        const int64_t timeout_ms = timeout_ms_;
#line 10 "fixture.yaml@rt_torch_dist_init_env"
        return sffi::to_i64(sffi::dist_init_env(backend, timeout_ms));
#line 579 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_init_env");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_init_env");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_init_env");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_dist_rank(int64_t group) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_rank(int64_t group_) noexcept {
    sffi::begin_call();
    try {
        const int64_t group = group_;
        const sffi::SharedCall call_lock;
#line 8 "fixture.yaml@rt_torch_dist_rank"
        return sffi::to_i64(sffi::dist_rank(group));
#line 600 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_rank");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_rank");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_rank");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_dist_shuffle_indices(int64_t n, int64_t seed) RT_TORCH_NOEXCEPT;
RT_TORCH_API int64_t rt_torch_dist_shuffle_indices(int64_t n_, int64_t seed_) noexcept {
    sffi::begin_call();
    try {
        const int64_t n = n_;
        const int64_t seed = seed_;
        const sffi::SharedCall call_lock;
#line 11 "fixture.yaml@rt_torch_dist_shuffle_indices"
        return sffi::new_tensor(sffi::dist_shuffle_indices(n, seed));
#line 622 "ops_1.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_dist_shuffle_indices");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_dist_shuffle_indices");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_dist_shuffle_indices");
        return 0;
    }
}

}  // extern "C"
