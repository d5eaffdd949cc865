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

}  // extern "C"
