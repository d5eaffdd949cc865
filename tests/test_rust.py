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
from typing import Any

import pytest
from conftest import BUILD, GENERATED, ROOT, SPEC, run_cli

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
    end = args.index("--") if "--" in args else len(args)  # cargo's own options go before `--`
    command = [CARGO, *args[:end], "--offline", "--color", "never", *args[end:]]
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)


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
    # The lints of issue 20 besides clippy's defaults: every unsafe block says why it is sound, and
    # what could be #[must_use] is.
    extra = ["--", "-W", "clippy::undocumented_unsafe_blocks", "-W", "clippy::must_use_candidate"]
    check = ["clippy", "--all-targets", *extra] if has_clippy() else ["check", "--all-targets"]
    for args in (check, ["doc", "--no-deps"]):
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
    assert passed >= 51 and all(f == "0" for _, f in results), output[-3000:]
    # One binary per test file ran (creation to memory), besides the helper library's own.
    ran = set(re.findall(r"Running tests/(\w+)\.rs", output))
    assert ran == {"autograd", "custom_function", "dlpack", "ergonomics", "kinds", "layers", "library", "math", "memory", "nn", "shapes", "threads"}, output[-3000:]
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


# --------------------------------------------------------------------------- ergonomics

EXAMPLES = ROOT / "examples" / "rust"
TCH_EQUIVALENTS = EXAMPLES / "tch_equivalents"
PROGRAMS = ("tensor_ops", "linear_regression", "mlp")


def cargo_run(crate: Path, binary: str, target: Path) -> str:
    """`cargo run --bin <binary>` as a user runs it: no LD_LIBRARY_PATH, no TORCH_SFFI_LIB_DIR
    (the crate's build script alone makes the binary find libtorch_sffi.so)."""
    assert LIBRARY.is_file(), f"{LIBRARY} is missing: run `make` (or `sffi-gen build`) first"
    env = base_env(target)
    env.pop("LD_LIBRARY_PATH", None)
    proc = cargo(["run", "-q", "--bin", binary], crate, env)
    assert proc.returncode == 0, (proc.stdout + proc.stderr)[-6000:]
    assert "cannot open shared object file" not in proc.stderr
    return proc.stdout


def float32_bits(text: str) -> list[int]:
    """The float32 values a `{:?}` of Vec<f32> (or one f32) prints, as their bits."""
    import struct

    return [struct.unpack("<I", struct.pack("<f", float(x)))[0] for x in re.findall(r"-?\d[\d.]*(?:e[+-]?\d+)?", text)]


def tensor_bits(t: Any) -> list[int]:
    import struct

    return [struct.unpack("<I", struct.pack("<f", v))[0] for v in t.detach().flatten().tolist()]


def debug_of(t: Any) -> str:
    return f"Tensor[{list(t.shape)}, {str(t.dtype).removeprefix('torch.')}, cpu]"


def display_cases() -> dict[str, Any]:
    """tests/rust/src/bin/display_cases.rs's tensors, made by PyTorch."""
    import torch

    leaf = torch.zeros(2, requires_grad=True)
    torch.manual_seed(1)
    randn = torch.randn(3, 5, dtype=torch.float64)
    return {
        "float_frac": torch.arange(0, 12, 1, dtype=torch.float32).reshape(3, 4) / 3.0,
        "int64": torch.arange(-5, 5, 1),
        "bool": torch.tensor([True, False, True]),
        "sci_small": torch.tensor([1e-5, 1.0, 1e5], dtype=torch.float64),
        "int_big": torch.tensor([1e10, 2.0]),
        "nonfinite": torch.tensor([1.0, float("nan"), float("inf"), float("-inf"), -2.5]),
        "scalar": torch.full((), 3.5),
        "empty": torch.zeros(0),
        "empty2": torch.zeros(0, 3, dtype=torch.float64),
        "summary1d": torch.arange(0, 2000, 1, dtype=torch.float32),
        "summary2d": torch.arange(0, 2000, 1, dtype=torch.float32).reshape(40, 50) / 7.0,
        "summary3d": torch.arange(0, 3000, 1).reshape(10, 10, 30),
        "cube": torch.arange(0, 24, 1, dtype=torch.int32).reshape(2, 3, 4),
        "wide": torch.arange(0, 30, 1, dtype=torch.float32) * 1.5,
        "half": torch.tensor([0.1, 2.5]).to(torch.float16),
        "uint8": torch.tensor([0, 255, 7], dtype=torch.uint8),
        "leaf": leaf,
        "randn": randn,
        "neg_zero": torch.tensor([-0.0, 1.5]),
        "nan_int": torch.tensor([float("nan"), 1.0, 20.0]),
        "zeros": torch.zeros(3),
        "tiny": torch.tensor([0.0, 1e-5, 1.0]),
        "int_neg_zero": torch.tensor([-0.0, 3.0], dtype=torch.float64),
    }


@needs_cargo
def test_display_is_pytorchs_repr_and_debug_names_shape_dtype_device() -> None:
    out = cargo_run(TESTS_CRATE, "display_cases", BUILD / "rust-target")
    blocks = {}
    for block in out.split("## ")[1:]:
        name, _, rest = block.partition("\n")
        text, _, debug = rest.rstrip("\n").rpartition("\n")
        blocks[name] = (text, debug)
    cases = display_cases()
    assert set(blocks) == set(cases)
    for name, t in cases.items():
        assert blocks[name] == (repr(t), debug_of(t)), name


def tensor_ops_torch() -> list[str]:
    import torch

    a = torch.tensor([1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).reshape(2, 3)
    b = torch.ones(2, 3)
    c = a * 2.0 + b - 0.5
    c += a
    c *= 3
    d = 1.0 / c - -a
    e = d.matmul(a.t())
    return [f"c = {c!r}", f"d = {d!r}", f"e = {e!r}", f"a[:, 1] = {a[:, 1]!r}", ("e values ", e), f"{debug_of(e)} {e.dtype}"]


def linear_regression_torch() -> list[Any]:
    import torch

    torch.manual_seed(0)
    xs = torch.randn(64, 3)
    true_w = torch.tensor([2.0, -3.4, 1.5]).reshape(3, 1)
    ys = xs.matmul(true_w) + 4.2
    w = torch.zeros(3, 1, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    lines: list[Any] = []
    for epoch in range(100):
        loss = (xs.matmul(w) + b - ys).square().mean()
        for p in (w, b):
            if p.grad is not None:
                p.grad.zero_()
        loss.backward()
        with torch.no_grad():
            w -= w.grad * 0.1
            b -= b.grad * 0.1
        if epoch % 20 == 0:
            lines.append((f"epoch {epoch} loss ", loss))
    return [*lines, f"w = {w!r}", f"b = {b!r}", ("w values ", w, " b values ", b)]


def mlp_torch() -> list[Any]:
    import torch

    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(2, 16), torch.nn.ReLU(), torch.nn.Linear(16, 1))
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    xs = torch.rand(128, 2) * 2.0 - 1.0
    ys = xs[:, 0:1] * xs[:, 1:2]
    lines: list[Any] = []
    for epoch in range(1, 201):
        loss = torch.nn.functional.mse_loss(net(xs), ys)
        opt.zero_grad()
        loss.backward()
        opt.step()
        if epoch % 50 == 0:
            lines.append((f"epoch {epoch} loss ", loss))
    out = net(xs[0:4]).detach()
    return [*lines, f"out = {out!r}", ("out values ", out)]


def check_numbers(line: str, parts: tuple[Any, ...]) -> None:
    """A printed line of labels and values: the labels exactly, each value (a float32 tensor or
    number printed in full by Rust's `{:?}` / `{}`) bit for bit."""
    rest = line
    for i, part in enumerate(parts):
        if isinstance(part, str):
            assert rest.startswith(part), (line, part)
            rest = rest[len(part) :]
            continue
        following = next((p for p in parts[i + 1 :] if isinstance(p, str)), None)
        segment, _, tail = rest.partition(following) if following else (rest, "", "")
        rest = (following or "") + tail
        assert float32_bits(segment) == tensor_bits(part), (line, part)
    assert rest == "", line


@needs_cargo
@pytest.mark.parametrize("program, torch_program", [("tensor_ops", tensor_ops_torch), ("linear_regression", linear_regression_torch), ("mlp", mlp_torch)])
def test_example_prints_pytorchs_numbers(program: str, torch_program: Any) -> None:
    """The three tch-rs-style programs (examples/rust) run with plain `cargo run` and print what
    PyTorch computes: the reprs exactly, the full-precision values bit for bit."""
    out = cargo_run(EXAMPLES, program, BUILD / "rust-examples-target").splitlines()
    lines: list[str] = []
    for line in out:  # a repr's continuation lines join the line that starts it
        if lines and line.startswith(" "):
            lines[-1] += "\n" + line
        else:
            lines.append(line)
    expected = torch_program()
    assert len(lines) == len(expected), "\n".join(lines)
    for line, item in zip(lines, expected):
        if isinstance(item, str):
            assert line == item
        else:
            check_numbers(line, item)


def code_lines(path: Path) -> int:
    """Non-blank lines that are not comments."""
    return sum(1 for line in path.read_text().splitlines() if line.strip() and not line.strip().startswith("//"))


@pytest.mark.parametrize("program", PROGRAMS)
def test_example_is_at_most_1_2x_its_tch_equivalent(program: str) -> None:
    ours, tch = code_lines(EXAMPLES / "src" / "bin" / f"{program}.rs"), code_lines(TCH_EQUIVALENTS / f"{program}.rs")
    assert tch > 10 and ours <= 1.2 * tch, (ours, tch)


@needs_cargo
def test_a_dropped_tensor_result_is_flagged(tmp_path: Path) -> None:
    """`t.add_scalar(1.0)?;` drops the new tensor: `#[must_use]` on Tensor makes that a warning."""
    crate = tmp_path / "user"
    (crate / "src").mkdir(parents=True)
    (crate / "Cargo.toml").write_text(
        f'[package]\nname = "user"\nversion = "0.1.0"\nedition = "2021"\n\n[dependencies]\ntorch-sffi = {{ path = "{GENERATED / "rust"}" }}\n\n[workspace]\n'
    )
    (crate / "src" / "main.rs").write_text(
        "fn main() -> Result<(), torch_sffi::TorchError> {\n    let t = torch_sffi::Tensor::ones(&[2])?;\n    t.add_scalar(1.0)?;\n    Ok(())\n}\n"
    )
    proc = cargo(["check"], crate, base_env(BUILD / "rust-target"))
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-3000:]
    assert "unused `Tensor` that must be used" in output, output[-3000:]
    assert "the in-place forms end in `_`" in output


OPTIMIZERS: dict[str, Any] = {
    "sgd": lambda torch, ps: torch.optim.SGD(ps, lr=0.1),
    "sgd_momentum": lambda torch, ps: torch.optim.SGD(ps, lr=0.05, momentum=0.9, dampening=0.1, weight_decay=0.01),
    "sgd_nesterov": lambda torch, ps: torch.optim.SGD(ps, lr=0.05, momentum=0.8, nesterov=True),
    "adam": lambda torch, ps: torch.optim.Adam(ps, lr=0.01),
    "adam_amsgrad": lambda torch, ps: torch.optim.Adam(ps, lr=0.02, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1, amsgrad=True),
    "adamw": lambda torch, ps: torch.optim.AdamW(ps, lr=0.01, maximize=True),
    "rmsprop": lambda torch, ps: torch.optim.RMSprop(ps, lr=0.01),
    "rmsprop_centered": lambda torch, ps: torch.optim.RMSprop(ps, lr=0.01, alpha=0.9, centered=True, momentum=0.5, weight_decay=0.1),
    "adagrad": lambda torch, ps: torch.optim.Adagrad(ps, lr=0.1, initial_accumulator_value=0.1, lr_decay=0.01, weight_decay=0.01),
    "sgd_maximize": lambda torch, ps: torch.optim.SGD(ps, lr=0.05, momentum=0.9, maximize=True),
    "adadelta": lambda torch, ps: torch.optim.Adadelta(ps),
    "adadelta_options": lambda torch, ps: torch.optim.Adadelta(ps, lr=0.5, rho=0.8, eps=1e-5, weight_decay=0.01, maximize=True),
    "adamax": lambda torch, ps: torch.optim.Adamax(ps, lr=0.01),
    "adamax_options": lambda torch, ps: torch.optim.Adamax(ps, lr=0.02, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1, maximize=True),
    "nadam": lambda torch, ps: torch.optim.NAdam(ps, lr=0.01),
    "nadam_options": lambda torch, ps: torch.optim.NAdam(ps, lr=0.02, betas=(0.8, 0.99), eps=1e-6, weight_decay=0.1, momentum_decay=0.01),
    "nadam_decoupled": lambda torch, ps: torch.optim.NAdam(ps, lr=0.02, weight_decay=0.1, decoupled_weight_decay=True, maximize=True),
    "radam": lambda torch, ps: torch.optim.RAdam(ps, lr=0.01),
    "radam_options": lambda torch, ps: torch.optim.RAdam(ps, lr=0.02, betas=(0.8, 0.9), eps=1e-6, weight_decay=0.1, maximize=True),
    "radam_decoupled": lambda torch, ps: torch.optim.RAdam(ps, lr=0.02, betas=(0.8, 0.9), weight_decay=0.1, decoupled_weight_decay=True),
    "asgd": lambda torch, ps: torch.optim.ASGD(ps),
    "asgd_options": lambda torch, ps: torch.optim.ASGD(ps, lr=0.05, lambd=1e-3, alpha=0.5, t0=3, weight_decay=0.01, maximize=True),
    "rprop": lambda torch, ps: torch.optim.Rprop(ps),
    "rprop_options": lambda torch, ps: torch.optim.Rprop(ps, lr=0.05, etas=(0.3, 1.5), step_sizes=(1e-3, 0.1), maximize=True),
}


@needs_cargo
def test_modules_and_optimizers_end_bit_identical_to_torch() -> None:
    """Conv2d and Linear initialised and trained eight steps by each optimizer (tests/rust's
    optim_cases), against torch.nn and torch.optim from the same seed: every parameter value
    bit for bit."""
    import torch

    out = cargo_run(TESTS_CRATE, "optim_cases", BUILD / "rust-target")
    blocks = {b.partition("\n")[0]: b.partition("\n")[2].strip().splitlines() for b in out.split("## ")[1:]}
    assert set(blocks) == {*OPTIMIZERS, "layers"}
    torch.manual_seed(3)
    embedding, norm = torch.nn.Embedding(10, 4), torch.nn.LayerNorm(4)
    indices, target = torch.tensor([1, 3, 3, 7, 0]), torch.randn(5, 4)
    layer_params = [("emb.weight", embedding.weight), ("ln.weight", norm.weight), ("ln.bias", norm.bias)]
    opt = torch.optim.SGD([p for _, p in layer_params], lr=0.1, momentum=0.9)
    for _ in range(4):
        loss = torch.nn.functional.mse_loss(norm(embedding(indices)) * 1.5, target)
        opt.zero_grad()
        loss.backward()
        opt.step()
    for line, (param, tensor) in zip(blocks["layers"], layer_params, strict=True):
        label, _, values = line.partition(" ")
        assert label == param and float32_bits(values) == tensor_bits(tensor), ("layers", param)
    for name, make in OPTIMIZERS.items():
        torch.manual_seed(7)
        conv = torch.nn.Conv2d(2, 3, 3, padding=1)
        fc = torch.nn.Linear(48, 2)
        xs, ys = torch.randn(5, 2, 4, 4), torch.randn(5, 2)
        params = [("conv.weight", conv.weight), ("conv.bias", conv.bias), ("fc.weight", fc.weight), ("fc.bias", fc.bias)]
        opt = make(torch, [p for _, p in params])
        for _ in range(8):
            loss = torch.nn.functional.mse_loss(fc(torch.relu(conv(xs)).reshape(5, 48)), ys)
            opt.zero_grad()
            loss.backward()
            opt.step()
        assert len(blocks[name]) == len(params), name
        for line, (param, tensor) in zip(blocks[name], params):
            label, _, values = line.partition(" ")
            assert label == param, (name, line)
            assert float32_bits(values) == tensor_bits(tensor), (name, param)


def test_catalogue_docs_are_put_in_rusts_terms() -> None:
    assert rust.rust_terms("Returns: A new handle to a view of input; `input` stays.", "input") == "Returns: A new tensor to a view of `self`; `input` stays."
    assert rust.rust_terms("The right operand; broadcast against handle.", "handle") == "The right operand; broadcast against `self`."
    assert rust.rust_terms("Bias of shape (C_out), or 0 for none.", None) == "Bias of shape (C_out), or None."
    assert rust.rust_terms("Running mean; 0 for none.", None) == "Running mean; None for none."
    assert rust.rust_terms("The module handle.", None) == "The module handle."  # a raw i64 handle stays one
    tensor = (GENERATED / "rust" / "src" / "tensor.rs").read_text()
    assert not re.search(r"///.*(\bhandle\b(?! =)|0 for none)", "\n".join(line for line in tensor.splitlines() if "Schema:" not in line and "Binds" not in line))


def test_the_hand_written_tensor_layer_needs_its_entries() -> None:
    """A runtime file built on catalogue entries is copied only when the catalogue has them all:
    the full catalogue gets every one, the small fixture only custom_function.rs (its crate still
    builds)."""
    full = load_catalogue(ROOT / "spec" / "torch_api.yaml")
    assert rust.tensor_runtime(full) == list(rust.TENSOR_RUNTIME)
    assert rust.tensor_runtime(fixture()) == ["custom_function.rs"]  # the fixture has the entry the Python runtime calls
    for file in rust.TENSOR_RUNTIME:
        entries = rust.runtime_entries(file)
        assert entries and entries <= set(full.by_name), file
        # Each listed entry's Rust wrapper (a region's: its guard) is what the file calls, or a
        # runtime file it uses (crate::layers) calls.
        text = (ROOT / "runtime" / "rust" / file).read_text().split("\n//!\n", 1)[-1]
        for other, (module, _, _) in rust.TENSOR_RUNTIME.items():
            if other != file and f"crate::{module}::" in text:
                text += (ROOT / "runtime" / "rust" / other).read_text()
        names = {re.sub(r"_(begin|end)(_v\d+)?$", "", rust.method_name(full.by_name[e])) for e in entries}
        assert [n for n in names if not re.search(rf"\b{n}\b", text)] == [], file
    files = render_tree(full, ("rust",)).files
    assert "pub use crate::layers::{" in files["rust/src/nn.rs"] and "pub mod optim;" in files["rust/src/lib.rs"]


@needs_cargo
def test_every_hand_written_part_has_a_passing_doctest(tmp_path: Path) -> None:
    """The doctests of the generated crate run (without LD_LIBRARY_PATH): one per runtime file
    of the tch-rs-style layer at least, all passing."""
    crate = tmp_path / "rust"
    shutil.copytree(GENERATED / "rust", crate)
    env = base_env(BUILD / "rust-lint-target")
    env.pop("LD_LIBRARY_PATH", None)
    env["TORCH_SFFI_LIB_DIR"] = str(BUILD / "lib")
    proc = cargo(["test", "--doc"], crate, env)
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output[-6000:]
    passed = set(re.findall(r"test src/(\w+)\.rs - .* \.\.\. ok", output))
    assert {module for module, _, _ in rust.TENSOR_RUNTIME.values()} <= passed, output[-3000:]
    # and one example per catalogue category (categories.rs), each run
    ran = set(re.findall(r"test src/categories\.rs - categories::(\w+) \(line \d+\) \.\.\. ok", output))
    assert ran == {c.id for c in load_catalogue(SPEC).categories}, output[-3000:]


@needs_cargo
def test_the_run_path_defaults_to_the_bridge_folder_and_can_be_overridden(tmp_path: Path) -> None:
    """The crate's own binaries carry the bridge's folder as their run path, or what
    TORCH_SFFI_RPATH says (an installed layout)."""
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf is not on PATH")
    crate = tmp_path / "rust"
    shutil.copytree(GENERATED / "rust", crate)
    for rpath, expected in ((None, str(LIBRARY.parent.resolve())), ("$ORIGIN/../lib", "$ORIGIN/../lib")):
        env = base_env(BUILD / "rust-lint-target")
        env["TORCH_SFFI_LIB_DIR"] = str(BUILD / "lib")
        if rpath is not None:
            env["TORCH_SFFI_RPATH"] = rpath
        proc = cargo(["test", "--lib", "--no-run", "--message-format", "json"], crate, env)
        assert proc.returncode == 0, proc.stderr[-3000:]
        binaries = re.findall(r'"executable":"([^"]+)"', proc.stdout)
        assert binaries, proc.stdout[-2000:]
        dynamic = subprocess.run([readelf, "-d", binaries[-1]], capture_output=True, text=True).stdout
        assert re.search(rf"(RUNPATH|RPATH).*\[[^\]]*{re.escape(expected)}", dynamic), dynamic


def layer_cases_torch() -> dict[str, list[tuple[str, Any]]]:
    """tests/rust's layer_cases, computed by torch.nn and torch.optim: per case, the printed
    (label, tensor) pairs in order."""
    import torch

    F = torch.nn.functional
    cases: dict[str, list[tuple[str, Any]]] = {}

    def named(**modules: Any) -> list[tuple[str, Any]]:
        """Parameters then buffers of each module in torch.nn's order, as a VarStore lists them."""
        out: list[tuple[str, Any]] = []
        for prefix, module in modules.items():
            out += [(f"{prefix}.{n}", t) for n, t in module.named_parameters()]
            out += [(f"{prefix}.{n}", t) for n, t in module.named_buffers()]
        return out

    torch.manual_seed(11)
    fc1, bn, fc2 = torch.nn.Linear(4, 6), torch.nn.BatchNorm1d(6), torch.nn.Linear(6, 2)
    xs, ys = torch.randn(8, 4), torch.randn(8, 2)
    net = torch.nn.Sequential(fc1, bn, torch.nn.ReLU(), torch.nn.Dropout(0.3), fc2)
    opt: Any = torch.optim.SGD(net.parameters(), lr=0.1, momentum=0.9)
    for i in range(5):
        if i == 2:
            opt.param_groups[0]["lr"] = 0.05
        loss = F.mse_loss(net(xs), ys)
        opt.zero_grad(set_to_none=False)
        loss.backward()
        opt.step()
    net.eval()
    cases["bn1d"] = [("eval", net(xs)), *named(fc1=fc1, bn=bn, fc2=fc2)]

    torch.manual_seed(12)
    conv = torch.nn.Conv2d(2, 3, 3, padding=1)
    bn2 = torch.nn.BatchNorm2d(3, eps=1e-3, momentum=None)
    fc = torch.nn.Linear(48, 2)
    xs, ys = torch.randn(5, 2, 4, 4), torch.randn(5, 2)
    opt = torch.optim.Adam([*conv.parameters(), *bn2.parameters(), *fc.parameters()], lr=0.01)
    for _ in range(4):
        loss = F.mse_loss(fc(torch.relu(bn2(conv(xs))).reshape(5, 48)), ys)
        opt.zero_grad()
        loss.backward()
        opt.step()
    bn2.eval()
    cases["bn2d"] = [("eval", fc(torch.relu(bn2(conv(xs))).reshape(5, 48))), *named(conv=conv, bn=bn2, fc=fc)]

    torch.manual_seed(13)
    plain = torch.nn.BatchNorm1d(4, affine=False, track_running_stats=False)
    bn3 = torch.nn.BatchNorm1d(4, bias=False)
    xs, x3 = torch.randn(6, 4), torch.randn(3, 4, 5)
    train, train3 = plain(xs), bn3(x3)
    plain.eval(), bn3.eval()
    cases["bn_plain"] = [("train", train), ("eval", plain(xs)), ("train3", train3), ("eval3", bn3(x3)), *named(bn3=bn3)]

    torch.manual_seed(5)
    lstm = torch.nn.LSTM(3, 5, num_layers=2, batch_first=True)
    xs = torch.randn(2, 6, 3)
    opt = torch.optim.SGD(lstm.parameters(), lr=0.1)
    for _ in range(3):
        out, _ = lstm(xs)
        loss = out.square().mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    out, (h, c) = lstm(xs)
    cases["lstm"] = [("out", out), ("h", h), ("c", c), *named(lstm=lstm)]

    torch.manual_seed(6)
    lstm = torch.nn.LSTM(3, 4, bidirectional=True, proj_size=2, bias=False)
    xs, h0, c0 = torch.randn(7, 3), torch.randn(2, 2), torch.randn(2, 4)
    lstm.eval()
    out, (h, c) = lstm(xs, (h0, c0))
    cases["lstm_bi"] = [("out", out), ("h", h), ("c", c), *named(lstm=lstm)]

    torch.manual_seed(8)
    lstm = torch.nn.LSTM(3, 4, num_layers=3, dropout=0.5)
    xs = torch.randn(5, 2, 3)
    out, (h, c) = lstm(xs)
    cases["lstm_dropout"] = [("out", out), ("h", h), ("c", c)]

    torch.manual_seed(9)
    fc = torch.nn.Linear(3, 2)
    xs, ys = torch.randn(6, 3), torch.randn(6, 2)
    opt = torch.optim.ASGD(fc.parameters(), lr=0.05, lambd=1e-3, alpha=0.5, t0=3, weight_decay=0.01)
    for _ in range(8):
        loss = F.mse_loss(fc(xs), ys)
        opt.zero_grad()
        loss.backward()
        opt.step()
    averages = [(f"ax{i}", opt.state[p]["ax"]) for i, p in enumerate(fc.parameters())]
    cases["asgd_averages"] = [*averages, *named(fc=fc)]
    return cases


def layer_errors_torch() -> dict[str, tuple[str, str]]:
    """What torch.optim and torch.nn raise for tests/rust's layer_cases errors: label -> (the
    Rust ErrorKind's name for the exception class, the message)."""
    import torch

    w = [torch.nn.Parameter(torch.zeros(2))]
    lstm = torch.nn.LSTM(3, 4, proj_size=2)
    o = torch.optim
    calls: dict[str, Any] = {
        "adadelta_lr": lambda: o.Adadelta(w, lr=-0.5),
        "adadelta_rho": lambda: o.Adadelta(w, rho=1.5),
        "adadelta_eps": lambda: o.Adadelta(w, eps=-1e-7),
        "adadelta_wd": lambda: o.Adadelta(w, weight_decay=-0.01),
        "adadelta_empty": lambda: o.Adadelta([]),
        "adamax_beta0": lambda: o.Adamax(w, betas=(1.0, 0.999)),
        "adamax_beta1": lambda: o.Adamax(w, betas=(0.9, -0.5)),
        "adamax_eps": lambda: o.Adamax(w, eps=-1e-20),
        "nadam_momentum_decay": lambda: o.NAdam(w, momentum_decay=-0.004),
        "nadam_wd": lambda: o.NAdam(w, weight_decay=-1e20),
        "radam_lr": lambda: o.RAdam(w, lr=-2.0),
        "radam_betas": lambda: o.RAdam(w, betas=(0.5, 1.5)),
        "asgd_lr": lambda: o.ASGD(w, lr=-1e-3),
        "asgd_wd": lambda: o.ASGD(w, weight_decay=-0.1),
        "rprop_etas": lambda: o.Rprop(w, etas=(1.5, 1.2)),
        "rprop_etas_plus": lambda: o.Rprop(w, etas=(0.5, 0.9)),
        "dropout": lambda: torch.nn.Dropout(1.5),
        "lstm_hidden": lambda: torch.nn.LSTM(3, 0),
        "lstm_layers": lambda: torch.nn.LSTM(3, 4, num_layers=0),
        "lstm_proj_negative": lambda: torch.nn.LSTM(3, 4, proj_size=-1),
        "lstm_proj_large": lambda: torch.nn.LSTM(3, 4, proj_size=4),
        "lstm_dropout": lambda: torch.nn.LSTM(3, 4, dropout=1.5),
        "lstm_input_dim": lambda: lstm(torch.ones(3)),
        "lstm_dtype": lambda: lstm(torch.ones(5, 2, 3, dtype=torch.float64)),
        "lstm_input_size": lambda: lstm(torch.ones(5, 2, 4)),
        "lstm_hidden0": lambda: lstm(torch.ones(5, 2, 3), (torch.ones(1, 2, 4), torch.ones(1, 2, 4))),
        "lstm_hidden1": lambda: lstm(torch.ones(5, 2, 3), (torch.ones(1, 2, 2), torch.ones(1, 3, 4))),
        "lstm_state_dims": lambda: lstm(torch.ones(5, 2, 3), (torch.ones(2, 2), torch.ones(1, 2, 4))),
        "lstm_unbatched_state_dims": lambda: lstm(torch.ones(5, 3), (torch.ones(1, 1, 2), torch.ones(1, 4))),
        "bn_one_value": lambda: torch.nn.BatchNorm1d(2)(torch.ones(1, 2)),
        "bn1d_dim": lambda: torch.nn.BatchNorm1d(2)(torch.ones(2, 2, 2, 2)),
        "bn2d_dim": lambda: torch.nn.BatchNorm2d(2)(torch.ones(2, 2, 2)),
    }
    kinds = {ValueError: "value", TypeError: "type", IndexError: "index", RuntimeError: "other"}
    out: dict[str, tuple[str, str]] = {}
    for label, call in calls.items():
        with pytest.raises(Exception) as info:
            call()
        out[label] = (kinds[type(info.value)], str(info.value))
    return out


@needs_cargo
@pytest.mark.filterwarnings("ignore:LSTM with projections is not supported with oneDNN")
def test_batch_norm_dropout_and_lstm_end_bit_identical_to_torch() -> None:
    """BatchNorm1d/2d (affine or not, tracked or not, momentum or a cumulative average, trained
    with Dropout in a SequentialT and then evaluated), and LSTM (two layers batch first trained
    three steps; bidirectional with projections, unbatched, from given states, not training;
    three layers with dropout while training) against torch.nn from the same seeds, and ASGD's
    averages: every output, parameter, buffer and average bit for bit. The option checks of the
    six later optimizers, Dropout, LSTM and BatchNorm, and LSTM's and BatchNorm's checks of
    their inputs and states, fail with PyTorch's kind and message."""
    out = cargo_run(TESTS_CRATE, "layer_cases", BUILD / "rust-target")
    blocks = {b.partition("\n")[0]: b.partition("\n")[2].strip().splitlines() for b in out.split("## ")[1:]}
    expected = layer_cases_torch()
    assert set(blocks) == {*expected, "errors"}
    for case, items in expected.items():
        assert [line.partition(" ")[0] for line in blocks[case]] == [label for label, _ in items], case
        for line, (label, tensor) in zip(blocks[case], items):
            assert float32_bits(line.partition(" ")[2]) == tensor_bits(tensor.float()), (case, label)
    errors = {line.split(" ", 2)[0]: tuple(line.split(" ", 2)[1:]) for line in blocks["errors"]}
    assert errors == layer_errors_torch()
