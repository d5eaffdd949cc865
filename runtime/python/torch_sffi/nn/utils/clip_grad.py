"""Gradient clipping, as torch.nn.utils.clip_grad.

The results are torch.nn.utils' bit for bit: the gradients are taken by dtype in the order
PyTorch groups them (torch._foreach_norm on CPU is torch.linalg.vector_norm per tensor), the
per-tensor norms are stacked and normed again, and the scale min(max_norm / (total + 1e-6), 1)
multiplies every gradient in place, all under no_grad.

Hand-written runtime: sffi-gen copies it into the package (torch_sffi/nn/utils/clip_grad.py).
"""

from __future__ import annotations

import types
import warnings
from typing import Iterable, Union

from ... import linalg
from ..._tensor import Tensor, clamp, logical_or, stack, tensor
from ...autograd import no_grad

__all__ = ["clip_grad_norm", "clip_grad_norm_", "clip_grad_value_", "clip_grads_with_norm_", "get_total_norm"]

TensorOrTensors = Union[Tensor, Iterable[Tensor]]


def _as_list(tensors: TensorOrTensors) -> list[Tensor]:
    return [tensors] if isinstance(tensors, Tensor) else list(tensors)


def _by_dtype(tensors: list[Tensor]) -> list[list[Tensor]]:
    """The tensors grouped as torch.utils._foreach_utils groups them on one device: by dtype,
    groups in the order of their first tensor, tensors in their order."""
    groups: dict[object, list[Tensor]] = {}
    for t in tensors:
        groups.setdefault(t.dtype, []).append(t)
    return list(groups.values())


def _check_foreach(foreach: bool | None) -> None:
    if foreach is not None and not isinstance(foreach, bool):
        raise TypeError(f"foreach must be a bool or None, got {type(foreach).__name__}")


def get_total_norm(tensors: TensorOrTensors, norm_type: float = 2.0, error_if_nonfinite: bool = False, foreach: bool | None = None) -> Tensor:
    """The norm of all the tensors together, as if they were one vector."""
    _check_foreach(foreach)
    items = _as_list(tensors)
    norm_type = float(norm_type)
    if not items:
        return tensor(0.0)
    with no_grad():
        norms = [linalg.vector_norm(t, norm_type) for group in _by_dtype(items) for t in group]
        total = linalg.vector_norm(stack(norms), norm_type)
        if error_if_nonfinite and bool(logical_or(total.isnan(), total.isinf())):
            raise RuntimeError(
                f"The total norm of order {norm_type} for gradients from `parameters` is non-finite, so it cannot be clipped. "
                "To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`"
            )
    return total


def clip_grads_with_norm_(parameters: TensorOrTensors, max_norm: float, total_norm: Tensor, foreach: bool | None = None) -> None:
    """Scales the gradients in place by min(max_norm / (total_norm + 1e-6), 1)."""
    _check_foreach(foreach)
    grads = [g for p in _as_list(parameters) if (g := p.grad) is not None]
    max_norm = float(max_norm)
    if not grads:
        return
    with no_grad():
        coef = clamp(max_norm / (total_norm + 1e-6), max=1.0)
        for group in _by_dtype(grads):
            for g in group:
                g.mul_(coef)


def clip_grad_norm_(
    parameters: TensorOrTensors, max_norm: float, norm_type: float = 2.0, error_if_nonfinite: bool = False, foreach: bool | None = None
) -> Tensor:
    """Clips the gradients' total norm to max_norm in place; returns the norm before clipping."""
    if isinstance(parameters, Tensor):
        items = [parameters]
    else:
        is_generator = isinstance(parameters, types.GeneratorType)
        items = list(parameters)
        if is_generator and not items:
            warnings.warn("`parameters` is an empty generator, no gradient clipping will occur.", stacklevel=2)
    grads = [g for p in items if (g := p.grad) is not None]
    total = get_total_norm(grads, norm_type, error_if_nonfinite, foreach)
    clip_grads_with_norm_(items, max_norm, total, foreach)
    return total


def clip_grad_norm(
    parameters: TensorOrTensors, max_norm: float, norm_type: float = 2.0, error_if_nonfinite: bool = False, foreach: bool | None = None
) -> Tensor:
    """The deprecated name of clip_grad_norm_ (a FutureWarning, as PyTorch's)."""
    warnings.warn("`torch.nn.utils.clip_grad_norm` is now deprecated in favor of `torch.nn.utils.clip_grad_norm_`.", FutureWarning, stacklevel=2)
    return clip_grad_norm_(parameters, max_norm, norm_type, error_if_nonfinite, foreach)


def clip_grad_value_(parameters: TensorOrTensors, clip_value: float, foreach: bool | None = None) -> None:
    """Clamps every gradient in place to [-clip_value, clip_value]."""
    _check_foreach(foreach)
    clip_value = float(clip_value)
    grads = [g for p in _as_list(parameters) if (g := p.grad) is not None]
    with no_grad():
        for group in _by_dtype(grads):
            for g in group:
                g.clamp_(min=-clip_value, max=clip_value)
