"""Golden record: the fixture catalogue renders to exactly tests/golden/expected/.

Compared whole: every file's bytes, and no file missing or extra. After an intended change,
`make golden` rewrites the record; review its diff like code.
"""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT, run_cli, tree_bytes

GOLDEN = ROOT / "tests" / "golden"


def test_fixture_renders_to_the_golden_record(tmp_path: Path) -> None:
    out = tmp_path / "expected"
    result = run_cli("generate", "--spec", str(GOLDEN / "fixture.yaml"), "--out", str(out))
    assert result.exit_code == 0, result.output
    actual = tree_bytes(out)
    expected = tree_bytes(GOLDEN / "expected")
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    assert not missing, f"the golden record has files the generator no longer writes: {missing}"
    assert not extra, f"the generator writes files the golden record lacks: {extra} (run `make golden`)"
    for rel in expected:
        assert actual[rel] == expected[rel], f"{rel} differs from the golden record (run `make golden` if intended)"


def test_check_agrees_with_the_golden_record() -> None:
    result = run_cli("check", "--spec", str(GOLDEN / "fixture.yaml"), "--out", str(GOLDEN / "expected"))
    assert result.exit_code == 0, result.output


def test_fixture_uses_every_type_and_group() -> None:
    from generator.loader import load_catalogue
    from generator.naming import GROUPS
    from generator.types import VOCABULARY

    fixture = load_catalogue(GOLDEN / "fixture.yaml")
    used = {p.type.name for f in fixture.functions for p in f.params} | {f.result.type.name for f in fixture.functions}
    assert used == set(VOCABULARY)
    groups = {f.group.prefix for f in fixture.functions}
    assert {"torchtensor_", "tensor_", "torchstream_", "stream_", "nn_", "autograd_", ""} <= groups
    assert any(f.extension for f in fixture.functions) and any(f.deviation for f in fixture.functions)
    assert any(f.cuda for f in fixture.functions)
