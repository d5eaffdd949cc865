"""`sffi-gen build --wheel`: a deterministic wheel that installs torch_sffi into another environment.

The wheel's extensions are built for CPython's stable ABI (abi3) of 3.10, so that one wheel
installs on every CPython from 3.10 on. What shows it: the headers of Py_LIMITED_API=0x030A0000
declare nothing newer (the build would fail), abi3audit finds no symbol outside that ABI, mypy
checks the pure-Python part as Python 3.10 code, and the wheel installed into a fresh
environment of each CPython on the machine runs every idiom of tests/idioms_*.py against
PyTorch (the interpreters not on the machine are skipped, by name)."""

from __future__ import annotations

import base64
import importlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from conftest import BUILD, GENERATED, run_cli
from generator.build import ABI3_VERSION, wheel_tag

TESTS = Path(__file__).parent


def _wheel() -> Path:
    result = run_cli("build", "--wheel")
    assert result.exit_code == 0, result.output
    wheels = sorted((BUILD / "dist").glob(f"torch_sffi_python-*-{wheel_tag()}.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_the_wheel_is_complete_and_deterministic() -> None:
    first = _wheel()
    data = first.read_bytes()
    assert _wheel().read_bytes() == data, "two wheels of the same build differ"
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(f"{info}/METADATA").decode()
        import torch

        assert f"Requires-Dist: torch=={torch.__version__.split('+')[0]}\n" in metadata
        assert "Name: torch-sffi-python\n" in metadata and "Requires-Dist: cffi" in metadata
        assert f"Tag: {wheel_tag()}\n" in archive.read(f"{info}/WHEEL").decode()
        # every file of the generated package (the generated modules and the runtime copied beside them)
        root = GENERATED / "python" / "torch_sffi"
        generated = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        assert {"_tensor.py", "_tables.py", "_runtime.py", "_types.py", "return_types.py", "optim/__init__.py", "optim/lr_scheduler.py", "py.typed"} <= set(generated)
        assert {"nn/module.py", "nn/layers.py", "nn/loss.py", "nn/init.py", "nn/parameter.py"} <= set(generated), "the module system"
        for required in [*generated, "libtorch_sffi.so"]:
            assert f"torch_sffi/{required}" in names, required
        assert wheel_tag().startswith(f"cp{ABI3_VERSION[0]}{ABI3_VERSION[1]}-abi3-")
        for extension in ("_native", "_core"):
            assert f"torch_sffi/{extension}.abi3.so" in names, extension
        assert not any(".cpython-" in n for n in names), "a version-specific extension in the abi3 wheel"
        assert "torch_sffi/_core.c" not in names and "torch_sffi/_core_ops.h" not in names, "sources stay out of the wheel"
        assert not any(n.endswith(".cmd") or "__pycache__" in n for n in names)
        record = archive.read(f"{info}/RECORD").decode().splitlines()
        assert len(record) == len(names)
        for line in record:
            name, digest, size = line.rsplit(",", 2)
            if name == f"{info}/RECORD":
                assert digest == size == ""
                continue
            content = archive.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()
            assert digest == f"sha256={expected}" and int(size) == len(content), name
        assert all(i.date_time == (1980, 1, 1, 0, 0, 0) for i in archive.infolist())


@pytest.mark.slow
def test_the_extensions_use_only_the_stable_abi_of_3_10() -> None:
    """abi3audit reads every symbol the wheel's libraries import from libpython against the
    stable ABI's manifest (each function with the release that added it)."""
    wheel = _wheel()
    audit = subprocess.run(
        [sys.executable, "-m", "abi3audit", "--strict", "--summary", "--verbose", "--assume-minimum-abi3", "3.10", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = audit.stdout + audit.stderr
    assert audit.returncode == 0, report
    assert "0 ABI version mismatches and 0 ABI violations found" in " ".join(report.split()), report


def test_the_installed_library_finds_torch_beside_it_only() -> None:
    _wheel()
    dynamic = subprocess.run(["readelf", "-d", str(BUILD / "wheel" / "libtorch_sffi.so")], capture_output=True, text=True, check=True).stdout
    runpath = next(line for line in dynamic.splitlines() if "RUNPATH" in line or "RPATH" in line)
    assert "[$ORIGIN:$ORIGIN/../torch/lib]" in runpath


USER_SCRIPT = textwrap.dedent(
    """
    import json, sys
    import torch_sffi as ts
    import torch

    def run(m, f):
        x = m.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
        loss = f.mse_loss((x @ x).tanh(), m.ones(2, 2, dtype=m.float32), reduction="sum") + (2 - x).max(1).values.sum()
        loss.backward()
        opt = m.optim.SGD([x], lr=0.1, momentum=0.9)
        opt.step()
        return loss.item(), x.grad.tolist(), x.tolist(), type(x.max(0)).__name__, str(x.sum(dtype=m.float64).dtype)

    ours, ref = run(ts, ts.nn), run(torch, torch.nn.functional)
    print(json.dumps({
        "module": ts.__file__, "torch": torch.__file__, "prefix": sys.prefix,
        "ours": [*ours[:4], ours[4].removeprefix("torch_sffi.")], "ref": [*ref[:4], ref[4].removeprefix("torch.")],
    }))
    """
)


# torch_sffi's side of every idiom (tests/idioms_*.py), as outcome()s: the test compares them
# with PyTorch's, computed in its own process (the interpreter under test may have no PyTorch).
IDIOMS_SCRIPT = textwrap.dedent(
    """
    import importlib, json, sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    import idioms
    import torch_sffi
    results = {}
    for path in sorted(Path(sys.argv[1]).glob("idioms_*.py")):
        for idiom in importlib.import_module(path.stem).IDIOMS:
            value, error = idioms.run_one(idiom, torch_sffi)
            try:
                got = {"error": idioms.error_outcome(error)} if error else {"value": idioms.outcome(value, idiom.values)}
            except Exception as exc:  # a result torch_sffi cannot even describe: reported as such
                got = {"broken": f"{type(exc).__name__}: {exc}"}
            results[f"{path.stem}:{idiom.name}"] = got
    print(json.dumps({"python": sys.version.split()[0], "module": torch_sffi._core.__file__, "results": results}))
    """
)


def _check_idioms(python: Path, env: dict[str, str], cwd: Path, version: str) -> None:
    run = subprocess.run([str(python), "-c", IDIOMS_SCRIPT, str(TESTS)], capture_output=True, text=True, timeout=900, cwd=cwd, env=env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["python"].startswith(version + "."), report["python"]
    assert report["module"].endswith("_core.abi3.so"), report["module"]
    import torch

    from idioms import compare_results, run_one

    expected = {f"{p.stem}:{i.name}": i for p in sorted(TESTS.glob("idioms_*.py")) for i in importlib.import_module(p.stem).IDIOMS}
    assert set(report["results"]) == set(expected) and len(expected) >= 300
    failures = []
    for key, idiom in expected.items():
        got = report["results"][key]
        theirs, their_error = run_one(idiom, torch)
        try:
            assert "broken" not in got, got.get("broken")
            compare_results(idiom, got.get("value"), got.get("error"), theirs, their_error)
        except AssertionError as exc:
            failures.append(f"{key}: {exc}"[:400])
    assert failures == [], f"{len(failures)} of {len(expected)} idioms disagree under CPython {version}:\n" + "\n".join(failures[:20])


# The interpreters the wheel is for, each tried where it is on this machine (pyenv's, or on PATH).
PYTHONS = [f"3.{minor}" for minor in range(ABI3_VERSION[1], 14)]


def _interpreter(version: str) -> str | None:
    if version == f"{sys.version_info.major}.{sys.version_info.minor}":
        return sys.executable
    pyenv = Path.home() / ".pyenv" / "versions"
    for candidate in sorted(pyenv.glob(f"{version}.*/bin/python{version}"), reverse=True):
        return str(candidate)
    found = shutil.which(f"python{version}")
    if found is None:
        return None
    probe = subprocess.run([found, "-c", "import sys; print(sys.version_info[:2])"], capture_output=True, text=True, timeout=60)
    return found if probe.returncode == 0 else None  # pyenv's shim of a version it does not activate fails


@pytest.mark.slow
@pytest.mark.parametrize("version", PYTHONS)
def test_the_wheel_installs_into_a_fresh_environment(version: str, tmp_path: Path) -> None:
    """The wheel installed into a fresh environment of each CPython from 3.10 on. Under this
    interpreter's version it installs with its dependencies (torch from pip, found by the
    bridge's RUNPATH) and a user's script agrees with PyTorch. The pinned torch exists for this
    machine's CPython only, so under the others the wheel installs without its dependencies
    (cffi and NumPy from the index) and finds this environment's libtorch by LD_LIBRARY_PATH.
    Under every one, torch_sffi's side of all idioms agrees with PyTorch's."""
    python_exe = _interpreter(version)
    if python_exe is None:
        pytest.skip(f"CPython {version} is not installed on this machine: the abi3 wheel was not tried on it")
    wheel = _wheel()
    venv = tmp_path / "venv"
    subprocess.run([python_exe, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / "bin" / "python"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME", "LD_LIBRARY_PATH")}
    native = python_exe == sys.executable
    if native:
        packages = [str(wheel), "numpy"]  # numpy: the idioms' interop area compares NumPy arrays
    else:
        import torch

        packages = ["--no-deps", str(wheel), "cffi>=1.16", "pycparser", "numpy"]
        env["LD_LIBRARY_PATH"] = str(Path(torch.__file__).parent / "lib")
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", *packages], capture_output=True, text=True, timeout=900, env=env)
    assert install.returncode == 0, install.stdout + install.stderr
    if native:
        run = subprocess.run([str(python), "-c", USER_SCRIPT], capture_output=True, text=True, timeout=300, cwd=tmp_path, env=env)
        assert run.returncode == 0, run.stdout + run.stderr
        result = json.loads(run.stdout.strip().splitlines()[-1])
        site = str(venv.resolve())
        assert result["module"].startswith(site) and result["torch"].startswith(site), result
        assert result["ours"] == result["ref"], result
    _check_idioms(python, env, tmp_path, version)
