// generated from fixture.yaml by sffi-gen; do not edit
/* One call per catalogue function, for torch_sffi._core (runtime/python/_core.c defines
 * SFFI_CALL and every sffi_ converter): Python passes the values generator/abi.py lowers an
 * argument to (an array as a list, without its length) and gets the result as a Python value. */

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
    return result;
}

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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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
    return result;
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

/* X(name) for every call above: the module's method table. */
#define SFFI_CALLS(X) \
    X(rt_torch_available) \
    X(rt_torch_version) \
    X(rt_torch_tensor_zeros) \
    X(rt_torch_tensor_zeros_v2) \
    X(rt_torch_tensor_full) \
    X(rt_torch_tensor_from_data) \
    X(rt_torch_torchtensor_add) \
    X(rt_torch_torchtensor_sum) \
    X(rt_torch_torchtensor_sum_dim_intlist) \
    X(rt_torch_torchtensor_add_scalar) \
    X(rt_torch_torchtensor_clamp) \
    X(rt_torch_torchtensor_max_dim) \
    X(rt_torch_torchtensor_mul_) \
    X(rt_torch_torchtensor_index_tensor) \
    X(rt_torch_torchtensor_dtype) \
    X(rt_torch_torchtensor_shape) \
    X(rt_torch_torchtensor_chunk) \
    X(rt_torch_torchtensor_cat) \
    X(rt_torch_nn_linear) \
    X(rt_torch_nn_max_pool2d) \
    X(rt_torch_nn_max_pool2d_with_indices) \
    X(rt_torch_nn_mse_loss) \
    X(rt_torch_nn_dropout) \
    X(rt_torch_autograd_backward) \
    X(rt_torch_autograd_requires_grad) \
    X(rt_torch_autograd_grad) \
    X(rt_torch_torchtensor_data_f64) \
    X(rt_torch_stream_create) \
    X(rt_torch_torchstream_sync) \
    X(rt_torch_torchstream_free) \
    X(rt_torch_torchtensor_free) \
    X(rt_torch_error_code) \
    X(rt_torch_error_message) \
    X(rt_torch_live_handles) \
    X(rt_torch_set_name) \
    X(rt_torch_set_mode) \
    X(rt_torch_torchtensor_release) \
    X(rt_torch_autograd_set_requires_grad) \
    X(rt_torch_tensor_from_i64) \
    X(rt_torch_torchtensor_data_i64) \
    X(rt_torch_torchtensor_device) \
    X(rt_torch_torchtensor_real) \
    X(rt_torch_torchtensor_imag) \
    X(rt_torch_torchtensor_item) \
    X(rt_torch_torchtensor_numel) \
    X(rt_torch_torchtensor_select_int) \
    X(rt_torch_torchtensor_slice) \
    X(rt_torch_torchtensor_to_dtype) \
    X(rt_torch_torchtensor_unsqueeze) \
    X(rt_torch_torchtensor_view_v2) \
    X(rt_torch_torchtensor_complex) \
    X(rt_torch_torchtensor_to_device) \
    /* end */
