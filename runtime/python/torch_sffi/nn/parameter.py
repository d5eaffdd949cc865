"""Parameters, as torch.nn.Parameter: the tensors a Module learns.

    w = torch_sffi.nn.Parameter(torch_sffi.zeros(3, 4))   # requires_grad, a leaf
    isinstance(w, torch_sffi.Tensor) and isinstance(w, torch_sffi.nn.Parameter)   # True

A Parameter is a Tensor (a subclass, like PyTorch's): every Tensor function takes it, and the
results of operations on it are plain Tensors. Made from a tensor, it shares that tensor's
memory (it holds a detached alias of it, as torch.nn.Parameter does), so filling the parameter
in place fills the tensor it came from. Assigning a Parameter to an attribute of a Module
registers it (torch_sffi.nn.Module.__setattr__).

Hand-written runtime: sffi-gen copies it into the package (torch_sffi/nn/parameter.py).
"""

from __future__ import annotations

from typing import Any

from .._core import adopt as _adopt
from .._tensor import Tensor, empty

__all__ = ["Parameter", "UninitializedParameter"]


class Parameter(Tensor):
    """A Tensor that is a module parameter: requires_grad unless told otherwise.

    Parameter(data=None, requires_grad=True): data is the tensor whose memory the parameter
    shares (an empty float tensor when None); the parameter is a leaf of the autograd graph.
    """

    __slots__ = ()

    def __init__(self, data: Tensor | None = None, requires_grad: bool = True) -> None:  # noqa: D107
        if data is None:
            data = empty(0)
        if not isinstance(data, Tensor):
            raise TypeError(f"Parameter(): data must be a Tensor, not {type(data).__name__}")
        alias = data.detach()  # the same memory, as a new leaf
        if requires_grad:
            alias.requires_grad_(True)
        _adopt(self, alias)  # one C call: the handle moves from the alias to the parameter

    def __repr__(self) -> str:
        return "Parameter containing:\n" + super().__repr__()

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        """pickle: the values (as a Tensor pickles) and requires_grad; unpickles as a Parameter."""
        return (_rebuild_parameter, (self.detach(), bool(self.requires_grad)))

    def __deepcopy__(self, memo: dict[int, Any]) -> Parameter:
        """copy.deepcopy: a Parameter over a copy of the values (a Module's deepcopy keeps its
        parameters Parameters, as PyTorch's does)."""
        if id(self) in memo:
            return memo[id(self)]  # type: ignore[no-any-return]
        result = Parameter(self.detach().clone(), bool(self.requires_grad))
        memo[id(self)] = result
        return result


def _rebuild_parameter(data: Tensor, requires_grad: bool) -> Parameter:
    """Unpickles a Parameter (what Parameter.__reduce_ex__ returns)."""
    return Parameter(data, requires_grad)


class UninitializedParameter(Parameter):
    """A parameter whose shape is not known yet, as torch.nn.UninitializedParameter: a lazy
    module's weight until its first call. It holds an empty tensor that carries the dtype
    (Module.to converts it as any parameter); materialize(shape) gives it its storage and makes
    it a plain Parameter, the same object."""

    __slots__ = ()
    cls_to_become = Parameter

    def __init__(self, requires_grad: bool = True, device: Any = None, dtype: Any = None) -> None:  # noqa: D107
        super().__init__(empty(0, device=device, dtype=dtype), requires_grad)

    def materialize(self, shape: tuple[int, ...], dtype: Any = None) -> None:
        """Gives the parameter its storage (uninitialised values, in its dtype unless told) and
        makes it a Parameter."""
        data = empty(shape, dtype=dtype if dtype is not None else self.dtype)
        if self.requires_grad:
            data.requires_grad_(True)
        _adopt(self, data)
        self.__class__ = Parameter  # type: ignore[assignment]  # the same object, now a plain Parameter

    def __repr__(self) -> str:
        return "<UninitializedParameter>"
