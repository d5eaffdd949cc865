// generated from fixture.yaml by sffi-gen; do not edit
//! Tensor: a libtorch tensor behind a handle of the bridge.

use std::fmt;

use crate::error::*;
use crate::ffi;

/// A libtorch tensor. The handle is released when the value is dropped, or at once with
/// [`Tensor::free`]. Every operation returns a new tensor (a view shares memory, as in
/// PyTorch); a failed one returns the bridge's error.
pub struct Tensor {
    pub(crate) handle: i64,
}

impl Tensor {
    pub(crate) fn from_result(handle: i64) -> Result<Tensor, TorchError> {
        check_handle(handle).map(|handle| Tensor { handle })
    }

    /// Reads a list of new handles; the bridge creates none while the buffer is too small.
    pub(crate) fn list_result(
        capacity: usize,
        call: impl FnMut(*mut i64, i64) -> i64,
    ) -> Result<Vec<Tensor>, TorchError> {
        read_array(capacity, call).map(|handles| handles.into_iter().map(|handle| Tensor { handle }).collect())
    }

    /// Takes ownership of a raw handle (from [`Tensor::into_raw`] or the C ABI).
    ///
    /// # Safety
    /// The handle must be a live tensor handle that nothing else frees.
    pub unsafe fn from_raw(handle: i64) -> Tensor {
        Tensor { handle }
    }

    /// Gives up ownership: the handle is not freed by this value any more.
    pub fn into_raw(self) -> i64 {
        let handle = self.handle;
        std::mem::forget(self);
        handle
    }

    /// The raw handle, still owned by this value.
    pub fn handle(&self) -> i64 {
        self.handle
    }

    /// Releases the handle now (`rt_torch_torchtensor_free`), reporting a failure that dropping
    /// would have to ignore.
    pub fn free(self) -> Result<(), TorchError> {
        let handle = self.into_raw();
        unsafe { ffi::rt_torch_torchtensor_free(handle) };
        check_void()
    }

    /// Zeros of a shape.
    ///
    /// * `dims`: The shape.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_tensor_zeros`; PyTorch: `torch.zeros`.
    pub fn zeros(dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_zeros(dims.as_ptr(), len_arg(dims.len())) })
    }

    /// A float64 tensor from flat data.
    ///
    /// * `data`: The values.
    /// * `dims`: The shape.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_tensor_from_data`; PyTorch: `torch.tensor`.
    pub fn from_data(data: &[f64], dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_from_data(data.as_ptr(), len_arg(data.len()), dims.as_ptr(), len_arg(dims.len())) })
    }

    /// Concatenates tensors.
    ///
    /// * `tensors`: The tensors.
    /// * `dim`: The dimension. Other tiers default it to `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_cat`; PyTorch: `torch.cat`.
    pub fn cat(tensors: &[&Tensor], dim: i64) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_cat(tensors.as_ptr(), len_arg(tensors.len()), dim) })
    }

    /// Element-wise sum.
    ///
    /// * `other`: The right operand.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_add`; PyTorch: `torch.add`.
    pub fn add(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_add(self.handle, other.handle) })
    }

    /// Sum of all elements.
    ///
    /// Returns: The sum.
    ///
    /// Binds `rt_torch_torchtensor_sum`; PyTorch: `torch.sum`.
    pub fn sum(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_sum(self.handle) })
    }

    /// The sizes.
    ///
    /// Returns: The sizes.
    ///
    /// Binds `rt_torch_torchtensor_shape`; PyTorch: `torch.Tensor.size`.
    pub fn shape(&self) -> Result<Vec<i64>, TorchError> {
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_shape(self.handle, out, out_capacity) })
    }

    /// Splits into pieces.
    ///
    /// * `chunks`: How many pieces.
    /// * `dim`: The dimension. Other tiers default it to `0`.
    ///
    /// Returns: The pieces.
    ///
    /// Binds `rt_torch_torchtensor_chunk`; PyTorch: `torch.chunk`.
    pub fn chunk(&self, chunks: i64, dim: i64) -> Result<Vec<Tensor>, TorchError> {
        Tensor::list_result(usize::try_from(chunks).unwrap_or(0), |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_chunk(self.handle, chunks, dim, out, out_capacity) })
    }

    /// Backpropagates from a scalar.
    ///
    /// Binds `rt_torch_autograd_backward`; PyTorch: `torch.Tensor.backward`.
    pub fn backward(&self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_autograd_backward(self.handle) };
        check_void()
    }

    /// Whether gradients are tracked.
    ///
    /// Returns: true when tracked.
    ///
    /// Binds `rt_torch_autograd_requires_grad`; PyTorch: `torch.Tensor.requires_grad`.
    pub fn requires_grad(&self) -> Result<bool, TorchError> {
        check_bool(unsafe { ffi::rt_torch_autograd_requires_grad(self.handle) })
    }
}

impl Drop for Tensor {
    fn drop(&mut self) {
        // rt_torch_torchtensor_free: nothing to report from drop, and the thread's error state
        // is left as it was.
        unsafe { ffi::rt_torch_torchtensor_free(self.handle) };
    }
}

impl fmt::Debug for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tensor({})", self.handle)
    }
}
