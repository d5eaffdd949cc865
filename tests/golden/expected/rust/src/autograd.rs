// generated from fixture.yaml by sffi-gen; do not edit
//! Gradient mode of the calling thread.

use crate::convert::{len_arg, optional_text_arg, optional_text_ptr, read_array};
use crate::error::check_void;
use crate::ffi;
use crate::{Tensor, TorchError};

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
    unsafe { ffi::rt_torch_autograd_no_grad_begin_v2() };
    check_void()
}

/// Leaves the innermost no-grad region of this thread.
///
/// Schema: `() -> ()`.
/// Binds `rt_torch_autograd_no_grad_end_v2`.
pub fn no_grad_end_v2() -> Result<(), TorchError> {
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
    unsafe { ffi::rt_torch_autograd_no_grad_begin_v2() };
    check_void()?;
    Ok(NoGradGuard { _thread_bound: std::marker::PhantomData })
}

impl Drop for NoGradGuard {
    fn drop(&mut self) {
        // Balanced with this guard's begin; an end the caller already made by hand is an
        // error nothing could handle here, so it is left in the thread's error state.
        unsafe { ffi::rt_torch_autograd_no_grad_end_v2() };
    }
}
