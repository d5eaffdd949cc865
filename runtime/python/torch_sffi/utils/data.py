"""torch_sffi.utils.data.DistributedSampler: the part of a dataset one rank trains on, with the
indices torch.utils.data.DistributedSampler gives (shuffle with seed + epoch, drop_last,
padding by repetition), so that torch_sffi and PyTorch ranks split a dataset alike.

    sampler = DistributedSampler(dataset, shuffle=True, seed=0)   # rank, world size: the group's
    for epoch in range(epochs):
        sampler.set_epoch(epoch)
        for i in sampler: ...

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import math
from typing import Any, Iterator, Sized

from .. import _core as _c

__all__ = ["DistributedSampler"]


class DistributedSampler:
    """Restricts sampling to the indices of one rank (torch.utils.data.DistributedSampler).

    dataset is anything with a length. num_replicas and rank default to the default process
    group's world size and rank. With shuffle, the order is torch.randperm(len(dataset)) drawn
    from a generator seeded with seed + epoch (set_epoch before each epoch), the same on every
    rank; without drop_last the indices repeat from the start until every rank has as many,
    with it the tail that does not divide evenly is left out.
    """

    def __init__(self, dataset: Sized, num_replicas: int | None = None, rank: int | None = None, shuffle: bool = True, seed: int = 0, drop_last: bool = False) -> None:
        if num_replicas is None or rank is None:
            from .. import distributed as dist

            if not dist.is_available():
                raise RuntimeError("Requires distributed package to be available")
            if num_replicas is None:
                num_replicas = dist.get_world_size()
            if rank is None:
                rank = dist.get_rank()
        if rank >= num_replicas or rank < 0:
            raise ValueError(f"Invalid rank {rank}, rank should be in the interval [0, {num_replicas - 1}]")
        self.dataset = dataset
        self.num_replicas = num_replicas
        self.rank = rank
        self.epoch = 0
        self.drop_last = drop_last
        n = len(dataset)
        if self.drop_last and n % self.num_replicas != 0:
            self.num_samples = math.ceil((n - self.num_replicas) / self.num_replicas)
        else:
            self.num_samples = math.ceil(n / self.num_replicas)
        self.total_size = self.num_samples * self.num_replicas
        self.shuffle = shuffle
        self.seed = seed

    def __iter__(self) -> Iterator[int]:
        n = len(self.dataset)
        if self.shuffle:
            indices: list[Any] = _c.rt_torch_dist_shuffle_indices(n, self.seed + self.epoch).tolist()
        else:
            indices = list(range(n))
        if not self.drop_last:
            padding_size = self.total_size - len(indices)
            if padding_size <= len(indices):
                indices += indices[:padding_size]
            else:
                indices += (indices * math.ceil(padding_size / len(indices)))[:padding_size]
        else:
            indices = indices[: self.total_size]
        assert len(indices) == self.total_size
        indices = indices[self.rank : self.total_size : self.num_replicas]
        assert len(indices) == self.num_samples
        return iter(int(i) for i in indices)

    def __len__(self) -> int:
        return self.num_samples

    def set_epoch(self, epoch: int) -> None:
        """The epoch, which (with seed) decides the shuffle: call it before each epoch."""
        self.epoch = epoch
