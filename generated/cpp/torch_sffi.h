// generated from spec/torch_api.yaml by sffi-gen; do not edit
/*
 * torch-sffi PyTorch binding 0.1.0: the C ABI of libtorch_sffi.so.
 *
 * Contract (every function below follows it):
 *  - Handles are int64_t; 0 is never a valid handle. A freed, forged, stale or wrong-kind
 *    handle (a stream passed as a tensor) is reported as RT_TORCH_ERR_INVALID_HANDLE,
 *    never dereferenced.
 *  - No C++ exception crosses this ABI. A failed call returns a sentinel (0 handle, -1,
 *    NaN, false, NULL) and sets this thread's error code and message; read them with
 *    rt_torch_error_code() / rt_torch_error_message(). Every call resets the code on
 *    entry, so after a sentinel the code tells an error from a legitimate value.
 *  - Array arguments are (pointer, int64_t length). Array results are written to a caller
 *    buffer (out, out_capacity); the full length is returned, and nothing is written (no
 *    handle is created) when it exceeds the capacity: call again with a larger buffer.
 *  - Text results point to storage owned by the bridge, valid until the next call on the
 *    same thread.
 *  - Safe to call from several threads at once.
 */
#ifndef RT_TORCH_SFFI_H
#define RT_TORCH_SFFI_H

#include <stdbool.h>
#include <stdint.h>

#if defined(__cplusplus)
#define RT_TORCH_NOEXCEPT noexcept
extern "C" {
#else
#define RT_TORCH_NOEXCEPT
#endif

#if defined(_WIN32)
#define RT_TORCH_API __declspec(dllexport)
#else
#define RT_TORCH_API __attribute__((visibility("default")))
#endif

/* Error codes returned by rt_torch_error_code(). */
enum {
    RT_TORCH_OK = 0,
    /* A handle that is 0, forged, freed, stale or of the wrong kind (a stream passed as a tensor). */
    RT_TORCH_ERR_INVALID_HANDLE = 1,
    /* An index or dimension out of range (c10::IndexError). */
    RT_TORCH_ERR_INDEX = 2,
    /* A bad argument value: negative sizes, wrong array lengths, unknown dtype codes, an unmatched no_grad_end (c10::ValueError). */
    RT_TORCH_ERR_VALUE = 3,
    /* An argument of the wrong dtype for the operation (c10::TypeError). */
    RT_TORCH_ERR_TYPE = 4,
    /* Not available in this build: CUDA on a CPU build, a bridge built without libtorch (c10::NotImplementedError). */
    RT_TORCH_ERR_UNAVAILABLE = 5,
    /* An allocation could not be satisfied (c10::OutOfMemoryError, std::bad_alloc). */
    RT_TORCH_ERR_OUT_OF_MEMORY = 6,
    /* Any other libtorch error, such as a shape mismatch (c10::Error); PyTorch raises RuntimeError for these. */
    RT_TORCH_ERR_OTHER = 7,
};

/* dtype codes (c10::ScalarType values) used by rt_torch_torchtensor_dtype / _to_dtype. */
enum {
    RT_TORCH_DTYPE_UINT8 = 0, /* 8-bit unsigned integer. */
    RT_TORCH_DTYPE_INT8 = 1, /* 8-bit signed integer. */
    RT_TORCH_DTYPE_INT16 = 2, /* 16-bit signed integer. */
    RT_TORCH_DTYPE_INT32 = 3, /* 32-bit signed integer. */
    RT_TORCH_DTYPE_INT64 = 4, /* 64-bit signed integer (indices). */
    RT_TORCH_DTYPE_FLOAT16 = 5, /* IEEE half precision. */
    RT_TORCH_DTYPE_FLOAT32 = 6, /* Single precision (the default dtype). */
    RT_TORCH_DTYPE_FLOAT64 = 7, /* Double precision. */
    RT_TORCH_DTYPE_COMPLEX64 = 9, /* Complex with float32 parts. */
    RT_TORCH_DTYPE_COMPLEX128 = 10, /* Complex with float64 parts. */
    RT_TORCH_DTYPE_BOOL = 11, /* Boolean. */
    RT_TORCH_DTYPE_BFLOAT16 = 15, /* Brain floating point. */
};

/*
 * Reports whether this bridge is backed by libtorch.
 *   Returns: true for the libtorch bridge; false for the stub bridge built without libtorch.
 *   On error: false (check the error code).
 */
RT_TORCH_API bool rt_torch_available(void) RT_TORCH_NOEXCEPT;

/*
 * The version of the libtorch the bridge was built against, as major.minor.patch.
 *   Returns: For example "2.13.0"; the stub bridge returns "unavailable: built without
 *   libtorch".
 *   On error: NULL.
 *   PyTorch: torch.__version__
 */
RT_TORCH_API const char* rt_torch_version(void) RT_TORCH_NOEXCEPT;

/*
 * Reports whether a CUDA device is usable.
 *   Returns: true when this libtorch has CUDA support and at least one device.
 *   On error: false (check the error code).
 *   PyTorch: torch.cuda.is_available
 */
RT_TORCH_API bool rt_torch_cuda_available(void) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with zeros (default dtype float32).
 *   dims: The shape; every size must be non-negative.
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.zeros
 */
RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with ones.
 *   dims: The shape; every size must be non-negative.
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.ones
 */
RT_TORCH_API int64_t rt_torch_tensor_ones(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape sampled from the standard normal distribution.
 *   dims: The shape; every size must be non-negative.
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: The new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.randn
 */
RT_TORCH_API int64_t rt_torch_tensor_randn(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape sampled uniformly from [0, 1).
 *   dims: The shape; every size must be non-negative.
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: The new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.rand
 */
RT_TORCH_API int64_t rt_torch_tensor_rand(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with one value (default dtype float32).
 *   dims: The shape; every size must be non-negative.
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   value: The fill value.
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.full
 */
RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value) RT_TORCH_NOEXCEPT;

/*
 * A new float64 tensor holding a copy of flat data, shaped by dims.
 *   data: The values in row-major order.
 *       (data, data_len): pointer and element count; NULL only with length 0.
 *   dims: The shape for the data (one size may be -1 and is inferred).
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: The new float64 tensor; it owns its memory (the data array may be reused at
 *   once).
 *   On error: 0.
 *   PyTorch: torch.tensor
 */
RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of values from start up to end (exclusive), spaced by step.
 *   start: The first value.
 *   end: The bound, not included.
 *   step: The spacing; must be non-zero and point from start towards end.
 *   Returns: A new 1-D float32 tensor.
 *   On error: 0.
 *   PyTorch: torch.arange
 */
RT_TORCH_API int64_t rt_torch_tensor_arange(double start, double end, double step) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps evenly spaced values from start to end inclusive.
 *   start: The first value.
 *   end: The last value.
 *   steps: The number of values; must be non-negative.
 *   Returns: A new 1-D float32 tensor.
 *   On error: 0.
 *   PyTorch: torch.linspace
 */
RT_TORCH_API int64_t rt_torch_tensor_linspace(double start, double end, int64_t steps) RT_TORCH_NOEXCEPT;

/*
 * The n x n identity matrix.
 *   n: The number of rows and columns; must be non-negative.
 *   Returns: A new float32 tensor.
 *   On error: 0.
 *   PyTorch: torch.eye
 */
RT_TORCH_API int64_t rt_torch_tensor_eye(int64_t n) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape whose values are not initialised.
 *   dims: The shape; every size must be non-negative.
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: The new tensor; read nothing from it before writing.
 *   On error: 0.
 *   PyTorch: torch.empty
 */
RT_TORCH_API int64_t rt_torch_tensor_empty(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * Element-wise sum of two tensors, with broadcasting and type promotion.
 *   handle: The left operand.
 *   other: The right operand; broadcast against handle.
 *   Returns: A new tensor holding handle + other.
 *   On error: 0.
 *   PyTorch: torch.add
 */
RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise difference of two tensors, with broadcasting.
 *   handle: The left operand.
 *   other: The right operand; broadcast against handle.
 *   Returns: A new tensor holding handle - other.
 *   On error: 0.
 *   PyTorch: torch.sub
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise product of two tensors, with broadcasting.
 *   handle: The left operand.
 *   other: The right operand; broadcast against handle.
 *   Returns: A new tensor holding handle * other.
 *   On error: 0.
 *   PyTorch: torch.mul
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise true division of two tensors, with broadcasting.
 *   handle: The dividend.
 *   other: The divisor; broadcast against handle.
 *   Returns: A new floating-point tensor holding handle / other.
 *   On error: 0.
 *   PyTorch: torch.div
 */
RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Raises every element to a scalar exponent.
 *   handle: The base.
 *   exponent: The exponent.
 *   Returns: A new tensor holding handle ** exponent.
 *   On error: 0.
 *   PyTorch: torch.pow
 */
RT_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t handle, double exponent) RT_TORCH_NOEXCEPT;

/*
 * Element-wise negation.
 *   handle: The operand.
 *   Returns: A new tensor holding -handle.
 *   On error: 0.
 *   PyTorch: torch.neg
 */
RT_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Element-wise absolute value.
 *   handle: The operand.
 *   Returns: A new tensor holding abs(handle).
 *   On error: 0.
 *   PyTorch: torch.abs
 */
RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Element-wise square root (NaN for negative elements).
 *   handle: The operand.
 *   Returns: A new floating-point tensor.
 *   On error: 0.
 *   PyTorch: torch.sqrt
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sqrt(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Element-wise exponential e**x.
 *   handle: The operand.
 *   Returns: A new floating-point tensor.
 *   On error: 0.
 *   PyTorch: torch.exp
 */
RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Element-wise natural logarithm (-inf at 0, NaN for negative elements).
 *   handle: The operand.
 *   Returns: A new floating-point tensor.
 *   On error: 0.
 *   PyTorch: torch.log
 */
RT_TORCH_API int64_t rt_torch_torchtensor_log(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Adds a scalar to every element.
 *   handle: The tensor.
 *   scalar: The value to add.
 *   Returns: A new tensor holding handle + scalar.
 *   On error: 0.
 *   PyTorch: torch.add
 */
RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * Multiplies every element by a scalar.
 *   handle: The tensor.
 *   scalar: The factor.
 *   Returns: A new tensor holding handle * scalar.
 *   On error: 0.
 *   PyTorch: torch.mul
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * Rectified linear unit max(0, x).
 *   handle: The input.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.relu
 */
RT_TORCH_API int64_t rt_torch_torchtensor_relu(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Logistic sigmoid 1 / (1 + exp(-x)).
 *   handle: The input.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.sigmoid
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Hyperbolic tangent.
 *   handle: The input.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.tanh
 */
RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Leaky ReLU, x for x >= 0 and negative_slope * x otherwise.
 *   handle: The input.
 *   negative_slope: The slope for negative inputs.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.leaky_relu
 */
RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t handle, double negative_slope) RT_TORCH_NOEXCEPT;

/*
 * Gaussian error linear unit, exact (erf) form.
 *   handle: The input.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.gelu
 */
RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Softmax along one dimension.
 *   handle: The input.
 *   dim: The dimension to normalise; negative values count from the end.
 *   Returns: A new tensor whose slices along dim sum to 1.
 *   On error: 0.
 *   PyTorch: torch.softmax
 */
RT_TORCH_API int64_t rt_torch_torchtensor_softmax(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Logarithm of the softmax along one dimension, computed stably.
 *   handle: The input.
 *   dim: The dimension to normalise; negative values count from the end.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.log_softmax
 */
RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Matrix product with torch.matmul semantics (vectors, batches, broadcasting).
 *   handle: The left operand.
 *   other: The right operand.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.matmul
 */
RT_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Inner product of two 1-D tensors of the same length and dtype.
 *   handle: The first vector.
 *   other: The second vector.
 *   Returns: A new 0-d tensor.
 *   On error: 0.
 *   PyTorch: torch.dot
 */
RT_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Swaps two dimensions; the result is a view sharing memory with the input.
 *   handle: The input.
 *   dim0: The first dimension.
 *   dim1: The second dimension.
 *   Returns: A new handle to the transposed view.
 *   On error: 0.
 *   PyTorch: torch.transpose
 */
RT_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t handle, int64_t dim0, int64_t dim1) RT_TORCH_NOEXCEPT;

/*
 * Transpose of a tensor with at most 2 dimensions (a view).
 *   handle: The input, 0-D to 2-D.
 *   Returns: A new handle to the transposed view.
 *   On error: 0.
 *   PyTorch: torch.t
 */
RT_TORCH_API int64_t rt_torch_torchtensor_t(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The 2-norm of all elements taken as one vector (Frobenius norm for matrices).
 *   handle: A floating-point tensor.
 *   Returns: The norm.
 *   On error: NaN.
 *   PyTorch: torch.linalg.vector_norm
 */
RT_TORCH_API double rt_torch_torchtensor_norm(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Determinant of a square matrix.
 *   handle: A square floating-point matrix.
 *   Returns: The determinant.
 *   On error: NaN.
 *   PyTorch: torch.linalg.det
 */
RT_TORCH_API double rt_torch_torchtensor_det(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Inverse of a square matrix (or a batch of them).
 *   handle: An invertible floating-point matrix.
 *   Returns: A new tensor; a singular input is an error.
 *   On error: 0.
 *   PyTorch: torch.linalg.inv
 */
RT_TORCH_API int64_t rt_torch_torchtensor_inverse(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Reduced singular value decomposition handle = U diag(S) Vh.
 *   handle: A floating-point matrix (or a batch of them).
 *   out, out_capacity: caller buffer for the tensor[] result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       Three new handles: U, S and Vh (full_matrices=False).
 *   Deviation from the reference: The reference returned only U as one handle, losing S and
 *   Vh. This entry returns all three through the array-result protocol (out buffer of 3
 *   handles), like torch.linalg.svd.
 *   PyTorch: torch.linalg.svd
 */
RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Eigenvalues and eigenvectors of a square matrix, as complex tensors.
 *   handle: A square floating-point matrix.
 *   out, out_capacity: caller buffer for the tensor[] result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       Two new complex handles: eigenvalues and eigenvectors (read them with
 *       rt_torch_torchtensor_real and _imag).
 *   Deviation from the reference: The reference returned only the real part of the
 *   eigenvalues, which is wrong for any matrix with complex eigenvalues and drops the
 *   eigenvectors. This entry returns both complex tensors, like torch.linalg.eig.
 *   PyTorch: torch.linalg.eig
 */
RT_TORCH_API int64_t rt_torch_torchtensor_eig(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Sum of all elements.
 *   handle: The input.
 *   Returns: The sum as a float.
 *   On error: NaN.
 *   PyTorch: torch.sum
 */
RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Sum along one dimension.
 *   handle: The input.
 *   dim: The dimension to reduce; negative values count from the end.
 *   keepdim: Keep the reduced dimension with size 1.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.sum
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Mean of all elements of a floating-point tensor.
 *   handle: A floating-point input.
 *   Returns: The mean (NaN for an empty tensor).
 *   On error: NaN.
 *   PyTorch: torch.mean
 */
RT_TORCH_API double rt_torch_torchtensor_mean(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Mean along one dimension.
 *   handle: A floating-point input.
 *   dim: The dimension to reduce; negative values count from the end.
 *   keepdim: Keep the reduced dimension with size 1.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.mean
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The largest element.
 *   handle: A non-empty input.
 *   Returns: The maximum (NaN if any element is NaN).
 *   On error: NaN.
 *   PyTorch: torch.max
 */
RT_TORCH_API double rt_torch_torchtensor_max(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Maxima along one dimension, with their indices.
 *   handle: The input.
 *   dim: The dimension to reduce; negative values count from the end.
 *   keepdim: Keep the reduced dimension with size 1.
 *   out, out_capacity: caller buffer for the tensor[] result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       Two new handles: the values and their int64 indices.
 *   Deviation from the reference: The reference returned the values only and dropped the
 *   indices. This entry returns both (values, indices), like torch.max(input, dim).
 *   PyTorch: torch.max
 */
RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t handle, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The smallest element.
 *   handle: A non-empty input.
 *   Returns: The minimum (NaN if any element is NaN).
 *   On error: NaN.
 *   PyTorch: torch.min
 */
RT_TORCH_API double rt_torch_torchtensor_min(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Minima along one dimension, with their indices.
 *   handle: The input.
 *   dim: The dimension to reduce; negative values count from the end.
 *   keepdim: Keep the reduced dimension with size 1.
 *   out, out_capacity: caller buffer for the tensor[] result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       Two new handles: the values and their int64 indices.
 *   Deviation from the reference: The reference returned the values only and dropped the
 *   indices. This entry returns both (values, indices), like torch.min(input, dim).
 *   PyTorch: torch.min
 */
RT_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t handle, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Indices of the maxima along one dimension.
 *   handle: The input.
 *   dim: The dimension to reduce; negative values count from the end.
 *   keepdim: Keep the reduced dimension with size 1.
 *   Returns: A new int64 tensor of indices.
 *   On error: 0.
 *   Deviation from the reference: The reference read any negative dim as "over the flattened
 *   tensor", which hides PyTorch's negative dims (-1 is the last dimension). Here dim
 *   follows PyTorch; for the flattened argmax, flatten first (rt_torch_torchtensor_flatten,
 *   then dim 0).
 *   PyTorch: torch.argmax
 */
RT_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Indices of the minima along one dimension.
 *   handle: The input.
 *   dim: The dimension to reduce; negative values count from the end.
 *   keepdim: Keep the reduced dimension with size 1.
 *   Returns: A new int64 tensor of indices.
 *   On error: 0.
 *   Deviation from the reference: The reference read any negative dim as "over the flattened
 *   tensor"; here dim follows PyTorch (negative values count from the end). Flatten first
 *   for the flattened argmin.
 *   PyTorch: torch.argmin
 */
RT_TORCH_API int64_t rt_torch_torchtensor_argmin(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Standard deviation of all elements, unbiased (Bessel's correction).
 *   handle: A floating-point input.
 *   Returns: The standard deviation (NaN for fewer than 2 elements).
 *   On error: NaN.
 *   PyTorch: torch.std
 */
RT_TORCH_API double rt_torch_torchtensor_std(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Variance of all elements, unbiased (Bessel's correction).
 *   handle: A floating-point input.
 *   Returns: The variance (NaN for fewer than 2 elements).
 *   On error: NaN.
 *   PyTorch: torch.var
 */
RT_TORCH_API double rt_torch_torchtensor_var(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The number of dimensions.
 *   handle: The tensor.
 *   Returns: The rank (0 for a scalar tensor).
 *   On error: -1.
 *   PyTorch: torch.Tensor.dim
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The total number of elements.
 *   handle: The tensor.
 *   Returns: The element count.
 *   On error: -1.
 *   PyTorch: torch.numel
 */
RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The size of every dimension.
 *   handle: The tensor.
 *   out, out_capacity: caller buffer for the i64[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       The sizes, outermost first.
 *   Deviation from the reference: The reference returned a Simple runtime array (SplArray*),
 *   tying the bridge to one language's runtime. Array results here follow the C ABI's
 *   caller-buffer protocol (out, capacity) and return the rank; every tier wraps that back
 *   into its own array.
 *   PyTorch: torch.Tensor.size
 */
RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The same data with a new shape; a view when possible, a copy otherwise.
 *   handle: The tensor.
 *   dims: The new shape; one size may be -1 (inferred).
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: A new handle.
 *   On error: 0.
 *   PyTorch: torch.reshape
 */
RT_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A view of the same memory with a new shape.
 *   handle: The tensor; its strides must allow the view.
 *   dims: The new shape; one size may be -1 (inferred).
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: A new handle sharing memory with handle.
 *   On error: 0.
 *   Deviation from the reference: The reference called contiguous() first, so a "view" could
 *   silently be a copy that no longer shares memory. This entry has PyTorch's semantics: a
 *   view, or an error naming reshape when the strides do not allow one.
 *   PyTorch: torch.Tensor.view
 */
RT_TORCH_API int64_t rt_torch_torchtensor_view(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * Reorders the dimensions (a view).
 *   handle: The tensor.
 *   dims: A permutation of 0..ndim-1.
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: A new handle to the permuted view.
 *   On error: 0.
 *   PyTorch: torch.permute
 */
RT_TORCH_API int64_t rt_torch_torchtensor_permute(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * Removes every dimension of size 1.
 *   handle: The tensor.
 *   Returns: A new handle to the squeezed view.
 *   On error: 0.
 *   PyTorch: torch.squeeze
 */
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Removes one dimension if its size is 1.
 *   handle: The tensor.
 *   dim: The dimension; negative values count from the end.
 *   Returns: A new handle to the view (unchanged shape if the size is not 1).
 *   On error: 0.
 *   PyTorch: torch.squeeze
 */
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dim(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Inserts a dimension of size 1.
 *   handle: The tensor.
 *   dim: The position of the new dimension, in -(ndim+1)..ndim.
 *   Returns: A new handle to the view.
 *   On error: 0.
 *   PyTorch: torch.unsqueeze
 */
RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Flattens into one dimension.
 *   handle: The tensor.
 *   Returns: A new 1-D handle (a view when possible).
 *   On error: 0.
 *   PyTorch: torch.flatten
 */
RT_TORCH_API int64_t rt_torch_torchtensor_flatten(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The tensor in contiguous row-major memory.
 *   handle: The tensor.
 *   Returns: A new handle; it shares memory with handle when that is already contiguous.
 *   On error: 0.
 *   PyTorch: torch.Tensor.contiguous
 */
RT_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The slice start:end:step along one dimension (a view).
 *   handle: The tensor.
 *   dim: The dimension to slice; negative values count from the end.
 *   start: The first index; negative values count from the end.
 *   end: The bound, not included; clamped to the size like Python slices.
 *   step: The stride; must be positive.
 *   Returns: A new handle to the view.
 *   On error: 0.
 *   PyTorch: torch.Tensor.__getitem__
 */
RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step) RT_TORCH_NOEXCEPT;

/*
 * Selects entries along a dimension by an index tensor.
 *   handle: The tensor.
 *   dim: The dimension; negative values count from the end.
 *   indices: A 1-D int64 (or int32) tensor of indices.
 *   Returns: A new tensor (a copy).
 *   On error: 0.
 *   PyTorch: torch.index_select
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle, int64_t dim, int64_t indices) RT_TORCH_NOEXCEPT;

/*
 * Gathers values along a dimension by an index tensor of the same rank.
 *   handle: The tensor.
 *   dim: The dimension; negative values count from the end.
 *   indices: An int64 tensor with the same number of dimensions.
 *   Returns: A new tensor shaped like indices.
 *   On error: 0.
 *   PyTorch: torch.gather
 */
RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle, int64_t dim, int64_t indices) RT_TORCH_NOEXCEPT;

/*
 * Concatenates tensors along an existing dimension.
 *   tensors: At least one tensor; all shapes equal except along dim.
 *       (tensors, tensors_len): pointer and element count; NULL only with length 0.
 *   dim: The dimension; negative values count from the end.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.cat
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Stacks tensors of equal shape along a new dimension.
 *   tensors: At least one tensor; all of the same shape.
 *       (tensors, tensors_len): pointer and element count; NULL only with length 0.
 *   dim: The position of the new dimension, in -(ndim+1)..ndim.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.stack
 */
RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Splits into at most chunks pieces of equal size along a dimension (views).
 *   handle: The tensor.
 *   chunks: The number of pieces wanted; must be positive.
 *   dim: The dimension; negative values count from the end.
 *   out, out_capacity: caller buffer for the tensor[] result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles, one per piece (fewer than chunks when the size does not allow more).
 *   Deviation from the reference: The reference returned a Simple runtime array (SplArray*)
 *   of handles. Here the handles are written to a caller buffer (out, capacity) and the
 *   count is returned; no handle is created when the buffer is too small.
 *   PyTorch: torch.chunk
 */
RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * 2-D convolution over a batch of images.
 *   input: Input of shape (N, C_in, H, W) or (C_in, H, W).
 *   weight: Filters of shape (C_out, C_in / groups, kH, kW).
 *   bias: Bias of shape (C_out), or 0 for none.
 *   stride: The stride (one value for both sides or two).
 *       (stride, stride_len): pointer and element count; NULL only with length 0.
 *   padding: Implicit zero padding on both sides.
 *       (padding, padding_len): pointer and element count; NULL only with length 0.
 *   dilation: The spacing between kernel elements.
 *       (dilation, dilation_len): pointer and element count; NULL only with length 0.
 *   groups: The number of blocked connections from input to output channels.
 *   Returns: A new tensor of shape (N, C_out, H_out, W_out).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv2d
 */
RT_TORCH_API int64_t rt_torch_nn_conv2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;

/*
 * 2-D max pooling.
 *   input: Input of shape (N, C, H, W) or (C, H, W).
 *   kernel_size: The window size (one or two values).
 *       (kernel_size, kernel_size_len): pointer and element count; NULL only with length 0.
 *   stride: The window stride; empty means kernel_size.
 *       (stride, stride_len): pointer and element count; NULL only with length 0.
 *   padding: Implicit negative-infinity padding.
 *       (padding, padding_len): pointer and element count; NULL only with length 0.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.max_pool2d
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len) RT_TORCH_NOEXCEPT;

/*
 * 2-D average pooling.
 *   input: Input of shape (N, C, H, W) or (C, H, W).
 *   kernel_size: The window size (one or two values).
 *       (kernel_size, kernel_size_len): pointer and element count; NULL only with length 0.
 *   stride: The window stride; empty means kernel_size.
 *       (stride, stride_len): pointer and element count; NULL only with length 0.
 *   padding: Implicit zero padding.
 *       (padding, padding_len): pointer and element count; NULL only with length 0.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.avg_pool2d
 */
RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len) RT_TORCH_NOEXCEPT;

/*
 * Batch normalisation over the channel dimension, updating running statistics in training.
 *   input: Input of shape (N, C, ...).
 *   running_mean: Running mean of shape (C), updated in place when training; 0 for none.
 *   running_var: Running variance of shape (C), updated in place when training; 0 for
 *       none.
 *   weight: Scale of shape (C), or 0 for none.
 *   bias: Shift of shape (C), or 0 for none.
 *   training: Use batch statistics (true) or the running ones (false).
 *   momentum: The weight of the new batch in the running statistics.
 *   eps: Added to the variance for numerical stability.
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.batch_norm
 */
RT_TORCH_API int64_t rt_torch_nn_batch_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool training, double momentum, double eps) RT_TORCH_NOEXCEPT;

/*
 * Layer normalisation over the trailing dimensions.
 *   input: The input.
 *   normalized_shape: The trailing shape to normalise over.
 *       (normalized_shape, normalized_shape_len): pointer and element count; NULL only with length 0.
 *   weight: Scale shaped like normalized_shape, or 0 for none.
 *   bias: Shift shaped like normalized_shape, or 0 for none.
 *   eps: Added to the variance for numerical stability.
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.layer_norm
 */
RT_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, int64_t bias, double eps) RT_TORCH_NOEXCEPT;

/*
 * Zeroes elements with probability p and scales the rest by 1/(1-p) when training.
 *   input: The input.
 *   p: The drop probability, in [0, 1].
 *   training: Apply dropout (true) or return the input unchanged (false).
 *   Returns: A new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.dropout
 */
RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;

/*
 * The affine map input @ weight^T + bias.
 *   input: Input of shape (..., in_features).
 *   weight: Weights of shape (out_features, in_features).
 *   bias: Bias of shape (out_features), or 0 for none.
 *   Returns: A new tensor of shape (..., out_features).
 *   On error: 0.
 *   Deviation from the reference: bias is optional (0 for none), as in
 *   torch.nn.functional.linear; the reference required a bias handle.
 *   PyTorch: torch.nn.functional.linear
 */
RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias) RT_TORCH_NOEXCEPT;

/*
 * Looks up rows of an embedding table by index.
 *   input: An int64 tensor of indices into the table.
 *   weight: The table, of shape (num_embeddings, embedding_dim).
 *   Returns: A new tensor of shape input.shape + (embedding_dim,).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.embedding
 */
RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input, int64_t weight) RT_TORCH_NOEXCEPT;

/*
 * Mean squared error between input and target.
 *   input: The prediction.
 *   target: The target, broadcastable to input.
 *   Returns: A new 0-d tensor that can be backpropagated (read it with
 *   rt_torch_torchtensor_item).
 *   On error: 0.
 *   Deviation from the reference: The reference returned a plain f64, which cut the loss
 *   from the autograd graph so it could not be backpropagated. This entry returns a 0-d
 *   tensor handle; take its value with rt_torch_torchtensor_item.
 *   PyTorch: torch.nn.functional.mse_loss
 */
RT_TORCH_API int64_t rt_torch_nn_mse_loss(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;

/*
 * Cross-entropy between logits and class indices (mean over the batch).
 *   input: Logits of shape (N, C) or (C).
 *   target: int64 class indices of shape (N) or (), or class probabilities shaped like
 *       input.
 *   Returns: A new 0-d tensor that can be backpropagated.
 *   On error: 0.
 *   Deviation from the reference: The reference returned a plain f64, which cut the loss
 *   from the autograd graph so it could not be backpropagated. This entry returns a 0-d
 *   tensor handle; take its value with rt_torch_torchtensor_item.
 *   PyTorch: torch.nn.functional.cross_entropy
 */
RT_TORCH_API int64_t rt_torch_nn_cross_entropy(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;

/*
 * Binary cross-entropy between probabilities and targets (mean).
 *   input: Probabilities in [0, 1].
 *   target: Targets in [0, 1], shaped like input.
 *   Returns: A new 0-d tensor that can be backpropagated.
 *   On error: 0.
 *   Deviation from the reference: The reference returned a plain f64, which cut the loss
 *   from the autograd graph so it could not be backpropagated. This entry returns a 0-d
 *   tensor handle; take its value with rt_torch_torchtensor_item.
 *   PyTorch: torch.nn.functional.binary_cross_entropy
 */
RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;

/*
 * Negative log-likelihood of log-probabilities at class indices (mean).
 *   input: Log-probabilities of shape (N, C) or (C).
 *   target: int64 class indices of shape (N) or ().
 *   Returns: A new 0-d tensor that can be backpropagated.
 *   On error: 0.
 *   Deviation from the reference: The reference returned a plain f64, which cut the loss
 *   from the autograd graph so it could not be backpropagated. This entry returns a 0-d
 *   tensor handle; take its value with rt_torch_torchtensor_item.
 *   PyTorch: torch.nn.functional.nll_loss
 */
RT_TORCH_API int64_t rt_torch_nn_nll_loss(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;

/*
 * Turns gradient tracking on or off for a leaf tensor, in place.
 *   handle: A leaf tensor (not the result of a tracked operation).
 *   requires_grad: Whether to track gradients.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.requires_grad_
 */
RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad) RT_TORCH_NOEXCEPT;

/*
 * Reports whether a tensor tracks gradients.
 *   handle: The tensor.
 *   Returns: true when operations on the tensor are recorded for backward.
 *   On error: false (check the error code).
 *   PyTorch: torch.Tensor.requires_grad
 */
RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The gradient accumulated in a tensor by backward.
 *   handle: The tensor.
 *   Returns: A new handle to the gradient (sharing its memory), or 0 when no gradient is
 *   defined.
 *   On error: 0 (also the legitimate "none").
 *   PyTorch: torch.Tensor.grad
 */
RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Backpropagates from a scalar tensor, accumulating gradients into the leaves.
 *   handle: A tensor with one element that requires grad.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.backward
 */
RT_TORCH_API void rt_torch_autograd_backward(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Zeroes a tensor's gradient in place; does nothing when none is defined.
 *   handle: The tensor.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.grad.zero_
 */
RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * A tensor sharing the same data but cut from the autograd graph.
 *   handle: The tensor.
 *   Returns: A new handle that does not require grad.
 *   On error: 0.
 *   PyTorch: torch.Tensor.detach
 */
RT_TORCH_API int64_t rt_torch_autograd_detach(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Enters a region of this thread in which operations are not recorded for backward.
 *   No result: read rt_torch_error_code() after the call.
 *   Deviation from the reference: Regions nest per thread: each begin needs its own end, and
 *   gradient mode returns to what it was before the outermost begin. The reference kept one
 *   guard per thread that a second begin replaced.
 *   PyTorch: torch.no_grad.__enter__
 */
RT_TORCH_API void rt_torch_autograd_no_grad_begin(void) RT_TORCH_NOEXCEPT;

/*
 * Leaves the innermost no-grad region of this thread.
 *   No result: read rt_torch_error_code() after the call.
 *   Deviation from the reference: An end without a matching begin is an error (code value),
 *   not a silent no-op.
 *   PyTorch: torch.no_grad.__exit__
 */
RT_TORCH_API void rt_torch_autograd_no_grad_end(void) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor on a CUDA device.
 *   handle: The tensor.
 *   device_id: The CUDA device ordinal.
 *   Returns: A new handle on the device (the same memory if it is already there).
 *   On error: 0.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.Tensor.cuda
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t handle, int32_t device_id) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor in host memory.
 *   handle: The tensor.
 *   Returns: A new handle on the CPU (the same memory if it is already there).
 *   On error: 0.
 *   PyTorch: torch.Tensor.cpu
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Reports whether the tensor lives on a CUDA device.
 *   handle: The tensor.
 *   Returns: true on a CUDA device.
 *   On error: false (check the error code).
 *   PyTorch: torch.Tensor.is_cuda
 */
RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The device the tensor lives on.
 *   handle: The tensor.
 *   Returns: -1 for the CPU, the CUDA ordinal otherwise.
 *   On error: -1 (check the error code: -1 can be legitimate).
 *   PyTorch: torch.Tensor.get_device
 */
RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor on a CUDA device, enqueued on the given stream.
 *   handle: The tensor.
 *   device_id: The CUDA device ordinal.
 *   stream: A stream of that device; synchronise it before reading the result elsewhere.
 *   Returns: A new handle on the device.
 *   On error: 0.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   Deviation from the reference: The reference ignored the stream handle. This entry makes
 *   the copy current on that stream and non-blocking, like `with torch.cuda.stream(s):
 *   t.to(device, non_blocking=True)`.
 *   PyTorch: torch.Tensor.to
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_stream(int64_t handle, int32_t device_id, int64_t stream) RT_TORCH_NOEXCEPT;

/*
 * A deep copy of the tensor, on the same device.
 *   handle: The tensor.
 *   Returns: A new handle with its own memory (still tracked by autograd).
 *   On error: 0.
 *   PyTorch: torch.clone
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Takes a stream from the CUDA stream pool of a device.
 *   device_id: The CUDA device ordinal.
 *   Returns: A new stream handle; free it with rt_torch_torchstream_free.
 *   On error: 0.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.cuda.Stream
 */
RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id) RT_TORCH_NOEXCEPT;

/*
 * Blocks until all work queued on the stream has finished.
 *   handle: The stream.
 *   No result: read rt_torch_error_code() after the call.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   Deviation from the reference: An unknown or freed stream handle is an error
 *   (invalid_handle); the reference ignored it silently.
 *   PyTorch: torch.cuda.Stream.synchronize
 */
RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Reports whether all work queued on the stream has finished.
 *   handle: The stream.
 *   Returns: true when the stream is idle.
 *   On error: false (check the error code).
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   Deviation from the reference: An unknown or freed stream handle is an error
 *   (invalid_handle); the reference answered true.
 *   PyTorch: torch.cuda.Stream.query
 */
RT_TORCH_API bool rt_torch_torchstream_query(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Releases a stream handle.
 *   handle: The stream; the handle is invalid afterwards.
 *   No result: read rt_torch_error_code() after the call.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 */
RT_TORCH_API void rt_torch_torchstream_free(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Releases a tensor handle; the memory goes when no other handle or view uses it.
 *   handle: The tensor; the handle is invalid afterwards (a second free is an error).
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Bytes currently allocated by the CUDA caching allocator on a device.
 *   device_id: The CUDA device ordinal.
 *   Returns: The byte count; 0 on a build or machine without CUDA, as
 *   torch.cuda.memory_allocated.
 *   On error: -1.
 *   PyTorch: torch.cuda.memory_allocated
 */
RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id) RT_TORCH_NOEXCEPT;

/*
 * Peak bytes allocated by the CUDA caching allocator on a device.
 *   device_id: The CUDA device ordinal.
 *   Returns: The byte count; 0 on a build or machine without CUDA, as
 *   torch.cuda.max_memory_allocated.
 *   On error: -1.
 *   PyTorch: torch.cuda.max_memory_allocated
 */
RT_TORCH_API int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id) RT_TORCH_NOEXCEPT;

/*
 * Releases the unused cached blocks of the CUDA caching allocator.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.cuda.empty_cache
 */
RT_TORCH_API void rt_torch_cuda_empty_cache(void) RT_TORCH_NOEXCEPT;

/*
 * The error code of the last call on this thread (0 when it succeeded).
 *   Returns: 0 or one of the error codes of this catalogue.
 *   On error: -1 (check the error code: -1 can be legitimate).
 */
RT_TORCH_API int32_t rt_torch_error_code(void) RT_TORCH_NOEXCEPT;

/*
 * The message of the last failed call on this thread, without a C++ backtrace.
 *   Returns: The message, naming the function that failed (empty after a success); valid
 *   until the next call on this thread.
 *   On error: NULL.
 */
RT_TORCH_API const char* rt_torch_error_message(void) RT_TORCH_NOEXCEPT;

/*
 * Clears this thread's error state.
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_error_clear(void) RT_TORCH_NOEXCEPT;

/*
 * The number of live tensor and stream handles, for leak checks.
 *   Returns: Handles created and not yet freed, over all threads.
 *   On error: -1.
 */
RT_TORCH_API int64_t rt_torch_live_handles(void) RT_TORCH_NOEXCEPT;

/*
 * Releases a tensor handle from a destructor, leaving this thread's error state as it was.
 *   handle: The tensor; the handle is invalid afterwards.
 *   Returns: true when a live handle was released; false, without an error, for a handle
 *   that is not live.
 *   On error: false (check the error code).
 */
RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Seeds the default random generators, as torch.manual_seed.
 *   seed: The seed.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.manual_seed
 */
RT_TORCH_API void rt_torch_manual_seed(int64_t seed) RT_TORCH_NOEXCEPT;

/*
 * The number of usable CUDA devices.
 *   Returns: The device count; 0 on a build or machine without CUDA.
 *   On error: -1 (check the error code: -1 can be legitimate).
 *   PyTorch: torch.cuda.device_count
 */
RT_TORCH_API int32_t rt_torch_cuda_device_count(void) RT_TORCH_NOEXCEPT;

/*
 * A new int64 tensor holding a copy of flat integer data, shaped by dims.
 *   data: The values in row-major order.
 *       (data, data_len): pointer and element count; NULL only with length 0.
 *   dims: The shape for the data (one size may be -1 and is inferred).
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: The new int64 tensor (for indices and class targets).
 *   On error: 0.
 *   PyTorch: torch.tensor
 */
RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * The value of a one-element tensor.
 *   handle: A tensor with exactly one element.
 *   Returns: The value as a float.
 *   On error: NaN.
 *   PyTorch: torch.Tensor.item
 */
RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Copies the elements, converted to float64, into a caller buffer in row-major order.
 *   handle: A real (not complex) tensor on any device.
 *   out, out_capacity: caller buffer for the f64[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       The values; the full element count is returned.
 *   PyTorch: torch.Tensor.tolist
 */
RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle, double* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Copies the elements, converted to int64, into a caller buffer in row-major order.
 *   handle: A real (not complex) tensor on any device; floats are truncated toward zero.
 *   out, out_capacity: caller buffer for the i64[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       The values; the full element count is returned.
 *   PyTorch: torch.Tensor.tolist
 */
RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The element type of the tensor.
 *   handle: The tensor.
 *   Returns: One of the dtype codes of this catalogue (c10::ScalarType values).
 *   On error: -1 (check the error code: -1 can be legitimate).
 *   PyTorch: torch.Tensor.dtype
 */
RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to another element type.
 *   handle: The tensor.
 *   dtype: One of the dtype codes of this catalogue.
 *   Returns: A new handle (the same memory when the dtype already matches).
 *   On error: 0.
 *   PyTorch: torch.Tensor.to
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The real parts of a tensor (the tensor itself when it is real).
 *   handle: The tensor.
 *   Returns: A new handle to a real view.
 *   On error: 0.
 *   PyTorch: torch.real
 */
RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The imaginary parts of a complex tensor.
 *   handle: A complex tensor.
 *   Returns: A new handle to a real view.
 *   On error: 0.
 *   PyTorch: torch.imag
 */
RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The sum of all elements as a 0-d tensor, which can be backpropagated.
 *   handle: The input.
 *   Returns: A new 0-d tensor (int64 for integer and bool inputs, as torch.sum).
 *   On error: 0.
 *   PyTorch: torch.sum
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sum_all(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The mean of all elements as a 0-d tensor, which can be backpropagated.
 *   handle: A floating-point input.
 *   Returns: A new 0-d tensor (NaN for an empty input).
 *   On error: 0.
 *   PyTorch: torch.mean
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mean_all(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The largest element as a 0-d tensor, which can be backpropagated.
 *   handle: A non-empty input.
 *   Returns: A new 0-d tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.max
 */
RT_TORCH_API int64_t rt_torch_torchtensor_max_all(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The smallest element as a 0-d tensor, which can be backpropagated.
 *   handle: A non-empty input.
 *   Returns: A new 0-d tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.min
 */
RT_TORCH_API int64_t rt_torch_torchtensor_min_all(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Divides every element by a scalar.
 *   handle: The tensor.
 *   scalar: The divisor.
 *   Returns: A new tensor holding handle / scalar (true division: floating point for integer
 *   inputs).
 *   On error: 0.
 *   PyTorch: torch.div
 */
RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * The element-wise maximum of two tensors, with broadcasting.
 *   handle: The first tensor.
 *   other: The second tensor.
 *   Returns: A new tensor (NaN where either input is NaN).
 *   On error: 0.
 *   PyTorch: torch.maximum
 */
RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by default).
 *   handle: The tensor.
 *   grad: The new gradient, shaped like handle with its dtype and device; 0 for none.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.grad
 */
RT_TORCH_API void rt_torch_autograd_set_grad(int64_t handle, int64_t grad) RT_TORCH_NOEXCEPT;

/*
 * Adds alpha times another tensor to this one, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *   other: The tensor to add, broadcastable to handle.
 *   alpha: The multiplier of other (a whole number also suits integer tensors, as
 *       PyTorch's default 1 does).
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.add_
 */
RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle, int64_t other, double alpha) RT_TORCH_NOEXCEPT;

/*
 * Adds a scalar to every element, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *   scalar: The value to add.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.add_
 */
RT_TORCH_API void rt_torch_torchtensor_add_scalar_(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * Multiplies element-wise by another tensor, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *   other: The factor, broadcastable to handle.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.mul_
 */
RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Multiplies every element by a scalar, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *   scalar: The factor.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.mul_
 */
RT_TORCH_API void rt_torch_torchtensor_mul_scalar_(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * Adds value times the element-wise product of two tensors, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *   tensor1: The first factor.
 *   tensor2: The second factor.
 *   value: The multiplier of tensor1 * tensor2.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.addcmul_
 */
RT_TORCH_API void rt_torch_torchtensor_addcmul_(int64_t handle, int64_t tensor1, int64_t tensor2, double value) RT_TORCH_NOEXCEPT;

/*
 * Adds value times the element-wise quotient of two tensors, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *   tensor1: The numerator.
 *   tensor2: The denominator.
 *   value: The multiplier of tensor1 / tensor2.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.addcdiv_
 */
RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, double value) RT_TORCH_NOEXCEPT;

/*
 * Moves every element toward another tensor by a weight, in place (handle + weight * (end -
 * handle)).
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *   end: The target, broadcastable to handle.
 *   weight: The interpolation weight.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.lerp_
 */
RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle, int64_t end, double weight) RT_TORCH_NOEXCEPT;

/*
 * Sets every element to zero, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.zero_
 */
RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Copies the elements of another tensor into this one, in place (converting dtype and device).
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *   src: The source, broadcastable to handle.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.copy_
 */
RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle, int64_t src) RT_TORCH_NOEXCEPT;

#if defined(__cplusplus)
} /* extern "C" */
#endif

#endif /* RT_TORCH_SFFI_H */
