# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""cffi builder (out-of-line API mode) for the C ABI of libtorch_sffi.so.

`sffi-gen build` uses it to compile the extension module torch_sffi._native; to build it by
hand:

    python build_cffi.py --include DIR_OF_torch_sffi.h --libdir DIR_OF_libtorch_sffi.so --out DIR
"""

from __future__ import annotations

import argparse

import cffi

MODULE = "torch_sffi._native"
HEADER = "torch_sffi.h"

CDEF = """
#define RT_TORCH_OK 0
#define RT_TORCH_ERR_INVALID_HANDLE 1
#define RT_TORCH_ERR_INDEX 2
#define RT_TORCH_ERR_VALUE 3
#define RT_TORCH_ERR_TYPE 4
#define RT_TORCH_ERR_UNAVAILABLE 5
#define RT_TORCH_ERR_OUT_OF_MEMORY 6
#define RT_TORCH_ERR_OTHER 7
#define RT_TORCH_DTYPE_UINT8 0
#define RT_TORCH_DTYPE_INT8 1
#define RT_TORCH_DTYPE_INT16 2
#define RT_TORCH_DTYPE_INT32 3
#define RT_TORCH_DTYPE_INT64 4
#define RT_TORCH_DTYPE_FLOAT16 5
#define RT_TORCH_DTYPE_FLOAT32 6
#define RT_TORCH_DTYPE_FLOAT64 7
#define RT_TORCH_DTYPE_COMPLEX64 9
#define RT_TORCH_DTYPE_COMPLEX128 10
#define RT_TORCH_DTYPE_BOOL 11
#define RT_TORCH_DTYPE_BFLOAT16 15
#define RT_TORCH_DEVICE_CPU 0
#define RT_TORCH_DEVICE_CUDA 1
#define RT_TORCH_DEVICE_META 14
#define RT_TORCH_SCALAR_FLOAT 0
#define RT_TORCH_SCALAR_INT 1
#define RT_TORCH_SCALAR_BOOL 2
#define RT_TORCH_SCALAR_NONE ...
bool rt_torch_available(void);
const char* rt_torch_version(void);
bool rt_torch_cuda_available(void);
int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_tensor_ones(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_tensor_randn(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_tensor_rand(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value);
int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_tensor_arange(double start, double end, double step);
int64_t rt_torch_tensor_linspace(double start, double end, int64_t steps);
int64_t rt_torch_tensor_eye(int64_t n);
int64_t rt_torch_tensor_empty(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_sub(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_mul(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_div(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_pow(int64_t handle, double exponent);
int64_t rt_torch_torchtensor_neg(int64_t handle);
int64_t rt_torch_torchtensor_abs(int64_t handle);
int64_t rt_torch_torchtensor_sqrt(int64_t handle);
int64_t rt_torch_torchtensor_exp(int64_t handle);
int64_t rt_torch_torchtensor_log(int64_t handle);
int64_t rt_torch_torchtensor_add_scalar(int64_t handle, double scalar);
int64_t rt_torch_torchtensor_mul_scalar(int64_t handle, double scalar);
int64_t rt_torch_torchtensor_relu(int64_t handle);
int64_t rt_torch_torchtensor_sigmoid(int64_t handle);
int64_t rt_torch_torchtensor_tanh(int64_t handle);
int64_t rt_torch_torchtensor_leaky_relu(int64_t handle, double negative_slope);
int64_t rt_torch_torchtensor_gelu(int64_t handle);
int64_t rt_torch_torchtensor_softmax(int64_t handle, int64_t dim);
int64_t rt_torch_torchtensor_log_softmax(int64_t handle, int64_t dim);
int64_t rt_torch_torchtensor_matmul(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_dot(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_transpose(int64_t handle, int64_t dim0, int64_t dim1);
int64_t rt_torch_torchtensor_t(int64_t handle);
double rt_torch_torchtensor_norm(int64_t handle);
double rt_torch_torchtensor_det(int64_t handle);
int64_t rt_torch_torchtensor_inverse(int64_t handle);
int64_t rt_torch_torchtensor_svd(int64_t handle);
int64_t rt_torch_torchtensor_eig(int64_t handle);
double rt_torch_torchtensor_sum(int64_t handle);
int64_t rt_torch_torchtensor_sum_dim(int64_t handle, int64_t dim, bool keepdim);
double rt_torch_torchtensor_mean(int64_t handle);
int64_t rt_torch_torchtensor_mean_dim(int64_t handle, int64_t dim, bool keepdim);
double rt_torch_torchtensor_max(int64_t handle);
int64_t rt_torch_torchtensor_max_dim(int64_t handle, int64_t dim, bool keepdim);
double rt_torch_torchtensor_min(int64_t handle);
int64_t rt_torch_torchtensor_min_dim(int64_t handle, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_argmax(int64_t handle, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_argmin(int64_t handle, int64_t dim, bool keepdim);
double rt_torch_torchtensor_std(int64_t handle);
double rt_torch_torchtensor_var(int64_t handle);
int64_t rt_torch_torchtensor_ndim(int64_t handle);
int64_t rt_torch_torchtensor_numel(int64_t handle);
int64_t rt_torch_torchtensor_shape(int64_t handle, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_reshape(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_view(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_permute(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_squeeze(int64_t handle);
int64_t rt_torch_torchtensor_squeeze_dim(int64_t handle, int64_t dim);
int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim);
int64_t rt_torch_torchtensor_flatten(int64_t handle);
int64_t rt_torch_torchtensor_contiguous(int64_t handle);
int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step);
int64_t rt_torch_torchtensor_index_select(int64_t handle, int64_t dim, int64_t indices);
int64_t rt_torch_torchtensor_gather(int64_t handle, int64_t dim, int64_t indices);
int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim);
int64_t rt_torch_torchtensor_stack(const int64_t* tensors, int64_t tensors_len, int64_t dim);
int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_conv2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len);
int64_t rt_torch_nn_avg_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len);
int64_t rt_torch_nn_batch_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool training, double momentum, double eps);
int64_t rt_torch_nn_layer_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, int64_t bias, double eps);
int64_t rt_torch_nn_dropout(int64_t input, double p, bool training);
int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias);
int64_t rt_torch_nn_embedding(int64_t input, int64_t weight);
double rt_torch_nn_mse_loss(int64_t input, int64_t target);
double rt_torch_nn_cross_entropy(int64_t input, int64_t target);
double rt_torch_nn_binary_cross_entropy(int64_t input, int64_t target);
double rt_torch_nn_nll_loss(int64_t input, int64_t target);
void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad);
bool rt_torch_autograd_requires_grad(int64_t handle);
int64_t rt_torch_autograd_grad(int64_t handle);
void rt_torch_autograd_backward(int64_t handle);
void rt_torch_autograd_zero_grad(int64_t handle);
int64_t rt_torch_autograd_detach(int64_t handle);
void rt_torch_autograd_no_grad_begin(void);
void rt_torch_autograd_no_grad_end(void);
int64_t rt_torch_torchtensor_cuda(int64_t handle, int32_t device_id);
int64_t rt_torch_torchtensor_cpu(int64_t handle);
bool rt_torch_torchtensor_is_cuda(int64_t handle);
int32_t rt_torch_torchtensor_device(int64_t handle);
int64_t rt_torch_torchtensor_to_stream(int64_t handle, int32_t device_id, int64_t stream);
int64_t rt_torch_torchtensor_clone(int64_t handle);
int64_t rt_torch_stream_create(int32_t device_id);
void rt_torch_torchstream_sync(int64_t handle);
bool rt_torch_torchstream_query(int64_t handle);
void rt_torch_torchstream_free(int64_t handle);
void rt_torch_torchtensor_free(int64_t handle);
int64_t rt_torch_cuda_memory_allocated(int32_t device_id);
int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id);
void rt_torch_cuda_empty_cache(void);
int32_t rt_torch_error_code(void);
const char* rt_torch_error_message(void);
void rt_torch_error_clear(void);
int64_t rt_torch_live_handles(void);
bool rt_torch_torchtensor_release(int64_t handle);
void rt_torch_manual_seed(int64_t seed);
void rt_torch_set_num_threads(int32_t num_threads);
int32_t rt_torch_get_num_threads(void);
int32_t rt_torch_cuda_device_count(void);
int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
double rt_torch_torchtensor_item(int64_t handle);
int64_t rt_torch_torchtensor_data_f64(int64_t handle, double* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_data_i64(int64_t handle, int64_t* out, int64_t out_capacity);
int32_t rt_torch_torchtensor_dtype(int64_t handle);
int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype);
int64_t rt_torch_torchtensor_real(int64_t handle);
int64_t rt_torch_torchtensor_imag(int64_t handle);
int64_t rt_torch_torchtensor_sum_all(int64_t handle);
int64_t rt_torch_torchtensor_mean_all(int64_t handle);
int64_t rt_torch_torchtensor_max_all(int64_t handle);
int64_t rt_torch_torchtensor_min_all(int64_t handle);
int64_t rt_torch_torchtensor_div_scalar(int64_t handle, double scalar);
int64_t rt_torch_torchtensor_maximum(int64_t handle, int64_t other);
void rt_torch_autograd_set_grad(int64_t handle, int64_t grad);
void rt_torch_torchtensor_add_(int64_t handle, int64_t other, double alpha);
void rt_torch_torchtensor_add_scalar_(int64_t handle, double scalar);
void rt_torch_torchtensor_add_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
void rt_torch_torchtensor_add_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
void rt_torch_torchtensor_mul_(int64_t handle, int64_t other);
void rt_torch_torchtensor_mul_scalar_(int64_t handle, double scalar);
void rt_torch_torchtensor_mul_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind);
void rt_torch_torchtensor_addcmul_(int64_t handle, int64_t tensor1, int64_t tensor2, double value);
void rt_torch_torchtensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, double value);
void rt_torch_torchtensor_lerp_(int64_t handle, int64_t end, double weight);
void rt_torch_torchtensor_zero_(int64_t handle);
void rt_torch_torchtensor_copy_(int64_t handle, int64_t src);
int64_t rt_torch_tensor_zeros_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_ones_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_empty_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_tensor_randn_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_rand_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_full_v2(const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_arange_v2(double end, int64_t end_int, int32_t end_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_arange_start_step(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, double step, int64_t step_int, int32_t step_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_linspace_v2(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_eye_v2(int64_t n, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_eye_m(int64_t n, int64_t m, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_add_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_add_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_sub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_sub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_rsub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_rsub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_reciprocal(int64_t input);
int64_t rt_torch_torchtensor_mul_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_mul_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_div_tensor_mode(int64_t input, int64_t other, const char* rounding_mode);
int64_t rt_torch_torchtensor_div_scalar_mode(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode);
int64_t rt_torch_torchtensor_pow_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind);
int64_t rt_torch_torchtensor_pow_tensor_tensor(int64_t input, int64_t exponent);
int64_t rt_torch_tensor_pow_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent);
int64_t rt_torch_torchtensor_gelu_v2(int64_t input, const char* approximate);
int64_t rt_torch_torchtensor_softmax_int(int64_t input, int64_t dim, int32_t dtype);
int64_t rt_torch_torchtensor_log_softmax_int(int64_t input, int64_t dim, int32_t dtype);
int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_linalg_det(int64_t input);
int64_t rt_torch_torchtensor_linalg_svd(int64_t input, bool full_matrices, const char* driver, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_eig(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_mean_dim_v2(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_max_dim_v2(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_max_other(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_min_dim_v2(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_min_other(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_argmax_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_argmin_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_std_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim);
int64_t rt_torch_torchtensor_std_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim);
int64_t rt_torch_torchtensor_std_v2(int64_t input, bool unbiased);
int64_t rt_torch_torchtensor_var_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim);
int64_t rt_torch_torchtensor_var_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim);
int64_t rt_torch_torchtensor_var_v2(int64_t input, bool unbiased);
int64_t rt_torch_torchtensor_squeeze_dims(int64_t input, const int64_t* dim, int64_t dim_len);
int64_t rt_torch_torchtensor_flatten_using_ints(int64_t input, int64_t start_dim, int64_t end_dim);
int64_t rt_torch_torchtensor_select_int(int64_t input, int64_t dim, int64_t index);
int64_t rt_torch_torchtensor_index_tensor(int64_t input, const int64_t* indices, int64_t indices_len);
int64_t rt_torch_nn_conv2d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_max_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode);
int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_avg_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present);
int64_t rt_torch_nn_embedding_v2(int64_t input, int64_t weight, int64_t padding_idx, bool padding_idx_present, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, bool sparse);
int64_t rt_torch_nn_mse_loss_v2(int64_t input, int64_t target, const char* reduction);
int64_t rt_torch_nn_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction, double label_smoothing);
int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, const char* reduction);
int64_t rt_torch_nn_nll_loss_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction);
int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag);
int64_t rt_torch_torchtensor_to_dtype_v2(int64_t input, int32_t dtype, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_torchtensor_to_other(int64_t input, int64_t other, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_torchtensor_to_dtype_layout(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_torchtensor_clone_v2(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_contiguous_v2(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_sin(int64_t input);
int64_t rt_torch_nn_hardswish(int64_t input);
int64_t rt_torch_torchtensor_elu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_celu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_selu(int64_t input);
int64_t rt_torch_torchtensor_silu(int64_t input);
int64_t rt_torch_torchtensor_hardsigmoid(int64_t input);
int64_t rt_torch_nn_log_sigmoid(int64_t input);
int64_t rt_torch_torchtensor_mish(int64_t input);
int64_t rt_torch_torchtensor_softsign(int64_t input);
int64_t rt_torch_torchtensor_tanhshrink(int64_t input);
int64_t rt_torch_torchtensor_threshold(int64_t input, double threshold, int64_t threshold_int, int32_t threshold_kind, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_torchtensor_softshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind);
int64_t rt_torch_torchtensor_hardshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind);
int64_t rt_torch_torchtensor_hardtanh(int64_t input, double min_val, int64_t min_val_int, int32_t min_val_kind, double max_val, int64_t max_val_int, int32_t max_val_kind);
int64_t rt_torch_torchtensor_relu6(int64_t input);
int64_t rt_torch_torchtensor_softplus(int64_t input, double beta, int64_t beta_int, int32_t beta_kind, double threshold, int64_t threshold_int, int32_t threshold_kind);
int64_t rt_torch_nn_glu(int64_t input, int64_t dim);
int64_t rt_torch_torchtensor_prelu(int64_t input, int64_t weight);
int64_t rt_torch_torchtensor_softmin(int64_t input, int64_t dim, bool dim_present, int32_t dtype);
int64_t rt_torch_nn_l1_loss(int64_t input, int64_t target, const char* reduction, int64_t weight);
int64_t rt_torch_nn_smooth_l1_loss(int64_t input, int64_t target, const char* reduction, double beta);
int64_t rt_torch_nn_huber_loss(int64_t input, int64_t target, const char* reduction, double delta, int64_t weight);
int64_t rt_torch_nn_soft_margin_loss(int64_t input, int64_t target, const char* reduction);
int64_t rt_torch_nn_margin_ranking_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction);
int64_t rt_torch_nn_multi_margin_loss(int64_t input, int64_t target, int64_t p, double margin, int64_t weight, const char* reduction);
int64_t rt_torch_nn_multilabel_margin_loss(int64_t input, int64_t target, const char* reduction);
int64_t rt_torch_nn_multilabel_soft_margin_loss(int64_t input, int64_t target, int64_t weight, const char* reduction);
int64_t rt_torch_nn_hinge_embedding_loss(int64_t input, int64_t target, double margin, const char* reduction);
int64_t rt_torch_nn_cosine_embedding_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction);
int64_t rt_torch_nn_kl_div(int64_t input, int64_t target, const char* reduction, bool log_target);
int64_t rt_torch_nn_poisson_nll_loss(int64_t input, int64_t target, bool log_input, bool full, double eps, const char* reduction);
int64_t rt_torch_nn_binary_cross_entropy_with_logits(int64_t input, int64_t target, int64_t weight, const char* reduction, int64_t pos_weight);
int64_t rt_torch_nn_triplet_margin_loss(int64_t anchor, int64_t positive, int64_t negative, double margin, double p, double eps, bool swap, const char* reduction);
int64_t rt_torch_nn_conv1d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_conv1d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_conv3d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_conv3d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_conv_transpose1d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len);
int64_t rt_torch_nn_conv_transpose2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len);
int64_t rt_torch_nn_conv_transpose3d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len);
int64_t rt_torch_nn_avg_pool1d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad);
int64_t rt_torch_nn_max_pool1d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode);
int64_t rt_torch_nn_max_pool1d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_avg_pool3d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present);
int64_t rt_torch_nn_max_pool3d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode);
int64_t rt_torch_nn_max_pool3d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_adaptive_avg_pool1d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_adaptive_max_pool1d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_adaptive_max_pool1d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_adaptive_avg_pool2d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_adaptive_max_pool2d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_adaptive_max_pool2d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_adaptive_avg_pool3d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_adaptive_max_pool3d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_group_norm(int64_t input, int64_t num_groups, int64_t weight, int64_t bias, double eps);
int64_t rt_torch_nn_instance_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool use_input_stats, double momentum, double eps);
int64_t rt_torch_nn_rms_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, double eps, bool eps_present);
int64_t rt_torch_nn_local_response_norm(int64_t input, int64_t size, double alpha, double beta, double k);
int64_t rt_torch_nn_normalize(int64_t input, double p, int64_t dim, double eps);
int64_t rt_torch_nn_pad(int64_t input, const int64_t* pad, int64_t pad_len, const char* mode, double value, bool value_present);
int64_t rt_torch_nn_unfold(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* dilation, int64_t dilation_len, const int64_t* padding, int64_t padding_len, const int64_t* stride, int64_t stride_len);
int64_t rt_torch_nn_cosine_similarity(int64_t x1, int64_t x2, int64_t dim, double eps);
int64_t rt_torch_nn_pairwise_distance(int64_t x1, int64_t x2, double p, double eps, bool keepdim);
int64_t rt_torch_nn_pdist(int64_t input, double p);
int64_t rt_torch_nn_pixel_shuffle(int64_t input, int64_t upscale_factor);
int64_t rt_torch_nn_pixel_unshuffle(int64_t input, int64_t downscale_factor);
int64_t rt_torch_nn_channel_shuffle(int64_t input, int64_t groups);
int64_t rt_torch_nn_one_hot(int64_t tensor, int64_t num_classes);
int64_t rt_torch_nn_bilinear(int64_t input1, int64_t input2, int64_t weight, int64_t bias);
int64_t rt_torch_nn_dropout2d(int64_t input, double p, bool training);
int64_t rt_torch_nn_dropout3d(int64_t input, double p, bool training);
int64_t rt_torch_nn_alpha_dropout(int64_t input, double p, bool training);
int64_t rt_torch_nn_scaled_dot_product_attention(int64_t query, int64_t key, int64_t value, int64_t attn_mask, double dropout_p, bool is_causal, double scale, bool scale_present, bool enable_gqa);
int64_t rt_torch_nn_grid_sample(int64_t input, int64_t grid, const char* mode, const char* padding_mode, bool align_corners, bool align_corners_present);
int64_t rt_torch_nn_interpolate(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present, const char* mode, bool align_corners, bool align_corners_present, bool recompute_scale_factor, bool recompute_scale_factor_present, bool antialias);
int64_t rt_torch_nn_max_unpool1d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present);
int64_t rt_torch_nn_max_unpool2d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present);
int64_t rt_torch_nn_max_unpool3d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present);
int64_t rt_torch_nn_gaussian_nll_loss(int64_t input, int64_t target, int64_t variance, bool full, double eps, const char* reduction);
int64_t rt_torch_nn_gaussian_nll_loss_float(int64_t input, int64_t target, double variance, int64_t variance_int, int32_t variance_kind, bool full, double eps, const char* reduction);
int64_t rt_torch_nn_ctc_loss_tensor(int64_t log_probs, int64_t targets, int64_t input_lengths, int64_t target_lengths, int64_t blank, const char* reduction, bool zero_infinity);
int64_t rt_torch_nn_ctc_loss_intlist(int64_t log_probs, int64_t targets, const int64_t* input_lengths, int64_t input_lengths_len, const int64_t* target_lengths, int64_t target_lengths_len, int64_t blank, const char* reduction, bool zero_infinity);
int64_t rt_torch_nn_embedding_bag(int64_t input, int64_t weight, int64_t offsets, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, const char* mode, bool sparse, int64_t per_sample_weights, bool include_last_offset, int64_t padding_idx, bool padding_idx_present);
int64_t rt_torch_nn_upsample_nearest(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present);
int64_t rt_torch_nn_upsample_bilinear(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present);
"""


def make_builder(include_dir: str, library_dir: str, rpaths: list[str]) -> cffi.FFI:
    """An FFI builder for the extension, linking libtorch_sffi with the given run paths."""
    ffi = cffi.FFI()
    ffi.cdef(CDEF)
    ffi.set_source(
        MODULE,
        f'#include "{HEADER}"',
        include_dirs=[include_dir],
        library_dirs=[library_dir],
        libraries=["torch_sffi"],
        extra_link_args=[f"-Wl,-rpath,{path}" for path in rpaths],
    )
    return ffi


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--include", required=True, help="folder of torch_sffi.h")
    parser.add_argument("--libdir", required=True, help="folder of libtorch_sffi.so")
    parser.add_argument("--rpath", action="append", default=[], help="run path to embed (repeatable)")
    parser.add_argument("--out", default=".", help="where to put the compiled module")
    args = parser.parse_args()
    make_builder(args.include, args.libdir, args.rpath or [args.libdir]).compile(tmpdir=args.out)


if __name__ == "__main__":
    main()
