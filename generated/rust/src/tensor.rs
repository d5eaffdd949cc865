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

    /// Exponential linear unit, x for x \> 0 and alpha * (exp(x) - 1) otherwise.
    ///
    /// * `alpha`: The value the negative side tends to (as -alpha). PyTorch's default: `1.0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar alpha=1.0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_elu`; PyTorch: `torch.nn.functional.elu` (ATen `elu`).
    pub fn elu(&self, alpha: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_elu(self.handle, alpha, alpha_int, alpha_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Continuously differentiable ELU, max(0, x) + min(0, alpha * (exp(x / alpha) - 1)).
    ///
    /// * `alpha`: The scale of the negative side; not 0. PyTorch's default: `1.0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar alpha=1.0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_celu`; PyTorch: `torch.nn.functional.celu` (ATen `celu`).
    pub fn celu(&self, alpha: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_celu(self.handle, alpha, alpha_int, alpha_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Scaled exponential linear unit, ELU with PyTorch's fixed alpha and scale constants.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_selu`; PyTorch: `torch.nn.functional.selu` (ATen `selu`).
    pub fn selu(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_selu(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Sigmoid linear unit (swish), x * sigmoid(x), element-wise.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_silu`; PyTorch: `torch.nn.functional.silu` (ATen `silu`).
    pub fn silu(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_silu(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Hard sigmoid, relu6(x + 3) / 6, element-wise.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_hardsigmoid`; PyTorch: `torch.nn.functional.hardsigmoid` (ATen `hardsigmoid`).
    pub fn hardsigmoid(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_hardsigmoid(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Mish, x * tanh(softplus(x)), element-wise.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mish`; PyTorch: `torch.nn.functional.mish` (ATen `mish`).
    pub fn mish(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_mish(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Softsign, x / (1 + |x|), element-wise.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_softsign`; PyTorch: `torch.nn.functional.softsign`.
    pub fn softsign(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_softsign(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Tanhshrink, x - tanh(x), element-wise.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_tanhshrink`; PyTorch: `torch.nn.functional.tanhshrink`.
    pub fn tanhshrink(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_tanhshrink(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Replaces every element not greater than threshold by value.
    ///
    /// * `threshold`: Elements at or below this are replaced.
    /// * `value`: What replaces them.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar threshold, Scalar value) -> Tensor`.
    /// Binds `rt_torch_torchtensor_threshold`; PyTorch: `torch.nn.functional.threshold` (ATen `threshold`).
    pub fn threshold(
        &self,
        threshold: impl Into<Scalar>,
        value: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (threshold, threshold_int, threshold_kind) = Scalar::c_args(threshold.into());
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_threshold(
                self.handle,
                threshold,
                threshold_int,
                threshold_kind,
                value,
                value_int,
                value_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Soft shrinkage, x - lambd above lambd, x + lambd below -lambd, 0 between.
    ///
    /// * `lambd`: The half-width of the zeroed band; not negative. PyTorch's default: `0.5`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar lambd=0.5) -> Tensor`.
    /// Binds `rt_torch_torchtensor_softshrink`; PyTorch: `torch.nn.functional.softshrink` (ATen `softshrink`).
    pub fn softshrink(&self, lambd: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (lambd, lambd_int, lambd_kind) = Scalar::c_args(lambd.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_softshrink(self.handle, lambd, lambd_int, lambd_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Hard shrinkage, x where |x| \> lambd and 0 elsewhere.
    ///
    /// * `lambd`: The half-width of the zeroed band. PyTorch's default: `0.5`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar lambd=0.5) -> Tensor`.
    /// Binds `rt_torch_torchtensor_hardshrink`; PyTorch: `torch.nn.functional.hardshrink` (ATen `hardshrink`).
    pub fn hardshrink(&self, lambd: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (lambd, lambd_int, lambd_kind) = Scalar::c_args(lambd.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_hardshrink(self.handle, lambd, lambd_int, lambd_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// HardTanh, the input clamped to \[min_val, max_val\].
    ///
    /// * `min_val`: The lower end of the linear region. PyTorch's default: `-1.0`.
    /// * `max_val`: The upper end of the linear region. PyTorch's default: `1.0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar min_val=-1.0, Scalar max_val=1.0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_hardtanh`; PyTorch: `torch.nn.functional.hardtanh` (ATen `hardtanh`).
    pub fn hardtanh(
        &self,
        min_val: impl Into<Scalar>,
        max_val: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (min_val, min_val_int, min_val_kind) = Scalar::c_args(min_val.into());
        let (max_val, max_val_int, max_val_kind) = Scalar::c_args(max_val.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_hardtanh(
                self.handle,
                min_val,
                min_val_int,
                min_val_kind,
                max_val,
                max_val_int,
                max_val_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// ReLU6, min(max(0, x), 6), element-wise.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_relu6`; PyTorch: `torch.nn.functional.relu6` (ATen `relu6`).
    pub fn relu6(&self) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_relu6(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Softplus, log(1 + exp(beta * x)) / beta, linear where beta * x exceeds threshold.
    ///
    /// * `beta`: The sharpness of the curve. PyTorch's default: `1`.
    /// * `threshold`: Above this value of beta * x the result is x itself. PyTorch's default: `20`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Scalar beta=1, Scalar threshold=20) -> Tensor`.
    /// Binds `rt_torch_torchtensor_softplus`; PyTorch: `torch.nn.functional.softplus` (ATen `softplus`).
    pub fn softplus(
        &self,
        beta: impl Into<Scalar>,
        threshold: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (beta, beta_int, beta_kind) = Scalar::c_args(beta.into());
        let (threshold, threshold_int, threshold_kind) = Scalar::c_args(threshold.into());
        let value = unsafe {
            ffi::rt_torch_torchtensor_softplus(
                self.handle,
                beta,
                beta_int,
                beta_kind,
                threshold,
                threshold_int,
                threshold_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Parametric ReLU, max(0, x) + weight * min(0, x) with a learnable slope per channel.
    ///
    /// * `weight`: The slopes: one element, or one per channel.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor weight) -> Tensor`.
    /// Binds `rt_torch_torchtensor_prelu`; PyTorch: `torch.nn.functional.prelu` (ATen `prelu`).
    pub fn prelu(&self, weight: &Tensor) -> Result<Tensor, TorchError> {
        let value = unsafe { ffi::rt_torch_torchtensor_prelu(self.handle, weight.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Softmin along a dimension, softmax(-input), optionally computed in another dtype.
    ///
    /// * `dim`: The dimension that sums to 1; None for PyTorch's legacy choice (0 for 0-, 1- and
    ///   3-d inputs, else 1). PyTorch's default: `None`.
    /// * `dtype`: Convert the input to this dtype first; None keeps it. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int? dim=None, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_softmin`; PyTorch: `torch.nn.functional.softmin`.
    pub fn softmin(&self, dim: Option<i64>, dtype: Option<Kind>) -> Result<Tensor, TorchError> {
        let value = unsafe {
            ffi::rt_torch_torchtensor_softmin(
                self.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }
}
