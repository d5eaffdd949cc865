// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 11 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_torchtensor_mul(int64_t handle, int64_t other);
int64_t rt_torch_torchtensor_transpose(int64_t handle, int64_t dim0, int64_t dim1);
int64_t rt_torch_torchtensor_argmax(int64_t handle, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity);
void rt_torch_torchstream_free(int64_t handle);
int64_t rt_torch_torchtensor_storage_offset(int64_t input);
bool rt_torch_torchtensor_is_floating_point(int64_t input);
int64_t rt_torch_torchtensor_element_size(int64_t input);
double rt_torch_torchtensor_item(int64_t handle);
int64_t rt_torch_torchtensor_imag(int64_t handle);
void rt_torch_torchtensor_addcdiv_(int64_t handle, int64_t tensor1, int64_t tensor2, double value);
int64_t rt_torch_tensor_zeros_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_rand_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_arange_v2(double end, int64_t end_int, int32_t end_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_tensor_linspace_v2(double start, int64_t start_int, int32_t start_kind, double end, int64_t end_int, int32_t end_kind, int64_t steps, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_add_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_rsub_tensor(int64_t input, int64_t other, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_gelu_v2(int64_t input, const char* approximate);
int64_t rt_torch_torchtensor_linalg_svd(int64_t input, bool full_matrices, const char* driver, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_conv2d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_torchtensor_sort(int64_t input, int64_t dim, bool descending, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_nanquantile_scalar(int64_t input, double q, int64_t dim, bool dim_present, bool keepdim, const char* interpolation);
int64_t rt_torch_torchtensor_var_mean(int64_t input, bool unbiased, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_std_mean_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_histc(int64_t input, int64_t bins, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind);
int64_t rt_torch_torchtensor_flip(int64_t input, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_unflatten_int(int64_t input, int64_t dim, const int64_t* sizes, int64_t sizes_len);
int64_t rt_torch_torchtensor_diagonal(int64_t input, int64_t offset, int64_t dim1, int64_t dim2);
int64_t rt_torch_torchtensor_trace(int64_t input);
int64_t rt_torch_torchtensor_take(int64_t input, int64_t index);
int64_t rt_torch_torchtensor_multinomial(int64_t input, int64_t num_samples, bool replacement);
int64_t rt_torch_torchtensor_mm(int64_t input, int64_t mat2);
int64_t rt_torch_torchtensor_vdot(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_trapz_x(int64_t y, int64_t x, int64_t dim);
int64_t rt_torch_torchtensor_trapz_dx(int64_t y, double dx, int64_t dim);
int64_t rt_torch_torchtensor_linalg_cholesky_ex(int64_t input, bool upper, bool check_errors, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_cond(int64_t input, double p, int64_t p_int, int32_t p_kind);
int64_t rt_torch_torchtensor_linalg_norm_ord_str(int64_t input, const char* ord, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_linalg_matrix_norm(int64_t input, double ord, int64_t ord_int, int32_t ord_kind, const int64_t* dim, int64_t dim_len, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_trunc(int64_t input);
int64_t rt_torch_torchtensor_clamp_max_tensor(int64_t input, int64_t max);
int64_t rt_torch_torchtensor_bitwise_xor_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_tensor_bitwise_xor_scalar_tensor(double input, int64_t input_int, int32_t input_kind, int64_t other);
void rt_torch_torchtensor_div_tensor_mode_(int64_t input, int64_t other, const char* rounding_mode);
void rt_torch_torchtensor_div_scalar_mode_(int64_t input, double other, int64_t other_int, int32_t other_kind, const char* rounding_mode);
int64_t rt_torch_nn_margin_ranking_loss(int64_t input1, int64_t input2, int64_t target, double margin, const char* reduction);
int64_t rt_torch_nn_kl_div(int64_t input, int64_t target, const char* reduction, bool log_target);
int64_t rt_torch_nn_max_pool1d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode);
int64_t rt_torch_nn_adaptive_max_pool2d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_adaptive_max_pool2d_with_indices(int64_t input, const int64_t* output_size, int64_t output_size_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_adaptive_avg_pool3d(int64_t input, const int64_t* output_size, int64_t output_size_len);
int64_t rt_torch_nn_dropout2d(int64_t input, double p, bool training);
int64_t rt_torch_nn_ctc_loss_intlist(int64_t log_probs, int64_t targets, const int64_t* input_lengths, int64_t input_lengths_len, const int64_t* target_lengths, int64_t target_lengths_len, int64_t blank, const char* reduction, bool zero_infinity);
int64_t rt_torch_torchtensor_new_handle(int64_t handle);
void rt_torch_dist_broadcast_(int64_t tensor, int64_t group, int64_t src);
void rt_torch_dist_barrier(int64_t group);

/* rt_torch_torchtensor_mul(handle, other) */
SFFI_CALL(rt_torch_torchtensor_mul) {
    if (!sffi_arity("rt_torch_torchtensor_mul", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mul(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_transpose(handle, dim0, dim1) */
SFFI_CALL(rt_torch_torchtensor_transpose) {
    if (!sffi_arity("rt_torch_torchtensor_transpose", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim0 = 0;
    int64_t a_dim1 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim0, "dim0") || !sffi_i64(args[2], &a_dim1, "dim1")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_transpose(a_handle, a_dim0, a_dim1);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_argmax(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_argmax) {
    if (!sffi_arity("rt_torch_torchtensor_argmax", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argmax(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_chunk(handle, chunks, dim) */
SFFI_CALL(rt_torch_torchtensor_chunk) {
    if (!sffi_arity("rt_torch_torchtensor_chunk", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_chunks = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_chunks, "chunks") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, sffi_first_capacity(a_chunks, 4096))) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_chunk(a_handle, a_chunks, a_dim, out.data, out.cap);
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

/* rt_torch_torchstream_free(handle) */
SFFI_CALL(rt_torch_torchstream_free) {
    if (!sffi_arity("rt_torch_torchstream_free", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_stream_arg(args[0], &a_handle, "handle")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchstream_free(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_storage_offset(input) */
SFFI_CALL(rt_torch_torchtensor_storage_offset) {
    if (!sffi_arity("rt_torch_torchtensor_storage_offset", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        r = rt_torch_torchtensor_storage_offset(a_input);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_is_floating_point(input) */
SFFI_CALL(rt_torch_torchtensor_is_floating_point) {
    if (!sffi_arity("rt_torch_torchtensor_is_floating_point", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        bool r;
        r = rt_torch_torchtensor_is_floating_point(a_input);
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_element_size(input) */
SFFI_CALL(rt_torch_torchtensor_element_size) {
    if (!sffi_arity("rt_torch_torchtensor_element_size", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        r = rt_torch_torchtensor_element_size(a_input);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_item(handle) */
SFFI_CALL(rt_torch_torchtensor_item) {
    if (!sffi_arity("rt_torch_torchtensor_item", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_item(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_imag(handle) */
SFFI_CALL(rt_torch_torchtensor_imag) {
    if (!sffi_arity("rt_torch_torchtensor_imag", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_imag(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_addcdiv_(handle, tensor1, tensor2, value) */
SFFI_CALL(rt_torch_torchtensor_addcdiv_) {
    if (!sffi_arity("rt_torch_torchtensor_addcdiv_", nargs, 4)) return NULL;
    int64_t a_handle = 0;
    int64_t a_tensor1 = 0;
    int64_t a_tensor2 = 0;
    double a_value = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_tensor1, "tensor1") || !sffi_tensor_arg(args[2], &a_tensor2, "tensor2") || !sffi_f64(args[3], &a_value, "value")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_addcdiv_(a_handle, a_tensor1, a_tensor2, a_value);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_zeros_v2(size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_zeros_v2) {
    if (!sffi_arity("rt_torch_tensor_zeros_v2", nargs, 3)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_zeros_v2(a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_tensor_rand_v2(size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_rand_v2) {
    if (!sffi_arity("rt_torch_tensor_rand_v2", nargs, 3)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_rand_v2(a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_tensor_arange_v2(end, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_arange_v2) {
    if (!sffi_arity("rt_torch_tensor_arange_v2", nargs, 3)) return NULL;
    double a_end = 0.0;
    int64_t a_end_int = 0;
    int32_t a_end_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_end, &a_end_int, &a_end_kind, "end", 0) || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_arange_v2(a_end, a_end_int, a_end_kind, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_linspace_v2(start, end, steps, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_linspace_v2) {
    if (!sffi_arity("rt_torch_tensor_linspace_v2", nargs, 5)) return NULL;
    double a_start = 0.0;
    int64_t a_start_int = 0;
    int32_t a_start_kind = 0;
    double a_end = 0.0;
    int64_t a_end_int = 0;
    int32_t a_end_kind = 0;
    int64_t a_steps = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_start, &a_start_int, &a_start_kind, "start", 0) || !sffi_scalar_arg(args[1], &a_end, &a_end_int, &a_end_kind, "end", 0) || !sffi_i64(args[2], &a_steps, "steps") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_linspace_v2(a_start, a_start_int, a_start_kind, a_end, a_end_int, a_end_kind, a_steps, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_add_tensor(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_add_tensor", nargs, 3)) return NULL;
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
            r = rt_torch_torchtensor_add_tensor(a_input, a_other, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_rsub_tensor(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_rsub_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_rsub_tensor", nargs, 3)) return NULL;
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
            r = rt_torch_torchtensor_rsub_tensor(a_input, a_other, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_gelu_v2(input, approximate) */
SFFI_CALL(rt_torch_torchtensor_gelu_v2) {
    if (!sffi_arity("rt_torch_torchtensor_gelu_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_approximate = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_approximate, "approximate")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_gelu_v2(a_input, a_approximate.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_approximate);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_svd(input, full_matrices, driver) */
SFFI_CALL(rt_torch_torchtensor_linalg_svd) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_svd", nargs, 3)) return NULL;
    int64_t a_input = 0;
    bool a_full_matrices = false;
    sffi_text a_driver = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_full_matrices, "full_matrices") || !sffi_text_arg(args[2], &a_driver, "driver")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_svd(a_input, a_full_matrices, a_driver.data, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_text_free(&a_driver);
    return sffi_warned(result);
}

/* rt_torch_nn_conv2d_padding(input, weight, bias, stride, padding, dilation, groups) */
SFFI_CALL(rt_torch_nn_conv2d_padding) {
    if (!sffi_arity("rt_torch_nn_conv2d_padding", nargs, 7)) return NULL;
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
            r = rt_torch_nn_conv2d_padding(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_dilation.data, a_dilation.len, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_text_free(&a_padding);
    sffi_array_free(&a_dilation);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_sort(input, dim, descending) */
SFFI_CALL(rt_torch_torchtensor_sort) {
    if (!sffi_arity("rt_torch_torchtensor_sort", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_descending = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_descending, "descending")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_sort(a_input, a_dim, a_descending, out.data, out.cap);
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

/* rt_torch_torchtensor_nanquantile_scalar(input, q, dim, dim_present, keepdim, interpolation) */
SFFI_CALL(rt_torch_torchtensor_nanquantile_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_nanquantile_scalar", nargs, 6)) return NULL;
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
            r = rt_torch_torchtensor_nanquantile_scalar(a_input, a_q, a_dim, a_dim_present, a_keepdim, a_interpolation.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_interpolation);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_var_mean(input, unbiased) */
SFFI_CALL(rt_torch_torchtensor_var_mean) {
    if (!sffi_arity("rt_torch_torchtensor_var_mean", nargs, 2)) return NULL;
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
                n = rt_torch_torchtensor_var_mean(a_input, a_unbiased, out.data, out.cap);
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

/* rt_torch_torchtensor_std_mean_correction(input, dim, dim_present, correction, keepdim) */
SFFI_CALL(rt_torch_torchtensor_std_mean_correction) {
    if (!sffi_arity("rt_torch_torchtensor_std_mean_correction", nargs, 5)) return NULL;
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
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_std_mean_correction(a_input, a_dim.data, a_dim.len, a_dim_present, a_correction, a_correction_int, a_correction_kind, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_histc(input, bins, min, max) */
SFFI_CALL(rt_torch_torchtensor_histc) {
    if (!sffi_arity("rt_torch_torchtensor_histc", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_bins = 0;
    double a_min = 0.0;
    int64_t a_min_int = 0;
    int32_t a_min_kind = 0;
    double a_max = 0.0;
    int64_t a_max_int = 0;
    int32_t a_max_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_bins, "bins") || !sffi_scalar_arg(args[2], &a_min, &a_min_int, &a_min_kind, "min", 0) || !sffi_scalar_arg(args[3], &a_max, &a_max_int, &a_max_kind, "max", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_histc(a_input, a_bins, a_min, a_min_int, a_min_kind, a_max, a_max_int, a_max_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_flip(input, dims) */
SFFI_CALL(rt_torch_torchtensor_flip) {
    if (!sffi_arity("rt_torch_torchtensor_flip", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_flip(a_input, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_unflatten_int(input, dim, sizes) */
SFFI_CALL(rt_torch_torchtensor_unflatten_int) {
    if (!sffi_arity("rt_torch_torchtensor_unflatten_int", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    sffi_i64s a_sizes = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_i64_list(args[2], &a_sizes, "sizes")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_unflatten_int(a_input, a_dim, a_sizes.data, a_sizes.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_sizes);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_diagonal(input, offset, dim1, dim2) */
SFFI_CALL(rt_torch_torchtensor_diagonal) {
    if (!sffi_arity("rt_torch_torchtensor_diagonal", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_offset = 0;
    int64_t a_dim1 = 0;
    int64_t a_dim2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_offset, "offset") || !sffi_i64(args[2], &a_dim1, "dim1") || !sffi_i64(args[3], &a_dim2, "dim2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diagonal(a_input, a_offset, a_dim1, a_dim2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_trace(input) */
SFFI_CALL(rt_torch_torchtensor_trace) {
    if (!sffi_arity("rt_torch_torchtensor_trace", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_trace(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_take(input, index) */
SFFI_CALL(rt_torch_torchtensor_take) {
    if (!sffi_arity("rt_torch_torchtensor_take", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_index, "index")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_take(a_input, a_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_multinomial(input, num_samples, replacement) */
SFFI_CALL(rt_torch_torchtensor_multinomial) {
    if (!sffi_arity("rt_torch_torchtensor_multinomial", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_num_samples = 0;
    bool a_replacement = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_num_samples, "num_samples") || !sffi_bool(args[2], &a_replacement, "replacement")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_multinomial(a_input, a_num_samples, a_replacement);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mm(input, mat2) */
SFFI_CALL(rt_torch_torchtensor_mm) {
    if (!sffi_arity("rt_torch_torchtensor_mm", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_mat2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mat2, "mat2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mm(a_input, a_mat2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_vdot(input, other) */
SFFI_CALL(rt_torch_torchtensor_vdot) {
    if (!sffi_arity("rt_torch_torchtensor_vdot", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_vdot(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_trapz_x(y, x, dim) */
SFFI_CALL(rt_torch_torchtensor_trapz_x) {
    if (!sffi_arity("rt_torch_torchtensor_trapz_x", nargs, 3)) return NULL;
    int64_t a_y = 0;
    int64_t a_x = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_y, "y") || !sffi_tensor_arg(args[1], &a_x, "x") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_trapz_x(a_y, a_x, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_trapz_dx(y, dx, dim) */
SFFI_CALL(rt_torch_torchtensor_trapz_dx) {
    if (!sffi_arity("rt_torch_torchtensor_trapz_dx", nargs, 3)) return NULL;
    int64_t a_y = 0;
    double a_dx = 0.0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_y, "y") || !sffi_f64(args[1], &a_dx, "dx") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_trapz_dx(a_y, a_dx, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_cholesky_ex(input, upper, check_errors) */
SFFI_CALL(rt_torch_torchtensor_linalg_cholesky_ex) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_cholesky_ex", nargs, 3)) return NULL;
    int64_t a_input = 0;
    bool a_upper = false;
    bool a_check_errors = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_upper, "upper") || !sffi_bool(args[2], &a_check_errors, "check_errors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_cholesky_ex(a_input, a_upper, a_check_errors, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_cond(input, p) */
SFFI_CALL(rt_torch_torchtensor_linalg_cond) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_cond", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    int64_t a_p_int = 0;
    int32_t a_p_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_p, &a_p_int, &a_p_kind, "p", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_cond(a_input, a_p, a_p_int, a_p_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_norm_ord_str(input, ord, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_linalg_norm_ord_str) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_norm_ord_str", nargs, 6)) return NULL;
    int64_t a_input = 0;
    sffi_text a_ord = SFFI_TEXT_INIT;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_ord, "ord") || !sffi_i64_list(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_bool(args[4], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[5], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_norm_ord_str(a_input, a_ord.data, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_ord);
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_matrix_norm(input, ord, dim, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_norm) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_norm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    double a_ord = 0.0;
    int64_t a_ord_int = 0;
    int32_t a_ord_kind = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_ord, &a_ord_int, &a_ord_kind, "ord", 0) || !sffi_i64_list(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[4], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_norm(a_input, a_ord, a_ord_int, a_ord_kind, a_dim.data, a_dim.len, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_trunc(input) */
SFFI_CALL(rt_torch_torchtensor_trunc) {
    if (!sffi_arity("rt_torch_torchtensor_trunc", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_trunc(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_clamp_max_tensor(input, max) */
SFFI_CALL(rt_torch_torchtensor_clamp_max_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_max_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_max = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_max, "max")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp_max_tensor(a_input, a_max);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_xor_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_xor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_xor_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_xor_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_bitwise_xor_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_bitwise_xor_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_bitwise_xor_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bitwise_xor_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_div_tensor_mode_(input, other, rounding_mode) */
SFFI_CALL(rt_torch_torchtensor_div_tensor_mode_) {
    if (!sffi_arity("rt_torch_torchtensor_div_tensor_mode_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    sffi_text a_rounding_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_text_arg(args[2], &a_rounding_mode, "rounding_mode")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_div_tensor_mode_(a_input, a_other, a_rounding_mode.data);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_text_free(&a_rounding_mode);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_div_scalar_mode_(input, other, rounding_mode) */
SFFI_CALL(rt_torch_torchtensor_div_scalar_mode_) {
    if (!sffi_arity("rt_torch_torchtensor_div_scalar_mode_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    sffi_text a_rounding_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0) || !sffi_text_arg(args[2], &a_rounding_mode, "rounding_mode")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_div_scalar_mode_(a_input, a_other, a_other_int, a_other_kind, a_rounding_mode.data);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_text_free(&a_rounding_mode);
    return sffi_warned(result);
}

/* rt_torch_nn_margin_ranking_loss(input1, input2, target, margin, reduction) */
SFFI_CALL(rt_torch_nn_margin_ranking_loss) {
    if (!sffi_arity("rt_torch_nn_margin_ranking_loss", nargs, 5)) return NULL;
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
            r = rt_torch_nn_margin_ranking_loss(a_input1, a_input2, a_target, a_margin, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_kl_div(input, target, reduction, log_target) */
SFFI_CALL(rt_torch_nn_kl_div) {
    if (!sffi_arity("rt_torch_nn_kl_div", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    bool a_log_target = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction") || !sffi_bool(args[3], &a_log_target, "log_target")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_kl_div(a_input, a_target, a_reduction.data, a_log_target);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_max_pool1d(input, kernel_size, stride, stride_present, padding, dilation, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool1d) {
    if (!sffi_arity("rt_torch_nn_max_pool1d", nargs, 7)) return NULL;
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
            r = rt_torch_nn_max_pool1d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_ceil_mode);
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

/* rt_torch_nn_adaptive_max_pool2d(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_max_pool2d) {
    if (!sffi_arity("rt_torch_nn_adaptive_max_pool2d", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_output_size, "output_size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_adaptive_max_pool2d(a_input, a_output_size.data, a_output_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_output_size);
    return sffi_warned(result);
}

/* rt_torch_nn_adaptive_max_pool2d_with_indices(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_max_pool2d_with_indices) {
    if (!sffi_arity("rt_torch_nn_adaptive_max_pool2d_with_indices", nargs, 2)) return NULL;
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
                n = rt_torch_nn_adaptive_max_pool2d_with_indices(a_input, a_output_size.data, a_output_size.len, out.data, out.cap);
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

/* rt_torch_nn_adaptive_avg_pool3d(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_avg_pool3d) {
    if (!sffi_arity("rt_torch_nn_adaptive_avg_pool3d", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_output_size, "output_size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_adaptive_avg_pool3d(a_input, a_output_size.data, a_output_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_output_size);
    return sffi_warned(result);
}

/* rt_torch_nn_dropout2d(input, p, training) */
SFFI_CALL(rt_torch_nn_dropout2d) {
    if (!sffi_arity("rt_torch_nn_dropout2d", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    bool a_training = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p") || !sffi_bool(args[2], &a_training, "training")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_dropout2d(a_input, a_p, a_training);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_ctc_loss_intlist(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity) */
SFFI_CALL(rt_torch_nn_ctc_loss_intlist) {
    if (!sffi_arity("rt_torch_nn_ctc_loss_intlist", nargs, 7)) return NULL;
    int64_t a_log_probs = 0;
    int64_t a_targets = 0;
    sffi_i64s a_input_lengths = SFFI_ARRAY_INIT;
    sffi_i64s a_target_lengths = SFFI_ARRAY_INIT;
    int64_t a_blank = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    bool a_zero_infinity = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_log_probs, "log_probs") || !sffi_tensor_arg(args[1], &a_targets, "targets") || !sffi_i64_list(args[2], &a_input_lengths, "input_lengths") || !sffi_i64_list(args[3], &a_target_lengths, "target_lengths") || !sffi_i64(args[4], &a_blank, "blank") || !sffi_text_arg(args[5], &a_reduction, "reduction") || !sffi_bool(args[6], &a_zero_infinity, "zero_infinity")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_ctc_loss_intlist(a_log_probs, a_targets, a_input_lengths.data, a_input_lengths.len, a_target_lengths.data, a_target_lengths.len, a_blank, a_reduction.data, a_zero_infinity);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_input_lengths);
    sffi_array_free(&a_target_lengths);
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_new_handle(handle) */
SFFI_CALL(rt_torch_torchtensor_new_handle) {
    if (!sffi_arity("rt_torch_torchtensor_new_handle", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        r = rt_torch_torchtensor_new_handle(a_handle);
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_dist_broadcast_(tensor, group, src) */
SFFI_CALL(rt_torch_dist_broadcast_) {
    if (!sffi_arity("rt_torch_dist_broadcast_", nargs, 3)) return NULL;
    int64_t a_tensor = 0;
    int64_t a_group = 0;
    int64_t a_src = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_tensor, "tensor") || !sffi_i64(args[1], &a_group, "group") || !sffi_i64(args[2], &a_src, "src")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_dist_broadcast_(a_tensor, a_group, a_src);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_dist_barrier(group) */
SFFI_CALL(rt_torch_dist_barrier) {
    if (!sffi_arity("rt_torch_dist_barrier", nargs, 1)) return NULL;
    int64_t a_group = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_group, "group")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_dist_barrier(a_group);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_11[] = {
    {"rt_torch_torchtensor_mul", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mul, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_transpose", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_transpose, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_argmax", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_argmax, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_chunk", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_chunk, METH_FASTCALL, NULL},
    {"rt_torch_torchstream_free", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchstream_free, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_storage_offset", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_storage_offset, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_is_floating_point", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_is_floating_point, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_element_size", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_element_size, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_item", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_item, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_imag", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_imag, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_addcdiv_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_addcdiv_, METH_FASTCALL, NULL},
    {"rt_torch_tensor_zeros_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_zeros_v2, METH_FASTCALL, NULL},
    {"rt_torch_tensor_rand_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_rand_v2, METH_FASTCALL, NULL},
    {"rt_torch_tensor_arange_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_arange_v2, METH_FASTCALL, NULL},
    {"rt_torch_tensor_linspace_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_linspace_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_add_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_rsub_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_rsub_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_gelu_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_gelu_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_svd", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_svd, METH_FASTCALL, NULL},
    {"rt_torch_nn_conv2d_padding", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_conv2d_padding, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sort", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sort, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_nanquantile_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_nanquantile_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_var_mean", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_var_mean, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_std_mean_correction", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_std_mean_correction, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_histc", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_histc, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_flip", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_flip, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_unflatten_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_unflatten_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_diagonal", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_diagonal, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_trace", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_trace, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_take", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_take, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_multinomial", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_multinomial, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mm, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_vdot", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_vdot, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_trapz_x", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_trapz_x, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_trapz_dx", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_trapz_dx, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_cholesky_ex", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_cholesky_ex, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_cond", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_cond, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_norm_ord_str", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_norm_ord_str, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_matrix_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_matrix_norm, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_trunc", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_trunc, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clamp_max_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clamp_max_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_xor_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_xor_scalar, METH_FASTCALL, NULL},
    {"rt_torch_tensor_bitwise_xor_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_bitwise_xor_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_div_tensor_mode_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_div_tensor_mode_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_div_scalar_mode_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_div_scalar_mode_, METH_FASTCALL, NULL},
    {"rt_torch_nn_margin_ranking_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_margin_ranking_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_kl_div", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_kl_div, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_pool1d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_pool1d, METH_FASTCALL, NULL},
    {"rt_torch_nn_adaptive_max_pool2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_adaptive_max_pool2d, METH_FASTCALL, NULL},
    {"rt_torch_nn_adaptive_max_pool2d_with_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_adaptive_max_pool2d_with_indices, METH_FASTCALL, NULL},
    {"rt_torch_nn_adaptive_avg_pool3d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_adaptive_avg_pool3d, METH_FASTCALL, NULL},
    {"rt_torch_nn_dropout2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_dropout2d, METH_FASTCALL, NULL},
    {"rt_torch_nn_ctc_loss_intlist", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_ctc_loss_intlist, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_new_handle", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_new_handle, METH_FASTCALL, NULL},
    {"rt_torch_dist_broadcast_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_broadcast_, METH_FASTCALL, NULL},
    {"rt_torch_dist_barrier", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_barrier, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
