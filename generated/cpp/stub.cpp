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

RT_TORCH_API int64_t rt_torch_torchtensor_to_dlpack([[maybe_unused]] int64_t handle_, [[maybe_unused]] bool versioned_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_dlpack");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_tensor_from_dlpack([[maybe_unused]] int64_t address_, [[maybe_unused]] bool versioned_) noexcept {
    sffi::begin_call("rt_torch_tensor_from_dlpack");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_dlpack_free([[maybe_unused]] int64_t address_, [[maybe_unused]] bool versioned_) noexcept {
    sffi::begin_call("rt_torch_dlpack_free");
    sffi::unavailable();
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

RT_TORCH_API int64_t rt_torch_torchtensor_stride([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_stride");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_stride_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_stride_int");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_storage_offset([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_storage_offset");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API bool rt_torch_torchtensor_is_contiguous([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_is_contiguous");
    sffi::unavailable();
    return false;
}

RT_TORCH_API bool rt_torch_torchtensor_is_complex([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_is_complex");
    sffi::unavailable();
    return false;
}

RT_TORCH_API bool rt_torch_torchtensor_is_floating_point([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_is_floating_point");
    sffi::unavailable();
    return false;
}

RT_TORCH_API int64_t rt_torch_torchtensor_element_size([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_element_size");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_type_as([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_type_as");
    sffi::unavailable();
    return 0;
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

RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) noexcept {
    sffi::begin_call("rt_torch_autograd_no_grad_begin_v2");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) noexcept {
    sffi::begin_call("rt_torch_autograd_no_grad_end_v2");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_autograd_backward_v2([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t gradient_, [[maybe_unused]] bool retain_graph_, [[maybe_unused]] bool retain_graph_present, [[maybe_unused]] bool create_graph_) noexcept {
    sffi::begin_call("rt_torch_autograd_backward_v2");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream_v2([[maybe_unused]] int64_t handle_, [[maybe_unused]] int32_t device_id_, [[maybe_unused]] int64_t stream_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_to_stream_v2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_torchstream_sync_v2([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchstream_sync_v2");
    sffi::unavailable();
}

RT_TORCH_API bool rt_torch_torchstream_query_v2([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchstream_query_v2");
    sffi::unavailable();
    return false;
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

RT_TORCH_API int64_t rt_torch_torchtensor_view_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_view_v2");
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

RT_TORCH_API int64_t rt_torch_nn_linear_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weight_, [[maybe_unused]] int64_t bias_) noexcept {
    sffi::begin_call("rt_torch_nn_linear_v2");
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

RT_TORCH_API int64_t rt_torch_torchtensor_cumsum([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cumsum");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumprod([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cumprod");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cummax([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cummax");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cummin([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cummin");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logcumsumexp([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logcumsumexp");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logsumexp([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logsumexp");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_prod([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_prod");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_prod_dim_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_prod_dim_int");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_all_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_all_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_all_dims([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_all_dims");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_all([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_all");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_any_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_any_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_any_dims([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_any_dims");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_any([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_any");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_amax([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_amax");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_amin([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_amin");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_aminmax([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_aminmax");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero_dim_intlist([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_count_nonzero_dim_intlist");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_count_nonzero");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nansum([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nansum");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanmean([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nanmean");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_median([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_median");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_median_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_median_dim");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nanmedian");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nanmedian_dim");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mode([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mode");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_kthvalue([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t k_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_kthvalue");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_topk([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t k_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool largest_, [[maybe_unused]] bool sorted_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_topk");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sort([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool descending_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sort");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sort_stable([[maybe_unused]] int64_t input_, [[maybe_unused]] bool stable_, [[maybe_unused]] bool stable_present, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool descending_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sort_stable");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_argsort([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool descending_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_argsort");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_argsort_stable([[maybe_unused]] int64_t input_, [[maybe_unused]] bool stable_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool descending_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_argsort_stable");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_msort([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_msort");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_quantile([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t q_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] const char* interpolation_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_quantile");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_quantile_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double q_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] const char* interpolation_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_quantile_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t q_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] const char* interpolation_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nanquantile");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double q_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] const char* interpolation_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nanquantile_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_mean([[maybe_unused]] int64_t input_, [[maybe_unused]] bool unbiased_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_var_mean");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool unbiased_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_var_mean_dim");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_correction([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] double correction_, [[maybe_unused]] int64_t correction_int, [[maybe_unused]] int32_t correction_kind, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_var_mean_correction");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean([[maybe_unused]] int64_t input_, [[maybe_unused]] bool unbiased_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_std_mean");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool unbiased_, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_std_mean_dim");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_correction([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] double correction_, [[maybe_unused]] int64_t correction_int, [[maybe_unused]] int32_t correction_kind, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_std_mean_correction");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_histc([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t bins_, [[maybe_unused]] double min_, [[maybe_unused]] int64_t min_int, [[maybe_unused]] int32_t min_kind, [[maybe_unused]] double max_, [[maybe_unused]] int64_t max_int, [[maybe_unused]] int32_t max_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_histc");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bincount([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t weights_, [[maybe_unused]] int64_t minlength_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bincount");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bucketize_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t boundaries_, [[maybe_unused]] bool out_int32_, [[maybe_unused]] bool right_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bucketize_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_bucketize_scalar([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t boundaries_, [[maybe_unused]] bool out_int32_, [[maybe_unused]] bool right_) noexcept {
    sffi::begin_call("rt_torch_tensor_bucketize_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_tensor([[maybe_unused]] int64_t sorted_sequence_, [[maybe_unused]] int64_t input_, [[maybe_unused]] bool out_int32_, [[maybe_unused]] bool right_, [[maybe_unused]] const char* side_, [[maybe_unused]] int64_t sorter_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_searchsorted_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_scalar([[maybe_unused]] int64_t sorted_sequence_, [[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] bool out_int32_, [[maybe_unused]] bool right_, [[maybe_unused]] const char* side_, [[maybe_unused]] int64_t sorter_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_searchsorted_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_diff([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t n_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t prepend_, [[maybe_unused]] int64_t append_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_diff");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_expand([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] bool implicit_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_expand");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_expand_as([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_expand_as");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_broadcast_to([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_broadcast_to");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_flip([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_flip");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_fliplr([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_fliplr");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_flipud([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_flipud");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_roll([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* shifts_, [[maybe_unused]] int64_t shifts_len, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len, [[maybe_unused]] bool dims_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_roll");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_rot90([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t k_, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_rot90");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* repeats_, [[maybe_unused]] int64_t repeats_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_repeat");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_tensor([[maybe_unused]] int64_t repeats_, [[maybe_unused]] int64_t output_size_, [[maybe_unused]] bool output_size_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_repeat_interleave_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t repeats_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] int64_t output_size_, [[maybe_unused]] bool output_size_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_repeat_interleave_self_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t repeats_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present, [[maybe_unused]] int64_t output_size_, [[maybe_unused]] bool output_size_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_repeat_interleave_self_int");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_tile([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_tile");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_movedim_intlist([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* source_, [[maybe_unused]] int64_t source_len, [[maybe_unused]] const int64_t* destination_, [[maybe_unused]] int64_t destination_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_movedim_intlist");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_movedim_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t source_, [[maybe_unused]] int64_t destination_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_movedim_int");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_unbind_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_unbind_int");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_split_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t split_size_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_split_tensor");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_split_sizes([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* split_size_, [[maybe_unused]] int64_t split_size_len, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_split_sizes");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_split_with_sizes([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* split_sizes_, [[maybe_unused]] int64_t split_sizes_len, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_split_with_sizes");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_sections([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t sections_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_tensor_split_sections");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_indices([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* indices_, [[maybe_unused]] int64_t indices_len, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_tensor_split_indices");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_tensor_indices_or_sections([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t tensor_indices_or_sections_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_tensor_split_tensor_indices_or_sections");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t sections_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_hsplit_int");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_array([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* indices_, [[maybe_unused]] int64_t indices_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_hsplit_array");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t sections_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_vsplit_int");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_array([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* indices_, [[maybe_unused]] int64_t indices_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_vsplit_array");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t sections_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_dsplit_int");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_array([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* indices_, [[maybe_unused]] int64_t indices_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_dsplit_array");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_narrow([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t start_, [[maybe_unused]] int64_t length_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_narrow");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_narrow_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t start_, [[maybe_unused]] int64_t length_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_narrow_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_unflatten_int([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] const int64_t* sizes_, [[maybe_unused]] int64_t sizes_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_unflatten_int");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ravel([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ravel");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_hstack([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_hstack");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_vstack([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_vstack");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_dstack([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_dstack");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_column_stack([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_column_stack");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_atleast_1d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d_sequence([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_atleast_1d_sequence");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_atleast_2d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d_sequence([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_atleast_2d_sequence");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_atleast_3d");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d_sequence([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_atleast_3d_sequence");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_tril([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t diagonal_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_tril");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_triu([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t diagonal_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_triu");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_diag([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t diagonal_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_diag");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_diag_embed([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t offset_, [[maybe_unused]] int64_t dim1_, [[maybe_unused]] int64_t dim2_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_diag_embed");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagonal([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t offset_, [[maybe_unused]] int64_t dim1_, [[maybe_unused]] int64_t dim2_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_diagonal");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagflat([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t offset_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_diagflat");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_trace([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_trace");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_kron([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_kron");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_meshgrid");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid_indexing([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len, [[maybe_unused]] const char* indexing_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_meshgrid_indexing");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_view_as");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_reshape_as([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_reshape_as");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_unfold([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dimension_, [[maybe_unused]] int64_t size_, [[maybe_unused]] int64_t step_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_unfold");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_add([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] int64_t source_, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_add");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_copy([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] int64_t source_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_copy");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] double value_, [[maybe_unused]] int64_t value_int, [[maybe_unused]] int32_t value_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_fill_int_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] int64_t value_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_fill_int_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_put([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* indices_, [[maybe_unused]] int64_t indices_len, [[maybe_unused]] int64_t values_, [[maybe_unused]] bool accumulate_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_put");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_reduce([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] int64_t source_, [[maybe_unused]] const char* reduce_, [[maybe_unused]] bool include_self_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_reduce");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_src([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] int64_t src_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_scatter_src");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] double value_, [[maybe_unused]] int64_t value_int, [[maybe_unused]] int32_t value_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_scatter_value");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] int64_t src_, [[maybe_unused]] const char* reduce_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_scatter_reduce");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value_reduce([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] double value_, [[maybe_unused]] int64_t value_int, [[maybe_unused]] int32_t value_kind, [[maybe_unused]] const char* reduce_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_scatter_value_reduce");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_add([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] int64_t src_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_scatter_add");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce_two([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_, [[maybe_unused]] int64_t src_, [[maybe_unused]] const char* reduce_, [[maybe_unused]] bool include_self_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_scatter_reduce_two");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_take([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t index_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_take");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_take_along_dim([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t indices_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_take_along_dim");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_put([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t index_, [[maybe_unused]] int64_t source_, [[maybe_unused]] bool accumulate_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_put");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nonzero");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nonzero_numpy([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nonzero_numpy");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_argwhere([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_argwhere");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_select_scatter([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t src_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t index_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_select_scatter");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_slice_scatter([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t src_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] int64_t start_, [[maybe_unused]] bool start_present, [[maybe_unused]] int64_t end_, [[maybe_unused]] bool end_present, [[maybe_unused]] int64_t step_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_slice_scatter");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t src_, [[maybe_unused]] int64_t offset_, [[maybe_unused]] int64_t dim1_, [[maybe_unused]] int64_t dim2_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_diagonal_scatter");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_zeros_like([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_zeros_like");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ones_like([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ones_like");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_empty_like([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_empty_like");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_full_like([[maybe_unused]] int64_t input_, [[maybe_unused]] double fill_value_, [[maybe_unused]] int64_t fill_value_int, [[maybe_unused]] int32_t fill_value_kind, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_full_like");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_randn_like([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_randn_like");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_rand_like([[maybe_unused]] int64_t input_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_rand_like");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_randint_like([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t high_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_randint_like");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_randint_like_low_dtype([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t low_, [[maybe_unused]] int64_t high_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_randint_like_low_dtype");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_randint([[maybe_unused]] int64_t high_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_randint");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_randint_low([[maybe_unused]] int64_t low_, [[maybe_unused]] int64_t high_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_randint_low");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_tensor([[maybe_unused]] int64_t mean_, [[maybe_unused]] int64_t std_arg_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_normal_tensor_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_float([[maybe_unused]] int64_t mean_, [[maybe_unused]] double std_arg_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_normal_tensor_float");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_normal_float_tensor([[maybe_unused]] double mean_, [[maybe_unused]] int64_t std_arg_) noexcept {
    sffi::begin_call("rt_torch_tensor_normal_float_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_normal_float_float([[maybe_unused]] double mean_, [[maybe_unused]] double std_arg_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_normal_float_float");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bernoulli");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli_p([[maybe_unused]] int64_t input_, [[maybe_unused]] double p_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bernoulli_p");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_multinomial([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t num_samples_, [[maybe_unused]] bool replacement_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_multinomial");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_logspace([[maybe_unused]] double start_, [[maybe_unused]] int64_t start_int, [[maybe_unused]] int32_t start_kind, [[maybe_unused]] double end_, [[maybe_unused]] int64_t end_int, [[maybe_unused]] int32_t end_kind, [[maybe_unused]] int64_t steps_, [[maybe_unused]] double base_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_logspace");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_tril_indices([[maybe_unused]] int64_t row_, [[maybe_unused]] int64_t col_, [[maybe_unused]] int64_t offset_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_tril_indices");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_triu_indices([[maybe_unused]] int64_t row_, [[maybe_unused]] int64_t col_, [[maybe_unused]] int64_t offset_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_triu_indices");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor([[maybe_unused]] double s_, [[maybe_unused]] int64_t s_int, [[maybe_unused]] int32_t s_kind, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_empty_strided([[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] const int64_t* stride_, [[maybe_unused]] int64_t stride_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_empty_strided");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_zeros([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_torchtensor_new_zeros");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_ones([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_torchtensor_new_ones");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_full([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] double fill_value_, [[maybe_unused]] int64_t fill_value_int, [[maybe_unused]] int32_t fill_value_kind, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_torchtensor_new_full");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_new_empty([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* size_, [[maybe_unused]] int64_t size_len, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_torchtensor_new_empty");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_polar([[maybe_unused]] int64_t abs_, [[maybe_unused]] int64_t angle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_polar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_real([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_view_as_real");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_complex([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_view_as_complex");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bool([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bool");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_byte([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_byte");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_char([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_char");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_short([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_short");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_int([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_int");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_long([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_long");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_half([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_half");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bfloat16([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bfloat16");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_float([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_float");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_double([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* memory_format_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_double");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_torchtensor_normal_([[maybe_unused]] int64_t input_, [[maybe_unused]] double mean_, [[maybe_unused]] double std_arg_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_normal_");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_torchtensor_mm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mat2_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bmm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mat2_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bmm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mv([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t vec_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mv");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_addmm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mat1_, [[maybe_unused]] int64_t mat2_, [[maybe_unused]] double beta_, [[maybe_unused]] int64_t beta_int, [[maybe_unused]] int32_t beta_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_addmm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_addmv([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mat_, [[maybe_unused]] int64_t vec_, [[maybe_unused]] double beta_, [[maybe_unused]] int64_t beta_int, [[maybe_unused]] int32_t beta_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_addmv");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_addbmm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t batch1_, [[maybe_unused]] int64_t batch2_, [[maybe_unused]] double beta_, [[maybe_unused]] int64_t beta_int, [[maybe_unused]] int32_t beta_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_addbmm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_baddbmm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t batch1_, [[maybe_unused]] int64_t batch2_, [[maybe_unused]] double beta_, [[maybe_unused]] int64_t beta_int, [[maybe_unused]] int32_t beta_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_baddbmm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_addr([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t vec1_, [[maybe_unused]] int64_t vec2_, [[maybe_unused]] double beta_, [[maybe_unused]] int64_t beta_int, [[maybe_unused]] int32_t beta_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_addr");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_vdot([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_vdot");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_outer([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t vec2_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_outer");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_inner([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_inner");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cross([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] int64_t dim_, [[maybe_unused]] bool dim_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cross");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_einsum([[maybe_unused]] const char* equation_, [[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len, [[maybe_unused]] const int64_t* path_, [[maybe_unused]] int64_t path_len, [[maybe_unused]] bool path_present) noexcept {
    sffi::begin_call("rt_torch_tensor_einsum");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_dist([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] double p_, [[maybe_unused]] int64_t p_int, [[maybe_unused]] int32_t p_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_dist");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cdist([[maybe_unused]] int64_t x1_, [[maybe_unused]] int64_t x2_, [[maybe_unused]] double p_, [[maybe_unused]] const char* compute_mode_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cdist");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_matrix_exp([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_matrix_exp");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logdet([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logdet");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_pinverse([[maybe_unused]] int64_t input_, [[maybe_unused]] double rcond_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_pinverse");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky([[maybe_unused]] int64_t input_, [[maybe_unused]] bool upper_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cholesky");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_inverse([[maybe_unused]] int64_t input_, [[maybe_unused]] bool upper_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cholesky_inverse");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_solve([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t input2_, [[maybe_unused]] bool upper_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cholesky_solve");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_qr([[maybe_unused]] int64_t input_, [[maybe_unused]] bool some_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_qr");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_svd_v2([[maybe_unused]] int64_t input_, [[maybe_unused]] bool some_, [[maybe_unused]] bool compute_uv_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_svd_v2");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_lu_unpack([[maybe_unused]] int64_t lu_data_, [[maybe_unused]] int64_t lu_pivots_, [[maybe_unused]] bool unpack_data_, [[maybe_unused]] bool unpack_pivots_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lu_unpack");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_lu_solve([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t lu_data_, [[maybe_unused]] int64_t lu_pivots_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lu_solve");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_triangular_solve([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t a_, [[maybe_unused]] bool upper_, [[maybe_unused]] bool transpose_, [[maybe_unused]] bool unitriangular_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_triangular_solve");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_geqrf([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_geqrf");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ormqr([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t input2_, [[maybe_unused]] int64_t input3_, [[maybe_unused]] bool left_, [[maybe_unused]] bool transpose_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ormqr");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_corrcoef([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_corrcoef");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cov([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t correction_, [[maybe_unused]] int64_t fweights_, [[maybe_unused]] int64_t aweights_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cov");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_x([[maybe_unused]] int64_t y_, [[maybe_unused]] int64_t x_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_trapezoid_x");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_dx([[maybe_unused]] int64_t y_, [[maybe_unused]] double dx_, [[maybe_unused]] int64_t dx_int, [[maybe_unused]] int32_t dx_kind, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_trapezoid_dx");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapz_x([[maybe_unused]] int64_t y_, [[maybe_unused]] int64_t x_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_trapz_x");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_trapz_dx([[maybe_unused]] int64_t y_, [[maybe_unused]] double dx_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_trapz_dx");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_x([[maybe_unused]] int64_t y_, [[maybe_unused]] int64_t x_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cumulative_trapezoid_x");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_dx([[maybe_unused]] int64_t y_, [[maybe_unused]] double dx_, [[maybe_unused]] int64_t dx_int, [[maybe_unused]] int32_t dx_kind, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cumulative_trapezoid_dx");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cross([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_cross");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_diagonal([[maybe_unused]] int64_t a_, [[maybe_unused]] int64_t offset_, [[maybe_unused]] int64_t dim1_, [[maybe_unused]] int64_t dim2_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_diagonal");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky([[maybe_unused]] int64_t input_, [[maybe_unused]] bool upper_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_cholesky");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky_ex([[maybe_unused]] int64_t input_, [[maybe_unused]] bool upper_, [[maybe_unused]] bool check_errors_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_cholesky_ex");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vecdot([[maybe_unused]] int64_t x_, [[maybe_unused]] int64_t y_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_vecdot");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond([[maybe_unused]] int64_t input_, [[maybe_unused]] double p_, [[maybe_unused]] int64_t p_int, [[maybe_unused]] int32_t p_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_cond");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond_p_str([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* p_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_cond_p_str");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvals([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_eigvals");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigh([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* uplo_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_eigh");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvalsh([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* uplo_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_eigvalsh");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_householder_product([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t tau_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_householder_product");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor([[maybe_unused]] int64_t input_, [[maybe_unused]] bool hermitian_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_ldl_factor");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor_ex([[maybe_unused]] int64_t input_, [[maybe_unused]] bool hermitian_, [[maybe_unused]] bool check_errors_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_ldl_factor_ex");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_solve([[maybe_unused]] int64_t ld_, [[maybe_unused]] int64_t pivots_, [[maybe_unused]] int64_t b_, [[maybe_unused]] bool hermitian_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_ldl_solve");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lstsq([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t b_, [[maybe_unused]] double rcond_, [[maybe_unused]] bool rcond_present, [[maybe_unused]] const char* driver_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_lstsq");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_power([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t n_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_matrix_power");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_multi_dot([[maybe_unused]] const int64_t* tensors_, [[maybe_unused]] int64_t tensors_len) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_multi_dot");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm([[maybe_unused]] int64_t input_, [[maybe_unused]] double ord_, [[maybe_unused]] int64_t ord_int, [[maybe_unused]] int32_t ord_kind, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_norm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm_ord_str([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* ord_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool dim_present, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_norm_ord_str");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm([[maybe_unused]] int64_t input_, [[maybe_unused]] double ord_, [[maybe_unused]] int64_t ord_int, [[maybe_unused]] int32_t ord_kind, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_matrix_norm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord([[maybe_unused]] int64_t input_, [[maybe_unused]] const char* ord_, [[maybe_unused]] const int64_t* dim_, [[maybe_unused]] int64_t dim_len, [[maybe_unused]] bool keepdim_, [[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_matrix_norm_str_ord");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_qr([[maybe_unused]] int64_t a_, [[maybe_unused]] const char* mode_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_qr");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_slogdet([[maybe_unused]] int64_t a_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_slogdet");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vander([[maybe_unused]] int64_t x_, [[maybe_unused]] int64_t n_, [[maybe_unused]] bool n_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_vander");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor([[maybe_unused]] int64_t a_, [[maybe_unused]] bool pivot_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_lu_factor");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor_ex([[maybe_unused]] int64_t a_, [[maybe_unused]] bool pivot_, [[maybe_unused]] bool check_errors_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_lu_factor_ex");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu([[maybe_unused]] int64_t a_, [[maybe_unused]] bool pivot_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_lu");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_solve([[maybe_unused]] int64_t lu_, [[maybe_unused]] int64_t pivots_, [[maybe_unused]] int64_t b_, [[maybe_unused]] bool left_, [[maybe_unused]] bool adjoint_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_lu_solve");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_inv_ex([[maybe_unused]] int64_t a_, [[maybe_unused]] bool check_errors_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_inv_ex");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve([[maybe_unused]] int64_t a_, [[maybe_unused]] int64_t b_, [[maybe_unused]] bool left_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_solve");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_ex([[maybe_unused]] int64_t a_, [[maybe_unused]] int64_t b_, [[maybe_unused]] bool left_, [[maybe_unused]] bool check_errors_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_solve_ex");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_triangular([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t b_, [[maybe_unused]] bool upper_, [[maybe_unused]] bool left_, [[maybe_unused]] bool unitriangular_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_solve_triangular");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t atol_, [[maybe_unused]] int64_t rtol_, [[maybe_unused]] bool hermitian_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float([[maybe_unused]] int64_t input_, [[maybe_unused]] double atol_, [[maybe_unused]] bool atol_present, [[maybe_unused]] double rtol_, [[maybe_unused]] bool rtol_present, [[maybe_unused]] bool hermitian_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank([[maybe_unused]] int64_t input_, [[maybe_unused]] double tol_, [[maybe_unused]] bool hermitian_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_matrix_rank");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_tol_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t tol_, [[maybe_unused]] bool hermitian_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_matrix_rank_tol_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t atol_, [[maybe_unused]] int64_t rtol_, [[maybe_unused]] bool hermitian_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_float([[maybe_unused]] int64_t input_, [[maybe_unused]] double atol_, [[maybe_unused]] bool atol_present, [[maybe_unused]] double rtol_, [[maybe_unused]] bool rtol_present, [[maybe_unused]] bool hermitian_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_pinv_atol_rtol_float");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv([[maybe_unused]] int64_t input_, [[maybe_unused]] double rcond_, [[maybe_unused]] bool hermitian_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_pinv");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t rcond_, [[maybe_unused]] bool hermitian_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_pinv_rcond_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svdvals([[maybe_unused]] int64_t a_, [[maybe_unused]] const char* driver_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_svdvals");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorinv([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t ind_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_tensorinv");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorsolve([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] const int64_t* dims_, [[maybe_unused]] int64_t dims_len, [[maybe_unused]] bool dims_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linalg_tensorsolve");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mt([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mt");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mh([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mh");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_numpy_t([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_numpy_t");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_matrix_h([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_matrix_h");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cos([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cos");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_tan([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_tan");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_acos([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_acos");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_acosh([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_acosh");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_asin([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_asin");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_asinh([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_asinh");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_atan([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_atan");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_atanh([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_atanh");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cosh([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_cosh");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sinh([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sinh");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ceil([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ceil");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_floor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_round([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_round");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_round_decimals([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t decimals_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_round_decimals");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_trunc([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_trunc");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_frac([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_frac");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sign([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sign");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_signbit([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_signbit");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sinc([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sinc");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_deg2rad([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_deg2rad");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_rad2deg([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_rad2deg");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_exp2([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_exp2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_expm1([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_expm1");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_log1p([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_log1p");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_log10([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_log10");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_log2([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_log2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_rsqrt([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_rsqrt");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_square([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_square");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_i0([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_i0");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_erf([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_erf");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_erfc([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_erfc");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_erfinv([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_erfinv");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_lgamma([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lgamma");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_digamma([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_digamma");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_positive([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_positive");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_angle([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_angle");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_conj_physical([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_conj_physical");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logit([[maybe_unused]] int64_t input_, [[maybe_unused]] double eps_, [[maybe_unused]] bool eps_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logit");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_polygamma([[maybe_unused]] int64_t n_, [[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_tensor_polygamma");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mvlgamma([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t p_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_mvlgamma");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nan_to_num([[maybe_unused]] int64_t input_, [[maybe_unused]] double nan_, [[maybe_unused]] bool nan_present, [[maybe_unused]] double posinf_, [[maybe_unused]] bool posinf_present, [[maybe_unused]] double neginf_, [[maybe_unused]] bool neginf_present) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nan_to_num");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_frexp_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_frexp_tensor");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_atan2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_atan2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logaddexp");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp2([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logaddexp2");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_xlogy_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_scalar_other([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_xlogy_scalar_other");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_xlogy_scalar_self([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_tensor_xlogy_scalar_self");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_hypot([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_hypot");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_lerp_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t end_, [[maybe_unused]] double weight_, [[maybe_unused]] int64_t weight_int, [[maybe_unused]] int32_t weight_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lerp_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_lerp_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t end_, [[maybe_unused]] int64_t weight_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lerp_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_nextafter([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_nextafter");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_copysign_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_copysign_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_copysign_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_copysign_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmax([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_fmax");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmin([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_fmin");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmod_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_fmod_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_fmod_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_fmod_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_remainder_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_remainder_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_remainder_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_remainder_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_remainder_scalar_tensor([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_tensor_remainder_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_floor_divide");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_floor_divide_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_true_divide_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_true_divide_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t exponent_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_float_power_tensor_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double exponent_, [[maybe_unused]] int64_t exponent_int, [[maybe_unused]] int32_t exponent_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_float_power_tensor_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_float_power_scalar([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t exponent_) noexcept {
    sffi::begin_call("rt_torch_tensor_float_power_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_heaviside([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t values_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_heaviside");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_lcm([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lcm");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_gcd([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_gcd");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ldexp_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ldexp_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp([[maybe_unused]] int64_t input_, [[maybe_unused]] double min_, [[maybe_unused]] int64_t min_int, [[maybe_unused]] int32_t min_kind, [[maybe_unused]] double max_, [[maybe_unused]] int64_t max_int, [[maybe_unused]] int32_t max_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clamp");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t min_, [[maybe_unused]] int64_t max_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clamp_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min([[maybe_unused]] int64_t input_, [[maybe_unused]] double min_, [[maybe_unused]] int64_t min_int, [[maybe_unused]] int32_t min_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clamp_min");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t min_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clamp_min_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max([[maybe_unused]] int64_t input_, [[maybe_unused]] double max_, [[maybe_unused]] int64_t max_int, [[maybe_unused]] int32_t max_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clamp_max");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t max_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clamp_max_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_minimum([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_minimum");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_addcmul([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t tensor1_, [[maybe_unused]] int64_t tensor2_, [[maybe_unused]] double value_, [[maybe_unused]] int64_t value_int, [[maybe_unused]] int32_t value_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_addcmul");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_addcdiv([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t tensor1_, [[maybe_unused]] int64_t tensor2_, [[maybe_unused]] double value_, [[maybe_unused]] int64_t value_int, [[maybe_unused]] int32_t value_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_addcdiv");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_eq_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_eq_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_eq_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_eq_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ne_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ne_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ne_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ne_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_gt_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_gt_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_gt_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_gt_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ge_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ge_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ge_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_ge_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_lt_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lt_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_lt_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lt_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_le_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_le_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_le_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_le_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API bool rt_torch_torchtensor_equal([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_equal");
    sffi::unavailable();
    return false;
}

RT_TORCH_API int64_t rt_torch_torchtensor_isclose([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] double rtol_, [[maybe_unused]] double atol_, [[maybe_unused]] bool equal_nan_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_isclose");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API bool rt_torch_torchtensor_allclose([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] double rtol_, [[maybe_unused]] double atol_, [[maybe_unused]] bool equal_nan_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_allclose");
    sffi::unavailable();
    return false;
}

RT_TORCH_API int64_t rt_torch_torchtensor_isfinite([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_isfinite");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_isinf([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_isinf");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_isposinf([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_isposinf");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_isneginf([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_isneginf");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_isreal([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_isreal");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_isnan([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_isnan");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_and([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logical_and");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_or([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logical_or");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_xor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logical_xor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logical_not([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logical_not");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_and_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_and_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_and_scalar_tensor([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_tensor_bitwise_and_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_or_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_or_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_or_scalar_tensor([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_tensor_bitwise_or_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_xor_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_xor_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_xor_scalar_tensor([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_tensor_bitwise_xor_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_not");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_left_shift_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_left_shift_tensor_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_left_shift_scalar_tensor([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_tensor_bitwise_left_shift_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_right_shift_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_right_shift_tensor_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor([[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_tensor_bitwise_right_shift_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_self([[maybe_unused]] int64_t condition_, [[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_where_self");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarself([[maybe_unused]] int64_t condition_, [[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_where_scalarself");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarother([[maybe_unused]] int64_t condition_, [[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_where_scalarother");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_where_scalar([[maybe_unused]] int64_t condition_, [[maybe_unused]] double input_, [[maybe_unused]] int64_t input_int, [[maybe_unused]] int32_t input_kind, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_where_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_scalar([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mask_, [[maybe_unused]] double value_, [[maybe_unused]] int64_t value_int, [[maybe_unused]] int32_t value_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_masked_fill_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_tensor([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mask_, [[maybe_unused]] int64_t value_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_masked_fill_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_tensor([[maybe_unused]] int64_t elements_, [[maybe_unused]] int64_t test_elements_, [[maybe_unused]] bool assume_unique_, [[maybe_unused]] bool invert_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_isin_tensor_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_scalar([[maybe_unused]] int64_t elements_, [[maybe_unused]] double test_element_, [[maybe_unused]] int64_t test_element_int, [[maybe_unused]] int32_t test_element_kind, [[maybe_unused]] bool assume_unique_, [[maybe_unused]] bool invert_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_isin_tensor_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_isin_scalar_tensor([[maybe_unused]] double element_, [[maybe_unused]] int64_t element_int, [[maybe_unused]] int32_t element_kind, [[maybe_unused]] int64_t test_elements_, [[maybe_unused]] bool assume_unique_, [[maybe_unused]] bool invert_) noexcept {
    sffi::begin_call("rt_torch_tensor_isin_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_select([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mask_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_masked_select");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_masked_scatter([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mask_, [[maybe_unused]] int64_t source_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_masked_scatter");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_torchtensor_sub_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sub_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_sub_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind, [[maybe_unused]] double alpha_, [[maybe_unused]] int64_t alpha_int, [[maybe_unused]] int32_t alpha_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sub_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_div_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_div_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_div_tensor_mode_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_, [[maybe_unused]] const char* rounding_mode_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_div_tensor_mode_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_div_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_div_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_div_scalar_mode_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind, [[maybe_unused]] const char* rounding_mode_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_div_scalar_mode_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_fill_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double value_, [[maybe_unused]] int64_t value_int, [[maybe_unused]] int32_t value_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_fill_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_fill_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t value_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_fill_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_clamp_([[maybe_unused]] int64_t input_, [[maybe_unused]] double min_, [[maybe_unused]] int64_t min_int, [[maybe_unused]] int32_t min_kind, [[maybe_unused]] double max_, [[maybe_unused]] int64_t max_int, [[maybe_unused]] int32_t max_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clamp_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_clamp_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t min_, [[maybe_unused]] int64_t max_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_clamp_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_sqrt_([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_sqrt_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_exp_([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_exp_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_log_([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_log_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_neg_([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_neg_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_abs_([[maybe_unused]] int64_t input_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_abs_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_pow_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double exponent_, [[maybe_unused]] int64_t exponent_int, [[maybe_unused]] int32_t exponent_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_pow_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_pow_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t exponent_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_pow_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_masked_fill_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mask_, [[maybe_unused]] double value_, [[maybe_unused]] int64_t value_int, [[maybe_unused]] int32_t value_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_masked_fill_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_masked_fill_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t mask_, [[maybe_unused]] int64_t value_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_masked_fill_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_floor_divide_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_floor_divide_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_floor_divide_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_floor_divide_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_remainder_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_remainder_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_remainder_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_remainder_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_and_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_and_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_and_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_and_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_or_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_or_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_or_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_or_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_xor_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_xor_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_left_shift_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_([[maybe_unused]] int64_t input_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_right_shift_tensor_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_([[maybe_unused]] int64_t input_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_");
    sffi::unavailable();
}

RT_TORCH_API void rt_torch_torchtensor_index_put_([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* indices_, [[maybe_unused]] int64_t indices_len, [[maybe_unused]] int64_t values_, [[maybe_unused]] bool accumulate_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_index_put_");
    sffi::unavailable();
}

RT_TORCH_API int32_t rt_torch_torchtensor_result_type_tensor([[maybe_unused]] int64_t tensor_, [[maybe_unused]] int64_t other_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_result_type_tensor");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int32_t rt_torch_torchtensor_result_type_scalar([[maybe_unused]] int64_t tensor_, [[maybe_unused]] double other_, [[maybe_unused]] int64_t other_int, [[maybe_unused]] int32_t other_kind) noexcept {
    sffi::begin_call("rt_torch_torchtensor_result_type_scalar");
    sffi::unavailable();
    return -1;
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

RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_tensor([[maybe_unused]] int64_t start_, [[maybe_unused]] int64_t end_, [[maybe_unused]] int64_t steps_, [[maybe_unused]] double base_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logspace_tensor_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_scalar([[maybe_unused]] int64_t start_, [[maybe_unused]] double end_, [[maybe_unused]] int64_t end_int, [[maybe_unused]] int32_t end_kind, [[maybe_unused]] int64_t steps_, [[maybe_unused]] double base_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_torchtensor_logspace_tensor_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_logspace_scalar_tensor([[maybe_unused]] double start_, [[maybe_unused]] int64_t start_int, [[maybe_unused]] int32_t start_kind, [[maybe_unused]] int64_t end_, [[maybe_unused]] int64_t steps_, [[maybe_unused]] double base_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_logspace_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_tensor([[maybe_unused]] int64_t start_, [[maybe_unused]] int64_t end_, [[maybe_unused]] int64_t steps_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linspace_tensor_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_scalar([[maybe_unused]] int64_t start_, [[maybe_unused]] double end_, [[maybe_unused]] int64_t end_int, [[maybe_unused]] int32_t end_kind, [[maybe_unused]] int64_t steps_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_torchtensor_linspace_tensor_scalar");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_linspace_scalar_tensor([[maybe_unused]] double start_, [[maybe_unused]] int64_t start_int, [[maybe_unused]] int32_t start_kind, [[maybe_unused]] int64_t end_, [[maybe_unused]] int64_t steps_, [[maybe_unused]] int32_t dtype_, [[maybe_unused]] int32_t device_type, [[maybe_unused]] int32_t device_index) noexcept {
    sffi::begin_call("rt_torch_tensor_linspace_scalar_tensor");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API bool rt_torch_autograd_is_leaf([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_is_leaf");
    sffi::unavailable();
    return false;
}

RT_TORCH_API bool rt_torch_autograd_has_grad_fn([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_has_grad_fn");
    sffi::unavailable();
    return false;
}

RT_TORCH_API int64_t rt_torch_autograd_data([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_data");
    sffi::unavailable();
    return 0;
}

RT_TORCH_API void rt_torch_autograd_set_data([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t new_data_) noexcept {
    sffi::begin_call("rt_torch_autograd_set_data");
    sffi::unavailable();
}

RT_TORCH_API int32_t rt_torch_torchtensor_device_type([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_device_type");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_size_dim([[maybe_unused]] int64_t handle_, [[maybe_unused]] int64_t dim_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_size_dim");
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

RT_TORCH_API void rt_torch_torchtensor_uniform_([[maybe_unused]] int64_t input_, [[maybe_unused]] double low_, [[maybe_unused]] double to_) noexcept {
    sffi::begin_call("rt_torch_torchtensor_uniform_");
    sffi::unavailable();
}

RT_TORCH_API int64_t rt_torch_torchtensor_lstm_input([[maybe_unused]] int64_t input_, [[maybe_unused]] const int64_t* hx_, [[maybe_unused]] int64_t hx_len, [[maybe_unused]] const int64_t* params_, [[maybe_unused]] int64_t params_len, [[maybe_unused]] bool has_biases_, [[maybe_unused]] int64_t num_layers_, [[maybe_unused]] double dropout_, [[maybe_unused]] bool train_, [[maybe_unused]] bool bidirectional_, [[maybe_unused]] bool batch_first_, [[maybe_unused]] int64_t* out, [[maybe_unused]] int64_t out_capacity) noexcept {
    sffi::begin_call("rt_torch_torchtensor_lstm_input");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API void rt_torch_set_default_dtype([[maybe_unused]] int32_t dtype_) noexcept {
    sffi::begin_call("rt_torch_set_default_dtype");
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

RT_TORCH_API bool rt_torch_is_autocast_enabled([[maybe_unused]] const char* device_type_) noexcept {
    sffi::begin_call("rt_torch_is_autocast_enabled");
    sffi::unavailable();
    return false;
}

RT_TORCH_API int32_t rt_torch_get_autocast_dtype([[maybe_unused]] const char* device_type_) noexcept {
    sffi::begin_call("rt_torch_get_autocast_dtype");
    sffi::unavailable();
    return -1;
}

RT_TORCH_API const char* rt_torch_autograd_grad_fn_name([[maybe_unused]] int64_t handle_) noexcept {
    sffi::begin_call("rt_torch_autograd_grad_fn_name");
    sffi::unavailable();
    return nullptr;
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
