// generated from fixture.yaml by sffi-gen; do not edit
/*
 * Golden fixture 0.0.1: the C ABI of libtorch_sffi.so.
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
    /* A bad handle. */
    RT_TORCH_ERR_INVALID_HANDLE = 1,
    /* An index out of range. */
    RT_TORCH_ERR_INDEX = 2,
    /* A bad value. */
    RT_TORCH_ERR_VALUE = 3,
    /* A bad dtype. */
    RT_TORCH_ERR_TYPE = 4,
    /* Not in this build. */
    RT_TORCH_ERR_UNAVAILABLE = 5,
    /* No memory. */
    RT_TORCH_ERR_OUT_OF_MEMORY = 6,
    /* Anything else. */
    RT_TORCH_ERR_OTHER = 7,
    /* A process group failed. */
    RT_TORCH_ERR_DISTRIBUTED = 8,
};

/* dtype codes (c10::ScalarType values): ScalarType arguments and results. */
enum {
    RT_TORCH_DTYPE_INT64 = 4, /* Indices. */
    RT_TORCH_DTYPE_FLOAT32 = 6, /* The default. */
    RT_TORCH_DTYPE_FLOAT64 = 7, /* Double precision. */
    RT_TORCH_DTYPE_BOOL = 11, /* Booleans. */
};

/* Device types (c10::DeviceType values): the x_type of Device arguments. */
enum {
    RT_TORCH_DEVICE_CPU = 0, /* The host. */
    RT_TORCH_DEVICE_CUDA = 1, /* A CUDA device. */
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
 * Whether libtorch is behind the bridge.
 *   Returns: true with libtorch.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_available(void) RT_TORCH_NOEXCEPT;

/*
 * The libtorch version.
 *   Returns: major.minor.patch.
 *   On error: NULL.
 *   PyTorch: torch.__version__
 */
RT_TORCH_API const char* rt_torch_version(void) RT_TORCH_NOEXCEPT;

/*
 * Zeros of a shape.
 *   dims: The shape.
 *       (int[]; as dims, dims_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.zeros
 */
RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * Zeros of a shape, of a dtype, on a device.
 *   size: The shape.
 *       (int[]; as size, size_len)
 *   dtype: The dtype; None for the default.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   device: The device; None for the CPU.
 *       (Device?; keyword-only in the wrappers; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.zeros (ATen zeros)
 */
RT_TORCH_API int64_t rt_torch_tensor_zeros_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * A tensor filled with a number, on a device.
 *   size: The shape.
 *       (int[]; as size, size_len)
 *   fill_value: The value.
 *       (Scalar; as fill_value, fill_value_int, fill_value_kind)
 *   device: The device.
 *       (Device; PyTorch's default 'cpu'; as device_type, device_index)
 *   dtype: The dtype.
 *       (ScalarType; PyTorch's default 'float32')
 *   scales: Unused scales.
 *       (float[]; PyTorch's default []; as scales, scales_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.full (ATen full)
 */
RT_TORCH_API int64_t rt_torch_tensor_full(const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t device_type, int32_t device_index, int32_t dtype, const double* scales, int64_t scales_len) RT_TORCH_NOEXCEPT;

/*
 * A float64 tensor from flat data.
 *   data: The values.
 *       (float[]; as data, data_len)
 *   dims: The shape.
 *       (int[]; as dims, dims_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.tensor
 */
RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * Element-wise sum.
 *   handle: The left operand.
 *       (Tensor)
 *   other: The right operand.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.add
 */
RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Sum of all elements.
 *   handle: The input.
 *       (Tensor)
 *   Returns: The sum.
 *   On error: NaN (check the error code: it can be a legitimate result).
 *   PyTorch: torch.sum
 */
RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Sum over dimensions.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimensions; None for all.
 *       (int[1]?; PyTorch's default None; as dim, dim_len, dim_present; None: dim_present false (the array is ignored); one value stands for 1)
 *   keepdim: Keep reduced dimensions.
 *       (bool; PyTorch's default False)
 *   dtype: The result dtype.
 *       (ScalarType?; keyword-only in the wrappers; PyTorch's default None; None: -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.sum (ATen sum.dim_IntList)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * Adds a number.
 *   input: The input.
 *       (Tensor)
 *   other: The number.
 *       (Scalar; as other, other_int, other_kind)
 *   alpha: Its multiplier.
 *       (Scalar; keyword-only in the wrappers; PyTorch's default 1; as alpha, alpha_int, alpha_kind)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.add (ATen add.Scalar)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_add_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind) RT_TORCH_NOEXCEPT;

/*
 * Clamps into a range.
 *   input: The input.
 *       (Tensor)
 *   min: The lower bound.
 *       (Scalar?; PyTorch's default None; as min, min_int, min_kind; None: min_kind -1)
 *   max: The upper bound.
 *       (Scalar?; PyTorch's default None; as max, max_int, max_kind; None: max_kind -1)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.clamp (ATen clamp)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind) RT_TORCH_NOEXCEPT;

/*
 * Maxima along a dimension, with their indices.
 *   input: The input.
 *       (Tensor)
 *   dim: The dimension.
 *       (int)
 *   keepdim: Keep it.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       values: The maxima; indices: Their indices.
 *   PyTorch: torch.max (ATen max.dim)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_max_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Multiplies in place.
 *   input: The tensor to change.
 *       (Tensor(a!))
 *   other: The factor.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.mul_ (ATen mul_.Tensor)
 */
RT_TORCH_API void rt_torch_torchtensor_mul_(int64_t input, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Indexes with optional index tensors.
 *   input: The input.
 *       (Tensor)
 *   indices: One index tensor or None per dimension.
 *       (Tensor?[]; as indices, indices_len)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.Tensor.__getitem__ (ATen index.Tensor)
 */
RT_TORCH_API int64_t rt_torch_torchtensor_index_tensor(int64_t input, const int64_t* indices, int64_t indices_len) RT_TORCH_NOEXCEPT;

/*
 * The element type.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: Its dtype.
 *   On error: -1.
 *   PyTorch: torch.Tensor.dtype
 */
RT_TORCH_API int32_t rt_torch_torchtensor_dtype(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The sizes.
 *   handle: The tensor.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the int[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       The sizes.
 *   PyTorch: torch.Tensor.size
 */
RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Splits into pieces.
 *   handle: The tensor.
 *       (Tensor)
 *   chunks: How many pieces.
 *       (int)
 *   dim: The dimension.
 *       (int; PyTorch's default 0)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       The pieces.
 *   PyTorch: torch.chunk
 */
RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Concatenates tensors.
 *   tensors: The tensors.
 *       (Tensor[]; as tensors, tensors_len)
 *   dim: The dimension.
 *       (int; PyTorch's default 0)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.cat
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * An affine map.
 *   input: The input.
 *       (Tensor)
 *   weight: The weights.
 *       (Tensor)
 *   bias: The bias or 0.
 *       (Tensor?; PyTorch's default None; None: 0)
 *   scale: A scale.
 *       (float; PyTorch's default 1.0)
 *   flags: Unused flags.
 *       (int32; PyTorch's default 0)
 *   Returns: A new tensor.
 *   On error: 0.
 *   Deviation from the reference: Takes a scale and flags the reference did not have.
 *   PyTorch: torch.nn.functional.linear
 */
RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias, double scale, int32_t flags) RT_TORCH_NOEXCEPT;

/*
 * 2-D max pooling.
 *   input: The input.
 *       (Tensor)
 *   kernel_size: The window.
 *       (int[2]; as kernel_size, kernel_size_len; one value stands for 2)
 *   stride: The step; None for the window.
 *       (int[2]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 2)
 *   padding: Implicit padding.
 *       (int[2]; PyTorch's default 0; as padding, padding_len; one value stands for 2)
 *   ceil_mode: Round the output size up.
 *       (bool; PyTorch's default False)
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.max_pool2d (ATen max_pool2d)
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode) RT_TORCH_NOEXCEPT;

/*
 * 2-D max pooling, with the indices of the maxima.
 *   input: The input.
 *       (Tensor)
 *   kernel_size: The window.
 *       (int[2]; as kernel_size, kernel_size_len; one value stands for 2)
 *   stride: The step; None for the window.
 *       (int[2]?; PyTorch's default None; as stride, stride_len, stride_present; None: stride_present false (the array is ignored); one value stands for 2)
 *   padding: Implicit padding.
 *       (int[2]; PyTorch's default 0; as padding, padding_len; one value stands for 2)
 *   ceil_mode: Round the output size up.
 *       (bool; PyTorch's default False)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       output: The maxima; indices: Their flat indices.
 *   PyTorch: torch.nn.functional.max_pool2d (ATen max_pool2d_with_indices)
 */
RT_TORCH_API int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Mean squared error.
 *   input: The prediction.
 *       (Tensor)
 *   target: The target.
 *       (Tensor)
 *   reduction: How to reduce.
 *       (reduction; PyTorch's default 'mean'; one of none, mean, sum)
 *   weight: Per-element weights.
 *       (float[]?; PyTorch's default None; as weight, weight_len, weight_present; None: weight_present false (the array is ignored))
 *   Returns: The loss.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.mse_loss
 */
RT_TORCH_API int64_t rt_torch_nn_mse_loss(int64_t input, int64_t target, const char* reduction, const double* weight, int64_t weight_len, bool weight_present) RT_TORCH_NOEXCEPT;

/*
 * Dropout with an optional generator seed.
 *   input: The input.
 *       (Tensor)
 *   p: The probability.
 *       (float; PyTorch's default 0.5)
 *   training: Apply it.
 *       (bool; PyTorch's default True)
 *   seed: A seed for this call.
 *       (int?; keyword-only in the wrappers; PyTorch's default None; as seed, seed_present; None: seed_present false (the value is ignored))
 *   scale: Another scale.
 *       (float?; keyword-only in the wrappers; PyTorch's default None; as scale, scale_present; None: scale_present false (the value is ignored))
 *   inplace: Change the input.
 *       (bool?; keyword-only in the wrappers; PyTorch's default None; as inplace, inplace_present; None: inplace_present false (the value is ignored))
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.nn.functional.dropout
 */
RT_TORCH_API int64_t rt_torch_nn_dropout(int64_t input, double p, bool training, int64_t seed, bool seed_present, double scale, bool scale_present, bool inplace, bool inplace_present) RT_TORCH_NOEXCEPT;

/*
 * Backpropagates from a scalar.
 *   handle: The scalar.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Runs the autograd engine beside other calls, never beside one that runs alone (see
 *   "Threads" above).
 *   PyTorch: torch.Tensor.backward
 */
RT_TORCH_API void rt_torch_autograd_backward(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Whether gradients are tracked.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: true when tracked.
 *   On error: false (check the error code: it can be a legitimate result).
 *   PyTorch: torch.Tensor.requires_grad
 */
RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The gradient.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: Its gradient or None.
 *   On error: 0 (check the error code: it can be a legitimate result).
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 *   PyTorch: torch.Tensor.grad
 */
RT_TORCH_API int64_t rt_torch_autograd_grad(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The values as float64.
 *   handle: The tensor.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the float[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       The values in row-major order.
 *   PyTorch: torch.Tensor.tolist
 */
RT_TORCH_API int64_t rt_torch_torchtensor_data_f64(int64_t handle, double* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * A stream from the pool.
 *   device_id: The device.
 *       (int32; PyTorch's default 0)
 *   Returns: A new stream.
 *   On error: 0.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.cuda.Stream
 */
RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id) RT_TORCH_NOEXCEPT;

/*
 * Waits for the stream.
 *   handle: The stream.
 *       (Stream)
 *   No result: read rt_torch_error_code() after the call.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.cuda.Stream.synchronize
 */
RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Releases a stream handle.
 *   handle: The stream.
 *       (Stream)
 *   No result: read rt_torch_error_code() after the call.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 */
RT_TORCH_API void rt_torch_torchstream_free(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Releases a tensor handle.
 *   handle: The tensor.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The last error code of this thread.
 *   Returns: 0 or an error code.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int32_t rt_torch_error_code(void) RT_TORCH_NOEXCEPT;

/*
 * The last error message of this thread.
 *   Returns: The message.
 *   On error: NULL.
 */
RT_TORCH_API const char* rt_torch_error_message(void) RT_TORCH_NOEXCEPT;

/*
 * Live handles.
 *   Returns: The count.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_live_handles(void) RT_TORCH_NOEXCEPT;

/*
 * Takes a text argument.
 *   label: A label.
 *       (str)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_set_name(const char* label) RT_TORCH_NOEXCEPT;

/*
 * Takes an optional text argument.
 *   mode: A mode or None.
 *       (str?; PyTorch's default None; None: NULL)
 *   Returns: Always 0.
 *   On error: NaN (check the error code: it can be a legitimate result).
 */
RT_TORCH_API double rt_torch_set_mode(const char* mode) RT_TORCH_NOEXCEPT;

/*
 * Releases a tensor handle from a destructor.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: Whether it was live.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_torchtensor_release(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Turns gradient tracking on or off.
 *   handle: The tensor.
 *       (Tensor(a!))
 *   requires_grad: Track or not.
 *       (bool)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 */
RT_TORCH_API void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad) RT_TORCH_NOEXCEPT;

/*
 * An int64 tensor from flat data.
 *   data: The values.
 *       (int[]; as data, data_len)
 *   dims: The shape.
 *       (int[]; as dims, dims_len)
 *   Returns: A new tensor.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * The values as int64.
 *   handle: The tensor.
 *       (Tensor)
 *   out, out_capacity: caller buffer for the int[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       The values in row-major order.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_data_i64(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * The CUDA ordinal, or -1 on the CPU.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: The ordinal.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int32_t rt_torch_torchtensor_device(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * How many warnings the last call raised.
 *   Returns: The count.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int32_t rt_torch_warning_count(void) RT_TORCH_NOEXCEPT;

/*
 * One warning's message.
 *   index: Which warning.
 *       (int)
 *   Returns: The message.
 *   On error: NULL.
 */
RT_TORCH_API const char* rt_torch_warning_message(int64_t index) RT_TORCH_NOEXCEPT;

/*
 * One warning's kind.
 *   index: Which warning.
 *       (int)
 *   Returns: 0 user, 1 deprecation.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int32_t rt_torch_warning_kind(int64_t index) RT_TORCH_NOEXCEPT;

/*
 * The device type code.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: The c10::DeviceType value.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int32_t rt_torch_torchtensor_device_type(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Whether a recorded operation made the tensor.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: true with a grad_fn.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_autograd_has_grad_fn(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Enters a region with gradient recording on or off.
 *   enabled: Whether to record.
 *       (bool)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_autograd_grad_mode_begin(bool enabled) RT_TORCH_NOEXCEPT;

/*
 * Leaves the innermost such region.
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_autograd_grad_mode_end(void) RT_TORCH_NOEXCEPT;

/*
 * Whether gradient recording is on.
 *   Returns: The mode.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_autograd_is_grad_enabled(void) RT_TORCH_NOEXCEPT;

/*
 * Sets gradient recording on or off.
 *   enabled: The mode.
 *       (bool)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_autograd_set_grad_enabled(bool enabled) RT_TORCH_NOEXCEPT;

/*
 * The name of the node that made the tensor.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: Empty without a grad_fn.
 *   On error: NULL.
 */
RT_TORCH_API const char* rt_torch_autograd_grad_fn_name(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The real parts.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_real(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The imaginary parts.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_imag(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The value of a one-element tensor.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: The value.
 *   On error: NaN (check the error code: it can be a legitimate result).
 */
RT_TORCH_API double rt_torch_torchtensor_item(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The number of elements.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: The count.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_torchtensor_numel(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The slice at one index.
 *   handle: The tensor.
 *       (Tensor)
 *   dim: The dimension.
 *       (int)
 *   index: The index.
 *       (int)
 *   Returns: A view.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_select_int(int64_t handle, int64_t dim, int64_t index) RT_TORCH_NOEXCEPT;

/*
 * A slice along one dimension.
 *   handle: The tensor.
 *       (Tensor)
 *   dim: The dimension.
 *       (int)
 *   start: The start.
 *       (int)
 *   end: The bound.
 *       (int)
 *   step: The stride.
 *       (int)
 *   Returns: A view.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step) RT_TORCH_NOEXCEPT;

/*
 * The tensor converted to a dtype.
 *   handle: The tensor.
 *       (Tensor)
 *   dtype: The dtype.
 *       (ScalarType)
 *   Returns: A new handle.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype) RT_TORCH_NOEXCEPT;

/*
 * A size-1 dimension inserted.
 *   handle: The tensor.
 *       (Tensor)
 *   dim: Where.
 *       (int)
 *   Returns: A view.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * A view with other sizes.
 *   handle: The tensor.
 *       (Tensor)
 *   dims: The sizes.
 *       (int[]; as dims, dims_len)
 *   Returns: A view.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_view_v2(int64_t handle, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A complex tensor from real and imaginary parts.
 *   real: The real parts.
 *       (Tensor)
 *   imag: The imaginary parts.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag) RT_TORCH_NOEXCEPT;

/*
 * The tensor on a device, in a dtype.
 *   input: The tensor.
 *       (Tensor)
 *   device: The device.
 *       (Device; as device_type, device_index)
 *   dtype: The dtype; None keeps it.
 *       (ScalarType?; PyTorch's default None; None: -1)
 *   non_blocking: Asynchronously.
 *       (bool; PyTorch's default False)
 *   copy: Always copy.
 *       (bool; PyTorch's default False)
 *   memory_format: The layout.
 *       (str?; keyword-only in the wrappers; PyTorch's default None; None: NULL)
 *   Returns: A new handle.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format) RT_TORCH_NOEXCEPT;

/*
 * A 0-d tensor holding one number.
 *   s: The value.
 *       (Scalar; as s, s_int, s_kind)
 *   dtype: The dtype.
 *       (ScalarType?; PyTorch's default None; None: -1)
 *   device: The device.
 *       (Device?; PyTorch's default None; as device_type, device_index; None: device_type -1)
 *   Returns: A new tensor.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index) RT_TORCH_NOEXCEPT;

/*
 * Bitwise NOT.
 *   input: The tensor.
 *       (Tensor)
 *   Returns: A new tensor.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_bitwise_not(int64_t input) RT_TORCH_NOEXCEPT;

/*
 * Copies another tensor into this one, in place.
 *   handle: The tensor to update.
 *       (Tensor(a!))
 *   src: The source.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes handle in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 */
RT_TORCH_API void rt_torch_torchtensor_copy_(int64_t handle, int64_t src) RT_TORCH_NOEXCEPT;

/*
 * Writes values at the positions advanced indexing selects, in place.
 *   input: The tensor to update.
 *       (Tensor(a!))
 *   indices: The index tensors.
 *       (Tensor?[]; as indices, indices_len)
 *   values: The values.
 *       (Tensor)
 *   accumulate: Add them.
 *       (bool; PyTorch's default False)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes input in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 */
RT_TORCH_API void rt_torch_torchtensor_index_put_(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate) RT_TORCH_NOEXCEPT;

/*
 * The default floating-point dtype.
 *   Returns: The dtype.
 *   On error: -1.
 */
RT_TORCH_API int32_t rt_torch_get_default_dtype(void) RT_TORCH_NOEXCEPT;

/*
 * Jit load.
 *   path: The path.
 *       (str)
 *   Returns: A module handle.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int64_t rt_torch_jit_load(const char* path) RT_TORCH_NOEXCEPT;

/*
 * Jit module free.
 *   module: The module handle.
 *       (int)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_jit_module_free(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * Jit module release.
 *   module: The module handle.
 *       (int)
 *   Returns: Whether it was live.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_jit_module_release(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * Jit run method.
 *   module: The module handle.
 *       (int)
 *   method: The method.
 *       (str)
 *   inputs: The inputs.
 *       (Tensor[]; as inputs, inputs_len)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       The outputs.
 */
RT_TORCH_API int64_t rt_torch_jit_run_method(int64_t module, const char* method, const int64_t* inputs, int64_t inputs_len, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Jit output kind.
 *   module: The module handle.
 *       (int)
 *   method: The method.
 *       (str)
 *   Returns: The kind of its result.
 *   On error: -1 (check the error code: it can be a legitimate result).
 */
RT_TORCH_API int32_t rt_torch_jit_output_kind(int64_t module, const char* method) RT_TORCH_NOEXCEPT;

/*
 * Jit method names.
 *   module: The module handle.
 *       (int)
 *   Returns: The names.
 *   On error: NULL.
 */
RT_TORCH_API const char* rt_torch_jit_method_names(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * Jit train.
 *   module: The module handle.
 *       (int)
 *   mode: Training mode.
 *       (bool; PyTorch's default True)
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_jit_train(int64_t module, bool mode) RT_TORCH_NOEXCEPT;

/*
 * Jit is training.
 *   module: The module handle.
 *       (int)
 *   Returns: Whether it trains.
 *   On error: false (check the error code: it can be a legitimate result).
 */
RT_TORCH_API bool rt_torch_jit_is_training(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * Jit parameters.
 *   module: The module handle.
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       The parameters.
 */
RT_TORCH_API int64_t rt_torch_jit_parameters(int64_t module, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Jit parameter names.
 *   module: The module handle.
 *       (int)
 *   Returns: Their names.
 *   On error: NULL.
 */
RT_TORCH_API const char* rt_torch_jit_parameter_names(int64_t module) RT_TORCH_NOEXCEPT;

/*
 * Autocast begin.
 *   device_type: The device kind.
 *       (autocast_device_type; one of cpu, cuda)
 *   dtype: The dtype.
 *       (ScalarType?; PyTorch's default None; None: -1)
 *   enabled: On.
 *       (bool; PyTorch's default True)
 *   cache_enabled: Cache casts.
 *       (bool?; PyTorch's default None; as cache_enabled, cache_enabled_present; None: cache_enabled_present false (the value is ignored))
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_autocast_begin(const char* device_type, int32_t dtype, bool enabled, bool cache_enabled, bool cache_enabled_present) RT_TORCH_NOEXCEPT;

/*
 * Autocast end.
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_autocast_end(void) RT_TORCH_NOEXCEPT;

/*
 * Get autocast dtype.
 *   device_type: The device kind.
 *       (autocast_device_type; one of cpu, cuda)
 *   Returns: The dtype.
 *   On error: -1.
 */
RT_TORCH_API int32_t rt_torch_get_autocast_dtype(const char* device_type) RT_TORCH_NOEXCEPT;

/*
 * Records a custom autograd function's outputs as one node whose backward is a C callback.
 *   inputs: The inputs.
 *       (Tensor[]; as inputs, inputs_len)
 *   outputs: The outputs computed with grad mode off.
 *       (Tensor[]; as outputs, outputs_len)
 *   to_save: The saved tensors.
 *       (Tensor?[]; as to_save, to_save_len)
 *   non_differentiable: The non-differentiable outputs.
 *       (Tensor[]; as non_differentiable, non_differentiable_len)
 *   dirty: The inputs changed in place.
 *       (Tensor[]; as dirty, dirty_len)
 *   materialize_grads: Zeros for missing gradients.
 *       (bool)
 *   name: The node's name.
 *       (str?; None: NULL)
 *   backward: The backward callback's address.
 *       (int)
 *   user_data: The callbacks' user data.
 *       (int)
 *   free_user_data: The user data's destructor's address.
 *       (int)
 *   out, out_capacity: caller buffer for the tensors result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       The recorded outputs.
 */
RT_TORCH_API int64_t rt_torch_autograd_function_apply(const int64_t* inputs, int64_t inputs_len, const int64_t* outputs, int64_t outputs_len, const int64_t* to_save, int64_t to_save_len, const int64_t* non_differentiable, int64_t non_differentiable_len, const int64_t* dirty, int64_t dirty_len, bool materialize_grads, const char* name, int64_t backward, int64_t user_data, int64_t free_user_data, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * A second handle to the same tensor.
 *   handle: The tensor.
 *       (Tensor)
 *   Returns: A new handle.
 *   On error: 0.
 */
RT_TORCH_API int64_t rt_torch_torchtensor_new_handle(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * GradScaler's unscale step.
 *   found_inf: Set to 1 on a non-finite gradient.
 *       (Tensor(a!))
 *   grads: The gradients.
 *       (Tensor[]; as grads, grads_len)
 *   inv_scale: The reciprocal of the scale.
 *       (Tensor)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes found_inf in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 */
RT_TORCH_API void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf, const int64_t* grads, int64_t grads_len, int64_t inv_scale) RT_TORCH_NOEXCEPT;

/*
 * GradScaler's update step.
 *   scale: The scale.
 *       (Tensor(a!))
 *   growth_tracker: The clean steps in a row.
 *       (Tensor)
 *   found_inf: Non-finite gradients were found.
 *       (Tensor)
 *   scale_growth_factor: The growth factor.
 *       (float)
 *   scale_backoff_factor: The back-off factor.
 *       (float)
 *   growth_interval: The growth interval.
 *       (int)
 *   No result: read rt_torch_error_code() after the call.
 *   Changes scale in place.
 *   Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads"
 *   above).
 */
RT_TORCH_API void rt_torch_torchtensor_amp_update_scale_(int64_t scale, int64_t growth_tracker, int64_t found_inf, double scale_growth_factor, double scale_backoff_factor, int64_t growth_interval) RT_TORCH_NOEXCEPT;

/*
 * Enters a no-grad region of this thread.
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_autograd_no_grad_begin_v2(void) RT_TORCH_NOEXCEPT;

/*
 * Leaves the innermost no-grad region of this thread.
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_autograd_no_grad_end_v2(void) RT_TORCH_NOEXCEPT;

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
