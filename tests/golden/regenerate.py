"""Rewrite the golden record: render tests/golden/fixture.yaml into tests/golden/expected/.

The record stores what the catalogue decides only: the copies of the hand-written runtime
(runtime/) are left out (--no-runtime); they are checked as the source files they are.

Run it (or `make golden`) after an intended change to the templates or the generator, and
review the diff of tests/golden/expected/ before committing it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from generator.cli import main

HERE = Path(__file__).resolve().parent

if __name__ == "__main__":
    sys.exit(
        main(
            ["generate", "--no-runtime", "--spec", str(HERE / "fixture.yaml"), "--out", str(HERE / "expected")],
            prog_name="sffi-gen",
            standalone_mode=True,
        )
    )
