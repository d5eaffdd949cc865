"""The Rust tier (generated/rust): its numeric tests in tests/rust run against the built bridge.

Runs `cargo test --offline` in tests/rust, a small crate with a path dependency on
generated/rust, with CARGO_TARGET_DIR under build/ so that nothing is written into generated/.
Needs cargo (skipped without it) and the bridge from `make` / `sffi-gen build`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import BUILD, GENERATED, ROOT

CARGO = shutil.which("cargo")
pytestmark = pytest.mark.skipif(
    CARGO is None,
    reason="cargo is not on PATH: the Rust tier's tests need a Rust toolchain (rustup.rs); nothing else does",
)

TESTS_CRATE = ROOT / "tests" / "rust"
LIBRARY = BUILD / "lib" / "libtorch_sffi.so"


def cargo(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    assert CARGO is not None
    return subprocess.run([CARGO, *args, "--offline", "--color", "never"], cwd=cwd, env=env, capture_output=True, text=True)


def base_env(target: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["CARGO_TARGET_DIR"] = str(target)
    env.pop("TORCH_SFFI_LIB_DIR", None)  # the crate's default, ../../build/lib, is what a clone uses
    env.pop("RUSTFLAGS", None)
    return env


def torch_version() -> str:
    from generator.build import find_torch

    return find_torch().version.split("+")[0]


def warnings_of(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("warning")]


def test_rust_crate_passes_its_numeric_tests_against_the_bridge() -> None:
    assert LIBRARY.is_file(), f"{LIBRARY} is missing: run `make` (or `sffi-gen build`) first"
    env = base_env(BUILD / "rust-target")
    env["TORCH_SFFI_EXPECT_VERSION"] = torch_version()
    proc = cargo(["test"], TESTS_CRATE, env)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-6000:]
    results = re.findall(r"test result: ok\. (\d+) passed; (\d+) failed", output)
    passed = sum(int(p) for p, _ in results)
    assert passed >= 30 and all(f == "0" for _, f in results), output[-3000:]
    # One binary per test file ran (creation to memory), besides the helper library's own.
    ran = set(re.findall(r"Running tests/(\w+)\.rs", output))
    assert ran == {"autograd", "library", "math", "memory", "nn", "shapes"}, output[-3000:]
    assert not warnings_of(output), "\n".join(warnings_of(output))
    # cargo wrote its lock file and build output outside generated/.
    assert not (GENERATED / "rust" / "Cargo.lock").exists()
    assert not (GENERATED / "rust" / "target").exists()


def test_golden_fixture_crate_type_checks(tmp_path: Path) -> None:
    """The fixture uses every type of the vocabulary: each Rust mapping must compile."""
    crate = tmp_path / "rust"
    shutil.copytree(ROOT / "tests" / "golden" / "expected" / "rust", crate)
    env = base_env(tmp_path / "target")
    env["TORCH_SFFI_LIB_DIR"] = str(BUILD / "lib")  # build.rs warns when the folder lacks the library
    proc = cargo(["check", "--all-targets"], crate, env)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-6000:]
    assert not warnings_of(output), output[-6000:]


def test_build_script_names_the_missing_library(tmp_path: Path) -> None:
    crate = tmp_path / "rust"
    shutil.copytree(GENERATED / "rust", crate)
    env = base_env(tmp_path / "target")
    env["TORCH_SFFI_LIB_DIR"] = str(tmp_path / "nowhere")
    proc = cargo(["check"], crate, env)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-3000:]  # checking does not link
    assert f"{tmp_path / 'nowhere' / 'libtorch_sffi.so'} not found: run `sffi-gen build`" in output, output[-3000:]
