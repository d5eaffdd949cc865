"""A 2-layer MLP trained on synthetic points, through torch_sffi and PyTorch side by side.

Both start from the same data and the same initial weights (made by torch.nn.Linear and
copied into torch_sffi), train with the same optimizer, and print their loss curves side by
side. From the repository, after `make`:

    .venv/bin/python examples/mlp.py --steps 50 --optimizer adam
"""

from __future__ import annotations

import argparse
from typing import Any, Callable

import torch
import torch.nn.functional as F

import torch_sffi as ts

SAMPLES, FEATURES, HIDDEN, CLASSES = 128, 10, 32, 3


def make_data(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """Points scattered around one random centre per class, and their labels."""
    g = torch.Generator().manual_seed(seed)
    centres = 0.7 * torch.randn(CLASSES, FEATURES, generator=g)
    labels = torch.randint(0, CLASSES, (SAMPLES,), generator=g)
    points = centres[labels] + torch.randn(SAMPLES, FEATURES, generator=g)
    return points, labels


def init_weights(seed: int = 0) -> list[torch.Tensor]:
    """[w1, b1, w2, b2], initialised as torch.nn.Linear initialises them."""
    torch.manual_seed(seed)
    layers = [torch.nn.Linear(FEATURES, HIDDEN), torch.nn.Linear(HIDDEN, CLASSES)]
    return [t.detach().clone() for layer in layers for t in (layer.weight, layer.bias)]


def make_optimizer(optim: Any, params: list[Any], name: str) -> Any:
    """The same call for torch.optim and torch_sffi.optim."""
    if name == "sgd":
        return optim.SGD(params, lr=0.05, momentum=0.9, weight_decay=1e-4)
    return optim.Adam(params, lr=0.01, weight_decay=1e-4)


def train_sffi(
    data: tuple[torch.Tensor, torch.Tensor], weights: list[torch.Tensor], steps: int, optimizer: str,
    on_step: Callable[[int], None] | None = None,
) -> tuple[list[float], list[ts.Tensor]]:
    """Trains through torch_sffi; returns the loss of every step and the final parameters."""
    x, y = ts.tensor(data[0].tolist()), ts.tensor(data[1].tolist())
    params = [ts.tensor(w.tolist(), requires_grad=True) for w in weights]
    w1, b1, w2, b2 = params
    opt = make_optimizer(ts.optim, params, optimizer)
    losses = []
    for step in range(steps):
        with ts.scope():  # frees this step's activations and loss when it ends
            opt.zero_grad()
            logits = ts.nn.linear(ts.nn.linear(x, w1, b1).relu(), w2, b2)
            loss = ts.nn.cross_entropy(logits, y)
            loss.backward()
            opt.step()
            losses.append(loss.item())
        if on_step is not None:
            on_step(step)
    return losses, params


def train_torch(
    data: tuple[torch.Tensor, torch.Tensor], weights: list[torch.Tensor], steps: int, optimizer: str
) -> tuple[list[float], list[torch.Tensor]]:
    """The same training through PyTorch."""
    x, y = data
    params = [w.clone().requires_grad_() for w in weights]
    w1, b1, w2, b2 = params
    opt = make_optimizer(torch.optim, params, optimizer)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        logits = F.linear(F.linear(x, w1, b1).relu(), w2, b2)
        loss = F.cross_entropy(logits, y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses, params


def print_curves(ours: list[float], theirs: list[float]) -> float:
    """Prints both loss curves side by side; returns the largest difference."""
    print(f"{'step':>4}  {'torch_sffi':>12}  {'PyTorch':>12}  {'|difference|':>12}")
    for i, (a, b) in enumerate(zip(ours, theirs), 1):
        print(f"{i:>4}  {a:>12.8f}  {b:>12.8f}  {abs(a - b):>12.3g}")
    worst = max(abs(a - b) for a, b in zip(ours, theirs))
    print(f"largest difference over {len(ours)} steps: {worst:.3g}")
    return worst


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--optimizer", choices=["sgd", "adam"], default="sgd")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    data, weights = make_data(args.seed), init_weights(args.seed)
    ours, params = train_sffi(data, weights, args.steps, args.optimizer)
    theirs, ref_params = train_torch(data, weights, args.steps, args.optimizer)
    print_curves(ours, theirs)
    gap = max((torch.tensor(p.tolist()) - r.detach()).abs().max().item() for p, r in zip(params, ref_params))
    print(f"largest difference in the final parameters: {gap:.3g}")


if __name__ == "__main__":
    main()
