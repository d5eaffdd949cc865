# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""Neural-network functions and losses, as torch.nn.functional.

Losses return 0-d tensors that can be backpropagated; read their value with .item().
"""

from __future__ import annotations

from typing import Sequence

from ._errors import _check, _error_code, _raise
from ._native import ffi as _ffi
from ._native import lib as _lib
from ._tensor import Tensor, _floats, _ints, _size, _wrap

__all__ = ["conv2d", "max_pool2d", "avg_pool2d", "batch_norm", "layer_norm", "dropout", "linear", "embedding", "mse_loss", "cross_entropy", "binary_cross_entropy", "nll_loss", "relu", "sigmoid", "tanh", "leaky_relu", "gelu", "softmax", "log_softmax"]

_f_nn_avg_pool2d = _lib.rt_torch_nn_avg_pool2d
_f_nn_batch_norm = _lib.rt_torch_nn_batch_norm
_f_nn_binary_cross_entropy = _lib.rt_torch_nn_binary_cross_entropy
_f_nn_conv2d = _lib.rt_torch_nn_conv2d
_f_nn_cross_entropy = _lib.rt_torch_nn_cross_entropy
_f_nn_dropout = _lib.rt_torch_nn_dropout
_f_nn_embedding = _lib.rt_torch_nn_embedding
_f_nn_layer_norm = _lib.rt_torch_nn_layer_norm
_f_nn_linear = _lib.rt_torch_nn_linear
_f_nn_max_pool2d = _lib.rt_torch_nn_max_pool2d
_f_nn_mse_loss = _lib.rt_torch_nn_mse_loss
_f_nn_nll_loss = _lib.rt_torch_nn_nll_loss


def conv2d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: int | Sequence[int] = (1, 1),
    padding: int | Sequence[int] = (0, 0),
    dilation: int | Sequence[int] = (1, 1),
    groups: int = 1,
) -> Tensor:
    """2-D convolution over a batch of images.

    Args:
        input: Input of shape (N, C_in, H, W) or (C_in, H, W).
        weight: Filters of shape (C_out, C_in / groups, kH, kW).
        bias: Bias of shape (C_out), or None for none.
        stride: The stride (one value for both sides or two).
        padding: Implicit zero padding on both sides.
        dilation: The spacing between kernel elements.
        groups: The number of blocked connections from input to output channels.

    Returns:
        A new tensor of shape (N, C_out, H_out, W_out).

    Bridge: rt_torch_nn_conv2d. PyTorch: torch.nn.functional.conv2d.
    """
    stride_ = _ints(stride)
    padding_ = _ints(padding)
    dilation_ = _ints(dilation)
    _r = _f_nn_conv2d(input._h, weight._h, 0 if bias is None else bias._h, stride_, len(stride_), padding_, len(padding_), dilation_, len(dilation_), groups)
    if not _r:
        _raise()
    return _wrap(_r)


def max_pool2d(
    input: Tensor,
    kernel_size: int | Sequence[int],
    stride: int | Sequence[int] = (),
    padding: int | Sequence[int] = (0, 0),
) -> Tensor:
    """2-D max pooling.

    Args:
        input: Input of shape (N, C, H, W) or (C, H, W).
        kernel_size: The window size (one or two values).
        stride: The window stride; empty means kernel_size.
        padding: Implicit negative-infinity padding.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_max_pool2d. PyTorch: torch.nn.functional.max_pool2d.
    """
    kernel_size_ = _ints(kernel_size)
    stride_ = _ints(stride)
    padding_ = _ints(padding)
    _r = _f_nn_max_pool2d(input._h, kernel_size_, len(kernel_size_), stride_, len(stride_), padding_, len(padding_))
    if not _r:
        _raise()
    return _wrap(_r)


def avg_pool2d(
    input: Tensor,
    kernel_size: int | Sequence[int],
    stride: int | Sequence[int] = (),
    padding: int | Sequence[int] = (0, 0),
) -> Tensor:
    """2-D average pooling.

    Args:
        input: Input of shape (N, C, H, W) or (C, H, W).
        kernel_size: The window size (one or two values).
        stride: The window stride; empty means kernel_size.
        padding: Implicit zero padding.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_avg_pool2d. PyTorch: torch.nn.functional.avg_pool2d.
    """
    kernel_size_ = _ints(kernel_size)
    stride_ = _ints(stride)
    padding_ = _ints(padding)
    _r = _f_nn_avg_pool2d(input._h, kernel_size_, len(kernel_size_), stride_, len(stride_), padding_, len(padding_))
    if not _r:
        _raise()
    return _wrap(_r)


def batch_norm(
    input: Tensor,
    running_mean: Tensor | None,
    running_var: Tensor | None,
    weight: Tensor | None = None,
    bias: Tensor | None = None,
    training: bool = False,
    momentum: float = 0.1,
    eps: float = 1e-05,
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
    _r = _f_nn_batch_norm(input._h, 0 if running_mean is None else running_mean._h, 0 if running_var is None else running_var._h, 0 if weight is None else weight._h, 0 if bias is None else bias._h, training, momentum, eps)
    if not _r:
        _raise()
    return _wrap(_r)


def layer_norm(
    input: Tensor,
    normalized_shape: int | Sequence[int],
    weight: Tensor | None = None,
    bias: Tensor | None = None,
    eps: float = 1e-05,
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
    normalized_shape_ = _ints(normalized_shape)
    _r = _f_nn_layer_norm(input._h, normalized_shape_, len(normalized_shape_), 0 if weight is None else weight._h, 0 if bias is None else bias._h, eps)
    if not _r:
        _raise()
    return _wrap(_r)


def dropout(input: Tensor, p: float = 0.5, training: bool = True) -> Tensor:
    """Zeroes elements with probability p and scales the rest by 1/(1-p) when training.

    Args:
        input: The input.
        p: The drop probability, in [0, 1].
        training: Apply dropout (true) or return the input unchanged (false).

    Returns:
        A new tensor; reproducible after rt_torch_manual_seed.

    Bridge: rt_torch_nn_dropout. PyTorch: torch.nn.functional.dropout.
    """
    _r = _f_nn_dropout(input._h, p, training)
    if not _r:
        _raise()
    return _wrap(_r)


def linear(input: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """The affine map input @ weight^T + bias.

    Args:
        input: Input of shape (..., in_features).
        weight: Weights of shape (out_features, in_features).
        bias: Bias of shape (out_features), or None for none.

    Returns:
        A new tensor of shape (..., out_features).

    Deviation from the reference (nn_linear): bias is optional (0 for none), as in
    torch.nn.functional.linear; the reference required a bias handle.

    Bridge: rt_torch_nn_linear. PyTorch: torch.nn.functional.linear.
    """
    _r = _f_nn_linear(input._h, weight._h, 0 if bias is None else bias._h)
    if not _r:
        _raise()
    return _wrap(_r)


def embedding(input: Tensor, weight: Tensor) -> Tensor:
    """Looks up rows of an embedding table by index.

    Args:
        input: An int64 tensor of indices into the table.
        weight: The table, of shape (num_embeddings, embedding_dim).

    Returns:
        A new tensor of shape input.shape + (embedding_dim,).

    Bridge: rt_torch_nn_embedding. PyTorch: torch.nn.functional.embedding.
    """
    _r = _f_nn_embedding(input._h, weight._h)
    if not _r:
        _raise()
    return _wrap(_r)


def mse_loss(input: Tensor, target: Tensor) -> Tensor:
    """Mean squared error between input and target.

    Args:
        input: The prediction.
        target: The target, broadcastable to input.

    Returns:
        A new 0-d tensor that can be backpropagated (read it with
        rt_torch_torchtensor_item).

    Deviation from the reference (nn_mse_loss): The reference returned a plain f64,
    which cut the loss from the autograd graph so it could not be backpropagated. This
    entry returns a 0-d tensor handle; take its value with rt_torch_torchtensor_item.

    Bridge: rt_torch_nn_mse_loss. PyTorch: torch.nn.functional.mse_loss.
    """
    _r = _f_nn_mse_loss(input._h, target._h)
    if not _r:
        _raise()
    return _wrap(_r)


def cross_entropy(input: Tensor, target: Tensor) -> Tensor:
    """Cross-entropy between logits and class indices (mean over the batch).

    Args:
        input: Logits of shape (N, C) or (C).
        target: int64 class indices of shape (N) or (), or class probabilities shaped
            like input.

    Returns:
        A new 0-d tensor that can be backpropagated.

    Deviation from the reference (nn_cross_entropy): The reference returned a plain f64,
    which cut the loss from the autograd graph so it could not be backpropagated. This
    entry returns a 0-d tensor handle; take its value with rt_torch_torchtensor_item.

    Bridge: rt_torch_nn_cross_entropy. PyTorch: torch.nn.functional.cross_entropy.
    """
    _r = _f_nn_cross_entropy(input._h, target._h)
    if not _r:
        _raise()
    return _wrap(_r)


def binary_cross_entropy(input: Tensor, target: Tensor) -> Tensor:
    """Binary cross-entropy between probabilities and targets (mean).

    Args:
        input: Probabilities in [0, 1].
        target: Targets in [0, 1], shaped like input.

    Returns:
        A new 0-d tensor that can be backpropagated.

    Deviation from the reference (nn_binary_cross_entropy): The reference returned a
    plain f64, which cut the loss from the autograd graph so it could not be
    backpropagated. This entry returns a 0-d tensor handle; take its value with
    rt_torch_torchtensor_item.

    Bridge: rt_torch_nn_binary_cross_entropy. PyTorch: torch.nn.functional.binary_cross_entropy.
    """
    _r = _f_nn_binary_cross_entropy(input._h, target._h)
    if not _r:
        _raise()
    return _wrap(_r)


def nll_loss(input: Tensor, target: Tensor) -> Tensor:
    """Negative log-likelihood of log-probabilities at class indices (mean).

    Args:
        input: Log-probabilities of shape (N, C) or (C).
        target: int64 class indices of shape (N) or ().

    Returns:
        A new 0-d tensor that can be backpropagated.

    Deviation from the reference (nn_nll_loss): The reference returned a plain f64,
    which cut the loss from the autograd graph so it could not be backpropagated. This
    entry returns a 0-d tensor handle; take its value with rt_torch_torchtensor_item.

    Bridge: rt_torch_nn_nll_loss. PyTorch: torch.nn.functional.nll_loss.
    """
    _r = _f_nn_nll_loss(input._h, target._h)
    if not _r:
        _raise()
    return _wrap(_r)


def relu(input: Tensor) -> Tensor:
    """Rectified linear unit max(0, x).

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_relu. PyTorch: torch.nn.functional.relu.
    """
    return input.relu()


def sigmoid(input: Tensor) -> Tensor:
    """Logistic sigmoid 1 / (1 + exp(-x)).

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_sigmoid. PyTorch: torch.sigmoid.
    """
    return input.sigmoid()


def tanh(input: Tensor) -> Tensor:
    """Hyperbolic tangent.

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_tanh. PyTorch: torch.tanh.
    """
    return input.tanh()


def leaky_relu(input: Tensor, negative_slope: float = 0.01) -> Tensor:
    """Leaky ReLU, x for x >= 0 and negative_slope * x otherwise.

    Args:
        input: The input.
        negative_slope: The slope for negative inputs.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_leaky_relu. PyTorch: torch.nn.functional.leaky_relu.
    """
    return input.leaky_relu(negative_slope)


def gelu(input: Tensor) -> Tensor:
    """Gaussian error linear unit, exact (erf) form.

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_gelu. PyTorch: torch.nn.functional.gelu.
    """
    return input.gelu()


def softmax(input: Tensor, dim: int) -> Tensor:
    """Softmax along one dimension.

    Args:
        input: The input.
        dim: The dimension to normalise; negative values count from the end.

    Returns:
        A new tensor whose slices along dim sum to 1.

    Bridge: rt_torch_torchtensor_softmax. PyTorch: torch.softmax.
    """
    return input.softmax(dim)


def log_softmax(input: Tensor, dim: int) -> Tensor:
    """Logarithm of the softmax along one dimension, computed stably.

    Args:
        input: The input.
        dim: The dimension to normalise; negative values count from the end.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_log_softmax. PyTorch: torch.log_softmax.
    """
    return input.log_softmax(dim)
