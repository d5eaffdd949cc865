# generated from fixture.yaml by sffi-gen; do not edit
"""Element types: one DType object per dtype of the catalogue (torch_sffi.float32, ...)."""

from __future__ import annotations

import builtins


class DType:
    """An element type. `code` is the bridge's dtype code (a c10::ScalarType value)."""

    __slots__ = ("name", "code", "kind", "doc")

    def __init__(self, name: str, code: int, kind: str, doc: str) -> None:
        self.name = name
        self.code = code
        self.kind = kind  # "float", "int", "bool" or "complex"
        self.doc = doc

    @property
    def is_floating_point(self) -> builtins.bool:
        return self.kind == "float"

    @property
    def is_complex(self) -> builtins.bool:
        return self.kind == "complex"

    def __repr__(self) -> str:
        return f"torch_sffi.{self.name}"


_int64 = DType("int64", 4, "int", 'Indices.')


_float32 = DType("float32", 6, "float", 'The default.')


_float64 = DType("float64", 7, "float", 'Double precision.')

DTYPES: tuple[DType, ...] = (
    _int64,
    _float32,
    _float64,
)
BY_CODE: dict[int, DType] = {d.code: d for d in DTYPES}
