"""Steps per second of data-parallel training with torch_sffi.distributed, for 1, 2 and 4
processes on this machine (docs/distributed.md, README.md's "Multi-process training").

Runs examples/ddp_mlp.py (examples/mlp.py's MLP, SGD, the 128-sample batch split between the
ranks) under PyTorch's launcher for each world size, a few times, and keeps each world size's
best run (the slowest rank's steps per second in it). From the repository, after `make`:

    .venv/bin/python bench/dist_scaling.py --steps 200 --repeats 3
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "ddp_mlp.py"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(world: int, steps: int) -> float:
    """The slowest rank's steps per second in one run of `world` processes."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "rank{rank}.json")
        env = {**os.environ, "OMP_NUM_THREADS": "1"}
        for name in ("RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT", "LOCAL_RANK"):
            env.pop(name, None)
        if world == 1:
            cmd = [sys.executable, str(EXAMPLE), "--steps", str(steps), "--out", out]
        else:
            cmd = [sys.executable, "-m", "torch.distributed.run", f"--nproc_per_node={world}", f"--master_port={free_port()}",
                   str(EXAMPLE), "--steps", str(steps), "--out", out]  # fmt: skip
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=600)
        rates = [json.loads(Path(out.format(rank=r)).read_text())["steps_per_second"] for r in range(world)]
        return min(rates)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json", help="write the figures here as JSON")
    args = parser.parse_args()
    cores = os.cpu_count()
    results = {}
    for world in (1, 2, 4):
        results[world] = max(run(world, args.steps) for _ in range(args.repeats))
    print(f"{platform.machine()}, {cores} cores, {args.steps} steps of the 128-sample MLP batch, one intra-op thread per process")
    print("| processes | steps/s | samples/s | speed-up |")
    print("|---|---|---|---|")
    for world, rate in results.items():
        print(f"| {world} | {rate:.1f} | {rate * 128:.0f} | {rate / results[1]:.2f}x |")
    if args.json:
        Path(args.json).write_text(json.dumps({"cores": cores, "steps": args.steps, "steps_per_second": results}, indent=1) + "\n")


if __name__ == "__main__":
    main()
