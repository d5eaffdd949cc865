"""PyTorch's OpInfo samples, run through torch_sffi and the C ABI and compared with PyTorch (the oracle).

A library, with no tests in it: tests/test_opinfo.py asserts on what it measures and
scripts/opinfo_report.py writes docs/opinfo.md and docs/opinfo.json from it.

Which OpInfos count as bound is derived from the catalogue, never listed by hand: every
function's `pytorch` field (torch.sum, torch.Tensor.view, torch.nn.functional.max_pool2d,
torch.linalg.svd) names an operator, and an OpInfo of PyTorch's database
(torch.testing._internal.common_methods_invocations.op_db) is bound when its `name`
("sum", "view", "nn.functional.max_pool2d", "linalg.svd") is one of them.

(An OpInfo is bound too when its ATen operator, `aten_name`, is one a catalogue `aten` overload is of.)

Each sample takes two routes (ROUTES): through torch_sffi, as described below, and through the
C ABI, where tests/opinfo_cabi.py stands in for the torch_sffi module: it binds each call to the
catalogue entry whose parameters take its arguments and calls that C function through
tests/bridge_util.py (see there). For each bound OpInfo and each dtype of the catalogue
(DTYPES) that it supports on the CPU, every sample of `op.sample_inputs("cpu", dtype,
requires_grad=...)` (requires_grad for float64 through torch_sffi when the OpInfo supports
autograd; the C ABI compares no gradients) ends in exactly one outcome per route:

    match        both ran; shape, dtype and values agree (and, for float64 samples of an
                 OpInfo that supports autograd, the gradients of every input that requires
                 grad, under the same random cotangent);
    mismatch     a defect: both ran and the results differ, torch_sffi raised an error of
                 another kind than a refusal where PyTorch succeeded, torch_sffi returned
                 where PyTorch raised, or both raised exceptions of different classes;
    refused      PyTorch succeeded and torch_sffi raised TypeError, ValueError,
                 NotImplementedError or AttributeError (it does not accept the call), or the
                 harness could not express an argument in torch_sffi's terms; the reason is
                 grouped (REASONS) and one real message is kept per group;
    both raised  PyTorch raised and torch_sffi raised an exception of the same built-in class.

Through the C ABI the same, except: refused also when no entry takes the call (Refused, with
the parameter that did not fit) or the bridge fails with the code value, type or unavailable
(C_REFUSALS) where PyTorch succeeds; both raised when PyTorch raises and the C call fails with
any code (the class PyTorch raised is noted); a list compares equal to a tuple and a number to
a 0-dim tensor (compare's c_abi), which the C ABI cannot tell apart.

Error inputs: the OpInfo entries with an error_inputs_func also give samples PyTorch rejects
(`op.error_inputs("cpu")`: ErrorInputs, no dtype, each with the class PyTorch's test_errors
expects). Each runs through PyTorch and both routes, by the same machinery (Runner._attempt), and
ends in one of ERROR_OUTCOMES per route:

    rejected, same class   PyTorch raised and so did the route: torch_sffi an exception that
                           `except <the class PyTorch raised>` catches, the C call an error
                           code whose class (ERROR_CODE_CLASSES, torch_sffi's for the code) is
                           a subclass of it;
    rejected, other class  a defect: another class (or a C failure that is no error code);
    accepted               a defect: the route returned where PyTorch raised;
    refused                as for samples (Refused: no counterpart, an argument the route cannot
                           express, no catalogue entry takes the C call; a C argument cffi cannot
                           lower), or torch_sffi raised TypeError, ValueError ... of another class
                           than PyTorch's for the call's shape (SIGNATURE_REFUSALS: a keyword or
                           an argument type its signature lacks);
    PyTorch accepts        PyTorch itself did not raise (in this torch version): not counted.

An error_inputs_func that raises while drawing is recorded per entry (Run.error_draws).

The reference result is PyTorch's, called exactly as OpInfo calls it:
`op(sample.input, *sample.args, **sample.kwargs)`. The callable under test is the
torch_sffi counterpart of the OpInfo's callable, found by the same path: torch.X ->
torch_sffi.X, torch.nn.functional.X -> torch_sffi.nn.X, torch.linalg.X -> torch_sffi.linalg.X,
torch.Tensor.X -> the method of torch_sffi.Tensor. Where the OpInfo's callable is a lambda
(`lambda x, shape: x.view(shape)`, `lambda x: torch.zero_(x.clone())`), the same lambda runs
with `torch` standing for torch_sffi by those rules, so that it calls our counterparts the
way it calls PyTorch's.
"""

from __future__ import annotations

import functools
import contextlib
import hashlib
import math
import os
import random
import re
import sys
import threading
import types
import warnings
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "spec" / "torch_api.yaml"
# SFFI_BUILD_DIR points at another build of the package (as in tests/conftest.py).
BUILD = Path(os.environ.get("SFFI_BUILD_DIR", ROOT / "build")).resolve()

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if (BUILD / "python" / "torch_sffi" / "__init__.py").is_file() and str(BUILD / "python") not in sys.path:
    sys.path.insert(0, str(BUILD / "python"))

warnings.filterwarnings("ignore", message="Failed to initialize NumPy")

import torch  # noqa: E402



@functools.lru_cache(maxsize=4)
def load(catalogue: Path = CATALOGUE) -> Any:
    """The catalogue (generator.model.Catalogue), loaded once."""
    from generator.loader import load_catalogue

    return load_catalogue(catalogue, display="spec/torch_api.yaml", source="spec/torch_api.yaml")


# The dtypes measured, in this order: every dtype the catalogue declares (its `dtypes`), each
# where the OpInfo supports it on the CPU.
DTYPES = tuple(getattr(torch, d.name) for d in load().dtypes)
# The two routes into the binding every sample takes: the Python package and the C functions.
ROUTES = ("torch_sffi", "c_abi")
ROUTE_TITLES = {"torch_sffi": "torch_sffi", "c_abi": "C ABI"}
# The outcomes, in the report's order.
OUTCOMES = ("match", "mismatch", "refused", "both raised")
# What a match compared: values and gradients, values, or only shape and dtype.
LEVELS = ("values+grad", "values", "meta")
# An error input's outcomes (a sample PyTorch rejects, from the OpInfo's error_inputs), in the
# report's order, and those of them that are defects.
ERROR_OUTCOMES = ("rejected, same class", "rejected, other class", "accepted", "refused", "PyTorch accepts")
ERROR_DEFECTS = ("rejected, other class", "accepted")
# torch_sffi errors that say it does not accept a call (PyTorch succeeding on it).
REFUSALS = (TypeError, ValueError, NotImplementedError, AttributeError)
# The bridge's error codes of the same meaning (the classes torch_sffi raises for them).
C_REFUSALS = ("value", "type", "unavailable")


def _error_code_classes() -> dict[str, type]:
    """The bridge's error code names -> the built-in class torch_sffi raises for each (its
    classes subclass these: generator/targets/python.py's ERROR_CLASSES); invalid_handle has none."""
    import builtins

    from generator.targets.python import ERROR_CLASSES

    return {code: getattr(builtins, base) for code, (_, base) in ERROR_CLASSES.items() if base}


ERROR_CODE_CLASSES = _error_code_classes()
# Every sample's random draws start here (sample values, cotangents), so that the report
# is the same from run to run.
SEED = 0
# OpInfo's wrapper_set_seed seeds 42 before a random op; ours does the same.
OPINFO_SEED = 42

# ============================================================================ which OpInfos


def bound_pytorch_paths(catalogue: Path = CATALOGUE) -> list[str]:
    """Each catalogue function's `pytorch` field, sorted and without repeats."""
    return sorted({f.pytorch for f in load(catalogue).functions if f.pytorch})


def bound_aten_names(catalogue: Path = CATALOGUE) -> set[str]:
    """The ATen operators the catalogue's `aten` fields name (sum for sum.dim_IntList)."""
    return {f.aten.split(".", 1)[0] for f in load(catalogue).functions if f.aten}


# PyTorch namespace -> (the prefix of an OpInfo name there, the torch_sffi object path).
NAMESPACES = (
    ("torch.nn.functional.", "nn.functional.", "torch_sffi.nn."),
    ("torch.linalg.", "linalg.", "torch_sffi.linalg."),
    ("torch.Tensor.", "", "torch_sffi.Tensor."),
    ("torch.", "", "torch_sffi."),
)


def opinfo_name(path: str) -> str | None:
    """The OpInfo name a PyTorch path would have: torch.nn.functional.relu -> nn.functional.relu."""
    for prefix, opname, _ in NAMESPACES:
        if path.startswith(prefix):
            rest = path[len(prefix) :]
            return opname + rest if "." not in rest else None
    return None


def op_db() -> list[Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from torch.testing._internal.common_methods_invocations import op_db as db
    return list(db)


def bound_opinfos(paths: list[str] | None = None, aten: set[str] | None = None) -> list[Any]:
    """The OpInfo entries (in op_db's order) whose name is one a catalogue path names, or whose
    ATen operator (OpInfo's aten_name) one of the catalogue's `aten` overloads is of."""
    names = {n for n in map(opinfo_name, bound_pytorch_paths() if paths is None else paths) if n}
    atens = bound_aten_names() if aten is None else aten
    return [op for op in op_db() if op.name in names or op.aten_name in atens]


def dtype_name(dtype: Any) -> str:
    return str(dtype).rsplit(".", 1)[-1]


def sample_dtypes(op: Any) -> list[Any]:
    supported = op.supported_dtypes("cpu")
    return [d for d in DTYPES if d in supported]


def wants_grad(op: Any, dtype: Any, route: str = "torch_sffi") -> bool:
    """Whether the samples of `dtype` require grad and gradients are compared: float64, an
    OpInfo that supports autograd, through torch_sffi (the C ABI has no autograd of its own)."""
    return route == "torch_sffi" and dtype == torch.float64 and bool(op.supports_autograd)


def seed_everything(seed: int) -> None:
    # The CPU generator alone: torch.manual_seed also queues seeding for CUDA, XPU and MTIA,
    # recording a stack trace each time (a millisecond, 8,000 samples over).
    torch.default_generator.manual_seed(seed)
    random.seed(seed)
    try:
        import numpy

        numpy.random.seed(seed)
    except ImportError:  # pragma: no cover - numpy is a dev dependency
        pass


def _drawn(draw: Callable[[], Any]) -> list[Any]:
    """All the items `draw()` gives, drawn from SEED with warnings off, in a thread of its own:
    OpInfo's sample_inputs and error_inputs look for a unittest test case up the stack with
    inspect.stack(), which under pytest (a deep stack) costs more than running the samples.
    Whatever the draw raises is re-raised here."""
    drawn: list[Any] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            seed_everything(SEED)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                drawn.extend(draw())
        except BaseException as e:  # noqa: BLE001 - re-raised in the caller's thread
            failure.append(e)

    thread = threading.Thread(target=run, name="opinfo-samples")
    thread.start()
    thread.join()
    if failure:
        raise failure[0]
    return drawn


def _draw(op: Any, dtype: Any, requires_grad: bool) -> list[Any]:
    """op.sample_inputs("cpu", dtype, requires_grad=...), all of them.

    set_seed=False: OpInfo would reseed (with torch.manual_seed, a millisecond each) before
    every sample; one seed for the whole draw keeps it as reproducible.
    """
    return _drawn(lambda: op.sample_inputs("cpu", dtype, requires_grad=requires_grad, set_seed=False))


def has_error_inputs(op: Any) -> bool:
    """Whether the OpInfo has samples PyTorch rejects (an error_inputs_func)."""
    return op.error_inputs_func is not None


def error_inputs(op: Any) -> list[Any]:
    """op.error_inputs("cpu"), all of them (ErrorInputs: a SampleInput, the error_type and
    error_regex PyTorch's test_errors expects), drawn like the samples: from SEED, set_seed=False.
    They are dtype-free. Raises whatever the OpInfo's error_inputs_func raises."""
    return _drawn(lambda: op.error_inputs("cpu", set_seed=False))


def samples(op: Any, dtype: Any, route: str = "torch_sffi") -> list[Any]:
    """The OpInfo's samples for `dtype`, drawn from a fixed seed."""
    return _draw(op, dtype, wants_grad(op, dtype, route))


def sample_count(ops: list[Any], requires_grad: bool | None = None) -> int:
    """How many samples `ops` have over DTYPES (requires_grad=None: as torch_sffi's run draws them)."""
    n = 0
    for op in ops:
        for dt in sample_dtypes(op):
            rg = wants_grad(op, dt) if requires_grad is None else requires_grad
            n += len(_draw(op, dt, rg))
    return n


# ============================================================================ torch_sffi


def import_ts() -> Any:
    """torch_sffi, importing it (the build in build/python, or wherever it is installed)."""
    import torch_sffi

    return torch_sffi


def ts_version(ts: Any) -> str:
    return str(getattr(ts, "__version__", "unknown"))


def c_abi() -> Any:
    """The C ABI as a callee (tests/opinfo_cabi.py): needs the built bridge extension."""
    from opinfo_cabi import CAbi

    return CAbi(load())


class Refused(Exception):
    """The harness cannot express something in torch_sffi's terms (or torch_sffi lacks it):
    the sample is refused with this message as its reason."""


def _no_counterpart(path: str) -> Refused:
    return Refused(f"no torch_sffi counterpart for {path}")


def ts_object(ts: Any, path: str) -> Any:
    """The torch_sffi counterpart of a PyTorch path (see NAMESPACES); Refused if it has none.
    A callee with its own resolution (the C ABI's, tests/opinfo_cabi.py) is asked instead."""
    resolve = getattr(ts, "resolve_path", None)
    if resolve is not None:
        return resolve(path)
    for prefix, _, ours in NAMESPACES:
        if path.startswith(prefix):
            obj: Any = ts
            for part in (ours + path[len(prefix) :]).split(".")[1:]:
                try:
                    obj = getattr(obj, part)
                except AttributeError:
                    raise _no_counterpart(path) from None
            return obj
    raise _no_counterpart(path)


class _Namespace:
    """`torch` (or torch.nn, torch.nn.functional, torch.linalg, torch.Tensor) as seen by an
    OpInfo lambda run against torch_sffi: attributes are torch_sffi's counterparts."""

    def __init__(self, ts: Any, path: str) -> None:
        self._ts = ts
        self._path = path

    def __getattr__(self, name: str) -> Any:
        path = f"{self._path}.{name}"
        if path in ("torch.nn", "torch.nn.functional", "torch.linalg", "torch.Tensor"):
            return _Namespace(self._ts, path)
        return ts_object(self._ts, path)


def _seeded(ts: Any) -> Callable[..., Any]:
    """OpInfo's wrapper_set_seed, for torch_sffi: seed 42, call, leave torch's RNG as it was."""

    def wrapper_set_seed(op: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        from torch.testing._utils import freeze_rng_state

        with freeze_rng_state():
            seed = getattr(ts, "manual_seed", None)
            if seed is not None:
                seed(OPINFO_SEED)
            return op(*args, **kwargs)

    return wrapper_set_seed


def _rebound(fn: Any, ts: Any) -> Any:
    """A copy of a Python function whose global `torch` is torch_sffi (by NAMESPACES)."""
    env = dict(fn.__globals__)
    env["torch"] = _Namespace(ts, "torch")
    env["wrapper_set_seed"] = _seeded(ts)
    new = types.FunctionType(fn.__code__, env, fn.__name__, fn.__defaults__, fn.__closure__)
    new.__kwdefaults__ = fn.__kwdefaults__
    return new


def _lambda_source(fn: Any) -> str:
    """The text of a lambda (`lambda x, shape: x.view(shape)`), read from its source file."""
    import ast
    import linecache

    code = fn.__code__
    lines = [linecache.getline(code.co_filename, code.co_firstlineno + k) for k in range(8)]
    first = lines[0]
    at = first.find("lambda")
    if at < 0:
        return str(fn.__qualname__)
    for k in range(1, len(lines) + 1):
        text = " ".join((first[at:] + "".join(lines[1:k])).split())
        while text:
            text = text.rstrip(", ")
            try:
                tree = ast.parse(text, mode="eval")
            except SyntaxError:
                text = text[:-1].rstrip()
                continue
            if isinstance(tree.body, ast.Lambda) and ast.unparse(tree.body.body) not in ("", "..."):
                return ast.unparse(tree.body)
            break
    return " ".join(first[at:].split())


def pytorch_path(op: Any) -> str | None:
    """The PyTorch path of the OpInfo's callable when it is a public callable (by identity)."""
    fn = op.op
    candidates: list[str] = []
    for prefix, opname, _ in NAMESPACES:
        if opname and op.name.startswith(opname):
            candidates.append(prefix + op.name[len(opname) :])
    if not candidates:
        candidates = [f"torch.{op.name}", f"torch.Tensor.{op.name}"]
    for path in candidates:
        obj: Any = torch
        try:
            for part in path.split(".")[1:]:
                obj = getattr(obj, part)
        except AttributeError:
            continue
        if obj is fn:
            return path
    return None


@dataclass(frozen=True)
class Callee:
    """What the harness calls for an OpInfo: how it describes the OpInfo's callable, the
    torch_sffi counterpart (a description), and how to get it."""

    reference: str  # "torch.sum" or "lambda x, shape: x.view(shape)"
    counterpart: str  # "torch_sffi.sum" or "the same lambda over torch_sffi"
    path: str | None  # the PyTorch path when the callable is a public one
    seeded: bool  # the callable seeds (OpInfo's wrapper_set_seed): random ops

    def resolve(self, op: Any, ts: Any) -> Callable[..., Any]:
        """Our callable; raises Refused when torch_sffi lacks the counterpart."""
        fn: Callable[..., Any]
        if self.path is not None:
            fn = ts_object(ts, self.path)
            return fn
        fn = op.op
        if isinstance(fn, types.FunctionType):
            fn = _rebound(fn, ts)
            return fn
        raise Refused(f"no torch_sffi counterpart for {fn!r} (not a public callable the harness can map)")


def callee(op: Any) -> Callee:
    path = pytorch_path(op)
    fn = op.op
    names = getattr(getattr(fn, "__code__", None), "co_names", ())
    seeded = "wrapper_set_seed" in names
    if path is not None:
        prefix, _, ours = next(n for n in NAMESPACES if path.startswith(n[0]))
        return Callee(path, ours + path[len(prefix) :], path, seeded)
    if isinstance(fn, types.FunctionType):
        return Callee(_lambda_source(fn), "the same lambda, torch standing for torch_sffi", None, seeded)
    return Callee(repr(fn), "none", None, seeded)


# ============================================================================ converting


def _ts_dtype(ts: Any, dtype: Any) -> Any:
    name = dtype_name(dtype)
    ours = getattr(ts, name, None)
    if ours is None:
        raise Refused(f"unsupported dtype {name}")
    return ours


@dataclass
class Converted:
    """A sample in torch_sffi's terms, with the tensors that require grad on both sides."""

    input: Any
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    leaves: list[tuple[Any, Any]] = field(default_factory=list)  # (torch tensor, ours)


class ConversionFailed(Exception):
    """torch_sffi.tensor raised an error that is no refusal (a defect: a mismatch)."""


class _Converter:
    def __init__(self, ts: Any) -> None:
        self.ts = ts
        self.leaves: list[tuple[Any, Any]] = []
        self.seen: dict[int, Any] = {}  # a tensor passed twice is one tensor on our side too

    def __call__(self, value: Any) -> Any:
        """A torch value in torch_sffi's terms (Refused when it has none)."""
        ts = self.ts
        if isinstance(value, torch.Tensor):
            if id(value) not in self.seen:
                self.seen[id(value)] = self.tensor(value)
            return self.seen[id(value)]
        if isinstance(value, torch.dtype):
            return _ts_dtype(ts, value)
        if isinstance(value, torch.device):
            if value.type == "cpu" and value.index in (None, 0):
                return "cpu"
            raise Refused(f"unsupported device {value}")
        if isinstance(value, torch.Size):
            return tuple(int(v) for v in value)
        if value is None or isinstance(value, (bool, int, float, complex, str, slice, type(Ellipsis))):
            return value
        if isinstance(value, list):
            return [self(v) for v in value]
        if isinstance(value, tuple):
            items = [self(v) for v in value]
            return type(value)(*items) if hasattr(value, "_fields") else tuple(items)
        if isinstance(value, dict):
            return {k: self(v) for k, v in value.items()}
        text = str(value)
        if text.startswith("torch.") and text[6:].isidentifier():
            ours = getattr(ts, text[6:], None)  # memory formats, layouts: torch.X -> torch_sffi.X
            if ours is not None:
                return ours
            raise Refused(f"unsupported argument {text}")
        raise Refused(f"unsupported argument of type {type(value).__module__}.{type(value).__qualname__}")

    def tensor(self, t: Any) -> Any:
        """torch_sffi.tensor(t.tolist(), dtype=<the same>, requires_grad=<the same>); a callee
        that takes torch tensors itself (the C ABI: a handle holding a copy) makes its own."""
        make = getattr(self.ts, "from_torch", None)
        if make is not None:
            return make(t)
        dt = _ts_dtype(self.ts, t.dtype)
        what = f"a {dtype_name(t.dtype)} tensor of shape {tuple(t.shape)}"
        try:
            if t.numel() or t.dim() <= 1:
                kwargs: dict[str, Any] = {"dtype": dt}
                if t.requires_grad:
                    kwargs["requires_grad"] = True
                ours = self.ts.tensor(t.detach().tolist(), **kwargs)
            else:  # no elements: [] loses the shape, and a reshaped tensor is no leaf
                ours = self.ts.tensor([], dtype=dt).reshape(tuple(t.shape))
                if t.requires_grad:
                    ours = ours.requires_grad_()
        except REFUSALS as e:
            raise Refused(f"converting {what}: {type(e).__name__}: {_message(e)}") from e
        except Exception as e:  # noqa: BLE001
            raise ConversionFailed(f"converting {what}: torch_sffi raised {type(e).__name__}: {_message(e)}") from e
        if tuple(ours.shape) != tuple(t.shape) or _dtype_label(ours.dtype) != dtype_name(t.dtype):
            raise ConversionFailed(
                f"converting {what}: torch_sffi.tensor gave shape {tuple(ours.shape)} and dtype {_dtype_label(ours.dtype)}"
            )
        if t.requires_grad:
            self.leaves.append((t, ours))
        return ours


def to_ts(ts: Any, value: Any) -> Any:
    """A torch value (tensors, dtypes, devices, nested lists ...) in torch_sffi's terms."""
    return _Converter(ts)(value)


def convert(ts: Any, sample: Any) -> Converted:
    c = _Converter(ts)
    inp = c(sample.input)
    args = tuple(c(a) for a in sample.args)
    kwargs = {k: c(v) for k, v in sample.kwargs.items()}
    return Converted(inp, args, kwargs, c.leaves)


class Unconvertible(Exception):
    """torch_sffi returned something that has no PyTorch counterpart (a mismatch)."""


def from_ts(ts: Any, value: Any) -> Any:
    """torch_sffi's result in torch's terms: tensors by tolist(), dtype and shape (the C
    ABI's read back through its data functions)."""
    if isinstance(value, ts.Tensor) and hasattr(value, "to_torch"):
        return value.to_torch()
    if isinstance(value, ts.Tensor):
        name = _dtype_label(value.dtype)
        dtype = getattr(torch, name, None)
        if not isinstance(dtype, torch.dtype):
            raise Unconvertible(f"a tensor of dtype {name!r}, which torch does not have")
        shape = tuple(value.shape)
        return torch.tensor(value.tolist(), dtype=dtype).reshape(shape)
    if isinstance(value, getattr(ts, "DType", ())):
        return getattr(torch, _dtype_label(value))
    if value is None or isinstance(value, (bool, int, float, complex, str)):
        return value
    if isinstance(value, list):
        return [from_ts(ts, v) for v in value]
    if isinstance(value, tuple):
        return _Tuple(tuple(from_ts(ts, v) for v in value), _fields(value), type(value).__name__)
    raise Unconvertible(f"a {type(value).__module__}.{type(value).__qualname__}")


def _dtype_label(dtype: Any) -> str:
    name = getattr(dtype, "name", None)
    return name if isinstance(name, str) else str(dtype).rsplit(".", 1)[-1]


@dataclass(frozen=True)
class _Tuple:
    """A tuple torch_sffi returned, with its field names when it is a named tuple."""

    items: tuple[Any, ...]
    fields: tuple[str, ...] | None
    type_name: str


# ============================================================================ comparing


def tolerances(op: Any, dtype: Any) -> tuple[float, float] | None:
    """(rtol, atol) from the OpInfo's toleranceOverride / precisionOverride decorators for
    `dtype` on the CPU (the largest where there are several); None: assert_close's defaults."""
    from torch.testing._internal.common_device_type import precisionOverride, toleranceOverride
    from torch.testing._internal.opinfo.core import DecorateInfo

    rtol = atol = 0.0
    found = False
    for info in op.decorators:
        if not isinstance(info, DecorateInfo) or not info.active_if:
            continue
        if info.device_type not in (None, "cpu") or (info.dtypes is not None and dtype not in info.dtypes):
            continue
        if info.cls_name not in (None, "TestCommon"):
            continue
        for d in info.decorators:
            if isinstance(d, toleranceOverride) and dtype in d.d:
                rtol, atol, found = max(rtol, d.d[dtype].rtol), max(atol, d.d[dtype].atol), True
            elif isinstance(d, precisionOverride) and dtype in d.d:
                atol, found = max(atol, d.d[dtype]), True
    if not found:
        return None
    return (rtol or 1.3e-6, atol) if dtype in (torch.float32, torch.complex64) else (rtol or 1e-7, atol)


class Different(Exception):
    """The results differ (the message says where and how)."""


# A C result that is a number where PyTorch's is a tensor of no dimensions (the reference API's
# sum, mean, item ... return a double): its value is compared, its dtype cannot be.
NUMBER_FOR_TENSOR = "the C function returns a number for PyTorch's 0-dim tensor: value compared, not the dtype"


def compare(
    ours: Any,
    ref: Any,
    tol: tuple[float, float] | None,
    where: str = "result",
    meta_only: bool = False,
    c_abi: bool = False,
    notes: set[str] | None = None,
) -> None:
    """Raises Different unless `ours` (converted by from_ts) is `ref`: structure, field names
    of named tuples, tensor shapes and dtypes, and values (unless meta_only).

    c_abi: the C ABI cannot say what Python can, so three things count as the same there: a
    list for a tuple (a C array either way, torch.Size included), a number for a 0-dim tensor
    (NUMBER_FOR_TENSOR is added to `notes`) and a float for an int or a bool (a double result)."""
    who = "the C function" if c_abi else "torch_sffi"
    if c_abi and isinstance(ref, torch.Tensor) and ref.dim() == 0 and isinstance(ours, (bool, int, float)):
        if notes is not None:
            notes.add(NUMBER_FOR_TENSOR)
        if meta_only:
            return
        want = ref.detach().item()
        compare(float(ours) if isinstance(want, float) else ours, want, tol, where, meta_only, c_abi, notes)
        return
    if c_abi and isinstance(ref, (bool, int)) and isinstance(ours, float):
        if not meta_only and float(ref) != ours:
            raise Different(f"{where}: {ours!r}, PyTorch {type(ref).__name__} {ref!r}")
        return
    if isinstance(ref, torch.Tensor):
        if not isinstance(ours, torch.Tensor):
            raise Different(f"{where}: PyTorch gives a tensor, {who} {_describe(ours)}")
        if tuple(ours.shape) != tuple(ref.shape):
            raise Different(f"{where}: shape {tuple(ours.shape)}, PyTorch {tuple(ref.shape)}")
        if ours.dtype != ref.dtype:
            raise Different(f"{where}: dtype {dtype_name(ours.dtype)}, PyTorch {dtype_name(ref.dtype)}")
        if meta_only:
            return
        kw: dict[str, Any] = {} if tol is None else {"rtol": tol[0], "atol": tol[1]}
        try:
            torch.testing.assert_close(ours, ref.detach(), equal_nan=True, check_device=False, check_stride=False, **kw)
        except AssertionError as e:
            raise Different(f"{where}: " + " ".join(str(e).split())) from None
        return
    if isinstance(ref, tuple) or isinstance(ref, list):
        items = ours.items if isinstance(ours, _Tuple) else ours
        kind = "list" if isinstance(ref, list) else "tuple"
        sequence = isinstance(ours, (list, _Tuple)) if c_abi else (kind == "list") == isinstance(ours, list) and (kind == "tuple") == isinstance(ours, _Tuple)
        if not sequence:
            raise Different(f"{where}: PyTorch gives a {kind}, {who} {_describe(ours)}")
        if len(items) != len(ref):
            raise Different(f"{where}: {len(items)} items, PyTorch {len(ref)}")
        ref_fields = _fields(ref)
        if ref_fields is not None:
            got = ours.fields if isinstance(ours, _Tuple) else None
            if got is None or tuple(got) != ref_fields:
                raise Different(
                    f"{where}: PyTorch gives a named tuple {type(ref).__name__}{ref_fields}, "
                    f"{who} {'a plain tuple' if got is None else f'fields {tuple(got)}'}"
                )
        for i, (o, r) in enumerate(zip(items, ref)):
            name = f"{where}.{ref_fields[i]}" if ref_fields else f"{where}[{i}]"
            compare(o, r, tol, name, meta_only, c_abi, notes)
        return
    if isinstance(ref, (bool, int, float, complex)):
        if type(ours) is not type(ref):
            raise Different(f"{where}: {_describe(ours)}, PyTorch {type(ref).__name__} {ref!r}")
        if meta_only:
            return
        if isinstance(ref, (float, complex)):
            ok = ours == ref or _both_nan(ours, ref)
            if not ok and tol is not None:
                ok = abs(ours - ref) <= tol[1] + tol[0] * abs(ref)
            elif not ok:
                rtol, atol = (1e-7, 1e-7)  # Python floats are float64
                ok = abs(ours - ref) <= atol + rtol * abs(ref)
        else:
            ok = ours == ref
        if not ok:
            raise Different(f"{where}: {ours!r}, PyTorch {ref!r}")
        return
    if ours != ref:
        raise Different(f"{where}: {_describe(ours)}, PyTorch {ref!r}")


def _fields(ref: Any) -> tuple[str, ...] | None:
    """The field names of a named tuple (collections' or torch.return_types'), else None."""
    fields = getattr(ref, "_fields", None)
    if fields is None and hasattr(ref, "n_fields"):  # torch.return_types: a struct sequence
        fields = getattr(type(ref), "__match_args__", None)
    return tuple(fields) if fields is not None else None


def _both_nan(a: Any, b: Any) -> bool:
    def nan(x: Any) -> bool:
        return isinstance(x, float) and math.isnan(x) or isinstance(x, complex) and (math.isnan(x.real) or math.isnan(x.imag))

    return nan(a) and nan(b)


def _describe(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        return f"a tensor of shape {tuple(value.shape)} and dtype {dtype_name(value.dtype)}"
    if isinstance(value, _Tuple):
        return f"a {value.type_name} of {len(value.items)}"
    return f"{type(value).__name__} {value!r}"[:200]


def flat_tensors(value: Any) -> list[Any]:
    """The tensors in a (nested) result, in order."""
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in flat_tensors(v)]
    return [value] if isinstance(value, torch.Tensor) else []


def flat_ts(ts: Any, value: Any) -> list[Any]:
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in flat_ts(ts, v)]
    return [value] if isinstance(value, ts.Tensor) else []


# ============================================================================ refusal reasons

_ADDRESS = re.compile(r"0x[0-9a-fA-F]+")


def _message(e: BaseException) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return _ADDRESS.sub("0x...", text)[:300]


def _builtin_class(e: BaseException) -> type:
    """The nearest built-in exception class of `e` (torch's LinAlgError -> RuntimeError,
    torch_sffi's TorchIndexError -> IndexError)."""
    for cls in type(e).__mro__:
        if cls.__module__ == "builtins":
            return cls
    return Exception


# (pattern over "ExceptionClass: message", the reason group it falls in); first match wins.
REASONS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"^Refused: (no torch_sffi counterpart for \S+)", r"\1"),
        (r"^Refused: (unsupported dtype \w+)", r"\1"),
        (r"^Refused: converting an? (\w+) tensor", r"unsupported dtype \1 (torch_sffi.tensor refuses it)"),
        (r"^Refused: (.*)", r"\1"),
        (r"^AttributeError: '?Tensor'? object has no attribute '(\w+)'", r"no torch_sffi counterpart for torch.Tensor.\1"),
        (r"^AttributeError: type object 'Tensor' has no attribute '(\w+)'", r"no torch_sffi counterpart for torch.Tensor.\1"),
        (r"^AttributeError: module 'torch_sffi(?:\.(\w+))?' has no attribute '(\w+)'", r"no torch_sffi counterpart for torch.\1.\2"),
        (r"^\w+: .*got an unexpected keyword argument '(\w+)'", r"unsupported keyword argument '\1'"),
        (r"^\w+: (\S+?)\(\) received an invalid combination of arguments - got \(([^)]*)\)", r"no form of \1() takes the arguments (\2)"),
        (r"^\w+: .*got multiple values for argument '(\w+)'", r"argument '\1' given twice (positional arguments out of PyTorch's order)"),
        (r"^\w+: .*missing \d+ required (?:positional|keyword-only) arguments?: (.*)", r"missing required argument \1"),
        (r"^\w+: .*takes (?:from \d+ to )?\d+ positional arguments? but \d+ (?:were|was) given", "too many positional arguments"),
        (r"^\w+: .*takes no arguments", "too many positional arguments"),
        (r"^\w+: .*(?:must be (?:real number|a float|an? int\w*)|an integer is required|cannot be interpreted as an integer|initializer for ctype '\w+' must be an? \w+), not (?:'?Tensor'?)", "Tensor passed where a number is expected"),
        (r"^\w+: .*(?:must be (?:real number|a float|an? int\w*)|an integer is required|cannot be interpreted as an integer|initializer for ctype '\w+' must be an? \w+), not '?(\w+)'?", r"\1 passed where a number is expected"),
        (r"^\w+: .*initializer for ctype '(\w+) ?\*' must be a (?:list or tuple|cdata pointer), not '?(\w+)'?", r"\2 passed where a sequence of \1 is expected"),
        (r"^\w+: .*'(\w+)' object cannot be interpreted as an integer", r"\1 passed where an integer is expected"),
        (r"^\w+: invalid literal for int\(\) with base \d+: ", "str passed where an integer is expected"),
        (r"^\w+: .*'(\w+)' object is not (?:iterable|subscriptable)", r"\1 passed where a sequence is expected"),
        (r"^\w+: .*unsupported operand type\(s\) for (\S+): '(\w+)' and '(\w+)'", r"unsupported operand types for \1: \2 and \3"),
    )
)


# The refusal groups that say the binding takes no call of this shape (a keyword, a number of
# arguments, an argument's type its signature lacks): an error input that torch_sffi rejects for
# one of these, with another class than PyTorch's, is refused rather than rejected.
SIGNATURE_REFUSALS = re.compile(
    r"^(?:unsupported keyword argument|argument '\w+' given twice|missing required argument|too many positional arguments"
    r"|no form of \S+ takes the arguments|\w+ passed where an? (?:number|integer|sequence)|no torch_sffi counterpart)"
)


def reason_of(e: BaseException) -> str:
    """The group a refusal falls in (a short phrase), from its class and message."""
    text = f"{type(e).__name__}: {_message(e)}"
    for pattern, group in REASONS:
        m = pattern.search(text)
        if m:
            return m.expand(group).replace("torch..", "torch.").replace("torch.None.", "torch.")
    # Otherwise the message itself, with numbers, shapes and quoted values generalised.
    text = re.sub(r"\[[^\]]*\]|\((?:-?\d+, ?)*-?\d+,?\)", "[...]", text)
    text = re.sub(r"-?\d+(\.\d+)?(e-?\d+)?", "N", text)
    return text[:160]


# ============================================================================ one sample


@dataclass
class SampleResult:
    op: str  # OpInfo name
    variant: str  # OpInfo variant_test_name
    dtype: str
    index: int  # position among the OpInfo's samples for the dtype
    sample: str  # a description (SampleInput.summary())
    outcome: str  # one of OUTCOMES
    reason: str = ""  # refusals: the group
    message: str = ""  # refusals: the message; mismatches: the difference; both raised: the classes
    level: str = ""  # matches: one of LEVELS
    note: str = ""  # why a match compared less than values+grad, when it did
    route: str = "torch_sffi"  # one of ROUTES
    functions: tuple[str, ...] = ()  # the catalogue functions the sample called (sorted)
    # Error inputs (dtype "", outcome one of ERROR_OUTCOMES): the class PyTorch raised, and ours
    # (torch_sffi's class, or the C error code's name in brackets) when the route raised.
    pytorch_error: str = ""
    our_error: str = ""

    @property
    def entry(self) -> tuple[str, str]:
        return (self.op, self.variant)


def describe_sample(sample: Any) -> str:
    try:
        text = sample.summary()
    except Exception:  # noqa: BLE001 - a description, not a result
        text = repr(sample)
    return _ADDRESS.sub("0x...", " ".join(text.split()))


def _call(fn: Callable[..., Any], inp: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return fn(inp, *args, **kwargs)


def _cotangent(t: Any, key: str) -> Any:
    """A random tensor like `t` (its shape and dtype), the same for the same key."""
    gen = torch.Generator().manual_seed(int(hashlib.sha256(key.encode()).hexdigest()[:12], 16))
    return torch.randn(t.shape, dtype=t.dtype, generator=gen)


def _reference_loss(outputs: list[Any], cotangents: list[Any]) -> Any:
    loss = None
    for o, g in zip(outputs, cotangents):
        term = (o * g).sum()
        if term.is_complex():
            term = torch.real(term)
        loss = term if loss is None else loss + term
    return loss


def _our_loss(ts: Any, outputs: list[Any], cotangents: list[Any]) -> Any:
    loss = None
    for o, g in zip(outputs, cotangents):
        term = (o * g).sum()
        if term.dtype.is_complex:
            term = ts_object(ts, "torch.real")(term)
        loss = term if loss is None else loss + term
    return loss


def _process(fn: Any, ts: Any, value: Any) -> Any:
    """output_process_fn_grad applied to our result (`torch` in it standing for torch_sffi)."""
    if isinstance(fn, types.FunctionType) and "torch" in fn.__code__.co_names:
        fn = _rebound(fn, ts)
    return fn(value)


@dataclass
class _Attempt:
    """One sample through PyTorch and through a route: each side's result or exception (ours:
    Refused or ConversionFailed when it could not be called at all)."""

    conv: Converted | None = None
    ours: Any = None
    our_exc: BaseException | None = None
    ref_out: Any = None
    ref_exc: BaseException | None = None


class Runner:
    """Runs OpInfo samples through PyTorch and one path into the binding: torch_sffi (`ts`: the
    package, or PyTorch dressed as it) or the C ABI (`ts`: an opinfo_cabi.CAbi)."""

    def __init__(self, ts: Any | None = None, route: str = "torch_sffi") -> None:
        assert route in ROUTES
        self.route = route
        if ts is None:
            ts = import_ts() if route == "torch_sffi" else c_abi()
        self.ts = ts
        # The catalogue functions called during the current sample: the C ABI records its own;
        # for the torch_sffi package, recording_calls fills this set while it is installed.
        self.called: set[str] = set()

    def run_op(self, op: Any) -> list[SampleResult]:
        results: list[SampleResult] = []
        info = callee(op)
        for dtype in sample_dtypes(op):
            tol = tolerances(op, dtype)
            for index, sample in enumerate(samples(op, dtype, self.route)):
                results.append(self.run_sample(op, info, dtype, index, sample, tol))
        return results

    def run_errors(self, op: Any) -> list[SampleResult]:
        """Every error input of the OpInfo (error_inputs) through PyTorch and this route; raises
        what drawing them raises."""
        info = callee(op)
        return [self._recorded(lambda: self._run_error(op, info, index, ei)) for index, ei in enumerate(error_inputs(op))]

    def run_sample(self, op: Any, info: Callee, dtype: Any, index: int, sample: Any, tol: tuple[float, float] | None) -> SampleResult:
        return self._recorded(lambda: self._run_sample(op, info, dtype, index, sample, tol))

    def _recorded(self, run: Callable[[], SampleResult]) -> SampleResult:
        """run()'s result with the catalogue functions it called; the callee's handles released."""
        self.called.clear()
        release = getattr(self.ts, "release", None)
        try:
            res = run()
            called = getattr(self.ts, "called", None) if self.route == "c_abi" else self.called
            res.functions = tuple(sorted(called or ()))
            return res
        finally:
            if release is not None:
                release()

    def _attempt(self, op: Any, info: Callee, index: int, sample: Any) -> _Attempt:
        """The sample through PyTorch and through the route, each result or exception kept."""
        ts = self.ts
        seed_everything(SEED + index)
        a = _Attempt()
        # Ours first: the reference may change the sample in place (dropout(inplace=True)).
        ours_fn: Callable[..., Any] | None = None
        try:
            a.conv = convert(ts, sample)
            ours_fn = info.resolve(op, ts)
        except (Refused, ConversionFailed) as e:
            a.our_exc = e
        try:
            a.ref_out = _call(op, sample.input, sample.args, sample.kwargs)
        except Exception as e:  # noqa: BLE001 - PyTorch's own verdict on the sample
            a.ref_exc = e
        if ours_fn is not None:
            assert a.conv is not None
            try:
                a.ours = _call(ours_fn, a.conv.input, a.conv.args, a.conv.kwargs)
            except Exception as e:  # noqa: BLE001 - classified by the caller
                a.our_exc = e
        return a

    def _run_sample(self, op: Any, info: Callee, dtype: Any, index: int, sample: Any, tol: tuple[float, float] | None) -> SampleResult:
        ts = self.ts
        res = SampleResult(op.name, op.variant_test_name, dtype_name(dtype), index, describe_sample(sample), "", route=self.route)
        a = self._attempt(op, info, index, sample)
        ref_exc, ref_out, ours, conv = a.ref_exc, a.ref_out, a.ours, a.conv
        if isinstance(a.our_exc, ConversionFailed):
            return self._mismatch(res, str(a.our_exc))
        if a.our_exc is not None:
            return self._raised(res, a.our_exc, ref_exc, ref_out)
        assert conv is not None
        if ref_exc is not None:
            return self._mismatch(res, f"PyTorch raised {type(ref_exc).__name__}: {_message(ref_exc)}; {self.who} returned {_short(ours)}")
        # Both ran: compare.
        try:
            got = from_ts(ts, ours)
        except Unconvertible as e:
            return self._mismatch(res, f"{self.who} returned {e}")
        except REFUSALS as e:
            return self._refused(res, e, "reading the result back: ")
        except Exception as e:  # noqa: BLE001
            name = getattr(e, "name", None)  # a BridgeError: the C ABI cannot give the result back
            if self.route == "c_abi" and name in C_REFUSALS:
                return self._refused(res, e, "reading the result back: ")
            return self._mismatch(res, f"reading the result back raised {type(e).__name__}: {_message(e)}")
        meta_only = bool(op.has_nondeterministic_output)
        note = "the OpInfo marks its output nondeterministic (uninitialised memory): shape and dtype compared" if meta_only else ""
        c = self.route == "c_abi"
        notes: set[str] = set()
        try:
            compare(got, ref_out, tol, meta_only=meta_only, c_abi=c, notes=notes)
        except Different as e:
            if not (info.seeded and self._seed_dependent(op, sample, ref_out)):
                return self._mismatch(res, str(e))
            try:
                compare(got, ref_out, tol, meta_only=True, c_abi=c)
            except Different as e2:
                return self._mismatch(res, str(e2))
            meta_only = True
            note = "random op: values differ under the same seed, shape and dtype compared"
        if meta_only:
            res.outcome, res.level, res.note = "match", "meta", note
            return res
        if not wants_grad(op, dtype, self.route):
            res.outcome, res.level, res.note = "match", "values", ", ".join(sorted(notes))
            return res
        return self._gradients(res, op, sample, conv, ref_out, ours)

    # ---------------------------------------------------------------------- outcomes

    @staticmethod
    def _refused(res: SampleResult, e: BaseException, prefix: str = "") -> SampleResult:
        res.outcome = "refused"
        res.reason = prefix + reason_of(e)
        res.message = prefix + f"{type(e).__name__}: {_message(e)}"
        return res

    @staticmethod
    def _mismatch(res: SampleResult, message: str) -> SampleResult:
        res.outcome, res.message = "mismatch", message
        return res

    @property
    def who(self) -> str:
        return "the C function" if self.route == "c_abi" else "torch_sffi"

    def _raised(self, res: SampleResult, e: BaseException, ref_exc: BaseException | None, ref_out: Any = None) -> SampleResult:
        if isinstance(e, Refused):  # the lambda reached for something torch_sffi lacks
            return self._refused(res, e)
        if self.route == "c_abi":
            return self._c_raised(res, e, ref_exc, ref_out)
        if ref_exc is None:
            if isinstance(e, REFUSALS):
                return self._refused(res, e)
            return self._mismatch(res, f"torch_sffi raised {type(e).__name__}: {_message(e)}; PyTorch succeeded")
        expected = _builtin_class(ref_exc)
        if isinstance(e, expected):
            res.outcome = "both raised"
            res.message = f"PyTorch {type(ref_exc).__name__}, torch_sffi {type(e).__name__}"
            return res
        return self._mismatch(
            res,
            f"PyTorch raised {type(ref_exc).__name__} ({expected.__name__}): {_message(ref_exc)}; "
            f"torch_sffi raised {type(e).__name__}: {_message(e)}",
        )

    def _c_raised(self, res: SampleResult, e: BaseException, ref_exc: BaseException | None, ref_out: Any) -> SampleResult:
        """A C call failed (BridgeError) or could not be made. Where PyTorch raised too, any error
        code counts; where PyTorch succeeded, the codes of a refusal (value, type, unavailable:
        the classes of REFUSALS) refuse the sample, and so does a number result that PyTorch's
        complex number cannot fit in (item() of a complex tensor, for a `float` result); the
        other codes (index, other, ...) are a mismatch."""
        from bridge_util import BridgeError

        last = getattr(self.ts, "last", None)
        if ref_exc is None and isinstance(ref_out, complex) and last is not None and last.result.type.base in ("float", "int", "bool"):
            res.outcome = "refused"
            res.reason = f"the C result type {last.result.type.spelling} cannot hold PyTorch's complex result"
            res.message = f"{type(e).__name__}: {_message(e)}"
            return res

        if not isinstance(e, BridgeError):
            if isinstance(e, (*REFUSALS, OverflowError)):  # cffi could not lower an argument
                return self._refused(res, e, "lowering: ")
            return self._mismatch(res, f"the C call raised {type(e).__name__}: {_message(e)}")
        if ref_exc is not None:
            res.outcome = "both raised"
            res.message = f"PyTorch {type(ref_exc).__name__} ({_builtin_class(ref_exc).__name__}), C error [{e.name}]"
            return res
        if e.name in C_REFUSALS:
            res.outcome = "refused"
            res.reason = f"the bridge refuses: [{e.name}] " + reason_of(RuntimeError(e.message.split(": ", 1)[-1]))[len("RuntimeError: ") :]
            res.message = f"[{e.name}] {_message(e)}"
            return res
        return self._mismatch(res, f"the C call failed with [{e.name}] {_message(e)}; PyTorch succeeded")

    def _run_error(self, op: Any, info: Callee, index: int, ei: Any) -> SampleResult:
        """An error input: PyTorch must raise (else "PyTorch accepts"), and so must the route,
        with PyTorch's class (the C ABI: an error code whose class, ERROR_CODE_CLASSES, is it)."""
        sample = ei.sample_input
        res = SampleResult(op.name, op.variant_test_name, "", index, describe_sample(sample), "", route=self.route)
        a = self._attempt(op, info, index, sample)
        expects = f"OpInfo expects {ei.error_type.__name__} matching {str(ei.error_regex)[:120]!r}"
        if a.ref_exc is None:
            res.outcome, res.message = "PyTorch accepts", f"PyTorch returned {_short(a.ref_out)}; {expects}"
            return res
        ref = a.ref_exc
        res.pytorch_error = type(ref).__name__
        theirs = f"PyTorch raised {type(ref).__name__}: {_message(ref)}" + ("" if isinstance(ref, ei.error_type) else f" ({expects})")
        e = a.our_exc
        if e is None:
            got = a.ours
            if isinstance(got, self.ts.Tensor):  # not its repr: a C handle's number differs from run to run
                got = f"a tensor of shape {tuple(got.shape)} and dtype {_dtype_label(got.dtype)}"
            res.outcome, res.message = "accepted", f"{theirs}; {self.who} returned {got if isinstance(got, str) else _short(got)}"
            return res
        if isinstance(e, Refused):
            return self._refused(res, e)
        if self.route == "c_abi":
            from bridge_util import BridgeError

            if not isinstance(e, BridgeError):
                if isinstance(e, (*REFUSALS, OverflowError)):  # cffi could not lower an argument
                    return self._refused(res, e, "lowering: ")
                res.our_error, same = type(e).__name__, False
            else:
                res.our_error = f"[{e.name}]"
                same = issubclass(ERROR_CODE_CLASSES.get(e.name, BridgeError), type(ref))
        else:
            res.our_error, same = type(e).__name__, isinstance(e, type(ref))
            if not same and isinstance(e, REFUSALS) and SIGNATURE_REFUSALS.match(reason_of(e)):
                return self._refused(res, e)
        res.outcome = "rejected, same class" if same else "rejected, other class"
        res.message = f"{theirs}; {self.who} raised {res.our_error}: {_message(e)}"
        return res

    @staticmethod
    def _seed_dependent(op: Any, sample: Any, ref_out: Any) -> bool:
        """Whether a seeded op's result depends on the seed: its callable run again with
        OpInfo's wrapper_set_seed seeding 43 instead of 42 gives another result."""
        fn = op.op
        if not isinstance(fn, types.FunctionType):
            return False

        def other_seed(f: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
            from torch.testing._utils import freeze_rng_state

            with freeze_rng_state():
                torch.manual_seed(OPINFO_SEED + 1)
                return f(*args, **kwargs)

        env = dict(fn.__globals__)
        env["wrapper_set_seed"] = other_seed
        probe = types.FunctionType(fn.__code__, env, fn.__name__, fn.__defaults__, fn.__closure__)
        try:
            with torch.no_grad():
                again = _call(probe, sample.input, sample.args, sample.kwargs)
        except Exception:  # noqa: BLE001
            return False
        try:
            compare(_as_ours(again), ref_out, None)
        except Different:
            return True
        return False

    def _gradients(self, res: SampleResult, op: Any, sample: Any, conv: Converted, ref_out: Any, ours: Any) -> SampleResult:
        ts = self.ts
        ref_leaves = [t for t, _ in conv.leaves]
        if not ref_leaves:
            res.outcome, res.level, res.note = "match", "values", "no input requires grad"
            return res
        key = f"{res.op}/{res.variant}/{res.dtype}/{res.index}"
        # PyTorch's gradients.
        try:
            ref_proc = sample.output_process_fn_grad(ref_out)
            outs = [t for t in flat_tensors(ref_proc) if t.requires_grad]
            if not outs:
                res.outcome, res.level, res.note = "match", "values", "no output requires grad"
                return res
            cots = [_cotangent(t, f"{key}/{i}") for i, t in enumerate(outs)]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                ref_grads = torch.autograd.grad(_reference_loss(outs, cots), ref_leaves, allow_unused=True)
        except Exception as e:  # noqa: BLE001
            res.outcome, res.level = "match", "values"
            res.note = f"PyTorch's backward raised {type(e).__name__}: gradients not compared"
            return res
        # Ours, the same way.
        try:
            our_proc = _process(sample.output_process_fn_grad, ts, ours)
            ref_all = flat_tensors(ref_proc)
            our_all = flat_ts(ts, our_proc)
            if len(our_all) != len(ref_all):
                return self._mismatch(res, f"gradient: output_process_fn_grad gives {len(our_all)} tensors, PyTorch {len(ref_all)}")
            our_outs = [o for o, r in zip(our_all, ref_all) if r.requires_grad]
            our_cots = [ts.tensor(g.tolist(), dtype=_ts_dtype(ts, g.dtype)).reshape(tuple(g.shape)) for g in cots]
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                _our_loss(ts, our_outs, our_cots).backward()
            our_grads = [o.grad for _, o in conv.leaves]
        except Refused as e:
            return self._refused(res, e, "gradient: ")
        except REFUSALS as e:
            return self._refused(res, e, "gradient: ")
        except Exception as e:  # noqa: BLE001
            return self._mismatch(res, f"gradient: torch_sffi raised {type(e).__name__}: {_message(e)}; PyTorch's backward succeeded")
        tol = tolerances(op, torch.float64)
        for i, (r, o, leaf) in enumerate(zip(ref_grads, our_grads, ref_leaves)):
            want = torch.zeros_like(leaf) if r is None else r
            try:
                got = torch.zeros_like(leaf) if o is None else from_ts(ts, o)
                compare(got, want, tol, f"gradient of input {i}")
            except (Different, Unconvertible) as e:
                return self._mismatch(res, str(e))
        res.outcome, res.level = "match", "values+grad"
        return res


def _as_ours(value: Any) -> Any:
    """A torch result in the shape from_ts gives (tuples as _Tuple), to compare two torch results."""
    if isinstance(value, torch.Tensor):
        return value.detach()
    if isinstance(value, list):
        return [_as_ours(v) for v in value]
    if isinstance(value, tuple):
        return _Tuple(tuple(_as_ours(v) for v in value), _fields(value), type(value).__name__)
    return value


def _short(value: Any) -> str:
    return _ADDRESS.sub("0x...", " ".join(repr(value).split()))[:120]


# ============================================================================ the whole run


@dataclass
class Run:
    """Every sample's result over the bound OpInfos, through each route."""

    paths: list[str]  # the catalogue's pytorch paths
    entries: list[tuple[str, str, Callee]]  # (name, variant, callee) in op_db's order
    results: list[SampleResult]
    torch_version: str
    ts_version: str
    routes: tuple[str, ...] = ROUTES
    # The error inputs' results (ERROR_OUTCOMES), every route's; and per entry that has error
    # inputs, "" or why they could not be drawn (the OpInfo's error_inputs_func raised).
    errors: list[SampleResult] = field(default_factory=list)
    error_draws: dict[tuple[str, str], str] = field(default_factory=dict)

    def errors_of(self, route: str | None) -> list[SampleResult]:
        return [r for r in self.errors if route is None or r.route == route]

    def error_defects(self, route: str | None = None) -> list[SampleResult]:
        return [r for r in self.errors_of(route) if r.outcome in ERROR_DEFECTS]

    def error_count(self, outcome: str, route: str) -> int:
        return sum(1 for r in self.errors_of(route) if r.outcome == outcome)

    def of(self, route: str | None) -> list[SampleResult]:
        return self.results if route is None else [r for r in self.results if r.route == route]

    def count(self, outcome: str, route: str | None = None) -> int:
        return sum(1 for r in self.of(route) if r.outcome == outcome)

    def fraction_of(self, route: str | None) -> float:
        rs = self.of(route)
        return sum(1 for r in rs if r.outcome == "match") / len(rs) if rs else 0.0

    @property
    def fraction(self) -> float:
        return self.fraction_of(None)

    def refusals(self, route: str | None = None, errors: bool = False) -> list[tuple[str, int, SampleResult]]:
        """(reason, count, first example) by count, then reason; of the error inputs with `errors`."""
        rs = [r for r in (self.errors_of(route) if errors else self.of(route)) if r.outcome == "refused"]
        counts = Counter(r.reason for r in rs)
        first: dict[str, SampleResult] = {}
        for r in rs:
            first.setdefault(r.reason, r)
        return sorted(((k, n, first[k]) for k, n in counts.items()), key=lambda x: (-x[1], x[0]))

    def mismatches(self, route: str | None = None) -> list[SampleResult]:
        return [r for r in self.of(route) if r.outcome == "mismatch"]

    def matched_functions(self, route: str) -> Counter[str]:
        """Catalogue function -> how many matching samples of `route` called it."""
        return Counter(f for r in self.of(route) if r.outcome == "match" for f in r.functions)


def wrapper_bindings(ts: Any) -> dict[str, list[tuple[Any, str]]]:
    """Catalogue function -> the (module, global) of the generated torch_sffi modules that call
    it: their `_f_*` globals. Empty for a torch_sffi without them (PyTorch dressed as it)."""
    out: dict[str, list[tuple[Any, str]]] = {}
    nn_functions = getattr(getattr(ts, "nn", None), "functional", None)  # the module that defines them
    for module in (*(getattr(ts, m, None) for m in ("_tensor", "linalg", "autograd", "cuda")), nn_functions):
        if not isinstance(module, types.ModuleType):
            continue
        for attr, value in vars(module).items():
            name = getattr(value, "__name__", "")
            if attr.startswith("_f_") and isinstance(name, str) and name.startswith("rt_torch_"):
                out.setdefault(name, []).append((module, attr))
    return out


@contextlib.contextmanager
def recording_calls(bindings: dict[str, list[tuple[Any, str]]], called: set[str]) -> Iterator[None]:
    """While installed, every call of a generated wrapper in `bindings` (wrapper_bindings) into
    the bridge adds the catalogue function's name to `called`. Calls made from C (operators and
    members of the tensor type) are not seen."""
    saved: list[tuple[Any, str, Any]] = []

    def spy(fn: Callable[..., Any], name: str) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            called.add(name)
            return fn(*args)

        return call

    for name, places in bindings.items():
        for module, attr in places:
            original = getattr(module, attr)
            saved.append((module, attr, original))
            setattr(module, attr, spy(original, name))
    try:
        yield
    finally:
        for module, attr, original in saved:
            setattr(module, attr, original)


def run(
    ops: list[Any] | None = None,
    ts: Any | None = None,
    progress: Callable[[str], None] | None = None,
    paths: list[str] | None = None,
    routes: tuple[str, ...] = ROUTES,
    cabi: Any | None = None,
    errors: bool = True,
) -> Run:
    """Runs every sample of `ops` (default: the bound OpInfos of the catalogue's `paths`)
    through each of `routes`: torch_sffi (`ts`, default the package) and the C ABI (`cabi`,
    default opinfo_cabi.CAbi over the catalogue); and (`errors`) every error input of theirs."""
    if paths is None:
        paths = bound_pytorch_paths()
    if ops is None:
        ops = bound_opinfos(paths)
    runners = [Runner(ts if route == "torch_sffi" else cabi, route) for route in routes]
    results: list[SampleResult] = []
    error_results: list[SampleResult] = []
    error_draws: dict[tuple[str, str], str] = {}
    entries = []
    state = torch.random.get_rng_state()
    # One intra-op thread, for both sides (they share libtorch): the samples are small, and
    # two threads on a busy 2-core machine run them ten times slower; a reduction's rounding
    # then does not depend on the machine's core count either.
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        with contextlib.ExitStack() as stack:
            for runner in runners:
                if runner.route == "torch_sffi":
                    stack.enter_context(recording_calls(wrapper_bindings(runner.ts), runner.called))
            for op in ops:
                if progress:
                    progress(f"{op.name} {op.variant_test_name}".strip())
                entries.append((op.name, op.variant_test_name, callee(op)))
                for runner in runners:
                    results.extend(runner.run_op(op))
                if errors and has_error_inputs(op):
                    draw = error_draws[(op.name, op.variant_test_name)] = ""
                    for runner in runners:
                        try:
                            error_results.extend(runner.run_errors(op))
                        except Exception as e:  # noqa: BLE001 - the OpInfo's error_inputs_func
                            draw = f"{type(e).__name__}: {_message(e)}"
                    error_draws[(op.name, op.variant_test_name)] = draw
    finally:
        torch.set_num_threads(threads)
        torch.random.set_rng_state(state)
    ts_runner = next((r for r in runners if r.route == "torch_sffi"), None)
    # Without the local version label (2.13.0+cpu and the CUDA wheel's 2.13.0 run the same CPU kernels).
    version = ts_version(ts_runner.ts) if ts_runner is not None else ts_version(import_ts())
    return Run(paths, entries, results, torch.__version__.split("+")[0], version, tuple(routes), error_results, error_draws)


__all__ = [
    "CATALOGUE",
    "DTYPES",
    "LEVELS",
    "OUTCOMES",
    "ROUTES",
    "Callee",
    "Run",
    "Runner",
    "SampleResult",
    "bound_opinfos",
    "bound_pytorch_paths",
    "c_abi",
    "callee",
    "compare",
    "entry_rows",
    "exercised_functions",
    "fingerprint",
    "from_ts",
    "opinfo_name",
    "readme_figures",
    "reason_of",
    "run",
    "sample_count",
    "subset",
    "to_ts",
]



# ============================================================================ PyTorch as torch_sffi


def pytorch_as_ts(lacking: tuple[str, ...] = ()) -> Any:
    """PyTorch itself dressed as torch_sffi (torch_sffi.nn is torch.nn.functional, ...): the
    harness must find every sample of it a match, which checks the harness, not the package.
    `lacking`: module functions it pretends not to have."""

    class Module(types.ModuleType):
        def __getattr__(self, name: str) -> Any:
            if name in lacking:
                raise AttributeError(f"module {self.__name__!r} has no attribute {name!r}")
            return getattr(torch, name)

    fake = Module("torch_as_torch_sffi")
    fake.Tensor = torch.Tensor  # type: ignore[attr-defined]
    fake.DType = torch.dtype  # type: ignore[attr-defined]
    fake.nn = torch.nn.functional  # type: ignore[attr-defined]
    fake.linalg = torch.linalg  # type: ignore[attr-defined]
    fake.__version__ = f"torch {torch.__version__}"  # type: ignore[attr-defined]
    return fake


# ============================================================================ the report

REPORT_MD = ROOT / "docs" / "opinfo.md"
REPORT_JSON = ROOT / "docs" / "opinfo.json"
# The most mismatches the report lists per OpInfo entry (the test prints every one).
REPORT_MISMATCHES_PER_ENTRY = 20


def summary_line(r: Run) -> str:
    parts = []
    for route in r.routes:
        n = len(r.of(route))
        parts.append(f"through {ROUTE_TITLES[route]} {r.count('match', route):,} of {n:,} samples ({100 * r.fraction_of(route):.1f}%)")
    top = r.refusals()[:2]
    refused = "; ".join(f"{reason} ({count:,})" for reason, count, _ in top)
    return (
        f"**PyTorch's OpInfo samples:** {', '.join(parts)} of the {len(r.entries)} OpInfo entries bound by "
        f"the catalogue match PyTorch (CPU; every catalogue dtype the OpInfo supports; gradients for float64 "
        f"through torch_sffi); {r.count('mismatch'):,} mismatches; {r.count('refused'):,} refused"
        + (f" (most: {refused})" if refused else "")
        + ". "
        + error_summary(r)
    )


def error_figures(r: Run, route: str) -> str:
    """'N of M error inputs': of the error inputs PyTorch rejects, those the route rejects with its class."""
    rejected = len(r.errors_of(route)) - r.error_count("PyTorch accepts", route)
    return f"{r.error_count('rejected, same class', route):,} of {rejected:,} error inputs"


def error_summary(r: Run) -> str:
    """The headline's sentence on the error inputs (OpInfo's error_inputs)."""
    entries = {res.entry for res in r.errors}
    parts = []
    for route in r.routes:
        other, accepted, refused = (r.error_count(o, route) for o in ("rejected, other class", "accepted", "refused"))
        parts.append(
            f"through {ROUTE_TITLES[route]} {error_figures(r, route)} are rejected with PyTorch's exception class "
            f"({other:,} with another class, {accepted:,} accepted, {refused:,} refused)"
        )
    accepts = r.error_count("PyTorch accepts", r.routes[0]) if r.routes else 0
    return (
        f"**Error inputs** (the samples PyTorch rejects, of the {len(entries)} entries that have them): "
        f"{'; '.join(parts)}; PyTorch {torch.__version__.split('+')[0]} itself accepts {accepts:,} of them."
    )


def readme_figures(r: Run) -> list[str]:
    """What README.md must say (tests/test_opinfo.py checks): per route, 'N of M samples (F%)'."""
    return [f"{r.count('match', route):,} of {len(r.of(route)):,} samples ({r.fraction_of(route):.1%})" for route in r.routes] + [
        error_figures(r, route) for route in r.routes
    ]


# ============================================================================ which inputs the report is of

# What the report's results depend on besides torch: the catalogue, the code generated from it
# and the hand-written runtime it is built with, and the harness. The report records their hash;
# tests/test_opinfo.py checks it against the tree before re-running a subset of the entries.
FINGERPRINTED = ("spec/torch_api.yaml", "generated", "runtime", "tests/opinfo_harness.py", "tests/opinfo_cabi.py", "tests/bridge_util.py")
# The entries tests/test_opinfo.py re-runs: those whose name hashes to 0 modulo this (one in
# eight, the same ones however the catalogue grows).
SUBSET_MODULUS = 8


def fingerprint() -> str:
    """sha256 over FINGERPRINTED (file paths and contents, in order) and torch's version."""
    h = hashlib.sha256(torch.__version__.split("+")[0].encode())
    for name in FINGERPRINTED:
        base = ROOT / name
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        for f in files:
            h.update(f.relative_to(ROOT).as_posix().encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def exercised_functions(route: str) -> set[str]:
    """The catalogue functions that at least one matching sample of `route` called, by the
    committed report (tests/test_opinfo.py checks it is of this tree): tests/test_bridge.py and
    tests/test_python_api.py accept them in place of a hand-written case."""
    if not REPORT_JSON.is_file():
        return set()
    import json

    functions: dict[str, dict[str, int]] = json.loads(REPORT_JSON.read_text()).get("functions", {})
    return {name for name, counts in functions.items() if counts.get(route, 0) > 0}


def in_subset(name: str, variant: str) -> bool:
    digest = hashlib.sha256(f"{name}/{variant}".encode()).digest()
    return int.from_bytes(digest[:4], "big") % SUBSET_MODULUS == 0


def subset(ops: list[Any]) -> list[Any]:
    """The OpInfo entries the test re-runs (in_subset), in op_db's order."""
    return [op for op in ops if in_subset(op.name, op.variant_test_name)]


def _route_entry(rs: list[SampleResult]) -> dict[str, Any]:
    dtypes: dict[str, dict[str, int]] = {}
    for res in rs:
        d = dtypes.setdefault(res.dtype, {o: 0 for o in OUTCOMES})
        d[res.outcome] += 1
    reasons = Counter(res.reason for res in rs if res.outcome == "refused")
    top = sorted(reasons.items(), key=lambda x: (-x[1], x[0]))[:1]
    mism = [res for res in rs if res.outcome == "mismatch"]
    return {
        "samples": len(rs),
        "outcomes": {o: sum(1 for res in rs if res.outcome == o) for o in OUTCOMES},
        "dtypes": {dt: dtypes[dt] for dt in (dtype_name(d) for d in DTYPES) if dt in dtypes},
        "top_refusal": {"reason": top[0][0], "count": top[0][1]} if top else None,
        "functions": sorted({f for res in rs if res.outcome == "match" for f in res.functions}),
        "mismatches": [
            {"dtype": m.dtype, "index": m.index, "sample": m.sample[:400], "difference": m.message[:600]}
            for m in mism[:REPORT_MISMATCHES_PER_ENTRY]
        ],
        "mismatches_not_listed": max(0, len(mism) - REPORT_MISMATCHES_PER_ENTRY),
    }


def entry_rows(r: Run) -> list[dict[str, Any]]:
    """One row per OpInfo entry (sorted by name, variant), each route's results in it."""
    by_entry: dict[tuple[str, str, str], list[SampleResult]] = {}
    for res in r.results:
        by_entry.setdefault((res.op, res.variant, res.route), []).append(res)
    rows = []
    errors: dict[tuple[str, str, str], list[SampleResult]] = {}
    for res in r.errors:
        errors.setdefault((res.op, res.variant, res.route), []).append(res)
    for name, variant, info in sorted(r.entries, key=lambda e: (e[0], e[1])):
        row: dict[str, Any] = {
            "name": name,
            "variant": variant,
            "callable": info.reference,
            "counterpart": info.counterpart,
            "routes": {route: _route_entry(by_entry.get((name, variant, route), [])) for route in r.routes},
        }
        if (name, variant) in r.error_draws:
            row["error_inputs"] = {
                "could_not_draw": r.error_draws[(name, variant)],
                "routes": {route: _error_entry(errors.get((name, variant, route), [])) for route in r.routes},
            }
        rows.append(row)
    return rows


def _error_defect(res: SampleResult) -> dict[str, Any]:
    return {
        "op": res.op,
        "variant": res.variant,
        "index": res.index,
        "outcome": res.outcome,
        "sample": res.sample[:400],
        "pytorch": res.pytorch_error,
        "ours": res.our_error,
        "message": res.message[:600],
    }


def _error_entry(rs: list[SampleResult]) -> dict[str, Any]:
    """An entry's error inputs through one route: outcomes, every defect, refusals by reason."""
    return {
        "error_inputs": len(rs),
        "outcomes": {o: sum(1 for res in rs if res.outcome == o) for o in ERROR_OUTCOMES},
        "defects": [_error_defect(res) for res in rs if res.outcome in ERROR_DEFECTS],
        "refusals": dict(sorted(Counter(res.reason for res in rs if res.outcome == "refused").items())),
    }


def error_data(r: Run) -> dict[str, Any]:
    """The report's error-input figures: per route the outcomes, every defect, refusals by reason."""
    routes: dict[str, Any] = {}
    for route in r.routes:
        rs = r.errors_of(route)
        routes[route] = {
            "title": ROUTE_TITLES[route],
            "error_inputs": len(rs),
            "outcomes": {o: r.error_count(o, route) for o in ERROR_OUTCOMES},
            "defects": [_error_defect(res) for res in r.error_defects(route)],
            "refusals": [
                {"reason": reason, "count": count, "example": {"op": ex.op, "variant": ex.variant, "sample": ex.sample[:400], "message": ex.message}}
                for reason, count, ex in r.refusals(route, errors=True)
            ],
        }
    return {
        "summary": error_summary(r),
        "entries_with_error_inputs_func": len(r.error_draws),
        "entries_with_error_inputs": len({res.entry for res in r.errors}),
        "could_not_draw": [{"name": n, "variant": v, "error": e} for (n, v), e in sorted(r.error_draws.items()) if e],
        "routes": routes,
    }


def report_data(r: Run) -> dict[str, Any]:
    rows = entry_rows(r)
    named = {ph for ph in r.paths if opinfo_name(ph) in {name for name, _, _ in r.entries}}
    routes: dict[str, Any] = {}
    for route in r.routes:
        rs = r.of(route)
        levels = Counter(res.level for res in rs if res.outcome == "match")
        notes = Counter(res.note for res in rs if res.outcome == "match" and res.note)
        per_dtype: dict[str, dict[str, int]] = {}
        for res in rs:
            per_dtype.setdefault(res.dtype, {o: 0 for o in OUTCOMES})[res.outcome] += 1
        routes[route] = {
            "title": ROUTE_TITLES[route],
            "samples": len(rs),
            "outcomes": {o: r.count(o, route) for o in OUTCOMES},
            "match_fraction": round(r.fraction_of(route), 4),
            "match_levels": {lv: levels.get(lv, 0) for lv in LEVELS},
            "match_notes": dict(sorted(notes.items(), key=lambda x: (-x[1], x[0]))),
            "dtypes": {dt: per_dtype[dt] for dt in (dtype_name(d) for d in DTYPES) if dt in per_dtype},
            "refusals": [
                {
                    "reason": reason,
                    "count": count,
                    "example": {"op": ex.op, "variant": ex.variant, "dtype": ex.dtype, "sample": ex.sample[:400], "message": ex.message},
                }
                for reason, count, ex in r.refusals(route)
            ],
        }
    functions = {f.name: {route: r.matched_functions(route).get(f.name, 0) for route in r.routes} for f in load().functions}
    return {
        "summary": summary_line(r),
        "torch": r.torch_version,
        "torch_sffi": r.ts_version,
        "catalogue": "spec/torch_api.yaml",
        "fingerprint": fingerprint(),
        "catalogue_pytorch_paths": len(r.paths),
        "catalogue_paths_without_opinfo": sorted(set(r.paths) - named),
        "opinfo_entries": len(r.entries),
        "dtypes": [dtype_name(d) for d in DTYPES],
        "samples": len(r.results),
        "outcomes": {o: r.count(o) for o in OUTCOMES},
        "match_fraction": round(r.fraction, 4),
        "routes": routes,
        "error_inputs": error_data(r),
        "entries": rows,
        "functions": functions,
    }


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render_json(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def render_markdown(data: dict[str, Any]) -> str:
    routes: dict[str, Any] = data["routes"]
    titles = [routes[rt]["title"] for rt in routes]
    lines = [
        "# PyTorch's OpInfo samples through torch_sffi and the C ABI",
        "",
        data["summary"],
        "",
        "<!-- generated by scripts/opinfo_report.py (`make opinfo`); tests/test_opinfo.py checks it is up to date -->",
        "",
        f"torch {data['torch']}, torch_sffi {data['torch_sffi']}. PyTorch is the oracle: its OpInfo database "
        "(`torch.testing._internal.common_methods_invocations.op_db`) ships in the wheel. "
        f"The catalogue ({data['catalogue']}) names {data['catalogue_pytorch_paths']} PyTorch callables; an OpInfo "
        "entry is bound when its name is one of them (torch.X, torch.Tensor.X, torch.nn.functional.X, "
        "torch.linalg.X) or its ATen operator is one a catalogue `aten` overload is of: "
        f"{data['opinfo_entries']} entries. Each sample of each entry, for every dtype of the catalogue "
        f"({', '.join(data['dtypes'])}) that the OpInfo supports on the CPU, runs through PyTorch "
        "(`op(sample.input, *sample.args, **sample.kwargs)`) and through two routes into the binding:",
        "",
        "- **torch_sffi**: the torch_sffi counterpart of the OpInfo's callable (torch.X -> torch_sffi.X, "
        "torch.nn.functional.X -> torch_sffi.nn.X, torch.linalg.X -> torch_sffi.linalg.X, torch.Tensor.X -> the "
        "torch_sffi.Tensor method; an OpInfo lambda runs with `torch` standing for torch_sffi), gradients compared "
        "for float64 samples of an OpInfo that supports autograd;",
        "- **C ABI**: the C function of the catalogue entry the call binds to (tests/opinfo_cabi.py), called "
        "through cffi with every argument lowered by generator/abi.py (tests/bridge_util.py). The entries that "
        "bind a callable are those whose `pytorch` field names it (torch.X or torch.Tensor.X) or whose `aten` "
        "overload is of its ATen operator; the call's arguments bind to an entry's parameters positionally in "
        "order, keywords by name, the catalogue's defaults for the rest, each by its type (a tensor to a Tensor, a "
        "Python number to a Scalar, a dtype of the catalogue to a ScalarType, ...); of the entries that take it "
        "the first with an `aten` overload is called, else the first. A lambda runs with `torch` and its "
        "tensors' methods dispatching the same way. The C ABI cannot tell a list from a tuple, and the "
        "reference API's number results (sum, item) stand for PyTorch's 0-dim tensors: those compare by value.",
        "",
        "Every sample ends in exactly one outcome per route:",
        "",
        "- **match**: shape, dtype and values agree (torch.testing.assert_close, the OpInfo's tolerances where it "
        "has them, NaN equal to NaN), and the gradients where compared (the OpInfo's output_process_fn_grad "
        "applied first, the same random cotangent on both sides);",
        "- **mismatch**: a defect: different results, an error where PyTorch succeeds other than a refusal, "
        "success where PyTorch raises, or (torch_sffi) another built-in exception class than PyTorch's;",
        "- **refused**: the binding does not take the call: torch_sffi raises TypeError, ValueError, "
        "NotImplementedError or AttributeError or lacks the counterpart; no catalogue entry's parameters take "
        "the C call's arguments, or the bridge fails with the error code value, type or unavailable; or an "
        "argument or result has no equivalent there;",
        "- **both raised**: PyTorch raises and torch_sffi raises the same built-in exception class, or the C "
        "call fails (any error code).",
        "",
        "Outputs the OpInfo marks nondeterministic (torch.empty) compare shape and dtype only; random ops "
        "(OpInfo's wrapper_set_seed) run under the same seed on both sides and compare values, falling back to "
        "shape and dtype when the values differ and PyTorch's own result changes with the seed.",
        "",
        "## Totals",
        "",
        "| outcome | " + " | ".join(titles) + " |",
        "|---|" + "---:|" * len(titles),
    ]
    for o in OUTCOMES:
        cells = []
        for rt in routes.values():
            n = rt["samples"]
            cells.append(f"{rt['outcomes'][o]:,} ({100 * rt['outcomes'][o] / n if n else 0:.1f}%)")
        lines.append(f"| {o} | " + " | ".join(cells) + " |")
    lines.append("| **all** | " + " | ".join(f"**{rt['samples']:,}**" for rt in routes.values()) + " |")
    lines += ["", "Matches by what they compared:", "", "| compared | " + " | ".join(titles) + " |", "|---|" + "---:|" * len(titles)]
    for lv in LEVELS:
        lines.append(f"| {lv} | " + " | ".join(f"{rt['match_levels'][lv]:,}" for rt in routes.values()) + " |")
    all_notes = sorted({n for rt in routes.values() for n in rt["match_notes"]})
    for note in all_notes:
        lines.append(f"| of which: {_md(note)} | " + " | ".join(f"{rt['match_notes'].get(note, 0):,}" for rt in routes.values()) + " |")
    lines += ["", "By dtype (matching samples of all samples):", "", "| dtype | " + " | ".join(titles) + " |", "|---|" + "---:|" * len(titles)]
    for dt in data["dtypes"]:
        cells = []
        for rt in routes.values():
            d = rt["dtypes"].get(dt)
            cells.append("-" if d is None else f"{d['match']:,}/{sum(d.values()):,}")
        lines.append(f"| {dt} | " + " | ".join(cells) + " |")
    for key, rt in routes.items():
        lines += ["", f"## Refusals by reason: {rt['title']}", ""]
        if rt["refusals"]:
            lines += ["| reason | samples | example | message |", "|---|---:|---|---|"]
            for ref in rt["refusals"]:
                ex = ref["example"]
                where = f"{ex['op']}{' (' + ex['variant'] + ')' if ex['variant'] else ''}, {ex['dtype']}"
                lines.append(f"| {_md(ref['reason'])} | {ref['count']:,} | {_md(where)} | {_md(ex['message'][:200])} |")
        else:
            lines.append("None.")
    lines += ["", "## Mismatches", ""]
    mism = [(e, rt, m) for e in data["entries"] for rt, er in e["routes"].items() for m in er["mismatches"]]
    if not mism:
        lines.append("None.")
    else:
        lines += ["| OpInfo | route | dtype | sample | difference |", "|---|---|---|---|---|"]
        for e, rt, m in mism:
            name = e["name"] + (f" ({e['variant']})" if e["variant"] else "")
            lines.append(f"| {_md(name)} | {routes[rt]['title']} | {m['dtype']} | {_md(m['sample'][:160])} | {_md(m['difference'][:300])} |")
        more = sum(er["mismatches_not_listed"] for e in data["entries"] for er in e["routes"].values())
        if more:
            lines += ["", f"... and {more:,} more (the test prints every one)."]
    lines += _error_markdown(data["error_inputs"])
    head = " | ".join(f"{t}: match/all | mismatch | refused | both raised" for t in titles)
    lines += [
        "",
        "## Per OpInfo entry",
        "",
        "Per route: matching samples of all samples (over every dtype), then the other outcomes; the C "
        "functions its matching C ABI samples called; the reason most samples were refused for.",
        "",
        f"| OpInfo | variant | callable | {head} | C functions | most refused for |",
        "|---|---|---|" + "---:|---:|---:|---:|" * len(titles) + "---|---|",
    ]
    for e in data["entries"]:
        cells = []
        tops = []
        for key, er in e["routes"].items():
            o = er["outcomes"]
            cells.append(f"{o['match']}/{er['samples']} | {o['mismatch']} | {o['refused']} | {o['both raised']}")
            if er["top_refusal"]:
                tops.append(f"{routes[key]['title']}: {_md(er['top_refusal']['reason'])} ({er['top_refusal']['count']})")
        cfns = e["routes"].get("c_abi", {}).get("functions", [])
        lines.append(
            f"| {_md(e['name'])} | {_md(e['variant'])} | `{_md(e['callable'])}` | {' | '.join(cells)} | "
            f"{', '.join(f.removeprefix('rt_torch_') for f in cfns)} | {'; '.join(tops)} |"
        )
    fns = data["functions"]
    lines += [
        "",
        "## Catalogue functions the samples exercise",
        "",
        "A catalogue function counts as exercised by a route when at least one matching sample called it "
        "(torch_sffi: a generated wrapper's call into the bridge; calls the tensor type makes from C, "
        "operators and members, are not seen). tests/test_bridge.py and tests/test_python_api.py accept "
        "these in place of a hand-written case.",
        "",
        "| route | functions exercised |",
        "|---|---:|",
    ]
    for key, rt in routes.items():
        lines.append(f"| {rt['title']} | {sum(1 for v in fns.values() if v.get(key)):,} of {len(fns):,} |")
    if data["catalogue_paths_without_opinfo"]:
        lines += [
            "",
            "## Catalogue callables without an OpInfo entry",
            "",
            "PyTorch's database has no entry named after these; they are not measured here:",
            "",
            ", ".join(f"`{p}`" for p in data["catalogue_paths_without_opinfo"]) + ".",
        ]
    return "\n".join(lines) + "\n"


def _error_markdown(err: dict[str, Any]) -> list[str]:
    """The report's section on the error inputs (error_data)."""
    routes: dict[str, Any] = err["routes"]
    titles = [rt["title"] for rt in routes.values()]
    lines = [
        "",
        "## Error inputs",
        "",
        err["summary"],
        "",
        "An OpInfo's error inputs (`op.error_inputs(\"cpu\")`, no dtype) are samples PyTorch rejects, each with "
        "the exception class its own test_errors expects. Each runs through PyTorch, which must raise (else "
        "**PyTorch accepts**: not counted against the binding), and through both routes:",
        "",
        "- **rejected, same class**: torch_sffi raises an exception that `except` of the class PyTorch raised "
        "catches; the C call fails with an error code whose class (torch_sffi's for that code: index IndexError, "
        "value ValueError, type TypeError, unavailable NotImplementedError, other RuntimeError) is PyTorch's;",
        "- **rejected, other class**: a defect: another class, or (C ABI) a code without PyTorch's class;",
        "- **accepted**: a defect: the binding returns a value where PyTorch raises;",
        "- **refused**: the binding does not take the call at all, by the rules for samples (no counterpart, "
        "an argument it cannot express, no catalogue entry takes the C call) or because torch_sffi rejects the "
        "call's shape (a keyword, an argument's type) with TypeError or ValueError where PyTorch raised another class.",
        "",
        f"{err['entries_with_error_inputs_func']} of the bound entries have an error_inputs_func; "
        f"{err['entries_with_error_inputs']} of them give error inputs on the CPU"
        + (
            "; these could not be drawn: " + "; ".join(f"{_md(c['name'])} ({_md(c['error'][:160])})" for c in err["could_not_draw"])
            if err["could_not_draw"]
            else "; every one could be drawn"
        )
        + ".",
        "",
        "| outcome | " + " | ".join(titles) + " |",
        "|---|" + "---:|" * len(titles),
    ]
    for o in ERROR_OUTCOMES:
        lines.append(f"| {o} | " + " | ".join(f"{rt['outcomes'][o]:,}" for rt in routes.values()) + " |")
    lines.append("| **all** | " + " | ".join(f"**{rt['error_inputs']:,}**" for rt in routes.values()) + " |")
    lines += ["", "### Error-input defects", ""]
    defects = [(rt, d) for rt in routes.values() for d in rt["defects"]]
    if not defects:
        lines.append("None.")
    else:
        lines += ["| OpInfo | route | sample | PyTorch | ours | message |", "|---|---|---|---|---|---|"]
        for rt, d in defects:
            name = d["op"] + (f" ({d['variant']})" if d["variant"] else "")
            ours = d["ours"] if d["outcome"] != "accepted" else "accepted"
            lines.append(
                f"| {_md(name)} #{d['index']} | {rt['title']} | {_md(d['sample'][:160])} | {d['pytorch']} | {_md(ours)} | {_md(d['message'][:300])} |"
            )
    for rt in routes.values():
        lines += ["", f"### Error inputs refused: {rt['title']}", ""]
        if rt["refusals"]:
            lines += ["| reason | error inputs | example |", "|---|---:|---|"]
            for ref in rt["refusals"]:
                ex = ref["example"]
                where = ex["op"] + (f" ({ex['variant']})" if ex["variant"] else "")
                lines.append(f"| {_md(ref['reason'])} | {ref['count']:,} | {_md(where)}: {_md(ex['sample'][:160])} |")
        else:
            lines.append("None.")
    return lines


def render_report(r: Run) -> tuple[str, str]:
    """(docs/opinfo.md, docs/opinfo.json) for a run: deterministic, no dates."""
    data = report_data(r)
    return render_markdown(data), render_json(data)
