# generated from spec/torch_api.yaml by sffi-gen; do not edit
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
from ._dtypes import _bool
from ._dtypes import _complex64
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
_f_autograd_detach = _lib.rt_torch_autograd_detach
_f_autograd_grad = _lib.rt_torch_autograd_grad
_f_autograd_requires_grad = _lib.rt_torch_autograd_requires_grad
_f_autograd_set_grad = _lib.rt_torch_autograd_set_grad
_f_autograd_set_requires_grad = _lib.rt_torch_autograd_set_requires_grad
_f_autograd_zero_grad = _lib.rt_torch_autograd_zero_grad
_f_available = _lib.rt_torch_available
_f_error_clear = _lib.rt_torch_error_clear
_f_error_code = _lib.rt_torch_error_code
_f_error_message = _lib.rt_torch_error_message
_f_live_handles = _lib.rt_torch_live_handles
_f_manual_seed = _lib.rt_torch_manual_seed
_f_tensor_arange = _lib.rt_torch_tensor_arange
_f_tensor_empty = _lib.rt_torch_tensor_empty
_f_tensor_eye = _lib.rt_torch_tensor_eye
_f_tensor_from_data = _lib.rt_torch_tensor_from_data
_f_tensor_from_i64 = _lib.rt_torch_tensor_from_i64
_f_tensor_full = _lib.rt_torch_tensor_full
_f_tensor_linspace = _lib.rt_torch_tensor_linspace
_f_tensor_ones = _lib.rt_torch_tensor_ones
_f_tensor_rand = _lib.rt_torch_tensor_rand
_f_tensor_randn = _lib.rt_torch_tensor_randn
_f_tensor_zeros = _lib.rt_torch_tensor_zeros
_f_torchtensor_abs = _lib.rt_torch_torchtensor_abs
_f_torchtensor_add = _lib.rt_torch_torchtensor_add
_f_torchtensor_add_ = _lib.rt_torch_torchtensor_add_
_f_torchtensor_add_scalar = _lib.rt_torch_torchtensor_add_scalar
_f_torchtensor_add_scalar_ = _lib.rt_torch_torchtensor_add_scalar_
_f_torchtensor_addcdiv_ = _lib.rt_torch_torchtensor_addcdiv_
_f_torchtensor_addcmul_ = _lib.rt_torch_torchtensor_addcmul_
_f_torchtensor_argmax = _lib.rt_torch_torchtensor_argmax
_f_torchtensor_argmin = _lib.rt_torch_torchtensor_argmin
_f_torchtensor_cat = _lib.rt_torch_torchtensor_cat
_f_torchtensor_chunk = _lib.rt_torch_torchtensor_chunk
_f_torchtensor_clone = _lib.rt_torch_torchtensor_clone
_f_torchtensor_contiguous = _lib.rt_torch_torchtensor_contiguous
_f_torchtensor_copy_ = _lib.rt_torch_torchtensor_copy_
_f_torchtensor_cpu = _lib.rt_torch_torchtensor_cpu
_f_torchtensor_cuda = _lib.rt_torch_torchtensor_cuda
_f_torchtensor_data_f64 = _lib.rt_torch_torchtensor_data_f64
_f_torchtensor_data_i64 = _lib.rt_torch_torchtensor_data_i64
_f_torchtensor_det = _lib.rt_torch_torchtensor_det
_f_torchtensor_device = _lib.rt_torch_torchtensor_device
_f_torchtensor_div = _lib.rt_torch_torchtensor_div
_f_torchtensor_div_scalar = _lib.rt_torch_torchtensor_div_scalar
_f_torchtensor_dot = _lib.rt_torch_torchtensor_dot
_f_torchtensor_dtype = _lib.rt_torch_torchtensor_dtype
_f_torchtensor_eig = _lib.rt_torch_torchtensor_eig
_f_torchtensor_exp = _lib.rt_torch_torchtensor_exp
_f_torchtensor_flatten = _lib.rt_torch_torchtensor_flatten
_f_torchtensor_free = _lib.rt_torch_torchtensor_free
_f_torchtensor_gather = _lib.rt_torch_torchtensor_gather
_f_torchtensor_gelu = _lib.rt_torch_torchtensor_gelu
_f_torchtensor_imag = _lib.rt_torch_torchtensor_imag
_f_torchtensor_index_select = _lib.rt_torch_torchtensor_index_select
_f_torchtensor_inverse = _lib.rt_torch_torchtensor_inverse
_f_torchtensor_is_cuda = _lib.rt_torch_torchtensor_is_cuda
_f_torchtensor_item = _lib.rt_torch_torchtensor_item
_f_torchtensor_leaky_relu = _lib.rt_torch_torchtensor_leaky_relu
_f_torchtensor_lerp_ = _lib.rt_torch_torchtensor_lerp_
_f_torchtensor_log = _lib.rt_torch_torchtensor_log
_f_torchtensor_log_softmax = _lib.rt_torch_torchtensor_log_softmax
_f_torchtensor_matmul = _lib.rt_torch_torchtensor_matmul
_f_torchtensor_max = _lib.rt_torch_torchtensor_max
_f_torchtensor_max_all = _lib.rt_torch_torchtensor_max_all
_f_torchtensor_max_dim = _lib.rt_torch_torchtensor_max_dim
_f_torchtensor_maximum = _lib.rt_torch_torchtensor_maximum
_f_torchtensor_mean = _lib.rt_torch_torchtensor_mean
_f_torchtensor_mean_all = _lib.rt_torch_torchtensor_mean_all
_f_torchtensor_mean_dim = _lib.rt_torch_torchtensor_mean_dim
_f_torchtensor_min = _lib.rt_torch_torchtensor_min
_f_torchtensor_min_all = _lib.rt_torch_torchtensor_min_all
_f_torchtensor_min_dim = _lib.rt_torch_torchtensor_min_dim
_f_torchtensor_mul = _lib.rt_torch_torchtensor_mul
_f_torchtensor_mul_ = _lib.rt_torch_torchtensor_mul_
_f_torchtensor_mul_scalar = _lib.rt_torch_torchtensor_mul_scalar
_f_torchtensor_mul_scalar_ = _lib.rt_torch_torchtensor_mul_scalar_
_f_torchtensor_ndim = _lib.rt_torch_torchtensor_ndim
_f_torchtensor_neg = _lib.rt_torch_torchtensor_neg
_f_torchtensor_norm = _lib.rt_torch_torchtensor_norm
_f_torchtensor_numel = _lib.rt_torch_torchtensor_numel
_f_torchtensor_permute = _lib.rt_torch_torchtensor_permute
_f_torchtensor_pow = _lib.rt_torch_torchtensor_pow
_f_torchtensor_real = _lib.rt_torch_torchtensor_real
_f_torchtensor_relu = _lib.rt_torch_torchtensor_relu
_f_torchtensor_reshape = _lib.rt_torch_torchtensor_reshape
_f_torchtensor_shape = _lib.rt_torch_torchtensor_shape
_f_torchtensor_sigmoid = _lib.rt_torch_torchtensor_sigmoid
_f_torchtensor_slice = _lib.rt_torch_torchtensor_slice
_f_torchtensor_softmax = _lib.rt_torch_torchtensor_softmax
_f_torchtensor_sqrt = _lib.rt_torch_torchtensor_sqrt
_f_torchtensor_squeeze = _lib.rt_torch_torchtensor_squeeze
_f_torchtensor_squeeze_dim = _lib.rt_torch_torchtensor_squeeze_dim
_f_torchtensor_stack = _lib.rt_torch_torchtensor_stack
_f_torchtensor_std = _lib.rt_torch_torchtensor_std
_f_torchtensor_sub = _lib.rt_torch_torchtensor_sub
_f_torchtensor_sum = _lib.rt_torch_torchtensor_sum
_f_torchtensor_sum_all = _lib.rt_torch_torchtensor_sum_all
_f_torchtensor_sum_dim = _lib.rt_torch_torchtensor_sum_dim
_f_torchtensor_svd = _lib.rt_torch_torchtensor_svd
_f_torchtensor_t = _lib.rt_torch_torchtensor_t
_f_torchtensor_tanh = _lib.rt_torch_torchtensor_tanh
_f_torchtensor_to_dtype = _lib.rt_torch_torchtensor_to_dtype
_f_torchtensor_to_stream = _lib.rt_torch_torchtensor_to_stream
_f_torchtensor_transpose = _lib.rt_torch_torchtensor_transpose
_f_torchtensor_unsqueeze = _lib.rt_torch_torchtensor_unsqueeze
_f_torchtensor_var = _lib.rt_torch_torchtensor_var
_f_torchtensor_view = _lib.rt_torch_torchtensor_view
_f_torchtensor_zero_ = _lib.rt_torch_torchtensor_zero_
_f_version = _lib.rt_torch_version

# The bridge functions the hand-made parts of the runtime use (repr, tolist, scopes, ...).
_rt_error_code = _lib.rt_torch_error_code
_rt_error_message = _lib.rt_torch_error_message
_rt_free = _lib.rt_torch_torchtensor_free
_rt_stream_free = _lib.rt_torch_torchstream_free
_rt_shape = _lib.rt_torch_torchtensor_shape
_rt_numel = _lib.rt_torch_torchtensor_numel
_rt_dtype = _lib.rt_torch_torchtensor_dtype
_rt_to_dtype = _lib.rt_torch_torchtensor_to_dtype
_rt_data_f64 = _lib.rt_torch_torchtensor_data_f64
_rt_data_i64 = _lib.rt_torch_torchtensor_data_i64
_rt_from_data = _lib.rt_torch_tensor_from_data
_rt_from_i64 = _lib.rt_torch_tensor_from_i64
_rt_item = _lib.rt_torch_torchtensor_item
_rt_real = _lib.rt_torch_torchtensor_real
_rt_imag = _lib.rt_torch_torchtensor_imag
_rt_slice = _lib.rt_torch_torchtensor_slice
_rt_squeeze_dim = _lib.rt_torch_torchtensor_squeeze_dim
_rt_cat = _lib.rt_torch_torchtensor_cat
_rt_set_requires_grad = _lib.rt_torch_autograd_set_requires_grad
_rt_requires_grad = _lib.rt_torch_autograd_requires_grad
_rt_device = _lib.rt_torch_torchtensor_device
_rt_release = _lib.rt_torch_torchtensor_release

# dtype inferred from Python data, as torch.tensor does; dtypes whose repr has no suffix.
_INFERRED: dict[str, DType] = {
    "float": _float32,
    "int": _int64,
    "bool": _bool,
    "complex": _complex64,
}
# The dtypes of the tensors rt_torch_tensor_from_data / _from_i64 make.
_FROM_DATA_DTYPE = _float64
_FROM_I64_DTYPE = _int64
_UNMARKED: frozenset[DType] = frozenset({_float32, _complex64, _int64, _bool})

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
        """Element-wise sum of two tensors, with broadcasting and type promotion.

        Args:
            other: The right operand; broadcast against handle. A Python number is accepted
                too: Adds a scalar to every element.

        Returns:
            A new tensor holding handle + other.

        Bridge: rt_torch_torchtensor_add, rt_torch_torchtensor_add_scalar. PyTorch: torch.add.
        """
        if other.__class__ is not Tensor:
            if other.__class__ is float:
                _r = _f_torchtensor_add_scalar(self._h, other)
            else:
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

    def sub(self, other: Tensor | float) -> Tensor:
        """Element-wise difference of two tensors, with broadcasting.

        Args:
            other: The right operand; broadcast against handle. A Python number is accepted
                too.

        Returns:
            A new tensor holding handle - other.

        Bridge: rt_torch_torchtensor_sub. PyTorch: torch.sub.
        """
        if other.__class__ is not Tensor:
            _r = _with_scalar(_f_torchtensor_sub, self._h, other, False)
        else:
            _r = _f_torchtensor_sub(self._h, other._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def mul(self, other: Tensor | float) -> Tensor:
        """Element-wise product of two tensors, with broadcasting.

        Args:
            other: The right operand; broadcast against handle. A Python number is accepted
                too: Multiplies every element by a scalar.

        Returns:
            A new tensor holding handle * other.

        Bridge: rt_torch_torchtensor_mul, rt_torch_torchtensor_mul_scalar. PyTorch: torch.mul.
        """
        if other.__class__ is not Tensor:
            if other.__class__ is float:
                _r = _f_torchtensor_mul_scalar(self._h, other)
            else:
                _r = _with_scalar(_f_torchtensor_mul, self._h, other, False)
        else:
            _r = _f_torchtensor_mul(self._h, other._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def div(self, other: Tensor | float) -> Tensor:
        """Element-wise true division of two tensors, with broadcasting.

        Args:
            other: The divisor; broadcast against handle. A Python number is accepted too:
                Divides every element by a scalar.

        Returns:
            A new floating-point tensor holding handle / other.

        Bridge: rt_torch_torchtensor_div, rt_torch_torchtensor_div_scalar. PyTorch: torch.div.
        """
        if other.__class__ is not Tensor:
            if other.__class__ is float:
                _r = _f_torchtensor_div_scalar(self._h, other)
            else:
                _r = _with_scalar(_f_torchtensor_div, self._h, other, False)
        else:
            _r = _f_torchtensor_div(self._h, other._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def pow(self, exponent: float) -> Tensor:
        """Raises every element to a scalar exponent.

        Args:
            exponent: The exponent.

        Returns:
            A new tensor holding handle ** exponent.

        Bridge: rt_torch_torchtensor_pow. PyTorch: torch.pow.
        """
        _r = _f_torchtensor_pow(self._h, exponent)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def neg(self) -> Tensor:
        """Element-wise negation.

        Returns:
            A new tensor holding -handle.

        Bridge: rt_torch_torchtensor_neg. PyTorch: torch.neg.
        """
        _r = _f_torchtensor_neg(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def abs(self) -> Tensor:
        """Element-wise absolute value.

        Returns:
            A new tensor holding abs(handle).

        Bridge: rt_torch_torchtensor_abs. PyTorch: torch.abs.
        """
        _r = _f_torchtensor_abs(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def sqrt(self) -> Tensor:
        """Element-wise square root (NaN for negative elements).

        Returns:
            A new floating-point tensor.

        Bridge: rt_torch_torchtensor_sqrt. PyTorch: torch.sqrt.
        """
        _r = _f_torchtensor_sqrt(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def exp(self) -> Tensor:
        """Element-wise exponential e**x.

        Returns:
            A new floating-point tensor.

        Bridge: rt_torch_torchtensor_exp. PyTorch: torch.exp.
        """
        _r = _f_torchtensor_exp(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def log(self) -> Tensor:
        """Element-wise natural logarithm (-inf at 0, NaN for negative elements).

        Returns:
            A new floating-point tensor.

        Bridge: rt_torch_torchtensor_log. PyTorch: torch.log.
        """
        _r = _f_torchtensor_log(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def relu(self) -> Tensor:
        """Rectified linear unit max(0, x).

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_relu. PyTorch: torch.nn.functional.relu.
        """
        _r = _f_torchtensor_relu(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def sigmoid(self) -> Tensor:
        """Logistic sigmoid 1 / (1 + exp(-x)).

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_sigmoid. PyTorch: torch.sigmoid.
        """
        _r = _f_torchtensor_sigmoid(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def tanh(self) -> Tensor:
        """Hyperbolic tangent.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_tanh. PyTorch: torch.tanh.
        """
        _r = _f_torchtensor_tanh(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def leaky_relu(self, negative_slope: float = 0.01) -> Tensor:
        """Leaky ReLU, x for x >= 0 and negative_slope * x otherwise.

        Args:
            negative_slope: The slope for negative inputs.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_leaky_relu. PyTorch: torch.nn.functional.leaky_relu.
        """
        _r = _f_torchtensor_leaky_relu(self._h, negative_slope)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def gelu(self) -> Tensor:
        """Gaussian error linear unit, exact (erf) form.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_gelu. PyTorch: torch.nn.functional.gelu.
        """
        _r = _f_torchtensor_gelu(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def softmax(self, dim: int) -> Tensor:
        """Softmax along one dimension.

        Args:
            dim: The dimension to normalise; negative values count from the end.

        Returns:
            A new tensor whose slices along dim sum to 1.

        Bridge: rt_torch_torchtensor_softmax. PyTorch: torch.softmax.
        """
        _r = _f_torchtensor_softmax(self._h, dim)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def log_softmax(self, dim: int) -> Tensor:
        """Logarithm of the softmax along one dimension, computed stably.

        Args:
            dim: The dimension to normalise; negative values count from the end.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_log_softmax. PyTorch: torch.log_softmax.
        """
        _r = _f_torchtensor_log_softmax(self._h, dim)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def matmul(self, other: Tensor) -> Tensor:
        """Matrix product with torch.matmul semantics (vectors, batches, broadcasting).

        Args:
            other: The right operand.

        Returns:
            A new tensor.

        Bridge: rt_torch_torchtensor_matmul. PyTorch: torch.matmul.
        """
        _r = _f_torchtensor_matmul(self._h, other._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def dot(self, other: Tensor) -> Tensor:
        """Inner product of two 1-D tensors of the same length and dtype.

        Args:
            other: The second vector.

        Returns:
            A new 0-d tensor.

        Bridge: rt_torch_torchtensor_dot. PyTorch: torch.dot.
        """
        _r = _f_torchtensor_dot(self._h, other._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def transpose(self, dim0: int, dim1: int) -> Tensor:
        """Swaps two dimensions; the result is a view sharing memory with the input.

        Args:
            dim0: The first dimension.
            dim1: The second dimension.

        Returns:
            A new handle to the transposed view.

        Bridge: rt_torch_torchtensor_transpose. PyTorch: torch.transpose.
        """
        _r = _f_torchtensor_transpose(self._h, dim0, dim1)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def t(self) -> Tensor:
        """Transpose of a tensor with at most 2 dimensions (a view).

        Returns:
            A new handle to the transposed view.

        Bridge: rt_torch_torchtensor_t. PyTorch: torch.t.
        """
        _r = _f_torchtensor_t(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def norm(self) -> float:
        """The 2-norm of all elements taken as one vector (Frobenius norm for matrices).

        Returns:
            The norm.

        Bridge: rt_torch_torchtensor_norm. PyTorch: torch.linalg.vector_norm.
        """
        _r = _f_torchtensor_norm(self._h)
        if _r != _r:
            _check()
        return _r

    def det(self) -> float:
        """Determinant of a square matrix.

        Returns:
            The determinant.

        Bridge: rt_torch_torchtensor_det. PyTorch: torch.linalg.det.
        """
        _r = _f_torchtensor_det(self._h)
        if _r != _r:
            _check()
        return _r

    def inverse(self) -> Tensor:
        """Inverse of a square matrix (or a batch of them).

        Returns:
            A new tensor; a singular input is an error.

        Bridge: rt_torch_torchtensor_inverse. PyTorch: torch.linalg.inv.
        """
        _r = _f_torchtensor_inverse(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def svd(self) -> SVD:
        """Reduced singular value decomposition handle = U diag(S) Vh.

        Returns:
            Three new handles: U, S and Vh (full_matrices=False).

        Deviation from the reference (torchtensor_svd): The reference returned only U as one
        handle, losing S and Vh. This entry returns all three through the array-result
        protocol (out buffer of 3 handles), like torch.linalg.svd.

        Bridge: rt_torch_torchtensor_svd. PyTorch: torch.linalg.svd.
        """
        _cap = 3
        while True:
            _buf = _ffi.new("int64_t[]", _cap)
            _n: int = _f_torchtensor_svd(self._h, _buf, _cap)
            if _n < 0:
                _raise()
            if _n <= _cap:
                break
            _cap = _n
        return SVD(*[_wrap(h) for h in _ffi.unpack(_buf, _n)])

    def eig(self) -> Eig:
        """Eigenvalues and eigenvectors of a square matrix, as complex tensors.

        Returns:
            Two new complex handles: eigenvalues and eigenvectors (read them with
            rt_torch_torchtensor_real and _imag).

        Deviation from the reference (torchtensor_eig): The reference returned only the real
        part of the eigenvalues, which is wrong for any matrix with complex eigenvalues and
        drops the eigenvectors. This entry returns both complex tensors, like
        torch.linalg.eig.

        Bridge: rt_torch_torchtensor_eig. PyTorch: torch.linalg.eig.
        """
        _cap = 2
        while True:
            _buf = _ffi.new("int64_t[]", _cap)
            _n: int = _f_torchtensor_eig(self._h, _buf, _cap)
            if _n < 0:
                _raise()
            if _n <= _cap:
                break
            _cap = _n
        return Eig(*[_wrap(h) for h in _ffi.unpack(_buf, _n)])

    def sum_float(self) -> float:
        """Sum of all elements.

        Returns:
            The sum as a float.

        Bridge: rt_torch_torchtensor_sum. PyTorch: torch.sum.
        """
        _r = _f_torchtensor_sum(self._h)
        if _r != _r:
            _check()
        return _r

    def mean_float(self) -> float:
        """Mean of all elements of a floating-point tensor.

        Returns:
            The mean (NaN for an empty tensor).

        Bridge: rt_torch_torchtensor_mean. PyTorch: torch.mean.
        """
        _r = _f_torchtensor_mean(self._h)
        if _r != _r:
            _check()
        return _r

    def max_float(self) -> float:
        """The largest element.

        Returns:
            The maximum (NaN if any element is NaN).

        Bridge: rt_torch_torchtensor_max. PyTorch: torch.max.
        """
        _r = _f_torchtensor_max(self._h)
        if _r != _r:
            _check()
        return _r

    def min_float(self) -> float:
        """The smallest element.

        Returns:
            The minimum (NaN if any element is NaN).

        Bridge: rt_torch_torchtensor_min. PyTorch: torch.min.
        """
        _r = _f_torchtensor_min(self._h)
        if _r != _r:
            _check()
        return _r

    def argmax(self, dim: int, keepdim: bool = False) -> Tensor:
        """Indices of the maxima along one dimension.

        Args:
            dim: The dimension to reduce; negative values count from the end.
            keepdim: Keep the reduced dimension with size 1.

        Returns:
            A new int64 tensor of indices.

        Deviation from the reference (torchtensor_argmax): The reference read any negative
        dim as "over the flattened tensor", which hides PyTorch's negative dims (-1 is the
        last dimension). Here dim follows PyTorch; for the flattened argmax, flatten first
        (rt_torch_torchtensor_flatten, then dim 0).

        Bridge: rt_torch_torchtensor_argmax. PyTorch: torch.argmax.
        """
        _r = _f_torchtensor_argmax(self._h, dim, keepdim)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def argmin(self, dim: int, keepdim: bool = False) -> Tensor:
        """Indices of the minima along one dimension.

        Args:
            dim: The dimension to reduce; negative values count from the end.
            keepdim: Keep the reduced dimension with size 1.

        Returns:
            A new int64 tensor of indices.

        Deviation from the reference (torchtensor_argmin): The reference read any negative
        dim as "over the flattened tensor"; here dim follows PyTorch (negative values count
        from the end). Flatten first for the flattened argmin.

        Bridge: rt_torch_torchtensor_argmin. PyTorch: torch.argmin.
        """
        _r = _f_torchtensor_argmin(self._h, dim, keepdim)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def std(self) -> float:
        """Standard deviation of all elements, unbiased (Bessel's correction).

        Returns:
            The standard deviation (NaN for fewer than 2 elements).

        Bridge: rt_torch_torchtensor_std. PyTorch: torch.std.
        """
        _r = _f_torchtensor_std(self._h)
        if _r != _r:
            _check()
        return _r

    def var(self) -> float:
        """Variance of all elements, unbiased (Bessel's correction).

        Returns:
            The variance (NaN for fewer than 2 elements).

        Bridge: rt_torch_torchtensor_var. PyTorch: torch.var.
        """
        _r = _f_torchtensor_var(self._h)
        if _r != _r:
            _check()
        return _r

    @property
    def ndim(self) -> int:
        """The number of dimensions.

        Returns:
            The rank (0 for a scalar tensor).

        Bridge: rt_torch_torchtensor_ndim. PyTorch: torch.Tensor.dim.
        """
        _r = _f_torchtensor_ndim(self._h)
        if _r == -1:
            _check()
        return _r

    def numel(self) -> int:
        """The total number of elements.

        Returns:
            The element count.

        Bridge: rt_torch_torchtensor_numel. PyTorch: torch.numel.
        """
        _r = _f_torchtensor_numel(self._h)
        if _r == -1:
            _check()
        return _r

    @property
    def shape(self) -> tuple[int, ...]:
        """The size of every dimension.

        Returns:
            The sizes, outermost first.

        Deviation from the reference (torchtensor_shape): The reference returned a Simple
        runtime array (SplArray*), tying the bridge to one language's runtime. Array results
        here follow the C ABI's caller-buffer protocol (out, capacity) and return the rank;
        every tier wraps that back into its own array.

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

    def reshape(self, *dims: int | Sequence[int]) -> Tensor:
        """The same data with a new shape; a view when possible, a copy otherwise.

        Args:
            dims: The new shape; one size may be -1 (inferred).

        Returns:
            A new handle.

        Bridge: rt_torch_torchtensor_reshape. PyTorch: torch.reshape.
        """
        dims_ = _size(dims)
        _r = _f_torchtensor_reshape(self._h, dims_, len(dims_))
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def view(self, *dims: int | Sequence[int]) -> Tensor:
        """A view of the same memory with a new shape.

        Args:
            dims: The new shape; one size may be -1 (inferred).

        Returns:
            A new handle sharing memory with handle.

        Deviation from the reference (torchtensor_view): The reference called contiguous()
        first, so a "view" could silently be a copy that no longer shares memory. This entry
        has PyTorch's semantics: a view, or an error naming reshape when the strides do not
        allow one.

        Bridge: rt_torch_torchtensor_view. PyTorch: torch.Tensor.view.
        """
        dims_ = _size(dims)
        _r = _f_torchtensor_view(self._h, dims_, len(dims_))
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def permute(self, *dims: int | Sequence[int]) -> Tensor:
        """Reorders the dimensions (a view).

        Args:
            dims: A permutation of 0..ndim-1.

        Returns:
            A new handle to the permuted view.

        Bridge: rt_torch_torchtensor_permute. PyTorch: torch.permute.
        """
        dims_ = _size(dims)
        _r = _f_torchtensor_permute(self._h, dims_, len(dims_))
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    @overload
    def squeeze(self, dim: None = None) -> Tensor: ...

    @overload
    def squeeze(self, dim: int) -> Tensor: ...

    def squeeze(self, dim: int | None = None) -> Tensor | Tensor:
        """Removes every dimension of size 1. With dim: removes one dimension if its size is 1.

        Args:
            dim: None for the whole tensor; else the dimension; negative values count from
                the end.

        Returns:
            Without dim: a new handle to the squeezed view. With dim: a new handle to the
            view (unchanged shape if the size is not 1).

        Bridge: rt_torch_torchtensor_squeeze, rt_torch_torchtensor_squeeze_dim. PyTorch: torch.squeeze.
        """
        if dim is None:
            _r = _f_torchtensor_squeeze(self._h)
            if not _r:
                _raise()
            _t = _new(Tensor)
            _t._h = _r
            _t._live = True
            if _scope_depth:
                _track(_t)
            return _t
        _r = _f_torchtensor_squeeze_dim(self._h, dim)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def unsqueeze(self, dim: int) -> Tensor:
        """Inserts a dimension of size 1.

        Args:
            dim: The position of the new dimension, in -(ndim+1)..ndim.

        Returns:
            A new handle to the view.

        Bridge: rt_torch_torchtensor_unsqueeze. PyTorch: torch.unsqueeze.
        """
        _r = _f_torchtensor_unsqueeze(self._h, dim)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def flatten(self) -> Tensor:
        """Flattens into one dimension.

        Returns:
            A new 1-D handle (a view when possible).

        Bridge: rt_torch_torchtensor_flatten. PyTorch: torch.flatten.
        """
        _r = _f_torchtensor_flatten(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def contiguous(self) -> Tensor:
        """The tensor in contiguous row-major memory.

        Returns:
            A new handle; it shares memory with handle when that is already contiguous.

        Bridge: rt_torch_torchtensor_contiguous. PyTorch: torch.Tensor.contiguous.
        """
        _r = _f_torchtensor_contiguous(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def slice(self, dim: int, start: int, end: int, step: int = 1) -> Tensor:
        """The slice start:end:step along one dimension (a view).

        Args:
            dim: The dimension to slice; negative values count from the end.
            start: The first index; negative values count from the end.
            end: The bound, not included; clamped to the size like Python slices.
            step: The stride; must be positive.

        Returns:
            A new handle to the view.

        Bridge: rt_torch_torchtensor_slice. PyTorch: torch.Tensor.__getitem__.
        """
        _r = _f_torchtensor_slice(self._h, dim, start, end, step)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def index_select(self, dim: int, indices: Tensor) -> Tensor:
        """Selects entries along a dimension by an index tensor.

        Args:
            dim: The dimension; negative values count from the end.
            indices: A 1-D int64 (or int32) tensor of indices.

        Returns:
            A new tensor (a copy).

        Bridge: rt_torch_torchtensor_index_select. PyTorch: torch.index_select.
        """
        _r = _f_torchtensor_index_select(self._h, dim, indices._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def gather(self, dim: int, indices: Tensor) -> Tensor:
        """Gathers values along a dimension by an index tensor of the same rank.

        Args:
            dim: The dimension; negative values count from the end.
            indices: An int64 tensor with the same number of dimensions.

        Returns:
            A new tensor shaped like indices.

        Bridge: rt_torch_torchtensor_gather. PyTorch: torch.gather.
        """
        _r = _f_torchtensor_gather(self._h, dim, indices._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def chunk(self, chunks: int, dim: int = 0) -> tuple[Tensor, ...]:
        """Splits into at most chunks pieces of equal size along a dimension (views).

        Args:
            chunks: The number of pieces wanted; must be positive.
            dim: The dimension; negative values count from the end.

        Returns:
            New handles, one per piece (fewer than chunks when the size does not allow
            more).

        Deviation from the reference (torchtensor_chunk): The reference returned a Simple
        runtime array (SplArray*) of handles. Here the handles are written to a caller
        buffer (out, capacity) and the count is returned; no handle is created when the
        buffer is too small.

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

    def requires_grad_(self, requires_grad: bool = True) -> Tensor:
        """Turns gradient tracking on or off for a leaf tensor, in place.

        Args:
            requires_grad: Whether to track gradients.

        Bridge: rt_torch_autograd_set_requires_grad. PyTorch: torch.Tensor.requires_grad_.
        """
        _f_autograd_set_requires_grad(self._h, requires_grad)
        if _error_code():
            _raise()
        return self

    @property
    def requires_grad(self) -> bool:
        """Reports whether a tensor tracks gradients.

        Returns:
            true when operations on the tensor are recorded for backward.

        Bridge: rt_torch_autograd_requires_grad. PyTorch: torch.Tensor.requires_grad.
        """
        _r = _f_autograd_requires_grad(self._h)
        if not _r:
            _check()
        return _r

    @requires_grad.setter
    def requires_grad(self, requires_grad: bool) -> None:
        """Turns gradient tracking on or off for a leaf tensor, in place.

        Bridge: rt_torch_autograd_set_requires_grad. PyTorch: torch.Tensor.requires_grad_.
        """
        _f_autograd_set_requires_grad(self._h, requires_grad)
        if _error_code():
            _raise()

    @property
    def grad(self) -> Tensor | None:
        """The gradient accumulated in a tensor by backward.

        Returns:
            A new handle to the gradient (sharing its memory), or None when no gradient is
            defined.

        Bridge: rt_torch_autograd_grad. PyTorch: torch.Tensor.grad.
        """
        _r = _f_autograd_grad(self._h)
        if not _r:
            _check()
            return None
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    @grad.setter
    def grad(self, grad: Tensor | None) -> None:
        """Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by
        default).

        Bridge: rt_torch_autograd_set_grad. PyTorch: torch.Tensor.grad.
        """
        _f_autograd_set_grad(self._h, 0 if grad is None else grad._h)
        if _error_code():
            _raise()

    def backward(self) -> None:
        """Backpropagates from a scalar tensor, accumulating gradients into the leaves.

        Bridge: rt_torch_autograd_backward. PyTorch: torch.Tensor.backward.
        """
        _f_autograd_backward(self._h)
        if _error_code():
            _raise()

    def zero_grad(self) -> None:
        """Zeroes a tensor's gradient in place; does nothing when none is defined.

        Bridge: rt_torch_autograd_zero_grad. PyTorch: torch.Tensor.grad.zero_.
        """
        _f_autograd_zero_grad(self._h)
        if _error_code():
            _raise()

    def detach(self) -> Tensor:
        """A tensor sharing the same data but cut from the autograd graph.

        Returns:
            A new handle that does not require grad.

        Bridge: rt_torch_autograd_detach. PyTorch: torch.Tensor.detach.
        """
        _r = _f_autograd_detach(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def cuda(self, device_id: int = 0) -> Tensor:
        """A copy of the tensor on a CUDA device.

        Args:
            device_id: The CUDA device ordinal.

        Returns:
            A new handle on the device (the same memory if it is already there).

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchtensor_cuda. PyTorch: torch.Tensor.cuda.
        """
        _r = _f_torchtensor_cuda(self._h, device_id)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def cpu(self) -> Tensor:
        """A copy of the tensor in host memory.

        Returns:
            A new handle on the CPU (the same memory if it is already there).

        Bridge: rt_torch_torchtensor_cpu. PyTorch: torch.Tensor.cpu.
        """
        _r = _f_torchtensor_cpu(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    @property
    def is_cuda(self) -> bool:
        """Reports whether the tensor lives on a CUDA device.

        Returns:
            true on a CUDA device.

        Bridge: rt_torch_torchtensor_is_cuda. PyTorch: torch.Tensor.is_cuda.
        """
        _r = _f_torchtensor_is_cuda(self._h)
        if not _r:
            _check()
        return _r

    def get_device(self) -> int:
        """The device the tensor lives on.

        Returns:
            -1 for the CPU, the CUDA ordinal otherwise.

        Bridge: rt_torch_torchtensor_device. PyTorch: torch.Tensor.get_device.
        """
        _r = _f_torchtensor_device(self._h)
        if _r == -1:
            _check()
        return _r

    def to_stream(self, device_id: int, stream: Stream) -> Tensor:
        """A copy of the tensor on a CUDA device, enqueued on the given stream.

        Args:
            device_id: The CUDA device ordinal.
            stream: A stream of that device; synchronise it before reading the result
                elsewhere.

        Returns:
            A new handle on the device.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Deviation from the reference (torchtensor_to_stream): The reference ignored the
        stream handle. This entry makes the copy current on that stream and non-blocking,
        like `with torch.cuda.stream(s): t.to(device, non_blocking=True)`.

        Bridge: rt_torch_torchtensor_to_stream. PyTorch: torch.Tensor.to.
        """
        _r = _f_torchtensor_to_stream(self._h, device_id, stream._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def clone(self) -> Tensor:
        """A deep copy of the tensor, on the same device.

        Returns:
            A new handle with its own memory (still tracked by autograd).

        Bridge: rt_torch_torchtensor_clone. PyTorch: torch.clone.
        """
        _r = _f_torchtensor_clone(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def free(self) -> None:
        """Releases a tensor handle; the memory goes when no other handle or view uses it.

        Bridge: rt_torch_torchtensor_free.
        """
        _f_torchtensor_free(self._h)
        self._live = False
        if _error_code():
            _raise()

    def item(self) -> float:
        """The value of a one-element tensor.

        Returns:
            The value as a float.

        Bridge: rt_torch_torchtensor_item. PyTorch: torch.Tensor.item.
        """
        _r = _f_torchtensor_item(self._h)
        if _r != _r:
            _check()
        return _item_value(self._h, _r)

    def data_f64(self) -> list[float]:
        """Copies the elements, converted to float64, into a caller buffer in row-major order.

        Returns:
            The values; the full element count is returned.

        Bridge: rt_torch_torchtensor_data_f64. PyTorch: torch.Tensor.tolist.
        """
        _cap = 16
        while True:
            _buf = _ffi.new("double[]", _cap)
            _n: int = _f_torchtensor_data_f64(self._h, _buf, _cap)
            if _n < 0:
                _raise()
            if _n <= _cap:
                break
            _cap = _n
        return _ffi.unpack(_buf, _n)

    def data_i64(self) -> list[int]:
        """Copies the elements, converted to int64, into a caller buffer in row-major order.

        Returns:
            The values; the full element count is returned.

        Bridge: rt_torch_torchtensor_data_i64. PyTorch: torch.Tensor.tolist.
        """
        _cap = 16
        while True:
            _buf = _ffi.new("int64_t[]", _cap)
            _n: int = _f_torchtensor_data_i64(self._h, _buf, _cap)
            if _n < 0:
                _raise()
            if _n <= _cap:
                break
            _cap = _n
        return _ffi.unpack(_buf, _n)

    @property
    def dtype(self) -> DType:
        """The element type of the tensor.

        Returns:
            One of the dtype codes of this catalogue (c10::ScalarType values).

        Bridge: rt_torch_torchtensor_dtype. PyTorch: torch.Tensor.dtype.
        """
        _r = _f_torchtensor_dtype(self._h)
        if _r == -1:
            _check()
        return _dtype_from_code(_r)

    def to(self, dtype: DType) -> Tensor:
        """The tensor converted to another element type.

        Args:
            dtype: One of the dtype codes of this catalogue.

        Returns:
            A new handle (the same memory when the dtype already matches).

        Bridge: rt_torch_torchtensor_to_dtype. PyTorch: torch.Tensor.to.
        """
        _r = _f_torchtensor_to_dtype(self._h, dtype.code)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    @property
    def real(self) -> Tensor:
        """The real parts of a tensor (the tensor itself when it is real).

        Returns:
            A new handle to a real view.

        Bridge: rt_torch_torchtensor_real. PyTorch: torch.real.
        """
        _r = _f_torchtensor_real(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    @property
    def imag(self) -> Tensor:
        """The imaginary parts of a complex tensor.

        Returns:
            A new handle to a real view.

        Bridge: rt_torch_torchtensor_imag. PyTorch: torch.imag.
        """
        _r = _f_torchtensor_imag(self._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    @overload
    def sum(self, dim: None = None, keepdim: bool = False) -> Tensor: ...

    @overload
    def sum(self, dim: int, keepdim: bool = False) -> Tensor: ...

    def sum(self, dim: int | None = None, keepdim: bool = False) -> Tensor | Tensor:
        """The sum of all elements as a 0-d tensor, which can be backpropagated. With dim: sum
        along one dimension.

        Args:
            dim: None for the whole tensor; else the dimension to reduce; negative values
                count from the end.
            keepdim: Keep the reduced dimension with size 1.

        Returns:
            Without dim: a new 0-d tensor (int64 for integer and bool inputs, as torch.sum).
            With dim: a new tensor.

        Bridge: rt_torch_torchtensor_sum_all, rt_torch_torchtensor_sum_dim. PyTorch: torch.sum.
        """
        if dim is None:
            if keepdim:
                raise _ValueErr("sum(): keepdim needs dim")
            _r = _f_torchtensor_sum_all(self._h)
            if not _r:
                _raise()
            _t = _new(Tensor)
            _t._h = _r
            _t._live = True
            if _scope_depth:
                _track(_t)
            return _t
        _r = _f_torchtensor_sum_dim(self._h, dim, keepdim)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    @overload
    def mean(self, dim: None = None, keepdim: bool = False) -> Tensor: ...

    @overload
    def mean(self, dim: int, keepdim: bool = False) -> Tensor: ...

    def mean(self, dim: int | None = None, keepdim: bool = False) -> Tensor | Tensor:
        """The mean of all elements as a 0-d tensor, which can be backpropagated. With dim:
        mean along one dimension.

        Args:
            dim: None for the whole tensor; else the dimension to reduce; negative values
                count from the end.
            keepdim: Keep the reduced dimension with size 1.

        Returns:
            Without dim: a new 0-d tensor (NaN for an empty input). With dim: a new tensor.

        Bridge: rt_torch_torchtensor_mean_all, rt_torch_torchtensor_mean_dim. PyTorch: torch.mean.
        """
        if dim is None:
            if keepdim:
                raise _ValueErr("mean(): keepdim needs dim")
            _r = _f_torchtensor_mean_all(self._h)
            if not _r:
                _raise()
            _t = _new(Tensor)
            _t._h = _r
            _t._live = True
            if _scope_depth:
                _track(_t)
            return _t
        _r = _f_torchtensor_mean_dim(self._h, dim, keepdim)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    @overload
    def max(self, dim: None = None, keepdim: bool = False) -> Tensor: ...

    @overload
    def max(self, dim: int, keepdim: bool = False) -> ValuesIndices: ...

    def max(self, dim: int | None = None, keepdim: bool = False) -> Tensor | ValuesIndices:
        """The largest element as a 0-d tensor, which can be backpropagated. With dim: maxima
        along one dimension, with their indices.

        Args:
            dim: None for the whole tensor; else the dimension to reduce; negative values
                count from the end.
            keepdim: Keep the reduced dimension with size 1.

        Returns:
            Without dim: a new 0-d tensor of the input's dtype. With dim: two new handles:
            the values and their int64 indices.

        Deviation from the reference (torchtensor_max_dim): The reference returned the
        values only and dropped the indices. This entry returns both (values, indices), like
        torch.max(input, dim).

        Bridge: rt_torch_torchtensor_max_all, rt_torch_torchtensor_max_dim. PyTorch: torch.max.
        """
        if dim is None:
            if keepdim:
                raise _ValueErr("max(): keepdim needs dim")
            _r = _f_torchtensor_max_all(self._h)
            if not _r:
                _raise()
            _t = _new(Tensor)
            _t._h = _r
            _t._live = True
            if _scope_depth:
                _track(_t)
            return _t
        _cap = 2
        while True:
            _buf = _ffi.new("int64_t[]", _cap)
            _n: int = _f_torchtensor_max_dim(self._h, dim, keepdim, _buf, _cap)
            if _n < 0:
                _raise()
            if _n <= _cap:
                break
            _cap = _n
        return ValuesIndices(*[_wrap(h) for h in _ffi.unpack(_buf, _n)])

    @overload
    def min(self, dim: None = None, keepdim: bool = False) -> Tensor: ...

    @overload
    def min(self, dim: int, keepdim: bool = False) -> ValuesIndices: ...

    def min(self, dim: int | None = None, keepdim: bool = False) -> Tensor | ValuesIndices:
        """The smallest element as a 0-d tensor, which can be backpropagated. With dim: minima
        along one dimension, with their indices.

        Args:
            dim: None for the whole tensor; else the dimension to reduce; negative values
                count from the end.
            keepdim: Keep the reduced dimension with size 1.

        Returns:
            Without dim: a new 0-d tensor of the input's dtype. With dim: two new handles:
            the values and their int64 indices.

        Deviation from the reference (torchtensor_min_dim): The reference returned the
        values only and dropped the indices. This entry returns both (values, indices), like
        torch.min(input, dim).

        Bridge: rt_torch_torchtensor_min_all, rt_torch_torchtensor_min_dim. PyTorch: torch.min.
        """
        if dim is None:
            if keepdim:
                raise _ValueErr("min(): keepdim needs dim")
            _r = _f_torchtensor_min_all(self._h)
            if not _r:
                _raise()
            _t = _new(Tensor)
            _t._h = _r
            _t._live = True
            if _scope_depth:
                _track(_t)
            return _t
        _cap = 2
        while True:
            _buf = _ffi.new("int64_t[]", _cap)
            _n: int = _f_torchtensor_min_dim(self._h, dim, keepdim, _buf, _cap)
            if _n < 0:
                _raise()
            if _n <= _cap:
                break
            _cap = _n
        return ValuesIndices(*[_wrap(h) for h in _ffi.unpack(_buf, _n)])

    def maximum(self, other: Tensor) -> Tensor:
        """The element-wise maximum of two tensors, with broadcasting.

        Args:
            other: The second tensor.

        Returns:
            A new tensor (NaN where either input is NaN).

        Bridge: rt_torch_torchtensor_maximum. PyTorch: torch.maximum.
        """
        _r = _f_torchtensor_maximum(self._h, other._h)
        if not _r:
            _raise()
        _t = _new(Tensor)
        _t._h = _r
        _t._live = True
        if _scope_depth:
            _track(_t)
        return _t

    def set_grad(self, grad: Tensor | None) -> None:
        """Replaces a tensor's gradient, or removes it (what an optimizer's zero_grad does by
        default).

        Args:
            grad: The new gradient, shaped like handle with its dtype and device; None for
                none.

        Bridge: rt_torch_autograd_set_grad. PyTorch: torch.Tensor.grad.
        """
        _f_autograd_set_grad(self._h, 0 if grad is None else grad._h)
        if _error_code():
            _raise()

    def add_(self, other: Tensor | float, *, alpha: float = 1.0) -> Tensor:
        """Adds alpha times another tensor to this one, in place.

        Args:
            other: The tensor to add, broadcastable to handle. A Python number is accepted
                too: Adds a scalar to every element, in place.
            alpha: The multiplier of other (a whole number also suits integer tensors, as
                PyTorch's default 1 does).

        Returns:
            This tensor (changed in place).

        Bridge: rt_torch_torchtensor_add_, rt_torch_torchtensor_add_scalar_. PyTorch: torch.Tensor.add_.
        """
        if other.__class__ is not Tensor:
            if other.__class__ is float and alpha == 1.0:
                _f_torchtensor_add_scalar_(self._h, other)
                if _error_code():
                    _raise()
            else:
                _in_place_with_scalar(_f_torchtensor_add_, self._h, other, alpha)
        else:
            _f_torchtensor_add_(self._h, other._h, alpha)
            if _error_code():
                _raise()
        return self

    def mul_(self, other: Tensor | float) -> Tensor:
        """Multiplies element-wise by another tensor, in place.

        Args:
            other: The factor, broadcastable to handle. A Python number is accepted too:
                Multiplies every element by a scalar, in place.

        Returns:
            This tensor (changed in place).

        Bridge: rt_torch_torchtensor_mul_, rt_torch_torchtensor_mul_scalar_. PyTorch: torch.Tensor.mul_.
        """
        if other.__class__ is not Tensor:
            if other.__class__ is float:
                _f_torchtensor_mul_scalar_(self._h, other)
                if _error_code():
                    _raise()
            else:
                _in_place_with_scalar(_f_torchtensor_mul_, self._h, other)
        else:
            _f_torchtensor_mul_(self._h, other._h)
            if _error_code():
                _raise()
        return self

    def addcmul_(self, tensor1: Tensor, tensor2: Tensor, value: float = 1.0) -> Tensor:
        """Adds value times the element-wise product of two tensors, in place.

        Args:
            tensor1: The first factor.
            tensor2: The second factor.
            value: The multiplier of tensor1 * tensor2.

        Bridge: rt_torch_torchtensor_addcmul_. PyTorch: torch.Tensor.addcmul_.
        """
        _f_torchtensor_addcmul_(self._h, tensor1._h, tensor2._h, value)
        if _error_code():
            _raise()
        return self

    def addcdiv_(self, tensor1: Tensor, tensor2: Tensor, value: float = 1.0) -> Tensor:
        """Adds value times the element-wise quotient of two tensors, in place.

        Args:
            tensor1: The numerator.
            tensor2: The denominator.
            value: The multiplier of tensor1 / tensor2.

        Bridge: rt_torch_torchtensor_addcdiv_. PyTorch: torch.Tensor.addcdiv_.
        """
        _f_torchtensor_addcdiv_(self._h, tensor1._h, tensor2._h, value)
        if _error_code():
            _raise()
        return self

    def lerp_(self, end: Tensor, weight: float) -> Tensor:
        """Moves every element toward another tensor by a weight, in place (handle + weight *
        (end - handle)).

        Args:
            end: The target, broadcastable to handle.
            weight: The interpolation weight.

        Bridge: rt_torch_torchtensor_lerp_. PyTorch: torch.Tensor.lerp_.
        """
        _f_torchtensor_lerp_(self._h, end._h, weight)
        if _error_code():
            _raise()
        return self

    def zero_(self) -> Tensor:
        """Sets every element to zero, in place.

        Bridge: rt_torch_torchtensor_zero_. PyTorch: torch.Tensor.zero_.
        """
        _f_torchtensor_zero_(self._h)
        if _error_code():
            _raise()
        return self

    def copy_(self, src: Tensor) -> Tensor:
        """Copies the elements of another tensor into this one, in place (converting dtype and
        device).

        Args:
            src: The source, broadcastable to handle.

        Bridge: rt_torch_torchtensor_copy_. PyTorch: torch.Tensor.copy_.
        """
        _f_torchtensor_copy_(self._h, src._h)
        if _error_code():
            _raise()
        return self

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


    __pow__ = pow
    def _rsub(self, other: float) -> Tensor:
        """number sub tensor, as PyTorch computes it."""
        return _wrap(_with_scalar(_f_torchtensor_sub, self._h, other, True))

    def _rtruediv(self, other: float) -> Tensor:
        """number truediv tensor, as PyTorch computes it."""
        inverse = self.pow(-1.0)
        try:
            return inverse.mul(other)
        finally:
            inverse.free()


# The C binary operators fall back to these for any operand that is not a tensor.
_core_setup(
    Tensor,
    _raise,
    {
        "add": (Tensor.add, Tensor.add),
        "sub": (Tensor.sub, Tensor._rsub),
        "mul": (Tensor.mul, Tensor.mul),
        "div": (Tensor.div, Tensor._rtruediv),
        "matmul": (Tensor.matmul, None),
    },
)


def tensor(data: Any, dtype: DType | None = None, requires_grad: bool = False) -> Tensor:
    """A new tensor holding a copy of nested lists of Python numbers (torch.tensor)."""
    return Tensor(data, dtype, requires_grad)


class Eig(NamedTuple):
    """A named tuple of tensors, as torch.return_types."""

    eigenvalues: Tensor
    eigenvectors: Tensor


class SVD(NamedTuple):
    """A named tuple of tensors, as torch.return_types."""

    U: Tensor
    S: Tensor
    Vh: Tensor


class ValuesIndices(NamedTuple):
    """A named tuple of tensors, as torch.return_types."""

    values: Tensor
    indices: Tensor

# ============================================================================ package-level functions


def available() -> bool:
    """Reports whether this bridge is backed by libtorch.

    Returns:
        true for the libtorch bridge; false for the stub bridge built without libtorch.

    Bridge: rt_torch_available.
    """
    _r = _f_available()
    if not _r:
        _check()
    return _r


def torch_version() -> str:
    """The version of the libtorch the bridge was built against, as major.minor.patch.

    Returns:
        For example "2.13.0"; the stub bridge returns "unavailable: built without
        libtorch".

    Bridge: rt_torch_version. PyTorch: torch.__version__.
    """
    _r = _f_version()
    if _r == _NULL:
        _raise()
    return _ffi.string(_r).decode("utf-8", "replace")


def zeros(*dims: int | Sequence[int], requires_grad: bool = False) -> Tensor:
    """A new tensor of the given shape filled with zeros (default dtype float32).

    Args:
        dims: The shape; every size must be non-negative.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        The new tensor.

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


def ones(*dims: int | Sequence[int], requires_grad: bool = False) -> Tensor:
    """A new tensor of the given shape filled with ones.

    Args:
        dims: The shape; every size must be non-negative.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        The new tensor.

    Bridge: rt_torch_tensor_ones. PyTorch: torch.ones.
    """
    dims_ = _size(dims)
    _r = _f_tensor_ones(dims_, len(dims_))
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


def randn(*dims: int | Sequence[int], requires_grad: bool = False) -> Tensor:
    """A new tensor of the given shape sampled from the standard normal distribution.

    Args:
        dims: The shape; every size must be non-negative.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        The new tensor; reproducible after rt_torch_manual_seed.

    Bridge: rt_torch_tensor_randn. PyTorch: torch.randn.
    """
    dims_ = _size(dims)
    _r = _f_tensor_randn(dims_, len(dims_))
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


def rand(*dims: int | Sequence[int], requires_grad: bool = False) -> Tensor:
    """A new tensor of the given shape sampled uniformly from [0, 1).

    Args:
        dims: The shape; every size must be non-negative.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        The new tensor; reproducible after rt_torch_manual_seed.

    Bridge: rt_torch_tensor_rand. PyTorch: torch.rand.
    """
    dims_ = _size(dims)
    _r = _f_tensor_rand(dims_, len(dims_))
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


def full(dims: int | Sequence[int], value: float, *, requires_grad: bool = False) -> Tensor:
    """A new tensor of the given shape filled with one value (default dtype float32).

    Args:
        dims: The shape; every size must be non-negative.
        value: The fill value.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        The new tensor.

    Bridge: rt_torch_tensor_full. PyTorch: torch.full.
    """
    dims_ = _ints(dims)
    _r = _f_tensor_full(dims_, len(dims_), value)
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
    """A new float64 tensor holding a copy of flat data, shaped by dims.

    Args:
        data: The values in row-major order.
        dims: The shape for the data (one size may be -1 and is inferred).
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        The new float64 tensor; it owns its memory (the data array may be reused at
        once).

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


def arange(start: float, end: float, step: float = 1.0, *, requires_grad: bool = False) -> Tensor:
    """A 1-D tensor of values from start up to end (exclusive), spaced by step.

    Args:
        start: The first value.
        end: The bound, not included.
        step: The spacing; must be non-zero and point from start towards end.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        A new 1-D float32 tensor.

    Bridge: rt_torch_tensor_arange. PyTorch: torch.arange.
    """
    _r = _f_tensor_arange(start, end, step)
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


def linspace(start: float, end: float, steps: int, *, requires_grad: bool = False) -> Tensor:
    """A 1-D tensor of steps evenly spaced values from start to end inclusive.

    Args:
        start: The first value.
        end: The last value.
        steps: The number of values; must be non-negative.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        A new 1-D float32 tensor.

    Bridge: rt_torch_tensor_linspace. PyTorch: torch.linspace.
    """
    _r = _f_tensor_linspace(start, end, steps)
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


def eye(n: int, *, requires_grad: bool = False) -> Tensor:
    """The n x n identity matrix.

    Args:
        n: The number of rows and columns; must be non-negative.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        A new float32 tensor.

    Bridge: rt_torch_tensor_eye. PyTorch: torch.eye.
    """
    _r = _f_tensor_eye(n)
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


def empty(*dims: int | Sequence[int], requires_grad: bool = False) -> Tensor:
    """A new tensor of the given shape whose values are not initialised.

    Args:
        dims: The shape; every size must be non-negative.
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        The new tensor; read nothing from it before writing.

    Bridge: rt_torch_tensor_empty. PyTorch: torch.empty.
    """
    dims_ = _size(dims)
    _r = _f_tensor_empty(dims_, len(dims_))
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
    """Concatenates tensors along an existing dimension.

    Args:
        tensors: At least one tensor; all shapes equal except along dim.
        dim: The dimension; negative values count from the end.

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


def stack(tensors: Sequence[Tensor], dim: int = 0) -> Tensor:
    """Stacks tensors of equal shape along a new dimension.

    Args:
        tensors: At least one tensor; all of the same shape.
        dim: The position of the new dimension, in -(ndim+1)..ndim.

    Returns:
        A new tensor.

    Bridge: rt_torch_torchtensor_stack. PyTorch: torch.stack.
    """
    tensors_ = [t._h for t in tensors]
    _r = _f_torchtensor_stack(tensors_, len(tensors_), dim)
    if not _r:
        _raise()
    _t = _new(Tensor)
    _t._h = _r
    _t._live = True
    if _scope_depth:
        _track(_t)
    return _t


def error_code() -> int:
    """The error code of the last call on this thread (0 when it succeeded).

    Returns:
        0 or one of the error codes of this catalogue.

    Bridge: rt_torch_error_code.
    """
    _r = _f_error_code()
    if _r == -1:
        _check()
    return _r


def error_message() -> str:
    """The message of the last failed call on this thread, without a C++ backtrace.

    Returns:
        The message, naming the function that failed (empty after a success); valid
        until the next call on this thread.

    Bridge: rt_torch_error_message.
    """
    _r = _f_error_message()
    if _r == _NULL:
        _raise()
    return _ffi.string(_r).decode("utf-8", "replace")


def error_clear() -> None:
    """Clears this thread's error state.

    Bridge: rt_torch_error_clear.
    """
    _f_error_clear()
    if _error_code():
        _raise()


def live_handles() -> int:
    """The number of live tensor and stream handles, for leak checks.

    Returns:
        Handles created and not yet freed, over all threads.

    Bridge: rt_torch_live_handles.
    """
    _r = _f_live_handles()
    if _r == -1:
        _check()
    return _r


def manual_seed(seed: int) -> None:
    """Seeds the default random generators, as torch.manual_seed.

    Args:
        seed: The seed.

    Bridge: rt_torch_manual_seed. PyTorch: torch.manual_seed.
    """
    _f_manual_seed(seed)
    if _error_code():
        _raise()


def from_i64(
    data: int | Sequence[int],
    dims: int | Sequence[int],
    *,
    requires_grad: bool = False,
) -> Tensor:
    """A new int64 tensor holding a copy of flat integer data, shaped by dims.

    Args:
        data: The values in row-major order.
        dims: The shape for the data (one size may be -1 and is inferred).
        requires_grad: Record operations on the new tensor for backward (a leaf).

    Returns:
        The new int64 tensor (for indices and class targets).

    Bridge: rt_torch_tensor_from_i64. PyTorch: torch.tensor.
    """
    data_ = _ints(data)
    dims_ = _ints(dims)
    _r = _f_tensor_from_i64(data_, len(data_), dims_, len(dims_))
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
