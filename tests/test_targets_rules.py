"""The targets decide by rules, not by tables of catalogue functions.

Every tier is rendered from the catalogue's facts (the schema types, the `pytorch:`
counterparts, the `python:` and naming facts, the roles); no module of generator/targets names
a catalogue function. The rule is literally `grep -c rt_torch_ generator/targets/*.py` being 0
for every module; the test also looks at the string constants of each module for a catalogue
function's name without the prefix (a table spelled `"torchtensor_sum": ...` would not hide
either). Names of the ungrouped library functions (`version`, `error_code`, ...) are ordinary
words and are not looked for.
"""

from __future__ import annotations

import ast
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from generator.model import PREFIX, Catalogue

TARGETS = sorted((ROOT / "generator" / "targets").glob("*.py"))


def offences(source: str, catalogue: Catalogue) -> list[str]:
    """The catalogue functions a module's source names: lines with the prefix, and string
    constants equal to a function's name with or without the prefix."""
    found = [line.strip() for line in source.splitlines() if PREFIX in line]
    names = {f.name for f in catalogue.functions}
    names |= {f.name.removeprefix(PREFIX) for f in catalogue.functions if f.group.prefix}
    constants = {n.value for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return found + sorted(constants & names)


def test_every_target_module_is_checked() -> None:
    stems = {p.stem for p in TARGETS}
    assert {"python", "rust", "cpp", "cffi", "simple", "common", "coverage"} <= stems, stems


def test_grep_finds_no_catalogue_function_in_the_targets() -> None:
    """`grep -c rt_torch_ generator/targets/*.py`: 0 for every module."""
    run = subprocess.run(["grep", "-c", PREFIX, *[str(p) for p in TARGETS]], capture_output=True, text=True, cwd=ROOT)
    counts = dict(line.rsplit(":", 1) for line in run.stdout.splitlines())
    assert set(counts) == {str(p) for p in TARGETS}
    assert all(c == "0" for c in counts.values()), counts


@pytest.mark.parametrize("path", TARGETS, ids=lambda p: p.name)
def test_no_target_module_has_a_per_function_table(path: Path, catalogue: Catalogue) -> None:
    found = offences(path.read_text(), catalogue)
    assert not found, f"{path.relative_to(ROOT)} names catalogue functions: {found}"


def test_the_rule_catches_planted_tables(catalogue: Catalogue) -> None:
    fn = next(f for f in catalogue.functions if f.group.prefix == "torchtensor_")
    assert offences(f'RENAMES = {{"{fn.name}": "x"}}\n', catalogue)
    assert offences(f'DIM_OVERLOADS = [("max", "{fn.name.removeprefix(PREFIX)}")]\n', catalogue)
    assert offences(f"# see {fn.name}\n", catalogue)
    assert not offences('OPERATORS = {"__add__": "add", "__neg__": "neg"}\nROLE = "error_code"\n', catalogue)
