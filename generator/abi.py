"""The C ABI of every catalogue entry, decided once.

Every tier (the C++ bridge, the cffi builder, the Rust extern block, Simple's ffi.spl, and
through them the wrappers) maps this lowering into its language; no target derives a C
signature itself. For each schema type (generator/types.py) the table LOWERING gives the C
parameters it becomes, and RESULTS what a result becomes: the C return type, the trailing
caller-buffer parameters of array results, the sentinel a failed call returns and whether that
sentinel can also be a legitimate value (then callers read the error code when they see it).

The lowering, in words (also the comment at the top of the generated header):

    Tensor, Tensor(a!), Stream    int64_t handle (0 is never a handle)
    Tensor?                       int64_t handle, 0 for None
    Tensor[]                      const int64_t* x, int64_t x_len
    Tensor?[]                     const int64_t* x, int64_t x_len; a 0 entry is None
    int / int32 / float / bool    int64_t / int32_t / double / bool
    int? / float? / bool?         the value, then bool x_present (false: None; the value is ignored)
    Scalar                        double x, int64_t x_int, int32_t x_kind: kind 0 is a float (in x),
                                  1 an int (in x_int), 2 a bool (x_int != 0)
    Scalar?                       the same, kind -1 for None
    int[] / int[N] / float[]      const T* x, int64_t x_len (int[N]: a length of 1 stands for N copies)
    int[]? / float[]?             the same, then bool x_present (false: None; the array is ignored)
    ScalarType                    int32_t dtype code (the catalogue's dtypes: c10::ScalarType)
    ScalarType?                   the same, -1 for None
    Device                        int32_t x_type (the catalogue's devices), int32_t x_index (-1: the current one)
    Device?                       the same, x_type -1 for None
    str / enum                    const char* (UTF-8, NUL-terminated; an enum is one of its values)
    str? / enum?                  the same, NULL for None

    results: a handle (0 on failure; for Tensor? also "None"); int64_t (-1), int32_t (-1),
    double (NaN), bool (false); text as const char* into per-thread storage (NULL on failure);
    arrays and tuples of tensors into a caller buffer (T* out, int64_t out_capacity) with the
    full length returned (-1 on failure; nothing written, and no handle made, when it exceeds
    the capacity); a ScalarType as its int32_t code (-1 on failure); nothing (void: read the
    error code).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from functools import cached_property

from .errors import GenerationError
from .model import Function, Param
from .types import SchemaType


class Role(enum.Enum):
    """What one C parameter carries."""

    VALUE = "value"  # the value itself (a handle, a number, a pointer to text or to the first element)
    LENGTH = "length"  # the element count of the array before it
    PRESENT = "present"  # whether the optional value before it is given
    INT = "int"  # a Scalar's integer value
    KIND = "kind"  # a Scalar's kind (-1 None, 0 float, 1 int, 2 bool)
    DEVICE_INDEX = "device_index"  # a Device's index (-1: current)
    OUT = "out"  # a result buffer
    CAPACITY = "capacity"  # the result buffer's element count


class Sentinel(enum.Enum):
    """What a failed call returns, independent of any language's spelling."""

    ZERO = "0"
    MINUS_ONE = "-1"
    NAN = "NaN"
    FALSE = "false"
    NULL = "NULL"
    NONE = "nothing"  # void: no value; read the error code


@dataclass(frozen=True)
class CArg:
    suffix: str  # appended to the parameter's name ("" for the first)
    c_type: str  # as in the C header: int64_t, const int64_t*, double, bool, const char*, int32_t
    role: Role


@dataclass(frozen=True)
class ParamLowering:
    args: tuple[CArg, ...]
    none: str | None  # how None is passed, in words; None when the type is not optional

    @property
    def is_array(self) -> bool:
        return any(a.role is Role.LENGTH for a in self.args)


def _one(c_type: str, none: str | None = None) -> ParamLowering:
    return ParamLowering((CArg("", c_type, Role.VALUE),), none)


def _array(element: str) -> ParamLowering:
    return ParamLowering((CArg("", f"const {element}*", Role.VALUE), CArg("_len", "int64_t", Role.LENGTH)), None)


def _optional_array(element: str) -> ParamLowering:
    return ParamLowering(
        (*_array(element).args, CArg("_present", "bool", Role.PRESENT)), "x_present false (the array is ignored)"
    )


def _present(c_type: str) -> ParamLowering:
    return ParamLowering(
        (CArg("", c_type, Role.VALUE), CArg("_present", "bool", Role.PRESENT)), "x_present false (the value is ignored)"
    )


_SCALAR = (CArg("", "double", Role.VALUE), CArg("_int", "int64_t", Role.INT), CArg("_kind", "int32_t", Role.KIND))
_DEVICE = (CArg("_type", "int32_t", Role.VALUE), CArg("_index", "int32_t", Role.DEVICE_INDEX))

LOWERING: dict[str, ParamLowering] = {
    "Tensor": _one("int64_t"),
    "Tensor?": _one("int64_t", "0"),
    "Stream": _one("int64_t"),
    "Tensor[]": _array("int64_t"),
    "Tensor?[]": _array("int64_t"),
    "int": _one("int64_t"),
    "int32": _one("int32_t"),
    "float": _one("double"),
    "bool": _one("bool"),
    "int?": _present("int64_t"),
    "float?": _present("double"),
    "bool?": _present("bool"),
    "Scalar": ParamLowering(_SCALAR, None),
    "Scalar?": ParamLowering(_SCALAR, "x_kind -1"),
    "int[]": _array("int64_t"),
    "float[]": _array("double"),
    "int[]?": _optional_array("int64_t"),
    "float[]?": _optional_array("double"),
    "ScalarType": _one("int32_t"),
    "ScalarType?": _one("int32_t", "-1"),
    "Device": ParamLowering(_DEVICE, None),
    "Device?": ParamLowering(_DEVICE, "x_type -1"),
    "str": _one("const char*"),
    "str?": _one("const char*", "NULL"),
}

# Scalar kinds on the wire (x_kind), and device types (x_type) are the catalogue's `devices`.
SCALAR_KINDS: dict[str, int] = {"none": -1, "float": 0, "int": 1, "bool": 2}


@dataclass(frozen=True)
class ResultLowering:
    c_type: str  # the C return type ("void" for none)
    out: tuple[CArg, ...]  # trailing caller-buffer parameters (named out, out_capacity)
    sentinel: Sentinel
    legitimate: bool  # the sentinel can also be a successful result: read the error code

    @property
    def is_buffer(self) -> bool:
        return bool(self.out)

    @property
    def element(self) -> str | None:
        """The C element type of the caller buffer."""
        return self.out[0].c_type.rstrip("*").strip() if self.out else None


def _buffer(element: str) -> tuple[CArg, ...]:
    return (CArg("out", f"{element}*", Role.OUT), CArg("out_capacity", "int64_t", Role.CAPACITY))


RESULTS: dict[str, ResultLowering] = {
    "Tensor": ResultLowering("int64_t", (), Sentinel.ZERO, False),
    "Tensor?": ResultLowering("int64_t", (), Sentinel.ZERO, True),
    "Stream": ResultLowering("int64_t", (), Sentinel.ZERO, False),
    "Tensor[]": ResultLowering("int64_t", _buffer("int64_t"), Sentinel.MINUS_ONE, False),
    "int": ResultLowering("int64_t", (), Sentinel.MINUS_ONE, True),
    "int32": ResultLowering("int32_t", (), Sentinel.MINUS_ONE, True),
    "float": ResultLowering("double", (), Sentinel.NAN, True),
    "bool": ResultLowering("bool", (), Sentinel.FALSE, True),
    "str": ResultLowering("const char*", (), Sentinel.NULL, False),
    "int[]": ResultLowering("int64_t", _buffer("int64_t"), Sentinel.MINUS_ONE, False),
    "float[]": ResultLowering("int64_t", _buffer("double"), Sentinel.MINUS_ONE, False),
    "ScalarType": ResultLowering("int32_t", (), Sentinel.MINUS_ONE, False),
    "void": ResultLowering("void", (), Sentinel.NONE, True),
}

class Access(enum.Enum):
    """How a call holds the bridge's call lock, the one reader-writer lock that serialises what
    libtorch does not make safe under concurrent use of one tensor (the rule the generated
    header states in its "Threads" paragraph)."""

    NONE = "none"  # the handle table and the error state only (each under its own lock, or per thread)
    SHARED = "shared"  # beside every other shared call
    EXCLUSIVE = "exclusive"  # alone


def access(fn: Function) -> Access:
    """The rule, from catalogue facts: an entry that changes a tensor in place (a Tensor(a!)
    parameter) or uses a tensor's .grad itself (`autograd: grad`) runs alone, since libtorch
    guards neither against another thread reading the same tensor (through an alias too: a
    second handle from contiguous() or cpu()); the entries of a role and the error getters touch
    only the bridge's own state and take no lock; everything else holds it shared, the autograd
    engine included (it guards the .grad it writes, and no shared call reads .grad). A
    `collective` entry (a process group's call: it waits for the other ranks, as long as the
    group's timeout) takes no lock either: holding it would stop every other thread meanwhile,
    and c10d may take Python's interpreter lock inside (its flight recorder, when torch's Python
    module is loaded), which a thread holding that lock and waiting for the call lock would
    deadlock; the tensors of the call are held by reference, so none is freed under it."""
    if fn.role is not None or fn.keeps_error_state or fn.collective:
        return Access.NONE
    if any(p.type.mutable for p in fn.params) or fn.autograd == "grad":
        return Access.EXCLUSIVE
    return Access.SHARED


# C parameter names the lowering itself uses for results.
RESULT_NAMES = frozenset({"out", "out_capacity"})


@dataclass(frozen=True)
class CParam:
    """One C parameter: its name, C type, what it carries, and the catalogue parameter it is of
    (None for a result buffer)."""

    name: str
    c_type: str
    role: Role
    param: Param | None

    @property
    def decl(self) -> str:
        return f"{self.c_type} {self.name}"


@dataclass(frozen=True)
class CSignature:
    """The C signature of one catalogue entry."""

    fn: Function
    params: tuple[CParam, ...]  # in order, result buffers last
    result: ResultLowering

    @property
    def return_type(self) -> str:
        return self.result.c_type

    @cached_property
    def by_param(self) -> dict[str, tuple[CParam, ...]]:
        """Catalogue parameter name -> its C parameters."""
        out: dict[str, list[CParam]] = {}
        for c in self.params:
            if c.param is not None:
                out.setdefault(c.param.name, []).append(c)
        return {k: tuple(v) for k, v in out.items()}

    @property
    def out_params(self) -> tuple[CParam, ...]:
        return tuple(c for c in self.params if c.param is None)

    def decls(self) -> str:
        return ", ".join(c.decl for c in self.params) or "void"


def param_lowering(t: SchemaType, fn: Function | None = None) -> ParamLowering:
    try:
        return LOWERING[t.key]
    except KeyError:
        where = f" (needed by {fn.name})" if fn is not None else ""
        raise GenerationError(f"the C ABI has no lowering for parameter type '{t.spelling}'{where}") from None


def result_lowering(t: SchemaType, fn: Function | None = None) -> ResultLowering:
    try:
        return RESULTS[t.key]
    except KeyError:
        where = f" (needed by {fn.name})" if fn is not None else ""
        raise GenerationError(f"the C ABI has no lowering for result type '{t.spelling}'{where}") from None


def lowered_names(name: str, t: SchemaType) -> tuple[str, ...]:
    """The C parameter names one catalogue parameter becomes (the loader checks they are unique)."""
    return tuple(name + a.suffix for a in param_lowering(t).args)


_MEMO = "_c_signature"  # where an entry keeps its C signature once computed


def signature(fn: Function) -> CSignature:
    """The C signature of an entry, computed once per Function object and kept on it (in its
    __dict__, as functools.cached_property keeps values on frozen dataclasses), so it lives and
    dies with the entry."""
    hit: CSignature | None = fn.__dict__.get(_MEMO)
    if hit is not None and hit.fn is fn:  # (a copy of an entry computes its own)
        return hit
    params: list[CParam] = []
    for p in fn.params:
        for a in param_lowering(p.type, fn).args:
            params.append(CParam(p.name + a.suffix, a.c_type, a.role, p))
    result = result_lowering(fn.result.type, fn)
    params += [CParam(a.suffix, a.c_type, a.role, None) for a in result.out]
    sig = CSignature(fn, tuple(params), result)
    fn.__dict__[_MEMO] = sig
    return sig


def missing_keys(table: dict[str, object], *, results: bool = False) -> list[str]:
    """Lowering keys a target's table does not cover (the tests assert none for every table)."""
    keys = RESULTS if results else LOWERING
    return [k for k in keys if k not in table]
