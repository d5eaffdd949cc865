# copied from runtime/python/torch_sffi/optim.py by sffi-gen; edit that file, not this copy
"""Optimizers, as torch.optim: SGD and Adam, with step(), zero_grad() and per-parameter state.

    opt = torch_sffi.optim.SGD(params, lr=0.1, momentum=0.9, weight_decay=1e-4)
    for step in range(100):
        with torch_sffi.scope():  # frees this step's activations, loss and gradients' handles
            opt.zero_grad()
            loss = torch_sffi.nn.cross_entropy(model(x), y)
            loss.backward()
            opt.step()

step() makes the update of torch.optim's single-tensor implementation (foreach=False, the
default on CPU) operation by operation and in the same order, through the bridge's in-place
functions inside a no_grad region: from the same parameters and gradients, the parameters
come out as PyTorch's do, bit for bit. The temporaries of a step are freed before it returns.
The state tensors (momentum buffers, moment estimates, under PyTorch's names in
`opt.state[p]`) belong to the optimizer, not to any scope, and are freed with it. Parameters
whose gradient is None are skipped, as in PyTorch.

Hand-written runtime: it calls the bridge's functions by their C names through
torch_sffi._core (mypy checks each call against the generated _core.pyi), which returns every
new handle as a Tensor, so temporaries are freed when the last reference goes, also when an
exception interrupts a step; sffi-gen copies it into the package.
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from . import _core as _c
from ._errors import PY_ERRORS
from ._core import unscoped
from ._tensor import Tensor

__all__ = ["Adam", "Optimizer", "SGD"]

TypeError_ = PY_ERRORS["type"]
ValueError_ = PY_ERRORS["value"]


class _NoGrad(_c.Region):
    """A no_grad region around an update, through the bridge (nests like autograd.no_grad);
    begun and ended in C, so an interrupt cannot leave it open."""

    _region = (_c.rt_torch_autograd_no_grad_begin_v2, _c.rt_torch_autograd_no_grad_end_v2)


class Optimizer:
    """What SGD and Adam share, as torch.optim.Optimizer: parameter groups, state, zero_grad().

    `params` is an iterable of Tensors, or of dicts with a "params" entry and options that
    override the defaults for that group (`[{"params": w}, {"params": b, "lr": 0.01}]`).
    `param_groups` and `state` (a dict per parameter, keyed by the Tensor) are PyTorch's.
    """

    def __init__(self, params: Iterable[Tensor] | Iterable[dict[str, Any]], defaults: dict[str, Any]) -> None:
        if isinstance(params, Tensor):
            raise TypeError_("params argument given to the optimizer should be an iterable of Tensors or dicts, but got a Tensor")
        self.defaults = defaults
        self.state: dict[Tensor, dict[str, Any]] = {}
        self.param_groups: list[dict[str, Any]] = []
        items: list[Any] = list(params)
        if not items:
            raise ValueError_("optimizer got an empty parameter list")
        groups: list[dict[str, Any]] = items if isinstance(items[0], dict) else [{"params": items}]
        for group in groups:
            self.add_param_group(group)

    def add_param_group(self, param_group: dict[str, Any]) -> None:
        """Adds a group of parameters, with options that override the defaults."""
        if not isinstance(param_group, dict):
            raise TypeError_(f"param_group must be a dict, but got {type(param_group).__name__}")
        group = dict(param_group)
        params = group["params"]
        group["params"] = [params] if isinstance(params, Tensor) else list(params)
        for p in group["params"]:
            if not isinstance(p, Tensor):
                raise TypeError_(f"optimizer can only optimize Tensors, but one of the params is {type(p).__name__}")
        for name, default in self.defaults.items():
            group.setdefault(name, default)
        seen = {id(p) for g in self.param_groups for p in g["params"]}
        if any(id(p) in seen for p in group["params"]) or len({id(p) for p in group["params"]}) != len(group["params"]):
            raise ValueError_("some parameters appear in more than one parameter group")
        self.param_groups.append(group)

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Removes every parameter's gradient (set_to_none, PyTorch's default) or zeroes it."""
        for group in self.param_groups:
            for p in group["params"]:
                if set_to_none:
                    _c.rt_torch_autograd_set_grad(p._h, None)
                else:
                    _c.rt_torch_autograd_zero_grad(p._h)

    def step(self, closure: Callable[[], Any] | None = None) -> Any:
        """One update of every parameter that has a gradient; returns closure() when given.

        The closure, if any, runs first (with gradients recorded): it recomputes the loss
        and calls backward, as PyTorch's closures do.
        """
        loss = closure() if closure is not None else None
        with _NoGrad():
            for group in self.param_groups:
                for p in group["params"]:
                    grad = _c.rt_torch_autograd_grad(p._h)
                    if grad is not None:
                        self._update(p, grad, group, self.state.setdefault(p, {}))
        return loss

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any], state: dict[str, Any]) -> None:
        raise NotImplementedError


def _state_clone(t: Tensor) -> Tensor:
    """A copy of t that belongs to the optimizer's state, not to any scope."""
    return unscoped(_c.rt_torch_torchtensor_clone(t._h))


def _zeros_like(p: Tensor) -> Tensor:
    """torch.zeros_like(p, memory_format=torch.preserve_format), as optimizer state."""
    t = _state_clone(p)
    _c.rt_torch_torchtensor_zero_(t._h)
    return t


class SGD(Optimizer):
    """Stochastic gradient descent, optionally with momentum and weight decay (torch.optim.SGD).

    Per parameter, with g its gradient (torch.optim.sgd._single_tensor_sgd):
        g = -g if maximize;  g = g + weight_decay * p
        buf = g on the first step, else momentum * buf + (1 - dampening) * g
        g = g + momentum * buf if nesterov else buf      (with momentum)
        p = p - lr * g
    """

    def __init__(
        self,
        params: Iterable[Tensor] | Iterable[dict[str, Any]],
        lr: float = 1e-3,
        momentum: float = 0.0,
        dampening: float = 0.0,
        weight_decay: float = 0.0,
        nesterov: bool = False,
        *,
        maximize: bool = False,
    ) -> None:
        if lr < 0.0:
            raise ValueError_(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError_(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError_(f"Invalid weight_decay value: {weight_decay}")
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError_("Nesterov momentum requires a momentum and zero dampening")
        defaults: dict[str, Any] = {
            "lr": lr,
            "momentum": momentum,
            "dampening": dampening,
            "weight_decay": weight_decay,
            "nesterov": nesterov,
            "maximize": maximize,
        }
        super().__init__(params, defaults)

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any], state: dict[str, Any]) -> None:
        momentum: float = group["momentum"]
        weight_decay: float = group["weight_decay"]
        if group["maximize"]:
            grad = _c.rt_torch_torchtensor_neg(grad._h)
        if weight_decay != 0:
            grad = _c.rt_torch_torchtensor_clone(grad._h)  # grad.add(param, alpha=weight_decay)
            _c.rt_torch_torchtensor_add_(grad._h, p._h, weight_decay)
        if momentum != 0:
            buf: Tensor | None = state.get("momentum_buffer")
            if buf is None:
                buf = state["momentum_buffer"] = _state_clone(grad)
            else:
                _c.rt_torch_torchtensor_mul_scalar_(buf._h, momentum)
                _c.rt_torch_torchtensor_add_(buf._h, grad._h, 1 - group["dampening"])
            if group["nesterov"]:
                grad = _c.rt_torch_torchtensor_clone(grad._h)  # grad.add(buf, alpha=momentum)
                _c.rt_torch_torchtensor_add_(grad._h, buf._h, momentum)
            else:
                grad = buf
        _c.rt_torch_torchtensor_add_(p._h, grad._h, -group["lr"])


class Adam(Optimizer):
    """Adam, with optional L2 weight decay and AMSGrad (torch.optim.Adam).

    Per parameter, with g its gradient and t the parameter's step count
    (torch.optim.adam._single_tensor_adam):
        g = -g if maximize;  g = g + weight_decay * p
        m = lerp(m, g, 1 - beta1);  v = beta2 * v + (1 - beta2) * g * g
        v_max = max(v_max, v) with amsgrad, and v_max stands for v below
        p = p - lr / (1 - beta1 ** t) * m / (sqrt(v) / sqrt(1 - beta2 ** t) + eps)
    """

    def __init__(
        self,
        params: Iterable[Tensor] | Iterable[dict[str, Any]],
        lr: float = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0.0,
        amsgrad: bool = False,
        *,
        maximize: bool = False,
    ) -> None:
        if lr < 0.0:
            raise ValueError_(f"Invalid learning rate: {lr}")
        if eps < 0.0:
            raise ValueError_(f"Invalid epsilon value: {eps}")
        for i, beta in enumerate(betas):
            if not 0.0 <= beta < 1.0:
                raise ValueError_(f"Invalid beta parameter at index {i}: {beta}")
        if weight_decay < 0.0:
            raise ValueError_(f"Invalid weight_decay value: {weight_decay}")
        defaults: dict[str, Any] = {
            "lr": lr,
            "betas": tuple(betas),
            "eps": eps,
            "weight_decay": weight_decay,
            "amsgrad": amsgrad,
            "maximize": maximize,
        }
        super().__init__(params, defaults)

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any], state: dict[str, Any]) -> None:
        beta1, beta2 = group["betas"]
        weight_decay: float = group["weight_decay"]
        if not state:
            # PyTorch keeps the step count in a float32 tensor and reads it with item(): the same
            # whole numbers (exactly, up to 2**24 steps) as this float.
            state["step"] = 0.0
            state["exp_avg"] = _zeros_like(p)
            state["exp_avg_sq"] = _zeros_like(p)
            if group["amsgrad"]:
                state["max_exp_avg_sq"] = _zeros_like(p)
        exp_avg: Tensor = state["exp_avg"]
        exp_avg_sq: Tensor = state["exp_avg_sq"]
        if group["maximize"]:
            grad = _c.rt_torch_torchtensor_neg(grad._h)
        state["step"] += 1.0
        step: float = state["step"]
        if weight_decay != 0:
            grad = _c.rt_torch_torchtensor_clone(grad._h)  # grad.add(param, alpha=weight_decay)
            _c.rt_torch_torchtensor_add_(grad._h, p._h, weight_decay)
        _c.rt_torch_torchtensor_lerp_(exp_avg._h, grad._h, 1 - beta1)
        _c.rt_torch_torchtensor_mul_scalar_(exp_avg_sq._h, beta2)
        _c.rt_torch_torchtensor_addcmul_(exp_avg_sq._h, grad._h, grad._h, 1 - beta2)
        bias_correction1 = 1 - beta1**step
        bias_correction2 = 1 - beta2**step
        step_size = group["lr"] / bias_correction1
        bias_correction2_sqrt = bias_correction2**0.5
        second = exp_avg_sq
        if group["amsgrad"]:
            second = state["max_exp_avg_sq"]
            larger = _c.rt_torch_torchtensor_maximum(second._h, exp_avg_sq._h)  # torch.maximum(..., out=max_exp_avg_sq)
            _c.rt_torch_torchtensor_copy_(second._h, larger._h)
        root = _c.rt_torch_torchtensor_sqrt(second._h)
        denom = _c.rt_torch_torchtensor_div_scalar(root._h, bias_correction2_sqrt)
        _c.rt_torch_torchtensor_add_scalar_(denom._h, group["eps"])
        _c.rt_torch_torchtensor_addcdiv_(p._h, exp_avg._h, denom._h, -step_size)
