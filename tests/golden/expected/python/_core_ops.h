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

/* The functions a call's warnings are read through (the catalogue's warning roles). */
#define SFFI_WARNING_COUNT rt_torch_warning_count
#define SFFI_WARNING_MESSAGE rt_torch_warning_message
#define SFFI_WARNING_KIND rt_torch_warning_kind

/* The operators between tensors the C type implements: BINARY(method, slot, function) for a
 * tensor OP tensor, UNARY(method, slot, function) for OP tensor. */
#define SFFI_FAST_OPS(BINARY, UNARY) \
    BINARY(add, nb_add, rt_torch_torchtensor_add_scalar) \
    /* end */

/* The members of Tensor that are one call on the receiver, as members of the C base type:
 * GETTER(name, call, doc) for a property, METHOD(...) for a method without arguments. */
#define SFFI_TENSOR_MEMBERS(GETTER, METHOD) \
    GETTER(dtype, rt_torch_torchtensor_dtype, "The element type.\n\nBridge: rt_torch_torchtensor_dtype. PyTorch: torch.Tensor.dtype.") \
    GETTER(size, rt_torch_torchtensor_shape, "The sizes.\n\nBridge: rt_torch_torchtensor_shape. PyTorch: torch.Tensor.size.") \
    GETTER(requires_grad, rt_torch_autograd_requires_grad, "Whether gradients are tracked.\n\nBridge: rt_torch_autograd_requires_grad. PyTorch: torch.Tensor.requires_grad.") \
    GETTER(grad, rt_torch_autograd_grad, "The gradient.\n\nBridge: rt_torch_autograd_grad. PyTorch: torch.Tensor.grad.") \
    /* end */

/* The units of calls (_core_calls_<n>.c), each defining the table sffi_calls_<n>. */
#define SFFI_CALL_UNITS(X) X(1) X(2) X(3) X(4)
