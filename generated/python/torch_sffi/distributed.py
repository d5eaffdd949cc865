# copied from runtime/python/torch_sffi/distributed.py by sffi-gen; edit that file, not this copy
"""Data-parallel training: torch_sffi.distributed is torch.distributed's process-group API over
PyTorch's own c10d engine (the Gloo backend on the CPU), through the bridge.

    import torch_sffi as ts
    import torch_sffi.distributed as dist

    dist.init_process_group("gloo")          # env://: torchrun's MASTER_ADDR, MASTER_PORT, RANK, WORLD_SIZE
    t = ts.ones(3) * (dist.get_rank() + 1)
    dist.all_reduce(t, op=dist.ReduceOp.SUM) # in place, on every rank
    dist.destroy_process_group()

init_method is "env://" (the default), "tcp://host:port" or "file:///path", with rank and
world_size given or (env://) read from RANK and WORLD_SIZE; timeout (a timedelta, 30 minutes
unless given) bounds the rendezvous and every collective. The keys of the rendezvous are
torch.distributed's, so a process running PyTorch and one running torch_sffi join one group.
Collectives run in place and wait for the group (async_op=True returns a Work that has already
completed). Failures raise what torch.distributed raises: a timeout or a peer that died a
RuntimeError (TorchDistributedError, also exported as DistError and DistBackendError), a
collective before init_process_group a ValueError, an unknown backend an AssertionError (PyTorch
asserts), NCCL on a build without it a RuntimeError (TorchUnavailableError).

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import enum
import os
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Sequence
from urllib.parse import parse_qs, urlparse

if TYPE_CHECKING:
    from ._tensor import Tensor

from . import _core as _c
from ._errors import TorchDistributedError
from ._runtime import HandleOwner

__all__ = [
    "Backend",
    "DistBackendError",
    "DistError",
    "ProcessGroup",
    "ReduceOp",
    "Work",
    "all_gather",
    "all_reduce",
    "barrier",
    "broadcast",
    "destroy_process_group",
    "get_backend",
    "get_rank",
    "get_world_size",
    "init_process_group",
    "is_available",
    "is_gloo_available",
    "is_initialized",
    "is_nccl_available",
    "is_torchelastic_launched",
    "reduce_scatter",
]

DistError = TorchDistributedError
DistBackendError = TorchDistributedError

# torch.distributed's default for the gloo backend (default_pg_timeout).
DEFAULT_TIMEOUT = timedelta(minutes=30)


class Backend(str):
    """The backend names, as torch.distributed.Backend: Backend.GLOO == "gloo"."""

    GLOO = "gloo"
    NCCL = "nccl"

    def __new__(cls, name: str) -> Backend:
        value = str(name).lower()
        if value not in (cls.GLOO, cls.NCCL):
            raise AssertionError(f"Unknown backend type {name}")  # torch.distributed asserts this
        return super().__new__(cls, value)


class ReduceOp(enum.Enum):
    """How a collective combines the ranks' tensors (torch.distributed.ReduceOp)."""

    SUM = "sum"
    AVG = "avg"
    MIN = "min"
    MAX = "max"
    PRODUCT = "product"


class ProcessGroup(HandleOwner):
    """A process group: the bridge's process-group handle (rt_torch_dist_init), owned by this
    object from the moment the call returns; freed by destroy_process_group(), free(), or when
    garbage-collected."""

    _h: int

    def __init__(self, backend: str, store: str, address: str, port: int, rank: int, world_size: int, timeout: timedelta, agent_store: bool = False) -> None:
        self._h = 0
        self._backend = backend
        _c.rt_torch_dist_init(self, backend, store, address, port, rank, world_size, _milliseconds(timeout), agent_store)

    def rank(self) -> int:
        return _c.rt_torch_dist_rank(self._live())

    def size(self) -> int:
        return _c.rt_torch_dist_world_size(self._live())

    def name(self) -> str:
        return self._backend

    # lifetime (HandleOwner)
    _freed = "The process group has been destroyed"

    def _free_handle(self, h: int) -> None:
        _c.rt_torch_dist_free(h)

    def _release_handle(self, h: int) -> None:
        _c.rt_torch_dist_release(h)

    def __repr__(self) -> str:
        if not self._h:
            return "ProcessGroup(destroyed)"
        return f"ProcessGroup(backend={self._backend!r}, rank={self.rank()}, size={self.size()})"


class Work:
    """What a collective with async_op=True returns: the collective has already completed
    (the bridge's collectives wait for the group), so wait() returns True at once."""

    def wait(self, timeout: timedelta | None = None) -> bool:
        return True

    def is_completed(self) -> bool:
        return True

    def is_success(self) -> bool:
        return True


_default: ProcessGroup | None = None


def _milliseconds(timeout: timedelta) -> int:
    if not isinstance(timeout, timedelta):
        raise TypeError(f"Expected timeout argument to be of type datetime.timedelta, got {timeout}")
    return max(1, int(timeout.total_seconds() * 1000))


def is_available() -> bool:
    return True


def is_gloo_available() -> bool:
    return _c.rt_torch_dist_is_backend_available("gloo")


def is_nccl_available() -> bool:
    return _c.rt_torch_dist_is_backend_available("nccl")


def is_torchelastic_launched() -> bool:
    """Whether torchrun started this process (it sets TORCHELASTIC_RUN_ID)."""
    return os.environ.get("TORCHELASTIC_RUN_ID") is not None


def is_initialized() -> bool:
    return _default is not None


def _env_int(name: str, given: int) -> int:
    if given != -1:
        return given
    value = os.environ.get(name)
    if value is None:
        raise ValueError(f"Error initializing torch.distributed using env:// rendezvous: environment variable {name} expected, but not set")
    return int(value)


def init_process_group(
    backend: str | None = None,
    init_method: str | None = None,
    timeout: timedelta | None = None,
    world_size: int = -1,
    rank: int = -1,
    store: Any = None,
    group_name: str = "",
    pg_options: Any = None,
    device_id: Any = None,
) -> None:
    """Joins the default process group (torch.distributed.init_process_group)."""
    global _default
    if _default is not None:
        raise ValueError("trying to initialize the default process group twice!")
    if store is not None:
        raise ValueError("torch_sffi.distributed takes init_method, not a store object")
    name = Backend("gloo" if backend is None else backend)
    timeout = DEFAULT_TIMEOUT if timeout is None else timeout
    method = "env://" if init_method is None else init_method
    url = urlparse(method)
    query = {k: v[-1] for k, v in parse_qs(url.query).items()}
    if "rank" in query:
        rank = int(query["rank"])
    if "world_size" in query:
        world_size = int(query["world_size"])
    if url.scheme == "env":
        rank = _env_int("RANK", rank)
        world_size = _env_int("WORLD_SIZE", world_size)
        host = os.environ.get("MASTER_ADDR")
        port = os.environ.get("MASTER_PORT")
        if host is None:
            raise ValueError("Error initializing torch.distributed using env:// rendezvous: environment variable MASTER_ADDR expected, but not set")
        if port is None:
            raise ValueError("Error initializing torch.distributed using env:// rendezvous: environment variable MASTER_PORT expected, but not set")
        agent = os.environ.get("TORCHELASTIC_USE_AGENT_STORE") == "True"
        group = ProcessGroup(name, "tcp", host, int(port), rank, world_size, timeout, agent)
    elif url.scheme == "tcp":
        if rank == -1:
            raise ValueError("Error initializing torch.distributed using tcp:// rendezvous: rank parameter missing")
        if world_size == -1:
            raise ValueError("Error initializing torch.distributed using tcp:// rendezvous: world size parameter missing")
        if url.port is None or not url.hostname:
            raise ValueError(f"Error initializing torch.distributed using tcp:// rendezvous: port number missing in {method}")
        group = ProcessGroup(name, "tcp", url.hostname, url.port, rank, world_size, timeout)
    elif url.scheme == "file":
        if rank == -1:
            raise ValueError("Error initializing torch.distributed using file:// rendezvous: rank parameter missing")
        if world_size == -1:
            raise ValueError("Error initializing torch.distributed using file:// rendezvous: world size parameter missing")
        group = ProcessGroup(name, "file", url.path, 0, rank, world_size, timeout)
    else:
        raise RuntimeError(f"No rendezvous handler for {url.scheme}://")
    _default = group


def _group(group: ProcessGroup | None) -> int:
    if group is not None:
        return group._live()
    if _default is None:
        raise ValueError("Default process group has not been initialized, please make sure to call init_process_group.")
    return _default._live()


def destroy_process_group(group: ProcessGroup | None = None) -> None:
    """Leaves the group (the default one unless given)."""
    global _default
    if group is None or group is _default:
        if _default is None:
            raise ValueError("Default process group has not been initialized, please make sure to call init_process_group.")
        g, _default = _default, None
        g.free()
    else:
        group.free()


def get_rank(group: ProcessGroup | None = None) -> int:
    return _c.rt_torch_dist_rank(_group(group))


def get_world_size(group: ProcessGroup | None = None) -> int:
    return _c.rt_torch_dist_world_size(_group(group))


def get_backend(group: ProcessGroup | None = None) -> str:
    _group(group)
    g = group if group is not None else _default
    assert g is not None
    return g.name()


def _op(op: ReduceOp | str) -> str:
    if isinstance(op, ReduceOp):
        return op.value
    if isinstance(op, str) and op.lower() in {m.value for m in ReduceOp}:
        return op.lower()
    raise ValueError(f"Invalid reduce op {op!r}: one of torch_sffi.distributed.ReduceOp")


def _done(async_op: bool) -> Work | None:
    return Work() if async_op else None


def all_reduce(tensor: Tensor, op: ReduceOp | str = ReduceOp.SUM, group: ProcessGroup | None = None, async_op: bool = False) -> Work | None:
    """Combines tensor across the ranks, in place on every rank."""
    _c.rt_torch_dist_all_reduce_(tensor, _group(group), _op(op))
    return _done(async_op)


def broadcast(tensor: Tensor, src: int = 0, group: ProcessGroup | None = None, async_op: bool = False) -> Work | None:
    """Copies rank src's tensor into every other rank's, in place."""
    _c.rt_torch_dist_broadcast_(tensor, _group(group), src)
    return _done(async_op)


def all_gather(tensor_list: list[Tensor], tensor: Tensor, group: ProcessGroup | None = None, async_op: bool = False) -> Work | None:
    """Fills tensor_list with every rank's tensor, in rank order."""
    h = _group(group)
    size = _c.rt_torch_dist_world_size(h)
    if len(tensor_list) != size:
        raise ValueError(f"all_gather: tensor_list has {len(tensor_list)} tensors for a world size of {size}")
    gathered = _c.rt_torch_dist_all_gather(tensor, h)
    for out, got in zip(tensor_list, gathered):
        out.copy_(got)
    return _done(async_op)


def reduce_scatter(output: Tensor, input_list: Sequence[Tensor], op: ReduceOp | str = ReduceOp.SUM, group: ProcessGroup | None = None, async_op: bool = False) -> Work | None:
    """Combines the ranks' input lists element by element; rank r gets item r, in output."""
    _c.rt_torch_dist_reduce_scatter_(output, _group(group), list(input_list), _op(op))
    return _done(async_op)


def barrier(group: ProcessGroup | None = None, async_op: bool = False, device_ids: Any = None) -> Work | None:
    """Waits until every rank has called it."""
    _c.rt_torch_dist_barrier(_group(group))
    return _done(async_op)
