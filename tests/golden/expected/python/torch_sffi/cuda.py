# generated from fixture.yaml by sffi-gen; do not edit
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

__all__ = ["Stream"]

_f_stream_create = _lib.rt_torch_stream_create
_f_torchstream_free = _lib.rt_torch_torchstream_free
_f_torchstream_sync = _lib.rt_torch_torchstream_sync


class Stream:
    """A CUDA stream from the stream pool of a device (torch.cuda.Stream).

    Free it with free(); __del__ frees it as a backstop.
    """

    __slots__ = ("_h", "_live")
    _h: int
    _live: bool

    def __init__(self, device_id: int = 0) -> None:
        """A stream from the pool.

        Args:
            device_id: The device.

        Returns:
            A new stream.

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
        """Waits for the stream.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchstream_sync. PyTorch: torch.cuda.Stream.synchronize.
        """
        _f_torchstream_sync(self._h)
        if _error_code():
            _raise()

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
