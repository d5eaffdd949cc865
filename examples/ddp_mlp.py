"""examples/mlp.py's MLP trained data-parallel with torch_sffi.distributed: each process trains
on its part of the batch (DistributedSampler), DistributedDataParallel averages the gradients,
and every rank ends with the parameters that training on the whole batch in one process gives.

Two processes on this machine, started by PyTorch's launcher (torch_sffi reads the environment
torchrun sets: MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE), from the repository after `make`:

    .venv/bin/torchrun --nproc_per_node=2 examples/ddp_mlp.py --steps 50

Without torchrun (WORLD_SIZE unset) it trains in one process on the whole batch. --out FILE
writes the final parameters, the rank and the steps per second as JSON (FILE may hold {rank}).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from datetime import timedelta
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import mlp  # noqa: E402

import torch_sffi as ts  # noqa: E402
import torch_sffi.distributed as dist  # noqa: E402
from torch_sffi.nn.parallel import DistributedDataParallel  # noqa: E402
from torch_sffi.utils.data import DistributedSampler  # noqa: E402


class MLP(ts.nn.Module):
    """mlp.py's network as a module: linear, relu, linear."""

    def __init__(self, seed: int) -> None:
        super().__init__()
        self.fc1 = ts.nn.Linear(mlp.FEATURES, mlp.HIDDEN)
        self.fc2 = ts.nn.Linear(mlp.HIDDEN, mlp.CLASSES)
        with ts.no_grad():  # torch.nn.Linear's initial weights for this seed
            for p, w in zip(self.parameters(), mlp.init_weights(seed)):
                p.copy_(ts.tensor(w.tolist()))

    def forward(self, x: ts.Tensor) -> ts.Tensor:
        return self.fc2(self.fc1(x).relu())


def train(steps: int, optimizer: str = "sgd", seed: int = 0, timeout: float = 60.0, clip: float | None = None) -> dict[str, Any]:
    """Trains for `steps` steps, data-parallel when launched with WORLD_SIZE set; clip: clip the
    gradients' norm to it between backward and step (they are the ranks' mean by then)."""
    distributed = "WORLD_SIZE" in os.environ
    if distributed:
        dist.init_process_group("gloo", timeout=timedelta(seconds=timeout))
    rank = dist.get_rank() if distributed else 0
    world_size = dist.get_world_size() if distributed else 1
    points, labels = mlp.make_data(seed)
    # Every rank starts from other weights: DistributedDataParallel broadcasts rank 0's.
    model: ts.nn.Module = MLP(seed + rank)
    if distributed:
        model = DistributedDataParallel(model)
    sampler = DistributedSampler(range(mlp.SAMPLES), num_replicas=world_size, rank=rank, shuffle=False)
    mine = list(sampler)
    x, y = ts.tensor(points[mine].tolist()), ts.tensor(labels[mine].tolist())
    opt = mlp.make_optimizer(ts.optim, list(model.parameters()), optimizer)
    start = time.perf_counter()
    for _ in range(steps):
        with ts.scope():  # frees this step's activations, loss and gradients' handles
            opt.zero_grad()
            loss = ts.nn.cross_entropy(model(x), y)
            loss.backward()
            if clip is not None:
                ts.nn.utils.clip_grad_norm_(model.parameters(), clip)
            opt.step()
    seconds = time.perf_counter() - start
    result = {
        "rank": rank,
        "world_size": world_size,
        "steps_per_second": steps / seconds,
        "params": [p.tolist() for p in model.parameters()],
    }
    if distributed:
        dist.destroy_process_group()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--optimizer", choices=["sgd", "adam"], default="sgd")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds a collective may wait for the other ranks")
    parser.add_argument("--clip", type=float, help="clip the gradients' norm to this between backward and step")
    parser.add_argument("--out", help="write the result as JSON here ({rank} is replaced by the rank)")
    args = parser.parse_args()
    result = train(args.steps, args.optimizer, args.seed, args.timeout, args.clip)
    print(f"rank {result['rank']} of {result['world_size']}: {args.steps} steps, {result['steps_per_second']:.1f} steps/s")
    if args.out:
        with open(args.out.format(rank=result["rank"]), "w", encoding="utf-8") as f:
            json.dump(result, f)


if __name__ == "__main__":
    main()
