# copied from runtime/python/torch_sffi/optim/__init__.py by sffi-gen; edit that file, not this copy
"""Optimizers, as torch.optim: SGD, Adam, AdamW, RMSprop, Adagrad, Adadelta, Adamax, NAdam,
RAdam, ASGD and Rprop, with parameter groups, step(closure), zero_grad() and state_dict();
learning-rate schedules in torch_sffi.optim.lr_scheduler.

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

The constructors take PyTorch's arguments and validate them as PyTorch does (same exception
classes and messages). The flags of PyTorch's other implementations (foreach, fused,
capturable, differentiable) are accepted when off (False or None); set, they raise
TorchUnavailableError (a NotImplementedError): this module has the single-tensor path only.

Scalar state that PyTorch keeps in 0-dim float32 tensors (the step count; ASGD's eta and mu;
NAdam's mu_product) is kept here as Python floats holding the same float32 values (rounded to
float32 where PyTorch rounds them); state_dict() hands them out as 0-dim float32 Tensors, as
PyTorch's state_dict does, and load_state_dict() takes Tensors or numbers. A state_dict has
PyTorch's layout: {"state": {index: {name: value}}, "param_groups": [{option: value, ...,
"params": [index, ...]}]}.

Hand-written runtime: it calls the bridge's functions by their C names through
torch_sffi._core (mypy checks each call against the generated _core.pyi), which returns every
new handle as a Tensor, so temporaries are freed when the last reference goes, also when an
exception interrupts a step; sffi-gen copies it into the package.
"""

from __future__ import annotations

import warnings
from array import array
from collections import OrderedDict, defaultdict
from typing import Any, Callable, Iterable

from .. import _core as _c
from .._core import unscoped
from .._errors import PY_ERRORS, TorchUnavailableError
from .._tables import float32
from .._tensor import Tensor
from ..utils.hooks import RemovableHandle

__all__ = [
    "ASGD",
    "Adadelta",
    "Adagrad",
    "Adam",
    "AdamW",
    "Adamax",
    "NAdam",
    "Optimizer",
    "RAdam",
    "RMSprop",
    "Rprop",
    "SGD",
    "lr_scheduler",
    "register_optimizer_step_pre_hook",
]

TypeError_ = PY_ERRORS["type"]
ValueError_ = PY_ERRORS["value"]
RuntimeError_ = PY_ERRORS["other"]

# The scalar state entries PyTorch keeps as 0-dim float32 tensors (Python floats here).
SCALAR_STATE = ("step", "eta", "mu", "mu_product")


# Hooks every optimizer runs in step() before anything else (torch.optim.optimizer's global step
# pre-hooks), in registration order: hook(optimizer, args, kwargs).
_global_step_pre_hooks: OrderedDict[int, Callable[..., Any]] = OrderedDict()


def register_optimizer_step_pre_hook(hook: Callable[..., Any]) -> RemovableHandle:
    """Registers hook(optimizer, args, kwargs) to run first in every optimizer's step(), before
    its closure (torch.optim.optimizer.register_optimizer_step_pre_hook): args and kwargs are
    what step was called with; a result that is not None must be the new (args, kwargs)."""
    handle = RemovableHandle(_global_step_pre_hooks)
    _global_step_pre_hooks[handle.id] = hook
    return handle


Params = Iterable[Tensor] | Iterable[dict[str, Any]] | Iterable[tuple[str, Tensor]]


class _NoGrad(_c.Region):
    """A no_grad region around an update, through the bridge (nests like autograd.no_grad);
    begun and ended in C, so an interrupt cannot leave it open."""

    _region = (_c.rt_torch_autograd_no_grad_begin_v2, _c.rt_torch_autograd_no_grad_end_v2)


def _f32(x: float) -> float:
    """x rounded to float32 as a C cast rounds it (what storing into a float32 tensor does)."""
    return array("f", [x])[0]


def _typename(obj: Any) -> str:
    """torch.typename's spelling of an object's type ("int", "torch_sffi.Tensor")."""
    cls = type(obj)
    module = "torch_sffi" if isinstance(obj, Tensor) else cls.__module__
    return cls.__qualname__ if module in ("", "builtins") else f"{module}.{cls.__qualname__}"


def _value(x: float | Tensor) -> float:
    """A hyperparameter as a float (a 1-element Tensor's value)."""
    return float(x.item()) if isinstance(x, Tensor) else x


def _check_lr(lr: float | Tensor) -> None:
    if isinstance(lr, Tensor) and lr.numel() != 1:
        raise ValueError_("Tensor lr must be 1-element")
    if not 0.0 <= _value(lr):
        raise ValueError_(f"Invalid learning rate: {lr}")


def _check_nonnegative(what: str, value: float) -> None:
    """PyTorch's 'Invalid <what> value: <value>' check of an option that must be >= 0."""
    if not 0.0 <= value:
        raise ValueError_(f"Invalid {what} value: {value}")


def _check_betas(betas: tuple[float, float]) -> None:
    for i, beta in enumerate(betas):
        if not 0.0 <= _value(beta) < 1.0:
            raise ValueError_(f"Invalid beta parameter at index {i}: {beta}")


def _state_clone(t: Tensor) -> Tensor:
    """A copy of t that belongs to the optimizer's state, not to any scope."""
    return unscoped(_c.rt_torch_torchtensor_clone(t._h))


def _zeros_like(p: Tensor) -> Tensor:
    """torch.zeros_like(p, memory_format=torch.preserve_format), as optimizer state."""
    t = _state_clone(p)
    _c.rt_torch_torchtensor_zero_(t._h)
    return t


def _full_like(p: Tensor, value: float) -> Tensor:
    """torch.full_like(p, value, memory_format=torch.preserve_format), as optimizer state."""
    t = _state_clone(p)
    _c.rt_torch_torchtensor_fill_scalar_(t._h, value)
    return t


def _decayed(grad: Tensor, p: Tensor, weight_decay: float) -> Tensor:
    """grad.add(param, alpha=weight_decay): a new tensor, the gradient is left alone."""
    return _c.rt_torch_torchtensor_add_tensor(grad._h, p._h, weight_decay)


def _ema_sq(avg_sq: Tensor, grad: Tensor, beta: float) -> None:
    """avg_sq.mul_(beta).addcmul_(grad, grad, value=1 - beta)."""
    _c.rt_torch_torchtensor_mul_scalar_(avg_sq._h, beta)
    _c.rt_torch_torchtensor_addcmul_(avg_sq._h, grad._h, grad._h, 1 - beta)


def _adam_moments(state: dict[str, Any], p: Tensor, grad: Tensor, group: dict[str, Any]) -> tuple[Tensor, Tensor, float, Tensor]:
    """What Adam (AdamW), NAdam and RAdam do first, in their _single_tensor_ functions' order:
    the step count advanced; weight decay (decoupled: p *= 1 - lr * weight_decay, else it joins
    the gradient); the moments m = lerp(m, g, 1 - beta1) and v = beta2 * v + (1 - beta2) * g * g,
    in place (the caller's first step made them). Returns (m, v, step, the gradient used)."""
    beta1, beta2 = group["betas"]
    lr: float = group["lr"]
    weight_decay: float = group["weight_decay"]
    state["step"] += 1.0
    if weight_decay != 0:
        if group["decoupled_weight_decay"]:
            _c.rt_torch_torchtensor_mul_scalar_(p._h, 1 - lr * weight_decay)
        else:
            grad = _decayed(grad, p, weight_decay)
    exp_avg: Tensor = state["exp_avg"]
    exp_avg_sq: Tensor = state["exp_avg_sq"]
    _c.rt_torch_torchtensor_lerp_(exp_avg._h, grad._h, 1 - beta1)
    _ema_sq(exp_avg_sq, grad, beta2)
    return exp_avg, exp_avg_sq, state["step"], grad


class Optimizer:
    """What the optimizers share, as torch.optim.Optimizer: parameter groups, state,
    zero_grad(), step(closure), state_dict() and load_state_dict().

    `params` is an iterable of Tensors, of (name, Tensor) pairs (named_parameters()), or of
    dicts with a "params" entry and options that override the defaults for that group
    (`[{"params": w}, {"params": b, "lr": 0.01}]`). `param_groups` and `state` (a dict per
    parameter, keyed by the Tensor, made on first use as PyTorch's defaultdict does) are
    PyTorch's. Subclasses define _update(p, grad, group): one parameter's update.
    """

    def __init__(self, params: Params, defaults: dict[str, Any]) -> None:
        if isinstance(params, Tensor):
            raise TypeError_(f"params argument given to the optimizer should be an iterable of Tensors or dicts, but got {_typename(params)}")
        self.defaults = defaults
        self.state: defaultdict[Tensor, dict[str, Any]] = defaultdict(dict)
        self.param_groups: list[dict[str, Any]] = []
        groups: list[Any] = list(params)
        if not groups:
            raise ValueError_("optimizer got an empty parameter list")
        if not isinstance(groups[0], dict):
            groups = [{"params": groups}]
        for group in groups:
            self.add_param_group(group)

    def __repr__(self) -> str:
        lines = [f"{type(self).__name__} ("]
        for i, group in enumerate(self.param_groups):
            lines.append(f"Parameter Group {i}")
            lines.extend(f"    {key}: {group[key]}" for key in sorted(group) if key != "params")
        return "\n".join(lines) + "\n)"

    def _unsupported_flags(self) -> None:
        """Refuses the flags of PyTorch's other implementations, once PyTorch's own checks passed."""
        for flag in ("foreach", "fused", "capturable", "differentiable"):
            if flag in self.defaults and self.defaults[flag]:
                raise TorchUnavailableError(
                    f"torch_sffi.optim.{type(self).__name__}: {flag}=True is not supported; torch_sffi makes the "
                    f"single-tensor update of torch.optim (leave {flag} at its default)"
                )

    def add_param_group(self, param_group: dict[str, Any]) -> None:
        """Adds a group of parameters, with options that override the defaults (PyTorch's checks,
        messages and warning for duplicates)."""
        if not isinstance(param_group, dict):
            raise TypeError_(f"param_group must be a dict, but got {type(param_group)}")
        params = param_group["params"]
        if isinstance(params, Tensor):
            items: list[Any] = [params]
        elif isinstance(params, set):
            raise TypeError_(
                "optimizer parameters need to be organized in ordered collections, but "
                "the ordering of tensors in sets will change between runs. Please use a list instead."
            )
        else:
            items = list(params)
        names = [item[0] for item in items if isinstance(item, tuple)]
        tensors = [item[1] if isinstance(item, tuple) else item for item in items]
        param_group["params"] = tensors
        if names:
            if len(names) != len(tensors):
                raise ValueError_("all optimizer params should be with/without names. Some param names are missing")
            param_group["param_names"] = names
        for p in tensors:
            if not isinstance(p, Tensor):
                raise TypeError_(f"optimizer can only optimize Tensors, but one of the params is {_typename(p)}")
            if not self.defaults.get("differentiable") and not _c.rt_torch_autograd_is_leaf(p._h):
                raise ValueError_("can't optimize a non-leaf Tensor")
            if _c.rt_torch_torchtensor_is_complex(p._h):
                # PyTorch updates a complex parameter through view_as_real; these updates do not
                raise TorchUnavailableError(f"torch_sffi.optim.{type(self).__name__}: complex parameters are not supported")
        for name, default in self.defaults.items():
            param_group.setdefault(name, default)
        if len({id(p) for p in tensors}) != len(tensors):
            warnings.warn(
                "optimizer contains a parameter group with duplicate parameters; in future, this will cause an error; "
                "see github.com/pytorch/pytorch/issues/40967 for more information",
                UserWarning,
                stacklevel=3,
            )
        seen: set[int] = set()
        for group in self.param_groups:
            seen.update(id(p) for p in group["params"])
            if ("param_names" in param_group) != ("param_names" in group):
                which = "with names" if "param_names" in param_group else "without names"
                raise ValueError_(f"all optimizer param groups should be with/without names. cannot add param group {which} to the optimizer")
        if any(id(p) in seen for p in tensors):
            raise ValueError_("some parameters appear in more than one parameter group")
        self.param_groups.append(param_group)

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
        args: tuple[Any, ...] = (self,) if closure is None else (self, closure)  # what torch.optim's hooks get
        kwargs: dict[str, Any] = {}
        for hook in list(_global_step_pre_hooks.values()):
            result = hook(self, args, kwargs)
            if result is not None:
                if not (isinstance(result, tuple) and len(result) == 2):
                    raise RuntimeError_(f"optimizer must return None or a tuple of (new_args, new_kwargs), but got {result}.")
                args, kwargs = result
                closure = kwargs.get("closure", args[1] if len(args) > 1 else None)
        loss = closure() if closure is not None else None
        self._opt_called = True  # what the schedules check: the optimizer stepped before them
        with _NoGrad():
            for group in self.param_groups:
                for p in group["params"]:
                    grad = _c.rt_torch_autograd_grad(p._h)
                    if grad is not None:
                        if group["maximize"]:
                            grad = _c.rt_torch_torchtensor_neg(grad._h)
                        self._update(p, grad, group)
        return loss

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        """One parameter's update, from its gradient (already negated under maximize)."""
        raise NotImplementedError(f"{type(self).__name__} does not define its update")

    # ------------------------------------------------------------------ state_dict

    def state_dict(self) -> dict[str, Any]:
        """The optimizer's state in PyTorch's layout: "state" maps each parameter's index (in the
        order of the groups) to its state, "param_groups" lists the groups' options with the
        indices of their parameters under "params". Tensors in it are the optimizer's own (as in
        PyTorch), but for the scalar state, handed out as new 0-dim float32 Tensors."""
        index: dict[int, int] = {}
        groups: list[dict[str, Any]] = []
        for group in self.param_groups:
            packed = {k: v for k, v in group.items() if k != "params"}
            for p in group["params"]:
                index.setdefault(id(p), len(index))
            packed["params"] = [index[id(p)] for p in group["params"]]
            groups.append(packed)
        state = {index[id(p)]: _pack_state(s) for p, s in self.state.items()}
        return {"state": state, "param_groups": groups}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        """Loads a state_dict (ours, or PyTorch's with its tensors made torch_sffi Tensors):
        the groups' options, and each parameter's state, matched by position. Tensor state is
        copied (cast to the parameter's dtype when the parameter is floating point); the
        scalar state is read back into floats."""
        saved_groups = state_dict["param_groups"]
        if len(self.param_groups) != len(saved_groups):
            raise ValueError_("loaded state dict has a different number of parameter groups")
        if any(len(g["params"]) != len(s["params"]) for g, s in zip(self.param_groups, saved_groups)):
            raise ValueError_("loaded state dict contains a parameter group that doesn't match the size of optimizer's group")
        by_index = {i: p for s, g in zip(saved_groups, self.param_groups) for i, p in zip(s["params"], g["params"])}
        state: defaultdict[Tensor, dict[str, Any]] = defaultdict(dict)
        for key, values in state_dict["state"].items():
            if key in by_index:
                p = by_index[key]
                state[p] = {name: _unpack_state(p, name, value) for name, value in values.items()}
        groups: list[dict[str, Any]] = []
        for group, saved in zip(self.param_groups, saved_groups):
            new = {k: _copy_option(v) for k, v in saved.items()}
            new["params"] = group["params"]
            if "param_names" in group and "param_names" not in new:
                new["param_names"] = group["param_names"]
            groups.append(new)
        self.state = state
        self.param_groups = groups


def _pack_state(state: dict[str, Any]) -> dict[str, Any]:
    return {name: Tensor(value, float32) if name in SCALAR_STATE and isinstance(value, float) else value for name, value in state.items()}


def _unpack_state(p: Tensor, name: str, value: Any) -> Any:
    if name in SCALAR_STATE:
        return _f32(float(value.item()) if isinstance(value, Tensor) else float(value))
    if isinstance(value, Tensor):
        if _c.rt_torch_torchtensor_is_floating_point(p._h) and value.dtype != p.dtype:
            return unscoped(_c.rt_torch_torchtensor_to_dtype(value._h, p.dtype))
        return _state_clone(value)
    return value


def _copy_option(value: Any) -> Any:
    """A group option out of a state_dict: lists and tuples copied, Tensors (a Tensor lr) cloned."""
    if isinstance(value, Tensor):
        return _state_clone(value)
    if isinstance(value, (list, tuple)):
        return type(value)(_copy_option(v) for v in value)
    return value


def _no_tensor_hyperparameters(name: str, **values: Any) -> None:
    """Refuses Tensor hyperparameters where this module's update takes them as floats only."""
    for what, value in values.items():
        items = value if isinstance(value, tuple) else (value,)
        if any(isinstance(v, Tensor) for v in items):
            raise TorchUnavailableError(f"torch_sffi.optim.{name}: {what} as a Tensor is not supported; pass a float")


class SGD(Optimizer):
    """Stochastic gradient descent, optionally with momentum and weight decay (torch.optim.SGD).

    Per parameter, with g its gradient (torch.optim.sgd._single_tensor_sgd):
        g = -g if maximize;  g = g + weight_decay * p
        buf = g on the first step, else momentum * buf + (1 - dampening) * g
        g = g + momentum * buf if nesterov else buf      (with momentum)
        p = p - lr * g
    A 1-element Tensor lr is taken as PyTorch takes it (its float32 value).
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 1e-3,
        momentum: float = 0,
        dampening: float = 0,
        weight_decay: float = 0,
        nesterov: bool = False,
        *,
        maximize: bool = False,
        foreach: bool | None = None,
        differentiable: bool = False,
        fused: bool | None = None,
    ) -> None:
        if isinstance(lr, Tensor) and lr.numel() != 1:
            raise ValueError_("Tensor lr must be 1-element")
        if _value(lr) < 0.0:
            raise ValueError_(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError_(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError_(f"Invalid weight_decay value: {weight_decay}")
        defaults: dict[str, Any] = {
            "lr": lr,
            "momentum": momentum,
            "dampening": dampening,
            "weight_decay": weight_decay,
            "nesterov": nesterov,
            "maximize": maximize,
            "foreach": foreach,
            "differentiable": differentiable,
            "fused": fused,
        }
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError_("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, defaults)
        if fused and differentiable:
            raise RuntimeError_("`fused` does not support `differentiable`")
        if fused and foreach:
            raise RuntimeError_("`fused` and `foreach` cannot be `True` together.")
        self._unsupported_flags()

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        momentum: float = group["momentum"]
        weight_decay: float = group["weight_decay"]
        if weight_decay != 0:
            grad = _decayed(grad, p, weight_decay)
        if momentum != 0:
            state = self.state[p]
            buf: Tensor | None = state.get("momentum_buffer")
            if buf is None:
                buf = state["momentum_buffer"] = _state_clone(grad)
            else:
                _c.rt_torch_torchtensor_mul_scalar_(buf._h, momentum)
                _c.rt_torch_torchtensor_add_(buf._h, grad._h, 1 - group["dampening"])
            grad = _c.rt_torch_torchtensor_add_tensor(grad._h, buf._h, momentum) if group["nesterov"] else buf
        _c.rt_torch_torchtensor_add_(p._h, grad._h, -_value(group["lr"]))


class Adam(Optimizer):
    """Adam, with optional L2 or decoupled weight decay and AMSGrad (torch.optim.Adam).

    Per parameter, with g its gradient and t the parameter's step count
    (torch.optim.adam._single_tensor_adam):
        g = -g if maximize;  p = p * (1 - lr * weight_decay) if decoupled, else g = g + weight_decay * p
        m = lerp(m, g, 1 - beta1);  v = beta2 * v + (1 - beta2) * g * g
        v_max = max(v_max, v) with amsgrad, and v_max stands for v below
        p = p - lr / (1 - beta1 ** t) * m / (sqrt(v) / sqrt(1 - beta2 ** t) + eps)
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0,
        amsgrad: bool = False,
        *,
        foreach: bool | None = None,
        maximize: bool = False,
        capturable: bool = False,
        differentiable: bool = False,
        fused: bool | None = None,
        decoupled_weight_decay: bool = False,
    ) -> None:
        if isinstance(lr, Tensor):
            if foreach and not capturable:
                raise ValueError_("lr as a Tensor is not supported for capturable=False and foreach=True")
            if lr.numel() != 1:
                raise ValueError_("Tensor lr must be 1-element")
        if not 0.0 <= _value(lr):
            raise ValueError_(f"Invalid learning rate: {lr}")
        _check_nonnegative("epsilon", eps)
        _check_betas(betas)
        _check_nonnegative("weight_decay", weight_decay)
        if isinstance(betas[0], Tensor) != isinstance(betas[1], Tensor):
            raise ValueError_("betas must be either both floats or both Tensors")
        for i, beta in enumerate(betas):
            if isinstance(beta, Tensor):
                if not capturable and foreach:
                    raise ValueError_(f"betas[{i}] as a Tensor is not supported for capturable=False and foreach=True")
                if beta.numel() != 1:
                    raise ValueError_(f"Tensor betas[{i}] must be 1-element")
        defaults: dict[str, Any] = {
            "lr": lr,
            "betas": tuple(betas),
            "eps": eps,
            "weight_decay": weight_decay,
            "amsgrad": amsgrad,
            "maximize": maximize,
            "foreach": foreach,
            "capturable": capturable,
            "differentiable": differentiable,
            "fused": fused,
            "decoupled_weight_decay": decoupled_weight_decay,
        }
        super().__init__(params, defaults)
        if fused and differentiable:
            raise RuntimeError_("`fused` does not support `differentiable`")
        if fused and foreach:
            raise RuntimeError_("`fused` and `foreach` cannot be `True` together.")
        self._unsupported_flags()
        _no_tensor_hyperparameters(type(self).__name__, lr=lr, betas=tuple(betas))

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        beta1, beta2 = group["betas"]
        lr: float = group["lr"]
        state = self.state[p]
        if not state:
            state["step"] = 0.0
            state["exp_avg"] = _zeros_like(p)
            state["exp_avg_sq"] = _zeros_like(p)
            if group["amsgrad"]:
                state["max_exp_avg_sq"] = _zeros_like(p)
        exp_avg, exp_avg_sq, step, _ = _adam_moments(state, p, grad, group)
        bias_correction1 = 1 - beta1**step
        bias_correction2 = 1 - beta2**step
        step_size = lr / bias_correction1
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


class AdamW(Adam):
    """Adam with decoupled weight decay (torch.optim.AdamW: Adam's update with
    decoupled_weight_decay=True, and weight_decay 1e-2 by default)."""

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 1e-2,
        amsgrad: bool = False,
        *,
        maximize: bool = False,
        foreach: bool | None = None,
        capturable: bool = False,
        differentiable: bool = False,
        fused: bool | None = None,
    ) -> None:
        super().__init__(
            params,
            lr,
            betas,
            eps,
            weight_decay,
            amsgrad,
            foreach=foreach,
            maximize=maximize,
            capturable=capturable,
            differentiable=differentiable,
            fused=fused,
            decoupled_weight_decay=True,
        )


class Adadelta(Optimizer):
    """Adadelta (torch.optim.Adadelta; torch.optim.adadelta._single_tensor_adadelta):
        g = -g if maximize;  g = g + weight_decay * p
        v = rho * v + (1 - rho) * g * g
        delta = sqrt(u + eps) / sqrt(v + eps) * g;  u = rho * u + (1 - rho) * delta * delta
        p = p - lr * delta
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 1.0,
        rho: float = 0.9,
        eps: float = 1e-6,
        weight_decay: float = 0,
        foreach: bool | None = None,
        *,
        capturable: bool = False,
        maximize: bool = False,
        differentiable: bool = False,
    ) -> None:
        _check_lr(lr)
        if not 0.0 <= rho <= 1.0:
            raise ValueError_(f"Invalid rho value: {rho}")
        _check_nonnegative("epsilon", eps)
        _check_nonnegative("weight_decay", weight_decay)
        defaults: dict[str, Any] = {
            "lr": lr,
            "rho": rho,
            "eps": eps,
            "weight_decay": weight_decay,
            "maximize": maximize,
            "capturable": capturable,
            "foreach": foreach,
            "differentiable": differentiable,
        }
        super().__init__(params, defaults)
        self._unsupported_flags()
        _no_tensor_hyperparameters(type(self).__name__, lr=lr)

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        rho: float = group["rho"]
        eps: float = group["eps"]
        state = self.state[p]
        if not state:
            state["step"] = 0.0
            state["square_avg"] = _zeros_like(p)
            state["acc_delta"] = _zeros_like(p)
        square_avg: Tensor = state["square_avg"]
        acc_delta: Tensor = state["acc_delta"]
        state["step"] += 1.0
        if group["weight_decay"] != 0:
            grad = _decayed(grad, p, group["weight_decay"])
        _ema_sq(square_avg, grad, rho)
        std = _c.rt_torch_torchtensor_add_scalar(square_avg._h, eps)
        _c.rt_torch_torchtensor_sqrt_(std._h)
        delta = _c.rt_torch_torchtensor_add_scalar(acc_delta._h, eps)
        _c.rt_torch_torchtensor_sqrt_(delta._h)
        _c.rt_torch_torchtensor_div_tensor_(delta._h, std._h)
        _c.rt_torch_torchtensor_mul_(delta._h, grad._h)
        _ema_sq(acc_delta, delta, rho)
        _c.rt_torch_torchtensor_add_(p._h, delta._h, -group["lr"])


class Adagrad(Optimizer):
    """Adagrad (torch.optim.Adagrad; torch.optim.adagrad._single_tensor_adagrad):
        g = -g if maximize;  g = g + weight_decay * p
        clr = lr / (1 + (t - 1) * lr_decay);  s = s + g * g
        p = p - clr * g / (sqrt(s) + eps)
    The state (step and sum, from initial_accumulator_value) is made for every parameter by
    the constructor, as PyTorch makes it. A 1-element Tensor lr is taken as PyTorch takes it
    (clr in float32 arithmetic).
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 1e-2,
        lr_decay: float = 0,
        weight_decay: float = 0,
        initial_accumulator_value: float = 0,
        eps: float = 1e-10,
        foreach: bool | None = None,
        *,
        maximize: bool = False,
        differentiable: bool = False,
        fused: bool | None = None,
    ) -> None:
        _check_lr(lr)
        _check_nonnegative("lr_decay", lr_decay)
        _check_nonnegative("weight_decay", weight_decay)
        _check_nonnegative("initial_accumulator_value", initial_accumulator_value)
        _check_nonnegative("epsilon", eps)
        defaults: dict[str, Any] = {
            "lr": lr,
            "lr_decay": lr_decay,
            "eps": eps,
            "weight_decay": weight_decay,
            "initial_accumulator_value": initial_accumulator_value,
            "foreach": foreach,
            "maximize": maximize,
            "differentiable": differentiable,
            "fused": fused,
        }
        super().__init__(params, defaults)
        if fused and differentiable:
            raise RuntimeError_("`fused` does not support `differentiable`")
        if fused and foreach:
            raise RuntimeError_("`fused` and `foreach` cannot be `True` together.")
        self._unsupported_flags()
        for group in self.param_groups:
            for p in group["params"]:
                self._init_state(p)

    def _init_state(self, p: Tensor) -> None:
        state = self.state[p]
        state["step"] = 0.0
        state["sum"] = _full_like(p, self.defaults["initial_accumulator_value"])

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        state = self.state[p]
        if not state:
            self._init_state(p)
        state_sum: Tensor = state["sum"]
        state["step"] += 1.0
        step: float = state["step"]
        if group["weight_decay"] != 0:
            grad = _decayed(grad, p, group["weight_decay"])
        lr = group["lr"]
        divisor = 1 + (step - 1) * group["lr_decay"]
        # A Tensor lr makes clr a float32 tensor: the division rounds to float32.
        clr = _f32(_value(lr) / _f32(divisor)) if isinstance(lr, Tensor) else lr / divisor
        _c.rt_torch_torchtensor_addcmul_(state_sum._h, grad._h, grad._h, 1)
        std = _c.rt_torch_torchtensor_sqrt(state_sum._h)
        _c.rt_torch_torchtensor_add_scalar_(std._h, group["eps"])
        _c.rt_torch_torchtensor_addcdiv_(p._h, grad._h, std._h, -clr)


class Adamax(Optimizer):
    """Adamax, Adam with the infinity norm (torch.optim.Adamax; _single_tensor_adamax):
        g = -g if maximize;  g = g + weight_decay * p
        m = lerp(m, g, 1 - beta1);  u = max(beta2 * u, |g| + eps)
        p = p - lr / (1 - beta1 ** t) * m / u
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 2e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0,
        foreach: bool | None = None,
        *,
        maximize: bool = False,
        differentiable: bool = False,
        capturable: bool = False,
    ) -> None:
        _check_lr(lr)
        _check_nonnegative("epsilon", eps)
        _check_betas(betas)
        _check_nonnegative("weight_decay", weight_decay)
        defaults: dict[str, Any] = {
            "lr": lr,
            "betas": betas,
            "eps": eps,
            "weight_decay": weight_decay,
            "foreach": foreach,
            "maximize": maximize,
            "differentiable": differentiable,
            "capturable": capturable,
        }
        super().__init__(params, defaults)
        self._unsupported_flags()
        _no_tensor_hyperparameters(type(self).__name__, lr=lr)

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        beta1, beta2 = group["betas"]
        state = self.state[p]
        if not state:
            state["step"] = 0.0
            state["exp_avg"] = _zeros_like(p)
            state["exp_inf"] = _zeros_like(p)
        exp_avg: Tensor = state["exp_avg"]
        exp_inf: Tensor = state["exp_inf"]
        state["step"] += 1.0
        if group["weight_decay"] != 0:
            grad = _decayed(grad, p, group["weight_decay"])
        _c.rt_torch_torchtensor_lerp_(exp_avg._h, grad._h, 1 - beta1)
        _c.rt_torch_torchtensor_mul_scalar_(exp_inf._h, beta2)
        norm = _c.rt_torch_torchtensor_abs(grad._h)
        _c.rt_torch_torchtensor_add_scalar_(norm._h, group["eps"])
        larger = _c.rt_torch_torchtensor_maximum(exp_inf._h, norm._h)  # torch.maximum(..., out=exp_inf)
        _c.rt_torch_torchtensor_copy_(exp_inf._h, larger._h)
        clr = group["lr"] / (1 - beta1 ** state["step"])
        _c.rt_torch_torchtensor_addcdiv_(p._h, exp_avg._h, exp_inf._h, -clr)


class NAdam(Optimizer):
    """NAdam, Adam with Nesterov momentum (torch.optim.NAdam; _single_tensor_nadam):
        g = -g if maximize;  p = p * (1 - lr * weight_decay) if decoupled, else g = g + weight_decay * p
        mu_t = beta1 * (1 - 0.5 * 0.96 ** (t * momentum_decay));  mu_product = mu_product * mu_t (float32)
        m = lerp(m, g, 1 - beta1);  v = beta2 * v + (1 - beta2) * g * g
        denom = sqrt(v / (1 - beta2 ** t)) + eps
        p = p - lr * (1 - mu_t) / (1 - mu_product) * g / denom
              - lr * mu_{t+1} / (1 - mu_product * mu_{t+1}) * m / denom
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 2e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0,
        momentum_decay: float = 4e-3,
        decoupled_weight_decay: bool = False,
        *,
        foreach: bool | None = None,
        maximize: bool = False,
        capturable: bool = False,
        differentiable: bool = False,
    ) -> None:
        _check_lr(lr)
        _check_nonnegative("epsilon", eps)
        _check_betas(betas)
        _check_nonnegative("weight_decay", weight_decay)
        _check_nonnegative("momentum_decay", momentum_decay)
        defaults: dict[str, Any] = {
            "lr": lr,
            "betas": betas,
            "eps": eps,
            "weight_decay": weight_decay,
            "momentum_decay": momentum_decay,
            "decoupled_weight_decay": decoupled_weight_decay,
            "maximize": maximize,
            "foreach": foreach,
            "capturable": capturable,
            "differentiable": differentiable,
        }
        super().__init__(params, defaults)
        self._unsupported_flags()
        _no_tensor_hyperparameters(type(self).__name__, lr=lr)

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        beta1, beta2 = group["betas"]
        lr: float = group["lr"]
        momentum_decay: float = group["momentum_decay"]
        state = self.state[p]
        if not state:
            state["step"] = 0.0
            state["mu_product"] = 1.0
            state["exp_avg"] = _zeros_like(p)
            state["exp_avg_sq"] = _zeros_like(p)
        exp_avg, exp_avg_sq, step, grad = _adam_moments(state, p, grad, group)
        bias_correction2 = 1 - beta2**step
        mu = beta1 * (1.0 - 0.5 * (0.96 ** (step * momentum_decay)))
        mu_next = beta1 * (1.0 - 0.5 * (0.96 ** ((step + 1) * momentum_decay)))
        # mu_product is a float32 tensor in PyTorch: mu_product *= mu multiplies in float32.
        mu_product = state["mu_product"] = _f32(state["mu_product"] * _f32(mu))
        denom = _c.rt_torch_torchtensor_div_scalar(exp_avg_sq._h, bias_correction2)
        _c.rt_torch_torchtensor_sqrt_(denom._h)
        mu_product_next = mu_product * mu_next
        _c.rt_torch_torchtensor_add_scalar_(denom._h, group["eps"])
        _c.rt_torch_torchtensor_addcdiv_(p._h, grad._h, denom._h, -lr * (1.0 - mu) / (1.0 - mu_product))
        _c.rt_torch_torchtensor_addcdiv_(p._h, exp_avg._h, denom._h, (-lr * mu_next) / (1.0 - mu_product_next))


class RAdam(Optimizer):
    """RAdam, rectified Adam (torch.optim.RAdam; _single_tensor_radam):
        g = -g if maximize;  p = p * (1 - lr * weight_decay) if decoupled, else g = g + weight_decay * p
        m = lerp(m, g, 1 - beta1);  v = beta2 * v + (1 - beta2) * g * g
        rho_inf = 2 / (1 - beta2) - 1;  rho_t = rho_inf - 2 t beta2 ** t / (1 - beta2 ** t)
        p = p - m / (1 - beta1 ** t) * lr * sqrt(1 - beta2 ** t) / (sqrt(v) + eps) * rect    (rho_t > 5)
        p = p - m / (1 - beta1 ** t) * lr                                                    (otherwise)
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 1e-3,
        betas: tuple[float, float] = (0.9, 0.999),
        eps: float = 1e-8,
        weight_decay: float = 0,
        decoupled_weight_decay: bool = False,
        *,
        foreach: bool | None = None,
        maximize: bool = False,
        capturable: bool = False,
        differentiable: bool = False,
    ) -> None:
        _check_lr(lr)
        _check_nonnegative("epsilon", eps)
        _check_betas(betas)
        _check_nonnegative("weight_decay", weight_decay)
        defaults: dict[str, Any] = {
            "lr": lr,
            "betas": betas,
            "eps": eps,
            "weight_decay": weight_decay,
            "maximize": maximize,
            "foreach": foreach,
            "capturable": capturable,
            "decoupled_weight_decay": decoupled_weight_decay,
            "differentiable": differentiable,
        }
        super().__init__(params, defaults)
        self._unsupported_flags()
        _no_tensor_hyperparameters(type(self).__name__, lr=lr)

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        beta1, beta2 = group["betas"]
        lr: float = group["lr"]
        state = self.state[p]
        if not state:
            state["step"] = 0.0
            state["exp_avg"] = _zeros_like(p)
            state["exp_avg_sq"] = _zeros_like(p)
        exp_avg, exp_avg_sq, step, _ = _adam_moments(state, p, grad, group)
        bias_correction1 = 1 - beta1**step
        bias_correction2 = 1 - beta2**step
        corrected = _c.rt_torch_torchtensor_div_scalar(exp_avg._h, bias_correction1)
        rho_inf = 2 / (1 - beta2) - 1
        rho_t = rho_inf - 2 * step * (beta2**step) / bias_correction2
        update = _c.rt_torch_torchtensor_mul_scalar_v2(corrected._h, lr)
        if rho_t > 5.0:
            root = _c.rt_torch_torchtensor_sqrt(exp_avg_sq._h)
            _c.rt_torch_torchtensor_add_scalar_(root._h, group["eps"])
            # (bias_correction2 ** 0.5) / root is Tensor.__rtruediv__: root.reciprocal() * scalar
            inverse = _c.rt_torch_torchtensor_reciprocal(root._h)
            adaptive = _c.rt_torch_torchtensor_mul_scalar_v2(inverse._h, bias_correction2**0.5)
            rect = ((rho_t - 4) * (rho_t - 2) * rho_inf / ((rho_inf - 4) * (rho_inf - 2) * rho_t)) ** 0.5
            update = _c.rt_torch_torchtensor_mul_tensor(update._h, adaptive._h)
            update = _c.rt_torch_torchtensor_mul_scalar_v2(update._h, rect)
        _c.rt_torch_torchtensor_add_(p._h, update._h, -1.0)


class ASGD(Optimizer):
    """Averaged stochastic gradient descent (torch.optim.ASGD; _single_tensor_asgd):
        g = -g if maximize;  g = g + weight_decay * p
        p = p * (1 - lambd * eta) - eta * g
        ax = ax + (p - ax) * mu if mu != 1, else p
        eta = lr / (1 + lambd * lr * t) ** alpha;  mu = 1 / max(1, t - t0)     (both float32)
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 1e-2,
        lambd: float = 1e-4,
        alpha: float = 0.75,
        t0: float = 1e6,
        weight_decay: float = 0,
        foreach: bool | None = None,
        maximize: bool = False,
        differentiable: bool = False,
        capturable: bool = False,
    ) -> None:
        _check_lr(lr)
        _check_nonnegative("weight_decay", weight_decay)
        defaults: dict[str, Any] = {
            "lr": lr,
            "lambd": lambd,
            "alpha": alpha,
            "t0": t0,
            "weight_decay": weight_decay,
            "foreach": foreach,
            "maximize": maximize,
            "differentiable": differentiable,
            "capturable": capturable,
        }
        super().__init__(params, defaults)
        self._unsupported_flags()
        _no_tensor_hyperparameters(type(self).__name__, lr=lr)

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        lr: float = group["lr"]
        lambd: float = group["lambd"]
        state = self.state[p]
        if not state:
            state["step"] = 0.0
            state["eta"] = _f32(lr)
            state["mu"] = 1.0
            state["ax"] = _zeros_like(p)
        ax: Tensor = state["ax"]
        state["step"] += 1.0
        step: float = state["step"]
        if group["weight_decay"] != 0:
            grad = _decayed(grad, p, group["weight_decay"])
        eta: float = state["eta"]
        _c.rt_torch_torchtensor_mul_scalar_(p._h, 1 - lambd * eta)
        _c.rt_torch_torchtensor_add_(p._h, grad._h, -eta)
        mu: float = state["mu"]
        if mu != 1:
            moved = _c.rt_torch_torchtensor_sub_tensor(p._h, ax._h, 1)
            _c.rt_torch_torchtensor_mul_scalar_(moved._h, mu)
            _c.rt_torch_torchtensor_add_(ax._h, moved._h, 1)
        else:
            _c.rt_torch_torchtensor_copy_(ax._h, p._h)
        state["eta"] = _f32(lr / ((1 + lambd * lr * step) ** group["alpha"]))
        state["mu"] = _f32(1 / max(1, step - group["t0"]))


class RMSprop(Optimizer):
    """RMSprop (torch.optim.RMSprop; _single_tensor_rmsprop):
        g = -g if maximize;  g = g + weight_decay * p
        v = alpha * v + (1 - alpha) * g * g
        avg = sqrt(v - ga * ga) with ga = lerp(ga, g, 1 - alpha) if centered, else sqrt(v);  avg = avg + eps
        buf = momentum * buf + g / avg;  p = p - lr * buf      (momentum > 0)
        p = p - lr * g / avg                                   (otherwise)
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 1e-2,
        alpha: float = 0.99,
        eps: float = 1e-8,
        weight_decay: float = 0,
        momentum: float = 0,
        centered: bool = False,
        capturable: bool = False,
        foreach: bool | None = None,
        maximize: bool = False,
        differentiable: bool = False,
    ) -> None:
        _check_lr(lr)
        _check_nonnegative("epsilon", eps)
        _check_nonnegative("momentum", momentum)
        _check_nonnegative("weight_decay", weight_decay)
        _check_nonnegative("alpha", alpha)
        defaults: dict[str, Any] = {
            "lr": lr,
            "momentum": momentum,
            "alpha": alpha,
            "eps": eps,
            "centered": centered,
            "weight_decay": weight_decay,
            "capturable": capturable,
            "foreach": foreach,
            "maximize": maximize,
            "differentiable": differentiable,
        }
        super().__init__(params, defaults)
        self._unsupported_flags()
        _no_tensor_hyperparameters(type(self).__name__, lr=lr)

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        alpha: float = group["alpha"]
        momentum: float = group["momentum"]
        state = self.state[p]
        if not state:
            state["step"] = 0.0
            state["square_avg"] = _zeros_like(p)
            if momentum > 0:
                state["momentum_buffer"] = _zeros_like(p)
            if group["centered"]:
                state["grad_avg"] = _zeros_like(p)
        square_avg: Tensor = state["square_avg"]
        state["step"] += 1.0
        if group["weight_decay"] != 0:
            grad = _decayed(grad, p, group["weight_decay"])
        _ema_sq(square_avg, grad, alpha)
        if group["centered"]:
            grad_avg: Tensor = state["grad_avg"]
            _c.rt_torch_torchtensor_lerp_(grad_avg._h, grad._h, 1 - alpha)
            avg = _c.rt_torch_torchtensor_addcmul(square_avg._h, grad_avg._h, grad_avg._h, -1)
            _c.rt_torch_torchtensor_sqrt_(avg._h)
        else:
            avg = _c.rt_torch_torchtensor_sqrt(square_avg._h)
        _c.rt_torch_torchtensor_add_scalar_(avg._h, group["eps"])
        if momentum > 0:
            buf: Tensor = state["momentum_buffer"]
            _c.rt_torch_torchtensor_mul_scalar_(buf._h, momentum)
            _c.rt_torch_torchtensor_addcdiv_(buf._h, grad._h, avg._h, 1)
            _c.rt_torch_torchtensor_add_(p._h, buf._h, -group["lr"])
        else:
            _c.rt_torch_torchtensor_addcdiv_(p._h, grad._h, avg._h, -group["lr"])


class Rprop(Optimizer):
    """Resilient backpropagation (torch.optim.Rprop; _single_tensor_rprop): per element, the
    step size grows by etaplus while the gradient keeps its sign and shrinks by etaminus when it
    flips (within step_sizes), and the parameter moves by the step size against the gradient's
    sign; after a flip, the gradient counts as 0 for this step and the next.
    """

    def __init__(
        self,
        params: Params,
        lr: float | Tensor = 1e-2,
        etas: tuple[float, float] = (0.5, 1.2),
        step_sizes: tuple[float, float] = (1e-6, 50),
        *,
        capturable: bool = False,
        foreach: bool | None = None,
        maximize: bool = False,
        differentiable: bool = False,
    ) -> None:
        _check_lr(lr)
        if not 0.0 < etas[0] < 1.0 < etas[1]:
            raise ValueError_(f"Invalid eta values: {etas[0]}, {etas[1]}")
        defaults: dict[str, Any] = {
            "lr": lr,
            "etas": etas,
            "step_sizes": step_sizes,
            "foreach": foreach,
            "maximize": maximize,
            "differentiable": differentiable,
            "capturable": capturable,
        }
        super().__init__(params, defaults)
        self._unsupported_flags()
        _no_tensor_hyperparameters(type(self).__name__, lr=lr)

    def _update(self, p: Tensor, grad: Tensor, group: dict[str, Any]) -> None:
        etaminus, etaplus = group["etas"]
        step_size_min, step_size_max = group["step_sizes"]
        state = self.state[p]
        if not state:
            state["step"] = 0.0
            state["prev"] = _zeros_like(p)
            state["step_size"] = _full_like(grad, group["lr"])
        prev: Tensor = state["prev"]
        step_size: Tensor = state["step_size"]
        state["step"] += 1.0
        # Every temporary is bound to a name: a Tensor frees its handle with its last reference.
        product = _c.rt_torch_torchtensor_mul_tensor(grad._h, prev._h)
        sign = _c.rt_torch_torchtensor_sign(product._h)
        # sign[sign.gt(0)] = etaplus; sign[sign.lt(0)] = etaminus; sign[sign.eq(0)] = 1
        for test, value in ((_c.rt_torch_torchtensor_gt_scalar, etaplus), (_c.rt_torch_torchtensor_lt_scalar, etaminus), (_c.rt_torch_torchtensor_eq_scalar, 1)):
            mask = test(sign._h, 0)
            _c.rt_torch_torchtensor_masked_fill_scalar_(sign._h, mask._h, value)
        _c.rt_torch_torchtensor_mul_(step_size._h, sign._h)
        _c.rt_torch_torchtensor_clamp_(step_size._h, step_size_min, step_size_max)
        grad = _c.rt_torch_torchtensor_clone(grad._h)
        flipped = _c.rt_torch_torchtensor_eq_scalar(sign._h, etaminus)
        _c.rt_torch_torchtensor_masked_fill_scalar_(grad._h, flipped._h, 0)
        direction = _c.rt_torch_torchtensor_sign(grad._h)
        _c.rt_torch_torchtensor_addcmul_(p._h, direction._h, step_size._h, -1)
        _c.rt_torch_torchtensor_copy_(prev._h, grad._h)


from . import lr_scheduler  # noqa: E402  (the schedules use Optimizer)
