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
 *  - Array results are written to a caller buffer (out, out_capacity); the full length is
 *    returned, and nothing is written (no handle is created) when it exceeds the capacity:
 *    call again with a larger buffer. Text results point to storage owned by the bridge,
 *    valid until the next call on the same thread.
 *  - Threads: any function may be called from any number of threads at once, on the same
 *    tensors too, through one handle or through several handles to one tensor (contiguous(),
 *    cpu(), to_dtype to its own dtype and real() return the tensor itself): no sequence of
 *    calls crashes the process. What libtorch leaves unguarded under concurrent use of one
 *    tensor (its gradient, its requires-grad flag and place in the graph, its elements and
 *    sizes while an in-place update changes them) the bridge serialises with one
 *    process-wide reader-writer lock:
 *      - a function that changes a tensor in place ("Changes x in place") or reads or
 *        replaces a tensor's gradient itself (grad, set_grad, zero_grad) runs alone: its
 *        documentation says "Runs alone";
 *      - every other function that runs libtorch code runs beside any number of others,
 *        backward included (libtorch guards the gradients its engine accumulates);
 *      - freeing a handle and reading the error code or message take no lock.
 *    So no call sees the update of a function that "Changes x in place" half done. Calls
 *    that race still race in PyTorch's sense: which of two updates comes first, or whether a
 *    backward runs before or after set_requires_grad, is open; the loser fails with the error
 *    PyTorch raises for that order. Do not call the bridge from an asynchronous signal
 *    handler that may interrupt a call of the same thread (Python runs its handlers between
 *    bytecodes, which is fine).
 *  - fork(): the bridge takes its locks around fork() (waiting for the calls in flight on
 *    other threads that run libtorch code), so a child forked while other threads use the
 *    bridge finds the handle tables, the lock and its thread's error state usable; only the
 *    forking thread exists in the child, with every handle the parent had. PyTorch's rules
 *    for a forked child apply: no CUDA if the parent used it, and one intra-op thread
 *    (set_num_threads(1) of this library, as torch.set_num_threads(1) in PyTorch's
 *    DataLoader workers) before any operation large enough to run in parallel, whose thread
 *    pool the child does not have.
 *
 * How PyTorch's argument types cross (the documentation of each function names its C
 * parameters and what stands for None):
 *  - Tensor, Stream: int64_t handle; Tensor?: 0 for None. Tensor[]: (const int64_t* x,
 *    int64_t x_len); Tensor?[]: the same, a 0 entry is None.
 *  - int, float, bool: int64_t, double, bool. int?, float?, bool?: the value, then
 *    bool x_present (false for None; the value is then ignored).
 *  - Scalar: (double x, int64_t x_int, int32_t x_kind): kind RT_TORCH_SCALAR_FLOAT reads x,
 *    RT_TORCH_SCALAR_INT x_int, RT_TORCH_SCALAR_BOOL x_int != 0; Scalar? also takes
 *    RT_TORCH_SCALAR_NONE.
 *  - int[], float[]: (const T* x, int64_t x_len); NULL only with length 0. int[N]: a length
 *    of 1 stands for N copies of the value (PyTorch's int-or-list). int[]?, float[]?: the
 *    array, then bool x_present (false for None; the array is then ignored).
 *  - ScalarType: int32_t dtype code (RT_TORCH_DTYPE_*); ScalarType?: -1 for None.
 *  - Device: (int32_t x_type, int32_t x_index): a device type (RT_TORCH_DEVICE_*) and an
 *    index (-1 for the current device); Device?: x_type -1 for None.
 *  - str and text enums: const char* (UTF-8, NUL-terminated); an enum must be one of the
 *    values its documentation lists. str?: NULL for None.
 */
#ifndef RT_TORCH_SFFI_H
#define RT_TORCH_SFFI_H

#ifndef RT_TORCH_CODES_H
#define RT_TORCH_CODES_H

#include <stdbool.h>
#include <stdint.h>

#if defined(__cplusplus)
#define RT_TORCH_NOEXCEPT noexcept
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

/* dtype codes (c10::ScalarType values): ScalarType arguments and results. */
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

/* Device types (c10::DeviceType values): the x_type of Device arguments. */
enum {
    RT_TORCH_DEVICE_CPU = 0, /* The host. */
    RT_TORCH_DEVICE_CUDA = 1, /* A CUDA device (fails cleanly on a CPU build). */
    RT_TORCH_DEVICE_META = 14, /* Tensors with shapes and dtypes but no data, for shape inference. */
};

/* Kinds of a Scalar argument (x_kind). */
enum {
    RT_TORCH_SCALAR_NONE = -1,
    RT_TORCH_SCALAR_FLOAT = 0,
    RT_TORCH_SCALAR_INT = 1,
    RT_TORCH_SCALAR_BOOL = 2,
};

#endif /* RT_TORCH_CODES_H */

#if defined(__cplusplus)
extern "C" {
#endif

/* A library that exports functions of these names with other signatures (the Simple-ABI
 * library, through sffi_core.h) defines RT_TORCH_TYPES_ONLY: the declarations are left out. */
#ifndef RT_TORCH_TYPES_ONLY

/*
 * Reports whether this bridge is backed by libtorch.
 *   Returns: true for the libtorch bridge; false for the stub bridge built without libtorch.
 *   On error: false (check the error code: it can be a legitimate result).
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
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.cuda.is_available
 */
RT_TORCH_API bool rt_torch_cuda_available(void) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with zeros (default dtype float32).
 *   dims: The shape; every size must be non-negative.
 *       (int[]; as dims, dims_len)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.zeros
 */
RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with ones.
 *   dims: The shape; every size must be non-negative.
 *       (int[]; as dims, dims_len)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.ones
 */
RT_TORCH_API int64_t rt_torch_tensor_ones(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape sampled from the standard normal distribution.
 *   dims: The shape; every size must be non-negative.
 *       (int[]; as dims, dims_len)
 *   Returns: The new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.randn
 */
RT_TORCH_API int64_t rt_torch_tensor_randn(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape sampled uniformly from [0, 1).
 *   dims: The shape; every size must be non-negative.
 *       (int[]; as dims, dims_len)
 *   Returns: The new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.rand
 */
RT_TORCH_API int64_t rt_torch_tensor_rand(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with one value (default dtype float32).
 *   dims: The shape; every size must be non-negative.
 *       (int[]; as dims, dims_len)
 *   value: The fill value.
 *       (float)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.full
 */
RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value) RT_TORCH_NOEXCEPT;

/*
 * A new float64 tensor holding a copy of flat data, shaped by dims.
 *   data: The values in row-major order.
 *       (float[]; as data, data_len)
 *   dims: The shape for the data (one size may be -1 and is inferred).
 *       (int[]; as dims, dims_len)
 *   Returns: The new float64 tensor; it owns its memory (the data array may be reused at
 *   once).
 *   On error: 0.
 *   PyTorch: torch.tensor
 */
RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of values from start up to end (exclusive), spaced by step.
 *   start: The first value.
 *       (float)
 *   end: The bound, not included.
 *       (float)
 *   step: The spacing; must be non-zero and point from start towards end.
 *       (float; PyTorch's default 1.0)
 *   Returns: A new 1-D float32 tensor.
 *   On error: 0.
 *   PyTorch: torch.arange
 */
RT_TORCH_API int64_t rt_torch_tensor_arange(double start, double end, double step) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps evenly spaced values from start to end inclusive.
 *   start: The first value.
 *       (float)
 *   end: The last value.
 *       (float)
 *   steps: The number of values; must be non-negative.
 *       (int)
 *   Returns: A new 1-D float32 tensor.
 *   On error: 0.
 *   PyTorch: torch.linspace
 */
RT_TORCH_API int64_t rt_torch_tensor_linspace(double start, double end, int64_t steps) RT_TORCH_NOEXCEPT;

/*
 * The n x n identity matrix.
 *   n: The number of rows and columns; must be non-negative.
 *       (int)
 *   Returns: A new float32 tensor.
 *   On error: 0.
 *   PyTorch: torch.eye
 */
RT_TORCH_API int64_t rt_torch_tensor_eye(int64_t n) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape whose values are not initialised.
 *   dims: The shape; every size must be non-negative.
 *       (int[]; as dims, dims_len)
 *   Returns: The new tensor; read nothing from it before writing.
 *   On error: 0.
 *   PyTorch: torch.empty
 */
RT_TORCH_API int64_t rt_torch_tensor_empty(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * Element-wise sum of two tensors, with broadcasting and type promotion.
 *   handle: The left operand.
 *       (Tensor)
 *   other: The right operand; broadcast against handle.
 *       (Tensor)
 *   Returns: A new tensor holding handle + other.
 *   On error: 0.
 *   PyTorch: torch.add
 */
RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise difference of two tensors, with broadcasting.
 *   handle: The left operand.
 *       (Tensor)
 *   other: The right operand; broadcast against handle.
 *       (Tensor)
 *   Returns: A new tensor holding handle - other.
 *   On error: 0.
 *   PyTorch: torch.sub
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sub(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise product of two tensors, with broadcasting.
 *   handle: The left operand.
 *       (Tensor)
 *   other: The right operand; broadcast against handle.
 *       (Tensor)
 *   Returns: A new tensor holding handle * other.
 *   On error: 0.
 *   PyTorch: torch.mul
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mul(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise true division of two tensors, with broadcasting.
 *   handle: The dividend.
 *       (Tensor)
 *   other: The divisor; broadcast against handle.
 *       (Tensor)
 *   Returns: A new floating-point tensor holding handle / other.
 *   On error: 0.
 *   PyTorch: torch.div
 */
RT_TORCH_API int64_t rt_torch_torchtensor_div(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Raises every element to a scalar exponent.
 *   handle: The base.
 *       (Tensor)
 *   exponent: The exponent.
 *       (float)
 *   Returns: A new tensor holding handle ** exponent.
 *   On error: 0.
 *   PyTorch: torch.pow
 */
RT_TORCH_API int64_t rt_torch_torchtensor_pow(int64_t handle, double exponent) RT_TORCH_NOEXCEPT;

/*
 * Element-wise negation.
 *   handle: The operand.
 *       (Tensor)
 *   Returns: A new tensor holding -handle.
 *   On error: 0.
 *   PyTorch: torch.neg
 */
RT_TORCH_API int64_t rt_torch_torchtensor_neg(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Element-wise absolute value.
 *   handle: The operand.
 *       (Tensor)
 *   Returns: A new tensor holding abs(handle).
 *   On error: 0.
 *   PyTorch: torch.abs
 */
RT_TORCH_API int64_t rt_torch_torchtensor_abs(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Element-wise square root (NaN for negative elements).
 *   handle: The operand.
 *       (Tensor)
 *   Returns: A new floating-point tensor.
 *   On error: 0.
 *   PyTorch: torch.sqrt
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sqrt(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Element-wise exponential e**x.
 *   handle: The operand.
 *       (Tensor)
 *   Returns: A new floating-point tensor.
 *   On error: 0.
 *   PyTorch: torch.exp
 */
RT_TORCH_API int64_t rt_torch_torchtensor_exp(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Element-wise natural logarithm (-inf at 0, NaN for negative elements).
 *   handle: The operand.
 *       (Tensor)
 *   Returns: A new floating-point tensor.
 *   On error: 0.
 *   PyTorch: torch.log
 */
RT_TORCH_API int64_t rt_torch_torchtensor_log(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Adds a scalar to every element.
 *   handle: The tensor.
 *       (Tensor)
 *   scalar: The value to add.
 *       (float)
 *   Returns: A new tensor holding handle + scalar.
 *   On error: 0.
 *   PyTorch: torch.add
 */
RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * Multiplies every element by a scalar.
 *   handle: The tensor.
 *       (Tensor)
 *   scalar: The factor.
 *       (float)
 *   Returns: A new tensor holding handle * scalar.
 *   On error: 0.
 *   PyTorch: torch.mul
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * Rectified linear unit max(0, x).
 *   handle: The input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.relu
 */
RT_TORCH_API int64_t rt_torch_torchtensor_relu(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Logistic sigmoid 1 / (1 + exp(-x)).
 *   handle: The input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.sigmoid
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sigmoid(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Hyperbolic tangent.
 *   handle: The input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.tanh
 */
RT_TORCH_API int64_t rt_torch_torchtensor_tanh(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Leaky ReLU, x for x >= 0 and negative_slope * x otherwise.
 *   handle: The input.
 *       (Tensor)
 *   negative_slope: The slope for negative inputs.
 *       (float; PyTorch's default 0.01)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.leaky_relu
 */
RT_TORCH_API int64_t rt_torch_torchtensor_leaky_relu(int64_t handle, double negative_slope) RT_TORCH_NOEXCEPT;

/*
 * Gaussian error linear unit, exact (erf) form.
 *   handle: The input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.gelu
 */
RT_TORCH_API int64_t rt_torch_torchtensor_gelu(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Softmax along one dimension.
 *   handle: The input.
 *       (Tensor)
 *   dim: The dimension to normalise; negative values count from the end.
 *       (int)
 *   Returns: A new tensor whose slices along dim sum to 1.
 *   On error: 0.
 *   PyTorch: torch.softmax
 */
RT_TORCH_API int64_t rt_torch_torchtensor_softmax(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Logarithm of the softmax along one dimension, computed stably.
 *   handle: The input.
 *       (Tensor)
 *   dim: The dimension to normalise; negative values count from the end.
 *       (int)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.log_softmax
 */
RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Matrix product with torch.matmul semantics (vectors, batches, broadcasting).
 *   handle: The left operand.
 *       (Tensor)
 *   other: The right operand.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.matmul
 */
RT_TORCH_API int64_t rt_torch_torchtensor_matmul(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Inner product of two 1-D tensors of the same length and dtype.
 *   handle: The first vector.
 *       (Tensor)
 *   other: The second vector.
 *       (Tensor)
 *   Returns: A new 0-d tensor.
 *   On error: 0.
 *   PyTorch: torch.dot
 */
RT_TORCH_API int64_t rt_torch_torchtensor_dot(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Swaps two dimensions; the result is a view sharing memory with the input.
 *   handle: The input.
 *       (Tensor)
 *   dim0: The first dimension.
 *       (int)
 *   dim1: The second dimension.
 *       (int)
 *   Returns: A new handle to the transposed view.
 *   On error: 0.
 *   PyTorch: torch.transpose
 */
RT_TORCH_API int64_t rt_torch_torchtensor_transpose(int64_t handle, int64_t dim0, int64_t dim1) RT_TORCH_NOEXCEPT;

/*
 * Transpose of a tensor with at most 2 dimensions (a view).
 *   handle: The input, 0-D to 2-D.
 *       (Tensor)
 *   Returns: A new handle to the transposed view.
 *   On error: 0.
 *   PyTorch: torch.t
 */
RT_TORCH_API int64_t rt_torch_torchtensor_t(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The 2-norm of all elements taken as one vector (Frobenius norm for matrices).
 *   handle: A floating-point tensor.
 *       (Tensor)
 *   Returns: The norm.
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.linalg.vector_norm
 */
RT_TORCH_API double rt_torch_torchtensor_norm(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Determinant of a square matrix.
 *   handle: A square floating-point matrix.
 *       (Tensor)
 *   Returns: The determinant.
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.linalg.det
 */
RT_TORCH_API double rt_torch_torchtensor_det(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Inverse of a square matrix (or a batch of them).
 *   handle: An invertible floating-point matrix.
 *       (Tensor)
 *   Returns: A new tensor; a singular input is an error.
 *   On error: 0.
 *   PyTorch: torch.linalg.inv
 */
RT_TORCH_API int64_t rt_torch_torchtensor_inverse(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The U factor of the reduced singular value decomposition handle = U diag(S) Vh.
 *   handle: A floating-point matrix (or a batch of them).
 *       (Tensor)
 *   Returns: A new handle to U (full_matrices=False); S and Vh come from
 *   rt_torch_torchtensor_linalg_svd.
 *   On error: 0.
 *   PyTorch: torch.linalg.svd
 */
RT_TORCH_API int64_t rt_torch_torchtensor_svd(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The real parts of the eigenvalues of a square matrix.
 *   handle: A square floating-point matrix (or a batch of them).
 *       (Tensor)
 *   Returns: A new handle to the real parts of the eigenvalues, as the reference defines it;
 *   the complete eigenvalues and eigenvectors come from rt_torch_torchtensor_linalg_eig.
 *   On error: 0.
 *   PyTorch: torch.linalg.eig
 */
RT_TORCH_API int64_t rt_torch_torchtensor_eig(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Sum of all elements.
 *   handle: The input.
 *       (Tensor)
 *   Returns: The sum as a float.
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.sum
 */
RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Sum along one dimension.
 *   handle: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; negative values count from the end.
 *       (int)
 *   keepdim: Keep the reduced dimension with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.sum
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Mean of all elements of a floating-point tensor.
 *   handle: A floating-point input.
 *       (Tensor)
 *   Returns: The mean (NaN for an empty tensor).
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.mean
 */
RT_TORCH_API double rt_torch_torchtensor_mean(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Mean along one dimension.
 *   handle: A floating-point input.
 *       (Tensor)
 *   dim: The dimension to reduce; negative values count from the end.
 *       (int)
 *   keepdim: Keep the reduced dimension with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.mean
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The largest element.
 *   handle: A non-empty input.
 *       (Tensor)
 *   Returns: The maximum (NaN if any element is NaN).
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.max
 */
RT_TORCH_API double rt_torch_torchtensor_max(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Maxima along one dimension (the values; their indices come from
 * rt_torch_torchtensor_max_dim_v2).
 *   handle: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; negative values count from the end.
 *       (int)
 *   keepdim: Keep the reduced dimension with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new handle to the values.
 *   On error: 0.
 *   PyTorch: torch.max
 */
RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The smallest element.
 *   handle: A non-empty input.
 *       (Tensor)
 *   Returns: The minimum (NaN if any element is NaN).
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.min
 */
RT_TORCH_API double rt_torch_torchtensor_min(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Minima along one dimension (the values; their indices come from
 * rt_torch_torchtensor_min_dim_v2).
 *   handle: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; negative values count from the end.
 *       (int)
 *   keepdim: Keep the reduced dimension with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new handle to the values.
 *   On error: 0.
 *   PyTorch: torch.min
 */
RT_TORCH_API int64_t rt_torch_torchtensor_min_dim(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Indices of the maxima along one dimension.
 *   handle: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; negative values count from the end.
 *       (int)
 *   keepdim: Keep the reduced dimension with size 1.
 *       (bool; PyTorch's default False)
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
 *       (Tensor)
 *   dim: The dimension to reduce; negative values count from the end.
 *       (int)
 *   keepdim: Keep the reduced dimension with size 1.
 *       (bool; PyTorch's default False)
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
 *       (Tensor)
 *   Returns: The standard deviation (NaN for fewer than 2 elements).
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.std
 */
RT_TORCH_API double rt_torch_torchtensor_std(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Variance of all elements, unbiased (Bessel's correction).
 *   handle: A floating-point input.
 *       (Tensor)
 *   Returns: The variance (NaN for fewer than 2 elements).
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.var
 */
RT_TORCH_API double rt_torch_torchtensor_var(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The number of dimensions.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: The rank (0 for a scalar tensor).
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.dim
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ndim(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The total number of elements.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: The element count.
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.numel
 */
RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The size of every dimension.
 *   handle: The tensor.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the int[] result.
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
 *       (Tensor)
 *   dims: The new shape; one size may be -1 (inferred).
 *       (int[]; as dims, dims_len)
 *   Returns: A new handle.
 *   On error: 0.
 *   PyTorch: torch.reshape
 */
RT_TORCH_API int64_t rt_torch_torchtensor_reshape(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A view of the same memory with a new shape.
 *   handle: The tensor; its strides must allow the view.
 *       (Tensor)
 *   dims: The new shape; one size may be -1 (inferred).
 *       (int[]; as dims, dims_len)
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
 *       (Tensor)
 *   dims: A permutation of 0..ndim-1.
 *       (int[]; as dims, dims_len)
 *   Returns: A new handle to the permuted view.
 *   On error: 0.
 *   PyTorch: torch.permute
 */
RT_TORCH_API int64_t rt_torch_torchtensor_permute(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * Removes every dimension of size 1.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle to the squeezed view.
 *   On error: 0.
 *   PyTorch: torch.squeeze
 */
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Removes one dimension if its size is 1.
 *   handle: The tensor.
 *       (Tensor)
 *   dim: The dimension; negative values count from the end.
 *       (int)
 *   Returns: A new handle to the view (unchanged shape if the size is not 1).
 *   On error: 0.
 *   PyTorch: torch.squeeze
 */
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dim(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Inserts a dimension of size 1.
 *   handle: The tensor.
 *       (Tensor)
 *   dim: The position of the new dimension, in -(ndim+1)..ndim.
 *       (int)
 *   Returns: A new handle to the view.
 *   On error: 0.
 *   PyTorch: torch.unsqueeze
 */
RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Flattens into one dimension.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new 1-D handle (a view when possible).
 *   On error: 0.
 *   PyTorch: torch.flatten
 */
RT_TORCH_API int64_t rt_torch_torchtensor_flatten(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The tensor in contiguous row-major memory.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle; it shares memory with handle when that is already contiguous.
 *   On error: 0.
 *   PyTorch: torch.Tensor.contiguous
 */
RT_TORCH_API int64_t rt_torch_torchtensor_contiguous(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The slice start:end:step along one dimension (a view).
 *   handle: The tensor.
 *       (Tensor)
 *   dim: The dimension to slice; negative values count from the end.
 *       (int)
 *   start: The first index; negative values count from the end.
 *       (int)
 *   end: The bound, not included; clamped to the size like Python slices.
 *       (int)
 *   step: The stride; must be positive.
 *       (int; PyTorch's default 1)
 *   Returns: A new handle to the view.
 *   On error: 0.
 *   PyTorch: torch.Tensor.__getitem__
 */
RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step) RT_TORCH_NOEXCEPT;

/*
 * Selects entries along a dimension by an index tensor.
 *   handle: The tensor.
 *       (Tensor)
 *   dim: The dimension; negative values count from the end.
 *       (int)
 *   indices: A 1-D int64 (or int32) tensor of indices.
 *       (Tensor)
 *   Returns: A new tensor (a copy).
 *   On error: 0.
 *   PyTorch: torch.index_select
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_select(int64_t handle, int64_t dim, int64_t indices) RT_TORCH_NOEXCEPT;

/*
 * Gathers values along a dimension by an index tensor of the same rank.
 *   handle: The tensor.
 *       (Tensor)
 *   dim: The dimension; negative values count from the end.
 *       (int)
 *   indices: An int64 tensor with the same number of dimensions.
 *       (Tensor)
 *   Returns: A new tensor shaped like indices.
 *   On error: 0.
 *   PyTorch: torch.gather
 */
RT_TORCH_API int64_t rt_torch_torchtensor_gather(int64_t handle, int64_t dim, int64_t indices) RT_TORCH_NOEXCEPT;

/*
 * Concatenates tensors along an existing dimension.
 *   tensors: At least one tensor; all shapes equal except along dim.
 *       (Tensor[]; as tensors, tensors_len)
 *   dim: The dimension; negative values count from the end.
 *       (int; PyTorch's default 0)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.cat
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Stacks tensors of equal shape along a new dimension.
 *   tensors: At least one tensor; all of the same shape.
 *       (Tensor[]; as tensors, tensors_len)
 *   dim: The position of the new dimension, in -(ndim+1)..ndim.
 *       (int; PyTorch's default 0)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.stack
 */
RT_TORCH_API int64_t rt_torch_torchtensor_stack(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Splits into at most chunks pieces of equal size along a dimension (views).
 *   handle: The tensor.
 *       (Tensor)
 *   chunks: The number of pieces wanted; must be positive.
 *       (int)
 *   dim: The dimension; negative values count from the end.
 *       (int; PyTorch's default 0)
 *   out, out_capacity: caller buffer for the tensors result.
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
 *       (Tensor)
 *   weight: Filters of shape (C_out, C_in / groups, kH, kW).
 *       (Tensor)
 *   bias: Bias of shape (C_out), or 0 for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   stride: The stride (one value for both sides or two).
 *       (int[2]; PyTorch's default [1, 1]; as stride, stride_len; one value stands for 2)
 *   padding: Implicit zero padding on both sides.
 *       (int[2]; PyTorch's default [0, 0]; as padding, padding_len; one value stands for 2)
 *   dilation: The spacing between kernel elements.
 *       (int[2]; PyTorch's default [1, 1]; as dilation, dilation_len; one value stands for 2)
 *   groups: The number of blocked connections from input to output channels.
 *       (int; PyTorch's default 1)
 *   Returns: A new tensor of shape (N, C_out, H_out, W_out).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv2d
 */
RT_TORCH_API int64_t rt_torch_nn_conv2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;

/*
 * 2-D max pooling.
 *   input: Input of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   kernel_size: The window size (one or two values).
 *       (int[]; as kernel_size, kernel_size_len)
 *   stride: The window stride; empty means kernel_size.
 *       (int[]; PyTorch's default []; as stride, stride_len)
 *   padding: Implicit negative-infinity padding.
 *       (int[]; PyTorch's default [0, 0]; as padding, padding_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.max_pool2d
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len) RT_TORCH_NOEXCEPT;

/*
 * 2-D average pooling.
 *   input: Input of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   kernel_size: The window size (one or two values).
 *       (int[]; as kernel_size, kernel_size_len)
 *   stride: The window stride; empty means kernel_size.
 *       (int[]; PyTorch's default []; as stride, stride_len)
 *   padding: Implicit zero padding.
 *       (int[]; PyTorch's default [0, 0]; as padding, padding_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.avg_pool2d
 */
RT_TORCH_API int64_t rt_torch_nn_avg_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len) RT_TORCH_NOEXCEPT;

/*
 * Batch normalisation over the channel dimension, updating running statistics in training.
 *   input: Input of shape (N, C, ...).
 *       (Tensor)
 *   running_mean: Running mean of shape (C), updated in place when training; 0 for none.
 *       (Tensor?; None: 0)
 *   running_var: Running variance of shape (C), updated in place when training; 0 for
 *       none.
 *       (Tensor?; None: 0)
 *   weight: Scale of shape (C), or 0 for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   bias: Shift of shape (C), or 0 for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   training: Use batch statistics (true) or the running ones (false).
 *       (bool; PyTorch's default False)
 *   momentum: The weight of the new batch in the running statistics.
 *       (float; PyTorch's default 0.1)
 *   eps: Added to the variance for numerical stability.
 *       (float; PyTorch's default 1e-05)
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.batch_norm
 */
RT_TORCH_API int64_t rt_torch_nn_batch_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool training, double momentum, double eps) RT_TORCH_NOEXCEPT;

/*
 * Layer normalisation over the trailing dimensions.
 *   input: The input.
 *       (Tensor)
 *   normalized_shape: The trailing shape to normalise over.
 *       (int[]; as normalized_shape, normalized_shape_len)
 *   weight: Scale shaped like normalized_shape, or 0 for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   bias: Shift shaped like normalized_shape, or 0 for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   eps: Added to the variance for numerical stability.
 *       (float; PyTorch's default 1e-05)
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.layer_norm
 */
RT_TORCH_API int64_t rt_torch_nn_layer_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, int64_t bias, double eps) RT_TORCH_NOEXCEPT;

/*
 * Zeroes elements with probability p and scales the rest by 1/(1-p) when training.
 *   input: The input.
 *       (Tensor)
 *   p: The drop probability, in [0, 1].
 *       (float; PyTorch's default 0.5)
 *   training: Apply dropout (true) or return the input unchanged (false).
 *       (bool; PyTorch's default True)
 *   Returns: A new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.dropout
 */
RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;

/*
 * The affine map input @ weight^T + bias.
 *   input: Input of shape (..., in_features).
 *       (Tensor)
 *   weight: Weights of shape (out_features, in_features).
 *       (Tensor)
 *   bias: Bias of shape (out_features), or 0 for none.
 *       (Tensor?; PyTorch's default None; None: 0)
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
 *       (Tensor)
 *   weight: The table, of shape (num_embeddings, embedding_dim).
 *       (Tensor)
 *   Returns: A new tensor of shape input.shape + (embedding_dim,).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.embedding
 */
RT_TORCH_API int64_t rt_torch_nn_embedding(int64_t input, int64_t weight) RT_TORCH_NOEXCEPT;

/*
 * Mean squared error between input and target.
 *   input: The prediction.
 *       (Tensor)
 *   target: The target, broadcastable to input.
 *       (Tensor)
 *   Returns: The loss as a number, which cannot be backpropagated (rt_torch_nn_mse_loss_v2
 *   returns it as a tensor).
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.nn.functional.mse_loss
 */
RT_TORCH_API double rt_torch_nn_mse_loss(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;

/*
 * Cross-entropy between logits and class indices (mean over the batch).
 *   input: Logits of shape (N, C) or (C).
 *       (Tensor)
 *   target: int64 class indices of shape (N) or (), or class probabilities shaped like
 *       input.
 *       (Tensor)
 *   Returns: The loss as a number, which cannot be backpropagated
 *   (rt_torch_nn_cross_entropy_v2 returns it as a tensor).
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.nn.functional.cross_entropy
 */
RT_TORCH_API double rt_torch_nn_cross_entropy(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;

/*
 * Binary cross-entropy between probabilities and targets (mean).
 *   input: Probabilities in [0, 1].
 *       (Tensor)
 *   target: Targets in [0, 1], shaped like input.
 *       (Tensor)
 *   Returns: The loss as a number, which cannot be backpropagated
 *   (rt_torch_nn_binary_cross_entropy_v2 returns it as a tensor).
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.nn.functional.binary_cross_entropy
 */
RT_TORCH_API double rt_torch_nn_binary_cross_entropy(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;

/*
 * Negative log-likelihood of log-probabilities at class indices (mean).
 *   input: Log-probabilities of shape (N, C) or (C).
 *       (Tensor)
 *   target: int64 class indices of shape (N) or ().
 *       (Tensor)
 *   Returns: The loss as a number, which cannot be backpropagated (rt_torch_nn_nll_loss_v2
 *   returns it as a tensor).
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.nn.functional.nll_loss
 */
RT_TORCH_API double rt_torch_nn_nll_loss(int64_t input, int64_t target) RT_TORCH_NOEXCEPT;

/*
 * Turns gradient tracking on or off for a leaf tensor, in place.
 *   handle: A leaf tensor (not the result of a tracked operation).
 *       (Tensor(a!))
 *   requires_grad: Whether to track gradients.
 *       (bool; PyTorch's default True)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.requires_grad_
 */
RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad) RT_TORCH_NOEXCEPT;

/*
 * Reports whether a tensor tracks gradients.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: true when operations on the tensor are recorded for backward.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.requires_grad
 */
RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The gradient accumulated in a tensor by backward.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle to the gradient (sharing its memory), or 0 when no gradient is
 *   defined.
 *   On error: 0 (check the error code: it can be a legitimate result).
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.grad
 */
RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Backpropagates from a scalar tensor, accumulating gradients into the leaves.
 *   handle: A tensor with one element that requires grad.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Runs the autograd engine beside other calls, never beside one that runs alone (see
 *   "Threads" above).
 *   PyTorch: torch.Tensor.backward
 */
RT_TORCH_API void rt_torch_autograd_backward(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Zeroes a tensor's gradient in place; does nothing when none is defined.
 *   handle: The tensor.
 *       (Tensor(a!))
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.grad.zero_
 */
RT_TORCH_API void rt_torch_autograd_zero_grad(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * A tensor sharing the same data but cut from the autograd graph.
 *   handle: The tensor.
 *       (Tensor)
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
 *       (Tensor)
 *   device_id: The CUDA device ordinal.
 *       (int32; PyTorch's default 0)
 *   Returns: A new handle on the device (the same memory if it is already there).
 *   On error: 0.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.Tensor.cuda
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cuda(int64_t handle, int32_t device_id) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor in host memory.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle on the CPU (the same memory if it is already there).
 *   On error: 0.
 *   PyTorch: torch.Tensor.cpu
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cpu(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Reports whether the tensor lives on a CUDA device.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: true on a CUDA device.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.is_cuda
 */
RT_TORCH_API bool rt_torch_torchtensor_is_cuda(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The device the tensor lives on.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: -1 for the CPU, the CUDA ordinal otherwise.
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.get_device
 */
RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor on a CUDA device, enqueued on the given stream.
 *   handle: The tensor.
 *       (Tensor)
 *   device_id: The CUDA device ordinal.
 *       (int32)
 *   stream: A stream of that device; synchronise it before reading the result elsewhere.
 *       (Stream)
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
 *       (Tensor)
 *   Returns: A new handle with its own memory (still tracked by autograd).
 *   On error: 0.
 *   PyTorch: torch.clone
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clone(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Takes a stream from the CUDA stream pool of a device.
 *   device_id: The CUDA device ordinal.
 *       (int32; PyTorch's default 0)
 *   Returns: A new stream handle; free it with rt_torch_torchstream_free.
 *   On error: 0.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.cuda.Stream
 */
RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id) RT_TORCH_NOEXCEPT;

/*
 * Blocks until all work queued on the stream has finished.
 *   handle: The stream.
 *       (Stream)
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
 *       (Stream)
 *   Returns: true when the stream is idle.
 *   On error: false (check the error code: it can be a legitimate result).
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   Deviation from the reference: An unknown or freed stream handle is an error
 *   (invalid_handle); the reference answered true.
 *   PyTorch: torch.cuda.Stream.query
 */
RT_TORCH_API bool rt_torch_torchstream_query(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Releases a stream handle.
 *   handle: The stream; the handle is invalid afterwards.
 *       (Stream)
 *   No result: read rt_torch_error_code() after the call.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 */
RT_TORCH_API void rt_torch_torchstream_free(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Releases a tensor handle; the memory goes when no other handle or view uses it.
 *   handle: The tensor; the handle is invalid afterwards (a second free is an error).
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Bytes currently allocated by the CUDA caching allocator on a device.
 *   device_id: The CUDA device ordinal.
 *       (int32; PyTorch's default 0)
 *   Returns: The byte count; 0 on a build or machine without CUDA, as
 *   torch.cuda.memory_allocated.
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.cuda.memory_allocated
 */
RT_TORCH_API int64_t rt_torch_cuda_memory_allocated(int32_t device_id) RT_TORCH_NOEXCEPT;

/*
 * Peak bytes allocated by the CUDA caching allocator on a device.
 *   device_id: The CUDA device ordinal.
 *       (int32; PyTorch's default 0)
 *   Returns: The byte count; 0 on a build or machine without CUDA, as
 *   torch.cuda.max_memory_allocated.
 *   On error: -1 (check the error code: it can be a legitimate result).
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
 *   On error: -1 (check the error code: it can be a legitimate result).
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
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_live_handles(void) RT_TORCH_NOEXCEPT;

/*
 * Releases a tensor handle from a destructor, leaving this thread's error state as it was.
 *   handle: The tensor; the handle is invalid afterwards.
 *       (Tensor)
 *   Returns: true when a live handle was released; false, without an error, for a handle
 *   that is not live.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Seeds the default random generators, as torch.manual_seed.
 *   seed: The seed.
 *       (int)
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.manual_seed
 */
RT_TORCH_API void rt_torch_manual_seed(int64_t seed) RT_TORCH_NOEXCEPT;

/*
 * Sets the number of threads intra-op parallelism uses in this process, as
 * torch.set_num_threads.
 *   num_threads: The number of threads, from 1 to 8 per hardware thread of the machine. A
 *       child forked from a process that ran parallel operations sets 1 before its own
 *       (PyTorch's rule for forked children).
 *       (int32)
 *   No result: read rt_torch_error_code() after the call.
 *   Deviation from the reference: PyTorch takes any positive count; the OpenMP runtime then
 *   ends the process when it cannot create a team that large. A count above 8 per hardware
 *   thread is a value error here.
 *   PyTorch: torch.set_num_threads
 */
RT_TORCH_API void rt_torch_set_num_threads(int32_t num_threads) RT_TORCH_NOEXCEPT;

/*
 * The number of threads intra-op parallelism uses, as torch.get_num_threads.
 *   Returns: The number of threads.
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.get_num_threads
 */
RT_TORCH_API int32_t rt_torch_get_num_threads(void) RT_TORCH_NOEXCEPT;

/*
 * The number of usable CUDA devices.
 *   Returns: The device count; 0 on a build or machine without CUDA.
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.cuda.device_count
 */
RT_TORCH_API int32_t rt_torch_cuda_device_count(void) RT_TORCH_NOEXCEPT;

/*
 * A new int64 tensor holding a copy of flat integer data, shaped by dims.
 *   data: The values in row-major order.
 *       (int[]; as data, data_len)
 *   dims: The shape for the data (one size may be -1 and is inferred).
 *       (int[]; as dims, dims_len)
 *   Returns: The new int64 tensor (for indices and class targets).
 *   On error: 0.
 *   PyTorch: torch.tensor
 */
RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * The value of a one-element tensor.
 *   handle: A tensor with exactly one element.
 *       (Tensor)
 *   Returns: The value as a float.
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.item
 */
RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Copies the elements, converted to float64, into a caller buffer in row-major order.
 *   handle: A real (not complex) tensor on any device.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the float[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       The values; the full element count is returned.
 *   PyTorch: torch.Tensor.tolist
 */
RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle, double* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Copies the elements, converted to int64, into a caller buffer in row-major order.
 *   handle: A real (not complex) tensor on any device; floats are truncated toward zero.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the int[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       The values; the full element count is returned.
 *   PyTorch: torch.Tensor.tolist
 */
RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The element type of the tensor.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: One of the dtypes of this catalogue.
 *   On error: -1.
 *   PyTorch: torch.Tensor.dtype
 */
RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to another element type.
 *   handle: The tensor.
 *       (Tensor)
 *   dtype: One of the dtypes of this catalogue.
 *       (ScalarType)
 *   Returns: A new handle (the same memory when the dtype already matches).
 *   On error: 0.
 *   PyTorch: torch.Tensor.to
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The real parts of a tensor (the tensor itself when it is real).
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle to a real view.
 *   On error: 0.
 *   PyTorch: torch.real
 */
RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The imaginary parts of a complex tensor.
 *   handle: A complex tensor.
 *       (Tensor)
 *   Returns: A new handle to a real view.
 *   On error: 0.
 *   PyTorch: torch.imag
 */
RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The sum of all elements as a 0-d tensor, which can be backpropagated.
 *   handle: The input.
 *       (Tensor)
 *   Returns: A new 0-d tensor (int64 for integer and bool inputs, as torch.sum).
 *   On error: 0.
 *   PyTorch: torch.sum
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sum_all(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The mean of all elements as a 0-d tensor, which can be backpropagated.
 *   handle: A floating-point input.
 *       (Tensor)
 *   Returns: A new 0-d tensor (NaN for an empty input).
 *   On error: 0.
 *   PyTorch: torch.mean
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mean_all(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The largest element as a 0-d tensor, which can be backpropagated.
 *   handle: A non-empty input.
 *       (Tensor)
 *   Returns: A new 0-d tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.max
 */
RT_TORCH_API int64_t rt_torch_torchtensor_max_all(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The smallest element as a 0-d tensor, which can be backpropagated.
 *   handle: A non-empty input.
 *       (Tensor)
 *   Returns: A new 0-d tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.min
 */
RT_TORCH_API int64_t rt_torch_torchtensor_min_all(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Divides every element by a scalar.
 *   handle: The tensor.
 *       (Tensor)
 *   scalar: The divisor.
 *       (float)
 *   Returns: A new tensor holding handle / scalar (true division: floating point for integer
 *   inputs).
 *   On error: 0.
 *   PyTorch: torch.div
 */
RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * The element-wise maximum of two tensors, with broadcasting.
 *   handle: The first tensor.
 *       (Tensor)
 *   other: The second tensor.
 *       (Tensor)
 *   Returns: A new tensor (NaN where either input is NaN).
 *   On error: 0.
 *   PyTorch: torch.maximum
 */
RT_TORCH_API int64_t rt_torch_torchtensor_maximum(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by default).
 *   handle: The tensor.
 *       (Tensor(a!))
 *   grad: The new gradient, shaped like handle with its dtype and device; 0 for none.
 *       (Tensor?; None: 0)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.grad
 */
RT_TORCH_API void rt_torch_autograd_set_grad(int64_t handle, int64_t grad) RT_TORCH_NOEXCEPT;

/*
 * Adds alpha times another tensor to this one, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The tensor to add, broadcastable to handle.
 *       (Tensor)
 *   alpha: The multiplier of other (a whole number also suits integer tensors, as
 *       PyTorch's default 1 does).
 *       (float; PyTorch's default 1.0)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.add_
 */
RT_TORCH_API void rt_torch_torchtensor_add_(int64_t handle, int64_t other, double alpha) RT_TORCH_NOEXCEPT;

/*
 * Adds a scalar to every element, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   scalar: The value to add.
 *       (float)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.add_
 */
RT_TORCH_API void rt_torch_torchtensor_add_scalar_(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * Adds alpha times another tensor to this one, in place (PyTorch's Tensor.add_ with a tensor).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The tensor to add, broadcastable to input.
 *       (Tensor)
 *   alpha: The multiplier of other.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.add_ (ATen add_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_add_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * Adds alpha times a number to every element, in place (an int keeps integer tensors integer).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The number to add.
 *       (Scalar; as other, other_int, other_kind)
 *   alpha: The multiplier of other.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.add_ (ATen add_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_add_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * Multiplies element-wise by another tensor, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The factor, broadcastable to handle.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.mul_
 */
RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Multiplies every element by a scalar, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   scalar: The factor.
 *       (float)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.mul_
 */
RT_TORCH_API void rt_torch_torchtensor_mul_scalar_(int64_t handle, double scalar) RT_TORCH_NOEXCEPT;

/*
 * Multiplies every element by a number, in place (an int keeps integer tensors integer).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The factor.
 *       (Scalar; as other, other_int, other_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.mul_ (ATen mul_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_mul_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Adds value times the element-wise product of two tensors, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   tensor1: The first factor.
 *       (Tensor)
 *   tensor2: The second factor.
 *       (Tensor)
 *   value: The multiplier of tensor1 * tensor2.
 *       (float; PyTorch's default 1.0)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.addcmul_
 */
RT_TORCH_API void rt_torch_torchtensor_addcmul_(int64_t handle, int64_t tensor1, int64_t tensor2, double value) RT_TORCH_NOEXCEPT;

/*
 * Adds value times the element-wise quotient of two tensors, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   tensor1: The numerator.
 *       (Tensor)
 *   tensor2: The denominator.
 *       (Tensor)
 *   value: The multiplier of tensor1 / tensor2.
 *       (float; PyTorch's default 1.0)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.addcdiv_
 */
RT_TORCH_API void rt_torch_torchtensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, double value) RT_TORCH_NOEXCEPT;

/*
 * Moves every element toward another tensor by a weight, in place (handle + weight * (end -
 * handle)).
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   end: The target, broadcastable to handle.
 *       (Tensor)
 *   weight: The interpolation weight.
 *       (float)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.lerp_
 */
RT_TORCH_API void rt_torch_torchtensor_lerp_(int64_t handle, int64_t end, double weight) RT_TORCH_NOEXCEPT;

/*
 * Sets every element to zero, in place.
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.zero_
 */
RT_TORCH_API void rt_torch_torchtensor_zero_(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Copies the elements of another tensor into this one, in place (converting dtype and device).
 *   handle: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   src: The source, broadcastable to handle.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.copy_
 */
RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle, int64_t src) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with zeros, of a dtype, on a device.
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype; None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.zeros (ATen zeros)
 */
RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with ones, of a dtype, on a device.
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype; None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.ones (ATen ones)
 */
RT_TORCH_API int64_t rt_torch_tensor_ones_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape whose values are not initialised, of a dtype, on a device.
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype; None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   memory_format: The memory layout; None for contiguous.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: The new tensor (its values are whatever the memory held).
 *   On error: 0.
 *   PyTorch: torch.empty (ATen empty.memory_format)
 */
RT_TORCH_API int64_t rt_torch_tensor_empty_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of samples from the standard normal distribution, of a dtype, on a device.
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype (a floating-point one); None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.randn (ATen randn)
 */
RT_TORCH_API int64_t rt_torch_tensor_randn_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of samples drawn uniformly from [0, 1), of a dtype, on a device.
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype (a floating-point one); None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.rand (ATen rand)
 */
RT_TORCH_API int64_t rt_torch_tensor_rand_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with one number, of a dtype, on a device.
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   fill_value: The fill value.
 *       (Scalar; as fill_value, fill_value_int, fill_value_kind)
 *   dtype: The dtype; None infers it from fill_value, as PyTorch does (int64 for an int,
 *       bool for a bool, float32 for a float).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.full (ATen full)
 */
RT_TORCH_API int64_t rt_torch_tensor_full_v2(const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of the values 0, 1, ... below end.
 *   end: The bound, not included.
 *       (Scalar; as end, end_int, end_kind)
 *   dtype: The dtype; None infers int64 from an int end, else the default float dtype.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new 1-D tensor.
 *   On error: 0.
 *   PyTorch: torch.arange (ATen arange)
 */
RT_TORCH_API int64_t rt_torch_tensor_arange_v2(double end, int64_t end_int, int32_t end_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of the values from start up to end (exclusive), spaced by step.
 *   start: The first value.
 *       (Scalar; as start, start_int, start_kind)
 *   end: The bound, not included.
 *       (Scalar; as end, end_int, end_kind)
 *   step: The spacing; must be non-zero and point from start towards end.
 *       (Scalar; PyTorch's default 1; as step, step_int, step_kind)
 *   dtype: The dtype; None infers int64 when start, end and step are ints, else the
 *       default float dtype.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new 1-D tensor.
 *   On error: 0.
 *   PyTorch: torch.arange (ATen arange.start_step)
 */
RT_TORCH_API int64_t rt_torch_tensor_arange_start_step(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, double step, int64_t step_int, int32_t step_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps values evenly spaced from start to end inclusive, of a dtype, on a
 * device.
 *   start: The first value.
 *       (Scalar; as start, start_int, start_kind)
 *   end: The last value.
 *       (Scalar; as end, end_int, end_kind)
 *   steps: The number of values; must be non-negative.
 *       (int)
 *   dtype: The dtype; None for the default float dtype.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new 1-D tensor.
 *   On error: 0.
 *   PyTorch: torch.linspace (ATen linspace)
 */
RT_TORCH_API int64_t rt_torch_tensor_linspace_v2(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * The n x n identity matrix, of a dtype, on a device.
 *   n: The number of rows and columns; must be non-negative.
 *       (int)
 *   dtype: The dtype; None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.eye (ATen eye)
 */
RT_TORCH_API int64_t rt_torch_tensor_eye_v2(int64_t n, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * The n x m matrix with ones on the diagonal, of a dtype, on a device.
 *   n: The number of rows; must be non-negative.
 *       (int)
 *   m: The number of columns; must be non-negative.
 *       (int)
 *   dtype: The dtype; None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.eye (ATen eye.m)
 */
RT_TORCH_API int64_t rt_torch_tensor_eye_m(int64_t n, int64_t m, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * The element-wise sum input + alpha * other (broadcasting, with PyTorch's type promotion).
 *   input: The left operand.
 *       (Tensor)
 *   other: The right operand.
 *       (Tensor)
 *   alpha: The multiplier of other.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.add (ATen add.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_add_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * Adds alpha times a number to every element (an int keeps integer tensors integer, as in
 * PyTorch).
 *   input: The tensor.
 *       (Tensor)
 *   other: The number to add.
 *       (Scalar; as other, other_int, other_kind)
 *   alpha: The multiplier of other.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.add (ATen add.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise difference input - alpha * other (broadcasting).
 *   input: The left operand.
 *       (Tensor)
 *   other: The right operand.
 *       (Tensor)
 *   alpha: The multiplier of other.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.sub (ATen sub.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * Subtracts alpha times a number from every element.
 *   input: The tensor.
 *       (Tensor)
 *   other: The number to subtract.
 *       (Scalar; as other, other_int, other_kind)
 *   alpha: The multiplier of other.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.sub (ATen sub.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * A number minus alpha times every element (number - tensor, as Python's reflected operator
 * computes it).
 *   input: The tensor subtracted.
 *       (Tensor)
 *   other: The number it is subtracted from.
 *       (Scalar; as other, other_int, other_kind)
 *   alpha: The multiplier of input.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.rsub (ATen rsub.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_rsub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise difference other - alpha * input (broadcasting).
 *   input: The tensor subtracted.
 *       (Tensor)
 *   other: The tensor it is subtracted from.
 *       (Tensor)
 *   alpha: The multiplier of input.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.rsub (ATen rsub.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_rsub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise reciprocal 1 / x (integer inputs give the default float dtype).
 *   input: The tensor.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.reciprocal (ATen reciprocal)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_reciprocal(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise product (broadcasting).
 *   input: The left operand.
 *       (Tensor)
 *   other: The right operand.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.mul (ATen mul.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mul_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Multiplies every element by a number (an int keeps integer tensors integer).
 *   input: The tensor.
 *       (Tensor)
 *   other: The factor.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.mul (ATen mul.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mul_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise quotient input / other, true or rounded (broadcasting).
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisor.
 *       (Tensor)
 *   rounding_mode: None for true division (a float result), trunc or floor to round the
 *       quotient.
 *       (rounding_mode?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of trunc, floor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.div (ATen div.Tensor_mode)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_div_tensor_mode(int64_t input, int64_t other, const char* rounding_mode) RT_TORCH_NOEXCEPT;

/*
 * Divides every element by a number, true or rounded.
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisor.
 *       (Scalar; as other, other_int, other_kind)
 *   rounding_mode: None for true division (a float result), trunc or floor to round the
 *       quotient.
 *       (rounding_mode?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of trunc, floor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.div (ATen div.Scalar_mode)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_div_scalar_mode(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode) RT_TORCH_NOEXCEPT;

/*
 * Raises every element to a number (an int exponent keeps integer tensors integer).
 *   input: The base.
 *       (Tensor)
 *   exponent: The exponent.
 *       (Scalar; as exponent, exponent_int, exponent_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.pow (ATen pow.Tensor_Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) RT_TORCH_NOEXCEPT;

/*
 * Raises every element to the matching element of another tensor (broadcasting).
 *   input: The base.
 *       (Tensor)
 *   exponent: The exponents.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.pow (ATen pow.Tensor_Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_pow_tensor_tensor(int64_t input, int64_t exponent) RT_TORCH_NOEXCEPT;

/*
 * Raises a number to every element of a tensor (number ** tensor).
 *   input: The base.
 *       (Scalar; as input, input_int, input_kind)
 *   exponent: The exponents.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.pow (ATen pow.Scalar)
 */
RT_TORCH_API int64_t rt_torch_tensor_pow_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent) RT_TORCH_NOEXCEPT;

/*
 * GELU activation, exact or with the tanh approximation.
 *   input: The input.
 *       (Tensor)
 *   approximate: none for the exact form x * Phi(x), tanh for the tanh approximation.
 *       (gelu_approximate; keyword-only in the wrappers; PyTorch's default 'none'; one of none, tanh)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.gelu (ATen gelu)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_gelu_v2(int64_t input, const char* approximate) RT_TORCH_NOEXCEPT;

/*
 * Softmax along a dimension, optionally computed in another dtype.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension that sums to 1; negative values count from the end.
 *       (int)
 *   dtype: Convert the input to this dtype first; None keeps it.
 *       (ScalarType?; PyTorch's default None; None: -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.softmax (ATen softmax.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_softmax_int(int64_t input, int64_t dim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * Log-softmax along a dimension, optionally computed in another dtype.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension; negative values count from the end.
 *       (int)
 *   dtype: Convert the input to this dtype first; None keeps it.
 *       (ScalarType?; PyTorch's default None; None: -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.log_softmax (ATen log_softmax.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_log_softmax_int(int64_t input, int64_t dim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The vector norm of the elements, over all or some dimensions.
 *   input: A floating-point or complex tensor.
 *       (Tensor)
 *   ord: The order: 2 (Euclidean), 1, inf, -inf, 0 (count of non-zeros) or any real p.
 *       (Scalar; PyTorch's default 2; as ord, ord_int, ord_kind)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: Compute in this dtype; None keeps the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor (0-d when every dimension is reduced).
 *   On error: 0.
 *   PyTorch: torch.linalg.vector_norm (ATen linalg_vector_norm)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The determinant of a square matrix, or of each matrix of a batch.
 *   input: A floating-point tensor of shape (*, n, n).
 *       (Tensor)
 *   Returns: A new tensor of shape (*): differentiable, unlike the reference's f64.
 *   On error: 0.
 *   PyTorch: torch.linalg.det (ATen linalg_det)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_det(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The singular value decomposition input = U diag(S) Vh, of a matrix or a batch.
 *   input: A floating-point tensor of shape (*, m, n).
 *       (Tensor)
 *   full_matrices: true for the full U and Vh, false for the reduced ones.
 *       (bool; PyTorch's default True)
 *   driver: The cuSOLVER routine on CUDA; None lets PyTorch choose (ignored on the CPU).
 *       (svd_driver?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of gesvd, gesvdj, gesvda)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       U: The left singular vectors; S: The singular values, in descending order; Vh: The
 *       conjugate transpose of the right singular vectors.
 *   PyTorch: torch.linalg.svd (ATen linalg_svd)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svd(int64_t input, bool full_matrices, const char* driver, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The eigenvalues and eigenvectors of a square matrix, or of each matrix of a batch.
 *   input: A floating-point or complex tensor of shape (*, n, n).
 *       (Tensor)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       eigenvalues: The complex eigenvalues; eigenvectors: The complex eigenvectors
 *       (columns).
 *   PyTorch: torch.linalg.eig (ATen linalg_eig)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eig(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The sum over all or some dimensions, optionally in another dtype.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: The dtype of the result; None keeps the input's (int64 for integer and bool
 *       inputs).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor (0-d when every dimension is reduced).
 *   On error: 0.
 *   PyTorch: torch.sum (ATen sum.dim_IntList)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The mean over all or some dimensions, optionally in another dtype.
 *   input: A floating-point or complex input (or any input with a floating dtype).
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: Compute in this dtype; None keeps the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor (0-d when every dimension is reduced).
 *   On error: 0.
 *   PyTorch: torch.mean (ATen mean.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mean_dim_v2(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The maxima along one dimension, with their indices.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; negative values count from the end.
 *       (int)
 *   keepdim: Keep the reduced dimension with size 1.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The maxima; indices: Their int64 indices along dim.
 *   PyTorch: torch.max (ATen max.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_max_dim_v2(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The element-wise maximum of two tensors (broadcasting).
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.max (ATen max.other)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_max_other(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The minima along one dimension, with their indices.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; negative values count from the end.
 *       (int)
 *   keepdim: Keep the reduced dimension with size 1.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The minima; indices: Their int64 indices along dim.
 *   PyTorch: torch.min (ATen min.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_min_dim_v2(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The element-wise minimum of two tensors (broadcasting).
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.min (ATen min.other)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_min_other(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The indices of the maxima, along a dimension or over the flattened tensor.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; None for the flattened tensor.
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   keepdim: Keep the reduced dimension with size 1 (with a dim).
 *       (bool; PyTorch's default False)
 *   Returns: A new int64 tensor.
 *   On error: 0.
 *   PyTorch: torch.argmax (ATen argmax)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_argmax_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The indices of the minima, along a dimension or over the flattened tensor.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; None for the flattened tensor.
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   keepdim: Keep the reduced dimension with size 1 (with a dim).
 *       (bool; PyTorch's default False)
 *   Returns: A new int64 tensor.
 *   On error: 0.
 *   PyTorch: torch.argmin (ATen argmin)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_argmin_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The standard deviation over some dimensions, with or without Bessel's correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   unbiased: Divide by N - 1 (true) or by N (false).
 *       (bool; PyTorch's default True)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.std (ATen std.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_std_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The standard deviation over all or some dimensions, with a given correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   correction: The difference N - divisor; None for 1 (Bessel's correction).
 *       (Scalar?; keyword-only in the wrappers; PyTorch's default None; as correction, correction_int, correction_kind; None: correction_kind -1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor (0-d when every dimension is reduced).
 *   On error: 0.
 *   PyTorch: torch.std (ATen std.correction)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_std_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The standard deviation of all elements, with or without Bessel's correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   unbiased: Divide by N - 1 (true) or by N (false).
 *       (bool; PyTorch's default True)
 *   Returns: A new 0-d tensor: differentiable, unlike the reference's f64.
 *   On error: 0.
 *   PyTorch: torch.std (ATen std)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_std_v2(int64_t input, bool unbiased) RT_TORCH_NOEXCEPT;

/*
 * The variance over some dimensions, with or without Bessel's correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   unbiased: Divide by N - 1 (true) or by N (false).
 *       (bool; PyTorch's default True)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.var (ATen var.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_var_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The variance over all or some dimensions, with a given correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   correction: The difference N - divisor; None for 1 (Bessel's correction).
 *       (Scalar?; keyword-only in the wrappers; PyTorch's default None; as correction, correction_int, correction_kind; None: correction_kind -1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor (0-d when every dimension is reduced).
 *   On error: 0.
 *   PyTorch: torch.var (ATen var.correction)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_var_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The variance of all elements, with or without Bessel's correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   unbiased: Divide by N - 1 (true) or by N (false).
 *       (bool; PyTorch's default True)
 *   Returns: A new 0-d tensor: differentiable, unlike the reference's f64.
 *   On error: 0.
 *   PyTorch: torch.var (ATen var)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_var_v2(int64_t input, bool unbiased) RT_TORCH_NOEXCEPT;

/*
 * Drops the given dimensions where their size is 1.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions; negative values count from the end.
 *       (int[]; as dim, dim_len)
 *   Returns: A new handle sharing memory with input (a view).
 *   On error: 0.
 *   PyTorch: torch.squeeze (ATen squeeze.dims)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_squeeze_dims(int64_t input, const int64_t* dim, int64_t dim_len) RT_TORCH_NOEXCEPT;

/*
 * Flattens the dimensions from start_dim to end_dim into one.
 *   input: The input.
 *       (Tensor)
 *   start_dim: The first dimension to flatten.
 *       (int; PyTorch's default 0)
 *   end_dim: The last dimension to flatten (inclusive).
 *       (int; PyTorch's default -1)
 *   Returns: A new handle (a view where the memory allows it).
 *   On error: 0.
 *   PyTorch: torch.flatten (ATen flatten.using_ints)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_flatten_using_ints(int64_t input, int64_t start_dim, int64_t end_dim) RT_TORCH_NOEXCEPT;

/*
 * The slice at one index along a dimension, which it removes.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension; negative values count from the end.
 *       (int)
 *   index: The index along it; negative values count from the end.
 *       (int)
 *   Returns: A new handle sharing memory with input (a view).
 *   On error: 0.
 *   PyTorch: torch.select (ATen select.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t input, int64_t dim, int64_t index) RT_TORCH_NOEXCEPT;

/*
 * Advanced indexing with index tensors (int64 positions or bool masks), one per leading
 * dimension or None.
 *   input: The input.
 *       (Tensor)
 *   indices: One index tensor per dimension, or None to take the dimension whole.
 *       (Tensor?[]; as indices, indices_len)
 *   Returns: A new tensor (a copy).
 *   On error: 0.
 *   PyTorch: torch.Tensor.__getitem__ (ATen index.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input, const int64_t* indices, int64_t indices_len) RT_TORCH_NOEXCEPT;

/*
 * 2-D convolution with padding given by name.
 *   input: The input, of shape (N, C_in, H, W) or (C_in, H, W).
 *       (Tensor)
 *   weight: The filters, of shape (C_out, C_in / groups, kH, kW).
 *       (Tensor)
 *   bias: The bias of shape (C_out); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   stride: The step of the window.
 *       (int[2]; PyTorch's default 1; as stride, stride_len; one value stands for 2)
 *   padding: valid for no padding; same to keep the input's size (only with stride 1).
 *       (conv_padding; PyTorch's default 'valid'; one of valid, same)
 *   dilation: The spacing between kernel elements.
 *       (int[2]; PyTorch's default 1; as dilation, dilation_len; one value stands for 2)
 *   groups: The number of blocked connections from input to output channels.
 *       (int; PyTorch's default 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv2d (ATen conv2d.padding)
 */
RT_TORCH_API int64_t rt_torch_nn_conv2d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;

/*
 * 2-D max pooling with dilation and ceil mode.
 *   input: The input, of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   kernel_size: The size of the window.
 *       (int[2]; as kernel_size, kernel_size_len; one value stands for 2)
 *   stride: The step of the window; None for kernel_size.
 *       (int[2]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 2)
 *   padding: Implicit negative-infinity padding on both sides; at most half the kernel
 *       size.
 *       (int[2]; PyTorch's default 0; as padding, padding_len; one value stands for 2)
 *   dilation: The spacing between window elements.
 *       (int[2]; PyTorch's default 1; as dilation, dilation_len; one value stands for 2)
 *   ceil_mode: Round the output size up instead of down.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.max_pool2d (ATen max_pool2d)
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode) RT_TORCH_NOEXCEPT;

/*
 * 2-D max pooling that also returns where each maximum came from.
 *   input: The input, of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   kernel_size: The size of the window.
 *       (int[2]; as kernel_size, kernel_size_len; one value stands for 2)
 *   stride: The step of the window; None for kernel_size.
 *       (int[2]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 2)
 *   padding: Implicit negative-infinity padding on both sides; at most half the kernel
 *       size.
 *       (int[2]; PyTorch's default 0; as padding, padding_len; one value stands for 2)
 *   dilation: The spacing between window elements.
 *       (int[2]; PyTorch's default 1; as dilation, dilation_len; one value stands for 2)
 *   ceil_mode: Round the output size up instead of down.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       output: The maxima; indices: Their int64 positions in each flattened input plane.
 *   PyTorch: torch.nn.functional.max_pool2d (ATen max_pool2d_with_indices)
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * 2-D average pooling with ceil mode, padding counting and a divisor override.
 *   input: The input, of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   kernel_size: The size of the window.
 *       (int[2]; as kernel_size, kernel_size_len; one value stands for 2)
 *   stride: The step of the window; None for kernel_size.
 *       (int[2]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 2)
 *   padding: Implicit zero padding on both sides; at most half the kernel size.
 *       (int[2]; PyTorch's default 0; as padding, padding_len; one value stands for 2)
 *   ceil_mode: Round the output size up instead of down.
 *       (bool; PyTorch's default False)
 *   count_include_pad: Count the zero padding in the average.
 *       (bool; PyTorch's default True)
 *   divisor_override: Divide by this instead of the window size; None for the window size.
 *       (int?; PyTorch's default None; as divisor_override, divisor_override_present; None: divisor_override_present false (the value is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.avg_pool2d (ATen avg_pool2d)
 */
RT_TORCH_API int64_t rt_torch_nn_avg_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present) RT_TORCH_NOEXCEPT;

/*
 * Looks up rows of an embedding table, with padding index, max-norm renormalisation and sparse
 * gradients as F.embedding has them.
 *   input: int64 indices into the table.
 *       (Tensor)
 *   weight: The table, of shape (num_embeddings, embedding_dim).
 *       (Tensor)
 *   padding_idx: A row that gets no gradient (negative values count from the end); None
 *       for none.
 *       (int?; PyTorch's default None; as padding_idx, padding_idx_present; None: padding_idx_present false (the value is ignored))
 *   max_norm: Renormalise, in place, every looked-up row whose norm exceeds this; None for
 *       never.
 *       (float?; PyTorch's default None; as max_norm, max_norm_present; None: max_norm_present false (the value is ignored))
 *   norm_type: The p of the p-norm for max_norm.
 *       (float; PyTorch's default 2.0)
 *   scale_grad_by_freq: Scale gradients by the inverse frequency of the indices in the
 *       batch.
 *       (bool; PyTorch's default False)
 *   sparse: Make the gradient of weight a sparse tensor.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor of shape (*input.shape, embedding_dim).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.embedding (ATen embedding)
 */
RT_TORCH_API int64_t rt_torch_nn_embedding_v2(int64_t input, int64_t weight, int64_t padding_idx, bool padding_idx_present, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, bool sparse) RT_TORCH_NOEXCEPT;

/*
 * Mean squared error between input and target, reduced as asked, as a tensor that can be
 * backpropagated.
 *   input: The prediction.
 *       (Tensor)
 *   target: The target, broadcastable to input (with PyTorch's warning when the sizes
 *       differ).
 *       (Tensor)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.mse_loss (ATen mse_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_mse_loss_v2(int64_t input, int64_t target, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Cross-entropy between logits and class indices or probabilities, with class weights, an
 * ignored index and label smoothing.
 *   input: Logits of shape (N, C), (C) or (N, C, d1, ...).
 *       (Tensor)
 *   target: int64 class indices of shape (N), () or (N, d1, ...), or class probabilities
 *       shaped like input.
 *       (Tensor)
 *   weight: A weight per class, of shape (C); None for equal weights.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   ignore_index: A class index that contributes nothing (class-index targets only).
 *       (int; keyword-only in the wrappers; PyTorch's default -100)
 *   reduction: none for the per-sample losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   label_smoothing: How much of the target mass to spread uniformly over the classes, in
 *       [0, 1].
 *       (float; keyword-only in the wrappers; PyTorch's default 0.0)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.cross_entropy (ATen cross_entropy_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction, double label_smoothing) RT_TORCH_NOEXCEPT;

/*
 * Binary cross-entropy between probabilities and targets, with element weights, reduced as
 * asked.
 *   input: Probabilities in [0, 1].
 *       (Tensor)
 *   target: Targets in [0, 1], shaped like input.
 *       (Tensor)
 *   weight: A weight per element, broadcastable to input; None for equal weights.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.binary_cross_entropy (ATen binary_cross_entropy)
 */
RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Negative log-likelihood of log-probabilities at class indices, with class weights and an
 * ignored index.
 *   input: Log-probabilities of shape (N, C), (C) or (N, C, d1, ...).
 *       (Tensor)
 *   target: int64 class indices of shape (N), () or (N, d1, ...).
 *       (Tensor)
 *   weight: A weight per class, of shape (C); None for equal weights.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   ignore_index: A class index that contributes nothing.
 *       (int; keyword-only in the wrappers; PyTorch's default -100)
 *   reduction: none for the per-sample losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.nll_loss (ATen nll_loss_nd)
 */
RT_TORCH_API int64_t rt_torch_nn_nll_loss_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * A complex tensor from its real and imaginary parts.
 *   real: The real parts (float32 or float64).
 *       (Tensor)
 *   imag: The imaginary parts, of real's dtype, broadcastable to it.
 *       (Tensor)
 *   Returns: A new complex64 or complex128 tensor.
 *   On error: 0.
 *   PyTorch: torch.complex (ATen complex)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to another dtype.
 *   input: The tensor.
 *       (Tensor)
 *   dtype: The dtype to convert to.
 *       (ScalarType)
 *   non_blocking: Copy asynchronously where the devices allow it.
 *       (bool; PyTorch's default False)
 *   copy: Always copy, even when nothing changes.
 *       (bool; PyTorch's default False)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the same memory when nothing changes and copy is false).
 *   On error: 0.
 *   PyTorch: torch.Tensor.to (ATen to.dtype)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_v2(int64_t input, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor moved to a device, and optionally converted to another dtype.
 *   input: The tensor.
 *       (Tensor)
 *   device: The device to move to.
 *       (Device; as device_type, device_index)
 *   dtype: The dtype to convert to; None keeps the input's.
 *       (ScalarType?; PyTorch's default None; None: -1)
 *   non_blocking: Copy asynchronously where the devices allow it.
 *       (bool; PyTorch's default False)
 *   copy: Always copy, even when nothing changes.
 *       (bool; PyTorch's default False)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the same memory when nothing changes and copy is false).
 *   On error: 0.
 *   PyTorch: torch.Tensor.to (ATen to.device)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to the dtype and device of another tensor.
 *   input: The tensor.
 *       (Tensor)
 *   other: The tensor whose dtype and device to take.
 *       (Tensor)
 *   non_blocking: Copy asynchronously where the devices allow it.
 *       (bool; PyTorch's default False)
 *   copy: Always copy, even when nothing changes.
 *       (bool; PyTorch's default False)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the same memory when nothing changes and copy is false).
 *   On error: 0.
 *   PyTorch: torch.Tensor.to (ATen to.other)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_other(int64_t input, int64_t other, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted by keyword, to a dtype and/or a device.
 *   input: The tensor.
 *       (Tensor)
 *   dtype: The dtype to convert to; None keeps the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device to move to; None keeps the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   non_blocking: Copy asynchronously where the devices allow it.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   copy: Always copy, even when nothing changes.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the same memory when nothing changes and copy is false).
 *   On error: 0.
 *   PyTorch: torch.Tensor.to (ATen to.dtype_layout)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype_layout(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A deep copy of the tensor, in a given memory layout.
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of the copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new tensor with its own memory.
 *   On error: 0.
 *   PyTorch: torch.clone (ATen clone)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clone_v2(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor with its elements contiguous in a given memory layout.
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout.
 *       (memory_format; keyword-only in the wrappers; PyTorch's default 'contiguous_format'; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the same memory when it is already contiguous in that layout).
 *   On error: 0.
 *   PyTorch: torch.Tensor.contiguous (ATen contiguous)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_contiguous_v2(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The element-wise sine of the input, in radians.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.sin (ATen sin)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sin(int64_t input) RT_TORCH_NOEXCEPT;

#endif /* RT_TORCH_TYPES_ONLY */

#if defined(__cplusplus)
} /* extern "C" */
#endif

#endif /* RT_TORCH_SFFI_H */
