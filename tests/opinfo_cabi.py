"""The C ABI as the OpInfo harness sees it: PyTorch's calls bound to catalogue entries.

tests/opinfo_harness.py runs every OpInfo sample twice: through torch_sffi (the Python tier) and
through the C functions of the bridge, called by tests/bridge_util.py (which lowers every
argument by generator/abi.py). This module is the second callee. `CAbi` stands where the harness
would put the torch_sffi module: `resolve_path("torch.sum")` is a `Dispatcher` over the catalogue
entries that bind torch.sum, `from_torch(t)` a `CTensor` (a bridge handle holding a copy of t),
and an OpInfo lambda (`lambda x, shape: x.view(shape)`) runs with `torch` standing for it, its
tensors being CTensors whose methods dispatch the same way.

Which entries bind a PyTorch callable comes from the catalogue, never from a table here: an
entry binds torch.X (or torch.Tensor.X, the same operator as a method) when its `pytorch` field
names either, or when its `aten` overload is of the operator's ATen name (torch.linalg.svd:
linalg_svd, torch.nn.functional.gelu: gelu). Several entries can bind one callable (the
overloads of torch.sum, the reference API's narrower forms); a call picks one by binding its
arguments to each entry's parameters (`bind`):

    positional arguments in order (a run of ints fills an int[] that is the last positional
    parameter, as in x.view(2, 3)), keywords by name, the catalogue's defaults for the rest
    (requires_grad=False, a factory's keyword, is what every tensor the C ABI makes is);
    a tensor to a Tensor, a Python number to a Scalar (bool, int or float), an int or a float to
    a float, an int to an int, a bool to a bool, a sequence of ints (or one int for int[N]) to
    an int array, a dtype of the catalogue's dtypes to a ScalarType, a device of its devices to
    a Device, a str (or a torch.memory_format by name) to text and enums, None to an optional;
    nothing else.

Of the entries that take the call, the first in catalogue order that carries an `aten` overload
wins (its parameters are the operator's own schema), else the first. A call no entry takes
raises harness.Refused with the reason of the entry that bound the most arguments (an `aten`
one on a tie): which parameter did not take which kind of argument. The chosen function is called through Bridge.call:
a failed call raises bridge_util.BridgeError (any error code); results come back as CTensors,
tuples of them (named by the catalogue's result fields), numbers, dtypes, text and lists. An
entry that changes its first parameter in place and returns nothing gives that parameter back,
as PyTorch's in-place methods return self.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass
from typing import Any, Callable

import torch

from generator.model import Catalogue, Function, Param

from bridge_util import Bridge, BridgeError, Handle, lib
from opinfo_harness import Refused, _Namespace

__all__ = ["BridgeError", "CAbi", "CTensor", "Dispatcher", "aten_name", "bind"]

INT64 = (-(2**63), 2**63 - 1)
INT32 = (-(2**31), 2**31 - 1)


def aten_name(path: str) -> str | None:
    """The ATen operator name of a PyTorch path: torch.sum -> sum, torch.Tensor.add_ -> add_,
    torch.nn.functional.gelu -> gelu, torch.linalg.svd -> linalg_svd, torch.special.erf -> special_erf."""
    for prefix, namespace in (
        ("torch.nn.functional.", ""),
        ("torch.linalg.", "linalg_"),
        ("torch.special.", "special_"),
        ("torch.fft.", "fft_"),
        ("torch.Tensor.", ""),
        ("torch.", ""),
    ):
        if path.startswith(prefix):
            rest = path[len(prefix) :]
            return namespace + rest if "." not in rest else None
    return None


def operator_paths(path: str) -> tuple[str, ...]:
    """The paths that name one operator: torch.X and torch.Tensor.X are one (a function and its method)."""
    for prefix in ("torch.Tensor.", "torch."):
        if path.startswith(prefix):
            rest = path[len(prefix) :]
            if "." not in rest:
                return (f"torch.{rest}", f"torch.Tensor.{rest}")
    return (path,)


# ============================================================================ binding


def _kind(value: Any) -> str:
    """A value's kind in a refusal reason (no values: reasons are grouped)."""
    if isinstance(value, CTensor):
        return "Tensor"
    if isinstance(value, (list, tuple)):
        kinds = sorted({_kind(v) for v in value})
        return f"{type(value).__name__} of {'/'.join(kinds) or 'nothing'}"
    if isinstance(value, torch.dtype):
        return "dtype"
    return type(value).__name__


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class Unfit(Exception):
    """A value that a parameter does not take (the message says why, without the value)."""


@dataclass(frozen=True)
class Binding:
    """A call bound to an entry: its values in parameter order, ready for Bridge.call."""

    fn: Function
    values: tuple[Any, ...]


def bind(fn: Function, args: tuple[Any, ...], kwargs: dict[str, Any], cat: Catalogue) -> Binding | tuple[int, str]:
    """`fn`'s parameters bound to a call, or (how many arguments fitted, why it does not bind)."""
    given: dict[str, Any] = {}
    if kwargs.get("requires_grad") is False and "requires_grad" not in fn.param_names:
        kwargs = {k: v for k, v in kwargs.items() if k != "requires_grad"}  # what C tensors are anyway
    rest = list(args)
    positional = [p for p in fn.params if not p.keyword_only]
    fitted = 0
    for k, p in enumerate(positional):
        if not rest:
            break
        last = k == len(positional) - 1
        if last and p.type.is_array and p.type.base == "int" and len(rest) > 1 and all(_is_int(v) for v in rest):
            given[p.name], rest = tuple(rest), []  # x.view(2, 3): the ints are the int[]
        else:
            given[p.name] = rest.pop(0)
    if rest:
        return (0, f"too many positional arguments ({len(args)} for {len(positional)})")
    known = len(given) + sum(1 for k in kwargs if k in fn.param_names and k not in given)
    for name, value in kwargs.items():
        if name in given:
            return (known, f"argument '{name}' given twice (positional arguments out of PyTorch's order)")
        if name not in fn.param_names:
            return (known, f"no parameter named '{name}'")
        given[name] = value
    values: list[Any] = []
    for p in fn.params:
        if p.name not in given:
            if not p.has_default:
                return (known + fitted, f"missing argument for parameter '{p.name}' ({p.type.spelling})")
            values.append(_default(p))
            continue
        try:
            values.append(_lower(p, given[p.name], cat))
        except Unfit as e:
            return (known + fitted, f"parameter '{p.name}' ({p.type.spelling}) does not take {e}")
        fitted += 1
    return Binding(fn, tuple(values))


def _default(p: Param) -> Any:
    value = p.default
    if p.type.base == "Scalar" and isinstance(value, (int, float)):
        return value
    if isinstance(value, list):
        return tuple(value)
    return value


def _number(value: Any, lo_hi: tuple[int, int] | None = None) -> Any:
    if lo_hi is not None and _is_int(value) and not lo_hi[0] <= value <= lo_hi[1]:
        raise Unfit(f"an int out of range of a {64 if lo_hi == INT64 else 32}-bit integer")
    return value


def _lower(p: Param, value: Any, cat: Catalogue) -> Any:
    """A call's value as Bridge.call takes it for parameter `p` (Unfit when it does not fit)."""
    t = p.type
    if value is None:
        if t.optional:
            return None
        raise Unfit("None")
    if t.is_array:
        if t.size is not None and _is_int(value) and t.base == "int":
            value = (value,)
        if not isinstance(value, (list, tuple)):
            raise Unfit(_kind(value))
        items: list[Any] = []
        for v in value:
            if t.base == "Tensor":
                if v is None and t.item_optional:
                    items.append(None)
                elif isinstance(v, CTensor):
                    items.append(v.handle)
                else:
                    raise Unfit(_kind(value))
            elif t.base == "int":
                if not _is_int(v):
                    raise Unfit(_kind(value))
                items.append(_number(v, INT64))
            elif t.base == "float":
                if not (_is_int(v) or isinstance(v, float)):
                    raise Unfit(_kind(value))
                items.append(float(v))
            else:  # pragma: no cover - the vocabulary has no other arrays
                raise Unfit(_kind(value))
        return items
    base = t.base
    if base == "Tensor":
        if isinstance(value, CTensor):
            return value.handle
        raise Unfit(_kind(value))
    if base == "Scalar":
        if isinstance(value, (bool, float)) or _is_int(value):
            return _number(value, INT64)
        raise Unfit(_kind(value))
    if base == "float":
        if isinstance(value, float) or _is_int(value):
            return float(value)
        raise Unfit(_kind(value))
    if base in ("int", "int32"):
        if _is_int(value):
            return _number(value, INT64 if base == "int" else INT32)
        raise Unfit(_kind(value))
    if base == "bool":
        if isinstance(value, bool):
            return value
        raise Unfit(_kind(value))
    if base == "ScalarType":
        if isinstance(value, torch.dtype) and value in {getattr(torch, d.name) for d in cat.dtypes}:
            return value
        raise Unfit(f"dtype {str(value).removeprefix('torch.')}" if isinstance(value, torch.dtype) else _kind(value))
    if base == "Device":
        if isinstance(value, (str, torch.device)):
            try:
                device = torch.device(value)
            except RuntimeError:
                raise Unfit("an unknown device name") from None
            if device.type in {d.name for d in cat.devices}:
                return device
            raise Unfit(f"device type {device.type}")
        raise Unfit(_kind(value))
    if t.enum is not None or base == "str":
        if isinstance(value, torch.memory_format):
            value = str(value).removeprefix("torch.")
        if isinstance(value, str):
            return value
        raise Unfit(_kind(value))
    raise Unfit(f"{_kind(value)} (the harness does not pass {t.spelling})")


# ============================================================================ tensors and calls


class CTensor:
    """A bridge tensor handle in a call's arguments or results. Attribute access gives the
    operator of that name as a method (x.view(shape) dispatches torch.Tensor.view), or its value
    where the catalogue makes it a property (x.mT)."""

    __slots__ = ("abi", "handle")

    def __init__(self, abi: CAbi, handle: Handle) -> None:
        self.abi = abi
        self.handle = handle

    @property
    def dtype(self) -> torch.dtype:
        return self.abi.bridge.dtype(self.handle.value)

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self.abi.bridge.shape(self.handle.value))

    def to_torch(self) -> torch.Tensor:
        """The values, read back through the ABI's data functions."""
        return self.abi.bridge.to_torch(self.handle.value)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        dispatcher = self.abi.resolve_path(f"torch.Tensor.{name}")
        entries = getattr(dispatcher, "entries", ())
        if entries and all(fn.python.kind == "property" for fn in entries):
            return dispatcher(self)  # x.mT, x.T: a property, read on access as PyTorch's

        def method(*args: Any, **kwargs: Any) -> Any:
            return dispatcher(self, *args, **kwargs)

        return method

    def __repr__(self) -> str:
        return f"CTensor({self.handle.value})"


class Dispatcher:
    """A PyTorch callable over the catalogue entries that bind it (see the module's docstring)."""

    def __init__(self, abi: CAbi, path: str, entries: tuple[Function, ...]) -> None:
        self.abi = abi
        self.path = path
        self.entries = entries

    def choose(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Binding:
        """The entry a call binds to (the first with an `aten` overload, else the first); Refused
        with the reason of the entry that fitted the most arguments when none does.

        A Python-only keyword that selects a form (the catalogue's `python: {flag: ...}`,
        max_pool2d's return_indices) is no argument of any C function: true, it leaves the
        entries that carry the flag; false, those that do not."""
        flags = {fn.python.flag for fn in self.entries if fn.python.flag}
        chosen = {k: kwargs[k] for k in flags if k in kwargs}
        kwargs = {k: v for k, v in kwargs.items() if k not in flags}
        bound: list[Binding] = []
        best: tuple[int, bool, str] | None = None
        for fn in self.entries:
            wrong = [k for k, v in chosen.items() if bool(v) != (fn.python.flag == k)]
            if wrong:
                reason = f"{'no ' if chosen[wrong[0]] else ''}Python-only flag {wrong[0]}={chosen[wrong[0]]!r} selects another form"
                best = best or (-1, False, f"{fn.name}: {reason}")
                continue
            b = bind(fn, args, kwargs, self.abi.catalogue)
            if isinstance(b, Binding):
                bound.append(b)
            elif best is None or (b[0], fn.aten is not None) > best[:2]:
                best = (b[0], fn.aten is not None, f"{fn.name}: {b[1]}")
        if bound:
            return next((b for b in bound if b.fn.aten), bound[0])
        assert best is not None
        raise Refused(f"no catalogue entry for {self.path} takes the call; closest: {best[2]}")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        b = self.choose(args, kwargs)
        self.abi.called.add(b.fn.name)
        self.abi.last = b.fn
        result = self.abi.bridge.call(b.fn.name, *b.values, keep=True)
        return self.abi.wrap(b.fn, result, args, kwargs)


class CAbi:
    """The C ABI in the place of the torch_sffi module (what the harness calls `ts`)."""

    # from_ts and flat_ts recognise results by these.
    Tensor = CTensor
    DType = torch.dtype
    __version__ = "C ABI"

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.bridge = Bridge(catalogue)
        self.called: set[str] = set()  # the entries called since the last release()
        self.last: Function | None = None  # the entry called last
        self._owned: list[int] = []
        self._dispatchers: dict[str, Dispatcher] = {}
        self._by_path: dict[str, list[Function]] = collections.defaultdict(list)
        self._by_aten: dict[str, list[Function]] = collections.defaultdict(list)
        for fn in catalogue.functions:
            if fn.pytorch:
                self._by_path[fn.pytorch].append(fn)
            if fn.aten:
                self._by_aten[fn.aten.split(".", 1)[0]].append(fn)
        self._order = {fn.name: i for i, fn in enumerate(catalogue.functions)}
        # What the harness converts torch's dtypes and memory formats to: themselves, for the
        # catalogue's dtypes and the memory formats its enums name (binding checks the rest).
        for d in catalogue.dtypes:
            setattr(self, d.name, getattr(torch, d.name))
        for e in catalogue.enums:
            for v in e.values:
                if isinstance(getattr(torch, v, None), torch.memory_format):
                    setattr(self, v, getattr(torch, v))

    def entries_for(self, path: str) -> tuple[Function, ...]:
        """The entries that bind a PyTorch callable: those whose `pytorch` names it, then those
        that reach it only through their ATen operator (max_unpool1d is built on max_unpool2d),
        each group in catalogue order."""
        named: dict[str, Function] = {}
        for p in operator_paths(path):
            for fn in self._by_path.get(p, []):
                named[fn.name] = fn
        aten = aten_name(path)
        through_aten = {fn.name: fn for fn in self._by_aten.get(aten or "", []) if fn.name not in named}
        order = lambda f: self._order[f.name]  # noqa: E731
        return (*sorted(named.values(), key=order), *sorted(through_aten.values(), key=order))

    def resolve_path(self, path: str) -> Any:
        """The dispatcher of a PyTorch path (harness.ts_object's hook); Refused when no entry binds it."""
        if path in ("torch.nn", "torch.nn.functional", "torch.linalg", "torch.Tensor"):
            return _Namespace(self, path)
        if path not in self._dispatchers:
            entries = self.entries_for(path)
            if not entries:
                raise Refused(f"no catalogue entry binds {path}")
            self._dispatchers[path] = Dispatcher(self, path, entries)
        return self._dispatchers[path]

    # ------------------------------------------------------------------ values

    def from_torch(self, t: torch.Tensor) -> CTensor:
        """A new bridge tensor holding a copy of t (released with the sample)."""
        try:
            h = self.bridge.tensor(t)
        except TypeError as e:
            raise Refused(f"converting a {str(t.dtype).removeprefix('torch.')} tensor: {e}") from None
        return self._own(h)

    def _own(self, h: int) -> CTensor:
        self._owned.append(h)
        return CTensor(self, Handle(h))

    def manual_seed(self, seed: int) -> None:
        self.bridge.call("rt_torch_manual_seed", seed)

    def wrap(self, fn: Function, result: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """A C result in the harness's terms: handles as CTensors (owned until release())."""
        if fn.result.type.is_void:
            if fn.mutates_receiver:  # in place: PyTorch returns the tensor it changed
                receiver = args[0] if args else kwargs.get(fn.params[0].name)
                return receiver
            return None
        if isinstance(result, Handle):
            return self._own(result.value) if fn.result.type.base == "Tensor" else result
        if isinstance(result, (list, tuple)) and fn.result.type.base == "Tensor":
            items = [None if h is None else self._own(h.value) for h in result]
            if fn.result.is_tuple:
                names = tuple(f.name for f in fn.result.fields)
                return _named(fn.name, names)(*items)
            return items
        return result

    def release(self) -> None:
        """Frees every handle made since the last release (the harness calls it after each sample)."""
        for h in self._owned:
            lib.rt_torch_torchtensor_free(h)
        self._owned.clear()
        lib.rt_torch_error_clear()
        self.called = set()
        self.last = None

    def live_handles(self) -> int:
        return int(lib.rt_torch_live_handles())


_NAMED: dict[tuple[str, tuple[str, ...]], Callable[..., Any]] = {}


def _named(name: str, fields: tuple[str, ...]) -> Callable[..., Any]:
    """A named tuple type for an entry's named results (compared by their field names)."""
    key = (name, fields)
    if key not in _NAMED:
        _NAMED[key] = collections.namedtuple(name.removeprefix("rt_torch_"), fields)
    return _NAMED[key]
