"""`make bench`: the cost of every layer, side by side with PyTorch's own Python API.

All routes run in this one process, interleaved round by round in a shuffled order; each
figure is the median over rounds, and each ratio the median of the same-round ratios (so a
slow moment of the machine hits both sides of a ratio alike). Routes:

    C++ at::add            a compiled helper calling ATen directly (the floor)
    C++ bridge             the same helper calling the C ABI (handle table included)
    torch.add(a, b), a + b PyTorch's Python API
    raw cffi               torch_sffi._native.lib calls (the result freed in the loop too)
    torch_sffi x + y, ...  the generated Python package

Also: sffi-gen generate / check wall time, clean and one-file-changed build of the bridge,
and the soak's memory figures. Writes docs/benchmarks.md, docs/benchmarks.json and
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


def build_timings() -> dict[str, float]:
    """Clean and one-file-changed builds of the bridge, in a scratch copy of generated/."""
    gen = str(VENV_BIN / "sffi-gen")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        shutil.copytree(ROOT / "generated", work / "generated")
        cmd = [gen, "build", "--out", str(work / "generated"), "--build-dir", str(work / "build")]
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        clean = time.perf_counter() - start
        unit = sorted((work / "generated" / "cpp").glob("ops_*.cpp"))[0]
        unit.write_text(unit.read_text() + "\n// one-file change for the benchmark\n")
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        one = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        nothing = time.perf_counter() - start
    return {"clean build": clean, f"one file changed ({unit.name})": one, "nothing changed": nothing}


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
    """A bar per target: the measured ratio against its limit (deterministic layout)."""
    width, left, bar_h, gap, top = 760, 300, 18, 10, 40
    scale = (width - left - 60) / 1.5  # 0 .. 1.5x
    height = top + len(rows) * (bar_h + gap) + 30
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
        f'<text x="{left}" y="20" font-weight="bold">ratio to the baseline (lower is faster); | marks the target</text>',
    ]
    for i, row in enumerate(rows):
        y = top + i * (bar_h + gap)
        w = min(row["ratio"], 1.5) * scale
        color = "#2e7d32" if row["met"] else "#c62828"
        parts.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{row["target"]}</text>')
        parts.append(f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{color}"/>')
        lx = left + row["limit"] * scale
        parts.append(f'<line x1="{lx:.1f}" y1="{y - 3}" x2="{lx:.1f}" y2="{y + bar_h + 3}" stroke="black" stroke-width="2"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + 13}">{row["ratio"]:.3f}x</text>')
    one = left + scale
    parts.append(f'<line x1="{one:.1f}" y1="{top - 6}" x2="{one:.1f}" y2="{height - 20}" stroke="#999" stroke-dasharray="3,3"/>')
    parts.append(f'<text x="{one:.1f}" y="{height - 6}" text-anchor="middle" fill="#666">1.0x</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--soak-cycles", type=int, default=200_000)
    parser.add_argument("--no-build", action="store_true", help="skip the build timings (they take ~40 s)")
    args = parser.parse_args()
    started = time.perf_counter()

    import torch

    torch.set_num_threads(torch.get_num_threads())  # as configured; recorded below
    lib = build_native()
    print("call routes:", flush=True)
    ops = make_ops(lib)
    samples = measure(ops, args.rounds, args.seed)
    print("tool timings ...", flush=True)
    tools = tool_timings(repeat=5)
    builds = {} if args.no_build else build_timings()
    print("soak ...", flush=True)
    soak = soak_figures(args.soak_cycles)

    medians = {op: {name: statistics.median(v) for name, v in routes.items()} for op, routes in samples.items()}
    rows = []
    for t in TARGETS:
        value = ratio(samples[t.op], t.route, t.baseline)
        rows.append({"target": t.label, "ratio": round(value, 3), "limit": t.limit, "strict": t.strict, "met": met(value, t.limit, t.strict)})
    tool_limits = {"sffi-gen generate (up to date)": 0.3, "sffi-gen generate (every file written)": 0.3, "sffi-gen check": 0.5, "clean build": 30.0}
    for name, seconds in {**tools, **builds}.items():
        if name in tool_limits:
            rows.append({"target": f"{name} (s)", "ratio": round(seconds, 3), "limit": tool_limits[name], "strict": True, "met": seconds < tool_limits[name]})

    env = {
        "date": date.today().isoformat(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {_cpu_model()}",
        "python": sys.version.split()[0],
        "torch": torch.__version__,
        "torch threads": torch.get_num_threads(),
        "rounds": args.rounds,
        "seed": args.seed,
    }
    result = {"environment": env, "medians_ns": medians, "targets": rows, "tools_s": tools, "build_s": builds, "soak": soak}
    DOCS.mkdir(exist_ok=True)
    (DOCS / "benchmarks.json").write_text(json.dumps(result, indent=2) + "\n")
    chart_rows = [r for r in rows if not r["target"].endswith("(s)")]
    (DOCS / "benchmarks.svg").write_text(svg_chart(chart_rows))
    (DOCS / "benchmarks.md").write_text(markdown(env, samples, medians, rows, tools, builds, soak))
    print((DOCS / "benchmarks.md").read_text())
    print(f"bench finished in {time.perf_counter() - started:.0f} s")


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
    tools: dict[str, float],
    builds: dict[str, float],
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
        "| target | measured | limit | met |",
        "|---|---:|---:|---|",
    ]
    for r in rows:
        limit = f"{'<' if r['strict'] else '<='} {r['limit']}"
        unit = "" if r["target"].endswith("(s)") else "x"
        verdict = "yes" if r["met"] else f"**no** ({(r['ratio'] / r['limit'] - 1) * 100:+.1f}%)"
        out.append(f"| {r['target']} | {r['ratio']}{unit} | {limit}{unit} | {verdict} |")
    for op, routes in medians.items():
        base = "a + b" if "a + b" in routes else next((n for n in routes if not n.startswith(("C++", "raw", "torch_sffi"))), None)
        out += ["", f"## {op}", "", f"| route | median | vs {base} (same-round) |", "|---|---:|---:|"]
        for name, ns in routes.items():
            rel = f"{ratio(samples[op], name, base):.3f}x" if base else ""
            out.append(f"| {name} | {fmt_ns(ns)} | {rel} |")
    out += ["", "## Generator and build", "", "| what | seconds |", "|---|---:|"]
    out += [f"| {k} | {v:.2f} |" for k, v in {**tools, **builds}.items()]
    out += ["", "## Soak (memory)", "", "| route | cycles | us/cycle | RSS growth | live handles at the end |", "|---|---:|---:|---:|---:|"]
    out += [f"| {s['route']} | {s['cycles']:,} | {s['us_per_cycle']} | {s['rss_growth_kib']} KiB | {s['live_handles_end']} |" for s in soak]
    out += ["", NOTES.strip()]
    return "\n".join(out) + "\n"


NOTES = """
## Where the time goes (from `perf record` of the C++ routes and cProfile of the tool)

- **Bridge call vs `at::add`.** Per call the bridge adds: one thread-local store (the error
  reset; TLS descriptors, `-mtls-dialect=gnu2`, make it ~1 ns instead of a `__tls_get_addr`
  call), one lock of the handle table for all tensor arguments together (a spin lock whose
  unlock is a plain store), one reference-count increment and decrement per argument (what
  makes a concurrent free of an argument safe), and one lock to insert the result; freeing
  takes one more lock and the tensor is destroyed outside it. The remaining gap is mostly the
  two atomic reference-count operations per argument: removing them would need a
  reclamation scheme (epochs or hazard pointers) for handles freed while in use.
- **torch_sffi `x + y`.** `Tensor` derives from a generated C type (`_core.TensorBase`):
  the operators between two tensors are one C call into the bridge with the interpreter
  lock released, and the result object is made in C, so no Python frame runs; PyTorch's own
  binding parses arguments, dispatches through `__torch_function__` checks and wraps the
  result, which costs more than our handle lookup. Methods (`x.add(y)`) are Python
  functions over cffi and cost ~0.85 us more than the operators (~1.35x PyTorch's
  `a + b`): the unified overload signature's kind tests and the Scalar `alpha` conversion
  run in Python. Moving them into C, as the operators are, is the next step.
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
- **Build.** Three translation units of operations plus the runtime, each paying ~2.5 s for
  the first ATen per-operator header, built two at a time. A precompiled header of that
  prelude was measured: its build (~9 s, 260 MB) costs more than it saves on two cores.
"""


if __name__ == "__main__":
    main()
