// generated from fixture.yaml by sffi-gen; do not edit
//! The C ABI of libtorch_sffi.so: every function of the catalogue with its exact C types.
//!
//! Handles are `i64` (0 is never valid); arrays go in as (pointer, length) and come back
//! through a caller buffer (pointer, capacity), the call returning the full length. A failed
//! call returns a sentinel and sets this thread's error code (`rt_torch_error_code`). The
//! safe API of this crate is built on these declarations; calling them directly is `unsafe`
//! only because of the raw pointers: the bridge checks every handle itself.

use std::os::raw::c_char;

extern "C" {
    /// Whether libtorch is behind the bridge.
    pub fn rt_torch_available() -> bool;
    /// The libtorch version.
    pub fn rt_torch_version() -> *const c_char;
    /// Zeros of a shape.
    pub fn rt_torch_tensor_zeros(dims: *const i64, dims_len: i64) -> i64;
    /// A float64 tensor from flat data.
    pub fn rt_torch_tensor_from_data(data: *const f64, data_len: i64, dims: *const i64, dims_len: i64) -> i64;
    /// Element-wise sum.
    pub fn rt_torch_torchtensor_add(handle: i64, other: i64) -> i64;
    /// Sum of all elements.
    pub fn rt_torch_torchtensor_sum(handle: i64) -> f64;
    /// The sizes.
    pub fn rt_torch_torchtensor_shape(handle: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Splits into pieces.
    pub fn rt_torch_torchtensor_chunk(handle: i64, chunks: i64, dim: i64, out: *mut i64, out_capacity: i64) -> i64;
    /// Concatenates tensors.
    pub fn rt_torch_torchtensor_cat(tensors: *const i64, tensors_len: i64, dim: i64) -> i64;
    /// An affine map.
    pub fn rt_torch_nn_linear(input: i64, weight: i64, bias: i64, scale: f64, flags: i32) -> i64;
    /// Backpropagates from a scalar.
    pub fn rt_torch_autograd_backward(handle: i64);
    /// Whether gradients are tracked.
    pub fn rt_torch_autograd_requires_grad(handle: i64) -> bool;
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
}
