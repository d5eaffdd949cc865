"""Rewrite the golden record: render tests/golden/fixture.yaml into tests/golden/expected/.

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
            ["generate", "--spec", str(HERE / "fixture.yaml"), "--out", str(HERE / "expected")],
            prog_name="sffi-gen",
            standalone_mode=True,
        )
    )
