# generated from fixture.yaml by sffi-gen; do not edit
"""Exceptions of torch_sffi: one subclass of TorchError per error code of the bridge.

Each subclass is also the built-in exception Python code expects for that kind of error (an
index error is an IndexError, a bad value a ValueError, ...), so existing `except` clauses keep
working. Messages are the bridge's: they name the failing function and carry no C++ backtrace.
"""

from __future__ import annotations

from . import _core
from ._types import TorchError

# The bridge functions every failure is read through (the catalogue's error roles).
error_code = _core.rt_torch_error_code
error_message = _core.rt_torch_error_message


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


class TorchDistributedError(TorchError, RuntimeError):
    """A process group failed. (code 8: distributed)"""

    code = 8


CLASSES: dict[int, type[TorchError]] = {
    1: InvalidHandleError,
    2: TorchIndexError,
    3: TorchValueError,
    4: TorchTypeError,
    5: TorchUnavailableError,
    6: TorchOutOfMemoryError,
    7: TorchRuntimeError,
    8: TorchDistributedError,
}
# The classes the Python side raises itself, by error code name.
PY_ERRORS: dict[str, type[TorchError]] = {
    "index": TorchIndexError,
    "value": TorchValueError,
    "type": TorchTypeError,
    "other": TorchRuntimeError,
}
