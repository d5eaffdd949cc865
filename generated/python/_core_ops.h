// generated from spec/torch_api.yaml by sffi-gen; do not edit
/* What the catalogue decides for the C base type of Tensor (runtime/python/_core.c). */
#pragma once

/* The function garbage collection releases a handle with. */
#define SFFI_RELEASE rt_torch_torchtensor_release
/* The function that frees a stream handle nobody could take. */
#define SFFI_STREAM_RELEASE rt_torch_torchstream_free

/* The functions every failure is read through (the catalogue's error roles). */
#define SFFI_ERROR_CODE rt_torch_error_code
#define SFFI_ERROR_MESSAGE rt_torch_error_message

/* The operators between tensors the C type implements: BINARY(method, slot, function) for a
 * tensor OP tensor, UNARY(method, slot, function) for OP tensor. */
#define SFFI_FAST_OPS(BINARY, UNARY) \
    BINARY(add, nb_add, rt_torch_torchtensor_add) \
    BINARY(sub, nb_subtract, rt_torch_torchtensor_sub) \
    BINARY(mul, nb_multiply, rt_torch_torchtensor_mul) \
    BINARY(div, nb_true_divide, rt_torch_torchtensor_div) \
    UNARY(neg, nb_negative, rt_torch_torchtensor_neg) \
    UNARY(abs, nb_absolute, rt_torch_torchtensor_abs) \
    BINARY(matmul, nb_matrix_multiply, rt_torch_torchtensor_matmul) \
    /* end */
