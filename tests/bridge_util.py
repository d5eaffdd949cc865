"""Calling the generated C ABI from tests, through the cffi extension, driven by the catalogue.

`Bridge.call(name, *values)` takes the catalogue's parameters in order, as Python and torch
values, and lowers each one to its C arguments exactly as generator/abi.py says (the roles of
`abi.signature(fn)`): this file has no table of type names of its own. What each Python value
becomes:

    torch.Tensor            a fresh handle holding a copy (freed after the call; a complex one
                            made from its parts by rt_torch_torchtensor_complex)
    Handle / int            a handle value as it is (kept by the caller; any int, even a bad one)
    None                    the lowering's None encoding (Tensor? 0, x_present false, Scalar
                            kind -1, ScalarType -1, Device type -1, NULL text)
    int / float / bool      for a Scalar: (x, x_int, x_kind), the kind kept as given
    torch.dtype             for a ScalarType: the catalogue's dtype code
    'cpu', 'cuda:0', torch.device
                            for a Device: (type code of the catalogue's devices, index; -1 when
                            none is given)
    str                     for text and enums: UTF-8 bytes
    list / tuple            for arrays: (pointer, length); an int for an int[N] is a list of one
    Raw(...)                the C arguments of one parameter, already lowered (a bad dtype code,
                            a Scalar kind out of range: for error tests)

Slots the bridge must ignore (the value of an absent optional, the unused half of a Scalar)
are filled with conspicuous values (POISON), so a bridge that read them would be caught.

The result is checked the way every tier must: after the failure sentinel of
`abi.result_lowering` (and after every void call) the error code decides; a sentinel that
cannot be a legitimate result must come with an error. It is then converted back: a tensor
handle to a torch.Tensor (read through the ABI's own data functions, then freed), a tuple of
named tensors to a tuple of torch.Tensors, a ScalarType code to a torch.dtype, text to str,
arrays to lists. `keep=True` returns Handles instead of tensors, for the caller to free.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import torch

from generator import abi
from generator.abi import CArg, ParamLowering, ResultLowering, Role, Sentinel
from generator.model import Catalogue, Function, Param

try:
    from torch_sffi._native import ffi, lib
except ImportError as exc:  # pragma: no cover - a setup problem, not a test result
    raise ImportError(
        "the bridge extension torch_sffi._native is not built: run `make` (sffi-gen build --develop) first"
    ) from exc

__all__ = ["Bridge", "BridgeError", "Handle", "Raw", "element_type", "ffi", "is_sentinel", "lib", "none_encoding", "scalar_kind"]

INTEGER_DTYPES = {torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.bool}

# What fills a C argument the bridge must ignore, by C type. A bridge that read an absent
# optional's value or the wrong half of a Scalar would see these, not a plausible number; an
# ignored array is "NULL with length 3", which the bridge rejects wherever it does look.
POISON: dict[str, Any] = {"double": math.nan, "int64_t": -0x5EED, "int32_t": -0x5EED, "bool": True}
POISON_ARRAY_LENGTH = 3
# Tensors read back through the ABI hold at most this many elements (larger ones can only be
# meta tensors, which have no data: they read back as meta tensors of their shape).
MAX_READ_BACK = 1 << 24

# The literal spellings abi.LOWERING uses in its None encodings ("x_kind -1", "0", "NULL", ...).
_NONE_LITERALS: dict[str, Any] = {"0": 0, "-1": -1, "NULL": ffi.NULL, "false": False}
_NONE_ENCODING = re.compile(r"^(?:x(?P<suffix>_\w+) )?(?P<literal>0|-1|NULL|false)\b")


class BridgeError(Exception):
    def __init__(self, code: int, name: str, message: str) -> None:
        super().__init__(f"[{name}] {message}")
        self.code = code
        self.name = name
        self.message = message


@dataclass
class Handle:
    """A raw handle returned by the bridge (the test owns it)."""

    value: int


class Raw:
    """The C arguments of one parameter, already lowered: `Raw(99)` for a ScalarType is the
    dtype code 99, `Raw(1.0, 0, 7)` a Scalar of kind 7."""

    __slots__ = ("args",)

    def __init__(self, *args: Any) -> None:
        self.args = args

    def __repr__(self) -> str:
        return f"Raw{self.args!r}"


def none_encoding(lowering: ParamLowering) -> dict[str, Any]:
    """The C argument (by suffix) that says None, and its value, read from abi.LOWERING."""
    assert lowering.none is not None
    m = _NONE_ENCODING.match(lowering.none)
    if m is None:
        raise AssertionError(f"bridge_util cannot read the None encoding {lowering.none!r} of generator/abi.py")
    return {m["suffix"] or "": _NONE_LITERALS[m["literal"]]}


def scalar_kind(value: bool | int | float) -> str:
    """The Scalar kind of a Python number (a key of abi.SCALAR_KINDS): bool before int."""
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    raise TypeError(f"a Scalar is an int, a float or a bool, not {value!r}")


def element_type(arg: CArg) -> str:
    """The C element type of an array argument: 'const int64_t*' -> 'int64_t'."""
    return arg.c_type.removeprefix("const ").rstrip("*").strip()


class Bridge:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.error_names = {e.code: e.name for e in catalogue.error_codes}
        self.dtype_codes = {getattr(torch, d.name): d.code for d in catalogue.dtypes}
        self.dtypes = {code: dtype for dtype, code in self.dtype_codes.items()}
        self.device_codes = {d.name: d.code for d in catalogue.devices}

    # ------------------------------------------------------------------ errors

    def last_error(self) -> tuple[int, str]:
        code = lib.rt_torch_error_code()
        return code, ffi.string(lib.rt_torch_error_message()).decode()

    def check(self) -> None:
        code, message = self.last_error()
        if code != 0:
            raise BridgeError(code, self.error_names.get(code, f"code {code}"), message)

    # ------------------------------------------------------------------ tensors

    def tensor(self, value: torch.Tensor) -> int:
        """A new bridge tensor holding a copy of a torch tensor (same dtype and shape)."""
        t = value.detach().cpu().contiguous()
        dims = list(t.shape)
        if t.dtype.is_complex:  # from its parts, of the matching float dtype
            re_h, im_h = self.tensor(t.real), self.tensor(t.imag)
            try:
                h = lib.rt_torch_torchtensor_complex(re_h, im_h)
            finally:
                lib.rt_torch_torchtensor_free(re_h)
                lib.rt_torch_torchtensor_free(im_h)
            if h == 0:
                self.check()
            return int(h)
        if t.dtype in INTEGER_DTYPES:
            data = t.to(torch.int64).flatten().tolist()
            h = lib.rt_torch_tensor_from_i64(ffi.new("int64_t[]", data), len(data), ffi.new("int64_t[]", dims), len(dims))
        else:
            data = t.to(torch.float64).flatten().tolist()
            h = lib.rt_torch_tensor_from_data(ffi.new("double[]", data), len(data), ffi.new("int64_t[]", dims), len(dims))
        if h == 0:
            self.check()
        if t.dtype not in (torch.float64, torch.int64):
            converted = lib.rt_torch_torchtensor_to_dtype(h, self.dtype_codes[t.dtype])
            lib.rt_torch_torchtensor_free(h)
            if converted == 0:
                self.check()
            h = converted
        return int(h)

    def shape(self, h: int) -> list[int]:
        buf = ffi.new("int64_t[]", 16)
        n = lib.rt_torch_torchtensor_shape(h, buf, 16)
        if n < 0:
            self.check()
        if n > 16:
            buf = ffi.new("int64_t[]", n)
            lib.rt_torch_torchtensor_shape(h, buf, n)
        return list(buf[0:n])

    def dtype(self, h: int) -> torch.dtype:
        code = lib.rt_torch_torchtensor_dtype(h)
        self.check()
        return self.dtypes[code]

    def to_torch(self, h: int) -> torch.Tensor:
        """Reads a bridge tensor back through the ABI (shape, dtype, data). A tensor without data
        (on the meta device) reads back as a meta tensor of the same shape and dtype."""
        shape = self.shape(h)
        dtype = self.dtype(h)
        if math.prod(shape) == 0:  # nothing to read (libtorch cannot even view a complex one whose sizes reach 2**62 as real)
            # strides of 1: contiguous ones of sizes such as (0, 2**40, 2**40) overflow
            return torch.empty_strided(shape, (1,) * len(shape), dtype=dtype)
        if dtype.is_complex:
            re_h, im_h = lib.rt_torch_torchtensor_real(h), lib.rt_torch_torchtensor_imag(h)
            if re_h == 0 or im_h == 0:
                code, message = self.last_error()  # read before the free below
                for part in (re_h, im_h):
                    if part != 0:
                        lib.rt_torch_torchtensor_free(part)
                raise BridgeError(code, self.error_names.get(code, f"code {code}"), message)
            try:
                return torch.complex(self.to_torch(re_h), self.to_torch(im_h))
            finally:
                lib.rt_torch_torchtensor_free(re_h)
                lib.rt_torch_torchtensor_free(im_h)
        n = math.prod(shape)
        if n > MAX_READ_BACK:  # too large to hold here: a tensor without data, or an expanded view
            if self._has_no_data(h):
                return torch.empty(shape, dtype=dtype, device="meta")
            expanded = self._expanded_source(h, shape)
            if expanded is not None:
                return expanded
            raise AssertionError(f"a tensor of {n} elements is too large to read back")
        if dtype in INTEGER_DTYPES:
            buf = ffi.new("int64_t[]", max(n, 1))
            got = lib.rt_torch_torchtensor_data_i64(h, buf, n)
            values = torch.tensor(list(buf[0:n]), dtype=torch.int64)
        else:
            buf = ffi.new("double[]", max(n, 1))
            got = lib.rt_torch_torchtensor_data_f64(h, buf, n)
            values = torch.tensor(list(buf[0:n]), dtype=torch.float64)
        if got != n:
            code, message = self.last_error()
            if code != 0 and "meta tensor" in message:
                return torch.empty(shape, dtype=dtype, device="meta")
            self.check()
            raise AssertionError(f"data length {got} != numel {n}")
        return values.to(dtype).reshape(shape)

    def _expanded_source(self, h: int, shape: list[int]) -> torch.Tensor | None:
        """A huge view whose large sizes have stride 0 (expand's): its values read along one
        index of those dims and expanded back, as the same view in torch (None otherwise)."""
        buf = ffi.new("int64_t[]", max(len(shape), 1))
        if lib.rt_torch_torchtensor_stride(h, buf, len(shape)) != len(shape):
            self.check()
            return None
        strides = list(buf[0 : len(shape)])
        if math.prod(1 if st == 0 else size for size, st in zip(shape, strides)) > MAX_READ_BACK:
            return None
        part, made = h, []
        try:
            for dim, (size, st) in enumerate(zip(shape, strides)):
                if st == 0 and size > 1:
                    part = lib.rt_torch_torchtensor_narrow(part, dim, 0, 1)
                    if part == 0:
                        self.check()
                    made.append(part)
            return self.to_torch(part).expand(shape)
        finally:
            for m in made:
                lib.rt_torch_torchtensor_free(m)

    def _has_no_data(self, h: int) -> bool:
        """Whether reading one element of a (non-empty) tensor fails for want of data (meta)."""
        flat = lib.rt_torch_torchtensor_reshape(h, ffi.new("int64_t[]", [-1]), 1)
        first = lib.rt_torch_torchtensor_slice(flat, 0, 0, 1, 1)
        try:
            got = lib.rt_torch_torchtensor_data_f64(first, ffi.new("double[]", 1), 1)
            code, message = self.last_error()
            return bool(got == -1 and code != 0 and "meta tensor" in message)
        finally:
            lib.rt_torch_torchtensor_free(first)
            lib.rt_torch_torchtensor_free(flat)

    def free(self, h: int) -> None:
        lib.rt_torch_torchtensor_free(h)
        self.check()

    def take(self, h: int) -> torch.Tensor:
        """to_torch, then free the handle."""
        try:
            return self.to_torch(h)
        finally:
            self.free(h)

    # ------------------------------------------------------------------ calls

    def function(self, name: str) -> Function:
        return self.catalogue.by_name[name]

    def raw(self, name: str, *args: Any) -> Any:
        """Calls the C function with already-converted arguments (result buffers included);
        raises BridgeError on failure."""
        fn = self.function(name)
        result = getattr(lib, name)(*args)
        self._check_result(fn, abi.result_lowering(fn.result.type, fn), result)
        return result

    def _check_result(self, fn: Function, lowering: ResultLowering, result: Any) -> None:
        if not is_sentinel(lowering.sentinel, result):
            return
        self.check()
        if not lowering.legitimate:
            raise AssertionError(f"{fn.name} returned its failure sentinel {lowering.sentinel.value} without setting an error")

    def call(self, name: str, *values: Any, keep: bool = False) -> Any:
        """Lowers the arguments by abi.signature, calls, converts the result (freeing handles)."""
        fn = self.function(name)
        if len(values) != len(fn.params):
            raise TypeError(f"{name} takes {len(fn.params)} arguments ({', '.join(fn.param_names)}), got {len(values)}")
        owned: list[int] = []
        try:
            args = [c for p, v in zip(fn.params, values) for c in self.lower(p, v, owned)]
            lowering = abi.result_lowering(fn.result.type, fn)
            if lowering.is_buffer:
                return self._buffer_call(fn, lowering, args, values, keep)
            return self._result(fn, self.raw(name, *args), keep)
        finally:
            for h in owned:
                lib.rt_torch_torchtensor_free(h)

    # ------------------------------------------------------------------ arguments

    def lower(self, p: Param, value: Any, owned: list[int]) -> list[Any]:
        """The C arguments of one catalogue parameter, in the order of abi.param_lowering."""
        lowering = abi.param_lowering(p.type)
        if isinstance(value, Raw):
            if len(value.args) != len(lowering.args):
                raise TypeError(f"{p.name} ({p.type.spelling}) lowers to {len(lowering.args)} C arguments, got {value!r}")
            return list(value.args)
        if value is None:
            if lowering.none is None:
                raise TypeError(f"{p.name} ({p.type.spelling}) is not optional")
            encoding = none_encoding(lowering)
            return [encoding[a.suffix] if a.suffix in encoding else self._ignored(a) for a in lowering.args]
        parts = self._parts(p, value, lowering, owned)
        return [parts[a.role] for a in lowering.args]

    def _ignored(self, a: CArg) -> Any:
        if a.role is Role.VALUE and a.c_type.endswith("*"):
            return ffi.NULL  # with POISON_ARRAY_LENGTH as its length: must not be looked at
        if a.role is Role.LENGTH:
            return POISON_ARRAY_LENGTH
        return POISON[a.c_type]

    def _parts(self, p: Param, value: Any, lowering: ParamLowering, owned: list[int]) -> dict[Role, Any]:
        """The value of each C argument of a given (not None) parameter, by role."""
        t = p.type
        value_arg = next(a for a in lowering.args if a.role is Role.VALUE)
        parts: dict[Role, Any] = {Role.PRESENT: True}
        if lowering.is_array:
            items = [value] if t.size is not None and isinstance(value, int) else list(value)
            if t.base in ("Tensor", "Stream"):
                items = [0 if item is None and t.item_optional else self._handle(item, owned) for item in items]
            parts[Role.VALUE] = ffi.new(f"{element_type(value_arg)}[]", items) if items else ffi.NULL
            parts[Role.LENGTH] = len(items)
        elif t.base in ("Tensor", "Stream"):
            parts[Role.VALUE] = self._handle(value, owned)
        elif t.base == "Scalar":
            kind = scalar_kind(value)
            parts[Role.VALUE] = float(value) if kind == "float" else POISON["double"]
            parts[Role.INT] = int(value) if kind != "float" else POISON["int64_t"]
            parts[Role.KIND] = abi.SCALAR_KINDS[kind]
        elif t.base == "ScalarType":
            if not isinstance(value, torch.dtype):
                raise TypeError(f"{p.name}: a ScalarType is a torch.dtype (Raw(code) for a bare code), not {value!r}")
            parts[Role.VALUE] = self.dtype_codes[value]
        elif t.base == "Device":
            device = torch.device(value)
            parts[Role.VALUE] = self.device_codes[device.type]
            parts[Role.DEVICE_INDEX] = -1 if device.index is None else device.index
        elif value_arg.c_type == "const char*":
            parts[Role.VALUE] = value.encode() if isinstance(value, str) else value
        else:
            parts[Role.VALUE] = value
        return parts

    def _handle(self, value: Any, owned: list[int]) -> int:
        if isinstance(value, torch.Tensor):
            h = self.tensor(value)
            owned.append(h)
            return h
        if isinstance(value, Handle):
            return value.value
        return int(value)  # a raw (possibly invalid) handle value

    # ------------------------------------------------------------------ results

    def _result(self, fn: Function, result: Any, keep: bool) -> Any:
        t = fn.result.type
        if t.base == "Tensor":
            if result == 0:  # Tensor?: None (an error was ruled out by the sentinel check)
                return None
            return Handle(int(result)) if keep else self.take(int(result))
        if t.base == "Stream":
            return Handle(int(result))
        if t.base == "ScalarType":
            return self.dtypes[result]
        if t.base == "str":
            return ffi.string(result).decode()
        if t.is_void:
            return None
        return result

    def _buffer_call(self, fn: Function, lowering: ResultLowering, args: list[Any], values: tuple[Any, ...], keep: bool) -> Any:
        capacity = fn.result.capacity
        if fn.result.is_tuple:
            cap = len(fn.result.fields)
        elif isinstance(capacity, str):  # a hint from a parameter: trust it within reason
            cap = min(max(int(values[fn.param_names.index(capacity)]), 0), 64)
        else:
            cap = capacity or 4  # small on purpose: exercises the retry path
        element = f"{lowering.element}[]"
        buf = ffi.new(element, max(cap, 1))
        n = self.raw(fn.name, *args, buf, cap)
        if n > cap:  # the protocol: nothing written, call again with the returned length
            if fn.result.is_tuple:
                raise AssertionError(f"{fn.name} returned {n} tensors for {cap} named fields")
            cap = n
            buf = ffi.new(element, cap)
            n = self.raw(fn.name, *args, buf, cap)
        items: list[Any] = ffi.unpack(buf, n)
        if fn.result.type.base != "Tensor":
            return items
        tensors = [Handle(int(h)) if keep else self.take(int(h)) for h in items]
        return tuple(tensors) if fn.result.is_tuple else tensors


def is_sentinel(sentinel: Sentinel, value: Any) -> bool:
    """Whether a C result is the failure sentinel (void results always need the error code)."""
    if sentinel is Sentinel.NONE:
        return True
    if sentinel is Sentinel.NAN:
        return isinstance(value, float) and math.isnan(value)
    if sentinel is Sentinel.NULL:
        return bool(value == ffi.NULL)
    if sentinel is Sentinel.FALSE:
        return value is False
    return bool(value == {Sentinel.ZERO: 0, Sentinel.MINUS_ONE: -1}[sentinel])
