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

/* rt_torch_torchtensor_stride(input) */
SFFI_CALL(rt_torch_torchtensor_stride) {
    if (!sffi_arity("rt_torch_torchtensor_stride", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            n = rt_torch_torchtensor_stride(a_input, out.data, out.cap);
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

/* rt_torch_torchtensor_stride_int(input, dim) */
SFFI_CALL(rt_torch_torchtensor_stride_int) {
    if (!sffi_arity("rt_torch_torchtensor_stride_int", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        r = rt_torch_torchtensor_stride_int(a_input, a_dim);
        result = sffi_i64_result(r, 1);
    }
done:
    ;
    return result;
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

/* rt_torch_torchtensor_is_contiguous(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_is_contiguous) {
    if (!sffi_arity("rt_torch_torchtensor_is_contiguous", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        bool r;
        r = rt_torch_torchtensor_is_contiguous(a_input, a_memory_format.data);
        result = sffi_bool_result(r, 1);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
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

/* rt_torch_torchtensor_to_stream_v2(handle, device_id, stream) */
SFFI_CALL(rt_torch_torchtensor_to_stream_v2) {
    if (!sffi_arity("rt_torch_torchtensor_to_stream_v2", nargs, 3)) return NULL;
    int64_t a_handle = 0;
    int32_t a_device_id = 0;
    int64_t a_stream = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_handle, "handle") || !sffi_i32(args[1], &a_device_id, "device_id") || !sffi_stream_arg(args[2], &a_stream, "stream")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_to_stream_v2(a_handle, a_device_id, a_stream);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchstream_query_v2(handle) */
SFFI_CALL(rt_torch_torchstream_query_v2) {
    if (!sffi_arity("rt_torch_torchstream_query_v2", nargs, 1)) return NULL;
    int64_t a_handle = 0;
    PyObject *result = NULL;
    if (!sffi_stream_arg(args[0], &a_handle, "handle")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchstream_query_v2(a_handle);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
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

/* rt_torch_torchtensor_view_v2(input, size) */
SFFI_CALL(rt_torch_torchtensor_view_v2) {
    if (!sffi_arity("rt_torch_torchtensor_view_v2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view_v2(a_input, a_size.data, a_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
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

/* rt_torch_nn_linear_v2(input, weight, bias) */
SFFI_CALL(rt_torch_nn_linear_v2) {
    if (!sffi_arity("rt_torch_nn_linear_v2", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_weight = 0;
    int64_t a_bias = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_weight, "weight") || !sffi_optional_tensor_arg(args[2], &a_bias, "bias")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_nn_linear_v2(a_input, a_weight, a_bias);
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
    return result;
}

/* rt_torch_torchtensor_cumprod(input, dim, dtype) */
SFFI_CALL(rt_torch_torchtensor_cumprod) {
    if (!sffi_arity("rt_torch_torchtensor_cumprod", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cumprod(a_input, a_dim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_cummin(input, dim) */
SFFI_CALL(rt_torch_torchtensor_cummin) {
    if (!sffi_arity("rt_torch_torchtensor_cummin", nargs, 2)) return NULL;
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
                n = rt_torch_torchtensor_cummin(a_input, a_dim, out.data, out.cap);
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_prod(input, dtype) */
SFFI_CALL(rt_torch_torchtensor_prod) {
    if (!sffi_arity("rt_torch_torchtensor_prod", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_dtype_arg(args[1], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_prod(a_input, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_prod_dim_int(input, dim, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_prod_dim_int) {
    if (!sffi_arity("rt_torch_torchtensor_prod_dim_int", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_prod_dim_int(a_input, a_dim, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_all_dim(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_all_dim) {
    if (!sffi_arity("rt_torch_torchtensor_all_dim", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_all_dim(a_input, a_dim, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_any_dims(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_any_dims) {
    if (!sffi_arity("rt_torch_torchtensor_any_dims", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_any_dims(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return result;
}

/* rt_torch_torchtensor_any(input) */
SFFI_CALL(rt_torch_torchtensor_any) {
    if (!sffi_arity("rt_torch_torchtensor_any", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_any(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_amax(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_amax) {
    if (!sffi_arity("rt_torch_torchtensor_amax", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_amax(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return result;
}

/* rt_torch_torchtensor_amin(input, dim, dim_present, keepdim) */
SFFI_CALL(rt_torch_torchtensor_amin) {
    if (!sffi_arity("rt_torch_torchtensor_amin", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_keepdim, "keepdim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_amin(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_count_nonzero_dim_intlist(input, dim) */
SFFI_CALL(rt_torch_torchtensor_count_nonzero_dim_intlist) {
    if (!sffi_arity("rt_torch_torchtensor_count_nonzero_dim_intlist", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_count_nonzero_dim_intlist(a_input, a_dim.data, a_dim.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return result;
}

/* rt_torch_torchtensor_count_nonzero(input, dim, dim_present) */
SFFI_CALL(rt_torch_torchtensor_count_nonzero) {
    if (!sffi_arity("rt_torch_torchtensor_count_nonzero", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_count_nonzero(a_input, a_dim, a_dim_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_nansum(input, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_nansum) {
    if (!sffi_arity("rt_torch_torchtensor_nansum", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_nansum(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return result;
}

/* rt_torch_torchtensor_nanmean(input, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_nanmean) {
    if (!sffi_arity("rt_torch_torchtensor_nanmean", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_nanmean(a_input, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return result;
}

/* rt_torch_torchtensor_median(input) */
SFFI_CALL(rt_torch_torchtensor_median) {
    if (!sffi_arity("rt_torch_torchtensor_median", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_median(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_median_dim(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_median_dim) {
    if (!sffi_arity("rt_torch_torchtensor_median_dim", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_median_dim(a_input, a_dim, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_nanmedian(input) */
SFFI_CALL(rt_torch_torchtensor_nanmedian) {
    if (!sffi_arity("rt_torch_torchtensor_nanmedian", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nanmedian(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_nanmedian_dim(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_nanmedian_dim) {
    if (!sffi_arity("rt_torch_torchtensor_nanmedian_dim", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_nanmedian_dim(a_input, a_dim, a_keepdim, out.data, out.cap);
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

/* rt_torch_torchtensor_mode(input, dim, keepdim) */
SFFI_CALL(rt_torch_torchtensor_mode) {
    if (!sffi_arity("rt_torch_torchtensor_mode", nargs, 3)) return NULL;
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
                n = rt_torch_torchtensor_mode(a_input, a_dim, a_keepdim, out.data, out.cap);
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
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_argsort(input, dim, descending) */
SFFI_CALL(rt_torch_torchtensor_argsort) {
    if (!sffi_arity("rt_torch_torchtensor_argsort", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    bool a_descending = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_descending, "descending")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argsort(a_input, a_dim, a_descending);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_argsort_stable(input, stable, dim, descending) */
SFFI_CALL(rt_torch_torchtensor_argsort_stable) {
    if (!sffi_arity("rt_torch_torchtensor_argsort_stable", nargs, 4)) return NULL;
    int64_t a_input = 0;
    bool a_stable = false;
    int64_t a_dim = 0;
    bool a_descending = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_stable, "stable") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_descending, "descending")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argsort_stable(a_input, a_stable, a_dim, a_descending);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_quantile(input, q, dim, dim_present, keepdim, interpolation) */
SFFI_CALL(rt_torch_torchtensor_quantile) {
    if (!sffi_arity("rt_torch_torchtensor_quantile", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_q = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    bool a_keepdim = false;
    sffi_text a_interpolation = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_q, "q") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_bool(args[4], &a_keepdim, "keepdim") || !sffi_text_arg(args[5], &a_interpolation, "interpolation")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_quantile(a_input, a_q, a_dim, a_dim_present, a_keepdim, a_interpolation.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_interpolation);
    return result;
}

/* rt_torch_torchtensor_quantile_scalar(input, q, dim, dim_present, keepdim, interpolation) */
SFFI_CALL(rt_torch_torchtensor_quantile_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_quantile_scalar", nargs, 6)) return NULL;
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
            r = rt_torch_torchtensor_quantile_scalar(a_input, a_q, a_dim, a_dim_present, a_keepdim, a_interpolation.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_interpolation);
    return result;
}

/* rt_torch_torchtensor_nanquantile(input, q, dim, dim_present, keepdim, interpolation) */
SFFI_CALL(rt_torch_torchtensor_nanquantile) {
    if (!sffi_arity("rt_torch_torchtensor_nanquantile", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_q = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    bool a_keepdim = false;
    sffi_text a_interpolation = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_q, "q") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_bool(args[4], &a_keepdim, "keepdim") || !sffi_text_arg(args[5], &a_interpolation, "interpolation")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nanquantile(a_input, a_q, a_dim, a_dim_present, a_keepdim, a_interpolation.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_interpolation);
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_var_mean_dim(input, dim, dim_present, unbiased, keepdim) */
SFFI_CALL(rt_torch_torchtensor_var_mean_dim) {
    if (!sffi_arity("rt_torch_torchtensor_var_mean_dim", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_unbiased = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_unbiased, "unbiased") || !sffi_bool(args[4], &a_keepdim, "keepdim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_var_mean_dim(a_input, a_dim.data, a_dim.len, a_dim_present, a_unbiased, a_keepdim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_dim);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_std_mean(input, unbiased) */
SFFI_CALL(rt_torch_torchtensor_std_mean) {
    if (!sffi_arity("rt_torch_torchtensor_std_mean", nargs, 2)) return NULL;
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
                n = rt_torch_torchtensor_std_mean(a_input, a_unbiased, out.data, out.cap);
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

/* rt_torch_torchtensor_std_mean_dim(input, dim, dim_present, unbiased, keepdim) */
SFFI_CALL(rt_torch_torchtensor_std_mean_dim) {
    if (!sffi_arity("rt_torch_torchtensor_std_mean_dim", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_unbiased = false;
    bool a_keepdim = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dim, "dim") || !sffi_bool(args[2], &a_dim_present, "dim_present") || !sffi_bool(args[3], &a_unbiased, "unbiased") || !sffi_bool(args[4], &a_keepdim, "keepdim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_std_mean_dim(a_input, a_dim.data, a_dim.len, a_dim_present, a_unbiased, a_keepdim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_dim);
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_bucketize_tensor(input, boundaries, out_int32, right) */
SFFI_CALL(rt_torch_torchtensor_bucketize_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bucketize_tensor", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_boundaries = 0;
    bool a_out_int32 = false;
    bool a_right = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_boundaries, "boundaries") || !sffi_bool(args[2], &a_out_int32, "out_int32") || !sffi_bool(args[3], &a_right, "right")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bucketize_tensor(a_input, a_boundaries, a_out_int32, a_right);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_searchsorted_tensor(sorted_sequence, input, out_int32, right, side, sorter) */
SFFI_CALL(rt_torch_torchtensor_searchsorted_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_searchsorted_tensor", nargs, 6)) return NULL;
    int64_t a_sorted_sequence = 0;
    int64_t a_input = 0;
    bool a_out_int32 = false;
    bool a_right = false;
    sffi_text a_side = SFFI_TEXT_INIT;
    int64_t a_sorter = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_sorted_sequence, "sorted_sequence") || !sffi_tensor_arg(args[1], &a_input, "input") || !sffi_bool(args[2], &a_out_int32, "out_int32") || !sffi_bool(args[3], &a_right, "right") || !sffi_text_arg(args[4], &a_side, "side") || !sffi_optional_tensor_arg(args[5], &a_sorter, "sorter")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_searchsorted_tensor(a_sorted_sequence, a_input, a_out_int32, a_right, a_side.data, a_sorter);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_side);
    return result;
}

/* rt_torch_torchtensor_searchsorted_scalar(sorted_sequence, input, out_int32, right, side, sorter) */
SFFI_CALL(rt_torch_torchtensor_searchsorted_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_searchsorted_scalar", nargs, 6)) return NULL;
    int64_t a_sorted_sequence = 0;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    bool a_out_int32 = false;
    bool a_right = false;
    sffi_text a_side = SFFI_TEXT_INIT;
    int64_t a_sorter = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_sorted_sequence, "sorted_sequence") || !sffi_scalar_arg(args[1], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_bool(args[2], &a_out_int32, "out_int32") || !sffi_bool(args[3], &a_right, "right") || !sffi_text_arg(args[4], &a_side, "side") || !sffi_optional_tensor_arg(args[5], &a_sorter, "sorter")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_searchsorted_scalar(a_sorted_sequence, a_input, a_input_int, a_input_kind, a_out_int32, a_right, a_side.data, a_sorter);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_side);
    return result;
}

/* rt_torch_torchtensor_diff(input, n, dim, prepend, append) */
SFFI_CALL(rt_torch_torchtensor_diff) {
    if (!sffi_arity("rt_torch_torchtensor_diff", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_n = 0;
    int64_t a_dim = 0;
    int64_t a_prepend = 0;
    int64_t a_append = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_n, "n") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_optional_tensor_arg(args[3], &a_prepend, "prepend") || !sffi_optional_tensor_arg(args[4], &a_append, "append")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diff(a_input, a_n, a_dim, a_prepend, a_append);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_expand_as(input, other) */
SFFI_CALL(rt_torch_torchtensor_expand_as) {
    if (!sffi_arity("rt_torch_torchtensor_expand_as", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_expand_as(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_broadcast_to(input, size) */
SFFI_CALL(rt_torch_torchtensor_broadcast_to) {
    if (!sffi_arity("rt_torch_torchtensor_broadcast_to", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_broadcast_to(a_input, a_size.data, a_size.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_fliplr(input) */
SFFI_CALL(rt_torch_torchtensor_fliplr) {
    if (!sffi_arity("rt_torch_torchtensor_fliplr", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_fliplr(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_flipud(input) */
SFFI_CALL(rt_torch_torchtensor_flipud) {
    if (!sffi_arity("rt_torch_torchtensor_flipud", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_flipud(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_rot90(input, k, dims) */
SFFI_CALL(rt_torch_torchtensor_rot90) {
    if (!sffi_arity("rt_torch_torchtensor_rot90", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_k = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_k, "k") || !sffi_i64_list(args[2], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_rot90(a_input, a_k, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return result;
}

/* rt_torch_torchtensor_repeat(input, repeats) */
SFFI_CALL(rt_torch_torchtensor_repeat) {
    if (!sffi_arity("rt_torch_torchtensor_repeat", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_repeats = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_repeats, "repeats")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_repeat(a_input, a_repeats.data, a_repeats.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_repeats);
    return result;
}

/* rt_torch_torchtensor_repeat_interleave_tensor(repeats, output_size, output_size_present) */
SFFI_CALL(rt_torch_torchtensor_repeat_interleave_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_repeat_interleave_tensor", nargs, 3)) return NULL;
    int64_t a_repeats = 0;
    int64_t a_output_size = 0;
    bool a_output_size_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_repeats, "repeats") || !sffi_i64(args[1], &a_output_size, "output_size") || !sffi_bool(args[2], &a_output_size_present, "output_size_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_repeat_interleave_tensor(a_repeats, a_output_size, a_output_size_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_repeat_interleave_self_int(input, repeats, dim, dim_present, output_size, output_size_present) */
SFFI_CALL(rt_torch_torchtensor_repeat_interleave_self_int) {
    if (!sffi_arity("rt_torch_torchtensor_repeat_interleave_self_int", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_repeats = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    int64_t a_output_size = 0;
    bool a_output_size_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_repeats, "repeats") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_i64(args[4], &a_output_size, "output_size") || !sffi_bool(args[5], &a_output_size_present, "output_size_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_repeat_interleave_self_int(a_input, a_repeats, a_dim, a_dim_present, a_output_size, a_output_size_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_tile(input, dims) */
SFFI_CALL(rt_torch_torchtensor_tile) {
    if (!sffi_arity("rt_torch_torchtensor_tile", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_dims, "dims")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_tile(a_input, a_dims.data, a_dims.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_movedim_int(input, source, destination) */
SFFI_CALL(rt_torch_torchtensor_movedim_int) {
    if (!sffi_arity("rt_torch_torchtensor_movedim_int", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_source = 0;
    int64_t a_destination = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_source, "source") || !sffi_i64(args[2], &a_destination, "destination")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_movedim_int(a_input, a_source, a_destination);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_unbind_int(input, dim) */
SFFI_CALL(rt_torch_torchtensor_unbind_int) {
    if (!sffi_arity("rt_torch_torchtensor_unbind_int", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_unbind_int(a_input, a_dim, out.data, out.cap);
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
    return result;
}

/* rt_torch_torchtensor_split_sizes(input, split_size, dim) */
SFFI_CALL(rt_torch_torchtensor_split_sizes) {
    if (!sffi_arity("rt_torch_torchtensor_split_sizes", nargs, 3)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_split_size = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_split_size, "split_size") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_split_sizes(a_input, a_split_size.data, a_split_size.len, a_dim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_split_size);
    return result;
}

/* rt_torch_torchtensor_split_with_sizes(input, split_sizes, dim) */
SFFI_CALL(rt_torch_torchtensor_split_with_sizes) {
    if (!sffi_arity("rt_torch_torchtensor_split_with_sizes", nargs, 3)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_split_sizes = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_split_sizes, "split_sizes") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_split_with_sizes(a_input, a_split_sizes.data, a_split_sizes.len, a_dim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_split_sizes);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_tensor_split_indices(input, indices, dim) */
SFFI_CALL(rt_torch_torchtensor_tensor_split_indices) {
    if (!sffi_arity("rt_torch_torchtensor_tensor_split_indices", nargs, 3)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_indices = SFFI_ARRAY_INIT;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_indices, "indices") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_tensor_split_indices(a_input, a_indices.data, a_indices.len, a_dim, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_indices);
    return result;
}

/* rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(input, tensor_indices_or_sections, dim) */
SFFI_CALL(rt_torch_torchtensor_tensor_split_tensor_indices_or_sections) {
    if (!sffi_arity("rt_torch_torchtensor_tensor_split_tensor_indices_or_sections", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_tensor_indices_or_sections = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_tensor_indices_or_sections, "tensor_indices_or_sections") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_tensor_split_tensor_indices_or_sections(a_input, a_tensor_indices_or_sections, a_dim, out.data, out.cap);
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

/* rt_torch_torchtensor_hsplit_int(input, sections) */
SFFI_CALL(rt_torch_torchtensor_hsplit_int) {
    if (!sffi_arity("rt_torch_torchtensor_hsplit_int", nargs, 2)) return NULL;
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
                n = rt_torch_torchtensor_hsplit_int(a_input, a_sections, out.data, out.cap);
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

/* rt_torch_torchtensor_hsplit_array(input, indices) */
SFFI_CALL(rt_torch_torchtensor_hsplit_array) {
    if (!sffi_arity("rt_torch_torchtensor_hsplit_array", nargs, 2)) return NULL;
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
                n = rt_torch_torchtensor_hsplit_array(a_input, a_indices.data, a_indices.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_indices);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_vsplit_array(input, indices) */
SFFI_CALL(rt_torch_torchtensor_vsplit_array) {
    if (!sffi_arity("rt_torch_torchtensor_vsplit_array", nargs, 2)) return NULL;
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
                n = rt_torch_torchtensor_vsplit_array(a_input, a_indices.data, a_indices.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_indices);
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_narrow(input, dim, start, length) */
SFFI_CALL(rt_torch_torchtensor_narrow) {
    if (!sffi_arity("rt_torch_torchtensor_narrow", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_start = 0;
    int64_t a_length = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_i64(args[2], &a_start, "start") || !sffi_i64(args[3], &a_length, "length")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_narrow(a_input, a_dim, a_start, a_length);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_narrow_tensor(input, dim, start, length) */
SFFI_CALL(rt_torch_torchtensor_narrow_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_narrow_tensor", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_start = 0;
    int64_t a_length = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_start, "start") || !sffi_i64(args[3], &a_length, "length")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_narrow_tensor(a_input, a_dim, a_start, a_length);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_ravel(input) */
SFFI_CALL(rt_torch_torchtensor_ravel) {
    if (!sffi_arity("rt_torch_torchtensor_ravel", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ravel(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_hstack(tensors) */
SFFI_CALL(rt_torch_torchtensor_hstack) {
    if (!sffi_arity("rt_torch_torchtensor_hstack", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_hstack(a_tensors.data, a_tensors.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return result;
}

/* rt_torch_torchtensor_vstack(tensors) */
SFFI_CALL(rt_torch_torchtensor_vstack) {
    if (!sffi_arity("rt_torch_torchtensor_vstack", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_vstack(a_tensors.data, a_tensors.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_column_stack(tensors) */
SFFI_CALL(rt_torch_torchtensor_column_stack) {
    if (!sffi_arity("rt_torch_torchtensor_column_stack", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_column_stack(a_tensors.data, a_tensors.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return result;
}

/* rt_torch_torchtensor_atleast_1d(input) */
SFFI_CALL(rt_torch_torchtensor_atleast_1d) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_1d", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atleast_1d(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_atleast_1d_sequence(tensors) */
SFFI_CALL(rt_torch_torchtensor_atleast_1d_sequence) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_1d_sequence", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_atleast_1d_sequence(a_tensors.data, a_tensors.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_tensors);
    return result;
}

/* rt_torch_torchtensor_atleast_2d(input) */
SFFI_CALL(rt_torch_torchtensor_atleast_2d) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_2d", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atleast_2d(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_atleast_2d_sequence(tensors) */
SFFI_CALL(rt_torch_torchtensor_atleast_2d_sequence) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_2d_sequence", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_atleast_2d_sequence(a_tensors.data, a_tensors.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_tensors);
    return result;
}

/* rt_torch_torchtensor_atleast_3d(input) */
SFFI_CALL(rt_torch_torchtensor_atleast_3d) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_3d", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atleast_3d(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_atleast_3d_sequence(tensors) */
SFFI_CALL(rt_torch_torchtensor_atleast_3d_sequence) {
    if (!sffi_arity("rt_torch_torchtensor_atleast_3d_sequence", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_atleast_3d_sequence(a_tensors.data, a_tensors.len, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_tensors);
    return result;
}

/* rt_torch_torchtensor_tril(input, diagonal) */
SFFI_CALL(rt_torch_torchtensor_tril) {
    if (!sffi_arity("rt_torch_torchtensor_tril", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_diagonal = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_diagonal, "diagonal")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_tril(a_input, a_diagonal);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_diag(input, diagonal) */
SFFI_CALL(rt_torch_torchtensor_diag) {
    if (!sffi_arity("rt_torch_torchtensor_diag", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_diagonal = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_diagonal, "diagonal")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diag(a_input, a_diagonal);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_diag_embed(input, offset, dim1, dim2) */
SFFI_CALL(rt_torch_torchtensor_diag_embed) {
    if (!sffi_arity("rt_torch_torchtensor_diag_embed", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_offset = 0;
    int64_t a_dim1 = 0;
    int64_t a_dim2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_offset, "offset") || !sffi_i64(args[2], &a_dim1, "dim1") || !sffi_i64(args[3], &a_dim2, "dim2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diag_embed(a_input, a_offset, a_dim1, a_dim2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_diagflat(input, offset) */
SFFI_CALL(rt_torch_torchtensor_diagflat) {
    if (!sffi_arity("rt_torch_torchtensor_diagflat", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_offset = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_offset, "offset")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diagflat(a_input, a_offset);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_kron(input, other) */
SFFI_CALL(rt_torch_torchtensor_kron) {
    if (!sffi_arity("rt_torch_torchtensor_kron", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_kron(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_meshgrid_indexing(tensors, indexing) */
SFFI_CALL(rt_torch_torchtensor_meshgrid_indexing) {
    if (!sffi_arity("rt_torch_torchtensor_meshgrid_indexing", nargs, 2)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    sffi_text a_indexing = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors") || !sffi_text_arg(args[1], &a_indexing, "indexing")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_meshgrid_indexing(a_tensors.data, a_tensors.len, a_indexing.data, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_array_free(&a_tensors);
    sffi_text_free(&a_indexing);
    return result;
}

/* rt_torch_torchtensor_view_as(input, other) */
SFFI_CALL(rt_torch_torchtensor_view_as) {
    if (!sffi_arity("rt_torch_torchtensor_view_as", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view_as(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_reshape_as(input, other) */
SFFI_CALL(rt_torch_torchtensor_reshape_as) {
    if (!sffi_arity("rt_torch_torchtensor_reshape_as", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_reshape_as(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_unfold(input, dimension, size, step) */
SFFI_CALL(rt_torch_torchtensor_unfold) {
    if (!sffi_arity("rt_torch_torchtensor_unfold", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dimension = 0;
    int64_t a_size = 0;
    int64_t a_step = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dimension, "dimension") || !sffi_i64(args[2], &a_size, "size") || !sffi_i64(args[3], &a_step, "step")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_unfold(a_input, a_dimension, a_size, a_step);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_index_copy(input, dim, index, source) */
SFFI_CALL(rt_torch_torchtensor_index_copy) {
    if (!sffi_arity("rt_torch_torchtensor_index_copy", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_source = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_source, "source")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_copy(a_input, a_dim, a_index, a_source);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_index_fill_int_scalar(input, dim, index, value) */
SFFI_CALL(rt_torch_torchtensor_index_fill_int_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_index_fill_int_scalar", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_scalar_arg(args[3], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_fill_int_scalar(a_input, a_dim, a_index, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_index_put(input, indices, values, accumulate) */
SFFI_CALL(rt_torch_torchtensor_index_put) {
    if (!sffi_arity("rt_torch_torchtensor_index_put", nargs, 4)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_indices = SFFI_ARRAY_INIT;
    int64_t a_values = 0;
    bool a_accumulate = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_list_arg(args[1], &a_indices, "indices") || !sffi_tensor_arg(args[2], &a_values, "values") || !sffi_bool(args[3], &a_accumulate, "accumulate")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_put(a_input, a_indices.data, a_indices.len, a_values, a_accumulate);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_indices);
    return result;
}

/* rt_torch_torchtensor_index_reduce(input, dim, index, source, reduce, include_self) */
SFFI_CALL(rt_torch_torchtensor_index_reduce) {
    if (!sffi_arity("rt_torch_torchtensor_index_reduce", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_source = 0;
    sffi_text a_reduce = SFFI_TEXT_INIT;
    bool a_include_self = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_source, "source") || !sffi_text_arg(args[4], &a_reduce, "reduce") || !sffi_bool(args[5], &a_include_self, "include_self")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_index_reduce(a_input, a_dim, a_index, a_source, a_reduce.data, a_include_self);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduce);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_scatter_value(input, dim, index, value) */
SFFI_CALL(rt_torch_torchtensor_scatter_value) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_value", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_scalar_arg(args[3], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_value(a_input, a_dim, a_index, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_scatter_reduce(input, dim, index, src, reduce) */
SFFI_CALL(rt_torch_torchtensor_scatter_reduce) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_reduce", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_src = 0;
    sffi_text a_reduce = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_src, "src") || !sffi_text_arg(args[4], &a_reduce, "reduce")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_reduce(a_input, a_dim, a_index, a_src, a_reduce.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduce);
    return result;
}

/* rt_torch_torchtensor_scatter_value_reduce(input, dim, index, value, reduce) */
SFFI_CALL(rt_torch_torchtensor_scatter_value_reduce) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_value_reduce", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    sffi_text a_reduce = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_scalar_arg(args[3], &a_value, &a_value_int, &a_value_kind, "value", 0) || !sffi_text_arg(args[4], &a_reduce, "reduce")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_value_reduce(a_input, a_dim, a_index, a_value, a_value_int, a_value_kind, a_reduce.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduce);
    return result;
}

/* rt_torch_torchtensor_scatter_add(input, dim, index, src) */
SFFI_CALL(rt_torch_torchtensor_scatter_add) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_add", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_src = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_src, "src")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_add(a_input, a_dim, a_index, a_src);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_scatter_reduce_two(input, dim, index, src, reduce, include_self) */
SFFI_CALL(rt_torch_torchtensor_scatter_reduce_two) {
    if (!sffi_arity("rt_torch_torchtensor_scatter_reduce_two", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_dim = 0;
    int64_t a_index = 0;
    int64_t a_src = 0;
    sffi_text a_reduce = SFFI_TEXT_INIT;
    bool a_include_self = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_dim, "dim") || !sffi_tensor_arg(args[2], &a_index, "index") || !sffi_tensor_arg(args[3], &a_src, "src") || !sffi_text_arg(args[4], &a_reduce, "reduce") || !sffi_bool(args[5], &a_include_self, "include_self")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_scatter_reduce_two(a_input, a_dim, a_index, a_src, a_reduce.data, a_include_self);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_reduce);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_take_along_dim(input, indices, dim, dim_present) */
SFFI_CALL(rt_torch_torchtensor_take_along_dim) {
    if (!sffi_arity("rt_torch_torchtensor_take_along_dim", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_indices = 0;
    int64_t a_dim = 0;
    bool a_dim_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_indices, "indices") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_take_along_dim(a_input, a_indices, a_dim, a_dim_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_put(input, index, source, accumulate) */
SFFI_CALL(rt_torch_torchtensor_put) {
    if (!sffi_arity("rt_torch_torchtensor_put", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_index = 0;
    int64_t a_source = 0;
    bool a_accumulate = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_index, "index") || !sffi_tensor_arg(args[2], &a_source, "source") || !sffi_bool(args[3], &a_accumulate, "accumulate")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_put(a_input, a_index, a_source, a_accumulate);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_nonzero(input) */
SFFI_CALL(rt_torch_torchtensor_nonzero) {
    if (!sffi_arity("rt_torch_torchtensor_nonzero", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nonzero(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_nonzero_numpy(input) */
SFFI_CALL(rt_torch_torchtensor_nonzero_numpy) {
    if (!sffi_arity("rt_torch_torchtensor_nonzero_numpy", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 16)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_nonzero_numpy(a_input, out.data, out.cap);
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

/* rt_torch_torchtensor_argwhere(input) */
SFFI_CALL(rt_torch_torchtensor_argwhere) {
    if (!sffi_arity("rt_torch_torchtensor_argwhere", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_argwhere(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_slice_scatter(input, src, dim, start, start_present, end, end_present, step) */
SFFI_CALL(rt_torch_torchtensor_slice_scatter) {
    if (!sffi_arity("rt_torch_torchtensor_slice_scatter", nargs, 8)) return NULL;
    int64_t a_input = 0;
    int64_t a_src = 0;
    int64_t a_dim = 0;
    int64_t a_start = 0;
    bool a_start_present = false;
    int64_t a_end = 0;
    bool a_end_present = false;
    int64_t a_step = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_src, "src") || !sffi_i64(args[2], &a_dim, "dim") || !sffi_i64(args[3], &a_start, "start") || !sffi_bool(args[4], &a_start_present, "start_present") || !sffi_i64(args[5], &a_end, "end") || !sffi_bool(args[6], &a_end_present, "end_present") || !sffi_i64(args[7], &a_step, "step")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_slice_scatter(a_input, a_src, a_dim, a_start, a_start_present, a_end, a_end_present, a_step);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_diagonal_scatter(input, src, offset, dim1, dim2) */
SFFI_CALL(rt_torch_torchtensor_diagonal_scatter) {
    if (!sffi_arity("rt_torch_torchtensor_diagonal_scatter", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_src = 0;
    int64_t a_offset = 0;
    int64_t a_dim1 = 0;
    int64_t a_dim2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_src, "src") || !sffi_i64(args[2], &a_offset, "offset") || !sffi_i64(args[3], &a_dim1, "dim1") || !sffi_i64(args[4], &a_dim2, "dim2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_diagonal_scatter(a_input, a_src, a_offset, a_dim1, a_dim2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_empty_like(input, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_empty_like) {
    if (!sffi_arity("rt_torch_torchtensor_empty_like", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_empty_like(a_input, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_rand_like(input, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_rand_like) {
    if (!sffi_arity("rt_torch_torchtensor_rand_like", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_rand_like(a_input, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_torchtensor_randint_like(input, high, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_randint_like) {
    if (!sffi_arity("rt_torch_torchtensor_randint_like", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_high = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_high, "high") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1) || !sffi_text_arg(args[4], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_randint_like(a_input, a_high, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_torchtensor_randint_like_low_dtype(input, low, high, dtype, device_type, memory_format) */
SFFI_CALL(rt_torch_torchtensor_randint_like_low_dtype) {
    if (!sffi_arity("rt_torch_torchtensor_randint_like_low_dtype", nargs, 6)) return NULL;
    int64_t a_input = 0;
    int64_t a_low = 0;
    int64_t a_high = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_low, "low") || !sffi_i64(args[2], &a_high, "high") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1) || !sffi_text_arg(args[5], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_randint_like_low_dtype(a_input, a_low, a_high, a_dtype, a_device_type, a_device_index, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_tensor_randint(high, size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_randint) {
    if (!sffi_arity("rt_torch_tensor_randint", nargs, 4)) return NULL;
    int64_t a_high = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_high, "high") || !sffi_i64_list(args[1], &a_size, "size") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_randint(a_high, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return result;
}

/* rt_torch_tensor_randint_low(low, high, size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_randint_low) {
    if (!sffi_arity("rt_torch_tensor_randint_low", nargs, 5)) return NULL;
    int64_t a_low = 0;
    int64_t a_high = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64(args[0], &a_low, "low") || !sffi_i64(args[1], &a_high, "high") || !sffi_i64_list(args[2], &a_size, "size") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_randint_low(a_low, a_high, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return result;
}

/* rt_torch_torchtensor_normal_tensor_tensor(mean, std_arg) */
SFFI_CALL(rt_torch_torchtensor_normal_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_normal_tensor_tensor", nargs, 2)) return NULL;
    int64_t a_mean = 0;
    int64_t a_std_arg = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_mean, "mean") || !sffi_tensor_arg(args[1], &a_std_arg, "std_arg")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_normal_tensor_tensor(a_mean, a_std_arg);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_tensor_normal_float_tensor(mean, std_arg) */
SFFI_CALL(rt_torch_tensor_normal_float_tensor) {
    if (!sffi_arity("rt_torch_tensor_normal_float_tensor", nargs, 2)) return NULL;
    double a_mean = 0.0;
    int64_t a_std_arg = 0;
    PyObject *result = NULL;
    if (!sffi_f64(args[0], &a_mean, "mean") || !sffi_tensor_arg(args[1], &a_std_arg, "std_arg")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_normal_float_tensor(a_mean, a_std_arg);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_tensor_normal_float_float(mean, std_arg, size, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_normal_float_float) {
    if (!sffi_arity("rt_torch_tensor_normal_float_float", nargs, 5)) return NULL;
    double a_mean = 0.0;
    double a_std_arg = 0.0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_f64(args[0], &a_mean, "mean") || !sffi_f64(args[1], &a_std_arg, "std_arg") || !sffi_i64_list(args[2], &a_size, "size") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_normal_float_float(a_mean, a_std_arg, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return result;
}

/* rt_torch_torchtensor_bernoulli(input) */
SFFI_CALL(rt_torch_torchtensor_bernoulli) {
    if (!sffi_arity("rt_torch_torchtensor_bernoulli", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bernoulli(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_bernoulli_p(input, p) */
SFFI_CALL(rt_torch_torchtensor_bernoulli_p) {
    if (!sffi_arity("rt_torch_torchtensor_bernoulli_p", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_p = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_p, "p")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bernoulli_p(a_input, a_p);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_tensor_tril_indices(row, col, offset, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_tril_indices) {
    if (!sffi_arity("rt_torch_tensor_tril_indices", nargs, 5)) return NULL;
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
            r = rt_torch_tensor_tril_indices(a_row, a_col, a_offset, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_tensor_empty_strided(size, stride, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_empty_strided) {
    if (!sffi_arity("rt_torch_tensor_empty_strided", nargs, 4)) return NULL;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    sffi_i64s a_stride = SFFI_ARRAY_INIT;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_i64_list(args[0], &a_size, "size") || !sffi_i64_list(args[1], &a_stride, "stride") || !sffi_dtype_arg(args[2], &a_dtype, "dtype", 1) || !sffi_device_arg(args[3], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_empty_strided(a_size.data, a_size.len, a_stride.data, a_stride.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    sffi_array_free(&a_stride);
    return result;
}

/* rt_torch_torchtensor_new_zeros(input, size, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_new_zeros) {
    if (!sffi_arity("rt_torch_torchtensor_new_zeros", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_new_zeros(a_input, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return result;
}

/* rt_torch_torchtensor_new_ones(input, size, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_new_ones) {
    if (!sffi_arity("rt_torch_torchtensor_new_ones", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_new_ones(a_input, a_size.data, a_size.len, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return result;
}

/* rt_torch_torchtensor_new_full(input, size, fill_value, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_new_full) {
    if (!sffi_arity("rt_torch_torchtensor_new_full", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_i64s a_size = SFFI_ARRAY_INIT;
    double a_fill_value = 0.0;
    int64_t a_fill_value_int = 0;
    int32_t a_fill_value_kind = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64_list(args[1], &a_size, "size") || !sffi_scalar_arg(args[2], &a_fill_value, &a_fill_value_int, &a_fill_value_kind, "fill_value", 0) || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_new_full(a_input, a_size.data, a_size.len, a_fill_value, a_fill_value_int, a_fill_value_kind, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_size);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_polar(abs, angle) */
SFFI_CALL(rt_torch_torchtensor_polar) {
    if (!sffi_arity("rt_torch_torchtensor_polar", nargs, 2)) return NULL;
    int64_t a_abs = 0;
    int64_t a_angle = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_abs, "abs") || !sffi_tensor_arg(args[1], &a_angle, "angle")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_polar(a_abs, a_angle);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_view_as_real(input) */
SFFI_CALL(rt_torch_torchtensor_view_as_real) {
    if (!sffi_arity("rt_torch_torchtensor_view_as_real", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view_as_real(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_view_as_complex(input) */
SFFI_CALL(rt_torch_torchtensor_view_as_complex) {
    if (!sffi_arity("rt_torch_torchtensor_view_as_complex", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_view_as_complex(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_bool(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_bool) {
    if (!sffi_arity("rt_torch_torchtensor_bool", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bool(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_int(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_int) {
    if (!sffi_arity("rt_torch_torchtensor_int", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_int(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_bfloat16(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_bfloat16) {
    if (!sffi_arity("rt_torch_torchtensor_bfloat16", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bfloat16(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_torchtensor_float(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_float) {
    if (!sffi_arity("rt_torch_torchtensor_float", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_float(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
}

/* rt_torch_torchtensor_double(input, memory_format) */
SFFI_CALL(rt_torch_torchtensor_double) {
    if (!sffi_arity("rt_torch_torchtensor_double", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_memory_format = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_memory_format, "memory_format")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_double(a_input, a_memory_format.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_memory_format);
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_mv(input, vec) */
SFFI_CALL(rt_torch_torchtensor_mv) {
    if (!sffi_arity("rt_torch_torchtensor_mv", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_vec = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_vec, "vec")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mv(a_input, a_vec);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_addmm(input, mat1, mat2, beta, alpha) */
SFFI_CALL(rt_torch_torchtensor_addmm) {
    if (!sffi_arity("rt_torch_torchtensor_addmm", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_mat1 = 0;
    int64_t a_mat2 = 0;
    double a_beta = 0.0;
    int64_t a_beta_int = 0;
    int32_t a_beta_kind = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mat1, "mat1") || !sffi_tensor_arg(args[2], &a_mat2, "mat2") || !sffi_scalar_arg(args[3], &a_beta, &a_beta_int, &a_beta_kind, "beta", 0) || !sffi_scalar_arg(args[4], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_addmm(a_input, a_mat1, a_mat2, a_beta, a_beta_int, a_beta_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_addmv(input, mat, vec, beta, alpha) */
SFFI_CALL(rt_torch_torchtensor_addmv) {
    if (!sffi_arity("rt_torch_torchtensor_addmv", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_mat = 0;
    int64_t a_vec = 0;
    double a_beta = 0.0;
    int64_t a_beta_int = 0;
    int32_t a_beta_kind = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mat, "mat") || !sffi_tensor_arg(args[2], &a_vec, "vec") || !sffi_scalar_arg(args[3], &a_beta, &a_beta_int, &a_beta_kind, "beta", 0) || !sffi_scalar_arg(args[4], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_addmv(a_input, a_mat, a_vec, a_beta, a_beta_int, a_beta_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_baddbmm(input, batch1, batch2, beta, alpha) */
SFFI_CALL(rt_torch_torchtensor_baddbmm) {
    if (!sffi_arity("rt_torch_torchtensor_baddbmm", nargs, 5)) return NULL;
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
            r = rt_torch_torchtensor_baddbmm(a_input, a_batch1, a_batch2, a_beta, a_beta_int, a_beta_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_addr(input, vec1, vec2, beta, alpha) */
SFFI_CALL(rt_torch_torchtensor_addr) {
    if (!sffi_arity("rt_torch_torchtensor_addr", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_vec1 = 0;
    int64_t a_vec2 = 0;
    double a_beta = 0.0;
    int64_t a_beta_int = 0;
    int32_t a_beta_kind = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_vec1, "vec1") || !sffi_tensor_arg(args[2], &a_vec2, "vec2") || !sffi_scalar_arg(args[3], &a_beta, &a_beta_int, &a_beta_kind, "beta", 0) || !sffi_scalar_arg(args[4], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_addr(a_input, a_vec1, a_vec2, a_beta, a_beta_int, a_beta_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_inner(input, other) */
SFFI_CALL(rt_torch_torchtensor_inner) {
    if (!sffi_arity("rt_torch_torchtensor_inner", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_inner(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_dist(input, other, p) */
SFFI_CALL(rt_torch_torchtensor_dist) {
    if (!sffi_arity("rt_torch_torchtensor_dist", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_p = 0.0;
    int64_t a_p_int = 0;
    int32_t a_p_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_scalar_arg(args[2], &a_p, &a_p_int, &a_p_kind, "p", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_dist(a_input, a_other, a_p, a_p_int, a_p_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_cdist(x1, x2, p, compute_mode) */
SFFI_CALL(rt_torch_torchtensor_cdist) {
    if (!sffi_arity("rt_torch_torchtensor_cdist", nargs, 4)) return NULL;
    int64_t a_x1 = 0;
    int64_t a_x2 = 0;
    double a_p = 0.0;
    sffi_text a_compute_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x1, "x1") || !sffi_tensor_arg(args[1], &a_x2, "x2") || !sffi_f64(args[2], &a_p, "p") || !sffi_text_arg(args[3], &a_compute_mode, "compute_mode")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cdist(a_x1, a_x2, a_p, a_compute_mode.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_compute_mode);
    return result;
}

/* rt_torch_torchtensor_matrix_exp(input) */
SFFI_CALL(rt_torch_torchtensor_matrix_exp) {
    if (!sffi_arity("rt_torch_torchtensor_matrix_exp", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_matrix_exp(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_logdet(input) */
SFFI_CALL(rt_torch_torchtensor_logdet) {
    if (!sffi_arity("rt_torch_torchtensor_logdet", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logdet(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_pinverse(input, rcond) */
SFFI_CALL(rt_torch_torchtensor_pinverse) {
    if (!sffi_arity("rt_torch_torchtensor_pinverse", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_rcond = 0.0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_rcond, "rcond")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_pinverse(a_input, a_rcond);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_cholesky(input, upper) */
SFFI_CALL(rt_torch_torchtensor_cholesky) {
    if (!sffi_arity("rt_torch_torchtensor_cholesky", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_upper = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_upper, "upper")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cholesky(a_input, a_upper);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_cholesky_inverse(input, upper) */
SFFI_CALL(rt_torch_torchtensor_cholesky_inverse) {
    if (!sffi_arity("rt_torch_torchtensor_cholesky_inverse", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_upper = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_upper, "upper")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cholesky_inverse(a_input, a_upper);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_cholesky_solve(input, input2, upper) */
SFFI_CALL(rt_torch_torchtensor_cholesky_solve) {
    if (!sffi_arity("rt_torch_torchtensor_cholesky_solve", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_input2 = 0;
    bool a_upper = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_input2, "input2") || !sffi_bool(args[2], &a_upper, "upper")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cholesky_solve(a_input, a_input2, a_upper);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_qr(input, some) */
SFFI_CALL(rt_torch_torchtensor_qr) {
    if (!sffi_arity("rt_torch_torchtensor_qr", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_some = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_some, "some")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_qr(a_input, a_some, out.data, out.cap);
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

/* rt_torch_torchtensor_svd_v2(input, some, compute_uv) */
SFFI_CALL(rt_torch_torchtensor_svd_v2) {
    if (!sffi_arity("rt_torch_torchtensor_svd_v2", nargs, 3)) return NULL;
    int64_t a_input = 0;
    bool a_some = false;
    bool a_compute_uv = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_some, "some") || !sffi_bool(args[2], &a_compute_uv, "compute_uv")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_svd_v2(a_input, a_some, a_compute_uv, out.data, out.cap);
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

/* rt_torch_torchtensor_lu_unpack(lu_data, lu_pivots, unpack_data, unpack_pivots) */
SFFI_CALL(rt_torch_torchtensor_lu_unpack) {
    if (!sffi_arity("rt_torch_torchtensor_lu_unpack", nargs, 4)) return NULL;
    int64_t a_lu_data = 0;
    int64_t a_lu_pivots = 0;
    bool a_unpack_data = false;
    bool a_unpack_pivots = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_lu_data, "lu_data") || !sffi_tensor_arg(args[1], &a_lu_pivots, "lu_pivots") || !sffi_bool(args[2], &a_unpack_data, "unpack_data") || !sffi_bool(args[3], &a_unpack_pivots, "unpack_pivots")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_lu_unpack(a_lu_data, a_lu_pivots, a_unpack_data, a_unpack_pivots, out.data, out.cap);
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
    return result;
}

/* rt_torch_torchtensor_triangular_solve(input, a, upper, transpose, unitriangular) */
SFFI_CALL(rt_torch_torchtensor_triangular_solve) {
    if (!sffi_arity("rt_torch_torchtensor_triangular_solve", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_a = 0;
    bool a_upper = false;
    bool a_transpose = false;
    bool a_unitriangular = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_a, "a") || !sffi_bool(args[2], &a_upper, "upper") || !sffi_bool(args[3], &a_transpose, "transpose") || !sffi_bool(args[4], &a_unitriangular, "unitriangular")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_triangular_solve(a_input, a_a, a_upper, a_transpose, a_unitriangular, out.data, out.cap);
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
    return result;
}

/* rt_torch_torchtensor_ormqr(input, input2, input3, left, transpose) */
SFFI_CALL(rt_torch_torchtensor_ormqr) {
    if (!sffi_arity("rt_torch_torchtensor_ormqr", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_input2 = 0;
    int64_t a_input3 = 0;
    bool a_left = false;
    bool a_transpose = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_input2, "input2") || !sffi_tensor_arg(args[2], &a_input3, "input3") || !sffi_bool(args[3], &a_left, "left") || !sffi_bool(args[4], &a_transpose, "transpose")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ormqr(a_input, a_input2, a_input3, a_left, a_transpose);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_corrcoef(input) */
SFFI_CALL(rt_torch_torchtensor_corrcoef) {
    if (!sffi_arity("rt_torch_torchtensor_corrcoef", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_corrcoef(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_cov(input, correction, fweights, aweights) */
SFFI_CALL(rt_torch_torchtensor_cov) {
    if (!sffi_arity("rt_torch_torchtensor_cov", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_correction = 0;
    int64_t a_fweights = 0;
    int64_t a_aweights = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_correction, "correction") || !sffi_optional_tensor_arg(args[2], &a_fweights, "fweights") || !sffi_optional_tensor_arg(args[3], &a_aweights, "aweights")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cov(a_input, a_correction, a_fweights, a_aweights);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_trapezoid_x(y, x, dim) */
SFFI_CALL(rt_torch_torchtensor_trapezoid_x) {
    if (!sffi_arity("rt_torch_torchtensor_trapezoid_x", nargs, 3)) return NULL;
    int64_t a_y = 0;
    int64_t a_x = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_y, "y") || !sffi_tensor_arg(args[1], &a_x, "x") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_trapezoid_x(a_y, a_x, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_trapezoid_dx(y, dx, dim) */
SFFI_CALL(rt_torch_torchtensor_trapezoid_dx) {
    if (!sffi_arity("rt_torch_torchtensor_trapezoid_dx", nargs, 3)) return NULL;
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
            r = rt_torch_torchtensor_trapezoid_dx(a_y, a_dx, a_dx_int, a_dx_kind, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_cumulative_trapezoid_x(y, x, dim) */
SFFI_CALL(rt_torch_torchtensor_cumulative_trapezoid_x) {
    if (!sffi_arity("rt_torch_torchtensor_cumulative_trapezoid_x", nargs, 3)) return NULL;
    int64_t a_y = 0;
    int64_t a_x = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_y, "y") || !sffi_tensor_arg(args[1], &a_x, "x") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cumulative_trapezoid_x(a_y, a_x, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_linalg_cross(input, other, dim) */
SFFI_CALL(rt_torch_torchtensor_linalg_cross) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_cross", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_cross(a_input, a_other, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_diagonal(a, offset, dim1, dim2) */
SFFI_CALL(rt_torch_torchtensor_linalg_diagonal) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_diagonal", nargs, 4)) return NULL;
    int64_t a_a = 0;
    int64_t a_offset = 0;
    int64_t a_dim1 = 0;
    int64_t a_dim2 = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_i64(args[1], &a_offset, "offset") || !sffi_i64(args[2], &a_dim1, "dim1") || !sffi_i64(args[3], &a_dim2, "dim2")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_diagonal(a_a, a_offset, a_dim1, a_dim2);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_cholesky(input, upper) */
SFFI_CALL(rt_torch_torchtensor_linalg_cholesky) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_cholesky", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_upper = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_upper, "upper")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_cholesky(a_input, a_upper);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_linalg_vecdot(x, y, dim) */
SFFI_CALL(rt_torch_torchtensor_linalg_vecdot) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_vecdot", nargs, 3)) return NULL;
    int64_t a_x = 0;
    int64_t a_y = 0;
    int64_t a_dim = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x, "x") || !sffi_tensor_arg(args[1], &a_y, "y") || !sffi_i64(args[2], &a_dim, "dim")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_vecdot(a_x, a_y, a_dim);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_linalg_eigvals(input) */
SFFI_CALL(rt_torch_torchtensor_linalg_eigvals) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_eigvals", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_eigvals(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_eigh(input, uplo) */
SFFI_CALL(rt_torch_torchtensor_linalg_eigh) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_eigh", nargs, 2)) return NULL;
    int64_t a_input = 0;
    sffi_text a_uplo = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_uplo, "uplo")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_eigh(a_input, a_uplo.data, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_text_free(&a_uplo);
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_linalg_ldl_factor(input, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_ldl_factor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_ldl_factor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_hermitian, "hermitian")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_ldl_factor(a_input, a_hermitian, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_ldl_factor_ex(input, hermitian, check_errors) */
SFFI_CALL(rt_torch_torchtensor_linalg_ldl_factor_ex) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_ldl_factor_ex", nargs, 3)) return NULL;
    int64_t a_input = 0;
    bool a_hermitian = false;
    bool a_check_errors = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_bool(args[1], &a_hermitian, "hermitian") || !sffi_bool(args[2], &a_check_errors, "check_errors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_ldl_factor_ex(a_input, a_hermitian, a_check_errors, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_ldl_solve(ld, pivots, b, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_ldl_solve) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_ldl_solve", nargs, 4)) return NULL;
    int64_t a_ld = 0;
    int64_t a_pivots = 0;
    int64_t a_b = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_ld, "ld") || !sffi_tensor_arg(args[1], &a_pivots, "pivots") || !sffi_tensor_arg(args[2], &a_b, "b") || !sffi_bool(args[3], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_ldl_solve(a_ld, a_pivots, a_b, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_lstsq(input, b, rcond, rcond_present, driver) */
SFFI_CALL(rt_torch_torchtensor_linalg_lstsq) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_lstsq", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_b = 0;
    double a_rcond = 0.0;
    bool a_rcond_present = false;
    sffi_text a_driver = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_b, "b") || !sffi_f64(args[2], &a_rcond, "rcond") || !sffi_bool(args[3], &a_rcond_present, "rcond_present") || !sffi_text_arg(args[4], &a_driver, "driver")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 4)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_lstsq(a_input, a_b, a_rcond, a_rcond_present, a_driver.data, out.data, out.cap);
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
    return result;
}

/* rt_torch_torchtensor_linalg_multi_dot(tensors) */
SFFI_CALL(rt_torch_torchtensor_linalg_multi_dot) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_multi_dot", nargs, 1)) return NULL;
    sffi_i64s a_tensors = SFFI_ARRAY_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_list_arg(args[0], &a_tensors, "tensors")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_multi_dot(a_tensors.data, a_tensors.len);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_tensors);
    return result;
}

/* rt_torch_torchtensor_linalg_norm(input, ord, dim, dim_present, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_linalg_norm) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_norm", nargs, 6)) return NULL;
    int64_t a_input = 0;
    double a_ord = 0.0;
    int64_t a_ord_int = 0;
    int32_t a_ord_kind = 0;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_dim_present = false;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_ord, &a_ord_int, &a_ord_kind, "ord", 1) || !sffi_i64_list(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_dim_present, "dim_present") || !sffi_bool(args[4], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[5], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_norm(a_input, a_ord, a_ord_int, a_ord_kind, a_dim.data, a_dim.len, a_dim_present, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dim);
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_linalg_matrix_norm_str_ord(input, ord, dim, keepdim, dtype) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_norm_str_ord) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_norm_str_ord", nargs, 5)) return NULL;
    int64_t a_input = 0;
    sffi_text a_ord = SFFI_TEXT_INIT;
    sffi_i64s a_dim = SFFI_ARRAY_INIT;
    bool a_keepdim = false;
    int32_t a_dtype = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_text_arg(args[1], &a_ord, "ord") || !sffi_i64_list(args[2], &a_dim, "dim") || !sffi_bool(args[3], &a_keepdim, "keepdim") || !sffi_dtype_arg(args[4], &a_dtype, "dtype", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_norm_str_ord(a_input, a_ord.data, a_dim.data, a_dim.len, a_keepdim, a_dtype);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_ord);
    sffi_array_free(&a_dim);
    return result;
}

/* rt_torch_torchtensor_linalg_qr(a, mode) */
SFFI_CALL(rt_torch_torchtensor_linalg_qr) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_qr", nargs, 2)) return NULL;
    int64_t a_a = 0;
    sffi_text a_mode = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_text_arg(args[1], &a_mode, "mode")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_qr(a_a, a_mode.data, out.data, out.cap);
            Py_END_ALLOW_THREADS
            const int k = sffi_offered(&out, n);  /* 0: filled, 1: grown, retry; -1: failed */
            if (k == 0) result = sffi_tensors_result(&out);
            if (k != 1) break;
        }
        sffi_array_free(&out);
    }
done:
    sffi_text_free(&a_mode);
    return result;
}

/* rt_torch_torchtensor_linalg_slogdet(a) */
SFFI_CALL(rt_torch_torchtensor_linalg_slogdet) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_slogdet", nargs, 1)) return NULL;
    int64_t a_a = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_slogdet(a_a, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_vander(x, n, n_present) */
SFFI_CALL(rt_torch_torchtensor_linalg_vander) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_vander", nargs, 3)) return NULL;
    int64_t a_x = 0;
    int64_t a_n = 0;
    bool a_n_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_x, "x") || !sffi_i64(args[1], &a_n, "n") || !sffi_bool(args[2], &a_n_present, "n_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_vander(a_x, a_n, a_n_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_lu_factor(a, pivot) */
SFFI_CALL(rt_torch_torchtensor_linalg_lu_factor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_lu_factor", nargs, 2)) return NULL;
    int64_t a_a = 0;
    bool a_pivot = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_bool(args[1], &a_pivot, "pivot")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_lu_factor(a_a, a_pivot, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_lu_factor_ex(a, pivot, check_errors) */
SFFI_CALL(rt_torch_torchtensor_linalg_lu_factor_ex) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_lu_factor_ex", nargs, 3)) return NULL;
    int64_t a_a = 0;
    bool a_pivot = false;
    bool a_check_errors = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_bool(args[1], &a_pivot, "pivot") || !sffi_bool(args[2], &a_check_errors, "check_errors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_lu_factor_ex(a_a, a_pivot, a_check_errors, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_lu(a, pivot) */
SFFI_CALL(rt_torch_torchtensor_linalg_lu) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_lu", nargs, 2)) return NULL;
    int64_t a_a = 0;
    bool a_pivot = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_bool(args[1], &a_pivot, "pivot")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 3)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_lu(a_a, a_pivot, out.data, out.cap);
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
    return result;
}

/* rt_torch_torchtensor_linalg_inv_ex(a, check_errors) */
SFFI_CALL(rt_torch_torchtensor_linalg_inv_ex) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_inv_ex", nargs, 2)) return NULL;
    int64_t a_a = 0;
    bool a_check_errors = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_bool(args[1], &a_check_errors, "check_errors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_inv_ex(a_a, a_check_errors, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_solve(a, b, left) */
SFFI_CALL(rt_torch_torchtensor_linalg_solve) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_solve", nargs, 3)) return NULL;
    int64_t a_a = 0;
    int64_t a_b = 0;
    bool a_left = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_tensor_arg(args[1], &a_b, "b") || !sffi_bool(args[2], &a_left, "left")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_solve(a_a, a_b, a_left);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_solve_ex(a, b, left, check_errors) */
SFFI_CALL(rt_torch_torchtensor_linalg_solve_ex) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_solve_ex", nargs, 4)) return NULL;
    int64_t a_a = 0;
    int64_t a_b = 0;
    bool a_left = false;
    bool a_check_errors = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_tensor_arg(args[1], &a_b, "b") || !sffi_bool(args[2], &a_left, "left") || !sffi_bool(args[3], &a_check_errors, "check_errors")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_linalg_solve_ex(a_a, a_b, a_left, a_check_errors, out.data, out.cap);
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

/* rt_torch_torchtensor_linalg_solve_triangular(input, b, upper, left, unitriangular) */
SFFI_CALL(rt_torch_torchtensor_linalg_solve_triangular) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_solve_triangular", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_b = 0;
    bool a_upper = false;
    bool a_left = false;
    bool a_unitriangular = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_b, "b") || !sffi_bool(args[2], &a_upper, "upper") || !sffi_bool(args[3], &a_left, "left") || !sffi_bool(args[4], &a_unitriangular, "unitriangular")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_solve_triangular(a_input, a_b, a_upper, a_left, a_unitriangular);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(input, atol, rtol, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_atol = 0;
    int64_t a_rtol = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_atol, "atol") || !sffi_optional_tensor_arg(args[2], &a_rtol, "rtol") || !sffi_bool(args[3], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor(a_input, a_atol, a_rtol, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(input, atol, atol_present, rtol, rtol_present, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float", nargs, 6)) return NULL;
    int64_t a_input = 0;
    double a_atol = 0.0;
    bool a_atol_present = false;
    double a_rtol = 0.0;
    bool a_rtol_present = false;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_atol, "atol") || !sffi_bool(args[2], &a_atol_present, "atol_present") || !sffi_f64(args[3], &a_rtol, "rtol") || !sffi_bool(args[4], &a_rtol_present, "rtol_present") || !sffi_bool(args[5], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float(a_input, a_atol, a_atol_present, a_rtol, a_rtol_present, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(input, tol, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_matrix_rank_tol_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_matrix_rank_tol_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_tol = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_tol, "tol") || !sffi_bool(args[2], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_matrix_rank_tol_tensor(a_input, a_tol, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(input, atol, rtol, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_atol = 0;
    int64_t a_rtol = 0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_atol, "atol") || !sffi_optional_tensor_arg(args[2], &a_rtol, "rtol") || !sffi_bool(args[3], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor(a_input, a_atol, a_rtol, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_pinv_atol_rtol_float(input, atol, atol_present, rtol, rtol_present, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_pinv_atol_rtol_float) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_pinv_atol_rtol_float", nargs, 6)) return NULL;
    int64_t a_input = 0;
    double a_atol = 0.0;
    bool a_atol_present = false;
    double a_rtol = 0.0;
    bool a_rtol_present = false;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_atol, "atol") || !sffi_bool(args[2], &a_atol_present, "atol_present") || !sffi_f64(args[3], &a_rtol, "rtol") || !sffi_bool(args[4], &a_rtol_present, "rtol_present") || !sffi_bool(args[5], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_pinv_atol_rtol_float(a_input, a_atol, a_atol_present, a_rtol, a_rtol_present, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linalg_pinv(input, rcond, hermitian) */
SFFI_CALL(rt_torch_torchtensor_linalg_pinv) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_pinv", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_rcond = 0.0;
    bool a_hermitian = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_rcond, "rcond") || !sffi_bool(args[2], &a_hermitian, "hermitian")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_pinv(a_input, a_rcond, a_hermitian);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_linalg_svdvals(a, driver) */
SFFI_CALL(rt_torch_torchtensor_linalg_svdvals) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_svdvals", nargs, 2)) return NULL;
    int64_t a_a = 0;
    sffi_text a_driver = SFFI_TEXT_INIT;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_a, "a") || !sffi_text_arg(args[1], &a_driver, "driver")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_svdvals(a_a, a_driver.data);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_text_free(&a_driver);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_linalg_tensorsolve(input, other, dims, dims_present) */
SFFI_CALL(rt_torch_torchtensor_linalg_tensorsolve) {
    if (!sffi_arity("rt_torch_torchtensor_linalg_tensorsolve", nargs, 4)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    sffi_i64s a_dims = SFFI_ARRAY_INIT;
    bool a_dims_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_i64_list(args[2], &a_dims, "dims") || !sffi_bool(args[3], &a_dims_present, "dims_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linalg_tensorsolve(a_input, a_other, a_dims.data, a_dims.len, a_dims_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    sffi_array_free(&a_dims);
    return result;
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
    return result;
}

/* rt_torch_torchtensor_mh(input) */
SFFI_CALL(rt_torch_torchtensor_mh) {
    if (!sffi_arity("rt_torch_torchtensor_mh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_mh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_numpy_t(input) */
SFFI_CALL(rt_torch_torchtensor_numpy_t) {
    if (!sffi_arity("rt_torch_torchtensor_numpy_t", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_numpy_t(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_matrix_h(input) */
SFFI_CALL(rt_torch_torchtensor_matrix_h) {
    if (!sffi_arity("rt_torch_torchtensor_matrix_h", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_matrix_h(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_cos(input) */
SFFI_CALL(rt_torch_torchtensor_cos) {
    if (!sffi_arity("rt_torch_torchtensor_cos", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cos(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_asin(input) */
SFFI_CALL(rt_torch_torchtensor_asin) {
    if (!sffi_arity("rt_torch_torchtensor_asin", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_asin(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_asinh(input) */
SFFI_CALL(rt_torch_torchtensor_asinh) {
    if (!sffi_arity("rt_torch_torchtensor_asinh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_asinh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_atan(input) */
SFFI_CALL(rt_torch_torchtensor_atan) {
    if (!sffi_arity("rt_torch_torchtensor_atan", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atan(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_atanh(input) */
SFFI_CALL(rt_torch_torchtensor_atanh) {
    if (!sffi_arity("rt_torch_torchtensor_atanh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atanh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_cosh(input) */
SFFI_CALL(rt_torch_torchtensor_cosh) {
    if (!sffi_arity("rt_torch_torchtensor_cosh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_cosh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_sinh(input) */
SFFI_CALL(rt_torch_torchtensor_sinh) {
    if (!sffi_arity("rt_torch_torchtensor_sinh", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sinh(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_floor(input) */
SFFI_CALL(rt_torch_torchtensor_floor) {
    if (!sffi_arity("rt_torch_torchtensor_floor", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_floor(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_round(input) */
SFFI_CALL(rt_torch_torchtensor_round) {
    if (!sffi_arity("rt_torch_torchtensor_round", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_round(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_round_decimals(input, decimals) */
SFFI_CALL(rt_torch_torchtensor_round_decimals) {
    if (!sffi_arity("rt_torch_torchtensor_round_decimals", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_decimals = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_i64(args[1], &a_decimals, "decimals")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_round_decimals(a_input, a_decimals);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_frac(input) */
SFFI_CALL(rt_torch_torchtensor_frac) {
    if (!sffi_arity("rt_torch_torchtensor_frac", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_frac(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_sign(input) */
SFFI_CALL(rt_torch_torchtensor_sign) {
    if (!sffi_arity("rt_torch_torchtensor_sign", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sign(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_signbit(input) */
SFFI_CALL(rt_torch_torchtensor_signbit) {
    if (!sffi_arity("rt_torch_torchtensor_signbit", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_signbit(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_sinc(input) */
SFFI_CALL(rt_torch_torchtensor_sinc) {
    if (!sffi_arity("rt_torch_torchtensor_sinc", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_sinc(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_deg2rad(input) */
SFFI_CALL(rt_torch_torchtensor_deg2rad) {
    if (!sffi_arity("rt_torch_torchtensor_deg2rad", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_deg2rad(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_rad2deg(input) */
SFFI_CALL(rt_torch_torchtensor_rad2deg) {
    if (!sffi_arity("rt_torch_torchtensor_rad2deg", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_rad2deg(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_exp2(input) */
SFFI_CALL(rt_torch_torchtensor_exp2) {
    if (!sffi_arity("rt_torch_torchtensor_exp2", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_exp2(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_expm1(input) */
SFFI_CALL(rt_torch_torchtensor_expm1) {
    if (!sffi_arity("rt_torch_torchtensor_expm1", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_expm1(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_log1p(input) */
SFFI_CALL(rt_torch_torchtensor_log1p) {
    if (!sffi_arity("rt_torch_torchtensor_log1p", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log1p(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_log10(input) */
SFFI_CALL(rt_torch_torchtensor_log10) {
    if (!sffi_arity("rt_torch_torchtensor_log10", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log10(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_log2(input) */
SFFI_CALL(rt_torch_torchtensor_log2) {
    if (!sffi_arity("rt_torch_torchtensor_log2", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_log2(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_square(input) */
SFFI_CALL(rt_torch_torchtensor_square) {
    if (!sffi_arity("rt_torch_torchtensor_square", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_square(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_erf(input) */
SFFI_CALL(rt_torch_torchtensor_erf) {
    if (!sffi_arity("rt_torch_torchtensor_erf", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_erf(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_erfc(input) */
SFFI_CALL(rt_torch_torchtensor_erfc) {
    if (!sffi_arity("rt_torch_torchtensor_erfc", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_erfc(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_lgamma(input) */
SFFI_CALL(rt_torch_torchtensor_lgamma) {
    if (!sffi_arity("rt_torch_torchtensor_lgamma", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lgamma(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_digamma(input) */
SFFI_CALL(rt_torch_torchtensor_digamma) {
    if (!sffi_arity("rt_torch_torchtensor_digamma", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_digamma(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_positive(input) */
SFFI_CALL(rt_torch_torchtensor_positive) {
    if (!sffi_arity("rt_torch_torchtensor_positive", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_positive(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_logit(input, eps, eps_present) */
SFFI_CALL(rt_torch_torchtensor_logit) {
    if (!sffi_arity("rt_torch_torchtensor_logit", nargs, 3)) return NULL;
    int64_t a_input = 0;
    double a_eps = 0.0;
    bool a_eps_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_eps, "eps") || !sffi_bool(args[2], &a_eps_present, "eps_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logit(a_input, a_eps, a_eps_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_nan_to_num(input, nan, nan_present, posinf, posinf_present, neginf, neginf_present) */
SFFI_CALL(rt_torch_torchtensor_nan_to_num) {
    if (!sffi_arity("rt_torch_torchtensor_nan_to_num", nargs, 7)) return NULL;
    int64_t a_input = 0;
    double a_nan = 0.0;
    bool a_nan_present = false;
    double a_posinf = 0.0;
    bool a_posinf_present = false;
    double a_neginf = 0.0;
    bool a_neginf_present = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_f64(args[1], &a_nan, "nan") || !sffi_bool(args[2], &a_nan_present, "nan_present") || !sffi_f64(args[3], &a_posinf, "posinf") || !sffi_bool(args[4], &a_posinf_present, "posinf_present") || !sffi_f64(args[5], &a_neginf, "neginf") || !sffi_bool(args[6], &a_neginf_present, "neginf_present")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nan_to_num(a_input, a_nan, a_nan_present, a_posinf, a_posinf_present, a_neginf, a_neginf_present);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_frexp_tensor(input) */
SFFI_CALL(rt_torch_torchtensor_frexp_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_frexp_tensor", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        sffi_i64s out = SFFI_ARRAY_INIT;
        int64_t n;
        if (!sffi_reserve(&out, 2)) goto done;
        for (;;) {
            Py_BEGIN_ALLOW_THREADS
                n = rt_torch_torchtensor_frexp_tensor(a_input, out.data, out.cap);
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

/* rt_torch_torchtensor_atan2(input, other) */
SFFI_CALL(rt_torch_torchtensor_atan2) {
    if (!sffi_arity("rt_torch_torchtensor_atan2", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_atan2(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_logaddexp(input, other) */
SFFI_CALL(rt_torch_torchtensor_logaddexp) {
    if (!sffi_arity("rt_torch_torchtensor_logaddexp", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logaddexp(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_xlogy_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_xlogy_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_xlogy_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_xlogy_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_xlogy_scalar_other(input, other) */
SFFI_CALL(rt_torch_torchtensor_xlogy_scalar_other) {
    if (!sffi_arity("rt_torch_torchtensor_xlogy_scalar_other", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_xlogy_scalar_other(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_hypot(input, other) */
SFFI_CALL(rt_torch_torchtensor_hypot) {
    if (!sffi_arity("rt_torch_torchtensor_hypot", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_hypot(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_lerp_tensor(input, end, weight) */
SFFI_CALL(rt_torch_torchtensor_lerp_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_lerp_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_end = 0;
    int64_t a_weight = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_tensor_arg(args[2], &a_weight, "weight")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lerp_tensor(a_input, a_end, a_weight);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_nextafter(input, other) */
SFFI_CALL(rt_torch_torchtensor_nextafter) {
    if (!sffi_arity("rt_torch_torchtensor_nextafter", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_nextafter(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_copysign_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_copysign_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_copysign_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_copysign_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_fmin(input, other) */
SFFI_CALL(rt_torch_torchtensor_fmin) {
    if (!sffi_arity("rt_torch_torchtensor_fmin", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_fmin(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_fmod_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_fmod_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_fmod_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_fmod_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_fmod_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_fmod_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_fmod_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_fmod_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_remainder_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_remainder_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_remainder_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_remainder_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_tensor_remainder_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_remainder_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_remainder_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_remainder_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_floor_divide(input, other) */
SFFI_CALL(rt_torch_torchtensor_floor_divide) {
    if (!sffi_arity("rt_torch_torchtensor_floor_divide", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_floor_divide(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_true_divide_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_true_divide_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_true_divide_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_true_divide_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_true_divide_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_true_divide_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_true_divide_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_true_divide_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_float_power_tensor_tensor(input, exponent) */
SFFI_CALL(rt_torch_torchtensor_float_power_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_float_power_tensor_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_exponent = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_exponent, "exponent")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_float_power_tensor_tensor(a_input, a_exponent);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_float_power_tensor_scalar(input, exponent) */
SFFI_CALL(rt_torch_torchtensor_float_power_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_float_power_tensor_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_exponent = 0.0;
    int64_t a_exponent_int = 0;
    int32_t a_exponent_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_exponent, &a_exponent_int, &a_exponent_kind, "exponent", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_float_power_tensor_scalar(a_input, a_exponent, a_exponent_int, a_exponent_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_clamp_tensor(input, min, max) */
SFFI_CALL(rt_torch_torchtensor_clamp_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_min = 0;
    int64_t a_max = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_min, "min") || !sffi_optional_tensor_arg(args[2], &a_max, "max")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp_tensor(a_input, a_min, a_max);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_clamp_min(input, min) */
SFFI_CALL(rt_torch_torchtensor_clamp_min) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_min", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_min = 0.0;
    int64_t a_min_int = 0;
    int32_t a_min_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_min, &a_min_int, &a_min_kind, "min", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp_min(a_input, a_min, a_min_int, a_min_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_clamp_min_tensor(input, min) */
SFFI_CALL(rt_torch_torchtensor_clamp_min_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_min_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_min = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_min, "min")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp_min_tensor(a_input, a_min);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_clamp_max(input, max) */
SFFI_CALL(rt_torch_torchtensor_clamp_max) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_max", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_max = 0.0;
    int64_t a_max_int = 0;
    int32_t a_max_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_max, &a_max_int, &a_max_kind, "max", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_clamp_max(a_input, a_max, a_max_int, a_max_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_minimum(input, other) */
SFFI_CALL(rt_torch_torchtensor_minimum) {
    if (!sffi_arity("rt_torch_torchtensor_minimum", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_minimum(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_addcdiv(input, tensor1, tensor2, value) */
SFFI_CALL(rt_torch_torchtensor_addcdiv) {
    if (!sffi_arity("rt_torch_torchtensor_addcdiv", nargs, 4)) return NULL;
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
            r = rt_torch_torchtensor_addcdiv(a_input, a_tensor1, a_tensor2, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_ne_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_ne_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_ne_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ne_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_ne_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_ne_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_ne_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ne_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_gt_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_gt_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_gt_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_gt_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_gt_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_gt_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_gt_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_gt_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_ge_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_ge_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_ge_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_ge_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_lt_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_lt_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_lt_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_lt_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_le_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_le_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_le_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_le_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_le_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_le_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_le_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_le_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_equal(input, other) */
SFFI_CALL(rt_torch_torchtensor_equal) {
    if (!sffi_arity("rt_torch_torchtensor_equal", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_equal(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_isclose(input, other, rtol, atol, equal_nan) */
SFFI_CALL(rt_torch_torchtensor_isclose) {
    if (!sffi_arity("rt_torch_torchtensor_isclose", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_rtol = 0.0;
    double a_atol = 0.0;
    bool a_equal_nan = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_f64(args[2], &a_rtol, "rtol") || !sffi_f64(args[3], &a_atol, "atol") || !sffi_bool(args[4], &a_equal_nan, "equal_nan")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isclose(a_input, a_other, a_rtol, a_atol, a_equal_nan);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_allclose(input, other, rtol, atol, equal_nan) */
SFFI_CALL(rt_torch_torchtensor_allclose) {
    if (!sffi_arity("rt_torch_torchtensor_allclose", nargs, 5)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_rtol = 0.0;
    double a_atol = 0.0;
    bool a_equal_nan = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_f64(args[2], &a_rtol, "rtol") || !sffi_f64(args[3], &a_atol, "atol") || !sffi_bool(args[4], &a_equal_nan, "equal_nan")) goto done;
    {
        bool r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_allclose(a_input, a_other, a_rtol, a_atol, a_equal_nan);
        Py_END_ALLOW_THREADS
        result = sffi_bool_result(r, 1);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_isfinite(input) */
SFFI_CALL(rt_torch_torchtensor_isfinite) {
    if (!sffi_arity("rt_torch_torchtensor_isfinite", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isfinite(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_isinf(input) */
SFFI_CALL(rt_torch_torchtensor_isinf) {
    if (!sffi_arity("rt_torch_torchtensor_isinf", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isinf(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_isneginf(input) */
SFFI_CALL(rt_torch_torchtensor_isneginf) {
    if (!sffi_arity("rt_torch_torchtensor_isneginf", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isneginf(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_isreal(input) */
SFFI_CALL(rt_torch_torchtensor_isreal) {
    if (!sffi_arity("rt_torch_torchtensor_isreal", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isreal(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_logical_and(input, other) */
SFFI_CALL(rt_torch_torchtensor_logical_and) {
    if (!sffi_arity("rt_torch_torchtensor_logical_and", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logical_and(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_logical_xor(input, other) */
SFFI_CALL(rt_torch_torchtensor_logical_xor) {
    if (!sffi_arity("rt_torch_torchtensor_logical_xor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logical_xor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_logical_not(input) */
SFFI_CALL(rt_torch_torchtensor_logical_not) {
    if (!sffi_arity("rt_torch_torchtensor_logical_not", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logical_not(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_bitwise_and_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_and_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_and_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_and_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_tensor_bitwise_and_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_bitwise_and_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_bitwise_and_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bitwise_and_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_bitwise_or_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_or_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_or_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_or_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_tensor_bitwise_or_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_bitwise_or_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_bitwise_or_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bitwise_or_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_bitwise_xor_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_xor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_xor_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_xor_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_bitwise_left_shift_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_left_shift_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_left_shift_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_left_shift_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_left_shift_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_left_shift_tensor_scalar", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_left_shift_tensor_scalar(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_tensor_bitwise_left_shift_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_bitwise_left_shift_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_bitwise_left_shift_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bitwise_left_shift_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_bitwise_right_shift_tensor(input, other) */
SFFI_CALL(rt_torch_torchtensor_bitwise_right_shift_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_bitwise_right_shift_tensor", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_bitwise_right_shift_tensor(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_tensor_bitwise_right_shift_scalar_tensor(input, other) */
SFFI_CALL(rt_torch_tensor_bitwise_right_shift_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_bitwise_right_shift_scalar_tensor", nargs, 2)) return NULL;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_bitwise_right_shift_scalar_tensor(a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_where_self(condition, input, other) */
SFFI_CALL(rt_torch_torchtensor_where_self) {
    if (!sffi_arity("rt_torch_torchtensor_where_self", nargs, 3)) return NULL;
    int64_t a_condition = 0;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_condition, "condition") || !sffi_tensor_arg(args[1], &a_input, "input") || !sffi_tensor_arg(args[2], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_where_self(a_condition, a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_where_scalarself(condition, input, other) */
SFFI_CALL(rt_torch_torchtensor_where_scalarself) {
    if (!sffi_arity("rt_torch_torchtensor_where_scalarself", nargs, 3)) return NULL;
    int64_t a_condition = 0;
    double a_input = 0.0;
    int64_t a_input_int = 0;
    int32_t a_input_kind = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_condition, "condition") || !sffi_scalar_arg(args[1], &a_input, &a_input_int, &a_input_kind, "input", 0) || !sffi_tensor_arg(args[2], &a_other, "other")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_where_scalarself(a_condition, a_input, a_input_int, a_input_kind, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_where_scalarother(condition, input, other) */
SFFI_CALL(rt_torch_torchtensor_where_scalarother) {
    if (!sffi_arity("rt_torch_torchtensor_where_scalarother", nargs, 3)) return NULL;
    int64_t a_condition = 0;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_condition, "condition") || !sffi_tensor_arg(args[1], &a_input, "input") || !sffi_scalar_arg(args[2], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_where_scalarother(a_condition, a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_masked_fill_scalar(input, mask, value) */
SFFI_CALL(rt_torch_torchtensor_masked_fill_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_masked_fill_scalar", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask") || !sffi_scalar_arg(args[2], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_masked_fill_scalar(a_input, a_mask, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_masked_fill_tensor(input, mask, value) */
SFFI_CALL(rt_torch_torchtensor_masked_fill_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_masked_fill_tensor", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    int64_t a_value = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask") || !sffi_tensor_arg(args[2], &a_value, "value")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_masked_fill_tensor(a_input, a_mask, a_value);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_isin_tensor_tensor(elements, test_elements, assume_unique, invert) */
SFFI_CALL(rt_torch_torchtensor_isin_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_isin_tensor_tensor", nargs, 4)) return NULL;
    int64_t a_elements = 0;
    int64_t a_test_elements = 0;
    bool a_assume_unique = false;
    bool a_invert = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_elements, "elements") || !sffi_tensor_arg(args[1], &a_test_elements, "test_elements") || !sffi_bool(args[2], &a_assume_unique, "assume_unique") || !sffi_bool(args[3], &a_invert, "invert")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isin_tensor_tensor(a_elements, a_test_elements, a_assume_unique, a_invert);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_isin_tensor_scalar(elements, test_element, assume_unique, invert) */
SFFI_CALL(rt_torch_torchtensor_isin_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_isin_tensor_scalar", nargs, 4)) return NULL;
    int64_t a_elements = 0;
    double a_test_element = 0.0;
    int64_t a_test_element_int = 0;
    int32_t a_test_element_kind = 0;
    bool a_assume_unique = false;
    bool a_invert = false;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_elements, "elements") || !sffi_scalar_arg(args[1], &a_test_element, &a_test_element_int, &a_test_element_kind, "test_element", 0) || !sffi_bool(args[2], &a_assume_unique, "assume_unique") || !sffi_bool(args[3], &a_invert, "invert")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_isin_tensor_scalar(a_elements, a_test_element, a_test_element_int, a_test_element_kind, a_assume_unique, a_invert);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_tensor_isin_scalar_tensor(element, test_elements, assume_unique, invert) */
SFFI_CALL(rt_torch_tensor_isin_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_isin_scalar_tensor", nargs, 4)) return NULL;
    double a_element = 0.0;
    int64_t a_element_int = 0;
    int32_t a_element_kind = 0;
    int64_t a_test_elements = 0;
    bool a_assume_unique = false;
    bool a_invert = false;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_element, &a_element_int, &a_element_kind, "element", 0) || !sffi_tensor_arg(args[1], &a_test_elements, "test_elements") || !sffi_bool(args[2], &a_assume_unique, "assume_unique") || !sffi_bool(args[3], &a_invert, "invert")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_isin_scalar_tensor(a_element, a_element_int, a_element_kind, a_test_elements, a_assume_unique, a_invert);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_masked_select(input, mask) */
SFFI_CALL(rt_torch_torchtensor_masked_select) {
    if (!sffi_arity("rt_torch_torchtensor_masked_select", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_masked_select(a_input, a_mask);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_masked_scatter(input, mask, source) */
SFFI_CALL(rt_torch_torchtensor_masked_scatter) {
    if (!sffi_arity("rt_torch_torchtensor_masked_scatter", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    int64_t a_source = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask") || !sffi_tensor_arg(args[2], &a_source, "source")) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_masked_scatter(a_input, a_mask, a_source);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_sub_tensor_(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_sub_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_sub_tensor_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    double a_alpha = 0.0;
    int64_t a_alpha_int = 0;
    int32_t a_alpha_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other") || !sffi_scalar_arg(args[2], &a_alpha, &a_alpha_int, &a_alpha_kind, "alpha", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_sub_tensor_(a_input, a_other, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_sub_scalar_(input, other, alpha) */
SFFI_CALL(rt_torch_torchtensor_sub_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_sub_scalar_", nargs, 3)) return NULL;
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
            rt_torch_torchtensor_sub_scalar_(a_input, a_other, a_other_int, a_other_kind, a_alpha, a_alpha_int, a_alpha_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_div_tensor_(input, other) */
SFFI_CALL(rt_torch_torchtensor_div_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_div_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_other = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_other, "other")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_div_tensor_(a_input, a_other);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_div_scalar_(input, other) */
SFFI_CALL(rt_torch_torchtensor_div_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_div_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_other = 0.0;
    int64_t a_other_int = 0;
    int32_t a_other_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_other, &a_other_int, &a_other_kind, "other", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_div_scalar_(a_input, a_other, a_other_int, a_other_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_fill_scalar_(input, value) */
SFFI_CALL(rt_torch_torchtensor_fill_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_fill_scalar_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_scalar_arg(args[1], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_fill_scalar_(a_input, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_fill_tensor_(input, value) */
SFFI_CALL(rt_torch_torchtensor_fill_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_fill_tensor_", nargs, 2)) return NULL;
    int64_t a_input = 0;
    int64_t a_value = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_value, "value")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_fill_tensor_(a_input, a_value);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_clamp_(input, min, max) */
SFFI_CALL(rt_torch_torchtensor_clamp_) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_", nargs, 3)) return NULL;
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
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_clamp_(a_input, a_min, a_min_int, a_min_kind, a_max, a_max_int, a_max_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_clamp_tensor_(input, min, max) */
SFFI_CALL(rt_torch_torchtensor_clamp_tensor_) {
    if (!sffi_arity("rt_torch_torchtensor_clamp_tensor_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_min = 0;
    int64_t a_max = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_optional_tensor_arg(args[1], &a_min, "min") || !sffi_optional_tensor_arg(args[2], &a_max, "max")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_clamp_tensor_(a_input, a_min, a_max);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
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
    return result;
}

/* rt_torch_torchtensor_exp_(input) */
SFFI_CALL(rt_torch_torchtensor_exp_) {
    if (!sffi_arity("rt_torch_torchtensor_exp_", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_exp_(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_log_(input) */
SFFI_CALL(rt_torch_torchtensor_log_) {
    if (!sffi_arity("rt_torch_torchtensor_log_", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_log_(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_neg_(input) */
SFFI_CALL(rt_torch_torchtensor_neg_) {
    if (!sffi_arity("rt_torch_torchtensor_neg_", nargs, 1)) return NULL;
    int64_t a_input = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input")) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_neg_(a_input);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_masked_fill_scalar_(input, mask, value) */
SFFI_CALL(rt_torch_torchtensor_masked_fill_scalar_) {
    if (!sffi_arity("rt_torch_torchtensor_masked_fill_scalar_", nargs, 3)) return NULL;
    int64_t a_input = 0;
    int64_t a_mask = 0;
    double a_value = 0.0;
    int64_t a_value_int = 0;
    int32_t a_value_kind = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_input, "input") || !sffi_tensor_arg(args[1], &a_mask, "mask") || !sffi_scalar_arg(args[2], &a_value, &a_value_int, &a_value_kind, "value", 0)) goto done;
    {
        Py_BEGIN_ALLOW_THREADS
            rt_torch_torchtensor_masked_fill_scalar_(a_input, a_mask, a_value, a_value_int, a_value_kind);
        Py_END_ALLOW_THREADS
        result = sffi_void_result();
    }
done:
    ;
    return result;
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

/* rt_torch_torchtensor_logspace_tensor_tensor(start, end, steps, base, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_logspace_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_logspace_tensor_tensor", nargs, 6)) return NULL;
    int64_t a_start = 0;
    int64_t a_end = 0;
    int64_t a_steps = 0;
    double a_base = 0.0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_start, "start") || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_i64(args[2], &a_steps, "steps") || !sffi_f64(args[3], &a_base, "base") || !sffi_dtype_arg(args[4], &a_dtype, "dtype", 1) || !sffi_device_arg(args[5], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_logspace_tensor_tensor(a_start, a_end, a_steps, a_base, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
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
    return result;
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
    return result;
}

/* rt_torch_torchtensor_linspace_tensor_tensor(start, end, steps, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_linspace_tensor_tensor) {
    if (!sffi_arity("rt_torch_torchtensor_linspace_tensor_tensor", nargs, 5)) return NULL;
    int64_t a_start = 0;
    int64_t a_end = 0;
    int64_t a_steps = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_start, "start") || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_i64(args[2], &a_steps, "steps") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linspace_tensor_tensor(a_start, a_end, a_steps, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_torchtensor_linspace_tensor_scalar(start, end, steps, dtype, device_type) */
SFFI_CALL(rt_torch_torchtensor_linspace_tensor_scalar) {
    if (!sffi_arity("rt_torch_torchtensor_linspace_tensor_scalar", nargs, 5)) return NULL;
    int64_t a_start = 0;
    double a_end = 0.0;
    int64_t a_end_int = 0;
    int32_t a_end_kind = 0;
    int64_t a_steps = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_tensor_arg(args[0], &a_start, "start") || !sffi_scalar_arg(args[1], &a_end, &a_end_int, &a_end_kind, "end", 0) || !sffi_i64(args[2], &a_steps, "steps") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_torchtensor_linspace_tensor_scalar(a_start, a_end, a_end_int, a_end_kind, a_steps, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
    return result;
}

/* rt_torch_tensor_linspace_scalar_tensor(start, end, steps, dtype, device_type) */
SFFI_CALL(rt_torch_tensor_linspace_scalar_tensor) {
    if (!sffi_arity("rt_torch_tensor_linspace_scalar_tensor", nargs, 5)) return NULL;
    double a_start = 0.0;
    int64_t a_start_int = 0;
    int32_t a_start_kind = 0;
    int64_t a_end = 0;
    int64_t a_steps = 0;
    int32_t a_dtype = 0;
    int32_t a_device_type = 0;
    int32_t a_device_index = 0;
    PyObject *result = NULL;
    if (!sffi_scalar_arg(args[0], &a_start, &a_start_int, &a_start_kind, "start", 0) || !sffi_tensor_arg(args[1], &a_end, "end") || !sffi_i64(args[2], &a_steps, "steps") || !sffi_dtype_arg(args[3], &a_dtype, "dtype", 1) || !sffi_device_arg(args[4], &a_device_type, &a_device_index, "device", 1)) goto done;
    {
        int64_t r;
        Py_BEGIN_ALLOW_THREADS
            r = rt_torch_tensor_linspace_scalar_tensor(a_start, a_start_int, a_start_kind, a_end, a_steps, a_dtype, a_device_type, a_device_index);
        Py_END_ALLOW_THREADS
        result = sffi_tensor_result(r, 0);
    }
done:
    ;
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
    X(rt_torch_torchtensor_stride) \
    X(rt_torch_torchtensor_stride_int) \
    X(rt_torch_torchtensor_storage_offset) \
    X(rt_torch_torchtensor_is_contiguous) \
    X(rt_torch_torchtensor_is_complex) \
    X(rt_torch_torchtensor_is_floating_point) \
    X(rt_torch_torchtensor_element_size) \
    X(rt_torch_torchtensor_type_as) \
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
    X(rt_torch_autograd_no_grad_begin_v2) \
    X(rt_torch_autograd_no_grad_end_v2) \
    X(rt_torch_torchtensor_to_stream_v2) \
    X(rt_torch_torchstream_sync_v2) \
    X(rt_torch_torchstream_query_v2) \
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
    X(rt_torch_torchtensor_view_v2) \
    X(rt_torch_nn_conv2d_padding) \
    X(rt_torch_nn_max_pool2d_v2) \
    X(rt_torch_nn_max_pool2d_with_indices) \
    X(rt_torch_nn_avg_pool2d_v2) \
    X(rt_torch_nn_embedding_v2) \
    X(rt_torch_nn_linear_v2) \
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
    X(rt_torch_torchtensor_cumsum) \
    X(rt_torch_torchtensor_cumprod) \
    X(rt_torch_torchtensor_cummax) \
    X(rt_torch_torchtensor_cummin) \
    X(rt_torch_torchtensor_logcumsumexp) \
    X(rt_torch_torchtensor_logsumexp) \
    X(rt_torch_torchtensor_prod) \
    X(rt_torch_torchtensor_prod_dim_int) \
    X(rt_torch_torchtensor_all_dim) \
    X(rt_torch_torchtensor_all_dims) \
    X(rt_torch_torchtensor_all) \
    X(rt_torch_torchtensor_any_dim) \
    X(rt_torch_torchtensor_any_dims) \
    X(rt_torch_torchtensor_any) \
    X(rt_torch_torchtensor_amax) \
    X(rt_torch_torchtensor_amin) \
    X(rt_torch_torchtensor_aminmax) \
    X(rt_torch_torchtensor_count_nonzero_dim_intlist) \
    X(rt_torch_torchtensor_count_nonzero) \
    X(rt_torch_torchtensor_nansum) \
    X(rt_torch_torchtensor_nanmean) \
    X(rt_torch_torchtensor_median) \
    X(rt_torch_torchtensor_median_dim) \
    X(rt_torch_torchtensor_nanmedian) \
    X(rt_torch_torchtensor_nanmedian_dim) \
    X(rt_torch_torchtensor_mode) \
    X(rt_torch_torchtensor_kthvalue) \
    X(rt_torch_torchtensor_topk) \
    X(rt_torch_torchtensor_sort) \
    X(rt_torch_torchtensor_sort_stable) \
    X(rt_torch_torchtensor_argsort) \
    X(rt_torch_torchtensor_argsort_stable) \
    X(rt_torch_torchtensor_msort) \
    X(rt_torch_torchtensor_quantile) \
    X(rt_torch_torchtensor_quantile_scalar) \
    X(rt_torch_torchtensor_nanquantile) \
    X(rt_torch_torchtensor_nanquantile_scalar) \
    X(rt_torch_torchtensor_var_mean) \
    X(rt_torch_torchtensor_var_mean_dim) \
    X(rt_torch_torchtensor_var_mean_correction) \
    X(rt_torch_torchtensor_std_mean) \
    X(rt_torch_torchtensor_std_mean_dim) \
    X(rt_torch_torchtensor_std_mean_correction) \
    X(rt_torch_torchtensor_histc) \
    X(rt_torch_torchtensor_bincount) \
    X(rt_torch_torchtensor_bucketize_tensor) \
    X(rt_torch_tensor_bucketize_scalar) \
    X(rt_torch_torchtensor_searchsorted_tensor) \
    X(rt_torch_torchtensor_searchsorted_scalar) \
    X(rt_torch_torchtensor_diff) \
    X(rt_torch_torchtensor_expand) \
    X(rt_torch_torchtensor_expand_as) \
    X(rt_torch_torchtensor_broadcast_to) \
    X(rt_torch_torchtensor_flip) \
    X(rt_torch_torchtensor_fliplr) \
    X(rt_torch_torchtensor_flipud) \
    X(rt_torch_torchtensor_roll) \
    X(rt_torch_torchtensor_rot90) \
    X(rt_torch_torchtensor_repeat) \
    X(rt_torch_torchtensor_repeat_interleave_tensor) \
    X(rt_torch_torchtensor_repeat_interleave_self_tensor) \
    X(rt_torch_torchtensor_repeat_interleave_self_int) \
    X(rt_torch_torchtensor_tile) \
    X(rt_torch_torchtensor_movedim_intlist) \
    X(rt_torch_torchtensor_movedim_int) \
    X(rt_torch_torchtensor_unbind_int) \
    X(rt_torch_torchtensor_split_tensor) \
    X(rt_torch_torchtensor_split_sizes) \
    X(rt_torch_torchtensor_split_with_sizes) \
    X(rt_torch_torchtensor_tensor_split_sections) \
    X(rt_torch_torchtensor_tensor_split_indices) \
    X(rt_torch_torchtensor_tensor_split_tensor_indices_or_sections) \
    X(rt_torch_torchtensor_hsplit_int) \
    X(rt_torch_torchtensor_hsplit_array) \
    X(rt_torch_torchtensor_vsplit_int) \
    X(rt_torch_torchtensor_vsplit_array) \
    X(rt_torch_torchtensor_dsplit_int) \
    X(rt_torch_torchtensor_dsplit_array) \
    X(rt_torch_torchtensor_narrow) \
    X(rt_torch_torchtensor_narrow_tensor) \
    X(rt_torch_torchtensor_unflatten_int) \
    X(rt_torch_torchtensor_ravel) \
    X(rt_torch_torchtensor_hstack) \
    X(rt_torch_torchtensor_vstack) \
    X(rt_torch_torchtensor_dstack) \
    X(rt_torch_torchtensor_column_stack) \
    X(rt_torch_torchtensor_atleast_1d) \
    X(rt_torch_torchtensor_atleast_1d_sequence) \
    X(rt_torch_torchtensor_atleast_2d) \
    X(rt_torch_torchtensor_atleast_2d_sequence) \
    X(rt_torch_torchtensor_atleast_3d) \
    X(rt_torch_torchtensor_atleast_3d_sequence) \
    X(rt_torch_torchtensor_tril) \
    X(rt_torch_torchtensor_triu) \
    X(rt_torch_torchtensor_diag) \
    X(rt_torch_torchtensor_diag_embed) \
    X(rt_torch_torchtensor_diagonal) \
    X(rt_torch_torchtensor_diagflat) \
    X(rt_torch_torchtensor_trace) \
    X(rt_torch_torchtensor_kron) \
    X(rt_torch_torchtensor_meshgrid) \
    X(rt_torch_torchtensor_meshgrid_indexing) \
    X(rt_torch_torchtensor_view_as) \
    X(rt_torch_torchtensor_reshape_as) \
    X(rt_torch_torchtensor_unfold) \
    X(rt_torch_torchtensor_index_add) \
    X(rt_torch_torchtensor_index_copy) \
    X(rt_torch_torchtensor_index_fill_int_scalar) \
    X(rt_torch_torchtensor_index_fill_int_tensor) \
    X(rt_torch_torchtensor_index_put) \
    X(rt_torch_torchtensor_index_reduce) \
    X(rt_torch_torchtensor_scatter_src) \
    X(rt_torch_torchtensor_scatter_value) \
    X(rt_torch_torchtensor_scatter_reduce) \
    X(rt_torch_torchtensor_scatter_value_reduce) \
    X(rt_torch_torchtensor_scatter_add) \
    X(rt_torch_torchtensor_scatter_reduce_two) \
    X(rt_torch_torchtensor_take) \
    X(rt_torch_torchtensor_take_along_dim) \
    X(rt_torch_torchtensor_put) \
    X(rt_torch_torchtensor_nonzero) \
    X(rt_torch_torchtensor_nonzero_numpy) \
    X(rt_torch_torchtensor_argwhere) \
    X(rt_torch_torchtensor_select_scatter) \
    X(rt_torch_torchtensor_slice_scatter) \
    X(rt_torch_torchtensor_diagonal_scatter) \
    X(rt_torch_torchtensor_zeros_like) \
    X(rt_torch_torchtensor_ones_like) \
    X(rt_torch_torchtensor_empty_like) \
    X(rt_torch_torchtensor_full_like) \
    X(rt_torch_torchtensor_randn_like) \
    X(rt_torch_torchtensor_rand_like) \
    X(rt_torch_torchtensor_randint_like) \
    X(rt_torch_torchtensor_randint_like_low_dtype) \
    X(rt_torch_tensor_randint) \
    X(rt_torch_tensor_randint_low) \
    X(rt_torch_torchtensor_normal_tensor_tensor) \
    X(rt_torch_torchtensor_normal_tensor_float) \
    X(rt_torch_tensor_normal_float_tensor) \
    X(rt_torch_tensor_normal_float_float) \
    X(rt_torch_torchtensor_bernoulli) \
    X(rt_torch_torchtensor_bernoulli_p) \
    X(rt_torch_torchtensor_multinomial) \
    X(rt_torch_tensor_logspace) \
    X(rt_torch_tensor_tril_indices) \
    X(rt_torch_tensor_triu_indices) \
    X(rt_torch_tensor_scalar_tensor) \
    X(rt_torch_tensor_empty_strided) \
    X(rt_torch_torchtensor_new_zeros) \
    X(rt_torch_torchtensor_new_ones) \
    X(rt_torch_torchtensor_new_full) \
    X(rt_torch_torchtensor_new_empty) \
    X(rt_torch_torchtensor_polar) \
    X(rt_torch_torchtensor_view_as_real) \
    X(rt_torch_torchtensor_view_as_complex) \
    X(rt_torch_torchtensor_bool) \
    X(rt_torch_torchtensor_byte) \
    X(rt_torch_torchtensor_char) \
    X(rt_torch_torchtensor_short) \
    X(rt_torch_torchtensor_int) \
    X(rt_torch_torchtensor_long) \
    X(rt_torch_torchtensor_half) \
    X(rt_torch_torchtensor_bfloat16) \
    X(rt_torch_torchtensor_float) \
    X(rt_torch_torchtensor_double) \
    X(rt_torch_torchtensor_normal_) \
    X(rt_torch_torchtensor_mm) \
    X(rt_torch_torchtensor_bmm) \
    X(rt_torch_torchtensor_mv) \
    X(rt_torch_torchtensor_addmm) \
    X(rt_torch_torchtensor_addmv) \
    X(rt_torch_torchtensor_addbmm) \
    X(rt_torch_torchtensor_baddbmm) \
    X(rt_torch_torchtensor_addr) \
    X(rt_torch_torchtensor_vdot) \
    X(rt_torch_torchtensor_outer) \
    X(rt_torch_torchtensor_inner) \
    X(rt_torch_torchtensor_cross) \
    X(rt_torch_tensor_einsum) \
    X(rt_torch_torchtensor_dist) \
    X(rt_torch_torchtensor_cdist) \
    X(rt_torch_torchtensor_matrix_exp) \
    X(rt_torch_torchtensor_logdet) \
    X(rt_torch_torchtensor_pinverse) \
    X(rt_torch_torchtensor_cholesky) \
    X(rt_torch_torchtensor_cholesky_inverse) \
    X(rt_torch_torchtensor_cholesky_solve) \
    X(rt_torch_torchtensor_qr) \
    X(rt_torch_torchtensor_svd_v2) \
    X(rt_torch_torchtensor_lu_unpack) \
    X(rt_torch_torchtensor_lu_solve) \
    X(rt_torch_torchtensor_triangular_solve) \
    X(rt_torch_torchtensor_geqrf) \
    X(rt_torch_torchtensor_ormqr) \
    X(rt_torch_torchtensor_corrcoef) \
    X(rt_torch_torchtensor_cov) \
    X(rt_torch_torchtensor_trapezoid_x) \
    X(rt_torch_torchtensor_trapezoid_dx) \
    X(rt_torch_torchtensor_trapz_x) \
    X(rt_torch_torchtensor_trapz_dx) \
    X(rt_torch_torchtensor_cumulative_trapezoid_x) \
    X(rt_torch_torchtensor_cumulative_trapezoid_dx) \
    X(rt_torch_torchtensor_linalg_cross) \
    X(rt_torch_torchtensor_linalg_diagonal) \
    X(rt_torch_torchtensor_linalg_cholesky) \
    X(rt_torch_torchtensor_linalg_cholesky_ex) \
    X(rt_torch_torchtensor_linalg_vecdot) \
    X(rt_torch_torchtensor_linalg_cond) \
    X(rt_torch_torchtensor_linalg_cond_p_str) \
    X(rt_torch_torchtensor_linalg_eigvals) \
    X(rt_torch_torchtensor_linalg_eigh) \
    X(rt_torch_torchtensor_linalg_eigvalsh) \
    X(rt_torch_torchtensor_linalg_householder_product) \
    X(rt_torch_torchtensor_linalg_ldl_factor) \
    X(rt_torch_torchtensor_linalg_ldl_factor_ex) \
    X(rt_torch_torchtensor_linalg_ldl_solve) \
    X(rt_torch_torchtensor_linalg_lstsq) \
    X(rt_torch_torchtensor_linalg_matrix_power) \
    X(rt_torch_torchtensor_linalg_multi_dot) \
    X(rt_torch_torchtensor_linalg_norm) \
    X(rt_torch_torchtensor_linalg_norm_ord_str) \
    X(rt_torch_torchtensor_linalg_matrix_norm) \
    X(rt_torch_torchtensor_linalg_matrix_norm_str_ord) \
    X(rt_torch_torchtensor_linalg_qr) \
    X(rt_torch_torchtensor_linalg_slogdet) \
    X(rt_torch_torchtensor_linalg_vander) \
    X(rt_torch_torchtensor_linalg_lu_factor) \
    X(rt_torch_torchtensor_linalg_lu_factor_ex) \
    X(rt_torch_torchtensor_linalg_lu) \
    X(rt_torch_torchtensor_linalg_lu_solve) \
    X(rt_torch_torchtensor_linalg_inv_ex) \
    X(rt_torch_torchtensor_linalg_solve) \
    X(rt_torch_torchtensor_linalg_solve_ex) \
    X(rt_torch_torchtensor_linalg_solve_triangular) \
    X(rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_tensor) \
    X(rt_torch_torchtensor_linalg_matrix_rank_atol_rtol_float) \
    X(rt_torch_torchtensor_linalg_matrix_rank) \
    X(rt_torch_torchtensor_linalg_matrix_rank_tol_tensor) \
    X(rt_torch_torchtensor_linalg_pinv_atol_rtol_tensor) \
    X(rt_torch_torchtensor_linalg_pinv_atol_rtol_float) \
    X(rt_torch_torchtensor_linalg_pinv) \
    X(rt_torch_torchtensor_linalg_pinv_rcond_tensor) \
    X(rt_torch_torchtensor_linalg_svdvals) \
    X(rt_torch_torchtensor_linalg_tensorinv) \
    X(rt_torch_torchtensor_linalg_tensorsolve) \
    X(rt_torch_torchtensor_mt) \
    X(rt_torch_torchtensor_mh) \
    X(rt_torch_torchtensor_numpy_t) \
    X(rt_torch_torchtensor_matrix_h) \
    X(rt_torch_torchtensor_cos) \
    X(rt_torch_torchtensor_tan) \
    X(rt_torch_torchtensor_acos) \
    X(rt_torch_torchtensor_acosh) \
    X(rt_torch_torchtensor_asin) \
    X(rt_torch_torchtensor_asinh) \
    X(rt_torch_torchtensor_atan) \
    X(rt_torch_torchtensor_atanh) \
    X(rt_torch_torchtensor_cosh) \
    X(rt_torch_torchtensor_sinh) \
    X(rt_torch_torchtensor_ceil) \
    X(rt_torch_torchtensor_floor) \
    X(rt_torch_torchtensor_round) \
    X(rt_torch_torchtensor_round_decimals) \
    X(rt_torch_torchtensor_trunc) \
    X(rt_torch_torchtensor_frac) \
    X(rt_torch_torchtensor_sign) \
    X(rt_torch_torchtensor_signbit) \
    X(rt_torch_torchtensor_sinc) \
    X(rt_torch_torchtensor_deg2rad) \
    X(rt_torch_torchtensor_rad2deg) \
    X(rt_torch_torchtensor_exp2) \
    X(rt_torch_torchtensor_expm1) \
    X(rt_torch_torchtensor_log1p) \
    X(rt_torch_torchtensor_log10) \
    X(rt_torch_torchtensor_log2) \
    X(rt_torch_torchtensor_rsqrt) \
    X(rt_torch_torchtensor_square) \
    X(rt_torch_torchtensor_i0) \
    X(rt_torch_torchtensor_erf) \
    X(rt_torch_torchtensor_erfc) \
    X(rt_torch_torchtensor_erfinv) \
    X(rt_torch_torchtensor_lgamma) \
    X(rt_torch_torchtensor_digamma) \
    X(rt_torch_torchtensor_positive) \
    X(rt_torch_torchtensor_angle) \
    X(rt_torch_torchtensor_conj_physical) \
    X(rt_torch_torchtensor_logit) \
    X(rt_torch_tensor_polygamma) \
    X(rt_torch_torchtensor_mvlgamma) \
    X(rt_torch_torchtensor_nan_to_num) \
    X(rt_torch_torchtensor_frexp_tensor) \
    X(rt_torch_torchtensor_atan2) \
    X(rt_torch_torchtensor_logaddexp) \
    X(rt_torch_torchtensor_logaddexp2) \
    X(rt_torch_torchtensor_xlogy_tensor) \
    X(rt_torch_torchtensor_xlogy_scalar_other) \
    X(rt_torch_tensor_xlogy_scalar_self) \
    X(rt_torch_torchtensor_hypot) \
    X(rt_torch_torchtensor_lerp_scalar) \
    X(rt_torch_torchtensor_lerp_tensor) \
    X(rt_torch_torchtensor_nextafter) \
    X(rt_torch_torchtensor_copysign_tensor) \
    X(rt_torch_torchtensor_copysign_scalar) \
    X(rt_torch_torchtensor_fmax) \
    X(rt_torch_torchtensor_fmin) \
    X(rt_torch_torchtensor_fmod_tensor) \
    X(rt_torch_torchtensor_fmod_scalar) \
    X(rt_torch_torchtensor_remainder_tensor) \
    X(rt_torch_torchtensor_remainder_scalar) \
    X(rt_torch_tensor_remainder_scalar_tensor) \
    X(rt_torch_torchtensor_floor_divide) \
    X(rt_torch_torchtensor_floor_divide_scalar) \
    X(rt_torch_torchtensor_true_divide_tensor) \
    X(rt_torch_torchtensor_true_divide_scalar) \
    X(rt_torch_torchtensor_float_power_tensor_tensor) \
    X(rt_torch_torchtensor_float_power_tensor_scalar) \
    X(rt_torch_tensor_float_power_scalar) \
    X(rt_torch_torchtensor_heaviside) \
    X(rt_torch_torchtensor_lcm) \
    X(rt_torch_torchtensor_gcd) \
    X(rt_torch_torchtensor_ldexp_tensor) \
    X(rt_torch_torchtensor_clamp) \
    X(rt_torch_torchtensor_clamp_tensor) \
    X(rt_torch_torchtensor_clamp_min) \
    X(rt_torch_torchtensor_clamp_min_tensor) \
    X(rt_torch_torchtensor_clamp_max) \
    X(rt_torch_torchtensor_clamp_max_tensor) \
    X(rt_torch_torchtensor_minimum) \
    X(rt_torch_torchtensor_addcmul) \
    X(rt_torch_torchtensor_addcdiv) \
    X(rt_torch_torchtensor_eq_tensor) \
    X(rt_torch_torchtensor_eq_scalar) \
    X(rt_torch_torchtensor_ne_tensor) \
    X(rt_torch_torchtensor_ne_scalar) \
    X(rt_torch_torchtensor_gt_tensor) \
    X(rt_torch_torchtensor_gt_scalar) \
    X(rt_torch_torchtensor_ge_tensor) \
    X(rt_torch_torchtensor_ge_scalar) \
    X(rt_torch_torchtensor_lt_tensor) \
    X(rt_torch_torchtensor_lt_scalar) \
    X(rt_torch_torchtensor_le_tensor) \
    X(rt_torch_torchtensor_le_scalar) \
    X(rt_torch_torchtensor_equal) \
    X(rt_torch_torchtensor_isclose) \
    X(rt_torch_torchtensor_allclose) \
    X(rt_torch_torchtensor_isfinite) \
    X(rt_torch_torchtensor_isinf) \
    X(rt_torch_torchtensor_isposinf) \
    X(rt_torch_torchtensor_isneginf) \
    X(rt_torch_torchtensor_isreal) \
    X(rt_torch_torchtensor_isnan) \
    X(rt_torch_torchtensor_logical_and) \
    X(rt_torch_torchtensor_logical_or) \
    X(rt_torch_torchtensor_logical_xor) \
    X(rt_torch_torchtensor_logical_not) \
    X(rt_torch_torchtensor_bitwise_and_tensor) \
    X(rt_torch_torchtensor_bitwise_and_scalar) \
    X(rt_torch_tensor_bitwise_and_scalar_tensor) \
    X(rt_torch_torchtensor_bitwise_or_tensor) \
    X(rt_torch_torchtensor_bitwise_or_scalar) \
    X(rt_torch_tensor_bitwise_or_scalar_tensor) \
    X(rt_torch_torchtensor_bitwise_xor_tensor) \
    X(rt_torch_torchtensor_bitwise_xor_scalar) \
    X(rt_torch_tensor_bitwise_xor_scalar_tensor) \
    X(rt_torch_torchtensor_bitwise_not) \
    X(rt_torch_torchtensor_bitwise_left_shift_tensor) \
    X(rt_torch_torchtensor_bitwise_left_shift_tensor_scalar) \
    X(rt_torch_tensor_bitwise_left_shift_scalar_tensor) \
    X(rt_torch_torchtensor_bitwise_right_shift_tensor) \
    X(rt_torch_torchtensor_bitwise_right_shift_tensor_scalar) \
    X(rt_torch_tensor_bitwise_right_shift_scalar_tensor) \
    X(rt_torch_torchtensor_where_self) \
    X(rt_torch_torchtensor_where_scalarself) \
    X(rt_torch_torchtensor_where_scalarother) \
    X(rt_torch_torchtensor_where_scalar) \
    X(rt_torch_torchtensor_masked_fill_scalar) \
    X(rt_torch_torchtensor_masked_fill_tensor) \
    X(rt_torch_torchtensor_isin_tensor_tensor) \
    X(rt_torch_torchtensor_isin_tensor_scalar) \
    X(rt_torch_tensor_isin_scalar_tensor) \
    X(rt_torch_torchtensor_masked_select) \
    X(rt_torch_torchtensor_masked_scatter) \
    X(rt_torch_torchtensor_sub_tensor_) \
    X(rt_torch_torchtensor_sub_scalar_) \
    X(rt_torch_torchtensor_div_tensor_) \
    X(rt_torch_torchtensor_div_tensor_mode_) \
    X(rt_torch_torchtensor_div_scalar_) \
    X(rt_torch_torchtensor_div_scalar_mode_) \
    X(rt_torch_torchtensor_fill_scalar_) \
    X(rt_torch_torchtensor_fill_tensor_) \
    X(rt_torch_torchtensor_clamp_) \
    X(rt_torch_torchtensor_clamp_tensor_) \
    X(rt_torch_torchtensor_sqrt_) \
    X(rt_torch_torchtensor_exp_) \
    X(rt_torch_torchtensor_log_) \
    X(rt_torch_torchtensor_neg_) \
    X(rt_torch_torchtensor_abs_) \
    X(rt_torch_torchtensor_pow_scalar_) \
    X(rt_torch_torchtensor_pow_tensor_) \
    X(rt_torch_torchtensor_masked_fill_scalar_) \
    X(rt_torch_torchtensor_masked_fill_tensor_) \
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
    X(rt_torch_torchtensor_logspace_tensor_tensor) \
    X(rt_torch_torchtensor_logspace_tensor_scalar) \
    X(rt_torch_tensor_logspace_scalar_tensor) \
    X(rt_torch_torchtensor_linspace_tensor_tensor) \
    X(rt_torch_torchtensor_linspace_tensor_scalar) \
    X(rt_torch_tensor_linspace_scalar_tensor) \
    /* end */
