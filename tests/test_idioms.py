"""Everyday PyTorch idioms through torch_sffi, each compared with PyTorch in the same process
(tests/idioms.py says how). The idioms are listed by area in tests/idioms_<area>.py (IDIOMS).

Needs the build (`make`, or `sffi-gen build`)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from idioms import Idiom, check

AREAS = sorted(p.stem.removeprefix("idioms_") for p in Path(__file__).parent.glob("idioms_*.py"))


def _all() -> list[tuple[str, Idiom]]:
    return [(area, idiom) for area in AREAS for idiom in importlib.import_module(f"idioms_{area}").IDIOMS]


ALL = _all()


@pytest.mark.parametrize("idiom", [i for _, i in ALL], ids=[f"{a}:{i.name}" for a, i in ALL])
def test_idiom_agrees_with_pytorch(idiom: Idiom) -> None:
    check(idiom)


def test_the_idioms_are_many_and_named_once() -> None:
    """Issue 17 asks for at least 300 idioms; each name is unique within its area."""
    assert len(ALL) >= 300, f"{len(ALL)} idioms in {AREAS}"
    for area in AREAS:
        names = [i.name for a, i in ALL if a == area]
        assert len(names) == len(set(names)), area
