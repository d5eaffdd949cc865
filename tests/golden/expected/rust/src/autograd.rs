// generated from fixture.yaml by sffi-gen; do not edit
//! Gradient mode of the calling thread.

use crate::convert::{len_arg, optional_text_arg, optional_text_ptr, read_array};
use crate::error::{check_ambiguous, check_void};
use crate::ffi;
use crate::{Tensor, TorchError};

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

/// Records a custom autograd function's outputs as one node whose backward is a C callback.
///
/// * `inputs`: The inputs.
/// * `outputs`: The outputs computed with grad mode off.
/// * `to_save`: The saved tensors.
/// * `non_differentiable`: The non-differentiable outputs.
/// * `dirty`: The inputs changed in place.
/// * `materialize_grads`: Zeros for missing gradients.
/// * `name`: The node's name.
/// * `backward`: The backward callback's address.
/// * `user_data`: The callbacks' user data.
/// * `free_user_data`: The user data's destructor's address.
///
/// Returns: The recorded outputs.
///
/// # Safety
///
/// The bridge cannot check every argument (an address it dereferences): the caller upholds the
/// contract of the parameters above.
///
/// Schema: `(Tensor[] inputs, Tensor[] outputs, Tensor?[] to_save, Tensor[] non_differentiable, Tensor[] dirty, bool materialize_grads, str? name, int backward, int user_data, int free_user_data) -> Tensor[]`.
/// Binds `rt_torch_autograd_function_apply`.
#[allow(clippy::too_many_arguments)]
pub unsafe fn function_apply(
    inputs: &[&Tensor],
    outputs: &[&Tensor],
    to_save: &[Option<&Tensor>],
    non_differentiable: &[&Tensor],
    dirty: &[&Tensor],
    materialize_grads: bool,
    name: Option<&str>,
    backward: i64,
    user_data: i64,
    free_user_data: i64,
) -> Result<Vec<Tensor>, TorchError> {
    let inputs: Vec<i64> = inputs.iter().map(|t| t.handle).collect();
    let outputs: Vec<i64> = outputs.iter().map(|t| t.handle).collect();
    let to_save: Vec<i64> = to_save.iter().map(|t| t.map_or(0, |t| t.handle)).collect();
    let non_differentiable: Vec<i64> = non_differentiable.iter().map(|t| t.handle).collect();
    let dirty: Vec<i64> = dirty.iter().map(|t| t.handle).collect();
    let name = optional_text_arg(name, "name")?;
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB);
    // each pointer points into a slice or C string borrowed for the whole call, its length beside
    // it; `out` holds `out_capacity` writable elements (read_array); what the bridge cannot check
    // is the caller's contract (this function's `# Safety`).
    read_array(64, |out, out_capacity| unsafe {
        ffi::rt_torch_autograd_function_apply(
            inputs.as_ptr(),
            len_arg(inputs.len()),
            outputs.as_ptr(),
            len_arg(outputs.len()),
            to_save.as_ptr(),
            len_arg(to_save.len()),
            non_differentiable.as_ptr(),
            len_arg(non_differentiable.len()),
            dirty.as_ptr(),
            len_arg(dirty.len()),
            materialize_grads,
            optional_text_ptr(&name),
            backward,
            user_data,
            free_user_data,
            out,
            out_capacity,
        )
    }).map(Tensor::from_handles)
}

/// Enters a no-grad region of this thread.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_no_grad_begin_v2`.
pub fn no_grad_begin_v2() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_no_grad_begin_v2() };
    check_void()
}

/// Leaves the innermost no-grad region of this thread.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_no_grad_end_v2`.
pub fn no_grad_end_v2() -> Result<(), TorchError> {
    // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not UB).
    unsafe { ffi::rt_torch_autograd_no_grad_end_v2() };
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
