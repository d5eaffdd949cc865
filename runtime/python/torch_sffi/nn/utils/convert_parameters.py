"""A model's parameters as one vector and back, as torch.nn.utils.convert_parameters.

Hand-written runtime: sffi-gen copies it into the package (torch_sffi/nn/utils/convert_parameters.py).
"""

from __future__ import annotations

from typing import Iterable

from ..._tensor import Tensor, cat

__all__ = ["parameters_to_vector", "vector_to_parameters"]


def _typename(value: object) -> str:
    cls = type(value)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


def parameters_to_vector(parameters: Iterable[Tensor]) -> Tensor:
    """The parameters flattened and joined into one vector (a new tensor, in the graph)."""
    return cat([p.view(-1) for p in parameters])


def vector_to_parameters(vec: Tensor, parameters: Iterable[Tensor]) -> None:
    """Makes each parameter's data the next slice of vec, shaped like it."""
    if not isinstance(vec, Tensor):
        raise TypeError(f"expected torch.Tensor, but got: {_typename(vec)}")
    pointer = 0
    for param in parameters:
        n = param.numel()
        param.data = vec[pointer : pointer + n].view_as(param).data
        pointer += n
