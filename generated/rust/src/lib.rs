// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! torch-sffi PyTorch binding 0.1.0: safe Rust bindings to libtorch through the
//! C bridge libtorch_sffi.so.
//!
//! * [`Tensor`] and [`Stream`] own a bridge handle and free it on `Drop` (or at once with
//!   `free()`).
//! * Every call returns `Result<_, TorchError>`: the bridge's error code, as an [`ErrorKind`],
//!   and its message. No C++ exception crosses the C ABI.
//! * Arrays go in as slices and come back as `Vec`s.
//! * Functions are grouped as in the other tiers: tensor methods and constructors on
//!   [`Tensor`], [`cuda`], [`nn`], [`autograd`], and library functions here.
//! * [`ffi`] declares the C ABI itself, function for function.
//!
//! The bridge is safe to call from several threads; its error state is per thread, and each
//! wrapper reads it on the thread that made the call.

pub mod ffi;

mod error;
mod tensor;
mod stream;
pub mod cuda;
pub mod nn;
pub mod autograd;

pub use error::{ErrorKind, TorchError};
pub use tensor::Tensor;
pub use stream::Stream;

use error::*;

/// The dtype codes (c10::ScalarType values) of `Tensor::dtype` and `Tensor::to_dtype`.
pub mod dtype {
    /// 8-bit unsigned integer. (`uint8`)
    pub const UINT8: i32 = 0;
    /// 8-bit signed integer. (`int8`)
    pub const INT8: i32 = 1;
    /// 16-bit signed integer. (`int16`)
    pub const INT16: i32 = 2;
    /// 32-bit signed integer. (`int32`)
    pub const INT32: i32 = 3;
    /// 64-bit signed integer (indices). (`int64`)
    pub const INT64: i32 = 4;
    /// IEEE half precision. (`float16`)
    pub const FLOAT16: i32 = 5;
    /// Single precision (the default dtype). (`float32`)
    pub const FLOAT32: i32 = 6;
    /// Double precision. (`float64`)
    pub const FLOAT64: i32 = 7;
    /// Complex with float32 parts. (`complex64`)
    pub const COMPLEX64: i32 = 9;
    /// Complex with float64 parts. (`complex128`)
    pub const COMPLEX128: i32 = 10;
    /// Boolean. (`bool`)
    pub const BOOL: i32 = 11;
    /// Brain floating point. (`bfloat16`)
    pub const BFLOAT16: i32 = 15;
}

/// Reports whether this bridge is backed by libtorch.
///
/// Returns: true for the libtorch bridge; false for the stub bridge built without libtorch.
///
/// Binds `rt_torch_available`.
pub fn available() -> Result<bool, TorchError> {
    check_bool(unsafe { ffi::rt_torch_available() })
}

/// The version of the libtorch the bridge was built against, as major.minor.patch.
///
/// Returns: For example "2.13.0"; the stub bridge returns "unavailable: built without
/// libtorch".
///
/// Binds `rt_torch_version`; PyTorch: `torch.__version__`.
pub fn version() -> Result<String, TorchError> {
    check_text(unsafe { ffi::rt_torch_version() })
}

/// The error code of the last call on this thread (0 when it succeeded).
///
/// Returns: 0 or one of the error codes of this catalogue.
///
/// Binds `rt_torch_error_code`.
pub fn error_code() -> i32 {
    unsafe { ffi::rt_torch_error_code() }
}

/// The message of the last failed call on this thread, without a C++ backtrace.
///
/// Returns: The message, naming the function that failed (empty after a success); valid until
/// the next call on this thread.
///
/// Binds `rt_torch_error_message`.
pub fn error_message() -> String {
    text_from_ptr(unsafe { ffi::rt_torch_error_message() })
}

/// Clears this thread's error state.
///
/// Binds `rt_torch_error_clear`.
pub fn error_clear() -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_error_clear() };
    check_void()
}

/// The number of live tensor and stream handles, for leak checks.
///
/// Returns: Handles created and not yet freed, over all threads.
///
/// Binds `rt_torch_live_handles`.
pub fn live_handles() -> Result<i64, TorchError> {
    check_i64(unsafe { ffi::rt_torch_live_handles() })
}

/// Seeds the default random generators, as torch.manual_seed.
///
/// * `seed`: The seed.
///
/// Binds `rt_torch_manual_seed`; PyTorch: `torch.manual_seed`.
pub fn manual_seed(seed: i64) -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_manual_seed(seed) };
    check_void()
}
