"""One training run for `make bench`'s memory table: peak memory of a training step, in a fresh process.

`bench/bench.py` starts this script once per (model, route, repeat), so that no route inherits
another's heap. The run builds the model's data and weights (the same for both routes: made
by torch.nn layers from a fixed seed, copied into torch_sffi as the examples copy them),
trains `--warmup` steps (the optimizer's state and every cache exist after them), and then
measures the next `--steps` steps twice:

    rss      peak resident memory of the process over the steps minus the resident memory
             just before them. Before the steps: gc.collect(), malloc_trim(0) (so memory that
             malloc keeps from earlier steps does not hide a step's need), then the kernel's
             high-water mark is reset (`echo 5 > /proc/self/clear_refs`) and VmHWM read after.
    tensors  the peak of libtorch's own count of live CPU tensor bytes allocated during the
             steps (c10's CPU allocator keeps it while the profiler records memory; read
             from the "[memory]" events' "Total Allocated"). Exact and deterministic: the
             activations, gradients and temporaries a step holds at its worst moment;
             parameters, data and optimizer state made before the steps are not in it.

The torch_sffi route is the scope-based loop of README.md and examples/ (`with ts.scope():`
around each step); the PyTorch route is the same loop in plain PyTorch. Prints one JSON
object. Usage: `train_memory.py --model cnn --route torch_sffi`.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import sys
import tempfile
from typing import Any, Callable

import torch
import torch.nn.functional as F

MODELS = {  # both trained with SGD (momentum 0.9) and cross-entropy
    "mlp": "784-1024-1024-10 (linear, relu), batch 256",
    "cnn": "conv 3x3 to 32 channels, relu, max_pool 2; conv 3x3 to 64, relu, max_pool 2; linear 4096-10; batch 64x3x32x32",
}
BATCH = {"mlp": 256, "cnn": 64}


def data_and_weights(model: str) -> tuple[torch.Tensor, torch.Tensor, list[torch.Tensor]]:
    g = torch.Generator().manual_seed(0)
    torch.manual_seed(0)
    if model == "mlp":
        x = torch.randn(BATCH[model], 784, generator=g)
        layers: list[Any] = [torch.nn.Linear(784, 1024), torch.nn.Linear(1024, 1024), torch.nn.Linear(1024, 10)]
    else:
        x = torch.randn(BATCH[model], 3, 32, 32, generator=g)
        layers = [torch.nn.Conv2d(3, 32, 3, padding=1), torch.nn.Conv2d(32, 64, 3, padding=1), torch.nn.Linear(64 * 8 * 8, 10)]
    y = torch.randint(0, 10, (BATCH[model],), generator=g)
    return x, y, [t.detach().clone() for layer in layers for t in (layer.weight, layer.bias)]


def torch_step(model: str, x: torch.Tensor, y: torch.Tensor, weights: list[torch.Tensor]) -> Callable[[], float]:
    params = [w.clone().requires_grad_() for w in weights]
    opt = torch.optim.SGD(params, lr=0.01, momentum=0.9)
    w1, b1, w2, b2, w3, b3 = params

    if model == "mlp":

        def step() -> float:
            opt.zero_grad()
            h = F.linear(F.linear(x, w1, b1).relu(), w2, b2).relu()
            loss = F.cross_entropy(F.linear(h, w3, b3), y)
            loss.backward()  # type: ignore[no-untyped-call]
            opt.step()
            return loss.item()

    else:

        def step() -> float:
            opt.zero_grad()
            h = F.max_pool2d(F.conv2d(x, w1, b1, padding=1).relu(), 2)
            h = F.max_pool2d(F.conv2d(h, w2, b2, padding=1).relu(), 2)
            loss = F.cross_entropy(F.linear(h.reshape(BATCH[model], -1), w3, b3), y)
            loss.backward()  # type: ignore[no-untyped-call]
            opt.step()
            return loss.item()

    return step


def sffi_step(model: str, x0: torch.Tensor, y0: torch.Tensor, weights: list[torch.Tensor]) -> Callable[[], float]:
    import torch_sffi as ts

    x, y = ts.tensor(x0.tolist()), ts.tensor(y0.tolist())
    params = [ts.tensor(w.tolist(), requires_grad=True) for w in weights]
    opt = ts.optim.SGD(params, lr=0.01, momentum=0.9)
    w1, b1, w2, b2, w3, b3 = params

    if model == "mlp":

        def step() -> float:
            with ts.scope():  # frees this step's activations and loss when it ends
                opt.zero_grad()
                h = ts.nn.linear(ts.nn.linear(x, w1, b1).relu(), w2, b2).relu()
                loss = ts.nn.cross_entropy(ts.nn.linear(h, w3, b3), y)
                loss.backward()
                opt.step()
                return loss.item()

    else:

        def step() -> float:
            with ts.scope():
                opt.zero_grad()
                h = ts.nn.max_pool2d(ts.nn.conv2d(x, w1, b1, padding=1).relu(), 2)
                h = ts.nn.max_pool2d(ts.nn.conv2d(h, w2, b2, padding=1).relu(), 2)
                loss = ts.nn.cross_entropy(ts.nn.linear(h.reshape(BATCH[model], -1), w3, b3), y)
                loss.backward()
                opt.step()
                return loss.item()

    return step


def status_kib(key: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(key + ":"):
                return int(line.split()[1])
    raise SystemExit(f"no {key} in /proc/self/status")


def peak_rss_growth(step: Callable[[], float], steps: int) -> int:
    """KiB: the high-water mark of resident memory over the steps minus resident memory before."""
    gc.collect()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")  # reset VmHWM to the current resident size
    before = status_kib("VmRSS")
    for _ in range(steps):
        step()
    return status_kib("VmHWM") - before


def peak_tensor_bytes(step: Callable[[], float], steps: int) -> int:
    """Bytes: the peak of libtorch's count of live CPU allocations made during the steps."""
    from torch.profiler import ProfilerActivity, profile

    gc.collect()
    with profile(activities=[ProfilerActivity.CPU], profile_memory=True) as prof:
        for _ in range(steps):
            step()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "trace.json")
        prof.export_chrome_trace(path)
        with open(path) as fh:
            events = json.load(fh)["traceEvents"]
    totals = [e["args"]["Total Allocated"] for e in events if e.get("name") == "[memory]"]
    if not totals:
        raise SystemExit("the profiler recorded no memory events")
    return max(0, *(int(t) for t in totals))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", choices=list(MODELS), required=True)
    parser.add_argument("--route", choices=["torch", "torch_sffi"], required=True)
    parser.add_argument("--warmup", type=int, default=2)
    parser.add_argument("--steps", type=int, default=3, help="steps measured for RSS (and as many for the tensor count)")
    parser.add_argument("--no-tensors", action="store_true", help="skip the allocator count (RSS only)")
    args = parser.parse_args()

    x, y, weights = data_and_weights(args.model)
    make = torch_step if args.route == "torch" else sffi_step
    step = make(args.model, x, y, weights)
    del x, y, weights
    losses = [step() for _ in range(args.warmup)]
    result: dict[str, Any] = {"model": args.model, "route": args.route, "rss_kib": peak_rss_growth(step, args.steps)}
    if not args.no_tensors:
        result["tensor_bytes"] = peak_tensor_bytes(step, args.steps)
    result["losses"] = losses
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
