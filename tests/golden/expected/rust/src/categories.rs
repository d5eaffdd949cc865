// generated from fixture.yaml by sffi-gen; do not edit
//! The catalogue's functions by category, as the other tiers group them, each category with a
//! runnable example (run as a doctest by the test suite).

/// **Library.** What is loaded.
///
/// Functions: [`available`](crate::available), [`version`](crate::version), [`error_code`](crate::error_code), [`error_message`](crate::error_message), [`live_handles`](crate::live_handles), [`set_name`](crate::set_name), [`set_mode`](crate::set_mode), [`warning_count`](crate::warning_count), [`warning_message`](crate::warning_message), [`warning_kind`](crate::warning_kind), [`get_default_dtype`](crate::get_default_dtype), [`jit_load`](crate::jit_load), [`jit_module_free`](crate::jit_module_free), [`jit_module_release`](crate::jit_module_release), [`jit_run_method`](crate::jit_run_method), [`jit_output_kind`](crate::jit_output_kind), [`jit_method_names`](crate::jit_method_names), [`jit_train`](crate::jit_train), [`jit_is_training`](crate::jit_is_training), [`jit_parameters`](crate::jit_parameters), [`jit_parameter_names`](crate::jit_parameter_names), [`autocast_begin`](crate::autocast_begin), [`autocast_end`](crate::autocast_end), [`get_autocast_dtype`](crate::get_autocast_dtype), [`dist_init`](crate::dist_init), [`dist_init_env`](crate::dist_init_env), [`dist_free`](crate::dist_free), [`dist_release`](crate::dist_release), [`dist_is_backend_available`](crate::dist_is_backend_available), [`dist_rank`](crate::dist_rank), [`dist_world_size`](crate::dist_world_size), [`dist_all_reduce_`](crate::dist_all_reduce_), [`dist_broadcast_`](crate::dist_broadcast_), [`dist_all_gather`](crate::dist_all_gather), [`dist_reduce_scatter_`](crate::dist_reduce_scatter_), [`dist_barrier`](crate::dist_barrier), [`dist_shuffle_indices`](crate::dist_shuffle_indices).
pub mod library {}

/// **Creation.** New tensors.
///
/// Functions: [`zeros`](crate::Tensor::zeros), [`zeros_v2`](crate::Tensor::zeros_v2), [`full`](crate::Tensor::full), [`from_data`](crate::Tensor::from_data), [`from_i64`](crate::Tensor::from_i64).
pub mod creation {}

/// **Math.** Arithmetic and reductions.
///
/// Functions: [`add`](crate::Tensor::add), [`sum`](crate::Tensor::sum), [`sum_dim_intlist`](crate::Tensor::sum_dim_intlist), [`add_number`](crate::Tensor::add_number), [`clamp`](crate::Tensor::clamp), [`max_dim`](crate::Tensor::max_dim), [`mul_`](crate::Tensor::mul_), [`index_tensor`](crate::Tensor::index_tensor), [`dtype`](crate::Tensor::dtype), [`shape`](crate::Tensor::shape), [`chunk`](crate::Tensor::chunk), [`cat`](crate::Tensor::cat), [`data_f64`](crate::Tensor::data_f64), [`data_i64`](crate::Tensor::data_i64), [`device`](crate::Tensor::device), [`device_type`](crate::Tensor::device_type), [`real`](crate::Tensor::real), [`imag`](crate::Tensor::imag), [`item`](crate::Tensor::item), [`numel`](crate::Tensor::numel), [`select_int`](crate::Tensor::select_int), [`slice`](crate::Tensor::slice), [`to_dtype`](crate::Tensor::to_dtype), [`unsqueeze`](crate::Tensor::unsqueeze), [`view_v2`](crate::Tensor::view_v2), [`complex`](crate::Tensor::complex), [`to_device`](crate::Tensor::to_device), [`scalar_tensor`](crate::Tensor::scalar_tensor), [`bitwise_not`](crate::Tensor::bitwise_not), [`copy_`](crate::Tensor::copy_), [`index_put_`](crate::Tensor::index_put_).
pub mod math {}

/// **Layers.** Functional layers.
///
/// Functions: [`linear`](crate::nn::linear), [`max_pool2d`](crate::nn::max_pool2d), [`max_pool2d_with_indices`](crate::nn::max_pool2d_with_indices), [`mse_loss`](crate::nn::mse_loss), [`dropout`](crate::nn::dropout).
pub mod nn {}

/// **Autograd.** Gradients.
///
/// Functions: [`backward`](crate::Tensor::backward), [`requires_grad`](crate::Tensor::requires_grad), [`grad`](crate::Tensor::grad), [`set_requires_grad`](crate::Tensor::set_requires_grad), [`has_grad_fn`](crate::Tensor::has_grad_fn), [`grad_mode_begin`](crate::autograd::grad_mode_begin), [`grad_mode_end`](crate::autograd::grad_mode_end), [`is_grad_enabled`](crate::autograd::is_grad_enabled), [`set_grad_enabled`](crate::autograd::set_grad_enabled), [`grad_fn_name`](crate::Tensor::grad_fn_name), [`function_apply`](crate::autograd::function_apply), [`new_handle`](crate::Tensor::new_handle), [`amp_foreach_non_finite_check_and_unscale_`](crate::Tensor::amp_foreach_non_finite_check_and_unscale_), [`amp_update_scale_`](crate::Tensor::amp_update_scale_), [`no_grad_begin_v2`](crate::autograd::no_grad_begin_v2), [`no_grad_end_v2`](crate::autograd::no_grad_end_v2).
pub mod autograd {}

/// **Streams.** CUDA streams.
///
/// Functions: [`create`](crate::Stream::create), [`sync`](crate::Stream::sync).
pub mod stream {}
