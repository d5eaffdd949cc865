// generated from fixture.yaml by sffi-gen; do not edit
/* Golden fixture: the Simple-ABI library libspl_torch.so.
 *
 * Every function of the bridge (libtorch_sffi.so, torch_sffi.h) with the C signature that
 * compiled Simple code gives its ffi.spl declaration: a [i64] or [f64] is one SplArray* (the
 * Simple runtime's array of tagged values), text is a NUL-terminated const char* the caller
 * keeps, a [T] result is a fresh SplArray* and a text result a char* from spl_str_new, both
 * the caller's to free. Handles, numbers and booleans are as in torch_sffi.h. For the
 * 16 reference functions these are the reference header's signatures.
 *
 * A failed call returns what the bridge's returns (a 0 handle, -1, NaN, false, NULL text),
 * an array result a fresh empty array, and sets the thread's error: read it with the error
 * functions below, as after any bridge call. The library finds the Simple runtime's functions
 * (spl_array_new, spl_array_push, spl_array_get, spl_array_len, spl_array_free, spl_int,
 * spl_float, spl_as_int, spl_as_float, spl_str_new) in the process that loads it; without
 * them, a call that needs one fails with the unavailable error, naming what is missing.
 */
#ifndef SPL_TORCH_H
#define SPL_TORCH_H

#include <stdbool.h>
#include <stdint.h>

#ifndef SPL_TORCH_API
#define SPL_TORCH_API
#endif

#ifdef __cplusplus
#define SPL_TORCH_NOEXCEPT noexcept
extern "C" {
#else
#define SPL_TORCH_NOEXCEPT
#endif

typedef struct SplArray SplArray; /* the Simple runtime's array (its runtime.h) */

SPL_TORCH_API bool rt_torch_available(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API char* rt_torch_version(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_tensor_zeros(SplArray* dims) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_tensor_zeros_v2(SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_tensor_full(SplArray* size, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t device_type, int32_t device_index, int32_t dtype, SplArray* scales) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_tensor_from_data(SplArray* data, SplArray* dims) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, SplArray* dim, bool dim_present, bool keepdim, int32_t dtype) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_torchtensor_max_dim(int64_t input, int64_t dim, bool keepdim) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_torchtensor_mul_(int64_t input, int64_t other) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input, SplArray* indices) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_torchtensor_shape(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_cat(SplArray* tensors, int64_t dim) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias, double scale, int32_t flags) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, bool ceil_mode) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_nn_max_pool2d_with_indices(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, bool ceil_mode) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_nn_mse_loss(int64_t input, int64_t target, const char* reduction, SplArray* weight, bool weight_present) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_nn_dropout(int64_t input, double p, bool training, int64_t seed, bool seed_present, double scale, bool scale_present, bool inplace, bool inplace_present) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_autograd_backward(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_torchtensor_data_f64(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_stream_create(int32_t device_id) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_torchstream_sync(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_torchstream_free(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_torchtensor_free(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int32_t rt_torch_error_code(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API char* rt_torch_error_message(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_live_handles(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_set_name(const char* label) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API double rt_torch_set_mode(const char* mode) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API bool rt_torch_torchtensor_release(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_tensor_from_i64(SplArray* data, SplArray* dims) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_torchtensor_data_i64(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int32_t rt_torch_warning_count(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API char* rt_torch_warning_message(int64_t index) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int32_t rt_torch_warning_kind(int64_t index) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int32_t rt_torch_torchtensor_device_type(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API bool rt_torch_autograd_has_grad_fn(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_autograd_grad_mode_begin(bool enabled) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_autograd_grad_mode_end(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API bool rt_torch_autograd_is_grad_enabled(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_autograd_set_grad_enabled(bool enabled) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API char* rt_torch_autograd_grad_fn_name(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API double rt_torch_torchtensor_item(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t handle, int64_t dim, int64_t index) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t handle, SplArray* dims) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle, int64_t src) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_torchtensor_index_put_(int64_t input, SplArray* indices, int64_t values, bool accumulate) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int32_t rt_torch_get_default_dtype(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_jit_load(const char* path) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_jit_module_free(int64_t module) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API bool rt_torch_jit_module_release(int64_t module) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_jit_run_method(int64_t module, const char* method, SplArray* inputs) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int32_t rt_torch_jit_output_kind(int64_t module, const char* method) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API char* rt_torch_jit_method_names(int64_t module) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_jit_train(int64_t module, bool mode) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API bool rt_torch_jit_is_training(int64_t module) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_jit_parameters(int64_t module) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API char* rt_torch_jit_parameter_names(int64_t module) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_autocast_begin(const char* device_type, int32_t dtype, bool enabled, bool cache_enabled, bool cache_enabled_present) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_autocast_end(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int32_t rt_torch_get_autocast_dtype(const char* device_type) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_autograd_function_apply(SplArray* inputs, SplArray* outputs, SplArray* to_save, SplArray* non_differentiable, SplArray* dirty, bool materialize_grads, const char* name, int64_t backward, int64_t user_data, int64_t free_user_data) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_torchtensor_new_handle(int64_t handle) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf, SplArray* grads, int64_t inv_scale) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_torchtensor_amp_update_scale_(int64_t scale, int64_t growth_tracker, int64_t found_inf, double scale_growth_factor, double scale_backoff_factor, int64_t growth_interval) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_dist_init(const char* backend, const char* store, const char* address, int64_t port, int64_t rank, int64_t world_size, int64_t timeout_ms, bool agent_store) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_dist_init_env(const char* backend, int64_t timeout_ms) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_dist_free(int64_t group) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API bool rt_torch_dist_release(int64_t group) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API bool rt_torch_dist_is_backend_available(const char* backend) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_dist_rank(int64_t group) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_dist_world_size(int64_t group) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_dist_all_reduce_(int64_t tensor, int64_t group, const char* op) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_dist_broadcast_(int64_t tensor, int64_t group, int64_t src) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API SplArray* rt_torch_dist_all_gather(int64_t tensor, int64_t group) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_dist_reduce_scatter_(int64_t output, int64_t group, SplArray* inputs, const char* op) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API void rt_torch_dist_barrier(int64_t group) SPL_TORCH_NOEXCEPT;
SPL_TORCH_API int64_t rt_torch_dist_shuffle_indices(int64_t n, int64_t seed) SPL_TORCH_NOEXCEPT;

#ifdef __cplusplus
}
#endif

#endif /* SPL_TORCH_H */
