// generated from fixture.yaml by sffi-gen; do not edit
/* Unit 3 of 4 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
const char* rt_torch_version(void);
int64_t rt_torch_tensor_zeros_v2(const int64_t* size, int64_t size_len, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_torchtensor_shape(int64_t handle, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_chunk(int64_t handle, int64_t chunks, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_cat(const int64_t* tensors, int64_t tensors_len, int64_t dim);
void rt_torch_torchstream_free(int64_t handle);
void rt_torch_set_name(const char* label);
const char* rt_torch_warning_message(int64_t index);
int32_t rt_torch_torchtensor_device_type(int64_t handle);
int64_t rt_torch_torchtensor_real(int64_t handle);
int64_t rt_torch_torchtensor_imag(int64_t handle);
double rt_torch_torchtensor_item(int64_t handle);
int64_t rt_torch_torchtensor_new_handle(int64_t handle);
void rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(int64_t found_inf, const int64_t* grads, int64_t grads_len, int64_t inv_scale);
void rt_torch_autograd_no_grad_end_v2(void);
void rt_torch_dist_free(int64_t group);
void rt_torch_dist_broadcast_(int64_t tensor, int64_t group, int64_t src);
void rt_torch_dist_reduce_scatter_(int64_t output, int64_t group, const int64_t* inputs, int64_t inputs_len, const char* op);
void rt_torch_dist_barrier(int64_t group);

/* rt_torch_version() */
SFFI_CALL(rt_torch_version) {
    if (!sffi_arity("rt_torch_version", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        const char* r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_version();
        Py_END_ALLOW_THREADS
        result = sffi_text_result(r, 0);
    }
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

/* rt_torch_torchtensor_shape(handle) */
SFFI_CALL(rt_torch_torchtensor_shape) {
    if (!sffi_arity("rt_torch_torchtensor_shape", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_shape(a_handle, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_ints_tuple_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
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

/* rt_torch_torchtensor_cat(tensors, dim) */
SFFI_CALL(rt_torch_torchtensor_cat) {
    if (!sffi_arity("rt_torch_torchtensor_cat", nargs, 2)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cat(a_tensors.data, a_tensors.len, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
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

/* rt_torch_set_name(label) */
SFFI_CALL(rt_torch_set_name) {
    if (!sffi_arity("rt_torch_set_name", nargs, 1)) return NULL;
    sffi_text a_label = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[0], &a_label, "label")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_set_name(a_label.data);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_text_free(&a_label);
    return sffi_warned(result);
}

/* rt_torch_warning_message(index) */
SFFI_CALL(rt_torch_warning_message) {
    if (!sffi_arity("rt_torch_warning_message", nargs, 1)) return NULL;
    int64_t a_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_index, "index")) goto done;
    {
        const char* r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_warning_message(a_index);
        Py_END_ALLOW_THREADS
        result = sffi_plain_text(r);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_device_type(handle) */
SFFI_CALL(rt_torch_torchtensor_device_type) {
    if (!sffi_arity("rt_torch_torchtensor_device_type", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_device_type(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_i32_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_real(handle) */
SFFI_CALL(rt_torch_torchtensor_real) {
    if (!sffi_arity("rt_torch_torchtensor_real", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_real(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
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

/* rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(found_inf, grads, inv_scale) */
SFFI_CALL(rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_) {
    if (!sffi_arity("rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_", nargs, 3)) return NULL;
    int64_t a_found_inf = 0;
    sffi_i64s a_grads = SFFI_ARRAY_INIT;
    int64_t a_inv_scale = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_found_inf, "found_inf") || !sffi_tensor_list_arg(args[1], &a_grads, "grads") || !sffi_tensor_arg(args[2], &a_inv_scale, "inv_scale")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_(a_found_inf, a_grads.data, a_grads.len, a_inv_scale);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_array_free(&a_grads);
    return sffi_warned(result);
}

/* rt_torch_autograd_no_grad_end_v2() */
SFFI_CALL(rt_torch_autograd_no_grad_end_v2) {
    if (!sffi_arity("rt_torch_autograd_no_grad_end_v2", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_autograd_no_grad_end_v2();
        result = sffi_void_result();
    }
    return result;
}

/* rt_torch_dist_free(group) */
SFFI_CALL(rt_torch_dist_free) {
    if (!sffi_arity("rt_torch_dist_free", nargs, 1)) return NULL;
    int64_t a_group = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_group, "group")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_dist_free(a_group);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
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

/* rt_torch_dist_reduce_scatter_(output, group, inputs, op) */
SFFI_CALL(rt_torch_dist_reduce_scatter_) {
    if (!sffi_arity("rt_torch_dist_reduce_scatter_", nargs, 4)) return NULL;
    int64_t a_output = 0;
    int64_t a_group = 0;
    sffi_i64s a_inputs = SFFI_ARRAY_INIT;
    sffi_text a_op = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_output, "output") || !sffi_i64(args[1], &a_group, "group") || !sffi_tensor_list_arg(args[2], &a_inputs, "inputs") || !sffi_text_arg(args[3], &a_op, "op")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_dist_reduce_scatter_(a_output, a_group, a_inputs.data, a_inputs.len, a_op.data);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_array_free(&a_inputs);
    sffi_text_free(&a_op);
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
SFFI_HIDDEN PyMethodDef sffi_calls_3[] = {
    {"rt_torch_version", (PyCFunction)(void (*)(void))sffi_call_rt_torch_version, METH_FASTCALL, NULL},
    {"rt_torch_tensor_zeros_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_zeros_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_shape", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_shape, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_chunk", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_chunk, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cat", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cat, METH_FASTCALL, NULL},
    {"rt_torch_torchstream_free", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchstream_free, METH_FASTCALL, NULL},
    {"rt_torch_set_name", (PyCFunction)(void (*)(void))sffi_call_rt_torch_set_name, METH_FASTCALL, NULL},
    {"rt_torch_warning_message", (PyCFunction)(void (*)(void))sffi_call_rt_torch_warning_message, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_device_type", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_device_type, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_real", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_real, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_imag", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_imag, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_item", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_item, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_new_handle", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_new_handle, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_amp_foreach_non_finite_check_and_unscale_, METH_FASTCALL, NULL},
    {"rt_torch_autograd_no_grad_end_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_no_grad_end_v2, METH_FASTCALL, NULL},
    {"rt_torch_dist_free", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_free, METH_FASTCALL, NULL},
    {"rt_torch_dist_broadcast_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_broadcast_, METH_FASTCALL, NULL},
    {"rt_torch_dist_reduce_scatter_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_reduce_scatter_, METH_FASTCALL, NULL},
    {"rt_torch_dist_barrier", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_barrier, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
