"""Tier 1 for Rust: a dependency-free Cargo crate over libtorch_sffi.so (generated/rust/).

Files (generated from the catalogue):
    Cargo.toml              the crate (no dependencies: it builds offline)
    src/ffi.rs              the `extern "C"` block: every bridge function with the exact C types
                            of generator/abi.py (i64, i32, f64, bool, *const i64, *const f64,
                            *const c_char; *mut i64 / *mut f64 for result buffers)
    src/enums.rs            ErrorKind (the catalogue's error codes), Kind (its dtypes), Device
                            (its devices), one enum per catalogue enum, the Scalar kinds on the wire
    src/roles.rs            the entries the runtime is built around (naming.ROLES): the error
                            getters, and what frees each kind of handle
    src/tensor.rs           Tensor's methods and constructors
    src/stream.rs           Stream's methods and constructors (when the catalogue has streams)
    src/library.rs          library functions, re-exported at the crate root
    src/<namespace>.rs      module functions by naming group: nn, autograd, cuda
    src/lib.rs              the crate root
Files copied from the hand-written runtime (runtime/rust/, real Rust sources):
    build.rs                links libtorch_sffi (TORCH_SFFI_LIB_DIR or ../../build/lib)
    src/error.rs            TorchError and the checks that turn failure values into errors
    src/convert.rs          text, slices and the caller-buffer protocol (read_array)
    src/scalar.rs           Scalar
    src/tensor_handle.rs    the Tensor type: owns its handle, released on Drop
    src/stream_handle.rs    the Stream type (when the catalogue has streams)

The safe API, kind by kind (every mapping starts from the C lowering of generator/abi.py):

    Tensor              &Tensor                 Tensor(a!) first: the method takes `&mut self`
                                                (elsewhere `&mut Tensor`)
    Tensor?             Option<&Tensor>         Tensor[]   &[&Tensor]
    Tensor?[]           &[Option<&Tensor>]      Stream     &Stream
    int / int32         i64 / i32               float      f64         bool    bool
    int? float? bool?   Option<i64> / Option<f64> / Option<bool>  (lowered with a `_present` flag)
    Scalar              impl Into<Scalar>       Scalar is {Float(f64), Int(i64), Bool(bool)}, from
                                                f64, f32, i64, i32 and bool: kind 0, 1, 2 on the wire
    Scalar?             Option<Scalar>          None is kind -1
    int[] / int[N]      &[i64]                  int[N]: one value stands for N (said in the doc)
    float[]             &[f64]
    int[]? / float[]?   Option<&[i64]> / Option<&[f64]>  (lowered with a `_present` flag)
    ScalarType          Kind                    one variant per catalogue dtype (Float32, Int64,
                                                ...), with code() and a fallible from_code()
    ScalarType?         Option<Kind>            None is -1
    Device              Device                  one variant per catalogue device: Cpu and Meta
                                                alone, others with an i32 index (-1: current);
                                                lowered as (type, index)
    Device?             Option<Device>          None is type -1
    str / str?          &str / Option<&str>     NUL-terminated copies (None is NULL); an inner NUL
                                                byte is a `value` error raised before the call
    <enum> / <enum>?    Reduction / Option<...> a generated enum (Reduction::Mean, ...) with
                                                as_str(), crossing as its C string

    results: Tensor -> Tensor; Tensor? -> Option<Tensor>; Tensor[] -> Vec<Tensor>; a tuple of
    named tensors -> a Rust tuple (Tensor, Tensor), the names in the doc; ScalarType -> Kind;
    int / int32 / float / bool as themselves; str -> String; int[] / float[] -> Vec<i64> /
    Vec<f64> (through the caller buffer, retried with the length the bridge reports);
    nothing -> ().

Every wrapper returns `Result<T, TorchError>`. A failed call returns its result's sentinel
(abi.Sentinel): where the sentinel cannot be a successful result the wrapper reports the error
at once (check_strict), where it can (abi's `legitimate`) the error code decides
(check_ambiguous); both read the error through the entries playing the error_code and
error_message roles. Entries that read the error state themselves (`keeps_error_state`) return
their value as it is. Rust has no default arguments: every argument is explicit, and each
parameter's doc line states PyTorch's default, written as the Rust value to pass.

Names: Tensor and Stream methods and constructors, and module functions, are the entry's stem
(after the prefix and the group word) unless the catalogue gives `rust: {name: ...}`. A name
that collides with a member the runtime defines, or with another entry's, is an error naming
the entry. A pair of argument-less module functions `<x>_begin` / `<x>_end` (or `_begin_vN` /
`_end_vN`: the latest version) also gets a guard: `<x>()` returns a `<X>Guard` that calls the
end on drop (autograd::no_grad()).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from .. import abi, keywords, runtime
from ..abi import CSignature, Sentinel
from ..errors import GenerationError
from ..model import PREFIX, Catalogue, Function, Param
from ..types import EnumDef, SchemaType
from .common import (
    STREAM,
    TENSOR,
    Placement,
    destructor_function,
    error_protocol,
    is_release,
    placement,
    release_function,
    signature_brief,
    wrap,
)

NAME = "rust"
DIRS = ("rust",)
CRATE = "torch-sffi"
LIB = "torch_sffi"  # the Rust library name and the native library it links (libtorch_sffi.so)

# Hand-written runtime files (runtime/rust/<file>) -> where the crate has them.
RUNTIME_FILES: dict[str, str] = {
    "build.rs": "build.rs",
    "error.rs": "src/error.rs",
    "convert.rs": "src/convert.rs",
    "scalar.rs": "src/scalar.rs",
}
# Each owner type's runtime file (the struct owning its handle; its operations are generated),
# copied to src/ when the crate has the type.
OWNER_RUNTIME: dict[str, str] = {TENSOR: "tensor_handle.rs", STREAM: "stream_handle.rs"}
# Hand-written runtime files built on catalogue entries (operators, Display, conversions, ...):
# runtime/rust/<file> -> its module, with what it exports at the crate root. Each file lists, in
# its leading `//!` doc after "Catalogue entries:", the entries whose wrappers it calls; a
# catalogue lacking any of them (a small one, such as the golden fixture) gets a crate without
# that file.
# Where the exports go: "" the crate root; a namespace's name (nn) that generated module, which
# re-exports them; "pub" makes the module itself public (torch_sffi::optim).
TENSOR_RUNTIME: dict[str, tuple[str, tuple[str, ...], str]] = {
    "element.rs": ("element", ("Element", "Options"), ""),
    "ops.rs": ("ops", (), ""),
    "display.rs": ("display", (), ""),
    "indexing.rs": ("indexing", ("IndexOp", "IntoIndexers", "TensorIndexer"), ""),
    "layers.rs": (
        "layers",
        (
            "BatchNorm",
            "BatchNormConfig",
            "ConvConfig",
            "Conv2d",
            "Dropout",
            "Embedding",
            "Func",
            "FuncT",
            "LayerNorm",
            "Linear",
            "Module",
            "ModuleT",
            "Sequential",
            "SequentialT",
            "VarStore",
            "func",
            "func_t",
            "seq",
            "seq_t",
        ),
        "nn",
    ),
    "rnn.rs": ("rnn", ("Lstm", "LstmConfig", "LstmState"), "nn"),
    "optim.rs": ("optim", (), "pub"),
    "custom_function.rs": ("custom_function", (), "pub"),
}
# The runtime modules whose free functions and constants the generated modules import.
HELPER_MODULES: dict[str, str] = {"error": "error.rs", "convert": "convert.rs"}

# The error code that errors raised on the Rust side get (a NUL byte in text, an unknown
# dtype code): the bridge's code for bad argument values.
ARGUMENT_ERROR = "value"
UNKNOWN_KIND = "Unknown"  # the crate's ErrorKind for codes it does not know
UNAVAILABLE_ERROR = "unavailable"  # the code CUDA-only entries fail with without CUDA (named in their docs)

# Device types that have no index in PyTorch (a Device::Cpu, not a Device::Cpu(i32)).
INDEXLESS_DEVICES = frozenset({"cpu", "meta"})

# Clippy's default limit; wrappers with more parameters (conv2d, batch_norm) say so.
MAX_ARGUMENTS = 7
LINE_WIDTH = 100  # rustfmt's: longer calls and signatures are broken as it would

# --------------------------------------------------------------------------- the C ABI in Rust

# Each C type of the lowering (abi.LOWERING, abi.RESULTS) as Rust writes it in the extern block.
C_TYPES: dict[str, str] = {
    "int64_t": "i64",
    "int32_t": "i32",
    "double": "f64",
    "bool": "bool",
    "const char*": "*const c_char",
    "const int64_t*": "*const i64",
    "const double*": "*const f64",
    "int64_t*": "*mut i64",
    "double*": "*mut f64",
}


def rust_c_type(c_type: str, fn: Function) -> str:
    try:
        return C_TYPES[c_type]
    except KeyError:
        raise GenerationError(f"target {NAME}: no Rust type for the C type '{c_type}' (needed by {fn.name})") from None


@dataclass(frozen=True)
class ExternDecl:
    doc: str
    line: str


def extern_decl(fn: Function) -> ExternDecl:
    sig = abi.signature(fn)
    params = ", ".join(f"{c.name}: {rust_c_type(c.c_type, fn)}" for c in sig.params)
    arrow = "" if sig.return_type == "void" else f" -> {rust_c_type(sig.return_type, fn)}"
    return ExternDecl(doc_text(" ".join(fn.summary.split())), f"pub fn {fn.name}({params}){arrow};")


# --------------------------------------------------------------------------- the safe API


@dataclass(frozen=True)
class SafeParam:
    """How one catalogue parameter appears in a safe wrapper. In the strings, {n} is the
    parameter's name and {type} the generated enum's Rust name."""

    rust_type: str
    prepare: tuple[str, ...]  # statements before the call (binding locals named as the C parameters)
    args: tuple[str, ...]  # the C arguments, one per C parameter of the lowering, in order
    fallible: bool = False  # a statement uses `?` (the wrapper must return a Result)


_SLICE = ("{n}.as_ptr()", "len_arg({n}.len())")
_OPTIONAL_SLICE = ("{n}.unwrap_or_default().as_ptr()", "len_arg({n}.unwrap_or_default().len())", "{n}.is_some()")

# Each lowering key (abi.LOWERING) -> its safe form.
SAFE_PARAM: dict[str, SafeParam] = {
    "Tensor": SafeParam("&Tensor", (), ("{n}.handle",)),
    "Tensor?": SafeParam("Option<&Tensor>", (), ("{n}.map_or(0, |t| t.handle)",)),
    "Stream": SafeParam("&Stream", (), ("{n}.handle",)),
    "Tensor[]": SafeParam("&[&Tensor]", ("let {n}: Vec<i64> = {n}.iter().map(|t| t.handle).collect();",), _SLICE),
    "Tensor?[]": SafeParam(
        "&[Option<&Tensor>]", ("let {n}: Vec<i64> = {n}.iter().map(|t| t.map_or(0, |t| t.handle)).collect();",), _SLICE
    ),
    "int": SafeParam("i64", (), ("{n}",)),
    "int32": SafeParam("i32", (), ("{n}",)),
    "float": SafeParam("f64", (), ("{n}",)),
    "bool": SafeParam("bool", (), ("{n}",)),
    "int?": SafeParam("Option<i64>", (), ("{n}.unwrap_or_default()", "{n}.is_some()")),
    "float?": SafeParam("Option<f64>", (), ("{n}.unwrap_or_default()", "{n}.is_some()")),
    "bool?": SafeParam("Option<bool>", (), ("{n}.unwrap_or_default()", "{n}.is_some()")),
    "Scalar": SafeParam("impl Into<Scalar>", ("let ({n}, {n}_int, {n}_kind) = Scalar::c_args({n}.into());",), ("{n}", "{n}_int", "{n}_kind")),
    "Scalar?": SafeParam("Option<Scalar>", ("let ({n}, {n}_int, {n}_kind) = Scalar::optional_c_args({n});",), ("{n}", "{n}_int", "{n}_kind")),
    "int[]": SafeParam("&[i64]", (), _SLICE),
    "float[]": SafeParam("&[f64]", (), _SLICE),
    "int[]?": SafeParam("Option<&[i64]>", (), _OPTIONAL_SLICE),
    "float[]?": SafeParam("Option<&[f64]>", (), _OPTIONAL_SLICE),
    "ScalarType": SafeParam("Kind", (), ("{n}.code()",)),
    "ScalarType?": SafeParam("Option<Kind>", (), ("{n}.map_or(-1, Kind::code)",)),
    "Device": SafeParam("Device", (), ("{n}.type_code()", "{n}.index()")),
    "Device?": SafeParam("Option<Device>", (), ("{n}.map_or(-1, Device::type_code)", "{n}.map_or(-1, Device::index)")),
    "str": SafeParam("&str", ('let {n} = text_arg({n}, "{n}")?;',), ("{n}.as_ptr()",), fallible=True),
    "str?": SafeParam("Option<&str>", ('let {n} = optional_text_arg({n}, "{n}")?;',), ("optional_text_ptr(&{n})",), fallible=True),
}
# Catalogue enums cross as text: their own forms of the text keys.
ENUM_PARAM: dict[str, SafeParam] = {
    "str": SafeParam("{type}", (), ("{n}.as_c_str().as_ptr()",)),
    "str?": SafeParam("Option<{type}>", (), ("{n}.map_or(std::ptr::null(), |v| v.as_c_str().as_ptr())",)),
}
# A tensor changed in place (Tensor(a!)) when it is not the method's receiver.
MUTABLE_PARAM = SafeParam("&mut Tensor", (), ("{n}.handle",))


@dataclass(frozen=True)
class SafeResult:
    """How one result kind comes back: {checked} is the checked C value (a Result)."""

    ok_type: str  # T in Result<T, TorchError>
    convert: str


# Each result key (abi.RESULTS) -> its safe form. Caller-buffer results: {checked} is the Vec
# read through the buffer protocol.
SAFE_RESULT: dict[str, SafeResult] = {
    "Tensor": SafeResult("Tensor", "{checked}.map(Tensor::from_handle)"),
    "Tensor?": SafeResult("Option<Tensor>", "{checked}.map(Tensor::from_optional_handle)"),
    "Stream": SafeResult("Stream", "{checked}.map(Stream::from_handle)"),
    "Tensor[]": SafeResult("Vec<Tensor>", "{checked}.map(Tensor::from_handles)"),
    "int": SafeResult("i64", "{checked}"),
    "int32": SafeResult("i32", "{checked}"),
    "float": SafeResult("f64", "{checked}"),
    "bool": SafeResult("bool", "{checked}"),
    "str": SafeResult("String", "{checked}.map(text_from_ptr)"),
    "int[]": SafeResult("Vec<i64>", "{checked}"),
    "float[]": SafeResult("Vec<f64>", "{checked}"),
    "ScalarType": SafeResult("Kind", "{checked}.and_then(Kind::from_code)"),
    "void": SafeResult("()", "{checked}"),
}
# Entries that read the error state themselves (keeps_error_state) return the plain value.
RAW_RESULT: dict[str, SafeResult] = {
    "int": SafeResult("i64", "{value}"),
    "int32": SafeResult("i32", "{value}"),
    "float": SafeResult("f64", "{value}"),
    "bool": SafeResult("bool", "{value}"),
    "str": SafeResult("String", "text_from_ptr({value})"),
    "void": SafeResult("()", "{value}"),
}

# The test that a C result is its failure value ({v}: the value).
SENTINEL_TEST: dict[Sentinel, str] = {
    Sentinel.ZERO: "{v} == 0",
    Sentinel.MINUS_ONE: "{v} == -1",
    Sentinel.NAN: "{v}.is_nan()",
    Sentinel.FALSE: "!{v}",
    Sentinel.NULL: "{v}.is_null()",
}

# The local a wrapper keeps the C result in (a parameter of that name is no longer needed then).
RESULT_LOCAL = "value"

NAMESPACE_DOC: dict[str, str] = {
    "": "Library functions: what is loaded, the error state, seeding, live handles.",
    "nn": "Neural-network layers and losses as functions (torch.nn.functional).",
    "autograd": "Gradient mode of the calling thread.",
    "cuda": "CUDA devices and the CUDA caching allocator.",
}
LIBRARY_MODULE = "library"  # the module of the library functions (re-exported at the crate root)


@dataclass(frozen=True)
class SafeFn:
    name: str  # the Rust name
    entry: str  # the catalogue name
    doc: tuple[str, ...]  # lines without the `///`
    attributes: tuple[str, ...]
    signature: tuple[str, ...]  # `pub fn ...(...) -> ...`, in lines
    body: tuple[str, ...]


def camel(name: str) -> str:
    """float32 -> Float32, invalid_handle -> InvalidHandle, channels_last_3d -> ChannelsLast3d."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_-]", name) if part)


def doc_text(text: str) -> str:
    """Catalogue text for a doc comment: outside `code`, the characters rustdoc's Markdown would
    read as links or HTML tags are escaped ([0, 1) and p < 1 stay as written)."""
    parts = re.split(r"(`[^`]*`)", text)
    return "".join(part if part.startswith("`") else re.sub(r"([\[\]<>])", r"\\\1", part) for part in parts)


def rust_ident(text: str, what: str) -> str:
    if text in keywords.RUST or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", text):
        raise GenerationError(f"target {NAME}: {what} would be '{text}', which is not a usable Rust identifier")
    return text


# --------------------------------------------------------------------------- parameters


def safe_param(p: Param, fn: Function) -> SafeParam:
    t = p.type
    if t.mutable:
        return MUTABLE_PARAM
    table = ENUM_PARAM if t.enum is not None else SAFE_PARAM
    try:
        conv = table[t.key]
    except KeyError:
        raise GenerationError(f"target {NAME}: no safe form for parameter type '{t.spelling}' (needed by {fn.name})") from None
    count = len(abi.param_lowering(t, fn).args)
    if len(conv.args) != count:
        raise GenerationError(f"target {NAME}: '{t.key}' gives {len(conv.args)} C arguments, the C ABI has {count}")
    return conv


def rust_type(p: Param, fn: Function, names: CrateNames) -> str:
    conv = safe_param(p, fn)
    return conv.rust_type.replace("{type}", names.enum_type(p.type.enum)) if p.type.enum else conv.rust_type


def default_text(p: Param, names: CrateNames) -> str:
    """PyTorch's default of a parameter as the Rust value to pass."""
    value = p.default
    if value is None:
        return "None"
    text = _value_text(value, p.type, names)
    return f"Some({text})" if p.type.optional else text


def _value_text(value: object, t: SchemaType, names: CrateNames) -> str:
    if t.is_list:
        items = value if isinstance(value, list) else [value]  # int[N]: one value stands for N
        element = SchemaType(t.base)
        return "&[" + ", ".join(_value_text(v, element, names) for v in items) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if t.enum is not None:
        return f"{names.enum_type(t.enum)}::{names.enum_variant(t.enum, str(value))}"
    if t.base == "ScalarType":
        return f"Kind::{names.kind(str(value))}"
    if t.base == "Device":
        return names.device(str(value))
    if t.base == "str":
        return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, float) and not math.isfinite(value):
        return "f64::NAN" if math.isnan(value) else ("f64::INFINITY" if value > 0 else "f64::NEG_INFINITY")
    if t.base == "float" and isinstance(value, int):
        return f"{value}.0"
    return repr(value)


def _param_doc(p: Param, names: CrateNames, receiver: str | None = None) -> list[str]:
    facts = [rust_terms(doc_text(p.doc.strip()), receiver)]
    t = p.type
    if t.size is not None:
        facts.append(f"One value stands for {t.size}.")
    if t.mutable:
        facts.append("Changed in place.")
    if p.keyword_only:
        facts.append("Keyword-only in PyTorch.")
    if p.has_default:
        facts.append(f"PyTorch's default: `{default_text(p, names)}`.")
    body = wrap(f"`{p.name}`: " + " ".join(facts), 90)
    return [f"* {body[0]}"] + [f"  {line}" for line in body[1:]]


# --------------------------------------------------------------------------- wrappers


def _capacity(fn: Function) -> str:
    if fn.result.is_tuple:
        return str(len(fn.result.fields))
    cap = fn.result.capacity
    if cap is None:
        return "DEFAULT_CAPACITY"
    if isinstance(cap, int):
        return str(cap)
    return f"capacity_arg({cap})"


@dataclass(frozen=True)
class Call:
    """The unsafe call of a wrapper, laid out within the line width at a body's indentation."""

    function: str  # ffi::name
    args: tuple[str, ...]
    indent: int  # the columns before the wrapper's body lines
    safety: tuple[str, ...] = ()  # why the call is sound: the `// SAFETY:` comment's lines

    def lines(self, prefix: str = "", suffix: str = "") -> list[str]:
        """`{prefix}unsafe { ffi::f(args) }{suffix}`, broken as rustfmt would where too long,
        after its SAFETY comment."""
        inner = f"{self.function}({', '.join(self.args)})"
        one = f"{prefix}unsafe {{ {inner} }}{suffix}"
        comment = [f"// {line}" for line in self.safety]
        if self.indent + len(one) <= LINE_WIDTH:
            return [*comment, one]
        if self.indent + 4 + len(inner) <= LINE_WIDTH:
            return [*comment, f"{prefix}unsafe {{", f"    {inner}", f"}}{suffix}"]
        return [*comment, f"{prefix}unsafe {{", f"    {self.function}(", *(f"        {a}," for a in self.args), "    )", f"}}{suffix}"]


def safety_comment(fn: Function, args: tuple[str, ...], buffer: bool, indent: int) -> tuple[str, ...]:
    """The SAFETY comment of a wrapper's call, from what crosses: the bridge checks handles and
    values itself; what Rust must uphold is that every pointer is valid for the call."""
    facts = ["the bridge checks every handle and value it is given (a bad one is an error, not UB)"]
    if any("as_ptr()" in a or "_ptr(" in a or "as_c_str()" in a for a in args):
        facts.append("each pointer points into a slice or C string borrowed for the whole call, its length beside it")
    if buffer:
        facts.append("`out` holds `out_capacity` writable elements (read_array)")
    if fn.unsafe:
        facts.append("what the bridge cannot check is the caller's contract (this function's `# Safety`)")
    return tuple(wrap("SAFETY: " + "; ".join(facts) + ".", LINE_WIDTH - indent - 3))


def _result_body(fn: Function, sig: CSignature, call: Call) -> tuple[str, list[str]]:
    """(the Ok type, the statements after the arguments are prepared)."""
    key = fn.result.type.key
    res = sig.result
    if fn.keeps_error_state:
        raw = RAW_RESULT.get(key)
        if raw is None:
            raise GenerationError(f"target {NAME}: {fn.name} keeps the error state, so it must return a plain value, not '{fn.result.type.spelling}'")
        before, _, after = raw.convert.partition("{value}")
        return raw.ok_type, call.lines(before, after)
    try:
        safe = SAFE_RESULT[key]
    except KeyError:
        raise GenerationError(f"target {NAME}: no safe form for result type '{fn.result.type.spelling}' (needed by {fn.name})") from None
    if res.is_buffer:
        read = f"read_array({_capacity(fn)}, |out, out_capacity| "
        if fn.result.is_tuple:
            n = len(fn.result.fields)
            fields = ", ".join(f"t{i}" for i in range(n))  # field names may be no Rust locals (svd's U)
            comma = "," if n == 1 else ""
            ok = "(" + ", ".join(["Tensor"] * n) + comma + ")"
            lines = call.lines(f"let [{fields}] = {read}", f").and_then(Tensor::from_tuple::<{n}>)?;")
            return ok, [*lines, f"Ok(({fields}{comma}))"]
        before, _, after = safe.convert.partition("{checked}")
        return safe.ok_type, call.lines(before + read, ")" + after)
    if res.sentinel is Sentinel.NONE:
        return safe.ok_type, [*call.lines(suffix=";"), "check_void()"]
    test = SENTINEL_TEST[res.sentinel].replace("{v}", RESULT_LOCAL)
    check = "check_ambiguous" if res.legitimate else "check_strict"
    checked = f"{check}({RESULT_LOCAL}, {test})"
    return safe.ok_type, [*call.lines(f"let {RESULT_LOCAL} = ", ";"), safe.convert.replace("{checked}", checked)]


def _signature(name: str, params: list[str], ret: str, indent: int, unsafe: bool = False) -> tuple[str, ...]:
    """`pub fn name(params) -> ret` (`pub unsafe fn`), one parameter a line where the line would be too long."""
    arrow = "" if ret == "()" else f" -> {ret}"
    head = "pub unsafe fn" if unsafe else "pub fn"
    one = f"{head} {name}({', '.join(params)}){arrow}"
    if indent + len(one) + 2 <= LINE_WIDTH or not params:
        return (one,)
    return (f"{head} {name}(", *(f"    {p}," for p in params), f"){arrow}")


# The catalogue's docs speak of the C ABI; a Rust method's receiver is `self`, its results are
# tensors, and an optional tensor is an Option.
_NEW_HANDLE = re.compile(r"\b([Aa]) new handle\b")
_ZERO_FOR_NONE = re.compile(r"(,? or|;) 0 for none\b")


def rust_terms(text: str, receiver: str | None) -> str:
    """Catalogue doc text in Rust's terms: "a new handle" is a new tensor, "0 for none" is None,
    and a method's receiver (`handle`, `input`) is `self`. Text in backquotes is left alone."""
    parts = text.split("`")
    for i in range(0, len(parts), 2):  # outside backquotes
        part = _NEW_HANDLE.sub(r"\1 new tensor", parts[i])
        part = _ZERO_FOR_NONE.sub(lambda m: ", or None" if m.group(1) != ";" else "; None for none", part)
        if receiver:
            part = re.sub(rf"(?<![\w.]){re.escape(receiver)}\b(?!\()", "`self`", part)
        parts[i] = part
    return "`".join(parts)


def _doc(fn: Function, place: Placement, names: CrateNames, unavailable: str | None) -> tuple[str, ...]:
    receiver = fn.params[0].name if place.is_method and fn.params else None

    def rust_doc(text: str) -> str:
        return rust_terms(doc_text(text), receiver)

    shown = fn.params[1:] if place.is_method else fn.params
    lines = list(wrap(rust_doc(fn.summary), 92))
    if shown:
        lines.append("")
        for p in shown:
            lines += _param_doc(p, names, receiver)
    if fn.result.is_tuple:
        fields = ", ".join(f.name for f in fn.result.fields)
        lines += ["", f"Returns the tuple `({fields})`:"]
        for f in fn.result.fields:
            body = wrap(f"`{f.name}`: {rust_doc(f.doc)}", 90)
            lines += [f"* {body[0]}"] + [f"  {line}" for line in body[1:]]
    elif not fn.is_void:
        lines += [""] + wrap(f"Returns: {rust_doc(fn.result.doc)}", 92)
    if fn.mutates_receiver and place.is_method:
        lines += ["", "Changes `self` in place."]
    if fn.cuda:
        where = f"[`ErrorKind::{unavailable}`](crate::ErrorKind::{unavailable})" if unavailable else "an error"
        lines += ["", f"Needs CUDA: fails with {where} without it."]
    if fn.deviation:
        lines += [""] + wrap(f"Deviation from the reference: {rust_doc(fn.deviation)}", 92)
    if fn.unsafe:
        lines += ["", "# Safety", ""] + wrap("The bridge cannot check every argument (an address it dereferences): the caller upholds the contract of the parameters above.", 92)
    lines += ["", f"Schema: `{signature_brief(fn)}`."]
    binds = f"Binds `{fn.name}`"
    if fn.pytorch:
        binds += f"; PyTorch: `{fn.pytorch}`" + (f" (ATen `{fn.aten}`)" if fn.aten else "")
    lines.append(binds + ".")
    return tuple(lines)


def method_name(fn: Function) -> str:
    return rust_ident(fn.rust.name or fn.stem, f"the Rust name of {fn.name}")


def safe_fn(fn: Function, place: Placement, names: CrateNames, unavailable: str | None = None) -> SafeFn:
    """The wrapper of an entry: a method when `place` says so (the receiver is `self`)."""
    sig = abi.signature(fn)
    indent = 4 if place.owner else 0  # module functions at column 0, members in an impl block
    params = fn.params[1:] if place.is_method else fn.params
    prepare: list[str] = []
    args: list[str] = ["self.handle"] if place.is_method else []
    fallible = False
    for p in params:
        if p.name in _helpers():
            raise GenerationError(f"target {NAME}: parameter '{p.name}' of {fn.name} would hide the crate's helper of that name")
        conv = safe_param(p, fn)
        prepare += [s.replace("{n}", p.name) for s in conv.prepare]
        args += [a.replace("{n}", p.name) for a in conv.args]
        fallible = fallible or conv.fallible
    args += [c.name for c in sig.out_params]
    safety = safety_comment(fn, tuple(args), sig.result.is_buffer, indent + 4)
    ok, body = _result_body(fn, sig, Call(f"ffi::{fn.name}", tuple(args), indent + 4, safety))
    if fn.keeps_error_state and fallible:
        raise GenerationError(f"target {NAME}: {fn.name} keeps the error state, so it cannot take arguments that may fail to convert")
    ret = ok if fn.keeps_error_state else f"Result<{ok}, TorchError>"
    sig_params = [("&mut self" if fn.mutates_receiver else "&self")] if place.is_method else []
    sig_params += [f"{p.name}: {rust_type(p, fn, names)}" for p in params]
    name = method_name(fn)
    attributes: tuple[str, ...] = ("#[allow(clippy::too_many_arguments)]",) if len(sig_params) > MAX_ARGUMENTS else ()
    if fn.keeps_error_state and ok != "()":
        attributes += ("#[must_use]",)  # a plain value, read and nothing else: a dropped one is a bug
    return SafeFn(
        name,
        fn.name,
        _doc(fn, place, names, unavailable),
        attributes,
        _signature(name, sig_params, ret, indent, fn.unsafe),
        tuple(prepare) + tuple(body),
    )


# --------------------------------------------------------------------------- the crate's types


@dataclass(frozen=True)
class Variant:
    name: str
    doc: tuple[str, ...]  # lines without the `///`
    value: str  # the catalogue's name (a dtype, a device, an enum value)
    code: int = 0
    indexed: bool = False  # a Device variant that carries an index


@dataclass(frozen=True)
class RustEnum:
    name: str
    doc: tuple[str, ...]
    variants: tuple[Variant, ...]


DOC_WIDTH = 88  # doc comments inside an enum: `    /// ` and the text within LINE_WIDTH

# The generated enums' names, besides one per catalogue enum; and the runtime's types.
CRATE_TYPES = ("ErrorKind", "Kind", "Device", "Scalar", "TorchError", TENSOR, STREAM)


class CrateNames:
    """The Rust names of the catalogue's error codes, dtypes, devices and enums, and the types
    of the crate."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        rows = [(e.name, f"{doc_text(e.doc)} (code {e.code}, `{e.name}`)", e.code, False) for e in catalogue.error_codes]
        self.error_kind = RustEnum(
            "ErrorKind", ("What kind of failure the bridge reported (the catalogue's error codes).",), self._variants("an error code", rows)
        )
        if any(v.name == UNKNOWN_KIND for v in self.error_kind.variants):
            raise GenerationError(f"target {NAME}: an error code may not be named 'unknown' (the crate's ErrorKind::{UNKNOWN_KIND})")
        rows = [(d.name, f"{doc_text(d.doc)} (`{d.name}`, code {d.code})", d.code, False) for d in catalogue.dtypes]
        self.kinds = RustEnum(
            "Kind", ("A dtype: one of the catalogue's dtypes (its code is the c10::ScalarType value).",), self._variants("a dtype", rows)
        )
        # PyTorch's other names of the dtypes (torch.float, torch.long): associated constants,
        # Kind::Float as tch-rs writes it; one that a variant already is adds nothing.
        variants = {v.name for v in self.kinds.variants}
        self.kind_aliases: tuple[tuple[str, str, str], ...] = tuple(
            (rust_ident(camel(a), f"the Rust name of dtype alias '{a}'"), self.kind(d.name), a)
            for d in catalogue.dtypes
            for a in d.aliases
            if camel(a) not in variants
        )
        rows = []
        for d in catalogue.devices:
            indexed = d.name not in INDEXLESS_DEVICES
            index = "; the index, -1 for the current device" if indexed else ""
            rows.append((d.name, f"{doc_text(d.doc)} (`{d.name}`, type {d.code}{index})", d.code, indexed))
        self.devices = RustEnum(
            "Device",
            (
                "A device: one of the catalogue's device types, with an index where the type has",
                "several devices (-1: the current one). It crosses the C ABI as (type, index).",
            ),
            self._variants("a device", rows),
        )
        self.enums: dict[str, RustEnum] = {}
        taken = set(CRATE_TYPES)
        for e in catalogue.enums:
            name = rust_ident(camel(e.name), f"the Rust type of enum {e.name}")
            if name in taken:
                raise GenerationError(f"target {NAME}: enum {e.name} would be the Rust type {name}, which the crate already has")
            taken.add(name)
            rows = [(v, f"`{v}`", i, False) for i, v in enumerate(e.values)]
            self.enums[e.name] = RustEnum(name, tuple(wrap(doc_text(e.doc), DOC_WIDTH + 4)), self._variants(f"a value of enum {e.name}", rows))
        devices = (self.devices,) if self.devices.variants else ()
        self.generated: tuple[RustEnum, ...] = (self.error_kind, self.kinds, *devices, *self.enums.values())
        owners = (TENSOR, STREAM) if has_streams(catalogue) else (TENSOR,)
        self.types = frozenset({*owners, "Scalar", "TorchError", *(e.name for e in self.generated)})

    def summary(self) -> list[str]:
        """The doc of the module holding the generated enums."""
        text = "The catalogue's named values as Rust enums: error kinds ([`ErrorKind`]), dtypes ([`Kind`])"
        if self.devices.variants:
            text += ", devices ([`Device`])"
        if self.enums:
            text += ", and the fixed sets of text values: " + ", ".join(f"[`{e.name}`]" for e in self.enums.values())
        return wrap(text + ".", DOC_WIDTH + 8)

    @staticmethod
    def _variants(what: str, rows: list[tuple[str, str, int, bool]]) -> tuple[Variant, ...]:
        seen: dict[str, str] = {}
        out = []
        for value, doc, code, indexed in rows:
            name = rust_ident(camel(value), f"the Rust variant of {what} '{value}'")
            if name in seen:
                raise GenerationError(f"target {NAME}: {what} '{value}' and '{seen[name]}' would both be the variant {name}")
            seen[name] = value
            out.append(Variant(name, tuple(wrap(doc, DOC_WIDTH)), value, code, indexed))
        return tuple(out)

    def kind(self, dtype: str) -> str:
        return next(v.name for v in self.kinds.variants if v.value == dtype)

    def device(self, device: str) -> str:
        v = next(v for v in self.devices.variants if v.value == device)
        return f"Device::{v.name}(-1)" if v.indexed else f"Device::{v.name}"

    def enum_type(self, enum: EnumDef) -> str:
        return self.enums[enum.name].name

    def enum_variant(self, enum: EnumDef, value: str) -> str:
        return next(v.name for v in self.enums[enum.name].variants if v.value == value)


# --------------------------------------------------------------------------- modules


@dataclass(frozen=True)
class Guard:
    """A region entered by `<x>_begin` and left by `<x>_end`: `<x>()` returns a guard."""

    function: str  # the Rust function that enters it
    type: str  # the guard type
    begin: str  # catalogue names
    end: str


@dataclass(frozen=True)
class Module:
    """A generated module: an owner's impl block (tensor.rs) or a namespace (nn.rs)."""

    name: str  # the file stem
    doc: str
    owner: str  # "Tensor" / "Stream": the functions are in `impl <owner>`; "" for a namespace
    functions: tuple[SafeFn, ...]
    imports: tuple[str, ...]  # `use` lines
    guards: tuple[Guard, ...] = ()
    reexports: tuple[str, ...] = ()  # `pub use` lines: the hand-written runtime's items it shows


def runtime_names(file: str, top_level: bool) -> dict[str, str]:
    """The functions (and, top level, constants) runtime/rust/<file> defines -> that file: what
    a generated name must not collide with. `top_level`: only items at the start of a line."""
    copy = runtime.copy(f"rust/{file}")
    pattern = r"^(?:pub(?:\(crate\))? )?(?:fn|const) ([A-Za-z_]\w*)" if top_level else r"\bfn ([A-Za-z_]\w*)"
    return {name: copy.source for name in re.findall(pattern, copy.text, flags=re.M)}


def inherent_names(file: str, owner: str) -> dict[str, str]:
    """The methods runtime/rust/<file> adds to `owner` in `impl <owner> {` blocks (its trait
    impls, such as the operators, add none) -> that file."""
    copy = runtime.copy(f"rust/{file}")
    blocks = re.findall(rf"^impl {owner} \{{\n(.*?)^\}}", copy.text, flags=re.M | re.S)
    return {name: copy.source for block in blocks for name in re.findall(r"\bfn ([A-Za-z_]\w*)", block)}


def runtime_entries(file: str) -> set[str]:
    """The catalogue entries runtime/rust/<file> is built on: the names its leading doc lists
    after "Catalogue entries:"."""
    doc = re.match(r"(?://!.*\n)+", runtime.copy(f"rust/{file}").text)
    text = doc.group(0) if doc else ""
    listed = text.split("Catalogue entries:", 1)[1].split("\n//!\n", 1)[0] if "Catalogue entries:" in text else ""
    return set(re.findall(rf"\b{PREFIX}\w+", listed))


def tensor_runtime(catalogue: Catalogue) -> list[str]:
    """The files of TENSOR_RUNTIME whose entries this catalogue has, in TENSOR_RUNTIME's order."""
    if TENSOR not in {t.base for f in catalogue.functions for t in (f.result.type, *(p.type for p in f.params))}:
        return []
    return [file for file in TENSOR_RUNTIME if runtime_entries(file) <= set(catalogue.by_name)]


@cache
def _helpers() -> dict[str, str]:
    """Runtime helper name -> the module it is in (error, convert)."""
    return {name: module for module, file in HELPER_MODULES.items() for name in runtime_names(file, top_level=True)}


def _imports(fns: tuple[SafeFn, ...], types: frozenset[str], owner: str, guards: bool) -> tuple[str, ...]:
    """The `use` lines a module's functions need: the runtime helpers and crate types they name
    (and the owner type its impl block is of)."""
    text = "\n".join("\n".join(f.signature + f.body) for f in fns)
    by_module: dict[str, list[str]] = {}
    for name, module in sorted(_helpers().items()):
        if re.search(rf"\b{name}\b", text) or (guards and name == "check_void"):
            by_module.setdefault(module, []).append(name)
    used = sorted(t for t in types if t == owner or re.search(rf"\b{t}\b", text))
    if guards and "TorchError" not in used:
        used = sorted([*used, "TorchError"])
    lines = [f"use crate::{m}::{{{', '.join(names)}}};" if len(names) > 1 else f"use crate::{m}::{names[0]};" for m, names in sorted(by_module.items())]
    lines.append("use crate::ffi;")
    if used:
        lines.append(f"use crate::{{{', '.join(used)}}};" if len(used) > 1 else f"use crate::{used[0]};")
    return tuple(lines)


def _collision(catalogue: Catalogue, fn_name: str, name: str, where: str, what: str) -> GenerationError:
    fn = catalogue.by_name[fn_name]
    return GenerationError(
        f"{catalogue.path}:{fn.line}: entry {fn.name}: target {NAME}: its Rust name '{name}' collides with {what} "
        f"in {where}; give it another with `rust: {{name: ...}}` in the catalogue"
    )


def _check_names(catalogue: Catalogue, where: str, fns: list[SafeFn], reserved: dict[str, str]) -> None:
    seen: dict[str, str] = {}
    for f in fns:
        if f.name in reserved:
            raise _collision(catalogue, f.entry, f.name, where, f"a member that {reserved[f.name]} defines")
        if f.name in seen:
            # Blame the entry whose name the catalogue chose, where one did.
            first, second = seen[f.name], f.entry
            if catalogue.by_name[first].rust.name and not catalogue.by_name[second].rust.name:
                first, second = second, first
            raise _collision(catalogue, second, f.name, where, f"the Rust name of {first}")
        seen[f.name] = f.entry


_BEGIN = re.compile(r"^(?P<base>\w+?)_begin(?P<version>_v(?P<n>[0-9]+))?$")


def guards(catalogue: Catalogue, fns: tuple[Function, ...]) -> tuple[Guard, ...]:
    """Regions of a namespace: argument-less, result-less `<x>_begin` / `<x>_end` pairs, or
    `<x>_begin_vN` / `<x>_end_vN`; where a region has several versions, the guard uses the latest
    (the better form, as every wrapper does)."""
    def plain(f: Function) -> bool:
        return not f.params and f.is_void and not f.keeps_error_state

    by_stem = {f.stem: f for f in fns if plain(f)}
    chosen: dict[str, tuple[int, Function, Function]] = {}
    for stem, begin in by_stem.items():
        m = _BEGIN.match(stem)
        if m is None:
            continue
        base, version = m["base"], int(m["n"] or 1)
        end = by_stem.get(base + "_end" + (m["version"] or ""))
        if end is not None and (base not in chosen or chosen[base][0] < version):
            chosen[base] = (version, begin, end)
    return tuple(
        Guard(rust_ident(base, f"the guard of {begin.name}"), camel(base) + "Guard", begin.name, end.name)
        for base, (_, begin, end) in chosen.items()
    )


def has_streams(catalogue: Catalogue) -> bool:
    """Whether any entry takes or makes a stream (then the crate has the Stream type)."""
    return any(t.base == STREAM for f in catalogue.functions for t in (f.result.type, *(p.type for p in f.params)))


def modules(catalogue: Catalogue, names: CrateNames) -> list[Module]:
    """The owners' impl blocks (Tensor, Stream) and the namespaces (library, nn, autograd, cuda)."""
    unavailable = next((camel(e.name) for e in catalogue.error_codes if e.name == UNAVAILABLE_ERROR), None)
    owners: dict[str, list[SafeFn]] = {owner: [] for owner in (TENSOR, STREAM) if owner in names.types}
    spaces: dict[str, list[SafeFn]] = {}
    entries: dict[str, list[Function]] = {}
    for fn in catalogue.functions:
        if is_release(fn):
            continue  # free() and Drop, in the runtime, through roles.rs
        place = placement(fn)
        wrapper = safe_fn(fn, place, names, unavailable)
        if place.owner:
            if place.owner not in owners:
                raise GenerationError(f"target {NAME}: {fn.name} belongs on {place.owner}, which no entry takes or makes")
            owners[place.owner].append(wrapper)
        else:
            spaces.setdefault(place.namespace, []).append(wrapper)
            entries.setdefault(place.namespace, []).append(fn)
    out: list[Module] = []
    for owner, fns in owners.items():
        reserved = runtime_names(OWNER_RUNTIME[owner], top_level=False)
        if owner == TENSOR:
            for file in tensor_runtime(catalogue):
                reserved |= inherent_names(file, owner)
        _check_names(catalogue, owner, fns, reserved)
        doc = f"{owner}'s operations: its methods and constructors, one per catalogue entry."
        out.append(Module(owner.lower(), doc, owner, tuple(fns), _imports(tuple(fns), names.types, owner, False)))
    helpers = {name: f"runtime/rust/{HELPER_MODULES[module]}" for name, module in _helpers().items()}
    for space, fns in spaces.items():
        module = space or LIBRARY_MODULE
        rust_ident(module, "a namespace")
        regions = guards(catalogue, tuple(entries[space]))
        reserved = dict(helpers) | {g.function: "the guard of " + g.begin for g in regions}
        shown = [(TENSOR_RUNTIME[file][0], TENSOR_RUNTIME[file][1], file) for file in tensor_runtime(catalogue) if TENSOR_RUNTIME[file][2] == module]
        reserved |= {name: f"runtime/rust/{file}" for _, items, file in shown for name in items}
        _check_names(catalogue, module, fns, reserved)
        reexports = tuple(f"pub use crate::{source}::{{{', '.join(items)}}};" for source, items, _ in shown)
        imports = _imports(tuple(fns), names.types, "", bool(regions))
        out.append(Module(module, NAMESPACE_DOC.get(space, module), "", tuple(fns), imports, regions, reexports))
    return out


@dataclass(frozen=True)
class RoleFn:
    """A function of roles.rs: what the runtime calls for one role."""

    name: str
    entry: str
    params: str
    result: str  # the Rust return type, "" for none
    call: str


def roles(catalogue: Catalogue, owners: list[str]) -> tuple[RoleFn, ...]:
    code, message = error_protocol(catalogue)
    out = [
        RoleFn("error_code", code.name, "", rust_c_type(abi.signature(code).return_type, code), f"ffi::{code.name}()"),
        RoleFn("error_message", message.name, "", rust_c_type(abi.signature(message).return_type, message), f"ffi::{message.name}()"),
    ]
    for owner in owners:
        kind = owner.lower()
        free, destructor = release_function(catalogue, owner), destructor_function(catalogue, owner)
        out.append(RoleFn(f"free_{kind}", free.name, "handle: i64", "", f"ffi::{free.name}(handle)"))
        out.append(RoleFn(f"drop_{kind}", destructor.name, "handle: i64", "", f"ffi::{destructor.name}(handle)"))
    return tuple(out)


@dataclass(frozen=True)
class CategoryDoc:
    """A category of categories.rs: its functions as links into the crate, and its example."""

    id: str
    title: str
    doc: str
    links: tuple[str, ...]
    example: tuple[str, ...]  # the lines of its Rust example (empty: none)


def category_docs(catalogue: Catalogue, mods: list[Module]) -> list[CategoryDoc]:
    paths: dict[str, str] = {}
    for m in mods:
        for f in m.functions:
            where = m.owner if m.owner else ("" if m.name == LIBRARY_MODULE else m.name)
            paths[f.entry] = f"crate::{where + '::' if where else ''}{f.name}"
    out = []
    for c in catalogue.categories:
        rust_ident(c.id, "a category id")
        links = tuple(f"[`{paths[f.name].rsplit('::', 1)[1]}`]({paths[f.name]})" for f in catalogue.functions if f.category.id == c.id and f.name in paths)
        example = c.example(NAME)
        out.append(CategoryDoc(c.id, doc_text(c.title), doc_text(c.doc), links, tuple(example.splitlines()) if example else ()))
    return out


def render(catalogue: Catalogue, renderer) -> dict[str, str | runtime.Copy]:  # type: ignore[no-untyped-def]
    names = CrateNames(catalogue)
    argument = next((e for e in catalogue.error_codes if e.name == ARGUMENT_ERROR), None)
    if argument is None:
        raise GenerationError(f"target {NAME}: the catalogue has no error code '{ARGUMENT_ERROR}' (errors the crate raises itself, such as a NUL byte in text, have it)")
    mods = modules(catalogue, names)
    owners = [m for m in mods if m.owner]
    spaces = [m for m in mods if not m.owner]
    context = dict(catalogue=catalogue, crate=CRATE, lib=LIB)
    extras = tensor_runtime(catalogue)
    files: dict[str, str | runtime.Copy] = {
        "rust/Cargo.toml": renderer.render("rust/Cargo.toml.j2", **context),
        "rust/src/ffi.rs": renderer.render("rust/ffi.rs.j2", externs=[extern_decl(f) for f in catalogue.functions], **context),
        "rust/src/enums.rs": renderer.render(
            "rust/enums.rs.j2",
            error_kind=names.error_kind,
            unknown=UNKNOWN_KIND,
            argument_variant=camel(argument.name),
            kinds=names.kinds,
            kind_aliases=names.kind_aliases,
            devices=names.devices if names.devices.variants else None,
            enums=list(names.enums.values()),
            doc=names.summary(),
            scalar_kinds=[(k.upper(), v) for k, v in abi.SCALAR_KINDS.items()],
            **context,
        ),
        "rust/src/roles.rs": renderer.render("rust/roles.rs.j2", roles=roles(catalogue, [m.owner for m in owners]), **context),
        "rust/src/lib.rs": renderer.render(
            "rust/lib.rs.j2",
            owners=owners,
            spaces=spaces,
            library=LIBRARY_MODULE,
            exports=[e.name for e in names.generated],
            extras=[TENSOR_RUNTIME[file] for file in extras],
            namespaces=[m.name for m in spaces],
            **context,
        ),
    }
    files["rust/src/categories.rs"] = renderer.render("rust/categories.rs.j2", categories=category_docs(catalogue, mods), **context)
    for module in mods:
        files[f"rust/src/{module.name}.rs"] = renderer.render("rust/module.rs.j2", module=module, **context)
    copies = dict(RUNTIME_FILES) | {OWNER_RUNTIME[m.owner]: f"src/{OWNER_RUNTIME[m.owner]}" for m in owners}
    copies |= {file: f"src/{file}" for file in extras}
    for source, target in copies.items():
        files[f"rust/{target}"] = runtime.copy(f"rust/{source}")
    build = files["rust/build.rs"]
    if not isinstance(build, runtime.Copy) or f"dylib={LIB}" not in build.text:
        raise GenerationError(f"runtime/rust/build.rs does not link lib{LIB}, the library Cargo.toml declares")
    return files
