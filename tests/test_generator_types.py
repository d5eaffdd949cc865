"""The generator itself is fully typed: mypy --strict (configured in pyproject.toml) passes."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_mypy_strict_passes_on_the_generator() -> None:
    proc = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_fast_wrap_folds_as_textwrap_does() -> None:
    """common.wrap folds word by word; it must give textwrap's lines for every catalogue text."""
    import textwrap

    from generator.loader import load_catalogue
    from generator.targets.common import wrap

    catalogue = load_catalogue(ROOT / "spec" / "torch_api.yaml")
    texts = [f.summary for f in catalogue.functions] + [p.doc for f in catalogue.functions for p in f.params]
    texts += [f.result.doc for f in catalogue.functions] + [f.deviation or "" for f in catalogue.functions]
    texts += ["", "   ", "a " * 60, "x" * 120 + " short", "word\twith\ttabs and  double  spaces"]
    for text in texts:
        for width in (40, 80, 86, 88):
            expected = textwrap.wrap(" ".join(text.split()), width=width, break_long_words=False, break_on_hyphens=False)
            assert wrap(text, width) == expected, (text, width)
