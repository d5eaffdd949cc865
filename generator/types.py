"""The catalogue's type vocabulary.

Every tier maps these names through its own table (generator/targets/*.py). A type that a
target cannot map is a named error at render time, never a silent skip; the tests check that
each table covers the whole vocabulary.

How values cross the C ABI (the contract all tiers share):

* handles (`tensor`, `tensor?`, `stream`) are int64; 0 is never a valid handle, and `tensor?`
  uses 0 for "none";
* an array parameter crosses as (pointer, int64 length);
* an array result is written to a caller buffer (pointer, int64 capacity); the function
  returns the full length (-1 on error) and, for handle lists, creates no handle at all when
  the buffer is too small, so the caller can retry with a larger one;
* `text` results point into bridge-owned, per-thread storage valid until the next call on
  the same thread.

Every failing call returns its type's sentinel and sets the per-thread error code; because a
sentinel can also be a legitimate value (false, -1 for a CPU device, 0 for "no gradient"),
callers read the error code whenever they see one. `void` calls are always followed by a
read of the error code.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Shape(enum.Enum):
    HANDLE = "handle"
    SCALAR = "scalar"
    ARRAY = "array"
    TEXT = "text"
    VOID = "void"


@dataclass(frozen=True)
class SffiType:
    name: str
    shape: Shape
    doc: str
    element: str | None = None  # element type of an array ("i64", "f64", "tensor")
    as_param: bool = True
    as_result: bool = True

    @property
    def is_array(self) -> bool:
        return self.shape is Shape.ARRAY

    @property
    def is_void(self) -> bool:
        return self.shape is Shape.VOID

    @property
    def is_handle(self) -> bool:
        return self.shape is Shape.HANDLE


VOCABULARY: dict[str, SffiType] = {
    t.name: t
    for t in (
        SffiType("tensor", Shape.HANDLE, "a live tensor handle"),
        SffiType("tensor?", Shape.HANDLE, "a tensor handle, or 0 for none"),
        SffiType("stream", Shape.HANDLE, "a live CUDA stream handle"),
        SffiType("tensor[]", Shape.ARRAY, "a list of tensor handles", element="tensor"),
        SffiType("i32", Shape.SCALAR, "32-bit signed integer"),
        SffiType("i64", Shape.SCALAR, "64-bit signed integer"),
        SffiType("f64", Shape.SCALAR, "64-bit float"),
        SffiType("bool", Shape.SCALAR, "boolean"),
        SffiType("text", Shape.TEXT, "UTF-8 text"),
        SffiType("i64[]", Shape.ARRAY, "an array of 64-bit integers", element="i64"),
        SffiType("f64[]", Shape.ARRAY, "an array of 64-bit floats", element="f64"),
        SffiType("void", Shape.VOID, "no result", as_param=False),
    )
}


def known_type_names() -> str:
    return ", ".join(VOCABULARY)
