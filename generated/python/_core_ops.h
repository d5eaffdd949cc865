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

/* The functions a call's warnings are read through (the catalogue's warning roles). */
#define SFFI_WARNING_COUNT rt_torch_warning_count
#define SFFI_WARNING_MESSAGE rt_torch_warning_message
#define SFFI_WARNING_KIND rt_torch_warning_kind

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
    METHOD(corrcoef, rt_torch_torchtensor_corrcoef, "The Pearson correlation coefficients of the variables in the rows of a matrix (observations in columns).\n\nBridge: rt_torch_torchtensor_corrcoef. PyTorch: torch.corrcoef.") \
    GETTER(mT, rt_torch_torchtensor_mt, "The tensor with its last two dimensions swapped (a view), as the property Tensor.mT.\n\nBridge: rt_torch_torchtensor_mt. PyTorch: torch.Tensor.mT.") \
    GETTER(mH, rt_torch_torchtensor_mh, "The conjugate transpose of the last two dimensions (a view), as the property Tensor.mH.\n\nBridge: rt_torch_torchtensor_mh. PyTorch: torch.Tensor.mH.") \
    GETTER(T, rt_torch_torchtensor_numpy_t, "The tensor with the order of all its dimensions reversed (a view), as the property Tensor.T.\n\nBridge: rt_torch_torchtensor_numpy_t. PyTorch: torch.Tensor.T.") \
    GETTER(H, rt_torch_torchtensor_matrix_h, "The conjugate transpose of a matrix (a view), as the property Tensor.H.\n\nBridge: rt_torch_torchtensor_matrix_h. PyTorch: torch.Tensor.H.") \
    METHOD(cos, rt_torch_torchtensor_cos, "The element-wise cosine of the input, in radians.\n\nBridge: rt_torch_torchtensor_cos. PyTorch: torch.cos.") \
    METHOD(tan, rt_torch_torchtensor_tan, "The element-wise tangent of the input, in radians.\n\nBridge: rt_torch_torchtensor_tan. PyTorch: torch.tan.") \
    METHOD(acos, rt_torch_torchtensor_acos, "The element-wise arccosine of the input, in radians (NaN outside [-1, 1]).\n\nBridge: rt_torch_torchtensor_acos. PyTorch: torch.acos.") \
    METHOD(acosh, rt_torch_torchtensor_acosh, "The element-wise inverse hyperbolic cosine of the input (NaN below 1).\n\nBridge: rt_torch_torchtensor_acosh. PyTorch: torch.acosh.") \
    METHOD(asin, rt_torch_torchtensor_asin, "The element-wise arcsine of the input, in radians (NaN outside [-1, 1]).\n\nBridge: rt_torch_torchtensor_asin. PyTorch: torch.asin.") \
    METHOD(asinh, rt_torch_torchtensor_asinh, "The element-wise inverse hyperbolic sine of the input.\n\nBridge: rt_torch_torchtensor_asinh. PyTorch: torch.asinh.") \
    METHOD(atan, rt_torch_torchtensor_atan, "The element-wise arctangent of the input, in radians.\n\nBridge: rt_torch_torchtensor_atan. PyTorch: torch.atan.") \
    METHOD(atanh, rt_torch_torchtensor_atanh, "The element-wise inverse hyperbolic tangent of the input (NaN outside [-1, 1]).\n\nBridge: rt_torch_torchtensor_atanh. PyTorch: torch.atanh.") \
    METHOD(cosh, rt_torch_torchtensor_cosh, "The element-wise hyperbolic cosine of the input.\n\nBridge: rt_torch_torchtensor_cosh. PyTorch: torch.cosh.") \
    METHOD(sinh, rt_torch_torchtensor_sinh, "The element-wise hyperbolic sine of the input.\n\nBridge: rt_torch_torchtensor_sinh. PyTorch: torch.sinh.") \
    METHOD(ceil, rt_torch_torchtensor_ceil, "Rounds every element up to the nearest integer (the smallest integer not below it).\n\nBridge: rt_torch_torchtensor_ceil. PyTorch: torch.ceil.") \
    METHOD(floor, rt_torch_torchtensor_floor, "Rounds every element down to the nearest integer (the largest integer not above it).\n\nBridge: rt_torch_torchtensor_floor. PyTorch: torch.floor.") \
    METHOD(trunc, rt_torch_torchtensor_trunc, "Rounds every element toward zero (drops its fractional part).\n\nBridge: rt_torch_torchtensor_trunc. PyTorch: torch.trunc.") \
    METHOD(frac, rt_torch_torchtensor_frac, "The fractional part of every element (input - trunc(input), with the input's sign).\n\nBridge: rt_torch_torchtensor_frac. PyTorch: torch.frac.") \
    METHOD(sign, rt_torch_torchtensor_sign, "The element-wise sign of the input: -1, 0 or 1 (0 for a zero and for NaN).\n\nBridge: rt_torch_torchtensor_sign. PyTorch: torch.sign.") \
    METHOD(signbit, rt_torch_torchtensor_signbit, "Whether each element has its sign bit set (true for -0.0 and negative NaN too).\n\nBridge: rt_torch_torchtensor_signbit. PyTorch: torch.signbit.") \
    METHOD(sinc, rt_torch_torchtensor_sinc, "The element-wise normalized sinc of the input, sin(pi x) / (pi x), 1 at 0.\n\nBridge: rt_torch_torchtensor_sinc. PyTorch: torch.sinc.") \
    METHOD(deg2rad, rt_torch_torchtensor_deg2rad, "Converts every element from degrees to radians.\n\nBridge: rt_torch_torchtensor_deg2rad. PyTorch: torch.deg2rad.") \
    METHOD(rad2deg, rt_torch_torchtensor_rad2deg, "Converts every element from radians to degrees.\n\nBridge: rt_torch_torchtensor_rad2deg. PyTorch: torch.rad2deg.") \
    METHOD(exp2, rt_torch_torchtensor_exp2, "The element-wise base-2 exponential of the input, 2^x.\n\nBridge: rt_torch_torchtensor_exp2. PyTorch: torch.exp2.") \
    METHOD(expm1, rt_torch_torchtensor_expm1, "The element-wise exp(x) - 1, accurate for small x.\n\nBridge: rt_torch_torchtensor_expm1. PyTorch: torch.expm1.") \
    METHOD(log1p, rt_torch_torchtensor_log1p, "The element-wise natural logarithm of 1 + x, accurate for small x.\n\nBridge: rt_torch_torchtensor_log1p. PyTorch: torch.log1p.") \
    METHOD(log10, rt_torch_torchtensor_log10, "The element-wise base-10 logarithm of the input.\n\nBridge: rt_torch_torchtensor_log10. PyTorch: torch.log10.") \
    METHOD(log2, rt_torch_torchtensor_log2, "The element-wise base-2 logarithm of the input.\n\nBridge: rt_torch_torchtensor_log2. PyTorch: torch.log2.") \
    METHOD(rsqrt, rt_torch_torchtensor_rsqrt, "The element-wise reciprocal of the square root of the input, 1 / sqrt(x).\n\nBridge: rt_torch_torchtensor_rsqrt. PyTorch: torch.rsqrt.") \
    METHOD(square, rt_torch_torchtensor_square, "The element-wise square of the input.\n\nBridge: rt_torch_torchtensor_square. PyTorch: torch.square.") \
    METHOD(i0, rt_torch_torchtensor_i0, "The element-wise modified Bessel function of the first kind, order zero.\n\nBridge: rt_torch_torchtensor_i0. PyTorch: torch.i0.") \
    METHOD(erf, rt_torch_torchtensor_erf, "The element-wise error function of the input.\n\nBridge: rt_torch_torchtensor_erf. PyTorch: torch.erf.") \
    METHOD(erfc, rt_torch_torchtensor_erfc, "The element-wise complementary error function of the input, 1 - erf(x).\n\nBridge: rt_torch_torchtensor_erfc. PyTorch: torch.erfc.") \
    METHOD(erfinv, rt_torch_torchtensor_erfinv, "The element-wise inverse error function of the input (defined on (-1, 1); +-inf at +-1).\n\nBridge: rt_torch_torchtensor_erfinv. PyTorch: torch.erfinv.") \
    METHOD(lgamma, rt_torch_torchtensor_lgamma, "The element-wise natural logarithm of the absolute value of the gamma function.\n\nBridge: rt_torch_torchtensor_lgamma. PyTorch: torch.lgamma.") \
    METHOD(digamma, rt_torch_torchtensor_digamma, "The element-wise digamma function, the derivative of lgamma.\n\nBridge: rt_torch_torchtensor_digamma. PyTorch: torch.digamma.") \
    METHOD(positive, rt_torch_torchtensor_positive, "The input itself (unary plus); refused for bool tensors, as in PyTorch.\n\nBridge: rt_torch_torchtensor_positive. PyTorch: torch.positive.") \
    METHOD(angle, rt_torch_torchtensor_angle, "The element-wise angle of the input in radians (0 or pi for real numbers, NaN kept).\n\nBridge: rt_torch_torchtensor_angle. PyTorch: torch.angle.") \
    METHOD(conj_physical, rt_torch_torchtensor_conj_physical, "The element-wise complex conjugate of the input, computed (a copy for real tensors).\n\nBridge: rt_torch_torchtensor_conj_physical. PyTorch: torch.conj_physical.") \
    METHOD(isfinite, rt_torch_torchtensor_isfinite, "Whether each element is finite (not NaN nor infinite).\n\nBridge: rt_torch_torchtensor_isfinite. PyTorch: torch.isfinite.") \
    METHOD(isinf, rt_torch_torchtensor_isinf, "Whether each element is positive or negative infinity.\n\nBridge: rt_torch_torchtensor_isinf. PyTorch: torch.isinf.") \
    METHOD(isposinf, rt_torch_torchtensor_isposinf, "Whether each element is positive infinity.\n\nBridge: rt_torch_torchtensor_isposinf. PyTorch: torch.isposinf.") \
    METHOD(isneginf, rt_torch_torchtensor_isneginf, "Whether each element is negative infinity.\n\nBridge: rt_torch_torchtensor_isneginf. PyTorch: torch.isneginf.") \
    METHOD(isreal, rt_torch_torchtensor_isreal, "Whether each element is real-valued (always true for a real dtype; imaginary part 0 for complex).\n\nBridge: rt_torch_torchtensor_isreal. PyTorch: torch.isreal.") \
    METHOD(isnan, rt_torch_torchtensor_isnan, "Whether each element is NaN.\n\nBridge: rt_torch_torchtensor_isnan. PyTorch: torch.isnan.") \
    METHOD(logical_not, rt_torch_torchtensor_logical_not, "The element-wise logical NOT of a tensor (true where an element is zero).\n\nBridge: rt_torch_torchtensor_logical_not. PyTorch: torch.logical_not.") \
    METHOD(bitwise_not, rt_torch_torchtensor_bitwise_not, "The element-wise bitwise NOT of an integer or bool tensor.\n\nBridge: rt_torch_torchtensor_bitwise_not. PyTorch: torch.bitwise_not.") \
    GETTER(is_leaf, rt_torch_autograd_is_leaf, "Reports whether a tensor is a leaf of the autograd graph.\n\nBridge: rt_torch_autograd_is_leaf. PyTorch: torch.Tensor.is_leaf.") \
    /* end */

/* The units of calls (_core_calls_<n>.c), each defining the table sffi_calls_<n>. */
#define SFFI_CALL_UNITS(X) X(1) X(2) X(3) X(4) X(5) X(6) X(7) X(8) X(9) X(10) X(11) X(12) X(13) X(14) X(15) X(16)
