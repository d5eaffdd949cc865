# generated from spec/torch_api.yaml by sffi-gen; do not edit
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
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

from ._errors import TorchTypeError as _TypeErr
from ._errors import TorchValueError as _ValueErr
from ._errors import _error_code, _raise
from ._native import lib as _lib
from ._tensor import Tensor, _missing, _new

__all__ = ["Adam", "Optimizer", "SGD"]

# The bridge functions the optimizers call.
_rt_free = _lib.rt_torch_torchtensor_free
_rt_grad = _lib.rt_torch_autograd_grad
_rt_set_grad = _lib.rt_torch_autograd_set_grad
_rt_zero_grad = _lib.rt_torch_autograd_zero_grad
_rt_no_grad_begin = _lib.rt_torch_autograd_no_grad_begin
_rt_no_grad_end = _lib.rt_torch_autograd_no_grad_end
_rt_clone = _lib.rt_torch_torchtensor_clone
_rt_neg = _lib.rt_torch_torchtensor_neg
_rt_sqrt = _lib.rt_torch_torchtensor_sqrt
_rt_div_scalar = _lib.rt_torch_torchtensor_div_scalar
_rt_maximum = _lib.rt_torch_torchtensor_maximum
_rt_add_ = _lib.rt_torch_torchtensor_add_
_rt_add_scalar_ = _lib.rt_torch_torchtensor_add_scalar_
_rt_mul_scalar_ = _lib.rt_torch_torchtensor_mul_scalar_
_rt_addcmul_ = _lib.rt_torch_torchtensor_addcmul_
_rt_addcdiv_ = _lib.rt_torch_torchtensor_addcdiv_
_rt_lerp_ = _lib.rt_torch_torchtensor_lerp_
_rt_zero_ = _lib.rt_torch_torchtensor_zero_
_rt_copy_ = _lib.rt_torch_torchtensor_copy_


def _done() -> None:
    """Raises the error of the last call without a result, if it failed."""
    if _error_code():
        _raise()


def _made(h: int) -> int:
    """A handle a bridge call returned; raises its error when it is 0."""
    if not h:
        _raise()
    return h


def _state_tensor(h: int) -> Tensor:
    """A Tensor owning h that belongs to an optimizer: registered in no scope."""
    t = _new(Tensor)
    t._h = h
    t._live = True
    return t


class _NoGrad:
    """A no_grad region around an update, through the bridge (nests like autograd.no_grad)."""

    def __enter__(self) -> None:
        _rt_no_grad_begin()
        _done()

    def __exit__(self, *exc: object) -> None:
        _rt_no_grad_end()
        if exc[0] is None:
            _done()


class Optimizer:
    """What SGD and Adam share, as torch.optim.Optimizer: parameter groups, state, zero_grad().

    `params` is an iterable of Tensors, or of dicts with a "params" entry and options that
    override the defaults for that group (`[{"params": w}, {"params": b, "lr": 0.01}]`).
    `param_groups` and `state` (a dict per parameter, keyed by the Tensor) are PyTorch's.
    """

    def __init__(self, params: Iterable[Tensor] | Iterable[dict[str, Any]], defaults: dict[str, Any]) -> None:
        if isinstance(params, Tensor):
            raise _TypeErr("params argument given to the optimizer should be an iterable of Tensors or dicts, but got a Tensor")
        self.defaults = defaults
        self.state: dict[Tensor, dict[str, Any]] = {}
        self.param_groups: list[dict[str, Any]] = []
        items: list[Any] = list(params)
        if not items:
            raise _ValueErr("optimizer got an empty parameter list")
        groups: list[dict[str, Any]] = items if isinstance(items[0], dict) else [{"params": items}]
        for group in groups:
            self.add_param_group(group)

    def add_param_group(self, param_group: dict[str, Any]) -> None:
        """Adds a group of parameters, with options that override the defaults."""
        if not isinstance(param_group, dict):
            raise _TypeErr(f"param_group must be a dict, but got {type(param_group).__name__}")
        group = dict(param_group)
        params = group["params"]
        group["params"] = [params] if isinstance(params, Tensor) else list(params)
        for p in group["params"]:
            if not isinstance(p, Tensor):
                raise _TypeErr(f"optimizer can only optimize Tensors, but one of the params is {type(p).__name__}")
        for name, default in self.defaults.items():
            group.setdefault(name, default)
        seen = {id(p) for g in self.param_groups for p in g["params"]}
        if any(id(p) in seen for p in group["params"]) or len({id(p) for p in group["params"]}) != len(group["params"]):
            raise _ValueErr("some parameters appear in more than one parameter group")
        self.param_groups.append(group)

    def zero_grad(self, set_to_none: bool = True) -> None:
        """Removes every parameter's gradient (set_to_none, PyTorch's default) or zeroes it."""
        for group in self.param_groups:
            for p in group["params"]:
                if set_to_none:
                    _rt_set_grad(p._h, 0)
                else:
                    _rt_zero_grad(p._h)
                _done()

    def step(self, closure: Callable[[], Any] | None = None) -> Any:
        """One update of every parameter that has a gradient; returns closure() when given.

        The closure, if any, runs first (with gradients recorded): it recomputes the loss
        and calls backward, as PyTorch's closures do.
        """
        loss = closure() if closure is not None else None
        with _NoGrad():
            for group in self.param_groups:
                for p in group["params"]:
                    grad = _rt_grad(p._h)
                    if not grad:
                        _done()  # 0 means "no gradient" unless the call failed
                        continue
                    try:
                        self._update(p, grad, group, self.state.setdefault(p, {}))
                    finally:
                        _rt_free(grad)
        return loss

    def _update(self, p: Tensor, grad: int, group: dict[str, Any], state: dict[str, Any]) -> None:
        raise NotImplementedError


def _zeros_like(p: Tensor) -> Tensor:
    """torch.zeros_like(p, memory_format=torch.preserve_format), as optimizer state."""
    h = _made(_rt_clone(p._h))
    t = _state_tensor(h)
    _rt_zero_(h)
    _done()
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
            raise _ValueErr(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise _ValueErr(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise _ValueErr(f"Invalid weight_decay value: {weight_decay}")
        if nesterov and (momentum <= 0 or dampening != 0):
            raise _ValueErr("Nesterov momentum requires a momentum and zero dampening")
        defaults: dict[str, Any] = {
            "lr": lr,
            "momentum": momentum,
            "dampening": dampening,
            "weight_decay": weight_decay,
            "nesterov": nesterov,
            "maximize": maximize,
        }
        super().__init__(params, defaults)

    def _update(self, p: Tensor, grad: int, group: dict[str, Any], state: dict[str, Any]) -> None:
        momentum: float = group["momentum"]
        weight_decay: float = group["weight_decay"]
        temporaries: list[int] = []
        try:
            if group["maximize"]:
                grad = _made(_rt_neg(grad))
                temporaries.append(grad)
            if weight_decay != 0:
                grad = _made(_rt_clone(grad))  # grad.add(param, alpha=weight_decay)
                temporaries.append(grad)
                _rt_add_(grad, p._h, weight_decay)
                _done()
            if momentum != 0:
                buf: Tensor | None = state.get("momentum_buffer")
                if buf is None:
                    buf = state["momentum_buffer"] = _state_tensor(_made(_rt_clone(grad)))
                else:
                    _rt_mul_scalar_(buf._h, momentum)
                    _done()
                    _rt_add_(buf._h, grad, 1 - group["dampening"])
                    _done()
                if group["nesterov"]:
                    grad = _made(_rt_clone(grad))  # grad.add(buf, alpha=momentum)
                    temporaries.append(grad)
                    _rt_add_(grad, buf._h, momentum)
                    _done()
                else:
                    grad = buf._h
            _rt_add_(p._h, grad, -group["lr"])
            _done()
        finally:
            for h in temporaries:
                _rt_free(h)


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
            raise _ValueErr(f"Invalid learning rate: {lr}")
        if eps < 0.0:
            raise _ValueErr(f"Invalid epsilon value: {eps}")
        for i, beta in enumerate(betas):
            if not 0.0 <= beta < 1.0:
                raise _ValueErr(f"Invalid beta parameter at index {i}: {beta}")
        if weight_decay < 0.0:
            raise _ValueErr(f"Invalid weight_decay value: {weight_decay}")
        defaults: dict[str, Any] = {
            "lr": lr,
            "betas": tuple(betas),
            "eps": eps,
            "weight_decay": weight_decay,
            "amsgrad": amsgrad,
            "maximize": maximize,
        }
        super().__init__(params, defaults)

    def _update(self, p: Tensor, grad: int, group: dict[str, Any], state: dict[str, Any]) -> None:
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
        temporaries: list[int] = []
        try:
            if group["maximize"]:
                grad = _made(_rt_neg(grad))
                temporaries.append(grad)
            state["step"] += 1.0
            step: float = state["step"]
            if weight_decay != 0:
                grad = _made(_rt_clone(grad))  # grad.add(param, alpha=weight_decay)
                temporaries.append(grad)
                _rt_add_(grad, p._h, weight_decay)
                _done()
            _rt_lerp_(exp_avg._h, grad, 1 - beta1)
            _done()
            _rt_mul_scalar_(exp_avg_sq._h, beta2)
            _done()
            _rt_addcmul_(exp_avg_sq._h, grad, grad, 1 - beta2)
            _done()
            bias_correction1 = 1 - beta1**step
            bias_correction2 = 1 - beta2**step
            step_size = group["lr"] / bias_correction1
            bias_correction2_sqrt = bias_correction2**0.5
            second = exp_avg_sq
            if group["amsgrad"]:
                second = state["max_exp_avg_sq"]
                larger = _made(_rt_maximum(second._h, exp_avg_sq._h))  # torch.maximum(..., out=max_exp_avg_sq)
                temporaries.append(larger)
                _rt_copy_(second._h, larger)
                _done()
            root = _made(_rt_sqrt(second._h))
            temporaries.append(root)
            denom = _made(_rt_div_scalar(root, bias_correction2_sqrt))
            temporaries.append(denom)
            _rt_add_scalar_(denom, group["eps"])
            _done()
            _rt_addcdiv_(p._h, exp_avg._h, denom, -step_size)
            _done()
        finally:
            for h in temporaries:
                _rt_free(h)
