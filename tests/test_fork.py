"""fork() while other threads are inside the bridge (tests/native/forks.c).

Hammer threads create, use, update in place and free tensors without pause while the main
thread forks; each child runs bridge calls under alarm() (a hung child is killed by SIGALRM) and
exits 0 only when its calls worked: a new tensor, a shared and an exclusive call, a backward, a
tensor the parent made, its own error and message, the live-handle count. Before the bridge took
its locks around fork(), a child inherited the handle table's spin lock held now and then and
spun for ever (23 of 2,000 children on the development machine).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import GENERATED, compile_native, stress_runs

FORKS = int(os.environ.get("SFFI_FORKS", "2000"))  # about 6 s on the 2-core development machine
HAMMER_THREADS = 3
CHILD_TIMEOUT_S = 20  # a child needs milliseconds; a hung one is killed after this


@pytest.fixture(scope="module")
def forks_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return compile_native("forks.c", tmp_path_factory.mktemp("native") / "forks")


@pytest.mark.parametrize("run", range(stress_runs()))
def test_children_forked_among_busy_threads_never_hang(forks_program: Path, run: int) -> None:
    proc = subprocess.run(
        [str(forks_program), str(FORKS), str(HAMMER_THREADS), str(CHILD_TIMEOUT_S)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    stats = dict(re.findall(r"(\w+)=(-?\d+)", proc.stdout))
    assert stats, proc.stderr[-4000:]
    assert stats["hung"] == "0", proc.stdout
    # Statuses 10-14 name the child's failed check (forks.c); 0: every child exited cleanly.
    assert stats["failed"] == "0", proc.stdout
    assert stats["exited_ok"] == str(FORKS), proc.stdout
    assert int(stats["hammer_calls_during_forks"]) > 0, "the other threads were calling the bridge meanwhile"
    assert stats["hammer_failures"] == "0" and stats["live_after"] == "0", proc.stdout
    assert proc.returncode == 0, proc.stderr[-4000:]


def test_the_header_says_what_a_forked_child_may_do() -> None:
    header = " ".join(line.strip(" *") for line in (GENERATED / "cpp" / "torch_sffi.h").read_text().splitlines())
    assert "fork(): the bridge takes its locks around fork()" in header
    assert "one intra-op thread (set_num_threads(1) of this library, as torch.set_num_threads(1) in PyTorch's DataLoader workers)" in header


PYTHON_FORKS = int(os.environ.get("SFFI_PYTHON_FORKS", "2000"))


def test_python_children_forked_among_busy_threads_never_hang() -> None:
    """The same through torch_sffi: Python threads hammer the package (creation, methods,
    operators, scopes, in-place updates, gradients) while the main thread forks; each child
    computes under alarm() and reports through its exit status."""
    script = f"""
import os, signal, threading, torch_sffi as ts
stop = threading.Event()
def hammer():
    w = ts.ones(8, requires_grad=True)
    while not stop.is_set():
        with ts.scope():
            x = ts.rand(16, 16) @ ts.rand(16, 16)
            x.add_(1).relu()[0].tolist()
            (w * 2).sum().backward()
            w.grad = None
threads = [threading.Thread(target=hammer) for _ in range({HAMMER_THREADS})]
for t in threads:
    t.start()
hung = failed = 0
for _ in range({PYTHON_FORKS}):
    pid = os.fork()
    if pid == 0:
        signal.alarm({CHILD_TIMEOUT_S})
        try:
            ok = (ts.ones(3) * 2 + 1).tolist() == [3.0, 3.0, 3.0]
            w = ts.ones(2, requires_grad=True)
            (w * 3).sum().backward()
            ok = ok and w.grad.tolist() == [3.0, 3.0]
        except BaseException:
            ok = False
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        hung += 1
    elif os.WEXITSTATUS(status) != 0:
        failed += 1
stop.set()
for t in threads:
    t.join()
print(f"hung={{hung}} failed={{failed}}")
"""
    import sys

    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-4000:]
    assert "hung=0 failed=0" in proc.stdout, proc.stdout + proc.stderr[-2000:]
