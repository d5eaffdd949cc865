// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Neural Network Operations, Loss Functions, Autograd, Device Management, CUDA Streams, Memory Management, Tensor Data, Parameter Updates: 85 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/avg_pool2d.h>)
#include <ATen/ops/avg_pool2d.h>
#else
#line 967 "spec/torch_api.yaml"
#error "binds calls at::avg_pool2d, which this ATen does not have (no <ATen/ops/avg_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/clone.h>)
#include <ATen/ops/clone.h>
#else
#line 1256 "spec/torch_api.yaml"
#error "binds calls at::clone, which this ATen does not have (no <ATen/ops/clone.h>)"
#endif
#if __has_include(<ATen/ops/complex.h>)
#include <ATen/ops/complex.h>
#else
#line 2725 "spec/torch_api.yaml"
#error "binds calls at::complex, which this ATen does not have (no <ATen/ops/complex.h>)"
#endif
#if __has_include(<ATen/ops/conv2d.h>)
#include <ATen/ops/conv2d.h>
#else
#line 940 "spec/torch_api.yaml"
#error "binds calls at::conv2d, which this ATen does not have (no <ATen/ops/conv2d.h>)"
#endif
#if __has_include(<ATen/ops/cross_entropy_loss.h>)
#include <ATen/ops/cross_entropy_loss.h>
#else
#line 1062 "spec/torch_api.yaml"
#error "binds calls at::cross_entropy_loss, which this ATen does not have (no <ATen/ops/cross_entropy_loss.h>)"
#endif
#if __has_include(<ATen/ops/embedding.h>)
#include <ATen/ops/embedding.h>
#else
#line 1037 "spec/torch_api.yaml"
#error "binds calls at::embedding, which this ATen does not have (no <ATen/ops/embedding.h>)"
#endif
#if __has_include(<ATen/ops/imag.h>)
#include <ATen/ops/imag.h>
#else
#line 1558 "spec/torch_api.yaml"
#error "binds calls at::imag, which this ATen does not have (no <ATen/ops/imag.h>)"
#endif
#if __has_include(<ATen/ops/layer_norm.h>)
#include <ATen/ops/layer_norm.h>
#else
#line 999 "spec/torch_api.yaml"
#error "binds calls at::layer_norm, which this ATen does not have (no <ATen/ops/layer_norm.h>)"
#endif
#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 1023 "spec/torch_api.yaml"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 953 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 2607 "spec/torch_api.yaml"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif
#if __has_include(<ATen/ops/nll_loss_nd.h>)
#include <ATen/ops/nll_loss_nd.h>
#else
#line 1086 "spec/torch_api.yaml"
#error "binds calls at::nll_loss_nd, which this ATen does not have (no <ATen/ops/nll_loss_nd.h>)"
#endif
#if __has_include(<ATen/ops/polar.h>)
#include <ATen/ops/polar.h>
#else
#line 3263 "spec/torch_api.yaml"
#error "binds calls at::polar, which this ATen does not have (no <ATen/ops/polar.h>)"
#endif
#if __has_include(<ATen/ops/real.h>)
#include <ATen/ops/real.h>
#else
#line 1547 "spec/torch_api.yaml"
#error "binds calls at::real, which this ATen does not have (no <ATen/ops/real.h>)"
#endif
#if __has_include(<ATen/ops/view_as_complex.h>)
#include <ATen/ops/view_as_complex.h>
#else
#line 3287 "spec/torch_api.yaml"
#error "binds calls at::view_as_complex, which this ATen does not have (no <ATen/ops/view_as_complex.h>)"
#endif
#if __has_include(<ATen/ops/view_as_real.h>)
#include <ATen/ops/view_as_real.h>
#else
#line 3275 "spec/torch_api.yaml"
#error "binds calls at::view_as_real, which this ATen does not have (no <ATen/ops/view_as_real.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_nn_conv2d(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 940 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 117 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 953 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride, padding));
#line 140 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, const int64_t* padding_, int64_t padding_len) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef kernel_size = sffi::array_arg(kernel_size_, kernel_size_len, "kernel_size");
        const at::IntArrayRef stride = sffi::array_arg(stride_, stride_len, "stride");
        const at::IntArrayRef padding = sffi::array_arg(padding_, padding_len, "padding");
        const sffi::SharedCall call_lock;
#line 967 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride, padding));
#line 163 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool2d");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool2d");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool2d");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_batch_norm(int64_t input_, int64_t running_mean_, int64_t running_var_, int64_t weight_, int64_t bias_, bool training_, double momentum_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::Tensor> running_mean = sffi::optional_tensor_arg(running_mean_, "running_mean");
        const std::optional<at::Tensor> running_var = sffi::optional_tensor_arg(running_var_, "running_var");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const bool training = training_;
        const double momentum = momentum_;
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 985 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps));
#line 190 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_batch_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_batch_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_batch_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t input_, const int64_t* normalized_shape_, int64_t normalized_shape_len, int64_t weight_, int64_t bias_, double eps_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::IntArrayRef normalized_shape = sffi::array_arg(normalized_shape_, normalized_shape_len, "normalized_shape");
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const double eps = eps_;
        const sffi::SharedCall call_lock;
#line 999 "spec/torch_api.yaml"
        return sffi::new_tensor(at::layer_norm(input, normalized_shape, weight, bias, eps));
#line 214 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_layer_norm");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_layer_norm");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_layer_norm");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input_, double p_, bool training_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const sffi::SharedCall call_lock;
#line 1011 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::dropout(input, p, training));
#line 236 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_dropout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_dropout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_dropout");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input_, int64_t weight_, int64_t bias_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::SharedCall call_lock;
#line 1023 "spec/torch_api.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias));
#line 257 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_linear");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_linear");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_linear");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input_, int64_t weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const sffi::SharedCall call_lock;
#line 1037 "spec/torch_api.yaml"
        return sffi::new_tensor(at::embedding(weight, input));
#line 277 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_conv2d_padding(int64_t input_, int64_t weight_, int64_t bias_, const int64_t* stride_, int64_t stride_len, const char* padding_, const int64_t* dilation_, int64_t dilation_len, int64_t groups_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const sffi::IntList stride = sffi::sized_int_list_arg(stride_, stride_len, 2, "stride");
        const std::string_view padding = sffi::enum_arg(padding_, "padding", {"valid", "same"}, sffi::Code::other);
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const int64_t groups = groups_;
        const sffi::SharedCall call_lock;
#line 2571 "spec/torch_api.yaml"
        return sffi::new_tensor(at::conv2d(input, weight, bias, stride, padding, dilation, groups));
#line 302 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_conv2d_padding");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_conv2d_padding");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_conv2d_padding");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_v2(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 2588 "spec/torch_api.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 327 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, const int64_t* dilation_, int64_t dilation_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const sffi::IntList dilation = sffi::sized_int_list_arg(dilation_, dilation_len, 2, "dilation");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 2607 "spec/torch_api.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, stride.value_or_empty(), padding, dilation, ceil_mode));
#line 352 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_max_pool2d_with_indices");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_max_pool2d_with_indices");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_nn_avg_pool2d_v2(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, bool count_include_pad_, int64_t divisor_override_, bool divisor_override_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const bool ceil_mode = ceil_mode_;
        const bool count_include_pad = count_include_pad_;
        const std::optional<int64_t> divisor_override = sffi::optional_arg(divisor_override_, divisor_override_present);
        const sffi::SharedCall call_lock;
#line 2626 "spec/torch_api.yaml"
        return sffi::new_tensor(at::avg_pool2d(input, kernel_size, stride.value_or_empty(), padding, ceil_mode, count_include_pad, divisor_override));
#line 378 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_avg_pool2d_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_avg_pool2d_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_avg_pool2d_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_embedding_v2(int64_t input_, int64_t weight_, int64_t padding_idx_, bool padding_idx_present, double max_norm_, bool max_norm_present, double norm_type_, bool scale_grad_by_freq_, bool sparse_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<int64_t> padding_idx = sffi::optional_arg(padding_idx_, padding_idx_present);
        const std::optional<double> max_norm = sffi::optional_arg(max_norm_, max_norm_present);
        const double norm_type = norm_type_;
        const bool scale_grad_by_freq = scale_grad_by_freq_;
        const bool sparse = sparse_;
        const sffi::SharedCall call_lock;
#line 2644 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::embedding(input, weight, padding_idx, max_norm, norm_type, scale_grad_by_freq, sparse));
#line 403 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_embedding_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_embedding_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_embedding_v2");
        return 0;
    }
}

RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1050 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::mse_loss(input, target));
#line 423 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_nn_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1062 "spec/torch_api.yaml"
        return sffi::to_f64(at::cross_entropy_loss(input, target));
#line 443 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cross_entropy");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1074 "spec/torch_api.yaml"
        return sffi::to_f64(sffi::binary_cross_entropy(input, target));
#line 463 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy");
        return sffi::kNaN;
    }
}

RT_TORCH_API double rt_torch_nn_nll_loss(int64_t input_, int64_t target_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const sffi::SharedCall call_lock;
#line 1086 "spec/torch_api.yaml"
        return sffi::to_f64(at::nll_loss_nd(input, target));
#line 483 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input_, int64_t target_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2660 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::mse_loss(input, target, reduction));
#line 504 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_, double label_smoothing_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const double label_smoothing = label_smoothing_;
        const sffi::SharedCall call_lock;
#line 2678 "spec/torch_api.yaml"
        return sffi::new_tensor(at::cross_entropy_loss(input, target, weight, sffi::reduction_arg(reduction), ignore_index, label_smoothing));
#line 528 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_cross_entropy_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_cross_entropy_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_cross_entropy_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input_, int64_t target_, int64_t weight_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2694 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::binary_cross_entropy(input, target, weight, reduction));
#line 550 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_binary_cross_entropy_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input_, int64_t target_, int64_t weight_, int64_t ignore_index_, const char* reduction_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::optional<at::Tensor> weight = sffi::optional_tensor_arg(weight_, "weight");
        const int64_t ignore_index = ignore_index_;
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const sffi::SharedCall call_lock;
#line 2711 "spec/torch_api.yaml"
        return sffi::new_tensor(at::nll_loss_nd(input, target, weight, sffi::reduction_arg(reduction), ignore_index));
#line 573 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_nll_loss_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_nll_loss_v2");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle_, bool requires_grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const bool requires_grad = requires_grad_;
        const sffi::ExclusiveCall call_lock;
#line 1099 "spec/torch_api.yaml"
        handle.requires_grad_(requires_grad);
#line 594 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_requires_grad");
    }
}

RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1110 "spec/torch_api.yaml"
        return sffi::to_bool(handle.requires_grad());
#line 611 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_requires_grad");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_requires_grad");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_requires_grad");
        return false;
    }
}

RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 1121 "spec/torch_api.yaml"
        return sffi::new_optional_tensor(handle.grad());
#line 631 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_grad");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_grad");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_grad");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_backward(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1133 "spec/torch_api.yaml"
        handle.backward();
#line 651 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward");
    }
}

RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 1144 "spec/torch_api.yaml"
        sffi::zero_grad(handle);
#line 668 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_zero_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_zero_grad");
    }
}

RT_TORCH_API int64_t rt_torch_autograd_detach(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1155 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.detach());
#line 685 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_detach");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_detach");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_detach");
        return 0;
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_begin(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1165 "spec/torch_api.yaml"
        sffi::no_grad_begin();
#line 704 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_begin");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_begin");
    }
}

RT_TORCH_API void rt_torch_autograd_no_grad_end(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1180 "spec/torch_api.yaml"
        sffi::no_grad_end();
#line 720 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_no_grad_end");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_no_grad_end");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_no_grad_end");
    }
}

RT_TORCH_API void rt_torch_autograd_set_grad(int64_t handle_, int64_t grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const std::optional<at::Tensor> grad = sffi::optional_tensor_arg(grad_, "grad");
        const sffi::ExclusiveCall call_lock;
#line 1643 "spec/torch_api.yaml"
        sffi::set_grad(handle, grad);
#line 738 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_grad");
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t handle_, int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1194 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_cuda(handle, device_id));
#line 756 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cuda");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cuda");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cuda");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1205 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.cpu());
#line 776 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_cpu");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_cpu");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_cpu");
        return 0;
    }
}

RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1216 "spec/torch_api.yaml"
        return sffi::to_bool(handle.is_cuda());
#line 796 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_is_cuda");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_is_cuda");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_is_cuda");
        return false;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1228 "spec/torch_api.yaml"
        return sffi::to_i32(handle.get_device());
#line 816 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_device");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_device");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_device");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t handle_, int32_t device_id_, int64_t stream_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const int32_t device_id = device_id_;
        const c10::Stream stream = sffi::stream_arg(stream_, "stream");
        const sffi::SharedCall call_lock;
#line 1241 "spec/torch_api.yaml"
        return sffi::new_tensor(sffi::to_stream(handle, device_id, stream));
#line 838 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_stream");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_stream");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_stream");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1256 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(handle));
#line 858 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clone");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clone");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clone");
        return 0;
    }
}

RT_TORCH_API int32_t rt_torch_cuda_device_count(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1461 "spec/torch_api.yaml"
        return sffi::to_i32(sffi::cuda_device_count());
#line 877 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_device_count");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_device_count");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_device_count");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2809 "spec/torch_api.yaml"
        return sffi::new_tensor(at::clone(input, sffi::memory_format_arg(memory_format)));
#line 898 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_clone_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_clone_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1269 "spec/torch_api.yaml"
        return sffi::new_stream(sffi::stream_from_pool(device_id));
#line 918 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_stream_create");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_stream_create");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_stream_create");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1280 "spec/torch_api.yaml"
        handle.synchronize();
#line 938 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_sync");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_sync");
    }
}

RT_TORCH_API bool rt_torch_torchstream_query(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const c10::Stream handle = sffi::stream_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1293 "spec/torch_api.yaml"
        return sffi::to_bool(handle.query());
#line 955 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_query");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_query");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_query");
        return false;
    }
}

RT_TORCH_API void rt_torch_torchstream_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 1305 "spec/torch_api.yaml"
        sffi::free_stream(handle_);
#line 973 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchstream_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchstream_free");
    }
}

RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
#line 1319 "spec/torch_api.yaml"
        sffi::free_tensor(handle_);
#line 988 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_free");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_free");
    }
}

RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1331 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_memory_allocated(device_id));
#line 1005 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_memory_allocated");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_memory_allocated");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id_) noexcept {
    sffi::begin_call();
    try {
        const int32_t device_id = device_id_;
        const sffi::SharedCall call_lock;
#line 1341 "spec/torch_api.yaml"
        return sffi::to_i64(sffi::cuda_max_memory_allocated(device_id));
#line 1025 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_max_memory_allocated");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_max_memory_allocated");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_max_memory_allocated");
        return -1;
    }
}

RT_TORCH_API void rt_torch_cuda_empty_cache(void) noexcept {
    sffi::begin_call();
    try {
        const sffi::SharedCall call_lock;
#line 1350 "spec/torch_api.yaml"
        sffi::cuda_empty_cache();
#line 1044 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_cuda_empty_cache");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_cuda_empty_cache");
    } catch (...) {
        sffi::record_exception("rt_torch_cuda_empty_cache");
    }
}

RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle_) noexcept {
    try {
#line 1413 "spec/torch_api.yaml"
        return sffi::to_bool(sffi::release_tensor(handle_));
#line 1058 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_release");
        return false;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_release");
        return false;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_release");
        return false;
    }
}

RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1485 "spec/torch_api.yaml"
        return sffi::to_f64(handle.item());
#line 1078 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_item");
        return sffi::kNaN;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_item");
        return sffi::kNaN;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_item");
        return sffi::kNaN;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle_, double* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1497 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 1098 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_data_f64");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_data_f64");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_data_f64");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1509 "spec/torch_api.yaml"
        return sffi::write_array(out, out_capacity, sffi::readable(handle));
#line 1118 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_data_i64");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_data_i64");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_data_i64");
        return -1;
    }
}

RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1522 "spec/torch_api.yaml"
        return sffi::dtype_result(handle.scalar_type());
#line 1138 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_dtype");
        return -1;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_dtype");
        return -1;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_dtype");
        return -1;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle_, int32_t dtype_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const sffi::SharedCall call_lock;
#line 1535 "spec/torch_api.yaml"
        return sffi::new_tensor(handle.to(dtype));
#line 1159 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1547 "spec/torch_api.yaml"
        return sffi::new_tensor(at::real(handle));
#line 1179 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_real");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_real");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_real");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 1558 "spec/torch_api.yaml"
        return sffi::new_tensor(at::imag(handle));
#line 1199 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_imag");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_imag");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_imag");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real_, int64_t imag_) noexcept {
    sffi::begin_call();
    try {
        const auto [real, imag] = sffi::tensor_args<2>({real_, imag_}, {"real", "imag"});
        const sffi::SharedCall call_lock;
#line 2725 "spec/torch_api.yaml"
        return sffi::new_tensor(at::complex(real, imag));
#line 1219 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_complex");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_complex");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_v2(int64_t input_, int32_t dtype_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::ScalarType dtype = sffi::dtype_arg(dtype_, "dtype");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2742 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(dtype, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1243 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_v2");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_v2");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype_v2");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input_, int32_t device_type, int32_t device_index, int32_t dtype_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const at::Device device = sffi::device_arg(device_type, device_index, "device");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2760 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(device, dtype.value_or(input.scalar_type()), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1268 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_device");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_device");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_device");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_other(int64_t input_, int64_t other_, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2777 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(other, non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1291 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_other");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_other");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_layout(int64_t input_, int32_t dtype_, int32_t device_type, int32_t device_index, bool non_blocking_, bool copy_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<at::ScalarType> dtype = sffi::optional_dtype_arg(dtype_, "dtype");
        const std::optional<at::Device> device = sffi::optional_device_arg(device_type, device_index, "device");
        const bool non_blocking = non_blocking_;
        const bool copy = copy_;
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 2795 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::TensorOptions().dtype(dtype).device(device), non_blocking, copy, sffi::memory_format_arg(memory_format)));
#line 1316 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_layout");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_to_dtype_layout");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_to_dtype_layout");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_polar(int64_t abs_, int64_t angle_) noexcept {
    sffi::begin_call();
    try {
        const auto [abs, angle] = sffi::tensor_args<2>({abs_, angle_}, {"abs", "angle"});
        const sffi::SharedCall call_lock;
#line 3263 "spec/torch_api.yaml"
        return sffi::new_tensor(at::polar(abs, angle));
#line 1336 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_polar");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_polar");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_real(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3275 "spec/torch_api.yaml"
        return sffi::new_tensor(at::view_as_real(input));
#line 1356 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as_real");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as_real");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_view_as_complex(int64_t input_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::SharedCall call_lock;
#line 3287 "spec/torch_api.yaml"
        return sffi::new_tensor(at::view_as_complex(input));
#line 1376 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_view_as_complex");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_view_as_complex");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_view_as_complex");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bool(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3302 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kBool, false, false, sffi::memory_format_arg(memory_format)));
#line 1397 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bool");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bool");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_byte(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3315 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kByte, false, false, sffi::memory_format_arg(memory_format)));
#line 1418 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_byte");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_byte");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_byte");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_char(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3328 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kChar, false, false, sffi::memory_format_arg(memory_format)));
#line 1439 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_char");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_char");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_char");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_short(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3341 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kShort, false, false, sffi::memory_format_arg(memory_format)));
#line 1460 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_short");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_short");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_int(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3354 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kInt, false, false, sffi::memory_format_arg(memory_format)));
#line 1481 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_int");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_int");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_int");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_long(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3367 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kLong, false, false, sffi::memory_format_arg(memory_format)));
#line 1502 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_long");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_long");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_long");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_half(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3380 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kHalf, false, false, sffi::memory_format_arg(memory_format)));
#line 1523 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_half");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_half");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_half");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_bfloat16(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3393 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kBFloat16, false, false, sffi::memory_format_arg(memory_format)));
#line 1544 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_bfloat16");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_bfloat16");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_float(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3406 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kFloat, false, false, sffi::memory_format_arg(memory_format)));
#line 1565 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_float");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_float");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_float");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_torchtensor_double(int64_t input_, const char* memory_format_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const std::optional<std::string_view> memory_format = sffi::optional_enum_arg(memory_format_, "memory_format", {"contiguous_format", "preserve_format", "channels_last", "channels_last_3d"}, sffi::Code::type);
        const sffi::SharedCall call_lock;
#line 3419 "spec/torch_api.yaml"
        return sffi::new_tensor(input.to(at::kDouble, false, false, sffi::memory_format_arg(memory_format)));
#line 1586 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_double");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_double");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_double");
        return 0;
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle_, int64_t other_, double alpha_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const double alpha = alpha_;
        const sffi::ExclusiveCall call_lock;
#line 1659 "spec/torch_api.yaml"
        handle.add_(other, sffi::multiplier(alpha));
#line 1607 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::ExclusiveCall call_lock;
#line 1672 "spec/torch_api.yaml"
        handle.add_(scalar);
#line 1625 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_tensor_(int64_t input_, int64_t other_, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const auto [input, other] = sffi::tensor_args<2>({input_, other_}, {"input", "other"});
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 1687 "spec/torch_api.yaml"
        input.add_(other, alpha);
#line 1643 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_tensor_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_tensor_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_add_scalar_v2_(int64_t input_, double other_, int64_t other_int, int32_t other_kind, double alpha_, int64_t alpha_int, int32_t alpha_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const c10::Scalar alpha = sffi::scalar_arg(alpha_, alpha_int, alpha_kind, "alpha");
        const sffi::ExclusiveCall call_lock;
#line 1702 "spec/torch_api.yaml"
        input.add_(other, alpha);
#line 1662 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_add_scalar_v2_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_add_scalar_v2_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t handle_, int64_t other_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const sffi::ExclusiveCall call_lock;
#line 1715 "spec/torch_api.yaml"
        handle.mul_(other);
#line 1679 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_(int64_t handle_, double scalar_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const double scalar = scalar_;
        const sffi::ExclusiveCall call_lock;
#line 1727 "spec/torch_api.yaml"
        handle.mul_(scalar);
#line 1697 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_mul_scalar_v2_(int64_t input_, double other_, int64_t other_int, int32_t other_kind) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const c10::Scalar other = sffi::scalar_arg(other_, other_int, other_kind, "other");
        const sffi::ExclusiveCall call_lock;
#line 1740 "spec/torch_api.yaml"
        input.mul_(other);
#line 1715 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_mul_scalar_v2_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_mul_scalar_v2_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_addcmul_(int64_t handle_, int64_t tensor1_, int64_t tensor2_, double value_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, tensor1, tensor2] = sffi::tensor_args<3>({handle_, tensor1_, tensor2_}, {"handle", "tensor1", "tensor2"});
        const double value = value_;
        const sffi::ExclusiveCall call_lock;
#line 1755 "spec/torch_api.yaml"
        handle.addcmul_(tensor1, tensor2, sffi::multiplier(value));
#line 1733 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcmul_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcmul_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle_, int64_t tensor1_, int64_t tensor2_, double value_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, tensor1, tensor2] = sffi::tensor_args<3>({handle_, tensor1_, tensor2_}, {"handle", "tensor1", "tensor2"});
        const double value = value_;
        const sffi::ExclusiveCall call_lock;
#line 1769 "spec/torch_api.yaml"
        handle.addcdiv_(tensor1, tensor2, sffi::multiplier(value));
#line 1751 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_addcdiv_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_addcdiv_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle_, int64_t end_, double weight_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, end] = sffi::tensor_args<2>({handle_, end_}, {"handle", "end"});
        const double weight = weight_;
        const sffi::ExclusiveCall call_lock;
#line 1782 "spec/torch_api.yaml"
        handle.lerp_(end, weight);
#line 1769 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_lerp_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_lerp_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::ExclusiveCall call_lock;
#line 1793 "spec/torch_api.yaml"
        handle.zero_();
#line 1786 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_zero_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_zero_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle_, int64_t src_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, src] = sffi::tensor_args<2>({handle_, src_}, {"handle", "src"});
        const sffi::ExclusiveCall call_lock;
#line 1805 "spec/torch_api.yaml"
        handle.copy_(src);
#line 1803 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_copy_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_copy_");
    }
}

RT_TORCH_API void rt_torch_torchtensor_normal_(int64_t input_, double mean_, double std_arg_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double mean = mean_;
        const double std_arg = std_arg_;
        const sffi::ExclusiveCall call_lock;
#line 3432 "spec/torch_api.yaml"
        input.normal_(mean, std_arg);
#line 1822 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_");
    }
}

}  // extern "C"
