// generated from fixture.yaml by sffi-gen; do not edit
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
