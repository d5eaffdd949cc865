"""Golden record: the fixture catalogue renders to exactly tests/golden/expected/.

The record stores what the catalogue decides: generated files only, not the copies of the
hand-written runtime (runtime/ is checked as the source it is: compiled, type-checked). It is
compared whole: every file's bytes, and no file missing or extra; a difference prints a unified
diff. After an intended change, `make golden` rewrites the record; review its diff like code.
"""

from __future__ import annotations

import difflib
from pathlib import Path

from conftest import ROOT, run_cli, tree_bytes

GOLDEN = ROOT / "tests" / "golden"


def _diff(rel: str, expected: bytes, actual: bytes) -> str:
    lines = difflib.unified_diff(
        expected.decode().splitlines(keepends=True),
        actual.decode().splitlines(keepends=True),
        fromfile=f"tests/golden/expected/{rel} (the record)",
        tofile=f"{rel} (rendered now)",
    )
    return "".join(lines)


def test_fixture_renders_to_the_golden_record(tmp_path: Path) -> None:
    out = tmp_path / "expected"
    result = run_cli("generate", "--no-runtime", "--spec", str(GOLDEN / "fixture.yaml"), "--out", str(out))
    assert result.exit_code == 0, result.output
    actual = tree_bytes(out)
    expected = tree_bytes(GOLDEN / "expected")
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    assert not missing, f"the golden record has files the generator no longer writes: {missing}"
    assert not extra, f"the generator writes files the golden record lacks: {extra} (run `make golden`)"
    diffs = [_diff(rel, expected[rel], actual[rel]) for rel in expected if actual[rel] != expected[rel]]
    assert not diffs, "the rendering differs from the golden record (run `make golden` if intended):\n" + "\n".join(diffs)


def test_the_record_holds_no_runtime_copies() -> None:
    for rel, data in tree_bytes(GOLDEN / "expected").items():
        assert b"copied from runtime/" not in data.split(b"\n", 1)[0], rel


def test_check_agrees_with_the_golden_record() -> None:
    result = run_cli("check", "--no-runtime", "--spec", str(GOLDEN / "fixture.yaml"), "--out", str(GOLDEN / "expected"))
    assert result.exit_code == 0, result.output


def test_fixture_uses_every_type_and_group() -> None:
    from generator import abi
    from generator.loader import load_catalogue
    from generator.naming import ROLES

    fixture = load_catalogue(GOLDEN / "fixture.yaml")
    params = {p.type.key for f in fixture.functions for p in f.params}
    results = {f.result.type.key for f in fixture.functions}
    assert params == set(abi.LOWERING), f"lowerings no fixture parameter uses: {set(abi.LOWERING) - params}"
    assert results == set(abi.RESULTS), f"result lowerings the fixture does not use: {set(abi.RESULTS) - results}"
    spellings = {p.type.spelling for f in fixture.functions for p in f.params}
    assert {"Tensor(a!)", "int[2]", "int[2]?", "reduction"} <= spellings, "in place, int-or-list and enum spellings"
    assert any(f.result.is_tuple for f in fixture.functions), "named results"
    assert any(p.keyword_only for f in fixture.functions for p in f.params), "keyword-only parameters"
    assert {f.role for f in fixture.functions if f.role} == set(ROLES), "every role"
    groups = {f.group.prefix for f in fixture.functions}
    assert {"torchtensor_", "tensor_", "torchstream_", "stream_", "nn_", "autograd_", ""} <= groups
    assert any(f.extension for f in fixture.functions) and any(f.deviation for f in fixture.functions)
    assert any(f.cuda for f in fixture.functions)
