// generated from spec/torch_api.yaml by sffi-gen; do not edit
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

RT_TORCH_API bool rt_torch_cuda_available(void) noexcept {
    sffi::begin_call("rt_torch_cuda_available");
    sffi::unavailable();
    return false;
}

RT_TORCH_API int64_t rt_torch_tensor_zeros([[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_zeros");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_ones([[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_ones");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_randn([[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_randn");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_rand([[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_rand");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_full([[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len, [[maybe_unused]] double value_) noexcept {
    sffi::begin_call("rt_torch_tensor_full");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_from_data([[maybe_unused]] const double* data_, [[maybe_unused]] int64_t data_len, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_from_data");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_arange([[maybe_unused]] double start_, [[maybe_unused]] double end_, [[maybe_unused]] double step_) noexcept {
    sffi::begin_call("rt_torch_tensor_arange");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_linspace([[maybe_unused]] double start_, [[maybe_unused]] double end_, [[maybe_unused]] int64_t steps_) noexcept {
    sffi::begin_call("rt_torch_tensor_linspace");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_eye([[maybe_unused]] int64_t n_) noexcept {
    sffi::begin_call("rt_torch_tensor_eye");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_empty([[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_empty");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_add([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sub");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mul");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_div([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_div");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow([[maybe_unused]] int64_t handle_, [[maybe_unused]] double exponent_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_pow");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_neg([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_neg");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_abs([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_abs");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sqrt([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sqrt");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_exp([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_exp");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_log([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_log");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar([[maybe_unused]] int64_t handle_, [[maybe_unused]] double scalar_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar([[maybe_unused]] int64_t handle_, [[maybe_unused]] double scalar_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mul_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_relu([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_relu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sigmoid");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_tanh([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_tanh");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu([[maybe_unused]] int64_t handle_, [[maybe_unused]] double negative_slope_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_leaky_relu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_gelu([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_gelu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmax([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_softmax");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_log_softmax");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_matmul([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_matmul");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_dot([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_dot");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_transpose([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim0_, [[maybe_unused]] int64_t dim1_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_transpose");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_t([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_t");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_norm([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_norm");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API double rt_torch_torchtensor_det([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_det");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_inverse([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_inverse");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_svd([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_svd");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_eig([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_eig");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_sum([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sum");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sum_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_mean([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mean");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mean_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_max([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_max");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_max_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_min([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_min");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_min_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmax([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_argmax");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmin([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_argmin");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_std([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_std");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API double rt_torch_torchtensor_var([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_var");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ndim([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ndim");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_numel([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_numel");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_shape([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_shape");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_reshape([[maybe_unused]] int64_t handle_, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_reshape");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_view([[maybe_unused]] int64_t handle_, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_view");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_permute([[maybe_unused]] int64_t handle_, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_permute");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_squeeze");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dim([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_squeeze_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_unsqueeze");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_flatten([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_flatten");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_contiguous");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_slice([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t start_, [[maybe_unused]] int64_t end_, [[maybe_unused]] int64_t step_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_slice");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_select([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t indices_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_select");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_gather([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t indices_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_gather");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cat([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cat");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_stack([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_stack");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_chunk([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t chunks_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_chunk");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_nn_conv2d([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] int64_t groups_) noexcept {
    sffi::begin_call("rt_torch_nn_conv2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len) noexcept {
    sffi::begin_call("rt_torch_nn_max_pool2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len) noexcept {
    sffi::begin_call("rt_torch_nn_avg_pool2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_batch_norm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t running_mean_, [[maybe_unused]] int64_t running_var_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] bool training_, [[maybe_unused]] double momentum_, [[maybe_unused]] double eps_) noexcept {
    sffi::begin_call("rt_torch_nn_batch_norm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_layer_norm([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* normalized_shape_, [[maybe_unused]] int64_t normalized_shape_len, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] double eps_) noexcept {
    sffi::begin_call("rt_torch_nn_layer_norm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_dropout([[maybe_unused]] int64_t input_, [[maybe_unused]] double p_, [[maybe_unused]] bool training_) noexcept {
    sffi::begin_call("rt_torch_nn_dropout");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_linear([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_) noexcept {
    sffi::begin_call("rt_torch_nn_linear");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_embedding([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_) noexcept {
    sffi::begin_call("rt_torch_nn_embedding");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_nn_mse_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_) noexcept {
    sffi::begin_call("rt_torch_nn_mse_loss");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API double rt_torch_nn_cross_entropy([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_) noexcept {
    sffi::begin_call("rt_torch_nn_cross_entropy");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API double rt_torch_nn_binary_cross_entropy([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_) noexcept {
    sffi::begin_call("rt_torch_nn_binary_cross_entropy");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API double rt_torch_nn_nll_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_) noexcept {
    sffi::begin_call("rt_torch_nn_nll_loss");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API void rt_torch_autograd_set_requires_grad([[maybe_unused]] int64_t handle_, [[maybe_unused]] bool requires_grad_) noexcept {
    sffi::begin_call("rt_torch_autograd_set_requires_grad");
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

RT_TORCH_API void rt_torch_autograd_backward([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_backward");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_autograd_zero_grad([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_zero_grad");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_autograd_detach([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_detach");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin(void) noexcept {
    sffi::begin_call("rt_torch_autograd_no_grad_begin");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_autograd_no_grad_end(void) noexcept {
    sffi::begin_call("rt_torch_autograd_no_grad_end");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_torchtensor_cuda([[maybe_unused]] int64_t handle_, [[maybe_unused]] int32_t device_id_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cuda");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cpu([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cpu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API bool rt_torch_torchtensor_is_cuda([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_is_cuda");
    sffi::unavailable();
    return false;
}

RT_TORCH_API int32_t rt_torch_torchtensor_device([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_device");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream([[maybe_unused]] int64_t handle_, [[maybe_unused]] int32_t device_id_, [[maybe_unused]] int64_t stream_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_stream");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clone");
    sffi::unavailable();
    return 0;
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

RT_TORCH_API bool rt_torch_torchstream_query([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchstream_query");
    sffi::unavailable();
    return false;
}

RT_TORCH_API void rt_torch_torchstream_free([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchstream_free");
    sffi::free_stream(handle_);
}

RT_TORCH_API void rt_torch_torchtensor_free([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_free");
    sffi::free_tensor(handle_);
}

RT_TORCH_API int64_t rt_torch_cuda_memory_allocated([[maybe_unused]] int32_t device_id_) noexcept {
    sffi::begin_call("rt_torch_cuda_memory_allocated");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated([[maybe_unused]] int32_t device_id_) noexcept {
    sffi::begin_call("rt_torch_cuda_max_memory_allocated");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API void rt_torch_cuda_empty_cache(void) noexcept {
    sffi::begin_call("rt_torch_cuda_empty_cache");
    sffi::unavailable();
}

RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    return sffi::error_code();
}

RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    return sffi::error_message();
}

RT_TORCH_API void rt_torch_error_clear(void) noexcept {
    sffi::begin_call("rt_torch_error_clear");
    sffi::error_clear();
}

RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    sffi::begin_call("rt_torch_live_handles");
    return sffi::live_handles();
}

RT_TORCH_API bool rt_torch_torchtensor_release([[maybe_unused]] int64_t handle_) noexcept {
    return sffi::release_tensor(handle_);
}

RT_TORCH_API void rt_torch_manual_seed([[maybe_unused]] int64_t seed_) noexcept {
    sffi::begin_call("rt_torch_manual_seed");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_set_num_threads([[maybe_unused]] int32_t num_threads_) noexcept {
    sffi::begin_call("rt_torch_set_num_threads");
    sffi::unavailable();
}

RT_TORCH_API int32_t rt_torch_get_num_threads(void) noexcept {
    sffi::begin_call("rt_torch_get_num_threads");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int32_t rt_torch_cuda_device_count(void) noexcept {
    sffi::begin_call("rt_torch_cuda_device_count");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_tensor_from_i64([[maybe_unused]] const int64_t* data_, [[maybe_unused]] int64_t data_len, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_tensor_from_i64");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_item([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_item");
    sffi::unavailable();
    return sffi::kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_f64([[maybe_unused]] int64_t handle_, [[maybe_unused]] double* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_data_f64");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_i64([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_data_i64");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int32_t rt_torch_torchtensor_dtype([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_dtype");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype([[maybe_unused]] int64_t handle_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_dtype");
    sffi::unavailable();
    return 0;
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

RT_TORCH_API int64_t rt_torch_torchtensor_sum_all([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sum_all");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_all([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mean_all");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_all([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_max_all");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_all([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_min_all");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar([[maybe_unused]] int64_t handle_, [[maybe_unused]] double scalar_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_div_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_maximum([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_maximum");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_autograd_set_grad([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t grad_) noexcept {
    sffi::begin_call("rt_torch_autograd_set_grad");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_add_([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_, [[maybe_unused]] double alpha_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_([[maybe_unused]] int64_t handle_, [[maybe_unused]] double scalar_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_add_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_v2_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add_scalar_v2_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_mul_([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mul_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_([[maybe_unused]] int64_t handle_, [[maybe_unused]] double scalar_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mul_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_v2_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mul_scalar_v2_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_addcmul_([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t tensor1_, [[maybe_unused]] int64_t tensor2_, [[maybe_unused]] double value_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_addcmul_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_addcdiv_([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t tensor1_, [[maybe_unused]] int64_t tensor2_, [[maybe_unused]] double value_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_addcdiv_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_lerp_([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t end_, [[maybe_unused]] double weight_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lerp_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_zero_([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_zero_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_copy_([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t src_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_copy_");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_tensor_zeros_v2([[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_zeros_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_ones_v2([[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_ones_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_empty_v2([[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_tensor_empty_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_randn_v2([[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_randn_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_rand_v2([[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_rand_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_full_v2([[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] double fill_value_, [[maybe_unused]] int64_t fill_value_int, [[maybe_unused]] int32_t fill_value_kind, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_full_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_arange_v2([[maybe_unused]] double end_, [[maybe_unused]] int64_t end_int, [[maybe_unused]] int32_t end_kind, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_arange_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_arange_start_step([[maybe_unused]] double start_, [[maybe_unused]] int64_t start_int, [[maybe_unused]] int32_t start_kind, [[maybe_unused]] double end_, [[maybe_unused]] int64_t end_int, [[maybe_unused]] int32_t end_kind, [[maybe_unused]] double step_, [[maybe_unused]] int64_t step_int, [[maybe_unused]] int32_t step_kind, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_arange_start_step");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_linspace_v2([[maybe_unused]] double start_, [[maybe_unused]] int64_t start_int, [[maybe_unused]] int32_t start_kind, [[maybe_unused]] double end_, [[maybe_unused]] int64_t end_int, [[maybe_unused]] int32_t end_kind, [[maybe_unused]] int64_t steps_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_linspace_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_eye_v2([[maybe_unused]] int64_t n_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_eye_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_eye_m([[maybe_unused]] int64_t n_, [[maybe_unused]] int64_t m_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_eye_m");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_add_scalar_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sub_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sub_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_rsub_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsub_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_rsub_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_reciprocal([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_reciprocal");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mul_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mul_scalar_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_tensor_mode([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] const char* rounding_mode_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_div_tensor_mode");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar_mode([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind, [[maybe_unused]] const char* rounding_mode_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_div_scalar_mode");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double exponent_, [[maybe_unused]] int64_t exponent_int, [[maybe_unused]] int32_t exponent_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_pow_tensor_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t exponent_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_pow_tensor_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_pow_scalar([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t exponent_) noexcept {
    sffi::begin_call("rt_torch_tensor_pow_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_gelu_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* approximate_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_gelu_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmax_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_softmax_int");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_log_softmax_int");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vector_norm([[maybe_unused]] int64_t input_, [[maybe_unused]] double ord_, [[maybe_unused]] int64_t ord_int, [[maybe_unused]] int32_t ord_kind, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_vector_norm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_det([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_det");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svd([[maybe_unused]] int64_t input_, [[maybe_unused]] bool full_matrices_, [[maybe_unused]] const char* driver_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_svd");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eig([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_eig");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sum_dim_intlist");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mean_dim_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_max_dim_v2");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_other([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_max_other");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_min_dim_v2");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_other([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_min_other");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmax_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_argmax_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmin_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_argmin_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool unbiased_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_std_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_correction([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] double correction_, [[maybe_unused]] int64_t correction_int, [[maybe_unused]] int32_t correction_kind, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_std_correction");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] bool unbiased_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_std_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool unbiased_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_var_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_correction([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] double correction_, [[maybe_unused]] int64_t correction_int, [[maybe_unused]] int32_t correction_kind, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_var_correction");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] bool unbiased_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_var_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_squeeze_dims");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_flatten_using_ints([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t start_dim_, [[maybe_unused]] int64_t end_dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_flatten_using_ints");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_select_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_select_int");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* indices_, [[maybe_unused]] int64_t indices_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_conv2d_padding([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const char* padding_, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] int64_t groups_) noexcept {
    sffi::begin_call("rt_torch_nn_conv2d_padding");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] bool ceil_mode_) noexcept {
    sffi::begin_call("rt_torch_nn_max_pool2d_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] bool ceil_mode_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_nn_max_pool2d_with_indices");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] bool ceil_mode_, [[maybe_unused]] bool count_include_pad_, [[maybe_unused]] int64_t divisor_override_, [[maybe_unused]] bool divisor_override_present) noexcept {
    sffi::begin_call("rt_torch_nn_avg_pool2d_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_embedding_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t padding_idx_, [[maybe_unused]] bool padding_idx_present, [[maybe_unused]] double max_norm_, [[maybe_unused]] bool max_norm_present, [[maybe_unused]] double norm_type_, [[maybe_unused]] bool scale_grad_by_freq_, [[maybe_unused]] bool sparse_) noexcept {
    sffi::begin_call("rt_torch_nn_embedding_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_mse_loss_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_cross_entropy_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t ignore_index_, [[maybe_unused]] const char* reduction_, [[maybe_unused]] double label_smoothing_) noexcept {
    sffi::begin_call("rt_torch_nn_cross_entropy_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_binary_cross_entropy_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t ignore_index_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_nll_loss_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_complex([[maybe_unused]] int64_t real_, [[maybe_unused]] int64_t imag_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_complex");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] bool non_blocking_, [[maybe_unused]] bool copy_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_dtype_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_device([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] bool non_blocking_, [[maybe_unused]] bool copy_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_device");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_other([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] bool non_blocking_, [[maybe_unused]] bool copy_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_other");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_layout([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] bool non_blocking_, [[maybe_unused]] bool copy_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_dtype_layout");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clone_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_contiguous_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sin([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sin");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_hardswish([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_nn_hardswish");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_elu([[maybe_unused]] int64_t input_, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_elu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_celu([[maybe_unused]] int64_t input_, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_celu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_selu([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_selu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_silu([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_silu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardsigmoid([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_hardsigmoid");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_log_sigmoid([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_nn_log_sigmoid");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mish([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mish");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_softsign([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_softsign");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_tanhshrink([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_tanhshrink");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_threshold([[maybe_unused]] int64_t input_, [[maybe_unused]] double threshold_, [[maybe_unused]] int64_t threshold_int, [[maybe_unused]] int32_t threshold_kind, [[maybe_unused]] double value_, [[maybe_unused]] int64_t value_int, [[maybe_unused]] int32_t value_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_threshold");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_softshrink([[maybe_unused]] int64_t input_, [[maybe_unused]] double lambd_, [[maybe_unused]] int64_t lambd_int, [[maybe_unused]] int32_t lambd_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_softshrink");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardshrink([[maybe_unused]] int64_t input_, [[maybe_unused]] double lambd_, [[maybe_unused]] int64_t lambd_int, [[maybe_unused]] int32_t lambd_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_hardshrink");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_hardtanh([[maybe_unused]] int64_t input_, [[maybe_unused]] double min_val_, [[maybe_unused]] int64_t min_val_int, [[maybe_unused]] int32_t min_val_kind, [[maybe_unused]] double max_val_, [[maybe_unused]] int64_t max_val_int, [[maybe_unused]] int32_t max_val_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_hardtanh");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_relu6([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_relu6");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_softplus([[maybe_unused]] int64_t input_, [[maybe_unused]] double beta_, [[maybe_unused]] int64_t beta_int, [[maybe_unused]] int32_t beta_kind, [[maybe_unused]] double threshold_, [[maybe_unused]] int64_t threshold_int, [[maybe_unused]] int32_t threshold_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_softplus");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_glu([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_nn_glu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_prelu([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_prelu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmin([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_softmin");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_l1_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] const char* reduction_, [[maybe_unused]] int64_t weight_) noexcept {
    sffi::begin_call("rt_torch_nn_l1_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_smooth_l1_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] const char* reduction_, [[maybe_unused]] double beta_) noexcept {
    sffi::begin_call("rt_torch_nn_smooth_l1_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_huber_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] const char* reduction_, [[maybe_unused]] double delta_, [[maybe_unused]] int64_t weight_) noexcept {
    sffi::begin_call("rt_torch_nn_huber_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_soft_margin_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_soft_margin_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_margin_ranking_loss([[maybe_unused]] int64_t input1_, [[maybe_unused]] int64_t input2_, [[maybe_unused]] int64_t target_, [[maybe_unused]] double margin_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_margin_ranking_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_multi_margin_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] int64_t p_, [[maybe_unused]] double margin_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_multi_margin_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_multilabel_margin_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_multilabel_margin_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_multilabel_soft_margin_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_multilabel_soft_margin_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_hinge_embedding_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] double margin_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_hinge_embedding_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_cosine_embedding_loss([[maybe_unused]] int64_t input1_, [[maybe_unused]] int64_t input2_, [[maybe_unused]] int64_t target_, [[maybe_unused]] double margin_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_cosine_embedding_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_kl_div([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] const char* reduction_, [[maybe_unused]] bool log_target_) noexcept {
    sffi::begin_call("rt_torch_nn_kl_div");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_poisson_nll_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] bool log_input_, [[maybe_unused]] bool full_, [[maybe_unused]] double eps_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_poisson_nll_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_with_logits([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] const char* reduction_, [[maybe_unused]] int64_t pos_weight_) noexcept {
    sffi::begin_call("rt_torch_nn_binary_cross_entropy_with_logits");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_triplet_margin_loss([[maybe_unused]] int64_t anchor_, [[maybe_unused]] int64_t positive_, [[maybe_unused]] int64_t negative_, [[maybe_unused]] double margin_, [[maybe_unused]] double p_, [[maybe_unused]] double eps_, [[maybe_unused]] bool swap_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_triplet_margin_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_conv1d([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] int64_t groups_) noexcept {
    sffi::begin_call("rt_torch_nn_conv1d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_conv1d_padding([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const char* padding_, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] int64_t groups_) noexcept {
    sffi::begin_call("rt_torch_nn_conv1d_padding");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_conv3d([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] int64_t groups_) noexcept {
    sffi::begin_call("rt_torch_nn_conv3d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_conv3d_padding([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const char* padding_, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] int64_t groups_) noexcept {
    sffi::begin_call("rt_torch_nn_conv3d_padding");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_conv_transpose1d([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* output_padding_, [[maybe_unused]] int64_t output_padding_len, [[maybe_unused]] int64_t groups_, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len) noexcept {
    sffi::begin_call("rt_torch_nn_conv_transpose1d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_conv_transpose2d([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* output_padding_, [[maybe_unused]] int64_t output_padding_len, [[maybe_unused]] int64_t groups_, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len) noexcept {
    sffi::begin_call("rt_torch_nn_conv_transpose2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_conv_transpose3d([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* output_padding_, [[maybe_unused]] int64_t output_padding_len, [[maybe_unused]] int64_t groups_, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len) noexcept {
    sffi::begin_call("rt_torch_nn_conv_transpose3d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool1d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] bool ceil_mode_, [[maybe_unused]] bool count_include_pad_) noexcept {
    sffi::begin_call("rt_torch_nn_avg_pool1d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool1d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] bool ceil_mode_) noexcept {
    sffi::begin_call("rt_torch_nn_max_pool1d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool1d_with_indices([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] bool ceil_mode_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_nn_max_pool1d_with_indices");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool3d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] bool ceil_mode_, [[maybe_unused]] bool count_include_pad_, [[maybe_unused]] int64_t divisor_override_, [[maybe_unused]] bool divisor_override_present) noexcept {
    sffi::begin_call("rt_torch_nn_avg_pool3d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool3d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] bool ceil_mode_) noexcept {
    sffi::begin_call("rt_torch_nn_max_pool3d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool3d_with_indices([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] bool ceil_mode_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_nn_max_pool3d_with_indices");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool1d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len) noexcept {
    sffi::begin_call("rt_torch_nn_adaptive_avg_pool1d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len) noexcept {
    sffi::begin_call("rt_torch_nn_adaptive_max_pool1d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d_with_indices([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_nn_adaptive_max_pool1d_with_indices");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool2d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len) noexcept {
    sffi::begin_call("rt_torch_nn_adaptive_avg_pool2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len) noexcept {
    sffi::begin_call("rt_torch_nn_adaptive_max_pool2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d_with_indices([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_nn_adaptive_max_pool2d_with_indices");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool3d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len) noexcept {
    sffi::begin_call("rt_torch_nn_adaptive_avg_pool3d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len) noexcept {
    sffi::begin_call("rt_torch_nn_adaptive_max_pool3d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d_with_indices([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_nn_adaptive_max_pool3d_with_indices");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_nn_group_norm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t num_groups_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] double eps_) noexcept {
    sffi::begin_call("rt_torch_nn_group_norm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_instance_norm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t running_mean_, [[maybe_unused]] int64_t running_var_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_, [[maybe_unused]] bool use_input_stats_, [[maybe_unused]] double momentum_, [[maybe_unused]] double eps_) noexcept {
    sffi::begin_call("rt_torch_nn_instance_norm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_rms_norm([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* normalized_shape_, [[maybe_unused]] int64_t normalized_shape_len, [[maybe_unused]] int64_t weight_, [[maybe_unused]] double eps_, [[maybe_unused]] bool eps_present) noexcept {
    sffi::begin_call("rt_torch_nn_rms_norm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_local_response_norm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t size_, [[maybe_unused]] double alpha_, [[maybe_unused]] double beta_, [[maybe_unused]] double k_) noexcept {
    sffi::begin_call("rt_torch_nn_local_response_norm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_normalize([[maybe_unused]] int64_t input_, [[maybe_unused]] double p_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] double eps_) noexcept {
    sffi::begin_call("rt_torch_nn_normalize");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_pad([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* pad_, [[maybe_unused]] int64_t pad_len, [[maybe_unused]] const char* mode_, [[maybe_unused]] double value_, [[maybe_unused]] bool value_present) noexcept {
    sffi::begin_call("rt_torch_nn_pad");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_unfold([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* dilation_, [[maybe_unused]] int64_t dilation_len, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len) noexcept {
    sffi::begin_call("rt_torch_nn_unfold");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_cosine_similarity([[maybe_unused]] int64_t x1_, [[maybe_unused]] int64_t x2_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] double eps_) noexcept {
    sffi::begin_call("rt_torch_nn_cosine_similarity");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_pairwise_distance([[maybe_unused]] int64_t x1_, [[maybe_unused]] int64_t x2_, [[maybe_unused]] double p_, [[maybe_unused]] double eps_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_nn_pairwise_distance");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_pdist([[maybe_unused]] int64_t input_, [[maybe_unused]] double p_) noexcept {
    sffi::begin_call("rt_torch_nn_pdist");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_pixel_shuffle([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t upscale_factor_) noexcept {
    sffi::begin_call("rt_torch_nn_pixel_shuffle");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_pixel_unshuffle([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t downscale_factor_) noexcept {
    sffi::begin_call("rt_torch_nn_pixel_unshuffle");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_channel_shuffle([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t groups_) noexcept {
    sffi::begin_call("rt_torch_nn_channel_shuffle");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_one_hot([[maybe_unused]] int64_t tensor_, [[maybe_unused]] int64_t num_classes_) noexcept {
    sffi::begin_call("rt_torch_nn_one_hot");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_bilinear([[maybe_unused]] int64_t input1_, [[maybe_unused]] int64_t input2_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_) noexcept {
    sffi::begin_call("rt_torch_nn_bilinear");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_dropout2d([[maybe_unused]] int64_t input_, [[maybe_unused]] double p_, [[maybe_unused]] bool training_) noexcept {
    sffi::begin_call("rt_torch_nn_dropout2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_dropout3d([[maybe_unused]] int64_t input_, [[maybe_unused]] double p_, [[maybe_unused]] bool training_) noexcept {
    sffi::begin_call("rt_torch_nn_dropout3d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_alpha_dropout([[maybe_unused]] int64_t input_, [[maybe_unused]] double p_, [[maybe_unused]] bool training_) noexcept {
    sffi::begin_call("rt_torch_nn_alpha_dropout");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_scaled_dot_product_attention([[maybe_unused]] int64_t query_, [[maybe_unused]] int64_t key_, [[maybe_unused]] int64_t value_, [[maybe_unused]] int64_t attn_mask_, [[maybe_unused]] double dropout_p_, [[maybe_unused]] bool is_causal_, [[maybe_unused]] double scale_, [[maybe_unused]] bool scale_present, [[maybe_unused]] bool enable_gqa_) noexcept {
    sffi::begin_call("rt_torch_nn_scaled_dot_product_attention");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_grid_sample([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t grid_, [[maybe_unused]] const char* mode_, [[maybe_unused]] const char* padding_mode_, [[maybe_unused]] bool align_corners_, [[maybe_unused]] bool align_corners_present) noexcept {
    sffi::begin_call("rt_torch_nn_grid_sample");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_interpolate([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] bool size_present, [[maybe_unused]] const double* scale_factor_, [[maybe_unused]] int64_t scale_factor_len, [[maybe_unused]] bool scale_factor_present, [[maybe_unused]] const char* mode_, [[maybe_unused]] bool align_corners_, [[maybe_unused]] bool align_corners_present, [[maybe_unused]] bool recompute_scale_factor_, [[maybe_unused]] bool recompute_scale_factor_present, [[maybe_unused]] bool antialias_) noexcept {
    sffi::begin_call("rt_torch_nn_interpolate");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool1d([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t indices_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len, [[maybe_unused]] bool output_size_present) noexcept {
    sffi::begin_call("rt_torch_nn_max_unpool1d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool2d([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t indices_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len, [[maybe_unused]] bool output_size_present) noexcept {
    sffi::begin_call("rt_torch_nn_max_unpool2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_unpool3d([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t indices_, [[maybe_unused]] const int64_t* kernel_size_, [[maybe_unused]] int64_t kernel_size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] bool stride_present, [[maybe_unused]] const int64_t* padding_, [[maybe_unused]] int64_t padding_len, [[maybe_unused]] const int64_t* output_size_, [[maybe_unused]] int64_t output_size_len, [[maybe_unused]] bool output_size_present) noexcept {
    sffi::begin_call("rt_torch_nn_max_unpool3d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] int64_t variance_, [[maybe_unused]] bool full_, [[maybe_unused]] double eps_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_gaussian_nll_loss");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss_float([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t target_, [[maybe_unused]] double variance_, [[maybe_unused]] int64_t variance_int, [[maybe_unused]] int32_t variance_kind, [[maybe_unused]] bool full_, [[maybe_unused]] double eps_, [[maybe_unused]] const char* reduction_) noexcept {
    sffi::begin_call("rt_torch_nn_gaussian_nll_loss_float");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_ctc_loss_tensor([[maybe_unused]] int64_t log_probs_, [[maybe_unused]] int64_t targets_, [[maybe_unused]] int64_t input_lengths_, [[maybe_unused]] int64_t target_lengths_, [[maybe_unused]] int64_t blank_, [[maybe_unused]] const char* reduction_, [[maybe_unused]] bool zero_infinity_) noexcept {
    sffi::begin_call("rt_torch_nn_ctc_loss_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_ctc_loss_intlist([[maybe_unused]] int64_t log_probs_, [[maybe_unused]] int64_t targets_, [[maybe_unused]] const int64_t* input_lengths_, [[maybe_unused]] int64_t input_lengths_len, [[maybe_unused]] const int64_t* target_lengths_, [[maybe_unused]] int64_t target_lengths_len, [[maybe_unused]] int64_t blank_, [[maybe_unused]] const char* reduction_, [[maybe_unused]] bool zero_infinity_) noexcept {
    sffi::begin_call("rt_torch_nn_ctc_loss_intlist");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_embedding_bag([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t offsets_, [[maybe_unused]] double max_norm_, [[maybe_unused]] bool max_norm_present, [[maybe_unused]] double norm_type_, [[maybe_unused]] bool scale_grad_by_freq_, [[maybe_unused]] const char* mode_, [[maybe_unused]] bool sparse_, [[maybe_unused]] int64_t per_sample_weights_, [[maybe_unused]] bool include_last_offset_, [[maybe_unused]] int64_t padding_idx_, [[maybe_unused]] bool padding_idx_present) noexcept {
    sffi::begin_call("rt_torch_nn_embedding_bag");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_upsample_nearest([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] bool size_present, [[maybe_unused]] const double* scale_factor_, [[maybe_unused]] int64_t scale_factor_len, [[maybe_unused]] bool scale_factor_present) noexcept {
    sffi::begin_call("rt_torch_nn_upsample_nearest");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_upsample_bilinear([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] bool size_present, [[maybe_unused]] const double* scale_factor_, [[maybe_unused]] int64_t scale_factor_len, [[maybe_unused]] bool scale_factor_present) noexcept {
    sffi::begin_call("rt_torch_nn_upsample_bilinear");
    sffi::unavailable();
    return 0;
}

}  // extern "C"
