"""sffi-gen's commands: generate, check, list, validate, and their guarantees."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import ROOT, run_cli, tree_bytes

HEADER = "generated from spec/torch_api.yaml by sffi-gen; do not edit"


def test_check_passes_on_the_committed_output() -> None:
    result = run_cli("check")
    assert result.exit_code == 0, result.output
    assert "up to date" in result.stdout


def test_generate_is_a_no_op_when_up_to_date(project: Path) -> None:
    before = {p: p.stat().st_mtime_ns for p in (project / "generated").rglob("*") if p.is_file()}
    result = run_cli("generate", cwd=project)
    assert result.exit_code == 0
    assert "up to date" in result.stdout
    after = {p: p.stat().st_mtime_ns for p in (project / "generated").rglob("*") if p.is_file()}
    assert before == after


def test_check_reports_a_hand_edit_with_a_diff_and_the_fix(project: Path) -> None:
    ffi = project / "generated" / "simple" / "ffi.spl"
    ffi.write_text(ffi.read_text().replace("extern fn rt_torch_tensor_eye(n: i64) -> i64", "extern fn rt_torch_tensor_eye(n: i32) -> i64"))
    result = run_cli("check", cwd=project)
    assert result.exit_code == 1
    assert "-extern fn rt_torch_tensor_eye(n: i32) -> i64" in result.stdout
    assert "+extern fn rt_torch_tensor_eye(n: i64) -> i64" in result.stdout
    assert "generated/simple/ffi.spl (on disk)" in result.stdout
    assert "Fix: sffi-gen generate" in result.stderr
    assert run_cli("generate", cwd=project).exit_code == 0
    assert run_cli("check", cwd=project).exit_code == 0


def test_check_reports_a_deleted_file(project: Path) -> None:
    (project / "generated" / "cpp" / "torch_sffi.h").unlink()
    result = run_cli("check", cwd=project)
    assert result.exit_code == 1
    assert "missing: generated/cpp/torch_sffi.h" in result.stdout


def test_check_reports_an_extra_file(project: Path) -> None:
    (project / "generated" / "cpp" / "extra.cpp").write_text("// hand-written\n")
    result = run_cli("check", cwd=project)
    assert result.exit_code == 1
    assert "orphan:  generated/cpp/extra.cpp" in result.stdout


def test_generate_removes_its_own_orphans(project: Path) -> None:
    orphan = project / "generated" / "cpp" / "ops_99.cpp"
    orphan.write_text(f"// {HEADER}\n")
    result = run_cli("generate", cwd=project)
    assert result.exit_code == 0
    assert "removed  generated/cpp/ops_99.cpp" in result.stdout
    assert not orphan.exists()


def test_generate_refuses_to_delete_a_file_it_did_not_write(project: Path) -> None:
    foreign = project / "generated" / "cpp" / "notes.txt"
    foreign.write_text("my notes\n")
    ffi = project / "generated" / "simple" / "ffi.spl"
    ffi.write_text("edited\n")
    before = tree_bytes(project / "generated")
    result = run_cli("generate", cwd=project)
    assert result.exit_code == 2
    assert "generated/cpp/notes.txt: not written by sffi-gen" in result.stderr
    assert tree_bytes(project / "generated") == before


def test_generate_writes_only_changed_files_and_keeps_the_others(project: Path) -> None:
    gen = project / "generated"
    inodes = {p: p.stat().st_ino for p in gen.rglob("*") if p.is_file()}
    spec = project / "spec" / "torch_api.yaml"
    spec.write_text(spec.read_text().replace("summary: The n x n identity matrix, of a dtype", "summary: The n by n identity matrix, of a dtype"))
    result = run_cli("generate", cwd=project)
    assert result.exit_code == 0, result.output
    changed = {line.split()[-1] for line in result.stdout.splitlines() if line.strip().startswith("changed")}
    assert changed == {
        "generated/cpp/torch_sffi.h",
        "generated/rust/src/ffi.rs",
        "generated/rust/src/tensor.rs",
        "generated/simple/ffi.spl",
        "generated/simple/mod.spl",
        "generated/python/torch_sffi/_tensor.py",
    }
    for path, inode in inodes.items():
        rel = path.relative_to(project).as_posix()
        if rel not in changed:
            assert path.stat().st_ino == inode, f"{rel} was rewritten though unchanged"


def test_the_tree_cache_serves_only_unchanged_inputs(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A cached tree is used only for byte-identical inputs, and only a good render is cached."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(project / "cache"))
    trees = project / "cache" / "sffi-gen" / "trees"
    spec = project / "spec" / "torch_api.yaml"
    good = spec.read_text()
    assert run_cli("check", cwd=project).exit_code == 0  # renders and stores
    assert len(list(trees.glob("*.json"))) == 1
    assert run_cli("check", cwd=project).exit_code == 0  # served from the cache, still equal
    spec.write_text(good.replace("summary: The n x n identity matrix, of a dtype", "summary: The n by n identity matrix, of a dtype"))
    result = run_cli("check", cwd=project)  # one changed byte of the catalogue: rendered again
    assert result.exit_code == 1 and "The n by n identity matrix" in result.stdout, result.output
    spec.write_text(good.replace("  - name: rt_torch_tensor_eye\n", "  - name: rt_torch_tensor_eye\n    bogus_key: 1\n", 1))
    result = run_cli("check", cwd=project)
    assert result.exit_code == 2 and "torch_api.yaml:" in result.stderr and "bogus_key" in result.stderr
    assert len(list(trees.glob("*.json"))) == 2  # the bad catalogue left no tree behind
    for cached in trees.glob("*.json"):
        cached.write_text("{not json")  # a damaged cache is a miss, never an error
    spec.write_text(good)
    assert run_cli("check", cwd=project).exit_code == 0


def test_the_tree_cache_is_optional(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = project / "not-a-folder"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # the cache cannot be created
    assert run_cli("generate", cwd=project).exit_code == 0
    assert run_cli("check", cwd=project).exit_code == 0


def test_generate_is_deterministic(tmp_path: Path) -> None:
    for name in ("a", "b"):
        assert run_cli("generate", "--out", str(tmp_path / name / "generated"), "--spec", str(ROOT / "spec" / "torch_api.yaml")).exit_code == 0
    assert tree_bytes(tmp_path / "a" / "generated") == tree_bytes(tmp_path / "b" / "generated")


def test_every_generated_file_starts_with_the_header() -> None:
    """A rendered file says it is generated; a copy of the hand-written runtime names its source,
    and is that source, byte for byte, below the header."""
    copies = 0
    for path in sorted((ROOT / "generated").rglob("*")):
        if not path.is_file() or "target" in path.parts or "__pycache__" in path.parts:
            continue
        text = path.read_text()
        if path.suffix == ".json":
            assert json.loads(text)["generated"] == HEADER, path
            continue
        first, _, rest = text.partition("\n")
        if "copied from runtime/" in first:
            source = first.split("copied from ", 1)[1].split(" by sffi-gen", 1)[0]
            assert first.endswith("by sffi-gen; edit that file, not this copy"), f"{path}: {first}"
            assert (ROOT / source).read_text() == rest, f"{path} is not a copy of {source}"
            copies += 1
        else:
            assert HEADER in first, f"{path}: {first}"
    assert copies >= 8, "the runtime's C++, Python, Rust and Simple sources are copied in"


def test_target_option_renders_one_target(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    result = run_cli("generate", "--target", "simple", "--out", str(out), "--spec", str(ROOT / "spec" / "torch_api.yaml"))
    assert result.exit_code == 0
    abi = ["simple/abi/spl_abi.cpp", "simple/abi/spl_abi.h", "simple/abi/spl_torch.cpp", "simple/abi/spl_torch.h"]
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()) == [*abi, "simple/ffi.spl", "simple/mod.spl"]
    assert run_cli("check", "--target", "simple", "--out", str(out), "--spec", str(ROOT / "spec" / "torch_api.yaml")).exit_code == 0


def test_target_scope_leaves_other_targets_alone(project: Path) -> None:
    header = project / "generated" / "cpp" / "torch_sffi.h"
    header.write_text(header.read_text() + "/* edited */\n")
    assert run_cli("generate", "--target", "simple", cwd=project).exit_code == 0
    assert header.read_text().endswith("/* edited */\n")


def test_list_filters_and_names() -> None:
    result = run_cli("list", "--category", "loss", "--reference", "--names")
    assert result.exit_code == 0
    assert result.stdout.split() == [
        "rt_torch_nn_mse_loss",
        "rt_torch_nn_cross_entropy",
        "rt_torch_nn_binary_cross_entropy",
        "rt_torch_nn_nll_loss",
    ]
    table = run_cli("list", "--extensions").stdout
    assert "function(s)" in table.splitlines()[-1]
    extensions = run_cli("list", "--extensions", "--names").stdout.split()
    assert "rt_torch_error_message" in extensions and "rt_torch_tensor_zeros" not in extensions
    deviations = run_cli("list", "--deviations", "--names").stdout.split()
    assert "rt_torch_set_num_threads" in deviations  # an extension's deviation from PyTorch
    reference = run_cli("list", "--reference", "--names").stdout.split()
    assert len(reference) == 104 and not set(deviations) & set(reference), "no reference function deviates"
    assert run_cli("list", "--deviations", "--reference", "--names").stdout.split() == []
    cuda = run_cli("list", "--cuda", "--names").stdout.split()
    assert "rt_torch_stream_create" in cuda
    signature = run_cli("list", "--category", "creation").stdout
    assert "(int[] dims) -> Tensor" in signature
    assert "(int[] size, *, ScalarType? dtype=None, Device? device=None) -> Tensor" in signature


def test_list_filters_combine() -> None:
    """Filters of different kinds all apply; a repeated --category takes either."""
    both = run_cli("list", "--extensions", "--category", "loss", "--names").stdout.split()
    reference = run_cli("list", "--reference", "--category", "loss", "--names").stdout.split()
    either = run_cli("list", "--category", "loss", "--category", "linalg", "--names").stdout.split()
    loss = run_cli("list", "--category", "loss", "--names").stdout.split()
    assert both and reference and "rt_torch_nn_mse_loss_v2" in both and "rt_torch_nn_mse_loss" in reference
    assert sorted(both + reference) == sorted(loss) and not set(both) & set(reference)
    linalg = run_cli("list", "--category", "linalg", "--names").stdout.split()
    assert sorted(either) == sorted(loss + linalg)
    maxima = run_cli("list", "--pytorch", "torch.max", "--extensions", "--names").stdout.split()
    assert maxima == ["rt_torch_torchtensor_max_all", "rt_torch_torchtensor_max_dim_v2", "rt_torch_torchtensor_max_other"]
    clash = run_cli("list", "--reference", "--extensions")
    assert clash.exit_code == 2 and "--reference and --extensions exclude each other" in clash.stderr


def test_outside_the_repository_the_cli_says_where_it_looked(tmp_path: Path) -> None:
    result = run_cli("validate", cwd=tmp_path)
    assert result.exit_code == 2
    message = result.stderr.strip()
    assert message.startswith("spec/torch_api.yaml:1: no catalogue here: sffi-gen looked for ")
    assert str(tmp_path / "spec" / "torch_api.yaml") in message and "--spec PATH" in message


def test_list_unknown_category_is_an_error() -> None:
    result = run_cli("list", "--category", "nope")
    assert result.exit_code == 2
    assert "unknown category 'nope'" in result.stderr


@pytest.mark.parametrize("command", ["generate", "check", "list", "validate", "build"])
def test_help_explains_each_command(command: str) -> None:
    result = run_cli(command, "--help")
    assert result.exit_code == 0
    assert "--spec" in result.stdout or "--out" in result.stdout
    assert len(result.stdout.splitlines()) > 5


def test_unknown_target_is_rejected() -> None:
    result = run_cli("generate", "--target", "fortran")
    assert result.exit_code == 2
    assert "fortran" in result.stderr
