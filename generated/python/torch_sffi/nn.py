# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""torch_sffi.nn: its functions, one per catalogue function (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Sequence, overload

from . import _core
from . import _tables as _dtypes
from . import return_types as _rt_types
from ._runtime import EMPTY as _EMPTY
from ._runtime import MISSING as _MISSING
from ._runtime import DeviceLike, Number
from ._runtime import FormInfo as _FormInfo
from ._runtime import accepts as _accepts
from ._runtime import device_arg as _device_arg
from ._runtime import dispatch as _dispatch
from ._runtime import floats as _floats
from ._runtime import handle as _handle
from ._runtime import handles as _handles
from ._runtime import ints as _ints
from ._runtime import form_info as _form_info
from ._runtime import match as _match
from ._runtime import no_match as _no_match
from ._runtime import opt_handle as _opt_handle
from ._runtime import opt_handles as _opt_handles
from ._runtime import opt_text as _opt_text
from ._runtime import refit as _refit
from ._runtime import require_grad as _require_grad
from ._runtime import scalar as _scalar
from ._runtime import size as _size
from ._runtime import take_flag as _take_flag
from ._runtime import text as _text
from ._runtime import tuple_new as _tuple_new
from ._types import DType

# int, float and bool for annotations: Tensor's methods of those names shadow the builtins in its class body.
_int = int
_float = float
_bool = bool

import functools
from typing import Callable, ParamSpec, TypeVar

from ._runtime import StreamRuntime as _StreamRuntime
from ._tensor import Tensor
from ._tensor import Tensor as _Tensor

__all__ = ["avg_pool2d", "batch_norm", "binary_cross_entropy", "conv2d", "cross_entropy", "dropout", "embedding", "gelu", "layer_norm", "leaky_relu", "linear", "log_softmax", "max_pool2d", "mse_loss", "nll_loss", "relu", "softmax"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_nn_avg_pool2d_v2 = _core.rt_torch_nn_avg_pool2d_v2
_f_nn_batch_norm = _core.rt_torch_nn_batch_norm
_f_nn_binary_cross_entropy_v2 = _core.rt_torch_nn_binary_cross_entropy_v2
_f_nn_conv2d = _core.rt_torch_nn_conv2d
_f_nn_conv2d_padding = _core.rt_torch_nn_conv2d_padding
_f_nn_cross_entropy_v2 = _core.rt_torch_nn_cross_entropy_v2
_f_nn_dropout = _core.rt_torch_nn_dropout
_f_nn_embedding_v2 = _core.rt_torch_nn_embedding_v2
_f_nn_layer_norm = _core.rt_torch_nn_layer_norm
_f_nn_linear_v2 = _core.rt_torch_nn_linear_v2
_f_nn_max_pool2d_v2 = _core.rt_torch_nn_max_pool2d_v2
_f_nn_max_pool2d_with_indices = _core.rt_torch_nn_max_pool2d_with_indices
_f_nn_mse_loss_v2 = _core.rt_torch_nn_mse_loss_v2
_f_nn_nll_loss_v2 = _core.rt_torch_nn_nll_loss_v2
_f_torchtensor_gelu_v2 = _core.rt_torch_torchtensor_gelu_v2
_f_torchtensor_leaky_relu = _core.rt_torch_torchtensor_leaky_relu
_f_torchtensor_log_softmax_int = _core.rt_torch_torchtensor_log_softmax_int
_f_torchtensor_relu = _core.rt_torch_torchtensor_relu
_f_torchtensor_softmax_int = _core.rt_torch_torchtensor_softmax_int

# The forms of overloaded functions, as _runtime.match reads them.
_FORM_NN_CONV2D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("weight", "Tensor", False, False, False), ("bias", "Tensor?", True, False, False), ("stride", "int[]", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("groups", "int", True, False, False)))
_FORM_NN_CONV2D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("weight", "Tensor", False, False, False), ("bias", "Tensor?", True, False, False), ("stride", "int[]", True, False, False), ("padding", "str", True, False, False), ("dilation", "int[]", True, False, False), ("groups", "int", True, False, False)))
_FORM_NN_MAX_POOL2D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))
_FORM_NN_MAX_POOL2D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))


def _nn_conv2d_0(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = (1, 1),
    padding: _int | Sequence[_int] = (0, 0),
    dilation: _int | Sequence[_int] = (1, 1),
    groups: _int = 1,
) -> Tensor:
    """One form of torch_sffi.nn.conv2d."""
    stride_ = _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_conv2d(input, weight, bias, stride_, padding_, dilation_, groups)


def _nn_conv2d_1(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: Literal['valid', 'same'] = 'valid',
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor:
    """One form of torch_sffi.nn.conv2d."""
    stride_ = _ints(stride, "stride")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_conv2d_padding(input, weight, bias, stride_, _text(padding, "padding"), dilation_, groups)


def _nn_max_pool2d_0(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
) -> Tensor:
    """One form of torch_sffi.nn.max_pool2d."""
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_max_pool2d_v2(input, kernel_size_, stride_, stride is not None, padding_, dilation_, ceil_mode)


def _nn_max_pool2d_1(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
) -> _rt_types.nn_max_pool2d:
    """One form of torch_sffi.nn.max_pool2d."""
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    dilation_ = _ints(dilation, "dilation")
    return _tuple_new(_rt_types.nn_max_pool2d, _f_nn_max_pool2d_with_indices(input, kernel_size_, stride_, stride is not None, padding_, dilation_, ceil_mode))


# The forms of each overloaded function with their implementations, as _core.dispatch reads them.
_DISPATCH_NN_CONV2D = ((_FORM_NN_CONV2D_0, _nn_conv2d_0), (_FORM_NN_CONV2D_1, _nn_conv2d_1),)


def relu(input: Tensor) -> Tensor:
    """Rectified linear unit max(0, x).

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_relu. PyTorch: torch.nn.functional.relu.
    """
    return _f_torchtensor_relu(input if input.__class__ is _Tensor else _handle(input, "input"))


def leaky_relu(input: Tensor, negative_slope: _float = 0.01) -> Tensor:
    """Leaky ReLU, x for x >= 0 and negative_slope * x otherwise.

    Args:
        input: The input.
        negative_slope: The slope for negative inputs.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_leaky_relu. PyTorch: torch.nn.functional.leaky_relu.
    """
    return _f_torchtensor_leaky_relu(input if input.__class__ is _Tensor else _handle(input, "input"), negative_slope)


@overload
def conv2d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = (1, 1),
    padding: _int | Sequence[_int] = (0, 0),
    dilation: _int | Sequence[_int] = (1, 1),
    groups: _int = 1,
) -> Tensor: ...

@overload
def conv2d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: Literal['valid', 'same'] = 'valid',
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor: ...

def conv2d(*args: Any, **kwargs: Any) -> Any:
    """conv2d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    conv2d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride: _int | Sequence[_int] = (1, 1), padding: _int | Sequence[_int] = (0, 0), dilation: _int | Sequence[_int] = (1, 1), groups: _int = 1)
        2-D convolution over a batch of images.

    conv2d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride: _int | Sequence[_int] = 1, padding: Literal['valid', 'same'] = 'valid', dilation: _int | Sequence[_int] = 1, groups: _int = 1)
        2-D convolution with padding given by name.

    Bridge: rt_torch_nn_conv2d, rt_torch_nn_conv2d_padding. PyTorch: torch.nn.functional.conv2d.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_NN_CONV2D)
    if _r is not NotImplemented:
        return _r
    _no_match("conv2d", args, kwargs, (_FORM_NN_CONV2D_0, _FORM_NN_CONV2D_1,))


def batch_norm(
    input: Tensor,
    running_mean: Tensor | None,
    running_var: Tensor | None,
    weight: Tensor | None = None,
    bias: Tensor | None = None,
    training: _bool = False,
    momentum: _float = 0.1,
    eps: _float = 1e-05,
) -> Tensor:
    """Batch normalisation over the channel dimension, updating running statistics in
    training.

    Args:
        input: Input of shape (N, C, ...).
        running_mean: Running mean of shape (C), updated in place when training; None
            for none.
        running_var: Running variance of shape (C), updated in place when training; None
            for none.
        weight: Scale of shape (C), or None for none.
        bias: Shift of shape (C), or None for none.
        training: Use batch statistics (true) or the running ones (false).
        momentum: The weight of the new batch in the running statistics.
        eps: Added to the variance for numerical stability.

    Returns:
        A new tensor shaped like input.

    Bridge: rt_torch_nn_batch_norm. PyTorch: torch.nn.functional.batch_norm.
    """
    return _f_nn_batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


def layer_norm(
    input: Tensor,
    normalized_shape: _int | Sequence[_int],
    weight: Tensor | None = None,
    bias: Tensor | None = None,
    eps: _float = 1e-05,
) -> Tensor:
    """Layer normalisation over the trailing dimensions.

    Args:
        input: The input.
        normalized_shape: The trailing shape to normalise over.
        weight: Scale shaped like normalized_shape, or None for none.
        bias: Shift shaped like normalized_shape, or None for none.
        eps: Added to the variance for numerical stability.

    Returns:
        A new tensor shaped like input.

    Bridge: rt_torch_nn_layer_norm. PyTorch: torch.nn.functional.layer_norm.
    """
    normalized_shape_ = _ints(normalized_shape, "normalized_shape")
    return _f_nn_layer_norm(input, normalized_shape_, weight, bias, eps)


def dropout(input: Tensor, p: _float = 0.5, training: _bool = True) -> Tensor:
    """Zeroes elements with probability p and scales the rest by 1/(1-p) when training.

    Args:
        input: The input.
        p: The drop probability, in [0, 1].
        training: Apply dropout (true) or return the input unchanged (false).

    Returns:
        A new tensor; reproducible after rt_torch_manual_seed.

    Bridge: rt_torch_nn_dropout. PyTorch: torch.nn.functional.dropout.
    """
    return _f_nn_dropout(input, p, training)


def gelu(input: Tensor, *, approximate: Literal['none', 'tanh'] = 'none') -> Tensor:
    """GELU activation, exact or with the tanh approximation.

    Args:
        input: The input.
        approximate: none for the exact form x * Phi(x), tanh for the tanh
            approximation.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_gelu_v2. PyTorch: torch.nn.functional.gelu.
    """
    return _f_torchtensor_gelu_v2(input, _text(approximate, "approximate"))


def softmax(input: Tensor, dim: _int, dtype: DType | None = None) -> Tensor:
    """Softmax along a dimension, optionally computed in another dtype.

    Args:
        input: The input.
        dim: The dimension that sums to 1; negative values count from the end.
        dtype: Convert the input to this dtype first; None keeps it.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_softmax_int. PyTorch: torch.softmax.
    """
    return _f_torchtensor_softmax_int(input, dim, dtype)


def log_softmax(input: Tensor, dim: _int, dtype: DType | None = None) -> Tensor:
    """Log-softmax along a dimension, optionally computed in another dtype.

    Args:
        input: The input.
        dim: The dimension; negative values count from the end.
        dtype: Convert the input to this dtype first; None keeps it.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_log_softmax_int. PyTorch: torch.log_softmax.
    """
    return _f_torchtensor_log_softmax_int(input, dim, dtype)


@overload
def max_pool2d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
    return_indices: Literal[False] = False,
) -> Tensor: ...

@overload
def max_pool2d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
    *,
    return_indices: Literal[True],
) -> _rt_types.nn_max_pool2d: ...

def max_pool2d(*args: Any, **kwargs: Any) -> Any:
    """max_pool2d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    max_pool2d(input: Tensor, kernel_size: _int | Sequence[_int], stride: _int | Sequence[_int] | None = None, padding: _int | Sequence[_int] = 0, dilation: _int | Sequence[_int] = 1, ceil_mode: _bool = False)
        2-D max pooling with dilation and ceil mode.

    max_pool2d(input: Tensor, kernel_size: _int | Sequence[_int], stride: _int | Sequence[_int] | None = None, padding: _int | Sequence[_int] = 0, dilation: _int | Sequence[_int] = 1, ceil_mode: _bool = False)
        2-D max pooling that also returns where each maximum came from.

    Bridge: rt_torch_nn_max_pool2d_v2, rt_torch_nn_max_pool2d_with_indices. PyTorch: torch.nn.functional.max_pool2d.
    """
    return_indices, args, kwargs = _take_flag(args, kwargs, "return_indices", 6)
    _b = _match(args, kwargs, _FORM_NN_MAX_POOL2D_0)
    if _b is not None and not return_indices:
        return _nn_max_pool2d_0(**_b)
    _b = _match(args, kwargs, _FORM_NN_MAX_POOL2D_1)
    if _b is not None and return_indices:
        return _nn_max_pool2d_1(**_b)
    _no_match("max_pool2d", args, kwargs, (_FORM_NN_MAX_POOL2D_0, _FORM_NN_MAX_POOL2D_1,))


def avg_pool2d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    ceil_mode: _bool = False,
    count_include_pad: _bool = True,
    divisor_override: _int | None = None,
) -> Tensor:
    """2-D average pooling with ceil mode, padding counting and a divisor override.

    Args:
        input: The input, of shape (N, C, H, W) or (C, H, W).
        kernel_size: The size of the window.
        stride: The step of the window; None for kernel_size.
        padding: Implicit zero padding on both sides; at most half the kernel size.
        ceil_mode: Round the output size up instead of down.
        count_include_pad: Count the zero padding in the average.
        divisor_override: Divide by this instead of the window size; None for the window
            size.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_avg_pool2d_v2. PyTorch: torch.nn.functional.avg_pool2d.
    """
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    return _f_nn_avg_pool2d_v2(input, kernel_size_, stride_, stride is not None, padding_, ceil_mode, count_include_pad, 0 if divisor_override is None else divisor_override, divisor_override is not None)


def embedding(
    input: Tensor,
    weight: Tensor,
    padding_idx: _int | None = None,
    max_norm: _float | None = None,
    norm_type: _float = 2.0,
    scale_grad_by_freq: _bool = False,
    sparse: _bool = False,
) -> Tensor:
    """Looks up rows of an embedding table, with padding index, max-norm renormalisation
    and sparse gradients as F.embedding has them.

    Args:
        input: int64 indices into the table.
        weight: The table, of shape (num_embeddings, embedding_dim).
        padding_idx: A row that gets no gradient (negative values count from the end);
            None for none.
        max_norm: Renormalise, in place, every looked-up row whose norm exceeds this;
            None for never.
        norm_type: The p of the p-norm for max_norm.
        scale_grad_by_freq: Scale gradients by the inverse frequency of the indices in
            the batch.
        sparse: Make the gradient of weight a sparse tensor.

    Returns:
        A new tensor of shape (*input.shape, embedding_dim).

    Bridge: rt_torch_nn_embedding_v2. PyTorch: torch.nn.functional.embedding.
    """
    return _f_nn_embedding_v2(input, weight, 0 if padding_idx is None else padding_idx, padding_idx is not None, 0.0 if max_norm is None else max_norm, max_norm is not None, norm_type, scale_grad_by_freq, sparse)


def linear(input: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """The affine map input @ weight^T + bias, with an optional bias.

    Args:
        input: Input of shape (..., in_features).
        weight: Weights of shape (out_features, in_features).
        bias: Bias of shape (out_features); None for none.

    Returns:
        A new tensor of shape (..., out_features).

    Bridge: rt_torch_nn_linear_v2. PyTorch: torch.nn.functional.linear.
    """
    return _f_nn_linear_v2(input, weight, bias)


def mse_loss(
    input: Tensor,
    target: Tensor,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Mean squared error between input and target, reduced as asked, as a tensor that can
    be backpropagated.

    Args:
        input: The prediction.
        target: The target, broadcastable to input (with PyTorch's warning when the
            sizes differ).
        reduction: none for the element-wise losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_mse_loss_v2. PyTorch: torch.nn.functional.mse_loss.
    """
    return _f_nn_mse_loss_v2(input, target, _text(reduction, "reduction"))


def cross_entropy(
    input: Tensor,
    target: Tensor,
    weight: Tensor | None = None,
    *,
    ignore_index: _int = -100,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
    label_smoothing: _float = 0.0,
) -> Tensor:
    """Cross-entropy between logits and class indices or probabilities, with class weights,
    an ignored index and label smoothing.

    Args:
        input: Logits of shape (N, C), (C) or (N, C, d1, ...).
        target: int64 class indices of shape (N), () or (N, d1, ...), or class
            probabilities shaped like input.
        weight: A weight per class, of shape (C); None for equal weights.
        ignore_index: A class index that contributes nothing (class-index targets only).
        reduction: none for the per-sample losses, mean or sum to reduce them.
        label_smoothing: How much of the target mass to spread uniformly over the
            classes, in [0, 1].

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_cross_entropy_v2. PyTorch: torch.nn.functional.cross_entropy.
    """
    return _f_nn_cross_entropy_v2(input, target, weight, ignore_index, _text(reduction, "reduction"), label_smoothing)


def binary_cross_entropy(
    input: Tensor,
    target: Tensor,
    weight: Tensor | None = None,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Binary cross-entropy between probabilities and targets, with element weights,
    reduced as asked.

    Args:
        input: Probabilities in [0, 1].
        target: Targets in [0, 1], shaped like input.
        weight: A weight per element, broadcastable to input; None for equal weights.
        reduction: none for the element-wise losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_binary_cross_entropy_v2. PyTorch: torch.nn.functional.binary_cross_entropy.
    """
    return _f_nn_binary_cross_entropy_v2(input, target, weight, _text(reduction, "reduction"))


def nll_loss(
    input: Tensor,
    target: Tensor,
    weight: Tensor | None = None,
    *,
    ignore_index: _int = -100,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Negative log-likelihood of log-probabilities at class indices, with class weights
    and an ignored index.

    Args:
        input: Log-probabilities of shape (N, C), (C) or (N, C, d1, ...).
        target: int64 class indices of shape (N), () or (N, d1, ...).
        weight: A weight per class, of shape (C); None for equal weights.
        ignore_index: A class index that contributes nothing.
        reduction: none for the per-sample losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_nll_loss_v2. PyTorch: torch.nn.functional.nll_loss.
    """
    return _f_nn_nll_loss_v2(input, target, weight, ignore_index, _text(reduction, "reduction"))
