"""Threads: several threads creating, using and freeing tensors at once through the C ABI.

The worker is plain C (tests/native/threads.c, also proof that torch_sffi.h is a C header),
so the threads really run in parallel: no interpreter lock in the way. Handles also cross
threads (one thread frees what another made, or reads a handle being freed meanwhile).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import BUILD, GENERATED, ROOT


@pytest.fixture(scope="module")
def threads_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    exe = tmp_path_factory.mktemp("native") / "threads"
    lib = BUILD / "lib"
    subprocess.run(
        [
            "gcc", "-std=c11", "-O2", "-Wall", "-Wextra", "-Werror", "-pthread",
            f"-I{GENERATED / 'cpp'}", str(ROOT / "tests" / "native" / "threads.c"),
            "-o", str(exe), f"-L{lib}", f"-Wl,-rpath,{lib}", "-ltorch_sffi",
            *os.environ.get("SFFI_SANITIZE_FLAGS", "").split(),
        ],
        check=True,
    )  # fmt: skip
    return exe


@pytest.mark.parametrize(("threads", "iterations"), [(8, 2000), (2, 20000)])
def test_threads_share_the_bridge_safely(threads_program: Path, threads: int, iterations: int) -> None:
    proc = subprocess.run([str(threads_program), str(threads), str(iterations)], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr + proc.stdout
    stats = dict(re.findall(r"(\w+)=(-?\d+)", proc.stdout))
    assert stats["failures"] == "0"
    assert stats["live_before"] == stats["live_after"]
    assert int(stats["cross_thread_frees"]) > 0, "handles crossed threads"
    assert int(stats["own_errors"]) == threads * ((iterations + 9) // 10)
