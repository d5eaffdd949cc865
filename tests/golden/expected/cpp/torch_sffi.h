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
};

/* dtype codes (c10::ScalarType values) used by rt_torch_torchtensor_dtype / _to_dtype. */
enum {
    RT_TORCH_DTYPE_INT64 = 4, /* Indices. */
    RT_TORCH_DTYPE_FLOAT32 = 6, /* The default. */
    RT_TORCH_DTYPE_FLOAT64 = 7, /* Double precision. */
};

/*
 * Whether libtorch is behind the bridge.
 *   Returns: true with libtorch.
 *   On error: false (check the error code).
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
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.zeros
 */
RT_TORCH_API int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * A float64 tensor from flat data.
 *   data: The values.
 *       (data, data_len): pointer and element count; NULL only with length 0.
 *   dims: The shape.
 *       (dims, dims_len): pointer and element count; NULL only with length 0.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.tensor
 */
RT_TORCH_API int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len) RT_TORCH_NOEXCEPT;

/*
 * Element-wise sum.
 *   handle: The left operand.
 *   other: The right operand.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.add
 */
RT_TORCH_API int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other) RT_TORCH_NOEXCEPT;

/*
 * Sum of all elements.
 *   handle: The input.
 *   Returns: The sum.
 *   On error: NaN.
 *   PyTorch: torch.sum
 */
RT_TORCH_API double rt_torch_torchtensor_sum(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The sizes.
 *   handle: The tensor.
 *   out, out_capacity: caller buffer for the i64[] result.
 *   Returns the full length (-1 on error); writes nothing when it exceeds out_capacity.
 *       The sizes.
 *   PyTorch: torch.Tensor.size
 */
RT_TORCH_API int64_t rt_torch_torchtensor_shape(int64_t handle, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Splits into pieces.
 *   handle: The tensor.
 *   chunks: How many pieces.
 *   dim: The dimension.
 *   out, out_capacity: caller buffer for the tensor[] result.
 *   Returns the full length (-1 on error); writes nothing and creates no handle when it exceeds out_capacity.
 *       The pieces.
 *   PyTorch: torch.chunk
 */
RT_TORCH_API int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity) RT_TORCH_NOEXCEPT;

/*
 * Concatenates tensors.
 *   tensors: The tensors.
 *       (tensors, tensors_len): pointer and element count; NULL only with length 0.
 *   dim: The dimension.
 *   Returns: A new tensor.
 *   On error: 0.
 *   PyTorch: torch.cat
 */
RT_TORCH_API int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim) RT_TORCH_NOEXCEPT;

/*
 * An affine map.
 *   input: The input.
 *   weight: The weights.
 *   bias: The bias or 0.
 *   scale: A scale.
 *   flags: Unused flags.
 *   Returns: A new tensor.
 *   On error: 0.
 *   Deviation from the reference: Takes a scale and flags the reference did not have.
 *   PyTorch: torch.nn.functional.linear
 */
RT_TORCH_API int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias, double scale, int32_t flags) RT_TORCH_NOEXCEPT;

/*
 * Backpropagates from a scalar.
 *   handle: The scalar.
 *   No result: read rt_torch_error_code() after the call.
 *   PyTorch: torch.Tensor.backward
 */
RT_TORCH_API void rt_torch_autograd_backward(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Whether gradients are tracked.
 *   handle: The tensor.
 *   Returns: true when tracked.
 *   On error: false (check the error code).
 *   PyTorch: torch.Tensor.requires_grad
 */
RT_TORCH_API bool rt_torch_autograd_requires_grad(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * A stream from the pool.
 *   device_id: The device.
 *   Returns: A new stream.
 *   On error: 0.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.cuda.Stream
 */
RT_TORCH_API int64_t rt_torch_stream_create(int32_t device_id) RT_TORCH_NOEXCEPT;

/*
 * Waits for the stream.
 *   handle: The stream.
 *   No result: read rt_torch_error_code() after the call.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 *   PyTorch: torch.cuda.Stream.synchronize
 */
RT_TORCH_API void rt_torch_torchstream_sync(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Releases a stream handle.
 *   handle: The stream.
 *   No result: read rt_torch_error_code() after the call.
 *   Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it.
 */
RT_TORCH_API void rt_torch_torchstream_free(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * Releases a tensor handle.
 *   handle: The tensor.
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_torchtensor_free(int64_t handle) RT_TORCH_NOEXCEPT;

/*
 * The last error code of this thread.
 *   Returns: 0 or an error code.
 *   On error: -1 (check the error code: -1 can be legitimate).
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
 *   On error: -1.
 */
RT_TORCH_API int64_t rt_torch_live_handles(void) RT_TORCH_NOEXCEPT;

/*
 * Takes a text argument.
 *   label: A label.
 *   No result: read rt_torch_error_code() after the call.
 */
RT_TORCH_API void rt_torch_set_name(const char* label) RT_TORCH_NOEXCEPT;

#if defined(__cplusplus)
} /* extern "C" */
#endif

#endif /* RT_TORCH_SFFI_H */
