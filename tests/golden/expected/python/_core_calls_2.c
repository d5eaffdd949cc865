// generated from fixture.yaml by sffi-gen; do not edit
/* Unit 2 of 4 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
bool rt_torch_available(void);
int64_t rt_torch_tensor_zeros(const int64_t* dims, int64_t dims_len);
double rt_torch_torchtensor_sum(int64_t handle);
int64_t rt_torch_torchtensor_sum_dim_intlist(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim, int32_t dtype);
int64_t rt_torch_torchtensor_index_tensor(int64_t input, const int64_t* indices, int64_t indices_len);
int64_t rt_torch_torchtensor_data_f64(int64_t handle, double* out, int64_t out_capacity);
void rt_torch_torchtensor_free(int64_t handle);
void rt_torch_autograd_set_requires_grad(int64_t handle, bool requires_grad);
int64_t rt_torch_tensor_from_i64(const int64_t* data, int64_t data_len, const int64_t* dims, int64_t dims_len);
int32_t rt_torch_torchtensor_device(int64_t handle);
void rt_torch_autograd_set_grad_enabled(bool enabled);
const char* rt_torch_autograd_grad_fn_name(int64_t handle);
int64_t rt_torch_torchtensor_select_int(int64_t handle, int64_t dim, int64_t index);
int64_t rt_torch_torchtensor_slice(int64_t handle, int64_t dim, int64_t start, int64_t end, int64_t step);
int64_t rt_torch_torchtensor_to_dtype(int64_t handle, int32_t dtype);
int64_t rt_torch_torchtensor_complex(int64_t real, int64_t imag);
int64_t rt_torch_torchtensor_to_device(int64_t input, int32_t device_type, int32_t device_index, int32_t dtype, bool non_blocking, bool copy, const char* memory_format);
int64_t rt_torch_tensor_scalar_tensor(double s, int64_t s_int, int32_t s_kind, int32_t dtype, int32_t device_type, int32_t device_index);
int32_t rt_torch_get_default_dtype(void);
void rt_torch_jit_module_free(int64_t module);
int64_t rt_torch_jit_run_method(int64_t module, const char* method, const int64_t* inputs, int64_t inputs_len, int64_t* out, int64_t out_capacity);
const char* rt_torch_jit_method_names(int64_t module);
void rt_torch_jit_train(int64_t module, bool mode);
bool rt_torch_jit_is_training(int64_t module);
void rt_torch_autocast_end(void);
int64_t rt_torch_autograd_function_apply(const int64_t* inputs, int64_t inputs_len, const int64_t* outputs, int64_t outputs_len, const int64_t* to_save, int64_t to_save_len, const int64_t* non_differentiable, int64_t non_differentiable_len, const int64_t* dirty, int64_t dirty_len, bool materialize_grads, const char* name, int64_t backward, int64_t user_data, int64_t free_user_data, int64_t* out, int64_t out_capacity);
bool rt_torch_dist_is_backend_available(const char* backend);
void rt_torch_dist_all_reduce_(int64_t tensor, int64_t group, const char* op);

/* rt_torch_available() */
SFFI_CALL(rt_torch_available) {
    if (!sffi_arity("rt_torch_available", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_available();
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
    return sffi_warned(result);
}

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

/* rt_torch_torchtensor_sum(handle) */
SFFI_CALL(rt_torch_torchtensor_sum) {
    if (!sffi_arity("rt_torch_torchtensor_sum", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sum(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
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

/* rt_torch_tensor_from_i64(data, dims) */
SFFI_CALL(rt_torch_tensor_from_i64) {
    if (!sffi_arity("rt_torch_tensor_from_i64", nargs, 2)) return NULL;
    sffi_i64s a_data = SFFI_ARRAY_INIT;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_data, "data") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_from_i64(a_data.data, a_data.len, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_data);
    sffi_array_free(&a_dims);
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
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_device(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_i32_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_set_grad_enabled(enabled) */
SFFI_CALL(rt_torch_autograd_set_grad_enabled) {
    if (!sffi_arity("rt_torch_autograd_set_grad_enabled", nargs, 1)) return NULL;
    bool a_enabled = false;
    PyObject *result = NULL;
    if (!sffi_bool(args[0], &a_enabled, "enabled")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_set_grad_enabled(a_enabled);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_grad_fn_name(handle) */
SFFI_CALL(rt_torch_autograd_grad_fn_name) {
    if (!sffi_arity("rt_torch_autograd_grad_fn_name", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        const char* r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_autograd_grad_fn_name(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_text_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_select_int(handle, dim, index) */
SFFI_CALL(rt_torch_torchtensor_select_int) {
    if (!sffi_arity("rt_torch_torchtensor_select_int", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_i64(args[2], &a_index, "index")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_select_int(a_handle, a_dim, a_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
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

/* rt_torch_torchtensor_to_dtype(handle, dtype) */
SFFI_CALL(rt_torch_torchtensor_to_dtype) {
    if (!sffi_arity("rt_torch_torchtensor_to_dtype", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_dtype(a_handle, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_complex(real, imag) */
SFFI_CALL(rt_torch_torchtensor_complex) {
    if (!sffi_arity("rt_torch_torchtensor_complex", nargs, 2)) return NULL;
    int64_t a_real = 0;
    int64_t a_imag = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_real, "real") || !sffi_tensor_arg(args[1], &a_imag, "imag")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_complex(a_real, a_imag);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
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

/* rt_torch_tensor_scalar_tensor(s, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_scalar_tensor", nargs, 3)) return NULL;
    double a_s = 0.0;
    int64_t a_s_int = 0;
    int32_t a_s_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_s, &a_s_int, &a_s_kind, "s", 0) || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_scalar_tensor(a_s, a_s_int, a_s_kind, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
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

/* rt_torch_jit_method_names(module) */
SFFI_CALL(rt_torch_jit_method_names) {
    if (!sffi_arity("rt_torch_jit_method_names", nargs, 1)) return NULL;
    int64_t a_module = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module")) goto done;
    {
        const char* r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_jit_method_names(a_module);
        Py_END_ALLOW_THREADS
        result = sffi_text_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
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

/* rt_torch_autocast_end() */
SFFI_CALL(rt_torch_autocast_end) {
    if (!sffi_arity("rt_torch_autocast_end", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_autocast_end();
        result = sffi_void_result();
    }
    return result;
}

/* rt_torch_autograd_function_apply(inputs, outputs, to_save, non_differentiable, dirty, materialize_grads, name, backward, user_data, free_user_data) */
SFFI_CALL(rt_torch_autograd_function_apply) {
    if (!sffi_arity("rt_torch_autograd_function_apply", nargs, 10)) return NULL;
    sffi_i64s a_inputs = SFFI_ARRAY_INIT;
    sffi_i64s a_outputs = SFFI_ARRAY_INIT;
    sffi_i64s a_to_save = SFFI_ARRAY_INIT;
    sffi_i64s a_non_differentiable = SFFI_ARRAY_INIT;
    sffi_i64s a_dirty = SFFI_ARRAY_INIT;
    bool a_materialize_grads = false;
    sffi_text a_name = SFFI_TEXT_INIT;
    int64_t a_backward = 0;
    int64_t a_user_data = 0;
    int64_t a_free_user_data = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_inputs, "inputs") || !sffi_tensor_list_arg(args[1], &a_outputs, "outputs") || !sffi_optional_tensor_list_arg(args[2], &a_to_save, "to_save") || !sffi_tensor_list_arg(args[3], &a_non_differentiable, "non_differentiable") || !sffi_tensor_list_arg(args[4], &a_dirty, "dirty") || !sffi_bool(args[5], &a_materialize_grads, "materialize_grads") || !sffi_text_arg(args[6], &a_name, "name") || !sffi_i64(args[7], &a_backward, "backward") || !sffi_i64(args[8], &a_user_data, "user_data") || !sffi_i64(args[9], &a_free_user_data, "free_user_data")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 64)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_autograd_function_apply(a_inputs.data, a_inputs.len, a_outputs.data, a_outputs.len, a_to_save.data, a_to_save.len, a_non_differentiable.data, a_non_differentiable.len, a_dirty.data, a_dirty.len, a_materialize_grads, a_name.data, a_backward, a_user_data, a_free_user_data, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_inputs);
    sffi_array_free(&a_outputs);
    sffi_array_free(&a_to_save);
    sffi_array_free(&a_non_differentiable);
    sffi_array_free(&a_dirty);
    sffi_text_free(&a_name);
    return sffi_warned(result);
}

/* rt_torch_dist_is_backend_available(backend) */
SFFI_CALL(rt_torch_dist_is_backend_available) {
    if (!sffi_arity("rt_torch_dist_is_backend_available", nargs, 1)) return NULL;
    sffi_text a_backend = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[0], &a_backend, "backend")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_dist_is_backend_available(a_backend.data);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    sffi_text_free(&a_backend);
    return sffi_warned(result);
}

/* rt_torch_dist_all_reduce_(tensor, group, op) */
SFFI_CALL(rt_torch_dist_all_reduce_) {
    if (!sffi_arity("rt_torch_dist_all_reduce_", nargs, 3)) return NULL;
    int64_t a_tensor = 0;
    int64_t a_group = 0;
    sffi_text a_op = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_tensor, "tensor") || !sffi_i64(args[1], &a_group, "group") || !sffi_text_arg(args[2], &a_op, "op")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_dist_all_reduce_(a_tensor, a_group, a_op.data);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_text_free(&a_op);
    return sffi_warned(result);
}

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_2[] = {
    {"rt_torch_available", (PyCFunction)(void (*)(void))sffi_call_rt_torch_available, METH_FASTCALL, NULL},
    {"rt_torch_tensor_zeros", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_zeros, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sum", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sum, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_sum_dim_intlist", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_sum_dim_intlist, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_tensor, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_data_f64", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_data_f64, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_free", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_free, METH_FASTCALL, NULL},
    {"rt_torch_autograd_set_requires_grad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_set_requires_grad, METH_FASTCALL, NULL},
    {"rt_torch_tensor_from_i64", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_from_i64, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_device", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_device, METH_FASTCALL, NULL},
    {"rt_torch_autograd_set_grad_enabled", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_set_grad_enabled, METH_FASTCALL, NULL},
    {"rt_torch_autograd_grad_fn_name", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_grad_fn_name, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_select_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_select_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_slice", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_slice, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_dtype, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_complex", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_complex, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_to_device", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_to_device, METH_FASTCALL, NULL},
    {"rt_torch_tensor_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_get_default_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_get_default_dtype, METH_FASTCALL, NULL},
    {"rt_torch_jit_module_free", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_module_free, METH_FASTCALL, NULL},
    {"rt_torch_jit_run_method", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_run_method, METH_FASTCALL, NULL},
    {"rt_torch_jit_method_names", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_method_names, METH_FASTCALL, NULL},
    {"rt_torch_jit_train", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_train, METH_FASTCALL, NULL},
    {"rt_torch_jit_is_training", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_is_training, METH_FASTCALL, NULL},
    {"rt_torch_autocast_end", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autocast_end, METH_FASTCALL, NULL},
    {"rt_torch_autograd_function_apply", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_function_apply, METH_FASTCALL, NULL},
    {"rt_torch_dist_is_backend_available", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_is_backend_available, METH_FASTCALL, NULL},
    {"rt_torch_dist_all_reduce_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_all_reduce_, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
