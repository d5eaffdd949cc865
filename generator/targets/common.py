"""Helpers shared by the target modules: type-table lookups and doc text."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Mapping, TypeVar

from ..errors import GenerationError
from ..model import Catalogue, Category, Function
from ..types import VOCABULARY, SffiType

V = TypeVar("V")


def lookup(table: Mapping[str, V], t: SffiType, target: str, fn: Function) -> V:
    """A type's entry in a target's mapping table; a missing one is a named error."""
    try:
        return table[t.name]
    except KeyError:
        raise GenerationError(
            f"target {target} has no mapping for type '{t.name}' (needed by {fn.name}, {fn.category.id})"
        ) from None


def missing_types(table: Mapping[str, object], *, results: bool = False) -> list[str]:
    """Vocabulary types a table does not cover (tests assert this is empty for every table)."""
    return [
        name
        for name, t in VOCABULARY.items()
        if (t.as_result if results else t.as_param) and name not in table
    ]


def signature_brief(fn: Function) -> str:
    params = ", ".join(f"{p.name}: {p.type.name}" for p in fn.params)
    return f"({params}) -> {fn.result.type.name}"


def wrap(text: str, width: int = 88) -> list[str]:
    """Paragraph text folded to lines (no prefix); blank input gives no lines."""
    text = " ".join(text.split())
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) if text else []


def sections(catalogue: Catalogue) -> list[tuple[Category, tuple[Function, ...]]]:
    """Reference functions by category in catalogue order (categories with none are skipped)."""
    out = []
    for category in catalogue.categories:
        fns = tuple(f for f in catalogue.in_category(category) if not f.extension)
        if fns:
            out.append((category, fns))
    return out


def extension_sections(catalogue: Catalogue) -> list[tuple[Category, tuple[Function, ...]]]:
    out = []
    for category in catalogue.categories:
        fns = tuple(f for f in catalogue.in_category(category) if f.extension)
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
# Each target keeps its own table of names on top of this (keywords, house style).

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
    first = fn.params[0].type.name if fn.params else None
    if group.receiver == "tensor" or (group.prefix == "autograd_" and first == "tensor"):
        return Placement(TENSOR, "", first == "tensor")
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


def release_function(catalogue: Catalogue, owner: str) -> Function:
    """The function that frees a handle of the owner's kind (the wrappers' free() and drop)."""
    name = {TENSOR: "rt_torch_torchtensor_free", STREAM: "rt_torch_torchstream_free"}[owner]
    fn = catalogue.by_name.get(name)
    if fn is None:
        raise GenerationError(f"the catalogue has no {name}: {owner} wrappers need it to release their handles")
    return fn


# What destructors (Drop, drop(), garbage collection) call: a release that never touches the
# thread's error state, where the catalogue has one; else the plain free.
DESTRUCTORS = {TENSOR: "rt_torch_torchtensor_release"}


def destructor_function(catalogue: Catalogue, owner: str) -> Function:
    fn = catalogue.by_name.get(DESTRUCTORS.get(owner, ""))
    return fn if fn is not None else release_function(catalogue, owner)


# The catalogue functions the optimizers of the wrapper tiers (SGD and Adam in the Python
# package and in mod.spl) make their steps of, by role: both tiers make the same operations.
OPTIMIZER_FUNCTIONS: dict[str, str] = {
    "grad": "rt_torch_autograd_grad",
    "set_grad": "rt_torch_autograd_set_grad",
    "zero_grad": "rt_torch_autograd_zero_grad",
    "no_grad_begin": "rt_torch_autograd_no_grad_begin",
    "no_grad_end": "rt_torch_autograd_no_grad_end",
    "clone": "rt_torch_torchtensor_clone",
    "neg": "rt_torch_torchtensor_neg",
    "sqrt": "rt_torch_torchtensor_sqrt",
    "div_scalar": "rt_torch_torchtensor_div_scalar",
    "maximum": "rt_torch_torchtensor_maximum",
    "add_": "rt_torch_torchtensor_add_",
    "add_scalar_": "rt_torch_torchtensor_add_scalar_",
    "mul_scalar_": "rt_torch_torchtensor_mul_scalar_",
    "addcmul_": "rt_torch_torchtensor_addcmul_",
    "addcdiv_": "rt_torch_torchtensor_addcdiv_",
    "lerp_": "rt_torch_torchtensor_lerp_",
    "zero_": "rt_torch_torchtensor_zero_",
    "copy_": "rt_torch_torchtensor_copy_",
}


ERROR_PROTOCOL = ("rt_torch_error_code", "rt_torch_error_message")


def require_error_protocol(catalogue: Catalogue) -> None:
    """The wrappers read every failure through these two functions."""
    missing = [n for n in ERROR_PROTOCOL if n not in catalogue.by_name]
    if missing:
        raise GenerationError(f"the catalogue lacks {', '.join(missing)}: wrappers read errors through them")


def is_release(fn: Function) -> bool:
    """Functions the wrapper classes call from free() and their destructors, not as methods."""
    return fn.name in ("rt_torch_torchtensor_free", "rt_torch_torchstream_free", *DESTRUCTORS.values())
