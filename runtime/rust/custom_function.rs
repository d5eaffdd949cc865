//! Custom autograd functions whose backward is a Rust closure (torch.autograd.Function in
//! Rust): compute the outputs with gradient recording off (inside `no_grad`), then [`apply`]
//! records them in the graph as one node whose backward calls the closure.
//!
//! The closure is boxed and given to the bridge as the node's user data; the bridge calls
//! `free_closure` exactly once when the node is destroyed (at once when no node is made), so
//! nothing leaks and nothing is freed twice. It may run on the thread that called backward or on
//! an autograd worker thread, hence `Send + Sync`. The tensors it receives are owned (dropped
//! after it returns); the gradients it returns are handed to the bridge. An `Err` it returns (or
//! a panic, caught) makes the backward call fail with that error's code and message.
//!
//! Catalogue entries: rt_torch_autograd_function_apply
//!
//! ```
//! use torch_sffi::{autograd, custom_function, Tensor};
//! let mut x = Tensor::from_slice(&[1.0f64, 2.0]);
//! x.set_requires_grad(true).unwrap();
//! autograd::no_grad_begin_v2().unwrap();
//! let y = x.mul_scalar(3.0).unwrap(); // the forward, with recording off
//! autograd::no_grad_end_v2().unwrap();
//! let out = custom_function::apply(&[&x], &[&y], &[], &[], Some("Triple"), |grads, _saved| {
//!     Ok(vec![Some(grads[0].as_ref().expect("materialised").mul_scalar(3.0)?)])
//! })
//! .unwrap();
//! out[0].sum_dim(0, false).unwrap().backward().unwrap();
//! assert_eq!(Vec::<f64>::try_from(&x.grad().unwrap().unwrap()).unwrap(), [3.0, 3.0]);
//! ```
//!
//! Hand-written runtime: sffi-gen copies it into the crate as src/custom_function.rs.

use crate::autograd;
use crate::error::TorchError;
use crate::tensor_handle::Tensor;
use std::cell::RefCell;
use std::ffi::{c_char, c_void, CString};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// A backward: the gradients of the outputs (`None` for an output that got none: not
/// materialised) and the saved tensors (`None` for a saved None); returns one gradient per
/// input (`None`: no gradient for it).
pub type Backward =
    dyn Fn(&[Option<Tensor>], &[Option<Tensor>]) -> Result<Vec<Option<Tensor>>, TorchError> + Send + Sync;

struct Closure {
    backward: Box<Backward>,
}

thread_local! {
    // The failed callback's message: the bridge copies it as soon as the callback returns.
    static MESSAGE: RefCell<CString> = RefCell::new(CString::default());
}

const OTHER: i32 = 7; // the bridge's error code "other" (a panic)
const VALUE: i32 = 3; // the bridge's error code "value" (a wrong number of gradients)

fn fail(code: i32, text: &str, message: *mut *const c_char) -> i32 {
    let text = CString::new(text.replace('\0', " ")).unwrap_or_default();
    MESSAGE.with(|m| {
        *m.borrow_mut() = text;
        // SAFETY: the bridge passes a valid pointer for the message.
        unsafe { *message = m.borrow().as_ptr() };
    });
    code
}

fn owned(handles: *const i64, len: i64) -> Vec<Option<Tensor>> {
    if handles.is_null() || len <= 0 {
        return Vec::new();
    }
    // SAFETY: the bridge passes `len` handles that this callback owns.
    let handles = unsafe { std::slice::from_raw_parts(handles, len as usize) };
    handles.iter().map(|&h| Tensor::from_optional_handle(h)).collect()
}

/// The backward callback the bridge calls (rt_torch_backward_fn).
unsafe extern "C" fn backward_trampoline(
    user_data: *mut c_void,
    grads: *const i64,
    grads_len: i64,
    saved: *const i64,
    saved_len: i64,
    grad_inputs: *mut i64,
    grad_inputs_len: i64,
    message: *mut *const c_char,
) -> i32 {
    // SAFETY: user_data is the Box<Closure> apply gave the bridge, alive until free_closure.
    let closure = unsafe { &*(user_data as *const Closure) };
    let grads = owned(grads, grads_len);
    let saved = owned(saved, saved_len);
    match catch_unwind(AssertUnwindSafe(|| (closure.backward)(&grads, &saved))) {
        Ok(Ok(given)) => {
            if given.len() as i64 != grad_inputs_len {
                let text = format!("the backward returned {} gradients for {} inputs", given.len(), grad_inputs_len);
                return fail(VALUE, &text, message);
            }
            for (i, g) in given.into_iter().enumerate() {
                if let Some(t) = g {
                    // SAFETY: grad_inputs has grad_inputs_len slots; the bridge takes the handle.
                    unsafe { *grad_inputs.add(i) = t.into_raw() };
                }
            }
            0
        }
        Ok(Err(e)) => fail(e.code(), e.message(), message),
        Err(_) => fail(OTHER, "the backward closure panicked", message),
    }
}

/// Frees the closure: the bridge calls it once, when the node is destroyed.
unsafe extern "C" fn free_closure(user_data: *mut c_void) {
    // SAFETY: user_data is the Box<Closure> apply gave the bridge; the bridge frees it once.
    drop(unsafe { Box::from_raw(user_data as *mut Closure) });
}

/// Records outputs computed from `inputs` with gradient recording off as one node of the graph
/// whose backward is `backward`; returns the recorded outputs (new tensors, one per output).
/// `to_save` are kept for backward (their versions checked: an in-place change before backward
/// is an error); `non_differentiable` outputs never require grad; `name` names the node.
pub fn apply<F>(
    inputs: &[&Tensor],
    outputs: &[&Tensor],
    to_save: &[Option<&Tensor>],
    non_differentiable: &[&Tensor],
    name: Option<&str>,
    backward: F,
) -> Result<Vec<Tensor>, TorchError>
where
    F: Fn(&[Option<Tensor>], &[Option<Tensor>]) -> Result<Vec<Option<Tensor>>, TorchError> + Send + Sync + 'static,
{
    let closure = Box::into_raw(Box::new(Closure { backward: Box::new(backward) }));
    let trampoline: unsafe extern "C" fn(
        *mut c_void,
        *const i64,
        i64,
        *const i64,
        i64,
        *mut i64,
        i64,
        *mut *const c_char,
    ) -> i32 = backward_trampoline;
    let free: unsafe extern "C" fn(*mut c_void) = free_closure;
    // SAFETY: the addresses are of functions with the C signatures the bridge documents, and the
    // user data is the closure they expect; on success the node owns it.
    let result = unsafe {
        autograd::function_apply(
            inputs,
            outputs,
            to_save,
            non_differentiable,
            &[],
            true,
            name,
            trampoline as usize as i64,
            closure as usize as i64,
            free as usize as i64,
        )
    };
    if result.is_err() {
        // SAFETY: the bridge did not take the closure (it keeps it only on success).
        drop(unsafe { Box::from_raw(closure) });
    }
    result
}
