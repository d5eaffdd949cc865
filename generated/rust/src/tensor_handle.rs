// copied from runtime/rust/tensor_handle.rs by sffi-gen; edit that file, not this copy
//! Tensor: a libtorch tensor behind a handle of the bridge, released on `Drop`. Its
//! operations (generated from the catalogue) are in tensor.rs.

use crate::enums::ErrorKind;
use crate::error::{check_void, TorchError};
use crate::roles;

/// A libtorch tensor. The handle is released when the value is dropped, or at once with
/// [`Tensor::free`]. Every operation returns a new tensor (a view shares memory, as in
/// PyTorch) or changes this one in place (`&mut self`); a failed one returns the bridge's
/// error.
///
/// `Tensor` is `Send` and `Sync`. `&mut self` keeps two threads from changing one `Tensor`
/// value at once, but not from using one libtorch tensor through two values: `contiguous()`,
/// `cpu()`, `to_dtype` to its own dtype and `real()` return another handle to the same tensor.
/// That is safe because every function of the bridge is safe on aliases: in-place updates and
/// the calls that read or replace a gradient run alone under the bridge's lock, every other call
/// beside them (torch_sffi.h, "Threads"). What remains is the order of racing calls, which
/// PyTorch leaves open too; a call that loses a race returns PyTorch's error for that order.
///
/// `Tensor` is `#[must_use]`: an operation's result that is dropped unread is a bug (the
/// operations return new tensors; the in-place ones end in `_` and take `&mut self`).
/// `Display` prints the values as PyTorch's `repr` does, `Debug` the shape, dtype and device.
#[must_use = "tensor operations return a new tensor; the in-place forms end in `_`"]
pub struct Tensor {
    pub(crate) handle: i64,
}

impl Tensor {
    /// Owns a handle the bridge has just made.
    pub(crate) fn from_handle(handle: i64) -> Tensor {
        Tensor { handle }
    }

    /// An optional tensor result: the handle 0 is None.
    #[allow(dead_code)] // a catalogue need not return optional tensors
    pub(crate) fn from_optional_handle(handle: i64) -> Option<Tensor> {
        (handle != 0).then_some(Tensor { handle })
    }

    /// A list of tensors the bridge has just made.
    #[allow(dead_code)] // a catalogue need not return tensor lists
    pub(crate) fn from_handles(handles: Vec<i64>) -> Vec<Tensor> {
        handles.into_iter().map(Tensor::from_handle).collect()
    }

    /// The N tensors of a tuple result (PyTorch's named tuples). Another count is an error,
    /// and the tensors made are released.
    #[allow(dead_code)] // a catalogue need not return tuples
    pub(crate) fn from_tuple<const N: usize>(handles: Vec<i64>) -> Result<[Tensor; N], TorchError> {
        let count = handles.len();
        <[Tensor; N]>::try_from(Tensor::from_handles(handles)).map_err(|_| {
            TorchError::new(ErrorKind::Unknown, format!("expected {N} tensors, the bridge returned {count}"))
        })
    }

    /// Takes ownership of a raw handle (from [`Tensor::into_raw`] or the C ABI).
    ///
    /// # Safety
    /// The handle must be a live tensor handle that nothing else frees.
    pub unsafe fn from_raw(handle: i64) -> Tensor {
        Tensor { handle }
    }

    /// Gives up ownership: the handle is not released by this value any more.
    #[must_use]
    pub fn into_raw(self) -> i64 {
        let handle = self.handle;
        std::mem::forget(self);
        handle
    }

    /// The raw handle, still owned by this value.
    #[must_use]
    pub fn handle(&self) -> i64 {
        self.handle
    }

    /// Releases the handle now, reporting a failure that dropping would have to ignore.
    pub fn free(self) -> Result<(), TorchError> {
        roles::free_tensor(self.into_raw());
        check_void()
    }
}

impl Drop for Tensor {
    fn drop(&mut self) {
        // Nothing to report from drop; the release leaves the thread's error state alone
        // where the catalogue has such a function.
        roles::drop_tensor(self.handle);
    }
}
