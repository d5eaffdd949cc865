"""The catalogue's type vocabulary: PyTorch's schema language (native_functions.yaml).

A parameter or result type is written as PyTorch writes it in its function schemas:

    Tensor  Tensor?  Tensor[]  Tensor?[]  Tensor(a!)      tensors (Tensor(a!): changed in place)
    int  int?  int[]  int[2]  int[]?  int[1]?             64-bit integers, int-or-list dims
    float  float?  float[]  float[]?                      doubles
    bool  bool?                                           booleans
    Scalar  Scalar?                                       a number: int, float or bool
    ScalarType  ScalarType?                               a dtype (the catalogue's `dtypes`)
    Device  Device?                                       a device (the catalogue's `devices`)
    str  str?                                             UTF-8 text
    <enum>  <enum>?                                       text from a fixed set (the catalogue's `enums`)

plus two words of our own: `Stream` (a CUDA stream handle) and `int32` (a C int32_t, which the
reference API uses for device ordinals and dtype codes). `int[N]` is PyTorch's int-or-list: a
single integer stands for N copies of itself. A result is one of these, a list of named
tensors (a tuple, as PyTorch's named tuples), or nothing.

How each kind crosses the C ABI is decided in one place, generator/abi.py; every target maps
that lowering into its language, so a type is added here, lowered there, and mapped in each
target's table (the tests check every table covers every lowering key).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Base types and what each is, in words (used in diagnostics and documentation).
BASES: dict[str, str] = {
    "Tensor": "a tensor (a handle across the C ABI)",
    "Stream": "a CUDA stream (a handle across the C ABI)",
    "int": "a 64-bit signed integer",
    "int32": "a 32-bit signed integer (C int32_t)",
    "float": "a 64-bit float",
    "bool": "a boolean",
    "Scalar": "a number: an int, a float or a bool, kept as given (PyTorch's Scalar)",
    "ScalarType": "a dtype",
    "Device": "a device (type and index)",
    "str": "UTF-8 text",
}
ENUM = "enum"  # the base of a named enumeration's type (its spelling is the enum's name)
VOID = "()"  # the spelling of "no result"

# Which decorations each base takes: (optional, list, optional list, list of optionals, sized list).
_OPTIONAL = frozenset({"Tensor", "int", "float", "bool", "Scalar", "ScalarType", "Device", "str", ENUM})
_LIST = frozenset({"Tensor", "int", "float"})
_OPTIONAL_LIST = frozenset({"int", "float"})
_SIZED_LIST = frozenset({"int"})


# A type as PyTorch's schemas write it (`sffi-gen draft` reads native_functions.yaml with it too):
# base, alias annotation (a!), optional entries ?[ , list [N], optional ?.
SCHEMA_TYPE = re.compile(
    r"^(?P<base>[A-Za-z_][A-Za-z0-9_]*)"
    r"(?:\((?P<alias>[^)]*)\))?"
    r"(?P<item_opt>\?(?=\[))?"
    r"(?P<list>\[(?P<size>[0-9]*)\])?"
    r"(?P<opt>\?)?$"
)


@dataclass(frozen=True)
class EnumDef:
    """A named set of text values (PyTorch's str arguments with fixed choices: reduction, ...)."""

    name: str
    values: tuple[str, ...]
    doc: str
    line: int
    error: str = "value"  # the error code of a value outside the set (PyTorch raises ValueError or RuntimeError)


@dataclass(frozen=True)
class SchemaType:
    """One parameter or result type, parsed from its schema spelling."""

    base: str  # a key of BASES, ENUM, or "void"
    is_list: bool = False
    size: int | None = None  # int[2]: a single int stands for `size` copies
    optional: bool = False  # T? (for lists: the whole list may be None)
    item_optional: bool = False  # Tensor?[]: entries may be None
    mutable: bool = False  # Tensor(a!): the function changes this tensor in place
    enum: EnumDef | None = None

    @property
    def spelling(self) -> str:
        """As the catalogue writes it."""
        if self.base == "void":
            return VOID
        text = self.enum.name if self.enum is not None else self.base
        if self.mutable:
            text += "(a!)"
        if self.item_optional:
            text += "?"
        if self.is_list:
            text += f"[{self.size if self.size is not None else ''}]"
        if self.optional:
            text += "?"
        return text

    @property
    def key(self) -> str:
        """The lowering key: the spelling without what does not change the C ABI (list sizes,
        in-place marks, enum names: an enum crosses as text)."""
        if self.base == "void":
            return "void"
        text = "str" if self.enum is not None else self.base
        if self.item_optional:
            text += "?"
        if self.is_list:
            text += "[]"
        if self.optional:
            text += "?"
        return text

    @property
    def name(self) -> str:  # for messages and brief signatures
        return self.spelling

    @property
    def is_void(self) -> bool:
        return self.base == "void"

    @property
    def is_tensor(self) -> bool:
        return self.base == "Tensor" and not self.is_list

    @property
    def is_handle(self) -> bool:
        return self.base in ("Tensor", "Stream") and not self.is_list

    @property
    def is_array(self) -> bool:
        return self.is_list


VOID_TYPE = SchemaType("void")


def parse_type(text: str, enums: dict[str, EnumDef] | None = None) -> SchemaType:
    """Parses a schema spelling; raises ValueError with what is wrong."""
    m = SCHEMA_TYPE.match(text.strip()) if isinstance(text, str) else None
    if m is None:
        raise ValueError(f"'{text}' is not a type (known: {known_type_names(enums)})")
    base = m["base"]
    enum = (enums or {}).get(base)
    if enum is not None:
        resolved = ENUM
    elif base in BASES:
        resolved = base
    elif base == "SymInt":
        raise ValueError(f"'{text}': write int for SymInt (symbolic sizes are plain integers here)")
    else:
        raise ValueError(f"unknown type '{base}'" + (f" in '{text}'" if text != base else "") + f" (known: {known_type_names(enums)})")
    mutable = m["alias"] is not None
    if mutable and (resolved != "Tensor" or m["alias"] != "a!" or m["list"] or m["opt"] or m["item_opt"]):
        raise ValueError(f"'{text}': only a plain tensor can be marked changed in place, as Tensor(a!)")
    is_list = m["list"] is not None
    size = int(m["size"]) if m["size"] else None
    optional = m["opt"] is not None
    item_optional = m["item_opt"] is not None
    if item_optional and not (is_list and resolved == "Tensor"):
        raise ValueError(f"'{text}': only Tensor?[] has optional entries")
    if is_list and resolved not in _LIST:
        raise ValueError(f"'{text}': {resolved if enum is None else 'an enum'} has no list form (lists: Tensor[], int[], float[])")
    if size is not None and (resolved not in _SIZED_LIST or size < 1):
        raise ValueError(f"'{text}': only int lists take a size, int[N] with N >= 1")
    if optional and is_list and resolved not in _OPTIONAL_LIST:
        raise ValueError(f"'{text}': only int[] and float[] can be optional as a whole")
    if optional and not is_list and resolved not in _OPTIONAL:
        raise ValueError(f"'{text}': {base} has no optional form")
    return SchemaType(resolved, is_list, size, optional, item_optional, mutable, enum)


def known_type_names(enums: dict[str, EnumDef] | None = None) -> str:
    names = [*BASES, *(enums or {})]
    return ", ".join(names) + "; with ?, [], [N], (a!) as in PyTorch's schemas"
