"""The value types of torch_sffi that do not depend on the bridge: dtypes, devices, the error base.

Hand-written runtime (sffi-gen copies it into the package beside the generated modules);
the generated _dtypes.py and _errors.py make one object or class per catalogue entry of these.
"""

from __future__ import annotations

import builtins
import math
import operator
from typing import Any, Iterable, SupportsIndex, overload


class DType:
    """An element type, as torch.dtype. `code` is the bridge's dtype code (a c10::ScalarType value)."""

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

    @property
    def is_signed(self) -> builtins.bool:
        return self.name != "uint8" and self.kind != "bool"

    def __repr__(self) -> str:
        return f"torch_sffi.{self.name}"

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return _dtype_named, (self.name,)  # unpickles as the package's object of that name


def _dtype_named(name: str) -> DType:
    """The package's DType of this name (what a pickled dtype becomes again)."""
    from . import _tables

    found = getattr(_tables, name, None)
    if not isinstance(found, DType):
        raise TypeError(f"torch_sffi has no dtype {name!r}")
    return found


class device:
    """A device, as torch.device: a type (cpu, cuda, meta) and an index (None: the current one).

    `device("cuda:1")`, `device("cuda", 1)`, `device("cpu")`; wherever a device is taken, a
    string or a CUDA ordinal (int) is accepted too, as in PyTorch.
    """

    __slots__ = ("type", "index")

    def __init__(self, type: str | device, index: int | None = None) -> None:  # noqa: A002 - torch.device's name
        if isinstance(type, device):
            if index is not None:
                raise TypeError("device(device, index): give the index in the first argument only")
            self.type: str = type.type
            self.index: int | None = type.index
            return
        if not isinstance(type, str):
            raise TypeError(f"device() takes a string like 'cuda:0', not {builtins.type(type).__name__}")
        kind, sep, ordinal = type.partition(":")
        if sep:
            if index is not None:
                raise RuntimeError(f"type (string) must not include an index because index was passed explicitly: {type}")
            if not ordinal.isdigit():
                raise RuntimeError(f"Invalid device string: '{type}'")
            index = int(ordinal)
        if index is not None and index < 0:
            raise RuntimeError(f"Device index must not be negative, got {index}")
        self.type = kind
        self.index = index

    def __eq__(self, other: object) -> builtins.bool:
        return isinstance(other, device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self) -> int:
        return hash((self.type, self.index))

    def __str__(self) -> str:
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __repr__(self) -> str:
        return f"device(type='{self.type}'" + ("" if self.index is None else f", index={self.index}") + ")"


class Size(tuple[int, ...]):
    """The sizes of a tensor, as torch.Size: a tuple of ints (Tensor.shape, Tensor.size()) that
    also counts its elements (numel()); slicing, concatenating or repeating one gives a Size."""

    __slots__ = ()

    def __new__(cls, sizes: Iterable[SupportsIndex] = ()) -> Size:
        try:
            return super().__new__(cls, [operator.index(s) for s in sizes])
        except TypeError:
            raise TypeError(f"torch_sffi.Size() takes an iterable of ints, not {sizes!r}") from None

    def numel(self) -> int:
        """The number of elements of a tensor of these sizes (1 for no dimension)."""
        return math.prod(self)

    @overload
    def __getitem__(self, index: SupportsIndex) -> int: ...
    @overload
    def __getitem__(self, index: slice) -> Size: ...
    def __getitem__(self, index: SupportsIndex | slice) -> int | Size:
        if isinstance(index, slice):
            return Size(super().__getitem__(index))
        return super().__getitem__(index)

    def __add__(self, other: tuple[Any, ...]) -> Size:
        if not isinstance(other, tuple):
            return NotImplemented
        return Size(tuple(self) + other)

    def __mul__(self, times: SupportsIndex) -> Size:
        return Size(tuple(self) * operator.index(times))

    __rmul__ = __mul__

    def __repr__(self) -> str:
        return f"torch_sffi.Size({list(self)})"

    def __reduce__(self) -> tuple[type[Size], tuple[tuple[int, ...]]]:
        return (Size, (tuple(self),))


class TorchError(Exception):
    """Base of every error raised by torch_sffi; `code` is the bridge's error code (0: raised in Python)."""

    code: int = 0

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class memory_format(str):
    """A memory layout, as torch.memory_format: the objects torch_sffi.contiguous_format,
    preserve_format, channels_last and channels_last_3d. Each is also the text of the
    catalogue's `memory_format` value, which is how it crosses the bridge."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"torch_sffi.{str(self)}"


contiguous_format = memory_format("contiguous_format")
preserve_format = memory_format("preserve_format")
channels_last = memory_format("channels_last")
channels_last_3d = memory_format("channels_last_3d")
MEMORY_FORMATS = (contiguous_format, preserve_format, channels_last, channels_last_3d)
