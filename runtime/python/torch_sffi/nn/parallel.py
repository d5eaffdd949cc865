"""Data-parallel training: torch_sffi.nn.parallel.DistributedDataParallel, as PyTorch's.

    dist.init_process_group("gloo")
    model = DistributedDataParallel(MLP())       # rank 0's parameters on every rank
    opt = torch_sffi.optim.SGD(model.parameters(), lr=0.1)
    loss = F.mse_loss(model(x_local), y_local)   # each rank its part of the batch
    loss.backward()
    opt.step()                                   # backward left the ranks' mean gradient

Construction broadcasts the wrapped module's parameters and buffers from rank 0, so every rank
starts alike. A forward marks the wrapper's gradients as due for averaging; the backward that
follows averages them across the ranks as it returns (one all_reduce of all gradients, flattened,
with ReduceOp.AVG, at the "after_backward" hook point of Tensor.backward), so from then on every
rank reads the mean gradient, as with PyTorch's DDP (gradient clipping between backward and
step() sees it too), and `loss.backward(); opt.step()` stays as it is. no_sync() skips the
averaging (gradient accumulation: the first backward after a forward outside it averages what
accumulated); buffers are broadcast from rank 0 at each forward (broadcast_buffers=True), as
PyTorch does. sync_gradients() averages on demand.

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import contextlib
import weakref
from typing import Any, Iterator

from .. import _tensor as _t
from .. import distributed as dist
from .._runtime import add_hook
from ..autograd import no_grad
from ..utils.hooks import RemovableHandle
from .module import Module

__all__ = ["DistributedDataParallel"]

# The wrappers whose gradients a backward since their forward left to average.
_pending: weakref.WeakSet[DistributedDataParallel] = weakref.WeakSet()


class DistributedDataParallel(Module):
    """Replicates a module across the ranks of a process group and averages its gradients."""

    def __init__(
        self,
        module: Module,
        device_ids: Any = None,
        output_device: Any = None,
        dim: int = 0,
        broadcast_buffers: bool = True,
        process_group: dist.ProcessGroup | None = None,
        bucket_cap_mb: float | None = None,
        find_unused_parameters: bool = False,
        check_reduction: bool = False,
        gradient_as_bucket_view: bool = False,
        static_graph: bool = False,
    ) -> None:
        super().__init__()
        if device_ids is not None and len(device_ids) > 0:
            raise ValueError("DistributedDataParallel device_ids and output_device arguments only work with single-device/multiple-device GPU modules or CPU modules, but got device_ids [...] for a CPU module.")
        self.module = module
        self.process_group = process_group
        self.broadcast_buffers = broadcast_buffers
        self.require_backward_grad_sync = True
        self.world_size = dist.get_world_size(process_group)
        with no_grad():
            for p in module.parameters():
                dist.broadcast(p, 0, group=process_group)
            for b in module.buffers():
                dist.broadcast(b, 0, group=process_group)
        _install_hook()

    def forward(self, *inputs: Any, **kwargs: Any) -> Any:
        if self.broadcast_buffers:
            with no_grad():
                for b in self.module.buffers():
                    dist.broadcast(b, 0, group=self.process_group)
        if self.require_backward_grad_sync:
            _pending.add(self)
        return self.module(*inputs, **kwargs)

    @contextlib.contextmanager
    def no_sync(self) -> Iterator[None]:
        """Forwards inside leave their gradients unaveraged (accumulate, then sync once)."""
        old = self.require_backward_grad_sync
        self.require_backward_grad_sync = False
        try:
            yield
        finally:
            self.require_backward_grad_sync = old

    def sync_gradients(self) -> None:
        """Averages the gradients across the ranks now (the backward after a forward does it)."""
        _pending.discard(self)
        grads = [g for g in (p.grad for p in self.module.parameters()) if g is not None]
        if not grads:
            dist.barrier(self.process_group)  # every rank takes part, with or without gradients
            return
        with no_grad():
            flat = _t.cat([g.reshape(-1) for g in grads])
            dist.all_reduce(flat, op=dist.ReduceOp.AVG, group=self.process_group)
            offset = 0
            for g in grads:
                n = _t.numel(g)
                g.copy_(flat[offset : offset + n].view_as(g))
                offset += n


def _sync_pending() -> None:
    """Averages the gradients of every wrapper whose forward a backward has just gone through."""
    for ddp in list(_pending):
        ddp.sync_gradients()


_hook: RemovableHandle | None = None


def _install_hook() -> None:
    global _hook
    if _hook is None:
        _hook = add_hook("after_backward", _sync_pending)
