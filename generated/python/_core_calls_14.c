// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 14 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_tensor_linspace(double start, double end, int64_t steps);
int64_t rt_torch_torchtensor_matmul(int64_t handle, int64_t other);
double rt_torch_torchtensor_std(int64_t handle);
int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step);
void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad);
void rt_torch_torchtensor_free(int64_t handle);
int64_t rt_torch_torchtensor_data_f64(int64_t handle, double* out, int64_t out_capacity);
bool rt_torch_torchstream_query_v2(int64_t handle);
int64_t rt_torch_tensor_randn_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_div_scalar_mode(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode);
int64_t rt_torch_torchtensor_select_int(int64_t input, int64_t dim, int64_t index);
int64_t rt_torch_torchtensor_index_tensor(int64_t input, const int64_t* indices, int64_t indices_len);
int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_torchtensor_amin(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_median_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_split_with_sizes(int64_t input, const int64_t* split_sizes, int64_t split_sizes_len, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_atleast_1d(int64_t input);
int64_t rt_torch_torchtensor_tril(int64_t input, int64_t diagonal);
int64_t rt_torch_torchtensor_view_as(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_index_put(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate);
int64_t rt_torch_torchtensor_scatter_value_reduce(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind, const char* reduce);
int64_t rt_torch_tensor_normal_float_tensor(double mean, int64_t std_arg);
int64_t rt_torch_torchtensor_double(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_cdist(int64_t x1, int64_t x2, double p, const char* compute_mode);
int64_t rt_torch_torchtensor_linalg_inv_ex(int64_t a, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(int64_t input, int64_t atol, int64_t rtol, bool hermitian);
int64_t rt_torch_torchtensor_atan2(int64_t input, int64_t other);
void rt_torch_torchtensor_sub_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
void rt_torch_torchtensor_bitwise_xor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind);
void rt_torch_torchtensor_bitwise_left_shift_tensor_(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_elu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_nn_hinge_embedding_loss(int64_t input, int64_t target, double margin, const char* reduction);
int64_t rt_torch_nn_cosine_embedding_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction);
int64_t rt_torch_nn_upsample_bilinear(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present);
bool rt_torch_autograd_is_leaf(int64_t handle);
void rt_torch_jit_module_free(int64_t module);
int64_t rt_torch_jit_run_method(int64_t module, const char* method, const int64_t* inputs, int64_t inputs_len, int64_t* out, int64_t out_capacity);

/* rt_torch_tensor_linspace(start, end, steps) */
SFFI_CALL(rt_torch_tensor_linspace) {
    if (!sffi_arity("rt_torch_tensor_linspace", nargs, 3)) return NULL;
    double a_start = 0.0;
    double a_end = 0.0;
    int64_t a_steps = 0;
    PyObject *result = NULL;
    if (!sffi_f64(args[0], &a_start, "start") || !sffi_f64(args[1], &a_end, "end") || !sffi_i64(args[2], &a_steps, "steps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_linspace(a_start, a_end, a_steps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_matmul(handle, other) */
SFFI_CALL(rt_torch_torchtensor_matmul) {
    if (!sffi_arity("rt_torch_torchtensor_matmul", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_matmul(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_std(handle) */
SFFI_CALL(rt_torch_torchtensor_std) {
    if (!sffi_arity("rt_torch_torchtensor_std", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_std(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_slice(handle, dim, start, end, step) */
SFFI_CALL(rt_torch_torchtensor_slice) {
    if (!sffi_arity("rt_torch_torchtensor_slice", nargs, 5)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    int64_t a_start = 0;
    int64_t a_end = 0;
    int64_t a_step = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_i64(args[2], &a_start, "start") || !sffi_i64(args[3], &a_end, "end") || !sffi_i64(args[4], &a_step, "step")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_slice(a_handle, a_dim, a_start, a_end, a_step);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_set_requires_grad(handle, requires_grad) */
SFFI_CALL(rt_torch_autograd_set_requires_grad) {
    if (!sffi_arity("rt_torch_autograd_set_requires_grad", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    bool a_requires_grad = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_bool(args[1], &a_requires_grad, "requires_grad")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_set_requires_grad(a_handle, a_requires_grad);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_free(handle) */
SFFI_CALL(rt_torch_torchtensor_free) {
    if (!sffi_arity("rt_torch_torchtensor_free", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_free(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_data_f64(handle) */
SFFI_CALL(rt_torch_torchtensor_data_f64) {
    if (!sffi_arity("rt_torch_torchtensor_data_f64", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        sffi_f64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_data_f64(a_handle, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_floats_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchstream_query_v2(handle) */
SFFI_CALL(rt_torch_torchstream_query_v2) {
    if (!sffi_arity("rt_torch_torchstream_query_v2", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_stream_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchstream_query_v2(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_randn_v2(size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_randn_v2) {
    if (!sffi_arity("rt_torch_tensor_randn_v2", nargs, 3)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_randn_v2(a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_div_scalar_mode(input, other, rounding_mode) */
SFFI_CALL(rt_torch_torchtensor_div_scalar_mode) {
    if (!sffi_arity("rt_torch_torchtensor_div_scalar_mode", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    sffi_text a_rounding_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0) || !sffi_text_arg(args[2], &a_rounding_mode, "rounding_mode")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_div_scalar_mode(a_input, a_other, a_other_int, a_other_kind, a_rounding_mode.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_rounding_mode);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_select_int(input, dim, index) */
SFFI_CALL(rt_torch_torchtensor_select_int) {
    if (!sffi_arity("rt_torch_torchtensor_select_int", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_i64(args[2], &a_index, "index")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_select_int(a_input, a_dim, a_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_index_tensor(input, indices) */
SFFI_CALL(rt_torch_torchtensor_index_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_index_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_indices = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_list_arg(args[1], &a_indices, "indices")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_tensor(a_input, a_indices.data, a_indices.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_indices);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_to_device(input, device_type, dtype, non_blocking, copy, memory_format) */
SFFI_CALL(rt_torch_torchtensor_to_device) {
    if (!sffi_arity("rt_torch_torchtensor_to_device", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    int32_t a_dtype = 0;
    bool a_non_blocking = false;
    bool a_copy = false;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_device_arg(args[1], &a_device_type, &a_device_index, "device", 0) || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_bool(args[3], &a_non_blocking, "non_blocking") || !sffi_bool(args[4], &a_copy, "copy") || !sffi_text_arg(args[5], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_device(a_input, a_device_type, a_device_index, a_dtype, a_non_blocking, a_copy, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_amin(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_amin) {
    if (!sffi_arity("rt_torch_torchtensor_amin", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_amin(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_median_dim(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_median_dim) {
    if (!sffi_arity("rt_torch_torchtensor_median_dim", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_median_dim(a_input, a_dim, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_split_with_sizes(input, split_sizes, dim) */
SFFI_CALL(rt_torch_torchtensor_split_with_sizes) {
    if (!sffi_arity("rt_torch_torchtensor_split_with_sizes", nargs, 3)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_split_sizes = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_split_sizes, "split_sizes") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_split_with_sizes(a_input, a_split_sizes.data, a_split_sizes.len, a_dim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_split_sizes);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_atleast_1d(input) */
SFFI_CALL(rt_torch_torchtensor_atleast_1d) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_1d", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atleast_1d(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_tril(input, diagonal) */
SFFI_CALL(rt_torch_torchtensor_tril) {
    if (!sffi_arity("rt_torch_torchtensor_tril", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_diagonal = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_diagonal, "diagonal")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_tril(a_input, a_diagonal);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_view_as(input, other) */
SFFI_CALL(rt_torch_torchtensor_view_as) {
    if (!sffi_arity("rt_torch_torchtensor_view_as", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view_as(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_index_put(input, indices, values, accumulate) */
SFFI_CALL(rt_torch_torchtensor_index_put) {
    if (!sffi_arity("rt_torch_torchtensor_index_put", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_indices = SFFI_ARRAY_INIT;
    int64_t a_values = 0;
    bool a_accumulate = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_list_arg(args[1], &a_indices, "indices") || !sffi_tensor_arg(args[2], &a_values, "values") || !sffi_bool(args[3], &a_accumulate, "accumulate")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_put(a_input, a_indices.data, a_indices.len, a_values, a_accumulate);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_indices);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_scatter_value_reduce(input, dim, index, value, reduce) */
SFFI_CALL(rt_torch_torchtensor_scatter_value_reduce) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_value_reduce", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    sffi_text a_reduce = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_scalar_arg(args[3], &a_value, &a_value_int, &a_value_kind, "value", 0) || !sffi_text_arg(args[4], &a_reduce, "reduce")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_value_reduce(a_input, a_dim, a_index, a_value, a_value_int, a_value_kind, a_reduce.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduce);
    return sffi_warned(result);
}

/* rt_torch_tensor_normal_float_tensor(mean, std_arg) */
SFFI_CALL(rt_torch_tensor_normal_float_tensor) {
    if (!sffi_arity("rt_torch_tensor_normal_float_tensor", nargs, 2)) return NULL;
    double a_mean = 0.0;
    int64_t a_std_arg = 0;
    PyObject *result = NULL;
    if (!sffi_f64(args[0], &a_mean, "mean") || !sffi_tensor_arg(args[1], &a_std_arg, "std_arg")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_normal_float_tensor(a_mean, a_std_arg);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_double(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_double) {
    if (!sffi_arity("rt_torch_torchtensor_double", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_double(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cdist(x1, x2, p, compute_mode) */
SFFI_CALL(rt_torch_torchtensor_cdist) {
    if (!sffi_arity("rt_torch_torchtensor_cdist", nargs, 4)) return NULL;
    int64_t a_x1 = 0;
    int64_t a_x2 = 0;
    double a_p = 0.0;
    sffi_text a_compute_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x1, "x1") || !sffi_tensor_arg(args[1], &a_x2, "x2") || !sffi_f64(args[2], &a_p, "p") || !sffi_text_arg(args[3], &a_compute_mode, "compute_mode")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cdist(a_x1, a_x2, a_p, a_compute_mode.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_compute_mode);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_inv_ex(a, check_errors) */
SFFI_CALL(rt_torch_torchtensor_linalg_inv_ex) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_inv_ex", nargs, 2)) return NULL;
    int64_t a_a = 0;
    bool a_check_errors = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_bool(args[1], &a_check_errors, "check_errors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_inv_ex(a_a, a_check_errors, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(input, atol, rtol, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_atol = 0;
    int64_t a_rtol = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_atol, "atol") || !sffi_optional_tensor_arg(args[2], &a_rtol, "rtol") || !sffi_bool(args[3], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(a_input, a_atol, a_rtol, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_atan2(input, other) */
SFFI_CALL(rt_torch_torchtensor_atan2) {
    if (!sffi_arity("rt_torch_torchtensor_atan2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atan2(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sub_scalar_(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_sub_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_sub_scalar_", nargs, 3)) return NULL;
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
            rt_torch_torchtensor_sub_scalar_(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_xor_scalar_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_xor_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_xor_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_xor_scalar_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_left_shift_tensor_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_left_shift_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_left_shift_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_left_shift_tensor_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_elu(input, alpha) */
SFFI_CALL(rt_torch_torchtensor_elu) {
    if (!sffi_arity("rt_torch_torchtensor_elu", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_elu(a_input, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_hinge_embedding_loss(input, target, margin, reduction) */
SFFI_CALL(rt_torch_nn_hinge_embedding_loss) {
    if (!sffi_arity("rt_torch_nn_hinge_embedding_loss", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    double a_margin = 0.0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_f64(args[2], &a_margin, "margin") || !sffi_text_arg(args[3], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_hinge_embedding_loss(a_input, a_target, a_margin, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_cosine_embedding_loss(input1, input2, target, margin, reduction) */
SFFI_CALL(rt_torch_nn_cosine_embedding_loss) {
    if (!sffi_arity("rt_torch_nn_cosine_embedding_loss", nargs, 5)) return NULL;
    int64_t a_input1 = 0;
    int64_t a_input2 = 0;
    int64_t a_target = 0;
    double a_margin = 0.0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input1, "input1") || !sffi_tensor_arg(args[1], &a_input2, "input2") || !sffi_tensor_arg(args[2], &a_target, "target") || !sffi_f64(args[3], &a_margin, "margin") || !sffi_text_arg(args[4], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_cosine_embedding_loss(a_input1, a_input2, a_target, a_margin, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_upsample_bilinear(input, size, size_present, scale_factor, scale_factor_present) */
SFFI_CALL(rt_torch_nn_upsample_bilinear) {
    if (!sffi_arity("rt_torch_nn_upsample_bilinear", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    bool a_size_present = false;
    sffi_f64s a_scale_factor = SFFI_ARRAY_INIT;
    bool a_scale_factor_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size") || !sffi_bool(args[2], &a_size_present, "size_present") || !sffi_f64_list(args[3], &a_scale_factor, "scale_factor") || !sffi_bool(args[4], &a_scale_factor_present, "scale_factor_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_upsample_bilinear(a_input, a_size.data, a_size.len, a_size_present, a_scale_factor.data, a_scale_factor.len, a_scale_factor_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    sffi_array_free(&a_scale_factor);
    return sffi_warned(result);
}

/* rt_torch_autograd_is_leaf(handle) */
SFFI_CALL(rt_torch_autograd_is_leaf) {
    if (!sffi_arity("rt_torch_autograd_is_leaf", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        r = rt_torch_autograd_is_leaf(a_handle);
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_jit_module_free(module) */
SFFI_CALL(rt_torch_jit_module_free) {
    if (!sffi_arity("rt_torch_jit_module_free", nargs, 1)) return NULL;
    int64_t a_module = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_jit_module_free(a_module);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_jit_run_method(module, method, inputs) */
SFFI_CALL(rt_torch_jit_run_method) {
    if (!sffi_arity("rt_torch_jit_run_method", nargs, 3)) return NULL;
    int64_t a_module = 0;
    sffi_text a_method = SFFI_TEXT_INIT;
    sffi_i64s a_inputs = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module") || !sffi_text_arg(args[1], &a_method, "method") || !sffi_tensor_list_arg(args[2], &a_inputs, "inputs")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 4)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_jit_run_method(a_module, a_method.data, a_inputs.data, a_inputs.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_text_free(&a_method);
    sffi_array_free(&a_inputs);
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_14[] = {
    {"rt_torch_tensor_linspace", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_linspace, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_matmul", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_matmul, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_std", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_std, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_slice", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_slice, METH_FASTCALL, NULL},
    {"rt_torch_autograd_set_requires_grad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_set_requires_grad, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_free", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_free, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_data_f64", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_data_f64, METH_FASTCALL, NULL},
    {"rt_torch_torchstream_query_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchstream_query_v2, METH_FASTCALL, NULL},
    {"rt_torch_tensor_randn_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_randn_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_div_scalar_mode", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_div_scalar_mode, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_select_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_select_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_device", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_device, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_amin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_amin, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_median_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_median_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_split_with_sizes", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_split_with_sizes, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_atleast_1d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_atleast_1d, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_tril", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_tril, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_view_as", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_view_as, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_put", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_put, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_scatter_value_reduce", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_scatter_value_reduce, METH_FASTCALL, NULL},
    {"rt_torch_tensor_normal_float_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_normal_float_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_double", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_double, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cdist", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cdist, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_inv_ex", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_inv_ex, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_atan2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_atan2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sub_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sub_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_xor_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_xor_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_left_shift_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_left_shift_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_elu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_elu, METH_FASTCALL, NULL},
    {"rt_torch_nn_hinge_embedding_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_hinge_embedding_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_cosine_embedding_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_cosine_embedding_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_upsample_bilinear", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_upsample_bilinear, METH_FASTCALL, NULL},
    {"rt_torch_autograd_is_leaf", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_is_leaf, METH_FASTCALL, NULL},
    {"rt_torch_jit_module_free", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_module_free, METH_FASTCALL, NULL},
    {"rt_torch_jit_run_method", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_run_method, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
