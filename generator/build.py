"""`sffi-gen build`: compile the generated bridge and the Python extension.

    build/obj/*.o                       one object per generated translation unit
    build/lib/libtorch_sffi.so          the bridge (exports rt_torch_* and its function table only)
    build/lib/libspl_torch.so           the Simple-ABI library over it (generated/simple/abi/)
    build/python/torch_sffi/            the importable package: generated/python/torch_sffi/*.py,
                                        _native*.so (cffi, API mode) and a copy of the bridge
    build/wheel/libtorch_sffi.so        (--wheel) the bridge linked for installation: it finds
                                        libtorch only beside it or in site-packages/torch/lib
    build/dist/*.whl                    (--wheel) the package as an installable wheel

Only what changed is rebuilt: an object is recompiled when its command line changed or any
file it includes (from the compiler's dependency file) is newer than it. Every compile (the
bridge's units, the Simple-ABI library's and the extensions') runs in one parallel round, the
longest first (by its last time), then the links; one progress line per step. The generated
bridge is laid out so that adding or editing one catalogue function changes one unit
(generator/targets/cpp.py), the table, the Simple-ABI wrappers and the extensions' sources.
"""

from __future__ import annotations

import base64
import concurrent.futures
import contextlib
import hashlib
import importlib.util
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import sysconfig
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

LIBRARY = "libtorch_sffi.so"
SPL_LIBRARY = "libspl_torch.so"  # the Simple-ABI library (generator/targets/simple_abi.py)
STUB_LIBRARY = "libtorch_sffi_stub.so"
BASE_FLAGS = (
    "-std=c++20",
    "-O2",
    "-fPIC",
    "-fvisibility=hidden",
    "-fvisibility-inlines-hidden",
    "-mtls-dialect=gnu2",  # TLS descriptors: the per-call error reset costs ~1 ns, not a __tls_get_addr call
)
CXX_FLAGS = (*BASE_FLAGS, "-DAT_PER_OPERATOR_HEADERS")
WARN_FLAGS = ("-Wall", "-Wextra", "-Wno-unused-parameter")


class BuildError(Exception):
    """A step of the build failed; the message says which and why."""


@dataclass(frozen=True)
class Torch:
    root: Path
    include_dirs: tuple[Path, ...]
    lib_dir: Path
    version: str


def find_torch() -> Torch:
    """The installed torch package, located without importing it (importing costs a second)."""
    spec = importlib.util.find_spec("torch")
    if spec is None or spec.origin is None:
        raise BuildError(
            "torch is not installed in this environment; the bridge compiles against its headers and "
            "libraries: pip install torch==2.13.0 (or run `make`, which does it)"
        )
    root = Path(spec.origin).parent
    include = root / "include"
    lib = root / "lib"
    if not (include / "ATen" / "core" / "Tensor.h").is_file() or not (lib / "libtorch_cpu.so").exists():
        raise BuildError(f"the torch package at {root} has no C++ headers or libraries (include/, lib/)")
    version = _torch_version(root)
    return Torch(root, (include, include / "torch" / "csrc" / "api" / "include"), lib, version)


def _torch_version(root: Path) -> str:
    try:
        text = (root / "version.py").read_text()
    except OSError:
        return "unknown"
    for line in text.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("'\"")
    return "unknown"


# ------------------------------------------------------------------------------ steps


@dataclass(frozen=True)
class Step:
    label: str
    output: Path
    command: tuple[str, ...]
    inputs: tuple[Path, ...]  # besides the dependency file's list
    depfile: Path | None = None
    entry_lines: Path | None = None  # sffi_lines.txt: where each catalogue entry starts


# The bridge's #line directives name a line relative to its catalogue entry
# ("spec/torch_api.yaml@NAME:N", the entry's line N; generator/targets/cpp.py), so that an edit
# elsewhere in the catalogue changes no translation unit. A failed compile is reported with the
# catalogue's own line, from the entry starts the generator wrote beside the units.
_ENTRY_LOCATION = re.compile(r"(?P<source>[^\s:\"'()]+)@(?P<name>[A-Za-z_]\w*):(?P<line>\d+)")


def catalogue_lines(text: str, entry_lines: Path | None) -> str:
    """`text` with each entry-relative location SOURCE@NAME:N written as SOURCE:LINE (the
    catalogue's line START + N - 1); left as it is where the entry's start is unknown."""
    if entry_lines is None or "@" not in text:
        return text
    starts: dict[str, int] = {}
    try:
        for row in entry_lines.read_text().splitlines():
            parts = row.split()
            if len(parts) == 2 and not row.startswith("#") and parts[1].isdigit():
                starts[parts[0]] = int(parts[1])
    except OSError:
        return text

    def absolute(m: re.Match[str]) -> str:
        start = starts.get(m["name"])
        return m.group(0) if start is None else f"{m['source']}:{start + int(m['line']) - 1}"

    return _ENTRY_LOCATION.sub(absolute, text)


def _stamp(step: Step) -> Path:
    """Where the command that built an output is remembered: beside it, hidden, so that
    nothing but build products sits in a package folder."""
    return step.output.with_name(f".{step.output.name}.cmd")


def _command_hash(step: Step) -> str:
    return hashlib.sha256("\0".join(step.command).encode()).hexdigest()


def _depfile_inputs(depfile: Path) -> list[Path]:
    try:
        text = depfile.read_text()
    except OSError:
        return []
    body = text.split(":", 1)[1] if ":" in text else ""
    return [Path(p) for p in shlex.split(body.replace("\\\n", " ")) if p]


def up_to_date(step: Step) -> bool:
    try:
        built = step.output.stat().st_mtime_ns
        if _stamp(step).read_text().split()[:1] != [_command_hash(step)]:
            return False
    except OSError:
        return False
    inputs = list(step.inputs)
    if step.depfile is not None:
        if not step.depfile.exists():
            return False
        inputs += _depfile_inputs(step.depfile)
    try:
        return all(p.stat().st_mtime_ns <= built for p in inputs)
    except OSError:  # an input vanished
        return False


def run_step(step: Step) -> float:
    step.output.parent.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    proc = subprocess.run(step.command, capture_output=True, text=True)
    if proc.returncode != 0:
        _stamp(step).unlink(missing_ok=True)
        detail = catalogue_lines((proc.stderr or proc.stdout).strip(), step.entry_lines)
        lines = detail.splitlines()
        shown = "\n".join(lines[:40]) + (f"\n... ({len(lines) - 40} more lines)" if len(lines) > 40 else "")
        raise BuildError(f"{step.label} failed (exit {proc.returncode}):\n  {' '.join(step.command)}\n{shown}")
    seconds = time.perf_counter() - start
    _stamp(step).write_text(f"{_command_hash(step)} {seconds:.2f}")
    return seconds


def _last_seconds(step: Step) -> float:
    """How long the step took when it last ran (from its stamp); unknown counts as long."""
    try:
        return float(_stamp(step).read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return float("inf")


Log = Callable[[str], None]


def run_steps(steps: list[Step], jobs: int, log: Log, counter: list[int], total: int) -> bool:
    """Runs the steps that are out of date, in parallel. Returns whether any ran."""
    # The longest first (by the last run's time): the short ones then fill the other cores.
    todo = sorted((s for s in steps if not up_to_date(s)), key=_last_seconds, reverse=True)
    for s in steps:
        if s not in todo:
            counter[0] += 1
            log(f"[{counter[0]}/{total}] up to date: {s.label}")
    if not todo:
        return False
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = {pool.submit(run_step, s): s for s in todo}
        error: BuildError | None = None
        for future in concurrent.futures.as_completed(futures):
            step = futures[future]
            try:
                seconds = future.result()
            except BuildError as exc:
                error = error or exc
                continue
            counter[0] += 1
            log(f"[{counter[0]}/{total}] {step.label} ({seconds:.1f} s)")
    if error is not None:
        raise error
    return True


# ------------------------------------------------------------------------------ the build


@dataclass(frozen=True)
class Layout:
    generated: Path
    build: Path

    @property
    def cpp(self) -> Path:
        return self.generated / "cpp"

    @property
    def obj(self) -> Path:
        return self.build / "obj"

    @property
    def lib(self) -> Path:
        return self.build / "lib"

    @property
    def package(self) -> Path:
        return self.build / "python" / "torch_sffi"


def _cxx() -> str:
    return os.environ.get("CXX", "g++")


def _version_script(layout: Layout) -> Path:
    """Exports rt_torch_* and the layered libraries' table (sffi_core.h) only: the dynamic
    symbol table is exactly the C ABI."""
    path = layout.build / "exports.map"
    text = "{\n  global: rt_torch_*; sffi_core_table_*;\n  local: *;\n};\n"
    if not path.exists() or path.read_text() != text:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return path


def bridge_steps(layout: Layout, torch: Torch, extra_flags: tuple[str, ...] = ()) -> tuple[list[Step], Step]:
    sources = sorted(p for p in layout.cpp.glob("*.cpp") if p.name != "stub.cpp")
    if not sources:
        raise BuildError(
            f"no C++ sources in {layout.cpp} (looked in {layout.cpp.absolute()}): run `sffi-gen generate` first, "
            "from the repository root, or point --out at the generated folder"
        )
    includes = tuple(f"-I{p}" for p in (layout.cpp, *torch.include_dirs))
    compiles = []
    for src in sources:
        obj = layout.obj / (src.stem + ".o")
        dep = obj.with_suffix(".d")
        cmd = (_cxx(), *CXX_FLAGS, *WARN_FLAGS, *extra_flags, *includes, "-MMD", "-MF", str(dep), "-c", str(src), "-o", str(obj))
        compiles.append(Step(f"compile {src.name}", obj, cmd, (src,), dep, layout.cpp / "sffi_lines.txt"))
    rpaths = ("$ORIGIN", "$ORIGIN/../torch/lib", str(torch.lib_dir))
    return compiles, link_step(layout, torch, compiles, layout.lib / LIBRARY, rpaths, extra_flags)


def _library_link(
    layout: Layout, compiles: list[Step], out: Path, lib_dir: Path, rpaths: tuple[str, ...], libraries: tuple[str, ...], extra_flags: tuple[str, ...]
) -> tuple[tuple[str, ...], Path]:
    """The link command of a shared library the build makes (and its version script): the
    objects, exports by the version script only, no undefined symbol, a SONAME, then `libraries`."""
    script = _version_script(layout)
    command = (
        _cxx(),
        "-shared",
        *extra_flags,
        "-o",
        str(out),
        *(str(s.output) for s in compiles),
        f"-L{lib_dir}",
        *(f"-Wl,-rpath,{r}" for r in rpaths),
        f"-Wl,--version-script,{script}",
        "-Wl,--no-undefined",
        f"-Wl,-soname,{out.name}",
        *libraries,
    )
    return command, script


def link_step(layout: Layout, torch: Torch, compiles: list[Step], out: Path, rpaths: tuple[str, ...], extra_flags: tuple[str, ...] = ()) -> Step:
    libraries = (
        # The bridge's references to its own functions (the table of sffi_core.h) bind inside
        # it: libspl_torch.so, loaded before it, exports the same names with Simple signatures.
        "-Wl,-Bsymbolic",
        "-lc10",
        "-ltorch_cpu",
        # libtorch.so pulls in the CUDA libraries on a CUDA build (it is an empty stub on CPU).
        "-Wl,--no-as-needed",
        "-ltorch",
        "-Wl,--as-needed",
    )
    link, script = _library_link(layout, compiles, out, torch.lib_dir, rpaths, libraries, extra_flags)
    return Step(f"link {out.relative_to(layout.build)}", out, link, tuple(s.output for s in compiles) + (script,))


def spl_steps(layout: Layout, bridge: Step, extra_flags: tuple[str, ...] = ()) -> list[Step]:
    """libspl_torch.so from generated/simple/abi/ (none when the Simple tier is not generated):
    plain C++ over the bridge's C headers, linked to the bridge beside it. The Simple runtime's
    functions stay undefined (weak): the Simple program that loads the library defines them."""
    folder = layout.generated / "simple" / "abi"
    sources = sorted(folder.glob("*.cpp"))
    if not sources:
        return []
    compiles = []
    for src in sources:
        obj = layout.obj / "spl" / (src.stem + ".o")
        dep = obj.with_suffix(".d")
        cmd = (_cxx(), *BASE_FLAGS, *WARN_FLAGS, *extra_flags, f"-I{folder}", f"-I{layout.cpp}", "-MMD", "-MF", str(dep), "-c", str(src), "-o", str(obj))
        compiles.append(Step(f"compile {src.name}", obj, cmd, (src,), dep))
    out = layout.lib / SPL_LIBRARY
    link, script = _library_link(layout, compiles, out, layout.lib, ("$ORIGIN",), ("-l:" + LIBRARY, "-ldl"), extra_flags)
    return [*compiles, Step(f"link {out.relative_to(layout.build)}", out, link, (*(s.output for s in compiles), script, bridge.output))]


def stub_step(layout: Layout) -> Step:
    """The stub bridge: plain C++, no libtorch include or link."""
    src = layout.cpp / "stub.cpp"
    if not src.exists():
        raise BuildError(f"{src} is missing: run `sffi-gen generate` first")
    out = layout.lib / STUB_LIBRARY
    script = _version_script(layout)
    cmd = (
        _cxx(),
        *BASE_FLAGS,
        *WARN_FLAGS,
        f"-I{layout.cpp}",
        "-shared",
        "-MMD",
        "-MF",
        str(out.with_suffix(".d")),
        str(src),
        "-o",
        str(out),
        f"-Wl,--version-script,{script}",
        "-Wl,--no-undefined",
    )
    return Step(f"compile and link {STUB_LIBRARY}", out, cmd, (src, script), out.with_suffix(".d"))


def cffi_steps(layout: Layout, abi3: bool = False) -> tuple[list[Step], list[Step]]:
    """Emit the cffi C source (from generated/cffi/build_cffi.py); the steps that compile the
    extensions (they need no library: they run beside the bridge's compiles) and the steps that
    link them to the bridge copy in the package (after it is there). A changed bridge relinks
    them, which takes a fraction of a second; only a changed source or header recompiles them.
    abi3: the wheel's build of them, for the stable ABI (see _extension_steps)."""
    builder_path = layout.generated / "cffi" / "build_cffi.py"
    if not builder_path.exists():
        raise BuildError(f"{builder_path} is missing: run `sffi-gen generate` first")
    spec = importlib.util.spec_from_file_location("sffi_build_cffi", builder_path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lib_copy = layout.package / LIBRARY
    ffi = module.make_builder(str(layout.cpp), str(lib_copy.parent), ["$ORIGIN"])
    c_file = layout.build / "cffi" / "_native.c"
    c_file.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.redirect_stdout(io.StringIO()):  # cffi narrates; our progress lines suffice
        ffi.emit_c_code(str(c_file))  # writes only if the content changed
    extensions = [("_native", [c_file])]
    python = layout.generated / "python"
    core = python / "_core.c"
    if core.exists():  # the Tensor base type of the Python tier and its calls (absent for other targets)
        extensions.append(("_core", [core, *sorted(python.glob("_core_calls_*.c"))]))
    compiles: list[Step] = []
    links: list[Step] = []
    for name, sources in extensions:
        objects, link = _extension_steps(layout, name, sources, abi3)
        compiles += objects
        links.append(link)
    return compiles, links


# cffi writes one C file for the whole ABI, which every catalogue entry recompiles: at -O1 it
# compiles in ~4.6 s instead of ~9 s (745 entries), and its wrappers (argument conversions
# through _cffi_backend, then the call) run ~3% slower (a raw add-and-free call: ~1,150 ns
# against ~1,120 ns at -O2), still faster than torch.add from Python (docs/benchmarks.md).
EXTENSION_OPT = {"_native": "-O1"}


# The oldest CPython the wheel's extensions run on: they are compiled for its stable ABI (abi3),
# which the headers enforce (a function newer than it is not declared), so one build of them
# serves every CPython from it on.
ABI3_VERSION = (3, 10)
ABI3_LIMITED_API = f"-DPy_LIMITED_API=0x{ABI3_VERSION[0]:02X}{ABI3_VERSION[1]:02X}0000"


def _extension_steps(layout: Layout, module: str, sources: list[Path], abi3: bool = False) -> tuple[list[Step], Step]:
    """A CPython extension module of the package: the compile of each of its sources, and its
    link to the bridge copy beside it. abi3: the wheel's build (build/wheel/), for the stable
    ABI, linked to the wheel's bridge."""
    home = layout.build / "wheel" if abi3 else layout.package
    suffix = ".abi3.so" if abi3 else sysconfig.get_config_var("EXT_SUFFIX") or ".so"
    ext = home / f"{module}{suffix}"
    lib_copy = home / LIBRARY
    cc = os.environ.get("CC", "gcc")
    compiles = []
    for src in sources:
        obj = (layout.build / "wheel" / "obj" if abi3 else layout.build / "cffi") / f"{src.stem}.o"
        dep = obj.with_suffix(".d")
        compile_cmd = (
            cc,
            "-fPIC",
            EXTENSION_OPT.get(module, "-O2"),
            *((ABI3_LIMITED_API,) if abi3 else ()),
            f"-I{sysconfig.get_paths()['include']}",
            f"-I{layout.cpp}",
            f"-I{src.parent}",  # the _core sources include _core.h and the generated _core_ops.h beside them
            "-MMD",
            "-MF",
            str(dep),
            "-c",
            str(src),
            "-o",
            str(obj),
        )
        compiles.append(Step(f"compile extension {src.name}", obj, compile_cmd, (src,), dep))
    objects = [str(c.output) for c in compiles]
    link_cmd = (cc, "-shared", *objects, "-o", str(ext), f"-L{lib_copy.parent}", "-Wl,-rpath,$ORIGIN", "-l:" + LIBRARY)
    return compiles, Step(f"link extension {ext.name}", ext, link_cmd, (*(c.output for c in compiles), lib_copy))


def _sync_file(src: Path, dest: Path) -> bool:
    """Copies src over dest when they differ (content); returns whether it copied."""
    if dest.exists() and dest.stat().st_size == src.stat().st_size and dest.read_bytes() == src.read_bytes():
        return False
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    shutil.copy2(src, tmp)
    os.replace(tmp, dest)
    return True


SOURCE_SUFFIXES = (".py", ".pyi", ".typed")  # what the package is made of besides the libraries


def assemble_package(layout: Layout) -> None:
    """Mirrors generated/python/torch_sffi/ (its modules and subpackages) into
    build/python/torch_sffi/, stale modules removed."""
    src_pkg = layout.generated / "python" / "torch_sffi"
    layout.package.mkdir(parents=True, exist_ok=True)
    wanted = {p.relative_to(src_pkg) for p in src_pkg.rglob("*") if p.is_file() and "__pycache__" not in p.parts} if src_pkg.is_dir() else set()
    for rel in wanted:
        _sync_file(src_pkg / rel, layout.package / rel)
    for p in sorted(layout.package.rglob("*"), reverse=True):  # files before their folders
        rel = p.relative_to(layout.package)
        if p.is_file() and p.suffix in SOURCE_SUFFIXES and rel not in wanted:
            p.unlink()
        elif p.is_dir() and p.name != "__pycache__" and not any(w.parts[: len(rel.parts)] == rel.parts for w in wanted):
            shutil.rmtree(p)


# Sanitizer builds (sffi-gen build --sanitize address): instrumented bridge, for the fuzz
# suite under AddressSanitizer (docs/reliability.md says how to run it).
SANITIZERS = {
    "address": ("-fsanitize=address", "-fno-omit-frame-pointer", "-g"),
    "undefined": ("-fsanitize=undefined", "-fno-sanitize-recover=undefined", "-fno-omit-frame-pointer", "-g"),
}


def build(
    generated: Path, build_dir: Path, jobs: int | None = None, log: Log = print, sanitize: str | None = None
) -> Path:
    """Builds everything that is out of date. Returns the package folder."""
    layout = Layout(generated, build_dir)
    torch = find_torch()
    jobs = jobs or os.cpu_count() or 1
    flags = SANITIZERS[sanitize] if sanitize else ()
    log(f"building against torch {torch.version} ({torch.root}) with {jobs} job(s)" + (f", {sanitize} sanitizer" if sanitize else ""))
    compiles, link = bridge_steps(layout, torch, flags)
    spl = spl_steps(layout, link, flags)
    ext_compiles, ext_links = cffi_steps(layout)
    total = len(compiles) + 1 + len(spl) + len(ext_compiles) + len(ext_links) + 1
    counter = [0]
    # Every compile at once (the extensions' too: they need no library), then the links.
    run_steps(compiles + spl[:-1] + ext_compiles, jobs, log, counter, total)
    run_steps([link, *spl[-1:]], 1, log, counter, total)
    assemble_package(layout)
    _sync_file(link.output, layout.package / LIBRARY)
    run_steps(ext_links, jobs, log, counter, total)
    counter[0] += 1
    log(f"[{counter[0]}/{total}] package ready: {layout.package}")
    _write_build_info(layout, torch)
    return layout.package


def build_stub(generated: Path, build_dir: Path, log: Log = print) -> Path:
    """Builds libtorch_sffi_stub.so and a torch_sffi package over it (build/python-stub/).

    Needs no torch at all: the package imports, and every operation raises
    TorchUnavailableError.
    """
    layout = Layout(generated, build_dir)
    stub_layout = Layout(generated, build_dir / "stub")
    stub = stub_step(layout)
    ext_compiles, ext_links = cffi_steps(stub_layout)
    counter = [0]
    total = 1 + len(ext_compiles) + len(ext_links) + 1
    run_steps([stub, *ext_compiles], os.cpu_count() or 1, log, counter, total)
    assemble_package(stub_layout)
    # The extensions link "libtorch_sffi.so" from their own folder: there it is the stub.
    _sync_file(stub.output, stub_layout.package / LIBRARY)
    run_steps(ext_links, 1, log, counter, total)
    counter[0] += 1
    log(f"[{counter[0]}/{total}] stub package ready: {stub_layout.package}")
    return stub.output


def _write_build_info(layout: Layout, torch: Torch) -> None:
    info = {"torch_version": torch.version, "torch_lib": str(torch.lib_dir), "python": sys.version.split()[0]}
    path = layout.build / "build-info.json"
    text = json.dumps(info, indent=2) + "\n"
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def develop(package: Path) -> Path:
    """Makes the built package importable from the running virtual environment (a .pth file)."""
    if sys.prefix == sys.base_prefix:
        raise BuildError("--develop needs a virtual environment (run it with the .venv's sffi-gen)")
    site = Path(sysconfig.get_paths()["purelib"])
    pth = site / "torch_sffi_build.pth"
    text = str(package.parent.resolve()) + "\n"
    if not pth.exists() or pth.read_text() != text:
        pth.write_text(text)
    return pth


# ------------------------------------------------------------------------------ the wheel

WHEEL_RPATHS = ("$ORIGIN", "$ORIGIN/../torch/lib")  # no absolute path: the installed torch only
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # deterministic archives


def wheel_tag() -> str:
    """The wheel's tag: its extensions use the stable ABI of ABI3_VERSION, e.g.
    cp310-abi3-linux_x86_64 (installs on CPython 3.10 and every later release)."""
    if sysconfig.get_config_var("Py_GIL_DISABLED"):
        raise BuildError("a free-threaded CPython has no stable ABI (abi3): build the wheel with a standard CPython")
    platform = re.sub(r"[^A-Za-z0-9_]", "_", sysconfig.get_platform())
    return f"cp{ABI3_VERSION[0]}{ABI3_VERSION[1]}-abi3-{platform}"


def _record_hash(data: bytes) -> str:
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _public_version(version: str) -> str:
    """2.13.0+cpu -> 2.13.0: the pin then matches the CPU and the CUDA builds of that release."""
    return version.split("+", 1)[0]


def wheel(generated: Path, build_dir: Path, log: Log = print) -> Path:
    """Packs the built package into build/dist/ as a wheel; the bridge is relinked for it.

    Run after build(). Deterministic: the same build gives the same bytes (fixed times,
    sorted entries). METADATA pins torch to the release the bridge was compiled against.
    """
    layout = Layout(generated, build_dir)
    torch = find_torch()
    meta_path = generated / "python" / "package.json"
    try:
        meta = json.loads(meta_path.read_text())
    except (OSError, ValueError) as exc:
        raise BuildError(f"{meta_path}: cannot read the package metadata ({exc}): run `sffi-gen generate` first") from None
    tag = wheel_tag()
    compiles, _ = bridge_steps(layout, torch)
    lib = layout.build / "wheel" / LIBRARY
    ext_compiles, ext_links = cffi_steps(layout, abi3=True)
    # The bridge's link beside the extensions' compiles, then the extensions' links to it.
    first = [link_step(layout, torch, compiles, lib, WHEEL_RPATHS), *ext_compiles]
    counter = [0]
    run_steps(first, os.cpu_count() or 1, log, counter, len(first) + len(ext_links))
    run_steps(ext_links, os.cpu_count() or 1, log, counter, len(first) + len(ext_links))
    package = meta["package"]
    files: dict[str, tuple[bytes, int]] = {}
    if not (layout.package / "__init__.py").exists():
        raise BuildError(f"{layout.package} has no __init__.py: run `sffi-gen build` first")
    for p in sorted(layout.package.rglob("*")):
        rel = p.relative_to(layout.package).as_posix()
        if p.is_file() and "__pycache__" not in p.parts and p.suffix in SOURCE_SUFFIXES:
            files[f"{package}/{rel}"] = (p.read_bytes(), 0o644)
    for built in (lib, *(link.output for link in ext_links)):
        files[f"{package}/{built.name}"] = (built.read_bytes(), 0o755)
    dist = re.sub(r"[-_.]+", "_", meta["name"])
    version = meta["version"]
    info = f"{dist}-{version}.dist-info"
    requires = [f"torch=={_public_version(torch.version)}", *meta["requires_dist"]]
    metadata = "".join(
        [
            "Metadata-Version: 2.1\n",
            f"Name: {meta['name']}\n",
            f"Version: {version}\n",
            f"Summary: {meta['summary']}\n",
            f"Requires-Python: {meta['requires_python']}\n",
            *[f"Requires-Dist: {r}\n" for r in requires],
        ]
    )
    wheel_text = f"Wheel-Version: 1.0\nGenerator: sffi-gen\nRoot-Is-Purelib: false\nTag: {tag}\n"
    files[f"{info}/METADATA"] = (metadata.encode(), 0o644)
    files[f"{info}/WHEEL"] = (wheel_text.encode(), 0o644)
    files[f"{info}/top_level.txt"] = (f"{package}\n".encode(), 0o644)
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, (data, _) in files.items())
    files[f"{info}/RECORD"] = ((record + f"{info}/RECORD,,\n").encode(), 0o644)
    out = build_dir / "dist" / f"{dist}-{version}-{tag}.whl"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with zipfile.ZipFile(tmp, "w") as archive:
        for name, (data, mode) in files.items():
            entry = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            entry.external_attr = (0o100000 | mode) << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    os.replace(tmp, out)
    log(f"wheel: {out} (requires {', '.join(requires)})")
    return out
