"""Conformance across tiers: every tier declares the C ABI of generated/cpp/torch_sffi.h.

The reference is the C header, parsed with pycparser. Each tier is read from its own text
and lowered to C declarations through a correspondence table kept here, independent of the
generator's own tables (a wrong generator table must not be able to agree with itself):

    tier        read from                              lowered by
    catalogue   spec/torch_api.yaml (the model)        CATALOGUE_PARAM / CATALOGUE_RESULT
    cffi        generated/cffi/build_cffi.py CDEF      pycparser, as the header
    rust        generated/rust/src/ffi.rs extern block RUST_C
    simple      generated/simple/ffi.spl               SIMPLE_PARAM / SIMPLE_RESULT
    extension   the compiled torch_sffi._native         cffi's own view of the functions
                                                       (no names, no const)
    python      generated/python/torch_sffi/_native.pyi PY_PARAM_C / PY_RESULT_C (the types the
                (the package is type-checked against    package's code is checked against; a
                it with mypy --strict)                  Python int has no width and a cffi
                                                       buffer no element type, so those two
                                                       distinctions are not compared)

A tier's declarations are a dict name -> CSig; `compare(tier, declarations, header)` lists
every difference as a precise message. Adding a tier is one function that returns that dict
(`declarations_from_bindings` builds it from (name, C result, [(param, C type)]) triples) and
one more test.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from pycparser import c_ast, c_parser

from generator.model import Catalogue
from generator.simple_syntax import parse as parse_simple

# Stands in for <stdint.h> and <stdbool.h>, which the header includes.
PRELUDE = "typedef long int64_t;\ntypedef int int32_t;\ntypedef _Bool bool;\n"
# The header's own macros: attributes and qualifiers pycparser does not need to see.
HEADER_MACROS = ("RT_TORCH_API", "RT_TORCH_NOEXCEPT")


@dataclass(frozen=True)
class CSig:
    result: str
    params: tuple[tuple[str | None, str], ...]  # (name or None when the tier has no names, C type)


Declarations = dict[str, CSig]


class ConformanceError(Exception):
    """A tier's text cannot be read (not a difference: the reader's input is malformed)."""


# --------------------------------------------------------------------------- C (header, cdef)


def _strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", lambda m: "\n" * m.group().count("\n"), text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def preprocess(text: str, defined: frozenset[str] = frozenset()) -> str:
    """Comments removed, #if/#ifdef/#ifndef/#else/#endif resolved (only `defined(X)` tests),
    every directive line dropped (line count kept)."""
    out: list[str] = []
    stack: list[tuple[bool, bool]] = []  # (this branch active, some branch taken)
    macros = set(defined)
    for line in _strip_comments(text).splitlines():
        s = line.strip()
        active = all(a for a, _ in stack)
        if s.startswith("#"):
            words = s[1:].split(None, 1)
            directive, arg = (words + [""])[:2] if words else ("", "")
            if directive in ("if", "ifdef", "ifndef"):
                if directive == "ifdef":
                    cond = arg.strip() in macros
                elif directive == "ifndef":
                    cond = arg.strip() not in macros
                else:
                    m = re.fullmatch(r"(!)?\s*defined\s*\(?\s*(\w+)\s*\)?", arg.strip())
                    if m is None:
                        raise ConformanceError(f"unsupported #if condition: {arg!r}")
                    cond = (m.group(2) in macros) != bool(m.group(1))
                stack.append((cond, cond))
            elif directive == "else":
                cond, taken = stack.pop()
                stack.append((not taken, True))
            elif directive == "endif":
                stack.pop()
            elif directive == "define" and active:
                macros.add(arg.split()[0].split("(")[0])
            out.append("")
            continue
        out.append(line if active else "")
    if stack:
        raise ConformanceError("unterminated #if")
    return "\n".join(out)


def _ctype(node: c_ast.Node) -> str:
    if isinstance(node, c_ast.PtrDecl):
        return _ctype(node.type) + "*" + (" const" if "const" in node.quals else "")
    if isinstance(node, c_ast.TypeDecl):
        base = " ".join(node.type.names) if isinstance(node.type, c_ast.IdentifierType) else type(node.type).__name__
        return " ".join([*node.quals, base])
    raise ConformanceError(f"unsupported C type node {type(node).__name__}")


def c_declarations(source: str, filename: str) -> Declarations:
    """Function declarations of preprocessed C text."""
    tree = c_parser.CParser().parse(PRELUDE + source, filename=filename)
    out: Declarations = {}
    for ext in tree.ext:
        if not (isinstance(ext, c_ast.Decl) and isinstance(ext.type, c_ast.FuncDecl)):
            continue
        func = ext.type
        params: list[tuple[str | None, str]] = []
        for p in func.args.params if func.args else ():
            t = _ctype(p.type)
            if t == "void" and p.name is None:
                continue
            params.append((p.name, t))
        out[ext.name] = CSig(_ctype(func.type), tuple(params))
    return out


def c_enumerators(source: str, filename: str) -> dict[str, int]:
    tree = c_parser.CParser().parse(PRELUDE + source, filename=filename)
    values: dict[str, int] = {}

    class Visitor(c_ast.NodeVisitor):
        def visit_Enumerator(self, node: c_ast.Enumerator) -> None:  # noqa: N802 (pycparser's naming)
            value = node.value
            if isinstance(value, c_ast.UnaryOp) and value.op == "-":  # RT_TORCH_SCALAR_NONE = -1
                values[node.name] = -int(value.expr.value)
            else:
                values[node.name] = int(value.value)

    Visitor().visit(tree)
    return values


def header_source(text: str) -> str:
    source = preprocess(text)
    for macro in HEADER_MACROS:
        if not re.search(rf"#\s*define\s+{macro}\b", text):
            raise ConformanceError(f"the header does not define {macro}")
        source = re.sub(rf"\b{macro}\b", "", source)
    return source


def header_declarations(text: str) -> Declarations:
    return c_declarations(header_source(text), "torch_sffi.h")


def header_error_codes(text: str) -> dict[str, int]:
    return {
        k[len("RT_TORCH_ERR_") :].lower(): v
        for k, v in c_enumerators(header_source(text), "torch_sffi.h").items()
        if k.startswith("RT_TORCH_ERR_")
    }


def cdef_of(builder_text: str) -> str:
    """The CDEF string of generated/cffi/build_cffi.py, read from its syntax tree."""
    for node in ast.walk(ast.parse(builder_text)):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "CDEF" for t in node.targets):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                return node.value.value
    raise ConformanceError("build_cffi.py has no CDEF string")


def cffi_declarations(builder_text: str) -> Declarations:
    cdef = cdef_of(builder_text)
    lines = [line for line in cdef.splitlines() if not line.lstrip().startswith("#")]
    return c_declarations("\n".join(lines), "CDEF")


def cffi_error_codes(builder_text: str) -> dict[str, int]:
    found = re.findall(r"^#define RT_TORCH_ERR_(\w+) (\d+)$", cdef_of(builder_text), flags=re.M)
    return {name.lower(): int(code) for name, code in found}


# --------------------------------------------------------------------------- Rust

RUST_C: dict[str, str] = {
    "i64": "int64_t",
    "i32": "int32_t",
    "f64": "double",
    "bool": "bool",
    "*const i64": "const int64_t*",
    "*mut i64": "int64_t*",
    "*const f64": "const double*",
    "*mut f64": "double*",
    "*const c_char": "const char*",
}


def rust_declarations(ffi_rs: str) -> Declarations:
    """The `extern "C"` block of generated/rust/src/ffi.rs."""
    m = re.search(r'extern "C" \{(.*?)\n\}', ffi_rs, flags=re.S)
    if m is None:
        raise ConformanceError('ffi.rs has no extern "C" block')
    body = re.sub(r"//[^\n]*", "", m.group(1))
    out: Declarations = {}
    for item in body.split(";"):
        item = " ".join(item.split())
        if not item:
            continue
        fm = re.fullmatch(r"pub fn (\w+)\((.*)\)(?: -> (.+))?", item)
        if fm is None:
            raise ConformanceError(f"ffi.rs: cannot read {item!r}")
        name, params, result = fm.groups()
        lowered: list[tuple[str | None, str]] = []
        for p in filter(None, (x.strip() for x in params.split(","))):
            pname, ptype = (x.strip() for x in p.split(":", 1))
            lowered.append((pname, RUST_C.get(ptype, f"<Rust {ptype}>")))
        out[name] = CSig("void" if result is None else RUST_C.get(result, f"<Rust {result}>"), tuple(lowered))
    return out


def rust_error_codes(error_rs: str) -> dict[str, int]:
    codes = dict(re.findall(r"^\s+(\d+) => ErrorKind::(\w+),$", error_rs, flags=re.M))
    names = dict(re.findall(r'^\s+ErrorKind::(\w+) => "(\w+)",$', error_rs, flags=re.M))
    return {names[variant]: int(code) for code, variant in codes.items() if variant in names}


# --------------------------------------------------------------------------- Simple

# How ffi.spl's types lower to the C ABI (the contract in generator/targets/simple.py).
SIMPLE_PARAM: dict[str, tuple[tuple[str, str], ...]] = {
    "i64": (("", "int64_t"),),
    "i32": (("", "int32_t"),),
    "f64": (("", "double"),),
    "bool": (("", "bool"),),
    "text": (("", "const char*"),),
    "[i64]": (("", "const int64_t*"), ("_len", "int64_t")),
    "[f64]": (("", "const double*"), ("_len", "int64_t")),
}
SIMPLE_RESULT: dict[str | None, tuple[str, tuple[tuple[str, str], ...]]] = {
    None: ("void", ()),
    "i64": ("int64_t", ()),
    "i32": ("int32_t", ()),
    "f64": ("double", ()),
    "bool": ("bool", ()),
    "text": ("const char*", ()),
    "[i64]": ("int64_t", (("out", "int64_t*"), ("out_capacity", "int64_t"))),
    "[f64]": ("int64_t", (("out", "double*"), ("out_capacity", "int64_t"))),
}


def simple_declarations(ffi_spl: str) -> Declarations:
    module, problems = parse_simple(ffi_spl, "ffi.spl")
    if problems:
        raise ConformanceError("ffi.spl does not parse: " + "; ".join(map(str, problems)))
    out: Declarations = {}
    for name, sig in module.externs.items():
        params: list[tuple[str | None, str]] = []
        for p in sig.params:
            parts = SIMPLE_PARAM.get(p.type, (("", f"<Simple {p.type}>"),))
            params += [(p.name + suffix, t) for suffix, t in parts]
        result, out_params = SIMPLE_RESULT.get(sig.result, (f"<Simple {sig.result}>", ()))
        out[name] = CSig(result, tuple(params) + tuple(out_params))
    return out


def simple_error_codes(mod_spl: str) -> dict[str, int]:
    found = re.findall(r'^    if code == (\d+):\n        return "(\w+)"$', mod_spl, flags=re.M)
    return {name: int(code) for code, name in found}


# --------------------------------------------------------------------------- the catalogue

# The catalogue's lowering, stated again here (independently of generator/abi.py): each
# schema type's C parameters, as (suffix of the parameter's name, C type).
_HANDLE = (("", "int64_t"),)
_I64_ARRAY = (("", "const int64_t*"), ("_len", "int64_t"))
_F64_ARRAY = (("", "const double*"), ("_len", "int64_t"))
_SCALAR = (("", "double"), ("_int", "int64_t"), ("_kind", "int32_t"))
_DEVICE = (("_type", "int32_t"), ("_index", "int32_t"))
CATALOGUE_PARAM: dict[str, tuple[tuple[str, str], ...]] = {
    "Tensor": _HANDLE,
    "Tensor?": _HANDLE,
    "Stream": _HANDLE,
    "Tensor[]": _I64_ARRAY,
    "Tensor?[]": _I64_ARRAY,
    "int": (("", "int64_t"),),
    "int32": (("", "int32_t"),),
    "float": (("", "double"),),
    "bool": (("", "bool"),),
    "int?": (("", "int64_t"), ("_present", "bool")),
    "float?": (("", "double"), ("_present", "bool")),
    "bool?": (("", "bool"), ("_present", "bool")),
    "Scalar": _SCALAR,
    "Scalar?": _SCALAR,
    "int[]": _I64_ARRAY,
    "float[]": _F64_ARRAY,
    "int[]?": (*_I64_ARRAY, ("_present", "bool")),
    "float[]?": (*_F64_ARRAY, ("_present", "bool")),
    "ScalarType": (("", "int32_t"),),
    "ScalarType?": (("", "int32_t"),),
    "Device": _DEVICE,
    "Device?": _DEVICE,
    "str": (("", "const char*"),),
    "str?": (("", "const char*"),),
}
CATALOGUE_RESULT: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "void": SIMPLE_RESULT[None],
    "Tensor": ("int64_t", ()),
    "Tensor?": ("int64_t", ()),
    "Stream": ("int64_t", ()),
    "Tensor[]": SIMPLE_RESULT["[i64]"],  # a list, or a tuple of named tensors
    "int": SIMPLE_RESULT["i64"],
    "int32": SIMPLE_RESULT["i32"],
    "float": SIMPLE_RESULT["f64"],
    "bool": SIMPLE_RESULT["bool"],
    "str": SIMPLE_RESULT["text"],
    "int[]": SIMPLE_RESULT["[i64]"],
    "float[]": SIMPLE_RESULT["[f64]"],
    "ScalarType": ("int32_t", ()),
}


def catalogue_declarations(catalogue: Catalogue) -> Declarations:
    out: Declarations = {}
    for fn in catalogue.functions:
        params: list[tuple[str | None, str]] = []
        for p in fn.params:
            params += [(p.name + suffix, t) for suffix, t in CATALOGUE_PARAM[p.type.key]]
        result, out_params = CATALOGUE_RESULT[fn.result.type.key]
        out[fn.name] = CSig(result, tuple(params) + out_params)
    return out


def catalogue_error_codes(catalogue: Catalogue) -> dict[str, int]:
    return {e.name: e.code for e in catalogue.error_codes}


# --------------------------------------------------------------------------- bound functions


def declarations_from_bindings(bound: Iterable[tuple[str, str, Sequence[tuple[str | None, str]]]]) -> Declarations:
    """Declarations from (name, C result, [(parameter name or None, C type)]): the form a tier
    that only knows what it binds (a compiled extension, a Python package) reports."""
    return {name: CSig(result, tuple(params)) for name, result, params in bound}


def _cffi_cname(cname: str) -> str:
    """cffi's spelling of a C type ('int64_t *', '_Bool', 'char *') in the header's spelling, without const."""
    return {"_Bool": "bool"}.get(cname, cname.replace(" *", "*"))


def extension_declarations(ffi: object, lib: object) -> Declarations:
    """What the compiled cffi extension (torch_sffi._native) binds, as cffi types it."""
    bound = []
    for name in dir(lib):
        obj = getattr(lib, name)
        if not name.startswith("rt_torch_") or not callable(obj):
            continue
        t = ffi.typeof(obj)  # type: ignore[attr-defined]
        bound.append((name, _cffi_cname(t.result.cname), [(None, _cffi_cname(a.cname)) for a in t.args]))
    return declarations_from_bindings(bound)


# --------------------------------------------------------------------------- comparison


def _strip_const(t: str) -> str:
    return re.sub(r"\bconst\s*", "", t).strip()


def compare(
    tier: str,
    declared: Declarations,
    reference: Declarations,
    *,
    qualifiers: bool = True,
    loose: Callable[[str], str] | None = None,
) -> list[str]:
    """Every difference between a tier and the header, one message each, in header order.
    `qualifiers=False` for tiers that cannot see const (cffi's runtime types); `loose` maps
    types to the distinctions a tier can make (python_loose for the Python package)."""
    problems: list[str] = []
    norm: Callable[[str], str] = (lambda t: t) if qualifiers else _strip_const
    if loose is not None:
        norm = loose
    for name, want in reference.items():
        got = declared.get(name)
        if got is None:
            problems.append(f"{tier}: {name}: missing (the C header declares it)")
            continue
        if norm(got.result) != norm(want.result):
            problems.append(f"{tier}: {name}: returns {got.result}, the C header says {want.result}")
        if len(got.params) != len(want.params):
            problems.append(f"{tier}: {name}: {len(got.params)} C parameters, the C header has {len(want.params)}")
            continue
        for i, ((gname, gtype), (wname, wtype)) in enumerate(zip(got.params, want.params), 1):
            if gname is not None and gname != wname:
                problems.append(f"{tier}: {name}: parameter {i} is named {gname}, the C header says {wname}")
            if norm(gtype) != norm(wtype):
                problems.append(f"{tier}: {name}: parameter {i} ({wname}) is {gtype}, the C header says {wtype}")
    for name in declared:
        if name not in reference:
            problems.append(f"{tier}: {name}: not in the C header")
    return problems


# --------------------------------------------------------------------------- the Python package

PY_PARAM_C = {
    "int": "int64_t",
    "float": "double",
    "bool": "bool",
    "bytes | CData": "const char*",  # text, or ffi.NULL for None
    "Sequence[int] | CData": "const int64_t*",
    "Sequence[float] | CData": "const double*",
    "CData": "buffer*",  # an output buffer made with ffi.new
}
PY_RESULT_C = {"int": "int64_t", "float": "double", "bool": "bool", "CData": "const char*", "None": "void"}


def python_loose(c_type: str) -> str:
    """What the Python view can tell apart: no integer widths, no buffer element types."""
    if c_type == "int32_t":
        return "int64_t"
    if c_type in ("int64_t*", "double*"):
        return "buffer*"
    return c_type


def python_declarations(pyi: str) -> Declarations:
    """The bridge functions of the package's _native.pyi (class Lib), lowered to C."""
    tree = ast.parse(pyi)
    lib = next((n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Lib"), None)
    if lib is None:
        raise ConformanceError("_native.pyi has no class Lib")
    out: Declarations = {}
    for fn in lib.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = []
        for arg in fn.args.args:
            ann = ast.unparse(arg.annotation) if arg.annotation is not None else "?"
            params.append((arg.arg, PY_PARAM_C.get(ann, f"<python {ann}>")))
        ret = ast.unparse(fn.returns) if fn.returns is not None else "?"
        out[fn.name] = CSig(PY_RESULT_C.get(ret, f"<python {ret}>"), tuple(params))
    return out


def compare_codes(tier: str, codes: dict[str, int], reference: dict[str, int]) -> list[str]:
    problems = [
        f"{tier}: error code {name}: {codes[name]}, the C header says {code}" if name in codes else f"{tier}: error code {name}: missing"
        for name, code in reference.items()
        if codes.get(name) != code
    ]
    return problems + [f"{tier}: error code {name}: not in the C header" for name in codes if name not in reference]
