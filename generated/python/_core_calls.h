// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* One call per catalogue function, for torch_sffi._core (runtime/python/_core.c defines
 * SFFI_CALL and every sffi_ converter): Python passes the values generator/abi.py lowers an
 * argument to (an array as a list, without its length) and gets the result as a Python value. */

/* rt_torch_available() */
SFFI_CALL(rt_torch_available) {
    if (!sffi_arity("rt_torch_available", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        bool r;
        r = rt_torch_available();
        result = sffi_bool_result(r, 1);
    }
    return result;
}

/* rt_torch_version() */
SFFI_CALL(rt_torch_version) {
    if (!sffi_arity("rt_torch_version", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        const char* r;
        r = rt_torch_version();
        result = sffi_text_result(r, 0);
    }
    return result;
}

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
    return result;
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
    return result;
}

/* rt_torch_tensor_ones(dims) */
SFFI_CALL(rt_torch_tensor_ones) {
    if (!sffi_arity("rt_torch_tensor_ones", nargs, 1)) return NULL;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_ones(a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return result;
}

/* rt_torch_tensor_randn(dims) */
SFFI_CALL(rt_torch_tensor_randn) {
    if (!sffi_arity("rt_torch_tensor_randn", nargs, 1)) return NULL;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_randn(a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return result;
}

/* rt_torch_tensor_rand(dims) */
SFFI_CALL(rt_torch_tensor_rand) {
    if (!sffi_arity("rt_torch_tensor_rand", nargs, 1)) return NULL;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_rand(a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return result;
}

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
    return result;
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
    return result;
}

/* rt_torch_tensor_arange(start, end, step) */
SFFI_CALL(rt_torch_tensor_arange) {
    if (!sffi_arity("rt_torch_tensor_arange", nargs, 3)) return NULL;
    double a_start = 0.0;
    double a_end = 0.0;
    double a_step = 0.0;
    PyObject *result = NULL;
    if (!sffi_f64(args[0], &a_start, "start") || !sffi_f64(args[1], &a_end, "end") || !sffi_f64(args[2], &a_step, "step")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_arange(a_start, a_end, a_step);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_tensor_linspace(start, end, steps) */
SFFI_CALL(rt_torch_tensor_linspace) {
    if (!sffi_arity("rt_torch_tensor_linspace", nargs, 3)) return NULL;
    double a_start = 0.0;
    double a_end = 0.0;
    int64_t a_steps = 0;
    PyObject *result = NULL;
    if (!sffi_f64(args[0], &a_start, "start") || !sffi_f64(args[1], &a_end, "end") || !sffi_i64(args[2], &a_steps, "steps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_linspace(a_start, a_end, a_steps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

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
    return result;
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
    return result;
}

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
    return result;
}

/* rt_torch_torchtensor_sub(handle, other) */
SFFI_CALL(rt_torch_torchtensor_sub) {
    if (!sffi_arity("rt_torch_torchtensor_sub", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sub(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

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
    return result;
}

/* rt_torch_torchtensor_div(handle, other) */
SFFI_CALL(rt_torch_torchtensor_div) {
    if (!sffi_arity("rt_torch_torchtensor_div", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_div(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_pow(handle, exponent) */
SFFI_CALL(rt_torch_torchtensor_pow) {
    if (!sffi_arity("rt_torch_torchtensor_pow", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_exponent = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_exponent, "exponent")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_pow(a_handle, a_exponent);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_neg(handle) */
SFFI_CALL(rt_torch_torchtensor_neg) {
    if (!sffi_arity("rt_torch_torchtensor_neg", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_neg(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_abs(handle) */
SFFI_CALL(rt_torch_torchtensor_abs) {
    if (!sffi_arity("rt_torch_torchtensor_abs", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_abs(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_sqrt(handle) */
SFFI_CALL(rt_torch_torchtensor_sqrt) {
    if (!sffi_arity("rt_torch_torchtensor_sqrt", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sqrt(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_exp(handle) */
SFFI_CALL(rt_torch_torchtensor_exp) {
    if (!sffi_arity("rt_torch_torchtensor_exp", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_exp(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_log(handle) */
SFFI_CALL(rt_torch_torchtensor_log) {
    if (!sffi_arity("rt_torch_torchtensor_log", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_add_scalar(handle, scalar) */
SFFI_CALL(rt_torch_torchtensor_add_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_add_scalar", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_scalar = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_scalar, "scalar")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_add_scalar(a_handle, a_scalar);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_mul_scalar(handle, scalar) */
SFFI_CALL(rt_torch_torchtensor_mul_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_mul_scalar", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_scalar = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_scalar, "scalar")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mul_scalar(a_handle, a_scalar);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_relu(handle) */
SFFI_CALL(rt_torch_torchtensor_relu) {
    if (!sffi_arity("rt_torch_torchtensor_relu", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_relu(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_tanh(handle) */
SFFI_CALL(rt_torch_torchtensor_tanh) {
    if (!sffi_arity("rt_torch_torchtensor_tanh", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_tanh(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_leaky_relu(handle, negative_slope) */
SFFI_CALL(rt_torch_torchtensor_leaky_relu) {
    if (!sffi_arity("rt_torch_torchtensor_leaky_relu", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_negative_slope = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_negative_slope, "negative_slope")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_leaky_relu(a_handle, a_negative_slope);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_log_softmax(handle, dim) */
SFFI_CALL(rt_torch_torchtensor_log_softmax) {
    if (!sffi_arity("rt_torch_torchtensor_log_softmax", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log_softmax(a_handle, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_matmul(handle, other) */
SFFI_CALL(rt_torch_torchtensor_matmul) {
    if (!sffi_arity("rt_torch_torchtensor_matmul", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_matmul(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_dot(handle, other) */
SFFI_CALL(rt_torch_torchtensor_dot) {
    if (!sffi_arity("rt_torch_torchtensor_dot", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_dot(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_norm(handle) */
SFFI_CALL(rt_torch_torchtensor_norm) {
    if (!sffi_arity("rt_torch_torchtensor_norm", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_norm(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_inverse(handle) */
SFFI_CALL(rt_torch_torchtensor_inverse) {
    if (!sffi_arity("rt_torch_torchtensor_inverse", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_inverse(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_eig(handle) */
SFFI_CALL(rt_torch_torchtensor_eig) {
    if (!sffi_arity("rt_torch_torchtensor_eig", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_eig(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_sum_dim(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_sum_dim) {
    if (!sffi_arity("rt_torch_torchtensor_sum_dim", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sum_dim(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_mean(handle) */
SFFI_CALL(rt_torch_torchtensor_mean) {
    if (!sffi_arity("rt_torch_torchtensor_mean", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mean(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_mean_dim(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_mean_dim) {
    if (!sffi_arity("rt_torch_torchtensor_mean_dim", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mean_dim(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_max(handle) */
SFFI_CALL(rt_torch_torchtensor_max) {
    if (!sffi_arity("rt_torch_torchtensor_max", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_max(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_max_dim(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_max_dim) {
    if (!sffi_arity("rt_torch_torchtensor_max_dim", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_max_dim(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_min(handle) */
SFFI_CALL(rt_torch_torchtensor_min) {
    if (!sffi_arity("rt_torch_torchtensor_min", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_min(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_min_dim(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_min_dim) {
    if (!sffi_arity("rt_torch_torchtensor_min_dim", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_min_dim(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_argmin(handle, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_argmin) {
    if (!sffi_arity("rt_torch_torchtensor_argmin", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argmin(a_handle, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_std(handle) */
SFFI_CALL(rt_torch_torchtensor_std) {
    if (!sffi_arity("rt_torch_torchtensor_std", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_std(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_var(handle) */
SFFI_CALL(rt_torch_torchtensor_var) {
    if (!sffi_arity("rt_torch_torchtensor_var", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_var(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return result;
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
            n = rt_torch_torchtensor_shape(a_handle, out.data, out.cap);
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_ints_tuple_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_reshape(handle, dims) */
SFFI_CALL(rt_torch_torchtensor_reshape) {
    if (!sffi_arity("rt_torch_torchtensor_reshape", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_reshape(a_handle, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return result;
}

/* rt_torch_torchtensor_view(handle, dims) */
SFFI_CALL(rt_torch_torchtensor_view) {
    if (!sffi_arity("rt_torch_torchtensor_view", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view(a_handle, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return result;
}

/* rt_torch_torchtensor_permute(handle, dims) */
SFFI_CALL(rt_torch_torchtensor_permute) {
    if (!sffi_arity("rt_torch_torchtensor_permute", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_permute(a_handle, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_contiguous(handle) */
SFFI_CALL(rt_torch_torchtensor_contiguous) {
    if (!sffi_arity("rt_torch_torchtensor_contiguous", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_contiguous(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_stack(tensors, dim) */
SFFI_CALL(rt_torch_torchtensor_stack) {
    if (!sffi_arity("rt_torch_torchtensor_stack", nargs, 2)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_stack(a_tensors.data, a_tensors.len, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return result;
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
    return result;
}

/* rt_torch_nn_conv2d(input, weight, bias, stride, padding, dilation, groups) */
SFFI_CALL(rt_torch_nn_conv2d) {
    if (!sffi_arity("rt_torch_nn_conv2d", nargs, 7)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    int64_t a_groups = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias") || !sffi_i64_list(args[3], &a_stride, "stride") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_i64_list(args[5], &a_dilation, "dilation") || !sffi_i64(args[6], &a_groups, "groups")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_conv2d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return result;
}

/* rt_torch_nn_max_pool2d(input, kernel_size, stride, padding) */
SFFI_CALL(rt_torch_nn_max_pool2d) {
    if (!sffi_arity("rt_torch_nn_max_pool2d", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_i64_list(args[3], &a_padding, "padding")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_max_pool2d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_padding.data, a_padding.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return result;
}

/* rt_torch_nn_avg_pool2d(input, kernel_size, stride, padding) */
SFFI_CALL(rt_torch_nn_avg_pool2d) {
    if (!sffi_arity("rt_torch_nn_avg_pool2d", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_i64_list(args[3], &a_padding, "padding")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_avg_pool2d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_padding.data, a_padding.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return result;
}

/* rt_torch_nn_batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps) */
SFFI_CALL(rt_torch_nn_batch_norm) {
    if (!sffi_arity("rt_torch_nn_batch_norm", nargs, 8)) return NULL;
    int64_t a_input = 0;
    int64_t a_running_mean = 0;
    int64_t a_running_var = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    bool a_training = false;
    double a_momentum = 0.0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_running_mean, "running_mean") || !sffi_optional_tensor_arg(args[2], &a_running_var, "running_var") || !sffi_optional_tensor_arg(args[3], &a_weight, "weight") || !sffi_optional_tensor_arg(args[4], &a_bias, "bias") || !sffi_bool(args[5], &a_training, "training") || !sffi_f64(args[6], &a_momentum, "momentum") || !sffi_f64(args[7], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_batch_norm(a_input, a_running_mean, a_running_var, a_weight, a_bias, a_training, a_momentum, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_linear(input, weight, bias) */
SFFI_CALL(rt_torch_nn_linear) {
    if (!sffi_arity("rt_torch_nn_linear", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_linear(a_input, a_weight, a_bias);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_embedding(input, weight) */
SFFI_CALL(rt_torch_nn_embedding) {
    if (!sffi_arity("rt_torch_nn_embedding", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_embedding(a_input, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_binary_cross_entropy(input, target) */
SFFI_CALL(rt_torch_nn_binary_cross_entropy) {
    if (!sffi_arity("rt_torch_nn_binary_cross_entropy", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target")) goto done;
    {
        double r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_binary_cross_entropy(a_input, a_target);
        Py_END_ALLOW_THREADS
        result = sffi_f64_result(r, 1);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_autograd_zero_grad(handle) */
SFFI_CALL(rt_torch_autograd_zero_grad) {
    if (!sffi_arity("rt_torch_autograd_zero_grad", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_zero_grad(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
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
    return result;
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
    return result;
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
    return result;
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

/* rt_torch_torchtensor_to_stream(handle, device_id, stream) */
SFFI_CALL(rt_torch_torchtensor_to_stream) {
    if (!sffi_arity("rt_torch_torchtensor_to_stream", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int32_t a_device_id = 0;
    int64_t a_stream = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i32(args[1], &a_device_id, "device_id") || !sffi_stream_arg(args[2], &a_stream, "stream")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_stream(a_handle, a_device_id, a_stream);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_clone(handle) */
SFFI_CALL(rt_torch_torchtensor_clone) {
    if (!sffi_arity("rt_torch_torchtensor_clone", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clone(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchstream_query(handle) */
SFFI_CALL(rt_torch_torchstream_query) {
    if (!sffi_arity("rt_torch_torchstream_query", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_stream_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchstream_query(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_cuda_memory_allocated(device_id) */
SFFI_CALL(rt_torch_cuda_memory_allocated) {
    if (!sffi_arity("rt_torch_cuda_memory_allocated", nargs, 1)) return NULL;
    int32_t a_device_id = 0;
    PyObject *result = NULL;
    if (!sffi_i32(args[0], &a_device_id, "device_id")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_cuda_memory_allocated(a_device_id);
        Py_END_ALLOW_THREADS
        result = sffi_i64_result(r, 1);
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
    return result;
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
    return result;
}

/* rt_torch_error_code() */
SFFI_CALL(rt_torch_error_code) {
    if (!sffi_arity("rt_torch_error_code", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        r = rt_torch_error_code();
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
        r = rt_torch_error_message();
        result = sffi_plain_text(r);
    }
    return result;
}

/* rt_torch_error_clear() */
SFFI_CALL(rt_torch_error_clear) {
    if (!sffi_arity("rt_torch_error_clear", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        rt_torch_error_clear();
        result = sffi_void_result();
    }
    return result;
}

/* rt_torch_live_handles() */
SFFI_CALL(rt_torch_live_handles) {
    if (!sffi_arity("rt_torch_live_handles", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int64_t r;
        r = rt_torch_live_handles();
        result = sffi_i64_result(r, 1);
    }
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_get_num_threads() */
SFFI_CALL(rt_torch_get_num_threads) {
    if (!sffi_arity("rt_torch_get_num_threads", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_get_num_threads();
        Py_END_ALLOW_THREADS
        result = sffi_i32_result(r, 1);
    }
    return result;
}

/* rt_torch_cuda_device_count() */
SFFI_CALL(rt_torch_cuda_device_count) {
    if (!sffi_arity("rt_torch_cuda_device_count", nargs, 0)) return NULL;
    PyObject *result = NULL;
    {
        int32_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_cuda_device_count();
        Py_END_ALLOW_THREADS
        result = sffi_i32_result(r, 1);
    }
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_dtype(handle) */
SFFI_CALL(rt_torch_torchtensor_dtype) {
    if (!sffi_arity("rt_torch_torchtensor_dtype", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int32_t r;
        r = rt_torch_torchtensor_dtype(a_handle);
        result = sffi_dtype_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_sum_all(handle) */
SFFI_CALL(rt_torch_torchtensor_sum_all) {
    if (!sffi_arity("rt_torch_torchtensor_sum_all", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sum_all(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_div_scalar(handle, scalar) */
SFFI_CALL(rt_torch_torchtensor_div_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_div_scalar", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_scalar = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_scalar, "scalar")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_div_scalar(a_handle, a_scalar);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_maximum(handle, other) */
SFFI_CALL(rt_torch_torchtensor_maximum) {
    if (!sffi_arity("rt_torch_torchtensor_maximum", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_maximum(a_handle, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_autograd_set_grad(handle, grad) */
SFFI_CALL(rt_torch_autograd_set_grad) {
    if (!sffi_arity("rt_torch_autograd_set_grad", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    int64_t a_grad = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_optional_tensor_arg(args[1], &a_grad, "grad")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_autograd_set_grad(a_handle, a_grad);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_add_(handle, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_) {
    if (!sffi_arity("rt_torch_torchtensor_add_", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int64_t a_other = 0;
    double a_alpha = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_f64(args[2], &a_alpha, "alpha")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_add_(a_handle, a_other, a_alpha);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_add_scalar_(handle, scalar) */
SFFI_CALL(rt_torch_torchtensor_add_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_add_scalar_", nargs, 2)) return NULL;
    int64_t a_handle = 0;
    double a_scalar = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_f64(args[1], &a_scalar, "scalar")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_add_scalar_(a_handle, a_scalar);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_add_tensor_(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_add_tensor_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_scalar_arg(args[2], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_add_tensor_(a_input, a_other, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_add_scalar_v2_(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_scalar_v2_) {
    if (!sffi_arity("rt_torch_torchtensor_add_scalar_v2_", nargs, 3)) return NULL;
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
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_add_scalar_v2_(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_addcmul_(handle, tensor1, tensor2, value) */
SFFI_CALL(rt_torch_torchtensor_addcmul_) {
    if (!sffi_arity("rt_torch_torchtensor_addcmul_", nargs, 4)) return NULL;
    int64_t a_handle = 0;
    int64_t a_tensor1 = 0;
    int64_t a_tensor2 = 0;
    double a_value = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_tensor_arg(args[1], &a_tensor1, "tensor1") || !sffi_tensor_arg(args[2], &a_tensor2, "tensor2") || !sffi_f64(args[3], &a_value, "value")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_addcmul_(a_handle, a_tensor1, a_tensor2, a_value);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_zero_(handle) */
SFFI_CALL(rt_torch_torchtensor_zero_) {
    if (!sffi_arity("rt_torch_torchtensor_zero_", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_zero_(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_tensor_empty_v2(size, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_tensor_empty_v2) {
    if (!sffi_arity("rt_torch_tensor_empty_v2", nargs, 4)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1) || !sffi_text_arg(args[3], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_empty_v2(a_size.data, a_size.len, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_tensor_randn_v2(size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_randn_v2) {
    if (!sffi_arity("rt_torch_tensor_randn_v2", nargs, 3)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_randn_v2(a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return result;
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
    return result;
}

/* rt_torch_tensor_full_v2(size, fill_value, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_full_v2) {
    if (!sffi_arity("rt_torch_tensor_full_v2", nargs, 4)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    double a_fill_value = 0.0;
    int64_t a_fill_value_int = 0;
    int32_t a_fill_value_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_scalar_arg(args[1], &a_fill_value, &a_fill_value_int, &a_fill_value_kind, "fill_value", 0) || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_full_v2(a_size.data, a_size.len, a_fill_value, a_fill_value_int, a_fill_value_kind, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return result;
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
    return result;
}

/* rt_torch_tensor_arange_start_step(start, end, step, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_arange_start_step) {
    if (!sffi_arity("rt_torch_tensor_arange_start_step", nargs, 5)) return NULL;
    double a_start = 0.0;
    int64_t a_start_int = 0;
    int32_t a_start_kind = 0;
    double a_end = 0.0;
    int64_t a_end_int = 0;
    int32_t a_end_kind = 0;
    double a_step = 0.0;
    int64_t a_step_int = 0;
    int32_t a_step_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_start, &a_start_int, &a_start_kind, "start", 0) || !sffi_scalar_arg(args[1], &a_end, &a_end_int, &a_end_kind, "end", 0) || !sffi_scalar_arg(args[2], &a_step, &a_step_int, &a_step_kind, "step", 0) || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_arange_start_step(a_start, a_start_int, a_start_kind, a_end, a_end_int, a_end_kind, a_step, a_step_int, a_step_kind, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_tensor_eye_m(n, m, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_eye_m) {
    if (!sffi_arity("rt_torch_tensor_eye_m", nargs, 4)) return NULL;
    int64_t a_n = 0;
    int64_t a_m = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_n, "n") || !sffi_i64(args[1], &a_m, "m") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_eye_m(a_n, a_m, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_add_scalar_v2(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_add_scalar_v2) {
    if (!sffi_arity("rt_torch_torchtensor_add_scalar_v2", nargs, 3)) return NULL;
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
            r = rt_torch_torchtensor_add_scalar_v2(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_sub_tensor(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_sub_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_sub_tensor", nargs, 3)) return NULL;
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
            r = rt_torch_torchtensor_sub_tensor(a_input, a_other, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_rsub_scalar(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_rsub_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_rsub_scalar", nargs, 3)) return NULL;
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
            r = rt_torch_torchtensor_rsub_scalar(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_reciprocal(input) */
SFFI_CALL(rt_torch_torchtensor_reciprocal) {
    if (!sffi_arity("rt_torch_torchtensor_reciprocal", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_reciprocal(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_mul_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_mul_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_mul_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mul_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_mul_scalar_v2(input, other) */
SFFI_CALL(rt_torch_torchtensor_mul_scalar_v2) {
    if (!sffi_arity("rt_torch_torchtensor_mul_scalar_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mul_scalar_v2(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_div_tensor_mode(input, other, rounding_mode) */
SFFI_CALL(rt_torch_torchtensor_div_tensor_mode) {
    if (!sffi_arity("rt_torch_torchtensor_div_tensor_mode", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    sffi_text a_rounding_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_text_arg(args[2], &a_rounding_mode, "rounding_mode")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_div_tensor_mode(a_input, a_other, a_rounding_mode.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_rounding_mode);
    return result;
}

/* rt_torch_torchtensor_div_scalar_mode(input, other, rounding_mode) */
SFFI_CALL(rt_torch_torchtensor_div_scalar_mode) {
    if (!sffi_arity("rt_torch_torchtensor_div_scalar_mode", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    sffi_text a_rounding_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0) || !sffi_text_arg(args[2], &a_rounding_mode, "rounding_mode")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_div_scalar_mode(a_input, a_other, a_other_int, a_other_kind, a_rounding_mode.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_rounding_mode);
    return result;
}

/* rt_torch_torchtensor_pow_tensor_scalar(input, exponent) */
SFFI_CALL(rt_torch_torchtensor_pow_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_pow_tensor_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_exponent = 0.0;
    int64_t a_exponent_int = 0;
    int32_t a_exponent_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_exponent, &a_exponent_int, &a_exponent_kind, "exponent", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_pow_tensor_scalar(a_input, a_exponent, a_exponent_int, a_exponent_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_tensor_pow_scalar(input, exponent) */
SFFI_CALL(rt_torch_tensor_pow_scalar) {
    if (!sffi_arity("rt_torch_tensor_pow_scalar", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_exponent = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_exponent, "exponent")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_pow_scalar(a_input, a_input_int, a_input_kind, a_exponent);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_softmax_int(input, dim, dtype) */
SFFI_CALL(rt_torch_torchtensor_softmax_int) {
    if (!sffi_arity("rt_torch_torchtensor_softmax_int", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_softmax_int(a_input, a_dim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_log_softmax_int(input, dim, dtype) */
SFFI_CALL(rt_torch_torchtensor_log_softmax_int) {
    if (!sffi_arity("rt_torch_torchtensor_log_softmax_int", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log_softmax_int(a_input, a_dim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_max_dim_v2(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_max_dim_v2) {
    if (!sffi_arity("rt_torch_torchtensor_max_dim_v2", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_max_dim_v2(a_input, a_dim, a_keepdim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_max_other(input, other) */
SFFI_CALL(rt_torch_torchtensor_max_other) {
    if (!sffi_arity("rt_torch_torchtensor_max_other", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_max_other(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_min_dim_v2(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_min_dim_v2) {
    if (!sffi_arity("rt_torch_torchtensor_min_dim_v2", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_min_dim_v2(a_input, a_dim, a_keepdim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_min_other(input, other) */
SFFI_CALL(rt_torch_torchtensor_min_other) {
    if (!sffi_arity("rt_torch_torchtensor_min_other", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_min_other(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_argmin_v2(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_argmin_v2) {
    if (!sffi_arity("rt_torch_torchtensor_argmin_v2", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argmin_v2(a_input, a_dim, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_std_dim(input, dim, dim_present, unbiased, keepdim) */
SFFI_CALL(rt_torch_torchtensor_std_dim) {
    if (!sffi_arity("rt_torch_torchtensor_std_dim", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_std_dim(a_input, a_dim.data, a_dim.len, a_dim_present, a_unbiased, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_std_v2(input, unbiased) */
SFFI_CALL(rt_torch_torchtensor_std_v2) {
    if (!sffi_arity("rt_torch_torchtensor_std_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_unbiased = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_unbiased, "unbiased")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_std_v2(a_input, a_unbiased);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_var_correction(input, dim, dim_present, correction, keepdim) */
SFFI_CALL(rt_torch_torchtensor_var_correction) {
    if (!sffi_arity("rt_torch_torchtensor_var_correction", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_var_correction(a_input, a_dim.data, a_dim.len, a_dim_present, a_correction, a_correction_int, a_correction_kind, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return result;
}

/* rt_torch_torchtensor_var_v2(input, unbiased) */
SFFI_CALL(rt_torch_torchtensor_var_v2) {
    if (!sffi_arity("rt_torch_torchtensor_var_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_unbiased = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_unbiased, "unbiased")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_var_v2(a_input, a_unbiased);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_select_int(input, dim, index) */
SFFI_CALL(rt_torch_torchtensor_select_int) {
    if (!sffi_arity("rt_torch_torchtensor_select_int", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_i64(args[2], &a_index, "index")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_select_int(a_input, a_dim, a_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_max_pool2d_v2(input, kernel_size, stride, stride_present, padding, dilation, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool2d_v2) {
    if (!sffi_arity("rt_torch_nn_max_pool2d_v2", nargs, 7)) return NULL;
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
            r = rt_torch_nn_max_pool2d_v2(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_ceil_mode);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return result;
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
    return result;
}

/* rt_torch_nn_avg_pool2d_v2(input, kernel_size, stride, stride_present, padding, ceil_mode, count_include_pad, divisor_override, divisor_override_present) */
SFFI_CALL(rt_torch_nn_avg_pool2d_v2) {
    if (!sffi_arity("rt_torch_nn_avg_pool2d_v2", nargs, 9)) return NULL;
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
            r = rt_torch_nn_avg_pool2d_v2(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_ceil_mode, a_count_include_pad, a_divisor_override, a_divisor_override_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return result;
}

/* rt_torch_nn_embedding_v2(input, weight, padding_idx, padding_idx_present, max_norm, max_norm_present, norm_type, scale_grad_by_freq, sparse) */
SFFI_CALL(rt_torch_nn_embedding_v2) {
    if (!sffi_arity("rt_torch_nn_embedding_v2", nargs, 9)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_padding_idx = 0;
    bool a_padding_idx_present = false;
    double a_max_norm = 0.0;
    bool a_max_norm_present = false;
    double a_norm_type = 0.0;
    bool a_scale_grad_by_freq = false;
    bool a_sparse = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_i64(args[2], &a_padding_idx, "padding_idx") || !sffi_bool(args[3], &a_padding_idx_present, "padding_idx_present") || !sffi_f64(args[4], &a_max_norm, "max_norm") || !sffi_bool(args[5], &a_max_norm_present, "max_norm_present") || !sffi_f64(args[6], &a_norm_type, "norm_type") || !sffi_bool(args[7], &a_scale_grad_by_freq, "scale_grad_by_freq") || !sffi_bool(args[8], &a_sparse, "sparse")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_embedding_v2(a_input, a_weight, a_padding_idx, a_padding_idx_present, a_max_norm, a_max_norm_present, a_norm_type, a_scale_grad_by_freq, a_sparse);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_nn_cross_entropy_v2(input, target, weight, ignore_index, reduction, label_smoothing) */
SFFI_CALL(rt_torch_nn_cross_entropy_v2) {
    if (!sffi_arity("rt_torch_nn_cross_entropy_v2", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    int64_t a_ignore_index = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    double a_label_smoothing = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_i64(args[3], &a_ignore_index, "ignore_index") || !sffi_text_arg(args[4], &a_reduction, "reduction") || !sffi_f64(args[5], &a_label_smoothing, "label_smoothing")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_cross_entropy_v2(a_input, a_target, a_weight, a_ignore_index, a_reduction.data, a_label_smoothing);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_binary_cross_entropy_v2(input, target, weight, reduction) */
SFFI_CALL(rt_torch_nn_binary_cross_entropy_v2) {
    if (!sffi_arity("rt_torch_nn_binary_cross_entropy_v2", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_text_arg(args[3], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_binary_cross_entropy_v2(a_input, a_target, a_weight, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_nll_loss_v2(input, target, weight, ignore_index, reduction) */
SFFI_CALL(rt_torch_nn_nll_loss_v2) {
    if (!sffi_arity("rt_torch_nn_nll_loss_v2", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    int64_t a_ignore_index = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_i64(args[3], &a_ignore_index, "ignore_index") || !sffi_text_arg(args[4], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_nll_loss_v2(a_input, a_target, a_weight, a_ignore_index, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_to_dtype_v2(input, dtype, non_blocking, copy, memory_format) */
SFFI_CALL(rt_torch_torchtensor_to_dtype_v2) {
    if (!sffi_arity("rt_torch_torchtensor_to_dtype_v2", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int32_t a_dtype = 0;
    bool a_non_blocking = false;
    bool a_copy = false;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 0) || !sffi_bool(args[2], &a_non_blocking, "non_blocking") || !sffi_bool(args[3], &a_copy, "copy") || !sffi_text_arg(args[4], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_dtype_v2(a_input, a_dtype, a_non_blocking, a_copy, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_to_other(input, other, non_blocking, copy, memory_format) */
SFFI_CALL(rt_torch_torchtensor_to_other) {
    if (!sffi_arity("rt_torch_torchtensor_to_other", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    bool a_non_blocking = false;
    bool a_copy = false;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_bool(args[2], &a_non_blocking, "non_blocking") || !sffi_bool(args[3], &a_copy, "copy") || !sffi_text_arg(args[4], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_other(a_input, a_other, a_non_blocking, a_copy, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_torchtensor_to_dtype_layout(input, dtype, device_type, non_blocking, copy, memory_format) */
SFFI_CALL(rt_torch_torchtensor_to_dtype_layout) {
    if (!sffi_arity("rt_torch_torchtensor_to_dtype_layout", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    bool a_non_blocking = false;
    bool a_copy = false;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1) || !sffi_device_arg(args[2], &a_device_type, &a_device_index, "device", 1) || !sffi_bool(args[3], &a_non_blocking, "non_blocking") || !sffi_bool(args[4], &a_copy, "copy") || !sffi_text_arg(args[5], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_dtype_layout(a_input, a_dtype, a_device_type, a_device_index, a_non_blocking, a_copy, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_torchtensor_clone_v2(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_clone_v2) {
    if (!sffi_arity("rt_torch_torchtensor_clone_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clone_v2(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_torchtensor_contiguous_v2(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_contiguous_v2) {
    if (!sffi_arity("rt_torch_torchtensor_contiguous_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_contiguous_v2(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_torchtensor_sin(input) */
SFFI_CALL(rt_torch_torchtensor_sin) {
    if (!sffi_arity("rt_torch_torchtensor_sin", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sin(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_hardswish(input) */
SFFI_CALL(rt_torch_nn_hardswish) {
    if (!sffi_arity("rt_torch_nn_hardswish", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_hardswish(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_elu(input, alpha) */
SFFI_CALL(rt_torch_torchtensor_elu) {
    if (!sffi_arity("rt_torch_torchtensor_elu", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_elu(a_input, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_selu(input) */
SFFI_CALL(rt_torch_torchtensor_selu) {
    if (!sffi_arity("rt_torch_torchtensor_selu", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_selu(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_mish(input) */
SFFI_CALL(rt_torch_torchtensor_mish) {
    if (!sffi_arity("rt_torch_torchtensor_mish", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mish(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_softshrink(input, lambd) */
SFFI_CALL(rt_torch_torchtensor_softshrink) {
    if (!sffi_arity("rt_torch_torchtensor_softshrink", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_lambd = 0.0;
    int64_t a_lambd_int = 0;
    int32_t a_lambd_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_lambd, &a_lambd_int, &a_lambd_kind, "lambd", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_softshrink(a_input, a_lambd, a_lambd_int, a_lambd_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_hardshrink(input, lambd) */
SFFI_CALL(rt_torch_torchtensor_hardshrink) {
    if (!sffi_arity("rt_torch_torchtensor_hardshrink", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_lambd = 0.0;
    int64_t a_lambd_int = 0;
    int32_t a_lambd_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_lambd, &a_lambd_int, &a_lambd_kind, "lambd", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_hardshrink(a_input, a_lambd, a_lambd_int, a_lambd_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_hardtanh(input, min_val, max_val) */
SFFI_CALL(rt_torch_torchtensor_hardtanh) {
    if (!sffi_arity("rt_torch_torchtensor_hardtanh", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_min_val = 0.0;
    int64_t a_min_val_int = 0;
    int32_t a_min_val_kind = 0;
    double a_max_val = 0.0;
    int64_t a_max_val_int = 0;
    int32_t a_max_val_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_min_val, &a_min_val_int, &a_min_val_kind, "min_val", 0) || !sffi_scalar_arg(args[2], &a_max_val, &a_max_val_int, &a_max_val_kind, "max_val", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_hardtanh(a_input, a_min_val, a_min_val_int, a_min_val_kind, a_max_val, a_max_val_int, a_max_val_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_relu6(input) */
SFFI_CALL(rt_torch_torchtensor_relu6) {
    if (!sffi_arity("rt_torch_torchtensor_relu6", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_relu6(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_softplus(input, beta, threshold) */
SFFI_CALL(rt_torch_torchtensor_softplus) {
    if (!sffi_arity("rt_torch_torchtensor_softplus", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_beta = 0.0;
    int64_t a_beta_int = 0;
    int32_t a_beta_kind = 0;
    double a_threshold = 0.0;
    int64_t a_threshold_int = 0;
    int32_t a_threshold_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_beta, &a_beta_int, &a_beta_kind, "beta", 0) || !sffi_scalar_arg(args[2], &a_threshold, &a_threshold_int, &a_threshold_kind, "threshold", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_softplus(a_input, a_beta, a_beta_int, a_beta_kind, a_threshold, a_threshold_int, a_threshold_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_glu(input, dim) */
SFFI_CALL(rt_torch_nn_glu) {
    if (!sffi_arity("rt_torch_nn_glu", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_glu(a_input, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_prelu(input, weight) */
SFFI_CALL(rt_torch_torchtensor_prelu) {
    if (!sffi_arity("rt_torch_torchtensor_prelu", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_prelu(a_input, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_nn_l1_loss(input, target, reduction, weight) */
SFFI_CALL(rt_torch_nn_l1_loss) {
    if (!sffi_arity("rt_torch_nn_l1_loss", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction") || !sffi_optional_tensor_arg(args[3], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_l1_loss(a_input, a_target, a_reduction.data, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_smooth_l1_loss(input, target, reduction, beta) */
SFFI_CALL(rt_torch_nn_smooth_l1_loss) {
    if (!sffi_arity("rt_torch_nn_smooth_l1_loss", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    double a_beta = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction") || !sffi_f64(args[3], &a_beta, "beta")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_smooth_l1_loss(a_input, a_target, a_reduction.data, a_beta);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_huber_loss(input, target, reduction, delta, weight) */
SFFI_CALL(rt_torch_nn_huber_loss) {
    if (!sffi_arity("rt_torch_nn_huber_loss", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    double a_delta = 0.0;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction") || !sffi_f64(args[3], &a_delta, "delta") || !sffi_optional_tensor_arg(args[4], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_huber_loss(a_input, a_target, a_reduction.data, a_delta, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_multi_margin_loss(input, target, p, margin, weight, reduction) */
SFFI_CALL(rt_torch_nn_multi_margin_loss) {
    if (!sffi_arity("rt_torch_nn_multi_margin_loss", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_p = 0;
    double a_margin = 0.0;
    int64_t a_weight = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_i64(args[2], &a_p, "p") || !sffi_f64(args[3], &a_margin, "margin") || !sffi_optional_tensor_arg(args[4], &a_weight, "weight") || !sffi_text_arg(args[5], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_multi_margin_loss(a_input, a_target, a_p, a_margin, a_weight, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_multilabel_margin_loss(input, target, reduction) */
SFFI_CALL(rt_torch_nn_multilabel_margin_loss) {
    if (!sffi_arity("rt_torch_nn_multilabel_margin_loss", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_text_arg(args[2], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_multilabel_margin_loss(a_input, a_target, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_multilabel_soft_margin_loss(input, target, weight, reduction) */
SFFI_CALL(rt_torch_nn_multilabel_soft_margin_loss) {
    if (!sffi_arity("rt_torch_nn_multilabel_soft_margin_loss", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_text_arg(args[3], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_multilabel_soft_margin_loss(a_input, a_target, a_weight, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_hinge_embedding_loss(input, target, margin, reduction) */
SFFI_CALL(rt_torch_nn_hinge_embedding_loss) {
    if (!sffi_arity("rt_torch_nn_hinge_embedding_loss", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    double a_margin = 0.0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_f64(args[2], &a_margin, "margin") || !sffi_text_arg(args[3], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_hinge_embedding_loss(a_input, a_target, a_margin, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_cosine_embedding_loss(input1, input2, target, margin, reduction) */
SFFI_CALL(rt_torch_nn_cosine_embedding_loss) {
    if (!sffi_arity("rt_torch_nn_cosine_embedding_loss", nargs, 5)) return NULL;
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
            r = rt_torch_nn_cosine_embedding_loss(a_input1, a_input2, a_target, a_margin, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_binary_cross_entropy_with_logits(input, target, weight, reduction, pos_weight) */
SFFI_CALL(rt_torch_nn_binary_cross_entropy_with_logits) {
    if (!sffi_arity("rt_torch_nn_binary_cross_entropy_with_logits", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_target = 0;
    int64_t a_weight = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    int64_t a_pos_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_target, "target") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_text_arg(args[3], &a_reduction, "reduction") || !sffi_optional_tensor_arg(args[4], &a_pos_weight, "pos_weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_binary_cross_entropy_with_logits(a_input, a_target, a_weight, a_reduction.data, a_pos_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction) */
SFFI_CALL(rt_torch_nn_triplet_margin_loss) {
    if (!sffi_arity("rt_torch_nn_triplet_margin_loss", nargs, 8)) return NULL;
    int64_t a_anchor = 0;
    int64_t a_positive = 0;
    int64_t a_negative = 0;
    double a_margin = 0.0;
    double a_p = 0.0;
    double a_eps = 0.0;
    bool a_swap = false;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_anchor, "anchor") || !sffi_tensor_arg(args[1], &a_positive, "positive") || !sffi_tensor_arg(args[2], &a_negative, "negative") || !sffi_f64(args[3], &a_margin, "margin") || !sffi_f64(args[4], &a_p, "p") || !sffi_f64(args[5], &a_eps, "eps") || !sffi_bool(args[6], &a_swap, "swap") || !sffi_text_arg(args[7], &a_reduction, "reduction")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_triplet_margin_loss(a_anchor, a_positive, a_negative, a_margin, a_p, a_eps, a_swap, a_reduction.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
}

/* rt_torch_nn_conv1d(input, weight, bias, stride, padding, dilation, groups) */
SFFI_CALL(rt_torch_nn_conv1d) {
    if (!sffi_arity("rt_torch_nn_conv1d", nargs, 7)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    int64_t a_groups = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias") || !sffi_i64_list(args[3], &a_stride, "stride") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_i64_list(args[5], &a_dilation, "dilation") || !sffi_i64(args[6], &a_groups, "groups")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_conv1d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return result;
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
    return result;
}

/* rt_torch_nn_conv3d(input, weight, bias, stride, padding, dilation, groups) */
SFFI_CALL(rt_torch_nn_conv3d) {
    if (!sffi_arity("rt_torch_nn_conv3d", nargs, 7)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    int64_t a_groups = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias") || !sffi_i64_list(args[3], &a_stride, "stride") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_i64_list(args[5], &a_dilation, "dilation") || !sffi_i64(args[6], &a_groups, "groups")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_conv3d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_groups);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return result;
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
    return result;
}

/* rt_torch_nn_conv_transpose1d(input, weight, bias, stride, padding, output_padding, groups, dilation) */
SFFI_CALL(rt_torch_nn_conv_transpose1d) {
    if (!sffi_arity("rt_torch_nn_conv_transpose1d", nargs, 8)) return NULL;
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
            r = rt_torch_nn_conv_transpose1d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_output_padding.data, a_output_padding.len, a_groups, a_dilation.data, a_dilation.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_output_padding);
    sffi_array_free(&a_dilation);
    return result;
}

/* rt_torch_nn_conv_transpose2d(input, weight, bias, stride, padding, output_padding, groups, dilation) */
SFFI_CALL(rt_torch_nn_conv_transpose2d) {
    if (!sffi_arity("rt_torch_nn_conv_transpose2d", nargs, 8)) return NULL;
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
            r = rt_torch_nn_conv_transpose2d(a_input, a_weight, a_bias, a_stride.data, a_stride.len, a_padding.data, a_padding.len, a_output_padding.data, a_output_padding.len, a_groups, a_dilation.data, a_dilation.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_output_padding);
    sffi_array_free(&a_dilation);
    return result;
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
    return result;
}

/* rt_torch_nn_avg_pool1d(input, kernel_size, stride, stride_present, padding, ceil_mode, count_include_pad) */
SFFI_CALL(rt_torch_nn_avg_pool1d) {
    if (!sffi_arity("rt_torch_nn_avg_pool1d", nargs, 7)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    bool a_stride_present = false;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    bool a_ceil_mode = false;
    bool a_count_include_pad = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_stride, "stride") || !sffi_bool(args[3], &a_stride_present, "stride_present") || !sffi_i64_list(args[4], &a_padding, "padding") || !sffi_bool(args[5], &a_ceil_mode, "ceil_mode") || !sffi_bool(args[6], &a_count_include_pad, "count_include_pad")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_avg_pool1d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_ceil_mode, a_count_include_pad);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_max_pool3d(input, kernel_size, stride, stride_present, padding, dilation, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool3d) {
    if (!sffi_arity("rt_torch_nn_max_pool3d", nargs, 7)) return NULL;
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
            r = rt_torch_nn_max_pool3d(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_ceil_mode);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_dilation);
    return result;
}

/* rt_torch_nn_max_pool3d_with_indices(input, kernel_size, stride, stride_present, padding, dilation, ceil_mode) */
SFFI_CALL(rt_torch_nn_max_pool3d_with_indices) {
    if (!sffi_arity("rt_torch_nn_max_pool3d_with_indices", nargs, 7)) return NULL;
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
                n = rt_torch_nn_max_pool3d_with_indices(a_input, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_dilation.data, a_dilation.len, a_ceil_mode, out.data, out.cap);
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
    return result;
}

/* rt_torch_nn_adaptive_avg_pool1d(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_avg_pool1d) {
    if (!sffi_arity("rt_torch_nn_adaptive_avg_pool1d", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_output_size, "output_size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_adaptive_avg_pool1d(a_input, a_output_size.data, a_output_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_output_size);
    return result;
}

/* rt_torch_nn_adaptive_max_pool1d(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_max_pool1d) {
    if (!sffi_arity("rt_torch_nn_adaptive_max_pool1d", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_output_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_output_size, "output_size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_adaptive_max_pool1d(a_input, a_output_size.data, a_output_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_output_size);
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_adaptive_max_pool3d_with_indices(input, output_size) */
SFFI_CALL(rt_torch_nn_adaptive_max_pool3d_with_indices) {
    if (!sffi_arity("rt_torch_nn_adaptive_max_pool3d_with_indices", nargs, 2)) return NULL;
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
                n = rt_torch_nn_adaptive_max_pool3d_with_indices(a_input, a_output_size.data, a_output_size.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_output_size);
    return result;
}

/* rt_torch_nn_group_norm(input, num_groups, weight, bias, eps) */
SFFI_CALL(rt_torch_nn_group_norm) {
    if (!sffi_arity("rt_torch_nn_group_norm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_num_groups = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_num_groups, "num_groups") || !sffi_optional_tensor_arg(args[2], &a_weight, "weight") || !sffi_optional_tensor_arg(args[3], &a_bias, "bias") || !sffi_f64(args[4], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_group_norm(a_input, a_num_groups, a_weight, a_bias, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_instance_norm(input, running_mean, running_var, weight, bias, use_input_stats, momentum, eps) */
SFFI_CALL(rt_torch_nn_instance_norm) {
    if (!sffi_arity("rt_torch_nn_instance_norm", nargs, 8)) return NULL;
    int64_t a_input = 0;
    int64_t a_running_mean = 0;
    int64_t a_running_var = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    bool a_use_input_stats = false;
    double a_momentum = 0.0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_running_mean, "running_mean") || !sffi_optional_tensor_arg(args[2], &a_running_var, "running_var") || !sffi_optional_tensor_arg(args[3], &a_weight, "weight") || !sffi_optional_tensor_arg(args[4], &a_bias, "bias") || !sffi_bool(args[5], &a_use_input_stats, "use_input_stats") || !sffi_f64(args[6], &a_momentum, "momentum") || !sffi_f64(args[7], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_instance_norm(a_input, a_running_mean, a_running_var, a_weight, a_bias, a_use_input_stats, a_momentum, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_nn_local_response_norm(input, size, alpha, beta, k) */
SFFI_CALL(rt_torch_nn_local_response_norm) {
    if (!sffi_arity("rt_torch_nn_local_response_norm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_size = 0;
    double a_alpha = 0.0;
    double a_beta = 0.0;
    double a_k = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_size, "size") || !sffi_f64(args[2], &a_alpha, "alpha") || !sffi_f64(args[3], &a_beta, "beta") || !sffi_f64(args[4], &a_k, "k")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_local_response_norm(a_input, a_size, a_alpha, a_beta, a_k);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_normalize(input, p, dim, eps) */
SFFI_CALL(rt_torch_nn_normalize) {
    if (!sffi_arity("rt_torch_nn_normalize", nargs, 4)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    int64_t a_dim = 0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_f64(args[3], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_normalize(a_input, a_p, a_dim, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_pad(input, pad, mode, value, value_present) */
SFFI_CALL(rt_torch_nn_pad) {
    if (!sffi_arity("rt_torch_nn_pad", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_pad = SFFI_ARRAY_INIT;
    sffi_text a_mode = SFFI_TEXT_INIT;
    double a_value = 0.0;
    bool a_value_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_pad, "pad") || !sffi_text_arg(args[2], &a_mode, "mode") || !sffi_f64(args[3], &a_value, "value") || !sffi_bool(args[4], &a_value_present, "value_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pad(a_input, a_pad.data, a_pad.len, a_mode.data, a_value, a_value_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_pad);
    sffi_text_free(&a_mode);
    return result;
}

/* rt_torch_nn_unfold(input, kernel_size, dilation, padding, stride) */
SFFI_CALL(rt_torch_nn_unfold) {
    if (!sffi_arity("rt_torch_nn_unfold", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_kernel_size = SFFI_ARRAY_INIT;
    sffi_i64s a_dilation = SFFI_ARRAY_INIT;
    sffi_i64s a_padding = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_kernel_size, "kernel_size") || !sffi_i64_list(args[2], &a_dilation, "dilation") || !sffi_i64_list(args[3], &a_padding, "padding") || !sffi_i64_list(args[4], &a_stride, "stride")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_unfold(a_input, a_kernel_size.data, a_kernel_size.len, a_dilation.data, a_dilation.len, a_padding.data, a_padding.len, a_stride.data, a_stride.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_dilation);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_stride);
    return result;
}

/* rt_torch_nn_cosine_similarity(x1, x2, dim, eps) */
SFFI_CALL(rt_torch_nn_cosine_similarity) {
    if (!sffi_arity("rt_torch_nn_cosine_similarity", nargs, 4)) return NULL;
    int64_t a_x1 = 0;
    int64_t a_x2 = 0;
    int64_t a_dim = 0;
    double a_eps = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x1, "x1") || !sffi_tensor_arg(args[1], &a_x2, "x2") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_f64(args[3], &a_eps, "eps")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_cosine_similarity(a_x1, a_x2, a_dim, a_eps);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_pairwise_distance(x1, x2, p, eps, keepdim) */
SFFI_CALL(rt_torch_nn_pairwise_distance) {
    if (!sffi_arity("rt_torch_nn_pairwise_distance", nargs, 5)) return NULL;
    int64_t a_x1 = 0;
    int64_t a_x2 = 0;
    double a_p = 0.0;
    double a_eps = 0.0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x1, "x1") || !sffi_tensor_arg(args[1], &a_x2, "x2") || !sffi_f64(args[2], &a_p, "p") || !sffi_f64(args[3], &a_eps, "eps") || !sffi_bool(args[4], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pairwise_distance(a_x1, a_x2, a_p, a_eps, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_pdist(input, p) */
SFFI_CALL(rt_torch_nn_pdist) {
    if (!sffi_arity("rt_torch_nn_pdist", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pdist(a_input, a_p);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_pixel_shuffle(input, upscale_factor) */
SFFI_CALL(rt_torch_nn_pixel_shuffle) {
    if (!sffi_arity("rt_torch_nn_pixel_shuffle", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_upscale_factor = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_upscale_factor, "upscale_factor")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pixel_shuffle(a_input, a_upscale_factor);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_pixel_unshuffle(input, downscale_factor) */
SFFI_CALL(rt_torch_nn_pixel_unshuffle) {
    if (!sffi_arity("rt_torch_nn_pixel_unshuffle", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_downscale_factor = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_downscale_factor, "downscale_factor")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_pixel_unshuffle(a_input, a_downscale_factor);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_nn_one_hot(tensor, num_classes) */
SFFI_CALL(rt_torch_nn_one_hot) {
    if (!sffi_arity("rt_torch_nn_one_hot", nargs, 2)) return NULL;
    int64_t a_tensor = 0;
    int64_t a_num_classes = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_tensor, "tensor") || !sffi_i64(args[1], &a_num_classes, "num_classes")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_one_hot(a_tensor, a_num_classes);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_bilinear(input1, input2, weight, bias) */
SFFI_CALL(rt_torch_nn_bilinear) {
    if (!sffi_arity("rt_torch_nn_bilinear", nargs, 4)) return NULL;
    int64_t a_input1 = 0;
    int64_t a_input2 = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input1, "input1") || !sffi_tensor_arg(args[1], &a_input2, "input2") || !sffi_tensor_arg(args[2], &a_weight, "weight") || !sffi_optional_tensor_arg(args[3], &a_bias, "bias")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_bilinear(a_input1, a_input2, a_weight, a_bias);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_alpha_dropout(input, p, training) */
SFFI_CALL(rt_torch_nn_alpha_dropout) {
    if (!sffi_arity("rt_torch_nn_alpha_dropout", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    bool a_training = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p") || !sffi_bool(args[2], &a_training, "training")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_alpha_dropout(a_input, a_p, a_training);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_nn_scaled_dot_product_attention(query, key, value, attn_mask, dropout_p, is_causal, scale, scale_present, enable_gqa) */
SFFI_CALL(rt_torch_nn_scaled_dot_product_attention) {
    if (!sffi_arity("rt_torch_nn_scaled_dot_product_attention", nargs, 9)) return NULL;
    int64_t a_query = 0;
    int64_t a_key = 0;
    int64_t a_value = 0;
    int64_t a_attn_mask = 0;
    double a_dropout_p = 0.0;
    bool a_is_causal = false;
    double a_scale = 0.0;
    bool a_scale_present = false;
    bool a_enable_gqa = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_query, "query") || !sffi_tensor_arg(args[1], &a_key, "key") || !sffi_tensor_arg(args[2], &a_value, "value") || !sffi_optional_tensor_arg(args[3], &a_attn_mask, "attn_mask") || !sffi_f64(args[4], &a_dropout_p, "dropout_p") || !sffi_bool(args[5], &a_is_causal, "is_causal") || !sffi_f64(args[6], &a_scale, "scale") || !sffi_bool(args[7], &a_scale_present, "scale_present") || !sffi_bool(args[8], &a_enable_gqa, "enable_gqa")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_scaled_dot_product_attention(a_query, a_key, a_value, a_attn_mask, a_dropout_p, a_is_causal, a_scale, a_scale_present, a_enable_gqa);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_max_unpool1d(input, indices, kernel_size, stride, stride_present, padding, output_size, output_size_present) */
SFFI_CALL(rt_torch_nn_max_unpool1d) {
    if (!sffi_arity("rt_torch_nn_max_unpool1d", nargs, 8)) return NULL;
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
            r = rt_torch_nn_max_unpool1d(a_input, a_indices, a_kernel_size.data, a_kernel_size.len, a_stride.data, a_stride.len, a_stride_present, a_padding.data, a_padding.len, a_output_size.data, a_output_size.len, a_output_size_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_kernel_size);
    sffi_array_free(&a_stride);
    sffi_array_free(&a_padding);
    sffi_array_free(&a_output_size);
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_ctc_loss_tensor(log_probs, targets, input_lengths, target_lengths, blank, reduction, zero_infinity) */
SFFI_CALL(rt_torch_nn_ctc_loss_tensor) {
    if (!sffi_arity("rt_torch_nn_ctc_loss_tensor", nargs, 7)) return NULL;
    int64_t a_log_probs = 0;
    int64_t a_targets = 0;
    int64_t a_input_lengths = 0;
    int64_t a_target_lengths = 0;
    int64_t a_blank = 0;
    sffi_text a_reduction = SFFI_TEXT_INIT;
    bool a_zero_infinity = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_log_probs, "log_probs") || !sffi_tensor_arg(args[1], &a_targets, "targets") || !sffi_tensor_arg(args[2], &a_input_lengths, "input_lengths") || !sffi_tensor_arg(args[3], &a_target_lengths, "target_lengths") || !sffi_i64(args[4], &a_blank, "blank") || !sffi_text_arg(args[5], &a_reduction, "reduction") || !sffi_bool(args[6], &a_zero_infinity, "zero_infinity")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_ctc_loss_tensor(a_log_probs, a_targets, a_input_lengths, a_target_lengths, a_blank, a_reduction.data, a_zero_infinity);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduction);
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_nn_upsample_bilinear(input, size, size_present, scale_factor, scale_factor_present) */
SFFI_CALL(rt_torch_nn_upsample_bilinear) {
    if (!sffi_arity("rt_torch_nn_upsample_bilinear", nargs, 5)) return NULL;
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
            r = rt_torch_nn_upsample_bilinear(a_input, a_size.data, a_size.len, a_size_present, a_scale_factor.data, a_scale_factor.len, a_scale_factor_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    sffi_array_free(&a_scale_factor);
    return result;
}

/* X(name) for every call above: the module's method table. */
#define SFFI_CALLS(X) \
    X(rt_torch_available) \
    X(rt_torch_version) \
    X(rt_torch_cuda_available) \
    X(rt_torch_tensor_zeros) \
    X(rt_torch_tensor_ones) \
    X(rt_torch_tensor_randn) \
    X(rt_torch_tensor_rand) \
    X(rt_torch_tensor_full) \
    X(rt_torch_tensor_from_data) \
    X(rt_torch_tensor_arange) \
    X(rt_torch_tensor_linspace) \
    X(rt_torch_tensor_eye) \
    X(rt_torch_tensor_empty) \
    X(rt_torch_torchtensor_add) \
    X(rt_torch_torchtensor_sub) \
    X(rt_torch_torchtensor_mul) \
    X(rt_torch_torchtensor_div) \
    X(rt_torch_torchtensor_pow) \
    X(rt_torch_torchtensor_neg) \
    X(rt_torch_torchtensor_abs) \
    X(rt_torch_torchtensor_sqrt) \
    X(rt_torch_torchtensor_exp) \
    X(rt_torch_torchtensor_log) \
    X(rt_torch_torchtensor_add_scalar) \
    X(rt_torch_torchtensor_mul_scalar) \
    X(rt_torch_torchtensor_relu) \
    X(rt_torch_torchtensor_sigmoid) \
    X(rt_torch_torchtensor_tanh) \
    X(rt_torch_torchtensor_leaky_relu) \
    X(rt_torch_torchtensor_gelu) \
    X(rt_torch_torchtensor_softmax) \
    X(rt_torch_torchtensor_log_softmax) \
    X(rt_torch_torchtensor_matmul) \
    X(rt_torch_torchtensor_dot) \
    X(rt_torch_torchtensor_transpose) \
    X(rt_torch_torchtensor_t) \
    X(rt_torch_torchtensor_norm) \
    X(rt_torch_torchtensor_det) \
    X(rt_torch_torchtensor_inverse) \
    X(rt_torch_torchtensor_svd) \
    X(rt_torch_torchtensor_eig) \
    X(rt_torch_torchtensor_sum) \
    X(rt_torch_torchtensor_sum_dim) \
    X(rt_torch_torchtensor_mean) \
    X(rt_torch_torchtensor_mean_dim) \
    X(rt_torch_torchtensor_max) \
    X(rt_torch_torchtensor_max_dim) \
    X(rt_torch_torchtensor_min) \
    X(rt_torch_torchtensor_min_dim) \
    X(rt_torch_torchtensor_argmax) \
    X(rt_torch_torchtensor_argmin) \
    X(rt_torch_torchtensor_std) \
    X(rt_torch_torchtensor_var) \
    X(rt_torch_torchtensor_ndim) \
    X(rt_torch_torchtensor_numel) \
    X(rt_torch_torchtensor_shape) \
    X(rt_torch_torchtensor_reshape) \
    X(rt_torch_torchtensor_view) \
    X(rt_torch_torchtensor_permute) \
    X(rt_torch_torchtensor_squeeze) \
    X(rt_torch_torchtensor_squeeze_dim) \
    X(rt_torch_torchtensor_unsqueeze) \
    X(rt_torch_torchtensor_flatten) \
    X(rt_torch_torchtensor_contiguous) \
    X(rt_torch_torchtensor_slice) \
    X(rt_torch_torchtensor_index_select) \
    X(rt_torch_torchtensor_gather) \
    X(rt_torch_torchtensor_cat) \
    X(rt_torch_torchtensor_stack) \
    X(rt_torch_torchtensor_chunk) \
    X(rt_torch_nn_conv2d) \
    X(rt_torch_nn_max_pool2d) \
    X(rt_torch_nn_avg_pool2d) \
    X(rt_torch_nn_batch_norm) \
    X(rt_torch_nn_layer_norm) \
    X(rt_torch_nn_dropout) \
    X(rt_torch_nn_linear) \
    X(rt_torch_nn_embedding) \
    X(rt_torch_nn_mse_loss) \
    X(rt_torch_nn_cross_entropy) \
    X(rt_torch_nn_binary_cross_entropy) \
    X(rt_torch_nn_nll_loss) \
    X(rt_torch_autograd_set_requires_grad) \
    X(rt_torch_autograd_requires_grad) \
    X(rt_torch_autograd_grad) \
    X(rt_torch_autograd_backward) \
    X(rt_torch_autograd_zero_grad) \
    X(rt_torch_autograd_detach) \
    X(rt_torch_autograd_no_grad_begin) \
    X(rt_torch_autograd_no_grad_end) \
    X(rt_torch_torchtensor_cuda) \
    X(rt_torch_torchtensor_cpu) \
    X(rt_torch_torchtensor_is_cuda) \
    X(rt_torch_torchtensor_device) \
    X(rt_torch_torchtensor_to_stream) \
    X(rt_torch_torchtensor_clone) \
    X(rt_torch_stream_create) \
    X(rt_torch_torchstream_sync) \
    X(rt_torch_torchstream_query) \
    X(rt_torch_torchstream_free) \
    X(rt_torch_torchtensor_free) \
    X(rt_torch_cuda_memory_allocated) \
    X(rt_torch_cuda_max_memory_allocated) \
    X(rt_torch_cuda_empty_cache) \
    X(rt_torch_error_code) \
    X(rt_torch_error_message) \
    X(rt_torch_error_clear) \
    X(rt_torch_live_handles) \
    X(rt_torch_torchtensor_release) \
    X(rt_torch_manual_seed) \
    X(rt_torch_set_num_threads) \
    X(rt_torch_get_num_threads) \
    X(rt_torch_cuda_device_count) \
    X(rt_torch_tensor_from_i64) \
    X(rt_torch_torchtensor_item) \
    X(rt_torch_torchtensor_data_f64) \
    X(rt_torch_torchtensor_data_i64) \
    X(rt_torch_torchtensor_dtype) \
    X(rt_torch_torchtensor_to_dtype) \
    X(rt_torch_torchtensor_real) \
    X(rt_torch_torchtensor_imag) \
    X(rt_torch_torchtensor_sum_all) \
    X(rt_torch_torchtensor_mean_all) \
    X(rt_torch_torchtensor_max_all) \
    X(rt_torch_torchtensor_min_all) \
    X(rt_torch_torchtensor_div_scalar) \
    X(rt_torch_torchtensor_maximum) \
    X(rt_torch_autograd_set_grad) \
    X(rt_torch_torchtensor_add_) \
    X(rt_torch_torchtensor_add_scalar_) \
    X(rt_torch_torchtensor_add_tensor_) \
    X(rt_torch_torchtensor_add_scalar_v2_) \
    X(rt_torch_torchtensor_mul_) \
    X(rt_torch_torchtensor_mul_scalar_) \
    X(rt_torch_torchtensor_mul_scalar_v2_) \
    X(rt_torch_torchtensor_addcmul_) \
    X(rt_torch_torchtensor_addcdiv_) \
    X(rt_torch_torchtensor_lerp_) \
    X(rt_torch_torchtensor_zero_) \
    X(rt_torch_torchtensor_copy_) \
    X(rt_torch_tensor_zeros_v2) \
    X(rt_torch_tensor_ones_v2) \
    X(rt_torch_tensor_empty_v2) \
    X(rt_torch_tensor_randn_v2) \
    X(rt_torch_tensor_rand_v2) \
    X(rt_torch_tensor_full_v2) \
    X(rt_torch_tensor_arange_v2) \
    X(rt_torch_tensor_arange_start_step) \
    X(rt_torch_tensor_linspace_v2) \
    X(rt_torch_tensor_eye_v2) \
    X(rt_torch_tensor_eye_m) \
    X(rt_torch_torchtensor_add_tensor) \
    X(rt_torch_torchtensor_add_scalar_v2) \
    X(rt_torch_torchtensor_sub_tensor) \
    X(rt_torch_torchtensor_sub_scalar) \
    X(rt_torch_torchtensor_rsub_scalar) \
    X(rt_torch_torchtensor_rsub_tensor) \
    X(rt_torch_torchtensor_reciprocal) \
    X(rt_torch_torchtensor_mul_tensor) \
    X(rt_torch_torchtensor_mul_scalar_v2) \
    X(rt_torch_torchtensor_div_tensor_mode) \
    X(rt_torch_torchtensor_div_scalar_mode) \
    X(rt_torch_torchtensor_pow_tensor_scalar) \
    X(rt_torch_torchtensor_pow_tensor_tensor) \
    X(rt_torch_tensor_pow_scalar) \
    X(rt_torch_torchtensor_gelu_v2) \
    X(rt_torch_torchtensor_softmax_int) \
    X(rt_torch_torchtensor_log_softmax_int) \
    X(rt_torch_torchtensor_linalg_vector_norm) \
    X(rt_torch_torchtensor_linalg_det) \
    X(rt_torch_torchtensor_linalg_svd) \
    X(rt_torch_torchtensor_linalg_eig) \
    X(rt_torch_torchtensor_sum_dim_intlist) \
    X(rt_torch_torchtensor_mean_dim_v2) \
    X(rt_torch_torchtensor_max_dim_v2) \
    X(rt_torch_torchtensor_max_other) \
    X(rt_torch_torchtensor_min_dim_v2) \
    X(rt_torch_torchtensor_min_other) \
    X(rt_torch_torchtensor_argmax_v2) \
    X(rt_torch_torchtensor_argmin_v2) \
    X(rt_torch_torchtensor_std_dim) \
    X(rt_torch_torchtensor_std_correction) \
    X(rt_torch_torchtensor_std_v2) \
    X(rt_torch_torchtensor_var_dim) \
    X(rt_torch_torchtensor_var_correction) \
    X(rt_torch_torchtensor_var_v2) \
    X(rt_torch_torchtensor_squeeze_dims) \
    X(rt_torch_torchtensor_flatten_using_ints) \
    X(rt_torch_torchtensor_select_int) \
    X(rt_torch_torchtensor_index_tensor) \
    X(rt_torch_nn_conv2d_padding) \
    X(rt_torch_nn_max_pool2d_v2) \
    X(rt_torch_nn_max_pool2d_with_indices) \
    X(rt_torch_nn_avg_pool2d_v2) \
    X(rt_torch_nn_embedding_v2) \
    X(rt_torch_nn_mse_loss_v2) \
    X(rt_torch_nn_cross_entropy_v2) \
    X(rt_torch_nn_binary_cross_entropy_v2) \
    X(rt_torch_nn_nll_loss_v2) \
    X(rt_torch_torchtensor_complex) \
    X(rt_torch_torchtensor_to_dtype_v2) \
    X(rt_torch_torchtensor_to_device) \
    X(rt_torch_torchtensor_to_other) \
    X(rt_torch_torchtensor_to_dtype_layout) \
    X(rt_torch_torchtensor_clone_v2) \
    X(rt_torch_torchtensor_contiguous_v2) \
    X(rt_torch_torchtensor_sin) \
    X(rt_torch_nn_hardswish) \
    X(rt_torch_torchtensor_elu) \
    X(rt_torch_torchtensor_celu) \
    X(rt_torch_torchtensor_selu) \
    X(rt_torch_torchtensor_silu) \
    X(rt_torch_torchtensor_hardsigmoid) \
    X(rt_torch_nn_log_sigmoid) \
    X(rt_torch_torchtensor_mish) \
    X(rt_torch_torchtensor_softsign) \
    X(rt_torch_torchtensor_tanhshrink) \
    X(rt_torch_torchtensor_threshold) \
    X(rt_torch_torchtensor_softshrink) \
    X(rt_torch_torchtensor_hardshrink) \
    X(rt_torch_torchtensor_hardtanh) \
    X(rt_torch_torchtensor_relu6) \
    X(rt_torch_torchtensor_softplus) \
    X(rt_torch_nn_glu) \
    X(rt_torch_torchtensor_prelu) \
    X(rt_torch_torchtensor_softmin) \
    X(rt_torch_nn_l1_loss) \
    X(rt_torch_nn_smooth_l1_loss) \
    X(rt_torch_nn_huber_loss) \
    X(rt_torch_nn_soft_margin_loss) \
    X(rt_torch_nn_margin_ranking_loss) \
    X(rt_torch_nn_multi_margin_loss) \
    X(rt_torch_nn_multilabel_margin_loss) \
    X(rt_torch_nn_multilabel_soft_margin_loss) \
    X(rt_torch_nn_hinge_embedding_loss) \
    X(rt_torch_nn_cosine_embedding_loss) \
    X(rt_torch_nn_kl_div) \
    X(rt_torch_nn_poisson_nll_loss) \
    X(rt_torch_nn_binary_cross_entropy_with_logits) \
    X(rt_torch_nn_triplet_margin_loss) \
    X(rt_torch_nn_conv1d) \
    X(rt_torch_nn_conv1d_padding) \
    X(rt_torch_nn_conv3d) \
    X(rt_torch_nn_conv3d_padding) \
    X(rt_torch_nn_conv_transpose1d) \
    X(rt_torch_nn_conv_transpose2d) \
    X(rt_torch_nn_conv_transpose3d) \
    X(rt_torch_nn_avg_pool1d) \
    X(rt_torch_nn_max_pool1d) \
    X(rt_torch_nn_max_pool1d_with_indices) \
    X(rt_torch_nn_avg_pool3d) \
    X(rt_torch_nn_max_pool3d) \
    X(rt_torch_nn_max_pool3d_with_indices) \
    X(rt_torch_nn_adaptive_avg_pool1d) \
    X(rt_torch_nn_adaptive_max_pool1d) \
    X(rt_torch_nn_adaptive_max_pool1d_with_indices) \
    X(rt_torch_nn_adaptive_avg_pool2d) \
    X(rt_torch_nn_adaptive_max_pool2d) \
    X(rt_torch_nn_adaptive_max_pool2d_with_indices) \
    X(rt_torch_nn_adaptive_avg_pool3d) \
    X(rt_torch_nn_adaptive_max_pool3d) \
    X(rt_torch_nn_adaptive_max_pool3d_with_indices) \
    X(rt_torch_nn_group_norm) \
    X(rt_torch_nn_instance_norm) \
    X(rt_torch_nn_rms_norm) \
    X(rt_torch_nn_local_response_norm) \
    X(rt_torch_nn_normalize) \
    X(rt_torch_nn_pad) \
    X(rt_torch_nn_unfold) \
    X(rt_torch_nn_cosine_similarity) \
    X(rt_torch_nn_pairwise_distance) \
    X(rt_torch_nn_pdist) \
    X(rt_torch_nn_pixel_shuffle) \
    X(rt_torch_nn_pixel_unshuffle) \
    X(rt_torch_nn_channel_shuffle) \
    X(rt_torch_nn_one_hot) \
    X(rt_torch_nn_bilinear) \
    X(rt_torch_nn_dropout2d) \
    X(rt_torch_nn_dropout3d) \
    X(rt_torch_nn_alpha_dropout) \
    X(rt_torch_nn_scaled_dot_product_attention) \
    X(rt_torch_nn_grid_sample) \
    X(rt_torch_nn_interpolate) \
    X(rt_torch_nn_max_unpool1d) \
    X(rt_torch_nn_max_unpool2d) \
    X(rt_torch_nn_max_unpool3d) \
    X(rt_torch_nn_gaussian_nll_loss) \
    X(rt_torch_nn_gaussian_nll_loss_float) \
    X(rt_torch_nn_ctc_loss_tensor) \
    X(rt_torch_nn_ctc_loss_intlist) \
    X(rt_torch_nn_embedding_bag) \
    X(rt_torch_nn_upsample_nearest) \
    X(rt_torch_nn_upsample_bilinear) \
    /* end */
