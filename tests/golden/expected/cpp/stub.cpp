// generated from fixture.yaml by sffi-gen; do not edit
// The stub bridge: the same C ABI as libtorch_sffi.so, built without libtorch (see
// stub_runtime.h). Functions whose catalogue entry gives a `stub:` expression evaluate it;
// every other one fails with RT_TORCH_ERR_UNAVAILABLE.
#include "torch_sffi.h"
#include "stub_runtime.h"

extern "C" {

RT_TORCH_API bool rt_torch_available(void) noexcept {
    sffi::begin_call("rt_torch_available");
    return false;
}

RT_TORCH_API const char* rt_torch_version(void) noexcept {
    sffi::begin_call("rt_torch_version");
    return sffi::stub_version();
}

RT_TORCH_API int64_t rt_torch_tensor_zeros([[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_zeros");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_zeros_v2([[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_zeros_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_full([[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] double fill_value_, [[maybe_unused]] int64_t fill_value_int, [[maybe_unused]] int32_t fill_value_kind, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] const double* scales_, [[maybe_unused]] int64_t scales_len) noexcept {
    sffi::begin_call("rt_torch_tensor_full");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_from_data([[maybe_unused]] const double* data_, [[maybe_unused]] int64_t data_len, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_from_data");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_add([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_sum([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sum");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sum_dim_intlist");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp([[maybe_unused]] int64_t input_, [[maybe_unused]] double min_, [[maybe_unused]] int64_t min_int, [[maybe_unused]] int32_t min_kind, [[maybe_unused]] double max_, [[maybe_unused]] int64_t max_int, [[maybe_unused]] int32_t max_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clamp");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_max_dim");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API void rt_torch_torchtensor_mul_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mul_");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* indices_, [[maybe_unused]] int64_t indices_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int32_t rt_torch_torchtensor_dtype([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_dtype");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_shape([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_shape");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_chunk([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t chunks_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_chunk");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cat([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cat");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_linear([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] double scale_, [[maybe_unused]] int32_t flags_) noexcept {
    sffi::begin_call("rt_torch_nn_linear");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] bool ceil_mode_) noexcept {
    sffi::begin_call("rt_torch_nn_max_pool2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] bool ceil_mode_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_nn_max_pool2d_with_indices");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] const char* reduction_, [[maybe_unused]] const double* weight_, [[maybe_unused]] int64_t weight_len, [[maybe_unused]] bool weight_present) noexcept {
    sffi::begin_call("rt_torch_nn_mse_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_dropout([[maybe_unused]] int64_t input_, [[maybe_unused]] double p_, [[maybe_unused]] bool training_, [[maybe_unused]] int64_t seed_, [[maybe_unused]] bool seed_present, [[maybe_unused]] double scale_, [[maybe_unused]] bool scale_present, [[maybe_unused]] bool inplace_, [[maybe_unused]] bool inplace_present) noexcept {
    sffi::begin_call("rt_torch_nn_dropout");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_autograd_backward([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_backward");
    sffi::unavailable();
}

RT_TORCH_API bool rt_torch_autograd_requires_grad([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_requires_grad");
    sffi::unavailable();
    return false;
}

RT_TORCH_API int64_t rt_torch_autograd_grad([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_grad");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_f64([[maybe_unused]] int64_t handle_, [[maybe_unused]] double* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_data_f64");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_stream_create([[maybe_unused]] int32_t device_id_) noexcept {
    sffi::begin_call("rt_torch_stream_create");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_torchstream_sync([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchstream_sync");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchstream_free([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchstream_free");
    sffi::free_stream(handle_);
}

RT_TORCH_API void rt_torch_torchtensor_free([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_free");
    sffi::free_tensor(handle_);
}

RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    return sffi::error_code();
}

RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    return sffi::error_message();
}

RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    sffi::begin_call("rt_torch_live_handles");
    return sffi::live_handles();
}

RT_TORCH_API void rt_torch_set_name([[maybe_unused]] const char* label_) noexcept {
    sffi::begin_call("rt_torch_set_name");
    sffi::unavailable();
}

RT_TORCH_API double rt_torch_set_mode([[maybe_unused]] const char* mode_) noexcept {
    sffi::begin_call("rt_torch_set_mode");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API bool rt_torch_torchtensor_release([[maybe_unused]] int64_t handle_) noexcept {
    return sffi::release_tensor(handle_);
}

RT_TORCH_API void rt_torch_autograd_set_requires_grad([[maybe_unused]] int64_t handle_, [[maybe_unused]] bool requires_grad_) noexcept {
    sffi::begin_call("rt_torch_autograd_set_requires_grad");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_tensor_from_i64([[maybe_unused]] const int64_t* data_, [[maybe_unused]] int64_t data_len, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_from_i64");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_i64([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_data_i64");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int32_t rt_torch_torchtensor_device([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_device");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int32_t rt_torch_warning_count(void) noexcept {
    return sffi::warning_count();
}

RT_TORCH_API const char* rt_torch_warning_message([[maybe_unused]] int64_t index_) noexcept {
    return sffi::warning_message(index_);
}

RT_TORCH_API int32_t rt_torch_warning_kind([[maybe_unused]] int64_t index_) noexcept {
    return sffi::warning_kind(index_);
}

RT_TORCH_API int32_t rt_torch_torchtensor_device_type([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_device_type");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API bool rt_torch_autograd_has_grad_fn([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_has_grad_fn");
    sffi::unavailable();
    return false;
}

RT_TORCH_API void rt_torch_autograd_grad_mode_begin([[maybe_unused]] bool enabled_) noexcept {
    sffi::begin_call("rt_torch_autograd_grad_mode_begin");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_autograd_grad_mode_end(void) noexcept {
    sffi::begin_call("rt_torch_autograd_grad_mode_end");
    sffi::unavailable();
}

RT_TORCH_API bool rt_torch_autograd_is_grad_enabled(void) noexcept {
    sffi::begin_call("rt_torch_autograd_is_grad_enabled");
    sffi::unavailable();
    return false;
}

RT_TORCH_API void rt_torch_autograd_set_grad_enabled([[maybe_unused]] bool enabled_) noexcept {
    sffi::begin_call("rt_torch_autograd_set_grad_enabled");
    sffi::unavailable();
}

RT_TORCH_API const char* rt_torch_autograd_grad_fn_name([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_grad_fn_name");
    sffi::unavailable();
    return nullptr;
}

RT_TORCH_API int64_t rt_torch_torchtensor_real([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_real");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_imag([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_imag");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_item([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_item");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_numel([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_numel");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_select_int([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_select_int");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_slice([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t start_, [[maybe_unused]] int64_t end_, [[maybe_unused]] int64_t step_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_slice");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype([[maybe_unused]] int64_t handle_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_dtype");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_unsqueeze");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_v2([[maybe_unused]] int64_t handle_, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_view_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_complex([[maybe_unused]] int64_t real_, [[maybe_unused]] int64_t imag_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_complex");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_device([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] bool non_blocking_, [[maybe_unused]] bool copy_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_device");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor([[maybe_unused]] double s_, [[maybe_unused]] int64_t s_int, [[maybe_unused]] int32_t s_kind, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_not");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_torchtensor_copy_([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t src_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_copy_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_index_put_([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* indices_, [[maybe_unused]] int64_t indices_len, [[maybe_unused]] int64_t values_, [[maybe_unused]] bool accumulate_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_put_");
    sffi::unavailable();
}

RT_TORCH_API int32_t rt_torch_get_default_dtype(void) noexcept {
    sffi::begin_call("rt_torch_get_default_dtype");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_jit_load([[maybe_unused]] const char* path_) noexcept {
    sffi::begin_call("rt_torch_jit_load");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API void rt_torch_jit_module_free([[maybe_unused]] int64_t module_) noexcept {
    sffi::begin_call("rt_torch_jit_module_free");
    sffi::unavailable();
}

RT_TORCH_API bool rt_torch_jit_module_release([[maybe_unused]] int64_t module_) noexcept {
    return false;
}

RT_TORCH_API int64_t rt_torch_jit_run_method([[maybe_unused]] int64_t module_, [[maybe_unused]] const char* method_, [[maybe_unused]] const int64_t* inputs_, [[maybe_unused]] int64_t inputs_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_jit_run_method");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int32_t rt_torch_jit_output_kind([[maybe_unused]] int64_t module_, [[maybe_unused]] const char* method_) noexcept {
    sffi::begin_call("rt_torch_jit_output_kind");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API const char* rt_torch_jit_method_names([[maybe_unused]] int64_t module_) noexcept {
    sffi::begin_call("rt_torch_jit_method_names");
    sffi::unavailable();
    return nullptr;
}

RT_TORCH_API void rt_torch_jit_train([[maybe_unused]] int64_t module_, [[maybe_unused]] bool mode_) noexcept {
    sffi::begin_call("rt_torch_jit_train");
    sffi::unavailable();
}

RT_TORCH_API bool rt_torch_jit_is_training([[maybe_unused]] int64_t module_) noexcept {
    sffi::begin_call("rt_torch_jit_is_training");
    sffi::unavailable();
    return false;
}

RT_TORCH_API int64_t rt_torch_jit_parameters([[maybe_unused]] int64_t module_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_jit_parameters");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API const char* rt_torch_jit_parameter_names([[maybe_unused]] int64_t module_) noexcept {
    sffi::begin_call("rt_torch_jit_parameter_names");
    sffi::unavailable();
    return nullptr;
}

RT_TORCH_API void rt_torch_autocast_begin([[maybe_unused]] const char* device_type_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] bool enabled_, [[maybe_unused]] bool cache_enabled_, [[maybe_unused]] bool cache_enabled_present) noexcept {
    sffi::begin_call("rt_torch_autocast_begin");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_autocast_end(void) noexcept {
    sffi::begin_call("rt_torch_autocast_end");
    sffi::unavailable();
}

RT_TORCH_API int32_t rt_torch_get_autocast_dtype([[maybe_unused]] const char* device_type_) noexcept {
    sffi::begin_call("rt_torch_get_autocast_dtype");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_autograd_function_apply([[maybe_unused]] const int64_t* inputs_, [[maybe_unused]] int64_t inputs_len, [[maybe_unused]] const int64_t* outputs_, [[maybe_unused]] int64_t outputs_len, [[maybe_unused]] const int64_t* to_save_, [[maybe_unused]] int64_t to_save_len, [[maybe_unused]] const int64_t* non_differentiable_, [[maybe_unused]] int64_t non_differentiable_len, [[maybe_unused]] const int64_t* dirty_, [[maybe_unused]] int64_t dirty_len, [[maybe_unused]] bool materialize_grads_, [[maybe_unused]] const char* name_, [[maybe_unused]] int64_t backward_, [[maybe_unused]] int64_t user_data_, [[maybe_unused]] int64_t free_user_data_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_autograd_function_apply");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_handle([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_new_handle");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_([[maybe_unused]] int64_t found_inf_, [[maybe_unused]] const int64_t* grads_, [[maybe_unused]] int64_t grads_len, [[maybe_unused]] int64_t inv_scale_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_amp_update_scale_([[maybe_unused]] int64_t scale_, [[maybe_unused]] int64_t growth_tracker_, [[maybe_unused]] int64_t found_inf_, [[maybe_unused]] double scale_growth_factor_, [[maybe_unused]] double scale_backoff_factor_, [[maybe_unused]] int64_t growth_interval_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_amp_update_scale_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) noexcept {
    sffi::begin_call("rt_torch_autograd_no_grad_begin_v2");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) noexcept {
    sffi::begin_call("rt_torch_autograd_no_grad_end_v2");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_dist_init([[maybe_unused]] const char* backend_, [[maybe_unused]] const char* store_, [[maybe_unused]] const char* address_, [[maybe_unused]] int64_t port_, [[maybe_unused]] int64_t rank_, [[maybe_unused]] int64_t world_size_, [[maybe_unused]] int64_t timeout_ms_, [[maybe_unused]] bool agent_store_) noexcept {
    sffi::begin_call("rt_torch_dist_init");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_dist_init_env([[maybe_unused]] const char* backend_, [[maybe_unused]] int64_t timeout_ms_) noexcept {
    sffi::begin_call("rt_torch_dist_init_env");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API void rt_torch_dist_free([[maybe_unused]] int64_t group_) noexcept {
    sffi::begin_call("rt_torch_dist_free");
    sffi::unavailable();
}

RT_TORCH_API bool rt_torch_dist_release([[maybe_unused]] int64_t group_) noexcept {
    return false;
}

RT_TORCH_API bool rt_torch_dist_is_backend_available([[maybe_unused]] const char* backend_) noexcept {
    sffi::begin_call("rt_torch_dist_is_backend_available");
    return false;
}

RT_TORCH_API int64_t rt_torch_dist_rank([[maybe_unused]] int64_t group_) noexcept {
    sffi::begin_call("rt_torch_dist_rank");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_dist_world_size([[maybe_unused]] int64_t group_) noexcept {
    sffi::begin_call("rt_torch_dist_world_size");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API void rt_torch_dist_all_reduce_([[maybe_unused]] int64_t tensor_, [[maybe_unused]] int64_t group_, [[maybe_unused]] const char* op_) noexcept {
    sffi::begin_call("rt_torch_dist_all_reduce_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_dist_broadcast_([[maybe_unused]] int64_t tensor_, [[maybe_unused]] int64_t group_, [[maybe_unused]] int64_t src_) noexcept {
    sffi::begin_call("rt_torch_dist_broadcast_");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_dist_all_gather([[maybe_unused]] int64_t tensor_, [[maybe_unused]] int64_t group_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_dist_all_gather");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API void rt_torch_dist_reduce_scatter_([[maybe_unused]] int64_t output_, [[maybe_unused]] int64_t group_, [[maybe_unused]] const int64_t* inputs_, [[maybe_unused]] int64_t inputs_len, [[maybe_unused]] const char* op_) noexcept {
    sffi::begin_call("rt_torch_dist_reduce_scatter_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_dist_barrier([[maybe_unused]] int64_t group_) noexcept {
    sffi::begin_call("rt_torch_dist_barrier");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_dist_shuffle_indices([[maybe_unused]] int64_t n_, [[maybe_unused]] int64_t seed_) noexcept {
    sffi::begin_call("rt_torch_dist_shuffle_indices");
    sffi::unavailable();
    return 0;
}

}  // extern "C"
