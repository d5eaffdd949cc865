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

/* The members of Tensor that are one call on the receiver, as members of the C base type:
 * GETTER(name, call, doc) for a property, METHOD(...) for a method without arguments. */
#define SFFI_TENSOR_MEMBERS(GETTER, METHOD) \
    METHOD(neg, rt_torch_torchtensor_neg, "Element-wise negation.\n\nBridge: rt_torch_torchtensor_neg. PyTorch: torch.neg.") \
    METHOD(abs, rt_torch_torchtensor_abs, "Element-wise absolute value.\n\nBridge: rt_torch_torchtensor_abs. PyTorch: torch.abs.") \
    METHOD(sqrt, rt_torch_torchtensor_sqrt, "Element-wise square root (NaN for negative elements).\n\nBridge: rt_torch_torchtensor_sqrt. PyTorch: torch.sqrt.") \
    METHOD(exp, rt_torch_torchtensor_exp, "Element-wise exponential e**x.\n\nBridge: rt_torch_torchtensor_exp. PyTorch: torch.exp.") \
    METHOD(log, rt_torch_torchtensor_log, "Element-wise natural logarithm (-inf at 0, NaN for negative elements).\n\nBridge: rt_torch_torchtensor_log. PyTorch: torch.log.") \
    METHOD(relu, rt_torch_torchtensor_relu, "Rectified linear unit max(0, x).\n\nBridge: rt_torch_torchtensor_relu. PyTorch: torch.nn.functional.relu.") \
    METHOD(sigmoid, rt_torch_torchtensor_sigmoid, "Logistic sigmoid 1 / (1 + exp(-x)).\n\nBridge: rt_torch_torchtensor_sigmoid. PyTorch: torch.sigmoid.") \
    METHOD(tanh, rt_torch_torchtensor_tanh, "Hyperbolic tangent.\n\nBridge: rt_torch_torchtensor_tanh. PyTorch: torch.tanh.") \
    METHOD(t, rt_torch_torchtensor_t, "Transpose of a tensor with at most 2 dimensions (a view).\n\nBridge: rt_torch_torchtensor_t. PyTorch: torch.t.") \
    METHOD(inverse, rt_torch_torchtensor_inverse, "Inverse of a square matrix (or a batch of them).\n\nBridge: rt_torch_torchtensor_inverse. PyTorch: torch.linalg.inv.") \
    GETTER(ndim, rt_torch_torchtensor_ndim, "The number of dimensions.\n\nBridge: rt_torch_torchtensor_ndim. PyTorch: torch.Tensor.dim.") \
    METHOD(dim, rt_torch_torchtensor_ndim, "The number of dimensions.\n\nBridge: rt_torch_torchtensor_ndim. PyTorch: torch.Tensor.dim.") \
    METHOD(numel, rt_torch_torchtensor_numel, "The total number of elements.\n\nBridge: rt_torch_torchtensor_numel. PyTorch: torch.numel.") \
    GETTER(shape, rt_torch_torchtensor_shape, "The size of every dimension.\n\nBridge: rt_torch_torchtensor_shape. PyTorch: torch.Tensor.size.") \
    METHOD(detach, rt_torch_autograd_detach, "A tensor sharing the same data but cut from the autograd graph.\n\nBridge: rt_torch_autograd_detach. PyTorch: torch.Tensor.detach.") \
    METHOD(cpu, rt_torch_torchtensor_cpu, "A copy of the tensor in host memory.\n\nBridge: rt_torch_torchtensor_cpu. PyTorch: torch.Tensor.cpu.") \
    GETTER(is_cuda, rt_torch_torchtensor_is_cuda, "Reports whether the tensor lives on a CUDA device.\n\nBridge: rt_torch_torchtensor_is_cuda. PyTorch: torch.Tensor.is_cuda.") \
    METHOD(get_device, rt_torch_torchtensor_device, "The device the tensor lives on.\n\nBridge: rt_torch_torchtensor_device. PyTorch: torch.Tensor.get_device.") \
    METHOD(storage_offset, rt_torch_torchtensor_storage_offset, "Where the tensor's first element sits in its storage, in elements.\n\nBridge: rt_torch_torchtensor_storage_offset. PyTorch: torch.Tensor.storage_offset.") \
    METHOD(is_complex, rt_torch_torchtensor_is_complex, "Whether the tensor's dtype is a complex type (complex64 or complex128).\n\nBridge: rt_torch_torchtensor_is_complex. PyTorch: torch.is_complex.") \
    METHOD(is_floating_point, rt_torch_torchtensor_is_floating_point, "Whether the tensor's dtype is a floating-point type (float16, bfloat16, float32 or float64).\n\nBridge: rt_torch_torchtensor_is_floating_point. PyTorch: torch.is_floating_point.") \
    METHOD(element_size, rt_torch_torchtensor_element_size, "The size of one element in bytes.\n\nBridge: rt_torch_torchtensor_element_size. PyTorch: torch.Tensor.element_size.") \
    GETTER(dtype, rt_torch_torchtensor_dtype, "The element type of the tensor.\n\nBridge: rt_torch_torchtensor_dtype. PyTorch: torch.Tensor.dtype.") \
    GETTER(real, rt_torch_torchtensor_real, "The real parts of a tensor (the tensor itself when it is real).\n\nBridge: rt_torch_torchtensor_real. PyTorch: torch.real.") \
    GETTER(imag, rt_torch_torchtensor_imag, "The imaginary parts of a complex tensor.\n\nBridge: rt_torch_torchtensor_imag. PyTorch: torch.imag.") \
    METHOD(reciprocal, rt_torch_torchtensor_reciprocal, "The element-wise reciprocal 1 / x (integer inputs give the default float dtype).\n\nBridge: rt_torch_torchtensor_reciprocal. PyTorch: torch.reciprocal.") \
    METHOD(det, rt_torch_torchtensor_linalg_det, "The determinant of a square matrix, or of each matrix of a batch.\n\nBridge: rt_torch_torchtensor_linalg_det. PyTorch: torch.linalg.det.") \
    METHOD(sin, rt_torch_torchtensor_sin, "The element-wise sine of the input, in radians.\n\nBridge: rt_torch_torchtensor_sin. PyTorch: torch.sin.") \
    METHOD(msort, rt_torch_torchtensor_msort, "The values sorted along the first dimension, ascending.\n\nBridge: rt_torch_torchtensor_msort. PyTorch: torch.msort.") \
    METHOD(fliplr, rt_torch_torchtensor_fliplr, "The tensor with its columns reversed (dimension 1).\n\nBridge: rt_torch_torchtensor_fliplr. PyTorch: torch.fliplr.") \
    METHOD(flipud, rt_torch_torchtensor_flipud, "The tensor with its rows reversed (dimension 0).\n\nBridge: rt_torch_torchtensor_flipud. PyTorch: torch.flipud.") \
    METHOD(ravel, rt_torch_torchtensor_ravel, "The elements as a 1-D tensor (a view when possible).\n\nBridge: rt_torch_torchtensor_ravel. PyTorch: torch.ravel.") \
    METHOD(trace, rt_torch_torchtensor_trace, "The sum of the main diagonal of a 2-D tensor.\n\nBridge: rt_torch_torchtensor_trace. PyTorch: torch.trace.") \
    METHOD(argwhere, rt_torch_torchtensor_argwhere, "The indices of the non-zero elements, one row per element.\n\nBridge: rt_torch_torchtensor_argwhere. PyTorch: torch.argwhere.") \
    METHOD(matrix_exp, rt_torch_torchtensor_matrix_exp, "The matrix exponential of a square matrix, or of each matrix of a batch.\n\nBridge: rt_torch_torchtensor_matrix_exp. PyTorch: torch.matrix_exp.") \
    METHOD(logdet, rt_torch_torchtensor_logdet, "The natural logarithm of the determinant of a square matrix, or of each matrix of a batch.\n\nBridge: rt_torch_torchtensor_logdet. PyTorch: torch.logdet.") \
    METHOD(geqrf, rt_torch_torchtensor_geqrf, "The QR decomposition in LAPACK's geqrf form, Householder reflectors and their scalars.\n\nBridge: rt_torch_torchtensor_geqrf. PyTorch: torch.geqrf.") \
    METHOD(corrcoef, rt_torch_torchtensor_corrcoef, "The Pearson correlation coefficients of the variables in the rows of a matrix (observations in columns).\n\nBridge: rt_torch_torchtensor_corrcoef. PyTorch: torch.corrcoef.") \
    METHOD(slogdet, rt_torch_torchtensor_linalg_slogdet, "The sign (phase) and the log of the absolute value of the determinant of a square matrix or batch.\n\nBridge: rt_torch_torchtensor_linalg_slogdet. PyTorch: torch.linalg.slogdet.") \
    GETTER(mT, rt_torch_torchtensor_mt, "The tensor with its last two dimensions swapped (a view), as the property Tensor.mT.\n\nBridge: rt_torch_torchtensor_mt. PyTorch: torch.Tensor.mT.") \
    GETTER(mH, rt_torch_torchtensor_mh, "The conjugate transpose of the last two dimensions (a view), as the property Tensor.mH.\n\nBridge: rt_torch_torchtensor_mh. PyTorch: torch.Tensor.mH.") \
    GETTER(T, rt_torch_torchtensor_numpy_t, "The tensor with the order of all its dimensions reversed (a view), as the property Tensor.T.\n\nBridge: rt_torch_torchtensor_numpy_t. PyTorch: torch.Tensor.T.") \
    GETTER(H, rt_torch_torchtensor_matrix_h, "The conjugate transpose of a matrix (a view), as the property Tensor.H.\n\nBridge: rt_torch_torchtensor_matrix_h. PyTorch: torch.Tensor.H.") \
    /* end */
