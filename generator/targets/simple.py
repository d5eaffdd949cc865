"""Tier 2 and 3 for the Simple language: generated/simple/ffi.spl (and mod.spl).

ffi.spl declares every bridge function in Simple's own types. The lowering to the C ABI
(the contract the conformance test checks) is:
    tensor / tensor? / stream  -> i64          i32 / i64 / f64 / bool -> same
    text parameter -> text (const char*)       text result -> text (copied by the runtime)
    [i64] / [f64] parameter -> (pointer, int64 length)
    [i64] / [f64] result    -> caller buffer (pointer, int64 capacity), full length returned
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Catalogue, Function
from .common import extension_sections, lookup, sections, wrap

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


def render(catalogue: Catalogue, renderer) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {
        "simple/ffi.spl": renderer.render(
            "simple/ffi.spl.j2",
            catalogue=catalogue,
            banner=BANNER,
            sections=ffi_sections(catalogue),
            exports=[f.name for f in catalogue.functions],
        ),
    }
