"""The Rust tier (generated/rust): its mapping of the C ABI, its numeric tests in tests/rust
against the built bridge, and clippy over what it generates.

The cargo tests run `cargo test --offline` in tests/rust, a small crate with a path dependency
on generated/rust, with CARGO_TARGET_DIR under build/ so that nothing is written into
generated/. They need cargo (skipped without it) and the bridge from `make` / `sffi-gen build`;
the tests of the generator itself need neither.
"""

from __future__ import annotations

import ast
import dataclasses
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import BUILD, GENERATED, ROOT, run_cli

from generator import abi
from generator.errors import GenerationError
from generator.loader import load_catalogue
from generator.model import Catalogue, TierFacts
from generator.render import render_tree
from generator.targets import rust

CARGO = shutil.which("cargo")
needs_cargo = pytest.mark.skipif(
    CARGO is None,
    reason="cargo is not on PATH: the Rust tier's tests need a Rust toolchain (rustup.rs); nothing else does",
)

TESTS_CRATE = ROOT / "tests" / "rust"
LIBRARY = BUILD / "lib" / "libtorch_sffi.so"
FIXTURE = ROOT / "tests" / "golden" / "fixture.yaml"
TARGET_SOURCE = ROOT / "generator" / "targets" / "rust.py"
TEMPLATES = ROOT / "templates" / "rust"


def cargo(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    assert CARGO is not None
    return subprocess.run([CARGO, *args, "--offline", "--color", "never"], cwd=cwd, env=env, capture_output=True, text=True)


def has_clippy() -> bool:
    assert CARGO is not None
    return subprocess.run([CARGO, "clippy", "--version"], capture_output=True).returncode == 0


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


def lint(crate: Path, target: Path) -> None:
    """clippy (or, without it, check) over every target of a crate, and rustdoc over its
    documentation (links, HTML in catalogue text): warnings denied."""
    env = base_env(target)
    env["TORCH_SFFI_LIB_DIR"] = str(BUILD / "lib")  # build.rs warns when the folder lacks the library
    env["RUSTFLAGS"] = env["RUSTDOCFLAGS"] = "-D warnings"
    for args in (["clippy" if has_clippy() else "check", "--all-targets"], ["doc", "--no-deps"]):
        proc = cargo(args, crate, env)
        output = proc.stdout + proc.stderr
        assert proc.returncode == 0, output[-6000:]
        assert not warnings_of(output), output[-6000:]


# --------------------------------------------------------------------------- the generator


def test_every_lowering_has_a_rust_form() -> None:
    assert abi.missing_keys(rust.SAFE_PARAM) == []  # type: ignore[arg-type]
    assert abi.missing_keys(rust.SAFE_RESULT, results=True) == []  # type: ignore[arg-type]
    c_types = {a.c_type for lowering in abi.LOWERING.values() for a in lowering.args}
    c_types |= {r.c_type for r in abi.RESULTS.values() if r.c_type != "void"} | {a.c_type for r in abi.RESULTS.values() for a in r.out}
    assert c_types <= set(rust.C_TYPES), c_types - set(rust.C_TYPES)
    for key, safe in rust.SAFE_PARAM.items():
        assert len(safe.args) == len(abi.LOWERING[key].args), key
    for key, safe in rust.ENUM_PARAM.items():
        assert len(safe.args) == len(abi.LOWERING[key].args), key
    assert {s for s in abi.Sentinel if s is not abi.Sentinel.NONE} == set(rust.SENTINEL_TEST)


def test_the_target_is_generic() -> None:
    """Per-function facts come from the catalogue: no entry is named in the target, no other
    target is imported, and no template grows past 300 lines."""
    source = TARGET_SOURCE.read_text()
    assert "rt_torch_" not in source
    siblings: set[str] = set()  # modules of generator/targets/ it imports
    parents: set[str] = set()  # names it imports from generator/
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            siblings.add(node.module or "")
        elif isinstance(node, ast.ImportFrom) and node.level == 2:
            parents.update([node.module] if node.module else [a.name for a in node.names])
    assert siblings == {"common"}, siblings
    assert "keywords" in parents  # the one table of reserved words
    assert not re.search(r"RUST_KEYWORDS|frozenset\(\s*\"as async", source)
    for template in sorted(TEMPLATES.glob("*.j2")):
        assert len(template.read_text().splitlines()) <= 300, template.name


def fixture() -> Catalogue:
    return load_catalogue(FIXTURE)


def renamed(catalogue: Catalogue, entry: str, name: str) -> Catalogue:
    functions = tuple(dataclasses.replace(f, rust=TierFacts(name, f.line)) if f.name == entry else f for f in catalogue.functions)
    return dataclasses.replace(catalogue, functions=functions)


@pytest.mark.parametrize(
    "entry, name, collides",
    [
        ("rt_torch_torchtensor_add", "into_raw", "a member that runtime/rust/tensor_handle.rs defines"),
        ("rt_torch_torchtensor_add", "from_handle", "a member that runtime/rust/tensor_handle.rs defines"),
        ("rt_torch_torchtensor_add", "shape", "the Rust name of rt_torch_torchtensor_shape"),
        ("rt_torch_live_handles", "read_array", "a member that runtime/rust/convert.rs defines"),
        ("rt_torch_torchstream_sync", "free", "a member that runtime/rust/stream_handle.rs defines"),
    ],
)
def test_a_rust_name_collision_names_the_entry(entry: str, name: str, collides: str) -> None:
    with pytest.raises(GenerationError) as info:
        render_tree(renamed(fixture(), entry, name), ("rust",))
    message = str(info.value)
    assert f"entry {entry}:" in message and f"'{name}' collides with {collides}" in message, message
    assert "`rust: {name: ...}`" in message


def test_fixture_renders_every_kind_natively() -> None:
    files = render_tree(fixture(), ("rust",)).files
    tensor, nn, enums = files["rust/src/tensor.rs"], files["rust/src/nn.rs"], files["rust/src/enums.rs"]
    signatures = [
        "pub fn full(\n        size: &[i64],\n        fill_value: impl Into<Scalar>,\n        device: Device,\n        dtype: Kind,",
        "pub fn clamp(&self, min: Option<Scalar>, max: Option<Scalar>) -> Result<Tensor, TorchError>",
        "pub fn max_dim(&self, dim: i64, keepdim: bool) -> Result<(Tensor, Tensor), TorchError>",
        "pub fn mul_(&mut self, other: &Tensor) -> Result<(), TorchError>",
        "pub fn index_tensor(&self, indices: &[Option<&Tensor>]) -> Result<Tensor, TorchError>",
        "pub fn dtype(&self) -> Result<Kind, TorchError>",
        "pub fn grad(&self) -> Result<Option<Tensor>, TorchError>",
        "pub fn add_number(\n        &self,\n        other: impl Into<Scalar>,\n        alpha: impl Into<Scalar>,",  # rust: {name: ...}
        "dim: Option<&[i64]>,\n        keepdim: bool,\n        dtype: Option<Kind>,",
    ]
    for text in signatures:
        assert text in tensor, text
    assert "reduction: Reduction,\n    weight: Option<&[f64]>," in nn
    assert "seed: Option<i64>,\n    scale: Option<f64>,\n    inplace: Option<bool>," in nn
    assert "/// * `reduction`: How to reduce. PyTorch's default: `Reduction::Mean`." in nn
    assert "/// * `device`: The device. PyTorch's default: `Device::Cpu`." in tensor
    for text in ("    Cpu,\n", "    Cuda(i32),\n", "    Float32,\n", 'Reduction::Mean => c"mean",', "pub const NONE: i32 = -1;"):
        assert text in enums, text
    library = files["rust/src/library.rs"]
    assert "pub fn set_mode(mode: Option<&str>) -> Result<f64, TorchError>" in library
    assert "pub fn error_code() -> i32 {" in library  # keeps the error state: the plain value


def test_catalogue_text_is_escaped_for_rustdoc() -> None:
    assert rust.doc_text("samples in [0, 1) where p < 1, as `x[i] <y>` says") == (
        "samples in \\[0, 1) where p \\< 1, as `x[i] <y>` says"
    )


def test_sentinels_follow_the_abi() -> None:
    tensor = render_tree(fixture(), ("rust",)).files["rust/src/tensor.rs"]
    assert "check_strict(value, value == 0).map(Tensor::from_handle)" in tensor  # a handle
    assert "check_ambiguous(value, value == 0).map(Tensor::from_optional_handle)" in tensor  # Tensor?
    assert "check_ambiguous(value, value.is_nan())" in tensor  # a float can be NaN
    assert "check_strict(value, value == -1).and_then(Kind::from_code)" in tensor  # a dtype code


# --------------------------------------------------------------------------- cargo


@needs_cargo
def test_rust_crate_passes_its_numeric_tests_against_the_bridge() -> None:
    assert LIBRARY.is_file(), f"{LIBRARY} is missing: run `make` (or `sffi-gen build`) first"
    env = base_env(BUILD / "rust-target")
    env["TORCH_SFFI_EXPECT_VERSION"] = torch_version()
    proc = cargo(["test"], TESTS_CRATE, env)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-6000:]
    results = re.findall(r"test result: ok\. (\d+) passed; (\d+) failed", output)
    passed = sum(int(p) for p, _ in results)
    assert passed >= 44 and all(f == "0" for _, f in results), output[-3000:]
    # One binary per test file ran (creation to memory), besides the helper library's own.
    ran = set(re.findall(r"Running tests/(\w+)\.rs", output))
    assert ran == {"autograd", "custom_function", "dlpack", "kinds", "library", "math", "memory", "nn", "shapes", "threads"}, output[-3000:]
    assert not warnings_of(output), "\n".join(warnings_of(output))
    # cargo wrote its lock file and build output outside generated/.
    assert not (GENERATED / "rust" / "Cargo.lock").exists()
    assert not (GENERATED / "rust" / "target").exists()


@needs_cargo
def test_generated_crate_passes_clippy(tmp_path: Path) -> None:
    crate = tmp_path / "rust"
    shutil.copytree(GENERATED / "rust", crate)  # a copy: cargo writes Cargo.lock beside the manifest
    lint(crate, BUILD / "rust-lint-target")


@needs_cargo
def test_golden_fixture_crate_passes_clippy(tmp_path: Path) -> None:
    """The fixture uses every type of the vocabulary: each Rust mapping must compile, cleanly.
    Rendered afresh, with the runtime copies the golden record leaves out."""
    result = run_cli("generate", "--spec", str(FIXTURE), "--out", str(tmp_path / "out"), "--target", "rust")
    assert result.exit_code == 0, result.output
    lint(tmp_path / "out" / "rust", tmp_path / "target")


@needs_cargo
def test_build_script_names_the_missing_library(tmp_path: Path) -> None:
    crate = tmp_path / "rust"
    shutil.copytree(GENERATED / "rust", crate)
    env = base_env(tmp_path / "target")
    env["TORCH_SFFI_LIB_DIR"] = str(tmp_path / "nowhere")
    proc = cargo(["check"], crate, env)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-3000:]  # checking does not link
    assert f"{tmp_path / 'nowhere' / 'libtorch_sffi.so'} not found: run `sffi-gen build`" in output, output[-3000:]
