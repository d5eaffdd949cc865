"""Programs from PyTorch's official tutorials (tests/tutorials/*.py, each citing its tutorial and
listing its deviations in a header comment) run twice in subprocesses by tests/tutorials/run.py:
once as they are under PyTorch, once with only their import lines rewritten to torch_sffi. Their
standard outputs must agree.

How the outputs are compared: byte for byte (EXACT) for every program whose output does not
depend on the library beyond the numbers libtorch's kernels compute: torch_sffi calls the same
libtorch, and its manual_seed drives libtorch's CPU generator, so `torch.manual_seed(0);
torch.randn(...)` draws the same values and every printed number is the same. A program listed
in NUMERIC instead is compared number by number (1e-6 relative, 1e-12 absolute) with the text
between the numbers equal; none needs it today. A program in LIBRARY_NAME prints a dtype, which
names its library's module (torch.float32, torch_sffi.float32): its torch_sffi output is read
with `torch_sffi.` as `torch.`, then compared byte for byte.

Issue 17: at least five such programs, each differing from its run form only in import lines.
Needs the build (`make`, or `sffi-gen build`)."""

from __future__ import annotations

import difflib
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import BUILD

TUTORIALS = Path(__file__).resolve().parent / "tutorials"
RUNNER = TUTORIALS / "run.py"
PROGRAMS = sorted(p for p in TUTORIALS.glob("*.py") if p.name != "run.py")
PACKAGE_DIR = BUILD / "python"

sys.path.insert(0, str(TUTORIALS))
import run as runner  # noqa: E402

# Programs compared number by number, with the reason; every other one byte for byte.
NUMERIC: dict[str, str] = {}
# Programs that print a dtype, whose name is the library's own (torch_sffi.float32 for
# torch.float32, README, Python): their torch_sffi output is compared with `torch_sffi.` read
# as `torch.`; nothing else is rewritten.
LIBRARY_NAME: dict[str, str] = {"tensorqs_tutorial": "prints tensor.dtype"}

NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?|[-+]?(?:inf|nan)")


def _run(lib: str, program: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_DIR)}
    proc = subprocess.run(
        [sys.executable, str(RUNNER), lib, str(program)],
        capture_output=True, text=True, timeout=300, env=env, cwd=TUTORIALS,
    )
    assert proc.returncode == 0, f"{program.name} under {lib} failed:\n{proc.stdout[-2000:]}\n{proc.stderr[-4000:]}"
    return proc.stdout


def _diff(expected: str, actual: str) -> str:
    return "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile="PyTorch", tofile="torch_sffi"))


def _numbers_agree(expected: str, actual: str) -> bool:
    if NUMBER.split(expected) != NUMBER.split(actual):
        return False
    a, b = NUMBER.findall(expected), NUMBER.findall(actual)
    return len(a) == len(b) and all(
        x == y or math.isclose(float(x), float(y), rel_tol=1e-6, abs_tol=1e-12) for x, y in zip(a, b))


@pytest.mark.parametrize("program", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_tutorial_prints_the_same_under_torch_sffi(program: Path) -> None:
    expected = _run("torch", program)
    actual = _run("torch_sffi", program)
    if program.stem in LIBRARY_NAME:
        actual = re.sub(r"\btorch_sffi\.(?=\w)", "torch.", actual)
    assert expected.strip(), f"{program.name} printed nothing under PyTorch"
    if program.stem in NUMERIC:
        assert _numbers_agree(expected, actual), _diff(expected, actual)
    else:
        assert actual == expected, _diff(expected, actual)


def test_at_least_five_programs_each_changed_only_in_its_import_lines() -> None:
    assert len(PROGRAMS) >= 5, [p.name for p in PROGRAMS]
    for program in PROGRAMS:
        source = program.read_text()
        changed = runner.changed_lines(source)
        assert changed, f"{program.name} has no `import torch` line"
        for before, after in changed:
            assert runner.IMPORT.match(before), f"{program.name}: {before!r} is not an import of torch"
            assert after.startswith("import torch_sffi"), after
        assert len(source.split("\n")) == len(runner.rewrite(source).split("\n"))
        head = source.split('"""', 1)[0]
        assert "pytorch.org/tutorials/" in head and "Deviations from the original" in head, (
            f"{program.name}: the header comment cites the tutorial and lists the deviations")


def test_the_rewrite_touches_only_imports_of_torch() -> None:
    assert runner.rewrite_line("import torch") == "import torch_sffi as torch"
    assert runner.rewrite_line("import torch.nn.functional as F") == "import torch_sffi.nn.functional as F"
    for line in ("import torchvision", "import math", "x = torch.ones(2)", "# import torch",
                 "    import torch", "from torch import nn"):
        assert runner.rewrite_line(line) == line


def test_torch_sffi_imports_no_pytorch() -> None:
    code = "import sys, torch_sffi, torch_sffi.nn.functional; assert 'torch' not in sys.modules, sorted(sys.modules)"
    env = {**os.environ, "PYTHONPATH": str(PACKAGE_DIR)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr[-4000:]
