"""The generator under failure: template errors and runs killed part-way through writing."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from conftest import ROOT, run_cli, tree_bytes

TEMPLATES = ROOT / "templates"


@pytest.fixture()
def templates(tmp_path: Path) -> Path:
    copy = tmp_path / "templates"
    shutil.copytree(TEMPLATES, copy)
    return copy


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("{% for decl in section.decls %}", "{% for decl in section.decls %"), "simple/ffi.spl.j2:29: template error: unexpected '%'"),
        (("{{ decl.signature }}", "{{ decl.signatur }}"), "simple/ffi.spl.j2:32: template error: 'generator.targets.simple.Decl object' has no attribute 'signatur'"),
        (("{{ banner }}\n# Exports", "{{ no_such_name }}\n# Exports"), "simple/ffi.spl.j2:36: template error: 'no_such_name' is undefined"),
    ],
    ids=["syntax", "attribute", "undefined"],
)
def test_a_template_error_names_file_and_line_and_writes_nothing(
    project: Path, templates: Path, edit: tuple[str, str], expected: str
) -> None:
    path = templates / "simple" / "ffi.spl.j2"
    text = path.read_text()
    assert edit[0] in text
    path.write_text(text.replace(edit[0], edit[1], 1))
    before = tree_bytes(project / "generated")
    result = run_cli("generate", "--templates", str(templates), cwd=project)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"templates/{expected}"]  # shown relative to the working folder
    assert tree_bytes(project / "generated") == before


# A run of `sffi-gen generate` that SIGKILLs itself after staging `n` files: the kill lands
# at a chosen point of the write instead of a random one.
KILLER = textwrap.dedent(
    """
    import os, signal, sys
    import generator.writer as writer
    limit = int(sys.argv[1])
    where = sys.argv[2]
    count = [0]
    if where == "staging":
        real_link, real_open = writer._link_or_copy, open
        def counted(*args, **kwargs):
            count[0] += 1
            if count[0] > limit:
                os.kill(os.getpid(), signal.SIGKILL)
            return real_link(*args, **kwargs)
        writer._link_or_copy = counted
        import builtins
        def counted_open(file, mode="r", *args, **kwargs):
            if "w" in mode and ".sffi-staging" in str(file):
                count[0] += 1
                if count[0] > limit:
                    os.kill(os.getpid(), signal.SIGKILL)
            return real_open(file, mode, *args, **kwargs)
        builtins.open = counted_open
    elif where == "after-swap":
        real_carry = writer._carry_byproducts
        def die(*args):
            os.kill(os.getpid(), signal.SIGKILL)
        writer._carry_byproducts = die
    from generator.cli import main
    main(["generate"], prog_name="sffi-gen")
    """
)


def _edit_spec(project: Path) -> None:
    spec = project / "spec" / "torch_api.yaml"
    text = spec.read_text()
    spec.write_text(text.replace("summary: The n x n identity matrix.", "summary: The n by n identity matrix."))


@pytest.mark.parametrize(("where", "limit"), [("staging", 0), ("staging", 2), ("staging", 5), ("after-swap", 0)])
def test_a_killed_run_leaves_the_old_tree_or_the_new_one(project: Path, where: str, limit: int) -> None:
    gen = project / "generated"
    old = tree_bytes(gen)
    _edit_spec(project)
    # What a complete run would write:
    reference = project / "reference"
    assert run_cli("generate", "--out", str(reference), "--spec", str(project / "spec" / "torch_api.yaml")).exit_code == 0
    new = tree_bytes(reference)
    shutil.rmtree(reference)
    assert old != new

    proc = subprocess.run([sys.executable, "-c", KILLER, str(limit), where], cwd=project, capture_output=True, text=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    state = tree_bytes(gen)
    assert state in (old, new), "generated/ must be the old tree or the new one, never a mix"
    expected = old if where == "staging" else new
    assert state == expected

    # The next run cleans the leftovers and completes the job.
    result = run_cli("generate", cwd=project)
    assert result.exit_code == 0, result.output
    assert tree_bytes(gen) == new
    assert sorted(p.name for p in project.iterdir()) == ["generated", "spec"], "no staging leftovers"
    assert run_cli("check", cwd=project).exit_code == 0


def test_a_stale_staging_folder_is_cleaned_and_never_mistaken_for_output(project: Path) -> None:
    staging = project / ".generated.sffi-staging"
    staging.mkdir()
    (staging / "half.cpp").write_text("// half-written\n")
    assert run_cli("check", cwd=project).exit_code == 0, "check ignores leftovers and writes nothing"
    assert staging.exists()
    _edit_spec(project)
    assert run_cli("generate", cwd=project).exit_code == 0
    assert not staging.exists()
