// generated from fixture.yaml by sffi-gen; do not edit
// libspl_torch.so: the bridge's functions with the Simple runtime's calling convention
// (spl_torch.h), converting through spl_abi.h and calling the bridge through its table.
#include "spl_abi.h"
#include "spl_torch.h"

extern "C" {

SPL_TORCH_API bool rt_torch_available(void) noexcept {
    return spl::core().rt_torch_available();
}

SPL_TORCH_API char* rt_torch_version(void) noexcept {
    if (!spl::runtime_ready(__func__)) return nullptr;
    return spl::text(__func__, spl::core().rt_torch_version());
}

SPL_TORCH_API int64_t rt_torch_tensor_zeros(SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_zeros(dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_tensor_zeros_v2(SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_zeros_v2(size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_full(SplArray* size, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t device_type, int32_t device_index, int32_t dtype, SplArray* scales) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    std::vector<double> scales_;
    if (!spl::floats(scales, scales_, __func__, "scales")) return 0;
    return spl::core().rt_torch_tensor_full(size_.data(), spl::length(size_), fill_value, fill_value_int, fill_value_kind, device_type, device_index, dtype, scales_.data(), spl::length(scales_));
}

SPL_TORCH_API int64_t rt_torch_tensor_from_data(SplArray* data, SplArray* dims) noexcept {
    std::vector<double> data_;
    if (!spl::floats(data, data_, __func__, "data")) return 0;
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_from_data(data_.data(), spl::length(data_), dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_add(handle, other);
}

SPL_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_sum(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, SplArray* dim, bool dim_present, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_sum_dim_intlist(input, dim_.data(), spl::length(dim_), dim_present, keepdim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_add_scalar(input, other, other_int, other_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) noexcept {
    return spl::core().rt_torch_torchtensor_clamp(input, min, min_int, min_kind, max, max_int, max_kind);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_max_dim(int64_t input, int64_t dim, bool keepdim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_max_dim(input, dim, keepdim, out, out_capacity); });
}

SPL_TORCH_API void rt_torch_torchtensor_mul_(int64_t input, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_mul_(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input, SplArray* indices) noexcept {
    std::vector<int64_t> indices_;
    if (!spl::ints(indices, indices_, __func__, "indices")) return 0;
    return spl::core().rt_torch_torchtensor_index_tensor(input, indices_.data(), spl::length(indices_));
}

SPL_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_dtype(handle);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_shape(int64_t handle) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, nullptr, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_shape(handle, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_chunk(handle, chunks, dim, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cat(SplArray* tensors, int64_t dim) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return 0;
    return spl::core().rt_torch_torchtensor_cat(tensors_.data(), spl::length(tensors_), dim);
}

SPL_TORCH_API int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias, double scale, int32_t flags) noexcept {
    return spl::core().rt_torch_nn_linear(input, weight, bias, scale, flags);
}

SPL_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, bool ceil_mode) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    return spl::core().rt_torch_nn_max_pool2d(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), ceil_mode);
}

SPL_TORCH_API SplArray* rt_torch_nn_max_pool2d_with_indices(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, bool ceil_mode) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return spl::failed_array();
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return spl::failed_array();
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_nn_max_pool2d_with_indices(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), ceil_mode, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_nn_mse_loss(int64_t input, int64_t target, const char* reduction, SplArray* weight, bool weight_present) noexcept {
    std::vector<double> weight_;
    if (!spl::floats(weight, weight_, __func__, "weight", weight_present)) return 0;
    return spl::core().rt_torch_nn_mse_loss(input, target, reduction, weight_.data(), spl::length(weight_), weight_present);
}

SPL_TORCH_API int64_t rt_torch_nn_dropout(int64_t input, double p, bool training, int64_t seed, bool seed_present, double scale, bool scale_present, bool inplace, bool inplace_present) noexcept {
    return spl::core().rt_torch_nn_dropout(input, p, training, seed, seed_present, scale, scale_present, inplace, inplace_present);
}

SPL_TORCH_API void rt_torch_autograd_backward(int64_t handle) noexcept {
    spl::core().rt_torch_autograd_backward(handle);
}

SPL_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle) noexcept {
    return spl::core().rt_torch_autograd_requires_grad(handle);
}

SPL_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle) noexcept {
    return spl::core().rt_torch_autograd_grad(handle);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_data_f64(int64_t handle) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<double>(__func__, nullptr, [&](double* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_data_f64(handle, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_stream_create(int32_t device_id) noexcept {
    return spl::core().rt_torch_stream_create(device_id);
}

SPL_TORCH_API void rt_torch_torchstream_sync(int64_t handle) noexcept {
    spl::core().rt_torch_torchstream_sync(handle);
}

SPL_TORCH_API void rt_torch_torchstream_free(int64_t handle) noexcept {
    spl::core().rt_torch_torchstream_free(handle);
}

SPL_TORCH_API void rt_torch_torchtensor_free(int64_t handle) noexcept {
    spl::core().rt_torch_torchtensor_free(handle);
}

SPL_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    return spl::core().rt_torch_error_code();
}

SPL_TORCH_API char* rt_torch_error_message(void) noexcept {
    if (!spl::runtime_ready(__func__)) return nullptr;
    return spl::text(__func__, spl::core().rt_torch_error_message());
}

SPL_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    return spl::core().rt_torch_live_handles();
}

SPL_TORCH_API void rt_torch_set_name(const char* label) noexcept {
    spl::core().rt_torch_set_name(label);
}

SPL_TORCH_API double rt_torch_set_mode(const char* mode) noexcept {
    return spl::core().rt_torch_set_mode(mode);
}

SPL_TORCH_API bool rt_torch_torchtensor_release(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_release(handle);
}

SPL_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad) noexcept {
    spl::core().rt_torch_autograd_set_requires_grad(handle, requires_grad);
}

SPL_TORCH_API int64_t rt_torch_tensor_from_i64(SplArray* data, SplArray* dims) noexcept {
    std::vector<int64_t> data_;
    if (!spl::ints(data, data_, __func__, "data")) return 0;
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_from_i64(data_.data(), spl::length(data_), dims_.data(), spl::length(dims_));
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_data_i64(int64_t handle) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, nullptr, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_data_i64(handle, out, out_capacity); });
}

SPL_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_device(handle);
}

SPL_TORCH_API int32_t rt_torch_warning_count(void) noexcept {
    return spl::core().rt_torch_warning_count();
}

SPL_TORCH_API char* rt_torch_warning_message(int64_t index) noexcept {
    if (!spl::runtime_ready(__func__)) return nullptr;
    return spl::text(__func__, spl::core().rt_torch_warning_message(index));
}

SPL_TORCH_API int32_t rt_torch_warning_kind(int64_t index) noexcept {
    return spl::core().rt_torch_warning_kind(index);
}

SPL_TORCH_API int32_t rt_torch_torchtensor_device_type(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_device_type(handle);
}

SPL_TORCH_API bool rt_torch_autograd_has_grad_fn(int64_t handle) noexcept {
    return spl::core().rt_torch_autograd_has_grad_fn(handle);
}

SPL_TORCH_API void rt_torch_autograd_grad_mode_begin(bool enabled) noexcept {
    spl::core().rt_torch_autograd_grad_mode_begin(enabled);
}

SPL_TORCH_API void rt_torch_autograd_grad_mode_end(void) noexcept {
    spl::core().rt_torch_autograd_grad_mode_end();
}

SPL_TORCH_API bool rt_torch_autograd_is_grad_enabled(void) noexcept {
    return spl::core().rt_torch_autograd_is_grad_enabled();
}

SPL_TORCH_API void rt_torch_autograd_set_grad_enabled(bool enabled) noexcept {
    spl::core().rt_torch_autograd_set_grad_enabled(enabled);
}

SPL_TORCH_API char* rt_torch_autograd_grad_fn_name(int64_t handle) noexcept {
    if (!spl::runtime_ready(__func__)) return nullptr;
    return spl::text(__func__, spl::core().rt_torch_autograd_grad_fn_name(handle));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_real(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_imag(handle);
}

SPL_TORCH_API double rt_torch_torchtensor_item(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_item(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_numel(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t handle, int64_t dim, int64_t index) noexcept {
    return spl::core().rt_torch_torchtensor_select_int(handle, dim, index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step) noexcept {
    return spl::core().rt_torch_torchtensor_slice(handle, dim, start, end, step);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype) noexcept {
    return spl::core().rt_torch_torchtensor_to_dtype(handle, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_unsqueeze(handle, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t handle, SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_torchtensor_view_v2(handle, dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag) noexcept {
    return spl::core().rt_torch_torchtensor_complex(real, imag);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_to_device(input, device_type, device_index, dtype, non_blocking, copy, memory_format);
}

SPL_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_scalar_tensor(s, s_int, s_kind, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_not(input);
}

SPL_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle, int64_t src) noexcept {
    spl::core().rt_torch_torchtensor_copy_(handle, src);
}

SPL_TORCH_API void rt_torch_torchtensor_index_put_(int64_t input, SplArray* indices, int64_t values, bool accumulate) noexcept {
    std::vector<int64_t> indices_;
    if (!spl::ints(indices, indices_, __func__, "indices")) return;
    spl::core().rt_torch_torchtensor_index_put_(input, indices_.data(), spl::length(indices_), values, accumulate);
}

SPL_TORCH_API int32_t rt_torch_get_default_dtype(void) noexcept {
    return spl::core().rt_torch_get_default_dtype();
}

SPL_TORCH_API int64_t rt_torch_jit_load(const char* path) noexcept {
    return spl::core().rt_torch_jit_load(path);
}

SPL_TORCH_API void rt_torch_jit_module_free(int64_t module) noexcept {
    spl::core().rt_torch_jit_module_free(module);
}

SPL_TORCH_API bool rt_torch_jit_module_release(int64_t module) noexcept {
    return spl::core().rt_torch_jit_module_release(module);
}

SPL_TORCH_API SplArray* rt_torch_jit_run_method(int64_t module, const char* method, SplArray* inputs) noexcept {
    std::vector<int64_t> inputs_;
    if (!spl::ints(inputs, inputs_, __func__, "inputs")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_jit_run_method(module, method, inputs_.data(), spl::length(inputs_), out, out_capacity); });
}

SPL_TORCH_API int32_t rt_torch_jit_output_kind(int64_t module, const char* method) noexcept {
    return spl::core().rt_torch_jit_output_kind(module, method);
}

SPL_TORCH_API char* rt_torch_jit_method_names(int64_t module) noexcept {
    if (!spl::runtime_ready(__func__)) return nullptr;
    return spl::text(__func__, spl::core().rt_torch_jit_method_names(module));
}

SPL_TORCH_API void rt_torch_jit_train(int64_t module, bool mode) noexcept {
    spl::core().rt_torch_jit_train(module, mode);
}

SPL_TORCH_API bool rt_torch_jit_is_training(int64_t module) noexcept {
    return spl::core().rt_torch_jit_is_training(module);
}

SPL_TORCH_API SplArray* rt_torch_jit_parameters(int64_t module) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_jit_parameters(module, out, out_capacity); });
}

SPL_TORCH_API char* rt_torch_jit_parameter_names(int64_t module) noexcept {
    if (!spl::runtime_ready(__func__)) return nullptr;
    return spl::text(__func__, spl::core().rt_torch_jit_parameter_names(module));
}

SPL_TORCH_API void rt_torch_autocast_begin(const char* device_type, int32_t dtype, bool enabled, bool cache_enabled, bool cache_enabled_present) noexcept {
    spl::core().rt_torch_autocast_begin(device_type, dtype, enabled, cache_enabled, cache_enabled_present);
}

SPL_TORCH_API void rt_torch_autocast_end(void) noexcept {
    spl::core().rt_torch_autocast_end();
}

SPL_TORCH_API int32_t rt_torch_get_autocast_dtype(const char* device_type) noexcept {
    return spl::core().rt_torch_get_autocast_dtype(device_type);
}

SPL_TORCH_API SplArray* rt_torch_autograd_function_apply(SplArray* inputs, SplArray* outputs, SplArray* to_save, SplArray* non_differentiable, SplArray* dirty, bool materialize_grads, const char* name, int64_t backward, int64_t user_data, int64_t free_user_data) noexcept {
    std::vector<int64_t> inputs_;
    if (!spl::ints(inputs, inputs_, __func__, "inputs")) return spl::failed_array();
    std::vector<int64_t> outputs_;
    if (!spl::ints(outputs, outputs_, __func__, "outputs")) return spl::failed_array();
    std::vector<int64_t> to_save_;
    if (!spl::ints(to_save, to_save_, __func__, "to_save")) return spl::failed_array();
    std::vector<int64_t> non_differentiable_;
    if (!spl::ints(non_differentiable, non_differentiable_, __func__, "non_differentiable")) return spl::failed_array();
    std::vector<int64_t> dirty_;
    if (!spl::ints(dirty, dirty_, __func__, "dirty")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_autograd_function_apply(inputs_.data(), spl::length(inputs_), outputs_.data(), spl::length(outputs_), to_save_.data(), spl::length(to_save_), non_differentiable_.data(), spl::length(non_differentiable_), dirty_.data(), spl::length(dirty_), materialize_grads, name, backward, user_data, free_user_data, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_new_handle(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_new_handle(handle);
}

SPL_TORCH_API void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf, SplArray* grads, int64_t inv_scale) noexcept {
    std::vector<int64_t> grads_;
    if (!spl::ints(grads, grads_, __func__, "grads")) return;
    spl::core().rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(found_inf, grads_.data(), spl::length(grads_), inv_scale);
}

SPL_TORCH_API void rt_torch_torchtensor_amp_update_scale_(int64_t scale, int64_t growth_tracker, int64_t found_inf, double scale_growth_factor, double scale_backoff_factor, int64_t growth_interval) noexcept {
    spl::core().rt_torch_torchtensor_amp_update_scale_(scale, growth_tracker, found_inf, scale_growth_factor, scale_backoff_factor, growth_interval);
}

SPL_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) noexcept {
    spl::core().rt_torch_autograd_no_grad_begin_v2();
}

SPL_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) noexcept {
    spl::core().rt_torch_autograd_no_grad_end_v2();
}

SPL_TORCH_API int64_t rt_torch_dist_init(const char* backend, const char* store, const char* address, int64_t port, int64_t rank, int64_t world_size, int64_t timeout_ms, bool agent_store) noexcept {
    return spl::core().rt_torch_dist_init(backend, store, address, port, rank, world_size, timeout_ms, agent_store);
}

SPL_TORCH_API int64_t rt_torch_dist_init_env(const char* backend, int64_t timeout_ms) noexcept {
    return spl::core().rt_torch_dist_init_env(backend, timeout_ms);
}

SPL_TORCH_API void rt_torch_dist_free(int64_t group) noexcept {
    spl::core().rt_torch_dist_free(group);
}

SPL_TORCH_API bool rt_torch_dist_release(int64_t group) noexcept {
    return spl::core().rt_torch_dist_release(group);
}

SPL_TORCH_API bool rt_torch_dist_is_backend_available(const char* backend) noexcept {
    return spl::core().rt_torch_dist_is_backend_available(backend);
}

SPL_TORCH_API int64_t rt_torch_dist_rank(int64_t group) noexcept {
    return spl::core().rt_torch_dist_rank(group);
}

SPL_TORCH_API int64_t rt_torch_dist_world_size(int64_t group) noexcept {
    return spl::core().rt_torch_dist_world_size(group);
}

SPL_TORCH_API void rt_torch_dist_all_reduce_(int64_t tensor, int64_t group, const char* op) noexcept {
    spl::core().rt_torch_dist_all_reduce_(tensor, group, op);
}

SPL_TORCH_API void rt_torch_dist_broadcast_(int64_t tensor, int64_t group, int64_t src) noexcept {
    spl::core().rt_torch_dist_broadcast_(tensor, group, src);
}

SPL_TORCH_API SplArray* rt_torch_dist_all_gather(int64_t tensor, int64_t group) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_dist_all_gather(tensor, group, out, out_capacity); });
}

SPL_TORCH_API void rt_torch_dist_reduce_scatter_(int64_t output, int64_t group, SplArray* inputs, const char* op) noexcept {
    std::vector<int64_t> inputs_;
    if (!spl::ints(inputs, inputs_, __func__, "inputs")) return;
    spl::core().rt_torch_dist_reduce_scatter_(output, group, inputs_.data(), spl::length(inputs_), op);
}

SPL_TORCH_API void rt_torch_dist_barrier(int64_t group) noexcept {
    spl::core().rt_torch_dist_barrier(group);
}

SPL_TORCH_API int64_t rt_torch_dist_shuffle_indices(int64_t n, int64_t seed) noexcept {
    return spl::core().rt_torch_dist_shuffle_indices(n, seed);
}

}  // extern "C"
