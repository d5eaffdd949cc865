// generated from fixture.yaml by sffi-gen; do not edit
//! The C ABI of libtorch_sffi.so: every function of the catalogue with its exact C types.
//!
//! Handles are `i64` (0 is never valid); arrays go in as (pointer, length) and come back
//! through a caller buffer (pointer, capacity), the call returning the full length; optional
//! values carry a `_present` flag, a Scalar is (value, `_int`, `_kind`), a Device (`_type`,
//! `_index`), a dtype its code. A failed call returns a sentinel and sets this thread's error
//! code. The safe API of this crate is built on these declarations; calling them directly is
//! `unsafe` only because of the raw pointers: the bridge checks every handle itself.

use std::os::raw::c_char;

extern "C" {
    /// Whether libtorch is behind the bridge.
    pub fn rt_torch_available() -> bool;
    /// The libtorch version.
    pub fn rt_torch_version() -> *const c_char;
    /// Zeros of a shape.
    pub fn rt_torch_tensor_zeros(dims: *const i64, dims_len: i64) -> i64;
    /// Zeros of a shape, of a dtype, on a device.
    pub fn rt_torch_tensor_zeros_v2(size: *const i64, size_len: i64, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// A tensor filled with a number, on a device.
    pub fn rt_torch_tensor_full(size: *const i64, size_len: i64, fill_value: f64, fill_value_int: i64, fill_value_kind: i32, device_type: i32, device_index: i32, dtype: i32, scales: *const f64, scales_len: i64) -> i64;
    /// A float64 tensor from flat data.
    pub fn rt_torch_tensor_from_data(data: *const f64, data_len: i64, dims: *const i64, dims_len: i64) -> i64;
    /// Element-wise sum.
    pub fn rt_torch_torchtensor_add(handle: i64, other: i64) -> i64;
    /// Sum of all elements.
    pub fn rt_torch_torchtensor_sum(handle: i64) -> f64;
    /// Sum over dimensions.
    pub fn rt_torch_torchtensor_sum_dim_intlist(input: i64, dim: *const i64, dim_len: i64, dim_present: bool, keepdim: bool, dtype: i32) -> i64;
    /// Adds a number.
    pub fn rt_torch_torchtensor_add_scalar(input: i64, other: f64, other_int: i64, other_kind: i32, alpha: f64, alpha_int: i64, alpha_kind: i32) -> i64;
    /// Clamps into a range.
    pub fn rt_torch_torchtensor_clamp(input: i64, min: f64, min_int: i64, min_kind: i32, max: f64, max_int: i64, max_kind: i32) -> i64;
    /// Maxima along a dimension, with their indices.
    pub fn rt_torch_torchtensor_max_dim(input: i64, dim: i64, keepdim: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// Multiplies in place.
    pub fn rt_torch_torchtensor_mul_(input: i64, other: i64);
    /// Indexes with optional index tensors.
    pub fn rt_torch_torchtensor_index_tensor(input: i64, indices: *const i64, indices_len: i64) -> i64;
    /// The element type.
    pub fn rt_torch_torchtensor_dtype(handle: i64) -> i32;
    /// The sizes.
    pub fn rt_torch_torchtensor_shape(handle: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Splits into pieces.
    pub fn rt_torch_torchtensor_chunk(handle: i64, chunks: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Concatenates tensors.
    pub fn rt_torch_torchtensor_cat(tensors: *const i64, tensors_len: i64, dim: i64) -> i64;
    /// An affine map.
    pub fn rt_torch_nn_linear(input: i64, weight: i64, bias: i64, scale: f64, flags: i32) -> i64;
    /// 2-D max pooling.
    pub fn rt_torch_nn_max_pool2d(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, ceil_mode: bool) -> i64;
    /// 2-D max pooling, with the indices of the maxima.
    pub fn rt_torch_nn_max_pool2d_with_indices(input: i64, kernel_size: *const i64, kernel_size_len: i64, stride: *const i64, stride_len: i64, stride_present: bool, padding: *const i64, padding_len: i64, ceil_mode: bool, out: *mut i64, out_capacity: i64) -> i64;
    /// Mean squared error.
    pub fn rt_torch_nn_mse_loss(input: i64, target: i64, reduction: *const c_char, weight: *const f64, weight_len: i64, weight_present: bool) -> i64;
    /// Dropout with an optional generator seed.
    pub fn rt_torch_nn_dropout(input: i64, p: f64, training: bool, seed: i64, seed_present: bool, scale: f64, scale_present: bool, inplace: bool, inplace_present: bool) -> i64;
    /// Backpropagates from a scalar.
    pub fn rt_torch_autograd_backward(handle: i64);
    /// Whether gradients are tracked.
    pub fn rt_torch_autograd_requires_grad(handle: i64) -> bool;
    /// The gradient.
    pub fn rt_torch_autograd_grad(handle: i64) -> i64;
    /// The values as float64.
    pub fn rt_torch_torchtensor_data_f64(handle: i64, out: *mut f64, out_capacity: i64) -> i64;
    /// A stream from the pool.
    pub fn rt_torch_stream_create(device_id: i32) -> i64;
    /// Waits for the stream.
    pub fn rt_torch_torchstream_sync(handle: i64);
    /// Releases a stream handle.
    pub fn rt_torch_torchstream_free(handle: i64);
    /// Releases a tensor handle.
    pub fn rt_torch_torchtensor_free(handle: i64);
    /// The last error code of this thread.
    pub fn rt_torch_error_code() -> i32;
    /// The last error message of this thread.
    pub fn rt_torch_error_message() -> *const c_char;
    /// Live handles.
    pub fn rt_torch_live_handles() -> i64;
    /// Takes a text argument.
    pub fn rt_torch_set_name(label: *const c_char);
    /// Takes an optional text argument.
    pub fn rt_torch_set_mode(mode: *const c_char) -> f64;
    /// Releases a tensor handle from a destructor.
    pub fn rt_torch_torchtensor_release(handle: i64) -> bool;
    /// Turns gradient tracking on or off.
    pub fn rt_torch_autograd_set_requires_grad(handle: i64, requires_grad: bool);
    /// An int64 tensor from flat data.
    pub fn rt_torch_tensor_from_i64(data: *const i64, data_len: i64, dims: *const i64, dims_len: i64) -> i64;
    /// The values as int64.
    pub fn rt_torch_torchtensor_data_i64(handle: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// The CUDA ordinal, or -1 on the CPU.
    pub fn rt_torch_torchtensor_device(handle: i64) -> i32;
    /// How many warnings the last call raised.
    pub fn rt_torch_warning_count() -> i32;
    /// One warning's message.
    pub fn rt_torch_warning_message(index: i64) -> *const c_char;
    /// One warning's kind.
    pub fn rt_torch_warning_kind(index: i64) -> i32;
    /// The device type code.
    pub fn rt_torch_torchtensor_device_type(handle: i64) -> i32;
    /// Whether a recorded operation made the tensor.
    pub fn rt_torch_autograd_has_grad_fn(handle: i64) -> bool;
    /// Enters a region with gradient recording on or off.
    pub fn rt_torch_autograd_grad_mode_begin(enabled: bool);
    /// Leaves the innermost such region.
    pub fn rt_torch_autograd_grad_mode_end();
    /// Whether gradient recording is on.
    pub fn rt_torch_autograd_is_grad_enabled() -> bool;
    /// Sets gradient recording on or off.
    pub fn rt_torch_autograd_set_grad_enabled(enabled: bool);
    /// The name of the node that made the tensor.
    pub fn rt_torch_autograd_grad_fn_name(handle: i64) -> *const c_char;
    /// The real parts.
    pub fn rt_torch_torchtensor_real(handle: i64) -> i64;
    /// The imaginary parts.
    pub fn rt_torch_torchtensor_imag(handle: i64) -> i64;
    /// The value of a one-element tensor.
    pub fn rt_torch_torchtensor_item(handle: i64) -> f64;
    /// The number of elements.
    pub fn rt_torch_torchtensor_numel(handle: i64) -> i64;
    /// The slice at one index.
    pub fn rt_torch_torchtensor_select_int(handle: i64, dim: i64, index: i64) -> i64;
    /// A slice along one dimension.
    pub fn rt_torch_torchtensor_slice(handle: i64, dim: i64, start: i64, end: i64, step: i64) -> i64;
    /// The tensor converted to a dtype.
    pub fn rt_torch_torchtensor_to_dtype(handle: i64, dtype: i32) -> i64;
    /// A size-1 dimension inserted.
    pub fn rt_torch_torchtensor_unsqueeze(handle: i64, dim: i64) -> i64;
    /// A view with other sizes.
    pub fn rt_torch_torchtensor_view_v2(handle: i64, dims: *const i64, dims_len: i64) -> i64;
    /// A complex tensor from real and imaginary parts.
    pub fn rt_torch_torchtensor_complex(real: i64, imag: i64) -> i64;
    /// The tensor on a device, in a dtype.
    pub fn rt_torch_torchtensor_to_device(input: i64, device_type: i32, device_index: i32, dtype: i32, non_blocking: bool, copy: bool, memory_format: *const c_char) -> i64;
    /// A 0-d tensor holding one number.
    pub fn rt_torch_tensor_scalar_tensor(s: f64, s_int: i64, s_kind: i32, dtype: i32, device_type: i32, device_index: i32) -> i64;
    /// Bitwise NOT.
    pub fn rt_torch_torchtensor_bitwise_not(input: i64) -> i64;
    /// Copies another tensor into this one, in place.
    pub fn rt_torch_torchtensor_copy_(handle: i64, src: i64);
    /// Writes values at the positions advanced indexing selects, in place.
    pub fn rt_torch_torchtensor_index_put_(input: i64, indices: *const i64, indices_len: i64, values: i64, accumulate: bool);
    /// The default floating-point dtype.
    pub fn rt_torch_get_default_dtype() -> i32;
    /// Jit load.
    pub fn rt_torch_jit_load(path: *const c_char) -> i64;
    /// Jit module free.
    pub fn rt_torch_jit_module_free(module: i64);
    /// Jit module release.
    pub fn rt_torch_jit_module_release(module: i64) -> bool;
    /// Jit run method.
    pub fn rt_torch_jit_run_method(module: i64, method: *const c_char, inputs: *const i64, inputs_len: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Jit output kind.
    pub fn rt_torch_jit_output_kind(module: i64, method: *const c_char) -> i32;
    /// Jit method names.
    pub fn rt_torch_jit_method_names(module: i64) -> *const c_char;
    /// Jit train.
    pub fn rt_torch_jit_train(module: i64, mode: bool);
    /// Jit is training.
    pub fn rt_torch_jit_is_training(module: i64) -> bool;
    /// Jit parameters.
    pub fn rt_torch_jit_parameters(module: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Jit parameter names.
    pub fn rt_torch_jit_parameter_names(module: i64) -> *const c_char;
    /// Autocast begin.
    pub fn rt_torch_autocast_begin(device_type: *const c_char, dtype: i32, enabled: bool, cache_enabled: bool, cache_enabled_present: bool);
    /// Autocast end.
    pub fn rt_torch_autocast_end();
    /// Get autocast dtype.
    pub fn rt_torch_get_autocast_dtype(device_type: *const c_char) -> i32;
    /// Records a custom autograd function's outputs as one node whose backward is a C callback.
    pub fn rt_torch_autograd_function_apply(inputs: *const i64, inputs_len: i64, outputs: *const i64, outputs_len: i64, to_save: *const i64, to_save_len: i64, non_differentiable: *const i64, non_differentiable_len: i64, dirty: *const i64, dirty_len: i64, materialize_grads: bool, name: *const c_char, backward: i64, user_data: i64, free_user_data: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// A second handle to the same tensor.
    pub fn rt_torch_torchtensor_new_handle(handle: i64) -> i64;
    /// GradScaler's unscale step.
    pub fn rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(found_inf: i64, grads: *const i64, grads_len: i64, inv_scale: i64);
    /// GradScaler's update step.
    pub fn rt_torch_torchtensor_amp_update_scale_(scale: i64, growth_tracker: i64, found_inf: i64, scale_growth_factor: f64, scale_backoff_factor: f64, growth_interval: i64);
    /// Enters a no-grad region of this thread.
    pub fn rt_torch_autograd_no_grad_begin_v2();
    /// Leaves the innermost no-grad region of this thread.
    pub fn rt_torch_autograd_no_grad_end_v2();
    /// Joins a process group of world_size processes (torch.distributed.init_process_group): the Gloo backend, over a rendezvous store every rank names alike.
    pub fn rt_torch_dist_init(backend: *const c_char, store: *const c_char, address: *const c_char, port: i64, rank: i64, world_size: i64, timeout_ms: i64, agent_store: bool) -> i64;
    /// Joins a process group from torchrun's environment (init_method env://): MASTER_ADDR, MASTER_PORT, RANK and WORLD_SIZE, over a TCP store.
    pub fn rt_torch_dist_init_env(backend: *const c_char, timeout_ms: i64) -> i64;
    /// Leaves a process group (destroy_process_group); the group goes when no collective on another thread still uses it.
    pub fn rt_torch_dist_free(group: i64);
    /// Releases a process-group handle from a destructor (garbage collection, Drop), leaving the thread's error state alone.
    pub fn rt_torch_dist_release(group: i64) -> bool;
    /// Whether this build can make process groups of a backend (torch.distributed.is_gloo_available / is_nccl_available).
    pub fn rt_torch_dist_is_backend_available(backend: *const c_char) -> bool;
    /// This process's rank in the group (torch.distributed.get_rank).
    pub fn rt_torch_dist_rank(group: i64) -> i64;
    /// The number of processes of the group (torch.distributed.get_world_size).
    pub fn rt_torch_dist_world_size(group: i64) -> i64;
    /// Combines a tensor across the ranks of the group, in place on every rank (torch.distributed.all_reduce): the sum, mean, minimum, maximum or product.
    pub fn rt_torch_dist_all_reduce_(tensor: i64, group: i64, op: *const c_char);
    /// Copies a tensor of rank src into the tensor of every other rank, in place (torch.distributed.broadcast).
    pub fn rt_torch_dist_broadcast_(tensor: i64, group: i64, src: i64);
    /// Every rank's tensor, on every rank, in rank order (torch.distributed.all_gather).
    pub fn rt_torch_dist_all_gather(tensor: i64, group: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Combines the ranks' lists of tensors element by element and leaves item r of the result on rank r, in place (torch.distributed.reduce_scatter).
    pub fn rt_torch_dist_reduce_scatter_(output: i64, group: i64, inputs: *const i64, inputs_len: i64, op: *const c_char);
    /// Waits until every rank of the group has called it (torch.distributed.barrier).
    pub fn rt_torch_dist_barrier(group: i64);
    /// A random permutation of 0 .. n-1 drawn from a generator of its own seeded with seed, as torch.randperm(n, generator=torch.Generator().manual_seed(seed)) (DistributedSampler's shuffle); the global generator is not touched.
    pub fn rt_torch_dist_shuffle_indices(n: i64, seed: i64) -> i64;
}
