// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 5 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_torchtensor_log(int64_t handle);
int64_t rt_torch_torchtensor_relu(int64_t handle);
int64_t rt_torch_torchtensor_inverse(int64_t handle);
int64_t rt_torch_torchtensor_view(int64_t handle, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_stream_create(int32_t device_id);
int64_t rt_torch_live_handles(void);
bool rt_torch_torchtensor_release(int64_t handle);
int64_t rt_torch_torchtensor_sum_all(int64_t handle);
int64_t rt_torch_torchtensor_div_scalar(int64_t handle, double scalar);
int64_t rt_torch_torchtensor_sub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_div_tensor_mode(int64_t input, int64_t other, const char* rounding_mode);
int64_t rt_torch_torchtensor_min_dim_v2(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_atleast_3d_sequence(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_diagflat(int64_t input, int64_t offset);
int64_t rt_torch_torchtensor_index_fill_int_scalar(int64_t input, int64_t dim, int64_t index, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_torchtensor_scatter_add(int64_t input, int64_t dim, int64_t index, int64_t src);
int64_t rt_torch_torchtensor_scatter_reduce_two(int64_t input, int64_t dim, int64_t index, int64_t src, const char* reduce, bool include_self);
int64_t rt_torch_torchtensor_take_along_dim(int64_t input, int64_t indices, int64_t dim, bool dim_present);
int64_t rt_torch_torchtensor_put(int64_t input, int64_t index, int64_t source, bool accumulate);
int64_t rt_torch_torchtensor_nonzero_numpy(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_new_ones(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_int(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_addmm(int64_t input, int64_t mat1, int64_t mat2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_svd_v2(int64_t input, bool some, bool compute_uv, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_triangular_solve(int64_t input, int64_t a, bool upper, bool transpose, bool unitriangular, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_trapezoid_x(int64_t y, int64_t x, int64_t dim);
int64_t rt_torch_torchtensor_linalg_slogdet(int64_t a, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_lu_factor_ex(int64_t a, bool pivot, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_svdvals(int64_t a, const char* driver);
int64_t rt_torch_torchtensor_logit(int64_t input, double eps, bool eps_present);
int64_t rt_torch_torchtensor_nan_to_num(int64_t input, double nan, bool nan_present, double posinf, bool posinf_present, double neginf, bool neginf_present);
int64_t rt_torch_torchtensor_ne_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_isreal(int64_t input);
int64_t rt_torch_torchtensor_where_scalarother(int64_t condition, int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_masked_fill_scalar(int64_t input, int64_t mask, double value, int64_t value_int, int32_t value_kind);
void rt_torch_torchtensor_div_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind);
void rt_torch_torchtensor_bitwise_and_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind);
void rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_nn_binary_cross_entropy_with_logits(int64_t input, int64_t target, int64_t weight, const char* reduction, int64_t pos_weight);
int64_t rt_torch_nn_adaptive_max_pool1d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_cosine_similarity(int64_t x1, int64_t x2, int64_t dim, double eps);
int64_t rt_torch_torchtensor_linspace_tensor_scalar(int64_t start, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index);
bool rt_torch_jit_module_release(int64_t module);
void rt_torch_autocast_begin(const char* device_type, int32_t dtype, bool enabled, bool cache_enabled, bool cache_enabled_present);

/* rt_torch_torchtensor_log(handle) */
SFFI_CALL(rt_torch_torchtensor_log) {
    if (!sffi_arity("rt_torch_torchtensor_log", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_relu(handle) */
SFFI_CALL(rt_torch_torchtensor_relu) {
    if (!sffi_arity("rt_torch_torchtensor_relu", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_relu(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_inverse(handle) */
SFFI_CALL(rt_torch_torchtensor_inverse) {
    if (!sffi_arity("rt_torch_torchtensor_inverse", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_inverse(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_view(handle, dims) */
SFFI_CALL(rt_torch_torchtensor_view) {
    if (!sffi_arity("rt_torch_torchtensor_view", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view(a_handle, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_stream_create(owner, device_id) */
SFFI_CALL(rt_torch_stream_create) {
    if (!sffi_arity("rt_torch_stream_create", nargs, 2)) return NULL;
    int32_t a_device_id = 0;
    PyObject *result = NULL;
    if (!sffi_i32(args[1], &a_device_id, "device_id")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_stream_create(a_device_id);
        Py_END_ALLOW_THREADS
        result = sffi_stream_result(args[0], r);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_live_handles() */
SFFI_CALL(rt_torch_live_handles) {
    if (!sffi_arity("rt_torch_live_handles", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int64_t r;
        r = rt_torch_live_handles();
        result = sffi_i64_result(r, 1);
    }
    return result;
}

/* rt_torch_torchtensor_release(handle) */
SFFI_CALL(rt_torch_torchtensor_release) {
    if (!sffi_arity("rt_torch_torchtensor_release", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_release(a_handle);
        Py_END_ALLOW_THREADS
        result = PyBool_FromLong(r);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_sum_all(handle) */
SFFI_CALL(rt_torch_torchtensor_sum_all) {
    if (!sffi_arity("rt_torch_torchtensor_sum_all", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sum_all(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_div_scalar(handle, scalar) */
SFFI_CALL(rt_torch_torchtensor_div_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_div_scalar", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_scalar = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_scalar, "scalar")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_div_scalar(a_handle, a_scalar);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sub_tensor(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_sub_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_sub_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_scalar_arg(args[2], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sub_tensor(a_input, a_other, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_div_tensor_mode(input, other, rounding_mode) */
SFFI_CALL(rt_torch_torchtensor_div_tensor_mode) {
    if (!sffi_arity("rt_torch_torchtensor_div_tensor_mode", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    sffi_text a_rounding_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_text_arg(args[2], &a_rounding_mode, "rounding_mode")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_div_tensor_mode(a_input, a_other, a_rounding_mode.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_rounding_mode);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_min_dim_v2(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_min_dim_v2) {
    if (!sffi_arity("rt_torch_torchtensor_min_dim_v2", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_min_dim_v2(a_input, a_dim, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_atleast_3d_sequence(tensors) */
SFFI_CALL(rt_torch_torchtensor_atleast_3d_sequence) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_3d_sequence", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_atleast_3d_sequence(a_tensors.data, a_tensors.len, out.data, out.cap);
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

/* rt_torch_torchtensor_diagflat(input, offset) */
SFFI_CALL(rt_torch_torchtensor_diagflat) {
    if (!sffi_arity("rt_torch_torchtensor_diagflat", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_offset = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_offset, "offset")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diagflat(a_input, a_offset);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_index_fill_int_scalar(input, dim, index, value) */
SFFI_CALL(rt_torch_torchtensor_index_fill_int_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_index_fill_int_scalar", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_index_fill_int_scalar(a_input, a_dim, a_index, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_scatter_add(input, dim, index, src) */
SFFI_CALL(rt_torch_torchtensor_scatter_add) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_add", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_src = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_src, "src")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_add(a_input, a_dim, a_index, a_src);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_scatter_reduce_two(input, dim, index, src, reduce, include_self) */
SFFI_CALL(rt_torch_torchtensor_scatter_reduce_two) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_reduce_two", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_src = 0;
    sffi_text a_reduce = SFFI_TEXT_INIT;
    bool a_include_self = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_src, "src") || !sffi_text_arg(args[4], &a_reduce, "reduce") || !sffi_bool(args[5], &a_include_self, "include_self")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_reduce_two(a_input, a_dim, a_index, a_src, a_reduce.data, a_include_self);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduce);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_take_along_dim(input, indices, dim, dim_present) */
SFFI_CALL(rt_torch_torchtensor_take_along_dim) {
    if (!sffi_arity("rt_torch_torchtensor_take_along_dim", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_indices = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_indices, "indices") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_take_along_dim(a_input, a_indices, a_dim, a_dim_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_put(input, index, source, accumulate) */
SFFI_CALL(rt_torch_torchtensor_put) {
    if (!sffi_arity("rt_torch_torchtensor_put", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_index = 0;
    int64_t a_source = 0;
    bool a_accumulate = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_index, "index") || !sffi_tensor_arg(args[2], &a_source, "source") || !sffi_bool(args[3], &a_accumulate, "accumulate")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_put(a_input, a_index, a_source, a_accumulate);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_nonzero_numpy(input) */
SFFI_CALL(rt_torch_torchtensor_nonzero_numpy) {
    if (!sffi_arity("rt_torch_torchtensor_nonzero_numpy", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_nonzero_numpy(a_input, out.data, out.cap);
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

/* rt_torch_torchtensor_new_ones(input, size, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_new_ones) {
    if (!sffi_arity("rt_torch_torchtensor_new_ones", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_new_ones(a_input, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_int(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_int) {
    if (!sffi_arity("rt_torch_torchtensor_int", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_int(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_addmm(input, mat1, mat2, beta, alpha) */
SFFI_CALL(rt_torch_torchtensor_addmm) {
    if (!sffi_arity("rt_torch_torchtensor_addmm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_mat1 = 0;
    int64_t a_mat2 = 0;
    double a_beta = 0.0;
    int64_t a_beta_int = 0;
    int32_t a_beta_kind = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mat1, "mat1") || !sffi_tensor_arg(args[2], &a_mat2, "mat2") || !sffi_scalar_arg(args[3], &a_beta, &a_beta_int, &a_beta_kind, "beta", 0) || !sffi_scalar_arg(args[4], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_addmm(a_input, a_mat1, a_mat2, a_beta, a_beta_int, a_beta_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_svd_v2(input, some, compute_uv) */
SFFI_CALL(rt_torch_torchtensor_svd_v2) {
    if (!sffi_arity("rt_torch_torchtensor_svd_v2", nargs, 3)) return NULL;
    int64_t a_input = 0;
    bool a_some = false;
    bool a_compute_uv = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_some, "some") || !sffi_bool(args[2], &a_compute_uv, "compute_uv")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_svd_v2(a_input, a_some, a_compute_uv, out.data, out.cap);
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

/* rt_torch_torchtensor_triangular_solve(input, a, upper, transpose, unitriangular) */
SFFI_CALL(rt_torch_torchtensor_triangular_solve) {
    if (!sffi_arity("rt_torch_torchtensor_triangular_solve", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_a = 0;
    bool a_upper = false;
    bool a_transpose = false;
    bool a_unitriangular = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_a, "a") || !sffi_bool(args[2], &a_upper, "upper") || !sffi_bool(args[3], &a_transpose, "transpose") || !sffi_bool(args[4], &a_unitriangular, "unitriangular")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_triangular_solve(a_input, a_a, a_upper, a_transpose, a_unitriangular, out.data, out.cap);
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

/* rt_torch_torchtensor_trapezoid_x(y, x, dim) */
SFFI_CALL(rt_torch_torchtensor_trapezoid_x) {
    if (!sffi_arity("rt_torch_torchtensor_trapezoid_x", nargs, 3)) return NULL;
    int64_t a_y = 0;
    int64_t a_x = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_y, "y") || !sffi_tensor_arg(args[1], &a_x, "x") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_trapezoid_x(a_y, a_x, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_slogdet(a) */
SFFI_CALL(rt_torch_torchtensor_linalg_slogdet) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_slogdet", nargs, 1)) return NULL;
    int64_t a_a = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_slogdet(a_a, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_lu_factor_ex(a, pivot, check_errors) */
SFFI_CALL(rt_torch_torchtensor_linalg_lu_factor_ex) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_lu_factor_ex", nargs, 3)) return NULL;
    int64_t a_a = 0;
    bool a_pivot = false;
    bool a_check_errors = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_bool(args[1], &a_pivot, "pivot") || !sffi_bool(args[2], &a_check_errors, "check_errors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_lu_factor_ex(a_a, a_pivot, a_check_errors, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_svdvals(a, driver) */
SFFI_CALL(rt_torch_torchtensor_linalg_svdvals) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_svdvals", nargs, 2)) return NULL;
    int64_t a_a = 0;
    sffi_text a_driver = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_text_arg(args[1], &a_driver, "driver")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_svdvals(a_a, a_driver.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_driver);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logit(input, eps, eps_present) */
SFFI_CALL(rt_torch_torchtensor_logit) {
    if (!sffi_arity("rt_torch_torchtensor_logit", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_eps = 0.0;
    bool a_eps_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_eps, "eps") || !sffi_bool(args[2], &a_eps_present, "eps_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logit(a_input, a_eps, a_eps_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_nan_to_num(input, nan, nan_present, posinf, posinf_present, neginf, neginf_present) */
SFFI_CALL(rt_torch_torchtensor_nan_to_num) {
    if (!sffi_arity("rt_torch_torchtensor_nan_to_num", nargs, 7)) return NULL;
    int64_t a_input = 0;
    double a_nan = 0.0;
    bool a_nan_present = false;
    double a_posinf = 0.0;
    bool a_posinf_present = false;
    double a_neginf = 0.0;
    bool a_neginf_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_nan, "nan") || !sffi_bool(args[2], &a_nan_present, "nan_present") || !sffi_f64(args[3], &a_posinf, "posinf") || !sffi_bool(args[4], &a_posinf_present, "posinf_present") || !sffi_f64(args[5], &a_neginf, "neginf") || !sffi_bool(args[6], &a_neginf_present, "neginf_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nan_to_num(a_input, a_nan, a_nan_present, a_posinf, a_posinf_present, a_neginf, a_neginf_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_ne_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_ne_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_ne_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ne_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_isreal(input) */
SFFI_CALL(rt_torch_torchtensor_isreal) {
    if (!sffi_arity("rt_torch_torchtensor_isreal", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isreal(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_where_scalarother(condition, input, other) */
SFFI_CALL(rt_torch_torchtensor_where_scalarother) {
    if (!sffi_arity("rt_torch_torchtensor_where_scalarother", nargs, 3)) return NULL;
    int64_t a_condition = 0;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_condition, "condition") || !sffi_tensor_arg(args[1], &a_input, "input") || !sffi_scalar_arg(args[2], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_where_scalarother(a_condition, a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_masked_fill_scalar(input, mask, value) */
SFFI_CALL(rt_torch_torchtensor_masked_fill_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_masked_fill_scalar", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask") || !sffi_scalar_arg(args[2], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_masked_fill_scalar(a_input, a_mask, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_div_scalar_(input, other) */
SFFI_CALL(rt_torch_torchtensor_div_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_div_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_div_scalar_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_and_scalar_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_and_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_and_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_and_scalar_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight) */
SFFI_CALL(rt_torch_nn_binary_cross_entropy_with_logits) {
    if (!sffi_arity("rt_torch_nn_binary_cross_entropy_with_logits", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    int64_t a_pos_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_text_arg(args[3], &a_reduction, "reduction") || !sffi_optional_tensor_arg(args[4], &a_pos_weight, "pos_weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_binary_cross_entropy_with_logits(a_input, a_target, a_weight, a_reduction.data, a_pos_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_adaptive_max_pool1d(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_max_pool1d) {
    if (!sffi_arity("rt_torch_nn_adaptive_max_pool1d", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_output_size, "output_size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_adaptive_max_pool1d(a_input, a_output_size.data, a_output_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_output_size);
    return sffi_warned(result);
}

/* rt_torch_nn_cosine_similarity(x1, x2, dim, eps) */
SFFI_CALL(rt_torch_nn_cosine_similarity) {
    if (!sffi_arity("rt_torch_nn_cosine_similarity", nargs, 4)) return NULL;
    int64_t a_x1 = 0;
    int64_t a_x2 = 0;
    int64_t a_dim = 0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x1, "x1") || !sffi_tensor_arg(args[1], &a_x2, "x2") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_f64(args[3], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_cosine_similarity(a_x1, a_x2, a_dim, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linspace_tensor_scalar(start, end, steps, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_linspace_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_linspace_tensor_scalar", nargs, 5)) return NULL;
    int64_t a_start = 0;
    double a_end = 0.0;
    int64_t a_end_int = 0;
    int32_t a_end_kind = 0;
    int64_t a_steps = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_start, "start") || !sffi_scalar_arg(args[1], &a_end, &a_end_int, &a_end_kind, "end", 0) || !sffi_i64(args[2], &a_steps, "steps") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linspace_tensor_scalar(a_start, a_end, a_end_int, a_end_kind, a_steps, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_jit_module_release(module) */
SFFI_CALL(rt_torch_jit_module_release) {
    if (!sffi_arity("rt_torch_jit_module_release", nargs, 1)) return NULL;
    int64_t a_module = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_jit_module_release(a_module);
        Py_END_ALLOW_THREADS
        result = PyBool_FromLong(r);
    }
done:
    ;
    return result;
}

/* rt_torch_autocast_begin(device_type, dtype, enabled, cache_enabled, cache_enabled_present) */
SFFI_CALL(rt_torch_autocast_begin) {
    if (!sffi_arity("rt_torch_autocast_begin", nargs, 5)) return NULL;
    sffi_text a_device_type = SFFI_TEXT_INIT;
    int32_t a_dtype = 0;
    bool a_enabled = false;
    bool a_cache_enabled = false;
    bool a_cache_enabled_present = false;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[0], &a_device_type, "device_type") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_bool(args[2], &a_enabled, "enabled") || !sffi_bool(args[3], &a_cache_enabled, "cache_enabled") || !sffi_bool(args[4], &a_cache_enabled_present, "cache_enabled_present")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autocast_begin(a_device_type.data, a_dtype, a_enabled, a_cache_enabled, a_cache_enabled_present);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_text_free(&a_device_type);
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_5[] = {
    {"rt_torch_torchtensor_log", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_log, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_relu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_relu, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_inverse", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_inverse, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_view", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_view, METH_FASTCALL, NULL},
    {"rt_torch_stream_create", (PyCFunction)(void (*)(void))sffi_call_rt_torch_stream_create, METH_FASTCALL, NULL},
    {"rt_torch_live_handles", (PyCFunction)(void (*)(void))sffi_call_rt_torch_live_handles, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_release", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_release, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sum_all", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sum_all, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_div_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_div_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sub_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sub_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_div_tensor_mode", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_div_tensor_mode, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_min_dim_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_min_dim_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_atleast_3d_sequence", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_atleast_3d_sequence, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_diagflat", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_diagflat, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_fill_int_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_fill_int_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_scatter_add", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_scatter_add, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_scatter_reduce_two", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_scatter_reduce_two, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_take_along_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_take_along_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_put", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_put, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nonzero_numpy", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nonzero_numpy, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_new_ones", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_new_ones, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_addmm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_addmm, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_svd_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_svd_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_triangular_solve", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_triangular_solve, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_trapezoid_x", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_trapezoid_x, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_slogdet", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_slogdet, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_lu_factor_ex", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_lu_factor_ex, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_svdvals", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_svdvals, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logit", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logit, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nan_to_num", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nan_to_num, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ne_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ne_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_isreal", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_isreal, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_where_scalarother", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_where_scalarother, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_masked_fill_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_masked_fill_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_div_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_div_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_and_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_and_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_left_shift_tensor_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_nn_binary_cross_entropy_with_logits", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_binary_cross_entropy_with_logits, METH_FASTCALL, NULL},
    {"rt_torch_nn_adaptive_max_pool1d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_adaptive_max_pool1d, METH_FASTCALL, NULL},
    {"rt_torch_nn_cosine_similarity", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_cosine_similarity, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linspace_tensor_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linspace_tensor_scalar, METH_FASTCALL, NULL},
    {"rt_torch_jit_module_release", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_module_release, METH_FASTCALL, NULL},
    {"rt_torch_autocast_begin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autocast_begin, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
