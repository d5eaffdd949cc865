"""Threads: several threads creating, using and freeing tensors at once through the C ABI, and
several threads using one tensor through several handles (aliases) at once.

The workers are plain C (tests/native/threads.c and aliases.c, also proof that torch_sffi.h is a
C header), so the threads really run in parallel: no interpreter lock in the way. Handles also
cross threads (one thread frees what another made, or reads a handle being freed meanwhile).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import compile_native, stress_runs

# 8 threads share this many iterations (`make stress` repeats the run; docs/reliability.md has
# the figures). About 7 s on the 2-core development machine, 12 s under AddressSanitizer.
ALIAS_ITERATIONS = int(os.environ.get("SFFI_ALIAS_ITERATIONS", "1000000"))
ALIAS_OPERATIONS = (
    "grad", "set_grad", "zero_grad", "backward", "requires_grad", "set_requires_grad",
    "inplace", "inplace_no_grad", "functional", "alias", "replace",
)  # fmt: skip


@pytest.fixture(scope="module")
def threads_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_native("threads.c", tmp_path_factory.mktemp("native") / "threads")


@pytest.fixture(scope="module")
def aliases_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_native("aliases.c", tmp_path_factory.mktemp("native") / "aliases")


def summary(proc: subprocess.CompletedProcess[str]) -> dict[str, str]:
    assert proc.returncode == 0, (proc.stderr[-4000:] + proc.stdout)[-6000:]
    return dict(re.findall(r"(\w+)=(-?\d+)", proc.stdout))


@pytest.mark.parametrize(("threads", "iterations"), [(8, 2000), (2, 20000)])
def test_threads_share_the_bridge_safely(threads_program: Path, threads: int, iterations: int) -> None:
    proc = subprocess.run([str(threads_program), str(threads), str(iterations)], capture_output=True, text=True, timeout=300)
    stats = summary(proc)
    assert stats["failures"] == "0"
    assert stats["live_before"] == stats["live_after"]
    assert int(stats["cross_thread_frees"]) > 0, "handles crossed threads"
    assert int(stats["own_errors"]) == threads * ((iterations + 9) // 10)


@pytest.mark.parametrize("run", range(stress_runs()))
def test_threads_use_aliases_of_one_tensor_safely(aliases_program: Path, run: int) -> None:
    """8 threads read and write the gradients, requires-grad flags, graphs and elements of a few
    tensors through the aliases contiguous(), cpu(), to_dtype and real() return: no crash and no
    error but those PyTorch raises for the interleaving (aliases.c lists them)."""
    seed = str(run + 1)
    proc = subprocess.run([str(aliases_program), "8", str(ALIAS_ITERATIONS), seed], capture_output=True, text=True, timeout=600)
    stats = summary(proc)
    assert stats["failures"] == "0"
    assert stats["aliases_shared"] == "1", "contiguous(), cpu(), to_dtype and real() returned the tensor itself"
    assert stats["live_before"] == stats["live_after"] == "0"
    assert int(stats["iterations"]) == ALIAS_ITERATIONS
    for op in ALIAS_OPERATIONS:
        assert int(stats[f"ok_{op}"]) > 0, f"no {op} succeeded: {proc.stdout}"


@pytest.fixture(scope="module")
def custom_function_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_native("custom_function.c", tmp_path_factory.mktemp("native") / "custom_function")


@pytest.mark.parametrize(("threads", "iterations"), [(8, 200), (2, 1000)])
def test_custom_function_callbacks_under_threads(custom_function_program: Path, threads: int, iterations: int) -> None:
    """C backward callbacks (rt_torch_backward_fn) making in-place updates inside backward on
    several threads, beside a thread of in-place updates: no deadlock (the callback's thread sets
    its share of the call lock aside; without that the first in-place call in a callback waits
    forever), right gradients, every handle and user data freed."""
    proc = subprocess.run([str(custom_function_program), str(threads), str(iterations)], capture_output=True, text=True, timeout=120)
    stats = summary(proc)
    runs = str(threads * iterations)
    assert stats["failures"] == "0"
    assert stats["applied"] == stats["backwards"] == stats["frees"] == runs
    assert stats["live_before"] == stats["live_after"]
