#!/usr/bin/env python3
"""Runs PyTorch's OpInfo samples through torch_sffi and the C ABI, writes docs/opinfo.md and docs/opinfo.json.

    .venv/bin/python scripts/opinfo_report.py          (or: make opinfo)
    .venv/bin/python scripts/opinfo_report.py --check  (exit 1 when the committed report is stale)

The harness is tests/opinfo_harness.py (the C ABI route: tests/opinfo_cabi.py). tests/test_opinfo.py
checks that the committed report is of the current tree (the fingerprint of its inputs) and re-runs
a fixed subset of the entries to compare with it. The report has no dates, so it changes only when
the catalogue, the generated code, the runtime, the harness or torch does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

import opinfo_harness as harness  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed report instead of writing it")
    parser.add_argument("-v", "--verbose", action="store_true", help="name each OpInfo entry as it runs")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    paths = harness.bound_pytorch_paths()
    ops = harness.bound_opinfos(paths)
    print(f"catalogue: {len(paths)} PyTorch callables; bound OpInfo entries: {len(ops)}")
    run = harness.run(ops=ops, paths=paths, progress=(lambda s: print(f"  {s}", flush=True)) if args.verbose else None)
    md, js = harness.render_report(run)
    elapsed = time.perf_counter() - start

    if args.check:
        stale = [p for p, text in ((harness.REPORT_MD, md), (harness.REPORT_JSON, js)) if not p.is_file() or p.read_text() != text]
        for p in stale:
            print(f"{p.relative_to(ROOT)} is out of date: run `make opinfo`", file=sys.stderr)
        return 1 if stale else 0
    harness.REPORT_MD.parent.mkdir(parents=True, exist_ok=True)
    harness.REPORT_MD.write_text(md)
    harness.REPORT_JSON.write_text(js)
    print(harness.summary_line(run).replace("**", ""))
    for route in run.routes:
        print(f"{harness.ROUTE_TITLES[route]}: {run.count('match', route):,} of {len(run.of(route)):,} match; refused most for:")
        for reason, count, _ in run.refusals(route)[:8]:
            print(f"  {count:6,}  {reason[:160]}")
    print(f"wrote {harness.REPORT_MD.relative_to(ROOT)} and {harness.REPORT_JSON.relative_to(ROOT)} in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
