// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* The catalogue's error codes, dtypes, devices and scalar kinds, and the export macros: the
 * part of torch_sffi.h that the bridge runtime (sffi_runtime.h) needs. It changes only when
 * those do, never when a function is added, so the translation units that include it are not
 * recompiled for another unit's function. Internal to the bridge: applications use torch_sffi.h,
 * which carries the same text under the same include guard. */
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
