# copied from runtime/python/torch_sffi/_function.py by sffi-gen; edit that file, not this copy
"""Custom autograd functions: torch_sffi.autograd.Function, as torch.autograd.Function.

    class Exp(Function):
        @staticmethod
        def forward(ctx, x):
            y = x.exp()
            ctx.save_for_backward(y)
            return y

        @staticmethod
        def backward(ctx, grad):
            (y,) = ctx.saved_tensors
            return grad * y

    y = Exp.apply(x)

forward runs with gradient recording off; its tensor outputs are then recorded in the graph
as one node (the bridge's rt_torch_autograd_function_apply, a libtorch CppNode named
"<class>Backward") whose backward is a C callback of torch_sffi._core that calls the class's
backward under the interpreter lock, on whichever thread the engine runs the node. Saved
tensors are libtorch SavedVariables: changing one in place before backward gives PyTorch's
error. An exception raised by backward comes out of the backward call as that very exception.

The node owns the ctx. A tensor that forward stores as an attribute of ctx (rather than through
save_for_backward) lives as long as the node; an output stored there makes a cycle through
libtorch's graph that Python's garbage collector cannot see (the output's grad_fn owns the ctx),
so both stay alive: save outputs with save_for_backward, as PyTorch's documentation advises.

Real code: type-checked with mypy --strict; sffi-gen copies it into the generated package.
"""

from __future__ import annotations

import functools
import itertools
import threading
from typing import Any, Callable, TypeVar

from . import _core as _c
from ._tensor import Tensor

__all__ = ["Function", "FunctionCtx", "once_differentiable"]

_F = TypeVar("_F", bound=Callable[..., Any])

# Exceptions raised by a backward, kept until the failed backward call claims them.
_pending: dict[int, BaseException] = {}
_pending_lock = threading.Lock()
_tokens = itertools.count(1)
_MARK = "[torch_sffi backward #"


class FunctionCtx:
    """The ctx of a custom Function: what forward leaves for backward."""

    needs_input_grad: tuple[bool, ...]

    def __init__(self) -> None:
        self.needs_input_grad = ()
        self._to_save: tuple[Tensor | None, ...] = ()
        self._non_differentiable: tuple[Tensor, ...] = ()
        self._dirty: tuple[Tensor, ...] = ()
        self._materialize = True
        self._saved: tuple[Tensor | None, ...] | None = None
        self._function: type[Function] | None = None
        self._tensor_positions: tuple[int, ...] = ()
        self._n_args = 0

    def save_for_backward(self, *tensors: Tensor | None) -> None:
        """Keeps tensors (or None) for backward, which reads them as ctx.saved_tensors."""
        for i, t in enumerate(tensors):
            if t is not None and not isinstance(t, Tensor):
                raise TypeError(f"save_for_backward can only save variables, but argument {i} is of type {type(t).__name__}")
        self._to_save = tensors

    def mark_dirty(self, *tensors: Tensor) -> None:
        """Marks inputs forward changed in place (each must also be returned)."""
        self._dirty = tensors

    def mark_non_differentiable(self, *tensors: Tensor) -> None:
        """Marks outputs that are not differentiable (they never require grad)."""
        self._non_differentiable = tensors

    def set_materialize_grads(self, value: bool) -> None:
        """False: backward gets None for an output's gradient that was not computed, not zeros."""
        self._materialize = bool(value)

    @property
    def saved_tensors(self) -> tuple[Tensor | None, ...]:
        """The tensors save_for_backward kept (inside backward)."""
        if self._saved is None:
            if self._function is not None:
                return self._to_save  # in forward, as PyTorch, what was given so far
            raise RuntimeError("saved_tensors is only available in backward")
        return self._saved


class Function:
    """Base class of custom autograd functions: define forward(ctx, *args) and
    backward(ctx, *grad_outputs) as static methods and call Function.apply(*args)."""

    @staticmethod
    def forward(ctx: Any, *args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def backward(ctx: Any, *grad_outputs: Any) -> Any:
        raise NotImplementedError("You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.")

    @classmethod
    def apply(cls, *args: Any, **kwargs: Any) -> Any:
        ctx = FunctionCtx()
        ctx._function = cls
        ctx._n_args = len(args)
        ctx._tensor_positions = tuple(i for i, a in enumerate(args) if isinstance(a, Tensor))
        ctx.needs_input_grad = tuple(isinstance(a, Tensor) and a.requires_grad for a in args)
        _c.rt_torch_autograd_no_grad_begin_v2()
        try:
            result = cls.forward(ctx, *args, **kwargs)
        finally:
            _c.rt_torch_autograd_no_grad_end_v2()
        is_tuple = isinstance(result, tuple)
        outputs = result if is_tuple else (result,)
        positions = [i for i, o in enumerate(outputs) if isinstance(o, Tensor)]
        inputs = [args[i] for i in ctx._tensor_positions]
        address = _c.user_data(ctx)
        try:
            wrapped = _c.rt_torch_autograd_function_apply(
                inputs,
                [outputs[i] for i in positions],
                list(ctx._to_save),
                list(ctx._non_differentiable),
                list(ctx._dirty),
                ctx._materialize,
                cls.__name__,
                _BACKWARD,
                address,
                _FREE,
            )
        except BaseException:
            _c.release_user_data(address)  # not recorded: the node did not take it
            raise
        # The node keeps these now (saved variables, output flags): the ctx (which the node owns)
        # must not hold the outputs, whose grad_fn is the node, or neither would ever be freed.
        ctx._to_save = ctx._non_differentiable = ctx._dirty = ()
        out = list(outputs)
        for i, t in zip(positions, wrapped):
            out[i] = t
        return tuple(out) if is_tuple else out[0]


def once_differentiable(fn: _F) -> _F:
    """Marks a backward as not itself differentiable: it runs with gradient recording off."""

    @functools.wraps(fn)
    def wrapper(ctx: Any, *args: Any) -> Any:
        _c.rt_torch_autograd_no_grad_begin_v2()
        try:
            return fn(ctx, *args)
        finally:
            _c.rt_torch_autograd_no_grad_end_v2()

    return wrapper  # type: ignore[return-value]


def _run_backward(ctx: FunctionCtx, grads: tuple[Tensor | None, ...], saved: tuple[Tensor | None, ...]) -> tuple[Tensor | None, ...] | str:
    """Called by _core's backward callback: the class's backward, its result checked as
    PyTorch checks it; an exception is kept and its text (with a claim mark) returned."""
    cls = ctx._function
    assert cls is not None
    ctx._saved = saved
    try:
        result = cls.backward(ctx, *grads)
        results = result if isinstance(result, tuple) else (result,)
        n = ctx._n_args
        if len(results) > n and all(r is None for r in results[n:]):
            results = results[:n]
        if len(results) != n:
            raise RuntimeError(f"function {cls.__name__}Backward returned an incorrect number of gradients (expected {n}, got {len(results)})")
        given: list[Tensor | None] = []
        for i, r in enumerate(results):
            if i not in ctx._tensor_positions:
                if r is not None:
                    raise RuntimeError(f"function {cls.__name__}Backward returned a gradient different than None at position {i + 1}, but the corresponding forward input was not a Variable")
                continue
            if r is not None and not isinstance(r, Tensor):
                raise TypeError(f"expected Tensor or None (got {type(r).__name__})")
            given.append(r)
        return tuple(given)
    except BaseException as e:  # kept for the backward call that fails with it
        token = next(_tokens)
        with _pending_lock:
            _pending[token] = e
        return f"{_MARK}{token}] {type(e).__name__}: {e}"  # the mark first: a long text is cut at its end
    finally:
        ctx._saved = None


def _claim(message: str) -> BaseException | None:
    """The exception a backward raised, for the message of the call that failed with it."""
    at = message.find(_MARK)
    if at < 0:
        return None
    try:
        token = int(message[at + len(_MARK) :].split("]", 1)[0])
    except ValueError:
        return None
    with _pending_lock:
        return _pending.pop(token, None)


_BACKWARD, _FREE = _c.autograd_setup(_run_backward, _claim)
