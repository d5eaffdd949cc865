"""Tiers 2 and 3 for the Simple language: generated/simple/ffi.spl and mod.spl.

ffi.spl declares every bridge function as the C ABI has it (generator/abi.py): each C
parameter is a Simple parameter of the same name, except that a (pointer, length) pair is one
`[i64]` / `[f64]` parameter (Simple passes an array with its length). C types map as
    int64_t -> i64    int32_t -> i32    double -> f64    bool -> bool    const char* -> text
and an array result is `-> [i64]` / `-> [f64]` (the Simple runtime owns the caller-buffer
protocol behind it). So an optional int is (dim: i64, dim_present: bool), a Scalar
(x: f64, x_int: i64, x_kind: i32), a Device (device_type: i32, device_index: i32).

mod.spl is the high-level module over ffi.spl (`use lib.torch.ffi.*`), in Simple's own terms:
    PyTorch's defaults          parameter defaults (`keepdim: bool = false`)
    None                        `T?` parameters with `nil` (lowered to the presence flag or
                                sentinel of the C ABI)
    keyword-only parameters     named parameters (Simple calls name their arguments)
    Scalar                      the hand-written Scalar value (Scalar.int(3), Scalar.float(2.5),
                                Scalar.bool(true)), int and float kept apart as in PyTorch
    ScalarType, Device          generated DType and Device values (DType.float32(), Device.cuda(0))
    enums                       text, the allowed values listed in each doc comment
    named results               a generated class per result shape (ValuesIndices: values, indices)
    Tensor(a!)                  a method documented as changing self, returning
                                Result<bool, TorchError> (Ok(true): see UNIT_TYPE)
Tensor and Stream classes hold the tensor methods and constructors (common.placement); the rest
are module functions. Every wrapper returns Result<T, TorchError>: it checks the call's
sentinel (and reads the error code after every call whose sentinel is also a legitimate value,
and after every call without a result) through the catalogue's error_code / error_message roles.

The hand-written parts (TorchError, Scalar, the optimizers, the module system) are Simple source
in runtime/simple/, embedded verbatim into mod.spl; optim.spl (the eleven optimizers of
torch.optim) and nn.spl (Module, its layers and the losses) are embedded when the catalogue
lists one of their classes as a layer of this tier (math.spl, the runtime's f64 functions they
use, with them), and call the Tensor methods by their mod.spl names: generation fails, naming
the runtime file's line, when mod.spl lacks one.

Both files are checked with generator.simple_syntax as they are rendered: output the checker
rejects is a GenerationError, never a file.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

from .. import abi, runtime, simple_syntax
from ..abi import CSignature, Role, Sentinel
from ..cache import digest, remember, seen
from ..errors import GenerationError
from ..keywords import SIMPLE
from ..model import Catalogue, Function, Param
from ..simple_syntax import Module, parse
from .common import (
    STREAM,
    TENSOR,
    destructor_function,
    error_protocol,
    is_release,
    none_text,
    param_facts,
    placement,
    release_function,
    sections,
    signature_brief,
    wrap,
)

NAME = "simple"
DIRS = ("simple",)

BANNER = "# " + "=" * 76
FFI_MODULE = "lib.torch.ffi"
# The Simple-ABI library ffi.spl binds, and its C header (targets/simple_abi.py makes both).
ABI_LIBRARY = "libspl_torch.so"
ABI_HEADER = "spl_torch.h"

# --------------------------------------------------------------------------- ffi.spl

# C scalar types -> Simple; a `const T*` followed by its length is one `[T]`.
FFI_TYPE: dict[str, str] = {
    "int64_t": "i64",
    "int32_t": "i32",
    "double": "f64",
    "bool": "bool",
    "const char*": "text",
}

# How a failed call reads, in Simple's spelling (ffi.spl's doc comments).
SENTINEL_DOC: dict[Sentinel, str] = {
    Sentinel.ZERO: "0",
    Sentinel.MINUS_ONE: "-1",
    Sentinel.NAN: "NaN",
    Sentinel.FALSE: "false",
    Sentinel.NULL: "nil",
    Sentinel.NONE: "nothing",
}


@dataclass(frozen=True)
class FfiParam:
    """One parameter of an extern fn: one C parameter, or a (pointer, length) pair."""

    name: str
    type: str
    param: Param | None


def _c_type(c_type: str, fn: Function) -> str:
    try:
        return FFI_TYPE[c_type]
    except KeyError:
        raise GenerationError(f"target {NAME}: no Simple type for the C type '{c_type}' (needed by {fn.name})") from None


def ffi_params(sig: CSignature) -> tuple[FfiParam, ...]:
    """The Simple parameters of an extern fn, from the C signature (result buffers excluded:
    an array result is the fn's result in Simple)."""
    out: list[FfiParam] = []
    params = [c for c in sig.params if c.param is not None]
    for i, c in enumerate(params):
        if c.role is Role.LENGTH:
            continue
        nxt = params[i + 1] if i + 1 < len(params) else None
        if nxt is not None and nxt.role is Role.LENGTH:
            element = c.c_type.removeprefix("const ").rstrip("*").strip()
            simple = f"[{_c_type(element, sig.fn)}]"
        else:
            simple = _c_type(c.c_type, sig.fn)
        if c.name in SIMPLE:
            raise GenerationError(f"target {NAME}: {sig.fn.name}: the C parameter '{c.name}' is a Simple keyword")
        out.append(FfiParam(c.name, simple, c.param))
    return tuple(out)


def ffi_result(sig: CSignature) -> str | None:
    """The extern fn's result type: None for void, `[T]` for a caller-buffer array."""
    element = sig.result.element
    if element is not None:
        return f"[{_c_type(element, sig.fn)}]"
    if sig.return_type == "void":
        return None
    return _c_type(sig.return_type, sig.fn)


def ffi_signature(fn: Function) -> str:
    sig = abi.signature(fn)
    params = ", ".join(f"{p.name}: {p.type}" for p in ffi_params(sig))
    result = ffi_result(sig)
    return f"extern fn {fn.name}({params})" + (f" -> {result}" if result else "")


def _none_doc(p: Param) -> str | None:
    """How None is passed to the extern fn, in Simple's words (from the C ABI's)."""
    none = none_text(p)
    return "nil (a NULL pointer in C)" if none == "NULL" else none


def _param_facts(p: Param, shown_as: list[str]) -> str:
    """The schema facts of a parameter: `(int[1]?; PyTorch's default None; ...)`."""
    return "(" + "; ".join(param_facts(p, shown_as, _none_doc(p), "keyword-only in PyTorch")) + ")"


def _ffi_doc(fn: Function, sig: CSignature) -> tuple[str, ...]:
    lines = [f"# {line}" for line in wrap(fn.summary, 86)]
    simple_params = ffi_params(sig)
    if fn.params:
        lines += ["#", "# Args:"]
        for p in fn.params:
            shown = [s.name for s in simple_params if s.param is p]
            body = wrap(f"{p.name}: {p.doc}", 80)
            lines += [f"#     {body[0]}"] + [f"#         {line}" for line in body[1:]]
            lines += [f"#         {line}" for line in wrap(_param_facts(p, shown), 78)]
    res = sig.result
    if not fn.is_void:
        lines += ["#", "# Returns:"] + [f"#     {line}" for line in wrap(fn.result.doc, 82)]
        if res.is_buffer:
            what = f"{len(fn.result.fields)} tensor handles" if fn.result.is_tuple else "the values"
            lines += [f"#     ({what}; the C call fills a caller buffer and returns the full length, -1 on error)"]
        else:
            check = "; it can be a legitimate result: read the error code" if res.legitimate else ""
            lines += [f"#     (on error: {SENTINEL_DOC[res.sentinel]}{check})"]
    else:
        lines += ["#", "# No result: read the error code after the call."]
    if fn.mutates_receiver:
        lines += ["#", f"# Changes {fn.params[0].name} in place (PyTorch's Tensor(a!))."]
    if fn.cuda:
        lines += ["#", "# Needs CUDA: fails with the error code of 'unavailable' without it."]
    if fn.deviation:
        lines += ["#", "# Deviation from the reference:"] + [f"#     {line}" for line in wrap(fn.deviation, 82)]
    if fn.pytorch:
        lines += ["#", f"# PyTorch: {fn.pytorch}" + (f" (ATen {fn.aten})" if fn.aten else "")]
    return tuple(lines)


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


def _decls(fns: tuple[Function, ...]) -> tuple[Decl, ...]:
    return tuple(Decl(f.name, _ffi_doc(f, abi.signature(f)), ffi_signature(f)) for f in fns)


def ffi_sections(catalogue: Catalogue) -> list[Section]:
    out = [Section(c.title, True, _decls(fns)) for c, fns in sections(catalogue)]
    ext = sections(catalogue, extensions=True)
    if ext:
        out.append(Section("Extensions (beyond the reference API)", True, ()))
        out += [Section(c.title, False, _decls(fns)) for c, fns in ext]
    return out


# --------------------------------------------------------------------------- mod.spl


@dataclass(frozen=True)
class ModParam:
    type: str  # the Simple type in the wrapper's signature
    args: tuple[str, ...]  # the extern fn's arguments it becomes, one per ffi.spl parameter; {n} is its name


_NONE_KIND = abi.SCALAR_KINDS["none"]

# Each lowering key -> the wrapper's type and the ffi.spl arguments. None (nil) becomes what
# abi.py says: the presence flag false, handle 0, dtype and device type -1, Scalar kind -1, a
# NULL text (nil crosses as NULL).
MOD_PARAM: dict[str, ModParam] = {
    "Tensor": ModParam("Tensor", ("{n}.handle",)),
    "Tensor?": ModParam("Tensor?", ("{n}?.handle ?? 0",)),
    "Stream": ModParam("Stream", ("{n}.handle",)),
    "Tensor[]": ModParam("[Tensor]", ("handles_of({n})",)),
    "Tensor?[]": ModParam("[Tensor?]", ("optional_handles_of({n})",)),
    "int": ModParam("i64", ("{n}",)),
    "int32": ModParam("i32", ("{n}",)),
    "float": ModParam("f64", ("{n}",)),
    "bool": ModParam("bool", ("{n}",)),
    "int?": ModParam("i64?", ("{n} ?? 0", "{n} != nil")),
    "float?": ModParam("f64?", ("{n} ?? 0.0", "{n} != nil")),
    "bool?": ModParam("bool?", ("{n} ?? false", "{n} != nil")),
    "Scalar": ModParam("Scalar", ("{n}.value", "{n}.int_value", "{n}.kind")),
    "Scalar?": ModParam("Scalar?", ("{n}?.value ?? 0.0", "{n}?.int_value ?? 0", f"{{n}}?.kind ?? {_NONE_KIND}")),
    "int[]": ModParam("[i64]", ("{n}",)),
    "float[]": ModParam("[f64]", ("{n}",)),
    "int[]?": ModParam("[i64]?", ("{n} ?? []", "{n} != nil")),
    "float[]?": ModParam("[f64]?", ("{n} ?? []", "{n} != nil")),
    "ScalarType": ModParam("DType", ("{n}.code",)),
    "ScalarType?": ModParam("DType?", ("{n}?.code ?? -1",)),
    "Device": ModParam("Device", ("{n}.type_code", "{n}.index")),
    "Device?": ModParam("Device?", ("{n}?.type_code ?? -1", "{n}?.index ?? -1")),
    "str": ModParam("text", ("{n}",)),
    "str?": ModParam("text?", ("{n}",)),
}


# What a call without a result returns inside Result<T, TorchError>. Not `()`: Simple's
# self-hosted parser rejects `Result<(), E>` (issue 15; an open bug there), and generated code
# keeps to what both of Simple's parsers accept (generator/simple_syntax.py). Simple's own code
# spells a result that carries no value as `Result<bool, text>` with `Ok(true)` (for example
# src/compiler/85.mdsoc/security.spl, `validate_security_dimension`, in ormastes/simple), so
# mod.spl does the same: `Ok(true)` means done, and the bool carries nothing else.
UNIT_TYPE = "bool"


@dataclass(frozen=True)
class ModResult:
    ok_type: str  # T in Result<T, TorchError>
    check: str | None  # the helper of mod.spl that checks the value; None: a call without a result


# Each result key -> the wrapper's result and the helper that turns the sentinel into an error.
MOD_RESULT: dict[str, ModResult] = {
    "Tensor": ModResult("Tensor", "tensor_result"),
    "Tensor?": ModResult("Tensor?", "optional_tensor_result"),
    "Stream": ModResult("Stream", "stream_result"),
    "Tensor[]": ModResult("[Tensor]", "tensors_result"),
    "int": ModResult("i64", "i64_result"),
    "int32": ModResult("i32", "i32_result"),
    "float": ModResult("f64", "f64_result"),
    "bool": ModResult("bool", "bool_result"),
    "str": ModResult("text", "text_result"),
    "int[]": ModResult("[i64]", "i64_array_result"),
    "float[]": ModResult("[f64]", "f64_array_result"),
    "ScalarType": ModResult("DType", "dtype_result"),
    "void": ModResult(UNIT_TYPE, None),
}

# Functions that read the error state itself (keeps_error_state) return their value as it is.
MOD_RAW_RESULT: dict[str, str | None] = {
    "int32": "i32",
    "int": "i64",
    "bool": "bool",
    "float": "f64",
    "str": "text",
    "void": None,
}

# Module functions of a namespace are named with its prefix (cuda_memory_allocated).
NAMESPACE_PREFIX: dict[str, str] = {"": "", "nn": "", "autograd": "", "cuda": "cuda_"}

# Functions mod.spl's templates define for themselves (besides the catalogue's wrappers).
MOD_HELPERS = frozenset(
    {
        "error_kind",
        "error_code_of",
        "error_of",
        "last_error",
        "check_done",
        "handles_of",
        "optional_handles_of",
        *{r.check for r in MOD_RESULT.values() if r.check},
    }
)
# Members the templates give the classes they generate.
HANDLE_MEMBERS = frozenset({"handle", "owns_handle", "free", "drop"})
RESULT_CLASS_MEMBERS = frozenset({"of", "free"})
DTYPE_MEMBERS = frozenset({"code", "name", "to_string"})
DEVICE_MEMBERS = frozenset({"type_code", "index", "type_name", "to_string"})

# The hand-written parts of mod.spl, embedded verbatim, in order: (runtime file, section title).
ERRORS_FILE = "simple/errors.spl"
SCALAR_FILE = "simple/scalar.spl"
OPTIM_FILE = "simple/optim.spl"
NN_FILE = "simple/nn.spl"
MATH_FILE = "simple/math.spl"
# The files embedded when the catalogue's layers name one of their classes: (file, section title,
# how the generator's messages say that the code in it calls).
LAYER_FILES = ((OPTIM_FILE, "Optimizers", "the optimizers call"), (NN_FILE, "Modules", "the module system calls"))
DIST_FILE = "simple/distributed.spl"  # data-parallel training (process groups, DistributedDataParallel), always embedded
# The runtime files whose calls on values are checked against mod.spl's methods.
DIST_PART = (DIST_FILE, "Data-parallel training", "the data-parallel code calls")
CHECKED_FILES = (*LAYER_FILES, DIST_PART)
# Methods of values the runtime files (optimizers, modules) may call besides those of mod.spl's
# classes: Simple's own on arrays and optionals.
BUILTIN_METHODS = frozenset({"len", "push", "unwrap"})


@dataclass(frozen=True)
class Fragment:
    source: str  # runtime/simple/xxx.spl
    title: str
    text: str


@dataclass(frozen=True)
class Member:
    """One wrapper in mod.spl: a method, a static constructor or a module function."""

    fn: Function
    name: str  # its name in mod.spl
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


@dataclass(frozen=True)
class ResultClass:
    """A named result shape (PyTorch's named tuples): one class per tuple of field names."""

    name: str
    fields: tuple[tuple[str, str], ...]  # (name, doc of the first function that has it)
    users: tuple[str, ...]  # the mod.spl names that return it

    @property
    def doc(self) -> list[str]:
        """The class's docstring, folded."""
        names = ", ".join(name for name, _ in self.fields)
        return wrap(f"The named results ({names}) of {', '.join(self.users)}, as PyTorch's named tuple: one Tensor each.", 86)


@dataclass(frozen=True)
class Named:
    """A named constant of a generated value class (a dtype, a device type)."""

    name: str
    code: int
    doc: str


def mod_name(fn: Function) -> str:
    """The wrapper's name: the catalogue's Simple name, else the stem (with the namespace's
    prefix for module functions)."""
    name = fn.simple.name or NAMESPACE_PREFIX[placement(fn).namespace] + fn.stem
    if name in SIMPLE:
        raise GenerationError(
            f"target {NAME}: {fn.name} would be named '{name}', a Simple keyword; give it a Simple name (simple: {{name: ...}})"
        )
    return name


def result_class_name(fields: tuple[str, ...]) -> str:
    """values, indices -> ValuesIndices."""
    return "".join(part.capitalize() for f in fields for part in f.split("_"))


def _float(value: float, p: Param, fn: Function) -> str:
    if not math.isfinite(value):
        raise GenerationError(f"target {NAME}: {fn.name}: the default {value!r} of '{p.name}' has no Simple literal")
    return repr(float(value))


def simple_literal(p: Param, fn: Function) -> str:
    """A catalogue default as a Simple expression."""
    value, t = p.default, p.type
    bad = GenerationError(f"target {NAME}: {fn.name}: cannot write the default {value!r} of '{p.name}' ({t.spelling}) in Simple")
    if value is None:
        if not t.optional:
            raise bad
        return "nil"
    if t.is_list:
        items = value if isinstance(value, list) else [value]  # int[N]: one value stands for N
        if t.base == "int" and all(isinstance(v, int) and not isinstance(v, bool) for v in items):
            return "[" + ", ".join(str(v) for v in items) + "]"
        numbers = [v for v in items if isinstance(v, (int, float)) and not isinstance(v, bool)]
        if t.base == "float" and len(numbers) == len(items):
            return "[" + ", ".join(_float(v, p, fn) for v in numbers) + "]"
        raise bad
    if t.base == "bool" and isinstance(value, bool):
        return "true" if value else "false"
    if t.base in ("int", "int32") and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if t.base == "float" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return _float(value, p, fn)
    if t.base == "Scalar":
        if isinstance(value, bool):
            return f"Scalar.bool({'true' if value else 'false'})"
        if isinstance(value, int):
            return f"Scalar.int({value})"
        if isinstance(value, float):
            return f"Scalar.float({_float(value, p, fn)})"
    if t.base == "ScalarType" and isinstance(value, str):
        return f"DType.{value}()"
    if t.base == "Device" and isinstance(value, str):
        return f"Device.{value}()"
    if t.base in ("str", "enum") and isinstance(value, str) and not any(c in value for c in '{}\n"\\'):
        return f'"{value}"'
    raise bad


def _mod_param_type(p: Param, fn: Function) -> ModParam:
    try:
        return MOD_PARAM[p.type.key]
    except KeyError:
        raise GenerationError(f"target {NAME}: no Simple type for parameter type '{p.type.spelling}' (needed by {fn.name})") from None


def _mod_param_doc(p: Param, indent: str) -> list[str]:
    facts = [p.type.spelling]
    if p.keyword_only:
        facts.append("keyword-only in PyTorch: pass it by name")
    if p.type.optional:
        facts.append("nil for None")
    if p.type.size is not None:
        facts.append(f"one value stands for {p.type.size}")
    if p.type.enum is not None:
        facts.append("one of " + ", ".join(f'"{v}"' for v in p.type.enum.values))
    body = wrap(f"{p.name}: {p.doc} ({'; '.join(facts)})", 80 - len(indent))
    return [f"{indent}#     {body[0]}"] + [f"{indent}#         {line}" for line in body[1:]]


def _mod_doc(fn: Function, shown: tuple[Param, ...], indent: str, returns: str | None) -> tuple[str, ...]:
    width = 86 - len(indent)
    lines = [f"{indent}# {line}" for line in wrap(fn.summary, width)]
    for p in shown:
        lines += _mod_param_doc(p, indent)
    if returns is not None:
        lines += [f"{indent}# {line}" for line in wrap(f"Returns {returns}: {fn.result.doc}", width)]
    if fn.mutates_receiver:
        lines += [f"{indent}# Changes self in place (PyTorch's Tensor(a!)); the result is only the error check."]
    if fn.cuda:
        lines += [f"{indent}# Needs CUDA: an 'unavailable' error without it."]
    if fn.deviation:
        lines += [f"{indent}# {line}" for line in wrap(f"Deviation from the reference: {fn.deviation}", width)]
    if fn.pytorch:
        first, *rest = wrap(f"PyTorch: {fn.pytorch} {signature_brief(fn)}", width)
        lines += [f"{indent}# {first}"] + [f"{indent}#     {line}" for line in wrap(" ".join(rest), width - 4)]
    return tuple(lines)


def _ordered(params: tuple[Param, ...]) -> tuple[Param, ...]:
    """Parameters in the wrapper's order: PyTorch's, except that a keyword-only parameter
    without a default comes before the parameters with defaults (Simple, as Python, puts
    parameters with defaults last; keyword-only ones are passed by name anyway)."""
    required = [p for p in params if not p.has_default]
    optional = [p for p in params if p.has_default]
    return tuple(required + optional)


def member(fn: Function, indent: str, result_classes: dict[tuple[str, ...], ResultClass]) -> Member:
    place = placement(fn)
    sig = abi.signature(fn)
    simple_params = ffi_params(sig)
    params = fn.params[1:] if place.is_method else fn.params
    args: list[str] = []
    for p in fn.params:
        if place.is_method and p is fn.params[0]:
            conv = ModParam("", ("self.handle",))
        else:
            conv = _mod_param_type(p, fn)
        wanted = [s for s in simple_params if s.param is p]
        if len(conv.args) != len(wanted):
            raise GenerationError(
                f"target {NAME}: {fn.name}: parameter '{p.name}' ({p.type.spelling}) is {len(wanted)} ffi.spl "
                f"parameter(s), but mod.spl passes {len(conv.args)}"
            )
        args += [a.replace("{n}", p.name) for a in conv.args]
    decls = []
    for p in params:
        if p.name in MOD_HELPERS:
            raise GenerationError(
                f"target {NAME}: {fn.name}: parameter '{p.name}' would hide mod.spl's helper of that name, which the wrapper calls"
            )
    for p in _ordered(params):
        default = f" = {simple_literal(p, fn)}" if p.has_default else ""
        decls.append(f"{p.name}: {_mod_param_type(p, fn).type}{default}")
    call = f"{fn.name}({', '.join(args)})"
    name = mod_name(fn)
    body: tuple[str, ...]
    returns: str | None
    key = fn.result.type.key
    if fn.keeps_error_state:
        if key not in MOD_RAW_RESULT:
            raise GenerationError(f"target {NAME}: {fn.name} keeps the error state but returns '{fn.result.type.spelling}'")
        raw = MOD_RAW_RESULT[key]
        ret, body, returns = (f" -> {raw}" if raw else ""), (call,), raw
    else:
        try:
            res = MOD_RESULT[key]
        except KeyError:
            raise GenerationError(f"target {NAME}: no Simple result for type '{fn.result.type.spelling}' (needed by {fn.name})") from None
        ok = res.ok_type
        if res.check is None:
            body, returns = (call, "check_done()"), None
        elif fn.result.is_tuple:
            cls = result_classes[tuple(f.name for f in fn.result.fields)]
            ok = cls.name
            body, returns = (f"Ok({cls.name}.of({res.check}({call})?))",), cls.name
        else:
            body, returns = (f"{res.check}({call})",), ok
        ret = f" -> Result<{ok}, TorchError>"
    keyword = "static fn" if place.is_static else "fn"
    signature = f"{keyword} {name}({', '.join(decls)}){ret}:"
    return Member(fn, name, _mod_doc(fn, params, indent, returns), signature, body)


def _by_category(
    catalogue: Catalogue, fns: list[Function], indent: str, result_classes: dict[tuple[str, ...], ResultClass]
) -> tuple[MemberSection, ...]:
    out = []
    for category in catalogue.categories:
        members = tuple(member(f, indent, result_classes) for f in fns if f.category.id == category.id)
        if members:
            out.append(MemberSection(category.title, members))
    return tuple(out)


def _check_names(owner: str, members: list[Member], reserved: dict[str, str]) -> None:
    """Two entries with one name, or an entry named as something mod.spl defines itself."""
    taken: dict[str, str] = {}
    for m in members:
        if m.name in reserved:
            raise GenerationError(
                f"target {NAME}: {m.fn.name} would be {owner or 'module function'} '{m.name}', which mod.spl defines "
                f"itself ({reserved[m.name]}); give it another Simple name (simple: {{name: ...}})"
            )
        if m.name in taken:
            raise GenerationError(f"target {NAME}: {taken[m.name]} and {m.fn.name} both become {owner or 'module function'} {m.name}")
        taken[m.name] = m.fn.name


def result_classes(catalogue: Catalogue) -> dict[tuple[str, ...], ResultClass]:
    """One class per named-result shape, in catalogue order."""
    shapes: dict[tuple[str, ...], list[Function]] = {}
    for fn in catalogue.functions:
        if fn.result.is_tuple:
            shapes.setdefault(tuple(f.name for f in fn.result.fields), []).append(fn)
    out: dict[tuple[str, ...], ResultClass] = {}
    for shape, fns in shapes.items():
        clash = set(shape) & RESULT_CLASS_MEMBERS
        if clash:
            raise GenerationError(
                f"target {NAME}: {fns[0].name} names a result '{sorted(clash)[0]}', which its mod.spl class defines itself"
            )
        fields = tuple((f.name, f.doc) for f in fns[0].result.fields)
        out[shape] = ResultClass(result_class_name(shape), fields, tuple(mod_name(f) for f in fns))
    return out


def _named(items: tuple[tuple[str, int, str], ...], what: str, reserved: frozenset[str]) -> tuple[Named, ...]:
    for name, _, _ in items:
        if name in SIMPLE or name in reserved:
            raise GenerationError(f"target {NAME}: the {what} '{name}' cannot be a static fn of mod.spl's class (a Simple keyword or a member)")
    return tuple(Named(n, c, d) for n, c, d in items)


@dataclass(frozen=True)
class ModLayout:
    classes: tuple[ModClass, ...]
    functions: tuple[MemberSection, ...]
    results: tuple[ResultClass, ...]
    dtypes: tuple[Named, ...]
    devices: tuple[Named, ...]


def mod_layout(catalogue: Catalogue, module_names: dict[str, str]) -> ModLayout:
    """The classes (Tensor, Stream), module functions and value classes of mod.spl.
    `module_names`: names mod.spl defines at module level itself -> where."""
    shapes = result_classes(catalogue)
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
        secs = _by_category(catalogue, ordered, "    ", shapes)
        _check_names(owner, [m for s in secs for m in s.members], {n: f"a member of every {owner}" for n in HANDLE_MEMBERS})
        classes.append(
            ModClass(owner, release_function(catalogue, owner).name, destructor_function(catalogue, owner).name, secs)
        )
    reserved = dict(module_names)
    for cls in [c.name for c in classes] + ["DType", "Device"] + [r.name for r in shapes.values()]:
        reserved.setdefault(cls, "a class")
    functions = _by_category(catalogue, free, "", shapes)
    _check_names("", [m for s in functions for m in s.members], reserved)
    taken = {c.name for c in classes} | set(module_names) | {"DType", "Device"}
    for r in shapes.values():
        if r.name in taken:
            raise GenerationError(f"target {NAME}: the result class {r.name} of {r.users[0]} has the name of another class or function of mod.spl")
        taken.add(r.name)
    dtypes = _named(tuple((d.name, d.code, d.doc) for d in catalogue.dtypes), "dtype", DTYPE_MEMBERS)
    devices = _named(tuple((d.name, d.code, d.doc) for d in catalogue.devices), "device", DEVICE_MEMBERS)
    return ModLayout(tuple(classes), functions, tuple(shapes.values()), dtypes, devices)


# --------------------------------------------------------------------------- the hand-written parts


def simple_layers(catalogue: Catalogue) -> list[str]:
    """The places the catalogue's layers say this tier has them: a class (SGD, Module) or a
    static constructor of one (Module.linear)."""
    return [where for layer in catalogue.layers for tier, where in layer.tiers if tier == NAME]


def _fragment(relative: str, title: str) -> Fragment:
    copied = runtime.copy(relative)
    return Fragment(copied.source, title, copied.text.rstrip("\n"))


def fragments(catalogue: Catalogue) -> tuple[Fragment, Fragment, tuple[Fragment, ...]]:
    """The runtime files mod.spl embeds: errors and Scalar always; optim.spl and nn.spl when
    the catalogue lists one of the classes they define as a layer of this tier (math.spl, whose
    runtime functions they call, before them)."""
    errors = runtime.copy(ERRORS_FILE)
    scalar = runtime.copy(SCALAR_FILE)
    _check_scalar_kinds(scalar)
    wanted = {where.split(".")[0] for where in simple_layers(catalogue)}
    layered = []
    for relative, title, _ in LAYER_FILES:
        frag = _fragment(relative, title)
        if wanted & set(_defined(frag).classes):
            layered.append(frag)
    if layered:
        layered.insert(0, _fragment(MATH_FILE, "Math"))
    return (
        Fragment(errors.source, "Errors", errors.text.rstrip("\n")),
        Fragment(scalar.source, "Scalar", scalar.text.rstrip("\n")),
        tuple(layered),
    )


def _check_scalar_kinds(scalar: runtime.Copy) -> None:
    """The hand-written Scalar builds each kind with the code the C ABI gives it."""
    for kind, code in abi.SCALAR_KINDS.items():
        if kind == "none":
            continue
        m = re.search(rf"^    static fn {kind}\(.*?(?=^    \S|\Z)", scalar.text, flags=re.M | re.S)
        if m is None:
            raise GenerationError(f"{scalar.source}: class Scalar has no static fn {kind}, which builds a {kind} Scalar")
        codes = {int(c) for c in re.findall(r"\bkind: (-?\d+)", m.group())}
        if codes != {code}:
            raise GenerationError(
                f"{scalar.source}: Scalar.{kind} sets kind {', '.join(map(str, sorted(codes))) or 'nothing'}; "
                f"the C ABI's code for {kind} is {code} (generator/abi.py SCALAR_KINDS)"
            )


def _defined(fragment: Fragment) -> Module:
    return parse(fragment.text, fragment.source)[0]


def _error_kinds_used(fragment: Fragment, catalogue: Catalogue) -> None:
    """The error kinds a fragment builds errors of (error_of("value", ...)) are the catalogue's."""
    known = {e.name for e in catalogue.error_codes}
    for i, line in enumerate(fragment.text.splitlines(), 1):
        for kind in re.findall(r'\berror_of\("(\w+)"', line):
            if kind not in known:
                raise GenerationError(
                    f"{fragment.source}:{i}: makes a '{kind}' error, which is no error code of the catalogue ({', '.join(sorted(known))})"
                )


def render_mod(catalogue: Catalogue, renderer) -> tuple[str, tuple[Fragment, ...]]:  # type: ignore[no-untyped-def]
    code_fn, message_fn = error_protocol(catalogue)
    errors, scalar, layered = fragments(catalogue)
    # Data-parallel training, always: the process-group functions it calls are the catalogue's
    # (the checker names any it lacks).
    distributed = _fragment(DIST_PART[0], DIST_PART[1])
    embedded = (errors, scalar, *layered, distributed)
    module_names = {n: "defined in templates/simple" for n in MOD_HELPERS}
    for frag in embedded:
        mod = _defined(frag)
        for n in (*mod.functions, *mod.classes, *mod.externs):
            module_names[n] = f"defined in {frag.source}"
        _error_kinds_used(frag, catalogue)
    layout = mod_layout(catalogue, module_names)
    exports = ["DType", "Device", *(r.name for r in layout.results), *(c.name for c in layout.classes)]
    exports += [m.name for s in layout.functions for m in s.members]
    text: str = renderer.render(
        "simple/mod.spl.j2",
        catalogue=catalogue,
        banner=BANNER,
        module=FFI_MODULE,
        error_code=code_fn.name,
        error_message=message_fn.name,
        errors=errors,
        scalar=scalar,
        layered=layered,
        distributed=distributed,
        layout=layout,
        has_stream=any(c.name == STREAM for c in layout.classes),
        exports=exports,
    )
    return text, embedded


# --------------------------------------------------------------------------- checking


def _where(line: int, text: str, embedded: tuple[Fragment, ...], path: str) -> str:
    """A line of the rendered mod.spl as FILE:LINE: the runtime file's own line inside a fragment."""
    for frag in embedded:
        start = text.find(frag.text)
        if start < 0:
            continue
        first = text.count("\n", 0, start) + 1
        last = first + frag.text.count("\n")
        if first <= line <= last:
            return f"{frag.source}:{line - first + 1}"
    return f"{path}:{line}"


def _check_layers(catalogue: Catalogue, mod: Module) -> list[str]:
    """Each layer of this tier is an exported class (an optimizer with step() and zero_grad(), a
    module with forward() and zero_grad()), or a static constructor of one (Module.linear)."""
    problems = []
    for where in simple_layers(catalogue):
        name, _, static = where.partition(".")
        cls = mod.classes.get(name)
        if cls is None or name not in mod.exported:
            problems.append(f"the catalogue's layers name {where} for this tier, but mod.spl does not define and export {name}")
        elif static and (static not in cls.methods or cls.methods[static].kind != "static"):
            problems.append(f"the catalogue's layers name {where} for this tier, but {name} has no static fn {static}")
        elif not ({"step", "zero_grad"} <= set(cls.methods) or {"forward", "zero_grad"} <= set(cls.methods)):
            problems.append(f"the catalogue's layer {where} has neither step() and zero_grad() nor forward() and zero_grad() in mod.spl")
    return problems


def _check_value_calls(mod: Module, text: str, frag: Fragment) -> list[str]:
    """Every method a runtime file calls on a value exists in mod.spl (the checker cannot type
    values: a tensor's method is looked up in Tensor, and its arguments checked there)."""
    start = text.find(frag.text)
    first = text.count("\n", 0, start) + 1
    last = first + frag.text.count("\n")
    who = next((what for relative, _, what in CHECKED_FILES if frag.source.endswith(relative)), frag.source)
    tensor = mod.classes.get(TENSOR)
    tensor_methods = tensor.methods if tensor is not None else {}
    others = {m for name, c in mod.classes.items() if name != TENSOR for m in c.methods}
    problems = []
    for method, positional, named, line in mod.value_calls:
        if not first <= line <= last:
            continue
        where = f"{frag.source}:{line - first + 1}"
        sig = tensor_methods.get(method)
        if sig is not None:
            problem = simple_syntax._arity_problem(f"Tensor.{method}", sig, positional, named)
            if problem:
                problems.append(f"{where}: {problem}")
        elif method not in others and method not in BUILTIN_METHODS:
            problems.append(
                f"{where}: {who} .{method}(...), which mod.spl does not define: no catalogue entry "
                f"becomes the Tensor method '{method}' (add one, give one that Simple name with simple: {{name: {method}}}, "
                f"or change {frag.source})"
            )
    return problems


def check_rendered(catalogue: Catalogue, files: dict[str, str], embedded: tuple[Fragment, ...]) -> None:
    """Runs the Simple checker over the rendered files; a problem is a GenerationError. Lines
    inside an embedded runtime file are reported as that file's lines.

    A verdict is a pure function of the texts, the checker and this module, so texts that
    passed once are remembered in the user's cache by their hash and not parsed again.
    """
    ffi_text, mod_text = files["simple/ffi.spl"], files["simple/mod.spl"]
    key = digest(
        Path(simple_syntax.__file__).read_bytes(),
        Path(__file__).read_bytes(),
        ffi_text.encode(),
        mod_text.encode(),
        "\0".join(simple_layers(catalogue)).encode(),
    )
    if seen("spl-checked", key):
        return
    # The files get a one-line header later: a comment line in its place keeps line numbers true.
    ffi_module, problems = parse("#\n" + ffi_text, "generated/simple/ffi.spl")
    shown = [str(p) for p in problems]
    mod, mod_problems = parse("#\n" + mod_text, "generated/simple/mod.spl", {FFI_MODULE: ffi_module})
    full = "#\n" + mod_text
    shown += [f"{_where(p.line, full, embedded, p.path)}: {p.message}" for p in mod_problems]
    if not mod_problems:
        shown += _check_layers(catalogue, mod)
        for frag in embedded:
            if any(frag.source.endswith(relative) for relative, _, _ in CHECKED_FILES):
                shown += _check_value_calls(mod, full, frag)
    if shown:
        listed = "\n  ".join(shown[:20])
        raise GenerationError(f"target {NAME}: the rendered Simple code does not pass the checker (from {catalogue.source}):\n  {listed}")
    remember("spl-checked", key)


def ffi_lowering(catalogue: Catalogue) -> list[str]:
    """ffi.spl's header lines on the lowering: the C ABI's, with the catalogue's codes."""
    kinds = ", ".join(f"{code} {kind}" for kind, code in abi.SCALAR_KINDS.items() if kind != "none")
    kinds += f", {abi.SCALAR_KINDS['none']} None"
    dtypes = ", ".join(f"{d.name} {d.code}" for d in catalogue.dtypes) or "none declared"
    devices = ", ".join(f"{d.name} {d.code}" for d in catalogue.devices) or "none declared"
    table = [
        ("Tensor, Stream", "i64 handle (0 is never a handle; 0 is None for Tensor?)"),
        ("Tensor[] / Tensor?[]", "[i64] of handles (0 entries are None in Tensor?[])"),
        ("int? / float? / bool?", "the value, then NAME_present: bool (false for None)"),
        ("int[]? / float[]?", "the array, then NAME_present: bool (false for None)"),
        ("int[N]", "[i64]; one value stands for N"),
        ("Scalar / Scalar?", "NAME: f64, NAME_int: i64, NAME_kind: i32: a float in NAME, an int or bool in "
         f"NAME_int; kind {kinds}"),
        ("ScalarType / ScalarType?", f"i32 dtype code ({dtypes}); -1 for None"),
        ("Device / Device?", f"NAME_type: i32 ({devices}; -1 for None), NAME_index: i32 (-1: the current device of that type)"),
        ("str / enum, str? / enum?", "text (an enum is one of its values); nil for None"),
    ]
    lines = []
    for what, how in table:
        first, *rest = wrap(how, 54)
        lines.append(f"#   {what:<30}{first}")
        lines += [f"#   {'':<30}{line}" for line in rest]
    lines += ["# (each declaration's doc gives its parameters' schema types and how None is passed)", "#"]
    lines += [f"# {line}" for line in wrap(
        "A failed call returns a sentinel (0 handle, -1, NaN, false, nil text; an array result is empty) and "
        "sets the thread's error: read the error code and message after any sentinel, after every array "
        "result, and after every call without a result.", 88)]
    return lines


def render(catalogue: Catalogue, renderer) -> dict[str, str | runtime.Copy]:  # type: ignore[no-untyped-def]
    mod_text, embedded = render_mod(catalogue, renderer)
    files: dict[str, str] = {
        "simple/ffi.spl": renderer.render(
            "simple/ffi.spl.j2",
            catalogue=catalogue,
            banner=BANNER,
            sections=ffi_sections(catalogue),
            exports=[f.name for f in catalogue.functions],
            lowering=ffi_lowering(catalogue),
            library=ABI_LIBRARY,
            header=ABI_HEADER,
        ),
        "simple/mod.spl": mod_text,
    }
    check_rendered(catalogue, files, embedded)
    from . import simple_abi  # it builds on ffi_params / ffi_result above

    return {**files, **simple_abi.render(catalogue, renderer)}
