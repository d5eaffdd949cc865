"""`make bench`: the cost of every layer, side by side with PyTorch's own Python API.

All routes run in this one process, interleaved round by round in a shuffled order; each
figure is the median over rounds, and each ratio the median of the same-round ratios (so a
slow moment of the machine hits both sides of a ratio alike). Routes:

    C++ at::add            a compiled helper calling ATen directly (the floor)
    C++ bridge             the same helper calling the C ABI (handle table included)
    torch.add(a, b), a + b PyTorch's Python API
    raw cffi               torch_sffi._native.lib calls (the result freed in the loop too)
    torch_sffi x + y, ...  the generated Python package

Then, for issue 14, the accessors and small operations PyTorch users call most (`x.tolist()`,
`x.shape`, `x[0]`, `x * 2`, `ts.tensor(list)`, `ts.cat`, `x.add(y)`, ...), each the same
statement on PyTorch's tensors and on torch_sffi's, interleaved the same way; and the peak
memory of an MLP and a CNN training step, each route in fresh processes
(bench/train_memory.py, which says how memory is counted).

Also: sffi-gen generate / check wall time; builds of the bridge (clean, one unit changed,
nothing changed, one catalogue entry added, and clean and one-entry builds of a synthetic
catalogue three times the size: bench.with_copies); and the soak's memory figures. Writes docs/benchmarks.md, docs/benchmarks.json and
docs/benchmarks.svg. Targets are checked and reported, never asserted (benchmarks are not
tests): the report says by how much a missed target is missed.
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import timeit
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
DOCS = ROOT / "docs"
VENV_BIN = Path(sys.executable).parent


# ------------------------------------------------------------------------------ the native helper


def build_native() -> ctypes.CDLL:
    """Compiles bench/native.cpp against the installed torch and the built bridge (cached)."""
    from generator.build import CXX_FLAGS, find_torch

    torch = find_torch()
    src = ROOT / "bench" / "native.cpp"
    out = BUILD / "bench" / "libsffi_bench.so"
    lib_dir = BUILD / "lib"
    inputs = [src, lib_dir / "libtorch_sffi.so", ROOT / "generated" / "cpp" / "torch_sffi.h"]
    if not out.exists() or any(p.stat().st_mtime_ns > out.stat().st_mtime_ns for p in inputs):
        out.parent.mkdir(parents=True, exist_ok=True)
        cmd = [
            os.environ.get("CXX", "g++"), *CXX_FLAGS, "-shared", "-o", str(out), str(src),
            f"-I{ROOT / 'generated' / 'cpp'}", *(f"-I{p}" for p in torch.include_dirs),
            f"-L{torch.lib_dir}", f"-L{lib_dir}", f"-Wl,-rpath,{torch.lib_dir}", f"-Wl,-rpath,{lib_dir}",
            "-ltorch_sffi", "-lc10", "-ltorch_cpu",
        ]  # fmt: skip
        subprocess.run(cmd, check=True)
    lib = ctypes.CDLL(str(out))
    lib.sffi_bench.restype = ctypes.c_double
    lib.sffi_bench.argtypes = [ctypes.c_char_p, ctypes.c_int64]
    return lib


# ------------------------------------------------------------------------------ routes


@dataclass(frozen=True)
class Route:
    name: str
    run: Callable[[int], float]  # n iterations -> ns per iteration
    ours: bool  # one of our routes (vs PyTorch's or the C++ floor)


def python_route(name: str, stmt: str, env: dict[str, Any], ours: bool) -> Route:
    timer = timeit.Timer(stmt, globals=env)

    def run(n: int) -> float:
        return timer.timeit(n) / n * 1e9

    return Route(name, run, ours)


def native_route(lib: ctypes.CDLL, name: str, key: str, ours: bool) -> Route:
    def run(n: int) -> float:
        value = lib.sffi_bench(key.encode(), n)
        if value < 0:
            raise SystemExit(f"unknown native route {key}")
        return float(value)

    return Route(name, run, ours)


def make_ops(lib: ctypes.CDLL) -> dict[str, tuple[int, list[Route]]]:
    import torch
    import torch_sffi as ts
    from torch_sffi._native import ffi, lib as sffi

    torch.manual_seed(0)
    a, b = torch.ones(1), torch.ones(1)
    two, three = torch.ones(2), torch.ones(3)
    m64a, m64b = torch.randn(64, 64), torch.randn(64, 64)
    m1000a, m1000b = torch.randn(1000, 1000), torch.randn(1000, 1000)

    def ours(t: torch.Tensor) -> ts.Tensor:
        return ts.tensor(t.tolist())

    x, y, x2, x3 = ours(a), ours(b), ours(two), ours(three)
    xm64a, xm64b, xm1000a, xm1000b = ours(m64a), ours(m64b), ours(m1000a), ours(m1000b)
    env = {
        "torch": torch, "ts": ts, "add": torch.add, "matmul": torch.matmul,
        "a": a, "b": b, "two": two, "three": three, "m64a": m64a, "m64b": m64b, "m1000a": m1000a, "m1000b": m1000b,
        "x": x, "y": y, "x2": x2, "x3": x3, "xm64a": xm64a, "xm64b": xm64b, "xm1000a": xm1000a, "xm1000b": xm1000b,
        "ha": x._h, "hb": y._h, "h2": x2._h, "h3": x3._h, "hm64a": xm64a._h, "hm64b": xm64b._h,
        "hm1000a": xm1000a._h, "hm1000b": xm1000b._h,
        "radd": sffi.rt_torch_torchtensor_add, "rmatmul": sffi.rt_torch_torchtensor_matmul,
        "rsum": sffi.rt_torch_torchtensor_sum, "rfree": sffi.rt_torch_torchtensor_free,
        "rmsg": sffi.rt_torch_error_message, "rcode": sffi.rt_torch_error_code, "string": ffi.string,
        "TorchError": ts.TorchError,
    }  # fmt: skip
    ts_sum = "x.sum().item()" if isinstance(x.sum(), ts.Tensor) else "x.sum()"

    def routes(native: str, torch_stmts: list[tuple[str, str]], raw: str, ts_stmts: list[tuple[str, str]]) -> list[Route]:
        out = [native_route(lib, "C++ at::" + native, f"aten.{native}", False), native_route(lib, "C++ bridge", f"bridge.{native}", True)]
        out += [python_route(n, s, env, False) for n, s in torch_stmts]
        out.append(python_route("raw cffi", raw, env, True))
        out += [python_route(n, s, env, True) for n, s in ts_stmts]
        return out

    error_torch = "try:\n    two + three\nexcept RuntimeError:\n    pass"
    error_ts = "try:\n    x2 + x3\nexcept TorchError:\n    pass"
    return {
        "add, 1-element tensors": (
            20_000,
            routes("add", [("torch.add(a, b)", "add(a, b)"), ("a + b", "a + b")], "rfree(radd(ha, hb))",
                   [("torch_sffi x + y", "x + y"), ("torch_sffi x.add(y)", "x.add(y)")]),
        ),
        "sum() to a float, 1-element tensor": (
            20_000,
            routes("sum", [("a.sum().item()", "a.sum().item()")], "rsum(ha)", [(f"torch_sffi {ts_sum}", ts_sum)]),
        ),
        "matmul 64x64": (
            2_000,
            routes("matmul64", [("torch.matmul(a, b)", "matmul(m64a, m64b)"), ("a @ b", "m64a @ m64b")],
                   "rfree(rmatmul(hm64a, hm64b))", [("torch_sffi x @ y", "xm64a @ xm64b")]),
        ),
        "matmul 1000x1000": (
            1,
            routes("matmul1000", [("torch.matmul(a, b)", "matmul(m1000a, m1000b)"), ("a @ b", "m1000a @ m1000b")],
                   "rfree(rmatmul(hm1000a, hm1000b))", [("torch_sffi x @ y", "xm1000a @ xm1000b")]),
        ),
        "error path: add of shapes [2] and [3] raising": (
            2_000,
            routes("error", [("a + b raising RuntimeError", error_torch)],
                   "radd(h2, h3) or (rcode(), string(rmsg()))", [("torch_sffi x + y raising TorchError", error_ts)]),
        ),
    }  # fmt: skip


def measure(ops: dict[str, tuple[int, list[Route]]], rounds: int, seed: int) -> dict[str, dict[str, list[float]]]:
    rng = random.Random(seed)
    samples: dict[str, dict[str, list[float]]] = {op: {r.name: [] for r in routes} for op, (_, routes) in ops.items()}
    for op, (n, routes) in ops.items():
        for r in routes:  # warm up: first calls page in code and caches
            r.run(max(1, n // 10))
        for _ in range(rounds):
            order = list(routes)
            rng.shuffle(order)
            for r in order:
                samples[op][r.name].append(r.run(n))
        print(f"  measured: {op}", flush=True)
    return samples


# ------------------------------------------------------------------------------ accessors and small operations


@dataclass(frozen=True)
class Small:
    """One row of the accessor table: a statement written once, run on PyTorch and on torch_sffi.

    `{m}` in a statement is the module (`torch` or `ts`); the names x, y, z, w, one and big are
    the same tensors on both sides. `fallbacks` are the closest spellings to try, in order, when
    torch_sffi lacks the first one; the row then says which it measured.
    """

    label: str
    kind: str  # "small" (accessors and small operations), "method", or "1M" (large conversions)
    stmt: str
    fallbacks: tuple[str, ...] = ()


SMALL_KINDS: dict[str, tuple[str, float, float | None]] = {
    # kind: (what, limit vs PyTorch, issue 14's stretch target)
    "small": ("accessor / small op", 1.0, 0.8),
    "method": ("method", 0.9, None),
    "1M": ("1M-element conversion", 1.0, None),
}

SMALL = [
    Small("x.tolist(), 2x3", "small", "x.tolist()"),
    Small("x.tolist(), 1M floats", "1M", "big.tolist()"),
    Small("x.shape", "small", "x.shape"),
    Small("x.dtype", "small", "x.dtype"),
    Small("x.device", "small", "x.device", fallbacks=("x.get_device()",)),
    Small("x[0]", "small", "x[0]"),
    Small("x.item(), 1 element", "small", "one.item()"),
    Small("x[:, 1:]", "small", "x[:, 1:]"),
    Small("x * 2 (int)", "small", "x * 2"),
    Small("x * 2.5", "small", "x * 2.5"),
    Small("tensor(list), 2x3 nested", "small", "{m}.tensor(L)"),
    Small("tensor(list), 1M floats", "1M", "{m}.tensor(L1M)"),
    Small("zeros((2, 3))", "small", "{m}.zeros((2, 3))"),
    Small("cat of 3 2x3 tensors", "small", "{m}.cat([x, y, z])"),
    Small("stack of 3 2x3 tensors", "small", "{m}.stack([x, y, z])"),
    Small("x.max(dim=0)", "small", "x.max(dim=0)"),
    Small("x.reshape(3, 2)", "small", "x.reshape(3, 2)"),
    Small("x.view(3, 2)", "small", "x.view(3, 2)"),
    Small("x.add(y)", "method", "x.add(y)"),
    Small("x.relu()", "method", "x.relu()"),
    Small("x.sum(dim=0)", "method", "x.sum(dim=0)"),
    Small("x.matmul(w), 2x3 @ 3x2", "method", "x.matmul(w)"),
]  # fmt: skip

SAMPLE_S = 0.002  # a run of a row's statement takes ~2 ms on its slower side
BEST_OF = 3  # a sample is the fastest of this many runs (a run the scheduler preempted is not)


def _plain(value: Any) -> Any:
    """A result as plain Python, to check that both sides computed the same thing."""
    if callable(getattr(value, "tolist", None)):
        return (_plain(value.dtype), value.tolist())
    if isinstance(value, (tuple, list)) and not isinstance(value, str):
        return tuple(_plain(v) for v in value)
    if isinstance(value, (int, float, bool)):
        return value
    return str(value).rsplit(".", 1)[-1]  # dtypes (torch.float32, torch_sffi.float32), devices


@dataclass
class SmallRow:
    spec: Small
    stmt: str  # the spelling measured
    n: int
    routes: list[Route]  # PyTorch's, then torch_sffi's
    same: bool  # both sides gave the same result

    @property
    def label(self) -> str:
        used = self.stmt.format(m="ts")
        first = self.spec.stmt.format(m="ts")
        return self.spec.label if used == first else f"{self.spec.label} [as {used}: no {first}]"


def small_sides(size: int = 1_000_000) -> dict[str, dict[str, Any]]:
    """The names the accessor table's statements use, on PyTorch's side and on torch_sffi's."""
    import torch
    import torch_sffi as ts

    torch.manual_seed(0)
    nested = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]
    flat = torch.randn(size).tolist()
    sides: dict[str, dict[str, Any]] = {}
    for m, lib in (("torch", torch), ("ts", ts)):
        x = lib.tensor(nested)
        sides[m] = {
            m: lib, "L": nested, "L1M": flat, "x": x, "y": x * 2.0, "z": x * 3.0,
            "w": lib.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]), "one": lib.tensor([1.5]), "big": lib.tensor(flat),
        }  # fmt: skip
    return sides


def resolve(spec: Small, sides: dict[str, dict[str, Any]]) -> tuple[str, bool] | None:
    """The first spelling of a row that torch_sffi runs, and whether both sides agree on its
    result; None when torch_sffi runs none of them."""
    import torch_sffi as ts

    for stmt in (spec.stmt, *spec.fallbacks):
        try:
            ours = eval(stmt.format(m="ts"), sides["ts"])  # noqa: S307 - our own statements
        except (AttributeError, TypeError, NotImplementedError, ts.TorchError):
            continue
        theirs = eval(stmt.format(m="torch"), sides["torch"])  # noqa: S307
        return stmt, _plain(ours) == _plain(theirs)
    return None


def make_small() -> tuple[list[SmallRow], list[str]]:
    """The rows of the accessor table, and the ones torch_sffi cannot express at all."""
    sides = small_sides()
    rows, missing = [], []
    for spec in SMALL:
        found = resolve(spec, sides)
        if found is None:
            missing.append(spec.label)
            continue
        stmt, same = found
        routes = [python_route(f"PyTorch {stmt.format(m='torch')}", stmt.format(m="torch"), sides["torch"], False),
                  python_route(f"torch_sffi {stmt.format(m='ts')}", stmt.format(m="ts"), sides["ts"], True)]  # fmt: skip
        n = _calibrate(routes)
        if n > 1:  # a row as long as a sample (the 1M-element ones) is measured one run a sample
            routes = [_best_of(r, BEST_OF) for r in routes]
        rows.append(SmallRow(spec, stmt, n, routes, same))
    return rows, missing


def _best_of(route: Route, k: int) -> Route:
    return Route(route.name, lambda n: min(route.run(n) for _ in range(k)), route.ours)


def _calibrate(routes: list[Route]) -> int:
    """Calls per sample: enough for the slower route to take about SAMPLE_S."""
    slowest = max(r.run(1) for r in routes)  # first calls, also a warm-up
    if slowest < SAMPLE_S * 1e9:
        for r in routes:
            r.run(max(1, int(SAMPLE_S * 1e9 / slowest)))  # warm-up
        slowest = max(statistics.median(r.run(max(1, int(0.2 * SAMPLE_S * 1e9 / slowest))) for _ in range(3)) for r in routes)
    return _round_n(SAMPLE_S * 1e9 / slowest)


def _round_n(n: float) -> int:
    """n rounded down to 1, 2 or 5 times a power of ten (at least 1), so that runs are comparable."""
    if n < 1:
        return 1
    power = int(10 ** int(f"{n:e}".split("e")[1]))
    return max(k * power for k in (1, 2, 5) if k * power <= n)


# ------------------------------------------------------------------------------ training-step memory


MEMORY_ROUTES = ("torch", "torch_sffi")


def rss_met(m: dict[str, Any]) -> bool:
    """Peak RSS growth at most PyTorch's: a median ratio <= 1.0, or torch_sffi's median within
    the range PyTorch's own processes spread over (a smaller difference is noise here)."""
    return bool(m["rss_ratio"] <= 1.0 or m["rss_kib_torch_sffi"]["median"] <= m["rss_kib_torch"]["max"])


def memory_figures(repeats: int, seed: int) -> dict[str, dict[str, Any]]:
    """Peak memory of a training step, each route in a fresh process (bench/train_memory.py).

    Repeat by repeat, model by model, the two routes' processes run side by side (started in
    a shuffled order; each counts its own memory only, and the pair takes half the time);
    figures are medians over the repeats and the RSS ratio the median of same-repeat ratios.
    The tensor-byte count is deterministic (it is the same in every repeat)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from train_memory import MODELS

    rng = random.Random(seed)
    runs: dict[str, dict[str, list[dict[str, Any]]]] = {m: {r: [] for r in MEMORY_ROUTES} for m in MODELS}
    for _ in range(repeats):
        for model in MODELS:
            order = list(MEMORY_ROUTES)
            rng.shuffle(order)
            procs = {}
            for route in order:
                cmd = [sys.executable, str(ROOT / "bench" / "train_memory.py"), "--model", model, "--route", route]
                procs[route] = (cmd, subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
            for route, (cmd, proc) in procs.items():
                stdout, stderr = proc.communicate()
                if proc.returncode != 0:
                    raise SystemExit(f"{' '.join(cmd)} failed:\n{stderr[-4000:]}")
                runs[model][route].append(json.loads(stdout.strip().splitlines()[-1]))
    out: dict[str, dict[str, Any]] = {}
    for model, by_route in runs.items():
        theirs, ours = by_route["torch"], by_route["torch_sffi"]
        if [r["losses"] for r in theirs] != [r["losses"] for r in ours]:
            print(f"  warning: {model}: the two routes' losses differ", flush=True)
        out[model] = {
            "model": MODELS[model],
            "repeats": repeats,
            **{
                f"{key}_{route}": {
                    "median": statistics.median(r[key] for r in by_route[route]),
                    "min": min(r[key] for r in by_route[route]),
                    "max": max(r[key] for r in by_route[route]),
                }
                for key in ("rss_kib", "tensor_bytes")
                for route in MEMORY_ROUTES
            },
            "rss_ratio": statistics.median(o["rss_kib"] / t["rss_kib"] for o, t in zip(ours, theirs)),
            "tensor_ratio": statistics.median(o["tensor_bytes"] / t["tensor_bytes"] for o, t in zip(ours, theirs)),
        }
        print(f"  measured: training-step memory, {model}", flush=True)
    return out


# ------------------------------------------------------------------------------ tool timings


# The tool runs as a user runs it: Python caching bytecode (some sandboxes set
# PYTHONDONTWRITEBYTECODE, which makes every run compile the generator from source).
TOOL_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(cmd: list[str], cwd: Path, repeat: int) -> float:
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, env=TOOL_ENV)  # warm-up, not counted
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL, env=TOOL_ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def tool_timings(repeat: int) -> dict[str, float]:
    gen = str(VENV_BIN / "sffi-gen")
    out: dict[str, float] = {
        "sffi-gen generate (up to date)": wall([gen, "generate", "-q"], ROOT, repeat),
        "sffi-gen check": wall([gen, "check"], ROOT, repeat),
    }
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        times = []
        for i in range(repeat):
            start = time.perf_counter()
            subprocess.run([gen, "generate", "-q", "--out", str(fresh / str(i))], cwd=ROOT, check=True, env=TOOL_ENV)
            times.append(time.perf_counter() - start)
        out["sffi-gen generate (every file written)"] = statistics.median(times)
        # An edited catalogue misses the tree cache: load, validate and render every target.
        spec = Path(tmp) / "spec"
        shutil.copytree(ROOT / "spec", spec)
        catalogue = spec / "torch_api.yaml"
        text = catalogue.read_text(encoding="utf-8")
        times = []
        for i in range(repeat):
            catalogue.write_text(f"{text}# edit {i}\n", encoding="utf-8")
            start = time.perf_counter()
            cmd = [gen, "generate", "-q", "--spec", str(catalogue), "--out", str(fresh / "edited")]
            subprocess.run(cmd, cwd=ROOT, check=True, env=TOOL_ENV)
            times.append(time.perf_counter() - start)
        out["sffi-gen generate (catalogue edited)"] = statistics.median(times)
    return out


# Issue 16's limits for a bridge build on 2 cores, by the start of the timing's label.
BUILD_LIMITS = {"clean build": 90.0, "one entry added": 15.0}
# The entry copied under a new name for the "one entry added" timing: a simple one.
BENCH_ENTRY = "rt_torch_torchtensor_relu"
SCALE = 3  # the synthetic catalogue: the real entries and SCALE - 1 copies of each


def with_copies(text: str, copies: int, only: str | None = None, tag: str = "copy") -> str:
    """The catalogue `text` with entries appended: `copies` copies of every function (of `only`
    when given) under new names (NAME_<tag>K), as extensions. Entries with a role and the
    stream constructors, which the Python tier allows once, are not copied."""
    import yaml

    added = []
    for k in range(1, copies + 1):
        for f in yaml.safe_load(text)["functions"]:
            name = f["name"]
            if (only and name != only) or "role" in f or name.startswith("rt_torch_stream_"):
                continue
            entry = {key: v for key, v in f.items() if key not in ("python", "rust", "simple", "aten", "deviation")}
            entry.update(name=f"{name.rstrip('_')}_{tag}{k}" + ("_" if name.endswith("_") else ""), pytorch=None, research={}, extension=True)
            added.append(entry)
    dumped = yaml.safe_dump(added, sort_keys=False, width=1 << 20)
    return text.rstrip("\n") + "\n\n" + "".join("  " + line if line.strip() else line for line in dumped.splitlines(keepends=True))


def _timed(cmd: list[str]) -> tuple[float, float]:
    """Runs cmd; its wall time and the CPU time (user + system) of it and its children."""
    before = os.times()
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = os.times()
    return wall, (after.children_user - before.children_user) + (after.children_system - before.children_system)


def _project(work: Path, spec_text: str) -> tuple[list[str], list[str]]:
    """A scratch project in work/ (spec/ with spec_text as its catalogue; generated/ copied, so
    that unchanged files keep their times): the generate and build commands for it."""
    shutil.copytree(ROOT / "spec", work / "spec")
    (work / "spec" / "torch_api.yaml").write_text(spec_text)
    shutil.copytree(ROOT / "generated", work / "generated", copy_function=shutil.copy2)
    gen = str(VENV_BIN / "sffi-gen")
    generate = [gen, "generate", "--spec", str(work / "spec" / "torch_api.yaml"), "--out", str(work / "generated")]
    build = [gen, "build", "--out", str(work / "generated"), "--build-dir", str(work / "build")]
    return generate, build


def build_timings(scale: bool = True) -> dict[str, dict[str, float]]:
    """Builds of the bridge and its extensions in scratch copies: clean, one unit changed,
    nothing changed, one catalogue entry added (a copy of BENCH_ENTRY appended, regenerated,
    rebuilt), and the same for a synthetic catalogue SCALE times as large. Each: wall seconds
    and the CPU seconds of the compilers."""
    out: dict[str, dict[str, float]] = {}

    def record(label: str, timing: tuple[float, float]) -> None:
        out[label] = {"wall_s": timing[0], "cpu_s": timing[1]}
        print(f"  {label}: {timing[0]:.1f} s ({timing[1]:.1f} s of CPU)", flush=True)

    real = (ROOT / "spec" / "torch_api.yaml").read_text()
    with tempfile.TemporaryDirectory() as tmp:
        generate, build = _project(Path(tmp), real)
        n = len(__import__("yaml").safe_load(real)["functions"])
        record(f"clean build ({n} functions)", _timed(build))
        unit = sorted((Path(tmp) / "generated" / "cpp").glob("ops_*.cpp"))[0]
        unit.write_text(unit.read_text() + "\n// one-file change for the benchmark\n")
        record(f"one file changed ({unit.name})", _timed(build))
        record("nothing changed", _timed(build))
        (Path(tmp) / "spec" / "torch_api.yaml").write_text(with_copies(real, 1, BENCH_ENTRY, tag="added"))
        generated = _timed(generate)
        built = _timed(build)
        record("one entry added (generate + build)", (generated[0] + built[0], generated[1] + built[1]))
    if scale:
        big = with_copies(real, SCALE - 1)
        n = len(__import__("yaml").safe_load(big)["functions"])
        with tempfile.TemporaryDirectory() as tmp:
            generate, build = _project(Path(tmp), big)
            _timed(generate)
            record(f"clean build, synthetic {SCALE}x catalogue ({n} functions)", _timed(build))
            (Path(tmp) / "spec" / "torch_api.yaml").write_text(with_copies(big, 1, BENCH_ENTRY, tag="added"))
            generated = _timed(generate)
            built = _timed(build)
            record(f"one entry added, synthetic {SCALE}x catalogue (generate + build)", (generated[0] + built[0], generated[1] + built[1]))
    return out


def soak_figures(cycles: int) -> list[dict[str, Any]]:
    report = BUILD / "reports" / "soak-bench.json"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "soak.py"), "--cycles", str(cycles), "--json", str(report)],
        check=False,
        stdout=subprocess.DEVNULL,
    )
    return json.loads(report.read_text())["results"]  # type: ignore[no-any-return]


# ------------------------------------------------------------------------------ the report


@dataclass(frozen=True)
class Target:
    label: str
    op: str
    route: str
    baseline: str
    limit: float
    strict: bool = False  # "under" rather than "at most"


TARGETS = [
    Target("bridge call vs C++ at::add", "add, 1-element tensors", "C++ bridge", "C++ at::add", 1.10),
    Target("torch_sffi x + y vs PyTorch a + b", "add, 1-element tensors", "torch_sffi x + y", "a + b", 1.0),
    Target("raw cffi call vs torch.add", "add, 1-element tensors", "raw cffi", "torch.add(a, b)", 1.0, strict=True),
    Target("error path vs PyTorch's", "error path: add of shapes [2] and [3] raising", "torch_sffi x + y raising TorchError", "a + b raising RuntimeError", 1.0),
    Target("1000x1000 matmul, torch_sffi vs PyTorch", "matmul 1000x1000", "torch_sffi x @ y", "a @ b", 1.02),
    Target("1000x1000 matmul, raw cffi vs PyTorch", "matmul 1000x1000", "raw cffi", "a @ b", 1.02),
    Target("1000x1000 matmul, C++ bridge vs PyTorch", "matmul 1000x1000", "C++ bridge", "a @ b", 1.02),
]  # fmt: skip


def ratio(samples: dict[str, list[float]], route: str, baseline: str) -> float:
    return statistics.median(r / b for r, b in zip(samples[route], samples[baseline]))


def met(value: float, limit: float, strict: bool) -> bool:
    return value < limit if strict else value <= limit


def fmt_ns(ns: float) -> str:
    return f"{ns / 1e6:.2f} ms" if ns >= 1e6 else f"{ns / 1e3:.3f} us" if ns >= 1e3 else f"{ns:.0f} ns"


def svg_chart(rows: list[dict[str, Any]]) -> str:
    """A bar per target: the measured ratio against its limit (deterministic layout). Bars are
    drawn up to 2x; a longer one ends in a notch and its number says how long it is."""
    width, left, bar_h, gap, top, most = 820, 360, 16, 8, 40, 2.0
    scale = (width - left - 70) / most
    height = top + len(rows) * (bar_h + gap) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
        f'<text x="{left}" y="20" font-weight="bold">ratio to the baseline (lower is better); | marks the target</text>',
    ]
    for i, row in enumerate(rows):
        y = top + i * (bar_h + gap)
        w = min(row["ratio"], most) * scale
        color = "#2e7d32" if row["met"] else "#c62828"
        parts.append(f'<text x="{left - 8}" y="{y + 12}" text-anchor="end">{escape(row["target"])}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}"/>')
        if row["ratio"] > most:  # clipped: a white notch near the end
            nx = left + w - 12
            parts.append(f'<path d="M{nx:.1f},{y - 1} l4,0 l-4,{bar_h + 2} l-4,0 z" fill="white"/>')
        lx = left + row["limit"] * scale
        parts.append(f'<line x1="{lx:.1f}" y1="{y - 3}" x2="{lx:.1f}" y2="{y + bar_h + 3}" stroke="black" stroke-width="2"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + 12}">{row["ratio"]:.3f}x</text>')
    for mark in (1.0, 2.0):
        x = left + mark * scale
        parts.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 20}" stroke="#999" stroke-dasharray="3,3"/>')
        parts.append(f'<text x="{x:.1f}" y="{height - 6}" text-anchor="middle" fill="#666">{mark:.1f}x</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--small-rounds", type=int, default=15, help="rounds of the accessor table")
    parser.add_argument("--big-rounds", type=int, default=5, help="rounds of its 1M-element rows")
    parser.add_argument("--memory-repeats", type=int, default=5, help="fresh processes per model and route")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--soak-cycles", type=int, default=200_000)
    parser.add_argument("--no-build", action="store_true", help="skip the build timings (they take ~3 minutes)")
    parser.add_argument("--no-scale", action="store_true", help="skip the synthetic catalogue's builds (~2 of those minutes)")
    args = parser.parse_args()
    started = time.perf_counter()
    load_before = os.getloadavg()[0]

    import torch

    torch.set_num_threads(torch.get_num_threads())  # as configured; recorded below
    lib = build_native()
    print("call routes:", flush=True)
    ops = make_ops(lib)
    samples = measure(ops, args.rounds, args.seed)
    print(f"  ({time.perf_counter() - started:.0f} s)\naccessors and small operations:", flush=True)
    small_rows, missing = make_small()
    small_samples = measure({r.label: (r.n, r.routes) for r in small_rows if r.spec.kind != "1M"}, args.small_rounds, args.seed)
    small_samples |= measure({r.label: (r.n, r.routes) for r in small_rows if r.spec.kind == "1M"}, args.big_rounds, args.seed)
    print(f"  ({time.perf_counter() - started:.0f} s)\ntraining-step memory:", flush=True)
    memory = memory_figures(args.memory_repeats, args.seed)
    print(f"  ({time.perf_counter() - started:.0f} s)\ntool timings ...", flush=True)
    tools = tool_timings(repeat=5)
    builds = {} if args.no_build else build_timings(scale=not args.no_scale)
    print(f"  ({time.perf_counter() - started:.0f} s)\nsoak ...", flush=True)
    soak = soak_figures(args.soak_cycles)

    medians = {op: {name: statistics.median(v) for name, v in routes.items()} for op, routes in samples.items()}
    rows: list[dict[str, Any]] = []
    for t in TARGETS:
        value = ratio(samples[t.op], t.route, t.baseline)
        rows.append({"target": t.label, "ratio": round(value, 3), "limit": t.limit, "strict": t.strict, "met": met(value, t.limit, t.strict)})
    small = small_table(small_rows, small_samples)
    for r in small:
        rows.append({"target": f"{r['label']} vs PyTorch", "ratio": r["ratio"], "limit": r["limit"], "strict": False, "met": r["met"],
                     "stretch": r["stretch"], "stretch_met": r["stretch_met"]})  # fmt: skip
    for model, m in memory.items():
        for key, what in (("tensor_ratio", "peak tensor memory"), ("rss_ratio", "peak RSS growth")):
            value = m[key]
            ok = rss_met(m) if key == "rss_ratio" else met(value, 1.0, False)
            rows.append({"target": f"{model.upper()} training step, {what} vs PyTorch", "ratio": round(value, 3), "limit": 1.0, "strict": False, "met": ok})
    tool_limits = {"sffi-gen generate (up to date)": 0.3, "sffi-gen generate (every file written)": 0.3, "sffi-gen check": 0.5}
    for name, seconds in tools.items():
        if name in tool_limits:
            rows.append({"target": f"{name} (s)", "ratio": round(seconds, 3), "limit": tool_limits[name], "strict": True, "met": seconds < tool_limits[name]})
    for name, timing in builds.items():
        limit = next((v for k, v in BUILD_LIMITS.items() if name.startswith(k)), None)
        if limit is not None:
            seconds = timing["wall_s"]
            rows.append({"target": f"{name} (s)", "ratio": round(seconds, 3), "limit": limit, "strict": True, "met": seconds < limit})

    env = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {_cpu_model()}",
        "python": sys.version.split()[0],
        "torch": torch.__version__,
        "torch threads": torch.get_num_threads(),
        "rounds": f"{args.rounds} (accessor table: {args.small_rounds}, its 1M-element rows {args.big_rounds}; memory: {args.memory_repeats} processes per model and route)",
        "seed": args.seed,
        "load average (1 min) at start / end": f"{load_before:.2f} / {os.getloadavg()[0]:.2f} (other work on the machine slows every route alike; ratios hold better than times)",
    }
    result = {
        "environment": env, "medians_ns": medians, "targets": rows, "small": small, "small_missing": missing,
        "memory": memory, "tools_s": tools, "build_s": builds, "soak": soak,
    }  # fmt: skip
    DOCS.mkdir(exist_ok=True)
    (DOCS / "benchmarks.json").write_text(json.dumps(result, indent=2) + "\n")
    chart_rows = [r for r in rows if not r["target"].endswith("(s)")]
    (DOCS / "benchmarks.svg").write_text(svg_chart(chart_rows))
    (DOCS / "benchmarks.md").write_text(markdown(env, samples, medians, rows, small, missing, memory, tools, builds, soak))
    print((DOCS / "benchmarks.md").read_text())
    print(f"bench finished in {time.perf_counter() - started:.0f} s")


def small_table(rows: list[SmallRow], samples: dict[str, dict[str, list[float]]]) -> list[dict[str, Any]]:
    """The accessor table's rows: both medians, the same-round ratio, and the verdicts."""
    out = []
    for r in rows:
        theirs, ours = (route.name for route in r.routes)
        value = ratio(samples[r.label], ours, theirs)
        what, limit, stretch = SMALL_KINDS[r.spec.kind]
        out.append({
            "label": r.label if r.same else f"{r.label} (results differ!)", "kind": what,
            "torch": r.stmt.format(m="torch"), "torch_sffi": r.stmt.format(m="ts"), "n": r.n,
            "torch_ns": round(statistics.median(samples[r.label][theirs]), 1),
            "torch_sffi_ns": round(statistics.median(samples[r.label][ours]), 1),
            "ratio": round(value, 3), "limit": limit, "met": met(value, limit, False),
            "stretch": stretch, "stretch_met": None if stretch is None else met(value, stretch, False),
        })  # fmt: skip
    return out


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def markdown(
    env: dict[str, Any],
    samples: dict[str, dict[str, list[float]]],
    medians: dict[str, dict[str, float]],
    rows: list[dict[str, Any]],
    small: list[dict[str, Any]],
    missing: list[str],
    memory: dict[str, dict[str, Any]],
    tools: dict[str, float],
    builds: dict[str, dict[str, float]],
    soak: list[dict[str, Any]],
) -> str:
    out = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`bench/bench.py`); rerun it to reproduce. Every route runs in one",
        "process, interleaved round by round in a shuffled order; figures are medians over the",
        "rounds and ratios are medians of same-round ratios. Benchmarks are reported, never asserted",
        "in tests.",
        "",
        "| | |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in env.items()),
        "",
        "![targets: measured ratio per target](benchmarks.svg)",
        "",
        "## Targets",
        "",
        "Where issue 14 sets a stricter goal than the limit (0.8x PyTorch for accessors and small",
        "operations), the last column says whether it is met too.",
        "",
        "| target | measured | limit | met | issue 14's goal |",
        "|---|---:|---:|---|---|",
    ]
    for r in rows:
        limit = f"{'<' if r['strict'] else '<='} {r['limit']}"
        unit = "" if r["target"].endswith("(s)") else "x"
        stretch = "" if r.get("stretch") is None else f"<= {r['stretch']}x: {'yes' if r['stretch_met'] else 'no'}"
        out.append(f"| {r['target']} | {r['ratio']}{unit} | {limit}{unit} | {_verdict(r['ratio'], r['limit'], r['met'])} | {stretch} |")
    out += [
        "",
        "## Accessors and small operations (issue 14)",
        "",
        "The same statement on the same values, PyTorch's tensors on one side and torch_sffi's",
        "(`import torch_sffi as ts`) on the other: x, y, z are 2x3 float32 tensors, w is 3x2, `one`",
        "has one element, `big` 1,000,000 float32 elements, L a 2x3 nested list of floats and",
        "L1M a flat list of 1,000,000 floats. Both sides' results are compared once before timing.",
        f"A sample is the fastest of {BEST_OF} runs of a row's statement n times (n makes a run of",
        f"the slower side take ~{SAMPLE_S * 1e3:.0f} ms; the 1M-element rows run once a sample), so that a run",
        "the scheduler preempted does not count; ratio is torch_sffi / PyTorch. A label `[as ...]`",
        "names the closest spelling measured where torch_sffi lacks the one PyTorch users write.",
        "",
        "| operation | torch_sffi statement | kind | n | PyTorch | torch_sffi | ratio | limit | met | issue 14's goal |",
        "|---|---|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in small:
        stretch = "" if r["stretch"] is None else f"<= {r['stretch']}x: {'yes' if r['stretch_met'] else 'no'}"
        out.append(
            f"| {r['label']} | `{r['torch_sffi']}` | {r['kind']} | {r['n']:,} | {fmt_ns(r['torch_ns'])} | {fmt_ns(r['torch_sffi_ns'])} | "
            f"{r['ratio']:.3f}x | <= {r['limit']}x | {_verdict(r['ratio'], r['limit'], r['met'])} | {stretch} |"
        )
    if missing:
        out += ["", "Not expressible in torch_sffi's API today (not measured): " + ", ".join(missing) + "."]
    out += [
        "",
        "## Peak memory of a training step (issue 14)",
        "",
        "Each model trains in fresh processes, one per route and repeat (`bench/train_memory.py`;",
        "a repeat runs the two routes' processes side by side, each counting its own memory),",
        "from the same data and initial weights (SGD with momentum 0.9, cross-entropy): 2 warm-up",
        "steps, 3 steps measured for RSS, 3 more for the tensor count. torch_sffi runs the",
        "scope-based loop of README.md (`with ts.scope():` around each step), PyTorch the same",
        "loop in plain PyTorch; both compute the same losses. *Peak tensor memory* is the highest",
        "count of live CPU tensor bytes allocated during the measured steps, kept by libtorch's",
        "own CPU allocator while its profiler records memory (exact: the same in every run).",
        "*Peak RSS growth* is the process's resident-memory high-water mark over the steps minus",
        "its resident memory before them (after `gc.collect()` and `malloc_trim(0)`, with the",
        "kernel's mark reset through `/proc/self/clear_refs`); it varies from run to run, so it is",
        f"the median over {next(iter(memory.values()), {}).get('repeats', 0)} processes (range in brackets) and its ratio the median of",
        "same-repeat ratios. Its target is met when that ratio is at most 1.0, or when",
        "torch_sffi's median lies within PyTorch's own range over its processes: a difference",
        "smaller than PyTorch's run-to-run spread is not one this measurement can show (the",
        "tensor count, exact, is the figure that decides).",
        "",
        "| model | measure | PyTorch | torch_sffi | ratio | limit | met |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    mib = 1024 * 1024
    for model, m in memory.items():
        t, o = m["tensor_bytes_torch"], m["tensor_bytes_torch_sffi"]
        verdict = _verdict(m["tensor_ratio"], 1.0, met(m["tensor_ratio"], 1.0, False))
        out.append(f"| {model.upper()} {m['model']} | peak tensor memory | {t['median'] / mib:.2f} MiB | {o['median'] / mib:.2f} MiB | {m['tensor_ratio']:.3f}x | <= 1.0x | {verdict} |")
        t, o = m["rss_kib_torch"], m["rss_kib_torch_sffi"]
        verdict = _verdict(m["rss_ratio"], 1.0, rss_met(m))
        if rss_met(m) and not met(m["rss_ratio"], 1.0, False):
            verdict = "yes (within PyTorch's own range)"
        out.append(
            f"| | peak RSS growth | {t['median'] / 1024:.1f} MiB ({t['min'] / 1024:.1f}-{t['max'] / 1024:.1f}) | "
            f"{o['median'] / 1024:.1f} MiB ({o['min'] / 1024:.1f}-{o['max'] / 1024:.1f}) | {m['rss_ratio']:.3f}x | <= 1.0x | {verdict} |"
        )
    for op, routes in medians.items():
        base = "a + b" if "a + b" in routes else next((n for n in routes if not n.startswith(("C++", "raw", "torch_sffi"))), None)
        out += ["", f"## {op}", "", f"| route | median | vs {base} (same-round) |", "|---|---:|---:|"]
        for name, ns in routes.items():
            rel = f"{ratio(samples[op], name, base):.3f}x" if base else ""
            out.append(f"| {name} | {fmt_ns(ns)} | {rel} |")
    out += ["", "## Generator and build", "", "| what | seconds |", "|---|---:|"]
    out += [f"| {k} | {v:.2f} |" for k, v in tools.items()]
    if builds:
        out += ["", "Builds of the bridge, the Simple-ABI library and the extensions (`sffi-gen build`, 2 jobs), in scratch",
                "copies: wall time, and the CPU time of the compilers (what other work on the machine does not inflate).",
                "", "| build | seconds | CPU seconds | target |", "|---|---:|---:|---:|"]  # fmt: skip
        for k, v in builds.items():
            limit = next((f"< {lim:g} s" for prefix, lim in BUILD_LIMITS.items() if k.startswith(prefix)), "")
            out.append(f"| {k} | {v['wall_s']:.1f} | {v['cpu_s']:.1f} | {limit} |")
    out += ["", "## Soak (memory)", "", "| route | cycles | us/cycle | RSS growth | live handles at the end |", "|---|---:|---:|---:|---:|"]
    out += [f"| {s['route']} | {s['cycles']:,} | {s['us_per_cycle']} | {s['rss_growth_kib']} KiB | {s['live_handles_end']} |" for s in soak]
    out += ["", NOTES.strip()]
    return "\n".join(out) + "\n"


def _verdict(value: float, limit: float, ok: bool) -> str:
    return "yes" if ok else f"**no** ({(value / limit - 1) * 100:+.1f}%)"


NOTES = """
## Where the time goes (from `perf record` of the C++ routes and cProfile of the tool)

- **Bridge call vs `at::add`.** Per call the bridge adds: one thread-local store (the error
  reset; TLS descriptors, `-mtls-dialect=gnu2`, make it ~1 ns instead of a `__tls_get_addr`
  call), the call lock taken shared (one atomic exchange on the thread's own cache line and
  one load: about 8 ns; an in-place update or a `.grad` access takes it exclusively, 20-25 ns
  more; docs/reliability.md), one lock of the handle table for all tensor arguments together
  (a spin lock whose unlock is a plain store), one reference-count increment and decrement
  per argument (what makes a concurrent free of an argument safe), and one lock to insert the
  result; freeing takes one more lock and the tensor is destroyed outside it.
- **torch_sffi.** The Python tier never calls the bridge through cffi: `torch_sffi._core` has
  one generated C function per catalogue entry (`_core_calls_<n>.c`) that converts the lowered
  arguments (tensors, numbers, Scalars, dtypes, lists), calls the bridge with the interpreter
  lock released (kept for the `quick` metadata reads) and makes the result object in C.
  `Tensor` derives from the C type `_core.TensorBase`, which implements the operators (also
  with a Python number: `x * 2` makes the method's Scalar call from C), every member that is
  one call on the tensor (`shape`, `dtype`, `get_device()`, `relu()`, ...), `item()`,
  `tolist()` and int/slice indexing. What is left in Python is the generated wrapper's
  signature (defaults, keywords) and, for overloaded names, the form tests (`x.max(dim=0)`:
  `_core.match` binds the arguments in C, then the form's wrapper runs): about 1 us over the
  bridge call. PyTorch's own binding parses arguments, checks `__torch_function__` and wraps
  the result, which costs more than our handle lookup.
- **tolist() and tensor(list).** `tolist()` reads the values in one bridge call (a loop over a
  contiguous CPU tensor, no intermediate tensor) into a buffer kept between calls (a fresh
  8 MB buffer costs 2,048 page faults) and builds the lists in C; `tensor(list)` flattens plain
  nested lists of floats, ints and bools in C, where PyTorch's `torch.tensor` inspects every
  element through its sequence protocol (about 12x slower at 1M elements).
- **Training-step memory.** A scope holds no reference to its tensors (an intrusive list in C
  that a tensor leaves when it dies), so an intermediate nobody references is freed when
  PyTorch frees it: the peak of live tensor bytes is PyTorch's, exactly. Peak RSS also counts
  memory outside libtorch's tensor count (freed blocks malloc has not returned, what kernels
  allocate for themselves) and varies by several MiB from process to process (the ranges
  show it); its ratio is the median over the repeats.
- **Error path.** The C++ floor is dominated by libtorch building its exception (a stack
  trace is captured when `c10::Error` is made). The bridge catches `c10::Error` by type and
  keeps `what_without_backtrace()` (no rethrow to classify it); `what()` would cost
  milliseconds.
- **1000x1000 matmul.** All routes run the same kernel; the layers are noise at this size.
- **`sffi-gen generate`.** A render is a pure function of its inputs, so the rendered tree is
  kept in `~/.cache/sffi-gen/trees` under a hash of all of them (catalogue, the files it
  names, templates, runtime/, the generator's source, options, Python and Jinja versions):
  an unchanged run is interpreter start, hashing, one JSON read and the compare (~0.1 s).
  An edited catalogue misses it (~0.4 s in all): ~35 ms to load and validate (the API
  snapshot is read with `json`, re-read with positions only to report a problem) and the
  render of every target (compiled templates and the Simple checker's verdicts are cached
  by content too). Only a render that succeeded is stored, so a bad catalogue always fails.
- **Build.** A translation unit of operations pays a fixed ~4.8 s of CPU (ATen's `Tensor`
  and the first per-operator header) and ~0.04 s per function, so the units are few and
  large: 4, doubled whenever they would average more than 48 functions (16 at 745). A
  function's unit is chosen by a hash of its name, the units include `sffi_codes.h` rather
  than the full header and declare their own functions, and their `#line` directives are
  relative to each entry: adding or editing one entry recompiles one unit, the function
  table (no ATen, ~0.1 s), the Simple-ABI wrappers, one of the eight units of `torch_sffi._core`'s
  calls (~1.3 s; they are spread by the same hash and declare their own bridge functions),
  `_core.c` (~0.6 s) and cffi's `_native.c` (cffi writes one C file for the whole ABI: ~4.6 s
  at -O1, which it is compiled with, against ~9 s at -O2; its wrappers run ~3% slower), all
  beside the unit. A precompiled header of the prelude was measured: 215 MB and
  ~10 s of CPU to build, ~2.5 s saved per unit, so it pays only for clean builds of many
  more units than these.
"""


if __name__ == "__main__":
    main()
