// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Tensor's operations: its methods and constructors, one per catalogue entry.

use crate::convert::{DEFAULT_CAPACITY, capacity_arg, len_arg, read_array};
use crate::error::{check_ambiguous, check_strict, check_void};
use crate::ffi;
use crate::{Device, GeluApproximate, Kind, MemoryFormat, RoundingMode, Scalar, Stream, SvdDriver, Tensor, TorchError};

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

    /// The element-wise cosine of the input, in radians.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cos`; PyTorch: `torch.cos` (ATen `cos`).
    pub fn cos(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_cos(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise tangent of the input, in radians.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_tan`; PyTorch: `torch.tan` (ATen `tan`).
    pub fn tan(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_tan(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise arccosine of the input, in radians (NaN outside \[-1, 1\]).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_acos`; PyTorch: `torch.acos` (ATen `acos`).
    pub fn acos(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_acos(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise inverse hyperbolic cosine of the input (NaN below 1).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_acosh`; PyTorch: `torch.acosh` (ATen `acosh`).
    pub fn acosh(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_acosh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise arcsine of the input, in radians (NaN outside \[-1, 1\]).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_asin`; PyTorch: `torch.asin` (ATen `asin`).
    pub fn asin(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_asin(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise inverse hyperbolic sine of the input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_asinh`; PyTorch: `torch.asinh` (ATen `asinh`).
    pub fn asinh(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_asinh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise arctangent of the input, in radians.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_atan`; PyTorch: `torch.atan` (ATen `atan`).
    pub fn atan(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_atan(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise inverse hyperbolic tangent of the input (NaN outside \[-1, 1\]).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_atanh`; PyTorch: `torch.atanh` (ATen `atanh`).
    pub fn atanh(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_atanh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise hyperbolic cosine of the input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cosh`; PyTorch: `torch.cosh` (ATen `cosh`).
    pub fn cosh(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_cosh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise hyperbolic sine of the input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sinh`; PyTorch: `torch.sinh` (ATen `sinh`).
    pub fn sinh(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sinh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element up to the nearest integer (the smallest integer not below it).
    ///
    /// Returns: A new tensor of the input's dtype (integer inputs are returned unchanged in value).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ceil`; PyTorch: `torch.ceil` (ATen `ceil`).
    pub fn ceil(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_ceil(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element down to the nearest integer (the largest integer not above it).
    ///
    /// Returns: A new tensor of the input's dtype (integer inputs are returned unchanged in value).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_floor`; PyTorch: `torch.floor` (ATen `floor`).
    pub fn floor(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_floor(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element to the nearest integer, halves to even.
    ///
    /// Returns: A new tensor of the input's dtype (integer inputs are returned unchanged in value).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_round`; PyTorch: `torch.round` (ATen `round`).
    pub fn round(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_round(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element to a number of decimal places, halves to even.
    ///
    /// * `decimals`: The decimal places to keep; a negative number rounds to tens, hundreds, ...
    ///   (-1, -2, ...). Keyword-only in PyTorch.
    ///
    /// Returns: A new tensor of the input's dtype.
    ///
    /// Schema: `(Tensor input, *, int decimals) -> Tensor`.
    /// Binds `rt_torch_torchtensor_round_decimals`; PyTorch: `torch.round` (ATen `round.decimals`).
    pub fn round_decimals(&self, decimals: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_round_decimals(self.handle, decimals) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element toward zero (drops its fractional part).
    ///
    /// Returns: A new tensor of the input's dtype (integer inputs are returned unchanged in value).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_trunc`; PyTorch: `torch.trunc` (ATen `trunc`).
    pub fn trunc(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_trunc(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The fractional part of every element (input - trunc(input), with the input's sign).
    ///
    /// Returns: A new tensor of the input's dtype.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_frac`; PyTorch: `torch.frac` (ATen `frac`).
    pub fn frac(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_frac(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise sign of the input: -1, 0 or 1 (0 for a zero and for NaN).
    ///
    /// Returns: A new tensor of the input's dtype.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sign`; PyTorch: `torch.sign` (ATen `sign`).
    pub fn sign(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sign(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether each element has its sign bit set (true for -0.0 and negative NaN too).
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_signbit`; PyTorch: `torch.signbit` (ATen `signbit`).
    pub fn signbit(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_signbit(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise normalized sinc of the input, sin(pi x) / (pi x), 1 at 0.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sinc`; PyTorch: `torch.sinc` (ATen `sinc`).
    pub fn sinc(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_sinc(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Converts every element from degrees to radians.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_deg2rad`; PyTorch: `torch.deg2rad` (ATen `deg2rad`).
    pub fn deg2rad(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_deg2rad(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Converts every element from radians to degrees.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_rad2deg`; PyTorch: `torch.rad2deg` (ATen `rad2deg`).
    pub fn rad2deg(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_rad2deg(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise base-2 exponential of the input, 2^x.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_exp2`; PyTorch: `torch.exp2` (ATen `exp2`).
    pub fn exp2(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_exp2(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise exp(x) - 1, accurate for small x.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_expm1`; PyTorch: `torch.expm1` (ATen `expm1`).
    pub fn expm1(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_expm1(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise natural logarithm of 1 + x, accurate for small x.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_log1p`; PyTorch: `torch.log1p` (ATen `log1p`).
    pub fn log1p(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_log1p(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise base-10 logarithm of the input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_log10`; PyTorch: `torch.log10` (ATen `log10`).
    pub fn log10(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_log10(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise base-2 logarithm of the input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_log2`; PyTorch: `torch.log2` (ATen `log2`).
    pub fn log2(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_log2(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise reciprocal of the square root of the input, 1 / sqrt(x).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_rsqrt`; PyTorch: `torch.rsqrt` (ATen `rsqrt`).
    pub fn rsqrt(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_rsqrt(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise square of the input.
    ///
    /// Returns: A new tensor of the input's dtype (int64 for bool).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_square`; PyTorch: `torch.square` (ATen `square`).
    pub fn square(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_square(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise modified Bessel function of the first kind, order zero.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_i0`; PyTorch: `torch.i0` (ATen `i0`).
    pub fn i0(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_i0(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise error function of the input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_erf`; PyTorch: `torch.erf` (ATen `erf`).
    pub fn erf(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_erf(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise complementary error function of the input, 1 - erf(x).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_erfc`; PyTorch: `torch.erfc` (ATen `erfc`).
    pub fn erfc(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_erfc(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise inverse error function of the input (defined on (-1, 1); +-inf at +-1).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_erfinv`; PyTorch: `torch.erfinv` (ATen `erfinv`).
    pub fn erfinv(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_erfinv(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise natural logarithm of the absolute value of the gamma function.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lgamma`; PyTorch: `torch.lgamma` (ATen `lgamma`).
    pub fn lgamma(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_lgamma(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise digamma function, the derivative of lgamma.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_digamma`; PyTorch: `torch.digamma` (ATen `digamma`).
    pub fn digamma(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_digamma(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The input itself (unary plus); refused for bool tensors, as in PyTorch.
    ///
    /// Returns: A new handle to a view of input.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_positive`; PyTorch: `torch.positive` (ATen `positive`).
    pub fn positive(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_positive(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise angle of the input in radians (0 or pi for real numbers, NaN kept).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_angle`; PyTorch: `torch.angle` (ATen `angle`).
    pub fn angle(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_angle(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise complex conjugate of the input, computed (a copy for real tensors).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_conj_physical`; PyTorch: `torch.conj_physical` (ATen `conj_physical`).
    pub fn conj_physical(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_conj_physical(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise log-odds of the input, log(x / (1 - x)), optionally clamping x to \[eps, 1
    /// - eps\].
    ///
    /// * `eps`: Clamp the input to \[eps, 1 - eps\] first; None for no clamping (then 0 and 1 give
    ///   -inf and inf). PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, float? eps=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logit`; PyTorch: `torch.logit` (ATen `logit`).
    pub fn logit(&self, eps: Option<f64>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_logit(self.handle, eps.unwrap_or_default(), eps.is_some())
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise n-th derivative of the digamma function.
    ///
    /// * `n`: The order of the derivative (0 is digamma), not negative.
    /// * `input`: The input tensor.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(int n, Tensor input) -> Tensor`.
    /// Binds `rt_torch_tensor_polygamma`; PyTorch: `torch.polygamma` (ATen `polygamma`).
    pub fn polygamma(n: i64, input: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_tensor_polygamma(n, input.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise multivariate log-gamma function of dimension p.
    ///
    /// * `p`: The number of dimensions, at least 1.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, int p) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mvlgamma`; PyTorch: `torch.mvlgamma` (ATen `mvlgamma`).
    pub fn mvlgamma(&self, p: i64) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mvlgamma(self.handle, p) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Replaces NaN, positive and negative infinity with finite numbers.
    ///
    /// * `nan`: The value for NaN; None for 0. PyTorch's default: `None`.
    /// * `posinf`: The value for +inf; None for the dtype's largest finite value. PyTorch's
    ///   default: `None`.
    /// * `neginf`: The value for -inf; None for the dtype's lowest finite value. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor of the input's dtype.
    ///
    /// Schema: `(Tensor input, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_nan_to_num`; PyTorch: `torch.nan_to_num` (ATen `nan_to_num`).
    pub fn nan_to_num(
        &self,
        nan: Option<f64>,
        posinf: Option<f64>,
        neginf: Option<f64>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_nan_to_num(
                self.handle,
                nan.unwrap_or_default(),
                nan.is_some(),
                posinf.unwrap_or_default(),
                posinf.is_some(),
                neginf.unwrap_or_default(),
                neginf.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Splits every element into a mantissa in \[0.5, 1) (by magnitude) and a power-of-two
    /// exponent.
    ///
    /// Returns the tuple `(mantissa, exponent)`:
    /// * `mantissa`: The mantissas, of the input's (floating-point) dtype.
    /// * `exponent`: The exponents, int32: input = mantissa * 2^exponent.
    ///
    /// Schema: `(Tensor input) -> (Tensor mantissa, Tensor exponent)`.
    /// Binds `rt_torch_torchtensor_frexp_tensor`; PyTorch: `torch.frexp` (ATen `frexp.Tensor`).
    pub fn frexp_tensor(&self) -> Result<(Tensor, Tensor), TorchError> {
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_frexp_tensor(self.handle, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The element-wise arctangent of input / other, in radians, in the quadrant of the point
    /// (other, input).
    ///
    /// * `other`: The x coordinates, broadcastable with input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_atan2`; PyTorch: `torch.atan2` (ATen `atan2`).
    pub fn atan2(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_atan2(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise log(exp(input) + exp(other)), computed without overflow.
    ///
    /// * `other`: The second input tensor, broadcastable with input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logaddexp`; PyTorch: `torch.logaddexp` (ATen `logaddexp`).
    pub fn logaddexp(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_logaddexp(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise log2(2^input + 2^other), computed without overflow.
    ///
    /// * `other`: The second input tensor, broadcastable with input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logaddexp2`; PyTorch: `torch.logaddexp2` (ATen `logaddexp2`).
    pub fn logaddexp2(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_logaddexp2(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise input * log(other), 0 where input is 0 (even when other is 0 or inf).
    ///
    /// * `other`: The argument of the logarithm, broadcastable with input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_xlogy_tensor`; PyTorch: `torch.xlogy` (ATen `xlogy.Tensor`).
    pub fn xlogy_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_xlogy_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise input * log(other), 0 where input is 0 (even when other is 0 or inf).
    ///
    /// * `other`: The argument of the logarithm.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_xlogy_scalar_other`; PyTorch: `torch.xlogy` (ATen `xlogy.Scalar_Other`).
    pub fn xlogy_scalar_other(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_xlogy_scalar_other(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise input * log(other), 0 where input is 0 (even when other is 0 or inf).
    ///
    /// * `input`: The multiplier.
    /// * `other`: The argument of the logarithm, broadcastable with input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Scalar input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_tensor_xlogy_scalar_self`; PyTorch: `torch.xlogy` (ATen `xlogy.Scalar_Self`).
    pub fn xlogy_scalar_self(
        input: impl Into<Scalar>,
        other: &Tensor,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_tensor_xlogy_scalar_self(input, input_int, input_kind, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise hypotenuse sqrt(input^2 + other^2).
    ///
    /// * `other`: The second input tensor, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted (floating-point) dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_hypot`; PyTorch: `torch.hypot` (ATen `hypot`).
    pub fn hypot(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_hypot(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Linear interpolation between two tensors, input + weight * (end - input).
    ///
    /// * `end`: The end points, broadcastable with input.
    /// * `weight`: The interpolation weight (0 gives input, 1 gives end).
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor end, Scalar weight) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lerp_scalar`; PyTorch: `torch.lerp` (ATen `lerp.Scalar`).
    pub fn lerp_scalar(
        &self,
        end: &Tensor,
        weight: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (weight, weight_int, weight_kind) = Scalar::c_args(weight.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_lerp_scalar(
                self.handle,
                end.handle,
                weight,
                weight_int,
                weight_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Linear interpolation between two tensors, input + weight * (end - input).
    ///
    /// * `end`: The end points, broadcastable with input.
    /// * `weight`: The interpolation weights, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor end, Tensor weight) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lerp_tensor`; PyTorch: `torch.lerp` (ATen `lerp.Tensor`).
    pub fn lerp_tensor(&self, end: &Tensor, weight: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_lerp_tensor(self.handle, end.handle, weight.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The next floating-point value after input toward other, element-wise.
    ///
    /// * `other`: The directions, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_nextafter`; PyTorch: `torch.nextafter` (ATen `nextafter`).
    pub fn nextafter(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_nextafter(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The magnitude of input with the sign (bit) of other, element-wise.
    ///
    /// * `other`: The tensor whose signs are applied, broadcastable with input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_copysign_tensor`; PyTorch: `torch.copysign` (ATen `copysign.Tensor`).
    pub fn copysign_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_copysign_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The magnitude of input with the sign (bit) of other, element-wise.
    ///
    /// * `other`: The number whose sign is applied.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_copysign_scalar`; PyTorch: `torch.copysign` (ATen `copysign.Scalar`).
    pub fn copysign_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_copysign_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise maximum of two tensors, ignoring NaN (NaN only where both are NaN).
    ///
    /// * `other`: The second input tensor, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_fmax`; PyTorch: `torch.fmax` (ATen `fmax`).
    pub fn fmax(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_fmax(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise minimum of two tensors, ignoring NaN (NaN only where both are NaN).
    ///
    /// * `other`: The second input tensor, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_fmin`; PyTorch: `torch.fmin` (ATen `fmin`).
    pub fn fmin(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_fmin(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise C-style remainder of a division (std::fmod: the sign of the dividend).
    ///
    /// * `other`: The divisors, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_fmod_tensor`; PyTorch: `torch.fmod` (ATen `fmod.Tensor`).
    pub fn fmod_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_fmod_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise C-style remainder of a division (std::fmod: the sign of the dividend).
    ///
    /// * `other`: The divisor.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_fmod_scalar`; PyTorch: `torch.fmod` (ATen `fmod.Scalar`).
    pub fn fmod_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_fmod_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise Python-style remainder of a division (the sign of the divisor).
    ///
    /// * `other`: The divisors, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_remainder_tensor`; PyTorch: `torch.remainder` (ATen `remainder.Tensor`).
    pub fn remainder_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_remainder_tensor(self.handle, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise Python-style remainder of a division (the sign of the divisor).
    ///
    /// * `other`: The divisor.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_remainder_scalar`; PyTorch: `torch.remainder` (ATen `remainder.Scalar`).
    pub fn remainder_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_remainder_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise Python-style remainder of a division (the sign of the divisor).
    ///
    /// * `input`: The dividend, a number.
    /// * `other`: The divisors.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Scalar input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_tensor_remainder_scalar_tensor`; PyTorch: `torch.remainder` (ATen `remainder.Scalar_Tensor`).
    pub fn remainder_scalar_tensor(
        input: impl Into<Scalar>,
        other: &Tensor,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_tensor_remainder_scalar_tensor(input, input_int, input_kind, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise quotient rounded down (toward negative infinity).
    ///
    /// * `other`: The divisors, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_floor_divide`; PyTorch: `torch.floor_divide` (ATen `floor_divide`).
    pub fn floor_divide(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_floor_divide(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise quotient rounded down (toward negative infinity).
    ///
    /// * `other`: The divisor.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_floor_divide_scalar`; PyTorch: `torch.floor_divide` (ATen `floor_divide.Scalar`).
    pub fn floor_divide_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_floor_divide_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise true division (torch.div without rounding).
    ///
    /// * `other`: The divisors, broadcastable with input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_true_divide_tensor`; PyTorch: `torch.true_divide` (ATen `true_divide.Tensor`).
    pub fn true_divide_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_true_divide_tensor(self.handle, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise true division (torch.div without rounding).
    ///
    /// * `other`: The divisor.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_true_divide_scalar`; PyTorch: `torch.true_divide` (ATen `true_divide.Scalar`).
    pub fn true_divide_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_true_divide_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises input to the power of exponent element-wise, in double precision.
    ///
    /// * `exponent`: The exponents, broadcastable with input.
    ///
    /// Returns: A new float64 tensor.
    ///
    /// Schema: `(Tensor input, Tensor exponent) -> Tensor`.
    /// Binds `rt_torch_torchtensor_float_power_tensor_tensor`; PyTorch: `torch.float_power` (ATen `float_power.Tensor_Tensor`).
    pub fn float_power_tensor_tensor(&self, exponent: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_float_power_tensor_tensor(self.handle, exponent.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises input to the power of exponent element-wise, in double precision.
    ///
    /// * `exponent`: The exponent.
    ///
    /// Returns: A new float64 tensor.
    ///
    /// Schema: `(Tensor input, Scalar exponent) -> Tensor`.
    /// Binds `rt_torch_torchtensor_float_power_tensor_scalar`; PyTorch: `torch.float_power` (ATen `float_power.Tensor_Scalar`).
    pub fn float_power_tensor_scalar(
        &self,
        exponent: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (exponent, exponent_int, exponent_kind) = Scalar::c_args(exponent.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_float_power_tensor_scalar(
                self.handle,
                exponent,
                exponent_int,
                exponent_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises input to the power of exponent element-wise, in double precision.
    ///
    /// * `input`: The base, a number.
    /// * `exponent`: The exponents.
    ///
    /// Returns: A new float64 tensor.
    ///
    /// Schema: `(Scalar input, Tensor exponent) -> Tensor`.
    /// Binds `rt_torch_tensor_float_power_scalar`; PyTorch: `torch.float_power` (ATen `float_power.Scalar`).
    pub fn float_power_scalar(
        input: impl Into<Scalar>,
        exponent: &Tensor,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_tensor_float_power_scalar(input, input_int, input_kind, exponent.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise Heaviside step: 0 below zero, 1 above, values where input is zero.
    ///
    /// * `values`: The results where input is zero, broadcastable with input (same dtype).
    ///
    /// Returns: A new tensor of the input's dtype.
    ///
    /// Schema: `(Tensor input, Tensor values) -> Tensor`.
    /// Binds `rt_torch_torchtensor_heaviside`; PyTorch: `torch.heaviside` (ATen `heaviside`).
    pub fn heaviside(&self, values: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_heaviside(self.handle, values.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise least common multiple of two integer tensors (non-negative).
    ///
    /// * `other`: The second input tensor, broadcastable with input.
    ///
    /// Returns: A new integer tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lcm`; PyTorch: `torch.lcm` (ATen `lcm`).
    pub fn lcm(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_lcm(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise greatest common divisor of two integer tensors (non-negative).
    ///
    /// * `other`: The second input tensor, broadcastable with input.
    ///
    /// Returns: A new integer tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_gcd`; PyTorch: `torch.gcd` (ATen `gcd`).
    pub fn gcd(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_gcd(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise input * 2^other.
    ///
    /// * `other`: The exponents (usually integers), broadcastable with input.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ldexp_tensor`; PyTorch: `torch.ldexp` (ATen `ldexp.Tensor`).
    pub fn ldexp_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_ldexp_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to \[min, max\] by numbers (max wins where min \> max).
    ///
    /// * `min`: The lower bound; None for none (at least one of min and max must be given).
    ///   PyTorch's default: `None`.
    /// * `max`: The upper bound; None for none. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor of the promoted dtype of input and the bounds.
    ///
    /// Schema: `(Tensor input, Scalar? min=None, Scalar? max=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp`; PyTorch: `torch.clamp` (ATen `clamp`).
    pub fn clamp(&self, min: Option<Scalar>, max: Option<Scalar>) -> Result<Tensor, TorchError> {
        let (min, min_int, min_kind) = Scalar::optional_c_args(min);
        let (max, max_int, max_kind) = Scalar::optional_c_args(max);
        let value = unsafe {
            ffi::rt_torch_torchtensor_clamp(
                self.handle,
                min,
                min_int,
                min_kind,
                max,
                max_int,
                max_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to \[min, max\] by tensors of bounds, element-wise.
    ///
    /// * `min`: The lower bounds, broadcastable with input; None for none (at least one of min and
    ///   max must be given). PyTorch's default: `None`.
    /// * `max`: The upper bounds, broadcastable with input; None for none. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor of the promoted dtype of input and the bounds.
    ///
    /// Schema: `(Tensor input, Tensor? min=None, Tensor? max=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_tensor`; PyTorch: `torch.clamp` (ATen `clamp.Tensor`).
    pub fn clamp_tensor(
        &self,
        min: Option<&Tensor>,
        max: Option<&Tensor>,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_clamp_tensor(
                self.handle,
                min.map_or(0, |t| t.handle),
                max.map_or(0, |t| t.handle),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to at least a number, max(input, min).
    ///
    /// * `min`: The lower bound.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Scalar min) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_min`; PyTorch: `torch.clamp_min` (ATen `clamp_min`).
    pub fn clamp_min(&self, min: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (min, min_int, min_kind) = Scalar::c_args(min.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_clamp_min(self.handle, min, min_int, min_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to at least the matching lower bound of a tensor.
    ///
    /// * `min`: The lower bounds, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor min) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_min_tensor`; PyTorch: `torch.clamp_min` (ATen `clamp_min.Tensor`).
    pub fn clamp_min_tensor(&self, min: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_clamp_min_tensor(self.handle, min.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to at most a number, min(input, max).
    ///
    /// * `max`: The upper bound.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Scalar max) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_max`; PyTorch: `torch.clamp_max` (ATen `clamp_max`).
    pub fn clamp_max(&self, max: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (max, max_int, max_kind) = Scalar::c_args(max.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_clamp_max(self.handle, max, max_int, max_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to at most the matching upper bound of a tensor.
    ///
    /// * `max`: The upper bounds, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor max) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_max_tensor`; PyTorch: `torch.clamp_max` (ATen `clamp_max.Tensor`).
    pub fn clamp_max_tensor(&self, max: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_clamp_max_tensor(self.handle, max.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise minimum of two tensors, with broadcasting.
    ///
    /// * `other`: The second input tensor, broadcastable with input.
    ///
    /// Returns: A new tensor (NaN where either input is NaN).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_minimum`; PyTorch: `torch.minimum` (ATen `minimum`).
    pub fn minimum(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_minimum(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// input + value * tensor1 * tensor2, element-wise.
    ///
    /// * `tensor1`: The first factor.
    /// * `tensor2`: The second factor.
    /// * `value`: The multiplier of tensor1 * tensor2. Keyword-only in PyTorch. PyTorch's default:
    ///   `1`.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_addcmul`; PyTorch: `torch.addcmul` (ATen `addcmul`).
    pub fn addcmul(
        &self,
        tensor1: &Tensor,
        tensor2: &Tensor,
        value: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_addcmul(
                self.handle,
                tensor1.handle,
                tensor2.handle,
                value,
                value_int,
                value_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// input + value * tensor1 / tensor2, element-wise (true division; refused for integer tensors,
    /// as in PyTorch).
    ///
    /// * `tensor1`: The numerators.
    /// * `tensor2`: The denominators.
    /// * `value`: The multiplier of tensor1 / tensor2. Keyword-only in PyTorch. PyTorch's default:
    ///   `1`.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor tensor1, Tensor tensor2, *, Scalar value=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_addcdiv`; PyTorch: `torch.addcdiv` (ATen `addcdiv`).
    pub fn addcdiv(
        &self,
        tensor1: &Tensor,
        tensor2: &Tensor,
        value: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_addcdiv(
                self.handle,
                tensor1.handle,
                tensor2.handle,
                value,
                value_int,
                value_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input == other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with input.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_eq_tensor`; PyTorch: `torch.eq` (ATen `eq.Tensor`).
    pub fn eq_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_eq_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input == other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_eq_scalar`; PyTorch: `torch.eq` (ATen `eq.Scalar`).
    pub fn eq_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_eq_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input != other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with input.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ne_tensor`; PyTorch: `torch.ne` (ATen `ne.Tensor`).
    pub fn ne_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_ne_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input != other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ne_scalar`; PyTorch: `torch.ne` (ATen `ne.Scalar`).
    pub fn ne_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_ne_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input \> other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with input.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_gt_tensor`; PyTorch: `torch.gt` (ATen `gt.Tensor`).
    pub fn gt_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_gt_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input \> other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_gt_scalar`; PyTorch: `torch.gt` (ATen `gt.Scalar`).
    pub fn gt_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_gt_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input \>= other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with input.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ge_tensor`; PyTorch: `torch.ge` (ATen `ge.Tensor`).
    pub fn ge_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_ge_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input \>= other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ge_scalar`; PyTorch: `torch.ge` (ATen `ge.Scalar`).
    pub fn ge_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_ge_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input \< other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with input.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lt_tensor`; PyTorch: `torch.lt` (ATen `lt.Tensor`).
    pub fn lt_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_lt_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input \< other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lt_scalar`; PyTorch: `torch.lt` (ATen `lt.Scalar`).
    pub fn lt_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_lt_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input \<= other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with input.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_le_tensor`; PyTorch: `torch.le` (ATen `le.Tensor`).
    pub fn le_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_le_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison input \<= other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_le_scalar`; PyTorch: `torch.le` (ATen `le.Scalar`).
    pub fn le_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_le_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether two tensors have the same shape and the same elements (NaN never equals NaN).
    ///
    /// * `other`: The second tensor.
    ///
    /// Returns: True when shape and every element agree.
    ///
    /// Schema: `(Tensor input, Tensor other) -> bool`.
    /// Binds `rt_torch_torchtensor_equal`; PyTorch: `torch.equal` (ATen `equal`).
    pub fn equal(&self, other: &Tensor) -> Result<bool, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_equal(self.handle, other.handle) };
        check_ambiguous(value, !value)
    }

    /// Whether each element of input is close to other, |input - other| \<= atol + rtol * |other|.
    ///
    /// * `other`: The second tensor, broadcastable with input.
    /// * `rtol`: The relative tolerance. PyTorch's default: `1e-05`.
    /// * `atol`: The absolute tolerance. PyTorch's default: `1e-08`.
    /// * `equal_nan`: Count two NaNs as close. PyTorch's default: `false`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other, float rtol=1e-05, float atol=1e-08, bool equal_nan=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isclose`; PyTorch: `torch.isclose` (ATen `isclose`).
    pub fn isclose(
        &self,
        other: &Tensor,
        rtol: f64,
        atol: f64,
        equal_nan: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_isclose(self.handle, other.handle, rtol, atol, equal_nan)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether every element of input is close to other, |input - other| \<= atol + rtol * |other|.
    ///
    /// * `other`: The second tensor, broadcastable with input.
    /// * `rtol`: The relative tolerance. PyTorch's default: `1e-05`.
    /// * `atol`: The absolute tolerance. PyTorch's default: `1e-08`.
    /// * `equal_nan`: Count two NaNs as close. PyTorch's default: `false`.
    ///
    /// Returns: True when every element is close.
    ///
    /// Schema: `(Tensor input, Tensor other, float rtol=1e-05, float atol=1e-08, bool equal_nan=False) -> bool`.
    /// Binds `rt_torch_torchtensor_allclose`; PyTorch: `torch.allclose` (ATen `allclose`).
    pub fn allclose(
        &self,
        other: &Tensor,
        rtol: f64,
        atol: f64,
        equal_nan: bool,
    ) -> Result<bool, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_allclose(self.handle, other.handle, rtol, atol, equal_nan)
        };
        check_ambiguous(value, !value)
    }

    /// Whether each element is finite (not NaN nor infinite).
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isfinite`; PyTorch: `torch.isfinite` (ATen `isfinite`).
    pub fn isfinite(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_isfinite(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether each element is positive or negative infinity.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isinf`; PyTorch: `torch.isinf` (ATen `isinf`).
    pub fn isinf(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_isinf(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether each element is positive infinity.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isposinf`; PyTorch: `torch.isposinf` (ATen `isposinf`).
    pub fn isposinf(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_isposinf(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether each element is negative infinity.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isneginf`; PyTorch: `torch.isneginf` (ATen `isneginf`).
    pub fn isneginf(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_isneginf(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether each element is real-valued (always true for a real dtype; imaginary part 0 for
    /// complex).
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isreal`; PyTorch: `torch.isreal` (ATen `isreal`).
    pub fn isreal(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_isreal(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether each element is NaN.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isnan`; PyTorch: `torch.isnan` (ATen `isnan`).
    pub fn isnan(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_isnan(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise logical AND of two tensors (nonzero counts as true).
    ///
    /// * `other`: The second tensor, broadcastable with input.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logical_and`; PyTorch: `torch.logical_and` (ATen `logical_and`).
    pub fn logical_and(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_logical_and(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise logical OR of two tensors (nonzero counts as true).
    ///
    /// * `other`: The second tensor, broadcastable with input.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logical_or`; PyTorch: `torch.logical_or` (ATen `logical_or`).
    pub fn logical_or(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_logical_or(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise logical XOR of two tensors (nonzero counts as true).
    ///
    /// * `other`: The second tensor, broadcastable with input.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logical_xor`; PyTorch: `torch.logical_xor` (ATen `logical_xor`).
    pub fn logical_xor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_logical_xor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise logical NOT of a tensor (true where an element is zero).
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logical_not`; PyTorch: `torch.logical_not` (ATen `logical_not`).
    pub fn logical_not(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_logical_not(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise AND of integer or bool values.
    ///
    /// * `other`: The second tensor, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_and_tensor`; PyTorch: `torch.bitwise_and` (ATen `bitwise_and.Tensor`).
    pub fn bitwise_and_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_and_tensor(self.handle, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise AND of integer or bool values.
    ///
    /// * `other`: The number (an integer or bool).
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_and_scalar`; PyTorch: `torch.bitwise_and` (ATen `bitwise_and.Scalar`).
    pub fn bitwise_and_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_and_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise AND of integer or bool values.
    ///
    /// * `input`: The number (an integer or bool).
    /// * `other`: The tensor.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Scalar input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_tensor_bitwise_and_scalar_tensor`; PyTorch: `torch.bitwise_and` (ATen `bitwise_and.Scalar_Tensor`).
    pub fn bitwise_and_scalar_tensor(
        input: impl Into<Scalar>,
        other: &Tensor,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_tensor_bitwise_and_scalar_tensor(
                input,
                input_int,
                input_kind,
                other.handle,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise OR of integer or bool values.
    ///
    /// * `other`: The second tensor, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_or_tensor`; PyTorch: `torch.bitwise_or` (ATen `bitwise_or.Tensor`).
    pub fn bitwise_or_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_or_tensor(self.handle, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise OR of integer or bool values.
    ///
    /// * `other`: The number (an integer or bool).
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_or_scalar`; PyTorch: `torch.bitwise_or` (ATen `bitwise_or.Scalar`).
    pub fn bitwise_or_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_or_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise OR of integer or bool values.
    ///
    /// * `input`: The number (an integer or bool).
    /// * `other`: The tensor.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Scalar input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_tensor_bitwise_or_scalar_tensor`; PyTorch: `torch.bitwise_or` (ATen `bitwise_or.Scalar_Tensor`).
    pub fn bitwise_or_scalar_tensor(
        input: impl Into<Scalar>,
        other: &Tensor,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_tensor_bitwise_or_scalar_tensor(
                input,
                input_int,
                input_kind,
                other.handle,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise XOR of integer or bool values.
    ///
    /// * `other`: The second tensor, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_xor_tensor`; PyTorch: `torch.bitwise_xor` (ATen `bitwise_xor.Tensor`).
    pub fn bitwise_xor_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_xor_tensor(self.handle, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise XOR of integer or bool values.
    ///
    /// * `other`: The number (an integer or bool).
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_xor_scalar`; PyTorch: `torch.bitwise_xor` (ATen `bitwise_xor.Scalar`).
    pub fn bitwise_xor_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_xor_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise XOR of integer or bool values.
    ///
    /// * `input`: The number (an integer or bool).
    /// * `other`: The tensor.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Scalar input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_tensor_bitwise_xor_scalar_tensor`; PyTorch: `torch.bitwise_xor` (ATen `bitwise_xor.Scalar_Tensor`).
    pub fn bitwise_xor_scalar_tensor(
        input: impl Into<Scalar>,
        other: &Tensor,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_tensor_bitwise_xor_scalar_tensor(
                input,
                input_int,
                input_kind,
                other.handle,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise NOT of an integer or bool tensor.
    ///
    /// Returns: A new tensor of the input's dtype.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_not`; PyTorch: `torch.bitwise_not` (ATen `bitwise_not`).
    pub fn bitwise_not(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_bitwise_not(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Shifts integer values left by a number of bits, element-wise.
    ///
    /// * `other`: The bit counts, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_left_shift_tensor`; PyTorch: `torch.bitwise_left_shift` (ATen `bitwise_left_shift.Tensor`).
    pub fn bitwise_left_shift_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_left_shift_tensor(self.handle, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Shifts integer values left by a number of bits, element-wise.
    ///
    /// * `other`: The bit count.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_left_shift_tensor_scalar`; PyTorch: `torch.bitwise_left_shift` (ATen `bitwise_left_shift.Tensor_Scalar`).
    pub fn bitwise_left_shift_tensor_scalar(
        &self,
        other: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(
                self.handle,
                other,
                other_int,
                other_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Shifts integer values left by a number of bits, element-wise.
    ///
    /// * `input`: The value to shift, a number.
    /// * `other`: The bit counts.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Scalar input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_tensor_bitwise_left_shift_scalar_tensor`; PyTorch: `torch.bitwise_left_shift` (ATen `bitwise_left_shift.Scalar_Tensor`).
    pub fn bitwise_left_shift_scalar_tensor(
        input: impl Into<Scalar>,
        other: &Tensor,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_tensor_bitwise_left_shift_scalar_tensor(
                input,
                input_int,
                input_kind,
                other.handle,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Shifts integer values right (arithmetic) by a number of bits, element-wise.
    ///
    /// * `other`: The bit counts, broadcastable with input.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_right_shift_tensor`; PyTorch: `torch.bitwise_right_shift` (ATen `bitwise_right_shift.Tensor`).
    pub fn bitwise_right_shift_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_right_shift_tensor(self.handle, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Shifts integer values right (arithmetic) by a number of bits, element-wise.
    ///
    /// * `other`: The bit count.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_right_shift_tensor_scalar`; PyTorch: `torch.bitwise_right_shift` (ATen `bitwise_right_shift.Tensor_Scalar`).
    pub fn bitwise_right_shift_tensor_scalar(
        &self,
        other: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(
                self.handle,
                other,
                other_int,
                other_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Shifts integer values right (arithmetic) by a number of bits, element-wise.
    ///
    /// * `input`: The value to shift, a number.
    /// * `other`: The bit counts.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Scalar input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_tensor_bitwise_right_shift_scalar_tensor`; PyTorch: `torch.bitwise_right_shift` (ATen `bitwise_right_shift.Scalar_Tensor`).
    pub fn bitwise_right_shift_scalar_tensor(
        input: impl Into<Scalar>,
        other: &Tensor,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_tensor_bitwise_right_shift_scalar_tensor(
                input,
                input_int,
                input_kind,
                other.handle,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Picks input where condition is true and other elsewhere, element-wise with broadcasting.
    ///
    /// * `input`: The values where condition is true.
    /// * `other`: The values where condition is false.
    ///
    /// Returns: A new tensor of the promoted dtype of input and other.
    ///
    /// Schema: `(Tensor condition, Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_where_self`; PyTorch: `torch.where` (ATen `where.self`).
    pub fn where_self(&self, input: &Tensor, other: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_where_self(self.handle, input.handle, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Picks a number where condition is true and other elsewhere, element-wise with broadcasting.
    ///
    /// * `input`: The value where condition is true.
    /// * `other`: The values where condition is false.
    ///
    /// Returns: A new tensor of the promoted dtype of input and other.
    ///
    /// Schema: `(Tensor condition, Scalar input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_where_scalarself`; PyTorch: `torch.where` (ATen `where.ScalarSelf`).
    pub fn where_scalarself(
        &self,
        input: impl Into<Scalar>,
        other: &Tensor,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_where_scalarself(
                self.handle,
                input,
                input_int,
                input_kind,
                other.handle,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Picks input where condition is true and a number elsewhere, element-wise with broadcasting.
    ///
    /// * `input`: The values where condition is true.
    /// * `other`: The value where condition is false.
    ///
    /// Returns: A new tensor of the promoted dtype of input and other.
    ///
    /// Schema: `(Tensor condition, Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_where_scalarother`; PyTorch: `torch.where` (ATen `where.ScalarOther`).
    pub fn where_scalarother(
        &self,
        input: &Tensor,
        other: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_where_scalarother(
                self.handle,
                input.handle,
                other,
                other_int,
                other_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Picks one number where condition is true and another elsewhere.
    ///
    /// * `input`: The value where condition is true.
    /// * `other`: The value where condition is false.
    ///
    /// Returns: A new tensor of condition's shape and the numbers' default dtype.
    ///
    /// Schema: `(Tensor condition, Scalar input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_where_scalar`; PyTorch: `torch.where` (ATen `where.Scalar`).
    pub fn where_scalar(
        &self,
        input: impl Into<Scalar>,
        other: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_where_scalar(
                self.handle,
                input,
                input_int,
                input_kind,
                other,
                other_int,
                other_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of input with a number written where a bool mask is true.
    ///
    /// * `mask`: The bool mask, broadcastable to input's shape.
    /// * `value`: The value to write.
    ///
    /// Returns: A new tensor of input's dtype and shape.
    ///
    /// Schema: `(Tensor input, Tensor mask, Scalar value) -> Tensor`.
    /// Binds `rt_torch_torchtensor_masked_fill_scalar`; PyTorch: `torch.masked_fill` (ATen `masked_fill.Scalar`).
    pub fn masked_fill_scalar(
        &self,
        mask: &Tensor,
        value: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_masked_fill_scalar(
                self.handle,
                mask.handle,
                value,
                value_int,
                value_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of input with a 0-d tensor's value written where a bool mask is true.
    ///
    /// * `mask`: The bool mask, broadcastable to input's shape.
    /// * `value`: The value to write, a 0-d tensor.
    ///
    /// Returns: A new tensor of input's dtype and shape.
    ///
    /// Schema: `(Tensor input, Tensor mask, Tensor value) -> Tensor`.
    /// Binds `rt_torch_torchtensor_masked_fill_tensor`; PyTorch: `torch.masked_fill` (ATen `masked_fill.Tensor`).
    pub fn masked_fill_tensor(&self, mask: &Tensor, value: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_masked_fill_tensor(self.handle, mask.handle, value.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether each element of elements occurs in test_elements.
    ///
    /// * `test_elements`: The values to look for (any shape).
    /// * `assume_unique`: The elements and test elements are each free of duplicates (a faster
    ///   path; wrong results otherwise). Keyword-only in PyTorch. PyTorch's default: `false`.
    /// * `invert`: Return true for the elements NOT in the test elements. Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    ///
    /// Returns: A new bool tensor of elements' shape.
    ///
    /// Schema: `(Tensor elements, Tensor test_elements, *, bool assume_unique=False, bool invert=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isin_tensor_tensor`; PyTorch: `torch.isin` (ATen `isin.Tensor_Tensor`).
    pub fn isin_tensor_tensor(
        &self,
        test_elements: &Tensor,
        assume_unique: bool,
        invert: bool,
    ) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_isin_tensor_tensor(
                self.handle,
                test_elements.handle,
                assume_unique,
                invert,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether each element of elements equals a number.
    ///
    /// * `test_element`: The value to look for.
    /// * `assume_unique`: The elements and test elements are each free of duplicates (a faster
    ///   path; wrong results otherwise). Keyword-only in PyTorch. PyTorch's default: `false`.
    /// * `invert`: Return true for the elements NOT in the test elements. Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    ///
    /// Returns: A new bool tensor of elements' shape.
    ///
    /// Schema: `(Tensor elements, Scalar test_element, *, bool assume_unique=False, bool invert=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isin_tensor_scalar`; PyTorch: `torch.isin` (ATen `isin.Tensor_Scalar`).
    pub fn isin_tensor_scalar(
        &self,
        test_element: impl Into<Scalar>,
        assume_unique: bool,
        invert: bool,
    ) -> Result<Tensor, TorchError> {
        let (test_element, test_element_int, test_element_kind) = Scalar::c_args(test_element.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_isin_tensor_scalar(
                self.handle,
                test_element,
                test_element_int,
                test_element_kind,
                assume_unique,
                invert,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether a number occurs in test_elements.
    ///
    /// * `element`: The number to test.
    /// * `test_elements`: The values to look for (any shape).
    /// * `assume_unique`: The elements and test elements are each free of duplicates (a faster
    ///   path; wrong results otherwise). Keyword-only in PyTorch. PyTorch's default: `false`.
    /// * `invert`: Return true for the elements NOT in the test elements. Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    ///
    /// Returns: A new 0-d bool tensor.
    ///
    /// Schema: `(Scalar element, Tensor test_elements, *, bool assume_unique=False, bool invert=False) -> Tensor`.
    /// Binds `rt_torch_tensor_isin_scalar_tensor`; PyTorch: `torch.isin` (ATen `isin.Scalar_Tensor`).
    pub fn isin_scalar_tensor(
        element: impl Into<Scalar>,
        test_elements: &Tensor,
        assume_unique: bool,
        invert: bool,
    ) -> Result<Tensor, TorchError> {
        let (element, element_int, element_kind) = Scalar::c_args(element.into());
        let value = unsafe {
            ffi::rt_torch_tensor_isin_scalar_tensor(
                element,
                element_int,
                element_kind,
                test_elements.handle,
                assume_unique,
                invert,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The elements of input where a bool mask is true, as a 1-D tensor (in row-major order).
    ///
    /// * `mask`: The bool mask, broadcastable with input.
    ///
    /// Returns: A new 1-D tensor of input's dtype.
    ///
    /// Schema: `(Tensor input, Tensor mask) -> Tensor`.
    /// Binds `rt_torch_torchtensor_masked_select`; PyTorch: `torch.masked_select` (ATen `masked_select`).
    pub fn masked_select(&self, mask: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_masked_select(self.handle, mask.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of input with the elements of source written, in order, where a bool mask is true.
    ///
    /// * `mask`: The bool mask, broadcastable to input's shape.
    /// * `source`: The values to write, read in row-major order; at least as many as the mask's
    ///   true elements.
    ///
    /// Returns: A new tensor of input's dtype and shape.
    ///
    /// Schema: `(Tensor input, Tensor mask, Tensor source) -> Tensor`.
    /// Binds `rt_torch_torchtensor_masked_scatter`; PyTorch: `torch.masked_scatter` (ATen `masked_scatter`).
    pub fn masked_scatter(&self, mask: &Tensor, source: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_masked_scatter(self.handle, mask.handle, source.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Subtracts alpha times another tensor from this one, in place.
    ///
    /// * `other`: The tensor to subtract, broadcastable to input.
    /// * `alpha`: The multiplier of other. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other, *, Scalar alpha=1) -> ()`.
    /// Binds `rt_torch_torchtensor_sub_tensor_`; PyTorch: `torch.Tensor.sub_` (ATen `sub_.Tensor`).
    pub fn sub_tensor_(
        &mut self,
        other: &Tensor,
        alpha: impl Into<Scalar>,
    ) -> Result<(), TorchError> {
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        unsafe {
            ffi::rt_torch_torchtensor_sub_tensor_(
                self.handle,
                other.handle,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_void()
    }

    /// Subtracts alpha times a number from every element, in place (an int keeps integer tensors
    /// integer).
    ///
    /// * `other`: The number to subtract.
    /// * `alpha`: The multiplier of other. PyTorch's default: `1`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other, Scalar alpha=1) -> ()`.
    /// Binds `rt_torch_torchtensor_sub_scalar_`; PyTorch: `torch.Tensor.sub_` (ATen `sub_.Scalar`).
    pub fn sub_scalar_(
        &mut self,
        other: impl Into<Scalar>,
        alpha: impl Into<Scalar>,
    ) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        unsafe {
            ffi::rt_torch_torchtensor_sub_scalar_(
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

    /// Divides element-wise by another tensor, in place (true division: refused for integer
    /// tensors).
    ///
    /// * `other`: The divisors, broadcastable to input.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_div_tensor_`; PyTorch: `torch.Tensor.div_` (ATen `div_.Tensor`).
    pub fn div_tensor_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_div_tensor_(self.handle, other.handle) };
        check_void()
    }

    /// Divides element-wise by another tensor, in place, rounding the quotient as asked.
    ///
    /// * `other`: The divisors, broadcastable to input.
    /// * `rounding_mode`: How to round the quotient: trunc (toward zero), floor (down), or None for
    ///   true division (then an integer tensor is refused: the result would not fit its dtype).
    ///   Keyword-only in PyTorch.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other, *, rounding_mode? rounding_mode) -> ()`.
    /// Binds `rt_torch_torchtensor_div_tensor_mode_`; PyTorch: `torch.Tensor.div_` (ATen `div_.Tensor_mode`).
    pub fn div_tensor_mode_(
        &mut self,
        other: &Tensor,
        rounding_mode: Option<RoundingMode>,
    ) -> Result<(), TorchError> {
        unsafe {
            ffi::rt_torch_torchtensor_div_tensor_mode_(
                self.handle,
                other.handle,
                rounding_mode.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_void()
    }

    /// Divides every element by a number, in place (true division: refused for integer tensors).
    ///
    /// * `other`: The divisor.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other) -> ()`.
    /// Binds `rt_torch_torchtensor_div_scalar_`; PyTorch: `torch.Tensor.div_` (ATen `div_.Scalar`).
    pub fn div_scalar_(&mut self, other: impl Into<Scalar>) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        unsafe { ffi::rt_torch_torchtensor_div_scalar_(self.handle, other, other_int, other_kind) };
        check_void()
    }

    /// Divides every element by a number, in place, rounding the quotient as asked.
    ///
    /// * `other`: The divisor.
    /// * `rounding_mode`: How to round the quotient: trunc (toward zero), floor (down), or None for
    ///   true division (then an integer tensor is refused: the result would not fit its dtype).
    ///   Keyword-only in PyTorch.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other, *, rounding_mode? rounding_mode) -> ()`.
    /// Binds `rt_torch_torchtensor_div_scalar_mode_`; PyTorch: `torch.Tensor.div_` (ATen `div_.Scalar_mode`).
    pub fn div_scalar_mode_(
        &mut self,
        other: impl Into<Scalar>,
        rounding_mode: Option<RoundingMode>,
    ) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        unsafe {
            ffi::rt_torch_torchtensor_div_scalar_mode_(
                self.handle,
                other,
                other_int,
                other_kind,
                rounding_mode.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr()),
            )
        };
        check_void()
    }

    /// Sets every element to a number, in place.
    ///
    /// * `value`: The value (converted to input's dtype).
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar value) -> ()`.
    /// Binds `rt_torch_torchtensor_fill_scalar_`; PyTorch: `torch.Tensor.fill_` (ATen `fill_.Scalar`).
    pub fn fill_scalar_(&mut self, value: impl Into<Scalar>) -> Result<(), TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        unsafe {
            ffi::rt_torch_torchtensor_fill_scalar_(self.handle, value, value_int, value_kind)
        };
        check_void()
    }

    /// Sets every element to the value of a 0-d tensor, in place.
    ///
    /// * `value`: The value, a 0-d tensor.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor value) -> ()`.
    /// Binds `rt_torch_torchtensor_fill_tensor_`; PyTorch: `torch.Tensor.fill_` (ATen `fill_.Tensor`).
    pub fn fill_tensor_(&mut self, value: &Tensor) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_fill_tensor_(self.handle, value.handle) };
        check_void()
    }

    /// Limits every element to \[min, max\] by numbers, in place.
    ///
    /// * `min`: The lower bound; None for none (at least one of min and max must be given).
    ///   PyTorch's default: `None`.
    /// * `max`: The upper bound; None for none. PyTorch's default: `None`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar? min=None, Scalar? max=None) -> ()`.
    /// Binds `rt_torch_torchtensor_clamp_`; PyTorch: `torch.Tensor.clamp_` (ATen `clamp_`).
    pub fn clamp_(&mut self, min: Option<Scalar>, max: Option<Scalar>) -> Result<(), TorchError> {
        let (min, min_int, min_kind) = Scalar::optional_c_args(min);
        let (max, max_int, max_kind) = Scalar::optional_c_args(max);
        unsafe {
            ffi::rt_torch_torchtensor_clamp_(
                self.handle,
                min,
                min_int,
                min_kind,
                max,
                max_int,
                max_kind,
            )
        };
        check_void()
    }

    /// Limits every element to \[min, max\] by tensors of bounds, in place.
    ///
    /// * `min`: The lower bounds, broadcastable to input; None for none (at least one of min and
    ///   max must be given). PyTorch's default: `None`.
    /// * `max`: The upper bounds, broadcastable to input; None for none. PyTorch's default: `None`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor? min=None, Tensor? max=None) -> ()`.
    /// Binds `rt_torch_torchtensor_clamp_tensor_`; PyTorch: `torch.Tensor.clamp_` (ATen `clamp_.Tensor`).
    pub fn clamp_tensor_(
        &mut self,
        min: Option<&Tensor>,
        max: Option<&Tensor>,
    ) -> Result<(), TorchError> {
        unsafe {
            ffi::rt_torch_torchtensor_clamp_tensor_(
                self.handle,
                min.map_or(0, |t| t.handle),
                max.map_or(0, |t| t.handle),
            )
        };
        check_void()
    }

    /// Replaces every element by its square root, in place (refused for integer tensors).
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input) -> ()`.
    /// Binds `rt_torch_torchtensor_sqrt_`; PyTorch: `torch.Tensor.sqrt_` (ATen `sqrt_`).
    pub fn sqrt_(&mut self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_sqrt_(self.handle) };
        check_void()
    }

    /// Replaces every element by its exponential, in place (refused for integer tensors).
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input) -> ()`.
    /// Binds `rt_torch_torchtensor_exp_`; PyTorch: `torch.Tensor.exp_` (ATen `exp_`).
    pub fn exp_(&mut self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_exp_(self.handle) };
        check_void()
    }

    /// Replaces every element by its natural logarithm, in place (refused for integer tensors).
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input) -> ()`.
    /// Binds `rt_torch_torchtensor_log_`; PyTorch: `torch.Tensor.log_` (ATen `log_`).
    pub fn log_(&mut self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_log_(self.handle) };
        check_void()
    }

    /// Negates every element, in place (refused for bool tensors).
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input) -> ()`.
    /// Binds `rt_torch_torchtensor_neg_`; PyTorch: `torch.Tensor.neg_` (ATen `neg_`).
    pub fn neg_(&mut self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_neg_(self.handle) };
        check_void()
    }

    /// Replaces every element by its absolute value, in place.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input) -> ()`.
    /// Binds `rt_torch_torchtensor_abs_`; PyTorch: `torch.Tensor.abs_` (ATen `abs_`).
    pub fn abs_(&mut self) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_abs_(self.handle) };
        check_void()
    }

    /// Raises every element to a number's power, in place.
    ///
    /// * `exponent`: The exponent.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar exponent) -> ()`.
    /// Binds `rt_torch_torchtensor_pow_scalar_`; PyTorch: `torch.Tensor.pow_` (ATen `pow_.Scalar`).
    pub fn pow_scalar_(&mut self, exponent: impl Into<Scalar>) -> Result<(), TorchError> {
        let (exponent, exponent_int, exponent_kind) = Scalar::c_args(exponent.into());
        unsafe {
            ffi::rt_torch_torchtensor_pow_scalar_(
                self.handle,
                exponent,
                exponent_int,
                exponent_kind,
            )
        };
        check_void()
    }

    /// Raises every element to the matching power of another tensor, in place.
    ///
    /// * `exponent`: The exponents, broadcastable to input.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor exponent) -> ()`.
    /// Binds `rt_torch_torchtensor_pow_tensor_`; PyTorch: `torch.Tensor.pow_` (ATen `pow_.Tensor`).
    pub fn pow_tensor_(&mut self, exponent: &Tensor) -> Result<(), TorchError> {
        unsafe { ffi::rt_torch_torchtensor_pow_tensor_(self.handle, exponent.handle) };
        check_void()
    }

    /// Writes a number where a bool mask is true, in place.
    ///
    /// * `mask`: The bool mask, broadcastable to input's shape.
    /// * `value`: The value to write.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor mask, Scalar value) -> ()`.
    /// Binds `rt_torch_torchtensor_masked_fill_scalar_`; PyTorch: `torch.Tensor.masked_fill_` (ATen `masked_fill_.Scalar`).
    pub fn masked_fill_scalar_(
        &mut self,
        mask: &Tensor,
        value: impl Into<Scalar>,
    ) -> Result<(), TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        unsafe {
            ffi::rt_torch_torchtensor_masked_fill_scalar_(
                self.handle,
                mask.handle,
                value,
                value_int,
                value_kind,
            )
        };
        check_void()
    }

    /// Writes a 0-d tensor's value where a bool mask is true, in place.
    ///
    /// * `mask`: The bool mask, broadcastable to input's shape.
    /// * `value`: The value to write, a 0-d tensor.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor mask, Tensor value) -> ()`.
    /// Binds `rt_torch_torchtensor_masked_fill_tensor_`; PyTorch: `torch.Tensor.masked_fill_` (ATen `masked_fill_.Tensor`).
    pub fn masked_fill_tensor_(&mut self, mask: &Tensor, value: &Tensor) -> Result<(), TorchError> {
        unsafe {
            ffi::rt_torch_torchtensor_masked_fill_tensor_(self.handle, mask.handle, value.handle)
        };
        check_void()
    }
}
