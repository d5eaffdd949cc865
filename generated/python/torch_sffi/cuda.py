# generated from spec/torch_api.yaml by sffi-gen; do not edit
"""CUDA: availability, devices, allocator statistics and streams.

On a build or machine without CUDA the queries answer as torch.cuda does (False, 0) and
anything that needs a device raises TorchUnavailableError.
"""

from __future__ import annotations

from typing import NoReturn, Sequence

from ._errors import TorchTypeError as _TypeErr
from ._errors import _check, _error_code, _raise
from ._native import ffi as _ffi
from ._native import lib as _lib
from ._tensor import Tensor, _floats, _ints, _rt_stream_free, _size, _wrap

__all__ = ["Stream", "is_available", "memory_allocated", "max_memory_allocated", "empty_cache", "device_count"]

_f_cuda_available = _lib.rt_torch_cuda_available
_f_cuda_device_count = _lib.rt_torch_cuda_device_count
_f_cuda_empty_cache = _lib.rt_torch_cuda_empty_cache
_f_cuda_max_memory_allocated = _lib.rt_torch_cuda_max_memory_allocated
_f_cuda_memory_allocated = _lib.rt_torch_cuda_memory_allocated
_f_stream_create = _lib.rt_torch_stream_create
_f_torchstream_free = _lib.rt_torch_torchstream_free
_f_torchstream_query = _lib.rt_torch_torchstream_query
_f_torchstream_sync = _lib.rt_torch_torchstream_sync


class Stream:
    """A CUDA stream from the stream pool of a device (torch.cuda.Stream).

    Free it with free(); __del__ frees it as a backstop.
    """

    __slots__ = ("_h", "_live")
    _h: int
    _live: bool

    def __init__(self, device_id: int = 0) -> None:
        """Takes a stream from the CUDA stream pool of a device.

        Args:
            device_id: The CUDA device ordinal.

        Returns:
            A new stream handle; free it with rt_torch_torchstream_free.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_stream_create. PyTorch: torch.cuda.Stream.
        """
        self._live = False
        _r = _f_stream_create(device_id)
        if not _r:
            _raise()
        self._h = _r
        self._live = True

    def sync(self) -> None:
        """Blocks until all work queued on the stream has finished.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Deviation from the reference (torchstream_sync): An unknown or freed stream handle
        is an error (invalid_handle); the reference ignored it silently.

        Bridge: rt_torch_torchstream_sync. PyTorch: torch.cuda.Stream.synchronize.
        """
        _f_torchstream_sync(self._h)
        if _error_code():
            _raise()

    def query(self) -> bool:
        """Reports whether all work queued on the stream has finished.

        Returns:
            true when the stream is idle.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Deviation from the reference (torchstream_query): An unknown or freed stream handle
        is an error (invalid_handle); the reference answered true.

        Bridge: rt_torch_torchstream_query. PyTorch: torch.cuda.Stream.query.
        """
        _r = _f_torchstream_query(self._h)
        if not _r:
            _check()
        return _r

    def free(self) -> None:
        """Releases a stream handle.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchstream_free.
        """
        _f_torchstream_free(self._h)
        self._live = False
        if _error_code():
            _raise()

    def __repr__(self) -> str:
        return f"<torch_sffi.cuda.Stream {'handle ' + hex(self._h) if self._live else 'freed'}>"

    def __reduce__(self) -> NoReturn:
        raise _TypeErr("a Stream handle cannot be pickled or copied")

    def __del__(self) -> None:
        try:
            if self._live:
                self._live = False
                _rt_stream_free(self._h)
        except Exception:  # half-made object, or the interpreter is shutting down
            pass


def is_available() -> bool:
    """Reports whether a CUDA device is usable.

    Returns:
        true when this libtorch has CUDA support and at least one device.

    Bridge: rt_torch_cuda_available. PyTorch: torch.cuda.is_available.
    """
    _r = _f_cuda_available()
    if not _r:
        _check()
    return _r


def memory_allocated(device_id: int = 0) -> int:
    """Bytes currently allocated by the CUDA caching allocator on a device.

    Args:
        device_id: The CUDA device ordinal.

    Returns:
        The byte count; 0 on a build or machine without CUDA, as
        torch.cuda.memory_allocated.

    Bridge: rt_torch_cuda_memory_allocated. PyTorch: torch.cuda.memory_allocated.
    """
    _r = _f_cuda_memory_allocated(device_id)
    if _r == -1:
        _check()
    return _r


def max_memory_allocated(device_id: int = 0) -> int:
    """Peak bytes allocated by the CUDA caching allocator on a device.

    Args:
        device_id: The CUDA device ordinal.

    Returns:
        The byte count; 0 on a build or machine without CUDA, as
        torch.cuda.max_memory_allocated.

    Bridge: rt_torch_cuda_max_memory_allocated. PyTorch: torch.cuda.max_memory_allocated.
    """
    _r = _f_cuda_max_memory_allocated(device_id)
    if _r == -1:
        _check()
    return _r


def empty_cache() -> None:
    """Releases the unused cached blocks of the CUDA caching allocator.

    Bridge: rt_torch_cuda_empty_cache. PyTorch: torch.cuda.empty_cache.
    """
    _f_cuda_empty_cache()
    if _error_code():
        _raise()


def device_count() -> int:
    """The number of usable CUDA devices.

    Returns:
        The device count; 0 on a build or machine without CUDA.

    Bridge: rt_torch_cuda_device_count. PyTorch: torch.cuda.device_count.
    """
    _r = _f_cuda_device_count()
    if _r == -1:
        _check()
    return _r
