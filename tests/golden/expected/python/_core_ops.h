// generated from fixture.yaml by sffi-gen; do not edit
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
    BINARY(add, nb_add, rt_torch_torchtensor_add_scalar) \
    /* end */
