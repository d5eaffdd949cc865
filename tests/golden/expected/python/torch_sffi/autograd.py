# generated from fixture.yaml by sffi-gen; do not edit
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

__all__ = ["backward", "requires_grad"]

_P = ParamSpec("_P")
_R = TypeVar("_R")



def backward(tensor: Tensor) -> None:
    """Backpropagates from a scalar.

    Args:
        tensor: The scalar.

    Bridge: rt_torch_autograd_backward. PyTorch: torch.Tensor.backward.
    """
    return tensor.backward()


def requires_grad(tensor: Tensor) -> bool:
    """Whether gradients are tracked.

    Args:
        tensor: The tensor.

    Returns:
        true when tracked.

    Bridge: rt_torch_autograd_requires_grad. PyTorch: torch.Tensor.requires_grad.
    """
    return tensor.requires_grad
