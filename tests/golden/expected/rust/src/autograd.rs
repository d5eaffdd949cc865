// generated from fixture.yaml by sffi-gen; do not edit
//! Gradient mode of the calling thread.

use crate::error::{check_ambiguous, check_void};
use crate::ffi;
use crate::TorchError;

/// Enters a region with gradient recording on or off.
///
/// * `enabled`: Whether to record.
///
/// Schema: `(bool enabled) -> ()`.
/// Binds `rt_torch_autograd_grad_mode_begin`.
pub fn grad_mode_begin(enabled: bool) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_grad_mode_begin(enabled) };
    check_void()
}

/// Leaves the innermost such region.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_grad_mode_end`.
pub fn grad_mode_end() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_grad_mode_end() };
    check_void()
}

/// Whether gradient recording is on.
///
/// Returns: The mode.
///
/// Schema: `() -> bool`.
/// Binds `rt_torch_autograd_is_grad_enabled`.
pub fn is_grad_enabled() -> Result<bool, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_autograd_is_grad_enabled() };
    check_ambiguous(value, !value)
}

/// Sets gradient recording on or off.
///
/// * `enabled`: The mode.
///
/// Schema: `(bool enabled) -> ()`.
/// Binds `rt_torch_autograd_set_grad_enabled`.
pub fn set_grad_enabled(enabled: bool) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_set_grad_enabled(enabled) };
    check_void()
}
