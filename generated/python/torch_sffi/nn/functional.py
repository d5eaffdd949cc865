# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""torch_sffi.nn.functional: its functions, one per catalogue function (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Sequence, overload

from .. import _core
from .. import _tables as _dtypes
from .. import return_types as _rt_types
from .._runtime import EMPTY as _EMPTY
from .._runtime import MISSING as _MISSING
from .._runtime import DeviceLike, Number
from .._runtime import FormInfo as _FormInfo
from .._runtime import accepts as _accepts
from .._runtime import device_arg as _device_arg
from .._runtime import dispatch as _dispatch
from .._runtime import floats as _floats
from .._runtime import handle as _handle
from .._runtime import handles as _handles
from .._runtime import ints as _ints
from .._runtime import form_info as _form_info
from .._runtime import match as _match
from .._runtime import no_match as _no_match
from .._runtime import opt_handle as _opt_handle
from .._runtime import opt_handles as _opt_handles
from .._runtime import opt_text as _opt_text
from .._runtime import refit as _refit
from .._runtime import require_grad as _require_grad
from .._runtime import run_hooks as _run_hooks
from .._runtime import scalar as _scalar
from .._runtime import size as _size
from .._runtime import take_flag as _take_flag
from .._runtime import text as _text
from .._runtime import tuple_new as _tuple_new
from .._types import DType, Size

# int, float and bool for annotations: Tensor's methods of those names shadow the builtins in its class body.
_int = int
_float = float
_bool = bool

import functools
from typing import Callable, ParamSpec, TypeVar

from .._runtime import StreamRuntime as _StreamRuntime
from .._tensor import Tensor
from .._tensor import Tensor as _Tensor

__all__ = ["adaptive_avg_pool1d", "adaptive_avg_pool2d", "adaptive_avg_pool3d", "adaptive_max_pool1d", "adaptive_max_pool2d", "adaptive_max_pool3d", "alpha_dropout", "avg_pool1d", "avg_pool2d", "avg_pool3d", "batch_norm", "bilinear", "binary_cross_entropy", "binary_cross_entropy_with_logits", "celu", "channel_shuffle", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "cosine_embedding_loss", "cosine_similarity", "cross_entropy", "ctc_loss", "dropout", "dropout2d", "dropout3d", "elu", "embedding", "embedding_bag", "gaussian_nll_loss", "gelu", "glu", "grid_sample", "group_norm", "hardshrink", "hardsigmoid", "hardswish", "hardtanh", "hinge_embedding_loss", "huber_loss", "instance_norm", "interpolate", "kl_div", "l1_loss", "layer_norm", "leaky_relu", "linear", "local_response_norm", "log_softmax", "logsigmoid", "margin_ranking_loss", "max_pool1d", "max_pool2d", "max_pool3d", "max_unpool1d", "max_unpool2d", "max_unpool3d", "mish", "mse_loss", "multi_margin_loss", "multilabel_margin_loss", "multilabel_soft_margin_loss", "nll_loss", "normalize", "one_hot", "pad", "pairwise_distance", "pdist", "pixel_shuffle", "pixel_unshuffle", "poisson_nll_loss", "prelu", "relu", "relu6", "rms_norm", "scaled_dot_product_attention", "selu", "silu", "smooth_l1_loss", "soft_margin_loss", "softmax", "softmin", "softplus", "softshrink", "softsign", "tanhshrink", "threshold", "triplet_margin_loss", "unfold", "upsample_bilinear", "upsample_nearest"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_nn_adaptive_avg_pool1d = _core.rt_torch_nn_adaptive_avg_pool1d
_f_nn_adaptive_avg_pool2d = _core.rt_torch_nn_adaptive_avg_pool2d
_f_nn_adaptive_avg_pool3d = _core.rt_torch_nn_adaptive_avg_pool3d
_f_nn_adaptive_max_pool1d = _core.rt_torch_nn_adaptive_max_pool1d
_f_nn_adaptive_max_pool1d_with_indices = _core.rt_torch_nn_adaptive_max_pool1d_with_indices
_f_nn_adaptive_max_pool2d = _core.rt_torch_nn_adaptive_max_pool2d
_f_nn_adaptive_max_pool2d_with_indices = _core.rt_torch_nn_adaptive_max_pool2d_with_indices
_f_nn_adaptive_max_pool3d = _core.rt_torch_nn_adaptive_max_pool3d
_f_nn_adaptive_max_pool3d_with_indices = _core.rt_torch_nn_adaptive_max_pool3d_with_indices
_f_nn_alpha_dropout = _core.rt_torch_nn_alpha_dropout
_f_nn_avg_pool1d = _core.rt_torch_nn_avg_pool1d
_f_nn_avg_pool2d_v2 = _core.rt_torch_nn_avg_pool2d_v2
_f_nn_avg_pool3d = _core.rt_torch_nn_avg_pool3d
_f_nn_batch_norm = _core.rt_torch_nn_batch_norm
_f_nn_bilinear = _core.rt_torch_nn_bilinear
_f_nn_binary_cross_entropy_v2 = _core.rt_torch_nn_binary_cross_entropy_v2
_f_nn_binary_cross_entropy_with_logits = _core.rt_torch_nn_binary_cross_entropy_with_logits
_f_nn_channel_shuffle = _core.rt_torch_nn_channel_shuffle
_f_nn_conv1d = _core.rt_torch_nn_conv1d
_f_nn_conv1d_padding = _core.rt_torch_nn_conv1d_padding
_f_nn_conv2d = _core.rt_torch_nn_conv2d
_f_nn_conv2d_padding = _core.rt_torch_nn_conv2d_padding
_f_nn_conv3d = _core.rt_torch_nn_conv3d
_f_nn_conv3d_padding = _core.rt_torch_nn_conv3d_padding
_f_nn_conv_transpose1d = _core.rt_torch_nn_conv_transpose1d
_f_nn_conv_transpose2d = _core.rt_torch_nn_conv_transpose2d
_f_nn_conv_transpose3d = _core.rt_torch_nn_conv_transpose3d
_f_nn_cosine_embedding_loss = _core.rt_torch_nn_cosine_embedding_loss
_f_nn_cosine_similarity = _core.rt_torch_nn_cosine_similarity
_f_nn_cross_entropy_v2 = _core.rt_torch_nn_cross_entropy_v2
_f_nn_ctc_loss_intlist = _core.rt_torch_nn_ctc_loss_intlist
_f_nn_ctc_loss_tensor = _core.rt_torch_nn_ctc_loss_tensor
_f_nn_dropout = _core.rt_torch_nn_dropout
_f_nn_dropout2d = _core.rt_torch_nn_dropout2d
_f_nn_dropout3d = _core.rt_torch_nn_dropout3d
_f_nn_embedding_bag = _core.rt_torch_nn_embedding_bag
_f_nn_embedding_v2 = _core.rt_torch_nn_embedding_v2
_f_nn_gaussian_nll_loss = _core.rt_torch_nn_gaussian_nll_loss
_f_nn_gaussian_nll_loss_float = _core.rt_torch_nn_gaussian_nll_loss_float
_f_nn_glu = _core.rt_torch_nn_glu
_f_nn_grid_sample = _core.rt_torch_nn_grid_sample
_f_nn_group_norm = _core.rt_torch_nn_group_norm
_f_nn_hardswish = _core.rt_torch_nn_hardswish
_f_nn_hinge_embedding_loss = _core.rt_torch_nn_hinge_embedding_loss
_f_nn_huber_loss = _core.rt_torch_nn_huber_loss
_f_nn_instance_norm = _core.rt_torch_nn_instance_norm
_f_nn_interpolate = _core.rt_torch_nn_interpolate
_f_nn_kl_div = _core.rt_torch_nn_kl_div
_f_nn_l1_loss = _core.rt_torch_nn_l1_loss
_f_nn_layer_norm = _core.rt_torch_nn_layer_norm
_f_nn_linear_v2 = _core.rt_torch_nn_linear_v2
_f_nn_local_response_norm = _core.rt_torch_nn_local_response_norm
_f_nn_log_sigmoid = _core.rt_torch_nn_log_sigmoid
_f_nn_margin_ranking_loss = _core.rt_torch_nn_margin_ranking_loss
_f_nn_max_pool1d = _core.rt_torch_nn_max_pool1d
_f_nn_max_pool1d_with_indices = _core.rt_torch_nn_max_pool1d_with_indices
_f_nn_max_pool2d_v2 = _core.rt_torch_nn_max_pool2d_v2
_f_nn_max_pool2d_with_indices = _core.rt_torch_nn_max_pool2d_with_indices
_f_nn_max_pool3d = _core.rt_torch_nn_max_pool3d
_f_nn_max_pool3d_with_indices = _core.rt_torch_nn_max_pool3d_with_indices
_f_nn_max_unpool1d = _core.rt_torch_nn_max_unpool1d
_f_nn_max_unpool2d = _core.rt_torch_nn_max_unpool2d
_f_nn_max_unpool3d = _core.rt_torch_nn_max_unpool3d
_f_nn_mse_loss_v2 = _core.rt_torch_nn_mse_loss_v2
_f_nn_multi_margin_loss = _core.rt_torch_nn_multi_margin_loss
_f_nn_multilabel_margin_loss = _core.rt_torch_nn_multilabel_margin_loss
_f_nn_multilabel_soft_margin_loss = _core.rt_torch_nn_multilabel_soft_margin_loss
_f_nn_nll_loss_v2 = _core.rt_torch_nn_nll_loss_v2
_f_nn_normalize = _core.rt_torch_nn_normalize
_f_nn_one_hot = _core.rt_torch_nn_one_hot
_f_nn_pad = _core.rt_torch_nn_pad
_f_nn_pairwise_distance = _core.rt_torch_nn_pairwise_distance
_f_nn_pdist = _core.rt_torch_nn_pdist
_f_nn_pixel_shuffle = _core.rt_torch_nn_pixel_shuffle
_f_nn_pixel_unshuffle = _core.rt_torch_nn_pixel_unshuffle
_f_nn_poisson_nll_loss = _core.rt_torch_nn_poisson_nll_loss
_f_nn_rms_norm = _core.rt_torch_nn_rms_norm
_f_nn_scaled_dot_product_attention = _core.rt_torch_nn_scaled_dot_product_attention
_f_nn_smooth_l1_loss = _core.rt_torch_nn_smooth_l1_loss
_f_nn_soft_margin_loss = _core.rt_torch_nn_soft_margin_loss
_f_nn_triplet_margin_loss = _core.rt_torch_nn_triplet_margin_loss
_f_nn_unfold = _core.rt_torch_nn_unfold
_f_nn_upsample_bilinear = _core.rt_torch_nn_upsample_bilinear
_f_nn_upsample_nearest = _core.rt_torch_nn_upsample_nearest
_f_torchtensor_celu = _core.rt_torch_torchtensor_celu
_f_torchtensor_elu = _core.rt_torch_torchtensor_elu
_f_torchtensor_gelu_v2 = _core.rt_torch_torchtensor_gelu_v2
_f_torchtensor_hardshrink = _core.rt_torch_torchtensor_hardshrink
_f_torchtensor_hardsigmoid = _core.rt_torch_torchtensor_hardsigmoid
_f_torchtensor_hardtanh = _core.rt_torch_torchtensor_hardtanh
_f_torchtensor_leaky_relu = _core.rt_torch_torchtensor_leaky_relu
_f_torchtensor_log_softmax_int = _core.rt_torch_torchtensor_log_softmax_int
_f_torchtensor_mish = _core.rt_torch_torchtensor_mish
_f_torchtensor_prelu = _core.rt_torch_torchtensor_prelu
_f_torchtensor_relu = _core.rt_torch_torchtensor_relu
_f_torchtensor_relu6 = _core.rt_torch_torchtensor_relu6
_f_torchtensor_selu = _core.rt_torch_torchtensor_selu
_f_torchtensor_silu = _core.rt_torch_torchtensor_silu
_f_torchtensor_softmax_int = _core.rt_torch_torchtensor_softmax_int
_f_torchtensor_softmin = _core.rt_torch_torchtensor_softmin
_f_torchtensor_softplus = _core.rt_torch_torchtensor_softplus
_f_torchtensor_softshrink = _core.rt_torch_torchtensor_softshrink
_f_torchtensor_softsign = _core.rt_torch_torchtensor_softsign
_f_torchtensor_tanhshrink = _core.rt_torch_torchtensor_tanhshrink
_f_torchtensor_threshold = _core.rt_torch_torchtensor_threshold

# The forms of overloaded functions, as _runtime.match reads them.
_FORM_NN_CONV2D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("weight", "Tensor", False, False, False), ("bias", "Tensor?", True, False, False), ("stride", "int[]", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("groups", "int", True, False, False)))
_FORM_NN_CONV2D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("weight", "Tensor", False, False, False), ("bias", "Tensor?", True, False, False), ("stride", "int[]", True, False, False), ("padding", "str", True, False, False), ("dilation", "int[]", True, False, False), ("groups", "int", True, False, False)))
_FORM_NN_MAX_POOL2D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))
_FORM_NN_MAX_POOL2D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))
_FORM_NN_CONV1D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("weight", "Tensor", False, False, False), ("bias", "Tensor?", True, False, False), ("stride", "int[]", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("groups", "int", True, False, False)))
_FORM_NN_CONV1D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("weight", "Tensor", False, False, False), ("bias", "Tensor?", True, False, False), ("stride", "int[]", True, False, False), ("padding", "str", True, False, False), ("dilation", "int[]", True, False, False), ("groups", "int", True, False, False)))
_FORM_NN_CONV3D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("weight", "Tensor", False, False, False), ("bias", "Tensor?", True, False, False), ("stride", "int[]", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("groups", "int", True, False, False)))
_FORM_NN_CONV3D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("weight", "Tensor", False, False, False), ("bias", "Tensor?", True, False, False), ("stride", "int[]", True, False, False), ("padding", "str", True, False, False), ("dilation", "int[]", True, False, False), ("groups", "int", True, False, False)))
_FORM_NN_MAX_POOL1D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))
_FORM_NN_MAX_POOL1D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))
_FORM_NN_MAX_POOL3D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))
_FORM_NN_MAX_POOL3D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("dilation", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))
_FORM_NN_ADAPTIVE_MAX_POOL1D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("output_size", "int[]", False, False, False)))
_FORM_NN_ADAPTIVE_MAX_POOL1D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("output_size", "int[]", False, False, False)))
_FORM_NN_ADAPTIVE_MAX_POOL2D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("output_size", "int[]", False, False, False)))
_FORM_NN_ADAPTIVE_MAX_POOL2D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("output_size", "int[]", False, False, False)))
_FORM_NN_ADAPTIVE_MAX_POOL3D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("output_size", "int[]", False, False, False)))
_FORM_NN_ADAPTIVE_MAX_POOL3D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("output_size", "int[]", False, False, False)))
_FORM_NN_GAUSSIAN_NLL_LOSS_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("target", "Tensor", False, False, False), ("variance", "Tensor", False, False, False), ("full", "bool", True, False, False), ("eps", "float", True, False, False), ("reduction", "str", True, False, False)))
_FORM_NN_GAUSSIAN_NLL_LOSS_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("target", "Tensor", False, False, False), ("variance", "Scalar", False, False, False), ("full", "bool", True, False, False), ("eps", "float", True, False, False), ("reduction", "str", True, False, False)))
_FORM_NN_CTC_LOSS_0: _FormInfo = _form_info((("log_probs", "Tensor", False, False, False), ("targets", "Tensor", False, False, False), ("input_lengths", "Tensor", False, False, False), ("target_lengths", "Tensor", False, False, False), ("blank", "int", True, False, False), ("reduction", "str", True, False, False), ("zero_infinity", "bool", True, False, False)))
_FORM_NN_CTC_LOSS_1: _FormInfo = _form_info((("log_probs", "Tensor", False, False, False), ("targets", "Tensor", False, False, False), ("input_lengths", "int[]", False, False, False), ("target_lengths", "int[]", False, False, False), ("blank", "int", True, False, False), ("reduction", "str", True, False, False), ("zero_infinity", "bool", True, False, False)))


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


def _nn_conv1d_0(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor:
    """One form of torch_sffi.nn.conv1d."""
    stride_ = _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_conv1d(input, weight, bias, stride_, padding_, dilation_, groups)


def _nn_conv1d_1(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: Literal['valid', 'same'] = 'valid',
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor:
    """One form of torch_sffi.nn.conv1d."""
    stride_ = _ints(stride, "stride")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_conv1d_padding(input, weight, bias, stride_, _text(padding, "padding"), dilation_, groups)


def _nn_conv3d_0(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor:
    """One form of torch_sffi.nn.conv3d."""
    stride_ = _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_conv3d(input, weight, bias, stride_, padding_, dilation_, groups)


def _nn_conv3d_1(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: Literal['valid', 'same'] = 'valid',
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor:
    """One form of torch_sffi.nn.conv3d."""
    stride_ = _ints(stride, "stride")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_conv3d_padding(input, weight, bias, stride_, _text(padding, "padding"), dilation_, groups)


def _nn_max_pool1d_0(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
) -> Tensor:
    """One form of torch_sffi.nn.max_pool1d."""
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_max_pool1d(input, kernel_size_, stride_, stride is not None, padding_, dilation_, ceil_mode)


def _nn_max_pool1d_1(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
) -> _rt_types.nn_max_pool1d:
    """One form of torch_sffi.nn.max_pool1d."""
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    dilation_ = _ints(dilation, "dilation")
    return _tuple_new(_rt_types.nn_max_pool1d, _f_nn_max_pool1d_with_indices(input, kernel_size_, stride_, stride is not None, padding_, dilation_, ceil_mode))


def _nn_max_pool3d_0(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
) -> Tensor:
    """One form of torch_sffi.nn.max_pool3d."""
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_max_pool3d(input, kernel_size_, stride_, stride is not None, padding_, dilation_, ceil_mode)


def _nn_max_pool3d_1(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
) -> _rt_types.nn_max_pool3d:
    """One form of torch_sffi.nn.max_pool3d."""
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    dilation_ = _ints(dilation, "dilation")
    return _tuple_new(_rt_types.nn_max_pool3d, _f_nn_max_pool3d_with_indices(input, kernel_size_, stride_, stride is not None, padding_, dilation_, ceil_mode))


def _nn_adaptive_max_pool1d_0(input: Tensor, output_size: _int | Sequence[_int]) -> Tensor:
    """One form of torch_sffi.nn.adaptive_max_pool1d."""
    output_size_ = _ints(output_size, "output_size")
    return _f_nn_adaptive_max_pool1d(input, output_size_)


def _nn_adaptive_max_pool1d_1(
    input: Tensor,
    output_size: _int | Sequence[_int],
) -> _rt_types.nn_adaptive_max_pool1d:
    """One form of torch_sffi.nn.adaptive_max_pool1d."""
    output_size_ = _ints(output_size, "output_size")
    return _tuple_new(_rt_types.nn_adaptive_max_pool1d, _f_nn_adaptive_max_pool1d_with_indices(input, output_size_))


def _nn_adaptive_max_pool2d_0(input: Tensor, output_size: _int | Sequence[_int]) -> Tensor:
    """One form of torch_sffi.nn.adaptive_max_pool2d."""
    output_size_ = _ints(output_size, "output_size")
    return _f_nn_adaptive_max_pool2d(input, output_size_)


def _nn_adaptive_max_pool2d_1(
    input: Tensor,
    output_size: _int | Sequence[_int],
) -> _rt_types.nn_adaptive_max_pool2d:
    """One form of torch_sffi.nn.adaptive_max_pool2d."""
    output_size_ = _ints(output_size, "output_size")
    return _tuple_new(_rt_types.nn_adaptive_max_pool2d, _f_nn_adaptive_max_pool2d_with_indices(input, output_size_))


def _nn_adaptive_max_pool3d_0(input: Tensor, output_size: _int | Sequence[_int]) -> Tensor:
    """One form of torch_sffi.nn.adaptive_max_pool3d."""
    output_size_ = _ints(output_size, "output_size")
    return _f_nn_adaptive_max_pool3d(input, output_size_)


def _nn_adaptive_max_pool3d_1(
    input: Tensor,
    output_size: _int | Sequence[_int],
) -> _rt_types.nn_adaptive_max_pool3d:
    """One form of torch_sffi.nn.adaptive_max_pool3d."""
    output_size_ = _ints(output_size, "output_size")
    return _tuple_new(_rt_types.nn_adaptive_max_pool3d, _f_nn_adaptive_max_pool3d_with_indices(input, output_size_))


# The forms of each overloaded function with their implementations, as _core.dispatch reads them.
_DISPATCH_NN_CONV2D = ((_FORM_NN_CONV2D_0, _nn_conv2d_0), (_FORM_NN_CONV2D_1, _nn_conv2d_1),)
_DISPATCH_NN_CONV1D = ((_FORM_NN_CONV1D_0, _nn_conv1d_0), (_FORM_NN_CONV1D_1, _nn_conv1d_1),)
_DISPATCH_NN_CONV3D = ((_FORM_NN_CONV3D_0, _nn_conv3d_0), (_FORM_NN_CONV3D_1, _nn_conv3d_1),)


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


def hardswish(input: Tensor) -> Tensor:
    """Hard swish, x * relu6(x + 3) / 6, element-wise.

    Args:
        input: A floating-point input.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_hardswish. PyTorch: torch.nn.functional.hardswish.
    """
    return _f_nn_hardswish(input)


def elu(input: Tensor, alpha: Number = 1.0) -> Tensor:
    """Exponential linear unit, x for x > 0 and alpha * (exp(x) - 1) otherwise.

    Args:
        input: A floating-point input.
        alpha: The value the negative side tends to (as -alpha).

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_elu. PyTorch: torch.nn.functional.elu.
    """
    return _f_torchtensor_elu(input, alpha)


def celu(input: Tensor, alpha: Number = 1.0) -> Tensor:
    """Continuously differentiable ELU, max(0, x) + min(0, alpha * (exp(x / alpha) - 1)).

    Args:
        input: A floating-point input.
        alpha: The scale of the negative side; not 0.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_celu. PyTorch: torch.nn.functional.celu.
    """
    return _f_torchtensor_celu(input, alpha)


def selu(input: Tensor) -> Tensor:
    """Scaled exponential linear unit, ELU with PyTorch's fixed alpha and scale constants.

    Args:
        input: A floating-point input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_selu. PyTorch: torch.nn.functional.selu.
    """
    return _f_torchtensor_selu(input)


def silu(input: Tensor) -> Tensor:
    """Sigmoid linear unit (swish), x * sigmoid(x), element-wise.

    Args:
        input: A floating-point input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_silu. PyTorch: torch.nn.functional.silu.
    """
    return _f_torchtensor_silu(input)


def hardsigmoid(input: Tensor) -> Tensor:
    """Hard sigmoid, relu6(x + 3) / 6, element-wise.

    Args:
        input: A floating-point input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_hardsigmoid. PyTorch: torch.nn.functional.hardsigmoid.
    """
    return _f_torchtensor_hardsigmoid(input)


def logsigmoid(input: Tensor) -> Tensor:
    """The logarithm of the sigmoid, log(1 / (1 + exp(-x))), computed stably.

    Args:
        input: A floating-point input.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_log_sigmoid. PyTorch: torch.nn.functional.logsigmoid.
    """
    return _f_nn_log_sigmoid(input)


def mish(input: Tensor) -> Tensor:
    """Mish, x * tanh(softplus(x)), element-wise.

    Args:
        input: A floating-point input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_mish. PyTorch: torch.nn.functional.mish.
    """
    return _f_torchtensor_mish(input)


def softsign(input: Tensor) -> Tensor:
    """Softsign, x / (1 + |x|), element-wise.

    Args:
        input: The input (an integer input gives a floating-point result).

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_softsign. PyTorch: torch.nn.functional.softsign.
    """
    return _f_torchtensor_softsign(input)


def tanhshrink(input: Tensor) -> Tensor:
    """Tanhshrink, x - tanh(x), element-wise.

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_tanhshrink. PyTorch: torch.nn.functional.tanhshrink.
    """
    return _f_torchtensor_tanhshrink(input)


def threshold(input: Tensor, threshold: Number, value: Number) -> Tensor:
    """Replaces every element not greater than threshold by value.

    Args:
        input: The input.
        threshold: Elements at or below this are replaced.
        value: What replaces them.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_threshold. PyTorch: torch.nn.functional.threshold.
    """
    return _f_torchtensor_threshold(input, threshold, value)


def softshrink(input: Tensor, lambd: Number = 0.5) -> Tensor:
    """Soft shrinkage, x - lambd above lambd, x + lambd below -lambd, 0 between.

    Args:
        input: A floating-point input.
        lambd: The half-width of the zeroed band; not negative.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_softshrink. PyTorch: torch.nn.functional.softshrink.
    """
    return _f_torchtensor_softshrink(input, lambd)


def hardshrink(input: Tensor, lambd: Number = 0.5) -> Tensor:
    """Hard shrinkage, x where |x| > lambd and 0 elsewhere.

    Args:
        input: A floating-point input.
        lambd: The half-width of the zeroed band.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_hardshrink. PyTorch: torch.nn.functional.hardshrink.
    """
    return _f_torchtensor_hardshrink(input, lambd)


def hardtanh(input: Tensor, min_val: Number = -1.0, max_val: Number = 1.0) -> Tensor:
    """HardTanh, the input clamped to [min_val, max_val].

    Args:
        input: The input.
        min_val: The lower end of the linear region.
        max_val: The upper end of the linear region.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_hardtanh. PyTorch: torch.nn.functional.hardtanh.
    """
    return _f_torchtensor_hardtanh(input, min_val, max_val)


def relu6(input: Tensor) -> Tensor:
    """ReLU6, min(max(0, x), 6), element-wise.

    Args:
        input: The input.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_relu6. PyTorch: torch.nn.functional.relu6.
    """
    return _f_torchtensor_relu6(input)


def softplus(input: Tensor, beta: Number = 1, threshold: Number = 20) -> Tensor:
    """Softplus, log(1 + exp(beta * x)) / beta, linear where beta * x exceeds threshold.

    Args:
        input: A floating-point input.
        beta: The sharpness of the curve.
        threshold: Above this value of beta * x the result is x itself.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_softplus. PyTorch: torch.nn.functional.softplus.
    """
    return _f_torchtensor_softplus(input, beta, threshold)


def glu(input: Tensor, dim: _int = -1) -> Tensor:
    """Gated linear unit, a * sigmoid(b) where a and b are the two halves of input along
    dim.

    Args:
        input: A floating-point input whose size along dim is even.
        dim: The dimension to split; negative values count from the end.

    Returns:
        A new tensor, half the input's size along dim.

    Bridge: rt_torch_nn_glu. PyTorch: torch.nn.functional.glu.
    """
    return _f_nn_glu(input, dim)


def prelu(input: Tensor, weight: Tensor) -> Tensor:
    """Parametric ReLU, max(0, x) + weight * min(0, x) with a learnable slope per channel.

    Args:
        input: A floating-point input; dimension 1 holds the channels.
        weight: The slopes: one element, or one per channel.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_prelu. PyTorch: torch.nn.functional.prelu.
    """
    return _f_torchtensor_prelu(input, weight)


def softmin(input: Tensor, dim: _int | None = None, *, dtype: DType | None = None) -> Tensor:
    """Softmin along a dimension, softmax(-input), optionally computed in another dtype.

    Args:
        input: The input.
        dim: The dimension that sums to 1; None for PyTorch's legacy choice (0 for 0-,
            1- and 3-d inputs, else 1).
        dtype: Convert the input to this dtype first; None keeps it.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_softmin. PyTorch: torch.nn.functional.softmin.
    """
    return _f_torchtensor_softmin(input, 0 if dim is None else dim, dim is not None, dtype)


def l1_loss(
    input: Tensor,
    target: Tensor,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
    weight: Tensor | None = None,
) -> Tensor:
    """Mean absolute error between input and target, optionally weighted, reduced as asked.

    Args:
        input: The prediction.
        target: The target, broadcastable to input (with PyTorch's warning when the
            sizes differ).
        reduction: none for the element-wise losses, mean or sum to reduce them.
        weight: A weight per element, of input's size; the mean is then divided by the
            sum of the weights. None for equal weights.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_l1_loss. PyTorch: torch.nn.functional.l1_loss.
    """
    return _f_nn_l1_loss(input, target, _text(reduction, "reduction"), weight)


def smooth_l1_loss(
    input: Tensor,
    target: Tensor,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
    beta: _float = 1.0,
) -> Tensor:
    """Smooth L1 loss, quadratic below beta and linear above, reduced as asked.

    Args:
        input: The prediction.
        target: The target, broadcastable to input (with PyTorch's warning when the
            sizes differ).
        reduction: none for the element-wise losses, mean or sum to reduce them.
        beta: Where the loss turns from quadratic to linear; 0 for the L1 loss; not
            negative.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_smooth_l1_loss. PyTorch: torch.nn.functional.smooth_l1_loss.
    """
    return _f_nn_smooth_l1_loss(input, target, _text(reduction, "reduction"), beta)


def huber_loss(
    input: Tensor,
    target: Tensor,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
    delta: _float = 1.0,
    weight: Tensor | None = None,
) -> Tensor:
    """Huber loss, quadratic below delta and delta-scaled linear above, optionally
    weighted, reduced as asked.

    Args:
        input: The prediction.
        target: The target, broadcastable to input (with PyTorch's warning when the
            sizes differ).
        reduction: none for the element-wise losses, mean or sum to reduce them.
        delta: Where the loss turns from quadratic to linear; positive.
        weight: A weight per element, of input's size; None for equal weights.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_huber_loss. PyTorch: torch.nn.functional.huber_loss.
    """
    return _f_nn_huber_loss(input, target, _text(reduction, "reduction"), delta, weight)


def soft_margin_loss(
    input: Tensor,
    target: Tensor,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Two-class logistic loss log(1 + exp(-target * input)), reduced as asked.

    Args:
        input: The scores.
        target: The labels, 1 or -1, shaped like input.
        reduction: none for the element-wise losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_soft_margin_loss. PyTorch: torch.nn.functional.soft_margin_loss.
    """
    return _f_nn_soft_margin_loss(input, target, _text(reduction, "reduction"))


def margin_ranking_loss(
    input1: Tensor,
    input2: Tensor,
    target: Tensor,
    margin: _float = 0.0,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Ranking loss max(0, -target * (input1 - input2) + margin), reduced as asked.

    Args:
        input1: The first scores.
        input2: The second scores, of input1's dimension count.
        target: 1 where input1 should rank higher, -1 where input2 should; of input1's
            dimension count.
        margin: The margin by which the right one should win.
        reduction: none for the element-wise losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_margin_ranking_loss. PyTorch: torch.nn.functional.margin_ranking_loss.
    """
    return _f_nn_margin_ranking_loss(input1, input2, target, margin, _text(reduction, "reduction"))


def multi_margin_loss(
    input: Tensor,
    target: Tensor,
    p: _int = 1,
    margin: _float = 1.0,
    weight: Tensor | None = None,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Multi-class hinge loss between scores and class indices, with a power, a margin and
    class weights.

    Args:
        input: Scores of shape (N, C) or (C).
        target: int64 class indices of shape (N) or ().
        p: The power of each hinge term: 1 or 2.
        margin: The margin.
        weight: A weight per class, of shape (C); None for equal weights.
        reduction: none for the per-sample losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_multi_margin_loss. PyTorch: torch.nn.functional.multi_margin_loss.
    """
    return _f_nn_multi_margin_loss(input, target, p, margin, weight, _text(reduction, "reduction"))


def multilabel_margin_loss(
    input: Tensor,
    target: Tensor,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Multi-label hinge loss between scores and target class lists, reduced as asked.

    Args:
        input: Scores of shape (N, C) or (C).
        target: int64 class indices shaped like input, each row's list ended by -1 (or
            filling the row).
        reduction: none for the per-sample losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_multilabel_margin_loss. PyTorch: torch.nn.functional.multilabel_margin_loss.
    """
    return _f_nn_multilabel_margin_loss(input, target, _text(reduction, "reduction"))


def multilabel_soft_margin_loss(
    input: Tensor,
    target: Tensor,
    weight: Tensor | None = None,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Multi-label one-versus-all logistic loss, averaged over the classes, with class
    weights.

    Args:
        input: Scores of shape (N, C) or (C).
        target: Labels in {0, 1}, shaped like input.
        weight: A weight per class, broadcastable to input; None for equal weights.
        reduction: none for the per-sample losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_multilabel_soft_margin_loss. PyTorch: torch.nn.functional.multilabel_soft_margin_loss.
    """
    return _f_nn_multilabel_soft_margin_loss(input, target, weight, _text(reduction, "reduction"))


def hinge_embedding_loss(
    input: Tensor,
    target: Tensor,
    margin: _float = 1.0,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Hinge embedding loss, x where target is 1 and max(0, margin - x) where it is -1,
    reduced as asked.

    Args:
        input: The distances.
        target: The labels, 1 or -1, shaped like input.
        margin: The margin for the dissimilar pairs.
        reduction: none for the element-wise losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_hinge_embedding_loss. PyTorch: torch.nn.functional.hinge_embedding_loss.
    """
    return _f_nn_hinge_embedding_loss(input, target, margin, _text(reduction, "reduction"))


def cosine_embedding_loss(
    input1: Tensor,
    input2: Tensor,
    target: Tensor,
    margin: _float = 0.0,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Cosine embedding loss, 1 - cos(x1, x2) for similar pairs and max(0, cos(x1, x2) -
    margin) for dissimilar ones.

    Args:
        input1: The first vectors, of shape (N, D) or (D).
        input2: The second vectors, shaped like input1.
        target: 1 for a similar pair, -1 for a dissimilar one, of shape (N) or ().
        margin: The margin for the dissimilar pairs, in [-1, 1].
        reduction: none for the per-pair losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_cosine_embedding_loss. PyTorch: torch.nn.functional.cosine_embedding_loss.
    """
    return _f_nn_cosine_embedding_loss(input1, input2, target, margin, _text(reduction, "reduction"))


def kl_div(
    input: Tensor,
    target: Tensor,
    *,
    reduction: Literal['none', 'batchmean', 'sum', 'mean'] = 'mean',
    log_target: _bool = False,
) -> Tensor:
    """Kullback-Leibler divergence of target from log-probabilities, reduced as asked
    (batchmean for the true divergence).

    Args:
        input: Log-probabilities.
        target: Probabilities (log-probabilities when log_target), shaped like input.
        reduction: none for the element-wise terms; batchmean for the sum divided by the
            batch size; sum; mean over every element (PyTorch warns that it will become
            batchmean).
        log_target: target holds log-probabilities.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_kl_div. PyTorch: torch.nn.functional.kl_div.
    """
    return _f_nn_kl_div(input, target, _text(reduction, "reduction"), log_target)


def poisson_nll_loss(
    input: Tensor,
    target: Tensor,
    log_input: _bool = True,
    full: _bool = False,
    *,
    eps: _float = 1e-08,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Negative log-likelihood of targets under Poisson distributions with the given rates,
    reduced as asked.

    Args:
        input: The rates (their logarithms when log_input).
        target: The observed counts, shaped like input.
        log_input: input holds log-rates: the loss is exp(input) - target * input; else
            input - target * log(input + eps).
        full: Add the Stirling approximation of log(target!).
        eps: Added to input inside the logarithm when log_input is false.
        reduction: none for the element-wise losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_poisson_nll_loss. PyTorch: torch.nn.functional.poisson_nll_loss.
    """
    return _f_nn_poisson_nll_loss(input, target, log_input, full, eps, _text(reduction, "reduction"))


def binary_cross_entropy_with_logits(
    input: Tensor,
    target: Tensor,
    weight: Tensor | None = None,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
    pos_weight: Tensor | None = None,
) -> Tensor:
    """Binary cross-entropy between logits and targets, computed stably, with element and
    positive-class weights.

    Args:
        input: Logits.
        target: Targets in [0, 1], of input's size.
        weight: A weight per element, broadcastable to input; None for equal weights.
        reduction: none for the element-wise losses, mean or sum to reduce them.
        pos_weight: A weight of the positive examples per class, broadcastable to input;
            None for 1.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_binary_cross_entropy_with_logits. PyTorch: torch.nn.functional.binary_cross_entropy_with_logits.
    """
    return _f_nn_binary_cross_entropy_with_logits(input, target, weight, _text(reduction, "reduction"), pos_weight)


def triplet_margin_loss(
    anchor: Tensor,
    positive: Tensor,
    negative: Tensor,
    margin: _float = 1.0,
    p: _float = 2.0,
    eps: _float = 1e-06,
    swap: _bool = False,
    *,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """Triplet loss max(d(anchor, positive) - d(anchor, negative) + margin, 0) with p-norm
    distances.

    Args:
        anchor: The anchors, of shape (N, D) or (D).
        positive: The positive examples, shaped like anchor.
        negative: The negative examples, shaped like anchor.
        margin: The margin; positive.
        p: The norm degree of the pairwise distance.
        eps: Added to the differences for numerical stability.
        swap: Use the positive-negative distance when it is smaller (the distance swap).
        reduction: none for the per-triplet losses, mean or sum to reduce them.

    Returns:
        A new tensor (0-d when reduced).

    Bridge: rt_torch_nn_triplet_margin_loss. PyTorch: torch.nn.functional.triplet_margin_loss.
    """
    return _f_nn_triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, _text(reduction, "reduction"))


@overload
def conv1d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor: ...

@overload
def conv1d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: Literal['valid', 'same'] = 'valid',
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor: ...

def conv1d(*args: Any, **kwargs: Any) -> Any:
    """conv1d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    conv1d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride: _int | Sequence[_int] = 1, padding: _int | Sequence[_int] = 0, dilation: _int | Sequence[_int] = 1, groups: _int = 1)
        1-D convolution with numeric padding.

    conv1d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride: _int | Sequence[_int] = 1, padding: Literal['valid', 'same'] = 'valid', dilation: _int | Sequence[_int] = 1, groups: _int = 1)
        1-D convolution with padding given by name.

    Bridge: rt_torch_nn_conv1d, rt_torch_nn_conv1d_padding. PyTorch: torch.nn.functional.conv1d.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_NN_CONV1D)
    if _r is not NotImplemented:
        return _r
    _no_match("conv1d", args, kwargs, (_FORM_NN_CONV1D_0, _FORM_NN_CONV1D_1,))


@overload
def conv3d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor: ...

@overload
def conv3d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: Literal['valid', 'same'] = 'valid',
    dilation: _int | Sequence[_int] = 1,
    groups: _int = 1,
) -> Tensor: ...

def conv3d(*args: Any, **kwargs: Any) -> Any:
    """conv3d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    conv3d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride: _int | Sequence[_int] = 1, padding: _int | Sequence[_int] = 0, dilation: _int | Sequence[_int] = 1, groups: _int = 1)
        3-D convolution with numeric padding.

    conv3d(input: Tensor, weight: Tensor, bias: Tensor | None = None, stride: _int | Sequence[_int] = 1, padding: Literal['valid', 'same'] = 'valid', dilation: _int | Sequence[_int] = 1, groups: _int = 1)
        3-D convolution with padding given by name.

    Bridge: rt_torch_nn_conv3d, rt_torch_nn_conv3d_padding. PyTorch: torch.nn.functional.conv3d.
    """
    _r = _dispatch(None, args, kwargs, _DISPATCH_NN_CONV3D)
    if _r is not NotImplemented:
        return _r
    _no_match("conv3d", args, kwargs, (_FORM_NN_CONV3D_0, _FORM_NN_CONV3D_1,))


def conv_transpose1d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: _int | Sequence[_int] = 0,
    output_padding: _int | Sequence[_int] = 0,
    groups: _int = 1,
    dilation: _int | Sequence[_int] = 1,
) -> Tensor:
    """1-D transposed convolution (the gradient of conv1d with respect to its input).

    Args:
        input: The input, of shape (N, C_in, L) or (C_in, L).
        weight: The filters, of shape (C_in, C_out / groups, kL).
        bias: The bias of shape (C_out); None for none.
        stride: The step of the window.
        padding: dilation * (kernel_size - 1) - padding zeros of implicit padding on
            both sides of the input.
        output_padding: Extra size added to one side of each output dimension.
        groups: The number of blocked connections from input to output channels.
        dilation: The spacing between kernel elements.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_conv_transpose1d. PyTorch: torch.nn.functional.conv_transpose1d.
    """
    stride_ = _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    output_padding_ = _ints(output_padding, "output_padding")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_conv_transpose1d(input, weight, bias, stride_, padding_, output_padding_, groups, dilation_)


def conv_transpose2d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: _int | Sequence[_int] = 0,
    output_padding: _int | Sequence[_int] = 0,
    groups: _int = 1,
    dilation: _int | Sequence[_int] = 1,
) -> Tensor:
    """2-D transposed convolution (the gradient of conv2d with respect to its input).

    Args:
        input: The input, of shape (N, C_in, H, W) or (C_in, H, W).
        weight: The filters, of shape (C_in, C_out / groups, kH, kW).
        bias: The bias of shape (C_out); None for none.
        stride: The step of the window.
        padding: dilation * (kernel_size - 1) - padding zeros of implicit padding on
            both sides of the input.
        output_padding: Extra size added to one side of each output dimension.
        groups: The number of blocked connections from input to output channels.
        dilation: The spacing between kernel elements.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_conv_transpose2d. PyTorch: torch.nn.functional.conv_transpose2d.
    """
    stride_ = _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    output_padding_ = _ints(output_padding, "output_padding")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_conv_transpose2d(input, weight, bias, stride_, padding_, output_padding_, groups, dilation_)


def conv_transpose3d(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    stride: _int | Sequence[_int] = 1,
    padding: _int | Sequence[_int] = 0,
    output_padding: _int | Sequence[_int] = 0,
    groups: _int = 1,
    dilation: _int | Sequence[_int] = 1,
) -> Tensor:
    """3-D transposed convolution (the gradient of conv3d with respect to its input).

    Args:
        input: The input, of shape (N, C_in, D, H, W) or (C_in, D, H, W).
        weight: The filters, of shape (C_in, C_out / groups, kD, kH, kW).
        bias: The bias of shape (C_out); None for none.
        stride: The step of the window.
        padding: dilation * (kernel_size - 1) - padding zeros of implicit padding on
            both sides of the input.
        output_padding: Extra size added to one side of each output dimension.
        groups: The number of blocked connections from input to output channels.
        dilation: The spacing between kernel elements.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_conv_transpose3d. PyTorch: torch.nn.functional.conv_transpose3d.
    """
    stride_ = _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    output_padding_ = _ints(output_padding, "output_padding")
    dilation_ = _ints(dilation, "dilation")
    return _f_nn_conv_transpose3d(input, weight, bias, stride_, padding_, output_padding_, groups, dilation_)


def avg_pool1d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    ceil_mode: _bool = False,
    count_include_pad: _bool = True,
) -> Tensor:
    """1-D average pooling with ceil mode and padding counting.

    Args:
        input: The input, of shape (N, C, L) or (C, L).
        kernel_size: The size of the window.
        stride: The step of the window; None for kernel_size.
        padding: Implicit zero padding on both sides; at most half the kernel size.
        ceil_mode: Round the output size up instead of down.
        count_include_pad: Count the zero padding in the average.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_avg_pool1d. PyTorch: torch.nn.functional.avg_pool1d.
    """
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    return _f_nn_avg_pool1d(input, kernel_size_, stride_, stride is not None, padding_, ceil_mode, count_include_pad)


@overload
def max_pool1d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
    return_indices: Literal[False] = False,
) -> Tensor: ...

@overload
def max_pool1d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
    *,
    return_indices: Literal[True],
) -> _rt_types.nn_max_pool1d: ...

def max_pool1d(*args: Any, **kwargs: Any) -> Any:
    """max_pool1d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    max_pool1d(input: Tensor, kernel_size: _int | Sequence[_int], stride: _int | Sequence[_int] | None = None, padding: _int | Sequence[_int] = 0, dilation: _int | Sequence[_int] = 1, ceil_mode: _bool = False)
        1-D max pooling with dilation and ceil mode.

    max_pool1d(input: Tensor, kernel_size: _int | Sequence[_int], stride: _int | Sequence[_int] | None = None, padding: _int | Sequence[_int] = 0, dilation: _int | Sequence[_int] = 1, ceil_mode: _bool = False)
        1-D max pooling that also returns where each maximum came from.

    Bridge: rt_torch_nn_max_pool1d, rt_torch_nn_max_pool1d_with_indices. PyTorch: torch.nn.functional.max_pool1d.
    """
    return_indices, args, kwargs = _take_flag(args, kwargs, "return_indices", 6)
    _b = _match(args, kwargs, _FORM_NN_MAX_POOL1D_0)
    if _b is not None and not return_indices:
        return _nn_max_pool1d_0(**_b)
    _b = _match(args, kwargs, _FORM_NN_MAX_POOL1D_1)
    if _b is not None and return_indices:
        return _nn_max_pool1d_1(**_b)
    _no_match("max_pool1d", args, kwargs, (_FORM_NN_MAX_POOL1D_0, _FORM_NN_MAX_POOL1D_1,))


def avg_pool3d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    ceil_mode: _bool = False,
    count_include_pad: _bool = True,
    divisor_override: _int | None = None,
) -> Tensor:
    """3-D average pooling with ceil mode and padding counting and a divisor override.

    Args:
        input: The input, of shape (N, C, D, H, W) or (C, D, H, W).
        kernel_size: The size of the window.
        stride: The step of the window; None for kernel_size.
        padding: Implicit zero padding on both sides; at most half the kernel size.
        ceil_mode: Round the output size up instead of down.
        count_include_pad: Count the zero padding in the average.
        divisor_override: Divide by this instead of the window size; None for the window
            size.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_avg_pool3d. PyTorch: torch.nn.functional.avg_pool3d.
    """
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    return _f_nn_avg_pool3d(input, kernel_size_, stride_, stride is not None, padding_, ceil_mode, count_include_pad, 0 if divisor_override is None else divisor_override, divisor_override is not None)


@overload
def max_pool3d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
    return_indices: Literal[False] = False,
) -> Tensor: ...

@overload
def max_pool3d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    dilation: _int | Sequence[_int] = 1,
    ceil_mode: _bool = False,
    *,
    return_indices: Literal[True],
) -> _rt_types.nn_max_pool3d: ...

def max_pool3d(*args: Any, **kwargs: Any) -> Any:
    """max_pool3d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    max_pool3d(input: Tensor, kernel_size: _int | Sequence[_int], stride: _int | Sequence[_int] | None = None, padding: _int | Sequence[_int] = 0, dilation: _int | Sequence[_int] = 1, ceil_mode: _bool = False)
        3-D max pooling with dilation and ceil mode.

    max_pool3d(input: Tensor, kernel_size: _int | Sequence[_int], stride: _int | Sequence[_int] | None = None, padding: _int | Sequence[_int] = 0, dilation: _int | Sequence[_int] = 1, ceil_mode: _bool = False)
        3-D max pooling that also returns where each maximum came from.

    Bridge: rt_torch_nn_max_pool3d, rt_torch_nn_max_pool3d_with_indices. PyTorch: torch.nn.functional.max_pool3d.
    """
    return_indices, args, kwargs = _take_flag(args, kwargs, "return_indices", 6)
    _b = _match(args, kwargs, _FORM_NN_MAX_POOL3D_0)
    if _b is not None and not return_indices:
        return _nn_max_pool3d_0(**_b)
    _b = _match(args, kwargs, _FORM_NN_MAX_POOL3D_1)
    if _b is not None and return_indices:
        return _nn_max_pool3d_1(**_b)
    _no_match("max_pool3d", args, kwargs, (_FORM_NN_MAX_POOL3D_0, _FORM_NN_MAX_POOL3D_1,))


def adaptive_avg_pool1d(input: Tensor, output_size: _int | Sequence[_int]) -> Tensor:
    """1-D adaptive average pooling to a given output size.

    Args:
        input: The input, of shape (N, C, L) or (C, L).
        output_size: The size of the output's trailing 1 dimension.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_adaptive_avg_pool1d. PyTorch: torch.nn.functional.adaptive_avg_pool1d.
    """
    output_size_ = _ints(output_size, "output_size")
    return _f_nn_adaptive_avg_pool1d(input, output_size_)


@overload
def adaptive_max_pool1d(
    input: Tensor,
    output_size: _int | Sequence[_int],
    return_indices: Literal[False] = False,
) -> Tensor: ...

@overload
def adaptive_max_pool1d(
    input: Tensor,
    output_size: _int | Sequence[_int],
    *,
    return_indices: Literal[True],
) -> _rt_types.nn_adaptive_max_pool1d: ...

def adaptive_max_pool1d(*args: Any, **kwargs: Any) -> Any:
    """adaptive_max_pool1d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    adaptive_max_pool1d(input: Tensor, output_size: _int | Sequence[_int])
        1-D adaptive max pooling to a given output size.

    adaptive_max_pool1d(input: Tensor, output_size: _int | Sequence[_int])
        1-D adaptive max pooling that also returns where each maximum came from.

    Bridge: rt_torch_nn_adaptive_max_pool1d, rt_torch_nn_adaptive_max_pool1d_with_indices. PyTorch: torch.nn.functional.adaptive_max_pool1d.
    """
    return_indices, args, kwargs = _take_flag(args, kwargs, "return_indices", 2)
    _b = _match(args, kwargs, _FORM_NN_ADAPTIVE_MAX_POOL1D_0)
    if _b is not None and not return_indices:
        return _nn_adaptive_max_pool1d_0(**_b)
    _b = _match(args, kwargs, _FORM_NN_ADAPTIVE_MAX_POOL1D_1)
    if _b is not None and return_indices:
        return _nn_adaptive_max_pool1d_1(**_b)
    _no_match("adaptive_max_pool1d", args, kwargs, (_FORM_NN_ADAPTIVE_MAX_POOL1D_0, _FORM_NN_ADAPTIVE_MAX_POOL1D_1,))


def adaptive_avg_pool2d(input: Tensor, output_size: _int | Sequence[_int]) -> Tensor:
    """2-D adaptive average pooling to a given output size.

    Args:
        input: The input, of shape (N, C, H, W) or (C, H, W).
        output_size: The size of the output's trailing 2 dimensions.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_adaptive_avg_pool2d. PyTorch: torch.nn.functional.adaptive_avg_pool2d.
    """
    output_size_ = _ints(output_size, "output_size")
    return _f_nn_adaptive_avg_pool2d(input, output_size_)


@overload
def adaptive_max_pool2d(
    input: Tensor,
    output_size: _int | Sequence[_int],
    return_indices: Literal[False] = False,
) -> Tensor: ...

@overload
def adaptive_max_pool2d(
    input: Tensor,
    output_size: _int | Sequence[_int],
    *,
    return_indices: Literal[True],
) -> _rt_types.nn_adaptive_max_pool2d: ...

def adaptive_max_pool2d(*args: Any, **kwargs: Any) -> Any:
    """adaptive_max_pool2d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    adaptive_max_pool2d(input: Tensor, output_size: _int | Sequence[_int])
        2-D adaptive max pooling to a given output size.

    adaptive_max_pool2d(input: Tensor, output_size: _int | Sequence[_int])
        2-D adaptive max pooling that also returns where each maximum came from.

    Bridge: rt_torch_nn_adaptive_max_pool2d, rt_torch_nn_adaptive_max_pool2d_with_indices. PyTorch: torch.nn.functional.adaptive_max_pool2d.
    """
    return_indices, args, kwargs = _take_flag(args, kwargs, "return_indices", 2)
    _b = _match(args, kwargs, _FORM_NN_ADAPTIVE_MAX_POOL2D_0)
    if _b is not None and not return_indices:
        return _nn_adaptive_max_pool2d_0(**_b)
    _b = _match(args, kwargs, _FORM_NN_ADAPTIVE_MAX_POOL2D_1)
    if _b is not None and return_indices:
        return _nn_adaptive_max_pool2d_1(**_b)
    _no_match("adaptive_max_pool2d", args, kwargs, (_FORM_NN_ADAPTIVE_MAX_POOL2D_0, _FORM_NN_ADAPTIVE_MAX_POOL2D_1,))


def adaptive_avg_pool3d(input: Tensor, output_size: _int | Sequence[_int]) -> Tensor:
    """3-D adaptive average pooling to a given output size.

    Args:
        input: The input, of shape (N, C, D, H, W) or (C, D, H, W).
        output_size: The size of the output's trailing 3 dimensions.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_adaptive_avg_pool3d. PyTorch: torch.nn.functional.adaptive_avg_pool3d.
    """
    output_size_ = _ints(output_size, "output_size")
    return _f_nn_adaptive_avg_pool3d(input, output_size_)


@overload
def adaptive_max_pool3d(
    input: Tensor,
    output_size: _int | Sequence[_int],
    return_indices: Literal[False] = False,
) -> Tensor: ...

@overload
def adaptive_max_pool3d(
    input: Tensor,
    output_size: _int | Sequence[_int],
    *,
    return_indices: Literal[True],
) -> _rt_types.nn_adaptive_max_pool3d: ...

def adaptive_max_pool3d(*args: Any, **kwargs: Any) -> Any:
    """adaptive_max_pool3d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    adaptive_max_pool3d(input: Tensor, output_size: _int | Sequence[_int])
        3-D adaptive max pooling to a given output size.

    adaptive_max_pool3d(input: Tensor, output_size: _int | Sequence[_int])
        3-D adaptive max pooling that also returns where each maximum came from.

    Bridge: rt_torch_nn_adaptive_max_pool3d, rt_torch_nn_adaptive_max_pool3d_with_indices. PyTorch: torch.nn.functional.adaptive_max_pool3d.
    """
    return_indices, args, kwargs = _take_flag(args, kwargs, "return_indices", 2)
    _b = _match(args, kwargs, _FORM_NN_ADAPTIVE_MAX_POOL3D_0)
    if _b is not None and not return_indices:
        return _nn_adaptive_max_pool3d_0(**_b)
    _b = _match(args, kwargs, _FORM_NN_ADAPTIVE_MAX_POOL3D_1)
    if _b is not None and return_indices:
        return _nn_adaptive_max_pool3d_1(**_b)
    _no_match("adaptive_max_pool3d", args, kwargs, (_FORM_NN_ADAPTIVE_MAX_POOL3D_0, _FORM_NN_ADAPTIVE_MAX_POOL3D_1,))


def group_norm(
    input: Tensor,
    num_groups: _int,
    weight: Tensor | None = None,
    bias: Tensor | None = None,
    eps: _float = 1e-05,
) -> Tensor:
    """Group normalisation over groups of channels, with a per-channel scale and shift.

    Args:
        input: The input, of shape (N, C, *).
        num_groups: The number of groups C is divided into; divides C.
        weight: The scale, of shape (C); None for none.
        bias: The shift, of shape (C); None for none.
        eps: Added to the variance for numerical stability.

    Returns:
        A new tensor shaped like input.

    Bridge: rt_torch_nn_group_norm. PyTorch: torch.nn.functional.group_norm.
    """
    return _f_nn_group_norm(input, num_groups, weight, bias, eps)


def instance_norm(
    input: Tensor,
    running_mean: Tensor | None = None,
    running_var: Tensor | None = None,
    weight: Tensor | None = None,
    bias: Tensor | None = None,
    use_input_stats: _bool = True,
    momentum: _float = 0.1,
    eps: _float = 1e-05,
) -> Tensor:
    """Instance normalisation of every channel of every sample, optionally updating running
    statistics.

    Args:
        input: The input, of shape (N, C, *) with more than one spatial element when
            use_input_stats.
        running_mean: The running mean of shape (C), updated in place when
            use_input_stats; None for none.
        running_var: The running variance of shape (C), updated in place when
            use_input_stats; None for none.
        weight: The scale, of shape (C); None for none.
        bias: The shift, of shape (C); None for none.
        use_input_stats: Normalise by each instance's statistics (true) or by the
            running ones (false).
        momentum: The weight of the new statistics in the running ones.
        eps: Added to the variance for numerical stability.

    Returns:
        A new tensor shaped like input.

    Bridge: rt_torch_nn_instance_norm. PyTorch: torch.nn.functional.instance_norm.
    """
    return _f_nn_instance_norm(input, running_mean, running_var, weight, bias, use_input_stats, momentum, eps)


def rms_norm(
    input: Tensor,
    normalized_shape: _int | Sequence[_int],
    weight: Tensor | None = None,
    eps: _float | None = None,
) -> Tensor:
    """Root-mean-square normalisation over the trailing dimensions, with an element-wise
    scale.

    Args:
        input: The input.
        normalized_shape: The trailing shape to normalise over.
        weight: The scale, shaped like normalized_shape; None for none.
        eps: Added to the mean square for numerical stability; None for the machine
            epsilon of input's dtype.

    Returns:
        A new tensor shaped like input.

    Bridge: rt_torch_nn_rms_norm. PyTorch: torch.nn.functional.rms_norm.
    """
    normalized_shape_ = _ints(normalized_shape, "normalized_shape")
    return _f_nn_rms_norm(input, normalized_shape_, weight, 0.0 if eps is None else eps, eps is not None)


def local_response_norm(
    input: Tensor,
    size: _int,
    alpha: _float = 0.0001,
    beta: _float = 0.75,
    k: _float = 1.0,
) -> Tensor:
    """Local response normalisation across neighbouring channels.

    Args:
        input: The input, of shape (N, C, *) with at least 3 dimensions.
        size: The number of neighbouring channels to normalise over.
        alpha: The multiplicative factor.
        beta: The exponent.
        k: The additive factor.

    Returns:
        A new tensor shaped like input.

    Bridge: rt_torch_nn_local_response_norm. PyTorch: torch.nn.functional.local_response_norm.
    """
    return _f_nn_local_response_norm(input, size, alpha, beta, k)


def normalize(input: Tensor, p: _float = 2.0, dim: _int = 1, eps: _float = 1e-12) -> Tensor:
    """Divides the input by its p-norm along a dimension, clamped below by eps.

    Args:
        input: A floating-point input.
        p: The norm degree.
        dim: The dimension to normalise along; negative values count from the end.
        eps: The smallest norm divided by.

    Returns:
        A new tensor shaped like input.

    Bridge: rt_torch_nn_normalize. PyTorch: torch.nn.functional.normalize.
    """
    return _f_nn_normalize(input, p, dim, eps)


def pad(
    input: Tensor,
    pad: _int | Sequence[_int],
    mode: Literal['constant', 'reflect', 'replicate', 'circular'] = 'constant',
    value: _float | None = None,
) -> Tensor:
    """Pads (or, with negative sizes, crops) the trailing dimensions, with a constant or
    from the input's edges.

    Args:
        input: The input.
        pad: Pairs of (before, after) sizes, from the last dimension backwards: an even
            length of at most 2 * input.dim().
        mode: constant, reflect, replicate or circular (the last three pad at most 3
            trailing dimensions).
        value: The fill value of constant padding; None for 0.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_pad. PyTorch: torch.nn.functional.pad.
    """
    pad_ = _ints(pad, "pad")
    return _f_nn_pad(input, pad_, _text(mode, "mode"), 0.0 if value is None else value, value is not None)


def unfold(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    dilation: _int | Sequence[_int] = 1,
    padding: _int | Sequence[_int] = 0,
    stride: _int | Sequence[_int] = 1,
) -> Tensor:
    """Extracts sliding local blocks of a batch of images as columns (im2col).

    Args:
        input: The input, of shape (N, C, H, W) or (C, H, W).
        kernel_size: The size of the blocks.
        dilation: The spacing between block elements.
        padding: Implicit zero padding on both sides.
        stride: The step of the blocks.

    Returns:
        A new tensor of shape (N, C * kH * kW, L) or (C * kH * kW, L), L the number of
        blocks.

    Bridge: rt_torch_nn_unfold. PyTorch: torch.nn.functional.unfold.
    """
    kernel_size_ = _ints(kernel_size, "kernel_size")
    dilation_ = _ints(dilation, "dilation")
    padding_ = _ints(padding, "padding")
    stride_ = _ints(stride, "stride")
    return _f_nn_unfold(input, kernel_size_, dilation_, padding_, stride_)


def cosine_similarity(x1: Tensor, x2: Tensor, dim: _int = 1, eps: _float = 1e-08) -> Tensor:
    """The cosine similarity of x1 and x2 along a dimension (broadcasting).

    Args:
        x1: The first input.
        x2: The second input, broadcastable to x1.
        dim: The dimension to compute it along.
        eps: The smallest norm divided by.

    Returns:
        A new tensor without dim.

    Bridge: rt_torch_nn_cosine_similarity. PyTorch: torch.nn.functional.cosine_similarity.
    """
    return _f_nn_cosine_similarity(x1, x2, dim, eps)


def pairwise_distance(
    x1: Tensor,
    x2: Tensor,
    p: _float = 2.0,
    eps: _float = 1e-06,
    keepdim: _bool = False,
) -> Tensor:
    """The p-norm distance between matching rows of x1 and x2.

    Args:
        x1: The first vectors, of shape (N, D) or (D).
        x2: The second vectors, broadcastable to x1.
        p: The norm degree.
        eps: Added to the differences to avoid division by zero.
        keepdim: Keep the reduced last dimension with size 1.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_pairwise_distance. PyTorch: torch.nn.functional.pairwise_distance.
    """
    return _f_nn_pairwise_distance(x1, x2, p, eps, keepdim)


def pdist(input: Tensor, p: _float = 2.0) -> Tensor:
    """The p-norm distance between every pair of rows of a matrix (the upper triangle,
    flattened).

    Args:
        input: A matrix of shape (N, M).
        p: The norm degree; not negative.

    Returns:
        A new tensor of shape (N * (N - 1) / 2).

    Bridge: rt_torch_nn_pdist. PyTorch: torch.nn.functional.pdist.
    """
    return _f_nn_pdist(input, p)


def pixel_shuffle(input: Tensor, upscale_factor: _int) -> Tensor:
    """Rearranges (*, C * r^2, H, W) into (*, C, H * r, W * r).

    Args:
        input: The input, of at least 3 dimensions.
        upscale_factor: r, the factor the height and width grow by.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_pixel_shuffle. PyTorch: torch.nn.functional.pixel_shuffle.
    """
    return _f_nn_pixel_shuffle(input, upscale_factor)


def pixel_unshuffle(input: Tensor, downscale_factor: _int) -> Tensor:
    """Rearranges (*, C, H * r, W * r) into (*, C * r^2, H, W), reversing pixel_shuffle.

    Args:
        input: The input, of at least 3 dimensions.
        downscale_factor: r, the factor the height and width shrink by.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_pixel_unshuffle. PyTorch: torch.nn.functional.pixel_unshuffle.
    """
    return _f_nn_pixel_unshuffle(input, downscale_factor)


def channel_shuffle(input: Tensor, groups: _int) -> Tensor:
    """Splits the channels into groups and interleaves them.

    Args:
        input: The input, of shape (N, C, *) with C divisible by groups.
        groups: The number of groups.

    Returns:
        A new tensor shaped like input.

    Bridge: rt_torch_nn_channel_shuffle. PyTorch: torch.nn.functional.channel_shuffle.
    """
    return _f_nn_channel_shuffle(input, groups)


def one_hot(tensor: Tensor, num_classes: _int = -1) -> Tensor:
    """One-hot encodings of int64 class indices.

    Args:
        tensor: int64 class indices, not negative.
        num_classes: The number of classes; -1 for the largest index plus one.

    Returns:
        A new int64 tensor of shape (*tensor.shape, num_classes).

    Bridge: rt_torch_nn_one_hot. PyTorch: torch.nn.functional.one_hot.
    """
    return _f_nn_one_hot(tensor, num_classes)


def bilinear(input1: Tensor, input2: Tensor, weight: Tensor, bias: Tensor | None = None) -> Tensor:
    """The bilinear map y = x1^T A x2 + b, one matrix A per output feature.

    Args:
        input1: The first input, of shape (*, in1_features).
        input2: The second input, of shape (*, in2_features).
        weight: The matrices, of shape (out_features, in1_features, in2_features).
        bias: The bias of shape (out_features); None for none.

    Returns:
        A new tensor of shape (*, out_features).

    Bridge: rt_torch_nn_bilinear. PyTorch: torch.nn.functional.bilinear.
    """
    return _f_nn_bilinear(input1, input2, weight, bias)


def dropout2d(input: Tensor, p: _float = 0.5, training: _bool = True) -> Tensor:
    """Zeroes whole channels with probability p and scales the rest by 1/(1-p) when
    training.

    Args:
        input: The input, of shape (N, C, H, W) or (N, C, L) (PyTorch warns for other
            shapes).
        p: The drop probability, in [0, 1].
        training: Apply dropout (true) or return the input unchanged (false).

    Returns:
        A new tensor; reproducible after rt_torch_manual_seed.

    Bridge: rt_torch_nn_dropout2d. PyTorch: torch.nn.functional.dropout2d.
    """
    return _f_nn_dropout2d(input, p, training)


def dropout3d(input: Tensor, p: _float = 0.5, training: _bool = True) -> Tensor:
    """Zeroes whole 3-D channels with probability p and scales the rest by 1/(1-p) when
    training.

    Args:
        input: The input, of shape (N, C, D, H, W), or (C, D, H, W) taken as one sample
            (PyTorch warns for other shapes).
        p: The drop probability, in [0, 1].
        training: Apply dropout (true) or return the input unchanged (false).

    Returns:
        A new tensor; reproducible after rt_torch_manual_seed.

    Bridge: rt_torch_nn_dropout3d. PyTorch: torch.nn.functional.dropout3d.
    """
    return _f_nn_dropout3d(input, p, training)


def alpha_dropout(input: Tensor, p: _float = 0.5, training: _bool = False) -> Tensor:
    """Alpha dropout, which keeps the mean and variance of SELU activations, when training.

    Args:
        input: The input.
        p: The drop probability, in [0, 1].
        training: Apply dropout (true) or return the input unchanged (false).

    Returns:
        A new tensor; reproducible after rt_torch_manual_seed.

    Bridge: rt_torch_nn_alpha_dropout. PyTorch: torch.nn.functional.alpha_dropout.
    """
    return _f_nn_alpha_dropout(input, p, training)


def scaled_dot_product_attention(
    query: Tensor,
    key: Tensor,
    value: Tensor,
    attn_mask: Tensor | None = None,
    dropout_p: _float = 0.0,
    is_causal: _bool = False,
    *,
    scale: _float | None = None,
    enable_gqa: _bool = False,
) -> Tensor:
    """Scaled dot-product attention softmax(Q K^T * scale + mask) V, with optional causal
    masking and dropout.

    Args:
        query: The queries, of shape (N, ..., Hq, L, E).
        key: The keys, of shape (N, ..., H, S, E).
        value: The values, of shape (N, ..., H, S, Ev).
        attn_mask: A boolean mask (true to attend) or a float bias, broadcastable to (N,
            ..., L, S); None for none.
        dropout_p: The dropout probability of the attention weights.
        is_causal: Mask every key after its query (with no attn_mask).
        scale: The factor of Q K^T; None for 1 / sqrt(E).
        enable_gqa: Allow fewer key and value heads than query heads (grouped-query
            attention).

    Returns:
        A new tensor of shape (N, ..., Hq, L, Ev).

    Bridge: rt_torch_nn_scaled_dot_product_attention. PyTorch: torch.nn.functional.scaled_dot_product_attention.
    """
    return _f_nn_scaled_dot_product_attention(query, key, value, attn_mask, dropout_p, is_causal, 0.0 if scale is None else scale, scale is not None, enable_gqa)


def grid_sample(
    input: Tensor,
    grid: Tensor,
    mode: Literal['bilinear', 'nearest', 'bicubic'] = 'bilinear',
    padding_mode: Literal['zeros', 'border', 'reflection'] = 'zeros',
    align_corners: _bool | None = None,
) -> Tensor:
    """Samples the input at the grid's normalised coordinates, by interpolation.

    Args:
        input: The input, of shape (N, C, H, W) or (N, C, D, H, W).
        grid: Coordinates in [-1, 1], of shape (N, H_out, W_out, 2) or (N, D_out, H_out,
            W_out, 3).
        mode: bilinear, nearest or bicubic (4-D input only).
        padding_mode: What is read outside the input: zeros, border or reflection.
        align_corners: -1 and 1 are the centres (true) or the outer edges (false) of the
            corner pixels; None for false, with PyTorch's warning.

    Returns:
        A new tensor of shape (N, C, H_out, W_out) or (N, C, D_out, H_out, W_out).

    Bridge: rt_torch_nn_grid_sample. PyTorch: torch.nn.functional.grid_sample.
    """
    return _f_nn_grid_sample(input, grid, _text(mode, "mode"), _text(padding_mode, "padding_mode"), False if align_corners is None else align_corners, align_corners is not None)


def interpolate(
    input: Tensor,
    size: _int | Sequence[_int] | None = None,
    scale_factor: _float | Sequence[_float] | None = None,
    mode: Literal['nearest', 'linear', 'bilinear', 'bicubic', 'trilinear', 'area', 'nearest-exact'] = 'nearest',
    align_corners: _bool | None = None,
    recompute_scale_factor: _bool | None = None,
    antialias: _bool = False,
) -> Tensor:
    """Resizes the spatial dimensions of a batch to a size or by a scale factor, by
    nearest, linear, cubic or area interpolation.

    Args:
        input: The input, of shape (N, C, L), (N, C, H, W) or (N, C, D, H, W).
        size: The output's spatial size: one int for every spatial dimension, or one per
            dimension; None to use scale_factor.
        scale_factor: The factor of each spatial dimension: one number for all, or one
            per dimension; None to use size.
        mode: nearest, linear (3-D input), bilinear or bicubic (4-D), trilinear (5-D),
            area or nearest-exact.
        align_corners: For the interpolating modes, align the corner pixels' centres
            (true) or edges (false); None for false. Must be None for nearest, area and
            nearest-exact.
        recompute_scale_factor: Compute the output size from scale_factor and
            interpolate for that size, ignoring scale_factor; None for false.
        antialias: Apply an anti-aliasing filter when downsampling (bilinear and bicubic
            on 4-D input only).

    Returns:
        A new tensor of shape (N, C, *output size).

    Bridge: rt_torch_nn_interpolate. PyTorch: torch.nn.functional.interpolate.
    """
    size_ = _EMPTY if size is None else _ints(size, "size")
    scale_factor_ = _EMPTY if scale_factor is None else _floats(scale_factor, "scale_factor")
    return _f_nn_interpolate(input, size_, size is not None, scale_factor_, scale_factor is not None, _text(mode, "mode"), False if align_corners is None else align_corners, align_corners is not None, False if recompute_scale_factor is None else recompute_scale_factor, recompute_scale_factor is not None, antialias)


def max_unpool1d(
    input: Tensor,
    indices: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    output_size: _int | Sequence[_int] | None = None,
) -> Tensor:
    """Partial inverse of max_pool1d, scattering the maxima back to their positions and
    zeros elsewhere.

    Args:
        input: The maxima, of shape (N, C, L) or (C, L).
        indices: Their int64 positions, as max_pool1d with return_indices gives them.
        kernel_size: The size of the pooling window.
        stride: The step of the pooling window; None for kernel_size.
        padding: The padding of the pooling.
        output_size: The output's spatial size (1 values, or 3 with N and C), within a
            stride of the default; None for the size the pooling came from without its
            remainder.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_max_unpool1d. PyTorch: torch.nn.functional.max_unpool1d.
    """
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    output_size_ = _EMPTY if output_size is None else _ints(output_size, "output_size")
    return _f_nn_max_unpool1d(input, indices, kernel_size_, stride_, stride is not None, padding_, output_size_, output_size is not None)


def max_unpool2d(
    input: Tensor,
    indices: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    output_size: _int | Sequence[_int] | None = None,
) -> Tensor:
    """Partial inverse of max_pool2d, scattering the maxima back to their positions and
    zeros elsewhere.

    Args:
        input: The maxima, of shape (N, C, H, W) or (C, H, W).
        indices: Their int64 positions, as max_pool2d with return_indices gives them.
        kernel_size: The size of the pooling window.
        stride: The step of the pooling window; None for kernel_size.
        padding: The padding of the pooling.
        output_size: The output's spatial size (2 values, or 4 with N and C), within a
            stride of the default; None for the size the pooling came from without its
            remainder.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_max_unpool2d. PyTorch: torch.nn.functional.max_unpool2d.
    """
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    output_size_ = _EMPTY if output_size is None else _ints(output_size, "output_size")
    return _f_nn_max_unpool2d(input, indices, kernel_size_, stride_, stride is not None, padding_, output_size_, output_size is not None)


def max_unpool3d(
    input: Tensor,
    indices: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    output_size: _int | Sequence[_int] | None = None,
) -> Tensor:
    """Partial inverse of max_pool3d, scattering the maxima back to their positions and
    zeros elsewhere.

    Args:
        input: The maxima, of shape (N, C, D, H, W) or (C, D, H, W).
        indices: Their int64 positions, as max_pool3d with return_indices gives them.
        kernel_size: The size of the pooling window.
        stride: The step of the pooling window; None for kernel_size.
        padding: The padding of the pooling.
        output_size: The output's spatial size (3 values, or 5 with N and C), within a
            stride of the default; None for the size the pooling came from without its
            remainder.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_max_unpool3d. PyTorch: torch.nn.functional.max_unpool3d.
    """
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    output_size_ = _EMPTY if output_size is None else _ints(output_size, "output_size")
    return _f_nn_max_unpool3d(input, indices, kernel_size_, stride_, stride is not None, padding_, output_size_, output_size is not None)


@overload
def gaussian_nll_loss(
    input: Tensor,
    target: Tensor,
    variance: Tensor,
    full: _bool = False,
    eps: _float = 1e-06,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor: ...

@overload
def gaussian_nll_loss(
    input: Tensor,
    target: Tensor,
    variance: Number,
    full: _bool = False,
    eps: _float = 1e-06,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor: ...

def gaussian_nll_loss(
    input: Tensor,
    target: Tensor = _MISSING,
    variance: Any = _MISSING,
    full: _bool = False,
    eps: _float = 1e-06,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
) -> Tensor:
    """gaussian_nll_loss: one of 2 forms, chosen by the arguments as PyTorch chooses.

    gaussian_nll_loss(input: Tensor, target: Tensor, variance: Tensor, full: _bool = False, eps: _float = 1e-06, reduction: Literal['none', 'mean', 'sum'] = 'mean')
        Negative log-likelihood of targets under Gaussians with the given means and
        variances, reduced as asked.

    gaussian_nll_loss(input: Tensor, target: Tensor, variance: Number, full: _bool = False, eps: _float = 1e-06, reduction: Literal['none', 'mean', 'sum'] = 'mean')
        Negative log-likelihood of targets under Gaussians with the given means and one
        variance, reduced as asked.

    Bridge: rt_torch_nn_gaussian_nll_loss, rt_torch_nn_gaussian_nll_loss_float. PyTorch: torch.nn.functional.gaussian_nll_loss.
    """
    if target is _MISSING or variance is _MISSING:
        _no_match("gaussian_nll_loss", (), {"input": input, "target": target, "variance": variance, "full": full, "eps": eps, "reduction": reduction}, (_FORM_NN_GAUSSIAN_NLL_LOSS_0, _FORM_NN_GAUSSIAN_NLL_LOSS_1,))
    try:
        if (variance.__class__ is _Tensor or _accepts("Tensor", variance)):
            return _f_nn_gaussian_nll_loss(input, target, variance, full, eps, _text(reduction, "reduction"))
        if _accepts("Scalar", variance):
            return _f_nn_gaussian_nll_loss_float(input, target, variance, full, eps, _text(reduction, "reduction"))
    except TypeError:
        _refit("gaussian_nll_loss", {"input": input, "target": target, "variance": variance, "full": full, "eps": eps, "reduction": reduction}, (_FORM_NN_GAUSSIAN_NLL_LOSS_0, _FORM_NN_GAUSSIAN_NLL_LOSS_1,))
        raise
    _no_match("gaussian_nll_loss", (), {"input": input, "target": target, "variance": variance, "full": full, "eps": eps, "reduction": reduction}, (_FORM_NN_GAUSSIAN_NLL_LOSS_0, _FORM_NN_GAUSSIAN_NLL_LOSS_1,))


@overload
def ctc_loss(
    log_probs: Tensor,
    targets: Tensor,
    input_lengths: Tensor,
    target_lengths: Tensor,
    blank: _int = 0,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
    zero_infinity: _bool = False,
) -> Tensor: ...

@overload
def ctc_loss(
    log_probs: Tensor,
    targets: Tensor,
    input_lengths: _int | Sequence[_int],
    target_lengths: _int | Sequence[_int],
    blank: _int = 0,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
    zero_infinity: _bool = False,
) -> Tensor: ...

def ctc_loss(
    log_probs: Tensor,
    targets: Tensor = _MISSING,
    input_lengths: Any = _MISSING,
    target_lengths: Any = _MISSING,
    blank: _int = 0,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
    zero_infinity: _bool = False,
) -> Tensor:
    """ctc_loss: one of 2 forms, chosen by the arguments as PyTorch chooses.

    ctc_loss(log_probs: Tensor, targets: Tensor, input_lengths: Tensor, target_lengths: Tensor, blank: _int = 0, reduction: Literal['none', 'mean', 'sum'] = 'mean', zero_infinity: _bool = False)
        Connectionist temporal classification loss between sequences of
        log-probabilities and target sequences.

    ctc_loss(log_probs: Tensor, targets: Tensor, input_lengths: _int | Sequence[_int], target_lengths: _int | Sequence[_int], blank: _int = 0, reduction: Literal['none', 'mean', 'sum'] = 'mean', zero_infinity: _bool = False)
        Connectionist temporal classification loss, with the sequence lengths given as
        lists.

    Bridge: rt_torch_nn_ctc_loss_tensor, rt_torch_nn_ctc_loss_intlist. PyTorch: torch.nn.functional.ctc_loss.
    """
    if input_lengths is _MISSING or target_lengths is _MISSING or targets is _MISSING:
        _no_match("ctc_loss", (), {"log_probs": log_probs, "targets": targets, "input_lengths": input_lengths, "target_lengths": target_lengths, "blank": blank, "reduction": reduction, "zero_infinity": zero_infinity}, (_FORM_NN_CTC_LOSS_0, _FORM_NN_CTC_LOSS_1,))
    try:
        if (input_lengths.__class__ is _Tensor or _accepts("Tensor", input_lengths)) and (target_lengths.__class__ is _Tensor or _accepts("Tensor", target_lengths)):
            return _f_nn_ctc_loss_tensor(log_probs, targets, input_lengths, target_lengths, blank, _text(reduction, "reduction"), zero_infinity)
        if _accepts("int[]", input_lengths) and _accepts("int[]", target_lengths):
            input_lengths_ = _ints(input_lengths, "input_lengths")
            target_lengths_ = _ints(target_lengths, "target_lengths")
            return _f_nn_ctc_loss_intlist(log_probs, targets, input_lengths_, target_lengths_, blank, _text(reduction, "reduction"), zero_infinity)
    except TypeError:
        _refit("ctc_loss", {"log_probs": log_probs, "targets": targets, "input_lengths": input_lengths, "target_lengths": target_lengths, "blank": blank, "reduction": reduction, "zero_infinity": zero_infinity}, (_FORM_NN_CTC_LOSS_0, _FORM_NN_CTC_LOSS_1,))
        raise
    _no_match("ctc_loss", (), {"log_probs": log_probs, "targets": targets, "input_lengths": input_lengths, "target_lengths": target_lengths, "blank": blank, "reduction": reduction, "zero_infinity": zero_infinity}, (_FORM_NN_CTC_LOSS_0, _FORM_NN_CTC_LOSS_1,))


def embedding_bag(
    input: Tensor,
    weight: Tensor,
    offsets: Tensor | None = None,
    max_norm: _float | None = None,
    norm_type: _float = 2.0,
    scale_grad_by_freq: _bool = False,
    mode: Literal['sum', 'mean', 'max'] = 'mean',
    sparse: _bool = False,
    per_sample_weights: Tensor | None = None,
    include_last_offset: _bool = False,
    padding_idx: _int | None = None,
) -> Tensor:
    """Sums, averages or takes the maximum of bags of embedding rows, without forming the
    rows themselves.

    Args:
        input: int64 (or int32) indices: a 2-D (B, N) batch of fixed-size bags, or 1-D
            bags delimited by offsets.
        weight: The table, of shape (num_embeddings, embedding_dim).
        offsets: For 1-D input, where each bag starts (1-D); None for 2-D input.
        max_norm: Renormalise, in place, every looked-up row whose norm exceeds this;
            None for never.
        norm_type: The p of the p-norm for max_norm.
        scale_grad_by_freq: Scale gradients by the inverse frequency of the indices in
            the batch (not with max).
        mode: How each bag is reduced: sum, mean or max.
        sparse: Make the gradient of weight a sparse tensor (not with max).
        per_sample_weights: A weight per index, shaped like input, for mode sum; None
            for 1.
        include_last_offset: offsets has one more element, the end of the last bag.
        padding_idx: A row that is left out of every bag and gets no gradient; None for
            none.

    Returns:
        A new tensor of shape (number of bags, embedding_dim).

    Bridge: rt_torch_nn_embedding_bag. PyTorch: torch.nn.functional.embedding_bag.
    """
    return _f_nn_embedding_bag(input, weight, offsets, 0.0 if max_norm is None else max_norm, max_norm is not None, norm_type, scale_grad_by_freq, _text(mode, "mode"), sparse, per_sample_weights, include_last_offset, 0 if padding_idx is None else padding_idx, padding_idx is not None)


def upsample_nearest(
    input: Tensor,
    size: _int | Sequence[_int] | None = None,
    scale_factor: _float | Sequence[_float] | None = None,
) -> Tensor:
    """Resizes a batch by nearest-neighbour sampling (deprecated in PyTorch for interpolate
    with mode nearest).

    Args:
        input: The input, of shape (N, C, L), (N, C, H, W) or (N, C, D, H, W).
        size: The output's spatial size: one int for every spatial dimension, or one per
            dimension; None to use scale_factor.
        scale_factor: The factor of each spatial dimension: one number for all, or one
            per dimension; None to use size.

    Returns:
        A new tensor of shape (N, C, *output size).

    Bridge: rt_torch_nn_upsample_nearest. PyTorch: torch.nn.functional.upsample_nearest.
    """
    size_ = _EMPTY if size is None else _ints(size, "size")
    scale_factor_ = _EMPTY if scale_factor is None else _floats(scale_factor, "scale_factor")
    return _f_nn_upsample_nearest(input, size_, size is not None, scale_factor_, scale_factor is not None)


def upsample_bilinear(
    input: Tensor,
    size: _int | Sequence[_int] | None = None,
    scale_factor: _float | Sequence[_float] | None = None,
) -> Tensor:
    """Resizes a batch of images by bilinear interpolation with aligned corners (deprecated
    in PyTorch for interpolate).

    Args:
        input: The input, of shape (N, C, H, W).
        size: The output's height and width: one int for both, or two; None to use
            scale_factor.
        scale_factor: The factor of the height and width: one number for both, or two;
            None to use size.

    Returns:
        A new tensor of shape (N, C, H_out, W_out).

    Bridge: rt_torch_nn_upsample_bilinear. PyTorch: torch.nn.functional.upsample_bilinear.
    """
    size_ = _EMPTY if size is None else _ints(size, "size")
    scale_factor_ = _EMPTY if scale_factor is None else _floats(scale_factor, "scale_factor")
    return _f_nn_upsample_bilinear(input, size_, size is not None, scale_factor_, scale_factor is not None)
