"""Calling libspl_torch.so, the Simple-ABI library, as a Simple program does, from tests.

The Simple runtime is stood in for by tests/native/spl_host.c (written from the layout the
runtime documents), compiled into a shared library and loaded with RTLD_GLOBAL first, so the
library finds spl_array_new and the rest in the process, as it does in a Simple program. The
library itself is loaded privately (RTLD_LOCAL): it exports the bridge's names with Simple
signatures, and must not stand in for the bridge's own functions that torch_sffi calls.

`SplBridge` is bridge_util.Bridge with every call going through the Simple-ABI library: the
bridge lowering's (pointer, length) arrays become SplArrays of tagged items, text results are
taken from the runtime's strings, and array results (fresh SplArrays) are handed back through
the caller-buffer protocol Bridge expects. So every case of tests/bridge_cases.py runs
unchanged through the Simple ABI. Every array and text the library hands out is freed through
the stand-in runtime, which counts what is live and every free of something it does not hold.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from typing import Any

import cffi
from bridge_util import Bridge, ffi as core_ffi, lib as core_lib
from conftest import BUILD, GENERATED, ROOT

from generator import abi
from generator.abi import Role
from generator.model import Catalogue

HEADER = GENERATED / "simple" / "abi" / "spl_torch.h"
LIBRARY = BUILD / "lib" / "libspl_torch.so"
HOST_SOURCE = ROOT / "tests" / "native" / "spl_host.c"
TAG_INT, TAG_FLOAT = 2, 3

HOST_HEADER = ROOT / "tests" / "native" / "spl_host.h"


def host_cdef() -> str:
    """spl_host.h's functions that take or return no SplValue (cffi cannot pass that tagged
    union by value): the runtime's array and text functions and the host_* helpers."""
    text = HOST_HEADER.read_text()
    prototypes = [line for line in text.splitlines() if line.endswith(");") and "SplValue" not in line]
    return "typedef struct SplArray SplArray;\n" + "\n".join(prototypes)


DECLARATION = re.compile(r"^SPL_TORCH_API (?P<ret>.+?) ?\b(?P<name>rt_torch_\w+)\((?P<params>.*)\) SPL_TORCH_NOEXCEPT;$", re.M)


def declarations(header: Path = HEADER) -> dict[str, tuple[str, str]]:
    """The header's functions: name -> (return type, parameters), as written."""
    return {m["name"]: (m["ret"].strip(), m["params"]) for m in DECLARATION.finditer(header.read_text())}


def compile_host(out: Path) -> Path:
    """The stand-in runtime as a shared library (instrumented like the build under `make asan`)."""
    subprocess.run(
        ["gcc", "-std=c11", "-O1", "-g", "-Wall", "-Wextra", "-Werror", "-shared", "-fPIC", "-pthread",
         str(HOST_SOURCE), "-o", str(out), *os.environ.get("SFFI_SANITIZE_FLAGS", "").split()],
        check=True,
    )  # fmt: skip
    return out


class Spl:
    """The stand-in runtime and the library, loaded into this process (once)."""

    def __init__(self, host_path: Path) -> None:
        self.ffi = cffi.FFI()
        self.ffi.cdef(host_cdef())
        cdef = "\n".join(f"{ret} {name}({params});" for name, (ret, params) in declarations().items())
        self.ffi.cdef(cdef, override=True)
        self.host = self.ffi.dlopen(str(host_path), self.ffi.RTLD_NOW | self.ffi.RTLD_GLOBAL)
        self.lib = self.ffi.dlopen(str(LIBRARY), self.ffi.RTLD_NOW | self.ffi.RTLD_LOCAL)

    def array(self, values: list[Any], floats: bool = False) -> Any:
        a = self.host.spl_array_new()
        for v in values:
            (self.host.host_push_float if floats else self.host.host_push_int)(a, v)
        return a

    def items(self, a: Any) -> list[tuple[int, Any]]:
        """(tag, value) of each item."""
        n = self.host.spl_array_len(a)
        out = []
        for i in range(n):
            tag = self.host.host_tag(a, i)
            out.append((tag, self.host.host_float(a, i) if tag == TAG_FLOAT else self.host.host_int(a, i)))
        return out

    def live(self) -> tuple[int, int, int]:
        """Arrays and texts the stand-in runtime holds, and its bad frees so far."""
        return self.host.host_live_arrays(), self.host.host_live_texts(), self.host.host_bad_frees()


class SplBridge(Bridge):
    """Bridge, calling every function through libspl_torch.so (see the module's doc)."""

    def __init__(self, catalogue: Catalogue, spl: Spl) -> None:
        super().__init__(catalogue)
        self.spl = spl
        self.called: set[str] = set()

    def raw(self, name: str, *args: Any) -> Any:
        fn = self.function(name)
        sig = abi.signature(fn)
        lowering = abi.result_lowering(fn.result.type, fn)
        params = [c for c in sig.params if c.param is not None]
        spl_args, made = self._arguments(params, list(args[: len(params)]))
        out = args[len(params) :]
        self.called.add(name)
        try:
            result = getattr(self.spl.lib, name)(*spl_args)
        finally:
            for a in made:
                self.spl.host.spl_array_free(a)
        if lowering.is_buffer:
            result = self._into_buffer(fn.result.type.base == "Tensor", lowering.element or "", result, *out)
        elif sig.return_type == "const char*":
            result = self._text(result)
        self._check_result(fn, lowering, result)
        return result

    def _arguments(self, params: list[abi.CParam], args: list[Any]) -> tuple[list[Any], list[Any]]:
        """The bridge's C arguments as the Simple ABI takes them: a (pointer, length) pair
        becomes one SplArray (a NULL pointer with a length a nil array), the rest stays."""
        out: list[Any] = []
        made: list[Any] = []
        i = 0
        while i < len(params):
            c, value = params[i], args[i]
            if i + 1 < len(params) and params[i + 1].role is Role.LENGTH:
                n = int(args[i + 1])
                absent = i + 2 < len(params) and params[i + 2].role is Role.PRESENT and not args[i + 2]
                if value == core_ffi.NULL and (n != 0 or absent):
                    out.append(self.spl.ffi.NULL)
                else:
                    items = core_ffi.unpack(value, n) if n else []
                    array = self.spl.array(list(items), floats="double" in c.c_type)
                    made.append(array)
                    out.append(array)
                i += 2
                continue
            if c.c_type == "const char*":  # bytes, or NULL for None
                value = value if isinstance(value, bytes) else self.spl.ffi.NULL
            out.append(value)
            i += 1
        return out, made

    def _text(self, result: Any) -> Any:
        if result == self.spl.ffi.NULL:
            return core_ffi.NULL
        text = self.spl.ffi.string(result)
        self.spl.host.spl_free_text(result)
        return core_ffi.new("char[]", text)

    def _into_buffer(self, handles: bool, element: str, array: Any, out: Any, capacity: int) -> int:
        """A fresh SplArray result, through the caller-buffer protocol: the full length, -1 on
        failure, nothing written (and no handle kept) when it exceeds the capacity."""
        if array == self.spl.ffi.NULL:
            return -1
        try:
            items = self.spl.items(array)
        finally:
            self.spl.host.spl_array_free(array)
        want = TAG_FLOAT if element == "double" else TAG_INT
        assert all(tag == want for tag, _ in items), f"result items of tags {[t for t, _ in items]}, expected {want}"
        if not items and core_lib.rt_torch_error_code() != 0:
            return -1
        if len(items) > capacity:
            if handles:
                for _, h in items:
                    core_lib.rt_torch_torchtensor_free(h)
            return len(items)
        for i, (_, v) in enumerate(items):
            out[i] = v
        return len(items)
