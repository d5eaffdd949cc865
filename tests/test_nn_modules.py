"""torch_sffi.nn against PyTorch's ModuleInfo database (torch.testing._internal.common_modules).

For every module class of module_db (114 classes) that torch_sffi.nn has a class of the same
name for, every sample of `module_inputs_func(device="cpu", dtype, requires_grad=True,
training)` (float64 and float32; training=True, and training=False too where the ModuleInfo
says training and evaluation differ) is run through both libraries:

  1. the module is built from the sample's constructor_input (tensors converted) and cast to
     the dtype, as PyTorch's module tests build it, and put in the sample's mode;
  2. the names of the parameters and buffers, and the keys of state_dict(), must be PyTorch's,
     in PyTorch's order, and so must repr(module) (extra_repr);
  3. built under the same manual_seed, the initial parameters and buffers must be PyTorch's
     bit for bit (nn.init makes PyTorch's generator calls); then PyTorch's state_dict is loaded
     into ours (load_state_dict, strict), so both hold the same values even after a cast (a
     lazy module's parameters get their values at the first call, under the forward's seed);
  4. forward_input runs through both under the same manual_seed (dropout draws the same
     masks): the outputs must agree in structure, shape, dtype and values (torch.testing's
     tolerances of the dtype);
  5. the sum of the outputs is backpropagated: the gradients of every parameter and of every
     input that requires grad must agree, and so must the state after forward (BatchNorm's
     running statistics).

Each sample ends in one outcome per class: `match`; `mismatch` (a defect: any disagreement, or
torch_sffi raising where PyTorch does not); `skipped`, with the reason, when PyTorch itself
rejects the sample (both then must raise) or the sample uses what torch_sffi does not express
(SKIPS, each with its reason). The classes without a counterpart are listed with theirs
(NO_COUNTERPART). The test fails on any mismatch, on a class whose samples all skip, and when
fewer than MIN_CLASSES classes match; it never passes on an empty run.

Needs the build (`make`, or `sffi-gen build`).
"""

from __future__ import annotations

import io
import sys
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import pytest

from conftest import BUILD

PACKAGE_DIR = BUILD / "python"
if not (PACKAGE_DIR / "torch_sffi" / "__init__.py").is_file():
    raise RuntimeError(f"{PACKAGE_DIR}/torch_sffi is not built: run `make` (or `sffi-gen build`) first")
sys.path.insert(0, str(PACKAGE_DIR))

import torch  # noqa: E402
from torch.testing._internal.common_modules import module_db  # noqa: E402

import torch_sffi as ts  # noqa: E402

# The bar: at least 60 of module_db's 114 classes have a counterpart that matches.
MIN_CLASSES = 60
DTYPES = (torch.float64, torch.float32)
# Classes run in float64 only, to keep this file near two minutes: float32 runs the same code.
FLOAT64_ONLY = {"Transformer": "6 encoder and 6 decoder layers per sample; float32 adds about 25 s and runs the code float64 runs"}
SEED = 7

# Classes of module_db torch_sffi.nn has no class for, with the reason.
NO_COUNTERPART = {
    "FractionalMaxPool2d": (
        "its pooling regions come from random samples PyTorch draws inside F.fractional_max_pool2d and passes to "
        "aten::fractional_max_pool2d, which is not in the catalogue (an entry would bind ATen's signature, not F's)"
    ),
    "FractionalMaxPool3d": "as FractionalMaxPool2d (aten::fractional_max_pool3d)",
    "LinearCrossEntropyLoss": (
        "new in PyTorch 2.13 (a linear layer fused with cross entropy, with a chunked path chosen by "
        "LinearCrossEntropyOptions); not implemented yet, and its 857 samples per dtype would double this test's time"
    ),
}

# Samples torch_sffi does not express, by class: (a predicate on the sample, the reason).
SKIPS: dict[str, list[tuple[Any, str]]] = {}

DTYPE_NAMES = {torch.float64: "float64", torch.float32: "float32"}


# ============================================================================ conversion


class _Converter:
    """Torch values in torch_sffi's terms; remembers the (torch, ours) leaves that require grad."""

    def __init__(self) -> None:
        self.leaves: list[tuple[torch.Tensor, Any]] = []

    def __call__(self, value: Any) -> Any:
        if isinstance(value, torch.Tensor):
            ours = ts.from_dlpack(value.detach().clone())
            if value.requires_grad:
                ours.requires_grad_(True)
                if value.is_leaf:
                    self.leaves.append((value, ours))
            return ours
        if isinstance(value, torch.nn.TransformerEncoderLayer):
            return _encoder_layer(value)
        if callable(value) and getattr(value, "__name__", None) and getattr(torch.nn.functional, value.__name__, None) is value:
            return getattr(ts.nn.functional, value.__name__)  # an activation given as torch.nn.functional.gelu
        if isinstance(value, torch.dtype):
            return getattr(ts, str(value).rsplit(".", 1)[-1])
        if isinstance(value, torch.Size):
            return tuple(value)
        if isinstance(value, list):
            return [self(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self(v) for v in value)
        if isinstance(value, dict):
            return {k: self(v) for k, v in value.items()}
        return value


def _encoder_layer(layer: torch.nn.TransformerEncoderLayer) -> Any:
    """A PyTorch encoder layer given to a constructor (TransformerEncoder's samples): ours, built
    with its settings, holding its parameters."""
    activation = layer.activation
    ours = ts.nn.TransformerEncoderLayer(
        layer.self_attn.embed_dim,
        layer.self_attn.num_heads,
        layer.linear1.out_features,
        layer.dropout.p,
        getattr(ts.nn.functional, activation.__name__) if getattr(torch.nn.functional, activation.__name__, None) is activation else activation,
        layer.norm1.eps,
        layer.self_attn.batch_first,
        layer.norm_first,
        layer.linear1.bias is not None,
        dtype=getattr(ts, str(layer.linear1.weight.dtype).rsplit(".", 1)[-1]),
    )
    ours.load_state_dict({k: ts.from_dlpack(v.detach().clone()) for k, v in layer.state_dict().items()})
    return ours


def as_torch(value: Any) -> Any:
    """torch_sffi's result in torch's terms."""
    if isinstance(value, ts.Tensor):
        return torch.from_dlpack(value.detach()).clone()
    if isinstance(value, (list, tuple)):
        return type(value)(as_torch(v) for v in value) if not hasattr(value, "_fields") else tuple(as_torch(v) for v in value)
    return value


def _flat(value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return [x for v in value for x in _flat(v)]
    return [value]


def _close(what: str, ours: Any, theirs: Any) -> None:
    """Same structure, shapes, dtypes and values (torch.testing's tolerances of the dtype)."""
    if isinstance(theirs, torch.Tensor):
        assert isinstance(ours, torch.Tensor), f"{what}: a {type(ours).__name__} where PyTorch gives a tensor"
        assert ours.shape == theirs.shape, f"{what}: shape {tuple(ours.shape)} != {tuple(theirs.shape)}"
        assert ours.dtype == theirs.dtype, f"{what}: dtype {ours.dtype} != {theirs.dtype}"
        torch.testing.assert_close(ours, theirs.detach(), equal_nan=True, msg=lambda m: f"{what}: {m}")
    elif isinstance(theirs, (list, tuple)):
        assert isinstance(ours, (list, tuple)) and len(ours) == len(theirs), f"{what}: {ours!r} != {theirs!r}"
        for i, (a, b) in enumerate(zip(ours, theirs)):
            _close(f"{what}[{i}]", a, b)
    else:
        assert ours == theirs, f"{what}: {ours!r} != {theirs!r}"


# ============================================================================ one sample


@dataclass
class Outcome:
    kind: str  # match, mismatch, skipped
    detail: str = ""


@dataclass
class ClassResult:
    name: str
    samples: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    mismatches: list[str] = field(default_factory=list)


def _summed(outputs: Any) -> Any:
    """The sum of every floating output that requires grad (None if there is none)."""
    total = None
    for o in _flat(outputs):
        if getattr(o, "requires_grad", False):
            s = o.sum()
            total = s if total is None else total + s
    return total


def run_sample(info: Any, ours_cls: type, sample: Any, dtype: torch.dtype, training: bool) -> Outcome:
    for predicate, reason in SKIPS.get(info.module_cls.__name__, []):
        if predicate(sample):
            return Outcome("skipped", reason)
    convert = _Converter()
    c_args = convert(sample.constructor_input.args)
    c_kwargs = convert(sample.constructor_input.kwargs)
    f_args = convert(sample.forward_input.args)
    f_kwargs = convert(sample.forward_input.kwargs)
    leaves = convert.leaves
    # PyTorch first: a sample it rejects is not ours to match (but ours must reject it too).
    try:
        torch.manual_seed(SEED)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            theirs = info.module_cls(*sample.constructor_input.args, **sample.constructor_input.kwargs).to(dtype)
            theirs.train(training)
    except Exception as exc:  # noqa: BLE001
        return Outcome("skipped", f"PyTorch's constructor raises {type(exc).__name__}")
    try:
        ts.manual_seed(SEED)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ours = ours_cls(*c_args, **c_kwargs).to(getattr(ts, DTYPE_NAMES[dtype]))
            ours.train(training)
    except Exception as exc:  # noqa: BLE001
        return Outcome("mismatch", f"constructor raised {type(exc).__name__}: {exc}")
    # Names and keys, then the same values.
    for what, a, b in (
        ("parameters", [n for n, _ in ours.named_parameters()], [n for n, _ in theirs.named_parameters()]),
        ("buffers", [n for n, _ in ours.named_buffers()], [n for n, _ in theirs.named_buffers()]),
        ("state_dict keys", list(ours.state_dict()), list(theirs.state_dict())),
    ):
        if a != b:
            return Outcome("mismatch", f"{what}: {a} != {b}")
    if repr(ours) != repr(theirs):
        return Outcome("mismatch", f"repr {ours!r} != {theirs!r}")
    if not info.is_lazy:  # a lazy module's parameters have no values before the first call
        # Built under the same seed, the parameters and buffers are PyTorch's, bit for bit.
        for (key, a), b in zip(ours.state_dict().items(), theirs.state_dict().values()):
            if not torch.equal(as_torch(a), b):
                return Outcome("mismatch", f"initial {key} differs from PyTorch's under the same seed")
        state = {k: convert(v) for k, v in theirs.state_dict().items()}
        result = ours.load_state_dict(state)
        if result.missing_keys or result.unexpected_keys:
            return Outcome("mismatch", f"load_state_dict: {result}")
    try:
        torch.manual_seed(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected = theirs(*sample.forward_input.args, **sample.forward_input.kwargs)
    except Exception as exc:  # noqa: BLE001
        torch.manual_seed(0)
        try:
            ours(*f_args, **f_kwargs)
        except Exception:  # noqa: BLE001 - both reject the sample
            return Outcome("skipped", f"PyTorch's forward raises {type(exc).__name__} (and so does ours)")
        return Outcome("mismatch", f"PyTorch's forward raises {type(exc).__name__}: {exc}; ours returns")
    try:
        ts.manual_seed(0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = ours(*f_args, **f_kwargs)
    except Exception as exc:  # noqa: BLE001
        return Outcome("mismatch", f"forward raised {type(exc).__name__}: {exc}")
    if repr(ours) != repr(theirs):  # a lazy module has become its eager class
        return Outcome("mismatch", f"repr after forward {ours!r} != {theirs!r}")
    try:
        _close("output", as_torch(got), expected)
        _close("state after forward", [as_torch(v) for v in ours.state_dict().values()], list(theirs.state_dict().values()))
        loss_theirs, loss_ours = _summed(expected), _summed(got)
        assert (loss_theirs is None) == (loss_ours is None), "one side's outputs require grad, the other's do not"
        if loss_theirs is not None:
            loss_theirs.backward()
            loss_ours.backward()
            ours_params = dict(ours.named_parameters())
            for name, p in theirs.named_parameters():
                g = ours_params[name].grad
                assert (g is None) == (p.grad is None), f"grad of {name}: {g} vs {p.grad}"
                if p.grad is not None:
                    _close(f"grad of {name}", as_torch(g), p.grad)
            for i, (t, o) in enumerate(leaves):
                if t.grad is not None or o.grad is not None:
                    assert t.grad is not None and o.grad is not None, f"grad of input {i}: one side has none"
                    _close(f"grad of input {i}", as_torch(o.grad), t.grad)
    except AssertionError as exc:
        return Outcome("mismatch", str(exc).splitlines()[0] if str(exc) else "assertion")
    return Outcome("match")


RESULTS: dict[str, ClassResult] = {}


def run_class(info: Any) -> ClassResult:
    name = info.module_cls.__name__
    if name in RESULTS:
        return RESULTS[name]
    ours_cls = getattr(ts.nn, name)
    result = ClassResult(name)
    for dtype in DTYPES:
        if dtype not in info.dtypes or (dtype != torch.float64 and name in FLOAT64_ONLY):
            continue
        for training in (True, False) if info.train_and_eval_differ else (True,):
            samples = info.module_inputs_func(info, device="cpu", dtype=dtype, requires_grad=True, training=training)
            for sample in samples:
                result.samples += 1
                outcome = run_sample(info, ours_cls, sample, dtype, training)
                result.outcomes[outcome.kind] += 1
                if outcome.kind == "skipped":
                    result.reasons[outcome.detail] += 1
                elif outcome.kind == "mismatch":
                    result.mismatches.append(f"{DTYPE_NAMES[dtype]} training={training} {sample.desc!r}: {outcome.detail}")
    RESULTS[name] = result
    return result


INFOS = {info.module_cls.__name__: info for info in module_db}
COUNTERPARTS = sorted(n for n in INFOS if isinstance(getattr(ts.nn, n, None), type) and issubclass(getattr(ts.nn, n), ts.nn.Module))


def test_every_class_of_module_db_has_a_counterpart_or_a_reason() -> None:
    lacking = sorted(n for n in INFOS if n not in COUNTERPARTS and n not in NO_COUNTERPART)
    assert not lacking, f"module_db classes with neither a torch_sffi.nn class nor a reason in NO_COUNTERPART: {lacking}"
    stale = sorted(n for n in NO_COUNTERPART if n in COUNTERPARTS or not NO_COUNTERPART[n])
    assert not stale, f"NO_COUNTERPART lists classes that have a counterpart, or gives no reason: {stale}"


@pytest.mark.parametrize("name", COUNTERPARTS)
def test_module_matches_pytorch_on_its_module_info_samples(name: str) -> None:
    result = run_class(INFOS[name])
    assert result.samples > 0, f"{name}: module_db gives no samples"
    assert not result.mismatches, f"{name}: {len(result.mismatches)} of {result.samples} samples mismatch:\n" + "\n".join(result.mismatches[:10])
    assert result.outcomes["match"] > 0, f"{name}: no sample matched (skipped: {dict(result.reasons)})"


def test_at_least_60_module_classes_match_pytorch() -> None:
    results = [run_class(INFOS[n]) for n in COUNTERPARTS]
    matched = [r for r in results if r.outcomes["match"] > 0 and not r.mismatches]
    report = io.StringIO()
    for r in results:
        print(f"{r.name:28} samples {r.samples:3}  match {r.outcomes['match']:3}  skipped {r.outcomes['skipped']:3}  mismatch {r.outcomes['mismatch']:3}", file=report)
        for reason, n in sorted(r.reasons.items()):
            print(f"    skipped {n}: {reason}", file=report)
    total = Counter[str]()
    for r in results:
        total.update(r.outcomes)
    print(f"{len(matched)} of {len(INFOS)} module_db classes match; samples: {dict(total)}", file=report)
    print(report.getvalue())
    assert len(matched) >= MIN_CLASSES, report.getvalue()


# ============================================================================ checkpoints across the boundary


def _pair(seed: int) -> tuple[Any, Any]:
    """The same small CNN (convolution, batch norm with its buffers, linear) in both libraries."""

    def build(lib: Any) -> Any:
        nn = lib.nn
        return nn.Sequential(nn.Conv2d(2, 4, 3, padding=1), nn.BatchNorm2d(4), nn.ReLU(), nn.Flatten(), nn.Linear(4 * 5 * 5, 3))

    torch.manual_seed(seed)
    theirs = build(torch)
    ts.manual_seed(seed + 1)  # a different start: loading must make them equal
    ours = build(ts)
    return ours, theirs


def _train_once(model: Any, x: Any) -> None:
    """One forward in training mode: BatchNorm's running statistics and counter move."""
    model.train()
    model(x).sum().backward()


def test_a_state_dict_saved_by_torch_sffi_loads_into_the_pytorch_model(tmp_path: Any) -> None:
    ours, theirs = _pair(3)
    x = torch.randn(6, 2, 5, 5)
    _train_once(ours, ts.from_dlpack(x.clone()))
    path = tmp_path / "ours.pt"
    ts.save(ours.state_dict(), path)
    loaded = torch.load(path)
    assert list(loaded) == list(theirs.state_dict()) == ["0.weight", "0.bias", "1.weight", "1.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked", "4.weight", "4.bias"]
    result = theirs.load_state_dict(loaded)
    assert not result.missing_keys and not result.unexpected_keys
    assert int(theirs[1].num_batches_tracked) == 1 and loaded["1.num_batches_tracked"].dtype == torch.int64
    ours.eval()
    theirs.eval()
    assert torch.equal(as_torch(ours(ts.from_dlpack(x.clone()))), theirs(x).detach())


def test_a_state_dict_saved_by_pytorch_loads_into_the_torch_sffi_model(tmp_path: Any) -> None:
    ours, theirs = _pair(4)
    x = torch.randn(6, 2, 5, 5)
    _train_once(theirs, x)
    path = tmp_path / "theirs.pt"
    torch.save(theirs.state_dict(), path)
    loaded = ts.load(path)
    result = ours.load_state_dict(loaded)
    assert repr(result) == "<All keys matched successfully>"
    ours.eval()
    theirs.eval()
    assert torch.equal(as_torch(ours(ts.from_dlpack(x.clone()))), theirs(x).detach())
    for (name, a), (name_t, b) in zip(ours.state_dict().items(), theirs.state_dict().items()):
        assert name == name_t and torch.equal(as_torch(a), b), name


# ============================================================================ Module's own behaviour


class _Net(ts.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.fc = ts.nn.Linear(3, 2)
        self.blocks = ts.nn.ModuleList([ts.nn.Linear(2, 2), ts.nn.Linear(2, 2)])
        self.heads = ts.nn.ModuleDict({"a": ts.nn.Tanh(), "b": ts.nn.Identity()})
        self.scale = ts.nn.Parameter(ts.ones(2))
        self.register_buffer("offset", ts.zeros(2))
        self.register_buffer("cache", ts.zeros(1), persistent=False)
        self.shared = self.fc  # the same module twice: listed once
        self.note = "not registered"

    def forward(self, x: Any) -> Any:
        x = self.fc(x)
        for block in self.blocks:
            x = block(x)
        return self.heads["a"](x) * self.scale + self.offset


def test_registration_and_iteration_follow_pytorch() -> None:
    net = _Net()
    assert [n for n, _ in net.named_parameters()] == ["scale", "fc.weight", "fc.bias", "blocks.0.weight", "blocks.0.bias", "blocks.1.weight", "blocks.1.bias"]
    assert [n for n, _ in net.named_buffers()] == ["offset", "cache"]
    # state_dict lists a shared module under each of its names, as PyTorch's does.
    assert list(net.state_dict()) == ["scale", "offset", "fc.weight", "fc.bias", "blocks.0.weight", "blocks.0.bias", "blocks.1.weight", "blocks.1.bias", "shared.weight", "shared.bias"]
    assert [n for n, _ in net.named_children()] == ["fc", "blocks", "heads"]
    assert [n for n, _ in net.named_modules()] == ["", "fc", "blocks", "blocks.0", "blocks.1", "heads", "heads.a", "heads.b"]
    assert [n for n, _ in net.named_modules(remove_duplicate=False)][-1] == "shared"
    assert len(list(net.parameters())) == 7 and len(list(net.modules())) == 8 and len(list(net.children())) == 3
    assert all(isinstance(p, ts.nn.Parameter) and isinstance(p, ts.Tensor) and p.requires_grad for p in net.parameters())
    assert net.note == "not registered" and "note" not in net._parameters
    assert net.get_submodule("blocks.1") is net.blocks[1] and net.get_parameter("blocks.0.bias") is net.blocks[0].bias
    # Assigning None keeps the slot; a tensor to a buffer's name replaces the buffer.
    net.offset = ts.ones(2)
    assert net.state_dict()["offset"].tolist() == [1.0, 1.0]
    with pytest.raises(TypeError, match="cannot assign 'torch_sffi._tensor.Tensor' as parameter 'scale'"):
        net.scale = ts.ones(2)
    with pytest.raises(AttributeError, match="'_Net' object has no attribute 'missing'"):
        _ = net.missing
    del net.heads
    assert "heads" not in dict(net.named_children())


def test_modes_gradients_conversion_and_apply() -> None:
    net = _Net()
    assert net.training and all(m.training for m in net.modules())
    assert net.eval() is net and not any(m.training for m in net.modules())
    net.train()
    out = net(ts.randn(4, 3)).sum()
    out.backward()
    assert all(p.grad is not None for p in net.parameters())
    net.zero_grad(set_to_none=False)
    assert all(p.grad is not None and p.grad.abs().sum().item() == 0 for p in net.parameters())
    net.zero_grad()
    assert all(p.grad is None for p in net.parameters())
    net.requires_grad_(False)
    assert not any(p.requires_grad for p in net.parameters())
    net.requires_grad_()
    weight = net.fc.weight
    assert net.double() is net and net.fc.weight is weight, "a conversion keeps the Parameter objects"
    assert all(p.dtype == ts.float64 and p.requires_grad for p in net.parameters())
    assert net.to(ts.float32).fc.weight.dtype == ts.float32 and net.offset.dtype == ts.float32
    seen: list[str] = []
    net.apply(lambda m: seen.append(type(m).__name__))
    assert seen[-1] == "_Net" and seen[0] == "Linear"


def test_load_state_dict_reports_as_pytorch_does() -> None:
    ours = ts.nn.Sequential(ts.nn.Linear(4, 8), ts.nn.ReLU(), ts.nn.Linear(8, 2))
    theirs = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 2))
    bad_ours = {"0.weight": ts.zeros(3), "9.bias": ts.zeros(1)}
    bad_theirs = {"0.weight": torch.zeros(3), "9.bias": torch.zeros(1)}
    with pytest.raises(RuntimeError) as ours_error:
        ours.load_state_dict(bad_ours)
    with pytest.raises(RuntimeError) as their_error:
        theirs.load_state_dict(bad_theirs)
    assert str(ours_error.value) == str(their_error.value)
    result = ours.load_state_dict({"0.weight": ts.ones(8, 4), "extra": ts.ones(1)}, strict=False)
    their_result = theirs.load_state_dict({"0.weight": torch.ones(8, 4), "extra": torch.ones(1)}, strict=False)
    assert type(result).__name__ == "_IncompatibleKeys" and tuple(result) == tuple(their_result) and result._fields == their_result._fields
    assert ours[0].weight.tolist() == [[1.0] * 4] * 8


def test_parameter_containers_register_as_pytorchs() -> None:
    def build(lib: Any) -> Any:
        m = lib.nn.Module()
        m.pl = lib.nn.ParameterList([lib.nn.Parameter(lib.zeros(2, 3)), lib.ones(4)])  # a tensor becomes a Parameter
        m.pd = lib.nn.ParameterDict({"a": lib.nn.Parameter(lib.zeros(2)), "b": lib.ones(1, 2)})
        m.pl.append(lib.zeros(1))
        return m

    ours, theirs = build(ts), build(torch)
    assert list(ours.state_dict()) == list(theirs.state_dict()) == ["pl.0", "pl.1", "pl.2", "pd.a", "pd.b"]
    assert all(isinstance(p, ts.nn.Parameter) for p in ours.parameters()) and len(ours.pl) == 3 and list(ours.pd) == ["a", "b"]
    assert repr(ours.pl) == repr(theirs.pl).replace("torch.float32", "torch_sffi.float32")
    assert repr(ours.pd) == repr(theirs.pd).replace("torch.FloatTensor", "torch_sffi.float32")


def test_repr_is_pytorchs() -> None:
    def build(nn: Any) -> Any:
        return nn.Sequential(
            nn.Conv2d(3, 8, 3, stride=2, padding=1, bias=False),
            nn.BatchNorm2d(8),
            nn.LeakyReLU(0.2, inplace=True),
            nn.ModuleList([nn.Linear(2, 2) for _ in range(3)]),
            nn.Embedding(10, 4, padding_idx=0),
            nn.LayerNorm(4),
            nn.Dropout(0.1),
            nn.CrossEntropyLoss(),
            nn.MaxPool2d(2),
            nn.AdaptiveAvgPool2d((1, 1)),
            nn.GELU(approximate="tanh"),
            nn.ConvTranspose1d(2, 4, 3, output_padding=1, stride=2),
        )

    assert repr(build(ts.nn)) == repr(build(torch.nn))


def test_init_draws_what_pytorch_draws() -> None:
    for fn, args in [
        ("kaiming_uniform_", {"a": 0.1}),
        ("kaiming_normal_", {"mode": "fan_out", "nonlinearity": "relu"}),
        ("xavier_uniform_", {"gain": 2.0}),
        ("xavier_normal_", {}),
        ("uniform_", {"a": -2.0, "b": 3.0}),
        ("normal_", {"mean": 1.0, "std": 0.5}),
        ("trunc_normal_", {"std": 2.0}),  # most of the mass inside: normal draws, redrawn outside
        ("trunc_normal_", {"a": 1.5, "b": 4.0}),  # a thin tail: uniform proposals, accepted by density
        ("constant_", {"val": 0.3}),
        ("ones_", {}),
        ("zeros_", {}),
        ("eye_", {}),
    ]:
        torch.manual_seed(11)
        expected = getattr(torch.nn.init, fn)(torch.empty(5, 7, dtype=torch.float64), **args)
        ts.manual_seed(11)
        got = getattr(ts.nn.init, fn)(ts.empty(5, 7, dtype=ts.float64), **args)
        assert torch.equal(as_torch(got), expected), fn
    for name in ("linear", "conv2d", "sigmoid", "tanh", "relu", "selu"):
        assert ts.nn.init.calculate_gain(name) == torch.nn.init.calculate_gain(name)
    assert ts.nn.init.calculate_gain("leaky_relu", 0.2) == torch.nn.init.calculate_gain("leaky_relu", 0.2)
    with pytest.raises(ValueError, match="Unsupported nonlinearity foo"):
        ts.nn.init.calculate_gain("foo")


def test_the_mnist_style_script_prints_pytorchs_losses() -> None:
    """examples/mnist_modules.py, through torch_sffi and (--torch) through PyTorch: the same
    lines, every loss and the repr included."""
    import subprocess

    from conftest import ROOT

    script = ROOT / "examples" / "mnist_modules.py"
    runs = [subprocess.run([sys.executable, str(script), *flag], capture_output=True, text=True, timeout=300) for flag in ([], ["--torch"])]
    for run in runs:
        assert run.returncode == 0, run.stderr
    ours, theirs = (run.stdout.splitlines() for run in runs)
    losses = [line for line in ours if " loss " in line]
    assert len(losses) == 2 * 8 + 2 + 1, ours  # 8 batches and a test per epoch, and the restored model
    assert ours == theirs


def test_the_lstm_and_transformer_script_prints_pytorchs_losses() -> None:
    """examples/sequence_models.py: an LSTM (2 layers, bidirectional, batch_first, Adam) and a
    Transformer encoder (2 layers, padding mask, dropout, SGD with momentum), 50 steps each,
    through torch_sffi and through PyTorch: the same losses at every step."""
    import subprocess

    from conftest import ROOT

    script = ROOT / "examples" / "sequence_models.py"
    runs = [subprocess.run([sys.executable, str(script), *flag], capture_output=True, text=True, timeout=300) for flag in ([], ["--torch"])]
    for run in runs:
        assert run.returncode == 0, run.stderr
    ours, theirs = (run.stdout.splitlines() for run in runs)
    assert len([line for line in ours if line.startswith("step ")]) == 50, ours
    assert ours == theirs
