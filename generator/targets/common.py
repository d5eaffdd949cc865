"""Helpers shared by the target modules: type-table lookups and doc text."""

from __future__ import annotations

import textwrap
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
