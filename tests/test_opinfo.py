"""PyTorch's OpInfo samples over every operator the catalogue binds, through torch_sffi.

tests/opinfo_harness.py runs them (how each sample ends in one outcome is explained there);
these tests assert that no sample gives a different result, that the fraction of matching
samples does not fall below THRESHOLD, and that docs/opinfo.md and docs/opinfo.json (written
by `make opinfo`, scripts/opinfo_report.py) are what this run measures. Two more tests check
the harness itself: PyTorch dressed as torch_sffi matches on every sample, and a defect in
values or gradients is a mismatch.

Needs the build (`make`, or `sffi-gen build`): it imports build/python/torch_sffi. On the
2-core development machine one run over the ~8,000 samples takes 4-6 s, the whole module
(op_db's import, the run, PyTorch dressed as torch_sffi, a recount of the samples) 12-15 s.
"""

from __future__ import annotations

import sys
from typing import Any

import pytest

import opinfo_harness as harness

# The fraction of samples that must match: the measured fraction rounded down to a whole
# percent. Raise it as the Python tier accepts more of PyTorch's signatures (goal: 0.90).
THRESHOLD = 0.99

if not (harness.BUILD / "python" / "torch_sffi" / "__init__.py").is_file():
    raise RuntimeError(f"{harness.BUILD}/python/torch_sffi is not built: run `make` (or `sffi-gen build`) first")


@pytest.fixture(scope="module")
def ops() -> list[Any]:
    return harness.bound_opinfos()


@pytest.fixture(scope="module")
def measured(ops: list[Any]) -> harness.Run:
    return harness.run(ops=ops)


def test_the_bound_opinfos_come_from_the_catalogue(ops: list[Any]) -> None:
    paths = harness.bound_pytorch_paths()
    names = {harness.opinfo_name(p) for p in paths} - {None}
    assert ops, "no OpInfo entry is named after a catalogue function"
    assert {op.name for op in ops} <= names
    # Every OpInfo named after a catalogue callable is in, with all its variants.
    assert [op for op in harness.op_db() if op.name in names] == ops
    print(f"{len(paths)} catalogue callables select {len(ops)} OpInfo entries")


def test_every_sample_ends_in_one_outcome(ops: list[Any], measured: harness.Run) -> None:
    assert len(measured.results) == harness.sample_count(ops)
    assert all(r.outcome in harness.OUTCOMES for r in measured.results)
    assert all(r.reason for r in measured.results if r.outcome == "refused")
    assert all(r.level in harness.LEVELS for r in measured.results if r.outcome == "match")
    # No OpInfo entry is dropped: each has as many results as it has samples (possibly none,
    # where it supports none of float32, float64, int64 on the CPU).
    assert [(n, v) for n, v, _ in measured.entries] == [(op.name, op.variant_test_name) for op in ops]


def test_no_sample_gives_a_different_result(measured: harness.Run) -> None:
    bad = measured.mismatches()
    for m in bad:
        print(f"MISMATCH {m.op}{' (' + m.variant + ')' if m.variant else ''} {m.dtype} sample {m.index}: {m.sample}\n    {m.message}")
    assert not bad, f"{len(bad)} samples give a different result than PyTorch (printed above)"


def test_enough_samples_match(measured: harness.Run) -> None:
    n = len(measured.results)
    print(harness.summary_line(measured).replace("**", ""))
    assert measured.fraction >= THRESHOLD, (
        f"{measured.count('match')} of {n} samples match ({measured.fraction:.1%}), below THRESHOLD {THRESHOLD:.0%}; "
        f"refused most often: {[(reason, count) for reason, count, _ in measured.refusals()[:5]]}"
    )


def test_the_committed_report_is_up_to_date(measured: harness.Run) -> None:
    md, js = harness.render_report(measured)
    for path, text in ((harness.REPORT_MD, md), (harness.REPORT_JSON, js)):
        assert path.is_file() and path.read_text() == text, f"{path.name} is out of date: run `make opinfo`"


def test_the_readme_states_the_measured_figures(ops: list[Any], measured: harness.Run) -> None:
    readme = " ".join((harness.ROOT / "README.md").read_text().split())
    n = len(measured.results)
    figures = f"{measured.count('match'):,} of {n:,} samples ({measured.fraction:.1%})"
    assert figures in readme and f"for the {len(ops)} OpInfo entries" in readme, f"README.md should say: {figures}, {len(ops)} entries"


# ============================================================================ the harness itself


def test_pytorch_dressed_as_torch_sffi_matches_every_sample(ops: list[Any]) -> None:
    run = harness.run(ops=ops, ts=harness.pytorch_as_ts())
    off = [r for r in run.results if r.outcome != "match"]
    for r in off[:20]:
        print(r.op, r.variant, r.dtype, r.index, r.outcome, r.reason or r.message, file=sys.stderr)
    assert not off
    # Every float64 sample of an OpInfo that supports autograd compared its gradients, unless
    # nothing in it requires grad (the note says so).
    grads = [r for r in run.results if r.dtype == "float64" and r.level != "values+grad"]
    autograd = {(op.name, op.variant_test_name) for op in ops if op.supports_autograd}
    assert all(r.note for r in grads if r.entry in autograd)


def test_a_defect_is_a_mismatch(ops: list[Any]) -> None:
    import torch

    fake = harness.pytorch_as_ts()
    fake.sum = lambda x, *a, **k: torch.sum(x, *a, **k) + 1  # wrong values
    fake.tanh = lambda x: x.tanh().detach() + (x - x.detach()) * 0.5  # right values, wrong gradient
    fake.neg = lambda x: x.neg().to(torch.float64)  # wrong dtype
    fake.unsqueeze = lambda x, dim: x.unsqueeze(dim).unsqueeze(0)  # wrong shape
    picked = [op for op in ops if op.name in ("sum", "tanh", "neg", "unsqueeze")]
    run = harness.run(ops=picked, ts=fake)
    by_op: dict[str, set[str]] = {}
    for r in run.results:
        by_op.setdefault(r.op, set()).add(r.outcome)
    assert by_op["sum"] == {"mismatch"}
    assert "mismatch" in by_op["tanh"]  # float64: the gradient
    assert any("gradient" in r.message for r in run.results if r.op == "tanh" and r.outcome == "mismatch")
    assert "mismatch" in by_op["neg"] and "mismatch" in by_op["unsqueeze"]


def test_refusal_reasons_are_grouped() -> None:
    cases = {
        TypeError("sum() got an unexpected keyword argument 'dtype'"): "unsupported keyword argument 'dtype'",
        harness.Refused("no torch_sffi counterpart for torch.linalg.svd"): "no torch_sffi counterpart for torch.linalg.svd",
        AttributeError("'Tensor' object has no attribute 'view'"): "no torch_sffi counterpart for torch.Tensor.view",
        TypeError("must be real number, not Tensor"): "Tensor passed where a number is expected",
        TypeError("f() takes from 2 to 4 positional arguments but 7 were given"): "too many positional arguments",
        harness.Refused("unsupported dtype complex64"): "unsupported dtype complex64",
    }
    for error, reason in cases.items():
        assert harness.reason_of(error) == reason


def test_raising_refusing_and_missing(ops: list[Any]) -> None:
    import torch
    from torch.testing._internal.opinfo.core import SampleInput

    by_name = {(op.name, op.variant_test_name): op for op in ops}
    add = by_name[("add", "")]
    fake = harness.pytorch_as_ts()
    runner = harness.Runner(fake)

    def one(ours: Any, sample: Any) -> harness.SampleResult:
        fake.add = ours
        return runner.run_sample(add, harness.callee(add), torch.float32, 0, sample, None)

    ok = SampleInput(torch.ones(2), args=(torch.ones(2),))
    bad = SampleInput(torch.ones(2), args=(torch.ones(3),))  # shapes that do not broadcast
    assert one(torch.add, ok).outcome == "match"
    assert one(torch.add, bad).outcome == "both raised"

    def refuses(*args: Any, **kwargs: Any) -> Any:
        raise TypeError("add() got an unexpected keyword argument 'alpha'")

    r = one(refuses, ok)
    assert (r.outcome, r.reason) == ("refused", "unsupported keyword argument 'alpha'")
    assert one(refuses, bad).outcome == "mismatch"  # PyTorch's RuntimeError, our TypeError

    def breaks(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    assert one(breaks, ok).outcome == "mismatch"  # PyTorch succeeded
    assert one(lambda *a, **k: torch.ones(2), bad).outcome == "mismatch"  # PyTorch raised
    lacking = harness.pytorch_as_ts(lacking=("add",))
    r = harness.Runner(lacking).run_sample(add, harness.callee(add), torch.float32, 0, ok, None)
    assert (r.outcome, r.reason) == ("refused", "no torch_sffi counterpart for torch.add")
    # A torch object (a memory format) without a torch_sffi counterpart is refused by name.
    to = by_name[("to", "")]
    sample = SampleInput(torch.ones(2), kwargs={"memory_format": torch.preserve_format})
    r = harness.Runner(harness.pytorch_as_ts(lacking=("preserve_format",))).run_sample(to, harness.callee(to), torch.float32, 0, sample, None)
    assert (r.outcome, r.reason) == ("refused", "unsupported argument torch.preserve_format")
