"""The Simple-ABI library (libspl_torch.so): the C side of Simple's `extern fn` calls.

ffi.spl declares each bridge function with Simple types; compiled Simple code calls an extern
fn with the Simple runtime's calling convention, which is not the bridge's C ABI:

    ffi.spl type    Simple passes / expects          the bridge (generator/abi.py) has
    [i64] / [f64]   one SplArray* (tagged items)     a pointer and a length (and a presence flag
                                                     for an optional array, a parameter of its own)
    -> [i64]/[f64]  a fresh SplArray*                a caller buffer (out, out_capacity), the
                                                     full length returned
    text            const char*, the caller's         const char*
    -> text         a char* the runtime frees        const char* into per-thread storage
    i64 i32 f64 bool  int64_t int32_t double bool    the same

So this library exports every catalogue function under its own name with the C signature
that convention gives the ffi.spl declaration (the reference's header, for the 104 reference
functions) and converts: generated/simple/abi/spl_torch.h declares them, spl_torch.cpp
defines them over the hand-written runtime/simple/spl_abi.{h,cpp} (the Simple runtime's
documented value layout, its functions found in the host process, the conversions). The
library calls the bridge through sffi_core.h's table, since it exports the bridge's names
itself: one handle table, one error state, one call lock with every other caller.

A failed call returns what the bridge's would (0, -1, NaN, false, nil text), an array result
a fresh empty array (nil only when the Simple runtime is absent), and sets the thread's error.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import abi, runtime
from ..abi import CParam, Role, Sentinel
from ..errors import GenerationError
from ..model import Catalogue, Function
from .common import TENSOR, destructor_function
from .simple import ABI_HEADER as HEADER
from .simple import ABI_LIBRARY as LIBRARY
from .simple import ffi_params, ffi_result

FOLDER = "simple/abi"
RUNTIME_FILES = ("simple/spl_abi.h", "simple/spl_abi.cpp")

# ffi.spl's types -> the C types of the Simple calling convention.
PARAM_C: dict[str, str] = {
    "i64": "int64_t",
    "i32": "int32_t",
    "f64": "double",
    "bool": "bool",
    "text": "const char*",
    "[i64]": "SplArray*",
    "[f64]": "SplArray*",
}
RESULT_C: dict[str, str] = {**PARAM_C, "text": "char*"}

# An array parameter: the C++ element vector and the spl_abi.h converter that fills it.
ARRAY_ITEMS: dict[str, tuple[str, str]] = {"[i64]": ("int64_t", "spl::ints"), "[f64]": ("double", "spl::floats")}

# What a failed call returns, by the bridge's sentinel (an array result: failed_array()).
FAILURE: dict[Sentinel, str] = {
    Sentinel.ZERO: "0",
    Sentinel.MINUS_ONE: "-1",
    Sentinel.NAN: "spl::kNaN",
    Sentinel.FALSE: "false",
    Sentinel.NULL: "nullptr",
    Sentinel.NONE: "",
}


@dataclass(frozen=True)
class SplFunction:
    """One exported function as the templates see it: all strings decided here."""

    fn: Function
    return_type: str
    params: str  # the declaration's parameters ("void" for none)
    body: tuple[str, ...]  # the definition's statements


def _c_type(table: dict[str, str], simple: str, fn: Function) -> str:
    try:
        return table[simple]
    except KeyError:
        raise GenerationError(f"target simple: no Simple-ABI C type for the ffi.spl type '{simple}' (needed by {fn.name})") from None


def _core_args(params: tuple[CParam, ...], arrays: set[str]) -> list[str]:
    """The bridge call's arguments: each array as its converted vector's data and length."""
    out = []
    owner = ""
    for c in params:
        if c.role is Role.VALUE and c.name in arrays:
            owner = c.name
            out.append(f"{owner}_.data()")
        elif c.role is Role.LENGTH and owner:
            out.append(f"spl::length({owner}_)")
            owner = ""
        else:
            out.append(c.name)
    return out


def spl_function(fn: Function, release: Function) -> SplFunction:
    sig = abi.signature(fn)
    simple = ffi_params(sig)
    result = ffi_result(sig)
    return_type = _c_type(RESULT_C, result, fn) if result else "void"
    is_array = result is not None and result.startswith("[")
    fail = "spl::failed_array()" if is_array else FAILURE[sig.result.sentinel]
    ret = f"return {fail};" if fail else "return;"
    body: list[str] = []
    arrays = {p.name for p in simple if p.type in ARRAY_ITEMS}
    for p in simple:
        if p.type not in ARRAY_ITEMS:
            continue
        element, convert = ARRAY_ITEMS[p.type]
        present = next((c.name for c in sig.by_param[p.param.name] if c.role is Role.PRESENT), None) if p.param else None
        extra = f", {present}" if present else ""
        body += [f"std::vector<{element}> {p.name}_;", f'if (!{convert}({p.name}, {p.name}_, __func__, "{p.name}"{extra})) {ret}']
    if (is_array or result == "text") and not arrays:
        body.append(f"if (!spl::runtime_ready(__func__)) {ret}")
    args = _core_args(tuple(c for c in sig.params if c.param is not None), arrays)
    call = f"spl::core().{fn.name}"
    if is_array and sig.result.element is not None:
        element = sig.result.element
        handles = fn.result.type.base == "Tensor"
        out = f"{element}* out, int64_t out_capacity"
        inner = f"return {call}({', '.join([*args, 'out', 'out_capacity'])});"
        releaser = f"[](int64_t h) noexcept {{ spl::core().{release.name}(h); }}" if handles else "nullptr"
        body.append(f"return spl::buffer_result<{element}>(__func__, {releaser}, [&]({out}) noexcept {{ {inner} }});")
    elif result == "text":
        body.append(f"return spl::text(__func__, {call}({', '.join(args)}));")
    elif result is None:
        body.append(f"{call}({', '.join(args)});")
    else:
        body.append(f"return {call}({', '.join(args)});")
    params = ", ".join(f"{_c_type(PARAM_C, p.type, fn)} {p.name}" for p in simple) or "void"
    return SplFunction(fn, return_type, params, tuple(body))


def spl_functions(catalogue: Catalogue) -> list[SplFunction]:
    release = destructor_function(catalogue, TENSOR)
    return [spl_function(f, release) for f in catalogue.functions]


def render(catalogue: Catalogue, renderer) -> dict[str, str | runtime.Copy]:  # type: ignore[no-untyped-def]
    context = dict(catalogue=catalogue, functions=spl_functions(catalogue), library=LIBRARY)
    files: dict[str, str | runtime.Copy] = {
        f"{FOLDER}/{HEADER}": renderer.render("simple/spl_torch.h.j2", **context),
        f"{FOLDER}/spl_torch.cpp": renderer.render("simple/spl_torch.cpp.j2", **context),
    }
    for rel in RUNTIME_FILES:
        files[f"{FOLDER}/{rel.rsplit('/', 1)[1]}"] = runtime.copy(rel)
    return files
