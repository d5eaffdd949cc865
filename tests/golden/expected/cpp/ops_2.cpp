// generated from fixture.yaml by sffi-gen; do not edit
// Layers, Autograd: 9 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"

#if __has_include(<ATen/ops/linear.h>)
#include <ATen/ops/linear.h>
#else
#line 289 "fixture.yaml"
#error "binds calls at::linear, which this ATen does not have (no <ATen/ops/linear.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d.h>)
#include <ATen/ops/max_pool2d.h>
#else
#line 304 "fixture.yaml"
#error "binds calls at::max_pool2d, which this ATen does not have (no <ATen/ops/max_pool2d.h>)"
#endif
#if __has_include(<ATen/ops/max_pool2d_with_indices.h>)
#include <ATen/ops/max_pool2d_with_indices.h>
#else
#line 322 "fixture.yaml"
#error "binds calls at::max_pool2d_with_indices, which this ATen does not have (no <ATen/ops/max_pool2d_with_indices.h>)"
#endif

extern "C" {

RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input_, int64_t weight_, int64_t bias_, double scale_, int32_t flags_) noexcept {
    sffi::begin_call();
    try {
        const auto [input, weight] = sffi::tensor_args<2>({input_, weight_}, {"input", "weight"});
        const std::optional<at::Tensor> bias = sffi::optional_tensor_arg(bias_, "bias");
        const double scale = scale_;
        const int32_t flags = flags_;
        const sffi::SharedCall call_lock;
#line 289 "fixture.yaml"
        return sffi::new_tensor(at::linear(input, weight, bias).mul(scale + flags));
#line 37 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 304 "fixture.yaml"
        return sffi::new_tensor(at::max_pool2d(input, kernel_size, sffi::value_or_empty(stride), padding, 1, ceil_mode));
#line 61 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input_, const int64_t* kernel_size_, int64_t kernel_size_len, const int64_t* stride_, int64_t stride_len, bool stride_present, const int64_t* padding_, int64_t padding_len, bool ceil_mode_, int64_t* out, int64_t out_capacity) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const sffi::IntList kernel_size = sffi::sized_int_list_arg(kernel_size_, kernel_size_len, 2, "kernel_size");
        const sffi::OptionalIntList stride = sffi::optional_sized_int_list_arg(stride_, stride_len, stride_present, 2, "stride");
        const sffi::IntList padding = sffi::sized_int_list_arg(padding_, padding_len, 2, "padding");
        const bool ceil_mode = ceil_mode_;
        const sffi::SharedCall call_lock;
#line 322 "fixture.yaml"
        return sffi::write_tensors(out, out_capacity, at::max_pool2d_with_indices(input, kernel_size, sffi::value_or_empty(stride), padding, 1, ceil_mode));
#line 85 "ops_2.cpp"
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

RT_TORCH_API int64_t rt_torch_nn_mse_loss(int64_t input_, int64_t target_, const char* reduction_, const double* weight_, int64_t weight_len, bool weight_present) noexcept {
    sffi::begin_call();
    try {
        const auto [input, target] = sffi::tensor_args<2>({input_, target_}, {"input", "target"});
        const std::string_view reduction = sffi::enum_arg(reduction_, "reduction", {"none", "mean", "sum"}, sffi::Code::value);
        const c10::OptionalArrayRef<double> weight = sffi::optional_array_arg(weight_, weight_len, weight_present, "weight");
        const sffi::SharedCall call_lock;
#line 338 "fixture.yaml"
        return sffi::new_tensor(sffi::weighted_mse_loss(input, target, reduction, weight));
#line 107 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return 0;
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_nn_mse_loss");
        return 0;
    } catch (...) {
        sffi::record_exception("rt_torch_nn_mse_loss");
        return 0;
    }
}

RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input_, double p_, bool training_, int64_t seed_, bool seed_present, double scale_, bool scale_present, bool inplace_, bool inplace_present) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor input = sffi::tensor_arg(input_, "input");
        const double p = p_;
        const bool training = training_;
        const std::optional<int64_t> seed = sffi::optional_arg(seed_, seed_present);
        const std::optional<double> scale = sffi::optional_arg(scale_, scale_present);
        const std::optional<bool> inplace = sffi::optional_arg(inplace_, inplace_present);
        const sffi::SharedCall call_lock;
#line 355 "fixture.yaml"
        return sffi::new_tensor(sffi::seeded_dropout(input, p, training, seed, scale, inplace));
#line 132 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_autograd_backward(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 366 "fixture.yaml"
        handle.backward();
#line 152 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_backward");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_backward");
    }
}

RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const sffi::SharedCall call_lock;
#line 377 "fixture.yaml"
        return sffi::to_bool(handle.requires_grad());
#line 169 "ops_2.cpp"
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
#line 388 "fixture.yaml"
        return sffi::new_optional_tensor(handle.grad());
#line 189 "ops_2.cpp"
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

RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle_, bool requires_grad_) noexcept {
    sffi::begin_call();
    try {
        const at::Tensor handle = sffi::tensor_arg(handle_, "handle");
        const bool requires_grad = requires_grad_;
        const sffi::ExclusiveCall call_lock;
#line 535 "fixture.yaml"
        handle.set_requires_grad(requires_grad);
#line 210 "ops_2.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_autograd_set_requires_grad");
    } catch (...) {
        sffi::record_exception("rt_torch_autograd_set_requires_grad");
    }
}

}  // extern "C"
