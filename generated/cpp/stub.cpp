// generated from spec/torch_api.yaml by sffi-gen; do not edit
// The stub bridge: the same C ABI as libtorch_sffi.so, built without libtorch.
//
// A program links it on a machine without libtorch and asks rt_torch_available() at run time.
// Every operation fails with RT_TORCH_ERR_UNAVAILABLE and a message naming the function;
// handles, the error getters and the live-handle count behave as in the real bridge (no
// handle can ever be issued here, so freeing one reports it as invalid).
#include "torch_sffi.h"

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

namespace {

thread_local int32_t t_error_code = 0;
thread_local std::string t_error_message;

void begin_call() noexcept { t_error_code = 0; }

void set_error(int32_t code, std::string message) noexcept {
    t_error_code = code;
    try {
        t_error_message = std::move(message);
    } catch (...) {
    }
}

void unavailable(const char* function) noexcept {
    set_error(RT_TORCH_ERR_UNAVAILABLE,
              std::string(function) + ": not available: this bridge was built without libtorch (libtorch_sffi_stub.so)");
}

void no_such_handle(const char* function, int64_t handle, const char* kind) noexcept {
    const std::string what = handle == 0 ? "0 is not a valid " + std::string(kind) + " handle"
                                         : std::to_string(handle) + " is not a " + kind + " handle issued by this bridge";
    set_error(RT_TORCH_ERR_INVALID_HANDLE, std::string(function) + ": argument 'handle': " + what);
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

extern "C" {

RT_TORCH_API bool rt_torch_available(void) noexcept {
    begin_call();
    return false;
}

RT_TORCH_API const char* rt_torch_version(void) noexcept {
    begin_call();
    return "unavailable: built without libtorch";
}

RT_TORCH_API bool rt_torch_cuda_available(void) noexcept {
    begin_call();
    unavailable("rt_torch_cuda_available");
    return false;
}

RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_zeros");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_ones(const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_ones");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_randn(const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_randn");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_rand(const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_rand");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t*, int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_full");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_from_data(const double*, int64_t, const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_from_data");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_arange(double, double, double) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_arange");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_linspace(double, double, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_linspace");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_eye(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_eye");
    return 0;
}

RT_TORCH_API int64_t rt_torch_tensor_empty(const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_empty");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_add");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_sub");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_mul");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_div");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_pow");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_neg");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_abs");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sqrt(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_sqrt");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_exp");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_log(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_log");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_add_scalar");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar(int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_mul_scalar");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_relu(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_relu");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_sigmoid");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_tanh");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_leaky_relu");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_gelu");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_softmax(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_softmax");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_log_softmax");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_matmul");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_dot");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t, int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_transpose");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_t(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_t");
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_norm(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_norm");
    return kNaN;
}

RT_TORCH_API double rt_torch_torchtensor_det(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_det");
    return kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_inverse(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_inverse");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t, int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_svd");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_eig(int64_t, int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_eig");
    return -1;
}

RT_TORCH_API double rt_torch_torchtensor_sum(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_sum");
    return kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim(int64_t, int64_t, bool) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_sum_dim");
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_mean(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_mean");
    return kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t, int64_t, bool) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_mean_dim");
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_max(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_max");
    return kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t, int64_t, bool, int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_max_dim");
    return -1;
}

RT_TORCH_API double rt_torch_torchtensor_min(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_min");
    return kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t, int64_t, bool, int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_min_dim");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t, int64_t, bool) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_argmax");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_argmin(int64_t, int64_t, bool) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_argmin");
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_std(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_std");
    return kNaN;
}

RT_TORCH_API double rt_torch_torchtensor_var(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_var");
    return kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_ndim");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_numel");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t, int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_shape");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t, const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_reshape");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_view(int64_t, const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_view");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_permute(int64_t, const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_permute");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_squeeze");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dim(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_squeeze_dim");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_unsqueeze");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_flatten(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_flatten");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_contiguous");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t, int64_t, int64_t, int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_slice");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t, int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_index_select");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t, int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_gather");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t*, int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_cat");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t*, int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_stack");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t, int64_t, int64_t, int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_chunk");
    return -1;
}

RT_TORCH_API int64_t rt_torch_nn_conv2d(int64_t, int64_t, int64_t, const int64_t*, int64_t, const int64_t*, int64_t, const int64_t*, int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_conv2d");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t, const int64_t*, int64_t, const int64_t*, int64_t, const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_max_pool2d");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t, const int64_t*, int64_t, const int64_t*, int64_t, const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_avg_pool2d");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_batch_norm(int64_t, int64_t, int64_t, int64_t, int64_t, bool, double, double) noexcept {
    begin_call();
    unavailable("rt_torch_nn_batch_norm");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t, const int64_t*, int64_t, int64_t, int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_nn_layer_norm");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t, double, bool) noexcept {
    begin_call();
    unavailable("rt_torch_nn_dropout");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_linear(int64_t, int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_linear");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_embedding");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_mse_loss");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_cross_entropy(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_cross_entropy");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_binary_cross_entropy");
    return 0;
}

RT_TORCH_API int64_t rt_torch_nn_nll_loss(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_nn_nll_loss");
    return 0;
}

RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t, bool) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_set_requires_grad");
}

RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_requires_grad");
    return false;
}

RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_grad");
    return 0;
}

RT_TORCH_API void rt_torch_autograd_backward(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_backward");
}

RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_zero_grad");
}

RT_TORCH_API int64_t rt_torch_autograd_detach(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_detach");
    return 0;
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin(void) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_no_grad_begin");
}

RT_TORCH_API void rt_torch_autograd_no_grad_end(void) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_no_grad_end");
}

RT_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t, int32_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_cuda");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_cpu");
    return 0;
}

RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_is_cuda");
    return false;
}

RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_device");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t, int32_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_to_stream");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_clone");
    return 0;
}

RT_TORCH_API int64_t rt_torch_stream_create(int32_t) noexcept {
    begin_call();
    unavailable("rt_torch_stream_create");
    return 0;
}

RT_TORCH_API void rt_torch_torchstream_sync(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchstream_sync");
}

RT_TORCH_API bool rt_torch_torchstream_query(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchstream_query");
    return false;
}

RT_TORCH_API void rt_torch_torchstream_free(int64_t handle) noexcept {
    begin_call();
    no_such_handle("rt_torch_torchstream_free", handle, "stream");
}

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle) noexcept {
    begin_call();
    no_such_handle("rt_torch_torchtensor_free", handle, "tensor");
}

RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t) noexcept {
    begin_call();
    unavailable("rt_torch_cuda_memory_allocated");
    return -1;
}

RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t) noexcept {
    begin_call();
    unavailable("rt_torch_cuda_max_memory_allocated");
    return -1;
}

RT_TORCH_API void rt_torch_cuda_empty_cache(void) noexcept {
    begin_call();
    unavailable("rt_torch_cuda_empty_cache");
}

RT_TORCH_API int32_t rt_torch_error_code(void) noexcept {
    return t_error_code;
}

RT_TORCH_API const char* rt_torch_error_message(void) noexcept {
    return t_error_code == 0 ? "" : t_error_message.c_str();
}

RT_TORCH_API void rt_torch_error_clear(void) noexcept {
    t_error_code = 0;
    t_error_message.clear();
}

RT_TORCH_API int64_t rt_torch_live_handles(void) noexcept {
    begin_call();
    return 0;
}

RT_TORCH_API bool rt_torch_torchtensor_release(int64_t) noexcept {
    return false;
}

RT_TORCH_API void rt_torch_manual_seed(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_manual_seed");
}

RT_TORCH_API int32_t rt_torch_cuda_device_count(void) noexcept {
    begin_call();
    unavailable("rt_torch_cuda_device_count");
    return -1;
}

RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t*, int64_t, const int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_tensor_from_i64");
    return 0;
}

RT_TORCH_API double rt_torch_torchtensor_item(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_item");
    return kNaN;
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t, double*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_data_f64");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t, int64_t*, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_data_i64");
    return -1;
}

RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_dtype");
    return -1;
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t, int32_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_to_dtype");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_real");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_imag");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_sum_all(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_sum_all");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_mean_all(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_mean_all");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_max_all(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_max_all");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_min_all(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_min_all");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar(int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_div_scalar");
    return 0;
}

RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_maximum");
    return 0;
}

RT_TORCH_API void rt_torch_autograd_set_grad(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_autograd_set_grad");
}

RT_TORCH_API void rt_torch_torchtensor_add_(int64_t, int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_add_");
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_(int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_add_scalar_");
}

RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_mul_");
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_(int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_mul_scalar_");
}

RT_TORCH_API void rt_torch_torchtensor_addcmul_(int64_t, int64_t, int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_addcmul_");
}

RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t, int64_t, int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_addcdiv_");
}

RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t, int64_t, double) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_lerp_");
}

RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_zero_");
}

RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t, int64_t) noexcept {
    begin_call();
    unavailable("rt_torch_torchtensor_copy_");
}

}  // extern "C"
