"""A `binds` expression that does not compile is reported against the catalogue line that wrote it.

The generated C++ carries #line directives around each binds expression (and around each ATen
per-op header it needs), so the compiler names spec/torch_api.yaml:LINE, not ops_2.cpp.
Each case compiles one translation unit of a scratch copy of the project.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, run_cli

from generator import build

pytestmark = pytest.mark.slow


def _broken_project(tmp_path: Path, entry: str, new_binds: str) -> tuple[Path, int]:
    """A copy of spec/ whose entry binds new_binds; returns the catalogue and the binds line."""
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    spec = tmp_path / "spec" / "torch_api.yaml"
    lines = spec.read_text().splitlines(keepends=True)
    start = lines.index(f"  - name: {entry}\n")
    offset = next(i for i in range(start, len(lines)) if lines[i].startswith("    binds: "))
    lines[offset] = f"    binds: {new_binds}\n"
    spec.write_text("".join(lines))
    return spec, offset + 1


def _compile_unit_with(tmp_path: Path, entry: str) -> str:
    """Generates the bridge into the scratch project and compiles the unit holding `entry`;
    returns the compiler's message."""
    result = run_cli("generate", "--target", "cpp", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    generated = tmp_path / "generated"
    layout = build.Layout(generated, tmp_path / "build")
    compiles, _ = build.bridge_steps(layout, build.find_torch())
    unit = next(s for s in compiles if re.search(rf"\b{entry}\(", s.inputs[0].read_text()))  # its unit, not one naming a longer name
    with pytest.raises(build.BuildError) as caught:
        build.run_steps([unit], 1, lambda _: None, [0], 1)
    return str(caught.value)


def test_a_call_that_does_not_compile_names_the_catalogue_line(tmp_path: Path) -> None:
    entry = "rt_torch_torchtensor_neg"
    spec, line = _broken_project(tmp_path, entry, "at::neg(handle, handle, handle)")
    message = _compile_unit_with(tmp_path, entry)
    assert re.search(rf"spec/torch_api\.yaml:{line}(:\d+)?: error:", message), message


def test_an_aten_operator_that_does_not_exist_names_the_catalogue_line(tmp_path: Path) -> None:
    entry = "rt_torch_torchtensor_neg"
    spec, line = _broken_project(tmp_path, entry, "at::negate_everything(handle)")
    message = _compile_unit_with(tmp_path, entry)
    assert f"spec/torch_api.yaml:{line}" in message, message
    assert "binds calls at::negate_everything, which this ATen does not have" in message
