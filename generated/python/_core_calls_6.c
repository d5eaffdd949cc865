// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 6 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_softmax(int64_t handle, int64_t dim);
int64_t rt_torch_torchtensor_t(int64_t handle);
int64_t rt_torch_torchtensor_squeeze_dim(int64_t handle, int64_t dim);
int64_t rt_torch_torchtensor_flatten(int64_t handle);
int64_t rt_torch_torchtensor_cuda(int64_t handle, int32_t device_id);
int32_t rt_torch_torchtensor_device(int64_t handle);
void rt_torch_dlpack_free(int64_t address, bool versioned);
int64_t rt_torch_torchtensor_max_all(int64_t handle);
void rt_torch_torchtensor_mul_scalar_(int64_t handle, double scalar);
int64_t rt_torch_tensor_ones_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_mean_dim_v2(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_prod_dim_int(int64_t input, int64_t dim, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_count_nonzero_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len);
int64_t rt_torch_torchtensor_expand_as(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(int64_t input, int64_t tensor_indices_or_sections, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_hstack(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_vstack(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_rand_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_baddbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_linalg_diagonal(int64_t a, int64_t offset, int64_t dim1, int64_t dim2);
int64_t rt_torch_torchtensor_linalg_eigh(int64_t input, const char* uplo, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_ldl_solve(int64_t ld, int64_t pivots, int64_t b, bool hermitian);
int64_t rt_torch_torchtensor_linalg_qr(int64_t a, const char* mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(int64_t input, int64_t tol, bool hermitian);
int64_t rt_torch_torchtensor_linalg_pinv_atol_rtol_float(int64_t input, double atol, bool atol_present, double rtol, bool rtol_present, bool hermitian);
int64_t rt_torch_torchtensor_asinh(int64_t input);
int64_t rt_torch_torchtensor_round(int64_t input);
int64_t rt_torch_torchtensor_rad2deg(int64_t input);
int64_t rt_torch_torchtensor_xlogy_scalar_other(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_clamp_min(int64_t input, double min, int64_t min_int, int32_t min_kind);
int64_t rt_torch_torchtensor_clamp_max(int64_t input, double max, int64_t max_int, int32_t max_kind);
int64_t rt_torch_torchtensor_ge_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_isinf(int64_t input);
int64_t rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_isin_tensor_scalar(int64_t elements, double test_element, int64_t test_element_int, int32_t test_element_kind, bool assume_unique, bool invert);
int64_t rt_torch_torchtensor_masked_select(int64_t input, int64_t mask);
void rt_torch_torchtensor_div_tensor_(int64_t input, int64_t other);
void rt_torch_torchtensor_bitwise_right_shift_tensor_(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_celu(int64_t input, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_hardsigmoid(int64_t input);
int64_t rt_torch_torchtensor_tanhshrink(int64_t input);
int64_t rt_torch_torchtensor_threshold(int64_t input, double threshold, int64_t threshold_int, int32_t threshold_kind, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_nn_conv1d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_conv_transpose3d(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const int64_t* padding, int64_t padding_len, const int64_t* output_padding, int64_t output_padding_len, int64_t groups, const int64_t* dilation, int64_t dilation_len);
int32_t rt_torch_get_default_dtype(void);
void rt_torch_jit_train(int64_t module, bool mode);
bool rt_torch_jit_is_training(int64_t module);

/* rt_torch_tensor_zeros(dims) */
SFFI_CALL(rt_torch_tensor_zeros) {
    if (!sffi_arity("rt_torch_tensor_zeros", nargs, 1)) return NULL;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_zeros(a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_softmax(handle, dim) */
SFFI_CALL(rt_torch_torchtensor_softmax) {
    if (!sffi_arity("rt_torch_torchtensor_softmax", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_softmax(a_handle, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_t(handle) */
SFFI_CALL(rt_torch_torchtensor_t) {
    if (!sffi_arity("rt_torch_torchtensor_t", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_t(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_squeeze_dim(handle, dim) */
SFFI_CALL(rt_torch_torchtensor_squeeze_dim) {
    if (!sffi_arity("rt_torch_torchtensor_squeeze_dim", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_squeeze_dim(a_handle, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_flatten(handle) */
SFFI_CALL(rt_torch_torchtensor_flatten) {
    if (!sffi_arity("rt_torch_torchtensor_flatten", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_flatten(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cuda(handle, device_id) */
SFFI_CALL(rt_torch_torchtensor_cuda) {
    if (!sffi_arity("rt_torch_torchtensor_cuda", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int32_t a_device_id = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i32(args[1], &a_device_id, "device_id")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cuda(a_handle, a_device_id);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_device(handle) */
SFFI_CALL(rt_torch_torchtensor_device) {
    if (!sffi_arity("rt_torch_torchtensor_device", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int32_t r;
        r = rt_torch_torchtensor_device(a_handle);
        result = sffi_i32_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_dlpack_free(address, versioned) */
SFFI_CALL(rt_torch_dlpack_free) {
    if (!sffi_arity("rt_torch_dlpack_free", nargs, 2)) return NULL;
    int64_t a_address = 0;
    bool a_versioned = false;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_address, "address") || !sffi_bool(args[1], &a_versioned, "versioned")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_dlpack_free(a_address, a_versioned);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_max_all(handle) */
SFFI_CALL(rt_torch_torchtensor_max_all) {
    if (!sffi_arity("rt_torch_torchtensor_max_all", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_max_all(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mul_scalar_(handle, scalar) */
SFFI_CALL(rt_torch_torchtensor_mul_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_mul_scalar_", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_scalar = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_scalar, "scalar")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_mul_scalar_(a_handle, a_scalar);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_ones_v2(size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_ones_v2) {
    if (!sffi_arity("rt_torch_tensor_ones_v2", nargs, 3)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_ones_v2(a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sum_dim_intlist(input, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_sum_dim_intlist) {
    if (!sffi_arity("rt_torch_torchtensor_sum_dim_intlist", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_sum_dim_intlist(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mean_dim_v2(input, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_mean_dim_v2) {
    if (!sffi_arity("rt_torch_torchtensor_mean_dim_v2", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_mean_dim_v2(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_prod_dim_int(input, dim, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_prod_dim_int) {
    if (!sffi_arity("rt_torch_torchtensor_prod_dim_int", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_prod_dim_int(a_input, a_dim, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_count_nonzero_dim_intlist(input, dim) */
SFFI_CALL(rt_torch_torchtensor_count_nonzero_dim_intlist) {
    if (!sffi_arity("rt_torch_torchtensor_count_nonzero_dim_intlist", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_count_nonzero_dim_intlist(a_input, a_dim.data, a_dim.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_expand_as(input, other) */
SFFI_CALL(rt_torch_torchtensor_expand_as) {
    if (!sffi_arity("rt_torch_torchtensor_expand_as", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_expand_as(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(input, tensor_indices_or_sections, dim) */
SFFI_CALL(rt_torch_torchtensor_tensor_split_tensor_indices_or_sections) {
    if (!sffi_arity("rt_torch_torchtensor_tensor_split_tensor_indices_or_sections", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_tensor_indices_or_sections = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_tensor_indices_or_sections, "tensor_indices_or_sections") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(a_input, a_tensor_indices_or_sections, a_dim, out.data, out.cap);
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

/* rt_torch_torchtensor_hstack(tensors) */
SFFI_CALL(rt_torch_torchtensor_hstack) {
    if (!sffi_arity("rt_torch_torchtensor_hstack", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_hstack(a_tensors.data, a_tensors.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_vstack(tensors) */
SFFI_CALL(rt_torch_torchtensor_vstack) {
    if (!sffi_arity("rt_torch_torchtensor_vstack", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_vstack(a_tensors.data, a_tensors.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_rand_like(input, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_rand_like) {
    if (!sffi_arity("rt_torch_torchtensor_rand_like", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_rand_like(a_input, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_baddbmm(input, batch1, batch2, beta, alpha) */
SFFI_CALL(rt_torch_torchtensor_baddbmm) {
    if (!sffi_arity("rt_torch_torchtensor_baddbmm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_batch1 = 0;
    int64_t a_batch2 = 0;
    double a_beta = 0.0;
    int64_t a_beta_int = 0;
    int32_t a_beta_kind = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_batch1, "batch1") || !sffi_tensor_arg(args[2], &a_batch2, "batch2") || !sffi_scalar_arg(args[3], &a_beta, &a_beta_int, &a_beta_kind, "beta", 0) || !sffi_scalar_arg(args[4], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_baddbmm(a_input, a_batch1, a_batch2, a_beta, a_beta_int, a_beta_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_diagonal(a, offset, dim1, dim2) */
SFFI_CALL(rt_torch_torchtensor_linalg_diagonal) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_diagonal", nargs, 4)) return NULL;
    int64_t a_a = 0;
    int64_t a_offset = 0;
    int64_t a_dim1 = 0;
    int64_t a_dim2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_i64(args[1], &a_offset, "offset") || !sffi_i64(args[2], &a_dim1, "dim1") || !sffi_i64(args[3], &a_dim2, "dim2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_diagonal(a_a, a_offset, a_dim1, a_dim2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_eigh(input, uplo) */
SFFI_CALL(rt_torch_torchtensor_linalg_eigh) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_eigh", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_uplo = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_uplo, "uplo")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_eigh(a_input, a_uplo.data, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_text_free(&a_uplo);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_ldl_solve(ld, pivots, b, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_ldl_solve) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_ldl_solve", nargs, 4)) return NULL;
    int64_t a_ld = 0;
    int64_t a_pivots = 0;
    int64_t a_b = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_ld, "ld") || !sffi_tensor_arg(args[1], &a_pivots, "pivots") || !sffi_tensor_arg(args[2], &a_b, "b") || !sffi_bool(args[3], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_ldl_solve(a_ld, a_pivots, a_b, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_qr(a, mode) */
SFFI_CALL(rt_torch_torchtensor_linalg_qr) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_qr", nargs, 2)) return NULL;
    int64_t a_a = 0;
    sffi_text a_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_text_arg(args[1], &a_mode, "mode")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_qr(a_a, a_mode.data, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_text_free(&a_mode);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(input, tol, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_rank_tol_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_rank_tol_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_tol = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_tol, "tol") || !sffi_bool(args[2], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(a_input, a_tol, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_pinv_atol_rtol_float(input, atol, atol_present, rtol, rtol_present, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_pinv_atol_rtol_float) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_pinv_atol_rtol_float", nargs, 6)) return NULL;
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
            r = rt_torch_torchtensor_linalg_pinv_atol_rtol_float(a_input, a_atol, a_atol_present, a_rtol, a_rtol_present, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_asinh(input) */
SFFI_CALL(rt_torch_torchtensor_asinh) {
    if (!sffi_arity("rt_torch_torchtensor_asinh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_asinh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_round(input) */
SFFI_CALL(rt_torch_torchtensor_round) {
    if (!sffi_arity("rt_torch_torchtensor_round", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_round(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_rad2deg(input) */
SFFI_CALL(rt_torch_torchtensor_rad2deg) {
    if (!sffi_arity("rt_torch_torchtensor_rad2deg", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_rad2deg(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_xlogy_scalar_other(input, other) */
SFFI_CALL(rt_torch_torchtensor_xlogy_scalar_other) {
    if (!sffi_arity("rt_torch_torchtensor_xlogy_scalar_other", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_xlogy_scalar_other(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clamp_min(input, min) */
SFFI_CALL(rt_torch_torchtensor_clamp_min) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_min", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_min = 0.0;
    int64_t a_min_int = 0;
    int32_t a_min_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_min, &a_min_int, &a_min_kind, "min", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp_min(a_input, a_min, a_min_int, a_min_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clamp_max(input, max) */
SFFI_CALL(rt_torch_torchtensor_clamp_max) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_max", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_max = 0.0;
    int64_t a_max_int = 0;
    int32_t a_max_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_max, &a_max_int, &a_max_kind, "max", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp_max(a_input, a_max, a_max_int, a_max_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_ge_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_ge_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_ge_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ge_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_isinf(input) */
SFFI_CALL(rt_torch_torchtensor_isinf) {
    if (!sffi_arity("rt_torch_torchtensor_isinf", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isinf(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_left_shift_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_left_shift_tensor_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_isin_tensor_scalar(elements, test_element, assume_unique, invert) */
SFFI_CALL(rt_torch_torchtensor_isin_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_isin_tensor_scalar", nargs, 4)) return NULL;
    int64_t a_elements = 0;
    double a_test_element = 0.0;
    int64_t a_test_element_int = 0;
    int32_t a_test_element_kind = 0;
    bool a_assume_unique = false;
    bool a_invert = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_elements, "elements") || !sffi_scalar_arg(args[1], &a_test_element, &a_test_element_int, &a_test_element_kind, "test_element", 0) || !sffi_bool(args[2], &a_assume_unique, "assume_unique") || !sffi_bool(args[3], &a_invert, "invert")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isin_tensor_scalar(a_elements, a_test_element, a_test_element_int, a_test_element_kind, a_assume_unique, a_invert);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_masked_select(input, mask) */
SFFI_CALL(rt_torch_torchtensor_masked_select) {
    if (!sffi_arity("rt_torch_torchtensor_masked_select", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_masked_select(a_input, a_mask);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_div_tensor_(input, other) */
SFFI_CALL(rt_torch_torchtensor_div_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_div_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_div_tensor_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_right_shift_tensor_(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_right_shift_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_right_shift_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_bitwise_right_shift_tensor_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_celu(input, alpha) */
SFFI_CALL(rt_torch_torchtensor_celu) {
    if (!sffi_arity("rt_torch_torchtensor_celu", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_celu(a_input, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_hardsigmoid(input) */
SFFI_CALL(rt_torch_torchtensor_hardsigmoid) {
    if (!sffi_arity("rt_torch_torchtensor_hardsigmoid", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_hardsigmoid(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_tanhshrink(input) */
SFFI_CALL(rt_torch_torchtensor_tanhshrink) {
    if (!sffi_arity("rt_torch_torchtensor_tanhshrink", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_tanhshrink(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_threshold(input, threshold, value) */
SFFI_CALL(rt_torch_torchtensor_threshold) {
    if (!sffi_arity("rt_torch_torchtensor_threshold", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_threshold = 0.0;
    int64_t a_threshold_int = 0;
    int32_t a_threshold_kind = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_threshold, &a_threshold_int, &a_threshold_kind, "threshold", 0) || !sffi_scalar_arg(args[2], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_threshold(a_input, a_threshold, a_threshold_int, a_threshold_kind, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_conv1d_padding(input, weight, bias, stride, padding, dilation, groups) */
SFFI_CALL(rt_torch_nn_conv1d_padding) {
    if (!sffi_arity("rt_torch_nn_conv1d_padding", nargs, 7)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_text a_padding = SFFI_TEXT_INIT;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    int64_t a_groups = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias") || !sffi_i64_list(args[3], &a_stride, "stride") || !sffi_text_arg(args[4], &a_padding, "padding") || !sffi_i64_list(args[5], &a_dilation, "dilation") || !sffi_i64(args[6], &a_groups, "groups")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_conv1d_padding(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_dilation.data, a_dilation.len, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_text_free(&a_padding);
    sffi_array_free(&a_dilation);
    return sffi_warned(result);
}

/* rt_torch_nn_conv_transpose3d(input, weight, bias, stride, padding, output_padding, groups, dilation) */
SFFI_CALL(rt_torch_nn_conv_transpose3d) {
    if (!sffi_arity("rt_torch_nn_conv_transpose3d", nargs, 8)) return NULL;
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
            r = rt_torch_nn_conv_transpose3d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_output_padding.data, a_output_padding.len, a_groups, a_dilation.data, a_dilation.len);
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

/* rt_torch_get_default_dtype() */
SFFI_CALL(rt_torch_get_default_dtype) {
    if (!sffi_arity("rt_torch_get_default_dtype", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        r = rt_torch_get_default_dtype();
        result = sffi_dtype_result(r, 0);
    }
    return result;
}

/* rt_torch_jit_train(module, mode) */
SFFI_CALL(rt_torch_jit_train) {
    if (!sffi_arity("rt_torch_jit_train", nargs, 2)) return NULL;
    int64_t a_module = 0;
    bool a_mode = false;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module") || !sffi_bool(args[1], &a_mode, "mode")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_jit_train(a_module, a_mode);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_jit_is_training(module) */
SFFI_CALL(rt_torch_jit_is_training) {
    if (!sffi_arity("rt_torch_jit_is_training", nargs, 1)) return NULL;
    int64_t a_module = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_jit_is_training(a_module);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_6[] = {
    {"rt_torch_tensor_zeros", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_zeros, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_softmax", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_softmax, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_t", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_t, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_squeeze_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_squeeze_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_flatten", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_flatten, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cuda", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cuda, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_device", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_device, METH_FASTCALL, NULL},
    {"rt_torch_dlpack_free", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dlpack_free, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_max_all", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_max_all, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mul_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mul_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_tensor_ones_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_ones_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sum_dim_intlist", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sum_dim_intlist, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mean_dim_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mean_dim_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_prod_dim_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_prod_dim_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_count_nonzero_dim_intlist", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_count_nonzero_dim_intlist, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_expand_as", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_expand_as, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_tensor_split_tensor_indices_or_sections", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_tensor_split_tensor_indices_or_sections, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_hstack", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_hstack, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_vstack", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_vstack, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_rand_like", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_rand_like, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_baddbmm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_baddbmm, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_diagonal", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_diagonal, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_eigh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_eigh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_ldl_solve", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_ldl_solve, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_qr", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_qr, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_matrix_rank_tol_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_matrix_rank_tol_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_pinv_atol_rtol_float", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_pinv_atol_rtol_float, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_asinh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_asinh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_round", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_round, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_rad2deg", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_rad2deg, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_xlogy_scalar_other", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_xlogy_scalar_other, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clamp_min", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clamp_min, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clamp_max", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clamp_max, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ge_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ge_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_isinf", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_isinf, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_left_shift_tensor_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_left_shift_tensor_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_isin_tensor_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_isin_tensor_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_masked_select", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_masked_select, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_div_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_div_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_right_shift_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_right_shift_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_celu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_celu, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_hardsigmoid", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_hardsigmoid, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_tanhshrink", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_tanhshrink, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_threshold", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_threshold, METH_FASTCALL, NULL},
    {"rt_torch_nn_conv1d_padding", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_conv1d_padding, METH_FASTCALL, NULL},
    {"rt_torch_nn_conv_transpose3d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_conv_transpose3d, METH_FASTCALL, NULL},
    {"rt_torch_get_default_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_get_default_dtype, METH_FASTCALL, NULL},
    {"rt_torch_jit_train", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_train, METH_FASTCALL, NULL},
    {"rt_torch_jit_is_training", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_is_training, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
