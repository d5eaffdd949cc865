// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 12 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
bool rt_torch_cuda_available(void);
int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_sigmoid(int64_t handle);
int64_t rt_torch_torchtensor_gelu(int64_t handle);
int64_t rt_torch_torchtensor_ndim(int64_t handle);
int64_t rt_torch_torchtensor_numel(int64_t handle);
int64_t rt_torch_autograd_detach(int64_t handle);
bool rt_torch_torchtensor_is_cuda(int64_t handle);
int64_t rt_torch_cuda_max_memory_allocated(int32_t device_id);
void rt_torch_manual_seed(int64_t seed);
bool rt_torch_torchtensor_is_complex(int64_t input);
int64_t rt_torch_torchtensor_type_as(int64_t input, int64_t other);
void rt_torch_torchtensor_lerp_(int64_t handle, int64_t end, double weight);
int64_t rt_torch_torchtensor_linalg_vector_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_linalg_eig(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_argmax_v2(int64_t input, int64_t dim, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_logcumsumexp(int64_t input, int64_t dim);
int64_t rt_torch_torchtensor_logsumexp(int64_t input, const int64_t* dim, int64_t dim_len, bool keepdim);
int64_t rt_torch_torchtensor_bincount(int64_t input, int64_t weights, int64_t minlength);
int64_t rt_torch_torchtensor_roll(int64_t input, const int64_t* shifts, int64_t shifts_len, const int64_t* dims, int64_t dims_len, bool dims_present);
int64_t rt_torch_torchtensor_repeat_interleave_self_tensor(int64_t input, int64_t repeats, int64_t dim, bool dim_present, int64_t output_size, bool output_size_present);
int64_t rt_torch_torchtensor_dstack(const int64_t* tensors, int64_t tensors_len);
int64_t rt_torch_torchtensor_index_add(int64_t input, int64_t dim, int64_t index, int64_t source, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_index_fill_int_tensor(int64_t input, int64_t dim, int64_t index, int64_t value);
int64_t rt_torch_torchtensor_randn_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_short(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_addbmm(int64_t input, int64_t batch1, int64_t batch2, double beta, int64_t beta_int, int32_t beta_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_tensor_einsum(const char* equation, const int64_t* tensors, int64_t tensors_len, const int64_t* path, int64_t path_len, bool path_present);
int64_t rt_torch_torchtensor_linalg_pinv_rcond_tensor(int64_t input, int64_t rcond, bool hermitian);
int64_t rt_torch_torchtensor_linalg_tensorinv(int64_t input, int64_t ind);
int64_t rt_torch_torchtensor_acosh(int64_t input);
int64_t rt_torch_torchtensor_ceil(int64_t input);
int64_t rt_torch_torchtensor_rsqrt(int64_t input);
int64_t rt_torch_tensor_xlogy_scalar_self(double input, int64_t input_int, int32_t input_kind, int64_t other);
int64_t rt_torch_torchtensor_heaviside(int64_t input, int64_t values);
int64_t rt_torch_torchtensor_gcd(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_ldexp_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_addcmul(int64_t input, int64_t tensor1, int64_t tensor2, double value, int64_t value_int, int32_t value_kind);
int64_t rt_torch_torchtensor_eq_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_lt_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_bitwise_or_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
void rt_torch_torchtensor_sqrt_(int64_t input);
void rt_torch_torchtensor_abs_(int64_t input);
int64_t rt_torch_nn_max_pool1d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_adaptive_max_pool3d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_rms_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, double eps, bool eps_present);
int64_t rt_torch_nn_dropout3d(int64_t input, double p, bool training);
int64_t rt_torch_nn_grid_sample(int64_t input, int64_t grid, const char* mode, const char* padding_mode, bool align_corners, bool align_corners_present);
int64_t rt_torch_nn_interpolate(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present, const char* mode, bool align_corners, bool align_corners_present, bool recompute_scale_factor, bool recompute_scale_factor_present, bool antialias);
int64_t rt_torch_nn_max_unpool3d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present);
bool rt_torch_dist_release(int64_t group);

/* rt_torch_cuda_available() */
SFFI_CALL(rt_torch_cuda_available) {
    if (!sffi_arity("rt_torch_cuda_available", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_cuda_available();
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
    return sffi_warned(result);
}

/* rt_torch_tensor_from_data(data, dims) */
SFFI_CALL(rt_torch_tensor_from_data) {
    if (!sffi_arity("rt_torch_tensor_from_data", nargs, 2)) return NULL;
    sffi_f64s a_data = SFFI_ARRAY_INIT;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_f64_list(args[0], &a_data, "data") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_from_data(a_data.data, a_data.len, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_data);
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sigmoid(handle) */
SFFI_CALL(rt_torch_torchtensor_sigmoid) {
    if (!sffi_arity("rt_torch_torchtensor_sigmoid", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sigmoid(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_gelu(handle) */
SFFI_CALL(rt_torch_torchtensor_gelu) {
    if (!sffi_arity("rt_torch_torchtensor_gelu", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_gelu(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_ndim(handle) */
SFFI_CALL(rt_torch_torchtensor_ndim) {
    if (!sffi_arity("rt_torch_torchtensor_ndim", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        r = rt_torch_torchtensor_ndim(a_handle);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_numel(handle) */
SFFI_CALL(rt_torch_torchtensor_numel) {
    if (!sffi_arity("rt_torch_torchtensor_numel", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        r = rt_torch_torchtensor_numel(a_handle);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_autograd_detach(handle) */
SFFI_CALL(rt_torch_autograd_detach) {
    if (!sffi_arity("rt_torch_autograd_detach", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_autograd_detach(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_is_cuda(handle) */
SFFI_CALL(rt_torch_torchtensor_is_cuda) {
    if (!sffi_arity("rt_torch_torchtensor_is_cuda", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        r = rt_torch_torchtensor_is_cuda(a_handle);
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_cuda_max_memory_allocated(device_id) */
SFFI_CALL(rt_torch_cuda_max_memory_allocated) {
    if (!sffi_arity("rt_torch_cuda_max_memory_allocated", nargs, 1)) return NULL;
    int32_t a_device_id = 0;
    PyObject *result = NULL;
    if (!sffi_i32(args[0], &a_device_id, "device_id")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_cuda_max_memory_allocated(a_device_id);
        Py_END_ALLOW_THREADS
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_manual_seed(seed) */
SFFI_CALL(rt_torch_manual_seed) {
    if (!sffi_arity("rt_torch_manual_seed", nargs, 1)) return NULL;
    int64_t a_seed = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_seed, "seed")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_manual_seed(a_seed);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_is_complex(input) */
SFFI_CALL(rt_torch_torchtensor_is_complex) {
    if (!sffi_arity("rt_torch_torchtensor_is_complex", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        bool r;
        r = rt_torch_torchtensor_is_complex(a_input);
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_type_as(input, other) */
SFFI_CALL(rt_torch_torchtensor_type_as) {
    if (!sffi_arity("rt_torch_torchtensor_type_as", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_type_as(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lerp_(handle, end, weight) */
SFFI_CALL(rt_torch_torchtensor_lerp_) {
    if (!sffi_arity("rt_torch_torchtensor_lerp_", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_end = 0;
    double a_weight = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_f64(args[2], &a_weight, "weight")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_lerp_(a_handle, a_end, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_vector_norm(input, ord, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_linalg_vector_norm) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_vector_norm", nargs, 6)) return NULL;
    int64_t a_input = 0;
    double a_ord = 0.0;
    int64_t a_ord_int = 0;
    int32_t a_ord_kind = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_ord, &a_ord_int, &a_ord_kind, "ord", 0) || !sffi_i64_list(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_bool(args[4], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[5], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_vector_norm(a_input, a_ord, a_ord_int, a_ord_kind, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_eig(input) */
SFFI_CALL(rt_torch_torchtensor_linalg_eig) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_eig", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_eig(a_input, out.data, out.cap);
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

/* rt_torch_torchtensor_argmax_v2(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_argmax_v2) {
    if (!sffi_arity("rt_torch_torchtensor_argmax_v2", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argmax_v2(a_input, a_dim, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logcumsumexp(input, dim) */
SFFI_CALL(rt_torch_torchtensor_logcumsumexp) {
    if (!sffi_arity("rt_torch_torchtensor_logcumsumexp", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logcumsumexp(a_input, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logsumexp(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_logsumexp) {
    if (!sffi_arity("rt_torch_torchtensor_logsumexp", nargs, 3)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logsumexp(a_input, a_dim.data, a_dim.len, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bincount(input, weights, minlength) */
SFFI_CALL(rt_torch_torchtensor_bincount) {
    if (!sffi_arity("rt_torch_torchtensor_bincount", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_weights = 0;
    int64_t a_minlength = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_weights, "weights") || !sffi_i64(args[2], &a_minlength, "minlength")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bincount(a_input, a_weights, a_minlength);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_roll(input, shifts, dims, dims_present) */
SFFI_CALL(rt_torch_torchtensor_roll) {
    if (!sffi_arity("rt_torch_torchtensor_roll", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_shifts = SFFI_ARRAY_INIT;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    bool a_dims_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_shifts, "shifts") || !sffi_i64_list(args[2], &a_dims, "dims") || !sffi_bool(args[3], &a_dims_present, "dims_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_roll(a_input, a_shifts.data, a_shifts.len, a_dims.data, a_dims.len, a_dims_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_shifts);
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_repeat_interleave_self_tensor(input, repeats, dim, dim_present, output_size, output_size_present) */
SFFI_CALL(rt_torch_torchtensor_repeat_interleave_self_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_repeat_interleave_self_tensor", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_repeats = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    int64_t a_output_size = 0;
    bool a_output_size_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_repeats, "repeats") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_i64(args[4], &a_output_size, "output_size") || !sffi_bool(args[5], &a_output_size_present, "output_size_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_repeat_interleave_self_tensor(a_input, a_repeats, a_dim, a_dim_present, a_output_size, a_output_size_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_dstack(tensors) */
SFFI_CALL(rt_torch_torchtensor_dstack) {
    if (!sffi_arity("rt_torch_torchtensor_dstack", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_dstack(a_tensors.data, a_tensors.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_index_add(input, dim, index, source, alpha) */
SFFI_CALL(rt_torch_torchtensor_index_add) {
    if (!sffi_arity("rt_torch_torchtensor_index_add", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_source = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_source, "source") || !sffi_scalar_arg(args[4], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_add(a_input, a_dim, a_index, a_source, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_index_fill_int_tensor(input, dim, index, value) */
SFFI_CALL(rt_torch_torchtensor_index_fill_int_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_index_fill_int_tensor", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_value = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_value, "value")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_fill_int_tensor(a_input, a_dim, a_index, a_value);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_randn_like(input, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_randn_like) {
    if (!sffi_arity("rt_torch_torchtensor_randn_like", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_randn_like(a_input, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_short(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_short) {
    if (!sffi_arity("rt_torch_torchtensor_short", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_short(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_addbmm(input, batch1, batch2, beta, alpha) */
SFFI_CALL(rt_torch_torchtensor_addbmm) {
    if (!sffi_arity("rt_torch_torchtensor_addbmm", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_addbmm(a_input, a_batch1, a_batch2, a_beta, a_beta_int, a_beta_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_einsum(equation, tensors, path, path_present) */
SFFI_CALL(rt_torch_tensor_einsum) {
    if (!sffi_arity("rt_torch_tensor_einsum", nargs, 4)) return NULL;
    sffi_text a_equation = SFFI_TEXT_INIT;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    sffi_i64s a_path = SFFI_ARRAY_INIT;
    bool a_path_present = false;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[0], &a_equation, "equation") || !sffi_tensor_list_arg(args[1], &a_tensors, "tensors") || !sffi_i64_list(args[2], &a_path, "path") || !sffi_bool(args[3], &a_path_present, "path_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_einsum(a_equation.data, a_tensors.data, a_tensors.len, a_path.data, a_path.len, a_path_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_equation);
    sffi_array_free(&a_tensors);
    sffi_array_free(&a_path);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_pinv_rcond_tensor(input, rcond, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_pinv_rcond_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_pinv_rcond_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_rcond = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_rcond, "rcond") || !sffi_bool(args[2], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_pinv_rcond_tensor(a_input, a_rcond, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_tensorinv(input, ind) */
SFFI_CALL(rt_torch_torchtensor_linalg_tensorinv) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_tensorinv", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_ind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_ind, "ind")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_tensorinv(a_input, a_ind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_acosh(input) */
SFFI_CALL(rt_torch_torchtensor_acosh) {
    if (!sffi_arity("rt_torch_torchtensor_acosh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_acosh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_ceil(input) */
SFFI_CALL(rt_torch_torchtensor_ceil) {
    if (!sffi_arity("rt_torch_torchtensor_ceil", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ceil(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_rsqrt(input) */
SFFI_CALL(rt_torch_torchtensor_rsqrt) {
    if (!sffi_arity("rt_torch_torchtensor_rsqrt", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_rsqrt(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_xlogy_scalar_self(input, other) */
SFFI_CALL(rt_torch_tensor_xlogy_scalar_self) {
    if (!sffi_arity("rt_torch_tensor_xlogy_scalar_self", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_xlogy_scalar_self(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_heaviside(input, values) */
SFFI_CALL(rt_torch_torchtensor_heaviside) {
    if (!sffi_arity("rt_torch_torchtensor_heaviside", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_values = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_values, "values")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_heaviside(a_input, a_values);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_gcd(input, other) */
SFFI_CALL(rt_torch_torchtensor_gcd) {
    if (!sffi_arity("rt_torch_torchtensor_gcd", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_gcd(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_ldexp_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_ldexp_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_ldexp_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ldexp_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_addcmul(input, tensor1, tensor2, value) */
SFFI_CALL(rt_torch_torchtensor_addcmul) {
    if (!sffi_arity("rt_torch_torchtensor_addcmul", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_addcmul(a_input, a_tensor1, a_tensor2, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_eq_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_eq_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_eq_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_eq_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lt_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_lt_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_lt_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lt_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_or_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_or_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_or_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_or_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_right_shift_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_right_shift_tensor_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_right_shift_tensor_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sqrt_(input) */
SFFI_CALL(rt_torch_torchtensor_sqrt_) {
    if (!sffi_arity("rt_torch_torchtensor_sqrt_", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_sqrt_(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_abs_(input) */
SFFI_CALL(rt_torch_torchtensor_abs_) {
    if (!sffi_arity("rt_torch_torchtensor_abs_", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_abs_(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_max_pool1d_with_indices(input, kernel_size, stride, stride_present, padding, dilation, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool1d_with_indices) {
    if (!sffi_arity("rt_torch_nn_max_pool1d_with_indices", nargs, 7)) return NULL;
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
                n = rt_torch_nn_max_pool1d_with_indices(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_ceil_mode, out.data, out.cap);
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

/* rt_torch_nn_adaptive_max_pool3d(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_max_pool3d) {
    if (!sffi_arity("rt_torch_nn_adaptive_max_pool3d", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_output_size, "output_size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_adaptive_max_pool3d(a_input, a_output_size.data, a_output_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_output_size);
    return sffi_warned(result);
}

/* rt_torch_nn_rms_norm(input, normalized_shape, weight, eps, eps_present) */
SFFI_CALL(rt_torch_nn_rms_norm) {
    if (!sffi_arity("rt_torch_nn_rms_norm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_normalized_shape = SFFI_ARRAY_INIT;
    int64_t a_weight = 0;
    double a_eps = 0.0;
    bool a_eps_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_normalized_shape, "normalized_shape") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_f64(args[3], &a_eps, "eps") || !sffi_bool(args[4], &a_eps_present, "eps_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_rms_norm(a_input, a_normalized_shape.data, a_normalized_shape.len, a_weight, a_eps, a_eps_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_normalized_shape);
    return sffi_warned(result);
}

/* rt_torch_nn_dropout3d(input, p, training) */
SFFI_CALL(rt_torch_nn_dropout3d) {
    if (!sffi_arity("rt_torch_nn_dropout3d", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    bool a_training = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p") || !sffi_bool(args[2], &a_training, "training")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_dropout3d(a_input, a_p, a_training);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_grid_sample(input, grid, mode, padding_mode, align_corners, align_corners_present) */
SFFI_CALL(rt_torch_nn_grid_sample) {
    if (!sffi_arity("rt_torch_nn_grid_sample", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_grid = 0;
    sffi_text a_mode = SFFI_TEXT_INIT;
    sffi_text a_padding_mode = SFFI_TEXT_INIT;
    bool a_align_corners = false;
    bool a_align_corners_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_grid, "grid") || !sffi_text_arg(args[2], &a_mode, "mode") || !sffi_text_arg(args[3], &a_padding_mode, "padding_mode") || !sffi_bool(args[4], &a_align_corners, "align_corners") || !sffi_bool(args[5], &a_align_corners_present, "align_corners_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_grid_sample(a_input, a_grid, a_mode.data, a_padding_mode.data, a_align_corners, a_align_corners_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_mode);
    sffi_text_free(&a_padding_mode);
    return sffi_warned(result);
}

/* rt_torch_nn_interpolate(input, size, size_present, scale_factor, scale_factor_present, mode, align_corners, align_corners_present, recompute_scale_factor, recompute_scale_factor_present, antialias) */
SFFI_CALL(rt_torch_nn_interpolate) {
    if (!sffi_arity("rt_torch_nn_interpolate", nargs, 11)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    bool a_size_present = false;
    sffi_f64s a_scale_factor = SFFI_ARRAY_INIT;
    bool a_scale_factor_present = false;
    sffi_text a_mode = SFFI_TEXT_INIT;
    bool a_align_corners = false;
    bool a_align_corners_present = false;
    bool a_recompute_scale_factor = false;
    bool a_recompute_scale_factor_present = false;
    bool a_antialias = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size") || !sffi_bool(args[2], &a_size_present, "size_present") || !sffi_f64_list(args[3], &a_scale_factor, "scale_factor") || !sffi_bool(args[4], &a_scale_factor_present, "scale_factor_present") || !sffi_text_arg(args[5], &a_mode, "mode") || !sffi_bool(args[6], &a_align_corners, "align_corners") || !sffi_bool(args[7], &a_align_corners_present, "align_corners_present") || !sffi_bool(args[8], &a_recompute_scale_factor, "recompute_scale_factor") || !sffi_bool(args[9], &a_recompute_scale_factor_present, "recompute_scale_factor_present") || !sffi_bool(args[10], &a_antialias, "antialias")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_interpolate(a_input, a_size.data, a_size.len, a_size_present, a_scale_factor.data, a_scale_factor.len, a_scale_factor_present, a_mode.data, a_align_corners, a_align_corners_present, a_recompute_scale_factor, a_recompute_scale_factor_present, a_antialias);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    sffi_array_free(&a_scale_factor);
    sffi_text_free(&a_mode);
    return sffi_warned(result);
}

/* rt_torch_nn_max_unpool3d(input, indices, kernel_size, stride, stride_present, padding, output_size, output_size_present) */
SFFI_CALL(rt_torch_nn_max_unpool3d) {
    if (!sffi_arity("rt_torch_nn_max_unpool3d", nargs, 8)) return NULL;
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
            r = rt_torch_nn_max_unpool3d(a_input, a_indices, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_output_size.data, a_output_size.len, a_output_size_present);
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

/* rt_torch_dist_release(group) */
SFFI_CALL(rt_torch_dist_release) {
    if (!sffi_arity("rt_torch_dist_release", nargs, 1)) return NULL;
    int64_t a_group = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_group, "group")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_dist_release(a_group);
        Py_END_ALLOW_THREADS
        result = PyBool_FromLong(r);
    }
done:
    ;
    return result;
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_12[] = {
    {"rt_torch_cuda_available", (PyCFunction)(void (*)(void))sffi_call_rt_torch_cuda_available, METH_FASTCALL, NULL},
    {"rt_torch_tensor_from_data", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_from_data, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sigmoid", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sigmoid, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_gelu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_gelu, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ndim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ndim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_numel", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_numel, METH_FASTCALL, NULL},
    {"rt_torch_autograd_detach", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_detach, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_is_cuda", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_is_cuda, METH_FASTCALL, NULL},
    {"rt_torch_cuda_max_memory_allocated", (PyCFunction)(void (*)(void))sffi_call_rt_torch_cuda_max_memory_allocated, METH_FASTCALL, NULL},
    {"rt_torch_manual_seed", (PyCFunction)(void (*)(void))sffi_call_rt_torch_manual_seed, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_is_complex", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_is_complex, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_type_as", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_type_as, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lerp_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lerp_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_vector_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_vector_norm, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_eig", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_eig, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_argmax_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_argmax_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logcumsumexp", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logcumsumexp, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logsumexp", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logsumexp, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bincount", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bincount, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_roll", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_roll, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_repeat_interleave_self_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_repeat_interleave_self_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_dstack", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_dstack, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_add", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_add, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_fill_int_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_fill_int_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_randn_like", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_randn_like, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_short", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_short, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_addbmm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_addbmm, METH_FASTCALL, NULL},
    {"rt_torch_tensor_einsum", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_einsum, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_pinv_rcond_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_pinv_rcond_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_tensorinv", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_tensorinv, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_acosh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_acosh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ceil", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ceil, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_rsqrt", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_rsqrt, METH_FASTCALL, NULL},
    {"rt_torch_tensor_xlogy_scalar_self", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_xlogy_scalar_self, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_heaviside", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_heaviside, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_gcd", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_gcd, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ldexp_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ldexp_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_addcmul", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_addcmul, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_eq_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_eq_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lt_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lt_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_or_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_or_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_right_shift_tensor_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_right_shift_tensor_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sqrt_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sqrt_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_abs_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_abs_, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_pool1d_with_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_pool1d_with_indices, METH_FASTCALL, NULL},
    {"rt_torch_nn_adaptive_max_pool3d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_adaptive_max_pool3d, METH_FASTCALL, NULL},
    {"rt_torch_nn_rms_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_rms_norm, METH_FASTCALL, NULL},
    {"rt_torch_nn_dropout3d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_dropout3d, METH_FASTCALL, NULL},
    {"rt_torch_nn_grid_sample", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_grid_sample, METH_FASTCALL, NULL},
    {"rt_torch_nn_interpolate", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_interpolate, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_unpool3d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_unpool3d, METH_FASTCALL, NULL},
    {"rt_torch_dist_release", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_release, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
