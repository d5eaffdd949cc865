"""One rank of a multi-process test of torch_sffi.distributed (tests/test_distributed.py starts
WORLD_SIZE of these with RANK, MASTER_ADDR and MASTER_PORT set, or runs them under torchrun).

    python dist_worker.py MODE INIT_METHOD TIMEOUT_SECONDS

MODE: collectives (every collective against its definition, computed with PyTorch from every
rank's input), torch (this rank runs PyTorch's own torch.distributed), fault (trains; the last
rank dies at step 3), silent (rank 0 all-reduces; the others never do). The last line printed is
a JSON report; a failed check exits non-zero with the reason.
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import timedelta
from typing import Any

import torch

RANK = int(os.environ.get("RANK", "0"))
WORLD = int(os.environ.get("WORLD_SIZE", "1"))
OPS = ("sum", "avg", "min", "max", "product")


def data(rank: int, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """The input of a rank: different on each, exact in float32 under every reduction."""
    g = torch.Generator().manual_seed(100 + rank)
    return torch.randint(-4, 5, (3, 4), generator=g).to(dtype)


def reduce_def(xs: list[torch.Tensor], op: str) -> torch.Tensor:
    s = torch.stack(xs)
    if op == "sum":
        return s.sum(0).to(xs[0].dtype)
    if op == "avg":
        return (s.sum(0) / len(xs)).to(xs[0].dtype)
    if op == "min":
        return s.amin(0)
    if op == "max":
        return s.amax(0)
    return s.prod(0).to(xs[0].dtype)


def init(dist: Any, init_method: str, timeout: float) -> None:
    if init_method == "env://":
        dist.init_process_group("gloo", init_method=init_method, timeout=timedelta(seconds=timeout))
    else:
        dist.init_process_group("gloo", init_method=init_method, rank=RANK, world_size=WORLD, timeout=timedelta(seconds=timeout))


def check(name: str, ours: Any, want: torch.Tensor) -> None:
    got = torch.tensor(ours.tolist(), dtype=want.dtype)
    if not torch.equal(got, want):
        sys.exit(f"rank {RANK}: {name}: got {got.tolist()}, want {want.tolist()}")


def collectives(init_method: str, timeout: float) -> dict[str, Any]:
    import torch_sffi as ts
    import torch_sffi.distributed as dist

    init(dist, init_method, timeout)
    assert dist.is_initialized() and dist.get_rank() == RANK and dist.get_world_size() == WORLD
    checked = []
    for dtype, sffi_dtype in ((torch.float32, ts.float32), (torch.int64, ts.int64)):
        inputs = [data(r, dtype) for r in range(WORLD)]
        for op in OPS if dtype.is_floating_point else [o for o in OPS if o != "avg"]:  # AVG of ints: PyTorch's RuntimeError too
            t = ts.tensor(inputs[RANK].tolist(), dtype=sffi_dtype)
            assert dist.all_reduce(t, op=getattr(dist.ReduceOp, op.upper() if op != "product" else "PRODUCT")) is None
            check(f"all_reduce {op} {dtype}", t, reduce_def(inputs, op))
            checked.append(f"all_reduce/{op}/{dtype}")
        for src in range(WORLD):
            t = ts.tensor(inputs[RANK].tolist(), dtype=sffi_dtype)
            dist.broadcast(t, src=src)
            check(f"broadcast from {src}", t, inputs[src])
        checked.append(f"broadcast/{dtype}")
        outs = [ts.zeros(3, 4, dtype=sffi_dtype) for _ in range(WORLD)]
        dist.all_gather(outs, ts.tensor(inputs[RANK].tolist(), dtype=sffi_dtype))
        for r in range(WORLD):
            check(f"all_gather item {r}", outs[r], inputs[r])
        checked.append(f"all_gather/{dtype}")
        # reduce_scatter: rank q's list is [data(q*WORLD + i) for i]; rank r gets the reduction of item r.
        lists = [[data(q * WORLD + i, dtype) for i in range(WORLD)] for q in range(WORLD)]
        for op in ("sum", "max"):
            out = ts.zeros(3, 4, dtype=sffi_dtype)
            dist.reduce_scatter(out, [ts.tensor(t.tolist(), dtype=sffi_dtype) for t in lists[RANK]], op=getattr(dist.ReduceOp, op.upper()))
            check(f"reduce_scatter {op}", out, reduce_def([lists[q][RANK] for q in range(WORLD)], op))
            checked.append(f"reduce_scatter/{op}/{dtype}")
    dist.barrier()
    start = time.perf_counter()
    dist.barrier()
    checked.append("barrier")
    dist.destroy_process_group()
    assert not dist.is_initialized()
    return {"rank": RANK, "checked": checked, "barrier_s": time.perf_counter() - start}


def torch_side(init_method: str, timeout: float) -> dict[str, Any]:
    """PyTorch's own torch.distributed, in a group with torch_sffi ranks."""
    import torch.distributed as dist

    init(dist, init_method, timeout)
    t = data(RANK)
    dist.all_reduce(t)
    b = data(RANK)
    dist.broadcast(b, src=WORLD - 1)
    outs = [torch.zeros(3, 4) for _ in range(WORLD)]
    dist.all_gather(outs, data(RANK))
    dist.barrier()
    dist.destroy_process_group()
    return {"rank": RANK, "all_reduce": t.tolist(), "broadcast": b.tolist(), "all_gather": [o.tolist() for o in outs]}


def sffi_side(init_method: str, timeout: float) -> dict[str, Any]:
    """The same calls through torch_sffi."""
    import torch_sffi as ts
    import torch_sffi.distributed as dist

    init(dist, init_method, timeout)
    t = ts.tensor(data(RANK).tolist())
    dist.all_reduce(t)
    b = ts.tensor(data(RANK).tolist())
    dist.broadcast(b, src=WORLD - 1)
    outs = [ts.zeros(3, 4) for _ in range(WORLD)]
    dist.all_gather(outs, ts.tensor(data(RANK).tolist()))
    dist.barrier()
    dist.destroy_process_group()
    return {"rank": RANK, "all_reduce": t.tolist(), "broadcast": b.tolist(), "all_gather": [o.tolist() for o in outs]}


def fault(init_method: str, timeout: float) -> dict[str, Any]:
    """Data-parallel training in which the last rank dies at step 3: the others must fail with a
    distributed error (a RuntimeError) within the timeout."""
    import torch_sffi as ts
    import torch_sffi.distributed as dist
    from torch_sffi.nn.parallel import DistributedDataParallel

    init(dist, init_method, timeout)
    model = DistributedDataParallel(ts.nn.Linear(8, 2))
    opt = ts.optim.SGD(model.parameters(), lr=0.1)
    x = ts.ones(4, 8)
    for step in range(1000):
        if step == 3 and RANK == WORLD - 1:
            os._exit(17)  # dies without a word to the others
        start = time.perf_counter()
        try:
            with ts.scope():
                opt.zero_grad()
                model(x).sum().backward()
                opt.step()
        except Exception as e:  # noqa: BLE001 - the report names the class
            return {
                "rank": RANK,
                "step": step,
                "error": type(e).__name__,
                "is_runtime_error": isinstance(e, RuntimeError),
                "is_distributed_error": isinstance(e, dist.DistError),
                "message": str(e),
                "seconds": time.perf_counter() - start,
            }
    return {"rank": RANK, "error": None}


def silent(init_method: str, timeout: float) -> dict[str, Any]:
    """Rank 0 all-reduces; the others join the group and never do: rank 0 must time out."""
    import torch_sffi as ts
    import torch_sffi.distributed as dist

    init(dist, init_method, timeout)
    if RANK != 0:
        time.sleep(timeout + 4)
        return {"rank": RANK}
    start = time.perf_counter()
    try:
        dist.all_reduce(ts.ones(3))
    except Exception as e:  # noqa: BLE001
        return {"rank": RANK, "error": type(e).__name__, "is_runtime_error": isinstance(e, RuntimeError), "message": str(e), "seconds": time.perf_counter() - start}
    return {"rank": RANK, "error": None}


MODES = {"collectives": collectives, "torch": torch_side, "sffi": sffi_side, "fault": fault, "silent": silent}

if __name__ == "__main__":
    mode, init_method, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    report = MODES[mode](init_method, timeout)
    print(json.dumps(report), flush=True)
