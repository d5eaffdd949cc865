# copied from runtime/python/torch_sffi/_runtime.py by sffi-gen; edit that file, not this copy
"""The hand-written runtime of torch_sffi: what every generated wrapper calls.

* calls: every call into the bridge goes through torch_sffi._core (`_c.<function>`), which
  returns a new handle as the Tensor owning it and raises a failure itself, before any Python
  code runs; `raise_error(code, message)` is how it picks the exception class of a code (the
  generated _errors.py);
* scopes: `scope` / `scoped` free what was made inside them (the tracking is in C);
* arguments: one converter per kind of the catalogue's vocabulary, doing what generator/abi.py
  says crosses the C ABI (a Scalar as (value, int value, kind), an optional as value and
  presence flag, a Device as (type, index), ...);
* overloads: `match()` binds call arguments to one form of an overloaded function, as
  PyTorch's argument parser does, and `no_match()` raises its TypeError;
* TensorRuntime: the members of Tensor that are not one catalogue function each (reading
  data back, printing as PyTorch does, indexing, conversion to Python numbers).

Real code: type-checked with mypy --strict against the generated stubs of the calls
(_core.pyi); sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import builtins
import functools
import math
import numbers
import operator
from collections import OrderedDict
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, NoReturn, ParamSpec, Protocol, Sequence, TypeVar, cast

if TYPE_CHECKING:  # typing.Self is Python 3.11's; the package runs on 3.10 too
    from typing_extensions import Self

from . import _core as _c
from . import _errors, _tables
from ._core import Scope as _Scope
from ._core import TensorBase
from ._core import adopt as _adopt
from ._core import setup as _core_setup
from ._types import DType, Size, TorchError, device
from .utils.hooks import RemovableHandle

_P = ParamSpec("_P")
_R = TypeVar("_R")

EMPTY: tuple[int, ...] = ()


class _Missing:
    """The default of the parameters an overloaded function's single signature cannot require
    (index_fill(dim, index, value) with value a number or a tensor): a call that leaves one out
    gets PyTorch's "invalid combination of arguments", as PyTorch's parser gives, not Python's
    "missing argument"."""

    def __repr__(self) -> str:
        return "<missing>"


MISSING: Any = _Missing()
_NT = TypeVar("_NT")


class _TupleNew(Protocol):
    def __call__(self, cls: type[_NT], items: Iterable[Any], /) -> _NT: ...


# A named tuple of results (return_types) from the list a call returned, without the Python
# __new__ of namedtuple: the call gives exactly the fields, in order.
tuple_new = cast(_TupleNew, tuple.__new__)
_len = builtins.len
_INT64_MAX = 2**63 - 1

# ============================================================================ errors


def raise_error(code: int, message: str) -> NoReturn:
    """Raises a bridge error as the exception class of its code (torch_sffi._core calls it with
    the code and message it read right after the failing call)."""
    if code == 0:
        raise TorchError(message)
    raise _errors.CLASSES.get(code, TorchError)(message, code)


def type_error(message: str) -> NoReturn:
    raise _errors.PY_ERRORS["type"](message)


def value_error(message: str) -> NoReturn:
    raise _errors.PY_ERRORS["value"](message)


def index_error(message: str) -> NoReturn:
    raise _errors.PY_ERRORS["index"](message)


# ============================================================================ tensors and scopes


def register(cls: type[TensorBase], fast: dict[str, tuple[Any, ...]]) -> None:
    """Called once by the generated Tensor class: results are made of it, and the C operators
    between two tensors fall back to these for any other operand, or make the scalar call
    themselves for a Python number ({op: (forward, reflected, scalar call, its defaults)})."""
    _core_setup(cls, raise_error, fast, _tables.BY_CODE, scalar, device_arg)
    _c.devices(device("cpu"), _device_of)
    _c.size_class(Size)


def _device_of(code: int, index: int) -> device:
    """Tensor.device of a tensor not on the CPU (the C getter makes the CPU's itself): the
    catalogue's name of its device type code, and its index where it has one (CUDA)."""
    name = next((n for n, c in _tables.DEVICE_TYPES.items() if c == code), None)
    if name is None:
        raise RuntimeError(f"the tensor is on a device of type {code}, which the catalogue does not name")
    return device(name, index if index >= 0 else None)


def _tensors_in(value: object) -> Iterator[TensorBase]:
    if isinstance(value, TensorBase):
        yield value
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _tensors_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _tensors_in(item)


class scope(_Scope):
    """Frees every tensor created inside it, on this thread, when it ends.

    `with torch_sffi.scope() as s:` frees at the end of the block every tensor made in it
    that is still alive, except those passed to `s.keep(t)`, which move to the enclosing scope
    (or to no scope). A scope holds no reference to its tensors: one that nobody references
    any more is freed at once, as PyTorch frees it, and the scope forgets it. As a decorator
    (`@torch_sffi.scope()` or `@torch_sffi.scoped`) each call runs in a new scope and keeps
    the tensors the function returns, also inside tuples, lists and dicts. Scopes nest; each
    thread has its own stack of them.
    """

    __slots__ = ()

    def __call__(self, fn: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(fn)
        def scoped_call(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            with scope() as s:
                result = fn(*args, **kwargs)
                for t in _tensors_in(result):
                    s.keep(t)
                return result

        return scoped_call


def scoped(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Decorator: runs each call in a new scope, keeping the tensors the function returns."""
    return scope()(fn)


# ============================================================================ arguments
# The conversions left to Python; each returns what the C ABI takes for it (generator/abi.py)
# and raises a TypeError naming the argument, as PyTorch's. Tensors, numbers, dtypes and
# Devices given as such are converted by the calls themselves, in C; scalar() and device_arg()
# are their converters for every other value (registered with _core by register()).


def _kind(value: object) -> str:
    return builtins.type(value).__name__


def handle(value: object, name: str) -> int:
    """A Tensor argument: its handle."""
    if isinstance(value, TensorBase):
        return value._h
    type_error(f"argument '{name}' must be Tensor, not {_kind(value)}")


def opt_handle(value: object, name: str) -> int:
    """A Tensor? argument: its handle, or 0 for None."""
    return 0 if value is None else handle(value, name)


def handles(value: object, name: str) -> list[int]:
    """A Tensor[] argument: the handles of a sequence of tensors."""
    if isinstance(value, TensorBase) or not isinstance(value, (list, tuple)):
        type_error(f"argument '{name}' must be a sequence of Tensors, not {_kind(value)}")
    return [handle(t, f"{name}[{i}]") for i, t in enumerate(value)]


def opt_handles(value: object, name: str) -> list[int]:
    """A Tensor?[] argument: handles, 0 for each None entry."""
    if not isinstance(value, (list, tuple)):
        type_error(f"argument '{name}' must be a sequence of Tensors or None, not {_kind(value)}")
    return [opt_handle(t, f"{name}[{i}]") for i, t in enumerate(value)]


def ints(value: object, name: str = "size") -> Sequence[int]:
    """An int[] or int[N] argument: a sequence of ints (one int stands for itself, or N copies)."""
    if value.__class__ is int:
        return (value,)
    if value.__class__ is list or value.__class__ is tuple:
        seq: Sequence[Any] = value  # narrowed to list or tuple above (no cast() call per argument)
        for v in seq:
            if v.__class__ is not int:
                if not _is_int(v) and not _is_int_tensor(v):
                    type_error(f"argument '{name}' must be a sequence of ints, but found element of type {_kind(v)}")
                return [_int(x, name) for x in seq]
        return seq
    if isinstance(value, bool) or isinstance(value, (float, str)) or value is None:
        type_error(f"argument '{name}' must be a sequence of ints, not {_kind(value)}")
    if _is_int(value) or _is_int_tensor(value):
        return (_int(value, name),)
    try:
        return [_int(v, name) for v in cast(Any, value)]
    except TypeError:
        type_error(f"argument '{name}' must be a sequence of ints, not {_kind(value)}")


def _is_int_tensor(value: object) -> bool:
    return isinstance(value, TensorBase) and _dtype_of(value._h).kind in ("int", "bool")


def _int(value: object, name: str) -> int:
    if isinstance(value, TensorBase):
        return cast(int, _tensor_item(value._h))
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if hasattr(value, "__index__") and not isinstance(value, (bool, float)):
        return operator.index(cast(Any, value))
    type_error(f"argument '{name}' must be an int, not {_kind(value)}")


def floats(value: object, name: str) -> Sequence[float]:
    """A float[] argument: a sequence of floats (one number stands for itself)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (float(value),)
    if isinstance(value, (list, tuple)):
        return [float(v) for v in value]
    type_error(f"argument '{name}' must be a sequence of floats, not {_kind(value)}")


def size(dims: tuple[Any, ...]) -> Sequence[int]:
    """PyTorch's *size: f(2, 3) and f([2, 3]) both mean the sizes [2, 3]."""
    if _len(dims) == 1 and dims[0].__class__ is not int:
        return ints(dims[0] if not _is_int(dims[0]) else (dims[0],))
    for d in dims:
        if d.__class__ is not int:
            return ints(list(dims))
    return dims


def scalar(value: object, name: str) -> tuple[float, int, int]:
    """A Scalar argument as (value, int value, kind): kind 0 float, 1 int, 2 bool, as PyTorch
    keeps them apart (an int keeps integer tensors integer)."""
    cls = value.__class__
    if cls is float:
        return (cast(float, value), 0, 0)
    if cls is int:
        v = cast(int, value)
        if -_INT64_MAX - 1 <= v <= _INT64_MAX:
            return (0.0, v, 1)
        return (float(v), 0, 0)  # beyond int64, as PyTorch: a float Scalar
    if cls is bool:
        return (0.0, int(cast(bool, value)), 2)
    if isinstance(value, TensorBase):  # as PyTorch: a 0-d tensor that records no gradient
        if read_shape(value._h) or _c.rt_torch_autograd_requires_grad(value._h):
            type_error(f"argument '{name}' must be Number, not Tensor (only a 0-d tensor without grad stands for a number)")
        return scalar(_tensor_item(value._h), name)
    if isinstance(value, (int, float)):
        return scalar(float(value) if isinstance(value, float) else int(value), name)
    if _is_int(value):  # numpy.int64 and the like
        return scalar(operator.index(cast(Any, value)), name)
    if isinstance(value, numbers.Real) and not isinstance(value, bool):  # numpy.float32 and the like
        return scalar(float(value), name)
    if isinstance(value, complex):
        type_error(f"argument '{name}': complex numbers are not supported as Scalars here")
    type_error(f"argument '{name}' must be Number, not {_kind(value)}")


def device_arg(value: object, name: str) -> tuple[int, int]:
    """A Device argument as (type code, index): a torch_sffi.device, a string ('cpu',
    'cuda:1') or a CUDA ordinal."""
    if isinstance(value, str):
        value = device(value)
    elif isinstance(value, int) and not isinstance(value, bool):
        value = device("cuda", value)
    if not isinstance(value, device):
        type_error(f"argument '{name}' must be torch_sffi.device, not {_kind(value)}")
    code = _tables.DEVICE_TYPES.get(value.type)
    if code is None:
        known = ", ".join(_tables.DEVICE_TYPES)
        raise RuntimeError(f"Expected one of {known} device type at start of device string: {value.type}")
    return code, -1 if value.index is None else value.index


def text(value: object, name: str) -> str:
    """A str (or enum) argument (the call passes it as UTF-8)."""
    if isinstance(value, str):
        return value
    type_error(f"argument '{name}' must be str, not {_kind(value)}")


def opt_text(value: object, name: str) -> str | None:
    return None if value is None else text(value, name)


# ---------------------------------------------------------------------------- overloads
# One overloaded public function tries its forms in catalogue order, as PyTorch's argument
# parser tries its signatures: a form matches when every argument binds to one of its
# parameters and has that parameter's kind.

Form = tuple[tuple[str, str, bool, bool, bool], ...]  # (name, kind, has default, keyword-only, *varargs) per parameter
Number = int | float | bool  # what a Scalar argument takes
DeviceLike = device | str | int  # what a Device argument takes


def accepts(kind: str, value: object) -> bool:
    """Whether a Python value can be passed as an argument of this kind (a lowering key)."""
    if kind.endswith("?") and value is None:
        return True
    base = kind.rstrip("?")
    test = _ACCEPTS.get(base)
    return test is not None and test(value)


def _is_int(v: object) -> bool:
    """An int, or an integer of another library (numpy.int64: anything with __index__)."""
    if isinstance(v, bool):
        return False
    return isinstance(v, int) or hasattr(v, "__index__") and not isinstance(v, (float, TensorBase))


def _is_number(v: object) -> bool:
    """A real number: Python's, or another library's (numpy.float32 is a numbers.Real)."""
    return isinstance(v, numbers.Real) and not isinstance(v, TensorBase) or _is_int(v)


def _is_int_list(v: object) -> bool:
    return _is_int(v) or isinstance(v, (list, tuple)) and all(_is_int(x) for x in v)


_ACCEPTS: dict[str, Callable[[object], bool]] = {
    "Tensor": lambda v: isinstance(v, TensorBase),
    "Stream": lambda v: hasattr(v, "_h") and not isinstance(v, TensorBase),
    "Tensor[]": lambda v: isinstance(v, (list, tuple)) and all(isinstance(x, TensorBase) for x in v),
    "Tensor?[]": lambda v: isinstance(v, (list, tuple)) and all(x is None or isinstance(x, TensorBase) for x in v),
    "int": _is_int,
    "int32": _is_int,
    "float": lambda v: _is_number(v) and not isinstance(v, bool),
    "bool": lambda v: isinstance(v, bool),
    "Scalar": lambda v: _is_number(v),
    "int[]": _is_int_list,
    "float[]": lambda v: _is_number(v) or isinstance(v, (list, tuple)) and all(_is_number(x) for x in v),
    "ScalarType": lambda v: isinstance(v, DType),
    "Device": lambda v: isinstance(v, (str, device)) or _is_int(v),
    "str": lambda v: isinstance(v, str),
}


# The kinds _core.match tests in C (Python's own values; anything else through _ACCEPTS).
_C_KINDS = {"Tensor": 1, "int": 2, "int32": 2, "float": 3, "bool": 4, "Scalar": 5, "str": 6, "ScalarType": 7, "Tensor[]": 8, "Tensor?[]": 9, "int[]": 10}
# A form as _core.match reads it: (positional count, *size flag, {name: index}, ((kind code,
# None allowed, Python test), ...), (required indexes), (names), the form itself).
FormInfo = tuple[int, bool, dict[str, int], tuple[tuple[int, bool, Callable[[object], bool] | None], ...], tuple[int, ...], tuple[str, ...], Form]


def form_info(form: Form) -> FormInfo:
    """What _core.match reads of a form, worked out once, when the generated module defines
    the form: the number of positional parameters, whether the first takes PyTorch's *size,
    the index of each name, each kind's test (its code for C, None allowed, its Python test),
    the parameters without a default, the names, and the form (for no_match's message)."""
    positional = [p for p in form if not p[3]]
    tests = tuple((_C_KINDS.get(p[1].rstrip("?"), 0), p[1].endswith("?"), _ACCEPTS.get(p[1].rstrip("?"))) for p in form)
    names = {p[0]: i for i, p in enumerate(form)}
    required = tuple(i for i, p in enumerate(form) if not p[2])
    return (_len(positional), bool(positional) and positional[0][4], names, tests, required, tuple(p[0] for p in form), form)


match = _c.match  # match(args, kwargs, info): the arguments by name if they fit, else None
dispatch = _c.dispatch  # dispatch(receiver, args, kwargs, ((info, implementation), ...))


def refit(name: str, given: dict[str, Any], infos: Sequence[FormInfo]) -> None:
    """After a TypeError inside an overloaded function whose forms share one signature: when the
    arguments fit none of the forms (a wrong kind where the forms agree), PyTorch's
    invalid-combination TypeError instead; otherwise nothing, and the caller re-raises."""
    kwargs = {k: v for k, v in given.items() if v is not MISSING}
    if not any(match((), kwargs, info) is not None for info in infos):
        no_match(name, (), kwargs, infos)


def no_match(name: str, args: tuple[Any, ...], kwargs: dict[str, Any], infos: Sequence[FormInfo]) -> NoReturn:
    """PyTorch's TypeError for arguments that fit none of an overloaded function's forms."""
    forms = [info[6] for info in infos]
    got = [_kind(a) for a in args] + [f"{k}={_kind(v)}" for k, v in kwargs.items() if v is not MISSING]
    expected = "\n".join(" * (" + ", ".join(("*, " if p[3] and (i == 0 or not form[i - 1][3]) else "") + f"{p[1]} {p[0]}" for i, p in enumerate(form)) + ")" for form in forms)
    type_error(f"{name}() received an invalid combination of arguments - got ({', '.join(got)}), but expected one of:\n{expected}")


def take_flag(args: tuple[Any, ...], kwargs: dict[str, Any], name: str, position: int) -> tuple[bool, tuple[Any, ...], dict[str, Any]]:
    """A Python-only keyword that selects a form (F.max_pool2d's return_indices), given by name or
    at its position; returns it and the arguments without it. Anything but a bool at its position
    is left where it is, so that a call no form takes gets the invalid-combination TypeError."""
    if name in kwargs:
        kwargs = dict(kwargs)
        value = kwargs.pop(name)
    elif _len(args) > position and isinstance(args[position], bool):
        value = args[position]
        args = args[:position] + args[position + 1 :]
    else:
        return False, args, kwargs
    if not isinstance(value, bool):
        type_error(f"argument '{name}' must be bool, not {_kind(value)}")
    return value, args, kwargs


# ============================================================================ reading back


def read_shape(h: int) -> tuple[int, ...]:
    return _c.rt_torch_torchtensor_shape(h)


def _dtype_of(h: int) -> DType:
    return _c.rt_torch_torchtensor_dtype(h)


def _values(h: int, kind: str) -> list[Any]:
    """The elements in row-major order as Python floats, ints, bools or complex numbers."""
    if kind == "float":
        return _c.rt_torch_torchtensor_data_f64(h)
    if kind == "int":
        return _c.rt_torch_torchtensor_data_i64(h)
    if kind == "bool":
        return [v != 0 for v in _c.rt_torch_torchtensor_data_i64(h)]
    re = _c.rt_torch_torchtensor_real(h)
    im = _c.rt_torch_torchtensor_imag(h)
    return [complex(a, b) for a, b in zip(_c.rt_torch_torchtensor_data_f64(re._h), _c.rt_torch_torchtensor_data_f64(im._h))]


def _nest(flat: list[Any], shape: tuple[int, ...], offset: int = 0) -> Any:
    if not shape:
        return flat[offset]
    if _len(shape) == 1:
        return flat[offset : offset + shape[0]]
    step = math.prod(shape[1:])
    return [_nest(flat, shape[1:], offset + i * step) for i in range(shape[0])]


def _tensor_item(h: int) -> float | int | bool:
    """item()'s value as PyTorch gives it: an int for integer dtypes, a bool for bool."""
    kind = _dtype_of(h).kind
    if kind == "complex":
        type_error("item() of a complex tensor: read t.real and t.imag")
    numel = _c.rt_torch_torchtensor_numel(h)
    if numel != 1:
        raise RuntimeError(f"a Tensor with {numel} elements cannot be converted to Scalar")
    if kind == "float":
        return _c.rt_torch_torchtensor_item(h)
    exact = _c.rt_torch_torchtensor_data_i64(h)[0]
    return exact != 0 if kind == "bool" else exact


def require_grad(t: TensorBase) -> None:
    """Turns on gradient tracking for a tensor just made (on failure it is freed with t)."""
    _c.rt_torch_autograd_set_requires_grad(t._h, True)


# ============================================================================ from Python data

_INFERRED = {"int": _tables.BY_NAME["int64"], "bool": _tables.BY_NAME["bool"]}  # and "float": float_default()
# The complex dtype that goes with each default float dtype (c10's get_default_complex_dtype).
_COMPLEX_OF = {"float16": "complex32", "float32": "complex64", "float64": "complex128"}


def float_default() -> DType:
    """The default floating-point dtype (torch_sffi.get_default_dtype(); float32 initially)."""
    return _c.rt_torch_get_default_dtype()


def complex_default() -> DType:
    """The default complex dtype, the one that goes with the default float dtype."""
    name = _COMPLEX_OF.get(float_default().name)
    if name is None:
        raise _errors.PY_ERRORS["other"]("invalid default scalar type for complex")
    if name not in _tables.BY_NAME:
        type_error(f"{name} (the complex dtype of the default dtype) is not in the catalogue")
    return _tables.BY_NAME[name]
_FROM_DATA = _tables.BY_NAME["float64"]  # what rt_torch_tensor_from_data makes
_FROM_I64 = _tables.BY_NAME["int64"]  # what rt_torch_tensor_from_i64 makes


def from_python(data: Any, dtype: DType | None) -> Any:
    """A new Tensor holding nested lists of numbers, inferring shape and dtype like torch.tensor."""
    if isinstance(data, TensorBase):
        type_error("a Tensor is not Python data: use t.clone() to copy it")
    fast = _c.from_data(data, dtype)  # plain lists of floats, ints and bools, in C
    if fast is not NotImplemented:
        return fast
    if type(data).__module__ == "numpy":  # an ndarray or a NumPy scalar: a copy, in its dtype
        from . import _interop

        if _interop.is_numpy(data):
            return _interop.tensor_from_numpy(data, dtype)
    shape: list[int] = []
    probe = data
    while isinstance(probe, (list, tuple)):
        shape.append(_len(probe))
        if not probe:
            break
        probe = probe[0]
    flat: list[Any] = []

    def walk(x: Any, depth: int) -> None:
        if depth == _len(shape):
            if isinstance(x, (list, tuple)):
                value_error(f"expected a number at dim {depth}, got a sequence of length {_len(x)}")
            flat.append(x)
            return
        if not isinstance(x, (list, tuple)):
            value_error(f"expected a sequence at dim {depth}, got {_kind(x)}")
        if _len(x) != shape[depth]:
            value_error(f"expected sequence of length {shape[depth]} at dim {depth} (got {_len(x)})")
        for y in x:
            walk(y, depth + 1)

    walk(data, 0)
    kind = "bool" if flat else "float"
    for v in flat:
        if isinstance(v, bool):
            continue
        if isinstance(v, int):
            if kind == "bool":
                kind = "int"
        elif isinstance(v, float):
            if kind != "complex":
                kind = "float"
        elif isinstance(v, complex):
            kind = "complex"
        else:
            type_error(f"a tensor holds numbers, not {_kind(v)}")
    if kind == "complex" or dtype is not None and dtype.kind == "complex":
        return _complex_from(flat, shape, dtype)
    target = dtype if dtype is not None else float_default() if kind == "float" else _INFERRED[kind]
    if kind == "float" or target.kind in ("float", "complex"):
        src, src_dtype = _c.rt_torch_tensor_from_data([float(v) for v in flat], shape), _FROM_DATA
    else:
        ints = [int(v) for v in flat]
        too_big = next((v for v in ints if not -(2**63) <= v < 2**63), None)
        if too_big is not None:  # PyTorch: ValueError, "Overflow when unpacking long long"
            value_error(f"{too_big} does not fit in int64 (a tensor's integers are int64)")
        src, src_dtype = _c.rt_torch_tensor_from_i64(ints, shape), _FROM_I64
    return src if target is src_dtype else _c.rt_torch_torchtensor_to_dtype(src._h, target)


def _complex_from(flat: list[Any], shape: list[int], dtype: DType | None) -> Any:
    """Complex Python data: real and imaginary parts as float64 tensors, combined by torch.complex,
    then converted to the dtype (complex64 by default, as torch.tensor infers)."""
    target = dtype if dtype is not None else complex_default()
    if target.kind != "complex":
        type_error(f"complex data cannot make a {target.name} tensor")
    re = _c.rt_torch_tensor_from_data([complex(v).real for v in flat], shape)
    im = _c.rt_torch_tensor_from_data([complex(v).imag for v in flat], shape)
    both = _c.rt_torch_torchtensor_complex(re._h, im._h)
    return both if _dtype_of(both._h) is target else _c.rt_torch_torchtensor_to_dtype(both._h, target)


# ============================================================================ indexing


def _index_tensor_of(value: Any) -> Any:
    """A list (of ints or bools) used as an index: a new int64 or bool Tensor."""
    flat: list[Any] = []

    def walk(x: Any) -> None:
        if isinstance(x, (list, tuple)):
            for y in x:
                walk(y)
        else:
            flat.append(x)

    walk(value)
    if flat and all(isinstance(v, bool) for v in flat):
        return from_python(value, _tables.BY_NAME["bool"])
    return from_python(value, _tables.BY_NAME["int64"])


def _index_dims(item: object) -> int:
    """How many dimensions of the tensor an index item stands for."""
    if item is None or item is Ellipsis or isinstance(item, bool):
        return 0
    if isinstance(item, TensorBase) and _dtype_of(item._h).kind == "bool":
        return builtins.max(_len(read_shape(item._h)), 1) if read_shape(item._h) else 0
    return 1


def _apply_slicing(h: int, index: Any) -> tuple[Any, list[tuple[int, Any]]]:
    """The basic part of t[index], as PyTorch's applySlicing (torch/csrc/autograd/
    python_variable_indexing): ints select, slices slice, None adds a dimension, ... stands for
    the dimensions not named. Returns the view they make (None: still t itself) and the advanced
    items, tensors or lists (int64 positions or bool masks), as (dimension of that view, index
    Tensor), which index the dimensions they stand at together. Every intermediate is a Tensor,
    freed when the next step replaces it."""
    raw = list(index) if isinstance(index, tuple) else [index]
    items = [_index_tensor_of(item) if isinstance(item, (list, tuple)) else item for item in raw]
    shape = read_shape(h)
    dims = _len(shape)
    consumed = sum(_index_dims(it) for it in items)
    if consumed > dims:
        index_error(f"too many indices for tensor of dimension {dims}")
    cur: Any = None  # the Tensor of the last step (None: still h itself)
    cur_h, dim = h, 0
    advanced: list[tuple[int, Any]] = []  # (dim, index Tensor)
    expanded = False
    for item in items:
        if item is Ellipsis:
            if not expanded:  # as PyTorch: the first ... stands for the dimensions not named, a later one for none
                dim += dims - consumed
                expanded = True
        elif item is None:
            cur = _c.rt_torch_torchtensor_unsqueeze(cur_h, dim)
            cur_h, dim = cur._h, dim + 1
        elif isinstance(item, bool) or _is_bool_scalar(item):
            # as PyTorch: a new dimension, indexed by [0] (True) or by nothing (False)
            cur = _c.rt_torch_torchtensor_unsqueeze(cur_h, dim)
            cur_h = cur._h
            advanced.append((dim, from_python([0] if _truth(item) else [], _tables.BY_NAME["int64"])))
            dim += 1
        elif isinstance(item, builtins.slice):
            s = 1 if item.step is None else _int(item.step, "slice step")
            if s <= 0:
                value_error("step must be greater than zero")
            start = 0 if item.start is None else _int(item.start, "slice start")
            stop = _INT64_MAX if item.stop is None else _int(item.stop, "slice stop")
            cur = _c.rt_torch_torchtensor_slice(cur_h, dim, start, stop, s)
            cur_h, dim = cur._h, dim + 1
        elif isinstance(item, TensorBase) and not _is_index_like(item):
            kind = _dtype_of(item._h).kind
            if kind not in ("int", "bool"):
                index_error("tensors used as indices must be long, int, byte or bool tensors")
            advanced.append((dim, item))
            dim += _index_dims(item) if kind == "bool" else 1
        elif _is_index_like(item):
            i = _int(item, "index")
            size = read_shape(cur_h)[dim]
            if not -size <= i < size:
                index_error(f"index {i} is out of bounds for dimension {dim} with size {size}")
            cur = _c.rt_torch_torchtensor_select_int(cur_h, dim, i)
            cur_h = cur._h
        elif isinstance(item, str):  # as PyTorch, which reads it as data for an index tensor
            type_error("new(): invalid data type 'str'")
        else:
            index_error(
                "only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices"
                f" (got {_kind(item)})"
            )
    return cur, advanced


def _index_slots(advanced: list[tuple[int, Any]]) -> list[int | None]:
    """The Tensor?[] of an advanced index: one handle per dimension up to the last indexed, None between."""
    slots: list[int | None] = [None] * (builtins.max(d for d, _ in advanced) + 1)
    for d, t in advanced:
        slots[d] = t._h
    return slots


def index_tensor(h: int, index: Any) -> Any:
    """A new Tensor for t[index], as PyTorch's indexing: the view of the basic items
    (_apply_slicing), then one gather by the advanced ones, after the rest (a copy)."""
    cur, advanced = _apply_slicing(h, index)
    if advanced:
        return _c.rt_torch_torchtensor_index_tensor(h if cur is None else cur._h, _index_slots(advanced))
    if cur is None:  # t[...] or t[()]: a new tensor viewing the same one
        return _c.rt_torch_torchtensor_view_v2(h, list(read_shape(h)))
    return cur


def _value_tensor(h: int, value: Any) -> Any:
    """The value of t[index] = value as a Tensor, as PyTorch's valueToTensor: a tensor as it is, a
    Python number as a 0-d tensor of t's dtype."""
    if isinstance(value, TensorBase):
        return value
    if isinstance(value, (bool, int, float, complex)) or _is_index_like(value):
        return _c.rt_torch_tensor_scalar_tensor(value if isinstance(value, (bool, int, float, complex)) else operator.index(value), _dtype_of(h), None)
    if isinstance(value, numbers.Real):  # NumPy floats
        return _c.rt_torch_tensor_scalar_tensor(float(value), _dtype_of(h), None)
    type_error(f"can't assign a {type(value).__name__} to a Tensor of {_dtype_of(h)}")


def _without_leading_ones(v: Any) -> Any:
    """v viewed without its leading dimensions of size 1 (PyTorch's slicePrefix1sSize), which
    t[index] = v ignores."""
    shape = read_shape(v._h)
    k = 0
    while k < _len(shape) and shape[k] == 1:
        k += 1
    return v if k == 0 else _c.rt_torch_torchtensor_view_v2(v._h, list(shape[k:]))


def set_index(h: int, index: Any, value: Any) -> None:
    """t[index] = value, in place, as PyTorch's (THPVariable_setitem): the basic items make a view
    of t (_apply_slicing); without advanced items the value is copied into it (broadcast,
    converted to t's dtype), with them written by index_put_ (which wants t's dtype)."""
    v = _value_tensor(h, value)
    if index is False:  # as PyTorch: nothing is written
        return
    cur, advanced = _apply_slicing(h, index)
    dst = h if cur is None else cur._h
    src = v if not advanced and read_shape(dst) == read_shape(v._h) else _without_leading_ones(v)  # held until the call returns
    if advanced:
        _c.rt_torch_torchtensor_index_put_(dst, _index_slots(advanced), src._h, False)
    else:
        _c.rt_torch_torchtensor_copy_(dst, src._h)


def _is_bool_scalar(value: object) -> bool:
    """A 0-d bool tensor, which indexes as the Python bool it holds."""
    return isinstance(value, TensorBase) and _dtype_of(value._h).kind == "bool" and not read_shape(value._h)


def _truth(value: object) -> bool:
    return bool(_tensor_item(value._h)) if isinstance(value, TensorBase) else bool(value)


def _is_index_like(value: object) -> bool:
    """An int, a 0-d integer tensor, or an object with __index__ (numpy integers), used as an int."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, TensorBase):
        return _dtype_of(value._h).kind == "int" and not read_shape(value._h)
    return hasattr(value, "__index__") and not isinstance(value, float)


# ============================================================================ repr, as PyTorch's

_PRECISION = 4
_THRESHOLD = 1000
_EDGEITEMS = 3
_LINEWIDTH = 80
_UNMARKED = frozenset(_tables.BY_NAME[n] for n in ("int64", "bool"))  # and the default float and complex dtypes


def _unmarked(dtype: DType) -> bool:
    """Whether repr leaves the dtype out, as PyTorch's does for int64, bool and the defaults."""
    if dtype in _UNMARKED or dtype is float_default():
        return True
    return dtype.kind == "complex" and dtype.name == _COMPLEX_OF.get(float_default().name)


class _Formatter:
    """torch._tensor_str._Formatter over Python values."""

    def __init__(self, values: list[Any], floating: bool) -> None:
        self.floating = floating
        self.int_mode = True
        self.sci_mode = False
        self.max_width = 1
        if not floating:
            for v in values:
                self.max_width = builtins.max(self.max_width, _len(f"{v}"))
            return
        nonzero = [v for v in values if math.isfinite(v) and v != 0]
        if not nonzero:
            return
        lo = builtins.min(builtins.abs(v) for v in nonzero)
        hi = builtins.max(builtins.abs(v) for v in nonzero)
        self.int_mode = all(v == math.ceil(v) for v in nonzero)
        self.sci_mode = hi / lo > 1000.0 or hi > 1.0e8 or lo < 1.0e-4
        if self.sci_mode:
            self.max_width = builtins.max(_len(f"{v:.{_PRECISION}e}") for v in nonzero)
        elif self.int_mode:
            self.max_width = builtins.max(_len(f"{v:.0f}") + 1 for v in nonzero)
        else:
            self.max_width = builtins.max(_len(f"{v:.{_PRECISION}f}") for v in nonzero)

    def format(self, value: Any) -> str:
        if self.floating:
            if self.sci_mode:
                ret = f"{value:{self.max_width}.{_PRECISION}e}"
            elif self.int_mode:
                ret = f"{value:.0f}"
                if not (math.isinf(value) or math.isnan(value)):
                    ret += "."
            else:
                ret = f"{value:.{_PRECISION}f}"
        else:
            ret = f"{value}"
        return (self.max_width - _len(ret)) * " " + ret


def _element(value: Any, f1: _Formatter, f2: _Formatter | None) -> str:
    if f2 is None:
        return f1.format(value)
    real = f1.format(value.real)
    imag = (f2.format(value.imag) + "j").lstrip()
    return real + imag if imag[0] in "+-" else real + "+" + imag


def _body_str(values: Any, sizes: tuple[int, ...], indent: int, summarize: bool, f1: _Formatter, f2: _Formatter | None) -> str:
    """torch._tensor_str._tensor_str_with_formatter over nested lists (summarized already)."""
    if not sizes:
        return _element(values, f1, f2)
    if _len(sizes) == 1:
        width = f1.max_width + 2 + (f2.max_width + 1 if f2 is not None else 0)
        per_line = builtins.max(1, math.floor((_LINEWIDTH - indent) / width))
        if summarize and sizes[0] > 2 * _EDGEITEMS:
            data = [_element(v, f1, f2) for v in values[:_EDGEITEMS]] + [" ..."]
            data += [_element(v, f1, f2) for v in values[-_EDGEITEMS:]]
        else:
            data = [_element(v, f1, f2) for v in values]
        lines = [", ".join(data[i : i + per_line]) for i in range(0, _len(data), per_line)]
        return "[" + ("," + "\n" + " " * (indent + 1)).join(lines) + "]"
    if summarize and sizes[0] > 2 * _EDGEITEMS:
        slices = [_body_str(v, sizes[1:], indent + 1, summarize, f1, f2) for v in values[:_EDGEITEMS]]
        slices += ["..."] + [_body_str(v, sizes[1:], indent + 1, summarize, f1, f2) for v in values[-_EDGEITEMS:]]
    else:
        slices = [_body_str(v, sizes[1:], indent + 1, summarize, f1, f2) for v in values]
    return "[" + ("," + "\n" * (_len(sizes) - 1) + " " * (indent + 1)).join(slices) + "]"


def _summarized(h: int, shape: tuple[int, ...]) -> Any:
    """A new Tensor keeping only the first and last _EDGEITEMS entries of every long dimension."""
    cur: Any = None
    cur_h = h
    for d, n in enumerate(shape):
        if n <= 2 * _EDGEITEMS:
            continue
        head = _c.rt_torch_torchtensor_slice(cur_h, d, 0, _EDGEITEMS, 1)
        tail = _c.rt_torch_torchtensor_slice(cur_h, d, n - _EDGEITEMS, n, 1)
        cur = _c.rt_torch_torchtensor_cat([head._h, tail._h], d)
        cur_h = cur._h
    return cur


def tensor_repr(h: int) -> str:
    prefix = "tensor("
    indent = _len(prefix)
    shape = read_shape(h)
    dtype = _dtype_of(h)
    numel = math.prod(shape)
    suffixes: list[str] = []
    where = _c.rt_torch_torchtensor_device(h)
    if where >= 0:
        suffixes.append(f"device='cuda:{where}'")
    if numel == 0:
        if _len(shape) != 1:
            suffixes.append(f"size={tuple(shape)}")
        if dtype is not float_default():
            suffixes.append(f"dtype={dtype!r}")
        body = "[]"
    else:
        if not _unmarked(dtype):
            suffixes.append(f"dtype={dtype!r}")
        summarize = numel > _THRESHOLD
        small = _summarized(h, shape) if summarize else None
        small_h = h if small is None else small._h
        values = _values(small_h, dtype.kind)
        small_shape = read_shape(small_h)
        if dtype.kind == "complex":
            f1 = _Formatter([v.real for v in values], True)
            f2: _Formatter | None = _Formatter([v.imag for v in values], True)
        else:
            f1, f2 = _Formatter(values, dtype.kind == "float"), None
        body = _body_str(_nest(values, small_shape), shape, indent, summarize, f1, f2)
    grad_fn = _c.rt_torch_autograd_grad_fn_name(h)
    if grad_fn:
        suffixes.append(f"grad_fn=<{grad_fn}>")
    elif _c.rt_torch_autograd_requires_grad(h):
        suffixes.append("requires_grad=True")
    out = prefix + body
    last_line = _len(out) - out.rfind("\n") + 1
    for suffix in suffixes:
        if last_line + _len(suffix) + 2 > _LINEWIDTH:
            out += ",\n" + " " * indent + suffix
            last_line = indent + _len(suffix)
        else:
            out += ", " + suffix
            last_line += _len(suffix) + 2
    return out + ")"


# ============================================================================ hook points


# What runs at each hook point a catalogue entry names (python: {then: point}): after the
# entry's call succeeds, its wrapper calls run_hooks(point). "after_backward" is Tensor.backward's:
# DistributedDataParallel averages the gradients there, as PyTorch's does during backward.
_hooks: dict[str, OrderedDict[int, Callable[[], None]]] = {}


def add_hook(point: str, hook: Callable[[], None]) -> RemovableHandle:
    """Runs hook (no arguments) at a hook point, after those added before it."""
    table = _hooks.setdefault(point, OrderedDict())
    handle = RemovableHandle(table)
    table[handle.id] = hook
    return handle


def run_hooks(point: str) -> None:
    """Runs the hooks of a point in the order they were added (an error in one propagates)."""
    hooks = _hooks.get(point)
    if hooks:
        for hook in list(hooks.values()):
            hook()


# ============================================================================ owners of other handles


class HandleOwner:
    """A Python object owning one bridge handle of a kind other than a tensor's (a TorchScript
    module, a process group). The handle is set in C by the call that makes it, so an interrupt
    cannot orphan it; free() releases it at once (a second call does nothing), `with` frees it
    on leaving, and the garbage collector releases it without touching the thread's error state.
    Subclasses name the kind's free and release calls and what a use after free() says."""

    _h: int
    _freed = "the handle was freed"

    def _free_handle(self, h: int) -> None:
        raise NotImplementedError

    def _release_handle(self, h: int) -> None:
        raise NotImplementedError

    def _live(self) -> int:
        if self._h == 0:
            raise ValueError(self._freed)
        return self._h

    def free(self) -> None:
        """Frees the handle now (a second call does nothing)."""
        h, self._h = self._h, 0
        if h:
            self._free_handle(h)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.free()

    def __del__(self) -> None:
        h = self.__dict__.get("_h", 0)
        if h:
            self._h = 0
            self._release_handle(h)


# ============================================================================ the hand-written Tensor members


class GradFn:
    """Stands for the autograd node behind a tensor (Tensor.grad_fn). Its class is named after
    the node, as PyTorch's are (type(y.grad_fn).__name__ == "MulBackward0"), and name() says
    it; the node itself (next_functions, hooks) is not exposed."""

    __slots__ = ()
    _classes: dict[str, type[GradFn]] = {}

    def name(self) -> str:
        return type(self).__name__

    def __repr__(self) -> str:
        return f"<{type(self).__name__} object at {id(self):#x}>"

    @classmethod
    def named(cls, name: str) -> GradFn:
        """An object standing for the node called name (one class per name, made once)."""
        kind = cls._classes.get(name)
        if kind is None:
            kind = cls._classes.setdefault(name, type(name, (cls,), {"__slots__": (), "__module__": "torch_sffi.autograd"}))
        return kind()


class TensorRuntime(TensorBase):
    """The members of Tensor that are not one catalogue function each; the generated Tensor
    class derives from it and adds one member per catalogue function."""

    __slots__ = ()

    def __init__(self, data: Any, dtype: DType | None = None, device: DeviceLike | None = None, requires_grad: bool = False) -> None:
        """A new tensor holding a copy of nested lists (or tuples) of Python numbers.

        Like torch.tensor: floats give float32, ints int64, bools bool, complex numbers
        complex64, unless dtype says otherwise; the lists must be rectangular (TorchValueError
        otherwise); device puts the copy there (the CPU by default).
        """
        t = from_python(data, dtype)
        if device is not None:
            kind, index = device_arg(device, "device")
            if kind != _tables.DEVICE_TYPES.get("cpu"):
                t = _c.rt_torch_torchtensor_to_device(t._h, device, None, False, False, None)
        if requires_grad:
            require_grad(t)
        _adopt(self, t)  # one C call: the handle moves from t to self, never held by neither

    # item(), tolist() and t[index] are C methods of TensorBase; these are their Python halves,
    # for what the C ones leave to Python (complex tensors, advanced indexes).

    def _tolist_slow(self) -> Any:
        """tolist() of any tensor."""
        return _nest(_values(self._h, _dtype_of(self._h).kind), read_shape(self._h))

    def _item_slow(self) -> float | int | bool:
        """item() of any tensor."""
        return _tensor_item(self._h)

    @property
    def grad_fn(self) -> GradFn | None:
        """What made the tensor, as torch.Tensor.grad_fn tells it: None for a leaf (made by the
        user, or not requiring grad); otherwise an object standing for the autograd node (its
        name: type(t.grad_fn).__name__ is PyTorch's, "MulBackward0")."""
        name = _c.rt_torch_autograd_grad_fn_name(self._h)
        return GradFn.named(name) if name else None

    def __repr__(self) -> str:
        if not self._live:
            return "tensor(<freed>)"
        return tensor_repr(self._h)

    __str__ = __repr__

    def __len__(self) -> int:
        shape = read_shape(self._h)
        if not shape:
            type_error("len() of a 0-d tensor")
        return shape[0]

    def __iter__(self) -> Iterator[Self]:
        shape = read_shape(self._h)
        if not shape:
            type_error("iteration over a 0-d tensor")
        for i in range(shape[0]):
            yield cast("Self", index_tensor(self._h, i))

    def _getitem_slow(self, index: Any) -> Self:
        """t[index] for any index."""
        return cast("Self", index_tensor(self._h, index))

    def __setitem__(self, index: Any, value: Any) -> None:
        """t[index] = value, in place (set_index)."""
        set_index(self._h, index, value)

    def __delitem__(self, index: Any) -> NoReturn:
        type_error("Tensor does not support deleting items")

    def __hash__(self) -> int:
        """PyTorch's: by identity (== compares elements), so tensors can be dict keys."""
        return id(self)

    def __invert__(self) -> Self:
        """~t: bitwise NOT (logical NOT for bool), as PyTorch's: integer and bool tensors only."""
        if _dtype_of(self._h).kind not in ("int", "bool"):
            type_error("~ (operator.invert) is only implemented on integer and Boolean-type tensors")
        return cast("Self", _c.rt_torch_torchtensor_bitwise_not(self._h))

    def __format__(self, spec: str) -> str:
        """A 0-d tensor formats as its number (f"{loss:.3f}"); any other as object's format."""
        if not read_shape(self._h):
            return format(self.item(), spec)
        return object.__format__(self, spec)

    def __bool__(self) -> bool:
        numel = _c.rt_torch_torchtensor_numel(self._h)
        if numel != 1:
            raise _errors.PY_ERRORS["other"](f"Boolean value of Tensor with {'no values' if numel == 0 else 'more than one value'} is ambiguous")
        return bool(_tensor_item(self._h))

    def _number(self) -> float | int | bool:
        """The number of a one-element tensor, for float() and int() (ValueError otherwise, as PyTorch)."""
        if _c.rt_torch_torchtensor_numel(self._h) != 1:
            value_error("only one element tensors can be converted to Python scalars")
        return _tensor_item(self._h)

    def __float__(self) -> float:
        return float(self._number())

    def __int__(self) -> int:
        return int(self._number())

    def __index__(self) -> int:
        if _dtype_of(self._h).kind != "int" or _c.rt_torch_torchtensor_numel(self._h) != 1:
            type_error("only integer tensors of a single element can be converted to an index")
        return int(_tensor_item(self._h))

    # NumPy, DLPack, pickle and copy: torch_sffi._interop (imported at the first use).
    __array_priority__ = 1000  # as PyTorch's: ndarray + tensor gives a tensor

    def numpy(self, *, force: bool = False) -> Any:
        """An ndarray sharing the tensor's memory (a CPU tensor), as torch.Tensor.numpy."""
        from . import _interop

        return _interop.numpy(self, force)

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> Any:
        from . import _interop

        return _interop.array(self, dtype, copy)

    def __dlpack__(self, *, stream: Any = None, max_version: Any = None, dl_device: Any = None, copy: bool | None = None) -> Any:
        """A DLPack capsule sharing the tensor's memory (what torch.from_dlpack and numpy.from_dlpack read)."""
        from . import _interop

        return _interop.dlpack(self, stream, max_version, dl_device, copy)

    def __dlpack_device__(self) -> tuple[int, int]:
        from . import _interop

        return _interop.dlpack_device(self)

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        from . import _interop

        return _interop.reduce_ex(self, protocol)

    def __copy__(self) -> Self:
        from . import _interop

        return cast("Self", _interop.copy(self))

    def __deepcopy__(self, memo: dict[int, Any]) -> Self:
        from . import _interop

        return cast("Self", _interop.deepcopy(self, memo))


class StreamRuntime:
    """The hand-written members of cuda.Stream: the handle, printing, the backstop free."""

    __slots__ = ("_h", "_live")
    _h: int
    _live: bool

    def __repr__(self) -> str:
        return f"<torch_sffi.cuda.Stream {'handle ' + hex(self._h) if self._live else 'freed'}>"

    def __reduce__(self) -> NoReturn:
        type_error("a Stream handle cannot be pickled or copied")

    def __del__(self) -> None:
        try:
            if self._live:
                self._live = False
                _c.rt_torch_torchstream_free(self._h)
        except Exception:  # a half-made object, or the interpreter is shutting down
            pass
