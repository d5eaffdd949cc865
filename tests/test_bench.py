"""`make bench` keeps working and docs/benchmarks.* stay in step with it.

Benchmarks are reported, never asserted: nothing here checks a figure. These tests check that
the statements of the accessor table still run on both sides and agree (the Python tier
changes under them), that the training-memory worker runs, and that the committed report has
a row for everything the bench measures.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import BUILD, ROOT

PACKAGE_DIR = BUILD / "python"
sys.path.insert(0, str(ROOT / "bench"))

import bench  # noqa: E402


def _needs_build() -> None:
    if not (PACKAGE_DIR / "torch_sffi" / "__init__.py").is_file():
        pytest.skip(f"{PACKAGE_DIR}/torch_sffi is not built: run `make` first")
    if str(PACKAGE_DIR) not in sys.path:
        sys.path.insert(0, str(PACKAGE_DIR))


def test_every_accessor_statement_runs_on_both_sides_and_agrees() -> None:
    _needs_build()
    sides = bench.small_sides(size=1000)
    for spec in bench.SMALL:
        found = bench.resolve(spec, sides)
        assert found is not None, f"torch_sffi runs no spelling of {spec.label}: {(spec.stmt, *spec.fallbacks)}"
        stmt, same = found
        assert same, f"{spec.label}: `{stmt}` gives another result on torch_sffi than on PyTorch"


@pytest.mark.slow
def test_the_training_memory_worker_reports_both_measures() -> None:
    _needs_build()
    cmd = [sys.executable, str(ROOT / "bench" / "train_memory.py"), "--model", "mlp", "--route", "torch_sffi", "--warmup", "1", "--steps", "1"]
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env={"PYTHONPATH": str(PACKAGE_DIR)})
    assert run.returncode == 0, run.stderr[-2000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["tensor_bytes"] > 1024 * 1024 and result["rss_kib"] >= 0 and len(result["losses"]) == 1


def test_the_committed_report_covers_what_the_bench_measures() -> None:
    report = json.loads((ROOT / "docs" / "benchmarks.json").read_text())
    md = (ROOT / "docs" / "benchmarks.md").read_text()
    svg = (ROOT / "docs" / "benchmarks.svg").read_text()
    labels = [row["label"] for row in report["small"]]
    for spec in bench.SMALL:
        assert any(label.startswith(spec.label) for label in labels) or spec.label in report["small_missing"], spec.label
    assert set(report["memory"]) == {"mlp", "cnn"}
    for row in report["targets"]:
        assert f"| {row['target']} | {row['ratio']}" in md, row["target"]
        if not row["target"].endswith("(s)"):
            assert f">{row['target']}</text>" in svg.replace("&amp;", "&"), row["target"]
