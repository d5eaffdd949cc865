// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 15 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
const char* rt_torch_version(void);
int64_t rt_torch_tensor_ones(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_tensor_randn(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_tensor_rand(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim);
bool rt_torch_torchstream_query(int64_t handle);
void rt_torch_error_clear(void);
int32_t rt_torch_cuda_device_count(void);
int64_t rt_torch_torchtensor_add_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_mul_scalar_v2(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_pow_tensor_scalar(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind);
int64_t rt_torch_tensor_pow_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent);
int64_t rt_torch_torchtensor_log_softmax_int(int64_t input, int64_t dim, int32_t dtype);
int64_t rt_torch_torchtensor_argmin_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_all_dim(int64_t input, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_count_nonzero(int64_t input, int64_t dim, bool dim_present);
int64_t rt_torch_torchtensor_quantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation);
int64_t rt_torch_torchtensor_repeat_interleave_tensor(int64_t repeats, int64_t output_size, bool output_size_present);
int64_t rt_torch_torchtensor_tile(int64_t input, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_narrow_tensor(int64_t input, int64_t dim, int64_t start, int64_t length);
int64_t rt_torch_torchtensor_column_stack(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_slice_scatter(int64_t input, int64_t src, int64_t dim, int64_t start, bool start_present, int64_t end, bool end_present, int64_t step);
int64_t rt_torch_torchtensor_float(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_linalg_cross(int64_t input, int64_t other, int64_t dim);
int64_t rt_torch_torchtensor_linalg_ldl_factor(int64_t input, bool hermitian, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_multi_dot(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_linalg_lu_factor(int64_t a, bool pivot, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian);
int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian);
int64_t rt_torch_torchtensor_mh(int64_t input);
int64_t rt_torch_torchtensor_atanh(int64_t input);
int64_t rt_torch_torchtensor_sinh(int64_t input);
int64_t rt_torch_torchtensor_frac(int64_t input);
int64_t rt_torch_torchtensor_log1p(int64_t input);
int64_t rt_torch_torchtensor_erf(int64_t input);
int64_t rt_torch_torchtensor_digamma(int64_t input);
int64_t rt_torch_torchtensor_logaddexp(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_copysign_tensor(int64_t input, int64_t other);
int64_t rt_torch_tensor_remainder_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_logical_and(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_bitwise_right_shift_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_where_self(int64_t condition, int64_t input, int64_t other);
void rt_torch_torchtensor_sub_tensor_(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
void rt_torch_torchtensor_clamp_tensor_(int64_t input, int64_t min, int64_t max);
void rt_torch_torchtensor_log_(int64_t input);
void rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_nn_huber_loss(int64_t input, int64_t target, const char* reduction, double delta, int64_t weight);
int64_t rt_torch_nn_conv3d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_unfold(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* dilation, int64_t dilation_len, const int64_t* padding, int64_t padding_len, const int64_t* stride, int64_t stride_len);
int64_t rt_torch_nn_bilinear(int64_t input1, int64_t input2, int64_t weight, int64_t bias);
int64_t rt_torch_nn_scaled_dot_product_attention(int64_t query, int64_t key, int64_t value, int64_t attn_mask, double dropout_p, bool is_causal, double scale, bool scale_present, bool enable_gqa);
int64_t rt_torch_torchtensor_logspace_tensor_tensor(int64_t start, int64_t end, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_linspace_tensor_tensor(int64_t start, int64_t end, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index);
void rt_torch_dist_reduce_scatter_(int64_t output, int64_t group, const int64_t* inputs, int64_t inputs_len, const char* op);

/* rt_torch_version() */
SFFI_CALL(rt_torch_version) {
    if (!sffi_arity("rt_torch_version", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        const char* r;
        r = rt_torch_version();
        result = sffi_text_result(r, 0);
    }
    return result;
}

/* rt_torch_tensor_ones(dims) */
SFFI_CALL(rt_torch_tensor_ones) {
    if (!sffi_arity("rt_torch_tensor_ones", nargs, 1)) return NULL;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_ones(a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_tensor_randn(dims) */
SFFI_CALL(rt_torch_tensor_randn) {
    if (!sffi_arity("rt_torch_tensor_randn", nargs, 1)) return NULL;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_randn(a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_tensor_rand(dims) */
SFFI_CALL(rt_torch_tensor_rand) {
    if (!sffi_arity("rt_torch_tensor_rand", nargs, 1)) return NULL;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_rand(a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cat(tensors, dim) */
SFFI_CALL(rt_torch_torchtensor_cat) {
    if (!sffi_arity("rt_torch_torchtensor_cat", nargs, 2)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cat(a_tensors.data, a_tensors.len, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return sffi_warned(result);
}

/* rt_torch_torchstream_query(handle) */
SFFI_CALL(rt_torch_torchstream_query) {
    if (!sffi_arity("rt_torch_torchstream_query", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_stream_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchstream_query(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_error_clear() */
SFFI_CALL(rt_torch_error_clear) {
    if (!sffi_arity("rt_torch_error_clear", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_error_clear();
        result = sffi_void_result();
    }
    return result;
}

/* rt_torch_cuda_device_count() */
SFFI_CALL(rt_torch_cuda_device_count) {
    if (!sffi_arity("rt_torch_cuda_device_count", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_cuda_device_count();
        Py_END_ALLOW_THREADS
        result = sffi_i32_result(r, 1);
    }
    return sffi_warned(result);
}

/* rt_torch_torchtensor_add_scalar_v2(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_scalar_v2) {
    if (!sffi_arity("rt_torch_torchtensor_add_scalar_v2", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0) || !sffi_scalar_arg(args[2], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_add_scalar_v2(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mul_scalar_v2(input, other) */
SFFI_CALL(rt_torch_torchtensor_mul_scalar_v2) {
    if (!sffi_arity("rt_torch_torchtensor_mul_scalar_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mul_scalar_v2(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_pow_tensor_scalar(input, exponent) */
SFFI_CALL(rt_torch_torchtensor_pow_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_pow_tensor_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_exponent = 0.0;
    int64_t a_exponent_int = 0;
    int32_t a_exponent_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_exponent, &a_exponent_int, &a_exponent_kind, "exponent", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_pow_tensor_scalar(a_input, a_exponent, a_exponent_int, a_exponent_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_pow_scalar(input, exponent) */
SFFI_CALL(rt_torch_tensor_pow_scalar) {
    if (!sffi_arity("rt_torch_tensor_pow_scalar", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_exponent = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_exponent, "exponent")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_pow_scalar(a_input, a_input_int, a_input_kind, a_exponent);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_log_softmax_int(input, dim, dtype) */
SFFI_CALL(rt_torch_torchtensor_log_softmax_int) {
    if (!sffi_arity("rt_torch_torchtensor_log_softmax_int", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log_softmax_int(a_input, a_dim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_argmin_v2(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_argmin_v2) {
    if (!sffi_arity("rt_torch_torchtensor_argmin_v2", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argmin_v2(a_input, a_dim, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_all_dim(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_all_dim) {
    if (!sffi_arity("rt_torch_torchtensor_all_dim", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_all_dim(a_input, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_count_nonzero(input, dim, dim_present) */
SFFI_CALL(rt_torch_torchtensor_count_nonzero) {
    if (!sffi_arity("rt_torch_torchtensor_count_nonzero", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_count_nonzero(a_input, a_dim, a_dim_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_quantile_scalar(input, q, dim, dim_present, keepdim, interpolation) */
SFFI_CALL(rt_torch_torchtensor_quantile_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_quantile_scalar", nargs, 6)) return NULL;
    int64_t a_input = 0;
    double a_q = 0.0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    bool a_keepdim = false;
    sffi_text a_interpolation = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_q, "q") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_bool(args[4], &a_keepdim, "keepdim") || !sffi_text_arg(args[5], &a_interpolation, "interpolation")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_quantile_scalar(a_input, a_q, a_dim, a_dim_present, a_keepdim, a_interpolation.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_interpolation);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_repeat_interleave_tensor(repeats, output_size, output_size_present) */
SFFI_CALL(rt_torch_torchtensor_repeat_interleave_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_repeat_interleave_tensor", nargs, 3)) return NULL;
    int64_t a_repeats = 0;
    int64_t a_output_size = 0;
    bool a_output_size_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_repeats, "repeats") || !sffi_i64(args[1], &a_output_size, "output_size") || !sffi_bool(args[2], &a_output_size_present, "output_size_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_repeat_interleave_tensor(a_repeats, a_output_size, a_output_size_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_tile(input, dims) */
SFFI_CALL(rt_torch_torchtensor_tile) {
    if (!sffi_arity("rt_torch_torchtensor_tile", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_tile(a_input, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_narrow_tensor(input, dim, start, length) */
SFFI_CALL(rt_torch_torchtensor_narrow_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_narrow_tensor", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_start = 0;
    int64_t a_length = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_start, "start") || !sffi_i64(args[3], &a_length, "length")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_narrow_tensor(a_input, a_dim, a_start, a_length);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_column_stack(tensors) */
SFFI_CALL(rt_torch_torchtensor_column_stack) {
    if (!sffi_arity("rt_torch_torchtensor_column_stack", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_column_stack(a_tensors.data, a_tensors.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_slice_scatter(input, src, dim, start, start_present, end, end_present, step) */
SFFI_CALL(rt_torch_torchtensor_slice_scatter) {
    if (!sffi_arity("rt_torch_torchtensor_slice_scatter", nargs, 8)) return NULL;
    int64_t a_input = 0;
    int64_t a_src = 0;
    int64_t a_dim = 0;
    int64_t a_start = 0;
    bool a_start_present = false;
    int64_t a_end = 0;
    bool a_end_present = false;
    int64_t a_step = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_src, "src") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_i64(args[3], &a_start, "start") || !sffi_bool(args[4], &a_start_present, "start_present") || !sffi_i64(args[5], &a_end, "end") || !sffi_bool(args[6], &a_end_present, "end_present") || !sffi_i64(args[7], &a_step, "step")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_slice_scatter(a_input, a_src, a_dim, a_start, a_start_present, a_end, a_end_present, a_step);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_float(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_float) {
    if (!sffi_arity("rt_torch_torchtensor_float", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_float(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_cross(input, other, dim) */
SFFI_CALL(rt_torch_torchtensor_linalg_cross) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_cross", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_cross(a_input, a_other, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_ldl_factor(input, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_ldl_factor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_ldl_factor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_hermitian, "hermitian")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_ldl_factor(a_input, a_hermitian, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_multi_dot(tensors) */
SFFI_CALL(rt_torch_torchtensor_linalg_multi_dot) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_multi_dot", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_multi_dot(a_tensors.data, a_tensors.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_lu_factor(a, pivot) */
SFFI_CALL(rt_torch_torchtensor_linalg_lu_factor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_lu_factor", nargs, 2)) return NULL;
    int64_t a_a = 0;
    bool a_pivot = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_bool(args[1], &a_pivot, "pivot")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_lu_factor(a_a, a_pivot, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(input, atol, atol_present, rtol, rtol_present, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float", nargs, 6)) return NULL;
    int64_t a_input = 0;
    double a_atol = 0.0;
    bool a_atol_present = false;
    double a_rtol = 0.0;
    bool a_rtol_present = false;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_atol, "atol") || !sffi_bool(args[2], &a_atol_present, "atol_present") || !sffi_f64(args[3], &a_rtol, "rtol") || !sffi_bool(args[4], &a_rtol_present, "rtol_present") || !sffi_bool(args[5], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(a_input, a_atol, a_atol_present, a_rtol, a_rtol_present, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(input, atol, rtol, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_atol = 0;
    int64_t a_rtol = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_atol, "atol") || !sffi_optional_tensor_arg(args[2], &a_rtol, "rtol") || !sffi_bool(args[3], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(a_input, a_atol, a_rtol, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mh(input) */
SFFI_CALL(rt_torch_torchtensor_mh) {
    if (!sffi_arity("rt_torch_torchtensor_mh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_atanh(input) */
SFFI_CALL(rt_torch_torchtensor_atanh) {
    if (!sffi_arity("rt_torch_torchtensor_atanh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atanh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sinh(input) */
SFFI_CALL(rt_torch_torchtensor_sinh) {
    if (!sffi_arity("rt_torch_torchtensor_sinh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sinh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_frac(input) */
SFFI_CALL(rt_torch_torchtensor_frac) {
    if (!sffi_arity("rt_torch_torchtensor_frac", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_frac(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_log1p(input) */
SFFI_CALL(rt_torch_torchtensor_log1p) {
    if (!sffi_arity("rt_torch_torchtensor_log1p", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log1p(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_erf(input) */
SFFI_CALL(rt_torch_torchtensor_erf) {
    if (!sffi_arity("rt_torch_torchtensor_erf", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_erf(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_digamma(input) */
SFFI_CALL(rt_torch_torchtensor_digamma) {
    if (!sffi_arity("rt_torch_torchtensor_digamma", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_digamma(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logaddexp(input, other) */
SFFI_CALL(rt_torch_torchtensor_logaddexp) {
    if (!sffi_arity("rt_torch_torchtensor_logaddexp", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logaddexp(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_copysign_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_copysign_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_copysign_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_copysign_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_remainder_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_remainder_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_remainder_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_remainder_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logical_and(input, other) */
SFFI_CALL(rt_torch_torchtensor_logical_and) {
    if (!sffi_arity("rt_torch_torchtensor_logical_and", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logical_and(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_right_shift_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_right_shift_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_right_shift_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_right_shift_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_where_self(condition, input, other) */
SFFI_CALL(rt_torch_torchtensor_where_self) {
    if (!sffi_arity("rt_torch_torchtensor_where_self", nargs, 3)) return NULL;
    int64_t a_condition = 0;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_condition, "condition") || !sffi_tensor_arg(args[1], &a_input, "input") || !sffi_tensor_arg(args[2], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_where_self(a_condition, a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sub_tensor_(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_sub_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_sub_tensor_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_scalar_arg(args[2], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_sub_tensor_(a_input, a_other, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clamp_tensor_(input, min, max) */
SFFI_CALL(rt_torch_torchtensor_clamp_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_tensor_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_min = 0;
    int64_t a_max = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_min, "min") || !sffi_optional_tensor_arg(args[2], &a_max, "max")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_clamp_tensor_(a_input, a_min, a_max);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_log_(input) */
SFFI_CALL(rt_torch_torchtensor_log_) {
    if (!sffi_arity("rt_torch_torchtensor_log_", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_log_(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_huber_loss(input, target, reduction, delta, weight) */
SFFI_CALL(rt_torch_nn_huber_loss) {
    if (!sffi_arity("rt_torch_nn_huber_loss", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    double a_delta = 0.0;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction") || !sffi_f64(args[3], &a_delta, "delta") || !sffi_optional_tensor_arg(args[4], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_huber_loss(a_input, a_target, a_reduction.data, a_delta, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_conv3d(input, weight, bias, stride, padding, dilation, groups) */
SFFI_CALL(rt_torch_nn_conv3d) {
    if (!sffi_arity("rt_torch_nn_conv3d", nargs, 7)) return NULL;
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
            r = rt_torch_nn_conv3d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return sffi_warned(result);
}

/* rt_torch_nn_unfold(input, kernel_size, dilation, padding, stride) */
SFFI_CALL(rt_torch_nn_unfold) {
    if (!sffi_arity("rt_torch_nn_unfold", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_dilation, "dilation") || !sffi_i64_list(args[3], &a_padding, "padding") || !sffi_i64_list(args[4], &a_stride, "stride")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_unfold(a_input, a_kernel_size.data, a_kernel_size.len, a_dilation.data, a_dilation.len, a_padding.data, a_padding.len, a_stride.data, a_stride.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_dilation);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_stride);
    return sffi_warned(result);
}

/* rt_torch_nn_bilinear(input1, input2, weight, bias) */
SFFI_CALL(rt_torch_nn_bilinear) {
    if (!sffi_arity("rt_torch_nn_bilinear", nargs, 4)) return NULL;
    int64_t a_input1 = 0;
    int64_t a_input2 = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input1, "input1") || !sffi_tensor_arg(args[1], &a_input2, "input2") || !sffi_tensor_arg(args[2], &a_weight, "weight") || !sffi_optional_tensor_arg(args[3], &a_bias, "bias")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_bilinear(a_input1, a_input2, a_weight, a_bias);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_scaled_dot_product_attention(query, key, value, attn_mask, dropout_p, is_causal, scale, scale_present, enable_gqa) */
SFFI_CALL(rt_torch_nn_scaled_dot_product_attention) {
    if (!sffi_arity("rt_torch_nn_scaled_dot_product_attention", nargs, 9)) return NULL;
    int64_t a_query = 0;
    int64_t a_key = 0;
    int64_t a_value = 0;
    int64_t a_attn_mask = 0;
    double a_dropout_p = 0.0;
    bool a_is_causal = false;
    double a_scale = 0.0;
    bool a_scale_present = false;
    bool a_enable_gqa = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_query, "query") || !sffi_tensor_arg(args[1], &a_key, "key") || !sffi_tensor_arg(args[2], &a_value, "value") || !sffi_optional_tensor_arg(args[3], &a_attn_mask, "attn_mask") || !sffi_f64(args[4], &a_dropout_p, "dropout_p") || !sffi_bool(args[5], &a_is_causal, "is_causal") || !sffi_f64(args[6], &a_scale, "scale") || !sffi_bool(args[7], &a_scale_present, "scale_present") || !sffi_bool(args[8], &a_enable_gqa, "enable_gqa")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_scaled_dot_product_attention(a_query, a_key, a_value, a_attn_mask, a_dropout_p, a_is_causal, a_scale, a_scale_present, a_enable_gqa);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logspace_tensor_tensor(start, end, steps, base, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_logspace_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_logspace_tensor_tensor", nargs, 6)) return NULL;
    int64_t a_start = 0;
    int64_t a_end = 0;
    int64_t a_steps = 0;
    double a_base = 0.0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_start, "start") || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_i64(args[2], &a_steps, "steps") || !sffi_f64(args[3], &a_base, "base") || !sffi_dtype_arg(args[4], &a_dtype, "dtype", 1) || !sffi_device_arg(args[5], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logspace_tensor_tensor(a_start, a_end, a_steps, a_base, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linspace_tensor_tensor(start, end, steps, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_linspace_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_linspace_tensor_tensor", nargs, 5)) return NULL;
    int64_t a_start = 0;
    int64_t a_end = 0;
    int64_t a_steps = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_start, "start") || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_i64(args[2], &a_steps, "steps") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linspace_tensor_tensor(a_start, a_end, a_steps, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_dist_reduce_scatter_(output, group, inputs, op) */
SFFI_CALL(rt_torch_dist_reduce_scatter_) {
    if (!sffi_arity("rt_torch_dist_reduce_scatter_", nargs, 4)) return NULL;
    int64_t a_output = 0;
    int64_t a_group = 0;
    sffi_i64s a_inputs = SFFI_ARRAY_INIT;
    sffi_text a_op = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_output, "output") || !sffi_i64(args[1], &a_group, "group") || !sffi_tensor_list_arg(args[2], &a_inputs, "inputs") || !sffi_text_arg(args[3], &a_op, "op")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_dist_reduce_scatter_(a_output, a_group, a_inputs.data, a_inputs.len, a_op.data);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_array_free(&a_inputs);
    sffi_text_free(&a_op);
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_15[] = {
    {"rt_torch_version", (PyCFunction)(void (*)(void))sffi_call_rt_torch_version, METH_FASTCALL, NULL},
    {"rt_torch_tensor_ones", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_ones, METH_FASTCALL, NULL},
    {"rt_torch_tensor_randn", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_randn, METH_FASTCALL, NULL},
    {"rt_torch_tensor_rand", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_rand, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cat", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cat, METH_FASTCALL, NULL},
    {"rt_torch_torchstream_query", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchstream_query, METH_FASTCALL, NULL},
    {"rt_torch_error_clear", (PyCFunction)(void (*)(void))sffi_call_rt_torch_error_clear, METH_FASTCALL, NULL},
    {"rt_torch_cuda_device_count", (PyCFunction)(void (*)(void))sffi_call_rt_torch_cuda_device_count, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_add_scalar_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add_scalar_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mul_scalar_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mul_scalar_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_pow_tensor_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_pow_tensor_scalar, METH_FASTCALL, NULL},
    {"rt_torch_tensor_pow_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_pow_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_log_softmax_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_log_softmax_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_argmin_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_argmin_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_all_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_all_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_count_nonzero", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_count_nonzero, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_quantile_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_quantile_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_repeat_interleave_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_repeat_interleave_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_tile", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_tile, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_narrow_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_narrow_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_column_stack", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_column_stack, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_slice_scatter", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_slice_scatter, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_float", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_float, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_cross", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_cross, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_ldl_factor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_ldl_factor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_multi_dot", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_multi_dot, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_lu_factor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_lu_factor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_atanh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_atanh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sinh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sinh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_frac", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_frac, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_log1p", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_log1p, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_erf", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_erf, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_digamma", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_digamma, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logaddexp", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logaddexp, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_copysign_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_copysign_tensor, METH_FASTCALL, NULL},
    {"rt_torch_tensor_remainder_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_remainder_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logical_and", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logical_and, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_right_shift_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_right_shift_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_where_self", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_where_self, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sub_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sub_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clamp_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clamp_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_log_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_log_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_right_shift_tensor_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_nn_huber_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_huber_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_conv3d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_conv3d, METH_FASTCALL, NULL},
    {"rt_torch_nn_unfold", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_unfold, METH_FASTCALL, NULL},
    {"rt_torch_nn_bilinear", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_bilinear, METH_FASTCALL, NULL},
    {"rt_torch_nn_scaled_dot_product_attention", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_scaled_dot_product_attention, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logspace_tensor_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logspace_tensor_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linspace_tensor_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linspace_tensor_tensor, METH_FASTCALL, NULL},
    {"rt_torch_dist_reduce_scatter_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_reduce_scatter_, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
