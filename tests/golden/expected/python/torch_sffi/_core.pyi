# generated from fixture.yaml by sffi-gen; do not edit
"""Types of the compiled torch_sffi._core module (the C base of Tensor)."""

from typing import Any, Callable, NoReturn, Self


class TensorBase:
    """The C base of Tensor: the handle, its release by garbage collection, the operators."""

    _h: int
    _live: bool
    def __add__(self, other: Any) -> Self: ...
    def __radd__(self, other: Any) -> Self: ...


def setup(
    cls: type[TensorBase],
    raise_error: Callable[[], NoReturn],
    operators: dict[str, tuple[Callable[..., Any], Callable[..., Any] | None]],
) -> None: ...


def set_tracker(tracker: Callable[[Any], None] | None) -> None: ...
