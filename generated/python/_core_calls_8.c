// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 8 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_tensor_full(const int64_t* dims, int64_t dims_len, double value);
int64_t rt_torch_torchtensor_svd(int64_t handle);
int64_t rt_torch_torchtensor_squeeze(int64_t handle);
int64_t rt_torch_torchtensor_index_select(int64_t handle, int64_t dim, int64_t indices);
int64_t rt_torch_torchtensor_gather(int64_t handle, int64_t dim, int64_t indices);
double rt_torch_nn_mse_loss(int64_t input, int64_t target);
double rt_torch_nn_cross_entropy(int64_t input, int64_t target);
void rt_torch_autograd_backward(int64_t handle);
int64_t rt_torch_torchtensor_cpu(int64_t handle);
void rt_torch_torchstream_sync(int64_t handle);
void rt_torch_set_num_threads(int32_t num_threads);
void rt_torch_autograd_backward_v2(int64_t handle, int64_t gradient, bool retain_graph, bool retain_graph_present, bool create_graph);
void rt_torch_torchstream_sync_v2(int64_t handle);
int64_t rt_torch_tensor_eye_v2(int64_t n, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_std_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim);
int64_t rt_torch_torchtensor_squeeze_dims(int64_t input, const int64_t* dim, int64_t dim_len);
int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* dilation, int64_t dilation_len, bool ceil_mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_mse_loss_v2(int64_t input, int64_t target, const char* reduction);
int64_t rt_torch_torchtensor_cumsum(int64_t input, int64_t dim, int32_t dtype);
int64_t rt_torch_torchtensor_any_dim(int64_t input, int64_t dim, bool keepdim);
int64_t rt_torch_torchtensor_kthvalue(int64_t input, int64_t k, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_msort(int64_t input);
int64_t rt_torch_torchtensor_split_tensor(int64_t input, int64_t split_size, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_ones_like(int64_t input, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_normal_tensor_float(int64_t mean, double std_arg);
int64_t rt_torch_tensor_triu_indices(int64_t row, int64_t col, int64_t offset, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_new_empty(int64_t input, const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_geqrf(int64_t input, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_linalg_cond_p_str(int64_t input, const char* p);
int64_t rt_torch_torchtensor_linalg_eigvalsh(int64_t input, const char* uplo);
int64_t rt_torch_torchtensor_linalg_matrix_power(int64_t input, int64_t n);
int64_t rt_torch_torchtensor_mt(int64_t input);
int64_t rt_torch_torchtensor_tan(int64_t input);
int64_t rt_torch_torchtensor_acos(int64_t input);
int64_t rt_torch_torchtensor_i0(int64_t input);
int64_t rt_torch_torchtensor_mvlgamma(int64_t input, int64_t p);
int64_t rt_torch_tensor_float_power_scalar(double input, int64_t input_int, int32_t input_kind, int64_t exponent);
int64_t rt_torch_torchtensor_lcm(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_eq_tensor(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_ge_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind);
int64_t rt_torch_torchtensor_isposinf(int64_t input);
int64_t rt_torch_torchtensor_where_scalar(int64_t condition, double input, int64_t input_int, int32_t input_kind, double other, int64_t other_int, int32_t other_kind);
void rt_torch_torchtensor_pow_scalar_(int64_t input, double exponent, int64_t exponent_int, int32_t exponent_kind);
int64_t rt_torch_torchtensor_softmin(int64_t input, int64_t dim, bool dim_present, int32_t dtype);
int64_t rt_torch_nn_soft_margin_loss(int64_t input, int64_t target, const char* reduction);
int64_t rt_torch_nn_channel_shuffle(int64_t input, int64_t groups);
int64_t rt_torch_nn_max_unpool2d(int64_t input, int64_t indices, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, const int64_t* output_size, int64_t output_size_len, bool output_size_present);
int64_t rt_torch_nn_embedding_bag(int64_t input, int64_t weight, int64_t offsets, double max_norm, bool max_norm_present, double norm_type, bool scale_grad_by_freq, const char* mode, bool sparse, int64_t per_sample_weights, bool include_last_offset, int64_t padding_idx, bool padding_idx_present);
int64_t rt_torch_jit_parameters(int64_t module, int64_t* out, int64_t out_capacity);
bool rt_torch_is_autocast_enabled(const char* device_type);
int32_t rt_torch_get_autocast_dtype(const char* device_type);

/* rt_torch_tensor_full(dims, value) */
SFFI_CALL(rt_torch_tensor_full) {
    if (!sffi_arity("rt_torch_tensor_full", nargs, 2)) return NULL;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    double a_value = 0.0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_dims, "dims") || !sffi_f64(args[1], &a_value, "value")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_full(a_dims.data, a_dims.len, a_value);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_svd(handle) */
SFFI_CALL(rt_torch_torchtensor_svd) {
    if (!sffi_arity("rt_torch_torchtensor_svd", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_svd(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_squeeze(handle) */
SFFI_CALL(rt_torch_torchtensor_squeeze) {
    if (!sffi_arity("rt_torch_torchtensor_squeeze", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_squeeze(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_index_select(handle, dim, indices) */
SFFI_CALL(rt_torch_torchtensor_index_select) {
    if (!sffi_arity("rt_torch_torchtensor_index_select", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    int64_t a_indices = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_indices, "indices")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_select(a_handle, a_dim, a_indices);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_gather(handle, dim, indices) */
SFFI_CALL(rt_torch_torchtensor_gather) {
    if (!sffi_arity("rt_torch_torchtensor_gather", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    int64_t a_indices = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_indices, "indices")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_gather(a_handle, a_dim, a_indices);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_mse_loss(input, target) */
SFFI_CALL(rt_torch_nn_mse_loss) {
    if (!sffi_arity("rt_torch_nn_mse_loss", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_mse_loss(a_input, a_target);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_cross_entropy(input, target) */
SFFI_CALL(rt_torch_nn_cross_entropy) {
    if (!sffi_arity("rt_torch_nn_cross_entropy", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_cross_entropy(a_input, a_target);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_backward(handle) */
SFFI_CALL(rt_torch_autograd_backward) {
    if (!sffi_arity("rt_torch_autograd_backward", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_backward(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cpu(handle) */
SFFI_CALL(rt_torch_torchtensor_cpu) {
    if (!sffi_arity("rt_torch_torchtensor_cpu", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cpu(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchstream_sync(handle) */
SFFI_CALL(rt_torch_torchstream_sync) {
    if (!sffi_arity("rt_torch_torchstream_sync", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_stream_arg(args[0], &a_handle, "handle")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchstream_sync(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_set_num_threads(num_threads) */
SFFI_CALL(rt_torch_set_num_threads) {
    if (!sffi_arity("rt_torch_set_num_threads", nargs, 1)) return NULL;
    int32_t a_num_threads = 0;
    PyObject *result = NULL;
    if (!sffi_i32(args[0], &a_num_threads, "num_threads")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_set_num_threads(a_num_threads);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_backward_v2(handle, gradient, retain_graph, retain_graph_present, create_graph) */
SFFI_CALL(rt_torch_autograd_backward_v2) {
    if (!sffi_arity("rt_torch_autograd_backward_v2", nargs, 5)) return NULL;
    int64_t a_handle = 0;
    int64_t a_gradient = 0;
    bool a_retain_graph = false;
    bool a_retain_graph_present = false;
    bool a_create_graph = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_optional_tensor_arg(args[1], &a_gradient, "gradient") || !sffi_bool(args[2], &a_retain_graph, "retain_graph") || !sffi_bool(args[3], &a_retain_graph_present, "retain_graph_present") || !sffi_bool(args[4], &a_create_graph, "create_graph")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_backward_v2(a_handle, a_gradient, a_retain_graph, a_retain_graph_present, a_create_graph);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchstream_sync_v2(handle) */
SFFI_CALL(rt_torch_torchstream_sync_v2) {
    if (!sffi_arity("rt_torch_torchstream_sync_v2", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_stream_arg(args[0], &a_handle, "handle")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchstream_sync_v2(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_eye_v2(n, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_eye_v2) {
    if (!sffi_arity("rt_torch_tensor_eye_v2", nargs, 3)) return NULL;
    int64_t a_n = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_n, "n") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_eye_v2(a_n, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_std_correction(input, dim, dim_present, correction, keepdim) */
SFFI_CALL(rt_torch_torchtensor_std_correction) {
    if (!sffi_arity("rt_torch_torchtensor_std_correction", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_std_correction(a_input, a_dim.data, a_dim.len, a_dim_present, a_correction, a_correction_int, a_correction_kind, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_squeeze_dims(input, dim) */
SFFI_CALL(rt_torch_torchtensor_squeeze_dims) {
    if (!sffi_arity("rt_torch_torchtensor_squeeze_dims", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_squeeze_dims(a_input, a_dim.data, a_dim.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_nn_max_pool2d_with_indices(input, kernel_size, stride, stride_present, padding, dilation, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool2d_with_indices) {
    if (!sffi_arity("rt_torch_nn_max_pool2d_with_indices", nargs, 7)) return NULL;
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
                n = rt_torch_nn_max_pool2d_with_indices(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_ceil_mode, out.data, out.cap);
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

/* rt_torch_nn_mse_loss_v2(input, target, reduction) */
SFFI_CALL(rt_torch_nn_mse_loss_v2) {
    if (!sffi_arity("rt_torch_nn_mse_loss_v2", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_mse_loss_v2(a_input, a_target, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cumsum(input, dim, dtype) */
SFFI_CALL(rt_torch_torchtensor_cumsum) {
    if (!sffi_arity("rt_torch_torchtensor_cumsum", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cumsum(a_input, a_dim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_any_dim(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_any_dim) {
    if (!sffi_arity("rt_torch_torchtensor_any_dim", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_any_dim(a_input, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_kthvalue(input, k, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_kthvalue) {
    if (!sffi_arity("rt_torch_torchtensor_kthvalue", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_k = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_k, "k") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_kthvalue(a_input, a_k, a_dim, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_msort(input) */
SFFI_CALL(rt_torch_torchtensor_msort) {
    if (!sffi_arity("rt_torch_torchtensor_msort", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_msort(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_split_tensor(input, split_size, dim) */
SFFI_CALL(rt_torch_torchtensor_split_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_split_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_split_size = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_split_size, "split_size") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_split_tensor(a_input, a_split_size, a_dim, out.data, out.cap);
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

/* rt_torch_torchtensor_ones_like(input, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_ones_like) {
    if (!sffi_arity("rt_torch_torchtensor_ones_like", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_ones_like(a_input, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_normal_tensor_float(mean, std_arg) */
SFFI_CALL(rt_torch_torchtensor_normal_tensor_float) {
    if (!sffi_arity("rt_torch_torchtensor_normal_tensor_float", nargs, 2)) return NULL;
    int64_t a_mean = 0;
    double a_std_arg = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_mean, "mean") || !sffi_f64(args[1], &a_std_arg, "std_arg")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_normal_tensor_float(a_mean, a_std_arg);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_triu_indices(row, col, offset, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_triu_indices) {
    if (!sffi_arity("rt_torch_tensor_triu_indices", nargs, 5)) return NULL;
    int64_t a_row = 0;
    int64_t a_col = 0;
    int64_t a_offset = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_row, "row") || !sffi_i64(args[1], &a_col, "col") || !sffi_i64(args[2], &a_offset, "offset") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_triu_indices(a_row, a_col, a_offset, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_new_empty(input, size, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_new_empty) {
    if (!sffi_arity("rt_torch_torchtensor_new_empty", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_new_empty(a_input, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_geqrf(input) */
SFFI_CALL(rt_torch_torchtensor_geqrf) {
    if (!sffi_arity("rt_torch_torchtensor_geqrf", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_geqrf(a_input, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_cond_p_str(input, p) */
SFFI_CALL(rt_torch_torchtensor_linalg_cond_p_str) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_cond_p_str", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_p = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_p, "p")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_cond_p_str(a_input, a_p.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_p);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_eigvalsh(input, uplo) */
SFFI_CALL(rt_torch_torchtensor_linalg_eigvalsh) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_eigvalsh", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_uplo = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_uplo, "uplo")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_eigvalsh(a_input, a_uplo.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_uplo);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_linalg_matrix_power(input, n) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_power) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_power", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_n = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_n, "n")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_power(a_input, a_n);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mt(input) */
SFFI_CALL(rt_torch_torchtensor_mt) {
    if (!sffi_arity("rt_torch_torchtensor_mt", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mt(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_tan(input) */
SFFI_CALL(rt_torch_torchtensor_tan) {
    if (!sffi_arity("rt_torch_torchtensor_tan", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_tan(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_acos(input) */
SFFI_CALL(rt_torch_torchtensor_acos) {
    if (!sffi_arity("rt_torch_torchtensor_acos", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_acos(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_i0(input) */
SFFI_CALL(rt_torch_torchtensor_i0) {
    if (!sffi_arity("rt_torch_torchtensor_i0", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_i0(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_mvlgamma(input, p) */
SFFI_CALL(rt_torch_torchtensor_mvlgamma) {
    if (!sffi_arity("rt_torch_torchtensor_mvlgamma", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_p = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_p, "p")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mvlgamma(a_input, a_p);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_float_power_scalar(input, exponent) */
SFFI_CALL(rt_torch_tensor_float_power_scalar) {
    if (!sffi_arity("rt_torch_tensor_float_power_scalar", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_exponent = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_exponent, "exponent")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_float_power_scalar(a_input, a_input_int, a_input_kind, a_exponent);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_lcm(input, other) */
SFFI_CALL(rt_torch_torchtensor_lcm) {
    if (!sffi_arity("rt_torch_torchtensor_lcm", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lcm(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_eq_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_eq_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_eq_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_eq_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_ge_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_ge_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_ge_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ge_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_isposinf(input) */
SFFI_CALL(rt_torch_torchtensor_isposinf) {
    if (!sffi_arity("rt_torch_torchtensor_isposinf", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isposinf(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_where_scalar(condition, input, other) */
SFFI_CALL(rt_torch_torchtensor_where_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_where_scalar", nargs, 3)) return NULL;
    int64_t a_condition = 0;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_condition, "condition") || !sffi_scalar_arg(args[1], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_scalar_arg(args[2], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_where_scalar(a_condition, a_input, a_input_int, a_input_kind, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_pow_scalar_(input, exponent) */
SFFI_CALL(rt_torch_torchtensor_pow_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_pow_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_exponent = 0.0;
    int64_t a_exponent_int = 0;
    int32_t a_exponent_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_exponent, &a_exponent_int, &a_exponent_kind, "exponent", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_pow_scalar_(a_input, a_exponent, a_exponent_int, a_exponent_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_softmin(input, dim, dim_present, dtype) */
SFFI_CALL(rt_torch_torchtensor_softmin) {
    if (!sffi_arity("rt_torch_torchtensor_softmin", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_softmin(a_input, a_dim, a_dim_present, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_soft_margin_loss(input, target, reduction) */
SFFI_CALL(rt_torch_nn_soft_margin_loss) {
    if (!sffi_arity("rt_torch_nn_soft_margin_loss", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_soft_margin_loss(a_input, a_target, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_nn_channel_shuffle(input, groups) */
SFFI_CALL(rt_torch_nn_channel_shuffle) {
    if (!sffi_arity("rt_torch_nn_channel_shuffle", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_groups = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_groups, "groups")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_channel_shuffle(a_input, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_max_unpool2d(input, indices, kernel_size, stride, stride_present, padding, output_size, output_size_present) */
SFFI_CALL(rt_torch_nn_max_unpool2d) {
    if (!sffi_arity("rt_torch_nn_max_unpool2d", nargs, 8)) return NULL;
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
            r = rt_torch_nn_max_unpool2d(a_input, a_indices, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_output_size.data, a_output_size.len, a_output_size_present);
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

/* rt_torch_nn_embedding_bag(input, weight, offsets, max_norm, max_norm_present, norm_type, scale_grad_by_freq, mode, sparse, per_sample_weights, include_last_offset, padding_idx, padding_idx_present) */
SFFI_CALL(rt_torch_nn_embedding_bag) {
    if (!sffi_arity("rt_torch_nn_embedding_bag", nargs, 13)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_offsets = 0;
    double a_max_norm = 0.0;
    bool a_max_norm_present = false;
    double a_norm_type = 0.0;
    bool a_scale_grad_by_freq = false;
    sffi_text a_mode = SFFI_TEXT_INIT;
    bool a_sparse = false;
    int64_t a_per_sample_weights = 0;
    bool a_include_last_offset = false;
    int64_t a_padding_idx = 0;
    bool a_padding_idx_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_offsets, "offsets") || !sffi_f64(args[3], &a_max_norm, "max_norm") || !sffi_bool(args[4], &a_max_norm_present, "max_norm_present") || !sffi_f64(args[5], &a_norm_type, "norm_type") || !sffi_bool(args[6], &a_scale_grad_by_freq, "scale_grad_by_freq") || !sffi_text_arg(args[7], &a_mode, "mode") || !sffi_bool(args[8], &a_sparse, "sparse") || !sffi_optional_tensor_arg(args[9], &a_per_sample_weights, "per_sample_weights") || !sffi_bool(args[10], &a_include_last_offset, "include_last_offset") || !sffi_i64(args[11], &a_padding_idx, "padding_idx") || !sffi_bool(args[12], &a_padding_idx_present, "padding_idx_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_embedding_bag(a_input, a_weight, a_offsets, a_max_norm, a_max_norm_present, a_norm_type, a_scale_grad_by_freq, a_mode.data, a_sparse, a_per_sample_weights, a_include_last_offset, a_padding_idx, a_padding_idx_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_mode);
    return sffi_warned(result);
}

/* rt_torch_jit_parameters(module) */
SFFI_CALL(rt_torch_jit_parameters) {
    if (!sffi_arity("rt_torch_jit_parameters", nargs, 1)) return NULL;
    int64_t a_module = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_jit_parameters(a_module, out.data, out.cap);
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

/* rt_torch_is_autocast_enabled(device_type) */
SFFI_CALL(rt_torch_is_autocast_enabled) {
    if (!sffi_arity("rt_torch_is_autocast_enabled", nargs, 1)) return NULL;
    sffi_text a_device_type = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[0], &a_device_type, "device_type")) goto done;
    {
        bool r;
        r = rt_torch_is_autocast_enabled(a_device_type.data);
        result = sffi_bool_result(r, 1);
    }
done:
    sffi_text_free(&a_device_type);
    return result;
}

/* rt_torch_get_autocast_dtype(device_type) */
SFFI_CALL(rt_torch_get_autocast_dtype) {
    if (!sffi_arity("rt_torch_get_autocast_dtype", nargs, 1)) return NULL;
    sffi_text a_device_type = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[0], &a_device_type, "device_type")) goto done;
    {
        int32_t r;
        r = rt_torch_get_autocast_dtype(a_device_type.data);
        result = sffi_dtype_result(r, 0);
    }
done:
    sffi_text_free(&a_device_type);
    return result;
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_8[] = {
    {"rt_torch_tensor_full", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_full, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_svd", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_svd, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_squeeze", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_squeeze, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_select", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_select, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_gather", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_gather, METH_FASTCALL, NULL},
    {"rt_torch_nn_mse_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_mse_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_cross_entropy", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_cross_entropy, METH_FASTCALL, NULL},
    {"rt_torch_autograd_backward", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_backward, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cpu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cpu, METH_FASTCALL, NULL},
    {"rt_torch_torchstream_sync", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchstream_sync, METH_FASTCALL, NULL},
    {"rt_torch_set_num_threads", (PyCFunction)(void (*)(void))sffi_call_rt_torch_set_num_threads, METH_FASTCALL, NULL},
    {"rt_torch_autograd_backward_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_backward_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchstream_sync_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchstream_sync_v2, METH_FASTCALL, NULL},
    {"rt_torch_tensor_eye_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_eye_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_std_correction", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_std_correction, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_squeeze_dims", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_squeeze_dims, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_pool2d_with_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_pool2d_with_indices, METH_FASTCALL, NULL},
    {"rt_torch_nn_mse_loss_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_mse_loss_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cumsum", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cumsum, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_any_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_any_dim, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_kthvalue", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_kthvalue, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_msort", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_msort, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_split_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_split_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ones_like", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ones_like, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_normal_tensor_float", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_normal_tensor_float, METH_FASTCALL, NULL},
    {"rt_torch_tensor_triu_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_triu_indices, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_new_empty", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_new_empty, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_geqrf", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_geqrf, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_cond_p_str", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_cond_p_str, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_eigvalsh", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_eigvalsh, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_linalg_matrix_power", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_linalg_matrix_power, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mt", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mt, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_tan", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_tan, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_acos", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_acos, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_i0", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_i0, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mvlgamma", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mvlgamma, METH_FASTCALL, NULL},
    {"rt_torch_tensor_float_power_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_float_power_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_lcm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_lcm, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_eq_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_eq_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_ge_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_ge_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_isposinf", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_isposinf, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_where_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_where_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_pow_scalar_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_pow_scalar_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_softmin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_softmin, METH_FASTCALL, NULL},
    {"rt_torch_nn_soft_margin_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_soft_margin_loss, METH_FASTCALL, NULL},
    {"rt_torch_nn_channel_shuffle", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_channel_shuffle, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_unpool2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_unpool2d, METH_FASTCALL, NULL},
    {"rt_torch_nn_embedding_bag", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_embedding_bag, METH_FASTCALL, NULL},
    {"rt_torch_jit_parameters", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_parameters, METH_FASTCALL, NULL},
    {"rt_torch_is_autocast_enabled", (PyCFunction)(void (*)(void))sffi_call_rt_torch_is_autocast_enabled, METH_FASTCALL, NULL},
    {"rt_torch_get_autocast_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_get_autocast_dtype, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
