# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""Named tuples of the results with several tensors, as torch.return_types."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from typing import Any

if TYPE_CHECKING:
    from ._tensor import Tensor


def _repr(result: Any) -> str:
    """As PyTorch prints its named tuples: one field a line."""
    fields = ",\n".join(f"{name}={value!r}" for name, value in zip(result._fields, result))
    return f"torch_sffi.return_types.{type(result).__name__}(\n{fields})"


class linalg_eig(NamedTuple):
    """The result of torch_sffi.linalg.eig: eigenvalues, eigenvectors."""

    eigenvalues: Tensor
    eigenvectors: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class linalg_svd(NamedTuple):
    """The result of torch_sffi.linalg.svd: U, S, Vh."""

    U: Tensor
    S: Tensor
    Vh: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class max(NamedTuple):
    """The result of torch_sffi.max: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class min(NamedTuple):
    """The result of torch_sffi.min: values, indices."""

    values: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_adaptive_max_pool1d(NamedTuple):
    """The result of torch_sffi.nn.adaptive_max_pool1d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_adaptive_max_pool2d(NamedTuple):
    """The result of torch_sffi.nn.adaptive_max_pool2d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_adaptive_max_pool3d(NamedTuple):
    """The result of torch_sffi.nn.adaptive_max_pool3d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_max_pool1d(NamedTuple):
    """The result of torch_sffi.nn.max_pool1d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_max_pool2d(NamedTuple):
    """The result of torch_sffi.nn.max_pool2d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)


class nn_max_pool3d(NamedTuple):
    """The result of torch_sffi.nn.max_pool3d: output, indices."""

    output: Tensor
    indices: Tensor

    def __repr__(self) -> str:
        return _repr(self)
