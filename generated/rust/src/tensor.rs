// generated from spec/torch_api.yaml by sffi-gen; do not edit
//! Tensor's operations: its methods and constructors, one per catalogue entry.

use crate::convert::{DEFAULT_CAPACITY, capacity_arg, len_arg, optional_text_arg, optional_text_ptr, read_array, text_arg, text_from_ptr};
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe { ffi::rt_torch_tensor_empty(dims.as_ptr(), len_arg(dims.len())) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise sum of two tensors, with broadcasting and type promotion.
    ///
    /// * `other`: The right operand; broadcast against `self`.
    ///
    /// Returns: A new tensor holding `self` + other.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_add`; PyTorch: `torch.add`.
    pub fn add(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_add(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise difference of two tensors, with broadcasting.
    ///
    /// * `other`: The right operand; broadcast against `self`.
    ///
    /// Returns: A new tensor holding `self` - other.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sub`; PyTorch: `torch.sub`.
    pub fn sub(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_sub(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise product of two tensors, with broadcasting.
    ///
    /// * `other`: The right operand; broadcast against `self`.
    ///
    /// Returns: A new tensor holding `self` * other.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mul`; PyTorch: `torch.mul`.
    pub fn mul(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_mul(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise true division of two tensors, with broadcasting.
    ///
    /// * `other`: The divisor; broadcast against `self`.
    ///
    /// Returns: A new floating-point tensor holding `self` / other.
    ///
    /// Schema: `(Tensor handle, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_div`; PyTorch: `torch.div`.
    pub fn div(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_div(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises every element to a scalar exponent.
    ///
    /// * `exponent`: The exponent.
    ///
    /// Returns: A new tensor holding `self` ** exponent.
    ///
    /// Schema: `(Tensor handle, float exponent) -> Tensor`.
    /// Binds `rt_torch_torchtensor_pow`; PyTorch: `torch.pow`.
    pub fn pow(&self, exponent: f64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_pow(self.handle, exponent) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise negation.
    ///
    /// Returns: A new tensor holding -`self`.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_neg`; PyTorch: `torch.neg`.
    pub fn neg(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_neg(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise absolute value.
    ///
    /// Returns: A new tensor holding abs(`self`).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_abs`; PyTorch: `torch.abs`.
    pub fn abs(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_log(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Adds a scalar to every element.
    ///
    /// * `scalar`: The value to add.
    ///
    /// Returns: A new tensor holding `self` + scalar.
    ///
    /// Schema: `(Tensor handle, float scalar) -> Tensor`.
    /// Binds `rt_torch_torchtensor_add_scalar`; PyTorch: `torch.add`.
    pub fn add_scalar(&self, scalar: f64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_add_scalar(self.handle, scalar) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Multiplies every element by a scalar.
    ///
    /// * `scalar`: The factor.
    ///
    /// Returns: A new tensor holding `self` * scalar.
    ///
    /// Schema: `(Tensor handle, float scalar) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mul_scalar`; PyTorch: `torch.mul`.
    pub fn mul_scalar(&self, scalar: f64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_dot(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Swaps two dimensions; the result is a view sharing memory with the input.
    ///
    /// * `dim0`: The first dimension.
    /// * `dim1`: The second dimension.
    ///
    /// Returns: A new tensor to the transposed view.
    ///
    /// Schema: `(Tensor handle, int dim0, int dim1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_transpose`; PyTorch: `torch.transpose`.
    pub fn transpose(&self, dim0: i64, dim1: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_transpose(self.handle, dim0, dim1) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Transpose of a tensor with at most 2 dimensions (a view).
    ///
    /// Returns: A new tensor to the transposed view.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_t`; PyTorch: `torch.t`.
    pub fn t(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_inverse(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The U factor of the reduced singular value decomposition `self` = U diag(S) Vh.
    ///
    /// Returns: A new tensor to U (full_matrices=False); S and Vh come from
    /// rt_torch_torchtensor_linalg_svd.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_svd`; PyTorch: `torch.linalg.svd`.
    pub fn svd(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_svd(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The real parts of the eigenvalues of a square matrix.
    ///
    /// Returns: A new tensor to the real parts of the eigenvalues, as the reference defines it; the
    /// complete eigenvalues and eigenvectors come from rt_torch_torchtensor_linalg_eig.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_eig`; PyTorch: `torch.linalg.eig`.
    pub fn eig(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_max(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Maxima along one dimension (the values; their indices come from
    /// rt_torch_torchtensor_max_dim_v2).
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor to the values.
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_max_dim`; PyTorch: `torch.max`.
    pub fn max_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_min(self.handle) };
        check_ambiguous(value, value.is_nan())
    }

    /// Minima along one dimension (the values; their indices come from
    /// rt_torch_torchtensor_min_dim_v2).
    ///
    /// * `dim`: The dimension to reduce; negative values count from the end.
    /// * `keepdim`: Keep the reduced dimension with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor to the values.
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_min_dim`; PyTorch: `torch.min`.
    pub fn min_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_min_dim(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Indices of the maxima along one dimension, or over the flattened tensor when dim is negative
    /// (so -1 is not the last dimension here: rt_torch_torchtensor_argmax_v2 takes PyTorch's dims).
    ///
    /// * `dim`: The dimension to reduce; any negative value means over the flattened tensor.
    /// * `keepdim`: Keep the reduced dimension(s) with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor of indices (flat indices when dim is negative).
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_argmax`; PyTorch: `torch.argmax`.
    pub fn argmax(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_argmax(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Indices of the minima along one dimension, or over the flattened tensor when dim is negative
    /// (so -1 is not the last dimension here: rt_torch_torchtensor_argmin_v2 takes PyTorch's dims).
    ///
    /// * `dim`: The dimension to reduce; any negative value means over the flattened tensor.
    /// * `keepdim`: Keep the reduced dimension(s) with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor of indices (flat indices when dim is negative).
    ///
    /// Schema: `(Tensor handle, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_argmin`; PyTorch: `torch.argmin`.
    pub fn argmin(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_numel(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// The size of every dimension.
    ///
    /// Returns: The sizes, outermost first.
    ///
    /// Schema: `(Tensor handle) -> int[]`.
    /// Binds `rt_torch_torchtensor_shape`; PyTorch: `torch.Tensor.size`.
    pub fn shape(&self) -> Result<Vec<i64>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_shape(self.handle, out, out_capacity)
        })
    }

    /// The same data with a new shape; a view when possible, a copy otherwise.
    ///
    /// * `dims`: The new shape; one size may be -1 (inferred).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor handle, int[] dims) -> Tensor`.
    /// Binds `rt_torch_torchtensor_reshape`; PyTorch: `torch.reshape`.
    pub fn reshape(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_reshape(self.handle, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with a new shape, made contiguous first, so that it never fails on strides (a
    /// non-contiguous input gives a copy that no longer shares its memory;
    /// rt_torch_torchtensor_view_v2 is PyTorch's view, which never copies).
    ///
    /// * `dims`: The new shape; one size may be -1 (inferred).
    ///
    /// Returns: A new tensor: a view sharing memory with `self` when `self` is contiguous, else a
    /// view of a contiguous copy.
    ///
    /// Schema: `(Tensor handle, int[] dims) -> Tensor`.
    /// Binds `rt_torch_torchtensor_view`; PyTorch: `torch.Tensor.view`.
    pub fn view(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_view(self.handle, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Reorders the dimensions (a view).
    ///
    /// * `dims`: A permutation of 0..ndim-1.
    ///
    /// Returns: A new tensor to the permuted view.
    ///
    /// Schema: `(Tensor handle, int[] dims) -> Tensor`.
    /// Binds `rt_torch_torchtensor_permute`; PyTorch: `torch.permute`.
    pub fn permute(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_permute(self.handle, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Removes every dimension of size 1.
    ///
    /// Returns: A new tensor to the squeezed view.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_squeeze`; PyTorch: `torch.squeeze`.
    pub fn squeeze(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_squeeze(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Removes one dimension if its size is 1.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    ///
    /// Returns: A new tensor to the view (unchanged shape if the size is not 1).
    ///
    /// Schema: `(Tensor handle, int dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_squeeze_dim`; PyTorch: `torch.squeeze`.
    pub fn squeeze_dim(&self, dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_squeeze_dim(self.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Inserts a dimension of size 1.
    ///
    /// * `dim`: The position of the new dimension, in -(ndim+1)..ndim.
    ///
    /// Returns: A new tensor to the view.
    ///
    /// Schema: `(Tensor handle, int dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_unsqueeze`; PyTorch: `torch.unsqueeze`.
    pub fn unsqueeze(&self, dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_unsqueeze(self.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Flattens into one dimension.
    ///
    /// Returns: A new 1-D `self` (a view when possible).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_flatten`; PyTorch: `torch.flatten`.
    pub fn flatten(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_flatten(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor in contiguous row-major memory.
    ///
    /// Returns: A new tensor; it shares memory with `self` when that is already contiguous.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_contiguous`; PyTorch: `torch.Tensor.contiguous`.
    pub fn contiguous(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// Returns: A new tensor to the view.
    ///
    /// Schema: `(Tensor handle, int dim, int start, int end, int step=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_slice`; PyTorch: `torch.Tensor.__getitem__`.
    pub fn slice(&self, dim: i64, start: i64, end: i64, step: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// Schema: `(Tensor handle, int chunks, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_chunk`; PyTorch: `torch.chunk`.
    pub fn chunk(&self, chunks: i64, dim: i64) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_requires_grad(self.handle) };
        check_ambiguous(value, !value)
    }

    /// The gradient accumulated in a tensor by backward.
    ///
    /// Returns: A new tensor to the gradient (sharing its memory), or 0 when no gradient is
    /// defined.
    ///
    /// Schema: `(Tensor handle) -> Tensor?`.
    /// Binds `rt_torch_autograd_grad`; PyTorch: `torch.Tensor.grad`.
    pub fn grad(&self) -> Result<Option<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_grad(self.handle) };
        check_ambiguous(value, value == 0).map(Tensor::from_optional_handle)
    }

    /// Backpropagates from a scalar tensor, accumulating gradients into the leaves.
    ///
    /// Schema: `(Tensor handle) -> ()`.
    /// Binds `rt_torch_autograd_backward`; PyTorch: `torch.Tensor.backward`.
    pub fn backward(&self) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_autograd_zero_grad(self.handle) };
        check_void()
    }

    /// A tensor sharing the same data but cut from the autograd graph.
    ///
    /// Returns: A new tensor that does not require grad.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_autograd_detach`; PyTorch: `torch.Tensor.detach`.
    pub fn detach(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_detach(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor on a CUDA device.
    ///
    /// * `device_id`: The CUDA device ordinal. PyTorch's default: `0`.
    ///
    /// Returns: A new tensor on the device (the same memory if it is already there).
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) without it.
    ///
    /// Schema: `(Tensor handle, int32 device_id=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cuda`; PyTorch: `torch.Tensor.cuda`.
    pub fn cuda(&self, device_id: i32) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_cuda(self.handle, device_id) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor in host memory.
    ///
    /// Returns: A new tensor on the CPU (the same memory if it is already there).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cpu`; PyTorch: `torch.Tensor.cpu`.
    pub fn cpu(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_device(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// A copy of the tensor on a CUDA device, as rt_torch_torchtensor_cuda makes it: the stream
    /// `self` is not looked at (rt_torch_torchtensor_to_stream_v2 copies on the stream).
    ///
    /// * `device_id`: The CUDA device ordinal.
    /// * `stream`: Ignored (any value).
    ///
    /// Returns: A new tensor on the device.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) without it.
    ///
    /// Schema: `(Tensor handle, int32 device_id, Stream stream) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_stream`; PyTorch: `torch.Tensor.to`.
    pub fn to_stream(&self, device_id: i32, stream: &Stream) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_to_stream(self.handle, device_id, stream.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A deep copy of the tensor, on the same device.
    ///
    /// Returns: A new tensor with its own memory (still tracked by autograd).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clone`; PyTorch: `torch.clone`.
    pub fn try_clone(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_clone(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A DLPack export of the tensor (a new DLManagedTensor sharing its memory), returned as its
    /// address.
    ///
    /// * `versioned`: true for a DLManagedTensorVersioned (DLPack 1.x: a capsule named
    ///   dltensor_versioned), false for a DLManagedTensor (DLPack 0.x: dltensor).
    ///
    /// Returns: The address of a new DLManagedTensor or DLManagedTensorVersioned (ATen's
    /// at::toDLPack / toDLPackVersioned) that keeps the tensor's storage alive; writes through
    /// either side are seen by the other. The caller owns it and must pass it exactly once to a
    /// DLPack consumer (rt_torch_tensor_from_dlpack, or another library, which calls its deleter)
    /// or to rt_torch_dlpack_free; until then it counts in rt_torch_live_handles. -1 (never an
    /// address) on failure. Python wraps it in a capsule named dltensor or dltensor_versioned
    /// (Tensor.__dlpack__).
    ///
    /// Schema: `(Tensor handle, bool versioned) -> int`.
    /// Binds `rt_torch_torchtensor_to_dlpack`; PyTorch: `torch.to_dlpack`.
    pub fn to_dlpack(&self, versioned: bool) -> Result<i64, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_to_dlpack(self.handle, versioned) };
        check_ambiguous(value, value == -1)
    }

    /// A new tensor over the memory of a DLPack DLManagedTensor (another library's array), taking
    /// ownership of it.
    ///
    /// * `address`: The address of a DLManagedTensor the caller owns (from
    ///   rt_torch_torchtensor_to_dlpack or another library's DLPack export: a dltensor capsule's
    ///   pointer). It cannot be validated: anything but such an address is undefined behaviour,
    ///   except 0, which is a value error.
    /// * `versioned`: true when the address is of a DLManagedTensorVersioned (a dltensor_versioned
    ///   capsule), false for a DLManagedTensor.
    ///
    /// Returns: A new tensor sharing the memory (no copy); the DLManagedTensor's deleter runs when
    /// the tensor's storage is freed. On failure (0, an unknown dtype or device) the caller still
    /// owns the DLManagedTensor.
    ///
    /// # Safety
    ///
    /// The bridge cannot check every argument (an address it dereferences): the caller upholds the
    /// contract of the parameters above.
    ///
    /// Schema: `(int address, bool versioned) -> Tensor`.
    /// Binds `rt_torch_tensor_from_dlpack`; PyTorch: `torch.from_dlpack`.
    pub unsafe fn from_dlpack(address: i64, versioned: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); what the bridge cannot check is the caller's contract (this function's `# Safety`).
        let value = unsafe { ffi::rt_torch_tensor_from_dlpack(address, versioned) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The stride of every dimension, in elements.
    ///
    /// Returns: How many elements one step along each dimension skips, outermost first.
    ///
    /// Schema: `(Tensor input) -> int[]`.
    /// Binds `rt_torch_torchtensor_stride`; PyTorch: `torch.Tensor.stride`.
    pub fn stride(&self) -> Result<Vec<i64>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_stride(self.handle, out, out_capacity)
        })
    }

    /// The stride of one dimension, in elements.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    ///
    /// Returns: How many elements one step along the dimension skips.
    ///
    /// Schema: `(Tensor input, int dim) -> int`.
    /// Binds `rt_torch_torchtensor_stride_int`; PyTorch: `torch.Tensor.stride` (ATen `stride.int`).
    pub fn stride_int(&self, dim: i64) -> Result<i64, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_stride_int(self.handle, dim) };
        check_ambiguous(value, value == -1)
    }

    /// Where the tensor's first element sits in its storage, in elements.
    ///
    /// Returns: The offset in elements (not bytes); 0 unless the tensor is a view that starts
    /// further in.
    ///
    /// Schema: `(Tensor input) -> int`.
    /// Binds `rt_torch_torchtensor_storage_offset`; PyTorch: `torch.Tensor.storage_offset` (ATen `storage_offset`).
    pub fn storage_offset(&self) -> Result<i64, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_storage_offset(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// Whether the elements are laid out contiguously in a memory format.
    ///
    /// * `memory_format`: The layout to check against. Keyword-only in PyTorch. PyTorch's default:
    ///   `MemoryFormat::ContiguousFormat`.
    ///
    /// Returns: true when the strides are those of that layout.
    ///
    /// Schema: `(Tensor input, *, memory_format memory_format='contiguous_format') -> bool`.
    /// Binds `rt_torch_torchtensor_is_contiguous`; PyTorch: `torch.Tensor.is_contiguous` (ATen `is_contiguous.memory_format`).
    pub fn is_contiguous(&self, memory_format: MemoryFormat) -> Result<bool, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_is_contiguous(self.handle, memory_format.as_c_str().as_ptr())
        };
        check_ambiguous(value, !value)
    }

    /// Whether the tensor's dtype is a complex type (complex64 or complex128).
    ///
    /// Returns: true for a complex dtype.
    ///
    /// Schema: `(Tensor input) -> bool`.
    /// Binds `rt_torch_torchtensor_is_complex`; PyTorch: `torch.is_complex` (ATen `is_complex`).
    pub fn is_complex(&self) -> Result<bool, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_is_complex(self.handle) };
        check_ambiguous(value, !value)
    }

    /// Whether the tensor's dtype is a floating-point type (float16, bfloat16, float32 or float64).
    ///
    /// Returns: true for a floating-point dtype.
    ///
    /// Schema: `(Tensor input) -> bool`.
    /// Binds `rt_torch_torchtensor_is_floating_point`; PyTorch: `torch.is_floating_point` (ATen `is_floating_point`).
    pub fn is_floating_point(&self) -> Result<bool, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_is_floating_point(self.handle) };
        check_ambiguous(value, !value)
    }

    /// The size of one element in bytes.
    ///
    /// Returns: The byte size of the tensor's dtype (4 for float32).
    ///
    /// Schema: `(Tensor input) -> int`.
    /// Binds `rt_torch_torchtensor_element_size`; PyTorch: `torch.Tensor.element_size`.
    pub fn element_size(&self) -> Result<i64, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_element_size(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// The tensor converted to the dtype of another tensor.
    ///
    /// * `other`: The tensor whose dtype (and device) to take.
    ///
    /// Returns: `self` itself when the dtype and device already match, else a converted copy.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_type_as`; PyTorch: `torch.Tensor.type_as` (ATen `type_as`).
    pub fn type_as(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_type_as(self.handle, other.handle) };
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_dtype(self.handle) };
        check_strict(value, value == -1).and_then(Kind::from_code)
    }

    /// The tensor converted to another element type.
    ///
    /// * `dtype`: One of the dtypes of this catalogue.
    ///
    /// Returns: A new tensor (the same memory when the dtype already matches).
    ///
    /// Schema: `(Tensor handle, ScalarType dtype) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_dtype`; PyTorch: `torch.Tensor.to`.
    pub fn to_dtype(&self, dtype: Kind) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_to_dtype(self.handle, dtype.code()) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The real parts of a tensor (the tensor itself when it is real).
    ///
    /// Returns: A new tensor to a real view.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_real`; PyTorch: `torch.real`.
    pub fn real(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_real(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The imaginary parts of a complex tensor.
    ///
    /// Returns: A new tensor to a real view.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_imag`; PyTorch: `torch.imag`.
    pub fn imag(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_min_all(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Divides every element by a scalar.
    ///
    /// * `scalar`: The divisor.
    ///
    /// Returns: A new tensor holding `self` / scalar (true division: floating point for integer
    /// inputs).
    ///
    /// Schema: `(Tensor handle, float scalar) -> Tensor`.
    /// Binds `rt_torch_torchtensor_div_scalar`; PyTorch: `torch.div`.
    pub fn div_scalar(&self, scalar: f64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_maximum(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by default).
    ///
    /// * `grad`: The new gradient, shaped like `self` with its dtype and device; None for none.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor? grad) -> ()`.
    /// Binds `rt_torch_autograd_set_grad`; PyTorch: `torch.Tensor.grad`.
    pub fn set_grad(&mut self, grad: Option<&Tensor>) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_autograd_set_grad(self.handle, grad.map_or(0, |t| t.handle)) };
        check_void()
    }

    /// Adds alpha times another tensor to this one, in place.
    ///
    /// * `other`: The tensor to add, broadcastable to `self`.
    /// * `alpha`: The multiplier of other (a whole number also suits integer tensors, as PyTorch's
    ///   default 1 does). PyTorch's default: `1.0`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor other, float alpha=1.0) -> ()`.
    /// Binds `rt_torch_torchtensor_add_`; PyTorch: `torch.Tensor.add_`.
    pub fn add_(&mut self, other: &Tensor, alpha: f64) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_add_scalar_(self.handle, scalar) };
        check_void()
    }

    /// Adds alpha times another tensor to this one, in place (PyTorch's Tensor.add_ with a tensor).
    ///
    /// * `other`: The tensor to add, broadcastable to `self`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `other`: The factor, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_mul_`; PyTorch: `torch.Tensor.mul_`.
    pub fn mul_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_addcdiv_(self.handle, tensor1.handle, tensor2.handle, value)
        };
        check_void()
    }

    /// Moves every element toward another tensor by a weight, in place (`self` + weight * (end -
    /// `self`)).
    ///
    /// * `end`: The target, broadcastable to `self`.
    /// * `weight`: The interpolation weight.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor end, float weight) -> ()`.
    /// Binds `rt_torch_torchtensor_lerp_`; PyTorch: `torch.Tensor.lerp_`.
    pub fn lerp_(&mut self, end: &Tensor, weight: f64) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_zero_(self.handle) };
        check_void()
    }

    /// Copies the elements of another tensor into this one, in place (converting dtype and device).
    ///
    /// * `src`: The source, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor src) -> ()`.
    /// Binds `rt_torch_torchtensor_copy_`; PyTorch: `torch.Tensor.copy_`.
    pub fn copy_(&mut self, src: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_copy_(self.handle, src.handle) };
        check_void()
    }

    /// Backpropagates from a tensor, accumulating gradients into the leaves: from a scalar, or from
    /// any tensor with the gradient of its output (a vector-Jacobian product).
    ///
    /// * `gradient`: The gradient of the output, of the tensor's shape; None for a one-element
    ///   tensor (then 1). PyTorch's default: `None`.
    /// * `retain_graph`: Keep the graph for another backward; None for create_graph's value.
    ///   PyTorch's default: `None`.
    /// * `create_graph`: Record the backward pass, for higher-order gradients. PyTorch's default:
    ///   `false`.
    ///
    /// Schema: `(Tensor handle, Tensor? gradient=None, bool? retain_graph=None, bool create_graph=False) -> ()`.
    /// Binds `rt_torch_autograd_backward_v2`; PyTorch: `torch.Tensor.backward`.
    pub fn backward_v2(
        &self,
        gradient: Option<&Tensor>,
        retain_graph: Option<bool>,
        create_graph: bool,
    ) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_autograd_backward_v2(
                self.handle,
                gradient.map_or(0, |t| t.handle),
                retain_graph.unwrap_or_default(),
                retain_graph.is_some(),
                create_graph,
            )
        };
        check_void()
    }

    /// A copy of the tensor on a CUDA device, made current on the given stream and non-blocking,
    /// like `with torch.cuda.stream(s): t.to(device, non_blocking=True)`.
    ///
    /// * `device_id`: The CUDA device ordinal.
    /// * `stream`: A stream of that device; synchronise it before reading the result elsewhere.
    ///
    /// Returns: A new tensor on the device.
    ///
    /// Needs CUDA: fails with [`ErrorKind::Unavailable`](crate::ErrorKind::Unavailable) without it.
    ///
    /// Schema: `(Tensor handle, int32 device_id, Stream stream) -> Tensor`.
    /// Binds `rt_torch_torchtensor_to_stream_v2`; PyTorch: `torch.Tensor.to`.
    pub fn to_stream_v2(&self, device_id: i32, stream: &Stream) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_to_stream_v2(self.handle, device_id, stream.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// The element-wise sum `self` + alpha * other (broadcasting, with PyTorch's type promotion).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// The element-wise difference `self` - alpha * other (broadcasting).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `alpha`: The multiplier of `self`. Keyword-only in PyTorch. PyTorch's default: `1`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// The element-wise difference other - alpha * `self` (broadcasting).
    ///
    /// * `other`: The tensor it is subtracted from.
    /// * `alpha`: The multiplier of `self`. Keyword-only in PyTorch. PyTorch's default: `1`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_mul_scalar_v2(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise quotient `self` / other, true or rounded (broadcasting).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_gelu_v2(self.handle, approximate.as_c_str().as_ptr())
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Softmax along a dimension, optionally computed in another dtype.
    ///
    /// * `dim`: The dimension that sums to 1; negative values count from the end.
    /// * `dtype`: Convert the `self` to this dtype first; None keeps it. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_softmax_int`; PyTorch: `torch.softmax` (ATen `softmax.int`).
    pub fn softmax_int(&self, dim: i64, dtype: Option<Kind>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_softmax_int(self.handle, dim, dtype.map_or(-1, Kind::code))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Log-softmax along a dimension, optionally computed in another dtype.
    ///
    /// * `dim`: The dimension; negative values count from the end.
    /// * `dtype`: Convert the `self` to this dtype first; None keeps it. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_log_softmax_int`; PyTorch: `torch.log_softmax` (ATen `log_softmax.int`).
    pub fn log_softmax_int(&self, dim: i64, dtype: Option<Kind>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `dtype`: Compute in this dtype; None keeps the `self`'s. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_det(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The singular value decomposition `self` = U diag(S) Vh, of a matrix or a batch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
    /// * `dtype`: The dtype of the result; None keeps the `self`'s (int64 for integer and bool
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dtype`: Compute in this dtype; None keeps the `self`'s. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_var_v2(self.handle, unbiased) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Drops the given dimensions where their size is 1.
    ///
    /// * `dim`: The dimensions; negative values count from the end.
    ///
    /// Returns: A new tensor sharing memory with `self` (a view).
    ///
    /// Schema: `(Tensor input, int[] dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_squeeze_dims`; PyTorch: `torch.squeeze` (ATen `squeeze.dims`).
    pub fn squeeze_dims(&self, dim: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// Returns: A new tensor (a view where the memory allows it).
    ///
    /// Schema: `(Tensor input, int start_dim=0, int end_dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_flatten_using_ints`; PyTorch: `torch.flatten` (ATen `flatten.using_ints`).
    pub fn flatten_using_ints(&self, start_dim: i64, end_dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// Returns: A new tensor sharing memory with `self` (a view).
    ///
    /// Schema: `(Tensor input, int dim, int index) -> Tensor`.
    /// Binds `rt_torch_torchtensor_select_int`; PyTorch: `torch.select` (ATen `select.int`).
    pub fn select_int(&self, dim: i64, index: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_tensor(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view of the same memory with a new shape; an error naming reshape when the strides do not
    /// allow one.
    ///
    /// * `size`: The new shape; one size may be -1 (inferred).
    ///
    /// Returns: A new tensor sharing memory with `self` (never a copy).
    ///
    /// Schema: `(Tensor input, int[] size) -> Tensor`.
    /// Binds `rt_torch_torchtensor_view_v2`; PyTorch: `torch.Tensor.view` (ATen `view`).
    pub fn view_v2(&self, size: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_view_v2(self.handle, size.as_ptr(), len_arg(size.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A complex tensor from its `self` and imaginary parts.
    ///
    /// * `imag`: The imaginary parts, of `self`'s dtype, broadcastable to it.
    ///
    /// Returns: A new complex64 or complex128 tensor.
    ///
    /// Schema: `(Tensor real, Tensor imag) -> Tensor`.
    /// Binds `rt_torch_torchtensor_complex`; PyTorch: `torch.complex` (ATen `complex`).
    pub fn complex(&self, imag: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_complex(self.handle, imag.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to another dtype.
    ///
    /// * `dtype`: The dtype to convert to.
    /// * `non_blocking`: Copy asynchronously where the devices allow it. PyTorch's default:
    ///   `false`.
    /// * `copy`: Always copy, even when nothing changes. PyTorch's default: `false`.
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the same memory when nothing changes and copy is false).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dtype`: The dtype to convert to; None keeps the `self`'s. PyTorch's default: `None`.
    /// * `non_blocking`: Copy asynchronously where the devices allow it. PyTorch's default:
    ///   `false`.
    /// * `copy`: Always copy, even when nothing changes. PyTorch's default: `false`.
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the same memory when nothing changes and copy is false).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the same memory when nothing changes and copy is false).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dtype`: The dtype to convert to; None keeps the `self`'s. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    /// * `device`: The device to move to; None keeps the `self`'s. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    /// * `non_blocking`: Copy asynchronously where the devices allow it. Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    /// * `copy`: Always copy, even when nothing changes. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the same memory when nothing changes and copy is false).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of the copy; None preserves the `self`'s. Keyword-only
    ///   in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor with its own memory.
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clone_v2`; PyTorch: `torch.clone` (ATen `clone`).
    pub fn clone_v2(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// Returns: A new tensor (the same memory when it is already contiguous in that layout).
    ///
    /// Schema: `(Tensor input, *, memory_format memory_format='contiguous_format') -> Tensor`.
    /// Binds `rt_torch_torchtensor_contiguous_v2`; PyTorch: `torch.Tensor.contiguous` (ATen `contiguous`).
    pub fn contiguous_v2(&self, memory_format: MemoryFormat) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_contiguous_v2(self.handle, memory_format.as_c_str().as_ptr())
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise sine of the `self`, in radians.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sin`; PyTorch: `torch.sin` (ATen `sin`).
    pub fn sin(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_sin(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The cumulative sum of the elements along a dimension.
    ///
    /// * `dim`: The dimension to accumulate along.
    /// * `dtype`: The dtype of the result (the `self` is converted to it first); None keeps the
    ///   `self`'s. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cumsum`; PyTorch: `torch.cumsum` (ATen `cumsum`).
    pub fn cumsum(&self, dim: i64, dtype: Option<Kind>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_cumsum(self.handle, dim, dtype.map_or(-1, Kind::code))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The cumulative product of the elements along a dimension.
    ///
    /// * `dim`: The dimension to accumulate along.
    /// * `dtype`: The dtype of the result (the `self` is converted to it first); None keeps the
    ///   `self`'s. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cumprod`; PyTorch: `torch.cumprod` (ATen `cumprod`).
    pub fn cumprod(&self, dim: i64, dtype: Option<Kind>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_cumprod(self.handle, dim, dtype.map_or(-1, Kind::code))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The running maximum of the elements along a dimension, with its indices.
    ///
    /// * `dim`: The dimension to accumulate along.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The running maxima.
    /// * `indices`: The int64 index along dim of each running maximum.
    ///
    /// Schema: `(Tensor input, int dim) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_cummax`; PyTorch: `torch.cummax` (ATen `cummax`).
    pub fn cummax(&self, dim: i64) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_cummax(self.handle, dim, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The running minimum of the elements along a dimension, with its indices.
    ///
    /// * `dim`: The dimension to accumulate along.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The running minima.
    /// * `indices`: The int64 index along dim of each running minimum.
    ///
    /// Schema: `(Tensor input, int dim) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_cummin`; PyTorch: `torch.cummin` (ATen `cummin`).
    pub fn cummin(&self, dim: i64) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_cummin(self.handle, dim, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The logarithm of the cumulative sum of exponentials along a dimension, computed stably.
    ///
    /// * `dim`: The dimension to accumulate along.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logcumsumexp`; PyTorch: `torch.logcumsumexp` (ATen `logcumsumexp`).
    pub fn logcumsumexp(&self, dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_logcumsumexp(self.handle, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The logarithm of the sum of exponentials over some dimensions, computed stably.
    ///
    /// * `dim`: The dimensions to reduce (one int or a list). One value stands for 1.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[1] dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logsumexp`; PyTorch: `torch.logsumexp` (ATen `logsumexp`).
    pub fn logsumexp(&self, dim: &[i64], keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_logsumexp(
                self.handle,
                dim.as_ptr(),
                len_arg(dim.len()),
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The product of all elements, optionally in another dtype.
    ///
    /// * `dtype`: The dtype of the result (the `self` is converted to it first); None keeps the
    ///   `self`'s. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new 0-d tensor.
    ///
    /// Schema: `(Tensor input, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_prod`; PyTorch: `torch.prod` (ATen `prod`).
    pub fn prod(&self, dtype: Option<Kind>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_prod(self.handle, dtype.map_or(-1, Kind::code))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The product over one dimension, optionally in another dtype.
    ///
    /// * `dim`: The dimension to reduce.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: The dtype of the result (the `self` is converted to it first); None keeps the
    ///   `self`'s. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_prod_dim_int`; PyTorch: `torch.prod` (ATen `prod.dim_int`).
    pub fn prod_dim_int(
        &self,
        dim: i64,
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_prod_dim_int(
                self.handle,
                dim,
                keepdim,
                dtype.map_or(-1, Kind::code),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether every element along a dimension is true (non-zero).
    ///
    /// * `dim`: The dimension to reduce.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new bool tensor (uint8 for a uint8 `self`).
    ///
    /// Schema: `(Tensor input, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_all_dim`; PyTorch: `torch.all` (ATen `all.dim`).
    pub fn all_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_all_dim(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether every element over all or some dimensions is true (non-zero).
    ///
    /// * `dim`: The dimensions to reduce; None for all. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new bool tensor (uint8 for a uint8 `self`).
    ///
    /// Schema: `(Tensor input, int[]? dim=None, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_all_dims`; PyTorch: `torch.all` (ATen `all.dims`).
    pub fn all_dims(&self, dim: Option<&[i64]>, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_all_dims(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether every element is true (non-zero).
    ///
    /// Returns: A new 0-d bool tensor (uint8 for a uint8 `self`).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_all`; PyTorch: `torch.all` (ATen `all`).
    pub fn all(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_all(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether any element along a dimension is true (non-zero).
    ///
    /// * `dim`: The dimension to reduce.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new bool tensor (uint8 for a uint8 `self`).
    ///
    /// Schema: `(Tensor input, int dim, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_any_dim`; PyTorch: `torch.any` (ATen `any.dim`).
    pub fn any_dim(&self, dim: i64, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_any_dim(self.handle, dim, keepdim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether any element over all or some dimensions is true (non-zero).
    ///
    /// * `dim`: The dimensions to reduce; None for all. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new bool tensor (uint8 for a uint8 `self`).
    ///
    /// Schema: `(Tensor input, int[]? dim=None, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_any_dims`; PyTorch: `torch.any` (ATen `any.dims`).
    pub fn any_dims(&self, dim: Option<&[i64]>, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_any_dims(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether any element is true (non-zero).
    ///
    /// Returns: A new 0-d bool tensor (uint8 for a uint8 `self`).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_any`; PyTorch: `torch.any` (ATen `any`).
    pub fn any(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_any(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The maximum over all or some dimensions (values only).
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_amax`; PyTorch: `torch.amax` (ATen `amax`).
    pub fn amax(&self, dim: Option<&[i64]>, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_amax(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The minimum over all or some dimensions (values only).
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, bool keepdim=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_amin`; PyTorch: `torch.amin` (ATen `amin`).
    pub fn amin(&self, dim: Option<&[i64]>, keepdim: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_amin(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                keepdim,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The minimum and the maximum, over everything or along one dimension.
    ///
    /// * `dim`: The dimension to reduce; None for all. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    ///
    /// Returns the tuple `(min, max)`:
    /// * `min`: The minima.
    /// * `max`: The maxima.
    ///
    /// Schema: `(Tensor input, *, int? dim=None, bool keepdim=False) -> (Tensor min, Tensor max)`.
    /// Binds `rt_torch_torchtensor_aminmax`; PyTorch: `torch.aminmax` (ATen `aminmax`).
    pub fn aminmax(&self, dim: Option<i64>, keepdim: bool) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_aminmax(
                self.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
                keepdim,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The number of non-zero elements over some dimensions.
    ///
    /// * `dim`: The dimensions to count over.
    ///
    /// Returns: A new int64 tensor.
    ///
    /// Schema: `(Tensor input, int[] dim) -> Tensor`.
    /// Binds `rt_torch_torchtensor_count_nonzero_dim_intlist`; PyTorch: `torch.count_nonzero` (ATen `count_nonzero.dim_IntList`).
    pub fn count_nonzero_dim_intlist(&self, dim: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_count_nonzero_dim_intlist(
                self.handle,
                dim.as_ptr(),
                len_arg(dim.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The number of non-zero elements, over everything or along one dimension.
    ///
    /// * `dim`: The dimension to count along; None for all. PyTorch's default: `None`.
    ///
    /// Returns: A new int64 tensor.
    ///
    /// Schema: `(Tensor input, int? dim=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_count_nonzero`; PyTorch: `torch.count_nonzero` (ATen `count_nonzero`).
    pub fn count_nonzero(&self, dim: Option<i64>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_count_nonzero(
                self.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The sum over all or some dimensions, NaN counted as zero.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: The dtype of the result (the `self` is converted to it first); None keeps the
    ///   `self`'s. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_nansum`; PyTorch: `torch.nansum` (ATen `nansum`).
    pub fn nansum(
        &self,
        dim: Option<&[i64]>,
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_nansum(
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

    /// The mean of the non-NaN elements over all or some dimensions.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: The dtype of the result (the `self` is converted to it first); None keeps the
    ///   `self`'s. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, bool keepdim=False, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_nanmean`; PyTorch: `torch.nanmean` (ATen `nanmean`).
    pub fn nanmean(
        &self,
        dim: Option<&[i64]>,
        keepdim: bool,
        dtype: Option<Kind>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_nanmean(
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

    /// The median of all elements (the lower of the two middle values for an even count).
    ///
    /// Returns: A new 0-d tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_median`; PyTorch: `torch.median` (ATen `median`).
    pub fn median(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_median(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The median along a dimension, with its indices.
    ///
    /// * `dim`: The dimension to reduce.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The medians.
    /// * `indices`: Their int64 indices along dim.
    ///
    /// Schema: `(Tensor input, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_median_dim`; PyTorch: `torch.median` (ATen `median.dim`).
    pub fn median_dim(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_median_dim(self.handle, dim, keepdim, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The median of all non-NaN elements.
    ///
    /// Returns: A new 0-d tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_nanmedian`; PyTorch: `torch.nanmedian` (ATen `nanmedian`).
    pub fn nanmedian(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_nanmedian(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The median of the non-NaN elements along a dimension, with its indices.
    ///
    /// * `dim`: The dimension to reduce.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The medians (NaN ignored).
    /// * `indices`: Their int64 indices along dim.
    ///
    /// Schema: `(Tensor input, int dim, bool keepdim=False) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_nanmedian_dim`; PyTorch: `torch.nanmedian` (ATen `nanmedian.dim`).
    pub fn nanmedian_dim(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_nanmedian_dim(self.handle, dim, keepdim, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The most frequent value along a dimension (the smallest on a tie), with its indices.
    ///
    /// * `dim`: The dimension to reduce (default the last). PyTorch's default: `-1`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The modes.
    /// * `indices`: Their int64 indices along dim.
    ///
    /// Schema: `(Tensor input, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_mode`; PyTorch: `torch.mode` (ATen `mode`).
    pub fn mode(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_mode(self.handle, dim, keepdim, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The k-th smallest value along a dimension, with its indices.
    ///
    /// * `k`: Which value: 1 for the smallest.
    /// * `dim`: The dimension to search (default the last). PyTorch's default: `-1`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The k-th smallest values.
    /// * `indices`: Their int64 indices along dim.
    ///
    /// Schema: `(Tensor input, int k, int dim=-1, bool keepdim=False) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_kthvalue`; PyTorch: `torch.kthvalue` (ATen `kthvalue`).
    pub fn kthvalue(
        &self,
        k: i64,
        dim: i64,
        keepdim: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_kthvalue(self.handle, k, dim, keepdim, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The k largest (or smallest) values along a dimension, with their indices.
    ///
    /// * `k`: How many values.
    /// * `dim`: The dimension to search (default the last). PyTorch's default: `-1`.
    /// * `largest`: The largest values (false: the smallest). PyTorch's default: `true`.
    /// * `sorted`: Return them in sorted order. PyTorch's default: `true`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The k largest (or smallest) values.
    /// * `indices`: Their int64 indices along dim.
    ///
    /// Schema: `(Tensor input, int k, int dim=-1, bool largest=True, bool sorted=True) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_topk`; PyTorch: `torch.topk` (ATen `topk`).
    pub fn topk(
        &self,
        k: i64,
        dim: i64,
        largest: bool,
        sorted: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_topk(self.handle, k, dim, largest, sorted, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The values sorted along a dimension, with their original indices.
    ///
    /// * `dim`: The dimension to sort along (default the last). PyTorch's default: `-1`.
    /// * `descending`: Sort in descending order (false: ascending). PyTorch's default: `false`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The sorted values.
    /// * `indices`: The int64 index in `self` of each sorted value.
    ///
    /// Schema: `(Tensor input, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_sort`; PyTorch: `torch.sort` (ATen `sort`).
    pub fn sort(&self, dim: i64, descending: bool) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_sort(self.handle, dim, descending, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The values sorted along a dimension, with their original indices, optionally stable.
    ///
    /// * `stable`: Keep equal elements in their original order; None for false. Keyword-only in
    ///   PyTorch.
    /// * `dim`: The dimension to sort along (default the last). Keyword-only in PyTorch. PyTorch's
    ///   default: `-1`.
    /// * `descending`: Sort in descending order (false: ascending). Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    ///
    /// Returns the tuple `(values, indices)`:
    /// * `values`: The sorted values.
    /// * `indices`: The int64 index in `self` of each sorted value.
    ///
    /// Schema: `(Tensor input, *, bool? stable, int dim=-1, bool descending=False) -> (Tensor values, Tensor indices)`.
    /// Binds `rt_torch_torchtensor_sort_stable`; PyTorch: `torch.sort` (ATen `sort.stable`).
    pub fn sort_stable(
        &self,
        stable: Option<bool>,
        dim: i64,
        descending: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_sort_stable(
                self.handle,
                stable.unwrap_or_default(),
                stable.is_some(),
                dim,
                descending,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The indices that sort the values along a dimension.
    ///
    /// * `dim`: The dimension to sort along (default the last). PyTorch's default: `-1`.
    /// * `descending`: Sort in descending order (false: ascending). PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor.
    ///
    /// Schema: `(Tensor input, int dim=-1, bool descending=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_argsort`; PyTorch: `torch.argsort` (ATen `argsort`).
    pub fn argsort(&self, dim: i64, descending: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_argsort(self.handle, dim, descending) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The indices that sort the values along a dimension, optionally stable.
    ///
    /// * `stable`: Keep equal elements in their original order. Keyword-only in PyTorch.
    /// * `dim`: The dimension to sort along (default the last). Keyword-only in PyTorch. PyTorch's
    ///   default: `-1`.
    /// * `descending`: Sort in descending order (false: ascending). Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor.
    ///
    /// Schema: `(Tensor input, *, bool stable, int dim=-1, bool descending=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_argsort_stable`; PyTorch: `torch.argsort` (ATen `argsort.stable`).
    pub fn argsort_stable(
        &self,
        stable: bool,
        dim: i64,
        descending: bool,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_argsort_stable(self.handle, stable, dim, descending)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The values sorted along the first dimension, ascending.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_msort`; PyTorch: `torch.msort` (ATen `msort`).
    pub fn msort(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_msort(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The q-th quantiles, over everything or along one dimension (q a tensor).
    ///
    /// * `q`: The quantiles, in \[0, 1\]: a 0-d or 1-D floating-point tensor.
    /// * `dim`: The dimension to reduce; None for all (the `self` flattened). PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `interpolation`: How to interpolate between two data points: linear, lower, higher,
    ///   midpoint or nearest. Keyword-only in PyTorch. PyTorch's default: `"linear"`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor q, int? dim=None, bool keepdim=False, *, str interpolation='linear') -> Tensor`.
    /// Binds `rt_torch_torchtensor_quantile`; PyTorch: `torch.quantile` (ATen `quantile`).
    pub fn quantile(
        &self,
        q: &Tensor,
        dim: Option<i64>,
        keepdim: bool,
        interpolation: &str,
    ) -> Result<Tensor, TorchError> {
        let interpolation = text_arg(interpolation, "interpolation")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_quantile(
                self.handle,
                q.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
                keepdim,
                interpolation.as_ptr(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The q-th quantile, over everything or along one dimension (q a number).
    ///
    /// * `q`: The quantile, in \[0, 1\].
    /// * `dim`: The dimension to reduce; None for all (the `self` flattened). PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `interpolation`: How to interpolate between two data points: linear, lower, higher,
    ///   midpoint or nearest. Keyword-only in PyTorch. PyTorch's default: `"linear"`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, float q, int? dim=None, bool keepdim=False, *, str interpolation='linear') -> Tensor`.
    /// Binds `rt_torch_torchtensor_quantile_scalar`; PyTorch: `torch.quantile` (ATen `quantile.scalar`).
    pub fn quantile_scalar(
        &self,
        q: f64,
        dim: Option<i64>,
        keepdim: bool,
        interpolation: &str,
    ) -> Result<Tensor, TorchError> {
        let interpolation = text_arg(interpolation, "interpolation")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_quantile_scalar(
                self.handle,
                q,
                dim.unwrap_or_default(),
                dim.is_some(),
                keepdim,
                interpolation.as_ptr(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The q-th quantiles ignoring NaN, over everything or along one dimension (q a tensor).
    ///
    /// * `q`: The quantiles, in \[0, 1\]: a 0-d or 1-D floating-point tensor.
    /// * `dim`: The dimension to reduce; None for all (the `self` flattened). PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `interpolation`: How to interpolate between two data points: linear, lower, higher,
    ///   midpoint or nearest. Keyword-only in PyTorch. PyTorch's default: `"linear"`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor q, int? dim=None, bool keepdim=False, *, str interpolation='linear') -> Tensor`.
    /// Binds `rt_torch_torchtensor_nanquantile`; PyTorch: `torch.nanquantile` (ATen `nanquantile`).
    pub fn nanquantile(
        &self,
        q: &Tensor,
        dim: Option<i64>,
        keepdim: bool,
        interpolation: &str,
    ) -> Result<Tensor, TorchError> {
        let interpolation = text_arg(interpolation, "interpolation")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_nanquantile(
                self.handle,
                q.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
                keepdim,
                interpolation.as_ptr(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The q-th quantile ignoring NaN, over everything or along one dimension (q a number).
    ///
    /// * `q`: The quantile, in \[0, 1\].
    /// * `dim`: The dimension to reduce; None for all (the `self` flattened). PyTorch's default:
    ///   `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `interpolation`: How to interpolate between two data points: linear, lower, higher,
    ///   midpoint or nearest. Keyword-only in PyTorch. PyTorch's default: `"linear"`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, float q, int? dim=None, bool keepdim=False, *, str interpolation='linear') -> Tensor`.
    /// Binds `rt_torch_torchtensor_nanquantile_scalar`; PyTorch: `torch.nanquantile` (ATen `nanquantile.scalar`).
    pub fn nanquantile_scalar(
        &self,
        q: f64,
        dim: Option<i64>,
        keepdim: bool,
        interpolation: &str,
    ) -> Result<Tensor, TorchError> {
        let interpolation = text_arg(interpolation, "interpolation")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_nanquantile_scalar(
                self.handle,
                q,
                dim.unwrap_or_default(),
                dim.is_some(),
                keepdim,
                interpolation.as_ptr(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The variance and the mean of all elements, with or without Bessel's correction.
    ///
    /// * `unbiased`: Divide by N - 1 (true) or by N (false). PyTorch's default: `true`.
    ///
    /// Returns the tuple `(variance, mean)`:
    /// * `variance`: The variance.
    /// * `mean`: The mean.
    ///
    /// Schema: `(Tensor input, bool unbiased=True) -> (Tensor variance, Tensor mean)`.
    /// Binds `rt_torch_torchtensor_var_mean`; PyTorch: `torch.var_mean` (ATen `var_mean`).
    pub fn var_mean(&self, unbiased: bool) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_var_mean(self.handle, unbiased, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The variance and the mean over some dimensions, with or without Bessel's correction.
    ///
    /// * `dim`: The dimensions to reduce (one int or a list); None for all. One value stands for 1.
    /// * `unbiased`: Divide by N - 1 (true) or by N (false). PyTorch's default: `true`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(variance, mean)`:
    /// * `variance`: The variance.
    /// * `mean`: The mean.
    ///
    /// Schema: `(Tensor input, int[1]? dim, bool unbiased=True, bool keepdim=False) -> (Tensor variance, Tensor mean)`.
    /// Binds `rt_torch_torchtensor_var_mean_dim`; PyTorch: `torch.var_mean` (ATen `var_mean.dim`).
    pub fn var_mean_dim(
        &self,
        dim: Option<&[i64]>,
        unbiased: bool,
        keepdim: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_var_mean_dim(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                unbiased,
                keepdim,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The variance and the mean over all or some dimensions, with a given correction.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `correction`: The difference N - divisor; None for 1 (Bessel's correction). Keyword-only
    ///   in PyTorch. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    ///
    /// Returns the tuple `(variance, mean)`:
    /// * `variance`: The variance.
    /// * `mean`: The mean.
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, *, Scalar? correction=None, bool keepdim=False) -> (Tensor variance, Tensor mean)`.
    /// Binds `rt_torch_torchtensor_var_mean_correction`; PyTorch: `torch.var_mean` (ATen `var_mean.correction`).
    pub fn var_mean_correction(
        &self,
        dim: Option<&[i64]>,
        correction: Option<Scalar>,
        keepdim: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        let (correction, correction_int, correction_kind) = Scalar::optional_c_args(correction);
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_var_mean_correction(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                correction,
                correction_int,
                correction_kind,
                keepdim,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The standard deviation and the mean of all elements, with or without Bessel's correction.
    ///
    /// * `unbiased`: Divide by N - 1 (true) or by N (false). PyTorch's default: `true`.
    ///
    /// Returns the tuple `(std_dev, mean)`:
    /// * `std_dev`: The standard deviation.
    /// * `mean`: The mean.
    ///
    /// Schema: `(Tensor input, bool unbiased=True) -> (Tensor std_dev, Tensor mean)`.
    /// Binds `rt_torch_torchtensor_std_mean`; PyTorch: `torch.std_mean` (ATen `std_mean`).
    pub fn std_mean(&self, unbiased: bool) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_std_mean(self.handle, unbiased, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The standard deviation and the mean over some dimensions, with or without Bessel's
    /// correction.
    ///
    /// * `dim`: The dimensions to reduce (one int or a list); None for all. One value stands for 1.
    /// * `unbiased`: Divide by N - 1 (true) or by N (false). PyTorch's default: `true`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    ///
    /// Returns the tuple `(std_dev, mean)`:
    /// * `std_dev`: The standard deviation.
    /// * `mean`: The mean.
    ///
    /// Schema: `(Tensor input, int[1]? dim, bool unbiased=True, bool keepdim=False) -> (Tensor std_dev, Tensor mean)`.
    /// Binds `rt_torch_torchtensor_std_mean_dim`; PyTorch: `torch.std_mean` (ATen `std_mean.dim`).
    pub fn std_mean_dim(
        &self,
        dim: Option<&[i64]>,
        unbiased: bool,
        keepdim: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_std_mean_dim(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                unbiased,
                keepdim,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The standard deviation and the mean over all or some dimensions, with a given correction.
    ///
    /// * `dim`: The dimensions to reduce; None for all. One value stands for 1. PyTorch's default:
    ///   `None`.
    /// * `correction`: The difference N - divisor; None for 1 (Bessel's correction). Keyword-only
    ///   in PyTorch. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    ///
    /// Returns the tuple `(std_dev, mean)`:
    /// * `std_dev`: The standard deviation.
    /// * `mean`: The mean.
    ///
    /// Schema: `(Tensor input, int[1]? dim=None, *, Scalar? correction=None, bool keepdim=False) -> (Tensor std_dev, Tensor mean)`.
    /// Binds `rt_torch_torchtensor_std_mean_correction`; PyTorch: `torch.std_mean` (ATen `std_mean.correction`).
    pub fn std_mean_correction(
        &self,
        dim: Option<&[i64]>,
        correction: Option<Scalar>,
        keepdim: bool,
    ) -> Result<(Tensor, Tensor), TorchError> {
        let (correction, correction_int, correction_kind) = Scalar::optional_c_args(correction);
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_std_mean_correction(
                self.handle,
                dim.unwrap_or_default().as_ptr(),
                len_arg(dim.unwrap_or_default().len()),
                dim.is_some(),
                correction,
                correction_int,
                correction_kind,
                keepdim,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The histogram of the elements in equal-width bins over a range.
    ///
    /// * `bins`: The number of bins. PyTorch's default: `100`.
    /// * `min`: The lower end of the range; min = max = 0 uses the data's minimum and maximum.
    ///   PyTorch's default: `0`.
    /// * `max`: The upper end of the range (inclusive). PyTorch's default: `0`.
    ///
    /// Returns: A new 1-D tensor of bins counts, in `self`'s dtype.
    ///
    /// Schema: `(Tensor input, int bins=100, Scalar min=0, Scalar max=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_histc`; PyTorch: `torch.histc` (ATen `histc`).
    pub fn histc(
        &self,
        bins: i64,
        min: impl Into<Scalar>,
        max: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (min, min_int, min_kind) = Scalar::c_args(min.into());
        let (max, max_int, max_kind) = Scalar::c_args(max.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_histc(
                self.handle,
                bins,
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

    /// The number of occurrences (or summed weights) of each non-negative integer value.
    ///
    /// * `weights`: A weight for each element (the result is then floating-point); None counts 1
    ///   each. PyTorch's default: `None`.
    /// * `minlength`: The least number of bins. PyTorch's default: `0`.
    ///
    /// Returns: A new 1-D tensor of max(max(`self`) + 1, minlength) counts.
    ///
    /// Schema: `(Tensor input, Tensor? weights=None, int minlength=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bincount`; PyTorch: `torch.bincount` (ATen `bincount`).
    pub fn bincount(&self, weights: Option<&Tensor>, minlength: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_bincount(
                self.handle,
                weights.map_or(0, |t| t.handle),
                minlength,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The index of the bucket each element falls in, given sorted boundaries.
    ///
    /// * `boundaries`: A 1-D tensor of increasing boundaries.
    /// * `out_int32`: Return int32 indices (false: int64). Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    /// * `right`: For a value equal to a boundary, return the index after it (false: the index of
    ///   it). Keyword-only in PyTorch. PyTorch's default: `false`.
    ///
    /// Returns: A new int64 (or int32) tensor of `self`'s shape.
    ///
    /// Schema: `(Tensor input, Tensor boundaries, *, bool out_int32=False, bool right=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bucketize_tensor`; PyTorch: `torch.bucketize` (ATen `bucketize.Tensor`).
    pub fn bucketize_tensor(
        &self,
        boundaries: &Tensor,
        out_int32: bool,
        right: bool,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_bucketize_tensor(
                self.handle,
                boundaries.handle,
                out_int32,
                right,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The index of the bucket a number falls in, given sorted boundaries.
    ///
    /// * `input`: The value to place.
    /// * `boundaries`: A 1-D tensor of increasing boundaries.
    /// * `out_int32`: Return int32 indices (false: int64). Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    /// * `right`: For a value equal to a boundary, return the index after it (false: the index of
    ///   it). Keyword-only in PyTorch. PyTorch's default: `false`.
    ///
    /// Returns: A new 0-d int64 (or int32) tensor.
    ///
    /// Schema: `(Scalar input, Tensor boundaries, *, bool out_int32=False, bool right=False) -> Tensor`.
    /// Binds `rt_torch_tensor_bucketize_scalar`; PyTorch: `torch.bucketize` (ATen `bucketize.Scalar`).
    pub fn bucketize_scalar(
        input: impl Into<Scalar>,
        boundaries: &Tensor,
        out_int32: bool,
        right: bool,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_tensor_bucketize_scalar(
                input,
                input_int,
                input_kind,
                boundaries.handle,
                out_int32,
                right,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The indices where values would be inserted into the innermost dimension of a sorted
    /// sequence.
    ///
    /// * `input`: The values to find positions for.
    /// * `out_int32`: Return int32 indices (false: int64). Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    /// * `right`: Return the last suitable index (false: the first). Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    /// * `side`: left or right, the same as right (preferred); None uses right. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    /// * `sorter`: The indices that sort `self` along its innermost dimension; None when it is
    ///   sorted. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new int64 (or int32) tensor of input's shape.
    ///
    /// Schema: `(Tensor sorted_sequence, Tensor input, *, bool out_int32=False, bool right=False, str? side=None, Tensor? sorter=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_searchsorted_tensor`; PyTorch: `torch.searchsorted` (ATen `searchsorted.Tensor`).
    pub fn searchsorted_tensor(
        &self,
        input: &Tensor,
        out_int32: bool,
        right: bool,
        side: Option<&str>,
        sorter: Option<&Tensor>,
    ) -> Result<Tensor, TorchError> {
        let side = optional_text_arg(side, "side")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_searchsorted_tensor(
                self.handle,
                input.handle,
                out_int32,
                right,
                optional_text_ptr(&side),
                sorter.map_or(0, |t| t.handle),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The index where a number would be inserted into a sorted 1-D sequence.
    ///
    /// * `input`: The value to find a position for.
    /// * `out_int32`: Return int32 indices (false: int64). Keyword-only in PyTorch. PyTorch's
    ///   default: `false`.
    /// * `right`: Return the last suitable index (false: the first). Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    /// * `side`: left or right, the same as right (preferred); None uses right. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    /// * `sorter`: The indices that sort `self` along its innermost dimension; None when it is
    ///   sorted. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new 0-d int64 (or int32) tensor.
    ///
    /// Schema: `(Tensor sorted_sequence, Scalar input, *, bool out_int32=False, bool right=False, str? side=None, Tensor? sorter=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_searchsorted_scalar`; PyTorch: `torch.searchsorted` (ATen `searchsorted.Scalar`).
    pub fn searchsorted_scalar(
        &self,
        input: impl Into<Scalar>,
        out_int32: bool,
        right: bool,
        side: Option<&str>,
        sorter: Option<&Tensor>,
    ) -> Result<Tensor, TorchError> {
        let (input, input_int, input_kind) = Scalar::c_args(input.into());
        let side = optional_text_arg(side, "side")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_searchsorted_scalar(
                self.handle,
                input,
                input_int,
                input_kind,
                out_int32,
                right,
                optional_text_ptr(&side),
                sorter.map_or(0, |t| t.handle),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The n-th forward difference along a dimension, optionally with values prepended or appended.
    ///
    /// * `n`: How many times to take the difference. PyTorch's default: `1`.
    /// * `dim`: The dimension (default the last). PyTorch's default: `-1`.
    /// * `prepend`: Values put before `self` along dim; None for none. PyTorch's default: `None`.
    /// * `append`: Values put after `self` along dim; None for none. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int n=1, int dim=-1, Tensor? prepend=None, Tensor? append=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_diff`; PyTorch: `torch.diff` (ATen `diff`).
    pub fn diff(
        &self,
        n: i64,
        dim: i64,
        prepend: Option<&Tensor>,
        append: Option<&Tensor>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_diff(
                self.handle,
                n,
                dim,
                prepend.map_or(0, |t| t.handle),
                append.map_or(0, |t| t.handle),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view of the tensor with its size-1 dimensions repeated (without copying) to a larger size.
    ///
    /// * `size`: The new size; -1 keeps a dimension's size.
    /// * `implicit`: Internal (PyTorch's tracer): the expansion is implicit; no effect on the
    ///   result. Keyword-only in PyTorch. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, int[] size, *, bool implicit=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_expand`; PyTorch: `torch.Tensor.expand` (ATen `expand`).
    pub fn expand(&self, size: &[i64], implicit: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_expand(
                self.handle,
                size.as_ptr(),
                len_arg(size.len()),
                implicit,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view of the tensor expanded to the size of another.
    ///
    /// * `other`: The tensor whose size to take.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_expand_as`; PyTorch: `torch.Tensor.expand_as` (ATen `expand_as`).
    pub fn expand_as(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_expand_as(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view of the tensor broadcast to a shape.
    ///
    /// * `size`: The shape; -1 keeps a dimension's size.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, int[] size) -> Tensor`.
    /// Binds `rt_torch_torchtensor_broadcast_to`; PyTorch: `torch.broadcast_to` (ATen `broadcast_to`).
    pub fn broadcast_to(&self, size: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_broadcast_to(self.handle, size.as_ptr(), len_arg(size.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with the order of its elements reversed along some dimensions.
    ///
    /// * `dims`: The dimensions to reverse.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[] dims) -> Tensor`.
    /// Binds `rt_torch_torchtensor_flip`; PyTorch: `torch.flip` (ATen `flip`).
    pub fn flip(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_flip(self.handle, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with its columns reversed (dimension 1).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_fliplr`; PyTorch: `torch.fliplr` (ATen `fliplr`).
    pub fn fliplr(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_fliplr(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with its rows reversed (dimension 0).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_flipud`; PyTorch: `torch.flipud` (ATen `flipud`).
    pub fn flipud(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_flipud(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with its elements shifted circularly along some dimensions.
    ///
    /// * `shifts`: The number of places to shift by, one per dimension in dims. One value stands
    ///   for 1.
    /// * `dims`: The dimensions to roll along; None rolls the flattened tensor (and keeps the
    ///   shape). One value stands for 1. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[1] shifts, int[1]? dims=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_roll`; PyTorch: `torch.roll` (ATen `roll`).
    pub fn roll(&self, shifts: &[i64], dims: Option<&[i64]>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_roll(
                self.handle,
                shifts.as_ptr(),
                len_arg(shifts.len()),
                dims.unwrap_or_default().as_ptr(),
                len_arg(dims.unwrap_or_default().len()),
                dims.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor rotated by 90 degrees k times in the plane of two dimensions.
    ///
    /// * `k`: How many times to rotate (negative: clockwise). PyTorch's default: `1`.
    /// * `dims`: The two dimensions of the plane; the rotation is from the first towards the
    ///   second. PyTorch's default: `&[0, 1]`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int k=1, int[] dims=[0, 1]) -> Tensor`.
    /// Binds `rt_torch_torchtensor_rot90`; PyTorch: `torch.rot90` (ATen `rot90`).
    pub fn rot90(&self, k: i64, dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_rot90(self.handle, k, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor tiled a number of times along each dimension.
    ///
    /// * `repeats`: The number of times to repeat along each dimension (at least `self`.dim() of
    ///   them).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[] repeats) -> Tensor`.
    /// Binds `rt_torch_torchtensor_repeat`; PyTorch: `torch.Tensor.repeat` (ATen `repeat`).
    pub fn repeat(&self, repeats: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_repeat(self.handle, repeats.as_ptr(), len_arg(repeats.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The indices 0, 1, ... each repeated the number of times given.
    ///
    /// * `output_size`: The size of the result along dim, when known (saves a device sync); None to
    ///   compute it. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new 1-D int64 tensor.
    ///
    /// Schema: `(Tensor repeats, *, int? output_size=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_repeat_interleave_tensor`; PyTorch: `torch.repeat_interleave` (ATen `repeat_interleave.Tensor`).
    pub fn repeat_interleave_tensor(&self, output_size: Option<i64>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_repeat_interleave_tensor(
                self.handle,
                output_size.unwrap_or_default(),
                output_size.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The elements repeated one after the other, each a number of times given per element.
    ///
    /// * `repeats`: How many times to repeat each element (0-d or one per element along dim).
    /// * `dim`: The dimension to repeat along; None repeats the flattened `self` (a 1-D result).
    ///   PyTorch's default: `None`.
    /// * `output_size`: The size of the result along dim, when known (saves a device sync); None to
    ///   compute it. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor repeats, int? dim=None, *, int? output_size=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_repeat_interleave_self_tensor`; PyTorch: `torch.repeat_interleave` (ATen `repeat_interleave.self_Tensor`).
    pub fn repeat_interleave_self_tensor(
        &self,
        repeats: &Tensor,
        dim: Option<i64>,
        output_size: Option<i64>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_repeat_interleave_self_tensor(
                self.handle,
                repeats.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
                output_size.unwrap_or_default(),
                output_size.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The elements repeated one after the other, each the same number of times.
    ///
    /// * `repeats`: How many times to repeat each element.
    /// * `dim`: The dimension to repeat along; None repeats the flattened `self` (a 1-D result).
    ///   PyTorch's default: `None`.
    /// * `output_size`: The size of the result along dim, when known (saves a device sync); None to
    ///   compute it. Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int repeats, int? dim=None, *, int? output_size=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_repeat_interleave_self_int`; PyTorch: `torch.repeat_interleave` (ATen `repeat_interleave.self_int`).
    pub fn repeat_interleave_self_int(
        &self,
        repeats: i64,
        dim: Option<i64>,
        output_size: Option<i64>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_repeat_interleave_self_int(
                self.handle,
                repeats,
                dim.unwrap_or_default(),
                dim.is_some(),
                output_size.unwrap_or_default(),
                output_size.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor tiled a number of times along each dimension (fewer repetitions than dimensions
    /// count from the last).
    ///
    /// * `dims`: The number of times to repeat along each dimension.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int[] dims) -> Tensor`.
    /// Binds `rt_torch_torchtensor_tile`; PyTorch: `torch.tile` (ATen `tile`).
    pub fn tile(&self, dims: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_tile(self.handle, dims.as_ptr(), len_arg(dims.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view with some dimensions moved to other positions.
    ///
    /// * `source`: The dimensions to move (distinct).
    /// * `destination`: Their new positions (distinct).
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, int[] source, int[] destination) -> Tensor`.
    /// Binds `rt_torch_torchtensor_movedim_intlist`; PyTorch: `torch.movedim` (ATen `movedim.intlist`).
    pub fn movedim_intlist(
        &self,
        source: &[i64],
        destination: &[i64],
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_movedim_intlist(
                self.handle,
                source.as_ptr(),
                len_arg(source.len()),
                destination.as_ptr(),
                len_arg(destination.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view with one dimension moved to another position.
    ///
    /// * `source`: The dimension to move.
    /// * `destination`: Its new position.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, int source, int destination) -> Tensor`.
    /// Binds `rt_torch_torchtensor_movedim_int`; PyTorch: `torch.movedim` (ATen `movedim.int`).
    pub fn movedim_int(&self, source: i64, destination: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_movedim_int(self.handle, source, destination)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The slices along a dimension, that dimension removed (views).
    ///
    /// * `dim`: The dimension to remove. PyTorch's default: `0`.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_unbind_int`; PyTorch: `torch.unbind` (ATen `unbind.int`).
    pub fn unbind_int(&self, dim: i64) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_unbind_int(self.handle, dim, out, out_capacity)
        }).map(Tensor::from_handles)
    }

    /// The tensor split into pieces of a given size along a dimension (views; the last may be
    /// smaller).
    ///
    /// * `split_size`: The size of each piece.
    /// * `dim`: The dimension to split along. PyTorch's default: `0`.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int split_size, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_split_tensor`; PyTorch: `torch.split` (ATen `split.Tensor`).
    pub fn split_tensor(&self, split_size: i64, dim: i64) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_split_tensor(self.handle, split_size, dim, out, out_capacity)
        }).map(Tensor::from_handles)
    }

    /// The tensor split into pieces of the given sizes along a dimension (views).
    ///
    /// * `split_size`: The size of each piece; they sum to the size of dim.
    /// * `dim`: The dimension to split along. PyTorch's default: `0`.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int[] split_size, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_split_sizes`; PyTorch: `torch.split` (ATen `split.sizes`).
    pub fn split_sizes(&self, split_size: &[i64], dim: i64) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_split_sizes(
                self.handle,
                split_size.as_ptr(),
                len_arg(split_size.len()),
                dim,
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The tensor split into pieces of the given sizes along a dimension (views).
    ///
    /// * `split_sizes`: The size of each piece; they sum to the size of dim.
    /// * `dim`: The dimension to split along. PyTorch's default: `0`.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int[] split_sizes, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_split_with_sizes`; PyTorch: `torch.split_with_sizes` (ATen `split_with_sizes`).
    pub fn split_with_sizes(
        &self,
        split_sizes: &[i64],
        dim: i64,
    ) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_split_with_sizes(
                self.handle,
                split_sizes.as_ptr(),
                len_arg(split_sizes.len()),
                dim,
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The tensor split into a number of nearly equal pieces along a dimension (views).
    ///
    /// * `sections`: The number of pieces; the first size % sections pieces are one larger.
    /// * `dim`: The dimension to split along. PyTorch's default: `0`.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int sections, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_tensor_split_sections`; PyTorch: `torch.tensor_split` (ATen `tensor_split.sections`).
    pub fn tensor_split_sections(
        &self,
        sections: i64,
        dim: i64,
    ) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_tensor_split_sections(
                self.handle,
                sections,
                dim,
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The tensor split before the given indices along a dimension (views).
    ///
    /// * `indices`: The indices to split before.
    /// * `dim`: The dimension to split along. PyTorch's default: `0`.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int[] indices, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_tensor_split_indices`; PyTorch: `torch.tensor_split` (ATen `tensor_split.indices`).
    pub fn tensor_split_indices(
        &self,
        indices: &[i64],
        dim: i64,
    ) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_tensor_split_indices(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
                dim,
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The tensor split along a dimension into the number of pieces, or before the indices, a
    /// tensor gives (views).
    ///
    /// * `tensor_indices_or_sections`: A 0-d int64 tensor (the number of pieces) or a 1-D int64
    ///   tensor (the indices to split before), on the CPU.
    /// * `dim`: The dimension to split along. PyTorch's default: `0`.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, Tensor tensor_indices_or_sections, int dim=0) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_tensor_split_tensor_indices_or_sections`; PyTorch: `torch.tensor_split` (ATen `tensor_split.tensor_indices_or_sections`).
    pub fn tensor_split_tensor_indices_or_sections(
        &self,
        tensor_indices_or_sections: &Tensor,
        dim: i64,
    ) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(
                self.handle,
                tensor_indices_or_sections.handle,
                dim,
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The tensor split into equal pieces along its second dimension (the first for 1-D; views).
    ///
    /// * `sections`: The number of equal pieces (it divides the size).
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int sections) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_hsplit_int`; PyTorch: `torch.hsplit` (ATen `hsplit.int`).
    pub fn hsplit_int(&self, sections: i64) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_hsplit_int(self.handle, sections, out, out_capacity)
        }).map(Tensor::from_handles)
    }

    /// The tensor split before the given indices along its second dimension (the first for 1-D;
    /// views).
    ///
    /// * `indices`: The indices to split before.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int[] indices) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_hsplit_array`; PyTorch: `torch.hsplit` (ATen `hsplit.array`).
    pub fn hsplit_array(&self, indices: &[i64]) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_hsplit_array(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The tensor split into equal pieces along its first dimension (views).
    ///
    /// * `sections`: The number of equal pieces (it divides the size).
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int sections) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_vsplit_int`; PyTorch: `torch.vsplit` (ATen `vsplit.int`).
    pub fn vsplit_int(&self, sections: i64) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_vsplit_int(self.handle, sections, out, out_capacity)
        }).map(Tensor::from_handles)
    }

    /// The tensor split before the given indices along its first dimension (views).
    ///
    /// * `indices`: The indices to split before.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int[] indices) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_vsplit_array`; PyTorch: `torch.vsplit` (ATen `vsplit.array`).
    pub fn vsplit_array(&self, indices: &[i64]) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_vsplit_array(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The tensor split into equal pieces along its third dimension (views).
    ///
    /// * `sections`: The number of equal pieces (it divides the size).
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int sections) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_dsplit_int`; PyTorch: `torch.dsplit` (ATen `dsplit.int`).
    pub fn dsplit_int(&self, sections: i64) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_dsplit_int(self.handle, sections, out, out_capacity)
        }).map(Tensor::from_handles)
    }

    /// The tensor split before the given indices along its third dimension (views).
    ///
    /// * `indices`: The indices to split before.
    ///
    /// Returns: New handles to views of `self`, one per piece.
    ///
    /// Schema: `(Tensor input, int[] indices) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_dsplit_array`; PyTorch: `torch.dsplit` (ATen `dsplit.array`).
    pub fn dsplit_array(&self, indices: &[i64]) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_dsplit_array(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// A view of a range of positions along a dimension.
    ///
    /// * `dim`: The dimension to narrow.
    /// * `start`: The first position (negative counts from the end).
    /// * `length`: The number of positions.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, int dim, int start, int length) -> Tensor`.
    /// Binds `rt_torch_torchtensor_narrow`; PyTorch: `torch.narrow` (ATen `narrow`).
    pub fn narrow(&self, dim: i64, start: i64, length: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_narrow(self.handle, dim, start, length) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view of a range of positions along a dimension, the start given as a 0-d tensor.
    ///
    /// * `dim`: The dimension to narrow.
    /// * `start`: The first position, a 0-d integer tensor (negative counts from the end).
    /// * `length`: The number of positions.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, int dim, Tensor start, int length) -> Tensor`.
    /// Binds `rt_torch_torchtensor_narrow_tensor`; PyTorch: `torch.narrow` (ATen `narrow.Tensor`).
    pub fn narrow_tensor(
        &self,
        dim: i64,
        start: &Tensor,
        length: i64,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_narrow_tensor(self.handle, dim, start.handle, length)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view with one dimension expanded into several.
    ///
    /// * `dim`: The dimension to expand.
    /// * `sizes`: Its new sizes, whose product is its size; one may be -1.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, int dim, int[] sizes) -> Tensor`.
    /// Binds `rt_torch_torchtensor_unflatten_int`; PyTorch: `torch.unflatten` (ATen `unflatten.int`).
    pub fn unflatten_int(&self, dim: i64, sizes: &[i64]) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_unflatten_int(
                self.handle,
                dim,
                sizes.as_ptr(),
                len_arg(sizes.len()),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The elements as a 1-D tensor (a view when possible).
    ///
    /// Returns: A new tensor (a view of `self` when it is contiguous, else a copy).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ravel`; PyTorch: `torch.ravel` (ATen `ravel`).
    pub fn ravel(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_ravel(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensors concatenated column-wise (along dimension 1; dimension 0 for 1-D tensors).
    ///
    /// * `tensors`: The tensors to concatenate.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor[] tensors) -> Tensor`.
    /// Binds `rt_torch_torchtensor_hstack`; PyTorch: `torch.hstack` (ATen `hstack`).
    pub fn hstack(tensors: &[&Tensor]) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_hstack(tensors.as_ptr(), len_arg(tensors.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensors concatenated row-wise (1-D tensors as rows).
    ///
    /// * `tensors`: The tensors to concatenate.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor[] tensors) -> Tensor`.
    /// Binds `rt_torch_torchtensor_vstack`; PyTorch: `torch.vstack` (ATen `vstack`).
    pub fn vstack(tensors: &[&Tensor]) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_vstack(tensors.as_ptr(), len_arg(tensors.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensors concatenated depth-wise (along dimension 2, each made at least 3-D).
    ///
    /// * `tensors`: The tensors to concatenate.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor[] tensors) -> Tensor`.
    /// Binds `rt_torch_torchtensor_dstack`; PyTorch: `torch.dstack` (ATen `dstack`).
    pub fn dstack(tensors: &[&Tensor]) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_dstack(tensors.as_ptr(), len_arg(tensors.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensors concatenated as columns (1-D and 0-d tensors as columns).
    ///
    /// * `tensors`: The tensors to concatenate.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor[] tensors) -> Tensor`.
    /// Binds `rt_torch_torchtensor_column_stack`; PyTorch: `torch.column_stack` (ATen `column_stack`).
    pub fn column_stack(tensors: &[&Tensor]) -> Result<Tensor, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_column_stack(tensors.as_ptr(), len_arg(tensors.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor, a 0-d one as 1-D.
    ///
    /// Returns: A new tensor (a view of `self`, or `self` itself).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_atleast_1d`; PyTorch: `torch.atleast_1d` (ATen `atleast_1d`).
    pub fn atleast_1d(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_atleast_1d(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Each tensor, a 0-d one as 1-D.
    ///
    /// * `tensors`: The tensors.
    ///
    /// Returns: New handles, one per tensor (views or the tensors themselves).
    ///
    /// Schema: `(Tensor[] tensors) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_atleast_1d_sequence`; PyTorch: `torch.atleast_1d` (ATen `atleast_1d.Sequence`).
    pub fn atleast_1d_sequence(tensors: &[&Tensor]) -> Result<Vec<Tensor>, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_atleast_1d_sequence(
                tensors.as_ptr(),
                len_arg(tensors.len()),
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The tensor with at least 2 dimensions (size-1 ones added in front).
    ///
    /// Returns: A new tensor (a view of `self`, or `self` itself).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_atleast_2d`; PyTorch: `torch.atleast_2d` (ATen `atleast_2d`).
    pub fn atleast_2d(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_atleast_2d(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Each tensor with at least 2 dimensions (size-1 ones added in front).
    ///
    /// * `tensors`: The tensors.
    ///
    /// Returns: New handles, one per tensor (views or the tensors themselves).
    ///
    /// Schema: `(Tensor[] tensors) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_atleast_2d_sequence`; PyTorch: `torch.atleast_2d` (ATen `atleast_2d.Sequence`).
    pub fn atleast_2d_sequence(tensors: &[&Tensor]) -> Result<Vec<Tensor>, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_atleast_2d_sequence(
                tensors.as_ptr(),
                len_arg(tensors.len()),
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The tensor with at least 3 dimensions (size-1 ones added).
    ///
    /// Returns: A new tensor (a view of `self`, or `self` itself).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_atleast_3d`; PyTorch: `torch.atleast_3d` (ATen `atleast_3d`).
    pub fn atleast_3d(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_atleast_3d(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Each tensor with at least 3 dimensions (size-1 ones added).
    ///
    /// * `tensors`: The tensors.
    ///
    /// Returns: New handles, one per tensor (views or the tensors themselves).
    ///
    /// Schema: `(Tensor[] tensors) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_atleast_3d_sequence`; PyTorch: `torch.atleast_3d` (ATen `atleast_3d.Sequence`).
    pub fn atleast_3d_sequence(tensors: &[&Tensor]) -> Result<Vec<Tensor>, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_atleast_3d_sequence(
                tensors.as_ptr(),
                len_arg(tensors.len()),
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// The lower triangle of the (batched) matrices, the rest zero.
    ///
    /// * `diagonal`: The diagonal above which to zero: 0 the main one, positive above it, negative
    ///   below. PyTorch's default: `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int diagonal=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_tril`; PyTorch: `torch.tril` (ATen `tril`).
    pub fn tril(&self, diagonal: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_tril(self.handle, diagonal) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The upper triangle of the (batched) matrices, the rest zero.
    ///
    /// * `diagonal`: The diagonal below which to zero: 0 the main one, positive above it, negative
    ///   below. PyTorch's default: `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int diagonal=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_triu`; PyTorch: `torch.triu` (ATen `triu`).
    pub fn triu(&self, diagonal: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_triu(self.handle, diagonal) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The diagonal of a matrix as a 1-D tensor, or a 1-D tensor as the diagonal of a square
    /// matrix.
    ///
    /// * `diagonal`: Which diagonal: 0 the main one, positive above it, negative below. PyTorch's
    ///   default: `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int diagonal=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_diag`; PyTorch: `torch.diag` (ATen `diag`).
    pub fn diag(&self, diagonal: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_diag(self.handle, diagonal) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A tensor whose diagonals (in the plane of two dimensions) are filled with the `self`'s last
    /// dimension.
    ///
    /// * `offset`: Which diagonal: 0 the main one, positive above it, negative below. PyTorch's
    ///   default: `0`.
    /// * `dim1`: The first dimension of the plane, in the result. PyTorch's default: `-2`.
    /// * `dim2`: The second dimension of the plane, in the result. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int offset=0, int dim1=-2, int dim2=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_diag_embed`; PyTorch: `torch.diag_embed` (ATen `diag_embed`).
    pub fn diag_embed(&self, offset: i64, dim1: i64, dim2: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_diag_embed(self.handle, offset, dim1, dim2)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view of a diagonal with respect to two dimensions, as the last dimension.
    ///
    /// * `offset`: Which diagonal: 0 the main one, positive above it, negative below. PyTorch's
    ///   default: `0`.
    /// * `dim1`: The first dimension of the plane. PyTorch's default: `0`.
    /// * `dim2`: The second dimension of the plane. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, int offset=0, int dim1=0, int dim2=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_diagonal`; PyTorch: `torch.diagonal` (ATen `diagonal`).
    pub fn diagonal(&self, offset: i64, dim1: i64, dim2: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_diagonal(self.handle, offset, dim1, dim2) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A square matrix with the flattened `self` on a diagonal.
    ///
    /// * `offset`: Which diagonal: 0 the main one, positive above it, negative below. PyTorch's
    ///   default: `0`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int offset=0) -> Tensor`.
    /// Binds `rt_torch_torchtensor_diagflat`; PyTorch: `torch.diagflat` (ATen `diagflat`).
    pub fn diagflat(&self, offset: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_diagflat(self.handle, offset) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The sum of the main diagonal of a 2-D tensor.
    ///
    /// Returns: A new 0-d tensor (int64 for an integer `self`).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_trace`; PyTorch: `torch.trace` (ATen `trace`).
    pub fn trace(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_trace(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Kronecker product of two tensors.
    ///
    /// * `other`: The second factor.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_kron`; PyTorch: `torch.kron` (ATen `kron`).
    pub fn kron(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_kron(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Coordinate grids from 1-D tensors, in ij indexing (PyTorch warns that its default will
    /// change).
    ///
    /// * `tensors`: The 1-D (or 0-d) tensors, one per dimension of the grids.
    ///
    /// Returns: New handles to the grids (expanded views), one per tensor.
    ///
    /// Schema: `(Tensor[] tensors) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_meshgrid`; PyTorch: `torch.meshgrid` (ATen `meshgrid`).
    pub fn meshgrid(tensors: &[&Tensor]) -> Result<Vec<Tensor>, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_meshgrid(
                tensors.as_ptr(),
                len_arg(tensors.len()),
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// Coordinate grids from 1-D tensors, in ij (matrix) or xy (Cartesian) indexing.
    ///
    /// * `tensors`: The 1-D (or 0-d) tensors, one per dimension of the grids.
    /// * `indexing`: ij (the first tensor varies along the first dimension) or xy (swaps the first
    ///   two dimensions). Keyword-only in PyTorch.
    ///
    /// Returns: New handles to the grids (expanded views), one per tensor.
    ///
    /// Schema: `(Tensor[] tensors, *, str indexing) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_meshgrid_indexing`; PyTorch: `torch.meshgrid` (ATen `meshgrid.indexing`).
    pub fn meshgrid_indexing(
        tensors: &[&Tensor],
        indexing: &str,
    ) -> Result<Vec<Tensor>, TorchError> {
        let tensors: Vec<i64> = tensors.iter().map(|t| t.handle).collect();
        let indexing = text_arg(indexing, "indexing")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_meshgrid_indexing(
                tensors.as_ptr(),
                len_arg(tensors.len()),
                indexing.as_ptr(),
                out,
                out_capacity,
            )
        }).map(Tensor::from_handles)
    }

    /// A view of the tensor with the size of another.
    ///
    /// * `other`: The tensor whose size to take.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_view_as`; PyTorch: `torch.Tensor.view_as` (ATen `view_as`).
    pub fn view_as(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_view_as(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with the shape of another (a view when possible).
    ///
    /// * `other`: The tensor whose shape to take.
    ///
    /// Returns: A new tensor (a view of `self` when possible, else a copy).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_reshape_as`; PyTorch: `torch.Tensor.reshape_as` (ATen `reshape_as`).
    pub fn reshape_as(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_reshape_as(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view of all slices of a given size along a dimension, a step apart, as a new last
    /// dimension.
    ///
    /// * `dimension`: The dimension to take the slices along.
    /// * `size`: The size of each slice.
    /// * `step`: The distance between the starts of consecutive slices.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input, int dimension, int size, int step) -> Tensor`.
    /// Binds `rt_torch_torchtensor_unfold`; PyTorch: `torch.Tensor.unfold` (ATen `unfold`).
    pub fn unfold(&self, dimension: i64, size: i64, step: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_unfold(self.handle, dimension, size, step) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with alpha times the slices of source added at the given indices along
    /// a dimension.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: A 1-D int64 (or int32) tensor of indices along dim.
    /// * `source`: The slices to add, one per index.
    /// * `alpha`: The multiplier of source. Keyword-only in PyTorch. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Tensor source, *, Scalar alpha=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_index_add`; PyTorch: `torch.index_add` (ATen `index_add`).
    pub fn index_add(
        &self,
        dim: i64,
        index: &Tensor,
        source: &Tensor,
        alpha: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (alpha, alpha_int, alpha_kind) = Scalar::c_args(alpha.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_add(
                self.handle,
                dim,
                index.handle,
                source.handle,
                alpha,
                alpha_int,
                alpha_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with the slices of source written at the given indices along a
    /// dimension.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: A 1-D int64 (or int32) tensor of indices along dim.
    /// * `source`: The slices to write, one per index.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Tensor source) -> Tensor`.
    /// Binds `rt_torch_torchtensor_index_copy`; PyTorch: `torch.index_copy` (ATen `index_copy`).
    pub fn index_copy(
        &self,
        dim: i64,
        index: &Tensor,
        source: &Tensor,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_copy(self.handle, dim, index.handle, source.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with the slices at the given indices along a dimension filled with a
    /// number.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: A 1-D int64 (or int32) tensor of indices along dim.
    /// * `value`: The value to fill with.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Scalar value) -> Tensor`.
    /// Binds `rt_torch_torchtensor_index_fill_int_scalar`; PyTorch: `torch.index_fill` (ATen `index_fill.int_Scalar`).
    pub fn index_fill_int_scalar(
        &self,
        dim: i64,
        index: &Tensor,
        value: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_fill_int_scalar(
                self.handle,
                dim,
                index.handle,
                value,
                value_int,
                value_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with the slices at the given indices along a dimension filled with a
    /// 0-d tensor's value.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: A 1-D int64 (or int32) tensor of indices along dim.
    /// * `value`: A 0-d tensor holding the value to fill with.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Tensor value) -> Tensor`.
    /// Binds `rt_torch_torchtensor_index_fill_int_tensor`; PyTorch: `torch.index_fill` (ATen `index_fill.int_Tensor`).
    pub fn index_fill_int_tensor(
        &self,
        dim: i64,
        index: &Tensor,
        value: &Tensor,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_fill_int_tensor(
                self.handle,
                dim,
                index.handle,
                value.handle,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with values written (or added) at the positions advanced indexing
    /// selects.
    ///
    /// * `indices`: One index tensor (int64 or bool) or None per leading dimension, as in
    ///   `self`\[indices\].
    /// * `values`: The values, broadcast to the indexed shape.
    /// * `accumulate`: Add the values (true) or write them (false). PyTorch's default: `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor?[] indices, Tensor values, bool accumulate=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_index_put`; PyTorch: `torch.index_put` (ATen `index_put`).
    pub fn index_put(
        &self,
        indices: &[Option<&Tensor>],
        values: &Tensor,
        accumulate: bool,
    ) -> Result<Tensor, TorchError> {
        let indices: Vec<i64> = indices.iter().map(|t| t.map_or(0, |t| t.handle)).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_put(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
                values.handle,
                accumulate,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with the slices of source reduced into it (prod, mean, amax, amin) at
    /// the given indices along a dimension.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: A 1-D int64 (or int32) tensor of indices along dim.
    /// * `source`: The slices to reduce in, one per index.
    /// * `reduce`: The reduction: prod, mean, amax or amin.
    /// * `include_self`: Include `self`'s own values in the reduction. Keyword-only in PyTorch.
    ///   PyTorch's default: `true`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Tensor source, str reduce, *, bool include_self=True) -> Tensor`.
    /// Binds `rt_torch_torchtensor_index_reduce`; PyTorch: `torch.index_reduce` (ATen `index_reduce`).
    pub fn index_reduce(
        &self,
        dim: i64,
        index: &Tensor,
        source: &Tensor,
        reduce: &str,
        include_self: bool,
    ) -> Result<Tensor, TorchError> {
        let reduce = text_arg(reduce, "reduce")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_index_reduce(
                self.handle,
                dim,
                index.handle,
                source.handle,
                reduce.as_ptr(),
                include_self,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with the elements of src written at the positions index gives along a
    /// dimension.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: An int64 tensor of indices along dim, of `self`'s number of dimensions.
    /// * `src`: The values, read at index's positions.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Tensor src) -> Tensor`.
    /// Binds `rt_torch_torchtensor_scatter_src`; PyTorch: `torch.scatter` (ATen `scatter.src`).
    pub fn scatter_src(
        &self,
        dim: i64,
        index: &Tensor,
        src: &Tensor,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_scatter_src(self.handle, dim, index.handle, src.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with a number written at the positions index gives along a dimension.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: An int64 tensor of indices along dim, of `self`'s number of dimensions.
    /// * `value`: The value.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Scalar value) -> Tensor`.
    /// Binds `rt_torch_torchtensor_scatter_value`; PyTorch: `torch.scatter` (ATen `scatter.value`).
    pub fn scatter_value(
        &self,
        dim: i64,
        index: &Tensor,
        value: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_scatter_value(
                self.handle,
                dim,
                index.handle,
                value,
                value_int,
                value_kind,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with the elements of src added or multiplied in at the positions index
    /// gives along a dimension.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: An int64 tensor of indices along dim, of `self`'s number of dimensions.
    /// * `src`: The values, read at index's positions.
    /// * `reduce`: add or multiply. Keyword-only in PyTorch.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Tensor src, *, str reduce) -> Tensor`.
    /// Binds `rt_torch_torchtensor_scatter_reduce`; PyTorch: `torch.scatter` (ATen `scatter.reduce`).
    pub fn scatter_reduce(
        &self,
        dim: i64,
        index: &Tensor,
        src: &Tensor,
        reduce: &str,
    ) -> Result<Tensor, TorchError> {
        let reduce = text_arg(reduce, "reduce")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_scatter_reduce(
                self.handle,
                dim,
                index.handle,
                src.handle,
                reduce.as_ptr(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with a number added or multiplied in at the positions index gives along
    /// a dimension.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: An int64 tensor of indices along dim, of `self`'s number of dimensions.
    /// * `value`: The value.
    /// * `reduce`: add or multiply. Keyword-only in PyTorch.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Scalar value, *, str reduce) -> Tensor`.
    /// Binds `rt_torch_torchtensor_scatter_value_reduce`; PyTorch: `torch.scatter` (ATen `scatter.value_reduce`).
    pub fn scatter_value_reduce(
        &self,
        dim: i64,
        index: &Tensor,
        value: impl Into<Scalar>,
        reduce: &str,
    ) -> Result<Tensor, TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        let reduce = text_arg(reduce, "reduce")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_scatter_value_reduce(
                self.handle,
                dim,
                index.handle,
                value,
                value_int,
                value_kind,
                reduce.as_ptr(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with the elements of src added at the positions index gives along a
    /// dimension.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: An int64 tensor of indices along dim, of `self`'s number of dimensions.
    /// * `src`: The values, read at index's positions.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Tensor src) -> Tensor`.
    /// Binds `rt_torch_torchtensor_scatter_add`; PyTorch: `torch.scatter_add` (ATen `scatter_add`).
    pub fn scatter_add(
        &self,
        dim: i64,
        index: &Tensor,
        src: &Tensor,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_scatter_add(self.handle, dim, index.handle, src.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with the elements of src reduced into it (sum, prod, mean, amax, amin)
    /// at the positions index gives along a dimension.
    ///
    /// * `dim`: The dimension to index along.
    /// * `index`: An int64 tensor of indices along dim, of `self`'s number of dimensions.
    /// * `src`: The values, read at index's positions.
    /// * `reduce`: The reduction: sum, prod, mean, amax or amin.
    /// * `include_self`: Include `self`'s own values in the reduction. Keyword-only in PyTorch.
    ///   PyTorch's default: `true`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int dim, Tensor index, Tensor src, str reduce, *, bool include_self=True) -> Tensor`.
    /// Binds `rt_torch_torchtensor_scatter_reduce_two`; PyTorch: `torch.scatter_reduce` (ATen `scatter_reduce.two`).
    pub fn scatter_reduce_two(
        &self,
        dim: i64,
        index: &Tensor,
        src: &Tensor,
        reduce: &str,
        include_self: bool,
    ) -> Result<Tensor, TorchError> {
        let reduce = text_arg(reduce, "reduce")?;
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_scatter_reduce_two(
                self.handle,
                dim,
                index.handle,
                src.handle,
                reduce.as_ptr(),
                include_self,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The elements at the given indices of the flattened tensor.
    ///
    /// * `index`: An int64 tensor of indices into the flattened `self`.
    ///
    /// Returns: A new tensor of index's shape.
    ///
    /// Schema: `(Tensor input, Tensor index) -> Tensor`.
    /// Binds `rt_torch_torchtensor_take`; PyTorch: `torch.take` (ATen `take`).
    pub fn take(&self, index: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_take(self.handle, index.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The elements at the given indices along a dimension (of the flattened tensor when none).
    ///
    /// * `indices`: An int64 tensor of indices, broadcastable with `self` except along dim.
    /// * `dim`: The dimension to index along; None for the flattened `self`. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor indices, int? dim=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_take_along_dim`; PyTorch: `torch.take_along_dim` (ATen `take_along_dim`).
    pub fn take_along_dim(&self, indices: &Tensor, dim: Option<i64>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_take_along_dim(
                self.handle,
                indices.handle,
                dim.unwrap_or_default(),
                dim.is_some(),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with the values of source written (or added) at the given indices of
    /// its flattened form.
    ///
    /// * `index`: An int64 tensor of indices into the flattened `self`.
    /// * `source`: The values, one per index.
    /// * `accumulate`: Add the values (true) or write them (false). PyTorch's default: `false`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor index, Tensor source, bool accumulate=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_put`; PyTorch: `torch.put` (ATen `put`).
    pub fn put(
        &self,
        index: &Tensor,
        source: &Tensor,
        accumulate: bool,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_put(self.handle, index.handle, source.handle, accumulate)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The indices of the non-zero elements, one row per element.
    ///
    /// Returns: A new int64 tensor of shape (number of non-zero elements, `self`.dim()).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_nonzero`; PyTorch: `torch.nonzero` (ATen `nonzero`).
    pub fn nonzero(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_nonzero(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The indices of the non-zero elements, one 1-D tensor per dimension (torch.nonzero's
    /// as_tuple=True).
    ///
    /// Returns: New int64 tensors, one per dimension of `self` (one for a 0-d `self`), each with an
    /// index per non-zero element.
    ///
    /// Schema: `(Tensor input) -> Tensor[]`.
    /// Binds `rt_torch_torchtensor_nonzero_numpy`; PyTorch: `torch.nonzero` (ATen `nonzero_numpy`).
    pub fn nonzero_numpy(&self) -> Result<Vec<Tensor>, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        read_array(DEFAULT_CAPACITY, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_nonzero_numpy(self.handle, out, out_capacity)
        }).map(Tensor::from_handles)
    }

    /// The indices of the non-zero elements, one row per element.
    ///
    /// Returns: A new int64 tensor of shape (number of non-zero elements, `self`.dim()).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_argwhere`; PyTorch: `torch.argwhere` (ATen `argwhere`).
    pub fn argwhere(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_argwhere(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with src written into the slice at one index along a dimension.
    ///
    /// * `src`: The slice to write, of `self`'s shape without dim.
    /// * `dim`: The dimension.
    /// * `index`: The index along dim (negative counts from the end).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor src, int dim, int index) -> Tensor`.
    /// Binds `rt_torch_torchtensor_select_scatter`; PyTorch: `torch.select_scatter` (ATen `select_scatter`).
    pub fn select_scatter(&self, src: &Tensor, dim: i64, index: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_select_scatter(self.handle, src.handle, dim, index)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with src written into a strided range along a dimension.
    ///
    /// * `src`: The values to write, of the slice's shape.
    /// * `dim`: The dimension. PyTorch's default: `0`.
    /// * `start`: The first index; None for 0. PyTorch's default: `None`.
    /// * `end`: The end index (exclusive); None for the size of dim. PyTorch's default: `None`.
    /// * `step`: The distance between consecutive indices. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor src, int dim=0, int? start=None, int? end=None, int step=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_slice_scatter`; PyTorch: `torch.slice_scatter` (ATen `slice_scatter`).
    pub fn slice_scatter(
        &self,
        src: &Tensor,
        dim: i64,
        start: Option<i64>,
        end: Option<i64>,
        step: i64,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_slice_scatter(
                self.handle,
                src.handle,
                dim,
                start.unwrap_or_default(),
                start.is_some(),
                end.unwrap_or_default(),
                end.is_some(),
                step,
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of the tensor with src written into a diagonal with respect to two dimensions.
    ///
    /// * `src`: The values to write, of the diagonal's shape.
    /// * `offset`: Which diagonal: 0 the main one, positive above it, negative below. PyTorch's
    ///   default: `0`.
    /// * `dim1`: The first dimension of the plane. PyTorch's default: `0`.
    /// * `dim2`: The second dimension of the plane. PyTorch's default: `1`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, Tensor src, int offset=0, int dim1=0, int dim2=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_diagonal_scatter`; PyTorch: `torch.diagonal_scatter` (ATen `diagonal_scatter`).
    pub fn diagonal_scatter(
        &self,
        src: &Tensor,
        offset: i64,
        dim1: i64,
        dim2: i64,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_diagonal_scatter(self.handle, src.handle, offset, dim1, dim2)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A new tensor of the `self`'s shape filled with zeros, by default of its dtype and on its
    /// device.
    ///
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the `self`'s. Keyword-only in PyTorch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// A new tensor of the `self`'s shape filled with ones, by default of its dtype and on its
    /// device.
    ///
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the `self`'s. Keyword-only in PyTorch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// A new tensor of the `self`'s shape whose values are not initialised, by default of its dtype
    /// and on its device.
    ///
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the `self`'s. Keyword-only in PyTorch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// A new tensor of the `self`'s shape filled with one value, by default of its dtype and on its
    /// device.
    ///
    /// * `fill_value`: The value of every element.
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the `self`'s. Keyword-only in PyTorch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// A new tensor of the `self`'s shape filled with samples of the standard normal distribution.
    ///
    /// * `dtype`: A floating-point or complex dtype; None for the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the `self`'s. Keyword-only in PyTorch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// A new tensor of the `self`'s shape filled with samples of the uniform distribution on \[0,
    /// 1).
    ///
    /// * `dtype`: A floating-point or complex dtype; None for the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the `self`'s. Keyword-only in PyTorch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// A new tensor of the `self`'s shape filled with random integers drawn uniformly from \[0,
    /// high).
    ///
    /// * `high`: One above the largest value drawn.
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the `self`'s. Keyword-only in PyTorch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// A new tensor of the `self`'s shape filled with random integers drawn uniformly from \[low,
    /// high).
    ///
    /// * `low`: The smallest value drawn.
    /// * `high`: One above the largest value drawn.
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `memory_format`: The memory layout; None preserves the `self`'s. Keyword-only in PyTorch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `std_arg`: The standard deviations (non-negative), broadcastable with `self`; PyTorch's
    ///   std.
    ///
    /// Returns: A new tensor of the broadcast shape, drawn from the global generator.
    ///
    /// Schema: `(Tensor mean, Tensor std_arg) -> Tensor`.
    /// Binds `rt_torch_torchtensor_normal_tensor_tensor`; PyTorch: `torch.normal` (ATen `normal.Tensor_Tensor`).
    pub fn normal_tensor_tensor(&self, std_arg: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// Returns: A new tensor of `self`'s shape, drawn from the global generator.
    ///
    /// Schema: `(Tensor mean, float std_arg=1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_normal_tensor_float`; PyTorch: `torch.normal` (ATen `normal.Tensor_float`).
    pub fn normal_tensor_float(&self, std_arg: f64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// Random zeros and ones, each one with the probability that the `self` holds at its place.
    ///
    /// Returns: A new tensor of the `self`'s shape and dtype, drawn from the global generator.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bernoulli`; PyTorch: `torch.bernoulli` (ATen `bernoulli`).
    pub fn bernoulli(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_bernoulli(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Random zeros and ones of the `self`'s shape and dtype, each one with the same probability p.
    ///
    /// * `p`: The probability of a one, in \[0, 1\].
    ///
    /// Returns: A new tensor, drawn from the global generator.
    ///
    /// Schema: `(Tensor input, float p) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bernoulli_p`; PyTorch: `torch.bernoulli` (ATen `bernoulli.p`).
    pub fn bernoulli_p(&self, p: f64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_bernoulli_p(self.handle, p) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Indices drawn from the categorical distribution that each row of the `self` gives (weights,
    /// not necessarily normalised).
    ///
    /// * `num_samples`: The number of indices drawn per row.
    /// * `replacement`: Draw with replacement; without it num_samples may not exceed the number of
    ///   categories. PyTorch's default: `false`.
    ///
    /// Returns: A new int64 tensor of shape (rows, num_samples) (or (num_samples) for a 1-D
    /// `self`), drawn from the global generator.
    ///
    /// Schema: `(Tensor input, int num_samples, bool replacement=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_multinomial`; PyTorch: `torch.multinomial` (ATen `multinomial`).
    pub fn multinomial(&self, num_samples: i64, replacement: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dtype`: The dtype; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    /// * `device`: The device; None for the `self`'s. Keyword-only in PyTorch. PyTorch's default:
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// A complex tensor from absolute values and angles, `self` * (cos(angle) + i sin(angle)).
    ///
    /// * `angle`: The angles in radians, of `self`'s dtype, broadcastable with it.
    ///
    /// Returns: A new complex64 or complex128 tensor.
    ///
    /// Schema: `(Tensor abs, Tensor angle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_polar`; PyTorch: `torch.polar` (ATen `polar`).
    pub fn polar(&self, angle: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_polar(self.handle, angle.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A complex tensor viewed as a real one with a last dimension of size 2 (real and imaginary
    /// parts).
    ///
    /// Returns: A new tensor to a view sharing the `self`'s memory.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_view_as_real`; PyTorch: `torch.view_as_real` (ATen `view_as_real`).
    pub fn view_as_real(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_view_as_real(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A real tensor whose last dimension has size 2 viewed as a complex one.
    ///
    /// Returns: A new tensor to a complex view sharing the `self`'s memory, one dimension fewer.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_view_as_complex`; PyTorch: `torch.view_as_complex` (ATen `view_as_complex`).
    pub fn view_as_complex(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_view_as_complex(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor converted to bool, as self.to(torch.bool).
    ///
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is bool).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bool`; PyTorch: `torch.Tensor.bool`.
    pub fn bool(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is uint8).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_byte`; PyTorch: `torch.Tensor.byte`.
    pub fn byte(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is int8).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_char`; PyTorch: `torch.Tensor.char`.
    pub fn char(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is int16).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_short`; PyTorch: `torch.Tensor.short`.
    pub fn short(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is int32).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_int`; PyTorch: `torch.Tensor.int`.
    pub fn int(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is int64).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_long`; PyTorch: `torch.Tensor.long`.
    pub fn long(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is float16).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_half`; PyTorch: `torch.Tensor.half`.
    pub fn half(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is bfloat16).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bfloat16`; PyTorch: `torch.Tensor.bfloat16`.
    pub fn bfloat16(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is float32).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_float`; PyTorch: `torch.Tensor.float`.
    pub fn float(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `memory_format`: The memory layout of a copy; None preserves the `self`'s. Keyword-only in
    ///   PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (the `self` itself when it already is float64).
    ///
    /// Schema: `(Tensor input, *, memory_format? memory_format=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_double`; PyTorch: `torch.Tensor.double`.
    pub fn double(&self, memory_format: Option<MemoryFormat>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_normal_(self.handle, mean, std_arg) };
        check_void()
    }

    /// The matrix product of two 2-D tensors, without broadcasting.
    ///
    /// * `mat2`: A matrix of shape (m, p), of the `self`'s dtype.
    ///
    /// Returns: A new tensor of shape (n, p).
    ///
    /// Schema: `(Tensor input, Tensor mat2) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mm`; PyTorch: `torch.mm` (ATen `mm`).
    pub fn mm(&self, mat2: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_mm(self.handle, mat2.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The matrix products of two batches of matrices, batch by batch, without broadcasting.
    ///
    /// * `mat2`: A batch of matrices of shape (b, m, p), of the `self`'s dtype.
    ///
    /// Returns: A new tensor of shape (b, n, p).
    ///
    /// Schema: `(Tensor input, Tensor mat2) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bmm`; PyTorch: `torch.bmm` (ATen `bmm`).
    pub fn bmm(&self, mat2: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_bmm(self.handle, mat2.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The product of a matrix and a vector.
    ///
    /// * `vec`: A vector of length m, of the `self`'s dtype.
    ///
    /// Returns: A new vector of length n.
    ///
    /// Schema: `(Tensor input, Tensor vec) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mv`; PyTorch: `torch.mv` (ATen `mv`).
    pub fn mv(&self, vec: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_mv(self.handle, vec.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// beta * `self` + alpha * (mat1 @ mat2), for matrices.
    ///
    /// * `mat1`: A matrix of shape (n, m).
    /// * `mat2`: A matrix of shape (m, p).
    /// * `beta`: The factor of `self` (0 ignores its values, NaN included). Keyword-only in
    ///   PyTorch. PyTorch's default: `1`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// beta * `self` + alpha * (mat @ vec), for a matrix and a vector.
    ///
    /// * `mat`: A matrix of shape (n, m).
    /// * `vec`: A vector of length m.
    /// * `beta`: The factor of `self` (0 ignores its values, NaN included). Keyword-only in
    ///   PyTorch. PyTorch's default: `1`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// beta * `self` + alpha * the sum over the batch of the matrix products of batch1 and batch2.
    ///
    /// * `batch1`: A batch of matrices of shape (b, n, m).
    /// * `batch2`: A batch of matrices of shape (b, m, p).
    /// * `beta`: The factor of `self` (0 ignores its values, NaN included). Keyword-only in
    ///   PyTorch. PyTorch's default: `1`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// beta * `self` + alpha * (batch1 @ batch2), batch by batch.
    ///
    /// * `batch1`: A batch of matrices of shape (b, n, m).
    /// * `batch2`: A batch of matrices of shape (b, m, p).
    /// * `beta`: The factor of `self` (0 ignores its values, NaN included). Keyword-only in
    ///   PyTorch. PyTorch's default: `1`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// beta * `self` + alpha * the outer product of two vectors.
    ///
    /// * `vec1`: A vector of length n.
    /// * `vec2`: A vector of length m.
    /// * `beta`: The factor of `self` (0 ignores its values, NaN included). Keyword-only in
    ///   PyTorch. PyTorch's default: `1`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_outer(self.handle, vec2.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The inner product over the last dimension of both tensors (the dot product for vectors).
    ///
    /// * `other`: The second tensor, whose last dimension matches the `self`'s.
    ///
    /// Returns: A new tensor of shape `self`.shape\[:-1\] + other.shape\[:-1\] (0-d for two
    /// vectors).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_inner`; PyTorch: `torch.inner` (ATen `inner`).
    pub fn inner(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_inner(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The cross product of 3-vectors along one dimension, with broadcasting.
    ///
    /// * `other`: The second tensor, broadcastable with the `self`.
    /// * `dim`: The dimension of size 3; None for the first such dimension (deprecated in PyTorch).
    ///   PyTorch's default: `None`.
    ///
    /// Returns: A new tensor of the broadcast shape.
    ///
    /// Schema: `(Tensor input, Tensor other, int? dim=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cross`; PyTorch: `torch.cross` (ATen `cross`).
    pub fn cross(&self, other: &Tensor, dim: Option<i64>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// The p-norm of `self` - other, over all elements.
    ///
    /// * `other`: The second tensor, broadcastable with the `self`.
    /// * `p`: The order of the norm. PyTorch's default: `2`.
    ///
    /// Returns: A new 0-d tensor.
    ///
    /// Schema: `(Tensor input, Tensor other, Scalar p=2) -> Tensor`.
    /// Binds `rt_torch_torchtensor_dist`; PyTorch: `torch.dist` (ATen `dist`).
    pub fn dist(&self, other: &Tensor, p: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (p, p_int, p_kind) = Scalar::c_args(p.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_dist(self.handle, other.handle, p, p_int, p_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The p-norm distance between every row vector of `self` and every row vector of x2, batch by
    /// batch.
    ///
    /// * `x2`: Points of shape (*, R, M); the batch dimensions broadcast with `self`'s.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// Returns: A new tensor of the `self`'s shape.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_matrix_exp`; PyTorch: `torch.matrix_exp` (ATen `matrix_exp`).
    pub fn matrix_exp(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_pinverse(self.handle, rcond) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, as torch.cholesky
    /// (deprecated for torch.linalg.cholesky).
    ///
    /// * `upper`: Return the upper factor U (`self` = U^H U) instead of the lower one L (`self` = L
    ///   L^H). PyTorch's default: `false`.
    ///
    /// Returns: A new tensor of the `self`'s shape; a matrix that is not positive-definite is an
    /// error.
    ///
    /// Schema: `(Tensor input, bool upper=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cholesky`; PyTorch: `torch.cholesky` (ATen `cholesky`).
    pub fn cholesky(&self, upper: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_cholesky(self.handle, upper) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The inverse of a symmetric (Hermitian) positive-definite matrix from its Cholesky factor.
    ///
    /// * `upper`: The factors are upper triangular (else lower). PyTorch's default: `false`.
    ///
    /// Returns: A new tensor of the `self`'s shape.
    ///
    /// Schema: `(Tensor input, bool upper=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cholesky_inverse`; PyTorch: `torch.cholesky_inverse` (ATen `cholesky_inverse`).
    pub fn cholesky_inverse(&self, upper: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_qr(self.handle, some, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The singular value decomposition `self` = U diag(S) V^H as torch.svd gives it (V, not Vh;
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `x`: The sample points, along dim (or broadcastable to `self`).
    /// * `dim`: The dimension integrated along. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor without dim.
    ///
    /// Schema: `(Tensor y, Tensor x, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_trapezoid_x`; PyTorch: `torch.trapezoid` (ATen `trapezoid.x`).
    pub fn trapezoid_x(&self, x: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_trapezoid_dx(self.handle, dx, dx_int, dx_kind, dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The trapezoidal rule along a dimension, at the sample points x (torch.trapezoid's older
    /// name).
    ///
    /// * `x`: The sample points, along dim (or broadcastable to `self`).
    /// * `dim`: The dimension integrated along. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor without dim.
    ///
    /// Schema: `(Tensor y, Tensor x, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_trapz_x`; PyTorch: `torch.trapz` (ATen `trapz.x`).
    pub fn trapz_x(&self, x: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_trapz_dx(self.handle, dx, dim) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The running trapezoidal rule along a dimension, at the sample points x.
    ///
    /// * `x`: The sample points, along dim (or broadcastable to `self`).
    /// * `dim`: The dimension integrated along. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor with one element fewer along dim.
    ///
    /// Schema: `(Tensor y, Tensor x, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cumulative_trapezoid_x`; PyTorch: `torch.cumulative_trapezoid` (ATen `cumulative_trapezoid.x`).
    pub fn cumulative_trapezoid_x(&self, x: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_cumulative_trapezoid_dx(self.handle, dx, dx_int, dx_kind, dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The cross product of 3-vectors along one dimension, with broadcasting.
    ///
    /// * `other`: The second tensor, broadcastable with the `self`.
    /// * `dim`: The dimension of size 3. Keyword-only in PyTorch. PyTorch's default: `-1`.
    ///
    /// Returns: A new tensor of the broadcast shape.
    ///
    /// Schema: `(Tensor input, Tensor other, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_cross`; PyTorch: `torch.linalg.cross` (ATen `linalg_cross`).
    pub fn linalg_cross(&self, other: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_cross(self.handle, other.handle, dim)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A view of the diagonals of the matrices of `self` batch (torch.diagonal over the last two
    /// dimensions by default).
    ///
    /// * `offset`: The diagonal: 0 the main one, positive above it, negative below. Keyword-only in
    ///   PyTorch. PyTorch's default: `0`.
    /// * `dim1`: The first dimension of the matrices. Keyword-only in PyTorch. PyTorch's default:
    ///   `-2`.
    /// * `dim2`: The second dimension of the matrices. Keyword-only in PyTorch. PyTorch's default:
    ///   `-1`.
    ///
    /// Returns: A new tensor to `self` view of `self`, the diagonal as its last dimension.
    ///
    /// Schema: `(Tensor a, *, int offset=0, int dim1=-2, int dim2=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_diagonal`; PyTorch: `torch.linalg.diagonal` (ATen `linalg_diagonal`).
    pub fn linalg_diagonal(&self, offset: i64, dim1: i64, dim2: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_diagonal(self.handle, offset, dim1, dim2)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, or of each matrix
    /// of a batch.
    ///
    /// * `upper`: Return the upper factor U (`self` = U^H U) instead of the lower one L (`self` = L
    ///   L^H). Keyword-only in PyTorch. PyTorch's default: `false`.
    ///
    /// Returns: A new tensor of the `self`'s shape; a matrix that is not positive-definite is an
    /// error.
    ///
    /// Schema: `(Tensor input, *, bool upper=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_cholesky`; PyTorch: `torch.linalg.cholesky` (ATen `linalg_cholesky`).
    pub fn linalg_cholesky(&self, upper: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
    /// * `y`: The second vectors, broadcastable with `self`.
    /// * `dim`: The dimension holding the vectors. Keyword-only in PyTorch. PyTorch's default:
    ///   `-1`.
    ///
    /// Returns: A new tensor of the broadcast shape without dim.
    ///
    /// Schema: `(Tensor x, Tensor y, *, int dim=-1) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_vecdot`; PyTorch: `torch.linalg.vecdot` (ATen `linalg_vecdot`).
    pub fn linalg_vecdot(&self, y: &Tensor, dim: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
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
    /// Returns: A new tensor of the `self`'s shape.
    ///
    /// Schema: `(Tensor input, int n) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_matrix_power`; PyTorch: `torch.linalg.matrix_power` (ATen `linalg_matrix_power`).
    pub fn linalg_matrix_power(&self, n: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_multi_dot(tensors.as_ptr(), len_arg(tensors.len()))
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A vector or matrix norm of a numeric order, over all or some dimensions.
    ///
    /// * `ord`: The order; None for the 2-norm of the flattened `self` (Frobenius for matrices).
    ///   PyTorch's default: `None`.
    /// * `dim`: One dimension (a vector norm) or two (a matrix norm); None for all. One value
    ///   stands for 1. PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: Compute in this dtype; None keeps the `self`'s. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dim`: The two dimensions of the matrices; None for a 2-D `self`. One value stands for 1.
    ///   PyTorch's default: `None`.
    /// * `keepdim`: Keep the reduced dimensions with size 1. PyTorch's default: `false`.
    /// * `dtype`: Compute in this dtype; None keeps the `self`'s. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dtype`: Compute in this dtype; None keeps the `self`'s. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `dtype`: Compute in this dtype; None keeps the `self`'s. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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

    /// The QR decomposition of `self` matrix or `self` batch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_qr(self.handle, mode.as_ptr(), out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The sign (phase) and the log of the absolute value of the determinant of `self` square
    /// matrix or batch.
    ///
    /// Returns the tuple `(sign, logabsdet)`:
    /// * `sign`: -1, 0 or 1 (for complex inputs, the phase), of shape (*).
    /// * `logabsdet`: log |det|, of shape (*) (-inf where the determinant is 0).
    ///
    /// Schema: `(Tensor a) -> (Tensor sign, Tensor logabsdet)`.
    /// Binds `rt_torch_torchtensor_linalg_slogdet`; PyTorch: `torch.linalg.slogdet` (ATen `linalg_slogdet`).
    pub fn linalg_slogdet(&self) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_slogdet(self.handle, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The Vandermonde matrix of a vector (columns `self`**0, `self`**1, ...), or of each vector of
    /// a batch.
    ///
    /// * `n`: The number of columns; None for `self`.size(-1). Keyword-only in PyTorch. PyTorch's
    ///   default: `None`.
    ///
    /// Returns: A new tensor of shape (*, `self`.size(-1), n).
    ///
    /// Schema: `(Tensor x, *, int? n=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_vander`; PyTorch: `torch.linalg.vander` (ATen `linalg_vander`).
    pub fn linalg_vander(&self, n: Option<i64>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_vander(self.handle, n.unwrap_or_default(), n.is_some())
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The compact LU factorization with partial pivoting of `self` matrix or `self` batch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_lu_factor(self.handle, pivot, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The compact LU factorization with `self` per-matrix status code instead of an error.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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

    /// The LU decomposition with partial pivoting A = P L U of `self` matrix or `self` batch.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// The inverse of `self` square matrix or batch, with `self` per-matrix status code instead of
    /// an error for singular ones.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_linalg_inv_ex(self.handle, check_errors, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The solution X of A X = B (or X A = B) for `self` square invertible A, with batches
    /// broadcasting.
    ///
    /// * `b`: B, of shape (*, n) or (*, n, k); PyTorch's B.
    /// * `left`: Solve A X = B (else X A = B). Keyword-only in PyTorch. PyTorch's default: `true`.
    ///
    /// Returns: A new tensor X of B's (broadcast) shape; `self` singular A is an error.
    ///
    /// Schema: `(Tensor a, Tensor b, *, bool left=True) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_solve`; PyTorch: `torch.linalg.solve` (ATen `linalg_solve`).
    pub fn linalg_solve(&self, b: &Tensor, left: bool) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_linalg_solve(self.handle, b.handle, left) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The solution of A X = B with `self` per-matrix status code instead of an error for singular
    /// A.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_linalg_pinv_rcond_tensor(self.handle, rcond.handle, hermitian)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The singular values of `self` matrix or batch, in descending order.
    ///
    /// * `driver`: The cuSOLVER routine on CUDA; None lets PyTorch choose (ignored on the CPU).
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    ///
    /// Returns: A new real tensor of shape (*, min(m, n)).
    ///
    /// Schema: `(Tensor a, *, svd_driver? driver=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linalg_svdvals`; PyTorch: `torch.linalg.svdvals` (ATen `linalg_svdvals`).
    pub fn linalg_svdvals(&self, driver: Option<SvdDriver>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// Returns: A new tensor to a view sharing the `self`'s memory.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mt`; PyTorch: `torch.Tensor.mT`.
    pub fn mt(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_mt(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The conjugate transpose of the last two dimensions (a view), as the property Tensor.mH.
    ///
    /// Returns: A new tensor to a view sharing the `self`'s memory (a conjugate view for complex
    /// tensors).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_mh`; PyTorch: `torch.Tensor.mH`.
    pub fn mh(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_mh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The tensor with the order of all its dimensions reversed (a view), as the property Tensor.T.
    ///
    /// Returns: A new tensor to a view sharing the `self`'s memory.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_numpy_t`; PyTorch: `torch.Tensor.T`.
    pub fn numpy_t(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_numpy_t(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The conjugate transpose of a matrix (a view), as the property Tensor.H.
    ///
    /// Returns: A new tensor to a view sharing the `self`'s memory (a conjugate view for complex
    /// tensors).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_matrix_h`; PyTorch: `torch.Tensor.H`.
    pub fn matrix_h(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_matrix_h(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise cosine of the `self`, in radians.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cos`; PyTorch: `torch.cos` (ATen `cos`).
    pub fn cos(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_cos(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise tangent of the `self`, in radians.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_tan`; PyTorch: `torch.tan` (ATen `tan`).
    pub fn tan(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_tan(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise arccosine of the `self`, in radians (NaN outside \[-1, 1\]).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_acos`; PyTorch: `torch.acos` (ATen `acos`).
    pub fn acos(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_acos(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise inverse hyperbolic cosine of the `self` (NaN below 1).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_acosh`; PyTorch: `torch.acosh` (ATen `acosh`).
    pub fn acosh(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_acosh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise arcsine of the `self`, in radians (NaN outside \[-1, 1\]).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_asin`; PyTorch: `torch.asin` (ATen `asin`).
    pub fn asin(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_asin(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise inverse hyperbolic sine of the `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_asinh`; PyTorch: `torch.asinh` (ATen `asinh`).
    pub fn asinh(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_asinh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise arctangent of the `self`, in radians.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_atan`; PyTorch: `torch.atan` (ATen `atan`).
    pub fn atan(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_atan(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise inverse hyperbolic tangent of the `self` (NaN outside \[-1, 1\]).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_atanh`; PyTorch: `torch.atanh` (ATen `atanh`).
    pub fn atanh(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_atanh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise hyperbolic cosine of the `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_cosh`; PyTorch: `torch.cosh` (ATen `cosh`).
    pub fn cosh(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_cosh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise hyperbolic sine of the `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sinh`; PyTorch: `torch.sinh` (ATen `sinh`).
    pub fn sinh(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_sinh(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element up to the nearest integer (the smallest integer not below it).
    ///
    /// Returns: A new tensor of the `self`'s dtype (integer inputs are returned unchanged in
    /// value).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ceil`; PyTorch: `torch.ceil` (ATen `ceil`).
    pub fn ceil(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_ceil(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element down to the nearest integer (the largest integer not above it).
    ///
    /// Returns: A new tensor of the `self`'s dtype (integer inputs are returned unchanged in
    /// value).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_floor`; PyTorch: `torch.floor` (ATen `floor`).
    pub fn floor(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_floor(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element to the nearest integer, halves to even.
    ///
    /// Returns: A new tensor of the `self`'s dtype (integer inputs are returned unchanged in
    /// value).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_round`; PyTorch: `torch.round` (ATen `round`).
    pub fn round(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_round(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element to a number of decimal places, halves to even.
    ///
    /// * `decimals`: The decimal places to keep; a negative number rounds to tens, hundreds, ...
    ///   (-1, -2, ...). Keyword-only in PyTorch.
    ///
    /// Returns: A new tensor of the `self`'s dtype.
    ///
    /// Schema: `(Tensor input, *, int decimals) -> Tensor`.
    /// Binds `rt_torch_torchtensor_round_decimals`; PyTorch: `torch.round` (ATen `round.decimals`).
    pub fn round_decimals(&self, decimals: i64) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_round_decimals(self.handle, decimals) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Rounds every element toward zero (drops its fractional part).
    ///
    /// Returns: A new tensor of the `self`'s dtype (integer inputs are returned unchanged in
    /// value).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_trunc`; PyTorch: `torch.trunc` (ATen `trunc`).
    pub fn trunc(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_trunc(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The fractional part of every element (`self` - trunc(`self`), with the `self`'s sign).
    ///
    /// Returns: A new tensor of the `self`'s dtype.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_frac`; PyTorch: `torch.frac` (ATen `frac`).
    pub fn frac(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_frac(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise sign of the `self`: -1, 0 or 1 (0 for a zero and for NaN).
    ///
    /// Returns: A new tensor of the `self`'s dtype.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sign`; PyTorch: `torch.sign` (ATen `sign`).
    pub fn sign(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_signbit(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise normalized sinc of the `self`, sin(pi x) / (pi x), 1 at 0.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_sinc`; PyTorch: `torch.sinc` (ATen `sinc`).
    pub fn sinc(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_rad2deg(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise base-2 exponential of the `self`, 2^x.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_exp2`; PyTorch: `torch.exp2` (ATen `exp2`).
    pub fn exp2(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_log1p(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise base-10 logarithm of the `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_log10`; PyTorch: `torch.log10` (ATen `log10`).
    pub fn log10(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_log10(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise base-2 logarithm of the `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_log2`; PyTorch: `torch.log2` (ATen `log2`).
    pub fn log2(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_log2(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise reciprocal of the square root of the `self`, 1 / sqrt(x).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_rsqrt`; PyTorch: `torch.rsqrt` (ATen `rsqrt`).
    pub fn rsqrt(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_rsqrt(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise square of the `self`.
    ///
    /// Returns: A new tensor of the `self`'s dtype (int64 for bool).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_square`; PyTorch: `torch.square` (ATen `square`).
    pub fn square(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_i0(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise error function of the `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_erf`; PyTorch: `torch.erf` (ATen `erf`).
    pub fn erf(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_erf(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise complementary error function of the `self`, 1 - erf(x).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_erfc`; PyTorch: `torch.erfc` (ATen `erfc`).
    pub fn erfc(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_erfc(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise inverse error function of the `self` (defined on (-1, 1); +-inf at +-1).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_erfinv`; PyTorch: `torch.erfinv` (ATen `erfinv`).
    pub fn erfinv(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_digamma(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The `self` itself (unary plus); refused for bool tensors, as in PyTorch.
    ///
    /// Returns: A new tensor to a view of `self`.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_positive`; PyTorch: `torch.positive` (ATen `positive`).
    pub fn positive(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_positive(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise angle of the `self` in radians (0 or pi for real numbers, NaN kept).
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_angle`; PyTorch: `torch.angle` (ATen `angle`).
    pub fn angle(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_angle(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise complex conjugate of the `self`, computed (a copy for real tensors).
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_conj_physical`; PyTorch: `torch.conj_physical` (ATen `conj_physical`).
    pub fn conj_physical(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_conj_physical(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise log-odds of the `self`, log(x / (1 - x)), optionally clamping x to \[eps, 1
    /// - eps\].
    ///
    /// * `eps`: Clamp the `self` to \[eps, 1 - eps\] first; None for no clamping (then 0 and 1 give
    ///   -inf and inf). PyTorch's default: `None`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, float? eps=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logit`; PyTorch: `torch.logit` (ATen `logit`).
    pub fn logit(&self, eps: Option<f64>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// Returns: A new tensor of the `self`'s dtype.
    ///
    /// Schema: `(Tensor input, float? nan=None, float? posinf=None, float? neginf=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_nan_to_num`; PyTorch: `torch.nan_to_num` (ATen `nan_to_num`).
    pub fn nan_to_num(
        &self,
        nan: Option<f64>,
        posinf: Option<f64>,
        neginf: Option<f64>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `mantissa`: The mantissas, of the `self`'s (floating-point) dtype.
    /// * `exponent`: The exponents, int32: `self` = mantissa * 2^exponent.
    ///
    /// Schema: `(Tensor input) -> (Tensor mantissa, Tensor exponent)`.
    /// Binds `rt_torch_torchtensor_frexp_tensor`; PyTorch: `torch.frexp` (ATen `frexp.Tensor`).
    pub fn frexp_tensor(&self) -> Result<(Tensor, Tensor), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1] = read_array(2, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_frexp_tensor(self.handle, out, out_capacity)
        }).and_then(Tensor::from_tuple::<2>)?;
        Ok((t0, t1))
    }

    /// The element-wise arctangent of `self` / other, in radians, in the quadrant of the point
    /// (other, `self`).
    ///
    /// * `other`: The x coordinates, broadcastable with `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_atan2`; PyTorch: `torch.atan2` (ATen `atan2`).
    pub fn atan2(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_atan2(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise log(exp(`self`) + exp(other)), computed without overflow.
    ///
    /// * `other`: The second `self` tensor, broadcastable with `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logaddexp`; PyTorch: `torch.logaddexp` (ATen `logaddexp`).
    pub fn logaddexp(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_logaddexp(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise log2(2^`self` + 2^other), computed without overflow.
    ///
    /// * `other`: The second `self` tensor, broadcastable with `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logaddexp2`; PyTorch: `torch.logaddexp2` (ATen `logaddexp2`).
    pub fn logaddexp2(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_logaddexp2(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise `self` * log(other), 0 where `self` is 0 (even when other is 0 or inf).
    ///
    /// * `other`: The argument of the logarithm, broadcastable with `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_xlogy_tensor`; PyTorch: `torch.xlogy` (ATen `xlogy.Tensor`).
    pub fn xlogy_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_xlogy_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise `self` * log(other), 0 where `self` is 0 (even when other is 0 or inf).
    ///
    /// * `other`: The argument of the logarithm.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_xlogy_scalar_other`; PyTorch: `torch.xlogy` (ATen `xlogy.Scalar_Other`).
    pub fn xlogy_scalar_other(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_tensor_xlogy_scalar_self(input, input_int, input_kind, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise hypotenuse sqrt(`self`^2 + other^2).
    ///
    /// * `other`: The second `self` tensor, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted (floating-point) dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_hypot`; PyTorch: `torch.hypot` (ATen `hypot`).
    pub fn hypot(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_hypot(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Linear interpolation between two tensors, `self` + weight * (end - `self`).
    ///
    /// * `end`: The end points, broadcastable with `self`.
    /// * `weight`: The interpolation weight (0 gives `self`, 1 gives end).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// Linear interpolation between two tensors, `self` + weight * (end - `self`).
    ///
    /// * `end`: The end points, broadcastable with `self`.
    /// * `weight`: The interpolation weights, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor end, Tensor weight) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lerp_tensor`; PyTorch: `torch.lerp` (ATen `lerp.Tensor`).
    pub fn lerp_tensor(&self, end: &Tensor, weight: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_lerp_tensor(self.handle, end.handle, weight.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The next floating-point value after `self` toward other, element-wise.
    ///
    /// * `other`: The directions, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_nextafter`; PyTorch: `torch.nextafter` (ATen `nextafter`).
    pub fn nextafter(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_nextafter(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The magnitude of `self` with the sign (bit) of other, element-wise.
    ///
    /// * `other`: The tensor whose signs are applied, broadcastable with `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_copysign_tensor`; PyTorch: `torch.copysign` (ATen `copysign.Tensor`).
    pub fn copysign_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_copysign_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The magnitude of `self` with the sign (bit) of other, element-wise.
    ///
    /// * `other`: The number whose sign is applied.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_copysign_scalar`; PyTorch: `torch.copysign` (ATen `copysign.Scalar`).
    pub fn copysign_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_copysign_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise maximum of two tensors, ignoring NaN (NaN only where both are NaN).
    ///
    /// * `other`: The second `self` tensor, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_fmax`; PyTorch: `torch.fmax` (ATen `fmax`).
    pub fn fmax(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_fmax(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise minimum of two tensors, ignoring NaN (NaN only where both are NaN).
    ///
    /// * `other`: The second `self` tensor, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_fmin`; PyTorch: `torch.fmin` (ATen `fmin`).
    pub fn fmin(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_fmin(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise C-style remainder of a division (std::fmod: the sign of the dividend).
    ///
    /// * `other`: The divisors, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_fmod_tensor`; PyTorch: `torch.fmod` (ATen `fmod.Tensor`).
    pub fn fmod_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_fmod_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise Python-style remainder of a division (the sign of the divisor).
    ///
    /// * `other`: The divisors, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_remainder_tensor`; PyTorch: `torch.remainder` (ATen `remainder.Tensor`).
    pub fn remainder_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_tensor_remainder_scalar_tensor(input, input_int, input_kind, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise quotient rounded down (toward negative infinity).
    ///
    /// * `other`: The divisors, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype of the inputs.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_floor_divide`; PyTorch: `torch.floor_divide` (ATen `floor_divide`).
    pub fn floor_divide(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_floor_divide_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise true division (torch.div without rounding).
    ///
    /// * `other`: The divisors, broadcastable with `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_true_divide_tensor`; PyTorch: `torch.true_divide` (ATen `true_divide.Tensor`).
    pub fn true_divide_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_true_divide_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises `self` to the power of exponent element-wise, in double precision.
    ///
    /// * `exponent`: The exponents, broadcastable with `self`.
    ///
    /// Returns: A new float64 tensor.
    ///
    /// Schema: `(Tensor input, Tensor exponent) -> Tensor`.
    /// Binds `rt_torch_torchtensor_float_power_tensor_tensor`; PyTorch: `torch.float_power` (ATen `float_power.Tensor_Tensor`).
    pub fn float_power_tensor_tensor(&self, exponent: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_float_power_tensor_tensor(self.handle, exponent.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Raises `self` to the power of exponent element-wise, in double precision.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_tensor_float_power_scalar(input, input_int, input_kind, exponent.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise Heaviside step: 0 below zero, 1 above, values where `self` is zero.
    ///
    /// * `values`: The results where `self` is zero, broadcastable with `self` (same dtype).
    ///
    /// Returns: A new tensor of the `self`'s dtype.
    ///
    /// Schema: `(Tensor input, Tensor values) -> Tensor`.
    /// Binds `rt_torch_torchtensor_heaviside`; PyTorch: `torch.heaviside` (ATen `heaviside`).
    pub fn heaviside(&self, values: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_heaviside(self.handle, values.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise least common multiple of two integer tensors (non-negative).
    ///
    /// * `other`: The second `self` tensor, broadcastable with `self`.
    ///
    /// Returns: A new integer tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lcm`; PyTorch: `torch.lcm` (ATen `lcm`).
    pub fn lcm(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_lcm(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise greatest common divisor of two integer tensors (non-negative).
    ///
    /// * `other`: The second `self` tensor, broadcastable with `self`.
    ///
    /// Returns: A new integer tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_gcd`; PyTorch: `torch.gcd` (ATen `gcd`).
    pub fn gcd(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_gcd(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise `self` * 2^other.
    ///
    /// * `other`: The exponents (usually integers), broadcastable with `self`.
    ///
    /// Returns: A new tensor (floating point: integer inputs give the default float dtype).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ldexp_tensor`; PyTorch: `torch.ldexp` (ATen `ldexp.Tensor`).
    pub fn ldexp_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_ldexp_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to \[min, max\] by numbers (max wins where min \> max).
    ///
    /// * `min`: The lower bound; None for none (at least one of min and max must be given).
    ///   PyTorch's default: `None`.
    /// * `max`: The upper bound; None for none. PyTorch's default: `None`.
    ///
    /// Returns: A new tensor of the promoted dtype of `self` and the bounds.
    ///
    /// Schema: `(Tensor input, Scalar? min=None, Scalar? max=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp`; PyTorch: `torch.clamp` (ATen `clamp`).
    pub fn clamp(&self, min: Option<Scalar>, max: Option<Scalar>) -> Result<Tensor, TorchError> {
        let (min, min_int, min_kind) = Scalar::optional_c_args(min);
        let (max, max_int, max_kind) = Scalar::optional_c_args(max);
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `min`: The lower bounds, broadcastable with `self`; None for none (at least one of min and
    ///   max must be given). PyTorch's default: `None`.
    /// * `max`: The upper bounds, broadcastable with `self`; None for none. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor of the promoted dtype of `self` and the bounds.
    ///
    /// Schema: `(Tensor input, Tensor? min=None, Tensor? max=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_tensor`; PyTorch: `torch.clamp` (ATen `clamp.Tensor`).
    pub fn clamp_tensor(
        &self,
        min: Option<&Tensor>,
        max: Option<&Tensor>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_clamp_tensor(
                self.handle,
                min.map_or(0, |t| t.handle),
                max.map_or(0, |t| t.handle),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to at least a number, max(`self`, min).
    ///
    /// * `min`: The lower bound.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Scalar min) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_min`; PyTorch: `torch.clamp_min` (ATen `clamp_min`).
    pub fn clamp_min(&self, min: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (min, min_int, min_kind) = Scalar::c_args(min.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_clamp_min(self.handle, min, min_int, min_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to at least the matching lower bound of a tensor.
    ///
    /// * `min`: The lower bounds, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor min) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_min_tensor`; PyTorch: `torch.clamp_min` (ATen `clamp_min.Tensor`).
    pub fn clamp_min_tensor(&self, min: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_clamp_min_tensor(self.handle, min.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to at most a number, min(`self`, max).
    ///
    /// * `max`: The upper bound.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Scalar max) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_max`; PyTorch: `torch.clamp_max` (ATen `clamp_max`).
    pub fn clamp_max(&self, max: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (max, max_int, max_kind) = Scalar::c_args(max.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_clamp_max(self.handle, max, max_int, max_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Limits every element to at most the matching upper bound of a tensor.
    ///
    /// * `max`: The upper bounds, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor max) -> Tensor`.
    /// Binds `rt_torch_torchtensor_clamp_max_tensor`; PyTorch: `torch.clamp_max` (ATen `clamp_max.Tensor`).
    pub fn clamp_max_tensor(&self, max: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_clamp_max_tensor(self.handle, max.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise minimum of two tensors, with broadcasting.
    ///
    /// * `other`: The second `self` tensor, broadcastable with `self`.
    ///
    /// Returns: A new tensor (NaN where either `self` is NaN).
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_minimum`; PyTorch: `torch.minimum` (ATen `minimum`).
    pub fn minimum(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_minimum(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// `self` + value * tensor1 * tensor2, element-wise.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// `self` + value * tensor1 / tensor2, element-wise (true division; refused for integer
    /// tensors, as in PyTorch).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// Element-wise comparison `self` == other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with `self`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_eq_tensor`; PyTorch: `torch.eq` (ATen `eq.Tensor`).
    pub fn eq_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_eq_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` == other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_eq_scalar`; PyTorch: `torch.eq` (ATen `eq.Scalar`).
    pub fn eq_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_eq_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` != other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with `self`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ne_tensor`; PyTorch: `torch.ne` (ATen `ne.Tensor`).
    pub fn ne_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_ne_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` != other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ne_scalar`; PyTorch: `torch.ne` (ATen `ne.Scalar`).
    pub fn ne_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_ne_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` \> other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with `self`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_gt_tensor`; PyTorch: `torch.gt` (ATen `gt.Tensor`).
    pub fn gt_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_gt_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` \> other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_gt_scalar`; PyTorch: `torch.gt` (ATen `gt.Scalar`).
    pub fn gt_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_gt_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` \>= other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with `self`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ge_tensor`; PyTorch: `torch.ge` (ATen `ge.Tensor`).
    pub fn ge_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_ge_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` \>= other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_ge_scalar`; PyTorch: `torch.ge` (ATen `ge.Scalar`).
    pub fn ge_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_ge_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` \< other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with `self`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lt_tensor`; PyTorch: `torch.lt` (ATen `lt.Tensor`).
    pub fn lt_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_lt_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` \< other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_lt_scalar`; PyTorch: `torch.lt` (ATen `lt.Scalar`).
    pub fn lt_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_lt_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` \<= other, with broadcasting.
    ///
    /// * `other`: The tensor to compare with, broadcastable with `self`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_le_tensor`; PyTorch: `torch.le` (ATen `le.Tensor`).
    pub fn le_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_le_tensor(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Element-wise comparison `self` \<= other, against a number.
    ///
    /// * `other`: The number to compare with.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Scalar other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_le_scalar`; PyTorch: `torch.le` (ATen `le.Scalar`).
    pub fn le_scalar(&self, other: impl Into<Scalar>) -> Result<Tensor, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_equal(self.handle, other.handle) };
        check_ambiguous(value, !value)
    }

    /// Whether each element of `self` is close to other, |`self` - other| \<= atol + rtol *
    /// |other|.
    ///
    /// * `other`: The second tensor, broadcastable with `self`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_isclose(self.handle, other.handle, rtol, atol, equal_nan)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether every element of `self` is close to other, |`self` - other| \<= atol + rtol *
    /// |other|.
    ///
    /// * `other`: The second tensor, broadcastable with `self`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_isnan(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise logical AND of two tensors (nonzero counts as true).
    ///
    /// * `other`: The second tensor, broadcastable with `self`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logical_and`; PyTorch: `torch.logical_and` (ATen `logical_and`).
    pub fn logical_and(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_logical_and(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise logical OR of two tensors (nonzero counts as true).
    ///
    /// * `other`: The second tensor, broadcastable with `self`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logical_or`; PyTorch: `torch.logical_or` (ATen `logical_or`).
    pub fn logical_or(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_logical_or(self.handle, other.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise logical XOR of two tensors (nonzero counts as true).
    ///
    /// * `other`: The second tensor, broadcastable with `self`.
    ///
    /// Returns: A new bool tensor.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logical_xor`; PyTorch: `torch.logical_xor` (ATen `logical_xor`).
    pub fn logical_xor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_logical_not(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// The element-wise bitwise AND of integer or bool values.
    ///
    /// * `other`: The second tensor, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_and_tensor`; PyTorch: `torch.bitwise_and` (ATen `bitwise_and.Tensor`).
    pub fn bitwise_and_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `other`: The second tensor, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_or_tensor`; PyTorch: `torch.bitwise_or` (ATen `bitwise_or.Tensor`).
    pub fn bitwise_or_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `other`: The second tensor, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_xor_tensor`; PyTorch: `torch.bitwise_xor` (ATen `bitwise_xor.Tensor`).
    pub fn bitwise_xor_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// Returns: A new tensor of the `self`'s dtype.
    ///
    /// Schema: `(Tensor input) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_not`; PyTorch: `torch.bitwise_not` (ATen `bitwise_not`).
    pub fn bitwise_not(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_bitwise_not(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Shifts integer values left by a number of bits, element-wise.
    ///
    /// * `other`: The bit counts, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_left_shift_tensor`; PyTorch: `torch.bitwise_left_shift` (ATen `bitwise_left_shift.Tensor`).
    pub fn bitwise_left_shift_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `other`: The bit counts, broadcastable with `self`.
    ///
    /// Returns: A new tensor of the promoted dtype.
    ///
    /// Schema: `(Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_bitwise_right_shift_tensor`; PyTorch: `torch.bitwise_right_shift` (ATen `bitwise_right_shift.Tensor`).
    pub fn bitwise_right_shift_tensor(&self, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// Picks input where `self` is true and other elsewhere, element-wise with broadcasting.
    ///
    /// * `input`: The values where `self` is true.
    /// * `other`: The values where `self` is false.
    ///
    /// Returns: A new tensor of the promoted dtype of input and other.
    ///
    /// Schema: `(Tensor condition, Tensor input, Tensor other) -> Tensor`.
    /// Binds `rt_torch_torchtensor_where_self`; PyTorch: `torch.where` (ATen `where.self`).
    pub fn where_self(&self, input: &Tensor, other: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_where_self(self.handle, input.handle, other.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Picks a number where `self` is true and other elsewhere, element-wise with broadcasting.
    ///
    /// * `input`: The value where `self` is true.
    /// * `other`: The values where `self` is false.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// Picks input where `self` is true and a number elsewhere, element-wise with broadcasting.
    ///
    /// * `input`: The values where `self` is true.
    /// * `other`: The value where `self` is false.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// Picks one number where `self` is true and another elsewhere.
    ///
    /// * `input`: The value where `self` is true.
    /// * `other`: The value where `self` is false.
    ///
    /// Returns: A new tensor of `self`'s shape and the numbers' default dtype.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// A copy of `self` with a number written where a bool mask is true.
    ///
    /// * `mask`: The bool mask, broadcastable to `self`'s shape.
    /// * `value`: The value to write.
    ///
    /// Returns: A new tensor of `self`'s dtype and shape.
    ///
    /// Schema: `(Tensor input, Tensor mask, Scalar value) -> Tensor`.
    /// Binds `rt_torch_torchtensor_masked_fill_scalar`; PyTorch: `torch.masked_fill` (ATen `masked_fill.Scalar`).
    pub fn masked_fill_scalar(
        &self,
        mask: &Tensor,
        value: impl Into<Scalar>,
    ) -> Result<Tensor, TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// A copy of `self` with a 0-d tensor's value written where a bool mask is true.
    ///
    /// * `mask`: The bool mask, broadcastable to `self`'s shape.
    /// * `value`: The value to write, a 0-d tensor.
    ///
    /// Returns: A new tensor of `self`'s dtype and shape.
    ///
    /// Schema: `(Tensor input, Tensor mask, Tensor value) -> Tensor`.
    /// Binds `rt_torch_torchtensor_masked_fill_tensor`; PyTorch: `torch.masked_fill` (ATen `masked_fill.Tensor`).
    pub fn masked_fill_tensor(&self, mask: &Tensor, value: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_masked_fill_tensor(self.handle, mask.handle, value.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Whether each element of `self` occurs in test_elements.
    ///
    /// * `test_elements`: The values to look for (any shape).
    /// * `assume_unique`: The `self` and test `self` are each free of duplicates (a faster path;
    ///   wrong results otherwise). Keyword-only in PyTorch. PyTorch's default: `false`.
    /// * `invert`: Return true for the `self` NOT in the test `self`. Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    ///
    /// Returns: A new bool tensor of `self`' shape.
    ///
    /// Schema: `(Tensor elements, Tensor test_elements, *, bool assume_unique=False, bool invert=False) -> Tensor`.
    /// Binds `rt_torch_torchtensor_isin_tensor_tensor`; PyTorch: `torch.isin` (ATen `isin.Tensor_Tensor`).
    pub fn isin_tensor_tensor(
        &self,
        test_elements: &Tensor,
        assume_unique: bool,
        invert: bool,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// Whether each element of `self` equals a number.
    ///
    /// * `test_element`: The value to look for.
    /// * `assume_unique`: The `self` and test `self` are each free of duplicates (a faster path;
    ///   wrong results otherwise). Keyword-only in PyTorch. PyTorch's default: `false`.
    /// * `invert`: Return true for the `self` NOT in the test `self`. Keyword-only in PyTorch.
    ///   PyTorch's default: `false`.
    ///
    /// Returns: A new bool tensor of `self`' shape.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// The elements of `self` where a bool mask is true, as a 1-D tensor (in row-major order).
    ///
    /// * `mask`: The bool mask, broadcastable with `self`.
    ///
    /// Returns: A new 1-D tensor of `self`'s dtype.
    ///
    /// Schema: `(Tensor input, Tensor mask) -> Tensor`.
    /// Binds `rt_torch_torchtensor_masked_select`; PyTorch: `torch.masked_select` (ATen `masked_select`).
    pub fn masked_select(&self, mask: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_masked_select(self.handle, mask.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A copy of `self` with the elements of source written, in order, where a bool mask is true.
    ///
    /// * `mask`: The bool mask, broadcastable to `self`'s shape.
    /// * `source`: The values to write, read in row-major order; at least as many as the mask's
    ///   true elements.
    ///
    /// Returns: A new tensor of `self`'s dtype and shape.
    ///
    /// Schema: `(Tensor input, Tensor mask, Tensor source) -> Tensor`.
    /// Binds `rt_torch_torchtensor_masked_scatter`; PyTorch: `torch.masked_scatter` (ATen `masked_scatter`).
    pub fn masked_scatter(&self, mask: &Tensor, source: &Tensor) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_masked_scatter(self.handle, mask.handle, source.handle)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Subtracts alpha times another tensor from this one, in place.
    ///
    /// * `other`: The tensor to subtract, broadcastable to `self`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `other`: The divisors, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_div_tensor_`; PyTorch: `torch.Tensor.div_` (ATen `div_.Tensor`).
    pub fn div_tensor_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_div_tensor_(self.handle, other.handle) };
        check_void()
    }

    /// Divides element-wise by another tensor, in place, rounding the quotient as asked.
    ///
    /// * `other`: The divisors, broadcastable to `self`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
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
    /// * `value`: The value (converted to `self`'s dtype).
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar value) -> ()`.
    /// Binds `rt_torch_torchtensor_fill_scalar_`; PyTorch: `torch.Tensor.fill_` (ATen `fill_.Scalar`).
    pub fn fill_scalar_(&mut self, value: impl Into<Scalar>) -> Result<(), TorchError> {
        let (value, value_int, value_kind) = Scalar::c_args(value.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `min`: The lower bounds, broadcastable to `self`; None for none (at least one of min and
    ///   max must be given). PyTorch's default: `None`.
    /// * `max`: The upper bounds, broadcastable to `self`; None for none. PyTorch's default:
    ///   `None`.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `exponent`: The exponents, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor exponent) -> ()`.
    /// Binds `rt_torch_torchtensor_pow_tensor_`; PyTorch: `torch.Tensor.pow_` (ATen `pow_.Tensor`).
    pub fn pow_tensor_(&mut self, exponent: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_pow_tensor_(self.handle, exponent.handle) };
        check_void()
    }

    /// Writes a number where a bool mask is true, in place.
    ///
    /// * `mask`: The bool mask, broadcastable to `self`'s shape.
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
    /// * `mask`: The bool mask, broadcastable to `self`'s shape.
    /// * `value`: The value to write, a 0-d tensor.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor mask, Tensor value) -> ()`.
    /// Binds `rt_torch_torchtensor_masked_fill_tensor_`; PyTorch: `torch.Tensor.masked_fill_` (ATen `masked_fill_.Tensor`).
    pub fn masked_fill_tensor_(&mut self, mask: &Tensor, value: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_masked_fill_tensor_(self.handle, mask.handle, value.handle)
        };
        check_void()
    }

    /// Divides element-wise, rounding the quotient down (toward negative infinity), in place (the
    /// result must fit `self`'s dtype).
    ///
    /// * `other`: The divisors, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_floor_divide_tensor_`; PyTorch: `torch.Tensor.floor_divide_` (ATen `floor_divide_.Tensor`).
    pub fn floor_divide_tensor_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_floor_divide_tensor_(self.handle, other.handle) };
        check_void()
    }

    /// Divides element-wise, rounding the quotient down (toward negative infinity), in place (the
    /// result must fit `self`'s dtype).
    ///
    /// * `other`: The divisor, a number.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other) -> ()`.
    /// Binds `rt_torch_torchtensor_floor_divide_scalar_`; PyTorch: `torch.Tensor.floor_divide_` (ATen `floor_divide_.Scalar`).
    pub fn floor_divide_scalar_(&mut self, other: impl Into<Scalar>) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_floor_divide_scalar_(
                self.handle,
                other,
                other_int,
                other_kind,
            )
        };
        check_void()
    }

    /// Replaces every element by its remainder after division (the sign of the divisor, as Python's
    /// %), in place (the result must fit `self`'s dtype).
    ///
    /// * `other`: The divisors, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_remainder_tensor_`; PyTorch: `torch.Tensor.remainder_` (ATen `remainder_.Tensor`).
    pub fn remainder_tensor_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_remainder_tensor_(self.handle, other.handle) };
        check_void()
    }

    /// Replaces every element by its remainder after division (the sign of the divisor, as Python's
    /// %), in place (the result must fit `self`'s dtype).
    ///
    /// * `other`: The divisor, a number.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other) -> ()`.
    /// Binds `rt_torch_torchtensor_remainder_scalar_`; PyTorch: `torch.Tensor.remainder_` (ATen `remainder_.Scalar`).
    pub fn remainder_scalar_(&mut self, other: impl Into<Scalar>) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_remainder_scalar_(self.handle, other, other_int, other_kind)
        };
        check_void()
    }

    /// Bitwise AND (logical AND for bool tensors) with another operand, in place (the result must
    /// fit `self`'s dtype).
    ///
    /// * `other`: The tensor to combine with, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_and_tensor_`; PyTorch: `torch.Tensor.bitwise_and_` (ATen `bitwise_and_.Tensor`).
    pub fn bitwise_and_tensor_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_bitwise_and_tensor_(self.handle, other.handle) };
        check_void()
    }

    /// Bitwise AND (logical AND for bool tensors) with another operand, in place (the result must
    /// fit `self`'s dtype).
    ///
    /// * `other`: The number to combine with, a number.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_and_scalar_`; PyTorch: `torch.Tensor.bitwise_and_` (ATen `bitwise_and_.Scalar`).
    pub fn bitwise_and_scalar_(&mut self, other: impl Into<Scalar>) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_bitwise_and_scalar_(self.handle, other, other_int, other_kind)
        };
        check_void()
    }

    /// Bitwise OR (logical OR for bool tensors) with another operand, in place (the result must fit
    /// `self`'s dtype).
    ///
    /// * `other`: The tensor to combine with, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_or_tensor_`; PyTorch: `torch.Tensor.bitwise_or_` (ATen `bitwise_or_.Tensor`).
    pub fn bitwise_or_tensor_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_bitwise_or_tensor_(self.handle, other.handle) };
        check_void()
    }

    /// Bitwise OR (logical OR for bool tensors) with another operand, in place (the result must fit
    /// `self`'s dtype).
    ///
    /// * `other`: The number to combine with, a number.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_or_scalar_`; PyTorch: `torch.Tensor.bitwise_or_` (ATen `bitwise_or_.Scalar`).
    pub fn bitwise_or_scalar_(&mut self, other: impl Into<Scalar>) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_bitwise_or_scalar_(self.handle, other, other_int, other_kind)
        };
        check_void()
    }

    /// Bitwise XOR (logical XOR for bool tensors) with another operand, in place (the result must
    /// fit `self`'s dtype).
    ///
    /// * `other`: The tensor to combine with, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_xor_tensor_`; PyTorch: `torch.Tensor.bitwise_xor_` (ATen `bitwise_xor_.Tensor`).
    pub fn bitwise_xor_tensor_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_bitwise_xor_tensor_(self.handle, other.handle) };
        check_void()
    }

    /// Bitwise XOR (logical XOR for bool tensors) with another operand, in place (the result must
    /// fit `self`'s dtype).
    ///
    /// * `other`: The number to combine with, a number.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_xor_scalar_`; PyTorch: `torch.Tensor.bitwise_xor_` (ATen `bitwise_xor_.Scalar`).
    pub fn bitwise_xor_scalar_(&mut self, other: impl Into<Scalar>) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_bitwise_xor_scalar_(self.handle, other, other_int, other_kind)
        };
        check_void()
    }

    /// Shifts the bits of every element left, in place (the result must fit `self`'s dtype).
    ///
    /// * `other`: The shift counts, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_left_shift_tensor_`; PyTorch: `torch.Tensor.bitwise_left_shift_` (ATen `bitwise_left_shift_.Tensor`).
    pub fn bitwise_left_shift_tensor_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_bitwise_left_shift_tensor_(self.handle, other.handle) };
        check_void()
    }

    /// Shifts the bits of every element left, in place (the result must fit `self`'s dtype).
    ///
    /// * `other`: The shift count, a number.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_`; PyTorch: `torch.Tensor.bitwise_left_shift_` (ATen `bitwise_left_shift_.Tensor_Scalar`).
    pub fn bitwise_left_shift_tensor_scalar_(
        &mut self,
        other: impl Into<Scalar>,
    ) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(
                self.handle,
                other,
                other_int,
                other_kind,
            )
        };
        check_void()
    }

    /// Shifts the bits of every element right (arithmetic shift for signed integers), in place (the
    /// result must fit `self`'s dtype).
    ///
    /// * `other`: The shift counts, broadcastable to `self`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_right_shift_tensor_`; PyTorch: `torch.Tensor.bitwise_right_shift_` (ATen `bitwise_right_shift_.Tensor`).
    pub fn bitwise_right_shift_tensor_(&mut self, other: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_bitwise_right_shift_tensor_(self.handle, other.handle) };
        check_void()
    }

    /// Shifts the bits of every element right (arithmetic shift for signed integers), in place (the
    /// result must fit `self`'s dtype).
    ///
    /// * `other`: The shift count, a number.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Scalar other) -> ()`.
    /// Binds `rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_`; PyTorch: `torch.Tensor.bitwise_right_shift_` (ATen `bitwise_right_shift_.Tensor_Scalar`).
    pub fn bitwise_right_shift_tensor_scalar_(
        &mut self,
        other: impl Into<Scalar>,
    ) -> Result<(), TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(
                self.handle,
                other,
                other_int,
                other_kind,
            )
        };
        check_void()
    }

    /// Writes (or adds) values at the positions advanced indexing selects, in place (t\[indices\] =
    /// values).
    ///
    /// * `indices`: One index tensor (int64 or bool) or None per leading dimension, as in
    ///   `self`\[indices\].
    /// * `values`: The values, of `self`'s dtype, broadcast to the indexed shape.
    /// * `accumulate`: Add the values (true) or write them (false). PyTorch's default: `false`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, Tensor?[] indices, Tensor values, bool accumulate=False) -> ()`.
    /// Binds `rt_torch_torchtensor_index_put_`; PyTorch: `torch.Tensor.index_put_` (ATen `index_put_`).
    pub fn index_put_(
        &mut self,
        indices: &[Option<&Tensor>],
        values: &Tensor,
        accumulate: bool,
    ) -> Result<(), TorchError> {
        let indices: Vec<i64> = indices.iter().map(|t| t.map_or(0, |t| t.handle)).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        unsafe {
            ffi::rt_torch_torchtensor_index_put_(
                self.handle,
                indices.as_ptr(),
                len_arg(indices.len()),
                values.handle,
                accumulate,
            )
        };
        check_void()
    }

    /// The dtype an arithmetic operation on two tensors would give (PyTorch's type promotion).
    ///
    /// * `other`: The second operand.
    ///
    /// Returns: The dtype.
    ///
    /// Schema: `(Tensor tensor, Tensor other) -> ScalarType`.
    /// Binds `rt_torch_torchtensor_result_type_tensor`; PyTorch: `torch.result_type` (ATen `result_type.Tensor`).
    pub fn result_type_tensor(&self, other: &Tensor) -> Result<Kind, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_result_type_tensor(self.handle, other.handle)
        };
        check_strict(value, value == -1).and_then(Kind::from_code)
    }

    /// The dtype an arithmetic operation on a `self` and a number would give (a number takes part
    /// as PyTorch's wrapped numbers do).
    ///
    /// * `other`: The number operand.
    ///
    /// Returns: The dtype.
    ///
    /// Schema: `(Tensor tensor, Scalar other) -> ScalarType`.
    /// Binds `rt_torch_torchtensor_result_type_scalar`; PyTorch: `torch.result_type` (ATen `result_type.Scalar`).
    pub fn result_type_scalar(&self, other: impl Into<Scalar>) -> Result<Kind, TorchError> {
        let (other, other_int, other_kind) = Scalar::c_args(other.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_result_type_scalar(self.handle, other, other_int, other_kind)
        };
        check_strict(value, value == -1).and_then(Kind::from_code)
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_hardshrink(self.handle, lambd, lambd_int, lambd_kind)
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// HardTanh, the `self` clamped to \[min_val, max_val\].
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_prelu(self.handle, weight.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Softmin along a dimension, softmax(-`self`), optionally computed in another dtype.
    ///
    /// * `dim`: The dimension that sums to 1; None for PyTorch's legacy choice (0 for 0-, 1- and
    ///   3-d inputs, else 1). PyTorch's default: `None`.
    /// * `dtype`: Convert the `self` to this dtype first; None keeps it. Keyword-only in PyTorch.
    ///   PyTorch's default: `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor input, int? dim=None, *, ScalarType? dtype=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_softmin`; PyTorch: `torch.nn.functional.softmin`.
    pub fn softmin(&self, dim: Option<i64>, dtype: Option<Kind>) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
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

    /// A 1-D tensor of steps values evenly spaced on a log scale, from base**`self` to base**end
    /// inclusive (`self` and end given as 0-d tensors).
    ///
    /// * `end`: The exponent of the last value.
    /// * `steps`: How many values (non-negative).
    /// * `base`: The base of the logarithm. PyTorch's default: `10.0`.
    /// * `dtype`: The dtype; None for the default (the complex one when `self` or end is complex).
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor start, Tensor end, int steps, float base=10.0, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logspace_tensor_tensor`; PyTorch: `torch.logspace` (ATen `logspace.Tensor_Tensor`).
    pub fn logspace_tensor_tensor(
        &self,
        end: &Tensor,
        steps: i64,
        base: f64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_logspace_tensor_tensor(
                self.handle,
                end.handle,
                steps,
                base,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 1-D tensor of steps values evenly spaced on a log scale, from base**`self` to base**end
    /// inclusive (`self` given as a 0-d tensor).
    ///
    /// * `end`: The exponent of the last value.
    /// * `steps`: How many values (non-negative).
    /// * `base`: The base of the logarithm. PyTorch's default: `10.0`.
    /// * `dtype`: The dtype; None for the default (the complex one when `self` or end is complex).
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor start, Scalar end, int steps, float base=10.0, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_logspace_tensor_scalar`; PyTorch: `torch.logspace` (ATen `logspace.Tensor_Scalar`).
    pub fn logspace_tensor_scalar(
        &self,
        end: impl Into<Scalar>,
        steps: i64,
        base: f64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (end, end_int, end_kind) = Scalar::c_args(end.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_logspace_tensor_scalar(
                self.handle,
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

    /// A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end
    /// inclusive (end given as a 0-d tensor).
    ///
    /// * `start`: The exponent of the first value.
    /// * `end`: The exponent of the last value.
    /// * `steps`: How many values (non-negative).
    /// * `base`: The base of the logarithm. PyTorch's default: `10.0`.
    /// * `dtype`: The dtype; None for the default (the complex one when start or end is complex).
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Scalar start, Tensor end, int steps, float base=10.0, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_logspace_scalar_tensor`; PyTorch: `torch.logspace` (ATen `logspace.Scalar_Tensor`).
    pub fn logspace_scalar_tensor(
        start: impl Into<Scalar>,
        end: &Tensor,
        steps: i64,
        base: f64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (start, start_int, start_kind) = Scalar::c_args(start.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_tensor_logspace_scalar_tensor(
                start,
                start_int,
                start_kind,
                end.handle,
                steps,
                base,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 1-D tensor of steps values evenly spaced from `self` to end inclusive (`self` and end
    /// given as 0-d tensors).
    ///
    /// * `end`: The last value.
    /// * `steps`: How many values (non-negative).
    /// * `dtype`: The dtype; None for the default (the complex one when `self` or end is complex).
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor start, Tensor end, int steps, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linspace_tensor_tensor`; PyTorch: `torch.linspace` (ATen `linspace.Tensor_Tensor`).
    pub fn linspace_tensor_tensor(
        &self,
        end: &Tensor,
        steps: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_linspace_tensor_tensor(
                self.handle,
                end.handle,
                steps,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// A 1-D tensor of steps values evenly spaced from `self` to end inclusive (`self` given as a
    /// 0-d tensor).
    ///
    /// * `end`: The last value.
    /// * `steps`: How many values (non-negative).
    /// * `dtype`: The dtype; None for the default (the complex one when `self` or end is complex).
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Tensor start, Scalar end, int steps, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_torchtensor_linspace_tensor_scalar`; PyTorch: `torch.linspace` (ATen `linspace.Tensor_Scalar`).
    pub fn linspace_tensor_scalar(
        &self,
        end: impl Into<Scalar>,
        steps: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (end, end_int, end_kind) = Scalar::c_args(end.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_torchtensor_linspace_tensor_scalar(
                self.handle,
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

    /// A 1-D tensor of steps values evenly spaced from start to end inclusive (end given as a 0-d
    /// tensor).
    ///
    /// * `start`: The first value.
    /// * `end`: The last value.
    /// * `steps`: How many values (non-negative).
    /// * `dtype`: The dtype; None for the default (the complex one when start or end is complex).
    ///   Keyword-only in PyTorch. PyTorch's default: `None`.
    /// * `device`: The device; None for the CPU. Keyword-only in PyTorch. PyTorch's default:
    ///   `None`.
    ///
    /// Returns: A new tensor.
    ///
    /// Schema: `(Scalar start, Tensor end, int steps, *, ScalarType? dtype=None, Device? device=None) -> Tensor`.
    /// Binds `rt_torch_tensor_linspace_scalar_tensor`; PyTorch: `torch.linspace` (ATen `linspace.Scalar_Tensor`).
    pub fn linspace_scalar_tensor(
        start: impl Into<Scalar>,
        end: &Tensor,
        steps: i64,
        dtype: Option<Kind>,
        device: Option<Device>,
    ) -> Result<Tensor, TorchError> {
        let (start, start_int, start_kind) = Scalar::c_args(start.into());
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe {
            ffi::rt_torch_tensor_linspace_scalar_tensor(
                start,
                start_int,
                start_kind,
                end.handle,
                steps,
                dtype.map_or(-1, Kind::code),
                device.map_or(-1, Device::type_code),
                device.map_or(-1, Device::index),
            )
        };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Reports whether a tensor is a leaf of the autograd graph.
    ///
    /// Returns: true for a tensor that does not require grad, and for one that requires it but no
    /// recorded operation made (backward fills its .grad).
    ///
    /// Schema: `(Tensor handle) -> bool`.
    /// Binds `rt_torch_autograd_is_leaf`; PyTorch: `torch.Tensor.is_leaf`.
    pub fn is_leaf(&self) -> Result<bool, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_is_leaf(self.handle) };
        check_ambiguous(value, !value)
    }

    /// Reports whether a tensor was made by a recorded operation (has a grad_fn).
    ///
    /// Returns: true when the tensor has a node of the autograd graph behind it; false for leaves.
    ///
    /// Schema: `(Tensor handle) -> bool`.
    /// Binds `rt_torch_autograd_has_grad_fn`; PyTorch: `torch.Tensor.grad_fn`.
    pub fn has_grad_fn(&self) -> Result<bool, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_has_grad_fn(self.handle) };
        check_ambiguous(value, !value)
    }

    /// The tensor's data as a tensor outside the autograd graph (Tensor.data).
    ///
    /// Returns: A new tensor sharing the storage, not requiring grad; changes made through it are
    /// not recorded (nor checked) by autograd.
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_autograd_data`; PyTorch: `torch.Tensor.data`.
    pub fn data(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_data(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// Makes a tensor use another tensor's data (Tensor.data = other), keeping its own autograd
    /// identity.
    ///
    /// * `new_data`: The tensor whose storage, shape and dtype it takes (of a compatible type: same
    ///   device kind).
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) handle, Tensor new_data) -> ()`.
    /// Binds `rt_torch_autograd_set_data`.
    pub fn set_data(&mut self, new_data: &Tensor) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_autograd_set_data(self.handle, new_data.handle) };
        check_void()
    }

    /// The type of the device the tensor lives on, as a device code of the catalogue.
    ///
    /// Returns: The c10::DeviceType value: 0 for the CPU, 1 for CUDA, 14 for meta (the catalogue's
    /// `devices`).
    ///
    /// Schema: `(Tensor handle) -> int32`.
    /// Binds `rt_torch_torchtensor_device_type`; PyTorch: `torch.Tensor.device`.
    pub fn device_type(&self) -> Result<i32, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_device_type(self.handle) };
        check_ambiguous(value, value == -1)
    }

    /// The size of one dimension.
    ///
    /// * `dim`: The dimension; negative counts from the last.
    ///
    /// Returns: The size of that dimension.
    ///
    /// Schema: `(Tensor handle, int dim) -> int`.
    /// Binds `rt_torch_torchtensor_size_dim`; PyTorch: `torch.Tensor.size`.
    pub fn size_dim(&self, dim: i64) -> Result<i64, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_size_dim(self.handle, dim) };
        check_ambiguous(value, value == -1)
    }

    /// Fills the tensor in place with samples of the uniform distribution on \[from, to).
    ///
    /// * `low`: The lower bound (PyTorch's from, a Python keyword). PyTorch's default: `0.0`.
    /// * `to`: The upper bound, not below from. PyTorch's default: `1.0`.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) input, float low=0, float to=1) -> ()`.
    /// Binds `rt_torch_torchtensor_uniform_`; PyTorch: `torch.Tensor.uniform_` (ATen `uniform_`).
    pub fn uniform_(&mut self, low: f64, to: f64) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe { ffi::rt_torch_torchtensor_uniform_(self.handle, low, to) };
        check_void()
    }

    /// A multi-layer, optionally bidirectional LSTM over a whole sequence through libtorch's own
    /// implementation (oneDNN's fused kernel for float32 on the CPU), as torch.lstm, which
    /// torch.nn.LSTM calls.
    ///
    /// * `hx`: \[h_0, c_0\]: each (num_layers * directions, N, H), h_0 of the projection size when
    ///   there are projections.
    /// * `params`: The weights per layer and direction in torch.nn.LSTM's order: w_ih, w_hh, then
    ///   b_ih, b_hh with biases, then w_hr with projections.
    /// * `has_biases`: Whether params holds the biases.
    /// * `num_layers`: The number of stacked layers.
    /// * `dropout`: The dropout probability between layers (in training).
    /// * `train`: Training mode (dropout between layers applies).
    /// * `bidirectional`: Whether each layer also runs the reversed sequence.
    /// * `batch_first`: Whether `self` and output put the batch first.
    ///
    /// Returns the tuple `(output, h_n, c_n)`:
    /// * `output`: The last layer's h_t for every step, (L, N, D * H_out).
    /// * `h_n`: The final hidden state of every layer and direction.
    /// * `c_n`: The final cell state of every layer and direction.
    ///
    /// Schema: `(Tensor input, Tensor[] hx, Tensor[] params, bool has_biases, int num_layers, float dropout, bool train, bool bidirectional, bool batch_first) -> (Tensor output, Tensor h_n, Tensor c_n)`.
    /// Binds `rt_torch_torchtensor_lstm_input`; PyTorch: `torch.lstm` (ATen `lstm.input`).
    #[allow(clippy::too_many_arguments)]
    pub fn lstm_input(
        &self,
        hx: &[&Tensor],
        params: &[&Tensor],
        has_biases: bool,
        num_layers: i64,
        dropout: f64,
        train: bool,
        bidirectional: bool,
        batch_first: bool,
    ) -> Result<(Tensor, Tensor, Tensor), TorchError> {
        let hx: Vec<i64> = hx.iter().map(|t| t.handle).collect();
        let params: Vec<i64> = params.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it; `out` holds `out_capacity` writable elements (read_array).
        let [t0, t1, t2] = read_array(3, |out, out_capacity| unsafe {
            ffi::rt_torch_torchtensor_lstm_input(
                self.handle,
                hx.as_ptr(),
                len_arg(hx.len()),
                params.as_ptr(),
                len_arg(params.len()),
                has_biases,
                num_layers,
                dropout,
                train,
                bidirectional,
                batch_first,
                out,
                out_capacity,
            )
        }).and_then(Tensor::from_tuple::<3>)?;
        Ok((t0, t1, t2))
    }

    /// The name of the autograd node that made a tensor (its grad_fn), as PyTorch's Python classes
    /// name them.
    ///
    /// Returns: For example "MulBackward0" or "CopySlices" (a C++ node's name without its
    /// namespace); empty for a leaf or a tensor outside the graph. Valid until the next call on
    /// this thread.
    ///
    /// Schema: `(Tensor handle) -> str`.
    /// Binds `rt_torch_autograd_grad_fn_name`; PyTorch: `torch.Tensor.grad_fn`.
    pub fn grad_fn_name(&self) -> Result<String, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_autograd_grad_fn_name(self.handle) };
        check_strict(value, value.is_null()).map(text_from_ptr)
    }

    /// A second `self` to the same tensor (no copy; the same autograd identity), that the caller
    /// frees on its own.
    ///
    /// Returns: A new tensor to the very tensor (what a backward callback gives back for a gradient
    /// it keeps a `self` to).
    ///
    /// Schema: `(Tensor handle) -> Tensor`.
    /// Binds `rt_torch_torchtensor_new_handle`.
    pub fn new_handle(&self) -> Result<Tensor, TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        let value = unsafe { ffi::rt_torch_torchtensor_new_handle(self.handle) };
        check_strict(value, value == 0).map(Tensor::from_handle)
    }

    /// GradScaler's unscale step (torch._amp_foreach_non_finite_check_and_unscale_): multiplies
    /// every gradient by inv_scale in place and sets `self` to 1 when any holds an inf or a NaN.
    ///
    /// * `grads`: The gradients (floating point, one device): each is multiplied by inv_scale in
    ///   place.
    /// * `inv_scale`: A one-element float32 tensor: the reciprocal of the scale.
    ///
    /// Changes `self` in place.
    ///
    /// Deviation from the reference: `self` comes first (the tensor the bridge marks as changed in
    /// place, as the catalogue puts the receiver first); ATen's order is (grads, `self`,
    /// inv_scale). The gradients are changed in place too.
    ///
    /// Schema: `(Tensor(a!) found_inf, Tensor[] grads, Tensor inv_scale) -> ()`.
    /// Binds `rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_`.
    pub fn amp_foreach_non_finite_check_and_unscale_(
        &mut self,
        grads: &[&Tensor],
        inv_scale: &Tensor,
    ) -> Result<(), TorchError> {
        let grads: Vec<i64> = grads.iter().map(|t| t.handle).collect();
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB); each pointer points into a slice or C string borrowed for the whole call, its length
        // beside it.
        unsafe {
            ffi::rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(
                self.handle,
                grads.as_ptr(),
                len_arg(grads.len()),
                inv_scale.handle,
            )
        };
        check_void()
    }

    /// GradScaler's update step (torch._amp_update_scale_): backs the `self` off after a step with
    /// non-finite gradients, grows it after growth_interval clean steps in a row.
    ///
    /// * `growth_tracker`: The one-element int32 count of clean steps in a row, updated in place
    ///   (reset on growth and on back-off).
    /// * `found_inf`: A one-element float32 tensor: greater than 0 when the step's gradients held a
    ///   non-finite value.
    /// * `scale_growth_factor`: The factor the `self` grows by.
    /// * `scale_backoff_factor`: The factor the `self` backs off by.
    /// * `growth_interval`: The clean steps in a row after which the `self` grows.
    ///
    /// Changes `self` in place.
    ///
    /// Schema: `(Tensor(a!) scale, Tensor growth_tracker, Tensor found_inf, float scale_growth_factor, float scale_backoff_factor, int growth_interval) -> ()`.
    /// Binds `rt_torch_torchtensor_amp_update_scale_`.
    pub fn amp_update_scale_(
        &mut self,
        growth_tracker: &Tensor,
        found_inf: &Tensor,
        scale_growth_factor: f64,
        scale_backoff_factor: f64,
        growth_interval: i64,
    ) -> Result<(), TorchError> {
        // SAFETY: the bridge checks every handle and value it is given (a bad one is an error, not
        // UB).
        unsafe {
            ffi::rt_torch_torchtensor_amp_update_scale_(
                self.handle,
                growth_tracker.handle,
                found_inf.handle,
                scale_growth_factor,
                scale_backoff_factor,
                growth_interval,
            )
        };
        check_void()
    }
}
