// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Gradient mode of the calling thread.

use crate::error::{check_ambiguous, check_void};
use crate::ffi;
use crate::TorchError;

/// Enters this thread's no-grad region (one NoGradGuard per thread): operations are not
/// recorded for backward. Idempotent, not nested: a begin while the thread already has the
/// guard does nothing (rt_torch_autograd_no_grad_begin_v2 nests).
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_no_grad_begin`; PyTorch: `torch.no_grad.__enter__`.
pub fn no_grad_begin() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_no_grad_begin() };
    check_void()
}

/// Leaves this thread's no-grad region: deletes the guard, restoring the gradient mode from
/// before the begin that made it; without a guard it does nothing.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_no_grad_end`; PyTorch: `torch.no_grad.__exit__`.
pub fn no_grad_end() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_no_grad_end() };
    check_void()
}

/// Enters a no-grad region of this thread, nested in any already open; operations are not
/// recorded for backward.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_no_grad_begin_v2`; PyTorch: `torch.no_grad.__enter__`.
pub fn no_grad_begin_v2() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_no_grad_begin_v2() };
    check_void()
}

/// Leaves the innermost no-grad region of this thread (each rt_torch_autograd_no_grad_begin_v2
/// needs its own end); after the outermost, gradient mode is what it was before it.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_no_grad_end_v2`; PyTorch: `torch.no_grad.__exit__`.
pub fn no_grad_end_v2() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_no_grad_end_v2() };
    check_void()
}

/// Enters a region of this thread with gradient recording on or off (torch.enable_grad,
/// torch.set_grad_enabled as a context), nested with the no-grad regions.
///
/// * `enabled`: true records operations for backward (enable_grad), false does not.
///
/// Schema: `(bool enabled) -> ()`.
/// Binds `rt_torch_autograd_grad_mode_begin`; PyTorch: `torch.enable_grad.__enter__`.
pub fn grad_mode_begin(enabled: bool) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_grad_mode_begin(enabled) };
    check_void()
}

/// Leaves the innermost region of rt_torch_autograd_grad_mode_begin on this thread, restoring
/// the gradient mode it replaced; an error when the innermost open region is a no-grad one (or
/// none is open).
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_grad_mode_end`; PyTorch: `torch.enable_grad.__exit__`.
pub fn grad_mode_end() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_grad_mode_end() };
    check_void()
}

/// Whether operations on this thread are recorded for backward (gradient mode).
///
/// Returns: false inside a no-grad region, true outside any (and inside enable_grad).
///
/// Schema: `() -> bool`.
/// Binds `rt_torch_autograd_is_grad_enabled`; PyTorch: `torch.is_grad_enabled`.
pub fn is_grad_enabled() -> Result<bool, TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    let value = unsafe { ffi::rt_torch_autograd_is_grad_enabled() };
    check_ambiguous(value, !value)
}

/// Turns gradient recording on this thread on or off until changed again
/// (torch.set_grad_enabled called as a function).
///
/// * `enabled`: true records operations for backward.
///
/// Schema: `(bool enabled) -> ()`.
/// Binds `rt_torch_autograd_set_grad_enabled`; PyTorch: `torch.set_grad_enabled`.
pub fn set_grad_enabled(enabled: bool) -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_set_grad_enabled(enabled) };
    check_void()
}

/// While the guard lives, this thread is inside the region `rt_torch_autograd_no_grad_begin_v2` entered;
/// dropping it calls `rt_torch_autograd_no_grad_end_v2`. Guards nest.
#[must_use = "the region ends when the guard is dropped"]
#[derive(Debug)]
pub struct NoGradGuard {
    // Not Send: the region belongs to the thread that entered it.
    _thread_bound: std::marker::PhantomData<*const ()>,
}

/// Enters the region (`rt_torch_autograd_no_grad_begin_v2`) for as long as the returned guard lives.
pub fn no_grad() -> Result<NoGradGuard, TorchError> {
    // SAFETY: no arguments cross; the bridge keeps the region's state per thread.
    unsafe { ffi::rt_torch_autograd_no_grad_begin_v2() };
    check_void()?;
    Ok(NoGradGuard { _thread_bound: std::marker::PhantomData })
}

impl Drop for NoGradGuard {
    fn drop(&mut self) {
        // Balanced with this guard's begin; an end the caller already made by hand is an
        // error nothing could handle here, so it is left in the thread's error state.
        // SAFETY: no arguments cross; an unbalanced end is an error the bridge reports.
        unsafe { ffi::rt_torch_autograd_no_grad_end_v2() };
    }
}
