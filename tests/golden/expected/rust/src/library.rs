// generated from fixture.yaml by sffi-gen; do not edit
//! Library functions: what is loaded, the error state, seeding, live handles.

use crate::convert::{optional_text_arg, optional_text_ptr, text_arg, text_from_ptr};
use crate::error::{check_ambiguous, check_strict, check_void};
use crate::ffi;
use crate::{Kind, TorchError};

/// Whether libtorch is behind the bridge.
///
/// Returns: true with libtorch.
///
/// Schema: `() -> bool`.
/// Binds `rt_torch_available`.
pub fn available() -> Result<bool, TorchError> {
    let value = unsafe { ffi::rt_torch_available() };
    check_ambiguous(value, !value)
}

/// The libtorch version.
///
/// Returns: major.minor.patch.
///
/// Schema: `() -> str`.
/// Binds `rt_torch_version`; PyTorch: `torch.__version__`.
pub fn version() -> Result<String, TorchError> {
    let value = unsafe { ffi::rt_torch_version() };
    check_strict(value, value.is_null()).map(text_from_ptr)
}

/// The last error code of this thread.
///
/// Returns: 0 or an error code.
///
/// Schema: `() -> int32`.
/// Binds `rt_torch_error_code`.
pub fn error_code() -> i32 {
    unsafe { ffi::rt_torch_error_code() }
}

/// The last error message of this thread.
///
/// Returns: The message.
///
/// Schema: `() -> str`.
/// Binds `rt_torch_error_message`.
pub fn error_message() -> String {
    text_from_ptr(unsafe { ffi::rt_torch_error_message() })
}

/// Live handles.
///
/// Returns: The count.
///
/// Schema: `() -> int`.
/// Binds `rt_torch_live_handles`.
pub fn live_handles() -> Result<i64, TorchError> {
    let value = unsafe { ffi::rt_torch_live_handles() };
    check_ambiguous(value, value == -1)
}

/// Takes a text argument.
///
/// * `label`: A label.
///
/// Schema: `(str label) -> ()`.
/// Binds `rt_torch_set_name`.
pub fn set_name(label: &str) -> Result<(), TorchError> {
    let label = text_arg(label, "label")?;
    unsafe { ffi::rt_torch_set_name(label.as_ptr()) };
    check_void()
}

/// Takes an optional text argument.
///
/// * `mode`: A mode or None. PyTorch's default: `None`.
///
/// Returns: Always 0.
///
/// Schema: `(str? mode=None) -> float`.
/// Binds `rt_torch_set_mode`.
pub fn set_mode(mode: Option<&str>) -> Result<f64, TorchError> {
    let mode = optional_text_arg(mode, "mode")?;
    let value = unsafe { ffi::rt_torch_set_mode(optional_text_ptr(&mode)) };
    check_ambiguous(value, value.is_nan())
}

/// How many warnings the last call raised.
///
/// Returns: The count.
///
/// Schema: `() -> int32`.
/// Binds `rt_torch_warning_count`.
pub fn warning_count() -> i32 {
    unsafe { ffi::rt_torch_warning_count() }
}

/// One warning's message.
///
/// * `index`: Which warning.
///
/// Returns: The message.
///
/// Schema: `(int index) -> str`.
/// Binds `rt_torch_warning_message`.
pub fn warning_message(index: i64) -> String {
    text_from_ptr(unsafe { ffi::rt_torch_warning_message(index) })
}

/// One warning's kind.
///
/// * `index`: Which warning.
///
/// Returns: 0 user, 1 deprecation.
///
/// Schema: `(int index) -> int32`.
/// Binds `rt_torch_warning_kind`.
pub fn warning_kind(index: i64) -> i32 {
    unsafe { ffi::rt_torch_warning_kind(index) }
}

/// The default floating-point dtype.
///
/// Returns: The dtype.
///
/// Schema: `() -> ScalarType`.
/// Binds `rt_torch_get_default_dtype`.
pub fn get_default_dtype() -> Result<Kind, TorchError> {
    let value = unsafe { ffi::rt_torch_get_default_dtype() };
    check_strict(value, value == -1).and_then(Kind::from_code)
}
