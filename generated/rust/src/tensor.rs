// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Tensor: a libtorch tensor behind a handle of the bridge.

use std::fmt;

use crate::error::*;
use crate::ffi;
use crate::Stream;

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

    pub(crate) fn from_optional_result(handle: i64) -> Result<Option<Tensor>, TorchError> {
        check_optional_handle(handle).map(|handle| handle.map(|handle| Tensor { handle }))
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

    /// A new tensor of the given shape filled with zeros (default dtype float32).
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor.
    ///
    /// Binds `rt_torch_tensor_zeros`; PyTorch: `torch.zeros`.
    pub fn zeros(dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_zeros(dims.as_ptr(), len_arg(dims.len())) })
    }

    /// A new tensor of the given shape filled with ones.
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor.
    ///
    /// Binds `rt_torch_tensor_ones`; PyTorch: `torch.ones`.
    pub fn ones(dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_ones(dims.as_ptr(), len_arg(dims.len())) })
    }

    /// A new tensor of the given shape sampled from the standard normal distribution.
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor; reproducible after rt_torch_manual_seed.
    ///
    /// Binds `rt_torch_tensor_randn`; PyTorch: `torch.randn`.
    pub fn randn(dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_randn(dims.as_ptr(), len_arg(dims.len())) })
    }

    /// A new tensor of the given shape sampled uniformly from [0, 1).
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor; reproducible after rt_torch_manual_seed.
    ///
    /// Binds `rt_torch_tensor_rand`; PyTorch: `torch.rand`.
    pub fn rand(dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_rand(dims.as_ptr(), len_arg(dims.len())) })
    }

    /// A new tensor of the given shape filled with one value (default dtype float32).
    ///
    /// * `dims`: The shape; every size must be non-negative.
    /// * `value`: The fill value.
    ///
    /// Returns: The new tensor.
    ///
    /// Binds `rt_torch_tensor_full`; PyTorch: `torch.full`.
    pub fn full(dims: &[i64], value: f64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_full(dims.as_ptr(), len_arg(dims.len()), value) })
    }

    /// A new float64 tensor holding a copy of flat data, shaped by dims.
    ///
    /// * `data`: The values in row-major order.
    /// * `dims`: The shape for the data (one size may be -1 and is inferred).
    ///
    /// Returns: The new float64 tensor; it owns its memory (the data array may be reused at once).
    ///
    /// Binds `rt_torch_tensor_from_data`; PyTorch: `torch.tensor`.
    pub fn from_data(data: &[f64], dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_from_data(data.as_ptr(), len_arg(data.len()), dims.as_ptr(), len_arg(dims.len())) })
    }

    /// A 1-D tensor of values from start up to end (exclusive), spaced by step.
    ///
    /// * `start`: The first value.
    /// * `end`: The bound, not included.
    /// * `step`: The spacing; must be non-zero and point from start towards end. Other tiers
    ///   default it to `1.0`.
    ///
    /// Returns: A new 1-D float32 tensor.
    ///
    /// Binds `rt_torch_tensor_arange`; PyTorch: `torch.arange`.
    pub fn arange(start: f64, end: f64, step: f64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_arange(start, end, step) })
    }

    /// A 1-D tensor of steps evenly spaced values from start to end inclusive.
    ///
    /// * `start`: The first value.
    /// * `end`: The last value.
    /// * `steps`: The number of values; must be non-negative.
    ///
    /// Returns: A new 1-D float32 tensor.
    ///
    /// Binds `rt_torch_tensor_linspace`; PyTorch: `torch.linspace`.
    pub fn linspace(start: f64, end: f64, steps: i64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_linspace(start, end, steps) })
    }

    /// The n x n identity matrix.
    ///
    /// * `n`: The number of rows and columns; must be non-negative.
    ///
    /// Returns: A new float32 tensor.
    ///
    /// Binds `rt_torch_tensor_eye`; PyTorch: `torch.eye`.
    pub fn eye(n: i64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_eye(n) })
    }

    /// A new tensor of the given shape whose values are not initialised.
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor; read nothing from it before writing.
    ///
    /// Binds `rt_torch_tensor_empty`; PyTorch: `torch.empty`.
    pub fn empty(dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_empty(dims.as_ptr(), len_arg(dims.len())) })
    }

    /// Concatenates tensors along an existing dimension.
    ///
    /// * `tensors`: At least one tensor; all shapes equal except along dim.
    /// * `dim`: The dimension; negative values count from the end. Other tiers default it to `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_cat`; PyTorch: `torch.cat`.
    pub fn cat(tensors: &[&Tensor], dim: i64) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_cat(tensors.as_ptr(), len_arg(tensors.len()), dim) })
    }

    /// Stacks tensors of equal shape along a new dimension.
    ///
    /// * `tensors`: At least one tensor; all of the same shape.
    /// * `dim`: The position of the new dimension, in -(ndim+1)..ndim. Other tiers default it to
    ///   `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_stack`; PyTorch: `torch.stack`.
    pub fn stack(tensors: &[&Tensor], dim: i64) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_stack(tensors.as_ptr(), len_arg(tensors.len()), dim) })
    }

    /// A new int64 tensor holding a copy of flat integer data, shaped by dims.
    ///
    /// * `data`: The values in row-major order.
    /// * `dims`: The shape for the data (one size may be -1 and is inferred).
    ///
    /// Returns: The new int64 tensor (for indices and class targets).
    ///
    /// Binds `rt_torch_tensor_from_i64`; PyTorch: `torch.tensor`.
    pub fn from_i64(data: &[i64], dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_tensor_from_i64(data.as_ptr(), len_arg(data.len()), dims.as_ptr(), len_arg(dims.len())) })
    }

    /// Element-wise sum of two tensors, with broadcasting and type promotion.
    ///
    /// * `other`: The right operand; broadcast against handle.
    ///
    /// Returns: A new tensor holding handle + other.
    ///
    /// Binds `rt_torch_torchtensor_add`; PyTorch: `torch.add`.
    pub fn add(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_add(self.handle, other.handle) })
    }

    /// Element-wise difference of two tensors, with broadcasting.
    ///
    /// * `other`: The right operand; broadcast against handle.
    ///
    /// Returns: A new tensor holding handle - other.
    ///
    /// Binds `rt_torch_torchtensor_sub`; PyTorch: `torch.sub`.
    pub fn sub(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_sub(self.handle, other.handle) })
    }

    /// Element-wise product of two tensors, with broadcasting.
    ///
    /// * `other`: The right operand; broadcast against handle.
    ///
    /// Returns: A new tensor holding handle * other.
    ///
    /// Binds `rt_torch_torchtensor_mul`; PyTorch: `torch.mul`.
    pub fn mul(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_mul(self.handle, other.handle) })
    }

    /// Element-wise true division of two tensors, with broadcasting.
    ///
    /// * `other`: The divisor; broadcast against handle.
    ///
    /// Returns: A new floating-point tensor holding handle / other.
    ///
    /// Binds `rt_torch_torchtensor_div`; PyTorch: `torch.div`.
    pub fn div(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_div(self.handle, other.handle) })
    }

    /// Raises every element to a scalar exponent.
    ///
    /// * `exponent`: The exponent.
    ///
    /// Returns: A new tensor holding handle ** exponent.
    ///
    /// Binds `rt_torch_torchtensor_pow`; PyTorch: `torch.pow`.
    pub fn pow(&self, exponent: f64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_pow(self.handle, exponent) })
    }

    /// Element-wise negation.
    ///
    /// Returns: A new tensor holding -handle.
    ///
    /// Binds `rt_torch_torchtensor_neg`; PyTorch: `torch.neg`.
    pub fn neg(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_neg(self.handle) })
    }

    /// Element-wise absolute value.
    ///
    /// Returns: A new tensor holding abs(handle).
    ///
    /// Binds `rt_torch_torchtensor_abs`; PyTorch: `torch.abs`.
    pub fn abs(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_abs(self.handle) })
    }

    /// Element-wise square root (NaN for negative elements).
    ///
    /// Returns: A new floating-point tensor.
    ///
    /// Binds `rt_torch_torchtensor_sqrt`; PyTorch: `torch.sqrt`.
    pub fn sqrt(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_sqrt(self.handle) })
    }

    /// Element-wise exponential e**x.
    ///
    /// Returns: A new floating-point tensor.
    ///
    /// Binds `rt_torch_torchtensor_exp`; PyTorch: `torch.exp`.
    pub fn exp(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_exp(self.handle) })
    }

    /// Element-wise natural logarithm (-inf at 0, NaN for negative elements).
    ///
    /// Returns: A new floating-point tensor.
    ///
    /// Binds `rt_torch_torchtensor_log`; PyTorch: `torch.log`.
    pub fn log(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_log(self.handle) })
    }

    /// Adds a scalar to every element.
    ///
    /// * `scalar`: The value to add.
    ///
    /// Returns: A new tensor holding handle + scalar.
    ///
    /// Binds `rt_torch_torchtensor_add_scalar`; PyTorch: `torch.add`.
    pub fn add_scalar(&self, scalar: f64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_add_scalar(self.handle, scalar) })
    }

    /// Multiplies every element by a scalar.
    ///
    /// * `scalar`: The factor.
    ///
    /// Returns: A new tensor holding handle * scalar.
    ///
    /// Binds `rt_torch_torchtensor_mul_scalar`; PyTorch: `torch.mul`.
    pub fn mul_scalar(&self, scalar: f64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_mul_scalar(self.handle, scalar) })
    }

    /// Rectified linear unit max(0, x).
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_relu`; PyTorch: `torch.nn.functional.relu`.
    pub fn relu(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_relu(self.handle) })
    }

    /// Logistic sigmoid 1 / (1 + exp(-x)).
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_sigmoid`; PyTorch: `torch.sigmoid`.
    pub fn sigmoid(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_sigmoid(self.handle) })
    }

    /// Hyperbolic tangent.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_tanh`; PyTorch: `torch.tanh`.
    pub fn tanh(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_tanh(self.handle) })
    }

    /// Leaky ReLU, x for x >= 0 and negative_slope * x otherwise.
    ///
    /// * `negative_slope`: The slope for negative inputs. Other tiers default it to `0.01`.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_leaky_relu`; PyTorch: `torch.nn.functional.leaky_relu`.
    pub fn leaky_relu(&self, negative_slope: f64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_leaky_relu(self.handle, negative_slope) })
    }

    /// Gaussian error linear unit, exact (erf) form.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_gelu`; PyTorch: `torch.nn.functional.gelu`.
    pub fn gelu(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_gelu(self.handle) })
    }

    /// Softmax along one dimension.
    ///
    /// * `dim`: The dimension to normalise; negative values count from the end.
    ///
    /// Returns: A new tensor whose slices along dim sum to 1.
    ///
    /// Binds `rt_torch_torchtensor_softmax`; PyTorch: `torch.softmax`.
    pub fn softmax(&self, dim: i64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_softmax(self.handle, dim) })
    }

    /// Logarithm of the softmax along one dimension, computed stably.
    ///
    /// * `dim`: The dimension to normalise; negative values count from the end.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_log_softmax`; PyTorch: `torch.log_softmax`.
    pub fn log_softmax(&self, dim: i64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_log_softmax(self.handle, dim) })
    }

    /// Matrix product with torch.matmul semantics (vectors, batches, broadcasting).
    ///
    /// * `other`: The right operand.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_matmul`; PyTorch: `torch.matmul`.
    pub fn matmul(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_matmul(self.handle, other.handle) })
    }

    /// Inner product of two 1-D tensors of the same length and dtype.
    ///
    /// * `other`: The second vector.
    ///
    /// Returns: A new 0-d tensor.
    ///
    /// Binds `rt_torch_torchtensor_dot`; PyTorch: `torch.dot`.
    pub fn dot(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_dot(self.handle, other.handle) })
    }

    /// Swaps two dimensions; the result is a view sharing memory with the input.
    ///
    /// * `dim0`: The first dimension.
    /// * `dim1`: The second dimension.
    ///
    /// Returns: A new handle to the transposed view.
    ///
    /// Binds `rt_torch_torchtensor_transpose`; PyTorch: `torch.transpose`.
    pub fn transpose(&self, dim0: i64, dim1: i64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_transpose(self.handle, dim0, dim1) })
    }

    /// Transpose of a tensor with at most 2 dimensions (a view).
    ///
    /// Returns: A new handle to the transposed view.
    ///
    /// Binds `rt_torch_torchtensor_t`; PyTorch: `torch.t`.
    pub fn t(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_t(self.handle) })
    }

    /// The 2-norm of all elements taken as one vector (Frobenius norm for matrices).
    ///
    /// Returns: The norm.
    ///
    /// Binds `rt_torch_torchtensor_norm`; PyTorch: `torch.linalg.vector_norm`.
    pub fn norm(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_norm(self.handle) })
    }

    /// Determinant of a square matrix.
    ///
    /// Returns: The determinant.
    ///
    /// Binds `rt_torch_torchtensor_det`; PyTorch: `torch.linalg.det`.
    pub fn det(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_det(self.handle) })
    }

    /// Inverse of a square matrix (or a batch of them).
    ///
    /// Returns: A new tensor; a singular input is an error.
    ///
    /// Binds `rt_torch_torchtensor_inverse`; PyTorch: `torch.linalg.inv`.
    pub fn inverse(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_inverse(self.handle) })
    }

    /// Reduced singular value decomposition handle = U diag(S) Vh.
    ///
    /// Returns: Three new handles: U, S and Vh (full_matrices=False).
    ///
    /// Deviation from the reference: The reference returned only U as one handle, losing S and Vh.
    /// This entry returns all three through the array-result protocol (out buffer of 3 handles),
    /// like torch.linalg.svd.
    ///
    /// Binds `rt_torch_torchtensor_svd`; PyTorch: `torch.linalg.svd`.
    pub fn svd(&self) -> Result<Vec<Tensor>, TorchError> {
        Tensor::list_result(3, |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_svd(self.handle, out, out_capacity) })
    }

    /// Eigenvalues and eigenvectors of a square matrix, as complex tensors.
    ///
    /// Returns: Two new complex handles: eigenvalues and eigenvectors (read them with
    /// rt_torch_torchtensor_real and _imag).
    ///
    /// Deviation from the reference: The reference returned only the real part of the eigenvalues,
    /// which is wrong for any matrix with complex eigenvalues and drops the eigenvectors. This
    /// entry returns both complex tensors, like torch.linalg.eig.
    ///
    /// Binds `rt_torch_torchtensor_eig`; PyTorch: `torch.linalg.eig`.
    pub fn eig(&self) -> Result<Vec<Tensor>, TorchError> {
        Tensor::list_result(2, |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_eig(self.handle, out, out_capacity) })
    }

    /// Sum of all elements.
    ///
    /// Returns: The sum as a float.
    ///
    /// Binds `rt_torch_torchtensor_sum`; PyTorch: `torch.sum`.
    pub fn sum(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_sum(self.handle) })
    }

    /// Sum along one dimension.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. Other tiers default it to `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_sum_dim`; PyTorch: `torch.sum`.
    pub fn sum_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_sum_dim(self.handle, dim, keepdim) })
    }

    /// Mean of all elements of a floating-point tensor.
    ///
    /// Returns: The mean (NaN for an empty tensor).
    ///
    /// Binds `rt_torch_torchtensor_mean`; PyTorch: `torch.mean`.
    pub fn mean(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_mean(self.handle) })
    }

    /// Mean along one dimension.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. Other tiers default it to `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Binds `rt_torch_torchtensor_mean_dim`; PyTorch: `torch.mean`.
    pub fn mean_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_mean_dim(self.handle, dim, keepdim) })
    }

    /// The largest element.
    ///
    /// Returns: The maximum (NaN if any element is NaN).
    ///
    /// Binds `rt_torch_torchtensor_max`; PyTorch: `torch.max`.
    pub fn max(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_max(self.handle) })
    }

    /// Maxima along one dimension, with their indices.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. Other tiers default it to `false`.
    ///
    /// Returns: Two new handles: the values and their int64 indices.
    ///
    /// Deviation from the reference: The reference returned the values only and dropped the
    /// indices. This entry returns both (values, indices), like torch.max(input, dim).
    ///
    /// Binds `rt_torch_torchtensor_max_dim`; PyTorch: `torch.max`.
    pub fn max_dim(&self, dim: i64, keepdim: bool) -> Result<Vec<Tensor>, TorchError> {
        Tensor::list_result(2, |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_max_dim(self.handle, dim, keepdim, out, out_capacity) })
    }

    /// The smallest element.
    ///
    /// Returns: The minimum (NaN if any element is NaN).
    ///
    /// Binds `rt_torch_torchtensor_min`; PyTorch: `torch.min`.
    pub fn min(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_min(self.handle) })
    }

    /// Minima along one dimension, with their indices.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. Other tiers default it to `false`.
    ///
    /// Returns: Two new handles: the values and their int64 indices.
    ///
    /// Deviation from the reference: The reference returned the values only and dropped the
    /// indices. This entry returns both (values, indices), like torch.min(input, dim).
    ///
    /// Binds `rt_torch_torchtensor_min_dim`; PyTorch: `torch.min`.
    pub fn min_dim(&self, dim: i64, keepdim: bool) -> Result<Vec<Tensor>, TorchError> {
        Tensor::list_result(2, |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_min_dim(self.handle, dim, keepdim, out, out_capacity) })
    }

    /// Indices of the maxima along one dimension.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. Other tiers default it to `false`.
    ///
    /// Returns: A new int64 tensor of indices.
    ///
    /// Deviation from the reference: The reference read any negative dim as "over the flattened
    /// tensor", which hides PyTorch's negative dims (-1 is the last dimension). Here dim follows
    /// PyTorch; for the flattened argmax, flatten first (rt_torch_torchtensor_flatten, then dim 0).
    ///
    /// Binds `rt_torch_torchtensor_argmax`; PyTorch: `torch.argmax`.
    pub fn argmax(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_argmax(self.handle, dim, keepdim) })
    }

    /// Indices of the minima along one dimension.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. Other tiers default it to `false`.
    ///
    /// Returns: A new int64 tensor of indices.
    ///
    /// Deviation from the reference: The reference read any negative dim as "over the flattened
    /// tensor"; here dim follows PyTorch (negative values count from the end). Flatten first for
    /// the flattened argmin.
    ///
    /// Binds `rt_torch_torchtensor_argmin`; PyTorch: `torch.argmin`.
    pub fn argmin(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_argmin(self.handle, dim, keepdim) })
    }

    /// Standard deviation of all elements, unbiased (Bessel's correction).
    ///
    /// Returns: The standard deviation (NaN for fewer than 2 elements).
    ///
    /// Binds `rt_torch_torchtensor_std`; PyTorch: `torch.std`.
    pub fn std(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_std(self.handle) })
    }

    /// Variance of all elements, unbiased (Bessel's correction).
    ///
    /// Returns: The variance (NaN for fewer than 2 elements).
    ///
    /// Binds `rt_torch_torchtensor_var`; PyTorch: `torch.var`.
    pub fn var(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_var(self.handle) })
    }

    /// The number of dimensions.
    ///
    /// Returns: The rank (0 for a scalar tensor).
    ///
    /// Binds `rt_torch_torchtensor_ndim`; PyTorch: `torch.Tensor.dim`.
    pub fn ndim(&self) -> Result<i64, TorchError> {
        check_i64(unsafe { ffi::rt_torch_torchtensor_ndim(self.handle) })
    }

    /// The total number of elements.
    ///
    /// Returns: The element count.
    ///
    /// Binds `rt_torch_torchtensor_numel`; PyTorch: `torch.numel`.
    pub fn numel(&self) -> Result<i64, TorchError> {
        check_i64(unsafe { ffi::rt_torch_torchtensor_numel(self.handle) })
    }

    /// The size of every dimension.
    ///
    /// Returns: The sizes, outermost first.
    ///
    /// Deviation from the reference: The reference returned a Simple runtime array (SplArray*),
    /// tying the bridge to one language's runtime. Array results here follow the C ABI's
    /// caller-buffer protocol (out, capacity) and return the rank; every tier wraps that back into
    /// its own array.
    ///
    /// Binds `rt_torch_torchtensor_shape`; PyTorch: `torch.Tensor.size`.
    pub fn shape(&self) -> Result<Vec<i64>, TorchError> {
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_shape(self.handle, out, out_capacity) })
    }

    /// The same data with a new shape; a view when possible, a copy otherwise.
    ///
    /// * `dims`: The new shape; one size may be -1 (inferred).
    ///
    /// Returns: A new handle.
    ///
    /// Binds `rt_torch_torchtensor_reshape`; PyTorch: `torch.reshape`.
    pub fn reshape(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_reshape(self.handle, dims.as_ptr(), len_arg(dims.len())) })
    }

    /// A view of the same memory with a new shape.
    ///
    /// * `dims`: The new shape; one size may be -1 (inferred).
    ///
    /// Returns: A new handle sharing memory with handle.
    ///
    /// Deviation from the reference: The reference called contiguous() first, so a "view" could
    /// silently be a copy that no longer shares memory. This entry has PyTorch's semantics: a view,
    /// or an error naming reshape when the strides do not allow one.
    ///
    /// Binds `rt_torch_torchtensor_view`; PyTorch: `torch.Tensor.view`.
    pub fn view(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_view(self.handle, dims.as_ptr(), len_arg(dims.len())) })
    }

    /// Reorders the dimensions (a view).
    ///
    /// * `dims`: A permutation of 0..ndim-1.
    ///
    /// Returns: A new handle to the permuted view.
    ///
    /// Binds `rt_torch_torchtensor_permute`; PyTorch: `torch.permute`.
    pub fn permute(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_permute(self.handle, dims.as_ptr(), len_arg(dims.len())) })
    }

    /// Removes every dimension of size 1.
    ///
    /// Returns: A new handle to the squeezed view.
    ///
    /// Binds `rt_torch_torchtensor_squeeze`; PyTorch: `torch.squeeze`.
    pub fn squeeze(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_squeeze(self.handle) })
    }

    /// Removes one dimension if its size is 1.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    ///
    /// Returns: A new handle to the view (unchanged shape if the size is not 1).
    ///
    /// Binds `rt_torch_torchtensor_squeeze_dim`; PyTorch: `torch.squeeze`.
    pub fn squeeze_dim(&self, dim: i64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_squeeze_dim(self.handle, dim) })
    }

    /// Inserts a dimension of size 1.
    ///
    /// * `dim`: The position of the new dimension, in -(ndim+1)..ndim.
    ///
    /// Returns: A new handle to the view.
    ///
    /// Binds `rt_torch_torchtensor_unsqueeze`; PyTorch: `torch.unsqueeze`.
    pub fn unsqueeze(&self, dim: i64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_unsqueeze(self.handle, dim) })
    }

    /// Flattens into one dimension.
    ///
    /// Returns: A new 1-D handle (a view when possible).
    ///
    /// Binds `rt_torch_torchtensor_flatten`; PyTorch: `torch.flatten`.
    pub fn flatten(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_flatten(self.handle) })
    }

    /// The tensor in contiguous row-major memory.
    ///
    /// Returns: A new handle; it shares memory with handle when that is already contiguous.
    ///
    /// Binds `rt_torch_torchtensor_contiguous`; PyTorch: `torch.Tensor.contiguous`.
    pub fn contiguous(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_contiguous(self.handle) })
    }

    /// The slice start:end:step along one dimension (a view).
    ///
    /// * `dim`: The dimension to slice; negative values count from the end.
    /// * `start`: The first index; negative values count from the end.
    /// * `end`: The bound, not included; clamped to the size like Python slices.
    /// * `step`: The stride; must be positive. Other tiers default it to `1`.
    ///
    /// Returns: A new handle to the view.
    ///
    /// Binds `rt_torch_torchtensor_slice`; PyTorch: `torch.Tensor.__getitem__`.
    pub fn slice(&self, dim: i64, start: i64, end: i64, step: i64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_slice(self.handle, dim, start, end, step) })
    }

    /// Selects entries along a dimension by an index tensor.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    /// * `indices`: A 1-D int64 (or int32) tensor of indices.
    ///
    /// Returns: A new tensor (a copy).
    ///
    /// Binds `rt_torch_torchtensor_index_select`; PyTorch: `torch.index_select`.
    pub fn index_select(&self, dim: i64, indices: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_index_select(self.handle, dim, indices.handle) })
    }

    /// Gathers values along a dimension by an index tensor of the same rank.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    /// * `indices`: An int64 tensor with the same number of dimensions.
    ///
    /// Returns: A new tensor shaped like indices.
    ///
    /// Binds `rt_torch_torchtensor_gather`; PyTorch: `torch.gather`.
    pub fn gather(&self, dim: i64, indices: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_gather(self.handle, dim, indices.handle) })
    }

    /// Splits into at most chunks pieces of equal size along a dimension (views).
    ///
    /// * `chunks`: The number of pieces wanted; must be positive.
    /// * `dim`: The dimension; negative values count from the end. Other tiers default it to `0`.
    ///
    /// Returns: New handles, one per piece (fewer than chunks when the size does not allow more).
    ///
    /// Deviation from the reference: The reference returned a Simple runtime array (SplArray*) of
    /// handles. Here the handles are written to a caller buffer (out, capacity) and the count is
    /// returned; no handle is created when the buffer is too small.
    ///
    /// Binds `rt_torch_torchtensor_chunk`; PyTorch: `torch.chunk`.
    pub fn chunk(&self, chunks: i64, dim: i64) -> Result<Vec<Tensor>, TorchError> {
        Tensor::list_result(usize::try_from(chunks).unwrap_or(0), |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_chunk(self.handle, chunks, dim, out, out_capacity) })
    }

    /// Turns gradient tracking on or off for a leaf tensor, in place.
    ///
    /// * `requires_grad`: Whether to track gradients. Other tiers default it to `true`.
    ///
    /// Binds `rt_torch_autograd_set_requires_grad`; PyTorch: `torch.Tensor.requires_grad_`.
    pub fn set_requires_grad(&mut self, requires_grad: bool) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_autograd_set_requires_grad(self.handle, requires_grad) };
        check_void()
    }

    /// Reports whether a tensor tracks gradients.
    ///
    /// Returns: true when operations on the tensor are recorded for backward.
    ///
    /// Binds `rt_torch_autograd_requires_grad`; PyTorch: `torch.Tensor.requires_grad`.
    pub fn requires_grad(&self) -> Result<bool, TorchError> {
        check_bool(unsafe { ffi::rt_torch_autograd_requires_grad(self.handle) })
    }

    /// The gradient accumulated in a tensor by backward.
    ///
    /// Returns: A new handle to the gradient (sharing its memory), or 0 when no gradient is
    /// defined.
    ///
    /// Binds `rt_torch_autograd_grad`; PyTorch: `torch.Tensor.grad`.
    pub fn grad(&self) -> Result<Option<Tensor>, TorchError> {
        Tensor::from_optional_result(unsafe { ffi::rt_torch_autograd_grad(self.handle) })
    }

    /// Backpropagates from a scalar tensor, accumulating gradients into the leaves.
    ///
    /// Binds `rt_torch_autograd_backward`; PyTorch: `torch.Tensor.backward`.
    pub fn backward(&self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_autograd_backward(self.handle) };
        check_void()
    }

    /// Zeroes a tensor's gradient in place; does nothing when none is defined.
    ///
    /// Binds `rt_torch_autograd_zero_grad`; PyTorch: `torch.Tensor.grad.zero_`.
    pub fn zero_grad(&mut self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_autograd_zero_grad(self.handle) };
        check_void()
    }

    /// A tensor sharing the same data but cut from the autograd graph.
    ///
    /// Returns: A new handle that does not require grad.
    ///
    /// Binds `rt_torch_autograd_detach`; PyTorch: `torch.Tensor.detach`.
    pub fn detach(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_autograd_detach(self.handle) })
    }

    /// A copy of the tensor on a CUDA device.
    ///
    /// * `device_id`: The CUDA device ordinal. Other tiers default it to `0`.
    ///
    /// Returns: A new handle on the device (the same memory if it is already there).
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`] without it.
    ///
    /// Binds `rt_torch_torchtensor_cuda`; PyTorch: `torch.Tensor.cuda`.
    pub fn cuda(&self, device_id: i32) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_cuda(self.handle, device_id) })
    }

    /// A copy of the tensor in host memory.
    ///
    /// Returns: A new handle on the CPU (the same memory if it is already there).
    ///
    /// Binds `rt_torch_torchtensor_cpu`; PyTorch: `torch.Tensor.cpu`.
    pub fn cpu(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_cpu(self.handle) })
    }

    /// Reports whether the tensor lives on a CUDA device.
    ///
    /// Returns: true on a CUDA device.
    ///
    /// Binds `rt_torch_torchtensor_is_cuda`; PyTorch: `torch.Tensor.is_cuda`.
    pub fn is_cuda(&self) -> Result<bool, TorchError> {
        check_bool(unsafe { ffi::rt_torch_torchtensor_is_cuda(self.handle) })
    }

    /// The device the tensor lives on.
    ///
    /// Returns: -1 for the CPU, the CUDA ordinal otherwise.
    ///
    /// Binds `rt_torch_torchtensor_device`; PyTorch: `torch.Tensor.get_device`.
    pub fn device(&self) -> Result<i32, TorchError> {
        check_i32(unsafe { ffi::rt_torch_torchtensor_device(self.handle) })
    }

    /// A copy of the tensor on a CUDA device, enqueued on the given stream.
    ///
    /// * `device_id`: The CUDA device ordinal.
    /// * `stream`: A stream of that device; synchronise it before reading the result elsewhere.
    ///
    /// Returns: A new handle on the device.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`] without it.
    ///
    /// Deviation from the reference: The reference ignored the stream handle. This entry makes the
    /// copy current on that stream and non-blocking, like `with torch.cuda.stream(s): t.to(device,
    /// non_blocking=True)`.
    ///
    /// Binds `rt_torch_torchtensor_to_stream`; PyTorch: `torch.Tensor.to`.
    pub fn to_stream(&self, device_id: i32, stream: &Stream) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_to_stream(self.handle, device_id, stream.handle) })
    }

    /// A deep copy of the tensor, on the same device.
    ///
    /// Returns: A new handle with its own memory (still tracked by autograd).
    ///
    /// Binds `rt_torch_torchtensor_clone`; PyTorch: `torch.clone`.
    pub fn try_clone(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_clone(self.handle) })
    }

    /// The value of a one-element tensor.
    ///
    /// Returns: The value as a float.
    ///
    /// Binds `rt_torch_torchtensor_item`; PyTorch: `torch.Tensor.item`.
    pub fn item(&self) -> Result<f64, TorchError> {
        check_f64(unsafe { ffi::rt_torch_torchtensor_item(self.handle) })
    }

    /// Copies the elements, converted to float64, into a caller buffer in row-major order.
    ///
    /// Returns: The values; the full element count is returned.
    ///
    /// Binds `rt_torch_torchtensor_data_f64`; PyTorch: `torch.Tensor.tolist`.
    pub fn data_f64(&self) -> Result<Vec<f64>, TorchError> {
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_data_f64(self.handle, out, out_capacity) })
    }

    /// Copies the elements, converted to int64, into a caller buffer in row-major order.
    ///
    /// Returns: The values; the full element count is returned.
    ///
    /// Binds `rt_torch_torchtensor_data_i64`; PyTorch: `torch.Tensor.tolist`.
    pub fn data_i64(&self) -> Result<Vec<i64>, TorchError> {
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe { ffi::rt_torch_torchtensor_data_i64(self.handle, out, out_capacity) })
    }

    /// The element type of the tensor.
    ///
    /// Returns: One of the dtype codes of this catalogue (c10::ScalarType values).
    ///
    /// Binds `rt_torch_torchtensor_dtype`; PyTorch: `torch.Tensor.dtype`.
    pub fn dtype(&self) -> Result<i32, TorchError> {
        check_i32(unsafe { ffi::rt_torch_torchtensor_dtype(self.handle) })
    }

    /// The tensor converted to another element type.
    ///
    /// * `dtype`: One of the dtype codes of this catalogue.
    ///
    /// Returns: A new handle (the same memory when the dtype already matches).
    ///
    /// Binds `rt_torch_torchtensor_to_dtype`; PyTorch: `torch.Tensor.to`.
    pub fn to_dtype(&self, dtype: i32) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_to_dtype(self.handle, dtype) })
    }

    /// The real parts of a tensor (the tensor itself when it is real).
    ///
    /// Returns: A new handle to a real view.
    ///
    /// Binds `rt_torch_torchtensor_real`; PyTorch: `torch.real`.
    pub fn real(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_real(self.handle) })
    }

    /// The imaginary parts of a complex tensor.
    ///
    /// Returns: A new handle to a real view.
    ///
    /// Binds `rt_torch_torchtensor_imag`; PyTorch: `torch.imag`.
    pub fn imag(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_imag(self.handle) })
    }

    /// The sum of all elements as a 0-d tensor, which can be backpropagated.
    ///
    /// Returns: A new 0-d tensor (int64 for integer and bool inputs, as torch.sum).
    ///
    /// Binds `rt_torch_torchtensor_sum_all`; PyTorch: `torch.sum`.
    pub fn sum_all(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_sum_all(self.handle) })
    }

    /// The mean of all elements as a 0-d tensor, which can be backpropagated.
    ///
    /// Returns: A new 0-d tensor (NaN for an empty input).
    ///
    /// Binds `rt_torch_torchtensor_mean_all`; PyTorch: `torch.mean`.
    pub fn mean_all(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_mean_all(self.handle) })
    }

    /// The largest element as a 0-d tensor, which can be backpropagated.
    ///
    /// Returns: A new 0-d tensor of the input's dtype.
    ///
    /// Binds `rt_torch_torchtensor_max_all`; PyTorch: `torch.max`.
    pub fn max_all(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_max_all(self.handle) })
    }

    /// The smallest element as a 0-d tensor, which can be backpropagated.
    ///
    /// Returns: A new 0-d tensor of the input's dtype.
    ///
    /// Binds `rt_torch_torchtensor_min_all`; PyTorch: `torch.min`.
    pub fn min_all(&self) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_min_all(self.handle) })
    }

    /// Divides every element by a scalar.
    ///
    /// * `scalar`: The divisor.
    ///
    /// Returns: A new tensor holding handle / scalar (true division: floating point for integer
    /// inputs).
    ///
    /// Binds `rt_torch_torchtensor_div_scalar`; PyTorch: `torch.div`.
    pub fn div_scalar(&self, scalar: f64) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_div_scalar(self.handle, scalar) })
    }

    /// The element-wise maximum of two tensors, with broadcasting.
    ///
    /// * `other`: The second tensor.
    ///
    /// Returns: A new tensor (NaN where either input is NaN).
    ///
    /// Binds `rt_torch_torchtensor_maximum`; PyTorch: `torch.maximum`.
    pub fn maximum(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        Tensor::from_result(unsafe { ffi::rt_torch_torchtensor_maximum(self.handle, other.handle) })
    }

    /// Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by default).
    ///
    /// * `grad`: The new gradient, shaped like handle with its dtype and device; 0 for none.
    ///
    /// Binds `rt_torch_autograd_set_grad`; PyTorch: `torch.Tensor.grad`.
    pub fn set_grad(&mut self, grad: Option<&Tensor>) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_autograd_set_grad(self.handle, grad.map_or(0, |t| t.handle)) };
        check_void()
    }

    /// Adds alpha times another tensor to this one, in place.
    ///
    /// * `other`: The tensor to add, broadcastable to handle.
    /// * `alpha`: The multiplier of other (a whole number also suits integer tensors, as PyTorch's
    ///   default 1 does). Other tiers default it to `1.0`.
    ///
    /// Binds `rt_torch_torchtensor_add_`; PyTorch: `torch.Tensor.add_`.
    pub fn add_(&mut self, other: &Tensor, alpha: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_add_(self.handle, other.handle, alpha) };
        check_void()
    }

    /// Adds a scalar to every element, in place.
    ///
    /// * `scalar`: The value to add.
    ///
    /// Binds `rt_torch_torchtensor_add_scalar_`; PyTorch: `torch.Tensor.add_`.
    pub fn add_scalar_(&mut self, scalar: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_add_scalar_(self.handle, scalar) };
        check_void()
    }

    /// Multiplies element-wise by another tensor, in place.
    ///
    /// * `other`: The factor, broadcastable to handle.
    ///
    /// Binds `rt_torch_torchtensor_mul_`; PyTorch: `torch.Tensor.mul_`.
    pub fn mul_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_mul_(self.handle, other.handle) };
        check_void()
    }

    /// Multiplies every element by a scalar, in place.
    ///
    /// * `scalar`: The factor.
    ///
    /// Binds `rt_torch_torchtensor_mul_scalar_`; PyTorch: `torch.Tensor.mul_`.
    pub fn mul_scalar_(&mut self, scalar: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_mul_scalar_(self.handle, scalar) };
        check_void()
    }

    /// Adds value times the element-wise product of two tensors, in place.
    ///
    /// * `tensor1`: The first factor.
    /// * `tensor2`: The second factor.
    /// * `value`: The multiplier of tensor1 * tensor2. Other tiers default it to `1.0`.
    ///
    /// Binds `rt_torch_torchtensor_addcmul_`; PyTorch: `torch.Tensor.addcmul_`.
    pub fn addcmul_(&mut self, tensor1: &Tensor, tensor2: &Tensor, value: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_addcmul_(self.handle, tensor1.handle, tensor2.handle, value) };
        check_void()
    }

    /// Adds value times the element-wise quotient of two tensors, in place.
    ///
    /// * `tensor1`: The numerator.
    /// * `tensor2`: The denominator.
    /// * `value`: The multiplier of tensor1 / tensor2. Other tiers default it to `1.0`.
    ///
    /// Binds `rt_torch_torchtensor_addcdiv_`; PyTorch: `torch.Tensor.addcdiv_`.
    pub fn addcdiv_(&mut self, tensor1: &Tensor, tensor2: &Tensor, value: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_addcdiv_(self.handle, tensor1.handle, tensor2.handle, value) };
        check_void()
    }

    /// Moves every element toward another tensor by a weight, in place (handle + weight * (end -
    /// handle)).
    ///
    /// * `end`: The target, broadcastable to handle.
    /// * `weight`: The interpolation weight.
    ///
    /// Binds `rt_torch_torchtensor_lerp_`; PyTorch: `torch.Tensor.lerp_`.
    pub fn lerp_(&mut self, end: &Tensor, weight: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_lerp_(self.handle, end.handle, weight) };
        check_void()
    }

    /// Sets every element to zero, in place.
    ///
    /// Binds `rt_torch_torchtensor_zero_`; PyTorch: `torch.Tensor.zero_`.
    pub fn zero_(&mut self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_zero_(self.handle) };
        check_void()
    }

    /// Copies the elements of another tensor into this one, in place (converting dtype and device).
    ///
    /// * `src`: The source, broadcastable to handle.
    ///
    /// Binds `rt_torch_torchtensor_copy_`; PyTorch: `torch.Tensor.copy_`.
    pub fn copy_(&mut self, src: &Tensor) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_copy_(self.handle, src.handle) };
        check_void()
    }
}

impl Drop for Tensor {
    fn drop(&mut self) {
        // rt_torch_torchtensor_release: nothing to report from drop, and the thread's error state
        // is left as it was.
        unsafe { ffi::rt_torch_torchtensor_release(self.handle) };
    }
}

impl fmt::Debug for Tensor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Tensor({})", self.handle)
    }
}
