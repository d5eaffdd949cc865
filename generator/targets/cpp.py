"""Tier 0: the C++ bridge over libtorch (generated/cpp/).

Files:
    torch_sffi.h          the public C header (plain C, documented from the catalogue)
    sffi_codes.h          its codes (errors, dtypes, devices, scalar kinds) and export macros
                          alone: what the runtime header includes (never torch_sffi.h)
    sffi_tables.h         the catalogue's dtypes and devices, for the runtime's checks
    sffi_lines.txt        the catalogue line where each entry starts (the #line directives are
                          relative to it; sffi-gen build reports absolute lines)
    ops_<n>.cpp           the functions, in translation units built in parallel; a function's
                          unit is chosen by a hash of its name (see units())
    stub.cpp              the same exports without libtorch (the `available` entry says false)
    sffi_core.h/.cpp      every function's address in one table (sffi_core_table_<digest>), for a
                          library layered over the bridge that exports the same names with other
                          C signatures (the Simple-ABI library) and so cannot call them by name
    sffi_runtime.h/.cpp, stub_runtime.h   copies of the hand-written runtime (runtime/cpp/)

Each exported function converts its C arguments (the lowering of generator/abi.py; every
handle and array is checked), evaluates the catalogue's `binds` expression, converts the
result, and catches everything: no exception crosses `extern "C"`; a failure sets the thread's
error and returns the type's sentinel. The `binds` line carries a #line directive, so a
compiler error in it names the catalogue line that wrote it.

Build time: every unit pays a fixed prelude (sffi_runtime.h: ATen's Tensor and the first per-op
header, ~4.8 s of CPU) and little per function (~0.04 s). A unit includes only what does not
change when a function is added (sffi_runtime.h -> sffi_codes.h, its own per-op headers) and
declares its own functions (the header's declaration, rendered from the same CFunction); its
#line directives are relative to each entry. So adding, removing or editing one entry changes
one unit (plus the header, the table, the stub and sffi_lines.txt, none of which a unit includes).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from .. import abi, runtime
from ..abi import Access, CSignature, Sentinel
from ..errors import GenerationError
from ..model import Catalogue, Function, Param, names_in_binds
from .common import by_unit, c_macro, none_text, param_facts, unit_count, wrap

NAME = "cpp"
DIRS = ("cpp",)

HEADER = "torch_sffi.h"
API = "RT_TORCH_API"
RUNTIME_FILES = (
    "cpp/sffi_runtime.h",
    "cpp/sffi_runtime.cpp",
    "cpp/sffi_jit.cpp",
    "cpp/sffi_autograd.cpp",
    "cpp/sffi_dist.cpp",
    "cpp/stub_runtime.h",
    # Declarations standing in for Gloo's headers, which the torch wheel lacks (sffi_dist.cpp).
    "cpp/gloo/algorithm.h",
    "cpp/gloo/common/error.h",
    "cpp/gloo/context.h",
    "cpp/gloo/rendezvous/store.h",
    "cpp/gloo/transport/device.h",
)

# Each lowering key -> the C++ statement making the converted value named {n} from its raw C
# arguments ({n}_ for the first, {n}<suffix> for the rest). {size} is an int[N]'s N, {values}
# an enum's values as a braced list.
CONVERT: dict[str, str] = {
    "Tensor": 'const at::Tensor {n} = sffi::tensor_arg({n}_, "{n}");',
    "Tensor?": 'const std::optional<at::Tensor> {n} = sffi::optional_tensor_arg({n}_, "{n}");',
    "Stream": 'const c10::Stream {n} = sffi::stream_arg({n}_, "{n}");',
    "Tensor[]": 'const std::vector<at::Tensor> {n} = sffi::tensor_list_arg({n}_, {n}_len, "{n}");',
    "Tensor?[]": 'const c10::List<std::optional<at::Tensor>> {n} = sffi::optional_tensor_list_arg({n}_, {n}_len, "{n}");',
    "int": "const int64_t {n} = {n}_;",
    "int32": "const int32_t {n} = {n}_;",
    "float": "const double {n} = {n}_;",
    "bool": "const bool {n} = {n}_;",
    "int?": "const std::optional<int64_t> {n} = sffi::optional_arg({n}_, {n}_present);",
    "float?": "const std::optional<double> {n} = sffi::optional_arg({n}_, {n}_present);",
    "bool?": "const std::optional<bool> {n} = sffi::optional_arg({n}_, {n}_present);",
    "Scalar": 'const c10::Scalar {n} = sffi::scalar_arg({n}_, {n}_int, {n}_kind, "{n}");',
    "Scalar?": 'const std::optional<c10::Scalar> {n} = sffi::optional_scalar_arg({n}_, {n}_int, {n}_kind, "{n}");',
    "int[]": 'const at::IntArrayRef {n} = sffi::array_arg({n}_, {n}_len, "{n}");',
    "float[]": 'const c10::ArrayRef<double> {n} = sffi::array_arg({n}_, {n}_len, "{n}");',
    "int[]?": 'const at::OptionalIntArrayRef {n} = sffi::optional_array_arg({n}_, {n}_len, {n}_present, "{n}");',
    "float[]?": 'const c10::OptionalArrayRef<double> {n} = sffi::optional_array_arg({n}_, {n}_len, {n}_present, "{n}");',
    "ScalarType": 'const at::ScalarType {n} = sffi::dtype_arg({n}_, "{n}");',
    "ScalarType?": 'const std::optional<at::ScalarType> {n} = sffi::optional_dtype_arg({n}_, "{n}");',
    "Device": 'const at::Device {n} = sffi::device_arg({n}_type, {n}_index, "{n}");',
    "Device?": 'const std::optional<at::Device> {n} = sffi::optional_device_arg({n}_type, {n}_index, "{n}");',
    "str": 'const std::string_view {n} = sffi::text_arg({n}_, "{n}");',
    "str?": "const std::optional<std::string_view> {n} = sffi::optional_text_arg({n}_);",
}
# Sized int lists (int[N], int[N]?) and enums convert through their own helpers.
CONVERT_SIZED = {
    "int[]": 'const sffi::IntList {n} = sffi::sized_int_list_arg({n}_, {n}_len, {size}, "{n}");',
    "int[]?": 'const sffi::OptionalIntList {n} = sffi::optional_sized_int_list_arg({n}_, {n}_len, {n}_present, {size}, "{n}");',
}
CONVERT_ENUM = {
    "str": 'const std::string_view {n} = sffi::enum_arg({n}_, "{n}", {values}, sffi::Code::{error});',
    "str?": 'const std::optional<std::string_view> {n} = sffi::optional_enum_arg({n}_, "{n}", {values}, sffi::Code::{error});',
}

# Each result key -> the statement returning the converted {expr}.
RETURN: dict[str, str] = {
    "Tensor": "return sffi::new_tensor({expr});",
    "Tensor?": "return sffi::new_optional_tensor({expr});",
    "Stream": "return sffi::new_stream({expr});",
    "Tensor[]": "return sffi::write_tensors(out, out_capacity, {expr});",
    "int": "return sffi::to_i64({expr});",
    "int32": "return sffi::to_i32({expr});",
    "float": "return sffi::to_f64({expr});",
    "bool": "return sffi::to_bool({expr});",
    "str": "return sffi::text_result({expr});",
    "int[]": "return sffi::write_array(out, out_capacity, {expr});",
    "float[]": "return sffi::write_array(out, out_capacity, {expr});",
    "ScalarType": "return sffi::dtype_result({expr});",
    "void": "{expr};",
}

# How each access to the call lock (abi.access) is held: a guard declared after the argument
# conversions, so that handle lookups run outside it and it ends before the arguments are released.
GUARD: dict[Access, str | None] = {
    Access.NONE: None,
    Access.SHARED: "const sffi::SharedCall call_lock;",
    Access.EXCLUSIVE: "const sffi::ExclusiveCall call_lock;",
}
# What the header says of an entry that runs alone, or that runs the autograd engine.
EXCLUSIVE_DOC = 'Runs alone: no other call of the bridge runs libtorch code meanwhile (see "Threads" above).'
ENGINE_DOC = 'Runs the autograd engine beside other calls, never beside one that runs alone (see "Threads" above).'


def _access_doc(fn: Function) -> str | None:
    if abi.access(fn) is Access.EXCLUSIVE:
        return EXCLUSIVE_DOC
    return ENGINE_DOC if fn.autograd == "engine" else None

SENTINEL: dict[Sentinel, str | None] = {
    Sentinel.ZERO: "0",
    Sentinel.MINUS_ONE: "-1",
    Sentinel.NAN: "sffi::kNaN",
    Sentinel.FALSE: "false",
    Sentinel.NULL: "nullptr",
    Sentinel.NONE: None,
}

_AT_CALL = re.compile(r"\bat::([a-z_][a-z0-9_]*)\s*\(")
_NOT_OPS = {"manual_seed"}  # at:: functions that are not per-op headers

# The marker a rendered ops file carries where the compiler must return to the file's own
# line numbers after a catalogue line (replaced by a #line directive in render()).
_RESUME = "// sffi:resume-line"


@dataclass(frozen=True)
class CFunction:
    """A catalogue function as the C++ templates see it: all strings decided here."""

    fn: Function
    c_params: str  # for the header
    def_params: str  # for the definition (raw names)
    return_type: str
    conversions: tuple[str, ...]
    guard: str | None  # the call lock's guard (after the conversions), or None
    body: str  # the return statement (or expression statement for void)
    sentinel: str | None
    doc: tuple[str, ...]
    ops: tuple[str, ...]  # ATen per-op headers it needs
    stub_params: str  # the stub's definition parameters
    stub_body: tuple[str, ...]  # the stub's statements
    binds_offset: int = 1  # the binds line within its entry (1: the entry's first line)


def raw_name(c_name: str, p: Param) -> str:
    """The name of a C parameter in the definition: the first argument of a parameter is {n}_,
    so that the converted value can be called {n}."""
    return p.name + "_" if c_name == p.name else c_name


def _def_params(sig: CSignature, prefix: str = "") -> str:
    """The definition's parameters (raw names), each after `prefix`."""
    return ", ".join(f"{prefix}{c.c_type} {raw_name(c.name, c.param) if c.param else c.name}" for c in sig.params) or "void"


def _uses_converted(fn: Function, p: Param) -> bool:
    """Whether binds uses the converted value of p (else only raw arguments: `p_`)."""
    return p.name in names_in_binds(fn.binds)


def convert_statement(p: Param, fn: Function) -> str:
    key = p.type.key
    if p.type.enum is not None:
        values = "{" + ", ".join(f'"{v}"' for v in p.type.enum.values) + "}"
        return CONVERT_ENUM[key].format(n=p.name, values=values, error=p.type.enum.error)
    if p.type.size is not None:
        return CONVERT_SIZED[key].format(n=p.name, size=p.type.size)
    try:
        return CONVERT[key].format(n=p.name)
    except KeyError:
        raise GenerationError(f"target {NAME}: no conversion for parameter type '{p.type.spelling}' (needed by {fn.name})") from None


def _conversions(fn: Function) -> list[str]:
    """The statements converting raw arguments, in parameter order. Two or more plain tensor
    arguments are looked up together, under one lock of the handle table."""
    used = [p for p in fn.params if _uses_converted(fn, p)]  # the loader checked every parameter is used
    tensors = [p for p in used if p.type.key == "Tensor"]
    out: list[str] = []
    for p in used:
        if len(tensors) > 1 and p.type.key == "Tensor":
            if p is tensors[0]:
                names = ", ".join(t.name for t in tensors)
                raws = ", ".join(f"{t.name}_" for t in tensors)
                labels = ", ".join(f'"{t.name}"' for t in tensors)
                out.append(f"const auto [{names}] = sffi::tensor_args<{len(tensors)}>({{{raws}}}, {{{labels}}});")
            continue
        out.append(convert_statement(p, fn))
    return out


def _param_doc(p: Param, sig: CSignature) -> list[str]:
    c_names = [c.name for c in sig.by_param[p.name]]
    lines = wrap(f"{p.name}: {p.doc}", 86)
    out = [f"  {lines[0]}"] + [f"      {line}" for line in lines[1:]]
    facts = param_facts(p, c_names, none_text(p), "keyword-only in the wrappers")
    out.append("      (" + "; ".join(facts) + ")")
    return out


def _doc(fn: Function, sig: CSignature, error_code: str) -> tuple[str, ...]:
    lines = wrap(fn.summary, 92)
    for p in fn.params:
        lines += _param_doc(p, sig)
    res = sig.result
    sentinel = res.sentinel.value  # the sentinel in C's spelling
    if res.is_buffer:
        what = "tensors" if fn.result.type.key == "Tensor[]" else fn.result.type.spelling
        lines += [f"  out, out_capacity: caller buffer for the {what} result."]
        lines += [
            f"  Returns the full length ({sentinel} on error); writes nothing"
            f"{' and creates no handle' if fn.result.type.key == 'Tensor[]' else ''} when it exceeds out_capacity."
        ]
        lines += [f"      {line}" for line in wrap(fn.result.doc, 86)]
    elif not fn.is_void:
        lines += [f"  {line}" for line in wrap(f"Returns: {fn.result.doc}", 88)]
        check = " (check the error code: it can be a legitimate result)" if res.legitimate else ""
        lines += [f"  On error: {sentinel}{check}."]
    else:
        lines += [f"  No result: read {error_code}() after the call."]
    if fn.mutates_receiver:
        lines += [f"  Changes {fn.params[0].name} in place."]
    access = _access_doc(fn)
    if access:
        lines += [f"  {line}" for line in wrap(access, 88)]
    if fn.cuda:
        lines += ["  Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it."]
    if fn.deviation:
        lines += [f"  {line}" for line in wrap(f"Deviation from the reference: {fn.deviation}", 88)]
    if fn.pytorch:
        lines.append(f"  PyTorch: {fn.pytorch}" + (f" (ATen {fn.aten})" if fn.aten else ""))
    return tuple(lines)


def _stub(fn: Function, sig: CSignature) -> tuple[str, tuple[str, ...]]:
    """The stub's definition: its `stub:` expression, else "unavailable" and the sentinel."""
    params = _def_params(sig, "[[maybe_unused]] ")
    enter = () if fn.keeps_error_state else (f'sffi::begin_call("{fn.name}");',)
    if fn.stub is not None:
        body = enter + (f"{fn.stub};" if fn.is_void else f"return {fn.stub};",)
    else:
        sentinel = SENTINEL[sig.result.sentinel]
        body = enter + ("sffi::unavailable();",) + ((f"return {sentinel};",) if sentinel else ())
    return params, body


def translate(fn: Function, error_code: str = "the error_code function") -> CFunction:
    sig = abi.signature(fn)
    try:
        ret = RETURN[fn.result.type.key]
    except KeyError:
        raise GenerationError(f"target {NAME}: no conversion for result type '{fn.result.type.spelling}' (needed by {fn.name})") from None
    ops = tuple(sorted({m for m in _AT_CALL.findall(fn.binds) if m not in _NOT_OPS}))
    stub_params, stub_body = _stub(fn, sig)
    return CFunction(
        fn=fn,
        c_params=sig.decls(),
        def_params=_def_params(sig),
        return_type=sig.return_type,
        conversions=tuple(_conversions(fn)),
        guard=GUARD[abi.access(fn)],
        body=ret.replace("{expr}", fn.binds),
        sentinel=SENTINEL[sig.result.sentinel],
        doc=_doc(fn, sig, error_code),
        ops=ops,
        stub_params=stub_params,
        stub_body=stub_body,
        binds_offset=fn.binds_line - fn.line + 1,
    )


@dataclass(frozen=True)
class Unit:
    index: int  # 1-based
    count: int  # how many units there are
    functions: tuple[CFunction, ...]

    @property
    def file(self) -> str:
        return f"ops_{self.index}.cpp"

    @property
    def ops(self) -> tuple[tuple[str, tuple[str, int]], ...]:
        """The ATen per-op headers the unit includes, each with the first function that calls
        it and the line of its binds within the entry (a missing header is reported there)."""
        first: dict[str, tuple[str, int]] = {}
        for f in self.functions:
            for op in f.ops:
                first.setdefault(op, (f.fn.name, f.binds_offset))
        return tuple(sorted(first.items()))


# Units: a unit costs a fixed ~4.8 s of CPU (sffi_runtime.h's ATen prelude and the first
# per-op header) plus ~0.04 s per function (g++ 12, -O2; measured in build/ on the 2-core
# machine). Rebuilding the unit of a changed function costs the prelude plus its share, and a
# clean build pays the prelude once per unit, so units of up to UNIT_SIZE functions balance
# the two. At 745 functions, 8 units rebuild one in ~8.5 s and build clean in ~87 s of CPU;
# 16 units rebuild one in ~6.5 s and cost ~38 s more of CPU per clean build, which on two cores
# still finishes well under the 90 s goal, while the one-entry rebuild (whose longest step is
# the unit, beside cffi's one file) needs every second under its 15 s goal.
UNIT_SIZE = 48
MIN_UNITS = 4  # two rounds on two cores beside the runtime, the table and the extensions
# At three times the catalogue, 64 units would pay ~6 s of prelude each (~380 s of CPU for a
# clean build) for rebuilds that cffi's single file (which grows with the catalogue) outlasts.
MAX_UNITS = 16


def units(catalogue: Catalogue, cfuncs: dict[str, CFunction], count: int | None = None) -> list[Unit]:
    """The translation units: each function in unit unit_of(name), in catalogue order within
    it. Every unit is written, an empty one too, so that the set of files is fixed by count."""
    count = count or unit_count(len(catalogue.functions), UNIT_SIZE, MIN_UNITS, MAX_UNITS)
    return [Unit(i + 1, count, tuple(cfuncs[f.name] for f in fns)) for i, fns in enumerate(by_unit(catalogue.functions, count))]


# render_tree puts the one-line "generated from" header above every file.
HEADER_LINES = 1


def resume_lines(text: str, file: str) -> str:
    """Replaces each resume marker with a #line directive back to the file's own numbering."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if line.strip() == _RESUME:
            lines[i] = f'#line {i + 2 + HEADER_LINES} "{file}"'
    return "\n".join(lines)


def table_name(functions: list[CFunction]) -> str:
    """The name of sffi_core.h's table getter: sffi_core_table_ and a digest that changes with
    any function's name, order or C signature."""
    text = "\n".join(f"{f.return_type} {f.fn.name}({f.c_params})" for f in functions)
    return "sffi_core_table_" + hashlib.sha256(text.encode()).hexdigest()[:16]


def _context(catalogue: Catalogue) -> tuple[dict[str, CFunction], dict[str, object]]:
    reader = catalogue.by_role("error_code")
    cfuncs = {f.name: translate(f, reader.name if reader else "the error_code function") for f in catalogue.functions}
    ordered = [cfuncs[f.name] for f in catalogue.functions]
    context = dict(
        catalogue=catalogue,
        functions=ordered,
        header=HEADER,
        api=API,
        c_macro=c_macro,
        kinds=abi.SCALAR_KINDS,
        resume=_RESUME,
        table_name=table_name(ordered),
    )
    return cfuncs, context


def unit_source(catalogue: Catalogue, renderer, names: list[str]) -> str:  # type: ignore[no-untyped-def]
    """One translation unit of just the functions `names` (as ops_1.cpp): for checking that
    some entries compile without compiling the units they are placed in."""
    cfuncs, context = _context(catalogue)
    unit = Unit(1, 1, tuple(cfuncs[n] for n in names))
    return resume_lines(renderer.render("cpp/ops.cpp.j2", unit=unit, **context), unit.file)


def render(catalogue: Catalogue, renderer) -> dict[str, str | runtime.Copy]:  # type: ignore[no-untyped-def]
    cfuncs, context = _context(catalogue)
    files: dict[str, str | runtime.Copy] = {
        f"cpp/{HEADER}": renderer.render("cpp/torch_sffi.h.j2", **context),
        "cpp/sffi_codes.h": renderer.render("cpp/sffi_codes.h.j2", **context),
        "cpp/sffi_lines.txt": renderer.render("cpp/sffi_lines.txt.j2", **context),
        "cpp/sffi_tables.h": renderer.render("cpp/sffi_tables.h.j2", **context),
        "cpp/stub.cpp": renderer.render("cpp/stub.cpp.j2", **context),
        "cpp/sffi_core.h": renderer.render("cpp/sffi_core.h.j2", **context),
        "cpp/sffi_core.cpp": renderer.render("cpp/sffi_core.cpp.j2", **context),
    }
    for unit in units(catalogue, cfuncs):
        text = renderer.render("cpp/ops.cpp.j2", unit=unit, **context)
        files[f"cpp/{unit.file}"] = resume_lines(text, unit.file)
    for rel in RUNTIME_FILES:
        files[rel] = runtime.copy(rel)
    return files
