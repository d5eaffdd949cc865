// generated from spec/torch_api.yaml by sffi-gen; do not edit
// Parameter Updates: 13 function(s) of the C ABI (see torch_sffi.h).
#include "sffi_runtime.h"


extern "C" {

RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle_, int64_t other_, double alpha_) noexcept {
    sffi::begin_call();
    try {
        const auto [handle, other] = sffi::tensor_args<2>({handle_, other_}, {"handle", "other"});
        const double alpha = alpha_;
        const sffi::ExclusiveCall call_lock;
#line 1659 "spec/torch_api.yaml"
        handle.add_(other, sffi::multiplier(alpha));
#line 17 "ops_3.cpp"
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
#line 35 "ops_3.cpp"
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
#line 53 "ops_3.cpp"
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
#line 72 "ops_3.cpp"
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
#line 89 "ops_3.cpp"
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
#line 107 "ops_3.cpp"
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
#line 125 "ops_3.cpp"
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
#line 143 "ops_3.cpp"
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
#line 161 "ops_3.cpp"
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
#line 179 "ops_3.cpp"
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
#line 196 "ops_3.cpp"
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
#line 213 "ops_3.cpp"
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
#line 232 "ops_3.cpp"
    } catch (const c10::Error& e) {  // caught by type: no rethrow needed to classify it
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (const sffi::Error& e) {
        sffi::record_error(e, "rt_torch_torchtensor_normal_");
    } catch (...) {
        sffi::record_exception("rt_torch_torchtensor_normal_");
    }
}

}  // extern "C"
