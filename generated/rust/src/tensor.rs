// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Tensor's operations: its methods and constructors, one per catalogue entry.

use crate::convert::{DEFAULT_CAPACITY, capacity_arg, len_arg, optional_text_arg, optional_text_ptr, read_array, text_arg};
use crate::error::{check_ambiguous, check_strict, check_void};
use crate::ffi;
use crate::{CdistComputeMode, Device, GeluApproximate, Kind, MemoryFormat, RoundingMode, Scalar, Stream, SvdDriver, Tensor, TorchError};

impl Tensor {
    /// A new tensor of the given shape filled with zeros (default dtype float32).
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_zeros`; PyTorch: `torch.zeros`.
    pub fn zeros(dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_zeros(dims.as_ptr(), len_arg(dims.len())) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with ones.
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_ones`; PyTorch: `torch.ones`.
    pub fn ones(dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_ones(dims.as_ptr(), len_arg(dims.len())) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape sampled from the standard normal distribution.
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor; reproducible after rt_torch_manual_seed.
    ///
    /// Schema: `(int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_randn`; PyTorch: `torch.randn`.
    pub fn randn(dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_randn(dims.as_ptr(), len_arg(dims.len())) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape sampled uniformly from \[0, 1).
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor; reproducible after rt_torch_manual_seed.
    ///
    /// Schema: `(int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_rand`; PyTorch: `torch.rand`.
    pub fn rand(dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_rand(dims.as_ptr(), len_arg(dims.len())) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with one value (default dtype float32).
    ///
    /// * `dims`: The shape; every size must be non-negative.
    /// * `value`: The fill value.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(int[] dims, float value) -> Tensor`.
    /// Binds `rt_torch_tensor_full`; PyTorch: `torch.full`.
    pub fn full(dims: &[i64], value: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_full(dims.as_ptr(), len_arg(dims.len()), value) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new float64 tensor holding a copy of flat data, shaped by dims.
    ///
    /// * `data`: The values in row-major order.
    /// * `dims`: The shape for the data (one size may be -1 and is inferred).
    ///
    /// Returns: The new float64 tensor; it owns its memory (the data array may be reused at once).
    ///
    /// Schema: `(float[] data, int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_from_data`; PyTorch: `torch.tensor`.
    pub fn from_data(data: &[f64], dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_from_data(
                data.as_ptr(),
                len_arg(data.len()),
                dims.as_ptr(),
                len_arg(dims.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 1-D tensor of values from start up to end (exclusive), spaced by step.
    ///
    /// * `start`: The first value.
    /// * `end`: The bound, not included.
    /// * `step`: The spacing; must be non-zero and point from start towards end. PyTorch's default:
    ///   `1.0`.
    ///
    /// Returns: A new 1-D float32 tensor.
    ///
    /// Schema: `(float start, float end, float step=1.0) -> Tensor`.
    /// Binds `rt_torch_tensor_arange`; PyTorch: `torch.arange`.
    pub fn arange(start: f64, end: f64, step: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_arange(start, end, step) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 1-D tensor of steps evenly spaced values from start to end inclusive.
    ///
    /// * `start`: The first value.
    /// * `end`: The last value.
    /// * `steps`: The number of values; must be non-negative.
    ///
    /// Returns: A new 1-D float32 tensor.
    ///
    /// Schema: `(float start, float end, int steps) -> Tensor`.
    /// Binds `rt_torch_tensor_linspace`; PyTorch: `torch.linspace`.
    pub fn linspace(start: f64, end: f64, steps: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_linspace(start, end, steps) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The n x n identity matrix.
    ///
    /// * `n`: The number of rows and columns; must be non-negative.
    ///
    /// Returns: A new float32 tensor.
    ///
    /// Schema: `(int n) -> Tensor`.
    /// Binds `rt_torch_tensor_eye`; PyTorch: `torch.eye`.
    pub fn eye(n: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_eye(n) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape whose values are not initialised.
    ///
    /// * `dims`: The shape; every size must be non-negative.
    ///
    /// Returns: The new tensor; read nothing from it before writing.
    ///
    /// Schema: `(int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_empty`; PyTorch: `torch.empty`.
    pub fn empty(dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_empty(dims.as_ptr(), len_arg(dims.len())) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise sum of two tensors, with broadcasting and type promotion.
    ///
    /// * `other`: The right operand; broadcast against handle.
    ///
    /// Returns: A new tensor holding handle + other.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_add`; PyTorch: `torch.add`.
    pub fn add(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_add(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise difference of two tensors, with broadcasting.
    ///
    /// * `other`: The right operand; broadcast against handle.
    ///
    /// Returns: A new tensor holding handle - other.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sub`; PyTorch: `torch.sub`.
    pub fn sub(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sub(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise product of two tensors, with broadcasting.
    ///
    /// * `other`: The right operand; broadcast against handle.
    ///
    /// Returns: A new tensor holding handle * other.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mul`; PyTorch: `torch.mul`.
    pub fn mul(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mul(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise true division of two tensors, with broadcasting.
    ///
    /// * `other`: The divisor; broadcast against handle.
    ///
    /// Returns: A new floating-point tensor holding handle / other.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_div`; PyTorch: `torch.div`.
    pub fn div(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_div(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises every element to a scalar exponent.
    ///
    /// * `exponent`: The exponent.
    ///
    /// Returns: A new tensor holding handle ** exponent.
    ///
    /// Schema: `(Tensor handle, float exponent) -> Tensor`.
    /// Binds `rt_torch_torchtensor_pow`; PyTorch: `torch.pow`.
    pub fn pow(&self, exponent: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_pow(self.handle, exponent) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise negation.
    ///
    /// Returns: A new tensor holding -handle.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_neg`; PyTorch: `torch.neg`.
    pub fn neg(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_neg(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise absolute value.
    ///
    /// Returns: A new tensor holding abs(handle).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_abs`; PyTorch: `torch.abs`.
    pub fn abs(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_abs(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise square root (NaN for negative elements).
    ///
    /// Returns: A new floating-point tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sqrt`; PyTorch: `torch.sqrt`.
    pub fn sqrt(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sqrt(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise exponential e**x.
    ///
    /// Returns: A new floating-point tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_exp`; PyTorch: `torch.exp`.
    pub fn exp(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_exp(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise natural logarithm (-inf at 0, NaN for negative elements).
    ///
    /// Returns: A new floating-point tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_log`; PyTorch: `torch.log`.
    pub fn log(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_log(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Adds a scalar to every element.
    ///
    /// * `scalar`: The value to add.
    ///
    /// Returns: A new tensor holding handle + scalar.
    ///
    /// Schema: `(Tensor handle, float scalar) -> Tensor`.
    /// Binds `rt_torch_torchtensor_add_scalar`; PyTorch: `torch.add`.
    pub fn add_scalar(&self, scalar: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_add_scalar(self.handle, scalar) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Multiplies every element by a scalar.
    ///
    /// * `scalar`: The factor.
    ///
    /// Returns: A new tensor holding handle * scalar.
    ///
    /// Schema: `(Tensor handle, float scalar) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mul_scalar`; PyTorch: `torch.mul`.
    pub fn mul_scalar(&self, scalar: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mul_scalar(self.handle, scalar) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rectified linear unit max(0, x).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_relu`; PyTorch: `torch.nn.functional.relu`.
    pub fn relu(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_relu(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Logistic sigmoid 1 / (1 + exp(-x)).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sigmoid`; PyTorch: `torch.sigmoid`.
    pub fn sigmoid(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sigmoid(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Hyperbolic tangent.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_tanh`; PyTorch: `torch.tanh`.
    pub fn tanh(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_tanh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Leaky ReLU, x for x \>= 0 and negative_slope * x otherwise.
    ///
    /// * `negative_slope`: The slope for negative inputs. PyTorch's default: `0.01`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle, float negative_slope=0.01) -> Tensor`.
    /// Binds `rt_torch_torchtensor_leaky_relu`; PyTorch: `torch.nn.functional.leaky_relu`.
    pub fn leaky_relu(&self, negative_slope: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_leaky_relu(self.handle, negative_slope) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Gaussian error linear unit, exact (erf) form.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_gelu`; PyTorch: `torch.nn.functional.gelu`.
    pub fn gelu(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_gelu(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Softmax along one dimension.
    ///
    /// * `dim`: The dimension to normalise; negative values count from the end.
    ///
    /// Returns: A new tensor whose slices along dim sum to 1.
    ///
    /// Schema: `(Tensor handle, int dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_softmax`; PyTorch: `torch.softmax`.
    pub fn softmax(&self, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_softmax(self.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Logarithm of the softmax along one dimension, computed stably.
    ///
    /// * `dim`: The dimension to normalise; negative values count from the end.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle, int dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_log_softmax`; PyTorch: `torch.log_softmax`.
    pub fn log_softmax(&self, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_log_softmax(self.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Matrix product with torch.matmul semantics (vectors, batches, broadcasting).
    ///
    /// * `other`: The right operand.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_matmul`; PyTorch: `torch.matmul`.
    pub fn matmul(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_matmul(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Inner product of two 1-D tensors of the same length and dtype.
    ///
    /// * `other`: The second vector.
    ///
    /// Returns: A new 0-d tensor.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_dot`; PyTorch: `torch.dot`.
    pub fn dot(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_dot(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Swaps two dimensions; the result is a view sharing memory with the input.
    ///
    /// * `dim0`: The first dimension.
    /// * `dim1`: The second dimension.
    ///
    /// Returns: A new handle to the transposed view.
    ///
    /// Schema: `(Tensor handle, int dim0, int dim1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_transpose`; PyTorch: `torch.transpose`.
    pub fn transpose(&self, dim0: i64, dim1: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_transpose(self.handle, dim0, dim1) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Transpose of a tensor with at most 2 dimensions (a view).
    ///
    /// Returns: A new handle to the transposed view.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_t`; PyTorch: `torch.t`.
    pub fn t(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_t(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The 2-norm of all elements taken as one vector (Frobenius norm for matrices).
    ///
    /// Returns: The norm.
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_norm`; PyTorch: `torch.linalg.vector_norm`.
    pub fn norm(&self) -> Result<f64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_norm(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Determinant of a square matrix.
    ///
    /// Returns: The determinant.
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_det`; PyTorch: `torch.linalg.det`.
    pub fn det(&self) -> Result<f64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_det(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Inverse of a square matrix (or a batch of them).
    ///
    /// Returns: A new tensor; a singular input is an error.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_inverse`; PyTorch: `torch.linalg.inv`.
    pub fn inverse(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_inverse(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The U factor of the reduced singular value decomposition handle = U diag(S) Vh.
    ///
    /// Returns: A new handle to U (full_matrices=False); S and Vh come from
    /// rt_torch_torchtensor_linalg_svd.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_svd`; PyTorch: `torch.linalg.svd`.
    pub fn svd(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_svd(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The real parts of the eigenvalues of a square matrix.
    ///
    /// Returns: A new handle to the real parts of the eigenvalues, as the reference defines it; the
    /// complete eigenvalues and eigenvectors come from rt_torch_torchtensor_linalg_eig.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_eig`; PyTorch: `torch.linalg.eig`.
    pub fn eig(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_eig(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Sum of all elements.
    ///
    /// Returns: The sum as a float.
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_sum`; PyTorch: `torch.sum`.
    pub fn sum(&self) -> Result<f64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sum(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Sum along one dimension.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sum_dim`; PyTorch: `torch.sum`.
    pub fn sum_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sum_dim(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Mean of all elements of a floating-point tensor.
    ///
    /// Returns: The mean (NaN for an empty tensor).
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_mean`; PyTorch: `torch.mean`.
    pub fn mean(&self) -> Result<f64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mean(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Mean along one dimension.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mean_dim`; PyTorch: `torch.mean`.
    pub fn mean_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mean_dim(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The largest element.
    ///
    /// Returns: The maximum (NaN if any element is NaN).
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_max`; PyTorch: `torch.max`.
    pub fn max(&self) -> Result<f64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_max(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Maxima along one dimension (the values; their indices come from
    /// rt_torch_torchtensor_max_dim_v2).
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new handle to the values.
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_max_dim`; PyTorch: `torch.max`.
    pub fn max_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_max_dim(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The smallest element.
    ///
    /// Returns: The minimum (NaN if any element is NaN).
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_min`; PyTorch: `torch.min`.
    pub fn min(&self) -> Result<f64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_min(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Minima along one dimension (the values; their indices come from
    /// rt_torch_torchtensor_min_dim_v2).
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new handle to the values.
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_min_dim`; PyTorch: `torch.min`.
    pub fn min_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_min_dim(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Indices of the maxima along one dimension.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor of indices.
    ///
    /// Deviation from the reference: The reference read any negative dim as "over the flattened
    /// tensor", which hides PyTorch's negative dims (-1 is the last dimension). Here dim follows
    /// PyTorch; for the flattened argmax, flatten first (rt_torch_torchtensor_flatten, then dim 0).
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_argmax`; PyTorch: `torch.argmax`.
    pub fn argmax(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_argmax(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Indices of the minima along one dimension.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor of indices.
    ///
    /// Deviation from the reference: The reference read any negative dim as "over the flattened
    /// tensor"; here dim follows PyTorch (negative values count from the end). Flatten first for
    /// the flattened argmin.
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_argmin`; PyTorch: `torch.argmin`.
    pub fn argmin(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_argmin(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Standard deviation of all elements, unbiased (Bessel's correction).
    ///
    /// Returns: The standard deviation (NaN for fewer than 2 elements).
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_std`; PyTorch: `torch.std`.
    pub fn std(&self) -> Result<f64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_std(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Variance of all elements, unbiased (Bessel's correction).
    ///
    /// Returns: The variance (NaN for fewer than 2 elements).
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_var`; PyTorch: `torch.var`.
    pub fn var(&self) -> Result<f64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_var(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// The number of dimensions.
    ///
    /// Returns: The rank (0 for a scalar tensor).
    ///
    /// Schema: `(Tensor handle) -> int`.
    /// Binds `rt_torch_torchtensor_ndim`; PyTorch: `torch.Tensor.dim`.
    pub fn ndim(&self) -> Result<i64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_ndim(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// The total number of elements.
    ///
    /// Returns: The element count.
    ///
    /// Schema: `(Tensor handle) -> int`.
    /// Binds `rt_torch_torchtensor_numel`; PyTorch: `torch.numel`.
    pub fn numel(&self) -> Result<i64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_numel(self.handle) };
        check_ambiguous(value, value == -1)
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
    /// Schema: `(Tensor handle) -> int[]`.
    /// Binds `rt_torch_torchtensor_shape`; PyTorch: `torch.Tensor.size`.
    pub fn shape(&self) -> Result<Vec<i64>, TorchError> {
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_shape(self.handle, out, out_capacity)
        })
    }

    /// The same data with a new shape; a view when possible, a copy otherwise.
    ///
    /// * `dims`: The new shape; one size may be -1 (inferred).
    ///
    /// Returns: A new handle.
    ///
    /// Schema: `(Tensor handle, int[] dims) -> Tensor`.
    /// Binds `rt_torch_torchtensor_reshape`; PyTorch: `torch.reshape`.
    pub fn reshape(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_reshape(self.handle, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
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
    /// Schema: `(Tensor handle, int[] dims) -> Tensor`.
    /// Binds `rt_torch_torchtensor_view`; PyTorch: `torch.Tensor.view`.
    pub fn view(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_view(self.handle, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Reorders the dimensions (a view).
    ///
    /// * `dims`: A permutation of 0..ndim-1.
    ///
    /// Returns: A new handle to the permuted view.
    ///
    /// Schema: `(Tensor handle, int[] dims) -> Tensor`.
    /// Binds `rt_torch_torchtensor_permute`; PyTorch: `torch.permute`.
    pub fn permute(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_permute(self.handle, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Removes every dimension of size 1.
    ///
    /// Returns: A new handle to the squeezed view.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_squeeze`; PyTorch: `torch.squeeze`.
    pub fn squeeze(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_squeeze(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Removes one dimension if its size is 1.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    ///
    /// Returns: A new handle to the view (unchanged shape if the size is not 1).
    ///
    /// Schema: `(Tensor handle, int dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_squeeze_dim`; PyTorch: `torch.squeeze`.
    pub fn squeeze_dim(&self, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_squeeze_dim(self.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Inserts a dimension of size 1.
    ///
    /// * `dim`: The position of the new dimension, in -(ndim+1)..ndim.
    ///
    /// Returns: A new handle to the view.
    ///
    /// Schema: `(Tensor handle, int dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_unsqueeze`; PyTorch: `torch.unsqueeze`.
    pub fn unsqueeze(&self, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_unsqueeze(self.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Flattens into one dimension.
    ///
    /// Returns: A new 1-D handle (a view when possible).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_flatten`; PyTorch: `torch.flatten`.
    pub fn flatten(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_flatten(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor in contiguous row-major memory.
    ///
    /// Returns: A new handle; it shares memory with handle when that is already contiguous.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_contiguous`; PyTorch: `torch.Tensor.contiguous`.
    pub fn contiguous(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_contiguous(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The slice start:end:step along one dimension (a view).
    ///
    /// * `dim`: The dimension to slice; negative values count from the end.
    /// * `start`: The first index; negative values count from the end.
    /// * `end`: The bound, not included; clamped to the size like Python slices.
    /// * `step`: The stride; must be positive. PyTorch's default: `1`.
    ///
    /// Returns: A new handle to the view.
    ///
    /// Schema: `(Tensor handle, int dim, int start, int end, int step=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_slice`; PyTorch: `torch.Tensor.__getitem__`.
    pub fn slice(&self, dim: i64, start: i64, end: i64, step: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_slice(self.handle, dim, start, end, step) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Selects entries along a dimension by an index tensor.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    /// * `indices`: A 1-D int64 (or int32) tensor of indices.
    ///
    /// Returns: A new tensor (a copy).
    ///
    /// Schema: `(Tensor handle, int dim, Tensor indices) -> Tensor`.
    /// Binds `rt_torch_torchtensor_index_select`; PyTorch: `torch.index_select`.
    pub fn index_select(&self, dim: i64, indices: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_select(self.handle, dim, indices.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Gathers values along a dimension by an index tensor of the same rank.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    /// * `indices`: An int64 tensor with the same number of dimensions.
    ///
    /// Returns: A new tensor shaped like indices.
    ///
    /// Schema: `(Tensor handle, int dim, Tensor indices) -> Tensor`.
    /// Binds `rt_torch_torchtensor_gather`; PyTorch: `torch.gather`.
    pub fn gather(&self, dim: i64, indices: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_gather(self.handle, dim, indices.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Concatenates tensors along an existing dimension.
    ///
    /// * `tensors`: At least one tensor; all shapes equal except along dim.
    /// * `dim`: The dimension; negative values count from the end. PyTorch's default: `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor[] tensors, int dim=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cat`; PyTorch: `torch.cat`.
    pub fn cat(tensors: &[&Tensor], dim: i64) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        let value = unsafe {
            ffi::rt_torch_torchtensor_cat(tensors.as_ptr(), len_arg(tensors.len()), dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Stacks tensors of equal shape along a new dimension.
    ///
    /// * `tensors`: At least one tensor; all of the same shape.
    /// * `dim`: The position of the new dimension, in -(ndim+1)..ndim. PyTorch's default: `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor[] tensors, int dim=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_stack`; PyTorch: `torch.stack`.
    pub fn stack(tensors: &[&Tensor], dim: i64) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        let value = unsafe {
            ffi::rt_torch_torchtensor_stack(tensors.as_ptr(), len_arg(tensors.len()), dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Splits into at most chunks pieces of equal size along a dimension (views).
    ///
    /// * `chunks`: The number of pieces wanted; must be positive.
    /// * `dim`: The dimension; negative values count from the end. PyTorch's default: `0`.
    ///
    /// Returns: New handles, one per piece (fewer than chunks when the size does not allow more).
    ///
    /// Deviation from the reference: The reference returned a Simple runtime array (SplArray*) of
    /// handles. Here the handles are written to a caller buffer (out, capacity) and the count is
    /// returned; no handle is created when the buffer is too small.
    ///
    /// Schema: `(Tensor handle, int chunks, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_chunk`; PyTorch: `torch.chunk`.
    pub fn chunk(&self, chunks: i64, dim: i64) -> Result<Vec<Tensor>, TorchError> {
        read_array(capacity_arg(chunks), |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_chunk(self.handle, chunks, dim, out, out_capacity)
        }).map(Tensor::from_handles)
    }

    /// Turns gradient tracking on or off for a leaf tensor, in place.
    ///
    /// * `requires_grad`: Whether to track gradients. PyTorch's default: `true`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, bool requires_grad=True) -> ()`.
    /// Binds `rt_torch_autograd_set_requires_grad`; PyTorch: `torch.Tensor.requires_grad_`.
    pub fn set_requires_grad(&mut self, requires_grad: bool) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_autograd_set_requires_grad(self.handle, requires_grad) };
        check_void()
    }

    /// Reports whether a tensor tracks gradients.
    ///
    /// Returns: true when operations on the tensor are recorded for backward.
    ///
    /// Schema: `(Tensor handle) -> bool`.
    /// Binds `rt_torch_autograd_requires_grad`; PyTorch: `torch.Tensor.requires_grad`.
    pub fn requires_grad(&self) -> Result<bool, TorchError> {
        let value = unsafe { ffi::rt_torch_autograd_requires_grad(self.handle) };
        check_ambiguous(value, !value)
    }

    /// The gradient accumulated in a tensor by backward.
    ///
    /// Returns: A new handle to the gradient (sharing its memory), or 0 when no gradient is
    /// defined.
    ///
    /// Schema: `(Tensor handle) -> Tensor?`.
    /// Binds `rt_torch_autograd_grad`; PyTorch: `torch.Tensor.grad`.
    pub fn grad(&self) -> Result<Option<Tensor>, TorchError> {
        let value = unsafe { ffi::rt_torch_autograd_grad(self.handle) };
        check_ambiguous(value, value == 0).map(Tensor::from_optional_handle)
    }

    /// Backpropagates from a scalar tensor, accumulating gradients into the leaves.
    ///
    /// Schema: `(Tensor handle) -> ()`.
    /// Binds `rt_torch_autograd_backward`; PyTorch: `torch.Tensor.backward`.
    pub fn backward(&self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_autograd_backward(self.handle) };
        check_void()
    }

    /// Zeroes a tensor's gradient in place; does nothing when none is defined.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle) -> ()`.
    /// Binds `rt_torch_autograd_zero_grad`; PyTorch: `torch.Tensor.grad.zero_`.
    pub fn zero_grad(&mut self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_autograd_zero_grad(self.handle) };
        check_void()
    }

    /// A tensor sharing the same data but cut from the autograd graph.
    ///
    /// Returns: A new handle that does not require grad.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_autograd_detach`; PyTorch: `torch.Tensor.detach`.
    pub fn detach(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_autograd_detach(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor on a CUDA device.
    ///
    /// * `device_id`: The CUDA device ordinal. PyTorch's default: `0`.
    ///
    /// Returns: A new handle on the device (the same memory if it is already there).
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) without it.
    ///
    /// Schema: `(Tensor handle, int32 device_id=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cuda`; PyTorch: `torch.Tensor.cuda`.
    pub fn cuda(&self, device_id: i32) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_cuda(self.handle, device_id) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor in host memory.
    ///
    /// Returns: A new handle on the CPU (the same memory if it is already there).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cpu`; PyTorch: `torch.Tensor.cpu`.
    pub fn cpu(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_cpu(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Reports whether the tensor lives on a CUDA device.
    ///
    /// Returns: true on a CUDA device.
    ///
    /// Schema: `(Tensor handle) -> bool`.
    /// Binds `rt_torch_torchtensor_is_cuda`; PyTorch: `torch.Tensor.is_cuda`.
    pub fn is_cuda(&self) -> Result<bool, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_is_cuda(self.handle) };
        check_ambiguous(value, !value)
    }

    /// The device the tensor lives on.
    ///
    /// Returns: -1 for the CPU, the CUDA ordinal otherwise.
    ///
    /// Schema: `(Tensor handle) -> int32`.
    /// Binds `rt_torch_torchtensor_device`; PyTorch: `torch.Tensor.get_device`.
    pub fn device(&self) -> Result<i32, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_device(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// A copy of the tensor on a CUDA device, enqueued on the given stream.
    ///
    /// * `device_id`: The CUDA device ordinal.
    /// * `stream`: A stream of that device; synchronise it before reading the result elsewhere.
    ///
    /// Returns: A new handle on the device.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) without it.
    ///
    /// Deviation from the reference: The reference ignored the stream handle. This entry makes the
    /// copy current on that stream and non-blocking, like `with torch.cuda.stream(s): t.to(device,
    /// non_blocking=True)`.
    ///
    /// Schema: `(Tensor handle, int32 device_id, Stream stream) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_stream`; PyTorch: `torch.Tensor.to`.
    pub fn to_stream(&self, device_id: i32, stream: &Stream) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_to_stream(self.handle, device_id, stream.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A deep copy of the tensor, on the same device.
    ///
    /// Returns: A new handle with its own memory (still tracked by autograd).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clone`; PyTorch: `torch.clone`.
    pub fn try_clone(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_clone(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new int64 tensor holding a copy of flat integer data, shaped by dims.
    ///
    /// * `data`: The values in row-major order.
    /// * `dims`: The shape for the data (one size may be -1 and is inferred).
    ///
    /// Returns: The new int64 tensor (for indices and class targets).
    ///
    /// Schema: `(int[] data, int[] dims) -> Tensor`.
    /// Binds `rt_torch_tensor_from_i64`; PyTorch: `torch.tensor`.
    pub fn from_i64(data: &[i64], dims: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_from_i64(
                data.as_ptr(),
                len_arg(data.len()),
                dims.as_ptr(),
                len_arg(dims.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The value of a one-element tensor.
    ///
    /// Returns: The value as a float.
    ///
    /// Schema: `(Tensor handle) -> float`.
    /// Binds `rt_torch_torchtensor_item`; PyTorch: `torch.Tensor.item`.
    pub fn item(&self) -> Result<f64, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_item(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Copies the elements, converted to float64, into a caller buffer in row-major order.
    ///
    /// Returns: The values; the full element count is returned.
    ///
    /// Schema: `(Tensor handle) -> float[]`.
    /// Binds `rt_torch_torchtensor_data_f64`; PyTorch: `torch.Tensor.tolist`.
    pub fn data_f64(&self) -> Result<Vec<f64>, TorchError> {
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_data_f64(self.handle, out, out_capacity)
        })
    }

    /// Copies the elements, converted to int64, into a caller buffer in row-major order.
    ///
    /// Returns: The values; the full element count is returned.
    ///
    /// Schema: `(Tensor handle) -> int[]`.
    /// Binds `rt_torch_torchtensor_data_i64`; PyTorch: `torch.Tensor.tolist`.
    pub fn data_i64(&self) -> Result<Vec<i64>, TorchError> {
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_data_i64(self.handle, out, out_capacity)
        })
    }

    /// The element type of the tensor.
    ///
    /// Returns: One of the dtypes of this catalogue.
    ///
    /// Schema: `(Tensor handle) -> ScalarType`.
    /// Binds `rt_torch_torchtensor_dtype`; PyTorch: `torch.Tensor.dtype`.
    pub fn dtype(&self) -> Result<Kind, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_dtype(self.handle) };
        check_strict(value, value == -1).and_then(Kind::from_code)
    }

    /// The tensor converted to another element type.
    ///
    /// * `dtype`: One of the dtypes of this catalogue.
    ///
    /// Returns: A new handle (the same memory when the dtype already matches).
    ///
    /// Schema: `(Tensor handle, ScalarType dtype) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_dtype`; PyTorch: `torch.Tensor.to`.
    pub fn to_dtype(&self, dtype: Kind) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_to_dtype(self.handle, dtype.code()) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The real parts of a tensor (the tensor itself when it is real).
    ///
    /// Returns: A new handle to a real view.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_real`; PyTorch: `torch.real`.
    pub fn real(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_real(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The imaginary parts of a complex tensor.
    ///
    /// Returns: A new handle to a real view.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_imag`; PyTorch: `torch.imag`.
    pub fn imag(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_imag(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The sum of all elements as a 0-d tensor, which can be backpropagated.
    ///
    /// Returns: A new 0-d tensor (int64 for integer and bool inputs, as torch.sum).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sum_all`; PyTorch: `torch.sum`.
    pub fn sum_all(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sum_all(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The mean of all elements as a 0-d tensor, which can be backpropagated.
    ///
    /// Returns: A new 0-d tensor (NaN for an empty input).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mean_all`; PyTorch: `torch.mean`.
    pub fn mean_all(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mean_all(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The largest element as a 0-d tensor, which can be backpropagated.
    ///
    /// Returns: A new 0-d tensor of the input's dtype.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_max_all`; PyTorch: `torch.max`.
    pub fn max_all(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_max_all(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The smallest element as a 0-d tensor, which can be backpropagated.
    ///
    /// Returns: A new 0-d tensor of the input's dtype.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_min_all`; PyTorch: `torch.min`.
    pub fn min_all(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_min_all(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Divides every element by a scalar.
    ///
    /// * `scalar`: The divisor.
    ///
    /// Returns: A new tensor holding handle / scalar (true division: floating point for integer
    /// inputs).
    ///
    /// Schema: `(Tensor handle, float scalar) -> Tensor`.
    /// Binds `rt_torch_torchtensor_div_scalar`; PyTorch: `torch.div`.
    pub fn div_scalar(&self, scalar: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_div_scalar(self.handle, scalar) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise maximum of two tensors, with broadcasting.
    ///
    /// * `other`: The second tensor.
    ///
    /// Returns: A new tensor (NaN where either input is NaN).
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_maximum`; PyTorch: `torch.maximum`.
    pub fn maximum(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_maximum(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by default).
    ///
    /// * `grad`: The new gradient, shaped like handle with its dtype and device; 0 for none.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor? grad) -> ()`.
    /// Binds `rt_torch_autograd_set_grad`; PyTorch: `torch.Tensor.grad`.
    pub fn set_grad(&mut self, grad: Option<&Tensor>) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_autograd_set_grad(self.handle, grad.map_or(0, |t| t.handle)) };
        check_void()
    }

    /// Adds alpha times another tensor to this one, in place.
    ///
    /// * `other`: The tensor to add, broadcastable to handle.
    /// * `alpha`: The multiplier of other (a whole number also suits integer tensors, as PyTorch's
    ///   default 1 does). PyTorch's default: `1.0`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor other, float alpha=1.0) -> ()`.
    /// Binds `rt_torch_torchtensor_add_`; PyTorch: `torch.Tensor.add_`.
    pub fn add_(&mut self, other: &Tensor, alpha: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_add_(self.handle, other.handle, alpha) };
        check_void()
    }

    /// Adds a scalar to every element, in place.
    ///
    /// * `scalar`: The value to add.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, float scalar) -> ()`.
    /// Binds `rt_torch_torchtensor_add_scalar_`; PyTorch: `torch.Tensor.add_`.
    pub fn add_scalar_(&mut self, scalar: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_add_scalar_(self.handle, scalar) };
        check_void()
    }

    /// Adds alpha times another tensor to this one, in place (PyTorch's Tensor.add_ with a tensor).
    ///
    /// * `other`: The tensor to add, broadcastable to input.
    /// * `alpha`: The multiplier of other. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other, *, Scalar alpha=1) -> ()`.
    /// Binds `rt_torch_torchtensor_add_tensor_`; PyTorch: `torch.Tensor.add_` (ATen `add_.Tensor`).
    pub fn add_tensor_(
        &mut self,
        other: &Tensor,
        alpha: impl Into<Scalar>,
    ) -> Result<(), TorchError> {
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        unsafe {
            ffi::rt_torch_torchtensor_add_tensor_(
                self.handle,
                other.handle,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_void()
    }

    /// Adds alpha times a number to every element, in place (an int keeps integer tensors integer).
    ///
    /// * `other`: The number to add.
    /// * `alpha`: The multiplier of other. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other, *, Scalar alpha=1) -> ()`.
    /// Binds `rt_torch_torchtensor_add_scalar_v2_`; PyTorch: `torch.Tensor.add_` (ATen `add_.Scalar`).
    pub fn add_scalar_v2_(
        &mut self,
        other: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        unsafe {
            ffi::rt_torch_torchtensor_add_scalar_v2_(
                self.handle,
                other,
                other_int,
                other_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_void()
    }

    /// Multiplies element-wise by another tensor, in place.
    ///
    /// * `other`: The factor, broadcastable to handle.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_mul_`; PyTorch: `torch.Tensor.mul_`.
    pub fn mul_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_mul_(self.handle, other.handle) };
        check_void()
    }

    /// Multiplies every element by a scalar, in place.
    ///
    /// * `scalar`: The factor.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, float scalar) -> ()`.
    /// Binds `rt_torch_torchtensor_mul_scalar_`; PyTorch: `torch.Tensor.mul_`.
    pub fn mul_scalar_(&mut self, scalar: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_mul_scalar_(self.handle, scalar) };
        check_void()
    }

    /// Multiplies every element by a number, in place (an int keeps integer tensors integer).
    ///
    /// * `other`: The factor.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other) -> ()`.
    /// Binds `rt_torch_torchtensor_mul_scalar_v2_`; PyTorch: `torch.Tensor.mul_` (ATen `mul_.Scalar`).
    pub fn mul_scalar_v2_(&mut self, other: impl Into<Scalar>) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        unsafe {
            ffi::rt_torch_torchtensor_mul_scalar_v2_(self.handle, other, other_int, other_kind)
        };
        check_void()
    }

    /// Adds value times the element-wise product of two tensors, in place.
    ///
    /// * `tensor1`: The first factor.
    /// * `tensor2`: The second factor.
    /// * `value`: The multiplier of tensor1 * tensor2. PyTorch's default: `1.0`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor tensor1, Tensor tensor2, float value=1.0) -> ()`.
    /// Binds `rt_torch_torchtensor_addcmul_`; PyTorch: `torch.Tensor.addcmul_`.
    pub fn addcmul_(
        &mut self,
        tensor1: &Tensor,
        tensor2: &Tensor,
        value: f64,
    ) -> Result<(), TorchError> {
        unsafe {
            ffi::rt_torch_torchtensor_addcmul_(self.handle, tensor1.handle, tensor2.handle, value)
        };
        check_void()
    }

    /// Adds value times the element-wise quotient of two tensors, in place.
    ///
    /// * `tensor1`: The numerator.
    /// * `tensor2`: The denominator.
    /// * `value`: The multiplier of tensor1 / tensor2. PyTorch's default: `1.0`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor tensor1, Tensor tensor2, float value=1.0) -> ()`.
    /// Binds `rt_torch_torchtensor_addcdiv_`; PyTorch: `torch.Tensor.addcdiv_`.
    pub fn addcdiv_(
        &mut self,
        tensor1: &Tensor,
        tensor2: &Tensor,
        value: f64,
    ) -> Result<(), TorchError> {
        unsafe {
            ffi::rt_torch_torchtensor_addcdiv_(self.handle, tensor1.handle, tensor2.handle, value)
        };
        check_void()
    }

    /// Moves every element toward another tensor by a weight, in place (handle + weight * (end -
    /// handle)).
    ///
    /// * `end`: The target, broadcastable to handle.
    /// * `weight`: The interpolation weight.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor end, float weight) -> ()`.
    /// Binds `rt_torch_torchtensor_lerp_`; PyTorch: `torch.Tensor.lerp_`.
    pub fn lerp_(&mut self, end: &Tensor, weight: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_lerp_(self.handle, end.handle, weight) };
        check_void()
    }

    /// Sets every element to zero, in place.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle) -> ()`.
    /// Binds `rt_torch_torchtensor_zero_`; PyTorch: `torch.zero_`.
    pub fn zero_(&mut self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_zero_(self.handle) };
        check_void()
    }

    /// Copies the elements of another tensor into this one, in place (converting dtype and device).
    ///
    /// * `src`: The source, broadcastable to handle.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor src) -> ()`.
    /// Binds `rt_torch_torchtensor_copy_`; PyTorch: `torch.Tensor.copy_`.
    pub fn copy_(&mut self, src: &Tensor) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_copy_(self.handle, src.handle) };
        check_void()
    }

    /// A new tensor of the given shape filled with zeros, of a dtype, on a device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype; None for the default (float32). Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_zeros_v2`; PyTorch: `torch.zeros` (ATen `zeros`).
    pub fn zeros_v2(
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_zeros_v2(
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with ones, of a dtype, on a device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype; None for the default (float32). Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_ones_v2`; PyTorch: `torch.ones` (ATen `ones`).
    pub fn ones_v2(
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_ones_v2(
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape whose values are not initialised, of a dtype, on a device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype; None for the default (float32). Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None for contiguous. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: The new tensor (its values are whatever the memory held).
    ///
    /// Schema: `(int[] size, *, ScalarType? dtype=None, Device? device=None, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_tensor_empty_v2`; PyTorch: `torch.empty` (ATen `empty.memory_format`).
    pub fn empty_v2(
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_empty_v2(
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of samples from the standard normal distribution, of a dtype, on a device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype (a floating-point one); None for the default (float32). Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor; reproducible after rt_torch_manual_seed.
    ///
    /// Schema: `(int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_randn_v2`; PyTorch: `torch.randn` (ATen `randn`).
    pub fn randn_v2(
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_randn_v2(
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of samples drawn uniformly from \[0, 1), of a dtype, on a device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype (a floating-point one); None for the default (float32). Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor; reproducible after rt_torch_manual_seed.
    ///
    /// Schema: `(int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_rand_v2`; PyTorch: `torch.rand` (ATen `rand`).
    pub fn rand_v2(
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_rand_v2(
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with one number, of a dtype, on a device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `fill_value`: The fill value.
    /// * `dtype`: The dtype; None infers it from fill_value, as PyTorch does (int64 for an int,
    ///   bool for a bool, float32 for a float). Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(int[] size, Scalar fill_value, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_full_v2`; PyTorch: `torch.full` (ATen `full`).
    pub fn full_v2(
        size: &[i64],
        fill_value: impl Into<Scalar>,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (fill_value, fill_value_int, fill_value_kind) = Scalar::c_args(fill_value.into());
        let value = unsafe {
            ffi::rt_torch_tensor_full_v2(
                size.as_ptr(),
                len_arg(size.len()),
                fill_value,
                fill_value_int,
                fill_value_kind,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 1-D tensor of the values 0, 1, ... below end.
    ///
    /// * `end`: The bound, not included.
    /// * `dtype`: The dtype; None infers int64 from an int end, else the default float dtype.
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new 1-D tensor.
    ///
    /// Schema: `(Scalar end, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_arange_v2`; PyTorch: `torch.arange` (ATen `arange`).
    pub fn arange_v2(
        end: impl Into<Scalar>,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (end, end_int, end_kind) = Scalar::c_args(end.into());
        let value = unsafe {
            ffi::rt_torch_tensor_arange_v2(
                end,
                end_int,
                end_kind,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 1-D tensor of the values from start up to end (exclusive), spaced by step.
    ///
    /// * `start`: The first value.
    /// * `end`: The bound, not included.
    /// * `step`: The spacing; must be non-zero and point from start towards end. PyTorch's default:
    ///   `1`.
    /// * `dtype`: The dtype; None infers int64 when start, end and step are ints, else the default
    ///   float dtype. Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new 1-D tensor.
    ///
    /// Schema: `(Scalar start, Scalar end, Scalar step=1, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_arange_start_step`; PyTorch: `torch.arange` (ATen `arange.start_step`).
    pub fn arange_start_step(
        start: impl Into<Scalar>,
        end: impl Into<Scalar>,
        step: impl Into<Scalar>,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (start, start_int, start_kind) = Scalar::c_args(start.into());
        let (end, end_int, end_kind) = Scalar::c_args(end.into());
        let (step, step_int, step_kind) = Scalar::c_args(step.into());
        let value = unsafe {
            ffi::rt_torch_tensor_arange_start_step(
                start,
                start_int,
                start_kind,
                end,
                end_int,
                end_kind,
                step,
                step_int,
                step_kind,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 1-D tensor of steps values evenly spaced from start to end inclusive, of a dtype, on a
    /// device.
    ///
    /// * `start`: The first value.
    /// * `end`: The last value.
    /// * `steps`: The number of values; must be non-negative.
    /// * `dtype`: The dtype; None for the default float dtype. Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new 1-D tensor.
    ///
    /// Schema: `(Scalar start, Scalar end, int steps, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_linspace_v2`; PyTorch: `torch.linspace` (ATen `linspace`).
    pub fn linspace_v2(
        start: impl Into<Scalar>,
        end: impl Into<Scalar>,
        steps: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (start, start_int, start_kind) = Scalar::c_args(start.into());
        let (end, end_int, end_kind) = Scalar::c_args(end.into());
        let value = unsafe {
            ffi::rt_torch_tensor_linspace_v2(
                start,
                start_int,
                start_kind,
                end,
                end_int,
                end_kind,
                steps,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The n x n identity matrix, of a dtype, on a device.
    ///
    /// * `n`: The number of rows and columns; must be non-negative.
    /// * `dtype`: The dtype; None for the default (float32). Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(int n, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_eye_v2`; PyTorch: `torch.eye` (ATen `eye`).
    pub fn eye_v2(
        n: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_eye_v2(
                n,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The n x m matrix with ones on the diagonal, of a dtype, on a device.
    ///
    /// * `n`: The number of rows; must be non-negative.
    /// * `m`: The number of columns; must be non-negative.
    /// * `dtype`: The dtype; None for the default (float32). Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(int n, int m, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_eye_m`; PyTorch: `torch.eye` (ATen `eye.m`).
    pub fn eye_m(
        n: i64,
        m: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_eye_m(
                n,
                m,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise sum input + alpha * other (broadcasting, with PyTorch's type promotion).
    ///
    /// * `other`: The right operand.
    /// * `alpha`: The multiplier of other. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor other, *, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_add_tensor`; PyTorch: `torch.add` (ATen `add.Tensor`).
    pub fn add_tensor(
        &self,
        other: &Tensor,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_add_tensor(
                self.handle,
                other.handle,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Adds alpha times a number to every element (an int keeps integer tensors integer, as in
    /// PyTorch).
    ///
    /// * `other`: The number to add.
    /// * `alpha`: The multiplier of other. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar other, *, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_add_scalar_v2`; PyTorch: `torch.add` (ATen `add.Scalar`).
    pub fn add_scalar_v2(
        &self,
        other: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_add_scalar_v2(
                self.handle,
                other,
                other_int,
                other_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise difference input - alpha * other (broadcasting).
    ///
    /// * `other`: The right operand.
    /// * `alpha`: The multiplier of other. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor other, *, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sub_tensor`; PyTorch: `torch.sub` (ATen `sub.Tensor`).
    pub fn sub_tensor(
        &self,
        other: &Tensor,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_sub_tensor(
                self.handle,
                other.handle,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Subtracts alpha times a number from every element.
    ///
    /// * `other`: The number to subtract.
    /// * `alpha`: The multiplier of other. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar other, *, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sub_scalar`; PyTorch: `torch.sub` (ATen `sub.Scalar`).
    pub fn sub_scalar(
        &self,
        other: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_sub_scalar(
                self.handle,
                other,
                other_int,
                other_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A number minus alpha times every element (number - tensor, as Python's reflected operator
    /// computes it).
    ///
    /// * `other`: The number it is subtracted from.
    /// * `alpha`: The multiplier of input. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar other, *, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_rsub_scalar`; PyTorch: `torch.rsub` (ATen `rsub.Scalar`).
    pub fn rsub_scalar(
        &self,
        other: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_rsub_scalar(
                self.handle,
                other,
                other_int,
                other_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise difference other - alpha * input (broadcasting).
    ///
    /// * `other`: The tensor it is subtracted from.
    /// * `alpha`: The multiplier of input. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor other, *, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_rsub_tensor`; PyTorch: `torch.rsub` (ATen `rsub.Tensor`).
    pub fn rsub_tensor(
        &self,
        other: &Tensor,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_rsub_tensor(
                self.handle,
                other.handle,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise reciprocal 1 / x (integer inputs give the default float dtype).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_reciprocal`; PyTorch: `torch.reciprocal` (ATen `reciprocal`).
    pub fn reciprocal(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_reciprocal(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise product (broadcasting).
    ///
    /// * `other`: The right operand.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mul_tensor`; PyTorch: `torch.mul` (ATen `mul.Tensor`).
    pub fn mul_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mul_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Multiplies every element by a number (an int keeps integer tensors integer).
    ///
    /// * `other`: The factor.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mul_scalar_v2`; PyTorch: `torch.mul` (ATen `mul.Scalar`).
    pub fn mul_scalar_v2(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_mul_scalar_v2(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise quotient input / other, true or rounded (broadcasting).
    ///
    /// * `other`: The divisor.
    /// * `rounding_mode`: None for true division (a float result), trunc or floor to round the
    ///   quotient. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor other, *, rounding_mode? rounding_mode=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_div_tensor_mode`; PyTorch: `torch.div` (ATen `div.Tensor_mode`).
    pub fn div_tensor_mode(
        &self,
        other: &Tensor,
        rounding_mode: Option<RoundingMode>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_div_tensor_mode(
                self.handle,
                other.handle,
                rounding_mode.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Divides every element by a number, true or rounded.
    ///
    /// * `other`: The divisor.
    /// * `rounding_mode`: None for true division (a float result), trunc or floor to round the
    ///   quotient. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar other, *, rounding_mode? rounding_mode=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_div_scalar_mode`; PyTorch: `torch.div` (ATen `div.Scalar_mode`).
    pub fn div_scalar_mode(
        &self,
        other: impl Into<Scalar>,
        rounding_mode: Option<RoundingMode>,
    ) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_div_scalar_mode(
                self.handle,
                other,
                other_int,
                other_kind,
                rounding_mode.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises every element to a number (an int exponent keeps integer tensors integer).
    ///
    /// * `exponent`: The exponent.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar exponent) -> Tensor`.
    /// Binds `rt_torch_torchtensor_pow_tensor_scalar`; PyTorch: `torch.pow` (ATen `pow.Tensor_Scalar`).
    pub fn pow_tensor_scalar(&self, exponent: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (exponent, exponent_int, exponent_kind) = Scalar::c_args(exponent.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_pow_tensor_scalar(
                self.handle,
                exponent,
                exponent_int,
                exponent_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises every element to the matching element of another tensor (broadcasting).
    ///
    /// * `exponent`: The exponents.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor exponent) -> Tensor`.
    /// Binds `rt_torch_torchtensor_pow_tensor_tensor`; PyTorch: `torch.pow` (ATen `pow.Tensor_Tensor`).
    pub fn pow_tensor_tensor(&self, exponent: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_pow_tensor_tensor(self.handle, exponent.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises a number to every element of a tensor (number ** tensor).
    ///
    /// * `input`: The base.
    /// * `exponent`: The exponents.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Scalar input, Tensor exponent) -> Tensor`.
    /// Binds `rt_torch_tensor_pow_scalar`; PyTorch: `torch.pow` (ATen `pow.Scalar`).
    pub fn pow_scalar(input: impl Into<Scalar>, exponent: &Tensor) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_tensor_pow_scalar(input, input_int, input_kind, exponent.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// GELU activation, exact or with the tanh approximation.
    ///
    /// * `approximate`: none for the exact form x * Phi(x), tanh for the tanh approximation.
    ///   Keyword-only in PyTorch. PyTorch's default: `GeluApproximate::None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, *, gelu_approximate approximate='none') -> Tensor`.
    /// Binds `rt_torch_torchtensor_gelu_v2`; PyTorch: `torch.nn.functional.gelu` (ATen `gelu`).
    pub fn gelu_v2(&self, approximate: GeluApproximate) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_gelu_v2(self.handle, approximate.as_c_str().as_ptr())
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Softmax along a dimension, optionally computed in another dtype.
    ///
    /// * `dim`: The dimension that sums to 1; negative values count from the end.
    /// * `dtype`: Convert the input to this dtype first; None keeps it. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_softmax_int`; PyTorch: `torch.softmax` (ATen `softmax.int`).
    pub fn softmax_int(&self, dim: i64, dtype: Option<Kind>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_softmax_int(self.handle, dim, dtype.map_or(-1, Kind::code))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Log-softmax along a dimension, optionally computed in another dtype.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    /// * `dtype`: Convert the input to this dtype first; None keeps it. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_log_softmax_int`; PyTorch: `torch.log_softmax` (ATen `log_softmax.int`).
    pub fn log_softmax_int(&self, dim: i64, dtype: Option<Kind>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_log_softmax_int(
                self.handle,
                dim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The vector norm of the elements, over all or some dimensions.
    ///
    /// * `ord`: The order: 2 (Euclidean), 1, inf, -inf, 0 (count of non-zeros) or any real p.
    ///   PyTorch's default: `2`.
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: Compute in this dtype; None keeps the input's. Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    ///
    /// Returns: A new tensor (0-d when every dimension is reduced).
    ///
    /// Schema: `(Tensor input, Scalar ord=2, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_vector_norm`; PyTorch: `torch.linalg.vector_norm` (ATen `linalg_vector_norm`).
    pub fn linalg_vector_norm(
        &self,
        ord: impl Into<Scalar>,
        dim: Option<&[i64]>,
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        let (ord, ord_int, ord_kind) = Scalar::c_args(ord.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_vector_norm(
                self.handle,
                ord,
                ord_int,
                ord_kind,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The determinant of a square matrix, or of each matrix of a batch.
    ///
    /// Returns: A new tensor of shape (*): differentiable, unlike the reference's f64.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_det`; PyTorch: `torch.linalg.det` (ATen `linalg_det`).
    pub fn linalg_det(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_det(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The singular value decomposition input = U diag(S) Vh, of a matrix or a batch.
    ///
    /// * `full_matrices`: true for the full U and Vh, false for the reduced ones. PyTorch's
    ///   default: `true`.
    /// * `driver`: The cuSOLVER routine on CUDA; None lets PyTorch choose (ignored on the CPU).
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns the tuple `(U, S, Vh)`:
    /// * `U`: The left singular vectors.
    /// * `S`: The singular values, in descending order.
    /// * `Vh`: The conjugate transpose of the right singular vectors.
    ///
    /// Schema: `(Tensor input, bool full_matrices=True, *, svd_driver? driver=None) -> (Tensor U, Tensor S, Tensor Vh)`.
    /// Binds `rt_torch_torchtensor_linalg_svd`; PyTorch: `torch.linalg.svd` (ATen `linalg_svd`).
    pub fn linalg_svd(
        &self,
        full_matrices: bool,
        driver: Option<SvdDriver>,
    ) -> Result<(Tensor, Tensor, Tensor), TorchError> {
        let [t0, t1, t2] = read_array(3, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_svd(
                self.handle,
                full_matrices,
                driver.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<3>)?;
        Ok((t0, t1, t2))
    }

    /// The eigenvalues and eigenvectors of a square matrix, or of each matrix of a batch.
    ///
    /// Returns the tuple `(eigenvalues, eigenvectors)`:
    /// * `eigenvalues`: The complex eigenvalues.
    /// * `eigenvectors`: The complex eigenvectors (columns).
    ///
    /// Schema: `(Tensor input) -> (Tensor eigenvalues, Tensor eigenvectors)`.
    /// Binds `rt_torch_torchtensor_linalg_eig`; PyTorch: `torch.linalg.eig` (ATen `linalg_eig`).
    pub fn linalg_eig(&self) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_eig(self.handle, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The sum over all or some dimensions, optionally in another dtype.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: The dtype of the result; None keeps the input's (int64 for integer and bool
    ///   inputs). Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (0-d when every dimension is reduced).
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sum_dim_intlist`; PyTorch: `torch.sum` (ATen `sum.dim_IntList`).
    pub fn sum_dim_intlist(
        &self,
        dim: Option<&[i64]>,
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_sum_dim_intlist(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The mean over all or some dimensions, optionally in another dtype.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: Compute in this dtype; None keeps the input's. Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    ///
    /// Returns: A new tensor (0-d when every dimension is reduced).
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mean_dim_v2`; PyTorch: `torch.mean` (ATen `mean.dim`).
    pub fn mean_dim_v2(
        &self,
        dim: Option<&[i64]>,
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_mean_dim_v2(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The maxima along one dimension, with their indices.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The maxima.
    /// * `indices`: Their int64 indices along dim.
    ///
    /// Schema: `(Tensor input, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_max_dim_v2`; PyTorch: `torch.max` (ATen `max.dim`).
    pub fn max_dim_v2(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_max_dim_v2(self.handle, dim, keepdim, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The element-wise maximum of two tensors (broadcasting).
    ///
    /// * `other`: The second tensor.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_max_other`; PyTorch: `torch.max` (ATen `max.other`).
    pub fn max_other(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_max_other(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The minima along one dimension, with their indices.
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The minima.
    /// * `indices`: Their int64 indices along dim.
    ///
    /// Schema: `(Tensor input, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_min_dim_v2`; PyTorch: `torch.min` (ATen `min.dim`).
    pub fn min_dim_v2(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_min_dim_v2(self.handle, dim, keepdim, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The element-wise minimum of two tensors (broadcasting).
    ///
    /// * `other`: The second tensor.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_min_other`; PyTorch: `torch.min` (ATen `min.other`).
    pub fn min_other(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_min_other(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The indices of the maxima, along a dimension or over the flattened tensor.
    ///
    /// * `dim`: The dimension to reduce; None for the flattened tensor. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimension with size 1 (with a dim). PyTorch's default:
    ///   `false`.
    ///
    /// Returns: A new int64 tensor.
    ///
    /// Schema: `(Tensor input, int? dim=None, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_argmax_v2`; PyTorch: `torch.argmax` (ATen `argmax`).
    pub fn argmax_v2(&self, dim: Option<i64>, keepdim: bool) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_argmax_v2(
                self.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The indices of the minima, along a dimension or over the flattened tensor.
    ///
    /// * `dim`: The dimension to reduce; None for the flattened tensor. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimension with size 1 (with a dim). PyTorch's default:
    ///   `false`.
    ///
    /// Returns: A new int64 tensor.
    ///
    /// Schema: `(Tensor input, int? dim=None, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_argmin_v2`; PyTorch: `torch.argmin` (ATen `argmin`).
    pub fn argmin_v2(&self, dim: Option<i64>, keepdim: bool) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_argmin_v2(
                self.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The standard deviation over some dimensions, with or without Bessel's correction.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1.
    /// * `unbiased`: Divide by N - 1 (true) or by N (false). PyTorch's default: `true`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[1]? dim, bool unbiased=True, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_std_dim`; PyTorch: `torch.std` (ATen `std.dim`).
    pub fn std_dim(
        &self,
        dim: Option<&[i64]>,
        unbiased: bool,
        keepdim: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_std_dim(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                unbiased,
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The standard deviation over all or some dimensions, with a given correction.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `correction`: The difference N - divisor; None for 1 (Bessel's correction). Keyword-only
    ///   in PyTorch. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    ///
    /// Returns: A new tensor (0-d when every dimension is reduced).
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, *, Scalar? correction=None, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_std_correction`; PyTorch: `torch.std` (ATen `std.correction`).
    pub fn std_correction(
        &self,
        dim: Option<&[i64]>,
        correction: Option<Scalar>,
        keepdim: bool,
    ) -> Result<Tensor, TorchError> {
        let (correction, correction_int, correction_kind) = Scalar::optional_c_args(correction);
        let value = unsafe {
            ffi::rt_torch_torchtensor_std_correction(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                correction,
                correction_int,
                correction_kind,
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The standard deviation of all elements, with or without Bessel's correction.
    ///
    /// * `unbiased`: Divide by N - 1 (true) or by N (false). PyTorch's default: `true`.
    ///
    /// Returns: A new 0-d tensor: differentiable, unlike the reference's f64.
    ///
    /// Schema: `(Tensor input, bool unbiased=True) -> Tensor`.
    /// Binds `rt_torch_torchtensor_std_v2`; PyTorch: `torch.std` (ATen `std`).
    pub fn std_v2(&self, unbiased: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_std_v2(self.handle, unbiased) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The variance over some dimensions, with or without Bessel's correction.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1.
    /// * `unbiased`: Divide by N - 1 (true) or by N (false). PyTorch's default: `true`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[1]? dim, bool unbiased=True, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_var_dim`; PyTorch: `torch.var` (ATen `var.dim`).
    pub fn var_dim(
        &self,
        dim: Option<&[i64]>,
        unbiased: bool,
        keepdim: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_var_dim(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                unbiased,
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The variance over all or some dimensions, with a given correction.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `correction`: The difference N - divisor; None for 1 (Bessel's correction). Keyword-only
    ///   in PyTorch. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    ///
    /// Returns: A new tensor (0-d when every dimension is reduced).
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, *, Scalar? correction=None, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_var_correction`; PyTorch: `torch.var` (ATen `var.correction`).
    pub fn var_correction(
        &self,
        dim: Option<&[i64]>,
        correction: Option<Scalar>,
        keepdim: bool,
    ) -> Result<Tensor, TorchError> {
        let (correction, correction_int, correction_kind) = Scalar::optional_c_args(correction);
        let value = unsafe {
            ffi::rt_torch_torchtensor_var_correction(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                correction,
                correction_int,
                correction_kind,
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The variance of all elements, with or without Bessel's correction.
    ///
    /// * `unbiased`: Divide by N - 1 (true) or by N (false). PyTorch's default: `true`.
    ///
    /// Returns: A new 0-d tensor: differentiable, unlike the reference's f64.
    ///
    /// Schema: `(Tensor input, bool unbiased=True) -> Tensor`.
    /// Binds `rt_torch_torchtensor_var_v2`; PyTorch: `torch.var` (ATen `var`).
    pub fn var_v2(&self, unbiased: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_var_v2(self.handle, unbiased) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Drops the given dimensions where their size is 1.
    ///
    /// * `dim`: The dimensions; negative values count from the end.
    ///
    /// Returns: A new handle sharing memory with input (a view).
    ///
    /// Schema: `(Tensor input, int[] dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_squeeze_dims`; PyTorch: `torch.squeeze` (ATen `squeeze.dims`).
    pub fn squeeze_dims(&self, dim: &[i64]) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_squeeze_dims(self.handle, dim.as_ptr(), len_arg(dim.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Flattens the dimensions from start_dim to end_dim into one.
    ///
    /// * `start_dim`: The first dimension to flatten. PyTorch's default: `0`.
    /// * `end_dim`: The last dimension to flatten (inclusive). PyTorch's default: `-1`.
    ///
    /// Returns: A new handle (a view where the memory allows it).
    ///
    /// Schema: `(Tensor input, int start_dim=0, int end_dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_flatten_using_ints`; PyTorch: `torch.flatten` (ATen `flatten.using_ints`).
    pub fn flatten_using_ints(&self, start_dim: i64, end_dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_flatten_using_ints(self.handle, start_dim, end_dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The slice at one index along a dimension, which it removes.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    /// * `index`: The index along it; negative values count from the end.
    ///
    /// Returns: A new handle sharing memory with input (a view).
    ///
    /// Schema: `(Tensor input, int dim, int index) -> Tensor`.
    /// Binds `rt_torch_torchtensor_select_int`; PyTorch: `torch.select` (ATen `select.int`).
    pub fn select_int(&self, dim: i64, index: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_select_int(self.handle, dim, index) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Advanced indexing with index tensors (int64 positions or bool masks), one per leading
    /// dimension or None.
    ///
    /// * `indices`: One index tensor per dimension, or None to take the dimension whole.
    ///
    /// Returns: A new tensor (a copy).
    ///
    /// Schema: `(Tensor input, Tensor?[] indices) -> Tensor`.
    /// Binds `rt_torch_torchtensor_index_tensor`; PyTorch: `torch.Tensor.__getitem__` (ATen `index.Tensor`).
    pub fn index_tensor(&self, indices: &[Option<&Tensor>]) -> Result<Tensor, TorchError> {
        let indices: Vec<i64> = indices.iter().map(|t| t.map_or(0, |t| t.handle)).collect();
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_tensor(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A complex tensor from its real and imaginary parts.
    ///
    /// * `imag`: The imaginary parts, of real's dtype, broadcastable to it.
    ///
    /// Returns: A new complex64 or complex128 tensor.
    ///
    /// Schema: `(Tensor real, Tensor imag) -> Tensor`.
    /// Binds `rt_torch_torchtensor_complex`; PyTorch: `torch.complex` (ATen `complex`).
    pub fn complex(&self, imag: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_complex(self.handle, imag.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to another dtype.
    ///
    /// * `dtype`: The dtype to convert to.
    /// * `non_blocking`: Copy asynchronously where the devices allow it. PyTorch's default:
    ///   `false`.
    /// * `copy`: Always copy, even when nothing changes. PyTorch's default: `false`.
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the same memory when nothing changes and copy is false).
    ///
    /// Schema: `(Tensor input, ScalarType dtype, bool non_blocking=False, bool copy=False, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_dtype_v2`; PyTorch: `torch.Tensor.to` (ATen `to.dtype`).
    pub fn to_dtype_v2(
        &self,
        dtype: Kind,
        non_blocking: bool,
        copy: bool,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_to_dtype_v2(
                self.handle,
                dtype.code(),
                non_blocking,
                copy,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor moved to a device, and optionally converted to another dtype.
    ///
    /// * `device`: The device to move to.
    /// * `dtype`: The dtype to convert to; None keeps the input's. PyTorch's default: `None`.
    /// * `non_blocking`: Copy asynchronously where the devices allow it. PyTorch's default:
    ///   `false`.
    /// * `copy`: Always copy, even when nothing changes. PyTorch's default: `false`.
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the same memory when nothing changes and copy is false).
    ///
    /// Schema: `(Tensor input, Device device, ScalarType? dtype=None, bool non_blocking=False, bool copy=False, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_device`; PyTorch: `torch.Tensor.to` (ATen `to.device`).
    pub fn to_device(
        &self,
        device: Device,
        dtype: Option<Kind>,
        non_blocking: bool,
        copy: bool,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_to_device(
                self.handle,
                device.type_code(),
                device.index(),
                dtype.map_or(-1, Kind::code),
                non_blocking,
                copy,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to the dtype and device of another tensor.
    ///
    /// * `other`: The tensor whose dtype and device to take.
    /// * `non_blocking`: Copy asynchronously where the devices allow it. PyTorch's default:
    ///   `false`.
    /// * `copy`: Always copy, even when nothing changes. PyTorch's default: `false`.
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the same memory when nothing changes and copy is false).
    ///
    /// Schema: `(Tensor input, Tensor other, bool non_blocking=False, bool copy=False, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_other`; PyTorch: `torch.Tensor.to` (ATen `to.other`).
    pub fn to_other(
        &self,
        other: &Tensor,
        non_blocking: bool,
        copy: bool,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_to_other(
                self.handle,
                other.handle,
                non_blocking,
                copy,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted by keyword, to a dtype and/or a device.
    ///
    /// * `dtype`: The dtype to convert to; None keeps the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    /// * `device`: The device to move to; None keeps the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    /// * `non_blocking`: Copy asynchronously where the devices allow it. Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    /// * `copy`: Always copy, even when nothing changes. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the same memory when nothing changes and copy is false).
    ///
    /// Schema: `(Tensor input, *, ScalarType? dtype=None, Device? device=None, bool non_blocking=False, bool copy=False, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_dtype_layout`; PyTorch: `torch.Tensor.to` (ATen `to.dtype_layout`).
    pub fn to_dtype_layout(
        &self,
        dtype: Option<Kind>,
        device: Option<Device>,
        non_blocking: bool,
        copy: bool,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_to_dtype_layout(
                self.handle,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                non_blocking,
                copy,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A deep copy of the tensor, in a given memory layout.
    ///
    /// * `memory_format`: The memory layout of the copy; None preserves the input's. Keyword-only
    ///   in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor with its own memory.
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clone_v2`; PyTorch: `torch.clone` (ATen `clone`).
    pub fn clone_v2(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_clone_v2(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with its elements contiguous in a given memory layout.
    ///
    /// * `memory_format`: The memory layout. Keyword-only in PyTorch. PyTorch's default:
    ///   `MemoryFormat::ContiguousFormat`.
    ///
    /// Returns: A new handle (the same memory when it is already contiguous in that layout).
    ///
    /// Schema: `(Tensor input, *, memory_format memory_format='contiguous_format') -> Tensor`.
    /// Binds `rt_torch_torchtensor_contiguous_v2`; PyTorch: `torch.Tensor.contiguous` (ATen `contiguous`).
    pub fn contiguous_v2(&self, memory_format: MemoryFormat) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_contiguous_v2(self.handle, memory_format.as_c_str().as_ptr())
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise sine of the input, in radians.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sin`; PyTorch: `torch.sin` (ATen `sin`).
    pub fn sin(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sin(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the input's shape filled with zeros, by default of its dtype and on its
    /// device.
    ///
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(Tensor input, *, ScalarType? dtype=None, Device? device=None, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_zeros_like`; PyTorch: `torch.zeros_like` (ATen `zeros_like`).
    pub fn zeros_like(
        &self,
        dtype: Option<Kind>,
        device: Option<Device>,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_zeros_like(
                self.handle,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the input's shape filled with ones, by default of its dtype and on its
    /// device.
    ///
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(Tensor input, *, ScalarType? dtype=None, Device? device=None, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ones_like`; PyTorch: `torch.ones_like` (ATen `ones_like`).
    pub fn ones_like(
        &self,
        dtype: Option<Kind>,
        device: Option<Device>,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_ones_like(
                self.handle,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the input's shape whose values are not initialised, by default of its dtype
    /// and on its device.
    ///
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: The new tensor (its values are whatever the memory held).
    ///
    /// Schema: `(Tensor input, *, ScalarType? dtype=None, Device? device=None, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_empty_like`; PyTorch: `torch.empty_like` (ATen `empty_like`).
    pub fn empty_like(
        &self,
        dtype: Option<Kind>,
        device: Option<Device>,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_empty_like(
                self.handle,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the input's shape filled with one value, by default of its dtype and on its
    /// device.
    ///
    /// * `fill_value`: The value of every element.
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(Tensor input, Scalar fill_value, *, ScalarType? dtype=None, Device? device=None, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_full_like`; PyTorch: `torch.full_like` (ATen `full_like`).
    pub fn full_like(
        &self,
        fill_value: impl Into<Scalar>,
        dtype: Option<Kind>,
        device: Option<Device>,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let (fill_value, fill_value_int, fill_value_kind) = Scalar::c_args(fill_value.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_full_like(
                self.handle,
                fill_value,
                fill_value_int,
                fill_value_kind,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the input's shape filled with samples of the standard normal distribution.
    ///
    /// * `dtype`: A floating-point or complex dtype; None for the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: The new tensor, drawn from the global generator (rt_torch_manual_seed seeds it).
    ///
    /// Schema: `(Tensor input, *, ScalarType? dtype=None, Device? device=None, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_randn_like`; PyTorch: `torch.randn_like` (ATen `randn_like`).
    pub fn randn_like(
        &self,
        dtype: Option<Kind>,
        device: Option<Device>,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_randn_like(
                self.handle,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the input's shape filled with samples of the uniform distribution on \[0,
    /// 1).
    ///
    /// * `dtype`: A floating-point or complex dtype; None for the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: The new tensor, drawn from the global generator.
    ///
    /// Schema: `(Tensor input, *, ScalarType? dtype=None, Device? device=None, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_rand_like`; PyTorch: `torch.rand_like` (ATen `rand_like`).
    pub fn rand_like(
        &self,
        dtype: Option<Kind>,
        device: Option<Device>,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_rand_like(
                self.handle,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the input's shape filled with random integers drawn uniformly from \[0,
    /// high).
    ///
    /// * `high`: One above the largest value drawn.
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: The new tensor, drawn from the global generator.
    ///
    /// Schema: `(Tensor input, int high, *, ScalarType? dtype=None, Device? device=None, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_randint_like`; PyTorch: `torch.randint_like` (ATen `randint_like`).
    pub fn randint_like(
        &self,
        high: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_randint_like(
                self.handle,
                high,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the input's shape filled with random integers drawn uniformly from \[low,
    /// high).
    ///
    /// * `low`: The smallest value drawn.
    /// * `high`: One above the largest value drawn.
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the input's. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: The new tensor, drawn from the global generator.
    ///
    /// Schema: `(Tensor input, int low, int high, *, ScalarType? dtype=None, Device? device=None, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_randint_like_low_dtype`; PyTorch: `torch.randint_like` (ATen `randint_like.low_dtype`).
    pub fn randint_like_low_dtype(
        &self,
        low: i64,
        high: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
        memory_format: Option<MemoryFormat>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_randint_like_low_dtype(
                self.handle,
                low,
                high,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with random integers drawn uniformly from \[0, high).
    ///
    /// * `high`: One above the largest value drawn.
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype; int64 by default. Keyword-only in PyTorch. PyTorch's default:
    ///   `Some(Kind::Int64)`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor, drawn from the global generator.
    ///
    /// Schema: `(int high, int[] size, *, ScalarType? dtype='int64', Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_randint`; PyTorch: `torch.randint` (ATen `randint`).
    pub fn randint(
        high: i64,
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_randint(
                high,
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with random integers drawn uniformly from \[low,
    /// high).
    ///
    /// * `low`: The smallest value drawn.
    /// * `high`: One above the largest value drawn.
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype; int64 by default. Keyword-only in PyTorch. PyTorch's default:
    ///   `Some(Kind::Int64)`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor, drawn from the global generator.
    ///
    /// Schema: `(int low, int high, int[] size, *, ScalarType? dtype='int64', Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_randint_low`; PyTorch: `torch.randint` (ATen `randint.low`).
    pub fn randint_low(
        low: i64,
        high: i64,
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_randint_low(
                low,
                high,
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Samples of normal distributions, one per element, with a tensor of means and a tensor of
    /// standard deviations.
    ///
    /// * `std_arg`: The standard deviations (non-negative), broadcastable with mean; PyTorch's std.
    ///
    /// Returns: A new tensor of the broadcast shape, drawn from the global generator.
    ///
    /// Schema: `(Tensor mean, Tensor std_arg) -> Tensor`.
    /// Binds `rt_torch_torchtensor_normal_tensor_tensor`; PyTorch: `torch.normal` (ATen `normal.Tensor_Tensor`).
    pub fn normal_tensor_tensor(&self, std_arg: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_normal_tensor_tensor(self.handle, std_arg.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Samples of normal distributions, one per element, with a tensor of means and one standard
    /// deviation.
    ///
    /// * `std_arg`: The standard deviation of every sample (non-negative); PyTorch's std. PyTorch's
    ///   default: `1.0`.
    ///
    /// Returns: A new tensor of mean's shape, drawn from the global generator.
    ///
    /// Schema: `(Tensor mean, float std_arg=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_normal_tensor_float`; PyTorch: `torch.normal` (ATen `normal.Tensor_float`).
    pub fn normal_tensor_float(&self, std_arg: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_normal_tensor_float(self.handle, std_arg) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Samples of normal distributions, one per element, with one mean and a tensor of standard
    /// deviations.
    ///
    /// * `mean`: The mean of every sample.
    /// * `std_arg`: The standard deviations (floating point, non-negative); PyTorch's std.
    ///
    /// Returns: A new tensor of std's shape, drawn from the global generator.
    ///
    /// Schema: `(float mean, Tensor std_arg) -> Tensor`.
    /// Binds `rt_torch_tensor_normal_float_tensor`; PyTorch: `torch.normal` (ATen `normal.float_Tensor`).
    pub fn normal_float_tensor(mean: f64, std_arg: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_normal_float_tensor(mean, std_arg.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with samples of one normal distribution.
    ///
    /// * `mean`: The mean.
    /// * `std_arg`: The standard deviation (non-negative); PyTorch's std.
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: A floating-point dtype; None for the default (float32). Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor, drawn from the global generator.
    ///
    /// Schema: `(float mean, float std_arg, int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_normal_float_float`; PyTorch: `torch.normal` (ATen `normal.float_float`).
    pub fn normal_float_float(
        mean: f64,
        std_arg: f64,
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_normal_float_float(
                mean,
                std_arg,
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Random zeros and ones, each one with the probability that the input holds at its place.
    ///
    /// Returns: A new tensor of the input's shape and dtype, drawn from the global generator.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bernoulli`; PyTorch: `torch.bernoulli` (ATen `bernoulli`).
    pub fn bernoulli(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_bernoulli(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Random zeros and ones of the input's shape and dtype, each one with the same probability p.
    ///
    /// * `p`: The probability of a one, in \[0, 1\].
    ///
    /// Returns: A new tensor, drawn from the global generator.
    ///
    /// Schema: `(Tensor input, float p) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bernoulli_p`; PyTorch: `torch.bernoulli` (ATen `bernoulli.p`).
    pub fn bernoulli_p(&self, p: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_bernoulli_p(self.handle, p) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Indices drawn from the categorical distribution that each row of the input gives (weights,
    /// not necessarily normalised).
    ///
    /// * `num_samples`: The number of indices drawn per row.
    /// * `replacement`: Draw with replacement; without it num_samples may not exceed the number of
    ///   categories. PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor of shape (rows, num_samples) (or (num_samples) for a 1-D input),
    /// drawn from the global generator.
    ///
    /// Schema: `(Tensor input, int num_samples, bool replacement=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_multinomial`; PyTorch: `torch.multinomial` (ATen `multinomial`).
    pub fn multinomial(&self, num_samples: i64, replacement: bool) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_multinomial(self.handle, num_samples, replacement)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end
    /// inclusive.
    ///
    /// * `start`: The exponent of the first value.
    /// * `end`: The exponent of the last value.
    /// * `steps`: The number of values (non-negative).
    /// * `base`: The base of the logarithm. PyTorch's default: `10.0`.
    /// * `dtype`: The dtype; None for the default (float32). Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(Scalar start, Scalar end, int steps, float base=10.0, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_logspace`; PyTorch: `torch.logspace` (ATen `logspace`).
    pub fn logspace(
        start: impl Into<Scalar>,
        end: impl Into<Scalar>,
        steps: i64,
        base: f64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (start, start_int, start_kind) = Scalar::c_args(start.into());
        let (end, end_int, end_kind) = Scalar::c_args(end.into());
        let value = unsafe {
            ffi::rt_torch_tensor_logspace(
                start,
                start_int,
                start_kind,
                end,
                end_int,
                end_kind,
                steps,
                base,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The (row, column) indices of the lower triangle of a row x col matrix, as a 2 x N tensor.
    ///
    /// * `row`: The number of rows.
    /// * `col`: The number of columns.
    /// * `offset`: The diagonal that bounds the triangle: 0 the main one, positive above it,
    ///   negative below. PyTorch's default: `0`.
    /// * `dtype`: int64 or int32. Keyword-only in PyTorch. PyTorch's default: `Some(Kind::Int64)`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor: row indices in its first row, column indices in its second, in
    /// row-major order.
    ///
    /// Schema: `(int row, int col, int offset=0, *, ScalarType? dtype='int64', Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_tril_indices`; PyTorch: `torch.tril_indices` (ATen `tril_indices`).
    pub fn tril_indices(
        row: i64,
        col: i64,
        offset: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_tril_indices(
                row,
                col,
                offset,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The (row, column) indices of the upper triangle of a row x col matrix, as a 2 x N tensor.
    ///
    /// * `row`: The number of rows.
    /// * `col`: The number of columns.
    /// * `offset`: The diagonal that bounds the triangle: 0 the main one, positive above it,
    ///   negative below. PyTorch's default: `0`.
    /// * `dtype`: int64 or int32. Keyword-only in PyTorch. PyTorch's default: `Some(Kind::Int64)`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor: row indices in its first row, column indices in its second, in
    /// row-major order.
    ///
    /// Schema: `(int row, int col, int offset=0, *, ScalarType? dtype='int64', Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_triu_indices`; PyTorch: `torch.triu_indices` (ATen `triu_indices`).
    pub fn triu_indices(
        row: i64,
        col: i64,
        offset: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_triu_indices(
                row,
                col,
                offset,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new 0-d tensor holding one value.
    ///
    /// * `s`: The value.
    /// * `dtype`: The dtype; None for the default (float32), whatever the value's kind.
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new 0-d tensor.
    ///
    /// Schema: `(Scalar s, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_scalar_tensor`; PyTorch: `torch.scalar_tensor` (ATen `scalar_tensor`).
    pub fn scalar_tensor(
        s: impl Into<Scalar>,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (s, s_int, s_kind) = Scalar::c_args(s.into());
        let value = unsafe {
            ffi::rt_torch_tensor_scalar_tensor(
                s,
                s_int,
                s_kind,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given sizes and strides whose values are not initialised.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `stride`: The stride of each dimension, in elements (as many as sizes).
    /// * `dtype`: The dtype; None for the default (float32). Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor (its values are whatever the memory held).
    ///
    /// Schema: `(int[] size, int[] stride, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_empty_strided`; PyTorch: `torch.empty_strided` (ATen `empty_strided`).
    pub fn empty_strided(
        size: &[i64],
        stride: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_tensor_empty_strided(
                size.as_ptr(),
                len_arg(size.len()),
                stride.as_ptr(),
                len_arg(stride.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with zeros, by default of this tensor's dtype and on
    /// its device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(Tensor input, int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_new_zeros`; PyTorch: `torch.Tensor.new_zeros` (ATen `new_zeros`).
    pub fn new_zeros(
        &self,
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_new_zeros(
                self.handle,
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with ones, by default of this tensor's dtype and on
    /// its device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(Tensor input, int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_new_ones`; PyTorch: `torch.Tensor.new_ones` (ATen `new_ones`).
    pub fn new_ones(
        &self,
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_new_ones(
                self.handle,
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape filled with one value, by default of this tensor's dtype and
    /// on its device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `fill_value`: The value of every element.
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor.
    ///
    /// Schema: `(Tensor input, int[] size, Scalar fill_value, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_new_full`; PyTorch: `torch.Tensor.new_full` (ATen `new_full`).
    pub fn new_full(
        &self,
        size: &[i64],
        fill_value: impl Into<Scalar>,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (fill_value, fill_value_int, fill_value_kind) = Scalar::c_args(fill_value.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_new_full(
                self.handle,
                size.as_ptr(),
                len_arg(size.len()),
                fill_value,
                fill_value_int,
                fill_value_kind,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the given shape whose values are not initialised, by default of this
    /// tensor's dtype and on its device.
    ///
    /// * `size`: The shape; every size must be non-negative.
    /// * `dtype`: The dtype; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the input's. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: The new tensor (its values are whatever the memory held).
    ///
    /// Schema: `(Tensor input, int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_new_empty`; PyTorch: `torch.Tensor.new_empty` (ATen `new_empty`).
    pub fn new_empty(
        &self,
        size: &[i64],
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_new_empty(
                self.handle,
                size.as_ptr(),
                len_arg(size.len()),
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A complex tensor from absolute values and angles, abs * (cos(angle) + i sin(angle)).
    ///
    /// * `angle`: The angles in radians, of abs's dtype, broadcastable with it.
    ///
    /// Returns: A new complex64 or complex128 tensor.
    ///
    /// Schema: `(Tensor abs, Tensor angle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_polar`; PyTorch: `torch.polar` (ATen `polar`).
    pub fn polar(&self, angle: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_polar(self.handle, angle.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A complex tensor viewed as a real one with a last dimension of size 2 (real and imaginary
    /// parts).
    ///
    /// Returns: A new handle to a view sharing the input's memory.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_view_as_real`; PyTorch: `torch.view_as_real` (ATen `view_as_real`).
    pub fn view_as_real(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_view_as_real(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A real tensor whose last dimension has size 2 viewed as a complex one.
    ///
    /// Returns: A new handle to a complex view sharing the input's memory, one dimension fewer.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_view_as_complex`; PyTorch: `torch.view_as_complex` (ATen `view_as_complex`).
    pub fn view_as_complex(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_view_as_complex(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to bool, as self.to(torch.bool).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is bool).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bool`; PyTorch: `torch.Tensor.bool`.
    pub fn bool(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_bool(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to uint8, as self.to(torch.uint8).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is uint8).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_byte`; PyTorch: `torch.Tensor.byte`.
    pub fn byte(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_byte(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to int8, as self.to(torch.int8).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is int8).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_char`; PyTorch: `torch.Tensor.char`.
    pub fn char(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_char(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to int16, as self.to(torch.int16).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is int16).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_short`; PyTorch: `torch.Tensor.short`.
    pub fn short(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_short(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to int32, as self.to(torch.int32).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is int32).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_int`; PyTorch: `torch.Tensor.int`.
    pub fn int(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_int(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to int64, as self.to(torch.int64).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is int64).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_long`; PyTorch: `torch.Tensor.long`.
    pub fn long(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_long(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to float16, as self.to(torch.float16).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is float16).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_half`; PyTorch: `torch.Tensor.half`.
    pub fn half(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_half(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to bfloat16, as self.to(torch.bfloat16).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is bfloat16).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bfloat16`; PyTorch: `torch.Tensor.bfloat16`.
    pub fn bfloat16(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_bfloat16(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to float32, as self.to(torch.float32).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is float32).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_float`; PyTorch: `torch.Tensor.float`.
    pub fn float(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_float(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to float64, as self.to(torch.float64).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the input's. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new handle (the input itself when it already is float64).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_double`; PyTorch: `torch.Tensor.double`.
    pub fn double(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_double(
                self.handle,
                memory_format.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Fills the tensor in place with samples of one normal distribution.
    ///
    /// * `mean`: The mean. PyTorch's default: `0.0`.
    /// * `std_arg`: The standard deviation (non-negative); PyTorch's std. PyTorch's default: `1.0`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, float mean=0, float std_arg=1) -> ()`.
    /// Binds `rt_torch_torchtensor_normal_`; PyTorch: `torch.Tensor.normal_` (ATen `normal_`).
    pub fn normal_(&mut self, mean: f64, std_arg: f64) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_normal_(self.handle, mean, std_arg) };
        check_void()
    }

    /// The matrix product of two 2-D tensors, without broadcasting.
    ///
    /// * `mat2`: A matrix of shape (m, p), of the input's dtype.
    ///
    /// Returns: A new tensor of shape (n, p).
    ///
    /// Schema: `(Tensor input, Tensor mat2) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mm`; PyTorch: `torch.mm` (ATen `mm`).
    pub fn mm(&self, mat2: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mm(self.handle, mat2.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The matrix products of two batches of matrices, batch by batch, without broadcasting.
    ///
    /// * `mat2`: A batch of matrices of shape (b, m, p), of the input's dtype.
    ///
    /// Returns: A new tensor of shape (b, n, p).
    ///
    /// Schema: `(Tensor input, Tensor mat2) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bmm`; PyTorch: `torch.bmm` (ATen `bmm`).
    pub fn bmm(&self, mat2: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_bmm(self.handle, mat2.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The product of a matrix and a vector.
    ///
    /// * `vec`: A vector of length m, of the input's dtype.
    ///
    /// Returns: A new vector of length n.
    ///
    /// Schema: `(Tensor input, Tensor vec) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mv`; PyTorch: `torch.mv` (ATen `mv`).
    pub fn mv(&self, vec: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mv(self.handle, vec.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// beta * input + alpha * (mat1 @ mat2), for matrices.
    ///
    /// * `mat1`: A matrix of shape (n, m).
    /// * `mat2`: A matrix of shape (m, p).
    /// * `beta`: The factor of input (0 ignores its values, NaN included). Keyword-only in PyTorch.
    ///   PyTorch's default: `1`.
    /// * `alpha`: The factor of the product. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor of shape (n, p).
    ///
    /// Schema: `(Tensor input, Tensor mat1, Tensor mat2, *, Scalar beta=1, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_addmm`; PyTorch: `torch.addmm` (ATen `addmm`).
    pub fn addmm(
        &self,
        mat1: &Tensor,
        mat2: &Tensor,
        beta: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (beta, beta_int, beta_kind) = Scalar::c_args(beta.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_addmm(
                self.handle,
                mat1.handle,
                mat2.handle,
                beta,
                beta_int,
                beta_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// beta * input + alpha * (mat @ vec), for a matrix and a vector.
    ///
    /// * `mat`: A matrix of shape (n, m).
    /// * `vec`: A vector of length m.
    /// * `beta`: The factor of input (0 ignores its values, NaN included). Keyword-only in PyTorch.
    ///   PyTorch's default: `1`.
    /// * `alpha`: The factor of the product. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new vector of length n.
    ///
    /// Schema: `(Tensor input, Tensor mat, Tensor vec, *, Scalar beta=1, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_addmv`; PyTorch: `torch.addmv` (ATen `addmv`).
    pub fn addmv(
        &self,
        mat: &Tensor,
        vec: &Tensor,
        beta: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (beta, beta_int, beta_kind) = Scalar::c_args(beta.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_addmv(
                self.handle,
                mat.handle,
                vec.handle,
                beta,
                beta_int,
                beta_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// beta * input + alpha * the sum over the batch of the matrix products of batch1 and batch2.
    ///
    /// * `batch1`: A batch of matrices of shape (b, n, m).
    /// * `batch2`: A batch of matrices of shape (b, m, p).
    /// * `beta`: The factor of input (0 ignores its values, NaN included). Keyword-only in PyTorch.
    ///   PyTorch's default: `1`.
    /// * `alpha`: The factor of the summed products. Keyword-only in PyTorch. PyTorch's default:
    ///   `1`.
    ///
    /// Returns: A new tensor of shape (n, p).
    ///
    /// Schema: `(Tensor input, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_addbmm`; PyTorch: `torch.addbmm` (ATen `addbmm`).
    pub fn addbmm(
        &self,
        batch1: &Tensor,
        batch2: &Tensor,
        beta: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (beta, beta_int, beta_kind) = Scalar::c_args(beta.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_addbmm(
                self.handle,
                batch1.handle,
                batch2.handle,
                beta,
                beta_int,
                beta_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// beta * input + alpha * (batch1 @ batch2), batch by batch.
    ///
    /// * `batch1`: A batch of matrices of shape (b, n, m).
    /// * `batch2`: A batch of matrices of shape (b, m, p).
    /// * `beta`: The factor of input (0 ignores its values, NaN included). Keyword-only in PyTorch.
    ///   PyTorch's default: `1`.
    /// * `alpha`: The factor of the products. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor of shape (b, n, p).
    ///
    /// Schema: `(Tensor input, Tensor batch1, Tensor batch2, *, Scalar beta=1, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_baddbmm`; PyTorch: `torch.baddbmm` (ATen `baddbmm`).
    pub fn baddbmm(
        &self,
        batch1: &Tensor,
        batch2: &Tensor,
        beta: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (beta, beta_int, beta_kind) = Scalar::c_args(beta.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_baddbmm(
                self.handle,
                batch1.handle,
                batch2.handle,
                beta,
                beta_int,
                beta_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// beta * input + alpha * the outer product of two vectors.
    ///
    /// * `vec1`: A vector of length n.
    /// * `vec2`: A vector of length m.
    /// * `beta`: The factor of input (0 ignores its values, NaN included). Keyword-only in PyTorch.
    ///   PyTorch's default: `1`.
    /// * `alpha`: The factor of the outer product. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor of shape (n, m).
    ///
    /// Schema: `(Tensor input, Tensor vec1, Tensor vec2, *, Scalar beta=1, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_addr`; PyTorch: `torch.addr` (ATen `addr`).
    pub fn addr(
        &self,
        vec1: &Tensor,
        vec2: &Tensor,
        beta: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (beta, beta_int, beta_kind) = Scalar::c_args(beta.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_addr(
                self.handle,
                vec1.handle,
                vec2.handle,
                beta,
                beta_int,
                beta_kind,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The dot product of two 1-D tensors, conjugating the first when it is complex.
    ///
    /// * `other`: The second vector, of the same length and dtype.
    ///
    /// Returns: A new 0-d tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_vdot`; PyTorch: `torch.vdot` (ATen `vdot`).
    pub fn vdot(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_vdot(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The outer product of two vectors.
    ///
    /// * `vec2`: A vector of length m.
    ///
    /// Returns: A new tensor of shape (n, m).
    ///
    /// Schema: `(Tensor input, Tensor vec2) -> Tensor`.
    /// Binds `rt_torch_torchtensor_outer`; PyTorch: `torch.outer` (ATen `outer`).
    pub fn outer(&self, vec2: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_outer(self.handle, vec2.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The inner product over the last dimension of both tensors (the dot product for vectors).
    ///
    /// * `other`: The second tensor, whose last dimension matches the input's.
    ///
    /// Returns: A new tensor of shape input.shape\[:-1\] + other.shape\[:-1\] (0-d for two
    /// vectors).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_inner`; PyTorch: `torch.inner` (ATen `inner`).
    pub fn inner(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_inner(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The cross product of 3-vectors along one dimension, with broadcasting.
    ///
    /// * `other`: The second tensor, broadcastable with the input.
    /// * `dim`: The dimension of size 3; None for the first such dimension (deprecated in PyTorch).
    ///   PyTorch's default: `None`.
    ///
    /// Returns: A new tensor of the broadcast shape.
    ///
    /// Schema: `(Tensor input, Tensor other, int? dim=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cross`; PyTorch: `torch.cross` (ATen `cross`).
    pub fn cross(&self, other: &Tensor, dim: Option<i64>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_cross(
                self.handle,
                other.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A sum of products of the operands' elements, written in Einstein summation notation.
    ///
    /// * `equation`: The subscripts, such as "ij,jk-\>ik" (one group per operand, then optionally
    ///   -\> and the output's).
    /// * `tensors`: The operands, one per subscript group.
    /// * `path`: The contraction order as flattened operand pairs; None lets PyTorch choose.
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(str equation, Tensor[] tensors, *, int[]? path=None) -> Tensor`.
    /// Binds `rt_torch_tensor_einsum`; PyTorch: `torch.einsum` (ATen `einsum`).
    pub fn einsum(
        equation: &str,
        tensors: &[&Tensor],
        path: Option<&[i64]>,
    ) -> Result<Tensor, TorchError> {
        let equation = text_arg(equation, "equation")?;
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        let value = unsafe {
            ffi::rt_torch_tensor_einsum(
                equation.as_ptr(),
                tensors.as_ptr(),
                len_arg(tensors.len()),
                path.unwrap_or_default().as_ptr(),
                len_arg(path.unwrap_or_default().len()),
                path.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The p-norm of input - other, over all elements.
    ///
    /// * `other`: The second tensor, broadcastable with the input.
    /// * `p`: The order of the norm. PyTorch's default: `2`.
    ///
    /// Returns: A new 0-d tensor.
    ///
    /// Schema: `(Tensor input, Tensor other, Scalar p=2) -> Tensor`.
    /// Binds `rt_torch_torchtensor_dist`; PyTorch: `torch.dist` (ATen `dist`).
    pub fn dist(&self, other: &Tensor, p: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (p, p_int, p_kind) = Scalar::c_args(p.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_dist(self.handle, other.handle, p, p_int, p_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The p-norm distance between every row vector of x1 and every row vector of x2, batch by
    /// batch.
    ///
    /// * `x2`: Points of shape (*, R, M); the batch dimensions broadcast with x1's.
    /// * `p`: The order of the norm, in \[0, inf\]. PyTorch's default: `2.0`.
    /// * `compute_mode`: Whether the Euclidean distance (p = 2) may use a matrix product: if some
    ///   side has more than 25 points, always, or never; None is the first. PyTorch's default:
    ///   `Some(CdistComputeMode::UseMmForEuclidDistIfNecessary)`.
    ///
    /// Returns: A new tensor of shape (*, P, R).
    ///
    /// Schema: `(Tensor x1, Tensor x2, float p=2, cdist_compute_mode? compute_mode='use_mm_for_euclid_dist_if_necessary') -> Tensor`.
    /// Binds `rt_torch_torchtensor_cdist`; PyTorch: `torch.cdist` (ATen `cdist`).
    pub fn cdist(
        &self,
        x2: &Tensor,
        p: f64,
        compute_mode: Option<CdistComputeMode>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_cdist(
                self.handle,
                x2.handle,
                p,
                compute_mode.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The matrix exponential of a square matrix, or of each matrix of a batch.
    ///
    /// Returns: A new tensor of the input's shape.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_matrix_exp`; PyTorch: `torch.matrix_exp` (ATen `matrix_exp`).
    pub fn matrix_exp(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_matrix_exp(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The natural logarithm of the determinant of a square matrix, or of each matrix of a batch.
    ///
    /// Returns: A new tensor of shape (*): NaN where the determinant is negative, -inf where it is
    /// 0.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logdet`; PyTorch: `torch.logdet` (ATen `logdet`).
    pub fn logdet(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_logdet(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Moore-Penrose pseudo-inverse of a matrix, or of each matrix of a batch.
    ///
    /// * `rcond`: Singular values below rcond times the largest are treated as 0. PyTorch's
    ///   default: `1e-15`.
    ///
    /// Returns: A new tensor of shape (*, n, m).
    ///
    /// Schema: `(Tensor input, float rcond=1e-15) -> Tensor`.
    /// Binds `rt_torch_torchtensor_pinverse`; PyTorch: `torch.pinverse` (ATen `pinverse`).
    pub fn pinverse(&self, rcond: f64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_pinverse(self.handle, rcond) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, as torch.cholesky
    /// (deprecated for torch.linalg.cholesky).
    ///
    /// * `upper`: Return the upper factor U (input = U^H U) instead of the lower one L (input = L
    ///   L^H). PyTorch's default: `false`.
    ///
    /// Returns: A new tensor of the input's shape; a matrix that is not positive-definite is an
    /// error.
    ///
    /// Schema: `(Tensor input, bool upper=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cholesky`; PyTorch: `torch.cholesky` (ATen `cholesky`).
    pub fn cholesky(&self, upper: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_cholesky(self.handle, upper) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The inverse of a symmetric (Hermitian) positive-definite matrix from its Cholesky factor.
    ///
    /// * `upper`: The factors are upper triangular (else lower). PyTorch's default: `false`.
    ///
    /// Returns: A new tensor of the input's shape.
    ///
    /// Schema: `(Tensor input, bool upper=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cholesky_inverse`; PyTorch: `torch.cholesky_inverse` (ATen `cholesky_inverse`).
    pub fn cholesky_inverse(&self, upper: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_cholesky_inverse(self.handle, upper) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The solution X of A X = B given B and the Cholesky factor of A.
    ///
    /// * `input2`: The Cholesky factor of A, of shape (*, n, n); the batch dimensions broadcast.
    /// * `upper`: The factor is upper triangular (else lower). PyTorch's default: `false`.
    ///
    /// Returns: A new tensor X of shape (*, n, k).
    ///
    /// Schema: `(Tensor input, Tensor input2, bool upper=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cholesky_solve`; PyTorch: `torch.cholesky_solve` (ATen `cholesky_solve`).
    pub fn cholesky_solve(&self, input2: &Tensor, upper: bool) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_cholesky_solve(self.handle, input2.handle, upper)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The QR decomposition of a matrix or a batch, as torch.qr (deprecated for torch.linalg.qr).
    ///
    /// * `some`: true for the reduced decomposition (Q of shape (*, m, k), k = min(m, n)), false
    ///   for the complete one. PyTorch's default: `true`.
    ///
    /// Returns the tuple `(Q, R)`:
    /// * `Q`: The orthonormal (unitary) factor.
    /// * `R`: The upper triangular factor.
    ///
    /// Schema: `(Tensor input, bool some=True) -> (Tensor Q, Tensor R)`.
    /// Binds `rt_torch_torchtensor_qr`; PyTorch: `torch.qr` (ATen `qr`).
    pub fn qr(&self, some: bool) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_qr(self.handle, some, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The singular value decomposition input = U diag(S) V^H as torch.svd gives it (V, not Vh;
    /// deprecated for torch.linalg.svd).
    ///
    /// * `some`: true for the reduced U and V, false for the full ones. PyTorch's default: `true`.
    /// * `compute_uv`: Compute U and V; false returns them filled with zeros. PyTorch's default:
    ///   `true`.
    ///
    /// Returns the tuple `(U, S, V)`:
    /// * `U`: The left singular vectors.
    /// * `S`: The singular values, in descending order.
    /// * `V`: The right singular vectors (columns), not conjugate-transposed.
    ///
    /// Schema: `(Tensor input, bool some=True, bool compute_uv=True) -> (Tensor U, Tensor S, Tensor V)`.
    /// Binds `rt_torch_torchtensor_svd_v2`; PyTorch: `torch.svd` (ATen `svd`).
    pub fn svd_v2(
        &self,
        some: bool,
        compute_uv: bool,
    ) -> Result<(Tensor, Tensor, Tensor), TorchError> {
        let [t0, t1, t2] = read_array(3, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_svd_v2(self.handle, some, compute_uv, out, out_capacity)
        }).and_then(Tensor::from_tuple::<3>)?;
        Ok((t0, t1, t2))
    }

    /// The permutation, lower and upper factors P, L, U of a packed LU decomposition (from
    /// torch.linalg.lu_factor).
    ///
    /// * `lu_pivots`: The pivots, int32 of shape (*, min(m, n)).
    /// * `unpack_data`: Unpack L and U; false returns them empty. PyTorch's default: `true`.
    /// * `unpack_pivots`: Unpack the pivots into P; false returns it empty. PyTorch's default:
    ///   `true`.
    ///
    /// Returns the tuple `(P, L, U)`:
    /// * `P`: The permutation matrices.
    /// * `L`: The unit lower triangular factors.
    /// * `U`: The upper triangular factors.
    ///
    /// Schema: `(Tensor lu_data, Tensor lu_pivots, bool unpack_data=True, bool unpack_pivots=True) -> (Tensor P, Tensor L, Tensor U)`.
    /// Binds `rt_torch_torchtensor_lu_unpack`; PyTorch: `torch.lu_unpack` (ATen `lu_unpack`).
    pub fn lu_unpack(
        &self,
        lu_pivots: &Tensor,
        unpack_data: bool,
        unpack_pivots: bool,
    ) -> Result<(Tensor, Tensor, Tensor), TorchError> {
        let [t0, t1, t2] = read_array(3, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_lu_unpack(
                self.handle,
                lu_pivots.handle,
                unpack_data,
                unpack_pivots,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<3>)?;
        Ok((t0, t1, t2))
    }

    /// The solution X of A X = B from B and the packed LU factors of A, as torch.lu_solve
    /// (deprecated for torch.linalg.lu_solve).
    ///
    /// * `lu_data`: The packed factors of A, of shape (*, n, n), from torch.linalg.lu_factor.
    /// * `lu_pivots`: Their pivots, int32 of shape (*, n).
    ///
    /// Returns: A new tensor X of shape (*, n, k).
    ///
    /// Schema: `(Tensor input, Tensor lu_data, Tensor lu_pivots) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lu_solve`; PyTorch: `torch.lu_solve` (ATen `lu_solve`).
    pub fn lu_solve(&self, lu_data: &Tensor, lu_pivots: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_lu_solve(self.handle, lu_data.handle, lu_pivots.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The solution X of A X = b for a triangular A, as torch.triangular_solve (deprecated for
    /// torch.linalg.solve_triangular).
    ///
    /// * `a`: The triangular matrices A, of shape (*, m, m); PyTorch's A.
    /// * `upper`: A is upper triangular (else lower). PyTorch's default: `true`.
    /// * `transpose`: Solve with A transposed. PyTorch's default: `false`.
    /// * `unitriangular`: Take A's diagonal as ones without reading it. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(solution, cloned_coefficient)`:
    /// * `solution`: X, of shape (*, m, k).
    /// * `cloned_coefficient`: A copy of A.
    ///
    /// Schema: `(Tensor input, Tensor a, bool upper=True, bool transpose=False, bool unitriangular=False) -> (Tensor solution, Tensor cloned_coefficient)`.
    /// Binds `rt_torch_torchtensor_triangular_solve`; PyTorch: `torch.triangular_solve` (ATen `triangular_solve`).
    pub fn triangular_solve(
        &self,
        a: &Tensor,
        upper: bool,
        transpose: bool,
        unitriangular: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_triangular_solve(
                self.handle,
                a.handle,
                upper,
                transpose,
                unitriangular,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The QR decomposition in LAPACK's geqrf form, Householder reflectors and their scalars.
    ///
    /// Returns the tuple `(a, tau)`:
    /// * `a`: R on and above the diagonal, the reflectors' vectors below it.
    /// * `tau`: The reflectors' scalar factors, of shape (*, min(m, n)).
    ///
    /// Schema: `(Tensor input) -> (Tensor a, Tensor tau)`.
    /// Binds `rt_torch_torchtensor_geqrf`; PyTorch: `torch.geqrf` (ATen `geqrf`).
    pub fn geqrf(&self) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_geqrf(self.handle, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The product of the Q of a geqrf decomposition (or its conjugate transpose) with a matrix,
    /// without forming Q.
    ///
    /// * `input2`: Their scalar factors (geqrf's tau), of shape (*, min(mn, k)).
    /// * `input3`: The matrix multiplied, of shape (*, m, n).
    /// * `left`: Compute Q @ input3 (else input3 @ Q). PyTorch's default: `true`.
    /// * `transpose`: Use Q's conjugate transpose. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor of shape (*, m, n).
    ///
    /// Schema: `(Tensor input, Tensor input2, Tensor input3, bool left=True, bool transpose=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ormqr`; PyTorch: `torch.ormqr` (ATen `ormqr`).
    pub fn ormqr(
        &self,
        input2: &Tensor,
        input3: &Tensor,
        left: bool,
        transpose: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_ormqr(
                self.handle,
                input2.handle,
                input3.handle,
                left,
                transpose,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Pearson correlation coefficients of the variables in the rows of a matrix (observations
    /// in columns).
    ///
    /// Returns: A new tensor of shape (variables, variables) (0-d for one variable).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_corrcoef`; PyTorch: `torch.corrcoef` (ATen `corrcoef`).
    pub fn corrcoef(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_corrcoef(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The covariance matrix of the variables in the rows of a matrix (observations in columns),
    /// optionally weighted.
    ///
    /// * `correction`: The difference between the number of observations and the degrees of
    ///   freedom: 1 for the unbiased estimate, 0 for the plain mean. Keyword-only in PyTorch.
    ///   PyTorch's default: `1`.
    /// * `fweights`: Integer frequency weights, one per observation; None for none. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    /// * `aweights`: Floating-point observation weights, one per observation; None for none.
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor of shape (variables, variables) (0-d for one variable).
    ///
    /// Schema: `(Tensor input, *, int correction=1, Tensor? fweights=None, Tensor? aweights=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cov`; PyTorch: `torch.cov` (ATen `cov`).
    pub fn cov(
        &self,
        correction: i64,
        fweights: Option<&Tensor>,
        aweights: Option<&Tensor>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_cov(
                self.handle,
                correction,
                fweights.map_or(0, |t| t.handle),
                aweights.map_or(0, |t| t.handle),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The trapezoidal rule along a dimension, at the sample points x.
    ///
    /// * `x`: The sample points, along dim (or broadcastable to y).
    /// * `dim`: The dimension integrated along. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor without dim.
    ///
    /// Schema: `(Tensor y, Tensor x, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_trapezoid_x`; PyTorch: `torch.trapezoid` (ATen `trapezoid.x`).
    pub fn trapezoid_x(&self, x: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_trapezoid_x(self.handle, x.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The trapezoidal rule along a dimension, with evenly spaced sample points.
    ///
    /// * `dx`: The spacing between sample points. Keyword-only in PyTorch. PyTorch's default: `1`.
    /// * `dim`: The dimension integrated along. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor without dim.
    ///
    /// Schema: `(Tensor y, *, Scalar dx=1, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_trapezoid_dx`; PyTorch: `torch.trapezoid` (ATen `trapezoid.dx`).
    pub fn trapezoid_dx(&self, dx: impl Into<Scalar>, dim: i64) -> Result<Tensor, TorchError> {
        let (dx, dx_int, dx_kind) = Scalar::c_args(dx.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_trapezoid_dx(self.handle, dx, dx_int, dx_kind, dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The trapezoidal rule along a dimension, at the sample points x (torch.trapezoid's older
    /// name).
    ///
    /// * `x`: The sample points, along dim (or broadcastable to y).
    /// * `dim`: The dimension integrated along. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor without dim.
    ///
    /// Schema: `(Tensor y, Tensor x, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_trapz_x`; PyTorch: `torch.trapz` (ATen `trapz.x`).
    pub fn trapz_x(&self, x: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_trapz_x(self.handle, x.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The trapezoidal rule along a dimension, with evenly spaced sample points (torch.trapezoid's
    /// older name).
    ///
    /// * `dx`: The spacing between sample points. Keyword-only in PyTorch. PyTorch's default:
    ///   `1.0`.
    /// * `dim`: The dimension integrated along. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor without dim.
    ///
    /// Schema: `(Tensor y, *, float dx=1, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_trapz_dx`; PyTorch: `torch.trapz` (ATen `trapz.dx`).
    pub fn trapz_dx(&self, dx: f64, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_trapz_dx(self.handle, dx, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The running trapezoidal rule along a dimension, at the sample points x.
    ///
    /// * `x`: The sample points, along dim (or broadcastable to y).
    /// * `dim`: The dimension integrated along. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor with one element fewer along dim.
    ///
    /// Schema: `(Tensor y, Tensor x, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cumulative_trapezoid_x`; PyTorch: `torch.cumulative_trapezoid` (ATen `cumulative_trapezoid.x`).
    pub fn cumulative_trapezoid_x(&self, x: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_cumulative_trapezoid_x(self.handle, x.handle, dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The running trapezoidal rule along a dimension, with evenly spaced sample points.
    ///
    /// * `dx`: The spacing between sample points. Keyword-only in PyTorch. PyTorch's default: `1`.
    /// * `dim`: The dimension integrated along. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor with one element fewer along dim.
    ///
    /// Schema: `(Tensor y, *, Scalar dx=1, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cumulative_trapezoid_dx`; PyTorch: `torch.cumulative_trapezoid` (ATen `cumulative_trapezoid.dx`).
    pub fn cumulative_trapezoid_dx(
        &self,
        dx: impl Into<Scalar>,
        dim: i64,
    ) -> Result<Tensor, TorchError> {
        let (dx, dx_int, dx_kind) = Scalar::c_args(dx.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_cumulative_trapezoid_dx(self.handle, dx, dx_int, dx_kind, dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The cross product of 3-vectors along one dimension, with broadcasting.
    ///
    /// * `other`: The second tensor, broadcastable with the input.
    /// * `dim`: The dimension of size 3. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor of the broadcast shape.
    ///
    /// Schema: `(Tensor input, Tensor other, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_cross`; PyTorch: `torch.linalg.cross` (ATen `linalg_cross`).
    pub fn linalg_cross(&self, other: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_cross(self.handle, other.handle, dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view of the diagonals of the matrices of a batch (torch.diagonal over the last two
    /// dimensions by default).
    ///
    /// * `offset`: The diagonal: 0 the main one, positive above it, negative below. Keyword-only in
    ///   PyTorch. PyTorch's default: `0`.
    /// * `dim1`: The first dimension of the matrices. Keyword-only in PyTorch. PyTorch's default:
    ///   `-2`.
    /// * `dim2`: The second dimension of the matrices. Keyword-only in PyTorch. PyTorch's default:
    ///   `-1`.
    ///
    /// Returns: A new handle to a view of a, the diagonal as its last dimension.
    ///
    /// Schema: `(Tensor a, *, int offset=0, int dim1=-2, int dim2=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_diagonal`; PyTorch: `torch.linalg.diagonal` (ATen `linalg_diagonal`).
    pub fn linalg_diagonal(&self, offset: i64, dim1: i64, dim2: i64) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_diagonal(self.handle, offset, dim1, dim2)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, or of each matrix
    /// of a batch.
    ///
    /// * `upper`: Return the upper factor U (input = U^H U) instead of the lower one L (input = L
    ///   L^H). Keyword-only in PyTorch. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor of the input's shape; a matrix that is not positive-definite is an
    /// error.
    ///
    /// Schema: `(Tensor input, *, bool upper=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_cholesky`; PyTorch: `torch.linalg.cholesky` (ATen `linalg_cholesky`).
    pub fn linalg_cholesky(&self, upper: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_cholesky(self.handle, upper) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Cholesky factor with a per-matrix status code instead of an error for matrices that are
    /// not positive-definite.
    ///
    /// * `upper`: Return the upper factor instead of the lower one. Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    /// * `check_errors`: Raise an error where info is not 0, as linalg.cholesky does. Keyword-only
    ///   in PyTorch. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(L, info)`:
    /// * `L`: The factors (meaningful where info is 0).
    /// * `info`: int32 of shape (*): 0 for success, else the order of the leading minor that is not
    ///   positive-definite.
    ///
    /// Schema: `(Tensor input, *, bool upper=False, bool check_errors=False) -> (Tensor L, Tensor info)`.
    /// Binds `rt_torch_torchtensor_linalg_cholesky_ex`; PyTorch: `torch.linalg.cholesky_ex` (ATen `linalg_cholesky_ex`).
    pub fn linalg_cholesky_ex(
        &self,
        upper: bool,
        check_errors: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_cholesky_ex(
                self.handle,
                upper,
                check_errors,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The dot products of two batches of vectors along a dimension, conjugating the first when
    /// complex.
    ///
    /// * `y`: The second vectors, broadcastable with x.
    /// * `dim`: The dimension holding the vectors. Keyword-only in PyTorch. PyTorch's default:
    ///   `-1`.
    ///
    /// Returns: A new tensor of the broadcast shape without dim.
    ///
    /// Schema: `(Tensor x, Tensor y, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_vecdot`; PyTorch: `torch.linalg.vecdot` (ATen `linalg_vecdot`).
    pub fn linalg_vecdot(&self, y: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_vecdot(self.handle, y.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The condition number of a matrix, or of each matrix of a batch, in a numeric matrix norm.
    ///
    /// * `p`: The norm: 2 or -2 (ratio of singular values), 1, -1, inf or -inf; None for 2.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: A new real tensor of shape (*).
    ///
    /// Schema: `(Tensor input, Scalar? p=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_cond`; PyTorch: `torch.linalg.cond` (ATen `linalg_cond`).
    pub fn linalg_cond(&self, p: Option<Scalar>) -> Result<Tensor, TorchError> {
        let (p, p_int, p_kind) = Scalar::optional_c_args(p);
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_cond(self.handle, p, p_int, p_kind) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The condition number of a square matrix, or of each matrix of a batch, in the Frobenius or
    /// nuclear norm.
    ///
    /// * `p`: "fro" (Frobenius) or "nuc" (nuclear).
    ///
    /// Returns: A new real tensor of shape (*).
    ///
    /// Schema: `(Tensor input, str p) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_cond_p_str`; PyTorch: `torch.linalg.cond` (ATen `linalg_cond.p_str`).
    pub fn linalg_cond_p_str(&self, p: &str) -> Result<Tensor, TorchError> {
        let p = text_arg(p, "p")?;
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_cond_p_str(self.handle, p.as_ptr()) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The eigenvalues of a square matrix, or of each matrix of a batch.
    ///
    /// Returns: A new complex tensor of shape (*, n).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_eigvals`; PyTorch: `torch.linalg.eigvals` (ATen `linalg_eigvals`).
    pub fn linalg_eigvals(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_eigvals(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The eigenvalues and eigenvectors of a symmetric (Hermitian) matrix, or of each matrix of a
    /// batch.
    ///
    /// * `uplo`: Which triangle is read: "L" (lower) or "U" (upper); PyTorch's UPLO. PyTorch's
    ///   default: `"L"`.
    ///
    /// Returns the tuple `(eigenvalues, eigenvectors)`:
    /// * `eigenvalues`: The real eigenvalues, in ascending order, of shape (*, n).
    /// * `eigenvectors`: The orthonormal eigenvectors (columns), of shape (*, n, n).
    ///
    /// Schema: `(Tensor input, str uplo='L') -> (Tensor eigenvalues, Tensor eigenvectors)`.
    /// Binds `rt_torch_torchtensor_linalg_eigh`; PyTorch: `torch.linalg.eigh` (ATen `linalg_eigh`).
    pub fn linalg_eigh(&self, uplo: &str) -> Result<(Tensor, Tensor), TorchError> {
        let uplo = text_arg(uplo, "uplo")?;
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_eigh(self.handle, uplo.as_ptr(), out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The eigenvalues of a symmetric (Hermitian) matrix, or of each matrix of a batch.
    ///
    /// * `uplo`: Which triangle is read: "L" (lower) or "U" (upper); PyTorch's UPLO. PyTorch's
    ///   default: `"L"`.
    ///
    /// Returns: A new real tensor of shape (*, n), in ascending order.
    ///
    /// Schema: `(Tensor input, str uplo='L') -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_eigvalsh`; PyTorch: `torch.linalg.eigvalsh` (ATen `linalg_eigvalsh`).
    pub fn linalg_eigvalsh(&self, uplo: &str) -> Result<Tensor, TorchError> {
        let uplo = text_arg(uplo, "uplo")?;
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_eigvalsh(self.handle, uplo.as_ptr())
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The first n columns of the product of Householder reflectors (the Q of a geqrf
    /// decomposition).
    ///
    /// * `tau`: Their scalar factors, of shape (*, k) with k \<= n.
    ///
    /// Returns: A new tensor of shape (*, m, n).
    ///
    /// Schema: `(Tensor input, Tensor tau) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_householder_product`; PyTorch: `torch.linalg.householder_product` (ATen `linalg_householder_product`).
    pub fn linalg_householder_product(&self, tau: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_householder_product(self.handle, tau.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The compact LDL factorization of a symmetric (or Hermitian), possibly indefinite, matrix or
    /// batch.
    ///
    /// * `hermitian`: Take complex matrices as Hermitian (else symmetric); no effect on real ones.
    ///   Keyword-only in PyTorch. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(LD, pivots)`:
    /// * `LD`: L below the diagonal and D's blocks on it.
    /// * `pivots`: The int32 pivots, of shape (*, n).
    ///
    /// Schema: `(Tensor input, *, bool hermitian=False) -> (Tensor LD, Tensor pivots)`.
    /// Binds `rt_torch_torchtensor_linalg_ldl_factor`; PyTorch: `torch.linalg.ldl_factor` (ATen `linalg_ldl_factor`).
    pub fn linalg_ldl_factor(&self, hermitian: bool) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_ldl_factor(self.handle, hermitian, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The compact LDL factorization with a per-matrix status code instead of an error.
    ///
    /// * `hermitian`: Take complex matrices as Hermitian (else symmetric); no effect on real ones.
    ///   Keyword-only in PyTorch. PyTorch's default: `false`.
    /// * `check_errors`: Raise an error where info is not 0. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    ///
    /// Returns the tuple `(LD, pivots, info)`:
    /// * `LD`: L below the diagonal and D's blocks on it.
    /// * `pivots`: The int32 pivots, of shape (*, n).
    /// * `info`: int32 of shape (*): 0 for success.
    ///
    /// Schema: `(Tensor input, *, bool hermitian=False, bool check_errors=False) -> (Tensor LD, Tensor pivots, Tensor info)`.
    /// Binds `rt_torch_torchtensor_linalg_ldl_factor_ex`; PyTorch: `torch.linalg.ldl_factor_ex` (ATen `linalg_ldl_factor_ex`).
    pub fn linalg_ldl_factor_ex(
        &self,
        hermitian: bool,
        check_errors: bool,
    ) -> Result<(Tensor, Tensor, Tensor), TorchError> {
        let [t0, t1, t2] = read_array(3, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_ldl_factor_ex(
                self.handle,
                hermitian,
                check_errors,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<3>)?;
        Ok((t0, t1, t2))
    }

    /// The solution X of A X = B from the LDL factorization of A.
    ///
    /// * `pivots`: Their pivots, of shape (*, n).
    /// * `b`: The right-hand side B, of shape (*, n, k); PyTorch's B.
    /// * `hermitian`: A was factored as Hermitian (else symmetric). Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    ///
    /// Returns: A new tensor X of shape (*, n, k).
    ///
    /// Schema: `(Tensor ld, Tensor pivots, Tensor b, *, bool hermitian=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_ldl_solve`; PyTorch: `torch.linalg.ldl_solve` (ATen `linalg_ldl_solve`).
    pub fn linalg_ldl_solve(
        &self,
        pivots: &Tensor,
        b: &Tensor,
        hermitian: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_ldl_solve(
                self.handle,
                pivots.handle,
                b.handle,
                hermitian,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A least-squares solution of A X = B, for a matrix or a batch.
    ///
    /// * `b`: B, of shape (*, m, k); PyTorch's B.
    /// * `rcond`: Singular values below rcond times the largest count as 0 for the rank; None for
    ///   the dtype's epsilon times max(m, n). PyTorch's default: `None`.
    /// * `driver`: The LAPACK routine: "gels", "gelsy", "gelsd" or "gelss"; None for gelsy on the
    ///   CPU. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns the tuple `(solution, residuals, rank, singular_values)`:
    /// * `solution`: X, of shape (*, n, k).
    /// * `residuals`: The squared residuals (empty unless m \> n, A has full rank and the driver is
    ///   not gelsy).
    /// * `rank`: The ranks of A (empty for the gels driver).
    /// * `singular_values`: A's singular values (only for gelsd and gelss).
    ///
    /// Schema: `(Tensor input, Tensor b, float? rcond=None, *, str? driver=None) -> (Tensor solution, Tensor residuals, Tensor rank, Tensor singular_values)`.
    /// Binds `rt_torch_torchtensor_linalg_lstsq`; PyTorch: `torch.linalg.lstsq` (ATen `linalg_lstsq`).
    pub fn linalg_lstsq(
        &self,
        b: &Tensor,
        rcond: Option<f64>,
        driver: Option<&str>,
    ) -> Result<(Tensor, Tensor, Tensor, Tensor), TorchError> {
        let driver = optional_text_arg(driver, "driver")?;
        let [t0, t1, t2, t3] = read_array(4, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_lstsq(
                self.handle,
                b.handle,
                rcond.unwrap_or_default(),
                rcond.is_some(),
                optional_text_ptr(&driver),
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<4>)?;
        Ok((t0, t1, t2, t3))
    }

    /// The n-th power of a square matrix, or of each matrix of a batch, for an integer n.
    ///
    /// * `n`: The exponent: 0 gives the identity, negative values powers of the inverse.
    ///
    /// Returns: A new tensor of the input's shape.
    ///
    /// Schema: `(Tensor input, int n) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_matrix_power`; PyTorch: `torch.linalg.matrix_power` (ATen `linalg_matrix_power`).
    pub fn linalg_matrix_power(&self, n: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_matrix_power(self.handle, n) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The product of two or more matrices, in the order of multiplications that costs the fewest
    /// operations.
    ///
    /// * `tensors`: The factors: 2-D, except that the first and last may be 1-D.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor[] tensors) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_multi_dot`; PyTorch: `torch.linalg.multi_dot` (ATen `linalg_multi_dot`).
    pub fn linalg_multi_dot(tensors: &[&Tensor]) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_multi_dot(tensors.as_ptr(), len_arg(tensors.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A vector or matrix norm of a numeric order, over all or some dimensions.
    ///
    /// * `ord`: The order; None for the 2-norm of the flattened input (Frobenius for matrices).
    ///   PyTorch's default: `None`.
    /// * `dim`: One dimension (a vector norm) or two (a matrix norm); None for all. One value
    ///   stands for 1. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: Compute in this dtype; None keeps the input's. Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    ///
    /// Returns: A new real tensor.
    ///
    /// Schema: `(Tensor input, Scalar? ord=None, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_norm`; PyTorch: `torch.linalg.norm` (ATen `linalg_norm`).
    pub fn linalg_norm(
        &self,
        ord: Option<Scalar>,
        dim: Option<&[i64]>,
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        let (ord, ord_int, ord_kind) = Scalar::optional_c_args(ord);
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_norm(
                self.handle,
                ord,
                ord_int,
                ord_kind,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Frobenius or nuclear norm of a matrix or a batch.
    ///
    /// * `ord`: "fro" (Frobenius) or "nuc" (nuclear, the sum of the singular values).
    /// * `dim`: The two dimensions of the matrices; None for a 2-D input. One value stands for 1.
    ///   PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: Compute in this dtype; None keeps the input's. Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    ///
    /// Returns: A new real tensor.
    ///
    /// Schema: `(Tensor input, str ord, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_norm_ord_str`; PyTorch: `torch.linalg.norm` (ATen `linalg_norm.ord_str`).
    pub fn linalg_norm_ord_str(
        &self,
        ord: &str,
        dim: Option<&[i64]>,
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        let ord = text_arg(ord, "ord")?;
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_norm_ord_str(
                self.handle,
                ord.as_ptr(),
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A matrix norm of a numeric order, of a matrix or of each matrix of a batch.
    ///
    /// * `ord`: The order: 2 or -2 (extreme singular values), 1, -1, inf or -inf (extreme column or
    ///   row sums).
    /// * `dim`: The two dimensions of the matrices. PyTorch's default: `&[-2, -1]`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: Compute in this dtype; None keeps the input's. Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    ///
    /// Returns: A new real tensor.
    ///
    /// Schema: `(Tensor input, Scalar ord, int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_matrix_norm`; PyTorch: `torch.linalg.matrix_norm` (ATen `linalg_matrix_norm`).
    pub fn linalg_matrix_norm(
        &self,
        ord: impl Into<Scalar>,
        dim: &[i64],
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        let (ord, ord_int, ord_kind) = Scalar::c_args(ord.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_matrix_norm(
                self.handle,
                ord,
                ord_int,
                ord_kind,
                dim.as_ptr(),
                len_arg(dim.len()),
                keepdim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Frobenius or nuclear norm of a matrix or of each matrix of a batch.
    ///
    /// * `ord`: "fro" (Frobenius) or "nuc" (nuclear). PyTorch's default: `"fro"`.
    /// * `dim`: The two dimensions of the matrices. PyTorch's default: `&[-2, -1]`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: Compute in this dtype; None keeps the input's. Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    ///
    /// Returns: A new real tensor.
    ///
    /// Schema: `(Tensor input, str ord='fro', int[] dim=[-2, -1], bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_matrix_norm_str_ord`; PyTorch: `torch.linalg.matrix_norm` (ATen `linalg_matrix_norm.str_ord`).
    pub fn linalg_matrix_norm_str_ord(
        &self,
        ord: &str,
        dim: &[i64],
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        let ord = text_arg(ord, "ord")?;
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_matrix_norm_str_ord(
                self.handle,
                ord.as_ptr(),
                dim.as_ptr(),
                len_arg(dim.len()),
                keepdim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The QR decomposition of a matrix or a batch.
    ///
    /// * `mode`: "reduced" (Q of shape (*, m, k), k = min(m, n)), "complete" (Q square) or "r" (R
    ///   only, Q empty). PyTorch's default: `"reduced"`.
    ///
    /// Returns the tuple `(Q, R)`:
    /// * `Q`: The orthonormal (unitary) factor.
    /// * `R`: The upper triangular factor.
    ///
    /// Schema: `(Tensor a, str mode='reduced') -> (Tensor Q, Tensor R)`.
    /// Binds `rt_torch_torchtensor_linalg_qr`; PyTorch: `torch.linalg.qr` (ATen `linalg_qr`).
    pub fn linalg_qr(&self, mode: &str) -> Result<(Tensor, Tensor), TorchError> {
        let mode = text_arg(mode, "mode")?;
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_qr(self.handle, mode.as_ptr(), out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The sign (phase) and the log of the absolute value of the determinant of a square matrix or
    /// batch.
    ///
    /// Returns the tuple `(sign, logabsdet)`:
    /// * `sign`: -1, 0 or 1 (for complex inputs, the phase), of shape (*).
    /// * `logabsdet`: log |det|, of shape (*) (-inf where the determinant is 0).
    ///
    /// Schema: `(Tensor a) -> (Tensor sign, Tensor logabsdet)`.
    /// Binds `rt_torch_torchtensor_linalg_slogdet`; PyTorch: `torch.linalg.slogdet` (ATen `linalg_slogdet`).
    pub fn linalg_slogdet(&self) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_slogdet(self.handle, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The Vandermonde matrix of a vector (columns x**0, x**1, ...), or of each vector of a batch.
    ///
    /// * `n`: The number of columns; None for x.size(-1). Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    ///
    /// Returns: A new tensor of shape (*, x.size(-1), n).
    ///
    /// Schema: `(Tensor x, *, int? n=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_vander`; PyTorch: `torch.linalg.vander` (ATen `linalg_vander`).
    pub fn linalg_vander(&self, n: Option<i64>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_vander(self.handle, n.unwrap_or_default(), n.is_some())
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The compact LU factorization with partial pivoting of a matrix or a batch.
    ///
    /// * `pivot`: Pivot (false is only supported on CUDA). Keyword-only in PyTorch. PyTorch's
    ///   default: `true`.
    ///
    /// Returns the tuple `(LU, pivots)`:
    /// * `LU`: L (unit diagonal omitted) below the diagonal, U on and above it.
    /// * `pivots`: The int32 pivots (1-based), of shape (*, min(m, n)).
    ///
    /// Schema: `(Tensor a, *, bool pivot=True) -> (Tensor LU, Tensor pivots)`.
    /// Binds `rt_torch_torchtensor_linalg_lu_factor`; PyTorch: `torch.linalg.lu_factor` (ATen `linalg_lu_factor`).
    pub fn linalg_lu_factor(&self, pivot: bool) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_lu_factor(self.handle, pivot, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The compact LU factorization with a per-matrix status code instead of an error.
    ///
    /// * `pivot`: Pivot (false is only supported on CUDA). Keyword-only in PyTorch. PyTorch's
    ///   default: `true`.
    /// * `check_errors`: Raise an error where info is not 0. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    ///
    /// Returns the tuple `(LU, pivots, info)`:
    /// * `LU`: L (unit diagonal omitted) below the diagonal, U on and above it.
    /// * `pivots`: The int32 pivots (1-based), of shape (*, min(m, n)).
    /// * `info`: int32 of shape (*): 0 for success, i \> 0 where U\[i-1, i-1\] is exactly 0.
    ///
    /// Schema: `(Tensor a, *, bool pivot=True, bool check_errors=False) -> (Tensor LU, Tensor pivots, Tensor info)`.
    /// Binds `rt_torch_torchtensor_linalg_lu_factor_ex`; PyTorch: `torch.linalg.lu_factor_ex` (ATen `linalg_lu_factor_ex`).
    pub fn linalg_lu_factor_ex(
        &self,
        pivot: bool,
        check_errors: bool,
    ) -> Result<(Tensor, Tensor, Tensor), TorchError> {
        let [t0, t1, t2] = read_array(3, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_lu_factor_ex(
                self.handle,
                pivot,
                check_errors,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<3>)?;
        Ok((t0, t1, t2))
    }

    /// The LU decomposition with partial pivoting A = P L U of a matrix or a batch.
    ///
    /// * `pivot`: Pivot (false is only supported on CUDA). Keyword-only in PyTorch. PyTorch's
    ///   default: `true`.
    ///
    /// Returns the tuple `(P, L, U)`:
    /// * `P`: The permutation matrices.
    /// * `L`: The unit lower triangular factors.
    /// * `U`: The upper triangular factors.
    ///
    /// Schema: `(Tensor a, *, bool pivot=True) -> (Tensor P, Tensor L, Tensor U)`.
    /// Binds `rt_torch_torchtensor_linalg_lu`; PyTorch: `torch.linalg.lu` (ATen `linalg_lu`).
    pub fn linalg_lu(&self, pivot: bool) -> Result<(Tensor, Tensor, Tensor), TorchError> {
        let [t0, t1, t2] = read_array(3, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_lu(self.handle, pivot, out, out_capacity)
        }).and_then(Tensor::from_tuple::<3>)?;
        Ok((t0, t1, t2))
    }

    /// The solution of A X = B (or X A = B, or with A's adjoint) from the compact LU factorization
    /// of A.
    ///
    /// * `pivots`: Their pivots, of shape (*, n).
    /// * `b`: The right-hand side B; PyTorch's B.
    /// * `left`: Solve A X = B (else X A = B). Keyword-only in PyTorch. PyTorch's default: `true`.
    /// * `adjoint`: Use A's conjugate transpose. Keyword-only in PyTorch. PyTorch's default:
    ///   `false`.
    ///
    /// Returns: A new tensor X of B's shape.
    ///
    /// Schema: `(Tensor lu, Tensor pivots, Tensor b, *, bool left=True, bool adjoint=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_lu_solve`; PyTorch: `torch.linalg.lu_solve` (ATen `linalg_lu_solve`).
    pub fn linalg_lu_solve(
        &self,
        pivots: &Tensor,
        b: &Tensor,
        left: bool,
        adjoint: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_lu_solve(
                self.handle,
                pivots.handle,
                b.handle,
                left,
                adjoint,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The inverse of a square matrix or batch, with a per-matrix status code instead of an error
    /// for singular ones.
    ///
    /// * `check_errors`: Raise an error where info is not 0, as linalg.inv does. Keyword-only in
    ///   PyTorch. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(inverse, info)`:
    /// * `inverse`: The inverses (meaningful where info is 0).
    /// * `info`: int32 of shape (*): 0 for success.
    ///
    /// Schema: `(Tensor a, *, bool check_errors=False) -> (Tensor inverse, Tensor info)`.
    /// Binds `rt_torch_torchtensor_linalg_inv_ex`; PyTorch: `torch.linalg.inv_ex` (ATen `linalg_inv_ex`).
    pub fn linalg_inv_ex(&self, check_errors: bool) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_inv_ex(self.handle, check_errors, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The solution X of A X = B (or X A = B) for a square invertible A, with batches broadcasting.
    ///
    /// * `b`: B, of shape (*, n) or (*, n, k); PyTorch's B.
    /// * `left`: Solve A X = B (else X A = B). Keyword-only in PyTorch. PyTorch's default: `true`.
    ///
    /// Returns: A new tensor X of B's (broadcast) shape; a singular A is an error.
    ///
    /// Schema: `(Tensor a, Tensor b, *, bool left=True) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_solve`; PyTorch: `torch.linalg.solve` (ATen `linalg_solve`).
    pub fn linalg_solve(&self, b: &Tensor, left: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_solve(self.handle, b.handle, left) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The solution of A X = B with a per-matrix status code instead of an error for singular A.
    ///
    /// * `b`: B, of shape (*, n) or (*, n, k); PyTorch's B.
    /// * `left`: Solve A X = B (else X A = B). Keyword-only in PyTorch. PyTorch's default: `true`.
    /// * `check_errors`: Raise an error where info is not 0. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    ///
    /// Returns the tuple `(result, info)`:
    /// * `result`: X (meaningful where info is 0).
    /// * `info`: int32 of shape (*): 0 for success.
    ///
    /// Schema: `(Tensor a, Tensor b, *, bool left=True, bool check_errors=False) -> (Tensor result, Tensor info)`.
    /// Binds `rt_torch_torchtensor_linalg_solve_ex`; PyTorch: `torch.linalg.solve_ex` (ATen `linalg_solve_ex`).
    pub fn linalg_solve_ex(
        &self,
        b: &Tensor,
        left: bool,
        check_errors: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_solve_ex(
                self.handle,
                b.handle,
                left,
                check_errors,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The solution X of A X = B (or X A = B) for a triangular A.
    ///
    /// * `b`: B, of shape (*, n, k); PyTorch's B.
    /// * `upper`: A is upper triangular (else lower); the other triangle is not read. Keyword-only
    ///   in PyTorch.
    /// * `left`: Solve A X = B (else X A = B). Keyword-only in PyTorch. PyTorch's default: `true`.
    /// * `unitriangular`: Take A's diagonal as ones without reading it. Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    ///
    /// Returns: A new tensor X of B's (broadcast) shape.
    ///
    /// Schema: `(Tensor input, Tensor b, *, bool upper, bool left=True, bool unitriangular=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_solve_triangular`; PyTorch: `torch.linalg.solve_triangular` (ATen `linalg_solve_triangular`).
    pub fn linalg_solve_triangular(
        &self,
        b: &Tensor,
        upper: bool,
        left: bool,
        unitriangular: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_solve_triangular(
                self.handle,
                b.handle,
                upper,
                left,
                unitriangular,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The numerical rank of a matrix or batch, with absolute and relative tolerances given as
    /// tensors.
    ///
    /// * `atol`: The absolute tolerance (broadcastable to (*)); None for 0. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    /// * `rtol`: The relative tolerance; None for epsilon times max(m, n) when atol is None too,
    ///   else 0. Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `hermitian`: A is symmetric (Hermitian), so eigenvalues may be used. Keyword-only in
    ///   PyTorch. PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor of shape (*).
    ///
    /// Schema: `(Tensor input, *, Tensor? atol=None, Tensor? rtol=None, bool hermitian=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor`; PyTorch: `torch.linalg.matrix_rank` (ATen `linalg_matrix_rank.atol_rtol_tensor`).
    pub fn linalg_matrix_rank_atol_rtol_tensor(
        &self,
        atol: Option<&Tensor>,
        rtol: Option<&Tensor>,
        hermitian: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(
                self.handle,
                atol.map_or(0, |t| t.handle),
                rtol.map_or(0, |t| t.handle),
                hermitian,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The numerical rank of a matrix or batch, with absolute and relative tolerances given as
    /// numbers.
    ///
    /// * `atol`: The absolute tolerance; None for 0. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `rtol`: The relative tolerance; None for epsilon times max(m, n) when atol is None too,
    ///   else 0. Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `hermitian`: A is symmetric (Hermitian), so eigenvalues may be used. Keyword-only in
    ///   PyTorch. PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor of shape (*).
    ///
    /// Schema: `(Tensor input, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float`; PyTorch: `torch.linalg.matrix_rank` (ATen `linalg_matrix_rank.atol_rtol_float`).
    pub fn linalg_matrix_rank_atol_rtol_float(
        &self,
        atol: Option<f64>,
        rtol: Option<f64>,
        hermitian: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(
                self.handle,
                atol.unwrap_or_default(),
                atol.is_some(),
                rtol.unwrap_or_default(),
                rtol.is_some(),
                hermitian,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The numerical rank of a matrix or batch, with one absolute tolerance (NumPy's form).
    ///
    /// * `tol`: The absolute tolerance (atol).
    /// * `hermitian`: A is symmetric (Hermitian), so eigenvalues may be used. PyTorch's default:
    ///   `false`.
    ///
    /// Returns: A new int64 tensor of shape (*).
    ///
    /// Schema: `(Tensor input, float tol, bool hermitian=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_matrix_rank`; PyTorch: `torch.linalg.matrix_rank` (ATen `linalg_matrix_rank`).
    pub fn linalg_matrix_rank(&self, tol: f64, hermitian: bool) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_matrix_rank(self.handle, tol, hermitian)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The numerical rank of a matrix or batch, with one absolute tolerance given as a tensor
    /// (NumPy's form).
    ///
    /// * `tol`: The absolute tolerance (atol), broadcastable to (*).
    /// * `hermitian`: A is symmetric (Hermitian), so eigenvalues may be used. PyTorch's default:
    ///   `false`.
    ///
    /// Returns: A new int64 tensor of shape (*).
    ///
    /// Schema: `(Tensor input, Tensor tol, bool hermitian=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_matrix_rank_tol_tensor`; PyTorch: `torch.linalg.matrix_rank` (ATen `linalg_matrix_rank.tol_tensor`).
    pub fn linalg_matrix_rank_tol_tensor(
        &self,
        tol: &Tensor,
        hermitian: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(
                self.handle,
                tol.handle,
                hermitian,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Moore-Penrose pseudo-inverse of a matrix or batch, with absolute and relative tolerances
    /// given as tensors.
    ///
    /// * `atol`: Singular values below it count as 0; None for 0. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    /// * `rtol`: The same, relative to the largest; None for epsilon times max(m, n) when atol is
    ///   None too, else 0. Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `hermitian`: A is symmetric (Hermitian), so eigenvalues may be used. Keyword-only in
    ///   PyTorch. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor of shape (*, n, m).
    ///
    /// Schema: `(Tensor input, *, Tensor? atol=None, Tensor? rtol=None, bool hermitian=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor`; PyTorch: `torch.linalg.pinv` (ATen `linalg_pinv.atol_rtol_tensor`).
    pub fn linalg_pinv_atol_rtol_tensor(
        &self,
        atol: Option<&Tensor>,
        rtol: Option<&Tensor>,
        hermitian: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(
                self.handle,
                atol.map_or(0, |t| t.handle),
                rtol.map_or(0, |t| t.handle),
                hermitian,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Moore-Penrose pseudo-inverse of a matrix or batch, with absolute and relative tolerances
    /// given as numbers.
    ///
    /// * `atol`: Singular values below it count as 0; None for 0. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    /// * `rtol`: The same, relative to the largest; None for epsilon times max(m, n) when atol is
    ///   None too, else 0. Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `hermitian`: A is symmetric (Hermitian), so eigenvalues may be used. Keyword-only in
    ///   PyTorch. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor of shape (*, n, m).
    ///
    /// Schema: `(Tensor input, *, float? atol=None, float? rtol=None, bool hermitian=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_pinv_atol_rtol_float`; PyTorch: `torch.linalg.pinv` (ATen `linalg_pinv.atol_rtol_float`).
    pub fn linalg_pinv_atol_rtol_float(
        &self,
        atol: Option<f64>,
        rtol: Option<f64>,
        hermitian: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_pinv_atol_rtol_float(
                self.handle,
                atol.unwrap_or_default(),
                atol.is_some(),
                rtol.unwrap_or_default(),
                rtol.is_some(),
                hermitian,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Moore-Penrose pseudo-inverse of a matrix or batch, with one relative tolerance (NumPy's
    /// rcond).
    ///
    /// * `rcond`: Singular values below rcond times the largest count as 0 (rtol).
    /// * `hermitian`: A is symmetric (Hermitian), so eigenvalues may be used. PyTorch's default:
    ///   `false`.
    ///
    /// Returns: A new tensor of shape (*, n, m).
    ///
    /// Schema: `(Tensor input, float rcond, bool hermitian=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_pinv`; PyTorch: `torch.linalg.pinv` (ATen `linalg_pinv`).
    pub fn linalg_pinv(&self, rcond: f64, hermitian: bool) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_pinv(self.handle, rcond, hermitian) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Moore-Penrose pseudo-inverse of a matrix or batch, with one relative tolerance given as
    /// a tensor (NumPy's rcond).
    ///
    /// * `rcond`: Singular values below rcond times the largest count as 0 (rtol), broadcastable to
    ///   (*).
    /// * `hermitian`: A is symmetric (Hermitian), so eigenvalues may be used. PyTorch's default:
    ///   `false`.
    ///
    /// Returns: A new tensor of shape (*, n, m).
    ///
    /// Schema: `(Tensor input, Tensor rcond, bool hermitian=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_pinv_rcond_tensor`; PyTorch: `torch.linalg.pinv` (ATen `linalg_pinv.rcond_tensor`).
    pub fn linalg_pinv_rcond_tensor(
        &self,
        rcond: &Tensor,
        hermitian: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_pinv_rcond_tensor(self.handle, rcond.handle, hermitian)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The singular values of a matrix or batch, in descending order.
    ///
    /// * `driver`: The cuSOLVER routine on CUDA; None lets PyTorch choose (ignored on the CPU).
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new real tensor of shape (*, min(m, n)).
    ///
    /// Schema: `(Tensor a, *, svd_driver? driver=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_svdvals`; PyTorch: `torch.linalg.svdvals` (ATen `linalg_svdvals`).
    pub fn linalg_svdvals(&self, driver: Option<SvdDriver>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_svdvals(
                self.handle,
                driver.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The inverse of a tensor for torch.tensordot over ind dimensions.
    ///
    /// * `ind`: The number of leading dimensions that form the rows (positive). PyTorch's default:
    ///   `2`.
    ///
    /// Returns: A new tensor of shape shape\[ind:\] + shape\[:ind\].
    ///
    /// Schema: `(Tensor input, int ind=2) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_tensorinv`; PyTorch: `torch.linalg.tensorinv` (ATen `linalg_tensorinv`).
    pub fn linalg_tensorinv(&self, ind: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_tensorinv(self.handle, ind) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The solution X of tensordot(A, X, X.dim()) = B.
    ///
    /// * `other`: B; PyTorch's B.
    /// * `dims`: Dimensions of A moved to the end first; None for none. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor X of shape A.shape\[B.dim():\].
    ///
    /// Schema: `(Tensor input, Tensor other, int[]? dims=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_tensorsolve`; PyTorch: `torch.linalg.tensorsolve` (ATen `linalg_tensorsolve`).
    pub fn linalg_tensorsolve(
        &self,
        other: &Tensor,
        dims: Option<&[i64]>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_tensorsolve(
                self.handle,
                other.handle,
                dims.unwrap_or_default().as_ptr(),
                len_arg(dims.unwrap_or_default().len()),
                dims.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with its last two dimensions swapped (a view), as the property Tensor.mT.
    ///
    /// Returns: A new handle to a view sharing the input's memory.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mt`; PyTorch: `torch.Tensor.mT`.
    pub fn mt(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mt(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The conjugate transpose of the last two dimensions (a view), as the property Tensor.mH.
    ///
    /// Returns: A new handle to a view sharing the input's memory (a conjugate view for complex
    /// tensors).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mh`; PyTorch: `torch.Tensor.mH`.
    pub fn mh(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with the order of all its dimensions reversed (a view), as the property Tensor.T.
    ///
    /// Returns: A new handle to a view sharing the input's memory.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_numpy_t`; PyTorch: `torch.Tensor.T`.
    pub fn numpy_t(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_numpy_t(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The conjugate transpose of a matrix (a view), as the property Tensor.H.
    ///
    /// Returns: A new handle to a view sharing the input's memory (a conjugate view for complex
    /// tensors).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_matrix_h`; PyTorch: `torch.Tensor.H`.
    pub fn matrix_h(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_matrix_h(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }
}
