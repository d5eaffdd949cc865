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
    /* A failure of a process group (c10d, Gloo): a timeout, a peer that died or closed its connection, a rendezvous that did not complete (c10::DistError and Gloo's errors); torch.distributed raises RuntimeError (DistError, DistBackendError) for these. */
    RT_TORCH_ERR_DISTRIBUTED = 8,
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

/* The callbacks of a custom autograd function (rt_torch_autograd_function_apply takes their
 * addresses as int64_t: (int64_t)(intptr_t)&fn). The backward gets one gradient handle per
 * output (0: None) and the saved tensors' handles (0: None), new handles it owns and frees;
 * writes one handle per input into grad_inputs (prefilled with 0, None), which the bridge takes
 * and frees; returns 0, or an error code (RT_TORCH_ERR_*) with *message set to text valid until
 * it returns (or left NULL), which the backward call reports. It runs on the thread that called
 * backward or on an autograd worker thread, and may call the bridge. The free function runs once,
 * when the node is destroyed. */
typedef int32_t (*rt_torch_backward_fn)(void* user_data, const int64_t* grad_outputs, int64_t grad_outputs_len,
                                        const int64_t* saved, int64_t saved_len, int64_t* grad_inputs,
                                        int64_t grad_inputs_len, const char** message);
typedef void (*rt_torch_free_fn)(void* user_data);

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
 * Indices of the maxima along one dimension, or over the flattened tensor when dim is negative
 * (so -1 is not the last dimension here: rt_torch_torchtensor_argmax_v2 takes PyTorch's dims).
 *   handle: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; any negative value means over the flattened tensor.
 *       (int)
 *   keepdim: Keep the reduced dimension(s) with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new int64 tensor of indices (flat indices when dim is negative).
 *   On error: 0.
 *   PyTorch: torch.argmax
 */
RT_TORCH_API int64_t rt_torch_torchtensor_argmax(int64_t handle, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Indices of the minima along one dimension, or over the flattened tensor when dim is negative
 * (so -1 is not the last dimension here: rt_torch_torchtensor_argmin_v2 takes PyTorch's dims).
 *   handle: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; any negative value means over the flattened tensor.
 *       (int)
 *   keepdim: Keep the reduced dimension(s) with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new int64 tensor of indices (flat indices when dim is negative).
 *   On error: 0.
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
 * The tensor with a new shape, made contiguous first, so that it never fails on strides (a
 * non-contiguous input gives a copy that no longer shares its memory;
 * rt_torch_torchtensor_view_v2 is PyTorch's view, which never copies).
 *   handle: The tensor; any strides.
 *       (Tensor)
 *   dims: The new shape; one size may be -1 (inferred).
 *       (int[]; as dims, dims_len)
 *   Returns: A new handle: a view sharing memory with handle when handle is contiguous, else
 *   a view of a contiguous copy.
 *   On error: 0.
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
 * The affine map input @ weight^T + bias, with a bias (rt_torch_nn_linear_v2 makes it
 * optional).
 *   input: Input of shape (..., in_features).
 *       (Tensor)
 *   weight: Weights of shape (out_features, in_features).
 *       (Tensor)
 *   bias: Bias of shape (out_features); required (0 is an invalid handle, as any bad
 *       handle).
 *       (Tensor)
 *   Returns: A new tensor of shape (..., out_features).
 *   On error: 0.
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
 * Enters this thread's no-grad region (one NoGradGuard per thread): operations are not
 * recorded for backward. Idempotent, not nested: a begin while the thread already has the
 * guard does nothing (rt_torch_autograd_no_grad_begin_v2 nests).
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.no_grad.__enter__
 */
RT_TORCH_API void rt_torch_autograd_no_grad_begin(void) RT_TORCH_NOEXCEPT;

/*
 * Leaves this thread's no-grad region: deletes the guard, restoring the gradient mode from
 * before the begin that made it; without a guard it does nothing.
 *   No result: read rt_torch_error_code() after the call.
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
 * A copy of the tensor on a CUDA device, as rt_torch_torchtensor_cuda makes it: the stream
 * handle is not looked at (rt_torch_torchtensor_to_stream_v2 copies on the stream).
 *   handle: The tensor.
 *       (Tensor)
 *   device_id: The CUDA device ordinal.
 *       (int32)
 *   stream: Ignored (any value).
 *       (Stream)
 *   Returns: A new handle on the device.
 *   On error: 0.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
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
 * Blocks until all work queued on the stream has finished; an unknown or freed stream handle
 * does nothing (rt_torch_torchstream_sync_v2 reports it).
 *   handle: The stream; a value that is no live stream handle is ignored.
 *       (Stream)
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.cuda.Stream.synchronize
 */
RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Reports whether all work queued on the stream has finished; an unknown or freed stream
 * handle answers true (rt_torch_torchstream_query_v2 reports it).
 *   handle: The stream; a value that is no live stream handle has no pending work.
 *       (Stream)
 *   Returns: true when the stream is idle or is no live stream handle.
 *   On error: false (check the error code: it can be a legitimate result).
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
 * The number of live tensor and stream handles and DLPack exports, for leak checks.
 *   Returns: Handles created and not yet freed, plus DLManagedTensors from
 *   rt_torch_torchtensor_to_dlpack whose deleter has not run, over all threads.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_live_handles(void) RT_TORCH_NOEXCEPT;

/*
 * A DLPack export of the tensor (a new DLManagedTensor sharing its memory), returned as its
 * address.
 *   handle: The tensor (any dtype and device; not one with the conjugate or negative bit
 *       set). Its requires-grad flag is not exported.
 *       (Tensor)
 *   versioned: true for a DLManagedTensorVersioned (DLPack 1.x: a capsule named
 *       dltensor_versioned), false for a DLManagedTensor (DLPack 0.x: dltensor).
 *       (bool)
 *   Returns: The address of a new DLManagedTensor or DLManagedTensorVersioned (ATen's
 *   at::toDLPack / toDLPackVersioned) that keeps the tensor's storage alive; writes through
 *   either side are seen by the other. The caller owns it and must pass it exactly once to a
 *   DLPack consumer (rt_torch_tensor_from_dlpack, or another library, which calls its
 *   deleter) or to rt_torch_dlpack_free; until then it counts in rt_torch_live_handles. -1
 *   (never an address) on failure. Python wraps it in a capsule named dltensor or
 *   dltensor_versioned (Tensor.__dlpack__).
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.to_dlpack
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_dlpack(int64_t handle, bool versioned) RT_TORCH_NOEXCEPT;

/*
 * A new tensor over the memory of a DLPack DLManagedTensor (another library's array), taking
 * ownership of it.
 *   address: The address of a DLManagedTensor the caller owns (from
 *       rt_torch_torchtensor_to_dlpack or another library's DLPack export: a dltensor
 *       capsule's pointer). It cannot be validated: anything but such an address is undefined
 *       behaviour, except 0, which is a value error.
 *       (int)
 *   versioned: true when the address is of a DLManagedTensorVersioned (a
 *       dltensor_versioned capsule), false for a DLManagedTensor.
 *       (bool)
 *   Returns: A new tensor sharing the memory (no copy); the DLManagedTensor's deleter runs
 *   when the tensor's storage is freed. On failure (0, an unknown dtype or device) the
 *   caller still owns the DLManagedTensor.
 *   On error: 0.
 *   PyTorch: torch.from_dlpack
 */
RT_TORCH_API int64_t rt_torch_tensor_from_dlpack(int64_t address, bool versioned) RT_TORCH_NOEXCEPT;

/*
 * Frees a DLPack DLManagedTensor that was never consumed, by running its deleter.
 *   address: The address of a DLManagedTensor the caller owns and nobody consumed (a
 *       capsule still named dltensor); it is invalid afterwards. 0 is a value error; anything
 *       else that is not such an address is undefined behaviour.
 *       (int)
 *   versioned: true when the address is of a DLManagedTensorVersioned, false for a
 *       DLManagedTensor.
 *       (bool)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_dlpack_free(int64_t address, bool versioned) RT_TORCH_NOEXCEPT;

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
 * The stride of every dimension, in elements.
 *   input: The tensor.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the int[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       How many elements one step along each dimension skips, outermost first.
 *   PyTorch: torch.Tensor.stride
 */
RT_TORCH_API int64_t rt_torch_torchtensor_stride(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The stride of one dimension, in elements.
 *   input: The tensor.
 *       (Tensor)
 *   dim: The dimension; negative values count from the end.
 *       (int)
 *   Returns: How many elements one step along the dimension skips.
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.stride (ATen stride.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_stride_int(int64_t input, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Where the tensor's first element sits in its storage, in elements.
 *   input: The tensor.
 *       (Tensor)
 *   Returns: The offset in elements (not bytes); 0 unless the tensor is a view that starts
 *   further in.
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.storage_offset (ATen storage_offset)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_storage_offset(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Whether the elements are laid out contiguously in a memory format.
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The layout to check against.
 *       (memory_format; keyword-only in the wrappers; PyTorch's default 'contiguous_format'; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: true when the strides are those of that layout.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.is_contiguous (ATen is_contiguous.memory_format)
 */
RT_TORCH_API bool rt_torch_torchtensor_is_contiguous(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * Whether the tensor's dtype is a complex type (complex64 or complex128).
 *   input: The tensor.
 *       (Tensor)
 *   Returns: true for a complex dtype.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.is_complex (ATen is_complex)
 */
RT_TORCH_API bool rt_torch_torchtensor_is_complex(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Whether the tensor's dtype is a floating-point type (float16, bfloat16, float32 or float64).
 *   input: The tensor.
 *       (Tensor)
 *   Returns: true for a floating-point dtype.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.is_floating_point (ATen is_floating_point)
 */
RT_TORCH_API bool rt_torch_torchtensor_is_floating_point(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The size of one element in bytes.
 *   input: The tensor.
 *       (Tensor)
 *   Returns: The byte size of the tensor's dtype (4 for float32).
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.element_size
 */
RT_TORCH_API int64_t rt_torch_torchtensor_element_size(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to the dtype of another tensor.
 *   input: The tensor to convert.
 *       (Tensor)
 *   other: The tensor whose dtype (and device) to take.
 *       (Tensor)
 *   Returns: input itself when the dtype and device already match, else a converted copy.
 *   On error: 0.
 *   PyTorch: torch.Tensor.type_as (ATen type_as)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_type_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

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
 * Enters a no-grad region of this thread, nested in any already open; operations are not
 * recorded for backward.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.no_grad.__enter__
 */
RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) RT_TORCH_NOEXCEPT;

/*
 * Leaves the innermost no-grad region of this thread (each rt_torch_autograd_no_grad_begin_v2
 * needs its own end); after the outermost, gradient mode is what it was before it.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.no_grad.__exit__
 */
RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) RT_TORCH_NOEXCEPT;

/*
 * Backpropagates from a tensor, accumulating gradients into the leaves: from a scalar, or from
 * any tensor with the gradient of its output (a vector-Jacobian product).
 *   handle: The tensor to differentiate; it requires grad.
 *       (Tensor)
 *   gradient: The gradient of the output, of the tensor's shape; None for a one-element
 *       tensor (then 1).
 *       (Tensor?; PyTorch's default None; None: 0)
 *   retain_graph: Keep the graph for another backward; None for create_graph's value.
 *       (bool?; PyTorch's default None; as retain_graph, retain_graph_present; None: retain_graph_present false (the value is ignored))
 *   create_graph: Record the backward pass, for higher-order gradients.
 *       (bool; PyTorch's default False)
 *   No result: read rt_torch_error_code() after the call.
 *   Runs the autograd engine beside other calls, never beside one that runs alone (see
 *   "Threads" above).
 *   PyTorch: torch.Tensor.backward
 */
RT_TORCH_API void rt_torch_autograd_backward_v2(int64_t handle, int64_t gradient, bool retain_graph, bool retain_graph_present, bool create_graph) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor on a CUDA device, made current on the given stream and non-blocking,
 * like `with torch.cuda.stream(s): t.to(device, non_blocking=True)`.
 *   handle: The tensor.
 *       (Tensor)
 *   device_id: The CUDA device ordinal.
 *       (int32)
 *   stream: A stream of that device; synchronise it before reading the result elsewhere.
 *       (Stream)
 *   Returns: A new handle on the device.
 *   On error: 0.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.Tensor.to
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle, int32_t device_id, int64_t stream) RT_TORCH_NOEXCEPT;

/*
 * Blocks until all work queued on the stream has finished.
 *   handle: The stream; an unknown or freed handle is an error (invalid_handle).
 *       (Stream)
 *   No result: read rt_torch_error_code() after the call.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.cuda.Stream.synchronize
 */
RT_TORCH_API void rt_torch_torchstream_sync_v2(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Reports whether all work queued on the stream has finished.
 *   handle: The stream; an unknown or freed handle is an error (invalid_handle).
 *       (Stream)
 *   Returns: true when the stream is idle.
 *   On error: false (check the error code: it can be a legitimate result).
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.cuda.Stream.query
 */
RT_TORCH_API bool rt_torch_torchstream_query_v2(int64_t handle) RT_TORCH_NOEXCEPT;

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
 * A view of the same memory with a new shape; an error naming reshape when the strides do not
 * allow one.
 *   input: The tensor; its strides must allow the view.
 *       (Tensor)
 *   size: The new shape; one size may be -1 (inferred).
 *       (int[]; as size, size_len)
 *   Returns: A new handle sharing memory with input (never a copy).
 *   On error: 0.
 *   PyTorch: torch.Tensor.view (ATen view)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t input, const int64_t* size, int64_t size_len) RT_TORCH_NOEXCEPT;

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
 * The affine map input @ weight^T + bias, with an optional bias.
 *   input: Input of shape (..., in_features).
 *       (Tensor)
 *   weight: Weights of shape (out_features, in_features).
 *       (Tensor)
 *   bias: Bias of shape (out_features); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   Returns: A new tensor of shape (..., out_features).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.linear (ATen linear)
 */
RT_TORCH_API int64_t rt_torch_nn_linear_v2(int64_t input, int64_t weight, int64_t bias) RT_TORCH_NOEXCEPT;

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

/*
 * The cumulative sum of the elements along a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to accumulate along.
 *       (int)
 *   dtype: The dtype of the result (the input is converted to it first); None keeps the
 *       input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.cumsum (ATen cumsum)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cumsum(int64_t input, int64_t dim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The cumulative product of the elements along a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to accumulate along.
 *       (int)
 *   dtype: The dtype of the result (the input is converted to it first); None keeps the
 *       input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.cumprod (ATen cumprod)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cumprod(int64_t input, int64_t dim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The running maximum of the elements along a dimension, with its indices.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to accumulate along.
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The running maxima; indices: The int64 index along dim of each running
 *       maximum.
 *   PyTorch: torch.cummax (ATen cummax)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cummax(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The running minimum of the elements along a dimension, with its indices.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to accumulate along.
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The running minima; indices: The int64 index along dim of each running
 *       minimum.
 *   PyTorch: torch.cummin (ATen cummin)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cummin(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The logarithm of the cumulative sum of exponentials along a dimension, computed stably.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to accumulate along.
 *       (int)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.logcumsumexp (ATen logcumsumexp)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logcumsumexp(int64_t input, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * The logarithm of the sum of exponentials over some dimensions, computed stably.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions to reduce (one int or a list).
 *       (int[1]; as dim, dim_len; one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.logsumexp (ATen logsumexp)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logsumexp(int64_t input, const int64_t* dim, int64_t dim_len, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The product of all elements, optionally in another dtype.
 *   input: The input.
 *       (Tensor)
 *   dtype: The dtype of the result (the input is converted to it first); None keeps the
 *       input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new 0-d tensor.
 *   On error: 0.
 *   PyTorch: torch.prod (ATen prod)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_prod(int64_t input, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The product over one dimension, optionally in another dtype.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce.
 *       (int)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: The dtype of the result (the input is converted to it first); None keeps the
 *       input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.prod (ATen prod.dim_int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_prod_dim_int(int64_t input, int64_t dim, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * Whether every element along a dimension is true (non-zero).
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce.
 *       (int)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new bool tensor (uint8 for a uint8 input).
 *   On error: 0.
 *   PyTorch: torch.all (ATen all.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_all_dim(int64_t input, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Whether every element over all or some dimensions is true (non-zero).
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored))
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new bool tensor (uint8 for a uint8 input).
 *   On error: 0.
 *   PyTorch: torch.all (ATen all.dims)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_all_dims(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Whether every element is true (non-zero).
 *   input: The input.
 *       (Tensor)
 *   Returns: A new 0-d bool tensor (uint8 for a uint8 input).
 *   On error: 0.
 *   PyTorch: torch.all (ATen all)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_all(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Whether any element along a dimension is true (non-zero).
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce.
 *       (int)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new bool tensor (uint8 for a uint8 input).
 *   On error: 0.
 *   PyTorch: torch.any (ATen any.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_any_dim(int64_t input, int64_t dim, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Whether any element over all or some dimensions is true (non-zero).
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored))
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new bool tensor (uint8 for a uint8 input).
 *   On error: 0.
 *   PyTorch: torch.any (ATen any.dims)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_any_dims(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * Whether any element is true (non-zero).
 *   input: The input.
 *       (Tensor)
 *   Returns: A new 0-d bool tensor (uint8 for a uint8 input).
 *   On error: 0.
 *   PyTorch: torch.any (ATen any)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_any(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The maximum over all or some dimensions (values only).
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.amax (ATen amax)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_amax(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The minimum over all or some dimensions (values only).
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.amin (ATen amin)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_amin(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The minimum and the maximum, over everything or along one dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce; None for all.
 *       (int?; keyword-only in the wrappers; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       min: The minima; max: The maxima.
 *   PyTorch: torch.aminmax (ATen aminmax)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_aminmax(int64_t input, int64_t dim, bool dim_present, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The number of non-zero elements over some dimensions.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions to count over.
 *       (int[]; as dim, dim_len)
 *   Returns: A new int64 tensor.
 *   On error: 0.
 *   PyTorch: torch.count_nonzero (ATen count_nonzero.dim_IntList)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len) RT_TORCH_NOEXCEPT;

/*
 * The number of non-zero elements, over everything or along one dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to count along; None for all.
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   Returns: A new int64 tensor.
 *   On error: 0.
 *   PyTorch: torch.count_nonzero (ATen count_nonzero)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_count_nonzero(int64_t input, int64_t dim, bool dim_present) RT_TORCH_NOEXCEPT;

/*
 * The sum over all or some dimensions, NaN counted as zero.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: The dtype of the result (the input is converted to it first); None keeps the
 *       input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nansum (ATen nansum)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nansum(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The mean of the non-NaN elements over all or some dimensions.
 *   input: A floating-point input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: The dtype of the result (the input is converted to it first); None keeps the
 *       input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nanmean (ATen nanmean)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nanmean(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The median of all elements (the lower of the two middle values for an even count).
 *   input: The input.
 *       (Tensor)
 *   Returns: A new 0-d tensor.
 *   On error: 0.
 *   PyTorch: torch.median (ATen median)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_median(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The median along a dimension, with its indices.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce.
 *       (int)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The medians; indices: Their int64 indices along dim.
 *   PyTorch: torch.median (ATen median.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_median_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The median of all non-NaN elements.
 *   input: The input.
 *       (Tensor)
 *   Returns: A new 0-d tensor.
 *   On error: 0.
 *   PyTorch: torch.nanmedian (ATen nanmedian)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The median of the non-NaN elements along a dimension, with its indices.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce.
 *       (int)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The medians (NaN ignored); indices: Their int64 indices along dim.
 *   PyTorch: torch.nanmedian (ATen nanmedian.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nanmedian_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The most frequent value along a dimension (the smallest on a tie), with its indices.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to reduce (default the last).
 *       (int; PyTorch's default -1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The modes; indices: Their int64 indices along dim.
 *   PyTorch: torch.mode (ATen mode)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mode(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The k-th smallest value along a dimension, with its indices.
 *   input: The input.
 *       (Tensor)
 *   k: Which value: 1 for the smallest.
 *       (int)
 *   dim: The dimension to search (default the last).
 *       (int; PyTorch's default -1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The k-th smallest values; indices: Their int64 indices along dim.
 *   PyTorch: torch.kthvalue (ATen kthvalue)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_kthvalue(int64_t input, int64_t k, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The k largest (or smallest) values along a dimension, with their indices.
 *   input: The input.
 *       (Tensor)
 *   k: How many values.
 *       (int)
 *   dim: The dimension to search (default the last).
 *       (int; PyTorch's default -1)
 *   largest: The largest values (false: the smallest).
 *       (bool; PyTorch's default True)
 *   sorted: Return them in sorted order.
 *       (bool; PyTorch's default True)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The k largest (or smallest) values; indices: Their int64 indices along dim.
 *   PyTorch: torch.topk (ATen topk)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_topk(int64_t input, int64_t k, int64_t dim, bool largest, bool sorted, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The values sorted along a dimension, with their original indices.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to sort along (default the last).
 *       (int; PyTorch's default -1)
 *   descending: Sort in descending order (false: ascending).
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The sorted values; indices: The int64 index in input of each sorted value.
 *   PyTorch: torch.sort (ATen sort)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sort(int64_t input, int64_t dim, bool descending, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The values sorted along a dimension, with their original indices, optionally stable.
 *   input: The input.
 *       (Tensor)
 *   stable: Keep equal elements in their original order; None for false.
 *       (bool?; keyword-only in the wrappers; as stable, stable_present; None: stable_present false (the value is ignored))
 *   dim: The dimension to sort along (default the last).
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   descending: Sort in descending order (false: ascending).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The sorted values; indices: The int64 index in input of each sorted value.
 *   PyTorch: torch.sort (ATen sort.stable)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sort_stable(int64_t input, bool stable, bool stable_present, int64_t dim, bool descending, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The indices that sort the values along a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to sort along (default the last).
 *       (int; PyTorch's default -1)
 *   descending: Sort in descending order (false: ascending).
 *       (bool; PyTorch's default False)
 *   Returns: A new int64 tensor.
 *   On error: 0.
 *   PyTorch: torch.argsort (ATen argsort)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_argsort(int64_t input, int64_t dim, bool descending) RT_TORCH_NOEXCEPT;

/*
 * The indices that sort the values along a dimension, optionally stable.
 *   input: The input.
 *       (Tensor)
 *   stable: Keep equal elements in their original order.
 *       (bool; keyword-only in the wrappers)
 *   dim: The dimension to sort along (default the last).
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   descending: Sort in descending order (false: ascending).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new int64 tensor.
 *   On error: 0.
 *   PyTorch: torch.argsort (ATen argsort.stable)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_argsort_stable(int64_t input, bool stable, int64_t dim, bool descending) RT_TORCH_NOEXCEPT;

/*
 * The values sorted along the first dimension, ascending.
 *   input: The input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.msort (ATen msort)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_msort(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The q-th quantiles, over everything or along one dimension (q a tensor).
 *   input: A floating-point input.
 *       (Tensor)
 *   q: The quantiles, in [0, 1]: a 0-d or 1-D floating-point tensor.
 *       (Tensor)
 *   dim: The dimension to reduce; None for all (the input flattened).
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   interpolation: How to interpolate between two data points: linear, lower, higher,
 *       midpoint or nearest.
 *       (str; keyword-only in the wrappers; PyTorch's default 'linear')
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.quantile (ATen quantile)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_quantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;

/*
 * The q-th quantile, over everything or along one dimension (q a number).
 *   input: A floating-point input.
 *       (Tensor)
 *   q: The quantile, in [0, 1].
 *       (float)
 *   dim: The dimension to reduce; None for all (the input flattened).
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   interpolation: How to interpolate between two data points: linear, lower, higher,
 *       midpoint or nearest.
 *       (str; keyword-only in the wrappers; PyTorch's default 'linear')
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.quantile (ATen quantile.scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_quantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;

/*
 * The q-th quantiles ignoring NaN, over everything or along one dimension (q a tensor).
 *   input: A floating-point input.
 *       (Tensor)
 *   q: The quantiles, in [0, 1]: a 0-d or 1-D floating-point tensor.
 *       (Tensor)
 *   dim: The dimension to reduce; None for all (the input flattened).
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   interpolation: How to interpolate between two data points: linear, lower, higher,
 *       midpoint or nearest.
 *       (str; keyword-only in the wrappers; PyTorch's default 'linear')
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nanquantile (ATen nanquantile)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;

/*
 * The q-th quantile ignoring NaN, over everything or along one dimension (q a number).
 *   input: A floating-point input.
 *       (Tensor)
 *   q: The quantile, in [0, 1].
 *       (float)
 *   dim: The dimension to reduce; None for all (the input flattened).
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   interpolation: How to interpolate between two data points: linear, lower, higher,
 *       midpoint or nearest.
 *       (str; keyword-only in the wrappers; PyTorch's default 'linear')
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nanquantile (ATen nanquantile.scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nanquantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation) RT_TORCH_NOEXCEPT;

/*
 * The variance and the mean of all elements, with or without Bessel's correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   unbiased: Divide by N - 1 (true) or by N (false).
 *       (bool; PyTorch's default True)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       variance: The variance; mean: The mean.
 *   PyTorch: torch.var_mean (ATen var_mean)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_var_mean(int64_t input, bool unbiased, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The variance and the mean over some dimensions, with or without Bessel's correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   dim: The dimensions to reduce (one int or a list); None for all.
 *       (int[1]?; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   unbiased: Divide by N - 1 (true) or by N (false).
 *       (bool; PyTorch's default True)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       variance: The variance; mean: The mean.
 *   PyTorch: torch.var_mean (ATen var_mean.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The variance and the mean over all or some dimensions, with a given correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   correction: The difference N - divisor; None for 1 (Bessel's correction).
 *       (Scalar?; keyword-only in the wrappers; PyTorch's default None; as correction, correction_int, correction_kind; None: correction_kind -1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       variance: The variance; mean: The mean.
 *   PyTorch: torch.var_mean (ATen var_mean.correction)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_var_mean_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The standard deviation and the mean of all elements, with or without Bessel's correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   unbiased: Divide by N - 1 (true) or by N (false).
 *       (bool; PyTorch's default True)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       std_dev: The standard deviation; mean: The mean.
 *   PyTorch: torch.std_mean (ATen std_mean)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_std_mean(int64_t input, bool unbiased, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The standard deviation and the mean over some dimensions, with or without Bessel's
 * correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   dim: The dimensions to reduce (one int or a list); None for all.
 *       (int[1]?; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   unbiased: Divide by N - 1 (true) or by N (false).
 *       (bool; PyTorch's default True)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       std_dev: The standard deviation; mean: The mean.
 *   PyTorch: torch.std_mean (ATen std_mean.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The standard deviation and the mean over all or some dimensions, with a given correction.
 *   input: A floating-point input.
 *       (Tensor)
 *   dim: The dimensions to reduce; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   correction: The difference N - divisor; None for 1 (Bessel's correction).
 *       (Scalar?; keyword-only in the wrappers; PyTorch's default None; as correction, correction_int, correction_kind; None: correction_kind -1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       std_dev: The standard deviation; mean: The mean.
 *   PyTorch: torch.std_mean (ATen std_mean.correction)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_std_mean_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The histogram of the elements in equal-width bins over a range.
 *   input: The input.
 *       (Tensor)
 *   bins: The number of bins.
 *       (int; PyTorch's default 100)
 *   min: The lower end of the range; min = max = 0 uses the data's minimum and maximum.
 *       (Scalar; PyTorch's default 0; as min, min_int, min_kind)
 *   max: The upper end of the range (inclusive).
 *       (Scalar; PyTorch's default 0; as max, max_int, max_kind)
 *   Returns: A new 1-D tensor of bins counts, in input's dtype.
 *   On error: 0.
 *   PyTorch: torch.histc (ATen histc)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_histc(int64_t input, int64_t bins, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;

/*
 * The number of occurrences (or summed weights) of each non-negative integer value.
 *   input: A 1-D tensor of non-negative integers.
 *       (Tensor)
 *   weights: A weight for each element (the result is then floating-point); None counts 1
 *       each.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   minlength: The least number of bins.
 *       (int; PyTorch's default 0)
 *   Returns: A new 1-D tensor of max(max(input) + 1, minlength) counts.
 *   On error: 0.
 *   PyTorch: torch.bincount (ATen bincount)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bincount(int64_t input, int64_t weights, int64_t minlength) RT_TORCH_NOEXCEPT;

/*
 * The index of the bucket each element falls in, given sorted boundaries.
 *   input: The values to place.
 *       (Tensor)
 *   boundaries: A 1-D tensor of increasing boundaries.
 *       (Tensor)
 *   out_int32: Return int32 indices (false: int64).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   right: For a value equal to a boundary, return the index after it (false: the index of
 *       it).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new int64 (or int32) tensor of input's shape.
 *   On error: 0.
 *   PyTorch: torch.bucketize (ATen bucketize.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bucketize_tensor(int64_t input, int64_t boundaries, bool out_int32, bool right) RT_TORCH_NOEXCEPT;

/*
 * The index of the bucket a number falls in, given sorted boundaries.
 *   input: The value to place.
 *       (Scalar; as input, input_int, input_kind)
 *   boundaries: A 1-D tensor of increasing boundaries.
 *       (Tensor)
 *   out_int32: Return int32 indices (false: int64).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   right: For a value equal to a boundary, return the index after it (false: the index of
 *       it).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new 0-d int64 (or int32) tensor.
 *   On error: 0.
 *   PyTorch: torch.bucketize (ATen bucketize.Scalar)
 */
RT_TORCH_API int64_t rt_torch_tensor_bucketize_scalar(double input, int64_t input_int, int32_t input_kind, int64_t boundaries, bool out_int32, bool right) RT_TORCH_NOEXCEPT;

/*
 * The indices where values would be inserted into the innermost dimension of a sorted
 * sequence.
 *   sorted_sequence: The sequences, increasing along the innermost dimension (unless
 *       sorter is given).
 *       (Tensor)
 *   input: The values to find positions for.
 *       (Tensor)
 *   out_int32: Return int32 indices (false: int64).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   right: Return the last suitable index (false: the first).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   side: left or right, the same as right (preferred); None uses right.
 *       (str?; keyword-only in the wrappers; PyTorch's default None; None: NULL)
 *   sorter: The indices that sort sorted_sequence along its innermost dimension; None when
 *       it is sorted.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   Returns: A new int64 (or int32) tensor of input's shape.
 *   On error: 0.
 *   PyTorch: torch.searchsorted (ATen searchsorted.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_tensor(int64_t sorted_sequence, int64_t input, bool out_int32, bool right, const char* side, int64_t sorter) RT_TORCH_NOEXCEPT;

/*
 * The index where a number would be inserted into a sorted 1-D sequence.
 *   sorted_sequence: The sequences, increasing along the innermost dimension (unless
 *       sorter is given).
 *       (Tensor)
 *   input: The value to find a position for.
 *       (Scalar; as input, input_int, input_kind)
 *   out_int32: Return int32 indices (false: int64).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   right: Return the last suitable index (false: the first).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   side: left or right, the same as right (preferred); None uses right.
 *       (str?; keyword-only in the wrappers; PyTorch's default None; None: NULL)
 *   sorter: The indices that sort sorted_sequence along its innermost dimension; None when
 *       it is sorted.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   Returns: A new 0-d int64 (or int32) tensor.
 *   On error: 0.
 *   PyTorch: torch.searchsorted (ATen searchsorted.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_searchsorted_scalar(int64_t sorted_sequence, double input, int64_t input_int, int32_t input_kind, bool out_int32, bool right, const char* side, int64_t sorter) RT_TORCH_NOEXCEPT;

/*
 * The n-th forward difference along a dimension, optionally with values prepended or appended.
 *   input: The input.
 *       (Tensor)
 *   n: How many times to take the difference.
 *       (int; PyTorch's default 1)
 *   dim: The dimension (default the last).
 *       (int; PyTorch's default -1)
 *   prepend: Values put before input along dim; None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   append: Values put after input along dim; None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.diff (ATen diff)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_diff(int64_t input, int64_t n, int64_t dim, int64_t prepend, int64_t append) RT_TORCH_NOEXCEPT;

/*
 * A view of the tensor with its size-1 dimensions repeated (without copying) to a larger size.
 *   input: The input.
 *       (Tensor)
 *   size: The new size; -1 keeps a dimension's size.
 *       (int[]; as size, size_len)
 *   implicit: Internal (PyTorch's tracer): the expansion is implicit; no effect on the
 *       result.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.Tensor.expand (ATen expand)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_expand(int64_t input, const int64_t* size, int64_t size_len, bool implicit) RT_TORCH_NOEXCEPT;

/*
 * A view of the tensor expanded to the size of another.
 *   input: The input.
 *       (Tensor)
 *   other: The tensor whose size to take.
 *       (Tensor)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.Tensor.expand_as (ATen expand_as)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_expand_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * A view of the tensor broadcast to a shape.
 *   input: The input.
 *       (Tensor)
 *   size: The shape; -1 keeps a dimension's size.
 *       (int[]; as size, size_len)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.broadcast_to (ATen broadcast_to)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_broadcast_to(int64_t input, const int64_t* size, int64_t size_len) RT_TORCH_NOEXCEPT;

/*
 * The tensor with the order of its elements reversed along some dimensions.
 *   input: The input.
 *       (Tensor)
 *   dims: The dimensions to reverse.
 *       (int[]; as dims, dims_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.flip (ATen flip)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_flip(int64_t input, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * The tensor with its columns reversed (dimension 1).
 *   input: An input of at least 2 dimensions.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.fliplr (ATen fliplr)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_fliplr(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The tensor with its rows reversed (dimension 0).
 *   input: An input of at least 1 dimension.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.flipud (ATen flipud)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_flipud(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The tensor with its elements shifted circularly along some dimensions.
 *   input: The input.
 *       (Tensor)
 *   shifts: The number of places to shift by, one per dimension in dims.
 *       (int[1]; as shifts, shifts_len; one value stands for 1)
 *   dims: The dimensions to roll along; None rolls the flattened tensor (and keeps the
 *       shape).
 *       (int[1]?; PyTorch's default None; as dims, dims_len, dims_present; None: dims_present false (the array is ignored); one value stands for 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.roll (ATen roll)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_roll(int64_t input, const int64_t* shifts, int64_t shifts_len, const int64_t* dims, int64_t dims_len, bool dims_present) RT_TORCH_NOEXCEPT;

/*
 * The tensor rotated by 90 degrees k times in the plane of two dimensions.
 *   input: The input.
 *       (Tensor)
 *   k: How many times to rotate (negative: clockwise).
 *       (int; PyTorch's default 1)
 *   dims: The two dimensions of the plane; the rotation is from the first towards the
 *       second.
 *       (int[]; PyTorch's default [0, 1]; as dims, dims_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.rot90 (ATen rot90)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_rot90(int64_t input, int64_t k, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * The tensor tiled a number of times along each dimension.
 *   input: The input.
 *       (Tensor)
 *   repeats: The number of times to repeat along each dimension (at least input.dim() of
 *       them).
 *       (int[]; as repeats, repeats_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.Tensor.repeat (ATen repeat)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_repeat(int64_t input, const int64_t* repeats, int64_t repeats_len) RT_TORCH_NOEXCEPT;

/*
 * The indices 0, 1, ... each repeated the number of times given.
 *   repeats: A 1-D int64 tensor: how many times to repeat each index.
 *       (Tensor)
 *   output_size: The size of the result along dim, when known (saves a device sync); None
 *       to compute it.
 *       (int?; keyword-only in the wrappers; PyTorch's default None; as output_size, output_size_present; None: output_size_present false (the value is ignored))
 *   Returns: A new 1-D int64 tensor.
 *   On error: 0.
 *   PyTorch: torch.repeat_interleave (ATen repeat_interleave.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_tensor(int64_t repeats, int64_t output_size, bool output_size_present) RT_TORCH_NOEXCEPT;

/*
 * The elements repeated one after the other, each a number of times given per element.
 *   input: The input.
 *       (Tensor)
 *   repeats: How many times to repeat each element (0-d or one per element along dim).
 *       (Tensor)
 *   dim: The dimension to repeat along; None repeats the flattened input (a 1-D result).
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   output_size: The size of the result along dim, when known (saves a device sync); None
 *       to compute it.
 *       (int?; keyword-only in the wrappers; PyTorch's default None; as output_size, output_size_present; None: output_size_present false (the value is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.repeat_interleave (ATen repeat_interleave.self_Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_tensor(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present) RT_TORCH_NOEXCEPT;

/*
 * The elements repeated one after the other, each the same number of times.
 *   input: The input.
 *       (Tensor)
 *   repeats: How many times to repeat each element.
 *       (int)
 *   dim: The dimension to repeat along; None repeats the flattened input (a 1-D result).
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   output_size: The size of the result along dim, when known (saves a device sync); None
 *       to compute it.
 *       (int?; keyword-only in the wrappers; PyTorch's default None; as output_size, output_size_present; None: output_size_present false (the value is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.repeat_interleave (ATen repeat_interleave.self_int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_repeat_interleave_self_int(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present) RT_TORCH_NOEXCEPT;

/*
 * The tensor tiled a number of times along each dimension (fewer repetitions than dimensions
 * count from the last).
 *   input: The input.
 *       (Tensor)
 *   dims: The number of times to repeat along each dimension.
 *       (int[]; as dims, dims_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.tile (ATen tile)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_tile(int64_t input, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A view with some dimensions moved to other positions.
 *   input: The input.
 *       (Tensor)
 *   source: The dimensions to move (distinct).
 *       (int[]; as source, source_len)
 *   destination: Their new positions (distinct).
 *       (int[]; as destination, destination_len)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.movedim (ATen movedim.intlist)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_movedim_intlist(int64_t input, const int64_t* source, int64_t source_len, const int64_t* destination, int64_t destination_len) RT_TORCH_NOEXCEPT;

/*
 * A view with one dimension moved to another position.
 *   input: The input.
 *       (Tensor)
 *   source: The dimension to move.
 *       (int)
 *   destination: Its new position.
 *       (int)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.movedim (ATen movedim.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_movedim_int(int64_t input, int64_t source, int64_t destination) RT_TORCH_NOEXCEPT;

/*
 * The slices along a dimension, that dimension removed (views).
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to remove.
 *       (int; PyTorch's default 0)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.unbind (ATen unbind.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_unbind_int(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split into pieces of a given size along a dimension (views; the last may be
 * smaller).
 *   input: The input.
 *       (Tensor)
 *   split_size: The size of each piece.
 *       (int)
 *   dim: The dimension to split along.
 *       (int; PyTorch's default 0)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.split (ATen split.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_split_tensor(int64_t input, int64_t split_size, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split into pieces of the given sizes along a dimension (views).
 *   input: The input.
 *       (Tensor)
 *   split_size: The size of each piece; they sum to the size of dim.
 *       (int[]; as split_size, split_size_len)
 *   dim: The dimension to split along.
 *       (int; PyTorch's default 0)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.split (ATen split.sizes)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_split_sizes(int64_t input, const int64_t* split_size, int64_t split_size_len, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split into pieces of the given sizes along a dimension (views).
 *   input: The input.
 *       (Tensor)
 *   split_sizes: The size of each piece; they sum to the size of dim.
 *       (int[]; as split_sizes, split_sizes_len)
 *   dim: The dimension to split along.
 *       (int; PyTorch's default 0)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.split_with_sizes (ATen split_with_sizes)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_split_with_sizes(int64_t input, const int64_t* split_sizes, int64_t split_sizes_len, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split into a number of nearly equal pieces along a dimension (views).
 *   input: The input.
 *       (Tensor)
 *   sections: The number of pieces; the first size % sections pieces are one larger.
 *       (int)
 *   dim: The dimension to split along.
 *       (int; PyTorch's default 0)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.tensor_split (ATen tensor_split.sections)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_sections(int64_t input, int64_t sections, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split before the given indices along a dimension (views).
 *   input: The input.
 *       (Tensor)
 *   indices: The indices to split before.
 *       (int[]; as indices, indices_len)
 *   dim: The dimension to split along.
 *       (int; PyTorch's default 0)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.tensor_split (ATen tensor_split.indices)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_indices(int64_t input, const int64_t* indices, int64_t indices_len, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split along a dimension into the number of pieces, or before the indices, a
 * tensor gives (views).
 *   input: The input.
 *       (Tensor)
 *   tensor_indices_or_sections: A 0-d int64 tensor (the number of pieces) or a 1-D int64
 *       tensor (the indices to split before), on the CPU.
 *       (Tensor)
 *   dim: The dimension to split along.
 *       (int; PyTorch's default 0)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.tensor_split (ATen tensor_split.tensor_indices_or_sections)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(int64_t input, int64_t tensor_indices_or_sections, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split into equal pieces along its second dimension (the first for 1-D; views).
 *   input: The input.
 *       (Tensor)
 *   sections: The number of equal pieces (it divides the size).
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.hsplit (ATen hsplit.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split before the given indices along its second dimension (the first for 1-D;
 * views).
 *   input: The input.
 *       (Tensor)
 *   indices: The indices to split before.
 *       (int[]; as indices, indices_len)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.hsplit (ATen hsplit.array)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_hsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split into equal pieces along its first dimension (views).
 *   input: The input.
 *       (Tensor)
 *   sections: The number of equal pieces (it divides the size).
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.vsplit (ATen vsplit.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split before the given indices along its first dimension (views).
 *   input: The input.
 *       (Tensor)
 *   indices: The indices to split before.
 *       (int[]; as indices, indices_len)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.vsplit (ATen vsplit.array)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_vsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split into equal pieces along its third dimension (views).
 *   input: The input.
 *       (Tensor)
 *   sections: The number of equal pieces (it divides the size).
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.dsplit (ATen dsplit.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor split before the given indices along its third dimension (views).
 *   input: The input.
 *       (Tensor)
 *   indices: The indices to split before.
 *       (int[]; as indices, indices_len)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to views of input, one per piece.
 *   PyTorch: torch.dsplit (ATen dsplit.array)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_dsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * A view of a range of positions along a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to narrow.
 *       (int)
 *   start: The first position (negative counts from the end).
 *       (int)
 *   length: The number of positions.
 *       (int)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.narrow (ATen narrow)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_narrow(int64_t input, int64_t dim, int64_t start, int64_t length) RT_TORCH_NOEXCEPT;

/*
 * A view of a range of positions along a dimension, the start given as a 0-d tensor.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to narrow.
 *       (int)
 *   start: The first position, a 0-d integer tensor (negative counts from the end).
 *       (Tensor)
 *   length: The number of positions.
 *       (int)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.narrow (ATen narrow.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_narrow_tensor(int64_t input, int64_t dim, int64_t start, int64_t length) RT_TORCH_NOEXCEPT;

/*
 * A view with one dimension expanded into several.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to expand.
 *       (int)
 *   sizes: Its new sizes, whose product is its size; one may be -1.
 *       (int[]; as sizes, sizes_len)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.unflatten (ATen unflatten.int)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_unflatten_int(int64_t input, int64_t dim, const int64_t* sizes, int64_t sizes_len) RT_TORCH_NOEXCEPT;

/*
 * The elements as a 1-D tensor (a view when possible).
 *   input: The input.
 *       (Tensor)
 *   Returns: A new handle (a view of input when it is contiguous, else a copy).
 *   On error: 0.
 *   PyTorch: torch.ravel (ATen ravel)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ravel(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The tensors concatenated column-wise (along dimension 1; dimension 0 for 1-D tensors).
 *   tensors: The tensors to concatenate.
 *       (Tensor[]; as tensors, tensors_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.hstack (ATen hstack)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_hstack(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;

/*
 * The tensors concatenated row-wise (1-D tensors as rows).
 *   tensors: The tensors to concatenate.
 *       (Tensor[]; as tensors, tensors_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.vstack (ATen vstack)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_vstack(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;

/*
 * The tensors concatenated depth-wise (along dimension 2, each made at least 3-D).
 *   tensors: The tensors to concatenate.
 *       (Tensor[]; as tensors, tensors_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.dstack (ATen dstack)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_dstack(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;

/*
 * The tensors concatenated as columns (1-D and 0-d tensors as columns).
 *   tensors: The tensors to concatenate.
 *       (Tensor[]; as tensors, tensors_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.column_stack (ATen column_stack)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_column_stack(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;

/*
 * The tensor, a 0-d one as 1-D.
 *   input: The input.
 *       (Tensor)
 *   Returns: A new handle (a view of input, or input itself).
 *   On error: 0.
 *   PyTorch: torch.atleast_1d (ATen atleast_1d)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Each tensor, a 0-d one as 1-D.
 *   tensors: The tensors.
 *       (Tensor[]; as tensors, tensors_len)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles, one per tensor (views or the tensors themselves).
 *   PyTorch: torch.atleast_1d (ATen atleast_1d.Sequence)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_1d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor with at least 2 dimensions (size-1 ones added in front).
 *   input: The input.
 *       (Tensor)
 *   Returns: A new handle (a view of input, or input itself).
 *   On error: 0.
 *   PyTorch: torch.atleast_2d (ATen atleast_2d)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Each tensor with at least 2 dimensions (size-1 ones added in front).
 *   tensors: The tensors.
 *       (Tensor[]; as tensors, tensors_len)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles, one per tensor (views or the tensors themselves).
 *   PyTorch: torch.atleast_2d (ATen atleast_2d.Sequence)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_2d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The tensor with at least 3 dimensions (size-1 ones added).
 *   input: The input.
 *       (Tensor)
 *   Returns: A new handle (a view of input, or input itself).
 *   On error: 0.
 *   PyTorch: torch.atleast_3d (ATen atleast_3d)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Each tensor with at least 3 dimensions (size-1 ones added).
 *   tensors: The tensors.
 *       (Tensor[]; as tensors, tensors_len)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles, one per tensor (views or the tensors themselves).
 *   PyTorch: torch.atleast_3d (ATen atleast_3d.Sequence)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_atleast_3d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The lower triangle of the (batched) matrices, the rest zero.
 *   input: The input.
 *       (Tensor)
 *   diagonal: The diagonal above which to zero: 0 the main one, positive above it,
 *       negative below.
 *       (int; PyTorch's default 0)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.tril (ATen tril)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_tril(int64_t input, int64_t diagonal) RT_TORCH_NOEXCEPT;

/*
 * The upper triangle of the (batched) matrices, the rest zero.
 *   input: The input.
 *       (Tensor)
 *   diagonal: The diagonal below which to zero: 0 the main one, positive above it,
 *       negative below.
 *       (int; PyTorch's default 0)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.triu (ATen triu)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_triu(int64_t input, int64_t diagonal) RT_TORCH_NOEXCEPT;

/*
 * The diagonal of a matrix as a 1-D tensor, or a 1-D tensor as the diagonal of a square
 * matrix.
 *   input: A 1-D or 2-D input.
 *       (Tensor)
 *   diagonal: Which diagonal: 0 the main one, positive above it, negative below.
 *       (int; PyTorch's default 0)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.diag (ATen diag)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_diag(int64_t input, int64_t diagonal) RT_TORCH_NOEXCEPT;

/*
 * A tensor whose diagonals (in the plane of two dimensions) are filled with the input's last
 * dimension.
 *   input: The input.
 *       (Tensor)
 *   offset: Which diagonal: 0 the main one, positive above it, negative below.
 *       (int; PyTorch's default 0)
 *   dim1: The first dimension of the plane, in the result.
 *       (int; PyTorch's default -2)
 *   dim2: The second dimension of the plane, in the result.
 *       (int; PyTorch's default -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.diag_embed (ATen diag_embed)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_diag_embed(int64_t input, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;

/*
 * A view of a diagonal with respect to two dimensions, as the last dimension.
 *   input: An input of at least 2 dimensions.
 *       (Tensor)
 *   offset: Which diagonal: 0 the main one, positive above it, negative below.
 *       (int; PyTorch's default 0)
 *   dim1: The first dimension of the plane.
 *       (int; PyTorch's default 0)
 *   dim2: The second dimension of the plane.
 *       (int; PyTorch's default 1)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.diagonal (ATen diagonal)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_diagonal(int64_t input, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;

/*
 * A square matrix with the flattened input on a diagonal.
 *   input: The input.
 *       (Tensor)
 *   offset: Which diagonal: 0 the main one, positive above it, negative below.
 *       (int; PyTorch's default 0)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.diagflat (ATen diagflat)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_diagflat(int64_t input, int64_t offset) RT_TORCH_NOEXCEPT;

/*
 * The sum of the main diagonal of a 2-D tensor.
 *   input: A 2-D input.
 *       (Tensor)
 *   Returns: A new 0-d tensor (int64 for an integer input).
 *   On error: 0.
 *   PyTorch: torch.trace (ATen trace)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_trace(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The Kronecker product of two tensors.
 *   input: The first factor.
 *       (Tensor)
 *   other: The second factor.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.kron (ATen kron)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_kron(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Coordinate grids from 1-D tensors, in ij indexing (PyTorch warns that its default will
 * change).
 *   tensors: The 1-D (or 0-d) tensors, one per dimension of the grids.
 *       (Tensor[]; as tensors, tensors_len)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to the grids (expanded views), one per tensor.
 *   PyTorch: torch.meshgrid (ATen meshgrid)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Coordinate grids from 1-D tensors, in ij (matrix) or xy (Cartesian) indexing.
 *   tensors: The 1-D (or 0-d) tensors, one per dimension of the grids.
 *       (Tensor[]; as tensors, tensors_len)
 *   indexing: ij (the first tensor varies along the first dimension) or xy (swaps the
 *       first two dimensions).
 *       (str; keyword-only in the wrappers)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to the grids (expanded views), one per tensor.
 *   PyTorch: torch.meshgrid (ATen meshgrid.indexing)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_meshgrid_indexing(const int64_t* tensors, int64_t tensors_len, const char* indexing, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * A view of the tensor with the size of another.
 *   input: The input.
 *       (Tensor)
 *   other: The tensor whose size to take.
 *       (Tensor)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.Tensor.view_as (ATen view_as)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_view_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The tensor with the shape of another (a view when possible).
 *   input: The input.
 *       (Tensor)
 *   other: The tensor whose shape to take.
 *       (Tensor)
 *   Returns: A new handle (a view of input when possible, else a copy).
 *   On error: 0.
 *   PyTorch: torch.Tensor.reshape_as (ATen reshape_as)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_reshape_as(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * A view of all slices of a given size along a dimension, a step apart, as a new last
 * dimension.
 *   input: The input.
 *       (Tensor)
 *   dimension: The dimension to take the slices along.
 *       (int)
 *   size: The size of each slice.
 *       (int)
 *   step: The distance between the starts of consecutive slices.
 *       (int)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.Tensor.unfold (ATen unfold)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_unfold(int64_t input, int64_t dimension, int64_t size, int64_t step) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with alpha times the slices of source added at the given indices along
 * a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: A 1-D int64 (or int32) tensor of indices along dim.
 *       (Tensor)
 *   source: The slices to add, one per index.
 *       (Tensor)
 *   alpha: The multiplier of source.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.index_add (ATen index_add)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_add(int64_t input, int64_t dim, int64_t index, int64_t source, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with the slices of source written at the given indices along a
 * dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: A 1-D int64 (or int32) tensor of indices along dim.
 *       (Tensor)
 *   source: The slices to write, one per index.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.index_copy (ATen index_copy)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_copy(int64_t input, int64_t dim, int64_t index, int64_t source) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with the slices at the given indices along a dimension filled with a
 * number.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: A 1-D int64 (or int32) tensor of indices along dim.
 *       (Tensor)
 *   value: The value to fill with.
 *       (Scalar; as value, value_int, value_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.index_fill (ATen index_fill.int_Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_scalar(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with the slices at the given indices along a dimension filled with a
 * 0-d tensor's value.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: A 1-D int64 (or int32) tensor of indices along dim.
 *       (Tensor)
 *   value: A 0-d tensor holding the value to fill with.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.index_fill (ATen index_fill.int_Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input, int64_t dim, int64_t index, int64_t value) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with values written (or added) at the positions advanced indexing
 * selects.
 *   input: The input.
 *       (Tensor)
 *   indices: One index tensor (int64 or bool) or None per leading dimension, as in
 *       input[indices].
 *       (Tensor?[]; as indices, indices_len)
 *   values: The values, broadcast to the indexed shape.
 *       (Tensor)
 *   accumulate: Add the values (true) or write them (false).
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.index_put (ATen index_put)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_put(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with the slices of source reduced into it (prod, mean, amax, amin) at
 * the given indices along a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: A 1-D int64 (or int32) tensor of indices along dim.
 *       (Tensor)
 *   source: The slices to reduce in, one per index.
 *       (Tensor)
 *   reduce: The reduction: prod, mean, amax or amin.
 *       (str)
 *   include_self: Include input's own values in the reduction.
 *       (bool; keyword-only in the wrappers; PyTorch's default True)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.index_reduce (ATen index_reduce)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_reduce(int64_t input, int64_t dim, int64_t index, int64_t source, const char* reduce, bool include_self) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with the elements of src written at the positions index gives along a
 * dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: An int64 tensor of indices along dim, of input's number of dimensions.
 *       (Tensor)
 *   src: The values, read at index's positions.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.scatter (ATen scatter.src)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_src(int64_t input, int64_t dim, int64_t index, int64_t src) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with a number written at the positions index gives along a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: An int64 tensor of indices along dim, of input's number of dimensions.
 *       (Tensor)
 *   value: The value.
 *       (Scalar; as value, value_int, value_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.scatter (ATen scatter.value)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with the elements of src added or multiplied in at the positions index
 * gives along a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: An int64 tensor of indices along dim, of input's number of dimensions.
 *       (Tensor)
 *   src: The values, read at index's positions.
 *       (Tensor)
 *   reduce: add or multiply.
 *       (str; keyword-only in the wrappers)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.scatter (ATen scatter.reduce)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with a number added or multiplied in at the positions index gives along
 * a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: An int64 tensor of indices along dim, of input's number of dimensions.
 *       (Tensor)
 *   value: The value.
 *       (Scalar; as value, value_int, value_kind)
 *   reduce: add or multiply.
 *       (str; keyword-only in the wrappers)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.scatter (ATen scatter.value_reduce)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_value_reduce(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind, const char* reduce) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with the elements of src added at the positions index gives along a
 * dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: An int64 tensor of indices along dim, of input's number of dimensions.
 *       (Tensor)
 *   src: The values, read at index's positions.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.scatter_add (ATen scatter_add)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_add(int64_t input, int64_t dim, int64_t index, int64_t src) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with the elements of src reduced into it (sum, prod, mean, amax, amin)
 * at the positions index gives along a dimension.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension to index along.
 *       (int)
 *   index: An int64 tensor of indices along dim, of input's number of dimensions.
 *       (Tensor)
 *   src: The values, read at index's positions.
 *       (Tensor)
 *   reduce: The reduction: sum, prod, mean, amax or amin.
 *       (str)
 *   include_self: Include input's own values in the reduction.
 *       (bool; keyword-only in the wrappers; PyTorch's default True)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.scatter_reduce (ATen scatter_reduce.two)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_scatter_reduce_two(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce, bool include_self) RT_TORCH_NOEXCEPT;

/*
 * The elements at the given indices of the flattened tensor.
 *   input: The input.
 *       (Tensor)
 *   index: An int64 tensor of indices into the flattened input.
 *       (Tensor)
 *   Returns: A new tensor of index's shape.
 *   On error: 0.
 *   PyTorch: torch.take (ATen take)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_take(int64_t input, int64_t index) RT_TORCH_NOEXCEPT;

/*
 * The elements at the given indices along a dimension (of the flattened tensor when none).
 *   input: The input.
 *       (Tensor)
 *   indices: An int64 tensor of indices, broadcastable with input except along dim.
 *       (Tensor)
 *   dim: The dimension to index along; None for the flattened input.
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.take_along_dim (ATen take_along_dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_take_along_dim(int64_t input, int64_t indices, int64_t dim, bool dim_present) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with the values of source written (or added) at the given indices of
 * its flattened form.
 *   input: The input.
 *       (Tensor)
 *   index: An int64 tensor of indices into the flattened input.
 *       (Tensor)
 *   source: The values, one per index.
 *       (Tensor)
 *   accumulate: Add the values (true) or write them (false).
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.put (ATen put)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_put(int64_t input, int64_t index, int64_t source, bool accumulate) RT_TORCH_NOEXCEPT;

/*
 * The indices of the non-zero elements, one row per element.
 *   input: The input.
 *       (Tensor)
 *   Returns: A new int64 tensor of shape (number of non-zero elements, input.dim()).
 *   On error: 0.
 *   PyTorch: torch.nonzero (ATen nonzero)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nonzero(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The indices of the non-zero elements, one 1-D tensor per dimension (torch.nonzero's
 * as_tuple=True).
 *   input: The input.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New int64 tensors, one per dimension of input (one for a 0-d input), each with an
 *       index per non-zero element.
 *   PyTorch: torch.nonzero (ATen nonzero_numpy)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nonzero_numpy(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The indices of the non-zero elements, one row per element.
 *   input: The input.
 *       (Tensor)
 *   Returns: A new int64 tensor of shape (number of non-zero elements, input.dim()).
 *   On error: 0.
 *   PyTorch: torch.argwhere (ATen argwhere)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_argwhere(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with src written into the slice at one index along a dimension.
 *   input: The input.
 *       (Tensor)
 *   src: The slice to write, of input's shape without dim.
 *       (Tensor)
 *   dim: The dimension.
 *       (int)
 *   index: The index along dim (negative counts from the end).
 *       (int)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.select_scatter (ATen select_scatter)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_select_scatter(int64_t input, int64_t src, int64_t dim, int64_t index) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with src written into a strided range along a dimension.
 *   input: The input.
 *       (Tensor)
 *   src: The values to write, of the slice's shape.
 *       (Tensor)
 *   dim: The dimension.
 *       (int; PyTorch's default 0)
 *   start: The first index; None for 0.
 *       (int?; PyTorch's default None; as start, start_present; None: start_present false (the value is ignored))
 *   end: The end index (exclusive); None for the size of dim.
 *       (int?; PyTorch's default None; as end, end_present; None: end_present false (the value is ignored))
 *   step: The distance between consecutive indices.
 *       (int; PyTorch's default 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.slice_scatter (ATen slice_scatter)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_slice_scatter(int64_t input, int64_t src, int64_t dim, int64_t start, bool start_present, int64_t end, bool end_present, int64_t step) RT_TORCH_NOEXCEPT;

/*
 * A copy of the tensor with src written into a diagonal with respect to two dimensions.
 *   input: An input of at least 2 dimensions.
 *       (Tensor)
 *   src: The values to write, of the diagonal's shape.
 *       (Tensor)
 *   offset: Which diagonal: 0 the main one, positive above it, negative below.
 *       (int; PyTorch's default 0)
 *   dim1: The first dimension of the plane.
 *       (int; PyTorch's default 0)
 *   dim2: The second dimension of the plane.
 *       (int; PyTorch's default 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.diagonal_scatter (ATen diagonal_scatter)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input, int64_t src, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the input's shape filled with zeros, by default of its dtype and on its
 * device.
 *   input: The tensor whose shape (and, by default, dtype and device) the result takes.
 *       (Tensor)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   memory_format: The memory layout; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.zeros_like (ATen zeros_like)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_zeros_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the input's shape filled with ones, by default of its dtype and on its
 * device.
 *   input: The tensor whose shape (and, by default, dtype and device) the result takes.
 *       (Tensor)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   memory_format: The memory layout; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.ones_like (ATen ones_like)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ones_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the input's shape whose values are not initialised, by default of its dtype
 * and on its device.
 *   input: The tensor whose shape (and, by default, dtype and device) the result takes.
 *       (Tensor)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   memory_format: The memory layout; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: The new tensor (its values are whatever the memory held).
 *   On error: 0.
 *   PyTorch: torch.empty_like (ATen empty_like)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_empty_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the input's shape filled with one value, by default of its dtype and on its
 * device.
 *   input: The tensor whose shape (and, by default, dtype and device) the result takes.
 *       (Tensor)
 *   fill_value: The value of every element.
 *       (Scalar; as fill_value, fill_value_int, fill_value_kind)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   memory_format: The memory layout; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.full_like (ATen full_like)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_full_like(int64_t input, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the input's shape filled with samples of the standard normal distribution.
 *   input: The tensor whose shape (and, by default, dtype and device) the result takes.
 *       (Tensor)
 *   dtype: A floating-point or complex dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   memory_format: The memory layout; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: The new tensor, drawn from the global generator (rt_torch_manual_seed seeds
 *   it).
 *   On error: 0.
 *   PyTorch: torch.randn_like (ATen randn_like)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_randn_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the input's shape filled with samples of the uniform distribution on [0, 1).
 *   input: The tensor whose shape (and, by default, dtype and device) the result takes.
 *       (Tensor)
 *   dtype: A floating-point or complex dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   memory_format: The memory layout; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: The new tensor, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.rand_like (ATen rand_like)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_rand_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the input's shape filled with random integers drawn uniformly from [0,
 * high).
 *   input: The tensor whose shape (and, by default, dtype and device) the result takes.
 *       (Tensor)
 *   high: One above the largest value drawn.
 *       (int)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   memory_format: The memory layout; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: The new tensor, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.randint_like (ATen randint_like)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_randint_like(int64_t input, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the input's shape filled with random integers drawn uniformly from [low,
 * high).
 *   input: The tensor whose shape (and, by default, dtype and device) the result takes.
 *       (Tensor)
 *   low: The smallest value drawn.
 *       (int)
 *   high: One above the largest value drawn.
 *       (int)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   memory_format: The memory layout; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: The new tensor, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.randint_like (ATen randint_like.low_dtype)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_randint_like_low_dtype(int64_t input, int64_t low, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with random integers drawn uniformly from [0, high).
 *   high: One above the largest value drawn.
 *       (int)
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype; int64 by default.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default 'int64'; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.randint (ATen randint)
 */
RT_TORCH_API int64_t rt_torch_tensor_randint(int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with random integers drawn uniformly from [low,
 * high).
 *   low: The smallest value drawn.
 *       (int)
 *   high: One above the largest value drawn.
 *       (int)
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype; int64 by default.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default 'int64'; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.randint (ATen randint.low)
 */
RT_TORCH_API int64_t rt_torch_tensor_randint_low(int64_t low, int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * Samples of normal distributions, one per element, with a tensor of means and a tensor of
 * standard deviations.
 *   mean: The means (floating point).
 *       (Tensor)
 *   std_arg: The standard deviations (non-negative), broadcastable with mean; PyTorch's
 *       std.
 *       (Tensor)
 *   Returns: A new tensor of the broadcast shape, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.normal (ATen normal.Tensor_Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean, int64_t std_arg) RT_TORCH_NOEXCEPT;

/*
 * Samples of normal distributions, one per element, with a tensor of means and one standard
 * deviation.
 *   mean: The means (floating point).
 *       (Tensor)
 *   std_arg: The standard deviation of every sample (non-negative); PyTorch's std.
 *       (float; PyTorch's default 1)
 *   Returns: A new tensor of mean's shape, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.normal (ATen normal.Tensor_float)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean, double std_arg) RT_TORCH_NOEXCEPT;

/*
 * Samples of normal distributions, one per element, with one mean and a tensor of standard
 * deviations.
 *   mean: The mean of every sample.
 *       (float)
 *   std_arg: The standard deviations (floating point, non-negative); PyTorch's std.
 *       (Tensor)
 *   Returns: A new tensor of std's shape, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.normal (ATen normal.float_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_normal_float_tensor(double mean, int64_t std_arg) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with samples of one normal distribution.
 *   mean: The mean.
 *       (float)
 *   std_arg: The standard deviation (non-negative); PyTorch's std.
 *       (float)
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: A floating-point dtype; None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.normal (ATen normal.float_float)
 */
RT_TORCH_API int64_t rt_torch_tensor_normal_float_float(double mean, double std_arg, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * Random zeros and ones, each one with the probability that the input holds at its place.
 *   input: The probabilities, in [0, 1] (floating point).
 *       (Tensor)
 *   Returns: A new tensor of the input's shape and dtype, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.bernoulli (ATen bernoulli)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Random zeros and ones of the input's shape and dtype, each one with the same probability p.
 *   input: The tensor whose shape and dtype the result takes.
 *       (Tensor)
 *   p: The probability of a one, in [0, 1].
 *       (float)
 *   Returns: A new tensor, drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.bernoulli (ATen bernoulli.p)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bernoulli_p(int64_t input, double p) RT_TORCH_NOEXCEPT;

/*
 * Indices drawn from the categorical distribution that each row of the input gives (weights,
 * not necessarily normalised).
 *   input: Non-negative weights, 1-D or 2-D (one distribution per row).
 *       (Tensor)
 *   num_samples: The number of indices drawn per row.
 *       (int)
 *   replacement: Draw with replacement; without it num_samples may not exceed the number
 *       of categories.
 *       (bool; PyTorch's default False)
 *   Returns: A new int64 tensor of shape (rows, num_samples) (or (num_samples) for a 1-D
 *   input), drawn from the global generator.
 *   On error: 0.
 *   PyTorch: torch.multinomial (ATen multinomial)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_multinomial(int64_t input, int64_t num_samples, bool replacement) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end
 * inclusive.
 *   start: The exponent of the first value.
 *       (Scalar; as start, start_int, start_kind)
 *   end: The exponent of the last value.
 *       (Scalar; as end, end_int, end_kind)
 *   steps: The number of values (non-negative).
 *       (int)
 *   base: The base of the logarithm.
 *       (float; PyTorch's default 10.0)
 *   dtype: The dtype; None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.logspace (ATen logspace)
 */
RT_TORCH_API int64_t rt_torch_tensor_logspace(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * The (row, column) indices of the lower triangle of a row x col matrix, as a 2 x N tensor.
 *   row: The number of rows.
 *       (int)
 *   col: The number of columns.
 *       (int)
 *   offset: The diagonal that bounds the triangle: 0 the main one, positive above it,
 *       negative below.
 *       (int; PyTorch's default 0)
 *   dtype: int64 or int32.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default 'int64'; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor: row indices in its first row, column indices in its second, in
 *   row-major order.
 *   On error: 0.
 *   PyTorch: torch.tril_indices (ATen tril_indices)
 */
RT_TORCH_API int64_t rt_torch_tensor_tril_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * The (row, column) indices of the upper triangle of a row x col matrix, as a 2 x N tensor.
 *   row: The number of rows.
 *       (int)
 *   col: The number of columns.
 *       (int)
 *   offset: The diagonal that bounds the triangle: 0 the main one, positive above it,
 *       negative below.
 *       (int; PyTorch's default 0)
 *   dtype: int64 or int32.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default 'int64'; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor: row indices in its first row, column indices in its second, in
 *   row-major order.
 *   On error: 0.
 *   PyTorch: torch.triu_indices (ATen triu_indices)
 */
RT_TORCH_API int64_t rt_torch_tensor_triu_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new 0-d tensor holding one value.
 *   s: The value.
 *       (Scalar; as s, s_int, s_kind)
 *   dtype: The dtype; None for the default (float32), whatever the value's kind.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new 0-d tensor.
 *   On error: 0.
 *   PyTorch: torch.scalar_tensor (ATen scalar_tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given sizes and strides whose values are not initialised.
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   stride: The stride of each dimension, in elements (as many as sizes).
 *       (int[]; as stride, stride_len)
 *   dtype: The dtype; None for the default (float32).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor (its values are whatever the memory held).
 *   On error: 0.
 *   PyTorch: torch.empty_strided (ATen empty_strided)
 */
RT_TORCH_API int64_t rt_torch_tensor_empty_strided(const int64_t* size, int64_t size_len, const int64_t* stride, int64_t stride_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with zeros, by default of this tensor's dtype and on
 * its device.
 *   input: The tensor whose dtype and device the result takes by default.
 *       (Tensor)
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.Tensor.new_zeros (ATen new_zeros)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_new_zeros(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with ones, by default of this tensor's dtype and on
 * its device.
 *   input: The tensor whose dtype and device the result takes by default.
 *       (Tensor)
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.Tensor.new_ones (ATen new_ones)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_new_ones(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape filled with one value, by default of this tensor's dtype and
 * on its device.
 *   input: The tensor whose dtype and device the result takes by default.
 *       (Tensor)
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   fill_value: The value of every element.
 *       (Scalar; as fill_value, fill_value_int, fill_value_kind)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor.
 *   On error: 0.
 *   PyTorch: torch.Tensor.new_full (ATen new_full)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_new_full(int64_t input, const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A new tensor of the given shape whose values are not initialised, by default of this
 * tensor's dtype and on its device.
 *   input: The tensor whose dtype and device the result takes by default.
 *       (Tensor)
 *   size: The shape; every size must be non-negative.
 *       (int[]; as size, size_len)
 *   dtype: The dtype; None for the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the input's.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: The new tensor (its values are whatever the memory held).
 *   On error: 0.
 *   PyTorch: torch.Tensor.new_empty (ATen new_empty)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_new_empty(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A complex tensor from absolute values and angles, abs * (cos(angle) + i sin(angle)).
 *   abs: The absolute values (float32 or float64).
 *       (Tensor)
 *   angle: The angles in radians, of abs's dtype, broadcastable with it.
 *       (Tensor)
 *   Returns: A new complex64 or complex128 tensor.
 *   On error: 0.
 *   PyTorch: torch.polar (ATen polar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_polar(int64_t abs, int64_t angle) RT_TORCH_NOEXCEPT;

/*
 * A complex tensor viewed as a real one with a last dimension of size 2 (real and imaginary
 * parts).
 *   input: A complex tensor.
 *       (Tensor)
 *   Returns: A new handle to a view sharing the input's memory.
 *   On error: 0.
 *   PyTorch: torch.view_as_real (ATen view_as_real)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_view_as_real(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * A real tensor whose last dimension has size 2 viewed as a complex one.
 *   input: A float32 or float64 tensor whose last dimension has size 2 and stride 1.
 *       (Tensor)
 *   Returns: A new handle to a complex view sharing the input's memory, one dimension fewer.
 *   On error: 0.
 *   PyTorch: torch.view_as_complex (ATen view_as_complex)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_view_as_complex(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to bool, as self.to(torch.bool).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is bool).
 *   On error: 0.
 *   PyTorch: torch.Tensor.bool
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bool(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to uint8, as self.to(torch.uint8).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is uint8).
 *   On error: 0.
 *   PyTorch: torch.Tensor.byte
 */
RT_TORCH_API int64_t rt_torch_torchtensor_byte(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to int8, as self.to(torch.int8).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is int8).
 *   On error: 0.
 *   PyTorch: torch.Tensor.char
 */
RT_TORCH_API int64_t rt_torch_torchtensor_char(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to int16, as self.to(torch.int16).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is int16).
 *   On error: 0.
 *   PyTorch: torch.Tensor.short
 */
RT_TORCH_API int64_t rt_torch_torchtensor_short(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to int32, as self.to(torch.int32).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is int32).
 *   On error: 0.
 *   PyTorch: torch.Tensor.int
 */
RT_TORCH_API int64_t rt_torch_torchtensor_int(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to int64, as self.to(torch.int64).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is int64).
 *   On error: 0.
 *   PyTorch: torch.Tensor.long
 */
RT_TORCH_API int64_t rt_torch_torchtensor_long(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to float16, as self.to(torch.float16).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is float16).
 *   On error: 0.
 *   PyTorch: torch.Tensor.half
 */
RT_TORCH_API int64_t rt_torch_torchtensor_half(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to bfloat16, as self.to(torch.bfloat16).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is bfloat16).
 *   On error: 0.
 *   PyTorch: torch.Tensor.bfloat16
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bfloat16(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to float32, as self.to(torch.float32).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is float32).
 *   On error: 0.
 *   PyTorch: torch.Tensor.float
 */
RT_TORCH_API int64_t rt_torch_torchtensor_float(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to float64, as self.to(torch.float64).
 *   input: The tensor.
 *       (Tensor)
 *   memory_format: The memory layout of a copy; None preserves the input's.
 *       (memory_format?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of contiguous_format, preserve_format, channels_last, channels_last_3d)
 *   Returns: A new handle (the input itself when it already is float64).
 *   On error: 0.
 *   PyTorch: torch.Tensor.double
 */
RT_TORCH_API int64_t rt_torch_torchtensor_double(int64_t input, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * Fills the tensor in place with samples of one normal distribution.
 *   input: The floating-point tensor to fill.
 *       (Tensor(a!))
 *   mean: The mean.
 *       (float; PyTorch's default 0)
 *   std_arg: The standard deviation (non-negative); PyTorch's std.
 *       (float; PyTorch's default 1)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.normal_ (ATen normal_)
 */
RT_TORCH_API void rt_torch_torchtensor_normal_(int64_t input, double mean, double std_arg) RT_TORCH_NOEXCEPT;

/*
 * The matrix product of two 2-D tensors, without broadcasting.
 *   input: A matrix of shape (n, m).
 *       (Tensor)
 *   mat2: A matrix of shape (m, p), of the input's dtype.
 *       (Tensor)
 *   Returns: A new tensor of shape (n, p).
 *   On error: 0.
 *   PyTorch: torch.mm (ATen mm)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mm(int64_t input, int64_t mat2) RT_TORCH_NOEXCEPT;

/*
 * The matrix products of two batches of matrices, batch by batch, without broadcasting.
 *   input: A batch of matrices of shape (b, n, m).
 *       (Tensor)
 *   mat2: A batch of matrices of shape (b, m, p), of the input's dtype.
 *       (Tensor)
 *   Returns: A new tensor of shape (b, n, p).
 *   On error: 0.
 *   PyTorch: torch.bmm (ATen bmm)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bmm(int64_t input, int64_t mat2) RT_TORCH_NOEXCEPT;

/*
 * The product of a matrix and a vector.
 *   input: A matrix of shape (n, m).
 *       (Tensor)
 *   vec: A vector of length m, of the input's dtype.
 *       (Tensor)
 *   Returns: A new vector of length n.
 *   On error: 0.
 *   PyTorch: torch.mv (ATen mv)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mv(int64_t input, int64_t vec) RT_TORCH_NOEXCEPT;

/*
 * beta * input + alpha * (mat1 @ mat2), for matrices.
 *   input: The term added, broadcastable to (n, p).
 *       (Tensor)
 *   mat1: A matrix of shape (n, m).
 *       (Tensor)
 *   mat2: A matrix of shape (m, p).
 *       (Tensor)
 *   beta: The factor of input (0 ignores its values, NaN included).
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as beta, beta_int, beta_kind)
 *   alpha: The factor of the product.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor of shape (n, p).
 *   On error: 0.
 *   PyTorch: torch.addmm (ATen addmm)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_addmm(int64_t input, int64_t mat1, int64_t mat2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * beta * input + alpha * (mat @ vec), for a matrix and a vector.
 *   input: The term added, broadcastable to (n).
 *       (Tensor)
 *   mat: A matrix of shape (n, m).
 *       (Tensor)
 *   vec: A vector of length m.
 *       (Tensor)
 *   beta: The factor of input (0 ignores its values, NaN included).
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as beta, beta_int, beta_kind)
 *   alpha: The factor of the product.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new vector of length n.
 *   On error: 0.
 *   PyTorch: torch.addmv (ATen addmv)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_addmv(int64_t input, int64_t mat, int64_t vec, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * beta * input + alpha * the sum over the batch of the matrix products of batch1 and batch2.
 *   input: The term added, broadcastable to (n, p).
 *       (Tensor)
 *   batch1: A batch of matrices of shape (b, n, m).
 *       (Tensor)
 *   batch2: A batch of matrices of shape (b, m, p).
 *       (Tensor)
 *   beta: The factor of input (0 ignores its values, NaN included).
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as beta, beta_int, beta_kind)
 *   alpha: The factor of the summed products.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor of shape (n, p).
 *   On error: 0.
 *   PyTorch: torch.addbmm (ATen addbmm)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_addbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * beta * input + alpha * (batch1 @ batch2), batch by batch.
 *   input: The term added, broadcastable to (b, n, p).
 *       (Tensor)
 *   batch1: A batch of matrices of shape (b, n, m).
 *       (Tensor)
 *   batch2: A batch of matrices of shape (b, m, p).
 *       (Tensor)
 *   beta: The factor of input (0 ignores its values, NaN included).
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as beta, beta_int, beta_kind)
 *   alpha: The factor of the products.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor of shape (b, n, p).
 *   On error: 0.
 *   PyTorch: torch.baddbmm (ATen baddbmm)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_baddbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * beta * input + alpha * the outer product of two vectors.
 *   input: The term added, broadcastable to (n, m).
 *       (Tensor)
 *   vec1: A vector of length n.
 *       (Tensor)
 *   vec2: A vector of length m.
 *       (Tensor)
 *   beta: The factor of input (0 ignores its values, NaN included).
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as beta, beta_int, beta_kind)
 *   alpha: The factor of the outer product.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor of shape (n, m).
 *   On error: 0.
 *   PyTorch: torch.addr (ATen addr)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_addr(int64_t input, int64_t vec1, int64_t vec2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * The dot product of two 1-D tensors, conjugating the first when it is complex.
 *   input: The first vector (conjugated if complex).
 *       (Tensor)
 *   other: The second vector, of the same length and dtype.
 *       (Tensor)
 *   Returns: A new 0-d tensor.
 *   On error: 0.
 *   PyTorch: torch.vdot (ATen vdot)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_vdot(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The outer product of two vectors.
 *   input: A vector of length n.
 *       (Tensor)
 *   vec2: A vector of length m.
 *       (Tensor)
 *   Returns: A new tensor of shape (n, m).
 *   On error: 0.
 *   PyTorch: torch.outer (ATen outer)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_outer(int64_t input, int64_t vec2) RT_TORCH_NOEXCEPT;

/*
 * The inner product over the last dimension of both tensors (the dot product for vectors).
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor, whose last dimension matches the input's.
 *       (Tensor)
 *   Returns: A new tensor of shape input.shape[:-1] + other.shape[:-1] (0-d for two
 *   vectors).
 *   On error: 0.
 *   PyTorch: torch.inner (ATen inner)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_inner(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The cross product of 3-vectors along one dimension, with broadcasting.
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with the input.
 *       (Tensor)
 *   dim: The dimension of size 3; None for the first such dimension (deprecated in
 *       PyTorch).
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   Returns: A new tensor of the broadcast shape.
 *   On error: 0.
 *   PyTorch: torch.cross (ATen cross)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cross(int64_t input, int64_t other, int64_t dim, bool dim_present) RT_TORCH_NOEXCEPT;

/*
 * A sum of products of the operands' elements, written in Einstein summation notation.
 *   equation: The subscripts, such as "ij,jk->ik" (one group per operand, then optionally
 *       -> and the output's).
 *       (str)
 *   tensors: The operands, one per subscript group.
 *       (Tensor[]; as tensors, tensors_len)
 *   path: The contraction order as flattened operand pairs; None lets PyTorch choose.
 *       (int[]?; keyword-only in the wrappers; PyTorch's default None; as path, path_len, path_present; None: path_present false (the array is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.einsum (ATen einsum)
 */
RT_TORCH_API int64_t rt_torch_tensor_einsum(const char* equation, const int64_t* tensors, int64_t tensors_len, const int64_t* path, int64_t path_len, bool path_present) RT_TORCH_NOEXCEPT;

/*
 * The p-norm of input - other, over all elements.
 *   input: The first tensor (floating point).
 *       (Tensor)
 *   other: The second tensor, broadcastable with the input.
 *       (Tensor)
 *   p: The order of the norm.
 *       (Scalar; PyTorch's default 2; as p, p_int, p_kind)
 *   Returns: A new 0-d tensor.
 *   On error: 0.
 *   PyTorch: torch.dist (ATen dist)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_dist(int64_t input, int64_t other, double p, int64_t p_int, int32_t p_kind) RT_TORCH_NOEXCEPT;

/*
 * The p-norm distance between every row vector of x1 and every row vector of x2, batch by
 * batch.
 *   x1: Points of shape (*, P, M).
 *       (Tensor)
 *   x2: Points of shape (*, R, M); the batch dimensions broadcast with x1's.
 *       (Tensor)
 *   p: The order of the norm, in [0, inf].
 *       (float; PyTorch's default 2)
 *   compute_mode: Whether the Euclidean distance (p = 2) may use a matrix product: if some
 *       side has more than 25 points, always, or never; None is the first.
 *       (cdist_compute_mode?; PyTorch's default 'use_mm_for_euclid_dist_if_necessary'; None: NULL; one of use_mm_for_euclid_dist_if_necessary, use_mm_for_euclid_dist, donot_use_mm_for_euclid_dist)
 *   Returns: A new tensor of shape (*, P, R).
 *   On error: 0.
 *   PyTorch: torch.cdist (ATen cdist)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cdist(int64_t x1, int64_t x2, double p, const char* compute_mode) RT_TORCH_NOEXCEPT;

/*
 * The matrix exponential of a square matrix, or of each matrix of a batch.
 *   input: A floating-point or complex tensor of shape (*, n, n).
 *       (Tensor)
 *   Returns: A new tensor of the input's shape.
 *   On error: 0.
 *   PyTorch: torch.matrix_exp (ATen matrix_exp)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_matrix_exp(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The natural logarithm of the determinant of a square matrix, or of each matrix of a batch.
 *   input: A floating-point or complex tensor of shape (*, n, n).
 *       (Tensor)
 *   Returns: A new tensor of shape (*): NaN where the determinant is negative, -inf where it
 *   is 0.
 *   On error: 0.
 *   PyTorch: torch.logdet (ATen logdet)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logdet(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The Moore-Penrose pseudo-inverse of a matrix, or of each matrix of a batch.
 *   input: A floating-point or complex tensor of shape (*, m, n).
 *       (Tensor)
 *   rcond: Singular values below rcond times the largest are treated as 0.
 *       (float; PyTorch's default 1e-15)
 *   Returns: A new tensor of shape (*, n, m).
 *   On error: 0.
 *   PyTorch: torch.pinverse (ATen pinverse)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_pinverse(int64_t input, double rcond) RT_TORCH_NOEXCEPT;

/*
 * The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, as torch.cholesky
 * (deprecated for torch.linalg.cholesky).
 *   input: A tensor of shape (*, n, n) of symmetric (Hermitian) positive-definite
 *       matrices.
 *       (Tensor)
 *   upper: Return the upper factor U (input = U^H U) instead of the lower one L (input = L
 *       L^H).
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor of the input's shape; a matrix that is not positive-definite is an
 *   error.
 *   On error: 0.
 *   PyTorch: torch.cholesky (ATen cholesky)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cholesky(int64_t input, bool upper) RT_TORCH_NOEXCEPT;

/*
 * The inverse of a symmetric (Hermitian) positive-definite matrix from its Cholesky factor.
 *   input: The Cholesky factors, of shape (*, n, n).
 *       (Tensor)
 *   upper: The factors are upper triangular (else lower).
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor of the input's shape.
 *   On error: 0.
 *   PyTorch: torch.cholesky_inverse (ATen cholesky_inverse)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_inverse(int64_t input, bool upper) RT_TORCH_NOEXCEPT;

/*
 * The solution X of A X = B given B and the Cholesky factor of A.
 *   input: The right-hand side B, of shape (*, n, k).
 *       (Tensor)
 *   input2: The Cholesky factor of A, of shape (*, n, n); the batch dimensions broadcast.
 *       (Tensor)
 *   upper: The factor is upper triangular (else lower).
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor X of shape (*, n, k).
 *   On error: 0.
 *   PyTorch: torch.cholesky_solve (ATen cholesky_solve)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cholesky_solve(int64_t input, int64_t input2, bool upper) RT_TORCH_NOEXCEPT;

/*
 * The QR decomposition of a matrix or a batch, as torch.qr (deprecated for torch.linalg.qr).
 *   input: A tensor of shape (*, m, n).
 *       (Tensor)
 *   some: true for the reduced decomposition (Q of shape (*, m, k), k = min(m, n)), false
 *       for the complete one.
 *       (bool; PyTorch's default True)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       Q: The orthonormal (unitary) factor; R: The upper triangular factor.
 *   PyTorch: torch.qr (ATen qr)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_qr(int64_t input, bool some, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The singular value decomposition input = U diag(S) V^H as torch.svd gives it (V, not Vh;
 * deprecated for torch.linalg.svd).
 *   input: A tensor of shape (*, m, n).
 *       (Tensor)
 *   some: true for the reduced U and V, false for the full ones.
 *       (bool; PyTorch's default True)
 *   compute_uv: Compute U and V; false returns them filled with zeros.
 *       (bool; PyTorch's default True)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       U: The left singular vectors; S: The singular values, in descending order; V: The
 *       right singular vectors (columns), not conjugate-transposed.
 *   PyTorch: torch.svd (ATen svd)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_svd_v2(int64_t input, bool some, bool compute_uv, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The permutation, lower and upper factors P, L, U of a packed LU decomposition (from
 * torch.linalg.lu_factor).
 *   lu_data: The packed factors LU, of shape (*, m, n).
 *       (Tensor)
 *   lu_pivots: The pivots, int32 of shape (*, min(m, n)).
 *       (Tensor)
 *   unpack_data: Unpack L and U; false returns them empty.
 *       (bool; PyTorch's default True)
 *   unpack_pivots: Unpack the pivots into P; false returns it empty.
 *       (bool; PyTorch's default True)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       P: The permutation matrices; L: The unit lower triangular factors; U: The upper
 *       triangular factors.
 *   PyTorch: torch.lu_unpack (ATen lu_unpack)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_lu_unpack(int64_t lu_data, int64_t lu_pivots, bool unpack_data, bool unpack_pivots, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The solution X of A X = B from B and the packed LU factors of A, as torch.lu_solve
 * (deprecated for torch.linalg.lu_solve).
 *   input: The right-hand side B, of shape (*, n, k).
 *       (Tensor)
 *   lu_data: The packed factors of A, of shape (*, n, n), from torch.linalg.lu_factor.
 *       (Tensor)
 *   lu_pivots: Their pivots, int32 of shape (*, n).
 *       (Tensor)
 *   Returns: A new tensor X of shape (*, n, k).
 *   On error: 0.
 *   PyTorch: torch.lu_solve (ATen lu_solve)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_lu_solve(int64_t input, int64_t lu_data, int64_t lu_pivots) RT_TORCH_NOEXCEPT;

/*
 * The solution X of A X = b for a triangular A, as torch.triangular_solve (deprecated for
 * torch.linalg.solve_triangular).
 *   input: The right-hand side b, of shape (*, m, k).
 *       (Tensor)
 *   a: The triangular matrices A, of shape (*, m, m); PyTorch's A.
 *       (Tensor)
 *   upper: A is upper triangular (else lower).
 *       (bool; PyTorch's default True)
 *   transpose: Solve with A transposed.
 *       (bool; PyTorch's default False)
 *   unitriangular: Take A's diagonal as ones without reading it.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       solution: X, of shape (*, m, k); cloned_coefficient: A copy of A.
 *   PyTorch: torch.triangular_solve (ATen triangular_solve)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_triangular_solve(int64_t input, int64_t a, bool upper, bool transpose, bool unitriangular, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The QR decomposition in LAPACK's geqrf form, Householder reflectors and their scalars.
 *   input: A tensor of shape (*, m, n).
 *       (Tensor)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       a: R on and above the diagonal, the reflectors' vectors below it; tau: The reflectors'
 *       scalar factors, of shape (*, min(m, n)).
 *   PyTorch: torch.geqrf (ATen geqrf)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_geqrf(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The product of the Q of a geqrf decomposition (or its conjugate transpose) with a matrix,
 * without forming Q.
 *   input: The reflectors (geqrf's a), of shape (*, mn, k).
 *       (Tensor)
 *   input2: Their scalar factors (geqrf's tau), of shape (*, min(mn, k)).
 *       (Tensor)
 *   input3: The matrix multiplied, of shape (*, m, n).
 *       (Tensor)
 *   left: Compute Q @ input3 (else input3 @ Q).
 *       (bool; PyTorch's default True)
 *   transpose: Use Q's conjugate transpose.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor of shape (*, m, n).
 *   On error: 0.
 *   PyTorch: torch.ormqr (ATen ormqr)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ormqr(int64_t input, int64_t input2, int64_t input3, bool left, bool transpose) RT_TORCH_NOEXCEPT;

/*
 * The Pearson correlation coefficients of the variables in the rows of a matrix (observations
 * in columns).
 *   input: A matrix (one variable per row) or a vector (one variable).
 *       (Tensor)
 *   Returns: A new tensor of shape (variables, variables) (0-d for one variable).
 *   On error: 0.
 *   PyTorch: torch.corrcoef (ATen corrcoef)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_corrcoef(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The covariance matrix of the variables in the rows of a matrix (observations in columns),
 * optionally weighted.
 *   input: A matrix (one variable per row) or a vector (one variable).
 *       (Tensor)
 *   correction: The difference between the number of observations and the degrees of
 *       freedom: 1 for the unbiased estimate, 0 for the plain mean.
 *       (int; keyword-only in the wrappers; PyTorch's default 1)
 *   fweights: Integer frequency weights, one per observation; None for none.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   aweights: Floating-point observation weights, one per observation; None for none.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   Returns: A new tensor of shape (variables, variables) (0-d for one variable).
 *   On error: 0.
 *   PyTorch: torch.cov (ATen cov)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cov(int64_t input, int64_t correction, int64_t fweights, int64_t aweights) RT_TORCH_NOEXCEPT;

/*
 * The trapezoidal rule along a dimension, at the sample points x.
 *   y: The values of the function.
 *       (Tensor)
 *   x: The sample points, along dim (or broadcastable to y).
 *       (Tensor)
 *   dim: The dimension integrated along.
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   Returns: A new tensor without dim.
 *   On error: 0.
 *   PyTorch: torch.trapezoid (ATen trapezoid.x)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_x(int64_t y, int64_t x, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * The trapezoidal rule along a dimension, with evenly spaced sample points.
 *   y: The values of the function.
 *       (Tensor)
 *   dx: The spacing between sample points.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as dx, dx_int, dx_kind)
 *   dim: The dimension integrated along.
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   Returns: A new tensor without dim.
 *   On error: 0.
 *   PyTorch: torch.trapezoid (ATen trapezoid.dx)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * The trapezoidal rule along a dimension, at the sample points x (torch.trapezoid's older
 * name).
 *   y: The values of the function.
 *       (Tensor)
 *   x: The sample points, along dim (or broadcastable to y).
 *       (Tensor)
 *   dim: The dimension integrated along.
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   Returns: A new tensor without dim.
 *   On error: 0.
 *   PyTorch: torch.trapz (ATen trapz.x)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_trapz_x(int64_t y, int64_t x, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * The trapezoidal rule along a dimension, with evenly spaced sample points (torch.trapezoid's
 * older name).
 *   y: The values of the function.
 *       (Tensor)
 *   dx: The spacing between sample points.
 *       (float; keyword-only in the wrappers; PyTorch's default 1)
 *   dim: The dimension integrated along.
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   Returns: A new tensor without dim.
 *   On error: 0.
 *   PyTorch: torch.trapz (ATen trapz.dx)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_trapz_dx(int64_t y, double dx, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * The running trapezoidal rule along a dimension, at the sample points x.
 *   y: The values of the function.
 *       (Tensor)
 *   x: The sample points, along dim (or broadcastable to y).
 *       (Tensor)
 *   dim: The dimension integrated along.
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   Returns: A new tensor with one element fewer along dim.
 *   On error: 0.
 *   PyTorch: torch.cumulative_trapezoid (ATen cumulative_trapezoid.x)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y, int64_t x, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * The running trapezoidal rule along a dimension, with evenly spaced sample points.
 *   y: The values of the function.
 *       (Tensor)
 *   dx: The spacing between sample points.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as dx, dx_int, dx_kind)
 *   dim: The dimension integrated along.
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   Returns: A new tensor with one element fewer along dim.
 *   On error: 0.
 *   PyTorch: torch.cumulative_trapezoid (ATen cumulative_trapezoid.dx)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cumulative_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * The cross product of 3-vectors along one dimension, with broadcasting.
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with the input.
 *       (Tensor)
 *   dim: The dimension of size 3.
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   Returns: A new tensor of the broadcast shape.
 *   On error: 0.
 *   PyTorch: torch.linalg.cross (ATen linalg_cross)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cross(int64_t input, int64_t other, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * A view of the diagonals of the matrices of a batch (torch.diagonal over the last two
 * dimensions by default).
 *   a: A tensor with at least two dimensions; PyTorch's A.
 *       (Tensor)
 *   offset: The diagonal: 0 the main one, positive above it, negative below.
 *       (int; keyword-only in the wrappers; PyTorch's default 0)
 *   dim1: The first dimension of the matrices.
 *       (int; keyword-only in the wrappers; PyTorch's default -2)
 *   dim2: The second dimension of the matrices.
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   Returns: A new handle to a view of a, the diagonal as its last dimension.
 *   On error: 0.
 *   PyTorch: torch.linalg.diagonal (ATen linalg_diagonal)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_diagonal(int64_t a, int64_t offset, int64_t dim1, int64_t dim2) RT_TORCH_NOEXCEPT;

/*
 * The Cholesky factor of a symmetric (Hermitian) positive-definite matrix, or of each matrix
 * of a batch.
 *   input: A tensor of shape (*, n, n) of symmetric (Hermitian) positive-definite
 *       matrices.
 *       (Tensor)
 *   upper: Return the upper factor U (input = U^H U) instead of the lower one L (input = L
 *       L^H).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor of the input's shape; a matrix that is not positive-definite is an
 *   error.
 *   On error: 0.
 *   PyTorch: torch.linalg.cholesky (ATen linalg_cholesky)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky(int64_t input, bool upper) RT_TORCH_NOEXCEPT;

/*
 * The Cholesky factor with a per-matrix status code instead of an error for matrices that are
 * not positive-definite.
 *   input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices.
 *       (Tensor)
 *   upper: Return the upper factor instead of the lower one.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   check_errors: Raise an error where info is not 0, as linalg.cholesky does.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       L: The factors (meaningful where info is 0); info: int32 of shape (*): 0 for success,
 *       else the order of the leading minor that is not positive-definite.
 *   PyTorch: torch.linalg.cholesky_ex (ATen linalg_cholesky_ex)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cholesky_ex(int64_t input, bool upper, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The dot products of two batches of vectors along a dimension, conjugating the first when
 * complex.
 *   x: The first vectors.
 *       (Tensor)
 *   y: The second vectors, broadcastable with x.
 *       (Tensor)
 *   dim: The dimension holding the vectors.
 *       (int; keyword-only in the wrappers; PyTorch's default -1)
 *   Returns: A new tensor of the broadcast shape without dim.
 *   On error: 0.
 *   PyTorch: torch.linalg.vecdot (ATen linalg_vecdot)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vecdot(int64_t x, int64_t y, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * The condition number of a matrix, or of each matrix of a batch, in a numeric matrix norm.
 *   input: A tensor of shape (*, m, n) (square and invertible for p other than 2 and -2).
 *       (Tensor)
 *   p: The norm: 2 or -2 (ratio of singular values), 1, -1, inf or -inf; None for 2.
 *       (Scalar?; PyTorch's default None; as p, p_int, p_kind; None: p_kind -1)
 *   Returns: A new real tensor of shape (*).
 *   On error: 0.
 *   PyTorch: torch.linalg.cond (ATen linalg_cond)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond(int64_t input, double p, int64_t p_int, int32_t p_kind) RT_TORCH_NOEXCEPT;

/*
 * The condition number of a square matrix, or of each matrix of a batch, in the Frobenius or
 * nuclear norm.
 *   input: A tensor of shape (*, n, n) of invertible matrices.
 *       (Tensor)
 *   p: "fro" (Frobenius) or "nuc" (nuclear).
 *       (str)
 *   Returns: A new real tensor of shape (*).
 *   On error: 0.
 *   PyTorch: torch.linalg.cond (ATen linalg_cond.p_str)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_cond_p_str(int64_t input, const char* p) RT_TORCH_NOEXCEPT;

/*
 * The eigenvalues of a square matrix, or of each matrix of a batch.
 *   input: A floating-point or complex tensor of shape (*, n, n).
 *       (Tensor)
 *   Returns: A new complex tensor of shape (*, n).
 *   On error: 0.
 *   PyTorch: torch.linalg.eigvals (ATen linalg_eigvals)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvals(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The eigenvalues and eigenvectors of a symmetric (Hermitian) matrix, or of each matrix of a
 * batch.
 *   input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices.
 *       (Tensor)
 *   uplo: Which triangle is read: "L" (lower) or "U" (upper); PyTorch's UPLO.
 *       (str; PyTorch's default 'L')
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       eigenvalues: The real eigenvalues, in ascending order, of shape (*, n); eigenvectors:
 *       The orthonormal eigenvectors (columns), of shape (*, n, n).
 *   PyTorch: torch.linalg.eigh (ATen linalg_eigh)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigh(int64_t input, const char* uplo, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The eigenvalues of a symmetric (Hermitian) matrix, or of each matrix of a batch.
 *   input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices.
 *       (Tensor)
 *   uplo: Which triangle is read: "L" (lower) or "U" (upper); PyTorch's UPLO.
 *       (str; PyTorch's default 'L')
 *   Returns: A new real tensor of shape (*, n), in ascending order.
 *   On error: 0.
 *   PyTorch: torch.linalg.eigvalsh (ATen linalg_eigvalsh)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_eigvalsh(int64_t input, const char* uplo) RT_TORCH_NOEXCEPT;

/*
 * The first n columns of the product of Householder reflectors (the Q of a geqrf
 * decomposition).
 *   input: The reflectors' vectors, of shape (*, m, n) with m >= n; PyTorch's A.
 *       (Tensor)
 *   tau: Their scalar factors, of shape (*, k) with k <= n.
 *       (Tensor)
 *   Returns: A new tensor of shape (*, m, n).
 *   On error: 0.
 *   PyTorch: torch.linalg.householder_product (ATen linalg_householder_product)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_householder_product(int64_t input, int64_t tau) RT_TORCH_NOEXCEPT;

/*
 * The compact LDL factorization of a symmetric (or Hermitian), possibly indefinite, matrix or
 * batch.
 *   input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices; PyTorch's A.
 *       (Tensor)
 *   hermitian: Take complex matrices as Hermitian (else symmetric); no effect on real
 *       ones.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       LD: L below the diagonal and D's blocks on it; pivots: The int32 pivots, of shape (*,
 *       n).
 *   PyTorch: torch.linalg.ldl_factor (ATen linalg_ldl_factor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor(int64_t input, bool hermitian, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The compact LDL factorization with a per-matrix status code instead of an error.
 *   input: A tensor of shape (*, n, n) of symmetric (Hermitian) matrices; PyTorch's A.
 *       (Tensor)
 *   hermitian: Take complex matrices as Hermitian (else symmetric); no effect on real
 *       ones.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   check_errors: Raise an error where info is not 0.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       LD: L below the diagonal and D's blocks on it; pivots: The int32 pivots, of shape (*,
 *       n); info: int32 of shape (*): 0 for success.
 *   PyTorch: torch.linalg.ldl_factor_ex (ATen linalg_ldl_factor_ex)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_factor_ex(int64_t input, bool hermitian, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The solution X of A X = B from the LDL factorization of A.
 *   ld: The compact factors of A (linalg.ldl_factor's LD), of shape (*, n, n); PyTorch's
 *       LD.
 *       (Tensor)
 *   pivots: Their pivots, of shape (*, n).
 *       (Tensor)
 *   b: The right-hand side B, of shape (*, n, k); PyTorch's B.
 *       (Tensor)
 *   hermitian: A was factored as Hermitian (else symmetric).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor X of shape (*, n, k).
 *   On error: 0.
 *   PyTorch: torch.linalg.ldl_solve (ATen linalg_ldl_solve)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_ldl_solve(int64_t ld, int64_t pivots, int64_t b, bool hermitian) RT_TORCH_NOEXCEPT;

/*
 * A least-squares solution of A X = B, for a matrix or a batch.
 *   input: A, of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   b: B, of shape (*, m, k); PyTorch's B.
 *       (Tensor)
 *   rcond: Singular values below rcond times the largest count as 0 for the rank; None for
 *       the dtype's epsilon times max(m, n).
 *       (float?; PyTorch's default None; as rcond, rcond_present; None: rcond_present false (the value is ignored))
 *   driver: The LAPACK routine: "gels", "gelsy", "gelsd" or "gelss"; None for gelsy on the
 *       CPU.
 *       (str?; keyword-only in the wrappers; PyTorch's default None; None: NULL)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       solution: X, of shape (*, n, k); residuals: The squared residuals (empty unless m > n,
 *       A has full rank and the driver is not gelsy); rank: The ranks of A (empty for the gels
 *       driver); singular_values: A's singular values (only for gelsd and gelss).
 *   PyTorch: torch.linalg.lstsq (ATen linalg_lstsq)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lstsq(int64_t input, int64_t b, double rcond, bool rcond_present, const char* driver, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The n-th power of a square matrix, or of each matrix of a batch, for an integer n.
 *   input: A tensor of shape (*, m, m) (invertible when n < 0); PyTorch's A.
 *       (Tensor)
 *   n: The exponent: 0 gives the identity, negative values powers of the inverse.
 *       (int)
 *   Returns: A new tensor of the input's shape.
 *   On error: 0.
 *   PyTorch: torch.linalg.matrix_power (ATen linalg_matrix_power)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_power(int64_t input, int64_t n) RT_TORCH_NOEXCEPT;

/*
 * The product of two or more matrices, in the order of multiplications that costs the fewest
 * operations.
 *   tensors: The factors: 2-D, except that the first and last may be 1-D.
 *       (Tensor[]; as tensors, tensors_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.linalg.multi_dot (ATen linalg_multi_dot)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_multi_dot(const int64_t* tensors, int64_t tensors_len) RT_TORCH_NOEXCEPT;

/*
 * A vector or matrix norm of a numeric order, over all or some dimensions.
 *   input: A floating-point or complex tensor (1-D or 2-D when dim is None and ord is
 *       given).
 *       (Tensor)
 *   ord: The order; None for the 2-norm of the flattened input (Frobenius for matrices).
 *       (Scalar?; PyTorch's default None; as ord, ord_int, ord_kind; None: ord_kind -1)
 *   dim: One dimension (a vector norm) or two (a matrix norm); None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: Compute in this dtype; None keeps the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new real tensor.
 *   On error: 0.
 *   PyTorch: torch.linalg.norm (ATen linalg_norm)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The Frobenius or nuclear norm of a matrix or a batch.
 *   input: A floating-point or complex tensor.
 *       (Tensor)
 *   ord: "fro" (Frobenius) or "nuc" (nuclear, the sum of the singular values).
 *       (str)
 *   dim: The two dimensions of the matrices; None for a 2-D input.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: Compute in this dtype; None keeps the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new real tensor.
 *   On error: 0.
 *   PyTorch: torch.linalg.norm (ATen linalg_norm.ord_str)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_norm_ord_str(int64_t input, const char* ord, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * A matrix norm of a numeric order, of a matrix or of each matrix of a batch.
 *   input: A floating-point or complex tensor with at least two dimensions; PyTorch's A.
 *       (Tensor)
 *   ord: The order: 2 or -2 (extreme singular values), 1, -1, inf or -inf (extreme column
 *       or row sums).
 *       (Scalar; as ord, ord_int, ord_kind)
 *   dim: The two dimensions of the matrices.
 *       (int[]; PyTorch's default [-2, -1]; as dim, dim_len)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: Compute in this dtype; None keeps the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new real tensor.
 *   On error: 0.
 *   PyTorch: torch.linalg.matrix_norm (ATen linalg_matrix_norm)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The Frobenius or nuclear norm of a matrix or of each matrix of a batch.
 *   input: A floating-point or complex tensor with at least two dimensions; PyTorch's A.
 *       (Tensor)
 *   ord: "fro" (Frobenius) or "nuc" (nuclear).
 *       (str; PyTorch's default 'fro')
 *   dim: The two dimensions of the matrices.
 *       (int[]; PyTorch's default [-2, -1]; as dim, dim_len)
 *   keepdim: Keep the reduced dimensions with size 1.
 *       (bool; PyTorch's default False)
 *   dtype: Compute in this dtype; None keeps the input's.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new real tensor.
 *   On error: 0.
 *   PyTorch: torch.linalg.matrix_norm (ATen linalg_matrix_norm.str_ord)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord(int64_t input, const char* ord, const int64_t* dim, int64_t dim_len, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The QR decomposition of a matrix or a batch.
 *   a: A tensor of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   mode: "reduced" (Q of shape (*, m, k), k = min(m, n)), "complete" (Q square) or "r" (R
 *       only, Q empty).
 *       (str; PyTorch's default 'reduced')
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       Q: The orthonormal (unitary) factor; R: The upper triangular factor.
 *   PyTorch: torch.linalg.qr (ATen linalg_qr)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_qr(int64_t a, const char* mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The sign (phase) and the log of the absolute value of the determinant of a square matrix or
 * batch.
 *   a: A tensor of shape (*, n, n); PyTorch's A.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       sign: -1, 0 or 1 (for complex inputs, the phase), of shape (*); logabsdet: log |det|,
 *       of shape (*) (-inf where the determinant is 0).
 *   PyTorch: torch.linalg.slogdet (ATen linalg_slogdet)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_slogdet(int64_t a, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The Vandermonde matrix of a vector (columns x**0, x**1, ...), or of each vector of a batch.
 *   x: A tensor of shape (*, n).
 *       (Tensor)
 *   n: The number of columns; None for x.size(-1).
 *       (int?; keyword-only in the wrappers; PyTorch's default None; as n, n_present; None: n_present false (the value is ignored))
 *   Returns: A new tensor of shape (*, x.size(-1), n).
 *   On error: 0.
 *   PyTorch: torch.linalg.vander (ATen linalg_vander)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_vander(int64_t x, int64_t n, bool n_present) RT_TORCH_NOEXCEPT;

/*
 * The compact LU factorization with partial pivoting of a matrix or a batch.
 *   a: A tensor of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   pivot: Pivot (false is only supported on CUDA).
 *       (bool; keyword-only in the wrappers; PyTorch's default True)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       LU: L (unit diagonal omitted) below the diagonal, U on and above it; pivots: The int32
 *       pivots (1-based), of shape (*, min(m, n)).
 *   PyTorch: torch.linalg.lu_factor (ATen linalg_lu_factor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor(int64_t a, bool pivot, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The compact LU factorization with a per-matrix status code instead of an error.
 *   a: A tensor of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   pivot: Pivot (false is only supported on CUDA).
 *       (bool; keyword-only in the wrappers; PyTorch's default True)
 *   check_errors: Raise an error where info is not 0.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       LU: L (unit diagonal omitted) below the diagonal, U on and above it; pivots: The int32
 *       pivots (1-based), of shape (*, min(m, n)); info: int32 of shape (*): 0 for success, i
 *       > 0 where U[i-1, i-1] is exactly 0.
 *   PyTorch: torch.linalg.lu_factor_ex (ATen linalg_lu_factor_ex)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_factor_ex(int64_t a, bool pivot, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The LU decomposition with partial pivoting A = P L U of a matrix or a batch.
 *   a: A tensor of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   pivot: Pivot (false is only supported on CUDA).
 *       (bool; keyword-only in the wrappers; PyTorch's default True)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       P: The permutation matrices; L: The unit lower triangular factors; U: The upper
 *       triangular factors.
 *   PyTorch: torch.linalg.lu (ATen linalg_lu)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu(int64_t a, bool pivot, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The solution of A X = B (or X A = B, or with A's adjoint) from the compact LU factorization
 * of A.
 *   lu: The compact factors of A (linalg.lu_factor's LU), of shape (*, n, n); PyTorch's
 *       LU.
 *       (Tensor)
 *   pivots: Their pivots, of shape (*, n).
 *       (Tensor)
 *   b: The right-hand side B; PyTorch's B.
 *       (Tensor)
 *   left: Solve A X = B (else X A = B).
 *       (bool; keyword-only in the wrappers; PyTorch's default True)
 *   adjoint: Use A's conjugate transpose.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor X of B's shape.
 *   On error: 0.
 *   PyTorch: torch.linalg.lu_solve (ATen linalg_lu_solve)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_lu_solve(int64_t lu, int64_t pivots, int64_t b, bool left, bool adjoint) RT_TORCH_NOEXCEPT;

/*
 * The inverse of a square matrix or batch, with a per-matrix status code instead of an error
 * for singular ones.
 *   a: A tensor of shape (*, n, n); PyTorch's A.
 *       (Tensor)
 *   check_errors: Raise an error where info is not 0, as linalg.inv does.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       inverse: The inverses (meaningful where info is 0); info: int32 of shape (*): 0 for
 *       success.
 *   PyTorch: torch.linalg.inv_ex (ATen linalg_inv_ex)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_inv_ex(int64_t a, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The solution X of A X = B (or X A = B) for a square invertible A, with batches broadcasting.
 *   a: A, of shape (*, n, n); PyTorch's A.
 *       (Tensor)
 *   b: B, of shape (*, n) or (*, n, k); PyTorch's B.
 *       (Tensor)
 *   left: Solve A X = B (else X A = B).
 *       (bool; keyword-only in the wrappers; PyTorch's default True)
 *   Returns: A new tensor X of B's (broadcast) shape; a singular A is an error.
 *   On error: 0.
 *   PyTorch: torch.linalg.solve (ATen linalg_solve)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve(int64_t a, int64_t b, bool left) RT_TORCH_NOEXCEPT;

/*
 * The solution of A X = B with a per-matrix status code instead of an error for singular A.
 *   a: A, of shape (*, n, n); PyTorch's A.
 *       (Tensor)
 *   b: B, of shape (*, n) or (*, n, k); PyTorch's B.
 *       (Tensor)
 *   left: Solve A X = B (else X A = B).
 *       (bool; keyword-only in the wrappers; PyTorch's default True)
 *   check_errors: Raise an error where info is not 0.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       result: X (meaningful where info is 0); info: int32 of shape (*): 0 for success.
 *   PyTorch: torch.linalg.solve_ex (ATen linalg_solve_ex)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_ex(int64_t a, int64_t b, bool left, bool check_errors, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The solution X of A X = B (or X A = B) for a triangular A.
 *   input: A, of shape (*, n, n) (or (*, k, k) when left is false); PyTorch's A.
 *       (Tensor)
 *   b: B, of shape (*, n, k); PyTorch's B.
 *       (Tensor)
 *   upper: A is upper triangular (else lower); the other triangle is not read.
 *       (bool; keyword-only in the wrappers)
 *   left: Solve A X = B (else X A = B).
 *       (bool; keyword-only in the wrappers; PyTorch's default True)
 *   unitriangular: Take A's diagonal as ones without reading it.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor X of B's (broadcast) shape.
 *   On error: 0.
 *   PyTorch: torch.linalg.solve_triangular (ATen linalg_solve_triangular)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_solve_triangular(int64_t input, int64_t b, bool upper, bool left, bool unitriangular) RT_TORCH_NOEXCEPT;

/*
 * The numerical rank of a matrix or batch, with absolute and relative tolerances given as
 * tensors.
 *   input: A tensor of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   atol: The absolute tolerance (broadcastable to (*)); None for 0.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   rtol: The relative tolerance; None for epsilon times max(m, n) when atol is None too,
 *       else 0.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   hermitian: A is symmetric (Hermitian), so eigenvalues may be used.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new int64 tensor of shape (*).
 *   On error: 0.
 *   PyTorch: torch.linalg.matrix_rank (ATen linalg_matrix_rank.atol_rtol_tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian) RT_TORCH_NOEXCEPT;

/*
 * The numerical rank of a matrix or batch, with absolute and relative tolerances given as
 * numbers.
 *   input: A tensor of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   atol: The absolute tolerance; None for 0.
 *       (float?; keyword-only in the wrappers; PyTorch's default None; as atol, atol_present; None: atol_present false (the value is ignored))
 *   rtol: The relative tolerance; None for epsilon times max(m, n) when atol is None too,
 *       else 0.
 *       (float?; keyword-only in the wrappers; PyTorch's default None; as rtol, rtol_present; None: rtol_present false (the value is ignored))
 *   hermitian: A is symmetric (Hermitian), so eigenvalues may be used.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new int64 tensor of shape (*).
 *   On error: 0.
 *   PyTorch: torch.linalg.matrix_rank (ATen linalg_matrix_rank.atol_rtol_float)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian) RT_TORCH_NOEXCEPT;

/*
 * The numerical rank of a matrix or batch, with one absolute tolerance (NumPy's form).
 *   input: A tensor of shape (*, m, n).
 *       (Tensor)
 *   tol: The absolute tolerance (atol).
 *       (float)
 *   hermitian: A is symmetric (Hermitian), so eigenvalues may be used.
 *       (bool; PyTorch's default False)
 *   Returns: A new int64 tensor of shape (*).
 *   On error: 0.
 *   PyTorch: torch.linalg.matrix_rank (ATen linalg_matrix_rank)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank(int64_t input, double tol, bool hermitian) RT_TORCH_NOEXCEPT;

/*
 * The numerical rank of a matrix or batch, with one absolute tolerance given as a tensor
 * (NumPy's form).
 *   input: A tensor of shape (*, m, n).
 *       (Tensor)
 *   tol: The absolute tolerance (atol), broadcastable to (*).
 *       (Tensor)
 *   hermitian: A is symmetric (Hermitian), so eigenvalues may be used.
 *       (bool; PyTorch's default False)
 *   Returns: A new int64 tensor of shape (*).
 *   On error: 0.
 *   PyTorch: torch.linalg.matrix_rank (ATen linalg_matrix_rank.tol_tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(int64_t input, int64_t tol, bool hermitian) RT_TORCH_NOEXCEPT;

/*
 * The Moore-Penrose pseudo-inverse of a matrix or batch, with absolute and relative tolerances
 * given as tensors.
 *   input: A tensor of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   atol: Singular values below it count as 0; None for 0.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   rtol: The same, relative to the largest; None for epsilon times max(m, n) when atol is
 *       None too, else 0.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   hermitian: A is symmetric (Hermitian), so eigenvalues may be used.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor of shape (*, n, m).
 *   On error: 0.
 *   PyTorch: torch.linalg.pinv (ATen linalg_pinv.atol_rtol_tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian) RT_TORCH_NOEXCEPT;

/*
 * The Moore-Penrose pseudo-inverse of a matrix or batch, with absolute and relative tolerances
 * given as numbers.
 *   input: A tensor of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   atol: Singular values below it count as 0; None for 0.
 *       (float?; keyword-only in the wrappers; PyTorch's default None; as atol, atol_present; None: atol_present false (the value is ignored))
 *   rtol: The same, relative to the largest; None for epsilon times max(m, n) when atol is
 *       None too, else 0.
 *       (float?; keyword-only in the wrappers; PyTorch's default None; as rtol, rtol_present; None: rtol_present false (the value is ignored))
 *   hermitian: A is symmetric (Hermitian), so eigenvalues may be used.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor of shape (*, n, m).
 *   On error: 0.
 *   PyTorch: torch.linalg.pinv (ATen linalg_pinv.atol_rtol_float)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian) RT_TORCH_NOEXCEPT;

/*
 * The Moore-Penrose pseudo-inverse of a matrix or batch, with one relative tolerance (NumPy's
 * rcond).
 *   input: A tensor of shape (*, m, n).
 *       (Tensor)
 *   rcond: Singular values below rcond times the largest count as 0 (rtol).
 *       (float)
 *   hermitian: A is symmetric (Hermitian), so eigenvalues may be used.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor of shape (*, n, m).
 *   On error: 0.
 *   PyTorch: torch.linalg.pinv (ATen linalg_pinv)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv(int64_t input, double rcond, bool hermitian) RT_TORCH_NOEXCEPT;

/*
 * The Moore-Penrose pseudo-inverse of a matrix or batch, with one relative tolerance given as
 * a tensor (NumPy's rcond).
 *   input: A tensor of shape (*, m, n).
 *       (Tensor)
 *   rcond: Singular values below rcond times the largest count as 0 (rtol), broadcastable
 *       to (*).
 *       (Tensor)
 *   hermitian: A is symmetric (Hermitian), so eigenvalues may be used.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor of shape (*, n, m).
 *   On error: 0.
 *   PyTorch: torch.linalg.pinv (ATen linalg_pinv.rcond_tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor(int64_t input, int64_t rcond, bool hermitian) RT_TORCH_NOEXCEPT;

/*
 * The singular values of a matrix or batch, in descending order.
 *   a: A tensor of shape (*, m, n); PyTorch's A.
 *       (Tensor)
 *   driver: The cuSOLVER routine on CUDA; None lets PyTorch choose (ignored on the CPU).
 *       (svd_driver?; keyword-only in the wrappers; PyTorch's default None; None: NULL; one of gesvd, gesvdj, gesvda)
 *   Returns: A new real tensor of shape (*, min(m, n)).
 *   On error: 0.
 *   PyTorch: torch.linalg.svdvals (ATen linalg_svdvals)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_svdvals(int64_t a, const char* driver) RT_TORCH_NOEXCEPT;

/*
 * The inverse of a tensor for torch.tensordot over ind dimensions.
 *   input: A tensor with prod(shape[:ind]) == prod(shape[ind:]); PyTorch's A.
 *       (Tensor)
 *   ind: The number of leading dimensions that form the rows (positive).
 *       (int; PyTorch's default 2)
 *   Returns: A new tensor of shape shape[ind:] + shape[:ind].
 *   On error: 0.
 *   PyTorch: torch.linalg.tensorinv (ATen linalg_tensorinv)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorinv(int64_t input, int64_t ind) RT_TORCH_NOEXCEPT;

/*
 * The solution X of tensordot(A, X, X.dim()) = B.
 *   input: A, with prod(A.shape[:B.dim()]) == prod(A.shape[B.dim():]); PyTorch's A.
 *       (Tensor)
 *   other: B; PyTorch's B.
 *       (Tensor)
 *   dims: Dimensions of A moved to the end first; None for none.
 *       (int[]?; PyTorch's default None; as dims, dims_len, dims_present; None: dims_present false (the array is ignored))
 *   Returns: A new tensor X of shape A.shape[B.dim():].
 *   On error: 0.
 *   PyTorch: torch.linalg.tensorsolve (ATen linalg_tensorsolve)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linalg_tensorsolve(int64_t input, int64_t other, const int64_t* dims, int64_t dims_len, bool dims_present) RT_TORCH_NOEXCEPT;

/*
 * The tensor with its last two dimensions swapped (a view), as the property Tensor.mT.
 *   input: A tensor with at least two dimensions.
 *       (Tensor)
 *   Returns: A new handle to a view sharing the input's memory.
 *   On error: 0.
 *   PyTorch: torch.Tensor.mT
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mt(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The conjugate transpose of the last two dimensions (a view), as the property Tensor.mH.
 *   input: A tensor with at least two dimensions.
 *       (Tensor)
 *   Returns: A new handle to a view sharing the input's memory (a conjugate view for complex
 *   tensors).
 *   On error: 0.
 *   PyTorch: torch.Tensor.mH
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mh(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The tensor with the order of all its dimensions reversed (a view), as the property Tensor.T.
 *   input: A tensor; PyTorch deprecates T for other than 2 dimensions (use mT or permute).
 *       (Tensor)
 *   Returns: A new handle to a view sharing the input's memory.
 *   On error: 0.
 *   PyTorch: torch.Tensor.T
 */
RT_TORCH_API int64_t rt_torch_torchtensor_numpy_t(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The conjugate transpose of a matrix (a view), as the property Tensor.H.
 *   input: A tensor with 0 or 2 dimensions.
 *       (Tensor)
 *   Returns: A new handle to a view sharing the input's memory (a conjugate view for complex
 *   tensors).
 *   On error: 0.
 *   PyTorch: torch.Tensor.H
 */
RT_TORCH_API int64_t rt_torch_torchtensor_matrix_h(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise cosine of the input, in radians.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.cos (ATen cos)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cos(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise tangent of the input, in radians.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.tan (ATen tan)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_tan(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise arccosine of the input, in radians (NaN outside [-1, 1]).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.acos (ATen acos)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_acos(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise inverse hyperbolic cosine of the input (NaN below 1).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.acosh (ATen acosh)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_acosh(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise arcsine of the input, in radians (NaN outside [-1, 1]).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.asin (ATen asin)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_asin(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise inverse hyperbolic sine of the input.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.asinh (ATen asinh)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_asinh(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise arctangent of the input, in radians.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.atan (ATen atan)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_atan(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise inverse hyperbolic tangent of the input (NaN outside [-1, 1]).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.atanh (ATen atanh)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_atanh(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise hyperbolic cosine of the input.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.cosh (ATen cosh)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cosh(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise hyperbolic sine of the input.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.sinh (ATen sinh)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sinh(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Rounds every element up to the nearest integer (the smallest integer not below it).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor of the input's dtype (integer inputs are returned unchanged in
 *   value).
 *   On error: 0.
 *   PyTorch: torch.ceil (ATen ceil)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ceil(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Rounds every element down to the nearest integer (the largest integer not above it).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor of the input's dtype (integer inputs are returned unchanged in
 *   value).
 *   On error: 0.
 *   PyTorch: torch.floor (ATen floor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_floor(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Rounds every element to the nearest integer, halves to even.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor of the input's dtype (integer inputs are returned unchanged in
 *   value).
 *   On error: 0.
 *   PyTorch: torch.round (ATen round)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_round(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Rounds every element to a number of decimal places, halves to even.
 *   input: The input tensor.
 *       (Tensor)
 *   decimals: The decimal places to keep; a negative number rounds to tens, hundreds, ...
 *       (-1, -2, ...).
 *       (int; keyword-only in the wrappers)
 *   Returns: A new tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.round (ATen round.decimals)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_round_decimals(int64_t input, int64_t decimals) RT_TORCH_NOEXCEPT;

/*
 * Rounds every element toward zero (drops its fractional part).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor of the input's dtype (integer inputs are returned unchanged in
 *   value).
 *   On error: 0.
 *   PyTorch: torch.trunc (ATen trunc)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_trunc(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The fractional part of every element (input - trunc(input), with the input's sign).
 *   input: The input tensor (floating point).
 *       (Tensor)
 *   Returns: A new tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.frac (ATen frac)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_frac(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise sign of the input: -1, 0 or 1 (0 for a zero and for NaN).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.sign (ATen sign)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sign(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Whether each element has its sign bit set (true for -0.0 and negative NaN too).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.signbit (ATen signbit)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_signbit(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise normalized sinc of the input, sin(pi x) / (pi x), 1 at 0.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.sinc (ATen sinc)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sinc(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Converts every element from degrees to radians.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.deg2rad (ATen deg2rad)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_deg2rad(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Converts every element from radians to degrees.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.rad2deg (ATen rad2deg)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_rad2deg(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise base-2 exponential of the input, 2^x.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.exp2 (ATen exp2)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_exp2(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise exp(x) - 1, accurate for small x.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.expm1 (ATen expm1)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_expm1(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise natural logarithm of 1 + x, accurate for small x.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.log1p (ATen log1p)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_log1p(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise base-10 logarithm of the input.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.log10 (ATen log10)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_log10(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise base-2 logarithm of the input.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.log2 (ATen log2)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_log2(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise reciprocal of the square root of the input, 1 / sqrt(x).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.rsqrt (ATen rsqrt)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_rsqrt(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise square of the input.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor of the input's dtype (int64 for bool).
 *   On error: 0.
 *   PyTorch: torch.square (ATen square)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_square(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise modified Bessel function of the first kind, order zero.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.i0 (ATen i0)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_i0(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise error function of the input.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.erf (ATen erf)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_erf(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise complementary error function of the input, 1 - erf(x).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.erfc (ATen erfc)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_erfc(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise inverse error function of the input (defined on (-1, 1); +-inf at +-1).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.erfinv (ATen erfinv)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_erfinv(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise natural logarithm of the absolute value of the gamma function.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.lgamma (ATen lgamma)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_lgamma(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise digamma function, the derivative of lgamma.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.digamma (ATen digamma)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_digamma(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The input itself (unary plus); refused for bool tensors, as in PyTorch.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new handle to a view of input.
 *   On error: 0.
 *   PyTorch: torch.positive (ATen positive)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_positive(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise angle of the input in radians (0 or pi for real numbers, NaN kept).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.angle (ATen angle)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_angle(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise complex conjugate of the input, computed (a copy for real tensors).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.conj_physical (ATen conj_physical)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_conj_physical(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise log-odds of the input, log(x / (1 - x)), optionally clamping x to [eps, 1 -
 * eps].
 *   input: The input tensor.
 *       (Tensor)
 *   eps: Clamp the input to [eps, 1 - eps] first; None for no clamping (then 0 and 1 give
 *       -inf and inf).
 *       (float?; PyTorch's default None; as eps, eps_present; None: eps_present false (the value is ignored))
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.logit (ATen logit)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logit(int64_t input, double eps, bool eps_present) RT_TORCH_NOEXCEPT;

/*
 * The element-wise n-th derivative of the digamma function.
 *   n: The order of the derivative (0 is digamma), not negative.
 *       (int)
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.polygamma (ATen polygamma)
 */
RT_TORCH_API int64_t rt_torch_tensor_polygamma(int64_t n, int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise multivariate log-gamma function of dimension p.
 *   input: The input tensor; every element must exceed (p - 1) / 2.
 *       (Tensor)
 *   p: The number of dimensions, at least 1.
 *       (int)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.mvlgamma (ATen mvlgamma)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mvlgamma(int64_t input, int64_t p) RT_TORCH_NOEXCEPT;

/*
 * Replaces NaN, positive and negative infinity with finite numbers.
 *   input: The input tensor.
 *       (Tensor)
 *   nan: The value for NaN; None for 0.
 *       (float?; PyTorch's default None; as nan, nan_present; None: nan_present false (the value is ignored))
 *   posinf: The value for +inf; None for the dtype's largest finite value.
 *       (float?; PyTorch's default None; as posinf, posinf_present; None: posinf_present false (the value is ignored))
 *   neginf: The value for -inf; None for the dtype's lowest finite value.
 *       (float?; PyTorch's default None; as neginf, neginf_present; None: neginf_present false (the value is ignored))
 *   Returns: A new tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.nan_to_num (ATen nan_to_num)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nan_to_num(int64_t input, double nan, bool nan_present, double posinf, bool posinf_present, double neginf, bool neginf_present) RT_TORCH_NOEXCEPT;

/*
 * Splits every element into a mantissa in [0.5, 1) (by magnitude) and a power-of-two exponent.
 *   input: The input tensor.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       mantissa: The mantissas, of the input's (floating-point) dtype; exponent: The
 *       exponents, int32: input = mantissa * 2^exponent.
 *   PyTorch: torch.frexp (ATen frexp.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_frexp_tensor(int64_t input, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The element-wise arctangent of input / other, in radians, in the quadrant of the point
 * (other, input).
 *   input: The y coordinates.
 *       (Tensor)
 *   other: The x coordinates, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.atan2 (ATen atan2)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_atan2(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise log(exp(input) + exp(other)), computed without overflow.
 *   input: The first input tensor.
 *       (Tensor)
 *   other: The second input tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.logaddexp (ATen logaddexp)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise log2(2^input + 2^other), computed without overflow.
 *   input: The first input tensor.
 *       (Tensor)
 *   other: The second input tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.logaddexp2 (ATen logaddexp2)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logaddexp2(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise input * log(other), 0 where input is 0 (even when other is 0 or inf).
 *   input: The multiplier.
 *       (Tensor)
 *   other: The argument of the logarithm, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.xlogy (ATen xlogy.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise input * log(other), 0 where input is 0 (even when other is 0 or inf).
 *   input: The multiplier.
 *       (Tensor)
 *   other: The argument of the logarithm.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.xlogy (ATen xlogy.Scalar_Other)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_xlogy_scalar_other(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise input * log(other), 0 where input is 0 (even when other is 0 or inf).
 *   input: The multiplier.
 *       (Scalar; as input, input_int, input_kind)
 *   other: The argument of the logarithm, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.xlogy (ATen xlogy.Scalar_Self)
 */
RT_TORCH_API int64_t rt_torch_tensor_xlogy_scalar_self(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise hypotenuse sqrt(input^2 + other^2).
 *   input: The first input tensor.
 *       (Tensor)
 *   other: The second input tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted (floating-point) dtype.
 *   On error: 0.
 *   PyTorch: torch.hypot (ATen hypot)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_hypot(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Linear interpolation between two tensors, input + weight * (end - input).
 *   input: The start points.
 *       (Tensor)
 *   end: The end points, broadcastable with input.
 *       (Tensor)
 *   weight: The interpolation weight (0 gives input, 1 gives end).
 *       (Scalar; as weight, weight_int, weight_kind)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.lerp (ATen lerp.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_lerp_scalar(int64_t input, int64_t end, double weight, int64_t weight_int, int32_t weight_kind) RT_TORCH_NOEXCEPT;

/*
 * Linear interpolation between two tensors, input + weight * (end - input).
 *   input: The start points.
 *       (Tensor)
 *   end: The end points, broadcastable with input.
 *       (Tensor)
 *   weight: The interpolation weights, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.lerp (ATen lerp.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_lerp_tensor(int64_t input, int64_t end, int64_t weight) RT_TORCH_NOEXCEPT;

/*
 * The next floating-point value after input toward other, element-wise.
 *   input: The start values (floating point).
 *       (Tensor)
 *   other: The directions, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.nextafter (ATen nextafter)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_nextafter(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The magnitude of input with the sign (bit) of other, element-wise.
 *   input: The magnitudes.
 *       (Tensor)
 *   other: The tensor whose signs are applied, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.copysign (ATen copysign.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_copysign_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The magnitude of input with the sign (bit) of other, element-wise.
 *   input: The magnitudes.
 *       (Tensor)
 *   other: The number whose sign is applied.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.copysign (ATen copysign.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_copysign_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise maximum of two tensors, ignoring NaN (NaN only where both are NaN).
 *   input: The first input tensor.
 *       (Tensor)
 *   other: The second input tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.fmax (ATen fmax)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_fmax(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise minimum of two tensors, ignoring NaN (NaN only where both are NaN).
 *   input: The first input tensor.
 *       (Tensor)
 *   other: The second input tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.fmin (ATen fmin)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_fmin(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise C-style remainder of a division (std::fmod: the sign of the dividend).
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisors, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.fmod (ATen fmod.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_fmod_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise C-style remainder of a division (std::fmod: the sign of the dividend).
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisor.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.fmod (ATen fmod.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_fmod_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise Python-style remainder of a division (the sign of the divisor).
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisors, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.remainder (ATen remainder.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_remainder_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise Python-style remainder of a division (the sign of the divisor).
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisor.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.remainder (ATen remainder.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_remainder_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise Python-style remainder of a division (the sign of the divisor).
 *   input: The dividend, a number.
 *       (Scalar; as input, input_int, input_kind)
 *   other: The divisors.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.remainder (ATen remainder.Scalar_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_remainder_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise quotient rounded down (toward negative infinity).
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisors, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.floor_divide (ATen floor_divide)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise quotient rounded down (toward negative infinity).
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisor.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.floor_divide (ATen floor_divide.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_floor_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise true division (torch.div without rounding).
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisors, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.true_divide (ATen true_divide.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise true division (torch.div without rounding).
 *   input: The dividend.
 *       (Tensor)
 *   other: The divisor.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.true_divide (ATen true_divide.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_true_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Raises input to the power of exponent element-wise, in double precision.
 *   input: The bases.
 *       (Tensor)
 *   exponent: The exponents, broadcastable with input.
 *       (Tensor)
 *   Returns: A new float64 tensor.
 *   On error: 0.
 *   PyTorch: torch.float_power (ATen float_power.Tensor_Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_tensor(int64_t input, int64_t exponent) RT_TORCH_NOEXCEPT;

/*
 * Raises input to the power of exponent element-wise, in double precision.
 *   input: The bases.
 *       (Tensor)
 *   exponent: The exponent.
 *       (Scalar; as exponent, exponent_int, exponent_kind)
 *   Returns: A new float64 tensor.
 *   On error: 0.
 *   PyTorch: torch.float_power (ATen float_power.Tensor_Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_float_power_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) RT_TORCH_NOEXCEPT;

/*
 * Raises input to the power of exponent element-wise, in double precision.
 *   input: The base, a number.
 *       (Scalar; as input, input_int, input_kind)
 *   exponent: The exponents.
 *       (Tensor)
 *   Returns: A new float64 tensor.
 *   On error: 0.
 *   PyTorch: torch.float_power (ATen float_power.Scalar)
 */
RT_TORCH_API int64_t rt_torch_tensor_float_power_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent) RT_TORCH_NOEXCEPT;

/*
 * The element-wise Heaviside step: 0 below zero, 1 above, values where input is zero.
 *   input: The input tensor.
 *       (Tensor)
 *   values: The results where input is zero, broadcastable with input (same dtype).
 *       (Tensor)
 *   Returns: A new tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.heaviside (ATen heaviside)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_heaviside(int64_t input, int64_t values) RT_TORCH_NOEXCEPT;

/*
 * The element-wise least common multiple of two integer tensors (non-negative).
 *   input: The first input tensor.
 *       (Tensor)
 *   other: The second input tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new integer tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.lcm (ATen lcm)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_lcm(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise greatest common divisor of two integer tensors (non-negative).
 *   input: The first input tensor.
 *       (Tensor)
 *   other: The second input tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new integer tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.gcd (ATen gcd)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_gcd(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise input * 2^other.
 *   input: The mantissas.
 *       (Tensor)
 *   other: The exponents (usually integers), broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor (floating point: integer inputs give the default float dtype).
 *   On error: 0.
 *   PyTorch: torch.ldexp (ATen ldexp.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ldexp_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Limits every element to [min, max] by numbers (max wins where min > max).
 *   input: The input tensor.
 *       (Tensor)
 *   min: The lower bound; None for none (at least one of min and max must be given).
 *       (Scalar?; PyTorch's default None; as min, min_int, min_kind; None: min_kind -1)
 *   max: The upper bound; None for none.
 *       (Scalar?; PyTorch's default None; as max, max_int, max_kind; None: max_kind -1)
 *   Returns: A new tensor of the promoted dtype of input and the bounds.
 *   On error: 0.
 *   PyTorch: torch.clamp (ATen clamp)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;

/*
 * Limits every element to [min, max] by tensors of bounds, element-wise.
 *   input: The input tensor.
 *       (Tensor)
 *   min: The lower bounds, broadcastable with input; None for none (at least one of min
 *       and max must be given).
 *       (Tensor?; PyTorch's default None; None: 0)
 *   max: The upper bounds, broadcastable with input; None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   Returns: A new tensor of the promoted dtype of input and the bounds.
 *   On error: 0.
 *   PyTorch: torch.clamp (ATen clamp.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_tensor(int64_t input, int64_t min, int64_t max) RT_TORCH_NOEXCEPT;

/*
 * Limits every element to at least a number, max(input, min).
 *   input: The input tensor.
 *       (Tensor)
 *   min: The lower bound.
 *       (Scalar; as min, min_int, min_kind)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.clamp_min (ATen clamp_min)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min(int64_t input, double min, int64_t min_int, int32_t min_kind) RT_TORCH_NOEXCEPT;

/*
 * Limits every element to at least the matching lower bound of a tensor.
 *   input: The input tensor.
 *       (Tensor)
 *   min: The lower bounds, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.clamp_min (ATen clamp_min.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_min_tensor(int64_t input, int64_t min) RT_TORCH_NOEXCEPT;

/*
 * Limits every element to at most a number, min(input, max).
 *   input: The input tensor.
 *       (Tensor)
 *   max: The upper bound.
 *       (Scalar; as max, max_int, max_kind)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.clamp_max (ATen clamp_max)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max(int64_t input, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;

/*
 * Limits every element to at most the matching upper bound of a tensor.
 *   input: The input tensor.
 *       (Tensor)
 *   max: The upper bounds, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.clamp_max (ATen clamp_max.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clamp_max_tensor(int64_t input, int64_t max) RT_TORCH_NOEXCEPT;

/*
 * The element-wise minimum of two tensors, with broadcasting.
 *   input: The first input tensor.
 *       (Tensor)
 *   other: The second input tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor (NaN where either input is NaN).
 *   On error: 0.
 *   PyTorch: torch.minimum (ATen minimum)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_minimum(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * input + value * tensor1 * tensor2, element-wise.
 *   input: The tensor to add to.
 *       (Tensor)
 *   tensor1: The first factor.
 *       (Tensor)
 *   tensor2: The second factor.
 *       (Tensor)
 *   value: The multiplier of tensor1 * tensor2.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as value, value_int, value_kind)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.addcmul (ATen addcmul)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_addcmul(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;

/*
 * input + value * tensor1 / tensor2, element-wise (true division; refused for integer tensors,
 * as in PyTorch).
 *   input: The tensor to add to.
 *       (Tensor)
 *   tensor1: The numerators.
 *       (Tensor)
 *   tensor2: The denominators.
 *       (Tensor)
 *   value: The multiplier of tensor1 / tensor2.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as value, value_int, value_kind)
 *   Returns: A new tensor of the promoted dtype of the inputs.
 *   On error: 0.
 *   PyTorch: torch.addcdiv (ATen addcdiv)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_addcdiv(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input == other, with broadcasting.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The tensor to compare with, broadcastable with input.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.eq (ATen eq.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_eq_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input == other, against a number.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The number to compare with.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.eq (ATen eq.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_eq_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input != other, with broadcasting.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The tensor to compare with, broadcastable with input.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.ne (ATen ne.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ne_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input != other, against a number.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The number to compare with.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.ne (ATen ne.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ne_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input > other, with broadcasting.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The tensor to compare with, broadcastable with input.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.gt (ATen gt.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_gt_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input > other, against a number.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The number to compare with.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.gt (ATen gt.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_gt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input >= other, with broadcasting.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The tensor to compare with, broadcastable with input.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.ge (ATen ge.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ge_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input >= other, against a number.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The number to compare with.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.ge (ATen ge.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_ge_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input < other, with broadcasting.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The tensor to compare with, broadcastable with input.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.lt (ATen lt.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_lt_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input < other, against a number.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The number to compare with.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.lt (ATen lt.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_lt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input <= other, with broadcasting.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The tensor to compare with, broadcastable with input.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.le (ATen le.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_le_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Element-wise comparison input <= other, against a number.
 *   input: The tensor to compare.
 *       (Tensor)
 *   other: The number to compare with.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.le (ATen le.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_le_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Whether two tensors have the same shape and the same elements (NaN never equals NaN).
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor.
 *       (Tensor)
 *   Returns: True when shape and every element agree.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.equal (ATen equal)
 */
RT_TORCH_API bool rt_torch_torchtensor_equal(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Whether each element of input is close to other, |input - other| <= atol + rtol * |other|.
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with input.
 *       (Tensor)
 *   rtol: The relative tolerance.
 *       (float; PyTorch's default 1e-05)
 *   atol: The absolute tolerance.
 *       (float; PyTorch's default 1e-08)
 *   equal_nan: Count two NaNs as close.
 *       (bool; PyTorch's default False)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.isclose (ATen isclose)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_isclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan) RT_TORCH_NOEXCEPT;

/*
 * Whether every element of input is close to other, |input - other| <= atol + rtol * |other|.
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with input.
 *       (Tensor)
 *   rtol: The relative tolerance.
 *       (float; PyTorch's default 1e-05)
 *   atol: The absolute tolerance.
 *       (float; PyTorch's default 1e-08)
 *   equal_nan: Count two NaNs as close.
 *       (bool; PyTorch's default False)
 *   Returns: True when every element is close.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.allclose (ATen allclose)
 */
RT_TORCH_API bool rt_torch_torchtensor_allclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan) RT_TORCH_NOEXCEPT;

/*
 * Whether each element is finite (not NaN nor infinite).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.isfinite (ATen isfinite)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_isfinite(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Whether each element is positive or negative infinity.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.isinf (ATen isinf)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_isinf(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Whether each element is positive infinity.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.isposinf (ATen isposinf)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_isposinf(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Whether each element is negative infinity.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.isneginf (ATen isneginf)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_isneginf(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Whether each element is real-valued (always true for a real dtype; imaginary part 0 for
 * complex).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.isreal (ATen isreal)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_isreal(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Whether each element is NaN.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.isnan (ATen isnan)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_isnan(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise logical AND of two tensors (nonzero counts as true).
 *   input: The input tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.logical_and (ATen logical_and)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logical_and(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise logical OR of two tensors (nonzero counts as true).
 *   input: The input tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.logical_or (ATen logical_or)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logical_or(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise logical XOR of two tensors (nonzero counts as true).
 *   input: The input tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.logical_xor (ATen logical_xor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logical_xor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise logical NOT of a tensor (true where an element is zero).
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new bool tensor.
 *   On error: 0.
 *   PyTorch: torch.logical_not (ATen logical_not)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logical_not(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise AND of integer or bool values.
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_and (ATen bitwise_and.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise AND of integer or bool values.
 *   input: The tensor.
 *       (Tensor)
 *   other: The number (an integer or bool).
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_and (ATen bitwise_and.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_and_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise AND of integer or bool values.
 *   input: The number (an integer or bool).
 *       (Scalar; as input, input_int, input_kind)
 *   other: The tensor.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_and (ATen bitwise_and.Scalar_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_bitwise_and_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise OR of integer or bool values.
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_or (ATen bitwise_or.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise OR of integer or bool values.
 *   input: The tensor.
 *       (Tensor)
 *   other: The number (an integer or bool).
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_or (ATen bitwise_or.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_or_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise OR of integer or bool values.
 *   input: The number (an integer or bool).
 *       (Scalar; as input, input_int, input_kind)
 *   other: The tensor.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_or (ATen bitwise_or.Scalar_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_bitwise_or_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise XOR of integer or bool values.
 *   input: The first tensor.
 *       (Tensor)
 *   other: The second tensor, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_xor (ATen bitwise_xor.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise XOR of integer or bool values.
 *   input: The tensor.
 *       (Tensor)
 *   other: The number (an integer or bool).
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_xor (ATen bitwise_xor.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_xor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise XOR of integer or bool values.
 *   input: The number (an integer or bool).
 *       (Scalar; as input, input_int, input_kind)
 *   other: The tensor.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_xor (ATen bitwise_xor.Scalar_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_bitwise_xor_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The element-wise bitwise NOT of an integer or bool tensor.
 *   input: The input tensor.
 *       (Tensor)
 *   Returns: A new tensor of the input's dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_not (ATen bitwise_not)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Shifts integer values left by a number of bits, element-wise.
 *   input: The values to shift.
 *       (Tensor)
 *   other: The bit counts, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_left_shift (ATen bitwise_left_shift.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Shifts integer values left by a number of bits, element-wise.
 *   input: The values to shift.
 *       (Tensor)
 *   other: The bit count.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_left_shift (ATen bitwise_left_shift.Tensor_Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Shifts integer values left by a number of bits, element-wise.
 *   input: The value to shift, a number.
 *       (Scalar; as input, input_int, input_kind)
 *   other: The bit counts.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_left_shift (ATen bitwise_left_shift.Scalar_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_bitwise_left_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Shifts integer values right (arithmetic) by a number of bits, element-wise.
 *   input: The values to shift.
 *       (Tensor)
 *   other: The bit counts, broadcastable with input.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_right_shift (ATen bitwise_right_shift.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Shifts integer values right (arithmetic) by a number of bits, element-wise.
 *   input: The values to shift.
 *       (Tensor)
 *   other: The bit count.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_right_shift (ATen bitwise_right_shift.Tensor_Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Shifts integer values right (arithmetic) by a number of bits, element-wise.
 *   input: The value to shift, a number.
 *       (Scalar; as input, input_int, input_kind)
 *   other: The bit counts.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype.
 *   On error: 0.
 *   PyTorch: torch.bitwise_right_shift (ATen bitwise_right_shift.Scalar_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Picks input where condition is true and other elsewhere, element-wise with broadcasting.
 *   condition: The bool condition, broadcastable with input and other: true picks input,
 *       false picks other.
 *       (Tensor)
 *   input: The values where condition is true.
 *       (Tensor)
 *   other: The values where condition is false.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype of input and other.
 *   On error: 0.
 *   PyTorch: torch.where (ATen where.self)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_where_self(int64_t condition, int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Picks a number where condition is true and other elsewhere, element-wise with broadcasting.
 *   condition: The bool condition, broadcastable with input and other: true picks input,
 *       false picks other.
 *       (Tensor)
 *   input: The value where condition is true.
 *       (Scalar; as input, input_int, input_kind)
 *   other: The values where condition is false.
 *       (Tensor)
 *   Returns: A new tensor of the promoted dtype of input and other.
 *   On error: 0.
 *   PyTorch: torch.where (ATen where.ScalarSelf)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarself(int64_t condition, double input, int64_t input_int, int32_t input_kind, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Picks input where condition is true and a number elsewhere, element-wise with broadcasting.
 *   condition: The bool condition, broadcastable with input and other: true picks input,
 *       false picks other.
 *       (Tensor)
 *   input: The values where condition is true.
 *       (Tensor)
 *   other: The value where condition is false.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of the promoted dtype of input and other.
 *   On error: 0.
 *   PyTorch: torch.where (ATen where.ScalarOther)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_where_scalarother(int64_t condition, int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Picks one number where condition is true and another elsewhere.
 *   condition: The bool condition.
 *       (Tensor)
 *   input: The value where condition is true.
 *       (Scalar; as input, input_int, input_kind)
 *   other: The value where condition is false.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: A new tensor of condition's shape and the numbers' default dtype.
 *   On error: 0.
 *   PyTorch: torch.where (ATen where.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_where_scalar(int64_t condition, double input, int64_t input_int, int32_t input_kind, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * A copy of input with a number written where a bool mask is true.
 *   input: The input tensor.
 *       (Tensor)
 *   mask: The bool mask, broadcastable to input's shape.
 *       (Tensor)
 *   value: The value to write.
 *       (Scalar; as value, value_int, value_kind)
 *   Returns: A new tensor of input's dtype and shape.
 *   On error: 0.
 *   PyTorch: torch.masked_fill (ATen masked_fill.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_scalar(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;

/*
 * A copy of input with a 0-d tensor's value written where a bool mask is true.
 *   input: The input tensor.
 *       (Tensor)
 *   mask: The bool mask, broadcastable to input's shape.
 *       (Tensor)
 *   value: The value to write, a 0-d tensor.
 *       (Tensor)
 *   Returns: A new tensor of input's dtype and shape.
 *   On error: 0.
 *   PyTorch: torch.masked_fill (ATen masked_fill.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_masked_fill_tensor(int64_t input, int64_t mask, int64_t value) RT_TORCH_NOEXCEPT;

/*
 * Whether each element of elements occurs in test_elements.
 *   elements: The elements to test.
 *       (Tensor)
 *   test_elements: The values to look for (any shape).
 *       (Tensor)
 *   assume_unique: The elements and test elements are each free of duplicates (a faster
 *       path; wrong results otherwise).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   invert: Return true for the elements NOT in the test elements.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new bool tensor of elements' shape.
 *   On error: 0.
 *   PyTorch: torch.isin (ATen isin.Tensor_Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_tensor(int64_t elements, int64_t test_elements, bool assume_unique, bool invert) RT_TORCH_NOEXCEPT;

/*
 * Whether each element of elements equals a number.
 *   elements: The elements to test.
 *       (Tensor)
 *   test_element: The value to look for.
 *       (Scalar; as test_element, test_element_int, test_element_kind)
 *   assume_unique: The elements and test elements are each free of duplicates (a faster
 *       path; wrong results otherwise).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   invert: Return true for the elements NOT in the test elements.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new bool tensor of elements' shape.
 *   On error: 0.
 *   PyTorch: torch.isin (ATen isin.Tensor_Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_isin_tensor_scalar(int64_t elements, double test_element, int64_t test_element_int, int32_t test_element_kind, bool assume_unique, bool invert) RT_TORCH_NOEXCEPT;

/*
 * Whether a number occurs in test_elements.
 *   element: The number to test.
 *       (Scalar; as element, element_int, element_kind)
 *   test_elements: The values to look for (any shape).
 *       (Tensor)
 *   assume_unique: The elements and test elements are each free of duplicates (a faster
 *       path; wrong results otherwise).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   invert: Return true for the elements NOT in the test elements.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new 0-d bool tensor.
 *   On error: 0.
 *   PyTorch: torch.isin (ATen isin.Scalar_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_isin_scalar_tensor(double element, int64_t element_int, int32_t element_kind, int64_t test_elements, bool assume_unique, bool invert) RT_TORCH_NOEXCEPT;

/*
 * The elements of input where a bool mask is true, as a 1-D tensor (in row-major order).
 *   input: The input tensor.
 *       (Tensor)
 *   mask: The bool mask, broadcastable with input.
 *       (Tensor)
 *   Returns: A new 1-D tensor of input's dtype.
 *   On error: 0.
 *   PyTorch: torch.masked_select (ATen masked_select)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_masked_select(int64_t input, int64_t mask) RT_TORCH_NOEXCEPT;

/*
 * A copy of input with the elements of source written, in order, where a bool mask is true.
 *   input: The input tensor.
 *       (Tensor)
 *   mask: The bool mask, broadcastable to input's shape.
 *       (Tensor)
 *   source: The values to write, read in row-major order; at least as many as the mask's
 *       true elements.
 *       (Tensor)
 *   Returns: A new tensor of input's dtype and shape.
 *   On error: 0.
 *   PyTorch: torch.masked_scatter (ATen masked_scatter)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_masked_scatter(int64_t input, int64_t mask, int64_t source) RT_TORCH_NOEXCEPT;

/*
 * Subtracts alpha times another tensor from this one, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The tensor to subtract, broadcastable to input.
 *       (Tensor)
 *   alpha: The multiplier of other.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.sub_ (ATen sub_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_sub_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * Subtracts alpha times a number from every element, in place (an int keeps integer tensors
 * integer).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The number to subtract.
 *       (Scalar; as other, other_int, other_kind)
 *   alpha: The multiplier of other.
 *       (Scalar; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.sub_ (ATen sub_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_sub_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * Divides element-wise by another tensor, in place (true division: refused for integer
 * tensors).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The divisors, broadcastable to input.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.div_ (ATen div_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_div_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Divides element-wise by another tensor, in place, rounding the quotient as asked.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The divisors, broadcastable to input.
 *       (Tensor)
 *   rounding_mode: How to round the quotient: trunc (toward zero), floor (down), or None
 *       for true division (then an integer tensor is refused: the result would not fit its
 *       dtype).
 *       (rounding_mode?; keyword-only in the wrappers; None: NULL; one of trunc, floor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.div_ (ATen div_.Tensor_mode)
 */
RT_TORCH_API void rt_torch_torchtensor_div_tensor_mode_(int64_t input, int64_t other, const char* rounding_mode) RT_TORCH_NOEXCEPT;

/*
 * Divides every element by a number, in place (true division: refused for integer tensors).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The divisor.
 *       (Scalar; as other, other_int, other_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.div_ (ATen div_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_div_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Divides every element by a number, in place, rounding the quotient as asked.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The divisor.
 *       (Scalar; as other, other_int, other_kind)
 *   rounding_mode: How to round the quotient: trunc (toward zero), floor (down), or None
 *       for true division (then an integer tensor is refused: the result would not fit its
 *       dtype).
 *       (rounding_mode?; keyword-only in the wrappers; None: NULL; one of trunc, floor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.div_ (ATen div_.Scalar_mode)
 */
RT_TORCH_API void rt_torch_torchtensor_div_scalar_mode_(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode) RT_TORCH_NOEXCEPT;

/*
 * Sets every element to a number, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   value: The value (converted to input's dtype).
 *       (Scalar; as value, value_int, value_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.fill_ (ATen fill_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_fill_scalar_(int64_t input, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;

/*
 * Sets every element to the value of a 0-d tensor, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   value: The value, a 0-d tensor.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.fill_ (ATen fill_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_fill_tensor_(int64_t input, int64_t value) RT_TORCH_NOEXCEPT;

/*
 * Limits every element to [min, max] by numbers, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   min: The lower bound; None for none (at least one of min and max must be given).
 *       (Scalar?; PyTorch's default None; as min, min_int, min_kind; None: min_kind -1)
 *   max: The upper bound; None for none.
 *       (Scalar?; PyTorch's default None; as max, max_int, max_kind; None: max_kind -1)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.clamp_ (ATen clamp_)
 */
RT_TORCH_API void rt_torch_torchtensor_clamp_(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;

/*
 * Limits every element to [min, max] by tensors of bounds, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   min: The lower bounds, broadcastable to input; None for none (at least one of min and
 *       max must be given).
 *       (Tensor?; PyTorch's default None; None: 0)
 *   max: The upper bounds, broadcastable to input; None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.clamp_ (ATen clamp_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_clamp_tensor_(int64_t input, int64_t min, int64_t max) RT_TORCH_NOEXCEPT;

/*
 * Replaces every element by its square root, in place (refused for integer tensors).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.sqrt_ (ATen sqrt_)
 */
RT_TORCH_API void rt_torch_torchtensor_sqrt_(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Replaces every element by its exponential, in place (refused for integer tensors).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.exp_ (ATen exp_)
 */
RT_TORCH_API void rt_torch_torchtensor_exp_(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Replaces every element by its natural logarithm, in place (refused for integer tensors).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.log_ (ATen log_)
 */
RT_TORCH_API void rt_torch_torchtensor_log_(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Negates every element, in place (refused for bool tensors).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.neg_ (ATen neg_)
 */
RT_TORCH_API void rt_torch_torchtensor_neg_(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Replaces every element by its absolute value, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.abs_ (ATen abs_)
 */
RT_TORCH_API void rt_torch_torchtensor_abs_(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Raises every element to a number's power, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   exponent: The exponent.
 *       (Scalar; as exponent, exponent_int, exponent_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.pow_ (ATen pow_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_pow_scalar_(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind) RT_TORCH_NOEXCEPT;

/*
 * Raises every element to the matching power of another tensor, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   exponent: The exponents, broadcastable to input.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.pow_ (ATen pow_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_pow_tensor_(int64_t input, int64_t exponent) RT_TORCH_NOEXCEPT;

/*
 * Writes a number where a bool mask is true, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   mask: The bool mask, broadcastable to input's shape.
 *       (Tensor)
 *   value: The value to write.
 *       (Scalar; as value, value_int, value_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.masked_fill_ (ATen masked_fill_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_masked_fill_scalar_(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;

/*
 * Writes a 0-d tensor's value where a bool mask is true, in place.
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   mask: The bool mask, broadcastable to input's shape.
 *       (Tensor)
 *   value: The value to write, a 0-d tensor.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.masked_fill_ (ATen masked_fill_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_masked_fill_tensor_(int64_t input, int64_t mask, int64_t value) RT_TORCH_NOEXCEPT;

/*
 * Divides element-wise, rounding the quotient down (toward negative infinity), in place (the
 * result must fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The divisors, broadcastable to input.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.floor_divide_ (ATen floor_divide_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_floor_divide_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Divides element-wise, rounding the quotient down (toward negative infinity), in place (the
 * result must fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The divisor, a number.
 *       (Scalar; as other, other_int, other_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.floor_divide_ (ATen floor_divide_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_floor_divide_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Replaces every element by its remainder after division (the sign of the divisor, as Python's
 * %), in place (the result must fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The divisors, broadcastable to input.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.remainder_ (ATen remainder_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_remainder_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Replaces every element by its remainder after division (the sign of the divisor, as Python's
 * %), in place (the result must fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The divisor, a number.
 *       (Scalar; as other, other_int, other_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.remainder_ (ATen remainder_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_remainder_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Bitwise AND (logical AND for bool tensors) with another operand, in place (the result must
 * fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The tensor to combine with, broadcastable to input.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_and_ (ATen bitwise_and_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_and_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Bitwise AND (logical AND for bool tensors) with another operand, in place (the result must
 * fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The number to combine with, a number.
 *       (Scalar; as other, other_int, other_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_and_ (ATen bitwise_and_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_and_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Bitwise OR (logical OR for bool tensors) with another operand, in place (the result must fit
 * input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The tensor to combine with, broadcastable to input.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_or_ (ATen bitwise_or_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_or_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Bitwise OR (logical OR for bool tensors) with another operand, in place (the result must fit
 * input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The number to combine with, a number.
 *       (Scalar; as other, other_int, other_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_or_ (ATen bitwise_or_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_or_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Bitwise XOR (logical XOR for bool tensors) with another operand, in place (the result must
 * fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The tensor to combine with, broadcastable to input.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_xor_ (ATen bitwise_xor_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Bitwise XOR (logical XOR for bool tensors) with another operand, in place (the result must
 * fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The number to combine with, a number.
 *       (Scalar; as other, other_int, other_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_xor_ (ATen bitwise_xor_.Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_xor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Shifts the bits of every element left, in place (the result must fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The shift counts, broadcastable to input.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_left_shift_ (ATen bitwise_left_shift_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Shifts the bits of every element left, in place (the result must fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The shift count, a number.
 *       (Scalar; as other, other_int, other_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_left_shift_ (ATen bitwise_left_shift_.Tensor_Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Shifts the bits of every element right (arithmetic shift for signed integers), in place (the
 * result must fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The shift counts, broadcastable to input.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_right_shift_ (ATen bitwise_right_shift_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Shifts the bits of every element right (arithmetic shift for signed integers), in place (the
 * result must fit input's dtype).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   other: The shift count, a number.
 *       (Scalar; as other, other_int, other_kind)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.bitwise_right_shift_ (ATen bitwise_right_shift_.Tensor_Scalar)
 */
RT_TORCH_API void rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Writes (or adds) values at the positions advanced indexing selects, in place (t[indices] =
 * values).
 *   input: The tensor to update; a leaf that requires grad only inside a no_grad region,
 *       as in PyTorch.
 *       (Tensor(a!))
 *   indices: One index tensor (int64 or bool) or None per leading dimension, as in
 *       input[indices].
 *       (Tensor?[]; as indices, indices_len)
 *   values: The values, of input's dtype, broadcast to the indexed shape.
 *       (Tensor)
 *   accumulate: Add the values (true) or write them (false).
 *       (bool; PyTorch's default False)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.index_put_ (ATen index_put_)
 */
RT_TORCH_API void rt_torch_torchtensor_index_put_(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate) RT_TORCH_NOEXCEPT;

/*
 * The dtype an arithmetic operation on two tensors would give (PyTorch's type promotion).
 *   tensor: The first operand.
 *       (Tensor)
 *   other: The second operand.
 *       (Tensor)
 *   Returns: The dtype.
 *   On error: -1.
 *   PyTorch: torch.result_type (ATen result_type.Tensor)
 */
RT_TORCH_API int32_t rt_torch_torchtensor_result_type_tensor(int64_t tensor, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * The dtype an arithmetic operation on a tensor and a number would give (a number takes part
 * as PyTorch's wrapped numbers do).
 *   tensor: The tensor operand.
 *       (Tensor)
 *   other: The number operand.
 *       (Scalar; as other, other_int, other_kind)
 *   Returns: The dtype.
 *   On error: -1.
 *   PyTorch: torch.result_type (ATen result_type.Scalar)
 */
RT_TORCH_API int32_t rt_torch_torchtensor_result_type_scalar(int64_t tensor, double other, int64_t other_int, int32_t other_kind) RT_TORCH_NOEXCEPT;

/*
 * Hard swish, x * relu6(x + 3) / 6, element-wise.
 *   input: A floating-point input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.hardswish (ATen hardswish)
 */
RT_TORCH_API int64_t rt_torch_nn_hardswish(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Exponential linear unit, x for x > 0 and alpha * (exp(x) - 1) otherwise.
 *   input: A floating-point input.
 *       (Tensor)
 *   alpha: The value the negative side tends to (as -alpha).
 *       (Scalar; PyTorch's default 1.0; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.elu (ATen elu)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_elu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * Continuously differentiable ELU, max(0, x) + min(0, alpha * (exp(x / alpha) - 1)).
 *   input: A floating-point input.
 *       (Tensor)
 *   alpha: The scale of the negative side; not 0.
 *       (Scalar; PyTorch's default 1.0; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.celu (ATen celu)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_celu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * Scaled exponential linear unit, ELU with PyTorch's fixed alpha and scale constants.
 *   input: A floating-point input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.selu (ATen selu)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_selu(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Sigmoid linear unit (swish), x * sigmoid(x), element-wise.
 *   input: A floating-point input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.silu (ATen silu)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_silu(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Hard sigmoid, relu6(x + 3) / 6, element-wise.
 *   input: A floating-point input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.hardsigmoid (ATen hardsigmoid)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_hardsigmoid(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * The logarithm of the sigmoid, log(1 / (1 + exp(-x))), computed stably.
 *   input: A floating-point input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.logsigmoid (ATen log_sigmoid)
 */
RT_TORCH_API int64_t rt_torch_nn_log_sigmoid(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Mish, x * tanh(softplus(x)), element-wise.
 *   input: A floating-point input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.mish (ATen mish)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_mish(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Softsign, x / (1 + |x|), element-wise.
 *   input: The input (an integer input gives a floating-point result).
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.softsign
 */
RT_TORCH_API int64_t rt_torch_torchtensor_softsign(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Tanhshrink, x - tanh(x), element-wise.
 *   input: The input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.tanhshrink
 */
RT_TORCH_API int64_t rt_torch_torchtensor_tanhshrink(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Replaces every element not greater than threshold by value.
 *   input: The input.
 *       (Tensor)
 *   threshold: Elements at or below this are replaced.
 *       (Scalar; as threshold, threshold_int, threshold_kind)
 *   value: What replaces them.
 *       (Scalar; as value, value_int, value_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.threshold (ATen threshold)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_threshold(int64_t input, double threshold, int64_t threshold_int, int32_t threshold_kind, double value, int64_t value_int, int32_t value_kind) RT_TORCH_NOEXCEPT;

/*
 * Soft shrinkage, x - lambd above lambd, x + lambd below -lambd, 0 between.
 *   input: A floating-point input.
 *       (Tensor)
 *   lambd: The half-width of the zeroed band; not negative.
 *       (Scalar; PyTorch's default 0.5; as lambd, lambd_int, lambd_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.softshrink (ATen softshrink)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_softshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind) RT_TORCH_NOEXCEPT;

/*
 * Hard shrinkage, x where |x| > lambd and 0 elsewhere.
 *   input: A floating-point input.
 *       (Tensor)
 *   lambd: The half-width of the zeroed band.
 *       (Scalar; PyTorch's default 0.5; as lambd, lambd_int, lambd_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.hardshrink (ATen hardshrink)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_hardshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind) RT_TORCH_NOEXCEPT;

/*
 * HardTanh, the input clamped to [min_val, max_val].
 *   input: The input.
 *       (Tensor)
 *   min_val: The lower end of the linear region.
 *       (Scalar; PyTorch's default -1.0; as min_val, min_val_int, min_val_kind)
 *   max_val: The upper end of the linear region.
 *       (Scalar; PyTorch's default 1.0; as max_val, max_val_int, max_val_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.hardtanh (ATen hardtanh)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_hardtanh(int64_t input, double min_val, int64_t min_val_int, int32_t min_val_kind, double max_val, int64_t max_val_int, int32_t max_val_kind) RT_TORCH_NOEXCEPT;

/*
 * ReLU6, min(max(0, x), 6), element-wise.
 *   input: The input.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.relu6 (ATen relu6)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_relu6(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Softplus, log(1 + exp(beta * x)) / beta, linear where beta * x exceeds threshold.
 *   input: A floating-point input.
 *       (Tensor)
 *   beta: The sharpness of the curve.
 *       (Scalar; PyTorch's default 1; as beta, beta_int, beta_kind)
 *   threshold: Above this value of beta * x the result is x itself.
 *       (Scalar; PyTorch's default 20; as threshold, threshold_int, threshold_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.softplus (ATen softplus)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_softplus(int64_t input, double beta, int64_t beta_int, int32_t beta_kind, double threshold, int64_t threshold_int, int32_t threshold_kind) RT_TORCH_NOEXCEPT;

/*
 * Gated linear unit, a * sigmoid(b) where a and b are the two halves of input along dim.
 *   input: A floating-point input whose size along dim is even.
 *       (Tensor)
 *   dim: The dimension to split; negative values count from the end.
 *       (int; PyTorch's default -1)
 *   Returns: A new tensor, half the input's size along dim.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.glu (ATen glu)
 */
RT_TORCH_API int64_t rt_torch_nn_glu(int64_t input, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * Parametric ReLU, max(0, x) + weight * min(0, x) with a learnable slope per channel.
 *   input: A floating-point input; dimension 1 holds the channels.
 *       (Tensor)
 *   weight: The slopes: one element, or one per channel.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.prelu (ATen prelu)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_prelu(int64_t input, int64_t weight) RT_TORCH_NOEXCEPT;

/*
 * Softmin along a dimension, softmax(-input), optionally computed in another dtype.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension that sums to 1; None for PyTorch's legacy choice (0 for 0-, 1- and
 *       3-d inputs, else 1).
 *       (int?; PyTorch's default None; as dim, dim_present; None: dim_present false (the value is ignored))
 *   dtype: Convert the input to this dtype first; None keeps it.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.softmin
 */
RT_TORCH_API int64_t rt_torch_torchtensor_softmin(int64_t input, int64_t dim, bool dim_present, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * Mean absolute error between input and target, optionally weighted, reduced as asked.
 *   input: The prediction.
 *       (Tensor)
 *   target: The target, broadcastable to input (with PyTorch's warning when the sizes
 *       differ).
 *       (Tensor)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   weight: A weight per element, of input's size; the mean is then divided by the sum of
 *       the weights. None for equal weights.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.l1_loss (ATen l1_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_l1_loss(int64_t input, int64_t target, const char* reduction, int64_t weight) RT_TORCH_NOEXCEPT;

/*
 * Smooth L1 loss, quadratic below beta and linear above, reduced as asked.
 *   input: The prediction.
 *       (Tensor)
 *   target: The target, broadcastable to input (with PyTorch's warning when the sizes
 *       differ).
 *       (Tensor)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   beta: Where the loss turns from quadratic to linear; 0 for the L1 loss; not negative.
 *       (float; keyword-only in the wrappers; PyTorch's default 1.0)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.smooth_l1_loss (ATen smooth_l1_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_smooth_l1_loss(int64_t input, int64_t target, const char* reduction, double beta) RT_TORCH_NOEXCEPT;

/*
 * Huber loss, quadratic below delta and delta-scaled linear above, optionally weighted,
 * reduced as asked.
 *   input: The prediction.
 *       (Tensor)
 *   target: The target, broadcastable to input (with PyTorch's warning when the sizes
 *       differ).
 *       (Tensor)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; PyTorch's default 'mean'; one of none, mean, sum)
 *   delta: Where the loss turns from quadratic to linear; positive.
 *       (float; PyTorch's default 1.0)
 *   weight: A weight per element, of input's size; None for equal weights.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.huber_loss (ATen huber_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_huber_loss(int64_t input, int64_t target, const char* reduction, double delta, int64_t weight) RT_TORCH_NOEXCEPT;

/*
 * Two-class logistic loss log(1 + exp(-target * input)), reduced as asked.
 *   input: The scores.
 *       (Tensor)
 *   target: The labels, 1 or -1, shaped like input.
 *       (Tensor)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.soft_margin_loss (ATen soft_margin_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_soft_margin_loss(int64_t input, int64_t target, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Ranking loss max(0, -target * (input1 - input2) + margin), reduced as asked.
 *   input1: The first scores.
 *       (Tensor)
 *   input2: The second scores, of input1's dimension count.
 *       (Tensor)
 *   target: 1 where input1 should rank higher, -1 where input2 should; of input1's
 *       dimension count.
 *       (Tensor)
 *   margin: The margin by which the right one should win.
 *       (float; PyTorch's default 0.0)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.margin_ranking_loss (ATen margin_ranking_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_margin_ranking_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Multi-class hinge loss between scores and class indices, with a power, a margin and class
 * weights.
 *   input: Scores of shape (N, C) or (C).
 *       (Tensor)
 *   target: int64 class indices of shape (N) or ().
 *       (Tensor)
 *   p: The power of each hinge term: 1 or 2.
 *       (int; PyTorch's default 1)
 *   margin: The margin.
 *       (float; PyTorch's default 1.0)
 *   weight: A weight per class, of shape (C); None for equal weights.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   reduction: none for the per-sample losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.multi_margin_loss (ATen multi_margin_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_multi_margin_loss(int64_t input, int64_t target, int64_t p, double margin, int64_t weight, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Multi-label hinge loss between scores and target class lists, reduced as asked.
 *   input: Scores of shape (N, C) or (C).
 *       (Tensor)
 *   target: int64 class indices shaped like input, each row's list ended by -1 (or filling
 *       the row).
 *       (Tensor)
 *   reduction: none for the per-sample losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.multilabel_margin_loss (ATen multilabel_margin_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_multilabel_margin_loss(int64_t input, int64_t target, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Multi-label one-versus-all logistic loss, averaged over the classes, with class weights.
 *   input: Scores of shape (N, C) or (C).
 *       (Tensor)
 *   target: Labels in {0, 1}, shaped like input.
 *       (Tensor)
 *   weight: A weight per class, broadcastable to input; None for equal weights.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   reduction: none for the per-sample losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.multilabel_soft_margin_loss
 */
RT_TORCH_API int64_t rt_torch_nn_multilabel_soft_margin_loss(int64_t input, int64_t target, int64_t weight, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Hinge embedding loss, x where target is 1 and max(0, margin - x) where it is -1, reduced as
 * asked.
 *   input: The distances.
 *       (Tensor)
 *   target: The labels, 1 or -1, shaped like input.
 *       (Tensor)
 *   margin: The margin for the dissimilar pairs.
 *       (float; PyTorch's default 1.0)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.hinge_embedding_loss (ATen hinge_embedding_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_hinge_embedding_loss(int64_t input, int64_t target, double margin, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Cosine embedding loss, 1 - cos(x1, x2) for similar pairs and max(0, cos(x1, x2) - margin)
 * for dissimilar ones.
 *   input1: The first vectors, of shape (N, D) or (D).
 *       (Tensor)
 *   input2: The second vectors, shaped like input1.
 *       (Tensor)
 *   target: 1 for a similar pair, -1 for a dissimilar one, of shape (N) or ().
 *       (Tensor)
 *   margin: The margin for the dissimilar pairs, in [-1, 1].
 *       (float; PyTorch's default 0.0)
 *   reduction: none for the per-pair losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.cosine_embedding_loss (ATen cosine_embedding_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_cosine_embedding_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Kullback-Leibler divergence of target from log-probabilities, reduced as asked (batchmean
 * for the true divergence).
 *   input: Log-probabilities.
 *       (Tensor)
 *   target: Probabilities (log-probabilities when log_target), shaped like input.
 *       (Tensor)
 *   reduction: none for the element-wise terms; batchmean for the sum divided by the batch
 *       size; sum; mean over every element (PyTorch warns that it will become batchmean).
 *       (kl_div_reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, batchmean, sum, mean)
 *   log_target: target holds log-probabilities.
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.kl_div (ATen kl_div)
 */
RT_TORCH_API int64_t rt_torch_nn_kl_div(int64_t input, int64_t target, const char* reduction, bool log_target) RT_TORCH_NOEXCEPT;

/*
 * Negative log-likelihood of targets under Poisson distributions with the given rates, reduced
 * as asked.
 *   input: The rates (their logarithms when log_input).
 *       (Tensor)
 *   target: The observed counts, shaped like input.
 *       (Tensor)
 *   log_input: input holds log-rates: the loss is exp(input) - target * input; else input
 *       - target * log(input + eps).
 *       (bool; PyTorch's default True)
 *   full: Add the Stirling approximation of log(target!).
 *       (bool; PyTorch's default False)
 *   eps: Added to input inside the logarithm when log_input is false.
 *       (float; keyword-only in the wrappers; PyTorch's default 1e-08)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.poisson_nll_loss (ATen poisson_nll_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_poisson_nll_loss(int64_t input, int64_t target, bool log_input, bool full, double eps, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Binary cross-entropy between logits and targets, computed stably, with element and
 * positive-class weights.
 *   input: Logits.
 *       (Tensor)
 *   target: Targets in [0, 1], of input's size.
 *       (Tensor)
 *   weight: A weight per element, broadcastable to input; None for equal weights.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   pos_weight: A weight of the positive examples per class, broadcastable to input; None
 *       for 1.
 *       (Tensor?; keyword-only in the wrappers; PyTorch's default None; None: 0)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.binary_cross_entropy_with_logits (ATen binary_cross_entropy_with_logits)
 */
RT_TORCH_API int64_t rt_torch_nn_binary_cross_entropy_with_logits(int64_t input, int64_t target, int64_t weight, const char* reduction, int64_t pos_weight) RT_TORCH_NOEXCEPT;

/*
 * Triplet loss max(d(anchor, positive) - d(anchor, negative) + margin, 0) with p-norm
 * distances.
 *   anchor: The anchors, of shape (N, D) or (D).
 *       (Tensor)
 *   positive: The positive examples, shaped like anchor.
 *       (Tensor)
 *   negative: The negative examples, shaped like anchor.
 *       (Tensor)
 *   margin: The margin; positive.
 *       (float; PyTorch's default 1.0)
 *   p: The norm degree of the pairwise distance.
 *       (float; PyTorch's default 2.0)
 *   eps: Added to the differences for numerical stability.
 *       (float; PyTorch's default 1e-06)
 *   swap: Use the positive-negative distance when it is smaller (the distance swap).
 *       (bool; PyTorch's default False)
 *   reduction: none for the per-triplet losses, mean or sum to reduce them.
 *       (reduction; keyword-only in the wrappers; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.triplet_margin_loss (ATen triplet_margin_loss)
 */
RT_TORCH_API int64_t rt_torch_nn_triplet_margin_loss(int64_t anchor, int64_t positive, int64_t negative, double margin, double p, double eps, bool swap, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * 1-D convolution with numeric padding.
 *   input: The input, of shape (N, C_in, L) or (C_in, L).
 *       (Tensor)
 *   weight: The filters, of shape (C_out, C_in / groups, kL).
 *       (Tensor)
 *   bias: The bias of shape (C_out); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   stride: The step of the window.
 *       (int[1]; PyTorch's default 1; as stride, stride_len; one value stands for 1)
 *   padding: Implicit zero padding on both sides.
 *       (int[1]; PyTorch's default 0; as padding, padding_len; one value stands for 1)
 *   dilation: The spacing between kernel elements.
 *       (int[1]; PyTorch's default 1; as dilation, dilation_len; one value stands for 1)
 *   groups: The number of blocked connections from input to output channels.
 *       (int; PyTorch's default 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv1d (ATen conv1d)
 */
RT_TORCH_API int64_t rt_torch_nn_conv1d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;

/*
 * 1-D convolution with padding given by name.
 *   input: The input, of shape (N, C_in, L) or (C_in, L).
 *       (Tensor)
 *   weight: The filters, of shape (C_out, C_in / groups, kL).
 *       (Tensor)
 *   bias: The bias of shape (C_out); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   stride: The step of the window.
 *       (int[1]; PyTorch's default 1; as stride, stride_len; one value stands for 1)
 *   padding: valid for no padding; same to keep the input's size (only with stride 1).
 *       (conv_padding; PyTorch's default 'valid'; one of valid, same)
 *   dilation: The spacing between kernel elements.
 *       (int[1]; PyTorch's default 1; as dilation, dilation_len; one value stands for 1)
 *   groups: The number of blocked connections from input to output channels.
 *       (int; PyTorch's default 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv1d (ATen conv1d.padding)
 */
RT_TORCH_API int64_t rt_torch_nn_conv1d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;

/*
 * 3-D convolution with numeric padding.
 *   input: The input, of shape (N, C_in, D, H, W) or (C_in, D, H, W).
 *       (Tensor)
 *   weight: The filters, of shape (C_out, C_in / groups, kD, kH, kW).
 *       (Tensor)
 *   bias: The bias of shape (C_out); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   stride: The step of the window.
 *       (int[3]; PyTorch's default 1; as stride, stride_len; one value stands for 3)
 *   padding: Implicit zero padding on both sides.
 *       (int[3]; PyTorch's default 0; as padding, padding_len; one value stands for 3)
 *   dilation: The spacing between kernel elements.
 *       (int[3]; PyTorch's default 1; as dilation, dilation_len; one value stands for 3)
 *   groups: The number of blocked connections from input to output channels.
 *       (int; PyTorch's default 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv3d (ATen conv3d)
 */
RT_TORCH_API int64_t rt_torch_nn_conv3d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;

/*
 * 3-D convolution with padding given by name.
 *   input: The input, of shape (N, C_in, D, H, W) or (C_in, D, H, W).
 *       (Tensor)
 *   weight: The filters, of shape (C_out, C_in / groups, kD, kH, kW).
 *       (Tensor)
 *   bias: The bias of shape (C_out); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   stride: The step of the window.
 *       (int[3]; PyTorch's default 1; as stride, stride_len; one value stands for 3)
 *   padding: valid for no padding; same to keep the input's size (only with stride 1).
 *       (conv_padding; PyTorch's default 'valid'; one of valid, same)
 *   dilation: The spacing between kernel elements.
 *       (int[3]; PyTorch's default 1; as dilation, dilation_len; one value stands for 3)
 *   groups: The number of blocked connections from input to output channels.
 *       (int; PyTorch's default 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv3d (ATen conv3d.padding)
 */
RT_TORCH_API int64_t rt_torch_nn_conv3d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups) RT_TORCH_NOEXCEPT;

/*
 * 1-D transposed convolution (the gradient of conv1d with respect to its input).
 *   input: The input, of shape (N, C_in, L) or (C_in, L).
 *       (Tensor)
 *   weight: The filters, of shape (C_in, C_out / groups, kL).
 *       (Tensor)
 *   bias: The bias of shape (C_out); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   stride: The step of the window.
 *       (int[1]; PyTorch's default 1; as stride, stride_len; one value stands for 1)
 *   padding: dilation * (kernel_size - 1) - padding zeros of implicit padding on both
 *       sides of the input.
 *       (int[1]; PyTorch's default 0; as padding, padding_len; one value stands for 1)
 *   output_padding: Extra size added to one side of each output dimension.
 *       (int[1]; PyTorch's default 0; as output_padding, output_padding_len; one value stands for 1)
 *   groups: The number of blocked connections from input to output channels.
 *       (int; PyTorch's default 1)
 *   dilation: The spacing between kernel elements.
 *       (int[1]; PyTorch's default 1; as dilation, dilation_len; one value stands for 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv_transpose1d (ATen conv_transpose1d)
 */
RT_TORCH_API int64_t rt_torch_nn_conv_transpose1d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len) RT_TORCH_NOEXCEPT;

/*
 * 2-D transposed convolution (the gradient of conv2d with respect to its input).
 *   input: The input, of shape (N, C_in, H, W) or (C_in, H, W).
 *       (Tensor)
 *   weight: The filters, of shape (C_in, C_out / groups, kH, kW).
 *       (Tensor)
 *   bias: The bias of shape (C_out); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   stride: The step of the window.
 *       (int[2]; PyTorch's default 1; as stride, stride_len; one value stands for 2)
 *   padding: dilation * (kernel_size - 1) - padding zeros of implicit padding on both
 *       sides of the input.
 *       (int[2]; PyTorch's default 0; as padding, padding_len; one value stands for 2)
 *   output_padding: Extra size added to one side of each output dimension.
 *       (int[2]; PyTorch's default 0; as output_padding, output_padding_len; one value stands for 2)
 *   groups: The number of blocked connections from input to output channels.
 *       (int; PyTorch's default 1)
 *   dilation: The spacing between kernel elements.
 *       (int[2]; PyTorch's default 1; as dilation, dilation_len; one value stands for 2)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv_transpose2d (ATen conv_transpose2d)
 */
RT_TORCH_API int64_t rt_torch_nn_conv_transpose2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len) RT_TORCH_NOEXCEPT;

/*
 * 3-D transposed convolution (the gradient of conv3d with respect to its input).
 *   input: The input, of shape (N, C_in, D, H, W) or (C_in, D, H, W).
 *       (Tensor)
 *   weight: The filters, of shape (C_in, C_out / groups, kD, kH, kW).
 *       (Tensor)
 *   bias: The bias of shape (C_out); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   stride: The step of the window.
 *       (int[3]; PyTorch's default 1; as stride, stride_len; one value stands for 3)
 *   padding: dilation * (kernel_size - 1) - padding zeros of implicit padding on both
 *       sides of the input.
 *       (int[3]; PyTorch's default 0; as padding, padding_len; one value stands for 3)
 *   output_padding: Extra size added to one side of each output dimension.
 *       (int[3]; PyTorch's default 0; as output_padding, output_padding_len; one value stands for 3)
 *   groups: The number of blocked connections from input to output channels.
 *       (int; PyTorch's default 1)
 *   dilation: The spacing between kernel elements.
 *       (int[3]; PyTorch's default 1; as dilation, dilation_len; one value stands for 3)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.conv_transpose3d (ATen conv_transpose3d)
 */
RT_TORCH_API int64_t rt_torch_nn_conv_transpose3d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len) RT_TORCH_NOEXCEPT;

/*
 * 1-D average pooling with ceil mode and padding counting.
 *   input: The input, of shape (N, C, L) or (C, L).
 *       (Tensor)
 *   kernel_size: The size of the window.
 *       (int[1]; as kernel_size, kernel_size_len; one value stands for 1)
 *   stride: The step of the window; None for kernel_size.
 *       (int[1]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 1)
 *   padding: Implicit zero padding on both sides; at most half the kernel size.
 *       (int[1]; PyTorch's default 0; as padding, padding_len; one value stands for 1)
 *   ceil_mode: Round the output size up instead of down.
 *       (bool; PyTorch's default False)
 *   count_include_pad: Count the zero padding in the average.
 *       (bool; PyTorch's default True)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.avg_pool1d (ATen avg_pool1d)
 */
RT_TORCH_API int64_t rt_torch_nn_avg_pool1d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad) RT_TORCH_NOEXCEPT;

/*
 * 1-D max pooling with dilation and ceil mode.
 *   input: The input, of shape (N, C, L) or (C, L).
 *       (Tensor)
 *   kernel_size: The size of the window.
 *       (int[1]; as kernel_size, kernel_size_len; one value stands for 1)
 *   stride: The step of the window; None for kernel_size.
 *       (int[1]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 1)
 *   padding: Implicit negative-infinity padding on both sides; at most half the kernel
 *       size.
 *       (int[1]; PyTorch's default 0; as padding, padding_len; one value stands for 1)
 *   dilation: The spacing between window elements.
 *       (int[1]; PyTorch's default 1; as dilation, dilation_len; one value stands for 1)
 *   ceil_mode: Round the output size up instead of down.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.max_pool1d (ATen max_pool1d)
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool1d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode) RT_TORCH_NOEXCEPT;

/*
 * 1-D max pooling that also returns where each maximum came from.
 *   input: The input, of shape (N, C, L) or (C, L).
 *       (Tensor)
 *   kernel_size: The size of the window.
 *       (int[1]; as kernel_size, kernel_size_len; one value stands for 1)
 *   stride: The step of the window; None for kernel_size.
 *       (int[1]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 1)
 *   padding: Implicit negative-infinity padding on both sides; at most half the kernel
 *       size.
 *       (int[1]; PyTorch's default 0; as padding, padding_len; one value stands for 1)
 *   dilation: The spacing between window elements.
 *       (int[1]; PyTorch's default 1; as dilation, dilation_len; one value stands for 1)
 *   ceil_mode: Round the output size up instead of down.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       output: The maxima; indices: Their int64 positions in each flattened input plane.
 *   PyTorch: torch.nn.functional.max_pool1d (ATen max_pool1d_with_indices)
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool1d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * 3-D average pooling with ceil mode and padding counting and a divisor override.
 *   input: The input, of shape (N, C, D, H, W) or (C, D, H, W).
 *       (Tensor)
 *   kernel_size: The size of the window.
 *       (int[3]; as kernel_size, kernel_size_len; one value stands for 3)
 *   stride: The step of the window; None for kernel_size.
 *       (int[3]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 3)
 *   padding: Implicit zero padding on both sides; at most half the kernel size.
 *       (int[3]; PyTorch's default 0; as padding, padding_len; one value stands for 3)
 *   ceil_mode: Round the output size up instead of down.
 *       (bool; PyTorch's default False)
 *   count_include_pad: Count the zero padding in the average.
 *       (bool; PyTorch's default True)
 *   divisor_override: Divide by this instead of the window size; None for the window size.
 *       (int?; PyTorch's default None; as divisor_override, divisor_override_present; None: divisor_override_present false (the value is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.avg_pool3d (ATen avg_pool3d)
 */
RT_TORCH_API int64_t rt_torch_nn_avg_pool3d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present) RT_TORCH_NOEXCEPT;

/*
 * 3-D max pooling with dilation and ceil mode.
 *   input: The input, of shape (N, C, D, H, W) or (C, D, H, W).
 *       (Tensor)
 *   kernel_size: The size of the window.
 *       (int[3]; as kernel_size, kernel_size_len; one value stands for 3)
 *   stride: The step of the window; None for kernel_size.
 *       (int[3]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 3)
 *   padding: Implicit negative-infinity padding on both sides; at most half the kernel
 *       size.
 *       (int[3]; PyTorch's default 0; as padding, padding_len; one value stands for 3)
 *   dilation: The spacing between window elements.
 *       (int[3]; PyTorch's default 1; as dilation, dilation_len; one value stands for 3)
 *   ceil_mode: Round the output size up instead of down.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.max_pool3d (ATen max_pool3d)
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool3d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode) RT_TORCH_NOEXCEPT;

/*
 * 3-D max pooling that also returns where each maximum came from.
 *   input: The input, of shape (N, C, D, H, W) or (C, D, H, W).
 *       (Tensor)
 *   kernel_size: The size of the window.
 *       (int[3]; as kernel_size, kernel_size_len; one value stands for 3)
 *   stride: The step of the window; None for kernel_size.
 *       (int[3]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 3)
 *   padding: Implicit negative-infinity padding on both sides; at most half the kernel
 *       size.
 *       (int[3]; PyTorch's default 0; as padding, padding_len; one value stands for 3)
 *   dilation: The spacing between window elements.
 *       (int[3]; PyTorch's default 1; as dilation, dilation_len; one value stands for 3)
 *   ceil_mode: Round the output size up instead of down.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       output: The maxima; indices: Their int64 positions in each flattened input plane.
 *   PyTorch: torch.nn.functional.max_pool3d (ATen max_pool3d_with_indices)
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool3d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * 1-D adaptive average pooling to a given output size.
 *   input: The input, of shape (N, C, L) or (C, L).
 *       (Tensor)
 *   output_size: The size of the output's trailing 1 dimension.
 *       (int[1]; as output_size, output_size_len; one value stands for 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.adaptive_avg_pool1d (ATen adaptive_avg_pool1d)
 */
RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool1d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;

/*
 * 1-D adaptive max pooling to a given output size.
 *   input: The input, of shape (N, C, L) or (C, L).
 *       (Tensor)
 *   output_size: The size of the output's trailing 1 dimension.
 *       (int[1]; as output_size, output_size_len; one value stands for 1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.adaptive_max_pool1d (ATen adaptive_max_pool1d)
 */
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;

/*
 * 1-D adaptive max pooling that also returns where each maximum came from.
 *   input: The input, of shape (N, C, L) or (C, L).
 *       (Tensor)
 *   output_size: The size of the output's trailing 1 dimension.
 *       (int[1]; as output_size, output_size_len; one value stands for 1)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       output: The maxima; indices: Their int64 positions in each flattened input plane.
 *   PyTorch: torch.nn.functional.adaptive_max_pool1d (ATen adaptive_max_pool1d)
 */
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool1d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * 2-D adaptive average pooling to a given output size.
 *   input: The input, of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   output_size: The size of the output's trailing 2 dimensions.
 *       (int[2]; as output_size, output_size_len; one value stands for 2)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.adaptive_avg_pool2d (ATen adaptive_avg_pool2d)
 */
RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool2d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;

/*
 * 2-D adaptive max pooling to a given output size.
 *   input: The input, of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   output_size: The size of the output's trailing 2 dimensions.
 *       (int[2]; as output_size, output_size_len; one value stands for 2)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.adaptive_max_pool2d (ATen adaptive_max_pool2d)
 */
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;

/*
 * 2-D adaptive max pooling that also returns where each maximum came from.
 *   input: The input, of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   output_size: The size of the output's trailing 2 dimensions.
 *       (int[2]; as output_size, output_size_len; one value stands for 2)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       output: The maxima; indices: Their int64 positions in each flattened input plane.
 *   PyTorch: torch.nn.functional.adaptive_max_pool2d (ATen adaptive_max_pool2d)
 */
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool2d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * 3-D adaptive average pooling to a given output size.
 *   input: The input, of shape (N, C, D, H, W) or (C, D, H, W).
 *       (Tensor)
 *   output_size: The size of the output's trailing 3 dimensions.
 *       (int[3]; as output_size, output_size_len; one value stands for 3)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.adaptive_avg_pool3d (ATen adaptive_avg_pool3d)
 */
RT_TORCH_API int64_t rt_torch_nn_adaptive_avg_pool3d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;

/*
 * 3-D adaptive max pooling to a given output size.
 *   input: The input, of shape (N, C, D, H, W) or (C, D, H, W).
 *       (Tensor)
 *   output_size: The size of the output's trailing 3 dimensions.
 *       (int[3]; as output_size, output_size_len; one value stands for 3)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.adaptive_max_pool3d (ATen adaptive_max_pool3d)
 */
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input, const int64_t* output_size, int64_t output_size_len) RT_TORCH_NOEXCEPT;

/*
 * 3-D adaptive max pooling that also returns where each maximum came from.
 *   input: The input, of shape (N, C, D, H, W) or (C, D, H, W).
 *       (Tensor)
 *   output_size: The size of the output's trailing 3 dimensions.
 *       (int[3]; as output_size, output_size_len; one value stands for 3)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       output: The maxima; indices: Their int64 positions in each flattened input plane.
 *   PyTorch: torch.nn.functional.adaptive_max_pool3d (ATen adaptive_max_pool3d)
 */
RT_TORCH_API int64_t rt_torch_nn_adaptive_max_pool3d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Group normalisation over groups of channels, with a per-channel scale and shift.
 *   input: The input, of shape (N, C, *).
 *       (Tensor)
 *   num_groups: The number of groups C is divided into; divides C.
 *       (int)
 *   weight: The scale, of shape (C); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   bias: The shift, of shape (C); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   eps: Added to the variance for numerical stability.
 *       (float; PyTorch's default 1e-05)
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.group_norm (ATen group_norm)
 */
RT_TORCH_API int64_t rt_torch_nn_group_norm(int64_t input, int64_t num_groups, int64_t weight, int64_t bias, double eps) RT_TORCH_NOEXCEPT;

/*
 * Instance normalisation of every channel of every sample, optionally updating running
 * statistics.
 *   input: The input, of shape (N, C, *) with more than one spatial element when
 *       use_input_stats.
 *       (Tensor)
 *   running_mean: The running mean of shape (C), updated in place when use_input_stats;
 *       None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   running_var: The running variance of shape (C), updated in place when use_input_stats;
 *       None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   weight: The scale, of shape (C); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   bias: The shift, of shape (C); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   use_input_stats: Normalise by each instance's statistics (true) or by the running ones
 *       (false).
 *       (bool; PyTorch's default True)
 *   momentum: The weight of the new statistics in the running ones.
 *       (float; PyTorch's default 0.1)
 *   eps: Added to the variance for numerical stability.
 *       (float; PyTorch's default 1e-05)
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.instance_norm (ATen instance_norm)
 */
RT_TORCH_API int64_t rt_torch_nn_instance_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool use_input_stats, double momentum, double eps) RT_TORCH_NOEXCEPT;

/*
 * Root-mean-square normalisation over the trailing dimensions, with an element-wise scale.
 *   input: The input.
 *       (Tensor)
 *   normalized_shape: The trailing shape to normalise over.
 *       (int[]; as normalized_shape, normalized_shape_len)
 *   weight: The scale, shaped like normalized_shape; None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   eps: Added to the mean square for numerical stability; None for the machine epsilon of
 *       input's dtype.
 *       (float?; PyTorch's default None; as eps, eps_present; None: eps_present false (the value is ignored))
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.rms_norm (ATen rms_norm)
 */
RT_TORCH_API int64_t rt_torch_nn_rms_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, double eps, bool eps_present) RT_TORCH_NOEXCEPT;

/*
 * Local response normalisation across neighbouring channels.
 *   input: The input, of shape (N, C, *) with at least 3 dimensions.
 *       (Tensor)
 *   size: The number of neighbouring channels to normalise over.
 *       (int)
 *   alpha: The multiplicative factor.
 *       (float; PyTorch's default 0.0001)
 *   beta: The exponent.
 *       (float; PyTorch's default 0.75)
 *   k: The additive factor.
 *       (float; PyTorch's default 1.0)
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.local_response_norm
 */
RT_TORCH_API int64_t rt_torch_nn_local_response_norm(int64_t input, int64_t size, double alpha, double beta, double k) RT_TORCH_NOEXCEPT;

/*
 * Divides the input by its p-norm along a dimension, clamped below by eps.
 *   input: A floating-point input.
 *       (Tensor)
 *   p: The norm degree.
 *       (float; PyTorch's default 2.0)
 *   dim: The dimension to normalise along; negative values count from the end.
 *       (int; PyTorch's default 1)
 *   eps: The smallest norm divided by.
 *       (float; PyTorch's default 1e-12)
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.normalize
 */
RT_TORCH_API int64_t rt_torch_nn_normalize(int64_t input, double p, int64_t dim, double eps) RT_TORCH_NOEXCEPT;

/*
 * Pads (or, with negative sizes, crops) the trailing dimensions, with a constant or from the
 * input's edges.
 *   input: The input.
 *       (Tensor)
 *   pad: Pairs of (before, after) sizes, from the last dimension backwards: an even length
 *       of at most 2 * input.dim().
 *       (int[]; as pad, pad_len)
 *   mode: constant, reflect, replicate or circular (the last three pad at most 3 trailing
 *       dimensions).
 *       (pad_mode; PyTorch's default 'constant'; one of constant, reflect, replicate, circular)
 *   value: The fill value of constant padding; None for 0.
 *       (float?; PyTorch's default None; as value, value_present; None: value_present false (the value is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.pad (ATen pad)
 */
RT_TORCH_API int64_t rt_torch_nn_pad(int64_t input, const int64_t* pad, int64_t pad_len, const char* mode, double value, bool value_present) RT_TORCH_NOEXCEPT;

/*
 * Extracts sliding local blocks of a batch of images as columns (im2col).
 *   input: The input, of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   kernel_size: The size of the blocks.
 *       (int[2]; as kernel_size, kernel_size_len; one value stands for 2)
 *   dilation: The spacing between block elements.
 *       (int[2]; PyTorch's default 1; as dilation, dilation_len; one value stands for 2)
 *   padding: Implicit zero padding on both sides.
 *       (int[2]; PyTorch's default 0; as padding, padding_len; one value stands for 2)
 *   stride: The step of the blocks.
 *       (int[2]; PyTorch's default 1; as stride, stride_len; one value stands for 2)
 *   Returns: A new tensor of shape (N, C * kH * kW, L) or (C * kH * kW, L), L the number of
 *   blocks.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.unfold (ATen im2col)
 */
RT_TORCH_API int64_t rt_torch_nn_unfold(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* dilation, int64_t dilation_len, const int64_t* padding, int64_t padding_len, const int64_t* stride, int64_t stride_len) RT_TORCH_NOEXCEPT;

/*
 * The cosine similarity of x1 and x2 along a dimension (broadcasting).
 *   x1: The first input.
 *       (Tensor)
 *   x2: The second input, broadcastable to x1.
 *       (Tensor)
 *   dim: The dimension to compute it along.
 *       (int; PyTorch's default 1)
 *   eps: The smallest norm divided by.
 *       (float; PyTorch's default 1e-08)
 *   Returns: A new tensor without dim.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.cosine_similarity (ATen cosine_similarity)
 */
RT_TORCH_API int64_t rt_torch_nn_cosine_similarity(int64_t x1, int64_t x2, int64_t dim, double eps) RT_TORCH_NOEXCEPT;

/*
 * The p-norm distance between matching rows of x1 and x2.
 *   x1: The first vectors, of shape (N, D) or (D).
 *       (Tensor)
 *   x2: The second vectors, broadcastable to x1.
 *       (Tensor)
 *   p: The norm degree.
 *       (float; PyTorch's default 2.0)
 *   eps: Added to the differences to avoid division by zero.
 *       (float; PyTorch's default 1e-06)
 *   keepdim: Keep the reduced last dimension with size 1.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.pairwise_distance (ATen pairwise_distance)
 */
RT_TORCH_API int64_t rt_torch_nn_pairwise_distance(int64_t x1, int64_t x2, double p, double eps, bool keepdim) RT_TORCH_NOEXCEPT;

/*
 * The p-norm distance between every pair of rows of a matrix (the upper triangle, flattened).
 *   input: A matrix of shape (N, M).
 *       (Tensor)
 *   p: The norm degree; not negative.
 *       (float; PyTorch's default 2.0)
 *   Returns: A new tensor of shape (N * (N - 1) / 2).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.pdist (ATen pdist)
 */
RT_TORCH_API int64_t rt_torch_nn_pdist(int64_t input, double p) RT_TORCH_NOEXCEPT;

/*
 * Rearranges (*, C * r^2, H, W) into (*, C, H * r, W * r).
 *   input: The input, of at least 3 dimensions.
 *       (Tensor)
 *   upscale_factor: r, the factor the height and width grow by.
 *       (int)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.pixel_shuffle (ATen pixel_shuffle)
 */
RT_TORCH_API int64_t rt_torch_nn_pixel_shuffle(int64_t input, int64_t upscale_factor) RT_TORCH_NOEXCEPT;

/*
 * Rearranges (*, C, H * r, W * r) into (*, C * r^2, H, W), reversing pixel_shuffle.
 *   input: The input, of at least 3 dimensions.
 *       (Tensor)
 *   downscale_factor: r, the factor the height and width shrink by.
 *       (int)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.pixel_unshuffle (ATen pixel_unshuffle)
 */
RT_TORCH_API int64_t rt_torch_nn_pixel_unshuffle(int64_t input, int64_t downscale_factor) RT_TORCH_NOEXCEPT;

/*
 * Splits the channels into groups and interleaves them.
 *   input: The input, of shape (N, C, *) with C divisible by groups.
 *       (Tensor)
 *   groups: The number of groups.
 *       (int)
 *   Returns: A new tensor shaped like input.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.channel_shuffle (ATen channel_shuffle)
 */
RT_TORCH_API int64_t rt_torch_nn_channel_shuffle(int64_t input, int64_t groups) RT_TORCH_NOEXCEPT;

/*
 * One-hot encodings of int64 class indices.
 *   tensor: int64 class indices, not negative.
 *       (Tensor)
 *   num_classes: The number of classes; -1 for the largest index plus one.
 *       (int; PyTorch's default -1)
 *   Returns: A new int64 tensor of shape (*tensor.shape, num_classes).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.one_hot (ATen one_hot)
 */
RT_TORCH_API int64_t rt_torch_nn_one_hot(int64_t tensor, int64_t num_classes) RT_TORCH_NOEXCEPT;

/*
 * The bilinear map y = x1^T A x2 + b, one matrix A per output feature.
 *   input1: The first input, of shape (*, in1_features).
 *       (Tensor)
 *   input2: The second input, of shape (*, in2_features).
 *       (Tensor)
 *   weight: The matrices, of shape (out_features, in1_features, in2_features).
 *       (Tensor)
 *   bias: The bias of shape (out_features); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   Returns: A new tensor of shape (*, out_features).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.bilinear (ATen bilinear)
 */
RT_TORCH_API int64_t rt_torch_nn_bilinear(int64_t input1, int64_t input2, int64_t weight, int64_t bias) RT_TORCH_NOEXCEPT;

/*
 * Zeroes whole channels with probability p and scales the rest by 1/(1-p) when training.
 *   input: The input, of shape (N, C, H, W) or (N, C, L) (PyTorch warns for other shapes).
 *       (Tensor)
 *   p: The drop probability, in [0, 1].
 *       (float; PyTorch's default 0.5)
 *   training: Apply dropout (true) or return the input unchanged (false).
 *       (bool; PyTorch's default True)
 *   Returns: A new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.dropout2d (ATen feature_dropout)
 */
RT_TORCH_API int64_t rt_torch_nn_dropout2d(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;

/*
 * Zeroes whole 3-D channels with probability p and scales the rest by 1/(1-p) when training.
 *   input: The input, of shape (N, C, D, H, W), or (C, D, H, W) taken as one sample
 *       (PyTorch warns for other shapes).
 *       (Tensor)
 *   p: The drop probability, in [0, 1].
 *       (float; PyTorch's default 0.5)
 *   training: Apply dropout (true) or return the input unchanged (false).
 *       (bool; PyTorch's default True)
 *   Returns: A new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.dropout3d (ATen feature_dropout)
 */
RT_TORCH_API int64_t rt_torch_nn_dropout3d(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;

/*
 * Alpha dropout, which keeps the mean and variance of SELU activations, when training.
 *   input: The input.
 *       (Tensor)
 *   p: The drop probability, in [0, 1].
 *       (float; PyTorch's default 0.5)
 *   training: Apply dropout (true) or return the input unchanged (false).
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor; reproducible after rt_torch_manual_seed.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.alpha_dropout (ATen alpha_dropout)
 */
RT_TORCH_API int64_t rt_torch_nn_alpha_dropout(int64_t input, double p, bool training) RT_TORCH_NOEXCEPT;

/*
 * Scaled dot-product attention softmax(Q K^T * scale + mask) V, with optional causal masking
 * and dropout.
 *   query: The queries, of shape (N, ..., Hq, L, E).
 *       (Tensor)
 *   key: The keys, of shape (N, ..., H, S, E).
 *       (Tensor)
 *   value: The values, of shape (N, ..., H, S, Ev).
 *       (Tensor)
 *   attn_mask: A boolean mask (true to attend) or a float bias, broadcastable to (N, ...,
 *       L, S); None for none.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   dropout_p: The dropout probability of the attention weights.
 *       (float; PyTorch's default 0.0)
 *   is_causal: Mask every key after its query (with no attn_mask).
 *       (bool; PyTorch's default False)
 *   scale: The factor of Q K^T; None for 1 / sqrt(E).
 *       (float?; keyword-only in the wrappers; PyTorch's default None; as scale, scale_present; None: scale_present false (the value is ignored))
 *   enable_gqa: Allow fewer key and value heads than query heads (grouped-query
 *       attention).
 *       (bool; keyword-only in the wrappers; PyTorch's default False)
 *   Returns: A new tensor of shape (N, ..., Hq, L, Ev).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.scaled_dot_product_attention (ATen scaled_dot_product_attention)
 */
RT_TORCH_API int64_t rt_torch_nn_scaled_dot_product_attention(int64_t query, int64_t key, int64_t value, int64_t attn_mask, double dropout_p, bool is_causal, double scale, bool scale_present, bool enable_gqa) RT_TORCH_NOEXCEPT;

/*
 * Samples the input at the grid's normalised coordinates, by interpolation.
 *   input: The input, of shape (N, C, H, W) or (N, C, D, H, W).
 *       (Tensor)
 *   grid: Coordinates in [-1, 1], of shape (N, H_out, W_out, 2) or (N, D_out, H_out,
 *       W_out, 3).
 *       (Tensor)
 *   mode: bilinear, nearest or bicubic (4-D input only).
 *       (grid_sample_mode; PyTorch's default 'bilinear'; one of bilinear, nearest, bicubic)
 *   padding_mode: What is read outside the input: zeros, border or reflection.
 *       (grid_sample_padding_mode; PyTorch's default 'zeros'; one of zeros, border, reflection)
 *   align_corners: -1 and 1 are the centres (true) or the outer edges (false) of the
 *       corner pixels; None for false, with PyTorch's warning.
 *       (bool?; PyTorch's default None; as align_corners, align_corners_present; None: align_corners_present false (the value is ignored))
 *   Returns: A new tensor of shape (N, C, H_out, W_out) or (N, C, D_out, H_out, W_out).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.grid_sample (ATen grid_sampler)
 */
RT_TORCH_API int64_t rt_torch_nn_grid_sample(int64_t input, int64_t grid, const char* mode, const char* padding_mode, bool align_corners, bool align_corners_present) RT_TORCH_NOEXCEPT;

/*
 * Resizes the spatial dimensions of a batch to a size or by a scale factor, by nearest,
 * linear, cubic or area interpolation.
 *   input: The input, of shape (N, C, L), (N, C, H, W) or (N, C, D, H, W).
 *       (Tensor)
 *   size: The output's spatial size: one int for every spatial dimension, or one per
 *       dimension; None to use scale_factor.
 *       (int[]?; PyTorch's default None; as size, size_len, size_present; None: size_present false (the array is ignored))
 *   scale_factor: The factor of each spatial dimension: one number for all, or one per
 *       dimension; None to use size.
 *       (float[]?; PyTorch's default None; as scale_factor, scale_factor_len, scale_factor_present; None: scale_factor_present false (the array is ignored))
 *   mode: nearest, linear (3-D input), bilinear or bicubic (4-D), trilinear (5-D), area or
 *       nearest-exact.
 *       (interpolate_mode; PyTorch's default 'nearest'; one of nearest, linear, bilinear, bicubic, trilinear, area, nearest-exact)
 *   align_corners: For the interpolating modes, align the corner pixels' centres (true) or
 *       edges (false); None for false. Must be None for nearest, area and nearest-exact.
 *       (bool?; PyTorch's default None; as align_corners, align_corners_present; None: align_corners_present false (the value is ignored))
 *   recompute_scale_factor: Compute the output size from scale_factor and interpolate for
 *       that size, ignoring scale_factor; None for false.
 *       (bool?; PyTorch's default None; as recompute_scale_factor, recompute_scale_factor_present; None: recompute_scale_factor_present false (the value is ignored))
 *   antialias: Apply an anti-aliasing filter when downsampling (bilinear and bicubic on
 *       4-D input only).
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor of shape (N, C, *output size).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.interpolate
 */
RT_TORCH_API int64_t rt_torch_nn_interpolate(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present, const char* mode, bool align_corners, bool align_corners_present, bool recompute_scale_factor, bool recompute_scale_factor_present, bool antialias) RT_TORCH_NOEXCEPT;

/*
 * Partial inverse of max_pool1d, scattering the maxima back to their positions and zeros
 * elsewhere.
 *   input: The maxima, of shape (N, C, L) or (C, L).
 *       (Tensor)
 *   indices: Their int64 positions, as max_pool1d with return_indices gives them.
 *       (Tensor)
 *   kernel_size: The size of the pooling window.
 *       (int[1]; as kernel_size, kernel_size_len; one value stands for 1)
 *   stride: The step of the pooling window; None for kernel_size.
 *       (int[1]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 1)
 *   padding: The padding of the pooling.
 *       (int[1]; PyTorch's default 0; as padding, padding_len; one value stands for 1)
 *   output_size: The output's spatial size (1 values, or 3 with N and C), within a stride
 *       of the default; None for the size the pooling came from without its remainder.
 *       (int[]?; PyTorch's default None; as output_size, output_size_len, output_size_present; None: output_size_present false (the array is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.max_unpool1d (ATen max_unpool2d)
 */
RT_TORCH_API int64_t rt_torch_nn_max_unpool1d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present) RT_TORCH_NOEXCEPT;

/*
 * Partial inverse of max_pool2d, scattering the maxima back to their positions and zeros
 * elsewhere.
 *   input: The maxima, of shape (N, C, H, W) or (C, H, W).
 *       (Tensor)
 *   indices: Their int64 positions, as max_pool2d with return_indices gives them.
 *       (Tensor)
 *   kernel_size: The size of the pooling window.
 *       (int[2]; as kernel_size, kernel_size_len; one value stands for 2)
 *   stride: The step of the pooling window; None for kernel_size.
 *       (int[2]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 2)
 *   padding: The padding of the pooling.
 *       (int[2]; PyTorch's default 0; as padding, padding_len; one value stands for 2)
 *   output_size: The output's spatial size (2 values, or 4 with N and C), within a stride
 *       of the default; None for the size the pooling came from without its remainder.
 *       (int[]?; PyTorch's default None; as output_size, output_size_len, output_size_present; None: output_size_present false (the array is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.max_unpool2d (ATen max_unpool2d)
 */
RT_TORCH_API int64_t rt_torch_nn_max_unpool2d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present) RT_TORCH_NOEXCEPT;

/*
 * Partial inverse of max_pool3d, scattering the maxima back to their positions and zeros
 * elsewhere.
 *   input: The maxima, of shape (N, C, D, H, W) or (C, D, H, W).
 *       (Tensor)
 *   indices: Their int64 positions, as max_pool3d with return_indices gives them.
 *       (Tensor)
 *   kernel_size: The size of the pooling window.
 *       (int[3]; as kernel_size, kernel_size_len; one value stands for 3)
 *   stride: The step of the pooling window; None for kernel_size.
 *       (int[3]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 3)
 *   padding: The padding of the pooling.
 *       (int[3]; PyTorch's default 0; as padding, padding_len; one value stands for 3)
 *   output_size: The output's spatial size (3 values, or 5 with N and C), within a stride
 *       of the default; None for the size the pooling came from without its remainder.
 *       (int[]?; PyTorch's default None; as output_size, output_size_len, output_size_present; None: output_size_present false (the array is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.max_unpool3d (ATen max_unpool3d)
 */
RT_TORCH_API int64_t rt_torch_nn_max_unpool3d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present) RT_TORCH_NOEXCEPT;

/*
 * Negative log-likelihood of targets under Gaussians with the given means and variances,
 * reduced as asked.
 *   input: The means.
 *       (Tensor)
 *   target: The samples, shaped like input.
 *       (Tensor)
 *   variance: The variances, not negative: shaped like input, without its last dimension,
 *       or with one dimension of size 1.
 *       (Tensor)
 *   full: Add the constant 0.5 * log(2 * pi).
 *       (bool; PyTorch's default False)
 *   eps: The smallest variance used (the clamp is not differentiated).
 *       (float; PyTorch's default 1e-06)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   Deviation from the reference: PyTorch's third parameter is named var, a reserved word in
 *   Simple; here it is variance, so a call that passes it by keyword must say variance=, not
 *   var= (by position it is the same).
 *   PyTorch: torch.nn.functional.gaussian_nll_loss
 */
RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss(int64_t input, int64_t target, int64_t variance, bool full, double eps, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Negative log-likelihood of targets under Gaussians with the given means and one variance,
 * reduced as asked.
 *   input: The means.
 *       (Tensor)
 *   target: The samples, shaped like input.
 *       (Tensor)
 *   variance: The variance of every Gaussian: a float, not negative (an int or bool is a
 *       type error, as in PyTorch).
 *       (Scalar; as variance, variance_int, variance_kind)
 *   full: Add the constant 0.5 * log(2 * pi).
 *       (bool; PyTorch's default False)
 *   eps: The smallest variance used.
 *       (float; PyTorch's default 1e-06)
 *   reduction: none for the element-wise losses, mean or sum to reduce them.
 *       (reduction; PyTorch's default 'mean'; one of none, mean, sum)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   Deviation from the reference: PyTorch's third parameter is named var, a reserved word in
 *   Simple; here it is variance, so a call that passes it by keyword must say variance=, not
 *   var= (by position it is the same).
 *   PyTorch: torch.nn.functional.gaussian_nll_loss
 */
RT_TORCH_API int64_t rt_torch_nn_gaussian_nll_loss_float(int64_t input, int64_t target, double variance, int64_t variance_int, int32_t variance_kind, bool full, double eps, const char* reduction) RT_TORCH_NOEXCEPT;

/*
 * Connectionist temporal classification loss between sequences of log-probabilities and target
 * sequences.
 *   log_probs: Log-probabilities of shape (T, N, C) or (T, C), class blank included.
 *       (Tensor)
 *   targets: Target class indices, padded of shape (N, S) or concatenated of shape
 *       (sum(target_lengths)).
 *       (Tensor)
 *   input_lengths: The length of each input sequence, of shape (N) or ().
 *       (Tensor)
 *   target_lengths: The length of each target sequence, of shape (N) or ().
 *       (Tensor)
 *   blank: The blank class.
 *       (int; PyTorch's default 0)
 *   reduction: none for the per-sequence losses; mean for their mean after dividing each
 *       by its target length; sum.
 *       (reduction; PyTorch's default 'mean'; one of none, mean, sum)
 *   zero_infinity: Replace infinite losses (impossible alignments) and their gradients by
 *       zero.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.ctc_loss (ATen ctc_loss.Tensor)
 */
RT_TORCH_API int64_t rt_torch_nn_ctc_loss_tensor(int64_t log_probs, int64_t targets, int64_t input_lengths, int64_t target_lengths, int64_t blank, const char* reduction, bool zero_infinity) RT_TORCH_NOEXCEPT;

/*
 * Connectionist temporal classification loss, with the sequence lengths given as lists.
 *   log_probs: Log-probabilities of shape (T, N, C) or (T, C), class blank included.
 *       (Tensor)
 *   targets: Target class indices, padded of shape (N, S) or concatenated of shape
 *       (sum(target_lengths)).
 *       (Tensor)
 *   input_lengths: The length of each input sequence.
 *       (int[]; as input_lengths, input_lengths_len)
 *   target_lengths: The length of each target sequence.
 *       (int[]; as target_lengths, target_lengths_len)
 *   blank: The blank class.
 *       (int; PyTorch's default 0)
 *   reduction: none for the per-sequence losses; mean for their mean after dividing each
 *       by its target length; sum.
 *       (reduction; PyTorch's default 'mean'; one of none, mean, sum)
 *   zero_infinity: Replace infinite losses (impossible alignments) and their gradients by
 *       zero.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor (0-d when reduced).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.ctc_loss (ATen ctc_loss.IntList)
 */
RT_TORCH_API int64_t rt_torch_nn_ctc_loss_intlist(int64_t log_probs, int64_t targets, const int64_t* input_lengths, int64_t input_lengths_len, const int64_t* target_lengths, int64_t target_lengths_len, int64_t blank, const char* reduction, bool zero_infinity) RT_TORCH_NOEXCEPT;

/*
 * Sums, averages or takes the maximum of bags of embedding rows, without forming the rows
 * themselves.
 *   input: int64 (or int32) indices: a 2-D (B, N) batch of fixed-size bags, or 1-D bags
 *       delimited by offsets.
 *       (Tensor)
 *   weight: The table, of shape (num_embeddings, embedding_dim).
 *       (Tensor)
 *   offsets: For 1-D input, where each bag starts (1-D); None for 2-D input.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   max_norm: Renormalise, in place, every looked-up row whose norm exceeds this; None for
 *       never.
 *       (float?; PyTorch's default None; as max_norm, max_norm_present; None: max_norm_present false (the value is ignored))
 *   norm_type: The p of the p-norm for max_norm.
 *       (float; PyTorch's default 2.0)
 *   scale_grad_by_freq: Scale gradients by the inverse frequency of the indices in the
 *       batch (not with max).
 *       (bool; PyTorch's default False)
 *   mode: How each bag is reduced: sum, mean or max.
 *       (embedding_bag_mode; PyTorch's default 'mean'; one of sum, mean, max)
 *   sparse: Make the gradient of weight a sparse tensor (not with max).
 *       (bool; PyTorch's default False)
 *   per_sample_weights: A weight per index, shaped like input, for mode sum; None for 1.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   include_last_offset: offsets has one more element, the end of the last bag.
 *       (bool; PyTorch's default False)
 *   padding_idx: A row that is left out of every bag and gets no gradient; None for none.
 *       (int?; PyTorch's default None; as padding_idx, padding_idx_present; None: padding_idx_present false (the value is ignored))
 *   Returns: A new tensor of shape (number of bags, embedding_dim).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.embedding_bag (ATen embedding_bag.padding_idx)
 */
RT_TORCH_API int64_t rt_torch_nn_embedding_bag(int64_t input, int64_t weight, int64_t offsets, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, const char* mode, bool sparse, int64_t per_sample_weights, bool include_last_offset, int64_t padding_idx, bool padding_idx_present) RT_TORCH_NOEXCEPT;

/*
 * Resizes a batch by nearest-neighbour sampling (deprecated in PyTorch for interpolate with
 * mode nearest).
 *   input: The input, of shape (N, C, L), (N, C, H, W) or (N, C, D, H, W).
 *       (Tensor)
 *   size: The output's spatial size: one int for every spatial dimension, or one per
 *       dimension; None to use scale_factor.
 *       (int[]?; PyTorch's default None; as size, size_len, size_present; None: size_present false (the array is ignored))
 *   scale_factor: The factor of each spatial dimension: one number for all, or one per
 *       dimension; None to use size.
 *       (float[]?; PyTorch's default None; as scale_factor, scale_factor_len, scale_factor_present; None: scale_factor_present false (the array is ignored))
 *   Returns: A new tensor of shape (N, C, *output size).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.upsample_nearest
 */
RT_TORCH_API int64_t rt_torch_nn_upsample_nearest(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present) RT_TORCH_NOEXCEPT;

/*
 * Resizes a batch of images by bilinear interpolation with aligned corners (deprecated in
 * PyTorch for interpolate).
 *   input: The input, of shape (N, C, H, W).
 *       (Tensor)
 *   size: The output's height and width: one int for both, or two; None to use
 *       scale_factor.
 *       (int[]?; PyTorch's default None; as size, size_len, size_present; None: size_present false (the array is ignored))
 *   scale_factor: The factor of the height and width: one number for both, or two; None to
 *       use size.
 *       (float[]?; PyTorch's default None; as scale_factor, scale_factor_len, scale_factor_present; None: scale_factor_present false (the array is ignored))
 *   Returns: A new tensor of shape (N, C, H_out, W_out).
 *   On error: 0.
 *   PyTorch: torch.nn.functional.upsample_bilinear
 */
RT_TORCH_API int64_t rt_torch_nn_upsample_bilinear(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end
 * inclusive (start and end given as 0-d tensors).
 *   start: The exponent of the first value.
 *       (Tensor)
 *   end: The exponent of the last value.
 *       (Tensor)
 *   steps: How many values (non-negative).
 *       (int)
 *   base: The base of the logarithm.
 *       (float; PyTorch's default 10.0)
 *   dtype: The dtype; None for the default (the complex one when start or end is complex).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.logspace (ATen logspace.Tensor_Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_tensor(int64_t start, int64_t end, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end
 * inclusive (start given as a 0-d tensor).
 *   start: The exponent of the first value.
 *       (Tensor)
 *   end: The exponent of the last value.
 *       (Scalar; as end, end_int, end_kind)
 *   steps: How many values (non-negative).
 *       (int)
 *   base: The base of the logarithm.
 *       (float; PyTorch's default 10.0)
 *   dtype: The dtype; None for the default (the complex one when start or end is complex).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.logspace (ATen logspace.Tensor_Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_logspace_tensor_scalar(int64_t start, double end, int64_t end_int, int32_t end_kind, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps values evenly spaced on a log scale, from base**start to base**end
 * inclusive (end given as a 0-d tensor).
 *   start: The exponent of the first value.
 *       (Scalar; as start, start_int, start_kind)
 *   end: The exponent of the last value.
 *       (Tensor)
 *   steps: How many values (non-negative).
 *       (int)
 *   base: The base of the logarithm.
 *       (float; PyTorch's default 10.0)
 *   dtype: The dtype; None for the default (the complex one when start or end is complex).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.logspace (ATen logspace.Scalar_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_logspace_scalar_tensor(double start, int64_t start_int, int32_t start_kind, int64_t end, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps values evenly spaced from start to end inclusive (start and end given
 * as 0-d tensors).
 *   start: The first value.
 *       (Tensor)
 *   end: The last value.
 *       (Tensor)
 *   steps: How many values (non-negative).
 *       (int)
 *   dtype: The dtype; None for the default (the complex one when start or end is complex).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.linspace (ATen linspace.Tensor_Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_tensor(int64_t start, int64_t end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps values evenly spaced from start to end inclusive (start given as a 0-d
 * tensor).
 *   start: The first value.
 *       (Tensor)
 *   end: The last value.
 *       (Scalar; as end, end_int, end_kind)
 *   steps: How many values (non-negative).
 *       (int)
 *   dtype: The dtype; None for the default (the complex one when start or end is complex).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.linspace (ATen linspace.Tensor_Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_linspace_tensor_scalar(int64_t start, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A 1-D tensor of steps values evenly spaced from start to end inclusive (end given as a 0-d
 * tensor).
 *   start: The first value.
 *       (Scalar; as start, start_int, start_kind)
 *   end: The last value.
 *       (Tensor)
 *   steps: How many values (non-negative).
 *       (int)
 *   dtype: The dtype; None for the default (the complex one when start or end is complex).
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.linspace (ATen linspace.Scalar_Tensor)
 */
RT_TORCH_API int64_t rt_torch_tensor_linspace_scalar_tensor(double start, int64_t start_int, int32_t start_kind, int64_t end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * Reports whether a tensor is a leaf of the autograd graph.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: true for a tensor that does not require grad, and for one that requires it but
 *   no recorded operation made (backward fills its .grad).
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.is_leaf
 */
RT_TORCH_API bool rt_torch_autograd_is_leaf(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Reports whether a tensor was made by a recorded operation (has a grad_fn).
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: true when the tensor has a node of the autograd graph behind it; false for
 *   leaves.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.grad_fn
 */
RT_TORCH_API bool rt_torch_autograd_has_grad_fn(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The tensor's data as a tensor outside the autograd graph (Tensor.data).
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle sharing the storage, not requiring grad; changes made through it
 *   are not recorded (nor checked) by autograd.
 *   On error: 0.
 *   PyTorch: torch.Tensor.data
 */
RT_TORCH_API int64_t rt_torch_autograd_data(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Makes a tensor use another tensor's data (Tensor.data = other), keeping its own autograd
 * identity.
 *   handle: The tensor whose data changes.
 *       (Tensor(a!))
 *   new_data: The tensor whose storage, shape and dtype it takes (of a compatible type:
 *       same device kind).
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 */
RT_TORCH_API void rt_torch_autograd_set_data(int64_t handle, int64_t new_data) RT_TORCH_NOEXCEPT;

/*
 * The type of the device the tensor lives on, as a device code of the catalogue.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: The c10::DeviceType value: 0 for the CPU, 1 for CUDA, 14 for meta (the
 *   catalogue's `devices`).
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.device
 */
RT_TORCH_API int32_t rt_torch_torchtensor_device_type(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The size of one dimension.
 *   handle: The tensor.
 *       (Tensor)
 *   dim: The dimension; negative counts from the last.
 *       (int)
 *   Returns: The size of that dimension.
 *   On error: -1 (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.size
 */
RT_TORCH_API int64_t rt_torch_torchtensor_size_dim(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * How many warnings libtorch raised during the last call on this thread (its TORCH_WARN
 * messages, which it would print).
 *   Returns: 0 when the call raised none; the first 64 are kept. They stay readable until
 *   the next call on this thread, as the error does.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int32_t rt_torch_warning_count(void) RT_TORCH_NOEXCEPT;

/*
 * The message of one warning of the last call on this thread.
 *   index: Which warning, from 0 to rt_torch_warning_count() - 1.
 *       (int)
 *   Returns: The message (empty for an index out of range); valid until the next call on
 *   this thread.
 *   On error: NULL.
 */
RT_TORCH_API const char* rt_torch_warning_message(int64_t index) RT_TORCH_NOEXCEPT;

/*
 * The kind of one warning of the last call on this thread, as PyTorch's Python binding
 * classifies it.
 *   index: Which warning, from 0 to rt_torch_warning_count() - 1.
 *       (int)
 *   Returns: 0 for a UserWarning, 1 for a DeprecationWarning, -1 for an index out of range.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int32_t rt_torch_warning_kind(int64_t index) RT_TORCH_NOEXCEPT;

/*
 * Fills the tensor in place with samples of the uniform distribution on [from, to).
 *   input: The floating-point tensor to fill.
 *       (Tensor(a!))
 *   low: The lower bound (PyTorch's from, a Python keyword).
 *       (float; PyTorch's default 0)
 *   to: The upper bound, not below from.
 *       (float; PyTorch's default 1)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.uniform_ (ATen uniform_)
 */
RT_TORCH_API void rt_torch_torchtensor_uniform_(int64_t input, double low, double to) RT_TORCH_NOEXCEPT;

/*
 * A multi-layer, optionally bidirectional LSTM over a whole sequence through libtorch's own
 * implementation (oneDNN's fused kernel for float32 on the CPU), as torch.lstm, which
 * torch.nn.LSTM calls.
 *   input: The sequence, (L, N, H_in) ((N, L, H_in) with batch_first).
 *       (Tensor)
 *   hx: [h_0, c_0]: each (num_layers * directions, N, H), h_0 of the projection size when
 *       there are projections.
 *       (Tensor[]; as hx, hx_len)
 *   params: The weights per layer and direction in torch.nn.LSTM's order: w_ih, w_hh, then
 *       b_ih, b_hh with biases, then w_hr with projections.
 *       (Tensor[]; as params, params_len)
 *   has_biases: Whether params holds the biases.
 *       (bool)
 *   num_layers: The number of stacked layers.
 *       (int)
 *   dropout: The dropout probability between layers (in training).
 *       (float)
 *   train: Training mode (dropout between layers applies).
 *       (bool)
 *   bidirectional: Whether each layer also runs the reversed sequence.
 *       (bool)
 *   batch_first: Whether input and output put the batch first.
 *       (bool)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       output: The last layer's h_t for every step, (L, N, D * H_out); h_n: The final hidden
 *       state of every layer and direction; c_n: The final cell state of every layer and
 *       direction.
 *   PyTorch: torch.lstm (ATen lstm.input)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_lstm_input(int64_t input, const int64_t* hx, int64_t hx_len, const int64_t* params, int64_t params_len, bool has_biases, int64_t num_layers, double dropout, bool train, bool bidirectional, bool batch_first, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Sets the floating-point dtype that tensors get by default in this process (creation
 * functions, float Python data, integer-float promotion), as torch.set_default_dtype; the
 * default complex dtype follows (complex64 for float32, complex128 for float64).
 *   dtype: A floating-point dtype: float32 (the initial default), float64, float16 or
 *       bfloat16.
 *       (ScalarType)
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.set_default_dtype
 */
RT_TORCH_API void rt_torch_set_default_dtype(int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * The floating-point dtype tensors get by default in this process, as torch.get_default_dtype.
 *   Returns: The default dtype (float32 unless rt_torch_set_default_dtype changed it).
 *   On error: -1.
 *   PyTorch: torch.get_default_dtype
 */
RT_TORCH_API int32_t rt_torch_get_default_dtype(void) RT_TORCH_NOEXCEPT;

/*
 * Loads a TorchScript module saved by torch.jit.save (torch::jit::load), onto the CPU.
 *   path: The file's path (UTF-8).
 *       (str)
 *   Returns: A new module handle (never 0 nor -1); free it with rt_torch_jit_module_free. -1
 *   on failure: a missing file or a directory is a value error with torch.jit.load's
 *   message, an unreadable file the error of torch::jit::load.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_jit_load(const char* path) RT_TORCH_NOEXCEPT;

/*
 * Releases a module handle; the module goes when no call on another thread still runs it.
 *   module: The module handle; invalid afterwards (a second free, a forged or a tensor
 *       handle is an invalid-handle error).
 *       (int)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_jit_module_free(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * Releases a module handle from a destructor (garbage collection, Drop), leaving the thread's
 * error state alone.
 *   module: The module handle.
 *       (int)
 *   Returns: true when it was a live module handle (now freed); false, with no error set,
 *   for any other value.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_jit_module_release(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * Runs a method of a TorchScript module (forward, or another exported method) with tensor
 * inputs, as calling it from PyTorch does.
 *   module: The module handle.
 *       (int)
 *   method: The method's name: forward for calling the module.
 *       (str)
 *   inputs: The positional inputs; their count and types are checked against the method's
 *       schema (a RuntimeError in PyTorch: the error code other).
 *       (Tensor[]; as inputs, inputs_len)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       The outputs: one tensor for a Tensor result, the items of a tuple or list of tensors;
 *       any other result is a type error.
 */
RT_TORCH_API int64_t rt_torch_jit_run_method(int64_t module, const char* method, const int64_t* inputs, int64_t inputs_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * What a method of a TorchScript module returns, read from its schema (so that a wrapper
 * shapes run_method's outputs).
 *   module: The module handle.
 *       (int)
 *   method: The method's name.
 *       (str)
 *   Returns: 0 a Tensor, 1 a tuple, 2 a list, -1 anything else (-1 also on failure: read the
 *   error code).
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int32_t rt_torch_jit_output_kind(int64_t module, const char* method) RT_TORCH_NOEXCEPT;

/*
 * The names of a TorchScript module's methods (forward and the exported ones), one per line.
 *   module: The module handle.
 *       (int)
 *   Returns: The names separated by newlines, in definition order; valid until the next call
 *   on this thread.
 *   On error: NULL.
 */
RT_TORCH_API const char* rt_torch_jit_method_names(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * Sets a TorchScript module and its submodules to training (true) or evaluation mode (false),
 * as Module.train(mode) / eval().
 *   module: The module handle.
 *       (int)
 *   mode: true for training mode, false for evaluation mode.
 *       (bool; PyTorch's default True)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_jit_train(int64_t module, bool mode) RT_TORCH_NOEXCEPT;

/*
 * Whether a TorchScript module is in training mode (Module.training).
 *   module: The module handle.
 *       (int)
 *   Returns: true in training mode; false in evaluation mode, or on failure (read the error
 *   code).
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_jit_is_training(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * The parameters of a TorchScript module and its submodules, as Module.parameters() (the
 * module's own tensors, not copies).
 *   module: The module handle.
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to the parameters in the order of rt_torch_jit_parameter_names.
 */
RT_TORCH_API int64_t rt_torch_jit_parameters(int64_t module, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The dotted names of a TorchScript module's parameters, as Module.named_parameters(), one per
 * line.
 *   module: The module handle.
 *       (int)
 *   Returns: The names separated by newlines; valid until the next call on this thread.
 *   On error: NULL.
 */
RT_TORCH_API const char* rt_torch_jit_parameter_names(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * Enters an autocast region of this thread (torch.autocast's __enter__), nested in any already
 * open: eligible operations run in the region's lower-precision dtype.
 *   device_type: The device kind: cpu, or cuda (on a build or machine without CUDA it
 *       warns and leaves autocast off, as PyTorch does).
 *       (autocast_device_type; one of cpu, cuda)
 *   dtype: The dtype operations are cast to: bfloat16 or float16 on the CPU (another warns
 *       and disables autocast, as PyTorch); None for the device's current autocast dtype.
 *       (ScalarType?; PyTorch's default None; None: -1)
 *   enabled: false opens a region with autocast off.
 *       (bool; PyTorch's default True)
 *   cache_enabled: Cache the casts of leaf weights inside the region; None keeps the
 *       current setting.
 *       (bool?; PyTorch's default None; as cache_enabled, cache_enabled_present; None: cache_enabled_present false (the value is ignored))
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.autocast.__enter__
 */
RT_TORCH_API void rt_torch_autocast_begin(const char* device_type, int32_t dtype, bool enabled, bool cache_enabled, bool cache_enabled_present) RT_TORCH_NOEXCEPT;

/*
 * Leaves the innermost autocast region of this thread (torch.autocast's __exit__): restores
 * the state its rt_torch_autocast_begin replaced, and drops the cast cache when it was the
 * outermost.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.autocast.__exit__
 */
RT_TORCH_API void rt_torch_autocast_end(void) RT_TORCH_NOEXCEPT;

/*
 * Whether autocast is on for a device kind on this thread.
 *   device_type: The device kind.
 *       (autocast_device_type; one of cpu, cuda)
 *   Returns: true inside an enabled autocast region.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.is_autocast_enabled
 */
RT_TORCH_API bool rt_torch_is_autocast_enabled(const char* device_type) RT_TORCH_NOEXCEPT;

/*
 * The dtype autocast casts to for a device kind on this thread.
 *   device_type: The device kind.
 *       (autocast_device_type; one of cpu, cuda)
 *   Returns: bfloat16 on the CPU and float16 on CUDA unless a region set another.
 *   On error: -1.
 *   PyTorch: torch.get_autocast_dtype
 */
RT_TORCH_API int32_t rt_torch_get_autocast_dtype(const char* device_type) RT_TORCH_NOEXCEPT;

/*
 * The name of the autograd node that made a tensor (its grad_fn), as PyTorch's Python classes
 * name them.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: For example "MulBackward0" or "CopySlices" (a C++ node's name without its
 *   namespace); empty for a leaf or a tensor outside the graph. Valid until the next call on
 *   this thread.
 *   On error: NULL.
 *   PyTorch: torch.Tensor.grad_fn
 */
RT_TORCH_API const char* rt_torch_autograd_grad_fn_name(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Enters a region of this thread with gradient recording on or off (torch.enable_grad,
 * torch.set_grad_enabled as a context), nested with the no-grad regions.
 *   enabled: true records operations for backward (enable_grad), false does not.
 *       (bool)
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.enable_grad.__enter__
 */
RT_TORCH_API void rt_torch_autograd_grad_mode_begin(bool enabled) RT_TORCH_NOEXCEPT;

/*
 * Leaves the innermost region of rt_torch_autograd_grad_mode_begin on this thread, restoring
 * the gradient mode it replaced; an error when the innermost open region is a no-grad one (or
 * none is open).
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.enable_grad.__exit__
 */
RT_TORCH_API void rt_torch_autograd_grad_mode_end(void) RT_TORCH_NOEXCEPT;

/*
 * Whether operations on this thread are recorded for backward (gradient mode).
 *   Returns: false inside a no-grad region, true outside any (and inside enable_grad).
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.is_grad_enabled
 */
RT_TORCH_API bool rt_torch_autograd_is_grad_enabled(void) RT_TORCH_NOEXCEPT;

/*
 * Turns gradient recording on this thread on or off until changed again
 * (torch.set_grad_enabled called as a function).
 *   enabled: true records operations for backward.
 *       (bool)
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.set_grad_enabled
 */
RT_TORCH_API void rt_torch_autograd_set_grad_enabled(bool enabled) RT_TORCH_NOEXCEPT;

/*
 * Records a custom autograd function (torch.autograd.Function.apply): the caller computed the
 * outputs from the inputs with grad mode off; they come back as one node of the graph whose
 * backward is the caller's callback.
 *   inputs: The function's tensor inputs, in order: the callback gives one gradient per
 *       input.
 *       (Tensor[]; as inputs, inputs_len)
 *   outputs: The outputs the caller's forward computed with grad mode off (an input
 *       returned as it is becomes a view of it, as in PyTorch).
 *       (Tensor[]; as outputs, outputs_len)
 *   to_save: ctx.save_for_backward's tensors (0 for None): kept as saved variables whose
 *       versions are checked when backward reads them (an in-place change since gives
 *       PyTorch's error).
 *       (Tensor?[]; as to_save, to_save_len)
 *   non_differentiable: ctx.mark_non_differentiable's outputs (each one of the outputs):
 *       they never require grad.
 *       (Tensor[]; as non_differentiable, non_differentiable_len)
 *   dirty: ctx.mark_dirty's inputs (each one of the inputs and returned as an output):
 *       changed in place by the forward.
 *       (Tensor[]; as dirty, dirty_len)
 *   materialize_grads: ctx.set_materialize_grads: true passes zeros for the gradients of
 *       outputs that got none, false passes 0 (None).
 *       (bool)
 *   name: The Function class's name: the node's name in error messages ("output 0 of Exp",
 *       as PyTorch's), and with Backward appended grad_fn's name
 *       (rt_torch_autograd_grad_fn_name: ExpBackward); NULL for CustomFunction.
 *       (str?; None: NULL)
 *   backward: The address of the backward callback, a C function int32_t (*)(void*
 *       user_data, const int64_t* grad_outputs, int64_t grad_outputs_len, const int64_t*
 *       saved, int64_t saved_len, int64_t* grad_inputs, int64_t grad_inputs_len, const char**
 *       message) (rt_torch_backward_fn in the header's notes). It gets one gradient handle per
 *       output (0 for None when materialize_grads is false) and the saved tensors' handles (0
 *       for None), all new handles it owns and frees; it writes one handle per input into
 *       grad_inputs (prefilled with 0, None), which the bridge takes over and frees; it
 *       returns 0, or an error code (with *message set to text valid until it returns, or left
 *       NULL) that backward reports. It may run on an autograd worker thread and may call the
 *       bridge. 0 is a value error.
 *       (int)
 *   user_data: A pointer-sized value passed to the callbacks as it is (the caller's
 *       closure); the node owns it once the call succeeds.
 *       (int)
 *   free_user_data: The address of a C function void (*)(void* user_data)
 *       (rt_torch_free_fn) run once when the node is destroyed, at once when no node is made
 *       (grad mode off or no input requires grad); 0 for none. On failure it is not run: the
 *       caller still owns user_data.
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New handles to the outputs, recorded in the graph (one per output; out_capacity below
 *       the count is a value error and records nothing).
 *   PyTorch: torch.autograd.Function.apply
 */
RT_TORCH_API int64_t rt_torch_autograd_function_apply(const int64_t* inputs, int64_t inputs_len, const int64_t* outputs, int64_t outputs_len, const int64_t* to_save, int64_t to_save_len, const int64_t* non_differentiable, int64_t non_differentiable_len, const int64_t* dirty, int64_t dirty_len, bool materialize_grads, const char* name, int64_t backward, int64_t user_data, int64_t free_user_data, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * A second handle to the same tensor (no copy; the same autograd identity), that the caller
 * frees on its own.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle to the very tensor (what a backward callback gives back for a
 *   gradient it keeps a handle to).
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_new_handle(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * GradScaler's unscale step (torch._amp_foreach_non_finite_check_and_unscale_): multiplies
 * every gradient by inv_scale in place and sets found_inf to 1 when any holds an inf or a NaN.
 *   found_inf: A one-element float32 tensor, on the gradients' device: set to 1.0 when a
 *       gradient holds a non-finite value, left as it is otherwise.
 *       (Tensor(a!))
 *   grads: The gradients (floating point, one device): each is multiplied by inv_scale in
 *       place.
 *       (Tensor[]; as grads, grads_len)
 *   inv_scale: A one-element float32 tensor: the reciprocal of the scale.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes found_inf in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   Deviation from the reference: found_inf comes first (the tensor the bridge marks as
 *   changed in place, as the catalogue puts the receiver first); ATen's order is (grads,
 *   found_inf, inv_scale). The gradients are changed in place too.
 */
RT_TORCH_API void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf, const int64_t* grads, int64_t grads_len, int64_t inv_scale) RT_TORCH_NOEXCEPT;

/*
 * GradScaler's update step (torch._amp_update_scale_): backs the scale off after a step with
 * non-finite gradients, grows it after growth_interval clean steps in a row.
 *   scale: The one-element float32 scale, updated in place.
 *       (Tensor(a!))
 *   growth_tracker: The one-element int32 count of clean steps in a row, updated in place
 *       (reset on growth and on back-off).
 *       (Tensor)
 *   found_inf: A one-element float32 tensor: greater than 0 when the step's gradients held
 *       a non-finite value.
 *       (Tensor)
 *   scale_growth_factor: The factor the scale grows by.
 *       (float)
 *   scale_backoff_factor: The factor the scale backs off by.
 *       (float)
 *   growth_interval: The clean steps in a row after which the scale grows.
 *       (int)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes scale in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 */
RT_TORCH_API void rt_torch_torchtensor_amp_update_scale_(int64_t scale, int64_t growth_tracker, int64_t found_inf, double scale_growth_factor, double scale_backoff_factor, int64_t growth_interval) RT_TORCH_NOEXCEPT;

/*
 * Joins a process group of world_size processes (torch.distributed.init_process_group): the
 * Gloo backend, over a rendezvous store every rank names alike.
 *   backend: gloo (CPU tensors); nccl is an unavailable error on a build without NCCL (the
 *       CPU wheel), any other name a value error.
 *       (str)
 *   store: tcp (a TCPStore that rank 0 serves at address:port, tcp:// and env:// in
 *       PyTorch) or file (a FileStore at the path address, file://).
 *       (str)
 *   address: The store's host (tcp) or file path (file).
 *       (str)
 *   port: The TCP store's port (0 to 65535); ignored for file.
 *       (int)
 *   rank: This process's rank, 0 <= rank < world_size (a value error otherwise).
 *       (int)
 *   world_size: The number of processes of the group (at least 1).
 *       (int)
 *   timeout_ms: How long the rendezvous and every collective may wait for the other ranks,
 *       in milliseconds (torch.distributed's default is 30 minutes).
 *       (int; PyTorch's default 1800000)
 *   agent_store: Every rank is a client of a store another process serves (torchrun's
 *       agent store, TORCHELASTIC_USE_AGENT_STORE).
 *       (bool; PyTorch's default False)
 *   Returns: A new process-group handle (never 0 nor -1); free it with rt_torch_dist_free.
 *   -1 on failure: bad arguments are value errors, a rendezvous that times out or fails a
 *   distributed error.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_dist_init(const char* backend, const char* store, const char* address, int64_t port, int64_t rank, int64_t world_size, int64_t timeout_ms, bool agent_store) RT_TORCH_NOEXCEPT;

/*
 * Joins a process group from torchrun's environment (init_method env://): MASTER_ADDR,
 * MASTER_PORT, RANK and WORLD_SIZE, over a TCP store.
 *   backend: gloo (nccl is an unavailable error on a build without NCCL).
 *       (str)
 *   timeout_ms: How long the rendezvous and every collective may wait, in milliseconds.
 *       (int; PyTorch's default 1800000)
 *   Returns: A new process-group handle; -1 on failure (a missing variable is a value error
 *   with torch.distributed's message).
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_dist_init_env(const char* backend, int64_t timeout_ms) RT_TORCH_NOEXCEPT;

/*
 * Leaves a process group (destroy_process_group); the group goes when no collective on another
 * thread still uses it.
 *   group: The process-group handle; invalid afterwards (a second free, a forged or a
 *       tensor handle is an invalid-handle error).
 *       (int)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_dist_free(int64_t group) RT_TORCH_NOEXCEPT;

/*
 * Releases a process-group handle from a destructor (garbage collection, Drop), leaving the
 * thread's error state alone.
 *   group: The process-group handle.
 *       (int)
 *   Returns: true when it was a live process-group handle (now freed); false, with no error
 *   set, for any other value.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_dist_release(int64_t group) RT_TORCH_NOEXCEPT;

/*
 * Whether this build can make process groups of a backend (torch.distributed.is_gloo_available
 * / is_nccl_available).
 *   backend: The backend's name: gloo or nccl.
 *       (str)
 *   Returns: true for gloo; false for nccl on a build without NCCL, and for any other name.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_dist_is_backend_available(const char* backend) RT_TORCH_NOEXCEPT;

/*
 * This process's rank in the group (torch.distributed.get_rank).
 *   group: The process-group handle.
 *       (int)
 *   Returns: The rank, 0 <= rank < world size; -1 on failure (a bad handle).
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_dist_rank(int64_t group) RT_TORCH_NOEXCEPT;

/*
 * The number of processes of the group (torch.distributed.get_world_size).
 *   group: The process-group handle.
 *       (int)
 *   Returns: The world size; -1 on failure (a bad handle).
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_dist_world_size(int64_t group) RT_TORCH_NOEXCEPT;

/*
 * Combines a tensor across the ranks of the group, in place on every rank
 * (torch.distributed.all_reduce): the sum, mean, minimum, maximum or product.
 *   tensor: A dense contiguous CPU tensor, of the same shape and dtype on every rank.
 *       (Tensor(a!))
 *   group: The process-group handle.
 *       (int)
 *   op: How the ranks' elements combine.
 *       (reduce_op; PyTorch's default 'sum'; one of sum, avg, min, max, product)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes tensor in place.
 */
RT_TORCH_API void rt_torch_dist_all_reduce_(int64_t tensor, int64_t group, const char* op) RT_TORCH_NOEXCEPT;

/*
 * Copies a tensor of rank src into the tensor of every other rank, in place
 * (torch.distributed.broadcast).
 *   tensor: The data on rank src, the tensor to overwrite on the others (same shape and
 *       dtype).
 *       (Tensor(a!))
 *   group: The process-group handle.
 *       (int)
 *   src: The rank that sends (a value error outside the group).
 *       (int)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes tensor in place.
 */
RT_TORCH_API void rt_torch_dist_broadcast_(int64_t tensor, int64_t group, int64_t src) RT_TORCH_NOEXCEPT;

/*
 * Every rank's tensor, on every rank, in rank order (torch.distributed.all_gather).
 *   tensor: This rank's tensor (same shape and dtype on every rank).
 *       (Tensor)
 *   group: The process-group handle.
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       New tensors, one per rank, in rank order.
 */
RT_TORCH_API int64_t rt_torch_dist_all_gather(int64_t tensor, int64_t group, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Combines the ranks' lists of tensors element by element and leaves item r of the result on
 * rank r, in place (torch.distributed.reduce_scatter).
 *   output: Where this rank's part goes (the shape of each input).
 *       (Tensor(a!))
 *   group: The process-group handle.
 *       (int)
 *   inputs: One tensor per rank (a value error for another count).
 *       (Tensor[]; as inputs, inputs_len)
 *   op: How the ranks' elements combine.
 *       (reduce_op; PyTorch's default 'sum'; one of sum, avg, min, max, product)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes output in place.
 */
RT_TORCH_API void rt_torch_dist_reduce_scatter_(int64_t output, int64_t group, const int64_t* inputs, int64_t inputs_len, const char* op) RT_TORCH_NOEXCEPT;

/*
 * Waits until every rank of the group has called it (torch.distributed.barrier).
 *   group: The process-group handle.
 *       (int)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_dist_barrier(int64_t group) RT_TORCH_NOEXCEPT;

/*
 * A random permutation of 0 .. n-1 drawn from a generator of its own seeded with seed, as
 * torch.randperm(n, generator=torch.Generator().manual_seed(seed)) (DistributedSampler's
 * shuffle); the global generator is not touched.
 *   n: How many indices (0 or more).
 *       (int)
 *   seed: The generator's seed (DistributedSampler: seed + epoch).
 *       (int)
 *   Returns: A new int64 tensor of n indices.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_dist_shuffle_indices(int64_t n, int64_t seed) RT_TORCH_NOEXCEPT;

#endif /* RT_TORCH_TYPES_ONLY */

#if defined(__cplusplus)
} /* extern "C" */
#endif

#endif /* RT_TORCH_SFFI_H */
