"""The hand-written runtime is real code, and templates carry only what the catalogue decides.

runtime/<language>/ holds ordinary source files: the C++ bridge runtime, the Python package's
runtime and optimizers, the C base type of Tensor, the Rust owner and error types, the Simple
error type, Scalar and optimizers. Here each is compiled or type-checked as the file it is
(the copies in generated/ are checked byte for byte against them by test_cli), and the
templates are held to a size that leaves no room for hand-written code.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT

from generator import build
from generator.simple_syntax import parse

RUNTIME = ROOT / "runtime"
TEMPLATES = ROOT / "templates"
MAX_TEMPLATE_LINES = 300


def test_no_template_is_longer_than_300_lines() -> None:
    sizes = {p.relative_to(ROOT).as_posix(): len(p.read_text().splitlines()) for p in sorted(TEMPLATES.rglob("*.j2"))}
    assert sizes, "templates/ holds the templates"
    too_long = {name: n for name, n in sizes.items() if n > MAX_TEMPLATE_LINES}
    assert not too_long, f"templates over {MAX_TEMPLATE_LINES} lines (move hand-written code to runtime/): {too_long}"


def test_every_language_has_its_runtime() -> None:
    found = {p.relative_to(RUNTIME).parts[0] for p in RUNTIME.rglob("*") if p.is_file()}
    assert {"cpp", "python", "rust", "simple"} <= found


def test_no_runtime_file_is_a_template() -> None:
    for path in RUNTIME.rglob("*"):
        if path.is_file() and path.suffix in (".cpp", ".h", ".c", ".py", ".rs", ".spl"):
            text = path.read_text()
            assert "{{" not in text and "{%" not in text, f"{path} holds template syntax"


@pytest.mark.slow
def test_the_cpp_runtime_compiles_as_it_is(tmp_path: Path) -> None:
    """runtime/cpp/*.{cpp,h} against the generated public header and tables, from runtime/ itself."""
    torch = build.find_torch()
    includes = [f"-I{RUNTIME / 'cpp'}", f"-I{GENERATED / 'cpp'}", *(f"-I{p}" for p in torch.include_dirs)]
    for source in sorted((RUNTIME / "cpp").glob("*.cpp")):
        cmd = [build._cxx(), *build.CXX_FLAGS, *build.WARN_FLAGS, *includes, "-fsyntax-only", str(source)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        assert proc.returncode == 0, f"{source.name}:\n{proc.stderr}"
    stub = tmp_path / "stub_check.cpp"
    stub.write_text('#include "stub_runtime.h"\nint main() { sffi::begin_call("x"); return sffi::error_code(); }\n')
    cmd = [build._cxx(), *build.BASE_FLAGS, *build.WARN_FLAGS, f"-I{RUNTIME / 'cpp'}", f"-I{GENERATED / 'cpp'}", "-fsyntax-only", str(stub)]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_the_simple_abi_runtime_compiles_as_it_is() -> None:
    """runtime/simple/spl_abi.{cpp,h} (the Simple-ABI library's runtime) against the bridge's
    generated headers: plain C++, no libtorch."""
    for source in sorted((RUNTIME / "simple").glob("*.cpp")):
        cmd = [build._cxx(), *build.BASE_FLAGS, *build.WARN_FLAGS, "-Werror", f"-I{RUNTIME / 'simple'}", f"-I{GENERATED / 'cpp'}", "-fsyntax-only", str(source)]
        proc = subprocess.run(cmd, capture_output=True, text=True)
        assert proc.returncode == 0, f"{source.name}:\n{proc.stderr}"


def test_the_python_runtime_type_checks_as_it_is(tmp_path: Path) -> None:
    """runtime/python/torch_sffi/**/*.py under mypy --strict, beside the generated modules and stubs
    they import (the package as sffi-gen assembles it, with the runtime taken from runtime/)."""
    package = tmp_path / "torch_sffi"
    shutil.copytree(GENERATED / "python" / "torch_sffi", package)
    runtime = RUNTIME / "python" / "torch_sffi"
    for source in runtime.rglob("*.py"):
        shutil.copy(source, package / source.relative_to(runtime))
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "-p", "torch_sffi"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_python_base_type_compiles_as_it_is(tmp_path: Path) -> None:
    import sysconfig

    cmd = [
        "gcc",
        "-fsyntax-only",
        "-Wall",
        "-Werror",
        f"-I{sysconfig.get_paths()['include']}",
        f"-I{GENERATED / 'cpp'}",
        f"-I{GENERATED / 'python'}",  # _core_ops.h
        str(RUNTIME / "python" / "_core.c"),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_the_simple_runtime_parses_as_it_is() -> None:
    for source in sorted((RUNTIME / "simple").glob("*.spl")):
        _, problems = parse(source.read_text(), source.name)
        syntax = [p for p in problems if "not defined" not in p.message and "unknown" not in p.message]
        assert syntax == [], f"{source.name}: {syntax}"
