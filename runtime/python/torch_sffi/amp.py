"""Mixed precision: torch_sffi.autocast (also torch_sffi.amp.autocast), as torch.autocast.

Inside an autocast region the operations PyTorch's autocast lists run in a lower-precision
dtype (bfloat16 on the CPU by default): `with torch_sffi.autocast("cpu"): y = x @ w` gives the
same bfloat16 result as PyTorch. The region is the bridge's rt_torch_autocast_begin /
rt_torch_autocast_end pair (libtorch's own autocast state, per thread, nested as
torch.autocast nests); both run in C (torch_sffi._core.Region), so an exception raised by a
signal handler cannot leave a region open.

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

from . import _core as _c
from ._types import DType

_F = TypeVar("_F", bound=Callable[..., Any])

__all__ = ["autocast", "is_autocast_available"]


def is_autocast_available(device_type: str) -> bool:
    """Whether autocast can be used for a device kind (torch.amp.is_autocast_available): the CPU,
    and CUDA (which, on a machine without it, warns and stays off when a region begins)."""
    return device_type in ("cpu", "cuda")


class autocast(_c.Region):
    """An autocast region: `with autocast("cpu", dtype=torch_sffi.bfloat16):`, or a decorator.

    device_type: "cpu" or "cuda"; dtype: the dtype eligible operations run in (None: the
    device's current autocast dtype, bfloat16 on the CPU); enabled: False makes a region with
    autocast off; cache_enabled: cache the casts of leaf weights (None: keep the setting).
    A dtype the CPU cannot autocast to warns and disables the region, as PyTorch does.
    """

    def __init__(self, device_type: str, dtype: DType | None = None, enabled: bool = True, cache_enabled: bool | None = None) -> None:
        if not isinstance(device_type, str):
            raise ValueError(f"Expected `device_type` of type `str`, got: `{type(device_type)}`")
        if not is_autocast_available(device_type):
            raise RuntimeError(f"User specified an unsupported autocast device_type '{device_type}'")
        self.device = device_type
        self.fast_dtype = dtype if dtype is not None else _c.rt_torch_get_autocast_dtype(device_type)
        self._enabled = bool(enabled)
        self._cache_enabled = cache_enabled
        # A bool? crosses the C ABI as its value and whether it is present.
        begin = functools.partial(_c.rt_torch_autocast_begin, device_type, self.fast_dtype, self._enabled, bool(cache_enabled), cache_enabled is not None)
        self._region = (begin, _c.rt_torch_autocast_end)

    def __call__(self, fn: _F) -> _F:
        @functools.wraps(fn)
        def autocast_fn(*args: Any, **kwargs: Any) -> Any:
            with autocast(self.device, self.fast_dtype, self._enabled, self._cache_enabled):
                return fn(*args, **kwargs)

        return autocast_fn  # type: ignore[return-value]
