# generated from fixture.yaml by sffi-gen; do not edit
"""Exceptions of torch_sffi: one TorchError base, one subclass per error code of the bridge.

Each subclass is also the built-in exception Python code expects for that kind of error
(an index error is an IndexError, a bad value a ValueError, ...), so existing `except`
clauses keep working. Messages are the bridge's: they name the failing function and carry
no C++ backtrace.
"""

from __future__ import annotations

from typing import NoReturn

from ._native import ffi as _ffi
from ._native import lib as _lib

_error_code = _lib.rt_torch_error_code
_error_message = _lib.rt_torch_error_message


class TorchError(Exception):
    """Base of every error raised by torch_sffi; `code` is the bridge's error code (0: raised in Python)."""

    code: int = 0

    def __init__(self, message: str, code: int | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class InvalidHandleError(TorchError):
    """A bad handle. (code 1: invalid_handle)"""

    code = 1


class TorchIndexError(TorchError, IndexError):
    """An index out of range. (code 2: index)"""

    code = 2


class TorchValueError(TorchError, ValueError):
    """A bad value. (code 3: value)"""

    code = 3


class TorchTypeError(TorchError, TypeError):
    """A bad dtype. (code 4: type)"""

    code = 4


class TorchUnavailableError(TorchError, NotImplementedError):
    """Not in this build. (code 5: unavailable)"""

    code = 5


class TorchOutOfMemoryError(TorchError, MemoryError):
    """No memory. (code 6: out_of_memory)"""

    code = 6


class TorchRuntimeError(TorchError, RuntimeError):
    """Anything else. (code 7: other)"""

    code = 7


_CLASSES: dict[int, type[TorchError]] = {
    1: InvalidHandleError,
    2: TorchIndexError,
    3: TorchValueError,
    4: TorchTypeError,
    5: TorchUnavailableError,
    6: TorchOutOfMemoryError,
    7: TorchRuntimeError,
}


def _raise() -> NoReturn:
    """Raises the error the bridge recorded for this thread's last call."""
    code = _error_code()
    message = _ffi.string(_error_message()).decode("utf-8", "replace")
    if code == 0:
        raise TorchError("the bridge reported failure without an error code")
    raise _CLASSES.get(code, TorchError)(message, code)


def _check() -> None:
    """Raises if the last call on this thread failed (after a sentinel that can be legitimate)."""
    if _error_code():
        _raise()
