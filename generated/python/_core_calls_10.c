// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 10 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
bool rt_torch_available(void);
int64_t rt_torch_tensor_arange(double start, double end, double step);
int64_t rt_torch_torchtensor_pow(int64_t handle, double exponent);
double rt_torch_torchtensor_sum(int64_t handle);
int64_t rt_torch_torchtensor_mean_dim(int64_t handle, int64_t dim, bool keepdim);
double rt_torch_torchtensor_min(int64_t handle);
int64_t rt_torch_torchtensor_min_dim(int64_t handle, int64_t dim, bool keepdim);
double rt_torch_torchtensor_var(int64_t handle);
int64_t rt_torch_torchtensor_stack(const int64_t* tensors, int64_t tensors_len, int64_t dim);
int64_t rt_torch_nn_avg_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len);
int64_t rt_torch_torchtensor_clone(int64_t handle);
int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype);
int64_t rt_torch_torchtensor_rsub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_mul_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_min_other(int64_t input, int64_t other);
int64_t rt_torch_nn_binary_cross_entropy_v2(int64_t input, int64_t target, int64_t weight, const char* reduction);
int64_t rt_torch_torchtensor_contiguous_v2(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_nanmean(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_std_mean_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_repeat_interleave_self_int(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present);
int64_t rt_torch_torchtensor_movedim_int(int64_t input, int64_t source, int64_t destination);
int64_t rt_torch_torchtensor_hsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_nonzero(int64_t input);
int64_t rt_torch_torchtensor_diagonal_scatter(int64_t input, int64_t src, int64_t offset, int64_t dim1, int64_t dim2);
int64_t rt_torch_torchtensor_normal_tensor_tensor(int64_t mean, int64_t std_arg);
int64_t rt_torch_torchtensor_addmv(int64_t input, int64_t mat, int64_t vec, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_linalg_ldl_factor_ex(int64_t input, bool hermitian, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_vander(int64_t x, int64_t n, bool n_present);
int64_t rt_torch_torchtensor_linalg_solve(int64_t a, int64_t b, bool left);
int64_t rt_torch_torchtensor_linalg_solve_triangular(int64_t input, int64_t b, bool upper, bool left, bool unitriangular);
int64_t rt_torch_torchtensor_floor(int64_t input);
int64_t rt_torch_torchtensor_signbit(int64_t input);
int64_t rt_torch_torchtensor_xlogy_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_le_tensor(int64_t input, int64_t other);
bool rt_torch_torchtensor_equal(int64_t input, int64_t other);
bool rt_torch_torchtensor_allclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan);
int64_t rt_torch_torchtensor_isneginf(int64_t input);
int64_t rt_torch_tensor_bitwise_or_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_isin_tensor_tensor(int64_t elements, int64_t test_elements, bool assume_unique, bool invert);
int64_t rt_torch_tensor_isin_scalar_tensor(double element, int64_t element_int, int32_t element_kind, int64_t test_elements, bool assume_unique, bool invert);
void rt_torch_torchtensor_clamp_(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind);
int64_t rt_torch_nn_multilabel_margin_loss(int64_t input, int64_t target, const char* reduction);
int64_t rt_torch_nn_pad(int64_t input, const int64_t* pad, int64_t pad_len, const char* mode, double value, bool value_present);
void rt_torch_autocast_end(void);
const char* rt_torch_autograd_grad_fn_name(int64_t handle);
bool rt_torch_dist_is_backend_available(const char* backend);
void rt_torch_dist_all_reduce_(int64_t tensor, int64_t group, const char* op);

/* rt_torch_available() */
SFFI_CALL(rt_torch_available) {
    if (!sffi_arity("rt_torch_available", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        bool r;
        r = rt_torch_available();
        result = sffi_bool_result(r, 1);
    }
    return result;
}

/* rt_torch_tensor_arange(start, end, step) */
SFFI_CALL(rt_torch_tensor_arange) {
    if (!sffi_arity("rt_torch_tensor_arange", nargs, 3)) return NULL;
    double a_start = 0.0;
    double a_end = 0.0;
    double a_step = 0.0;
    PyObject *result = NULL;
    if (!sffi_f64(args[0], &a_start, "start") || !sffi_f64(args[1], &a_end, "end") || !sffi_f64(args[2], &a_step, "step")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_arange(a_start, a_end, a_step);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_pow(handle, exponent) */
SFFI_CALL(rt_torch_torchtensor_pow) {
    if (!sffi_arity("rt_torch_torchtensor_pow", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_exponent = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_exponent, "exponent")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_pow(a_handle, a_exponent);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sum(handle) */
SFFI_CALL(rt_torch_torchtensor_sum) {
    if (!sffi_arity("rt_torch_torchtensor_sum", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sum(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mean_dim(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_mean_dim) {
    if (!sffi_arity("rt_torch_torchtensor_mean_dim", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mean_dim(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_min(handle) */
SFFI_CALL(rt_torch_torchtensor_min) {
    if (!sffi_arity("rt_torch_torchtensor_min", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_min(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_min_dim(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_min_dim) {
    if (!sffi_arity("rt_torch_torchtensor_min_dim", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_min_dim(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_var(handle) */
SFFI_CALL(rt_torch_torchtensor_var) {
    if (!sffi_arity("rt_torch_torchtensor_var", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_var(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_stack(tensors, dim) */
SFFI_CALL(rt_torch_torchtensor_stack) {
    if (!sffi_arity("rt_torch_torchtensor_stack", nargs, 2)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_stack(a_tensors.data, a_tensors.len, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return sffi_warned(result);
}

/* rt_torch_nn_avg_pool2d(input, kernel_size, stride, padding) */
SFFI_CALL(rt_torch_nn_avg_pool2d) {
    if (!sffi_arity("rt_torch_nn_avg_pool2d", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_i64_list(args[3], &a_padding, "padding")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_avg_pool2d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_padding.data, a_padding.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clone(handle) */
SFFI_CALL(rt_torch_torchtensor_clone) {
    if (!sffi_arity("rt_torch_torchtensor_clone", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clone(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_from_i64(data, dims) */
SFFI_CALL(rt_torch_tensor_from_i64) {
    if (!sffi_arity("rt_torch_tensor_from_i64", nargs, 2)) return NULL;
    sffi_i64s a_data = SFFI_ARRAY_INIT;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_data, "data") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_from_i64(a_data.data, a_data.len, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_data);
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_to_dtype(handle, dtype) */
SFFI_CALL(rt_torch_torchtensor_to_dtype) {
    if (!sffi_arity("rt_torch_torchtensor_to_dtype", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_dtype(a_handle, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_rsub_scalar(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_rsub_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_rsub_scalar", nargs, 3)) return NULL;
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
            r = rt_torch_torchtensor_rsub_scalar(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mul_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_mul_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_mul_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mul_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_min_other(input, other) */
SFFI_CALL(rt_torch_torchtensor_min_other) {
    if (!sffi_arity("rt_torch_torchtensor_min_other", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_min_other(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_binary_cross_entropy_v2(input, target, weight, reduction) */
SFFI_CALL(rt_torch_nn_binary_cross_entropy_v2) {
    if (!sffi_arity("rt_torch_nn_binary_cross_entropy_v2", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_text_arg(args[3], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_binary_cross_entropy_v2(a_input, a_target, a_weight, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_contiguous_v2(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_contiguous_v2) {
    if (!sffi_arity("rt_torch_torchtensor_contiguous_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_contiguous_v2(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_nanmean(input, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_nanmean) {
    if (!sffi_arity("rt_torch_torchtensor_nanmean", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[4], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nanmean(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_std_mean_dim(input, dim, dim_present, unbiased, keepdim) */
SFFI_CALL(rt_torch_torchtensor_std_mean_dim) {
    if (!sffi_arity("rt_torch_torchtensor_std_mean_dim", nargs, 5)) return NULL;
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
                n = rt_torch_torchtensor_std_mean_dim(a_input, a_dim.data, a_dim.len, a_dim_present, a_unbiased, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_repeat_interleave_self_int(input, repeats, dim, dim_present, output_size, output_size_present) */
SFFI_CALL(rt_torch_torchtensor_repeat_interleave_self_int) {
    if (!sffi_arity("rt_torch_torchtensor_repeat_interleave_self_int", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_repeats = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    int64_t a_output_size = 0;
    bool a_output_size_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_repeats, "repeats") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_i64(args[4], &a_output_size, "output_size") || !sffi_bool(args[5], &a_output_size_present, "output_size_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_repeat_interleave_self_int(a_input, a_repeats, a_dim, a_dim_present, a_output_size, a_output_size_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_movedim_int(input, source, destination) */
SFFI_CALL(rt_torch_torchtensor_movedim_int) {
    if (!sffi_arity("rt_torch_torchtensor_movedim_int", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_source = 0;
    int64_t a_destination = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_source, "source") || !sffi_i64(args[2], &a_destination, "destination")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_movedim_int(a_input, a_source, a_destination);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_hsplit_int(input, sections) */
SFFI_CALL(rt_torch_torchtensor_hsplit_int) {
    if (!sffi_arity("rt_torch_torchtensor_hsplit_int", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_sections = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_sections, "sections")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_hsplit_int(a_input, a_sections, out.data, out.cap);
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

/* rt_torch_torchtensor_nonzero(input) */
SFFI_CALL(rt_torch_torchtensor_nonzero) {
    if (!sffi_arity("rt_torch_torchtensor_nonzero", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nonzero(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_diagonal_scatter(input, src, offset, dim1, dim2) */
SFFI_CALL(rt_torch_torchtensor_diagonal_scatter) {
    if (!sffi_arity("rt_torch_torchtensor_diagonal_scatter", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_src = 0;
    int64_t a_offset = 0;
    int64_t a_dim1 = 0;
    int64_t a_dim2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_src, "src") || !sffi_i64(args[2], &a_offset, "offset") || !sffi_i64(args[3], &a_dim1, "dim1") || !sffi_i64(args[4], &a_dim2, "dim2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diagonal_scatter(a_input, a_src, a_offset, a_dim1, a_dim2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_normal_tensor_tensor(mean, std_arg) */
SFFI_CALL(rt_torch_torchtensor_normal_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_normal_tensor_tensor", nargs, 2)) return NULL;
    int64_t a_mean = 0;
    int64_t a_std_arg = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_mean, "mean") || !sffi_tensor_arg(args[1], &a_std_arg, "std_arg")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_normal_tensor_tensor(a_mean, a_std_arg);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_addmv(input, mat, vec, beta, alpha) */
SFFI_CALL(rt_torch_torchtensor_addmv) {
    if (!sffi_arity("rt_torch_torchtensor_addmv", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_mat = 0;
    int64_t a_vec = 0;
    double a_beta = 0.0;
    int64_t a_beta_int = 0;
    int32_t a_beta_kind = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mat, "mat") || !sffi_tensor_arg(args[2], &a_vec, "vec") || !sffi_scalar_arg(args[3], &a_beta, &a_beta_int, &a_beta_kind, "beta", 0) || !sffi_scalar_arg(args[4], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_addmv(a_input, a_mat, a_vec, a_beta, a_beta_int, a_beta_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_ldl_factor_ex(input, hermitian, check_errors) */
SFFI_CALL(rt_torch_torchtensor_linalg_ldl_factor_ex) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_ldl_factor_ex", nargs, 3)) return NULL;
    int64_t a_input = 0;
    bool a_hermitian = false;
    bool a_check_errors = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_hermitian, "hermitian") || !sffi_bool(args[2], &a_check_errors, "check_errors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_ldl_factor_ex(a_input, a_hermitian, a_check_errors, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_vander(x, n, n_present) */
SFFI_CALL(rt_torch_torchtensor_linalg_vander) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_vander", nargs, 3)) return NULL;
    int64_t a_x = 0;
    int64_t a_n = 0;
    bool a_n_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x, "x") || !sffi_i64(args[1], &a_n, "n") || !sffi_bool(args[2], &a_n_present, "n_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_vander(a_x, a_n, a_n_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_solve(a, b, left) */
SFFI_CALL(rt_torch_torchtensor_linalg_solve) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_solve", nargs, 3)) return NULL;
    int64_t a_a = 0;
    int64_t a_b = 0;
    bool a_left = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_tensor_arg(args[1], &a_b, "b") || !sffi_bool(args[2], &a_left, "left")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_solve(a_a, a_b, a_left);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_solve_triangular(input, b, upper, left, unitriangular) */
SFFI_CALL(rt_torch_torchtensor_linalg_solve_triangular) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_solve_triangular", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_b = 0;
    bool a_upper = false;
    bool a_left = false;
    bool a_unitriangular = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_b, "b") || !sffi_bool(args[2], &a_upper, "upper") || !sffi_bool(args[3], &a_left, "left") || !sffi_bool(args[4], &a_unitriangular, "unitriangular")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_solve_triangular(a_input, a_b, a_upper, a_left, a_unitriangular);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_floor(input) */
SFFI_CALL(rt_torch_torchtensor_floor) {
    if (!sffi_arity("rt_torch_torchtensor_floor", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_floor(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_signbit(input) */
SFFI_CALL(rt_torch_torchtensor_signbit) {
    if (!sffi_arity("rt_torch_torchtensor_signbit", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_signbit(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_xlogy_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_xlogy_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_xlogy_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_xlogy_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_le_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_le_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_le_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_le_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_equal(input, other) */
SFFI_CALL(rt_torch_torchtensor_equal) {
    if (!sffi_arity("rt_torch_torchtensor_equal", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_equal(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_allclose(input, other, rtol, atol, equal_nan) */
SFFI_CALL(rt_torch_torchtensor_allclose) {
    if (!sffi_arity("rt_torch_torchtensor_allclose", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_rtol = 0.0;
    double a_atol = 0.0;
    bool a_equal_nan = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_f64(args[2], &a_rtol, "rtol") || !sffi_f64(args[3], &a_atol, "atol") || !sffi_bool(args[4], &a_equal_nan, "equal_nan")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_allclose(a_input, a_other, a_rtol, a_atol, a_equal_nan);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_isneginf(input) */
SFFI_CALL(rt_torch_torchtensor_isneginf) {
    if (!sffi_arity("rt_torch_torchtensor_isneginf", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isneginf(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_bitwise_or_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_bitwise_or_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_bitwise_or_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bitwise_or_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_isin_tensor_tensor(elements, test_elements, assume_unique, invert) */
SFFI_CALL(rt_torch_torchtensor_isin_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_isin_tensor_tensor", nargs, 4)) return NULL;
    int64_t a_elements = 0;
    int64_t a_test_elements = 0;
    bool a_assume_unique = false;
    bool a_invert = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_elements, "elements") || !sffi_tensor_arg(args[1], &a_test_elements, "test_elements") || !sffi_bool(args[2], &a_assume_unique, "assume_unique") || !sffi_bool(args[3], &a_invert, "invert")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isin_tensor_tensor(a_elements, a_test_elements, a_assume_unique, a_invert);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_isin_scalar_tensor(element, test_elements, assume_unique, invert) */
SFFI_CALL(rt_torch_tensor_isin_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_isin_scalar_tensor", nargs, 4)) return NULL;
    double a_element = 0.0;
    int64_t a_element_int = 0;
    int32_t a_element_kind = 0;
    int64_t a_test_elements = 0;
    bool a_assume_unique = false;
    bool a_invert = false;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_element, &a_element_int, &a_element_kind, "element", 0) || !sffi_tensor_arg(args[1], &a_test_elements, "test_elements") || !sffi_bool(args[2], &a_assume_unique, "assume_unique") || !sffi_bool(args[3], &a_invert, "invert")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_isin_scalar_tensor(a_element, a_element_int, a_element_kind, a_test_elements, a_assume_unique, a_invert);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clamp_(input, min, max) */
SFFI_CALL(rt_torch_torchtensor_clamp_) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_min = 0.0;
    int64_t a_min_int = 0;
    int32_t a_min_kind = 0;
    double a_max = 0.0;
    int64_t a_max_int = 0;
    int32_t a_max_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_min, &a_min_int, &a_min_kind, "min", 1) || !sffi_scalar_arg(args[2], &a_max, &a_max_int, &a_max_kind, "max", 1)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_clamp_(a_input, a_min, a_min_int, a_min_kind, a_max, a_max_int, a_max_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_multilabel_margin_loss(input, target, reduction) */
SFFI_CALL(rt_torch_nn_multilabel_margin_loss) {
    if (!sffi_arity("rt_torch_nn_multilabel_margin_loss", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_multilabel_margin_loss(a_input, a_target, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_pad(input, pad, mode, value, value_present) */
SFFI_CALL(rt_torch_nn_pad) {
    if (!sffi_arity("rt_torch_nn_pad", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_pad = SFFI_ARRAY_INIT;
    sffi_text a_mode = SFFI_TEXT_INIT;
    double a_value = 0.0;
    bool a_value_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_pad, "pad") || !sffi_text_arg(args[2], &a_mode, "mode") || !sffi_f64(args[3], &a_value, "value") || !sffi_bool(args[4], &a_value_present, "value_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pad(a_input, a_pad.data, a_pad.len, a_mode.data, a_value, a_value_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_pad);
    sffi_text_free(&a_mode);
    return sffi_warned(result);
}

/* rt_torch_autocast_end() */
SFFI_CALL(rt_torch_autocast_end) {
    if (!sffi_arity("rt_torch_autocast_end", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_autocast_end();
        result = sffi_void_result();
    }
    return result;
}

/* rt_torch_autograd_grad_fn_name(handle) */
SFFI_CALL(rt_torch_autograd_grad_fn_name) {
    if (!sffi_arity("rt_torch_autograd_grad_fn_name", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        const char* r;
        r = rt_torch_autograd_grad_fn_name(a_handle);
        result = sffi_text_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_dist_is_backend_available(backend) */
SFFI_CALL(rt_torch_dist_is_backend_available) {
    if (!sffi_arity("rt_torch_dist_is_backend_available", nargs, 1)) return NULL;
    sffi_text a_backend = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[0], &a_backend, "backend")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_dist_is_backend_available(a_backend.data);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    sffi_text_free(&a_backend);
    return sffi_warned(result);
}

/* rt_torch_dist_all_reduce_(tensor, group, op) */
SFFI_CALL(rt_torch_dist_all_reduce_) {
    if (!sffi_arity("rt_torch_dist_all_reduce_", nargs, 3)) return NULL;
    int64_t a_tensor = 0;
    int64_t a_group = 0;
    sffi_text a_op = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_tensor, "tensor") || !sffi_i64(args[1], &a_group, "group") || !sffi_text_arg(args[2], &a_op, "op")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_dist_all_reduce_(a_tensor, a_group, a_op.data);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_text_free(&a_op);
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_10[] = {
    {"rt_torch_available", (PyCFunction)(void (*)(void))sffi_call_rt_torch_available, METH_FASTCALL, NULL},
    {"rt_torch_tensor_arange", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_arange, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_pow", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_pow, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sum", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sum, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mean_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mean_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_min", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_min, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_min_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_min_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_var", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_var, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_stack", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_stack, METH_FASTCALL, NULL},
    {"rt_torch_nn_avg_pool2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_avg_pool2d, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clone", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clone, METH_FASTCALL, NULL},
    {"rt_torch_tensor_from_i64", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_from_i64, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_dtype, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_rsub_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_rsub_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mul_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mul_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_min_other", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_min_other, METH_FASTCALL, NULL},
    {"rt_torch_nn_binary_cross_entropy_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_binary_cross_entropy_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_contiguous_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_contiguous_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nanmean", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nanmean, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_std_mean_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_std_mean_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_repeat_interleave_self_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_repeat_interleave_self_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_movedim_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_movedim_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_hsplit_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_hsplit_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nonzero", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nonzero, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_diagonal_scatter", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_diagonal_scatter, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_normal_tensor_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_normal_tensor_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_addmv", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_addmv, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_ldl_factor_ex", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_ldl_factor_ex, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_vander", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_vander, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_solve", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_solve, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_solve_triangular", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_solve_triangular, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_floor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_floor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_signbit", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_signbit, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_xlogy_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_xlogy_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_le_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_le_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_equal", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_equal, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_allclose", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_allclose, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_isneginf", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_isneginf, METH_FASTCALL, NULL},
    {"rt_torch_tensor_bitwise_or_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_bitwise_or_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_isin_tensor_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_isin_tensor_tensor, METH_FASTCALL, NULL},
    {"rt_torch_tensor_isin_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_isin_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clamp_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clamp_, METH_FASTCALL, NULL},
    {"rt_torch_nn_multilabel_margin_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_multilabel_margin_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_pad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_pad, METH_FASTCALL, NULL},
    {"rt_torch_autocast_end", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autocast_end, METH_FASTCALL, NULL},
    {"rt_torch_autograd_grad_fn_name", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_grad_fn_name, METH_FASTCALL, NULL},
    {"rt_torch_dist_is_backend_available", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_is_backend_available, METH_FASTCALL, NULL},
    {"rt_torch_dist_all_reduce_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_all_reduce_, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
