// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 7 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_torchtensor_sub(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_neg(int64_t handle);
int64_t rt_torch_torchtensor_sqrt(int64_t handle);
int64_t rt_torch_torchtensor_dot(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_to_stream(int64_t handle, int32_t device_id, int64_t stream);
int64_t rt_torch_tensor_arange_start_step(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, double step, int64_t step_int, int32_t step_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_max_other(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_std_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim);
int64_t rt_torch_nn_max_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode);
int64_t rt_torch_nn_avg_pool2d_v2(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present);
int64_t rt_torch_nn_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction, double label_smoothing);
int64_t rt_torch_torchtensor_to_dtype_layout(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_torchtensor_cumprod(int64_t input, int64_t dim, int32_t dtype);
int64_t rt_torch_torchtensor_median(int64_t input);
int64_t rt_torch_torchtensor_broadcast_to(int64_t input, const int64_t* size, int64_t size_len);
int64_t rt_torch_torchtensor_hsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_atleast_1d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_unfold(int64_t input, int64_t dimension, int64_t size, int64_t step);
int64_t rt_torch_torchtensor_index_copy(int64_t input, int64_t dim, int64_t index, int64_t source);
int64_t rt_torch_torchtensor_index_reduce(int64_t input, int64_t dim, int64_t index, int64_t source, const char* reduce, bool include_self);
int64_t rt_torch_torchtensor_randint_like(int64_t input, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_dist(int64_t input, int64_t other, double p, int64_t p_int, int32_t p_kind);
int64_t rt_torch_torchtensor_lu_unpack(int64_t lu_data, int64_t lu_pivots, bool unpack_data, bool unpack_pivots, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_corrcoef(int64_t input);
int64_t rt_torch_torchtensor_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim);
int64_t rt_torch_torchtensor_linalg_lstsq(int64_t input, int64_t b, double rcond, bool rcond_present, const char* driver, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_solve_ex(int64_t a, int64_t b, bool left, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_pinv(int64_t input, double rcond, bool hermitian);
int64_t rt_torch_torchtensor_cos(int64_t input);
int64_t rt_torch_torchtensor_square(int64_t input);
int64_t rt_torch_torchtensor_fmod_tensor(int64_t input, int64_t other);
int64_t rt_torch_tensor_bitwise_and_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_bitwise_or_tensor(int64_t input, int64_t other);
int64_t rt_torch_tensor_bitwise_left_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_softplus(int64_t input, double beta, int64_t beta_int, int32_t beta_kind, double threshold, int64_t threshold_int, int32_t threshold_kind);
int64_t rt_torch_nn_glu(int64_t input, int64_t dim);
int64_t rt_torch_torchtensor_prelu(int64_t input, int64_t weight);
int64_t rt_torch_nn_smooth_l1_loss(int64_t input, int64_t target, const char* reduction, double beta);
int64_t rt_torch_nn_multi_margin_loss(int64_t input, int64_t target, int64_t p, double margin, int64_t weight, const char* reduction);
int64_t rt_torch_nn_triplet_margin_loss(int64_t anchor, int64_t positive, int64_t negative, double margin, double p, double eps, bool swap, const char* reduction);
int64_t rt_torch_nn_max_pool3d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_group_norm(int64_t input, int64_t num_groups, int64_t weight, int64_t bias, double eps);
int64_t rt_torch_nn_one_hot(int64_t tensor, int64_t num_classes);
int32_t rt_torch_torchtensor_device_type(int64_t handle);

/* rt_torch_torchtensor_sub(handle, other) */
SFFI_CALL(rt_torch_torchtensor_sub) {
    if (!sffi_arity("rt_torch_torchtensor_sub", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sub(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_neg(handle) */
SFFI_CALL(rt_torch_torchtensor_neg) {
    if (!sffi_arity("rt_torch_torchtensor_neg", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_neg(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sqrt(handle) */
SFFI_CALL(rt_torch_torchtensor_sqrt) {
    if (!sffi_arity("rt_torch_torchtensor_sqrt", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sqrt(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_dot(handle, other) */
SFFI_CALL(rt_torch_torchtensor_dot) {
    if (!sffi_arity("rt_torch_torchtensor_dot", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_dot(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_to_stream(handle, device_id, stream) */
SFFI_CALL(rt_torch_torchtensor_to_stream) {
    if (!sffi_arity("rt_torch_torchtensor_to_stream", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int32_t a_device_id = 0;
    int64_t a_stream = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i32(args[1], &a_device_id, "device_id") || !sffi_stream_arg(args[2], &a_stream, "stream")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_stream(a_handle, a_device_id, a_stream);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_arange_start_step(start, end, step, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_arange_start_step) {
    if (!sffi_arity("rt_torch_tensor_arange_start_step", nargs, 5)) return NULL;
    double a_start = 0.0;
    int64_t a_start_int = 0;
    int32_t a_start_kind = 0;
    double a_end = 0.0;
    int64_t a_end_int = 0;
    int32_t a_end_kind = 0;
    double a_step = 0.0;
    int64_t a_step_int = 0;
    int32_t a_step_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_start, &a_start_int, &a_start_kind, "start", 0) || !sffi_scalar_arg(args[1], &a_end, &a_end_int, &a_end_kind, "end", 0) || !sffi_scalar_arg(args[2], &a_step, &a_step_int, &a_step_kind, "step", 0) || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_arange_start_step(a_start, a_start_int, a_start_kind, a_end, a_end_int, a_end_kind, a_step, a_step_int, a_step_kind, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_max_other(input, other) */
SFFI_CALL(rt_torch_torchtensor_max_other) {
    if (!sffi_arity("rt_torch_torchtensor_max_other", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_max_other(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_std_dim(input, dim, dim_present, unbiased, keepdim) */
SFFI_CALL(rt_torch_torchtensor_std_dim) {
    if (!sffi_arity("rt_torch_torchtensor_std_dim", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_unbiased = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_unbiased, "unbiased") || !sffi_bool(args[4], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_std_dim(a_input, a_dim.data, a_dim.len, a_dim_present, a_unbiased, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_nn_max_pool2d_v2(input, kernel_size, stride, stride_present, padding, dilation, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool2d_v2) {
    if (!sffi_arity("rt_torch_nn_max_pool2d_v2", nargs, 7)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    bool a_stride_present = false;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    bool a_ceil_mode = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_bool(args[3], &a_stride_present, "stride_present") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_i64_list(args[5], &a_dilation, "dilation") || !sffi_bool(args[6], &a_ceil_mode, "ceil_mode")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_max_pool2d_v2(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_ceil_mode);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return sffi_warned(result);
}

/* rt_torch_nn_avg_pool2d_v2(input, kernel_size, stride, stride_present, padding, ceil_mode, count_include_pad, divisor_override, divisor_override_present) */
SFFI_CALL(rt_torch_nn_avg_pool2d_v2) {
    if (!sffi_arity("rt_torch_nn_avg_pool2d_v2", nargs, 9)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    bool a_stride_present = false;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    bool a_ceil_mode = false;
    bool a_count_include_pad = false;
    int64_t a_divisor_override = 0;
    bool a_divisor_override_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_bool(args[3], &a_stride_present, "stride_present") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_bool(args[5], &a_ceil_mode, "ceil_mode") || !sffi_bool(args[6], &a_count_include_pad, "count_include_pad") || !sffi_i64(args[7], &a_divisor_override, "divisor_override") || !sffi_bool(args[8], &a_divisor_override_present, "divisor_override_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_avg_pool2d_v2(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_ceil_mode, a_count_include_pad, a_divisor_override, a_divisor_override_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return sffi_warned(result);
}

/* rt_torch_nn_cross_entropy_v2(input, target, weight, ignore_index, reduction, label_smoothing) */
SFFI_CALL(rt_torch_nn_cross_entropy_v2) {
    if (!sffi_arity("rt_torch_nn_cross_entropy_v2", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    int64_t a_ignore_index = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    double a_label_smoothing = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_i64(args[3], &a_ignore_index, "ignore_index") || !sffi_text_arg(args[4], &a_reduction, "reduction") || !sffi_f64(args[5], &a_label_smoothing, "label_smoothing")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_cross_entropy_v2(a_input, a_target, a_weight, a_ignore_index, a_reduction.data, a_label_smoothing);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_to_dtype_layout(input, dtype, device_type, non_blocking, copy, memory_format) */
SFFI_CALL(rt_torch_torchtensor_to_dtype_layout) {
    if (!sffi_arity("rt_torch_torchtensor_to_dtype_layout", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    bool a_non_blocking = false;
    bool a_copy = false;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1) || !sffi_bool(args[3], &a_non_blocking, "non_blocking") || !sffi_bool(args[4], &a_copy, "copy") || !sffi_text_arg(args[5], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_dtype_layout(a_input, a_dtype, a_device_type, a_device_index, a_non_blocking, a_copy, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cumprod(input, dim, dtype) */
SFFI_CALL(rt_torch_torchtensor_cumprod) {
    if (!sffi_arity("rt_torch_torchtensor_cumprod", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cumprod(a_input, a_dim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_median(input) */
SFFI_CALL(rt_torch_torchtensor_median) {
    if (!sffi_arity("rt_torch_torchtensor_median", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_median(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_broadcast_to(input, size) */
SFFI_CALL(rt_torch_torchtensor_broadcast_to) {
    if (!sffi_arity("rt_torch_torchtensor_broadcast_to", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_broadcast_to(a_input, a_size.data, a_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_hsplit_array(input, indices) */
SFFI_CALL(rt_torch_torchtensor_hsplit_array) {
    if (!sffi_arity("rt_torch_torchtensor_hsplit_array", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_indices = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_indices, "indices")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_hsplit_array(a_input, a_indices.data, a_indices.len, out.data, out.cap);
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

/* rt_torch_torchtensor_atleast_1d_sequence(tensors) */
SFFI_CALL(rt_torch_torchtensor_atleast_1d_sequence) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_1d_sequence", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_atleast_1d_sequence(a_tensors.data, a_tensors.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_tensors);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_unfold(input, dimension, size, step) */
SFFI_CALL(rt_torch_torchtensor_unfold) {
    if (!sffi_arity("rt_torch_torchtensor_unfold", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dimension = 0;
    int64_t a_size = 0;
    int64_t a_step = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dimension, "dimension") || !sffi_i64(args[2], &a_size, "size") || !sffi_i64(args[3], &a_step, "step")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_unfold(a_input, a_dimension, a_size, a_step);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_index_copy(input, dim, index, source) */
SFFI_CALL(rt_torch_torchtensor_index_copy) {
    if (!sffi_arity("rt_torch_torchtensor_index_copy", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_source = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_source, "source")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_copy(a_input, a_dim, a_index, a_source);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_index_reduce(input, dim, index, source, reduce, include_self) */
SFFI_CALL(rt_torch_torchtensor_index_reduce) {
    if (!sffi_arity("rt_torch_torchtensor_index_reduce", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_source = 0;
    sffi_text a_reduce = SFFI_TEXT_INIT;
    bool a_include_self = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_source, "source") || !sffi_text_arg(args[4], &a_reduce, "reduce") || !sffi_bool(args[5], &a_include_self, "include_self")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_reduce(a_input, a_dim, a_index, a_source, a_reduce.data, a_include_self);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduce);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_randint_like(input, high, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_randint_like) {
    if (!sffi_arity("rt_torch_torchtensor_randint_like", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_high = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_high, "high") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1) || !sffi_text_arg(args[4], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_randint_like(a_input, a_high, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_dist(input, other, p) */
SFFI_CALL(rt_torch_torchtensor_dist) {
    if (!sffi_arity("rt_torch_torchtensor_dist", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_p = 0.0;
    int64_t a_p_int = 0;
    int32_t a_p_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_scalar_arg(args[2], &a_p, &a_p_int, &a_p_kind, "p", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_dist(a_input, a_other, a_p, a_p_int, a_p_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lu_unpack(lu_data, lu_pivots, unpack_data, unpack_pivots) */
SFFI_CALL(rt_torch_torchtensor_lu_unpack) {
    if (!sffi_arity("rt_torch_torchtensor_lu_unpack", nargs, 4)) return NULL;
    int64_t a_lu_data = 0;
    int64_t a_lu_pivots = 0;
    bool a_unpack_data = false;
    bool a_unpack_pivots = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_lu_data, "lu_data") || !sffi_tensor_arg(args[1], &a_lu_pivots, "lu_pivots") || !sffi_bool(args[2], &a_unpack_data, "unpack_data") || !sffi_bool(args[3], &a_unpack_pivots, "unpack_pivots")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_lu_unpack(a_lu_data, a_lu_pivots, a_unpack_data, a_unpack_pivots, out.data, out.cap);
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

/* rt_torch_torchtensor_corrcoef(input) */
SFFI_CALL(rt_torch_torchtensor_corrcoef) {
    if (!sffi_arity("rt_torch_torchtensor_corrcoef", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_corrcoef(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_trapezoid_dx(y, dx, dim) */
SFFI_CALL(rt_torch_torchtensor_trapezoid_dx) {
    if (!sffi_arity("rt_torch_torchtensor_trapezoid_dx", nargs, 3)) return NULL;
    int64_t a_y = 0;
    double a_dx = 0.0;
    int64_t a_dx_int = 0;
    int32_t a_dx_kind = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_y, "y") || !sffi_scalar_arg(args[1], &a_dx, &a_dx_int, &a_dx_kind, "dx", 0) || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_trapezoid_dx(a_y, a_dx, a_dx_int, a_dx_kind, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_lstsq(input, b, rcond, rcond_present, driver) */
SFFI_CALL(rt_torch_torchtensor_linalg_lstsq) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_lstsq", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_b = 0;
    double a_rcond = 0.0;
    bool a_rcond_present = false;
    sffi_text a_driver = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_b, "b") || !sffi_f64(args[2], &a_rcond, "rcond") || !sffi_bool(args[3], &a_rcond_present, "rcond_present") || !sffi_text_arg(args[4], &a_driver, "driver")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 4)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_lstsq(a_input, a_b, a_rcond, a_rcond_present, a_driver.data, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_text_free(&a_driver);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_solve_ex(a, b, left, check_errors) */
SFFI_CALL(rt_torch_torchtensor_linalg_solve_ex) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_solve_ex", nargs, 4)) return NULL;
    int64_t a_a = 0;
    int64_t a_b = 0;
    bool a_left = false;
    bool a_check_errors = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_tensor_arg(args[1], &a_b, "b") || !sffi_bool(args[2], &a_left, "left") || !sffi_bool(args[3], &a_check_errors, "check_errors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_solve_ex(a_a, a_b, a_left, a_check_errors, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_pinv(input, rcond, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_pinv) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_pinv", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_rcond = 0.0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_rcond, "rcond") || !sffi_bool(args[2], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_pinv(a_input, a_rcond, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cos(input) */
SFFI_CALL(rt_torch_torchtensor_cos) {
    if (!sffi_arity("rt_torch_torchtensor_cos", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cos(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_square(input) */
SFFI_CALL(rt_torch_torchtensor_square) {
    if (!sffi_arity("rt_torch_torchtensor_square", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_square(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_fmod_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_fmod_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_fmod_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_fmod_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_bitwise_and_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_bitwise_and_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_bitwise_and_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bitwise_and_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_or_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_or_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_or_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_or_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_bitwise_left_shift_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_bitwise_left_shift_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_bitwise_left_shift_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bitwise_left_shift_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_softplus(input, beta, threshold) */
SFFI_CALL(rt_torch_torchtensor_softplus) {
    if (!sffi_arity("rt_torch_torchtensor_softplus", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_beta = 0.0;
    int64_t a_beta_int = 0;
    int32_t a_beta_kind = 0;
    double a_threshold = 0.0;
    int64_t a_threshold_int = 0;
    int32_t a_threshold_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_beta, &a_beta_int, &a_beta_kind, "beta", 0) || !sffi_scalar_arg(args[2], &a_threshold, &a_threshold_int, &a_threshold_kind, "threshold", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_softplus(a_input, a_beta, a_beta_int, a_beta_kind, a_threshold, a_threshold_int, a_threshold_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_glu(input, dim) */
SFFI_CALL(rt_torch_nn_glu) {
    if (!sffi_arity("rt_torch_nn_glu", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_glu(a_input, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_prelu(input, weight) */
SFFI_CALL(rt_torch_torchtensor_prelu) {
    if (!sffi_arity("rt_torch_torchtensor_prelu", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_prelu(a_input, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_smooth_l1_loss(input, target, reduction, beta) */
SFFI_CALL(rt_torch_nn_smooth_l1_loss) {
    if (!sffi_arity("rt_torch_nn_smooth_l1_loss", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    double a_beta = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction") || !sffi_f64(args[3], &a_beta, "beta")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_smooth_l1_loss(a_input, a_target, a_reduction.data, a_beta);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_multi_margin_loss(input, target, p, margin, weight, reduction) */
SFFI_CALL(rt_torch_nn_multi_margin_loss) {
    if (!sffi_arity("rt_torch_nn_multi_margin_loss", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_p = 0;
    double a_margin = 0.0;
    int64_t a_weight = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_i64(args[2], &a_p, "p") || !sffi_f64(args[3], &a_margin, "margin") || !sffi_optional_tensor_arg(args[4], &a_weight, "weight") || !sffi_text_arg(args[5], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_multi_margin_loss(a_input, a_target, a_p, a_margin, a_weight, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction) */
SFFI_CALL(rt_torch_nn_triplet_margin_loss) {
    if (!sffi_arity("rt_torch_nn_triplet_margin_loss", nargs, 8)) return NULL;
    int64_t a_anchor = 0;
    int64_t a_positive = 0;
    int64_t a_negative = 0;
    double a_margin = 0.0;
    double a_p = 0.0;
    double a_eps = 0.0;
    bool a_swap = false;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_anchor, "anchor") || !sffi_tensor_arg(args[1], &a_positive, "positive") || !sffi_tensor_arg(args[2], &a_negative, "negative") || !sffi_f64(args[3], &a_margin, "margin") || !sffi_f64(args[4], &a_p, "p") || !sffi_f64(args[5], &a_eps, "eps") || !sffi_bool(args[6], &a_swap, "swap") || !sffi_text_arg(args[7], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_triplet_margin_loss(a_anchor, a_positive, a_negative, a_margin, a_p, a_eps, a_swap, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_max_pool3d_with_indices(input, kernel_size, stride, stride_present, padding, dilation, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool3d_with_indices) {
    if (!sffi_arity("rt_torch_nn_max_pool3d_with_indices", nargs, 7)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    bool a_stride_present = false;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    bool a_ceil_mode = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_bool(args[3], &a_stride_present, "stride_present") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_i64_list(args[5], &a_dilation, "dilation") || !sffi_bool(args[6], &a_ceil_mode, "ceil_mode")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_nn_max_pool3d_with_indices(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_ceil_mode, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return sffi_warned(result);
}

/* rt_torch_nn_group_norm(input, num_groups, weight, bias, eps) */
SFFI_CALL(rt_torch_nn_group_norm) {
    if (!sffi_arity("rt_torch_nn_group_norm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_num_groups = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_num_groups, "num_groups") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_optional_tensor_arg(args[3], &a_bias, "bias") || !sffi_f64(args[4], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_group_norm(a_input, a_num_groups, a_weight, a_bias, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_one_hot(tensor, num_classes) */
SFFI_CALL(rt_torch_nn_one_hot) {
    if (!sffi_arity("rt_torch_nn_one_hot", nargs, 2)) return NULL;
    int64_t a_tensor = 0;
    int64_t a_num_classes = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_tensor, "tensor") || !sffi_i64(args[1], &a_num_classes, "num_classes")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_one_hot(a_tensor, a_num_classes);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_device_type(handle) */
SFFI_CALL(rt_torch_torchtensor_device_type) {
    if (!sffi_arity("rt_torch_torchtensor_device_type", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int32_t r;
        r = rt_torch_torchtensor_device_type(a_handle);
        result = sffi_i32_result(r, 1);
    }
done:
    ;
    return result;
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_7[] = {
    {"rt_torch_torchtensor_sub", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sub, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_neg", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_neg, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sqrt", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sqrt, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_dot", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_dot, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_stream", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_stream, METH_FASTCALL, NULL},
    {"rt_torch_tensor_arange_start_step", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_arange_start_step, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_max_other", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_max_other, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_std_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_std_dim, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_pool2d_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_pool2d_v2, METH_FASTCALL, NULL},
    {"rt_torch_nn_avg_pool2d_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_avg_pool2d_v2, METH_FASTCALL, NULL},
    {"rt_torch_nn_cross_entropy_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_cross_entropy_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_dtype_layout", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_dtype_layout, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cumprod", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cumprod, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_median", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_median, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_broadcast_to", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_broadcast_to, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_hsplit_array", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_hsplit_array, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_atleast_1d_sequence", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_atleast_1d_sequence, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_unfold", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_unfold, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_copy", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_copy, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_reduce", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_reduce, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_randint_like", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_randint_like, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_dist", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_dist, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lu_unpack", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lu_unpack, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_corrcoef", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_corrcoef, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_trapezoid_dx", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_trapezoid_dx, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_lstsq", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_lstsq, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_solve_ex", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_solve_ex, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_pinv", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_pinv, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cos", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cos, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_square", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_square, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_fmod_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_fmod_tensor, METH_FASTCALL, NULL},
    {"rt_torch_tensor_bitwise_and_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_bitwise_and_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_or_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_or_tensor, METH_FASTCALL, NULL},
    {"rt_torch_tensor_bitwise_left_shift_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_bitwise_left_shift_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_softplus", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_softplus, METH_FASTCALL, NULL},
    {"rt_torch_nn_glu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_glu, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_prelu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_prelu, METH_FASTCALL, NULL},
    {"rt_torch_nn_smooth_l1_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_smooth_l1_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_multi_margin_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_multi_margin_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_triplet_margin_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_triplet_margin_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_pool3d_with_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_pool3d_with_indices, METH_FASTCALL, NULL},
    {"rt_torch_nn_group_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_group_norm, METH_FASTCALL, NULL},
    {"rt_torch_nn_one_hot", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_one_hot, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_device_type", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_device_type, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
