"""Tier 0: the C++ bridge over libtorch (generated/cpp/).

Files:
    torch_sffi.h          the public C header (plain C, documented from the catalogue)
    sffi_runtime.h/.cpp   handle table, per-thread errors, argument and result conversions
    ops_<n>.cpp           the functions, in a few translation units built in parallel
    stub.cpp              the same exports without libtorch (rt_torch_available() is false)

Each exported function converts its raw C arguments (checking every handle and array),
evaluates the catalogue's `binds` expression, converts the result, and catches everything:
no exception crosses `extern "C"`; a failure sets the thread's error and returns the
type's sentinel.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Catalogue, Category, Function, Param
from .common import lookup, wrap

NAME = "cpp"
DIRS = ("cpp",)

HEADER = "torch_sffi.h"
API = "RT_TORCH_API"


@dataclass(frozen=True)
class CParam:
    decls: tuple[str, ...]  # C declarations; {n} is the parameter's name in the header
    convert: str  # C++ statement making the value named {n} from the raw arguments ({n}_ ...)


@dataclass(frozen=True)
class CResult:
    c_type: str
    sentinel: str | None  # the value a failed call returns (None for void)
    sentinel_doc: str
    out_params: tuple[str, ...]  # trailing C parameters of array results
    ret: str  # C++ statement returning the converted {expr}


# Raw names in definitions: {n}_ for the value (or pointer), {n}_len for array lengths.
C_PARAM: dict[str, CParam] = {
    "tensor": CParam(("int64_t {n}",), "const at::Tensor {n} = sffi::tensor_arg({n}_, \"{n}\");"),
    "tensor?": CParam(("int64_t {n}",), "const std::optional<at::Tensor> {n} = sffi::optional_tensor_arg({n}_, \"{n}\");"),
    "stream": CParam(("int64_t {n}",), "const c10::Stream {n} = sffi::stream_arg({n}_, \"{n}\");"),
    "tensor[]": CParam(
        ("const int64_t* {n}", "int64_t {n}_len"),
        "const std::vector<at::Tensor> {n} = sffi::tensor_list_arg({n}_, {n}_len, \"{n}\");",
    ),
    "i32": CParam(("int32_t {n}",), "const int32_t {n} = {n}_;"),
    "i64": CParam(("int64_t {n}",), "const int64_t {n} = {n}_;"),
    "f64": CParam(("double {n}",), "const double {n} = {n}_;"),
    "bool": CParam(("bool {n}",), "const bool {n} = {n}_;"),
    "text": CParam(("const char* {n}",), "const std::string_view {n} = sffi::text_arg({n}_, \"{n}\");"),
    "i64[]": CParam(
        ("const int64_t* {n}", "int64_t {n}_len"), "const at::IntArrayRef {n} = sffi::array_arg({n}_, {n}_len, \"{n}\");"
    ),
    "f64[]": CParam(
        ("const double* {n}", "int64_t {n}_len"),
        "const c10::ArrayRef<double> {n} = sffi::array_arg({n}_, {n}_len, \"{n}\");",
    ),
}

_OUT_I64 = ("int64_t* out", "int64_t out_capacity")
C_RESULT: dict[str, CResult] = {
    "tensor": CResult("int64_t", "0", "0", (), "return sffi::new_tensor({expr});"),
    "tensor?": CResult("int64_t", "0", "0 (also the legitimate \"none\")", (), "return sffi::new_optional_tensor({expr});"),
    "stream": CResult("int64_t", "0", "0", (), "return sffi::new_stream({expr});"),
    "tensor[]": CResult("int64_t", "-1", "-1", _OUT_I64, "return sffi::write_tensors(out, out_capacity, {expr});"),
    "i32": CResult("int32_t", "-1", "-1 (check the error code: -1 can be legitimate)", (), "return sffi::to_i32({expr});"),
    "i64": CResult("int64_t", "-1", "-1", (), "return sffi::to_i64({expr});"),
    "f64": CResult("double", "sffi::kNaN", "NaN", (), "return sffi::to_f64({expr});"),
    "bool": CResult("bool", "false", "false (check the error code)", (), "return sffi::to_bool({expr});"),
    "text": CResult("const char*", "nullptr", "NULL", (), "return sffi::text_result({expr});"),
    "i64[]": CResult("int64_t", "-1", "-1", _OUT_I64, "return sffi::write_array(out, out_capacity, {expr});"),
    "f64[]": CResult(
        "int64_t", "-1", "-1", ("double* out", "int64_t out_capacity"), "return sffi::write_array(out, out_capacity, {expr});"
    ),
    "void": CResult("void", None, "nothing (check the error code)", (), "{expr};"),
}

_AT_CALL = re.compile(r"\bat::([a-z_][a-z0-9_]*)\s*\(")
_NOT_OPS = {"manual_seed"}  # at:: functions that are not per-op headers


@dataclass(frozen=True)
class CFunction:
    """A catalogue function as the C++ templates see it: all strings decided here."""

    fn: Function
    c_params: str  # for the header
    def_params: str  # for the definition (raw names)
    return_type: str
    conversions: tuple[str, ...]
    body: str  # the return statement (or expression statement for void)
    sentinel: str | None
    doc: tuple[str, ...]
    ops: tuple[str, ...]  # ATen per-op headers it needs
    stub_params: str  # the definition's parameters in the stub (unnamed where unused)
    stub_body: tuple[str, ...]  # the stub's statements


def _uses_converted(fn: Function, p: Param) -> bool:
    """Whether binds uses the converted value of p (else only the raw argument `p_`)."""
    return re.search(rf"(?<![\w.]){p.name}(?![\w])", fn.binds) is not None


def _param_decls(fn: Function, raw: bool) -> list[str]:
    decls: list[str] = []
    for p in fn.params:
        for d in lookup(C_PARAM, p.type, NAME, fn).decls:
            if raw:
                decls.append(d.replace("{n}_len", f"{p.name}_len").replace("{n}", f"{p.name}_"))
            else:
                decls.append(d.replace("{n}", p.name))
    decls.extend(lookup(C_RESULT, fn.result.type, NAME, fn).out_params)
    return decls


def _doc(fn: Function) -> tuple[str, ...]:
    lines = wrap(fn.summary, 92)
    for p in fn.params:
        body = wrap(f"{p.name}: {p.doc}", 86)
        lines += [f"  {body[0]}"] + [f"      {line}" for line in body[1:]]
        if p.type.is_array:
            lines.append(f"      ({p.name}, {p.name}_len): pointer and element count; NULL only with length 0.")
    res = lookup(C_RESULT, fn.result.type, NAME, fn)
    if fn.result.type.is_array:
        lines += [f"  out, out_capacity: caller buffer for the {fn.result.type.name} result."]
        lines += [
            f"  Returns the full length ({res.sentinel_doc} on error); writes nothing"
            f"{' and creates no handle' if fn.result.type.name == 'tensor[]' else ''} when it exceeds out_capacity."
        ]
        lines += [f"      {line}" for line in wrap(fn.result.doc, 86)]
    elif not fn.is_void:
        body = wrap(f"Returns: {fn.result.doc}", 88)
        lines += [f"  {line}" for line in body]
        lines += [f"  On error: {res.sentinel_doc}."]
    else:
        lines += ["  No result: read rt_torch_error_code() after the call."]
    if fn.cuda:
        lines += ["  Needs CUDA: fails with RT_TORCH_ERR_UNAVAILABLE on a build or machine without it."]
    if fn.deviation:
        dev = wrap(f"Deviation from the reference: {fn.deviation}", 88)
        lines += [f"  {line}" for line in dev]
    if fn.pytorch:
        lines.append(f"  PyTorch: {fn.pytorch}")
    return tuple(lines)


# The stub bridge (built without libtorch) implements the runtime helpers that need no
# tensors, keyed by the catalogue's binds expression; every other function reports
# "unavailable" and returns its sentinel.
STUB_BINDS: dict[str, tuple[str, ...]] = {
    "sffi::torch_available()": ("begin_call();", "return false;"),
    "sffi::torch_version()": ("begin_call();", 'return "unavailable: built without libtorch";'),
    "sffi::error_code()": ("return t_error_code;",),
    "sffi::error_message()": ('return t_error_code == 0 ? "" : t_error_message.c_str();',),
    "sffi::error_clear()": ("t_error_code = 0;", "t_error_message.clear();"),
    "sffi::live_handles()": ("begin_call();", "return 0;"),
    "sffi::free_tensor(handle_)": ("begin_call();", 'no_such_handle("{name}", handle, "tensor");'),
    "sffi::free_stream(handle_)": ("begin_call();", 'no_such_handle("{name}", handle, "stream");'),
    "sffi::release_tensor(handle_)": ("return false;",),
}
_STUB_SENTINEL = {"sffi::kNaN": "kNaN"}


def _stub(fn: Function, res: CResult) -> tuple[str, tuple[str, ...]]:
    native = STUB_BINDS.get(fn.binds)
    if native is not None:
        body = tuple(line.replace("{name}", fn.name) for line in native)
        uses_handle = any("handle" in line.replace("no_such_handle", "") for line in body)
    else:
        sentinel = _STUB_SENTINEL.get(res.sentinel or "", res.sentinel)
        body = ("begin_call();", f'unavailable("{fn.name}");') + ((f"return {sentinel};",) if sentinel else ())
        uses_handle = False
    decls = _param_decls(fn, raw=False)
    params = [d if uses_handle and d.endswith(" handle") else d.rsplit(" ", 1)[0] for d in decls]
    return ", ".join(params) or "void", body


def _conversions(fn: Function) -> list[str]:
    """The statements converting raw arguments, in parameter order. Two or more plain tensor
    arguments are looked up together, under one lock of the handle table."""
    used = [p for p in fn.params if _uses_converted(fn, p)]  # the loader checked every parameter is used
    tensors = [p for p in used if p.type.name == "tensor"]
    out: list[str] = []
    for p in used:
        if len(tensors) > 1 and p.type.name == "tensor":
            if p is tensors[0]:
                names = ", ".join(t.name for t in tensors)
                raws = ", ".join(f"{t.name}_" for t in tensors)
                labels = ", ".join(f'"{t.name}"' for t in tensors)
                out.append(f"const auto [{names}] = sffi::tensor_args<{len(tensors)}>({{{raws}}}, {{{labels}}});")
            continue
        out.append(lookup(C_PARAM, p.type, NAME, fn).convert.replace("{n}", p.name))
    return out


def translate(fn: Function) -> CFunction:
    conversions = _conversions(fn)
    res = lookup(C_RESULT, fn.result.type, NAME, fn)
    ops = tuple(sorted({m for m in _AT_CALL.findall(fn.binds) if m not in _NOT_OPS}))
    stub_params, stub_body = _stub(fn, res)
    return CFunction(
        fn=fn,
        c_params=", ".join(_param_decls(fn, raw=False)) or "void",
        def_params=", ".join(_param_decls(fn, raw=True)) or "void",
        return_type=res.c_type,
        conversions=tuple(conversions),
        body=res.ret.replace("{expr}", fn.binds),
        sentinel=res.sentinel,
        doc=_doc(fn),
        ops=ops,
        stub_params=stub_params,
        stub_body=stub_body,
    )


@dataclass(frozen=True)
class Unit:
    file: str
    title: str
    functions: tuple[CFunction, ...]

    @property
    def ops(self) -> tuple[str, ...]:
        return tuple(sorted({op for f in self.functions for op in f.ops}))


# Each translation unit pays ~2.5 s for the first ATen per-op header and little for the
# rest, so a few large units build faster than one per category: with the runtime, four
# units keep two cores busy for two rounds.
UNITS = 3


def units(catalogue: Catalogue, cfuncs: dict[str, CFunction], count: int = UNITS) -> list[Unit]:
    """Categories in catalogue order, cut into `count` contiguous units of similar size."""
    groups = [(c, tuple(cfuncs[f.name] for f in catalogue.in_category(c))) for c in catalogue.categories]
    groups = [(c, fns) for c, fns in groups if fns]
    total = sum(len(fns) for _, fns in groups)
    out: list[Unit] = []
    current: list[tuple[Category, tuple[CFunction, ...]]] = []
    for i, group in enumerate(groups):
        current.append(group)
        size = sum(len(fns) for _, fns in current)
        remaining_units = count - len(out) - 1
        remaining_groups = len(groups) - i - 1
        if remaining_units > 0 and (size >= total / count or remaining_groups == remaining_units):
            out.append(_unit(len(out) + 1, current))
            current = []
    if current:
        out.append(_unit(len(out) + 1, current))
    return out


def _unit(index: int, groups: list[tuple[Category, tuple[CFunction, ...]]]) -> Unit:
    title = ", ".join(c.title for c, _ in groups)
    return Unit(f"ops_{index}.cpp", title, tuple(f for _, fns in groups for f in fns))


def c_macro(name: str) -> str:
    return re.sub(r"[^A-Z0-9]", "_", name.upper())


def render(catalogue: Catalogue, renderer) -> dict[str, str]:  # type: ignore[no-untyped-def]
    cfuncs = {f.name: translate(f) for f in catalogue.functions}
    ordered = [cfuncs[f.name] for f in catalogue.functions]
    context = dict(
        catalogue=catalogue,
        functions=ordered,
        header=HEADER,
        api=API,
        c_macro=c_macro,
    )
    files = {
        f"cpp/{HEADER}": renderer.render("cpp/torch_sffi.h.j2", **context),
        "cpp/sffi_runtime.h": renderer.render("cpp/sffi_runtime.h.j2", **context),
        "cpp/sffi_runtime.cpp": renderer.render("cpp/sffi_runtime.cpp.j2", **context),
        "cpp/stub.cpp": renderer.render("cpp/stub.cpp.j2", **context),
    }
    for unit in units(catalogue, cfuncs):
        files[f"cpp/{unit.file}"] = renderer.render("cpp/ops.cpp.j2", unit=unit, **context)
    return files
