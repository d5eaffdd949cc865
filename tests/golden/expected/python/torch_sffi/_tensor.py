# generated from fixture.yaml by sffi-gen; do not edit
"""The Tensor class, scopes, and the package-level functions of torch_sffi.

A Tensor owns one handle of the bridge. Its life ends, at the latest, at the first of:
  * t.free();
  * the end of the innermost `with torch_sffi.scope():` that was open on this thread when
    it was created (unless the scope was told to keep it, or a @scoped function returned it);
  * garbage collection (the dealloc of the C base, _core.TensorBase), only as a backstop.
After that any use raises InvalidHandleError: the handle is passed to the bridge unchanged,
and the bridge's table of handles with generation counters reports it as freed.

The per-call path of every generated method is one cffi call (the function is bound to a
module global at import), one test of the result against the type's sentinel, and only
after a sentinel a read of the thread's error code. Result tensors are made without running
__init__; registering in a scope costs one test of a global while no scope is open.
"""

from __future__ import annotations

import builtins
import functools
import math
import threading
from typing import TYPE_CHECKING, Any, Callable, Iterator, NamedTuple, NoReturn, ParamSpec, Sequence, TypeVar, overload

from ._dtypes import BY_CODE as _DTYPE_BY_CODE
from ._dtypes import DType
from ._dtypes import _float32
from ._dtypes import _float64
from ._dtypes import _int64
from ._errors import TorchIndexError as _IndexErr
from ._errors import TorchRuntimeError as _RuntimeErr
from ._errors import TorchTypeError as _TypeErr
from ._errors import TorchValueError as _ValueErr
from ._errors import _check, _error_code, _raise
from ._core import TensorBase as _TensorBase
from ._core import set_tracker as _set_tracker
from ._core import setup as _core_setup
from ._native import ffi as _ffi
from ._native import lib as _lib

if TYPE_CHECKING:
    from .cuda import Stream

_P = ParamSpec("_P")
_R = TypeVar("_R")

_NULL = _ffi.NULL
_new = _TensorBase.__new__


def _missing(name: str) -> Callable[..., Any]:
    """Stands for a bridge function this catalogue lacks: the feature that needs it raises."""

    def stub(*args: object) -> NoReturn:
        raise _RuntimeErr(f"{name} is not in the catalogue this package was generated from")

    return stub


# The bridge functions, bound once at import.
_f_autograd_backward = _lib.rt_torch_autograd_backward
_f_autograd_requires_grad = _lib.rt_torch_autograd_requires_grad
_f_available = _lib.rt_torch_available
_f_error_code = _lib.rt_torch_error_code
_f_error_message = _lib.rt_torch_error_message
_f_live_handles = _lib.rt_torch_live_handles
_f_set_name = _lib.rt_torch_set_name
_f_tensor_from_data = _lib.rt_torch_tensor_from_data
_f_tensor_zeros = _lib.rt_torch_tensor_zeros
_f_torchtensor_add = _lib.rt_torch_torchtensor_add
_f_torchtensor_cat = _lib.rt_torch_torchtensor_cat
_f_torchtensor_chunk = _lib.rt_torch_torchtensor_chunk
_f_torchtensor_free = _lib.rt_torch_torchtensor_free
_f_torchtensor_shape = _lib.rt_torch_torchtensor_shape
_f_torchtensor_sum = _lib.rt_torch_torchtensor_sum
_f_version = _lib.rt_torch_version

# The bridge functions the hand-made parts of the runtime use (repr, tolist, scopes, ...).
_rt_error_code = _lib.rt_torch_error_code
_rt_error_message = _lib.rt_torch_error_message
_rt_free = _lib.rt_torch_torchtensor_free
_rt_stream_free = _lib.rt_torch_torchstream_free
_rt_shape = _lib.rt_torch_torchtensor_shape
_rt_numel = _missing("rt_torch_torchtensor_numel")  # not in this catalogue
_rt_dtype = _missing("rt_torch_torchtensor_dtype")  # not in this catalogue
_rt_to_dtype = _missing("rt_torch_torchtensor_to_dtype")  # not in this catalogue
_rt_data_f64 = _missing("rt_torch_torchtensor_data_f64")  # not in this catalogue
_rt_data_i64 = _missing("rt_torch_torchtensor_data_i64")  # not in this catalogue
_rt_from_data = _lib.rt_torch_tensor_from_data
_rt_from_i64 = _missing("rt_torch_tensor_from_i64")  # not in this catalogue
_rt_item = _missing("rt_torch_torchtensor_item")  # not in this catalogue
_rt_real = _missing("rt_torch_torchtensor_real")  # not in this catalogue
_rt_imag = _missing("rt_torch_torchtensor_imag")  # not in this catalogue
_rt_slice = _missing("rt_torch_torchtensor_slice")  # not in this catalogue
_rt_squeeze_dim = _missing("rt_torch_torchtensor_squeeze_dim")  # not in this catalogue
_rt_cat = _lib.rt_torch_torchtensor_cat
_rt_set_requires_grad = _missing("rt_torch_autograd_set_requires_grad")  # not in this catalogue
_rt_requires_grad = _lib.rt_torch_autograd_requires_grad
_rt_device = _missing("rt_torch_torchtensor_device")  # not in this catalogue
_rt_release = _missing("rt_torch_torchtensor_release")  # not in this catalogue

# dtype inferred from Python data, as torch.tensor does; dtypes whose repr has no suffix.
_INFERRED: dict[str, DType] = {
    "float": _float32,
    "int": _int64,
}
# The dtypes of the tensors rt_torch_tensor_from_data / _from_i64 make.
_FROM_DATA_DTYPE = _float64
_FROM_I64_DTYPE = _int64
_UNMARKED: frozenset[DType] = frozenset({_float32, _int64})

# ============================================================================ scopes

_scope_depth = 0  # scopes open on any thread: the per-call path tests only this
_scope_lock = threading.Lock()


class _ScopeStack(threading.local):
    def __init__(self) -> None:
        self.stack: list[scope] = []


_scopes = _ScopeStack()


def _track(t: Tensor) -> None:
    stack = _scopes.stack
    if stack:
        stack[-1]._tensors.append(t)


def _wrap(h: int) -> Tensor:
    """A Tensor owning handle h (registered in this thread's innermost scope)."""
    t = _new(Tensor)
    t._h = h
    t._live = True
    if _scope_depth:
        _track(t)
    return t


def _tensors_in(value: object) -> Iterator[Tensor]:
    if isinstance(value, Tensor):
        yield value
    elif isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _tensors_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _tensors_in(item)


class scope:
    """Frees every tensor created inside it, on this thread, when it ends.

    `with torch_sffi.scope() as s:` frees at the end of the block every tensor made in
    it except those passed to `s.keep(t)`, which move to the enclosing scope (or to no scope).
    As a decorator (`@torch_sffi.scope()` or `@torch_sffi.scoped`) each call runs in a
    new scope and keeps the tensors the function returns, also inside tuples, lists and
    dicts. Scopes nest; each thread has its own stack of them.
    """

    __slots__ = ("_tensors", "_entered")

    def __init__(self) -> None:
        self._tensors: list[Tensor] = []
        self._entered = False

    def __enter__(self) -> scope:
        global _scope_depth
        if self._entered:
            raise _RuntimeErr("a scope can be entered only once; make a new scope()")
        self._entered = True
        _scopes.stack.append(self)
        with _scope_lock:
            _scope_depth += 1
            if _scope_depth == 1:
                _set_tracker(_track)  # tensors the C operators make register too
        return self

    def __exit__(self, *exc: object) -> None:
        global _scope_depth
        stack = _scopes.stack
        if not stack or stack[-1] is not self:
            raise _RuntimeErr("scopes end in the reverse order they began, on the thread that began them")
        stack.pop()
        with _scope_lock:
            _scope_depth -= 1
            if _scope_depth == 0:
                _set_tracker(None)
        tensors, self._tensors = self._tensors, []
        for t in reversed(tensors):
            if t._live:
                t._live = False
                _rt_free(t._h)

    def keep(self, tensor: Tensor) -> Tensor:
        """Keeps a tensor of this scope alive past its end; returns the tensor."""
        tensors = self._tensors
        for i in range(len(tensors) - 1, -1, -1):
            if tensors[i] is tensor:
                del tensors[i]
                break
        else:
            return tensor  # not made in this scope: nothing to do
        stack = _scopes.stack
        for i in range(len(stack) - 1, 0, -1):
            if stack[i] is self:
                stack[i - 1]._tensors.append(tensor)
                break
        return tensor

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


# ============================================================================ helpers


def _ints(value: int | Sequence[int]) -> Sequence[int]:
    if isinstance(value, int):
        return (value,)
    if value.__class__ is list or value.__class__ is tuple:
        return value
    return [int(v) for v in value]


def _floats(value: float | Sequence[float]) -> Sequence[float]:
    if isinstance(value, (int, float)):
        return (float(value),)
    if value.__class__ is list or value.__class__ is tuple:
        return value
    return [float(v) for v in value]


def _size(dims: tuple[int | Sequence[int], ...]) -> Sequence[int]:
    """PyTorch's *size: f(2, 3) and f([2, 3]) both mean the sizes [2, 3]."""
    if len(dims) == 1 and not isinstance(dims[0], int):
        return _ints(dims[0])
    out: list[int] = []
    for d in dims:
        if not isinstance(d, int):
            raise _TypeErr(f"sizes must be ints or one sequence of ints, not {type(d).__name__}")
        out.append(d)
    return out


def _checked(h: int) -> int:
    if not h:
        _raise()
    return h


def _read_shape(h: int) -> tuple[int, ...]:
    cap = 8
    while True:
        buf = _ffi.new("int64_t[]", cap)
        n: int = _rt_shape(h, buf, cap)
        if n < 0:
            _raise()
        if n <= cap:
            return tuple(_ffi.unpack(buf, n))
        cap = n


def _read(h: int, fn: Callable[[int, Any, int], int], ctype: str) -> list[Any]:
    cap = 64
    while True:
        buf = _ffi.new(ctype, cap)
        n = fn(h, buf, cap)
        if n < 0:
            _raise()
        if n <= cap:
            return _ffi.unpack(buf, n)
        cap = n


def _dtype_of(h: int) -> DType:
    code: int = _rt_dtype(h)
    if code == -1:
        _check()
    return _dtype_from_code(code)


def _dtype_from_code(code: int) -> DType:
    dtype = _DTYPE_BY_CODE.get(code)
    if dtype is None:
        raise _TypeErr(f"dtype code {code} is not in the catalogue")
    return dtype


def _values(h: int, kind: str) -> list[Any]:
    """The elements in row-major order as Python floats, ints, bools or complex numbers."""
    if kind == "float":
        return _read(h, _rt_data_f64, "double[]")
    if kind == "int":
        return _read(h, _rt_data_i64, "int64_t[]")
    if kind == "bool":
        return [v != 0 for v in _read(h, _rt_data_i64, "int64_t[]")]
    re = _checked(_rt_real(h))
    try:
        im = _checked(_rt_imag(h))
        try:
            return [complex(a, b) for a, b in zip(_read(re, _rt_data_f64, "double[]"), _read(im, _rt_data_f64, "double[]"))]
        finally:
            _rt_free(im)
    finally:
        _rt_free(re)


def _nest(flat: list[Any], shape: tuple[int, ...], offset: int = 0) -> Any:
    if not shape:
        return flat[offset]
    if len(shape) == 1:
        return flat[offset : offset + shape[0]]
    step = math.prod(shape[1:])
    return [_nest(flat, shape[1:], offset + i * step) for i in range(shape[0])]


def _to_dtype(h: int, dtype: DType, free_source: bool) -> int:
    """h converted to dtype (a new handle); frees h when free_source, also on failure."""
    r = _rt_to_dtype(h, dtype.code)
    if not r:
        try:
            _raise()
        finally:
            if free_source:
                _rt_free(h)
    if free_source:
        _rt_free(h)
    return r


def _require_grad(h: int) -> None:
    """Turns on gradient tracking for a tensor just made; frees it if that fails."""
    _rt_set_requires_grad(h, True)
    if _error_code():
        try:
            _raise()
        finally:
            _rt_free(h)


def _item_value(h: int, value: float) -> float:
    """item()'s value as PyTorch gives it: an int for integer dtypes, a bool for bool."""
    kind = _dtype_of(h).kind
    if kind == "int":
        exact: int = _read(h, _rt_data_i64, "int64_t[]")[0]
        return exact
    if kind == "bool":
        return value != 0
    if kind == "complex":
        raise _TypeErr("item() of a complex tensor: read t.real and t.imag")
    return value


def _scalar_handle(h: int, value: object) -> int:
    """A 0-d tensor holding a Python number, of the dtype PyTorch gives `tensor OP number`."""
    dtype = _dtype_of(h)
    if isinstance(value, bool):
        src, src_dtype, want = _rt_from_i64([int(value)], 1, [], 0), _FROM_I64_DTYPE, dtype
    elif isinstance(value, int):
        src, src_dtype = _rt_from_i64([value], 1, [], 0), _FROM_I64_DTYPE
        want = _INFERRED["int"] if dtype.kind == "bool" else dtype
    elif isinstance(value, float):
        src, src_dtype = _rt_from_data([value], 1, [], 0), _FROM_DATA_DTYPE
        want = dtype if dtype.kind in ("float", "complex") else _INFERRED["float"]
    else:
        raise _TypeErr(f"unsupported operand type for a Tensor: '{type(value).__name__}'")
    _checked(src)
    return src if want is src_dtype else _to_dtype(src, want, True)


def _with_scalar(fn: Callable[..., int], h: int, value: object, reflected: bool, *extra: object) -> int:
    """fn(h, number, *extra) (or fn(number, h, *extra)) through a 0-d tensor freed afterwards."""
    s = _scalar_handle(h, value)
    r = fn(s, h, *extra) if reflected else fn(h, s, *extra)
    if not r:
        try:
            _raise()
        finally:
            _rt_free(s)
    _rt_free(s)
    return r


def _in_place_with_scalar(fn: Callable[..., None], h: int, value: object, *extra: object) -> None:
    """The in-place fn(h, number, *extra) through a 0-d tensor freed afterwards."""
    s = _scalar_handle(h, value)
    fn(h, s, *extra)
    if _error_code():
        try:
            _raise()
        finally:
            _rt_free(s)
    _rt_free(s)


def _from_python(data: Any, dtype: DType | None) -> int:
    """A new handle holding nested lists of numbers, inferring shape and dtype like torch.tensor."""
    if isinstance(data, Tensor):
        raise _TypeErr("a Tensor is not Python data: use t.clone() to copy it")
    shape: list[int] = []
    probe = data
    while isinstance(probe, (list, tuple)):
        shape.append(len(probe))
        if not probe:
            break
        probe = probe[0]
    flat: list[Any] = []

    def walk(x: Any, depth: int) -> None:
        if depth == len(shape):
            if isinstance(x, (list, tuple)):
                raise _ValueErr(f"expected a number at dim {depth}, got a sequence of length {len(x)}")
            flat.append(x)
            return
        if not isinstance(x, (list, tuple)):
            raise _ValueErr(f"expected a sequence at dim {depth}, got {type(x).__name__}")
        if len(x) != shape[depth]:
            raise _ValueErr(f"expected sequence of length {shape[depth]} at dim {depth} (got {len(x)})")
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
            kind = "float"
        else:
            raise _TypeErr(f"a tensor holds numbers, not {type(v).__name__}")
    target = dtype if dtype is not None else _INFERRED[kind]
    if kind == "float":
        src, src_dtype = _rt_from_data(flat, len(flat), shape, len(shape)), _FROM_DATA_DTYPE
    else:
        src, src_dtype = _rt_from_i64([int(v) for v in flat], len(flat), shape, len(shape)), _FROM_I64_DTYPE
    _checked(src)
    return src if target is src_dtype else _to_dtype(src, target, True)


def _index_handle(h: int, index: Any) -> int:
    """A new handle for t[index]: ints and slices (step > 0), alone or in a tuple."""
    items = index if isinstance(index, tuple) else (index,)
    shape = _read_shape(h)
    if len(items) > len(shape):
        raise _IndexErr(f"too many indices for tensor of dimension {len(shape)}")
    if not items:
        raise _IndexErr("an empty index selects nothing: use the tensor itself")
    cur, owned, dim = h, False, 0
    try:
        for k, item in enumerate(items):
            size = shape[k]
            if isinstance(item, int) and not isinstance(item, bool):
                i = item + size if item < 0 else item
                if not 0 <= i < size:
                    raise _IndexErr(f"index {item} is out of bounds for dimension {k} with size {size}")
                part = _checked(_rt_slice(cur, dim, i, i + 1, 1))
                try:
                    nxt = _checked(_rt_squeeze_dim(part, dim))
                finally:
                    _rt_free(part)
            elif isinstance(item, builtins.slice):
                step = 1 if item.step is None else item.step
                if step <= 0:
                    raise _ValueErr("slice step must be positive")
                start = 0 if item.start is None else item.start
                stop = size if item.stop is None else item.stop
                nxt = _checked(_rt_slice(cur, dim, start, stop, step))
                dim += 1
            else:
                raise _TypeErr(f"only ints and slices index a Tensor, not {type(item).__name__}")
            if owned:
                _rt_free(cur)
            cur, owned = nxt, True
    except BaseException:
        if owned:
            _rt_free(cur)
        raise
    return cur


# ---------------------------------------------------------------------------- repr, as PyTorch's

_PRECISION = 4
_THRESHOLD = 1000
_EDGEITEMS = 3
_LINEWIDTH = 80


class _Formatter:
    """torch._tensor_str._Formatter over Python values."""

    def __init__(self, values: list[Any], floating: bool) -> None:
        self.floating = floating
        self.int_mode = True
        self.sci_mode = False
        self.max_width = 1
        if not floating:
            for v in values:
                self.max_width = max(self.max_width, len(f"{v}"))
            return
        nonzero = [v for v in values if math.isfinite(v) and v != 0]
        if not nonzero:
            return
        lo = min(abs(v) for v in nonzero)
        hi = max(abs(v) for v in nonzero)
        self.int_mode = all(v == math.ceil(v) for v in nonzero)
        self.sci_mode = hi / lo > 1000.0 or hi > 1.0e8 or lo < 1.0e-4
        if self.sci_mode:
            self.max_width = max(len(f"{v:.{_PRECISION}e}") for v in nonzero)
        elif self.int_mode:
            self.max_width = max(len(f"{v:.0f}") + 1 for v in nonzero)
        else:
            self.max_width = max(len(f"{v:.{_PRECISION}f}") for v in nonzero)

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
        return (self.max_width - len(ret)) * " " + ret


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
    if len(sizes) == 1:
        width = f1.max_width + 2 + (f2.max_width + 1 if f2 is not None else 0)
        per_line = max(1, math.floor((_LINEWIDTH - indent) / width))
        if summarize and sizes[0] > 2 * _EDGEITEMS:
            data = [_element(v, f1, f2) for v in values[:_EDGEITEMS]] + [" ..."]
            data += [_element(v, f1, f2) for v in values[-_EDGEITEMS:]]
        else:
            data = [_element(v, f1, f2) for v in values]
        lines = [", ".join(data[i : i + per_line]) for i in range(0, len(data), per_line)]
        return "[" + ("," + "\n" + " " * (indent + 1)).join(lines) + "]"
    if summarize and sizes[0] > 2 * _EDGEITEMS:
        slices = [_body_str(v, sizes[1:], indent + 1, summarize, f1, f2) for v in values[:_EDGEITEMS]]
        slices += ["..."] + [_body_str(v, sizes[1:], indent + 1, summarize, f1, f2) for v in values[-_EDGEITEMS:]]
    else:
        slices = [_body_str(v, sizes[1:], indent + 1, summarize, f1, f2) for v in values]
    return "[" + ("," + "\n" * (len(sizes) - 1) + " " * (indent + 1)).join(slices) + "]"


def _summarized(h: int, shape: tuple[int, ...]) -> int:
    """A new handle keeping only the first and last _EDGEITEMS entries of every long dimension."""
    cur = h
    for d, size in enumerate(shape):
        if size <= 2 * _EDGEITEMS:
            continue
        head = _checked(_rt_slice(cur, d, 0, _EDGEITEMS, 1))
        try:
            tail = _checked(_rt_slice(cur, d, size - _EDGEITEMS, size, 1))
            try:
                nxt = _checked(_rt_cat([head, tail], 2, d))
            finally:
                _rt_free(tail)
        finally:
            _rt_free(head)
        if cur != h:
            _rt_free(cur)
        cur = nxt
    return cur


def _repr(h: int) -> str:
    prefix = "tensor("
    indent = len(prefix)
    shape = _read_shape(h)
    dtype = _dtype_of(h)
    numel = math.prod(shape)
    suffixes: list[str] = []
    device: int = _rt_device(h)
    if device == -1:
        _check()
    if device >= 0:
        suffixes.append(f"device='cuda:{device}'")
    if numel == 0:
        if len(shape) != 1:
            suffixes.append(f"size={shape}")
        if dtype is not _INFERRED["float"]:
            suffixes.append(f"dtype={dtype!r}")
        body = "[]"
    else:
        if dtype not in _UNMARKED:
            suffixes.append(f"dtype={dtype!r}")
        summarize = numel > _THRESHOLD
        small = _summarized(h, shape) if summarize else h
        try:
            values = _values(small, dtype.kind)
            small_shape = _read_shape(small)
        finally:
            if small != h:
                _rt_free(small)
        if dtype.kind == "complex":
            f1 = _Formatter([v.real for v in values], True)
            f2: _Formatter | None = _Formatter([v.imag for v in values], True)
        else:
            f1, f2 = _Formatter(values, dtype.kind == "float"), None
        body = _body_str(_nest(values, small_shape), shape, indent, summarize, f1, f2)
    requires_grad: bool = _rt_requires_grad(h)
    if not requires_grad:
        _check()
    if requires_grad:
        suffixes.append("requires_grad=True")
    text = prefix + body
    last_line = len(text) - text.rfind("\n") + 1
    for suffix in suffixes:
        if last_line + len(suffix) + 2 > _LINEWIDTH:
            text += ",\n" + " " * indent + suffix
            last_line = indent + len(suffix)
        else:
            text += ", " + suffix
            last_line += len(suffix) + 2
    return text + ")"


# ============================================================================ Tensor


class Tensor(_TensorBase):
    """A tensor of libtorch, held through one handle of the bridge.

    Made from nested Python lists (`Tensor([[1., 2.], [3., 4.]])`, or `torch_sffi.tensor`),
    by the creation functions (`torch_sffi.zeros([2, 3])`, ...) and as the result of
    operations. Methods, properties and operators follow PyTorch's names.
    """

    # The handle (_h), its owner flag (_live), garbage collection's release and the operators
    # between two tensors live in the C base (_core.TensorBase); this class adds the rest.
    __slots__ = ()

    def __init__(self, data: Any, dtype: DType | None = None, requires_grad: bool = False) -> None:
        """A new tensor holding a copy of nested lists (or tuples) of Python numbers.

        Like torch.tensor: floats give float32, ints int64, bools bool, unless dtype says
        otherwise; the lists must be rectangular (TorchValueError otherwise).
        """
        self._live = False
        self._h = _from_python(data, dtype)
        self._live = True
        if _scope_depth:
            _track(self)
        if requires_grad:
            _rt_set_requires_grad(self._h, True)
            if _error_code():
                _raise()  # the tensor is freed with this object

    def add(self, other: Tensor | float) -> Tensor:
        """Element-wise sum.

        Args:
            other: The right operand. A Python number is accepted too.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_add. PyTorch: torch.add.
        """
        if other.__class__ is not Tensor:
            _r = _with_scalar(_f_torchtensor_add, self._h, other, False)
        else:
            _r = _f_torchtensor_add(self._h, other._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def sum_float(self) -> float:
        """Sum of all elements.

        Returns:
            The sum.

        Bridge: rt_torch_torchtensor_sum. PyTorch: torch.sum.
        """
        _r = _f_torchtensor_sum(self._h)
        if _r != _r:
            _check()
        return _r

    @property
    def shape(self) -> tuple[int, ...]:
        """The sizes.

        Returns:
            The sizes.

        Bridge: rt_torch_torchtensor_shape. PyTorch: torch.Tensor.size.
        """
        _cap = 16
        while True:
            _buf = _ffi.new("int64_t[]", _cap)
            _n: int = _f_torchtensor_shape(self._h, _buf, _cap)
            if _n < 0:
                _raise()
            if _n <= _cap:
                break
            _cap = _n
        return tuple(_ffi.unpack(_buf, _n))

    def chunk(self, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
        """Splits into pieces.

        Args:
            chunks: How many pieces.
            dim: The dimension.

        Returns:
            The pieces.

        Bridge: rt_torch_torchtensor_chunk. PyTorch: torch.chunk.
        """
        _cap = min(max(chunks, 1), 4096)
        while True:
            _buf = _ffi.new("int64_t[]", _cap)
            _n: int = _f_torchtensor_chunk(self._h, chunks, dim, _buf, _cap)
            if _n < 0:
                _raise()
            if _n <= _cap:
                break
            _cap = _n
        return tuple([_wrap(h) for h in _ffi.unpack(_buf, _n)])

    def backward(self) -> None:
        """Backpropagates from a scalar.

        Bridge: rt_torch_autograd_backward. PyTorch: torch.Tensor.backward.
        """
        _f_autograd_backward(self._h)
        if _error_code():
            _raise()

    @property
    def requires_grad(self) -> bool:
        """Whether gradients are tracked.

        Returns:
            true when tracked.

        Bridge: rt_torch_autograd_requires_grad. PyTorch: torch.Tensor.requires_grad.
        """
        _r = _f_autograd_requires_grad(self._h)
        if not _r:
            _check()
        return _r

    def free(self) -> None:
        """Releases a tensor handle.

        Bridge: rt_torch_torchtensor_free.
        """
        _f_torchtensor_free(self._h)
        self._live = False
        if _error_code():
            _raise()

    # ---- hand-made parts of the runtime (reading data back, printing, indexing)

    def tolist(self) -> Any:
        """The elements as nested Python lists (a number for a 0-d tensor), like torch.Tensor.tolist."""
        return _nest(_values(self._h, _dtype_of(self._h).kind), _read_shape(self._h))

    def __repr__(self) -> str:
        if not self._live:
            return "tensor(<freed>)"
        return _repr(self._h)

    __str__ = __repr__

    def __len__(self) -> int:
        shape = _read_shape(self._h)
        if not shape:
            raise _TypeErr("len() of a 0-d tensor")
        return shape[0]

    def __iter__(self) -> Iterator[Tensor]:
        shape = _read_shape(self._h)
        if not shape:
            raise _TypeErr("iteration over a 0-d tensor")
        for i in range(shape[0]):
            yield _wrap(_index_handle(self._h, i))

    def __getitem__(self, index: int | builtins.slice | tuple[int | builtins.slice, ...]) -> Tensor:
        return _wrap(_index_handle(self._h, index))

    def __bool__(self) -> bool:
        value: float = _rt_item(self._h)
        if value != value:
            _check()
        return value != 0

    def __float__(self) -> float:
        value: float = _rt_item(self._h)
        if value != value:
            _check()
        return value

    def __int__(self) -> int:
        return int(_item_value(self._h, self.__float__()))

    def __reduce__(self) -> NoReturn:
        raise _TypeErr("a Tensor handle cannot be pickled or copied: use clone() or tolist()")



# The C binary operators fall back to these for any operand that is not a tensor.
_core_setup(
    Tensor,
    _raise,
    {
        "add": (Tensor.add, Tensor.add),
    },
)


def tensor(data: Any, dtype: DType | None = None, requires_grad: bool = False) -> Tensor:
    """A new tensor holding a copy of nested lists of Python numbers (torch.tensor)."""
    return Tensor(data, dtype, requires_grad)

# ============================================================================ package-level functions


def available() -> bool:
    """Whether libtorch is behind the bridge.

    Returns:
        true with libtorch.

    Bridge: rt_torch_available.
    """
    _r = _f_available()
    if not _r:
        _check()
    return _r


def torch_version() -> str:
    """The libtorch version.

    Returns:
        major.minor.patch.

    Bridge: rt_torch_version. PyTorch: torch.__version__.
    """
    _r = _f_version()
    if _r == _NULL:
        _raise()
    return _ffi.string(_r).decode("utf-8", "replace")


def zeros(*dims: int | Sequence[int], requires_grad: bool = False) -> Tensor:
    """Zeros of a shape.

    Args:
        dims: The shape.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        A new tensor.

    Bridge: rt_torch_tensor_zeros. PyTorch: torch.zeros.
    """
    dims_ = _size(dims)
    _r = _f_tensor_zeros(dims_, len(dims_))
    if not _r:
        _raise()
    if requires_grad:
        _require_grad(_r)
    _t = _new(Tensor)
    _t._h = _r
    _t._live = True
    if _scope_depth:
        _track(_t)
    return _t


def from_data(
    data: float | Sequence[float],
    dims: int | Sequence[int],
    *,
    requires_grad: bool = False,
) -> Tensor:
    """A float64 tensor from flat data.

    Args:
        data: The values.
        dims: The shape.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        A new tensor.

    Bridge: rt_torch_tensor_from_data. PyTorch: torch.tensor.
    """
    data_ = _floats(data)
    dims_ = _ints(dims)
    _r = _f_tensor_from_data(data_, len(data_), dims_, len(dims_))
    if not _r:
        _raise()
    if requires_grad:
        _require_grad(_r)
    _t = _new(Tensor)
    _t._h = _r
    _t._live = True
    if _scope_depth:
        _track(_t)
    return _t


def cat(tensors: Sequence[Tensor], dim: int = 0) -> Tensor:
    """Concatenates tensors.

    Args:
        tensors: The tensors.
        dim: The dimension.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_cat. PyTorch: torch.cat.
    """
    tensors_ = [t._h for t in tensors]
    _r = _f_torchtensor_cat(tensors_, len(tensors_), dim)
    if not _r:
        _raise()
    _t = _new(Tensor)
    _t._h = _r
    _t._live = True
    if _scope_depth:
        _track(_t)
    return _t


def error_code() -> int:
    """The last error code of this thread.

    Returns:
        0 or an error code.

    Bridge: rt_torch_error_code.
    """
    _r = _f_error_code()
    if _r == -1:
        _check()
    return _r


def error_message() -> str:
    """The last error message of this thread.

    Returns:
        The message.

    Bridge: rt_torch_error_message.
    """
    _r = _f_error_message()
    if _r == _NULL:
        _raise()
    return _ffi.string(_r).decode("utf-8", "replace")


def live_handles() -> int:
    """Live handles.

    Returns:
        The count.

    Bridge: rt_torch_live_handles.
    """
    _r = _f_live_handles()
    if _r == -1:
        _check()
    return _r


def set_name(label: str) -> None:
    """Takes a text argument.

    Args:
        label: A label.

    Bridge: rt_torch_set_name.
    """
    _f_set_name(label.encode())
    if _error_code():
        _raise()
