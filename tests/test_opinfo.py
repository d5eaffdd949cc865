"""PyTorch's OpInfo samples over every operator the catalogue binds, through torch_sffi and the C ABI.

tests/opinfo_harness.py runs them (how each sample ends in one outcome is explained there; the
C ABI route is tests/opinfo_cabi.py). `make opinfo` (scripts/opinfo_report.py) runs every sample
and writes docs/opinfo.md and docs/opinfo.json; running them all here would outgrow the suite as
the catalogue grows (~50,000 samples take 1-2 minutes on the 2-core development machine today).
So these tests check that the committed report is of this tree (its fingerprint: the catalogue,
generated/, runtime/, the harness, torch's version), that it shows no mismatch and enough
matches, and re-run a fixed subset of the entries (one in eight, chosen by a hash of the name,
harness.in_subset) through both routes, which must reproduce the report's rows for them
exactly. SFFI_OPINFO_FULL=1 re-runs every entry instead. Further tests check the harness:
PyTorch dressed as torch_sffi matches every sample, a defect in values or gradients is a
mismatch (through either route), and arguments bind to catalogue entries as documented.

Needs the build (`make`, or `sffi-gen build`): it imports build/python/torch_sffi.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import pytest

import opinfo_harness as harness

# The fraction of samples that must match per route: the measured fraction rounded down to a
# whole percent. Raise it as the binding accepts more of PyTorch's signatures (goal: 0.95).
THRESHOLDS = {"torch_sffi": 0.99, "c_abi": 0.91}
FULL = os.environ.get("SFFI_OPINFO_FULL") == "1"

if not (harness.BUILD / "python" / "torch_sffi" / "__init__.py").is_file():
    raise RuntimeError(f"{harness.BUILD}/python/torch_sffi is not built: run `make` (or `sffi-gen build`) first")


@pytest.fixture(scope="module")
def ops() -> list[Any]:
    return harness.bound_opinfos()


@pytest.fixture(scope="module")
def part(ops: list[Any]) -> list[Any]:
    return ops if FULL else harness.subset(ops)


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    assert harness.REPORT_JSON.is_file(), "docs/opinfo.json is missing: run `make opinfo`"
    data: dict[str, Any] = json.loads(harness.REPORT_JSON.read_text())
    return data


@pytest.fixture(scope="module")
def measured(part: list[Any]) -> harness.Run:
    return harness.run(ops=part)


def test_the_bound_opinfos_come_from_the_catalogue(ops: list[Any]) -> None:
    paths = harness.bound_pytorch_paths()
    names = {harness.opinfo_name(p) for p in paths} - {None}
    atens = harness.bound_aten_names()
    assert ops, "no OpInfo entry is named after a catalogue function"
    assert all(op.name in names or op.aten_name in atens for op in ops)
    # Every OpInfo named after a catalogue callable is in, with all its variants.
    assert [op for op in harness.op_db() if op.name in names or op.aten_name in atens] == ops
    print(f"{len(paths)} catalogue callables select {len(ops)} OpInfo entries")


def test_the_report_is_of_this_tree(ops: list[Any], report: dict[str, Any]) -> None:
    stale = "docs/opinfo.{md,json} are not of this tree: run `make opinfo`"
    assert report["fingerprint"] == harness.fingerprint(), stale
    assert [(e["name"], e["variant"]) for e in report["entries"]] == sorted((op.name, op.variant_test_name) for op in ops), stale
    assert harness.REPORT_MD.is_file() and harness.render_markdown(report) == harness.REPORT_MD.read_text(), stale


def test_the_subset_reproduces_the_report(part: list[Any], measured: harness.Run, report: dict[str, Any]) -> None:
    assert part, "the subset is empty"
    rows = {(e["name"], e["variant"]): e for e in report["entries"]}
    for row in harness.entry_rows(measured):
        want = rows[(row["name"], row["variant"])]
        assert json.loads(json.dumps(row)) == want, f"{row['name']} {row['variant']}: this run differs from docs/opinfo.json: run `make opinfo`"
    if FULL:
        md, js = harness.render_report(measured)
        assert harness.REPORT_JSON.read_text() == js and harness.REPORT_MD.read_text() == md
    print(f"re-ran {len(part)} OpInfo entries, {len(measured.results):,} samples over both routes")


def test_every_sample_ends_in_one_outcome(part: list[Any], measured: harness.Run) -> None:
    for route in harness.ROUTES:
        rs = measured.of(route)
        assert len(rs) == sum(len(harness.samples(op, dt, route)) for op in part for dt in harness.sample_dtypes(op))
        assert all(r.outcome in harness.OUTCOMES for r in rs)
        assert all(r.reason for r in rs if r.outcome == "refused")
        assert all(r.level in harness.LEVELS for r in rs if r.outcome == "match")
    assert all(r.level != "values+grad" for r in measured.of("c_abi"))
    # No OpInfo entry is dropped.
    assert [(n, v) for n, v, _ in measured.entries] == [(op.name, op.variant_test_name) for op in part]
    # Every error input of every entry that has them ends in one outcome per route.
    with_errors = [op for op in part if harness.has_error_inputs(op)]
    assert sorted(measured.error_draws) == sorted((op.name, op.variant_test_name) for op in with_errors)
    drawn = sum(len(harness.error_inputs(op)) for op in with_errors if not measured.error_draws[(op.name, op.variant_test_name)])
    for route in harness.ROUTES:
        es = measured.errors_of(route)
        assert len(es) == drawn and all(e.outcome in harness.ERROR_OUTCOMES and e.dtype == "" for e in es)
        assert all(e.reason for e in es if e.outcome == "refused")
        assert all(e.pytorch_error for e in es if e.outcome != "PyTorch accepts")


def test_no_sample_gives_a_different_result(measured: harness.Run, report: dict[str, Any]) -> None:
    bad = measured.mismatches()
    for m in bad:
        print(f"MISMATCH {m.route} {m.op}{' (' + m.variant + ')' if m.variant else ''} {m.dtype} sample {m.index}: {m.sample}\n    {m.message}")
    assert not bad, f"{len(bad)} samples give a different result than PyTorch (printed above)"
    assert report["outcomes"]["mismatch"] == 0, "docs/opinfo.md lists mismatches"


# ============================================================================ error inputs

def _error_defects(rows: list[dict[str, Any]], route: str) -> dict[tuple[str, str], list[dict[str, Any]]]:
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        for d in row.get("error_inputs", {}).get("routes", {}).get(route, {}).get("defects", []):
            out.setdefault((row["name"], row["variant"]), []).append(d)
    return out


def test_no_error_input_defect_through_torch_sffi(measured: harness.Run, report: dict[str, Any]) -> None:
    """No error input that PyTorch rejects is accepted by torch_sffi or rejected with another class
    (the committed report over every entry, this run over the subset)."""
    for where, rows in (("docs/opinfo.json", report["entries"]), ("this run", harness.entry_rows(measured))):
        defects = _error_defects(rows, "torch_sffi")
        for (name, variant), ds in defects.items():
            for d in ds:
                print(f"{where}: {name} {variant} #{d['index']} {d['outcome']}: {d['sample']}\n    {d['message']}")
        assert not defects, f"{where}: error inputs torch_sffi accepts or rejects with another class (printed above)"
    figures = report["error_inputs"]["routes"]["torch_sffi"]["outcomes"]
    assert figures["accepted"] == figures["rejected, other class"] == 0


def test_error_inputs_classified(ops: list[Any]) -> None:
    """An error input rejected with PyTorch's class, another class, accepted or refused, through
    PyTorch dressed as torch_sffi; and through the C ABI, by error code."""
    import torch
    from torch.testing._internal.opinfo.core import ErrorInput, SampleInput

    add = next(op for op in ops if (op.name, op.variant_test_name) == ("add", ""))
    fake = harness.pytorch_as_ts()
    runner = harness.Runner(fake)
    bad = ErrorInput(SampleInput(torch.ones(2), args=(torch.ones(3),)), error_regex="")  # shapes that do not broadcast
    ok = ErrorInput(SampleInput(torch.ones(2), args=(torch.ones(2),)), error_regex="")

    def one(ours: Any, ei: Any = bad) -> harness.SampleResult:
        fake.add = ours
        return runner._recorded(lambda: runner._run_error(add, harness.callee(add), 0, ei))

    r = one(torch.add)
    assert (r.outcome, r.pytorch_error, r.our_error) == ("rejected, same class", "RuntimeError", "RuntimeError")

    def raises(cls: type, message: str = "no") -> Any:
        def f(*args: Any, **kwargs: Any) -> Any:
            raise cls(message)

        return f

    r = one(raises(IndexError))
    assert (r.outcome, r.our_error) == ("rejected, other class", "IndexError")
    assert one(raises(NotImplementedError)).outcome == "rejected, same class"  # a RuntimeError too
    assert one(lambda *a, **k: torch.ones(2)).outcome == "accepted"
    r = one(raises(TypeError), bad)
    assert r.outcome == "rejected, other class"  # a TypeError of no signature refusal
    r = one(raises(TypeError, "add() got an unexpected keyword argument 'out'"))
    assert (r.outcome, r.reason) == ("refused", "unsupported keyword argument 'out'")
    assert one(torch.add, ok).outcome == "PyTorch accepts"
    r = harness.Runner(harness.pytorch_as_ts(lacking=("add",)))._run_error(add, harness.callee(add), 0, bad)
    assert (r.outcome, r.reason) == ("refused", "no torch_sffi counterpart for torch.add")
    # The C ABI: [other] is RuntimeError's code; success where PyTorch raises is accepted.
    cabi = harness.c_abi()
    before = cabi.live_handles()
    c = harness.Runner(cabi, "c_abi")
    r = c._recorded(lambda: c._run_error(add, harness.callee(add), 0, bad))
    assert (r.outcome, r.our_error, r.functions) == ("rejected, same class", "[other]", ("rt_torch_torchtensor_add_tensor",))
    assert harness.ERROR_CODE_CLASSES["index"] is IndexError and "invalid_handle" not in harness.ERROR_CODE_CLASSES
    assert cabi.live_handles() == before


def test_enough_samples_match(report: dict[str, Any]) -> None:
    print(report["summary"].replace("**", ""))
    for route, threshold in THRESHOLDS.items():
        r = report["routes"][route]
        assert r["match_fraction"] >= threshold, (
            f"{r['title']}: {r['outcomes']['match']} of {r['samples']} samples match ({r['match_fraction']:.1%}), "
            f"below {threshold:.0%}; refused most often: {[(x['reason'], x['count']) for x in r['refusals'][:5]]}"
        )


def test_the_readme_states_the_measured_figures(report: dict[str, Any]) -> None:
    readme = " ".join((harness.ROOT / "README.md").read_text().split())
    for route, r in report["routes"].items():
        figures = f"{r['outcomes']['match']:,} of {r['samples']:,} samples ({r['outcomes']['match'] / r['samples']:.1%})"
        assert figures in readme, f"README.md should say, for {r['title']}: {figures}"
    entries = f"for the {report['opinfo_entries']} OpInfo entries"
    assert entries in readme, f"README.md should say: {entries}"
    for route, r in report["error_inputs"]["routes"].items():
        o = r["outcomes"]
        figures = f"{o['rejected, same class']:,} of {r['error_inputs'] - o['PyTorch accepts']:,} error inputs"
        assert figures in readme, f"README.md should say, for {r['title']}: {figures}"


# ============================================================================ the harness itself


def test_pytorch_dressed_as_torch_sffi_matches_every_sample(part: list[Any]) -> None:
    ops = part
    run = harness.run(ops=ops, ts=harness.pytorch_as_ts(), routes=("torch_sffi",))
    off = [r for r in run.results if r.outcome != "match"]
    for r in off[:20]:
        print(r.op, r.variant, r.dtype, r.index, r.outcome, r.reason or r.message, file=sys.stderr)
    assert not off
    # Every error input PyTorch rejects, PyTorch dressed as torch_sffi rejects with the same class.
    off = [r for r in run.errors if r.outcome not in ("rejected, same class", "PyTorch accepts")]
    for r in off[:20]:
        print(r.op, r.variant, r.index, r.outcome, r.reason or r.message, file=sys.stderr)
    assert not off and run.errors
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
    run = harness.run(ops=picked, ts=fake, routes=("torch_sffi",))
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


# ============================================================================ the C ABI route


@pytest.fixture(scope="module")
def cabi() -> Any:
    return harness.c_abi()


def test_arguments_bind_to_catalogue_entries(cabi: Any) -> None:
    import torch

    from opinfo_cabi import Binding, bind

    cat = cabi.catalogue
    x = cabi.from_torch(torch.ones(2, 3))
    try:
        fn = cat.by_name["rt_torch_torchtensor_sum_dim_intlist"]
        b = bind(fn, (x, 1), {"keepdim": True}, cat)  # one int for int[1]?, a keyword, the default dtype
        assert isinstance(b, Binding) and b.values == (x.handle, [1], True, None)
        assert bind(fn, (x,), {"dims": 1}, cat) == (1, "no parameter named 'dims'")
        assert bind(fn, (x, 1.5), {}, cat) == (3, "parameter 'dim' (int[1]?) does not take float")
        assert bind(fn, (x, 1, True, None, 0), {}, cat) == (0, "too many positional arguments (5 for 3)")
        view = cat.by_name["rt_torch_torchtensor_view"]
        assert bind(view, (x, 3, 2), {}, cat) == Binding(view, (x.handle, [3, 2]))  # x.view(3, 2)
        add = cabi.resolve_path("torch.add")
        # Of the entries that take a call, the first with an `aten` overload is called.
        assert add.choose((x, x), {}).fn.name == "rt_torch_torchtensor_add_tensor"
        assert add.choose((x, 2), {}).fn.name == "rt_torch_torchtensor_add_scalar_v2"  # Scalar keeps the int
        with pytest.raises(harness.Refused, match="does not take complex"):
            add.choose((x, 1j), {})
        # The Python-only flag that selects a form (max_pool2d's return_indices).
        pool = cabi.resolve_path("torch.nn.functional.max_pool2d")
        assert pool.choose((x, 2), {"return_indices": True}).fn.name == "rt_torch_nn_max_pool2d_with_indices"
        assert pool.choose((x, 2), {"return_indices": False}).fn.name == "rt_torch_nn_max_pool2d_v2"
        # torch.X and torch.Tensor.X are one operator; torch.linalg.X is found by its ATen name too.
        assert cabi.entries_for("torch.Tensor.sum") == cabi.entries_for("torch.sum")
        with pytest.raises(harness.Refused, match="no catalogue entry binds torch.no_such_op"):
            cabi.resolve_path("torch.no_such_op")
    finally:
        cabi.release()
    assert not cabi.called


def test_the_c_abi_route_leaks_no_handles(ops: list[Any], cabi: Any) -> None:
    picked = [op for op in ops if op.name in ("add", "zero_", "chunk", "linalg.svd", "max")]
    before = cabi.live_handles()
    run = harness.run(ops=picked, routes=("c_abi",), cabi=cabi)
    assert run.results and cabi.live_handles() == before
    # An in-place entry gives back the tensor it changed (zero_ of a clone: two functions called).
    zero = [r for r in run.results if r.op == "zero_" and r.outcome == "match"]
    assert zero and all(len(r.functions) == 2 for r in zero)


def test_a_c_defect_is_a_mismatch(ops: list[Any]) -> None:
    import torch

    from opinfo_cabi import CAbi

    class Broken(CAbi):
        """Corrupts what some C functions give back."""

        def wrap(self, fn: Any, result: Any, args: Any, kwargs: Any) -> Any:
            out = super().wrap(fn, result, args, kwargs)
            if fn.name == "rt_torch_torchtensor_neg":  # wrong values
                t = out.to_torch() + 1
                return self.from_torch(t)
            if fn.name == "rt_torch_torchtensor_unsqueeze":  # wrong shape
                return self.from_torch(out.to_torch().unsqueeze(0))
            if fn.name.startswith("rt_torch_torchtensor_sum"):  # wrong dtype
                return self.from_torch(out.to_torch().to(torch.float16)) if hasattr(out, "to_torch") else out
            return out

    picked = [op for op in ops if op.name in ("neg", "unsqueeze", "sum")]
    run = harness.run(ops=picked, routes=("c_abi",), cabi=Broken(harness.load()))
    by_op: dict[str, set[str]] = {}
    for r in run.results:
        by_op.setdefault(r.op, set()).add(r.outcome)
    assert "mismatch" in by_op["neg"] and "mismatch" in by_op["unsqueeze"] and "mismatch" in by_op["sum"]


def test_c_failures_where_pytorch_raises_or_succeeds(ops: list[Any], cabi: Any) -> None:
    import torch
    from torch.testing._internal.opinfo.core import SampleInput

    add = next(op for op in ops if (op.name, op.variant_test_name) == ("add", ""))
    runner = harness.Runner(cabi, "c_abi")
    info = harness.callee(add)

    def one(sample: Any) -> harness.SampleResult:
        return runner.run_sample(add, info, torch.float32, 0, sample, None)

    r = one(SampleInput(torch.ones(2), args=(torch.ones(2),)))
    assert (r.outcome, r.functions) == ("match", ("rt_torch_torchtensor_add_tensor",))
    r = one(SampleInput(torch.ones(2), args=(torch.ones(3),)))  # shapes that do not broadcast
    assert r.outcome == "both raised" and "RuntimeError" in r.message and "[other]" in r.message
    r = one(SampleInput(torch.ones(2), args=(torch.ones(2),), kwargs={"beta": 2}))
    assert r.outcome == "refused" and "no parameter named 'beta'" in r.reason
