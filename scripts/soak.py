"""Soak: a million create / operate / free cycles, through the C ABI and through torch_sffi.

Not a test (nothing is timed or asserted in CI): it reports resident-memory growth after a
warm-up and the live-handle count at the end, against the targets of docs/reliability.md
(under 1 MiB growth, zero handles left). Run after `make`:

    .venv/bin/python scripts/soak.py                 # both routes, 1,000,000 cycles each
    .venv/bin/python scripts/soak.py --cycles 100000 --route bridge --json build/reports/soak.json
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path
from typing import Callable

PAGE = os.sysconf("SC_PAGE_SIZE")


def rss_bytes() -> int:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * PAGE


def bridge_cycle() -> Callable[[], None]:
    from torch_sffi._native import ffi, lib

    dims = ffi.new("int64_t[]", [4, 4])
    out = ffi.new("double[]", 16)

    def cycle() -> None:
        x = lib.rt_torch_tensor_ones(dims, 2)
        y = lib.rt_torch_torchtensor_add_scalar(x, 1.0)
        z = lib.rt_torch_torchtensor_matmul(x, y)
        if lib.rt_torch_torchtensor_sum(z) != 128.0 or lib.rt_torch_torchtensor_data_f64(z, out, 16) != 16:
            raise SystemExit(f"wrong result: {lib.rt_torch_error_code()}")
        lib.rt_torch_torchtensor_free(z)
        lib.rt_torch_torchtensor_free(y)
        lib.rt_torch_torchtensor_free(x)
        lib.rt_torch_torchtensor_numel(0)  # an error on every cycle too: its message must not pile up

    return cycle


def python_cycle() -> Callable[[], None]:
    import torch_sffi as ts

    def cycle() -> None:
        x = ts.ones([4, 4])
        z = x @ (x + 1.0)  # freed by reference counting when the names go
        if z.sum().item() != 128.0 or len(z.tolist()) != 4:
            raise SystemExit("wrong result")
        try:
            x.reshape([5])
        except ts.TorchError:
            pass

    return cycle


def soak(name: str, cycle: Callable[[], None], cycles: int, live: Callable[[], int]) -> dict[str, object]:
    warmup = min(20_000, cycles // 10)
    for _ in range(warmup):
        cycle()
    live_start = live()
    rss_start = rss_bytes()
    start = time.perf_counter()
    for _ in range(cycles):
        cycle()
    seconds = time.perf_counter() - start
    rss_end = rss_bytes()
    result = {
        "route": name,
        "cycles": cycles,
        "warmup_cycles": warmup,
        "seconds": round(seconds, 2),
        "us_per_cycle": round(seconds / cycles * 1e6, 2),
        "rss_start_mib": round(rss_start / 2**20, 2),
        "rss_end_mib": round(rss_end / 2**20, 2),
        "rss_growth_kib": round((rss_end - rss_start) / 1024, 1),
        "live_handles_start": live_start,
        "live_handles_end": live(),
    }
    print(
        f"{name:7} {cycles:>9,} cycles in {seconds:6.1f} s ({result['us_per_cycle']} us/cycle): "
        f"RSS {result['rss_start_mib']} -> {result['rss_end_mib']} MiB "
        f"(growth {result['rss_growth_kib']} KiB), live handles {live_start} -> {result['live_handles_end']}",
        flush=True,
    )
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1_000_000)
    parser.add_argument("--route", choices=["bridge", "python", "both"], default="both")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    from torch_sffi._native import lib

    routes = {"bridge": bridge_cycle, "python": python_cycle}
    chosen = list(routes) if args.route == "both" else [args.route]
    results = [soak(name, routes[name](), args.cycles, lib.rt_torch_live_handles) for name in chosen]
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "python": sys.version.split()[0],
        "torch": __import__("importlib.metadata").metadata.version("torch"),
        "targets": {"rss_growth_kib": 1024, "live_handles_end": 0},
        "results": results,
    }
    ok = all(r["rss_growth_kib"] < 1024 and r["live_handles_end"] == 0 for r in results)  # type: ignore[operator]
    print("targets met" if ok else "TARGET MISSED", flush=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=2) + "\n")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
