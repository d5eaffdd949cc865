"""Tiers 2 and 3 for the Simple language: generated/simple/ffi.spl and mod.spl.

ffi.spl declares every bridge function in Simple's own types. The lowering to the C ABI
(the contract the conformance test checks) is:
    tensor / tensor? / stream  -> i64          i32 / i64 / f64 / bool -> same
    text parameter -> text (const char*)       text result -> text (copied by the runtime)
    [i64] / [f64] parameter -> (pointer, int64 length)
    [i64] / [f64] result    -> caller buffer (pointer, int64 capacity), full length returned

mod.spl is the high-level module over ffi.spl (`use lib.torch.ffi.*`): a Tensor class (tensor
methods and constructors), a Stream class, module functions for the rest, a TorchError, and the
optimizers SGD and Adam (torch.optim's single-tensor updates over the Tensor methods; emitted
when the catalogue has every function they call, OPTIMIZER_FUNCTIONS).
Every wrapper returns Result<T, TorchError>: it checks the call's sentinel (and reads the error
code after every call whose sentinel is also a legitimate value, and after every call without
a result) and builds the error from rt_torch_error_code() / rt_torch_error_message().

Both files are checked with generator.simple_syntax as they are rendered: output the checker
rejects is a GenerationError, never a file.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from .. import simple_syntax
from ..cache import digest, remember, seen
from ..errors import GenerationError
from ..model import Catalogue, Function, Param
from ..simple_syntax import KEYWORDS, parse
from .common import (
    OPTIMIZER_FUNCTIONS,
    destructor_function,
    STREAM,
    TENSOR,
    extension_sections,
    is_release,
    lookup,
    placement,
    release_function,
    require_error_protocol,
    sections,
    wrap,
)

NAME = "simple"
DIRS = ("simple",)

SIMPLE_TYPE: dict[str, str] = {
    "tensor": "i64",
    "tensor?": "i64",
    "stream": "i64",
    "tensor[]": "[i64]",
    "i32": "i32",
    "i64": "i64",
    "f64": "f64",
    "bool": "bool",
    "text": "text",
    "i64[]": "[i64]",
    "f64[]": "[f64]",
}
SIMPLE_RESULT: dict[str, str | None] = {**SIMPLE_TYPE, "void": None}

BANNER = "# " + "=" * 76


@dataclass(frozen=True)
class Decl:
    name: str
    doc: tuple[str, ...]
    signature: str


@dataclass(frozen=True)
class Section:
    title: str
    banner: bool  # a three-line banner; False for a sub-heading inside the extensions
    decls: tuple[Decl, ...]


def _doc(fn: Function) -> tuple[str, ...]:
    lines = [f"# {line}" for line in wrap(fn.summary, 86)]
    if fn.params:
        lines += ["#", "# Args:"]
        for p in fn.params:
            body = wrap(f"{p.name}: {p.doc}", 80)
            lines += [f"#     {body[0]}"] + [f"#         {line}" for line in body[1:]]
    if not fn.is_void:
        lines += ["#", "# Returns:"] + [f"#     {line}" for line in wrap(fn.result.doc, 82)]
    if fn.deviation:
        lines += ["#", "# Deviation from the reference:"] + [f"#     {line}" for line in wrap(fn.deviation, 82)]
    return tuple(lines)


def signature(fn: Function) -> str:
    params = ", ".join(f"{p.name}: {lookup(SIMPLE_TYPE, p.type, NAME, fn)}" for p in fn.params)
    result = lookup(SIMPLE_RESULT, fn.result.type, NAME, fn)
    arrow = f" -> {result}" if result else ""
    return f"extern fn {fn.name}({params}){arrow}"


def _decls(fns: tuple[Function, ...]) -> tuple[Decl, ...]:
    return tuple(Decl(f.name, _doc(f), signature(f)) for f in fns)


def ffi_sections(catalogue: Catalogue) -> list[Section]:
    out = [Section(c.title, True, _decls(fns)) for c, fns in sections(catalogue)]
    ext = extension_sections(catalogue)
    if ext:
        out.append(Section("Extensions (beyond the reference API)", True, ()))
        out += [Section(c.title, False, _decls(fns)) for c, fns in ext]
    return out


# --------------------------------------------------------------------------- mod.spl

FFI_MODULE = "lib.torch.ffi"


@dataclass(frozen=True)
class ModParam:
    type: str  # the Simple type in the wrapper's signature
    arg: str  # the ffi argument it becomes; {n} is the parameter's name


MOD_PARAM: dict[str, ModParam] = {
    "tensor": ModParam("Tensor", "{n}.handle"),
    "tensor?": ModParam("Tensor", "{n}.handle"),  # Tensor.none() stands for none
    "stream": ModParam("Stream", "{n}.handle"),
    "tensor[]": ModParam("[Tensor]", "handles_of({n})"),
    "i32": ModParam("i32", "{n}"),
    "i64": ModParam("i64", "{n}"),
    "f64": ModParam("f64", "{n}"),
    "bool": ModParam("bool", "{n}"),
    "text": ModParam("text", "{n}"),
    "i64[]": ModParam("[i64]", "{n}"),
    "f64[]": ModParam("[f64]", "{n}"),
}


@dataclass(frozen=True)
class ModResult:
    ok_type: str  # T in Result<T, TorchError>
    check: str | None  # the helper of mod.spl that checks the value; None: a call without a result


MOD_RESULT: dict[str, ModResult] = {
    "tensor": ModResult("Tensor", "tensor_result"),
    "tensor?": ModResult("Tensor", "optional_tensor_result"),
    "stream": ModResult("Stream", "stream_result"),
    "tensor[]": ModResult("[Tensor]", "tensors_result"),
    "i32": ModResult("i32", "i32_result"),
    "i64": ModResult("i64", "i64_result"),
    "f64": ModResult("f64", "f64_result"),
    "bool": ModResult("bool", "bool_result"),
    "text": ModResult("text", "text_result"),
    "i64[]": ModResult("[i64]", "i64_array_result"),
    "f64[]": ModResult("[f64]", "f64_array_result"),
    "void": ModResult("()", None),
}

# Functions that read the error state itself (keeps_error_state) return their value as it is.
MOD_RAW_RESULT: dict[str, str] = {"i32": "i32", "i64": "i64", "bool": "bool", "f64": "f64", "text": "text"}

# Names in mod.spl: the stem, with the namespace's prefix for module functions, unless listed.
MOD_NAME: dict[str, str] = {
    "rt_torch_available": "torch_available",  # `available` alone says nothing at module level
    "rt_torch_version": "torch_version",
    "rt_torch_torchtensor_var": "variance",  # `var` is a Simple keyword
}
NAMESPACE_PREFIX: dict[str, str] = {"": "", "nn": "", "autograd": "", "cuda": "cuda_"}

# The optimizers of mod.spl (classes SGD and Adam over ParamState) call the catalogue
# functions of common.OPTIMIZER_FUNCTIONS, by role, through the names mod.spl gives them:
# Tensor methods, except the module functions listed in OPTIMIZER_MODULE_FUNCTIONS. They are
# emitted only for a catalogue that has every one.
OPTIMIZER_MODULE_FUNCTIONS = frozenset({"no_grad_begin", "no_grad_end"})
OPTIMIZER_CLASSES = ("SGD", "Adam")  # exported; ParamState is their helper
OPTIMIZER_ERROR = "value"  # the error code of a bad optimizer setting

# Names mod.spl defines itself (the template's helpers and members).
MOD_RESERVED = frozenset(
    {
        "TorchError",
        "ParamState",
        *OPTIMIZER_CLASSES,
        "optimizer_error",
        "state_zeros_like",
        "param_states",
        "zero_grads",
        "rt_math_pow",
        "error_kind",
        "last_error",
        "check_done",
        "handles_of",
        "none",
        "is_none",
        "free",
        "drop",
        "handle",
        "owns_handle",
        "to_string",
    }
    | {r.check for r in MOD_RESULT.values() if r.check}
)


@dataclass(frozen=True)
class Member:
    """One wrapper in mod.spl: a method, a static constructor or a module function."""

    name: str  # catalogue name
    doc: tuple[str, ...]  # comment lines, `#` included
    signature: str
    body: tuple[str, ...]


@dataclass(frozen=True)
class MemberSection:
    title: str
    members: tuple[Member, ...]


@dataclass(frozen=True)
class ModClass:
    name: str
    release: str  # the ffi function free() calls
    destructor: str  # the ffi function drop() calls (it leaves the error state alone)
    sections: tuple[MemberSection, ...]


def mod_name(fn: Function) -> str:
    place = placement(fn)
    name = MOD_NAME.get(fn.name) or NAMESPACE_PREFIX[place.namespace] + fn.stem
    if name in KEYWORDS:
        raise GenerationError(f"target {NAME}: {fn.name} would be named '{name}', a Simple keyword; add it to MOD_NAME")
    if name in MOD_RESERVED:
        raise GenerationError(f"target {NAME}: {fn.name} would be named '{name}', which mod.spl defines itself; add it to MOD_NAME")
    return name


def simple_literal(p: Param, fn: Function) -> str:
    """A catalogue default as a Simple expression."""
    value = p.default
    t = p.type.name
    if t == "tensor?" and value is None:
        return "Tensor.none()"
    if t == "bool" and isinstance(value, bool):
        return "true" if value else "false"
    if t in ("i32", "i64") and isinstance(value, int):
        return str(value)
    if t == "f64" and isinstance(value, (int, float)) and math.isfinite(value):
        return repr(float(value))
    if t in ("i64[]", "f64[]") and isinstance(value, list):
        items = [str(v) if t == "i64[]" else repr(float(v)) for v in value]
        return f"[{', '.join(items)}]"
    if t == "text" and isinstance(value, str) and not any(c in value for c in '{}\n"\\'):
        return f'"{value}"'
    raise GenerationError(f"target {NAME}: {fn.name}: cannot write the default {value!r} of '{p.name}' ({t}) in Simple")


def _mod_doc(fn: Function, shown: tuple[Param, ...], indent: str) -> tuple[str, ...]:
    lines = [f"{indent}# {line}" for line in wrap(fn.summary, 86 - len(indent))]
    for p in shown:
        body = wrap(f"{p.name}: {p.doc}", 80 - len(indent))
        lines += [f"{indent}#     {body[0]}"] + [f"{indent}#         {line}" for line in body[1:]]
    if fn.deviation:
        lines += [f"{indent}# {line}" for line in wrap(f"Deviation from the reference: {fn.deviation}", 86 - len(indent))]
    return tuple(lines)


def member(fn: Function, indent: str) -> Member:
    place = placement(fn)
    params = fn.params[1:] if place.is_method else fn.params
    args = ["self.handle"] if place.is_method else []
    decls = []
    for p in params:
        conv = lookup(MOD_PARAM, p.type, NAME, fn)
        args.append(conv.arg.replace("{n}", p.name))
        default = f" = {simple_literal(p, fn)}" if p.has_default else ""
        decls.append(f"{p.name}: {conv.type}{default}")
    call = f"{fn.name}({', '.join(args)})"
    body: tuple[str, ...]
    if fn.keeps_error_state:
        ret, body = lookup(MOD_RAW_RESULT, fn.result.type, NAME, fn), (call,)
    else:
        res = lookup(MOD_RESULT, fn.result.type, NAME, fn)
        ret = f"Result<{res.ok_type}, TorchError>"
        body = (call, "check_done()") if res.check is None else (f"{res.check}({call})",)
    keyword = "static fn" if place.is_static else "fn"
    signature = f"{keyword} {mod_name(fn)}({', '.join(decls)}) -> {ret}:"
    return Member(fn.name, _mod_doc(fn, params, indent), signature, body)


def _by_category(catalogue: Catalogue, fns: list[Function], indent: str) -> tuple[MemberSection, ...]:
    out = []
    for category in catalogue.categories:
        members = tuple(member(f, indent) for f in fns if f.category.id == category.id)
        if members:
            out.append(MemberSection(category.title, members))
    return tuple(out)


def _check_unique(owner: str, members: list[Member]) -> None:
    seen: dict[str, str] = {}
    for m in members:
        name = m.signature.split("(")[0].split()[-1]
        if name in seen:
            raise GenerationError(f"target {NAME}: {seen[name]} and {m.name} both become {owner or 'module function'} {name}")
        seen[name] = m.name


def mod_layout(catalogue: Catalogue) -> tuple[list[ModClass], tuple[MemberSection, ...]]:
    """The classes (Tensor, Stream) and the module functions of mod.spl."""
    owned: dict[str, list[Function]] = {TENSOR: [], STREAM: []}
    free: list[Function] = []
    for fn in catalogue.functions:
        if is_release(fn):
            continue  # free() and drop()
        place = placement(fn)
        (owned[place.owner] if place.owner else free).append(fn)
    classes = []
    for owner, fns in owned.items():
        if not fns and owner != TENSOR:
            continue
        # static constructors first, then methods, each in catalogue order by category
        ordered = [f for f in fns if placement(f).is_static] + [f for f in fns if not placement(f).is_static]
        secs = _by_category(catalogue, ordered, "    ")
        _check_unique(owner, [m for s in secs for m in s.members])
        classes.append(
            ModClass(owner, release_function(catalogue, owner).name, destructor_function(catalogue, owner).name, secs)
        )
    functions = _by_category(catalogue, free, "")
    _check_unique("", [m for s in functions for m in s.members])
    return classes, functions


def optimizer_ops(catalogue: Catalogue) -> dict[str, str] | None:
    """Role -> the mod.spl name the optimizers call it by; None when a function is missing."""
    if any(name not in catalogue.by_name for name in OPTIMIZER_FUNCTIONS.values()):
        return None
    ops: dict[str, str] = {}
    for role, name in OPTIMIZER_FUNCTIONS.items():
        fn = catalogue.by_name[name]
        place = placement(fn)
        module_function = role in OPTIMIZER_MODULE_FUNCTIONS
        if (not place.owner) != module_function or (place.owner and (place.owner != TENSOR or not place.is_method)):
            want = "a module function" if module_function else "a Tensor method"
            raise GenerationError(f"target {NAME}: the optimizers call {name} ({role}) as {want}, but mod.spl places it elsewhere")
        ops[role] = mod_name(fn)
    return ops


def render_mod(catalogue: Catalogue, renderer) -> str:  # type: ignore[no-untyped-def]
    require_error_protocol(catalogue)
    classes, functions = mod_layout(catalogue)
    exports = ["TorchError"] + [c.name for c in classes]
    exports += [m.signature.split("(")[0].split()[-1] for s in functions for m in s.members]
    ops = optimizer_ops(catalogue)
    value_code = next((e.code for e in catalogue.error_codes if e.name == OPTIMIZER_ERROR), None)
    if ops is not None:
        if value_code is None:
            raise GenerationError(f"target {NAME}: the catalogue has no error code '{OPTIMIZER_ERROR}', which the optimizers report")
        exports += list(OPTIMIZER_CLASSES)
    text: str = renderer.render(
        "simple/mod.spl.j2",
        catalogue=catalogue,
        banner=BANNER,
        module=FFI_MODULE,
        error_codes=catalogue.error_codes,
        classes=classes,
        has_stream=any(c.name == STREAM for c in classes),
        functions=functions,
        exports=exports,
        ops=ops,
        value_code=value_code,
    )
    return text


def check_rendered(files: dict[str, str], source: str) -> None:
    """Runs the Simple checker over the rendered files; a problem is a GenerationError.

    A verdict is a pure function of the two texts and the checker, so texts that passed once
    are remembered in the user's cache by their hash and not parsed again.
    """
    key = digest(Path(simple_syntax.__file__).read_bytes(), files["simple/ffi.spl"].encode(), files["simple/mod.spl"].encode())
    if seen("spl-checked", key):
        return
    # The files get a one-line header later: a comment line in its place keeps line numbers true.
    ffi_module, problems = parse("#\n" + files["simple/ffi.spl"], "generated/simple/ffi.spl")
    problems += parse("#\n" + files["simple/mod.spl"], "generated/simple/mod.spl", {FFI_MODULE: ffi_module})[1]
    if not problems:
        remember("spl-checked", key)
    if problems:
        shown = "\n  ".join(str(p) for p in problems[:20])
        raise GenerationError(f"target {NAME}: the rendered Simple code does not pass the checker (from {source}):\n  {shown}")


def render(catalogue: Catalogue, renderer) -> dict[str, str]:  # type: ignore[no-untyped-def]
    files = {
        "simple/ffi.spl": renderer.render(
            "simple/ffi.spl.j2",
            catalogue=catalogue,
            banner=BANNER,
            sections=ffi_sections(catalogue),
            exports=[f.name for f in catalogue.functions],
        ),
        "simple/mod.spl": render_mod(catalogue, renderer),
    }
    check_rendered(files, catalogue.source)
    return files
