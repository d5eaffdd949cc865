"""Helpers shared by the target modules: type-table lookups and doc text."""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass

from .. import abi
from ..errors import GenerationError
from ..model import Catalogue, Category, Function, Param


def signature_brief(fn: Function) -> str:
    """The entry's signature in PyTorch's schema notation: `(Tensor input, int dim=0, *, ...) -> Tensor`."""
    parts: list[str] = []
    for p in fn.params:
        if p.keyword_only and "*" not in parts:
            parts.append("*")
        parts.append(f"{p.type.spelling} {p.name}" + (f"={default_text(p.default)}" if p.has_default else ""))
    result = fn.result
    if result.is_tuple:
        ret = "(" + ", ".join(f"Tensor {f.name}" for f in result.fields) + ")"
    else:
        ret = result.type.spelling
    return f"({', '.join(parts)}) -> {ret}"


def default_text(value: object) -> str:
    """A catalogue default as PyTorch's schemas write it: None, True, 'mean', [1, 1]."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, str):
        return f"'{value}'"
    if isinstance(value, list):
        return "[" + ", ".join(default_text(v) for v in value) + "]"
    return str(value)


def none_text(p: Param) -> str | None:
    """How None crosses the C ABI for a parameter, in words with its C names (None: it has none)."""
    none = abi.param_lowering(p.type).none
    return None if none is None else none.replace("x_", f"{p.name}_").replace("x ", f"{p.name} ")


def param_facts(p: Param, c_names: list[str], none: str | None, keyword_only: str) -> list[str]:
    """What the C-level docs (the header, ffi.spl) say of a parameter beside its text: its schema
    type, keyword-only (in the words given), PyTorch's default, the C parameters it becomes,
    how None is passed (`none`), a sized list's size, an enum's values."""
    facts = [p.type.spelling]
    if p.keyword_only:
        facts.append(keyword_only)
    if p.has_default:
        facts.append(f"PyTorch's default {default_text(p.default)}")
    if len(c_names) > 1:
        facts.append("as " + ", ".join(c_names))
    if none:
        facts.append("None: " + none)
    if p.type.size is not None:
        facts.append(f"one value stands for {p.type.size}")
    if p.type.enum is not None:
        facts.append("one of " + ", ".join(p.type.enum.values))
    return facts


def c_macro(name: str) -> str:
    """A catalogue name as part of a C macro: float32 -> FLOAT32."""
    return re.sub(r"[^A-Z0-9]", "_", name.upper())


def wrap(text: str, width: int = 88) -> list[str]:
    """Paragraph text folded to lines (no prefix); blank input gives no lines."""
    return list(_wrapped(text, width))


@functools.lru_cache(maxsize=16384)
def _wrapped(text: str, width: int) -> tuple[str, ...]:
    """Every tier folds the same docs: each text is folded once per width. Greedy, word by
    word: what textwrap.wrap(break_long_words=False, break_on_hyphens=False) gives, in a fifth
    of the time (tests/test_generator_types.py compares them on every catalogue text)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return tuple(lines)


def sections(catalogue: Catalogue, extensions: bool = False) -> list[tuple[Category, tuple[Function, ...]]]:
    """The reference functions (or the extensions) by category in catalogue order; categories
    with none are skipped."""
    out = []
    for category in catalogue.categories:
        fns = tuple(f for f in catalogue.in_category(category) if f.extension == extensions)
        if fns:
            out.append((category, fns))
    return out


# --------------------------------------------------------------------------- high-level APIs
#
# The wrapper tiers (the Rust crate, Simple's mod.spl, the Python package) share one layout,
# decided by the naming group of each function:
#   torchtensor_ with a tensor first, and autograd_ with a tensor first -> a Tensor method
#   torchtensor_ with a tensor list first (cat, stack), and tensor_      -> a Tensor constructor
#   torchstream_ -> a Stream method; stream_ -> a Stream constructor
#   nn_, cuda_, the other autograd_ functions and library functions      -> module functions,
#   in a namespace named after the group ("" for library functions)
# An entry's own facts (python:, rust:, simple: in the catalogue) name or place it otherwise.

TENSOR = "Tensor"
STREAM = "Stream"
_NAMESPACE = {"nn_": "nn", "autograd_": "autograd", "cuda_": "cuda", "": ""}


@dataclass(frozen=True)
class Placement:
    owner: str  # "Tensor", "Stream" (a class) or "" for a module function
    namespace: str  # for module functions: "", "nn", "autograd", "cuda"
    is_method: bool  # the first parameter is the receiver (self)

    @property
    def is_static(self) -> bool:
        return bool(self.owner) and not self.is_method


def placement(fn: Function) -> Placement:
    group = fn.group
    first = fn.params[0].type if fn.params else None
    first_is_tensor = first is not None and first.is_tensor and not first.optional
    if group.receiver == "tensor" or (group.prefix == "autograd_" and first_is_tensor):
        return Placement(TENSOR, "", first_is_tensor)
    if group.constructs == "tensor":
        return Placement(TENSOR, "", False)
    if group.receiver == "stream":
        return Placement(STREAM, "", True)
    if group.constructs == "stream":
        return Placement(STREAM, "", False)
    try:
        return Placement("", _NAMESPACE[group.prefix], False)
    except KeyError:
        raise GenerationError(f"{fn.name}: no place in the high-level API for group '{group.prefix}'") from None


# The roles (naming.ROLES) the wrapper classes are built around: how each class frees its handle
# explicitly (free()) and from a destructor (Drop, drop(), garbage collection).
FREE_ROLE = {TENSOR: "free_tensor", STREAM: "free_stream"}
RELEASE_ROLE = {TENSOR: "release_tensor"}


def release_function(catalogue: Catalogue, owner: str) -> Function:
    """The function that frees a handle of the owner's kind (the wrappers' free() and drop)."""
    role = FREE_ROLE[owner]
    fn = catalogue.by_role(role)
    if fn is None:
        raise GenerationError(f"no catalogue entry plays role '{role}': {owner} wrappers need it to release their handles")
    return fn


def destructor_function(catalogue: Catalogue, owner: str) -> Function:
    """What destructors call: a release that never touches the thread's error state, where the
    catalogue has one; else the plain free."""
    role = RELEASE_ROLE.get(owner)
    fn = catalogue.by_role(role) if role else None
    return fn if fn is not None else release_function(catalogue, owner)


def error_protocol(catalogue: Catalogue) -> tuple[Function, Function]:
    """The two functions wrappers read every failure through (a named error when one is missing)."""
    code, message = catalogue.by_role("error_code"), catalogue.by_role("error_message")
    if code is None or message is None:
        raise GenerationError("the catalogue lacks the error_code / error_message roles: wrappers read errors through them")
    return code, message


def is_release(fn: Function) -> bool:
    """Functions the wrapper classes call from free() and their destructors, not as methods."""
    return fn.role in (*FREE_ROLE.values(), *RELEASE_ROLE.values())


# ------------------------------------------------------------------ translation units
# The targets that compile many functions (the bridge, the Python extension's calls) spread
# them over translation units by a hash of the name, so that adding or editing one entry
# recompiles one unit. Each target sizes its units by its own costs.


def unit_count(functions: int, unit_size: int, minimum: int, maximum: int) -> int:
    """The number of units for `functions`: `minimum`, doubled until no unit holds more than
    `unit_size` on average, or until `maximum` (beyond which every unit's fixed cost outweighs
    what a smaller unit saves a rebuild). A power of two, so that it changes (and every unit
    with it) only when the catalogue doubles."""
    count = minimum
    while count * unit_size < functions and count < maximum:
        count *= 2
    return count


def unit_of(name: str, count: int) -> int:
    """The unit (0-based) of the function called `name`: a hash of the name alone, so that
    adding, removing, moving or editing another entry never moves it."""
    return int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big") % count


def by_unit(functions: tuple[Function, ...], count: int) -> list[list[Function]]:
    """The functions of each of `count` units (unit_of), in catalogue order within each; a unit
    may be empty (every unit is written, so that the set of files is fixed by the count)."""
    buckets: list[list[Function]] = [[] for _ in range(count)]
    for fn in functions:
        buckets[unit_of(fn.name, count)].append(fn)
    return buckets
