// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* Unit 9 of 16 of torch_sffi._core's calls: one C function per catalogue entry placed in this
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
int64_t rt_torch_tensor_eye(int64_t n);
int64_t rt_torch_tensor_empty(const int64_t* dims, int64_t dims_len);
int64_t rt_torch_nn_layer_norm(int64_t input, const int64_t* normalized_shape, int64_t normalized_shape_len, int64_t weight, int64_t bias, double eps);
void rt_torch_autograd_no_grad_begin(void);
void rt_torch_autograd_no_grad_end(void);
int64_t rt_torch_torchtensor_data_i64(int64_t handle, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_mean_all(int64_t handle);
int64_t rt_torch_torchtensor_all_dims(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, bool keepdim);
int64_t rt_torch_torchtensor_all(int64_t input);
int64_t rt_torch_torchtensor_aminmax(int64_t input, int64_t dim, bool dim_present, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_topk(int64_t input, int64_t k, int64_t dim, bool largest, bool sorted, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_var_mean_correction(int64_t input, const int64_t* dim, int64_t dim_len, bool dim_present, double correction, int64_t correction_int, int32_t correction_kind, bool keepdim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_tensor_bucketize_scalar(double input, int64_t input_int, int32_t input_kind, int64_t boundaries, bool out_int32, bool right);
int64_t rt_torch_torchtensor_movedim_intlist(int64_t input, const int64_t* source, int64_t source_len, const int64_t* destination, int64_t destination_len);
int64_t rt_torch_torchtensor_tensor_split_sections(int64_t input, int64_t sections, int64_t dim, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_vsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_dsplit_int(int64_t input, int64_t sections, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_dsplit_array(int64_t input, const int64_t* indices, int64_t indices_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_triu(int64_t input, int64_t diagonal);
int64_t rt_torch_torchtensor_meshgrid(const int64_t* tensors, int64_t tensors_len, int64_t* out, int64_t out_capacity);
int64_t rt_torch_torchtensor_scatter_src(int64_t input, int64_t dim, int64_t index, int64_t src);
int64_t rt_torch_torchtensor_full_like(int64_t input, double fill_value, int64_t fill_value_int, int32_t fill_value_kind, int32_t dtype, int32_t device_type, int32_t device_index, const char* memory_format);
int64_t rt_torch_torchtensor_half(int64_t input, const char* memory_format);
int64_t rt_torch_torchtensor_cross(int64_t input, int64_t other, int64_t dim, bool dim_present);
int64_t rt_torch_torchtensor_cumulative_trapezoid_dx(int64_t y, double dx, int64_t dx_int, int32_t dx_kind, int64_t dim);
int64_t rt_torch_torchtensor_angle(int64_t input);
int64_t rt_torch_torchtensor_logaddexp2(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_fmax(int64_t input, int64_t other);
int64_t rt_torch_torchtensor_logical_or(int64_t input, int64_t other);
void rt_torch_torchtensor_masked_fill_tensor_(int64_t input, int64_t mask, int64_t value);
void rt_torch_torchtensor_index_put_(int64_t input, const int64_t* indices, int64_t indices_len, int64_t values, bool accumulate);
int64_t rt_torch_torchtensor_silu(int64_t input);
int64_t rt_torch_nn_conv3d_padding(int64_t input, int64_t weight, int64_t bias, const int64_t* stride, int64_t stride_len, const char* padding, const int64_t* dilation, int64_t dilation_len, int64_t groups);
int64_t rt_torch_nn_avg_pool3d(int64_t input, const int64_t* kernel_size, int64_t kernel_size_len, const int64_t* stride, int64_t stride_len, bool stride_present, const int64_t* padding, int64_t padding_len, bool ceil_mode, bool count_include_pad, int64_t divisor_override, bool divisor_override_present);
int64_t rt_torch_nn_gaussian_nll_loss(int64_t input, int64_t target, int64_t variance, bool full, double eps, const char* reduction);
int64_t rt_torch_tensor_logspace_scalar_tensor(double start, int64_t start_int, int32_t start_kind, int64_t end, int64_t steps, double base, int32_t dtype, int32_t device_type, int32_t device_index);
int64_t rt_torch_autograd_data(int64_t handle);
void rt_torch_set_default_dtype(int32_t dtype);
const char* rt_torch_jit_parameter_names(int64_t module);
int64_t rt_torch_dist_init(const char* backend, const char* store, const char* address, int64_t port, int64_t rank, int64_t world_size, int64_t timeout_ms, bool agent_store);
bool rt_torch_dist_release(int64_t module);
int64_t rt_torch_dist_rank(int64_t group);

/* rt_torch_tensor_eye(n) */
SFFI_CALL(rt_torch_tensor_eye) {
    if (!sffi_arity("rt_torch_tensor_eye", nargs, 1)) return NULL;
    int64_t a_n = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_n, "n")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_eye(a_n);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_tensor_empty(dims) */
SFFI_CALL(rt_torch_tensor_empty) {
    if (!sffi_arity("rt_torch_tensor_empty", nargs, 1)) return NULL;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_empty(a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return sffi_warned(result);
}

/* rt_torch_nn_layer_norm(input, normalized_shape, weight, bias, eps) */
SFFI_CALL(rt_torch_nn_layer_norm) {
    if (!sffi_arity("rt_torch_nn_layer_norm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_normalized_shape = SFFI_ARRAY_INIT;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_normalized_shape, "normalized_shape") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_optional_tensor_arg(args[3], &a_bias, "bias") || !sffi_f64(args[4], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_layer_norm(a_input, a_normalized_shape.data, a_normalized_shape.len, a_weight, a_bias, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_normalized_shape);
    return sffi_warned(result);
}

/* rt_torch_autograd_no_grad_begin() */
SFFI_CALL(rt_torch_autograd_no_grad_begin) {
    if (!sffi_arity("rt_torch_autograd_no_grad_begin", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_autograd_no_grad_begin();
        result = sffi_void_result();
    }
    return result;
}

/* rt_torch_autograd_no_grad_end() */
SFFI_CALL(rt_torch_autograd_no_grad_end) {
    if (!sffi_arity("rt_torch_autograd_no_grad_end", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_autograd_no_grad_end();
        result = sffi_void_result();
    }
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

/* rt_torch_torchtensor_mean_all(handle) */
SFFI_CALL(rt_torch_torchtensor_mean_all) {
    if (!sffi_arity("rt_torch_torchtensor_mean_all", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mean_all(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_all_dims(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_all_dims) {
    if (!sffi_arity("rt_torch_torchtensor_all_dims", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_all_dims(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_all(input) */
SFFI_CALL(rt_torch_torchtensor_all) {
    if (!sffi_arity("rt_torch_torchtensor_all", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_all(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_aminmax(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_aminmax) {
    if (!sffi_arity("rt_torch_torchtensor_aminmax", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_aminmax(a_input, a_dim, a_dim_present, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_topk(input, k, dim, largest, sorted) */
SFFI_CALL(rt_torch_torchtensor_topk) {
    if (!sffi_arity("rt_torch_torchtensor_topk", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_k = 0;
    int64_t a_dim = 0;
    bool a_largest = false;
    bool a_sorted = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_k, "k") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_largest, "largest") || !sffi_bool(args[4], &a_sorted, "sorted")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_topk(a_input, a_k, a_dim, a_largest, a_sorted, out.data, out.cap);
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

/* rt_torch_torchtensor_var_mean_correction(input, dim, dim_present, correction, keepdim) */
SFFI_CALL(rt_torch_torchtensor_var_mean_correction) {
    if (!sffi_arity("rt_torch_torchtensor_var_mean_correction", nargs, 5)) return NULL;
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
                n = rt_torch_torchtensor_var_mean_correction(a_input, a_dim.data, a_dim.len, a_dim_present, a_correction, a_correction_int, a_correction_kind, a_keepdim, out.data, out.cap);
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

/* rt_torch_tensor_bucketize_scalar(input, boundaries, out_int32, right) */
SFFI_CALL(rt_torch_tensor_bucketize_scalar) {
    if (!sffi_arity("rt_torch_tensor_bucketize_scalar", nargs, 4)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_boundaries = 0;
    bool a_out_int32 = false;
    bool a_right = false;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_boundaries, "boundaries") || !sffi_bool(args[2], &a_out_int32, "out_int32") || !sffi_bool(args[3], &a_right, "right")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bucketize_scalar(a_input, a_input_int, a_input_kind, a_boundaries, a_out_int32, a_right);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_movedim_intlist(input, source, destination) */
SFFI_CALL(rt_torch_torchtensor_movedim_intlist) {
    if (!sffi_arity("rt_torch_torchtensor_movedim_intlist", nargs, 3)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_source = SFFI_ARRAY_INIT;
    sffi_i64s a_destination = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_source, "source") || !sffi_i64_list(args[2], &a_destination, "destination")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_movedim_intlist(a_input, a_source.data, a_source.len, a_destination.data, a_destination.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_source);
    sffi_array_free(&a_destination);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_tensor_split_sections(input, sections, dim) */
SFFI_CALL(rt_torch_torchtensor_tensor_split_sections) {
    if (!sffi_arity("rt_torch_torchtensor_tensor_split_sections", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_sections = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_sections, "sections") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_tensor_split_sections(a_input, a_sections, a_dim, out.data, out.cap);
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

/* rt_torch_torchtensor_vsplit_int(input, sections) */
SFFI_CALL(rt_torch_torchtensor_vsplit_int) {
    if (!sffi_arity("rt_torch_torchtensor_vsplit_int", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_sections = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_sections, "sections")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_vsplit_int(a_input, a_sections, out.data, out.cap);
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

/* rt_torch_torchtensor_dsplit_int(input, sections) */
SFFI_CALL(rt_torch_torchtensor_dsplit_int) {
    if (!sffi_arity("rt_torch_torchtensor_dsplit_int", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_sections = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_sections, "sections")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_dsplit_int(a_input, a_sections, out.data, out.cap);
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

/* rt_torch_torchtensor_dsplit_array(input, indices) */
SFFI_CALL(rt_torch_torchtensor_dsplit_array) {
    if (!sffi_arity("rt_torch_torchtensor_dsplit_array", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_indices = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_indices, "indices")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_dsplit_array(a_input, a_indices.data, a_indices.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_indices);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_triu(input, diagonal) */
SFFI_CALL(rt_torch_torchtensor_triu) {
    if (!sffi_arity("rt_torch_torchtensor_triu", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_diagonal = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_diagonal, "diagonal")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_triu(a_input, a_diagonal);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_meshgrid(tensors) */
SFFI_CALL(rt_torch_torchtensor_meshgrid) {
    if (!sffi_arity("rt_torch_torchtensor_meshgrid", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_meshgrid(a_tensors.data, a_tensors.len, out.data, out.cap);
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

/* rt_torch_torchtensor_scatter_src(input, dim, index, src) */
SFFI_CALL(rt_torch_torchtensor_scatter_src) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_src", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_src = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_src, "src")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_src(a_input, a_dim, a_index, a_src);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_full_like(input, fill_value, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_full_like) {
    if (!sffi_arity("rt_torch_torchtensor_full_like", nargs, 5)) return NULL;
    int64_t a_input = 0;
    double a_fill_value = 0.0;
    int64_t a_fill_value_int = 0;
    int32_t a_fill_value_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_fill_value, &a_fill_value_int, &a_fill_value_kind, "fill_value", 0) || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1) || !sffi_text_arg(args[4], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_full_like(a_input, a_fill_value, a_fill_value_int, a_fill_value_kind, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_half(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_half) {
    if (!sffi_arity("rt_torch_torchtensor_half", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_half(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cross(input, other, dim, dim_present) */
SFFI_CALL(rt_torch_torchtensor_cross) {
    if (!sffi_arity("rt_torch_torchtensor_cross", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cross(a_input, a_other, a_dim, a_dim_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_cumulative_trapezoid_dx(y, dx, dim) */
SFFI_CALL(rt_torch_torchtensor_cumulative_trapezoid_dx) {
    if (!sffi_arity("rt_torch_torchtensor_cumulative_trapezoid_dx", nargs, 3)) return NULL;
    int64_t a_y = 0;
    double a_dx = 0.0;
    int64_t a_dx_int = 0;
    int32_t a_dx_kind = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_y, "y") || !sffi_scalar_arg(args[1], &a_dx, &a_dx_int, &a_dx_kind, "dx", 0) || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cumulative_trapezoid_dx(a_y, a_dx, a_dx_int, a_dx_kind, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_angle(input) */
SFFI_CALL(rt_torch_torchtensor_angle) {
    if (!sffi_arity("rt_torch_torchtensor_angle", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_angle(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logaddexp2(input, other) */
SFFI_CALL(rt_torch_torchtensor_logaddexp2) {
    if (!sffi_arity("rt_torch_torchtensor_logaddexp2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logaddexp2(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_fmax(input, other) */
SFFI_CALL(rt_torch_torchtensor_fmax) {
    if (!sffi_arity("rt_torch_torchtensor_fmax", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_fmax(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_logical_or(input, other) */
SFFI_CALL(rt_torch_torchtensor_logical_or) {
    if (!sffi_arity("rt_torch_torchtensor_logical_or", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logical_or(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_torchtensor_masked_fill_tensor_(input, mask, value) */
SFFI_CALL(rt_torch_torchtensor_masked_fill_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_masked_fill_tensor_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    int64_t a_value = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask") || !sffi_tensor_arg(args[2], &a_value, "value")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_masked_fill_tensor_(a_input, a_mask, a_value);
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

/* rt_torch_torchtensor_silu(input) */
SFFI_CALL(rt_torch_torchtensor_silu) {
    if (!sffi_arity("rt_torch_torchtensor_silu", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_silu(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_nn_conv3d_padding(input, weight, bias, stride, padding, dilation, groups) */
SFFI_CALL(rt_torch_nn_conv3d_padding) {
    if (!sffi_arity("rt_torch_nn_conv3d_padding", nargs, 7)) return NULL;
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
            r = rt_torch_nn_conv3d_padding(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_dilation.data, a_dilation.len, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_text_free(&a_padding);
    sffi_array_free(&a_dilation);
    return sffi_warned(result);
}

/* rt_torch_nn_avg_pool3d(input, kernel_size, stride, stride_present, padding, ceil_mode, count_include_pad, divisor_override, divisor_override_present) */
SFFI_CALL(rt_torch_nn_avg_pool3d) {
    if (!sffi_arity("rt_torch_nn_avg_pool3d", nargs, 9)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    bool a_stride_present = false;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    bool a_ceil_mode = false;
    bool a_count_include_pad = false;
    int64_t a_divisor_override = 0;
    bool a_divisor_override_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_bool(args[3], &a_stride_present, "stride_present") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_bool(args[5], &a_ceil_mode, "ceil_mode") || !sffi_bool(args[6], &a_count_include_pad, "count_include_pad") || !sffi_i64(args[7], &a_divisor_override, "divisor_override") || !sffi_bool(args[8], &a_divisor_override_present, "divisor_override_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_avg_pool3d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_ceil_mode, a_count_include_pad, a_divisor_override, a_divisor_override_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return sffi_warned(result);
}

/* rt_torch_nn_gaussian_nll_loss(input, target, variance, full, eps, reduction) */
SFFI_CALL(rt_torch_nn_gaussian_nll_loss) {
    if (!sffi_arity("rt_torch_nn_gaussian_nll_loss", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_variance = 0;
    bool a_full = false;
    double a_eps = 0.0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_tensor_arg(args[2], &a_variance, "variance") || !sffi_bool(args[3], &a_full, "full") || !sffi_f64(args[4], &a_eps, "eps") || !sffi_text_arg(args[5], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_gaussian_nll_loss(a_input, a_target, a_variance, a_full, a_eps, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return sffi_warned(result);
}

/* rt_torch_tensor_logspace_scalar_tensor(start, end, steps, base, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_logspace_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_logspace_scalar_tensor", nargs, 6)) return NULL;
    double a_start = 0.0;
    int64_t a_start_int = 0;
    int32_t a_start_kind = 0;
    int64_t a_end = 0;
    int64_t a_steps = 0;
    double a_base = 0.0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_start, &a_start_int, &a_start_kind, "start", 0) || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_i64(args[2], &a_steps, "steps") || !sffi_f64(args[3], &a_base, "base") || !sffi_dtype_arg(args[4], &a_dtype, "dtype", 1) || !sffi_device_arg(args[5], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_logspace_scalar_tensor(a_start, a_start_int, a_start_kind, a_end, a_steps, a_base, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_autograd_data(handle) */
SFFI_CALL(rt_torch_autograd_data) {
    if (!sffi_arity("rt_torch_autograd_data", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_autograd_data(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return sffi_warned(result);
}

/* rt_torch_set_default_dtype(dtype) */
SFFI_CALL(rt_torch_set_default_dtype) {
    if (!sffi_arity("rt_torch_set_default_dtype", nargs, 1)) return NULL;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_dtype_arg(args[0], &a_dtype, "dtype", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_set_default_dtype(a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
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

/* The calls above: the module adds them (_core.c, SFFI_CALL_UNITS). */
SFFI_HIDDEN PyMethodDef sffi_calls_9[] = {
    {"rt_torch_tensor_eye", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_eye, METH_FASTCALL, NULL},
    {"rt_torch_tensor_empty", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_empty, METH_FASTCALL, NULL},
    {"rt_torch_nn_layer_norm", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_layer_norm, METH_FASTCALL, NULL},
    {"rt_torch_autograd_no_grad_begin", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_no_grad_begin, METH_FASTCALL, NULL},
    {"rt_torch_autograd_no_grad_end", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_no_grad_end, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_data_i64", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_data_i64, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_mean_all", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_mean_all, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_all_dims", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_all_dims, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_all", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_all, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_aminmax", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_aminmax, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_topk", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_topk, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_var_mean_correction", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_var_mean_correction, METH_FASTCALL, NULL},
    {"rt_torch_tensor_bucketize_scalar", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_bucketize_scalar, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_movedim_intlist", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_movedim_intlist, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_tensor_split_sections", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_tensor_split_sections, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_vsplit_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_vsplit_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_dsplit_int", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_dsplit_int, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_dsplit_array", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_dsplit_array, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_triu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_triu, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_meshgrid", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_meshgrid, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_scatter_src", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_scatter_src, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_full_like", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_full_like, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_half", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_half, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cross", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cross, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_cumulative_trapezoid_dx", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_cumulative_trapezoid_dx, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_angle", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_angle, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logaddexp2", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logaddexp2, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_fmax", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_fmax, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_logical_or", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_logical_or, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_masked_fill_tensor_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_masked_fill_tensor_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_index_put_", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_index_put_, METH_FASTCALL, NULL},
    {"rt_torch_torchtensor_silu", (PyCFunction)(void (*)(void))sffi_call_rt_torch_torchtensor_silu, METH_FASTCALL, NULL},
    {"rt_torch_nn_conv3d_padding", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_conv3d_padding, METH_FASTCALL, NULL},
    {"rt_torch_nn_avg_pool3d", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_avg_pool3d, METH_FASTCALL, NULL},
    {"rt_torch_nn_gaussian_nll_loss", (PyCFunction)(void (*)(void))sffi_call_rt_torch_nn_gaussian_nll_loss, METH_FASTCALL, NULL},
    {"rt_torch_tensor_logspace_scalar_tensor", (PyCFunction)(void (*)(void))sffi_call_rt_torch_tensor_logspace_scalar_tensor, METH_FASTCALL, NULL},
    {"rt_torch_autograd_data", (PyCFunction)(void (*)(void))sffi_call_rt_torch_autograd_data, METH_FASTCALL, NULL},
    {"rt_torch_set_default_dtype", (PyCFunction)(void (*)(void))sffi_call_rt_torch_set_default_dtype, METH_FASTCALL, NULL},
    {"rt_torch_jit_parameter_names", (PyCFunction)(void (*)(void))sffi_call_rt_torch_jit_parameter_names, METH_FASTCALL, NULL},
    {"rt_torch_dist_init", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_init, METH_FASTCALL, NULL},
    {"rt_torch_dist_rank", (PyCFunction)(void (*)(void))sffi_call_rt_torch_dist_rank, METH_FASTCALL, NULL},
    {NULL, NULL, 0, NULL},
};
