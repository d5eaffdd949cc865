"""Fuzzing the C ABI (hypothesis, bounded): every catalogue function with random valid and
invalid handles, bad shapes and dims, NaN and inf, empty and zero-size inputs, allocations too
large to satisfy, and random create / operate / free sequences.

Each call must either succeed and agree with PyTorch (where the case table has a PyTorch
counterpart) or fail with a documented error code and a message naming the function; the
process must never crash. The suite counts its calls by kind and writes the counts to
build/reports/fuzz.json (and prints them at the end of the run).
"""

from __future__ import annotations

import json
import math
import os
import warnings
from collections import Counter
from typing import Any, Iterator

import pytest
import torch
from bridge_cases import CASES, Case
from bridge_util import Bridge, BridgeError, Handle
from conftest import BUILD, SPEC
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule
from test_bridge import assert_same

from generator.loader import load_catalogue
from generator.model import Function

try:
    from torch_sffi._native import lib
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


@st.composite
def argument(draw: st.DrawFn, type_name: str) -> tuple[Any, str | None]:
    """A value for a parameter, and the kind of badness it carries (None for a good one)."""
    if type_name in ("tensor", "tensor?"):
        if draw(st.integers(0, 9)) == 0:
            kind, value = draw(BAD_HANDLES)
            if not (kind == "zero" and type_name == "tensor?"):
                return Handle(value), f"bad handle ({kind})"
        if type_name == "tensor?" and draw(st.booleans()):
            return None, None
        return draw(tensors()), None
    if type_name == "stream":
        kind, value = draw(BAD_HANDLES)
        return Handle(value), f"bad handle ({kind})"  # no stream can exist on a CPU build
    if type_name == "tensor[]":
        return draw(st.lists(tensors(), max_size=3)), None
    if type_name == "i64":
        return draw(I64), None
    if type_name == "i32":
        return draw(I32), None
    if type_name == "f64":
        return draw(F64), None
    if type_name == "bool":
        return draw(st.booleans()), None
    if type_name == "i64[]":
        return draw(DIMS), None
    if type_name == "f64[]":
        return draw(FLOATS), None
    raise AssertionError(f"no strategy for {type_name}")


# State-changing functions whose effect would outlive the example are rebalanced after it.
def _reset_thread_state() -> None:
    while True:
        lib.rt_torch_autograd_no_grad_end()
        if lib.rt_torch_error_code() != 0:
            break
    lib.rt_torch_error_clear()


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
FUNCTIONS = [f for f in CATALOGUE.functions if f.name != "rt_torch_torchtensor_free" and not f.keeps_error_state]


@FUZZ_SETTINGS
@given(data=st.data())
def test_random_calls_never_crash_and_keep_the_contract(data: st.DataObject) -> None:
    fn = data.draw(st.sampled_from(FUNCTIONS), label="function")
    drawn = [data.draw(argument(p.type.name), label=p.name) for p in fn.params]
    values = [v for v, _ in drawn]
    bad = [b for _, b in drawn if b]
    start = lib.rt_torch_live_handles()
    COUNTS["calls"] += 1
    COUNTS["calls with a bad handle" if bad else "calls with well-typed arguments"] += 1
    try:
        try:
            seed = 1234
            lib.rt_torch_manual_seed(seed)
            actual = BRIDGE.call(fn.name, *values)
            outcome: Any = ("ok", actual)
        except BridgeError as exc:
            check_error(fn, exc)
            outcome = ("error", exc)
            COUNTS[f"failed: {exc.name}"] += 1
        if bad:
            assert outcome[0] == "error" and outcome[1].code == 1, f"{fn.name} accepted a bad handle: {bad}"
            return
        if outcome[0] == "ok":
            COUNTS["succeeded"] += 1
        case = reference_case(fn)
        if case is None:
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
        assert_same(outcome[1], expected, case)
        COUNTS["compared: equal to PyTorch"] += 1
    finally:
        _reset_thread_state()
        assert lib.rt_torch_live_handles() == start, f"{fn.name} leaked handles"


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
