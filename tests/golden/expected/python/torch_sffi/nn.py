# generated from fixture.yaml by sffi-gen; do not edit
"""Neural-network functions and losses, as torch.nn.functional.

Losses return 0-d tensors that can be backpropagated; read their value with .item().
"""

from __future__ import annotations

from typing import Sequence

from ._errors import _check, _error_code, _raise
from ._native import ffi as _ffi
from ._native import lib as _lib
from ._tensor import Tensor, _floats, _ints, _size, _wrap

__all__ = ["linear"]

_f_nn_linear = _lib.rt_torch_nn_linear


def linear(
    input: Tensor,
    weight: Tensor,
    bias: Tensor | None = None,
    scale: float = 1.0,
    flags: int = 0,
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

    Deviation from the reference (nn_linear): Takes a scale and flags the reference did
    not have.

    Bridge: rt_torch_nn_linear. PyTorch: torch.nn.functional.linear.
    """
    _r = _f_nn_linear(input._h, weight._h, 0 if bias is None else bias._h, scale, flags)
    if not _r:
        _raise()
    return _wrap(_r)
