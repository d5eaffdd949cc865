# generated from spec/torch_api.yaml by sffi-gen; do not edit
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


_uint8 = DType("uint8", 0, "int", '8-bit unsigned integer.')


_int8 = DType("int8", 1, "int", '8-bit signed integer.')


_int16 = DType("int16", 2, "int", '16-bit signed integer.')


_int32 = DType("int32", 3, "int", '32-bit signed integer.')


_int64 = DType("int64", 4, "int", '64-bit signed integer (indices).')


_float16 = DType("float16", 5, "float", 'IEEE half precision.')


_float32 = DType("float32", 6, "float", 'Single precision (the default dtype).')


_float64 = DType("float64", 7, "float", 'Double precision.')


_complex64 = DType("complex64", 9, "complex", 'Complex with float32 parts.')


_complex128 = DType("complex128", 10, "complex", 'Complex with float64 parts.')


_bool = DType("bool", 11, "bool", 'Boolean.')


_bfloat16 = DType("bfloat16", 15, "float", 'Brain floating point.')

DTYPES: tuple[DType, ...] = (
    _uint8,
    _int8,
    _int16,
    _int32,
    _int64,
    _float16,
    _float32,
    _float64,
    _complex64,
    _complex128,
    _bool,
    _bfloat16,
)
BY_CODE: dict[int, DType] = {d.code: d for d in DTYPES}
