"""Tier 3 for Python: the `torch_sffi` package (generated/python/torch_sffi/).

Files:
    __init__.py     the public surface: Tensor, creation functions, dtypes, scopes, errors
    _tensor.py      the Tensor class, scopes, creation and library functions, result tuples
    nn.py           neural-network functions and losses (torch.nn.functional)
    autograd.py     backward, grad, no_grad (context manager and decorator), ...
    cuda.py         availability, device count, memory statistics, the Stream class
    optim.py        SGD and Adam with step() and zero_grad(), as torch.optim's single-tensor updates
    _errors.py      TorchError and one subclass per error code of the catalogue
    _dtypes.py      DType and one object per dtype of the catalogue
    _native.pyi     types for the compiled cffi module torch_sffi._native
    py.typed        PEP 561 marker: the package is typed
plus generated/python/package.json, the metadata `sffi-gen build --wheel` puts in the wheel.

Where a catalogue function goes follows from its group word (rt_torch_torchtensor_X is the
method Tensor.X, rt_torch_tensor_X the function torch_sffi.X, rt_torch_nn_X the function
torch_sffi.nn.X, ...), except where the tables below say otherwise: RENAMES for what PyTorch
spells differently, DIM_OVERLOADS and SCALAR_OVERLOADS for pairs of functions that PyTorch
spells as one method. Every catalogue function is reachable from at least one public name
(`public_paths`); the tests check that for the real catalogue.

Each generated wrapper is one cffi call (bound to a module global at import), one sentinel
check and, only after a sentinel, a read of the bridge's error code.
"""

from __future__ import annotations

import json
from functools import cached_property
from dataclasses import dataclass, field

from ..errors import GenerationError
from ..model import Catalogue, Function, Param
from ..naming import is_in_place
from .common import OPTIMIZER_FUNCTIONS, lookup, wrap

NAME = "python"
DIRS = ("python",)
PACKAGE = "torch_sffi"
# The wheel's distribution name: not "torch-sffi", which is the generator's own (installing
# the wheel into the development environment would replace the generator).
DISTRIBUTION = "torch-sffi-python"
PKG_DIR = f"python/{PACKAGE}"

# ------------------------------------------------------------------------------ type tables


@dataclass(frozen=True)
class PyParam:
    """How a catalogue parameter type appears in a Python signature and crosses to cffi."""

    annotation: str
    args: tuple[str, ...]  # the C arguments; {v} is the (converted) value
    convert: str | None = None  # a statement making {v} from the parameter {n}


PY_PARAM: dict[str, PyParam] = {
    "tensor": PyParam("Tensor", ("{v}._h",)),
    "tensor?": PyParam("Tensor | None", ("0 if {v} is None else {v}._h",)),
    "stream": PyParam("Stream", ("{v}._h",)),
    "tensor[]": PyParam("Sequence[Tensor]", ("{v}", "len({v})"), "{v} = [t._h for t in {n}]"),
    "i32": PyParam("int", ("{v}",)),
    "i64": PyParam("int", ("{v}",)),
    "f64": PyParam("float", ("{v}",)),
    "bool": PyParam("bool", ("{v}",)),
    "text": PyParam("str", ("{v}.encode()",)),
    "i64[]": PyParam("int | Sequence[int]", ("{v}", "len({v})"), "{v} = _ints({n})"),
    "f64[]": PyParam("float | Sequence[float]", ("{v}", "len({v})"), "{v} = _floats({n})"),
}


@dataclass(frozen=True)
class PyResult:
    """How a catalogue result type comes back: the annotation and how the sentinel is handled.

    sentinel: the test on the raw value `_r` that means "maybe failed" (None: array results,
    whose length is -1 on error, and void, which always reads the error code).
    on_sentinel: "raise" (the sentinel is never a legitimate value) or "check" (read the
    error code; the sentinel can be legitimate: false, -1, NaN, 0 for "no tensor").
    """

    annotation: str
    sentinel: str | None
    on_sentinel: str
    buffer: str | None = None  # C element type of the caller buffer for array results


PY_RESULT: dict[str, PyResult] = {
    "tensor": PyResult("Tensor", "not _r", "raise"),
    "tensor?": PyResult("Tensor | None", "not _r", "check"),
    "stream": PyResult("Stream", "not _r", "raise"),
    "tensor[]": PyResult("tuple[Tensor, ...]", None, "raise", buffer="int64_t"),
    "i32": PyResult("int", "_r == -1", "check"),
    "i64": PyResult("int", "_r == -1", "check"),
    "f64": PyResult("float", "_r != _r", "check"),  # NaN
    "bool": PyResult("bool", "not _r", "check"),
    "text": PyResult("str", "_r == _NULL", "raise"),
    "i64[]": PyResult("list[int]", None, "raise", buffer="int64_t"),
    "f64[]": PyResult("list[float]", None, "raise", buffer="double"),
    "void": PyResult("None", None, "check"),
}

# Types of the compiled module's functions, for _native.pyi (one entry per C argument).
NATIVE_PARAM: dict[str, tuple[str, ...]] = {
    "tensor": ("int",),
    "tensor?": ("int",),
    "stream": ("int",),
    "tensor[]": ("Sequence[int] | CData", "int"),
    "i32": ("int",),
    "i64": ("int",),
    "f64": ("float",),
    "bool": ("bool",),
    "text": ("bytes",),
    "i64[]": ("Sequence[int] | CData", "int"),
    "f64[]": ("Sequence[float] | CData", "int"),
}
NATIVE_RESULT: dict[str, tuple[str, tuple[str, ...]]] = {  # (return type, out-buffer arguments)
    "tensor": ("int", ()),
    "tensor?": ("int", ()),
    "stream": ("int", ()),
    "tensor[]": ("int", ("CData", "int")),
    "i32": ("int", ()),
    "i64": ("int", ()),
    "f64": ("float", ()),
    "bool": ("bool", ()),
    "text": ("CData", ()),
    "i64[]": ("int", ("CData", "int")),
    "f64[]": ("int", ("CData", "int")),
    "void": ("None", ()),
}

# Error codes -> exception classes: (class name, the built-in exception it also is).
ERROR_CLASSES: dict[str, tuple[str, str | None]] = {
    "invalid_handle": ("InvalidHandleError", None),
    "index": ("TorchIndexError", "IndexError"),
    "value": ("TorchValueError", "ValueError"),
    "type": ("TorchTypeError", "TypeError"),
    "unavailable": ("TorchUnavailableError", "NotImplementedError"),  # a RuntimeError too
    "out_of_memory": ("TorchOutOfMemoryError", "MemoryError"),
    "other": ("TorchRuntimeError", "RuntimeError"),
}
# Errors the Python side raises itself (ragged nested lists, a scalar of an unknown type, ...)
# use the classes of these codes.
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
# The dtype torch.tensor infers for Python data of each kind, and the dtypes whose repr
# carries no `dtype=` suffix (PyTorch's defaults).
INFERRED_DTYPES = {"float": "float32", "int": "int64", "bool": "bool", "complex": "complex64"}
UNMARKED_DTYPES = ("float32", "complex64", "int64", "bool")
# The dtypes of what rt_torch_tensor_from_data and rt_torch_tensor_from_i64 make.
SOURCE_DTYPES = {"from_data": "float64", "from_i64": "int64"}

# ------------------------------------------------------------------------------ placement

MODULE = "torch_sffi"  # container name of package-level functions
CONTAINER_MODULES = {  # container -> the generated module that defines it
    MODULE: "_tensor",
    "Tensor": "_tensor",
    "Stream": "cuda",
    "nn": "nn",
    "autograd": "autograd",
    "no_grad": "autograd",
    "cuda": "cuda",
}
PUBLIC_PREFIX = {  # container -> how the public path of one of its members starts
    MODULE: "torch_sffi",
    "Tensor": "torch_sffi.Tensor",
    "Stream": "torch_sffi.cuda.Stream",
    "nn": "torch_sffi.nn",
    "autograd": "torch_sffi.autograd",
    "no_grad": "torch_sffi.autograd.no_grad",
    "cuda": "torch_sffi.cuda",
}


@dataclass(frozen=True)
class Place:
    container: str
    name: str
    kind: str  # method | property | function | constructor | enter | exit


# What PyTorch spells differently from the group rule (see default_place).
RENAMES: dict[str, Place] = {
    "rt_torch_version": Place(MODULE, "torch_version", "function"),  # __version__ is the package's
    "rt_torch_cuda_available": Place("cuda", "is_available", "function"),
    "rt_torch_torchtensor_device": Place("Tensor", "get_device", "method"),
    "rt_torch_torchtensor_ndim": Place("Tensor", "ndim", "property"),
    "rt_torch_torchtensor_shape": Place("Tensor", "shape", "property"),
    "rt_torch_torchtensor_is_cuda": Place("Tensor", "is_cuda", "property"),
    "rt_torch_torchtensor_dtype": Place("Tensor", "dtype", "property"),
    "rt_torch_torchtensor_to_dtype": Place("Tensor", "to", "method"),
    "rt_torch_torchtensor_real": Place("Tensor", "real", "property"),
    "rt_torch_torchtensor_imag": Place("Tensor", "imag", "property"),
    "rt_torch_autograd_requires_grad": Place("Tensor", "requires_grad", "property"),
    "rt_torch_autograd_set_requires_grad": Place("Tensor", "requires_grad_", "method"),
    "rt_torch_autograd_grad": Place("Tensor", "grad", "property"),
    "rt_torch_autograd_no_grad_begin": Place("no_grad", "__enter__", "enter"),
    "rt_torch_autograd_no_grad_end": Place("no_grad", "__exit__", "exit"),
    # The reference's whole-tensor reductions to a Python float (t.sum() is a 0-d tensor here,
    # as in PyTorch: see DIM_OVERLOADS).
    "rt_torch_torchtensor_sum": Place("Tensor", "sum_float", "method"),
    "rt_torch_torchtensor_mean": Place("Tensor", "mean_float", "method"),
    "rt_torch_torchtensor_max": Place("Tensor", "max_float", "method"),
    "rt_torch_torchtensor_min": Place("Tensor", "min_float", "method"),
}
# A property that can also be assigned: property -> the function that sets it (its last parameter).
SETTERS: dict[str, str] = {
    "rt_torch_autograd_requires_grad": "rt_torch_autograd_set_requires_grad",
    "rt_torch_autograd_grad": "rt_torch_autograd_set_grad",  # t.grad = None, as optimizers do
}
# In-place functions that return the tensor itself, as PyTorch's trailing-underscore methods do:
# these, and every function without a result whose name ends in `_` (see returns_self).
RETURNS_SELF = frozenset({"rt_torch_autograd_set_requires_grad"})
# Functions that end the life of their receiver's handle.
FREES = frozenset({"rt_torch_torchtensor_free", "rt_torch_torchstream_free"})
# Values that mean more than their C type says: dtype codes are DType objects, and item()
# gives an int for integer tensors and a bool for bool ones, as PyTorch does.
RESULT_CONVERT: dict[str, tuple[str, str]] = {  # function -> (annotation, expression of _r)
    "rt_torch_torchtensor_dtype": ("DType", "_dtype_from_code(_r)"),
    "rt_torch_torchtensor_item": ("float", "_item_value(self._h, _r)"),
}
PARAM_TYPES: dict[tuple[str, str], PyParam] = {  # (function, parameter) -> its Python form
    ("rt_torch_torchtensor_to_dtype", "dtype"): PyParam("DType", ("{v}.code",)),
}
# Results as PyTorch returns them: a tuple for a shape, named tuples for several tensors.
TUPLE_RESULTS = frozenset({"rt_torch_torchtensor_shape"})
NAMED_RESULTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "rt_torch_torchtensor_max_dim": ("ValuesIndices", ("values", "indices")),
    "rt_torch_torchtensor_min_dim": ("ValuesIndices", ("values", "indices")),
    "rt_torch_torchtensor_svd": ("SVD", ("U", "S", "Vh")),
    "rt_torch_torchtensor_eig": ("Eig", ("eigenvalues", "eigenvectors")),
}
# i64[] parameters that take PyTorch's `*size` spelling: zeros(2, 3) as well as zeros([2, 3]).
VARIADIC: dict[str, str] = {
    "rt_torch_tensor_zeros": "dims",
    "rt_torch_tensor_ones": "dims",
    "rt_torch_tensor_randn": "dims",
    "rt_torch_tensor_rand": "dims",
    "rt_torch_tensor_empty": "dims",
    "rt_torch_torchtensor_reshape": "dims",
    "rt_torch_torchtensor_view": "dims",
    "rt_torch_torchtensor_permute": "dims",
}
# One method for a whole-tensor reduction and its per-dimension form: t.sum() / t.sum(dim=1).
# Without dim they return a 0-d tensor, as PyTorch does (t.sum().item() for the number).
DIM_OVERLOADS: tuple[tuple[str, str, str], ...] = (  # (public name, without dim, with dim)
    ("sum", "rt_torch_torchtensor_sum_all", "rt_torch_torchtensor_sum_dim"),
    ("mean", "rt_torch_torchtensor_mean_all", "rt_torch_torchtensor_mean_dim"),
    ("max", "rt_torch_torchtensor_max_all", "rt_torch_torchtensor_max_dim"),
    ("min", "rt_torch_torchtensor_min_all", "rt_torch_torchtensor_min_dim"),
    ("squeeze", "rt_torch_torchtensor_squeeze", "rt_torch_torchtensor_squeeze_dim"),
)
OVERLOAD_PARAM = "dim"
# One method for a tensor operand and a Python number: t.add(u) / t.add(2.5), and in place
# t.add_(u, alpha=0.1) / t.add_(1e-8). A float goes to the scalar function when there is one
# (exactly PyTorch's wrapped-number semantics); any other number, or a float with a keyword
# away from its default, becomes a 0-d tensor of the dtype PyTorch would promote to.
SCALAR_OVERLOADS: tuple[tuple[str, str, str | None], ...] = (  # (public name, tensor form, float form)
    ("add", "rt_torch_torchtensor_add", "rt_torch_torchtensor_add_scalar"),
    ("sub", "rt_torch_torchtensor_sub", None),
    ("mul", "rt_torch_torchtensor_mul", "rt_torch_torchtensor_mul_scalar"),
    ("div", "rt_torch_torchtensor_div", "rt_torch_torchtensor_div_scalar"),
    ("add_", "rt_torch_torchtensor_add_", "rt_torch_torchtensor_add_scalar_"),
    ("mul_", "rt_torch_torchtensor_mul_", "rt_torch_torchtensor_mul_scalar_"),
)
# Operators -> the Tensor method they are. Reflected ones compute `number OP tensor`.
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
}
# Operators between two tensors that the C base type (_core.TensorBase) implements itself:
# one bridge call, no Python frame. (method, CPython slot, symbol, arity, the bridge function).
# Their dunders are then not defined in Python (that would override the C slot); any other
# operand goes to the Python method (and, reflected, to the `number OP tensor` member below).
FAST_OPERATORS: tuple[tuple[str, str, str, int, str], ...] = (
    ("add", "nb_add", "+", 2, "rt_torch_torchtensor_add"),
    ("sub", "nb_subtract", "-", 2, "rt_torch_torchtensor_sub"),
    ("mul", "nb_multiply", "*", 2, "rt_torch_torchtensor_mul"),
    ("div", "nb_true_divide", "/", 2, "rt_torch_torchtensor_div"),
    ("matmul", "nb_matrix_multiply", "@", 2, "rt_torch_torchtensor_matmul"),
    ("neg", "nb_negative", "-", 1, "rt_torch_torchtensor_neg"),
    ("abs", "nb_absolute", "abs", 1, "rt_torch_torchtensor_abs"),
)
SLOT_DUNDERS = {  # a CPython number slot serves these operators
    "nb_add": ("__add__", "__radd__"),
    "nb_subtract": ("__sub__", "__rsub__"),
    "nb_multiply": ("__mul__", "__rmul__"),
    "nb_true_divide": ("__truediv__", "__rtruediv__"),
    "nb_matrix_multiply": ("__matmul__", "__rmatmul__"),
    "nb_negative": ("__neg__",),
    "nb_absolute": ("__abs__",),
}

# Reflected operators `number OP tensor`, computed the way PyTorch computes them (bit for bit):
# number - t through a 0-d tensor of the promoted dtype; number / t as t ** -1 * number.
REFLECTED: dict[str, tuple[str, tuple[str, ...]]] = {
    "__rsub__": ("through_scalar", ("rt_torch_torchtensor_sub",)),
    "__rtruediv__": ("reciprocal", ("rt_torch_torchtensor_pow", "rt_torch_torchtensor_mul", "rt_torch_torchtensor_free")),
}
# Constructors (rt_torch_tensor_*) take PyTorch's keyword `requires_grad` too. (Not `dtype`:
# converting after the fact would give other random numbers than torch.randn(dtype=...).)
GRAD_KWARG = "requires_grad"
# Namespaces that also offer Tensor methods as functions of their first argument.
DELEGATE_CATEGORIES: dict[str, str] = {"activation": "nn"}  # category -> namespace
DELEGATE_GROUPS: dict[str, str] = {"autograd_": "autograd"}  # group word -> namespace
DELEGATE_RECEIVER: dict[str, str] = {"nn": "input", "autograd": "tensor"}  # namespace -> its first parameter

# Catalogue functions the hand-made parts of the runtime (repr, tolist, item, construction
# from lists, scopes, scalar operands, indexing) call. The first three are required; any other
# one missing from a catalogue is bound to a stub that raises, naming the function.
RUNTIME: dict[str, str] = {
    "error_code": "rt_torch_error_code",
    "error_message": "rt_torch_error_message",
    "free": "rt_torch_torchtensor_free",
    "stream_free": "rt_torch_torchstream_free",
    "shape": "rt_torch_torchtensor_shape",
    "numel": "rt_torch_torchtensor_numel",
    "dtype": "rt_torch_torchtensor_dtype",
    "to_dtype": "rt_torch_torchtensor_to_dtype",
    "data_f64": "rt_torch_torchtensor_data_f64",
    "data_i64": "rt_torch_torchtensor_data_i64",
    "from_data": "rt_torch_tensor_from_data",
    "from_i64": "rt_torch_tensor_from_i64",
    "item": "rt_torch_torchtensor_item",
    "real": "rt_torch_torchtensor_real",
    "imag": "rt_torch_torchtensor_imag",
    "slice": "rt_torch_torchtensor_slice",
    "squeeze_dim": "rt_torch_torchtensor_squeeze_dim",
    "cat": "rt_torch_torchtensor_cat",
    "set_requires_grad": "rt_torch_autograd_set_requires_grad",
    "requires_grad": "rt_torch_autograd_requires_grad",
    "device": "rt_torch_torchtensor_device",
    "release": "rt_torch_torchtensor_release",
}
REQUIRED_RUNTIME = ("error_code", "error_message", "free")
# The destructor's release (it leaves the thread's error state alone): reached by garbage
# collection, from Tensor.__del__, not by a name of its own. Without it, __del__ frees.
DESTRUCTOR = "rt_torch_torchtensor_release"

# Catalogue functions the optimizers (optim.py: SGD, Adam) call, by role (bound to `_rt_<role>`):
# the shared table of both tiers' optimizers, and free for their temporaries. One missing from
# a catalogue is bound to a stub that raises, naming it, when a step needs it.
OPTIM_RUNTIME: dict[str, str] = {"free": "rt_torch_torchtensor_free", **OPTIMIZER_FUNCTIONS}

# First buffer size for array results whose entry names no capacity; the call is repeated
# with the returned length when it was too small.
FIRST_CAPACITY = 16
# A capacity hint taken from a parameter is capped (chunk(10**9) must not allocate 8 GB first).
MAX_FIRST_CAPACITY = 4096


def returns_self(fn: Function) -> bool:
    """Whether the method returns its receiver: an in-place function without a result."""
    return fn.name in RETURNS_SELF or (fn.is_void and is_in_place(fn.name) and bool(fn.params) and fn.params[0].type.name == "tensor")


def is_constructor(fn: Function) -> bool:
    return fn.group.constructs == "tensor" and fn.result.type.name == "tensor"


def default_place(fn: Function) -> Place:
    """The group rule: what the function acts on decides where it goes."""
    prefix = fn.group.prefix
    first_is_tensor = bool(fn.params) and fn.params[0].type.name == "tensor"
    if prefix == "torchtensor_":
        return Place("Tensor", fn.stem, "method") if first_is_tensor else Place(MODULE, fn.stem, "function")
    if prefix == "tensor_":
        return Place(MODULE, fn.stem, "function")
    if prefix == "torchstream_":
        return Place("Stream", fn.stem, "method")
    if prefix == "stream_":
        return Place("Stream", "__init__", "constructor")
    if prefix == "autograd_":
        return Place("Tensor", fn.stem, "method") if first_is_tensor else Place("autograd", fn.stem, "function")
    if prefix == "nn_":
        return Place("nn", fn.stem, "function")
    if prefix == "cuda_":
        return Place("cuda", fn.stem, "function")
    if prefix == "":
        return Place(MODULE, fn.stem, "function")
    raise GenerationError(f"target {NAME}: no placement rule for group '{prefix}' (needed by {fn.name})")


def place(fn: Function) -> Place:
    return RENAMES.get(fn.name) or default_place(fn)


# ------------------------------------------------------------------------------ the model the templates see


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


@dataclass(frozen=True)
class NamedResult:
    name: str
    fields: tuple[str, ...]


@dataclass(frozen=True)
class ErrorClass:
    name: str
    code: int
    code_name: str
    bases: str
    doc: str  # docstring literal


@dataclass(frozen=True)
class DTypeObj:
    name: str  # the public name (torch_sffi.float32)
    var: str  # the private variable in _dtypes.py
    code: int
    kind: str
    doc_literal: str


@dataclass(frozen=True)
class Binding:
    var: str  # module global the function is bound to
    function: str  # catalogue name
    missing: bool  # not in this catalogue: bound to a stub that raises


@dataclass
class Module:
    """What one generated module defines."""

    members: dict[str, list[Member]] = field(default_factory=dict)  # container -> members, in order
    bindings: dict[str, Binding] = field(default_factory=dict)

    def add(self, container: str, member: Member) -> None:
        existing = self.members.setdefault(container, [])
        if any(m.name == member.name and "setter" not in "".join(member.decorators) for m in existing):
            raise GenerationError(f"target {NAME}: two definitions of {container}.{member.name} ({', '.join(member.functions)})")
        existing.append(member)

    def bind(self, fn_name: str, present: bool) -> str:
        var = "_f_" + fn_name[len("rt_torch_") :]
        self.bindings.setdefault(fn_name, Binding(var, fn_name, not present))
        return var


# ------------------------------------------------------------------------------ text helpers


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
    value = p.default
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if p.type.name == "f64":
        return repr(float(value))  # type: ignore[arg-type]
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        items = [repr(float(v)) if p.type.name == "f64[]" else repr(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    if isinstance(value, str):
        return repr(value)
    raise GenerationError(f"target {NAME}: no Python literal for default {value!r} of {p.name}")


SIGNATURE_WIDTH = 100


def signature(name: str, params: list[str], ret: str, indent: int) -> tuple[str, ...]:
    """`name(params) -> ret` as source lines: one line when it fits, else one parameter a line."""
    one = f"{name}({', '.join(params)}) -> {ret}"
    if indent + len("def ") + len(one) + 1 <= SIGNATURE_WIDTH or not params:
        return (one,)
    return (f"{name}(", *[f"    {p}," for p in params], f") -> {ret}")


def _py_doc(p: Param) -> str:
    """A parameter's doc in Python terms: the C ABI's 0 handle for "no tensor" is None here."""
    return p.doc.replace("0 for none", "None for none") if p.type.name == "tensor?" else p.doc


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _doc_lines(
    fn: Function, skip_receiver: bool, extra_args: dict[str, str] | None = None, rename: dict[str, str] | None = None
) -> list[str]:
    lines = wrap(fn.summary, 84)
    params = fn.params[1:] if skip_receiver else fn.params
    docs = [((rename or {}).get(p.name, p.name), (extra_args or {}).get(p.name, _py_doc(p))) for p in params]
    if is_constructor(fn):
        docs.append((GRAD_KWARG, "Record operations on the new tensor for backward (a leaf)."))
    if docs:
        lines += ["", "Args:"]
        for name, text in docs:
            body = wrap(f"{name}: {text}", 80)
            lines += [f"    {body[0]}"] + [f"        {line}" for line in body[1:]]
    if not fn.is_void and fn.result.doc:
        doc = fn.result.doc.replace("or 0 when", "or None when") if fn.result.type.name == "tensor?" else fn.result.doc
        lines += ["", "Returns:"] + [f"    {line}" for line in wrap(doc, 80)]
    return lines + _doc_tail([fn])


def _doc_tail(fns: list[Function]) -> list[str]:
    lines: list[str] = []
    if any(f.cuda for f in fns):
        lines += ["", "Raises TorchUnavailableError on a build or machine without CUDA."]
    for f in fns:
        if f.deviation:
            lines += [""] + wrap(f"Deviation from the reference ({f.short_name}): {f.deviation}", 84)
    bridge = ", ".join(f.name for f in fns)
    pytorch = ", ".join(dict.fromkeys(f.pytorch for f in fns if f.pytorch))
    lines += ["", f"Bridge: {bridge}." + (f" PyTorch: {pytorch}." if pytorch else "")]
    return lines


# ------------------------------------------------------------------------------ wrappers


@dataclass(frozen=True)
class Call:
    """The conversion statements and the cffi call of one catalogue function."""

    prelude: tuple[str, ...]
    expr: str  # the call, without out-buffer arguments
    out_args: bool  # whether the call takes (buffer, capacity) after expr's arguments


class Builder:
    """Builds the members of every generated module from the catalogue."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.fns = catalogue.by_name
        self.modules: dict[str, Module] = {name: Module() for name in ("_tensor", "nn", "autograd", "cuda")}
        self.paths: dict[str, list[str]] = {f.name: [] for f in catalogue.functions}
        self.named_results: dict[str, NamedResult] = {}
        self.tensor_methods: dict[str, Function] = {}  # public method name -> function (for operators)

    # ---- calls and results

    def module_of(self, container: str) -> Module:
        return self.modules[CONTAINER_MODULES[container]]

    def call(self, fn: Function, mod: Module, receiver: str | None, values: dict[str, str] | None = None) -> Call:
        """values: parameter -> the Python expression passed for it (default: the parameter)."""
        prelude: list[str] = []
        args: list[str] = []
        for i, p in enumerate(fn.params):
            rule = PARAM_TYPES.get((fn.name, p.name)) or lookup(PY_PARAM, p.type, NAME, fn)
            if i == 0 and receiver is not None:
                args.append(f"{receiver}._h")
                continue
            value = (values or {}).get(p.name, p.name)
            if fn.name in VARIADIC and VARIADIC[fn.name] == p.name:
                prelude.append(f"{p.name}_ = _size({value})")
                v = f"{p.name}_"
            elif rule.convert is not None:
                v = f"{p.name}_"
                prelude.append(rule.convert.format(v=v, n=value))
            else:
                v = value
            args += [a.format(v=v) for a in rule.args]
        var = mod.bind(fn.name, True)
        res = lookup(PY_RESULT, fn.result.type, NAME, fn)
        return Call(tuple(prelude), f"{var}({', '.join(args)}", res.buffer is not None)

    def result_lines(self, fn: Function, call: Call, inline: bool, owner: str | None = None) -> list[str]:
        """The statements from the call to the return, for the function's result type."""
        res = lookup(PY_RESULT, fn.result.type, NAME, fn)
        lines = list(call.prelude)
        t = fn.result.type.name
        if res.buffer is not None:
            cap = fn.result.capacity
            cap_expr = str(FIRST_CAPACITY) if cap is None else (str(cap) if isinstance(cap, int) else f"min(max({cap}, 1), {MAX_FIRST_CAPACITY})")
            lines += [
                f"_cap = {cap_expr}",
                "while True:",
                f'    _buf = _ffi.new("{res.buffer}[]", _cap)',
                f"    _n: int = {call.expr}, _buf, _cap)",
                "    if _n < 0:",
                "        _raise()",
                "    if _n <= _cap:",
                "        break",
                "    _cap = _n",
            ]
            if t == "tensor[]":
                items = "[_wrap(h) for h in _ffi.unpack(_buf, _n)]"
                if fn.name in NAMED_RESULTS:
                    cls = self.named_result(fn)
                    lines.append(f"return {cls.name}(*{items})")
                else:
                    lines.append(f"return tuple({items})")
            elif fn.name in TUPLE_RESULTS:
                lines.append("return tuple(_ffi.unpack(_buf, _n))")
            else:
                lines.append("return _ffi.unpack(_buf, _n)")
            return lines
        if t == "void":
            lines += [f"{call.expr})"]
            if fn.name in FREES:
                lines += ["self._live = False"]
            lines += ["if _error_code():", "    _raise()"]
            return lines
        lines += [f"_r = {call.expr})", f"if {res.sentinel}:"]
        if res.on_sentinel == "raise":
            lines.append("    _raise()")
        elif t == "tensor?":
            lines += ["    _check()", "    return None"]
        else:
            lines.append("    _check()")
        if t == "tensor" and is_constructor(fn):
            lines += [f"if {GRAD_KWARG}:", "    _require_grad(_r)"]
        if t in ("tensor", "tensor?"):
            if inline:
                lines += [
                    "_t = _new(Tensor)",
                    "_t._h = _r",
                    "_t._live = True",
                    "if _scope_depth:",
                    "    _track(_t)",
                    "return _t",
                ]
            else:
                lines.append("return _wrap(_r)")
        elif t == "stream":
            if owner != "constructor":
                raise GenerationError(f"target {NAME}: a stream result outside the Stream constructor ({fn.name})")
            lines += ["self._h = _r", "self._live = True"]
        elif fn.name in RESULT_CONVERT:
            lines.append(f"return {RESULT_CONVERT[fn.name][1]}")
        elif t == "text":
            lines.append('return _ffi.string(_r).decode("utf-8", "replace")')
        else:
            lines.append("return _r")
        return lines

    def named_result(self, fn: Function) -> NamedResult:
        cls_name, fields = NAMED_RESULTS[fn.name]
        cap = fn.result.capacity
        if isinstance(cap, int) and cap != len(fields):
            raise GenerationError(f"target {NAME}: {fn.name} returns {cap} tensors but NAMED_RESULTS names {len(fields)}")
        known = self.named_results.get(cls_name)
        if known is not None and known.fields != fields:
            raise GenerationError(f"target {NAME}: result tuple {cls_name} has two field lists")
        self.named_results[cls_name] = NamedResult(cls_name, fields)
        return self.named_results[cls_name]

    def annotation(self, fn: Function) -> str:
        if returns_self(fn):
            return "Tensor"
        if fn.name in NAMED_RESULTS:
            return self.named_result(fn).name
        if fn.name in TUPLE_RESULTS:
            return "tuple[int, ...]"
        if fn.name in RESULT_CONVERT:
            return RESULT_CONVERT[fn.name][0]
        return lookup(PY_RESULT, fn.result.type, NAME, fn).annotation

    def params_sig(self, fn: Function, skip_receiver: bool, overrides: dict[str, str] | None = None) -> list[str]:
        out: list[str] = []
        params = fn.params[1:] if skip_receiver else fn.params
        for p in params:
            if overrides and p.name in overrides:
                out.append(overrides[p.name])
                continue
            ann = (PARAM_TYPES.get((fn.name, p.name)) or lookup(PY_PARAM, p.type, NAME, fn)).annotation
            if VARIADIC.get(fn.name) == p.name:
                if p.type.name != "i64[]" or p is not fn.params[-1] or p.has_default:
                    raise GenerationError(f"target {NAME}: VARIADIC {fn.name}.{p.name} must be its last i64[] parameter, without default")
                out.append(f"*{p.name}: {ann}")
                continue
            out.append(f"{p.name}: {ann}" + (f" = {default_literal(p)}" if p.has_default else ""))
        if is_constructor(fn):
            if GRAD_KWARG in fn.param_names:
                raise GenerationError(f"target {NAME}: {fn.name} has a parameter named {GRAD_KWARG}, the keyword constructors add")
            if not any(o.startswith("*") for o in out):
                out.append("*")
            out.append(f"{GRAD_KWARG}: bool = False")
        return out

    # ---- members

    def simple(self, fn: Function, pl: Place) -> None:
        """A member that wraps exactly one catalogue function."""
        mod = self.module_of(pl.container)
        receiver = "self" if pl.container in ("Tensor", "Stream") and pl.kind != "constructor" else None
        if receiver and (not fn.params or fn.params[0].type.name != ("tensor" if pl.container == "Tensor" else "stream")):
            raise GenerationError(f"target {NAME}: {fn.name} is placed on {pl.container} but its first parameter is not one")
        inline = CONTAINER_MODULES[pl.container] == "_tensor"
        call = self.call(fn, mod, receiver)
        body = self.result_lines(fn, call, inline, owner=pl.kind)
        params = self.params_sig(fn, skip_receiver=receiver is not None)
        if pl.kind == "constructor":
            body = ["self._live = False", *body]
        if returns_self(fn):
            body.append("return self")
        doc = _doc_lines(fn, skip_receiver=receiver is not None)
        ret = "None" if pl.kind == "constructor" else self.annotation(fn)
        if pl.kind in ("enter", "exit"):
            return self.context(fn, pl, body, doc)
        sig_params = (["self"] if receiver or pl.kind == "constructor" else []) + params
        decorators: tuple[str, ...] = ("property",) if pl.kind == "property" else ()
        if pl.kind == "property" and params:
            raise GenerationError(f"target {NAME}: {fn.name} is a property but takes parameters")
        indent = "        " if pl.container in ("Tensor", "Stream") else "    "
        mod.add(
            pl.container,
            Member(pl.name, decorators, signature(pl.name, sig_params, ret, len(indent) - 4), doc_literal(doc, indent), tuple(body), functions=(fn.name,)),
        )
        self.paths[fn.name].append(f"{PUBLIC_PREFIX[pl.container]}.{pl.name}")
        if pl.container == "Tensor":
            self.tensor_methods[pl.name] = fn
        if fn.name in SETTERS and SETTERS[fn.name] in self.fns:
            self.setter(fn, pl, self.fns[SETTERS[fn.name]])

    def setter(self, getter: Function, pl: Place, fn: Function) -> None:
        mod = self.module_of(pl.container)
        value = fn.params[-1]
        call = self.call(fn, mod, "self")
        body = self.result_lines(fn, call, inline=True)
        ann = lookup(PY_PARAM, value.type, NAME, fn).annotation
        doc = doc_literal(wrap(fn.summary, 84) + _doc_tail([fn]), "        ")
        mod.add(
            pl.container,
            Member(pl.name, (f"{pl.name}.setter",), signature(pl.name, ["self", f"{value.name}: {ann}"], "None", 4), doc, tuple(body), functions=(fn.name,)),
        )
        self.paths[fn.name].append(f"{PUBLIC_PREFIX[pl.container]}.{pl.name} (setter)")

    def context(self, fn: Function, pl: Place, body: list[str], doc: list[str]) -> None:
        mod = self.module_of(pl.container)
        if fn.params:
            raise GenerationError(f"target {NAME}: {fn.name} enters or exits a context but takes parameters")
        if pl.kind == "enter":
            sig = signature("__enter__", ["self"], "None", 4)
        else:
            sig = signature("__exit__", ["self", "*exc: object"], "None", 4)
        mod.add(pl.container, Member(pl.name, (), sig, doc_literal(doc, "        "), tuple(body), functions=(fn.name,)))
        self.paths[fn.name].append(f"{PUBLIC_PREFIX[pl.container]}.{pl.name}")

    def dim_overload(self, public: str, whole: Function, along: Function) -> None:
        mod = self.modules["_tensor"]
        dim = next((p for p in along.params if p.name == OVERLOAD_PARAM), None)
        if dim is None or dim.type.name != "i64" or dim.has_default:
            raise GenerationError(f"target {NAME}: {along.name} needs an i64 parameter '{OVERLOAD_PARAM}' without default to overload {whole.name}")
        if [p.name for p in whole.params] != [along.params[0].name]:
            raise GenerationError(f"target {NAME}: {whole.name} must take only the tensor to overload with {along.name}")
        rest = [p for p in along.params[1:] if p.name != OVERLOAD_PARAM]
        if any(not p.has_default for p in rest):
            raise GenerationError(f"target {NAME}: the parameters of {along.name} after '{OVERLOAD_PARAM}' need defaults")
        rest_sig = [f"{p.name}: {lookup(PY_PARAM, p.type, NAME, along).annotation} = {default_literal(p)}" for p in rest]
        whole_ret, along_ret = self.annotation(whole), self.annotation(along)
        overloads = (
            signature(public, ["self", f"{OVERLOAD_PARAM}: None = None", *rest_sig], whole_ret, 4),
            signature(public, ["self", f"{OVERLOAD_PARAM}: int", *rest_sig], along_ret, 4),
        )
        sig = signature(public, ["self", f"{OVERLOAD_PARAM}: int | None = None", *rest_sig], f"{whole_ret} | {along_ret}", 4)
        body = [f"if {OVERLOAD_PARAM} is None:"]
        for p in rest:
            test = {"False": p.name, "True": f"not {p.name}"}.get(default_literal(p), f"{p.name} != {default_literal(p)}")
            body += [
                f"    if {test}:",
                f'        raise _ValueErr("{public}(): {p.name} needs {OVERLOAD_PARAM}")',
            ]
        body += ["    " + line for line in self.result_lines(whole, self.call(whole, mod, "self"), inline=True)]
        body += self.result_lines(along, self.call(along, mod, "self"), inline=True)
        args = {OVERLOAD_PARAM: f"None for the whole tensor; else {_lower_first(dim.doc)}"}
        doc = wrap(f"{whole.summary} With {OVERLOAD_PARAM}: {_lower_first(along.summary)}", 84)
        doc += ["", "Args:"]
        for p in [dim, *rest]:
            text = wrap(f"{p.name}: {args.get(p.name, p.doc)}", 80)
            doc += [f"    {text[0]}"] + [f"        {line}" for line in text[1:]]
        doc += ["", "Returns:"]
        doc += [f"    {line}" for line in wrap(f"Without {OVERLOAD_PARAM}: {_lower_first(whole.result.doc)} With {OVERLOAD_PARAM}: {_lower_first(along.result.doc)}", 80)]
        doc += _doc_tail([whole, along])
        mod.add(
            "Tensor",
            Member(public, (), sig, doc_literal(doc, "        "), tuple(body), overloads=overloads, functions=(whole.name, along.name)),
        )
        for f in (whole, along):
            self.paths[f.name].append(f"torch_sffi.Tensor.{public}")
        self.tensor_methods[public] = along

    def scalar_overload(self, public: str, tensor_fn: Function, float_fn: Function | None) -> None:
        """t.add(u) / t.add(2.5), and the in-place t.add_(u, alpha=a) / t.add_(1e-8), as one method.

        The tensor form takes two tensors, then only parameters with defaults (keyword-only, as
        PyTorch's alpha); the float form a tensor and an f64. Both return a tensor, or both return
        nothing and change the receiver (the method then returns it, as PyTorch's `_` methods do).
        """
        mod = self.modules["_tensor"]
        types = [p.type.name for p in tensor_fn.params]
        extras = tensor_fn.params[2:]
        if types[:2] != ["tensor", "tensor"] or any(not p.has_default for p in extras):
            raise GenerationError(f"target {NAME}: {tensor_fn.name} must take two tensors (then only parameters with defaults) to take a number as well")
        if float_fn is not None and [p.type.name for p in float_fn.params] != ["tensor", "f64"]:
            raise GenerationError(f"target {NAME}: {float_fn.name} must take a tensor and an f64")
        in_place = tensor_fn.is_void
        if in_place and not returns_self(tensor_fn):
            raise GenerationError(f"target {NAME}: {tensor_fn.name} returns nothing: list it in RETURNS_SELF to overload it with a number")
        if not in_place and tensor_fn.result.type.name != "tensor":
            raise GenerationError(f"target {NAME}: {tensor_fn.name} must return a tensor, or nothing (in place), to take a number as well")
        if float_fn is not None and float_fn.result.type.name != tensor_fn.result.type.name:
            raise GenerationError(f"target {NAME}: {float_fn.name} and {tensor_fn.name} must return the same type")
        other = tensor_fn.params[1].name
        tensor_call = self.call(tensor_fn, mod, "self")
        var = mod.bind(tensor_fn.name, True)
        extra_args = "".join(f", {p.name}" for p in extras)
        via_scalar = (
            f"_in_place_with_scalar({var}, self._h, {other}{extra_args})"
            if in_place
            else f"_r = _with_scalar({var}, self._h, {other}, False{extra_args})"
        )
        # a call of the C function whose result (or error state) the lines after the if test
        assign = "" if in_place else "_r = "  # in-place forms return nothing
        body = [f"if {other}.__class__ is not Tensor:"]
        if float_fn is not None:
            fcall = self.call(float_fn, mod, "self", {float_fn.params[1].name: other})
            test = " and ".join([f"{other}.__class__ is float"] + [f"{p.name} == {default_literal(p)}" for p in extras])
            body += [f"    if {test}:", f"        {assign}{fcall.expr})"]
            if in_place:
                body += ["        if _error_code():", "            _raise()"]
            body += ["    else:", f"        {via_scalar}"]
        else:
            body += [f"    {via_scalar}"]
        body += ["else:", f"    {assign}{tensor_call.expr})"]
        if in_place:
            body += ["    if _error_code():", "        _raise()", "return self"]
        else:
            body += ["if not _r:", "    _raise()", "_t = _new(Tensor)", "_t._h = _r", "_t._live = True", "if _scope_depth:", "    _track(_t)", "return _t"]
        fns = [tensor_fn] + ([float_fn] if float_fn else [])
        number = f" A Python number is accepted too{': ' + float_fn.summary if float_fn else '.'}"
        doc = _doc_lines(tensor_fn, True, {other: tensor_fn.params[1].doc + number})
        doc = doc[: -len(_doc_tail([tensor_fn]))]
        if in_place:
            doc += ["", "Returns:", "    This tensor (changed in place)."]
        doc += _doc_tail(fns)
        params = ["self", f"{other}: Tensor | float"]
        if extras:
            params += ["*"] + [f"{p.name}: {lookup(PY_PARAM, p.type, NAME, tensor_fn).annotation} = {default_literal(p)}" for p in extras]
        sig = signature(public, params, "Tensor", 4)
        mod.add("Tensor", Member(public, (), sig, doc_literal(doc, "        "), tuple(body), functions=tuple(f.name for f in fns)))
        for f in fns:
            self.paths[f.name].append(f"torch_sffi.Tensor.{public}")
        self.tensor_methods[public] = tensor_fn

    def delegate(self, namespace: str, fn: Function, member: str, is_property: bool) -> None:
        """namespace.X(tensor, ...) -> tensor.member(...): PyTorch's functional spelling."""
        mod = self.modules[namespace]
        first = DELEGATE_RECEIVER[namespace]
        if first in fn.param_names[1:]:
            raise GenerationError(f"target {NAME}: {fn.name} has a parameter named {first}, the name its {namespace} form gives the tensor")
        params = [f"{first}: Tensor"] + self.params_sig(fn, skip_receiver=True)
        ret = self.annotation(fn)
        rest = [p.name for p in fn.params[1:]]
        if is_property:
            body = [f"return {first}.{member}"]
        else:
            body = [f"return {first}.{member}({', '.join(rest)})"]
        name = fn.stem
        doc = _doc_lines(fn, skip_receiver=False, rename={fn.params[0].name: first})
        mod.add(namespace, Member(name, (), signature(name, params, ret, 0), doc_literal(doc, "    "), tuple(body), functions=(fn.name,)))
        self.paths[fn.name].append(f"torch_sffi.{namespace}.{name}")

    # ---- the whole catalogue

    def build(self) -> None:
        overloaded: set[str] = set()
        dim_pairs = [(p, self.fns[w], self.fns[a]) for p, w, a in DIM_OVERLOADS if w in self.fns and a in self.fns]
        scalar_sets = [
            (p, self.fns[t], self.fns[f] if f and f in self.fns else None) for p, t, f in SCALAR_OVERLOADS if t in self.fns
        ]
        for public, whole, along in dim_pairs:
            overloaded |= {whole.name, along.name}
        for public, tfn, ffn in scalar_sets:
            overloaded |= {tfn.name} | ({ffn.name} if ffn else set())
        for fn in self.catalogue.functions:
            if fn.name == DESTRUCTOR:
                self.paths[fn.name].append("torch_sffi._core.TensorBase")  # its dealloc
                continue
            if fn.name in overloaded:
                for public, whole, along in dim_pairs:
                    if fn.name == whole.name:
                        self.dim_overload(public, whole, along)
                for public, tfn, ffn in scalar_sets:
                    if fn.name == tfn.name:
                        self.scalar_overload(public, tfn, ffn)
                continue
            self.simple(fn, place(fn))
        # functional spellings in the namespaces
        for fn in self.catalogue.functions:
            pl = place(fn)
            if pl.container != "Tensor" or fn.name in overloaded:
                continue
            ns = DELEGATE_CATEGORIES.get(fn.category.id) or DELEGATE_GROUPS.get(fn.group.prefix)
            if ns is not None:
                self.delegate(ns, fn, pl.name, pl.kind == "property")
        for fn_name, paths in self.paths.items():
            if not paths:
                raise GenerationError(f"target {NAME}: {fn_name} is reachable from no public name")

    @cached_property
    def fast_operators(self) -> list[FastOp]:
        """The operators the C base type implements for this catalogue: those whose method
        exists and is an operator. Reflected, the slot calls the commutative method itself
        (number + t is t.add(number)) or the REFLECTED member, when this catalogue has it."""
        out = []
        for method, slot, symbol, arity, fn_name in FAST_OPERATORS:
            dunders = SLOT_DUNDERS[slot]
            if fn_name not in self.fns or method not in self.tensor_methods or OPERATORS.get(dunders[0]) != method:
                continue
            rdunder = dunders[1] if len(dunders) > 1 else None
            reflected: str | None = None
            if rdunder is not None and OPERATORS.get(rdunder) == method:
                reflected = method
            elif rdunder in REFLECTED and all(f in self.fns for f in REFLECTED[rdunder][1]):
                reflected = _private(rdunder)
            out.append(FastOp(method, slot, symbol, arity, fn_name, reflected))
        return out

    @cached_property
    def slot_dunders(self) -> frozenset[str]:
        """Operators served by a C slot, so not defined in Python."""
        return frozenset(d for op in self.fast_operators for d in SLOT_DUNDERS[op.slot])

    def operators(self) -> list[tuple[str, str]]:
        """(operator, method) pairs for the methods this catalogue has, less those of C slots."""
        return [(op, m) for op, m in OPERATORS.items() if m in self.tensor_methods and op not in self.slot_dunders]

    def reflected(self) -> list[Member]:
        out = []
        methods = {fn.name: name for name, fn in self.tensor_methods.items()}
        for op, (recipe, fn_names) in REFLECTED.items():
            if not all(f in self.fns for f in fn_names):
                continue
            if recipe == "through_scalar":
                var = self.modules["_tensor"].bind(fn_names[0], True)
                body: tuple[str, ...] = (f"return _wrap(_with_scalar({var}, self._h, other, True))",)
            elif recipe == "reciprocal":
                pow_, mul, free = (methods[f] for f in fn_names)
                body = (f"inverse = self.{pow_}(-1.0)", "try:", f"    return inverse.{mul}(other)", "finally:", f"    inverse.{free}()")
            else:
                raise GenerationError(f"target {NAME}: unknown recipe '{recipe}' for {op}")
            doc = doc_literal([f"number {op[3:-2]} tensor, as PyTorch computes it."])
            name = _private(op) if op in self.slot_dunders else op  # the C slot calls it
            out.append(Member(name, (), signature(name, ["self", "other: float"], "Tensor", 4), doc, body, functions=fn_names))
        return out


def _private(dunder: str) -> str:
    """__rsub__ -> _rsub: the Python half of an operator whose slot is in C."""
    return "_" + dunder.strip("_")


@dataclass(frozen=True)
class FastOp:
    name: str  # the Tensor method (add)
    slot: str  # nb_add
    symbol: str  # +
    arity: int
    function: str  # the bridge function for two tensors
    reflected: str | None  # the Tensor member computing `number OP tensor`, if any

    @property
    def dunder(self) -> str:
        return SLOT_DUNDERS[self.slot][0]

    @property
    def rdunder(self) -> str | None:
        """The reflected operator the slot serves, when Python implements `number OP tensor`."""
        return SLOT_DUNDERS[self.slot][1] if self.reflected else None


# ------------------------------------------------------------------------------ public API of this module


def public_paths(catalogue: Catalogue) -> dict[str, tuple[str, ...]]:
    """Every catalogue function -> the public names that reach it (tests resolve them)."""
    b = Builder(catalogue)
    b.build()
    return {k: tuple(v) for k, v in b.paths.items()}


def missing_runtime(catalogue: Catalogue) -> list[str]:
    """Runtime functions this catalogue lacks (their features raise when used)."""
    return [name for name in RUNTIME.values() if name not in catalogue.by_name]


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
        out.append(DTypeObj(d.name, f"_{d.name}", d.code, kind, repr(d.doc)))
    return out


def _runtime_bindings(catalogue: Catalogue, table: dict[str, str] = RUNTIME, required: tuple[str, ...] = REQUIRED_RUNTIME) -> list[Binding]:
    out = []
    for role, fn_name in table.items():
        present = fn_name in catalogue.by_name
        if not present and role in required:
            raise GenerationError(f"target {NAME}: the Python runtime needs {fn_name} ({role}), which the catalogue lacks")
        out.append(Binding(f"_rt_{role}", fn_name, not present))
    return out


def missing_optim(catalogue: Catalogue) -> list[str]:
    """Functions the optimizers need that this catalogue lacks (their steps raise)."""
    return [name for name in OPTIM_RUNTIME.values() if name not in catalogue.by_name]


def native_stub(catalogue: Catalogue) -> list[str]:
    """Signatures of the cffi module's functions, for _native.pyi."""
    lines = []
    for fn in catalogue.functions:
        args: list[str] = []
        for p in fn.params:
            for i, t in enumerate(lookup(NATIVE_PARAM, p.type, NAME, fn)):
                args.append(f"{p.name}{'_len' if i else ''}: {t}")
        ret, outs = lookup(NATIVE_RESULT, fn.result.type, NAME, fn)
        if outs:
            args += [f"out: {outs[0]}", f"out_capacity: {outs[1]}"]
        lines.append(f"def {fn.name}({', '.join(args)}) -> {ret}: ...")
    return lines


def _bindings_lines(mod: Module) -> list[str]:
    return [
        f'{b.var} = _missing("{b.function}")' if b.missing else f"{b.var} = _lib.{b.function}"
        for b in sorted(mod.bindings.values(), key=lambda b: b.var)
    ]


def render(catalogue: Catalogue, renderer) -> dict[str, str]:  # type: ignore[no-untyped-def]
    b = Builder(catalogue)
    b.build()
    errors = error_classes(catalogue)
    err_by_code = {e.code_name: e.name for e in errors}
    dtypes = dtype_objects(catalogue)
    dtype_names = {d.name for d in dtypes}
    inferred = {kind: f"_{name}" for kind, name in INFERRED_DTYPES.items() if name in dtype_names}
    runtime = _runtime_bindings(catalogue)
    for role, dt in SOURCE_DTYPES.items():
        if dt not in dtype_names:
            raise GenerationError(f"target {NAME}: the catalogue has no dtype '{dt}', which {RUNTIME[role]} makes")
    dtype_imports = sorted(set(inferred.values()) | {f"_{n}" for n in UNMARKED_DTYPES if n in dtype_names} | {f"_{d}" for d in SOURCE_DTYPES.values()})
    ctx = dict(
        catalogue=catalogue,
        package=PACKAGE,
        errors=errors,
        err=err_by_code,
        dtypes=dtypes,
        inferred=inferred,
        unmarked=[f"_{n}" for n in UNMARKED_DTYPES if n in dtype_names],
        dtype_imports=dtype_imports,
        from_data_dtype=f"_{SOURCE_DTYPES['from_data']}",
        from_i64_dtype=f"_{SOURCE_DTYPES['from_i64']}",
        runtime=runtime,
        rt_fn=RUNTIME,
        named_results=sorted(b.named_results.values(), key=lambda n: n.name),
        operators=b.operators(),
        reflected=b.reflected(),
        has_stream="Stream" in b.modules["cuda"].members,
        has_no_grad="no_grad" in b.modules["autograd"].members,
        fast=b.fast_operators,
        destructor=DESTRUCTOR if DESTRUCTOR in catalogue.by_name else RUNTIME["free"],
    )
    files = {
        f"{PKG_DIR}/_errors.py": renderer.render("python/_errors.py.j2", **ctx),
        f"{PKG_DIR}/_dtypes.py": renderer.render("python/_dtypes.py.j2", **ctx),
        f"{PKG_DIR}/_native.pyi": renderer.render("python/_native.pyi.j2", **ctx, functions=native_stub(catalogue)),
        f"{PKG_DIR}/py.typed": "",
        f"{PKG_DIR}/_core.pyi": renderer.render("python/_core.pyi.j2", **ctx),
        "python/_core.c": renderer.render("python/_core.c.j2", **ctx, header="torch_sffi.h"),
    }
    ctx["autograd_names"] = (["no_grad"] if ctx["has_no_grad"] else []) + [m.name for m in b.modules["autograd"].members.get("autograd", [])]
    ctx["cuda_names"] = (["Stream"] if ctx["has_stream"] else []) + [m.name for m in b.modules["cuda"].members.get("cuda", [])]
    for name, mod in b.modules.items():
        files[f"{PKG_DIR}/{name}.py"] = renderer.render(f"python/{name}.py.j2", **ctx, members=mod.members, bindings=_bindings_lines(mod))
    exports = _exports(b, errors)
    names = ["autograd", "cuda", "nn", "optim", *[d.name for d in dtypes], *[n for ns in exports.values() for n in ns]]
    names += ["no_grad"] if ctx["has_no_grad"] else []
    files[f"{PKG_DIR}/optim.py"] = renderer.render("python/optim.py.j2", **ctx, optim_runtime=_runtime_bindings(catalogue, OPTIM_RUNTIME, ()))
    files[f"{PKG_DIR}/__init__.py"] = renderer.render("python/__init__.py.j2", **ctx, exports=exports, all_names=sorted(names))
    files["python/package.json"] = _package_json(catalogue)
    return files


def _exports(b: Builder, errors: list[ErrorClass]) -> dict[str, list[str]]:
    """module -> names the package re-exports from it (sorted for a stable __all__)."""
    funcs = sorted(m.name for m in b.modules["_tensor"].members.get(MODULE, []))
    core = ["Tensor", "scope", "scoped", "tensor", *sorted(n.name for n in b.named_results.values()), *funcs]
    return {
        "_dtypes": ["DType"],
        "_errors": ["TorchError", *sorted(e.name for e in errors)],
        "_tensor": sorted(core),
    }


def _package_json(catalogue: Catalogue) -> str:
    data = {
        "generated": f"generated from {catalogue.source} by sffi-gen; do not edit",
        "name": DISTRIBUTION,
        "package": PACKAGE,
        "version": catalogue.version,
        "summary": f"{catalogue.title}: Python wrappers over libtorch, generated by sffi-gen",
        "requires_python": ">=3.10",
        "requires_dist": ["cffi>=1.16"],
    }
    return json.dumps(data, indent=2) + "\n"
