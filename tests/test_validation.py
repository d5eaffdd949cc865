"""Bad catalogues: each file in tests/bad_catalogues/ has one flaw and pins its message.

The first line of each file is `# expect: <the one line sffi-gen must print>`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import GENERATED, ROOT, run_cli, tree_bytes

BAD = sorted((ROOT / "tests" / "bad_catalogues").glob("*.yaml"))


def expected_message(path: Path) -> str:
    first = path.read_text().splitlines()[0]
    assert first.startswith("# expect: "), f"{path.name} must start with '# expect: '"
    return first[len("# expect: ") :]


def test_there_are_many_bad_catalogues() -> None:
    assert len(BAD) >= 25


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_validate_prints_one_pinned_line_and_exits_2(path: Path) -> None:
    result = run_cli("validate", "--spec", path.relative_to(ROOT).as_posix())
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [expected_message(path)]
    assert result.stdout == ""


@pytest.mark.parametrize("path", BAD, ids=[p.stem for p in BAD])
def test_generate_with_a_bad_catalogue_leaves_output_byte_identical(path: Path, tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out)
    before = tree_bytes(out)
    result = run_cli("generate", "--spec", path.relative_to(ROOT).as_posix(), "--out", str(out))
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [expected_message(path)]
    assert tree_bytes(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["generated"], "no staging or lock leftovers"


def test_all_problems_are_reported_in_one_run(tmp_path: Path) -> None:
    text = (ROOT / "tests" / "bad_catalogues" / "unknown_type.yaml").read_text()
    text = text.replace("category: maths", "category: math").replace("summary: Zeros of a shape.", "summary: ''")
    spec = tmp_path / "two.yaml"
    spec.write_text(text.replace("../golden/research.yaml", str(ROOT / "tests" / "golden" / "research.yaml")))
    result = run_cli("validate", "--spec", str(spec))
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 2
    assert "'summary' of the entry must not be empty" in lines[0]
    assert "unknown type 'tensr'" in lines[1]
    assert all(line.startswith(f"{spec}:") for line in lines)


def test_missing_catalogue_file() -> None:
    result = run_cli("validate", "--spec", "no/such/catalogue.yaml")
    assert result.exit_code == 2
    assert result.stderr.strip() == "no/such/catalogue.yaml:1: file not found"


def test_the_real_catalogue_is_valid() -> None:
    result = run_cli("validate")
    assert result.exit_code == 0, result.stderr
    assert "104 reference" in result.stdout
