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
int64_t rt_torch_torchtensor_stride(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_stride_int(int64_t input, int64_t dim);
int64_t rt_torch_torchtensor_storage_offset(int64_t input);
bool rt_torch_torchtensor_is_contiguous(int64_t input, const char* memory_format);
bool rt_torch_torchtensor_is_complex(int64_t input);
bool rt_torch_torchtensor_is_floating_point(int64_t input);
int64_t rt_torch_torchtensor_element_size(int64_t input);
int64_t rt_torch_torchtensor_type_as(int64_t input, int64_t other);
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
void rt_torch_autograd_no_grad_begin_v2(void);
void rt_torch_autograd_no_grad_end_v2(void);
int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle, int32_t device_id, int64_t stream);
void rt_torch_torchstream_sync_v2(int64_t handle);
bool rt_torch_torchstream_query_v2(int64_t handle);
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
int64_t rt_torch_torchtensor_view_v2(int64_t input, const int64_t* size, int64_t size_len);
int64_t rt_torch_nn_conv2d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_max_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode);
int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_avg_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present);
int64_t rt_torch_nn_embedding_v2(int64_t input, int64_t weight, int64_t padding_idx, bool padding_idx_present, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, bool sparse);
int64_t rt_torch_nn_linear_v2(int64_t input, int64_t weight, int64_t bias);
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
int64_t rt_torch_torchtensor_cumsum(int64_t input, int64_t dim, int32_t dtype);
int64_t rt_torch_torchtensor_cumprod(int64_t input, int64_t dim, int32_t dtype);
int64_t rt_torch_torchtensor_cummax(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_cummin(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_logcumsumexp(int64_t input, int64_t dim);
int64_t rt_torch_torchtensor_logsumexp(int64_t input, const int64_t* dim, int64_t dim_len, bool keepdim);
int64_t rt_torch_torchtensor_prod(int64_t input, int32_t dtype);
int64_t rt_torch_torchtensor_prod_dim_int(int64_t input, int64_t dim, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_all_dim(int64_t input, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_all_dims(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_all(int64_t input);
int64_t rt_torch_torchtensor_any_dim(int64_t input, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_any_dims(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_any(int64_t input);
int64_t rt_torch_torchtensor_amax(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_amin(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_aminmax(int64_t input, int64_t dim, bool dim_present, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_count_nonzero_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len);
int64_t rt_torch_torchtensor_count_nonzero(int64_t input, int64_t dim, bool dim_present);
int64_t rt_torch_torchtensor_nansum(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_nanmean(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_median(int64_t input);
int64_t rt_torch_torchtensor_median_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_nanmedian(int64_t input);
int64_t rt_torch_torchtensor_nanmedian_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_mode(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_kthvalue(int64_t input, int64_t k, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_topk(int64_t input, int64_t k, int64_t dim, bool largest, bool sorted, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_sort(int64_t input, int64_t dim, bool descending, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_sort_stable(int64_t input, bool stable, bool stable_present, int64_t dim, bool descending, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_argsort(int64_t input, int64_t dim, bool descending);
int64_t rt_torch_torchtensor_argsort_stable(int64_t input, bool stable, int64_t dim, bool descending);
int64_t rt_torch_torchtensor_msort(int64_t input);
int64_t rt_torch_torchtensor_quantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation);
int64_t rt_torch_torchtensor_quantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation);
int64_t rt_torch_torchtensor_nanquantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation);
int64_t rt_torch_torchtensor_nanquantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation);
int64_t rt_torch_torchtensor_var_mean(int64_t input, bool unbiased, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_var_mean_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_var_mean_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_std_mean(int64_t input, bool unbiased, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_std_mean_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_std_mean_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_histc(int64_t input, int64_t bins, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind);
int64_t rt_torch_torchtensor_bincount(int64_t input, int64_t weights, int64_t minlength);
int64_t rt_torch_torchtensor_bucketize_tensor(int64_t input, int64_t boundaries, bool out_int32, bool right);
int64_t rt_torch_tensor_bucketize_scalar(double input, int64_t input_int, int32_t input_kind, int64_t boundaries, bool out_int32, bool right);
int64_t rt_torch_torchtensor_searchsorted_tensor(int64_t sorted_sequence, int64_t input, bool out_int32, bool right, const char* side, int64_t sorter);
int64_t rt_torch_torchtensor_searchsorted_scalar(int64_t sorted_sequence, double input, int64_t input_int, int32_t input_kind, bool out_int32, bool right, const char* side, int64_t sorter);
int64_t rt_torch_torchtensor_diff(int64_t input, int64_t n, int64_t dim, int64_t prepend, int64_t append);
int64_t rt_torch_torchtensor_expand(int64_t input, const int64_t* size, int64_t size_len, bool implicit);
int64_t rt_torch_torchtensor_expand_as(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_broadcast_to(int64_t input, const int64_t* size, int64_t size_len);
int64_t rt_torch_torchtensor_flip(int64_t input, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_fliplr(int64_t input);
int64_t rt_torch_torchtensor_flipud(int64_t input);
int64_t rt_torch_torchtensor_roll(int64_t input, const int64_t* shifts, int64_t shifts_len, const int64_t* dims, int64_t dims_len, bool dims_present);
int64_t rt_torch_torchtensor_rot90(int64_t input, int64_t k, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_repeat(int64_t input, const int64_t* repeats, int64_t repeats_len);
int64_t rt_torch_torchtensor_repeat_interleave_tensor(int64_t repeats, int64_t output_size, bool output_size_present);
int64_t rt_torch_torchtensor_repeat_interleave_self_tensor(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present);
int64_t rt_torch_torchtensor_repeat_interleave_self_int(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present);
int64_t rt_torch_torchtensor_tile(int64_t input, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_movedim_intlist(int64_t input, const int64_t* source, int64_t source_len, const int64_t* destination, int64_t destination_len);
int64_t rt_torch_torchtensor_movedim_int(int64_t input, int64_t source, int64_t destination);
int64_t rt_torch_torchtensor_unbind_int(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_split_tensor(int64_t input, int64_t split_size, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_split_sizes(int64_t input, const int64_t* split_size, int64_t split_size_len, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_split_with_sizes(int64_t input, const int64_t* split_sizes, int64_t split_sizes_len, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_tensor_split_sections(int64_t input, int64_t sections, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_tensor_split_indices(int64_t input, const int64_t* indices, int64_t indices_len, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(int64_t input, int64_t tensor_indices_or_sections, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_hsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_hsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_vsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_vsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_dsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_dsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_narrow(int64_t input, int64_t dim, int64_t start, int64_t length);
int64_t rt_torch_torchtensor_narrow_tensor(int64_t input, int64_t dim, int64_t start, int64_t length);
int64_t rt_torch_torchtensor_unflatten_int(int64_t input, int64_t dim, const int64_t* sizes, int64_t sizes_len);
int64_t rt_torch_torchtensor_ravel(int64_t input);
int64_t rt_torch_torchtensor_hstack(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_vstack(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_dstack(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_column_stack(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_atleast_1d(int64_t input);
int64_t rt_torch_torchtensor_atleast_1d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_atleast_2d(int64_t input);
int64_t rt_torch_torchtensor_atleast_2d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_atleast_3d(int64_t input);
int64_t rt_torch_torchtensor_atleast_3d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_tril(int64_t input, int64_t diagonal);
int64_t rt_torch_torchtensor_triu(int64_t input, int64_t diagonal);
int64_t rt_torch_torchtensor_diag(int64_t input, int64_t diagonal);
int64_t rt_torch_torchtensor_diag_embed(int64_t input, int64_t offset, int64_t dim1, int64_t dim2);
int64_t rt_torch_torchtensor_diagonal(int64_t input, int64_t offset, int64_t dim1, int64_t dim2);
int64_t rt_torch_torchtensor_diagflat(int64_t input, int64_t offset);
int64_t rt_torch_torchtensor_trace(int64_t input);
int64_t rt_torch_torchtensor_kron(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_meshgrid(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_meshgrid_indexing(const int64_t* tensors, int64_t tensors_len, const char* indexing, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_view_as(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_reshape_as(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_unfold(int64_t input, int64_t dimension, int64_t size, int64_t step);
int64_t rt_torch_torchtensor_index_add(int64_t input, int64_t dim, int64_t index, int64_t source, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_index_copy(int64_t input, int64_t dim, int64_t index, int64_t source);
int64_t rt_torch_torchtensor_index_fill_int_scalar(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input, int64_t dim, int64_t index, int64_t value);
int64_t rt_torch_torchtensor_index_put(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate);
int64_t rt_torch_torchtensor_index_reduce(int64_t input, int64_t dim, int64_t index, int64_t source, const char* reduce, bool include_self);
int64_t rt_torch_torchtensor_scatter_src(int64_t input, int64_t dim, int64_t index, int64_t src);
int64_t rt_torch_torchtensor_scatter_value(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_torchtensor_scatter_reduce(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce);
int64_t rt_torch_torchtensor_scatter_value_reduce(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind, const char* reduce);
int64_t rt_torch_torchtensor_scatter_add(int64_t input, int64_t dim, int64_t index, int64_t src);
int64_t rt_torch_torchtensor_scatter_reduce_two(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce, bool include_self);
int64_t rt_torch_torchtensor_take(int64_t input, int64_t index);
int64_t rt_torch_torchtensor_take_along_dim(int64_t input, int64_t indices, int64_t dim, bool dim_present);
int64_t rt_torch_torchtensor_put(int64_t input, int64_t index, int64_t source, bool accumulate);
int64_t rt_torch_torchtensor_nonzero(int64_t input);
int64_t rt_torch_torchtensor_nonzero_numpy(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_argwhere(int64_t input);
int64_t rt_torch_torchtensor_select_scatter(int64_t input, int64_t src, int64_t dim, int64_t index);
int64_t rt_torch_torchtensor_slice_scatter(int64_t input, int64_t src, int64_t dim, int64_t start, bool start_present, int64_t end, bool end_present, int64_t step);
int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input, int64_t src, int64_t offset, int64_t dim1, int64_t dim2);
int64_t rt_torch_torchtensor_zeros_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_ones_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_empty_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_full_like(int64_t input, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_randn_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_rand_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_randint_like(int64_t input, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_randint_like_low_dtype(int64_t input, int64_t low, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_tensor_randint(int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_randint_low(int64_t low, int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean, int64_t std_arg);
int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean, double std_arg);
int64_t rt_torch_tensor_normal_float_tensor(double mean, int64_t std_arg);
int64_t rt_torch_tensor_normal_float_float(double mean, double std_arg, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_bernoulli(int64_t input);
int64_t rt_torch_torchtensor_bernoulli_p(int64_t input, double p);
int64_t rt_torch_torchtensor_multinomial(int64_t input, int64_t num_samples, bool replacement);
int64_t rt_torch_tensor_logspace(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_tril_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_triu_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_empty_strided(const int64_t* size, int64_t size_len, const int64_t* stride, int64_t stride_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_new_zeros(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_new_ones(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_new_full(int64_t input, const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_new_empty(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_polar(int64_t abs, int64_t angle);
int64_t rt_torch_torchtensor_view_as_real(int64_t input);
int64_t rt_torch_torchtensor_view_as_complex(int64_t input);
int64_t rt_torch_torchtensor_bool(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_byte(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_char(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_short(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_int(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_long(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_half(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_bfloat16(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_float(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_double(int64_t input, const char* memory_format);
void rt_torch_torchtensor_normal_(int64_t input, double mean, double std_arg);
int64_t rt_torch_torchtensor_mm(int64_t input, int64_t mat2);
int64_t rt_torch_torchtensor_bmm(int64_t input, int64_t mat2);
int64_t rt_torch_torchtensor_mv(int64_t input, int64_t vec);
int64_t rt_torch_torchtensor_addmm(int64_t input, int64_t mat1, int64_t mat2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_addmv(int64_t input, int64_t mat, int64_t vec, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_addbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_baddbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_addr(int64_t input, int64_t vec1, int64_t vec2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_vdot(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_outer(int64_t input, int64_t vec2);
int64_t rt_torch_torchtensor_inner(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_cross(int64_t input, int64_t other, int64_t dim, bool dim_present);
int64_t rt_torch_tensor_einsum(const char* equation, const int64_t* tensors, int64_t tensors_len, const int64_t* path, int64_t path_len, bool path_present);
int64_t rt_torch_torchtensor_dist(int64_t input, int64_t other, double p, int64_t p_int, int32_t p_kind);
int64_t rt_torch_torchtensor_cdist(int64_t x1, int64_t x2, double p, const char* compute_mode);
int64_t rt_torch_torchtensor_matrix_exp(int64_t input);
int64_t rt_torch_torchtensor_logdet(int64_t input);
int64_t rt_torch_torchtensor_pinverse(int64_t input, double rcond);
int64_t rt_torch_torchtensor_cholesky(int64_t input, bool upper);
int64_t rt_torch_torchtensor_cholesky_inverse(int64_t input, bool upper);
int64_t rt_torch_torchtensor_cholesky_solve(int64_t input, int64_t input2, bool upper);
int64_t rt_torch_torchtensor_qr(int64_t input, bool some, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_svd_v2(int64_t input, bool some, bool compute_uv, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_lu_unpack(int64_t lu_data, int64_t lu_pivots, bool unpack_data, bool unpack_pivots, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_lu_solve(int64_t input, int64_t lu_data, int64_t lu_pivots);
int64_t rt_torch_torchtensor_triangular_solve(int64_t input, int64_t a, bool upper, bool transpose, bool unitriangular, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_geqrf(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_ormqr(int64_t input, int64_t input2, int64_t input3, bool left, bool transpose);
int64_t rt_torch_torchtensor_corrcoef(int64_t input);
int64_t rt_torch_torchtensor_cov(int64_t input, int64_t correction, int64_t fweights, int64_t aweights);
int64_t rt_torch_torchtensor_trapezoid_x(int64_t y, int64_t x, int64_t dim);
int64_t rt_torch_torchtensor_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim);
int64_t rt_torch_torchtensor_trapz_x(int64_t y, int64_t x, int64_t dim);
int64_t rt_torch_torchtensor_trapz_dx(int64_t y, double dx, int64_t dim);
int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y, int64_t x, int64_t dim);
int64_t rt_torch_torchtensor_cumulative_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim);
int64_t rt_torch_torchtensor_linalg_cross(int64_t input, int64_t other, int64_t dim);
int64_t rt_torch_torchtensor_linalg_diagonal(int64_t a, int64_t offset, int64_t dim1, int64_t dim2);
int64_t rt_torch_torchtensor_linalg_cholesky(int64_t input, bool upper);
int64_t rt_torch_torchtensor_linalg_cholesky_ex(int64_t input, bool upper, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_vecdot(int64_t x, int64_t y, int64_t dim);
int64_t rt_torch_torchtensor_linalg_cond(int64_t input, double p, int64_t p_int, int32_t p_kind);
int64_t rt_torch_torchtensor_linalg_cond_p_str(int64_t input, const char* p);
int64_t rt_torch_torchtensor_linalg_eigvals(int64_t input);
int64_t rt_torch_torchtensor_linalg_eigh(int64_t input, const char* uplo, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_eigvalsh(int64_t input, const char* uplo);
int64_t rt_torch_torchtensor_linalg_householder_product(int64_t input, int64_t tau);
int64_t rt_torch_torchtensor_linalg_ldl_factor(int64_t input, bool hermitian, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_ldl_factor_ex(int64_t input, bool hermitian, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_ldl_solve(int64_t ld, int64_t pivots, int64_t b, bool hermitian);
int64_t rt_torch_torchtensor_linalg_lstsq(int64_t input, int64_t b, double rcond, bool rcond_present, const char* driver, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_matrix_power(int64_t input, int64_t n);
int64_t rt_torch_torchtensor_linalg_multi_dot(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_linalg_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_linalg_norm_ord_str(int64_t input, const char* ord, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_linalg_matrix_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord(int64_t input, const char* ord, const int64_t* dim, int64_t dim_len, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_linalg_qr(int64_t a, const char* mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_slogdet(int64_t a, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_vander(int64_t x, int64_t n, bool n_present);
int64_t rt_torch_torchtensor_linalg_lu_factor(int64_t a, bool pivot, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_lu_factor_ex(int64_t a, bool pivot, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_lu(int64_t a, bool pivot, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_lu_solve(int64_t lu, int64_t pivots, int64_t b, bool left, bool adjoint);
int64_t rt_torch_torchtensor_linalg_inv_ex(int64_t a, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_solve(int64_t a, int64_t b, bool left);
int64_t rt_torch_torchtensor_linalg_solve_ex(int64_t a, int64_t b, bool left, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_solve_triangular(int64_t input, int64_t b, bool upper, bool left, bool unitriangular);
int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian);
int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian);
int64_t rt_torch_torchtensor_linalg_matrix_rank(int64_t input, double tol, bool hermitian);
int64_t rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(int64_t input, int64_t tol, bool hermitian);
int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian);
int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian);
int64_t rt_torch_torchtensor_linalg_pinv(int64_t input, double rcond, bool hermitian);
int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor(int64_t input, int64_t rcond, bool hermitian);
int64_t rt_torch_torchtensor_linalg_svdvals(int64_t a, const char* driver);
int64_t rt_torch_torchtensor_linalg_tensorinv(int64_t input, int64_t ind);
int64_t rt_torch_torchtensor_linalg_tensorsolve(int64_t input, int64_t other, const int64_t* dims, int64_t dims_len, bool dims_present);
int64_t rt_torch_torchtensor_mt(int64_t input);
int64_t rt_torch_torchtensor_mh(int64_t input);
int64_t rt_torch_torchtensor_numpy_t(int64_t input);
int64_t rt_torch_torchtensor_matrix_h(int64_t input);
int64_t rt_torch_torchtensor_cos(int64_t input);
int64_t rt_torch_torchtensor_tan(int64_t input);
int64_t rt_torch_torchtensor_acos(int64_t input);
int64_t rt_torch_torchtensor_acosh(int64_t input);
int64_t rt_torch_torchtensor_asin(int64_t input);
int64_t rt_torch_torchtensor_asinh(int64_t input);
int64_t rt_torch_torchtensor_atan(int64_t input);
int64_t rt_torch_torchtensor_atanh(int64_t input);
int64_t rt_torch_torchtensor_cosh(int64_t input);
int64_t rt_torch_torchtensor_sinh(int64_t input);
int64_t rt_torch_torchtensor_ceil(int64_t input);
int64_t rt_torch_torchtensor_floor(int64_t input);
int64_t rt_torch_torchtensor_round(int64_t input);
int64_t rt_torch_torchtensor_round_decimals(int64_t input, int64_t decimals);
int64_t rt_torch_torchtensor_trunc(int64_t input);
int64_t rt_torch_torchtensor_frac(int64_t input);
int64_t rt_torch_torchtensor_sign(int64_t input);
int64_t rt_torch_torchtensor_signbit(int64_t input);
int64_t rt_torch_torchtensor_sinc(int64_t input);
int64_t rt_torch_torchtensor_deg2rad(int64_t input);
int64_t rt_torch_torchtensor_rad2deg(int64_t input);
int64_t rt_torch_torchtensor_exp2(int64_t input);
int64_t rt_torch_torchtensor_expm1(int64_t input);
int64_t rt_torch_torchtensor_log1p(int64_t input);
int64_t rt_torch_torchtensor_log10(int64_t input);
int64_t rt_torch_torchtensor_log2(int64_t input);
int64_t rt_torch_torchtensor_rsqrt(int64_t input);
int64_t rt_torch_torchtensor_square(int64_t input);
int64_t rt_torch_torchtensor_i0(int64_t input);
int64_t rt_torch_torchtensor_erf(int64_t input);
int64_t rt_torch_torchtensor_erfc(int64_t input);
int64_t rt_torch_torchtensor_erfinv(int64_t input);
int64_t rt_torch_torchtensor_lgamma(int64_t input);
int64_t rt_torch_torchtensor_digamma(int64_t input);
int64_t rt_torch_torchtensor_positive(int64_t input);
int64_t rt_torch_torchtensor_angle(int64_t input);
int64_t rt_torch_torchtensor_conj_physical(int64_t input);
int64_t rt_torch_torchtensor_logit(int64_t input, double eps, bool eps_present);
int64_t rt_torch_tensor_polygamma(int64_t n, int64_t input);
int64_t rt_torch_torchtensor_mvlgamma(int64_t input, int64_t p);
int64_t rt_torch_torchtensor_nan_to_num(int64_t input, double nan, bool nan_present, double posinf, bool posinf_present, double neginf, bool neginf_present);
int64_t rt_torch_torchtensor_frexp_tensor(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_atan2(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_logaddexp(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_logaddexp2(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_xlogy_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_xlogy_scalar_other(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_tensor_xlogy_scalar_self(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_hypot(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_lerp_scalar(int64_t input, int64_t end, double weight, int64_t weight_int, int32_t weight_kind);
int64_t rt_torch_torchtensor_lerp_tensor(int64_t input, int64_t end, int64_t weight);
int64_t rt_torch_torchtensor_nextafter(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_copysign_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_copysign_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_fmax(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_fmin(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_fmod_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_fmod_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_remainder_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_remainder_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_tensor_remainder_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_floor_divide(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_floor_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_true_divide_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_true_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_float_power_tensor_tensor(int64_t input, int64_t exponent);
int64_t rt_torch_torchtensor_float_power_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind);
int64_t rt_torch_tensor_float_power_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent);
int64_t rt_torch_torchtensor_heaviside(int64_t input, int64_t values);
int64_t rt_torch_torchtensor_lcm(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_gcd(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_ldexp_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind);
int64_t rt_torch_torchtensor_clamp_tensor(int64_t input, int64_t min, int64_t max);
int64_t rt_torch_torchtensor_clamp_min(int64_t input, double min, int64_t min_int, int32_t min_kind);
int64_t rt_torch_torchtensor_clamp_min_tensor(int64_t input, int64_t min);
int64_t rt_torch_torchtensor_clamp_max(int64_t input, double max, int64_t max_int, int32_t max_kind);
int64_t rt_torch_torchtensor_clamp_max_tensor(int64_t input, int64_t max);
int64_t rt_torch_torchtensor_minimum(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_addcmul(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_torchtensor_addcdiv(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_torchtensor_eq_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_eq_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_ne_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_ne_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_gt_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_gt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_ge_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_ge_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_lt_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_lt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_le_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_le_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
bool rt_torch_torchtensor_equal(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_isclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan);
bool rt_torch_torchtensor_allclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan);
int64_t rt_torch_torchtensor_isfinite(int64_t input);
int64_t rt_torch_torchtensor_isinf(int64_t input);
int64_t rt_torch_torchtensor_isposinf(int64_t input);
int64_t rt_torch_torchtensor_isneginf(int64_t input);
int64_t rt_torch_torchtensor_isreal(int64_t input);
int64_t rt_torch_torchtensor_isnan(int64_t input);
int64_t rt_torch_torchtensor_logical_and(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_logical_or(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_logical_xor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_logical_not(int64_t input);
int64_t rt_torch_torchtensor_bitwise_and_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_bitwise_and_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_tensor_bitwise_and_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_bitwise_or_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_bitwise_or_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_tensor_bitwise_or_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_bitwise_xor_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_bitwise_xor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_tensor_bitwise_xor_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_bitwise_not(int64_t input);
int64_t rt_torch_torchtensor_bitwise_left_shift_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_tensor_bitwise_left_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_bitwise_right_shift_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_where_self(int64_t condition, int64_t input, int64_t other);
int64_t rt_torch_torchtensor_where_scalarself(int64_t condition, double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_where_scalarother(int64_t condition, int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_where_scalar(int64_t condition, double input, int64_t input_int, int32_t input_kind, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_masked_fill_scalar(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_torchtensor_masked_fill_tensor(int64_t input, int64_t mask, int64_t value);
int64_t rt_torch_torchtensor_isin_tensor_tensor(int64_t elements, int64_t test_elements, bool assume_unique, bool invert);
int64_t rt_torch_torchtensor_isin_tensor_scalar(int64_t elements, double test_element, int64_t test_element_int, int32_t test_element_kind, bool assume_unique, bool invert);
int64_t rt_torch_tensor_isin_scalar_tensor(double element, int64_t element_int, int32_t element_kind, int64_t test_elements, bool assume_unique, bool invert);
int64_t rt_torch_torchtensor_masked_select(int64_t input, int64_t mask);
int64_t rt_torch_torchtensor_masked_scatter(int64_t input, int64_t mask, int64_t source);
void rt_torch_torchtensor_sub_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
void rt_torch_torchtensor_sub_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
void rt_torch_torchtensor_div_tensor_(int64_t input, int64_t other);
void rt_torch_torchtensor_div_tensor_mode_(int64_t input, int64_t other, const char* rounding_mode);
void rt_torch_torchtensor_div_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind);
void rt_torch_torchtensor_div_scalar_mode_(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode);
void rt_torch_torchtensor_fill_scalar_(int64_t input, double value, int64_t value_int, int32_t value_kind);
void rt_torch_torchtensor_fill_tensor_(int64_t input, int64_t value);
void rt_torch_torchtensor_clamp_(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind);
void rt_torch_torchtensor_clamp_tensor_(int64_t input, int64_t min, int64_t max);
void rt_torch_torchtensor_sqrt_(int64_t input);
void rt_torch_torchtensor_exp_(int64_t input);
void rt_torch_torchtensor_log_(int64_t input);
void rt_torch_torchtensor_neg_(int64_t input);
void rt_torch_torchtensor_abs_(int64_t input);
void rt_torch_torchtensor_pow_scalar_(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind);
void rt_torch_torchtensor_pow_tensor_(int64_t input, int64_t exponent);
void rt_torch_torchtensor_masked_fill_scalar_(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind);
void rt_torch_torchtensor_masked_fill_tensor_(int64_t input, int64_t mask, int64_t value);
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
