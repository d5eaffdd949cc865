// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 4 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_torchtensor_div(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_exp(int64_t handle);
int64_t rt_torch_torchtensor_log_softmax(int64_t handle, int64_t dim);
double rt_torch_torchtensor_mean(int64_t handle);
int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len);
int32_t rt_torch_error_code(void);
void rt_torch_torchtensor_add_(int64_t handle, int64_t other, double alpha);
void rt_torch_torchtensor_add_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
void rt_torch_torchtensor_zero_(int64_t handle);
int64_t rt_torch_tensor_empty_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_var_v2(int64_t input, bool unbiased);
int64_t rt_torch_torchtensor_amax(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_quantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation);
int64_t rt_torch_torchtensor_nanquantile(int64_t input, int64_t q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation);
int64_t rt_torch_torchtensor_diff(int64_t input, int64_t n, int64_t dim, int64_t prepend, int64_t append);
int64_t rt_torch_torchtensor_repeat(int64_t input, const int64_t* repeats, int64_t repeats_len);
int64_t rt_torch_torchtensor_unbind_int(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_tensor_split_indices(int64_t input, const int64_t* indices, int64_t indices_len, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_argwhere(int64_t input);
int64_t rt_torch_tensor_randint_low(int64_t low, int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_normal_float_float(double mean, double std_arg, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_bernoulli(int64_t input);
int64_t rt_torch_torchtensor_new_full(int64_t input, const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_polar(int64_t abs, int64_t angle);
int64_t rt_torch_torchtensor_bfloat16(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_linalg_vecdot(int64_t x, int64_t y, int64_t dim);
int64_t rt_torch_torchtensor_linalg_lu(int64_t a, bool pivot, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_matrix_h(int64_t input);
int64_t rt_torch_torchtensor_exp2(int64_t input);
int64_t rt_torch_torchtensor_erfc(int64_t input);
int64_t rt_torch_torchtensor_lerp_tensor(int64_t input, int64_t end, int64_t weight);
int64_t rt_torch_torchtensor_float_power_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind);
int64_t rt_torch_torchtensor_gt_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_bitwise_and_tensor(int64_t input, int64_t other);
void rt_torch_torchtensor_exp_(int64_t input);
int64_t rt_torch_nn_conv1d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_instance_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool use_input_stats, double momentum, double eps);
int64_t rt_torch_nn_pdist(int64_t input, double p);
int64_t rt_torch_nn_pixel_shuffle(int64_t input, int64_t upscale_factor);
int64_t rt_torch_tensor_linspace_scalar_tensor(double start, int64_t start_int, int32_t start_kind, int64_t end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index);
void rt_torch_autograd_set_data(int64_t handle, int64_t new_data);
int32_t rt_torch_warning_count(void);
int64_t rt_torch_dist_all_gather(int64_t tensor, int64_t group, int64_t* out, int64_t out_capacity);

/* rt_torch_torchtensor_div(handle, other) */
SFFI_CALL(rt_torch_torchtensor_div) {
    if (!sffi_arity("rt_torch_torchtensor_div", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_div(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_exp(handle) */
SFFI_CALL(rt_torch_torchtensor_exp) {
    if (!sffi_arity("rt_torch_torchtensor_exp", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_exp(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_log_softmax(handle, dim) */
SFFI_CALL(rt_torch_torchtensor_log_softmax) {
    if (!sffi_arity("rt_torch_torchtensor_log_softmax", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log_softmax(a_handle, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mean(handle) */
SFFI_CALL(rt_torch_torchtensor_mean) {
    if (!sffi_arity("rt_torch_torchtensor_mean", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mean(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_max_pool2d(input, kernel_size, stride, padding) */
SFFI_CALL(rt_torch_nn_max_pool2d) {
    if (!sffi_arity("rt_torch_nn_max_pool2d", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_i64_list(args[3], &a_padding, "padding")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_max_pool2d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_padding.data, a_padding.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return sffi_warned(result);
}

/* rt_torch_error_code() */
SFFI_CALL(rt_torch_error_code) {
    if (!sffi_arity("rt_torch_error_code", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        r = rt_torch_error_code();
        result = PyLong_FromLong(r);
    }
    return result;
}

/* rt_torch_torchtensor_add_(handle, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_) {
    if (!sffi_arity("rt_torch_torchtensor_add_", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    double a_alpha = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_f64(args[2], &a_alpha, "alpha")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_add_(a_handle, a_other, a_alpha);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_add_tensor_(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_add_tensor_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_scalar_arg(args[2], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_add_tensor_(a_input, a_other, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_zero_(handle) */
SFFI_CALL(rt_torch_torchtensor_zero_) {
    if (!sffi_arity("rt_torch_torchtensor_zero_", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_zero_(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_empty_v2(size, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_tensor_empty_v2) {
    if (!sffi_arity("rt_torch_tensor_empty_v2", nargs, 4)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1) || !sffi_text_arg(args[3], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_empty_v2(a_size.data, a_size.len, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_var_v2(input, unbiased) */
SFFI_CALL(rt_torch_torchtensor_var_v2) {
    if (!sffi_arity("rt_torch_torchtensor_var_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_unbiased = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_unbiased, "unbiased")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_var_v2(a_input, a_unbiased);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_amax(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_amax) {
    if (!sffi_arity("rt_torch_torchtensor_amax", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_amax(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_quantile(input, q, dim, dim_present, keepdim, interpolation) */
SFFI_CALL(rt_torch_torchtensor_quantile) {
    if (!sffi_arity("rt_torch_torchtensor_quantile", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_q = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    bool a_keepdim = false;
    sffi_text a_interpolation = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_q, "q") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_bool(args[4], &a_keepdim, "keepdim") || !sffi_text_arg(args[5], &a_interpolation, "interpolation")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_quantile(a_input, a_q, a_dim, a_dim_present, a_keepdim, a_interpolation.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_interpolation);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_nanquantile(input, q, dim, dim_present, keepdim, interpolation) */
SFFI_CALL(rt_torch_torchtensor_nanquantile) {
    if (!sffi_arity("rt_torch_torchtensor_nanquantile", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_q = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    bool a_keepdim = false;
    sffi_text a_interpolation = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_q, "q") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_bool(args[4], &a_keepdim, "keepdim") || !sffi_text_arg(args[5], &a_interpolation, "interpolation")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nanquantile(a_input, a_q, a_dim, a_dim_present, a_keepdim, a_interpolation.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_interpolation);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_diff(input, n, dim, prepend, append) */
SFFI_CALL(rt_torch_torchtensor_diff) {
    if (!sffi_arity("rt_torch_torchtensor_diff", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_n = 0;
    int64_t a_dim = 0;
    int64_t a_prepend = 0;
    int64_t a_append = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_n, "n") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_optional_tensor_arg(args[3], &a_prepend, "prepend") || !sffi_optional_tensor_arg(args[4], &a_append, "append")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diff(a_input, a_n, a_dim, a_prepend, a_append);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_repeat(input, repeats) */
SFFI_CALL(rt_torch_torchtensor_repeat) {
    if (!sffi_arity("rt_torch_torchtensor_repeat", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_repeats = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_repeats, "repeats")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_repeat(a_input, a_repeats.data, a_repeats.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_repeats);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_unbind_int(input, dim) */
SFFI_CALL(rt_torch_torchtensor_unbind_int) {
    if (!sffi_arity("rt_torch_torchtensor_unbind_int", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_unbind_int(a_input, a_dim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_tensor_split_indices(input, indices, dim) */
SFFI_CALL(rt_torch_torchtensor_tensor_split_indices) {
    if (!sffi_arity("rt_torch_torchtensor_tensor_split_indices", nargs, 3)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_indices = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_indices, "indices") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_tensor_split_indices(a_input, a_indices.data, a_indices.len, a_dim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_indices);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_argwhere(input) */
SFFI_CALL(rt_torch_torchtensor_argwhere) {
    if (!sffi_arity("rt_torch_torchtensor_argwhere", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argwhere(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_randint_low(low, high, size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_randint_low) {
    if (!sffi_arity("rt_torch_tensor_randint_low", nargs, 5)) return NULL;
    int64_t a_low = 0;
    int64_t a_high = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_low, "low") || !sffi_i64(args[1], &a_high, "high") || !sffi_i64_list(args[2], &a_size, "size") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_randint_low(a_low, a_high, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_tensor_normal_float_float(mean, std_arg, size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_normal_float_float) {
    if (!sffi_arity("rt_torch_tensor_normal_float_float", nargs, 5)) return NULL;
    double a_mean = 0.0;
    double a_std_arg = 0.0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_f64(args[0], &a_mean, "mean") || !sffi_f64(args[1], &a_std_arg, "std_arg") || !sffi_i64_list(args[2], &a_size, "size") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_normal_float_float(a_mean, a_std_arg, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bernoulli(input) */
SFFI_CALL(rt_torch_torchtensor_bernoulli) {
    if (!sffi_arity("rt_torch_torchtensor_bernoulli", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bernoulli(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_new_full(input, size, fill_value, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_new_full) {
    if (!sffi_arity("rt_torch_torchtensor_new_full", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    double a_fill_value = 0.0;
    int64_t a_fill_value_int = 0;
    int32_t a_fill_value_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size") || !sffi_scalar_arg(args[2], &a_fill_value, &a_fill_value_int, &a_fill_value_kind, "fill_value", 0) || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_new_full(a_input, a_size.data, a_size.len, a_fill_value, a_fill_value_int, a_fill_value_kind, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_polar(abs, angle) */
SFFI_CALL(rt_torch_torchtensor_polar) {
    if (!sffi_arity("rt_torch_torchtensor_polar", nargs, 2)) return NULL;
    int64_t a_abs = 0;
    int64_t a_angle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_abs, "abs") || !sffi_tensor_arg(args[1], &a_angle, "angle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_polar(a_abs, a_angle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bfloat16(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_bfloat16) {
    if (!sffi_arity("rt_torch_torchtensor_bfloat16", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bfloat16(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_vecdot(x, y, dim) */
SFFI_CALL(rt_torch_torchtensor_linalg_vecdot) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_vecdot", nargs, 3)) return NULL;
    int64_t a_x = 0;
    int64_t a_y = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x, "x") || !sffi_tensor_arg(args[1], &a_y, "y") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_vecdot(a_x, a_y, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_lu(a, pivot) */
SFFI_CALL(rt_torch_torchtensor_linalg_lu) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_lu", nargs, 2)) return NULL;
    int64_t a_a = 0;
    bool a_pivot = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_bool(args[1], &a_pivot, "pivot")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_lu(a_a, a_pivot, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_matrix_h(input) */
SFFI_CALL(rt_torch_torchtensor_matrix_h) {
    if (!sffi_arity("rt_torch_torchtensor_matrix_h", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_matrix_h(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_exp2(input) */
SFFI_CALL(rt_torch_torchtensor_exp2) {
    if (!sffi_arity("rt_torch_torchtensor_exp2", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_exp2(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_erfc(input) */
SFFI_CALL(rt_torch_torchtensor_erfc) {
    if (!sffi_arity("rt_torch_torchtensor_erfc", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_erfc(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lerp_tensor(input, end, weight) */
SFFI_CALL(rt_torch_torchtensor_lerp_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_lerp_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_end = 0;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_tensor_arg(args[2], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lerp_tensor(a_input, a_end, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_float_power_tensor_scalar(input, exponent) */
SFFI_CALL(rt_torch_torchtensor_float_power_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_float_power_tensor_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_exponent = 0.0;
    int64_t a_exponent_int = 0;
    int32_t a_exponent_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_exponent, &a_exponent_int, &a_exponent_kind, "exponent", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_float_power_tensor_scalar(a_input, a_exponent, a_exponent_int, a_exponent_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_gt_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_gt_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_gt_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_gt_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_and_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_and_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_and_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_and_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_exp_(input) */
SFFI_CALL(rt_torch_torchtensor_exp_) {
    if (!sffi_arity("rt_torch_torchtensor_exp_", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_exp_(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_conv1d(input, weight, bias, stride, padding, dilation, groups) */
SFFI_CALL(rt_torch_nn_conv1d) {
    if (!sffi_arity("rt_torch_nn_conv1d", nargs, 7)) return NULL;
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
            r = rt_torch_nn_conv1d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return sffi_warned(result);
}

/* rt_torch_nn_instance_norm(input, running_mean, running_var, weight, bias, use_input_stats, momentum, eps) */
SFFI_CALL(rt_torch_nn_instance_norm) {
    if (!sffi_arity("rt_torch_nn_instance_norm", nargs, 8)) return NULL;
    int64_t a_input = 0;
    int64_t a_running_mean = 0;
    int64_t a_running_var = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    bool a_use_input_stats = false;
    double a_momentum = 0.0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_running_mean, "running_mean") || !sffi_optional_tensor_arg(args[2], &a_running_var, "running_var") || !sffi_optional_tensor_arg(args[3], &a_weight, "weight") || !sffi_optional_tensor_arg(args[4], &a_bias, "bias") || !sffi_bool(args[5], &a_use_input_stats, "use_input_stats") || !sffi_f64(args[6], &a_momentum, "momentum") || !sffi_f64(args[7], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_instance_norm(a_input, a_running_mean, a_running_var, a_weight, a_bias, a_use_input_stats, a_momentum, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_pdist(input, p) */
SFFI_CALL(rt_torch_nn_pdist) {
    if (!sffi_arity("rt_torch_nn_pdist", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pdist(a_input, a_p);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_pixel_shuffle(input, upscale_factor) */
SFFI_CALL(rt_torch_nn_pixel_shuffle) {
    if (!sffi_arity("rt_torch_nn_pixel_shuffle", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_upscale_factor = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_upscale_factor, "upscale_factor")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pixel_shuffle(a_input, a_upscale_factor);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_linspace_scalar_tensor(start, end, steps, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_linspace_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_linspace_scalar_tensor", nargs, 5)) return NULL;
    double a_start = 0.0;
    int64_t a_start_int = 0;
    int32_t a_start_kind = 0;
    int64_t a_end = 0;
    int64_t a_steps = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_start, &a_start_int, &a_start_kind, "start", 0) || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_i64(args[2], &a_steps, "steps") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_linspace_scalar_tensor(a_start, a_start_int, a_start_kind, a_end, a_steps, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_set_data(handle, new_data) */
SFFI_CALL(rt_torch_autograd_set_data) {
    if (!sffi_arity("rt_torch_autograd_set_data", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_new_data = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_new_data, "new_data")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_set_data(a_handle, a_new_data);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_warning_count() */
SFFI_CALL(rt_torch_warning_count) {
    if (!sffi_arity("rt_torch_warning_count", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        r = rt_torch_warning_count();
        result = PyLong_FromLong(r);
    }
    return result;
}

/* rt_torch_dist_all_gather(tensor, group) */
SFFI_CALL(rt_torch_dist_all_gather) {
    if (!sffi_arity("rt_torch_dist_all_gather", nargs, 2)) return NULL;
    int64_t a_tensor = 0;
    int64_t a_group = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_tensor, "tensor") || !sffi_i64(args[1], &a_group, "group")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 8)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_dist_all_gather(a_tensor, a_group, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_4[] = {
    {"rt_torch_torchtensor_div", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_div, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_exp", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_exp, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_log_softmax", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_log_softmax, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mean", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mean, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_pool2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_pool2d, METH_FASTCALL, NULL},
    {"rt_torch_error_code", (PyCFunction)(void (*)(void))sffi_call_rt_torch_error_code, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_add_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_add_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_zero_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_zero_, METH_FASTCALL, NULL},
    {"rt_torch_tensor_empty_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_empty_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_var_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_var_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_amax", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_amax, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_quantile", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_quantile, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nanquantile", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nanquantile, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_diff", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_diff, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_repeat", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_repeat, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_unbind_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_unbind_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_tensor_split_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_tensor_split_indices, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_argwhere", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_argwhere, METH_FASTCALL, NULL},
    {"rt_torch_tensor_randint_low", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_randint_low, METH_FASTCALL, NULL},
    {"rt_torch_tensor_normal_float_float", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_normal_float_float, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bernoulli", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bernoulli, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_new_full", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_new_full, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_polar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_polar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bfloat16", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bfloat16, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_vecdot", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_vecdot, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_lu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_lu, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_matrix_h", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_matrix_h, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_exp2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_exp2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_erfc", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_erfc, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lerp_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lerp_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_float_power_tensor_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_float_power_tensor_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_gt_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_gt_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_and_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_and_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_exp_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_exp_, METH_FASTCALL, NULL},
    {"rt_torch_nn_conv1d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_conv1d, METH_FASTCALL, NULL},
    {"rt_torch_nn_instance_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_instance_norm, METH_FASTCALL, NULL},
    {"rt_torch_nn_pdist", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_pdist, METH_FASTCALL, NULL},
    {"rt_torch_nn_pixel_shuffle", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_pixel_shuffle, METH_FASTCALL, NULL},
    {"rt_torch_tensor_linspace_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_linspace_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_autograd_set_data", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_set_data, METH_FASTCALL, NULL},
    {"rt_torch_warning_count", (PyCFunction)(void (*)(void))sffi_call_rt_torch_warning_count, METH_FASTCALL, NULL},
    {"rt_torch_dist_all_gather", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_all_gather, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
