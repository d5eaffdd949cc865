# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""torch_sffi.linalg: its functions, one per catalogue function (generated)."""

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

import functools
from typing import Callable, ParamSpec, TypeVar

from ._runtime import StreamRuntime as _StreamRuntime
from ._tensor import Tensor
from ._tensor import Tensor as _Tensor

__all__ = ["det", "eig", "inv", "svd", "vector_norm"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_torchtensor_inverse = _core.rt_torch_torchtensor_inverse
_f_torchtensor_linalg_det = _core.rt_torch_torchtensor_linalg_det
_f_torchtensor_linalg_eig = _core.rt_torch_torchtensor_linalg_eig
_f_torchtensor_linalg_svd = _core.rt_torch_torchtensor_linalg_svd
_f_torchtensor_linalg_vector_norm = _core.rt_torch_torchtensor_linalg_vector_norm


def inv(input: Tensor) -> Tensor:
    """Inverse of a square matrix (or a batch of them).

    Args:
        input: An invertible floating-point matrix.

    Returns:
        A new tensor; a singular input is an error.

    Bridge: rt_torch_torchtensor_inverse. PyTorch: torch.linalg.inv.
    """
    return _f_torchtensor_inverse(input if input.__class__ is _Tensor else _handle(input, "input"))


def vector_norm(
    input: Tensor,
    ord: Number = 2,
    dim: int | Sequence[int] | None = None,
    keepdim: bool = False,
    *,
    dtype: DType | None = None,
) -> Tensor:
    """The vector norm of the elements, over all or some dimensions.

    Args:
        input: A floating-point or complex tensor.
        ord: The order: 2 (Euclidean), 1, inf, -inf, 0 (count of non-zeros) or any real
            p.
        dim: The dimensions to reduce; None for all.
        keepdim: Keep the reduced dimensions with size 1.
        dtype: Compute in this dtype; None keeps the input's.

    Returns:
        A new tensor (0-d when every dimension is reduced).

    Bridge: rt_torch_torchtensor_linalg_vector_norm. PyTorch: torch.linalg.vector_norm.
    """
    dim_ = _EMPTY if dim is None else _ints(dim, "dim")
    return _f_torchtensor_linalg_vector_norm(input, ord, dim_, dim is not None, keepdim, dtype)


def det(input: Tensor) -> Tensor:
    """The determinant of a square matrix, or of each matrix of a batch.

    Args:
        input: A floating-point tensor of shape (*, n, n).

    Returns:
        A new tensor of shape (*): differentiable, unlike the reference's f64.

    Bridge: rt_torch_torchtensor_linalg_det. PyTorch: torch.linalg.det.
    """
    return _f_torchtensor_linalg_det(input)


def svd(
    input: Tensor,
    full_matrices: bool = True,
    *,
    driver: Literal['gesvd', 'gesvdj', 'gesvda'] | None = None,
) -> _rt_types.linalg_svd:
    """The singular value decomposition input = U diag(S) Vh, of a matrix or a batch.

    Args:
        input: A floating-point tensor of shape (*, m, n).
        full_matrices: true for the full U and Vh, false for the reduced ones.
        driver: The cuSOLVER routine on CUDA; None lets PyTorch choose (ignored on the
            CPU).

    Returns:
        U: The left singular vectors; S: The singular values, in descending order; Vh:
        The conjugate transpose of the right singular vectors.

    Bridge: rt_torch_torchtensor_linalg_svd. PyTorch: torch.linalg.svd.
    """
    return _tuple_new(_rt_types.linalg_svd, _f_torchtensor_linalg_svd(input, full_matrices, _opt_text(driver, "driver")))


def eig(input: Tensor) -> _rt_types.linalg_eig:
    """The eigenvalues and eigenvectors of a square matrix, or of each matrix of a batch.

    Args:
        input: A floating-point or complex tensor of shape (*, n, n).

    Returns:
        eigenvalues: The complex eigenvalues; eigenvectors: The complex eigenvectors
        (columns).

    Bridge: rt_torch_torchtensor_linalg_eig. PyTorch: torch.linalg.eig.
    """
    return _tuple_new(_rt_types.linalg_eig, _f_torchtensor_linalg_eig(input))
