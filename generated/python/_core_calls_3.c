// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 3 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_torchtensor_leaky_relu(int64_t handle, double negative_slope);
double rt_torch_torchtensor_max(int64_t handle);
int64_t rt_torch_torchtensor_shape(int64_t handle, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_to_dlpack(int64_t handle, bool versioned);
int64_t rt_torch_torchtensor_real(int64_t handle);
void rt_torch_torchtensor_add_scalar_(int64_t handle, double scalar);
void rt_torch_torchtensor_addcmul_(int64_t handle, int64_t tensor1, int64_t tensor2, double value);
void rt_torch_autograd_no_grad_end_v2(void);
int64_t rt_torch_torchtensor_softmax_int(int64_t input, int64_t dim, int32_t dtype);
int64_t rt_torch_torchtensor_cummin(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_any_dims(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_var_mean_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_std_mean(int64_t input, bool unbiased, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_bucketize_tensor(int64_t input, int64_t boundaries, bool out_int32, bool right);
int64_t rt_torch_torchtensor_fliplr(int64_t input);
int64_t rt_torch_torchtensor_atleast_2d(int64_t input);
int64_t rt_torch_torchtensor_randint_like_low_dtype(int64_t input, int64_t low, int64_t high, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_bernoulli_p(int64_t input, double p);
int64_t rt_torch_tensor_empty_strided(const int64_t* size, int64_t size_len, const int64_t* stride, int64_t stride_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_pinverse(int64_t input, double rcond);
int64_t rt_torch_torchtensor_cholesky_inverse(int64_t input, bool upper);
int64_t rt_torch_torchtensor_qr(int64_t input, bool some, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_cosh(int64_t input);
int64_t rt_torch_torchtensor_expm1(int64_t input);
int64_t rt_torch_torchtensor_lgamma(int64_t input);
int64_t rt_torch_torchtensor_hypot(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_fmod_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_float_power_tensor_tensor(int64_t input, int64_t exponent);
int64_t rt_torch_torchtensor_addcdiv(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_torchtensor_lt_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_bitwise_xor_tensor(int64_t input, int64_t other);
void rt_torch_torchtensor_floor_divide_tensor_(int64_t input, int64_t other);
void rt_torch_torchtensor_remainder_tensor_(int64_t input, int64_t other);
void rt_torch_torchtensor_bitwise_and_tensor_(int64_t input, int64_t other);
void rt_torch_torchtensor_bitwise_or_tensor_(int64_t input, int64_t other);
void rt_torch_torchtensor_bitwise_or_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_mish(int64_t input);
int64_t rt_torch_nn_conv_transpose2d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len);
int64_t rt_torch_nn_avg_pool1d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad);
int64_t rt_torch_nn_adaptive_max_pool3d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_max_unpool1d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present);
int64_t rt_torch_nn_ctc_loss_tensor(int64_t log_probs, int64_t targets, int64_t input_lengths, int64_t target_lengths, int64_t blank, const char* reduction, bool zero_infinity);
const char* rt_torch_warning_message(int64_t index);
void rt_torch_torchtensor_uniform_(int64_t input, double low, double to);
int64_t rt_torch_torchtensor_lstm_input(int64_t input, const int64_t* hx, int64_t hx_len, const int64_t* params, int64_t params_len, bool has_biases, int64_t num_layers, double dropout, bool train, bool bidirectional, bool batch_first, int64_t* out, int64_t out_capacity);
void rt_torch_dist_free(int64_t group);

/* rt_torch_torchtensor_leaky_relu(handle, negative_slope) */
SFFI_CALL(rt_torch_torchtensor_leaky_relu) {
    if (!sffi_arity("rt_torch_torchtensor_leaky_relu", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_negative_slope = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_negative_slope, "negative_slope")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_leaky_relu(a_handle, a_negative_slope);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_max(handle) */
SFFI_CALL(rt_torch_torchtensor_max) {
    if (!sffi_arity("rt_torch_torchtensor_max", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_max(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_shape(handle) */
SFFI_CALL(rt_torch_torchtensor_shape) {
    if (!sffi_arity("rt_torch_torchtensor_shape", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            n = rt_torch_torchtensor_shape(a_handle, out.data, out.cap);
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_size_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_to_dlpack(handle, versioned) */
SFFI_CALL(rt_torch_torchtensor_to_dlpack) {
    if (!sffi_arity("rt_torch_torchtensor_to_dlpack", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    bool a_versioned = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_bool(args[1], &a_versioned, "versioned")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_dlpack(a_handle, a_versioned);
        Py_END_ALLOW_THREADS
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_real(handle) */
SFFI_CALL(rt_torch_torchtensor_real) {
    if (!sffi_arity("rt_torch_torchtensor_real", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_real(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_add_scalar_(handle, scalar) */
SFFI_CALL(rt_torch_torchtensor_add_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_add_scalar_", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_scalar = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_scalar, "scalar")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_add_scalar_(a_handle, a_scalar);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_addcmul_(handle, tensor1, tensor2, value) */
SFFI_CALL(rt_torch_torchtensor_addcmul_) {
    if (!sffi_arity("rt_torch_torchtensor_addcmul_", nargs, 4)) return NULL;
    int64_t a_handle = 0;
    int64_t a_tensor1 = 0;
    int64_t a_tensor2 = 0;
    double a_value = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_tensor1, "tensor1") || !sffi_tensor_arg(args[2], &a_tensor2, "tensor2") || !sffi_f64(args[3], &a_value, "value")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_addcmul_(a_handle, a_tensor1, a_tensor2, a_value);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_no_grad_end_v2() */
SFFI_CALL(rt_torch_autograd_no_grad_end_v2) {
    if (!sffi_arity("rt_torch_autograd_no_grad_end_v2", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_autograd_no_grad_end_v2();
        result = sffi_void_result();
    }
    return result;
}

/* rt_torch_torchtensor_softmax_int(input, dim, dtype) */
SFFI_CALL(rt_torch_torchtensor_softmax_int) {
    if (!sffi_arity("rt_torch_torchtensor_softmax_int", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_softmax_int(a_input, a_dim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cummin(input, dim) */
SFFI_CALL(rt_torch_torchtensor_cummin) {
    if (!sffi_arity("rt_torch_torchtensor_cummin", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_cummin(a_input, a_dim, out.data, out.cap);
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

/* rt_torch_torchtensor_any_dims(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_any_dims) {
    if (!sffi_arity("rt_torch_torchtensor_any_dims", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_any_dims(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_var_mean_dim(input, dim, dim_present, unbiased, keepdim) */
SFFI_CALL(rt_torch_torchtensor_var_mean_dim) {
    if (!sffi_arity("rt_torch_torchtensor_var_mean_dim", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_unbiased = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_unbiased, "unbiased") || !sffi_bool(args[4], &a_keepdim, "keepdim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_var_mean_dim(a_input, a_dim.data, a_dim.len, a_dim_present, a_unbiased, a_keepdim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_std_mean(input, unbiased) */
SFFI_CALL(rt_torch_torchtensor_std_mean) {
    if (!sffi_arity("rt_torch_torchtensor_std_mean", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_unbiased = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_unbiased, "unbiased")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_std_mean(a_input, a_unbiased, out.data, out.cap);
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

/* rt_torch_torchtensor_bucketize_tensor(input, boundaries, out_int32, right) */
SFFI_CALL(rt_torch_torchtensor_bucketize_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bucketize_tensor", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_boundaries = 0;
    bool a_out_int32 = false;
    bool a_right = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_boundaries, "boundaries") || !sffi_bool(args[2], &a_out_int32, "out_int32") || !sffi_bool(args[3], &a_right, "right")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bucketize_tensor(a_input, a_boundaries, a_out_int32, a_right);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_fliplr(input) */
SFFI_CALL(rt_torch_torchtensor_fliplr) {
    if (!sffi_arity("rt_torch_torchtensor_fliplr", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_fliplr(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_atleast_2d(input) */
SFFI_CALL(rt_torch_torchtensor_atleast_2d) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_2d", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atleast_2d(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_randint_like_low_dtype(input, low, high, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_randint_like_low_dtype) {
    if (!sffi_arity("rt_torch_torchtensor_randint_like_low_dtype", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_low = 0;
    int64_t a_high = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_low, "low") || !sffi_i64(args[2], &a_high, "high") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1) || !sffi_text_arg(args[5], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_randint_like_low_dtype(a_input, a_low, a_high, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bernoulli_p(input, p) */
SFFI_CALL(rt_torch_torchtensor_bernoulli_p) {
    if (!sffi_arity("rt_torch_torchtensor_bernoulli_p", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bernoulli_p(a_input, a_p);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_empty_strided(size, stride, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_empty_strided) {
    if (!sffi_arity("rt_torch_tensor_empty_strided", nargs, 4)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_i64_list(args[1], &a_stride, "stride") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_empty_strided(a_size.data, a_size.len, a_stride.data, a_stride.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    sffi_array_free(&a_stride);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_pinverse(input, rcond) */
SFFI_CALL(rt_torch_torchtensor_pinverse) {
    if (!sffi_arity("rt_torch_torchtensor_pinverse", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_rcond = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_rcond, "rcond")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_pinverse(a_input, a_rcond);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cholesky_inverse(input, upper) */
SFFI_CALL(rt_torch_torchtensor_cholesky_inverse) {
    if (!sffi_arity("rt_torch_torchtensor_cholesky_inverse", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_upper = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_upper, "upper")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cholesky_inverse(a_input, a_upper);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_qr(input, some) */
SFFI_CALL(rt_torch_torchtensor_qr) {
    if (!sffi_arity("rt_torch_torchtensor_qr", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_some = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_some, "some")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_qr(a_input, a_some, out.data, out.cap);
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

/* rt_torch_torchtensor_cosh(input) */
SFFI_CALL(rt_torch_torchtensor_cosh) {
    if (!sffi_arity("rt_torch_torchtensor_cosh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cosh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_expm1(input) */
SFFI_CALL(rt_torch_torchtensor_expm1) {
    if (!sffi_arity("rt_torch_torchtensor_expm1", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_expm1(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lgamma(input) */
SFFI_CALL(rt_torch_torchtensor_lgamma) {
    if (!sffi_arity("rt_torch_torchtensor_lgamma", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lgamma(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_hypot(input, other) */
SFFI_CALL(rt_torch_torchtensor_hypot) {
    if (!sffi_arity("rt_torch_torchtensor_hypot", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_hypot(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_fmod_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_fmod_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_fmod_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_fmod_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_float_power_tensor_tensor(input, exponent) */
SFFI_CALL(rt_torch_torchtensor_float_power_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_float_power_tensor_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_exponent = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_exponent, "exponent")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_float_power_tensor_tensor(a_input, a_exponent);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_addcdiv(input, tensor1, tensor2, value) */
SFFI_CALL(rt_torch_torchtensor_addcdiv) {
    if (!sffi_arity("rt_torch_torchtensor_addcdiv", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_tensor1 = 0;
    int64_t a_tensor2 = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_tensor1, "tensor1") || !sffi_tensor_arg(args[2], &a_tensor2, "tensor2") || !sffi_scalar_arg(args[3], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_addcdiv(a_input, a_tensor1, a_tensor2, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lt_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_lt_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_lt_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lt_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_xor_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_xor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_xor_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_xor_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_floor_divide_tensor_(input, other) */
SFFI_CALL(rt_torch_torchtensor_floor_divide_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_floor_divide_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_floor_divide_tensor_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_remainder_tensor_(input, other) */
SFFI_CALL(rt_torch_torchtensor_remainder_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_remainder_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_remainder_tensor_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_and_tensor_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_and_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_and_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_and_tensor_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_or_tensor_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_or_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_or_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_or_tensor_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_or_scalar_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_or_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_or_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_or_scalar_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mish(input) */
SFFI_CALL(rt_torch_torchtensor_mish) {
    if (!sffi_arity("rt_torch_torchtensor_mish", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mish(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation) */
SFFI_CALL(rt_torch_nn_conv_transpose2d) {
    if (!sffi_arity("rt_torch_nn_conv_transpose2d", nargs, 8)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_output_padding = SFFI_ARRAY_INIT;
    int64_t a_groups = 0;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias") || !sffi_i64_list(args[3], &a_stride, "stride") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_i64_list(args[5], &a_output_padding, "output_padding") || !sffi_i64(args[6], &a_groups, "groups") || !sffi_i64_list(args[7], &a_dilation, "dilation")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_conv_transpose2d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_output_padding.data, a_output_padding.len, a_groups, a_dilation.data, a_dilation.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_output_padding);
    sffi_array_free(&a_dilation);
    return sffi_warned(result);
}

/* rt_torch_nn_avg_pool1d(input, kernel_size, stride, stride_present, padding, ceil_mode, count_include_pad) */
SFFI_CALL(rt_torch_nn_avg_pool1d) {
    if (!sffi_arity("rt_torch_nn_avg_pool1d", nargs, 7)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    bool a_stride_present = false;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    bool a_ceil_mode = false;
    bool a_count_include_pad = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_bool(args[3], &a_stride_present, "stride_present") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_bool(args[5], &a_ceil_mode, "ceil_mode") || !sffi_bool(args[6], &a_count_include_pad, "count_include_pad")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_avg_pool1d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_ceil_mode, a_count_include_pad);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return sffi_warned(result);
}

/* rt_torch_nn_adaptive_max_pool3d_with_indices(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_max_pool3d_with_indices) {
    if (!sffi_arity("rt_torch_nn_adaptive_max_pool3d_with_indices", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_output_size, "output_size")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_nn_adaptive_max_pool3d_with_indices(a_input, a_output_size.data, a_output_size.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_output_size);
    return sffi_warned(result);
}

/* rt_torch_nn_max_unpool1d(input, indices, kernel_size, stride, stride_present, padding, output_size, output_size_present) */
SFFI_CALL(rt_torch_nn_max_unpool1d) {
    if (!sffi_arity("rt_torch_nn_max_unpool1d", nargs, 8)) return NULL;
    int64_t a_input = 0;
    int64_t a_indices = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    bool a_stride_present = false;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    bool a_output_size_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_indices, "indices") || !sffi_i64_list(args[2], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[3], &a_stride, "stride") || !sffi_bool(args[4], &a_stride_present, "stride_present") || !sffi_i64_list(args[5], &a_padding, "padding") || !sffi_i64_list(args[6], &a_output_size, "output_size") || !sffi_bool(args[7], &a_output_size_present, "output_size_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_max_unpool1d(a_input, a_indices, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_output_size.data, a_output_size.len, a_output_size_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_output_size);
    return sffi_warned(result);
}

/* rt_torch_nn_ctc_loss_tensor(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity) */
SFFI_CALL(rt_torch_nn_ctc_loss_tensor) {
    if (!sffi_arity("rt_torch_nn_ctc_loss_tensor", nargs, 7)) return NULL;
    int64_t a_log_probs = 0;
    int64_t a_targets = 0;
    int64_t a_input_lengths = 0;
    int64_t a_target_lengths = 0;
    int64_t a_blank = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    bool a_zero_infinity = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_log_probs, "log_probs") || !sffi_tensor_arg(args[1], &a_targets, "targets") || !sffi_tensor_arg(args[2], &a_input_lengths, "input_lengths") || !sffi_tensor_arg(args[3], &a_target_lengths, "target_lengths") || !sffi_i64(args[4], &a_blank, "blank") || !sffi_text_arg(args[5], &a_reduction, "reduction") || !sffi_bool(args[6], &a_zero_infinity, "zero_infinity")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_ctc_loss_tensor(a_log_probs, a_targets, a_input_lengths, a_target_lengths, a_blank, a_reduction.data, a_zero_infinity);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_warning_message(index) */
SFFI_CALL(rt_torch_warning_message) {
    if (!sffi_arity("rt_torch_warning_message", nargs, 1)) return NULL;
    int64_t a_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_index, "index")) goto done;
    {
        const char* r;
        r = rt_torch_warning_message(a_index);
        result = sffi_plain_text(r);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_uniform_(input, low, to) */
SFFI_CALL(rt_torch_torchtensor_uniform_) {
    if (!sffi_arity("rt_torch_torchtensor_uniform_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_low = 0.0;
    double a_to = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_low, "low") || !sffi_f64(args[2], &a_to, "to")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_uniform_(a_input, a_low, a_to);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lstm_input(input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first) */
SFFI_CALL(rt_torch_torchtensor_lstm_input) {
    if (!sffi_arity("rt_torch_torchtensor_lstm_input", nargs, 9)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_hx = SFFI_ARRAY_INIT;
    sffi_i64s a_params = SFFI_ARRAY_INIT;
    bool a_has_biases = false;
    int64_t a_num_layers = 0;
    double a_dropout = 0.0;
    bool a_train = false;
    bool a_bidirectional = false;
    bool a_batch_first = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_list_arg(args[1], &a_hx, "hx") || !sffi_tensor_list_arg(args[2], &a_params, "params") || !sffi_bool(args[3], &a_has_biases, "has_biases") || !sffi_i64(args[4], &a_num_layers, "num_layers") || !sffi_f64(args[5], &a_dropout, "dropout") || !sffi_bool(args[6], &a_train, "train") || !sffi_bool(args[7], &a_bidirectional, "bidirectional") || !sffi_bool(args[8], &a_batch_first, "batch_first")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_lstm_input(a_input, a_hx.data, a_hx.len, a_params.data, a_params.len, a_has_biases, a_num_layers, a_dropout, a_train, a_bidirectional, a_batch_first, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_hx);
    sffi_array_free(&a_params);
    return sffi_warned(result);
}

/* rt_torch_dist_free(group) */
SFFI_CALL(rt_torch_dist_free) {
    if (!sffi_arity("rt_torch_dist_free", nargs, 1)) return NULL;
    int64_t a_group = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_group, "group")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_dist_free(a_group);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_3[] = {
    {"rt_torch_torchtensor_leaky_relu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_leaky_relu, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_max", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_max, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_shape", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_shape, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_dlpack", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_dlpack, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_real", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_real, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_add_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_addcmul_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_addcmul_, METH_FASTCALL, NULL},
    {"rt_torch_autograd_no_grad_end_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_no_grad_end_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_softmax_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_softmax_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cummin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cummin, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_any_dims", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_any_dims, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_var_mean_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_var_mean_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_std_mean", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_std_mean, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bucketize_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bucketize_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_fliplr", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_fliplr, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_atleast_2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_atleast_2d, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_randint_like_low_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_randint_like_low_dtype, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bernoulli_p", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bernoulli_p, METH_FASTCALL, NULL},
    {"rt_torch_tensor_empty_strided", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_empty_strided, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_pinverse", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_pinverse, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cholesky_inverse", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cholesky_inverse, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_qr", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_qr, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cosh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cosh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_expm1", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_expm1, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lgamma", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lgamma, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_hypot", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_hypot, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_fmod_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_fmod_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_float_power_tensor_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_float_power_tensor_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_addcdiv", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_addcdiv, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lt_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lt_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_xor_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_xor_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_floor_divide_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_floor_divide_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_remainder_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_remainder_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_and_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_and_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_or_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_or_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_or_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_or_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mish", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mish, METH_FASTCALL, NULL},
    {"rt_torch_nn_conv_transpose2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_conv_transpose2d, METH_FASTCALL, NULL},
    {"rt_torch_nn_avg_pool1d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_avg_pool1d, METH_FASTCALL, NULL},
    {"rt_torch_nn_adaptive_max_pool3d_with_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_adaptive_max_pool3d_with_indices, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_unpool1d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_unpool1d, METH_FASTCALL, NULL},
    {"rt_torch_nn_ctc_loss_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_ctc_loss_tensor, METH_FASTCALL, NULL},
    {"rt_torch_warning_message", (PyCFunction)(void (*)(void))sffi_call_rt_torch_warning_message, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_uniform_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_uniform_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lstm_input", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lstm_input, METH_FASTCALL, NULL},
    {"rt_torch_dist_free", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_free, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
