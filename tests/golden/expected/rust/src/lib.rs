// generated from fixture.yaml by sffi-gen; do not edit
//! Golden fixture 0.0.1: safe Rust bindings to libtorch through the
//! C bridge libtorch_sffi.so.
//!
//! * [`Tensor`] and [`Stream`] own a bridge handle and free it on `Drop` (or at once with
//!   `free()`).
//! * Every call returns `Result<_, TorchError>`: the bridge's error code, as an [`ErrorKind`],
//!   and its message. No C++ exception crosses the C ABI.
//! * Arrays go in as slices and come back as `Vec`s.
//! * Functions are grouped as in the other tiers: tensor methods and constructors on
//!   [`Tensor`], [`nn`], and library functions here.
//! * [`ffi`] declares the C ABI itself, function for function.
//!
//! The bridge is safe to call from several threads; its error state is per thread, and each
//! wrapper reads it on the thread that made the call.

pub mod ffi;

mod error;
mod tensor;
mod stream;
pub mod nn;

pub use error::{ErrorKind, TorchError};
pub use tensor::Tensor;
pub use stream::Stream;

use error::*;

/// The dtype codes (c10::ScalarType values) of `Tensor::dtype` and `Tensor::to_dtype`.
pub mod dtype {
    /// Indices. (`int64`)
    pub const INT64: i32 = 4;
    /// The default. (`float32`)
    pub const FLOAT32: i32 = 6;
    /// Double precision. (`float64`)
    pub const FLOAT64: i32 = 7;
}

/// Whether libtorch is behind the bridge.
///
/// Returns: true with libtorch.
///
/// Binds `rt_torch_available`.
pub fn available() -> Result<bool, TorchError> {
    check_bool(unsafe { ffi::rt_torch_available() })
}

/// The libtorch version.
///
/// Returns: major.minor.patch.
///
/// Binds `rt_torch_version`; PyTorch: `torch.__version__`.
pub fn version() -> Result<String, TorchError> {
    check_text(unsafe { ffi::rt_torch_version() })
}

/// The last error code of this thread.
///
/// Returns: 0 or an error code.
///
/// Binds `rt_torch_error_code`.
pub fn error_code() -> i32 {
    unsafe { ffi::rt_torch_error_code() }
}

/// The last error message of this thread.
///
/// Returns: The message.
///
/// Binds `rt_torch_error_message`.
pub fn error_message() -> String {
    text_from_ptr(unsafe { ffi::rt_torch_error_message() })
}

/// Live handles.
///
/// Returns: The count.
///
/// Binds `rt_torch_live_handles`.
pub fn live_handles() -> Result<i64, TorchError> {
    check_i64(unsafe { ffi::rt_torch_live_handles() })
}

/// Takes a text argument.
///
/// * `label`: A label.
///
/// Binds `rt_torch_set_name`.
pub fn set_name(label: &str) -> Result<(), TorchError> {
    let label = text_arg(label, "label")?;
    unsafe { ffi::rt_torch_set_name(label.as_ptr()) };
    check_void()
}
