# generated from fixture.yaml by sffi-gen; do not edit
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

__all__ = ["Stream"]

_P = ParamSpec("_P")
_R = TypeVar("_R")

# The calls into the bridge (torch_sffi._core), bound once at import.
_f_stream_create = _core.rt_torch_stream_create
_f_torchstream_free = _core.rt_torch_torchstream_free
_f_torchstream_sync = _core.rt_torch_torchstream_sync


class Stream(_StreamRuntime):
    """A CUDA stream from the stream pool of a device (torch.cuda.Stream).

    Free it with free(); garbage collection frees it as a backstop.
    """

    __slots__ = ()

    def __init__(self, device_id: _int = 0) -> None:
        """A stream from the pool.

        Args:
            device_id: The device.

        Returns:
            A new stream.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_stream_create. PyTorch: torch.cuda.Stream.
        """
        self._live = False
        _f_stream_create(self, device_id)

    def sync(self) -> None:
        """Waits for the stream.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchstream_sync. PyTorch: torch.cuda.Stream.synchronize.
        """
        _f_torchstream_sync(self)

    def free(self) -> None:
        """Releases a stream handle.

        Raises TorchUnavailableError on a build or machine without CUDA.

        Bridge: rt_torch_torchstream_free.
        """
        _f_torchstream_free(self)
        self._live = False
