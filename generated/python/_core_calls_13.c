// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 13 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_torchtensor_add(int64_t handle, int64_t other);
double rt_torch_torchtensor_det(int64_t handle);
int64_t rt_torch_nn_dropout(int64_t input, double p, bool training);
int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias);
double rt_torch_nn_nll_loss(int64_t input, int64_t target);
int64_t rt_torch_autograd_grad(int64_t handle);
void rt_torch_cuda_empty_cache(void);
int64_t rt_torch_torchtensor_min_all(int64_t handle);
void rt_torch_torchtensor_mul_(int64_t handle, int64_t other);
void rt_torch_torchtensor_mul_scalar_v2_(int64_t input, double other, int64_t other_int, int32_t other_kind);
void rt_torch_torchtensor_copy_(int64_t handle, int64_t src);
int64_t rt_torch_torchtensor_sub_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_pow_tensor_tensor(int64_t input, int64_t exponent);
int64_t rt_torch_torchtensor_linalg_det(int64_t input);
int64_t rt_torch_torchtensor_var_dim(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool unbiased, bool keepdim);
int64_t rt_torch_torchtensor_flatten_using_ints(int64_t input, int64_t start_dim, int64_t end_dim);
int64_t rt_torch_torchtensor_cummax(int64_t input, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_sort_stable(int64_t input, bool stable, bool stable_present, int64_t dim, bool descending, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_expand(int64_t input, const int64_t* size, int64_t size_len, bool implicit);
int64_t rt_torch_torchtensor_select_scatter(int64_t input, int64_t src, int64_t dim, int64_t index);
int64_t rt_torch_torchtensor_zeros_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_tensor_logspace(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_byte(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_char(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_long(int64_t input, const char* memory_format);
void rt_torch_torchtensor_normal_(int64_t input, double mean, double std_arg);
int64_t rt_torch_torchtensor_bmm(int64_t input, int64_t mat2);
int64_t rt_torch_torchtensor_outer(int64_t input, int64_t vec2);
int64_t rt_torch_torchtensor_lu_solve(int64_t input, int64_t lu_data, int64_t lu_pivots);
int64_t rt_torch_torchtensor_linalg_householder_product(int64_t input, int64_t tau);
int64_t rt_torch_torchtensor_linalg_lu_solve(int64_t lu, int64_t pivots, int64_t b, bool left, bool adjoint);
int64_t rt_torch_torchtensor_linalg_matrix_rank(int64_t input, double tol, bool hermitian);
int64_t rt_torch_torchtensor_erfinv(int64_t input);
int64_t rt_torch_torchtensor_conj_physical(int64_t input);
int64_t rt_torch_tensor_polygamma(int64_t n, int64_t input);
int64_t rt_torch_torchtensor_lerp_scalar(int64_t input, int64_t end, double weight, int64_t weight_int, int32_t weight_kind);
int64_t rt_torch_torchtensor_copysign_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_remainder_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_floor_divide_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind);
int64_t rt_torch_torchtensor_isnan(int64_t input);
int64_t rt_torch_torchtensor_bitwise_and_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
void rt_torch_torchtensor_pow_tensor_(int64_t input, int64_t exponent);
void rt_torch_torchtensor_remainder_scalar_(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_nn_log_sigmoid(int64_t input);
int64_t rt_torch_torchtensor_softsign(int64_t input);
int64_t rt_torch_nn_poisson_nll_loss(int64_t input, int64_t target, bool log_input, bool full, double eps, const char* reduction);
int64_t rt_torch_nn_adaptive_max_pool1d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_adaptive_avg_pool2d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_gaussian_nll_loss_float(int64_t input, int64_t target, double variance, int64_t variance_int, int32_t variance_kind, bool full, double eps, const char* reduction);
int64_t rt_torch_nn_upsample_nearest(int64_t input, const int64_t* size, int64_t size_len, bool size_present, const double* scale_factor, int64_t scale_factor_len, bool scale_factor_present);
int64_t rt_torch_torchtensor_logspace_tensor_scalar(int64_t start, double end, int64_t end_int, int32_t end_kind, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index);
bool rt_torch_autograd_has_grad_fn(int64_t handle);
int64_t rt_torch_jit_load(const char* path);
bool rt_torch_jit_module_release(int64_t module);
int32_t rt_torch_jit_output_kind(int64_t module, const char* method);
void rt_torch_torchtensor_amp_update_scale_(int64_t scale, int64_t growth_tracker, int64_t found_inf, double scale_growth_factor, double scale_backoff_factor, int64_t growth_interval);
int64_t rt_torch_dist_init_env(const char* backend, int64_t timeout_ms);
bool rt_torch_dist_release(int64_t module);
int64_t rt_torch_dist_shuffle_indices(int64_t n, int64_t seed);

/* rt_torch_torchtensor_add(handle, other) */
SFFI_CALL(rt_torch_torchtensor_add) {
    if (!sffi_arity("rt_torch_torchtensor_add", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_add(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_det(handle) */
SFFI_CALL(rt_torch_torchtensor_det) {
    if (!sffi_arity("rt_torch_torchtensor_det", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_det(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_dropout(input, p, training) */
SFFI_CALL(rt_torch_nn_dropout) {
    if (!sffi_arity("rt_torch_nn_dropout", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    bool a_training = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p") || !sffi_bool(args[2], &a_training, "training")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_dropout(a_input, a_p, a_training);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_linear(input, weight, bias) */
SFFI_CALL(rt_torch_nn_linear) {
    if (!sffi_arity("rt_torch_nn_linear", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_tensor_arg(args[2], &a_bias, "bias")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_linear(a_input, a_weight, a_bias);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_nll_loss(input, target) */
SFFI_CALL(rt_torch_nn_nll_loss) {
    if (!sffi_arity("rt_torch_nn_nll_loss", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_nll_loss(a_input, a_target);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_grad(handle) */
SFFI_CALL(rt_torch_autograd_grad) {
    if (!sffi_arity("rt_torch_autograd_grad", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_autograd_grad(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_optional_tensor_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_cuda_empty_cache() */
SFFI_CALL(rt_torch_cuda_empty_cache) {
    if (!sffi_arity("rt_torch_cuda_empty_cache", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_cuda_empty_cache();
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
    return sffi_warned(result);
}

/* rt_torch_torchtensor_min_all(handle) */
SFFI_CALL(rt_torch_torchtensor_min_all) {
    if (!sffi_arity("rt_torch_torchtensor_min_all", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_min_all(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mul_(handle, other) */
SFFI_CALL(rt_torch_torchtensor_mul_) {
    if (!sffi_arity("rt_torch_torchtensor_mul_", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_mul_(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mul_scalar_v2_(input, other) */
SFFI_CALL(rt_torch_torchtensor_mul_scalar_v2_) {
    if (!sffi_arity("rt_torch_torchtensor_mul_scalar_v2_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_mul_scalar_v2_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_copy_(handle, src) */
SFFI_CALL(rt_torch_torchtensor_copy_) {
    if (!sffi_arity("rt_torch_torchtensor_copy_", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_src = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_src, "src")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_copy_(a_handle, a_src);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sub_scalar(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_sub_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_sub_scalar", nargs, 3)) return NULL;
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
            r = rt_torch_torchtensor_sub_scalar(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_pow_tensor_tensor(input, exponent) */
SFFI_CALL(rt_torch_torchtensor_pow_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_pow_tensor_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_exponent = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_exponent, "exponent")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_pow_tensor_tensor(a_input, a_exponent);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_det(input) */
SFFI_CALL(rt_torch_torchtensor_linalg_det) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_det", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_det(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_var_dim(input, dim, dim_present, unbiased, keepdim) */
SFFI_CALL(rt_torch_torchtensor_var_dim) {
    if (!sffi_arity("rt_torch_torchtensor_var_dim", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_var_dim(a_input, a_dim.data, a_dim.len, a_dim_present, a_unbiased, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_flatten_using_ints(input, start_dim, end_dim) */
SFFI_CALL(rt_torch_torchtensor_flatten_using_ints) {
    if (!sffi_arity("rt_torch_torchtensor_flatten_using_ints", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_start_dim = 0;
    int64_t a_end_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_start_dim, "start_dim") || !sffi_i64(args[2], &a_end_dim, "end_dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_flatten_using_ints(a_input, a_start_dim, a_end_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cummax(input, dim) */
SFFI_CALL(rt_torch_torchtensor_cummax) {
    if (!sffi_arity("rt_torch_torchtensor_cummax", nargs, 2)) return NULL;
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
                n = rt_torch_torchtensor_cummax(a_input, a_dim, out.data, out.cap);
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

/* rt_torch_torchtensor_sort_stable(input, stable, stable_present, dim, descending) */
SFFI_CALL(rt_torch_torchtensor_sort_stable) {
    if (!sffi_arity("rt_torch_torchtensor_sort_stable", nargs, 5)) return NULL;
    int64_t a_input = 0;
    bool a_stable = false;
    bool a_stable_present = false;
    int64_t a_dim = 0;
    bool a_descending = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_stable, "stable") || !sffi_bool(args[2], &a_stable_present, "stable_present") || !sffi_i64(args[3], &a_dim, "dim") || !sffi_bool(args[4], &a_descending, "descending")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_sort_stable(a_input, a_stable, a_stable_present, a_dim, a_descending, out.data, out.cap);
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

/* rt_torch_torchtensor_expand(input, size, implicit) */
SFFI_CALL(rt_torch_torchtensor_expand) {
    if (!sffi_arity("rt_torch_torchtensor_expand", nargs, 3)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    bool a_implicit = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size") || !sffi_bool(args[2], &a_implicit, "implicit")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_expand(a_input, a_size.data, a_size.len, a_implicit);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_select_scatter(input, src, dim, index) */
SFFI_CALL(rt_torch_torchtensor_select_scatter) {
    if (!sffi_arity("rt_torch_torchtensor_select_scatter", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_src = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_src, "src") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_i64(args[3], &a_index, "index")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_select_scatter(a_input, a_src, a_dim, a_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_zeros_like(input, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_zeros_like) {
    if (!sffi_arity("rt_torch_torchtensor_zeros_like", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_zeros_like(a_input, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_tensor_logspace(start, end, steps, base, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_logspace) {
    if (!sffi_arity("rt_torch_tensor_logspace", nargs, 6)) return NULL;
    double a_start = 0.0;
    int64_t a_start_int = 0;
    int32_t a_start_kind = 0;
    double a_end = 0.0;
    int64_t a_end_int = 0;
    int32_t a_end_kind = 0;
    int64_t a_steps = 0;
    double a_base = 0.0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_start, &a_start_int, &a_start_kind, "start", 0) || !sffi_scalar_arg(args[1], &a_end, &a_end_int, &a_end_kind, "end", 0) || !sffi_i64(args[2], &a_steps, "steps") || !sffi_f64(args[3], &a_base, "base") || !sffi_dtype_arg(args[4], &a_dtype, "dtype", 1) || !sffi_device_arg(args[5], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_logspace(a_start, a_start_int, a_start_kind, a_end, a_end_int, a_end_kind, a_steps, a_base, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_byte(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_byte) {
    if (!sffi_arity("rt_torch_torchtensor_byte", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_byte(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_char(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_char) {
    if (!sffi_arity("rt_torch_torchtensor_char", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_char(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_long(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_long) {
    if (!sffi_arity("rt_torch_torchtensor_long", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_long(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_normal_(input, mean, std_arg) */
SFFI_CALL(rt_torch_torchtensor_normal_) {
    if (!sffi_arity("rt_torch_torchtensor_normal_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_mean = 0.0;
    double a_std_arg = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_mean, "mean") || !sffi_f64(args[2], &a_std_arg, "std_arg")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_normal_(a_input, a_mean, a_std_arg);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bmm(input, mat2) */
SFFI_CALL(rt_torch_torchtensor_bmm) {
    if (!sffi_arity("rt_torch_torchtensor_bmm", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_mat2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mat2, "mat2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bmm(a_input, a_mat2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_outer(input, vec2) */
SFFI_CALL(rt_torch_torchtensor_outer) {
    if (!sffi_arity("rt_torch_torchtensor_outer", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_vec2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_vec2, "vec2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_outer(a_input, a_vec2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lu_solve(input, lu_data, lu_pivots) */
SFFI_CALL(rt_torch_torchtensor_lu_solve) {
    if (!sffi_arity("rt_torch_torchtensor_lu_solve", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_lu_data = 0;
    int64_t a_lu_pivots = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_lu_data, "lu_data") || !sffi_tensor_arg(args[2], &a_lu_pivots, "lu_pivots")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lu_solve(a_input, a_lu_data, a_lu_pivots);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_householder_product(input, tau) */
SFFI_CALL(rt_torch_torchtensor_linalg_householder_product) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_householder_product", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_tau = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_tau, "tau")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_householder_product(a_input, a_tau);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_lu_solve(lu, pivots, b, left, adjoint) */
SFFI_CALL(rt_torch_torchtensor_linalg_lu_solve) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_lu_solve", nargs, 5)) return NULL;
    int64_t a_lu = 0;
    int64_t a_pivots = 0;
    int64_t a_b = 0;
    bool a_left = false;
    bool a_adjoint = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_lu, "lu") || !sffi_tensor_arg(args[1], &a_pivots, "pivots") || !sffi_tensor_arg(args[2], &a_b, "b") || !sffi_bool(args[3], &a_left, "left") || !sffi_bool(args[4], &a_adjoint, "adjoint")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_lu_solve(a_lu, a_pivots, a_b, a_left, a_adjoint);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_matrix_rank(input, tol, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_rank) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_rank", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_tol = 0.0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_tol, "tol") || !sffi_bool(args[2], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_rank(a_input, a_tol, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_erfinv(input) */
SFFI_CALL(rt_torch_torchtensor_erfinv) {
    if (!sffi_arity("rt_torch_torchtensor_erfinv", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_erfinv(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_conj_physical(input) */
SFFI_CALL(rt_torch_torchtensor_conj_physical) {
    if (!sffi_arity("rt_torch_torchtensor_conj_physical", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_conj_physical(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_polygamma(n, input) */
SFFI_CALL(rt_torch_tensor_polygamma) {
    if (!sffi_arity("rt_torch_tensor_polygamma", nargs, 2)) return NULL;
    int64_t a_n = 0;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_n, "n") || !sffi_tensor_arg(args[1], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_polygamma(a_n, a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lerp_scalar(input, end, weight) */
SFFI_CALL(rt_torch_torchtensor_lerp_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_lerp_scalar", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_end = 0;
    double a_weight = 0.0;
    int64_t a_weight_int = 0;
    int32_t a_weight_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_scalar_arg(args[2], &a_weight, &a_weight_int, &a_weight_kind, "weight", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lerp_scalar(a_input, a_end, a_weight, a_weight_int, a_weight_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_copysign_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_copysign_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_copysign_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_copysign_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_remainder_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_remainder_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_remainder_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_remainder_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_floor_divide_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_floor_divide_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_floor_divide_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_floor_divide_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clamp(input, min, max) */
SFFI_CALL(rt_torch_torchtensor_clamp) {
    if (!sffi_arity("rt_torch_torchtensor_clamp", nargs, 3)) return NULL;
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
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp(a_input, a_min, a_min_int, a_min_kind, a_max, a_max_int, a_max_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_isnan(input) */
SFFI_CALL(rt_torch_torchtensor_isnan) {
    if (!sffi_arity("rt_torch_torchtensor_isnan", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isnan(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_and_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_and_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_and_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_and_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_pow_tensor_(input, exponent) */
SFFI_CALL(rt_torch_torchtensor_pow_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_pow_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_exponent = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_exponent, "exponent")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_pow_tensor_(a_input, a_exponent);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_remainder_scalar_(input, other) */
SFFI_CALL(rt_torch_torchtensor_remainder_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_remainder_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_remainder_scalar_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_log_sigmoid(input) */
SFFI_CALL(rt_torch_nn_log_sigmoid) {
    if (!sffi_arity("rt_torch_nn_log_sigmoid", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_log_sigmoid(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_softsign(input) */
SFFI_CALL(rt_torch_torchtensor_softsign) {
    if (!sffi_arity("rt_torch_torchtensor_softsign", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_softsign(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_poisson_nll_loss(input, target, log_input, full, eps, reduction) */
SFFI_CALL(rt_torch_nn_poisson_nll_loss) {
    if (!sffi_arity("rt_torch_nn_poisson_nll_loss", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    bool a_log_input = false;
    bool a_full = false;
    double a_eps = 0.0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_bool(args[2], &a_log_input, "log_input") || !sffi_bool(args[3], &a_full, "full") || !sffi_f64(args[4], &a_eps, "eps") || !sffi_text_arg(args[5], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_poisson_nll_loss(a_input, a_target, a_log_input, a_full, a_eps, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_adaptive_max_pool1d_with_indices(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_max_pool1d_with_indices) {
    if (!sffi_arity("rt_torch_nn_adaptive_max_pool1d_with_indices", nargs, 2)) return NULL;
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
                n = rt_torch_nn_adaptive_max_pool1d_with_indices(a_input, a_output_size.data, a_output_size.len, out.data, out.cap);
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

/* rt_torch_nn_adaptive_avg_pool2d(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_avg_pool2d) {
    if (!sffi_arity("rt_torch_nn_adaptive_avg_pool2d", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_output_size, "output_size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_adaptive_avg_pool2d(a_input, a_output_size.data, a_output_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_output_size);
    return sffi_warned(result);
}

/* rt_torch_nn_gaussian_nll_loss_float(input, target, variance, full, eps, reduction) */
SFFI_CALL(rt_torch_nn_gaussian_nll_loss_float) {
    if (!sffi_arity("rt_torch_nn_gaussian_nll_loss_float", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    double a_variance = 0.0;
    int64_t a_variance_int = 0;
    int32_t a_variance_kind = 0;
    bool a_full = false;
    double a_eps = 0.0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_scalar_arg(args[2], &a_variance, &a_variance_int, &a_variance_kind, "variance", 0) || !sffi_bool(args[3], &a_full, "full") || !sffi_f64(args[4], &a_eps, "eps") || !sffi_text_arg(args[5], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_gaussian_nll_loss_float(a_input, a_target, a_variance, a_variance_int, a_variance_kind, a_full, a_eps, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_upsample_nearest(input, size, size_present, scale_factor, scale_factor_present) */
SFFI_CALL(rt_torch_nn_upsample_nearest) {
    if (!sffi_arity("rt_torch_nn_upsample_nearest", nargs, 5)) return NULL;
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
            r = rt_torch_nn_upsample_nearest(a_input, a_size.data, a_size.len, a_size_present, a_scale_factor.data, a_scale_factor.len, a_scale_factor_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    sffi_array_free(&a_scale_factor);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logspace_tensor_scalar(start, end, steps, base, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_logspace_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_logspace_tensor_scalar", nargs, 6)) return NULL;
    int64_t a_start = 0;
    double a_end = 0.0;
    int64_t a_end_int = 0;
    int32_t a_end_kind = 0;
    int64_t a_steps = 0;
    double a_base = 0.0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_start, "start") || !sffi_scalar_arg(args[1], &a_end, &a_end_int, &a_end_kind, "end", 0) || !sffi_i64(args[2], &a_steps, "steps") || !sffi_f64(args[3], &a_base, "base") || !sffi_dtype_arg(args[4], &a_dtype, "dtype", 1) || !sffi_device_arg(args[5], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logspace_tensor_scalar(a_start, a_end, a_end_int, a_end_kind, a_steps, a_base, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_has_grad_fn(handle) */
SFFI_CALL(rt_torch_autograd_has_grad_fn) {
    if (!sffi_arity("rt_torch_autograd_has_grad_fn", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        r = rt_torch_autograd_has_grad_fn(a_handle);
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_jit_load(owner, path) */
SFFI_CALL(rt_torch_jit_load) {
    if (!sffi_arity("rt_torch_jit_load", nargs, 2)) return NULL;
    sffi_text a_path = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[1], &a_path, "path")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_jit_load(a_path.data);
        Py_END_ALLOW_THREADS
        result = sffi_owned_result(args[0], r, rt_torch_jit_module_release);
    }
done:
    sffi_text_free(&a_path);
    return sffi_warned(result);
}

/* rt_torch_jit_output_kind(module, method) */
SFFI_CALL(rt_torch_jit_output_kind) {
    if (!sffi_arity("rt_torch_jit_output_kind", nargs, 2)) return NULL;
    int64_t a_module = 0;
    sffi_text a_method = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module") || !sffi_text_arg(args[1], &a_method, "method")) goto done;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_jit_output_kind(a_module, a_method.data);
        Py_END_ALLOW_THREADS
        result = sffi_i32_result(r, 1);
    }
done:
    sffi_text_free(&a_method);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_amp_update_scale_(scale, growth_tracker, found_inf, scale_growth_factor, scale_backoff_factor, growth_interval) */
SFFI_CALL(rt_torch_torchtensor_amp_update_scale_) {
    if (!sffi_arity("rt_torch_torchtensor_amp_update_scale_", nargs, 6)) return NULL;
    int64_t a_scale = 0;
    int64_t a_growth_tracker = 0;
    int64_t a_found_inf = 0;
    double a_scale_growth_factor = 0.0;
    double a_scale_backoff_factor = 0.0;
    int64_t a_growth_interval = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_scale, "scale") || !sffi_tensor_arg(args[1], &a_growth_tracker, "growth_tracker") || !sffi_tensor_arg(args[2], &a_found_inf, "found_inf") || !sffi_f64(args[3], &a_scale_growth_factor, "scale_growth_factor") || !sffi_f64(args[4], &a_scale_backoff_factor, "scale_backoff_factor") || !sffi_i64(args[5], &a_growth_interval, "growth_interval")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_amp_update_scale_(a_scale, a_growth_tracker, a_found_inf, a_scale_growth_factor, a_scale_backoff_factor, a_growth_interval);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_dist_init_env(owner, backend, timeout_ms) */
SFFI_CALL(rt_torch_dist_init_env) {
    if (!sffi_arity("rt_torch_dist_init_env", nargs, 3)) return NULL;
    sffi_text a_backend = SFFI_TEXT_INIT;
    int64_t a_timeout_ms = 0;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[1], &a_backend, "backend") || !sffi_i64(args[2], &a_timeout_ms, "timeout_ms")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_dist_init_env(a_backend.data, a_timeout_ms);
        Py_END_ALLOW_THREADS
        result = sffi_owned_result(args[0], r, rt_torch_dist_release);
    }
done:
    sffi_text_free(&a_backend);
    return sffi_warned(result);
}

/* rt_torch_dist_shuffle_indices(n, seed) */
SFFI_CALL(rt_torch_dist_shuffle_indices) {
    if (!sffi_arity("rt_torch_dist_shuffle_indices", nargs, 2)) return NULL;
    int64_t a_n = 0;
    int64_t a_seed = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_n, "n") || !sffi_i64(args[1], &a_seed, "seed")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_dist_shuffle_indices(a_n, a_seed);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_13[] = {
    {"rt_torch_torchtensor_add", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_det", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_det, METH_FASTCALL, NULL},
    {"rt_torch_nn_dropout", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_dropout, METH_FASTCALL, NULL},
    {"rt_torch_nn_linear", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_linear, METH_FASTCALL, NULL},
    {"rt_torch_nn_nll_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_nll_loss, METH_FASTCALL, NULL},
    {"rt_torch_autograd_grad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_grad, METH_FASTCALL, NULL},
    {"rt_torch_cuda_empty_cache", (PyCFunction)(void (*)(void))sffi_call_rt_torch_cuda_empty_cache, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_min_all", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_min_all, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mul_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mul_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mul_scalar_v2_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mul_scalar_v2_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_copy_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_copy_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sub_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sub_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_pow_tensor_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_pow_tensor_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_det", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_det, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_var_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_var_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_flatten_using_ints", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_flatten_using_ints, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cummax", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cummax, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sort_stable", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sort_stable, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_expand", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_expand, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_select_scatter", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_select_scatter, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_zeros_like", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_zeros_like, METH_FASTCALL, NULL},
    {"rt_torch_tensor_logspace", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_logspace, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_byte", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_byte, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_char", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_char, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_long", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_long, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_normal_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_normal_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bmm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bmm, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_outer", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_outer, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lu_solve", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lu_solve, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_householder_product", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_householder_product, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_lu_solve", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_lu_solve, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_matrix_rank", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_matrix_rank, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_erfinv", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_erfinv, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_conj_physical", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_conj_physical, METH_FASTCALL, NULL},
    {"rt_torch_tensor_polygamma", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_polygamma, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lerp_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lerp_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_copysign_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_copysign_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_remainder_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_remainder_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_floor_divide_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_floor_divide_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clamp", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clamp, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_isnan", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_isnan, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_and_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_and_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_pow_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_pow_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_remainder_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_remainder_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_nn_log_sigmoid", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_log_sigmoid, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_softsign", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_softsign, METH_FASTCALL, NULL},
    {"rt_torch_nn_poisson_nll_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_poisson_nll_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_adaptive_max_pool1d_with_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_adaptive_max_pool1d_with_indices, METH_FASTCALL, NULL},
    {"rt_torch_nn_adaptive_avg_pool2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_adaptive_avg_pool2d, METH_FASTCALL, NULL},
    {"rt_torch_nn_gaussian_nll_loss_float", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_gaussian_nll_loss_float, METH_FASTCALL, NULL},
    {"rt_torch_nn_upsample_nearest", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_upsample_nearest, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logspace_tensor_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logspace_tensor_scalar, METH_FASTCALL, NULL},
    {"rt_torch_autograd_has_grad_fn", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_has_grad_fn, METH_FASTCALL, NULL},
    {"rt_torch_jit_load", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_load, METH_FASTCALL, NULL},
    {"rt_torch_jit_output_kind", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_output_kind, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_amp_update_scale_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_amp_update_scale_, METH_FASTCALL, NULL},
    {"rt_torch_dist_init_env", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_init_env, METH_FASTCALL, NULL},
    {"rt_torch_dist_shuffle_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_shuffle_indices, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
