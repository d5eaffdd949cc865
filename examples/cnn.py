"""A small CNN trained on synthetic images, through torch_sffi and PyTorch side by side.

The network: conv2d, batch_norm, relu, max_pool2d, linear, cross-entropy. Each 8x8 image shows
a horizontal bar, a vertical bar or a diagonal (its class) under noise as strong as the bar.
Both sides start from the same images and the same initial weights (made by torch.nn layers
and copied into torch_sffi), train with the same optimizer, and print their loss curves.
From the repository, after `make`:

    .venv/bin/python examples/cnn.py --steps 50 --optimizer sgd
"""

from __future__ import annotations

import argparse
from typing import Any, Callable

import torch
import torch.nn.functional as F

import torch_sffi as ts

IMAGES, SIZE, CHANNELS, CLASSES = 32, 8, 4, 3


def make_data(seed: int = 0) -> tuple[torch.Tensor, torch.Tensor]:
    """Noisy images of shape (IMAGES, 1, SIZE, SIZE) and their labels."""
    g = torch.Generator().manual_seed(seed)
    shapes = torch.zeros(CLASSES, SIZE, SIZE)
    shapes[0, SIZE // 2, :] = 1.0  # a horizontal bar
    shapes[1, :, SIZE // 2] = 1.0  # a vertical bar
    shapes[2] = torch.eye(SIZE)  # a diagonal
    labels = torch.randint(0, CLASSES, (IMAGES,), generator=g)
    images = shapes[labels].unsqueeze(1) + torch.randn(IMAGES, 1, SIZE, SIZE, generator=g)
    return images, labels


def init_weights(seed: int = 0) -> list[torch.Tensor]:
    """Convolution, batch-norm and linear weights, as torch.nn initialises them, then the
    batch-norm running statistics (updated in place while training, not trained)."""
    torch.manual_seed(seed)
    conv = torch.nn.Conv2d(1, CHANNELS, 3, padding=1)
    norm = torch.nn.BatchNorm2d(CHANNELS)
    fc = torch.nn.Linear(CHANNELS * (SIZE // 2) ** 2, CLASSES)
    tensors = [conv.weight, conv.bias, norm.weight, norm.bias, fc.weight, fc.bias, norm.running_mean, norm.running_var]
    return [t.detach().clone() for t in tensors]


def make_optimizer(optim: Any, params: list[Any], name: str) -> Any:
    """The same call for torch.optim and torch_sffi.optim."""
    if name == "sgd":
        return optim.SGD(params, lr=0.02, momentum=0.9, weight_decay=1e-4)
    return optim.Adam(params, lr=0.01, weight_decay=1e-4)


def train_sffi(
    data: tuple[torch.Tensor, torch.Tensor], weights: list[torch.Tensor], steps: int, optimizer: str,
    on_step: Callable[[int], None] | None = None,
) -> tuple[list[float], list[ts.Tensor]]:
    """Trains through torch_sffi; returns the loss of every step and the final parameters."""
    x, y = ts.tensor(data[0].tolist()), ts.tensor(data[1].tolist())
    tensors = [ts.tensor(w.tolist(), requires_grad=i < 6) for i, w in enumerate(weights)]
    conv_w, conv_b, bn_w, bn_b, fc_w, fc_b, running_mean, running_var = tensors
    params = tensors[:6]
    opt = make_optimizer(ts.optim, params, optimizer)
    losses = []
    for step in range(steps):
        with ts.scope():  # frees this step's activations and loss when it ends
            opt.zero_grad()
            h = ts.nn.conv2d(x, conv_w, conv_b, padding=1)
            h = ts.nn.batch_norm(h, running_mean, running_var, bn_w, bn_b, training=True)
            h = ts.nn.max_pool2d(h.relu(), 2)
            logits = ts.nn.linear(h.reshape(IMAGES, -1), fc_w, fc_b)
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
    tensors = [w.clone().requires_grad_(i < 6) for i, w in enumerate(weights)]
    conv_w, conv_b, bn_w, bn_b, fc_w, fc_b, running_mean, running_var = tensors
    params = tensors[:6]
    opt = make_optimizer(torch.optim, params, optimizer)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        h = F.conv2d(x, conv_w, conv_b, padding=1)
        h = F.batch_norm(h, running_mean, running_var, bn_w, bn_b, training=True)
        h = F.max_pool2d(h.relu(), 2)
        logits = F.linear(h.reshape(IMAGES, -1), fc_w, fc_b)
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
