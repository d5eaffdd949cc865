# generated from fixture.yaml by sffi-gen; do not edit
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

__all__ = ["dropout", "linear", "max_pool2d", "mse_loss"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_nn_dropout = _core.rt_torch_nn_dropout
_f_nn_linear = _core.rt_torch_nn_linear
_f_nn_max_pool2d = _core.rt_torch_nn_max_pool2d
_f_nn_max_pool2d_with_indices = _core.rt_torch_nn_max_pool2d_with_indices
_f_nn_mse_loss = _core.rt_torch_nn_mse_loss

# The forms of overloaded functions, as _runtime.match reads them.
_FORM_NN_MAX_POOL2D_0: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))
_FORM_NN_MAX_POOL2D_1: _FormInfo = _form_info((("input", "Tensor", False, False, False), ("kernel_size", "int[]", False, False, False), ("stride", "int[]?", True, False, False), ("padding", "int[]", True, False, False), ("ceil_mode", "bool", True, False, False)))


def _nn_max_pool2d_0(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    ceil_mode: _bool = False,
) -> Tensor:
    """One form of torch_sffi.nn.max_pool2d."""
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    return _f_nn_max_pool2d(input, kernel_size_, stride_, stride is not None, padding_, ceil_mode)


def _nn_max_pool2d_1(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    ceil_mode: _bool = False,
) -> _rt_types.nn_max_pool2d:
    """One form of torch_sffi.nn.max_pool2d."""
    kernel_size_ = _ints(kernel_size, "kernel_size")
    stride_ = _EMPTY if stride is None else _ints(stride, "stride")
    padding_ = _ints(padding, "padding")
    return _tuple_new(_rt_types.nn_max_pool2d, _f_nn_max_pool2d_with_indices(input, kernel_size_, stride_, stride is not None, padding_, ceil_mode))


def linear(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    scale: _float = 1.0,
    flags: _int = 0,
) -> Tensor:
    """An affine map.

    Args:
        input: The input.
        weight: The weights.
        bias: The bias or 0.
        scale: A scale.
        flags: Unused flags.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_linear. PyTorch: torch.nn.functional.linear.
    """
    return _f_nn_linear(input, weight, bias, scale, flags)


@overload
def max_pool2d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    ceil_mode: _bool = False,
    return_indices: Literal[False] = False,
) -> Tensor: ...

@overload
def max_pool2d(
    input: Tensor,
    kernel_size: _int | Sequence[_int],
    stride: _int | Sequence[_int] | None = None,
    padding: _int | Sequence[_int] = 0,
    ceil_mode: _bool = False,
    *,
    return_indices: Literal[True],
) -> _rt_types.nn_max_pool2d: ...

def max_pool2d(*args: Any, **kwargs: Any) -> Any:
    """max_pool2d: one of 2 forms, chosen by the arguments as PyTorch chooses.

    max_pool2d(input: Tensor, kernel_size: _int | Sequence[_int], stride: _int | Sequence[_int] | None = None, padding: _int | Sequence[_int] = 0, ceil_mode: _bool = False)
        2-D max pooling.

    max_pool2d(input: Tensor, kernel_size: _int | Sequence[_int], stride: _int | Sequence[_int] | None = None, padding: _int | Sequence[_int] = 0, ceil_mode: _bool = False)
        2-D max pooling, with the indices of the maxima.

    Bridge: rt_torch_nn_max_pool2d, rt_torch_nn_max_pool2d_with_indices. PyTorch: torch.nn.functional.max_pool2d.
    """
    return_indices, args, kwargs = _take_flag(args, kwargs, "return_indices", 5)
    _b = _match(args, kwargs, _FORM_NN_MAX_POOL2D_0)
    if _b is not None and not return_indices:
        return _nn_max_pool2d_0(**_b)
    _b = _match(args, kwargs, _FORM_NN_MAX_POOL2D_1)
    if _b is not None and return_indices:
        return _nn_max_pool2d_1(**_b)
    _no_match("max_pool2d", args, kwargs, (_FORM_NN_MAX_POOL2D_0, _FORM_NN_MAX_POOL2D_1,))


def mse_loss(
    input: Tensor,
    target: Tensor,
    reduction: Literal['none', 'mean', 'sum'] = 'mean',
    weight: _float | Sequence[_float] | None = None,
) -> Tensor:
    """Mean squared error.

    Args:
        input: The prediction.
        target: The target.
        reduction: How to reduce.
        weight: Per-element weights.

    Returns:
        The loss.

    Bridge: rt_torch_nn_mse_loss. PyTorch: torch.nn.functional.mse_loss.
    """
    weight_ = _EMPTY if weight is None else _floats(weight, "weight")
    return _f_nn_mse_loss(input, target, _text(reduction, "reduction"), weight_, weight is not None)


def dropout(
    input: Tensor,
    p: _float = 0.5,
    training: _bool = True,
    *,
    seed: _int | None = None,
    scale: _float | None = None,
    inplace: _bool | None = None,
) -> Tensor:
    """Dropout with an optional generator seed.

    Args:
        input: The input.
        p: The probability.
        training: Apply it.
        seed: A seed for this call.
        scale: Another scale.
        inplace: Change the input.

    Returns:
        A new tensor.

    Bridge: rt_torch_nn_dropout. PyTorch: torch.nn.functional.dropout.
    """
    return _f_nn_dropout(input, p, training, 0 if seed is None else seed, seed is not None, 0.0 if scale is None else scale, scale is not None, False if inplace is None else inplace, inplace is not None)
