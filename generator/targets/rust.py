"""Tier 1 for Rust: a dependency-free Cargo crate over libtorch_sffi.so (generated/rust/).

Files:
    Cargo.toml, build.rs     the crate; build.rs links libtorch_sffi (TORCH_SFFI_LIB_DIR or
                             ../../build/lib) and embeds its run path
    src/ffi.rs               the `extern "C"` block: every bridge function, exact C types
    src/error.rs             ErrorKind (the catalogue's error codes), TorchError and the checks
                             that turn sentinels into errors
    src/tensor.rs            Tensor: frees on Drop; methods and constructors
    src/stream.rs            Stream: frees on Drop
    src/<namespace>.rs       module functions by group: nn, autograd, cuda
    src/lib.rs               the crate root: modules, library functions, dtype codes

Safe wrappers return `Result<T, TorchError>`; arrays go in as slices and come back as
`Vec`s through the caller-buffer protocol (retrying with the length the bridge reports).
Functions that read the error state (`keeps_error_state`) return their value unchecked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import GenerationError
from ..model import Catalogue, Function, Param
from ..naming import is_in_place
from .common import (
    destructor_function,
    STREAM,
    TENSOR,
    Placement,
    is_release,
    lookup,
    placement,
    release_function,
    require_error_protocol,
    wrap,
)
from .cpp import c_macro

NAME = "rust"
DIRS = ("rust",)
CRATE = "torch-sffi"
LIB = "torch_sffi"  # the Rust library name and the native library it links (libtorch_sffi.so)

# The buffer size offered first for an array result whose entry names no capacity; a
# larger result costs one more call with the length the bridge reported.
DEFAULT_CAPACITY = 16

VALUE_ERROR = "value"  # the error code a text argument with an inner NUL byte gets

# --------------------------------------------------------------------------- the C ABI in Rust
# Each catalogue type as Rust FFI parameters: (suffix added to the parameter's name, type).
FFI_PARAM: dict[str, tuple[tuple[str, str], ...]] = {
    "tensor": (("", "i64"),),
    "tensor?": (("", "i64"),),
    "stream": (("", "i64"),),
    "tensor[]": (("", "*const i64"), ("_len", "i64")),
    "i32": (("", "i32"),),
    "i64": (("", "i64"),),
    "f64": (("", "f64"),),
    "bool": (("", "bool"),),
    "text": (("", "*const c_char"),),
    "i64[]": (("", "*const i64"), ("_len", "i64")),
    "f64[]": (("", "*const f64"), ("_len", "i64")),
}

_OUT_I64 = (("out", "*mut i64"), ("out_capacity", "i64"))


@dataclass(frozen=True)
class FfiResult:
    rust_type: str | None  # None: no result
    out_params: tuple[tuple[str, str], ...]  # trailing (name, type) of array results


FFI_RESULT: dict[str, FfiResult] = {
    "tensor": FfiResult("i64", ()),
    "tensor?": FfiResult("i64", ()),
    "stream": FfiResult("i64", ()),
    "tensor[]": FfiResult("i64", _OUT_I64),
    "i32": FfiResult("i32", ()),
    "i64": FfiResult("i64", ()),
    "f64": FfiResult("f64", ()),
    "bool": FfiResult("bool", ()),
    "text": FfiResult("*const c_char", ()),
    "i64[]": FfiResult("i64", _OUT_I64),
    "f64[]": FfiResult("i64", (("out", "*mut f64"), ("out_capacity", "i64"))),
    "void": FfiResult(None, ()),
}

# --------------------------------------------------------------------------- the safe API


@dataclass(frozen=True)
class SafeParam:
    rust_type: str
    prepare: str | None  # a statement run before the call; {n} is the parameter's name
    args: tuple[str, ...]  # the C arguments it becomes


_SLICE_ARGS = ("{n}.as_ptr()", "len_arg({n}.len())")

SAFE_PARAM: dict[str, SafeParam] = {
    "tensor": SafeParam("&Tensor", None, ("{n}.handle",)),
    "tensor?": SafeParam("Option<&Tensor>", None, ("{n}.map_or(0, |t| t.handle)",)),
    "stream": SafeParam("&Stream", None, ("{n}.handle",)),
    "tensor[]": SafeParam("&[&Tensor]", "let {n}: Vec<i64> = {n}.iter().map(|t| t.handle).collect();", _SLICE_ARGS),
    "i32": SafeParam("i32", None, ("{n}",)),
    "i64": SafeParam("i64", None, ("{n}",)),
    "f64": SafeParam("f64", None, ("{n}",)),
    "bool": SafeParam("bool", None, ("{n}",)),
    "text": SafeParam("&str", 'let {n} = text_arg({n}, "{n}")?;', ("{n}.as_ptr()",)),
    "i64[]": SafeParam("&[i64]", None, _SLICE_ARGS),
    "f64[]": SafeParam("&[f64]", None, _SLICE_ARGS),
}


@dataclass(frozen=True)
class SafeResult:
    ok_type: str  # T in Result<T, TorchError>
    # The body over {call} (an `unsafe` call expression); array results call inside a
    # closure over (out, out_capacity) and offer {capacity} elements first.
    body: str


SAFE_RESULT: dict[str, SafeResult] = {
    "tensor": SafeResult("Tensor", "Tensor::from_result({call})"),
    "tensor?": SafeResult("Option<Tensor>", "Tensor::from_optional_result({call})"),
    "stream": SafeResult("Stream", "Stream::from_result({call})"),
    "tensor[]": SafeResult("Vec<Tensor>", "Tensor::list_result({capacity}, |out, out_capacity| {call})"),
    "i32": SafeResult("i32", "check_i32({call})"),
    "i64": SafeResult("i64", "check_i64({call})"),
    "f64": SafeResult("f64", "check_f64({call})"),
    "bool": SafeResult("bool", "check_bool({call})"),
    "text": SafeResult("String", "check_text({call})"),
    "i64[]": SafeResult("Vec<i64>", "read_array({capacity}, |out, out_capacity| {call})"),
    "f64[]": SafeResult("Vec<f64>", "read_array({capacity}, |out, out_capacity| {call})"),
    "void": SafeResult("()", "{call};\ncheck_void()"),
}

# Functions that read the error state itself return their value as it is.
RAW_RESULT: dict[str, SafeResult] = {
    "i32": SafeResult("i32", "{call}"),
    "i64": SafeResult("i64", "{call}"),
    "bool": SafeResult("bool", "{call}"),
    "f64": SafeResult("f64", "{call}"),
    "text": SafeResult("String", "text_from_ptr({call})"),
}

# Names in the safe API: a function's stem unless listed here (by catalogue name).
RUST_NAME: dict[str, str] = {
    # A fallible copy: Rust's convention (File::try_clone), and `clone` is Clone's name.
    "rt_torch_torchtensor_clone": "try_clone",
}

# Clippy's default limit; wrappers with more parameters (conv2d, batch_norm) say so.
MAX_ARGUMENTS = 7

# Methods that change the tensor in place take `&mut self`: these, the gradient setter, and
# every function whose name ends in `_` (PyTorch's in-place mark: add_, copy_, ...).
MUTATES_RECEIVER = frozenset({"rt_torch_autograd_set_requires_grad", "rt_torch_autograd_zero_grad", "rt_torch_autograd_set_grad"})


def mutates_receiver(fn: Function) -> bool:
    return fn.name in MUTATES_RECEIVER or is_in_place(fn.name)

# Members the crate's own code defines on Tensor and Stream; a catalogue name must not clash.
RESERVED_MEMBERS = frozenset(
    {"handle", "from_raw", "into_raw", "from_result", "from_optional_result", "list_result", "free", "drop"}
)

RUST_KEYWORDS = frozenset(
    "as async await break const continue crate dyn else enum extern false fn for if impl in let loop "
    "match mod move mut pub ref return self Self static struct super trait true type unsafe use where "
    "while abstract become box do final macro override priv try typeof unsized virtual yield".split()
)

NAMESPACE_DOC = {
    "nn": "Neural-network layers and losses as functions (torch.nn.functional).",
    "autograd": "Gradient mode of the calling thread.",
    "cuda": "CUDA devices and the CUDA caching allocator.",
}


@dataclass(frozen=True)
class ExternDecl:
    doc: str
    line: str


@dataclass(frozen=True)
class SafeFn:
    name: str  # catalogue name
    doc: tuple[str, ...]  # lines without the `///`
    attributes: tuple[str, ...]
    signature: str  # `pub fn ...(...) -> ...`
    body: tuple[str, ...]


def rust_ident(text: str, what: str) -> str:
    if text in RUST_KEYWORDS:
        raise GenerationError(f"target {NAME}: {what} '{text}' is a Rust keyword; add a name to RUST_NAME")
    return text


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


# --------------------------------------------------------------------------- extern block


def extern_params(fn: Function) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for p in fn.params:
        out += [(p.name + suffix, t) for suffix, t in lookup(FFI_PARAM, p.type, NAME, fn)]
    out += list(lookup(FFI_RESULT, fn.result.type, NAME, fn).out_params)
    return out


def extern_decl(fn: Function) -> ExternDecl:
    params = ", ".join(f"{n}: {t}" for n, t in extern_params(fn))
    result = lookup(FFI_RESULT, fn.result.type, NAME, fn).rust_type
    arrow = f" -> {result}" if result else ""
    return ExternDecl(" ".join(fn.summary.split()), f"pub fn {fn.name}({params}){arrow};")


# --------------------------------------------------------------------------- safe wrappers


def method_name(fn: Function) -> str:
    place = placement(fn)
    name = RUST_NAME.get(fn.name, fn.stem)
    if place.owner and name in RESERVED_MEMBERS and not is_release(fn):
        raise GenerationError(f"target {NAME}: {fn.name} would be {place.owner}::{name}, a name the crate defines itself")
    return rust_ident(name, f"the name of {fn.name}")


def _capacity(fn: Function) -> str:
    cap = fn.result.capacity
    if cap is None:
        return "DEFAULT_CAPACITY"
    if isinstance(cap, int):
        return str(cap)
    return f"usize::try_from({cap}).unwrap_or(0)"


def _doc(fn: Function, shown: tuple[Param, ...]) -> tuple[str, ...]:
    lines = list(wrap(fn.summary, 92))
    if shown:
        lines.append("")
        for p in shown:
            default = f" Other tiers default it to `{_default_text(p)}`." if p.has_default else ""
            body = wrap(f"`{p.name}`: {p.doc}{default}", 90)
            lines += [f"* {body[0]}"] + [f"  {line}" for line in body[1:]]
    if not fn.is_void:
        lines += [""] + wrap(f"Returns: {fn.result.doc}", 92)
    if fn.cuda:
        lines += ["", "Needs CUDA: fails with [`ErrorKind::Unavailable`] without it."]
    if fn.deviation:
        lines += [""] + wrap(f"Deviation from the reference: {fn.deviation}", 92)
    lines += ["", f"Binds `{fn.name}`" + (f"; PyTorch: `{fn.pytorch}`." if fn.pytorch else ".")]
    return tuple(lines)


def _default_text(p: Param) -> str:
    value = p.default
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def safe_fn(fn: Function, place: Placement, receiver: str) -> SafeFn:
    """A wrapper; `receiver` is how the method's object is written ("self" for methods)."""
    params = fn.params[1:] if place.is_method else fn.params
    prepare: list[str] = []
    args: list[str] = []
    if place.is_method:
        args.append(f"{receiver}.handle")
    for p in params:
        conv = lookup(SAFE_PARAM, p.type, NAME, fn)
        if conv.prepare:
            prepare.append(conv.prepare.replace("{n}", p.name))
        args += [a.replace("{n}", p.name) for a in conv.args]
    out = lookup(FFI_RESULT, fn.result.type, NAME, fn).out_params
    args += [n for n, _ in out]
    call = f"unsafe {{ ffi::{fn.name}({', '.join(args)}) }}"
    table = RAW_RESULT if fn.keeps_error_state else SAFE_RESULT
    res = lookup(table, fn.result.type, NAME, fn)
    body = res.body.replace("{call}", call).replace("{capacity}", _capacity(fn))
    ret = res.ok_type if fn.keeps_error_state else f"Result<{res.ok_type}, TorchError>"
    if place.is_method:
        self_param = "&mut self" if mutates_receiver(fn) else "&self"
        sig_params = [self_param]
    else:
        sig_params = []
    sig_params += [f"{p.name}: {lookup(SAFE_PARAM, p.type, NAME, fn).rust_type}" for p in params]
    signature = f"pub fn {method_name(fn)}({', '.join(sig_params)}) -> {ret}"
    attributes = ("#[allow(clippy::too_many_arguments)]",) if len(sig_params) > MAX_ARGUMENTS else ()
    return SafeFn(fn.name, _doc(fn, params), attributes, signature, tuple(prepare) + tuple(body.split("\n")))


OWNER_DOC: dict[str, tuple[str, str, tuple[str, ...]]] = {
    # owner: (kind of handle, one-line summary, doc comment lines)
    TENSOR: (
        "tensor",
        "a libtorch tensor behind a handle of the bridge.",
        (
            "A libtorch tensor. The handle is released when the value is dropped, or at once with",
            "[`Tensor::free`]. Every operation returns a new tensor (a view shares memory, as in",
            "PyTorch); a failed one returns the bridge's error.",
        ),
    ),
    STREAM: (
        "stream",
        "a CUDA stream behind a handle of the bridge.",
        (
            "A CUDA stream taken from the stream pool. The handle is released when the value is",
            "dropped, or at once with [`Stream::free`].",
        ),
    ),
}


@dataclass(frozen=True)
class Owner:
    """Tensor or Stream: the release function and the members."""

    name: str
    kind: str
    summary: str
    doc: tuple[str, ...]
    release: str  # what free() calls
    destructor: str  # what Drop calls (leaves the thread's error state alone)
    constructors: tuple[SafeFn, ...]
    methods: tuple[SafeFn, ...]
    imports: tuple[str, ...]  # the other owner types its members use
    optionals: bool  # defines the helper for optional tensor results (tensor?)
    lists: bool  # defines the helper for tensor-list results (tensor[])


@dataclass(frozen=True)
class Namespace:
    name: str
    doc: str
    functions: tuple[SafeFn, ...]
    imports: tuple[str, ...]


def _imports(fns: tuple[SafeFn, ...], exclude: str = "") -> tuple[str, ...]:
    """The owner types (Tensor, Stream) named in the functions' signatures and bodies."""
    text = "\n".join(f.signature + "\n" + "\n".join(f.body) for f in fns)
    return tuple(o for o in (TENSOR, STREAM) if o != exclude and re.search(rf"\b{o}\b", text))


def _check_unique(owner: str, fns: list[SafeFn]) -> None:
    seen: dict[str, str] = {}
    for f in fns:
        name = f.signature.split("(")[0].split()[-1]
        if name in seen:
            raise GenerationError(f"target {NAME}: {seen[name]} and {f.name} both become {owner or 'crate'}::{name}")
        seen[name] = f.name


def api(catalogue: Catalogue) -> tuple[list[Owner], list[Namespace], tuple[SafeFn, ...]]:
    """Owners (Tensor, Stream), namespaces (nn, autograd, cuda) and the crate-root functions."""
    members: dict[str, tuple[list[SafeFn], list[SafeFn]]] = {TENSOR: ([], []), STREAM: ([], [])}
    spaces: dict[str, list[SafeFn]] = {}
    for fn in catalogue.functions:
        place = placement(fn)
        if is_release(fn):
            continue  # free() and Drop, written by the template around the release function
        wrapper = safe_fn(fn, place, "self")
        if place.owner:
            members[place.owner][1 if place.is_method else 0].append(wrapper)
        else:
            spaces.setdefault(place.namespace, []).append(wrapper)
    owners = []
    for owner, (ctors, methods) in members.items():
        if not (ctors or methods) and owner != TENSOR:
            continue
        _check_unique(owner, ctors + methods)
        kind, summary, doc = OWNER_DOC[owner]
        fns = tuple(ctors + methods)
        release = release_function(catalogue, owner).name
        results = {f.result.type.name for f in catalogue.functions} if owner == TENSOR else set()
        owners.append(
            Owner(
                owner,
                kind,
                summary,
                doc,
                release,
                destructor_function(catalogue, owner).name,
                tuple(ctors),
                tuple(methods),
                _imports(fns, owner),
                optionals="tensor?" in results,
                lists="tensor[]" in results,
            )
        )
    for space, wrappers in spaces.items():
        _check_unique(space, wrappers)
    namespaces = [
        Namespace(rust_ident(n, "a namespace"), NAMESPACE_DOC.get(n, n), tuple(ws), _imports(tuple(ws)))
        for n, ws in spaces.items()
        if n
    ]
    return owners, namespaces, tuple(spaces.get("", ()))


def no_grad_guard(catalogue: Catalogue) -> tuple[str, str] | None:
    """The begin/end pair the autograd module wraps in a guard, when the catalogue has both."""
    begin, end = "rt_torch_autograd_no_grad_begin", "rt_torch_autograd_no_grad_end"
    if begin in catalogue.by_name and end in catalogue.by_name:
        return begin, end
    return None


def render(catalogue: Catalogue, renderer) -> dict[str, str]:  # type: ignore[no-untyped-def]
    require_error_protocol(catalogue)
    owners, namespaces, root = api(catalogue)
    codes = [(camel(e.name), e.name, e.code, e.doc) for e in catalogue.error_codes]
    if any(variant == "Unknown" for variant, *_ in codes):
        raise GenerationError(f"target {NAME}: an error code may not be named 'unknown' (the crate's fallback kind)")
    dtypes = [(c_macro(d.name), d.name, d.code, d.doc) for d in catalogue.dtypes]
    value = next((e for e in catalogue.error_codes if e.name == VALUE_ERROR), None)
    if value is None:
        raise GenerationError(f"target {NAME}: the catalogue has no error code '{VALUE_ERROR}' (text arguments with a NUL byte raise it)")
    context = dict(catalogue=catalogue, crate=CRATE, lib=LIB)
    files = {
        "rust/Cargo.toml": renderer.render("rust/Cargo.toml.j2", **context),
        "rust/build.rs": renderer.render("rust/build.rs.j2", **context),
        "rust/src/ffi.rs": renderer.render("rust/ffi.rs.j2", externs=[extern_decl(f) for f in catalogue.functions], **context),
        "rust/src/error.rs": renderer.render(
            "rust/error.rs.j2",
            codes=codes,
            default_capacity=DEFAULT_CAPACITY,
            value_kind=(camel(value.name), value.code),
            **context,
        ),
        "rust/src/lib.rs": renderer.render(
            "rust/lib.rs.j2",
            owners=owners,
            namespaces=namespaces,
            functions=root,
            dtypes=dtypes,
            **context,
        ),
    }
    for owner in owners:
        files[f"rust/src/{owner.name.lower()}.rs"] = renderer.render("rust/owner.rs.j2", owner=owner, **context)
    guard = no_grad_guard(catalogue)
    for space in namespaces:
        files[f"rust/src/{space.name}.rs"] = renderer.render(
            "rust/namespace.rs.j2",
            space=space,
            guard=guard if space.name == "autograd" else None,
            **context,
        )
    return files
