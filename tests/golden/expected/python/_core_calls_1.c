// generated from fixture.yaml by sffi-gen; do not edit
/* Unit 1 of 4 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_torchtensor_clamp(int64_t input, double min, int64_t min_int, int32_t min_kind, double max, int64_t max_int, int32_t max_kind);
void rt_torch_torchtensor_mul_(int64_t input, int64_t other);
int32_t rt_torch_torchtensor_dtype(int64_t handle);
int64_t rt_torch_nn_linear(int64_t input, int64_t weight, int64_t bias, double scale, int32_t flags);
int64_t rt_torch_nn_dropout(int64_t input, double p, bool training, int64_t seed, bool seed_present, double scale, bool scale_present, bool inplace, bool inplace_present);
bool rt_torch_autograd_requires_grad(int64_t handle);
int64_t rt_torch_autograd_grad(int64_t handle);
int64_t rt_torch_stream_create(int32_t device_id);
int64_t rt_torch_live_handles(void);
bool rt_torch_torchtensor_release(int64_t handle);
int64_t rt_torch_torchtensor_data_i64(int64_t handle, int64_t* out, int64_t out_capacity);
int32_t rt_torch_warning_kind(int64_t index);
bool rt_torch_autograd_has_grad_fn(int64_t handle);
void rt_torch_autograd_grad_mode_end(void);
int64_t rt_torch_torchtensor_view_v2(int64_t handle, const int64_t* dims, int64_t dims_len);
void rt_torch_torchtensor_copy_(int64_t handle, int64_t src);
void rt_torch_torchtensor_index_put_(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate);
int64_t rt_torch_jit_load(const char* path);
bool rt_torch_jit_module_release(int64_t module);
bool rt_torch_jit_module_release(int64_t module);
int32_t rt_torch_jit_output_kind(int64_t module, const char* method);
const char* rt_torch_jit_parameter_names(int64_t module);
void rt_torch_autocast_begin(const char* device_type, int32_t dtype, bool enabled, bool cache_enabled, bool cache_enabled_present);
void rt_torch_torchtensor_amp_update_scale_(int64_t scale, int64_t growth_tracker, int64_t found_inf, double scale_growth_factor, double scale_backoff_factor, int64_t growth_interval);
void rt_torch_autograd_no_grad_begin_v2(void);
int64_t rt_torch_dist_init(const char* backend, const char* store, const char* address, int64_t port, int64_t rank, int64_t world_size, int64_t timeout_ms, bool agent_store);
bool rt_torch_dist_release(int64_t module);
int64_t rt_torch_dist_init_env(const char* backend, int64_t timeout_ms);
bool rt_torch_dist_release(int64_t module);
int64_t rt_torch_dist_rank(int64_t group);
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

/* rt_torch_torchtensor_mul_(input, other) */
SFFI_CALL(rt_torch_torchtensor_mul_) {
    if (!sffi_arity("rt_torch_torchtensor_mul_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_mul_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_dtype(handle) */
SFFI_CALL(rt_torch_torchtensor_dtype) {
    if (!sffi_arity("rt_torch_torchtensor_dtype", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_dtype(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_dtype_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_linear(input, weight, bias, scale, flags) */
SFFI_CALL(rt_torch_nn_linear) {
    if (!sffi_arity("rt_torch_nn_linear", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    double a_scale = 0.0;
    int32_t a_flags = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias") || !sffi_f64(args[3], &a_scale, "scale") || !sffi_i32(args[4], &a_flags, "flags")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_linear(a_input, a_weight, a_bias, a_scale, a_flags);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_dropout(input, p, training, seed, seed_present, scale, scale_present, inplace, inplace_present) */
SFFI_CALL(rt_torch_nn_dropout) {
    if (!sffi_arity("rt_torch_nn_dropout", nargs, 9)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    bool a_training = false;
    int64_t a_seed = 0;
    bool a_seed_present = false;
    double a_scale = 0.0;
    bool a_scale_present = false;
    bool a_inplace = false;
    bool a_inplace_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p") || !sffi_bool(args[2], &a_training, "training") || !sffi_i64(args[3], &a_seed, "seed") || !sffi_bool(args[4], &a_seed_present, "seed_present") || !sffi_f64(args[5], &a_scale, "scale") || !sffi_bool(args[6], &a_scale_present, "scale_present") || !sffi_bool(args[7], &a_inplace, "inplace") || !sffi_bool(args[8], &a_inplace_present, "inplace_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_dropout(a_input, a_p, a_training, a_seed, a_seed_present, a_scale, a_scale_present, a_inplace, a_inplace_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_requires_grad(handle) */
SFFI_CALL(rt_torch_autograd_requires_grad) {
    if (!sffi_arity("rt_torch_autograd_requires_grad", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_autograd_requires_grad(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
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
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_live_handles();
        Py_END_ALLOW_THREADS
        result = sffi_i64_result(r, 1);
    }
    return sffi_warned(result);
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

/* rt_torch_torchtensor_data_i64(handle) */
SFFI_CALL(rt_torch_torchtensor_data_i64) {
    if (!sffi_arity("rt_torch_torchtensor_data_i64", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_data_i64(a_handle, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_ints_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_warning_kind(index) */
SFFI_CALL(rt_torch_warning_kind) {
    if (!sffi_arity("rt_torch_warning_kind", nargs, 1)) return NULL;
    int64_t a_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_index, "index")) goto done;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_warning_kind(a_index);
        Py_END_ALLOW_THREADS
        result = PyLong_FromLong(r);
    }
done:
    ;
    return result;
}

/* rt_torch_autograd_has_grad_fn(handle) */
SFFI_CALL(rt_torch_autograd_has_grad_fn) {
    if (!sffi_arity("rt_torch_autograd_has_grad_fn", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_autograd_has_grad_fn(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_grad_mode_end() */
SFFI_CALL(rt_torch_autograd_grad_mode_end) {
    if (!sffi_arity("rt_torch_autograd_grad_mode_end", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_grad_mode_end();
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
    return sffi_warned(result);
}

/* rt_torch_torchtensor_view_v2(handle, dims) */
SFFI_CALL(rt_torch_torchtensor_view_v2) {
    if (!sffi_arity("rt_torch_torchtensor_view_v2", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view_v2(a_handle, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
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

/* rt_torch_torchtensor_index_put_(input, indices, values, accumulate) */
SFFI_CALL(rt_torch_torchtensor_index_put_) {
    if (!sffi_arity("rt_torch_torchtensor_index_put_", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_indices = SFFI_ARRAY_INIT;
    int64_t a_values = 0;
    bool a_accumulate = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_list_arg(args[1], &a_indices, "indices") || !sffi_tensor_arg(args[2], &a_values, "values") || !sffi_bool(args[3], &a_accumulate, "accumulate")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_index_put_(a_input, a_indices.data, a_indices.len, a_values, a_accumulate);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    sffi_array_free(&a_indices);
    return sffi_warned(result);
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

/* rt_torch_jit_parameter_names(module) */
SFFI_CALL(rt_torch_jit_parameter_names) {
    if (!sffi_arity("rt_torch_jit_parameter_names", nargs, 1)) return NULL;
    int64_t a_module = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_module, "module")) goto done;
    {
        const char* r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_jit_parameter_names(a_module);
        Py_END_ALLOW_THREADS
        result = sffi_text_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
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

/* rt_torch_autograd_no_grad_begin_v2() */
SFFI_CALL(rt_torch_autograd_no_grad_begin_v2) {
    if (!sffi_arity("rt_torch_autograd_no_grad_begin_v2", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_autograd_no_grad_begin_v2();
        result = sffi_void_result();
    }
    return result;
}

/* rt_torch_dist_init(owner, backend, store, address, port, rank, world_size, timeout_ms, agent_store) */
SFFI_CALL(rt_torch_dist_init) {
    if (!sffi_arity("rt_torch_dist_init", nargs, 9)) return NULL;
    sffi_text a_backend = SFFI_TEXT_INIT;
    sffi_text a_store = SFFI_TEXT_INIT;
    sffi_text a_address = SFFI_TEXT_INIT;
    int64_t a_port = 0;
    int64_t a_rank = 0;
    int64_t a_world_size = 0;
    int64_t a_timeout_ms = 0;
    bool a_agent_store = false;
    PyObject *result = NULL;
    if (!sffi_text_arg(args[1], &a_backend, "backend") || !sffi_text_arg(args[2], &a_store, "store") || !sffi_text_arg(args[3], &a_address, "address") || !sffi_i64(args[4], &a_port, "port") || !sffi_i64(args[5], &a_rank, "rank") || !sffi_i64(args[6], &a_world_size, "world_size") || !sffi_i64(args[7], &a_timeout_ms, "timeout_ms") || !sffi_bool(args[8], &a_agent_store, "agent_store")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_dist_init(a_backend.data, a_store.data, a_address.data, a_port, a_rank, a_world_size, a_timeout_ms, a_agent_store);
        Py_END_ALLOW_THREADS
        result = sffi_owned_result(args[0], r, rt_torch_dist_release);
    }
done:
    sffi_text_free(&a_backend);
    sffi_text_free(&a_store);
    sffi_text_free(&a_address);
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

/* rt_torch_dist_rank(group) */
SFFI_CALL(rt_torch_dist_rank) {
    if (!sffi_arity("rt_torch_dist_rank", nargs, 1)) return NULL;
    int64_t a_group = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_group, "group")) goto done;
    {
        int64_t r;
        r = rt_torch_dist_rank(a_group);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
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
SFFI_HIDDEN PyMethodDef sffi_calls_1[] = {
    {"rt_torch_torchtensor_add", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_add, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_clamp", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_clamp, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mul_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mul_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_dtype, METH_FASTCALL, NULL},
    {"rt_torch_nn_linear", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_linear, METH_FASTCALL, NULL},
    {"rt_torch_nn_dropout", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_dropout, METH_FASTCALL, NULL},
    {"rt_torch_autograd_requires_grad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_requires_grad, METH_FASTCALL, NULL},
    {"rt_torch_autograd_grad", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_grad, METH_FASTCALL, NULL},
    {"rt_torch_stream_create", (PyCFunction)(void (*)(void))sffi_call_rt_torch_stream_create, METH_FASTCALL, NULL},
    {"rt_torch_live_handles", (PyCFunction)(void (*)(void))sffi_call_rt_torch_live_handles, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_release", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_release, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_data_i64", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_data_i64, METH_FASTCALL, NULL},
    {"rt_torch_warning_kind", (PyCFunction)(void (*)(void))sffi_call_rt_torch_warning_kind, METH_FASTCALL, NULL},
    {"rt_torch_autograd_has_grad_fn", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_has_grad_fn, METH_FASTCALL, NULL},
    {"rt_torch_autograd_grad_mode_end", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_grad_mode_end, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_view_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_view_v2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_copy_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_copy_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_put_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_put_, METH_FASTCALL, NULL},
    {"rt_torch_jit_load", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_load, METH_FASTCALL, NULL},
    {"rt_torch_jit_module_release", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_module_release, METH_FASTCALL, NULL},
    {"rt_torch_jit_output_kind", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_output_kind, METH_FASTCALL, NULL},
    {"rt_torch_jit_parameter_names", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_parameter_names, METH_FASTCALL, NULL},
    {"rt_torch_autocast_begin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autocast_begin, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_amp_update_scale_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_amp_update_scale_, METH_FASTCALL, NULL},
    {"rt_torch_autograd_no_grad_begin_v2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_no_grad_begin_v2, METH_FASTCALL, NULL},
    {"rt_torch_dist_init", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_init, METH_FASTCALL, NULL},
    {"rt_torch_dist_init_env", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_init_env, METH_FASTCALL, NULL},
    {"rt_torch_dist_rank", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_rank, METH_FASTCALL, NULL},
    {"rt_torch_dist_shuffle_indices", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_shuffle_indices, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
