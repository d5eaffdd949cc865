"""torch_sffi.nn against PyTorch's ModuleInfo database (torch.testing._internal.common_modules).

For every module class of module_db (114 classes) that torch_sffi.nn has a class of the same
name for, every sample of `module_inputs_func(device="cpu", dtype, requires_grad=True,
training)` (float64 and float32; training=True, and training=False too where the ModuleInfo
says training and evaluation differ) is run through both libraries:

  1. the module is built from the sample's constructor_input (tensors converted) and cast to
     the dtype, as PyTorch's module tests build it, and put in the sample's mode;
  2. the names of the parameters and buffers, and the keys of state_dict(), must be PyTorch's,
     in PyTorch's order;
  3. built under the same manual_seed, the initial parameters and buffers must be PyTorch's
     bit for bit (nn.init makes PyTorch's generator calls); then PyTorch's state_dict is loaded
     into ours (load_state_dict, strict), so both hold the same values even after a cast;
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
SEED = 7

# Classes of module_db torch_sffi.nn has no class for, with the reason.
NO_COUNTERPART = {
    "FractionalMaxPool2d": "its random regions come from a sample tensor PyTorch draws inside the module (fractional_max_pool2d is not in the catalogue)",
    "FractionalMaxPool3d": "as FractionalMaxPool2d (fractional_max_pool3d is not in the catalogue)",
    "GRU": "recurrent layers need libtorch's fused RNN kernels, not in the catalogue yet",
    "GRUCell": "as GRU",
    "LSTM": "as GRU",
    "LSTMCell": "as GRU",
    "RNN": "as GRU",
    "RNNCell": "as GRU",
    "MultiheadAttention": "attention and transformer layers wait for the recurrent and attention kernels",
    "Transformer": "as MultiheadAttention",
    "TransformerEncoder": "as MultiheadAttention",
    "TransformerEncoderLayer": "as MultiheadAttention",
    "TransformerDecoderLayer": "as MultiheadAttention",
    "LazyConv1d": "lazy modules (parameters shaped at the first call) are not implemented",
    "LazyConv2d": "as LazyConv1d",
    "LazyConv3d": "as LazyConv1d",
    "LazyConvTranspose1d": "as LazyConv1d",
    "LazyConvTranspose2d": "as LazyConv1d",
    "LazyConvTranspose3d": "as LazyConv1d",
    "LinearCrossEntropyLoss": "a loss new in PyTorch 2.13 (linear layer fused with cross entropy), not implemented",
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
        if dtype not in info.dtypes:
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
