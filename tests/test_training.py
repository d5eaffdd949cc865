"""Training end to end through torch_sffi, next to PyTorch.

The examples (examples/mlp.py, examples/cnn.py) train for 50 steps with SGD (momentum and
weight decay) and with Adam: every step's loss and the final parameters must be PyTorch's, bit
for bit (one libtorch runs both, and torch_sffi.optim does what torch.optim does, operation by
operation), and the number of live bridge handles must not grow from step to step. The optimizers' options (nesterov, dampening,
maximize, AMSGrad, parameter groups, zero_grad without set_to_none) are checked against
torch.optim on a small regression, state tensors included.

Needs the build (`make`, or `sffi-gen build`).
"""

from __future__ import annotations

import gc
import re
import subprocess
import sys
from types import ModuleType
from typing import Any

import pytest

from conftest import BUILD, ROOT

PACKAGE_DIR = BUILD / "python"
if not (PACKAGE_DIR / "torch_sffi" / "__init__.py").is_file():
    raise RuntimeError(f"{PACKAGE_DIR}/torch_sffi is not built: run `make` (or `sffi-gen build`) first")
sys.path.insert(0, str(PACKAGE_DIR))
sys.path.insert(0, str(ROOT / "examples"))

import cnn  # noqa: E402
import mlp  # noqa: E402
import torch  # noqa: E402

import torch_sffi as ts  # noqa: E402

STEPS = 50
EXAMPLES = {"mlp": mlp, "cnn": cnn}
# Optimizer state tensors per parameter: SGD's momentum buffer; Adam's exp_avg and exp_avg_sq.
STATE_TENSORS = {"sgd": 1, "adam": 2}


def as_torch(t: ts.Tensor) -> torch.Tensor:
    return torch.tensor(t.tolist(), dtype=getattr(torch, t.dtype.name))


# ============================================================================ the examples


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
@pytest.mark.parametrize("name", list(EXAMPLES))
def test_example_trains_as_pytorch_does_with_a_flat_handle_count(name: str, optimizer: str) -> None:
    example: ModuleType = EXAMPLES[name]
    data, weights = example.make_data(0), example.init_weights(0)
    gc.collect()
    base = ts.live_handles()
    counts: list[int] = []
    ours, params = example.train_sffi(data, weights, STEPS, optimizer, on_step=lambda _: counts.append(ts.live_handles()))
    theirs, ref_params = example.train_torch(data, weights, STEPS, optimizer)

    assert len(ours) == len(theirs) == STEPS
    worst = max(abs(a - b) for a, b in zip(ours, theirs))
    assert ours == theirs, f"{name}/{optimizer}: losses differ by up to {worst}"
    assert ours[-1] < 0.5 * ours[0], f"{name}/{optimizer}: the loss did not go down ({ours[0]} -> {ours[-1]})"
    for i, (p, r) in enumerate(zip(params, ref_params)):
        gap = (as_torch(p) - r.detach()).abs().max().item()
        assert p.tolist() == r.tolist(), f"{name}/{optimizer}: parameter {i} differs by up to {gap}"
        assert p.dtype.name == str(r.dtype).removeprefix("torch.") and p.requires_grad

    # Alive after each step: the inputs, every weight tensor, and the optimizer's state (made on
    # the first step, as torch.optim makes it); nothing of a step outlives it.
    expected = base + 2 + len(weights) + STATE_TENSORS[optimizer] * len(params)
    assert counts == [expected] * STEPS, f"{name}/{optimizer}: live handles per step {counts[:5]}..., expected {expected}"
    print(f"\n{name}/{optimizer}: largest loss difference {worst:.3g} over {STEPS} steps; {counts[0] - base} live handles")


@pytest.mark.slow
@pytest.mark.parametrize("name", list(EXAMPLES))
def test_example_runs_from_the_command_line(name: str) -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / f"{name}.py"), "--steps", "3", "--optimizer", "adam"],
        capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(PACKAGE_DIR)},
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["step", "torch_sffi", "PyTorch", "|difference|"]
    rows = [line.split() for line in lines[1:4]]
    assert [r[0] for r in rows] == ["1", "2", "3"] and all(r[1] == r[2] for r in rows), run.stdout
    assert lines[4] == "largest difference over 3 steps: 0"
    assert lines[5] == "largest difference in the final parameters: 0"


# ============================================================================ the optimizers, option by option

X = [[0.5, -1.0, 2.0], [1.5, 0.25, -0.5], [-1.0, 1.0, 0.75], [2.0, -0.5, 0.0]]
T = [[1.0, 0.0], [0.0, 1.0], [0.5, -0.5], [-1.0, 2.0]]
W0 = [[0.1, -0.2], [0.3, 0.05], [-0.15, 0.25]]
B0 = [0.01, -0.02]


def regression(ns: Any, optim: Any, name: str, options: dict[str, Any], steps: int, set_to_none: bool = True) -> tuple[list[float], Any, list[Any]]:
    """A linear regression trained with one optimizer; `unused` never gets a gradient."""
    w = ns.tensor(W0, requires_grad=True)
    b = ns.tensor(B0, requires_grad=True)
    unused = ns.tensor([1.0, 2.0], requires_grad=True)
    groups = options.pop("groups", None)
    params = groups(w, b, unused) if groups else [w, b, unused]
    opt = getattr(optim, name)(params, **options)
    x, t = ns.tensor(X), ns.tensor(T)
    losses = []
    for _ in range(steps):
        opt.zero_grad(set_to_none=set_to_none)
        loss = ((x @ w + b - t) ** 2).mean()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    return losses, opt, [w, b, unused]


CONFIGS = [
    ("SGD", {"lr": 0.1}),
    ("SGD", {"lr": 0.1, "momentum": 0.9}),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.3, "weight_decay": 0.01}),
    ("SGD", {"lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 0.01}),
    ("SGD", {"lr": 0.01, "momentum": 0.5, "maximize": True}),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "groups": lambda w, b, u: [{"params": [w, u]}, {"params": b, "lr": 0.3, "momentum": 0.0}]}),
    ("Adam", {"lr": 0.01}),
    ("Adam", {"lr": 0.05, "betas": (0.8, 0.99), "eps": 1e-6, "weight_decay": 0.1}),
    ("Adam", {"lr": 0.02, "amsgrad": True}),
    ("Adam", {"lr": 0.01, "maximize": True, "amsgrad": True, "weight_decay": 0.01}),
    ("Adam", {"lr": 0.01, "groups": lambda w, b, u: [{"params": [w]}, {"params": [b, u], "lr": 0.1, "betas": (0.5, 0.9)}]}),
]


@pytest.mark.parametrize("set_to_none", [True, False], ids=["set_to_none", "zeroed"])
@pytest.mark.parametrize(("name", "options"), CONFIGS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(CONFIGS)])
def test_optimizer_matches_torch_optim_bit_for_bit(name: str, options: dict[str, Any], set_to_none: bool) -> None:
    ours, opt, params = regression(ts, ts.optim, name, dict(options), 8, set_to_none)
    theirs, ref_opt, ref_params = regression(torch, torch.optim, name, dict(options), 8, set_to_none)
    assert ours == theirs
    for p, r in zip(params, ref_params):
        assert p.tolist() == r.tolist()
        assert (p.grad is None) == (r.grad is None)
        assert p.requires_grad, "still a leaf that requires grad"
    for p, r in zip(params, ref_params):
        state, ref_state = opt.state.get(p, {}), ref_opt.state[r]
        assert set(state) == set(k for k, v in ref_state.items() if v is not None), name
        for key, value in state.items():
            ref_value = ref_state[key]
            if key == "step":
                assert value == ref_value.item()
            else:
                assert value.tolist() == ref_value.tolist(), f"{name} state {key}"
    # every option PyTorch records, the flags of its other implementations (off) included
    assert [set(g) for g in opt.param_groups] == [set(g) for g in ref_opt.param_groups]


def test_step_closure_and_a_parameter_without_gradient() -> None:
    w = ts.tensor([1.0, -2.0], requires_grad=True)
    idle = ts.tensor([5.0], requires_grad=True)
    opt = ts.optim.SGD([w, idle], lr=0.5, momentum=0.9)

    def closure() -> ts.Tensor:
        opt.zero_grad()
        loss = (w * w).sum()
        loss.backward()
        return loss

    loss = opt.step(closure)
    assert loss.item() == 5.0
    assert w.tolist() == [0.0, 0.0] and idle.tolist() == [5.0]
    assert list(opt.state) == [w] and idle.grad is None


def test_optimizer_state_outlives_scopes_and_is_freed_with_the_optimizer() -> None:
    gc.collect()
    base = ts.live_handles()
    w = ts.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
    opt = ts.optim.Adam([w], lr=0.1, amsgrad=True)
    for _ in range(3):
        with ts.scope():
            opt.zero_grad()
            (w * w).sum().backward()
            opt.step()
    assert ts.live_handles() == base + 1 + 3  # w, exp_avg, exp_avg_sq, max_exp_avg_sq
    assert opt.state[w]["exp_avg"].shape == (2, 2)
    del opt
    gc.collect()
    assert ts.live_handles() == base + 1


BAD_SETTINGS = [
    ("SGD", {"lr": -0.1}, "Invalid learning rate: -0.1"),
    ("SGD", {"lr": 0.1, "momentum": -1.0}, "Invalid momentum value: -1.0"),
    ("SGD", {"lr": 0.1, "weight_decay": -1.0}, "Invalid weight_decay value: -1.0"),
    ("SGD", {"lr": 0.1, "nesterov": True}, "Nesterov momentum requires a momentum and zero dampening"),
    ("SGD", {"lr": 0.1, "momentum": 0.9, "dampening": 0.1, "nesterov": True}, "Nesterov momentum requires a momentum and zero dampening"),
    ("Adam", {"lr": -1.0}, "Invalid learning rate: -1.0"),
    ("Adam", {"eps": -1.0}, "Invalid epsilon value: -1.0"),
    ("Adam", {"betas": (1.0, 0.9)}, "Invalid beta parameter at index 0: 1.0"),
    ("Adam", {"betas": (0.9, -0.1)}, "Invalid beta parameter at index 1: -0.1"),
    ("Adam", {"weight_decay": -0.5}, "Invalid weight_decay value: -0.5"),
    ("Adam", {"params": "none"}, "optimizer got an empty parameter list"),
    ("SGD", {"params": "twice"}, "some parameters appear in more than one parameter group"),
]


@pytest.mark.parametrize(("name", "options", "message"), BAD_SETTINGS)
def test_bad_settings_raise_the_value_errors_torch_optim_raises(name: str, options: dict[str, Any], message: str) -> None:
    for ns in (ts, torch):
        kwargs = dict(options)
        p = ns.tensor([1.0], requires_grad=True)
        params = {"none": [], "twice": [{"params": [p]}, {"params": [p]}]}.get(kwargs.pop("params", ""), [p])
        with pytest.raises(ValueError, match=re.escape(message)) as info:
            getattr(ns.optim, name)(params, **kwargs)
        assert ns is torch or isinstance(info.value, ts.TorchValueError)


def test_params_must_be_tensors() -> None:
    with pytest.raises(TypeError, match="an iterable of Tensors or dicts, but got torch_sffi.Tensor"):
        ts.optim.SGD(ts.tensor([1.0], requires_grad=True), lr=0.1)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="optimizer can only optimize Tensors"):
        ts.optim.SGD([[1.0]], lr=0.1)  # type: ignore[list-item]


def test_in_place_update_of_a_leaf_outside_no_grad_is_refused_as_in_pytorch() -> None:
    w = ts.tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad is being used in an in-place operation"):
        w.add_(ts.ones(2), alpha=-0.1)
    ref = torch.tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad is being used in an in-place operation"):
        ref.add_(torch.ones(2), alpha=-0.1)
    with ts.no_grad():
        w.add_(ts.ones(2), alpha=-0.1)
    assert w.tolist() == [0.8999999761581421, 1.899999976158142] and w.requires_grad


# ============================================================================ the README


def test_the_readme_training_example_runs_and_learns() -> None:
    readme = (ROOT / "README.md").read_text()
    section = readme[readme.index("### Training") :]
    code = section[section.index("```python\n") + len("```python\n") :]
    code = code[: code.index("```")]
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env={"PYTHONPATH": str(PACKAGE_DIR)})
    assert run.returncode == 0, run.stderr
    losses = [float(line.split()[-1]) for line in run.stdout.splitlines() if line.startswith("step")]
    assert len(losses) >= 3 and losses[-1] < losses[0], run.stdout
