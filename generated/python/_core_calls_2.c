// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 2 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
double rt_torch_torchtensor_norm(int64_t handle);
int64_t rt_torch_torchtensor_reshape(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_contiguous(int64_t handle);
void rt_torch_autograd_zero_grad(int64_t handle);
int64_t rt_torch_cuda_memory_allocated(int32_t device_id);
int64_t rt_torch_torchtensor_stride_int(int64_t input, int64_t dim);
bool rt_torch_torchtensor_is_contiguous(int64_t input, const char* memory_format);
void rt_torch_torchtensor_add_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_reciprocal(int64_t input);
int64_t rt_torch_nn_linear_v2(int64_t input, int64_t weight, int64_t bias);
int64_t rt_torch_nn_nll_loss_v2(int64_t input, int64_t target, int64_t weight, int64_t ignore_index, const char* reduction);
int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag);
int64_t rt_torch_torchtensor_to_other(int64_t input, int64_t other, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_torchtensor_clone_v2(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_prod(int64_t input, int32_t dtype);
int64_t rt_torch_torchtensor_nansum(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_nanmedian_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_split_sizes(int64_t input, const int64_t* split_size, int64_t split_size_len, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_ravel(int64_t input);
int64_t rt_torch_torchtensor_diag(int64_t input, int64_t diagonal);
int64_t rt_torch_torchtensor_kron(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_reshape_as(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_scatter_value(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_tensor_randint(int64_t high, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_new_zeros(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_mv(int64_t input, int64_t vec);
int64_t rt_torch_torchtensor_addr(int64_t input, int64_t vec1, int64_t vec2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_logdet(int64_t input);
int64_t rt_torch_torchtensor_cumulative_trapezoid_x(int64_t y, int64_t x, int64_t dim);
int64_t rt_torch_torchtensor_linalg_cholesky(int64_t input, bool upper);
int64_t rt_torch_torchtensor_linalg_matrix_norm_str_ord(int64_t input, const char* ord, const int64_t* dim, int64_t dim_len, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_atan(int64_t input);
int64_t rt_torch_torchtensor_round_decimals(int64_t input, int64_t decimals);
int64_t rt_torch_torchtensor_sinc(int64_t input);
int64_t rt_torch_torchtensor_log2(int64_t input);
int64_t rt_torch_torchtensor_remainder_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_floor_divide(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_true_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_clamp_min_tensor(int64_t input, int64_t min);
int64_t rt_torch_torchtensor_le_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_isclose(int64_t input, int64_t other, double rtol, double atol, bool equal_nan);
int64_t rt_torch_torchtensor_isfinite(int64_t input);
int64_t rt_torch_torchtensor_bitwise_left_shift_tensor(int64_t input, int64_t other);
int64_t rt_torch_tensor_bitwise_right_shift_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_masked_scatter(int64_t input, int64_t mask, int64_t source);
void rt_torch_torchtensor_fill_tensor_(int64_t input, int64_t value);
void rt_torch_torchtensor_bitwise_xor_tensor_(int64_t input, int64_t other);
int32_t rt_torch_torchtensor_result_type_tensor(int64_t tensor, int64_t other);
int64_t rt_torch_nn_hardswish(int64_t input);
int64_t rt_torch_torchtensor_selu(int64_t input);
int64_t rt_torch_torchtensor_hardtanh(int64_t input, double min_val, int64_t min_val_int, int32_t min_val_kind, double max_val, int64_t max_val_int, int32_t max_val_kind);
int64_t rt_torch_torchtensor_relu6(int64_t input);
int64_t rt_torch_nn_multilabel_soft_margin_loss(int64_t input, int64_t target, int64_t weight, const char* reduction);
int64_t rt_torch_nn_max_pool3d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode);
int64_t rt_torch_nn_local_response_norm(int64_t input, int64_t size, double alpha, double beta, double k);
int64_t rt_torch_nn_normalize(int64_t input, double p, int64_t dim, double eps);
int64_t rt_torch_nn_pairwise_distance(int64_t x1, int64_t x2, double p, double eps, bool keepdim);
int64_t rt_torch_nn_pixel_unshuffle(int64_t input, int64_t downscale_factor);
int64_t rt_torch_nn_alpha_dropout(int64_t input, double p, bool training);
const char* rt_torch_jit_method_names(int64_t module);

/* rt_torch_torchtensor_norm(handle) */
SFFI_CALL(rt_torch_torchtensor_norm) {
    if (!sffi_arity("rt_torch_torchtensor_norm", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_norm(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_reshape(handle, dims) */
SFFI_CALL(rt_torch_torchtensor_reshape) {
    if (!sffi_arity("rt_torch_torchtensor_reshape", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_reshape(a_handle, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_contiguous(handle) */
SFFI_CALL(rt_torch_torchtensor_contiguous) {
    if (!sffi_arity("rt_torch_torchtensor_contiguous", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_contiguous(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_zero_grad(handle) */
SFFI_CALL(rt_torch_autograd_zero_grad) {
    if (!sffi_arity("rt_torch_autograd_zero_grad", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_zero_grad(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_cuda_memory_allocated(device_id) */
SFFI_CALL(rt_torch_cuda_memory_allocated) {
    if (!sffi_arity("rt_torch_cuda_memory_allocated", nargs, 1)) return NULL;
    int32_t a_device_id = 0;
    PyObject *result = NULL;
    if (!sffi_i32(args[0], &a_device_id, "device_id")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_cuda_memory_allocated(a_device_id);
        Py_END_ALLOW_THREADS
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_stride_int(input, dim) */
SFFI_CALL(rt_torch_torchtensor_stride_int) {
    if (!sffi_arity("rt_torch_torchtensor_stride_int", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        r = rt_torch_torchtensor_stride_int(a_input, a_dim);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_is_contiguous(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_is_contiguous) {
    if (!sffi_arity("rt_torch_torchtensor_is_contiguous", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        bool r;
        r = rt_torch_torchtensor_is_contiguous(a_input, a_memory_format.data);
        result = sffi_bool_result(r, 1);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_torchtensor_add_scalar_v2_(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_scalar_v2_) {
    if (!sffi_arity("rt_torch_torchtensor_add_scalar_v2_", nargs, 3)) return NULL;
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
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_add_scalar_v2_(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_reciprocal(input) */
SFFI_CALL(rt_torch_torchtensor_reciprocal) {
    if (!sffi_arity("rt_torch_torchtensor_reciprocal", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_reciprocal(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_linear_v2(input, weight, bias) */
SFFI_CALL(rt_torch_nn_linear_v2) {
    if (!sffi_arity("rt_torch_nn_linear_v2", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_linear_v2(a_input, a_weight, a_bias);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_nll_loss_v2(input, target, weight, ignore_index, reduction) */
SFFI_CALL(rt_torch_nn_nll_loss_v2) {
    if (!sffi_arity("rt_torch_nn_nll_loss_v2", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    int64_t a_ignore_index = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_i64(args[3], &a_ignore_index, "ignore_index") || !sffi_text_arg(args[4], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_nll_loss_v2(a_input, a_target, a_weight, a_ignore_index, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_complex(real, imag) */
SFFI_CALL(rt_torch_torchtensor_complex) {
    if (!sffi_arity("rt_torch_torchtensor_complex", nargs, 2)) return NULL;
    int64_t a_real = 0;
    int64_t a_imag = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_real, "real") || !sffi_tensor_arg(args[1], &a_imag, "imag")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_complex(a_real, a_imag);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_to_other(input, other, non_blocking, copy, memory_format) */
SFFI_CALL(rt_torch_torchtensor_to_other) {
    if (!sffi_arity("rt_torch_torchtensor_to_other", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    bool a_non_blocking = false;
    bool a_copy = false;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_bool(args[2], &a_non_blocking, "non_blocking") || !sffi_bool(args[3], &a_copy, "copy") || !sffi_text_arg(args[4], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_other(a_input, a_other, a_non_blocking, a_copy, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clone_v2(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_clone_v2) {
    if (!sffi_arity("rt_torch_torchtensor_clone_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clone_v2(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_prod(input, dtype) */
SFFI_CALL(rt_torch_torchtensor_prod) {
    if (!sffi_arity("rt_torch_torchtensor_prod", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_prod(a_input, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_nansum(input, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_nansum) {
    if (!sffi_arity("rt_torch_torchtensor_nansum", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_nansum(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_nanmedian_dim(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_nanmedian_dim) {
    if (!sffi_arity("rt_torch_torchtensor_nanmedian_dim", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_nanmedian_dim(a_input, a_dim, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_split_sizes(input, split_size, dim) */
SFFI_CALL(rt_torch_torchtensor_split_sizes) {
    if (!sffi_arity("rt_torch_torchtensor_split_sizes", nargs, 3)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_split_size = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_split_size, "split_size") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_split_sizes(a_input, a_split_size.data, a_split_size.len, a_dim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_split_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_ravel(input) */
SFFI_CALL(rt_torch_torchtensor_ravel) {
    if (!sffi_arity("rt_torch_torchtensor_ravel", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ravel(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_diag(input, diagonal) */
SFFI_CALL(rt_torch_torchtensor_diag) {
    if (!sffi_arity("rt_torch_torchtensor_diag", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_diagonal = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_diagonal, "diagonal")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diag(a_input, a_diagonal);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_kron(input, other) */
SFFI_CALL(rt_torch_torchtensor_kron) {
    if (!sffi_arity("rt_torch_torchtensor_kron", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_kron(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_reshape_as(input, other) */
SFFI_CALL(rt_torch_torchtensor_reshape_as) {
    if (!sffi_arity("rt_torch_torchtensor_reshape_as", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_reshape_as(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_scatter_value(input, dim, index, value) */
SFFI_CALL(rt_torch_torchtensor_scatter_value) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_value", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_scalar_arg(args[3], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_value(a_input, a_dim, a_index, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_randint(high, size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_randint) {
    if (!sffi_arity("rt_torch_tensor_randint", nargs, 4)) return NULL;
    int64_t a_high = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_high, "high") || !sffi_i64_list(args[1], &a_size, "size") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_randint(a_high, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_tensor_scalar_tensor(s, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_scalar_tensor", nargs, 3)) return NULL;
    double a_s = 0.0;
    int64_t a_s_int = 0;
    int32_t a_s_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_s, &a_s_int, &a_s_kind, "s", 0) || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_scalar_tensor(a_s, a_s_int, a_s_kind, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_new_zeros(input, size, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_new_zeros) {
    if (!sffi_arity("rt_torch_torchtensor_new_zeros", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_new_zeros(a_input, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mv(input, vec) */
SFFI_CALL(rt_torch_torchtensor_mv) {
    if (!sffi_arity("rt_torch_torchtensor_mv", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_vec = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_vec, "vec")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mv(a_input, a_vec);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_addr(input, vec1, vec2, beta, alpha) */
SFFI_CALL(rt_torch_torchtensor_addr) {
    if (!sffi_arity("rt_torch_torchtensor_addr", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_vec1 = 0;
    int64_t a_vec2 = 0;
    double a_beta = 0.0;
    int64_t a_beta_int = 0;
    int32_t a_beta_kind = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_vec1, "vec1") || !sffi_tensor_arg(args[2], &a_vec2, "vec2") || !sffi_scalar_arg(args[3], &a_beta, &a_beta_int, &a_beta_kind, "beta", 0) || !sffi_scalar_arg(args[4], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_addr(a_input, a_vec1, a_vec2, a_beta, a_beta_int, a_beta_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logdet(input) */
SFFI_CALL(rt_torch_torchtensor_logdet) {
    if (!sffi_arity("rt_torch_torchtensor_logdet", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logdet(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cumulative_trapezoid_x(y, x, dim) */
SFFI_CALL(rt_torch_torchtensor_cumulative_trapezoid_x) {
    if (!sffi_arity("rt_torch_torchtensor_cumulative_trapezoid_x", nargs, 3)) return NULL;
    int64_t a_y = 0;
    int64_t a_x = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_y, "y") || !sffi_tensor_arg(args[1], &a_x, "x") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cumulative_trapezoid_x(a_y, a_x, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_cholesky(input, upper) */
SFFI_CALL(rt_torch_torchtensor_linalg_cholesky) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_cholesky", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_upper = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_upper, "upper")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_cholesky(a_input, a_upper);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_matrix_norm_str_ord(input, ord, dim, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_norm_str_ord) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_norm_str_ord", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_text a_ord = SFFI_TEXT_INIT;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_ord, "ord") || !sffi_i64_list(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[4], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_norm_str_ord(a_input, a_ord.data, a_dim.data, a_dim.len, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_ord);
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_atan(input) */
SFFI_CALL(rt_torch_torchtensor_atan) {
    if (!sffi_arity("rt_torch_torchtensor_atan", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atan(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_round_decimals(input, decimals) */
SFFI_CALL(rt_torch_torchtensor_round_decimals) {
    if (!sffi_arity("rt_torch_torchtensor_round_decimals", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_decimals = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_decimals, "decimals")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_round_decimals(a_input, a_decimals);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sinc(input) */
SFFI_CALL(rt_torch_torchtensor_sinc) {
    if (!sffi_arity("rt_torch_torchtensor_sinc", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sinc(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_log2(input) */
SFFI_CALL(rt_torch_torchtensor_log2) {
    if (!sffi_arity("rt_torch_torchtensor_log2", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log2(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_remainder_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_remainder_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_remainder_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_remainder_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_floor_divide(input, other) */
SFFI_CALL(rt_torch_torchtensor_floor_divide) {
    if (!sffi_arity("rt_torch_torchtensor_floor_divide", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_floor_divide(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_true_divide_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_true_divide_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_true_divide_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_true_divide_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clamp_min_tensor(input, min) */
SFFI_CALL(rt_torch_torchtensor_clamp_min_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_min_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_min = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_min, "min")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp_min_tensor(a_input, a_min);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_le_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_le_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_le_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_le_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_isclose(input, other, rtol, atol, equal_nan) */
SFFI_CALL(rt_torch_torchtensor_isclose) {
    if (!sffi_arity("rt_torch_torchtensor_isclose", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_rtol = 0.0;
    double a_atol = 0.0;
    bool a_equal_nan = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_f64(args[2], &a_rtol, "rtol") || !sffi_f64(args[3], &a_atol, "atol") || !sffi_bool(args[4], &a_equal_nan, "equal_nan")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isclose(a_input, a_other, a_rtol, a_atol, a_equal_nan);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_isfinite(input) */
SFFI_CALL(rt_torch_torchtensor_isfinite) {
    if (!sffi_arity("rt_torch_torchtensor_isfinite", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isfinite(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_left_shift_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_left_shift_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_left_shift_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_left_shift_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_bitwise_right_shift_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_bitwise_right_shift_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_bitwise_right_shift_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bitwise_right_shift_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_masked_scatter(input, mask, source) */
SFFI_CALL(rt_torch_torchtensor_masked_scatter) {
    if (!sffi_arity("rt_torch_torchtensor_masked_scatter", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    int64_t a_source = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask") || !sffi_tensor_arg(args[2], &a_source, "source")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_masked_scatter(a_input, a_mask, a_source);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_fill_tensor_(input, value) */
SFFI_CALL(rt_torch_torchtensor_fill_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_fill_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_value = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_value, "value")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_fill_tensor_(a_input, a_value);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_xor_tensor_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_xor_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_xor_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_xor_tensor_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_result_type_tensor(tensor, other) */
SFFI_CALL(rt_torch_torchtensor_result_type_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_result_type_tensor", nargs, 2)) return NULL;
    int64_t a_tensor = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_tensor, "tensor") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_result_type_tensor(a_tensor, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_dtype_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_hardswish(input) */
SFFI_CALL(rt_torch_nn_hardswish) {
    if (!sffi_arity("rt_torch_nn_hardswish", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_hardswish(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_selu(input) */
SFFI_CALL(rt_torch_torchtensor_selu) {
    if (!sffi_arity("rt_torch_torchtensor_selu", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_selu(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_hardtanh(input, min_val, max_val) */
SFFI_CALL(rt_torch_torchtensor_hardtanh) {
    if (!sffi_arity("rt_torch_torchtensor_hardtanh", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_min_val = 0.0;
    int64_t a_min_val_int = 0;
    int32_t a_min_val_kind = 0;
    double a_max_val = 0.0;
    int64_t a_max_val_int = 0;
    int32_t a_max_val_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_min_val, &a_min_val_int, &a_min_val_kind, "min_val", 0) || !sffi_scalar_arg(args[2], &a_max_val, &a_max_val_int, &a_max_val_kind, "max_val", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_hardtanh(a_input, a_min_val, a_min_val_int, a_min_val_kind, a_max_val, a_max_val_int, a_max_val_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_relu6(input) */
SFFI_CALL(rt_torch_torchtensor_relu6) {
    if (!sffi_arity("rt_torch_torchtensor_relu6", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_relu6(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_multilabel_soft_margin_loss(input, target, weight, reduction) */
SFFI_CALL(rt_torch_nn_multilabel_soft_margin_loss) {
    if (!sffi_arity("rt_torch_nn_multilabel_soft_margin_loss", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_text_arg(args[3], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_multilabel_soft_margin_loss(a_input, a_target, a_weight, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_max_pool3d(input, kernel_size, stride, stride_present, padding, dilation, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool3d) {
    if (!sffi_arity("rt_torch_nn_max_pool3d", nargs, 7)) return NULL;
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
            r = rt_torch_nn_max_pool3d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_ceil_mode);
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

/* rt_torch_nn_local_response_norm(input, size, alpha, beta, k) */
SFFI_CALL(rt_torch_nn_local_response_norm) {
    if (!sffi_arity("rt_torch_nn_local_response_norm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_size = 0;
    double a_alpha = 0.0;
    double a_beta = 0.0;
    double a_k = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_size, "size") || !sffi_f64(args[2], &a_alpha, "alpha") || !sffi_f64(args[3], &a_beta, "beta") || !sffi_f64(args[4], &a_k, "k")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_local_response_norm(a_input, a_size, a_alpha, a_beta, a_k);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_normalize(input, p, dim, eps) */
SFFI_CALL(rt_torch_nn_normalize) {
    if (!sffi_arity("rt_torch_nn_normalize", nargs, 4)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    int64_t a_dim = 0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_f64(args[3], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_normalize(a_input, a_p, a_dim, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_pairwise_distance(x1, x2, p, eps, keepdim) */
SFFI_CALL(rt_torch_nn_pairwise_distance) {
    if (!sffi_arity("rt_torch_nn_pairwise_distance", nargs, 5)) return NULL;
    int64_t a_x1 = 0;
    int64_t a_x2 = 0;
    double a_p = 0.0;
    double a_eps = 0.0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x1, "x1") || !sffi_tensor_arg(args[1], &a_x2, "x2") || !sffi_f64(args[2], &a_p, "p") || !sffi_f64(args[3], &a_eps, "eps") || !sffi_bool(args[4], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pairwise_distance(a_x1, a_x2, a_p, a_eps, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_pixel_unshuffle(input, downscale_factor) */
SFFI_CALL(rt_torch_nn_pixel_unshuffle) {
    if (!sffi_arity("rt_torch_nn_pixel_unshuffle", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_downscale_factor = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_downscale_factor, "downscale_factor")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pixel_unshuffle(a_input, a_downscale_factor);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_alpha_dropout(input, p, training) */
SFFI_CALL(rt_torch_nn_alpha_dropout) {
    if (!sffi_arity("rt_torch_nn_alpha_dropout", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    bool a_training = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p") || !sffi_bool(args[2], &a_training, "training")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_alpha_dropout(a_input, a_p, a_training);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_jit_method_names(module) */
SFFI_CALL(rt_torch_jit_method_names) {
    if (!sffi_arity("rt_torch_jit_method_names", nargs, 1)) return NULL;
    int64_t a_module = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module")) goto done;
    {
        const char* r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_jit_method_names(a_module);
        Py_END_ALLOW_THREADS
        result = sffi_text_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_2[] = {
    {"rt_torch_torchtensor_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_norm, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_reshape", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_reshape, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_contiguous", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_contiguous, METH_FASTCALL, NULL},
    {"rt_torch_autograd_zero_grad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_zero_grad, METH_FASTCALL, NULL},
    {"rt_torch_cuda_memory_allocated", (PyCFunction)(void (*)(void))sffi_call_rt_torch_cuda_memory_allocated, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_stride_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_stride_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_is_contiguous", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_is_contiguous, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_add_scalar_v2_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add_scalar_v2_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_reciprocal", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_reciprocal, METH_FASTCALL, NULL},
    {"rt_torch_nn_linear_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_linear_v2, METH_FASTCALL, NULL},
    {"rt_torch_nn_nll_loss_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_nll_loss_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_complex", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_complex, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_other", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_other, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clone_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clone_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_prod", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_prod, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nansum", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nansum, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nanmedian_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nanmedian_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_split_sizes", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_split_sizes, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ravel", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ravel, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_diag", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_diag, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_kron", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_kron, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_reshape_as", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_reshape_as, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_scatter_value", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_scatter_value, METH_FASTCALL, NULL},
    {"rt_torch_tensor_randint", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_randint, METH_FASTCALL, NULL},
    {"rt_torch_tensor_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_new_zeros", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_new_zeros, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mv", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mv, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_addr", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_addr, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logdet", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logdet, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cumulative_trapezoid_x", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cumulative_trapezoid_x, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_cholesky", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_cholesky, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_matrix_norm_str_ord", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_matrix_norm_str_ord, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_atan", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_atan, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_round_decimals", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_round_decimals, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sinc", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sinc, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_log2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_log2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_remainder_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_remainder_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_floor_divide", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_floor_divide, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_true_divide_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_true_divide_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clamp_min_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clamp_min_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_le_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_le_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_isclose", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_isclose, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_isfinite", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_isfinite, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_left_shift_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_left_shift_tensor, METH_FASTCALL, NULL},
    {"rt_torch_tensor_bitwise_right_shift_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_bitwise_right_shift_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_masked_scatter", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_masked_scatter, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_fill_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_fill_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_xor_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_xor_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_result_type_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_result_type_tensor, METH_FASTCALL, NULL},
    {"rt_torch_nn_hardswish", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_hardswish, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_selu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_selu, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_hardtanh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_hardtanh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_relu6", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_relu6, METH_FASTCALL, NULL},
    {"rt_torch_nn_multilabel_soft_margin_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_multilabel_soft_margin_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_pool3d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_pool3d, METH_FASTCALL, NULL},
    {"rt_torch_nn_local_response_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_local_response_norm, METH_FASTCALL, NULL},
    {"rt_torch_nn_normalize", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_normalize, METH_FASTCALL, NULL},
    {"rt_torch_nn_pairwise_distance", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_pairwise_distance, METH_FASTCALL, NULL},
    {"rt_torch_nn_pixel_unshuffle", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_pixel_unshuffle, METH_FASTCALL, NULL},
    {"rt_torch_nn_alpha_dropout", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_alpha_dropout, METH_FASTCALL, NULL},
    {"rt_torch_jit_method_names", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_method_names, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
