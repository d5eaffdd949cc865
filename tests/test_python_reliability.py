"""torch_sffi under stress: random operation sequences mirrored in PyTorch (hypothesis), and
several Python threads using the package at once (cffi releases the interpreter lock around
every bridge call and the C operators of _core.TensorBase release it around theirs, so the
bridge really runs in parallel: measured below)."""

from __future__ import annotations

import gc
import threading
import time
from typing import Any, Callable

import pytest
import torch
import torch_sffi as ts
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, rule

BASELINE: dict[str, int] = {}


@pytest.fixture(scope="module", autouse=True)
def baseline() -> None:
    """Live handles before this module's tests (other modules may hold tensors of their own)."""
    gc.collect()
    BASELINE.setdefault("live", ts.live_handles())


SHAPES = st.lists(st.integers(1, 3), min_size=0, max_size=3)


@st.composite
def pairs(draw: st.DrawFn) -> tuple[ts.Tensor, torch.Tensor]:
    shape = draw(SHAPES)
    values = torch.randn(shape, generator=torch.Generator().manual_seed(draw(st.integers(0, 10_000))))
    if draw(st.booleans()):
        values = values.to(torch.float64)
    return ts.tensor(values.tolist(), dtype=ts.float64 if values.dtype == torch.float64 else ts.float32), values


BINARY: dict[str, Callable[[Any, Any], Any]] = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "div": lambda a, b: a / b,
    "matmul": lambda a, b: a @ b,
}
UNARY: dict[str, Callable[[Any], Any]] = {
    "neg": lambda a: -a,
    "abs": lambda a: a.abs(),
    "exp": lambda a: a.exp(),
    "relu": lambda a: a.relu(),
    "flatten": lambda a: a.flatten(),
    "t": lambda a: a.t(),
    "sum0": lambda a: a.sum(dim=0),
    "softmax-1": lambda a: a.softmax(-1),
    "unsqueeze1": lambda a: a.unsqueeze(1),
    "max-1": lambda a: a.max(-1).values,
    "argmin": lambda a: a.argmin(),
    "sum": lambda a: a.sum(),
    "mean1": lambda a: a.mean(1, keepdim=True),
    "pow2": lambda a: a**2,
    "2-a": lambda a: 2 - a,
    "1.5/a": lambda a: 1.5 / a,
    "2**a": lambda a: 2**a,
    "a[..., 0]": lambda a: a[..., 0],
    "a[None, :1]": lambda a: a[None, :1],
    "squeeze": lambda a: a.squeeze(),
    "to64": lambda a: a.to(dtype=ts.float64 if isinstance(a, ts.Tensor) else torch.float64),
}
EXPECTED_ERRORS = (RuntimeError, IndexError, ValueError, TypeError)


def same(ours: ts.Tensor, theirs: torch.Tensor) -> bool:
    got = torch.tensor(ours.tolist(), dtype=theirs.dtype).reshape(ours.shape)
    return got.shape == theirs.shape and torch.allclose(got, theirs, equal_nan=True, rtol=0, atol=0)


class MirroredOperations(RuleBasedStateMachine):
    """Every operation runs on torch_sffi and on PyTorch: both succeed alike or both raise,
    and ours raises a TorchError that is also the built-in exception PyTorch raised."""

    live = Bundle("live")
    dead = Bundle("dead")

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    @rule(target=live, pair=pairs())
    def create(self, pair: tuple[ts.Tensor, torch.Tensor]) -> tuple[ts.Tensor, torch.Tensor]:
        self.count += 1
        return pair

    def _apply(self, fn: Callable[..., Any], ours: list[ts.Tensor], theirs: list[torch.Tensor]) -> tuple[ts.Tensor, torch.Tensor] | None:
        try:
            expected = fn(*theirs)
        except EXPECTED_ERRORS as exc:
            with pytest.raises(ts.TorchError) as info:
                fn(*ours)
            builtin = next(t for t in EXPECTED_ERRORS if isinstance(exc, t))
            assert isinstance(info.value, builtin), f"{info.value!r} is not a {builtin.__name__} like {exc!r}"
            assert "Exception raised from" not in str(info.value)
            return None
        result = fn(*ours)
        assert same(result, expected), (result, expected)
        self.count += 1
        return result, expected

    @rule(target=live, op=st.sampled_from(sorted(BINARY)), a=live, b=live)
    def binary(self, op: str, a: tuple[ts.Tensor, torch.Tensor], b: tuple[ts.Tensor, torch.Tensor]) -> Any:
        out = self._apply(BINARY[op], [a[0], b[0]], [a[1], b[1]])
        return out if out is not None else self.create((ts.zeros([1]), torch.zeros(1)))

    @rule(target=live, op=st.sampled_from(sorted(UNARY)), a=live)
    def unary(self, op: str, a: tuple[ts.Tensor, torch.Tensor]) -> Any:
        out = self._apply(UNARY[op], [a[0]], [a[1]])
        return out if out is not None else self.create((ts.ones([2]), torch.ones(2)))

    @rule(target=dead, a=consumes(live))
    def free(self, a: tuple[ts.Tensor, torch.Tensor]) -> ts.Tensor:
        a[0].free()
        self.count -= 1
        return a[0]

    @rule(t=dead)
    def use_after_free(self, t: ts.Tensor) -> None:
        with pytest.raises(ts.InvalidHandleError, match="was already freed"):
            t.sum(dim=0)
        with pytest.raises(ts.InvalidHandleError, match="was already freed"):
            t.free()



TestMirroredOperations = MirroredOperations.TestCase
TestMirroredOperations.settings = settings(max_examples=100, stateful_step_count=25, deadline=None, derandomize=True)


def test_no_handles_left_after_the_mirrored_runs() -> None:
    gc.collect()
    assert ts.live_handles() == BASELINE["live"], "every tensor of the random runs was freed"


def test_threads_use_the_package_at_once() -> None:
    gc.collect()
    start = ts.live_handles()
    errors: list[BaseException] = []
    iterations = 400

    def worker(k: int) -> None:
        try:
            for i in range(iterations):
                with ts.scope():
                    x = ts.full([8, 8], float(k))
                    y = (x @ x).relu() + x
                    assert y.sum().item() == 8 * 64 * k * k + 64 * k
                    if i % 7 == 0:  # an error of this thread, reported to this thread only
                        with pytest.raises(ts.TorchIndexError, match="Dimension out of range") as info:
                            x.transpose(0, 9)
                        assert isinstance(info.value, IndexError)
                        assert ts.error_code() == 2
                        assert x.sum(dim=0).shape == (8,)
                        assert ts.error_code() == 0
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(1, 7)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors[0]
    gc.collect()
    assert ts.live_handles() == start


def _spin_rate(call: Callable[[], object]) -> float:
    """How fast another Python thread counts while this one makes `call`, relative to how fast
    it counts while this one sleeps: near 0 if the call holds the interpreter lock."""
    counter = [0]
    stop = threading.Event()

    def spin() -> None:
        while not stop.is_set():
            counter[0] += 1

    thread = threading.Thread(target=spin)
    thread.start()
    try:
        time.sleep(0.05)
        before, start = counter[0], time.perf_counter()
        time.sleep(0.2)
        idle_rate = (counter[0] - before) / (time.perf_counter() - start)
        before, start = counter[0], time.perf_counter()
        call()
        busy_rate = (counter[0] - before) / (time.perf_counter() - start)
    finally:
        stop.set()
        thread.join()
    return busy_rate / idle_rate


@pytest.mark.parametrize(
    "route",
    ["C operator x @ y", "Tensor.matmul (cffi)", "torch_sffi.matmul (cffi)", "nn.linear (cffi)"],
)
def test_bridge_calls_release_the_interpreter_lock(route: str) -> None:
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # libtorch on one core; the counting thread on another
    try:
        x = ts.randn(2000, 2000)
        calls: dict[str, Callable[[], object]] = {
            "C operator x @ y": lambda: x @ x,
            "Tensor.matmul (cffi)": lambda: x.matmul(x),
            "torch_sffi.matmul (cffi)": lambda: ts.matmul(x, x),
            "nn.linear (cffi)": lambda: ts.nn.linear(x, x),
        }
        start = time.perf_counter()
        calls[route]()
        assert time.perf_counter() - start > 0.05, "the call is too short to tell"
        rate = _spin_rate(calls[route])
    finally:
        torch.set_num_threads(threads)
    assert rate > 0.2, f"{route}: another thread ran at {rate:.2f} of its speed during the call (the lock was held)"
