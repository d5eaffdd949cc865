"""Interrupts and re-entrant calls in the Python tier: no result lost, no error clobbered.

A timer signal whose handler raises interrupts calls of every kind thousands of times, at
whatever bytecode it lands on: every tensor the interrupted calls made must be freed (live
handles back to the baseline, resident memory flat), because each call owns its result in C
before any Python code can run. A handler that itself calls the bridge, failing calls
included, must not change the error a failing call raises.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
from typing import Any, Callable

import pytest

ts = pytest.importorskip("torch_sffi")

INTERVAL = 0.0002  # seconds between timer signals
WANTED = 2000  # interrupts per kind of call
LIMIT = 10.0  # seconds per kind at most (the count depends on the machine's load)


class Tick(Exception):
    """What the timer's handler raises (as KeyboardInterrupt would be, on Ctrl-C)."""


class Timer:
    """SIGALRM every INTERVAL; the handler raises Tick once per arming (never inside `except`)."""

    def __init__(self, handler: Callable[[], None] | None = None) -> None:
        self.armed = False
        self.fired = 0
        self.extra = handler

    def _handle(self, signum: int, frame: object) -> None:
        self.fired += 1
        if self.extra is not None:
            self.extra()
        if self.armed:
            self.armed = False
            raise Tick

    def __enter__(self) -> Timer:
        # A Tick that lands in a finalizer run by the garbage collector is "unraisable"; pytest's
        # hook would keep it, with its traceback and the tensors of its frames, past the count.
        self.hook = sys.unraisablehook
        sys.unraisablehook = lambda unraisable: None
        self.previous = signal.signal(signal.SIGALRM, self._handle)
        signal.setitimer(signal.ITIMER_REAL, INTERVAL, INTERVAL)
        return self

    def __exit__(self, *exc: object) -> None:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        sys.unraisablehook = self.hook


def rss() -> int:
    with open(f"/proc/{os.getpid()}/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def interrupt(call: Callable[[], Any]) -> int:
    """Runs call() over and over under the timer until WANTED of them were interrupted."""
    interrupts = 0
    deadline = time.monotonic() + LIMIT
    with Timer() as timer:
        while interrupts < WANTED and time.monotonic() < deadline:
            try:
                timer.armed = True
                call()
                timer.armed = False
            except Tick:
                interrupts += 1
    return interrupts


N = 64 * 1024  # 256 KiB per float32 result: a leak of thousands of them shows in RSS


def kinds() -> dict[str, Callable[[], Callable[[], Any]]]:
    """Each kind of call, made from fresh inputs (a factory, so the inputs exist before the baseline)."""

    def method() -> Callable[[], Any]:
        x, y = ts.rand(256, 256), ts.rand(256, 256)
        return lambda: (x.matmul(y), x.relu(), x.sum(dim=0), x.max(dim=0))

    def function() -> Callable[[], Any]:
        x = ts.rand(N)
        return lambda: (ts.zeros(N), ts.cat([x, x]), ts.stack([x, x]))

    def operator() -> Callable[[], Any]:
        x, y = ts.rand(N), ts.rand(N)
        return lambda: (x + y, x * 2, -x, 2.5 - x)

    def creation() -> Callable[[], Any]:
        data = [float(i) for i in range(4096)]
        return lambda: (ts.tensor(data), ts.ones(N), ts.full([N], 3.0), ts.arange(0, N, 1))

    def nn() -> Callable[[], Any]:
        x, w = ts.rand(2, 3, 16, 16), ts.rand(4, 3, 3, 3)
        return lambda: (ts.nn.conv2d(x, w, padding=1), ts.nn.max_pool2d(x, 2), ts.nn.softmax(x, 1))

    def indexing() -> Callable[[], Any]:
        x = ts.rand(64, N // 64)
        return lambda: (x[0], x[:, 1:], x[1:3, None, ...], x[[0, 2]], list(x[:4]), repr(x))

    def training() -> Callable[[], Any]:
        w = ts.rand(64, 64, requires_grad=True)
        opt = ts.optim.Adam([w], lr=1e-3)
        x = ts.rand(32, 64)

        def step() -> None:
            opt.zero_grad()
            ((x @ w).relu().sum()).backward()
            opt.step()

        step()  # the optimizer's state exists before the baseline
        return step

    return {"method": method, "function": function, "operator": operator, "creation": creation, "nn": nn, "indexing": indexing, "training": training}


@pytest.mark.parametrize("kind", list(kinds()))
@pytest.mark.parametrize("scoped", [False, True], ids=["plain", "in-scope"])
def test_an_interrupted_call_loses_no_tensor(kind: str, scoped: bool) -> None:
    call = kinds()[kind]()
    for _ in range(20):  # warm up the allocator and every code path
        call()
    gc.collect()
    handles, memory = ts.live_handles(), rss()
    if scoped:
        with ts.scope():
            interrupts = interrupt(call)
    else:
        interrupts = interrupt(call)
    gc.collect()
    assert interrupts >= WANTED // 10, f"only {interrupts} interrupts landed"
    assert ts.live_handles() == handles, f"{ts.live_handles() - handles} handles lost in {interrupts} interrupts"
    grown = rss() - memory
    assert grown < 5 * 2**20, f"resident memory grew {grown / 2**20:.1f} MiB over {interrupts} interrupts"


def test_a_handler_that_calls_the_bridge_does_not_change_the_callers_error() -> None:
    """Failing calls under a timer whose handler makes its own calls, failing ones too: each
    failing call raises its own exception class with its own message."""
    a, b = ts.rand(2, 3), ts.rand(4, 5)
    small, big = ts.zeros(2), ts.zeros(3)

    def busy_handler() -> None:
        ts.zeros(1).add(1)
        try:
            small + big  # fails: a different function and message
        except ts.TorchRuntimeError:
            pass
        try:
            ts.zeros(1).select(5, 0)  # fails: another class
        except IndexError:
            pass

    wrong = 0
    failures = 0
    deadline = time.monotonic() + 3.0
    with Timer(busy_handler) as timer:
        while time.monotonic() < deadline:
            try:
                a.matmul(b)
            except ts.TorchRuntimeError as e:
                failures += 1
                if "rt_torch_torchtensor_matmul" not in str(e) or "cannot be multiplied" not in str(e):
                    wrong += 1
            except Exception:
                wrong += 1
    assert timer.fired > 1000, f"the handler ran only {timer.fired} times"
    assert failures > 1000
    assert wrong == 0, f"{wrong} of {failures} failing calls raised someone else's error"


def test_an_interrupt_never_leaves_no_grad_on() -> None:
    """no_grad() is begun and ended in C: an exception a signal handler raises anywhere in a
    `with no_grad():` statement leaves gradient recording as it was."""
    w = ts.ones(2, requires_grad=True)

    def region() -> None:
        with ts.autograd.no_grad():
            w * 2

    interrupts = interrupt(region)
    assert interrupts >= WANTED // 10
    assert (w * 2).requires_grad, "an interrupted no_grad() left gradient recording off"
