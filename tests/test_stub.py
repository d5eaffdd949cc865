"""The stub bridge: the same C ABI without libtorch (`sffi-gen build --stub`)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest
from conftest import BUILD, GENERATED, ROOT

from generator import abi
from generator.abi import Sentinel
from generator.build import build_stub
from generator.model import Catalogue


@pytest.fixture(scope="module")
def stub_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build_dir = tmp_path_factory.mktemp("stub-build")
    build_stub(GENERATED, build_dir, log=lambda _: None)
    return build_dir


def exported(library: Path) -> set[str]:
    out = subprocess.run(["nm", "-D", "--defined-only", str(library)], capture_output=True, text=True, check=True)
    return {line.split()[-1] for line in out.stdout.splitlines() if line.split()[-2:-1] == ["T"]}


def dynamic_deps(library: Path) -> str:
    return subprocess.run(["readelf", "-d", str(library)], capture_output=True, text=True, check=True).stdout


def test_stub_exports_exactly_the_real_bridge_symbols(stub_build: Path, catalogue: Catalogue) -> None:
    stub = exported(stub_build / "lib" / "libtorch_sffi_stub.so")
    real = {name for name in exported(BUILD / "lib" / "libtorch_sffi.so") if not name.startswith("sffi_core_table_")}
    assert stub == real == {f.name for f in catalogue.functions}, "(the Simple-ABI library's table is the real bridge's only)"


def test_stub_does_not_link_libtorch(stub_build: Path) -> None:
    deps = dynamic_deps(stub_build / "lib" / "libtorch_sffi_stub.so")
    assert "libtorch" not in deps and "libc10" not in deps


NOT_AVAILABLE = "not available: this bridge was built without libtorch (libtorch_sffi_stub.so)"

# A sequence of calls through the stub's cffi extension, for the error state between them.
STUB_PROBE = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    from torch_sffi._native import ffi, lib

    def err():
        return lib.rt_torch_error_code(), ffi.string(lib.rt_torch_error_message()).decode()

    dims = ffi.new("int64_t[]", [2, 3])
    out = {
        "available": lib.rt_torch_available(),
        "version": ffi.string(lib.rt_torch_version()).decode(),
        "after_version": err(),
        "zeros": lib.rt_torch_tensor_zeros(dims, 2),
        "zeros_error": err(),
        "sum": repr(lib.rt_torch_torchtensor_sum(12345)),
        "sum_error": err(),
        "cuda": lib.rt_torch_cuda_available(),
        "cuda_error": err(),
    }
    lib.rt_torch_torchtensor_free(0)
    out["free0"] = err()
    lib.rt_torch_torchtensor_free(77)
    out["free77"] = err()
    out["release"] = lib.rt_torch_torchtensor_release(77)
    out["after_release"] = err()
    lib.rt_torch_error_clear()
    out["cleared"] = err()
    out["live"] = lib.rt_torch_live_handles()
    print(json.dumps(out))
    """
)


def test_stub_behaviour_through_the_cffi_extension(stub_build: Path) -> None:
    import json

    proc = subprocess.run(
        [sys.executable, "-c", STUB_PROBE, str(stub_build / "stub" / "python")], capture_output=True, text=True, check=True
    )
    out = json.loads(proc.stdout)
    assert out["available"] is False
    assert out["version"] == "unavailable: built without libtorch"
    assert out["after_version"] == [0, ""]
    assert out["zeros"] == 0
    assert out["zeros_error"] == [5, f"rt_torch_tensor_zeros: {NOT_AVAILABLE}"]
    assert out["sum"] == "nan"
    assert out["sum_error"] == [5, f"rt_torch_torchtensor_sum: {NOT_AVAILABLE}"]
    assert out["cuda"] is False and out["cuda_error"][0] == 5
    assert out["free0"] == [1, "rt_torch_torchtensor_free: argument 'handle': 0 is not a valid tensor handle"]
    assert out["free77"] == [1, "rt_torch_torchtensor_free: argument 'handle': 77 is not a tensor handle issued by this bridge"]
    assert out["release"] is False and out["after_release"] == out["free77"], "release leaves the error state alone"
    assert out["cleared"] == [0, ""]
    assert out["live"] == 0


# Every catalogue function, called through the stub with placeholder arguments (0, 0.0, false,
# NULL; result buffers NULL with capacity 0) after clearing the error state: what it returns,
# then the error code and message.
CALL_EVERY_FUNCTION = textwrap.dedent(
    """
    import json, math, sys
    sys.path.insert(0, sys.argv[1])
    from torch_sffi._native import ffi, lib

    def readable(value, c_type):
        if c_type == "const char*":
            return None if value == ffi.NULL else ffi.string(value).decode()
        if c_type == "double" and math.isnan(value):
            return "nan"
        return value

    out = {}
    for name, c_types, returns in json.load(sys.stdin):
        args = [ffi.NULL if t.endswith("*") else {"double": 0.0, "bool": False}.get(t, 0) for t in c_types]
        lib.rt_torch_error_clear()
        value = getattr(lib, name)(*args)
        out[name] = [readable(value, returns), lib.rt_torch_error_code(), ffi.string(lib.rt_torch_error_message()).decode()]
    print(json.dumps(out))
    """
)

# What a failed call returns, as CALL_EVERY_FUNCTION reads it back.
SENTINEL_READ_BACK: dict[Sentinel, object] = {
    Sentinel.ZERO: 0,
    Sentinel.MINUS_ONE: -1,
    Sentinel.NAN: "nan",
    Sentinel.FALSE: False,
    Sentinel.NULL: None,
    Sentinel.NONE: None,
}
# The entries with a `stub:` expression, and what each gives for the placeholder arguments
# (result, error code, error message) after the error state was cleared. Every other entry
# must fail with `unavailable` and return its failure sentinel.
STUB_BEHAVIOUR: dict[str, list[object]] = {
    "rt_torch_available": [False, 0, ""],
    "rt_torch_version": ["unavailable: built without libtorch", 0, ""],
    "rt_torch_error_code": [0, 0, ""],
    "rt_torch_error_message": ["", 0, ""],
    "rt_torch_error_clear": [None, 0, ""],
    "rt_torch_live_handles": [0, 0, ""],
    "rt_torch_warning_count": [0, 0, ""],
    "rt_torch_warning_message": ["", 0, ""],
    "rt_torch_warning_kind": [-1, 0, ""],
    "rt_torch_torchtensor_release": [False, 0, ""],
    "rt_torch_jit_module_release": [False, 0, ""],
    "rt_torch_dist_release": [False, 0, ""],
    "rt_torch_dist_is_backend_available": [False, 0, ""],
    "rt_torch_torchtensor_free": [None, 1, "rt_torch_torchtensor_free: argument 'handle': 0 is not a valid tensor handle"],
    "rt_torch_torchstream_free": [None, 1, "rt_torch_torchstream_free: argument 'handle': 0 is not a valid stream handle"],
}


def test_every_function_behaves_as_the_catalogue_says(stub_build: Path, catalogue: Catalogue) -> None:
    """Spec-driven: the stub's behaviour comes from each entry's `stub:` field; an entry without
    one fails with `unavailable`, a message naming it, and the sentinel of its result type."""
    import json

    assert set(STUB_BEHAVIOUR) == {f.name for f in catalogue.functions if f.stub is not None}, "a `stub:` entry to describe here"
    plan = [[f.name, [c.c_type for c in abi.signature(f).params], abi.signature(f).return_type] for f in catalogue.functions]
    proc = subprocess.run(
        [sys.executable, "-c", CALL_EVERY_FUNCTION, str(stub_build / "stub" / "python")],
        input=json.dumps(plan), capture_output=True, text=True, check=True,
    )  # fmt: skip
    got = json.loads(proc.stdout)
    for fn in catalogue.functions:
        if fn.stub is not None:
            assert got[fn.name] == STUB_BEHAVIOUR[fn.name], fn.name
        else:
            sentinel = SENTINEL_READ_BACK[abi.result_lowering(fn.result.type).sentinel]
            assert got[fn.name] == [sentinel, 5, f"{fn.name}: {NOT_AVAILABLE}"], fn.name


PACKAGE_PROBE = textwrap.dedent(
    """
    import json, sys
    sys.path.insert(0, sys.argv[1])
    import torch_sffi as ts
    out = {"file": ts.__file__, "available": ts.available(), "version": ts.torch_version()}
    for label, call in [("zeros", lambda: ts.zeros([2])), ("tensor", lambda: ts.tensor([1.0, 2.0])),
                        ("cuda", lambda: ts.cuda.is_available())]:
        try:
            call()
            out[label] = "no error"
        except ts.TorchUnavailableError as exc:
            out[label] = [type(exc).__name__, isinstance(exc, NotImplementedError), str(exc)]
    out["torch imported"] = "torch" in sys.modules
    print(json.dumps(out))
    """
)


def _package_probe(python: str | Path, stub_python: Path, env: dict[str, str] | None = None) -> dict[str, object]:
    import json

    proc = subprocess.run([str(python), "-c", PACKAGE_PROBE, str(stub_python)], capture_output=True, text=True, env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)  # type: ignore[no-any-return]


def check_package_over_the_stub(out: dict[str, object], stub_python: Path) -> None:
    assert str(out["file"]).startswith(str(stub_python)), out["file"]
    assert out["available"] is False and out["version"] == "unavailable: built without libtorch"
    zeros = out["zeros"]
    assert isinstance(zeros, list) and zeros[:2] == ["TorchUnavailableError", True], zeros
    assert re.fullmatch(rf"rt_torch_tensor_zeros\w*: {re.escape(NOT_AVAILABLE)}", zeros[2]), zeros
    assert isinstance(out["tensor"], list) and out["tensor"][0] == "TorchUnavailableError"
    assert isinstance(out["cuda"], list) and out["cuda"][0] == "TorchUnavailableError"
    assert out["torch imported"] is False


def test_python_package_over_the_stub_imports_and_raises_unavailable(stub_build: Path) -> None:
    stub_python = stub_build / "stub" / "python"
    check_package_over_the_stub(_package_probe(sys.executable, stub_python), stub_python)


@pytest.mark.slow
def test_stub_builds_in_a_venv_without_torch(tmp_path: Path) -> None:
    """`sffi-gen build --stub` needs no torch: a fresh venv with only the generator's own deps."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    py = env_dir / "bin" / "python"
    pip = [str(py), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, "click>=8.1", "Jinja2>=3.1", "PyYAML>=6.0", "cffi>=1.16", "setuptools>=68"], check=True)
    subprocess.run([*pip, "--no-deps", "--no-build-isolation", "-e", str(ROOT)], check=True)
    no_torch = subprocess.run([str(py), "-c", "import torch"], capture_output=True)
    assert no_torch.returncode != 0, "the venv must not have torch"
    build_dir = tmp_path / "build"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(env_dir / "bin" / "sffi-gen"), "build", "--stub", "--out", str(GENERATED), "--build-dir", str(build_dir)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "stub bridge:" in done.stdout
    probe = subprocess.run(
        [str(py), "-c", STUB_PROBE, str(build_dir / "stub" / "python")], capture_output=True, text=True, env=env
    )
    assert probe.returncode == 0, probe.stderr
    assert '"available": false' in probe.stdout
    stub_python = build_dir / "stub" / "python"
    check_package_over_the_stub(_package_probe(py, stub_python, env), stub_python)
