"""Shared fixtures: the repository layout, the catalogue, and the CLI runner."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "torch_api.yaml"
GENERATED = ROOT / "generated"
# SFFI_BUILD_DIR points the tests at another build (the sanitizer build of `make asan`).
BUILD = Path(os.environ.get("SFFI_BUILD_DIR", ROOT / "build")).resolve()

sys.path.insert(0, str(ROOT / "tests"))
if "SFFI_BUILD_DIR" in os.environ:
    sys.path.insert(0, str(BUILD / "python"))

from generator.cli import main  # noqa: E402
from generator.loader import load_catalogue  # noqa: E402
from generator.model import Catalogue  # noqa: E402


@pytest.fixture(scope="module", autouse=True)
def collected_garbage() -> None:
    """Before each module: an earlier module's cyclic garbage (tensors of the Python tier) is
    freed here, not inside a test's count of live handles, and what survives is frozen
    (gc.freeze: what every module imported, such as PyTorch's OpInfo, ModuleInfo and
    OptimizerInfo databases, millions of objects). The collections the leak checks make per test
    then scan only what the test made; without the freeze each took seconds late in the run."""
    import gc

    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return load_catalogue(SPEC, display="spec/torch_api.yaml", source="spec/torch_api.yaml")


def run_cli(*args: str, cwd: Path = ROOT) -> Result:
    """Runs sffi-gen in-process from `cwd` (default paths are relative to it)."""
    import os

    old = Path.cwd()
    os.chdir(cwd)
    try:
        return CliRunner().invoke(main, list(args), prog_name="sffi-gen", catch_exceptions=False)
    finally:
        os.chdir(old)


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A scratch copy of the project's inputs and output: spec/ and generated/."""
    shutil.copytree(ROOT / "spec", tmp_path / "spec")
    shutil.copytree(GENERATED, tmp_path / "generated")
    return tmp_path


def compile_native(source: str, exe: Path, sources: tuple[str, ...] = (), includes: tuple[Path, ...] = (), library: str = "torch_sffi") -> Path:
    """Compiles a C11 program of tests/native/ (and any more sources of it there) against a
    built library (the bridge unless told otherwise; instrumented the same way under `make
    asan`: SFFI_SANITIZE_FLAGS), with warnings as errors. The program is plain C: it also
    proves that torch_sffi.h is a C header."""
    import subprocess

    lib = BUILD / "lib"
    native = ROOT / "tests" / "native"
    subprocess.run(
        [
            "gcc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-pthread",
            f"-I{GENERATED / 'cpp'}", *(f"-I{p}" for p in includes), str(native / source), *(str(native / s) for s in sources),
            "-o", str(exe), f"-L{lib}", f"-Wl,-rpath,{lib}", f"-l{library}",
            *os.environ.get("SFFI_SANITIZE_FLAGS", "").split(),
        ],
        check=True,
    )  # fmt: skip
    return exe


def stress_runs() -> int:
    """How many times the thread and fork programs run (`make stress` sets SFFI_STRESS_RUNS)."""
    return int(os.environ.get("SFFI_STRESS_RUNS", "1"))


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
