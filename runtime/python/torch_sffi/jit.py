"""TorchScript: torch_sffi.jit.load runs a module saved by torch.jit.save.

    m = torch_sffi.jit.load("model.pt")
    y = m(x)                      # forward, as torch.jit.load(...)(x)
    z = m.encode(x)               # an exported method (@torch.jit.export), or m.run_method("encode", x)
    m.eval(); m.train()

The module lives in the bridge behind a module handle (rt_torch_jit_load); this object owns it
from the moment the call returns (the handle is set in C, so an interrupt cannot orphan it) and
frees it with free(), at the end of a `with` block, or when garbage-collected. Inputs are tensors
(the C ABI passes a Tensor[]); outputs are a Tensor, or a tuple or list of Tensors, as the
method's schema says. Failures raise PyTorch's classes: a missing file ValueError, a wrong
number or type of inputs RuntimeError, an unknown method AttributeError.

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import io
import os
import tempfile
from typing import IO, TYPE_CHECKING, Any, Iterator, Union

if TYPE_CHECKING:
    from typing_extensions import Self

    from ._tensor import Tensor

from . import _core as _c
from ._errors import TorchRuntimeError
from ._core import TensorBase
from ._runtime import HandleOwner

__all__ = ["ScriptModule", "load"]

_Output = Union["Tensor", "tuple[Tensor, ...]", "list[Tensor]"]


class ScriptModule(HandleOwner):
    """A loaded TorchScript module (torch.jit.RecursiveScriptModule's calling side)."""

    _h: int

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._h = 0
        self._kinds: dict[str, int] = {}
        _c.rt_torch_jit_load(self, os.fspath(path))  # sets self._h in C
        self._methods = tuple(n for n in _c.rt_torch_jit_method_names(self._h).split("\n") if n)

    # -------------------------------------------------------------- running methods
    def run_method(self, name: str, *inputs: Tensor) -> _Output:
        """Runs the method `name` with tensor inputs (torch.jit.ScriptModule.<name>(*inputs))."""
        if name not in self._methods:
            raise AttributeError(f"'RecursiveScriptModule' object has no attribute '{name}'")
        for i, x in enumerate(inputs):
            if not isinstance(x, TensorBase):
                raise TorchRuntimeError(
                    f"{name}(): input {i} is {type(x).__name__}; torch_sffi passes TorchScript methods tensors only"
                )
        outputs = _c.rt_torch_jit_run_method(self._live(), name, inputs)
        kind = self._kinds.get(name)
        if kind is None:
            kind = self._kinds[name] = _c.rt_torch_jit_output_kind(self._h, name)
        if kind == 0:
            return outputs[0]
        if kind == 2:
            return outputs
        return tuple(outputs)

    def forward(self, *inputs: Tensor) -> _Output:
        return self.run_method("forward", *inputs)

    def __call__(self, *inputs: Tensor) -> _Output:
        return self.run_method("forward", *inputs)

    def __getattr__(self, name: str) -> Any:
        # Only called for what the instance and class lack: the module's other methods.
        methods = self.__dict__.get("_methods", ())
        if name in methods:
            return lambda *inputs: self.run_method(name, *inputs)
        raise AttributeError(f"'RecursiveScriptModule' object has no attribute '{name}'")

    def method_names(self) -> tuple[str, ...]:
        """The module's methods: forward and those exported with @torch.jit.export."""
        return self._methods

    # -------------------------------------------------------------- state
    def train(self, mode: bool = True) -> Self:
        """Training mode (or evaluation mode for False), for the module and its submodules."""
        _c.rt_torch_jit_train(self._live(), bool(mode))
        return self

    def eval(self) -> Self:
        return self.train(False)

    @property
    def training(self) -> bool:
        return _c.rt_torch_jit_is_training(self._live())

    def named_parameters(self) -> Iterator[tuple[str, Tensor]]:
        names = [n for n in _c.rt_torch_jit_parameter_names(self._live()).split("\n") if n]
        return iter(zip(names, _c.rt_torch_jit_parameters(self._h)))

    def parameters(self) -> Iterator[Tensor]:
        return iter(_c.rt_torch_jit_parameters(self._live()))

    # -------------------------------------------------------------- lifetime (HandleOwner)
    _freed = "the ScriptModule was freed"

    def _free_handle(self, h: int) -> None:
        _c.rt_torch_jit_module_free(h)

    def _release_handle(self, h: int) -> None:
        _c.rt_torch_jit_module_release(h)

    def __repr__(self) -> str:
        return f"ScriptModule(methods={list(self._methods)})" if self._h else "ScriptModule(freed)"


def load(f: str | os.PathLike[str] | IO[bytes], map_location: Any = None) -> ScriptModule:
    """Loads a module saved by torch.jit.save from a path or a binary file object, onto the CPU
    (torch.jit.load; map_location other than None or "cpu" is not supported)."""
    if map_location is not None and str(map_location) != "cpu":
        raise ValueError(f"torch_sffi.jit.load loads onto the CPU only, not {map_location!r}")
    if isinstance(f, (str, os.PathLike)):
        return ScriptModule(f)
    if isinstance(f, io.IOBase) or hasattr(f, "read"):
        data = f.read()
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "module.pt")
            with open(path, "wb") as out:
                out.write(data)
            return ScriptModule(path)
    raise TypeError(f"torch_sffi.jit.load: expected a path or a binary file object, not {type(f).__name__}")
