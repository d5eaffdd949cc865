"""Calling the generated C ABI from tests, through the cffi extension, driven by the catalogue.

`Bridge.call(name, *args)` converts Python/torch arguments by the catalogue's parameter types
(torch.Tensor -> a fresh handle, lists -> arrays with their length, ...), checks the error state
the way every tier must (after a sentinel, and after every void call), and converts the result
back (a tensor handle -> torch.Tensor, read through the ABI's own data functions). Every handle
it creates is freed again.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import torch

from generator.model import Catalogue, Function

try:
    from torch_sffi._native import ffi, lib
except ImportError as exc:  # pragma: no cover - a setup problem, not a test result
    raise ImportError(
        "the bridge extension torch_sffi._native is not built: run `make` (sffi-gen build --develop) first"
    ) from exc

SENTINELS: dict[str, Any] = {
    "tensor": 0,
    "tensor?": 0,
    "stream": 0,
    "i32": -1,
    "i64": -1,
    "bool": False,
    "text": ffi.NULL,
}
INTEGER_DTYPES = {torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.bool}


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


class Bridge:
    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.error_names = {e.code: e.name for e in catalogue.error_codes}
        self.dtype_codes = {getattr(torch, d.name): d.code for d in catalogue.dtypes}
        self.dtypes = {code: dtype for dtype, code in self.dtype_codes.items()}

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
        if t.dtype in INTEGER_DTYPES:
            data = t.to(torch.int64).flatten().tolist()
            h = lib.rt_torch_tensor_from_i64(ffi.new("int64_t[]", data), len(data), ffi.new("int64_t[]", dims), len(dims))
        elif t.dtype.is_complex:
            raise TypeError("complex inputs are not used by these tests")
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

    def to_torch(self, h: int) -> torch.Tensor:
        """Reads a bridge tensor back through the ABI (shape, dtype, data)."""
        shape = self.shape(h)
        code = lib.rt_torch_torchtensor_dtype(h)
        self.check()
        dtype = self.dtypes[code]
        if dtype.is_complex:
            re_h, im_h = lib.rt_torch_torchtensor_real(h), lib.rt_torch_torchtensor_imag(h)
            try:
                return torch.complex(self.to_torch(re_h), self.to_torch(im_h))
            finally:
                lib.rt_torch_torchtensor_free(re_h)
                lib.rt_torch_torchtensor_free(im_h)
        n = math.prod(shape)
        if dtype in INTEGER_DTYPES:
            buf = ffi.new("int64_t[]", max(n, 1))
            got = lib.rt_torch_torchtensor_data_i64(h, buf, n)
            values = torch.tensor(list(buf[0:n]), dtype=torch.int64)
        else:
            buf = ffi.new("double[]", max(n, 1))
            got = lib.rt_torch_torchtensor_data_f64(h, buf, n)
            values = torch.tensor(list(buf[0:n]), dtype=torch.float64)
        if got != n:
            self.check()
            raise AssertionError(f"data length {got} != numel {n}")
        return values.to(dtype).reshape(shape)

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
        """Calls the C function with already-converted arguments; raises BridgeError on failure."""
        fn = self.function(name)
        result = getattr(lib, name)(*args)
        t = fn.result.type.name
        failed = (
            fn.is_void
            or (t == "f64" and math.isnan(result))
            or (fn.result.type.is_array and result == -1)
            or (t in SENTINELS and result == SENTINELS[t])
        )
        if failed:
            self.check()
        return result

    def call(self, name: str, *values: Any, keep: bool = False) -> Any:
        """Converts arguments by the catalogue's types, calls, converts and frees the result."""
        fn = self.function(name)
        if len(values) != len(fn.params):
            raise TypeError(f"{name} takes {len(fn.params)} arguments, got {len(values)}")
        owned: list[int] = []
        args: list[Any] = []
        try:
            for p, v in zip(fn.params, values):
                args.extend(self._arg(p.type.name, v, owned))
            result_type = fn.result.type.name
            if fn.result.type.is_array:
                return self._array_call(name, result_type, fn.result.capacity, fn, args, values, keep)
            result = self.raw(name, *args)
            if result_type == "tensor" or (result_type == "tensor?" and result != 0):
                return Handle(int(result)) if keep else self.take(int(result))
            if result_type == "tensor?":
                return None
            if result_type == "stream":
                return Handle(int(result))
            if result_type == "text":
                return ffi.string(result).decode()
            return result
        finally:
            for h in owned:
                lib.rt_torch_torchtensor_free(h)

    def _arg(self, type_name: str, v: Any, owned: list[int]) -> list[Any]:
        if type_name in ("tensor", "tensor?", "stream"):
            if isinstance(v, torch.Tensor):
                h = self.tensor(v)
                owned.append(h)
                return [h]
            if isinstance(v, Handle):
                return [v.value]
            if v is None and type_name == "tensor?":
                return [0]
            return [int(v)]  # a raw (possibly invalid) handle value
        if type_name == "tensor[]":
            handles = [self._arg("tensor", item, owned)[0] for item in v]
            return [ffi.new("int64_t[]", handles) if handles else ffi.NULL, len(handles)]
        if type_name == "i64[]":
            return [ffi.new("int64_t[]", list(v)) if v else ffi.NULL, len(v)]
        if type_name == "f64[]":
            return [ffi.new("double[]", list(v)) if v else ffi.NULL, len(v)]
        if type_name == "text":
            return [v.encode() if isinstance(v, str) else v]
        return [v]

    def _array_call(
        self, name: str, result_type: str, capacity: int | str | None, fn: Function, args: list[Any], values: tuple[Any, ...], keep: bool
    ) -> Any:
        if isinstance(capacity, str):  # a hint from a parameter: trust it within reason
            cap = min(max(int(values[fn.param_names.index(capacity)]), 0), 64)
        else:
            cap = capacity or 4  # small on purpose: exercises the retry path
        element = {"tensor[]": "int64_t[]", "i64[]": "int64_t[]", "f64[]": "double[]"}[result_type]
        buf = ffi.new(element, max(cap, 1))
        n = self.raw(name, *args, buf, cap)
        if n > cap:  # the protocol: nothing written, call again with the returned length
            cap = n
            buf = ffi.new(element, cap)
            n = self.raw(name, *args, buf, cap)
        items = list(buf[0:n])
        if result_type == "tensor[]":
            return [Handle(int(h)) for h in items] if keep else [self.take(int(h)) for h in items]
        return items
