"""Fuzzing the C ABI (hypothesis, bounded): every catalogue function with random valid and
invalid arguments of every lowering key of generator/abi.py (bad handles; Scalars of each kind
and of unknown kinds; None and values for optionals; listed and unlisted dtype codes and device
types; enum values in and out of their sets; int-or-list sizes as one int, lists of 1 and N;
NULL and negative-length arrays), bad shapes and dims, NaN and inf, empty and zero-size inputs,
allocations too large to satisfy, and random create / operate / free sequences.

Each call with an invalid argument must fail with the code that argument calls for; every other
call must either succeed and agree with PyTorch (where the case table has a PyTorch
counterpart) or fail, where PyTorch fails too, with a documented error code and a message
naming the function; the process must never crash. The suite counts its calls by kind (and the
drawn values by lowering key) and writes the counts to build/reports/fuzz.json (and prints them
at the end of the run).
"""

from __future__ import annotations

import json
import math
import os
import warnings
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import pytest
import torch
from bridge_cases import CASES, Case
from bridge_util import Bridge, BridgeError, Handle, Raw, element_type
from conftest import BUILD, SPEC
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule
from test_bridge import assert_agrees

from generator import abi
from generator.loader import load_catalogue
from generator.model import Function
from generator.types import SchemaType

try:
    from torch_sffi._native import ffi, lib
except ImportError:  # pragma: no cover - bridge_util explains
    raise

CATALOGUE = load_catalogue(SPEC)
BRIDGE = Bridge(CATALOGUE)
CODES = {e.code for e in CATALOGUE.error_codes}
COUNTS: Counter[str] = Counter()
INT64_MAX = 2**63 - 1

# CI runs a fixed, reproducible set; SFFI_FUZZ_RANDOM=1 explores new cases, and
# SFFI_FUZZ_EXAMPLES=N sets how many (docs/reliability.md).
EXAMPLES = int(os.environ.get("SFFI_FUZZ_EXAMPLES", "1500"))
RANDOM = bool(os.environ.get("SFFI_FUZZ_RANDOM"))
FUZZ_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not RANDOM,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)


@pytest.fixture(scope="module", autouse=True)
def report() -> Iterator[None]:
    yield
    out = BUILD / "reports" / "fuzz.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(dict(sorted(COUNTS.items())), indent=2) + "\n")
    print("\nfuzz calls by kind:", json.dumps(dict(sorted(COUNTS.items()))))


# ------------------------------------------------------------------ strategies

# Small sizes only, or sizes so large that the allocation fails at once: nothing in between,
# so the fuzzer never makes the machine allocate and fill gigabytes.
SMALL = st.integers(min_value=-3, max_value=6)
ABSURD = st.sampled_from([1 << 40, 1 << 62, INT64_MAX, -(2**63)])
I64 = st.one_of(SMALL, SMALL, SMALL, ABSURD)
I32 = st.one_of(st.integers(-2, 3), st.sampled_from([2**31 - 1, -(2**31)]))
F64 = st.one_of(
    st.floats(-4, 4, allow_nan=False),
    st.sampled_from([0.0, -0.0, 1.0, 0.5, math.nan, math.inf, -math.inf, 1e300, -1e300, 1e-300]),
)
DIMS = st.one_of(st.lists(st.integers(0, 4), max_size=4), st.lists(st.one_of(SMALL, ABSURD), max_size=3))
FLOATS = st.lists(F64, max_size=8)

DTYPES = [torch.float32, torch.float64, torch.int64, torch.bool]
# Every dtype the catalogue lists, for ScalarType arguments; and codes it does not (8 is c10's
# ComplexHalf, 12 QInt8), which the bridge must refuse.
CATALOGUE_DTYPES = [getattr(torch, d.name) for d in CATALOGUE.dtypes]
UNLISTED_DTYPE_CODES = st.sampled_from([8, 12, 99, -2, 2**31 - 1, -(2**31)])
DEVICES: st.SearchStrategy[str | torch.device] = st.sampled_from(["cpu", "cpu:0", "meta", "cuda", "cuda:0", torch.device("cpu")])
UNLISTED_DEVICES = st.sampled_from([(2, -1), (7, 0), (99, -1), (-2, -1), (0, -2), (14, -7)])
BAD_SCALAR_KINDS = st.sampled_from([3, 4, -2, 2**31 - 1])
BAD_TEXT = st.sampled_from(["", "bogus", "MEAN", "mean ", "none\u00e9", "sum\tsum"])


@st.composite
def tensors(draw: st.DrawFn) -> torch.Tensor:
    shape = draw(st.lists(st.integers(0, 3), max_size=4))
    dtype = draw(st.sampled_from(DTYPES))
    n = math.prod(shape)
    if dtype == torch.bool:
        values = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    elif dtype == torch.int64:
        values = draw(st.lists(st.integers(-3, 5), min_size=n, max_size=n))
    else:
        values = draw(st.lists(st.one_of(st.floats(-3, 3), st.sampled_from([math.nan, math.inf, -math.inf, 0.0])), min_size=n, max_size=n))
    return torch.tensor(values, dtype=dtype).reshape(shape)


def forged(kind: int, generation: int, slot: int) -> int:
    return kind << 56 | generation << 32 | slot


BAD_HANDLES = st.sampled_from(
    [
        ("zero", 0),
        ("negative", -1),
        ("forged", forged(1, 77, 1 << 30)),
        ("stream-as-tensor", forged(2, 1, 0)),
        ("garbage", 0x7FFF_FFFF_FFFF_FFFF),
    ]
)

INVALID_HANDLE, VALUE, UNAVAILABLE = 1, 3, 5
ERROR_CODES = {e.name: e.code for e in CATALOGUE.error_codes}


@dataclass(frozen=True)
class Drawn:
    """A value for one parameter; for an invalid one, what is wrong and the error code it must give."""

    value: Any
    bad: str | None = None
    code: int | None = None


def rarely(draw: st.DrawFn) -> bool:
    """True about one time in eight: how often a drawn value is an invalid one."""
    return draw(st.integers(0, 7)) == 0


@st.composite
def handle_argument(draw: st.DrawFn, t: SchemaType) -> Drawn:
    if t.base == "Stream":  # no stream can exist on a CPU build: every one is bad
        kind, value = draw(BAD_HANDLES)
        return Drawn(Handle(value), f"bad stream handle ({kind})", INVALID_HANDLE)
    if rarely(draw):
        kind, value = draw(BAD_HANDLES)
        if not (kind == "zero" and t.optional):
            return Drawn(Handle(value), f"bad handle ({kind})", INVALID_HANDLE)
    if t.optional and draw(st.booleans()):
        return Drawn(None)
    return Drawn(draw(tensors()))


@st.composite
def handle_list_argument(draw: st.DrawFn, t: SchemaType) -> Drawn:
    items: list[Any] = draw(st.lists(st.one_of(tensors(), st.none()) if t.item_optional else tensors(), max_size=3))
    if items and rarely(draw):
        kind, value = draw(BAD_HANDLES)
        if not (kind == "zero" and t.item_optional):
            items[draw(st.integers(0, len(items) - 1))] = Handle(value)
            return Drawn(items, f"bad handle in a list ({kind})", INVALID_HANDLE)
    return Drawn(items)


def int_lists(t: SchemaType) -> st.SearchStrategy[Any]:
    """int[]: shapes and dims; int[N]: a single int, or lists of length 1 and N (and, rarely,
    other lengths, which ATen refuses as PyTorch does)."""
    if t.size is None:
        return DIMS
    return st.one_of(
        I64,
        st.lists(I64, min_size=1, max_size=1),
        st.lists(I64, min_size=t.size, max_size=t.size),
        st.lists(SMALL, min_size=t.size, max_size=t.size),
        st.lists(SMALL, max_size=t.size + 1),
    )


@st.composite
def bad_array(draw: st.DrawFn, t: SchemaType) -> Drawn:
    """An array the ABI refuses: NULL with a positive length, or a negative length."""
    element = element_type(abi.param_lowering(t).args[0])
    present = (True,) if t.optional else ()
    if draw(st.booleans()):
        n = draw(st.integers(1, 4))
        return Drawn(Raw(ffi.NULL, n, *present), f"NULL array of length {n}", VALUE)
    return Drawn(Raw(ffi.new(f"{element}[]", 1), -1, *present), "negative array length", VALUE)


@st.composite
def scalar_argument(draw: st.DrawFn, t: SchemaType) -> Drawn:
    if rarely(draw):
        kind = draw(BAD_SCALAR_KINDS if t.optional else st.one_of(BAD_SCALAR_KINDS, st.just(-1)))
        return Drawn(Raw(1.0, 1, kind), f"Scalar kind {kind}", VALUE)
    return Drawn(draw(st.one_of(I64, F64, st.booleans())))


@st.composite
def dtype_argument(draw: st.DrawFn, t: SchemaType) -> Drawn:
    if rarely(draw):
        code = draw(UNLISTED_DTYPE_CODES if t.optional else st.one_of(UNLISTED_DTYPE_CODES, st.just(-1)))
        return Drawn(Raw(code), f"dtype code {code}", VALUE)
    return Drawn(draw(st.sampled_from(CATALOGUE_DTYPES)))


@st.composite
def device_argument(draw: st.DrawFn, t: SchemaType) -> Drawn:
    if rarely(draw):
        device_type, index = draw(UNLISTED_DEVICES if t.optional else st.one_of(UNLISTED_DEVICES, st.just((-1, -1))))
        return Drawn(Raw(device_type, index), f"device ({device_type}, {index})", VALUE)
    device = draw(DEVICES)
    if torch.device(device).type == "cuda" and not torch.cuda.is_available():  # refused as it is converted
        return Drawn(device, "a CUDA device without CUDA", UNAVAILABLE)
    return Drawn(device)


@st.composite
def text_argument(draw: st.DrawFn, t: SchemaType) -> Drawn:
    if rarely(draw):
        if not t.optional and draw(st.booleans()):
            return Drawn(Raw(ffi.NULL), "NULL text", VALUE)
        if t.enum is not None:  # refused with the enum's own error code, as PyTorch's class
            text = draw(BAD_TEXT)
            return Drawn(text, f"{t.enum.name} {text!r}", ERROR_CODES[t.enum.error])
    if t.enum is None:
        return Drawn(draw(st.text(max_size=8)))
    return Drawn(draw(st.sampled_from(t.enum.values)))


@st.composite
def argument(draw: st.DrawFn, t: SchemaType) -> Drawn:
    """A value for a parameter of type t, valid or (for every key with an invalid encoding) not."""
    if t.optional and not t.base == "Tensor" and draw(st.integers(0, 3)) == 0:
        return Drawn(None)
    if abi.param_lowering(t).is_array and rarely(draw):
        return draw(bad_array(t))
    if t.base in ("Tensor", "Stream"):
        return draw(handle_list_argument(t) if t.is_list else handle_argument(t))
    if t.is_list:
        return Drawn(draw(int_lists(t) if t.base == "int" else FLOATS))
    if t.base == "Scalar":
        return draw(scalar_argument(t))
    if t.base == "ScalarType":
        return draw(dtype_argument(t))
    if t.base == "Device":
        return draw(device_argument(t))
    if t.enum is not None or t.base == "str":
        return draw(text_argument(t))
    plain: dict[str, st.SearchStrategy[Any]] = {"int": I64, "int32": I32, "float": F64, "bool": st.booleans()}
    return Drawn(draw(plain[t.base]))


# Keys whose every value is a valid encoding (any int is an int): nothing invalid to draw. And
# a stream can only be made with CUDA: every Stream drawn here is a bad handle.
NO_INVALID_FORM = frozenset({"int", "int32", "float", "bool", "int?", "float?", "bool?"})
NO_VALID_FORM = frozenset({"Stream"})
# Except where the reference documents that a stream handle is not looked up (its to_stream
# ignores it; its sync of an unknown handle does nothing, its query answers true): there any
# value is accepted, so a drawn stream is no invalid argument.
UNCHECKED = frozenset({("rt_torch_torchtensor_to_stream", "stream"), ("rt_torch_torchstream_sync", "handle"), ("rt_torch_torchstream_query", "handle")})


# State-changing functions whose effect would outlive the example are rebalanced after it.
THREADS = lib.rt_torch_get_num_threads()
DEFAULT_DTYPE = lib.rt_torch_get_default_dtype()


def _end_all(end: Callable[[], None]) -> int:
    """Ends the open regions of one kind from the innermost: an end without one (or at a region
    of another kind) is an error, which stops it. Returns how many it ended."""
    ended = 0
    while True:
        end()
        if lib.rt_torch_error_code() != 0:
            break
        ended += 1
    lib.rt_torch_error_clear()
    return ended


def _reset_thread_state() -> None:
    if lib.rt_torch_get_num_threads() != THREADS:  # the intra-op thread count is per process
        lib.rt_torch_set_num_threads(THREADS)
    if lib.rt_torch_get_default_dtype() != DEFAULT_DTYPE:  # so is the default dtype
        lib.rt_torch_set_default_dtype(DEFAULT_DTYPE)
    while _end_all(lib.rt_torch_autograd_no_grad_end_v2) + _end_all(lib.rt_torch_autograd_grad_mode_end):
        pass  # the grad-mode regions of both kinds, on one stack
    _end_all(lib.rt_torch_autocast_end)
    lib.rt_torch_autograd_no_grad_end()  # the reference's guard: deleted if there is one
    torch.set_grad_enabled(True)  # the two kinds of region restore in the order they ended


def reference_case(fn: Function) -> Case | None:
    for case in CASES.get(fn.name, []):
        if case.torch is not None and not case.cuda and case.compare != "meta":
            return case
    return None


def check_error(fn: Function, exc: BridgeError) -> None:
    assert exc.code in CODES, f"{fn.name}: undocumented error code {exc.code}"
    assert exc.message.startswith(f"{fn.name}: ") and len(exc.message) > len(fn.name) + 2, exc.message
    assert "Exception raised from" not in exc.message, "no C++ backtrace in messages"


# Freeing is exercised by the lifecycle machine; functions that keep the error state (the
# destructor's release) report nothing by design, so the error contract does not apply.
# An `unsafe` entry takes an address the bridge cannot check (DLPack): a random one would crash by
# contract; tests/bridge_cases.py and test_python_interop.py test them with real ones.
FUNCTIONS = [f for f in CATALOGUE.functions if f.name != "rt_torch_torchtensor_free" and not f.keeps_error_state and not f.unsafe]
# What releases a result that is no handle: a DLPack export (its address), freed after the call.
RELEASE = {"rt_torch_torchtensor_to_dlpack": "rt_torch_dlpack_free"}


def fuzz_one(data: st.DataObject, functions: list[Function], seen: Counter[str] | None = None) -> None:
    """One random call: it must fail with the code its invalid arguments call for, or agree
    with PyTorch (fail where PyTorch fails, equal its result where it succeeds)."""
    fn = data.draw(st.sampled_from(functions), label="function")
    drawn = [data.draw(argument(p.type), label=p.name) for p in fn.params]
    drawn = [Drawn(d.value) if (fn.name, p.name) in UNCHECKED else d for p, d in zip(fn.params, drawn)]
    for p, d in zip(fn.params, drawn):
        key = p.type.key
        COUNTS[f"key {key}: {'invalid' if d.bad else 'None' if d.value is None else 'valid'}"] += 1
        if seen is not None:
            seen[f"{key} {'invalid' if d.bad else 'valid'}"] += 1
    values = [d.value for d in drawn]
    bad = {d.bad: d.code for d in drawn if d.bad}
    start = lib.rt_torch_live_handles()
    COUNTS["calls"] += 1
    COUNTS["calls with an invalid argument" if bad else "calls with well-typed arguments"] += 1
    try:
        try:
            seed = 1234
            lib.rt_torch_manual_seed(seed)
            actual = BRIDGE.call(fn.name, *values)
            if fn.name in RELEASE:
                BRIDGE.call(RELEASE[fn.name], actual, *values[1:])
            outcome: Any = ("ok", actual)
        except BridgeError as exc:
            check_error(fn, exc)
            outcome = ("error", exc)
            COUNTS[f"failed: {exc.name}"] += 1
        if bad:
            assert outcome[0] == "error", f"{fn.name} accepted {sorted(bad)}"
            assert outcome[1].code in bad.values(), f"{fn.name}: {sorted(bad)} gave {outcome[1]}"
            return
        if outcome[0] == "ok":
            COUNTS["succeeded"] += 1
        case = reference_case(fn)
        if case is None or case.torch is None:
            return
        torch.manual_seed(seed)
        try:
            with warnings.catch_warnings():  # PyTorch's own warnings for odd inputs are expected here
                warnings.simplefilter("ignore")
                expected = case.torch(*values)
        except Exception as exc:  # PyTorch rejects it: the bridge must too
            COUNTS["compared: both failed" if outcome[0] == "error" else "compared: MISMATCH"] += 1
            assert outcome[0] == "error", f"{fn.name}{tuple(values)}: PyTorch raised {exc!r} but the bridge returned {outcome[1]!r}"
            return
        if outcome[0] == "error":
            COUNTS["compared: MISMATCH"] += 1
            raise AssertionError(f"{fn.name}{tuple(values)}: the bridge failed ({outcome[1]}) where PyTorch returned {expected!r}")
        assert_agrees(fn, outcome[1], expected, case)
        COUNTS["compared: equal to PyTorch"] += 1
    finally:
        _reset_thread_state()
        assert lib.rt_torch_live_handles() == start, f"{fn.name} leaked handles"


@FUZZ_SETTINGS
@given(data=st.data())
def test_random_calls_never_crash_and_keep_the_contract(data: st.DataObject) -> None:
    fuzz_one(data, FUNCTIONS)


# Every lowering key some function takes, fuzzed on the functions that take it.
FUZZED_KEYS = [k for k in abi.LOWERING if any(p.type.key == k for f in FUNCTIONS for p in f.params)]


@pytest.mark.parametrize("key", FUZZED_KEYS)
def test_every_lowering_key_gets_valid_and_invalid_values(key: str) -> None:
    functions = [f for f in FUNCTIONS if any(p.type.key == key for p in f.params)]
    seen: Counter[str] = Counter()

    @settings(FUZZ_SETTINGS, max_examples=max(EXAMPLES // 15, 20))
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        fuzz_one(data, functions, seen)

    run()
    if key not in NO_VALID_FORM:
        assert seen[f"{key} valid"] > 0, f"no valid {key} was drawn"
    if key not in NO_INVALID_FORM:
        assert seen[f"{key} invalid"] > 0, f"no invalid {key} was drawn"


class HandleLifecycle(RuleBasedStateMachine):
    """Random create / operate / free sequences against a model of the live handles."""

    live = Bundle("live")
    dead = Bundle("dead")

    def __init__(self) -> None:
        super().__init__()
        self.start = lib.rt_torch_live_handles()
        self.shadow: dict[int, torch.Tensor] = {}

    @rule(target=live, value=tensors())
    def create(self, value: torch.Tensor) -> int:
        h = BRIDGE.tensor(value)
        self.shadow[h] = value
        COUNTS["lifecycle: create"] += 1
        return h

    @rule(target=live, a=live, b=live)
    def add(self, a: int, b: int) -> int:
        COUNTS["lifecycle: operate"] += 1
        try:
            expected = torch.add(self.shadow[a], self.shadow[b])
        except RuntimeError:
            with pytest.raises(BridgeError):
                BRIDGE.call("rt_torch_torchtensor_add", Handle(a), Handle(b), keep=True)
            return self.create(torch.zeros(1))
        h = BRIDGE.call("rt_torch_torchtensor_add", Handle(a), Handle(b), keep=True).value
        self.shadow[h] = expected
        return h

    @rule(target=dead, h=consumes(live))
    def free(self, h: int) -> int:
        BRIDGE.free(h)
        del self.shadow[h]
        COUNTS["lifecycle: free"] += 1
        return h

    @rule(h=dead)
    def use_after_free(self, h: int) -> None:
        COUNTS["lifecycle: use after free"] += 1
        with pytest.raises(BridgeError) as info:
            BRIDGE.call("rt_torch_torchtensor_numel", Handle(h))
        assert info.value.code == 1 and "was already freed" in info.value.message

    @rule(h=dead)
    def double_free(self, h: int) -> None:
        COUNTS["lifecycle: double free"] += 1
        with pytest.raises(BridgeError) as info:
            BRIDGE.free(h)
        assert info.value.code == 1

    @rule(h=live)
    def read_back(self, h: int) -> None:
        assert torch.equal(BRIDGE.to_torch(h), self.shadow[h]) or torch.allclose(
            BRIDGE.to_torch(h), self.shadow[h], equal_nan=True
        )

    @invariant()
    def live_count_matches_the_model(self) -> None:
        assert lib.rt_torch_live_handles() == self.start + len(self.shadow)

    def teardown(self) -> None:
        for h in list(self.shadow):
            BRIDGE.free(h)
        assert lib.rt_torch_live_handles() == self.start


TestHandleLifecycle = HandleLifecycle.TestCase
TestHandleLifecycle.settings = settings(
    max_examples=max(EXAMPLES // 10, 10), stateful_step_count=30, deadline=None, derandomize=not RANDOM
)
