"""Tier 3 for Python: the `torch_sffi` package (generated/python/).

Generated modules (what the catalogue decides):
    _tensor.py      the Tensor class (one member per catalogue function placed on it) and the
                    package-level functions (torch_sffi.zeros, torch_sffi.sum, ...)
    nn/functional.py, linalg.py, autograd.py, cuda.py    the namespaces, as torch.nn.functional,
                    torch.linalg, ...; nn/__init__.py the package torch_sffi.nn
    return_types.py the named tuples of results with several tensors (torch.return_types)
    _errors.py      one exception class per error code; _tables.py: dtypes and device types
    __init__.py     the public surface; _native.pyi and _core.pyi: types of the extensions
    _core_ops.h     the release function and the fast operators, for the C base type
    _core_calls_<n>.c  the calls into the bridge, one per entry (python_calls.py), in units
plus the hand-written runtime copied from runtime/python/ (_runtime.py, _types.py, _interop.py, optim.py,
nn/module.py, nn/layers.py, nn/loss.py, nn/rnn.py, nn/transformer.py, nn/init.py, nn/parameter.py, _core.c, _core.h) and package.json, the metadata `sffi-gen build --wheel` puts in the wheel.

Where an entry goes is a rule, and the catalogue's `python:` facts say where the rule is not
enough (see README, "The Python tier"):
  * an entry whose `pytorch` counterpart is torch.X is the function torch_sffi.X, and also
    the method Tensor.X when PyTorch has that method (a property when PyTorch's is one);
    torch.nn.functional.X is nn.X, torch.linalg.X linalg.X, torch.Tensor.X the member X;
  * other entries go by their naming group (a torchtensor_ function is a Tensor method named
    after its stem, ...);
  * `python: {kind: internal}` keeps an entry out (a reference form the package supersedes,
    or a function only the runtime calls); owner, name, kind, also, setter, flag,
    tuple_result and operator adjust the rest.
Entries that land on the same public name form one overloaded function: a call goes to the
first form its arguments fit, as PyTorch's argument parser chooses (by the kinds of the
arguments; `flag` selects a form by a Python-only keyword, as F.max_pool2d's return_indices).

Every wrapper passes its arguments to one call of torch_sffi._core (python_calls.py: a C
function per entry), which converts them as generator/abi.py lowers them, calls the bridge,
and returns the result as a Python value or raises the call's error, before any Python code
runs. Overloaded names are bound and dispatched by _core.match / _core.dispatch, and the
members that are one call on the tensor are members of the C base type (_core_ops.h).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace

from .. import abi, runtime
from ..errors import GenerationError
from ..keywords import PYTHON as PY_KEYWORDS
from ..model import PREFIX, Catalogue, Function, Param
from ..render import HEADER_TEXT
from ..types import SchemaType
from . import python_calls
from .common import FREE_ROLE, STREAM, TENSOR, destructor_function, error_protocol, is_release, wrap

NAME = "python"
DIRS = ("python",)
PACKAGE = "torch_sffi"
# The wheel's distribution name: not "torch-sffi", which is the generator's own (installing
# the wheel into the development environment would replace the generator).
DISTRIBUTION = "torch-sffi-python"
PKG_DIR = f"python/{PACKAGE}"
RUNTIME_FILES = (
    "_runtime.py",
    "_types.py",
    "_interop.py",
    "amp.py",
    "grad_mode.py",
    "jit.py",
    "_function.py",
    "distributed.py",
    "utils/__init__.py",
    "utils/data.py",
    "utils/hooks.py",
)
# Hand-written classes a generated namespace re-exports from a runtime module (module -> (runtime module, names)).
NAMESPACE_RUNTIME: dict[str, tuple[str, tuple[str, ...]]] = {
    "autograd": ("_function", ("Function", "FunctionCtx", "once_differentiable")),
}
# The optimizers (torch_sffi.optim, a package with its lr_scheduler) ship when the catalogue's
# layers name them for this tier.
OPTIM_FILES = ("optim/__init__.py", "optim/lr_scheduler.py")
OPTIM_MODULE = "torch_sffi.optim"
# The module system (torch_sffi.nn.Module, the layers and losses, nn.init, nn.Parameter) ships
# when the catalogue's layers name classes of torch_sffi.nn for this tier; nn/__init__.py
# re-exports it beside the functions, as torch.nn does.
NN_FILES = (
    "nn/parameter.py",
    "nn/init.py",
    "nn/module.py",
    "nn/layers.py",
    "nn/loss.py",
    "nn/rnn.py",
    "nn/transformer.py",
    "nn/parallel.py",
    "nn/utils/__init__.py",
    "nn/utils/clip_grad.py",
    "nn/utils/convert_parameters.py",
    "nn/utils/rnn.py",
)
NN_MODULE = "torch_sffi.nn"

# ------------------------------------------------------------------------------ where things go

CLASSES = ("Tensor", "Stream", "no_grad")
MODULE = "torch_sffi"  # the package itself
NAMESPACES = ("nn", "linalg", "autograd", "cuda")  # generated modules besides _tensor
# Where a namespace's module is, where it is not NAME.py: torch.nn.functional's functions are in
# the module torch_sffi.nn.functional, and the package torch_sffi.nn re-exports them (NN_INIT).
MODULE_FILES: dict[str, str] = {"nn": "nn/functional.py"}
NN_INIT = "nn/__init__.py"
OWNER_MODULE = {"Tensor": "_tensor", MODULE: "_tensor", "Stream": "cuda", "no_grad": "autograd", **{n: n for n in NAMESPACES}}
PUBLIC_PREFIX = {"Tensor": "torch_sffi.Tensor", MODULE: "torch_sffi", "Stream": "torch_sffi.cuda.Stream", "no_grad": "torch_sffi.autograd.no_grad", **{n: f"torch_sffi.{n}" for n in NAMESPACES}}
# PyTorch's namespaces -> where their functions go here.
PYTORCH_MODULES = {"torch": MODULE, "torch.nn.functional": "nn", "torch.linalg": "linalg", "torch.autograd": "autograd", "torch.cuda": "cuda"}
# The naming groups' own places (for entries whose counterpart says nothing).
GROUP_OWNERS = {"tensor_": MODULE, "nn_": "nn", "autograd_": "autograd", "cuda_": "cuda", "": MODULE}
RECEIVER_NAME = "input"  # the tensor a function form takes first, as torch.X(input, ...)


@dataclass(frozen=True)
class Place:
    owner: str  # a class (Tensor, Stream, no_grad) or a module (torch_sffi, nn, ...)
    name: str
    kind: str  # method, property, function, constructor, enter, exit

    @property
    def is_class(self) -> bool:
        return self.owner in CLASSES

    @property
    def takes_self(self) -> bool:
        """A method or property of an object: the receiver is `self`, not a parameter."""
        return self.is_class and self.kind != "constructor" and self.owner != "no_grad"

    @property
    def path(self) -> str:
        return f"{PUBLIC_PREFIX[self.owner]}.{self.name}"


def _tensor_attributes(catalogue: Catalogue) -> tuple[set[str], set[str]] | None:
    """torch.Tensor's callables and attributes in the API snapshot (None without one)."""
    api = catalogue.pytorch_api
    if api is None:
        return None
    ns = api.by_name.get("torch.Tensor")
    if ns is None:
        return None
    return {c.name for c in ns.callables}, set(ns.attributes)


def _receiver_kind(fn: Function) -> str | None:
    """The class a function could be a method of: Tensor or Stream, by its first parameter."""
    first = fn.params[0].type if fn.params else None
    return first.base if first is not None and first.is_handle and not first.optional else None


def default_places(fn: Function, tensor_api: tuple[set[str], set[str]] | None) -> list[Place]:
    """Where the rule puts an entry, before its `python:` facts."""
    receiver = _receiver_kind(fn)
    if fn.pytorch:
        module, _, name = fn.pytorch.rpartition(".")
        if module == "torch.Tensor":
            attrs = tensor_api[1] if tensor_api else set()
            return [Place("Tensor", name, "property" if name in attrs else "method")]
        if module == "torch.cuda" and name == "Stream":
            return [Place("Stream", "__init__", "constructor")]
        owner = PYTORCH_MODULES.get(module)
        if owner is not None and not name.startswith("_"):
            places = [Place(owner, name, "function")]
            if owner == MODULE and receiver == "Tensor":
                callables, attrs = tensor_api if tensor_api else ({name}, set())
                if name in attrs:
                    places.append(Place("Tensor", name, "property"))
                elif name in callables:
                    places.append(Place("Tensor", name, "method"))
            return places
    group = fn.group
    if group.receiver == "tensor" or group.prefix == "autograd_" and receiver == "Tensor":
        return [Place("Tensor", fn.stem, "method")] if receiver == "Tensor" else [Place(MODULE, fn.stem, "function")]
    if group.receiver == "stream":
        return [Place("Stream", fn.stem, "method")]
    if group.constructs == "stream":
        return [Place("Stream", "__init__", "constructor")]
    try:
        return [Place(GROUP_OWNERS[group.prefix], fn.stem, "function")]
    except KeyError:
        raise GenerationError(f"target {NAME}: no place for group '{group.prefix}' (needed by {fn.name})") from None


def places(fn: Function, tensor_api: tuple[set[str], set[str]] | None) -> list[Place]:
    """Every public place of an entry: the rule, adjusted by its `python:` facts."""
    facts = fn.python
    if facts.kind == "internal":
        return []
    found = default_places(fn, tensor_api)
    if facts.owner or facts.name or facts.kind:
        first = found[0]
        owner = facts.owner or first.owner
        kind = facts.kind or ("method" if owner in ("Tensor", "Stream") and first.kind == "function" else first.kind)
        found = [Place(owner, facts.name or first.name, kind)] + ([] if facts.owner else found[1:])
    for qualified in facts.also:
        owner, _, name = qualified.partition(".")
        attrs = tensor_api[1] if tensor_api else set()
        kind = ("property" if name in attrs else "method") if owner in ("Tensor", "Stream") else "function"
        found.append(Place(owner, name, kind))
    if is_release(fn):  # the wrapper classes' free(): a method, whatever the counterpart
        found = [Place(_receiver_kind(fn) or "Tensor", "free", "method")] if fn.role != "release_tensor" else []
    for p in found:
        if p.is_class and p.kind in ("method", "property", "enter", "exit") and p.owner != "no_grad" and _receiver_kind(fn) != p.owner:
            raise GenerationError(f"target {NAME}: {fn.name} is placed on {p.owner} but does not take one first")
        if p.name in PY_KEYWORDS:
            raise GenerationError(f"target {NAME}: {fn.name} would be named '{p.name}', a Python keyword; give `python: {{name: ...}}`")
    return found


# ------------------------------------------------------------------------------ type tables

# Lowering key -> the annotation of a parameter of that kind.
ANNOTATION: dict[str, str] = {
    "Tensor": "Tensor",
    "Tensor?": "Tensor | None",
    "Stream": "Stream",
    "Tensor[]": "Sequence[Tensor]",
    "Tensor?[]": "Sequence[Tensor | None]",
    "int": "int",
    "int32": "int",
    "float": "float",
    "bool": "bool",
    "int?": "int | None",
    "float?": "float | None",
    "bool?": "bool | None",
    "Scalar": "Number",
    "Scalar?": "Number | None",
    "int[]": "int | Sequence[int]",
    "float[]": "float | Sequence[float]",
    "int[]?": "int | Sequence[int] | None",
    "float[]?": "float | Sequence[float] | None",
    "ScalarType": "DType",
    "ScalarType?": "DType | None",
    "Device": "DeviceLike",
    "Device?": "DeviceLike | None",
    "str": "str",
    "str?": "str | None",
}


@dataclass(frozen=True)
class Convert:
    """How a parameter goes to its _core call: statements first (over {n}, the Python name,
    and {v}, a local for the converted value), then the values the call takes."""

    prelude: tuple[str, ...]
    args: tuple[str, ...]


CONVERT: dict[str, Convert] = {
    # Tensors go to the call as they are: it checks them and takes their handles in C.
    "Tensor": Convert((), ("{n}",)),
    "Tensor?": Convert((), ("{n}",)),
    "Stream": Convert((), ("{n}._h",)),
    "Tensor[]": Convert((), ("{n}",)),
    "Tensor?[]": Convert((), ("{n}",)),
    "int": Convert((), ("{n}",)),
    "int32": Convert((), ("{n}",)),
    "float": Convert((), ("{n}",)),
    "bool": Convert((), ("{n}",)),
    "int?": Convert((), ("0 if {n} is None else {n}", "{n} is not None")),
    "float?": Convert((), ("0.0 if {n} is None else {n}", "{n} is not None")),
    "bool?": Convert((), ("False if {n} is None else {n}", "{n} is not None")),
    # Scalars, devices and dtypes go as they are: the call converts them in C (other kinds of
    # number, device strings, through the runtime's converters).
    "Scalar": Convert((), ("{n}",)),
    "Scalar?": Convert((), ("{n}",)),
    "int[]": Convert(('{v} = _ints({n}, "{n}")',), ("{v}",)),
    "float[]": Convert(('{v} = _floats({n}, "{n}")',), ("{v}",)),
    "int[]?": Convert(('{v} = _EMPTY if {n} is None else _ints({n}, "{n}")',), ("{v}", "{n} is not None")),
    "float[]?": Convert(('{v} = _EMPTY if {n} is None else _floats({n}, "{n}")',), ("{v}", "{n} is not None")),
    "ScalarType": Convert((), ("{n}",)),
    "ScalarType?": Convert((), ("{n}",)),
    "Device": Convert((), ("{n}",)),
    "Device?": Convert((), ("{n}",)),
    "str": Convert((), ('_text({n}, "{n}")',)),
    "str?": Convert((), ('_opt_text({n}, "{n}")',)),
}

# Handle arguments whose public name is not the catalogue's: checked here, so that a wrong type
# is reported under the name the caller used (the call names the catalogue's parameter).
RENAMED_HANDLE: dict[str, Convert] = {
    "Tensor": Convert((), ('{n} if {n}.__class__ is _Tensor else _handle({n}, "{n}")',)),
    "Tensor?": Convert((), ('_opt_handle({n}, "{n}")',)),
    "Tensor[]": Convert(('{v} = _handles({n}, "{n}")',), ("{v}",)),
    "Tensor?[]": Convert(('{v} = _opt_handles({n}, "{n}")',), ("{v}",)),
}

# Result key -> its annotation and the buffer element type (array results).
RESULT_ANNOTATION: dict[str, str] = {
    "Tensor": "Tensor",
    "Tensor?": "Tensor | None",
    "Stream": "None",
    "Tensor[]": "tuple[Tensor, ...]",
    "int": "int",
    "int32": "int",
    "float": "float",
    "bool": "bool",
    "str": "str",
    "int[]": "list[int]",
    "float[]": "list[float]",
    "ScalarType": "DType",
    "void": "None",
}

# Types of the compiled cffi module's functions (_native.pyi), per C type.
NATIVE_TYPE: dict[str, str] = {
    "int64_t": "int",
    "int32_t": "int",
    "double": "float",
    "bool": "bool",
    "const char*": "bytes | CData",
    "const int64_t*": "Sequence[int] | CData",
    "const double*": "Sequence[float] | CData",
    "int64_t*": "CData",
    "double*": "CData",
    "void": "None",
}
NATIVE_RESULT: dict[str, str] = {**NATIVE_TYPE, "const char*": "CData"}

# The dtypes the runtime names: what torch.tensor infers for Python data, and what the bridge's
# from_data / from_i64 make.
RUNTIME_DTYPES = ("float32", "float64", "int64", "bool")

# Error codes -> exception classes: (class name, the built-in exception it also is).
ERROR_CLASSES: dict[str, tuple[str, str | None]] = {
    "invalid_handle": ("InvalidHandleError", None),
    "index": ("TorchIndexError", "IndexError"),
    "value": ("TorchValueError", "ValueError"),
    "type": ("TorchTypeError", "TypeError"),
    "unavailable": ("TorchUnavailableError", "NotImplementedError"),  # a RuntimeError too
    "out_of_memory": ("TorchOutOfMemoryError", "MemoryError"),
    "other": ("TorchRuntimeError", "RuntimeError"),
    "distributed": ("TorchDistributedError", "RuntimeError"),  # torch.distributed's DistError is a RuntimeError
}
# The error codes whose classes the Python side raises itself (ragged lists, bad arguments).
PY_SIDE_ERRORS = ("value", "type", "index", "other")

# dtypes -> their kind, which decides how values are read back, printed and inferred.
DTYPE_KINDS: dict[str, str] = {
    "uint8": "int",
    "int8": "int",
    "int16": "int",
    "int32": "int",
    "int64": "int",
    "float16": "float",
    "float32": "float",
    "float64": "float",
    "bfloat16": "float",
    "complex64": "complex",
    "complex128": "complex",
    "bool": "bool",
}

# ------------------------------------------------------------------------------ operators

# Operators the C base type implements between two tensors (the catalogue marks the function
# with `python: {operator: ...}`): the CPython number slot, and the public method whose
# Python implementation serves every other operand.
FAST_SLOTS: dict[str, tuple[str, str, int]] = {  # operator -> (slot, method, arity)
    "+": ("nb_add", "add", 2),
    "-": ("nb_subtract", "sub", 2),
    "*": ("nb_multiply", "mul", 2),
    "/": ("nb_true_divide", "div", 2),
    "@": ("nb_matrix_multiply", "matmul", 2),
    "neg": ("nb_negative", "neg", 1),
    "abs": ("nb_absolute", "abs", 1),
}
SLOT_DUNDERS = {
    "nb_add": ("__add__", "__radd__"),
    "nb_subtract": ("__sub__", "__rsub__"),
    "nb_multiply": ("__mul__", "__rmul__"),
    "nb_true_divide": ("__truediv__", "__rtruediv__"),
    "nb_matrix_multiply": ("__matmul__", "__rmatmul__"),
    "nb_negative": ("__neg__",),
    "nb_absolute": ("__abs__",),
}
# Python's operators -> the Tensor method they are (defined in Python unless a C slot serves them).
OPERATORS: dict[str, str] = {
    "__add__": "add",
    "__radd__": "add",
    "__sub__": "sub",
    "__mul__": "mul",
    "__rmul__": "mul",
    "__truediv__": "div",
    "__matmul__": "matmul",
    "__pow__": "pow",
    "__neg__": "neg",
    "__abs__": "abs",
    "__pos__": "positive",
    "__eq__": "eq",
    "__ne__": "ne",
    "__lt__": "lt",
    "__le__": "le",
    "__gt__": "gt",
    "__ge__": "ge",
    "__floordiv__": "floor_divide",
    "__mod__": "remainder",
    "__and__": "bitwise_and",
    "__rand__": "bitwise_and",
    "__or__": "bitwise_or",
    "__ror__": "bitwise_or",
    "__xor__": "bitwise_xor",
    "__rxor__": "bitwise_xor",
    "__lshift__": "bitwise_left_shift",
    "__rshift__": "bitwise_right_shift",
    # in place: the same tensor, updated (PyTorch has no `@=`: Python rebinds `a = a @ b`)
    "__iadd__": "add_",
    "__isub__": "sub_",
    "__imul__": "mul_",
    "__itruediv__": "div_",
    "__ifloordiv__": "floor_divide_",
    "__imod__": "remainder_",
    "__ipow__": "pow_",
    "__iand__": "bitwise_and_",
    "__ior__": "bitwise_or_",
    "__ixor__": "bitwise_xor_",
    "__ilshift__": "bitwise_left_shift_",
    "__irshift__": "bitwise_right_shift_",
}
# The operators that are plain aliases of their method; every other one answers NotImplemented
# where its method raises TypeError, as PyTorch's do (TypeError_to_NotImplemented_,
# _wrap_type_error_to_not_implemented): `t == None` is False, and `t + "a"` asks the other
# operand before Python raises its own TypeError.
PLAIN_OPERATORS = frozenset({"__pow__", "__neg__", "__abs__", "__pos__", "__ipow__"})
# Python gives a class that defines __eq__ no __hash__: Tensor takes back PyTorch's (by id).
HASH = ("__hash__", "_TensorRuntime.__hash__")
# Reflected operators `number OP tensor`, computed as PyTorch computes them: by the function
# that takes the tensor first (torch.rsub), the number first (torch.pow(2, t)), the number as a
# 0-d tensor of the dtype PyTorch's wrapped number gives (torch.floor_divide(2, t)), or as
# reciprocal(t) * number (Tensor.__rtruediv__).
REFLECTED: dict[str, tuple[str, str]] = {  # dunder -> (recipe, the public names it needs)
    "__rsub__": ("tensor_first", "rsub"),
    "__rpow__": ("number_first", "pow"),
    "__rtruediv__": ("reciprocal", "reciprocal"),
    "__rfloordiv__": ("wrapped_number", "floor_divide"),
    "__rmod__": ("number_first", "remainder"),
    "__rlshift__": ("number_first", "bitwise_left_shift"),
    "__rrshift__": ("number_first", "bitwise_right_shift"),
}
# What the wrapped_number recipe calls besides its function.
WRAPPED_NUMBER = ("scalar_tensor", "result_type")

# ------------------------------------------------------------------------------ generated code


@dataclass(frozen=True)
class Member:
    """One definition in a class or module body: all source text decided here."""

    name: str
    decorators: tuple[str, ...]
    signature: tuple[str, ...]  # after `def `, up to the colon (a long one on several lines)
    doc: tuple[str, ...]  # docstring literal lines (the first opens it, the last closes it)
    body: tuple[str, ...]
    overloads: tuple[tuple[str, ...], ...] = ()  # @overload signatures rendered before it
    functions: tuple[str, ...] = ()  # catalogue functions it calls
    comment: str = ""  # after the signature's colon (`# type: ignore[...]`)


@dataclass(frozen=True)
class NamedResult:
    name: str
    fields: tuple[str, ...]
    doc: str


@dataclass(frozen=True)
class ErrorClass:
    name: str
    code: int
    code_name: str
    bases: str
    doc: str  # docstring literal


@dataclass(frozen=True)
class DTypeObj:
    name: str
    code: int
    kind: str
    doc_literal: str
    aliases: tuple[str, ...] = ()  # PyTorch's other names of it (torch.float)


@dataclass
class Module:
    """What one generated module defines."""

    members: dict[str, list[Member]] = field(default_factory=dict)  # owner -> members, in order
    bindings: dict[str, str] = field(default_factory=dict)  # catalogue function -> module global

    def add(self, owner: str, member: Member) -> None:
        existing = self.members.setdefault(owner, [])
        if any(m.name == member.name and "setter" not in "".join(member.decorators) for m in existing):
            raise GenerationError(f"target {NAME}: two definitions of {owner}.{member.name} ({', '.join(member.functions)})")
        existing.append(member)

    def bind(self, fn: Function) -> str:
        return self.bindings.setdefault(fn.name, "_f_" + fn.short_name)


SIGNATURE_WIDTH = 100


def signature(name: str, params: list[str], ret: str, indent: int) -> tuple[str, ...]:
    """`name(params) -> ret` as source lines: one line when it fits, else one parameter a line."""
    one = f"{name}({', '.join(params)}) -> {ret}"
    if indent + len("def ") + len(one) + 1 <= SIGNATURE_WIDTH or not params:
        return (one,)
    return (f"{name}(", *[f"    {p}," for p in params], f") -> {ret}")


def member_signature(pl: Place, params: list[str], ret: str) -> tuple[str, ...]:
    """The signature of a member at its place: a class member takes self first."""
    return signature(pl.name, (["self"] if pl.is_class else []) + params, ret, 4 if pl.is_class else 0)


def doc_indent(pl: Place) -> str:
    """The indent of a member's docstring lines (a class member is one level deeper)."""
    return "        " if pl.is_class else "    "


def doc_literal(lines: list[str], indent: str = "") -> tuple[str, ...]:
    """A docstring as source lines; backslashes and quotes escaped so any text is safe."""
    safe = [line.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') for line in lines]
    if not safe:
        return ('""""""',)
    if safe[-1].endswith('"'):
        safe[-1] = safe[-1][:-1] + '\\"'
    if len(safe) == 1:
        return (f'"""{safe[0]}"""',)
    return (f'"""{safe[0]}', *[(indent + s if s else "") for s in safe[1:]], f'{indent}"""')


def default_literal(p: Param) -> str:
    """A parameter's default as Python source: PyTorch's default for the Python API."""
    value = p.default
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if p.type.base == "ScalarType":
        return f"_dtypes.{value}"
    if p.type.base == "float" and not p.type.is_list and isinstance(value, (int, float)):
        return repr(float(value))
    if isinstance(value, (int, float, str)):
        return repr(value)
    if isinstance(value, list):
        items = [repr(float(v)) if p.type.base == "float" else repr(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    raise GenerationError(f"target {NAME}: no Python literal for default {value!r} of {p.name}")


def annotation(t: SchemaType) -> str:
    if t.enum is not None:
        literal = "Literal[" + ", ".join(repr(v) for v in t.enum.values) + "]"
        return literal + (" | None" if t.optional else "")
    try:
        return _builtin_aliases(ANNOTATION[t.key])
    except KeyError:
        raise GenerationError(f"target {NAME}: no Python annotation for '{t.spelling}'") from None


def _builtin_aliases(text: str) -> str:
    """int, float and bool in an annotation as the aliases _int, _float and _bool (_imports.j2),
    as PyTorch's own stubs write them: Tensor has methods of those names (Tensor.float(), ...),
    which would shadow the builtins in every annotation of the class body after them."""
    return _BUILTIN_NAMES.sub(r"_\1", text)


_BUILTIN_NAMES = re.compile(r"(?<![\w.])(int|float|bool)(?![\w.])")


def _py_name(p: Param, index: int, function_form: bool) -> str:
    """A parameter's Python name: the receiver of a function form is `input`, as PyTorch's."""
    if index == 0 and function_form and p.name == "handle":
        return RECEIVER_NAME
    return p.name


def _returns_self(fn: Function) -> bool:
    return fn.is_void and fn.mutates_receiver


def _result_annotation(fn: Function, b: "Builder") -> str:
    if _returns_self(fn):
        return "Tensor"
    if fn.result.is_tuple:
        return "_rt_types." + b.named_result(fn).name
    if fn.python.size_result:
        return "Size"
    if fn.python.tuple_result:
        return "tuple[_int, ...]"
    try:
        return _builtin_aliases(RESULT_ANNOTATION[fn.result.type.key])
    except KeyError:
        raise GenerationError(f"target {NAME}: no Python type for result '{fn.result.type.spelling}' ({fn.name})") from None


def _doc_lines(fn: Function, params: list[tuple[str, Param]]) -> list[str]:
    lines = wrap(fn.summary, 84)
    docs = [(name, p.doc.replace("0 for none", "None for none")) for name, p in params]
    if docs:
        lines += ["", "Args:"]
        for name, text in docs:
            body = wrap(f"{name}: {text}", 80)
            lines += [f"    {body[0]}"] + [f"        {line}" for line in body[1:]]
    if not fn.is_void and fn.result.doc:
        lines += ["", "Returns:"] + [f"    {line}" for line in wrap(fn.result.doc, 80)]
    return lines + _doc_tail([fn])


def _doc_tail(fns: list[Function]) -> list[str]:
    lines: list[str] = []
    if any(f.cuda for f in fns):
        lines += ["", "Raises TorchUnavailableError on a build or machine without CUDA."]
    bridge = ", ".join(f.name for f in fns)
    pytorch = ", ".join(dict.fromkeys(f.pytorch for f in fns if f.pytorch))
    lines += ["", f"Bridge: {bridge}." + (f" PyTorch: {pytorch}." if pytorch else "")]
    return lines


@dataclass(frozen=True)
class Form:
    """One catalogue function as a Python callable at a place: its parameters in Python."""

    fn: Function
    place: Place
    params: tuple[tuple[str, Param], ...]  # (Python name, parameter), the receiver left out for methods
    variadic: bool  # PyTorch's *size: the only positional parameter is an int list
    grad_kwarg: bool  # a constructor: takes requires_grad too

    @property
    def receiver(self) -> bool:
        return self.place.takes_self


GRAD_KWARG = "requires_grad"


def form_of(fn: Function, place: Place) -> Form:
    method = place.takes_self
    params = [(_py_name(p, i, not method), p) for i, p in enumerate(fn.params)]
    if method:
        params = params[1:]
    positional = [p for _, p in params if not p.keyword_only]
    variadic = len(positional) == 1 and positional[0].type.key == "int[]" and not positional[0].has_default
    # A constructor (a new tensor from no tensor, as torch.zeros) takes PyTorch's requires_grad=.
    makes = fn.group.constructs == "tensor" and fn.result.type.key == "Tensor" and not any(p.type.base == "Tensor" for p in fn.params)
    grad = place.owner == MODULE and makes and place.kind == "function"
    if grad and GRAD_KWARG in fn.param_names:
        raise GenerationError(f"target {NAME}: {fn.name} has a parameter named {GRAD_KWARG}, the keyword constructors add")
    return Form(fn, place, tuple(params), variadic, grad)


def form_params(form: Form, annotations: list[str] | None = None, missing: frozenset[str] = frozenset()) -> list[str]:
    """The Python parameters of a form, annotated (by `annotations`, one per parameter, where
    given), with PyTorch's defaults and markers; the parameters named in `missing` default to
    the runtime's MISSING (see Builder.unified)."""
    out: list[str] = []
    star = False
    for i, (name, p) in enumerate(form.params):
        ann = annotations[i] if annotations is not None else annotation(p.type)
        if form.variadic and not p.keyword_only:
            out.append(f"*{name}: {ann}")
            star = True
            continue
        if p.keyword_only and not star:
            out.append("*")
            star = True
        default = default_literal(p) if p.has_default else "_MISSING" if name in missing else None
        out.append(f"{name}: {ann}" + (f" = {default}" if default is not None else ""))
    if form.grad_kwarg:
        if not star:
            out.append("*")
        out.append(f"{GRAD_KWARG}: bool = False")
    return out


@dataclass(frozen=True)
class CMember:
    """A member of Tensor implemented by its C base type (_core_ops.h): one call on the receiver."""

    name: str
    kind: str  # method or property
    function: str
    annotation: str
    doc: str

    @property
    def c_doc(self) -> str:
        return json.dumps(self.doc)  # a C string literal (the summaries are ASCII)


class Builder:
    """Builds the members of every generated module from the catalogue."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.tensor_api = _tensor_attributes(catalogue)
        self.modules: dict[str, Module] = {name: Module() for name in ("_tensor", *NAMESPACES)}
        self.paths: dict[str, list[str]] = {f.name: [] for f in catalogue.functions}
        self.named_results: dict[str, NamedResult] = {}
        self.fast: list[tuple[str, Function]] = []  # (operator, function) of the C base type
        self.setters: dict[tuple[str, str], Function] = {}
        self.regions: dict[str, dict[str, tuple[str, Function]]] = {}  # class -> enter/exit -> (call, entry)
        self.c_members: list[CMember] = []  # members of Tensor that the C base type implements
        self.groups: dict[tuple[str, str], list[Form]] = {}  # (owner, public name) -> its forms

    # ---- results

    def named_result(self, fn: Function) -> NamedResult:
        """torch.return_types: one class per public name, named like it (linalg_svd for linalg.svd)."""
        pl = places(fn, self.tensor_api)
        base = pl[0].name if pl else fn.stem
        name = base if not pl or pl[0].owner in (MODULE, "Tensor") else f"{pl[0].owner}_{base}"
        fields = tuple(f.name for f in fn.result.fields)
        known = self.named_results.get(name)
        if known is not None and known.fields != fields:
            raise GenerationError(f"target {NAME}: result tuple {name} has two field lists ({fn.name})")
        doc = f"The result of {PUBLIC_PREFIX[pl[0].owner] + '.' + base if pl else fn.name}: " + ", ".join(fields) + "."
        self.named_results[name] = NamedResult(name, fields, doc)
        return self.named_results[name]

    def call_lines(self, form: Form, var: str) -> tuple[list[str], str]:
        """Conversion statements and the _core call's argument list for a form."""
        prelude: list[str] = []
        args: list[str] = []
        if form.fn.result.type.key == "Stream":  # the call gives the new handle to its owner
            args.append("self")
        if form.receiver:
            args.append("self")
        for name, p in form.params:
            try:
                conv = CONVERT[p.type.key]
            except KeyError:
                raise GenerationError(f"target {NAME}: no conversion for '{p.type.spelling}' ({form.fn.name})") from None
            value = name + "_"
            if form.variadic and not p.keyword_only:
                prelude.append(f"{value} = _size({name})")
                args.append(value)
                continue
            if name != p.name and p.type.key in RENAMED_HANDLE:  # the call would name the catalogue's parameter
                conv = RENAMED_HANDLE[p.type.key]
            prelude += [s.format(n=name, v=value) for s in conv.prelude]
            args += [a.format(n=name, v=value) for a in conv.args]
        return prelude, f"{var}({', '.join(args)}"

    def result_lines(self, form: Form, var: str) -> list[str]:
        """The statements from the conversions to the return, for the function's result. The
        call itself (torch_sffi._core, python_calls.py) raises a failure and returns the result
        as a Python value: a new handle as the Tensor owning it, a list as a Python list."""
        fn = form.fn
        lines, call = self.call_lines(form, var)
        call += ")"
        key = fn.result.type.key
        if key == "Tensor[]":
            if fn.result.is_tuple:
                lines.append(f"return _tuple_new(_rt_types.{self.named_result(fn).name}, {call})")
            else:
                lines.append(f"return tuple({call})")
        elif abi.result_lowering(fn.result.type, fn).is_buffer:  # a list, or a tuple for tuple_result
            lines.append(f"return {call}")
        elif key in ("void", "Stream"):
            lines.append(call)
            if fn.python.then is not None:  # the runtime's hooks of that point (DDP's averaging after backward)
                lines.append(f'_run_hooks("{fn.python.then}")')
            if is_release(fn):
                lines.append("self._live = False")
            if _returns_self(fn):  # in place: the method returns its tensor, the function its first argument
                lines.append("return self" if form.receiver else f"return {form.params[0][0]}")
        elif key == "Tensor" and form.grad_kwarg:
            lines += [f"_t = {call}", f"if {GRAD_KWARG}:", "    _require_grad(_t)", "return _t"]
        else:
            lines.append(f"return {call}")
        return lines

    # ---- members

    def single(self, form: Form, mod: Module) -> tuple[list[str], list[str], tuple[str, ...]]:
        """(signature params, body, doc) of a member wrapping exactly one function."""
        var = mod.bind(form.fn)
        body = self.result_lines(form, var)
        if form.place.kind == "constructor":
            body = ["self._live = False", *body]
        params = form_params(form)
        doc = doc_literal(_doc_lines(form.fn, list(form.params)), doc_indent(form.place))
        return params, body, doc

    def add_single(self, form: Form) -> None:
        pl = form.place
        mod = self.modules[OWNER_MODULE[pl.owner]]
        if pl.kind in ("enter", "exit"):
            if form.fn.params:
                raise GenerationError(f"target {NAME}: {form.fn.name} enters or exits a context but takes parameters")
            # The class is a _core.Region: its __enter__ and __exit__ make these calls in C.
            self.regions.setdefault(pl.owner, {})[pl.kind] = (mod.bind(form.fn), form.fn)
            self.paths[form.fn.name].append(f"{pl.path} (C region)")
            return
        if self.in_c(form):
            # A member of the C base type: one C call on the receiver, no Python frame.
            entry = form.fn
            text = entry.summary + f"\n\nBridge: {entry.name}." + (f" PyTorch: {entry.pytorch}." if entry.pytorch else "")
            self.c_members.append(CMember(pl.name, pl.kind, entry.name, _result_annotation(entry, self), text))
            self.paths[entry.name].append(f"{pl.path} (C member)")
            return
        params, body, doc = self.single(form, mod)
        ret = "None" if pl.kind == "constructor" else _result_annotation(form.fn, self)
        sig = member_signature(pl, params, ret)
        decorators: tuple[str, ...] = ()
        if pl.kind == "property":
            if params:
                raise GenerationError(f"target {NAME}: {form.fn.name} is a property but takes parameters")
            decorators = ("property",)
        mod.add(pl.owner, Member(pl.name, decorators, sig, doc, tuple(body), functions=(form.fn.name,)))
        self.paths[form.fn.name].append(pl.path)
        setter = form.fn.python.setter
        if pl.kind == "property" and setter is not None:
            self.add_setter(pl, self.catalogue.by_name[setter])

    def in_c(self, form: Form) -> bool:
        """Whether a member is a C member of TensorBase: a method or property of Tensor whose only
        argument is its receiver and that returns a value (no setter, no Python-only keyword; not
        a named tuple, which the Python wrapper builds, as Tensor.frexp's)."""
        pl, fn = form.place, form.fn
        return (
            pl.owner == "Tensor" and pl.kind in ("method", "property") and form.receiver and not form.params
            and not form.grad_kwarg and fn.python.setter is None and fn.result.type.key not in ("void", "Stream")
            and not fn.result.is_tuple and not is_release(fn)
        )  # fmt: skip

    def add_setter(self, pl: Place, fn: Function) -> None:
        mod = self.modules[OWNER_MODULE[pl.owner]]
        value = fn.params[-1]
        form = Form(fn, Place(pl.owner, pl.name, "method"), ((value.name, value),), False, False)
        body = self.result_lines(form, mod.bind(fn))
        if body and body[-1] == "return self":
            body = body[:-1]
        doc = doc_literal(wrap(fn.summary, 84) + _doc_tail([fn]), "        ")
        sig = signature(pl.name, ["self", f"{value.name}: {annotation(value.type)}"], "None", 4)
        mod.add(pl.owner, Member(pl.name, (f"{pl.name}.setter",), sig, doc, tuple(body), functions=(fn.name,)))
        self.paths[fn.name].append(f"{pl.path} (setter)")

    def add_overloaded(self, forms: list[Form]) -> None:
        """Several entries under one public name: a call takes the first form it fits."""
        pl = forms[0].place
        mod = self.modules[OWNER_MODULE[pl.owner]]
        kinds = {f.place.kind for f in forms}
        if kinds - {"method", "function"}:
            raise GenerationError(f"target {NAME}: {pl.path} is given by {', '.join(f.fn.name for f in forms)}, but a {', '.join(sorted(kinds))} cannot be overloaded")
        flag = next((f.fn.python.flag for f in forms if f.fn.python.flag), None)
        overloads = []
        for form in forms:
            params = form_params(form)
            if flag:
                literal = "Literal[True]" if form.fn.python.flag else "Literal[False] = False"
                params = _insert_flag(params, flag, literal, form)
            overloads.append(member_signature(pl, params, _result_annotation(form.fn, self)))
        if flag is None and _unifiable(forms):
            sig, lines = self.unified(forms, mod)
        else:
            sig, lines = self.matched(forms, mod, flag)
        doc_lines = [f"{pl.name}: one of {len(forms)} forms, chosen by the arguments as PyTorch chooses."]
        for form in forms:
            doc_lines += [""] + [f"{pl.name}({', '.join(form_params(form))})"] + ["    " + line for line in wrap(form.fn.summary, 80)]
        doc_lines += _doc_tail([f.fn for f in forms])
        mod.add(pl.owner, Member(pl.name, (), sig, doc_literal(doc_lines, doc_indent(pl)), tuple(lines), tuple(overloads), tuple(f.fn.name for f in forms)))
        for form in forms:
            self.paths[form.fn.name].append(pl.path)

    def unified(self, forms: list[Form], mod: Module) -> tuple[tuple[str, ...], list[str]]:
        """Forms with the same parameters that differ in their kinds (add(Tensor) / add(Scalar)):
        one signature, and each form's body behind a test of the arguments whose kinds differ.
        The cheap path for the overloads of the operators."""
        pl = forms[0].place
        first = forms[0]
        differing = [i for i in range(len(first.params)) if len({_kind_of(f.params[i][1]) for f in forms}) > 1]
        # A parameter whose kind tells the forms apart is Any in the implementation (the @overload
        # stubs give each form's type); the test before each form's call is what narrows it.
        unions = ["Any" if i in differing else annotation(first.params[i][1].type) for i in range(len(first.params))]
        # Required parameters after the first default to MISSING: a call that leaves one out gets
        # the TypeError of a call that fits no form, as PyTorch's parser answers it.
        required = [name for name, p in first.params if not p.has_default and not p.keyword_only and not first.variadic]
        missing = frozenset(required[1:])
        params = form_params(first, unions, missing)
        ret = " | ".join(dict.fromkeys(_result_annotation(f.fn, self) for f in forms))
        lines: list[str] = []
        for form in forms:
            _, body, _ = self.single(form, mod)
            test = " and ".join(_kind_test(form.params[i][0], form.params[i][1]) for i in differing)
            lines += [f"if {test}:"] + [f"    {line}" for line in body]
        forms_tuple = ", ".join(self.form_var(form, i, mod) for i, form in enumerate(forms))
        names = [name for name, _ in first.params] + ([GRAD_KWARG] if first.grad_kwarg else [])
        given = ", ".join(f'"{n}": {n}' for n in names)
        no_match = f'_no_match("{pl.name}", (), {{{given}}}, ({forms_tuple},))'
        # Only the parameters whose kinds differ are tested above; a wrong kind elsewhere fails
        # in the call's conversion, and is then reported as PyTorch's parser reports it.
        refit = f'_refit("{pl.name}", {{{given}}}, ({forms_tuple},))'
        lines = ["try:", *(f"    {line}" for line in lines), "except TypeError:", f"    {refit}", "    raise", no_match]
        if missing:
            lines = [f"if {' or '.join(f'{n} is _MISSING' for n in sorted(missing))}:", f"    {no_match}", *lines]
        return member_signature(pl, params, ret), lines

    def matched(self, forms: list[Form], mod: Module, flag: str | None) -> tuple[tuple[str, ...], list[str]]:
        """Forms with different parameters (max() / max(dim) / max(other)): each one an
        implementation of its own, chosen by _runtime.match in catalogue order."""
        pl = forms[0].place
        receiver = "self, " if pl.is_class else ""
        lines: list[str] = []
        if flag:
            position = max(sum(1 for _, p in f.params if not p.keyword_only) for f in forms)
            lines.append(f'{flag}, args, kwargs = _take_flag(args, kwargs, "{flag}", {position})')
        variables = []
        pairs = []
        for i, form in enumerate(forms):
            params, body, _ = self.single(replace(form, variadic=False), mod)
            impl = f"_{pl.owner}_{pl.name}_{i}"
            ret = _result_annotation(form.fn, self)
            doc = ('"""One form of ' + pl.path + '."""',)
            mod.add("_impl", Member(impl, (), signature(impl, (["self: Tensor"] if pl.is_class else []) + params, ret, 0), doc, tuple(body), functions=(form.fn.name,)))
            var = self.form_var(form, i, mod)
            variables.append(var)
            pairs.append(f"({var}, {impl})")
            if flag:  # a Python-only keyword selects among the forms: matched here
                cond = f"_b is not None and {'' if form.fn.python.flag else 'not '}{flag}"
                lines += [f"_b = _match(args, kwargs, {var})", f"if {cond}:", f"    return {impl}({receiver}**_b)"]
        if not flag:  # the first form the arguments fit, chosen and called from C
            table = f"_DISPATCH_{pl.owner}_{pl.name}".upper()
            mod.add("_dispatch", Member(table, (), (), (), (f"{table} = ({', '.join(pairs)},)",)))
            lines += [f"_r = _dispatch({'self' if pl.is_class else 'None'}, args, kwargs, {table})", "if _r is not NotImplemented:", "    return _r"]
        lines.append(f'_no_match("{pl.name}", args, kwargs, ({", ".join(variables)},))')
        sig = member_signature(pl, ["*args: Any", "**kwargs: Any"], "Any")
        return sig, lines

    def form_var(self, form: Form, index: int, mod: Module) -> str:
        """The module constant describing a form for _runtime.match (and for error messages)."""
        var = f"_FORM_{form.place.owner}_{form.place.name}_{index}".upper()
        if not any(m.name == var for m in mod.members.get("_forms", [])):
            mod.add("_forms", Member(var, (), (), (), (f"{var}: _FormInfo = _form_info({self.form_spec(form)})",)))
        return var

    def form_spec(self, form: Form) -> str:
        """The form as _runtime.match reads it: (name, kind, has default, keyword-only) per parameter."""
        items = []
        for name, p in form.params:
            variadic = form.variadic and not p.keyword_only
            items.append(f'("{name}", "{_kind_of(p)}", {p.has_default}, {p.keyword_only}, {variadic})')
        if form.grad_kwarg:
            items.append(f'("{GRAD_KWARG}", "bool", True, True, False)')
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"

    # ---- the whole catalogue

    def build(self) -> None:
        groups = self.groups
        for fn in self.catalogue.functions:
            if fn.python.operator:
                self.fast.append((fn.python.operator, fn))
                self.paths[fn.name].append(f"torch_sffi.Tensor {fn.python.operator} (C operator)")
            if fn.role == "release_tensor":
                self.paths[fn.name].append("torch_sffi._core.TensorBase (garbage collection)")
            for pl in places(fn, self.tensor_api):
                groups.setdefault((pl.owner, pl.name), []).append(form_of(fn, pl))
        for forms in groups.values():
            if len(forms) == 1:
                self.add_single(forms[0])
            else:
                self.add_overloaded(forms)
        for method, _, symbol, arity, _ in self.fast_operators():
            form = self.scalar_form(method) if arity == 2 else None
            if form is not None:
                self.paths[form.fn.name].append(f"torch_sffi.Tensor {symbol} number (C operator)")
        for fn in self.catalogue.functions:
            if not self.paths[fn.name] and fn.python.kind != "internal":
                raise GenerationError(f"target {NAME}: {fn.name} is reachable from no public name")

    def tensor_methods(self) -> set[str]:
        return {m.name for m in self.modules["_tensor"].members.get("Tensor", [])} | {m.name for m in self.c_members if m.kind == "method"}

    def module_functions(self) -> set[str]:
        return {m.name for m in self.modules["_tensor"].members.get(MODULE, [])}

    def fast_operators(self) -> list[tuple[str, str, str, int, Function]]:
        """(method, slot, symbol, arity, function) of the operators the C base type implements."""
        out = []
        methods = self.tensor_methods()
        for symbol, fn in self.fast:
            slot, method, arity = FAST_SLOTS[symbol]
            if method not in methods:
                raise GenerationError(f"target {NAME}: {fn.name} implements {symbol}, but Tensor has no method {method} for other operands")
            out.append((method, slot, symbol, arity, fn))
        return out

    def slot_dunders(self) -> set[str]:
        return {d for _, slot, _, _, _ in self.fast_operators() for d in SLOT_DUNDERS[slot]}

    def operators(self) -> list[tuple[str, str]]:
        """(operator, method) aliases defined in Python: those no C slot serves, plain ones."""
        methods = self.tensor_methods()
        served = self.slot_dunders()
        in_c = {m.name for m in self.c_members if m.kind == "method"}  # inherited: named through the base
        out = [(op, f"_TensorRuntime.{m}" if m in in_c else m) for op, m in OPERATORS.items() if m in methods and op not in served and op in PLAIN_OPERATORS]
        if "__eq__" in {m.name for m in self.operator_members()}:
            out.append(HASH)
        return out

    def operator_members(self) -> list[Member]:
        """The operators defined in Python that answer NotImplemented where their method raises
        TypeError (those no C slot serves), then the reflected ones."""
        methods = self.tensor_methods()
        served = self.slot_dunders()
        out = []
        for op, method in OPERATORS.items():
            if method in methods and op not in served and op not in PLAIN_OPERATORS:
                doc = doc_literal([f"Tensor.{method}, or NotImplemented for an operand it does not take (as PyTorch)."])
                # object.__eq__ and __ne__ return bool; PyTorch's, as these, return a Tensor
                comment = "# type: ignore[override]" if op in ("__eq__", "__ne__") else ""
                sig = signature(op, ["self", "other: Any"], "Tensor", 4)
                out.append(Member(op, (), sig, doc, _not_implemented_on_type_error(f"self.{method}(other)"), comment=comment))
        return out + self.reflected()

    def reflected(self) -> list[Member]:
        out = []
        functions = self.module_functions()
        methods = self.tensor_methods()
        served = self.slot_dunders()
        for op, (recipe, name) in REFLECTED.items():
            # An operator a C slot serves is not defined in Python (that would replace the slot):
            # its reflected half gets a private name, which the slot calls (and raises from).
            member = "_" + op.strip("_") if op in served else op
            if recipe == "tensor_first" and name in functions:
                call = f"{name}(self, other)"
            elif recipe == "number_first" and name in functions:
                call = f"{name}(other, self)"
            elif recipe == "wrapped_number" and name in functions and set(WRAPPED_NUMBER) <= functions:
                tensor, dtype = WRAPPED_NUMBER
                call = f"{name}({tensor}(other, dtype={dtype}(self, other)), self)"
            elif recipe == "reciprocal" and name in methods and "mul" in methods:
                call = ""
            else:
                continue
            if not call:
                body: tuple[str, ...] = (f"inverse = self.{name}()", "try:", "    return inverse.mul(other)", "finally:", "    inverse.free()")
            else:
                body = (f"return {call}",) if member != op else _not_implemented_on_type_error(call)
            doc = doc_literal([f"number {op[3:-2]} tensor, as PyTorch computes it."])
            out.append(Member(member, (), signature(member, ["self", "other: Number"], "Tensor", 4), doc, body))
        return out

    def fast_table(self) -> list[tuple[str, ...]]:
        """(method, Python fallback, reflected fallback, scalar call, its defaults) for the C
        operators' registration (fallbacks and scalar call as Python source)."""
        out: list[tuple[str, ...]] = []
        reflected = {m.name for m in self.reflected()}
        for method, slot, _, arity, _ in self.fast_operators():
            if arity != 2:
                continue
            rdunder = SLOT_DUNDERS[slot][1]
            private = "_" + rdunder.strip("_")
            if OPERATORS.get(rdunder) == method:
                back = f"Tensor.{method}"
            elif private in reflected:
                back = f"Tensor.{private}"
            else:
                back = "None"
            out.append((method, f"Tensor.{method}", back, *self.scalar_call(method)))
        return out

    def scalar_form(self, method: str) -> Form | None:
        """The form of a method that a C operator calls itself for `tensor OP number`: its first
        argument a Scalar, all others with defaults."""
        for form in self.groups.get(("Tensor", method), []):
            params = [p for _, p in form.params]
            if params and params[0].type.key == "Scalar" and all(p.has_default for p in params[1:]) and not form.grad_kwarg:
                return form
        return None

    def scalar_call(self, method: str) -> tuple[str, str]:
        """The scalar form's call and the defaults of its parameters after the number, as Python
        source (("None", "()") when the method has no such form)."""
        form = self.scalar_form(method)
        if form is None:
            return "None", "()"
        defaults = [default_literal(p) for _, p in form.params[1:]]
        var = self.modules["_tensor"].bind(form.fn)
        return var, "(" + ", ".join(defaults) + ("," if len(defaults) == 1 else "") + ")"


def _not_implemented_on_type_error(call: str) -> tuple[str, ...]:
    """A body returning call, or NotImplemented where it raises TypeError."""
    return ("try:", f"    return {call}", "except TypeError:", "    return NotImplemented")


def _kind_of(p: Param) -> str:
    """A parameter's kind as _runtime.accepts reads it (an enum is text)."""
    return "str" + ("?" if p.type.optional else "") if p.type.enum is not None else p.type.key


def _kind_test(name: str, p: Param) -> str:
    """A Python test that an argument has a parameter's kind; tensors the cheap way first."""
    kind = _kind_of(p)
    if kind == "Tensor":
        return f'({name}.__class__ is _Tensor or _accepts("Tensor", {name}))'
    return f'_accepts("{kind}", {name})'


def _unifiable(forms: list[Form]) -> bool:
    """Whether overloaded forms share their parameters (names, order, defaults, keyword-only) and
    differ only in kinds, so that one signature can take them all."""

    def shape(form: Form) -> list[tuple[str, str | None, bool]]:
        return [(n, default_literal(p) if p.has_default else None, p.keyword_only) for n, p in form.params]

    first = shape(forms[0])
    return all(not f.variadic and f.grad_kwarg == forms[0].grad_kwarg and shape(f) == first for f in forms)


def _insert_flag(params: list[str], flag: str, literal: str, form: Form) -> list[str]:
    """The flag parameter in an @overload stub: after the positional ones (where PyTorch's
    signature has it) with its default, or keyword-only when it must be given (True)."""
    if literal.endswith("= False"):
        i = params.index("*") if "*" in params else len(params)
        return params[:i] + [f"{flag}: {literal}"] + params[i:]
    return params + ([] if "*" in params else ["*"]) + [f"{flag}: {literal}"]


# ------------------------------------------------------------------------------ the package


def public_paths(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
    """Every catalogue function -> the public names that reach it (tests resolve them)."""
    b = Builder(catalogue)
    b.build()
    return {k: tuple(v) for k, v in b.paths.items()}


def error_classes(catalogue: Catalogue) -> list[ErrorClass]:
    out = []
    for e in catalogue.error_codes:
        try:
            cls, builtin = ERROR_CLASSES[e.name]
        except KeyError:
            raise GenerationError(f"target {NAME}: no exception class for error code '{e.name}' (add it to ERROR_CLASSES)") from None
        bases = "TorchError" + (f", {builtin}" if builtin else "")
        out.append(ErrorClass(cls, e.code, e.name, bases, doc_literal([f"{e.doc} (code {e.code}: {e.name})"])[0]))
    for needed in PY_SIDE_ERRORS:
        if needed not in {e.name for e in catalogue.error_codes}:
            raise GenerationError(f"target {NAME}: the catalogue has no error code '{needed}', which the Python runtime raises")
    return out


def dtype_objects(catalogue: Catalogue) -> list[DTypeObj]:
    out = []
    for d in catalogue.dtypes:
        try:
            kind = DTYPE_KINDS[d.name]
        except KeyError:
            raise GenerationError(f"target {NAME}: no kind for dtype '{d.name}' (add it to DTYPE_KINDS)") from None
        out.append(DTypeObj(d.name, d.code, kind, repr(d.doc), d.aliases))
    return out


def native_stub(catalogue: Catalogue) -> list[str]:
    """Signatures of the cffi module's functions, for _native.pyi."""
    lines = []
    for fn in catalogue.functions:
        sig = abi.signature(fn)
        args = [f"{c.name}: {NATIVE_TYPE[c.c_type]}" for c in sig.params]
        lines.append(f"def {fn.name}({', '.join(args)}) -> {NATIVE_RESULT[sig.return_type]}: ...")
    return lines


def _has_layers_in(catalogue: Catalogue, module: str) -> bool:
    """Whether the catalogue's layers put classes of this tier into `module`."""
    return any(where.startswith(module + ".") for layer in catalogue.layers for tier, where in layer.tiers if tier == NAME)


def has_optim(catalogue: Catalogue) -> bool:
    """Whether the catalogue's layers put optimizers into torch_sffi.optim."""
    return _has_layers_in(catalogue, OPTIM_MODULE)


def has_nn_modules(catalogue: Catalogue) -> bool:
    """Whether the catalogue's layers put module classes into torch_sffi.nn."""
    return _has_layers_in(catalogue, NN_MODULE)


def runtime_files(catalogue: Catalogue) -> tuple[str, ...]:
    return RUNTIME_FILES + (OPTIM_FILES if has_optim(catalogue) else ()) + (NN_FILES if has_nn_modules(catalogue) else ())


def runtime_copies(catalogue: Catalogue) -> dict[str, runtime.Copy]:
    """The runtime modules the package ships (file name -> its copy), each read once."""
    return {rel: runtime.copy(f"python/{PACKAGE}/{rel}") for rel in runtime_files(catalogue)}


def runtime_calls(catalogue: Catalogue, copies: dict[str, runtime.Copy] | None = None) -> list[str]:
    """The catalogue functions the hand-written runtime calls that this catalogue lacks."""
    called: set[str] = set()
    for copy in (copies if copies is not None else runtime_copies(catalogue)).values():
        called |= set(re.findall(rf"\b_c\.({PREFIX}\w+)", copy.text))
    return sorted(called - set(catalogue.by_name))


def render(catalogue: Catalogue, renderer) -> dict[str, str | runtime.Copy]:  # type: ignore[no-untyped-def]
    b = Builder(catalogue)
    b.build()
    copies = runtime_copies(catalogue)
    missing = runtime_calls(catalogue, copies)
    if missing:
        raise GenerationError(f"target {NAME}: the hand-written runtime (runtime/python) calls {', '.join(missing)}, which the catalogue lacks")
    lacking = [d for d in RUNTIME_DTYPES if d not in {x.name for x in catalogue.dtypes}]
    if lacking:
        raise GenerationError(f"target {NAME}: the catalogue has no dtype {', '.join(lacking)}, which the Python runtime reads and infers data as")
    release = destructor_function(catalogue, TENSOR)
    stream_free = catalogue.by_role(FREE_ROLE[STREAM])
    error_code, error_message = error_protocol(catalogue)
    errors = error_classes(catalogue)
    fast = b.fast_operators()
    ctx = dict(
        catalogue=catalogue,
        package=PACKAGE,
        errors=errors,
        py_errors={e.code_name: e.name for e in errors if e.code_name in PY_SIDE_ERRORS},
        dtypes=dtype_objects(catalogue),
        named_results=sorted(b.named_results.values(), key=lambda n: n.name),
        operators=b.operators(),
        operator_members=b.operator_members(),
        fast=fast,
        fast_table=b.fast_table(),
        c_members=b.c_members,
        slots=SLOT_DUNDERS,
        release=release.name,
        stream_release=stream_free.name if stream_free is not None else None,
        error_code=error_code,
        # The functions a call's warnings are read through (their roles), where the catalogue
        # has them: libtorch's warnings become Python warnings.
        warnings={role: catalogue.by_role(f"warning_{role}") for role in ("count", "message", "kind")} if catalogue.by_role("warning_count") else None,
        error_message=error_message,
        has_stream="Stream" in b.modules["cuda"].members,
        has_no_grad="no_grad" in b.regions,
        has_optim=has_optim(catalogue),
        has_nn_modules=has_nn_modules(catalogue),
    )
    call_units = python_calls.units(catalogue)
    files: dict[str, str | runtime.Copy] = {
        f"{PKG_DIR}/_errors.py": renderer.render("python/_errors.py.j2", **ctx),
        f"{PKG_DIR}/_tables.py": renderer.render("python/_tables.py.j2", **ctx),
        f"{PKG_DIR}/_native.pyi": renderer.render("python/_native.pyi.j2", **ctx, functions=native_stub(catalogue)),
        f"{PKG_DIR}/py.typed": "",
        f"{PKG_DIR}/_core.pyi": renderer.render("python/_core.pyi.j2", **ctx, core_calls=python_calls.stub_lines(catalogue)),
        f"{PKG_DIR}/return_types.py": renderer.render("python/return_types.py.j2", **ctx),
        "python/_core_ops.h": renderer.render("python/_core_ops.h.j2", **ctx, call_units=[u.index for u in call_units]),
        "python/_core.h": runtime.copy("python/_core.h"),
        "python/_core.c": runtime.copy("python/_core.c"),
    }
    for unit in call_units:
        files[f"python/{unit.file}"] = renderer.render("python/_core_calls.c.j2", **ctx, unit=unit)
    for rel, copy in copies.items():
        files[f"{PKG_DIR}/{rel}"] = copy
    for name, mod in b.modules.items():
        exports = [m.name for owner, ms in mod.members.items() if owner not in ("_impl", "_forms", "_dispatch") and owner not in CLASSES for m in ms]
        classes = [c for c in CLASSES if c in mod.members and OWNER_MODULE[c] == name]
        extra = NAMESPACE_RUNTIME.get(name)
        path = MODULE_FILES.get(name, f"{name}.py")
        files[f"{PKG_DIR}/{path}"] = renderer.render(
            f"python/{'_tensor' if name == '_tensor' else 'namespace'}.py.j2",
            **ctx,
            module=name,
            qualified=path.removesuffix(".py").replace("/", "."),
            rel="." * (1 + path.count("/")),  # the package, relative to the module
            no_grad=b.regions.get("no_grad") if name == OWNER_MODULE["no_grad"] else None,
            members=mod.members,
            bindings=sorted(mod.bindings.items(), key=lambda kv: kv[1]),
            exports=sorted(exports + classes + list(extra[1] if extra else ())),
            runtime_names=extra,
        )
    core = sorted(["Tensor", "scope", "scoped", "tensor", "device", "DType", *b.module_functions()])
    interop = ["as_tensor", "from_dlpack", "from_numpy", "load", "save"]
    formats = ["memory_format", "contiguous_format", "preserve_format", "channels_last", "channels_last_3d"]
    names = sorted(set(core + formats + interop + [*NAMESPACES, *(["optim"] if ctx["has_optim"] else []), "return_types", "amp", "autocast", "enable_grad", "set_grad_enabled", "jit", "distributed", "utils", *[d.name for d in catalogue.dtypes], *[a for d in catalogue.dtypes for a in d.aliases], "dtype", "Size", "TorchError", *[e.name for e in errors]] + (["no_grad"] if ctx["has_no_grad"] else [])))
    files[f"{PKG_DIR}/__init__.py"] = renderer.render("python/__init__.py.j2", **ctx, core=core, all_names=names)
    files[f"{PKG_DIR}/{NN_INIT}"] = renderer.render("python/nn_init.py.j2", **ctx)
    files["python/package.json"] = _package_json(catalogue)
    return files


def _package_json(catalogue: Catalogue) -> str:
    data = {
        "generated": HEADER_TEXT.format(source=catalogue.source),
        "name": DISTRIBUTION,
        "package": PACKAGE,
        "version": catalogue.version,
        "summary": f"{catalogue.title}: Python wrappers over libtorch, generated by sffi-gen",
        "requires_python": ">=3.10",
        "requires_dist": ["cffi>=1.16"],
    }
    return json.dumps(data, indent=2) + "\n"
