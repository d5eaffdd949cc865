// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 1 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_torchtensor_mul_scalar(int64_t handle, double scalar);
int64_t rt_torch_torchtensor_eig(int64_t handle);
int64_t rt_torch_torchtensor_sum_dim(int64_t handle, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_argmin(int64_t handle, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_permute(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_nn_batch_norm(int64_t input, int64_t running_mean, int64_t running_var, int64_t weight, int64_t bias, bool training, double momentum, double eps);
bool rt_torch_autograd_requires_grad(int64_t handle);
int64_t rt_torch_tensor_from_dlpack(int64_t address, bool versioned);
int32_t rt_torch_torchtensor_dtype(int64_t handle);
void rt_torch_autograd_no_grad_begin_v2(void);
int64_t rt_torch_tensor_eye_m(int64_t n, int64_t m, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_max_dim_v2(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_var_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim);
int64_t rt_torch_torchtensor_view_v2(int64_t input, const int64_t* size, int64_t size_len);
int64_t rt_torch_nn_embedding_v2(int64_t input, int64_t weight, int64_t padding_idx, bool padding_idx_present, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, bool sparse);
int64_t rt_torch_torchtensor_to_dtype_v2(int64_t input, int32_t dtype, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_torchtensor_mode(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_argsort_stable(int64_t input, bool stable, int64_t dim, bool descending);
int64_t rt_torch_torchtensor_searchsorted_tensor(int64_t sorted_sequence, int64_t input, bool out_int32, bool right, const char* side, int64_t sorter);
int64_t rt_torch_torchtensor_searchsorted_scalar(int64_t sorted_sequence, double input, int64_t input_int, int32_t input_kind, bool out_int32, bool right, const char* side, int64_t sorter);
int64_t rt_torch_torchtensor_flipud(int64_t input);
int64_t rt_torch_torchtensor_rot90(int64_t input, int64_t k, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_vsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_atleast_2d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_meshgrid_indexing(const int64_t* tensors, int64_t tensors_len, const char* indexing, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_scatter_reduce(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce);
int64_t rt_torch_torchtensor_view_as_complex(int64_t input);
int64_t rt_torch_torchtensor_matrix_exp(int64_t input);
int64_t rt_torch_torchtensor_cholesky_solve(int64_t input, int64_t input2, bool upper);
int64_t rt_torch_torchtensor_linalg_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_sign(int64_t input);
int64_t rt_torch_torchtensor_log10(int64_t input);
int64_t rt_torch_torchtensor_positive(int64_t input);
int64_t rt_torch_torchtensor_frexp_tensor(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_fmin(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_true_divide_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_minimum(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_gt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_where_scalarself(int64_t condition, double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_masked_fill_tensor(int64_t input, int64_t mask, int64_t value);
int32_t rt_torch_torchtensor_result_type_scalar(int64_t tensor, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_nn_conv_transpose1d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len);
int64_t rt_torch_nn_adaptive_avg_pool1d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_torchtensor_size_dim(int64_t handle, int64_t dim);
int32_t rt_torch_warning_kind(int64_t index);

/* rt_torch_torchtensor_mul_scalar(handle, scalar) */
SFFI_CALL(rt_torch_torchtensor_mul_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_mul_scalar", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_scalar = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_scalar, "scalar")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mul_scalar(a_handle, a_scalar);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_eig(handle) */
SFFI_CALL(rt_torch_torchtensor_eig) {
    if (!sffi_arity("rt_torch_torchtensor_eig", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_eig(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sum_dim(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_sum_dim) {
    if (!sffi_arity("rt_torch_torchtensor_sum_dim", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sum_dim(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_argmin(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_argmin) {
    if (!sffi_arity("rt_torch_torchtensor_argmin", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argmin(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_permute(handle, dims) */
SFFI_CALL(rt_torch_torchtensor_permute) {
    if (!sffi_arity("rt_torch_torchtensor_permute", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_permute(a_handle, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_nn_batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps) */
SFFI_CALL(rt_torch_nn_batch_norm) {
    if (!sffi_arity("rt_torch_nn_batch_norm", nargs, 8)) return NULL;
    int64_t a_input = 0;
    int64_t a_running_mean = 0;
    int64_t a_running_var = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    bool a_training = false;
    double a_momentum = 0.0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_running_mean, "running_mean") || !sffi_optional_tensor_arg(args[2], &a_running_var, "running_var") || !sffi_optional_tensor_arg(args[3], &a_weight, "weight") || !sffi_optional_tensor_arg(args[4], &a_bias, "bias") || !sffi_bool(args[5], &a_training, "training") || !sffi_f64(args[6], &a_momentum, "momentum") || !sffi_f64(args[7], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_batch_norm(a_input, a_running_mean, a_running_var, a_weight, a_bias, a_training, a_momentum, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_requires_grad(handle) */
SFFI_CALL(rt_torch_autograd_requires_grad) {
    if (!sffi_arity("rt_torch_autograd_requires_grad", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_autograd_requires_grad(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_from_dlpack(address, versioned) */
SFFI_CALL(rt_torch_tensor_from_dlpack) {
    if (!sffi_arity("rt_torch_tensor_from_dlpack", nargs, 2)) return NULL;
    int64_t a_address = 0;
    bool a_versioned = false;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_address, "address") || !sffi_bool(args[1], &a_versioned, "versioned")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_from_dlpack(a_address, a_versioned);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_dtype(handle) */
SFFI_CALL(rt_torch_torchtensor_dtype) {
    if (!sffi_arity("rt_torch_torchtensor_dtype", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int32_t r;
        r = rt_torch_torchtensor_dtype(a_handle);
        result = sffi_dtype_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_autograd_no_grad_begin_v2() */
SFFI_CALL(rt_torch_autograd_no_grad_begin_v2) {
    if (!sffi_arity("rt_torch_autograd_no_grad_begin_v2", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_autograd_no_grad_begin_v2();
        result = sffi_void_result();
    }
    return result;
}

/* rt_torch_tensor_eye_m(n, m, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_eye_m) {
    if (!sffi_arity("rt_torch_tensor_eye_m", nargs, 4)) return NULL;
    int64_t a_n = 0;
    int64_t a_m = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_n, "n") || !sffi_i64(args[1], &a_m, "m") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_eye_m(a_n, a_m, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_max_dim_v2(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_max_dim_v2) {
    if (!sffi_arity("rt_torch_torchtensor_max_dim_v2", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_max_dim_v2(a_input, a_dim, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_var_correction(input, dim, dim_present, correction, keepdim) */
SFFI_CALL(rt_torch_torchtensor_var_correction) {
    if (!sffi_arity("rt_torch_torchtensor_var_correction", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    double a_correction = 0.0;
    int64_t a_correction_int = 0;
    int32_t a_correction_kind = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_scalar_arg(args[3], &a_correction, &a_correction_int, &a_correction_kind, "correction", 1) || !sffi_bool(args[4], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_var_correction(a_input, a_dim.data, a_dim.len, a_dim_present, a_correction, a_correction_int, a_correction_kind, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_view_v2(input, size) */
SFFI_CALL(rt_torch_torchtensor_view_v2) {
    if (!sffi_arity("rt_torch_torchtensor_view_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view_v2(a_input, a_size.data, a_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_nn_embedding_v2(input, weight, padding_idx, padding_idx_present, max_norm, max_norm_present, norm_type, scale_grad_by_freq, sparse) */
SFFI_CALL(rt_torch_nn_embedding_v2) {
    if (!sffi_arity("rt_torch_nn_embedding_v2", nargs, 9)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_padding_idx = 0;
    bool a_padding_idx_present = false;
    double a_max_norm = 0.0;
    bool a_max_norm_present = false;
    double a_norm_type = 0.0;
    bool a_scale_grad_by_freq = false;
    bool a_sparse = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_i64(args[2], &a_padding_idx, "padding_idx") || !sffi_bool(args[3], &a_padding_idx_present, "padding_idx_present") || !sffi_f64(args[4], &a_max_norm, "max_norm") || !sffi_bool(args[5], &a_max_norm_present, "max_norm_present") || !sffi_f64(args[6], &a_norm_type, "norm_type") || !sffi_bool(args[7], &a_scale_grad_by_freq, "scale_grad_by_freq") || !sffi_bool(args[8], &a_sparse, "sparse")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_embedding_v2(a_input, a_weight, a_padding_idx, a_padding_idx_present, a_max_norm, a_max_norm_present, a_norm_type, a_scale_grad_by_freq, a_sparse);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_to_dtype_v2(input, dtype, non_blocking, copy, memory_format) */
SFFI_CALL(rt_torch_torchtensor_to_dtype_v2) {
    if (!sffi_arity("rt_torch_torchtensor_to_dtype_v2", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int32_t a_dtype = 0;
    bool a_non_blocking = false;
    bool a_copy = false;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 0) || !sffi_bool(args[2], &a_non_blocking, "non_blocking") || !sffi_bool(args[3], &a_copy, "copy") || !sffi_text_arg(args[4], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_dtype_v2(a_input, a_dtype, a_non_blocking, a_copy, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mode(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_mode) {
    if (!sffi_arity("rt_torch_torchtensor_mode", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_mode(a_input, a_dim, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_argsort_stable(input, stable, dim, descending) */
SFFI_CALL(rt_torch_torchtensor_argsort_stable) {
    if (!sffi_arity("rt_torch_torchtensor_argsort_stable", nargs, 4)) return NULL;
    int64_t a_input = 0;
    bool a_stable = false;
    int64_t a_dim = 0;
    bool a_descending = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_stable, "stable") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_descending, "descending")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argsort_stable(a_input, a_stable, a_dim, a_descending);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_searchsorted_tensor(sorted_sequence, input, out_int32, right, side, sorter) */
SFFI_CALL(rt_torch_torchtensor_searchsorted_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_searchsorted_tensor", nargs, 6)) return NULL;
    int64_t a_sorted_sequence = 0;
    int64_t a_input = 0;
    bool a_out_int32 = false;
    bool a_right = false;
    sffi_text a_side = SFFI_TEXT_INIT;
    int64_t a_sorter = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_sorted_sequence, "sorted_sequence") || !sffi_tensor_arg(args[1], &a_input, "input") || !sffi_bool(args[2], &a_out_int32, "out_int32") || !sffi_bool(args[3], &a_right, "right") || !sffi_text_arg(args[4], &a_side, "side") || !sffi_optional_tensor_arg(args[5], &a_sorter, "sorter")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_searchsorted_tensor(a_sorted_sequence, a_input, a_out_int32, a_right, a_side.data, a_sorter);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_side);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_searchsorted_scalar(sorted_sequence, input, out_int32, right, side, sorter) */
SFFI_CALL(rt_torch_torchtensor_searchsorted_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_searchsorted_scalar", nargs, 6)) return NULL;
    int64_t a_sorted_sequence = 0;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    bool a_out_int32 = false;
    bool a_right = false;
    sffi_text a_side = SFFI_TEXT_INIT;
    int64_t a_sorter = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_sorted_sequence, "sorted_sequence") || !sffi_scalar_arg(args[1], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_bool(args[2], &a_out_int32, "out_int32") || !sffi_bool(args[3], &a_right, "right") || !sffi_text_arg(args[4], &a_side, "side") || !sffi_optional_tensor_arg(args[5], &a_sorter, "sorter")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_searchsorted_scalar(a_sorted_sequence, a_input, a_input_int, a_input_kind, a_out_int32, a_right, a_side.data, a_sorter);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_side);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_flipud(input) */
SFFI_CALL(rt_torch_torchtensor_flipud) {
    if (!sffi_arity("rt_torch_torchtensor_flipud", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_flipud(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_rot90(input, k, dims) */
SFFI_CALL(rt_torch_torchtensor_rot90) {
    if (!sffi_arity("rt_torch_torchtensor_rot90", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_k = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_k, "k") || !sffi_i64_list(args[2], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_rot90(a_input, a_k, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_vsplit_array(input, indices) */
SFFI_CALL(rt_torch_torchtensor_vsplit_array) {
    if (!sffi_arity("rt_torch_torchtensor_vsplit_array", nargs, 2)) return NULL;
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
                n = rt_torch_torchtensor_vsplit_array(a_input, a_indices.data, a_indices.len, out.data, out.cap);
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

/* rt_torch_torchtensor_atleast_2d_sequence(tensors) */
SFFI_CALL(rt_torch_torchtensor_atleast_2d_sequence) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_2d_sequence", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_atleast_2d_sequence(a_tensors.data, a_tensors.len, out.data, out.cap);
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

/* rt_torch_torchtensor_meshgrid_indexing(tensors, indexing) */
SFFI_CALL(rt_torch_torchtensor_meshgrid_indexing) {
    if (!sffi_arity("rt_torch_torchtensor_meshgrid_indexing", nargs, 2)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    sffi_text a_indexing = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors") || !sffi_text_arg(args[1], &a_indexing, "indexing")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_meshgrid_indexing(a_tensors.data, a_tensors.len, a_indexing.data, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_tensors);
    sffi_text_free(&a_indexing);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_scatter_reduce(input, dim, index, src, reduce) */
SFFI_CALL(rt_torch_torchtensor_scatter_reduce) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_reduce", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_src = 0;
    sffi_text a_reduce = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_src, "src") || !sffi_text_arg(args[4], &a_reduce, "reduce")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_reduce(a_input, a_dim, a_index, a_src, a_reduce.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduce);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_view_as_complex(input) */
SFFI_CALL(rt_torch_torchtensor_view_as_complex) {
    if (!sffi_arity("rt_torch_torchtensor_view_as_complex", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view_as_complex(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_matrix_exp(input) */
SFFI_CALL(rt_torch_torchtensor_matrix_exp) {
    if (!sffi_arity("rt_torch_torchtensor_matrix_exp", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_matrix_exp(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cholesky_solve(input, input2, upper) */
SFFI_CALL(rt_torch_torchtensor_cholesky_solve) {
    if (!sffi_arity("rt_torch_torchtensor_cholesky_solve", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_input2 = 0;
    bool a_upper = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_input2, "input2") || !sffi_bool(args[2], &a_upper, "upper")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cholesky_solve(a_input, a_input2, a_upper);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_norm(input, ord, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_linalg_norm) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_norm", nargs, 6)) return NULL;
    int64_t a_input = 0;
    double a_ord = 0.0;
    int64_t a_ord_int = 0;
    int32_t a_ord_kind = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_ord, &a_ord_int, &a_ord_kind, "ord", 1) || !sffi_i64_list(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_bool(args[4], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[5], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_norm(a_input, a_ord, a_ord_int, a_ord_kind, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sign(input) */
SFFI_CALL(rt_torch_torchtensor_sign) {
    if (!sffi_arity("rt_torch_torchtensor_sign", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sign(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_log10(input) */
SFFI_CALL(rt_torch_torchtensor_log10) {
    if (!sffi_arity("rt_torch_torchtensor_log10", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log10(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_positive(input) */
SFFI_CALL(rt_torch_torchtensor_positive) {
    if (!sffi_arity("rt_torch_torchtensor_positive", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_positive(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_frexp_tensor(input) */
SFFI_CALL(rt_torch_torchtensor_frexp_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_frexp_tensor", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_frexp_tensor(a_input, out.data, out.cap);
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

/* rt_torch_torchtensor_fmin(input, other) */
SFFI_CALL(rt_torch_torchtensor_fmin) {
    if (!sffi_arity("rt_torch_torchtensor_fmin", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_fmin(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_true_divide_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_true_divide_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_true_divide_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_true_divide_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_minimum(input, other) */
SFFI_CALL(rt_torch_torchtensor_minimum) {
    if (!sffi_arity("rt_torch_torchtensor_minimum", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_minimum(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_gt_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_gt_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_gt_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_gt_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_where_scalarself(condition, input, other) */
SFFI_CALL(rt_torch_torchtensor_where_scalarself) {
    if (!sffi_arity("rt_torch_torchtensor_where_scalarself", nargs, 3)) return NULL;
    int64_t a_condition = 0;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_condition, "condition") || !sffi_scalar_arg(args[1], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[2], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_where_scalarself(a_condition, a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_masked_fill_tensor(input, mask, value) */
SFFI_CALL(rt_torch_torchtensor_masked_fill_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_masked_fill_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    int64_t a_value = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask") || !sffi_tensor_arg(args[2], &a_value, "value")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_masked_fill_tensor(a_input, a_mask, a_value);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_result_type_scalar(tensor, other) */
SFFI_CALL(rt_torch_torchtensor_result_type_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_result_type_scalar", nargs, 2)) return NULL;
    int64_t a_tensor = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_tensor, "tensor") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_result_type_scalar(a_tensor, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_dtype_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation) */
SFFI_CALL(rt_torch_nn_conv_transpose1d) {
    if (!sffi_arity("rt_torch_nn_conv_transpose1d", nargs, 8)) return NULL;
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
            r = rt_torch_nn_conv_transpose1d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_output_padding.data, a_output_padding.len, a_groups, a_dilation.data, a_dilation.len);
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

/* rt_torch_nn_adaptive_avg_pool1d(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_avg_pool1d) {
    if (!sffi_arity("rt_torch_nn_adaptive_avg_pool1d", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_output_size, "output_size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_adaptive_avg_pool1d(a_input, a_output_size.data, a_output_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_output_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_size_dim(handle, dim) */
SFFI_CALL(rt_torch_torchtensor_size_dim) {
    if (!sffi_arity("rt_torch_torchtensor_size_dim", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        r = rt_torch_torchtensor_size_dim(a_handle, a_dim);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_warning_kind(index) */
SFFI_CALL(rt_torch_warning_kind) {
    if (!sffi_arity("rt_torch_warning_kind", nargs, 1)) return NULL;
    int64_t a_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_index, "index")) goto done;
    {
        int32_t r;
        r = rt_torch_warning_kind(a_index);
        result = PyLong_FromLong(r);
    }
done:
    ;
    return result;
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_1[] = {
    {"rt_torch_torchtensor_mul_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mul_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_eig", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_eig, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sum_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sum_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_argmin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_argmin, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_permute", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_permute, METH_FASTCALL, NULL},
    {"rt_torch_nn_batch_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_batch_norm, METH_FASTCALL, NULL},
    {"rt_torch_autograd_requires_grad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_requires_grad, METH_FASTCALL, NULL},
    {"rt_torch_tensor_from_dlpack", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_from_dlpack, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_dtype, METH_FASTCALL, NULL},
    {"rt_torch_autograd_no_grad_begin_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_no_grad_begin_v2, METH_FASTCALL, NULL},
    {"rt_torch_tensor_eye_m", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_eye_m, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_max_dim_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_max_dim_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_var_correction", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_var_correction, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_view_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_view_v2, METH_FASTCALL, NULL},
    {"rt_torch_nn_embedding_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_embedding_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_dtype_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_dtype_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mode", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mode, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_argsort_stable", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_argsort_stable, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_searchsorted_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_searchsorted_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_searchsorted_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_searchsorted_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_flipud", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_flipud, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_rot90", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_rot90, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_vsplit_array", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_vsplit_array, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_atleast_2d_sequence", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_atleast_2d_sequence, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_meshgrid_indexing", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_meshgrid_indexing, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_scatter_reduce", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_scatter_reduce, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_view_as_complex", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_view_as_complex, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_matrix_exp", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_matrix_exp, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cholesky_solve", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cholesky_solve, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_norm, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sign", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sign, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_log10", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_log10, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_positive", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_positive, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_frexp_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_frexp_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_fmin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_fmin, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_true_divide_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_true_divide_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_minimum", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_minimum, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_gt_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_gt_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_where_scalarself", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_where_scalarself, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_masked_fill_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_masked_fill_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_result_type_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_result_type_scalar, METH_FASTCALL, NULL},
    {"rt_torch_nn_conv_transpose1d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_conv_transpose1d, METH_FASTCALL, NULL},
    {"rt_torch_nn_adaptive_avg_pool1d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_adaptive_avg_pool1d, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_size_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_size_dim, METH_FASTCALL, NULL},
    {"rt_torch_warning_kind", (PyCFunction)(void (*)(void))sffi_call_rt_torch_warning_kind, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
