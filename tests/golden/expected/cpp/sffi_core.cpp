// generated from fixture.yaml by sffi-gen; do not edit
// The table of sffi_core.h: the address of every bridge function, for layered libraries.
// It includes no ATen (it is recompiled whenever a function is added, so it must be cheap).
#include "sffi_core.h"

namespace sffi {
// Defined in sffi_runtime.cpp (declared in sffi_runtime.h, which this unit does not include:
// it pulls in ATen); a declaration that disagreed would not link.
void record_code(int32_t code, const char* function, const char* message) noexcept;
}  // namespace sffi

namespace {

constexpr sffi_core_table kTable{
    sffi::record_code,
    rt_torch_available,
    rt_torch_version,
    rt_torch_tensor_zeros,
    rt_torch_tensor_zeros_v2,
    rt_torch_tensor_full,
    rt_torch_tensor_from_data,
    rt_torch_torchtensor_add,
    rt_torch_torchtensor_sum,
    rt_torch_torchtensor_sum_dim_intlist,
    rt_torch_torchtensor_add_scalar,
    rt_torch_torchtensor_clamp,
    rt_torch_torchtensor_max_dim,
    rt_torch_torchtensor_mul_,
    rt_torch_torchtensor_index_tensor,
    rt_torch_torchtensor_dtype,
    rt_torch_torchtensor_shape,
    rt_torch_torchtensor_chunk,
    rt_torch_torchtensor_cat,
    rt_torch_nn_linear,
    rt_torch_nn_max_pool2d,
    rt_torch_nn_max_pool2d_with_indices,
    rt_torch_nn_mse_loss,
    rt_torch_nn_dropout,
    rt_torch_autograd_backward,
    rt_torch_autograd_requires_grad,
    rt_torch_autograd_grad,
    rt_torch_torchtensor_data_f64,
    rt_torch_stream_create,
    rt_torch_torchstream_sync,
    rt_torch_torchstream_free,
    rt_torch_torchtensor_free,
    rt_torch_error_code,
    rt_torch_error_message,
    rt_torch_live_handles,
    rt_torch_set_name,
    rt_torch_set_mode,
    rt_torch_torchtensor_release,
    rt_torch_autograd_set_requires_grad,
    rt_torch_tensor_from_i64,
    rt_torch_torchtensor_data_i64,
    rt_torch_torchtensor_device,
    rt_torch_warning_count,
    rt_torch_warning_message,
    rt_torch_warning_kind,
    rt_torch_torchtensor_device_type,
    rt_torch_autograd_has_grad_fn,
    rt_torch_autograd_grad_fn_name,
    rt_torch_torchtensor_real,
    rt_torch_torchtensor_imag,
    rt_torch_torchtensor_item,
    rt_torch_torchtensor_numel,
    rt_torch_torchtensor_select_int,
    rt_torch_torchtensor_slice,
    rt_torch_torchtensor_to_dtype,
    rt_torch_torchtensor_unsqueeze,
    rt_torch_torchtensor_view_v2,
    rt_torch_torchtensor_complex,
    rt_torch_torchtensor_to_device,
    rt_torch_tensor_scalar_tensor,
    rt_torch_torchtensor_bitwise_not,
    rt_torch_torchtensor_copy_,
    rt_torch_torchtensor_index_put_,
    rt_torch_get_default_dtype,
    rt_torch_jit_load,
    rt_torch_jit_module_free,
    rt_torch_jit_module_release,
    rt_torch_jit_run_method,
    rt_torch_jit_output_kind,
    rt_torch_jit_method_names,
    rt_torch_jit_train,
    rt_torch_jit_is_training,
    rt_torch_jit_parameters,
    rt_torch_jit_parameter_names,
    rt_torch_autocast_begin,
    rt_torch_autocast_end,
    rt_torch_get_autocast_dtype,
};

}  // namespace

extern "C" RT_TORCH_API const sffi_core_table* sffi_core_table_32de661dbbd29b1b(void) { return &kTable; }
