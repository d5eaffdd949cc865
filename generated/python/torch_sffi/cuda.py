# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""torch_sffi.cuda: its functions, one per catalogue function (generated)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Sequence, overload

from . import _core
from . import _tables as _dtypes
from . import return_types as _rt_types
from ._runtime import EMPTY as _EMPTY
from ._runtime import MISSING as _MISSING
from ._runtime import DeviceLike, Number
from ._runtime import FormInfo as _FormInfo
from ._runtime import accepts as _accepts
from ._runtime import device_arg as _device_arg
from ._runtime import dispatch as _dispatch
from ._runtime import floats as _floats
from ._runtime import handle as _handle
from ._runtime import handles as _handles
from ._runtime import ints as _ints
from ._runtime import form_info as _form_info
from ._runtime import match as _match
from ._runtime import no_match as _no_match
from ._runtime import opt_handle as _opt_handle
from ._runtime import opt_handles as _opt_handles
from ._runtime import opt_text as _opt_text
from ._runtime import refit as _refit
from ._runtime import require_grad as _require_grad
from ._runtime import run_hooks as _run_hooks
from ._runtime import scalar as _scalar
from ._runtime import size as _size
from ._runtime import take_flag as _take_flag
from ._runtime import text as _text
from ._runtime import tuple_new as _tuple_new
from ._types import DType, Size

# int, float and bool for annotations: Tensor's methods of those names shadow the builtins in its class body.
_int = int
_float = float
_bool = bool

import functools
from typing import Callable, ParamSpec, TypeVar

from ._runtime import StreamRuntime as _StreamRuntime
from ._tensor import Tensor
from ._tensor import Tensor as _Tensor

__all__ = ["Stream", "device_count", "empty_cache", "is_available", "max_memory_allocated", "memory_allocated"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_cuda_available = _core.rt_torch_cuda_available
_f_cuda_device_count = _core.rt_torch_cuda_device_count
_f_cuda_empty_cache = _core.rt_torch_cuda_empty_cache
_f_cuda_max_memory_allocated = _core.rt_torch_cuda_max_memory_allocated
_f_cuda_memory_allocated = _core.rt_torch_cuda_memory_allocated
_f_stream_create = _core.rt_torch_stream_create
_f_torchstream_free = _core.rt_torch_torchstream_free
_f_torchstream_query_v2 = _core.rt_torch_torchstream_query_v2
_f_torchstream_sync_v2 = _core.rt_torch_torchstream_sync_v2


class Stream(_StreamRuntime):
    """A CUDA stream from the stream pool of a device (torch.cuda.Stream).

    Free it with free(); garbage collection frees it as a backstop.
    """

    __slots__ = ()

    def __init__(self, device_id: _int = 0) -> None:
        """Takes a stream from the CUDA stream pool of a device.

        Args:
            device_id: The CUDA device ordinal.

        Returns:
            A new stream handle; free it with rt_torch_torchstream_free.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_stream_create. PyTorch: torch.cuda.Stream.
        """
        self._live = False
        _f_stream_create(self, device_id)

    def free(self) -> None:
        """Releases a stream handle.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchstream_free.
        """
        _f_torchstream_free(self)
        self._live = False

    def synchronize(self) -> None:
        """Blocks until all work queued on the stream has finished.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchstream_sync_v2. PyTorch: torch.cuda.Stream.synchronize.
        """
        _f_torchstream_sync_v2(self)

    def query(self) -> _bool:
        """Reports whether all work queued on the stream has finished.

        Returns:
            true when the stream is idle.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchstream_query_v2. PyTorch: torch.cuda.Stream.query.
        """
        return _f_torchstream_query_v2(self)


def is_available() -> _bool:
    """Reports whether a CUDA device is usable.

    Returns:
        true when this libtorch has CUDA support and at least one device.

    Bridge: rt_torch_cuda_available. PyTorch: torch.cuda.is_available.
    """
    return _f_cuda_available()


def memory_allocated(device_id: _int = 0) -> _int:
    """Bytes currently allocated by the CUDA caching allocator on a device.

    Args:
        device_id: The CUDA device ordinal.

    Returns:
        The byte count; 0 on a build or machine without CUDA, as
        torch.cuda.memory_allocated.

    Bridge: rt_torch_cuda_memory_allocated. PyTorch: torch.cuda.memory_allocated.
    """
    return _f_cuda_memory_allocated(device_id)


def max_memory_allocated(device_id: _int = 0) -> _int:
    """Peak bytes allocated by the CUDA caching allocator on a device.

    Args:
        device_id: The CUDA device ordinal.

    Returns:
        The byte count; 0 on a build or machine without CUDA, as
        torch.cuda.max_memory_allocated.

    Bridge: rt_torch_cuda_max_memory_allocated. PyTorch: torch.cuda.max_memory_allocated.
    """
    return _f_cuda_max_memory_allocated(device_id)


def empty_cache() -> None:
    """Releases the unused cached blocks of the CUDA caching allocator.

    Bridge: rt_torch_cuda_empty_cache. PyTorch: torch.cuda.empty_cache.
    """
    _f_cuda_empty_cache()


def device_count() -> _int:
    """The number of usable CUDA devices.

    Returns:
        The device count; 0 on a build or machine without CUDA.

    Bridge: rt_torch_cuda_device_count. PyTorch: torch.cuda.device_count.
    """
    return _f_cuda_device_count()
