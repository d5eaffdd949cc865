// generated from spec/torch_api.yaml by sffi-gen; do not edit
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

SPL_TORCH_API bool rt_torch_cuda_available(void) noexcept {
    return spl::core().rt_torch_cuda_available();
}

SPL_TORCH_API int64_t rt_torch_tensor_zeros(SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_zeros(dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_tensor_ones(SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_ones(dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_tensor_randn(SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_randn(dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_tensor_rand(SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_rand(dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_tensor_full(SplArray* dims, double value) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_full(dims_.data(), spl::length(dims_), value);
}

SPL_TORCH_API int64_t rt_torch_tensor_from_data(SplArray* data, SplArray* dims) noexcept {
    std::vector<double> data_;
    if (!spl::floats(data, data_, __func__, "data")) return 0;
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_from_data(data_.data(), spl::length(data_), dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_tensor_arange(double start, double end, double step) noexcept {
    return spl::core().rt_torch_tensor_arange(start, end, step);
}

SPL_TORCH_API int64_t rt_torch_tensor_linspace(double start, double end, int64_t steps) noexcept {
    return spl::core().rt_torch_tensor_linspace(start, end, steps);
}

SPL_TORCH_API int64_t rt_torch_tensor_eye(int64_t n) noexcept {
    return spl::core().rt_torch_tensor_eye(n);
}

SPL_TORCH_API int64_t rt_torch_tensor_empty(SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_empty(dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_add(handle, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t handle, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_sub(handle, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t handle, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_mul(handle, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_div(handle, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t handle, double exponent) noexcept {
    return spl::core().rt_torch_torchtensor_pow(handle, exponent);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_neg(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_abs(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sqrt(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_sqrt(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_exp(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_log(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_log(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle, double scalar) noexcept {
    return spl::core().rt_torch_torchtensor_add_scalar(handle, scalar);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mul_scalar(int64_t handle, double scalar) noexcept {
    return spl::core().rt_torch_torchtensor_mul_scalar(handle, scalar);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_relu(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_relu(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_sigmoid(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_tanh(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t handle, double negative_slope) noexcept {
    return spl::core().rt_torch_torchtensor_leaky_relu(handle, negative_slope);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_gelu(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_softmax(int64_t handle, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_softmax(handle, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_log_softmax(handle, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t handle, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_matmul(handle, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t handle, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_dot(handle, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t handle, int64_t dim0, int64_t dim1) noexcept {
    return spl::core().rt_torch_torchtensor_transpose(handle, dim0, dim1);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_t(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_t(handle);
}

SPL_TORCH_API double rt_torch_torchtensor_norm(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_norm(handle);
}

SPL_TORCH_API double rt_torch_torchtensor_det(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_det(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_inverse(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_inverse(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_svd(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_eig(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_eig(handle);
}

SPL_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_sum(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sum_dim(int64_t handle, int64_t dim, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_sum_dim(handle, dim, keepdim);
}

SPL_TORCH_API double rt_torch_torchtensor_mean(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_mean(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t handle, int64_t dim, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_mean_dim(handle, dim, keepdim);
}

SPL_TORCH_API double rt_torch_torchtensor_max(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_max(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t handle, int64_t dim, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_max_dim(handle, dim, keepdim);
}

SPL_TORCH_API double rt_torch_torchtensor_min(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_min(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t handle, int64_t dim, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_min_dim(handle, dim, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t handle, int64_t dim, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_argmax(handle, dim, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_argmin(int64_t handle, int64_t dim, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_argmin(handle, dim, keepdim);
}

SPL_TORCH_API double rt_torch_torchtensor_std(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_std(handle);
}

SPL_TORCH_API double rt_torch_torchtensor_var(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_var(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_ndim(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_numel(handle);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_shape(int64_t handle) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, nullptr, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_shape(handle, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t handle, SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_torchtensor_reshape(handle, dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_view(int64_t handle, SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_torchtensor_view(handle, dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_permute(int64_t handle, SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_torchtensor_permute(handle, dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_squeeze(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_squeeze_dim(int64_t handle, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_squeeze_dim(handle, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_unsqueeze(handle, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_flatten(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_flatten(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_contiguous(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step) noexcept {
    return spl::core().rt_torch_torchtensor_slice(handle, dim, start, end, step);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle, int64_t dim, int64_t indices) noexcept {
    return spl::core().rt_torch_torchtensor_index_select(handle, dim, indices);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle, int64_t dim, int64_t indices) noexcept {
    return spl::core().rt_torch_torchtensor_gather(handle, dim, indices);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cat(SplArray* tensors, int64_t dim) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return 0;
    return spl::core().rt_torch_torchtensor_cat(tensors_.data(), spl::length(tensors_), dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_stack(SplArray* tensors, int64_t dim) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return 0;
    return spl::core().rt_torch_torchtensor_stack(tensors_.data(), spl::length(tensors_), dim);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_chunk(handle, chunks, dim, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_nn_conv2d(int64_t input, int64_t weight, int64_t bias, SplArray* stride, SplArray* padding, SplArray* dilation, int64_t groups) noexcept {
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_conv2d(input, weight, bias, stride_.data(), spl::length(stride_), padding_.data(), spl::length(padding_), dilation_.data(), spl::length(dilation_), groups);
}

SPL_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input, SplArray* kernel_size, SplArray* stride, SplArray* padding) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    return spl::core().rt_torch_nn_max_pool2d(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), padding_.data(), spl::length(padding_));
}

SPL_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input, SplArray* kernel_size, SplArray* stride, SplArray* padding) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    return spl::core().rt_torch_nn_avg_pool2d(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), padding_.data(), spl::length(padding_));
}

SPL_TORCH_API int64_t rt_torch_nn_batch_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool training, double momentum, double eps) noexcept {
    return spl::core().rt_torch_nn_batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps);
}

SPL_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t input, SplArray* normalized_shape, int64_t weight, int64_t bias, double eps) noexcept {
    std::vector<int64_t> normalized_shape_;
    if (!spl::ints(normalized_shape, normalized_shape_, __func__, "normalized_shape")) return 0;
    return spl::core().rt_torch_nn_layer_norm(input, normalized_shape_.data(), spl::length(normalized_shape_), weight, bias, eps);
}

SPL_TORCH_API int64_t rt_torch_nn_dropout(int64_t input, double p, bool training) noexcept {
    return spl::core().rt_torch_nn_dropout(input, p, training);
}

SPL_TORCH_API int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias) noexcept {
    return spl::core().rt_torch_nn_linear(input, weight, bias);
}

SPL_TORCH_API int64_t rt_torch_nn_embedding(int64_t input, int64_t weight) noexcept {
    return spl::core().rt_torch_nn_embedding(input, weight);
}

SPL_TORCH_API double rt_torch_nn_mse_loss(int64_t input, int64_t target) noexcept {
    return spl::core().rt_torch_nn_mse_loss(input, target);
}

SPL_TORCH_API double rt_torch_nn_cross_entropy(int64_t input, int64_t target) noexcept {
    return spl::core().rt_torch_nn_cross_entropy(input, target);
}

SPL_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input, int64_t target) noexcept {
    return spl::core().rt_torch_nn_binary_cross_entropy(input, target);
}

SPL_TORCH_API double rt_torch_nn_nll_loss(int64_t input, int64_t target) noexcept {
    return spl::core().rt_torch_nn_nll_loss(input, target);
}

SPL_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad) noexcept {
    spl::core().rt_torch_autograd_set_requires_grad(handle, requires_grad);
}

SPL_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle) noexcept {
    return spl::core().rt_torch_autograd_requires_grad(handle);
}

SPL_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle) noexcept {
    return spl::core().rt_torch_autograd_grad(handle);
}

SPL_TORCH_API void rt_torch_autograd_backward(int64_t handle) noexcept {
    spl::core().rt_torch_autograd_backward(handle);
}

SPL_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle) noexcept {
    spl::core().rt_torch_autograd_zero_grad(handle);
}

SPL_TORCH_API int64_t rt_torch_autograd_detach(int64_t handle) noexcept {
    return spl::core().rt_torch_autograd_detach(handle);
}

SPL_TORCH_API void rt_torch_autograd_no_grad_begin(void) noexcept {
    spl::core().rt_torch_autograd_no_grad_begin();
}

SPL_TORCH_API void rt_torch_autograd_no_grad_end(void) noexcept {
    spl::core().rt_torch_autograd_no_grad_end();
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t handle, int32_t device_id) noexcept {
    return spl::core().rt_torch_torchtensor_cuda(handle, device_id);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_cpu(handle);
}

SPL_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_is_cuda(handle);
}

SPL_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_device(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t handle, int32_t device_id, int64_t stream) noexcept {
    return spl::core().rt_torch_torchtensor_to_stream(handle, device_id, stream);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_clone(handle);
}

SPL_TORCH_API int64_t rt_torch_stream_create(int32_t device_id) noexcept {
    return spl::core().rt_torch_stream_create(device_id);
}

SPL_TORCH_API void rt_torch_torchstream_sync(int64_t handle) noexcept {
    spl::core().rt_torch_torchstream_sync(handle);
}

SPL_TORCH_API bool rt_torch_torchstream_query(int64_t handle) noexcept {
    return spl::core().rt_torch_torchstream_query(handle);
}

SPL_TORCH_API void rt_torch_torchstream_free(int64_t handle) noexcept {
    spl::core().rt_torch_torchstream_free(handle);
}

SPL_TORCH_API void rt_torch_torchtensor_free(int64_t handle) noexcept {
    spl::core().rt_torch_torchtensor_free(handle);
}

SPL_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id) noexcept {
    return spl::core().rt_torch_cuda_memory_allocated(device_id);
}

SPL_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id) noexcept {
    return spl::core().rt_torch_cuda_max_memory_allocated(device_id);
}

SPL_TORCH_API void rt_torch_cuda_empty_cache(void) noexcept {
    spl::core().rt_torch_cuda_empty_cache();
}

SPL_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    return spl::core().rt_torch_error_code();
}

SPL_TORCH_API char* rt_torch_error_message(void) noexcept {
    if (!spl::runtime_ready(__func__)) return nullptr;
    return spl::text(__func__, spl::core().rt_torch_error_message());
}

SPL_TORCH_API void rt_torch_error_clear(void) noexcept {
    spl::core().rt_torch_error_clear();
}

SPL_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    return spl::core().rt_torch_live_handles();
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_dlpack(int64_t handle, bool versioned) noexcept {
    return spl::core().rt_torch_torchtensor_to_dlpack(handle, versioned);
}

SPL_TORCH_API int64_t rt_torch_tensor_from_dlpack(int64_t address, bool versioned) noexcept {
    return spl::core().rt_torch_tensor_from_dlpack(address, versioned);
}

SPL_TORCH_API void rt_torch_dlpack_free(int64_t address, bool versioned) noexcept {
    spl::core().rt_torch_dlpack_free(address, versioned);
}

SPL_TORCH_API bool rt_torch_torchtensor_release(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_release(handle);
}

SPL_TORCH_API void rt_torch_manual_seed(int64_t seed) noexcept {
    spl::core().rt_torch_manual_seed(seed);
}

SPL_TORCH_API void rt_torch_set_num_threads(int32_t num_threads) noexcept {
    spl::core().rt_torch_set_num_threads(num_threads);
}

SPL_TORCH_API int32_t rt_torch_get_num_threads(void) noexcept {
    return spl::core().rt_torch_get_num_threads();
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_stride(int64_t input) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, nullptr, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_stride(input, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_stride_int(int64_t input, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_stride_int(input, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_storage_offset(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_storage_offset(input);
}

SPL_TORCH_API bool rt_torch_torchtensor_is_contiguous(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_is_contiguous(input, memory_format);
}

SPL_TORCH_API bool rt_torch_torchtensor_is_complex(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_is_complex(input);
}

SPL_TORCH_API bool rt_torch_torchtensor_is_floating_point(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_is_floating_point(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_element_size(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_element_size(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_type_as(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_type_as(input, other);
}

SPL_TORCH_API int32_t rt_torch_cuda_device_count(void) noexcept {
    return spl::core().rt_torch_cuda_device_count();
}

SPL_TORCH_API int64_t rt_torch_tensor_from_i64(SplArray* data, SplArray* dims) noexcept {
    std::vector<int64_t> data_;
    if (!spl::ints(data, data_, __func__, "data")) return 0;
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_tensor_from_i64(data_.data(), spl::length(data_), dims_.data(), spl::length(dims_));
}

SPL_TORCH_API double rt_torch_torchtensor_item(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_item(handle);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_data_f64(int64_t handle) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<double>(__func__, nullptr, [&](double* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_data_f64(handle, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_data_i64(int64_t handle) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, nullptr, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_data_i64(handle, out, out_capacity); });
}

SPL_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_dtype(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype) noexcept {
    return spl::core().rt_torch_torchtensor_to_dtype(handle, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_real(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_imag(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sum_all(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_sum_all(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mean_all(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_mean_all(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_max_all(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_max_all(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_min_all(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_min_all(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_div_scalar(int64_t handle, double scalar) noexcept {
    return spl::core().rt_torch_torchtensor_div_scalar(handle, scalar);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_maximum(handle, other);
}

SPL_TORCH_API void rt_torch_autograd_set_grad(int64_t handle, int64_t grad) noexcept {
    spl::core().rt_torch_autograd_set_grad(handle, grad);
}

SPL_TORCH_API void rt_torch_torchtensor_add_(int64_t handle, int64_t other, double alpha) noexcept {
    spl::core().rt_torch_torchtensor_add_(handle, other, alpha);
}

SPL_TORCH_API void rt_torch_torchtensor_add_scalar_(int64_t handle, double scalar) noexcept {
    spl::core().rt_torch_torchtensor_add_scalar_(handle, scalar);
}

SPL_TORCH_API void rt_torch_torchtensor_add_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    spl::core().rt_torch_torchtensor_add_tensor_(input, other, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_add_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    spl::core().rt_torch_torchtensor_add_scalar_v2_(input, other, other_int, other_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_mul_(int64_t handle, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_mul_(handle, other);
}

SPL_TORCH_API void rt_torch_torchtensor_mul_scalar_(int64_t handle, double scalar) noexcept {
    spl::core().rt_torch_torchtensor_mul_scalar_(handle, scalar);
}

SPL_TORCH_API void rt_torch_torchtensor_mul_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    spl::core().rt_torch_torchtensor_mul_scalar_v2_(input, other, other_int, other_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_addcmul_(int64_t handle, int64_t tensor1, int64_t tensor2, double value) noexcept {
    spl::core().rt_torch_torchtensor_addcmul_(handle, tensor1, tensor2, value);
}

SPL_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, double value) noexcept {
    spl::core().rt_torch_torchtensor_addcdiv_(handle, tensor1, tensor2, value);
}

SPL_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle, int64_t end, double weight) noexcept {
    spl::core().rt_torch_torchtensor_lerp_(handle, end, weight);
}

SPL_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle) noexcept {
    spl::core().rt_torch_torchtensor_zero_(handle);
}

SPL_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle, int64_t src) noexcept {
    spl::core().rt_torch_torchtensor_copy_(handle, src);
}

SPL_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) noexcept {
    spl::core().rt_torch_autograd_no_grad_begin_v2();
}

SPL_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) noexcept {
    spl::core().rt_torch_autograd_no_grad_end_v2();
}

SPL_TORCH_API void rt_torch_autograd_backward_v2(int64_t handle, int64_t gradient, bool retain_graph, bool retain_graph_present, bool create_graph) noexcept {
    spl::core().rt_torch_autograd_backward_v2(handle, gradient, retain_graph, retain_graph_present, create_graph);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle, int32_t device_id, int64_t stream) noexcept {
    return spl::core().rt_torch_torchtensor_to_stream_v2(handle, device_id, stream);
}

SPL_TORCH_API void rt_torch_torchstream_sync_v2(int64_t handle) noexcept {
    spl::core().rt_torch_torchstream_sync_v2(handle);
}

SPL_TORCH_API bool rt_torch_torchstream_query_v2(int64_t handle) noexcept {
    return spl::core().rt_torch_torchstream_query_v2(handle);
}

SPL_TORCH_API int64_t rt_torch_tensor_zeros_v2(SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_zeros_v2(size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_ones_v2(SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_ones_v2(size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_empty_v2(SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_empty_v2(size_.data(), spl::length(size_), dtype, device_type, device_index, memory_format);
}

SPL_TORCH_API int64_t rt_torch_tensor_randn_v2(SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_randn_v2(size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_rand_v2(SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_rand_v2(size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_full_v2(SplArray* size, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_full_v2(size_.data(), spl::length(size_), fill_value, fill_value_int, fill_value_kind, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_arange_v2(double end, int64_t end_int, int32_t end_kind, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_arange_v2(end, end_int, end_kind, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_arange_start_step(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, double step, int64_t step_int, int32_t step_kind, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_arange_start_step(start, start_int, start_kind, end, end_int, end_kind, step, step_int, step_kind, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_linspace_v2(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_linspace_v2(start, start_int, start_kind, end, end_int, end_kind, steps, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_eye_v2(int64_t n, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_eye_v2(n, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_eye_m(int64_t n, int64_t m, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_eye_m(n, m, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_add_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_add_tensor(input, other, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_add_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_add_scalar_v2(input, other, other_int, other_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_sub_tensor(input, other, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_sub_scalar(input, other, other_int, other_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_rsub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_rsub_scalar(input, other, other_int, other_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_rsub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_rsub_tensor(input, other, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_reciprocal(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_reciprocal(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mul_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_mul_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mul_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_mul_scalar_v2(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_div_tensor_mode(int64_t input, int64_t other, const char* rounding_mode) noexcept {
    return spl::core().rt_torch_torchtensor_div_tensor_mode(input, other, rounding_mode);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_div_scalar_mode(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode) noexcept {
    return spl::core().rt_torch_torchtensor_div_scalar_mode(input, other, other_int, other_kind, rounding_mode);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) noexcept {
    return spl::core().rt_torch_torchtensor_pow_tensor_scalar(input, exponent, exponent_int, exponent_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_tensor(int64_t input, int64_t exponent) noexcept {
    return spl::core().rt_torch_torchtensor_pow_tensor_tensor(input, exponent);
}

SPL_TORCH_API int64_t rt_torch_tensor_pow_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent) noexcept {
    return spl::core().rt_torch_tensor_pow_scalar(input, input_int, input_kind, exponent);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_gelu_v2(int64_t input, const char* approximate) noexcept {
    return spl::core().rt_torch_torchtensor_gelu_v2(input, approximate);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_softmax_int(int64_t input, int64_t dim, int32_t dtype) noexcept {
    return spl::core().rt_torch_torchtensor_softmax_int(input, dim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_log_softmax_int(int64_t input, int64_t dim, int32_t dtype) noexcept {
    return spl::core().rt_torch_torchtensor_log_softmax_int(input, dim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, SplArray* dim, bool dim_present, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_linalg_vector_norm(input, ord, ord_int, ord_kind, dim_.data(), spl::length(dim_), dim_present, keepdim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_det(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_det(input);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_svd(int64_t input, bool full_matrices, const char* driver) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_svd(input, full_matrices, driver, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_eig(int64_t input) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_eig(input, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, SplArray* dim, bool dim_present, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_sum_dim_intlist(input, dim_.data(), spl::length(dim_), dim_present, keepdim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mean_dim_v2(int64_t input, SplArray* dim, bool dim_present, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_mean_dim_v2(input, dim_.data(), spl::length(dim_), dim_present, keepdim, dtype);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_max_dim_v2(int64_t input, int64_t dim, bool keepdim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_max_dim_v2(input, dim, keepdim, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_max_other(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_max_other(input, other);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_min_dim_v2(int64_t input, int64_t dim, bool keepdim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_min_dim_v2(input, dim, keepdim, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_min_other(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_min_other(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_argmax_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_argmax_v2(input, dim, dim_present, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_argmin_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_argmin_v2(input, dim, dim_present, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_std_dim(int64_t input, SplArray* dim, bool dim_present, bool unbiased, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_std_dim(input, dim_.data(), spl::length(dim_), dim_present, unbiased, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_std_correction(int64_t input, SplArray* dim, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_std_correction(input, dim_.data(), spl::length(dim_), dim_present, correction, correction_int, correction_kind, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_std_v2(int64_t input, bool unbiased) noexcept {
    return spl::core().rt_torch_torchtensor_std_v2(input, unbiased);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_var_dim(int64_t input, SplArray* dim, bool dim_present, bool unbiased, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_var_dim(input, dim_.data(), spl::length(dim_), dim_present, unbiased, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_var_correction(int64_t input, SplArray* dim, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_var_correction(input, dim_.data(), spl::length(dim_), dim_present, correction, correction_int, correction_kind, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input, bool unbiased) noexcept {
    return spl::core().rt_torch_torchtensor_var_v2(input, unbiased);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input, SplArray* dim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim")) return 0;
    return spl::core().rt_torch_torchtensor_squeeze_dims(input, dim_.data(), spl::length(dim_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_flatten_using_ints(int64_t input, int64_t start_dim, int64_t end_dim) noexcept {
    return spl::core().rt_torch_torchtensor_flatten_using_ints(input, start_dim, end_dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t input, int64_t dim, int64_t index) noexcept {
    return spl::core().rt_torch_torchtensor_select_int(input, dim, index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input, SplArray* indices) noexcept {
    std::vector<int64_t> indices_;
    if (!spl::ints(indices, indices_, __func__, "indices")) return 0;
    return spl::core().rt_torch_torchtensor_index_tensor(input, indices_.data(), spl::length(indices_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t input, SplArray* size) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_torchtensor_view_v2(input, size_.data(), spl::length(size_));
}

SPL_TORCH_API int64_t rt_torch_nn_conv2d_padding(int64_t input, int64_t weight, int64_t bias, SplArray* stride, const char* padding, SplArray* dilation, int64_t groups) noexcept {
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_conv2d_padding(input, weight, bias, stride_.data(), spl::length(stride_), padding, dilation_.data(), spl::length(dilation_), groups);
}

SPL_TORCH_API int64_t rt_torch_nn_max_pool2d_v2(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, SplArray* dilation, bool ceil_mode) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_max_pool2d_v2(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), dilation_.data(), spl::length(dilation_), ceil_mode);
}

SPL_TORCH_API SplArray* rt_torch_nn_max_pool2d_with_indices(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, SplArray* dilation, bool ceil_mode) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return spl::failed_array();
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return spl::failed_array();
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return spl::failed_array();
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_nn_max_pool2d_with_indices(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), dilation_.data(), spl::length(dilation_), ceil_mode, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_nn_avg_pool2d_v2(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    return spl::core().rt_torch_nn_avg_pool2d_v2(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), ceil_mode, count_include_pad, divisor_override, divisor_override_present);
}

SPL_TORCH_API int64_t rt_torch_nn_embedding_v2(int64_t input, int64_t weight, int64_t padding_idx, bool padding_idx_present, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, bool sparse) noexcept {
    return spl::core().rt_torch_nn_embedding_v2(input, weight, padding_idx, padding_idx_present, max_norm, max_norm_present, norm_type, scale_grad_by_freq, sparse);
}

SPL_TORCH_API int64_t rt_torch_nn_linear_v2(int64_t input, int64_t weight, int64_t bias) noexcept {
    return spl::core().rt_torch_nn_linear_v2(input, weight, bias);
}

SPL_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input, int64_t target, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_mse_loss_v2(input, target, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction, double label_smoothing) noexcept {
    return spl::core().rt_torch_nn_cross_entropy_v2(input, target, weight, ignore_index, reduction, label_smoothing);
}

SPL_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_binary_cross_entropy_v2(input, target, weight, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_nll_loss_v2(input, target, weight, ignore_index, reduction);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag) noexcept {
    return spl::core().rt_torch_torchtensor_complex(real, imag);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_dtype_v2(int64_t input, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_to_dtype_v2(input, dtype, non_blocking, copy, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_to_device(input, device_type, device_index, dtype, non_blocking, copy, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_other(int64_t input, int64_t other, bool non_blocking, bool copy, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_to_other(input, other, non_blocking, copy, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_to_dtype_layout(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, bool non_blocking, bool copy, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_to_dtype_layout(input, dtype, device_type, device_index, non_blocking, copy, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_clone_v2(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_contiguous_v2(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sin(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_sin(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cumsum(int64_t input, int64_t dim, int32_t dtype) noexcept {
    return spl::core().rt_torch_torchtensor_cumsum(input, dim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cumprod(int64_t input, int64_t dim, int32_t dtype) noexcept {
    return spl::core().rt_torch_torchtensor_cumprod(input, dim, dtype);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_cummax(int64_t input, int64_t dim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_cummax(input, dim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_cummin(int64_t input, int64_t dim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_cummin(input, dim, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logcumsumexp(int64_t input, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_logcumsumexp(input, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logsumexp(int64_t input, SplArray* dim, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim")) return 0;
    return spl::core().rt_torch_torchtensor_logsumexp(input, dim_.data(), spl::length(dim_), keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_prod(int64_t input, int32_t dtype) noexcept {
    return spl::core().rt_torch_torchtensor_prod(input, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_prod_dim_int(int64_t input, int64_t dim, bool keepdim, int32_t dtype) noexcept {
    return spl::core().rt_torch_torchtensor_prod_dim_int(input, dim, keepdim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_all_dim(int64_t input, int64_t dim, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_all_dim(input, dim, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_all_dims(int64_t input, SplArray* dim, bool dim_present, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_all_dims(input, dim_.data(), spl::length(dim_), dim_present, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_all(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_all(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_any_dim(int64_t input, int64_t dim, bool keepdim) noexcept {
    return spl::core().rt_torch_torchtensor_any_dim(input, dim, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_any_dims(int64_t input, SplArray* dim, bool dim_present, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_any_dims(input, dim_.data(), spl::length(dim_), dim_present, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_any(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_any(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_amax(int64_t input, SplArray* dim, bool dim_present, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_amax(input, dim_.data(), spl::length(dim_), dim_present, keepdim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_amin(int64_t input, SplArray* dim, bool dim_present, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_amin(input, dim_.data(), spl::length(dim_), dim_present, keepdim);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_aminmax(int64_t input, int64_t dim, bool dim_present, bool keepdim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_aminmax(input, dim, dim_present, keepdim, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_count_nonzero_dim_intlist(int64_t input, SplArray* dim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim")) return 0;
    return spl::core().rt_torch_torchtensor_count_nonzero_dim_intlist(input, dim_.data(), spl::length(dim_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_count_nonzero(int64_t input, int64_t dim, bool dim_present) noexcept {
    return spl::core().rt_torch_torchtensor_count_nonzero(input, dim, dim_present);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_nansum(int64_t input, SplArray* dim, bool dim_present, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_nansum(input, dim_.data(), spl::length(dim_), dim_present, keepdim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_nanmean(int64_t input, SplArray* dim, bool dim_present, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_nanmean(input, dim_.data(), spl::length(dim_), dim_present, keepdim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_median(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_median(input);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_median_dim(int64_t input, int64_t dim, bool keepdim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_median_dim(input, dim, keepdim, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_nanmedian(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_nanmedian(input);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_nanmedian_dim(int64_t input, int64_t dim, bool keepdim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_nanmedian_dim(input, dim, keepdim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_mode(int64_t input, int64_t dim, bool keepdim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_mode(input, dim, keepdim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_kthvalue(int64_t input, int64_t k, int64_t dim, bool keepdim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_kthvalue(input, k, dim, keepdim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_topk(int64_t input, int64_t k, int64_t dim, bool largest, bool sorted) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_topk(input, k, dim, largest, sorted, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_sort(int64_t input, int64_t dim, bool descending) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_sort(input, dim, descending, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_sort_stable(int64_t input, bool stable, bool stable_present, int64_t dim, bool descending) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_sort_stable(input, stable, stable_present, dim, descending, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_argsort(int64_t input, int64_t dim, bool descending) noexcept {
    return spl::core().rt_torch_torchtensor_argsort(input, dim, descending);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_argsort_stable(int64_t input, bool stable, int64_t dim, bool descending) noexcept {
    return spl::core().rt_torch_torchtensor_argsort_stable(input, stable, dim, descending);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_msort(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_msort(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_quantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) noexcept {
    return spl::core().rt_torch_torchtensor_quantile(input, q, dim, dim_present, keepdim, interpolation);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_quantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) noexcept {
    return spl::core().rt_torch_torchtensor_quantile_scalar(input, q, dim, dim_present, keepdim, interpolation);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_nanquantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) noexcept {
    return spl::core().rt_torch_torchtensor_nanquantile(input, q, dim, dim_present, keepdim, interpolation);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_nanquantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) noexcept {
    return spl::core().rt_torch_torchtensor_nanquantile_scalar(input, q, dim, dim_present, keepdim, interpolation);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_var_mean(int64_t input, bool unbiased) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_var_mean(input, unbiased, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_var_mean_dim(int64_t input, SplArray* dim, bool dim_present, bool unbiased, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_var_mean_dim(input, dim_.data(), spl::length(dim_), dim_present, unbiased, keepdim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_var_mean_correction(int64_t input, SplArray* dim, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_var_mean_correction(input, dim_.data(), spl::length(dim_), dim_present, correction, correction_int, correction_kind, keepdim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_std_mean(int64_t input, bool unbiased) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_std_mean(input, unbiased, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_std_mean_dim(int64_t input, SplArray* dim, bool dim_present, bool unbiased, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_std_mean_dim(input, dim_.data(), spl::length(dim_), dim_present, unbiased, keepdim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_std_mean_correction(int64_t input, SplArray* dim, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_std_mean_correction(input, dim_.data(), spl::length(dim_), dim_present, correction, correction_int, correction_kind, keepdim, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_histc(int64_t input, int64_t bins, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) noexcept {
    return spl::core().rt_torch_torchtensor_histc(input, bins, min, min_int, min_kind, max, max_int, max_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bincount(int64_t input, int64_t weights, int64_t minlength) noexcept {
    return spl::core().rt_torch_torchtensor_bincount(input, weights, minlength);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bucketize_tensor(int64_t input, int64_t boundaries, bool out_int32, bool right) noexcept {
    return spl::core().rt_torch_torchtensor_bucketize_tensor(input, boundaries, out_int32, right);
}

SPL_TORCH_API int64_t rt_torch_tensor_bucketize_scalar(double input, int64_t input_int, int32_t input_kind, int64_t boundaries, bool out_int32, bool right) noexcept {
    return spl::core().rt_torch_tensor_bucketize_scalar(input, input_int, input_kind, boundaries, out_int32, right);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_searchsorted_tensor(int64_t sorted_sequence, int64_t input, bool out_int32, bool right, const char* side, int64_t sorter) noexcept {
    return spl::core().rt_torch_torchtensor_searchsorted_tensor(sorted_sequence, input, out_int32, right, side, sorter);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_searchsorted_scalar(int64_t sorted_sequence, double input, int64_t input_int, int32_t input_kind, bool out_int32, bool right, const char* side, int64_t sorter) noexcept {
    return spl::core().rt_torch_torchtensor_searchsorted_scalar(sorted_sequence, input, input_int, input_kind, out_int32, right, side, sorter);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_diff(int64_t input, int64_t n, int64_t dim, int64_t prepend, int64_t append) noexcept {
    return spl::core().rt_torch_torchtensor_diff(input, n, dim, prepend, append);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_expand(int64_t input, SplArray* size, bool implicit) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_torchtensor_expand(input, size_.data(), spl::length(size_), implicit);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_expand_as(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_expand_as(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_broadcast_to(int64_t input, SplArray* size) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_torchtensor_broadcast_to(input, size_.data(), spl::length(size_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_flip(int64_t input, SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_torchtensor_flip(input, dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_fliplr(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_fliplr(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_flipud(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_flipud(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_roll(int64_t input, SplArray* shifts, SplArray* dims, bool dims_present) noexcept {
    std::vector<int64_t> shifts_;
    if (!spl::ints(shifts, shifts_, __func__, "shifts")) return 0;
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims", dims_present)) return 0;
    return spl::core().rt_torch_torchtensor_roll(input, shifts_.data(), spl::length(shifts_), dims_.data(), spl::length(dims_), dims_present);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_rot90(int64_t input, int64_t k, SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_torchtensor_rot90(input, k, dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_repeat(int64_t input, SplArray* repeats) noexcept {
    std::vector<int64_t> repeats_;
    if (!spl::ints(repeats, repeats_, __func__, "repeats")) return 0;
    return spl::core().rt_torch_torchtensor_repeat(input, repeats_.data(), spl::length(repeats_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_tensor(int64_t repeats, int64_t output_size, bool output_size_present) noexcept {
    return spl::core().rt_torch_torchtensor_repeat_interleave_tensor(repeats, output_size, output_size_present);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_tensor(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present) noexcept {
    return spl::core().rt_torch_torchtensor_repeat_interleave_self_tensor(input, repeats, dim, dim_present, output_size, output_size_present);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_int(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present) noexcept {
    return spl::core().rt_torch_torchtensor_repeat_interleave_self_int(input, repeats, dim, dim_present, output_size, output_size_present);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_tile(int64_t input, SplArray* dims) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims")) return 0;
    return spl::core().rt_torch_torchtensor_tile(input, dims_.data(), spl::length(dims_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_movedim_intlist(int64_t input, SplArray* source, SplArray* destination) noexcept {
    std::vector<int64_t> source_;
    if (!spl::ints(source, source_, __func__, "source")) return 0;
    std::vector<int64_t> destination_;
    if (!spl::ints(destination, destination_, __func__, "destination")) return 0;
    return spl::core().rt_torch_torchtensor_movedim_intlist(input, source_.data(), spl::length(source_), destination_.data(), spl::length(destination_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_movedim_int(int64_t input, int64_t source, int64_t destination) noexcept {
    return spl::core().rt_torch_torchtensor_movedim_int(input, source, destination);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_unbind_int(int64_t input, int64_t dim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_unbind_int(input, dim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_split_tensor(int64_t input, int64_t split_size, int64_t dim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_split_tensor(input, split_size, dim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_split_sizes(int64_t input, SplArray* split_size, int64_t dim) noexcept {
    std::vector<int64_t> split_size_;
    if (!spl::ints(split_size, split_size_, __func__, "split_size")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_split_sizes(input, split_size_.data(), spl::length(split_size_), dim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_split_with_sizes(int64_t input, SplArray* split_sizes, int64_t dim) noexcept {
    std::vector<int64_t> split_sizes_;
    if (!spl::ints(split_sizes, split_sizes_, __func__, "split_sizes")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_split_with_sizes(input, split_sizes_.data(), spl::length(split_sizes_), dim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_tensor_split_sections(int64_t input, int64_t sections, int64_t dim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_tensor_split_sections(input, sections, dim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_tensor_split_indices(int64_t input, SplArray* indices, int64_t dim) noexcept {
    std::vector<int64_t> indices_;
    if (!spl::ints(indices, indices_, __func__, "indices")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_tensor_split_indices(input, indices_.data(), spl::length(indices_), dim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(int64_t input, int64_t tensor_indices_or_sections, int64_t dim) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(input, tensor_indices_or_sections, dim, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_hsplit_int(int64_t input, int64_t sections) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_hsplit_int(input, sections, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_hsplit_array(int64_t input, SplArray* indices) noexcept {
    std::vector<int64_t> indices_;
    if (!spl::ints(indices, indices_, __func__, "indices")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_hsplit_array(input, indices_.data(), spl::length(indices_), out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_vsplit_int(int64_t input, int64_t sections) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_vsplit_int(input, sections, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_vsplit_array(int64_t input, SplArray* indices) noexcept {
    std::vector<int64_t> indices_;
    if (!spl::ints(indices, indices_, __func__, "indices")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_vsplit_array(input, indices_.data(), spl::length(indices_), out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_dsplit_int(int64_t input, int64_t sections) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_dsplit_int(input, sections, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_dsplit_array(int64_t input, SplArray* indices) noexcept {
    std::vector<int64_t> indices_;
    if (!spl::ints(indices, indices_, __func__, "indices")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_dsplit_array(input, indices_.data(), spl::length(indices_), out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_narrow(int64_t input, int64_t dim, int64_t start, int64_t length) noexcept {
    return spl::core().rt_torch_torchtensor_narrow(input, dim, start, length);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_narrow_tensor(int64_t input, int64_t dim, int64_t start, int64_t length) noexcept {
    return spl::core().rt_torch_torchtensor_narrow_tensor(input, dim, start, length);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_unflatten_int(int64_t input, int64_t dim, SplArray* sizes) noexcept {
    std::vector<int64_t> sizes_;
    if (!spl::ints(sizes, sizes_, __func__, "sizes")) return 0;
    return spl::core().rt_torch_torchtensor_unflatten_int(input, dim, sizes_.data(), spl::length(sizes_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ravel(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_ravel(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_hstack(SplArray* tensors) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return 0;
    return spl::core().rt_torch_torchtensor_hstack(tensors_.data(), spl::length(tensors_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_vstack(SplArray* tensors) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return 0;
    return spl::core().rt_torch_torchtensor_vstack(tensors_.data(), spl::length(tensors_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_dstack(SplArray* tensors) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return 0;
    return spl::core().rt_torch_torchtensor_dstack(tensors_.data(), spl::length(tensors_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_column_stack(SplArray* tensors) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return 0;
    return spl::core().rt_torch_torchtensor_column_stack(tensors_.data(), spl::length(tensors_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_atleast_1d(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_atleast_1d(input);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_atleast_1d_sequence(SplArray* tensors) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_atleast_1d_sequence(tensors_.data(), spl::length(tensors_), out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_atleast_2d(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_atleast_2d(input);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_atleast_2d_sequence(SplArray* tensors) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_atleast_2d_sequence(tensors_.data(), spl::length(tensors_), out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_atleast_3d(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_atleast_3d(input);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_atleast_3d_sequence(SplArray* tensors) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_atleast_3d_sequence(tensors_.data(), spl::length(tensors_), out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_tril(int64_t input, int64_t diagonal) noexcept {
    return spl::core().rt_torch_torchtensor_tril(input, diagonal);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_triu(int64_t input, int64_t diagonal) noexcept {
    return spl::core().rt_torch_torchtensor_triu(input, diagonal);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_diag(int64_t input, int64_t diagonal) noexcept {
    return spl::core().rt_torch_torchtensor_diag(input, diagonal);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_diag_embed(int64_t input, int64_t offset, int64_t dim1, int64_t dim2) noexcept {
    return spl::core().rt_torch_torchtensor_diag_embed(input, offset, dim1, dim2);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_diagonal(int64_t input, int64_t offset, int64_t dim1, int64_t dim2) noexcept {
    return spl::core().rt_torch_torchtensor_diagonal(input, offset, dim1, dim2);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_diagflat(int64_t input, int64_t offset) noexcept {
    return spl::core().rt_torch_torchtensor_diagflat(input, offset);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_trace(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_trace(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_kron(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_kron(input, other);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_meshgrid(SplArray* tensors) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_meshgrid(tensors_.data(), spl::length(tensors_), out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_meshgrid_indexing(SplArray* tensors, const char* indexing) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_meshgrid_indexing(tensors_.data(), spl::length(tensors_), indexing, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_view_as(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_view_as(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_reshape_as(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_reshape_as(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_unfold(int64_t input, int64_t dimension, int64_t size, int64_t step) noexcept {
    return spl::core().rt_torch_torchtensor_unfold(input, dimension, size, step);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_index_add(int64_t input, int64_t dim, int64_t index, int64_t source, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_index_add(input, dim, index, source, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_index_copy(int64_t input, int64_t dim, int64_t index, int64_t source) noexcept {
    return spl::core().rt_torch_torchtensor_index_copy(input, dim, index, source);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_scalar(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind) noexcept {
    return spl::core().rt_torch_torchtensor_index_fill_int_scalar(input, dim, index, value, value_int, value_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input, int64_t dim, int64_t index, int64_t value) noexcept {
    return spl::core().rt_torch_torchtensor_index_fill_int_tensor(input, dim, index, value);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_index_put(int64_t input, SplArray* indices, int64_t values, bool accumulate) noexcept {
    std::vector<int64_t> indices_;
    if (!spl::ints(indices, indices_, __func__, "indices")) return 0;
    return spl::core().rt_torch_torchtensor_index_put(input, indices_.data(), spl::length(indices_), values, accumulate);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_index_reduce(int64_t input, int64_t dim, int64_t index, int64_t source, const char* reduce, bool include_self) noexcept {
    return spl::core().rt_torch_torchtensor_index_reduce(input, dim, index, source, reduce, include_self);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_scatter_src(int64_t input, int64_t dim, int64_t index, int64_t src) noexcept {
    return spl::core().rt_torch_torchtensor_scatter_src(input, dim, index, src);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_scatter_value(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind) noexcept {
    return spl::core().rt_torch_torchtensor_scatter_value(input, dim, index, value, value_int, value_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce) noexcept {
    return spl::core().rt_torch_torchtensor_scatter_reduce(input, dim, index, src, reduce);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_scatter_value_reduce(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind, const char* reduce) noexcept {
    return spl::core().rt_torch_torchtensor_scatter_value_reduce(input, dim, index, value, value_int, value_kind, reduce);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_scatter_add(int64_t input, int64_t dim, int64_t index, int64_t src) noexcept {
    return spl::core().rt_torch_torchtensor_scatter_add(input, dim, index, src);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce_two(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce, bool include_self) noexcept {
    return spl::core().rt_torch_torchtensor_scatter_reduce_two(input, dim, index, src, reduce, include_self);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_take(int64_t input, int64_t index) noexcept {
    return spl::core().rt_torch_torchtensor_take(input, index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_take_along_dim(int64_t input, int64_t indices, int64_t dim, bool dim_present) noexcept {
    return spl::core().rt_torch_torchtensor_take_along_dim(input, indices, dim, dim_present);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_put(int64_t input, int64_t index, int64_t source, bool accumulate) noexcept {
    return spl::core().rt_torch_torchtensor_put(input, index, source, accumulate);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_nonzero(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_nonzero(input);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_nonzero_numpy(int64_t input) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_nonzero_numpy(input, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_argwhere(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_argwhere(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_select_scatter(int64_t input, int64_t src, int64_t dim, int64_t index) noexcept {
    return spl::core().rt_torch_torchtensor_select_scatter(input, src, dim, index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_slice_scatter(int64_t input, int64_t src, int64_t dim, int64_t start, bool start_present, int64_t end, bool end_present, int64_t step) noexcept {
    return spl::core().rt_torch_torchtensor_slice_scatter(input, src, dim, start, start_present, end, end_present, step);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input, int64_t src, int64_t offset, int64_t dim1, int64_t dim2) noexcept {
    return spl::core().rt_torch_torchtensor_diagonal_scatter(input, src, offset, dim1, dim2);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_zeros_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_zeros_like(input, dtype, device_type, device_index, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ones_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_ones_like(input, dtype, device_type, device_index, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_empty_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_empty_like(input, dtype, device_type, device_index, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_full_like(int64_t input, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_full_like(input, fill_value, fill_value_int, fill_value_kind, dtype, device_type, device_index, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_randn_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_randn_like(input, dtype, device_type, device_index, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_rand_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_rand_like(input, dtype, device_type, device_index, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_randint_like(int64_t input, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_randint_like(input, high, dtype, device_type, device_index, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_randint_like_low_dtype(int64_t input, int64_t low, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_randint_like_low_dtype(input, low, high, dtype, device_type, device_index, memory_format);
}

SPL_TORCH_API int64_t rt_torch_tensor_randint(int64_t high, SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_randint(high, size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_randint_low(int64_t low, int64_t high, SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_randint_low(low, high, size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean, int64_t std_arg) noexcept {
    return spl::core().rt_torch_torchtensor_normal_tensor_tensor(mean, std_arg);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean, double std_arg) noexcept {
    return spl::core().rt_torch_torchtensor_normal_tensor_float(mean, std_arg);
}

SPL_TORCH_API int64_t rt_torch_tensor_normal_float_tensor(double mean, int64_t std_arg) noexcept {
    return spl::core().rt_torch_tensor_normal_float_tensor(mean, std_arg);
}

SPL_TORCH_API int64_t rt_torch_tensor_normal_float_float(double mean, double std_arg, SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_tensor_normal_float_float(mean, std_arg, size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bernoulli(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_bernoulli(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bernoulli_p(int64_t input, double p) noexcept {
    return spl::core().rt_torch_torchtensor_bernoulli_p(input, p);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_multinomial(int64_t input, int64_t num_samples, bool replacement) noexcept {
    return spl::core().rt_torch_torchtensor_multinomial(input, num_samples, replacement);
}

SPL_TORCH_API int64_t rt_torch_tensor_logspace(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_logspace(start, start_int, start_kind, end, end_int, end_kind, steps, base, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_tril_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_tril_indices(row, col, offset, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_triu_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_triu_indices(row, col, offset, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_scalar_tensor(s, s_int, s_kind, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_empty_strided(SplArray* size, SplArray* stride, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    return spl::core().rt_torch_tensor_empty_strided(size_.data(), spl::length(size_), stride_.data(), spl::length(stride_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_new_zeros(int64_t input, SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_torchtensor_new_zeros(input, size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_new_ones(int64_t input, SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_torchtensor_new_ones(input, size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_new_full(int64_t input, SplArray* size, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_torchtensor_new_full(input, size_.data(), spl::length(size_), fill_value, fill_value_int, fill_value_kind, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_new_empty(int64_t input, SplArray* size, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size")) return 0;
    return spl::core().rt_torch_torchtensor_new_empty(input, size_.data(), spl::length(size_), dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_polar(int64_t abs, int64_t angle) noexcept {
    return spl::core().rt_torch_torchtensor_polar(abs, angle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_view_as_real(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_view_as_real(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_view_as_complex(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_view_as_complex(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bool(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_bool(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_byte(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_byte(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_char(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_char(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_short(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_short(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_int(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_int(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_long(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_long(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_half(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_half(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bfloat16(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_bfloat16(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_float(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_float(input, memory_format);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_double(int64_t input, const char* memory_format) noexcept {
    return spl::core().rt_torch_torchtensor_double(input, memory_format);
}

SPL_TORCH_API void rt_torch_torchtensor_normal_(int64_t input, double mean, double std_arg) noexcept {
    spl::core().rt_torch_torchtensor_normal_(input, mean, std_arg);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mm(int64_t input, int64_t mat2) noexcept {
    return spl::core().rt_torch_torchtensor_mm(input, mat2);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bmm(int64_t input, int64_t mat2) noexcept {
    return spl::core().rt_torch_torchtensor_bmm(input, mat2);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mv(int64_t input, int64_t vec) noexcept {
    return spl::core().rt_torch_torchtensor_mv(input, vec);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_addmm(int64_t input, int64_t mat1, int64_t mat2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_addmm(input, mat1, mat2, beta, beta_int, beta_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_addmv(int64_t input, int64_t mat, int64_t vec, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_addmv(input, mat, vec, beta, beta_int, beta_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_addbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_addbmm(input, batch1, batch2, beta, beta_int, beta_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_baddbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_baddbmm(input, batch1, batch2, beta, beta_int, beta_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_addr(int64_t input, int64_t vec1, int64_t vec2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_addr(input, vec1, vec2, beta, beta_int, beta_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_vdot(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_vdot(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_outer(int64_t input, int64_t vec2) noexcept {
    return spl::core().rt_torch_torchtensor_outer(input, vec2);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_inner(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_inner(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cross(int64_t input, int64_t other, int64_t dim, bool dim_present) noexcept {
    return spl::core().rt_torch_torchtensor_cross(input, other, dim, dim_present);
}

SPL_TORCH_API int64_t rt_torch_tensor_einsum(const char* equation, SplArray* tensors, SplArray* path, bool path_present) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return 0;
    std::vector<int64_t> path_;
    if (!spl::ints(path, path_, __func__, "path", path_present)) return 0;
    return spl::core().rt_torch_tensor_einsum(equation, tensors_.data(), spl::length(tensors_), path_.data(), spl::length(path_), path_present);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_dist(int64_t input, int64_t other, double p, int64_t p_int, int32_t p_kind) noexcept {
    return spl::core().rt_torch_torchtensor_dist(input, other, p, p_int, p_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cdist(int64_t x1, int64_t x2, double p, const char* compute_mode) noexcept {
    return spl::core().rt_torch_torchtensor_cdist(x1, x2, p, compute_mode);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_matrix_exp(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_matrix_exp(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logdet(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_logdet(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_pinverse(int64_t input, double rcond) noexcept {
    return spl::core().rt_torch_torchtensor_pinverse(input, rcond);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cholesky(int64_t input, bool upper) noexcept {
    return spl::core().rt_torch_torchtensor_cholesky(input, upper);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cholesky_inverse(int64_t input, bool upper) noexcept {
    return spl::core().rt_torch_torchtensor_cholesky_inverse(input, upper);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cholesky_solve(int64_t input, int64_t input2, bool upper) noexcept {
    return spl::core().rt_torch_torchtensor_cholesky_solve(input, input2, upper);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_qr(int64_t input, bool some) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_qr(input, some, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_svd_v2(int64_t input, bool some, bool compute_uv) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_svd_v2(input, some, compute_uv, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_lu_unpack(int64_t lu_data, int64_t lu_pivots, bool unpack_data, bool unpack_pivots) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_lu_unpack(lu_data, lu_pivots, unpack_data, unpack_pivots, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_lu_solve(int64_t input, int64_t lu_data, int64_t lu_pivots) noexcept {
    return spl::core().rt_torch_torchtensor_lu_solve(input, lu_data, lu_pivots);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_triangular_solve(int64_t input, int64_t a, bool upper, bool transpose, bool unitriangular) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_triangular_solve(input, a, upper, transpose, unitriangular, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_geqrf(int64_t input) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_geqrf(input, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ormqr(int64_t input, int64_t input2, int64_t input3, bool left, bool transpose) noexcept {
    return spl::core().rt_torch_torchtensor_ormqr(input, input2, input3, left, transpose);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_corrcoef(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_corrcoef(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cov(int64_t input, int64_t correction, int64_t fweights, int64_t aweights) noexcept {
    return spl::core().rt_torch_torchtensor_cov(input, correction, fweights, aweights);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_trapezoid_x(int64_t y, int64_t x, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_trapezoid_x(y, x, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_trapezoid_dx(y, dx, dx_int, dx_kind, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_trapz_x(int64_t y, int64_t x, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_trapz_x(y, x, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_trapz_dx(int64_t y, double dx, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_trapz_dx(y, dx, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y, int64_t x, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_cumulative_trapezoid_x(y, x, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_cumulative_trapezoid_dx(y, dx, dx_int, dx_kind, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_cross(int64_t input, int64_t other, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_cross(input, other, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_diagonal(int64_t a, int64_t offset, int64_t dim1, int64_t dim2) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_diagonal(a, offset, dim1, dim2);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky(int64_t input, bool upper) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_cholesky(input, upper);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_cholesky_ex(int64_t input, bool upper, bool check_errors) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_cholesky_ex(input, upper, check_errors, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_vecdot(int64_t x, int64_t y, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_vecdot(x, y, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_cond(int64_t input, double p, int64_t p_int, int32_t p_kind) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_cond(input, p, p_int, p_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_cond_p_str(int64_t input, const char* p) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_cond_p_str(input, p);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvals(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_eigvals(input);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_eigh(int64_t input, const char* uplo) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_eigh(input, uplo, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvalsh(int64_t input, const char* uplo) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_eigvalsh(input, uplo);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_householder_product(int64_t input, int64_t tau) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_householder_product(input, tau);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_ldl_factor(int64_t input, bool hermitian) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_ldl_factor(input, hermitian, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_ldl_factor_ex(int64_t input, bool hermitian, bool check_errors) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_ldl_factor_ex(input, hermitian, check_errors, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_solve(int64_t ld, int64_t pivots, int64_t b, bool hermitian) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_ldl_solve(ld, pivots, b, hermitian);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_lstsq(int64_t input, int64_t b, double rcond, bool rcond_present, const char* driver) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_lstsq(input, b, rcond, rcond_present, driver, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_power(int64_t input, int64_t n) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_matrix_power(input, n);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_multi_dot(SplArray* tensors) noexcept {
    std::vector<int64_t> tensors_;
    if (!spl::ints(tensors, tensors_, __func__, "tensors")) return 0;
    return spl::core().rt_torch_torchtensor_linalg_multi_dot(tensors_.data(), spl::length(tensors_));
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, SplArray* dim, bool dim_present, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_linalg_norm(input, ord, ord_int, ord_kind, dim_.data(), spl::length(dim_), dim_present, keepdim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_norm_ord_str(int64_t input, const char* ord, SplArray* dim, bool dim_present, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim", dim_present)) return 0;
    return spl::core().rt_torch_torchtensor_linalg_norm_ord_str(input, ord, dim_.data(), spl::length(dim_), dim_present, keepdim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, SplArray* dim, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim")) return 0;
    return spl::core().rt_torch_torchtensor_linalg_matrix_norm(input, ord, ord_int, ord_kind, dim_.data(), spl::length(dim_), keepdim, dtype);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord(int64_t input, const char* ord, SplArray* dim, bool keepdim, int32_t dtype) noexcept {
    std::vector<int64_t> dim_;
    if (!spl::ints(dim, dim_, __func__, "dim")) return 0;
    return spl::core().rt_torch_torchtensor_linalg_matrix_norm_str_ord(input, ord, dim_.data(), spl::length(dim_), keepdim, dtype);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_qr(int64_t a, const char* mode) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_qr(a, mode, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_slogdet(int64_t a) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_slogdet(a, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_vander(int64_t x, int64_t n, bool n_present) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_vander(x, n, n_present);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_lu_factor(int64_t a, bool pivot) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_lu_factor(a, pivot, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_lu_factor_ex(int64_t a, bool pivot, bool check_errors) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_lu_factor_ex(a, pivot, check_errors, out, out_capacity); });
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_lu(int64_t a, bool pivot) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_lu(a, pivot, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_solve(int64_t lu, int64_t pivots, int64_t b, bool left, bool adjoint) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_lu_solve(lu, pivots, b, left, adjoint);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_inv_ex(int64_t a, bool check_errors) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_inv_ex(a, check_errors, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_solve(int64_t a, int64_t b, bool left) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_solve(a, b, left);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_linalg_solve_ex(int64_t a, int64_t b, bool left, bool check_errors) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_linalg_solve_ex(a, b, left, check_errors, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_triangular(int64_t input, int64_t b, bool upper, bool left, bool unitriangular) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_solve_triangular(input, b, upper, left, unitriangular);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(input, atol, rtol, hermitian);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(input, atol, atol_present, rtol, rtol_present, hermitian);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank(int64_t input, double tol, bool hermitian) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_matrix_rank(input, tol, hermitian);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(int64_t input, int64_t tol, bool hermitian) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(input, tol, hermitian);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(input, atol, rtol, hermitian);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_pinv_atol_rtol_float(input, atol, atol_present, rtol, rtol_present, hermitian);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv(int64_t input, double rcond, bool hermitian) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_pinv(input, rcond, hermitian);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor(int64_t input, int64_t rcond, bool hermitian) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_pinv_rcond_tensor(input, rcond, hermitian);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_svdvals(int64_t a, const char* driver) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_svdvals(a, driver);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorinv(int64_t input, int64_t ind) noexcept {
    return spl::core().rt_torch_torchtensor_linalg_tensorinv(input, ind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorsolve(int64_t input, int64_t other, SplArray* dims, bool dims_present) noexcept {
    std::vector<int64_t> dims_;
    if (!spl::ints(dims, dims_, __func__, "dims", dims_present)) return 0;
    return spl::core().rt_torch_torchtensor_linalg_tensorsolve(input, other, dims_.data(), spl::length(dims_), dims_present);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mt(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_mt(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mh(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_mh(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_numpy_t(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_numpy_t(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_matrix_h(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_matrix_h(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cos(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_cos(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_tan(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_tan(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_acos(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_acos(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_acosh(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_acosh(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_asin(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_asin(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_asinh(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_asinh(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_atan(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_atan(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_atanh(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_atanh(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_cosh(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_cosh(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sinh(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_sinh(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ceil(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_ceil(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_floor(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_floor(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_round(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_round(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_round_decimals(int64_t input, int64_t decimals) noexcept {
    return spl::core().rt_torch_torchtensor_round_decimals(input, decimals);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_trunc(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_trunc(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_frac(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_frac(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sign(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_sign(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_signbit(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_signbit(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_sinc(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_sinc(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_deg2rad(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_deg2rad(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_rad2deg(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_rad2deg(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_exp2(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_exp2(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_expm1(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_expm1(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_log1p(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_log1p(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_log10(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_log10(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_log2(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_log2(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_rsqrt(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_rsqrt(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_square(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_square(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_i0(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_i0(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_erf(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_erf(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_erfc(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_erfc(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_erfinv(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_erfinv(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_lgamma(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_lgamma(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_digamma(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_digamma(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_positive(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_positive(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_angle(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_angle(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_conj_physical(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_conj_physical(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logit(int64_t input, double eps, bool eps_present) noexcept {
    return spl::core().rt_torch_torchtensor_logit(input, eps, eps_present);
}

SPL_TORCH_API int64_t rt_torch_tensor_polygamma(int64_t n, int64_t input) noexcept {
    return spl::core().rt_torch_tensor_polygamma(n, input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mvlgamma(int64_t input, int64_t p) noexcept {
    return spl::core().rt_torch_torchtensor_mvlgamma(input, p);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_nan_to_num(int64_t input, double nan, bool nan_present, double posinf, bool posinf_present, double neginf, bool neginf_present) noexcept {
    return spl::core().rt_torch_torchtensor_nan_to_num(input, nan, nan_present, posinf, posinf_present, neginf, neginf_present);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_frexp_tensor(int64_t input) noexcept {
    if (!spl::runtime_ready(__func__)) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_frexp_tensor(input, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_torchtensor_atan2(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_atan2(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logaddexp(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_logaddexp(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logaddexp2(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_logaddexp2(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_xlogy_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_xlogy_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_xlogy_scalar_other(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_xlogy_scalar_other(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_tensor_xlogy_scalar_self(double input, int64_t input_int, int32_t input_kind, int64_t other) noexcept {
    return spl::core().rt_torch_tensor_xlogy_scalar_self(input, input_int, input_kind, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_hypot(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_hypot(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_lerp_scalar(int64_t input, int64_t end, double weight, int64_t weight_int, int32_t weight_kind) noexcept {
    return spl::core().rt_torch_torchtensor_lerp_scalar(input, end, weight, weight_int, weight_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_lerp_tensor(int64_t input, int64_t end, int64_t weight) noexcept {
    return spl::core().rt_torch_torchtensor_lerp_tensor(input, end, weight);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_nextafter(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_nextafter(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_copysign_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_copysign_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_copysign_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_copysign_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_fmax(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_fmax(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_fmin(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_fmin(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_fmod_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_fmod_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_fmod_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_fmod_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_remainder_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_remainder_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_remainder_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_remainder_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_tensor_remainder_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) noexcept {
    return spl::core().rt_torch_tensor_remainder_scalar_tensor(input, input_int, input_kind, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_floor_divide(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_floor_divide(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_floor_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_floor_divide_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_true_divide_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_true_divide_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_true_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_true_divide_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_tensor(int64_t input, int64_t exponent) noexcept {
    return spl::core().rt_torch_torchtensor_float_power_tensor_tensor(input, exponent);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) noexcept {
    return spl::core().rt_torch_torchtensor_float_power_tensor_scalar(input, exponent, exponent_int, exponent_kind);
}

SPL_TORCH_API int64_t rt_torch_tensor_float_power_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent) noexcept {
    return spl::core().rt_torch_tensor_float_power_scalar(input, input_int, input_kind, exponent);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_heaviside(int64_t input, int64_t values) noexcept {
    return spl::core().rt_torch_torchtensor_heaviside(input, values);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_lcm(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_lcm(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_gcd(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_gcd(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ldexp_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_ldexp_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) noexcept {
    return spl::core().rt_torch_torchtensor_clamp(input, min, min_int, min_kind, max, max_int, max_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_clamp_tensor(int64_t input, int64_t min, int64_t max) noexcept {
    return spl::core().rt_torch_torchtensor_clamp_tensor(input, min, max);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_clamp_min(int64_t input, double min, int64_t min_int, int32_t min_kind) noexcept {
    return spl::core().rt_torch_torchtensor_clamp_min(input, min, min_int, min_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_clamp_min_tensor(int64_t input, int64_t min) noexcept {
    return spl::core().rt_torch_torchtensor_clamp_min_tensor(input, min);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_clamp_max(int64_t input, double max, int64_t max_int, int32_t max_kind) noexcept {
    return spl::core().rt_torch_torchtensor_clamp_max(input, max, max_int, max_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_clamp_max_tensor(int64_t input, int64_t max) noexcept {
    return spl::core().rt_torch_torchtensor_clamp_max_tensor(input, max);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_minimum(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_minimum(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_addcmul(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind) noexcept {
    return spl::core().rt_torch_torchtensor_addcmul(input, tensor1, tensor2, value, value_int, value_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_addcdiv(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind) noexcept {
    return spl::core().rt_torch_torchtensor_addcdiv(input, tensor1, tensor2, value, value_int, value_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_eq_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_eq_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_eq_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_eq_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ne_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_ne_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ne_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_ne_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_gt_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_gt_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_gt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_gt_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ge_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_ge_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_ge_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_ge_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_lt_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_lt_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_lt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_lt_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_le_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_le_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_le_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_le_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API bool rt_torch_torchtensor_equal(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_equal(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_isclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan) noexcept {
    return spl::core().rt_torch_torchtensor_isclose(input, other, rtol, atol, equal_nan);
}

SPL_TORCH_API bool rt_torch_torchtensor_allclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan) noexcept {
    return spl::core().rt_torch_torchtensor_allclose(input, other, rtol, atol, equal_nan);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_isfinite(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_isfinite(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_isinf(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_isinf(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_isposinf(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_isposinf(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_isneginf(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_isneginf(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_isreal(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_isreal(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_isnan(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_isnan(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logical_and(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_logical_and(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logical_or(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_logical_or(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logical_xor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_logical_xor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logical_not(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_logical_not(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_and_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_and_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_tensor_bitwise_and_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) noexcept {
    return spl::core().rt_torch_tensor_bitwise_and_scalar_tensor(input, input_int, input_kind, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_or_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_or_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_tensor_bitwise_or_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) noexcept {
    return spl::core().rt_torch_tensor_bitwise_or_scalar_tensor(input, input_int, input_kind, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_xor_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_xor_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_tensor_bitwise_xor_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) noexcept {
    return spl::core().rt_torch_tensor_bitwise_xor_scalar_tensor(input, input_int, input_kind, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_not(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_left_shift_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_tensor_bitwise_left_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) noexcept {
    return spl::core().rt_torch_tensor_bitwise_left_shift_scalar_tensor(input, input_int, input_kind, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor(int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_right_shift_tensor(input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) noexcept {
    return spl::core().rt_torch_tensor_bitwise_right_shift_scalar_tensor(input, input_int, input_kind, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_where_self(int64_t condition, int64_t input, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_where_self(condition, input, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_where_scalarself(int64_t condition, double input, int64_t input_int, int32_t input_kind, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_where_scalarself(condition, input, input_int, input_kind, other);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_where_scalarother(int64_t condition, int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_where_scalarother(condition, input, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_where_scalar(int64_t condition, double input, int64_t input_int, int32_t input_kind, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_where_scalar(condition, input, input_int, input_kind, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_masked_fill_scalar(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind) noexcept {
    return spl::core().rt_torch_torchtensor_masked_fill_scalar(input, mask, value, value_int, value_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_masked_fill_tensor(int64_t input, int64_t mask, int64_t value) noexcept {
    return spl::core().rt_torch_torchtensor_masked_fill_tensor(input, mask, value);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_tensor(int64_t elements, int64_t test_elements, bool assume_unique, bool invert) noexcept {
    return spl::core().rt_torch_torchtensor_isin_tensor_tensor(elements, test_elements, assume_unique, invert);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_scalar(int64_t elements, double test_element, int64_t test_element_int, int32_t test_element_kind, bool assume_unique, bool invert) noexcept {
    return spl::core().rt_torch_torchtensor_isin_tensor_scalar(elements, test_element, test_element_int, test_element_kind, assume_unique, invert);
}

SPL_TORCH_API int64_t rt_torch_tensor_isin_scalar_tensor(double element, int64_t element_int, int32_t element_kind, int64_t test_elements, bool assume_unique, bool invert) noexcept {
    return spl::core().rt_torch_tensor_isin_scalar_tensor(element, element_int, element_kind, test_elements, assume_unique, invert);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_masked_select(int64_t input, int64_t mask) noexcept {
    return spl::core().rt_torch_torchtensor_masked_select(input, mask);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_masked_scatter(int64_t input, int64_t mask, int64_t source) noexcept {
    return spl::core().rt_torch_torchtensor_masked_scatter(input, mask, source);
}

SPL_TORCH_API void rt_torch_torchtensor_sub_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    spl::core().rt_torch_torchtensor_sub_tensor_(input, other, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_sub_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    spl::core().rt_torch_torchtensor_sub_scalar_(input, other, other_int, other_kind, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_div_tensor_(int64_t input, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_div_tensor_(input, other);
}

SPL_TORCH_API void rt_torch_torchtensor_div_tensor_mode_(int64_t input, int64_t other, const char* rounding_mode) noexcept {
    spl::core().rt_torch_torchtensor_div_tensor_mode_(input, other, rounding_mode);
}

SPL_TORCH_API void rt_torch_torchtensor_div_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    spl::core().rt_torch_torchtensor_div_scalar_(input, other, other_int, other_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_div_scalar_mode_(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode) noexcept {
    spl::core().rt_torch_torchtensor_div_scalar_mode_(input, other, other_int, other_kind, rounding_mode);
}

SPL_TORCH_API void rt_torch_torchtensor_fill_scalar_(int64_t input, double value, int64_t value_int, int32_t value_kind) noexcept {
    spl::core().rt_torch_torchtensor_fill_scalar_(input, value, value_int, value_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_fill_tensor_(int64_t input, int64_t value) noexcept {
    spl::core().rt_torch_torchtensor_fill_tensor_(input, value);
}

SPL_TORCH_API void rt_torch_torchtensor_clamp_(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) noexcept {
    spl::core().rt_torch_torchtensor_clamp_(input, min, min_int, min_kind, max, max_int, max_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_clamp_tensor_(int64_t input, int64_t min, int64_t max) noexcept {
    spl::core().rt_torch_torchtensor_clamp_tensor_(input, min, max);
}

SPL_TORCH_API void rt_torch_torchtensor_sqrt_(int64_t input) noexcept {
    spl::core().rt_torch_torchtensor_sqrt_(input);
}

SPL_TORCH_API void rt_torch_torchtensor_exp_(int64_t input) noexcept {
    spl::core().rt_torch_torchtensor_exp_(input);
}

SPL_TORCH_API void rt_torch_torchtensor_log_(int64_t input) noexcept {
    spl::core().rt_torch_torchtensor_log_(input);
}

SPL_TORCH_API void rt_torch_torchtensor_neg_(int64_t input) noexcept {
    spl::core().rt_torch_torchtensor_neg_(input);
}

SPL_TORCH_API void rt_torch_torchtensor_abs_(int64_t input) noexcept {
    spl::core().rt_torch_torchtensor_abs_(input);
}

SPL_TORCH_API void rt_torch_torchtensor_pow_scalar_(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) noexcept {
    spl::core().rt_torch_torchtensor_pow_scalar_(input, exponent, exponent_int, exponent_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_pow_tensor_(int64_t input, int64_t exponent) noexcept {
    spl::core().rt_torch_torchtensor_pow_tensor_(input, exponent);
}

SPL_TORCH_API void rt_torch_torchtensor_masked_fill_scalar_(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind) noexcept {
    spl::core().rt_torch_torchtensor_masked_fill_scalar_(input, mask, value, value_int, value_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_masked_fill_tensor_(int64_t input, int64_t mask, int64_t value) noexcept {
    spl::core().rt_torch_torchtensor_masked_fill_tensor_(input, mask, value);
}

SPL_TORCH_API void rt_torch_torchtensor_floor_divide_tensor_(int64_t input, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_floor_divide_tensor_(input, other);
}

SPL_TORCH_API void rt_torch_torchtensor_floor_divide_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    spl::core().rt_torch_torchtensor_floor_divide_scalar_(input, other, other_int, other_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_remainder_tensor_(int64_t input, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_remainder_tensor_(input, other);
}

SPL_TORCH_API void rt_torch_torchtensor_remainder_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    spl::core().rt_torch_torchtensor_remainder_scalar_(input, other, other_int, other_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_and_tensor_(int64_t input, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_and_tensor_(input, other);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_and_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_and_scalar_(input, other, other_int, other_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_or_tensor_(int64_t input, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_or_tensor_(input, other);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_or_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_or_scalar_(input, other, other_int, other_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_xor_tensor_(int64_t input, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_xor_tensor_(input, other);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_xor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_xor_scalar_(input, other, other_int, other_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_(int64_t input, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_left_shift_tensor_(input, other);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(input, other, other_int, other_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_(int64_t input, int64_t other) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_right_shift_tensor_(input, other);
}

SPL_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) noexcept {
    spl::core().rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(input, other, other_int, other_kind);
}

SPL_TORCH_API void rt_torch_torchtensor_index_put_(int64_t input, SplArray* indices, int64_t values, bool accumulate) noexcept {
    std::vector<int64_t> indices_;
    if (!spl::ints(indices, indices_, __func__, "indices")) return;
    spl::core().rt_torch_torchtensor_index_put_(input, indices_.data(), spl::length(indices_), values, accumulate);
}

SPL_TORCH_API int32_t rt_torch_torchtensor_result_type_tensor(int64_t tensor, int64_t other) noexcept {
    return spl::core().rt_torch_torchtensor_result_type_tensor(tensor, other);
}

SPL_TORCH_API int32_t rt_torch_torchtensor_result_type_scalar(int64_t tensor, double other, int64_t other_int, int32_t other_kind) noexcept {
    return spl::core().rt_torch_torchtensor_result_type_scalar(tensor, other, other_int, other_kind);
}

SPL_TORCH_API int64_t rt_torch_nn_hardswish(int64_t input) noexcept {
    return spl::core().rt_torch_nn_hardswish(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_elu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_elu(input, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_celu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind) noexcept {
    return spl::core().rt_torch_torchtensor_celu(input, alpha, alpha_int, alpha_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_selu(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_selu(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_silu(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_silu(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_hardsigmoid(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_hardsigmoid(input);
}

SPL_TORCH_API int64_t rt_torch_nn_log_sigmoid(int64_t input) noexcept {
    return spl::core().rt_torch_nn_log_sigmoid(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_mish(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_mish(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_softsign(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_softsign(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_tanhshrink(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_tanhshrink(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_threshold(int64_t input, double threshold, int64_t threshold_int, int32_t threshold_kind, double value, int64_t value_int, int32_t value_kind) noexcept {
    return spl::core().rt_torch_torchtensor_threshold(input, threshold, threshold_int, threshold_kind, value, value_int, value_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_softshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind) noexcept {
    return spl::core().rt_torch_torchtensor_softshrink(input, lambd, lambd_int, lambd_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_hardshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind) noexcept {
    return spl::core().rt_torch_torchtensor_hardshrink(input, lambd, lambd_int, lambd_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_hardtanh(int64_t input, double min_val, int64_t min_val_int, int32_t min_val_kind, double max_val, int64_t max_val_int, int32_t max_val_kind) noexcept {
    return spl::core().rt_torch_torchtensor_hardtanh(input, min_val, min_val_int, min_val_kind, max_val, max_val_int, max_val_kind);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_relu6(int64_t input) noexcept {
    return spl::core().rt_torch_torchtensor_relu6(input);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_softplus(int64_t input, double beta, int64_t beta_int, int32_t beta_kind, double threshold, int64_t threshold_int, int32_t threshold_kind) noexcept {
    return spl::core().rt_torch_torchtensor_softplus(input, beta, beta_int, beta_kind, threshold, threshold_int, threshold_kind);
}

SPL_TORCH_API int64_t rt_torch_nn_glu(int64_t input, int64_t dim) noexcept {
    return spl::core().rt_torch_nn_glu(input, dim);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_prelu(int64_t input, int64_t weight) noexcept {
    return spl::core().rt_torch_torchtensor_prelu(input, weight);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_softmin(int64_t input, int64_t dim, bool dim_present, int32_t dtype) noexcept {
    return spl::core().rt_torch_torchtensor_softmin(input, dim, dim_present, dtype);
}

SPL_TORCH_API int64_t rt_torch_nn_l1_loss(int64_t input, int64_t target, const char* reduction, int64_t weight) noexcept {
    return spl::core().rt_torch_nn_l1_loss(input, target, reduction, weight);
}

SPL_TORCH_API int64_t rt_torch_nn_smooth_l1_loss(int64_t input, int64_t target, const char* reduction, double beta) noexcept {
    return spl::core().rt_torch_nn_smooth_l1_loss(input, target, reduction, beta);
}

SPL_TORCH_API int64_t rt_torch_nn_huber_loss(int64_t input, int64_t target, const char* reduction, double delta, int64_t weight) noexcept {
    return spl::core().rt_torch_nn_huber_loss(input, target, reduction, delta, weight);
}

SPL_TORCH_API int64_t rt_torch_nn_soft_margin_loss(int64_t input, int64_t target, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_soft_margin_loss(input, target, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_margin_ranking_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_margin_ranking_loss(input1, input2, target, margin, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_multi_margin_loss(int64_t input, int64_t target, int64_t p, double margin, int64_t weight, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_multi_margin_loss(input, target, p, margin, weight, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_multilabel_margin_loss(int64_t input, int64_t target, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_multilabel_margin_loss(input, target, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_multilabel_soft_margin_loss(int64_t input, int64_t target, int64_t weight, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_multilabel_soft_margin_loss(input, target, weight, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_hinge_embedding_loss(int64_t input, int64_t target, double margin, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_hinge_embedding_loss(input, target, margin, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_cosine_embedding_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_cosine_embedding_loss(input1, input2, target, margin, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_kl_div(int64_t input, int64_t target, const char* reduction, bool log_target) noexcept {
    return spl::core().rt_torch_nn_kl_div(input, target, reduction, log_target);
}

SPL_TORCH_API int64_t rt_torch_nn_poisson_nll_loss(int64_t input, int64_t target, bool log_input, bool full, double eps, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_poisson_nll_loss(input, target, log_input, full, eps, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_with_logits(int64_t input, int64_t target, int64_t weight, const char* reduction, int64_t pos_weight) noexcept {
    return spl::core().rt_torch_nn_binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight);
}

SPL_TORCH_API int64_t rt_torch_nn_triplet_margin_loss(int64_t anchor, int64_t positive, int64_t negative, double margin, double p, double eps, bool swap, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_conv1d(int64_t input, int64_t weight, int64_t bias, SplArray* stride, SplArray* padding, SplArray* dilation, int64_t groups) noexcept {
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_conv1d(input, weight, bias, stride_.data(), spl::length(stride_), padding_.data(), spl::length(padding_), dilation_.data(), spl::length(dilation_), groups);
}

SPL_TORCH_API int64_t rt_torch_nn_conv1d_padding(int64_t input, int64_t weight, int64_t bias, SplArray* stride, const char* padding, SplArray* dilation, int64_t groups) noexcept {
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_conv1d_padding(input, weight, bias, stride_.data(), spl::length(stride_), padding, dilation_.data(), spl::length(dilation_), groups);
}

SPL_TORCH_API int64_t rt_torch_nn_conv3d(int64_t input, int64_t weight, int64_t bias, SplArray* stride, SplArray* padding, SplArray* dilation, int64_t groups) noexcept {
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_conv3d(input, weight, bias, stride_.data(), spl::length(stride_), padding_.data(), spl::length(padding_), dilation_.data(), spl::length(dilation_), groups);
}

SPL_TORCH_API int64_t rt_torch_nn_conv3d_padding(int64_t input, int64_t weight, int64_t bias, SplArray* stride, const char* padding, SplArray* dilation, int64_t groups) noexcept {
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_conv3d_padding(input, weight, bias, stride_.data(), spl::length(stride_), padding, dilation_.data(), spl::length(dilation_), groups);
}

SPL_TORCH_API int64_t rt_torch_nn_conv_transpose1d(int64_t input, int64_t weight, int64_t bias, SplArray* stride, SplArray* padding, SplArray* output_padding, int64_t groups, SplArray* dilation) noexcept {
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> output_padding_;
    if (!spl::ints(output_padding, output_padding_, __func__, "output_padding")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_conv_transpose1d(input, weight, bias, stride_.data(), spl::length(stride_), padding_.data(), spl::length(padding_), output_padding_.data(), spl::length(output_padding_), groups, dilation_.data(), spl::length(dilation_));
}

SPL_TORCH_API int64_t rt_torch_nn_conv_transpose2d(int64_t input, int64_t weight, int64_t bias, SplArray* stride, SplArray* padding, SplArray* output_padding, int64_t groups, SplArray* dilation) noexcept {
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> output_padding_;
    if (!spl::ints(output_padding, output_padding_, __func__, "output_padding")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_conv_transpose2d(input, weight, bias, stride_.data(), spl::length(stride_), padding_.data(), spl::length(padding_), output_padding_.data(), spl::length(output_padding_), groups, dilation_.data(), spl::length(dilation_));
}

SPL_TORCH_API int64_t rt_torch_nn_conv_transpose3d(int64_t input, int64_t weight, int64_t bias, SplArray* stride, SplArray* padding, SplArray* output_padding, int64_t groups, SplArray* dilation) noexcept {
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> output_padding_;
    if (!spl::ints(output_padding, output_padding_, __func__, "output_padding")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_conv_transpose3d(input, weight, bias, stride_.data(), spl::length(stride_), padding_.data(), spl::length(padding_), output_padding_.data(), spl::length(output_padding_), groups, dilation_.data(), spl::length(dilation_));
}

SPL_TORCH_API int64_t rt_torch_nn_avg_pool1d(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, bool ceil_mode, bool count_include_pad) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    return spl::core().rt_torch_nn_avg_pool1d(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), ceil_mode, count_include_pad);
}

SPL_TORCH_API int64_t rt_torch_nn_max_pool1d(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, SplArray* dilation, bool ceil_mode) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_max_pool1d(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), dilation_.data(), spl::length(dilation_), ceil_mode);
}

SPL_TORCH_API SplArray* rt_torch_nn_max_pool1d_with_indices(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, SplArray* dilation, bool ceil_mode) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return spl::failed_array();
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return spl::failed_array();
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return spl::failed_array();
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_nn_max_pool1d_with_indices(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), dilation_.data(), spl::length(dilation_), ceil_mode, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_nn_avg_pool3d(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    return spl::core().rt_torch_nn_avg_pool3d(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), ceil_mode, count_include_pad, divisor_override, divisor_override_present);
}

SPL_TORCH_API int64_t rt_torch_nn_max_pool3d(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, SplArray* dilation, bool ceil_mode) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    return spl::core().rt_torch_nn_max_pool3d(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), dilation_.data(), spl::length(dilation_), ceil_mode);
}

SPL_TORCH_API SplArray* rt_torch_nn_max_pool3d_with_indices(int64_t input, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, SplArray* dilation, bool ceil_mode) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return spl::failed_array();
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return spl::failed_array();
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return spl::failed_array();
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_nn_max_pool3d_with_indices(input, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), dilation_.data(), spl::length(dilation_), ceil_mode, out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool1d(int64_t input, SplArray* output_size) noexcept {
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size")) return 0;
    return spl::core().rt_torch_nn_adaptive_avg_pool1d(input, output_size_.data(), spl::length(output_size_));
}

SPL_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d(int64_t input, SplArray* output_size) noexcept {
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size")) return 0;
    return spl::core().rt_torch_nn_adaptive_max_pool1d(input, output_size_.data(), spl::length(output_size_));
}

SPL_TORCH_API SplArray* rt_torch_nn_adaptive_max_pool1d_with_indices(int64_t input, SplArray* output_size) noexcept {
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_nn_adaptive_max_pool1d_with_indices(input, output_size_.data(), spl::length(output_size_), out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool2d(int64_t input, SplArray* output_size) noexcept {
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size")) return 0;
    return spl::core().rt_torch_nn_adaptive_avg_pool2d(input, output_size_.data(), spl::length(output_size_));
}

SPL_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d(int64_t input, SplArray* output_size) noexcept {
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size")) return 0;
    return spl::core().rt_torch_nn_adaptive_max_pool2d(input, output_size_.data(), spl::length(output_size_));
}

SPL_TORCH_API SplArray* rt_torch_nn_adaptive_max_pool2d_with_indices(int64_t input, SplArray* output_size) noexcept {
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_nn_adaptive_max_pool2d_with_indices(input, output_size_.data(), spl::length(output_size_), out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool3d(int64_t input, SplArray* output_size) noexcept {
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size")) return 0;
    return spl::core().rt_torch_nn_adaptive_avg_pool3d(input, output_size_.data(), spl::length(output_size_));
}

SPL_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input, SplArray* output_size) noexcept {
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size")) return 0;
    return spl::core().rt_torch_nn_adaptive_max_pool3d(input, output_size_.data(), spl::length(output_size_));
}

SPL_TORCH_API SplArray* rt_torch_nn_adaptive_max_pool3d_with_indices(int64_t input, SplArray* output_size) noexcept {
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_nn_adaptive_max_pool3d_with_indices(input, output_size_.data(), spl::length(output_size_), out, out_capacity); });
}

SPL_TORCH_API int64_t rt_torch_nn_group_norm(int64_t input, int64_t num_groups, int64_t weight, int64_t bias, double eps) noexcept {
    return spl::core().rt_torch_nn_group_norm(input, num_groups, weight, bias, eps);
}

SPL_TORCH_API int64_t rt_torch_nn_instance_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool use_input_stats, double momentum, double eps) noexcept {
    return spl::core().rt_torch_nn_instance_norm(input, running_mean, running_var, weight, bias, use_input_stats, momentum, eps);
}

SPL_TORCH_API int64_t rt_torch_nn_rms_norm(int64_t input, SplArray* normalized_shape, int64_t weight, double eps, bool eps_present) noexcept {
    std::vector<int64_t> normalized_shape_;
    if (!spl::ints(normalized_shape, normalized_shape_, __func__, "normalized_shape")) return 0;
    return spl::core().rt_torch_nn_rms_norm(input, normalized_shape_.data(), spl::length(normalized_shape_), weight, eps, eps_present);
}

SPL_TORCH_API int64_t rt_torch_nn_local_response_norm(int64_t input, int64_t size, double alpha, double beta, double k) noexcept {
    return spl::core().rt_torch_nn_local_response_norm(input, size, alpha, beta, k);
}

SPL_TORCH_API int64_t rt_torch_nn_normalize(int64_t input, double p, int64_t dim, double eps) noexcept {
    return spl::core().rt_torch_nn_normalize(input, p, dim, eps);
}

SPL_TORCH_API int64_t rt_torch_nn_pad(int64_t input, SplArray* pad, const char* mode, double value, bool value_present) noexcept {
    std::vector<int64_t> pad_;
    if (!spl::ints(pad, pad_, __func__, "pad")) return 0;
    return spl::core().rt_torch_nn_pad(input, pad_.data(), spl::length(pad_), mode, value, value_present);
}

SPL_TORCH_API int64_t rt_torch_nn_unfold(int64_t input, SplArray* kernel_size, SplArray* dilation, SplArray* padding, SplArray* stride) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> dilation_;
    if (!spl::ints(dilation, dilation_, __func__, "dilation")) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride")) return 0;
    return spl::core().rt_torch_nn_unfold(input, kernel_size_.data(), spl::length(kernel_size_), dilation_.data(), spl::length(dilation_), padding_.data(), spl::length(padding_), stride_.data(), spl::length(stride_));
}

SPL_TORCH_API int64_t rt_torch_nn_cosine_similarity(int64_t x1, int64_t x2, int64_t dim, double eps) noexcept {
    return spl::core().rt_torch_nn_cosine_similarity(x1, x2, dim, eps);
}

SPL_TORCH_API int64_t rt_torch_nn_pairwise_distance(int64_t x1, int64_t x2, double p, double eps, bool keepdim) noexcept {
    return spl::core().rt_torch_nn_pairwise_distance(x1, x2, p, eps, keepdim);
}

SPL_TORCH_API int64_t rt_torch_nn_pdist(int64_t input, double p) noexcept {
    return spl::core().rt_torch_nn_pdist(input, p);
}

SPL_TORCH_API int64_t rt_torch_nn_pixel_shuffle(int64_t input, int64_t upscale_factor) noexcept {
    return spl::core().rt_torch_nn_pixel_shuffle(input, upscale_factor);
}

SPL_TORCH_API int64_t rt_torch_nn_pixel_unshuffle(int64_t input, int64_t downscale_factor) noexcept {
    return spl::core().rt_torch_nn_pixel_unshuffle(input, downscale_factor);
}

SPL_TORCH_API int64_t rt_torch_nn_channel_shuffle(int64_t input, int64_t groups) noexcept {
    return spl::core().rt_torch_nn_channel_shuffle(input, groups);
}

SPL_TORCH_API int64_t rt_torch_nn_one_hot(int64_t tensor, int64_t num_classes) noexcept {
    return spl::core().rt_torch_nn_one_hot(tensor, num_classes);
}

SPL_TORCH_API int64_t rt_torch_nn_bilinear(int64_t input1, int64_t input2, int64_t weight, int64_t bias) noexcept {
    return spl::core().rt_torch_nn_bilinear(input1, input2, weight, bias);
}

SPL_TORCH_API int64_t rt_torch_nn_dropout2d(int64_t input, double p, bool training) noexcept {
    return spl::core().rt_torch_nn_dropout2d(input, p, training);
}

SPL_TORCH_API int64_t rt_torch_nn_dropout3d(int64_t input, double p, bool training) noexcept {
    return spl::core().rt_torch_nn_dropout3d(input, p, training);
}

SPL_TORCH_API int64_t rt_torch_nn_alpha_dropout(int64_t input, double p, bool training) noexcept {
    return spl::core().rt_torch_nn_alpha_dropout(input, p, training);
}

SPL_TORCH_API int64_t rt_torch_nn_scaled_dot_product_attention(int64_t query, int64_t key, int64_t value, int64_t attn_mask, double dropout_p, bool is_causal, double scale, bool scale_present, bool enable_gqa) noexcept {
    return spl::core().rt_torch_nn_scaled_dot_product_attention(query, key, value, attn_mask, dropout_p, is_causal, scale, scale_present, enable_gqa);
}

SPL_TORCH_API int64_t rt_torch_nn_grid_sample(int64_t input, int64_t grid, const char* mode, const char* padding_mode, bool align_corners, bool align_corners_present) noexcept {
    return spl::core().rt_torch_nn_grid_sample(input, grid, mode, padding_mode, align_corners, align_corners_present);
}

SPL_TORCH_API int64_t rt_torch_nn_interpolate(int64_t input, SplArray* size, bool size_present, SplArray* scale_factor, bool scale_factor_present, const char* mode, bool align_corners, bool align_corners_present, bool recompute_scale_factor, bool recompute_scale_factor_present, bool antialias) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size", size_present)) return 0;
    std::vector<double> scale_factor_;
    if (!spl::floats(scale_factor, scale_factor_, __func__, "scale_factor", scale_factor_present)) return 0;
    return spl::core().rt_torch_nn_interpolate(input, size_.data(), spl::length(size_), size_present, scale_factor_.data(), spl::length(scale_factor_), scale_factor_present, mode, align_corners, align_corners_present, recompute_scale_factor, recompute_scale_factor_present, antialias);
}

SPL_TORCH_API int64_t rt_torch_nn_max_unpool1d(int64_t input, int64_t indices, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, SplArray* output_size, bool output_size_present) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size", output_size_present)) return 0;
    return spl::core().rt_torch_nn_max_unpool1d(input, indices, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), output_size_.data(), spl::length(output_size_), output_size_present);
}

SPL_TORCH_API int64_t rt_torch_nn_max_unpool2d(int64_t input, int64_t indices, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, SplArray* output_size, bool output_size_present) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size", output_size_present)) return 0;
    return spl::core().rt_torch_nn_max_unpool2d(input, indices, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), output_size_.data(), spl::length(output_size_), output_size_present);
}

SPL_TORCH_API int64_t rt_torch_nn_max_unpool3d(int64_t input, int64_t indices, SplArray* kernel_size, SplArray* stride, bool stride_present, SplArray* padding, SplArray* output_size, bool output_size_present) noexcept {
    std::vector<int64_t> kernel_size_;
    if (!spl::ints(kernel_size, kernel_size_, __func__, "kernel_size")) return 0;
    std::vector<int64_t> stride_;
    if (!spl::ints(stride, stride_, __func__, "stride", stride_present)) return 0;
    std::vector<int64_t> padding_;
    if (!spl::ints(padding, padding_, __func__, "padding")) return 0;
    std::vector<int64_t> output_size_;
    if (!spl::ints(output_size, output_size_, __func__, "output_size", output_size_present)) return 0;
    return spl::core().rt_torch_nn_max_unpool3d(input, indices, kernel_size_.data(), spl::length(kernel_size_), stride_.data(), spl::length(stride_), stride_present, padding_.data(), spl::length(padding_), output_size_.data(), spl::length(output_size_), output_size_present);
}

SPL_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss(int64_t input, int64_t target, int64_t variance, bool full, double eps, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_gaussian_nll_loss(input, target, variance, full, eps, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss_float(int64_t input, int64_t target, double variance, int64_t variance_int, int32_t variance_kind, bool full, double eps, const char* reduction) noexcept {
    return spl::core().rt_torch_nn_gaussian_nll_loss_float(input, target, variance, variance_int, variance_kind, full, eps, reduction);
}

SPL_TORCH_API int64_t rt_torch_nn_ctc_loss_tensor(int64_t log_probs, int64_t targets, int64_t input_lengths, int64_t target_lengths, int64_t blank, const char* reduction, bool zero_infinity) noexcept {
    return spl::core().rt_torch_nn_ctc_loss_tensor(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity);
}

SPL_TORCH_API int64_t rt_torch_nn_ctc_loss_intlist(int64_t log_probs, int64_t targets, SplArray* input_lengths, SplArray* target_lengths, int64_t blank, const char* reduction, bool zero_infinity) noexcept {
    std::vector<int64_t> input_lengths_;
    if (!spl::ints(input_lengths, input_lengths_, __func__, "input_lengths")) return 0;
    std::vector<int64_t> target_lengths_;
    if (!spl::ints(target_lengths, target_lengths_, __func__, "target_lengths")) return 0;
    return spl::core().rt_torch_nn_ctc_loss_intlist(log_probs, targets, input_lengths_.data(), spl::length(input_lengths_), target_lengths_.data(), spl::length(target_lengths_), blank, reduction, zero_infinity);
}

SPL_TORCH_API int64_t rt_torch_nn_embedding_bag(int64_t input, int64_t weight, int64_t offsets, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, const char* mode, bool sparse, int64_t per_sample_weights, bool include_last_offset, int64_t padding_idx, bool padding_idx_present) noexcept {
    return spl::core().rt_torch_nn_embedding_bag(input, weight, offsets, max_norm, max_norm_present, norm_type, scale_grad_by_freq, mode, sparse, per_sample_weights, include_last_offset, padding_idx, padding_idx_present);
}

SPL_TORCH_API int64_t rt_torch_nn_upsample_nearest(int64_t input, SplArray* size, bool size_present, SplArray* scale_factor, bool scale_factor_present) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size", size_present)) return 0;
    std::vector<double> scale_factor_;
    if (!spl::floats(scale_factor, scale_factor_, __func__, "scale_factor", scale_factor_present)) return 0;
    return spl::core().rt_torch_nn_upsample_nearest(input, size_.data(), spl::length(size_), size_present, scale_factor_.data(), spl::length(scale_factor_), scale_factor_present);
}

SPL_TORCH_API int64_t rt_torch_nn_upsample_bilinear(int64_t input, SplArray* size, bool size_present, SplArray* scale_factor, bool scale_factor_present) noexcept {
    std::vector<int64_t> size_;
    if (!spl::ints(size, size_, __func__, "size", size_present)) return 0;
    std::vector<double> scale_factor_;
    if (!spl::floats(scale_factor, scale_factor_, __func__, "scale_factor", scale_factor_present)) return 0;
    return spl::core().rt_torch_nn_upsample_bilinear(input, size_.data(), spl::length(size_), size_present, scale_factor_.data(), spl::length(scale_factor_), scale_factor_present);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_tensor(int64_t start, int64_t end, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_torchtensor_logspace_tensor_tensor(start, end, steps, base, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_scalar(int64_t start, double end, int64_t end_int, int32_t end_kind, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_torchtensor_logspace_tensor_scalar(start, end, end_int, end_kind, steps, base, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_logspace_scalar_tensor(double start, int64_t start_int, int32_t start_kind, int64_t end, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_logspace_scalar_tensor(start, start_int, start_kind, end, steps, base, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_tensor(int64_t start, int64_t end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_torchtensor_linspace_tensor_tensor(start, end, steps, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_scalar(int64_t start, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_torchtensor_linspace_tensor_scalar(start, end, end_int, end_kind, steps, dtype, device_type, device_index);
}

SPL_TORCH_API int64_t rt_torch_tensor_linspace_scalar_tensor(double start, int64_t start_int, int32_t start_kind, int64_t end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) noexcept {
    return spl::core().rt_torch_tensor_linspace_scalar_tensor(start, start_int, start_kind, end, steps, dtype, device_type, device_index);
}

SPL_TORCH_API bool rt_torch_autograd_is_leaf(int64_t handle) noexcept {
    return spl::core().rt_torch_autograd_is_leaf(handle);
}

SPL_TORCH_API bool rt_torch_autograd_has_grad_fn(int64_t handle) noexcept {
    return spl::core().rt_torch_autograd_has_grad_fn(handle);
}

SPL_TORCH_API int64_t rt_torch_autograd_data(int64_t handle) noexcept {
    return spl::core().rt_torch_autograd_data(handle);
}

SPL_TORCH_API void rt_torch_autograd_set_data(int64_t handle, int64_t new_data) noexcept {
    spl::core().rt_torch_autograd_set_data(handle, new_data);
}

SPL_TORCH_API int32_t rt_torch_torchtensor_device_type(int64_t handle) noexcept {
    return spl::core().rt_torch_torchtensor_device_type(handle);
}

SPL_TORCH_API int64_t rt_torch_torchtensor_size_dim(int64_t handle, int64_t dim) noexcept {
    return spl::core().rt_torch_torchtensor_size_dim(handle, dim);
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

SPL_TORCH_API void rt_torch_torchtensor_uniform_(int64_t input, double low, double to) noexcept {
    spl::core().rt_torch_torchtensor_uniform_(input, low, to);
}

SPL_TORCH_API SplArray* rt_torch_torchtensor_lstm_input(int64_t input, SplArray* hx, SplArray* params, bool has_biases, int64_t num_layers, double dropout, bool train, bool bidirectional, bool batch_first) noexcept {
    std::vector<int64_t> hx_;
    if (!spl::ints(hx, hx_, __func__, "hx")) return spl::failed_array();
    std::vector<int64_t> params_;
    if (!spl::ints(params, params_, __func__, "params")) return spl::failed_array();
    return spl::buffer_result<int64_t>(__func__, [](int64_t h) noexcept { spl::core().rt_torch_torchtensor_release(h); }, [&](int64_t* out, int64_t out_capacity) noexcept { return spl::core().rt_torch_torchtensor_lstm_input(input, hx_.data(), spl::length(hx_), params_.data(), spl::length(params_), has_biases, num_layers, dropout, train, bidirectional, batch_first, out, out_capacity); });
}

SPL_TORCH_API void rt_torch_set_default_dtype(int32_t dtype) noexcept {
    spl::core().rt_torch_set_default_dtype(dtype);
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

SPL_TORCH_API bool rt_torch_is_autocast_enabled(const char* device_type) noexcept {
    return spl::core().rt_torch_is_autocast_enabled(device_type);
}

SPL_TORCH_API int32_t rt_torch_get_autocast_dtype(const char* device_type) noexcept {
    return spl::core().rt_torch_get_autocast_dtype(device_type);
}

SPL_TORCH_API char* rt_torch_autograd_grad_fn_name(int64_t handle) noexcept {
    if (!spl::runtime_ready(__func__)) return nullptr;
    return spl::text(__func__, spl::core().rt_torch_autograd_grad_fn_name(handle));
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
