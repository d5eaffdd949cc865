"""Gradient mode: torch_sffi.enable_grad and torch_sffi.set_grad_enabled, as torch's.

enable_grad is a region of the bridge (rt_torch_autograd_grad_mode_begin(true) /
rt_torch_autograd_grad_mode_end), nested on one stack per thread with no_grad's regions, so
`with no_grad(): ... with enable_grad(): ...` records inside and not outside, as PyTorch does.
Its __enter__ and __exit__ run in C (torch_sffi._core.Region): an exception raised by a signal
handler cannot leave the region open.

set_grad_enabled(mode) sets the mode when it is made, as PyTorch's does (so it also works as a
plain call: `torch_sffi.set_grad_enabled(False)`); used with `with`, leaving restores the mode
it found. Both work as decorators.

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, TypeVar

from . import _core as _c

_F = TypeVar("_F", bound=Callable[..., Any])

__all__ = ["enable_grad", "set_grad_enabled"]


class enable_grad(_c.Region):
    """Turns gradient recording on inside a no_grad region: `with enable_grad():` or a decorator."""

    _region = (functools.partial(_c.rt_torch_autograd_grad_mode_begin, True), _c.rt_torch_autograd_grad_mode_end)

    def __call__(self, fn: _F) -> _F:
        @functools.wraps(fn)
        def with_grad(*args: Any, **kwargs: Any) -> Any:
            with enable_grad():
                return fn(*args, **kwargs)

        return with_grad  # type: ignore[return-value]


class set_grad_enabled:
    """Sets gradient recording on or off: at once (`set_grad_enabled(False)`), for a block
    (`with set_grad_enabled(is_train):`, which restores the mode it found), or for a function
    (a decorator, which leaves the mode as it was)."""

    def __init__(self, mode: bool) -> None:
        if not isinstance(mode, bool):
            raise TypeError(f"set_grad_enabled(): argument 'enabled' (position 1) must be bool, not {type(mode).__name__}")
        self.prev = bool(_c.rt_torch_autograd_is_grad_enabled())
        self.mode = mode
        _c.rt_torch_autograd_set_grad_enabled(mode)

    def __enter__(self) -> None:
        _c.rt_torch_autograd_set_grad_enabled(self.mode)

    def __exit__(self, *exc: object) -> None:
        _c.rt_torch_autograd_set_grad_enabled(self.prev)

    def clone(self) -> set_grad_enabled:
        return type(self)(self.mode)

    def __call__(self, fn: _F) -> _F:
        _c.rt_torch_autograd_set_grad_enabled(self.prev)  # a decorator changes nothing until called

        @functools.wraps(fn)
        def with_mode(*args: Any, **kwargs: Any) -> Any:
            with self.clone():
                return fn(*args, **kwargs)

        return with_mode  # type: ignore[return-value]
