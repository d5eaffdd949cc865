// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Gradient mode of the calling thread.

use crate::error::check_void;
use crate::ffi;
use crate::TorchError;

/// Enters a region of this thread in which operations are not recorded for backward.
///
/// Deviation from the reference: Regions nest per thread: each begin needs its own end, and
/// gradient mode returns to what it was before the outermost begin. The reference kept one
/// guard per thread that a second begin replaced.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_no_grad_begin`; PyTorch: `torch.no_grad.__enter__`.
pub fn no_grad_begin() -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_autograd_no_grad_begin() };
    check_void()
}

/// Leaves the innermost no-grad region of this thread.
///
/// Deviation from the reference: An end without a matching begin is an error (code value), not
/// a silent no-op.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_no_grad_end`; PyTorch: `torch.no_grad.__exit__`.
pub fn no_grad_end() -> Result<(), TorchError> {
    unsafe { ffi::rt_torch_autograd_no_grad_end() };
    check_void()
}

/// While the guard lives, this thread is inside the region `rt_torch_autograd_no_grad_begin` entered;
/// dropping it calls `rt_torch_autograd_no_grad_end`. Guards nest.
#[must_use = "the region ends when the guard is dropped"]
#[derive(Debug)]
pub struct NoGradGuard {
    // Not Send: the region belongs to the thread that entered it.
    _thread_bound: std::marker::PhantomData<*const ()>,
}

/// Enters the region (`rt_torch_autograd_no_grad_begin`) for as long as the returned guard lives.
pub fn no_grad() -> Result<NoGradGuard, TorchError> {
    unsafe { ffi::rt_torch_autograd_no_grad_begin() };
    check_void()?;
    Ok(NoGradGuard { _thread_bound: std::marker::PhantomData })
}

impl Drop for NoGradGuard {
    fn drop(&mut self) {
        // Balanced with this guard's begin; an end the caller already made by hand is an
        // error nothing could handle here, so it is left in the thread's error state.
        unsafe { ffi::rt_torch_autograd_no_grad_end() };
    }
}
