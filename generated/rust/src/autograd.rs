// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Gradient mode of the calling thread.

use crate::convert::{len_arg, optional_text_arg, optional_text_ptr, read_array};
use crate::error::{check_ambiguous, check_void};
use crate::ffi;
use crate::{Tensor, TorchError};

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

/// Records a custom autograd function (torch.autograd.Function.apply): the caller computed the
/// outputs from the inputs with grad mode off; they come back as one node of the graph whose
/// backward is the caller's callback.
///
/// * `inputs`: The function's tensor inputs, in order: the callback gives one gradient per
///   input.
/// * `outputs`: The outputs the caller's forward computed with grad mode off (an input returned
///   as it is becomes a view of it, as in PyTorch).
/// * `to_save`: ctx.save_for_backward's tensors (0 for None): kept as saved variables whose
///   versions are checked when backward reads them (an in-place change since gives PyTorch's
///   error).
/// * `non_differentiable`: ctx.mark_non_differentiable's outputs (each one of the outputs):
///   they never require grad.
/// * `dirty`: ctx.mark_dirty's inputs (each one of the inputs and returned as an output):
///   changed in place by the forward.
/// * `materialize_grads`: ctx.set_materialize_grads: true passes zeros for the gradients of
///   outputs that got none, false passes 0 (None).
/// * `name`: The Function class's name: the node's name in error messages ("output 0 of Exp",
///   as PyTorch's), and with Backward appended grad_fn's name (rt_torch_autograd_grad_fn_name:
///   ExpBackward); NULL for CustomFunction.
/// * `backward`: The address of the backward callback, a C function int32_t (*)(void*
///   user_data, const int64_t* grad_outputs, int64_t grad_outputs_len, const int64_t* saved,
///   int64_t saved_len, int64_t* grad_inputs, int64_t grad_inputs_len, const char** message)
///   (rt_torch_backward_fn in the header's notes). It gets one gradient handle per output (0
///   for None when materialize_grads is false) and the saved tensors' handles (0 for None), all
///   new handles it owns and frees; it writes one handle per input into grad_inputs (prefilled
///   with 0, None), which the bridge takes over and frees; it returns 0, or an error code (with
///   *message set to text valid until it returns, or left NULL) that backward reports. It may
///   run on an autograd worker thread and may call the bridge. 0 is a value error.
/// * `user_data`: A pointer-sized value passed to the callbacks as it is (the caller's
///   closure); the node owns it once the call succeeds.
/// * `free_user_data`: The address of a C function void (*)(void* user_data) (rt_torch_free_fn)
///   run once when the node is destroyed, at once when no node is made (grad mode off or no
///   input requires grad); None for none. On failure it is not run: the caller still owns
///   user_data.
///
/// Returns: New handles to the outputs, recorded in the graph (one per output; out_capacity
/// below the count is a value error and records nothing).
///
/// # Safety
///
/// The bridge cannot check every argument (an address it dereferences): the caller upholds the
/// contract of the parameters above.
///
/// Schema: `(Tensor[] inputs, Tensor[] outputs, Tensor?[] to_save, Tensor[] non_differentiable, Tensor[] dirty, bool materialize_grads, str? name, int backward, int user_data, int free_user_data) -> Tensor[]`.
/// Binds `rt_torch_autograd_function_apply`; PyTorch: `torch.autograd.Function.apply`.
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
