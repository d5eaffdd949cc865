// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 16 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
 * unit by a hash of its name, so that adding an entry changes one unit. Each converts the
 * values generator/abi.py lowers an argument to (an array as a list, without its length), calls
 * the bridge and returns the result as a Python value, over the converters of _core.h. */
#include <stdint.h>

/* The function a call's warnings are counted by (_core.h: sffi_warned). */
#define SFFI_WARNING_COUNT rt_torch_warning_count
int32_t rt_torch_warning_count(void);

#include "_core.h"

#ifdef SFFI_CHECK_HEADER /* the declarations below must agree with the bridge's header */
#include "torch_sffi.h"
#endif

/* The bridge functions this unit calls, declared here rather than through torch_sffi.h, which
 * changes with every entry. */
int64_t rt_torch_torchtensor_abs(int64_t handle);
int64_t rt_torch_torchtensor_add_scalar(int64_t handle, double scalar);
int64_t rt_torch_torchtensor_tanh(int64_t handle);
int64_t rt_torch_torchtensor_max_dim(int64_t handle, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim);
int64_t rt_torch_nn_conv2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_embedding(int64_t input, int64_t weight);
double rt_torch_nn_binary_cross_entropy(int64_t input, int64_t target);
const char* rt_torch_error_message(void);
int32_t rt_torch_get_num_threads(void);
int64_t rt_torch_torchtensor_stride(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_maximum(int64_t handle, int64_t other);
void rt_torch_autograd_set_grad(int64_t handle, int64_t grad);
int64_t rt_torch_torchtensor_to_stream_v2(int64_t handle, int32_t device_id, int64_t stream);
int64_t rt_torch_tensor_full_v2(const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_std_v2(int64_t input, bool unbiased);
int64_t rt_torch_torchtensor_sin(int64_t input);
int64_t rt_torch_torchtensor_any(int64_t input);
int64_t rt_torch_torchtensor_nanmedian(int64_t input);
int64_t rt_torch_torchtensor_argsort(int64_t input, int64_t dim, bool descending);
int64_t rt_torch_torchtensor_narrow(int64_t input, int64_t dim, int64_t start, int64_t length);
int64_t rt_torch_torchtensor_atleast_3d(int64_t input);
int64_t rt_torch_torchtensor_diag_embed(int64_t input, int64_t offset, int64_t dim1, int64_t dim2);
int64_t rt_torch_torchtensor_empty_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_tensor_tril_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_view_as_real(int64_t input);
int64_t rt_torch_torchtensor_bool(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_inner(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_cholesky(int64_t input, bool upper);
int64_t rt_torch_torchtensor_ormqr(int64_t input, int64_t input2, int64_t input3, bool left, bool transpose);
int64_t rt_torch_torchtensor_cov(int64_t input, int64_t correction, int64_t fweights, int64_t aweights);
int64_t rt_torch_torchtensor_linalg_eigvals(int64_t input);
int64_t rt_torch_torchtensor_linalg_tensorsolve(int64_t input, int64_t other, const int64_t* dims, int64_t dims_len, bool dims_present);
int64_t rt_torch_torchtensor_numpy_t(int64_t input);
int64_t rt_torch_torchtensor_asin(int64_t input);
int64_t rt_torch_torchtensor_deg2rad(int64_t input);
int64_t rt_torch_torchtensor_nextafter(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_clamp_tensor(int64_t input, int64_t min, int64_t max);
int64_t rt_torch_torchtensor_ne_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_logical_xor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_logical_not(int64_t input);
int64_t rt_torch_torchtensor_bitwise_not(int64_t input);
void rt_torch_torchtensor_fill_scalar_(int64_t input, double value, int64_t value_int, int32_t value_kind);
void rt_torch_torchtensor_neg_(int64_t input);
void rt_torch_torchtensor_masked_fill_scalar_(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind);
void rt_torch_torchtensor_floor_divide_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_softshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind);
int64_t rt_torch_torchtensor_hardshrink(int64_t input, double lambd, int64_t lambd_int, int32_t lambd_kind);
int64_t rt_torch_nn_l1_loss(int64_t input, int64_t target, const char* reduction, int64_t weight);
void rt_torch_autograd_grad_mode_begin(bool enabled);
bool rt_torch_autograd_is_grad_enabled(void);
int64_t rt_torch_dist_world_size(int64_t group);

/* rt_torch_torchtensor_abs(handle) */
SFFI_CALL(rt_torch_torchtensor_abs) {
    if (!sffi_arity("rt_torch_torchtensor_abs", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_abs(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_add_scalar(handle, scalar) */
SFFI_CALL(rt_torch_torchtensor_add_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_add_scalar", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_scalar = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_scalar, "scalar")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_add_scalar(a_handle, a_scalar);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_tanh(handle) */
SFFI_CALL(rt_torch_torchtensor_tanh) {
    if (!sffi_arity("rt_torch_torchtensor_tanh", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_tanh(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_max_dim(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_max_dim) {
    if (!sffi_arity("rt_torch_torchtensor_max_dim", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_max_dim(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_unsqueeze(handle, dim) */
SFFI_CALL(rt_torch_torchtensor_unsqueeze) {
    if (!sffi_arity("rt_torch_torchtensor_unsqueeze", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_unsqueeze(a_handle, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_conv2d(input, weight, bias, stride, padding, dilation, groups) */
SFFI_CALL(rt_torch_nn_conv2d) {
    if (!sffi_arity("rt_torch_nn_conv2d", nargs, 7)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    int64_t a_groups = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias") || !sffi_i64_list(args[3], &a_stride, "stride") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_i64_list(args[5], &a_dilation, "dilation") || !sffi_i64(args[6], &a_groups, "groups")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_conv2d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return sffi_warned(result);
}

/* rt_torch_nn_embedding(input, weight) */
SFFI_CALL(rt_torch_nn_embedding) {
    if (!sffi_arity("rt_torch_nn_embedding", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_embedding(a_input, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_binary_cross_entropy(input, target) */
SFFI_CALL(rt_torch_nn_binary_cross_entropy) {
    if (!sffi_arity("rt_torch_nn_binary_cross_entropy", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_binary_cross_entropy(a_input, a_target);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_error_message() */
SFFI_CALL(rt_torch_error_message) {
    if (!sffi_arity("rt_torch_error_message", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        const char* r;
        r = rt_torch_error_message();
        result = sffi_plain_text(r);
    }
    return result;
}

/* rt_torch_get_num_threads() */
SFFI_CALL(rt_torch_get_num_threads) {
    if (!sffi_arity("rt_torch_get_num_threads", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_get_num_threads();
        Py_END_ALLOW_THREADS
        result = sffi_i32_result(r, 1);
    }
    return sffi_warned(result);
}

/* rt_torch_torchtensor_stride(input) */
SFFI_CALL(rt_torch_torchtensor_stride) {
    if (!sffi_arity("rt_torch_torchtensor_stride", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            n = rt_torch_torchtensor_stride(a_input, out.data, out.cap);
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_ints_tuple_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_maximum(handle, other) */
SFFI_CALL(rt_torch_torchtensor_maximum) {
    if (!sffi_arity("rt_torch_torchtensor_maximum", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_maximum(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_set_grad(handle, grad) */
SFFI_CALL(rt_torch_autograd_set_grad) {
    if (!sffi_arity("rt_torch_autograd_set_grad", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_grad = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_optional_tensor_arg(args[1], &a_grad, "grad")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_set_grad(a_handle, a_grad);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_to_stream_v2(handle, device_id, stream) */
SFFI_CALL(rt_torch_torchtensor_to_stream_v2) {
    if (!sffi_arity("rt_torch_torchtensor_to_stream_v2", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int32_t a_device_id = 0;
    int64_t a_stream = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i32(args[1], &a_device_id, "device_id") || !sffi_stream_arg(args[2], &a_stream, "stream")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_stream_v2(a_handle, a_device_id, a_stream);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_full_v2(size, fill_value, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_full_v2) {
    if (!sffi_arity("rt_torch_tensor_full_v2", nargs, 4)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    double a_fill_value = 0.0;
    int64_t a_fill_value_int = 0;
    int32_t a_fill_value_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_scalar_arg(args[1], &a_fill_value, &a_fill_value_int, &a_fill_value_kind, "fill_value", 0) || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_full_v2(a_size.data, a_size.len, a_fill_value, a_fill_value_int, a_fill_value_kind, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_std_v2(input, unbiased) */
SFFI_CALL(rt_torch_torchtensor_std_v2) {
    if (!sffi_arity("rt_torch_torchtensor_std_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_unbiased = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_unbiased, "unbiased")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_std_v2(a_input, a_unbiased);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sin(input) */
SFFI_CALL(rt_torch_torchtensor_sin) {
    if (!sffi_arity("rt_torch_torchtensor_sin", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sin(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_any(input) */
SFFI_CALL(rt_torch_torchtensor_any) {
    if (!sffi_arity("rt_torch_torchtensor_any", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_any(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_nanmedian(input) */
SFFI_CALL(rt_torch_torchtensor_nanmedian) {
    if (!sffi_arity("rt_torch_torchtensor_nanmedian", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nanmedian(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_argsort(input, dim, descending) */
SFFI_CALL(rt_torch_torchtensor_argsort) {
    if (!sffi_arity("rt_torch_torchtensor_argsort", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_descending = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_descending, "descending")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argsort(a_input, a_dim, a_descending);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_narrow(input, dim, start, length) */
SFFI_CALL(rt_torch_torchtensor_narrow) {
    if (!sffi_arity("rt_torch_torchtensor_narrow", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_start = 0;
    int64_t a_length = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_i64(args[2], &a_start, "start") || !sffi_i64(args[3], &a_length, "length")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_narrow(a_input, a_dim, a_start, a_length);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_atleast_3d(input) */
SFFI_CALL(rt_torch_torchtensor_atleast_3d) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_3d", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atleast_3d(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_diag_embed(input, offset, dim1, dim2) */
SFFI_CALL(rt_torch_torchtensor_diag_embed) {
    if (!sffi_arity("rt_torch_torchtensor_diag_embed", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_offset = 0;
    int64_t a_dim1 = 0;
    int64_t a_dim2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_offset, "offset") || !sffi_i64(args[2], &a_dim1, "dim1") || !sffi_i64(args[3], &a_dim2, "dim2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diag_embed(a_input, a_offset, a_dim1, a_dim2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_empty_like(input, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_empty_like) {
    if (!sffi_arity("rt_torch_torchtensor_empty_like", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1) || !sffi_text_arg(args[3], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_empty_like(a_input, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_tensor_tril_indices(row, col, offset, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_tril_indices) {
    if (!sffi_arity("rt_torch_tensor_tril_indices", nargs, 5)) return NULL;
    int64_t a_row = 0;
    int64_t a_col = 0;
    int64_t a_offset = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_row, "row") || !sffi_i64(args[1], &a_col, "col") || !sffi_i64(args[2], &a_offset, "offset") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_tril_indices(a_row, a_col, a_offset, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_view_as_real(input) */
SFFI_CALL(rt_torch_torchtensor_view_as_real) {
    if (!sffi_arity("rt_torch_torchtensor_view_as_real", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view_as_real(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bool(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_bool) {
    if (!sffi_arity("rt_torch_torchtensor_bool", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bool(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_inner(input, other) */
SFFI_CALL(rt_torch_torchtensor_inner) {
    if (!sffi_arity("rt_torch_torchtensor_inner", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_inner(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cholesky(input, upper) */
SFFI_CALL(rt_torch_torchtensor_cholesky) {
    if (!sffi_arity("rt_torch_torchtensor_cholesky", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_upper = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_upper, "upper")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cholesky(a_input, a_upper);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_ormqr(input, input2, input3, left, transpose) */
SFFI_CALL(rt_torch_torchtensor_ormqr) {
    if (!sffi_arity("rt_torch_torchtensor_ormqr", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_input2 = 0;
    int64_t a_input3 = 0;
    bool a_left = false;
    bool a_transpose = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_input2, "input2") || !sffi_tensor_arg(args[2], &a_input3, "input3") || !sffi_bool(args[3], &a_left, "left") || !sffi_bool(args[4], &a_transpose, "transpose")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ormqr(a_input, a_input2, a_input3, a_left, a_transpose);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cov(input, correction, fweights, aweights) */
SFFI_CALL(rt_torch_torchtensor_cov) {
    if (!sffi_arity("rt_torch_torchtensor_cov", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_correction = 0;
    int64_t a_fweights = 0;
    int64_t a_aweights = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_correction, "correction") || !sffi_optional_tensor_arg(args[2], &a_fweights, "fweights") || !sffi_optional_tensor_arg(args[3], &a_aweights, "aweights")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cov(a_input, a_correction, a_fweights, a_aweights);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_eigvals(input) */
SFFI_CALL(rt_torch_torchtensor_linalg_eigvals) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_eigvals", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_eigvals(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_tensorsolve(input, other, dims, dims_present) */
SFFI_CALL(rt_torch_torchtensor_linalg_tensorsolve) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_tensorsolve", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    bool a_dims_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_i64_list(args[2], &a_dims, "dims") || !sffi_bool(args[3], &a_dims_present, "dims_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_tensorsolve(a_input, a_other, a_dims.data, a_dims.len, a_dims_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_numpy_t(input) */
SFFI_CALL(rt_torch_torchtensor_numpy_t) {
    if (!sffi_arity("rt_torch_torchtensor_numpy_t", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_numpy_t(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_asin(input) */
SFFI_CALL(rt_torch_torchtensor_asin) {
    if (!sffi_arity("rt_torch_torchtensor_asin", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_asin(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_deg2rad(input) */
SFFI_CALL(rt_torch_torchtensor_deg2rad) {
    if (!sffi_arity("rt_torch_torchtensor_deg2rad", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_deg2rad(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_nextafter(input, other) */
SFFI_CALL(rt_torch_torchtensor_nextafter) {
    if (!sffi_arity("rt_torch_torchtensor_nextafter", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nextafter(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clamp_tensor(input, min, max) */
SFFI_CALL(rt_torch_torchtensor_clamp_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_min = 0;
    int64_t a_max = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_min, "min") || !sffi_optional_tensor_arg(args[2], &a_max, "max")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp_tensor(a_input, a_min, a_max);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_ne_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_ne_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_ne_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ne_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logical_xor(input, other) */
SFFI_CALL(rt_torch_torchtensor_logical_xor) {
    if (!sffi_arity("rt_torch_torchtensor_logical_xor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logical_xor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logical_not(input) */
SFFI_CALL(rt_torch_torchtensor_logical_not) {
    if (!sffi_arity("rt_torch_torchtensor_logical_not", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logical_not(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_not(input) */
SFFI_CALL(rt_torch_torchtensor_bitwise_not) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_not", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_not(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_fill_scalar_(input, value) */
SFFI_CALL(rt_torch_torchtensor_fill_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_fill_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_fill_scalar_(a_input, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_neg_(input) */
SFFI_CALL(rt_torch_torchtensor_neg_) {
    if (!sffi_arity("rt_torch_torchtensor_neg_", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_neg_(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_masked_fill_scalar_(input, mask, value) */
SFFI_CALL(rt_torch_torchtensor_masked_fill_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_masked_fill_scalar_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask") || !sffi_scalar_arg(args[2], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_masked_fill_scalar_(a_input, a_mask, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_floor_divide_scalar_(input, other) */
SFFI_CALL(rt_torch_torchtensor_floor_divide_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_floor_divide_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_floor_divide_scalar_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_softshrink(input, lambd) */
SFFI_CALL(rt_torch_torchtensor_softshrink) {
    if (!sffi_arity("rt_torch_torchtensor_softshrink", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_lambd = 0.0;
    int64_t a_lambd_int = 0;
    int32_t a_lambd_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_lambd, &a_lambd_int, &a_lambd_kind, "lambd", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_softshrink(a_input, a_lambd, a_lambd_int, a_lambd_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_hardshrink(input, lambd) */
SFFI_CALL(rt_torch_torchtensor_hardshrink) {
    if (!sffi_arity("rt_torch_torchtensor_hardshrink", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_lambd = 0.0;
    int64_t a_lambd_int = 0;
    int32_t a_lambd_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_lambd, &a_lambd_int, &a_lambd_kind, "lambd", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_hardshrink(a_input, a_lambd, a_lambd_int, a_lambd_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_l1_loss(input, target, reduction, weight) */
SFFI_CALL(rt_torch_nn_l1_loss) {
    if (!sffi_arity("rt_torch_nn_l1_loss", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction") || !sffi_optional_tensor_arg(args[3], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_l1_loss(a_input, a_target, a_reduction.data, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_autograd_grad_mode_begin(enabled) */
SFFI_CALL(rt_torch_autograd_grad_mode_begin) {
    if (!sffi_arity("rt_torch_autograd_grad_mode_begin", nargs, 1)) return NULL;
    bool a_enabled = false;
    PyObject *result = NULL;
    if (!sffi_bool(args[0], &a_enabled, "enabled")) goto done;
    {
        rt_torch_autograd_grad_mode_begin(a_enabled);
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_autograd_is_grad_enabled() */
SFFI_CALL(rt_torch_autograd_is_grad_enabled) {
    if (!sffi_arity("rt_torch_autograd_is_grad_enabled", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        bool r;
        r = rt_torch_autograd_is_grad_enabled();
        result = sffi_bool_result(r, 1);
    }
    return result;
}

/* rt_torch_dist_world_size(group) */
SFFI_CALL(rt_torch_dist_world_size) {
    if (!sffi_arity("rt_torch_dist_world_size", nargs, 1)) return NULL;
    int64_t a_group = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_group, "group")) goto done;
    {
        int64_t r;
        r = rt_torch_dist_world_size(a_group);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_16[] = {
    {"rt_torch_torchtensor_abs", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_abs, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_add_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_tanh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_tanh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_max_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_max_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_unsqueeze", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_unsqueeze, METH_FASTCALL, NULL},
    {"rt_torch_nn_conv2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_conv2d, METH_FASTCALL, NULL},
    {"rt_torch_nn_embedding", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_embedding, METH_FASTCALL, NULL},
    {"rt_torch_nn_binary_cross_entropy", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_binary_cross_entropy, METH_FASTCALL, NULL},
    {"rt_torch_error_message", (PyCFunction)(void (*)(void))sffi_call_rt_torch_error_message, METH_FASTCALL, NULL},
    {"rt_torch_get_num_threads", (PyCFunction)(void (*)(void))sffi_call_rt_torch_get_num_threads, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_stride", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_stride, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_maximum", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_maximum, METH_FASTCALL, NULL},
    {"rt_torch_autograd_set_grad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_set_grad, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_stream_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_stream_v2, METH_FASTCALL, NULL},
    {"rt_torch_tensor_full_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_full_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_std_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_std_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sin, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_any", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_any, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nanmedian", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nanmedian, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_argsort", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_argsort, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_narrow", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_narrow, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_atleast_3d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_atleast_3d, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_diag_embed", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_diag_embed, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_empty_like", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_empty_like, METH_FASTCALL, NULL},
    {"rt_torch_tensor_tril_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_tril_indices, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_view_as_real", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_view_as_real, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bool", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bool, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_inner", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_inner, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cholesky", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cholesky, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ormqr", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ormqr, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cov", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cov, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_eigvals", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_eigvals, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_tensorsolve", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_tensorsolve, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_numpy_t", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_numpy_t, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_asin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_asin, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_deg2rad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_deg2rad, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nextafter", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nextafter, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clamp_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clamp_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ne_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ne_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logical_xor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logical_xor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logical_not", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logical_not, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_not", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_not, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_fill_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_fill_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_neg_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_neg_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_masked_fill_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_masked_fill_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_floor_divide_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_floor_divide_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_softshrink", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_softshrink, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_hardshrink", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_hardshrink, METH_FASTCALL, NULL},
    {"rt_torch_nn_l1_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_l1_loss, METH_FASTCALL, NULL},
    {"rt_torch_autograd_grad_mode_begin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_grad_mode_begin, METH_FASTCALL, NULL},
    {"rt_torch_autograd_is_grad_enabled", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_is_grad_enabled, METH_FASTCALL, NULL},
    {"rt_torch_dist_world_size", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_world_size, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
