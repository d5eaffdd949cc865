"""torch_sffi.optim and torch_sffi.optim.lr_scheduler, bit for bit against torch.optim.

The optimizer tests are driven by PyTorch's own OptimizerInfo database
(torch.testing._internal.common_optimizers.optim_db): for each optimizer torch_sffi provides,
every configuration of its optim_inputs_func(device="cpu") runs 20 steps in torch and in
torch_sffi from the same parameters, with the same gradient sequence (a function of the
parameters, computed by torch from torch's parameters: the parameters are compared after every
step, so both sides always see the same gradient). The parameters must match bit for bit after
every step, and so must the state and the state_dict (structure and values) at the end; halfway,
the torch_sffi optimizer is replaced by a new one loaded from its state_dict, so the remaining
steps also check the round trip. Configurations torch_sffi refuses are counted with the reason,
and a minimum of covered configurations is asserted, so the test cannot pass by skipping. The
database's error inputs must raise PyTorch's exception class (or warning) with a message its
regex matches.

The schedules are compared with torch.optim.lr_scheduler over many steps: the learning rates
(and OneCycleLR's momentum) must be PyTorch's to the last bit.

Needs the build (`make`, or `sffi-gen build`).
"""

from __future__ import annotations

import math
import sys
import time
import warnings
from collections import Counter
from typing import Any

import pytest

from conftest import BUILD

PACKAGE_DIR = BUILD / "python"
if not (PACKAGE_DIR / "torch_sffi" / "__init__.py").is_file():
    raise RuntimeError(f"{PACKAGE_DIR}/torch_sffi is not built: run `make` (or `sffi-gen build`) first")
sys.path.insert(0, str(PACKAGE_DIR))

import torch  # noqa: E402
from torch.testing._internal.common_optimizers import OptimizerErrorEnum, optim_db  # noqa: E402

import torch_sffi as ts  # noqa: E402

STEPS = 20
# The optimizers torch_sffi.optim provides, by PyTorch's class name.
OURS: dict[str, type[ts.optim.Optimizer]] = {
    name: getattr(ts.optim, name)
    for name in ("SGD", "Adam", "AdamW", "RMSprop", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam", "ASGD", "Rprop")
}
# At least this many optim_db configurations must run bit-exact (70 exist for the 11 optimizers
# in torch 2.13; all of them are accepted).
MIN_CONFIGS = 70
MIN_ERROR_INPUTS = 80
INFOS = {info.optim_cls.__name__: info for info in optim_db if info.optim_cls.__name__ in OURS}


# ============================================================================ conversions


def to_sffi(value: Any, memo: dict[int, ts.Tensor] | None = None) -> Any:
    """A torch tensor (or a structure of them) as torch_sffi tensors, bit for bit; a leaf that
    requires grad stays one, and a tensor met twice becomes the same torch_sffi tensor."""
    memo = {} if memo is None else memo
    if isinstance(value, torch.Tensor):
        if id(value) not in memo:
            t = value.detach()
            out = ts.tensor(t.tolist(), dtype=getattr(ts, str(t.dtype).removeprefix("torch.")))
            memo[id(value)] = out.requires_grad_(True) if value.requires_grad else out
        return memo[id(value)]
    if isinstance(value, dict):
        return {k: to_sffi(v, memo) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(to_sffi(v, memo) for v in value)
    return value


def to_torch(value: Any) -> Any:
    """A torch_sffi tensor (or a structure of them) as torch tensors, bit for bit."""
    if isinstance(value, ts.Tensor):
        return torch.tensor(value.tolist(), dtype=getattr(torch, value.dtype.name))
    if isinstance(value, dict):
        return {k: to_torch(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(to_torch(v) for v in value)
    return value


def same_bits(ours: ts.Tensor, theirs: torch.Tensor) -> bool:
    theirs = theirs.detach()
    mine = to_torch(ours)
    if mine.dtype != theirs.dtype or mine.shape != theirs.shape:
        return False
    if theirs.dtype == torch.float32:
        return torch.equal(mine.view(torch.int32), theirs.view(torch.int32))
    if theirs.dtype == torch.float64:
        return torch.equal(mine.view(torch.int64), theirs.view(torch.int64))
    return torch.equal(mine, theirs)


def same_value(ours: Any, theirs: Any, where: str) -> None:
    """ours (torch_sffi) holds theirs (torch): tensors bit for bit, containers item by item."""
    if isinstance(theirs, torch.Tensor):
        assert isinstance(ours, ts.Tensor), f"{where}: {type(ours).__name__}, PyTorch has a Tensor"
        assert same_bits(ours, theirs), f"{where}: {to_torch(ours)} != {theirs}"
    elif isinstance(theirs, dict):
        assert isinstance(ours, dict) and set(ours) == set(theirs), f"{where}: keys {sorted(map(str, ours))} != {sorted(map(str, theirs))}"
        for k in theirs:
            same_value(ours[k], theirs[k], f"{where}[{k!r}]")
    elif isinstance(theirs, (list, tuple)):
        assert type(ours) is type(theirs) and len(ours) == len(theirs), f"{where}: {ours!r} != {theirs!r}"
        for i, (a, b) in enumerate(zip(ours, theirs)):
            same_value(a, b, f"{where}[{i}]")
    else:
        assert ours == theirs and type(ours) is type(theirs), f"{where}: {ours!r} != {theirs!r}"


# ============================================================================ the runs


def make_params(seed: int) -> list[torch.Tensor]:
    """A weight, a bias and a parameter that never gets a gradient (skipped by step()). The bias
    starts at zero, as biases do: its first update is the update itself, not rounded into a
    larger value, so a last-bit difference in an update shows."""
    g = torch.Generator().manual_seed(seed)
    return [torch.randn(5, 4, generator=g).requires_grad_(), torch.zeros(4).requires_grad_(), torch.randn(3, generator=g).requires_grad_()]


def gradients(params: list[torch.Tensor], step: int) -> list[torch.Tensor]:
    """The step's gradients of the first two parameters: a function of the parameters (so
    the trajectory feeds back) plus noise whose sign changes from step to step."""
    g = torch.Generator().manual_seed(1000 + step)
    with torch.no_grad():
        return [torch.sin(3 * p) + 0.5 * torch.randn(p.shape, generator=g) for p in params[:2]]


def run_both(name: str, kwargs: dict[str, Any], steps: int = STEPS, seed: int = 0) -> None:
    """steps updates of torch.optim.<name> and torch_sffi.optim.<name> side by side, compared
    after each; the torch_sffi optimizer is rebuilt from its state_dict halfway."""
    theirs_params = make_params(seed)
    ours_params = [to_sffi(p) for p in theirs_params]
    theirs = getattr(torch.optim, name)(theirs_params, **kwargs)
    ours = OURS[name](ours_params, **to_sffi(kwargs))
    same_value(ours.state_dict(), theirs.state_dict(), f"{name} {kwargs}: state_dict before the first step")
    for step in range(steps):
        grads = gradients(theirs_params, step)

        def closure_theirs() -> float:
            for p, g in zip(theirs_params, grads):
                p.grad = g.clone()
            return float(step)

        def closure_ours() -> float:
            for p, g in zip(ours_params, grads):
                p.grad = to_sffi(g)
            return float(step)

        set_to_none = step % 3 != 2
        theirs.zero_grad(set_to_none=set_to_none)
        ours.zero_grad(set_to_none=set_to_none)
        if step % 2:  # the closure form of step()
            assert theirs.step(closure_theirs) == ours.step(closure_ours) == float(step)
        else:
            closure_theirs()
            closure_ours()
            assert ours.step() is None
            theirs.step()
        for i, (a, b) in enumerate(zip(ours_params, theirs_params)):
            assert same_bits(a, b), f"{name} {kwargs}: parameter {i} differs after step {step + 1}: {to_torch(a)} vs {b}"
            assert a.requires_grad
        if step == steps // 2:
            saved = ours.state_dict()
            same_value(saved, theirs.state_dict(), f"{name} {kwargs}: state_dict after step {step + 1}")
            ours = OURS[name](ours_params, **to_sffi(kwargs))
            ours.load_state_dict(saved)
    same_value(ours.state_dict(), theirs.state_dict(), f"{name} {kwargs}: state_dict after {steps} steps")


def refusal(name: str, kwargs: dict[str, Any], params: Any) -> str | None:
    """Why torch_sffi does not run this configuration, or None when it does."""
    if params is not None:
        return "parameter-group layouts in the configuration"
    flags = [f for f in ("foreach", "fused", "capturable", "differentiable") if kwargs.get(f)]
    if flags:
        return f"{'/'.join(flags)}=True (only the single-tensor path)"
    if name not in ("SGD", "Adagrad") and any(isinstance(v, torch.Tensor) for v in kwargs.values()):
        return "Tensor hyperparameters (SGD and Adagrad only)"
    return None


def test_optim_db_configurations_are_bit_exact_over_20_steps() -> None:
    """Every configuration of the database for the optimizers torch_sffi has; the count of
    covered and refused configurations is printed and a minimum is asserted."""
    assert set(INFOS) == set(OURS), f"optim_db lacks {set(OURS) - set(INFOS)}"
    start = time.perf_counter()
    covered: Counter[str] = Counter()
    refused: list[str] = []
    for name, info in INFOS.items():
        for oi in info.optim_inputs_func(device="cpu"):
            reason = refusal(name, oi.kwargs, oi.params)
            if reason is not None:
                refused.append(f"{name} {oi.desc!r}: {reason}")
                with pytest.raises(NotImplementedError):  # torch_sffi refuses it by name (TorchUnavailableError)
                    OURS[name](to_sffi(make_params(0)), **to_sffi(oi.kwargs))
                continue
            run_both(name, oi.kwargs)
            covered[name] += 1
    total = sum(covered.values())
    print(f"\noptim_db: {total} configurations bit-exact over {STEPS} steps across {len(covered)} optimizers ({dict(covered)}); "
          f"{len(refused)} refused{': ' + '; '.join(refused) if refused else ''} ({time.perf_counter() - start:.1f} s)")
    assert len(covered) == len(OURS), f"optimizers with no configuration run: {set(OURS) - set(covered)}"
    assert total >= MIN_CONFIGS, f"only {total} configurations ran (refused: {refused})"


def test_optim_db_error_inputs_raise_pytorchs_exceptions() -> None:
    matched: Counter[str] = Counter()
    for name, info in INFOS.items():
        for case in info.optim_error_inputs_func(device="cpu", dtype=torch.float32):
            oi = case.optimizer_error_input
            params = to_sffi(oi.params) if oi.params is not None else [to_sffi(torch.randn(2, 2).requires_grad_())]
            kwargs = to_sffi(oi.kwargs)

            def act() -> None:
                opt = OURS[name](params, **kwargs)
                if case.error_on == OptimizerErrorEnum.STEP_ERROR:
                    opt.step()

            if issubclass(case.error_type, Warning):
                with pytest.warns(case.error_type, match=case.error_regex):
                    act()
            else:
                with pytest.raises(case.error_type, match=case.error_regex):
                    act()
            matched[name] += 1
    total = sum(matched.values())
    print(f"\noptim_db error inputs: {total} raise PyTorch's exception class and message ({dict(matched)})")
    assert total >= MIN_ERROR_INPUTS


# ============================================================================ beyond the database


def test_param_groups_with_their_own_options_and_add_param_group() -> None:
    """Two groups with different options, a third added after some steps, named parameters
    (param_names in the state_dict), across SGD with momentum and Adam with AMSGrad."""
    for name, base, group_options in (("SGD", {"lr": 0.1, "momentum": 0.9}, {"lr": 0.01, "nesterov": True}), ("Adam", {"lr": 0.01}, {"amsgrad": True, "weight_decay": 0.1})):
        tp = make_params(3)
        sp = [to_sffi(p) for p in tp]
        theirs = getattr(torch.optim, name)([{"params": [("w", tp[0])]}, {"params": [("b", tp[1])], **group_options}], **base)
        ours = OURS[name]([{"params": [("w", sp[0])]}, {"params": [("b", sp[1])], **group_options}], **base)
        for step in range(12):
            if step == 6:
                theirs.add_param_group({"params": [("extra", tp[2])], "lr": 0.05})
                ours.add_param_group({"params": [("extra", sp[2])], "lr": 0.05})
            grads = gradients(tp, step) + [torch.cos(tp[2].detach())]
            for p, q, g in zip(tp, sp, grads):
                p.grad, q.grad = g.clone(), to_sffi(g)
            theirs.step()
            ours.step()
            assert all(same_bits(q, p) for p, q in zip(tp, sp)), f"{name}: step {step + 1}"
        same_value(ours.state_dict(), theirs.state_dict(), f"{name} groups")
        assert ours.state_dict()["param_groups"][2]["param_names"] == ["extra"]


def test_state_dicts_cross_between_torch_and_torch_sffi() -> None:
    """PyTorch's state_dict (its tensors made torch_sffi's) loads into torch_sffi and the
    steps go on bit for bit; torch_sffi's (made torch's) loads into PyTorch, likewise."""
    for name in OURS:
        tp = make_params(4)
        sp = [to_sffi(p) for p in tp]
        theirs = getattr(torch.optim, name)(tp)
        ours = OURS[name](sp)
        for step in range(4):
            for p, g in zip(tp, gradients(tp, step)):
                p.grad = g
            theirs.step()
        # torch_sffi takes over from PyTorch's parameters and state
        for q, p in zip(sp, tp):
            with ts.no_grad():
                q.copy_(to_sffi(p.detach()))
        ours.load_state_dict(to_sffi(theirs.state_dict()))
        for step in range(4, 8):
            grads = gradients(tp, step)
            for p, q, g in zip(tp, sp, grads):
                p.grad, q.grad = g, to_sffi(g)
            theirs.step()
            ours.step()
        assert all(same_bits(q, p) for p, q in zip(tp, sp)), f"{name}: after loading PyTorch's state_dict"
        # and PyTorch takes over from torch_sffi's
        fresh = getattr(torch.optim, name)(tp)
        fresh.load_state_dict(to_torch(ours.state_dict()))
        same_value(ours.state_dict(), fresh.state_dict(), f"{name}: torch_sffi's state_dict loaded into PyTorch")


def test_load_state_dict_checks_the_groups() -> None:
    ours = ts.optim.Adam([to_sffi(p) for p in make_params(0)])
    other = ts.optim.Adam([{"params": [to_sffi(p)]} for p in make_params(1)])
    with pytest.raises(ValueError, match="loaded state dict has a different number of parameter groups"):
        ours.load_state_dict(other.state_dict())
    small = ts.optim.Adam([to_sffi(p) for p in make_params(1)[:2]])
    with pytest.raises(ValueError, match="doesn't match the size of optimizer's group"):
        ours.load_state_dict(small.state_dict())


@pytest.mark.parametrize("flag", ["foreach", "fused", "capturable", "differentiable"])
def test_other_implementations_are_refused_by_name(flag: str) -> None:
    """The flags of PyTorch's other implementations: accepted off, refused on with their name."""
    name = "Adam"
    ts.optim.Adam([to_sffi(make_params(0)[0])], **{flag: None if flag in ("foreach", "fused") else False})
    with pytest.raises(NotImplementedError, match=f"{flag}=True is not supported"):
        getattr(ts.optim, name)([to_sffi(make_params(0)[0])], **{flag: True})


def test_zero_grad_keeps_or_drops_the_gradient_as_pytorch() -> None:
    w = to_sffi(make_params(0)[0])
    opt = ts.optim.SGD([w], lr=0.1)
    w.grad = ts.ones(5, 4)
    opt.zero_grad(set_to_none=False)
    assert w.grad is not None and w.grad.tolist() == [[0.0] * 4] * 5
    opt.zero_grad()
    assert w.grad is None
    assert opt.step() is None and opt.state_dict()["state"] == {}


def test_a_non_leaf_or_non_tensor_parameter_is_refused() -> None:
    w = to_sffi(make_params(0)[0])
    with pytest.raises(ValueError, match="can't optimize a non-leaf Tensor"):
        ts.optim.SGD([w * 2])
    with pytest.raises(TypeError, match="optimizer can only optimize Tensors, but one of the params is int"):
        ts.optim.SGD([w, 3])
    with pytest.raises(ValueError, match="optimizer got an empty parameter list"):
        ts.optim.SGD([])
    with pytest.raises(NotImplementedError, match="complex parameters are not supported"):
        ts.optim.Adam([ts.zeros(2, dtype=ts.complex64).requires_grad_()])


# ============================================================================ the schedules

SCHEDULES: list[tuple[str, dict[str, Any], str, dict[str, Any]]] = [
    ("StepLR", {"step_size": 7, "gamma": 0.3}, "SGD", {"lr": 0.1}),
    ("MultiStepLR", {"milestones": [5, 12, 12, 40], "gamma": 0.5}, "SGD", {"lr": 0.1}),
    ("ExponentialLR", {"gamma": 0.93}, "Adam", {"lr": 0.01}),
    ("CosineAnnealingLR", {"T_max": 17, "eta_min": 1e-4}, "SGD", {"lr": 0.1, "momentum": 0.9}),
    ("CosineAnnealingLR", {"T_max": 10}, "Adam", {"lr": 0.003}),
    ("OneCycleLR", {"max_lr": 0.5, "total_steps": 60}, "SGD", {"lr": 0.1, "momentum": 0.9}),
    ("OneCycleLR", {"max_lr": [0.5, 0.2], "total_steps": 60, "anneal_strategy": "linear", "three_phase": True}, "Adam", {"lr": 0.01}),
    ("OneCycleLR", {"max_lr": 0.1, "epochs": 6, "steps_per_epoch": 10, "pct_start": 0.25, "cycle_momentum": False}, "RMSprop", {"lr": 0.01}),
    ("LambdaLR", {"lr_lambda": lambda epoch: 0.95**epoch / (1 + epoch % 3)}, "SGD", {"lr": 0.1}),
]


@pytest.mark.parametrize(("sched", "kwargs", "opt", "opt_kwargs"), SCHEDULES, ids=[f"{s[0]}-{i}" for i, s in enumerate(SCHEDULES)])
def test_schedule_learning_rates_are_pytorchs(sched: str, kwargs: dict[str, Any], opt: str, opt_kwargs: dict[str, Any]) -> None:
    """60 steps (optimizer, then schedule): get_last_lr(), the groups' lr and momentum/betas,
    last_epoch and the optimizer's parameters are PyTorch's to the last bit; state_dict has
    PyTorch's keys and values, and a schedule loaded from it goes on identically."""
    tp = make_params(5)[:2]
    sp = [to_sffi(p) for p in tp]
    groups_t: Any = [{"params": [tp[0]]}, {"params": [tp[1]], "lr": opt_kwargs["lr"] / 2}]
    groups_s: Any = [{"params": [sp[0]]}, {"params": [sp[1]], "lr": opt_kwargs["lr"] / 2}]
    theirs_opt = getattr(torch.optim, opt)(groups_t, **opt_kwargs)
    ours_opt = OURS[opt](groups_s, **opt_kwargs)
    theirs = getattr(torch.optim.lr_scheduler, sched)(theirs_opt, **kwargs)
    ours = getattr(ts.optim.lr_scheduler, sched)(ours_opt, **kwargs)
    assert ours.get_last_lr() == theirs.get_last_lr()
    for step in range(60):
        for p, q, g in zip(tp, sp, gradients(tp, step)):
            p.grad, q.grad = g, to_sffi(g)
        theirs_opt.step()
        ours_opt.step()
        theirs.step()
        ours.step()
        assert ours.get_last_lr() == theirs.get_last_lr(), f"step {step + 1}: {ours.get_last_lr()} != {theirs.get_last_lr()}"
        assert ours.last_epoch == theirs.last_epoch
        for a, b in zip(ours_opt.param_groups, theirs_opt.param_groups):
            assert {k: v for k, v in a.items() if k not in ("params", "param_names")} == {k: v for k, v in b.items() if k != "params"}
        assert all(same_bits(q, p) for p, q in zip(tp, sp)), f"step {step + 1}: the parameters differ"
        if step == 30:
            state = ours.state_dict()
            expected = theirs.state_dict()
            assert set(state) == set(expected)
            assert {k: v for k, v in state.items() if k != "lr_lambdas"} == {k: v for k, v in expected.items() if k != "lr_lambdas"}
            # resuming as PyTorch documents it: a new schedule, its state, then the optimizer's
            saved_opt = ours_opt.state_dict()
            ours = getattr(ts.optim.lr_scheduler, sched)(ours_opt, **kwargs)
            ours.load_state_dict(state)
            ours_opt.load_state_dict(saved_opt)


def test_reduce_lr_on_plateau_follows_pytorch() -> None:
    metrics = [1.0, 0.9, 0.95, 0.95, 0.96, 0.97, 0.89, 0.9, 0.9, 0.9, 0.9, 0.9, 0.5] + [0.5 + 0.01 * i for i in range(30)]
    for kwargs in ({"patience": 2}, {"mode": "max", "factor": 0.5, "patience": 1, "cooldown": 2, "threshold_mode": "abs", "threshold": 0.01}, {"patience": 0, "min_lr": [0.05, 0.0]}):
        tp = make_params(6)[:2]
        sp = [to_sffi(p) for p in tp]
        theirs_opt = torch.optim.SGD([{"params": [tp[0]]}, {"params": [tp[1]], "lr": 0.3}], lr=0.1)
        ours_opt = ts.optim.SGD([{"params": [sp[0]]}, {"params": [sp[1]], "lr": 0.3}], lr=0.1)
        theirs = torch.optim.lr_scheduler.ReduceLROnPlateau(theirs_opt, **kwargs)
        ours = ts.optim.lr_scheduler.ReduceLROnPlateau(ours_opt, **kwargs)
        for i, m in enumerate(metrics):
            theirs.step(m)
            ours.step(m)
            assert ours.get_last_lr() == theirs.get_last_lr(), f"{kwargs} step {i}: {ours.get_last_lr()} != {theirs.get_last_lr()}"
            assert (ours.num_bad_epochs, ours.cooldown_counter, ours.best, ours.last_epoch) == (theirs.num_bad_epochs, theirs.cooldown_counter, theirs.best, theirs.last_epoch)
        assert {k: v for k, v in ours.state_dict().items()} == {k: v for k, v in theirs.state_dict().items()}


def test_schedule_errors_and_warnings_are_pytorchs() -> None:
    opt = ts.optim.SGD([to_sffi(make_params(0)[0])], lr=0.1)
    with pytest.raises(TypeError, match="is not an Optimizer"):
        ts.optim.lr_scheduler.StepLR(object(), 3)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="Factor should be < 1.0."):
        ts.optim.lr_scheduler.ReduceLROnPlateau(opt, factor=1.5)
    with pytest.raises(ValueError, match="You must define either total_steps OR"):
        ts.optim.lr_scheduler.OneCycleLR(opt, max_lr=0.1)
    with pytest.raises(KeyError, match="param 'initial_lr' is not specified"):
        ts.optim.lr_scheduler.StepLR(ts.optim.SGD([to_sffi(make_params(1)[0])]), 3, last_epoch=4)
    sched = ts.optim.lr_scheduler.StepLR(opt, 3)
    with pytest.warns(UserWarning, match="before `optimizer.step\\(\\)`"):
        sched.step()
    with pytest.warns(UserWarning, match="please use `get_last_lr\\(\\)`"):
        sched.get_lr()
    with pytest.warns(UserWarning, match="The epoch parameter"):
        sched.step(9)
    theirs = torch.optim.lr_scheduler.StepLR(torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1), 3)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        theirs.step(9)
    assert sched.get_last_lr() == theirs.get_last_lr()


def test_one_cycle_refuses_stepping_past_total_steps() -> None:
    opt = ts.optim.SGD([to_sffi(make_params(0)[0])], lr=0.1, momentum=0.9)
    sched = ts.optim.lr_scheduler.OneCycleLR(opt, max_lr=1.0, total_steps=3)
    opt.step()
    for _ in range(3):
        sched.step()
    with pytest.raises(ValueError, match="Tried to step 4 times. The specified number of total steps is 3"):
        sched.step()


def test_scalar_state_is_float32_as_pytorchs() -> None:
    """The scalar state is float32 as PyTorch's: ASGD's eta after one step is lr / (1 + lambd
    * lr) ** alpha rounded to float32, NAdam's mu_product a float32 product."""
    w = to_sffi(make_params(0)[0])
    opt = ts.optim.ASGD([w], lr=0.1, lambd=0.3)
    w.grad = ts.ones(5, 4)
    opt.step()
    eta = opt.state[w]["eta"]
    assert eta == torch.tensor(0.1 / (1 + 0.3 * 0.1) ** 0.75, dtype=torch.float32).item() != 0.1 / (1 + 0.3 * 0.1) ** 0.75
    assert math.isfinite(eta)
