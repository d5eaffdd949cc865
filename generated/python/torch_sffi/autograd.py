# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""Autograd: gradient tracking, backpropagation and no_grad regions.

The same operations are Tensor members too: t.backward(), t.grad, t.requires_grad,
t.requires_grad_(), t.zero_grad(), t.detach().
"""

from __future__ import annotations

import functools
from typing import Callable, ParamSpec, Sequence, TypeVar

from ._errors import _check, _error_code, _raise
from ._native import ffi as _ffi
from ._native import lib as _lib
from ._tensor import Tensor, _floats, _ints, _size, _wrap

__all__ = ["no_grad", "set_requires_grad", "requires_grad", "grad", "backward", "zero_grad", "detach", "set_grad"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

_f_autograd_no_grad_begin = _lib.rt_torch_autograd_no_grad_begin
_f_autograd_no_grad_end = _lib.rt_torch_autograd_no_grad_end


class no_grad:
    """Turns off gradient recording on this thread: `with no_grad():` or as a decorator.

    Regions nest; gradient mode returns to what it was when the outermost one began.
    """

    def __enter__(self) -> None:
        """Enters a region of this thread in which operations are not recorded for backward.

        Deviation from the reference (autograd_no_grad_begin): Regions nest per thread: each
        begin needs its own end, and gradient mode returns to what it was before the
        outermost begin. The reference kept one guard per thread that a second begin
        replaced.

        Bridge: rt_torch_autograd_no_grad_begin. PyTorch: torch.no_grad.__enter__.
        """
        _f_autograd_no_grad_begin()
        if _error_code():
            _raise()

    def __exit__(self, *exc: object) -> None:
        """Leaves the innermost no-grad region of this thread.

        Deviation from the reference (autograd_no_grad_end): An end without a matching begin
        is an error (code value), not a silent no-op.

        Bridge: rt_torch_autograd_no_grad_end. PyTorch: torch.no_grad.__exit__.
        """
        _f_autograd_no_grad_end()
        if _error_code():
            _raise()

    def __call__(self, fn: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(fn)
        def without_grad(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            with no_grad():
                return fn(*args, **kwargs)

        return without_grad


def set_requires_grad(tensor: Tensor, requires_grad: bool = True) -> Tensor:
    """Turns gradient tracking on or off for a leaf tensor, in place.

    Args:
        tensor: A leaf tensor (not the result of a tracked operation).
        requires_grad: Whether to track gradients.

    Bridge: rt_torch_autograd_set_requires_grad. PyTorch: torch.Tensor.requires_grad_.
    """
    return tensor.requires_grad_(requires_grad)


def requires_grad(tensor: Tensor) -> bool:
    """Reports whether a tensor tracks gradients.

    Args:
        tensor: The tensor.

    Returns:
        true when operations on the tensor are recorded for backward.

    Bridge: rt_torch_autograd_requires_grad. PyTorch: torch.Tensor.requires_grad.
    """
    return tensor.requires_grad


def grad(tensor: Tensor) -> Tensor | None:
    """The gradient accumulated in a tensor by backward.

    Args:
        tensor: The tensor.

    Returns:
        A new handle to the gradient (sharing its memory), or None when no gradient is
        defined.

    Bridge: rt_torch_autograd_grad. PyTorch: torch.Tensor.grad.
    """
    return tensor.grad


def backward(tensor: Tensor) -> None:
    """Backpropagates from a scalar tensor, accumulating gradients into the leaves.

    Args:
        tensor: A tensor with one element that requires grad.

    Bridge: rt_torch_autograd_backward. PyTorch: torch.Tensor.backward.
    """
    return tensor.backward()


def zero_grad(tensor: Tensor) -> None:
    """Zeroes a tensor's gradient in place; does nothing when none is defined.

    Args:
        tensor: The tensor.

    Bridge: rt_torch_autograd_zero_grad. PyTorch: torch.Tensor.grad.zero_.
    """
    return tensor.zero_grad()


def detach(tensor: Tensor) -> Tensor:
    """A tensor sharing the same data but cut from the autograd graph.

    Args:
        tensor: The tensor.

    Returns:
        A new handle that does not require grad.

    Bridge: rt_torch_autograd_detach. PyTorch: torch.Tensor.detach.
    """
    return tensor.detach()


def set_grad(tensor: Tensor, grad: Tensor | None) -> None:
    """Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by
    default).

    Args:
        tensor: The tensor.
        grad: The new gradient, shaped like handle with its dtype and device; None for
            none.

    Bridge: rt_torch_autograd_set_grad. PyTorch: torch.Tensor.grad.
    """
    return tensor.set_grad(grad)
