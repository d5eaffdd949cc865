"""The Simple tier's module system (runtime/simple/nn.spl) and optimizers (runtime/simple/optim.spl),
and the examples that train with them (examples/simple/*.spl).

Simple code cannot run here. What is checked: the files pass the Simple checker as parts of
mod.spl and as programs that use it; their structure (classes, methods, parameters, defaults)
is the Python tier's and PyTorch's; and the order of the operations they make is derived at test
time from the other side and compared: tests/simple_trace.py runs the Simple code abstractly and
records every call into mod.spl's generated part, and
  - an optimizer's step is compared with the bridge calls torch_sffi.optim's step makes for the
    same options (the Python tier is checked against torch.optim bit for bit in test_optim.py),
    recorded through the module's `_c`;
  - a model's initialisation is compared with the generator calls (uniform_, normal_, with their
    shapes and bounds) torch.nn makes for the same model, recorded with TorchDispatchMode;
  - a training step's forward, loss and backward are compared with the calls torch.nn makes,
    recorded with torch.overrides.TorchFunctionMode (the Simple calls named by the PyTorch
    callable of the catalogue entry each member wraps).
"""

from __future__ import annotations

import dataclasses
import inspect
import shutil
from pathlib import Path
from typing import Any, Callable

import pytest
import torch
from conftest import GENERATED, ROOT
from simple_trace import Event, Instance, SimpleError, TensorStandIn, Tracer
from torch.overrides import TorchFunctionMode
from torch.utils._python_dispatch import TorchDispatchMode

import torch_sffi as ts
import torch_sffi.optim as ts_optim
from generator import runtime
from generator.errors import GenerationError
from generator.model import Catalogue, Function
from generator.render import render_tree
from generator.simple_syntax import Module, parse
from generator.targets import simple
from generator.targets.common import is_release

RUNTIME = ROOT / "runtime" / "simple"
EXAMPLES = ROOT / "examples" / "simple"
TRACED = ("math.spl", "optim.spl", "nn.spl")
OPTIMIZERS = ("SGD", "Adam", "AdamW", "NAdam", "RAdam", "Adamax", "RMSprop", "Adagrad", "Adadelta", "ASGD", "Rprop")
# The flags of PyTorch's other implementations: accepted off by the Python tier, absent in Simple.
IMPLEMENTATION_FLAGS = {"foreach", "fused", "capturable", "differentiable"}
# Reading a tensor's metadata (the size of a dimension, the dtype): not an operation.
METADATA = {"dim", "size", "__get__", "__set__", "dtype", "shape", "numel", "ndim"}
RNG = {"uniform_", "normal_"}


@pytest.fixture(scope="module")
def mod() -> Module:
    ffi, problems = parse((GENERATED / "simple" / "ffi.spl").read_text(), "ffi.spl")
    assert problems == []
    module, problems = parse((GENERATED / "simple" / "mod.spl").read_text(), "mod.spl", {"lib.torch.ffi": ffi})
    assert problems == []
    return module


def make_tracer(mod: Module, catalogue: Catalogue, example: Path | None = None) -> Tracer:
    sources = {f"runtime/simple/{n}": (RUNTIME / n).read_text() for n in TRACED}
    if example is not None:
        sources[str(example.relative_to(ROOT))] = example.read_text()
    return Tracer(mod, {f.name for f in catalogue.functions}, sources)


def simple_kwargs(kwargs: dict[str, Any]) -> dict[str, Any]:
    """torch.optim's arguments as Simple's create() takes them (pairs as two f64)."""
    pairs = {"betas": ("beta1", "beta2"), "etas": ("etaminus", "etaplus"), "step_sizes": ("step_size_min", "step_size_max")}
    out: dict[str, Any] = {}
    for key, value in kwargs.items():
        if key in pairs:
            out.update(zip(pairs[key], value))
        else:
            out[key] = value
    return out


# ---------------------------------------------------------------------------- the checker


@pytest.mark.parametrize("name", ["optim.spl", "nn.spl", "math.spl"])
def test_the_runtime_files_are_embedded_and_pass_the_checker(mod: Module, name: str) -> None:
    text = (GENERATED / "simple" / "mod.spl").read_text()
    source = (RUNTIME / name).read_text()
    assert source.rstrip("\n") in text
    assert f"# From runtime/simple/{name} (hand-written, embedded verbatim):" in text
    assert parse(source, name, host=mod)[1] == []


@pytest.mark.parametrize("example", sorted(EXAMPLES.glob("*.spl")), ids=lambda p: p.name)
def test_the_examples_pass_the_checker_against_mod_spl(mod: Module, example: Path) -> None:
    module, problems = parse(example.read_text(), example.name, {"lib.torch": mod})
    assert problems == []
    assert module.uses[0][0] == "lib.torch"
    for fn in ("build_model", "make_optimizer", "make_loss", "train_step", "main"):
        assert fn in module.functions, fn
    # the methods called on values exist in mod.spl (the checker cannot type values)
    known = {m for c in mod.classes.values() for m in c.methods} | set(simple.BUILTIN_METHODS)
    unknown = {name for name, _, _, _ in module.value_calls} - known
    assert not unknown
    # an example that called something mod.spl lacks would not pass
    broken, problems = parse(example.read_text().replace("Module.relu()", "Module.relu6()").replace("Module.lstm(", "Module.gru("), example.name, {"lib.torch": mod})
    assert problems and "has no static fn" in str(problems[0])


def test_the_examples_cover_the_mlp_cnn_and_lstm() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.spl")) == ["cnn.spl", "lstm.spl", "mlp.spl"]


# ---------------------------------------------------------------------------- structure


def test_module_system_classes_and_members(mod: Module) -> None:
    module = mod.classes["Module"]
    for member in ("sequential", "linear", "conv2d", "max_pool2d", "avg_pool2d", "batch_norm2d", "layer_norm", "dropout", "embedding", "flatten", "relu", "tanh", "sigmoid", "gelu", "lstm"):
        assert module.methods[member].kind == "static", member
    for member in ("forward", "parameters", "named_parameters", "named_buffers", "train", "eval", "zero_grad", "state_dict", "load_state_dict", "register_parameter", "register_buffer", "add_module", "free"):
        assert member in module.methods, member
    assert module.methods["train"].kind == "me" and module.methods["free"].kind == "me"
    assert [(p.name, p.has_default) for p in module.methods["load_state_dict"].params] == [("state", False), ("strict", True)]
    assert module.methods["state_dict"].result == "Result<[NamedTensor], TorchError>"
    assert mod.classes["NamedTensor"].fields == {"name": "text", "tensor": "Tensor"}
    assert mod.classes["IncompatibleKeys"].fields == {"missing_keys": "[text]", "unexpected_keys": "[text]"}
    for loss in ("MSELoss", "CrossEntropyLoss", "NLLLoss"):
        assert {"create", "forward"} <= set(mod.classes[loss].methods), loss
        assert loss in mod.exported
    assert {"Module", "NamedTensor", "IncompatibleKeys", *OPTIMIZERS} <= mod.exported


def _python_options(cls: type) -> list[tuple[str, Any]]:
    params = list(inspect.signature(cls.__init__).parameters.values())[2:]  # self, params
    out: list[tuple[str, Any]] = []
    for p in params:
        if p.name in IMPLEMENTATION_FLAGS:
            continue
        out += list(simple_kwargs({p.name: p.default}).items())
    return out


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_optimizer_options_and_defaults_are_the_python_tiers(mod: Module, catalogue: Catalogue, name: str) -> None:
    create = mod.classes[name].methods["create"]
    assert create.kind == "static" and create.result == f"Result<{name}, TorchError>"
    assert create.params[0].name == "params" and create.params[0].type == "[Tensor]"
    tracer = make_tracer(mod, catalogue)
    d = tracer.defs[(name, "create")]
    simple_defaults = [(n, tracer.eval(default or "nil", {}, d.where)) for n, default in d.params[1:]]
    assert simple_defaults == _python_options(getattr(ts_optim, name))
    for method in ("step", "zero_grad"):
        assert method in mod.classes[name].methods
    assert mod.calls_in[f"{name}.step"] == {"no_grad_begin_v2", "no_grad_end_v2"}


def test_the_catalogue_lists_the_simple_layers(catalogue: Catalogue, mod: Module) -> None:
    places = simple.simple_layers(catalogue)
    assert set(OPTIMIZERS) <= set(places)
    for where in places:
        cls, _, static = where.partition(".")
        assert cls in mod.exported
        if static:
            assert mod.classes[cls].methods[static].kind == "static"


# ---------------------------------------------------------------------------- argument checks


def _bad_values(name: str, default: Any) -> list[Any]:
    if isinstance(default, bool) or not isinstance(default, (int, float)):
        return []
    return [-1.0, 1.0, 1.5] if "beta" in name or name in ("rho", "etaminus", "etaplus") else [-1.0]


def _torch_kwargs(simple: dict[str, Any], defaults: dict[str, Any]) -> dict[str, Any]:
    full = {**defaults, **simple}
    out = {k: v for k, v in full.items() if k not in ("beta1", "beta2", "etaminus", "etaplus", "step_size_min", "step_size_max")}
    if "beta1" in full:
        out["betas"] = (full["beta1"], full["beta2"])
    if "etaminus" in full:
        out["etas"] = (full["etaminus"], full["etaplus"])
    if "step_size_min" in full:
        out["step_sizes"] = (full["step_size_min"], full["step_size_max"])
    return out


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_optimizer_argument_checks_are_pytorchs(mod: Module, catalogue: Catalogue, name: str) -> None:
    """Every option set to a bad value: PyTorch's ValueError and message, or accepted as PyTorch
    accepts it (torch.optim itself is the oracle)."""
    tracer = make_tracer(mod, catalogue)
    d = tracer.defs[(name, "create")]
    defaults = {n: tracer.eval(default or "nil", {}, d.where) for n, default in d.params[1:]}
    cases = [(option, value) for option, default in defaults.items() for value in _bad_values(option, default)]
    if name == "SGD":
        cases += [("nesterov", True)]
    assert cases
    checked = 0
    for option, value in cases:
        kwargs = {option: value}
        try:
            getattr(torch.optim, name)([torch.zeros(2, requires_grad=True)], **_torch_kwargs(kwargs, defaults))
            expected = None
        except ValueError as exc:
            expected = str(exc)
        try:
            tracer.env[name].create([TensorStandIn(tracer, (2,))], **kwargs)
            got = None
        except SimpleError as exc:
            kind, got = exc.args[0]
            assert kind == "value"
        assert got == expected, (option, value)
        checked += expected is not None
    assert checked > 0
    with pytest.raises(ValueError, match="optimizer got an empty parameter list"):
        getattr(torch.optim, name)([])
    with pytest.raises(SimpleError, match="optimizer got an empty parameter list"):
        tracer.env[name].create([])


# ---------------------------------------------------------------------------- operation order: optimizers

CONFIGS: dict[str, list[dict[str, Any]]] = {
    "SGD": [{"lr": 0.1}, {"lr": 0.1, "momentum": 0.9, "weight_decay": 0.1, "nesterov": True, "maximize": True}, {"lr": 0.1, "momentum": 0.9, "dampening": 0.5}],
    "Adam": [{}, {"weight_decay": 0.1, "amsgrad": True, "maximize": True}, {"weight_decay": 0.1, "decoupled_weight_decay": True}],
    "AdamW": [{}, {"amsgrad": True, "maximize": True}],
    "NAdam": [{}, {"weight_decay": 0.1}, {"weight_decay": 0.1, "decoupled_weight_decay": True, "maximize": True}],
    "RAdam": [{}, {"betas": (0.9, 0.9), "weight_decay": 0.1}, {"weight_decay": 0.1, "decoupled_weight_decay": True}],
    "Adamax": [{}, {"weight_decay": 0.1, "maximize": True}],
    "RMSprop": [{}, {"momentum": 0.9, "centered": True, "weight_decay": 0.1, "maximize": True}, {"centered": True}],
    "Adagrad": [{}, {"lr_decay": 0.1, "weight_decay": 0.1, "initial_accumulator_value": 0.1}],
    "Adadelta": [{}, {"weight_decay": 0.1, "maximize": True}],
    "ASGD": [{}, {"t0": 0.0, "weight_decay": 0.1, "maximize": True}],
    "Rprop": [{}, {"maximize": True}],
}
STEPS = 8  # RAdam's rectified branch starts at step 6 with the default betas


class _Recorder:
    """torch_sffi.optim's `_c` (torch_sffi._core), recording the bridge calls made through it."""

    def __init__(self, real: Any, log: list[str]) -> None:
        self._real, self._log = real, log

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._real, name)
        if not (name.startswith("rt_torch_") and callable(attr)):
            return attr

        def recorded(*args: Any, **kwargs: Any) -> Any:
            self._log.append(name)
            return attr(*args, **kwargs)

        return recorded


def _operations(names: list[str], catalogue: Catalogue) -> list[str]:
    """The calls that compute: releases and the no_grad region (the Python tier's is a C
    context manager) left out."""
    return [n for n in names if not is_release(catalogue.by_name[n]) and "no_grad" not in n]


def python_optimizer_calls(
    monkeypatch: pytest.MonkeyPatch, name: str, kwargs: dict[str, Any], params: int, steps: int, what: str = "step"
) -> list[list[str]]:
    """The bridge calls of torch_sffi.optim's `what` (step or zero_grad), one list per call."""
    ts.manual_seed(0)
    tensors = [ts.randn(3, 2).requires_grad_() for _ in range(params)]
    opt = getattr(ts_optim, name)(tensors, **kwargs)
    log: list[str] = []
    monkeypatch.setattr(ts_optim, "_c", _Recorder(ts_optim._c, log))
    out = []
    try:
        for _ in range(steps):
            for t in tensors:
                t.grad = ts.randn(3, 2)
            log.clear()
            getattr(opt, what)()
            out.append(list(log))
    finally:
        monkeypatch.undo()
    return out


def simple_optimizer_calls(tracer: Tracer, opt: Instance, steps: int, what: str = "step") -> list[list[str]]:
    out = []
    for _ in range(steps):
        tracer.events.clear()
        getattr(opt, what)()
        out.append([e.entry for e in tracer.events])
    return out


@pytest.mark.parametrize(("name", "config"), [(n, i) for n in OPTIMIZERS for i in range(len(CONFIGS[n]))])
def test_optimizer_steps_make_the_python_tiers_calls_in_order(
    monkeypatch: pytest.MonkeyPatch, mod: Module, catalogue: Catalogue, name: str, config: int
) -> None:
    kwargs = CONFIGS[name][config]
    expected = python_optimizer_calls(monkeypatch, name, kwargs, params=2, steps=STEPS)
    tracer = make_tracer(mod, catalogue)
    opt = tracer.env[name].create([TensorStandIn(tracer, (3, 2)), TensorStandIn(tracer, (3, 2))], **simple_kwargs(kwargs))
    got = simple_optimizer_calls(tracer, opt, STEPS)
    for step, (e, g) in enumerate(zip(expected, got), 1):
        assert _operations(g, catalogue) == _operations(e, catalogue), f"{name} {kwargs}, step {step}"
        assert len(_operations(e, catalogue)) > 2
    # every temporary the Simple step makes is freed within it: handles made = handles freed + state
    for step in got[1:]:
        made = [n for n in step if catalogue.by_name[n].result.type.key == "Tensor" or n == "rt_torch_autograd_grad"]
        freed = [n for n in step if is_release(catalogue.by_name[n])]
        assert len(made) == len(freed), (name, kwargs)


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_optimizer_zero_grad_makes_the_python_tiers_calls(monkeypatch: pytest.MonkeyPatch, mod: Module, catalogue: Catalogue, name: str) -> None:
    expected = python_optimizer_calls(monkeypatch, name, {}, params=3, steps=1, what="zero_grad")
    tracer = make_tracer(mod, catalogue)
    opt = tracer.env[name].create([TensorStandIn(tracer, (3, 2)) for _ in range(3)])
    assert simple_optimizer_calls(tracer, opt, 1, "zero_grad") == expected == [["rt_torch_autograd_set_grad"] * 3]


def test_a_changed_update_order_is_caught(monkeypatch: pytest.MonkeyPatch, mod: Module, catalogue: Catalogue, tmp_path: Path) -> None:
    """The comparison fails when the Simple update swaps two operations."""
    text = (RUNTIME / "optim.spl").read_text()
    swapped = text.replace("        denom.sqrt_()?\n        val mu_product_next = self.mu_product * mu_next\n        denom.add_scalar_(eps)?\n",
                           "        denom.add_scalar_(eps)?\n        val mu_product_next = self.mu_product * mu_next\n        denom.sqrt_()?\n")
    assert swapped != text
    sources = {f"runtime/simple/{n}": (RUNTIME / n).read_text() for n in TRACED}
    sources["runtime/simple/optim.spl"] = swapped
    tracer = Tracer(mod, {f.name for f in catalogue.functions}, sources)
    opt = tracer.env["NAdam"].create([TensorStandIn(tracer, (3, 2))])
    got = simple_optimizer_calls(tracer, opt, 1)
    expected = python_optimizer_calls(monkeypatch, "NAdam", {}, params=1, steps=1)
    assert _operations(got[0], catalogue) != _operations(expected[0], catalogue)


# ---------------------------------------------------------------------------- the examples against torch.nn


class _LSTMOutput(torch.nn.LSTM):
    """torch.nn.LSTM giving only its output, as a Simple Module of kind LSTM does in a sequence."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # type: ignore[override]
        return super().forward(x)[0]


def _torch_mlp() -> torch.nn.Module:
    return torch.nn.Sequential(torch.nn.Linear(4, 16), torch.nn.ReLU(), torch.nn.Linear(16, 4))


def _torch_cnn() -> torch.nn.Module:
    return torch.nn.Sequential(
        torch.nn.Conv2d(1, 4, 3, padding=1), torch.nn.BatchNorm2d(4), torch.nn.ReLU(), torch.nn.MaxPool2d(2),
        torch.nn.Dropout(0.25), torch.nn.Flatten(), torch.nn.Linear(64, 10),
    )


def _torch_lstm() -> torch.nn.Module:
    return torch.nn.Sequential(torch.nn.Embedding(10, 8), _LSTMOutput(8, 16), torch.nn.Linear(16, 10), torch.nn.Flatten(0, 1))


# example -> (the same model in PyTorch, its optimizer and options, the loss, input and target)
EXAMPLE_MODELS: dict[str, tuple[Callable[[], torch.nn.Module], str, dict[str, Any], Callable[[], tuple[torch.Tensor, torch.Tensor]]]] = {
    "mlp.spl": (_torch_mlp, "Adam", {"lr": 0.01}, lambda: (torch.randn(64, 4), torch.randint(4, (64,)))),
    "cnn.spl": (_torch_cnn, "SGD", {"lr": 0.05, "momentum": 0.9, "weight_decay": 0.0001}, lambda: (torch.randn(32, 1, 8, 8), torch.randint(10, (32,)))),
    "lstm.spl": (_torch_lstm, "RMSprop", {"lr": 0.01}, lambda: (torch.randint(10, (12, 4)), torch.randint(10, (48,)))),
}


def pytorch_name(fn: Function) -> str:
    """The PyTorch callable a catalogue entry binds, by its last name (torch.nn.functional.linear:
    linear), else the ATen function it binds (at::lstm: lstm)."""
    if fn.pytorch:
        return fn.pytorch.rsplit(".", 1)[-1]
    return fn.binds.split("(")[0].rsplit("::", 1)[-1]


class _FunctionLog(TorchFunctionMode):
    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def __torch_function__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        self.names.append(func.__name__)
        return func(*args, **(kwargs or {}))


class _DispatchLog(TorchDispatchMode):
    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, tuple[int, ...], tuple[Any, ...]]] = []

    def __torch_dispatch__(self, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        name = func.overloadpacket.__name__
        if name in RNG:
            # every argument after the tensor, defaults included (the dispatcher leaves them out)
            given = list(args[1:])
            values = [given.pop(0) if given else (kwargs or {}).get(a.name, a.default_value) for a in func._schema.arguments[1:]]
            self.calls.append((name, tuple(args[0].shape), tuple(v for v in values if v is not None)))
        return func(*args, **(kwargs or {}))


def _simple_model(mod: Module, catalogue: Catalogue, example: str) -> tuple[Tracer, Instance, list[Event]]:
    tracer = make_tracer(mod, catalogue, EXAMPLES / example)
    model = tracer.env["build_model"]()
    built = list(tracer.events)
    tracer.events.clear()
    return tracer, model, built


@pytest.mark.parametrize("example", sorted(EXAMPLE_MODELS))
def test_example_models_draw_their_weights_as_torch_nn_does(mod: Module, catalogue: Catalogue, example: str) -> None:
    """The generator calls of initialisation, in order, with their shapes and bounds: under the
    same manual_seed the Simple model has torch.nn's weights."""
    torch_model, *_ = EXAMPLE_MODELS[example]
    with _DispatchLog() as log:
        torch_model()
    _, _, built = _simple_model(mod, catalogue, example)
    simple_calls = [(pytorch_name(catalogue.by_name[e.entry]), e.shape, e.args) for e in built if pytorch_name(catalogue.by_name[e.entry]) in RNG]
    assert simple_calls == log.calls
    assert log.calls


@pytest.mark.parametrize("example", sorted(EXAMPLE_MODELS))
def test_example_models_name_parameters_and_state_as_torch_nn_does(mod: Module, catalogue: Catalogue, example: str) -> None:
    torch_model = EXAMPLE_MODELS[example][0]()
    tracer, model, _ = _simple_model(mod, catalogue, example)
    assert [e.name for e in model.named_parameters("")] == [n for n, _ in torch_model.named_parameters()]
    assert [e.name for e in model.named_buffers("")] == [n for n, _ in torch_model.named_buffers()]
    assert [e.name for e in model.state_entries("")] == list(torch_model.state_dict())
    shapes = [e.tensor._shape for e in model.state_entries("")]
    assert shapes == [tuple(t.shape) for t in torch_model.state_dict().values()]


@pytest.mark.parametrize("example", sorted(EXAMPLE_MODELS))
def test_example_training_steps_make_torchs_calls_in_order(
    monkeypatch: pytest.MonkeyPatch, mod: Module, catalogue: Catalogue, example: str
) -> None:
    make_model, optimizer, options, data = EXAMPLE_MODELS[example]
    torch.manual_seed(0)
    model = make_model()
    x, y = data()
    with _FunctionLog() as log:
        out = model(x)
        loss = torch.nn.functional.cross_entropy(out, y)
        loss.backward()
        loss.item()
    expected = [n for n in log.names if n not in METADATA]

    tracer, simple_model, _ = _simple_model(mod, catalogue, example)
    opt = tracer.env["make_optimizer"](simple_model)
    loss_fn = tracer.env["make_loss"]()
    assert opt._cls == optimizer and loss_fn._cls == "CrossEntropyLoss"
    tracer.events.clear()
    tracer.env["train_step"](simple_model, opt, loss_fn, TensorStandIn(tracer, tuple(x.shape)), TensorStandIn(tracer, tuple(y.shape)))
    phases: dict[str, list[Event]] = {"zero_grad": [], "step": [], "model": []}
    for e in tracer.events:
        frame = next((f for f in e.frames if f in (f"{optimizer}.zero_grad", f"{optimizer}.step")), None)
        phases[frame.rsplit(".", 1)[1] if frame else "model"].append(e)
    got = [pytorch_name(catalogue.by_name[e.entry]) for e in phases["model"] if not is_release(catalogue.by_name[e.entry])]
    assert [n for n in got if n not in METADATA] == expected
    # the optimizer's part: the Python tier's calls for the example's optimizer and parameters
    count = len(list(model.parameters()))
    assert [e.entry for e in phases["zero_grad"]] == python_optimizer_calls(monkeypatch, optimizer, options, count, 1, "zero_grad")[0]
    step = python_optimizer_calls(monkeypatch, optimizer, options, count, 1)[0]
    assert _operations([e.entry for e in phases["step"]], catalogue) == _operations(step, catalogue)


def test_eval_mode_reaches_every_module_and_changes_the_calls(mod: Module, catalogue: Catalogue) -> None:
    tracer, model, _ = _simple_model(mod, catalogue, "cnn.spl")
    model.eval()
    assert not model.training and all(not c.training for c in model.children)
    model.forward(TensorStandIn(tracer, (2, 1, 8, 8)))
    torch_model = _torch_cnn().eval()
    x = torch.randn(2, 1, 8, 8)
    with _FunctionLog() as log:
        torch_model(x)
    names = [pytorch_name(catalogue.by_name[e.entry]) for e in tracer.events if not is_release(catalogue.by_name[e.entry])]
    assert names == [n for n in log.names if n not in METADATA]
    assert "add_" not in names  # num_batches_tracked counts only in training
    dropout = next(e for e in tracer.events if e.member == "dropout")
    assert dropout.args == (0.25, False)
    model.train()
    assert model.training and all(c.training for c in model.children)


@pytest.mark.parametrize(
    ("simple_layer", "torch_layer"),
    [
        ("Module.linear(5, 3, bias: false)?", lambda: torch.nn.Linear(5, 3, bias=False)),
        ("Module.conv2d(2, 3, [3, 2], stride: [2, 1], padding: [1, 0])?", lambda: torch.nn.Conv2d(2, 3, (3, 2), stride=(2, 1), padding=(1, 0))),
        ("Module.lstm(3, 5, num_layers: 2)?", lambda: torch.nn.LSTM(3, 5, num_layers=2)),
        ("Module.embedding(7, 3)?", lambda: torch.nn.Embedding(7, 3)),
        ("Module.layer_norm([4, 3])?", lambda: torch.nn.LayerNorm([4, 3])),
        ("Module.batch_norm2d(3)?", lambda: torch.nn.BatchNorm2d(3)),
    ],
)
def test_layers_initialise_and_name_as_torch_nn(mod: Module, catalogue: Catalogue, simple_layer: str, torch_layer: Callable[[], torch.nn.Module]) -> None:
    tracer = make_tracer(mod, catalogue)
    layer = tracer.eval(simple_layer, {}, "test")
    with _DispatchLog() as log:
        reference = torch_layer()
    drawn = [(pytorch_name(catalogue.by_name[e.entry]), e.shape, e.args) for e in tracer.events if pytorch_name(catalogue.by_name[e.entry]) in RNG]
    assert drawn == log.calls
    assert [(e.name, e.tensor._shape) for e in layer.state_entries("")] == [(k, tuple(v.shape)) for k, v in reference.state_dict().items()]


# ---------------------------------------------------------------------------- load_state_dict


def _torch_load_error(model: torch.nn.Module, state: dict[str, torch.Tensor], strict: bool) -> str | None:
    try:
        result = model.load_state_dict(state, strict=strict)
    except RuntimeError as exc:
        return str(exc)
    return f"ok {sorted(result.missing_keys)} {sorted(result.unexpected_keys)}"


@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.parametrize("change", ["same", "missing", "unexpected", "both", "size"])
def test_load_state_dict_checks_keys_and_sizes_with_pytorchs_messages(mod: Module, catalogue: Catalogue, change: str, strict: bool) -> None:
    torch_model = _torch_cnn()
    state = dict(torch_model.state_dict())
    tracer, model, _ = _simple_model(mod, catalogue, "cnn.spl")
    entries = [(e.name, e.tensor._shape) for e in model.state_entries("")]
    if change in ("missing", "both"):
        del state["1.running_var"], state["6.bias"]
        entries = [e for e in entries if e[0] not in ("1.running_var", "6.bias")]
    if change in ("unexpected", "both"):
        state["7.weight"] = torch.zeros(2)
        entries.append(("7.weight", (2,)))
    if change == "size":
        state["6.weight"] = torch.zeros(10, 3)
        entries = [(n, (10, 3) if n == "6.weight" else s) for n, s in entries]
    expected = _torch_load_error(torch_model, state, strict)
    named = [tracer.env["NamedTensor"](name=n, tensor=TensorStandIn(tracer, s)) for n, s in entries]
    try:
        result = model.load_state_dict(named, strict=strict)
        got = f"ok {sorted(result.missing_keys)} {sorted(result.unexpected_keys)}"
    except SimpleError as exc:
        kind, got = exc.args[0]
        assert kind == "other"  # RuntimeError
    assert got == expected


# ---------------------------------------------------------------------------- generation errors


@pytest.fixture()
def runtime_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(runtime.RUNTIME, tmp_path / "runtime")
    monkeypatch.setattr(runtime, "RUNTIME", tmp_path / "runtime")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "runtime" / "simple"


def _line(name: str, text: str) -> int:
    return (RUNTIME / name).read_text().splitlines().index(text) + 1


def test_a_tensor_method_the_module_system_lacks_is_a_generation_error_naming_the_line(catalogue: Catalogue, runtime_copy: Path) -> None:
    line = _line("nn.spl", "    w.uniform_(low: -bound, to: bound)")
    fns = tuple(f for f in catalogue.functions if f.name != "rt_torch_torchtensor_uniform_")
    with pytest.raises(GenerationError) as info:
        render_tree(dataclasses.replace(catalogue, functions=fns), ("simple",))
    assert f"runtime/simple/nn.spl:{line}: the module system calls .uniform_(...), which mod.spl does not define" in str(info.value)


def test_a_module_function_the_module_system_lacks_is_a_generation_error_naming_the_line(catalogue: Catalogue, runtime_copy: Path) -> None:
    line = _line("nn.spl", "            return layer_norm(x, self.shape, weight: self.params[0], bias: self.params[1], eps: self.eps)")
    fns = tuple(f for f in catalogue.functions if f.name != "rt_torch_nn_layer_norm")
    with pytest.raises(GenerationError) as info:
        render_tree(dataclasses.replace(catalogue, functions=fns), ("simple",))
    assert f"runtime/simple/nn.spl:{line}: unknown name 'layer_norm'" in str(info.value)


def test_a_call_that_does_not_fit_is_a_generation_error(catalogue: Catalogue, runtime_copy: Path) -> None:
    path = runtime_copy / "nn.spl"
    text = path.read_text()
    old = "    b.uniform_(low: -bound, to: bound)"
    assert old in text
    path.write_text(text.replace(old, "    b.uniform_(low: -bound, high: bound)"))
    line = _line("nn.spl", old)
    with pytest.raises(GenerationError, match=rf"runtime/simple/nn.spl:{line}: Tensor.uniform_ has no parameter 'high'"):
        render_tree(catalogue, ("simple",))


def test_a_layer_place_mod_spl_lacks_is_a_generation_error(catalogue: Catalogue, runtime_copy: Path) -> None:
    layers = tuple(
        dataclasses.replace(layer, tiers=tuple((t, "Module.conv3d" if (t, w) == ("simple", "Module.conv2d") else w) for t, w in layer.tiers))
        for layer in catalogue.layers
    )
    with pytest.raises(GenerationError, match=r"the catalogue's layers name Module.conv3d for this tier, but Module has no static fn conv3d"):
        render_tree(dataclasses.replace(catalogue, layers=layers), ("simple",))


def test_without_module_layers_nn_spl_is_not_embedded(catalogue: Catalogue) -> None:
    layers = tuple(
        dataclasses.replace(layer, tiers=tuple((t, w) for t, w in layer.tiers if not (t == "simple" and w.startswith("Module"))))
        for layer in catalogue.layers
    )
    text = render_tree(dataclasses.replace(catalogue, layers=layers), ("simple",)).files["simple/mod.spl"]
    assert "# From runtime/simple/optim.spl" in text and "# From runtime/simple/math.spl" in text
    assert "# From runtime/simple/nn.spl" not in text


# ---------------------------------------------------------------------------- single layers and losses


@pytest.mark.parametrize(
    ("simple_layer", "torch_layer", "shape"),
    [
        ("Module.avg_pool2d([2])", lambda: torch.nn.AvgPool2d(2), (2, 3, 4, 4)),
        ("Module.max_pool2d([3, 2], stride: [1, 2], padding: [1, 0])", lambda: torch.nn.MaxPool2d((3, 2), stride=(1, 2), padding=(1, 0)), (2, 3, 5, 4)),
        ("Module.layer_norm([4], eps: 0.001)?", lambda: torch.nn.LayerNorm([4], eps=0.001), (3, 4)),
        ("Module.tanh()", lambda: torch.nn.Tanh(), (3, 4)),
        ("Module.sigmoid()", lambda: torch.nn.Sigmoid(), (3, 4)),
        ("Module.gelu()", lambda: torch.nn.GELU(), (3, 4)),
        ("Module.linear(4, 2)?", lambda: torch.nn.Linear(4, 2), (3, 4)),
        ("Module.lstm(4, 3, num_layers: 2, batch_first: true)?", lambda: _LSTMOutput(4, 3, num_layers=2, batch_first=True), (2, 5, 4)),
    ],
)
def test_layer_forwards_make_torch_nns_calls(mod: Module, catalogue: Catalogue, simple_layer: str, torch_layer: Callable[[], torch.nn.Module], shape: tuple[int, ...]) -> None:
    tracer = make_tracer(mod, catalogue)
    layer = tracer.eval(simple_layer, {}, "test")
    tracer.events.clear()
    layer.forward(TensorStandIn(tracer, shape))
    reference, x = torch_layer(), torch.randn(*shape)
    with _FunctionLog() as log:
        reference(x)
    names = [pytorch_name(catalogue.by_name[e.entry]) for e in tracer.events if not is_release(catalogue.by_name[e.entry])]
    assert [n for n in names if n not in METADATA] == [n for n in log.names if n not in METADATA]


@pytest.mark.parametrize(
    ("simple_loss", "torch_loss", "log_probabilities"),
    [
        ("MSELoss.create(reduction: \"sum\")", lambda: torch.nn.MSELoss(reduction="sum"), False),
        ("CrossEntropyLoss.create(label_smoothing: 0.1)", lambda: torch.nn.CrossEntropyLoss(label_smoothing=0.1), False),
        ("NLLLoss.create(ignore_index: 1)", lambda: torch.nn.NLLLoss(ignore_index=1), True),
    ],
)
def test_losses_make_torch_nns_calls_with_its_options(mod: Module, catalogue: Catalogue, simple_loss: str, torch_loss: Callable[[], torch.nn.Module], log_probabilities: bool) -> None:
    tracer = make_tracer(mod, catalogue)
    loss = tracer.eval(simple_loss, {}, "test")
    loss.forward(TensorStandIn(tracer, (4, 3)), TensorStandIn(tracer, (4,)))
    reference = torch_loss()
    x = torch.randn(4, 3)
    y = torch.randn(4, 3) if "MSE" in simple_loss else torch.randint(3, (4,))
    x = x.log_softmax(1) if log_probabilities else x
    with _FunctionLog() as log:
        reference(x, y)
    assert [pytorch_name(catalogue.by_name[e.entry]) for e in tracer.events] == log.names
    # the options are the module's, in the functional call's order
    options = {k: v for k, v in vars(reference).items() if k in ("reduction", "ignore_index", "label_smoothing")}
    assert set(options.values()) <= set(tracer.events[0].args)


@pytest.mark.parametrize(
    ("simple_layer", "torch_layer"),
    [
        ("Module.dropout(1.5)?", lambda: torch.nn.Dropout(1.5)),
        ("Module.dropout(-0.1)?", lambda: torch.nn.Dropout(-0.1)),
        ("Module.lstm(3, 0)?", lambda: torch.nn.LSTM(3, 0)),
        ("Module.lstm(3, 4, num_layers: 0)?", lambda: torch.nn.LSTM(3, 4, num_layers=0)),
        ("Module.lstm(3, 4, dropout: 1.5)?", lambda: torch.nn.LSTM(3, 4, dropout=1.5)),
        ("Module.lstm(3, 0, dropout: 1.5)?", lambda: torch.nn.LSTM(3, 0, dropout=1.5)),
    ],
)
def test_layer_argument_checks_are_pytorchs(mod: Module, catalogue: Catalogue, simple_layer: str, torch_layer: Callable[[], torch.nn.Module]) -> None:
    with pytest.raises(ValueError) as expected:
        torch_layer()
    tracer = make_tracer(mod, catalogue)
    with pytest.raises(SimpleError) as got:
        tracer.eval(simple_layer, {}, "test")
    assert got.value.args[0] == ("value", str(expected.value))


# ---------------------------------------------------------------------------- the examples' programs


def _handles_made(tracer: Tracer, event: Event) -> int:
    """How many handles a call into mod.spl hands to its caller (a tensor, or a named result's)."""
    cls, _, name = event.member.rpartition(".")
    sig = tracer.mod.classes[cls].methods[name] if cls else tracer.mod.functions[name]
    ok = (sig.result or "").removeprefix("Result<").removesuffix(", TorchError>")
    if ok in ("Tensor", "Tensor?"):
        return 1
    if ok in tracer.mod.classes and ok not in ("DType", "Device", "Scalar"):
        return len(tracer.mod.classes[ok].fields)
    return 0


@pytest.mark.parametrize(("example", "steps"), [("mlp.spl", 100), ("cnn.spl", 50), ("lstm.spl", 50)])
def test_example_programs_run_their_steps_and_free_every_handle(mod: Module, catalogue: Catalogue, example: str, steps: int) -> None:
    """main() of each example, traced: it trains for its steps and frees every handle it made
    (parameters, buffers, optimizer state, inputs, every step's temporaries) by its end."""
    tracer = make_tracer(mod, catalogue, EXAMPLES / example)
    assert tracer.env["main"]() is True
    losses = [e for e in tracer.events if e.entry == "rt_torch_nn_cross_entropy_v2"]
    assert len(losses) == steps
    made = sum(_handles_made(tracer, e) for e in tracer.events)
    freed = sum(1 for e in tracer.events if is_release(catalogue.by_name[e.entry]))
    assert made > steps and freed == made
    # without the optimizer's free(), its state would be left
    leaky = make_tracer(mod, catalogue, EXAMPLES / example)
    leaky.defs[(None, "main")].body = [n for n in leaky.defs[(None, "main")].body if n.text != "opt.free()?"]
    leaky.env["main"]()
    assert sum(_handles_made(leaky, e) for e in leaky.events) > sum(1 for e in leaky.events if is_release(catalogue.by_name[e.entry]))


# ---------------------------------------------------------------------------- constructors against torch.nn's

# Module's static constructors that the catalogue's layers do not list, by the torch.nn class
# they make (the listed ones are read from the catalogue: simple: Module.linear, pytorch: torch.nn.Linear).
UNLISTED = {"max_pool2d": "MaxPool2d", "avg_pool2d": "AvgPool2d", "flatten": "Flatten", "tanh": "Tanh", "sigmoid": "Sigmoid", "gelu": "GELU"}


def _torch_default(cls: type, name: str) -> Any:
    init = torch.nn.RNNBase.__init__ if cls is torch.nn.LSTM else cls.__init__
    return inspect.signature(init).parameters[name].default


def _as_simple_value(value: Any) -> Any:
    return [value, value] if isinstance(value, int) and not isinstance(value, bool) else value


def test_module_constructors_take_torch_nns_arguments_and_defaults(mod: Module, catalogue: Catalogue) -> None:
    """Each layer's static constructor has parameters of the torch.nn class it makes, in its
    order, with its defaults (a size of one value standing for two, as PyTorch's int does)."""
    made = dict(UNLISTED)
    for layer in catalogue.layers:
        for tier, where in layer.tiers:
            # (Sequential takes its modules as *args: Module.sequential takes them as one array)
            if tier == "simple" and where.startswith("Module.") and where != "Module.sequential" and layer.pytorch:
                made[where.split(".", 1)[1]] = layer.pytorch.rsplit(".", 1)[1]
    assert {"linear", "conv2d", "batch_norm2d", "layer_norm", "dropout", "embedding", "lstm"} <= set(made)
    tracer = make_tracer(mod, catalogue)
    for static, name in made.items():
        cls = getattr(torch.nn, name)
        d = tracer.defs[("Module", static)]
        init = torch.nn.RNNBase.__init__ if cls is torch.nn.LSTM else cls.__init__
        torch_params = list(inspect.signature(init).parameters)
        names = [n for n, _ in d.params]
        assert names == [n for n in torch_params if n in names], (static, names, torch_params)
        for n, default in d.params:
            if default is None:
                assert _torch_default(cls, n) is inspect.Parameter.empty, (static, n)
            else:
                theirs = _torch_default(cls, n)
                ours = tracer.eval(default, {}, d.where)
                assert ours == theirs or ours == _as_simple_value(theirs), (static, n, ours, theirs)
    for loss in ("MSELoss", "CrossEntropyLoss", "NLLLoss"):
        d = tracer.defs[(loss, "create")]
        theirs = inspect.signature(getattr(torch.nn, loss).__init__).parameters
        for n, default in d.params:
            assert tracer.eval(default or "nil", {}, d.where) == theirs[n].default, (loss, n)
