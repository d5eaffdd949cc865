// generated from fixture.yaml by sffi-gen; do not edit
/* Unit 4 of 4 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_tensor_full(const int64_t* size, int64_t size_len, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t device_type, int32_t device_index, int32_t dtype, const double* scales, int64_t scales_len);
int64_t rt_torch_tensor_from_data(const double* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
int64_t rt_torch_torchtensor_add_scalar(int64_t input, double other, int64_t other_int, int32_t other_kind, double alpha, int64_t alpha_int, int32_t alpha_kind);
int64_t rt_torch_torchtensor_max_dim(int64_t input, int64_t dim, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_max_pool2d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode);
int64_t rt_torch_nn_max_pool2d_with_indices(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, int64_t* out, int64_t out_capacity);
int64_t rt_torch_nn_mse_loss(int64_t input, int64_t target, const char* reduction, const double* weight, int64_t weight_len, bool weight_present);
void rt_torch_autograd_backward(int64_t handle);
void rt_torch_torchstream_sync(int64_t handle);
int32_t rt_torch_error_code(void);
const char* rt_torch_error_message(void);
double rt_torch_set_mode(const char* mode);
int32_t rt_torch_warning_count(void);
void rt_torch_autograd_grad_mode_begin(bool enabled);
bool rt_torch_autograd_is_grad_enabled(void);
int64_t rt_torch_torchtensor_numel(int64_t handle);
int64_t rt_torch_torchtensor_unsqueeze(int64_t handle, int64_t dim);
int64_t rt_torch_torchtensor_bitwise_not(int64_t input);
int64_t rt_torch_jit_parameters(int64_t module, int64_t* out, int64_t out_capacity);
int32_t rt_torch_get_autocast_dtype(const char* device_type);
bool rt_torch_dist_release(int64_t group);
int64_t rt_torch_dist_world_size(int64_t group);
int64_t rt_torch_dist_all_gather(int64_t tensor, int64_t group, int64_t* out, int64_t out_capacity);

/* rt_torch_tensor_full(size, fill_value, device_type, dtype, scales) */
SFFI_CALL(rt_torch_tensor_full) {
    if (!sffi_arity("rt_torch_tensor_full", nargs, 5)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    double a_fill_value = 0.0;
    int64_t a_fill_value_int = 0;
    int32_t a_fill_value_kind = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    int32_t a_dtype = 0;
    sffi_f64s a_scales = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_scalar_arg(args[1], &a_fill_value, &a_fill_value_int, &a_fill_value_kind, "fill_value", 0) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 0) || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 0) || !sffi_f64_list(args[4], &a_scales, "scales")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_full(a_size.data, a_size.len, a_fill_value, a_fill_value_int, a_fill_value_kind, a_device_type, a_device_index, a_dtype, a_scales.data, a_scales.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    sffi_array_free(&a_scales);
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

/* rt_torch_torchtensor_add_scalar(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_add_scalar", nargs, 3)) return NULL;
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
            r = rt_torch_torchtensor_add_scalar(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_max_dim(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_max_dim) {
    if (!sffi_arity("rt_torch_torchtensor_max_dim", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_max_dim(a_input, a_dim, a_keepdim, out.data, out.cap);
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

/* rt_torch_nn_max_pool2d(input, kernel_size, stride, stride_present, padding, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool2d) {
    if (!sffi_arity("rt_torch_nn_max_pool2d", nargs, 6)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    bool a_stride_present = false;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    bool a_ceil_mode = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_bool(args[3], &a_stride_present, "stride_present") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_bool(args[5], &a_ceil_mode, "ceil_mode")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_max_pool2d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_ceil_mode);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return sffi_warned(result);
}

/* rt_torch_nn_max_pool2d_with_indices(input, kernel_size, stride, stride_present, padding, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool2d_with_indices) {
    if (!sffi_arity("rt_torch_nn_max_pool2d_with_indices", nargs, 6)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    bool a_stride_present = false;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    bool a_ceil_mode = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_bool(args[3], &a_stride_present, "stride_present") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_bool(args[5], &a_ceil_mode, "ceil_mode")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_nn_max_pool2d_with_indices(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_ceil_mode, out.data, out.cap);
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
    return sffi_warned(result);
}

/* rt_torch_nn_mse_loss(input, target, reduction, weight, weight_present) */
SFFI_CALL(rt_torch_nn_mse_loss) {
    if (!sffi_arity("rt_torch_nn_mse_loss", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    sffi_f64s a_weight = SFFI_ARRAY_INIT;
    bool a_weight_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction") || !sffi_f64_list(args[3], &a_weight, "weight") || !sffi_bool(args[4], &a_weight_present, "weight_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_mse_loss(a_input, a_target, a_reduction.data, a_weight.data, a_weight.len, a_weight_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    sffi_array_free(&a_weight);
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

/* rt_torch_error_code() */
SFFI_CALL(rt_torch_error_code) {
    if (!sffi_arity("rt_torch_error_code", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_error_code();
        Py_END_ALLOW_THREADS
        result = PyLong_FromLong(r);
    }
    return result;
}

/* rt_torch_error_message() */
SFFI_CALL(rt_torch_error_message) {
    if (!sffi_arity("rt_torch_error_message", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        const char* r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_error_message();
        Py_END_ALLOW_THREADS
        result = sffi_plain_text(r);
    }
    return result;
}

/* rt_torch_set_mode(mode) */
SFFI_CALL(rt_torch_set_mode) {
    if (!sffi_arity("rt_torch_set_mode", nargs, 1)) return NULL;
    sffi_text a_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[0], &a_mode, "mode")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_set_mode(a_mode.data);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    sffi_text_free(&a_mode);
    return sffi_warned(result);
}

/* rt_torch_warning_count() */
SFFI_CALL(rt_torch_warning_count) {
    if (!sffi_arity("rt_torch_warning_count", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_warning_count();
        Py_END_ALLOW_THREADS
        result = PyLong_FromLong(r);
    }
    return result;
}

/* rt_torch_autograd_grad_mode_begin(enabled) */
SFFI_CALL(rt_torch_autograd_grad_mode_begin) {
    if (!sffi_arity("rt_torch_autograd_grad_mode_begin", nargs, 1)) return NULL;
    bool a_enabled = false;
    PyObject *result = NULL;
    if (!sffi_bool(args[0], &a_enabled, "enabled")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_grad_mode_begin(a_enabled);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_is_grad_enabled() */
SFFI_CALL(rt_torch_autograd_is_grad_enabled) {
    if (!sffi_arity("rt_torch_autograd_is_grad_enabled", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_autograd_is_grad_enabled();
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
    return sffi_warned(result);
}

/* rt_torch_torchtensor_numel(handle) */
SFFI_CALL(rt_torch_torchtensor_numel) {
    if (!sffi_arity("rt_torch_torchtensor_numel", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_numel(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_unsqueeze(handle, dim) */
SFFI_CALL(rt_torch_torchtensor_unsqueeze) {
    if (!sffi_arity("rt_torch_torchtensor_unsqueeze", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_unsqueeze(a_handle, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_bitwise_not(input) */
SFFI_CALL(rt_torch_torchtensor_bitwise_not) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_not", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_not(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
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

/* rt_torch_dist_world_size(group) */
SFFI_CALL(rt_torch_dist_world_size) {
    if (!sffi_arity("rt_torch_dist_world_size", nargs, 1)) return NULL;
    int64_t a_group = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_group, "group")) goto done;
    {
        int64_t r;
        r = rt_torch_dist_world_size(a_group);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_dist_all_gather(tensor, group) */
SFFI_CALL(rt_torch_dist_all_gather) {
    if (!sffi_arity("rt_torch_dist_all_gather", nargs, 2)) return NULL;
    int64_t a_tensor = 0;
    int64_t a_group = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_tensor, "tensor") || !sffi_i64(args[1], &a_group, "group")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 8)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_dist_all_gather(a_tensor, a_group, out.data, out.cap);
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

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_4[] = {
    {"rt_torch_tensor_full", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_full, METH_FASTCALL, NULL},
    {"rt_torch_tensor_from_data", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_from_data, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_add_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_max_dim", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_max_dim, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_pool2d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_pool2d, METH_FASTCALL, NULL},
    {"rt_torch_nn_max_pool2d_with_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_max_pool2d_with_indices, METH_FASTCALL, NULL},
    {"rt_torch_nn_mse_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_mse_loss, METH_FASTCALL, NULL},
    {"rt_torch_autograd_backward", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_backward, METH_FASTCALL, NULL},
    {"rt_torch_torchstream_sync", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchstream_sync, METH_FASTCALL, NULL},
    {"rt_torch_error_code", (PyCFunction)(void (*)(void))sffi_call_rt_torch_error_code, METH_FASTCALL, NULL},
    {"rt_torch_error_message", (PyCFunction)(void (*)(void))sffi_call_rt_torch_error_message, METH_FASTCALL, NULL},
    {"rt_torch_set_mode", (PyCFunction)(void (*)(void))sffi_call_rt_torch_set_mode, METH_FASTCALL, NULL},
    {"rt_torch_warning_count", (PyCFunction)(void (*)(void))sffi_call_rt_torch_warning_count, METH_FASTCALL, NULL},
    {"rt_torch_autograd_grad_mode_begin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_grad_mode_begin, METH_FASTCALL, NULL},
    {"rt_torch_autograd_is_grad_enabled", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_is_grad_enabled, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_numel", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_numel, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_unsqueeze", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_unsqueeze, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_bitwise_not", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_bitwise_not, METH_FASTCALL, NULL},
    {"rt_torch_jit_parameters", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_parameters, METH_FASTCALL, NULL},
    {"rt_torch_get_autocast_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_get_autocast_dtype, METH_FASTCALL, NULL},
    {"rt_torch_dist_release", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_release, METH_FASTCALL, NULL},
    {"rt_torch_dist_world_size", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_world_size, METH_FASTCALL, NULL},
    {"rt_torch_dist_all_gather", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_all_gather, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
